"""``python -m rag``: the command-line interface (see ``rag/cli.py``)."""

from rag.cli import main

main(prog_name="python -m rag")
