"""Names written run together or apart are one name (``rag.respelling``)."""

from __future__ import annotations

from rag.respelling import joined, spelling_variant, split_word

#: Words as the index holds them: "Bagan Siapi-Api" and "Pangkalpinang".
VOCABULARY = {"bagan": 3, "siapi-api": 2, "siapi": 1, "api": 5, "pangkalpinang": 4, "lapas": 50}


def test_a_word_no_report_holds_is_split_into_words_they_do_hold():
    assert split_word("bagansiapiapi", VOCABULARY) == ("bagan", "siapi-api")


def test_a_known_word_or_an_unsplittable_one_is_left_alone():
    assert split_word("lapas", VOCABULARY) is None
    assert split_word("cipinang", VOCABULARY) is None
    assert split_word("lapasap", VOCABULARY) is None  # "ap" is no word: pieces are 3+ letters


def test_words_written_apart_are_found_run_together():
    assert joined(["pangkal", "pinang"], VOCABULARY) == "pangkalpinang"
    assert joined(["pangkal"], VOCABULARY) is None
    assert joined(["lapas", "pangkal"], VOCABULARY) is None


def test_a_name_spelled_otherwise_is_found_as_the_reports_spell_it():
    vocabulary = {"budha": 2, "sutopo": 1, "joko": 3, "lapas": 50}
    assert spelling_variant("buddha", vocabulary) == "budha"  # a doubled letter written once
    assert spelling_variant("soetopo", vocabulary) == "sutopo"  # the old "oe"
    assert spelling_variant("djoko", vocabulary) == "joko"  # the old "dj"
    assert spelling_variant("lapas", vocabulary) is None  # known as written
    assert spelling_variant("cipinang", vocabulary) is None  # no spelling of it is known
