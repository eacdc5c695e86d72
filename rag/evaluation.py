"""Evaluation: run a question set through the assistant and report answer and retrieval quality.

The system is run through ``Assistant.ask``, the same path as ``POST /api/query``. Peers
are run on the same passages: plain BM25 (whitespace tokens, no Indonesian analysis) and
dense-only retrieval with the same model. Peers compose no answer, so their "answer" is
their top passage: a generous reading in their favour.

Two question formats are read, and scored by one rule (``answer_correct``, the rule of
``../shared/tools/devcorpus_score.py``): the project's ``eval/qa.jsonl`` (``question``,
``expect``, ``forbid``, ``abstain``, ``doc_ids``, ...) and the devcorpus's ``qa.jsonl``
(``q``, ``answer_all``, ``answer_none``, ``unanswerable``, ``gold_docs``, ``type``,
``split``, ...). Both become the same plain dict (``normalize_question``).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rag import glossary
from rag.assistant import Assistant
from rag.config import PROJECT_ROOT
from rag.lexical import RankBM25Engine
from rag.query import understand
from rag.records import Turn
from rag.retrieval import Query

DEFAULT_QA = PROJECT_ROOT / "eval" / "qa.jsonl"
#: Words an answer's own text may have when one thing is asked (the devcorpus rule).
CONCISE_WORDS = 40
#: Passages counted for the retrieval metrics' deepest cut (evidence@5, doc recall@5).
RETRIEVAL_CUT = 5
#: Leading characters of an evidence string that place it in a sentence.
SENTENCE_EVIDENCE_CHARS = 40


@dataclass(frozen=True)
class Outcome:
    """One question's result."""

    id: str
    language: str
    kind: str
    split: str
    correct: bool
    abstain_expected: bool
    abstained: bool
    evidence_rank: int | None  # 1-based rank of the first passage holding the answer
    has_evidence: bool  # the question names evidence strings (lists and metadata may not)
    doc_recall: float | None  # share of the expected articles the answer cites
    retrieved_doc_recall: float | None  # share of them in the top RETRIEVAL_CUT passages
    latency_ms: float
    encode_ms: float | None  # the question's embedding alone
    answer: str
    # 1-based rank, among the sentences the composers read (best first), of the first one
    # holding the answer; None when none does or the system reads no sentences.
    sentence_rank: int | None = None
    reads_sentences: bool = False  # a baseline returns passages, not read sentences


def load_questions(path: Path = DEFAULT_QA, split: str = "all") -> list[dict]:
    """The question set, one JSON object per line, normalised (``normalize_question``).

    Args:
        path: a ``.jsonl`` file in either format.
        split: ``"all"``, or keep only questions whose ``split`` is this one.
    """
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    questions = [normalize_question(json.loads(line)) for line in lines if line.strip()]
    return [q for q in questions if split == "all" or q["split"] == split]


def normalize_question(item: dict) -> dict:
    """One question in the project's keys, whichever format it came in.

    Returns:
        ``id``, ``language``, ``kind``, ``split``, ``question``, ``history`` (turns with
        ``question`` and ``answer``), ``answer_all`` (groups of alternatives; every group
        must be found), ``forbid``, ``abstain``, ``long_ok``, ``doc_ids`` and ``evidence``
        (strings, any of which marks a passage holding the answer).
    """
    if "q" in item:  # devcorpus format
        evidence = item.get("evidence") or {}
        return {
            "id": item["id"],
            "language": item["lang"],
            "kind": item.get("type", ""),
            "split": item.get("split", ""),
            "question": item["q"],
            "history": item.get("history", []),
            "answer_all": [list(g) for g in item.get("answer_all", [])],
            "forbid": list(item.get("answer_none") or []),
            "abstain": bool(item.get("unanswerable")),
            "long_ok": bool(item.get("long_ok")),
            "doc_ids": list(item.get("gold_docs", [])),
            "evidence": list(evidence.values()) if isinstance(evidence, dict) else list(evidence),
        }
    groups = [[s] for s in item.get("expect", [])] + [list(g) for g in item.get("expect_any", [])]
    return {
        "id": item["id"],
        "language": item["language"],
        "kind": item.get("kind", ""),
        "split": item.get("split", ""),
        "question": item["question"],
        "history": item.get("history", []),
        "answer_all": groups,
        "forbid": list(item.get("forbid", [])),
        "abstain": bool(item.get("abstain")),
        "long_ok": bool(item.get("long_ok")),
        "doc_ids": list(item.get("doc_ids", [])),
        "evidence": list(item.get("evidence", [])),
    }


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def answer_lead(answer: str) -> str:
    """The answer's own text: its lines that are not quoted evidence (``>``)."""
    return "\n".join(line for line in answer.splitlines() if not line.lstrip().startswith(">"))


