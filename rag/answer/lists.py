"""Lists: one line per matching article, with its UPT(s), event date, headline and citation."""

from __future__ import annotations

import re
from datetime import date

from rag import indonesian
from rag.answer.abstain import MIN_COVERAGE, NotStated
from rag.answer.citations import CitationBook, cite_in_article
from rag.answer.evidence import Evidence
from rag.answer.phrasing import article_label, headline, long_date, quote, t
from rag.answer.what import ASKS_COUNTED_SET, ASKS_PARTNER, compose_items, compose_what
from rag.answer.where import NEXT_PLACE
from rag.records import Chunk
from rag.regions import province_label
from rag.spans import ENGLISH_NUMBER_WORDS, NUMBER_WORDS
from rag.upt import asked_upts, find_upts, upt_kind, upt_matches, upt_mentions, upt_place

#: Articles whose best passage reaches this fraction of the best article's coverage are
#: listed in answers to "which/list" questions.
LIST_RELATIVE = 0.8
#: The coverage an article of the asked kind of event needs to be listed, absolute and
#: relative to the best article.
EVENT_FLOOR = 0.3
EVENT_RELATIVE = 0.45


def compose_list(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """One line per matching article: its UPT(s), event date and citation."""
    best = evidence.best_chunk_per_doc()
    if not best:
        return None
    top = max(cov for _, cov in best.values())
    # "Kegiatan apa saja pada bulan Desember?" names only a period: every article in it.
    # So does "UPT mana saja di Sumatera Selatan?": kinds of unit say what to list.
    everything = not any(
        not c.generic and not c.alternatives[0] <= _UNIT_KIND_TERMS
        for c in evidence.concepts.own_concepts
    )
    # When the question names a kind of event, the articles' event kinds decide who is
    # listed; coverage only keeps out articles that share little else with the question
    # ("menerima", "mengalami" are how the question is put, not what the article says).
    floor = (
        max(EVENT_FLOOR, EVENT_RELATIVE * top) if evidence.asked_events
        else max(MIN_COVERAGE, LIST_RELATIVE * top)
    )
    kanwil_only = _asks_kanwil(evidence.frame.question)
    chosen = [
        (doc_id, hit) for doc_id, (hit, cov) in best.items()
        if (everything or cov >= floor) and evidence.reports_asked_event(doc_id, main_only=True)
        and (not kanwil_only or _REGIONAL_OFFICE.search(evidence.index.articles[doc_id].title))
    ]
    if not chosen:
        return None
    if (ASKS_PARTNER.search(evidence.frame.question) and find_upts(evidence.frame.question)
            and not ASKS_COUNTED_SET.search(evidence.frame.question)):
        # "Rutan Klungkung kerja sama dgn instansi apa?": one named unit's partner, not a
        # list of units.
        partner = compose_what(evidence, book)
        if partner:
            return partner
    index, language = evidence.index, evidence.language
    if not kanwil_only and ((len(chosen) == 1 or _NAMED_UNIT.search(evidence.frame.question)) and _asks_other_than_units(
            evidence.frame.question, f"{evidence.frame.question} {evidence.frame.context}")
                            or _asks_activities_of_named_unit(evidence.frame.question)
                            or len(chosen) == 1 and not everything and _ASKS_ACTIVITIES.search(evidence.frame.question)):
        # "Asalnya dari kabupaten mana saja?", "which health institutions did it work
        # with?": things the one report enumerates, not units or reports.
        # Two things joined by "dan" ("melibatkan aparat TNI dan Polri") make no enumeration:
        # the sentence that names them answers.
        items = compose_items(evidence, book) or compose_what(evidence, book)
        if items:
            return items
    if len(chosen) == 1 and not kanwil_only and (listed := _units_listed(evidence, book, chosen[0][0])):
        return listed
    kind = _distinct_kind_asked(evidence.frame.question)
    if len(chosen) == 1 and not kanwil_only and kind is not None:
        # "Which Bapas supervises the women sent home from Lapas Perempuan Semarang?": a
        # unit of the kind asked the report names, not the report's own Lapas.
        return _unit_of_kind(evidence, book, chosen[0][0], kind)
    if len(chosen) == 1 and not kanwil_only:
        # One report answers: its units as the short answer ("At which prison did they
        # gather?", "dipindahin ke rutan mana?"), its headline as the evidence under it.
        doc_id, hit = chosen[0]
        if _only_units_given(evidence, doc_id):
            # "Which prison did the Batam detention centre send the 50 inmates to?": the
            # report's own unit is the one the question names as the sender; it is no
            # answer, and the report names no other.
            raise NotStated("not_stated")
        n = book.cite(_cite_chunk(evidence, doc_id, hit.chunk))
        event = evidence.event_of(doc_id)
        when = f" — {long_date(event[0], language)}" if event else ""
        title = headline(index.articles[doc_id].title)
        return [f"**{article_label(index, doc_id)}**{when} [{n}]", "", f"> {quote(title)} [{n}]"]
    # One event two outlets reported (same unit, same day) is one line citing both.
    events: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for doc_id, hit in sorted(chosen, key=lambda p: _sort_day(evidence, p[0])):
        n = book.cite(_cite_chunk(evidence, doc_id, hit.chunk))
        event = evidence.event_of(doc_id)
        when = f" — {long_date(event[0], language)}" if event else ""
        label = _kanwil_label(evidence, doc_id) if kanwil_only else article_label(index, doc_id)
        events.setdefault((label, when), []).append((n, headline(index.articles[doc_id].title)))
    if len(events) == 1 and next(iter(events))[1]:
        (label, when), reports = next(iter(events.items()))
        cites = " ".join(f"[{n}]" for n, _ in reports)
        return [f"**{label}**{when} {cites}", "", *(f"> {quote(title)} [{n}]" for n, title in reports)]
    lines = [f"- **{label}**{when}: {reports[0][1]} " + " ".join(f"[{n}]" for n, _ in reports)
             for (label, when), reports in events.items()]
    intro = t(
        language,
        f"{len(lines)} artikel cocok dengan pertanyaan ini:",
        f"{len(lines)} article(s) match this question:",
    )
    return [intro, *lines]


#: The unit a question asks for, with the place it may name: "which prison in Pontianak",
#: "lapas mana (saja)", "ke rutan mana".
_UNIT_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:prisons?|jails?|detention (?:centres?|centers?|facilit(?:y|ies))|facilit(?:y|ies)|"
    r"units?|lapas|rutan|lpka|bapas|upt)\b(?:\s+(?:in|at|of)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?"
    r"|\b(?:lapas|rutan|lpka|bapas|rupbasan|upt|unit)\s+(?:mana|apa)(?:\s+(?:saja|aja))?\b", re.IGNORECASE)


