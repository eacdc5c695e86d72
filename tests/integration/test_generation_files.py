"""A generation's files: texts and sentence rows kept apart from the JSON, the format
version, and the stamps that spare re-hashing files verified since they last changed."""

from __future__ import annotations

import os
import time
from dataclasses import fields
from datetime import date

import numpy as np
import orjson
import pytest

from rag import store
from rag.analysis import StoredAnalyses, analyze_article
from rag.errors import IndexCorruptError
from rag.records import Article, Chunk, EventDate
from rag.store import FORMAT_VERSION, IndexData, load_generation_dir, load_serving, save_generation

TEXTS = [
    ("Kalapas Serang meninjau blok hunian pada Senin (18/12/2023). Ia memeriksa kawat "
    "pengaman di atas tembok."),
    "Rutan Pati menggelar apel siaga “netralitas” ASN; 120 petugas hadir — semuanya.",
    "",
]


def _data() -> IndexData:
    articles = [Article(doc_id=f"d{i}", path=f"d{i}.txt", title=f"Judul {i}", text=text)
                for i, text in enumerate(TEXTS)]
    chunks = [Chunk(f"d{i}#000", f"d{i}", 0, text[:20], 0, len(text[:20]))
              for i, text in enumerate(TEXTS)]
    vectors = np.eye(len(chunks), 4, dtype=np.float32)
    return IndexData(articles, chunks, [["apel"], ["lapas"], []], vectors)


@pytest.fixture
def saved(tmp_path):
    save_generation(tmp_path, _data(), {"model": {"name": "t", "dimension": 4}})
    return tmp_path, next((tmp_path / "generations").iterdir())


def test_texts_are_stored_apart_and_read_back_equal(saved):
    index, folder = saved
    stored = orjson.loads((folder / "articles.json").read_bytes())
    assert [row[0] for row in stored] == ["d0", "d1", "d2"]
    assert not any(text and text in row for row, text in zip(stored, TEXTS))
    loaded = load_serving(index)
    assert [a.text for a in loaded.articles] == TEXTS
    assert [a.title for a in loaded.articles] == ["Judul 0", "Judul 1", "Judul 2"]


def test_an_articles_metadata_row_names_every_field_but_its_text():
    article = Article("d", "d.txt", "Judul", "Isi.", "outlet", "Penulis", date(2023, 12, 18),
                      "Pati", "https://x", (EventDate(date(2023, 12, 18), "Senin (18/12)", 5, True),),
                      ("Rutan Pati",), "abc")
    row = store.article_to_json(article)
    assert store.ARTICLE_COLUMNS == tuple(f.name for f in fields(Article) if f.name != "text")
    assert len(row) == len(store.ARTICLE_COLUMNS)
    assert store.article_from_json(orjson.loads(orjson.dumps(row)), "Isi.") == article


def test_sentence_rows_are_read_on_demand_and_equal_a_fresh_analysis(saved):
    index, _ = saved
    loaded = load_serving(index)
    assert isinstance(loaded.analyses, StoredAnalyses) and len(loaded.analyses) == 3
    for article in loaded.articles:
        assert loaded.analyses[article.doc_id] == analyze_article(article)


def test_an_older_format_is_refused_with_the_rebuild_message(saved):
    index, folder = saved
    manifest = orjson.loads((folder / "manifest.json").read_bytes())
    (folder / "manifest.json").write_bytes(orjson.dumps({**manifest, "format_version": 4}))
    with pytest.raises(IndexCorruptError) as refused:
        load_serving(index)
    assert f"index format 4 is not this version's {FORMAT_VERSION}" in str(refused.value)
    assert f"python -m rag build --full --index {index}" in str(refused.value)


@pytest.mark.parametrize("name", ["texts.bin", "sentence_rows.bin", "text_offsets.npy"])
def test_a_damaged_blob_is_refused(saved, name):
    _, folder = saved
    raw = bytearray((folder / name).read_bytes())
    raw[len(raw) // 2] ^= 0x01
    (folder / name).write_bytes(bytes(raw))
    with pytest.raises(IndexCorruptError, match=f"{name} is damaged"):
        load_generation_dir(folder)


def _count_hashes(monkeypatch) -> list[str]:
    hashed: list[str] = []
    real = store._sha256
    monkeypatch.setattr(store, "_sha256", lambda path: hashed.append(path.name) or real(path))
    return hashed


def test_files_verified_since_they_last_changed_are_not_hashed_again(saved, monkeypatch):
    _, folder = saved
    monkeypatch.setattr(store, "STAMP_MARGIN_NS", 0)
    load_generation_dir(folder)  # hashes every file in full and stamps them
    assert (folder / store.VERIFIED_FILE).is_file()
    hashed = _count_hashes(monkeypatch)
    load_generation_dir(folder)
    assert hashed == []


def test_files_changed_just_before_their_check_are_hashed_at_every_load(saved, monkeypatch):
    _, folder = saved  # written just now: within the margin, so not stamped
    load_generation_dir(folder)
    hashed = _count_hashes(monkeypatch)
    load_generation_dir(folder)
    assert "vectors.npy" in hashed and "texts.bin" in hashed


def test_a_file_damaged_after_its_stamp_is_refused_even_with_its_times_restored(
        saved, monkeypatch):
    _, folder = saved
    monkeypatch.setattr(store, "STAMP_MARGIN_NS", 0)
    load_generation_dir(folder)
    time.sleep(0.05)  # past the coarse tick of file times: the write gets a later one
    path = folder / "vectors.npy"
    before = path.stat()
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0x01
    path.write_bytes(bytes(raw))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time moves
    with pytest.raises(IndexCorruptError, match="vectors.npy is damaged"):
        load_generation_dir(folder)


def test_unreadable_stamps_mean_a_full_check(saved, monkeypatch):
    _, folder = saved
    monkeypatch.setattr(store, "STAMP_MARGIN_NS", 0)
    (folder / store.VERIFIED_FILE).write_bytes(b"{not json")
    hashed = _count_hashes(monkeypatch)
    load_generation_dir(folder)
    assert "vectors.npy" in hashed
