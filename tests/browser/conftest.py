"""A live tanya-pas server and a headless Chromium, shared by the browser tests.

The server is the real app (``app.create_app``) on a loopback port, serving an index of
the seed articles plus one hostile article, built once in a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from rag.config import PROJECT_ROOT, Settings
from tests.conftest import copy_corpus

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
PAYLOAD = "<script>window.__pwned=1</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=1">'
#: A scraped page that shows markup as text: the reader strips real tags but unescapes
#: entities, so the text keeps both payloads literally; a .jsonl title is kept as given.
HOSTILE = {
    "title": f"Lapas Cipinang Gelar Lomba Kebersihan Blok Hunian {PAYLOAD} {IMG_PAYLOAD}",
    "source": "contoh.id",
    "published": "2023-12-22",
    "text": (
        "JAKARTA - Lembaga Pemasyarakatan (Lapas) Kelas I Cipinang menggelar lomba kebersihan "
        "blok hunian warga binaan, Jumat (22/12). &lt;script&gt;window.__pwned=1&lt;/script&gt; "
        "Lomba kebersihan blok hunian diikuti seluruh blok. "
        '&lt;img src=x onerror="window.__pwned=1"&gt; Pemenang lomba kebersihan menerima '
        "piala dari Kepala Lapas Cipinang."
    ),
}


def chromium_path() -> str | None:
    """Debian's Chromium (Playwright never downloads a browser here)."""
    for candidate in (os.environ.get("CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def hostile_settings(tmp_path_factory) -> Settings:
    """Settings for a corpus of the seeds plus the hostile article, with a fresh index folder."""
    corpus = copy_corpus(tmp_path_factory.mktemp("hostile-corpus"))
    (corpus / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    return Settings(corpus_dir=corpus, index_dir=tmp_path_factory.mktemp("hostile-index"))


@pytest.fixture(scope="session")
def live_url(hostile_settings) -> str:
    """Base URL of the real app served by uvicorn in a thread; stopped after the session."""
    import uvicorn

    from app import create_app
    from rag.embedding import get_embedder
    from rag.indexing import build_index

    # The same cache key the Assistant uses, so the server reuses this model.
    embedder = get_embedder(hostile_settings.model, hostile_settings.batch_size)
    started = time.monotonic()
    build_index(hostile_settings, embedder=embedder, progress=False)
    print(f"index built in {time.monotonic() - started:.1f} s")
    port = _free_port()
    config = uvicorn.Config(
        create_app(hostile_settings, watch=False), host="127.0.0.1", port=port,
        log_level="warning", timeout_graceful_shutdown=2,
    )  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="ui-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("The test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(live_url):
    """One headless Chromium for the session."""
    if chromium_path() is None:
        pytest.skip("No Chromium found (apt-get install chromium): browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_url):
    """A fresh page with the app loaded; console errors are collected in ``page.errors``."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.goto(live_url + "/")
    page.wait_for_selector("#question textarea")
    yield page
    context.close()


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under ``test-artifacts/``."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
