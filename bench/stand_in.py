"""A stand-in model for builds too large to embed with the real one on two cores."""

from __future__ import annotations

import hashlib
import time

import numpy as np

from rag.embedding import Kind


class HashEmbedder:
    """Deterministic unit vectors from a hash of the text, at almost no cost.

    A ``rag.embedding.TextEncoder``: it records itself in a manifest as engine ``"bench"``,
    backend ``"hash"``, so no generation it built is ever taken for the real model's.
    Full builds of 10k articles (~70k passages) with the real model take about an hour on
    two cores; the stand-in measures everything else the build does, and the real model's
    share is added from its measured rate.

    Attributes:
        seconds: time spent encoding so far (subtracted from build times).
    """

    name = "bench:hash"
    engine = "bench"
    backend = "hash"
    dimension = 384

    def __init__(self) -> None:
        self.seconds = 0.0

    def encode(self, texts: list[str], kind: Kind = "passage",
               show_progress: bool = False) -> np.ndarray:
        """One hash-seeded Gaussian unit vector per text (``kind`` is ignored)."""
        start = time.perf_counter()
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            seed = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
            out[i] = np.random.default_rng(seed).standard_normal(self.dimension)
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        self.seconds += time.perf_counter() - start
        return out