def answer_correct(item: dict, answer: str, abstained: bool) -> bool:
    """The devcorpus's strict rule (``../shared/tools/devcorpus_score.py``).

    An unanswerable question is right only when the assistant abstains. Otherwise the
    answer must not abstain, every ``answer_all`` group must be found (case-insensitive)
    in the answer's own text (quoted evidence lines do not count), no ``forbid`` string
    may appear anywhere, and a single-answer question not marked ``long_ok`` must be
    answered in at most ``CONCISE_WORDS`` words (citation markers not counted).

    Args:
        item: a normalised question (``normalize_question``).
        answer: the answer's text.
        abstained: whether the assistant said the articles do not answer.
    """
    if item["abstain"]:
        return abstained
    if abstained:
        return False
    lead = answer_lead(answer)
    words = len(re.sub(r"\[\d+\]", " ", lead).split())
    groups = item["answer_all"]
    concise = item["long_ok"] or len(groups) > 1 or words <= CONCISE_WORDS
    low, whole = lead.lower(), answer.lower()
    found = all(any(s.lower() in low for s in group) for group in groups)
    forbidden = any(s.lower() in whole for s in item["forbid"])
    return concise and found and not forbidden


def _evidence_rank(item: dict, passages: list[str]) -> int | None:
    wanted = [_norm(s) for s in item["evidence"]]
    for rank, passage in enumerate(passages, start=1):
        if any(w in _norm(passage) for w in wanted):
            return rank
    return None


def _sentence_rank(item: dict, sentences: list[str]) -> int | None:
    """Rank of the first sentence holding an evidence string, or its first 40 characters
    (evidence may run over a sentence's end)."""
    wanted = [_norm(s) for s in item["evidence"]]
    for rank, sentence in enumerate(sentences, start=1):
        text = _norm(sentence)
        if any(w and (w in text or w[:SENTENCE_EVIDENCE_CHARS] in text) for w in wanted):
            return rank
    return None


def gold_doc_ids(wanted: list[str], doc_ids: list[str]) -> set[str]:
    """The index's ids of the expected articles.

    An id is taken as it is when the index has it; otherwise, as in the devcorpus, ``d05``
    names the file ``d05_<slug>.txt`` and ``k03`` the third line of the corpus's JSONL file
    (whose articles get ids ``<stem>-<line>``).
    """
    found = set()
    for gold in wanted:
        if gold in doc_ids:
            found.add(gold)
            continue
        found.update(d for d in doc_ids if d.startswith(f"{gold}_"))
        line = re.fullmatch(r"k0*(\d+)", gold)
        if line:
            found.update(d for d in doc_ids if re.fullmatch(rf".+-{line.group(1)}", d))
    return found


def _recall(expected: set[str], got: set[str]) -> float | None:
    return len(expected & got) / len(expected) if expected else None


def _history(item: dict) -> list[Turn]:
    return [Turn(t["question"], t["answer"]) for t in item.get("history", [])]


