"""Lexical retrieval: BM25 over the analysed Indonesian tokens of each passage.

Two engines rank the same way on the same tokens (``tests/comparison`` checks it):

* ``RankBM25Engine``: rank-bm25's ``BM25Okapi``, the reference. Pure Python scoring, about
  100 ms a query at 100k passages on two cores.
* ``SparseBM25Engine``: the same Okapi formula precomputed into a bm25s sparse matrix, a
  few milliseconds a query at 100k passages.

``make_lexical_engine`` picks between them by corpus size. Above ``SPARSE_THRESHOLD``
passages the build stores the sparse engine's matrix with the generation (``bm25_matrix``;
plain ``.npy`` arrays, checksummed by ``rag.store``), so a server loads it instead of
building it: at 1M passages building took ~10 s of the cold start. Otherwise both engines
are rebuilt from the stored tokens at load time (a vocabulary plus int32 ids,
``rag.store.TokenLists``). No pickled object is ever loaded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from rank_bm25 import BM25Okapi
from scipy import sparse

from rag.store import TokenLists

#: Above this many passages ``make_lexical_engine(engine="auto")`` uses the sparse engine.
#: Below it rank-bm25 answers in under ~20 ms, and staying on the reference engine keeps
#: the shipped corpus's rankings exactly those the tests were written against.
SPARSE_THRESHOLD = 20_000

ENGINES = ("auto", "rank-bm25", "bm25s")


class LexicalEngine(Protocol):
    """What retrieval needs from a BM25 engine."""

    name: str
    size: int

    def search(self, query_tokens: list[str], k: int) -> list[tuple[int, float]]: ...

    def scores(self, query_tokens: list[str]) -> np.ndarray | None: ...


class RankBM25Engine:
    """Okapi BM25 (k1=1.5, b=0.75, rank-bm25's defaults) over pre-analysed token lists."""

    name = "rank-bm25"

    def __init__(self, token_lists: Sequence[list[str]]) -> None:
        """Index ``token_lists`` (one list per passage, in passage order)."""
        self.size = len(token_lists)
        # rank-bm25 divides by the corpus size and average length: guard the empty cases.
        self._bm25 = BM25Okapi([tokens or [""] for tokens in token_lists]) if token_lists else None

    def search(self, query_tokens: list[str], k: int) -> list[tuple[int, float]]:
        """Top ``k`` passages as ``(position, score)``, best first; only positive scores.

        Args:
            query_tokens: analysed query tokens (duplicates count, as in BM25's query side).
            k: how many to return at most.
        """
        scores = self.scores(query_tokens)
        return [] if scores is None or k <= 0 else top_k(scores, k)

    def scores(self, query_tokens: list[str]) -> np.ndarray | None:
        """Every passage's score, in position order (None when nothing can score)."""
        if self._bm25 is None or not query_tokens:
            return None
        return np.asarray(self._bm25.get_scores(query_tokens), dtype=np.float64)


class SparseBM25Engine:
    """rank-bm25's ``BM25Okapi`` scores, precomputed into a bm25s term-by-passage matrix.

    The matrix is built here, vectorised, rather than by ``bm25s.BM25.index`` for two
    reasons: bm25s's Robertson IDF clamps negative values to 0 where rank-bm25 floors them
    at ``epsilon × mean IDF`` (terms in over half the passages, such as the UPT named in
    every headline of an article, would rank differently), and bm25s's builder loops over
    passages in Python, which dominates cold start at 100k+ passages. Scoring then uses
    bm25s's own sparse summation.

    At 100k passages (5M tokens) it builds in ~0.2 s from ``TokenLists``.
    """

    name = "bm25s"

    def __init__(
        self,
        token_lists: Sequence[list[str]],
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
        stored: dict | None = None,
    ) -> None:
        """Index ``token_lists`` (one list per passage, in passage order).

        Args:
            token_lists: analysed tokens of each passage (a ``TokenLists`` is used as is).
            k1, b, epsilon: BM25Okapi's parameters, rank-bm25's defaults.
            stored: the matrix ``bm25_matrix`` made for these tokens (then nothing is built).
        """
        import bm25s

        self.size = len(token_lists)
        self._vocab: dict[str, int] = {}
        self._bm25 = None
        self.document_frequency: Counter[str] = Counter()
        if not token_lists:
            return
        tokens = TokenLists.from_lists(token_lists)
        if stored is None:
            stored = bm25_matrix(tokens, k1, b, epsilon)
        vocabulary = _columns(tokens, stored["params"])
        self._vocab = {t: i for i, t in enumerate(vocabulary)}
        data, indices, indptr = stored["data"], stored["indices"], stored["indptr"]
        # A column's nonzeros are the passages holding the term: its document frequency.
        self.document_frequency = Counter(dict(zip(vocabulary, np.diff(indptr).tolist())))
        retriever = bm25s.BM25(k1=k1, b=b, method="robertson")
        retriever.scores = {"data": data, "indices": indices, "indptr": indptr,
                            "num_docs": self.size}
        retriever.vocab_dict = self._vocab
        retriever.nonoccurrence_array = None
        self._bm25 = retriever

    def search(self, query_tokens: list[str], k: int) -> list[tuple[int, float]]:
        """Top ``k`` passages as ``(position, score)``, best first; only positive scores.

        Args:
            query_tokens: analysed query tokens (duplicates count, as in rank-bm25).
            k: how many to return at most.
        """
        scores = self.scores(query_tokens)
        return [] if scores is None or k <= 0 else top_k(scores, k)

    def scores(self, query_tokens: list[str]) -> np.ndarray | None:
        """Every passage's score, in position order (None when nothing can score)."""
        ids = [self._vocab[t] for t in query_tokens if t in self._vocab] if self._bm25 else []
        return self._bm25.get_scores_from_ids(ids) if ids else None


def bm25_matrix(
    token_lists: Sequence[list[str]], k1: float = 1.5, b: float = 0.75, epsilon: float = 0.25
) -> dict:
    """The sparse engine's CSC arrays (one column per term) of
    ``idf × tf·(k1+1) / (tf + k1·norm)``, as a generation stores them.

    Returns:
        ``{"params": {"k1", "b", "epsilon", "filler"}, "data": float32, "indices": int32
        passage positions, "indptr": int64}``; columns follow the tokens' vocabulary, plus
        ``""`` at the end when ``filler`` (rank-bm25 indexes an empty passage as ``[""]``).
    """
    tokens = TokenLists.from_lists(token_lists)
    vocabulary, tf = _term_counts(tokens, empty_as="")
    n = len(tokens)
    lengths = np.asarray(tf.sum(axis=1)).ravel()
    df = np.diff(tf.indptr)
    idf = _okapi_idf(df, n, epsilon)
    terms = np.repeat(np.arange(len(vocabulary)), df)
    docs = tf.indices
    counts = tf.data.astype(np.float64)
    norm = k1 * (1 - b + b * lengths[docs] / lengths.mean())
    data = (idf[terms] * counts * (k1 + 1) / (counts + norm)).astype(np.float32)
    params = {"k1": k1, "b": b, "epsilon": epsilon,
              "filler": len(vocabulary) > len(tokens.vocabulary)}
    return {"params": params, "data": data, "indices": docs.astype(np.int32),
            "indptr": tf.indptr.astype(np.int64)}


def _columns(tokens: TokenLists, params: dict) -> list[str]:
    """The term of each column of a ``bm25_matrix`` of ``tokens``."""
    return [*tokens.vocabulary, ""] if params.get("filler") else list(tokens.vocabulary)


def _term_counts(
    tokens: TokenLists, empty_as: str | None = None
) -> tuple[list[str], sparse.csc_matrix]:
    """Term counts as a passage-by-term CSC matrix (rows sorted within each column).

    Args:
        tokens: the passages' token ids.
        empty_as: a token to count once in each empty passage (rank-bm25 indexes an
            empty passage as ``[""]``), or None to leave empty passages empty.

    Returns:
        The vocabulary (column order) and the counts.
    """
    vocabulary, ids, offsets = tokens.vocabulary, tokens.ids, tokens.offsets
    empty = np.flatnonzero(np.diff(offsets) == 0)
    if empty_as is not None and empty.size:
        if empty_as in vocabulary:
            filler = vocabulary.index(empty_as)
        else:
            vocabulary, filler = [*vocabulary, empty_as], len(vocabulary)
        ids = np.insert(ids, offsets[empty], filler)
        offsets = offsets + np.searchsorted(empty, np.arange(len(offsets)), side="left")
    # The ids already are a CSR matrix (passage rows); scipy's CSR→CSC conversion is a
    # counting sort, O(tokens), where np.unique over (term, passage) pairs sorted 5M keys.
    shape = (len(offsets) - 1, len(vocabulary))
    counts = sparse.csr_matrix((np.ones(ids.size, np.int32), ids, offsets), shape=shape).tocsc()
    counts.sum_duplicates()
    return vocabulary, counts


def document_frequency(token_lists: Sequence[list[str]]) -> Counter[str]:
    """How many passages contain each token."""
    tokens = TokenLists.from_lists(token_lists)
    vocabulary, counts = _term_counts(tokens)
    return Counter(dict(zip(vocabulary, np.diff(counts.indptr).tolist())))


def _okapi_idf(df: np.ndarray, n: int, epsilon: float) -> np.ndarray:
    """rank-bm25's IDF: ``log((n - df + .5) / (df + .5))``, negatives set to ``ε × mean``."""
    idf = np.log(n - df + 0.5) - np.log(df + 0.5)
    floor = epsilon * idf.mean() if idf.size else 0.0
    return np.where(idf < 0, floor, idf)


def make_lexical_engine(
    token_lists: Sequence[list[str]],
    engine: str = "auto",
    threshold: int = SPARSE_THRESHOLD,
    stored: dict | None = None,
) -> RankBM25Engine | SparseBM25Engine:
    """The BM25 engine for ``token_lists``.

    Args:
        token_lists: analysed tokens of each passage.
        engine: ``"rank-bm25"`` (reference), ``"bm25s"`` (sparse matrix) or ``"auto"``:
            the sparse engine above ``threshold`` passages (or when ``stored`` is given),
            the reference below.
        threshold: passage count above which ``"auto"`` picks the sparse engine.
        stored: the generation's stored ``bm25_matrix``, used instead of building one.

    Raises:
        ValueError: ``engine`` is not one of ``ENGINES``.
    """
    if engine not in ENGINES:
        raise ValueError(f"Unknown BM25 engine {engine!r}; choose one of {', '.join(ENGINES)}.")
    if engine == "bm25s" or (engine == "auto" and (len(token_lists) > threshold or stored)):
        return SparseBM25Engine(token_lists, stored=stored)
    return RankBM25Engine(token_lists)


def top_k(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """Positions and scores of the ``k`` highest positive scores, best first, ties by position."""
    positive = np.flatnonzero(scores > 0)
    if positive.size == 0:
        return []
    if positive.size > k:
        part = np.argpartition(-scores[positive], k - 1)[:k]
        positive = positive[part]
    positive.sort()  # then a stable sort by score keeps ties in position order
    order = positive[np.argsort(-scores[positive], kind="stable")]
    return list(zip(order.tolist(), scores[order].astype(np.float64).tolist()))
