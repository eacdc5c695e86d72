"""Lexical retrieval: BM25 over the analysed Indonesian tokens of each passage.

rank-bm25's ``BM25Okapi`` is the reference engine. It is rebuilt from the stored token
lists at load time, so the token lists (``tokens.json``) are the on-disk BM25 index and no
pickled object is ever loaded.
"""

from __future__ import annotations

import numpy as np
from rank_bm25 import BM25Okapi


class RankBM25Engine:
    """Okapi BM25 (k1=1.5, b=0.75, rank-bm25's defaults) over pre-analysed token lists."""

    name = "rank-bm25"

    def __init__(self, token_lists: list[list[str]]) -> None:
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
        if self._bm25 is None or not query_tokens or k <= 0:
            return []
        scores = np.asarray(self._bm25.get_scores(query_tokens), dtype=np.float64)
        return top_k(scores, k)


def top_k(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """Positions and scores of the ``k`` highest positive scores, best first, ties by position."""
    positive = np.flatnonzero(scores > 0)
    if positive.size == 0:
        return []
    if positive.size > k:
        part = np.argpartition(-scores[positive], k - 1)[:k]
        positive = positive[part]
    order = sorted(positive.tolist(), key=lambda i: (-scores[i], i))
    return [(i, float(scores[i])) for i in order]