def _only_units_given(evidence: Evidence, doc_id: str) -> bool:
    """Whether each unit of the one answering report is one the question itself names
    outside the part that asks for a unit ("kiriman Lapas Pontianak", "the Batam detention
    centre"): answering with it repeats the question."""
    units = evidence.index.articles[doc_id].upts[:6]
    given = asked_upts(_UNIT_ASKED.sub(" ", evidence.frame.question))
    return bool(units and given) and all(any(upt_matches(name, unit) for name in given) for unit in units)


#: A kind of unit asked that no other kind stands in for: "Bapas mana", "which probation
#: office", "which LPKA". ("Which prison" may be answered by a Rutan.)
_DISTINCT_KIND_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?P<en>probation office|bapas|rupbasan|lpka|juvenile (?:detention|correctional) "
    r"(?:centre|center|facility))\b|\b(?P<id>bapas|rupbasan|lpka)\s+(?:mana|apa)\b", re.IGNORECASE)
_KIND_OF = {"probation office": "Bapas", "bapas": "Bapas", "rupbasan": "Rupbasan", "lpka": "LPKA"}


def _distinct_kind_asked(question: str) -> str | None:
    """The kind of unit ("Bapas", "Rupbasan", "LPKA") a question asks for by name."""
    match = _DISTINCT_KIND_ASKED.search(question)
    if match is None:
        return None
    word = (match.group("en") or match.group("id")).lower()
    return "LPKA" if word.startswith("juvenile") else _KIND_OF[word]


