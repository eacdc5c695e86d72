"""Dense retrieval: cosine similarity of unit vectors with FAISS.

Up to ``ann_threshold`` vectors every vector is scored (``IndexFlatIP``, made at load in a
fraction of a second; above ``HALF_PRECISION_ABOVE`` from fp16 copies, which halves the
memory a scan reads). Above it the search goes through an inverted file (IVF with fp16
vectors) that scans only the clusters nearest the query; it is trained when the generation
is built and stored with it (``rag.ann``), so a server loads it instead of training it.
A generation written before the index was stored gets one trained at load, as before.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import faiss
import numpy as np

from rag import ann as ann_index
from rag.ann import StoredAnn, ivf_lists

__all__ = ["VectorIndex", "ivf_lists", "single_thread"]

log = logging.getLogger(__name__)


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


#: Above this many vectors the exact scan reads fp16 copies: at 100k passages a query took
#: 6.3 ms instead of 10.0, with recall@10 0.998 against float32 (bench/RESULTS.md).
HALF_PRECISION_ABOVE = 50_000


class VectorIndex:
    """Inner-product search over L2-normalised vectors (inner product = cosine).

    Attributes:
        kind: ``"flat"`` (exact) or ``"ivf"``.
        ann: the IVF index when ``kind`` is ``"ivf"`` (stored or trained at load).
    """

    def __init__(
        self,
        vectors: np.ndarray,
        ann_threshold: int = 200_000,
        stored: StoredAnn | None = None,
        half_above: int | None = HALF_PRECISION_ABOVE,
    ) -> None:
        """Index ``vectors`` of shape ``(n, dimension)``, float32, rows of unit length.

        Args:
            vectors: the passages' vectors, in position order.
            ann_threshold: above this many vectors, search an IVF index.
            stored: the generation's trained IVF index; used whatever the threshold.
            half_above: above this many vectors (and up to ``ann_threshold``) the scan reads
                fp16 copies of the vectors; None keeps float32 (an exact baseline).
        """
        self.size, self.dimension = vectors.shape
        self.ann: StoredAnn | None = None
        self._index: faiss.Index | None = None
        if stored is not None and stored.index.ntotal == self.size:
            self.ann = stored
        elif self.size > ann_threshold:
            log.info("No stored ANN index for %d vectors: training one at load", self.size)
            self.ann = ann_index.build(vectors)
        elif half_above is not None and self.size > half_above:
            # A scan of every vector is bound by memory bandwidth: fp16 halves the bytes read.
            self._index = faiss.IndexScalarQuantizer(
                self.dimension, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
            self._index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        else:
            self._index = faiss.IndexFlatIP(self.dimension)
            if self.size:
                self._index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        self.kind = ("ivf" if self.ann is not None
                     else "flat" if isinstance(self._index, faiss.IndexFlat) else "flat-fp16")
        self._positions = self.ann.positions() if self.ann is not None else None

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Top ``k`` positions and cosine scores for one query vector, best first.

        FAISS pads with id -1 when ``k`` exceeds what it finds; those are dropped.
        """
        if self.size == 0 or k <= 0:
            return []
        k = min(k, self.size)
        with single_thread():
            if self.ann is not None:
                return ann_index.search(self.ann, self._positions, query, k)
            scores, ids = self._index.search(query.reshape(1, -1).astype(np.float32), k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def search_within(self, query: np.ndarray, positions: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Top ``k`` of the passages at ``positions`` only, through a FAISS id selector: the
        flat index scores every passage as usual and keeps only these; the IVF index scans
        the clusters nearest the query and skips the others."""
        if self.size == 0 or not len(positions) or k <= 0:
            return []
        k = min(k, len(positions))
        vector = query.reshape(1, -1).astype(np.float32)
        if self.ann is None:
            params = faiss.SearchParameters(sel=_bitmap(positions, self.size))
            with single_thread():
                scores, ids = self._index.search(vector, k, params=params)
            return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
        selector = _bitmap(self.ann.ids[positions], len(self._positions))
        params = faiss.SearchParametersIVF(sel=selector, nprobe=int(self.ann.index.nprobe))
        with single_thread():
            scores, ids = self.ann.index.search(vector, k, params=params)
        table = self._positions
        return [(int(table[i]), float(s)) for i, s in zip(ids[0], scores[0])
                if 0 <= i < len(table) and table[i] >= 0]

    @property
    def nprobe(self) -> int | None:
        """Clusters scanned per query (None for an exact index)."""
        return None if self.ann is None else int(self.ann.index.nprobe)

    @nprobe.setter
    def nprobe(self, value: int) -> None:
        if self.ann is not None:
            self.ann.index.nprobe = value


def _bitmap(ids: np.ndarray, size: int) -> faiss.IDSelectorBitmap:
    """A FAISS selector of ``ids`` (each below ``size``) as a bitmap: built in about a
    millisecond for a million ids, where a hashed id batch took 35 ms."""
    members = np.zeros(size, dtype=bool)
    members[ids] = True
    return faiss.IDSelectorBitmap(np.packbits(members, bitorder="little"))
