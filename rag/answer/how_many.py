"""How many: the number whose neighbouring words match the question, with what it counts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, pairwise, product
from typing import NamedTuple

from rag import glossary, indonesian
from rag.analysis import CLASSIFIERS, Quantity, Sentence, find_quantities
from rag.answer.abstain import NotStated
from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence, ScoredSentence, words_naming
from rag.answer.phrasing import clause_start, english_number, quote, t
from rag.answer.premise import (
    ALL_NEGATIVE,
    CONFINED_WORDS,
    LIVING_WORDS,
    WISHED,
    asked_act,
    unrealised,
)
from rag.compound import QUANTITY_WORDS
from rag.concepts import Concept, question_concepts, strip_phrase
from rag.dates import MONTH_NAMES, MONTHS_EN, MONTHS_ID, WEEKDAY_WORD, weekday_index
from rag.people import INMATE_NOUNS, STAFF_NOUNS
from rag.query import ASKS_RANK, asked_measure, posts_in_question
from rag.regions import province_of
from rag.spans import (
    ACRONYM,
    ENGLISH_NUMBER_WORDS,
    NUMBER,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    is_date_part,
    numbers,
)
from rag.upt import (
    asked_upts,
    find_upts,
    other_names,
    upt_kind,
    upt_mentions,
    upt_place,
)

#: Analysed names of kinds of unit.
_UNIT_TERMS = frozenset(indonesian.analyze("lapas rutan lpka bapas rupbasan upt kanwil"))
#: Units that only count ("556 orang"); any other unit qualifies what is counted.
_COUNTERS = frozenset({"orang", "jiwa", "buah", "unit", "kali", "hal", "poin", "jam", "hari"})
_COUNT_WORDS = re.compile(
    r"\b(?:how many|how much|(?:the )?(?:total )?number of|berapa(?:kah)?(?: jumlah| banyak| total)?"
    r"|jumlah)\s+(?:total\s+)?"
    # "jumlah maksimal pengikut": a limit says how the count is bounded; the noun is counted.
    r"(?:(?:maksimal|maksimum|minimal|minimum)\s+(?=[a-z]{4,}\b))?"
    # "Berapa orang warga binaan ...", "berapa unit HP": a counter word before the noun
    # counts that noun; "berapa orang yang ..." counts people.
    r"(?:(?:orang|buah|unit|ekor|biji|lembar|batang|set|paket|people|persons)\s+(?=(?:warga|napi|narapidana|tahanan|wbp|pegawai|petugas|"
    r"peserta|anak|inmates|prisoners|staff|officers)\b)|(?:buah|unit|ekor|biji|lembar|batang|set|paket)\s+"
    r"(?!(?:yang|yg|di|dari|ke|untuk|dalam|pada|sudah|telah|masih|akan|lagi)\b)"
    # "Berapa orang instruktur tari ...": any noun after "orang"; not a verb or a state
    # ("berapa orang mendampingi", "berapa orang tewas" count people).
    r"|orang\s+(?!(?:yang|yg|di|dari|ke|untuk|dalam|pada|sudah|telah|masih|akan|lagi|tewas|meninggal|luka|hilang|"
    r"selamat|kabur|buron|bebas|positif|negatif|hadir|ikut|saja|aja|lainnya|sebenarnya|sebenernya|kira|total|semua|"
    r"semuanya|sekitar|kurang|lebih|itu|ini|tuh|sih|dong)\b|(?:me|di|ber|ter|ke)[a-z]{3,}\b)"
    # "berapa orang PK": an acronym of people after "orang" is what is counted too.
    r"(?=[a-z]{4,}\b|(?-i:[A-Z]{2,6})\b))?(\w+)",
    re.IGNORECASE,
)


#: A count of units of time asked: "how many days off", "berapa hari libur" ("how many days
#: did the holiday last" in other words).
_ASKS_TIME_UNITS = re.compile(r"\b(?:how many|berapa|brp)\s+(days|weeks|months|years|hari|minggu|pekan|bulan|tahun)\b",
                              re.IGNORECASE)
#: The words each unit of time is written with, in either language.
_TIME_UNITS = ("hari|days?", "minggu|pekan|weeks?", "bulan|months?", "tahun|years?")


def compose_how_many(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``2.549 orang [1]``: the number whose neighbouring words best match the question;
    one number per quantity when the question asks for several ("how many A, and how many
    B?"), each chosen by the words of its own part of the question. Days asked that no
    count answers are a stretch of time ("berlibur selama sepuluh hari")."""
    try:
        found = _compose_count(evidence, book)
    except NotStated:
        if not _ASKS_TIMES.search(evidence.frame.question):
            raise
        found = None  # no count of occasions: the report may number the latest one
    asked = _ASKS_TIME_UNITS.search(evidence.frame.question)
    if found is None and asked is not None:
        # Only a stretch in the unit asked: "how many years was he sentenced?" is not
        # answered by "baru sekitar tiga bulan menghuni".
        unit = next(u for u in _TIME_UNITS if re.fullmatch(u, asked.group(1), re.IGNORECASE))
        return _compose_duration(evidence, book, unit)
    if found is None and _ASKS_TIMES.search(evidence.frame.question):
        return _times_by_ordinal(evidence, book)
    return found


def _told_before(evidence: Evidence) -> set[float | None]:
    """The figures the answer before gave: known to the asker, not asked again ("And how many
    of the inmates there got a visit, out of how many held?" after "... about 1,660 visitors
    a day")."""
    return {number_value(f) for f in evidence.frame.answer_figures}


#: A word before a year: "pada 2016 kasus yang dikendalikan napi ... empat" dates, it counts
#: no 2016 cases.
_YEAR_BEFORE = re.compile(r"\b(?:pada|tahun|sejak|hingga|sampai|periode|selama|sepanjang|in|since|during)\s+$", re.IGNORECASE)


def _year_written(text: str, quantity: Quantity) -> bool:
    """Whether a count's number is a year a date word puts before it."""
    return (re.fullmatch(r"(?:19|20)\d\d", quantity.number) is not None
            and _YEAR_BEFORE.search(text[max(0, quantity.start - 12) : quantity.start]) is not None)


#: A part of a whole asked: "how many of the cases were run by inmates?".
_ASKS_PART_OF = re.compile(r"\bhow many of (?:the|its|their|these|those|[A-Z][\w'’-]*)\b(?!\s+(?:them|whom)\b)", re.IGNORECASE)
#: A whole a part is then taken from: "dari total 18 kasus itu", "dari 83 litmas tersebut".
_WHOLE_TAKEN_FROM = re.compile(r"\b(?:dari|di antara)\s+(?:total\s+|jumlah\s+)?(?P<whole>\d[\d.]*)\s+[\w-]+(?:\s+[\w-]+)?\s+"
                               r"(?:itu|tersebut|ini)\b", re.IGNORECASE)


#: A unit's whole population asked: "total penghuninya", "jumlah seluruh penghuni", "the
#: total population".
# ("Dari seluruh penghuni Rutan Ponorogo, ada berapa napi yang diusulkan ...?" takes a part
# from the whole, which it does not ask.)
_ASKS_ALL_RESIDENTS = re.compile(r"(?<!dari )(?<!of )\b(?:total|jumlah|seluruh|keseluruhan)\s+(?:\w+\s+)?penghuni\w*"
                                 r"|\btotal (?:number of )?(?:occupants|residents|population)\b", re.IGNORECASE)
#: Words of a whole population around its count: "dari total 856 warga binaan", "berjumlah
#: 15 orang", "dihuni 184 narapidana", "jumlah penghuni".
_RESIDENTS_SAID = re.compile(r"\b(?:penghuni\w*|dihuni|menghuni|diisi|ditempati|terisi|isinya|populasi|"
                             r"total\w*|jumlah\w*|berjumlah|seluruh\w*|keseluruhan)\b", re.IGNORECASE)
#: How far around a count those words may stand, in characters.
RESIDENTS_REACH = 40


#: "How many times ...?", "udah berapa kali?": a count of occasions.
_ASKS_TIMES = re.compile(r"\bhow many times\b|\b(?:berapa|brp)\s+kali\b", re.IGNORECASE)
#: "ke-5", "ketiga": the Indonesian ordinals past the first.
_ORDINAL_WORD = rf"ke-?\s?\d+|{'|'.join(w for w, n in ORDINAL_WORDS.items() if n > 1 and w.startswith('ke'))}"
#: The occasion a report numbers: "merupakan kali ketiga", "untuk ketiga kalinya", "yang
#: ke-5 kalinya".
_TIMES_ORDINAL = re.compile(rf"\bkali\s+(?P<after>{_ORDINAL_WORD})\b|\b(?P<before>{_ORDINAL_WORD})\s+kalinya\b",
                            re.IGNORECASE)


