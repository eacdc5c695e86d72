"""The learned sentence ranker on the real shipped articles: what it reads first, and its
training command end to end."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rag.answer.sentence_rank import load_ranker
from rag.cli import main
from rag.config import PROJECT_ROOT
from rag.query import understand
from rag.ranker_training import train

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("question", "holds"),
    [
        # The hand-made score put the headline-like opening first; the sentence that says
        # where and when the pledge was held names a venue and a date.
        ("Di mana Lapas Kalabahi melaksanakan apel ikrar netralitas?", "Lapangan Apel"),
        ("When did Lapas Kalabahi hold the neutrality pledge?", "13/2/23"),
    ],
)
def test_the_sentence_read_first_holds_the_asked_type(assistant, question, holds):
    frame = understand(question)
    hand, _ = assistant.gather(frame, learned=False)
    learned, _ = assistant.gather(frame)
    assert holds not in hand.sentences[0].text
    assert holds in learned.sentences[0].text
    # The same sentences are kept, only their order and score change; coverage stays.
    assert {(s.doc_id, s.start, s.coverage) for s in hand.sentences} == {
        (s.doc_id, s.start, s.coverage) for s in learned.sentences
    }


def test_training_on_the_project_questions_writes_weights_that_load(assistant, tmp_path):
    out = tmp_path / "ranker.json"
    lines = []
    report = train(assistant, [str(PROJECT_ROOT / "eval" / "qa.jsonl")], out, lines.append)
    assert report["all"]["questions"] > 30  # every answerable question with evidence
    assert report["all"]["learned"] <= report["all"]["questions"]
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["trained"]["questions"] == report["all"]["questions"]
    assert load_ranker(out).weights["typed"][0] == 1.0
    assert any("held out" in line for line in lines)


def test_train_ranker_refuses_two_corpora_with_the_same_article_name(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        (folder / "same.txt").write_text("Judul\n\nIsi berita.", encoding="utf-8")
    qa = tmp_path / "qa.jsonl"
    qa.write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["train-ranker", "--corpus", str(first), "--corpus", str(second), "--qa", str(qa),
               "--out", str(tmp_path / "out.json")],
    )
    assert result.exit_code == 1
    assert "same.txt" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.json").exists()
