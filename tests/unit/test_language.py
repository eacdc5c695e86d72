"""Question language detection on short, realistic and mixed questions."""

from __future__ import annotations

import pytest

from rag.language import detect_language


@pytest.mark.parametrize(
    "question",
    [
        "Siapa kalapas Pati?",
        "Kapan apel siaga?",
        "berapa jumlah penghuni?",
        "Siapa Kalapas Tanjungpandan?",
        "Kapan Lapas Kalabahi melaksanakan ikrar netralitas?",
        "Di mana apel siaga Nataru Karesidenan Banyumas dilaksanakan?",
        "Apa pesan Kalapas Kalabahi tentang media sosial?",
    ],
)
def test_indonesian_questions_are_indonesian(question: str) -> None:
    assert detect_language(question) == "id"


@pytest.mark.parametrize(
    "question",
    [
        "Who is the head of Lapas Pati?",
        "When was the apel held?",
        "How many narapidana?",
        "which UPT held a neutrality pledge in December?",
        "How many inmates were there in Bangka Belitung on 21 December 2023?",
        "What did the head of Kalabahi prison say about social media?",
    ],
)
def test_english_questions_are_english(question: str) -> None:
    assert detect_language(question) == "en"


def test_english_grammar_around_indonesian_terms_is_english() -> None:
    assert detect_language("Who led the apel siaga at Lapas Pati?") == "en"


def test_question_without_grammar_words_defaults_to_indonesian() -> None:
    assert detect_language("Kalapas Tanjungpandan") == "id"
    assert detect_language("") == "id"


def test_tie_between_markers_goes_to_indonesian() -> None:
    assert detect_language("the yang") == "id"