def _times_by_ordinal(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``3 kali`` for "how many times" when the report numbers the occasion instead of
    counting them ("Ini merupakan kali ketiga lapas tersebut meraih penghargaan yang sama"):
    the third time means three times so far."""
    found = evidence.answer_match(_TIMES_ORDINAL)
    if found is None:
        return None
    sentence, match = found
    word = (match.group("after") or match.group("before")).lower()
    digits = re.sub(r"\D", "", word)
    times = int(digits) if digits else ORDINAL_WORDS[word]
    shown = t(evidence.language, f"{times} kali", f"{times} times") + f" ({match.group()})"
    return _stated(book, sentence, match, shown)


def _compose_count(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The count (or counts) asked; see ``compose_how_many``."""
    slots = quantity_slots(evidence.frame.question)
    if len(slots) > 1 and any(_ASKS_DURATION.search(slot) for slot in slots):
        # "dihukum brp tahun, udah dijalanin brp lama?": a sentence and the part served,
        # two stretches of time, each found by its own part of the question.
        return _compose_several(evidence, book, slots)
    if _ASKS_DURATION.search(evidence.frame.question) and asked_measure(evidence.frame.question) is None:
        # "how much was the Eid remission expected to save on the food budget?" names a
        # remission and asks an amount of money: only an unnamed amount is a stretch of time.
        return _compose_duration(evidence, book)
    if _ASKS_FRACTION.search(evidence.frame.question):
        return _compose_fraction(evidence, book)
    if _ASKS_ORDINAL.search(evidence.frame.question):
        return _compose_ordinal(evidence, book)
    if _ASKS_SCORE.search(evidence.frame.question):
        found = evidence.answer_match(_SCORE_STATED)
        if found is not None:
            # "skor finalnya brp?": "kalah 0-5", written as the match's own score.
            scored, match = found
            n = book.cite(scored.chunk)
            return [f"**{match.group('score')}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]
    counted = _counted_concept(evidence)
    if counted is not None and not counted.unknown and not evidence.concepts.present(counted):
        # "Berapa honor instruktur?": no article speaks of fees at all.
        raise NotStated("not_stated", counted.label)
    if len(slots) > 1:
        return _compose_several(evidence, book, slots)
    each = _distributed(evidence.frame.question)
    if each is not None:
        texts, entities = each
        return _compose_several(evidence, book, texts, entities)
    per_place = _each_place_counted(evidence, book)
    if per_place is not None:
        return per_place
    best = None
    given = question_numbers(evidence.frame.question)
    given_things = _things_given(evidence.frame.question, evidence.language)
    told = _told_before(evidence)
    # The count comes from the article the answer is about: a report of another occasion
    # that shares the question's words ("177 narapidana ... memperoleh Remisi Umum" for a
    # Christmas remission) states another count.
    about = set(evidence.answer_docs())
    if len(about) > 1:
        # Of reports tied at the top, those about the unit the question names: "the Kendari
        # detention centre's capacity" is not Rutan Kolaka's, which names Kendari in passing.
        about = evidence.about_asked_unit(about) or about
    candidates = [
        (sentence, candidate)
        for sentence in evidence.focus_sentences(relative=0.5)[:20]
        if not about or sentence.doc_id in about
        for candidate in _number_candidates(evidence, sentence, counted)
        # "... the decree that freed two inmates": two is not the answer; "0619", written
        # with a leading zero, is a code, no count.
        if not _given_count(candidate[1], given, given_things) and not _CODE.fullmatch(candidate[1].number)
        and not _year_written(sentence.text, candidate[1])
    ]
    candidates = [(s, c) for s, c in candidates if number_value(c[1].number) not in told] or candidates
    if (counted is not None and _WEIGHT_UNIT.fullmatch(counted.label)
            and not any(counted.matches(frozenset(indonesian.analyze(c[1].unit))) for _, c in candidates)):
        # "Brp kilo sabu yg disimpen ...?": a weight in the unit asked, wherever the answering
        # report gives it ("menyimpan sabu-sabu dengan berat hampir 4 kilogram"), over counts
        # of people the question's other words pick.
        weighed = [(s, c) for s, c in _report_counts(evidence, counted, given)
                   if counted.matches(frozenset(indonesian.analyze(c[1].unit)))]
        candidates = weighed or candidates
    # "satu petugas memegang 100 orang": one of a ratio, not a count of those asked.
    candidates = [(s, c) for s, c in candidates
                  if not (number_value(c[1].number) == 1.0 and _RATIO_AFTER.match(s.text, c[1].end))] or candidates
    frames = {w for m in _ONE_AS_FRAME.finditer(evidence.frame.question) for w in glossary.analyze_query(m.group("frame"), evidence.language)}
    if frames:
        # "Berapa petugas yang berjaga dalam satu shift?": "dibagi menjadi tiga shift" counts
        # what the question counts in, not what it asks.
        counting = [(s, c) for s, c in candidates if not frames & set(glossary.analyze_document(c[1].unit)[:1])]
        candidates = counting or candidates
    housed: list = []
    housed_asked = bool(_ASKS_INHABITING.search(evidence.frame.question)) and not _ASKS_CAPACITY.search(evidence.frame.question)
    if housed_asked:
        # "Berapa warga binaan yang menghuni Lapas Muaro Sijunjung ketika 12 napi kabur?":
        # a count the report gives with the same verb ("lapas yang dihuni 309 narapidana"),
        # over the count of the story the question sets its scene by ("Enam narapidana
        # ... ditangkap").
        housed = [(s, c) for s, c in candidates if _inhabiting_said(s.text, c[1])]
        candidates = housed or candidates
    if _ASKS_PART_OF.search(evidence.frame.question) and candidates:
        # "How many of BNNP's 2017 drug cases were run by inmates?": the report's whole
        # ("membongkar 18 kasus") is what the part is taken from ("dari total 18 kasus itu,
        # sebanyak 15 kasus dikendalikan napi"), not the part asked.
        wholes = {number_value(m.group("whole")) for s in article_sentences(evidence, candidates[0][0].doc_id)
                  for m in _WHOLE_TAKEN_FROM.finditer(s.text)}
        candidates = [(s, c) for s, c in candidates if number_value(c[1].number) not in wholes] or candidates
    if _ASKS_ALL_RESIDENTS.search(evidence.frame.question):
        # "total penghuninya ada berapa?": the unit's whole population, which a report gives
        # with a word of living there ("dihuni 184 narapidana", "jumlah penghuni ... 1.145");
        # those an act took in ("VCT ... pada 60 warga binaan") are no population.
        living = [(s, c) for s, c in candidates
                  if _RESIDENTS_SAID.search(s.text[max(0, c[1].start - RESIDENTS_REACH) : c[1].end + RESIDENTS_REACH])
                  or _inhabiting_said(s.text, c[1])]
        if not living:
            raise NotStated("not_stated")
        candidates = living
    if _ASKS_REST.search(evidence.frame.question):
        # "trus sisanya brp org?": the count the report gives as the rest ("sedangkan 18
        # orang lainnya narapidana tindak pidana umum"), not the whole the turn before gave.
        candidates = [(s, c) for s, c in candidates if _THE_REST.match(s.text, c[1].end)] or candidates
    last_clause = re.split(r"\b(?:yang|yg|who|that)\b", evidence.frame.question, flags=re.IGNORECASE)
    if (len(last_clause) > 1 and _ASKS_DENIED.search(f"yang {last_clause[-1]}")
            or _NOT_ABLE.search(evidence.frame.question)):
        # "Berapa napi yang tidak kebagian remisi?": the count whose own clause denies the act
        # ("32 orang Nasrani lainnya tidak memperoleh remisi"), not those who got it.
        denied = [(s, c) for s, c in candidates if _DENIED.search(_count_clause(s.text, c[1], (",", ";", ".", ":", " sedangkan ")))]
        if not denied and candidates and not any(_DENIED.search(s.text) or _NOT_ABLE.search(s.text)
                                                 for s, _ in candidates):
            # "How many were left unable to vote because they had no e-KTP?": no sentence of
            # the counts denies the act; the 23 who voted are not those left out.
            raise NotStated("count_not_stated", (_NOT_ABLE.search(evidence.frame.question)
                                                 or _ASKS_DENIED.search(f"yang {last_clause[-1]}")).group())
        reasoned = _counts_of_reason_asked(evidence, candidates)
        candidates = reasoned or denied or candidates
    elif not (_DENIED.search(evidence.frame.question) or _DENIED_EN.search(evidence.frame.question)
              # Only the question's own act ("ikut ujian"), not a word of the setting it is
              # told in ("died before harvest" is not denied by "tidak berhasil dipanen").
              or _TIME_CLAUSE.search(evidence.frame.question)):
        # "Berapa anak didik yg ikut ujian?" of "69 orang tercatat menjadi peserta ... 13 anak
        # didik sisanya tidak ikut ujian": a count whose own clause denies the act asked
        # counts those who did not do it.
        acts = [c for c in evidence.concepts.verbs if not c.salient]
        done = [(s, c) for s, c in candidates if not _denies_act(acts, s.text, c[1])]
        candidates = done or candidates
    if any(not _definite(s.text, c[1]) for s, c in candidates):
        # "kedua napi berinisial DH" restates a count the report gives as a number, if it
        # gives one: "lebih dari 1.000 orang narapidana" is the count, not the two named.
        candidates = [(s, c) for s, c in candidates if not _definite(s.text, c[1])]
    asked_day = _asked_day(evidence)
    if asked_day is not None:
        # "berapa liter yang dikirim pas Sabtu 28 September?": not the count of a sentence
        # that dates itself another day ("Sebelumnya, pada Jumat (13/9/2024), ... 12.400").
        that_day = [(s, c) for s, c in candidates
                    if not s.sentence.dates or any((d.day.month, d.day.day) == asked_day for d in s.sentence.dates)]
        candidates = that_day or candidates
    month = _month_asked(evidence.frame.question)
    if month is not None:
        # "kalo yg bulan juli brp orang?" of "40 orang pada Januari, ..., 60 orang pada Juli,
        # dan 25 orang pada Agustus": in a breakdown by month, the count whose own clause
        # names the month asked.
        by_month = [(s, c) for s, c in candidates
                    if len(_months_in(s.text)) >= 2 and _months_in(_count_clause(s.text, c[1])) == {month}]
        candidates = by_month or candidates
    weekday = _weekday_asked(evidence.frame.question)
    if weekday is not None:
        # "How many were sent home on the Saturday?" of "lima orang dibebaskan pada Jumat
        # (3/4), lalu pada tahap kedua 20 orang dibebaskan pada Sabtu (4/4)": in a breakdown
        # by day, the count whose own clause names the day asked.
        by_weekday = [(s, c) for s, c in candidates
                      if len(_weekdays_in(s.text)) >= 2 and _weekdays_in(_count_clause(s.text, c[1])) == {weekday}]
        candidates = by_weekday or candidates
    cut = _cut_asked(evidence.frame.question)
    by_cut: list = []
    if cut is not None:
        # "trus yg dapet potongan sebulan ada brp orang?" of "9 orang mendapat pengurangan
        # 1 bulan, 2 orang memperoleh 1 bulan 15 hari, ...": the count whose own clause
        # gives that cut, and no more.
        by_cut = [(s, c) for s, c in candidates if cut.search(_count_clause(s.text, c[1], (",", ";", ".")))]
        candidates = by_cut or candidates
    origin = _ORIGIN_ASKED.search(evidence.frame.question)
    origin_unit = (origin.group("unit") or origin.group("unit2")) if origin is not None else ""
    by_origin: list = []
    if origin_unit and asked_upts(origin_unit):
        # "Dari napi ... yang langsung bebas, berapa orang yang berasal dari Rutan Kendari?"
        # of "tujuh narapidana ... bebas. Enam di antaranya berasal dari Rutan Kendari,
        # sedangkan satu orang dari Lapas Kendari": the count whose own clause names the
        # unit the people are asked to come from.
        units = [_kind_and_place(name) for name in asked_upts(origin_unit)]
        from_unit = [(s, c) for s, c in candidates
                     if any(_kind_and_place(name) in units
                            for name in asked_upts(_count_clause(s.text, c[1], (",", ";", ".", ":", " sedangkan "))))]
        by_origin = from_unit
        candidates = from_unit or candidates
    sex = _SEX_ASKED.search(evidence.frame.question)
    if sex is not None:
        # "Berapa napi perempuan yang ikut dikeluarkan?": only a count whose clause names
        # women counts them; the 250 released in all are not the women among them.
        said = _WOMEN if _WOMEN.search(sex.group()) else _MEN
        of_sex = [(s, c) for s, c in candidates
                  if said.search(_count_clause(s.text, c[1], (",", ";", ".", ":", " sedangkan ")))]
        if candidates and not of_sex:
            raise NotStated("count_not_stated", sex.group().strip())
        candidates = of_sex or candidates
    outcome = next(((asked, reported) for asked, reported in _OUTCOMES
                    if asked.search(evidence.frame.question)), None)
    if outcome is not None and not by_origin:  # (a part by origin is of the whole told before it)
        # "How many tested HIV-positive?" is not answered by the 62 screened: only a count in
        # a sentence that states the outcome counts those it befell.
        candidates = [(s, c) for s, c in candidates if outcome[1].search(s.text)]
        if not candidates:
            none_found = _all_negative(evidence) if outcome[0] is _OUTCOMES[0][0] else None
            if none_found is not None:
                # "How many tested positive?" — "semua sampel ... menunjukkan hasil negatif":
                # none did, which the report says in words, not as a count.
                n = book.cite(none_found.chunk)
                lead = t(evidence.language, "Tidak ada; semua negatif", "None; all tested negative")
                return [f"**{lead}** [{n}]", "", f"> {quote(none_found.text, limit=500)} [{n}]"]
            raise NotStated("count_not_stated", outcome[0].search(evidence.frame.question).group())
    elif _ASKS_TESTED.search(evidence.frame.question):
        # "How many staff took the urine test?" counts all who were tested ("23 pegawai
        # ... menjalani pemeriksaan"), not those the test found positive ("dua pegawai lapas
        # itu kedapatan positif"), when the report gives both.
        tested = [(s, c) for s, c in candidates
                  if not any(reported.search(_count_clause(s.text, c[1])) for _, reported in _OUTCOMES)]
        if not tested and candidates and _ASKS_WHOLE.search(evidence.frame.question):
            # "How many were urine-tested in total?" — "dari tes urine terhadap seluruh
            # penghuni, terdapat delapan orang yang positif": only those found positive are
            # counted; how many were tested the report never says.
            raise NotStated("count_not_stated", f"{_ASKS_TESTED.search(evidence.frame.question).group()} "
                                                f"{_ASKS_WHOLE.search(evidence.frame.question).group()}")
        candidates = tested or candidates
    if _ASKS_MORE.search(evidence.frame.question):
        # "How many more could it still take in?": an amount added or left ("masih bisa
        # menerima tambahan ... hingga 30 orang"), not the count already there.
        more = [(s, c) for s, c in candidates
                if _MORE_CUE.search(s.text[: c[1].start]) or _MORE_AFTER.match(s.text, c[1].end)]
        candidates = more or candidates
    if _ASKS_STILL.search(evidence.frame.question) and not _ASKS_MORE.search(evidence.frame.question):
        # "Berapa napi yang masih buron?" is not answered by the 113 who escaped: only a
        # count whose own clause says they still are ("77 napi lainnya hingga kini masih
        # berstatus buron"), when the report gives one.
        # A still-count that shares nothing else with the question ("101 lainnya masih
        # menunggu") does not displace one that counts the act asked ("82 penghuni lapas
        # yang perlu diverifikasi" for "still had to be verified").
        still = [(s, c) for s, c in candidates if _STILL_CUE.search(_count_clause(s.text, c[1]))]
        if any(c[0] > 0 for _, c in still) or not any(c[0] > 0 for _, c in candidates):
            candidates = still or candidates
    anchors = _specific_names(evidence)
    if anchors and about:
        # "Berapa napi yang dikirim ke Lapas Narkotika Muara Sabak?": a name the report
        # writes in one line only ("- Lapas Narkotika Kelas IIB Muara Sabak: 9 orang") picks
        # the count of that line over the total the rest of the question matches.
        anchored = [(sentence, candidate) for sentence, candidate in _report_counts(evidence, counted, given)
                    # a list line names its item before a colon: "Muara Sabak: 9 orang"
                    if any(a <= frozenset(indonesian.analyze(_count_clause(sentence.text, candidate[1], (",", ";", "."))))
                           for a in anchors)]
        candidates = anchored or candidates
    unit = _asked_unit(evidence.frame.question)
    measure = asked_measure(evidence.frame.question)
    classifier = _ASKED_CLASSIFIER.search(evidence.frame.question)
    if classifier is not None:
        # "nyambung brp lembar sarung?": a count in the classifier asked ("berjumlah lima
        # lembar"), not the one person left behind.
        classified = [(s, c) for s, c in candidates
                      if c[1].unit.lower().split()[:1] == [classifier.group(1).lower()]]
        candidates = classified or candidates
    if unit is None and measure is not None:
        # "Dijual berapa harganya?" is answered by an amount of money, "What share ...?" by a
        # percentage, "umurnya berapa?" by years: a head count beside them answers nothing,
        # and what follows the amount ("Rp100.000 hingga") is no unit it counts.
        candidates = [(s, c) for s, c in candidates if _measure_kind(s.text, c[1]) == measure]
        if not candidates and measure == "money" and about:
            # "ngurus PB harus bayar berapa duit?": the sum may stand in a sentence of the
            # answering report the retrieved passages left out ("... diurus dengan membayar
            # uang sebesar Rp15 juta"); one whose own words carry the question's does.
            candidates = [(s, c) for s, c in _report_counts(evidence, counted, given)
                          if _measure_kind(s.text, c[1]) == "money" and c[0] > 0]
        if not candidates and measure == "money":
            # "Berapa nilai kerugiannya?" of a report that gives no sum: "dua kebakaran
            # sebelumnya" counts fires, and nothing later may bring such a count back.
            return None
        if measure == "money" and _ASKS_PRICE.search(evidence.frame.question) and not _ASKS_TAKINGS.search(
                evidence.frame.question):
            # "Brp harga satu kursi lipat?" is no sum paid in ("menyetorkan PNBP senilai
            # Rp12.480.600"), a budget or takings: only an amount told as a price.
            priced = [(s, c) for s, c in candidates if not _TAKINGS_BEFORE.search(s.text[: c[1].start])]
            if not priced:
                raise NotStated("not_stated")
            candidates = priced
        asked_rates = _rates_asked(evidence.frame.question)
        if measure == "money" and asked_rates:
            # "How much did it have for each prisoner per day?": an amount given per head or
            # per day ("setiap orang ... Rp 17.000 ... dalam sehari"), not the year's budget.
            per = [(s, c) for s, c in candidates if asked_rates & _rates_around(s.text, c[1])]
            candidates = per or candidates
        if measure == "age":
            candidates = _ages_by_person(evidence, candidates)
    else:
        candidates = _without_other_units(candidates, counted)
        written = (re.search(rf"\b{re.escape(counted.label)}\b", evidence.frame.question, re.IGNORECASE)
                   if counted is not None else None)
        if (written is not None and ACRONYM.fullmatch(written.group()) and not counted.unknown
                and not _names_population(counted) and any(c[1].unit.strip() for _, c in candidates)
                and all(_counts_another_thing(counted, c[1].unit)
                        # "73 orang Pembimbing Kemasyarakatan": the thing named after the counter
                        and not counted.matches(frozenset(glossary.analyze_document(s.text[c[1].start : c[1].end + 40])))
                        for s, c in candidates if c[1].unit.strip())):
            # "Ada berapa TPS di dalam Rutan Cipinang?": a thing asked by its acronym, and
            # every count the report gives is of another ("3.340 lembar surat suara"); none
            # counts polling stations. (A common noun asked may be counted in words the
            # glossary does not join to it; an acronym is how reports write it.)
            raise NotStated("thing_not_counted", written.group())
    if measure != "age":
        # "How many police officers escorted them?" is not answered by "Mukhlisin (19)": an
        # age counts no one.
        candidates = [(s, c) for s, c in candidates if not _bracketed_age(s.text, c[1])]
    # "How many inmates ...?" is never answered by "30 petugas": a count whose own unit
    # names the other population counts someone else.
    people = _counts_people_by_word(evidence)
    # "Berapa barang terlarang ...?" names no people anywhere ("How many Lapas, Rutan and
    # LPKA residents" counts people after the units).
    # (A capacity is a number of people: "dirancang untuk sekitar 205 orang".)
    # "Berapa unit ponsel yang disita dari kamar-kamar napi?": people after a preposition
    # say whose or where the things are; they are not counted.
    counts_things_only = not (_POPULATION_WORD.search(_without_owners(evidence.frame.question, counted))
                              or _ASKS_CAPACITY.search(evidence.frame.question))
    candidates = [(s, c) for s, c in candidates
                  if not _other_population(counted, frozenset(indonesian.analyze(c[1].unit)))
                  and not _counts_things(counted, c[1].unit, people)
                  and not (counts_things_only and _counts_people_for_things(counted, c[1].unit, people))
                  and not _said_of_other_population(counted, s.text, c[1])]
    if counted is not None and not counted.generic and not _names_population(counted) and not people \
            and not any(counted.matches(frozenset([w])) for w in _PLACE_UNITS):
        # "Berapa unit telepon genggam yang disita?" is not answered by "di 4 blok": blocks,
        # rooms and units are where things are, not the things counted.
        candidates = [(s, c) for s, c in candidates if not _head_word(c[1].unit) & _PLACE_UNITS]
    candidates = _of_asked_unit(evidence, _without_shared_counts(evidence, candidates))
    agent = _agent_concepts(evidence, counted)
    if agent:
        # "Berapa unit HP yang disita petugas?" is not answered by "dua petugas": the agent
        # of the passive verb did the act; it is not what is counted.
        candidates = [(s, c) for s, c in candidates
                      if not any(a.matches(frozenset(indonesian.analyze(c[1].unit)) - _GENERIC_UNITS) for a in agent)]
    whole = _whole_asked_of(evidence.frame.question)
    if whole is not None:
        # "How many of the 103 screened tested positive?": a part is smaller than its whole,
        # and is told where the whole is (its sentence, or the one after it).
        smaller = [(s, c) for s, c in candidates if (number_value(c[1].number) or 0) < whole]
        # The whole may stand in the report's opening and its parts paragraphs later ("32
        # narapidana ... memperoleh hak asimilasi" ... "ada 31 tahanan yang memperoleh
        # asimilasi"): the parts near it first, else those of a report that states it.
        # Far from its whole, a count answers only when its own clause says the part asked
        # ("how many of the 32 were women?" is not answered by "31 tahanan ... asimilasi").
        part = _part_asked(evidence)
        candidates = ([(s, c) for s, c in smaller if _near_whole(evidence, s, whole)]
                      or [(s, c) for s, c in smaller if _states(evidence, s.doc_id, whole)
                          and (part is None or _clause_says(part, s, c))])
    if _ASKS_WHOLE.search(evidence.frame.question):
        # "ada berapa total ..., napi dan tahanan digabung?": a count the report itself
        # breaks into parts that add up to it ("15 orang, terdiri dari 13 narapidana dan 2
        # tahanan") is the total asked, over a part told elsewhere ("remisi kepada 13 WBP").
        summed = [(s, c) for s, c in candidates if _sums_its_parts(s, c[1])]
        # "How many in total between April and August?": a count the report writes as a
        # whole ("sejak April sampai Agustus 2020 sudah ada 154"), over the latest batch.
        written = [(s, c) for s, c in candidates if _written_as_whole(s.text, c[1])]
        # "How much meth was seized in total?": the report's own sum ("Secara keseluruhan,
        # barang bukti ... berjumlah 32,7 gram sabu") over a part it calls a total ("total
        # beratnya 9,2 gram"); it may stand in a sentence the question's other words miss,
        # and answers when it counts what the parts found do.
        sums = [(s, c) for s, c in candidates if _SUM_OPENS.match(s.text)]
        if not summed and not sums and not written and about:
            units = frozenset().union(*(_head_word(c[1].unit) for _, c in candidates))
            sums = [(s, c) for s, c in _report_counts(evidence, counted, given, lambda s: bool(_SUM_OPENS.match(s.text)))
                    if _head_word(c[1].unit) & units]
        # "in total during the three-day Eid visiting period?": the count the report gives
        # for the whole stretch ("Sepanjang masa Lebaran 2018, sebanyak 3.417 orang"), over
        # one day's own sum ("631 pembesuk yang terdiri atas ...").
        spanned = ([(s, c) for s, c in candidates if _STRETCH_TALLY.match(s.text[: c[1].start])]
                   if _ASKS_STRETCH.search(evidence.frame.question) else [])
        candidates = spanned or summed or sums or written or candidates
    if _ASKS_YEAR_TALLY.search(evidence.frame.question) and not _ASKS_WHOLE.search(evidence.frame.question):
        tallied = [(s, c) for s, c in candidates if _span_tallied(s.text, c[1])]
        if not tallied and about:
            # The year's tally may stand in a sentence the question's other words miss.
            tallied = [(s, c) for s, c in _report_counts(evidence, counted, given) if _span_tallied(s.text, c[1])]
        candidates = tallied or candidates
    if _ASKS_INITIAL.search(evidence.frame.question):
        # "brp yg awalnya diusulin?": "semula 1.008 warga binaan, namun yang disetujui hanya
        # 1.003 orang", the figure the report gives as the first one.
        initial = [(s, c) for s, c in candidates if _INITIAL_CUE.search(s.text[max(0, c[1].start - 25) : c[1].start])]
        candidates = initial or candidates
    if _ASKS_TARGET.search(evidence.frame.question):
        # "how many was it hoping to have paroled by the end of March?": "menargetkan
        # pembebasan bersyarat bisa diberikan kepada 55 narapidana hingga 31 Maret", the
        # figure aimed at, not the 28 freed that day.
        aimed = [(s, c) for s, c in candidates if _TARGET_BEFORE.search(s.text[: c[1].start])]
        candidates = aimed or candidates
    if not _NATIONAL.search(evidence.frame.question) and any(c.salient for c in evidence.concepts.own_concepts):
        # "ada brp napi Hindu di wilayah Kanwil Bali yg dapet remisi?" of "746 orang dari
        # total 1.115 penerima secara nasional": a count the report gives for the whole
        # country is not the count of the place asked.
        local = [(s, c) for s, c in candidates if not _NATIONAL.search(_words_after(s, c[1]))]
        candidates = local or candidates
    # "how many were inmates of Kembang Kuning prison?" of "25 orang merupakan penghuni
    # Lapas Permisan, sedangkan 13 orang lainnya berasal dari Lapas Kembang Kuning": of a
    # sentence that breaks a whole into parts by name, the part whose own clause names what
    # the question's counting words name (its words need not repeat the kind counted).
    scene = _breakdown_scene(evidence)
    in_breakdown = ((_part_named_in_breakdown(evidence, candidates, scene)
                     or _item_named_in_parallel_counts(evidence, candidates, scene)) if scene else [])
    candidates = in_breakdown or candidates
    specific: list = []
    narrowed = _narrowing_concept(evidence, counted)
    if narrowed is not None and not in_breakdown:
        # "How many corruption convicts ...?", "berapa napi kasus narkoba?": of the counts,
        # those whose own words say "korupsi" ("20 napi perkara korupsi"; "172 orang di
        # antaranya ... karena perkara narkoba"), not the 24 Muslim convicts proposed nor all
        # 412 residents.
        specific = [(s, c) for s, c in candidates if _clause_says(narrowed, s, c)]
        if not specific and about:
            # Such a count may sit in a sentence the question's other words miss.
            specific = [(sentence, candidate) for sentence, candidate in _report_counts(evidence, counted, given)
                        if _clause_says(narrowed, sentence, candidate)]
        candidates = specific or candidates
    place = _place_named(evidence)
    if place:
        # "How many items were kept in the hazardous-goods warehouse?": of a breakdown by
        # place ("1.371 unit di gudang terbuka, ..., dan 2.786 unit di gudang berbahaya"),
        # the count whose own clause names that place, not the total. Only a breakdown:
        # "berapa napi yang menodong petugas di ruang P2U?" names where the act was.
        clauses = [frozenset(glossary.analyze_document(_count_clause(s.text, c[1], (",", ";", "."))))
                   for s, c in candidates]
        heads = [c for c in place if c.label.lower().rstrip("s") in _PART_NOUNS]
        if heads and sum(1 for terms in clauses if heads[0].matches(terms)) >= 2:
            placed = [(s, c) for (s, c), terms in zip(candidates, clauses) if _names_place(place, terms)]
            candidates = placed or candidates
    part = None if by_origin else _part_asked(evidence)  # "yang berasal dari ...": the unit is the part
    named_part = []
    if part is not None:
        # "How many of the inmates were women?": of the counts, the one whose own unit says
        # "perempuan" ("17 narapidana perempuan"), not the whole (354) nor the men (337).
        # ("25 orang tahanan perempuan": the part may follow the unit, in the count's own words.)
        named_part = [(s, c) for s, c in candidates
                      if part.matches(frozenset(indonesian.analyze(c[1].unit)))
                      or not _VERB_SHAPED.fullmatch(part.label)
                      and part.matches(frozenset(indonesian.analyze(s.text[c[1].start : c[3]])))]
        if not named_part and whole is not None and not _VERB_SHAPED.fullmatch(part.label):
            # "Of the 40 ..., how many were foreigners?" — "sembilan orang dari 40 narapidana
            # yang dipindahkan itu berstatus Warga Negara Asing (WNA)": the part of a whole
            # the question states may be said at the end of the count's own clause.
            named_part = [(s, c) for s, c in candidates
                          if part.matches(frozenset(indonesian.analyze(_count_clause(s.text, c[1], _PART_BREAKS))))]
        if not named_part and whole is not None and candidates and _DEMOGRAPHIC_PART.search(part.label):
            # "How many of the 2,573 inmate voters were women?": no count of the report says
            # the part asked; the TPS numbers or other parts it gives are no answer.
            crime = _CRIME_WORD.search(part.label) is not None
            raise NotStated("count_not_stated", (t(evidence.language, f"napi kasus {part.label}", f"{part.label} convicts")
                                                 if crime else part.label))
        candidates = named_part or candidates
    if not named_part and not _ASKS_WHOLE.search(evidence.frame.question):
        # "How many detainees received visitors?" — "31 tahanan dikunjungi secara offline
        # ... dan 13 tahanan secara online, sehingga total 44 tahanan menerima kunjungan":
        # when no count names the part asked, the parts the same sentence adds up are no answer.
        # "... were visited online?": a part whose own words the question says is the answer.
        parts = [(s, c) for s, c in candidates if _part_of_its_total(s, c[1])]
        named_part = [(s, c) for s, c in parts if _question_names_part(evidence, s, c[1])]
        candidates = named_part or [(s, c) for s, c in candidates if (s, c) not in parts] or candidates
        # "yg dinyatakan berhasil ada brp?" — "dari 83 litmas diversi itu sebanyak 72
        # dinyatakan berhasil": the whole a subset is taken from loses to the subset the
        # question names.
        subsets = [(s, c) for s, c in candidates if _subset_of_whole(s, c[1]) and _question_names_part(evidence, s, c[1])]
        wholes = {(id(s), w.start) for s, c in subsets for w in s.sentence.quantities
                  if w.start < c[1].start and _SUBSET_FROM.search(s.text[max(0, w.start - 8) : w.start])}
        candidates = [(s, c) for s, c in candidates if (id(s), c[1].start) not in wholes]
    if unit is not None:
        # "Berapa tahun hukuman ...?": only a stretch of years answers, not a head count.
        # "Berapa tahun hukuman ...?" is not answered by "napi berusia 29 tahun": an age is
        # asked only by a question about age.
        candidates = [(s, c) for s, c in candidates if c[1].unit.lower().startswith(unit)
                      and (measure == "age" or _measure_kind(s.text, c[1]) != "age")]
    elif ((counted is not None or _COUNTS_PEOPLE.search(evidence.frame.question))
          and measure is None and not _ASKS_MEASURE.search(evidence.frame.question)):
        # "Berapa penghuni ...?" is answered by a count, or not at all: a price, a share or
        # a stretch of time in the same passage is no answer to it.
        # "Berapa kali dalam seminggu ...?" is answered by "tiga kali dalam seminggu": a
        # count whose own unit is the one asked is no stray measure.
        candidates = [(s, c) for s, c in candidates if not _is_measure(s.text, c[1])
                      or counted is not None and counted.matches(frozenset(indonesian.analyze(c[1].unit)))]
    given_items = _given_amounts(evidence.frame.question)
    named_item = by_origin or [(s, c) for s, c in candidates if given_items and _names_item(s.text, c[1], given_items)]
    category = _numbered_category(evidence.frame.question)
    if not named_item and category is not None:
        # "Remisi Dasawarsa I": only the count whose clause names that category and number
        # ("penerima RD I berjumlah 262 orang"), not "240 WBP menerima RU I".
        named_item = [(s, c) for s, c in candidates if category.search(s.text[c[2] : c[3]])]
    if not named_item and given_items and _ASKS_CUT_ITEM.search(evidence.frame.question):
        # "Berapa WBP yang mendapat potongan 15 hari?": the report gives the cuts only as a
        # range ("paling sedikit 15 hari"), counting no one by cut; the total of those who
        # got one is not the count of this cut.
        raise NotStated("count_not_stated", _ASKS_CUT_ITEM.search(evidence.frame.question).group())
    asks_whole = _ASKS_WHOLE.search(evidence.frame.question) is not None
    if not named_item and not asks_whole:
        # "How many were let out on parole?": of a breakdown ("52 orang keluar melalui
        # program pembebasan bersyarat, enam orang lainnya berstatus bebas murni") of a total
        # stated elsewhere ("59 orang warga binaan"), the part whose own clause names the
        # kind asked, however many more of the question's words the total's sentence holds.
        named_item = [(s, c) for s, c in candidates
                      if (whole := _whole_of_part(evidence, s, c[1])) is not None
                      and _part_names_asked_kind(evidence, s, c[1], whole)]
    if named_item:
        # "yang dapat potongan empat bulan": the question names an item of a breakdown, and
        # only that item's count answers it, however well a total matches its other words.
        candidates = named_item
    elif _ASKS_EXCESS.search(evidence.frame.question):
        # "kelebihan brp orang?": only a count the report gives as the excess answers,
        # however little else of the question its sentence holds.
        excess = [(s, c) for s, c in candidates if _EXCESS_CUE.search(s.text[max(0, c[1].start - 60) : c[1].start])]
        candidates = excess or candidates
        specific = specific or excess
    elif _ASKS_FOR_HOW_MANY.search(evidence.frame.question):
        # "masak buat berapa orang?": those the act is done for ("10 warga binaan ... memasak
        # untuk 456 warga binaan"), not those who do it.
        # Within a sentence only: another sentence's count ("hanya mencukupi kira-kira 60
        # orang") is not outranked by "hanya untuk 800 orang".
        served = {id(c): bool(_FOR_BEFORE.search(s.text[max(0, c[1].start - 12) : c[1].start])) for s, c in candidates}
        serving = {id(s) for s, c in candidates if served[id(c)]}
        candidates = [(s, c) for s, c in candidates if id(s) not in serving or served[id(c)]]
        specific = specific or [(s, c) for s, c in candidates if id(s) in serving]
    if specific and not named_item and not place and part is None and not asks_whole:
        # "How many walked free?" — "lima orang ... dinyatakan bebas", "tujuh ... langsung
        # bebas", "total 12 orang yang bebas": of counts that all say the act, the one the
        # others add up to is the whole asked when no part of it is.
        candidates = _sum_of_the_others(candidates) or candidates
    rest = None if named_item or asks_whole else _rest_left_uncounted(evidence, candidates)
    if rest is not None:
        # "How many got parole?" — "Sementara sisanya mendapatkan layanan CB, CMB, serta PB".
        raise NotStated("count_not_stated", _what_is_counted(evidence, rest))
    # The sentence that asks ("... built for 98 people. How many does it hold now?" asks
    # the occupancy); an excess over the capacity is a count of its own.
    asking = re.split(r"(?<=[.!?])\s+", evidence.frame.question.strip())[-1]
    capacity_only = (_ASKS_CAPACITY.search(asking) is not None and not _ASKS_RESIDENTS.search(asking)
                     and not _ASKS_EXCESS.search(asking))
    if (counted is not None and any(counted.matches(population) for population in _POPULATIONS[1:])
            and not _CAPACITY_WORD.search(evidence.frame.question)):
        # "How many guards were on duty?": what a unit is built to hold ("berkapasitas 111
        # orang") never counts its staff (unless the ideal is asked: "idealnya satu pos
        # diisi berapa petugas?" — "idealnya satu pos diisi 4 petugas").
        candidates = [(s, c) for s, c in candidates
                      if not _CAPACITY_CUE.search(s.text[max(0, c[1].start - 60) : c[1].start])]
    if capacity_only:
        # "gedung barunya muat brp orang?": a count given as the capacity ("daya tampung
        # lapas tersebut ... mencapai 252 orang") over counts of who moved in.
        given_as = [(s, c) for s, c in candidates if _CAPACITY_CUE.search(s.text[max(0, c[1].start - 60) : c[1].start])]
        candidates = given_as or candidates
    # "Roughly how many ...?": an estimate is what is asked.
    asks_estimate = _ASKS_ESTIMATE.search(evidence.frame.question) is not None
    for sentence, (local, quantity, start, end, _) in candidates:
        # "how many in total so far?": "Secara keseluruhan sudah lebih dari 1.150": a whole
        # the report gives only as a bound is still the whole asked.
        bound = (_approximate(sentence.text, quantity) and not asks_estimate
                 and not (asks_whole and _written_as_whole(sentence.text, quantity)))
        # Of counts that tie, the one written with the question's own noun ("enam napi" for
        # "berapa orang napi", beside "Tiga belas warga binaan lainnya").
        own_word = counted is not None and counted.label.lower() in quantity.unit.lower().split()
        score = local + 0.5 * sentence.score - (APPROXIMATE_PENALTY if bound else 0.0) + (OWN_WORD_TIE if own_word else 0.0)
        if best is None or score > best[0]:
            best = (score, local, quantity, sentence, start, end)
    # (A count whose own clause gives the cut asked answers however little else it shares.)
    # (So does one the report gives with a verb of living there when that is asked: "Bangunan
    # yang semestinya hanya menampung 125 tahanan itu sekarang diisi 824 narapidana"; and one
    # whose clause names the part of a whole asked: "sembilan orang dari 40 ... berstatus WNA";
    # and the one part of a breakdown whose clause names what is counted: "Tenis Meja diikuti
    # 28 peserta".)
    if best is None or best[1] <= 0 and measure is None and not named_item and not specific and not by_cut \
            and not housed and not named_part and not in_breakdown:
        # "How many instructors assisted him?" — "didampingi tim instruktur yang terdiri atas
        # I Gede Yudana, ..., dan Tina Widiari": no number, but a list of them, counted.
        return _listed_count(evidence, book, counted) if measure is None and unit is None else None
    _, _, quantity, sentence, start, end = best
    if (counted is not None and counted.label.lower() in _CATEGORY_NOUNS
            and not counted.matches(frozenset(indonesian.analyze(quantity.unit)))):
        # "brp cabang yg dilombain?": no count of branches ("satu panggung" counts a stage),
        # but the report lists them ("meliputi futsal, voli, catur, ...").
        listed_count = _listed_count(evidence, book, counted)
        if listed_count is not None:
            return listed_count
    near = sentence.text[max(0, quantity.start - 60) : quantity.start]
    if housed_asked and not housed and _CAPACITY_CUE.search(near):
        # "How many inmates was the new prison already holding?" — "lapas baru ... yang
        # memberi tambahan kapasitas sebanyak 250 orang": what it can hold, not who is in it.
        raise NotStated("not_stated")
    if capacity_only and not _CAPACITY_CUE.search(near):
        # "What is its design capacity?" — "dihuni 698 warga binaan, padahal kapasitas
        # idealnya jauh lebih kecil": no count of the report is given as the capacity (a
        # capacity's own words win, ``_capacity_fit``); the best is how many live there, or
        # something else again ("beranggotakan 10 personel").
        held = f"“{_clause(sentence.text, start, end)}”" if _OCCUPANCY_CUE.search(near) else ""
        raise NotStated("capacity_not_stated", held)
    if measure == "age" and not quantity.unit:
        # "Suhendra alias Jakai (38)": the years of an age written in brackets.
        quantity = Quantity(quantity.start, quantity.end, quantity.number,
                            "tahun" if evidence.language == "id" else "years old")
    elif (not quantity.unit and counted is not None and not counted.generic
            and re.search(rf"\b{re.escape(counted.label)}\b", evidence.frame.question)):  # a noun, not "Ponorogo"
        # "5 di antaranya ...": a bare number counts what the question counts ("5 inmates").
        quantity = Quantity(quantity.start, quantity.end, quantity.number, counted.label)
    elif evidence.language == "en" and _says_counted(quantity, counted):
        # "How many inmates ...?" answered by "5 narapidana": in the question's words.
        quantity = Quantity(quantity.start, quantity.end, quantity.number, counted.label)
    shown = (_range(sentence.text, quantity) or _dimensions(sentence.text, quantity)
             or _bounded(sentence.text, quantity, evidence.language))
    if unit is not None:
        shown = _with_the_others(sentence.text, quantity.start, quantity.end, shown, evidence.language)
    listed = _ASKS_WHICH_TOO.search(evidence.frame.question) and _LISTED_AFTER.match(sentence.text, quantity.end)
    if listed:
        # "Dibagi jadi berapa kelas berat? Apa aja?": the count, and the items the report
        # names right after it ("tiga kelas berat, yaitu 75 kg, 65 kg, dan 55 kg").
        shown = f"{shown}: {listed.group('items').strip()}"
        end = max(end, listed.end())
    clause = _clause(sentence.text, start, end)
    doing = _COUNT_DOING.match(sentence.text, quantity.end)
    verbs = evidence.concepts.verbs
    if (doing is not None and verbs and doing.group("verb").lower() not in _STATE_VERBS
            and not any(v.matches(frozenset(glossary.analyze_document(doing.group("verb")))) for v in verbs)
            and not any(_tells_act(s.text, verbs) for s in evidence.index.sentences.of_article(sentence.doc_id))):
        # "How many LPKA Palu staff signed the pact?" — "3 pegawai yang akan memberikan
        # suara": the count is of those who do another thing, and the report never tells
        # of the act asked ("Mudah-mudahan mereka cepat tertangkap" only wishes it).
        raise NotStated("count_of_other_act", f"“{clause}”")
    if unrealised(evidence, sentence, clause):
        # "How many actually voted?" and the article gives the count the TPS serves.
        raise NotStated("not_realised", f"“{clause}”")
    # (An age or a price of someone who "akhirnya ditangkap" says who, not what was counted.)
    act = (asked_act(evidence) if _REALISED_ASKED.search(evidence.frame.question) and measure is None
           and unit is None else None)
    if act is not None and not any(c.matches(frozenset(glossary.analyze_document(sentence.text))) for c in act[1]):
        # "ada berapa napi yang akhirnya beneran dipindahkan ke Lapas Cilegon?": what was
        # actually done must be what the count's sentence says; "134 WBP" live in the block.
        # A list the report gives of them ("Cabang yang dipertandingkan meliputi futsal,
        # voli, ...") is counted instead.
        listed_count = _listed_count(evidence, book, counted)
        if listed_count is not None:
            return listed_count
        raise NotStated("count_not_stated", act[0].strip())
    n = book.cite(sentence.chunk)
    return [f"**{shown}** [{n}]", "", f"> {quote(clause)} [{n}]"]


def _tells_act(text: str, verbs: list[Concept]) -> bool:
    """Whether a sentence tells one of the question's acts as done, not only wished
    ("Mudah-mudahan mereka cepat tertangkap")."""
    return any(not WISHED.search(text[: word.start()]) for word in words_naming(text, verbs))


#: Words that ask for what really happened: "yang akhirnya beneran dipindahkan", "how many
#: actually voted".
_REALISED_ASKED = re.compile(r"\b(?:beneran|benar-benar|sungguh-sungguh|akhirnya|actually|really|eventually|finally|"
                             r"in the end)\b", re.IGNORECASE)


#: A count question that also asks which they are: "berapa kelas? apa aja?", "how many, and
#: which ones?".
_ASKS_WHICH_TOO = re.compile(r"\b(?:apa|siapa|mana) (?:saja|aja)\b|\bwhich (?:ones|were they|are they)\b"
                             r"|\bwhat (?:are|were) they\b|\bname them\b", re.IGNORECASE)
#: The items a report names right after a count: "tiga kelas berat, yaitu 75 kg, 65 kg, dan 55 kg".
_LISTED_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?,?\s+(?:yaitu|yakni|antara lain|meliputi|terdiri (?:atas|dari)|"
                           r"masing-masing|namely|including)\s+(?P<items>[^.;:]+)", re.IGNORECASE)


#: What opens the list of those a noun names: "tim instruktur yang terdiri atas A, B, dan C".
_LIST_OPENS = re.compile(r"\s*(?:\w+\s+){0,4}?(?:yang\s+)?(?:terdiri\s+(?:atas|dari)|yaitu|yakni|antara lain|ialah|meliputi|"
                         r"mencakup|:)\s+",
                         re.IGNORECASE)
#: The items of such a list, up to the sentence's end: "A, B, C, dan D".
_LISTED = re.compile(r"(?P<items>[^.;]+?(?:,?\s+(?:dan|serta)\s+)[^.;,]+?)(?=\s*(?:[.;]|$))")
#: Nouns for kinds of something, whose list a report writes in plain words.
_CATEGORY_NOUNS = frozenset({"cabang", "mata lomba", "lomba", "jenis", "kategori", "kelas", "materi", "bidang",
                             "branches", "events", "categories", "kinds", "types", "sports"})
#: Fewest items a list must have to be counted.
MIN_LISTED = 2


def _listed_count(evidence: Evidence, book: CitationBook, counted: Concept | None) -> list[str] | None:
    """The number of names listed after the counted noun in the answering report, when it
    gives no number for them: each item a capitalised name (people, bodies), so a list of
    things described in words is not miscounted."""
    docs = evidence.answer_docs()[:1]
    if counted is None or not docs:
        return None
    for sentence in [*(s for s in evidence.focus_sentences()[:8] if s.doc_id in docs), *article_sentences(evidence, docs[0])]:
        text = sentence.text
        for noun in words_naming(text, [counted]):
            opened = _LIST_OPENS.match(text, noun.end())
            listed = _LISTED.match(text, opened.end()) if opened else None
            if listed is None:
                continue
            items = [i.strip() for i in re.split(r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+", listed.group("items"))
                     if i.strip()]
            # "Cabang yang dipertandingkan meliputi futsal, voli, catur, ...": the kinds of a
            # category are named in plain words, each short.
            kinds = counted.label.lower() in _CATEGORY_NOUNS
            if len(items) < MIN_LISTED or not all((i[:1].isupper() or kinds) and len(i.split()) <= (3 if kinds else 5)
                                                  for i in items):
                continue
            n = book.cite(sentence.chunk)
            label = _listed_label(evidence, counted.label, noun.group())
            return [f"**{len(items)} {label}** ({', '.join(items)}) [{n}]", "",
                    f"> {quote(text)} [{n}]"]
    return _posts_listed(evidence, book, counted, docs[0])


#: The plural noun an English count question counts: "how many directors", "how many
#: correctional units".
_ASKED_PLURAL = re.compile(r"\bhow many\s+((?:[\w-]+\s+){0,2}?[\w-]+s)\b", re.IGNORECASE)


def _listed_label(evidence: Evidence, english: str, indonesian: str) -> str:
    """The noun a count of listed names is shown with: an English question's own plural
    ("3 directors"), else ``english``; the report's word (``indonesian``) for an Indonesian one."""
    if evidence.language != "en":
        return indonesian
    asked = _ASKED_PLURAL.search(evidence.frame.question)
    return asked.group(1) if asked else english


def _posts_listed(evidence: Evidence, book: CitationBook, counted: Concept, doc_id: str) -> list[str] | None:
    """The number of people a sentence of the act lists by the post asked, each with the
    post's word ("didampingi Direktur ... Kadek Anton, Direktur ... Lilik Sujandi, dan
    Direktur ... Adhayani Lubis": three directors), when no number is given."""
    acts = evidence.concepts.verbs
    for scored in evidence.focus_sentences()[:8]:
        if scored.doc_id != doc_id or not any(v.matches(scored.sentence.terms) for v in acts):
            continue
        # Only a post's word ("Direktur"), not one inside a unit's name ("Lembaga Pembinaan
        # Khusus Anak"); "Direktur Jenderal" is another post.
        posts = [w for w in words_naming(scored.text, [counted]) if w.group()[:1].isupper()
                 and posts_in_question(w.group(), "id") and not re.match(r"\s+Jenderal\b", scored.text[w.end():])]
        if len(posts) < MIN_LISTED:
            continue
        n = book.cite(scored.chunk)
        named = [p.name for p in scored.sentence.people if p.start > posts[0].start()]
        label = _listed_label(evidence, posts[0].group(), posts[0].group())
        shown = f" ({', '.join(named)})" if len(named) == len(posts) else ""
        return [f"**{len(posts)} {label}**{shown} [{n}]", "", f"> {quote(scored.text)} [{n}]"]
    return None


#: A question about those a test or screening took in: "how many were tested", "brp yg ikut
#: tes urine", "berapa WBP yang diskrining".
_ASKS_TESTED = re.compile(r"\b(?:test(?:s|ed|ing)?|tes|dites|screen(?:ed|ing)?|skrining|diskrining|periksa|diperiksa|"
                          r"pemeriksaan|examined|checked)\b", re.IGNORECASE)
#: Outcomes a count may be asked of (as the question puts it, as a report writes it): a
#: count whose sentence does not state the outcome counts others (those screened, not
#: those found positive; those given remission, not those freed by it).
_OUTCOMES = (
    # ("turned out to have scabies when they were screened": those found with it, "ditemukan
    # 1.034 orang yang mengidap kudis", not the 26 ribu screened.)
    (re.compile(r"\b(?:tested (?:hiv[- ])?positive|positi(?:f|ve)|reaktif|reactive|infected|terinfeksi|"
                r"(?:turned out|found|were found|was found|proved|diagnosed)\s+(?:to\s+)?(?:have|having|with)|"
                r"mengidap|terjangkit|menderita)\b", re.IGNORECASE),
     re.compile(r"\b(?:positif|reaktif|terinfeksi|terjangkit|positive|mengidap|menderita|terkena|didiagnosis)\b",
                re.IGNORECASE)),
    (re.compile(r"\b(?:dinyatakan lulus|lulus|passed)\b", re.IGNORECASE),
     re.compile(r"\b(?:lulus|kompeten|passed)\b", re.IGNORECASE)),
    (re.compile(r"\b(?:langsung bebas|bebas langsung|walk(?:ed)? free (?:immediately|straight away|at once|right away)|"
                r"(?:freed|released|walked free|went free) (?:immediately|straight away|at once|right away)|"
                r"immediately (?:freed|released|walked free|went free))\b", re.IGNORECASE),
     re.compile(r"\b(?:langsung (?:\w+ )?bebas|bebas langsung|RK II|RU[- ]?II|remisi bebas|"
                r"langsung (?:\w+ ){0,2}menghirup udara bebas|bebas (?:pada hari|hari) itu juga)\b", re.IGNORECASE)),
    # "How many were found to have tuberculosis?" is not answered by the 30 screened.
    (re.compile(r"\b(?:found to have|diagnosed with|detected with|suffer(?:ing|ed)? from|terdiagnosis|terdeteksi|"
                # ("suspected meth", "diduga sabu": a suspicion of a drug, no diagnosis)
                r"mengidap|menderita|suspe(?:k|ct(?:ed)?))\b(?!\s+(?:of\s+)?(?:crystal\s+)?(?:meth|methamphetamine|sabu|shabu|"
                r"drugs?|narkoba|narcotics?|ganja|marijuana|cannabis|ecstasy|pills?|contraband))", re.IGNORECASE),
     re.compile(r"\b(?:terdiagnosis|terdeteksi|mengidap|menderita|suspe(?:k|ct)\w*|positif|terkena|terjangkit|"
                # "sembilan napi yang terganggu jiwanya", "mengalami gangguan jiwa"
                r"mengalami|terganggu|gangguan|diagnosed|detected)\b", re.IGNORECASE)),
    # "How many failed the certification?" is not answered by the 80 trained.
    # ("failed to control 13 of his men" fails at an act, not at a test.)
    (re.compile(r"\b(?:failed(?!\s+to\b)|did not pass|didn't pass|tidak lulus|gagal(?!\s+(?:untuk\s+)?me)|belum lulus|tidak kompeten)\b",
                re.IGNORECASE),
     re.compile(r"\b(?:tidak lulus|gagal|belum lulus|tidak kompeten|belum kompeten|failed)\b", re.IGNORECASE)),
    # "How many had their parole revoked?" is not answered by the 1,270 supervised.
    (re.compile(r"\b(?:revoked|rescinded|cancelled|canceled|dicabut|pencabutan|dibatalkan)\b", re.IGNORECASE),
     re.compile(r"\b(?:dicabut|pencabutan|dibatalkan|pembatalan|revoked)\b", re.IGNORECASE)),
)


#: Indonesian units of time, with the spellings reports use for them.
_TIME_UNITS_ID = {"hari": "hari", "bulan": "bulan", "tahun": "tahun", "minggu": "minggu", "pekan": "minggu"}
#: An amount of time, which a question gives to say which item of a breakdown it asks
#: about: "yang dapat potongan 2 bulan ada berapa?", "how many got four months?".
_TIME_AMOUNT = re.compile(
    r"\b(?P<number>\d+(?:[.,]\d+)?|"
    + "|".join(sorted([*NUMBER_WORDS, *ENGLISH_NUMBER_WORDS], key=len, reverse=True))
    # "remisi 3 (tiga) bulan": the number written twice, the second in brackets.
    + r")\s+(?:\(\w+\)\s+)?(?P<unit>hari|bulan|tahun|minggu|pekan|days?|months?|years?|weeks?)\b",
    re.IGNORECASE,
)
#: Where an item of a breakdown ends: "3 narapidana mendapat 15 hari, 13 ... 1 bulan, dan
#: satu narapidana memperoleh remisi 2 bulan".
_ITEM_BREAK = re.compile(r"[,;:.]|\s(?:dan|serta|and)\s")


#: A count asked of those given one length of cut: "yang mendapat potongan 15 hari", "got a
#: two-month reduction", "remisi 1 bulan".
_ASKS_CUT_ITEM = re.compile(
    r"\b(?:potongan|pengurangan|remisi|cut|reduction|remission)\s+(?:masa\s+(?:pidana|hukuman|tahanan)\s+)?"
    r"(?:(?:sebesar|selama)\s+)?(?:\d+|se|satu|dua|tiga|empat|lima|enam|one|two|three|four|five|six)[\s-]*"
    r"(?:hari|bulan|tahun|days?|months?|years?)\b"
    r"|\b(?:\d+|one|two|three|four|five|six)[\s-](?:day|month|year)s?\s+(?:cut|reduction|remission)s?\b",
    re.IGNORECASE)


def _given_amounts(question: str) -> list[tuple[float, str]]:
    """The amounts a question gives, as values with an Indonesian unit ("a 15-day
    remission" → (15, "hari"), "potongan empat bulan" → (4, "bulan"), "four months" →
    (4, "bulan"))."""
    text = re.sub(r"(\d)-(?=[A-Za-z])|(?<=[a-z])-(?=(?:day|week|month|year)s?\b)", lambda m: (m.group(1) or "") + " ",
                  question)
    return [(value, unit) for value, unit, _ in _amounts_in(text)]


def _amounts_in(text: str) -> list[tuple[float, str, int]]:
    """Every amount of time in ``text``, in digits or words of either language: ``(value,
    Indonesian unit, offset)``."""
    found = []
    for match in _TIME_AMOUNT.finditer(text):
        number, unit = match.group("number").lower(), match.group("unit").lower()
        value = number_value(number)
        if value is None:
            continue
        found.append((float(value), _unit_id(unit), match.start()))
    return found


def _unit_id(unit: str) -> str:
    """A unit of time as the Indonesian word ``_TIME_UNITS_ID`` gives ("months" → "bulan")."""
    unit = unit if unit in _TIME_UNITS_ID else (glossary.english_terms(unit.rstrip("s")) or (unit,))[0]
    return _TIME_UNITS_ID.get(unit, unit)


def _names_item(text: str, quantity: Quantity, given: list[tuple[float, str]]) -> bool:
    """Whether the item of a breakdown a count belongs to holds one of the amounts
    ``given``: "satu narapidana memperoleh remisi 2 bulan" and "empat bulan 154 orang" both
    answer "yang dapat potongan empat bulan"."""
    breaks = list(_ITEM_BREAK.finditer(text, 0, quantity.start))
    if breaks and breaks[-1].group() == ":" and not text[breaks[-1].end() : quantity.start].strip():
        # "remisi dua bulan: 20 orang": the item's label stands before the colon.
        breaks.pop()
    before = [m.end() for m in breaks]
    stop = _ITEM_BREAK.search(text, quantity.end)
    item = text[max(before, default=0) : stop.start() if stop else len(text)]
    offset = quantity.start - max(before, default=0)
    amounts = [(value, unit) for value, unit, at in _amounts_in(item) if at != offset]
    return any(amount in amounts for amount in given)


def item_count(sentence: ScoredSentence, amount: Quantity) -> Quantity | None:
    """The head count of the breakdown item an amount of time names: "remisi lima bulan: 2
    orang" gives 2 for "lima bulan"; None when the amount's item counts no one."""
    value = number_value(amount.number)
    unit = amount.unit.split()[0].lower() if amount.unit else ""
    if value is None or unit not in _TIME_UNITS_ID:
        return None
    for quantity, *_ in quantity_contexts(sentence):
        own = quantity.unit.split()[0].lower() if quantity.unit else ""
        if quantity.start != amount.start and own not in _TIME_UNITS_ID and _names_item(
                sentence.text, quantity, [(value, _TIME_UNITS_ID[unit])]):
            return quantity
    return None


def _counts_another_thing(counted: Concept, unit: str) -> bool:
    """Whether a count's own unit names a thing other than the one asked ("lembar" of ballots
    for polling stations); a bare count or a counter word ("orang", "unit") names none."""
    every = frozenset(indonesian.analyze(unit))
    if every & _PERSONS:
        return True  # "3.360 orang" counts people, never polling stations
    words = every - _GENERIC_UNITS - _COUNTER_TERMS
    return bool(words) and not counted.matches(words) and not any(counted.matches(frozenset({w})) for w in words)


#: Kinds of crime, whose convicts a question may ask as a part of a group.
_CRIME_WORDS = (r"drugs?|narcotics?|narkoba|narkotika|corruption|korupsi|terror\w*|teroris\w*|"
                r"murder\w*|pembunuhan|theft|pencurian")
_CRIME_WORD = re.compile(rf"\b(?:{_CRIME_WORDS})\b", re.IGNORECASE)
#: Parts of a group told apart by who they are, which a report counts by that word when it
#: counts them at all ("17 narapidana perempuan").
_DEMOGRAPHIC_PART = re.compile(r"\b(?:women|woman|female|men|male|children|child|juveniles?|minors?|foreigners?|elderly|"
                               r"perempuan|wanita|laki|pria|anak|asing|wna|lansia|"
                               # "how many of them were Catholic?": a faith is a part of a group too
                               r"catholics?|katolik|protestants?|protestan|christians?|kristen|muslims?|islam|"
                               r"hindus?|buddhists?|buddha|konghucu|confucians?|"
                               # "how many of the 3,730 were serving drug sentences?": a crime's
                               # convicts are a part too, which a count's own clause must name
                               rf"{_CRIME_WORDS})\b", re.IGNORECASE)
#: Counter words that name no thing of their own.
_COUNTER_TERMS = frozenset(indonesian.analyze("buah unit ekor biji batang set paket kali"))


def _asks_persons(counted: Concept) -> bool:
    """Whether the question counts people of any kind ("berapa orang")."""
    return any(a and a <= _PERSONS for a in counted.alternatives)


def _unit_names_population(unit_words: frozenset[str]) -> bool:
    """Whether a count's own unit names inmates or staff ("warga binaan", "petugas")."""
    return bool(unit_words) and any(unit_words <= pop for pop in _POPULATIONS)


def _definite(text: str, quantity: Quantity) -> bool:
    """Whether a count is written "ke-" and a number word before its noun ("ketiga pilar"):
    the whole of a set, named rather than counted."""
    return text[quantity.start : quantity.start + 2].lower() == "ke"


def _says_counted(quantity: Quantity, counted: Concept | None) -> bool:
    """Whether a count's own unit is one of the forms of what the question counts."""
    if counted is None or counted.generic or not quantity.unit:
        return False
    unit = frozenset(indonesian.analyze(quantity.unit))
    return bool(unit) and any(unit == alternative for alternative in counted.alternatives)


#: "Berapa lama ...?", "How long ...?": the answer is a stretch of time, not a count.
_ASKS_DURATION = re.compile(r"\b(?:berapa lama|how long|for how many (?:days|weeks|months|years)"
                            # "how much of it had he served?": the part of a sentence served
                            r"|how much of (?:it|his|her|their|the)\b[^?]*\b(?:served|spent|completed|done)"
                            # "how much could the sentence cuts be?", "potongannya berapa?": a
                            # remission is a stretch of time
                            r"|how (?:much|big|large)\b[^?]*\b(?:cuts?|reductions?|remissions?)"
                            # "how much was taken off each of their sentences?": the cut itself
                            r"|how much\b[^?]*\b(?:taken|cut|knocked|shaved|deducted|removed|trimmed) off\b"
                            r"|(?:potongan\w*|remisi\w*)\s+(?:\w+\s+)?berapa\s+(?:lama|besar|banyak)"
                            # "berapa besaran remisi paling lama?": the size of a remission
                            r"|besaran\s+(?:remisi|potongan|pengurangan)\w*"
                            r"|berapa\s+(?:lama|besar|banyak)\s+(?:\w+\s+)?(?:potongan\w*|pengurangan\w*))\b",
                            re.IGNORECASE)

_DURATION = re.compile(
    # Not a number inside a code ("PAS-12.HH.01.02 Tahun 2022"), nor a regulation's year
    # ("Nomor 5 Tahun 2022").
    rf"(?<![\w.,/-])(?:(?:\d+(?:[.,]\d+)?|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}|beberapa)\s+"
    r"|se)(?:menit|jam|hari|minggu|pekan|bulan|tahun)\b(?!\s+(?:19|20)\d\d\b)"
    # "potongan 1 bulan 15 hari", "satu tahun enam bulan": one stretch in two units.
    rf"(?:\s+(?:dan\s+)?(?:\d+|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s+(?:menit|jam|hari|minggu|pekan|bulan)\b)?",
    re.IGNORECASE,
)


#: A word that makes the act after it the time of another: "sebelum meninggal", "after he died".
_TIME_SETTER = re.compile(r"\b(?:sebelum|setelah|sesudah|usai|seusai|sejak|ketika|saat|before|after|since|when)\s+(?:\w+\s+)?$",
                          re.IGNORECASE)


#: How far after a stretch of time the act that sets the time may stand ("tiga jam meninggal").
SETTER_REACH = 25


def _sets_the_time(question: str, act: Concept) -> bool:
    """Whether the question names ``act`` only to set the time of what it asks ("sebelum
    meninggal"), right after a word of time."""
    return any(_TIME_SETTER.search(question[: word.start()]) for word in words_naming(question, [act]))


#: A question asking for a prison term, and the words a report gives one with.
_ASKS_PRISON_TERM = re.compile(
    r"\bhow long (?:a |of a |was (?:his|her|their|the) )?(?:prison |jail )?(?:sentence|term)\b|\blength of (?:his|her|their|the) "
    r"(?:prison )?sentence\b|\bsentenced to how long\b|\b(?:vonis|hukuman|masa pidana|masa hukuman)(?:nya)? (?:berapa|brp)\b"
    r"|\b(?:berapa|brp) lama (?:vonis|hukuman|masa pidana|masa hukuman)\b"
    r"|\b(?:divonis|dihukum|dijatuhi hukuman) (?:berapa|brp)\b", re.IGNORECASE)
_TERM_CUE = re.compile(r"\b(?:penjara|pidana|hukuman|vonis|divonis|dihukum|dijatuhi|kurungan|prison|jail|sentenced?)\b",
                       re.IGNORECASE)


def _compose_duration(evidence: Evidence, book: CitationBook, unit: str | None = None) -> list[str] | None:
    """``seminggu [1]``: the stretch of time stated in the best sentence that states one
    ("sudah seminggu merencanakan", "selama 15 hari"); dates are not durations. ``unit``
    (words of one unit of time): None unless the stretch is written in it."""
    asks_age = asked_measure(evidence.frame.question) == "age"
    given = question_numbers(evidence.frame.question)

    def stretches(sentences: Iterable[ScoredSentence]) -> list[tuple[ScoredSentence, re.Match[str]]]:
        return [
            (sentence, match)
            for sentence in sentences
            for match in _DURATION.finditer(sentence.text)
            if not is_date_part(sentence.text, match)
            and not _RATE_BEFORE.search(sentence.text[max(0, match.start() - 20) : match.start()])
            # "jika aliran listrik hanya terputus selama tiga sampai empat jam": a stretch
            # supposed, not one that passed.
            and not _SUPPOSED.search(_clause_before(sentence.text, match.start()))
            # "bernama Sucipto, berusia 45 tahun": an age, unless an age is asked.
            and (asks_age or not _AGE_BEFORE.search(sentence.text[max(0, match.start() - 25) : match.start()]))
            # "How many years of his 10-year sentence had he served?": the stretch the
            # question states is known to the asker, not what it asks.
            and not _states_given(match.group(), given)
        ]

    found = stretches(evidence.focus_sentences(relative=0.5)[:12])

    def of_act(item: tuple[ScoredSentence, re.Match[str]], concepts: Iterable[Concept]) -> bool:
        """Whether the words right before a stretch name one of ``concepts``."""
        before = frozenset(glossary.analyze_document(item[0].text[max(0, item[1].start() - 50) : item[1].start()]))
        return any(a.matches(before) for a in concepts)

    acts_asked = [a for a in evidence.concepts.verbs if not _sets_the_time(evidence.frame.question, a)]
    if not found or acts_asked and not any(of_act(f, acts_asked) for f in found):
        # "..., and how long were they given?": a part that says little of its own finds its
        # stretch among the answering report's weaker sentences; so does a stretch of the act
        # asked ("Berapa lama Fahrul dirawat?" — "menjalani perawatan selama dua hari") when
        # the best sentences give only stretches of others ("hukuman 14 tahun").
        # Only a stretch its own words tie to the act asked ("waktu pengerjaan selama 120 menit"
        # for the time given) answers so.
        docs = evidence.answer_docs()[:1]
        weaker = stretches(s for s in evidence.focus_sentences(relative=DURATION_FALLBACK_RELATIVE)[:20] if s.doc_id in docs)
        tied = [f for f in weaker if of_act(f, acts_asked)] if found else []
        found = tied or found or [f for f in weaker if of_act(f, (a for a in evidence.concepts.own_concepts if not a.salient))]
    if _ASKS_CUT.search(evidence.frame.question):
        # "How much could the sentence cuts be?": the stretch the report gives as the cut
        # ("Potongan masa pidananya berkisar 15 hari sampai satu bulan"), not the six
        # months served that qualify for one.
        found = [(s, m) for s, m in found if _CUT_CUE.search(s.text[max(0, m.start() - 60) : m.start()])] or found
    if _ASKS_PRISON_TERM.search(evidence.frame.question):
        # "How long a sentence was he serving?": only a prison term answers ("divonis 15
        # tahun penjara"), not how long the escape took ("hanya berlangsung beberapa menit").
        found = [(s, m) for s, m in found if _TERM_CUE.search(s.text[max(0, m.start() - 50) : m.end() + 15])]
    if not _USUAL.search(f"{evidence.frame.question} {evidence.frame.context}"):
        # "Bila pada hari biasa jam kunjungan cuma 15 menit, dalam suasana Natal ini ... 30
        # menit": the usual stretch is what the asked one is set against.
        found = [(s, m) for s, m in found if not _USUAL.search(_clause_before(s.text, m.start()))] or found
    if not found:
        return None
    condition = _stretch_days(evidence.frame.question, bounded=True)
    if condition:
        # "How long was the cut for those who had served more than a year?": not the year
        # itself, and first the stretch whose clause states that condition ("mereka yang
        # sudah menjalani hukuman lebih dari satu tahun mendapat potongan satu bulan").
        found = [(s, m) for s, m in found if not _stretch_days(m.group()) & condition] or found
        found = [f for f in found if _stretch_days(_clause_before(f[0].text, f[1].start())) & condition] or found
    acts = evidence.concepts.verbs
    if acts:
        # "How much of it had he served?": the stretch right after the act ("baru menjalani
        # sekitar satu tahun"), not the day he died "sehari setelah dipulangkan".
        # Of two acts the question's own verb comes first ("served ... before he passed away");
        # an act that only sets the time ("sebelum meninggal dia udah jalanin hukumannya brp
        # lama?") comes last, wherever it stands.
        setters = [a for a in acts if _sets_the_time(evidence.frame.question, a)]
        acts = [a for a in acts if a not in setters]

        def first_act(item: tuple) -> int:
            near = frozenset(glossary.analyze_document(item[0].text[max(0, item[1].start() - 50) : item[1].start()]))
            asked = next((i for i, a in enumerate(acts) if a.matches(near)), len(acts))
            # A stretch of the act that sets the time ("sudah tiga jam meninggal dunia"), said
            # before or after it, only after any other.
            around = frozenset(glossary.analyze_document(
                item[0].text[max(0, item[1].start() - 50) : item[1].end() + SETTER_REACH]))
            return asked + (len(acts) + 1 if asked == len(acts) and any(a.matches(around) for a in setters) else 0)
        found = sorted(found, key=first_act)
    sentence, match = found[0]
    span = sentence.text[match.start() :]
    # "15 hari sampai satu bulan": a range is answered whole.
    ranged = re.match(rf"{re.escape(match.group())}\s+(?:sampai|hingga|s\.?d\.?|-|–|to|up to)\s+", span, re.IGNORECASE)
    upper = _DURATION.match(span, ranged.end()) if ranged else None
    if upper is not None:
        # "15 hari sampai satu bulan 15 hari": the upper end in two units.
        more = re.match(r"\s+(?:dan\s+)?", span[upper.end() :])
        longer = _DURATION.match(span, upper.end() + more.end()) if more else None
        upper = longer or upper
    if upper is None:
        # "divonis 1 tahun 6 bulan penjara": one stretch in two units.
        joined = re.match(rf"{re.escape(match.group())}\s+(?:dan\s+)?", span)
        upper = _DURATION.match(span, joined.end()) if joined else None
    shown = span[: upper.end()] if upper else match.group()
    if unit is not None and not re.search(rf"\b(?:{unit})\b", shown, re.IGNORECASE):
        return None
    shown = _with_the_others(sentence.text, match.start(), match.end(), shown, evidence.language)
    return _stated(book, sentence, match, shown)


def _with_the_others(text: str, start: int, end: int, shown: str, language: str) -> str:
    """``shown`` and the stretch the sentence gives the others, when it gives this one of
    some of them: "sebagian dari mereka tinggal menjalani sekitar lima tahun, sementara yang
    lain masih harus menjalani enam tahun lagi" answers with both."""
    others = _OTHERS_AFTER.match(text, end) if _SOME_BEFORE.search(_clause_before(text, start)) else None
    rest = _DURATION.search(text, others.end(), others.end() + OTHERS_REACH) if others else None
    if rest is None:
        return shown
    some, the_others = t(language, "untuk sebagian", "for some"), t(language, "untuk yang lain", "for the others")
    return f"{shown} {some}; {rest.group()} {the_others}"


#: "sebagian (dari mereka)", "some of them": a stretch said of some of those asked about.
_SOME_BEFORE = re.compile(r"\b(?:sebagian|some)\b", re.IGNORECASE)
#: After such a stretch, the others': ", sementara yang lain masih harus menjalani ".
_OTHERS_AFTER = re.compile(r"[^.;]{0,25}?[,;]?\s*(?:sementara|sedangkan|while|whereas)\s+(?:yang\s+)?"
                           r"(?:lain(?:nya)?|others?|sisanya|the rest)\b", re.IGNORECASE)
#: How far after the others are named their stretch may stand.
OTHERS_REACH = 60


#: A count question about those an act did not reach: "yang tidak kebagian", "gak dapat",
#: "did not get", "were left out".
_ASKS_DENIED = re.compile(r"\b(?:yang|yg|who|that)\s+(?:\w+\s+)?(?:tidak|tak|gak|nggak|ga|belum|did not|didn't|were not|weren't|"
                          r"was not|wasn't|failed to)\b|\bleft out\b", re.IGNORECASE)
#: "How many were left unable to vote?", "how many could not vote": an act denied, in English.
_NOT_ABLE = re.compile(r"\b(?:unable to|could not|couldn't|cannot|can't)(?:\s+\w+)?"
                       # "how many of the cases did not qualify for diversion?": the counted
                       # ones' own verb denied, with no "who" before it
                       r"|\bhow many\b(?:(?!\b(?:and|but|while|because|after|before|when|if)\b)[^?,])*?"
                       r"\b(?:did not|didn't|were not|weren't|was not|wasn't|failed to|do not|don't|are not|aren't)\b",
                       re.IGNORECASE)
#: A clause that denies its act: "tidak memperoleh remisi", "belum mendapat".
_DENIED = re.compile(r"\b(?:tidak|tak|belum|gagal|batal)\b", re.IGNORECASE)
#: Words before a number of years that give it as an age: "berusia 45 tahun", "aged 45".
_AGE_BEFORE = re.compile(r"\b(?:berusia|berumur|usia(?:nya)?|umur(?:nya)?|aged|age of)\s*"
                         # "usianya sudah lebih dari 18 tahun": a bound of an age is an age
                         r"(?:(?:sudah|telah|masih|belum|baru)\s+)?(?:(?:lebih|kurang) dari\s+|di (?:atas|bawah)\s+)?"
                         r"(?:sekitar\s*)?$", re.IGNORECASE)
#: How well, against the best, a sentence of the answering report must match for its stretch
#: of time to answer when no better sentence states one.
DURATION_FALLBACK_RELATIVE = 0.25
#: A clause that supposes: "jika ...", "kalau ...", "if ...".
_SUPPOSED = re.compile(r"\b(?:jika|jikalau|kalau|apabila|seandainya|andaikan|if)\b"
                       # "Bila dihitung, ..." adds up what was, it supposes nothing.
                       r"(?!\s+(?:dihitung|dijumlahkan|ditotal|ditotalkan|dirinci|dibandingkan)\b)", re.IGNORECASE)
#: "seorang" as "any one", not a count: after a word of condition or time, in a clause
#: that says what may or must be ("program yang bisa diperoleh setelah seorang napi menjalani
#: dua pertiga masa pidananya").
_ANY_ONE = re.compile(r"\b(?:bisa|dapat|boleh|berhak|wajib|harus|mesti|perlu)\b.*\b(?:setelah|sesudah|sebelum|bagi|"
                      r"manakala|asalkan|selama|begitu)\s+seorang$", re.IGNORECASE)
#: What makes a stretch of time the span of a rate, not a duration: "tiga kali dalam
#: sepekan", "dua kali seminggu", "per bulan", "setiap tahun".
_RATE_BEFORE = re.compile(r"(?:\b(?:se)?kali\s+(?:dalam\s+)?|\b(?:times\s+a|per|every|each|setiap|tiap)\s+)$",
                          re.IGNORECASE)
#: One stretch of time written without a number: "a year", "sebulan", "setahun" (those with
#: one are read by ``_amounts_in``).
_ONE_STRETCH = re.compile(r"\b(?:an?\s+(?P<unit>day|week|month|year)|se(?P<unit2>hari|minggu|pekan|bulan|tahun))\b",
                          re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:more than|less than|over|under|at least|up to|lebih dari|kurang dari|minimal|"
                           r"paling sedikit|di atas|di bawah|hingga|sampai)\s+$", re.IGNORECASE)
#: Days in each Indonesian unit of time ``_amounts_in`` gives.
_UNIT_DAYS = {"hari": 1, "minggu": 7, "bulan": 30, "tahun": 365}


def _stretch_days(text: str, bounded: bool = False) -> set[float]:
    """The stretches of time ``text`` states, in days ("a year" and "satu tahun": 365);
    ``bounded``: only those a bound opens ("more than a year", "lebih dari 6 bulan"), the
    condition a question sets, not the stretch it asks about ("the 30-day training")."""
    ones = [(1.0, _unit_id((m.group("unit") or m.group("unit2")).lower()), m.start()) for m in _ONE_STRETCH.finditer(text)]
    return {value * _UNIT_DAYS[unit] for value, unit, at in [*_amounts_in(text), *ones]
            if unit in _UNIT_DAYS and (not bounded or _BOUND_BEFORE.search(text[max(0, at - 20) : at]))}


def _clause_before(text: str, at: int) -> str:
    """The words of ``at``'s clause before it: from the last comma, semicolon or contrast
    word ("..., sedangkan mereka yang ... lebih dari satu tahun mendapat potongan")."""
    breaks = list(re.finditer(r"[,;]|\b(?:sedangkan|sementara|whereas|while)\b", text[:at]))
    return text[breaks[-1].end() if breaks else 0 : at]


def _stated(book: CitationBook, sentence: ScoredSentence, match: re.Match[str], shown: str) -> list[str]:
    """``**shown** [n]`` and the clause of ``sentence`` that states it, as the answer."""
    n = book.cite(sentence.chunk)
    start = clause_start(sentence.text, match.start())
    end = min(len(sentence.text), match.end() + 60)
    return [f"**{shown}** [{n}]", "", f"> {quote(_clause(sentence.text, start, end))} [{n}]"]


#: A question about a cut in a sentence (remission) and the words a report gives it with.
_CUT_WORDS = r"potongan\w*|pengurangan\w*|remisi\w*"
_ASKS_CUT = re.compile(rf"\b(?:cuts?|reductions?|remissions?|{_CUT_WORDS}|(?:taken|knocked|shaved|deducted|trimmed) off)\b",
                       re.IGNORECASE)
_CUT_CUE = re.compile(rf"\b(?:{_CUT_WORDS}|dipotong|dikurangi|berkisar|mendapat\w*|memperoleh|menerima)\b",
                      re.IGNORECASE)


#: A question asking what part of a whole: "sudah jalanin berapa bagian masa hukumannya?",
#: "what fraction of their sentence".
_ASKS_FRACTION = re.compile(r"\bberapa\s+(?:bagian|per\s?berapa)\b|\b(?:what|which)\s+(?:fraction|portion|part)\s+of\b"
                            r"|\bhow much of (?:the|their|his|her|its) (?:sentence|term|prison term)\b", re.IGNORECASE)
#: A fraction as reports write it: "2/3", "dua pertiga", "setengah", "separuh".
_FRACTION = re.compile(
    r"(?<![\d/])\d\s?/\s?\d(?![\d/])|\b(?:setengah|separuh|sepertiga|seperempat|(?:dua|satu) per\s?tiga|dua pertiga"
    r"|tiga perempat|satu per\s?(?:dua|empat)|half|one[- ]third|two[- ]thirds|three[- ]quarters|a quarter)\b",
    re.IGNORECASE,
)


def _compose_fraction(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``2/3 [1]``: the fraction stated in the best sentence that states one; a head count
    does not say what part of a sentence was served."""
    for sentence in evidence.focus_sentences(relative=0.5)[:12]:
        match = _FRACTION.search(sentence.text)
        if match is not None and not is_date_part(sentence.text, match):
            return _stated(book, sentence, match, match.group())
    return None


#: A question asking by how much a unit is over its capacity, and the words a report gives it with.
_ASKS_EXCESS = re.compile(r"\b(?:kelebihan|melebihi|excess|too many|over(?:crowded)? by|over capacity by|by how many)\b",
                          re.IGNORECASE)
#: "masak buat berapa orang?", "cooking for how many": the count of those served is asked.
_ASKS_FOR_HOW_MANY = re.compile(r"\b(?:untuk|buat|bagi|for)\s+(?:berapa|brp|how many)\b", re.IGNORECASE)
#: Right before a count, the word that makes it those served: "memasak untuk 456".
_FOR_BEFORE = re.compile(r"\b(?:untuk|bagi|buat|for)\s+(?:sekitar\s+|sebanyak\s+)?$", re.IGNORECASE)
_EXCESS_CUE = re.compile(r"\b(?:kelebihan|melebihi|excess|surplus|more than (?:its|the) capacity)\b", re.IGNORECASE)
#: A number written with a leading zero: a code or a register number ("0619"), never a count.
_CODE = re.compile(r"0\d+")
#: "Itu kasus ke berapa?", "the how-manieth attempt": a place in a sequence, not a count.
_ASKS_ORDINAL = re.compile(rf"{ASKS_RANK.pattern}|\bhow many(?:th|eth)\b|\bwhat number\b|\bperingkat (?:berapa|ke ?berapa)\b",
                           re.IGNORECASE)
#: A place in a sequence as reports write it, with the noun before it: "kasus keempat",
#: "HBP ke-61", "yang kedua kalinya".
_ORDINAL = re.compile(r"(?:\b[a-z]\w+\s+)?\b(?:ke-?\d+|kesatu|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|"
                      r"kesembilan|kesepuluh|kesebelas|pertama)\b(?:\s+kali(?:nya)?\b)?", re.IGNORECASE)


def _compose_ordinal(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``kasus keempat [1]``: the place in a sequence the best sentence of the answering
    report states; a count ("empat kasus") would answer another question."""
    docs = set(evidence.answer_docs()[:1])
    for sentence in evidence.focus_sentences(relative=0.5)[:12]:
        match = _ORDINAL.search(sentence.text) if sentence.doc_id in docs else None
        if match is not None:
            return _stated(book, sentence, match, match.group())
    return None


def _things_given(question: str, language: str) -> dict[float, frozenset[str]]:
    """What each count the question states counts ("5 napi" → napi and its synonyms)."""
    things: dict[float, frozenset[str]] = {}
    for quantity in find_quantities(question):
        value = number_value(quantity.number)
        words = quantity.unit.split()
        if value is not None and words:
            # "40 high-risk prisoners": adjectives may stand before the noun counted.
            after = re.findall(r"[\w-]+", question[quantity.start : quantity.end + 30])[1:4]
            things[value] = frozenset().union(*(glossary.analyze_query(word, language)
                                                for word in (words[0], *after)))
    return things


#: Counters that count anyone: a count in them may be the one the question states.
_ANYONE = frozenset({"orang", "jiwa", "org"})


def _given_count(quantity: Quantity, given: set[float], things: dict[float, frozenset[str]]) -> bool:
    """Whether a count is one the question states itself, so not what it asks: "berapa
    petugas ... yang ikut prajabatan pas 5 napi kabur?" states five inmates, and "lima
    petugas keamanan" counts others, which may be the answer."""
    value = number_value(quantity.number)
    if value not in given:
        return False
    asked, counted = things.get(value), _head_word(quantity.unit)
    # ("saat 11 tahanan kabur" states the 11 the report writes "11 penghuni": one population.)
    return (not asked or not counted or bool(counted & asked) or bool(counted & _ANYONE)
            or any(counted & population and asked & population for population in _POPULATIONS))


def _states_given(stretch: str, given: set[float]) -> bool:
    """Whether a stretch of time ("10 tahun", "sepuluh tahun") is of a number the question
    states."""
    first = stretch.split()[0] if stretch.split() else ""
    return number_value(first) in given


def number_value(number: str) -> float | None:
    """A count's value: "2030", "1.407" (Indonesian thousands), "12,5", "tujuh", "two"."""
    lowered = number.lower()
    if lowered in NUMBER_WORDS:
        return float(NUMBER_WORDS[lowered])
    if lowered in ENGLISH_NUMBER_WORDS:
        return float(ENGLISH_NUMBER_WORDS[lowered])
    if _THOUSANDS.fullmatch(number):
        # "1.287" in a report, "1,287" in an English question: the same count.
        return float(re.sub(r"[.,]", "", number))
    if _DECIMAL.fullmatch(number):
        return float(number.replace(",", "."))  # "12,5" in a report, "2.5" in English
    try:
        return float(number.replace(".", "").replace(",", "."))
    except ValueError:
        return None


#: A count grouped in thousands by one separator ("1.287", "1,287", "12.345.678").
_THOUSANDS = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})*")
#: A decimal with one separator that is not a thousands group ("12,5", "2.5", "0,75").
_DECIMAL = re.compile(r"\d+[.,](?:\d{1,2}|\d{4,})")


def question_numbers(question: str) -> set[float]:
    """The counts a question states itself ("that freed two inmates", "dari 5 TPS"): known
    to the asker, so not what a how-many question asks for. Years and dates are not counts
    (``rag.spans.numbers``)."""
    written = [m.group(1) or m.group(3) for m in numbers(question)]
    english = [w for w in re.findall(r"[a-z]+", question.lower()) if w in ENGLISH_NUMBER_WORDS]
    # "the 79th anniversary", "HUT ke-79": an ordinal names the occasion, it counts nothing.
    ordinals = re.findall(r"\b(\d+)(?:st|nd|rd|th)\b|\bke-?\s?(\d+)\b", question, re.IGNORECASE)
    values = {number_value(w) for w in [*written, *english, *(a or b for a, b in ordinals)]}
    values.discard(None)
    if _ONE_AS_FRAME.search(question):
        values.add(1.0)
    else:
        values.discard(1.0)  # "satu"/"one" is as often an article ("one of the inmates")
    return values  # type: ignore[return-value]


#: What follows "one X" in a ratio: "satu petugas memegang 100 orang", "1 petugas untuk 50
#: napi", "one officer for every 100 inmates".
_RATIO_AFTER = re.compile(r"\s+(?:harus\s+|mesti\s+)?(?:memegang|menjaga|mengawasi|menangani|melayani|untuk|banding|"
                          r"berbanding|per|for(?:\s+every)?|to)\s+(?:sekitar\s+|hingga\s+|every\s+)?\d", re.IGNORECASE)
#: "during a single shift", "dalam satu shift": one of something the question counts in,
#: not a count it asks ("... satu giliran jaga ... hanya diawasi oleh 13 petugas").
_ONE_AS_FRAME = re.compile(r"\b(?:a single|single|satu|one)\s+(?!of\b|dari\b|antara\b|di\s|diantara\b|orang\b|per\b)(?P<frame>[a-z]{3,})",
                           re.IGNORECASE)


#: Units of amounts that are not counts of things: money, shares, time.
_MEASURE_UNITS = frozenset(
    ["persen", "%", "rupiah", "rp", "ribu", "juta", "miliar", "triliun", "jam", "menit", "detik", "hari", "minggu", "pekan", "bulan", "tahun",
     "gram", "gr", "kg", "kilogram", "ons", "ton",
     # "kelebihan penghuni hingga tiga kali lipat": a multiple counts no one
     "kali", "lipat"]
)
#: Words that multiply a number ("20 ribu", "1,5 juta"), not what it counts.
_MULTIPLIERS = frozenset({"ribu", "juta", "miliar", "triliun"})
#: A unit of time a part of a question names ("how many lesson hours a day").
_TIME_UNIT_ASKED = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?|minutes?|jam|hari|minggu|pekan|bulan|tahun|menit)\b",
                              re.IGNORECASE)
