"""The stored approximate vector index: trained when a generation is built, loaded at start.

Above ``Settings.ann_threshold`` passages a flat scan costs tens of milliseconds a question
and training an inverted file at every start cost seconds, so the build trains one and the
generation stores it (``ann.faiss``, plus ``ann_ids.npy``: the FAISS id of each passage),
checksummed like every other file. Below the threshold nothing is stored and the server
scans exactly (``rag.dense``).

The index is IVF with fp16 vectors (FAISS ``IVF<nlist>,SQfp16``): half the memory of
``IVF,Flat`` and no slower on this CPU (bench/RESULTS.md), with recall@10 against exact
search measured at every build and recorded in the manifest.

Incremental rebuilds keep the trained centroids and the stored vectors of unchanged
passages: removed passages' ids are deleted, new ones added. FAISS ids are therefore not
positions; ``ann_ids.npy`` maps positions to them. The centroids are retrained when the
data no longer fit them: when the new vectors sit clearly farther from their nearest
centroid than the training vectors did (``DRIFT``), or when the corpus size calls for
another number of clusters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import faiss
import numpy as np

#: FAISS index description; ``{nlist}`` is filled from the corpus size.
FACTORY = "IVF{nlist},SQfp16"
#: Retrain when new vectors' mean cosine to their nearest centroid falls this far below the
#: training vectors' (bench/RESULTS.md measures the fit of in- and out-of-distribution adds).
DRIFT = 0.02
#: Training sample: 40 vectors per cluster (FAISS warns below 39).
TRAIN_PER_LIST = 40
#: Stored vectors used as queries when recall@10 against exact search is measured.
RECALL_QUERIES = 100
FILES = ("ann.faiss", "ann_ids.npy")


@dataclass
class StoredAnn:
    """A trained IVF index and what the manifest says about it.

    Attributes:
        index: the FAISS index, searched with ``nprobe`` from ``record``.
        ids: int64, the FAISS id of each passage position.
        record: ``factory``, ``nlist``, ``nprobe``, ``trained_on`` (vectors when trained),
            ``fit`` (their mean cosine to the nearest centroid), ``added_fit`` (the same for
            the last vectors added without retraining), ``retrained`` (this build trained),
            ``recall_at_10`` (against exact search, ``RECALL_QUERIES`` stored vectors).
    """

    index: faiss.IndexIVF
    ids: np.ndarray
    record: dict = field(default_factory=dict)

    def positions(self) -> np.ndarray:
        """FAISS id → passage position (-1 for ids no passage holds)."""
        table = np.full(int(self.ids.max(initial=-1)) + 1, -1, dtype=np.int64)
        table[self.ids] = np.arange(len(self.ids), dtype=np.int64)
        return table


def ivf_lists(n: int) -> int:
    """Clusters for ``n`` vectors: the power of two nearest sqrt(n) (1024 at 1M)."""
    return max(16, 2 ** round(np.log2(max(n, 1)) / 2))


def default_nprobe(nlist: int) -> int:
    """Clusters scanned per query: a quarter. On 1M e5-like vectors with the bench's 174
    questions an eighth gave recall@10 0.948 (15 ms), a quarter 0.980 (28 ms); the answer
    budget has room for the second (bench/RESULTS.md, nprobe sweep)."""
    return max(1, nlist // 4)


def build(
    vectors: np.ndarray,
    previous: StoredAnn | None = None,
    kept: np.ndarray | None = None,
    seed: int = 0,
) -> StoredAnn:
    """The ANN index of ``vectors``, reusing ``previous`` when its clusters still fit.

    Args:
        vectors: ``(n, d)`` unit float32 vectors, in passage order.
        previous: the serving generation's index, if any.
        kept: for each position, the previous position of the same unchanged passage, or
            -1 for a new or changed one (required with ``previous``).
        seed: sampling seed for training (a rebuild of the same vectors is identical).
    """
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if previous is not None and kept is not None:
        updated = _update(previous, vectors, kept)
        if updated is not None:
            return updated
    return _train(vectors, seed)


def _train(vectors: np.ndarray, seed: int) -> StoredAnn:
    n, dimension = vectors.shape
    nlist = ivf_lists(n)
    index = faiss.index_factory(dimension, FACTORY.format(nlist=nlist), faiss.METRIC_INNER_PRODUCT)
    rng = np.random.default_rng(seed)
    sample = vectors[np.sort(rng.choice(n, size=min(n, TRAIN_PER_LIST * nlist), replace=False))]
    index.train(sample)
    ids = np.arange(n, dtype=np.int64)
    index.add_with_ids(vectors, ids)
    index.nprobe = default_nprobe(nlist)
    record = {"factory": FACTORY.format(nlist=nlist), "nlist": nlist, "nprobe": index.nprobe,
              "trained_on": n, "fit": centroid_fit(index, sample), "added_fit": None,
              "retrained": True}
    ann = StoredAnn(index, ids, record)
    ann.record["recall_at_10"] = self_recall(ann, vectors, seed)
    return ann


def _update(previous: StoredAnn, vectors: np.ndarray, kept: np.ndarray) -> StoredAnn | None:
    """``previous`` minus dropped passages plus new ones; None when it should be retrained."""
    n = len(vectors)
    if previous.index.d != vectors.shape[1] or ivf_lists(n) != previous.record.get("nlist"):
        return None
    new = np.flatnonzero(kept < 0)
    fit = centroid_fit(previous.index, vectors[new]) if len(new) else None
    if fit is not None and fit < previous.record["fit"] - DRIFT:
        return None
    index = faiss.clone_index(previous.index)
    ids = np.empty(n, dtype=np.int64)
    reused = kept >= 0
    ids[reused] = previous.ids[kept[reused]]
    dropped = np.setdiff1d(previous.ids, ids[reused], assume_unique=True)
    if len(dropped):
        index.remove_ids(dropped)
    ids[new] = np.arange(len(new), dtype=np.int64) + int(previous.ids.max(initial=-1)) + 1
    if len(new):
        index.add_with_ids(vectors[new], ids[new])
    index.nprobe = previous.record["nprobe"]
    record = {**previous.record, "added_fit": fit, "retrained": False}
    ann = StoredAnn(index, ids, record)
    ann.record["recall_at_10"] = self_recall(ann, vectors, 0)
    return ann


def centroid_fit(index: faiss.IndexIVF, vectors: np.ndarray) -> float:
    """Mean cosine of ``vectors`` to their nearest centroid: how well the clusters fit them."""
    if len(vectors) == 0:
        return float("nan")
    scores, _ = faiss.extract_index_ivf(index).quantizer.search(
        np.ascontiguousarray(vectors, dtype=np.float32), 1)
    return float(scores[:, 0].mean())


def search(ann: StoredAnn, positions: np.ndarray, query: np.ndarray, k: int
           ) -> list[tuple[int, float]]:
    """Top ``k`` (position, cosine) for one query; ``positions`` is ``ann.positions()``."""
    scores, ids = ann.index.search(query.reshape(1, -1).astype(np.float32), k)
    return [(int(positions[i]), float(s)) for i, s in zip(ids[0], scores[0])
            if 0 <= i < len(positions) and positions[i] >= 0]


def self_recall(ann: StoredAnn, vectors: np.ndarray, seed: int,
                queries: int = RECALL_QUERIES) -> float:
    """Recall@10 of ``ann`` against exact search, with stored vectors as the queries."""
    rng = np.random.default_rng(seed + 1)
    sample = vectors[rng.choice(len(vectors), size=min(queries, len(vectors)), replace=False)]
    return recall_at_10(ann, vectors, sample)


def recall_at_10(ann: StoredAnn, vectors: np.ndarray, queries: np.ndarray) -> float:
    """Mean share of the exact top 10 (by inner product over ``vectors``) that ``ann`` finds."""
    exact = faiss.IndexFlatIP(vectors.shape[1])
    exact.add(vectors)
    _, truth = exact.search(np.ascontiguousarray(queries, dtype=np.float32), 10)
    positions = ann.positions()
    found = [{p for p, _ in search(ann, positions, q, 10)} for q in queries]
    return float(np.mean([len(f & set(t)) / 10 for f, t in zip(found, truth)]))


def write(folder: Path, ann: StoredAnn) -> None:
    """Write ``ann.faiss`` and ``ann_ids.npy`` into ``folder`` (the store checksums them)."""
    faiss.write_index(ann.index, str(folder / "ann.faiss"))
    np.save(folder / "ann_ids.npy", ann.ids.astype(np.int64), allow_pickle=False)


def read(folder: Path, record: dict) -> StoredAnn:
    """Read what ``write`` wrote; ``record`` is the manifest's ``ann``.

    Raises:
        ValueError: the files are not an IVF index and an id array of equal size.
    """
    try:
        index = faiss.read_index(str(folder / "ann.faiss"))
    except RuntimeError as exc:
        raise ValueError(f"ann.faiss unreadable ({exc})") from exc
    ids = np.load(folder / "ann_ids.npy", allow_pickle=False)
    if not isinstance(index, faiss.IndexIVF) or ids.dtype != np.int64 or ids.ndim != 1:
        raise ValueError("ann.faiss is not an IVF index or ann_ids.npy is not int64 ids")
    if index.ntotal != len(ids):
        raise ValueError(f"ann.faiss holds {index.ntotal} vectors, ann_ids.npy {len(ids)}")
    index.nprobe = int(record.get("nprobe", default_nprobe(index.nlist)))
    return StoredAnn(index, ids, dict(record))