def _unit_of_kind(evidence: Evidence, book: CitationBook, doc_id: str, kind: str) -> list[str]:
    """The first unit of ``kind`` the report names, with the sentence that names it; when
    it names none ("di bawah pengawasan bapas terkait"), the articles do not say which."""
    for sentence in evidence.index.sentences.of_article(doc_id):
        for name in find_upts(sentence.text):
            if upt_kind(name) == kind:
                n = cite_in_article(evidence, book, doc_id, sentence.start)
                return [f"**{name}** [{n}]", "", f"> {quote(sentence.text, limit=500)} [{n}]"]
    raise NotStated("asked_kind_absent", kind)


#: A question asking which units: "ke lapas mana saja", "which prisons".
_ASKS_UNITS = re.compile(r"\b(?:lapas|rutan|upt|unit|lpka|bapas)\s+(?:mana|apa)\b"
                         r"|\b(?:lapas|rutan|upt|bapas|lpka)-(?:lapas|rutan|upt|bapas|lpka)\b"
                         r"|\bsebut(?:kan|in)\s+(?:semua\s+|seluruh\s+)?(?:upt|lapas|rutan|bapas|lpka)\b"
                         r"|\bwhich\s+(?:\w+\s+){0,2}(?:prisons|facilities|units|detention centres|detention centers|jails)\b",
                         re.IGNORECASE)
#: Capitalised words that go on a unit's name past what ``upt_mentions`` reads ("Lapas
#: Kota Banda" + " Aceh").
_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w-]*)*")


#: Several units asked: "lapas mana saja", "lapas-lapas", "sebutkan lapas", "which prisons".
_ASKS_SEVERAL_UNITS = re.compile(r"\bmana\s+(?:saja|aja)\b|\b(?:lapas|rutan|upt)-(?:lapas|rutan|upt)\b"
                                 r"|\bsebut(?:kan|in)\b|\bwhich\s+(?:\w+\s+){0,2}(?:prisons|units|facilities|jails)\b",
                                 re.IGNORECASE)
#: How well a sentence listing units must answer, against the best sentence of its report,
#: when the question names no unit whose partners it lists.
UNLISTED_RELATIVE = 0.7


#: The plural a question asks units by: "prisons", "detention centres".
_ASKED_PLURAL = r"(?:prisons|jails|detention cent(?:re|er)s|facilities|units)\b"
#: "which two Tangerang prisons", "dua lapas mana": how many units the question expects.
_UNITS_COUNTED = re.compile(r"\b(?:which|what|the)\s+(?P<en>two|three)\b|\b(?P<id>dua|tiga)\s+(?:lapas|rutan|upt|unit|bapas)\b",
                            re.IGNORECASE)
#: How many units a sentence must list to be read as a list of them when the question
#: gives no number: two units may be named together in passing.
FEWEST_LISTED = 3


def _fewest_listed(question: str) -> int:
    """``FEWEST_LISTED``, or fewer when the question itself says how many it asks for
    ("Which two Tangerang prisons had officials rotated?")."""
    counted = _UNITS_COUNTED.search(question)
    if counted is None:
        return FEWEST_LISTED
    word = (counted.group("en") or counted.group("id")).lower()
    return min(FEWEST_LISTED, ENGLISH_NUMBER_WORDS.get(word) or NUMBER_WORDS[word])