#: The same units analysed, as a part of a question counts them ("berapa hari", "berapa jam").
_MEASURE_TERMS = frozenset(indonesian.analyze(" ".join(_MEASURE_UNITS)))
#: A question asking for an amount rather than a count: a price, an age, a share, a time.
_ASKS_MEASURE = re.compile(
    r"\b(?:usia|umur|age|old|harga|price|prices|cost|costs|biaya|tarif|kisaran|range|nilai|value|"
    r"persen|percent|percentage|lama|long|durasi|duration|anggaran|budget|honor|fee|fees|"
    r"kerugian|loss|denda|fine|hukuman|sentence|vonis|masa|rp|rupiah|berat|weight|weigh|heavy)\b|%"
    # "How much tempeh do they produce?": an uncountable thing is measured ("20 kilogram").
    r"|\bhow much\b(?! of\b)",
    re.IGNORECASE,
)


#: "berapa tahun", "how many months": the unit an answer must have.
_ASKED_UNIT = re.compile(
    r"\b(?:berapa(?:kah)?|how many)\s+(tahun|bulan|minggu|pekan|hari|jam|menit|persen|years?|"
    r"months?|weeks?|days?|hours?|minutes?|percent)\b",
    re.IGNORECASE,
)
#: A classifier right after the question word: "berapa lembar sarung", "berapa unit ponsel".
_ASKED_CLASSIFIER = re.compile(rf"\bberapa(?:kah)?\s+({'|'.join(CLASSIFIERS)})\b", re.IGNORECASE)
_UNIT_IN_INDONESIAN = {"year": "tahun", "month": "bulan", "week": "minggu", "day": "hari",
                       "hour": "jam", "minute": "menit", "percent": "persen", "pekan": "minggu"}


def _asked_unit(question: str) -> str | None:
    """The unit a how-many question names right after its question word, in Indonesian."""
    match = _ASKED_UNIT.search(question)
    if match is None:
        return None
    word = match.group(1).lower().rstrip("s") if match.group(1).lower() != "jam" else "jam"
    return _UNIT_IN_INDONESIAN.get(word, word)


#: Units of each kind of amount.
_MONEY_UNITS = frozenset(["rupiah", "rp", "ribu", "juta", "miliar", "triliun"])
_WEIGHT_UNITS = frozenset(["gram", "gr", "kg", "kilogram", "ons", "ton"])


def _ages_by_person(evidence: Evidence, candidates: list) -> list:
    """Ages scored by the words of their own person: "Satria ... (29), warga Desa Mislak,
    ..., serta Suhendra alias Jakai (38), warga ... Mentok" answers "the one from Mentok"
    with 38, the age whose part of the sentence says Mentok."""
    scored = []
    for sentence, (local, quantity, start, end, counts) in candidates:
        ages = sorted(c[1].start for s, c in candidates if s is sentence)
        text = sentence.text
        lower = max([0, *(a for a in ages if a < quantity.start)])
        breaks = [m.end() for m in _PERSON_BREAK.finditer(text, lower, quantity.start)]
        begin = breaks[-1] if breaks else lower
        later = [a for a in ages if a > quantity.start]
        stop = len(text)
        if later:
            ahead = [m.start() for m in _PERSON_BREAK.finditer(text, quantity.end, later[0])]
            stop = ahead[-1] if ahead else later[0]
        own = frozenset(glossary.analyze_document(text[begin:stop]))
        fit = sum(w for c, w in zip(evidence.concepts.concepts, evidence.concepts.weights) if c.matches(own))
        scored.append((sentence, (local + fit, quantity, start, end, counts)))
    return scored


#: Where one person of an enumeration ends and the next begins: ", serta", ", dan", ";".
_PERSON_BREAK = re.compile(r",\s*(?:serta|dan|and)\s+|;\s*|\s(?:serta|dan|and)\s+")


def _unit_word(quantity: Quantity) -> str:
    """The word that says what a number counts or measures: its unit's first word, or the
    word after a multiplier ("20 ribu ekor ikan bandeng" counts fish; "10 ribu rupiah" is
    money; "50 juta" alone is read as money)."""
    words = quantity.unit.lower().split()
    if len(words) > 1 and words[0] in _MULTIPLIERS:
        return words[1]
    return words[0] if words else ""


def _measure_kind(text: str, quantity: Quantity) -> str | None:
    """The kind of amount a number is: money ("Rp100.000", "50 juta"), a share ("94,7
    persen"), a length ("50 sentimeter"), an age ("berusia 29 tahun", "29 tahun itu" of a
    person), a weight ("10,49 gram"), a score ("nilai akhir 87,5", "90 poin"), or None."""
    unit = _unit_word(quantity)
    if unit in _MONEY_UNITS or _after_currency(text, quantity):
        return "money"
    if unit in {"persen", "%", "percent"}:
        return "share"
    if unit in _WEIGHT_UNITS:
        return "weight"
    if unit in _AREA_UNITS or (unit in {"m", "km", "meter", "kilometer"} and (
            quantity.unit.lower().split()[1:2] == ["persegi"] or re.match(r"[²2]\b", text[quantity.end : quantity.end + 2]))):
        return "area"
    if unit in _LENGTH_UNITS:
        return "length"
    if unit in {"poin", "point", "points"} or _SCORE_BEFORE.search(text[max(0, quantity.start - 30) : quantity.start]):
        return "score"
    # "batas usia paling tinggi 50 tahun": a bound may stand between the word and the years.
    if unit == "tahun" and re.search(r"\b(?:berusia|berumur|usia|umur|umurnya|usianya|aged?)(?:\s+(?:paling\s+(?:tinggi|rendah|tua|"
                                     r"muda)|maksimal|minimal|maksimum|minimum|tertinggi|terendah|rata-rata|di ?bawah|"
                                     r"di ?atas))?\s*$",
                                     text[max(0, quantity.start - 32) : quantity.start], re.IGNORECASE):
        return "age"
    if (re.search(r"[A-Z][\w'.-]*\s*\($", text[max(0, quantity.start - 30) : quantity.start])
            and text[quantity.end : quantity.end + 2].lstrip().startswith(")")):
        return "age"  # "Suhendra alias Jakai (38), warga ...": a person's age
    return None


#: Units of an area: "seluas 2 hektare", "1,8 ha" ("500 meter persegi" and "300 m2" are
#: read from the word or figure after the length unit).
_AREA_UNITS = frozenset({"hektare", "hektar", "ha", "hectare", "hectares", "are", "acre", "acres", "km2", "m2", "m²"})
#: Units of a length or height: "setinggi 50 sentimeter", "2 meter".
_LENGTH_UNITS = frozenset({"cm", "sentimeter", "centimeter", "senti", "meter", "m", "km", "kilometer", "mm",
                           "milimeter", "inci"})


#: What stands before a score: "meraih nilai 87,5", "dengan skor akhir sebesar 90".
_SCORE_BEFORE = re.compile(r"\b(?:nilai|skor|score|indeks|index)(?:\s+(?:akhir|rata-rata|total|final))?"
                           r"(?:\s+(?:sebesar|senilai|of))?\s*$", re.IGNORECASE)


def _is_measure(text: str, quantity: Quantity) -> bool:
    """Whether a number is a price, a percentage, a stretch of time or an area ("Rp10 ribu",
    "45 persen", "24 hari", "35 hektar")."""
    unit = _unit_word(quantity)
    value = number_value(quantity.number)
    # "gempa berkekuatan Magnitudo 6,7": a number with a fraction measures; it counts no one.
    fraction = value is not None and value != int(value)
    return unit in _MEASURE_UNITS or unit in _AREA_UNITS or _after_currency(text, quantity) or fraction


def _after_currency(text: str, quantity: Quantity) -> bool:
    """Whether the number is written after "Rp" ("Rp100.000", "Rp. 10")."""
    return _CURRENCY_BEFORE.search(text, max(0, quantity.start - 4), quantity.start) is not None


_CURRENCY_BEFORE = re.compile(r"Rp\.?\s?$")


#: Who a count can be of: inmates and staff never stand for each other.
_POPULATIONS = (
    frozenset(indonesian.analyze(" ".join(INMATE_NOUNS))),
    frozenset(indonesian.analyze(" ".join(STAFF_NOUNS))),
)
#: Those who took part: a count of them counts whichever people the question names.
_PARTICIPANTS = frozenset(indonesian.analyze("peserta partisipan"))
#: What a count loses when its own words say it counts the other population.
OTHER_POPULATION_PENALTY = 0.5


#: The reason a question gives for those it counts: "... could not vote because their ID
#: cards came from outside Sulawesi?".
_REASON_GIVEN = re.compile(r"\b(?:because|since|as|karena|krn|gara-gara|sebab|lantaran)\b(?P<reason>[^?]+)", re.IGNORECASE)
#: How many of the reason's words a count's clause must say to be its count.
REASON_WORDS = 2


def _counts_of_reason_asked(evidence: Evidence, candidates: list[tuple]) -> list[tuple]:
    """The candidates whose own clause says the reason the question gives: "Alasannya
    beragam: 11 orang memiliki KTP dari luar Sulawesi, 5 orang ..." answers "how many could
    not vote because their ID cards came from outside Sulawesi", not the 50 left out in all."""
    given = _REASON_GIVEN.search(evidence.frame.question)
    if given is None:
        return []
    reason = set(glossary.analyze_query(given.group("reason"), evidence.language))
    needed = min(REASON_WORDS, len(reason))
    if not needed:
        return []
    return [(s, c) for s, c in candidates
            if len(reason & set(glossary.analyze_document(_count_clause(s.text, c[1], (",", ";", ".", ":"))))) >= needed]


#: A count of those a room or unit holds: "sel isolasi yang hanya diisi satu orang".
_OCCUPIED_BEFORE = re.compile(r"\b(?:diisi|dihuni|ditempati|berisi|menampung|ditinggali|occupied\s+by|holds?|holding)"
                              r"\s+(?:oleh\s+)?(?:hanya\s+|cuma\s+|only\s+)?$", re.IGNORECASE)


def _occupants_of_staff_asked(counted: Concept | None, text: str, quantity: Quantity) -> bool:
    """Whether the question counts staff and the count is of those a room holds
    ("How many officers guard the isolation block?" is not answered by "sel isolasi yang
    hanya diisi satu orang")."""
    # ("Setiap sif jaga hanya diisi tujuh personel": a shift filled with staff.)
    return (counted is not None and _POPULATIONS[1] in _asked_populations(counted)
            and not frozenset(indonesian.analyze(quantity.unit)) & _POPULATIONS[1]
            and _OCCUPIED_BEFORE.search(text[max(0, quantity.start - 40) : quantity.start]) is not None)


#: "How much was the guard increased?": a factor ("tiga kali lipat") answers a rise asked.
_ASKS_RISE = re.compile(r"\bhow\s+much\b[^?]*\b(?:increased|raised|boosted|multiplied|stepped\s+up|tightened|grew|rose)\b"
                        r"|\bberapa\s+kali\s+lipat\b|\bditambah\s+berapa\b|\bnaik\s+berapa\b", re.IGNORECASE)
_FOLD = re.compile(r"\s*kali\s+lipat\b|\s*-?fold\b|\s*times\s+(?:over|as\s+many)\b", re.IGNORECASE)
#: What a factor gains when a rise is asked.
FOLD_BONUS = 0.4


def _asked_populations(counted: Concept) -> list[frozenset[str]]:
    """The populations (inmates, staff) the counted concept names, if any: "correctional
    officers" ("petugas pemasyarakatan") are staff, whatever service they serve."""
    cores = [a - _UNIT_TERMS - _SERVICE_TERMS for a in counted.alternatives]
    return [pop for pop in _POPULATIONS if any(core and core <= pop for core in cores)]


#: The service people are of, which says nothing of whether they are inmates or staff.
_SERVICE_TERMS = frozenset(indonesian.analyze("pemasyarakatan"))


def _same_population(counted: Concept, unit_words: frozenset[str]) -> bool:
    """Whether a count's unit names the population the question counts by another of its
    words: "30 WBP" counts the "napi" asked about."""
    asked = _asked_populations(counted)
    return bool(asked) and bool(unit_words) and unit_words <= asked[0]


#: Units that count things, never people: "dua bus" does not answer "how many officers".
_THINGS = frozenset(indonesian.analyze(
    "bus mobil kendaraan truk kapal pesawat paket kotak karung bungkus botol kilogram kg gram "
    "ton liter meter hektare sel kamar blok gedung ruang tempat lokasi fasilitas sarana prasarana "
    # numeral classifiers of things and animals: "dua buah", "50 batang", "100 ekor"
    "buah biji lembar batang butir helai ekor pucuk unit set porsi bibit pohon "
    # regions and posts: "empat kabupaten", "lima pos" count no clients
    "kabupaten kota kecamatan desa kelurahan provinsi wilayah daerah pos posko "
    # items of a text or a rule: "empat ikrar", "dua syarat pokok", "tiga poin" count no one
    "ikrar poin pasal janji sumpah pernyataan tuntutan rekomendasi syarat persyaratan instruksi arahan"))


def _in_populations(concept: Concept, populations: tuple[frozenset[str], ...]) -> bool:
    """Whether one of a concept's senses lies within one of ``populations``."""
    return any(a <= pop for a in concept.alternatives for pop in populations)


def _names_people(word: str) -> bool:
    """Whether an English noun names inmates or staff ("officers", "inmates")."""
    own = question_concepts(word, "en")
    return bool(own) and _in_populations(own[0], _POPULATIONS)


#: Words for people of any kind: "berapa orang" counts people too.
_PERSONS = frozenset(indonesian.analyze("orang jiwa people persons person"))
#: Words for people by sex: "868 laki-laki" counts men, no things.
_GENDER_TERMS = frozenset(indonesian.analyze("laki-laki laki pria perempuan wanita men women male female"))
#: A count asked of one sex: "napi perempuan", "female inmates", "how many women" (not a
#: women's prison, "Lapas Perempuan").
_SEX_ASKED = re.compile(
    r"\b(?:berapa|brp)\s+(?:(?:orang|org|napi|narapidana|tahanan|warga binaan|wbp|penghuni|yang|yg)\s+){0,2}"
    r"(?:perempuan|wanita|ibu-ibu|laki-laki|pria|lelaki)\b"
    r"|\b(?:yang|yg)\s+(?:perempuan|wanita|laki-laki|pria)\s+(?:ada\s+)?(?:berapa|brp)\b"
    r"|\bhow many\s+(?:of\s+(?:the|them|those)\s+(?:[\w-]+\s+){0,6}?(?:are|were|is|was)\s+)?"
    r"(?:female|women|woman|male|men)\b(?!'s)(?!\s+(?:prison|jail|detention))"
    # "How many of the PNG inmates held at the Doyo prison are women?"
    r"|\bhow many\b[^?]*\b(?:are|were)\s+(?:women|female|men|male)\s*\??\s*$",
    re.IGNORECASE)
