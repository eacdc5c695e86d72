"""When: the event date of the best-matching article(s), with the sentence that states it."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from rag.analysis import Sentence
from rag.answer.citations import CitationBook, cite_in_article
from rag.answer.evidence import Evidence, ScoredSentence, is_verb
from rag.answer.phrasing import article_label, long_date, quote, t, weekday_name
from rag.dates import (
    MONTH_NAMES,
    MONTHS_ID,
    WEEKDAY_RE,
    WEEKDAY_WORD,
    format_date,
    month_name,
    weekday_index,
)
from rag.glossary import analyze_document
from rag.page import is_caption
from rag.spans import ORDINAL_WORDS


def compose_when(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``**Kamis, 21 Desember 2023** [1]`` and the sentence stating it; one line per article
    when several answer equally well."""
    docs = evidence.answer_docs()
    if _ASKS_WEEKDAYS.search(evidence.frame.question):
        days = _weekdays_kept(evidence, book)
        if days is not None:
            return days
    if _ASKS_YEARS.search(evidence.frame.question):
        years = _years_listed(evidence, book)
        if years is not None:
            return years
    found = evidence.answer_match(_EVERY_WEEKDAY) if _ASKS_WEEKDAY.search(evidence.frame.question) else None
    if found is not None and not found[1].group("every") and any(
            d.start <= found[1].start("weekday") < d.start + len(d.text) for d in found[0].sentence.dates):
        found = None  # "pada Minggu malam (8/4)": a dated day, answered with its date
    if found is not None:
        # "ikut bimbingan hari apa?": "mengikuti bimbingan tiap hari Jumat sepulang
        # sekolah", a day of the week it recurs on, not the date of the report's event.
        scored, match = found
        n = book.cite(scored.chunk)
        day = weekday_name(weekday_index(match.group("weekday")) or 0, evidence.language)
        said = (t(evidence.language, f"setiap hari {day}", f"every {day}") if match.group("every")
                else t(evidence.language, f"hari {day}", f"on {day}"))
        hour = _TIME.search(scored.text, match.end()) if _ASKS_TIME.search(evidence.frame.question) else None
        if hour is not None and not _CLAUSE_BREAK.search(scored.text, match.end(), hour.start()):
            # "On what day, and at roughly what time, ...?": "pada Sabtu sekitar pukul 17.00".
            said = f"{said}, {_shown_time(scored.text, hour)}"
        return [f"**{said}** [{n}]", "",
                f"> {quote(scored.text)} [{n}]"]
    if _ASKS_SPAN.search(evidence.frame.question) or _ASKS_DATES.search(evidence.frame.question):
        span = _span(evidence, book, docs[:1])
        if span is not None:
            return span
    if _ASKS_UNTIL.search(evidence.frame.question):
        until = _until(evidence, book, docs[:1])
        if until is not None:
            return until
    if _ASKS_NEXT.search(evidence.frame.question):
        ahead = _time_ahead(evidence, book, docs[:1]) or _planned(evidence, book, docs[:1])
        if ahead is not None:
            return ahead
    if _ASKS_FOUNDING.search(evidence.frame.question):
        # "When was the Balikpapan prison first built?": "yang sudah berdiri sejak tahun
        # 1948", in whichever answering report says so, wherever in it.
        for doc_id in docs:
            for sentence in evidence.index.sentences.of_article(doc_id):
                match = _FOUNDED_IN.search(sentence.text)
                if match is not None:
                    n = cite_in_article(evidence, book, doc_id, sentence.start)
                    return [f"**{match.group('year')}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    if _ASKS_YEAR.search(evidence.frame.question):
        # "Since what year had it worked with businesses?": "sudah dirintis sejak tahun
        # 2009", not the year of the regulation behind it ("PP Nomor 57 Tahun 1999").
        found = (evidence.answer_match(_YEAR_BEGUN, limit=8) if _SINCE.search(evidence.frame.question) else None)
        found = found or evidence.answer_match(_YEAR_STATED, limit=8)
        if found is not None:
            # "In what year was the building constructed?": "Bangunan itu berdiri sejak 1981".
            scored, match = found
            n = book.cite(scored.chunk)
            return [f"**{match.group('year')}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]
    nth = _nth_time(evidence, book, docs[:1])
    if nth is not None:
        return nth
    stated = _start_or_month(evidence, book, docs[:1])
    if stated is not None:
        return stated
    lines = []
    for doc_id in docs:
        event = evidence.event_of(doc_id)
        if event is None:
            lines += _as_written(evidence, book, doc_id) if len(docs) == 1 else []
            continue
        day, offset = event
        sentence = evidence.index.sentences.at(doc_id, offset)
        if sentence is not None and is_caption(sentence.text):
            # "[Foto: ... jenazah ... diserahkan, Rabu (9/2/2022).]": the caption dates the
            # picture; the story's own sentence of that day says what happened, and when.
            told = _told_that_day(evidence, doc_id, day)
            if told is not None:
                sentence, offset = told
        elif sentence is not None and _TELLING_BEFORE.search(sentence.text[: offset - sentence.start]):
            # "Menurut keterangan Khairul pada Selasa, 19 Maret 2024, ...": the day he told of
            # it; "kejadian itu berlangsung pada Senin, 18 Maret 2024" is the day it happened.
            happened = _happened_on(evidence, doc_id, day)
            if happened is not None:
                sentence, offset, day = happened
        n = cite_in_article(evidence, book, doc_id, offset)
        when = long_date(day, evidence.language)
        first = _FIRST_DAY.search(sentence.text[: offset - sentence.start]) if sentence is not None else None
        if first is not None and 0 < int(first.group(1)) < day.day:
            # "berlangsung tiga hari, 21 hingga 23 Juli 2025": the days of a span, not its last.
            when = f"{first.group(1)}–{format_date(day, evidence.language)}"
        elif sentence is not None and (last := _span_end(sentence, offset - sentence.start)) is not None:
            # "digelar pada 18 Oktober 2024 sampai 25 Oktober 2024": the span, not its first day.
            when = f"{when} – {long_date(last, evidence.language)}"
        if len(docs) > 1:
            lines.append(f"- {article_label(evidence.index, doc_id)}: **{when}** [{n}]")
            continue
        hour = _hour(evidence, doc_id, sentence) if _ASKS_TIME.search(evidence.frame.question) else None
        # "Tanggal berapa dan jam berapa ...?": the time the same sentence states, too.
        lines.append(f"**{when}, {hour.group()}** [{n}]" if hour else f"**{when}** [{n}]")
        if sentence is not None:
            lines += ["", f"> {quote(sentence.text)} [{n}]"]
    return lines or None


#: A question on the day of the week something happens: "ikut bimbingan hari apa?",
#: "which day do they come in?" (not "hari apa saja", the dates of several days).
_ASKS_WEEKDAY = re.compile(r"\bhari apa\b(?!\s+(?:saja|aja))|\b(?:which|what) day\b(?!\s+of\s+the\s+month)",
                           re.IGNORECASE)
#: Several days of the week asked: "On which days of the week is it open?", "hari apa aja?".
_ASKS_WEEKDAYS = re.compile(r"\b(?:which|what)\s+days\b(?!\s+of\s+the\s+month)|\bhari\s+apa\s+(?:saja|aja)\b",
                            re.IGNORECASE)
#: The days a service keeps, as a stretch ("dibuka setiap hari mulai Senin hingga Jumat") or
#: named one by one ("setiap Senin dan Kamis").
_WEEKDAY_RANGE = re.compile(rf"\b(?P<first>{WEEKDAY_RE})\s*(?:hingga|sampai|s\.?/d\.?|-|–)\s*(?:hari\s+)?(?P<last>{WEEKDAY_RE})\b",
                            re.IGNORECASE)
_WEEKDAYS_NAMED = re.compile(rf"\b(?P<first>{WEEKDAY_RE})(?:\s*,\s*(?:{WEEKDAY_RE}))*,?\s+(?:dan|serta|atau)\s+(?P<last>{WEEKDAY_RE})\b",
                             re.IGNORECASE)


def _weekdays_kept(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The days of the week a service keeps, for a question asking several: "Senin hingga
    Jumat" as a stretch, or the days named ("Senin dan Kamis"); a dated day ("Senin (7/3)")
    is an event's, not one kept."""
    for pattern, joiner in ((_WEEKDAY_RANGE, ("hingga", "to")), (_WEEKDAYS_NAMED, None)):
        found = evidence.answer_match(pattern)
        if found is None:
            continue
        scored, match = found
        n = book.cite(scored.chunk)
        if joiner is not None:
            first, last = (weekday_name(weekday_index(match.group(g)) or 0, evidence.language) for g in ("first", "last"))
            said = t(evidence.language, f"{first} {joiner[0]} {last}", f"{first} {joiner[1]} {last}")
        else:
            said = ", ".join(weekday_name(weekday_index(d.group()) or 0, evidence.language)
                             for d in WEEKDAY_WORD.finditer(match.group()))
        return [f"**{said}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]
    return None


#: Several years asked: "Tahun brp aja ...?", "In which years ...?".
_ASKS_YEARS = re.compile(r"\b(?:which|what)\s+years\b|\btahun\s+(?:berapa|brp|apa)\s+(?:saja|aja)\b", re.IGNORECASE)
#: Years a sentence lists: "pada tahun 2019, 2020, dan 2021".
_YEARS_LISTED = re.compile(r"\b(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*,?\s+(?:dan|serta|hingga|sampai|and)\s+(?:19|20)\d\d\b",
                           re.IGNORECASE)


def _years_listed(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The years the answering report lists for the act asked ("diraih secara berturut-turut,
    yaitu pada tahun 2019, 2020, dan 2021"), each once, for a question asking several."""
    found = evidence.answer_match(_YEARS_LISTED)
    if found is None:
        return None
    scored, match = found
    n = book.cite(scored.chunk)
    years = ", ".join(dict.fromkeys(re.findall(r"(?:19|20)\d\d", match.group())))
    return [f"**{years}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]


#: What ends the clause of a weekday before a time of day that would be another act's.
_CLAUSE_BREAK = re.compile(r"[.;]|,\s+(?:dan|lalu|kemudian|sedangkan|sementara)\b", re.IGNORECASE)
#: A day of the week something recurs on: "tiap hari Jumat", "setiap Senin"; or the day a
#: service keeps, undated ("penitipan barang dibuka pada hari Sabtu", not "pada hari Sabtu
#: (12/3)", an event's date).
_EVERY_WEEKDAY = re.compile(r"\b(?:(?P<every>setiap|tiap|saban)\s+(?:hari\s+)?|pada\s+(?:hari\s+)?)"
                            r"(?P<weekday>senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)\b"
                            r"(?!\s*[(,]?\s*(?:\d|tanggal\b))", re.IGNORECASE)
#: Words that date the telling, right before a date: "menurut keterangan Khairul pada",
#: "saat dikonfirmasi pada", "ditemui wartawan pada".
_TELLING_BEFORE = re.compile(r"\b(?:keterangan|dikonfirmasi|ditemui|dihubungi|diwawancarai|konferensi pers|jumpa pers)\b"
                             # "Dalam keterangan yang disampaikan Sabtu (26/4/2025)": no "pada".
                             # ("saat dihubungi VIVA.co.id pada ...": a site's dots end nothing.)
                             r"(?:(?:[^.,;]|\.(?=\w)){0,40}?\bpada|(?:[^.,;]|\.(?=\w)){0,40}?\b(?:disampaikan|diberikan|dirilis))\s*$"
                             # "Yahya menuturkan, pada Minggu (13/8), bahwa ...": the day he said it.
                             r"|\b(?:menuturkan|mengatakan|menjelaskan|menyampaikan|menerangkan|mengungkapkan)\s*,?\s*pada\s*$",
                             re.IGNORECASE)
#: A sentence saying when the thing itself happened.
_HAPPENED = re.compile(r"\b(?:kejadian|peristiwa|insiden)\b[^.]{0,40}\b(?:berlangsung|terjadi)\b|"
                       r"\b(?:berlangsung|terjadi)\s+pada\b|"
                       # "Aksi itu dilakukannya selepas kegiatan tausiah rutin pada Kamis (10/8)".
                       r"\baksi\s+(?:itu|tersebut|ini)\s+dilakukan\w*\b", re.IGNORECASE)


def _happened_on(evidence: Evidence, doc_id: str, told: date) -> tuple[Sentence, int, date] | None:
    """The article's sentence that says when the thing happened ("kejadian itu berlangsung
    pada Senin, 18 Maret 2024"), with its date, when that date is another than the day it
    was told of; None when no sentence says so."""
    for sentence in evidence.index.sentences.of_article(doc_id):
        if not _HAPPENED.search(sentence.text):
            continue
        for dated in sentence.dates:
            if dated.day != told and dated.day < told:
                return sentence, sentence.start + dated.start, dated.day
    # "Panen raya lele itu dilakukan ... pada Kamis (24/4/2025)": a sentence that tells the
    # asked act itself, dated before the telling.
    acts = evidence.concepts.verbs
    for sentence in evidence.index.sentences.of_article(doc_id):
        if is_caption(sentence.text) or not (evidence.asked_events & sentence.events
                                             or any(a.matches(sentence.terms) for a in acts)):
            continue
        for dated in sentence.dates:
            if dated.day < told and not _TELLING_BEFORE.search(sentence.text[: dated.start]):
                return sentence, sentence.start + dated.start, dated.day
    return None


def _told_that_day(evidence: Evidence, doc_id: str, day: date) -> tuple[Sentence, int] | None:
    """The article's first sentence outside a caption that dates something ``day`` and
    says the question's act, with where that date stands; None when none does."""
    acts = evidence.concepts.verbs
    for sentence in evidence.index.sentences.of_article(doc_id):
        if is_caption(sentence.text) or not any(a.matches(sentence.terms) for a in acts):
            continue
        for dated in sentence.dates:
            if dated.day == day:
                return sentence, sentence.start + dated.start
    return None


#: A question asking only for a year, and a year a report states on its own ("sejak
#: 1981", "dibangun pada tahun 1981"), not as part of a date.
_ASKS_YEAR = re.compile(r"\b(?:what|which) year\b|\btahun (?:berapa|apa)\b"
                        # "Roughly when was the building built?", "kapan gedung itu dibangun?": a
                        # founding is dated by its year, whatever day the report was written.
                        r"|\bwhen\b[^?]*\b(?:built|constructed|founded|established|erected)\b"
                        r"|\bkapan\b[^?]*\b(?:dibangun|didirikan|berdiri)\b", re.IGNORECASE)
_YEAR_STATED = re.compile(r"\b(?:sejak|semenjak|pada|tahun|since|in)\s+(?:tahun\s+)?(?P<year>(?:19|20)\d{2})\b(?![/.-]\d)",
                          re.IGNORECASE)


#: A question on when a building or unit was founded, and the year a report says it was.
_ASKS_FOUNDING = re.compile(r"\bwhen\b[^?]*\b(?:built|constructed|founded|established|erected)\b"
                            r"|\bkapan\b[^?]*\b(?:dibangun|didirikan|berdiri)\b"
                            r"|\b(?:what|which) year\b[^?]*\b(?:built|constructed|founded|established|erected)\b"
                            r"|\btahun (?:berapa|apa)\b[^?]*\b(?:dibangun|didirikan|berdiri)\b", re.IGNORECASE)
_FOUNDED_IN = re.compile(r"\b(?:berdiri|dibangun|didirikan|diresmikan|beroperasi)\b[^.;]{0,30}?\b(?:sejak|pada|tahun)\s+"
                         r"(?:tahun\s+)?(?P<year>(?:18|19|20)\d{2})\b(?![/.-]\d)", re.IGNORECASE)
#: A year asked as the start of something ongoing ("since what year", "sejak tahun berapa"),
#: and a year a report gives as one.
_SINCE = re.compile(r"\b(?:since|sejak|semenjak)\b", re.IGNORECASE)
_YEAR_BEGUN = re.compile(r"\b(?:sejak|semenjak|since)\s+(?:tahun\s+)?(?P<year>(?:19|20)\d{2})\b(?![/.-]\d)", re.IGNORECASE)


#: A when-question about the next or a planned time: "kapan mau panen raya lagi?", "kapan
#: rencananya direnovasi?", "when is the next one planned?".
_ASKS_NEXT = re.compile(
    r"\b(?:lagi|berikutnya|selanjutnya|mendatang|rencana(?:nya)?|direncanakan|dijadwalkan|jadwal(?:nya)?|bakal|next|again|"
    # "expected to reach", "diperkirakan tiba": a time foreseen, as a schedule is.
    r"planned|scheduled|due|expected|diperkirakan|diprediksi)\b",
    re.IGNORECASE
)
#: A time counted from the report's day: "dalam waktu kurang lebih tiga bulan mendatang",
#: "dua minggu lagi", "tahun depan", "in three months".
_AHEAD = re.compile(
    r"(?:\bdalam (?:waktu )?)?(?:\b(?:sekitar|kurang lebih|kira-kira|about|around|roughly)\s+)?"
    r"\b(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas|beberapa|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+(?:hari|minggu|pekan|bulan|tahun|days?|weeks?|months?|years?)"
    r"\s+(?:ke depan|mendatang|lagi|from now|later|ahead)\b"
    r"|\b(?:tahun|bulan|minggu|pekan) depan\b|\bnext (?:week|month|year)\b",
    re.IGNORECASE,
)


#: The first day of a span in one month, written right before its last day's date: "21
#: hingga 23 Juli 2025", "21-23 Juli".
_FIRST_DAY = re.compile(r"\b(\d{1,2})\s*(?:hingga|sampai(?: dengan)?|s\.?\s?d\.?|-|–|to|until)\s*$", re.IGNORECASE)


def _time_ahead(evidence: Evidence, book: CitationBook, docs: list[str]) -> list[str] | None:
    """"Dalam waktu kurang lebih tiga bulan mendatang": for a question about the next time,
    the time ahead that a sentence speaking of the question's act gives, as written."""
    acts = evidence.concepts.topical
    for scored in evidence.focus_sentences()[:12]:
        if scored.doc_id not in docs:
            continue
        found = _AHEAD.search(scored.text)
        if found is not None and re.search(r"\b(?:selama|for)\s*$", scored.text[: found.start()], re.IGNORECASE):
            # "kuliah gratis selama empat tahun ke depan": how long it lasts, not when.
            found = None
        if found is None or not any(c.matches(scored.sentence.terms) for c in acts):
            continue
        n = book.cite(scored.chunk)
        return [f"**{found.group().strip()}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]
    return None


#: What a report writes before the time of something still to come: "FGD tersebut
#: direncanakan berlangsung pada Agustus 2023", "dijadwalkan baru bebas pada Desember 2027".
_PLAN_CUE = re.compile(
    r"\b(?:direncanakan|dijadwalkan|rencananya|berencana|diagendakan|ditargetkan|akan|bakal|nanti|"
    r"scheduled|planned|due)\b",
    re.IGNORECASE,
)
#: How far after its cue a planned time may stand, in characters.
PLAN_REACH = 60
#: A sentence leaning on the one before for its subject ("FGD tersebut ...", "Kegiatan itu ...").
_LEANS_BACK = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:tersebut|itu|ini)\b", re.IGNORECASE)


def _planned(evidence: Evidence, book: CitationBook, docs: list[str]) -> list[str] | None:
    """For a question about a planned time, the first day or month written after a plan
    word in a best sentence that speaks of the question's act, or in the sentence right
    after one that points back to it ("... dalam FGD mengenai pemeliharaan ... . FGD
    tersebut direncanakan berlangsung pada Agustus 2023"). A sentence giving a start and a
    plan ("sejak Januari 2023 dan dijadwalkan baru bebas pada Desember 2027") gives the
    plan's time, not the first one it writes."""
    acts = evidence.concepts.topical
    index = evidence.index.sentences
    leading = [s for s in evidence.focus_sentences()[:8] if s.doc_id in docs]
    candidates: list[Sentence] = []
    for scored in leading:
        if any(c.matches(scored.sentence.terms) for c in acts):
            candidates.append(scored.sentence)
            after = index.following(scored.sentence)
            if after is not None and _LEANS_BACK.match(after.text):
                candidates.append(after)
    for sentence in dict.fromkeys(candidates):
        times = [(d.start, long_date(d.day, evidence.language)) for d in sentence.dates]
        times += [(m.start(), _month_text(m, evidence.language)) for m in _MONTH_ONLY.finditer(sentence.text)
                  if m.group("year") and not any(d.start <= m.start() < d.start + len(d.text) for d in sentence.dates)]
        for cue in _PLAN_CUE.finditer(sentence.text):
            ahead = sorted(t for t in times if 0 < t[0] - cue.end() <= PLAN_REACH)
            if ahead:
                n = cite_in_article(evidence, book, sentence.doc_id, sentence.start)
                return [f"**{ahead[0][1]}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    return None


#: A when-question asking from when until when: "dari tanggal berapa sampai tanggal berapa?",
#: "from what date to what date", "when did it start and end".
_ASKS_SPAN = re.compile(
    r"\b(?:dari|mulai)\b.*\b(?:sampai|sampe|hingga|until)\b|\bfrom\b.*\b(?:to|until|till)\b"
    r"|\bstart(?:ed)?\b.*\bend(?:ed)?\b|\b(?:di)?mulai\b.*\b(?:selesai|berakhir|usai|rampung)\b"
    r"|\bbetween (?:which|what) (?:dates|days)\b|\b(?:which|what) dates\b",
    re.IGNORECASE,
)
#: What joins the two dates of a span: "mulai Jumat 23 September sampai 21 Oktober 2021".
#: Or a second verb that ends it: "dimulai 30 Maret dan dijadwalkan rampung 30 April".
_SPAN_JOIN = re.compile(
    # "sejak 31 Agustus lalu sampai dengan 7 September 2023": "lalu" only dates the start.
    # ("mulai Jumat, 15 Juni, hingga Ahad, 17 Juni 2018": a comma and the last day's weekday.)
    r"^\s*,?\s*(?:lalu\s+|kemarin\s+)?(?:sampai(?: dengan)?|hingga|s\.?\s?d\.?|to|until|till|-|–"
    r"|,?\s*(?:dan|serta|and)\s+(?:\w+\s+)?(?:rampung|selesai|berakhir|usai|ditutup|ended|ends|finished)"
    r"(?:\s+pada)?)\s*(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*)?$",
    re.IGNORECASE,
)


#: A when-question asking how long something runs: "sampai kapan?", "until when", "by when
#: will it end".
_ASKS_UNTIL = re.compile(
    r"\b(?:sampai|sampe|hingga) (?:kapan|tanggal berapa)\b|\b(?:until|till|by) when\b"
    r"|\bwhen (?:will|did|does|do|would|is|was) [^?]*\b(?:end|finish|close|conclude|run until|last until)\b"
    r"|\bkapan [^?]*\b(?:berakhir|selesai|rampung|ditutup)\b",
    re.IGNORECASE,
)
#: What stands before the last day of a span: "direncanakan berjalan sampai Jumat (26/9)".
_UNTIL_BEFORE = re.compile(
    r"\b(?:sampai(?: dengan)?|hingga|s\.?\s?d\.?|until|till|berakhir|selesai|rampung|ditutup)"
    r"(?:\s+pada)?(?:\s+hari)?\s*$",
    re.IGNORECASE,
)


#: A when-question about a beginning: "when did it begin", "sejak kapan", "mulai kapan".
_ASKS_START = re.compile(
    r"\b(?:begin|began|begun|start|started|starts|commence[ds]?|since when|opened|open|opens|kick(?:ed)? off)\b"
    # "Since what date had he been running the prison?", "from what date does it take effect?"
    r"|\b(?:since|from) (?:what|which) (?:date|day|month|year|time)\b|\btake effect\b|\bberlaku\b"
    r"|\bsejak kapan\b|\bmulai kapan\b|\bkapan\b[^?]*\b(?:dimulai|mulai|dibuka)\b",
    re.IGNORECASE,
)
#: What stands before the first day of something: "dimulai sejak", "terhitung sejak
#: pembukaannya pada", "mulai", "pertama kali dirintis pada".
_START_BEFORE = re.compile(
    r"\b(?:sejak|dimulai|mulai|semenjak|pembukaan(?:nya)?|dibuka|dirintis|merintis|diluncurkan|pertama kali|starting|since"
    r"|berlaku(?: efektif)?(?: pada| mulai)?)\b(?:\s+\w+){0,4}?(?:\s+pada)?\s*$",
    re.IGNORECASE,
)
#: A month a report gives without a day: "sejak April 2018", "pertengahan Juli 2019",
#: "pada bulan November 2022"; a span of months: "Januari sampai Juni 2024".
_MONTH_ONLY = re.compile(
    r"\b(?:(?P<part>awal|pertengahan|akhir|medio)\s+)?(?:bulan\s+)?(?P<month>" + "|".join(MONTHS_ID.values())
    + r")(?:\s+(?P<year>(?:19|20)\d\d))?(?:\s*(?:sampai|hingga|s\.d\.?|-|–)\s*(?P<until>"
    + "|".join(MONTHS_ID.values()) + r")(?:\s+(?P<until_year>(?:19|20)\d\d))?)?\b"
)
#: After a month named without its year, the words that tie it to the report's own time:
#: "pada Februari lalu", "Maret mendatang".
_MONTH_AGO = re.compile(r"\s+(?:lalu|kemarin|mendatang|depan|nanti|tahun ini|tahun lalu)\b", re.IGNORECASE)
#: Before a month of a list of months: "pada Januari dan April", "dan kini pada Oktober".
_MONTH_LISTED = re.compile(r"\b(?:pada|dan|serta|hingga|sampai|bulan)\s*$", re.IGNORECASE)
#: Parts of a month in English.
_MONTH_PART_EN = {"awal": "early", "pertengahan": "mid-", "medio": "mid-", "akhir": "late"}
#: A when-question asking for months: "over which months", "bulan apa saja".
_ASKS_MONTHS = re.compile(r"\b(?:which|what) months\b|\bbulan apa(?: saja| aja)?\b", re.IGNORECASE)
#: How many of the answering article's best sentences a month without a day may come from.
MONTH_SENTENCES = 2


def _start_or_month(evidence: Evidence, book: CitationBook, docs: list[str]) -> list[str] | None:
    """A beginning the answering article dates ("dimulai sejak pertengahan Juli 2019",
    "sejak pembukaannya pada 10 Agustus 2024") when the question asks when something began;
    else a month the article's best sentences give without a day ("rapat ... pada bulan
    November 2022"), which the event date of the report would otherwise replace."""
    asks_start = bool(_ASKS_START.search(evidence.frame.question))
    asks_months = bool(_ASKS_MONTHS.search(evidence.frame.question))
    leading = [s for s in evidence.focus_sentences()[:8] if s.doc_id in docs]
    single_month: tuple[ScoredSentence, re.Match[str]] | None = None  # one month, when no sentence lists more
    for rank, scored in enumerate(leading):
        months = [m for m in _MONTH_ONLY.finditer(scored.text)
                  # "Mei Kartini" is a name: a month alone needs its year, "bulan" or a part,
                  # or a word of the past or the future after it ("diteken pada Februari lalu")
                  if (m.group("year") or m.group("until") or m.group("part") or m.group().lower().startswith("bulan")
                      or _MONTH_AGO.match(scored.text, m.end())
                      # "digelar pada Januari dan April, dan kini pada Oktober": months asked
                      or asks_months and _MONTH_LISTED.search(scored.text[max(0, m.start() - 12) : m.start()]))
                  and not any(d.start <= m.start() < d.start + len(d.text) for d in scored.sentence.dates)]
        if asks_start:
            found = [(d.start, long_date(_span_start(scored.text, d.start, d.day), evidence.language))
                     for d in scored.sentence.dates]
            found += [(m.start(), _month_text(m, evidence.language)) for m in months]
            for start, text in sorted(found):
                if _START_BEFORE.search(scored.text[max(0, start - 40) : start]):
                    n = book.cite(scored.chunk)
                    return [f"**{text}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]
            continue
        if months and asks_months and len(months) > 1:
            # "Tes serupa sebelumnya digelar pada Januari dan April, dan kini pada Oktober":
            # the months asked, from any of the best sentences.
            return _months_listed(evidence, months, book.cite(scored.chunk), scored.text)
        if rank >= MONTH_SENTENCES:
            if asks_months:
                continue  # a later sentence may still list the months asked
            break
        if asks_months and single_month is None and months:
            single_month = (scored, months[0])
            continue
        if months and not scored.sentence.dates:
            return _month_answer(evidence, book, scored, months[0])
        if scored.sentence.dates and not asks_months:
            break  # the best sentence dates the day: the usual answer
    if asks_months:
        # "... sudah yang ketiga kalinya dalam setahun. Tes serupa sebelumnya digelar pada
        # Januari dan April, dan kini pada Oktober.": the months may be listed right after
        # a best sentence, which the question's words did not pick.
        for scored in leading[:MONTH_SENTENCES + 1]:
            after = evidence.index.sentences.following(scored.sentence)
            if after is None or after.doc_id != scored.doc_id:
                continue
            listed = [m for m in _MONTH_ONLY.finditer(after.text)
                      if _MONTH_LISTED.search(after.text[max(0, m.start() - 12) : m.start()])]
            if len(listed) > 1:
                return _months_listed(evidence, listed, cite_in_article(evidence, book, after.doc_id, after.start),
                                      after.text)
    return _month_answer(evidence, book, *single_month) if single_month is not None else None


def _months_listed(evidence: Evidence, months: list[re.Match[str]], n: int, text: str) -> list[str]:
    """Several months a sentence lists ("pada Januari dan April, dan kini pada Oktober"),
    each once, as the answer cited ``[n]``."""
    said = "; ".join(dict.fromkeys(_month_text(m, evidence.language) for m in months))
    return [f"**{said}** [{n}]", "", f"> {quote(text)} [{n}]"]


def _month_answer(evidence: Evidence, book: CitationBook, scored: ScoredSentence, month: re.Match[str]) -> list[str]:
    """A month a sentence gives without a day, as the answer, with the year a word tying it
    to the report's time gives it ("pada Februari lalu" in a report of July 2019)."""
    n = book.cite(scored.chunk)
    text = _month_text(month, evidence.language)
    published = evidence.index.articles[scored.doc_id].published
    tie = _MONTH_AGO.match(scored.text, month.end())
    if published is not None and not month.group("year") and tie is not None:
        number = MONTH_NAMES[month.group("month").lower()]
        text = f"{text} {_year_of_month(number, tie.group().strip().lower(), published)}"
    return [f"**{text}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]


#: A question on one of several times in a row: "yang kedua itu bulan apa?", "when was
#: the third one?" (a follow-up on "berapa kali ...?").
_ASKS_NTH = re.compile(
    r"\b(?:yang\s+|yg\s+|the\s+)(?P<nth>pertama|kedua|ketiga|keempat|first|second|third|fourth)\b",
    re.IGNORECASE,
)
#: Words that put a sentence's times in a row ("pertama ..., berikutnya ..., dan kini").
_IN_A_ROW = re.compile(r"\b(?:pertama|kedua|berikutnya|selanjutnya|kemudian|first|second|then|next)\b",
                       re.IGNORECASE)
#: How many of the answering article's best sentences may hold the times in a row.
NTH_SENTENCES = 12
#: A time a sentence names without a day: a year after its cue ("pada 2018"), or a month.
_BARE_YEAR = re.compile(r"\b(?:pada|tahun|in)\s+(?:tahun\s+)?(?P<year>(?:19|20)\d\d)\b(?![/.-]\d)", re.IGNORECASE)


def _nth_time(evidence: Evidence, book: CitationBook, docs: list[str]) -> list[str] | None:
    """The n-th of the times one sentence gives in a row when the question asks for "the
    second" ("tes pertama digelar pada 2018, berikutnya pada Februari 2019, dan kini pada
    bulan Oktober": the second is February 2019), not the report's own event date."""
    asked = _ASKS_NTH.search(evidence.frame.question)
    if asked is None:
        return None
    nth = ORDINAL_WORDS[asked.group("nth").lower()]
    for scored in [s for s in evidence.focus_sentences()[:NTH_SENTENCES] if s.doc_id in docs]:
        if not _IN_A_ROW.search(scored.text):
            continue
        times = [(d.start, long_date(d.day, evidence.language)) for d in scored.sentence.dates]
        times += [(m.start(), _month_text(m, evidence.language)) for m in _MONTH_ONLY.finditer(scored.text)
                  if (m.group("year") or m.group().lower().startswith("bulan"))
                  and not any(d.start <= m.start() < d.start + len(d.text) for d in scored.sentence.dates)]
        taken = [range(start, start + 20) for start, _ in times]
        times += [(m.start("year"), m.group("year")) for m in _BARE_YEAR.finditer(scored.text)
                  if not any(m.start("year") in span for span in taken)]
        times.sort()
        if len(times) >= max(2, nth):
            n = book.cite(scored.chunk)
            return [f"**{times[nth - 1][1]}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]
    return None


def _span_start(text: str, at: int, day: date) -> date:
    """The first day of a span written before its last day's date at ``at`` ("mulai 15
    hingga 18 Juni 2023" starts on 15 June), else ``day``: when something began or opened
    is its first day."""
    first = _FIRST_DAY.search(text[:at])
    if first is not None and 0 < int(first.group(1)) < day.day:
        return day.replace(day=int(first.group(1)))
    return day


def _year_of_month(month: int, tie: str, published: date) -> int:
    """The year of a month a report names by its tie to the report's time ("Februari lalu",
    "Maret mendatang", "Mei tahun lalu"): the nearest such month before or after it."""
    if tie == "tahun lalu":
        return published.year - 1
    if tie == "tahun ini":
        return published.year
    if tie in ("lalu", "kemarin"):
        return published.year - (month > published.month)
    return published.year + (month < published.month)


def _month_text(match: re.Match[str], language: str) -> str:
    """A month expression in the answer's language: "pertengahan Juli 2019" / "mid-July
    2019", "Januari sampai Juni 2024" / "January to June 2024"."""
    if language != "en":
        return match.group().strip()
    def english(name: str) -> str:
        return month_name(MONTH_NAMES[name.lower()], "en")

    part = _MONTH_PART_EN.get((match.group("part") or "").lower(), "")
    text = f"{part}{' ' if part and not part.endswith('-') else ''}{english(match.group('month'))}"
    if match.group("year"):
        text += f" {match.group('year')}"
    if match.group("until"):
        text += f" to {english(match.group('until'))}"
        if match.group("until_year"):
            text += f" {match.group('until_year')}"
    return text


def _best_then_all(evidence: Evidence, docs: list[str]) -> list[Sentence]:
    """The answering articles' best sentences, then every other sentence of theirs, each
    once: a span or an end date need not repeat the question's words."""
    leading = [s.sentence for s in evidence.focus_sentences()[:8] if s.doc_id in docs]
    rest = [s for doc_id in docs for s in evidence.index.sentences.of_article(doc_id)]
    return list(dict.fromkeys([*leading, *rest]))


def _until(evidence: Evidence, book: CitationBook, docs: list[str]) -> list[str] | None:
    """The last day of what is asked about: the first date the answering article writes
    after "sampai", "hingga" or "berakhir", in its best sentences first. The report's own
    date is when it started or was written, not when it runs until."""
    for sentence in _best_then_all(evidence, docs):
        for found in sentence.dates:
            if _UNTIL_BEFORE.search(sentence.text[max(0, found.start - 30) : found.start]):
                n = cite_in_article(evidence, book, sentence.doc_id, sentence.start)
                when = long_date(found.day, evidence.language)
                return [f"**{when}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    return None


def _span_end(sentence: Sentence, start: int) -> date | None:
    """The last day of a span whose first day the sentence writes at ``start`` ("18 Oktober
    2024 sampai 25 Oktober 2024"), or None when that date stands alone."""
    for first, last in pairwise(sentence.dates):
        if first.start == start and last.day > first.day:
            between = sentence.text[first.start + len(first.text) : last.start]
            if _SPAN_JOIN.match(between):
                return last.day
    return None


def _span(evidence: Evidence, book: CitationBook, docs: list[str]) -> list[str] | None:
    """The first and last day of a span the answering article gives, as it writes them (a
    start without its year is not given one): in its leading sentences first, then in any
    ("kegiatan dimulai 30 Maret dan dijadwalkan rampung 30 April" need not repeat what the
    activity was)."""
    several = _ASKS_DATES.search(evidence.frame.question) is not None
    for sentence in _best_then_all(evidence, docs):
        for first, last in pairwise(sentence.dates):
            between = sentence.text[first.start + len(first.text) : last.start]
            n = cite_in_article(evidence, book, sentence.doc_id, sentence.start)
            if _SPAN_JOIN.match(between):
                return [f"**{first.text} – {last.text}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
            if several and _DATES_JOIN.fullmatch(between):
                # "On which dates was the two-day screening?" — "Selasa (12/2) dan Rabu (13/2)".
                joined = t(evidence.language, "dan", "and")
                return [f"**{first.text} {joined} {last.text}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
        for last in sentence.dates:
            other = _DAY_BEFORE_AND.search(sentence.text, max(0, last.start - 25), last.start) if several else None
            if other is not None and 0 < int(other.group("day")) < last.day.day:
                # "Senin dan Selasa, 26 dan 27 Desember 2022": both days asked for.
                n = cite_in_article(evidence, book, sentence.doc_id, sentence.start)
                joined = t(evidence.language, "dan", "and")
                days = f"{other.group('day')} {joined} {format_date(last.day, evidence.language)}"
                return [f"**{days}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
            # "sejak 6 hingga 30 Juni 2022": the first day written bare, its month the last's.
            bare = _DAY_BEFORE_SPAN.search(sentence.text, max(0, last.start - 25), last.start)
            if bare is not None and 0 < int(bare.group("day")) < last.day.day:
                n = cite_in_article(evidence, book, sentence.doc_id, sentence.start)
                span = f"{bare.group('day')}–{format_date(last.day, evidence.language)}"
                return [f"**{span}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    return None


#: A bare day joined to a full date: "26 dan 27 Desember 2022".
_DAY_BEFORE_AND = re.compile(r"(?<![\d/.:,])\b(?P<day>[0-3]?\d)\s*,?\s*(?:dan|and|&)\s*$", re.IGNORECASE)
#: A bare day that opens a span ending at a full date: "6 hingga 30 Juni 2022".
_DAY_BEFORE_SPAN = re.compile(r"(?<![\d/.:,])\b(?P<day>[0-3]?\d)\s*(?:sampai(?: dengan)?|hingga|s\.?\s?d\.?|-|–)\s*$")


#: Dates asked in the plural ("on which dates", "tanggal berapa saja"): two days joined by
#: "dan" are both the answer.
_ASKS_DATES = re.compile(r"\b(?:which|what) dates\b|\btanggal berapa (?:saja|aja)\b|\bhari apa (?:saja|aja)\b",
                         re.IGNORECASE)
_DATES_JOIN = re.compile(r"\s*(?:,\s*)?(?:dan|and|serta)\s*|\s*,\s*", re.IGNORECASE)



def _hour(evidence: Evidence, doc_id: str, sentence: Sentence | None) -> re.Match[str] | None:
    """The time of day of the dated sentence, else of the article's best sentence that
    gives one ("... kabur Rabu (28/12) ... Keduanya keluar sekitar pukul 17.55 WIB")."""
    found = _time_in(sentence) if sentence is not None else None
    if found is None:
        for scored in evidence.focus_sentences()[:8]:
            if scored.doc_id == doc_id and (found := _time_in(scored.sentence)) is not None:
                break
    return found


#: A when-question that also asks the time of day.
_ASKS_TIME = re.compile(r"\b(?:jam|pukul) berapa\b|\bwhat time\b|\bat what hour\b|\bwhat hour\b"
                        # "Kapan tepatnya ...?", "when exactly": the day and the hour.
                        r"|\bkapan tepatnya\b|\btepatnya kapan\b|\bwhen exactly\b|\bexactly when\b"
                        # "(tanggal dan jam)", "date and time": the hour, not "24 jam".
                        r"|\b(?:tanggal|hari)(?:nya)? (?:dan|sama|serta|plus|&) (?:jam|pukul)(?:nya)?\b|"
                        # "... meninggal? tanggal sama jamnya": the hour asked after the date.
                        r"\b(?:jam|pukul)nya\b(?!\s*\d)|\b(?:jam|pukul)(?!\s*\d)(?=\W*\)|\s*\?)"
                        r"|\bdate and (?:the )?(?:approximate |exact )?time\b|\btime of day\b"
                        r"|\b(?:approximate|exact|rough) time\b", re.IGNORECASE)


#: A time of day as Indonesian news writes it: "pukul 08.00 WITA", "08.30 WIB".
_TIME = re.compile(
    r"\b(?:pukul|jam)\s+\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?|\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b"
)


def compose_time(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``**pukul 08.00 WITA** [1]``: the time of day the best sentences state; both ends
    of a span when the question asks between what times ("pukul 17.00 sampai 19.00 WITA")."""
    for scored, match in _times_of_the_act(evidence):
        n = book.cite(scored.chunk)
        return [f"**{_shown_time(scored.text, match)}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]
    # The act may be put in other words than the question's ("mengembuskan napas
    # penghabisan ... pukul 10.42" for "dinyatakan meninggal"): when the answering report
    # gives one time of day only, that is its time.
    docs = evidence.answer_docs()[:1]
    timed = [(sentence, match) for doc_id in docs for sentence in evidence.index.sentences.of_article(doc_id)
             if (match := _time_in(sentence)) is not None]
    if len(timed) == 1:
        sentence, match = timed[0]
        n = cite_in_article(evidence, book, sentence.doc_id, sentence.start)
        return [f"**{_shown_time(sentence.text, match)}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    return None


def _shown_time(text: str, time: re.Match[str]) -> str:
    """The time of day as answered: a span the sentence gives is the time asked, however
    the question puts it ("At what time did the ngelawar take place?": "mulai pukul 06.00
    hingga 08.00 WITA"), with any further sessions right after it."""
    span = _TIME_SPAN.match(text, time.start())
    if span is None:
        return time.group()
    return " ".join([span.group(), *_later_sessions(text, span.end())])


def _times_of_the_act(evidence: Evidence) -> list[tuple[ScoredSentence, re.Match[str]]]:
    """The best sentences' times of day, first those whose own clause (from the time before
    it, or the sentence's start, up to it) says the asked act: "what time was he caught
    again?" is answered by "... dan sudah berhasil ditangkap lagi sekitar pukul 12.05", not
    by "tahanan yang kabur kira-kira pukul 11.50 WIB, dan sekarang sudah tertangkap
    kembali" (whose time is the escape's), though that sentence ranks higher. Otherwise in
    the sentences' order, each sentence's first time."""
    acts = [c for c in evidence.concepts.concepts
            if not c.salient and not c.generic and any(is_verb(word) for word in c.label.split())]
    asked_verb = _TIME_ASKED_OF.search(evidence.frame.question)
    if asked_verb is not None:
        # "At what time did the floodwater ... peak on 27 January?": the English verb the
        # question dates, however the glossary words it ("puncak").
        acts += [c for c in evidence.concepts.concepts if c.label.lower() == asked_verb.group(1).lower()]
    # "makan pagi pukul 07.30 Wita, makan siang pukul 11.30 Wita": of one sentence's times,
    # the one whose clause names the thing asked ("lunch", makan siang) is its answer.
    things = [c for c in evidence.concepts.concepts if not c.salient and not c.generic and c not in acts]
    timed = []
    for rank, scored in enumerate(evidence.focus_sentences()[:12]):
        previous = 0
        head: frozenset[str] = frozenset()  # "Makanan ... dibagikan tiga kali sehari, yaitu": said of every time
        for match in _TIME.finditer(scored.text):
            if _stamped(scored.sentence, match):
                continue
            clause = head | frozenset(analyze_document(scored.text[previous : match.start()]))
            head = head or clause
            previous = match.end()
            timed.append((sum(c.matches(clause) for c in acts), rank, -sum(c.matches(clause) for c in things),
                          match.start(), scored, match))
    if not timed:
        return []
    most = max(said for said, *_ in timed)
    first_of_each: dict[int, tuple] = {}
    for entry in sorted(timed, key=lambda e: (e[1], -e[0], e[2], e[3])):
        first_of_each.setdefault(entry[1], entry)
    if first_of_each[timed[0][1]][0] == most:
        # The best sentence's time says the act as well as any: sentence order.
        return [(entry[4], entry[5]) for entry in first_of_each.values()]
    return [(entry[4], entry[5]) for entry in sorted(timed, key=lambda e: (-e[0], e[1], e[2], e[3]))]


#: The verb an English time question dates: "what time did the water ... peak on ...?".
_TIME_ASKED_OF = re.compile(r"\bwhat time (?:did|does|do|was|were|is|will)\b.*?\b([a-z]+)\s*(?:(?:on|at|in|during|according)\b|[,?])",
                            re.IGNORECASE)
#: A span of hours as a report writes it: "mulai pukul 06.00 hingga 08.00 WITA".
_TIME_SPAN = re.compile(
    # "pukul 09.00 pagi sampai pukul 14.00 siang": a part of the day may follow each time.
    r"(?:pukul|jam)?\s*\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?(?:\s+(?:pagi|siang|sore|malam))?\s*"
    # "buka pukul 07.00 WIB dan selesai pukul 12.00 WIB": a second verb ends the span.
    # ("... pukul 07.00 WITA dan pemungutan suara ditutup pukul 13.00": what closes may be named.)
    r"(?:sampai(?: dengan)?|hingga|s\.?d\.?|-|–|(?:dan|,)\s+(?:[\w-]+\s+){0,3}?(?:selesai|ditutup|tutup|berakhir|usai|rampung)"
    r"(?:\s+pada)?)\s*"
    r"(?:pukul\s+|jam\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?(?:\s+(?:pagi|siang|sore|malam)\b)?", re.IGNORECASE)


#: What joins one session's hours to the next in a sentence: "sesi pertama pukul 09.00
#: sampai 12.00 WIB dan sesi kedua pukul 13.00 hingga 15.00 WIB".
_SESSION_JOIN = re.compile(r"\s*(?:,|;)?\s*(?:dan|serta|lalu|kemudian|and|then)?\s*(?P<label>(?:[\w-]+\s+){0,3}?)"
                           r"(?=(?:pukul|jam)?\s*\d{1,2}[.:]\d{2})", re.IGNORECASE)


def _later_sessions(text: str, end: int) -> list[str]:
    """The further spans of hours a sentence gives right after the first, each with its
    label: a service open in two sessions is open at both ("jam brp aja?" is answered by
    "pukul 09.00 sampai 12.00 WIB dan sesi kedua pukul 13.00 hingga 15.00 WIB")."""
    later = []
    while (join := _SESSION_JOIN.match(text, end)) is not None and join.group().strip():
        span = _TIME_SPAN.match(text, join.end())
        if span is None:
            break
        later.append(f"{join.group().strip()} {span.group().strip()}")
        end = span.end()
    return later


def _time_in(sentence: Sentence) -> re.Match[str] | None:
    """The first time of day a sentence gives that is not its page's publication stamp."""
    return next((m for m in _TIME.finditer(sentence.text) if not _stamped(sentence, m)), None)


def _stamped(sentence: Sentence, time: re.Match[str]) -> bool:
    """Whether a time of day is the page's publication stamp, right after a date ("Rabu,
    26 Jan 2022, 14:05 WIB"): when the report was posted, not when anything happened. A
    time the prose introduces ("28 Oktober 2025, pukul 13.20 WIB") is no stamp."""
    if re.match(r"(?:pukul|jam)\b", time.group(), re.IGNORECASE):
        return False
    return any(0 <= time.start() - (d.start + len(d.text)) <= 3 for d in sentence.dates)


#: A date the article gives without a year ("Jumat (1/10)", "Senin, 4 Desember"), which
#: cannot be resolved to a calendar day; quoted as written.
_YEARLESS = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\s*,?\s*\(?\d{1,2}/\d{1,2}\)?"
    r"|\b\d{1,2}\s+(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
    r"November|Desember)\b"
)


def _as_written(evidence: Evidence, book: CitationBook, doc_id: str) -> list[str]:
    """The date as the article writes it, when it states no year to resolve it with.

    A sentence telling the act (one with the question's act, or "Aksi itu dilakukannya ...
    pada Kamis (10/8)" anywhere in the report) dates it before one dating another step of
    the story ("penangkapan NH dilakukan ... pada Sabtu (12/8)"); a day the act was told of
    ("Yahya menuturkan, pada Minggu (13/8), bahwa ...") does not date it."""
    best = [s.sentence for s in evidence.sentences[:10] if s.doc_id == doc_id]
    acts = evidence.concepts.verbs
    told = [s for s in evidence.index.sentences.of_article(doc_id) if _HAPPENED.search(s.text)]
    acting = [s for s in best if any(a.matches(s.terms) for a in acts)]
    fallback = evidence.best_chunk_per_doc()[doc_id][0].chunk
    for sentence in dict.fromkeys([*told, *acting, *best]):
        match = next((m for m in _YEARLESS.finditer(sentence.text)
                      if not _TELLING_BEFORE.search(sentence.text[: m.start()])), None)
        if match:
            n = book.cite_sentence(doc_id, sentence.start, fallback)
            hour = _hour(evidence, doc_id, sentence) if _ASKS_TIME.search(evidence.frame.question) else None
            when = f"{match.group()}, {hour.group()}" if hour else match.group()
            return [f"**{when}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    # "Sertifikat laik hygiene didapat ... pada pertengahan tahun 2023": a report with no
    # date of its own may still date the act by its month or year. The sentence judged with
    # what names the article (its headline, unit, place) says the rest of the question: the
    # hygiene certificate's, not the halal one's ("diterbitkan ... pada awal tahun 2024").
    identity = evidence.index.sentences.identity(doc_id)
    periods = [(sentence, period) for sentence in best
               if (period := next((m for m in _PERIOD_WRITTEN.finditer(sentence.text)
                                   if not _REGULATION_NUMBER.search(sentence.text[: m.start()])), None)) is not None]
    if periods and not _ASKS_DAY.search(evidence.frame.question):
        sentence, period = max(periods, key=lambda p: evidence.concepts.coverage(p[0].terms | identity))
        n = book.cite_sentence(doc_id, sentence.start, fallback)
        when = re.sub(r"^(?:pada|per)\s+", "", period.group().strip(), flags=re.IGNORECASE)
        return [f"**{when}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    return []


#: A question asking for the day itself, which a month or a year does not give.
_ASKS_DAY = re.compile(r"\b(?:exact|precise)\s+(?:date|day)\b|\btanggal\s+(?:berapa|brp)\b|\b(?:what|which)\s+date\b",
                       re.IGNORECASE)
#: A regulation's number before its year ("PP Nomor 57 Tahun 1999"): no date of the act.
_REGULATION_NUMBER = re.compile(r"\b(?:nomor|no\.?)\s*\d+\s*$", re.IGNORECASE)
#: A month or a part of a year with its year, as a sentence dates an act: "pada pertengahan
#: tahun 2023", "sejak Mei 2022", "akhir 2021".
_PERIOD_WRITTEN = re.compile(
    # ("Apel Siaga Pengamanan Natal 2025": a year that names the occasion dates nothing.)
    r"\b(?:pada|sejak|hingga|sampai|per|(?:pada\s+)?(?:pertengahan|awal|akhir|medio|penghujung|sepanjang|selama))\s+(?:tahun\s+)?"
    rf"(?:(?:{'|'.join(sorted(MONTHS_ID.values(), key=len, reverse=True))})\s+)?(?:19|20)\d{{2}}\b(?![/.-]\d)",
    re.IGNORECASE)
