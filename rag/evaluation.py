"""Evaluation: run a question set through the assistant and report answer quality.

The system is run through ``Assistant.ask``, the same path as ``POST /api/query``. Peers
are run on the same passages: plain BM25 (whitespace tokens, no Indonesian analysis) and
dense-only retrieval with the same model. Peers compose no answer, so their "answer" is
their top passage: a generous reading in their favour.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rag.assistant import Assistant
from rag.config import PROJECT_ROOT
from rag.lexical import RankBM25Engine
from rag.query import understand
from rag.records import Turn

DEFAULT_QA = PROJECT_ROOT / "eval" / "qa.jsonl"


@dataclass(frozen=True)
class Outcome:
    """One question's result."""

    id: str
    language: str
    kind: str
    correct: bool
    abstain_expected: bool
    abstained: bool
    evidence_rank: int | None  # 1-based rank of the first passage holding the answer
    has_evidence: bool  # the question names evidence strings (lists and metadata may not)
    doc_recall: float | None
    latency_ms: float
    answer: str


def load_questions(path: Path = DEFAULT_QA) -> list[dict]:
    """The question set: one JSON object per line (see ``eval/qa.jsonl``)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def answer_correct(item: dict, answer: str, abstained: bool) -> bool:
    """Expected strings all present, forbidden ones absent, abstained iff it should."""
    if item.get("abstain"):
        return abstained
    if abstained:
        return False
    text = _norm(answer)
    expected = all(_norm(s) in text for s in item.get("expect", []))
    any_of = all(any(_norm(s) in text for s in group) for group in item.get("expect_any", []))
    forbidden = any(_norm(s) in text for s in item.get("forbid", []))
    return expected and any_of and not forbidden


def _evidence_rank(item: dict, passages: list[str]) -> int | None:
    wanted = [_norm(s) for s in item.get("evidence", [])]
    for rank, passage in enumerate(passages, start=1):
        if any(w in _norm(passage) for w in wanted):
            return rank
    return None


def _history(item: dict) -> list[Turn]:
    return [Turn(t["question"], t["answer"]) for t in item.get("history", [])]


def run_system(assistant: Assistant, questions: list[dict]) -> list[Outcome]:
    """Ask every question through the assistant (the API's path)."""
    outcomes = []
    for item in questions:
        started = time.perf_counter()
        answer = assistant.ask(item["question"], _history(item))
        latency = (time.perf_counter() - started) * 1000
        frame = understand(item["question"], _history(item))
        hits, _ = assistant.retrieve(frame)
        cited_docs = {c.doc_id for c in answer.citations}
        expected_docs = item.get("doc_ids", [])
        outcomes.append(
            Outcome(
                id=item["id"],
                language=item["language"],
                kind=item["kind"],
                correct=answer_correct(item, answer.text, answer.abstained),
                abstain_expected=bool(item.get("abstain")),
                abstained=answer.abstained,
                evidence_rank=_evidence_rank(item, [h.chunk.text for h in hits]),
                has_evidence=bool(item.get("evidence")),
                doc_recall=(
                    len(cited_docs & set(expected_docs)) / len(expected_docs) if expected_docs else None
                ),
                latency_ms=latency,
                answer=answer.text,
            )
        )
    return outcomes


def run_baseline(assistant: Assistant, questions: list[dict], kind: str) -> list[Outcome]:
    """A peer on the same passages: ``bm25`` (plain tokens) or ``dense`` (same model)."""
    index = assistant.index
    texts = [c.text for c in index.chunks]
    plain = RankBM25Engine([_plain_tokens(t) for t in texts]) if kind == "bm25" else None
    outcomes = []
    for item in questions:
        started = time.perf_counter()
        question = " ".join([t["question"] for t in item.get("history", [])] + [item["question"]])
        if plain is not None:
            ranked = [i for i, _ in plain.search(_plain_tokens(question), 30)]
        else:
            vector = assistant.embedder.encode([question])[0]
            ranked = [i for i, _ in index.dense.search(vector, 30)]
        latency = (time.perf_counter() - started) * 1000
        passages = [texts[i] for i in ranked]
        top = passages[0] if passages else ""
        expected_docs = item.get("doc_ids", [])
        top_docs = {index.chunks[i].doc_id for i in ranked[:3]}
        outcomes.append(
            Outcome(
                id=item["id"],
                language=item["language"],
                kind=item["kind"],
                correct=answer_correct(item, top, abstained=False),
                abstain_expected=bool(item.get("abstain")),
                abstained=False,
                evidence_rank=_evidence_rank(item, passages),
                has_evidence=bool(item.get("evidence")),
                doc_recall=(
                    len(top_docs & set(expected_docs)) / len(expected_docs) if expected_docs else None
                ),
                latency_ms=latency,
                answer=top,
            )
        )
    return outcomes


def _plain_tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def summarize(outcomes: list[Outcome]) -> dict[str, dict[str, float | int | None]]:
    """Metrics overall and per language."""
    groups = {"all": outcomes}
    for language in sorted({o.language for o in outcomes}):
        groups[language] = [o for o in outcomes if o.language == language]
    return {name: _metrics(group) for name, group in groups.items()}


def _metrics(outcomes: list[Outcome]) -> dict[str, float | int | None]:
    answerable = [o for o in outcomes if not o.abstain_expected]
    with_evidence = [o for o in answerable if o.has_evidence]
    unanswerable = [o for o in outcomes if o.abstain_expected]
    latencies = np.array([o.latency_ms for o in outcomes]) if outcomes else np.zeros(1)
    docs = [o.doc_recall for o in answerable if o.doc_recall is not None]

    def recall(k: int) -> float | None:
        if not with_evidence:
            return None
        hits = sum(1 for o in with_evidence if o.evidence_rank is not None and o.evidence_rank <= k)
        return round(hits / len(with_evidence), 3)

    return {
        "questions": len(outcomes),
        "answer_accuracy": round(sum(o.correct for o in outcomes) / len(outcomes), 3) if outcomes else None,
        "answerable_accuracy": round(sum(o.correct for o in answerable) / len(answerable), 3) if answerable else None,
        "abstention_accuracy": round(sum(o.abstained == o.abstain_expected for o in outcomes) / len(outcomes), 3) if outcomes else None,
        "unanswerable_abstained": f"{sum(o.abstained for o in unanswerable)}/{len(unanswerable)}",
        "evidence_recall@1": recall(1),
        "evidence_recall@3": recall(3),
        "evidence_recall@5": recall(5),
        "doc_recall": round(sum(docs) / len(docs), 3) if docs else None,
        "mrr": round(sum(1 / o.evidence_rank for o in with_evidence if o.evidence_rank) / len(with_evidence), 3) if with_evidence else None,
        "latency_p50_ms": round(float(np.percentile(latencies, 50)), 1),
        "latency_p95_ms": round(float(np.percentile(latencies, 95)), 1),
        "latency_p99_ms": round(float(np.percentile(latencies, 99)), 1),
    }


def format_table(results: dict[str, dict[str, dict]]) -> str:
    """A Markdown table: one column per system × language, one row per metric."""
    columns = [(system, group) for system, by_group in results.items() for group in by_group]
    metrics = list(next(iter(next(iter(results.values())).values())))
    header = "| metric | " + " | ".join(f"{s} ({g})" for s, g in columns) + " |"
    rule = "|---|" + "---|" * len(columns)
    rows = [
        "| " + m + " | " + " | ".join(str(results[s][g][m]) for s, g in columns) + " |"
        for m in metrics
    ]
    return "\n".join([header, rule, *rows])
