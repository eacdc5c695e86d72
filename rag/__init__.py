"""tanya-pas: cited question answering over Indonesian corrections-service news."""
