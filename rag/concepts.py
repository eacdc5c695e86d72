"""Concepts: what a question is about, as groups of interchangeable Indonesian terms.

"neutrality pledge" is two concepts, {netralitas, netral} and {ikrar, deklarasi, pakta,
integritas}: a passage answers the question when it holds each concept in *some* form.
The composer weighs passages by the share of concepts they hold (``rag.answer``), and a
concept no article mentions is how the assistant knows the articles cannot answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rag import glossary as g
from rag.indonesian import STOPWORDS_EN, STOPWORDS_ID, analyze, content_terms, tokenize

#: Words that say what kind of answer is wanted, not what it is about.
QUESTION_WORDS = frozenset(
    """
    siapa siapakah kapan kapankah berapa berapakah dimana di mana manakah apa apakah
    bagaimana mengapa kenapa saja sebutkan daftar tanggal hari bulan tahun waktu nama
    who whom whose when where which what how many much why list name date day number
    di ke dari pada dalam untuk oleh dengan yang dan atau juga
    artikel berita disebut disebutkan diberitakan menurut article articles news report
    reported mentioned mention according story
    """.split()
)

#: Stems too general to decide whether a passage answers ("laksana" = carry out).
_GENERIC = frozenset(
    "laksana selenggara gelar ikut kegiatan lakukan laku adakan ada jumlah banyak sebanyak "
    "orang lalu kata sampai".split()
)


@dataclass(frozen=True)
class Concept:
    """One thing the question names, in all the forms a passage may use.

    Attributes:
        terms: analysed tokens, any of which expresses the concept.
        salient: a name or number ("Cipinang", "2022"): if no article has it, the
            articles cannot answer, whatever else matches.
        generic: a light verb or counter word that says little on its own.
        unknown: an English word the glossary lacks; it may be the crux of the question
            ("escaped") or filler ("joined"), so it weighs a quarter of an absent term.
        label: the question's own word(s), for explanations.
    """

    terms: frozenset[str]
    salient: bool
    generic: bool
    label: str
    unknown: bool = False


def _concept(words: list[str], label: str, salient: bool) -> Concept | None:
    terms = frozenset(t for t in analyze(" ".join(words)) if t not in QUESTION_WORDS)
    if not terms:
        return None
    return Concept(terms, salient, terms <= _GENERIC, label)


def _salient(cased: str, position: int) -> bool:
    """Names and numbers: capitalised (not just sentence-initial) or with digits."""
    return any(c.isdigit() for c in cased) or (position > 0 and cased[:1].isupper())


def question_concepts(text: str, language: str) -> list[Concept]:
    """The concepts of a question, in question order, without question words.

    Args:
        text: the question (with any date phrase already removed by the caller).
        language: ``"en"`` maps English phrases through the glossary; ``"id"`` groups
            Indonesian terms with their abbreviations and synonyms.

    Returns:
        Concepts; an English content word the glossary does not know becomes a concept
        of its own literal form, which no Indonesian article contains: that is the signal
        that the question asks about something the articles do not cover.
    """
    cased = tokenize(text, keep_case=True)
    if language == "en":
        return _english_concepts(cased)
    return _indonesian_concepts(cased)


def _english_concepts(cased: list[str]) -> list[Concept]:
    glossary = g.load_glossary()
    lower = [t.lower() for t in cased]
    concepts: list[Concept] = []

    def known(phrase: tuple[str, ...]) -> bool:
        return g._english_entry(glossary, phrase) is not None

    for start, end, matched in g._longest_matches(lower, known, glossary.longest_en):
        label = " ".join(lower[start:end])
        if all(word in QUESTION_WORDS for word in lower[start:end]):
            continue
        if matched:
            words = list(g._english_entry(glossary, tuple(lower[start:end])) or ())
            concept = _concept(words + g.expand_terms(words), label, False)
        elif lower[start] in STOPWORDS_EN or lower[start] in QUESTION_WORDS:
            continue
        elif g._passes_through(glossary, cased[start], lower[start]):
            concept = _indonesian_group(content_terms(cased[start]), label, _salient(cased[start], start))
        else:
            concept = Concept(frozenset({f"en:{lower[start]}"}), False, False, label, unknown=True)
        if concept is not None:
            concepts.append(concept)
    return _merge_duplicates(concepts)


def _indonesian_concepts(cased: list[str]) -> list[Concept]:
    glossary = g.load_glossary()
    salient_words = {t.lower() for i, t in enumerate(cased) if _salient(t, i)}
    terms = [t for t in content_terms(" ".join(cased)) if t not in QUESTION_WORDS]
    concepts = []
    longest = max(map(len, glossary.expansions), default=1)
    for start, end, matched in g._longest_matches(terms, glossary.expansions.__contains__, longest):
        words = terms[start:end]
        extra = list(glossary.expansions.get(tuple(words), ())) if matched else []
        salient = any(w in salient_words for w in words)
        concept = _concept(words + extra, " ".join(words), salient)
        if concept is not None:
            concepts.append(concept)
    return _merge_duplicates(concepts)


def _indonesian_group(words: list[str], label: str, salient: bool) -> Concept | None:
    extra = list(g.load_glossary().expansions.get(tuple(words), ()))
    return _concept(words + extra, label, salient)


def _merge_duplicates(concepts: list[Concept]) -> list[Concept]:
    """Make concepts disjoint: a concept's terms that another, narrower concept of the
    same question names are that concept's alone.

    "memimpin apel" gives {pimpin, pembina, apel} (from "pembina apel") and {apel}; left
    overlapping, any sentence with "apel" would count as answering "memimpin".
    """
    kept: list[Concept] = []
    for concept in sorted(concepts, key=lambda c: len(c.terms)):
        taken = frozenset().union(*(c.terms for c in kept)) if kept else frozenset()
        terms = concept.terms - taken
        if terms:
            kept.append(replace(concept, terms=terms))
    order = {c.label: i for i, c in enumerate(concepts)}
    return sorted(kept, key=lambda c: order.get(c.label, 0))


def strip_phrase(text: str, phrase: str | None) -> str:
    """``text`` without ``phrase`` (the question's date phrase, handled by the date filter)."""
    if not phrase:
        return text
    return re.sub(re.escape(phrase), " ", text, flags=re.IGNORECASE)


_INSTITUTION_WORDS = frozenset(
    """
    lapas rutan bapas rupbasan lpka kanim kanwil kemenkumham kementerian lembaga balai rumah
    kantor wilayah divisi kelas narkotika pemasyarakatan pemasarakatan kepala kalapas karutan
    unit pelaksana teknis upt apel siaga ikrar netralitas pegawai pemilu pemilihan umum natal
    tahun baru nataru hari raya dalam kegiatan sekretaris jenderal polri tni nkri negara
    republik indonesia kota kabupaten provinsi jawa tengah timur barat utara selatan nusa
    tenggara kepulauan bangka belitung karesidenan eks satuan operasi patnal pas lapangan
    aula upacara pembina pesta demokrasi kasi kasubsi registrasi bimkemas binapi giatja
    surat edaran pelaksana harian kesatuan pengamanan allah swt tuhan yang maha kuasa
    komjen pol senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei
    juni juli agustus september oktober november desember sebagai selaku menurut dengan
    di ke dan serta pada untuk bersama kemudian diantaranya antara demi mari hal
    rilis media kontributor berita pimpinan tinggi sekjen dirjen kakanwil kadiv
    aparatur sipil negara pejabat struktural petugas pegawai warga binaan
    polresta polres polda bnn kpu bawaslu disdukcapil damkar bpbd tps asn ppnpn sop kamtib
    """.split()
)


def is_name_word(word: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether a capitalised word can be part of a person's name (not an institution,
    title, weekday, month or one of the corpus' place names)."""
    lower = word.strip(".,").lower()
    return lower not in _INSTITUTION_WORDS and lower not in places
