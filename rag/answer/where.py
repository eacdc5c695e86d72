"""Where: the venue of the event, or the region when the question asks for one."""

from __future__ import annotations

import re

from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence, words_naming
from rag.answer.phrasing import excerpt, quote
from rag.people import english_unit_places
from rag.spans import REGION
from rag.upt import find_upts, upt_place

_ASKS_REGION = re.compile(
    r"\b(province|city|regency|district|region|provinsi|kabupaten|kota|daerah|wilayah)\b",
    re.IGNORECASE,
)


def compose_where(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The venue ("di Lapangan Upacara Lapas Kelas IIA Purwokerto"), or the region
    ("Kabupaten Alor Provinsi Nusa Tenggara Timur") when the question asks for one."""
    if _ASKS_CELL.search(evidence.frame.question) and not _NAMES_CELL.search(evidence.frame.question):
        cell = _cell(evidence, book)
        if cell is not None:
            return cell
    for asks, phrase in ((_ASKS_ORIGIN, _ORIGIN), (_ASKS_ROOM, _ROOM)):
        if asks.search(evidence.frame.question):
            found = _phrase_in_answer(evidence, book, phrase)
            if found is not None:
                return found
    asks_region = bool(_ASKS_REGION.search(evidence.frame.question))
    asked_places = _upt_places(evidence.frame.question) | english_unit_places(evidence.frame.question)
    wanted = MAX_PLACES if _ASKS_SEVERAL.search(evidence.frame.question) else 1
    heads: list[str] = []
    quotes: list[str] = []
    doc = None
    itself = None  # the asked unit given as its own venue: said only if nothing says more
    focus = evidence.focus_sentences()[:12]
    acts = evidence.concepts.verbs
    tried_act = False
    # More places come from anywhere in the article that gave the first one.
    for scored in [*focus, *(s for s in evidence.sentences if s not in focus)]:
        if doc is None and scored not in focus:
            break
        span = _region(scored.text) if asks_region else next(iter(scored.sentence.venues), None)
        if span is None or doc not in (None, scored.doc_id):
            continue
        venue_places = _upt_places(scored.text[span[0] : span[1]])
        if not heads and not tried_act and acts and not asks_region and not any(
            words_naming(scored.text, acts)
        ):
            # "Where did they hide the items?": a venue of a sentence without the act
            # ("dipindah ke Lapas Cilegon") loses to the place right after the act.
            tried_act = True
            after = _after_act(evidence, book)
            if after is not None:
                return after
        if asked_places and venue_places and not venue_places & asked_places:
            continue  # "where in Lapas Serang?" is not answered by "di Lapas Cibinong"
        start, end = _with_landmark(scored.text, *_with_enumeration(scored.text, *span))
        place = scored.text[start:end].strip()
        if _names_given_cell(evidence.frame.question, place):
            continue  # "found in the Block D cells": the block is given, not asked
        if _BARE_UNIT.fullmatch(place) or any(place in other or other in place for other in heads):
            continue  # "di sekitar lapas" says no more than the question does
        if venue_places & asked_places and _UNIT_HEAD.match(place):
            # "Where in Salemba prison were the TPS?" is not answered by "Lapas Salemba"
            # when the article says "di lapangan Lapas Salemba".
            itself = itself or (scored, start, end)
            doc = scored.doc_id  # a place in it may come later in the same article
            continue
        n = book.cite(scored.chunk)
        heads.append(f"**{place}** [{n}]")
        quotes.append(f"> {quote(excerpt(scored.text, start, end))} [{n}]")
        doc = scored.doc_id
        if len(heads) == wanted:
            break
    if not heads and itself is None and not asks_region:
        # "Where had inmates hidden the phones?": no venue the analysis knows, but the report
        # says where right after the act ("disembunyikan di bunker, lemari, kasur, ...").
        return _after_act(evidence, book)
        scored, start, end = itself
        n = book.cite(scored.chunk)
        heads.append(f"**{scored.text[start:end].strip()}** [{n}]")
        quotes.append(f"> {quote(excerpt(scored.text, start, end))} [{n}]")
    return ["; ".join(heads), "", *quotes] if heads else None


#: A venue that is only a kind of unit, with no name: "sekitar lapas", "di rutan".
_BARE_UNIT = re.compile(
    r"(?:(?:sekitar|dekat|depan|belakang|samping)\s+)?(?:lapas|rutan|bapas|lpka|kantor|lembaga)",
    re.IGNORECASE,
)
#: A venue that is a unit itself, not a place in it ("Lapas Salemba, Jakarta Pusat").
_UNIT_HEAD = re.compile(
    r"(?:lapas|rutan|bapas|lpka|rupbasan|lembaga pemasyarakatan|rumah tahanan)\b", re.IGNORECASE
)
#: "Di mana saja ...?", "where were both caught?": every place the article gives, up to
#: ``MAX_PLACES``, from the article that answers.
_ASKS_SEVERAL = re.compile(r"\b(?:mana saja|where\b.*\b(?:both|each|all|two|three))\b", re.IGNORECASE)
MAX_PLACES = 3


#: "Blok dan kamar mana?", "which block/cell?": a block or a room inside a unit is asked.
_ASKS_CELL = re.compile(r"\b(?:blok|kamar|sel|block|cell|room)\b", re.IGNORECASE)
#: A question that names the block itself ("found in the Block D cells"): the block is
#: given, the place asked is another.
_NAMES_CELL = re.compile(r"\b(?:Blok|Block)\s+[A-Z0-9]\b|\b(?:kamar|sel|cell|room)\s+(?:nomor\s+|no\.?\s*)?\d+\b")


#: "Where did they come from?", "asalnya dari mana?": where people are from, not where
#: something happened.
_ASKS_ORIGIN = re.compile(r"\b(?:come|came|comes|hail|hailed) from\b|\bfrom where\b|\b(?:berasal|asal\w*)\b|"
                          r"\bdari mana\b|\b(?:warga|orang|penduduk) mana\b|\bhometowns?\b|\borigins?\b",
                          re.IGNORECASE)
#: "berasal dari Aceh", "asal Medan", "warga Jakarta".
_ORIGIN = re.compile(r"\b(?:berasal dari|asal(?:nya)?(?: dari)?|warga|penduduk|hails? from|comes? from"
                     # "satu orang dari Lapas dan satu orang dari Disdik": whom a body sent.
                     r"|(?:orang|perwakilan|utusan|petugas|personel|anggota|unsur|tim) dari)\s+"
                     r"(?P<place>[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*){0,3})")
#: "Di ruangan mana?", "which hall?": a room or hall of a building is asked.
_ASKS_ROOM = re.compile(r"\b(?:ruang(?:an)?|aula|gedung|hall|room|building)\b", re.IGNORECASE)
#: "di Aula Lapas Kelas IIA", "di ruang kunjungan": a room, up to the clause's end.
_ROOM = re.compile(r"\b(?:di|in|at|ke|to)\s+(?P<place>(?:[Aa]ula|[Rr]uang(?:an)?|[Gg]edung|[Bb]alai)\b"
                   r"(?:[^,.;()]|\.(?=\s?[A-Z]{2}))*)")  # "ruang Ka. KPLP": an abbreviation's dot


def _phrase_in_answer(evidence: Evidence, book: CitationBook, phrase: re.Pattern[str],
                      group: str | int = "place") -> list[str] | None:
    """The first ``phrase`` in the answering article's best sentences (its ``group``), as
    the answer."""
    found = evidence.answer_match(phrase)
    if found is None:
        return None
    scored, match = found
    n = book.cite(scored.chunk)
    if _ASKS_SEVERAL.search(evidence.frame.question):
        # "Pengawasnya dari mana saja?": every such phrase of that sentence ("satu orang dari
        # Lapas dan satu orang dari Disdik").
        places = dict.fromkeys(m.group(group).strip() for m in phrase.finditer(scored.text))
        return ["; ".join(f"**{p}** [{n}]" for p in places), "",
                f"> {quote(scored.text)} [{n}]"]
    return [f"**{match.group(group).strip()}** [{n}]", "",
            f"> {quote(excerpt(scored.text, match.start(), match.end()))} [{n}]"]


def _names_given_cell(question: str, place: str) -> bool:
    """Whether ``place`` is the block or room the question itself names ("Block D" and
    "kamar hunian Blok D")."""
    named = _NAMES_CELL.search(question)
    if named is None:
        return False
    label = named.group().split()[-1]
    return bool(re.search(rf"\b(?:Blok|Block|kamar|sel|cell|room)\s+(?:nomor\s+)?{re.escape(label)}\b",
                          place, re.IGNORECASE))


#: "Blok S kamar 16", "Blok D", "kamar nomor 3": how reports name them, with or without "di".
_CELL = re.compile(
    r"\b(?:Blok|Block)\s+[A-Z0-9][\w-]*(?:\s*,?\s*(?:kamar|sel|room)\s+(?:nomor\s+)?[\w-]+)?"
    r"|\b(?:kamar|sel)\s+(?:nomor\s+)?\d+\b"
)


def _cell(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The block (and room) the best sentence of the answering article names, if any."""
    return _phrase_in_answer(evidence, book, _CELL, group=0)


#: A landmark after a venue: "di bagian kiri, dekat pagar pembatas yang bersebelahan dengan
#: kantor Dispora" — the side alone does not tell a reader where.
_LANDMARK = re.compile(
    r",?\s*(?:(?:tepatnya|persisnya|yakni|yaitu)\s+)?(?:di\s+)?(?:dekat|samping|sebelah|depan|belakang|"
    r"bersebelahan|berbatasan|berdekatan|berhadapan|near|next to|beside|behind|opposite)\b",
    re.IGNORECASE,
)
#: The most words a venue with its landmark may take.
LANDMARK_WORDS = 24
#: Where a landmark's clause ends.
_SENTENCE_END = re.compile(r"[.;]\s|[.;]?$")


#: The rest of a list of places after the first: ", lemari, kasur, dan tempat lain".
_MORE_PLACES = re.compile(r"(?:,\s*(?:dan\s+|serta\s+|and\s+)?[\w/-]+(?:\s+[\w/-]+){0,2})+(?=[.;]|$)")


def _with_enumeration(text: str, start: int, end: int) -> tuple[int, int]:
    """The venue ``text[start:end]`` and the places listed after it to the sentence's end:
    "disembunyikan di bunker, lemari, kasur, dan tempat lain" hid things in all four."""
    more = _MORE_PLACES.match(text, end)
    if more is None or not re.search(r"\b(?:dan|serta|and)\b", more.group()):
        return start, end
    return start, more.end()


def _with_landmark(text: str, start: int, end: int) -> tuple[int, int]:
    """The venue ``text[start:end]`` and the landmark that follows it, up to the clause's end."""
    if not _LANDMARK.match(text, end):
        return start, end
    stop = _SENTENCE_END.search(text, end)
    words = text[start : stop.start() if stop else len(text)].split()
    if len(words) > LANDMARK_WORDS:
        return start, end
    return start, stop.start() if stop else len(text)


#: A place phrase after a verb: "di bunker", "ke Jakarta", "dalam lemari".
_PLACE_AFTER = re.compile(r"\s+(?:di|ke|dalam|di dalam|into|inside|in|at|to)\s+(?!mana\b|antaranya\b|sana\b|situ\b)(?=\w)",
                          re.IGNORECASE)
#: The end of a place phrase: a clause break or a word that starts another part of the sentence.
_PLACE_END = re.compile(r"[.;:]|\s(?:pada|saat|ketika|sejak|oleh|untuk|karena|sehingga|yang|dengan|on|when|by|for|because)\b"
                        r"|,(?!\s*(?:dan\s+|serta\s+)?[\w/-]+(?:\s+[\w/-]+){0,2}\s*(?:,|\.|$|dan\b|serta\b))")


def _after_act(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The place phrase right after the question's act in the answering article's best
    sentence that has one ("disembunyikan | di bunker, lemari, kasur, dan tempat lain")."""
    acts = evidence.concepts.verbs
    docs = evidence.answer_docs()[:1]
    for scored in evidence.focus_sentences()[:12]:
        if scored.doc_id not in docs:
            continue
        for word in words_naming(scored.text, acts):
            after = _PLACE_AFTER.match(scored.text, word.end())
            if after is None:
                continue
            stop = _PLACE_END.search(scored.text, after.end())
            end = stop.start() if stop else len(scored.text)
            place = scored.text[after.end() : end].strip(" ,")
            if not place or len(place.split()) > LANDMARK_WORDS or _BARE_UNIT.fullmatch(place):
                continue  # "merazia ... di dalam rutan" says no more than the question does
            n = book.cite(scored.chunk)
            return [f"**{place}** [{n}]", "", f"> {quote(excerpt(scored.text, word.start(), end))} [{n}]"]
    return None


def _region(text: str) -> tuple[int, int] | None:
    match = REGION.search(text)
    return match.span(1) if match else None


def _upt_places(text: str) -> frozenset[str]:
    """The lowercase places of the UPTs a text names ("Lapas Serang" → "serang")."""
    return frozenset(
        word.lower() for name in find_upts(text) for word in (upt_place(name) or "").split()
    )
