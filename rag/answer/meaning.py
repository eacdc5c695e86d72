"""Meaning where words fail: the dense model ranks a few sentences when the question's
words are not the article's, and finds the earlier turn a follow-up is about.

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

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol
from weakref import WeakKeyDictionary

import numpy as np

from rag.answer.evidence import Evidence, ScoredSentence
from rag.concepts import question_concepts
from rag.glossary import analyze_document
from rag.query import asked_part, is_followup
from rag.records import Turn

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
#: Sentence vectors kept per encoder, most recently used last (384 floats each: ~6 MB).
#: Questions about one report compare its same leading sentences, and encoding eight of
#: them (~10-20 ms each) was the slowest questions' tail (bench/RESULTS.md, seventh session).
SENTENCE_CACHE = 4096


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
    vectors = sentence_vectors(encoder, [s.text for s in candidates])
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


class _SentenceCache:
    """An encoder's sentence vectors by text, least recently used dropped first."""

    def __init__(self) -> None:
        self.vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self.lock = threading.Lock()


_CACHES: WeakKeyDictionary[SentenceEncoder, _SentenceCache] = WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def sentence_vectors(encoder: SentenceEncoder, texts: list[str]) -> np.ndarray:
    """``encoder``'s passage vectors of ``texts``, encoding only those not met lately.

    The engine encodes each text on its own, so a vector kept is the one a fresh encode
    would give, bit for bit (tested), and the answers do not depend on the cache.
    """
    with _CACHES_LOCK:
        cache = _CACHES.setdefault(encoder, _SentenceCache())
    with cache.lock:
        known = {t: cache.vectors[t] for t in dict.fromkeys(texts) if t in cache.vectors}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    fresh = encoder.encode(missing, kind="passage") if missing else ()
    with cache.lock:
        known.update(zip(missing, fresh))
        for text, vector in known.items():
            cache.vectors[text] = vector
            cache.vectors.move_to_end(text)
        while len(cache.vectors) > SENTENCE_CACHE:
            cache.vectors.popitem(last=False)
    return np.stack([known[t] for t in texts]).astype(np.float32, copy=False)


# ------------------------------------------------------------------ which earlier turn

#: How much more of a follow-up's own concepts an earlier turn must hold than the last one
#: for the follow-up to be about it: pronouns and ellipsis point at the last turn.
TURN_COVERAGE_MARGIN = 0.3
#: When the words do not decide, how much closer in meaning (e5 cosine) an earlier turn
#: must be.
TURN_MEANING_MARGIN = 0.06
#: Concepts a follow-up needs of its own before an earlier turn may be chosen ("Siapa
#: kalapasnya?" names one, and means the last turn's unit).
TURN_CONCEPTS = 2


def turn_in_question(
    question: str,
    language: str,
    history: list[Turn],
    encoder: SentenceEncoder,
    turn_terms: Callable[[Turn], frozenset[str]] = lambda turn: frozenset(),
) -> int:
    """The index of the turn a follow-up is about: the last one, unless the follow-up's
    own words are clearly about an earlier one.

    First the words: the share of the follow-up's concepts each turn holds, in its question,
    its answer and ``turn_terms`` (the caller's words for what the turn was about: the
    article its question retrieves). "Kapan apel siaganya digelar?" after a question on Lapas Tual
    (answered from its roll-call report) and then one on Lapas Banjarbaru's polling
    stations finds "apel" only in the Tual turn. When the words tie, the model: an earlier
    turn whose text is closer in meaning by ``TURN_MEANING_MARGIN``.
    """
    last = len(history) - 1
    if last < 1 or not is_followup(question, history):
        return last
    concepts = question_concepts(question, language)
    if len(concepts) < TURN_CONCEPTS:
        return last
    texts = [f"{turn.question} {turn.answer}" for turn in history]
    held = [
        sum(c.matches(frozenset(analyze_document(text)) | turn_terms(turn)) for c in concepts)
        / len(concepts)
        for text, turn in zip(texts, history)
    ]
    best = max(range(last), key=lambda i: (held[i], i))
    if held[best] >= held[last] + TURN_COVERAGE_MARGIN:
        return best
    if held[best] != held[last]:
        return last  # the words decide, and not clearly enough for an earlier turn
    similarity = encoder.encode(texts, kind="passage") @ encoder.encode([question], kind="query")[0]
    closest = int(np.argmax(similarity[:last]))
    return closest if similarity[closest] >= similarity[last] + TURN_MEANING_MARGIN else last
