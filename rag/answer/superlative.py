"""Superlatives: "which had the most inmates, and how many?" compares the counts one article
gives (a table of UPTs, a breakdown) and answers the one at the top with its figure."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from rag import indonesian
from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence, ScoredSentence
from rag.answer.how_many import (
    article_sentences,
    figure,
    heading_text,
    number_value,
    quantity_contexts,
)
from rag.answer.phrasing import quote
from rag.upt import find_upts

#: "paling banyak", "terbanyak", "the most", "the highest" ...: the largest wins; the
#: second group asks for the smallest.
_MOST = re.compile(
    r"\b(?:paling (?:banyak|besar|tinggi|padat)|terbanyak|terbesar|tertinggi|terpadat"
    r"|(?:the )?(?:most|largest|biggest|highest|greatest))\b",
    re.IGNORECASE,
)
_LEAST = re.compile(
    r"\b(?:paling (?:sedikit|kecil|rendah)|tersedikit|terkecil|terendah"
    r"|(?:the )?(?:fewest|smallest|lowest|least))\b",
    re.IGNORECASE,
)
#: Words that say "count" without saying what is counted.
_COUNT_WORDS = frozenset({"jumlah", "jumlahnya", "number", "of", "the", "total", "yang", "mana"})


def asks_superlative(question: str) -> bool:
    """Whether the question asks for the largest or smallest of several counts."""
    return bool(_MOST.search(question) or _LEAST.search(question))


#: A sentence that itself says which came first ("terpadat", "unggul", "the largest").
_STATED_FIRST = re.compile(
    r"\b(?:unggul|menang|memenangkan|juara|terbaik|pertama|won|wins|winner|leading|led)\b",
    re.IGNORECASE,
)


def states_superlative(evidence: Evidence) -> bool:
    """Whether one of the best sentences of the articles that answer says which was the
    most, the least or first, in words rather than in counts."""
    docs = set(evidence.answer_docs())
    best = [s for s in evidence.sentences if s.doc_id in docs][:8]
    return any(
        _MOST.search(s.text) or _LEAST.search(s.text) or _STATED_FIRST.search(s.text) for s in best
    )


def compose_superlative(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``**Lapas Kelas II A Labuhan Ruku**: 2030 orang [1]``: among the counts of the best
    article that count what the question compares (the noun at its superlative), the
    largest (or smallest), named by the heading or UPT its line belongs to.

    Returns None when the article gives fewer than two such counts: there is nothing to
    compare, and the ordinary composer answers.
    """
    # The last superlative is the one asked: "in the list of the most crowded prisons,
    # which has the most inmates?"
    matches = sorted([*_LEAST.finditer(evidence.frame.question), *_MOST.finditer(evidence.frame.question)],
                     key=lambda m: m.start())
    if not matches:
        return None
    match = matches[-1]
    docs = evidence.answer_docs()
    if not docs:
        return None
    found: list[_Count] = []
    for counted in _compared_terms(evidence, match):
        found = _counts_of(evidence, docs[0], counted)
        if len(found) >= 2:
            break
    if not found:
        return None  # nothing the question compares is counted: the ordinary composer answers
    # Compare like with like: the counts in the unit most of them have ("orang", not the
    # "10 lembaga" of the introduction).
    unit = Counter(f.unit for f in found).most_common(1)[0][0]
    found = [f for f in found if f.unit == unit]
    if len(found) < 2:
        return None
    pick = min if _LEAST.fullmatch(match.group()) else max
    sentence, shown = pick(found, key=lambda f: f.value)[2:]
    n = book.cite(sentence.chunk)
    name = _name_of(evidence, sentence)
    head = f"**{name}**: {shown} [{n}]" if name else f"**{shown}** [{n}]"
    return [head, "", f"> {quote(_line(evidence, sentence))} [{n}]"]


def _compared_terms(evidence: Evidence, match: re.Match[str]) -> list[frozenset[str]]:
    """What the question compares, as analysed terms, most likely first: the noun after
    "the most" in English ("the most inmates"); in Indonesian the noun before "paling
    banyak" / "terbanyak" ("jumlah penghuninya paling banyak"), else the one after
    ("paling sedikit kapasitasnya"). An English noun brings the glossary's terms."""
    question = evidence.frame.question
    after = [w for w in re.findall(r"[\w-]+", question[match.end() :])[:3]
             if w.lower() not in _COUNT_WORDS][:1]
    before = [w for w in re.findall(r"[\w-]+", question[: match.start()])[-3:]
              if w.lower() not in _COUNT_WORDS][-1:]
    sides = [after, before] if evidence.language == "en" else [before, after]
    return [_terms(evidence, side[0]) for side in sides if side]


def _terms(evidence: Evidence, word: str) -> frozenset[str]:
    """The analysed word, with the terms of the question concept it belongs to."""
    terms = set(indonesian.analyze(word))
    for concept in evidence.concepts.concepts:
        if word.lower() in concept.label.split():
            terms.update(t for alternative in concept.alternatives for t in alternative)
    return frozenset(terms)


class _Count(NamedTuple):
    """One count of the article: its value, unit, sentence and how the answer shows it."""

    value: float
    unit: str
    sentence: ScoredSentence
    shown: str


def _counts_of(evidence: Evidence, doc_id: str, counted: frozenset[str]) -> list[_Count]:
    """The article's counts whose own words or unit name what is compared."""
    found = []
    for sentence in article_sentences(evidence, doc_id):
        for quantity, _, _, words, _ in quantity_contexts(sentence):
            value = number_value(quantity.number)
            unit_words = frozenset(indonesian.analyze(quantity.unit))
            if value is not None and counted & (words | unit_words):
                shown = figure(quantity, evidence.language)
                found.append(_Count(value, quantity.unit, sentence, shown))
    return found


def _name_of(evidence: Evidence, sentence: ScoredSentence) -> str | None:
    """What the count belongs to: its heading ("Lapas Kelas II A Labuhan Ruku:") or the UPT
    its own sentence names."""
    heading = heading_text(evidence, sentence)
    for text in (heading, sentence.text):
        if text:
            upts = find_upts(text)
            if upts:
                return upts[0]
    return heading.rstrip(": ") if heading else None


def _line(evidence: Evidence, sentence: ScoredSentence) -> str:
    """The quoted evidence: the heading and the line under it."""
    heading = heading_text(evidence, sentence)
    return f"{heading.rstrip()} {sentence.text}" if heading else sentence.text
