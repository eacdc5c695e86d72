"""The chat function against the real assistant on the shipped corpus (no browser)."""

from __future__ import annotations

import re

import pytest

from rag.records import Turn
from rag.ui import SEARCHING, build_ui, corpus_table, index_status, pending, respond

pytestmark = pytest.mark.slow


def test_answer_has_citation_marker_and_sources(assistant) -> None:
    reply = respond(assistant, "Siapa yang memimpin apel di Pati?", [], [])
    assert reply.answer is not None and not reply.answer.abstained
    assert re.search(r"\[\d+\]", reply.messages[-1]["content"])
    assert [m["role"] for m in reply.messages] == ["user", "assistant"]
    assert "<mark>" in reply.sources and "[1]" in reply.sources
    assert reply.turns == [Turn("Siapa yang memimpin apel di Pati?", reply.answer.text)]


def test_follow_up_is_passed_the_earlier_turns(assistant, monkeypatch) -> None:
    first = respond(assistant, "Siapa yang memimpin apel di Pati?", [], [])
    seen = {}
    original = assistant.ask

    def spy(question, history=(), filters=None, top_k=5):
        seen["history"] = list(history)
        return original(question, history, filters, top_k)

    monkeypatch.setattr(assistant, "ask", spy)
    second = respond(assistant, "Di mana apel itu dilaksanakan?", first.messages, first.turns)
    assert seen["history"] == first.turns
    assert len(second.messages) == 4 and len(second.turns) == 2
    assert "Pati" in second.messages[-1]["content"]  # "itu" resolved to the roll call in Pati


def test_filters_restrict_citations_to_the_chosen_upt(assistant) -> None:
    reply = respond(
        assistant, "Apel siaga netralitas", [], [], upts=["Lapas Kelas IIB Kalabahi"]
    )
    assert reply.answer is not None and reply.answer.citations
    kalabahi = {a.doc_id for a in assistant.index.data.articles if "Lapas Kelas IIB Kalabahi" in a.upts}
    assert {c.doc_id for c in reply.answer.citations} <= kalabahi


def test_unanswerable_question_is_a_clear_no_answer(assistant) -> None:
    reply = respond(assistant, "Berapa harga cabai rawit di pasar Kalabahi tahun 2019?", [], [])
    assert reply.answer is not None and reply.answer.abstained
    assert reply.messages[-1]["content"].startswith("**Tidak ada jawaban di artikel")


def test_empty_question_changes_nothing(assistant) -> None:
    reply = respond(assistant, "   ", [{"role": "user", "content": "x"}], [])
    assert reply.answer is None and len(reply.messages) == 1
    assert pending("  ", []) == []


def test_bad_filter_is_explained_in_the_chat_and_keeps_the_turns(assistant) -> None:
    reply = respond(assistant, "Apel di Pati?", [], [], date_from="kemarin")
    assert reply.answer is None and reply.turns == []
    assert "bukan tanggal" in reply.messages[-1]["content"]


def test_question_with_html_is_shown_as_text(assistant) -> None:
    reply = respond(assistant, "<img src=x onerror=alert(1)> apel Pati?", [], [])
    assert "<img" not in reply.messages[0]["content"]
    assert pending("<b>x</b>", [])[-1]["content"] == SEARCHING


def test_corpus_table_lists_every_article_with_metadata(assistant) -> None:
    table = corpus_table(assistant)
    assert len(table) == len(assistant.index.data.articles)
    assert {"Judul / Title", "Media / Outlet", "Terbit / Published", "UPT"} <= set(table.columns)
    assert "Lapas Pati" in " ".join(table["UPT"])
    assert f"{assistant.health()['chunks']} bagian" in index_status(assistant)


def test_build_ui_exposes_only_the_chat_endpoint(assistant) -> None:
    page = build_ui(assistant)
    named = {d.api_name for d in page.fns.values() if d.api_visibility == "public"}
    assert named == {"chat"}


def test_unexpected_failure_is_a_message_not_a_crash(assistant, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(assistant, "ask", broken)
    reply = respond(assistant, "Apel di Pati?", [], [])
    assert reply.answer is None and reply.turns == []
    assert "Internal error" in reply.messages[-1]["content"]
