"""Peers measured side by side with tanya-pas on the same passages and questions.

txtai's hybrid index (BM25 + dense vectors, its own fusion) gets the very vectors our
generation stores and the same model for questions: its ``external`` vector method is
handed a function that returns the stored vector of a passage and encodes anything else
(a question) with our embedder. Build time, query time and memory are its own.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np


def txtai_side_by_side(index_dir: Path, qs: list[dict], embedder, rounds: int = 2) -> dict | None:
    """Build txtai's hybrid index over the generation in ``index_dir`` and query it.

    Returns:
        ``{"chunks", "build_s", "p50", "p95", "rss_mb"}``, or None when txtai is not
        installed (it is in the ``bench`` extra).
    """
    try:
        from txtai import Embeddings
    except ImportError:
        return None
    from bench.run import percentiles, rss_mb
    from rag.store import load_serving

    data = load_serving(index_dir)
    titles = {a.doc_id: a.title for a in data.articles}
    texts = [f"{titles[c.doc_id]}. {c.text}" for c in data.chunks]
    stored = {text: i for i, text in enumerate(texts)}
    vectors = np.asarray(data.vectors, dtype=np.float32)
    data = None

    def transform(inputs: list[str]) -> np.ndarray:
        """Stored vectors for passages, the model's query vectors for anything else."""
        rows = [stored.get(t) for t in inputs]
        if all(r is not None for r in rows):
            return vectors[rows]
        return embedder.encode(list(inputs), kind="query")

    before = rss_mb()
    peer = Embeddings(method="external", transform=transform, hybrid=True, content=True)
    started = time.perf_counter()
    peer.index((i, text, None) for i, text in enumerate(texts))
    build_s = time.perf_counter() - started
    rss = rss_mb() - before
    latencies = []
    for _ in range(rounds):
        for q in qs:
            started = time.perf_counter()
            peer.search(q["question"], 30)
            latencies.append((time.perf_counter() - started) * 1000)
    p50, p95, _ = percentiles(latencies)
    peer.close()
    return {"chunks": len(texts), "build_s": build_s, "p50": p50, "p95": p95, "rss_mb": rss}