#: Words that open a unit of its own, not a place of the same kind.
_UNIT_WORD = re.compile(r"^(?:Lapas|Rutan|Bapas|LPKA|Rupbasan|Kanwil|Kantor|Lembaga|Rumah|Balai|Cabang)\b")
#: Words that open a part of an address, not a place of the same kind as a unit.
_ADDRESS_WORD = re.compile(r"^(?:Jalan|Jl|Jln|Desa|Kecamatan|Kelurahan|Kabupaten|Kota|Provinsi|Kampung|Dusun|Gang|RT|RW)\b")
#: A sentence that names those the sentence before counted: "Mereka adalah ...", "Yakni ...".
_NAMES_THOSE_BEFORE = re.compile(r"^\W*(?:mereka (?:adalah|ialah|yaitu|yakni)|yaitu|yakni|antara lain|di antaranya|"
                                 r"masing-masing|they (?:are|were))\b", re.IGNORECASE)


def _elided_places(text: str, end: int) -> list[str]:
    """The places listed right after a unit's name with its word left out, when the list
    closes with "dan"/"serta" as an enumeration does ("Kepala Lapas Cipinang, Semarang,
    ..., dan Medan"); an address after a unit ("Rutan Sidikalang di Jalan ..., Desa ...,
    Kecamatan ...") is no such list."""
    places, closed = [], False
    while (match := NEXT_PLACE.match(text, end)) is not None:
        closing = bool(re.match(r"\s*,?\s*(?:dan|serta)\b", text[end : match.start("place")]))
        if _UNIT_WORD.match(match.group("place")):
            # "Lapas Tabanan, Karangasem, Bangli, Klungkung, serta Lapas Narkotika": a unit
            # of its own word closes the list.
            closed = closed or closing
            break
        if _ADDRESS_WORD.match(match.group("place")):
            return []
        places.append(match.group("place"))
        closed = closing
        end = match.end()
    return places if closed else []


def _units_listed(evidence: Evidence, book: CitationBook, doc_id: str) -> list[str] | None:
    """"Ke lapas mana saja 100 napi dari Lapas Kualasimpang dipindahkan?": the units the
    report lists together besides the one the question names ("Lapas Narkotika Langsa
    menerima 15 orang, Lapas Langsa 20 orang, ..."), from its sentence naming the most;
    "Sebutkan lapas-lapas di Kalsel yang ... remisi Waisak": the units the one report
    lists its recipients by. None unless the question asks which units."""
    question = evidence.frame.question
    # A unit is named however its class is written: "Lapas Tulungagung" is "Lapas Kelas II
    # Tulungagung".
    # "which two Tangerang prisons": a town before the plural asked qualifies the units
    # asked; it names none to list the others of.
    named = {(upt_kind(n), (upt_place(n) or n).lower()) for n in (find_upts(question) or asked_upts(question))
             if not re.search(rf"\b{re.escape(upt_place(n) or n)}\s+{_ASKED_PLURAL}", question, re.IGNORECASE)}
    if not _ASKS_UNITS.search(question) or not named and not _ASKS_SEVERAL_UNITS.search(question):
        # "Ke lapas mana 58 napi dipindahkan?" asks one destination, which the report's
        # unit answers, not the units a sentence lists.
        return None
    best: tuple[int, object, list[str]] | None = None
    sentences = evidence.index.sentences.of_article(doc_id)
    if not named:
        # No unit named to list the others of: only a sentence that answers about as well
        # as the best ("Para penerima remisi Waisak itu berasal dari 5 UPT: ..."), not one
        # that lists the island's prisons when its three new ones are asked.
        focus = [s for s in evidence.focus_sentences() if s.doc_id == doc_id]
        top = max((s.coverage for s in focus), default=0.0)
        answering = {s.sentence.start for s in focus if s.coverage >= UNLISTED_RELATIVE * top}
        # "... delapan kepala lapas ikut dirotasi. Mereka adalah Kepala Lapas Cipinang, ...":
        # the list that names what the answering sentence counts.
        answering |= {s.start for s in sentences if _NAMES_THOSE_BEFORE.match(s.text)
                      and (before := evidence.index.sentences.preceding(s)) is not None and before.start in answering}
        sentences = [s for s in sentences if s.start in answering]
    for sentence in sentences:
        names = []
        for start, _, name in upt_mentions(sentence.text):
            at = sentence.text.find(name, start)
            full = name if at < 0 else name + _NAME_GOES_ON.match(sentence.text, at + len(name)).group()
            if (upt_kind(name), (upt_place(name) or name).lower()) not in named and full not in names:
                names.append(full)
            if at >= 0 and upt_place(name):
                # "Kepala Lapas Cipinang, Semarang, Bandar Lampung, ..., dan Medan": the
                # places that follow share the unit's word.
                kind_word = name[: name.find(upt_place(name))].strip()
                for place in _elided_places(sentence.text, at + len(full)):
                    if (upt_kind(name), place.lower()) not in named and f"{kind_word} {place}" not in names:
                        names.append(f"{kind_word} {place}")
        if len(names) >= _fewest_listed(question) and (best is None or len(names) > best[0]):
            best = (len(names), sentence, names)
    if best is None:
        return None
    _, sentence, names = best
    fallback = evidence.best_chunk_per_doc()[doc_id][0].chunk
    n = book.cite_sentence(doc_id, sentence.start, fallback)
    return [f"**{', '.join(names)}** [{n}]", "", f"> {quote(sentence.text, limit=500)} [{n}]"]


