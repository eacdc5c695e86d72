"""Dense retrieval: cosine similarity of unit vectors with FAISS.

Below ``ann_threshold`` vectors the search is exact (``IndexFlatIP``). Above it an inverted
file (``IndexIVFFlat``) scans only the clusters nearest the query: it trains in seconds on
two cores where HNSW took minutes, and its recall is set by one number, ``nprobe``
(measured recall@10 vs exact in bench/RESULTS.md).
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
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if self.size > ann_threshold:
            index = _inverted_file(vectors)
            self.kind = "ivf"
        else:
            index = faiss.IndexFlatIP(self.dimension)
            self.kind = "flat"
        if self.size:
            index.add(vectors)
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


def ivf_lists(n: int) -> int:
    """Clusters for ``n`` vectors: the power of two nearest sqrt(n) (1024 at 1M)."""
    return max(16, 2 ** round(np.log2(max(n, 1)) / 2))


def _inverted_file(vectors: np.ndarray, seed: int = 0) -> faiss.IndexIVFFlat:
    """An untrained-then-trained IVF index for ``vectors`` (not yet added).

    k-means is trained on 40 vectors per cluster (FAISS's own lower bound is 39), sampled
    with a fixed seed so a rebuild of the same vectors gives the same index. ``nprobe``
    scans an eighth of the clusters: recall@10 ≥ 0.98 on the bench's 1M vectors, still
    a tenth of a flat scan's work.
    """
    n, dimension = vectors.shape
    nlist = ivf_lists(n)
    quantizer = faiss.IndexFlatIP(dimension)
    index = faiss.IndexIVFFlat(quantizer, dimension, nlist, faiss.METRIC_INNER_PRODUCT)
    rng = np.random.default_rng(seed)
    sample = vectors[np.sort(rng.choice(n, size=min(n, 40 * nlist), replace=False))]
    index.train(sample)
    index.nprobe = max(1, nlist // 8)
    return index