def run_system(assistant: Assistant, questions: list[dict]) -> list[Outcome]:
    """Ask every question through the assistant (the API's path)."""
    doc_ids = list(assistant.index.articles)
    outcomes = []
    for item in questions:
        started = time.perf_counter()
        answer = assistant.ask(item["question"], _history(item))
        latency = (time.perf_counter() - started) * 1000
        frame = understand(item["question"], _history(item))
        evidence, timings = assistant.gather(frame)
        hits = evidence.hits
        expected = gold_doc_ids(item["doc_ids"], doc_ids)
        top_docs = {h.chunk.doc_id for h in hits[:RETRIEVAL_CUT]}
        outcomes.append(
            Outcome(
                id=item["id"],
                language=item["language"],
                kind=item["kind"],
                split=item["split"],
                correct=answer_correct(item, answer.text, answer.abstained),
                abstain_expected=item["abstain"],
                abstained=answer.abstained,
                evidence_rank=_evidence_rank(item, [h.chunk.text for h in hits]),
                has_evidence=bool(item["evidence"]),
                doc_recall=_recall(expected, {c.doc_id for c in answer.citations}),
                retrieved_doc_recall=_recall(expected, top_docs),
                latency_ms=latency,
                encode_ms=timings.get("encode"),
                answer=answer.text,
                sentence_rank=_sentence_rank(item, [s.text for s in evidence.sentences]),
                reads_sentences=True,
            )
        )
    return outcomes


def run_baseline(assistant: Assistant, questions: list[dict], kind: str) -> list[Outcome]:
    """A peer on the same passages: ``bm25`` (plain tokens), ``dense`` (same model), or
    ``fused`` (the assistant's BM25 and dense lists fused by its weights, not reranked:
    what the fusion weights alone decide)."""
    index = assistant.index
    texts = [c.text for c in index.chunks]
    doc_ids = list(index.articles)
    plain = RankBM25Engine([_plain_tokens(t) for t in texts]) if kind == "bm25" else None
    outcomes = []
    for item in questions:
        started = time.perf_counter()
        question = " ".join([t["question"] for t in item.get("history", [])] + [item["question"]])
        encode_ms = None
        if plain is not None:
            ranked = [i for i, _ in plain.search(_plain_tokens(question), 30)]
        elif kind == "fused":
            ranked, encode_ms = _fused(assistant, item)
        else:
            vector = assistant.embedder.encode([question], kind="query")[0]
            encode_ms = (time.perf_counter() - started) * 1000
            ranked = [i for i, _ in index.dense.search(vector, 30)]
        latency = (time.perf_counter() - started) * 1000
        passages = [texts[i] for i in ranked]
        top = passages[0] if passages else ""
        expected = gold_doc_ids(item["doc_ids"], doc_ids)
        outcomes.append(
            Outcome(
                id=item["id"],
                language=item["language"],
                kind=item["kind"],
                split=item["split"],
                correct=answer_correct(item, top, abstained=False),
                abstain_expected=item["abstain"],
                abstained=False,
                evidence_rank=_evidence_rank(item, passages),
                has_evidence=bool(item["evidence"]),
                doc_recall=_recall(expected, {index.chunks[i].doc_id for i in ranked[:3]}),
                retrieved_doc_recall=_recall(
                    expected, {index.chunks[i].doc_id for i in ranked[:RETRIEVAL_CUT]}
                ),
                latency_ms=latency,
                encode_ms=encode_ms,
                answer=top,
            )
        )
    return outcomes


def _fused(assistant: Assistant, item: dict) -> tuple[list[int], float]:
    """Passage positions of the assistant's fused list before reranking, and the encode ms."""
    index = assistant.index
    frame = understand(item["question"], _history(item))
    started = time.perf_counter()
    vector = assistant.embedder.encode([frame.search_text], kind="query")[0]
    encode_ms = (time.perf_counter() - started) * 1000
    tokens = glossary.analyze_query(frame.search_text, frame.language)
    hits = index.search(Query(tokens, vector), 30)
    return [index.chunks.position_of(h.chunk.chunk_id) for h in hits], encode_ms


