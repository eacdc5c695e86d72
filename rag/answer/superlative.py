"""Superlatives: "which had the most inmates, and how many?" compares the counts one article
gives (a table of UPTs, a breakdown) and answers the one at the top with its figure."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from rag import indonesian
from rag.analysis import Quantity
from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence, ScoredSentence
from rag.answer.how_many import (
    article_sentences,
    figure,
    heading_text,
    item_count,
    number_value,
    quantity_contexts,
)
from rag.answer.phrasing import quote
from rag.query import COUNT_BOUND, LEAST, MOST
from rag.upt import find_upts, upt_mentions

#: Words that say "count" without saying what is counted.
_COUNT_WORDS = frozenset({"jumlah", "jumlahnya", "number", "of", "the", "total", "yang", "mana"})


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
        MOST.search(s.text) or LEAST.search(s.text) or _STATED_FIRST.search(s.text) for s in best
    )


#: A question that asks how long, and the units a stretch of time is counted in.
_ASKS_LENGTH = re.compile(r"\b(?:berapa\s+lama|how\s+long)\b", re.IGNORECASE)
_TIME_UNIT = re.compile(r"(?:hari|minggu|pekan|bulan|tahun|jam|menit|days?|weeks?|months?|years?|hours?|minutes?)\b",
                        re.IGNORECASE)


def compose_superlative(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``**Lapas Kelas II A Labuhan Ruku**: 2030 orang [1]``: among the counts of the best
    article that count what the question compares (the noun at its superlative), the
    largest (or smallest), named by the heading or UPT its line belongs to.

    Returns None when the article gives fewer than two such counts: there is nothing to
    compare, and the ordinary composer answers.
    """
    # The last superlative is the one asked: "in the list of the most crowded prisons,
    # which has the most inmates?"
    matches = sorted([*LEAST.finditer(evidence.frame.question), *MOST.finditer(evidence.frame.question)],
                     key=lambda m: m.start())
    if not matches:
        return None
    match = matches[-1]
    counted = _counted_comparison(evidence, book, match)
    if _ASKS_UNIT.search(evidence.frame.question) and (counted is None or not counted[1]):
        # "Lapas mana yang paling banyak ...?" and the largest count compared belongs to no
        # unit (a province's total) or none was found: compare the units' own counts.
        compared = _compare_units(evidence, book, match)
        if compared is not None:
            return compared
    return counted[0] if counted is not None else None


def _counted_comparison(
    evidence: Evidence, book: CitationBook, match: re.Match[str]
) -> tuple[list[str], bool] | None:
    """The answer comparing the counts of what the question compares, and whether a unit
    names the one picked; None when there are not two such counts."""
    docs = evidence.answer_docs()
    if not docs:
        return None
    found: list[_Count] = []
    for counted in _compared_terms(evidence, match):
        found = _counts_of(evidence, docs[0], counted)
        if len(found) >= 2:
            break
    if _ASKS_LENGTH.search(evidence.frame.question):
        # "berapa lama potongan ... paling besar?": only stretches of time compare, not the
        # head counts ("659 orang") of the same sentences.
        found = [f for f in found if _TIME_UNIT.match(f.unit)]
    if not found:
        return None  # nothing the question compares is counted: the ordinary composer answers
    # Compare like with like: the counts in the unit most of them have ("orang", not the
    # "10 lembaga" of the introduction).
    unit = Counter(f.unit for f in found).most_common(1)[0][0]
    found = [f for f in found if f.unit == unit]
    if len(found) < 2:
        return None
    pick = min if LEAST.fullmatch(match.group()) else max
    picked = pick(found, key=lambda f: f.value)
    sentence, shown = picked.sentence, picked.shown
    heads = item_count(sentence, picked.quantity) if _ASKS_HEADS.search(evidence.frame.question) else None
    if heads is not None:
        # "How many got the biggest remission?": the amounts are compared, and the answer is
        # the head count of the item with the largest ("remisi lima bulan: 2 orang").
        shown = f"{figure(heads, evidence.language)} ({picked.quantity.number} {picked.quantity.unit})"
    n = book.cite(sentence.chunk)
    name = _name_of(evidence, sentence)
    head = f"**{name}**: {shown} [{n}]" if name else f"**{shown}** [{n}]"
    return [head, "", f"> {quote(_line(evidence, sentence))} [{n}]"], bool(name and find_upts(name))


