"""Yes/no: "yes" only when one passage holds every concept of the question."""

from __future__ import annotations

import re

from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence
from rag.answer.phrasing import t
from rag.answer.what import LEAD_WORDS, compose_what

#: Coverage a passage needs for a plain "yes".
YES_COVERAGE = 0.9


def compose_yesno(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """"Yes" when a passage holds every concept of the question, "No" when the sentence
    that does denies it ("tidak ada satu pun pegawai yang berafiliasi"), then the evidence;
    otherwise says the articles do not state exactly that and quotes the closest. The
    verdict and the gist together stay under 40 words."""
    best = evidence.best_chunk_per_doc()
    strong = max((cov for _, cov in best.values()), default=0.0) >= YES_COVERAGE
    language = evidence.language
    if not strong:
        verdict = t(language, "Artikel tidak menyebut persis; terdekat:", "Not stated exactly; closest:")
    elif evidence.sentences and _NEGATION.search(evidence.sentences[0].text):
        verdict = t(language, "Tidak.", "No.")
    else:
        verdict = t(language, "Ya.", "Yes.")
    lines = compose_what(evidence, book, lead_words=LEAD_WORDS - len(verdict.split()))
    if not lines:
        return None
    lines[0] = f"{verdict} {lines[0]}"
    return lines


#: A sentence that denies what it states.
_NEGATION = re.compile(r"\b(?:tidak|tak|bukan|belum|tanpa|no|not|never)\b", re.IGNORECASE)
