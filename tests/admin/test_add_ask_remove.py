"""Real rebuilds through the API: an added article answers, a removed one no longer does."""

from __future__ import annotations

import json
import threading

import pytest

from tests.admin.conftest import ARTICLE, AUTH

pytestmark = pytest.mark.slow

QUESTION = "Berapa kantong darah yang terkumpul di Lapas Sibolga?"


def _ask(site, question: str = QUESTION) -> dict:
    response = site.client.post("/api/query", json={"question": question})
    assert response.status_code == 200
    return response.json()


def test_add_then_ask_cites_the_new_article_then_remove_and_it_is_gone(site):
    before = _ask(site)
    assert before["abstained"]
    added = site.client.post("/api/documents", json=ARTICLE, headers=AUTH).json()
    job = site.wait(added["job_id"])
    assert job["state"] == "done" and job["progress"] == 1.0, job
    # Live at once: the assistant was reloaded by the rebuild, not by the watcher.
    assert site.assistant.index.generation == job["generation"]
    answer = _ask(site)
    assert not answer["abstained"] and "87" in answer["answer"]
    assert answer["generation"] == job["generation"]
    assert added["doc_id"] in {c["doc_id"] for c in answer["citations"]}
    assert site.client.get(f"/api/documents/{added['doc_id']}").json()["title"] == ARTICLE["title"]

    removed = site.client.delete(f"/api/documents/{added['doc_id']}", headers=AUTH)
    assert removed.status_code == 202
    assert site.wait(removed.json()["job_id"])["state"] == "done"
    after = _ask(site)
    assert added["doc_id"] not in {c["doc_id"] for c in after["citations"]}
    assert after["abstained"]
    assert site.client.get(f"/api/documents/{added['doc_id']}").status_code == 404


def test_two_concurrent_uploads_both_become_live(site):
    second = {**ARTICLE, "title": "Rutan Tarutung Tanam 300 Bibit Pohon",
              "text": "TARUTUNG - Rutan Kelas IIB Tarutung menanam 300 bibit pohon alpukat "
                      "di halaman rutan, Rabu (10/1/2024), bersama warga binaan."}  # fmt: skip
    results: list = [None, None]
    barrier = threading.Barrier(2)

    def post(i: int, body: dict) -> None:
        barrier.wait()
        results[i] = site.client.post("/api/documents", json=body, headers=AUTH)

    threads = [threading.Thread(target=post, args=(i, b)) for i, b in enumerate((ARTICLE, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status_code for r in results] == [202, 202]
    ids = [r.json()["doc_id"] for r in results]
    assert len(set(ids)) == 2
    jobs = [site.wait(r.json()["job_id"]) for r in results]
    assert all(j["state"] == "done" for j in jobs), jobs
    indexed = set(site.assistant.index.articles)
    assert set(ids) <= indexed


def test_changes_during_a_rebuild_are_batched_into_the_next_one(site):
    builds: list[str] = []
    real = site.admin.jobs._rebuild
    gate = threading.Event()

    def slow(report):
        gate.wait(30)
        builds.append(real(report))
        return builds[-1]

    site.admin.jobs._rebuild = slow
    first = site.client.post("/api/documents", json=ARTICLE, headers=AUTH).json()
    bodies = [{**ARTICLE, "title": f"Apel {n}", "text": f"Lapas Sibolga apel pagi ke-{n} tertib."}
              for n in (1, 2)]  # fmt: skip
    later = [site.client.post("/api/documents", json=b, headers=AUTH).json() for b in bodies]
    gate.set()
    done = [site.wait(x["job_id"]) for x in (first, *later)]
    assert [d["state"] for d in done] == ["done"] * 3
    assert len(builds) == 2 and done[1]["generation"] == done[2]["generation"] == builds[1]
    assert {x["doc_id"] for x in later} <= set(site.assistant.index.articles)


def test_a_failed_rebuild_says_why_keeps_serving_and_the_next_change_retries(site, monkeypatch):
    import rag.indexing

    serving = site.assistant.index.generation

    def disk_full(stage: str) -> None:
        if stage == "after_embed":
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(rag.indexing, "pause_point", disk_full)
    first = site.client.post("/api/documents", json=ARTICLE, headers=AUTH).json()
    failed = site.wait(first["job_id"])
    assert failed["state"] == "failed" and "No space left" in failed["message"]
    assert failed["generation"] is None
    assert site.assistant.index.generation == serving
    assert _ask(site)["abstained"]
    assert (site.settings.corpus_dir / f"{first['doc_id'].rsplit('-', 1)[0]}.jsonl").exists()

    monkeypatch.undo()
    other = {**ARTICLE, "title": "Apel", "text": "Lapas Sibolga menggelar apel pagi yang tertib."}
    retry = site.wait(site.client.post("/api/documents", json=other, headers=AUTH).json()["job_id"])
    assert retry["state"] == "done"
    assert first["doc_id"] in site.assistant.index.articles  # the failed change came along
    assert not _ask(site)["abstained"]


def _outside_corpus(root):
    """Every path under ``root`` but the corpus folder and the admin's own files in the
    index folder (the corpus lock and the job record)."""
    own = {".corpus.lock", "jobs.json", "jobs.json.partial"}  # the record, and its atomic write
    return {p for p in root.rglob("*")
            if p.relative_to(root).parts[0] != "corpus" and p.name not in own}  # fmt: skip


def test_a_hostile_upload_name_or_title_never_writes_outside_the_corpus(site, tmp_path):
    site.admin.jobs._rebuild = lambda report: "stub"
    outside = _outside_corpus(tmp_path)
    names = ["../../evil.txt", "/etc/cron.d/evil.txt", "..\\..\\evil.md", "a\x00b.txt",
             "é" * 300 + ".txt", "CON.jsonl", ".hidden.txt", "x/../../y.txt", "\u202etxt.exe.md"]  # fmt: skip
    doc_ids = []
    for n, name in enumerate(names):
        if name.endswith(".jsonl"):
            data = json.dumps({"title": f"Apel {n}", "text": f"Lapas apel pagi ke-{n}."}).encode()
        else:
            data = f"Lapas Sibolga menggelar apel pagi nomor {n} dengan tertib.".encode()
        response = site.client.post("/api/documents", files={"file": (name, data)}, headers=AUTH)
        assert response.status_code == 202, (name, response.text)
        doc_ids += response.json()["doc_ids"]
    titles = ["../../../etc/passwd", "/abs/path", "ä" * 1000, "🙂" * 900, "a/b\\c\x7f"]
    for n, title in enumerate(titles):
        body = {**ARTICLE, "title": title, "text": f"Rutan Tarutung menggelar apel ke-{n}."}
        response = site.client.post("/api/documents", json=body, headers=AUTH)
        assert response.status_code == 202, (title, response.text)
        doc_ids.append(response.json()["doc_id"])
    corpus = site.settings.corpus_dir
    new = sorted(p for p in corpus.iterdir() if p.name.startswith(("upload-", "web-")))
    assert len(new) == len(names) + len(titles)
    for path in new:
        assert path.parent == corpus and len(path.name) < 80
        assert path.name.isascii() and "/" not in path.name and ".." not in path.name
    assert _outside_corpus(tmp_path) == outside
    from rag.corpus import read_corpus

    assert set(doc_ids) <= {a.doc_id for a in read_corpus(corpus)[0]}