#: A question asking which unit: "lapas mana", "UPT apa", "which prison", "which facilities".
_ASKS_UNIT = re.compile(
    r"\b(?:lapas|rutan|upt|unit|lpka|bapas|satker)\s+(?:mana|apa)\b"
    r"|\bwhich\s+(?:[\w'’-]+\s+){0,2}?(?:prisons?|units?|upts?|facilit(?:y|ies)|detention|centres?|centers?|"
    r"institutions?|rutan|lapas)\b",
    re.IGNORECASE,
)
#: Units of a count that is no head count of a unit: stretches of time, shares, money.
_NOT_HEADS = frozenset({"tahun", "bulan", "hari", "minggu", "jam", "persen", "%", "percent", "rp", "rupiah",
                        "juta", "ribu", "miliar", "kg", "gram", "tahap", "kali"})


class _UnitCount(NamedTuple):
    """A count the report gives for one unit ("Lapas Kelas IIA Cilegon 31 narapidana")."""

    unit_name: str
    value: float
    sentence: ScoredSentence
    shown: str


def asks_unit_threshold(question: str) -> bool:
    """Whether the question asks which units have a count above or below a bound ("Which
    prisons had more than 500 inmates granted remission?")."""
    return bool(_ASKS_UNIT.search(question) and COUNT_BOUND.search(question))


