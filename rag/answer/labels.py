"""Numbers that name rather than count: a regulation's or circular's number ("SE nomor
berapa?": "PAS-12.HH.01.02 Tahun 2022") and a level or stage ("PPKM level berapa?": "level 1
dan level 2").

"Berapa" asks for both a count and a label; the counting reader (``rag.answer.how_many``)
would answer "PPKM level berapa?" with whatever count sits nearest. These questions are
answered by the label as the report writes it, from the answering article's best sentence
that has one.
"""

from __future__ import annotations

import re

from rag.answer.abstain import NotStated
from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence
from rag.answer.phrasing import quote, t

#: A question asking a document's number: "SE nomor berapa", "what is the number of the
#: circular", "nomor surat edarannya apa".
_ASKS_DOCUMENT_NUMBER = re.compile(
    r"\b(?:nomor|no\.?)\s+(?:\w+\s+){0,2}?(?:berapa|brp|apa)\b"
    # "Nomor SK Kemenkumham yang menjadi dasar remisi ... berapa?": the document named first.
    r"|\bnomor\s+(?:SK|surat|keputusan|peraturan|UU|undang-undang|PP|SE|perpres|permen\w*|keppres)\b[^?]*\b(?:berapa|brp|apa)\b"
    r"|\b(?:what|which)(?:'s| is| was)?\s+(?:the\s+)?(?:reference\s+)?number\b(?=[^?]*\b(?:circular|regulation|decree|"
    r"law|letter|decision|instruction|rule|ordinance|order)s?\b)"
    r"|\b(?:circular|regulation|decree|law|letter|decision|instruction)\s+numbers?\b",
    re.IGNORECASE,
)
#: A document's number as reports write it: "nomor PAS-12.HH.01.02 Tahun 2022", "Nomor 99
#: Tahun 2012", "No. M.HH-01.PK.01.01 Tahun 2020" (not "nomor polisi BL 935 AZ").
_DOCUMENT_NUMBER = re.compile(
    r"\b(?:nomor|no\.)\s*:?\s*(?P<number>(?:[A-Z]{1,6}[.-]?)*\d[\w./-]*?)[.,]?(?:\s+(?:tahun|th\.?)\s+(?P<year>\d{4}))?"
    r"(?=[\s,;)]|$)",
    re.IGNORECASE,
)
#: A question asking a level, stage or class by its number: "PPKM level berapa",
#: "tahap keberapa" is an ordinal (``how_many``), not this.
_ASKS_LEVEL = re.compile(r"\b(?P<word>level|tingkat|zona|golongan|kategori|lantai)\s+(?:berapa|brp|apa)\b"
                         r"|\b(?:what|which)\s+(?P<word_en>level|tier|zone|category|floor)s?\b",
                         re.IGNORECASE)
#: The Indonesian word reports write for an English level word.
_LEVEL_WORDS = {"level": "level|tingkat", "tier": "level|tingkat", "zone": "zona", "category": "kategori|golongan",
                "floor": "lantai", "tingkat": "tingkat|level", "lantai": "lantai", "zona": "zona",
                "golongan": "golongan", "kategori": "kategori"}


#: A question asking the numbers things are known by: "TPS khusus ... nomornya berapa aja?",
#: "what were the polling stations' numbers?".
_ASKS_NUMBERED = re.compile(r"\bnomor(?:nya)?\s+(?:berapa|brp)\b"
                            # "what were the numbers of the polling stations ...?" too
                            r"|\bwhat\s+(?:are|were)\s+(?:the|their|its)\s+(?:[\w'’-]+\s+){0,2}numbers\b"
                            # "What number was the polling station given?", "which number did it get?"
                            r"|\b(?:what|which)\s+numbers?\s+(?:was|were|is|are|did|does)\b",
                            re.IGNORECASE)
#: Things numbered as reports write them: "masing-masing bernomor 905, 906, dan 907",
#: "TPS 04 dan TPS 13".
_AND = r"\s*(?:,\s*(?:dan\s+|serta\s+|and\s+)?|\s(?:dan|serta|and)\s+|&\s*)"
_NUMBERED = re.compile(
    rf"\b(?:bernomor|nomor)\s+(?P<numbers>\d[\w/-]*(?:{_AND}(?:(?:TPS|nomor)\s+)?\d[\w/-]*)*)"
    rf"|\b(?P<tps>TPS\s+(?:(?:Khusus|khusus|LK)\s+)?\d+(?:{_AND}(?:TPS\s+)?\d+)*)\b")
#: A question asking for several: "decree numbers", "nomor-nomor", "apa saja".
_ASKS_SEVERAL = re.compile(r"\bnumbers\b|\bnomor-nomor\b|\b(?:apa|berapa)\s+(?:saja|aja)\b|\bwhich\b", re.IGNORECASE)