#: Analysed names of kinds of unit ("lapas, rutan, atau bapas" asks for any of them).
_UNIT_KIND_TERMS = frozenset(
    indonesian.analyze("lapas rutan lpka bapas rupbasan upt pemasyarakatan lembaga unit")
)
_UNITS = re.compile(r"\b(?:prisons?|lapas|rutan|detention|upt|bapas|lpka|rupbasan)\b", re.IGNORECASE)
#: A regional office, in a question or in a headline.
_REGIONAL_OFFICE = re.compile(r"\b(?:regional offices?|kanwil|kantor wilayah)\b", re.IGNORECASE)


#: What a list question asks for: the words before "mana saja" / "apa saja", or after
#: "which".
_ASKED_THING = re.compile(
    # "ke mana saja", "di mana saja" ask for places: no thing before them.
    r"\b((?:\w+\s+){0,1}(?!(?:ke|di|dari)\b)\w+)\s+(?:mana|apa)(?:kah)?\s+(?:saja|aja)\b"
    r"|\bwhich\s+(?:of\s+the\s+)?((?:[\w'’-]+\s+){0,2}[\w'’-]+)"
    # "List the polling station numbers set up ...": the noun phrase after the imperative.
    r"|^\W*(?:please\s+)?(?:list|name)\s+(?:all\s+)?(?:the\s+)?((?:[\w'’-]+\s+){0,2}[\w'’-]+)",
    re.IGNORECASE,
)


def _asks_other_than_units(question: str, conversation: str = "") -> bool:
    """Whether a list question asks for things other than units or reports ("kabupaten
    mana saja", "which health institutions"), which one report may enumerate.
    ``conversation``: the question with the turn it follows, which may name the unit."""
    asked = _ASKED_THING.search(question)
    if asked is None:
        return False
    thing = asked.group(1) or asked.group(2) or asked.group(3)
    if (_INSTITUTION.search(thing) and not _FIELD.search(thing) and not _NAMED_UNIT.search(conversation or question)
            # "Which institutions was the office coordinating with?": the partners of an act.
            and not ASKS_PARTNER.search(question)):
        # "which other institution joined the detention centre": a unit; but "lembaga apa
        # aja yg nyumbang kambing ke Lapas Kelas I Malang" names the unit, and asks for the
        # bodies around it.
        return False
    return not (_UNITS.search(thing) or _REGIONAL_OFFICE.search(thing) or _REPORTS.search(thing))