#: A count's clause that names women, or men.
_WOMEN = re.compile(r"\b(?:perempuan|wanita|ibu-ibu|ibu rumah tangga|female|women|woman|napiwati|tahanan wanita)\b",
                    re.IGNORECASE)
_MEN = re.compile(r"\b(?:laki-laki|pria|lelaki|male|men|man)\b", re.IGNORECASE)
#: Any word that counts people.
_PEOPLE_TERMS = frozenset().union(*_POPULATIONS, _PERSONS)


def _clause_says(concept: Concept, sentence: ScoredSentence, candidate: tuple) -> bool:
    """Whether a count's sentence up to the end of its clause ("... serta 20 napi perkara
    korupsi"; "penghuni dewasa sebanyak 2.371 laki laki, 141 perempuan") names ``concept``."""
    # "empat dari delapan kamar": the part says what its whole counts.
    whole = _unit_of_whole(sentence.text, candidate[1], sentence.sentence.quantities)
    return concept.matches(frozenset(glossary.analyze_document(f"{sentence.text[: candidate[3]]} {whole}")))


#: A count's own clause saying what those counted do: "3 pegawai yang akan memberikan suara".
_COUNT_DOING = re.compile(r"\s*(?:yang|yg)\s+(?:(?:akan|telah|sudah|sedang|masih|juga|turut|ikut)\s+)?"
                          # An act of their own ("memberikan suara"), not one done to them
                          # ("32 vaksinator yang didatangkan dari ...").
                          r"(?P<verb>me[a-z]{3,})\b", re.IGNORECASE)
#: Verbs of such a clause that say what those counted are, not what they did: "yang diduga
#: sabu", "yang menghuni Lapas ...".
_STATE_VERBS = frozenset({"diduga", "menghuni", "dihuni", "dikenal", "disebut", "dinilai", "dianggap", "memiliki",
                          "mempunyai", "menjadi", "merupakan", "menjalani", "mendekam", "ditahan", "dititipkan"})


def _act_said(evidence: Evidence, act: list[Concept], sentence: ScoredSentence, end: int) -> bool:
    """Whether the sentence says the asked act, up to the end of a count's clause
    ("Barang yang disita meliputi 27 unit handphone, 24 unit charger"), or the sentence it
    goes on from does ("Dari jumlah itu, ... 244 orang DPTb")."""
    said = frozenset(glossary.analyze_document(sentence.text[:end]))
    if any(a.matches(said) for a in act):
        return True
    previous = evidence.index.sentences.preceding(sentence.sentence)
    return (previous is not None and _WITHIN_PREVIOUS.match(sentence.text) is not None
            and any(a.matches(previous.terms) for a in act))


def _names_population(counted: Concept) -> bool:
    """Whether the counted concept is a population (inmates, staff, people), which many
    counts count, rather than a kind of them ("korupsi", "perempuan") that few do."""
    return _in_populations(counted, (*_POPULATIONS, _PERSONS))


def _counts_things(counted: Concept | None, unit: str, people: bool = False) -> bool:
    """Whether the question counts people (inmates, staff; ``people``: by a word as common
    as "people", which is no concept of its own) and the count's own unit names things
    ("dua bus", "3,6 hektare") or, by its first word, contests, activities or bodies
    ("tujuh mata lomba", "526 lapas")."""
    if counted is None and not people:
        return False
    if not (frozenset(indonesian.analyze(unit)) & _THINGS or _head_word(unit) & _EVENTS_AND_BODIES):
        return False
    if _unit_names_population(_head_word(unit)):
        return False  # "162 penghuni blok": the residents of a block are people
    return people or _names_population(counted)


#: A word for people anywhere in a question.
_POPULATION_WORD = re.compile(r"\b(?:napi|napiter|narapidana|andikpas|anak didik|wna|tersangka|terdakwa|tahanan|warga binaan|wbp|penghuni|pegawai|petugas|staf|orang|"
                              r"personel|personil|perawat|dokter|anak|inmates?|prisoners?|detainees?|residents?|staff|"
                              r"officers?|personnel|nurses?|doctors?|guards?|people|persons?|"
                              r"employees?|children|juveniles?|convicts?|klien|clients?|"
                              # people who are neither inmates nor staff: "jumlah pengikut ... lima orang"
                              r"pengikut|pengunjung|pembesuk|keluarga|tamu|peserta|korban|pelaku|pasien|relawan|siswa|"
                              r"santri|companions?|visitors?|relatives?|famil(?:y|ies)|guests?|participants?|victims?|"
                              r"patients?|volunteers?|students?|foreigners?|suspects?|defendants?)\b", re.IGNORECASE)

#: People named after a preposition, within three words: "dari kamar-kamar napi", "from the
#: inmates' cells", "milik warga binaan" say whose or where a thing is.
_OWNER_PHRASE = re.compile(r"\b(?:dari|di|milik|from|in|inside|of|belonging to|owned by)\s+(?:[\w'-]+\s+){0,3}?"
                           + _POPULATION_WORD.pattern.removeprefix(r"\b"), re.IGNORECASE)



def _without_owners(question: str, counted: Concept | None) -> str:
    """The question without the people named after a preposition behind the thing it counts
    ("berapa unit ponsel ... dari kamar-kamar napi"); a whole named before the count ("Of the
    32 inmates let out, how many ...") or a count of people keeps them."""
    asked = _COUNT_WORDS.search(question)
    if asked is None or counted is None or _names_population(counted):
        return question
    return question[: asked.end()] + _OWNER_PHRASE.sub(" ", question[asked.end() :])


def _counts_people_for_things(counted: Concept | None, unit: str, people: bool = False) -> bool:
    """Whether the question counts things ("berapa barang terlarang") and the count's own
    unit names people ("dua pegawai"): the people are no count of the things."""
    if counted is None or people or _names_population(counted) or _asks_persons(counted):
        return False
    head = _head_word(unit)
    return bool(head) and (_unit_names_population(head) or head <= _PERSONS | _GENDER_TERMS) and not counted.matches(head)


def _counts_people_by_word(evidence: Evidence) -> bool:
    """Whether "how many"/"berapa" is followed by a word for people ("how many people were
    held in them?"): too common a word to be a concept, it still says who is counted."""
    match = _COUNT_WORDS.search(evidence.frame.question)
    return match is not None and match.group(1).lower() in _PERSONS


#: Heads of units that count contests, activities, stages and bodies, never people: "tujuh
#: mata lomba", "enam cabang olahraga", "tiga lembaga pemasyarakatan", "dua gelombang".
#: Only a unit's first word is read ("50 peserta lomba" counts participants).
_EVENTS_AND_BODIES = frozenset(indonesian.analyze(
    "mata lomba perlombaan pertandingan cabang kegiatan acara program sesi tahap gelombang "
    "lembaga instansi institusi satker upt lapas rutan kantor sekolah yayasan perusahaan organisasi komunitas pesantren"))


#: Places a count of things may be spread over, never the things: "4 blok", "13 kamar".
_PLACE_UNITS = frozenset(indonesian.analyze("blok kamar sel ruang ruangan lantai wisma paviliun gedung block blocks "
                                            "room rooms cell cells"))


def _head_word(unit: str) -> frozenset[str]:
    """The analysed first word of a count's unit ("mata lomba" → {"mata"})."""
    words = unit.split()
    return frozenset(indonesian.analyze(words[0])) if words else frozenset()


#: How far before a count with no noun of its own ("yang berjumlah 12 orang") the noun it
#: counts is looked for.
POPULATION_BEFORE_CHARS = 45


def _said_of_other_population(counted: Concept | None, text: str, quantity: Quantity) -> bool:
    """Whether a count whose own unit names no one ("12 orang") is said of the other
    population, the one named nearest before it: "seluruh petugas, yang berjumlah 12
    orang" counts staff, not the inmates named earlier in the sentence."""
    if counted is None:
        return False
    asked = _asked_populations(counted)
    named = _population_said_before(text, quantity)
    return bool(asked) and named is not None and asked[0] not in named


def _population_said_before(text: str, quantity: Quantity) -> list[frozenset[str]] | None:
    """The populations named nearest before a count whose own unit names no one ("Dari total
    118 napi, sebanyak 100 orang": inmates), None when the unit names someone or no
    population word is near."""
    if frozenset(indonesian.analyze(quantity.unit)) - _GENERIC_UNITS:
        return None
    window = text[max(0, quantity.start - POPULATION_BEFORE_CHARS) : quantity.start]
    for word in reversed(re.findall(r"\w+", window)):
        terms = frozenset(indonesian.analyze(word))
        named = [pop for pop in _POPULATIONS if terms & pop]
        if named:
            return named
    return None


def _other_population(counted: Concept | None, words: frozenset[str]) -> bool:
    """Whether the question counts one population (inmates) and the count's own words name
    only the other (staff): "9 pegawai mencoblos" does not answer "berapa warga binaan"."""
    if counted is None:
        return False
    asked = _asked_populations(counted)
    if not asked:
        return False
    named = [pop for pop in _POPULATIONS if words & pop]
    return bool(named) and asked[0] not in named


#: What follows the number of a listed item: "1." or "2)" alone, or before the item's text.
_LIST_MARK = re.compile(r"\s*[.)](?:\s*$|\s+[A-Z])")


#: A capitalised word right before a bare number, and one right after it: the number is
#: part of a name ("Lapas Batu 18 Gunung Kijang", "Jalan Sudirman 5 Medan").
#: (Not "Sebanyak 80 Warga Binaan", a headline-cased count: the word before opens the
#: sentence, the word after is what is counted.)
_IN_A_NAME = re.compile(r"(?<=\w)\W+(?!(?:Sebanyak|Sekitar|Hanya|Total|Ada|Hampir|Lebih|Kurang)\b)[A-Z][a-z]+\s+$")
_NAME_GOES_ON = re.compile(r"\s+(?!(?:Warga|Orang|Napi|Narapidana|Tahanan|Petugas|Peserta|Pegawai|Anak|Unit|Buah|"
                           r"Inmates|Prisoners|People)\b)[A-Z][a-z]+")
#: A unit of weight asked: "berapa kilogram", "how many grams".
_WEIGHT_UNIT = re.compile(r"kilogram|kg|gram|gr|ton|kilograms|grams|tons|tonnes|ons|ounce", re.IGNORECASE)
#: The word before "one" that makes it a rate: "untuk satu orang", "per 1 napi", "for each".
_PER_ONE = re.compile(r"\b(?:untuk|per|bagi|setiap|tiap|for|each)\s+$", re.IGNORECASE)
#: A capital letter right after a number: a class or a code ("Lapas 2A", "Blok 3B").
_CLASS_LETTER = re.compile(r"[A-Z]\b")


def _number_candidates(
    evidence: Evidence, sentence: ScoredSentence, counted: Concept | None
) -> list[tuple[float, Quantity, int, int, bool]]:
    """The sentence's counts, each scored by the concepts of its words and unit
    (``quantity_contexts``).

    Returns:
        ``(score, quantity, start, end, counts_asked)``: the quoted clause runs from
        ``start`` to ``end``; ``counts_asked`` when its words or unit name the noun the
        question counts.
    """
    found = []
    heading = _heading(evidence, sentence) | _referred_count(evidence, sentence)
    if _WITHIN_PREVIOUS.match(sentence.text) and _ASKS_WHOLE.search(evidence.frame.question):
        # "Dari total itu, 1.015 orang sudah masuk DPT": its counts are parts of the total
        # before it, never the total a question asks for ("total warga binaan ada berapa?").
        return []
    asks_whole = _ASKS_WHOLE.search(evidence.frame.question) is not None
    rates = _rates_asked(evidence.frame.question)
    act = asked_act(evidence)
    # A follow-up speaks of capacity through the question it leans on.
    conversation = f"{evidence.frame.question} {evidence.frame.context}"
    # What the question asks of every count, read once: a rise, the usual figure, a class.
    rise_asked = _ASKS_RISE.search(evidence.frame.question) is not None
    usual_asked = _USUAL.search(conversation) is not None
    classes_asked = _remission_classes(evidence.frame.question)
    previous_end = 0
    for quantity, start, end, words, scope in quantity_contexts(sentence):
        if _SCORE.search(re.sub(r"\d+\s*[-–]\s*$", "", sentence.text[: quantity.start])):
            continue  # "skor 4-1": a match's score, both its numbers
        if _of_another_occasion(evidence, sentence.text, quantity):
            continue
        if _NAMING_NUMBER.search(sentence.text[: quantity.start]):
            continue  # "senjata api kaliber 0,22", "TPS nomor 901": a number that names, no count
        if (_REMISSION_CLASS_BEFORE.search(sentence.text[: quantity.start]) and number_value(quantity.number) in (1.0, 2.0)
                and not _TIME_UNIT_ASKED.match(quantity.unit)):
            continue  # "112 napi memperoleh remisi umum dua": the class of remission (RU II), no count
        if not quantity.unit and (_IN_A_NAME.search(sentence.text[: quantity.start]) and _NAME_GOES_ON.match(
                sentence.text, quantity.end) or _CLASS_LETTER.match(sentence.text, quantity.end)):
            continue  # "Lapas Batu 18 Gunung Kijang", "naik menjadi Lapas 2A": part of a name, no count
        if number_value(quantity.number) == 1.0 and _PER_ONE.search(sentence.text[: quantity.start]):
            continue  # "jatah makan untuk satu orang napi adalah Rp 21 ribu": a rate per one, no count
        if _FREQUENCY_ADJECTIVE.match(quantity.unit):
            continue  # "pesta demokrasi lima tahunan": how often, no count
        if (not quantity.unit and not sentence.text[: quantity.start].strip()
                and _LIST_MARK.match(sentence.text, quantity.start + len(quantity.number))):
            continue  # "1. Menjaga netralitas ...": the number of an item in a list, no count
        if _SUPPOSED.search(_clause_before(sentence.text, quantity.start)):
            continue  # "jika listrik terputus selama tiga sampai empat jam": supposed, not so
        if _ANY_ONE.search(_clause_before(sentence.text, quantity.start) + quantity.number):
            continue  # "program yang bisa diperoleh setelah seorang napi menjalani ...": any one
        # "berjumlah 80 orang, tetapi yang diusulkan ... 64 orang": the 64 is part of the 80.
        subset = asks_whole and _ELIDED_HEAD.match(sentence.text[previous_end : quantity.start])
        previous_end = quantity.end
        words = words | heading
        unit_words = frozenset(indonesian.analyze(
                quantity.unit or _unit_among(sentence.text, quantity, sentence.sentence.quantities)
                or _unit_of_whole(sentence.text, quantity, sentence.sentence.quantities)))
        # "70 pegawai untuk 10 TPS": a count with a unit of its own counts that unit, whatever
        # words lead to it; "orang" and the like say nothing of what is counted.
        own_unit = unit_words - _GENERIC_UNITS
        same_population = counted is not None and _same_population(counted, own_unit)
        counts_asked = counted is not None and (
            counted.matches(unit_words if own_unit else words | unit_words) or same_population
            # "Total penghuni ... ada berapa orang?", "DPTb ... ada brp org?": people are
            # counted, and "856 warga binaan" counts people as surely as "338 orang".
            or _asks_persons(counted) and _unit_names_population(own_unit))
        # What a number counts (its unit) says most about which number is asked for.
        local = (
            _sense_coverage(evidence, words | unit_words)
            + _sense_coverage(evidence, unit_words)
            + 0.1 * _precision(evidence, words)
            - (0.2 if _unasked_qualifier(evidence, unit_words) and not same_population else 0.0)
            + (0.15 if counts_asked else 0.0)
            + _scope_score(evidence, sentence, scope)
            - (OTHER_POPULATION_PENALTY if _other_population(counted, words | unit_words)
               or _occupants_of_staff_asked(counted, sentence.text, quantity) else 0.0)
            # "12 unit pengisi daya ponsel" counts chargers: the noun asked only qualifies its head.
            - (MODIFIER_PENALTY if counted is not None and _qualifies_only(counted, quantity.unit) else 0.0)
            # "dari keseluruhan 913 warga binaan itu, sebanyak 887 orang terdaftar": the whole
            # a part is taken from is not the part a question asks.
            - (PART_PENALTY if not asks_whole and (_whole_of_later_part(sentence.text, quantity)
                                                   or _whole_of_part_before(sentence.text, quantity,
                                                                            sentence.sentence.quantities)) else 0.0)
            # "penghuni ... didominasi WBP kasus narkotika yang berjumlah 9.912 orang": the
            # largest group, a part of the residents asked (15.781).
            - (PART_PENALTY if _dominant_unasked(evidence, counted, sentence.text, quantity, conversation) else 0.0)
            - (PART_PENALTY if subset or _is_part(evidence, sentence, quantity)
               or not asks_whole and _among_whole_before(evidence, sentence, quantity)
               or _in_a_room(sentence.text, quantity, evidence.frame.question) else 0.0)
            # "di DPT (bukan DPTb)": a count of what the question sets aside by name is not
            # asked (a paraphrase such as "the main register" matches too loosely to judge).
            - (PART_PENALTY if any(c.salient and c.matches(words | unit_words)
                                   for c in evidence.concepts.set_aside)
               # "rather than being released straight away": a looser match weighs less.
               else LOOSE_SET_ASIDE_PENALTY if any(c.matches(words | unit_words)
                                                   for c in evidence.concepts.set_aside) else 0.0)
            + _result_bonus(evidence.frame.question, sentence.text[: quantity.start])
            # "And how many are actually living there?" after a question on its capacity.
            + _capacity_fit(evidence.frame.question, conversation, sentence.text[: quantity.start], sentence.text[quantity.end :])
            # "Berapa orang yang mau dipindahkan?": a count its sentence says underwent the act.
            + (ACT_BONUS if act and _act_said(evidence, act[1], sentence, end) else 0.0)
            + _framing_fit(evidence, sentence, quantity, conversation)
            # "how many in total?": "secara keseluruhan ada 100 orang", not "yang baru ... 24".
            + (WHOLE_BONUS if asks_whole and _written_as_whole(sentence.text, quantity) else 0.0)
            # "terdiri atas 237 tahanan dan 802 narapidana, sehingga totalnya 1.039 orang":
            # the whole its sentence adds up, when a total is asked.
            + (WHOLE_OF_PARTS_BONUS if asks_whole and _sums_its_parts(sentence, quantity) else 0.0)
            # "In total, how many ... during 2024?": "jumlah ... sepanjang 2024 menjadi 14
            # orang" sums the year's occasions, over the count of one of them.
            + (SUM_BONUS if asks_whole and _brings_sum_to(sentence.text, quantity) else 0.0)
            # "dapet bayaran brp per kilo?": "Rp5 juta untuk setiap kilogram", over the
            # travel money given once.
            # "how much per inmate per day?": "setiap orang ... Rp 17.000 ... dalam sehari".
            + (RATE_BONUS if rates & _rates_around(sentence.text, quantity) else 0.0)
            # "How much did the remissions save?": "Rp 2,9 miliar", not the "Rp 19 ribu per
            # hari" it was reckoned from; an amount per unit answers only a rate asked.
            - (UNASKED_RATE_PENALTY if not rates and _rate_given(sentence.text, quantity) is not None else 0.0)
            + _remission_class_fit(classes_asked, _clause_around(sentence.text, quantity))
            + (FOLD_BONUS if rise_asked and _FOLD.match(sentence.text, quantity.start + len(quantity.number)) else 0.0)
            # "Bila pada hari biasa jam kunjungan cuma 15 menit, dalam suasana Natal ini ...
            # 30 menit": the usual figure is what the asked one is set against.
            - (USUAL_PENALTY if not usual_asked and _USUAL.search(_clause_before(sentence.text, quantity.start))
               else 0.0)
        )
        found.append((local, quantity, start, end, counts_asked))
    return found


#: A class of remission as written: "remisi khusus I", "RK II", "RU-1", "remisi umum II".
_REMISSION_CLASS = re.compile(r"\b(?P<kind>remisi\s+khusus|remisi\s+umum|RK|RU)[\s-]*(?P<grade>II|I|2|1)(?![\w])",
                              re.IGNORECASE)
#: What a count gains when its clause names the remission class the question names, and
#: loses when it names the other class.
REMISSION_CLASS_FIT = 0.3


def _remission_classes(text: str) -> set[tuple[str, int]]:
    """The remission classes ``text`` names, as (kind, grade): ("k", 1) is RK I."""
    return {("k" if m.group("kind").lower().startswith(("rk", "remisi khusus")) else "u",
             2 if m.group("grade").upper() in ("II", "2") else 1)
            for m in _REMISSION_CLASS.finditer(text)}


def _remission_class_fit(asked: set[tuple[str, int]], clause: str) -> float:
    """"How many got RK I?" (``asked``, the question's classes): "591 narapidana lain
    menerima remisi khusus I" gains, "Tujuh warga binaan ... memperoleh remisi khusus II"
    loses; nothing when either names none."""
    named = _remission_classes(clause) if asked else set()
    if not asked or not named:
        return 0.0
    return REMISSION_CLASS_FIT if asked & named else -REMISSION_CLASS_FIT


def _clause_around(text: str, quantity: Quantity) -> str:
    """The clause a count stands in: its words before it (``_clause_before``) and after it
    up to the next comma, semicolon or full stop."""
    after = re.match(r"[^,;.]*", text[quantity.start :])
    return _clause_before(text, quantity.start) + (after.group() if after else "")


#: A clause giving the usual figure, set against the occasion's: "pada hari biasa",
#: "biasanya", "normally", "on ordinary days".
_USUAL = re.compile(r"\b(?:(?:pada\s+)?hari(?:-hari)?\s+biasa|biasanya|normalnya|lazimnya|sehari-hari|"
                    r"usually|normally|ordinarily|(?:on\s+)?(?:ordinary|normal|regular|usual)\s+days?)\b", re.IGNORECASE)
#: What a count in a clause of the usual figure loses when the question asks no usual one.
USUAL_PENALTY = 0.3


#: "lima di antaranya narapidana perempuan": a bare number's unit named after "of them".
_UNIT_AMONG = re.compile(r"\s*(?:orang\s+)?(?:di\s?antaranya|di antara mereka)\s+(?:adalah\s+|merupakan\s+)?"
                         r"(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+)?)")


def _names_people_first(unit: str) -> bool:
    """Whether a unit's first word is a word for people ("anak", "warga binaan")."""
    return bool(unit) and bool(set(indonesian.analyze(unit.split()[0])) & _PEOPLE_TERMS)


def _unit_among(text: str, quantity: Quantity, quantities: Iterable[Quantity] = ()) -> str:
    """The people a bare number names after "di antaranya" ("lima di antaranya narapidana
    perempuan" counts women convicts), so that it is weighed like "5 narapidana
    perempuan": a qualifier the question did not ask ("perempuan") counts against it.
    When an act follows instead ("120 anak memperoleh remisi ..., dan tujuh di antaranya
    bisa langsung menghirup udara bebas"), they are of the count before it: "anak"."""
    match = _UNIT_AMONG.match(text, quantity.end)
    if match is None:
        return ""
    if not _names_people_first(match.group("unit")):
        whole = [q.unit for q in quantities if q.end <= quantity.start and _names_people_first(q.unit)]
        return whole[-1] if whole else ""
    return match.group("unit")


def _without_other_units(
    candidates: list[tuple[ScoredSentence, tuple]], counted: Concept | None
) -> list[tuple[ScoredSentence, tuple]]:
    """``candidates`` with ``OTHER_UNIT_PENALTY`` taken from each count whose own unit is
    another noun ("134 WBP" for "how many phones") when some count does count the asked
    noun ("27 handphone"); when none does, the glossary may just not know the noun's other
    names, and nothing is taken."""
    if not any(candidate[4] for _, candidate in candidates):
        return candidates
    penalised = []
    for sentence, (local, quantity, start, end, asked) in candidates:
        own_unit = frozenset(indonesian.analyze(quantity.unit)) - _GENERIC_UNITS
        if _counts_other(counted, own_unit, asked) and not (
                # "ada brp orang?": "enam pengunjung" counts people, as "orang" asks
                counted.alternatives[0] <= _PERSONS and _POPULATION_WORD.match(quantity.unit)):
            local -= OTHER_UNIT_PENALTY
        penalised.append((sentence, (local, quantity, start, end, asked)))
    return penalised


#: The doer after a passive verb: "yang disita petugas", "yang dibawa oleh polisi", "seized
#: by officers". A verb of naming or judging takes what they are, not who did it: "yang
#: dianggap provokator" counts the provocateurs.
_PASSIVE_AGENT = re.compile(
    r"\b(?:yang|yg)\s+di(?!(?:anggap|sebut|nilai|duga|jadi|tetap|kenal|sangka)\w*\s)[a-z]{3,}\s+(?:oleh\s+)?(?P<id>[a-z]+)\b|\b(?:[a-z]+ed|taken|seized|given|done)\s+by\s+"
    r"(?:the\s+)?(?P<en>[a-z]+)\b",
    re.IGNORECASE,
)


def _agent_concepts(evidence: Evidence, counted: Concept | None) -> list[Concept]:
    """The question's concepts that name the doer of a passive act, none the counted one."""
    words = {(m.group("id") or m.group("en")).lower() for m in _PASSIVE_AGENT.finditer(evidence.frame.question)}
    return [c for c in evidence.concepts.own_concepts
            if c is not counted and (counted is None or c.label != counted.label)
            and words & set(c.label.lower().split())]


#: What a count shared out among several units loses when another count names an asked
#: unit on its own.
SHARED_PENALTY = 0.5
#: Where a count's own part of its sentence ends.
_OWN_PART_END = re.compile(r"[;.]\s|,\s*(?:sedangkan|sementara|adapun|while|whereas)\b", re.IGNORECASE)
#: What joins units named together: "ke Rutan Pandeglang dan Lapas Serang".
_UNITS_JOINED = re.compile(r"^\s*(?:,\s*)?(?:dan|serta|maupun|and|,)?\s*$", re.IGNORECASE)


def _without_shared_counts(
    evidence: Evidence, candidates: list[tuple[ScoredSentence, tuple]]
) -> list[tuple[ScoredSentence, tuple]]:
    """``candidates`` with ``SHARED_PENALTY`` taken from a count whose clause names a unit
    the question asks about together with one it does not ("50 warga binaan ...
    dipindahkan ke Rutan Pandeglang dan Lapas Serang"), when another count names an asked
    unit alone ("25 orang ditempatkan di Rutan Pandeglang"): the first is shared among the
    units, the second is the asked unit's own."""
    asked = {(upt_kind(name), upt_place(name)) for name in asked_upts(evidence.frame.question)}
    if not asked:
        return candidates
    shared, alone = [], []
    for sentence, candidate in candidates:
        # The count's own part of the sentence: from it to the next clause of its own
        # ("..., sedangkan 25 orang lainnya dibawa ke Lapas Serang").
        rest = sentence.text[candidate[1].start :]
        stop = _OWN_PART_END.search(rest)
        clause = rest[: stop.start()] if stop else rest
        mentions = upt_mentions(clause)
        named = [(upt_kind(name), upt_place(name)) in asked for _, _, name in mentions]
        joined = any(
            named[i] != named[i + 1] and _UNITS_JOINED.match(clause[mentions[i][1] : mentions[i + 1][0]])
            for i in range(len(mentions) - 1)
        )
        shared.append(joined)
        alone.append(any(named) and not joined and len(mentions) == 1)
    if not any(alone):
        return candidates
    return [(s, (c[0] - SHARED_PENALTY, *c[1:]) if is_shared else c)
            for (s, c), is_shared in zip(candidates, shared)]


#: What a count loses when its sentence names only units other than the one asked about,
#: while another count's sentence names that one.
OTHER_UNITS_PENALTY = 0.6


def _of_asked_unit(
    evidence: Evidence, candidates: list[tuple[ScoredSentence, tuple]]
) -> list[tuple[ScoredSentence, tuple]]:
    """``candidates`` with ``OTHER_UNITS_PENALTY`` taken from the counts of other units, in
    a report that gives unit after unit ("Lapas Narkotika Kelas IIA Tanjungpinang ...
    dihuni 850 orang. ... Lapas Kelas IIA Batam berkapasitas 411 orang namun diisi 1.167
    orang"), when some count is the asked unit's. A count belongs to the unit its own clause
    names after it ("20 orang masuk Lapas ... Karanganyar, sementara 16 orang ..."), else
    to the last one its sentence names before it."""
    asked = {(upt_kind(name), upt_place(name)) for name in asked_upts(evidence.frame.question)}
    if not asked:
        return candidates
    named = []
    mentions: dict[str, list] = {}  # sentence text → its units, read once however many counts it has
    for sentence, candidate in candidates:
        clause = re.split(r"[,;]|\.\s", sentence.text[candidate[1].start :], maxsplit=1)[0]
        after = [name for _, _, name in upt_mentions(clause)]
        if sentence.text not in mentions:
            mentions[sentence.text] = upt_mentions(sentence.text)
        units = mentions[sentence.text]
        before = [name for _, end, name in units if end <= candidate[1].start]
        unit = after[0] if after else (before[-1] if before else None)
        named.append(None if unit is None else any(_same_unit((upt_kind(unit), upt_place(unit)), a) for a in asked))
    if not any(named):
        return candidates
    return [(s, (c[0] - OTHER_UNITS_PENALTY, *c[1:]) if is_asked is False else c)
            for (s, c), is_asked in zip(candidates, named)]


def _same_unit(unit: tuple[str | None, str | None], asked: tuple[str | None, str | None]) -> bool:
    """Same kind, and one place the other's short form ("Jogja" of "Jogjakarta")."""
    if unit[0] != asked[0] or not unit[1] or not asked[1]:
        return unit == asked
    place, wanted = unit[1].lower().replace(" ", ""), asked[1].lower().replace(" ", "")
    return place.startswith(wanted) or wanted.startswith(place)


#: "how many of the 103 ...", "berapa dari 103 ...": the question counts part of a number
#: it states.
_PART_OF = re.compile(
    r"\bhow many of (?:the |those |these )?(?P<en>\d[\d.,]*)\b"
    r"|\bberapa(?: orang)? (?:dari|di antara) (?:total |jumlah )?(?P<id>\d[\d.,]*)\b"
    # The whole stated first: "Of the 32 inmates let out ..., how many ...?", "Dari 15 napi
    # yang kabur ..., berapa yang ...?"
    r"|^\W*(?:of|out of|from) (?:the |those |these |all )?(?P<en_lead>\d[\d.,]*)\b[^?]*,\s*how many\b"
    r"|^\W*dari (?:total |jumlah |sebanyak )?(?P<id_lead>\d[\d.,]*)\b[^?]*,\s*(?:\w+\s+)?berapa\b",
    re.IGNORECASE,
)


#: A count asked of the people who came from one unit: "berapa orang yang berasal dari
#: Rutan Kendari", "how many of them were from the Kendari detention centre".
_ORIGIN_ASKED = re.compile(r"\b(?:berasal|asal(?:nya)?|come|came)\s+(?:dari|from)\s+(?P<unit>[^?,;]+)"
                           # "berapa napi dari Rutan Kendari yang ...", "how many of them from the ...":
                           # the unit right after the counted noun, not where they fled from
                           r"|\b(?:berapa|how many)\s+(?:[\w-]+\s+){0,2}?(?:of them\s+)?(?:dari|from)\s+"
                           r"(?P<unit2>(?:the\s+)?(?:lapas|rutan|lpka|bapas)\b[^?,;]*)",
                           re.IGNORECASE)


def _whole_asked_of(question: str) -> float | None:
    """The number a question counts part of ("how many of the 103 ..." → 103), if any."""
    match = _PART_OF.search(question)
    if match is None:
        return None
    return number_value(match.group("en") or match.group("id") or match.group("en_lead") or match.group("id_lead"))


def _near_whole(evidence: Evidence, sentence: ScoredSentence, whole: float) -> bool:
    """Whether ``sentence`` or the one before it states the number ``whole``."""
    previous = evidence.index.sentences.preceding(sentence.sentence)
    return _stated_in([s for s in (sentence.sentence, previous) if s is not None], whole)


def _states(evidence: Evidence, doc_id: str, value: float) -> bool:
    """Whether an article states the number ``value`` anywhere."""
    return _stated_in(evidence.index.sentences.of_article(doc_id), value)


def _stated_in(sentences: Iterable[Sentence], value: float) -> bool:
    """Whether one of ``sentences`` states the number ``value``."""
    return any(number_value(q.number) == value for s in sentences for q in s.quantities)


#: A question asking what something became: "ditinggikan menjadi berapa meter?", "raised
#: to how many metres?".
_ASKS_RESULT = re.compile(r"\b(?:men)?jadi berapa\b|\bto how (?:many|much|high|tall)\b", re.IGNORECASE)
#: The words right before the figure a change came to: "ditinggikan menjadi 8 meter".
_RESULT_CUE = re.compile(r"\b(?:menjadi|jadi|to)\s*$", re.IGNORECASE)
#: What that figure gains over the one the change started from ("kini hanya 6 meter").
RESULT_BONUS = 0.5


#: A norm, not a count: "standar keamanan menetapkan satu petugas untuk 20 warga binaan".
_NORM_WORDS = r"standar\w*|rasio|perbandingan|ketentuan|aturan|semestinya|ratio|standard|rule"
_NORM = re.compile(rf"\b(?:{_NORM_WORDS}|perbandingannya|ketentuannya|aturannya)\b", re.IGNORECASE)
#: A question asking for a norm or an ideal, which a norm's count answers.
_ASKS_NORM = re.compile(rf"\b(?:{_NORM_WORDS}|ideal\w*|seharusnya|supposed|should|ought)\b", re.IGNORECASE)


def _counts_a_norm(before: str, asked: str) -> bool:
    """Whether the words before a count state a norm ("satu petugas bertanggung jawab atas
    20 warga binaan") and ``asked`` asks for neither a norm nor a capacity: such a count
    counts no one. Only the count's own clause: "semestinya hanya 772 orang, tetapi kini
    diisi oleh 1.911 orang" gives the norm first and a head count after it."""
    own = re.split(r"[;]|,\s*(?:tetapi|tapi|namun|sedangkan|padahal|but)\b", before)[-1]
    return bool(_NORM.search(own)) and not (_ASKS_NORM.search(asked) or _ASKS_CAPACITY.search(asked))
#: One period or stage of several: "hari pertama", "tahap kedua", "on the first day".
_PERIOD_PART = re.compile(
    r"\b(?:hari|minggu|pekan|tahap|gelombang|sesi|termin)\s+(?:pertama|kedua|ketiga|keempat|kelima|ke-?\d)"
    r"|\b(?:first|second|third|fourth|fifth|final|last)\s+(?:day|week|stage|phase|wave|batch|session)\b"
    r"|\b(?:day|stage|phase|wave|batch)\s+(?:one|two|three|four|five|\d)\b",
    re.IGNORECASE,
)
#: A question asking for an amount still left or added: "how many more could it take in?".
_ASKS_MORE = re.compile(r"\bhow (?:many|much) more\b|\bberapa\s+(?:\w+\s+)?lagi\b"
                        r"|\b(?:masih|still)\s+(?:bisa|dapat|mampu|sanggup|can|could|able to)\s+(?:\w+\s+)?"
                        r"(?:menampung|menerima|tampung|terima|take|hold|accept|fit|house)\b", re.IGNORECASE)
#: A count asked of those still in a state ("yg masih buron", "how many are still at large").
_ASKS_STILL = re.compile(r"\b(?:masih|still|remain(?:s|ed|ing)?)\b", re.IGNORECASE)
#: What says a count is of those still so: "hingga kini masih", "sisanya", "tersisa".
_STILL_CUE = re.compile(r"\b(?:masih|still|hingga kini|sampai kini|hingga saat ini|sampai sekarang|tersisa|sisanya"
                        r"|remain(?:s|ed|ing)?)\b", re.IGNORECASE)


#: Most sentences of the answering report a name may stand in to be specific to a count.
SPECIFIC_NAME_SENTENCES = 1


#: A count of the whole country: "secara nasional", "di seluruh Indonesia", "nationwide".
_NATIONAL = re.compile(r"\b(?:secara nasional|tingkat nasional|skala nasional|se(?:luruh)?[- ]indonesia|seluruh tanah air|"
                       r"se-?nusantara|nationwide|nationally|across (?:the country|indonesia)|all over indonesia|"
                       r"(?:in )?(?:the )?whole (?:of )?(?:the )?country)\b", re.IGNORECASE)


