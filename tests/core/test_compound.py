"""Compound questions: splitting and merging the parts' answers."""

from datetime import date

from rag.compound import merge_answers, split_compound
from rag.records import Answer, Citation


def test_two_questions_joined_by_and_are_split():
    assert split_compound("Who led the roll call in Pati and when was it held?") == [
        "Who led the roll call in Pati?",
        "when was it held?",
    ]


def test_indonesian_dan_kapan_is_split():
    parts = split_compound("Siapa Kalapas Kalabahi dan kapan apel dilaksanakan?")
    assert parts == ["Siapa Kalapas Kalabahi?", "kapan apel dilaksanakan?"]


def test_and_inside_a_name_does_not_split():
    question = "When was the Christmas and New Year roll call held?"
    assert split_compound(question) == [question]


def _citation(n: int, chunk_id: str) -> Citation:
    return Citation(n, chunk_id, "d", "T", None, None, date(2023, 12, 1), None, "x", 1.0)


def test_merge_renumbers_and_reuses_shared_citations():
    first = Answer("A [1] B [2]", False, "en", (_citation(1, "c1"), _citation(2, "c2")), "g")
    second = Answer("C [1] D [2]", False, "en", (_citation(1, "c2"), _citation(2, "c3")), "g")
    merged = merge_answers([first, second])
    assert merged.text == "A [1] B [2]\n\nC [2] D [3]"
    assert [c.chunk_id for c in merged.citations] == ["c1", "c2", "c3"]
    assert [c.n for c in merged.citations] == [1, 2, 3]


def test_merge_abstains_only_when_every_part_does():
    answered = Answer("A [1]", False, "en", (_citation(1, "c1"),), "g")
    abstained = Answer("none", True, "en", (), "g")
    assert not merge_answers([answered, abstained]).abstained
    assert merge_answers([abstained, abstained]).abstained
