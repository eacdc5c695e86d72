"""CorpusEditor on a temporary corpus (no model): names, ids, duplicates, trash."""

from __future__ import annotations

import json

import pytest

from rag.admin import CorpusEditor, NewArticle, content_key, trash_folder
from rag.config import Settings
from rag.corpus import read_corpus
from rag.errors import ArticleRejectedError, UnknownDocumentError

TEXT = "Lapas Kelas IIA Sibolga menggelar donor darah bersama PMI, Selasa (9/1/2024)."


@pytest.fixture
def editor(tmp_path) -> CorpusEditor:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "seed.txt").write_text("Rutan Tarutung menggelar apel pagi.\n", encoding="utf-8")
    return CorpusEditor(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"))


def _reader_ids(editor: CorpusEditor) -> list[str]:
    return [a.doc_id for a in read_corpus(editor.root)[0]]


def test_content_key_ignores_spacing_and_case():
    assert content_key("Apel  pagi\n di Lapas") == content_key("apel pagi di lapas")
    assert content_key("Apel pagi") != content_key("Apel sore")


def test_every_returned_id_is_the_one_the_reader_assigns(editor):
    ids, new = editor.add_article(NewArticle("Donor darah di Lapas Sibolga", TEXT))
    lines = "\n".join(
        json.dumps({"title": f"T{n}", "text": f"Lapas apel ke-{n}."}) for n in range(3)
    )
    file_ids, _ = editor.add_files([("x.jsonl", lines.encode()), ("y.md", b"Rutan apel sore.")])
    assert ids == new and len(file_ids) == 4
    assert sorted(_reader_ids(editor)) == sorted(["seed", *ids, *file_ids])


def test_duplicates_inside_one_upload_and_against_the_corpus(editor):
    line = json.dumps({"title": "A", "text": TEXT})
    ids, new = editor.add_files([("a.jsonl", f"{line}\n{line}\n".encode()),
                                 ("b.txt", b"Rutan Tarutung menggelar apel pagi.")])  # fmt: skip
    assert len(new) == 1 and ids == (new[0], "seed")


def test_names_never_come_from_the_request(editor, tmp_path):
    hostile = ["../../x.txt", "/etc/x.txt", "a\x00.txt", "ü" * 500 + ".md", "..", ".txt"]
    accepted = []
    for n, name in enumerate(hostile):
        try:
            accepted += editor.add_files([(name, f"Lapas apel pagi nomor {n}.".encode())])[1]
        except ArticleRejectedError as exc:
            assert "only" in str(exc)  # "..": no kind; ".txt": a hidden name, no suffix
    assert len(accepted) == 4
    names = sorted(p.name for p in editor.root.iterdir())
    assert all(n == "seed.txt" or n.startswith("upload-") for n in names)
    assert {p.name for p in tmp_path.iterdir()} <= {"corpus", "index"}  # index: the lock file


def test_remove_to_trash_and_unknown_ids(editor):
    with pytest.raises(UnknownDocumentError):
        editor.remove("nope")
    target = editor.remove("seed")
    assert target.parent.parent == trash_folder(editor.root) and target.name == "seed.txt"
    assert _reader_ids(editor) == []
    removed = json.loads((target.parent / "removed.json").read_text())
    assert removed == {"doc_id": "seed", "from": "seed.txt", "trash": "seed.txt"}
