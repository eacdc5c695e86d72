"""Choosing the embedding model: any local sentence-transformers folder, never a download."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from rag.config import PROJECT_ROOT
from rag.embedding import Embedder, resolve_model_path
from rag.errors import ModelLoadError

pytestmark = pytest.mark.slow


def test_bundled_model_resolves_to_a_local_folder():
    from pathlib import Path

    from rag.config import BUNDLED_MODEL

    assert Path(resolve_model_path(BUNDLED_MODEL)).is_dir()


def test_model_given_as_a_local_path_loads_and_encodes(embedder):
    from rag.config import BUNDLED_MODEL

    by_path = Embedder(resolve_model_path(BUNDLED_MODEL))
    vectors = by_path.encode(["apel siaga nataru"])
    assert vectors.shape == (1, embedder.dimension)
    assert abs(float((vectors[0] * embedder.encode(["apel siaga nataru"])[0]).sum()) - 1.0) < 1e-4


def test_unknown_model_name_fails_offline_with_a_clear_error():
    with pytest.raises(ModelLoadError, match="offline"):
        Embedder("no-such-org/no-such-model")


def test_build_with_a_missing_model_exits_with_a_message_not_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "rag", "build", "--corpus", str(PROJECT_ROOT / "corpus"),
         "--index", str(tmp_path / "index"), "--model", str(tmp_path / "missing-model")],
        check=False, capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT,
    )
    assert result.returncode == 1
    assert "Cannot load embedding model" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "index" / "CURRENT").exists()


# ---------------------------------------------------------------- embedding backends


@pytest.fixture(scope="module")
def int8_embedder():
    """The bundled model as OpenVINO int8 (quantised into the cache on first use)."""
    from rag.config import BUNDLED_MODEL
    from rag.embedding import get_embedder

    return get_embedder(BUNDLED_MODEL, backend="openvino-int8")


PASSAGES = [
    "Jajaran Bapas Pangkalpinang mengikuti apel siaga Nataru dan deklarasi netralitas.",
    "Lapas Kalabahi menggelar ibadah Natal bagi warga binaan pemasyarakatan.",
    "The prison held a neutrality pledge ahead of the 2024 general election.",
]


def test_int8_backend_vectors_stay_close_to_torch(embedder, int8_embedder):
    reference = embedder.encode(PASSAGES)
    vectors = int8_embedder.encode(PASSAGES)
    assert vectors.shape == reference.shape
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert float((vectors * reference).sum(1).min()) > 0.98
    # The nearest passage to a question is the same one.
    question = "deklarasi netralitas petugas pemasyarakatan"
    assert np.argmax(vectors @ int8_embedder.encode([question])[0]) == np.argmax(
        reference @ embedder.encode([question])[0]
    )


def test_index_built_with_a_backend_records_it_and_is_queried_with_it(tmp_path, int8_embedder):
    from rag.assistant import Assistant
    from rag.config import Settings
    from rag.indexing import build_index

    settings = Settings(corpus_dir=PROJECT_ROOT / "corpus", index_dir=tmp_path / "index",
                        embedding_backend="openvino-int8")
    report = build_index(settings, progress=False)
    manifest = json.loads(
        (settings.index_dir / "generations" / report.generation / "manifest.json").read_text()
    )
    assert manifest["model"]["backend"] == "openvino-int8"
    # A server started with default settings encodes questions the way the index was built.
    served = Assistant(Settings(index_dir=settings.index_dir))
    assert served.embedder.backend == "openvino-int8"
    assert served.health()["embedding_backend"] == "openvino-int8"
    answer = served.ask("Kapan Bapas Pangkalpinang mengikuti apel siaga Nataru?")
    assert "21 Desember 2023" in answer.text
    # Rebuilding with torch re-embeds everything rather than mixing vectors.
    rebuilt = build_index(Settings(corpus_dir=settings.corpus_dir, index_dir=settings.index_dir),
                          progress=False)
    assert rebuilt.embedded == rebuilt.chunks
    assert served.reload()
    assert served.embedder.backend == "torch"


def test_unknown_backend_is_refused_with_the_choices(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "rag", "build", "--index", str(tmp_path / "index"),
         "--backend", "tensorrt"],
        check=False, capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT,
    )
    assert result.returncode == 2
    assert "openvino-int8" in result.stderr and "Traceback" not in result.stderr
    with pytest.raises(ModelLoadError, match="Unknown embedding backend"):
        Embedder(backend="tensorrt")