#: A numbered thing written any way at all ("TPS) 901", "nomor 5", "Blok C2"): a report with
#: none numbers nothing, and "what number was it given?" is not answered by it.
_ANY_NUMBERED = re.compile(r"\b(?:TPS|Blok|Kamar|Sel|nomor|no\.|bernomor)\W{0,3}(?:\w+\W{1,3}){0,3}?\d+", re.IGNORECASE)
#: Things known by a number, not documents: "TPS nomor berapa", "nomor TPS-nya".
_NUMBERED_THING = re.compile(r"\b(?:tps|polling stations?|blok|block|kamar|rooms?|sel|cells?)\b", re.IGNORECASE)


#: The kinds of document a number is cited for, as questions and reports write them.
_INSTRUMENTS = {
    "keputusan": r"SK|surat\s+keputusan|keputusan|keppres|kepmen\w*|decree|decision",
    "undang-undang": r"UU|undang-undang|law",
    "peraturan pemerintah": r"PP|peraturan\s+pemerintah|government\s+regulation",
    "peraturan menteri": r"permen\w*|peraturan\s+menteri|ministerial\s+regulation|minister(?:'s|’s)?\s+regulation",
    "peraturan presiden": r"perpres|peraturan\s+presiden|presidential\s+regulation",
    "surat edaran": r"SE|surat\s+edaran|circular",
}
_INSTRUMENT_WORDS = {kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, words in _INSTRUMENTS.items()}
#: How far before a cited number the name of its document stands.
INSTRUMENT_CHARS = 60


def _instrument_asked(question: str) -> str | None:
    """The kind of document whose number the question asks ("SK Kemenkumham nomor berapa?"
    asks a decree's), or None when it names none or several."""
    kinds = [kind for kind, words in _INSTRUMENT_WORDS.items() if words.search(question)]
    return kinds[0] if len(kinds) == 1 else None


def _instrument_before(text: str, at: int) -> str | None:
    """The kind of document named nearest before the number at ``at``."""
    before = text[max(0, at - INSTRUMENT_CHARS) : at]
    found = [(m.end(), kind) for kind, words in _INSTRUMENT_WORDS.items() for m in words.finditer(before)]
    return max(found)[1] if found else None


def asks_label(question: str) -> bool:
    """Whether a question asks a number that names (a document's, a level's), not a count."""
    return bool(_ASKS_DOCUMENT_NUMBER.search(question) or _ASKS_LEVEL.search(question)
                or _ASKS_NUMBERED.search(question))


def compose_label(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``**nomor PAS-12.HH.01.02 Tahun 2022** [n]`` or ``**level 1 dan level 2** [n]``
    from the answering article's best sentence that writes one; None when none does."""
    question = evidence.frame.question
    level = _ASKS_LEVEL.search(question)
    if level is not None:
        words = _LEVEL_WORDS[(level.group("word") or level.group("word_en")).lower()]
        # "level 1 dan level 2", "level 1-2", "tingkat II atau III".
        label = re.compile(rf"\b(?:{words})\s+[\dIVX]+(?:\s*(?:,|-|dan|atau|hingga|sampai|and|or|to)\s*"
                           rf"(?:(?:{words})\s+)?[\dIVX]+)*\b", re.IGNORECASE)
    elif _ASKS_DOCUMENT_NUMBER.search(question) and not _NUMBERED_THING.search(question):
        label = _DOCUMENT_NUMBER
    else:
        # "TPS nomor brp aja?": polling stations, blocks and rooms are numbered things,
        # written "TPS 13 dan TPS 14", not a document's "nomor ...".
        label = _NUMBERED
    docs = evidence.answer_docs()[:1]
    for scored in evidence.focus_sentences()[:12]:
        if scored.doc_id not in docs:
            continue
        found = label.search(scored.text)
        if found is None:
            continue
        kind = _instrument_asked(question) if label is _DOCUMENT_NUMBER else None
        if kind is not None:
            # "mengacu pada SK Kemenkumham nomor berapa?" — "dasar hukum Undang-Undang Nomor
            # 12 Tahun 1995, ..., serta Surat Keputusan Kemenkumham RI Nomor PAS-626...":
            # the number of the kind of document asked, not the first the sentence cites.
            found = next((m for m in label.finditer(scored.text) if _instrument_before(scored.text, m.start()) == kind),
                         None)
            if found is None:
                continue
        n = book.cite(scored.chunk)
        labels = [found.group().strip(" .,")]
        if label is _DOCUMENT_NUMBER and _ASKS_SEVERAL.search(question):
            # "Which decree numbers were the remissions based on?": every number the
            # sentence cites ("SK Nomor PAS-2134..., SK Nomor PAS-2133..., ...").
            labels = list(dict.fromkeys(m.group().strip(" .,") for m in label.finditer(scored.text)
                                        if kind is None or _instrument_before(scored.text, m.start()) == kind))
        return ["; ".join(f"**{one}**" for one in labels) + f" [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]
    thing = _NUMBERED_THING.search(question) if label is _NUMBERED else None
    if thing is not None and docs and not _ANY_NUMBERED.search(evidence.index.articles[docs[0]].text):
        # "What number was the Putussibau polling station given?": the report says the rutan
        # has its own TPS and never numbers it; a count or a quote would not answer.
        raise NotStated("part_not_stated", t(evidence.language, f"nomor {thing.group()}", f"{thing.group()} number"))
    return None