def _words_after(sentence: ScoredSentence, quantity: Quantity) -> str:
    """The words after a count up to the next count or clause break: what it counts, and
    where ("1.115 narapidana beragama Hindu di seluruh Indonesia")."""
    rest = sentence.text[quantity.end :]
    stops = [m.start() for m in re.finditer(r"[,;:]|\.\s|\d", rest)]
    return rest[: min(stops, default=len(rest))]


#: A clause that sets the time of the act asked: "died before harvest", "sebelum dipanen".
_TIME_CLAUSE = re.compile(r"\b(?:before|after|until|while|when|sebelum|setelah|sesudah|sampai|hingga|ketika|saat)\b",
                          re.IGNORECASE)
#: An act denied in English: "did not", "never", "no longer".
_DENIED_EN = re.compile(r"\b(?:not|never|no longer|without|failed)\b|n't\b", re.IGNORECASE)


def _denies_act(acts: list[Concept], text: str, quantity: Quantity) -> bool:
    """Whether the count's own clause denies one of ``acts``, those the question asks of
    the ones counted ("13 anak didik sisanya tidak ikut ujian" for "yang ikut ujian")."""
    clause = _count_clause(text, quantity, _PART_BREAKS)
    for negation in _DENIED.finditer(clause):
        denied = frozenset(indonesian.analyze(" ".join(clause[negation.end() :].split()[:2])))
        if any(c.matches(denied) for c in acts):
            return True
    return False


#: Chat's "how many": "brp napiter ...".
_CHAT_HOW_MANY = re.compile(r"\b(?:brp|brapa|berapaan)\b", re.IGNORECASE)
#: Where one part of a breakdown ends and the next begins: "..., sedangkan 13 orang lainnya".
_PART_BREAKS = (",", ";", ".", ":", " sedangkan ", " sementara ", " serta ", " whereas ", " while ")


class _BreakdownScene(NamedTuple):
    """What the breakdown readers read of a question and its answering report, once."""

    #: The question's words after its counting words ("... were inmates of Kembang Kuning").
    tail: str
    #: The report's headline and dateline terms: what the whole report is about, no part of it.
    about: frozenset[str]
    #: The terms of each sentence of the report, to tell how widely it names a word.
    sentences: list[frozenset[str]]


def _breakdown_scene(evidence: Evidence) -> _BreakdownScene | None:
    """The scene of ``_part_named_in_breakdown`` and ``_item_named_in_parallel_counts``;
    None when the question has no counting words or no report answers."""
    asked_at = QUANTITY_WORDS.search(evidence.frame.question) or _CHAT_HOW_MANY.search(evidence.frame.question)
    docs = evidence.answer_docs()[:1]
    if asked_at is None or not docs:
        return None
    article = evidence.index.articles[docs[0]]
    return _BreakdownScene(evidence.frame.question[asked_at.end() :].lower(),
                           frozenset(glossary.analyze_document(f"{article.title} {article.place or ''}")),
                           [s.terms for s in evidence.index.sentences.of_article(docs[0])])


def _counts_by_sentence(candidates: list[tuple]) -> list[list[tuple]]:
    """``candidates`` grouped by the sentence they stand in, in order."""
    by_sentence: dict[int, list[tuple]] = {}
    for sentence, candidate in candidates:
        by_sentence.setdefault(id(sentence), []).append((sentence, candidate))
    return list(by_sentence.values())


def _part_named_in_breakdown(evidence: Evidence, candidates: list[tuple], scene: _BreakdownScene) -> list[tuple]:
    """The counts of ``candidates`` that are the one part of their sentence's breakdown
    whose own clause names a name the question's counting words name ("how many ... were
    inmates of Kembang Kuning prison?"); empty when none is, or the names point to
    several parts of one sentence."""
    names = [max(c.alternatives, key=len) for c in evidence.concepts.own_concepts
             if c.salient and not c.alternatives[0] <= _UNIT_TERMS and not any(ch.isdigit() for ch in c.label)
             and c.label.lower() in scene.tail]
    # The headline and the dateline name what the whole report is about ("Rutan Ponorogo"),
    # no part of it.
    names = [name for name in names if not name <= scene.about]
    if not names:
        return []
    # The name the answering report gives in fewest sentences tells the part: the place the
    # whole story is set in ("Nusakambangan") stands in many, and in some part's clause too.
    spread = {name: sum(1 for terms in scene.sentences if name <= terms) for name in names}
    found: list[tuple[int, tuple]] = []
    for counts in _counts_by_sentence(candidates):
        if len(counts) < 2 or len({c[1].start for _, c in counts}) < 2:
            continue
        texts = [_count_clause(s.text, c[1], _PART_BREAKS) for s, c in counts]
        # A breakdown by unit: each part's clause names a unit of its own ("Lapas
        # Karanganyar menerima 12 orang, sedangkan 18 orang ... Lapas Pasir Putih").
        with_unit = [bool(upt_mentions(text)) for text in texts]
        if sum(with_unit) < 2:
            continue
        clauses = [frozenset(glossary.analyze_document(text)) for text in texts]
        for name in sorted(names, key=spread.get):
            holding = [i for i, terms in enumerate(clauses) if name <= terms]
            if len(holding) == 1 and with_unit[holding[0]]:
                found.append((spread[name], counts[holding[0]]))
                break
    fewest = min((n for n, _ in found), default=0)
    return [count for n, count in found if n == fewest]


#: In how many sentences of the answering report an item of a breakdown may be named.
ITEM_NAME_SENTENCES = 2


def _item_named_in_parallel_counts(evidence: Evidence, candidates: list[tuple], scene: _BreakdownScene) -> list[tuple]:
    """The count of ``candidates`` whose clause alone, of a sentence giving several counts of
    one unit ("Catur diikuti 14 peserta, Tenis Meja diikuti 28 peserta, dan Gaplek diikuti
    20 peserta"), names an item the question counts ("how many signed up for table
    tennis?"); empty unless exactly one count is so named. The total of the whole event
    ("diikuti 80 orang WBP") names no item and loses to it."""
    # An item is named in few sentences of the report ("Tenis Meja": the list of sports and
    # its count); what the whole report is about ("remisi") is in many, and in a clause of a
    # breakdown by something else.
    items = [c for c in evidence.concepts.own_concepts
             if not c.salient and c not in evidence.concepts.verbs and not c.alternatives[0] <= _UNIT_TERMS
             and c.label.lower() in scene.tail and not c.matches(scene.about)
             and sum(1 for terms in scene.sentences if c.matches(terms)) <= ITEM_NAME_SENTENCES]
    if not items:
        return []
    found = []
    for counts in _counts_by_sentence(candidates):
        heads = {_head_word(c[1].unit) for _, c in counts}
        if len({c[1].start for _, c in counts}) < 2 or len(heads) != 1 or not next(iter(heads)):
            continue
        clauses = [frozenset(glossary.analyze_document(_count_clause(s.text, c[1], _PART_BREAKS))) for s, c in counts]
        for item in items:
            holding = [i for i, terms in enumerate(clauses) if item.matches(terms)]
            if len(holding) == 1:
                found.append(counts[holding[0]])
    return found if len(found) == 1 else []


def _specific_names(evidence: Evidence) -> list[frozenset[str]]:
    """The destinations the question names ("ke Lapas Muara Sabak") that the answering
    report writes in one sentence only, outside its headline: where a count is of one of
    several places the report lists."""
    docs = evidence.answer_docs()[:1]
    if not docs:
        return []
    sentences = [s.terms for s in evidence.index.sentences.of_article(docs[0])]
    article = evidence.index.articles[docs[0]]
    # The headline and the dateline name what the whole report is about.
    about = frozenset(indonesian.analyze(f"{article.title} {article.place or ''}"))
    names = []
    question = evidence.frame.question.lower()
    for concept in evidence.concepts.own_concepts:
        if (not concept.salient or concept.alternatives[0] <= _UNIT_TERMS or any(ch.isdigit() for ch in concept.label)
                or concept.matches(about)):
            continue
        # Only a destination ("dikirim ke Lapas Narkotika Muara Sabak", "went to Sarolangun"):
        # a place a question only sets the scene in ("di Lapas Barelang Batam") is no item.
        if not re.search(rf"\b(?:ke|menuju|to|into)\s+(?:[\w-]+\s+){{0,3}}{re.escape(concept.label.lower())}\b", question):
            continue
        # A name of several words by all of them ("Muara Sabak", not any "Muara").
        whole = max(concept.alternatives, key=len)
        holding = sum(1 for terms in sentences if whole <= terms)
        if 0 < holding <= SPECIFIC_NAME_SENTENCES:
            names.append(whole)
    return names


def _count_clause(text: str, quantity: Quantity, breaks: tuple[str, ...] = (",", ";", ".", ":")) -> str:
    """The clause around a count: from the last clause break before it to the next one."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in breaks) + 1
    ends = [i for i in (text.find(mark, quantity.start) for mark in (",", ";", ". ")) if i != -1]
    return text[start : min(ends, default=len(text))]


#: "masih ada 23 warga binaan lagi yang bakal ...": "more" said right after the count.
_MORE_AFTER = re.compile(r"\s*(?:[a-z]+\s+){0,2}?lagi\b", re.IGNORECASE)
_MORE_CUE = re.compile(r"\b(?:tambahan|lagi|sisa|masih\s+(?:bisa|dapat|mampu|sanggup|tersedia))\b", re.IGNORECASE)
#: What a count gains when its framing is the one asked (a stage named) and loses when it
#: is one not asked (a norm, one stage of several).
FRAMING_BONUS = 0.4
#: What a count loses when its sentence states a norm: it counts no one.
NORM_PENALTY = 1.0


def _framing_fit(evidence: Evidence, sentence: ScoredSentence, quantity: Quantity, conversation: str) -> float:
    """How the words framing a count fit the question: a norm ("satu petugas untuk 20
    warga binaan") counts no one unless a norm or capacity is asked; a count of one stage
    ("hari pertama 12 orang", or the sentence after "Pada hari pertama, ...") answers a
    question about that stage and loses to the whole when none is named."""
    question = evidence.frame.question
    before = sentence.text[: quantity.start]
    fit = 0.0
    if _counts_a_norm(before, conversation):
        fit -= NORM_PENALTY
    elif _SHOULD_BE.search(before) and not (_ASKS_NORM.search(conversation) or _ASKS_CAPACITY.search(conversation)):
        # "Seharusnya ada 10 petugas jaga, tetapi yang bertugas hanya delapan": what ought to
        # be counts no one there; the question asks who was.
        fit -= NORM_PENALTY
    elif _TARGET_BEFORE.search(before) and not _ASKS_TARGET.search(conversation):
        # "target PNBP tahun 2021 ditetapkan sebesar Rp25.000.000. Hingga Agustus 2021, lapas
        # sudah menyetorkan ... Rp12.480.600": a target is not what was earned or done.
        fit -= NORM_PENALTY
    if _ASKS_NOW.search(question) and _NOW_CUE.search(before[-50:]):
        # "How many are currently held?": "saat ini terdapat 121 warga binaan", not the 11
        # moved out "belum lama ini".
        fit += FRAMING_BONUS
    if ((_ASKS_NOW.search(question) or _ASKS_RESIDENTS.search(question)) and _MOVED_OUT.search(before[-50:])
            and not _MOVED_OUT.search(conversation)):
        # Those moved out, freed or fled are not those held there.
        fit -= NORM_PENALTY
    previous = evidence.index.sentences.preceding(sentence.sentence)
    stage = _PERIOD_PART.search(before) or (
        previous is not None and not re.search(r"\b(?:total|seluruh\w*|keseluruhan|selama)\b", before, re.IGNORECASE)
        and _PERIOD_PART.search(previous.text))
    asked_stage = _PERIOD_PART.search(question)
    if asked_stage is not None:
        said = _PERIOD_PART.search(before)
        if said is not None and _same_stage(said.group(), asked_stage.group()):
            fit += FRAMING_BONUS
    elif stage:
        fit -= FRAMING_BONUS / 2
    return fit


#: "How many people ...", "berapa orang": a head count, whatever noun it names.
_COUNTS_PEOPLE = re.compile(r"\b(?:how many (?:people|persons)|berapa (?:orang|org))\b", re.IGNORECASE)
#: What ought to be, said before a count in its own clause: "Seharusnya ada 10 petugas".
_SHOULD_BE = re.compile(r"\b(?:seharusnya|semestinya|mestinya|sepatutnya|idealnya|harusnya)\b[^,;:.\d]*$",
                        re.IGNORECASE)
#: A price asked ("harga satu kursi", "what does one cost"), and sums that are no price:
#: takings, deposits, budgets, losses ("menyetorkan PNBP senilai", "anggaran sebesar").
_ASKS_PRICE = re.compile(r"\b(?:harga\w*|price[sd]?|cost[s]?|sells? for|sold for|dijual\s+(?:\w+\s+)?berapa|laku\s+berapa)\b",
                         re.IGNORECASE)
_ASKS_TAKINGS = re.compile(r"\b(?:pnbp|omzet\w*|omset\w*|pendapatan\w*|penghasilan\w*|revenues?|income|earn\w*|takings|"
                           r"turnover|total|anggaran\w*|budget|biaya\w*|kerugian\w*|losses|damage)\b", re.IGNORECASE)
_TAKINGS_BEFORE = re.compile(r"\b(?:pnbp|setor\w*|menyetorkan|omzet\w*|omset\w*|pendapatan\w*|penghasilan\w*|"
                             r"penerimaan|keuntungan\w*|laba|anggaran\w*|target\w*|kerugian\w*|pagu|dana)\b[^,;:.]*$",
                             re.IGNORECASE)
#: A target set, said before a count in its own clause ("target PNBP ... ditetapkan
#: sebesar"), and a question that asks for one.
_TARGET_BEFORE = re.compile(r"\b(?:target\w*|ditargetkan|menargetkan|pagu)\b[^,;:.]*$", re.IGNORECASE)
_ASKS_TARGET = re.compile(r"\b(?:target\w*|ditargetkan|sasaran\w*|pagu|goals?|aim\w*|quota|hop(?:e|es|ed|ing)|expect\w*|"
                          r"harap\w*|diharapkan|rencana\w*|direncanakan|plan\w*|ingin|want\w*|intend\w*)\b", re.IGNORECASE)
#: A question about the present state, and the words that place a count in it.
_ASKS_NOW = re.compile(r"\b(?:currently|now|at present|at the moment|right now|today|saat ini|sekarang|kini|"
                       r"hingga kini|sampai sekarang|per hari ini)\b", re.IGNORECASE)
_NOW_CUE = re.compile(r"\b(?:saat ini|sekarang|kini|hingga kini|sampai saat ini|per hari ini|terkini)\b",
                      re.IGNORECASE)
#: A count of those who left a unit: "memindahkan 11 warga binaan ke rutan lain".
_MOVED_OUT = re.compile(r"\b(?:me|di)?(?:mindahkan|pindahkan|pindah)\w*|\b(?:di|me)?(?:kirim|keluarkan|bebaskan|lepas)\w*|"
                        r"\b(?:moved|transferred|released|freed|sent)\b", re.IGNORECASE)
#: The words a sports report writes a result with, before its score.
_MATCH_RESULT = (r"skor|score|menang|kalah|unggul|takluk|ditaklukkan|ditekuk|menekuk|menggulung|menundukkan|"
                 r"menyingkirkan|beaten|beat|won|lost")
#: A match score ("skor 4-1", "menang 3-0"): two numbers that count nothing.
_SCORE = re.compile(rf"\b(?:{_MATCH_RESULT})\s+(?:\w+\s+)?$", re.IGNORECASE)


#: Ordinals with no number word inside ("kedua" is "ke" + "dua", read by ``number_value``).
_ORDINALS = {"pertama": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _same_stage(said: str, asked: str) -> bool:
    """Whether two stage phrases name the same stage ("Hari pertama", "on the first day")."""
    def number(phrase: str) -> float | None:
        for word in phrase.lower().replace("ke-", "").split():
            value = _ORDINALS.get(word) or number_value(word) or number_value(word.removeprefix("ke"))
            if value:
                return float(value)
        return None
    return number(said) is not None and number(said) == number(asked)


def _result_bonus(question: str, before: str) -> float:
    """``RESULT_BONUS`` for the count right after "menjadi"/"to" when the question asks
    what something became."""
    return RESULT_BONUS if _ASKS_RESULT.search(question) and _RESULT_CUE.search(before) else 0.0


#: A sentence breaking a total down: "Penerima remisi terdiri atas 434 narapidana dan satu
#: orang anak binaan".
_BREAKDOWN = re.compile(
    # ("lima narapidana lainnya langsung bebas, yakni dua orang ... dan tiga orang ...")
    r"\b(?:terdiri (?:atas|dari)|meliputi|(?:dengan )?rincian(?:nya)?|yakni|yaitu|consist(?:s|ed|ing)? of|"
    r"compris(?:e|es|ed|ing)|made up of|broken down)\b",
    re.IGNORECASE,
)
#: What a part of a total loses to the total, when the question names no part.
PART_PENALTY = 0.5
#: What a count loses when its words match what the question sets aside by a paraphrase.
LOOSE_SET_ASIDE_PENALTY = 0.2
#: A bound ("lebih dari 300 penghuni") loses to the exact count of the same thing ("310
#: orang") when the report gives both; alone, it still answers.
APPROXIMATE_PENALTY = 0.3
_APPROXIMATE = re.compile(
    r"\b(?:(?:tak|tidak|nggak|gak) (?:kurang|lebih) dari|lebih dari|kurang dari|sekitar|kira-kira|hampir|kurang lebih|"
    r"sedikitnya|setidaknya|minimal|maksimal|more than|over|about|around|nearly|almost|at least|up to)\s*$",
    re.IGNORECASE,
)


def _approximate(text: str, quantity: Quantity) -> bool:
    """Whether the report gives a head count only as a bound or an estimate (a share or an
    amount said "sekitar 94,7 persen" is how such figures are put, not a bound)."""
    return not _is_measure(text, quantity) and bool(
        _APPROXIMATE.search(text[max(0, quantity.start - 20) : quantity.start]))

#: What a count gains, when a whole is asked, for being written as one.
WHOLE_BONUS = 0.1
#: What it gains, besides, when its own sentence gives the parts it adds up.
WHOLE_OF_PARTS_BONUS = 0.4


def _sums_its_parts(sentence: ScoredSentence, quantity: Quantity) -> bool:
    """Whether the sentence's breakdown before ``quantity`` adds up to it ("terdiri atas 237
    tahanan dan 802 narapidana, sehingga totalnya 1.039 orang")."""
    counted = _breakdown_counts(sentence)
    if counted is None:
        return False
    if quantity.start < counted[0].start():
        # "berjumlah 15 orang, terdiri dari 13 narapidana dan 2 tahanan": the whole first.
        parts = [number_value(q.number) for q in counted[1]]
    elif quantity.start < counted[0].end():
        return False
    else:
        parts = [number_value(q.number) for q in counted[1] if q.start < quantity.start]
    return len(parts) >= 2 and None not in parts and sum(parts) == number_value(quantity.number)


def _breakdown_counts(sentence: ScoredSentence) -> tuple[re.Match[str], list[Quantity]] | None:
    """Where a sentence's breakdown starts ("terdiri atas", "dengan rincian") and the counts
    after it, without measures ("41 napi remisi 1 bulan": the months measure, the napi add
    up); None when it breaks nothing down."""
    match = _BREAKDOWN.search(sentence.text)
    if match is None:
        return None
    return match, [q for q in sentence.sentence.quantities
                         if q.start > match.end() and not _is_measure(sentence.text, q)]


#: A question asking for the figure as it first stood, and the words a report gives it with.
#: A total asked over a stretch of time, and a count a report tallies over one.
_ASKS_STRETCH = re.compile(r"\b(?:during|throughout|over the|selama|sepanjang)\b", re.IGNORECASE)
# (The sentence opens with the stretch: "Sepanjang masa Lebaran 2018, sebanyak 3.417 orang";
# "bertemu keluarganya selama 25 menit" gives a length of time, no tally.)
_STRETCH_TALLY = re.compile(r"^\W*(?:sepanjang|selama)\b", re.IGNORECASE)
_ASKS_INITIAL = re.compile(r"\b(?:awalnya|semula|mula-mula|pada awalnya|initially|originally|at first)\b", re.IGNORECASE)
_INITIAL_CUE = re.compile(r"\b(?:semula|awalnya|mula-mula|sebelumnya|pada awalnya)\b[^.;,]*$", re.IGNORECASE)
#: A sentence that opens by summing what the report told before: "Secara keseluruhan, ...",
#: "Totalnya, ...", "Jumlah keseluruhan ...".
_SUM_OPENS = re.compile(r"^\W*(?:secara keseluruhan|secara total|total(?:nya)?|jumlah keseluruhan(?:nya)?|"
                        r"keseluruhan(?:nya)?|in total|altogether|overall)\b", re.IGNORECASE)
#: Words that write a count as a whole: "secara keseluruhan ada 100 orang", "totalnya 650".
_WHOLE_CUE = re.compile(r"\b(?:total(?:nya)?|keseluruhan|seluruhnya|in total|altogether|overall)\b[^,.;]{0,25}$",
                        re.IGNORECASE)
#: A bound as the answer's language says it.
_BOUND_IN_ENGLISH = {"lebih dari": "more than", "kurang dari": "fewer than", "sekitar": "about",
                     "kira-kira": "about", "kurang lebih": "about", "hampir": "almost", "sedikitnya": "at least",
                     "setidaknya": "at least", "minimal": "at least", "maksimal": "at most"}
_ENGLISH_BOUNDS = frozenset(_BOUND_IN_ENGLISH.values())


def _bounded(text: str, quantity: Quantity, language: str) -> str:
    """The figure, with the bound the report gives it by ("lebih dari 1.150 warga
    binaan"): a bound shown bare would state more than the report does."""
    shown = figure(quantity, language)
    if _is_measure(text, quantity):
        return shown
    bound = _APPROXIMATE.search(text[max(0, quantity.start - 20) : quantity.start])
    if bound is None:
        return shown
    word = " ".join(bound.group().lower().split())
    # "Tak kurang dari 280 warga binaan" is at least 280, not fewer than 280.
    word = re.sub(r"^(?:tak|tidak|nggak|gak) kurang dari$", "sedikitnya", word)
    word = re.sub(r"^(?:tak|tidak|nggak|gak) lebih dari$", "maksimal", word)
    if language == "en":
        word = _BOUND_IN_ENGLISH.get(word, word)
    elif word in _ENGLISH_BOUNDS:
        return shown  # an English bound quoted in an Indonesian answer stays as the figure
    return f"{word} {shown}"


def _written_as_whole(text: str, quantity: Quantity) -> bool:
    """Whether the report writes the count as a whole ("secara keseluruhan sudah lebih dari
    1.150 warga binaan", "totalnya 650")."""
    return (_WHOLE_CUE.search(text[max(0, quantity.start - 40) : quantity.start]) is not None
            or _span_tallied(text, quantity)
            or _brings_sum_to(text, quantity))


#: The largest group of a whole, told before its count ("didominasi ... yang berjumlah"), and a
#: question that asks for that group.
_DOMINANT_BEFORE = re.compile(r"\b(?:didominasi|mayoritas|sebagian besar)\b[^.;]{0,70}$", re.IGNORECASE)
_ASKS_DOMINANT = re.compile(r"\b(?:didominasi|dominan\w*|mayoritas|sebagian besar|majority|most of|biggest|largest|"
                            r"terbanyak|terbesar|dominated|dominant)\b", re.IGNORECASE)
def _dominant_unasked(evidence: Evidence, counted: Concept | None, text: str, quantity: Quantity,
                      conversation: str) -> bool:
    """Whether the count is of a whole's largest group ("didominasi WBP kasus narkotika yang
    berjumlah 9.912 orang") that the question neither asks for as such nor names ("how
    many drug cases" names it: "kasus didominasi narkoba sebanyak 1.384 orang")."""
    dominant = _DOMINANT_BEFORE.search(text[max(0, quantity.start - 80) : quantity.start])
    if dominant is None or _ASKS_DOMINANT.search(conversation):
        return False
    # The group's own words, without the cue and the words that lead to its count.
    words = re.sub(r"^\w+|\b(?:yang\s+)?(?:berjumlah|sebanyak|mencapai|sejumlah|jumlahnya)\s*$", "", dominant.group().strip())
    group = frozenset(glossary.analyze_document(words))
    return not any(c.matches(group) for c in evidence.concepts.own_concepts if c != counted and not c.salient)


def _span_tallied(text: str, quantity: Quantity) -> bool:
    """Whether the report gives the count as a tally over a span ("sejak April sampai
    Agustus 2020 sudah ada 154", "sepanjang tahun 2025 sudah mencapai tujuh kali")."""
    return _SPAN_TALLY.search(text[max(0, quantity.start - 90) : quantity.start]) is not None


#: A tally over a span of time: "sejak April sampai Agustus 2020 sudah ada 154 narapidana".
_SPAN_TALLY = re.compile(r"\b(?:(?:sejak|dari|mulai)\s+[^,.;]{2,30}?\s+(?:sampai|hingga|s\.d\.?)\s+[^,.;]{2,30}?"
                         # "sepanjang tahun 2025 sudah mencapai tujuh kali": a year's tally.
                         r"|(?:sepanjang|selama)\s+(?:tahun\s+)?(?:19|20)\d\d)\s+"
                         r"(?:sudah|telah)\s+(?:ada\s+|mencapai\s+|berjumlah\s+|sebanyak\s+)?$", re.IGNORECASE)


#: Words after which a number names a thing: a calibre, a serial or a type.
_NAMING_NUMBER = re.compile(r"\b(?:kaliber|caliber|calibre|nomor|nomer|no\.|tipe|type|seri|versi"
                            # "Brimob Kompi 2 Batalyon C": a company's number names it.
                            r"|kompi|batalyon|yon|brigade|peleton|pleton|regu|koramil|kodim|sektor"
                            # "Jalan Kuningan Persada Kavling 4", "RT 03/RW 05": an address's numbers
                            r"|kavling|kav\.|rt|rw|gang|gg\."
                            # "gedung lapas berlantai dua": storeys, no count of people
                            r"|lantai|berlantai|tingkat|bertingkat)\s*$", re.IGNORECASE)
#: The kind of remission a number names after it: "remisi umum dua" (RU II, which frees the
#: inmate at once), "RK 1"; "remisi khusus 2 bulan" is a stretch of time, kept.
_REMISSION_CLASS_BEFORE = re.compile(r"(?:\bremisi\s+(?:umum|khusus|kemerdekaan|hari raya)|\bRU|\bRK)\s*$", re.IGNORECASE)
#: A number made an adjective of frequency: "pesta demokrasi lima tahunan" counts nothing.
_FREQUENCY_ADJECTIVE = re.compile(r"(?:tahunan|bulanan|mingguan|harian)\b", re.IGNORECASE)
#: What an amount gains for being given per the unit the question asks it per.
RATE_BONUS = 0.3
#: Kinds of amount a part of a question may ask that only an amount of that kind answers.
_AMOUNT_KINDS = frozenset({"money", "weight", "area", "length"})
#: What an amount given per unit loses when the question asks no rate.
UNASKED_RATE_PENALTY = 0.15
#: "per kilo", "setiap kilogram", "tiap orang", "a day", "each month", "per inmate": an
#: amount per unit. "sekilo", "seekor": a rate written with "se-" (one) joined to its unit
#: ("seorang" is one person, no rate); "dalam sehari" is per day ("sehari setelah" is not).
_PER = re.compile(r"\b(?:(?P<daily>daily)|(?:per|setiap|tiap|untuk setiap|untuk tiap|a|an|each|every)[\s-]+(?P<unit>kilo\w*|kg|orang|hari|"
                  r"bulan|tahun|minggu|pekan|ekor|person|people|head|day|month|year|week|kilos?|napi|narapidana|"
                  r"tahanan|warga binaan|wbp|inmates?|prisoners?|detainees?|kepala)"
                  r"|se(?P<joined>kilo(?:gram)?|kg|ekor)|(?:dalam|per)\s+se(?P<within>hari|bulan|tahun|minggu|pekan))\b",
                  re.IGNORECASE)
#: The units a rate may be given in, by what they measure.
_RATE_UNITS = {"kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg", "kg": "kg", "orang": "person",
               "person": "person", "people": "person", "head": "person", "kepala": "person", "hari": "day",
               "day": "day", "bulan": "month", "month": "month", "tahun": "year", "year": "year", "minggu": "week",
               "pekan": "week", "week": "week", "ekor": "animal", **dict.fromkeys(
                   ("napi", "narapidana", "tahanan", "warga binaan", "wbp", "inmate", "prisoner", "detainee"), "person")}


def _rate_unit(match: re.Match[str]) -> str:
    """What a rate found by ``_PER`` is per ("setiap napi" → "person")."""
    if match.group("daily"):
        return "day"  # "daily food cost"
    unit = (match.group("unit") or match.group("joined") or match.group("within")).lower()
    return _RATE_UNITS.get(unit, _RATE_UNITS.get(unit.rstrip("s"), unit))


def _per_unit(text: str) -> str | None:
    """The unit an amount is given per ("Rp5 juta untuk setiap kilogram" → "kg"), in the
    words right after it (a question's rates are ``_rates_asked``)."""
    match = _PER.match(text, len(text) - len(text.lstrip(" ,"))) or _PER.search(text[:40])
    return _rate_unit(match) if match is not None else None


def _rates_asked(question: str) -> frozenset[str]:
    """Every unit a question asks an amount per: "how much per inmate per day" asks per
    person and per day, and an amount given per either is a rate of the kind asked."""
    return frozenset(_rate_unit(match) for match in _PER.finditer(question))


#: How far before an amount its rate may be written ("setiap orang rata-rata hanya dijatah Rp 17.000").
RATE_BEFORE_REACH = 60


def _rates_around(text: str, quantity: Quantity) -> frozenset[str]:
    """The units an amount is given per, after it ("Rp 17.000 ... dalam sehari") or in its
    own clause before it ("setiap orang rata-rata hanya dijatah Rp 17.000")."""
    before = re.split(r"[,;:]", text[max(0, quantity.start - RATE_BEFORE_REACH) : quantity.start])[-1]
    return frozenset(_rate_unit(m) for m in _PER.finditer(f"{quantity.unit} {text[quantity.end : quantity.end + 40]} {before}"))


#: What a count loses when the noun asked only qualifies the head of its unit.
MODIFIER_PENALTY = 0.4


def _qualifies_only(counted: Concept, unit: str) -> bool:
    """Whether the counted noun is in a count's unit only after its head: Indonesian puts
    the head first, so "pengisi daya ponsel" is a charger (of a phone), not a phone."""
    words = unit.split()
    if words and words[0].lower() in CLASSIFIERS:
        words = words[1:]
    if len(words) < 3:
        return False
    return (counted.matches(frozenset(indonesian.analyze(" ".join(words))))
            and not counted.matches(frozenset(indonesian.analyze(" ".join(words[:2])))))


#: A month written out, in either language.
_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted({*MONTHS_ID.values(), *MONTHS_EN.values()}, key=len, reverse=True))
                         + r")\b", re.IGNORECASE)


#: A cut asked by its size: "yg dapet potongan sebulan", "remisi 2 bulan", "a one-month cut".
_CUT_ASKED = re.compile(
    r"\b(?:potongan|remisi|pengurangan(?:\s+masa\s+\w+)?)\s+(?:[A-Za-z]+\s+){0,2}?(?:(?P<se>se)(?P<unit_se>bulan|hari)|(?P<n>\d+|satu|dua|tiga|"
    r"empat|lima|enam)\s+(?P<unit>bulan|hari))\b"
    r"|\b(?P<n_en>\d+|one|two|three|four|five|six)[- ](?P<unit_en>month|day)s?\b(?=[^?]*\b(?:cut|remission|reduction)s?\b)",
    re.IGNORECASE)


def _cut_asked(question: str) -> re.Pattern[str] | None:
    """A pattern of the cut a count question asks about ("1 bulan", "satu bulan",
    "sebulan"), not followed by more ("1 bulan 15 hari"); None when it asks none."""
    match = _CUT_ASKED.search(question)
    if match is None:
        return None
    value = 1 if match.group("se") else int(number_value(match.group("n") or match.group("n_en")) or 0)
    unit = (match.group("unit_se") or match.group("unit") or match.group("unit_en")).lower()
    unit = {"month": "bulan", "day": "hari"}.get(unit, unit)
    # The cut as the report may write it: in digits, in Indonesian words ("satu"), or "se-".
    words = [re.escape(w) for w, n in NUMBER_WORDS.items() if n == value]
    spelled = "|".join([str(value), *words] + (["se"] if value == 1 else []))
    return re.compile(rf"(?<![\d.,])(?:{spelled})\s*{unit}\b(?!\s+(?:dan\s+)?\d+\s+hari)", re.IGNORECASE)


def _months_in(text: str) -> set[int]:
    """The months ``text`` writes out, as numbers."""
    return {MONTH_NAMES[m.group(1).lower()] for m in _MONTH_WORD.finditer(text)}


def _weekdays_in(text: str) -> set[int]:
    """The days of the week ``text`` names, as indexes (Monday 0)."""
    return {i for m in WEEKDAY_WORD.finditer(text) if (i := weekday_index(m.group())) is not None}


def _weekday_asked(question: str) -> int | None:
    """The one day of the week a question names ("on the Saturday", "hari Sabtu"), or None
    ("Minggu" as "week" in "minggu lalu" names no day)."""
    days = _weekdays_in(re.sub(r"\bminggu\s+(?:lalu|ini|depan|ke-?\w+|pertama|kedua|terakhir)\b", " ", question,
                               flags=re.IGNORECASE))
    return next(iter(days)) if len(days) == 1 else None


def _month_asked(question: str) -> int | None:
    """The one month a question names ("bulan juli", "in July"), or None."""
    months = _months_in(question)
    return next(iter(months)) if len(months) == 1 else None


def _whole_of_later_part(text: str, quantity: Quantity) -> bool:
    """Whether the report gives the number as the whole a later count of the same sentence
    is taken from ("dari keseluruhan 913 warga binaan itu, sebanyak 887 orang ...")."""
    # "Dari 30 WBP kasus narkoba di Lapas Kalianda, sebanyak 10 orang di antaranya ...":
    # the part may follow the comma at once when "di antaranya" says it is one. ("dari 22
    # warga binaan yang remisinya belum keluar, 12 orang diusulkan ...": the 22 is asked.)
    # "Dari total 387 warga binaan yang ada, sebanyak 205 orang ...": a whole by its own word.
    opens = _WHOLE_OPENS.search(text[: quantity.start])
    return (opens is not None
            and NUMBER.search(text[quantity.end :]) is not None
            and (re.match(r"[^.;]*?(?:\b(?:itu|tersebut|ini)\b\s*,"
                          r"|,\s*(?:sebanyak\s+|ada\s+|hanya\s+)?\d[^,.;]*?\bdi\s?antaranya\b)",
                          text[quantity.end :]) is not None
                 or re.search(r"\b(?:total|keseluruhan|seluruh|jumlah)\b", opens.group(), re.IGNORECASE) is not None
                 or re.match(r"[^,.;]*?\byang\s+ada\s*,", text[quantity.end :]) is not None))


#: "empat dari delapan kamar": what stands between a part and its whole.
_BETWEEN_PART_AND_WHOLE = re.compile(r"\s+dari\s+(?:(?:total|jumlah|seluruh|keseluruhan)\s+)?$", re.IGNORECASE)


def _unit_of_whole(text: str, quantity: Quantity, quantities: Iterable[Quantity]) -> str:
    """The unit of the whole a bare part is taken from: "empat dari delapan kamar hunian"
    counts rooms with its four, as the eight does."""
    return next((q.unit for q in quantities
                 if q.start > quantity.end and q.unit and _BETWEEN_PART_AND_WHOLE.fullmatch(" " + text[quantity.end : q.start])), "")


def _whole_of_part_before(text: str, quantity: Quantity, quantities: Iterable[Quantity]) -> bool:
    """Whether the number is the whole of a part just before it ("empat dari delapan kamar":
    the eight), which is not what the rest of the sentence says happened."""
    return any(q.end <= quantity.start and _BETWEEN_PART_AND_WHOLE.fullmatch(" " + text[q.end : quantity.start])
               for q in quantities)


#: "dari (keseluruhan | total | jumlah | seluruh) N ...": a whole its part is taken from.
_WHOLE_OPENS = re.compile(r"\bdari\s+(?:(?:keseluruhan|seluruh|total|jumlah|sebanyak)\s+)?$", re.IGNORECASE)


def _rate_given(text: str, quantity: Quantity) -> str | None:
    """The unit an amount is given per, in its own unit ("Rp6.900 per kilogram") or in the
    words after it ("Rp 19 ribu per hari")."""
    return _per_unit(quantity.unit) or _per_unit(text[quantity.end :])


#: The most counts a whole is tried as the sum of.
MAX_SUMMED = 4


