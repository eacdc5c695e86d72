"""Sentence analysis: every sentence of every article analysed once, when the index is built.

As in spaCy's ``Doc``: sentence boundaries, analysed tokens and typed spans (people with
the post the sentence gives them, dates, numbers with what they count, venues) are
computed here at build time and stored with the generation (``sentences.json``). At
question time the evidence scorer (``rag.answer.evidence``) reads them; nothing re-splits
or re-analyses a passage per question.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import lru_cache

import orjson

from rag.chunking import split_sentences
from rag.dates import find_event_dates
from rag.events import article_event_kinds, sentence_event_kinds
from rag.glossary import analyze_document
from rag.indonesian import STOPWORDS_ID
from rag.people import PersonMention, find_people
from rag.records import Article, Chunk, EventDate
from rag.regions import article_provinces
from rag.spans import NUMBER, is_date_part, venues

#: Bump when what is stored per sentence changes, so a rebuild re-analyses every article.
ANALYSIS_VERSION = 87

#: The words after a count: lowercase nouns, or an acronym ("56 TPS", "150 ASN", "3 WBP").
#: Words that classify a count ("129 unit telepon", "3 pucuk senjata") before the noun that
#: heads its unit.
CLASSIFIERS = ("unit", "buah", "ekor", "biji", "lembar", "batang", "pucuk", "butir", "bungkus", "paket")
#: A classifier does not use up the two words of the noun after it: "129 unit telepon
#: seluler" counts mobile phones, not "telepon".
_UNIT = re.compile(rf"\s*((?:{'|'.join(CLASSIFIERS)})\s+[a-z]+(?:[ -][a-z]+){{0,2}}"
                   r"|(?:[a-z]+|[A-Z]{2,5}b?)(?:[ -][a-z]+)?)")
#: A capitalised word after a number, read as its unit when it makes the number a measure
#: ("Kelebihan Kapasitas 300 Persen", "Sabu 10,49 Gram"), which no count question takes, or
#: a head count's own noun in running text (``_TITLED_HEADS``).
_TITLED_UNIT = re.compile(r"\s*([A-Z][a-z]+)\b")
#: The units of the corrections service spelt out in title case after a count.
_UPT_SPELT = re.compile(r"\s*(Unit Pelaksana Teknis|Lembaga Pemasyarakatan|Rumah Tahanan(?: Negara)?)\b")
_TITLED_UNITS = frozenset({"persen", "gram", "kilogram", "ton", "kg", "kilo", "ons", "liter", "hektare", "meter"})
#: A head count's noun capitalised in running text ("dihuni 80 Anak yang berasal dari ...")
#: is still what it counts; in a title-case headline ("Kamar Dihuni 40 Orang") it stays
#: unread, as every word there is capitalised.
_TITLED_HEADS = frozenset({"orang", "anak", "napi", "narapidana", "tahanan", "pegawai", "petugas"})
_NOT_UNITS = frozenset({"dan", "dengan", "yang", "untuk", "di", "ke", "dari", "pada", "serta"})


@dataclass(frozen=True)
class Quantity:
    """A count in a sentence: ``556 orang`` is number ``556`` with unit ``orang``.

    ``end`` is just after the unit (or the number when it has none); offsets in the sentence.
    """

    start: int
    end: int
    number: str
    unit: str


@dataclass(frozen=True)
class Sentence:
    """One analysed sentence of an article.

    Attributes:
        doc_id: the article.
        start / end: character offsets in ``Article.text``.
        text: the sentence.
        terms: analysed tokens with abbreviation expansions (``glossary.analyze_document``).
        people / dates / quantities: typed spans, offsets relative to ``text``.
        venues: ``(start, end)`` of places such as "di Aula Lapas Pati" (the venue itself).
        events: the kinds of event the sentence reports (``rag.events``).
    """

    doc_id: str
    start: int
    end: int
    text: str
    terms: frozenset[str]
    people: tuple[PersonMention, ...] = ()
    dates: tuple[EventDate, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    venues: tuple[tuple[int, int], ...] = ()
    events: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ArticleAnalysis:
    """An article's analysed sentences, its headline's tokens, the tokens that say which
    article it is, the kinds of event it reports and the provinces it is about (main one
    first in both)."""

    doc_id: str
    sentences: tuple[Sentence, ...]
    title_terms: frozenset[str]
    identity: frozenset[str]
    events: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()

    @property
    def mentioned_events(self) -> frozenset[str]:
        """Every kind the article reports or any of its sentences mentions."""
        return frozenset(self.events).union(*(s.events for s in self.sentences))


# ---------------------------------------------------------------- analysing


def analyze_article(article: Article) -> ArticleAnalysis:
    """Split ``article`` into sentences and analyse each one.

    Person names are cut at the article's own place words (its UPT names and dateline), so
    the analysis of an article never depends on the rest of the corpus and can be reused
    by an incremental rebuild while the article is unchanged.
    """
    places = _article_places(article)
    year = article.main_event_date.year if article.main_event_date else None
    sentences = _with_short_names(tuple(
        analyze_sentence(article.doc_id, article.text, start, end, article.published, year, places)
        for start, end in split_sentences(article.text)
    ))
    title_terms = frozenset(analyze_document(article.heading))
    events = article_event_kinds(article.title, article.text)
    provinces = article_provinces(article.title, article.text, article.place, article.upts)
    return ArticleAnalysis(
        article.doc_id, sentences, title_terms, _identity(article, sentences), events, provinces
    )


#: A person named again by one word of the name, as the one who speaks or acts: "Henrik
#: mengatakan ...", "kata Henrik", "menurut Pagiling".
_SHORT_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
_SHORT_NAME_BEFORE = re.compile(r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|terang|tegas|menurut|said|says|according to)\s+$",
                                re.IGNORECASE)
#: Where a clause's subject stands: the sentence's start, after a comma or a linking word.
_CLAUSE_OPENING = re.compile(r"(?:^\W*|[,;]\s*|\b(?:namun|tetapi|sementara itu|selain itu|lalu|kemudian|adapun|sedangkan|"
                             r"sementara)\s+)$",
                             re.IGNORECASE)
_SHORT_NAME_AFTER = re.compile(r"\s+(?:juga\s+|pun\s+|lalu\s+|kemudian\s+)?(?:me|mem|men|meng|meny|ber|ter|di)[a-z]{3,}\b")


def _with_short_names(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """Each sentence with the people it names by one word of a name the article gave in
    full ("Henrik mengatakan pihaknya sudah menyusun usulan ..." after "Kepala Divisi
    Administrasi ..., Henrik Pagiling"): the full name and the post it was given with. A
    word two people of the article share names neither."""
    known: dict[str, list[PersonMention]] = {}
    for sentence in sentences:
        for person in sentence.people:
            words = person.name.split()
            # A one-word name is known when the text made it a person (an age, "warga
            # binaan", a post): "serta Zainudin (29), warga ..." then "Adapun Zainudin dipenjara".
            if len(words) < 2 and not (len(person.name) >= 5 and person.name.isalpha()):
                continue
            for word in {words[0], words[-1]}:
                if len(word) >= 4 and word[0].isupper():
                    same = known.setdefault(word, [])
                    if all(p.name != person.name for p in same):
                        same.append(person)
    if not known:
        return sentences
    out = []
    for sentence in sentences:
        extra = []
        taken = [(p.start, p.end) for p in sentence.people]
        for match in _SHORT_NAME.finditer(sentence.text):
            people = known.get(match.group())
            if not people or len(people) != 1 or any(a <= match.start() < b for a, b in taken):
                continue
            before, after = sentence.text[: match.start()], sentence.text[match.end() :]
            subject = _CLAUSE_OPENING.search(before) and _SHORT_NAME_AFTER.match(after)
            if not (_SHORT_NAME_BEFORE.search(before) or subject):
                continue  # "disampaikan Agung melalui ...": only a subject or a speaker
            full = people[0]
            # The post is known but not written here: its kind and unit hold, its words do
            # not count as this sentence's.
            extra.append(PersonMention(match.start(), match.end(), full.name, full.full, "", full.post_kind,
                                       full.upt_kind, full.org, -1, -1, full.rank, ()))
        if extra:
            sentence = replace(sentence, people=tuple(sorted((*sentence.people, *extra), key=lambda p: p.start)))
        out.append(sentence)
    return tuple(out)


def analyze_sentence(
    doc_id: str,
    text: str,
    start: int,
    end: int,
    published: date | None,
    year: int | None,
    places: frozenset[str],
) -> Sentence:
    """One sentence ``text[start:end]`` with its tokens and typed spans."""
    sentence = text[start:end]
    terms, people, quantities, venues, events = _undated_spans(sentence, places)
    return Sentence(
        doc_id=doc_id,
        start=start,
        end=end,
        text=sentence,
        terms=terms,
        people=people,
        dates=tuple(find_event_dates(sentence, published, year)),
        quantities=quantities,
        venues=venues,
        events=events,
    )


#: Memoised sentences: ~5 KB each (measured with tracemalloc on synthetic articles), so
#: the memo stays under ~180 MB in a server that rebuilds in process.
SENTENCE_MEMO = 1 << 15


@lru_cache(maxsize=SENTENCE_MEMO)
def _undated_spans(sentence: str, places: frozenset[str]) -> tuple:
    """Everything about a sentence that depends only on its text and its article's place
    words: tokens, people, quantities, venues, event kinds (dates also need the article's
    publication date and year, so they are found per article).

    Memoised because news repeats itself: boilerplate sentences recur across a regional
    office's reports, and a synthetic corpus recombines the same sentences (at 1M passages
    the analysis would otherwise take hours; bench/RESULTS.md). The inputs are immutable and
    the result is a tuple of frozen values, so sharing it is safe.
    """
    people = tuple(
        p for p in find_people(sentence, places) if not _NAMED_PLACE.search(sentence[: p.start])
    )
    return (
        frozenset(analyze_document(sentence)),
        people,
        tuple(find_quantities(sentence)),
        venues(sentence),
        sentence_event_kinds(sentence),
    )


#: A name after these words names a hospital, a street or a building, not a person.
_NAMED_PLACE = re.compile(
    r"\b(?:RS|RSU|RSUD|RSUP|Rumah Sakit|Jalan|Jl\.?|Gedung|Masjid|Universitas|Stadion|Bandara|Hotel|"
    r"Dusun|Dermaga|Pelabuhan|Terminal|Stasiun|Kampus|Wisma|Perumahan)\s*$"
)


def _unit_words(words: str) -> str:
    """The words after a number that name what it counts: up to two, stopping at a function
    word, a demonstrative, another number or a verb ("dua orang diusulkan" counts "orang",
    "1.400 orang itu" too; "warga binaan" and "laki laki" stay whole)."""
    kept: list[str] = []
    for word in re.split(r"[ -]", words):
        word_lower = word.lower()
        if kept and kept[-1].lower() == "roda" and word_lower in _NUMBER_WORDS:
            kept.append(word)  # "kendaraan roda dua": the wheels name the kind of vehicle
            continue
        if word_lower in _NOT_UNITS or word_lower in _NOT_UNIT_WORDS or (
            kept and word_lower in STOPWORDS_ID
        ) or (
            _VERB_FORM.match(word) and word not in _NOUNS_LIKE_VERBS
        ):
            break
        kept.append(word)
    return " ".join(kept)


#: Number words that name a vehicle's wheels after "roda" rather than count.
_NUMBER_WORDS = frozenset(["dua", "tiga", "empat", "enam", "delapan", "sepuluh"])
#: Words after a count that end its unit: demonstratives, adverbs, numbers, auxiliaries.
_NOT_UNIT_WORDS = frozenset(
    ["itu", "ini", "tersebut", "sudah", "telah", "akan", "masih", "masuk", "lagi", "saja", "pun", "juga", "hanya", "tiap", "setiap",
     # Root verbs of coming and going: "52 orang keluar melalui program pembebasan
     # bersyarat" counts people, who left; "keluar" is what they did.
     "keluar", "bebas", "kabur", "pulang", "lolos", "tewas", "hadir", "ikut", "tiba", "datang", "kembali", "lari",
     "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "atau", "adalah", "ialah"]
)
#: A passive or active verb ("dilantik", "diusulkan", "menerima", "mengikuti").
_VERB_FORM = re.compile(r"^(?:di|me|mem|men|meng|meny|ber|ter)[a-z]{4,}$")
_NOUNS_LIKE_VERBS = frozenset({
    "direktur", "dirjen", "diklat", "dinas", "divisi", "menteri", "meter", "berkas",
    "terdakwa", "tersangka", "terpidana", "bermotor", "bersenjata",
})


#: Words before a number that make it a label, not a count ("TPS 902", "Blok 3", "Pasal 5").
_LABEL_BEFORE = re.compile(
    r"\b(?:TPS|Blok|Kamar|Sel|Pasal|Ayat|Paket|Ruang|Pos|RT|RW|Kelas|Klas|Kls|Class|Lantai|Gate|Block|"
    # "di Aula kunjungan 2", "Tahap 3": the number names a room or a round, counting nothing.
    r"Aula|Gedung|Tahap|Gelombang|Angkatan|Wisma|Paviliun|Menara|Loket|"
    # "kendaraan roda empat": the wheels of a kind of vehicle, not a count of vehicles.
    # "Ayat (2)": the number in brackets after its label.
    r"Roda)(\s+[a-z]+)?\s*\(?$",
    re.IGNORECASE,
)
#: "Salah satu", "one of": "satu" there counts nothing.
_ONE_OF = re.compile(r"\bsalah\s*$", re.IGNORECASE)
#: The rest of a range after its first number: "-6 ", " hingga 6 ", " sampai empat ".
_RANGE_TO = re.compile(r"\s*(?:-|–|hingga|sampai|s\.\s?d\.?)\s*(?:\d+(?:[.,]\d+)?|dua|tiga|empat|lima|enam|tujuh|"
                       r"delapan|sembilan|sepuluh)(?=\s)", re.IGNORECASE)
#: "satu pun", "seorang pun": after "one", the particle of "not a single one".
_NOT_ONE_AFTER = re.compile(r"\s*-?\s*pun\b", re.IGNORECASE)
#: A year of the Hijri calendar: "1445 H", "1446 Hijriah", "Idul Fitri 1445" (counts nothing).
_HIJRI_AFTER = re.compile(r"\s*(?:H\b|Hijr?iy?ah\b)", re.IGNORECASE)
_HIJRI_BEFORE = re.compile(
    r"\b(?:idul\s+fitri|idulfitri|idul\s+adha|iduladha|ramad[h]?an|muharram|syawal)\s*$",
    re.IGNORECASE,
)
#: Nouns after a four-digit number that make it a count, not a year.
_COUNTER_AFTER = re.compile(
    r"\s+(?:orang|jiwa|warga|napi|narapidana|tahanan|pegawai|petugas|peserta|unit|buah|kasus|"
    r"persen|people|inmates|prisoners)\b",
    re.IGNORECASE,
)


#: After a count of part of a set: what the part is, named after "merupakan/adalah".
_PART_OF = re.compile(
    r"\s+(?:di antaranya|diantaranya|dari jumlah (?:itu|tersebut)|of them|of which)\s+"
    r"(?:merupakan|adalah|ialah|berupa|were|are)\s",
    re.IGNORECASE,
)


def find_quantities(text: str) -> list[Quantity]:
    """Counts in ``text`` with their unit: not years, not parts of dates."""
    found = []
    for match in NUMBER.finditer(text):
        number = match.group(1) or match.group(3)
        label = _LABEL_BEFORE.search(text, 0, match.start())
        if label is not None and label.group(1) and _COUNTER_AFTER.match(text, match.end()):
            label = None  # "kelas iqra 17 orang": a class's head count, not a class named 17
        if label is not None or is_date_part(text, match) or (
            # ("Salah seorang warga binaan": one of them, as "salah satu".)
            _ONE_OF.search(text, 0, match.start()) and number.lower() in {"satu", "seorang", "sebuah"}
        ) or (
            # "tidak ada satu pun anak binaan yang ...": "not a single one" counts nothing.
            number.lower() in {"satu", "seorang", "sebuah"} and _NOT_ONE_AFTER.match(text, match.end())
        ) or (
            re.fullmatch(r"(19|20)\d\d", number) and not _COUNTER_AFTER.match(text, match.end())
        ) or (
            re.fullmatch(r"1[34]\d\d", number)
            and (_HIJRI_AFTER.match(text, match.end()) or _HIJRI_BEFORE.search(text, 0, match.start()))
        ):
            continue  # "2023" is a year, unless it counts something ("2030 orang")
        # "sekitar 1.000-an orang": the "-an" of an approximate count stands before its unit.
        approximate = re.match(r"-an\b", text[match.end() : match.end() + 4])
        unit_match = _UNIT.match(text, match.end() + (3 if approximate else 0))
        unit = _unit_words(unit_match.group(1) if unit_match else "")
        end = unit_match.start(1) + len(unit) if unit_match and unit else match.end()
        ranged = _RANGE_TO.match(text, match.end())
        if ranged is not None:
            # "5-6 menit", "tiga hingga empat bulan": the first number of a range is of the
            # unit written after the last.
            after = _UNIT.match(text, ranged.end())
            unit, end = _unit_words(after.group(1) if after else ""), match.end()
        upt = None if unit else _UPT_SPELT.match(text, match.end())
        if upt is not None:
            # "di 33 Unit Pelaksana Teknis (UPT) se-Jawa Barat": units, in their title case.
            unit, end = upt.group(1), upt.end(1)
        titled = None if unit else _TITLED_UNIT.match(text, match.end())
        if titled is not None and (titled.group(1).lower() in _TITLED_UNITS or titled.group(1).lower() in _TITLED_HEADS
                                   and re.search(r"\b[a-z]+\s+$", text[: match.start()])):
            # A headline in title case: "Kelebihan Kapasitas 300 Persen".
            unit, end = titled.group(1), titled.end(1)
        if unit.lower() in {"m", "km", "cm"} and re.match(r"[²2]\b", text[end : end + 2]):
            unit, end = unit + text[end], end + 1  # "3.780 m2": a square unit, written whole
        part_of = _PART_OF.match(text, match.end())
        if not unit and part_of:
            # "Lima di antaranya merupakan TPS Khusus": five of them are special TPS.
            named = _UNIT.match(text, part_of.end() - 1)
            unit = _unit_words(named.group(1) if named else "")
            end = named.start(1) + len(unit) if named and unit else end
        found.append(Quantity(match.start(), end, number, unit))
    found.extend(_definite_counts(text, found))
    found.sort(key=lambda q: q.start)
    if all(q.number.lower() == "seorang" for q in found):
        return []  # "menyuntik seorang warga binaan": an inmate, not a count of one
    return found


#: "bila ketiga pilar itu ...", "kedua napi tersebut": "ke-" and a number word before a
#: noun is the whole of a set of that many ("the three pillars"); after a noun it is an
#: ordinal ("tahap ketiga"), so only after a word that opens a noun phrase.
_DEFINITE_COUNT = re.compile(
    r"(?<![\w-])ke(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(?!nya\b|kali|belas|puluh|ratus)([a-z]{3,})\b")
_OPENS_NOUN_PHRASE = frozenset(
    "bila jika kalau apabila bahwa dan serta atau untuk kepada oleh dari bagi dengan sedangkan "
    "maka agar supaya karena sebab namun tetapi yakni yaitu adalah ialah antara ke di pada".split())


def _definite_counts(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """Counts written "ke-" and a number word before their noun ("ketiga pilar
    pemasyarakatan"), where no count already stands."""
    taken = {q.start for q in found}
    counts = []
    for match in _DEFINITE_COUNT.finditer(text):
        before = re.findall(r"[\w-]+|[,.;:(]", text[max(0, match.start() - 40) : match.start()])
        previous = before[-1].lower() if before else ""
        if match.start() in taken or not (previous in _OPENS_NOUN_PHRASE or previous in {",", ".", ";", ":", "("}
                                          or _VERB_FORM.match(previous) or not before):
            continue
        unit = _unit_words(match.group(2) + text[match.end(2) : match.end(2) + 40].split(".")[0])
        if not unit:
            continue
        counts.append(Quantity(match.start(), match.start() + len(match.group(0).split()[0]) + 1 + len(unit),
                               match.group(1), unit))
    return counts


def _article_places(article: Article) -> frozenset[str]:
    words = {name.split()[-1].lower() for name in article.upts}
    if article.place:
        words.update(article.place.lower().split())
    return frozenset(words)


def _identity(article: Article, sentences: Sequence[Sentence]) -> frozenset[str]:
    """Tokens that say which article this is: headline, UPT names, dateline, opening."""
    opening = " ".join(s.text for s in sentences[:2])
    text = " ".join([article.title, article.place or "", *article.upts, opening])
    return frozenset(analyze_document(text))


# ---------------------------------------------------------------- storing


def analyses_to_json(analyses: Iterable[ArticleAnalysis]) -> dict:
    """Every article's analysis as one JSON-ready dict (a shared token vocabulary)."""
    vocabulary: dict[str, int] = {}

    def ids(terms: Iterable[str]) -> list[int]:
        return [vocabulary.setdefault(t, len(vocabulary)) for t in sorted(terms)]

    doc_ids, articles, provinces = [], [], []
    for analysis in analyses:
        doc_ids.append(analysis.doc_id)
        provinces.append(list(analysis.provinces))
        # One JSON string per article: loading parses only the list, and an article is
        # decoded when a question first reads it (cold start at 100k passages).
        articles.append(orjson.dumps({
            "title": ids(analysis.title_terms),
            "identity": ids(analysis.identity),
            "events": list(analysis.events),
            "provinces": list(analysis.provinces),
            "sentences": [_sentence_to_json(s, ids) for s in analysis.sentences],
        }).decode())
    return {
        "version": ANALYSIS_VERSION,
        "vocabulary": list(vocabulary),
        "doc_ids": doc_ids,
        "articles": articles,
        # Beside the rows too: a region filter reads every article's provinces, and
        # decoding every row for them took seconds at a million passages.
        "provinces": provinces,
    }


_PERSON_FIELDS = tuple(f.name for f in fields(PersonMention))


def _person(row: list) -> PersonMention:
    values = dict(zip(_PERSON_FIELDS, row, strict=True))
    return PersonMention(**{**values, "duties": tuple(values["duties"])})


def _sentence_to_json(sentence: Sentence, ids) -> list:
    return [
        sentence.start,
        sentence.end,
        ids(sentence.terms),
        [[getattr(p, f) for f in _PERSON_FIELDS] for p in sentence.people],
        [[d.day.isoformat(), d.text, d.start, d.weekday_checked] for d in sentence.dates],
        [[q.start, q.end, q.number, q.unit] for q in sentence.quantities],
        [list(v) for v in sentence.venues],
        sorted(sentence.events),
    ]


def analyses_from_json(
    data: dict, articles: dict[str, Article], rows: Sequence[str | bytes] | None = None
) -> StoredAnalyses:
    """Inverse of ``analyses_to_json``; sentence texts are cut from ``articles``.

    Args:
        data: what ``analyses_to_json`` made.
        articles: the analysed articles, by ``doc_id``.
        rows: each article's row in ``data["doc_ids"]`` order, when they are stored apart
            (``rag.blob``) instead of in ``data["articles"]``.

    Raises:
        ValueError: the data has the wrong shape or does not cover the same articles (an
            article's own rows are checked when it is first read).
    """
    try:
        vocabulary, doc_ids, provinces = data["vocabulary"], data["doc_ids"], data["provinces"]
        rows = data["articles"] if rows is None else rows
    except (KeyError, TypeError) as exc:
        raise ValueError(f"sentence analysis has the wrong shape ({exc!r})") from exc
    if not (isinstance(rows, Sequence) and len(rows) == len(doc_ids) == len(provinces)
            and set(doc_ids) == set(articles)):
        raise ValueError("sentence analysis does not cover the same articles")
    return StoredAnalyses(
        vocabulary, rows, {d: i for i, d in enumerate(doc_ids)}, articles,
        {d: tuple(p) for d, p in zip(doc_ids, provinces, strict=True)},
    )


class StoredAnalyses(Mapping[str, ArticleAnalysis]):
    """The stored analyses of a generation, each article decoded on first use and kept."""

    def __init__(self, vocabulary: list[str], rows: Sequence[str | bytes],
                 positions: dict[str, int], articles: dict[str, Article],
                 provinces: dict[str, tuple[str, ...]]):
        self._vocabulary = vocabulary
        self._rows = rows
        self._positions = positions
        self._articles = articles
        self._decoded: dict[str, ArticleAnalysis] = {}
        self.provinces = provinces

    def __getitem__(self, doc_id: str) -> ArticleAnalysis:
        analysis = self._decoded.get(doc_id)
        if analysis is None:
            # Racing requests may both decode; they make equal objects, so no lock.
            row = self._rows[self._positions[doc_id]]
            analysis = _article_from_json(self._articles[doc_id], row, self._vocabulary)
            self._decoded[doc_id] = analysis
        return analysis

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)