def compose_unit_threshold(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """One line per unit of the answering report whose count passes the question's bound:
    ``**Lapas Kelas IIA Jambi**: 857 orang [1]``."""
    bound = COUNT_BOUND.search(evidence.frame.question)
    docs = evidence.answer_docs()
    if bound is None or not docs:
        return None
    limit = number_value(bound.group(3).rstrip(".,"))
    if limit is None:
        return None
    above = bound.group(1) is not None
    best = _largest_per_unit(_unit_counts(evidence, docs[0]))
    passing = [c for c in best if (c.value > limit if above else c.value < limit)]
    if not passing or len(best) < 2:
        return None
    lines, quotes = [], []
    for count in sorted(passing, key=lambda c: -c.value):
        n = book.cite(count.sentence.chunk)
        lines.append(f"- **{count.unit_name}**: {count.shown} [{n}]")
        quotes.append(f"> {quote(_line(evidence, count.sentence))} [{n}]")
    return [*lines, "", *dict.fromkeys(quotes)]


def _compare_units(evidence: Evidence, book: CitationBook, match: re.Match[str]) -> list[str] | None:
    """"Lapas mana yang paling banyak ...?": the unit the report says had the most (a
    sentence with "terbanyak" and a unit), else the unit with the largest (or smallest)
    count the report gives for its units; counts of no unit (a province's total, "dari
    total 3.569") are not compared."""
    docs = evidence.answer_docs()
    if not docs:
        return None
    least = bool(LEAST.fullmatch(match.group()))
    counts = _unit_counts(evidence, docs[0])
    words = LEAST if least else MOST
    for scored in [s for s in evidence.sentences if s.doc_id == docs[0]][:8]:
        said = words.search(scored.text)
        mentions = upt_mentions(scored.text)
        if said and mentions:
            # "penerima terbanyak ... berasal dari Lapas Kelas IIA Jambi, yakni 857 orang".
            name = min(mentions, key=lambda m: abs(m[0] - said.end()))[2]
            figure_of = next((c.shown for c in counts if c.sentence is scored and c.unit_name == name), None)
            n = book.cite(scored.chunk)
            head = f"**{name}**: {figure_of} [{n}]" if figure_of else f"**{name}** [{n}]"
            return [head, "", f"> {quote(scored.text)} [{n}]"]
    best = _largest_per_unit(counts, least)
    if len(best) < 2:
        return None
    pick = (min if least else max)(best, key=lambda c: c.value)
    n = book.cite(pick.sentence.chunk)
    return [f"**{pick.unit_name}**: {pick.shown} [{n}]", "", f"> {quote(_line(evidence, pick.sentence))} [{n}]"]


def _largest_per_unit(counts: list[_UnitCount], least: bool = False) -> list[_UnitCount]:
    """Each unit's largest count (its smallest when ``least``): "33 napi memperoleh RK I,
    sementara 1 narapidana mendapat RK II" gives the unit 33."""
    per_unit: dict[str, _UnitCount] = {}
    for count in counts:
        held = per_unit.get(count.unit_name)
        if held is None or (count.value < held.value if least else count.value > held.value):
            per_unit[count.unit_name] = count
    return list(per_unit.values())


def _unit_counts(evidence: Evidence, doc_id: str) -> list[_UnitCount]:
    """The head counts of the report that belong to a unit written next to them."""
    found = []
    for sentence in article_sentences(evidence, doc_id):
        mentions = upt_mentions(sentence.text)
        if not mentions:
            continue
        text = sentence.text
        for quantity, *_ in quantity_contexts(sentence):
            value = number_value(quantity.number)
            unit = quantity.unit.split()[0].lower() if quantity.unit else ""
            if value is None or unit in _NOT_HEADS or _TOTAL_BEFORE.search(text[: quantity.start]):
                continue
            owner = _owner(text, quantity.start, quantity.end, mentions)
            if owner is not None:
                found.append(_UnitCount(owner, value, sentence, figure(quantity, evidence.language)))
    return found


#: A count that is a whole, not a unit's: "dari total 3.569 narapidana", "sebanyak total".
_TOTAL_BEFORE = re.compile(r"\b(?:total|seluruhnya|keseluruhan|in all|altogether)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: What lies between a count and the unit after it when the count is that unit's: "549 warga
#: binaan di Lapas ...", "98 orang dari Rutan ...".
_UNIT_AFTER = re.compile(r"^[^,;:.]{0,40}?\b(?:di|dari|pada|asal|at|in|from)\s+$", re.IGNORECASE)


def _owner(text: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The unit a count at ``start``-``end`` belongs to: the one right after it when joined
    by "di"/"dari" ("549 warga binaan di Lapas Narkotika Muara Sabak"), else the nearest one
    before it ("Lapas Kelas IIA Serang 11 narapidana")."""
    after = [m for m in mentions if m[0] >= end]
    if after and _UNIT_AFTER.match(text[end : after[0][0]]):
        return after[0][2]
    before = [m for m in mentions if m[1] <= start]
    return before[-1][2] if before else None


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
    quantity: Quantity


#: A question asking how many people, whatever the superlative compares: "how many of them
#: got the biggest reduction?", "berapa orang yang dapat remisi paling lama?".
_ASKS_HEADS = re.compile(r"\b(?:how many|berapa(?:\s+(?:orang|napi|narapidana|warga binaan|wbp))?)\b", re.IGNORECASE)


def _counts_of(evidence: Evidence, doc_id: str, counted: frozenset[str]) -> list[_Count]:
    """The article's counts whose own words or unit name what is compared."""
    found = []
    for sentence in article_sentences(evidence, doc_id):
        for quantity, _, _, words, _ in quantity_contexts(sentence):
            value = number_value(quantity.number)
            unit_words = frozenset(indonesian.analyze(quantity.unit))
            if value is not None and counted & (words | unit_words):
                shown = figure(quantity, evidence.language)
                found.append(_Count(value, quantity.unit, sentence, shown, quantity))
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
