"""Bad corpus files are skipped or cleaned with a warning naming them; the build goes on."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

import pytest

from rag.config import Settings
from rag.errors import BuildError
from rag.indexing import build_index
from rag.store import load_serving, read_current
from tests.conftest import copy_corpus

pytestmark = pytest.mark.slow

SCRIPT_ARTICLE = """Kalapas Pati Pimpin Apel Pagi
<script>alert('xss')</script>
PATI - Kepala Lapas Pati memimpin apel pagi bersama seluruh petugas pada Senin (18/12/2023).
<script type="text/javascript">document.cookie</script>
Dalam apel tersebut, Kalapas menekankan pentingnya netralitas ASN menjelang pemilu.
"""


def _bad_corpus(root):
    corpus = copy_corpus(root / "corpus")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "latin1.txt").write_bytes("Berita tentang Lapas di Cianjur, café \xe9\xff".encode("latin-1"))
    (corpus / "huge.txt").write_text("Lapas. " * 60_000, encoding="utf-8")
    good = {"title": "Rutan Pangkalpinang Gelar Ikrar", "text": "Rutan Pangkalpinang menggelar ikrar "
            "netralitas pada Kamis (21/12/2023). Seluruh pegawai hadir.", "published": "2023-12-21"}
    lines = [json.dumps(good), "{broken json", "", json.dumps(["not", "an", "object"]),
             json.dumps({**good, "title": "Kedua", "text": "Lapas Tuban menggelar apel pada Jumat."})]
    (corpus / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (corpus / "script.txt").write_text(SCRIPT_ARTICLE, encoding="utf-8")
    return corpus


def test_bad_files_are_skipped_with_a_warning_and_the_rest_is_indexed(tmp_path, embedder, caplog):
    settings = Settings(corpus_dir=_bad_corpus(tmp_path), index_dir=tmp_path / "index",
                        max_file_bytes=200_000)
    with caplog.at_level(logging.WARNING):
        report = build_index(settings, embedder=embedder, progress=False)
    skipped = " ".join(f"{s.path} {s.reason}" for s in report.skipped)
    for name in ("binary.txt", "empty.txt", "latin1.txt", "huge.txt", "feed.jsonl"):
        assert name in skipped, f"{name} not reported: {skipped}"
        assert name in caplog.text
    data = load_serving(settings.index_dir)
    ids = {a.doc_id for a in data.articles}
    assert {"script"} <= ids and len(ids) >= 5 + 1 + 2  # shipped + script + 2 good jsonl lines
    assert data.manifest["skipped"]
    script = next(a for a in data.articles if a.doc_id == "script")
    assert "<script" not in script.text and "alert" not in script.text
    assert "document.cookie" not in script.text
    assert "netralitas" in script.text
    assert not any("<script" in c.text for c in data.chunks)


def test_an_empty_corpus_never_replaces_a_good_index(tmp_path, embedder):
    settings = Settings(corpus_dir=copy_corpus(tmp_path / "corpus"), index_dir=tmp_path / "index")
    good = build_index(settings, embedder=embedder, progress=False).generation
    for path in settings.corpus_dir.iterdir():
        path.unlink()
    (settings.corpus_dir / "empty.txt").write_bytes(b"")
    with pytest.raises(BuildError, match="existing index is kept"):
        build_index(settings, embedder=embedder, progress=False)
    assert read_current(settings.index_dir) == good
    assert len(load_serving(settings.index_dir).articles) == 5


def test_a_missing_corpus_folder_is_a_clear_error(tmp_path, embedder):
    settings = Settings(corpus_dir=tmp_path / "nope", index_dir=tmp_path / "index")
    with pytest.raises(Exception, match="nope") as raised:
        build_index(replace(settings), embedder=embedder, progress=False)
    assert type(raised.value).__name__ in ("CorpusError", "BuildError")
