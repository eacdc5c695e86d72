"""The admin panel in a real Chromium: add an article, ask about it, remove it.

A second live server, with an admin token, over a private copy of the seed corpus (the
shared ``live_url`` server has no token, so its panel must say changes are off).
"""

from __future__ import annotations

import os
import re
import threading
import time

import pytest

from rag.config import Settings
from tests.admin.conftest import ARTICLE, TOKEN
from tests.browser.conftest import _free_port, screenshot
from tests.browser.test_app_in_browser import ask, chat_text
from tests.conftest import copy_corpus

pytestmark = [pytest.mark.browser, pytest.mark.slow]

JOB_TIMEOUT = 120_000  # ms: an incremental rebuild takes seconds, on a busy 2-core host more


@pytest.fixture(scope="module")
def admin_url(tmp_path_factory, browser):
    """A live app with ``TANYA_PAS_ADMIN_TOKEN`` set, on its own corpus copy."""
    import uvicorn

    from app import create_app
    from rag.admin import TOKEN_ENV

    root = tmp_path_factory.mktemp("admin-live")
    settings = Settings(corpus_dir=copy_corpus(root / "corpus"), index_dir=root / "index")
    previous = os.environ.get(TOKEN_ENV)
    os.environ[TOKEN_ENV] = TOKEN
    try:
        app = create_app(settings, watch=False)  # builds the index: there is none yet
    finally:
        os.environ.pop(TOKEN_ENV) if previous is None else os.environ.update({TOKEN_ENV: previous})
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           timeout_graceful_shutdown=2))  # fmt: skip
    thread = threading.Thread(target=server.run, name="admin-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _fill(page, elem_id: str, value: str) -> None:
    page.locator(f"#{elem_id} textarea, #{elem_id} input").first.fill(value)


def _open_corpus_tab(page) -> None:
    page.get_by_role("tab", name="Artikel / Corpus").click()
    page.wait_for_selector("#admin-note")


def test_add_ask_remove_in_the_page(browser, admin_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(admin_url + "/")
    page.wait_for_selector("#question textarea")
    _open_corpus_tab(page)
    _fill(page, "admin-token", TOKEN)
    _fill(page, "admin-title", ARTICLE["title"])
    _fill(page, "admin-text", ARTICLE["text"])
    _fill(page, "admin-source", ARTICLE["source"])
    _fill(page, "admin-published", ARTICLE["published"])
    page.click("#admin-add")
    page.wait_for_function(
        "document.querySelector('#admin-jobs').innerText.includes('done')", timeout=JOB_TIMEOUT
    )
    screenshot(page, "admin-01-added")

    page.get_by_role("tab", name="Tanya / Ask").click()
    ask(page, "Berapa kantong darah yang terkumpul di Lapas Sibolga?")
    assert "87" in chat_text(page)
    assert "Donor Darah" in page.inner_text("#sources")

    _open_corpus_tab(page)
    page.locator("#admin-remove-pick input").click()
    page.keyboard.type("Donor Darah")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.querySelector('#admin-remove-pick input').value.includes('Donor Darah')"
    )
    page.click("#admin-remove")
    page.wait_for_function(
        "document.querySelectorAll('#admin-jobs li').length >= 2"
        " && !document.querySelector('#admin-jobs').innerText.includes('running')"
        " && !document.querySelector('#admin-jobs').innerText.includes('queued')",
        timeout=JOB_TIMEOUT,
    )
    page.get_by_role("tab", name="Tanya / Ask").click()
    ask(page, "Berapa kantong darah yang terkumpul di Lapas Sibolga?")
    assert re.search(r"No answer in the articles", chat_text(page))
    screenshot(page, "admin-02-removed")
    assert errors == []
    context.close()


def test_panel_says_changes_are_off_on_a_server_without_a_token(page):
    page.get_by_role("tab", name="Artikel / Corpus").click()
    assert "(mati / off)" in page.inner_text("#admin > button")  # closed when off
    page.click("#admin > button")
    page.wait_for_selector("#admin-note")
    assert "Corpus changes over the web are off" in page.inner_text("#admin-note")
    assert page.locator("#admin-add").is_disabled()
