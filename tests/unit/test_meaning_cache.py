"""The meaning re-rank's sentence vectors: kept per encoder, equal to a fresh encode."""

from __future__ import annotations

import numpy as np

from rag.answer import meaning
from rag.answer.meaning import sentence_vectors

SENTENCES = [
    "Kalapas Serang meninjau blok hunian warga binaan.",
    "Petugas memeriksa kawat pengaman di atas tembok.",
    "Kegiatan ditutup dengan doa bersama.",
]


class Counting:
    """An encoder that records what it was asked to encode."""

    def __init__(self, inner=None) -> None:
        self.inner = inner
        self.asked: list[list[str]] = []

    def encode(self, texts: list[str], kind: str = "passage") -> np.ndarray:
        self.asked.append(list(texts))
        if self.inner is not None:
            return self.inner.encode(texts, kind=kind)
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_kept_vectors_equal_a_fresh_encode_bit_for_bit(embedder):
    encoder = Counting(embedder)
    first = sentence_vectors(encoder, SENTENCES[:2])
    again = sentence_vectors(encoder, SENTENCES)
    assert np.array_equal(again, embedder.encode(SENTENCES, kind="passage"))
    assert np.array_equal(first, again[:2])
    assert encoder.asked == [SENTENCES[:2], SENTENCES[2:]]


def test_a_repeated_sentence_is_encoded_once():
    encoder = Counting()
    vectors = sentence_vectors(encoder, ["a", "bb", "a"])
    assert encoder.asked == [["a", "bb"]]
    assert vectors.tolist() == [[1, 1], [2, 1], [1, 1]]


def test_each_encoder_has_its_own_vectors():
    one, other = Counting(), Counting()
    sentence_vectors(one, ["a"])
    sentence_vectors(other, ["a"])
    assert one.asked == other.asked == [["a"]]


def test_the_least_recently_used_sentence_is_dropped_first(monkeypatch):
    monkeypatch.setattr(meaning, "SENTENCE_CACHE", 2)
    encoder = Counting()
    sentence_vectors(encoder, ["a"])
    sentence_vectors(encoder, ["b"])
    sentence_vectors(encoder, ["a"])  # used again: "b" is now the oldest
    sentence_vectors(encoder, ["c"])
    sentence_vectors(encoder, ["a", "b"])
    assert encoder.asked == [["a"], ["b"], ["c"], ["b"]]
