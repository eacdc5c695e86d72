"""The approximate vector index (IVF) finds what exact search (IndexFlatIP), the oracle, finds."""

from __future__ import annotations

import numpy as np

from rag.dense import VectorIndex, ivf_lists


def _clustered(n: int, seed: int = 0) -> np.ndarray:
    """Unit vectors around 40 centres: passage embeddings cluster by topic, random ones don't."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((40, 64)).astype(np.float32)
    vectors = centres[rng.integers(0, 40, n)] + rng.normal(0, 0.3, (n, 64)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_ivf_is_chosen_above_the_threshold_and_recalls_what_exact_search_finds():
    vectors = _clustered(20_000)
    queries = _clustered(50, seed=1)
    ivf = VectorIndex(vectors, ann_threshold=10_000)
    exact = VectorIndex(vectors, ann_threshold=20_000)
    assert (ivf.kind, exact.kind) == ("ivf", "flat")
    recall = np.mean([
        len({i for i, _ in ivf.search(q, 10)} & {i for i, _ in exact.search(q, 10)}) / 10
        for q in queries
    ])
    assert recall >= 0.95


def test_ivf_scores_are_cosines_to_fp16_precision_best_first():
    vectors = _clustered(5_000)
    ivf = VectorIndex(vectors, ann_threshold=0)
    hits = ivf.search(vectors[7], 5)
    # The IVF stores fp16 vectors (half the memory): scores are cosines to ~1e-3.
    assert hits[0][0] == 7 and abs(hits[0][1] - 1.0) < 2e-3
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True)
    for i, score in hits:
        assert abs(score - float(vectors[i] @ vectors[7])) < 2e-3


def test_ivf_drops_faiss_padding_when_k_exceeds_what_the_probed_lists_hold():
    vectors = _clustered(300)
    ivf = VectorIndex(vectors, ann_threshold=0)
    hits = ivf.search(vectors[0], 300)
    assert hits and all(i >= 0 for i, _ in hits) and len({i for i, _ in hits}) == len(hits)


def test_cluster_count_grows_with_the_square_root_of_the_size():
    assert ivf_lists(1_000_000) == 1024
    assert ivf_lists(250_000) == 512
    assert ivf_lists(10) == 16


def test_a_large_exact_scan_reads_fp16_copies_and_finds_what_float32_finds():
    vectors = _clustered(5_000)
    queries = _clustered(50, seed=2)
    half = VectorIndex(vectors, ann_threshold=20_000, half_above=1_000)
    exact = VectorIndex(vectors, ann_threshold=20_000, half_above=None)
    assert (half.kind, exact.kind) == ("flat-fp16", "flat")
    recall = np.mean([
        len({i for i, _ in half.search(q, 10)} & {i for i, _ in exact.search(q, 10)}) / 10
        for q in queries
    ])
    assert recall >= 0.98
    # Restricted to some passages, it returns only those, best first.
    positions = np.arange(0, 5_000, 7)
    hits = half.search_within(queries[0], positions, 10)
    assert len(hits) == 10 and all(i % 7 == 0 for i, _ in hits)
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
