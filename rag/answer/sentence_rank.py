"""Sentence ranking: a learned correction to the hand-made sentence score.

The composers read the question's sentences best first, and the sentence they read first
decides most answers (on the first-sight batches, 85% right when the sentence that holds
the answer came first, 55% when it came fourth or lower). The hand-made score
(``evidence._score_sentences``) blends coverage figures with weights set by eye, and on
929 questions written without seeing the system it put the answer's sentence first only
0.45 of the time. A linear model over the same figures plus a few more (does the sentence
hold a span of the asked type, is it a caption, does the sentence before it hold the rest
of the question, ...) learned from those questions' evidence strings puts it first 0.64 of
the time on question batches it was not trained on (``rag.ranker_training``, five folds by
batch). The model is a list of weights in ``rag/data/sentence_ranker.json``: data, read by
this small engine, retrained by ``python -m rag train-ranker``.

The learned score is kept on the hand-made score's scale (every weight divided by the
hand-made score's own), so the composers' blends of sentence score with their local
scores keep their meaning.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from rag.analysis import Sentence
from rag.errors import RagError
from rag.page import CAPTION_LABEL

if TYPE_CHECKING:
    from rag.answer.evidence import Evidence, ScoredSentence

#: The weights shipped with the package (trained on the question batches in ``eval/``).
WEIGHTS_FILE = Path(__file__).resolve().parent.parent / "data" / "sentence_ranker.json"

#: The figures the model reads, in the order of its weights. ``score`` (the hand-made
#: score) comes first: the learned score is expressed on its scale.
FEATURES = (
    "score",          # the hand-made score
    "coverage",       # share of the question's own concepts in the sentence
    "context",        # ... with the headline and the article's names
    "passage",        # ... in the whole passage it was retrieved in
    "passage_rank",   # rank of that passage after reranking, in tens
    "top_article",    # 1 in the best-ranked article
    "article_rank",   # rank of its article among the retrieved ones, up to 5, in fifths
    "position",       # place in the article, 0 (first) to 1 (last)
    "lead",           # 1 for the article's first two sentences
    "caption",        # 1 for a photo caption
    "length",         # analysed terms, in forties (capped at 60 terms)
    "previous",       # coverage the sentence before adds (its subject refers back)
    "speech",         # 1 when someone is quoted ("kata", "ujar", ...)
    "asked_event",    # 1 when it reports the kind of event the question asks about
    "who_typed",      # a "who" question and the sentence names a person
    "when_typed",     # a "when" question and the sentence holds a date
    "how_many_typed", # a "how many" question and the sentence holds a count
    "where_typed",    # a "where" question and the sentence names a venue
    "people",         # the sentence names a person (any question)
    "dates",          # ... holds a date
    "quantities",     # ... holds a count
    "venues",         # ... names a venue
    "date_match",     # ... holds a date in the period the question asks about
)

#: Questions answered by a typed span (a name, a date, a count, a venue) and those answered
#: by a sentence rank differently (a span's sentence must hold one; a sentence answer
#: follows the question's words): each group has weights of its own.
TYPED_KINDS = frozenset({"who", "when", "how_many", "where"})
GROUPS = ("typed", "sentence")


#: Questions whose sentences keep the hand-made order: a list gathers every article of a
#: kind, and the learned order read its first sentence right less often (32 against 39 of
#: 66 held out, ``rag.ranker_training``).
UNRANKED_KINDS = frozenset({"list"})


def kind_group(kind: str) -> str | None:
    """The weight group of a question type; None for a type the ranker leaves alone."""
    if kind in UNRANKED_KINDS:
        return None
    return "typed" if kind in TYPED_KINDS else "sentence"

_SPEECH = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|tutur|jelas|terang|tegas|sebut)(?:nya)?\b", re.IGNORECASE
)
#: Passage and article ranks beyond these count as these.
_PASSAGE_RANKS = 20
_ARTICLE_RANKS = 5


class RankerDataError(RagError):
    """The ranker's weights file does not fit this code (missing, unreadable, or made for
    other features)."""


def has_answer_type(kind: str, sentence: Sentence) -> bool:
    """Whether a sentence holds a span of the kind the question asks for (every sentence
    does for a question whose answer is a sentence)."""
    if kind == "who":
        return bool(sentence.people)
    if kind == "when":
        return bool(sentence.dates)
    if kind == "how_many":
        return bool(sentence.quantities)
    if kind == "where":
        return bool(sentence.venues)
    return True


def sentence_features(evidence: Evidence, sentences: list[ScoredSentence]) -> np.ndarray:
    """The figures of ``FEATURES`` for each of ``sentences`` (rows), read from the
    evidence: the question, its concepts, the reranked passages."""
    index, concepts, kind = evidence.index, evidence.concepts, evidence.frame.kind
    passage_rank = {h.chunk.chunk_id: i for i, h in enumerate(evidence.hits)}
    articles = list(dict.fromkeys(h.chunk.doc_id for h in evidence.hits))
    typed = {k: float(kind == k) for k in TYPED_KINDS}
    asked = evidence.frame.date_query
    rows = []
    for scored in sentences:
        sentence = scored.sentence
        in_article = index.sentences.of_article(scored.doc_id)
        place = next((i for i, s in enumerate(in_article) if s.start == sentence.start), 0)
        before = index.sentences.preceding(sentence)
        names = concepts.article_names(scored.doc_id) if kind != "who" else frozenset()
        title = index.sentences.title_terms(scored.doc_id)
        article_rank = articles.index(scored.doc_id) if scored.doc_id in articles else _ARTICLE_RANKS
        has_type = has_answer_type(kind, sentence)
        rows.append((
            scored.score,
            scored.coverage,
            concepts.coverage(sentence.terms | title | names),
            evidence.chunk_coverage.get(scored.chunk.chunk_id, 0.0),
            passage_rank.get(scored.chunk.chunk_id, _PASSAGE_RANKS) / 10,
            float(article_rank == 0),
            min(article_rank, _ARTICLE_RANKS) / _ARTICLE_RANKS,
            place / max(len(in_article), 1),
            float(place <= 1),
            float(scored.text.startswith(CAPTION_LABEL)),
            min(len(sentence.terms), 60) / 40,
            evidence.coverage_with(scored, before) - scored.coverage if before else 0.0,
            float(bool(_SPEECH.search(scored.text))),
            float(bool(sentence.events & evidence.asked_events)),
            typed["who"] * has_type,
            typed["when"] * has_type,
            typed["how_many"] * has_type,
            typed["where"] * has_type,
            float(bool(sentence.people)),
            float(bool(sentence.dates)),
            float(bool(sentence.quantities)),
            float(bool(sentence.venues)),
            float(asked is not None and any(asked.matches(d.day) for d in sentence.dates)),
        ))
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(FEATURES))


@dataclass(frozen=True)
class SentenceRanker:
    """Learned weights of ``FEATURES`` per group of question types (``kind_group``),
    scaled so that ``score`` weighs 1."""

    weights: dict[str, np.ndarray]

    def ranks(self, kind: str) -> bool:
        """Whether questions of ``kind`` are reordered at all (``UNRANKED_KINDS``)."""
        return kind_group(kind) is not None

    def scores(self, kind: str, features: np.ndarray) -> np.ndarray:
        """The learned score of each row of ``features`` for a question of ``kind``; the
        hand-made score (the first column) for a kind the ranker leaves alone."""
        group = kind_group(kind)
        return features @ self.weights[group] if group else features[:, 0].copy()

    @classmethod
    def from_weights(cls, weights: dict[str, dict[str, float]]) -> SentenceRanker:
        """A ranker from raw learned weights by group and feature name.

        Raises:
            RankerDataError: a group or feature is missing or unknown, or the hand-made
                score does not weigh positively (the scale would be meaningless).
        """
        if set(weights) != set(GROUPS):
            raise RankerDataError(
                f"Sentence ranker weights need the groups {list(GROUPS)}, not {sorted(weights)}; "
                "retrain with `python -m rag train-ranker`."
            )
        return cls({group: _scaled(group, weights[group]) for group in GROUPS})


def _scaled(group: str, weights: dict[str, float]) -> np.ndarray:
    """One group's weights in ``FEATURES`` order, divided by the hand-made score's."""
    if not isinstance(weights, dict) or set(weights) != set(FEATURES):
        weights = weights if isinstance(weights, dict) else {}
        missing = sorted(set(FEATURES) - set(weights))
        unknown = sorted(set(weights) - set(FEATURES))
        raise RankerDataError(
            f"Sentence ranker weights ({group}) do not fit this code (missing {missing}, "
            f"unknown {unknown}); retrain with `python -m rag train-ranker`."
        )
    vector = np.array([float(weights[name]) for name in FEATURES])
    if vector[0] <= 0:
        raise RankerDataError(f"Sentence ranker ({group}): the hand-made score must weigh more than 0.")
    return vector / vector[0]


def load_ranker(path: Path = WEIGHTS_FILE) -> SentenceRanker:
    """The ranker saved at ``path`` (``rag.ranker_training.save_weights``).

    Raises:
        RankerDataError: the file is missing, not JSON, or made for other features.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = data["weights"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RankerDataError(f"Cannot read the sentence ranker weights {path}: {exc}") from exc
    return SentenceRanker.from_weights(weights)


@cache
def shipped_ranker() -> SentenceRanker:
    """The package's ranker, read once per process."""
    return load_ranker(WEIGHTS_FILE)
