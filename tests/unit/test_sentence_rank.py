"""The learned sentence ranker: its fit, its cross-validation, and its weights file."""

from __future__ import annotations

import json

import numpy as np
import pytest

from rag.answer.sentence_rank import (
    FEATURES,
    GROUPS,
    RankerDataError,
    SentenceRanker,
    kind_group,
    load_ranker,
    shipped_ranker,
)
from rag.ranker_training import (
    RankingExample,
    cross_validate,
    first_is_relevant,
    fit_listwise,
    holds_evidence,
)

WHO_TYPED = FEATURES.index("who_typed")


def _example(group: str, answer_at: int, rng: np.random.Generator) -> RankingExample:
    """Five candidates of a "who" question: the hand-made score is noise that favours the
    first candidate, and only the sentence with a person (``who_typed``) holds the answer."""
    features = rng.uniform(0, 0.2, size=(5, len(FEATURES)))
    features[:, 0] = np.linspace(0.6, 0.4, 5)
    features[:, WHO_TYPED] = 0.0
    features[answer_at, WHO_TYPED] = 1.0
    relevant = np.zeros(5)
    relevant[answer_at] = 1.0
    return RankingExample(f"{group}-{answer_at}", group, "who", features, relevant)


@pytest.fixture
def examples() -> list[RankingExample]:
    rng = np.random.default_rng(7)
    return [_example(f"batch-{g}", 1 + (g + i) % 4, rng) for g in range(6) for i in range(8)]


def test_the_fit_learns_that_a_sentence_naming_a_person_answers_who(examples):
    weights = fit_listwise(examples)
    assert weights[WHO_TYPED] > 0
    assert all(first_is_relevant(e, weights) for e in examples)
    assert not any(first_is_relevant(e, None) for e in examples)  # the hand-made order misses


def test_cross_validation_scores_every_question_once_on_held_out_files(examples):
    report = cross_validate(examples, folds=3)
    assert report["all"]["questions"] == len(examples) == report["who"]["questions"]
    assert report["all"]["hand"] == 0
    assert report["all"]["learned"] == len(examples)


def test_a_fit_without_any_relevant_sentence_is_refused():
    nothing = RankingExample("q", "g", "who", np.ones((3, len(FEATURES))), np.zeros(3))
    with pytest.raises(ValueError, match="evidence"):
        fit_listwise([nothing])


def test_evidence_is_found_in_a_sentence_despite_spacing_and_case():
    sentence = "Kalapas  Sumbawa, Ade Ferdiansyah,\nmengajak pegawai menjaga netralitas."
    assert holds_evidence(sentence, ["kalapas sumbawa, ade ferdiansyah"])
    assert not holds_evidence(sentence, ["Kepala Rutan Blora"])


def test_the_shipped_weights_fit_the_code_and_keep_the_hand_made_scale():
    ranker = shipped_ranker()
    for group in GROUPS:
        assert ranker.weights[group].shape == (len(FEATURES),)
        assert ranker.weights[group][0] == 1.0
    # A sentence naming a person comes first for "who" (and no other kind of question).
    assert ranker.weights["typed"][WHO_TYPED] > 0
    features = np.zeros((2, len(FEATURES)))
    features[:, 0] = 0.5
    features[1, WHO_TYPED] = 1.0
    assert np.argmax(ranker.scores("who", features)) == 1


def test_questions_answered_by_a_span_and_by_a_sentence_rank_apart():
    assert kind_group("who") == kind_group("how_many") == "typed"
    assert kind_group("why") == kind_group("what") == "sentence"


def test_a_list_keeps_the_hand_made_order():
    features = np.zeros((2, len(FEATURES)))
    features[:, 0] = [0.2, 0.6]
    features[0, WHO_TYPED] = 5.0
    assert kind_group("list") is None
    assert not shipped_ranker().ranks("list")
    assert list(shipped_ranker().scores("list", features)) == [0.2, 0.6]


def test_weights_for_other_features_are_refused_with_a_hint(tmp_path):
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps({"weights": {"score": 1.0, "colour": 2.0}}), encoding="utf-8")
    with pytest.raises(RankerDataError, match="train-ranker"):
        load_ranker(path)


def test_an_unreadable_weights_file_is_a_clear_error(tmp_path):
    path = tmp_path / "ranker.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RankerDataError, match="Cannot read"):
        load_ranker(path)
    with pytest.raises(RankerDataError, match="Cannot read"):
        load_ranker(tmp_path / "missing.json")


def test_a_hand_made_score_that_does_not_count_is_refused():
    fine = dict.fromkeys(FEATURES, 1.0)
    with pytest.raises(RankerDataError, match="more than 0"):
        SentenceRanker.from_weights({"typed": fine, "sentence": fine | {"score": 0.0}})
    with pytest.raises(RankerDataError, match="groups"):
        SentenceRanker.from_weights({"typed": fine})
    with pytest.raises(RankerDataError, match="do not fit"):
        SentenceRanker.from_weights({"typed": fine, "sentence": [1.0, 2.0]})
