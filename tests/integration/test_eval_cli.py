"""``rag eval`` on a corpus it is given, in the devcorpus's question format, by split."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rag.cli import main
from rag.config import BUNDLED_MODEL, PROJECT_ROOT

pytestmark = pytest.mark.slow

QUESTIONS = [
    {"id": "x1", "lang": "en", "q": "Who led the roll call in Pati?", "type": "who",
     "gold_docs": ["003"], "answer_all": [["Febie Dwi Hartanto"]], "split": "dev",
     "evidence": {"003": "Febie Dwi Hartanto"}},
    {"id": "x2", "lang": "id", "q": "Siapa Kalapas Tanjungpandan?", "type": "who",
     "gold_docs": ["002"], "answer_all": [["Gowim Halai"]], "split": "dev",
     "evidence": {"002": "Gowim Halai"}},
    {"id": "x3", "lang": "id", "q": "Siapa Kalapas Cirebon pada 2024?", "type": "unanswerable",
     "gold_docs": [], "unanswerable": True, "split": "test", "evidence": {}},
]


def test_eval_builds_a_temporary_index_of_the_corpus_and_scores_one_split(tmp_path):
    qa = tmp_path / "qa.jsonl"
    qa.write_text("\n".join(json.dumps(q) for q in QUESTIONS), encoding="utf-8")
    result = CliRunner().invoke(main, [
        "eval", "--qa", str(qa), "--corpus", str(PROJECT_ROOT / "corpus"),
        "--model", BUNDLED_MODEL, "--split", "dev", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout[result.stdout.index("{"):])
    metrics = payload["metrics"]["tanya-pas"]
    assert metrics["all"]["questions"] == 2 and set(metrics) == {"all", "en", "id"}
    assert metrics["all"]["answer_accuracy"] == 1.0
    assert metrics["all"]["evidence_recall@5"] == 1.0 and metrics["all"]["doc_recall@5"] == 1.0
    # Reading apart from retrieval: the sentence naming the asked head is among the first
    # three the composers read.
    assert metrics["all"]["sentence@3"] == 1.0
    assert 0.0 <= metrics["all"]["sentence@1"] <= metrics["all"]["sentence@3"]
    ranks = {q["id"]: q["sentence_rank"] for q in payload["questions"]["tanya-pas"]}
    assert all(1 <= rank <= 3 for rank in ranks.values())
    assert set(payload["by_type"]["tanya-pas"]) == {"all", "who"}
    assert not list(tmp_path.glob("index*"))  # the temporary index is gone


def test_eval_of_a_split_with_no_questions_says_so(tmp_path):
    qa = tmp_path / "qa.jsonl"
    qa.write_text(json.dumps(QUESTIONS[0]), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--qa", str(qa), "--split", "test"])
    assert result.exit_code == 1 and "No test questions" in result.output
