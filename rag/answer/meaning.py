"""Meaning where words fail: the dense model ranks a few sentences when the question's
words are not the article's.

The reader scores sentences by the question's concepts, which the glossary turns into
Indonesian terms. An English question often uses words the glossary lacks ("what should
be done about the *wire* on top of the *walls*?" for "kawat pengaman di atas tembok"):
then the best sentence scores no better than its neighbours, and the answer quotes the
article's lead. The multilingual model the index was built with does understand the
paraphrase, but encoding a sentence costs about as much as encoding the question, so it
is asked only when the words fail (a quarter or more of the question's weight is
missing from the corpus or unknown to the glossary), only for the questions whose answer
is a sentence (what, why, items), and only about the best article's leading candidates.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from rag.answer.evidence import Evidence, ScoredSentence
from rag.query import asked_part

#: Question types answered by choosing a sentence (not a typed span such as a date).
MEANING_KINDS = frozenset({"what", "why", "items"})
#: Share of the question's own concept weight that, missing or unknown, makes words fail.
GAP_SHARE = 0.25
#: Sentences of the best article the model compares with the question.
CANDIDATES = 8
#: Weight of the model's similarity, scaled to the candidates' range, added to a score.
MEANING_WEIGHT = 0.5
#: The least range of similarity scaled to the full weight: closer candidates are about
#: equally near in meaning, and small differences must not decide.
MIN_SPREAD = 0.05


class SentenceEncoder(Protocol):
    """What meaning needs of an embedder: passages encoded as unit vectors."""

    def encode(self, texts: list[str], kind: str = "passage") -> np.ndarray: ...


def words_fail(evidence: Evidence) -> bool:
    """Whether the question's words leave its best sentence undecided: a sentence-answered
    question with a quarter or more of its weight absent from the corpus or unknown."""
    if evidence.frame.kind not in MEANING_KINDS or not evidence.sentences:
        return False
    concepts = evidence.concepts
    own = list(zip(concepts.own_concepts, concepts.weights))
    total = sum(w for _, w in own)
    gap = sum(w for c, w in own if c.unknown or not concepts.present(c))
    return total > 0 and gap / total >= GAP_SHARE


def rerank_by_meaning(evidence: Evidence, question_vector: np.ndarray, encoder: SentenceEncoder) -> None:
    """Reorder the best article's leading sentences by their meaning's closeness to the
    question, blended with their word score (in place)."""
    docs = evidence.answer_docs()
    if not docs:
        return
    candidates = [s for s in evidence.sentences if s.doc_id == docs[0]][:CANDIDATES]
    if len(candidates) < 2:
        return
    asked = asked_part(evidence.frame.question)
    if asked != evidence.frame.question:
        # "When the head toured the prison, what did he say about the wire?": the scene
        # is what every candidate shares; the meaning sought is the part after it.
        question_vector = encoder.encode([asked], kind="query")[0]
    vectors = encoder.encode([s.text for s in candidates], kind="passage")
    similarity = vectors @ np.asarray(question_vector, dtype=np.float32)
    low, high = float(similarity.min()), float(similarity.max())
    spread = max(high - low, MIN_SPREAD)
    boosted: dict[int, ScoredSentence] = {}
    for sentence, value in zip(candidates, similarity):
        bonus = MEANING_WEIGHT * (float(value) - low) / spread
        boosted[id(sentence)] = ScoredSentence(
            sentence.sentence, sentence.chunk, sentence.coverage, sentence.score + bonus
        )
    evidence.sentences = sorted(
        (boosted.get(id(s), s) for s in evidence.sentences), key=lambda s: -s.score
    )