def _article_from_json(article: Article, row: str | bytes, vocabulary: list[str]) -> ArticleAnalysis:
    try:
        item = orjson.loads(row)
        sentences = tuple(_sentence_from_json(article, r, vocabulary) for r in item["sentences"])
        return ArticleAnalysis(
            article.doc_id,
            sentences,
            frozenset(vocabulary[i] for i in item["title"]),
            frozenset(vocabulary[i] for i in item["identity"]),
            tuple(item["events"]),
            tuple(item["provinces"]),
        )
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise ValueError(f"{article.doc_id}: sentence analysis unreadable ({exc!r})") from exc




def _sentence_from_json(article: Article, row: list, vocabulary: list[str]) -> Sentence:
    start, end, term_ids, people, dates, quantities, venues, events = row
    if not 0 <= start < end <= len(article.text):
        raise ValueError(f"{article.doc_id}: sentence span {start}:{end} out of range")
    text = article.text[start:end]
    return Sentence(
        doc_id=article.doc_id,
        start=start,
        end=end,
        text=text,
        terms=frozenset(vocabulary[i] for i in term_ids),
        people=tuple(_person(row) for row in people),
        dates=tuple(EventDate(date.fromisoformat(d), t, s, w) for d, t, s, w in dates),
        quantities=tuple(Quantity(s, e, n, u) for s, e, n, u in quantities),
        venues=tuple((s, e) for s, e in venues),
        events=frozenset(events),
    )


