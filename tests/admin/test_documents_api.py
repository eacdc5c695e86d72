"""POST/DELETE /api/documents and GET /api/jobs: statuses, duplicates, bad input, uploads.

The rebuild is replaced by a stub here (``stub_rebuilds``) so these tests stay fast; the
real rebuild, and answers citing a new article, are in ``test_add_ask_remove.py``.
"""

from __future__ import annotations

import json

import pytest

from rag.corpus import read_corpus
from rag.jobs import Rebuilder
from tests.admin.conftest import ARTICLE, AUTH, TOKEN, make_site

pytestmark = pytest.mark.slow  # builds an index (once per session)


@pytest.fixture
def quick(site):
    """The site with a rebuild that only reports "built" (no model work)."""
    site.admin.jobs = Rebuilder(lambda report: "stub-generation")
    return site


def _reader_ids(site) -> set[str]:
    articles, _ = read_corpus(site.settings.corpus_dir)
    return {a.doc_id for a in articles}


def test_writes_are_off_without_a_token(admin_base, tmp_path, embedder):
    off = make_site(admin_base, tmp_path, embedder, token=None)
    for response in (
        off.client.post("/api/documents", json=ARTICLE, headers=AUTH),
        off.client.delete("/api/documents/anything", headers=AUTH),
    ):
        assert response.status_code == 403
        assert "corpus changes over HTTP are off" in response.json()["detail"]


def test_missing_or_wrong_token_is_401(quick):
    before = quick.corpus_files()
    assert quick.client.post("/api/documents", json=ARTICLE).status_code == 401
    wrong = {"Authorization": "Bearer not-the-token"}
    response = quick.client.post("/api/documents", json=ARTICLE, headers=wrong)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert (
        quick.client.delete("/api/documents/x", headers={"Authorization": TOKEN}).status_code == 401
    )
    assert quick.corpus_files() == before


def test_repeated_failures_are_rate_limited_even_with_the_right_token(quick):
    wrong = {"Authorization": "Bearer guess"}
    statuses = [quick.client.post("/api/documents", json=ARTICLE, headers=wrong).status_code
                for _ in range(5)]  # fmt: skip
    assert statuses == [401] * 5
    limited = quick.client.post("/api/documents", json=ARTICLE, headers=AUTH)
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) >= 1


def test_add_article_returns_the_id_the_reader_gives_it(quick):
    response = quick.client.post("/api/documents", json=ARTICLE, headers=AUTH)
    assert response.status_code == 202
    body = response.json()
    assert body["doc_id"] in _reader_ids(quick)
    job = quick.wait(body["job_id"])
    assert job == {"state": "done", "progress": 1.0, "generation": "stub-generation",
                   "message": "live in generation stub-generation"}  # fmt: skip


def test_same_content_twice_names_the_existing_article_and_queues_nothing(quick):
    first = quick.client.post("/api/documents", json=ARTICLE, headers=AUTH).json()
    files = quick.corpus_files()
    # The same text with other spacing and another title is the same article.
    again = {**ARTICLE, "title": "Judul lain", "text": "  " + ARTICLE["text"].replace(" ", "  ")}
    response = quick.client.post("/api/documents", json=again, headers=AUTH)
    assert response.status_code == 200
    assert response.json() == {"doc_id": first["doc_id"], "job_id": None, "duplicate": True}
    assert quick.corpus_files() == files


def test_uploading_a_seed_file_again_names_the_seed(quick):
    seed = min(p for p in quick.settings.corpus_dir.iterdir() if p.suffix == ".txt")
    files = {"file": ("copy.txt", seed.read_bytes(), "text/plain")}
    response = quick.client.post("/api/documents", files=files, headers=AUTH)
    assert response.status_code == 200
    assert response.json() == {"doc_ids": [seed.stem], "job_id": None, "duplicates": [seed.stem]}


