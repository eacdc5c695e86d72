"""The web app in a real (headless) Chromium: chat, sources, filters, corpus, safety.

Screenshots go to ``test-artifacts/``. The server and browser are shared (see conftest).
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request

import pytest

from rag.config import PROJECT_ROOT
from tests.browser.conftest import PAYLOAD, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ANSWER_TIMEOUT = 30_000  # ms; answers take about a second on 2 cores


def ask(page, question: str) -> None:
    """Type a question, send it, and wait until its sources are shown."""
    before = page.locator("#chat .message-row").count()
    page.fill("#question textarea", question)
    page.click("#send")
    page.wait_for_function(
        "n => document.querySelectorAll('#chat .message-row').length >= n + 2"
        " && !document.querySelector('#chat').innerText.includes('Searching the articles')",
        arg=before,
        timeout=ANSWER_TIMEOUT,
    )
    page.wait_for_selector("#send:not([disabled])", timeout=ANSWER_TIMEOUT)


def chat_text(page) -> str:
    return page.inner_text("#chat")


def test_question_gets_a_cited_answer_with_highlighted_sources(page) -> None:
    ask(page, "Siapa yang memimpin apel di Pati?")
    assert re.search(r"\[\d+\]", chat_text(page))
    sources = page.inner_text("#sources")
    assert "[1]" in sources and "blora.ngo.web.id" in sources
    assert page.locator("#sources mark").count() > 0
    page.click("#full > button")
    page.wait_for_selector("#cited-text h3")
    assert "Rutan Blora" in page.inner_text("#cited-text")
    screenshot(page, "01-answer")
    assert page.errors == []


def test_busy_state_shows_while_answering(page) -> None:
    # Record every state the page passes through, so a fast answer cannot slip past.
    page.evaluate(
        """() => {
        window.__busy = {disabled: false, searching: false};
        new MutationObserver(() => {
            if (document.querySelector('#send[disabled]')) window.__busy.disabled = true;
            if (document.querySelector('#chat').innerText.includes('Searching the articles'))
                window.__busy.searching = true;
        }).observe(document.body, {subtree: true, childList: true, attributes: true,
                                   characterData: true});
    }"""
    )
    ask(page, "Kapan apel siaga di Blora dilaksanakan?")
    assert page.evaluate("window.__busy") == {"disabled": True, "searching": True}


def test_follow_up_then_start_over(page) -> None:
    page.get_by_text("Who led the roll call in Pati?", exact=True).click()
    page.wait_for_function(
        "document.querySelector('#question textarea').value === 'Who led the roll call in Pati?'"
    )
    page.click("#send")
    page.wait_for_selector("#sources mark", timeout=ANSWER_TIMEOUT)
    page.wait_for_selector("#send:not([disabled])", timeout=ANSWER_TIMEOUT)
    ask(page, "When was it held?")
    assert page.locator("#chat .message-row").count() == 4
    screenshot(page, "02-follow-up")
    page.click("#restart")
    page.wait_for_function("document.querySelectorAll('#chat .message-row').length === 0")
    assert "appear here" in page.inner_text("#sources")


def test_upt_filter_applies_to_the_next_question(page) -> None:
    page.click("#filters > button")
    page.click("#upt-filter input")
    page.keyboard.type("Kalabahi")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#filter-note').innerText.includes('1 artikel')")
    ask(page, "Apel siaga dan ikrar netralitas pegawai")
    sources = page.inner_text("#sources")
    assert "wartaalor.com" in sources
    assert "blora.ngo.web.id" not in sources and "jurnalis.id" not in sources
    screenshot(page, "03-filter")


def test_date_filter_outside_every_event_finds_nothing(page) -> None:
    page.click("#filters > button")
    page.fill("#date-from input", "2030-01-01")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#filter-note').innerText.includes('2030')")
    ask(page, "Siapa yang memimpin apel di Pati?")
    assert "No answer in the articles" in chat_text(page)


def test_corpus_tab_lists_every_article_and_the_index_status(page, hostile_settings) -> None:
    page.get_by_role("tab", name="Artikel / Corpus").click()
    # The table is filled by the page's load event.
    page.wait_for_function(
        "document.querySelector('#corpus-table').innerText.includes('Kalabahi')"
    )
    status = page.inner_text("#index-status")
    assert "6 artikel" in status and "multilingual-e5-small" in status
    table = page.inner_text("#corpus-table")
    assert "Lapas Kelas IIB Kalabahi" in table and "wartaalor.com" in table
    screenshot(page, "04-corpus")
    page.get_by_role("tab", name="Linimasa / Timeline").click()
    page.wait_for_selector("#timeline-plot .js-plotly-plot", timeout=15_000)
    assert "Apel siaga / ikrar netralitas" in page.inner_text("#timeline-plot")
    screenshot(page, "05-timeline")


def test_hostile_article_is_shown_as_text_and_runs_no_script(page, live_url) -> None:
    with urllib.request.urlopen(f"{live_url}/api/documents/hostile-1") as response:
        served = response.read().decode()
    assert "window.__pwned=1" in served  # the payload really reaches the page
    ask(page, "Lomba apa yang digelar Lapas Cipinang?")
    sources = page.inner_text("#sources")
    assert "Cipinang" in sources and PAYLOAD in sources  # visible, as text
    page.click("#full > button")
    page.wait_for_selector("#cited-text h3")
    page.get_by_role("tab", name="Artikel / Corpus").click()
    page.wait_for_selector("#corpus-table")
    page.get_by_role("tab", name="Linimasa / Timeline").click()
    page.wait_for_selector("#timeline-plot .js-plotly-plot", timeout=15_000)
    page.get_by_role("tab", name="Tanya / Ask").click()
    page.wait_for_timeout(300)
    screenshot(page, "06-hostile")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#sources script, #sources img, #chat script, #cited-text img").count() == 0


def test_gradio_client_calls_the_chat_endpoint(live_url) -> None:
    from gradio_client import Client

    client = Client(live_url + "/", verbose=False)
    try:
        chat, *_ = client.predict(
            "Siapa yang memimpin apel di Pati?", None, None, [], [], api_name="/chat"
        )
    finally:
        client.close()  # its heartbeat connection would otherwise hold the server open
    answer = chat[-1]["content"]
    answer = answer if isinstance(answer, str) else " ".join(str(part) for part in answer)
    assert re.search(r"\[\d+\]", answer)


@pytest.mark.parametrize(
    "target",
    ["/etc/passwd", str(PROJECT_ROOT / "pyproject.toml"), "../../../../etc/passwd", "app.py"],
)
def test_file_routes_serve_nothing_outside_the_ui(live_url, hostile_settings, target) -> None:
    for prefix in ("/gradio_api/file=", "/file="):
        try:
            with urllib.request.urlopen(live_url + prefix + target) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        assert status in (403, 404), (prefix, target, status)


def test_json_api_is_still_served(live_url) -> None:
    with urllib.request.urlopen(f"{live_url}/api/health") as response:
        assert response.status == 200 and b'"documents":6' in response.read()
