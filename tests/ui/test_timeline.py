"""Timeline rows and figure from the seed articles as parsed by the corpus reader."""

from __future__ import annotations

from datetime import date

import pytest

from rag.corpus import read_corpus
from rag.records import Article, EventDate
from rag.timeline import NO_UPT, OTHER, event_kind, event_rows, timeline_figure
from tests.conftest import CORPUS

APEL, RAPAT = "Apel siaga / ikrar netralitas", "Rapat / pengarahan"


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles, _ = read_corpus(CORPUS)
    return {a.doc_id[:3]: a for a in articles}


def test_kinds_of_the_seed_events(seeds) -> None:
    kinds = {key: event_kind(a) for key, a in seeds.items()}
    # 002 is a meeting ("Kalapas Pimpin Rapat internalisasi"); the rest are roll calls/pledges,
    # 001 and 004 only say so in a long opening sentence (no headline of their own).
    assert kinds == {"000": APEL, "001": APEL, "002": RAPAT, "003": APEL, "004": APEL}


def test_one_row_per_upt_at_the_main_event_date(seeds) -> None:
    rows = event_rows([seeds["003"]])
    assert {(r.upt, r.day) for r in rows} == {
        ("Rutan Kelas IIB Blora", date(2023, 12, 20)),
        ("Lapas Pati", date(2023, 12, 20)),
    }
    assert all(r.dated_by == "event" for r in rows)


def test_rows_are_sorted_by_date(seeds) -> None:
    days = [r.day for r in event_rows(seeds.values())]
    assert days == sorted(days) and len(days) >= len(seeds)


def test_publication_date_stands_in_and_missing_upt_is_labelled() -> None:
    article = Article("x", "x.txt", "Kegiatan bakti sosial", "Isi.", published=date(2024, 1, 5))
    (row,) = event_rows([article])
    assert (row.day, row.upt, row.kind, row.dated_by) == (date(2024, 1, 5), NO_UPT, OTHER, "published")


def test_undatable_article_is_left_out() -> None:
    assert event_rows([Article("x", "x.txt", "Apel", "Isi.")]) == []


def test_figure_has_one_trace_per_kind_with_escaped_hover() -> None:
    hostile = Article(
        "h", "h.txt", 'Apel <img src=x onerror="alert(1)">', "Isi.", upts=("Lapas Pati",),
        event_dates=(EventDate(date(2023, 12, 20), "Rabu (20/12)", 0),),
    )  # fmt: skip
    other = Article("o", "o.txt", "Bakti sosial", "Isi.", published=date(2023, 12, 1))
    figure = timeline_figure([hostile, other])
    assert [t.name for t in figure.data] == [APEL, OTHER]
    hover = " ".join(figure.data[0].hovertext)
    assert "<img" not in hover and "&lt;img" in hover


def test_empty_corpus_gives_a_figure_with_a_note() -> None:
    figure = timeline_figure([])
    assert len(figure.data) == 0
    assert "No dated events" in figure.layout.annotations[0].text