def _sum_of_the_others(candidates: list[tuple]) -> list[tuple]:
    """The one candidate the report writes as a whole ("total 12 orang") whose number two
    to ``MAX_SUMMED`` of the others (of its report) add up to; empty when none or several are."""
    found = []
    for sentence, candidate in candidates:
        value = number_value(candidate[1].number)
        if not _written_as_whole(sentence.text, candidate[1]):
            continue  # "kelas pasolatan 19 orang" is no total, though 15 and 4 make 19
        others = [number_value(c[1].number) for s, c in candidates
                  if c is not candidate and s.doc_id == sentence.doc_id and number_value(c[1].number)]
        if value and any(sum(combo) == value for size in range(2, min(MAX_SUMMED, len(others)) + 1)
                         for combo in combinations(others, size)):
            found.append((sentence, candidate))
    return found if len(found) == 1 else []


def _total_of_earlier(sentence: ScoredSentence, quantity: Quantity) -> bool:
    """Whether the sentence writes ``quantity`` as a whole ("sehingga total 44 tahanan")
    that the counts of the same noun before it add up to (31 and 13)."""
    if not _written_as_whole(sentence.text, quantity):
        return False
    head = _head_word(quantity.unit)
    parts = [number_value(q.number) for q in sentence.sentence.quantities
             if q.start < quantity.start and _head_word(q.unit) == head and not _is_measure(sentence.text, q)]
    return len(parts) >= 2 and None not in parts and sum(parts) == number_value(quantity.number)


def _part_of_its_total(sentence: ScoredSentence, quantity: Quantity) -> bool:
    """Whether a later count of the same sentence is the whole ``quantity`` is part of."""
    return any(q.start > quantity.start and _total_of_earlier(sentence, q) for q in sentence.sentence.quantities)


#: "dari 83 litmas ...": a count a subset is then taken from.
_SUBSET_FROM = re.compile(r"\b(?:dari|of)\s+(?:total\s+|jumlah\s+)?$", re.IGNORECASE)


def _subset_of_whole(sentence: ScoredSentence, quantity: Quantity) -> bool:
    """Whether an earlier count of the sentence, after "dari", is a larger whole this count
    is a subset of ("dari 83 litmas diversi itu sebanyak 72 dinyatakan berhasil")."""
    value = number_value(quantity.number)
    return value is not None and any(
        w.start < quantity.start and _SUBSET_FROM.search(sentence.text[max(0, w.start - 8) : w.start])
        and (number_value(w.number) or 0) > value for w in sentence.sentence.quantities)


def _question_names_part(evidence: Evidence, sentence: ScoredSentence, quantity: Quantity) -> bool:
    """Whether a word of the question is said of this part of a sentence's breakdown and of
    no other count there ("13 tahanan secara online" against "31 tahanan ... offline")."""
    others = [q for q in sentence.sentence.quantities if q is not quantity]

    def segment(q: Quantity) -> frozenset[str]:
        later = [o.start for o in sentence.sentence.quantities if o.start > q.start]
        end = min([*later, *(i for i in (sentence.text.find(m, q.start) for m in (",", ";")) if i != -1)],
                  default=len(sentence.text))
        return frozenset(indonesian.analyze(sentence.text[q.end : end]))  # no "rumah tahanan" for "Rutan"

    own = segment(quantity)
    rest = [segment(q) for q in others]
    return any(c.matches(own) and not any(c.matches(terms) for terms in rest)
               for c in evidence.concepts.own_concepts if not c.salient and c not in evidence.concepts.names)


def _brings_sum_to(text: str, quantity: Quantity) -> bool:
    """Whether the report gives the count as the sum a number reached ("dengan tambahan
    lima orang itu, jumlah napiter ... sepanjang 2024 menjadi 14 orang")."""
    return _SUM_REACHES.search(text[max(0, quantity.start - 160) : quantity.start]) is not None


#: What a count gains, when a whole is asked, for being the sum a number reached.
SUM_BONUS = 0.2
#: A sum a count brings a number to: "jumlah ... menjadi 14 orang", "totalnya kini mencapai 40".
_SUM_REACHES = re.compile(r"\b(?:jumlah|total)\w*\b[^.;:]{0,120}\b(?:menjadi|mencapai|genap)\s+$", re.IGNORECASE)


#: A question that asks for an estimate: "roughly how many", "kira-kira berapa".
_ASKS_ESTIMATE = re.compile(r"\b(?:roughly|approximately|about how many|around how many|an estimated|estimate\w*|"
                            r"kira-kira|kurang lebih|sekitar berapa|perkiraan)\b", re.IGNORECASE)
#: A question that asks for a whole, not a part of it.
_ASKS_WHOLE = re.compile(r"\b(?:total|in total|altogether|overall|keseluruhan|seluruhnya|semuanya|"
                         # "napi dan tahanan digabung", "combined": the parts added up
                         r"digabung(?:kan)?|dijumlah(?:kan)?|combined|put together|in all"
                         # "..., out of how many held there?": the whole a part was taken from
                         r"|out of how many|dari (?:total |jumlah )?(?:berapa|brp))\b", re.IGNORECASE)
#: "sepanjang 2025 ... brp kali?", "throughout 2024": a tally over the year, which a report
#: gives as such ("sepanjang tahun 2025 sudah mencapai tujuh kali"); a part the question
#: names ("yang keluar lewat asimilasi sepanjang 2022") is still that part.
_ASKS_YEAR_TALLY = re.compile(r"\b(?:sepanjang|selama)\s+(?:tahun\s+)?(?:19|20)\d\d\b|\b(?:throughout|all of)\s+(?:19|20)\d\d\b",
                              re.IGNORECASE)


#: Parts of a unit whose own counts are not the unit's: "kamar berukuran kecil ... kini
#: diisi sembilan orang" counts one room's occupants.
_ROOM = re.compile(r"\b(?:kamar|sel|blok|rooms?|cells?|blocks?)\b", re.IGNORECASE)


def _in_a_room(text: str, quantity: Quantity, asked: str) -> bool:
    """Whether a count's own clause is about one room or block of the unit and the
    question asks about no room."""
    if _ROOM.search(asked) or re.search(r"\bsekamar\b", asked, re.IGNORECASE):
        return False  # "berapa orang yg ditaruh sekamar?" asks about a room
    # ("Satu sel yang idealnya dihuni tujuh orang, sekarang terpaksa diisi 30 narapidana": a
    # sentence about one room counts one room's people in every clause.)
    return bool(_ROOM.search(text[clause_start(text, quantity.start) : quantity.start]) or _ONE_ROOM_OPENS.match(text))


#: A sentence opening with one room as its subject: "Satu sel ...", "Setiap kamar ...".
_ONE_ROOM_OPENS = re.compile(r"^\W*(?:satu|setiap|tiap|sebuah|per|one|each|a single)\s+(?:kamar|sel|blok|ruang|room|cell|block)\b",
                             re.IGNORECASE)


#: A count of the rest of a whole ("289 penghuni lainnya"), and a question asking for it.
_THE_REST = re.compile(r"\s*(?:\w+\s+)?(?:lainnya|sisanya|selebihnya)\b", re.IGNORECASE)
_ASKS_REST = re.compile(r"\b(?:lainnya|sisanya|selebihnya|sisa|the rest|remaining|others?|other ones)\b", re.IGNORECASE)


#: Words that take a part out of a count just given: "tujuh paket ..., enam di antaranya".
_AMONG = re.compile(r"\b(?:di ?antaranya|dari jumlah (?:itu|tersebut)|of them|of whom|among them)\b", re.IGNORECASE)


def _among_whole_before(evidence: Evidence, sentence: ScoredSentence, quantity: Quantity) -> bool:
    """Whether ``quantity`` is a part of a larger count given just before it in its sentence
    ("terdapat tujuh paket yang diduga sabu, enam di antaranya dibungkus kertas dan satu
    paket dibungkus plastik klip") that the question does not single out by what its own
    clause says: asked how many packets were found, the seven answer."""
    text, value = sentence.text, number_value(quantity.number)
    if value is None:
        return False
    for whole in sentence.sentence.quantities:
        larger = number_value(whole.number)
        if whole.end > quantity.start or larger is None or larger <= value:
            continue
        if _AMONG.search(text[whole.end : quantity.start]) or _AMONG.match(text, quantity.end + 1):
            clause = re.split(r"[,;.]|\bdan\b", text[quantity.end :], maxsplit=1)[0]
            said = frozenset(indonesian.analyze(clause))
            return not any(c.matches(said) for c in evidence.concepts.topical)
    return False


def _is_part(evidence: Evidence, sentence: ScoredSentence, quantity: Quantity) -> bool:
    """Whether ``quantity`` is one part of a breakdown whose parts add up to a count the
    article states elsewhere ("Sebanyak 435 narapidana dan anak binaan ..." and, later,
    "terdiri atas 434 narapidana dan satu orang anak binaan"): asked how many received it,
    the answer is the 435, not one part of it. Asked how many live there, so is a count of
    "the rest" ("289 penghuni lainnya memilih bertahan"), unless the rest is asked.

    A part the question names by its own, narrower noun ("how many detainees" of "2.260
    orang, yang terdiri dari 336 narapidana, 1.921 tahanan, serta 3 bayi") is what is
    asked, and no part to pass over."""
    if (_THE_REST.match(sentence.text, quantity.end) and _ASKS_RESIDENTS.search(evidence.frame.question)
            and not _ASKS_REST.search(evidence.frame.question)):
        return True  # "dihuni berapa?" is the whole, not "289 penghuni lainnya"
    whole = _whole_of_part(evidence, sentence, quantity)
    if whole is None:
        return False
    if _ASKS_WHOLE.search(evidence.frame.question):
        return True  # "How many personnel in total ...?": the 22, not the 21 of them
    if _part_names_asked_kind(evidence, sentence, quantity, whole):
        return False  # "let out on parole": "52 orang keluar melalui program pembebasan bersyarat"
    counted = _counted_concept(evidence)
    own = frozenset(indonesian.analyze(quantity.unit)) - _GENERIC_UNITS
    whole_unit = frozenset(indonesian.analyze(whole.unit)) - _GENERIC_UNITS
    # Only a whole counted by a bare counter ("2.260 orang") is broader than its named parts;
    # "22 personel" and "21 petugas lapas" count the same kind of people.
    return not (counted is not None and own and counted.matches(own) and not whole_unit)


def _part_names_asked_kind(evidence: Evidence, sentence: ScoredSentence, quantity: Quantity, whole: Quantity) -> bool:
    """Whether a part's own words, from its number to the next part, name a kind the
    question asks that its whole's sentence does not: of "59 orang warga binaan ...
    menghirup udara bebas" broken into "52 orang keluar melalui program pembebasan
    bersyarat, enam orang lainnya berstatus bebas murni", the 52 are those "let out on
    parole". A heading all the parts share ("Penerima remisi terdiri atas 434 narapidana
    dan ...") names none of them."""
    own = _part_terms(sentence.text, quantity)
    of_whole = next((other.terms for other in evidence.index.sentences.of_article(sentence.doc_id)
                     if any(q is whole for q in other.quantities)), frozenset())
    return any(c.matches(own) and not c.matches(of_whole) for c in _asked_kinds(evidence, sentence.doc_id))


def _part_terms(text: str, quantity: Quantity) -> frozenset[str]:
    """The analysed words of a count's own part of a breakdown: from its number to the next
    part ("52 orang keluar melalui program pembebasan bersyarat")."""
    return frozenset(glossary.analyze_document(_PART_END.split(text[quantity.start :], maxsplit=1)[0]))


def _asked_kinds(evidence: Evidence, doc_id: str) -> list[Concept]:
    """The question's concepts that say which kind of the counted are asked ("parole",
    "asimilasi rumah"): not the counted population, not a unit, not what the report's
    headline names ("59 orang lewat RU II" is no part asked by a remission question: the
    remission is what every part is of)."""
    counted = _counted_concept(evidence)
    title = evidence.index.sentences.title_terms(doc_id)
    return [c for c in evidence.concepts.topical
            if not c.generic and c != counted and not _names_population(c) and not c.matches(title)
            and not all(isinstance(a, frozenset) and a <= _UNIT_AND_CLASS_TERMS for a in c.alternatives)]


#: A hope said as a noun before a result: "Harapan kami tentu tidak ada yang positif" (a
#: hope named for what is wished, unlike "dengan harapan" before an aim).
_HOPE_BEFORE = re.compile(r"\bharapan\s+(?:kami|kita|saya|kita semua)\b[^.;]*$", re.IGNORECASE)


def _all_negative(evidence: Evidence) -> ScoredSentence | None:
    """The sentence of the answering report that says every test came back negative
    ("semua sampel darah ... menunjukkan hasil negatif", "hasilnya nihil")."""
    found = evidence.answer_match(ALL_NEGATIVE, limit=len(evidence.focus_sentences()))
    before = found[0].text[: found[1].start()] if found is not None else ""
    if found is None or WISHED.search(before) or _HOPE_BEFORE.search(before):
        return None  # "Harapan kami tentu tidak ada yang positif": a hope, not a result
    return found[0]


def _what_is_counted(evidence: Evidence, kind: Concept) -> str:
    """The question's words for who is counted, for an answer that says the count is not
    given: its clause ("memperoleh pembebasan bersyarat"), else what follows "how many",
    else the kind's own label."""
    act = asked_act(evidence)
    if act is not None:
        return act[0].strip()
    asked = re.search(r"\b(?:how many|berapa)\s+(?P<rest>[^?]+)", evidence.frame.question, re.IGNORECASE)
    return asked.group("rest").strip() if asked else kind.label


def _rest_left_uncounted(evidence: Evidence, candidates: list[tuple[ScoredSentence, tuple]]) -> Concept | None:
    """The kind asked when the answering report gives it only to "the rest" of a breakdown,
    with no number ("142 orang ... Asimilasi Rumah. Selanjutnya, 99 ... bebas murni.
    Sementara sisanya mendapatkan layanan CB, CMB, serta PB"), and no count's own words name
    it: how many got parole the report never says."""
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    kinds = _asked_kinds(evidence, docs[0])
    sentences = evidence.index.sentences.of_article(docs[0])
    for at, sentence in enumerate(sentences):
        if sentence.quantities or not _UNCOUNTED_REST.search(sentence.text):
            continue
        # The rest of a breakdown of two counted parts or more ("142 orang ... Asrum",
        # "Selanjutnya, 99 ..."); after one part ("Dari 43 orang tersebut, 20 di antaranya
        # ... Kedungpane. Sisanya berasal dari lapas lain") the rest is only "the others".
        parts = [q for before in sentences[max(0, at - REST_PARTS_REACH) : at] for q in before.quantities
                 if not _WHOLE_BEFORE.search(before.text[max(0, q.start - 12) : q.start])]
        if len(parts) < 2:
            continue
        for kind in kinds:
            if kind.matches(sentence.terms) and not any(kind.matches(_part_terms(s.text, c[1])) for s, c in candidates):
                return kind
    return None


#: How many sentences before "the rest" its counted parts may stand.
REST_PARTS_REACH = 3
#: "the rest" of a breakdown, as a report opens its clause: "Sementara sisanya ...".
_UNCOUNTED_REST = re.compile(r"^\W*(?:(?:sementara|sedangkan|adapun)\s+)?(?:sisanya|selebihnya)\b", re.IGNORECASE)


#: Words of a unit and its class, which say where a part is, not what kind it is ("374
#: orang di Lapas Kelas IIA Gorontalo"; where is for ``_of_asked_unit``).
_UNIT_AND_CLASS_TERMS = frozenset(indonesian.analyze("lapas rutan lpka bapas rupbasan upt lembaga pemasyarakatan "
                                                     "rumah tahanan balai kelas klas i ii iii iia iib"))
#: Where one part of a breakdown ends and the next begins.
_PART_END = re.compile(r"[,;.:]|\b(?:dan|serta|sedangkan|sementara|and|while)\b", re.IGNORECASE)


def _whole_of_part(evidence: Evidence, sentence: ScoredSentence, quantity: Quantity) -> Quantity | None:
    """The count the breakdown ``quantity`` is part of adds up to, where the article states
    it: elsewhere, before the breakdown in this sentence ("123 napi mendapat Remisi Umum I
    ..., dengan rincian 41 napi ..."), or after its parts as a whole ("terdiri atas 237
    tahanan dan 802 narapidana, sehingga totalnya 1.039 orang")."""
    counted = _breakdown_counts(sentence)
    if counted is None or quantity.start < counted[0].end() or _written_as_whole(sentence.text, quantity):
        return None
    opens, after = counted
    parts = [number_value(q.number) for q in after if not _written_as_whole(sentence.text, q)]
    if len(parts) < 2 or None in parts:
        return None
    total = sum(parts)
    heads = {frozenset(_head_word(q.unit)) for q in after} - {frozenset()}
    wholes = [(0, q) for q in after if _written_as_whole(sentence.text, q)] + [
        (abs(other.start - sentence.sentence.start), q) for other in evidence.index.sentences.of_article(sentence.doc_id)
        for q in other.quantities
        if other.start != sentence.sentence.start or q.start < opens.start()
    ]
    # ("Keenamnya terdiri atas 3 usulan PB, 2 usulan CB, dan 1 Anak ...": of the sixes the
    # report gives, the "6 Anak" counted with a noun of its parts, nearest first, not "6
    # Pembimbing Kemasyarakatan".)
    same = sorted(((frozenset(_head_word(q.unit)) not in heads, distance), i, q)
                  for i, (distance, q) in enumerate(wholes) if number_value(q.number) == total)
    return same[0][2] if same else None


def _counts_other(counted: Concept | None, own_unit: frozenset[str], counts_asked: bool) -> bool:
    """Whether a count's own unit is a noun the question does not count ("134 WBP" for
    "how many phones"); a unit cut short ("995 orang warga [binaan]") still shares a word."""
    if counted is None or not own_unit or counts_asked or own_unit & _MEASURE_UNITS:
        return False  # an age or a price is in years or rupiah, whatever it measures
    return not any(alternative & own_unit for alternative in counted.alternatives)


#: What a count loses in a part that counts one noun when its own unit is another.
OTHER_UNIT_PENALTY = 0.6
#: Units that count people or things in general, not any kind of them.
#: "143 orang sisanya", "20 orang lainnya": the rest of a count is no kind of thing either.
_GENERIC_UNITS = frozenset(indonesian.analyze("orang jiwa buah unit people persons sisanya lainnya"))
#: Where the words after a number stop describing it.
# ("untuk sementara", "sementara waktu": for the time being, no contrast.)
_TAIL_END = re.compile(r"[.;:,]|(?<!untuk)\s(?:sedangkan|sementara(?!\s+waktu\b)|while)\s"
                       # "12 orang mendapat RK II dan bisa langsung bebas": a modal or an
                       # adverb after "dan" goes on with the same subject's predicate.
                       r"|\s(?:dan|serta|and)\s(?!(?:bisa|dapat|langsung|akan|sudah|telah|segera|"
                       r"could|can|were|was|will)\b)"
                       # "berjumlah 151 orang itu kini melanjutkan ...": a demonstrative closes
                       # what is counted; the sentence's own predicate follows.
                       r"|\s(?:itu|ini|tersebut)\s")
#: An enumeration right after a count ("392 pegawai Rutan, Lapas, dan LPKA ... dilantik"):
#: its commas and "dan" join what is counted, they do not end the clause.
_ENUMERATION = re.compile(
    r"[^,.;:]{1,40}(?:,\s[^,.;:]{1,40}?){1,8},?\s(?:dan|serta|atau|and|or)\s[^,.;:]{1,60}?"
    r"(?=\s(?:di|yang|untuk|dilantik|telah|sudah|akan|mendapat|menerima|mengikuti|were|was|"
    r"are|in|at)\b|$)"
)


#: A stretch of time opening its sentence: "Pada lima hari pertama, ...", "Selama tiga bulan, ...".
_FRONTED_STRETCH = re.compile(r"^\W*(?:pada|selama|dalam|during|for|in)\s+(?:the\s+)?$", re.IGNORECASE)


def _tail(text: str, quantities: tuple[Quantity, ...], position: int, limit: int = 60) -> str:
    """The words after a count that say what it counts, up to the next count or clause
    break: "995 orang warga binaan yang memberikan suara di ...". An enumeration of what
    is counted is read through, and the clause after it kept."""
    start = quantities[position].end
    end = quantities[position + 1].start if position + 1 < len(quantities) else len(text)
    fronted = _FRONTED_STRETCH.match(text[: quantities[position].start])
    comma = text.find(",", start, min(end, start + limit))
    if fronted is not None and comma >= 0:
        # "Pada lima hari pertama, para peserta dibekali teori": a stretch of time that opens
        # the sentence is said of the clause after its comma.
        rest = text[comma + 1 : min(end, comma + 1 + limit)]
        cut = _TAIL_END.search(rest)
        return text[start : comma + 1] + (rest[: cut.start()] if cut else rest)
    listed = _ENUMERATION.match(text, start, end)
    if listed is not None:
        rest = text[listed.end() : min(end, listed.end() + 2 * limit)]
        cut = _TAIL_END.search(rest)
        return text[start : listed.end()] + (rest[: cut.start()] if cut else rest)
    stop = min(end, start + limit)
    stop = min(end, _WORD_REST.match(text, stop).end())  # not mid-word: "langsung beba|s"
    stretch = text[start:stop]
    cut = _TAIL_END.search(stretch)
    while cut is not None and (apposition := _PLACE_APPOSITION.match(stretch, cut.start())) is not None \
            and province_of(apposition.group("place")):
        # "107 narapidana yang mendiami Rutan Magetan, Jawa Timur, ikut memberikan suara":
        # a place set off by commas says where, and the clause goes on after it.
        stop = min(end, _WORD_REST.match(text, min(end, start + apposition.end() + limit)).end())
        stretch = text[start:stop]
        cut = _TAIL_END.search(stretch, apposition.end())
    if cut is None and position + 1 < len(quantities) and end > start + limit:
        # "564 orang mendapat Remisi Khusus (RK) I berupa pengurangan masa pidana, sedangkan
        # 3 orang ...": an item of a breakdown is read to the break before the next item.
        clause_end = _clause_end(text, start, end)
        if clause_end and _SIBLING_GAP.fullmatch(text[clause_end:end]):
            return text[start:clause_end]
    if (cut is None and position + 1 < len(quantities) and end <= start + limit
            and (not _RELATIVE.search(stretch) or _RELATIVE_OF_NEXT.search(stretch))
            and not _PREPOSITION_BEFORE.search(stretch)):
        # ("tiga kali lipat dari daya tampung maksimal rutan yang hanya 350 orang": a
        # relative word right before the next count makes the words its own.)
        # "idealnya untuk tiga orang kini diisi sembilan orang": words running straight on
        # to the next count, with no clause break or relative word, say what that one is;
        # but "sepuluh orang akan dipindahkan ke dua tempat" says what the ten undergo.
        return ""
    return stretch[: cut.start()] if cut else stretch


#: A place set off by commas: ", Jawa Timur, ".
_PLACE_APPOSITION = re.compile(r",\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}),\s")
#: A relative word right before the next count, whose predicate that count is: "... rutan
#: yang hanya | 350 orang".
_RELATIVE_OF_NEXT = re.compile(r"\b(?:yang|yg)\s+(?:hanya|cuma|sekitar|mencapai|sebanyak|berjumlah|kini|saat ini|"
                               r"tinggal|masih)?\s*$", re.IGNORECASE)
#: The rest of a word a character limit falls inside.
_WORD_REST = re.compile(r"\w*")
#: A preposition right before the next count, which makes it the object of the words
#: between: "dipindahkan ke | dua tempat", "dilantik untuk | dua TPS".
_PREPOSITION_BEFORE = re.compile(r"\b(?:ke|di|dari|untuk|dengan|dalam|pada|bagi|sebanyak|to|in|at|for|from|with|into)\s*$",
                                 re.IGNORECASE)
#: A relative word, which makes the words after a count describe it: "995 orang yang ...".
_RELATIVE = re.compile(r"\b(?:yang|yg|which|who|that)\b", re.IGNORECASE)


#: What a count gains when its sentence, up to its clause's end, says the act the question
#: asks about ("yang mau dipindahkan" — "sepuluh orang akan dipindahkan").
ACT_BONUS = 0.25
#: What a count written with the question's own noun gains: enough to break a tie only.
OWN_WORD_TIE = 0.001


#: How much a count loses when its clause is about a UPT the question did not ask about.
ELSEWHERE_PENALTY = 0.4


def _scope_score(evidence: Evidence, sentence: ScoredSentence, scope: Scope) -> float:
    """What a count's own words say about whether it is the one asked: a UPT the question
    names in the same kind ("di Rutan Cipinang 70 pegawai" for "pegawai Rutan Cipinang"),
    in its clause or the heading its line is under, gains ``ASKED_SCOPE_BONUS``; a UPT
    neither the question nor the headline names ("Di Rutan Pondok Bambu, 14 pegawai" when all of Jakarta's staff are asked), or another kind
    of unit in the asked place ("Lapas Cipinang" for "Rutan Cipinang"), loses
    ``ELSEWHERE_PENALTY``: such a count is a part of the answer, not the answer."""
    regional = _region_scope(evidence, scope)
    if regional:
        return regional
    asked_upts = _question_upts(evidence.frame.question)
    if _units_reported(evidence, sentence.doc_id) < 2:
        return 0.0  # a report on one unit: every count in it is that unit's
    asked_terms = _asked_terms(evidence) | evidence.index.sentences.title_terms(sentence.doc_id)
    heading = heading_text(evidence, sentence) or ""
    for name in find_upts(f"{heading} {scope.clause}"):
        kind, place = _kind_and_place(name)
        if place and any(kind == k and place & p for k, p in asked_upts):
            return ASKED_SCOPE_BONUS
    for name in find_upts(scope.wide):
        kind, place = _kind_and_place(name)
        if place and any(kind == k and place & p for k, p in asked_upts):
            continue  # the asked unit itself, named earlier in the sentence: not elsewhere
        same_place = any(place & p for _, p in asked_upts)
        if place and (same_place or not place & asked_terms):
            return -ELSEWHERE_PENALTY
    return 0.0


#: A count of the whole country: "secara nasional", "se-Indonesia", "di seluruh Indonesia".
_NATIONWIDE = re.compile(r"\b(?:secara\s+nasional|nasional|se-?indonesia|seluruh\s+indonesia|nationwide|national)\b",
                         re.IGNORECASE)


def _region_scope(evidence: Evidence, scope: Scope) -> float:
    """A count the report gives for the whole country ("rekrutmen CPNS secara nasional
    sebanyak 19.210 formasi") loses ``ELSEWHERE_PENALTY`` when a province is asked: it holds
    the province's count ("Provinsi Bengkulu kebagian 263 formasi"), it is not it. (A
    province named in a count's clause gains nothing: a report on one province names it
    beside most of its counts.)"""
    if not evidence.frame.provinces:
        return 0.0
    if _NATIONWIDE.search(scope.wide) and not _NATIONWIDE.search(evidence.frame.question):
        return -ELSEWHERE_PENALTY
    return 0.0


def _units_reported(evidence: Evidence, doc_id: str) -> int:
    """How many units a report is about: the UPTs it names, a unit named twice ("Lapas
    Kelas I Bandarlampung, yang juga dikenal sebagai Lapas Rajabasa") counted once."""
    article = evidence.index.articles[doc_id]
    if len(article.upts) < 2:
        return len(article.upts)
    key = (doc_id, article.content_hash)  # a rebuilt index may reuse a report's id, not its text
    if key not in _UNITS_REPORTED:
        text = " ".join(s.text for s in evidence.index.sentences.of_article(doc_id))
        aliases = {second.lower() for _, second in other_names(f"{article.title}. {text}")}
        _UNITS_REPORTED[key] = len({(upt_place(u) or u).lower() for u in article.upts} - aliases)
    return _UNITS_REPORTED[key]


#: ``_units_reported`` per report and text, worked out once.
_UNITS_REPORTED: dict[tuple[str, str], int] = {}


def _kind_and_place(name: str) -> tuple[str | None, frozenset[str]]:
    """A UPT name's kind ("Rutan") and the analysed words of its place."""
    return upt_kind(name), frozenset(indonesian.analyze(upt_place(name) or ""))


@lru_cache(maxsize=256)
def _question_upts(question: str) -> tuple[tuple[str | None, frozenset[str]], ...]:
    """The kinds and places of the UPTs a question names, worked out once per question
    (every count of every candidate sentence is checked against them)."""
    return tuple(_kind_and_place(name) for name in asked_upts(question))


#: What a count gains when its own words name the UPT the question asks about.
ASKED_SCOPE_BONUS = 0.3


def _heading(evidence: Evidence, sentence: ScoredSentence) -> frozenset[str]:
    """The analysed words of the heading the sentence's counts belong to (``heading_text``)."""
    text = heading_text(evidence, sentence)
    return frozenset(indonesian.analyze(text)) if text else frozenset()


#: A sentence that opens by counting within the previous sentence's count ("Dari jumlah
#: itu, 741 orang tercatat dalam DPT, sedangkan 244 orang masuk DPTb").
_WITHIN_PREVIOUS = re.compile(
    r"^\W*(?:(?:dari|di antara|of|among)\s+(?:jumlah|total|angka|bilangan|the total|the number|"
    r"all)?\s*(?:itu|tersebut|ini|them|those|these|mereka)\b|di\s?antaranya\b)",
    re.IGNORECASE,
)


def _referred_count(evidence: Evidence, sentence: ScoredSentence) -> frozenset[str]:
    """What the previous sentence's first count counts, for a sentence counting within it:
    its parts are parts of that ("244 orang masuk DPTb" are of the "995 warga binaan yang
    memberikan suara"), so a question about those who voted as DPTb finds the 244."""
    if not _WITHIN_PREVIOUS.match(sentence.text):
        return frozenset()
    previous = evidence.index.sentences.preceding(sentence.sentence)
    if previous is None or not previous.quantities:
        return frozenset()
    # Its quantities may all be other than counts (a date, a year): then it refers nothing.
    contexts = quantity_contexts(ScoredSentence(previous, sentence.chunk, 0.0, 0.0))
    return contexts[0][3] if contexts else frozenset()


def heading_text(evidence: Evidence, sentence: ScoredSentence) -> str | None:
    """The heading a sentence's counts belong to: "Lapas Kelas II A Jambi:" on the line
    before "Jumlah penghuni 1407 orang", or a short line naming a UPT without the colon.

    Looks back over the short lines of the same block; a long sentence ends the block.
    """
    sentences = evidence.index.sentences
    previous = sentences.preceding(sentence.sentence)
    for _ in range(4):
        if previous is None:
            return None
        text = previous.text.rstrip()
        if text.endswith(":"):
            return text
        if previous.quantities and len(text.split()) <= HEADING_WORDS:
            # "Lapas Kelas II B Teluk Kuantan Jumlah penghuni 339 orang": the heading was
            # read into the block's first row; the rows after it are its too.
            lead = text[: previous.quantities[0].start]
            upts = find_upts(lead)
            if upts and lead.split()[:1] == upts[0].split()[:1]:  # it opens with the unit
                return lead
        if len(text.split()) > 8:
            return None
        if len(text.split()) <= HEADING_WORDS and find_upts(text) and not previous.quantities:
            return text
        previous = sentences.preceding(previous)
    return None


#: The most words a heading line has.
HEADING_WORDS = 12


#: A question asking how many of a group are of one kind: "how many of the inmates were
#: women", "berapa di antaranya perempuan", "berapa yang perempuan".
#: The words before a kind of crime a part is asked by: "were serving drug sentences",
#: "were convicted of corruption", "were in for murder".
_SERVING_FOR = (r"(?:(?:serving|doing)\s+(?:time\s+for\s+)?|(?:convicted|jailed|imprisoned|sentenced)\s+(?:of|for)\s+"
                r"|in\s+for\s+)?")
_ASKS_PART = re.compile(
    r"\bhow many of (?:the|these|those|them)\b.*?\b(?:were|are|was|is)\s+(?:(?:still|now|also)\s+)?"
    rf"{_SERVING_FOR}(?P<en>\w+)"
    # "Of the 136 inmates ..., how many were Catholic?", "how many were narcotics cases?"
    # ask a part as surely; "how many were freed" asks an act, which the counts say.
    rf"|\bhow many (?:were|are|was|is)\s+{_SERVING_FOR}(?P<kind>(?!(?:still|now|also|there|then|in|at|on|from|of|to|by|sent|"
    r"given|taken|found|caught|held|kept|put|made|seen|shown|left|set|brought|bought|sold|told)\b)"
    r"(?![a-z]+ed\b)[a-z]+)\b"
    r"|\bberapa\s+(?:orang\s+)?(?:di antaranya|diantaranya|yang|yg)\s+"
    r"(?:(?:beragama|berstatus|pemeluk(?:\s+agama)?|merupakan|adalah)\s+)?(?P<id>\w+)",
    re.IGNORECASE,
)


#: A category numbered in roman figures: "Remisi Dasawarsa I", "Remisi Khusus II", "Tahap
#: II" (not a class: "Rutan Kelas II").
_NUMBERED_CATEGORY = re.compile(
    r"\b(?P<name>(?:Remisi|Remission|Kategori|Category|Tahap|Gelombang|Phase|Batch)\s+(?:[A-Z][a-z]+\s+)?)"
    r"(?P<number>I{1,3}|IV)\b(?![\w-])", re.IGNORECASE)


def _numbered_category(question: str) -> re.Pattern[str] | None:
    """A pattern for the numbered category a question names, in full or by its initials
    ("Remisi Dasawarsa I" → "Remisi Dasawarsa I" or "RD I"), or None."""
    match = _NUMBERED_CATEGORY.search(question)
    if match is None:
        return None
    words = match.group("name").split()
    initials = "".join(w[0] for w in words).upper()
    full = r"\s+".join(map(re.escape, words))
    return re.compile(rf"\b(?:{full}|{initials})\s+(?:\([A-Z]+\)\s+)?{match.group('number')}\b(?!I)", re.IGNORECASE)


#: What narrows a counted population, right after its noun: "napi kasus narkoba", "napi
#: narkoba", "orang yg dianggap provokatornya", "tahanan yang terjerat perkara korupsi".
_NARROWING_ID = re.compile(
    r"^\s+(?:(?:yang|yg)\s+(?:\w+\s+)?(?:merupakan|menjadi|jadi|dianggap|disebut|tersangkut|terjerat|terlibat)\s+)?"
    r"(?:(?:kasus|perkara)\s+)?(?P<word>[a-z]\w+)", re.IGNORECASE)
#: A unit named after the counted people, then the clause that narrows them: "Lapas Kelas
#: IIA Banyuwangi yang terdaftar ...".
_RELATIVE_AFTER_UNIT = re.compile(
    r"^\s+(?:di\s+)?(?:lapas|rutan|lpka|bapas|upt)\b(?:\s+(?:kelas|klas)\s+[IVX]+[AB]?)?(?:\s+(?-i:[A-Z])[\w-]*){1,3}"
    r"\s+(?:yang|yg)\s+(?P<word>[a-z]\w+)", re.IGNORECASE)
#: Where a relative clause's own matter ends and its setting begins: "yang terdaftar dalam
#: DPT | pada Pilkada 2024".
_ADJUNCT = re.compile(r"[,?;]|\b(?:pada|saat|ketika|waktu|pas|menjelang|jelang|selama|sejak|tahun|thn|bulan|di)\b",
                      re.IGNORECASE)
#: A unit named after the counted people in English, then the act they did: "at the
#: Tanjung Raja prison in Ogan Ilir walked free".
_ACT_AFTER_UNIT_EN = re.compile(
    r"^\s+(?:at|in|from|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:prison|detention\s+cent(?:re|er)|jail|facility|lpka|"
    r"lapas|rutan)(?:\s+(?-i:[A-Z])[\w-]*){0,3}(?:\s+(?:in|of)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})?"
    r"\s+(?:who\s+|that\s+)?"
    # (Not a light verb: "got the Eid remission" is narrowed by its object, if at all.)
    r"(?P<word>(?!(?:were|was|are|is|had|have|has|did|do|does|in|on|at|during|when|after|before|got|get|gets|"
    r"received|receive|receives|obtained|obtain|won|earned|took|take|given|granted)\b)[a-z]+)",
    re.IGNORECASE)
#: The same in English: "inmates jailed for drug offences", "prisoners convicted of theft".
_NARROWING_EN = re.compile(
    r"^\s+(?:(?:who|that)\s+(?:were|was|are|had been|have been)\s+)?(?:jailed|convicted|imprisoned|sentenced|held|"
    r"serving (?:time|sentences?))\s+(?:for|over|in|of|on)\s+(?:(?:a|an|the)\s+)?(?P<word>[a-z]\w+)", re.IGNORECASE)


#: An occasion before the one reported: "Natal tahun sebelumnya", "tahun lalu", a sentence
#: opening "Sebelumnya, ...".
_PREVIOUS_TIME = re.compile(r"\b(?:tahun|natal|lebaran|idul fitri|periode|bulan|pekan|minggu)\s+(?:lalu|sebelumnya|kemarin)\b"
                            r"|^\W*sebelumnya\b", re.IGNORECASE)
