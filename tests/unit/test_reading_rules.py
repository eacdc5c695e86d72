"""Question-side reading rules that generalise across articles (issue 11): several asked
quantities, compound questions, periods that name an event, region restrictions, and
English words that are not names."""

from __future__ import annotations

import pytest

from rag.answer.how_many import quantity_slots
from rag.compound import split_compound
from rag.concepts import question_concepts
from rag.dates import parse_question_dates
from rag.glossary import translate_query
from rag.query import understand


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Berapa kapasitas Lapas Tabanan dan berapa penghuninya?", 2),
        ("How many inmates were proposed, out of how many inmates?", 2),
        ("How many mobile phones and chargers were seized in the raid?", 2),
        ("Berapa total penghuni lapas dan rutan di Bangka Belitung?", 1),
        ("How many inmates were there in Bangka Belitung?", 1),
    ],
)
def test_each_asked_quantity_is_one_part(question, parts):
    assert len(quantity_slots(question)) == parts


def test_two_counts_stay_one_question_for_the_composer():
    assert split_compound("How many voters were on the DPT and how many on the DPTb?") == [
        "How many voters were on the DPT and how many on the DPTb?"
    ]


@pytest.mark.parametrize(
    ("question", "second"),
    [
        ("Who signed the decree on amnesty, and on what date?", "on what date?"),
        ("Siapa instruktur pelatihan di Lapas Binjai, dan dari lembaga mana?", "dari lembaga mana?"),
        ("Siapa Kalapas Pati dan kapan apel digelar?", "kapan apel digelar?"),
    ],
)
def test_compound_questions_split_at_the_second_question(question, second):
    assert split_compound(question)[-1] == second


def test_a_month_that_dates_an_election_is_not_an_open_period():
    query = parse_question_dates("Which prisons held declarations before the November 2024 Pilkada?")
    assert query is not None and query.relation == "in" and query.first == (11, 1)


def test_a_span_of_years_sets_no_period():
    assert parse_question_dates("Which prisons released inmates in 2024-2025?") is None
    assert parse_question_dates("Apa yang terjadi tahun 2023?").year == 2023


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("Which prisons in West Kalimantan held a neutrality declaration?", "Kalimantan Barat"),
        ("Lapas mana saja di Jawa Timur yang memberi remisi?", "Jawa Timur"),
        ("When did the North Maluku regional office recite the pledge?", "Maluku Utara"),
    ],
)
def test_a_province_in_the_question_restricts_and_leaves_the_concepts(question, province):
    frame = understand(question)
    assert province in frame.provinces and frame.region_phrases


def test_capitalised_english_words_are_not_searched_as_names():
    terms = translate_query("When did the Law Minister present the list to Commission III?")
    assert "law" not in terms and "minister" not in terms
    concepts = {c.label: c for c in question_concepts("Who heads Lapas Tual?", "en")}
    assert concepts["tual"].salient


def test_possessives_are_stripped_from_english_names():
    labels = [c.label for c in question_concepts("How many of Jakarta's detention centres?", "en")]
    assert "jakarta" in labels and "jakartas" not in labels


def test_class_words_are_not_part_of_a_name():
    concepts = question_concepts("Siapa Kalapas Kelas IIB Karangasem?", "id")
    names = [c.label for c in concepts if c.salient]
    assert names == ["karangasem"]


def test_time_of_day_questions_have_their_own_kind():
    assert understand("Pukul berapa apel itu dimulai?").kind == "time"
    assert understand("At what time did the roll call start?").kind == "time"
