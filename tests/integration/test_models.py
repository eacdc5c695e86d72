"""Choosing the embedding model: any local sentence-transformers folder, never a download."""

from __future__ import annotations

import subprocess
import sys

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
