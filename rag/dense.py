"""Dense retrieval: cosine similarity of unit vectors with FAISS.

Below ``ann_threshold`` vectors the search is exact (``IndexFlatIP``); above it an HNSW
graph keeps latency flat at the cost of a measured, small recall loss.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import faiss
import numpy as np


@contextmanager
def single_thread() -> Iterator[None]:
    """Run FAISS on one OpenMP thread in this thread only (the setting is per thread).

    One query vector gains nothing from a parallel scan, and on two shared cores the second
    thread's barrier made a 100k flat search 43 ms instead of 10 (bench/RESULTS.md).
    """
    previous = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(previous)


class VectorIndex:
    """Inner-product search over L2-normalised vectors (inner product = cosine)."""

    def __init__(self, vectors: np.ndarray, ann_threshold: int = 200_000) -> None:
        """Index ``vectors`` of shape ``(n, dimension)``, float32, rows of unit length."""
        self.size, self.dimension = vectors.shape
        if self.size > ann_threshold:
            index = faiss.IndexHNSWFlat(self.dimension, 32, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = 80
            index.hnsw.efSearch = 128
            self.kind = "hnsw"
        else:
            index = faiss.IndexFlatIP(self.dimension)
            self.kind = "flat"
        if self.size:
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        self._index = index

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Top ``k`` positions and cosine scores for one query vector, best first.

        FAISS pads with id -1 when ``k`` exceeds the index size; those are dropped.
        """
        if self.size == 0 or k <= 0:
            return []
        with single_thread():
            scores, ids = self._index.search(
                query.reshape(1, -1).astype(np.float32), min(k, self.size)
            )
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