def test_upload_txt_and_jsonl_files(quick):
    lines = [
        ARTICLE,
        {**ARTICLE, "title": "Rutan Sibolga", "text": "Rutan Sibolga menggelar apel."},
    ]
    jsonl = "\n".join(json.dumps(x) for x in lines) + "\n"
    files = [
        ("file", ("apel.md", "Apel pagi di Rutan Kelas IIB Tarutung berlangsung tertib.", "text/markdown")),
        ("file", ("batch.jsonl", jsonl.encode(), "application/x-ndjson")),
    ]  # fmt: skip
    response = quick.client.post("/api/documents", files=files, headers=AUTH)
    assert response.status_code == 202, response.text
    body = response.json()
    assert len(body["doc_ids"]) == 3 and body["duplicates"] == []
    assert set(body["doc_ids"]) <= _reader_ids(quick)
    assert quick.wait(body["job_id"])["state"] == "done"


BAD_ARTICLES = [
    ({**ARTICLE, "title": "  "}, "title is empty"),
    ({**ARTICLE, "text": ""}, "text is empty"),
    ({**ARTICLE, "text": "\x01\x02\x03\x04 binary \x05\x06\x07\x08"}, "binary"),
    ({**ARTICLE, "text": "abc\x00def"}, "binary"),
    ({**ARTICLE, "text": "<div><img src=x></div>"}, "no readable text"),
    ({**ARTICLE, "title": "x" * 1001}, "title is longer"),
    ({**ARTICLE, "published": "2023-13-45"}, "published"),
    ({**ARTICLE, "path": "../../etc/passwd"}, "path"),
    ({"title": "Only a title"}, "text"),
    ({**ARTICLE, "text": 42}, "text"),
]


@pytest.mark.parametrize("body, reason", BAD_ARTICLES)
def test_unusable_articles_are_422_naming_why(quick, body, reason):
    before = quick.corpus_files()
    response = quick.client.post("/api/documents", json=body, headers=AUTH)
    assert response.status_code == 422
    assert reason in response.json()["detail"]
    assert quick.corpus_files() == before


def test_unparseable_json_and_lone_surrogates_are_422(quick):
    headers = {**AUTH, "content-type": "application/json"}
    for raw in (b"{not json", b"\xff\xfe", b'{"title": "a\\ud800", "text": "Lapas apel"}'):
        response = quick.client.post("/api/documents", content=raw, headers=headers)
        assert response.status_code == 422, raw
    assert (
        quick.client.post(
            "/api/documents", content=b"x", headers={**AUTH, "content-type": "text/plain"}
        ).status_code
        == 415
    )


BAD_FILES = [
    ("a.exe", b"MZ\x90\x00", "only"),
    ("a.txt", b"ab\x00cd", "binary"),
    ("a.txt", "Apel pagi di Lapas Cipinang, Jakarta: caf\u00e9".encode("latin-1"), "UTF-8"),
    ("a.md", b"   \n  ", "empty"),
    ("a.jsonl", b'{"title": "t"}\n', 'no "text"'),
    ("a.jsonl", b'{"text": "Apel pagi di Lapas."}\n', 'no "title"'),
    ("a.jsonl", b'{"title": "t", "text": "Apel pagi."}\n{broken\n', "line 2 is not valid JSON"),
    ("a.jsonl", b"[1, 2]\n", "not a JSON object"),
    ("a.jsonl", b"\n\n", "empty"),
]


@pytest.mark.parametrize("name, data, reason", BAD_FILES)
def test_unusable_files_are_422_naming_why(quick, name, data, reason):
    before = quick.corpus_files()
    response = quick.client.post("/api/documents", files={"file": (name, data)}, headers=AUTH)
    assert response.status_code == 422
    assert reason in response.json()["detail"]
    assert quick.corpus_files() == before


def test_multipart_without_a_file_field_is_422(quick):
    response = quick.client.post("/api/documents", data={"other": "x"}, files={"f": ("a.txt", b"x")},
                                 headers=AUTH)  # fmt: skip
    assert response.status_code == 422 and "'file'" in response.json()["detail"]