#: A question about an earlier occasion.
_ASKS_PREVIOUS = re.compile(r"\b(?:tahun lalu|tahun sebelumnya|sebelumnya|kemarin|previous|last year|the year before|"
                            r"earlier|before that|compare[ds]?|dibanding\w*)\b", re.IGNORECASE)


def _of_another_occasion(evidence: Evidence, text: str, quantity: Quantity) -> bool:
    """Whether ``quantity`` is a count of the occasion before the one reported ("Jumlah
    tersebut lebih besar ketimbang Natal tahun sebelumnya, ketika ... hanya diterima 16 warga
    binaan"), and the question (or the turn it leans on) does not ask about that one; or of
    a year its own clause names when the question asks another ("pada 2021 ... diberikan
    kepada 870 WBP" for "tahun 2023")."""
    if _dated_another_year(evidence, text, quantity):
        return True
    start = quantity.start
    earlier = _PREVIOUS_TIME.search(text[:start])
    if earlier is None or _ASKS_PREVIOUS.search(f"{evidence.frame.question} {evidence.frame.context}"):
        return False
    if re.match(r"(?:pekan|minggu)\b", earlier.group(), re.IGNORECASE):
        # "Pekan lalu keduanya diciduk ... menyimpan sabu-sabu dengan berat hampir 4 kilogram":
        # last week's arrest is the story told, when the sentence says the act asked.
        terms = frozenset(indonesian.analyze(text))
        return not any(v.matches(terms) for v in evidence.concepts.verbs)
    if (re.match(r"\W*sebelumnya\b", earlier.group(), re.IGNORECASE) and evidence.frame.date_query is None
            and not _DATED_EARLIER.match(text)):
        # "Sebelumnya beredar informasi bahwa pembebasan bersyarat ... bisa diurus dengan
        # membayar uang sebesar Rp15 juta": with no time asked, an opening "earlier" tells
        # the story's background, which may be what is asked when it says most of it.
        return evidence.coverage(frozenset(indonesian.analyze(text)), own_only=True) < EARLIER_TOLD_COVERAGE
    return True


#: A year a clause dates what it tells to: "pada 2021", "sepanjang tahun 2022", "in 2020".
_YEAR_OF_CLAUSE = re.compile(r"\b(?:pada|tahun|sepanjang|selama|periode|in|during|throughout)\s+(?:tahun\s+)?((?:19|20)\d\d)\b"
                             r"(?!\s*(?:-|–|hingga|sampai|s\.d\.?|to|until)\s*\d)", re.IGNORECASE)


