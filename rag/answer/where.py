"""Where: the venue of the event, or the region when the question asks for one."""

from __future__ import annotations

import re

from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence
from rag.answer.phrasing import excerpt, quote
from rag.spans import REGION
from rag.upt import find_upts, upt_place

_ASKS_REGION = re.compile(
    r"\b(province|city|regency|district|region|provinsi|kabupaten|kota|daerah|wilayah)\b",
    re.IGNORECASE,
)


def compose_where(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The venue ("di Lapangan Upacara Lapas Kelas IIA Purwokerto"), or the region
    ("Kabupaten Alor Provinsi Nusa Tenggara Timur") when the question asks for one."""
    asks_region = bool(_ASKS_REGION.search(evidence.frame.question))
    asked_places = _upt_places(evidence.frame.question)
    for scored in evidence.focus_sentences()[:12]:
        span = _region(scored.text) if asks_region else next(iter(scored.sentence.venues), None)
        if span is None:
            continue
        venue_places = _upt_places(scored.text[span[0] : span[1]])
        if asked_places and venue_places and not venue_places & asked_places:
            continue  # "where in Lapas Serang?" is not answered by "di Lapas Cibinong"
        start, end = span
        n = book.cite(scored.chunk)
        context = excerpt(scored.text, start, end)
        return [f"**{scored.text[start:end].strip()}** [{n}]", "", f"> {quote(context)} [{n}]"]
    return None


def _region(text: str) -> tuple[int, int] | None:
    match = REGION.search(text)
    return match.span(1) if match else None


def _upt_places(text: str) -> frozenset[str]:
    """The lowercase places of the UPTs a text names ("Lapas Serang" → "serang")."""
    return frozenset(
        word.lower() for name in find_upts(text) for word in (upt_place(name) or "").split()
    )
