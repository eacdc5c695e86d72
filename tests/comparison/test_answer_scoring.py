"""``answer_correct`` against the devcorpus's own scorer (the oracle) on constructed cases."""

from __future__ import annotations

import importlib.util

import pytest

from rag.config import PROJECT_ROOT
from rag.evaluation import answer_correct, gold_doc_ids, normalize_question

SCORER = PROJECT_ROOT.parent / "shared" / "tools" / "devcorpus_score.py"

WHO = {"id": "t1", "lang": "en", "q": "Who led it?", "answer_all": [["Fajar Ferdinan"]],
       "gold_docs": ["d03"], "type": "who", "split": "dev"}
TWO = {**WHO, "id": "t2", "answer_all": [["21 Desember", "21 December"], ["Krui"]]}
LONG_OK = {**WHO, "id": "t3", "long_ok": True}
FORBID = {**WHO, "id": "t4", "answer_none": ["Tetra Destorie"]}
UNANSWERABLE = {"id": "t5", "lang": "id", "q": "Siapa Kalapas Cirebon 2024?", "gold_docs": [],
                "unanswerable": True, "type": "unanswerable", "split": "test"}
FILLER = " ".join(["kata"] * 45)

#: (question, answer, abstained, expected verdict): each line is one clause of the rule.
CASES = [
    (WHO, "**Fajar Ferdinan** (Kepala Rutan Krui) [1]", False, True),
    (WHO, "fajar ferdinan [1]", False, True),  # case-insensitive
    (WHO, "The articles name someone else [1]\n\n> Fajar Ferdinan memimpin apel [1]", False,
     False),  # found only in quoted evidence
    (WHO, "  > Fajar Ferdinan memimpin apel [1]", False, False),  # indented quote
    (WHO, "**Fajar Ferdinan** [1]", True, False),  # abstained on an answerable question
    (WHO, f"Fajar Ferdinan {FILLER} [1]", False, False),  # over 40 words
    (WHO, "Fajar Ferdinan " + " ".join(["kata"] * 38) + " [1] [2] [3]", False, True),  # 40 words
    (WHO, f"Fajar Ferdinan\n\n> {FILLER}", False, True),  # quoted lines are not counted
    (LONG_OK, f"Fajar Ferdinan {FILLER} [1]", False, True),
    (TWO, f"Krui, 21 December 2023 {FILLER}", False, True),  # several groups: any length
    (TWO, "Krui [1]", False, False),  # one group missing
    (FORBID, "Fajar Ferdinan [1]", False, True),
    (FORBID, "Fajar Ferdinan [1]\n\n> Tetra Destorie memimpin [2]", False, False),  # anywhere
    (UNANSWERABLE, "Tidak ada jawaban di artikel.", True, True),
    (UNANSWERABLE, "**Fajar Ferdinan** [1]", False, False),
]


def _oracle():
    if not SCORER.is_file():
        pytest.skip(f"{SCORER} is not on this machine")
    spec = importlib.util.spec_from_file_location("devcorpus_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.right


@pytest.mark.parametrize(("item", "answer", "abstained", "verdict"), CASES)
def test_answer_correct_gives_the_constructed_verdict(item, answer, abstained, verdict):
    assert answer_correct(normalize_question(item), answer, abstained) is verdict


@pytest.mark.parametrize(("item", "answer", "abstained", "verdict"), CASES)
def test_answer_correct_agrees_with_the_devcorpus_scorer(item, answer, abstained, verdict):
    right = _oracle()
    oracle = bool(right(item, {"answer": answer, "abstained": abstained}))
    assert answer_correct(normalize_question(item), answer, abstained) is oracle


def test_project_questions_are_scored_by_the_same_rule():
    item = normalize_question({"id": "p1", "language": "id", "kind": "who", "question": "Siapa?",
                               "expect": ["Gowim Halai"], "forbid": ["Budi"], "abstain": False})
    assert item["answer_all"] == [["Gowim Halai"]] and item["split"] == ""
    assert answer_correct(item, "**Gowim Halai** [1]", False)
    assert not answer_correct(item, "Kalapas [1]\n> Gowim Halai [1]", False)


def test_devcorpus_gold_ids_name_files_by_prefix_and_jsonl_articles_by_line():
    ids = ["d03_rutan-krui-ikrar-netralitas", "d30_lapas-x", "more-3", "more-13", "k03"]
    assert gold_doc_ids(["d03"], ids) == {"d03_rutan-krui-ikrar-netralitas"}
    assert gold_doc_ids(["k13"], ids) == {"more-13"}
    assert gold_doc_ids(["k03"], ids) == {"k03"}  # an id the index has is taken as it is
    assert gold_doc_ids(["d99"], ids) == set()