@lru_cache(maxsize=256)
def _years_asked(question: str, year: int) -> frozenset[int]:
    """The year a question's period is in, and any other it names: "... in 2022, and how
    many was it holding at the December 2021 handover?" asks about both (read once per
    question, not per count)."""
    return frozenset({year, *(int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", question))})


def _dated_another_year(evidence: Evidence, text: str, quantity: Quantity) -> bool:
    """Whether the count's own clause dates it to a year, and not to the year the question
    asks about: a report on 2023 that recalls "pada 2021 ... 870 WBP" gives 2021's figure."""
    period = evidence.frame.date_query
    if period is None or period.year is None:
        return False
    asked = _years_asked(evidence.frame.question, period.year)
    years = {int(m.group(1)) for m in _YEAR_OF_CLAUSE.finditer(_count_clause(text, quantity))}
    opening = _YEAR_OF_CLAUSE.match(text.lstrip())
    if not years and opening is not None and opening.end() < quantity.start:
        years = {int(opening.group(1))}  # "Pada 2024, program ... diperluas ke ... 17 kabupaten"
    return bool(years) and not years & asked


#: How much of the question a sentence opening with "Sebelumnya" must say to be asked about.
EARLIER_TOLD_COVERAGE = 0.7
#: "Sebelumnya, pada Jumat (11/10/2019), BNN ...": an earlier occasion with its own date.
_DATED_EARLIER = re.compile(r"\W*sebelumnya\W+(?:pada\s+)?(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b|\(?\d)",
                            re.IGNORECASE)


def _bracketed_age(text: str, quantity: Quantity) -> bool:
    """Whether a count is an age in brackets after a name: "Mukhlisin (19)"."""
    return (quantity.start > 0 and text[quantity.start - 1] == "(" and text[quantity.end : quantity.end + 1] == ")"
            and _measure_kind(text, quantity) == "age")


def _asked_day(evidence: Evidence) -> tuple[int, int] | None:
    """The (month, day) a question dates its count to, when it names one day."""
    period = evidence.frame.date_query
    if period is None or period.relation != "in" or period.first != period.last:
        return None
    return period.first


#: A part of a unit the question puts a count in: "in the hazardous-goods warehouse", "di
#: gudang berbahaya", "in Block C".
_PLACE_NAMED = re.compile(
    r"\b(?:in|at|inside) (?:the |its |their )?(?P<en>(?:[\w-]+ ){0,2}?(?:warehouse|block|room|cell|wing|floor|ward)s?"
    r"(?-i: [A-Z0-9]{1,3}\b)?)"
    r"|\bdi (?P<id>(?:gudang|blok|kamar|ruang|sel|lantai|wisma|paviliun)(?: [\w-]+){1,2})", re.IGNORECASE)


def _place_named(evidence: Evidence) -> list[Concept]:
    """The concepts of the part of a unit the question counts in ("hazardous-goods
    warehouse" → bahaya, barang, gudang); empty when it names none, or only the part's
    noun ("in the warehouse" tells no item of a breakdown)."""
    match = _PLACE_NAMED.search(evidence.frame.question)
    if match is None:
        return []
    phrase = match.group("en") or match.group("id")
    concepts = [c for c in question_concepts(f"di {phrase}" if match.group("id") else f"in the {phrase}",
                                             evidence.language)]
    return concepts if len(concepts) > 1 else []


#: The nouns of a part of a unit.
_PART_NOUNS = frozenset({"warehouse", "block", "room", "cell", "wing", "floor", "ward",
                         "gudang", "blok", "kamar", "ruang", "sel", "lantai", "wisma", "paviliun"})


def _names_place(place: list[Concept], terms: frozenset[str]) -> bool:
    """Whether a count's clause (its analysed terms) names the part of a unit asked: its
    noun and one more of its words ("di gudang berbahaya" for the hazardous-goods
    warehouse)."""
    said = [c for c in place if c.matches(terms)]
    return len(said) >= 2


def _narrowing_concept(evidence: Evidence, counted: Concept | None) -> Concept | None:
    """The kind the question narrows its count to, which a count's own clause must say:
    the counted noun itself when it is a kind ("corruption convicts"), else the kind right
    after a counted population ("napi kasus narkoba" → drugs); None when the question
    counts a whole population."""
    if counted is None or counted.generic:
        return None
    if not _names_population(counted):
        return counted
    question = evidence.frame.question
    noun = re.search(rf"\b{re.escape(counted.label)}\w*", question, re.IGNORECASE)
    if noun is None:
        return None
    # "warga binaan Lapas Kelas IIA Banyuwangi yang terdaftar dalam DPT": past the unit
    # named, a relative clause that says one thing says which of them are counted ("yang
    # diusulkan dapat Remisi Umum I kategori normal" says several, each a clause may lack).
    relative = _RELATIVE_AFTER_UNIT.match(question[noun.end():]) if evidence.language == "id" else None
    if relative is not None:
        clause = _ADJUNCT.split(question[noun.end() + relative.start("word"):], maxsplit=1)[0]
        said = frozenset(indonesian.analyze(clause))
        named = [c for c in evidence.concepts.concepts if said & frozenset(indonesian.analyze(c.label))]
        relative = relative if len(named) == 1 else None
    if relative is None and evidence.language == "en":
        # "How many inmates at the Tanjung Raja prison in Ogan Ilir walked free ... after
        # getting their remissions?": past the unit named, the act counted.
        relative = _ACT_AFTER_UNIT_EN.match(question[noun.end():])
    match = relative or (_NARROWING_EN if evidence.language == "en" else _NARROWING_ID).match(question[noun.end():])
    if match is None:
        return None
    said = frozenset(indonesian.analyze(match.group("word")))
    narrowed = next((c for c in evidence.concepts.concepts if said & frozenset(indonesian.analyze(c.label))), None)
    # A name narrows nothing ("napi Banyuwangi"); a concept holding a name may, when the
    # word that narrows is a lowercase verb ("yang terdaftar dalam DPT").
    if (narrowed is None or narrowed.generic or narrowed.unknown
            or narrowed.salient and not match.group("word").islower()
            or _names_population(narrowed) or narrowed.alternatives[0] <= _UNIT_TERMS):
        return None
    return narrowed


#: A word shaped like a verb ("ditaruh", "moved"): a part asked by an act is said by the
#: count's unit, not by any word of its clause ("25 orang tahanan perempuan" is a kind).
_VERB_SHAPED = re.compile(r"(?:di|me|mem|men|meng|meny|ber|ter)[a-z]{3,}|[a-z]+ed", re.IGNORECASE)


def _part_asked(evidence: Evidence) -> Concept | None:
    """The kind a how-many question asks the part of a group to be ("women"), when it
    asks for a part; None otherwise."""
    match = _ASKS_PART.search(evidence.frame.question)
    if match is None:
        return None
    word = match.group("en") or match.group("kind") or match.group("id")
    own = question_concepts(word, evidence.language)
    return own[0] if own and not own[0].unknown else None


#: Nouns an English compound puts before what it counts: "prison nurses", "detention centre
#: staff", "police officers".
_UNIT_MODIFIERS = (r"(?:prison|detention|centre|center|jail|office|police|army|military|district|regional|"
                   r"provincial|remand|correctional|cell|"
                   # "how many school teams", "family members": a noun that says which ones,
                   # before the noun counted (a crime's, "drug offenders", is the kind the
                   # narrowing reader counts by)
                   r"school|family|security|health|medical)")
#: Words after such a noun that end the phrase instead of heading it: "how many prison were
#: built", "how many cell in each block".
_NOT_A_HEAD = frozenset({"is", "are", "was", "were", "did", "do", "does", "have", "has", "had", "in", "at", "of", "on",
                         "for", "from", "with", "to", "by", "that", "which", "who", "and", "or"})


#: English words of size or age that may stand between "how many" and the counted noun.
_SIZE_ADJECTIVES = frozenset({"little", "small", "tiny", "large", "big", "huge", "new", "old", "young", "elderly"})


#: A number joined to another by a plus: "3+1", "2 + 2" (a name or a formula, no count).
_PLUS_JOINED = re.compile(r"\s?\+\s?\d")
_PLUS_BEFORE = re.compile(r"\d\s?\+\s?$")
#: The nouns of a unit a count may be asked in, and the concept such a count counts:
#: "20 unit pelaksana teknis (UPT)", "12 UPT", "lima satker".
_UNIT_NOUNS = frozenset({"unit", "units", "upt", "upts", "satker"})
_UNIT_NOUN_TERMS = frozenset({"unit", "upt", "satker"})
_UNITS_COUNTED = Concept((frozenset({"upt"}), frozenset({"unit", "pelaksana", "teknis"}), frozenset({"satker"}),
                          frozenset({"unit"})), False, False, "unit")


#: A noun put up front with "-nya" right before the count word: "dokternya cuma ada brp".
_TOPIC_BEFORE_COUNT = re.compile(r"\b([a-z]{3,}?)nya\s+(?:(?:cuma|hanya|ada|sih|tuh|itu)\s+){0,3}$", re.IGNORECASE)


def _counted_concept(evidence: Evidence) -> Concept | None:
    """The concept a how-many question counts: the noun right after "how many"/"berapa"
    ("How many children were held in Lapas, Rutan or LPKA?" counts children)."""
    match = _COUNT_WORDS.search(evidence.frame.question)
    if match is None:
        return None
    word = match.group(1).lower()
    if _PER.fullmatch(word) or word == "per":
        return None  # "dijual berapa sekilo?": a rate, which counts nothing
    rest = evidence.frame.question[match.end(1):]
    # "How many drug-case inmates ...": a compound before the people says which they are.
    compound = re.match(r"-[a-z]+", rest)
    after = re.match(r"\s+([a-z]+)\b", rest[compound.end() :] if compound else rest)
    if evidence.language == "en" and (match.group(1)[:1].isupper() or compound) and after and _names_people(after.group(1)):
        # "How many Brimob officers ...": a name before people says whose they are; the
        # people are counted ("How many Android phones" still counts Android ones).
        word = after.group(1)
    elif evidence.language == "en" and match.group(1)[:1].isupper():
        # "How many Lambaro prison escapees ...": a place and its unit say whose they are.
        rest = re.match(rf"((?:\s+(?:[A-Z][\w-]*|{_UNIT_MODIFIERS}))+)\s+([a-z]+)\b", evidence.frame.question[match.end(1):])
        if rest is not None:
            word = rest.group(2)
    elif evidence.language == "en" and re.fullmatch(_UNIT_MODIFIERS, word):
        # "How many prison nurses ...", "how many detention centre staff": in an English
        # compound the last noun is what is counted; the unit before it says whose they are.
        rest = re.match(rf"((?:\s+(?:{_UNIT_MODIFIERS}))*)\s+([a-z]+)\b", evidence.frame.question[match.end(1):])
        if rest is not None and rest.group(2) not in _NOT_A_HEAD:
            word = rest.group(2)
    if word == "orang":
        # "dokternya cuma ada brp orang?": a bare counter counts the noun the chat question
        # put up front with "-nya".
        topic = _TOPIC_BEFORE_COUNT.search(evidence.frame.question[: match.start(1)])
        if topic is not None and any(topic.group(1).lower() in c.label.lower().split() for c in evidence.concepts.concepts):
            word = topic.group(1).lower()
    if evidence.language == "en" and word in _SIZE_ADJECTIVES:
        # "How many little packets ...": the noun after a size or age word is counted.
        noun = re.match(r"\s+([a-z]+)\b", evidence.frame.question[match.end(1):])
        word = noun.group(1) if noun else word
    label = next((c.label for c in evidence.concepts.concepts if word in c.label.split()), None)
    if label is None and word.lower() in _UNIT_NOUNS:
        # "How many correctional units ...?": units are no word of the question's concepts
        # ("which units" asks for units by name), yet they are what is counted here.
        return _UNITS_COUNTED
    if label is None:
        return None
    # The phrase's own senses ("mobile phones", not "mobile"): the question's concepts share
    # each form out once, so "staff" may have lost "pegawai" to a later "workers".
    own = question_concepts(label, evidence.language)
    return own[0] if own else None


def _sense_coverage(evidence: Evidence, tokens: frozenset[str]) -> float:
    """Coverage where a concept's first (primary) sense counts fully and other senses 0.8:
    "inmates" is first "penghuni" (all residents), only then "narapidana" (convicts)."""
    concepts = evidence.concepts
    own = concepts.own or len(concepts.concepts)
    setting = _setting_labels(evidence.frame.question)
    weights = [w * _setting_share(c, setting) for c, w in zip(concepts.concepts[:own], concepts.weights[:own])]
    total = sum(weights) or 1.0
    found = 0.0
    for concept, weight in zip(concepts.concepts[:own], weights):
        if concept.alternatives[0] <= _UNIT_TERMS:
            continue  # "in Lapas, Rutan or LPKA" says where the count is, not what it counts
        if concept.alternatives[0] <= tokens:
            found += weight
        elif concept.matches(tokens):
            found += 0.8 * weight
    return found / total


#: A clause that says when the count holds, not what it counts: "On the day Pemalang remand
#: centre handed out its remissions, how many people was it holding?" counts residents
#: ("jumlah penghuni ... hari itu 264 orang"), not the inmates who got a remission.
_SETTING_CLAUSE = re.compile(
    r"\b(?:on the day|the day|at the time|when|while|saat|ketika|sewaktu|pada hari|pada saat|waktu)\b"
    r"(?P<clause>[^,?]+?)(?=,|\?|$|\s(?:how many|how much|berapa)\b)",
    re.IGNORECASE,
)
#: The share of its weight a setting concept keeps in what a count's own words are scored on.
SETTING_SHARE = 0.25


#: A leading clause before the question word: "Di TPS 901 ada pemilih yang tidak mencoblos,
#: nah berapa orang dari mereka yang sudah bebas?" gives what is known; the count is asked after.
_LEADING_CLAUSE = re.compile(r"^(?P<clause>[^?]+?),\s*(?:(?:nah|lalu|terus|then|so|and)\s+)?(?=(?:how many|how much|berapa)\b)",
                             re.IGNORECASE)


@lru_cache(maxsize=256)
def _setting_labels(question: str) -> str:
    """The lowercase text of the question's setting clauses ("" when it has none); a
    concept whose label is in it describes the occasion, not the counted thing."""
    clauses = [m.group("clause") for m in _SETTING_CLAUSE.finditer(question)]
    leading = _LEADING_CLAUSE.match(question)
    if leading is not None:
        clauses.append(leading.group("clause"))
    return " ".join(c.lower() for c in clauses if not QUANTITY_WORDS.search(c))


def _setting_share(concept: Concept, setting: str) -> float:
    """What of its weight a concept keeps in a count's own words: ``SETTING_SHARE`` when
    the question names it only in a setting clause (``_setting_labels``)."""
    return SETTING_SHARE if concept.label.lower() in setting else 1.0


def _asked_terms(evidence: Evidence) -> set[str]:
    return {t for c in evidence.concepts.concepts for a in c.alternatives for t in a}


def _unasked_qualifier(evidence: Evidence, unit_words: frozenset[str]) -> bool:
    """Whether the unit narrows the count in a way the question did not ask for
    ("2.371 laki laki" when the question asks for all inmates)."""
    return bool(unit_words - _COUNTERS - _MAGNITUDES - _asked_terms(evidence))


#: Words of size after a number ("Rp2,4 miliar", "14 ribu"): they scale it, they narrow nothing.
_MAGNITUDES = frozenset({"ratus", "ribu", "juta", "miliar", "milyar", "triliun", "rupiah", "rp", "puluh"})


def _precision(evidence: Evidence, words: frozenset[str]) -> float:
    """Share of a number's context words that belong to the question: "untuk pidana lainnya"
    is all about "criminal", "kasus didominasi narkoba" is about drugs too."""
    if not words:
        return 0.0
    return len(words & _asked_terms(evidence)) / len(words)


def quantity_slots(question: str) -> list[str]:
    """The parts of a question that each ask for one quantity, in question order.

    "Berapa kapasitas ideal Lapas Tabanan dan berapa penghuninya?" → ["Berapa kapasitas
    ideal Lapas Tabanan dan", "berapa penghuninya?"]. A question with one "how many" is
    one part.
    """
    # Each question word after the first asks one more quantity.
    marks = [m.start() for m in QUANTITY_WORDS.finditer(question)]
    compared = _COMPARED.search(question, marks[0]) if len(marks) == 1 else None
    if compared is not None and (_ASKS_CAPACITY.search(question, compared.end())
                                 or _ASKS_RESIDENTS.search(question, compared.end())):
        # "how many is it holding now, compared with what it was designed for?": two counts.
        parts = [question[: compared.start()], question[compared.start() :]]
    elif len(marks) < 2:
        parts = _coordinated(question)
    else:
        bounds = [0, *(_part_start(question, a, b) for a, b in pairwise(marks)), len(question)]
        parts = _share_predicate([question[a:b] for a, b in pairwise(bounds) if question[a:b].strip()])
    return [phase for part in parts for phase in _phases(part)]


#: A comparison that asks for a second count: "..., compared with its capacity?".
_COMPARED = re.compile(r"\b(?:compared (?:with|to)|as against|against|versus|vs\.?|dibanding(?:kan)?(?: dengan)?|ketimbang"
                       r"|padahal)\b", re.IGNORECASE)
#: Where a clause of a question breaks: "muat berapa orang, lalu sekarang diisi berapa".
_CLAUSE_BREAK = re.compile(r",|;|\?|\s(?:dan|lalu|terus|trus|trs|serta|and|then)\s", re.IGNORECASE)


def _part_start(question: str, previous: int, mark: int) -> int:
    """Where the part asked by the question word at ``mark`` starts: at the word itself
    ("..., dan berapa penghuninya"), or at the clause break before it when the clause
    opens with words of its own ("..., lalu sekarang diisi berapa?")."""
    breaks = list(_CLAUSE_BREAK.finditer(question, previous, mark))
    if not breaks:
        return mark
    start = breaks[-1].end()
    own = [w for w in re.findall(r"[^\W\d_]+", question[start:mark].lower())
           if w not in indonesian.STOPWORDS_ID and w not in glossary.STOPWORDS_EN]
    # ", out of how many inmates?": only function words before it, which go with the word.
    return start if own else mark


#: A part that is only "berapa <noun> dan": its predicate is the last part's.
_BARE_PART = re.compile(
    r"^(?P<head>.*?\b(?:how many|how much|berapa(?:kah)?)\s+[\w-]+)\s*,?\s*(?:and|dan|serta)?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_LAST_PREDICATE = re.compile(r"^\W*(?:how many|how much|berapa(?:kah)?)\s+[\w-]+\s+(?P<rest>.+)$",
                             re.IGNORECASE | re.DOTALL)


def _share_predicate(parts: list[str]) -> list[str]:
    """"Berapa WBP dan berapa pegawai yang dites urine?": the last part's predicate ("yang
    dites urine") is also the bare first part's."""
    last = _LAST_PREDICATE.match(parts[-1])
    if last is None:
        return parts
    shared = []
    for part in parts[:-1]:
        bare = _BARE_PART.match(part)
        shared.append(f"{bare.group('head')} {last.group('rest')}" if bare else part)
    return [*shared, parts[-1]]


#: "sebelum dan sesudah pemutakhiran", "before and after the update": two counts, the
#: figure a change started from and the one it came to.
_BEFORE_AND_AFTER = re.compile(
    r"\b(sebelum|before)\s+(?:dan|and)\s+(sesudah|setelah|after)\b", re.IGNORECASE
)


def _phases(part: str) -> list[str]:
    """One part per phase of "before and after"; other parts unchanged."""
    match = _BEFORE_AND_AFTER.search(part)
    if match is None:
        return [part]
    return [part[: match.start()] + match.group(i) + part[match.end() :] for i in (1, 2)]


_BEFORE_CUE = re.compile(r"\b(?:semula|sebelumnya|awalnya|mula-mula|dari|before|previously|originally|from)\b",
                         re.IGNORECASE)
_AFTER_CUE = re.compile(r"\b(?:menjadi|jadi|kini|sekarang|tinggal|to|now|became|after)\b", re.IGNORECASE)
_PHASE_WORD = re.compile(r"\b(?:(sebelum|before)|(sesudah|setelah|after))\b", re.IGNORECASE)
#: What a count gains in a before/after part when the words just before it say its phase.
PHASE_BONUS = 0.5
#: What a count gains when its own words say it is the capacity or the occupancy asked
#: for (and loses when they say it is the other).
CAPACITY_BONUS = 0.4
#: What a count loses, in a part asking for the occupancy or the capacity, when another
#: count's own words give it and its own do not.
UNCUED_PENALTY = 1.0
_ASKS_CAPACITY = re.compile(
    # ("untuk mengurangi over kapasitas", "overcrowding beyond capacity": the crowding, no capacity asked.)
    r"\b(?<!over )(?<!over-)(?<!kelebihan )(?<!melebihi )(?<!beyond )(?<!exceeding )(?<!exceeded )"
    r"(?:capacity|kapasitas\w*|daya tampung\w*|built (?:to hold|for)|designed (?:to hold|for)|meant (?:to hold|for)|"
    # "ditampung"/"menampung" alone is who is housed; with "bisa"/"mampu" it is capacity
    # ("poin yang dimuat surat edaran": what a text holds is no capacity.)
    r"supposed to hold|ideal(?:ly)?|idealnya|seharusnya|muat\w*|(?:dimuat|termuat)(?!\s+(?:dalam\s+|di\s+)?(?:surat|edaran|"
    r"SE|berita|artikel|media|koran|peraturan|aturan|dokumen|keputusan)\b)"
    r"|(?:bisa|dapat|mampu|sanggup|maksimal)\s+(?:di|me)?n?(?:t)?ampung\w*"
    # "bisa memuat berapa orang?": what a building can hold
    r"|(?:bisa|dapat|mampu|sanggup|maksimal)\s+(?:me|di)muat\w*)\b", re.IGNORECASE)
_ASKS_OCCUPANCY = re.compile(
    rf"\b(?:{LIVING_WORDS}|hold|holds|houses|residents?|live|lives|"
    r"inmates?|napi|narapidana|warga binaan|wbp|tahanan|detainees?|prisoners?|people|persons)\b", re.IGNORECASE)
#: Words asking for how many live in a unit, with nothing of capacity.
_ASKS_RESIDENTS = re.compile(rf"\b(?:{LIVING_WORDS}|occupancy)\b", re.IGNORECASE)
#: A question's word of capacity or of the ideal: "idealnya ... berapa petugas?".
_CAPACITY_WORD = re.compile(r"\b(?:kapasitas\w*|daya tampung\w*|berkapasitas|menampung|idealnya|ideal|ideally|"
                            r"seharusnya|capacity|should)\b", re.IGNORECASE)
_CAPACITY_CUE = re.compile(
    r"\b(?:kapasitas(?:nya)?|daya tampung(?:nya)?|berkapasitas|(?:mampu|bisa|dapat|hanya) menampung|idealnya|"
    # "kapasitas lapas yang dipimpinnya hanya untuk 86 orang"
    # The cue governs the first count after it: "berkapasitas 85 napi saat ini menahan 146
    # orang" gives 85 as the capacity, not 146.
    # "padahal lapas ini diperuntukkan bagi 350 orang": what it is meant for.
    r"seharusnya|dirancang(?: untuk)?(?: menampung)?|diperuntukkan(?: bagi| untuk)?|dibangun untuk|capacity)"
    r"\W+(?:(?!\d)[\w-]+\W+){0,5}$", re.IGNORECASE)
#: Occupancy said after the count: "1.075 warga binaan yang mendiami rumah tahanan",
#: "540 napi yang kini menghuni lapas itu" (not "yang menempati blok lansia": a part).
_OCCUPANCY_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}(?:(?:yang|yg)\s+)?(?:kini\s+|saat ini\s+|sekarang\s+|masih\s+)?"
                              r"(?:mendiami|menghuni|mendekam)\b", re.IGNORECASE)
_OCCUPANCY_CUE = re.compile(
    r"\b(?:dihuni(?: oleh)?|penghuni(?:nya)?|diisi|dijejali|disesaki|ditempati|(?:kini|saat ini|sekarang|tercatat) (?:menampung|menahan|dihuni|ada|terdapat)|"
    r"menampung sebanyak|jumlah (?:warga binaan|napi|narapidana|tahanan|penghuni|wbp)|"
    # "Warga Binaan Pemasyarakatan (WBP) di Lapas Sorong berjumlah 547 orang".
    r"(?:warga binaan|napi|narapidana|tahanan|penghuni|wbp)\W+(?:[\w-]+\W+){0,4}berjumlah)\W+(?:[\w-]+\W+){0,4}$",
    re.IGNORECASE)


#: A question whose predicate is living in a unit: "yang menghuni", "dihuni berapa".
_ASKS_INHABITING = re.compile(r"\b(?:menghuni|dihuni|mendiami|didiami|ditempati|menempati|diisi|"
                               # "how many were actually housed there?", "lived there"
                               rf"house|houses|housed|housing|holding|living|lived|live|occupying|occupied|held there|{CONFINED_WORDS}"
                               # "how many prisoners were actually being held at ...": people held
                               # now ("how many were held in the province's prisons" may be a tally)
                               r"|being\s+held)\b",
                               re.IGNORECASE)
#: The same verb right before a count, or after it: "dihuni 309 narapidana", "540 napi
#: yang kini menghuni lapas itu".
_INHABITED_BEFORE = re.compile(r"(?:\b(?:dihuni|menghuni|didiami|mendiami|ditempati|menempati|menampung|ditampung|"
                               # "lapas tersebut diisi 981 orang", "namun diisi 53 orang"
                               r"diisi|terisi))"
                               r"(?:\s+oleh)?\s+(?:(?!\d)[\w-]+\s+){0,2}$"
                               # "penghuninya kini tercatat 374 orang"
                               r"|\bpenghuni(?:nya)?\s+(?:(?!\d|berlebih|lebih|kelebihan|melebihi)[\w-]+\s+){0,3}$",
                               re.IGNORECASE)


#: What makes holding a capacity, right before a count in the same clause: "mampu
#: menampung", "idealnya" ("berkapasitas 20 orang, namun diisi 53 orang": the 53 live there).
_ABLE_TO_HOLD = re.compile(r"\b(?:mampu|dapat|bisa|sanggup|ideal(?:nya)?|maksimal|kapasitas)\b[^.,;]{0,20}$", re.IGNORECASE)
#: Units of staff, who work in a unit rather than live there.
_STAFF_UNIT = re.compile(rf"(?:orang\s+)?(?:{'|'.join(STAFF_NOUNS)}|personil|anggota|regu|sipir|polisi)\b",
                         re.IGNORECASE)


def _inhabiting_said(text: str, quantity: Quantity) -> bool:
    """Whether the report gives a count with a verb of living in the unit ("regu jaga hanya
    diisi lima personel" staffs a watch; no one lives in it)."""
    if _STAFF_UNIT.match(quantity.unit) or _ABLE_TO_HOLD.search(text[max(0, quantity.start - 40) : quantity.start]):
        return False  # "secara ideal hanya mampu menampung 325 penghuni": a capacity
    return bool(_INHABITED_BEFORE.search(text[max(0, quantity.start - 40) : quantity.start])
                or _OCCUPANCY_AFTER.match(text, quantity.end))


def _capacity_fit(slot_text: str, question: str, before: str, after: str) -> float:
    """``CAPACITY_BONUS`` for a count its own words give as the capacity ("kapasitasnya
    hanya 308 orang") when that part asks for the capacity, or as the occupancy ("dihuni
    391 narapidana") when it asks how many are held; the negative when they give the other.
    Only for a question that speaks of capacity at all. ``after``: the words after the
    count, which may give it as the occupancy ("1.075 warga binaan yang mendiami ...")."""
    near = before[-60:]
    held_after = bool(_OCCUPANCY_AFTER.match(after))
    if not _ASKS_CAPACITY.search(question):
        # "berapa total penghuni ...?": a count its words give as the occupancy ("dihuni
        # 598 orang") over one of residents who left ("delapan orang penghuninya").
        # "Lapas Manokwari dihuni berapa warga binaan?" is not answered by the capacity
        # ("kapasitas lapas ... hanya untuk 86 orang").
        if not _ASKS_RESIDENTS.search(slot_text):
            return 0.0
        return (CAPACITY_BONUS / 2 if _OCCUPANCY_CUE.search(near) or held_after
                else -CAPACITY_BONUS if _CAPACITY_CUE.search(near) else 0.0)
    capacity, occupancy = _CAPACITY_CUE.search(near), _OCCUPANCY_CUE.search(near) or held_after
    if _ASKS_CAPACITY.search(slot_text):
        return CAPACITY_BONUS if capacity else -CAPACITY_BONUS if occupancy else 0.0
    if _ASKS_OCCUPANCY.search(slot_text):
        return CAPACITY_BONUS if occupancy else -CAPACITY_BONUS if capacity else 0.0
    return 0.0


def _phase_bonus(slot_text: str, scope: str) -> float:
    """``PHASE_BONUS`` when a before (after) part meets a count its words place before
    (after) a change: "semula 773 orang", "menjadi 653 orang"."""
    asked = _PHASE_WORD.search(slot_text)
    if asked is None:
        return 0.0
    cue = _BEFORE_CUE if asked.group(1) else _AFTER_CUE
    return PHASE_BONUS if cue.search(" ".join(scope.split()[-5:])) else 0.0


#: "how many mobile phones and chargers were seized": the counted nouns run from the
#: question word to the first verb or preposition.
_COUNTED_RUN = re.compile(
    r"\b(?:how many|how much|berapa(?:kah)?(?: jumlah| banyak)?)\s+"
    # "how much did the training cost": no counted noun, only the verb's auxiliary.
    r"(?!(?:did|do|does|is|was|are|were|will|would|can|could|has|have|had)\b)(?P<run>.+?)"
    r"(?=\s+(?:were|was|are|is|did|do|does|have|has|had|in|at|on|of|for|from|by|yang|di|ke|"
    r"dari|pada|untuk|telah|sudah)\b|[?,]|$)",
    re.IGNORECASE,
)


_UNIT_WORDS = re.compile(
    r"(?:(?:the )?(?:lapas|rutan|lpka|bapas|rupbasan|upt|prisons?|detention cent(?:re|er)s?)\s*)+",
    re.IGNORECASE,
)


#: The most words a counted noun of "how many A and B" has; a longer phrase before "and"
#: is one thing counted with coordinated objects.
COORDINATED_WORDS = 3


#: People counted by their tie to those they visit: kin and friends, in either language.
_KIN_NOUN = re.compile(r"(?:(?:their|his|her|the)\s+)?(?:relatives?|friends?|famil(?:y|ies)|family members|kin|"
                       r"keluarga(?:nya)?|kerabat(?:nya)?|teman(?:-teman)?(?:nya)?|sanak saudara|saudara(?:nya)?|kenalan)\b",
                       re.IGNORECASE)


def _coordinated(question: str) -> list[str]:
    """One part per counted noun of "how many A and B ...", else the question whole."""
    match = _COUNTED_RUN.search(question)
    if match is None:
        return [question]
    # "berapa peserta paket B sama paket C": chat joins two nouns with "sama".
    nouns = re.split(r"\s+(?:and|dan|serta|sama|&)\s+(?!dengan\b)", match.group("run"))
    if len(nouns) < 2 or any(_UNIT_WORDS.fullmatch(n.strip()) for n in nouns):
        # "penghuni lapas dan rutan": places the one count covers, not two counts.
        return [question]
    if all(_KIN_NOUN.match(n.strip()) for n in nouns):
        # "How many relatives and friends turned up to visit?": the visitors, one crowd a
        # report counts once ("sekitar 1.000 orang"), not kin and friends apart.
        return [question]
    if _ASKS_WHOLE.search(question):
        # "how many high-risk inmates and rule violators in total have been moved?": one
        # total over both, as the report gives it ("secara keseluruhan ... 1.150").
        return [question]
    if len(nouns[0].split()) > COORDINATED_WORDS:
        # "berapa modal awal budidaya lobster dan selada": the "and" joins the objects of
        # one counted thing, not two counted nouns.
        return [question]
    head = nouns[0].split()
    if len(head) > 1 and re.match(r"berapa", match.group(), re.IGNORECASE):
        # "berapa personel TNI sama Polri", "napi laki-laki dan perempuan": an Indonesian
        # noun comes first, and a bare name or sex after "dan" qualifies it too ("personel
        # Polri"), not a count of its own kind.
        nouns = [nouns[0], *(f"{head[0]} {n}" if _QUALIFIER_ONLY.fullmatch(n.strip()) else n for n in nouns[1:])]
    rest = question[match.end("run") :]
    return [f"{question[: match.start('run')]}{noun}{rest}" for noun in nouns]


#: A coordinated part that only qualifies the noun before it: a name or acronym ("Polri"),
#: or a sex ("perempuan").
_QUALIFIER_ONLY = re.compile(r"(?-i:[A-Z][\w-]*)|perempuan|wanita|laki-laki|pria|lelaki", re.IGNORECASE)


@dataclass(frozen=True)
class _Slot:
    """One asked quantity: its concepts (without the names that pick the article)."""

    text: str
    concepts: tuple[Concept, ...]
    weights: tuple[float, ...]
    counted: frozenset[str] = frozenset()

    def counting_as(self, before: _Slot) -> _Slot:
        """This part with the counted concepts of the part before, at half weight."""
        return _Slot(self.text, self.concepts + before.concepts,
                     self.weights + tuple(w / 2 for w in before.weights),
                     self.counted or before.counted)

    def said_of(self, before: _Slot, places: frozenset[str] = frozenset()) -> _Slot:
        """This part with the names of the part before, at half weight: "how many people
        was it holding" is said of "Bagansiapiapi prison", not of its capacity. The place
        words of the article's units count as names ("rutan kolaka", typed in lower case)."""
        subject = [(c, w) for c, w in zip(before.concepts, before.weights)
                   if c.salient or c.matches(places)]
        return _Slot(self.text, self.concepts + tuple(c for c, _ in subject),
                     self.weights + tuple(w / 2 for _, w in subject), self.counted)

    def coverage(self, tokens: frozenset[str]) -> float:
        total = sum(self.weights) or 1.0
        return sum(w for c, w in zip(self.concepts, self.weights) if c.matches(tokens)) / total


#: A part that names nothing to count ("..., and how many in total?"): it counts what the
#: part before it counts.
_ELLIPTICAL = re.compile(
    r"^\W*(?:and\s+|dan\s+)?(?:how many|how much|berapa(?:kah)?)\s*(?:were there\s*)?"
    r"(?:in total|in all|altogether|overall|total(?:nya)?|seluruhnya|semuanya|keseluruhan)?"
    r"(?:\s+(?:were there|was that|there were))?\W*$",
    re.IGNORECASE,
)


#: The end of a part whose next part counts something of its subject ("How many staff came
#: from the narcotics prison, and for | how many polling stations?"): that number is the one
#: said of the same subject ("Lapas Narkotika menyumbang 77 pegawai untuk 11 TPS").
_ATTACHED = re.compile(
    # ("..., out of | how many held there?": "325 WBP ... dari total 1.145 WBP".)
    r"\b(?:for|in|at|across|on|with|out of|untuk|buat|di|pada|dalam|dengan)\W*$", re.IGNORECASE
)


#: A part whose subject is the part before's, by a pronoun ("how many was it holding",
#: "berapa penghuninya").
_REFERS_BACK = re.compile(
    r"\b(?:it|its|they|their|there)\b|\w{3,}nya\b|\b(?:itu|tersebut)\b", re.IGNORECASE
)


#: A part counting within the part before ("and how many of them voted?").
_OF_THEM = re.compile(
    r"\b(?:of them|of those|of these|among them|di antaranya|dari jumlah (?:itu|tersebut)|"
    r"dari mereka)\b",
    re.IGNORECASE,
)


def _slot(evidence: Evidence, text: str, doc_id: str) -> _Slot:
    """The concepts of one asked quantity, without those that only pick the article (its
    UPT and place, "Lapas Madiun") or say where the count is ("Lapas"); acronyms such as
    "DPTb" stay: they are what is counted."""
    period = evidence.frame.date_query.text if evidence.frame.date_query else None
    # "After the prison let out 250 inmates under the assimilation policy, roughly how many
    # were still held there": the leading clause tells what is known; its words do not pick
    # the count (the 136 let out on Friday).
    text = _LEADING_SCENE.sub("", text)
    identity = evidence.index.sentences.identity(doc_id)
    units = [frozenset(indonesian.analyze(name)) for name in evidence.index.articles[doc_id].upts]
    concepts = [
        c for c in map(evidence.concepts.respelled,
                       question_concepts(strip_phrase(text, period), evidence.language))
        if not (c.salient and c.matches(identity) and not _tells_units_apart(c, units))
        and not c.alternatives[0] <= _UNIT_TERMS
    ]
    setting = _setting_labels(text)
    weights = tuple(evidence.concepts.weight(c) * _setting_share(c, setting) for c in concepts)
    noun = _COUNTED_NOUN.search(text)
    # "penghuninya": the clitic hides the glossary's word and its senses.
    word = re.sub(r"(?i)(?<=\w{3})nya$", "", noun.group(1)) if noun else ""
    if noun and evidence.language == "en" and re.fullmatch(_UNIT_MODIFIERS, word, re.IGNORECASE):
        # "how many correctional units", "how many prison staff": the noun the modifier leads to.
        head = re.match(rf"((?:\s+(?:{_UNIT_MODIFIERS}))*)\s+([a-z]+)\b", text[noun.end(1):], re.IGNORECASE)
        word = head.group(2) if head is not None and head.group(2) not in _NOT_A_HEAD else word
    counted = (
        _UNIT_NOUN_TERMS if word.lower() in _UNIT_NOUNS
        else frozenset(glossary.analyze_query(word, evidence.language)) - _UNIT_TERMS if word else frozenset()
    )
    return _Slot(text, tuple(concepts), weights, counted)


def _tells_units_apart(concept: Concept, units: list[frozenset[str]]) -> bool:
    """Whether ``concept`` names some of the article's units but not all: in a report that
    counts staff unit by unit ("Lapas Cipinang 84 pegawai ..., Rutan Salemba 84 ..."), the
    asked unit's name picks the clause, not only the article."""
    named = [concept.matches(unit) for unit in units]
    return any(named) and not all(named)


#: A scene-setting clause before a part's question word ("After ..., roughly how many").
_LEADING_SCENE = re.compile(r"^\W*(?:after|before|when|once|following|setelah|sesudah|usai|seusai|sebelum|ketika|saat)\b"
                            r"[^?]*?,\s*(?=(?:[\w-]+\s+){0,2}(?:how many|how much|berapa)\b)", re.IGNORECASE)
#: The noun right after "how many" / "berapa": what the part counts ("days", "TPS").
_COUNTED_NOUN = re.compile(
    r"\b(?:how many|how much|berapa(?:kah)?(?: banyak| jumlah)?)\s+(?!(?:of|dari|yang|in|di|were|was|"
    r"are|is|did|do)\b)([\w-]+)",
    re.IGNORECASE,
)
#: What a count gains when its unit is the noun its part counts ("24 hari" for "how many
#: days", "10 TPS" for "berapa TPS").
UNIT_BONUS = 0.4


#: "at each of TPS 901 and TPS 902", "masing-masing di Blok A dan Blok B": one count per
#: named place of one kind.
_EACH = re.compile(r"\b(?:each|every|respectively|masing-masing|setiap|tiap|per)\b", re.IGNORECASE)
_KIND = r"(?P<kind>TPS|Blok|Block|Kamar|Lapas|Rutan|Bapas|LPKA)"
_NAMED_PAIR = re.compile(
    # "TPS 901 and TPS 902", "Blok A dan B": numbers or letters, the kind once or twice;
    rf"\b{_KIND}\s+(?P<first>\d+|[A-Z])\s*(?:,|and|dan|serta|&)\s*(?:(?P=kind)\s+)?"
    r"(?P<second>\d+|[A-Z])\b"
    # "Lapas Pati dan Lapas Blora": names, the kind repeated.
    rf"|\b{_KIND.replace('kind', 'kind2')}\s+(?P<first2>[A-Z]\w+)\s*(?:,|and|dan|serta|&)\s*"
    r"(?P=kind2)\s+(?P<second2>[A-Z]\w+)"
)


#: "each of those two polling stations", "masing-masing TPS": a count asked per place the
#: question does not name; and a place of that kind with its count in a report's sentence
#: ("TPS 28 melayani 179 warga binaan, sementara TPS 29 melayani 167 orang").
_EACH_UNNAMED = re.compile(r"\beach of (?:those|the|these|its)\s+(?:\w+\s+)?(?P<en>polling stations|blocks|cells|rooms|posts)\b"
                           r"|\bmasing-masing\s+(?P<id>TPS|blok|kamar|pos)\b", re.IGNORECASE)
_PLACE_WORD = {"polling stations": "TPS", "blocks": "Blok", "cells": "Kamar", "rooms": "Ruang", "posts": "Pos"}
_PLACE_COUNTED = r"\b(?P<place>{word}\s+[A-Z0-9][\w-]*)\b[^.;,]*?\b(?P<count>\d[\d.,]*)\s+(?P<unit>[a-z]+(?:\s+binaan)?)"


def _each_place_counted(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """One count per place of the kind the question asks "each of" ("TPS 28: 179 warga
    binaan; TPS 29: 167 orang"), from the answering report's sentence that gives two or
    more; None when the question asks no such thing or no sentence gives them."""
    asked = _EACH_UNNAMED.search(evidence.frame.question)
    docs = evidence.answer_docs()[:1]
    if asked is None or not docs:
        return None
    word = _PLACE_WORD.get((asked.group("en") or "").lower()) or asked.group("id")
    pattern = re.compile(_PLACE_COUNTED.format(word=re.escape(word)), re.IGNORECASE)
    for sentence in article_sentences(evidence, docs[0]):
        found = list(pattern.finditer(sentence.text))
        if len(found) >= 2:
            n = book.cite_sentence(sentence.doc_id, sentence.start, sentence.chunk)
            parts = "; ".join(f"{m.group('place')}: {m.group('count')} {m.group('unit')}" for m in found)
            return [f"**{parts}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    return None


def _distributed(question: str) -> tuple[list[str], list[str]] | None:
    """The parts of "how many ... at each of TPS 901 and TPS 902": one question per named
    place, and the place each asks about; None for other questions."""
    pair = _NAMED_PAIR.search(question)
    if pair is None or not _EACH.search(question):
        return None
    if pair.group("kind"):
        kind, first, second = pair.group("kind", "first", "second")
    else:
        kind, first, second = pair.group("kind2", "first2", "second2")
    entities = [f"{kind} {first}", f"{kind} {second}"]
    texts = [question[: pair.start()] + entity + question[pair.end() :] for entity in entities]
    return texts, entities


#: What a count gains in a per-place part when the nearest place of that kind named before
#: it in its sentence is the part's own.
ENTITY_BONUS = 0.6


def _entity_bonus(entity: str | None, entities: list[str], text: str, offset: int) -> float:
    """``ENTITY_BONUS`` when ``entity`` is the last of ``entities`` named in ``text`` before
    ``offset`` ("Di TPS 901, jumlah DPT tercatat 172 orang")."""
    if entity is None:
        return 0.0
    before = text[:offset].lower()
    last = max(entities, key=lambda e: before.rfind(e.lower()))
    return ENTITY_BONUS if last == entity and before.rfind(entity.lower()) >= 0 else 0.0


def _compose_several(
    evidence: Evidence, book: CitationBook, texts: list[str], entities: list[str] | None = None
) -> list[str] | None:
    """The best number for each asked quantity, all from one article; with ``entities``,
    part i asks about ``entities[i]``.

    The article is the best-matching one unless one of its counts is said without the unit
    asked and another report about that unit answers more of the parts, or more of them by
    a count its own words give as what the part asks (a capacity, an occupancy): "daya
    tampungnya brp, trus penghuninya brp?" is answered by the report that gives both ("217
    orang, padahal ... 922 orang"), not by the top report that gives a rough capacity and a
    count of remissions across the province."""
    docs = evidence.answer_docs()
    if not docs:
        return None
    best_cued, chosen = _assignment_in(evidence, docs[0], texts, entities)
    places = {p.lower() for name in asked_upts(evidence.frame.question) if (p := upt_place(name))}
    if not chosen or not places or any(not _says_place(sentence.text, places) for _, sentence, _, _ in chosen.values()):
        for doc_id in _other_reports_of_asked_unit(evidence, docs[0]):
            cued, there = _assignment_in(evidence, doc_id, texts, entities)
            if (len(there), cued) > (len(chosen), best_cued):
                best_cued, chosen = cued, there
    if not chosen:
        return None
    heads, quotes = [], []
    for i in sorted(chosen):
        quantity, sentence, start, end = chosen[i]
        n = book.cite(sentence.chunk)
        heads.append(f"**{figure(quantity, evidence.language)}** [{n}]")
        quotes.append(f"> {quote(_clause(sentence.text, start, end))} [{n}]")
    return ["; ".join(heads), "", *quotes]


#: How many other retrieved reports ``_compose_several`` weighs.
OTHER_REPORTS = 2


def _says_place(text: str, places: set[str]) -> bool:
    """Whether a sentence names one of the asked units' places ("Lapas Kelas IIA Samarinda")."""
    lowered = text.lower()
    return any(place in lowered for place in places)


def _other_reports_of_asked_unit(evidence: Evidence, top: str) -> list[str]:
    """The next retrieved reports, in retrieval order, whose own unit the question names:
    without a named unit, only the best-matching report answers."""
    answering = evidence.best_chunk_per_doc()
    ranked = list(dict.fromkeys(s.doc_id for s in evidence.sentences
                                if s.doc_id != top and s.doc_id in answering))[:OTHER_REPORTS]
    about = evidence.about_asked_unit(set(ranked))
    return [d for d in ranked if d in about]


def _assignment_in(
    evidence: Evidence, doc_id: str, texts: list[str], entities: list[str] | None
) -> tuple[int, dict[int, tuple]]:
    """The best number for each asked quantity from article ``doc_id``, and how many of
    them their own words give as what their part asks (``_capacity_fit``)."""
    slots = [_slot(evidence, text, doc_id) for text in texts]
    attached = set()
    for i in range(1, len(slots)):
        if _ELLIPTICAL.match(texts[i]) or _OF_THEM.search(texts[i]):
            slots[i] = slots[i].counting_as(slots[i - 1])
        elif _ATTACHED.search(texts[i - 1]):
            attached.add(i)  # its number is the one right after the part before's
        elif _REFERS_BACK.search(texts[i]) or not (slots[i].counted - _GENERIC_UNITS
                                                   or any(c.salient for c in slots[i].concepts)):
            # "..., lalu sekarang diisi berapa (orang)?": a part naming nothing of its own,
            # neither a thing counted nor a name, is said of what the part before names
            # ("Rutan Kolaka").
            units = frozenset(indonesian.analyze(" ".join(evidence.index.articles[doc_id].upts)))
            slots[i] = slots[i].said_of(slots[i - 1], units - _UNIT_TERMS)
    sentences = article_sentences(evidence, doc_id)
    # "... reported 300 percent over capacity. What is its capacity and ...?": a number the
    # question states itself answers none of its parts.
    given = question_numbers(evidence.frame.question) | _told_before(evidence)
    # "Dari 155 warga binaan ..., berapa yang narapidana dan berapa yang tahanan?": the
    # parts of a whole the question states are what it asks, not counts to pass over.
    asks_parts = _whole_asked_of(evidence.frame.question) is not None
    options = []
    # What kind of amount each part asks, and the unit it asks it per, read once.
    amounts = [asked_measure(slot.text) for slot in slots]
    rates = [_rates_asked(slot.text) for slot in slots]
    # The population each part counts, if it names one ("personel": staff).
    populations = [[pop for pop in _POPULATIONS if slot.counted & pop] for slot in slots]
    cued: set[tuple[int, int, int]] = set()  # (slot, sentence, count) its capacity words fit
    for sentence in sentences:
        heading = _heading(evidence, sentence) | _referred_count(evidence, sentence)
        for quantity, start, end, words, scope in quantity_contexts(sentence):
            if number_value(quantity.number) in given:
                continue
            if _of_another_occasion(evidence, sentence.text, quantity):
                continue
            words = words | heading
            unit_words = frozenset(indonesian.analyze(
                quantity.unit or _unit_among(sentence.text, quantity, sentence.sentence.quantities)
                or _unit_of_whole(sentence.text, quantity, sentence.sentence.quantities)))
            scoped = _scope_score(evidence, sentence, scope)
            part = not asks_parts and _is_part(evidence, sentence, quantity)
            measure = _is_measure(sentence.text, quantity)
            share = _measure_kind(sentence.text, quantity) == "share"
            age = _bracketed_age(sentence.text, quantity)
            # The population the count's own unit names, or the one named nearest before it.
            named = (([pop for pop in _POPULATIONS if unit_words & pop] or _population_said_before(sentence.text, quantity))
                     if any(populations) else None)
            for i, slot in enumerate(slots):
                amount = amounts[i]
                if share and amount != "share":
                    continue  # "kapasitasnya berapa?" is a head count, not "over kapasitas 307 persen"
                if amount in _AMOUNT_KINDS and _measure_kind(sentence.text, quantity) != amount:
                    continue  # "dijual berapa sekilo?" is a price, not "satu musim panen"
                if age and amount != "age":
                    continue  # "Mukhlisin (19)" counts no one
                if (measure and amount not in _AMOUNT_KINDS and slot.counted and not _ASKS_MEASURE.search(slot.text) and not slot.counted & _MEASURE_TERMS
                        and not _TIME_UNIT_ASKED.search(slot.text) and not _ASKS_DURATION.search(slot.text)
                        and not slot.counted & unit_words):
                    # "how many inmates" is not answered by "4 bulan"; "berapa hari", "how many
                    # hours" are, and "how many tomatoes" by "200 kilogram tomat", a measure of them.
                    continue
                if slot.counted & _MEASURE_TERMS and not slot.counted & unit_words and amount not in _AMOUNT_KINDS:
                    continue  # "berapa hari" is answered by days, not "lima macam pelatihan"
                if populations[i] and named and populations[i][0] not in named:
                    # "how many TNI personnel" is not "118 narapidana", nor "Dari total 118
                    # napi, sebanyak 100 orang".
                    continue
                if slot.counted & _PEOPLE_TERMS and _head_word(quantity.unit) & (_THINGS | _UNIT_TERMS):
                    # "how many people" is not answered by "tiga kamar hunian", "tujuh lapas";
                    # "149 penghuni rutan" counts residents, whose unit follows them.
                    continue
                local = slot.coverage(words | unit_words) + slot.coverage(unit_words) + scoped
                if _unasked_qualifier(evidence, unit_words):
                    local -= QUALIFIER_PENALTY  # "lima di antaranya narapidana perempuan"
                local += _phase_bonus(slot.text, sentence.text[: quantity.start])
                fit = _capacity_fit(slot.text, evidence.frame.question, sentence.text[: quantity.start],
                                    sentence.text[quantity.end :])
                local += fit
                if fit > 0:
                    cued.add((i, sentence.sentence.start, quantity.start))
                # "How many kids joined the camp?" — "diikuti oleh 55 peserta": participants
                # are whoever the question counts.
                # "dihuni berapa orang?" — "1.075 warga binaan": "orang" counts people of any kind.
                local += UNIT_BONUS if slot.counted & (words | unit_words) or (
                    slot.counted & _PEOPLE_TERMS and unit_words & _PARTICIPANTS) or (
                    slot.counted & _PERSONS and unit_words & _PEOPLE_TERMS) else 0.0
                if entities:
                    local += _entity_bonus(entities[i], entities, sentence.text, quantity.start)
                if part or _in_a_room(sentence.text, quantity, slot.text):
                    local -= PART_PENALTY
                if _counts_a_norm(sentence.text[: quantity.start], slot.text):
                    local -= NORM_PENALTY  # "satu petugas untuk 20 warga binaan" counts no one
                if _approximate(sentence.text, quantity):
                    local -= APPROXIMATE_PENALTY
                if rates[i] & _rates_around(sentence.text, quantity):
                    local += RATE_BONUS  # "berapa sekilo?": "Rp6.900 per kilogram"
                if _ASKS_WHOLE.search(slot.text) and _written_as_whole(sentence.text, quantity):
                    # "..., and out of how many inmates in total?": "dari total 296 orang
                    # penghuni lapas", the whole the report writes as such.
                    local += WHOLE_BONUS
                options.append((local + 0.3 * sentence.score, i, quantity, sentence, start, end))
    options = _options_without_other_units(options, slots)
    # A part asking for the occupancy or the capacity, when some count's own words give it
    # ("dihuni 391 narapidana"), is not answered by a count that says neither ("24 tahanan"
    # sent away), however many of its words that count's sentence shares.
    asked_cue = {i for i, _, _ in cued}
    options = [(o[0] - UNCUED_PENALTY, *o[1:])
               if o[1] in asked_cue and (o[1], o[3].sentence.start, o[2].start) not in cued else o
               for o in options]
    chosen = _assign(options, len(slots), attached)
    return sum(1 for i, (quantity, sentence, _, _) in chosen.items()
               if (i, sentence.sentence.start, quantity.start) in cued), chosen


def _options_without_other_units(options: list[tuple], slots: list[_Slot]) -> list[tuple]:
    """``options`` with ``OTHER_UNIT_PENALTY`` taken, within each asked quantity that some
    count's own unit names ("995 orang warga binaan" for "how many inmates"), from the
    counts whose own unit is another noun ("empat TPS")."""
    units = [frozenset(indonesian.analyze(o[2].unit)) - _GENERIC_UNITS for o in options]
    named = {o[1] for o, unit in zip(options, units) if slots[o[1]].counted & unit}
    return [
        (o[0] - OTHER_UNIT_PENALTY, *o[1:])
        if o[1] in named and unit and not (slots[o[1]].counted | _MEASURE_UNITS) & unit
        and not (slots[o[1]].counted & _PEOPLE_TERMS and unit & _PARTICIPANTS)  # participants are those people
        else o
        for o, unit in zip(options, units)
    ]


def _assign(options: list[tuple], n_slots: int, attached: AbstractSet[int] = frozenset()
            ) -> dict[int, tuple]:
    """The best number for each asked quantity, jointly: the assignment with the highest
    total score in which a value answers once ("188 orang" and "188 napi" restate one
    count). Each quantity considers its five best numbers; a number must match its
    quantity's words at all. A quantity ``attached`` to the one before ("84 pegawai, and
    for how many TPS?") gains ``NEXT_COUNT_BONUS`` when its number is the count right after
    that one's: "Rutan Salemba mendapat 84 pegawai KPPS untuk 12 TPS" says both of one unit."""
    ranked: list[list[tuple]] = []
    for i in range(n_slots):
        # (An attached quantity's number may share none of its words: "325 WBP ... dari total
        # 1.145 WBP yang dihuni" for "..., out of how many held?"; being the next count
        # must then place it.)
        mine = [o for o in options if o[1] == i and (o[0] > 0.3 * o[3].score or i in attached)]
        # An attached quantity looks deeper: its number may rank low until placed.
        depth = ATTACHED_DEPTH if i in attached else 5
        ranked.append(sorted(mine, key=lambda o: -o[0])[:depth] + [None])
    best: tuple[float, tuple] = (-1.0, ())
    for combination in product(*ranked):
        values = [o[2].number for o in combination if o is not None]
        if len(values) != len(set(values)):
            continue
        if any(combination[i] is not None and combination[i][0] <= 0.3 * combination[i][3].score
               and not _next_count(combination[i - 1], combination[i]) for i in attached):
            continue
        total = sum(o[0] for o in combination if o is not None)
        total += NEXT_COUNT_BONUS * sum(
            1 for i in attached if _next_count(combination[i - 1], combination[i])
        )
        if total > best[0]:
            best = (total, combination)
    return {i: (o[2], o[3], o[4], o[5]) for i, o in enumerate(best[1]) if o is not None}


#: What a count loses whose own unit narrows it in a way no part asked ("narapidana
#: perempuan" when convicts are asked), as in the one-quantity reading.
QUALIFIER_PENALTY = 0.2
#: What an attached quantity's number gains when it is the count right after the number
#: chosen for the quantity before it.
NEXT_COUNT_BONUS = 0.5
#: How many of its best numbers an attached quantity weighs (others weigh five).
ATTACHED_DEPTH = 12


def _next_count(before: tuple | None, after: tuple | None) -> bool:
    """Whether option ``after``'s number is the count right after option ``before``'s in
    the same sentence (options are ``(score, slot, quantity, sentence, start, end)``)."""
    if before is None or after is None or before[3] is not after[3]:
        return False
    quantities = after[3].sentence.quantities
    return before[2] in quantities and quantities.index(before[2]) + 1 == quantities.index(after[2])


def _report_counts(evidence: Evidence, counted: Concept | None, given: set[float],
                   keep: Callable[[ScoredSentence], bool] = lambda _: True) -> list[tuple[ScoredSentence, tuple]]:
    """The counts of the answering report's sentences that ``keep`` lets through, scored as
    the best sentences' are, but those the question states: the count asked may stand in a
    sentence the question's other words miss (a list line, the report's own sum, the year's
    tally)."""
    return [(sentence, candidate) for sentence in article_sentences(evidence, evidence.answer_docs()[0])
            if keep(sentence)
            for candidate in _number_candidates(evidence, sentence, counted)
            if number_value(candidate[1].number) not in given]


def article_sentences(evidence: Evidence, doc_id: str) -> list[ScoredSentence]:
    """Every sentence of the article, scored ones with their score, the rest with none:
    two counts of one report are often paragraphs apart."""
    scored = [s for s in evidence.sentences if s.doc_id == doc_id]
    seen = {s.start for s in scored}
    chunk = evidence.best_chunk_per_doc()[doc_id][0].chunk
    for sentence in evidence.index.sentences.of_article(doc_id):
        if sentence.start not in seen:
            holder = next((c for c in evidence.index.chunks_of(doc_id)
                           if c.start <= sentence.start < c.end), chunk)
            scored.append(ScoredSentence(sentence, holder, 0.0, 0.0))
    return scored


#: A question asking for a match's score: "skor finalnya brp?", "what was the final score?".
_ASKS_SCORE = re.compile(r"\bskor\w*\b|\bscore(?:line)?\b|\bberapa-berapa\b", re.IGNORECASE)
#: A score as a sports report writes it after the result's word: "kalah 0-5", "dengan skor
#: tipis 3-2", "menggulung Bapas Pekanbaru dengan skor telak 5-0".
_SCORE_STATED = re.compile(
    rf"\b(?:{_MATCH_RESULT})\b[^.;]{{0,40}}?(?P<score>(?<![\d/.,])\d{{1,2}}\s?[-–]\s?\d{{1,2}}(?![\d/.,]))",
    re.IGNORECASE,
)
#: "Ke-80", "ke 79": the number after it is an ordinal.
_ORDINAL_BEFORE = re.compile(r"\bke-\s*$", re.IGNORECASE)
#: The words before a number that make it a regulation's or an article's number.
_NAMES_A_RULE = re.compile(
    r"\b(?:PP|UU|Perpres|Permen\w*|Kepmen\w*|Perda|Pasal|Nomor|No\.?|Nomer|Ayat|Article|Law|Regulation)\s*$"
    # "merujuk SE 818", "SK 2133": a circular or a decree named by its number.
    r"|\b(?-i:SE|SK|Inpres|Perkap|Perkaban|Permenkumham)\s*$",
    re.IGNORECASE,
)
#: The military and territorial commands numbered by a code: "Babinsa Kodim 1417 Kendari",
#: "Yonif 733": the number names the command.
_NAMES_A_COMMAND = re.compile(
    r"\b(?:Kodim|Korem|Kodam|Koramil|Yonif|Batalyon|Brigif|Lanud|Lanal|Lantamal|Denpom|Rindam)\s*$",
    re.IGNORECASE,
)


#: What stands between two items of a breakdown: a comma or a list or contrast word, and
#: no word that makes the second a part or a total of the first ("sehingga totalnya").
#: A clause break that opens a contrasting count: ", sementara penerima remisi umum ...".
_CONTRAST_BREAK = re.compile(r"[,;]\s*(?:sementara(?:\s+itu)?|sedangkan|whereas|while)\b", re.IGNORECASE)
_SIBLING_GAP = re.compile(r"[\s,;]*(?:(?:sementara|sedangkan|serta|dan|while|whereas|and)\s+)?", re.IGNORECASE)
#: Words before a count that make it the whole the next counts are parts of: "Dari total
#: 305 warga binaan di Rutan Ponorogo, 188 orang diusulkan": the 188 shares its words.
_WHOLE_BEFORE = re.compile(r"\b(?:dari|of|out of|from)(?:\s+(?:total|jumlah|sebanyak|the|all))?\s*$", re.IGNORECASE)
#: A clause whose head noun is left out, standing for the previous count's noun: ", tetapi
#: yang diusulkan", ", dan yang sudah bebas".
_ELIDED_HEAD = re.compile(r"\W*(?:(?:tetapi|namun|sedangkan|sementara|dan|serta)\s+)?yang\b",
                          re.IGNORECASE)


def quantity_contexts(
    sentence: ScoredSentence,
) -> list[tuple[Quantity, int, int, frozenset[str], Scope]]:
    """Each count of a sentence with where its clause starts and ends (after the words
    saying what it counts), the words that say what
    it counts: its own stretch of text since the previous count and the words after it
    ("995 orang warga binaan yang memberikan suara"), not its unit; and that stretch as
    text (its scope: "Di Rutan Pondok Bambu, 14 pegawai").

    A number's stretch runs from the previous number (or clause start): in "jumlah tahanan
    sebanyak 556 orang dan narapidana berjumlah 1.993 orang" it is "orang dan narapidana
    berjumlah" for 1.993. Analysed without abbreviation expansion, so "Rutan" does not pass
    for "tahanan". In a list ("dewasa sebanyak 2.371 laki laki, 141 perempuan") a number
    with no words of its own shares the words that introduced the list.
    """
    text = sentence.text
    found = []
    previous_end = previous_tail_end = 0
    previous_context = ""
    # "Kategori PP 99", "Pasal 14": the number names a regulation, "Kodim 1417" a
    # command; "HUT RI Ke-80": an
    # ordinal names the occasion; "Covid-19" names a disease. None counts anything.
    quantities = tuple(q for q in sentence.sentence.quantities
                       if not _NAMES_A_RULE.search(text[max(0, q.start - 12) : q.start])
                       and not _NAMES_A_COMMAND.search(text[max(0, q.start - 12) : q.start])
                       and not _ORDINAL_BEFORE.search(text[max(0, q.start - 4) : q.start])
                       # "Covid-19": a number glued to a word names it.
                       and not re.search(r"[A-Za-z]-$", text[max(0, q.start - 2) : q.start])
                       # "menerapkan 3+1 sebagai tiga kunci": a number added to another in a
                       # programme's name is no count.
                       and not _PLUS_JOINED.match(text, q.start + len(q.number))
                       and not _PLUS_BEFORE.search(text[max(0, q.start - 3) : q.start]))
    if any(not _definite(text, q) for q in quantities):
        # "jaksa menuntut keempat terdakwa ... dengan hukuman 2 tahun": beside a count
        # written as a number, "keempat terdakwa" names the set and takes no words from it.
        quantities = tuple(q for q in quantities if not _definite(text, q))
    for position, quantity in enumerate(quantities):
        own = text[previous_end : quantity.start]
        # A previous clause longer than its tail ("Tiga puluh orang di antaranya masuk ke
        # Lapas Kelas IIA Karanganyar yang ..., sepuluh orang dikirim ke Lapas Besi"): its
        # words up to the clause break are its own too.
        previous_clause_end = _clause_end(text, previous_end, quantity.start) if position else 0
        if previous_clause_end and _SIBLING_GAP.fullmatch(text[previous_clause_end : quantity.start]):
            previous_tail_end = max(previous_tail_end, previous_clause_end)
        if (previous_tail_end and _SIBLING_GAP.fullmatch(text[previous_tail_end : quantity.start])
                and not _WHOLE_BEFORE.search(text[: quantities[position - 1].start])):
            # Items of a breakdown side by side ("24 orang terjerat UU Narkotika, dua orang
            # kasus perlindungan anak", "31 orang keluar lewat asimilasi rumah, sementara
            # satu orang lainnya bebas melalui PB"): the words after the previous count are
            # its own, not the next one's.
            own = text[previous_tail_end : quantity.start]
        contrast = _CONTRAST_BREAK.search(text, previous_end, quantity.start) if position else None
        if contrast is not None:
            # "ada 378 warga binaan yang mendapat remisi dasawarsa, sementara penerima remisi
            # umum berjumlah 302": what the previous count's clause said is its own; the
            # clause the contrast opens names this count's, at the place the sentence opened
            # with: its names ("Kepala Lapas Kelas II A Kalianda, Gunawan Sutrisnadi"), not
            # what it said of the first count ("pada 2021", "mengambil sampel urine").
            setting = " ".join(re.findall(r"\b[A-Z][\w-]*", text[: quantities[0].start]))
            own = f"{setting} {text[contrast.start() : quantity.start]}"
        content = _content_words(own)
        if _SUBSET.search(own):
            lead = own  # "166 orang dengan 111 orang memilih": a part, with words of its own
        elif not content:
            lead = previous_context
        elif _ELIDED_HEAD.match(own):
            # "berjumlah 80 orang, tetapi yang diusulkan ... hanya 64 orang": "yang" stands for
            # what the count before counted, so the words that named it are this count's too.
            lead = f"{previous_context} {own}"
        elif all(w.lower() in _CHANGE_WORDS for w in content):
            # "DPT ... semula 773 orang berkurang menjadi 653 orang": the new figure counts
            # what the old one did.
            lead = f"{previous_context} {own}"
        else:
            lead = own
        previous_context = lead
        tail = _tail(text, quantities, position)
        words = frozenset(_affirmed(indonesian.analyze(f"{lead} {tail}")))
        start = max(previous_end, clause_start(text, quantity.start))
        end = quantity.end + len(tail.rstrip())
        # What the previous count's own words took ("995 warga binaan Lapas Madiun ...
        # melalui empat TPS": the UPT is the 995's) is not this count's scope.
        scope_start = max(previous_end, previous_tail_end)
        found.append((quantity, start, end, words,
                      Scope(text[scope_start : quantity.end], text[max(start, scope_start) : end])))
        previous_end = quantity.end
        previous_tail_end = end
    return found


def _clause_end(text: str, start: int, stop: int) -> int:
    """Where the clause running from ``start`` breaks (a comma, a semicolon) before
    ``stop``, or 0 when it runs on to ``stop``."""
    found = re.compile(r"[,;]").search(text, start, stop)
    return found.start() if found else 0


def _affirmed(tokens: list[str]) -> list[str]:
    """Tokens without those a "non-" negates: "hp non-android 7 unit" counts phones that
    are not Android ones, so "android" does not describe the 7."""
    return [t for i, t in enumerate(tokens) if t != "non" and (i == 0 or tokens[i - 1] != "non")]


class Scope(NamedTuple):
    """The words that may place a count: those before it since the previous count
    (``wide``), and its own clause with the words after it ("Tiga puluh orang masuk ke
    Lapas Karanganyar", ``clause``)."""

    wide: str
    clause: str


def _content_words(text: str) -> list[str]:
    """The words of a stretch between two counts that could say what the second counts
    ("Kapasitas" in "... 375 orang Kapasitas 44 orang"; none in ", " or " dan ")."""
    return [w for w in re.findall(r"[^\W\d_]+", text)
            if w.lower() not in _LIST_JOINERS and w.lower() not in indonesian.STOPWORDS_ID]


#: Words between two counts that make the second a part of the first, not a list item.
_SUBSET = re.compile(r"\b(?:dengan|with|termasuk|including|di antaranya|diantaranya|of whom)\b",
                     re.IGNORECASE)
#: Words between two counts that say the second is the first changed.
_CHANGE_WORDS = frozenset(
    ["berkurang", "bertambah", "naik", "turun", "menjadi", "jadi", "meningkat", "menurun", "hingga", "sampai", "dari", "to", "from", "rose", "fell", "increased", "decreased", "dropped"]
)
#: Words that join the items of a list of counts.
_LIST_JOINERS = frozenset({"dan", "serta", "sedangkan", "sementara", "and", "while"})


#: A number as a range writes it: figures, or words ("enam sampai tujuh orang").
_RANGE_NUMBER = r"(?:\d[\d.,]*|(?i:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b)"
_RANGE_AFTER = re.compile(
    r"\s*(?:ribu|juta|miliar|rb)?\s*(?:sampai|hingga|s\.d\.?|-|–|to)\s*(?:Rp\.?\s?)?" + _RANGE_NUMBER
    + r"(?:\s*(?:ribu|juta|miliar|persen|%))?"
)


#: The first end of a range, just before its second: "Rp100.000 hingga Rp".
_RANGE_BEFORE = re.compile(
    r"(?:Rp\.?\s?)?" + _RANGE_NUMBER + r"\s*(?:ribu|juta|miliar|rb)?\s*(?:sampai|hingga|s\.d\.?|-|–|to)\s*(?:Rp\.?\s?)?$"
)


#: The first side of a size written as sides: "berukuran 6 x | 6 m2".
_SIDE_BEFORE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*[x×]\s*$")


def _dimensions(text: str, quantity: Quantity) -> str | None:
    """A size written by its sides, whole: "gedung berukuran 6 x 6 m2" is "6 x 6 m2", not
    the "6 m2" its last side and unit make alone."""
    side = _SIDE_BEFORE.search(text, max(0, quantity.start - 12), quantity.start)
    if side is None or not quantity.unit:
        return None
    return f"{side.group(1)} x {text[quantity.start : quantity.end]}"


def _range(text: str, quantity: Quantity) -> str | None:
    """A range as written, with its currency: "Rp10 ribu sampai Rp150 ribu", from either
    of its ends."""
    start, number_end = quantity.start, quantity.start + len(quantity.number)
    before = _RANGE_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:  # the range's second end: it starts at the first
        start = before.start()
        number_end = _AMOUNT.match(text, start).end()
    after = _RANGE_AFTER.match(text, number_end)
    if after is None:
        return None
    currency = _CURRENCY_BEFORE.search(text, max(0, start - 4), start)
    if currency is not None:
        start = currency.start()
    return text[start : after.end()].strip()


#: An amount as written, with its currency: "Rp100.000", "enam".
_AMOUNT = re.compile(r"(?:Rp\.?\s?)?" + _RANGE_NUMBER)


def figure(quantity: Quantity, language: str) -> str:
    figure = f"{quantity.number} {quantity.unit}".strip()
    if quantity.number.lower() in NUMBER_WORDS:
        figure += f" ({NUMBER_WORDS[quantity.number.lower()]})"
    elif language == "en" and ("." in quantity.number or "," in quantity.number):
        figure += f" ({english_number(quantity.number)})"
    return figure


def _clause(text: str, start: int, end: int) -> str:
    clause = text[start:end].strip(" ,;")
    if len(clause.split()) < 4 and start > 2:  # too little to show what is counted
        start = clause_start(text, start - 2)
        clause = text[start:end].strip(" ,;")
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text.rstrip(". ")) else ""
    return prefix + clause + suffix