def test_one_bad_file_refuses_the_whole_upload(quick):
    before = quick.corpus_files()
    files = [("file", ("good.txt", b"Apel pagi di Lapas Sibolga.")), ("file", ("bad.txt", b"\x00"))]
    assert quick.client.post("/api/documents", files=files, headers=AUTH).status_code == 422
    assert quick.corpus_files() == before


def test_delete_unknown_article_is_404(quick):
    response = quick.client.delete("/api/documents/no-such-article", headers=AUTH)
    assert response.status_code == 404
    assert quick.client.get("/api/jobs/no-such-job").status_code == 404


def test_delete_moves_the_file_to_the_trash_where_it_can_be_restored(quick):
    seed = min(p for p in quick.settings.corpus_dir.iterdir() if p.suffix == ".txt")
    response = quick.client.delete(f"/api/documents/{seed.stem}", headers=AUTH)
    assert response.status_code == 202
    assert quick.wait(response.json()["job_id"])["state"] == "done"
    assert not seed.exists()
    trash = quick.admin.editor.trash
    assert trash == quick.settings.corpus_dir.resolve().with_name("corpus-trash")
    (trashed,) = trash.rglob(seed.name)
    assert trashed.read_bytes() and seed.stem not in _reader_ids(quick)
    trashed.rename(seed)  # restore: move it back
    assert seed.stem in _reader_ids(quick)


def test_delete_one_article_of_a_jsonl_keeps_the_others_ids(quick):
    lines = [
        ARTICLE,
        {**ARTICLE, "title": "Rutan Sibolga", "text": "Rutan Sibolga menggelar apel."},
    ]
    files = {"file": ("two.jsonl", "\n".join(json.dumps(x) for x in lines).encode())}
    first, second = quick.client.post("/api/documents", files=files, headers=AUTH).json()["doc_ids"]
    assert quick.client.delete(f"/api/documents/{first}", headers=AUTH).status_code == 202
    ids = _reader_ids(quick)
    assert second in ids and first not in ids
    (line,) = quick.admin.editor.trash.rglob("*.line-1.jsonl")
    assert json.loads(line.read_text())["title"] == ARTICLE["title"]
    assert quick.client.delete(f"/api/documents/{first}", headers=AUTH).status_code == 404


def test_over_size_bodies_are_413(admin_base, tmp_path, embedder):
    small = make_site(admin_base, tmp_path, embedder, max_file_bytes=20_000)
    small.admin.jobs = Rebuilder(lambda report: "stub")
    text = "Apel pagi di Lapas Sibolga berlangsung tertib. " * 500  # ~24 kB
    assert (
        small.client.post(
            "/api/documents", json={**ARTICLE, "text": text}, headers=AUTH
        ).status_code
        == 413
    )
    files = {"file": ("big.txt", text.encode())}
    assert small.client.post("/api/documents", files=files, headers=AUTH).status_code == 413
    huge = {"file": ("huge.txt", b"a" * 200_000)}  # beyond the envelope: refused unread
    response = small.client.post("/api/documents", files=huge, headers=AUTH)
    assert response.status_code == 413 and "too large" in response.json()["detail"]
    assert small.client.post("/api/query", json={"question": "x" * 1_100_000}).status_code == 413


def test_a_file_over_the_query_body_limit_but_within_the_corpus_limit_is_accepted(quick):
    sentence = "Petugas Lapas Sibolga melaksanakan apel pagi nomor {} dengan tertib.\n"
    text = "".join(sentence.format(i) for i in range(20_000))  # ~1.4 MB, corpus limit 5 MB
    assert len(text) > 1_000_000
    response = quick.client.post(
        "/api/documents", files={"file": ("long.txt", text.encode())}, headers=AUTH
    )
    assert response.status_code == 202, response.text
