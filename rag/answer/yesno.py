"""Yes/no: "yes" only when one passage holds every concept of the question."""

from __future__ import annotations

from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence
from rag.answer.phrasing import t
from rag.answer.what import compose_what

#: Coverage a passage needs for a plain "yes".
YES_COVERAGE = 0.9


def compose_yesno(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Says "yes" when a passage holds every concept of the question, then the evidence;
    otherwise says the articles do not state exactly that and quotes the closest."""
    lines = compose_what(evidence, book)
    if not lines:
        return None
    best = evidence.best_chunk_per_doc()
    strong = max((cov for _, cov in best.values()), default=0.0) >= YES_COVERAGE
    language = evidence.language
    if strong:
        lines[0] = t(language, "Ya. ", "Yes. ") + lines[0]
    else:
        lines.insert(0, t(
            language,
            "Artikel tidak menyebut hal itu secara persis; yang paling dekat:",
            "The articles do not state exactly that; the closest they come:",
        ))
    return lines
