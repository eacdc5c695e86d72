"""Training the sentence ranker (``rag.answer.sentence_rank``) from questions whose
evidence strings say which sentence holds the answer.

Each question becomes one ranking example: the figures of its candidate sentences (the
evidence's sentences in their hand-made order) and which of them contain one of its
evidence strings. The model is a linear score fitted listwise (softmax cross-entropy over
each question's candidates, as in ListNet with one relevant item), which suits one right
sentence among many better than a pointwise classifier. It is small enough to fit with
numpy in seconds, so no learning library is needed.

Honesty: the figures reported are from cross-validation by question file (a batch is
written about its own reports, so a fold never sees a question about the reports it is
tested on), and the files of the last first-sight batches are not to be trained on.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from rag.answer.sentence_rank import FEATURES, GROUPS, kind_group, sentence_features
from rag.assistant import Assistant
from rag.evaluation import load_questions
from rag.query import understand
from rag.records import Turn

#: The fit: L2 penalty on the standardised weights, Adam steps and step size.
L2 = 0.01
STEPS = 400
STEP_SIZE = 0.05
#: Folds of the cross-validation (by question file).
FOLDS = 5


@dataclass(frozen=True)
class RankingExample:
    """One question's candidate sentences: the sentences of the article its hand-made
    order reads first (the ranker reorders within an article, ``evidence._learned_order``),
    their figures (rows of ``FEATURES``) and which hold the answer (1.0) or not (0.0), in
    the hand-made order."""

    question_id: str
    group: str
    kind: str
    features: np.ndarray
    relevant: np.ndarray


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def holds_evidence(sentence: str, evidence: Iterable[str]) -> bool:
    """Whether a sentence holds one of a question's evidence strings (or its first 40
    characters, for evidence that runs over a sentence end; or the whole sentence, for
    evidence longer than it)."""
    text = _norm(sentence)
    for wanted in map(_norm, evidence):
        if wanted and (wanted in text or wanted[:40] in text or (len(text) > 30 and text in wanted)):
            return True
    return False


def collect_examples(assistant: Assistant, qa_specs: list[str]) -> list[RankingExample]:
    """Ranking examples of every answerable question with evidence in ``qa_specs``
    (``path`` or ``path:split``), grouped by file; a sentence's figures do not depend on the
    other candidates."""
    examples = []
    for spec in qa_specs:
        path, _, split = spec.rpartition(":") if re.search(r":(dev|test|all)$", spec) else (spec, "", "all")
        for item in load_questions(Path(path), split):
            if not item["evidence"] or item["abstain"]:
                continue
            history = [Turn(t["question"], t["answer"]) for t in item.get("history", [])]
            frame = understand(item["question"], history)
            evidence, _ = assistant.gather(frame, learned=False)
            if not evidence.sentences:
                continue
            first_article = [s for s in evidence.sentences if s.doc_id == evidence.sentences[0].doc_id]
            relevant = [holds_evidence(s.text, item["evidence"]) for s in first_article]
            examples.append(RankingExample(
                item["id"], Path(path).stem, frame.kind,
                sentence_features(evidence, first_article),
                np.asarray(relevant, dtype=np.float64),
            ))
    return examples


def fit_listwise(examples: list[RankingExample], l2: float = L2, steps: int = STEPS) -> np.ndarray:
    """Weights of ``FEATURES`` maximising the softmax probability of each question's
    relevant sentences (examples with none are skipped).

    Raises:
        ValueError: no example has a relevant sentence.
    """
    usable = [e for e in examples if e.relevant.sum() > 0]
    if not usable:
        raise ValueError("No question's evidence is among its candidate sentences.")
    stacked = np.vstack([e.features for e in usable])
    mean, spread = stacked.mean(axis=0), stacked.std(axis=0) + 1e-6
    inputs = [(e.features - mean) / spread for e in usable]
    targets = [e.relevant / e.relevant.sum() for e in usable]
    weights = np.zeros(len(FEATURES))
    first, second = np.zeros_like(weights), np.zeros_like(weights)
    for step in range(1, steps + 1):
        gradient = l2 * weights
        for x, target in zip(inputs, targets):
            logits = x @ weights
            probability = np.exp(logits - logits.max())
            probability /= probability.sum()
            gradient += x.T @ (probability - target) / len(inputs)
        first = 0.9 * first + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient**2
        weights -= STEP_SIZE * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    # Standardising shifts every candidate of a question alike, which a softmax ignores:
    # the weights on the raw figures are the standardised ones over the spread.
    return weights / spread


def first_is_relevant(example: RankingExample, weights: np.ndarray | None) -> bool:
    """Whether the best candidate (by ``weights``; by the hand-made order when None)
    holds the answer."""
    best = 0 if weights is None else int(np.argmax(example.features @ weights))
    return bool(example.relevant[best] > 0)


def fit_groups(examples: list[RankingExample]) -> dict[str, np.ndarray]:
    """Weights per group of question types (``kind_group``); a group without examples
    keeps the hand-made order (the score alone)."""
    fitted = {}
    for group in GROUPS:
        mine = [e for e in examples if kind_group(e.kind) == group]
        if any(e.relevant.sum() for e in mine):
            fitted[group] = fit_listwise(mine)
        else:
            fitted[group] = np.eye(len(FEATURES))[0]
    return fitted


def cross_validate(examples: list[RankingExample], folds: int = FOLDS) -> dict[str, dict[str, int]]:
    """Held-out counts of questions whose first sentence holds the answer, hand-made order
    against learned, overall and per question type. Folds are whole question files (a
    batch asks about its own reports); with fewer files than folds, single questions."""
    by_file = len({e.group for e in examples}) >= folds
    unit_of = (lambda e: e.group) if by_file else (lambda e: e.question_id)
    units = sorted({unit_of(e) for e in examples})
    order = np.random.default_rng(0).permutation(len(units))
    fold_of = {units[u]: i % folds for i, u in enumerate(order)}
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"questions": 0, "hand": 0, "learned": 0})
    for fold in range(folds):
        train = [e for e in examples if fold_of[unit_of(e)] != fold]
        test = [e for e in examples if fold_of[unit_of(e)] == fold]
        if not test or not any(e.relevant.sum() for e in train):
            continue
        weights = fit_groups(train)
        for example in test:
            for key in ("all", example.kind):
                counts[key]["questions"] += 1
                counts[key]["hand"] += first_is_relevant(example, None)
                group = kind_group(example.kind)
                counts[key]["learned"] += first_is_relevant(example, weights[group] if group else None)
    return dict(counts)


def save_weights(path: Path, weights: dict[str, np.ndarray], examples: list[RankingExample],
                 report: dict[str, dict[str, int]], sources: list[str]) -> None:
    """Write the weights with what they were trained on and how well they rank held out."""
    payload = {
        "weights": {
            group: {name: round(float(w), 6) for name, w in zip(FEATURES, vector)}
            for group, vector in weights.items()
        },
        "trained": {
            "date": date.today().isoformat(),
            "questions": len(examples),
            "with_evidence_among_candidates": sum(1 for e in examples if e.relevant.sum() > 0),
            "sources": sources,
        },
        "cross_validation": report,
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def train(assistant: Assistant, qa_specs: list[str], out: Path,
          say: Callable[[str], None] = print) -> dict[str, dict[str, int]]:
    """Collect, cross-validate, fit on everything and save; returns the held-out report."""
    examples = collect_examples(assistant, qa_specs)
    say(f"{len(examples)} questions with evidence")
    report = cross_validate(examples)
    for key, row in sorted(report.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        say(f"  {key:<10} first sentence holds the answer: hand-made {row['hand']}/{row['questions']}, "
            f"learned {row['learned']}/{row['questions']} (held out)")
    save_weights(out, fit_groups(examples), examples, report, qa_specs)
    return report