#: A unit the question names, in any case: "ke lapas kelas I malang", "Lapas Batang" (not
#: "lapas mana", "the detention centre").
_NAMED_UNIT = re.compile(r"\b(?:lapas|rutan|bapas|lpka|rupbasan)\s+(?!(?:mana|apa|yang|yg|itu|tersebut|ini|and|dan)\b)\w+"
                         # "the prison in Cirebon", "the Surabaya remand centre"
                         r"|\b(?:prison|jail|detention cent(?:re|er)|remand cent(?:re|er))\s+(?:in|at|of)\s+(?!(?-i:Class|I|II|III|IV)"
                         r"(?:[AB])?\b)(?-i:[A-Z])\w+"
                         r"|\b(?!(?-i:Class|I|II|III|IV)(?:[AB])?\b)(?-i:[A-Z])\w+\s+(?:(?:women's|narcotics|open|juvenile)\s+)?"
                         r"(?:prison|jail|detention cent(?:re|er)"
                         r"|remand cent(?:re|er))\b",
                         re.IGNORECASE)


#: Activities or facilities as what a list asks for ("kegiatan apa saja", "which
#: facilities at the Kendal open prison"): of a named unit, its report's own.
_ACTIVITIES = re.compile(r"\b(?:kegiatan|aktivitas|acara|program|pelatihan|fasilitas|sarana|activities|programmes?|"
                         r"programs?|trainings?|facilit(?:y|ies))\b", re.IGNORECASE)


#: Activities asked with "what"/"which" or "apa" ("what activities will inmates close to
#: release take part in?"): when one report answers, the activities it enumerates, not
#: the report's unit.
_ASKS_ACTIVITIES = re.compile(
    r"\b(?:what|which)\s+(?:other\s+|kinds?\s+of\s+|sorts?\s+of\s+)?(?:activities|programmes|programs|trainings)\b"
    r"|\b(?:kegiatan|aktivitas|acara|pelatihan)\s+apa\b",
    re.IGNORECASE,
)


def _asks_activities_of_named_unit(question: str) -> bool:
    """Whether a list question asks for the activities of a unit it names, in either language ("kegiatan apa
    saja yang dijalani warga binaan Lapas Perempuan Palembang?"): what its best report
    enumerates, however many reports name the unit; "kegiatan apa saja pada bulan
    Desember?" asks for reports."""
    asked = _ASKED_THING.search(question)
    if asked is None:
        return False
    thing = asked.group(1) or asked.group(2) or asked.group(3)
    return bool(_ACTIVITIES.search(thing)) and bool(asked_upts(question))


#: An institution, which may be a unit ("which other institution in Sanggau"), unless a
#: field says it is not ("health institutions", "lembaga pendidikan").
_INSTITUTION = re.compile(r"\b(?:institutions?|lembaga|instansi)\b", re.IGNORECASE)
_FIELD = re.compile(r"\b(?:health|medical|education(?:al)?|religious|financial|government|kesehatan|pendidikan|"
                    r"keagamaan|keuangan|pemerintah(?:an)?)\b", re.IGNORECASE)


#: Reports and events as what a list asks for ("which articles", "kegiatan apa saja").
_REPORTS = re.compile(r"\b(?:articles?|stories|reports?|news|events?|activities|artikel|berita|kegiatan|acara|"
                      r"upts?|units?|satker|kantor|offices?|facilit(?:y|ies)|centres?|centers?)\b", re.IGNORECASE)


def _asks_kanwil(question: str) -> bool:
    """Whether a list asks for regional offices themselves, not their prisons."""
    return bool(_REGIONAL_OFFICE.search(question)) and not _UNITS.search(question)


def _kanwil_label(evidence: Evidence, doc_id: str) -> str:
    """"Kanwil Kemenkumham <province>" for an article about a regional office."""
    provinces = evidence.index.sentences.provinces(doc_id)
    if not provinces:
        return article_label(evidence.index, doc_id)
    return f"Kanwil Kemenkumham {province_label(provinces[0], evidence.language)}"


def _sort_day(evidence: Evidence, doc_id: str) -> date:
    day = evidence.index.articles[doc_id].main_event_date
    return day or date.max


def _cite_chunk(evidence: Evidence, doc_id: str, fallback: Chunk) -> Chunk:
    """The article's passage holding its best-scoring sentence."""
    for scored in evidence.sentences:
        if scored.doc_id == doc_id:
            return scored.chunk
    return fallback
