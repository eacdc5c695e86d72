"""A rebuild killed mid-way (SIGKILL of ``python -m rag add/remove``) leaves corpus, trash
and index consistent, and the next change carries the interrupted one."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from rag import store
from rag.admin import Admin, NewArticle
from rag.assistant import Assistant
from rag.config import PROJECT_ROOT, Settings
from rag.corpus import read_corpus
from rag.store import clean_leftovers, load_serving
from tests.admin.conftest import ARTICLE, TOKEN
from tests.reliability.pausing import wait_for_pause

pytestmark = pytest.mark.slow


def _cli(args: list[str], pause: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": str(PROJECT_ROOT),
        store.PAUSE_ENV: pause,
    }
    env.pop("TANYA_PAS_ADMIN_TOKEN", None)
    return subprocess.Popen([sys.executable, "-m", "rag", *args], cwd=PROJECT_ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip


def _kill_at(process: subprocess.Popen, stage: str, timeout: float = 120) -> None:
    """Wait for the child to report the pause, then SIGKILL it."""
    wait_for_pause(process, stage, timeout)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def _ids(folder) -> set[str]:
    return {a.doc_id for a in read_corpus(folder)[0]}


@pytest.mark.parametrize("stage", ["after_embed", "before_current"])
def test_killed_add_and_remove_leave_everything_consistent(admin_base, tmp_path, embedder, stage):
    """``after_embed``: killed before anything was written to the index; ``before_current``:
    killed with the new generation complete on disk but not yet named serving."""
    corpus = shutil.copytree(admin_base.corpus_dir, tmp_path / "corpus")
    index = shutil.copytree(admin_base.index_dir, tmp_path / "index")
    serving = load_serving(index).generation
    folders = ["--corpus", str(corpus), "--index", str(index)]
    article = tmp_path / "kiriman.jsonl"
    article.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    seed = min(p for p in corpus.iterdir() if p.suffix == ".txt")

    _kill_at(_cli(["add", str(article), *folders], stage), stage)
    _kill_at(_cli(["remove", seed.stem, *folders], stage), stage)

    # The corpus took both changes whole; the trash holds the removed file; no temporary
    # file is left in the corpus; the index still serves the last good generation whole.
    ids = _ids(corpus)
    added = {i for i in ids if i.startswith("upload-")}
    assert len(added) == 1 and seed.stem not in ids
    (trashed,) = (tmp_path / "corpus-trash").rglob(seed.name)
    assert trashed.read_bytes()
    assert not list(corpus.rglob(".tmp-*"))
    clean_leftovers(index)
    assert load_serving(index).generation == serving

    # The next change rebuilds this same index with everything so far.
    assistant = Assistant(Settings(corpus_dir=corpus, index_dir=index), embedder=embedder)
    admin = Admin(assistant.settings, assistant, token=TOKEN)
    change = admin.add_article(
        NewArticle("Apel", "Rutan Tarutung menggelar apel pagi yang tertib.")
    )
    job = admin.jobs.wait(change.job.job_id)
    assert job.state == "done", job
    indexed = set(assistant.index.articles)
    assert added | set(change.new) <= indexed and seed.stem not in indexed


def test_server_killed_during_a_background_rebuild(admin_base, tmp_path, embedder):
    """The server itself dies mid-rebuild: after the restart its job reads failed with the
    reason, the old generation serves, and the next change makes both articles live."""
    import urllib.request

    from rag.jobs import INTERRUPTED
    from tests.browser.conftest import _free_port

    corpus = shutil.copytree(admin_base.corpus_dir, tmp_path / "corpus")
    index = shutil.copytree(admin_base.index_dir, tmp_path / "index")
    serving = load_serving(index).generation
    port = _free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(PROJECT_ROOT),
           store.PAUSE_ENV: "after_embed", "TANYA_PAS_ADMIN_TOKEN": TOKEN}  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "app.py", "--port", str(port), "--index", str(index), "--corpus", str(corpus)],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None and time.monotonic() < deadline, "server did not start"
            try:
                urllib.request.urlopen(base + "/api/health", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        request = urllib.request.Request(
            base + "/api/documents", data=json.dumps(ARTICLE).encode(), method="POST",
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        )  # fmt: skip
        added = json.loads(urllib.request.urlopen(request, timeout=30).read())
        _kill_at(server, "after_embed")
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=30)

    assert added["doc_id"] in _ids(corpus)
    assert load_serving(index).generation == serving
    clean_leftovers(index)
    assistant = Assistant(Settings(corpus_dir=corpus, index_dir=index), embedder=embedder)
    admin = Admin(assistant.settings, assistant, token=TOKEN)
    job = admin.job(added["job_id"])
    assert (job.state, job.message) == ("failed", INTERRUPTED)
    change = admin.add_article(
        NewArticle("Apel", "Rutan Tarutung menggelar apel pagi yang tertib.")
    )
    assert admin.jobs.wait(change.job.job_id).state == "done"
    assert {added["doc_id"], *change.new} <= set(assistant.index.articles)