def _plain_tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def summarize(outcomes: list[Outcome], by: str = "language") -> dict[str, dict]:
    """Metrics overall and per value of ``by`` (``"language"`` or ``"kind"``)."""
    groups = {"all": outcomes}
    for value in sorted({getattr(o, by) for o in outcomes}):
        groups[value] = [o for o in outcomes if getattr(o, by) == value]
    return {name: _metrics(group) for name, group in groups.items()}


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def _metrics(outcomes: list[Outcome]) -> dict[str, float | int | str | None]:
    answerable = [o for o in outcomes if not o.abstain_expected]
    with_evidence = [o for o in answerable if o.has_evidence]
    unanswerable = [o for o in outcomes if o.abstain_expected]
    latencies = np.array([o.latency_ms for o in outcomes]) if outcomes else np.zeros(1)
    encodes = [o.encode_ms for o in outcomes if o.encode_ms is not None]

    def recall(k: int) -> float | None:
        hits = sum(1 for o in with_evidence if o.evidence_rank is not None and o.evidence_rank <= k)
        return _share(hits, len(with_evidence))

    read = [o for o in with_evidence if o.reads_sentences]

    def sentence(k: int) -> float | None:
        # The reading step apart from retrieval and extraction: is the answer's sentence
        # among the first k the composers read?
        hits = sum(1 for o in read if o.sentence_rank is not None and o.sentence_rank <= k)
        return _share(hits, len(read))

    return {
        "questions": len(outcomes),
        "answer_accuracy": _share(sum(o.correct for o in outcomes), len(outcomes)),
        "answerable_accuracy": _share(sum(o.correct for o in answerable), len(answerable)),
        "abstention_accuracy": _share(
            sum(o.abstained == o.abstain_expected for o in outcomes), len(outcomes)
        ),
        "unanswerable_abstained": f"{sum(o.abstained for o in unanswerable)}/{len(unanswerable)}",
        "evidence_recall@1": recall(1),
        "evidence_recall@3": recall(3),
        "evidence_recall@5": recall(5),
        "doc_recall": _mean([o.doc_recall for o in answerable if o.doc_recall is not None]),
        "doc_recall@5": _mean(
            [o.retrieved_doc_recall for o in answerable if o.retrieved_doc_recall is not None]
        ),
        "sentence@1": sentence(1),
        "sentence@3": sentence(3),
        "mrr": _share(
            sum(1 / o.evidence_rank for o in with_evidence if o.evidence_rank), len(with_evidence)
        ),
        "latency_p50_ms": round(float(np.percentile(latencies, 50)), 1),
        "latency_p95_ms": round(float(np.percentile(latencies, 95)), 1),
        "latency_p99_ms": round(float(np.percentile(latencies, 99)), 1),
        "encode_p50_ms": round(float(np.median(encodes)), 1) if encodes else None,
    }


def format_table(results: dict[str, dict[str, dict]]) -> str:
    """A Markdown table: one column per system × group, one row per metric."""
    columns = [(system, group) for system, by_group in results.items() for group in by_group]
    metrics = list(next(iter(next(iter(results.values())).values())))
    header = "| metric | " + " | ".join(f"{s} ({g})" for s, g in columns) + " |"
    rule = "|---|" + "---|" * len(columns)
    rows = [
        "| " + m + " | " + " | ".join(str(results[s][g][m]) for s, g in columns) + " |"
        for m in metrics
    ]
    return "\n".join([header, rule, *rows])


#: The metrics shown per question type (the full set is per language).
TYPE_METRICS = ("questions", "answer_accuracy", "evidence_recall@1", "evidence_recall@5",
                "sentence@1", "doc_recall@5")


def format_type_table(results: dict[str, dict[str, dict]]) -> str:
    """A Markdown table: one row per question type, a few metrics per system."""
    systems = list(results)
    kinds = list(next(iter(results.values())))
    columns = [(s, m) for s in systems for m in TYPE_METRICS if m != "questions"]
    header = "| type | questions | " + " | ".join(f"{s} {m}" for s, m in columns) + " |"
    rule = "|---|---|" + "---|" * len(columns)
    first = systems[0]
    rows = [
        f"| {k} | {results[first][k]['questions']} | "
        + " | ".join(str(results[s][k][m]) for s, m in columns) + " |"
        for k in kinds
    ]
    return "\n".join([header, rule, *rows])
