"""Answer composition: turn the question's evidence into a short, cited answer, or abstain.

Extractive by design: every claim is a span copied from a passage, with ``[n]`` pointing at
the passage. Read top to bottom, a question goes:

1. ``evidence.gather_evidence``: the one scorer; sentences (analysed at build time) are
   scored against the question's concepts and passages reranked from the same figures.
2. ``abstain.check``: reasons not to answer at all (a name no article has, ...), and
   ``premise``: the question presumes an act its article only denies, or an occasion
   ("remisi Nyepi") other than the one its article reports.
3. one composer per question type picks the span: ``who`` (a person with their post),
   ``when`` (a date, or a time of day), ``where`` (a venue or region), ``how_many`` (a
   number with what it counts, one per asked quantity), ``lists`` (one line per article),
   ``what`` (the gist of the best sentences, a purpose for *why*, an enumeration for
   "apa saja"), ``yesno``, ``article`` (author, outlet, publication date, summary).
4. ``citations.CitationBook`` numbers the passages in the order the answer uses them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rag.answer import abstain, premise
from rag.answer.abstain import Abstention, NotStated
from rag.answer.article import compose_author, compose_outlet, compose_published, compose_summary
from rag.answer.citations import CitationBook
from rag.answer.countries import compose_countries
from rag.answer.evidence import Evidence, gather_evidence
from rag.answer.how_many import compose_how_many
from rag.answer.labels import asks_label, compose_label
from rag.answer.lists import compose_list
from rag.answer.phrasing import t
from rag.answer.superlative import (
    asks_unit_threshold,
    compose_superlative,
    compose_unit_threshold,
    states_superlative,
)
from rag.answer.what import compose_items, compose_what, compose_why
from rag.answer.when import compose_time, compose_when
from rag.answer.where import compose_places_of_kind, compose_where
from rag.answer.who import compose_people, compose_who
from rag.answer.yesno import compose_yesno
from rag.query import asks_superlative
from rag.records import Citation

__all__ = ["Composed", "compose_answer", "gather_evidence"]

Composer = Callable[[Evidence, CitationBook], "list[str] | None"]

COMPOSERS: dict[str, Composer] = {
    "how_many": compose_how_many,
    "when": compose_when,
    "time": compose_time,
    "who": compose_who,
    "people": compose_people,
    "where": compose_where,
    "list": compose_list,
    "what": compose_what,
    "items": compose_items,
    "why": compose_why,
    "yesno": compose_yesno,
    "author": compose_author,
    "outlet": compose_outlet,
    "published": compose_published,
    "summary": compose_summary,
}

#: Question types a superlative ("the most", "terbanyak") turns into a comparison of counts.
_COMPARABLE_KINDS = frozenset({"how_many", "list", "what", "who"})
#: Question types a number that names ("SE nomor berapa?", "TPS-nya nomor berapa aja?",
#: "which decree numbers") may be asked as; the counting, listing and reading composers
#: would answer it with a count, a unit or a sentence.
_LABEL_KINDS = frozenset({"how_many", "list", "items", "what"})
#: Question types a country may be asked as ("negara mana saja", "which country").
_PLACE_KINDS = frozenset({"where", "list", "items", "what"})
#: Question types whose answer is one fact: when no passage states it, abstain rather than
#: quote something near it.
_FACT_KINDS = frozenset({"how_many", "when", "time", "author", "outlet", "published"})


@dataclass(frozen=True)
class Composed:
    """The answer text, its citations, and why it abstains (None when it answers)."""

    text: str
    citations: tuple[Citation, ...]
    abstain_reason: str | None = None

    @property
    def abstained(self) -> bool:
        return self.abstain_reason is not None


def compose_answer(evidence: Evidence, top_k: int) -> Composed:
    """Compose the answer from ``evidence``, or abstain with a reason.

    Args:
        evidence: the question's scored passages and sentences (``gather_evidence``).
        top_k: the most passages to cite (list answers cite one per listed article).
    """
    frame = evidence.frame
    book = CitationBook(evidence.index, evidence.hits)
    if not evidence.hits and frame.date_query is not None:
        return _abstain(Abstention("period_empty"), evidence, book)
    reason = (abstain.check(evidence) or premise.denied_act(evidence)
              or premise.other_occasion(evidence) or premise.other_destination(evidence)
              or premise.unstated_act(evidence) or premise.unstated_ordinal(evidence))
    if reason is not None:
        return _abstain(reason, evidence, book)
    composer = COMPOSERS.get(frame.kind, compose_what)
    try:
        lines = None
        if frame.kind in _COMPARABLE_KINDS and asks_superlative(frame.question):
            lines = compose_superlative(evidence, book)
            if lines is None and not states_superlative(evidence):
                # "Which ticket won the most votes?": no counts to compare and no sentence
                # that says which was first; quoting the report would not answer it.
                raise NotStated("not_stated")
        elif frame.kind in _COMPARABLE_KINDS and asks_unit_threshold(frame.question):
            # "Which prisons had more than 500 inmates granted remission?": the units whose
            # count passes the bound.
            lines = compose_unit_threshold(evidence, book)
        if lines is None and frame.kind in _PLACE_KINDS:
            # "Negara mana saja yang jadi tujuan?": the countries the report names; "Which
            # hospitals ...?": the places of that kind it names.
            lines = compose_countries(evidence, book) or compose_places_of_kind(evidence, book)
        lines = lines or (_label(evidence, book) if frame.kind in _LABEL_KINDS else None) or composer(evidence, book)
    except NotStated as missing:
        return _abstain(missing.abstention, evidence, book)
    if lines is None and frame.kind in _FACT_KINDS:
        # A count or a date is asked and no passage states one: do not answer around it.
        return _abstain(Abstention("not_stated"), evidence, book)
    try:
        lines = lines or _label(evidence, book) or compose_what(evidence, book)
    except NotStated as missing:
        # The fallback reads the best sentences as a what-question, and may find that the
        # report never names the kind of thing asked (a crime, a firm).
        return _abstain(missing.abstention, evidence, book)
    if not lines:
        return _abstain(Abstention("weak_match"), evidence, book)
    limit = max(top_k, len(book.citations)) if frame.kind == "list" else top_k
    return Composed("\n".join(lines), tuple(book.citations[:limit]))


def _label(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The numbers that name what is asked, as the report writes them, when the question
    asks for such a number; None otherwise."""
    return compose_label(evidence, book) if asks_label(evidence.frame.question) else None


def _abstain(reason: Abstention, evidence: Evidence, book: CitationBook) -> Composed:
    """Abstain, offering the nearest passages for the reader to judge."""
    text = abstain.message(reason, evidence.frame)
    nearest = [book.cite(h.chunk) for h in evidence.hits[:2]]
    if nearest:
        refs = ", ".join(f"[{n}]" for n in nearest)
        text += t(evidence.language, f" Bagian terdekat: {refs}.", f" Nearest passages: {refs}.")
    return Composed(text, tuple(book.citations), reason.code)