# ---------------------------------------------------------------- reading


_NO_ANALYSIS = ArticleAnalysis("", (), frozenset(), frozenset())


class SentenceIndex:
    """The stored analyses of one generation, looked up by article and passage."""

    def __init__(self, analyses: Mapping[str, ArticleAnalysis]) -> None:
        self.analyses = analyses
        self._starts: dict[str, list[int]] = {}
        self._mentioned: dict[str, frozenset[str]] = {}
        self._by_province: dict[str, set[str]] | None = None

    def _of(self, doc_id: str) -> ArticleAnalysis:
        return self.analyses.get(doc_id) or _NO_ANALYSIS

    def _starts_of(self, doc_id: str) -> list[int]:
        starts = self._starts.get(doc_id)
        if starts is None:
            starts = self._starts[doc_id] = [s.start for s in self.of_article(doc_id)]
        return starts

    def of_article(self, doc_id: str) -> tuple[Sentence, ...]:
        """An article's sentences in order."""
        return self._of(doc_id).sentences

    def title_terms(self, doc_id: str) -> frozenset[str]:
        """The analysed headline of an article."""
        return self._of(doc_id).title_terms

    def events(self, doc_id: str) -> tuple[str, ...]:
        """The kinds of event an article reports, main one first."""
        return self._of(doc_id).events

    def provinces(self, doc_id: str) -> tuple[str, ...]:
        """The provinces an article is about, most likely first."""
        if isinstance(self.analyses, StoredAnalyses):
            return self.analyses.provinces.get(doc_id, ())
        return self._of(doc_id).provinces

    def docs_in_provinces(self, provinces: Iterable[str]) -> set[str]:
        """The articles about any of ``provinces`` (every article's provinces are read once)."""
        if self._by_province is None:
            by_province: dict[str, set[str]] = {}
            for doc_id in self.analyses:
                for province in self.provinces(doc_id):
                    by_province.setdefault(province, set()).add(doc_id)
            self._by_province = by_province
        return set().union(*(self._by_province.get(p, set()) for p in provinces))

    def mentioned_events(self, doc_id: str) -> frozenset[str]:
        """Every kind of event an article reports or mentions."""
        mentioned = self._mentioned.get(doc_id)
        if mentioned is None:
            mentioned = self._mentioned[doc_id] = self._of(doc_id).mentioned_events
        return mentioned

    def identity(self, doc_id: str) -> frozenset[str]:
        """Tokens that say which article this is (headline, UPTs, dateline, opening)."""
        return self._of(doc_id).identity

    def in_chunk(self, chunk: Chunk) -> tuple[Sentence, ...]:
        """The sentences a passage holds (passages are whole sentences)."""
        sentences = self.of_article(chunk.doc_id)
        starts = self._starts_of(chunk.doc_id)
        first = bisect_left(starts, chunk.start)
        last = bisect_left(starts, chunk.end)
        return tuple(s for s in sentences[first:last] if s.end <= chunk.end)

    def at(self, doc_id: str, offset: int) -> Sentence | None:
        """The sentence of ``doc_id`` holding character ``offset``."""
        starts = self._starts_of(doc_id)
        i = bisect_left(starts, offset + 1) - 1
        sentences = self.of_article(doc_id)
        if 0 <= i < len(sentences) and sentences[i].start <= offset < sentences[i].end:
            return sentences[i]
        return None

    def preceding(self, sentence: Sentence) -> Sentence | None:
        """The sentence before ``sentence`` in its article, if any."""
        i = bisect_left(self._starts_of(sentence.doc_id), sentence.start)
        return self.of_article(sentence.doc_id)[i - 1] if i > 0 else None

    def following(self, sentence: Sentence) -> Sentence | None:
        """The sentence after ``sentence`` in its article, if any."""
        sentences = self.of_article(sentence.doc_id)
        i = bisect_left(self._starts_of(sentence.doc_id), sentence.start)
        return sentences[i + 1] if i + 1 < len(sentences) else None

