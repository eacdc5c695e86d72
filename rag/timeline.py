"""Timeline: the events the articles report, as rows and as a chart (UPT against event date).

Pure functions of ``Article`` records; the UI shows the figure, tests check the rows.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import plotly.graph_objects as go

from rag.records import Article

#: Kinds of event, checked in order; the first whose pattern matches wins. Headlines name
#: the event most reliably, so the title is tried before the article's opening.
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "Apel siaga / ikrar netralitas",
        re.compile(r"\b(apel|ikrar|deklarasi|pakta\s+integritas)\b", re.IGNORECASE),
    ),
    (
        "Rapat / pengarahan",
        re.compile(
            r"\b(rapat|pengarahan|arahan|tekankan|menekankan|sosialisasi|internalisasi|briefing)\b",
            re.IGNORECASE,
        ),
    ),
)
OTHER = "Lainnya"
#: How much of the text counts as the article's opening: Indonesian lead sentences run
#: long ("Dalam rangka ... , Rutan X selenggarakan Apel Siaga ...") and name the event late.
LEAD_CHARS = 800
#: One colour per kind, fixed so a kind keeps its colour whatever the corpus holds.
COLOURS = {KINDS[0][0]: "#2563eb", KINDS[1][0]: "#ea580c", OTHER: "#6b7280"}
#: Label for articles that name no UPT.
NO_UPT = "(UPT tidak disebut)"


@dataclass(frozen=True)
class EventRow:
    """One event on the timeline: a UPT taking part in an article's main event."""

    day: date
    upt: str
    kind: str
    doc_id: str
    title: str
    source: str | None
    dated_by: str  # "event" when the text states the date, "published" when it is a fallback


def event_kind(article: Article) -> str:
    """The kind of event an article reports, from keywords in its title, then its lead."""
    for text in (article.title, article.text[:LEAD_CHARS]):
        for kind, pattern in KINDS:
            if pattern.search(text):
                return kind
    return OTHER


def event_rows(articles: Iterable[Article]) -> list[EventRow]:
    """One row per (article, UPT) at the article's main event date, sorted by date.

    Articles with neither an event date nor a publication date cannot be placed and are
    left out. An article naming no UPT still appears, under ``NO_UPT``.

    Args:
        articles: the indexed articles.

    Returns:
        Rows sorted by date, then UPT.
    """
    rows: list[EventRow] = []
    for article in articles:
        day = article.main_event_date or article.published
        if day is None:
            continue
        dated_by = "event" if article.main_event_date else "published"
        kind = event_kind(article)
        for upt in article.upts or (NO_UPT,):
            rows.append(
                EventRow(day, upt, kind, article.doc_id, article.title, article.source, dated_by)
            )
    return sorted(rows, key=lambda r: (r.day, r.upt, r.doc_id))


def _hover(row: EventRow) -> str:
    """Hover text; plotly renders some HTML in hover labels, so article text is escaped."""
    title = row.title if len(row.title) <= 90 else row.title[:89] + "…"
    dated = "" if row.dated_by == "event" else " (tanggal terbit)"
    parts = [
        f"<b>{html.escape(row.upt)}</b>",
        f"{row.day.isoformat()}{dated}",
        html.escape(title),
        html.escape(row.source or ""),
    ]
    return "<br>".join(p for p in parts if p)


def timeline_figure(articles: Iterable[Article]) -> go.Figure:
    """A scatter of UPT (y) against event date (x), one colour per kind of event.

    Args:
        articles: the indexed articles.

    Returns:
        A plotly figure; with no datable article it carries a "no events" note instead.
    """
    rows = event_rows(articles)
    figure = go.Figure()
    for kind in [k for k, _ in KINDS] + [OTHER]:
        selected = [r for r in rows if r.kind == kind]
        if not selected:
            continue
        figure.add_trace(
            go.Scatter(
                x=[r.day.isoformat() for r in selected],
                y=[r.upt for r in selected],
                mode="markers",
                name=kind,
                marker={"size": 14, "color": COLOURS[kind], "line": {"width": 1, "color": "white"}},
                hovertext=[_hover(r) for r in selected],
                hoverinfo="text",
            )
        )
    upts = sorted({r.upt for r in rows}, reverse=True)
    figure.update_layout(
        height=max(320, 90 + 34 * len(upts)),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        title={"text": "Peristiwa per UPT / Events by UPT", "x": 0.01},
        legend={"orientation": "h", "y": -0.12, "title": {"text": "Jenis / Kind"}},
        xaxis={"title": {"text": "Tanggal peristiwa / Event date"}, "type": "date"},
        yaxis={"categoryorder": "array", "categoryarray": upts, "automargin": True},
        plot_bgcolor="white",
    )
    figure.update_xaxes(showgrid=True, gridcolor="#e5e7eb")
    figure.update_yaxes(showgrid=True, gridcolor="#f3f4f6")
    if not rows:
        figure.add_annotation(
            text="Belum ada peristiwa bertanggal / No dated events yet",
            showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
        )  # fmt: skip
    return figure
