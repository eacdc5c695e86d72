"""What a large generation stores besides its data: the trained ANN index (verified, loaded
rather than retrained, extended by incremental rebuilds) and the BM25 matrix."""

from __future__ import annotations

import numpy as np
import pytest

from bench.stand_in import HashEmbedder
from rag import ann as ann_index
from rag.config import Settings
from rag.errors import IndexCorruptError
from rag.indexing import build_index
from rag.retrieval import SearchIndex
from rag.store import list_generations, load_generation_dir, load_serving
from tests.conftest import copy_corpus


@pytest.fixture()
def small_threshold(tmp_path) -> Settings:
    """The shipped corpus (49 passages) counted as 'large': the ANN threshold is 10."""
    return Settings(corpus_dir=copy_corpus(tmp_path / "corpus"), index_dir=tmp_path / "index",
                    ann_threshold=10)


def test_a_generation_above_the_threshold_stores_its_trained_index_with_measured_recall(
        small_threshold):
    build_index(small_threshold, embedder=HashEmbedder(), progress=False)
    data = load_serving(small_threshold.index_dir)
    record = data.manifest["ann"]
    assert data.ann is not None and record["retrained"] and record["nlist"] == 16
    assert 0.0 <= record["recall_at_10"] <= 1.0
    assert {"ann.faiss", "ann_ids.npy"} <= set(data.manifest["files"])


def test_the_server_loads_the_stored_index_instead_of_training_one(small_threshold, monkeypatch):
    build_index(small_threshold, embedder=HashEmbedder(), progress=False)
    data = load_serving(small_threshold.index_dir)
    monkeypatch.setattr(ann_index, "build", lambda *a, **k: pytest.fail("retrained at load"))
    index = SearchIndex(data, small_threshold)
    assert index.dense.kind == "ivf"
    assert index.dense.search(np.asarray(data.vectors[3]), 1)[0][0] == 3


def test_a_damaged_stored_index_is_refused(small_threshold):
    build_index(small_threshold, embedder=HashEmbedder(), progress=False)
    folder = list_generations(small_threshold.index_dir)[0]
    path = folder / "ann.faiss"
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(IndexCorruptError, match="ann.faiss is damaged"):
        load_generation_dir(folder)


def test_an_incremental_rebuild_adds_to_the_stored_index_without_retraining(small_threshold):
    embedder = HashEmbedder()
    build_index(small_threshold, embedder=embedder, progress=False)
    before = load_serving(small_threshold.index_dir)
    changed = min(small_threshold.corpus_dir.glob("*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\nPetugas berjaga.\n", "utf-8")
    report = build_index(small_threshold, embedder=embedder, progress=False)
    after = load_serving(small_threshold.index_dir)
    assert report.embedded > 0 and after.manifest["ann"]["retrained"] is False
    assert after.ann.index.ntotal == len(after.chunks)
    # Unchanged passages keep their FAISS ids; the changed article's passages get new ones.
    old_ids = {c.chunk_id: i for c, i in zip(before.chunks, before.ann.ids)}
    new_ids = dict(zip((c.chunk_id for c in after.chunks), after.ann.ids))
    same = [c for c in after.chunks if c.doc_id != changed.stem and c.chunk_id in old_ids]
    assert same and all(new_ids[c.chunk_id] == old_ids[c.chunk_id] for c in same)
    index = SearchIndex(after, small_threshold)
    for position in range(len(after.chunks)):
        assert index.dense.search(np.asarray(after.vectors[position]), 1)[0][0] == position


def _clustered(n: int, centres: np.ndarray, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    vectors = centres[rng.integers(0, len(centres), n)] + rng.normal(0, 0.2, (n, 32))
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def test_vectors_that_no_longer_fit_the_clusters_trigger_retraining():
    centres = np.random.default_rng(0).standard_normal((20, 32))
    vectors = _clustered(1_500, centres, 1)  # 1,500 and 1,600 vectors: both 32 clusters
    trained = ann_index.build(vectors)
    kept = np.concatenate([np.arange(1_500), np.full(100, -1)])
    similar = ann_index.build(np.vstack([vectors, _clustered(100, centres, 2)]), trained, kept)
    assert similar.record["retrained"] is False
    assert similar.record["added_fit"] >= trained.record["fit"] - ann_index.DRIFT
    elsewhere = np.random.default_rng(3).standard_normal((20, 32))
    drifted = ann_index.build(np.vstack([vectors, _clustered(100, elsewhere, 4)]), trained, kept)
    assert drifted.record["retrained"] is True


def test_the_cluster_count_follows_the_size_so_a_much_larger_corpus_retrains():
    centres = np.random.default_rng(0).standard_normal((20, 32))
    trained = ann_index.build(_clustered(1_000, centres, 1))
    grown = _clustered(20_000, centres, 2)
    kept = np.concatenate([np.arange(1_000), np.full(19_000, -1)])
    rebuilt = ann_index.build(grown, trained, kept)
    assert rebuilt.record["retrained"] and rebuilt.record["nlist"] == ann_index.ivf_lists(20_000)


def test_a_large_generation_stores_its_bm25_matrix_and_the_server_ranks_alike(
        small_threshold, monkeypatch):
    from rag import indexing
    from rag.lexical import SparseBM25Engine, document_frequency

    monkeypatch.setattr(indexing, "SPARSE_THRESHOLD", 10)
    build_index(small_threshold, embedder=HashEmbedder(), progress=False)
    data = load_serving(small_threshold.index_dir)
    assert data.bm25 is not None and {"bm25_data.npy", "bm25_indptr.npy"} <= set(
        data.manifest["files"])
    stored = SearchIndex(data, small_threshold)
    built = SparseBM25Engine(data.tokens)
    for query in (["lapas", "apel"], ["netralitas"], ["rutan", "blora", "anggaran"]):
        assert stored.lexical.search(query, 10) == built.search(query, 10)
    expected = document_frequency(data.tokens)
    assert {t: stored.document_frequency[t] for t in expected if t} == {
        t: n for t, n in expected.items() if t}


def test_a_damaged_bm25_matrix_is_refused(small_threshold, monkeypatch):
    from rag import indexing

    monkeypatch.setattr(indexing, "SPARSE_THRESHOLD", 10)
    build_index(small_threshold, embedder=HashEmbedder(), progress=False)
    folder = list_generations(small_threshold.index_dir)[0]
    path = folder / "bm25_data.npy"
    raw = bytearray(path.read_bytes())
    raw[-3] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(IndexCorruptError, match="bm25_data.npy is damaged"):
        load_generation_dir(folder)
