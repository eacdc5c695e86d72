"""Concepts: what a question is about, as groups of interchangeable Indonesian terms.

"neutrality pledge" is two concepts, {netralitas, netral} and {ikrar, deklarasi, pakta,
integritas}: a passage answers the question when it holds each concept in *some* form.
The composer weighs passages by the share of concepts they hold (``rag.answer``), and a
concept no article mentions is how the assistant knows the articles cannot answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rag import glossary as g
from rag.indonesian import STOPWORDS_EN, analyze, content_terms, tokenize
from rag.regions import (
    closed_place_split,
    full_name_of_short_form,
    one_word_places,
    place_heads,
    place_phrases,
    place_words,
    province_of,
    province_spellings,
    regency_heads,
)
from rag.spans import ENGLISH_NUMBER_WORDS, NUMBER_WORDS

#: Words that say what kind of answer is wanted, not what it is about ("UPT mana": any
#: unit is an answer, so "UPT" restricts nothing).
QUESTION_WORDS = frozenset(
    """
        siapa siapakah kapan kapankah berapa berapakah dimana di mana manakah apa apakah
        bagaimana mengapa kenapa saja sebutkan daftar tanggal hari bulan tahun waktu
        nama who whom whose when where which what how many much why list name date day
        number ke dari pada dalam untuk oleh dengan yang dan atau juga artikel berita
        disebut disebutkan diberitakan menurut article articles news report reported
        kumpulan koleksi collection corpus korpus dataset feature features featured appear
        appears appeared reports stories covered cover covers coverage occasion occasions
        dilaporkan dikabarkan mengalami
        mentioned mention according story talk talks talking discuss discusses discussed
        describe describes described say says said tell tells upt upts unit units
        author wrote written writer reporter reported penulis menulis ditulis wartawan
        outlet site website newspaper published publication posted terbit dimuat
        diterbitkan sumber summary summarise summarize overview ringkas ringkasan
        ringkaskan rangkum rangkuman intisari ceritakan lokasi lokasinya tempatnya location
        located venue purpose aim goal reason objective tujuan tujuannya alasan alasannya
        official officials pejabat people persons
        mau pengen bakal bakalan bilang ngomong ngomongin gara-gara gara2
        keduanya ketiganya keempatnya kelimanya keenamnya
        acted bertindak
        jabatan jabatannya ratusan puluhan ribuan belasan
    """.split()  # noqa: SIM905 (a word list reads better as text; chat "mau" is "akan", no content)
)

#: Nouns that, right after "which"/"what", name the kind of answer asked ("which body
#: were they told to coordinate with?") in a sense the glossary lacks (its "body" is a
#: corpse): no word of a passage stands for them; nor for "what tools" ("menggergaji
#: teralis", the tool in its verb). ("which agencies" keeps "badan", which names the
#: agencies a report lists.)
_ASKED_KIND_NOUNS = frozenset({"body", "bodies", "tool", "tools", "equipment", "method", "methods", "means"})
#: The same in Indonesian, before "apa"/"mana": "instansi mana saja", "organisasinya apa".
_ASKED_KIND_NOUNS_ID = frozenset({"instansi", "instansinya", "institusi", "organisasi", "organisasinya"})
_WHICH_ID = frozenset({"apa", "apakah", "mana", "manakah"})

#: Stems too general to decide whether a passage answers ("laksana" = carry out).
_GENERIC = frozenset(
    """
        laksana selenggara gelar ikut kegiatan lakukan laku adakan ada jumlah banyak
        sebanyak orang lalu kata sampai
        aku mengaku bilang tutur menuturkan
    """.split()  # noqa: SIM905
)
_GENERIC = _GENERIC | frozenset(analyze(" ".join(_GENERIC)))

#: Capitalised in Indonesian, but kinds of things, not names: "Lapas" is no more a name
#: than "prison" (the place that follows it is).
_CATEGORY_WORDS = frozenset(
    """
        lapas rutan bapas rupbasan lpka kanim kanwil upt kemenkumham kementerian asn pns
        pemilu pilkada nataru natal kalapas karutan kabapas kakanwil kadiv wbp tps kpu
        bawaslu polri tni apel ikrar kelas klas i ii iia iib iii h pemasyarakatan divisi kantor
        wilayah kepala januari februari maret april mei juni juli agustus september oktober
        november desember senin selasa rabu kamis jumat sabtu minggu
    """.split()  # noqa: SIM905
)


Alternative = frozenset[str]


@dataclass(frozen=True)
class Concept:
    """One thing the question names, in all the forms a passage may use.

    Attributes:
        alternatives: each a set of analysed tokens that together express the concept
            ("hak pilih" needs both "hak" and "pilih"; "Hak Asasi Manusia" is not it).
        salient: a name or number ("Cipinang", "2022"): if no article has it, the
            articles cannot answer, whatever else matches.
        generic: a light verb or counter word that says little on its own.
        label: the question's own word(s), for explanations.
        unknown: an English word the glossary lacks; it may be the crux of the question
            ("escaped") or filler ("joined"), so it weighs a quarter of an absent term.
        domain: a term of the curated glossary ("kabur", "anggaran"): when no article has
            it, the articles really do not cover it (a word outside the glossary may just
            be the asker's paraphrase, "diterbitkan" for a date the article states).
        joined: a multi-word name ("Budi Hardiono"), matched by any of its parts, but
            present in the corpus only when every part is ("Kapolresta Pangkalpinang" is
            not, though "Pangkalpinang" is).
    """

    alternatives: tuple[Alternative, ...]
    salient: bool
    generic: bool
    label: str
    unknown: bool = False
    domain: bool = False
    joined: bool = False

    @property
    def terms(self) -> frozenset[str]:
        """Every token of every alternative."""
        return frozenset().union(*self.alternatives)

    def matches(self, tokens: set[str] | frozenset[str]) -> bool:
        """Whether ``tokens`` hold one of the alternatives entirely."""
        return any(alternative <= tokens for alternative in self.alternatives)


def _place_spellings(phrase: str) -> list[str]:
    """The other spelling of a place name of two or three words: run together
    ("Kulon Progo" → "Kulonprogo") or apart ("Gunungkidul" → "Gunung Kidul"), as reports
    write either."""
    words = tuple(w.lower() for w in re.findall(r"[A-Za-z]+", phrase))
    if words in place_phrases():
        return ["".join(words)]
    full = full_name_of_short_form(words[0]) if len(words) == 1 else None
    if full is not None:
        # "Siantar" is "Pematangsiantar" (or "Pematang Siantar") in most reports.
        return [full, *_place_spellings(full)]
    apart = _places_run_together().get(words[0]) if len(words) == 1 else None
    # "Pematangsiantar", one word to the gazetteer, is "Pematang Siantar" in many reports.
    apart = apart or (closed_place_split(words[0]) if len(words) == 1 else None)
    return [" ".join(apart)] if apart else []


@lru_cache(maxsize=1)
def _places_run_together() -> dict[str, tuple[str, ...]]:
    """Place names of several words, keyed by their words run together."""
    return {"".join(words): words for words in place_phrases()}


@lru_cache(maxsize=1)
def _groups() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Indonesian phrase (content terms) → every spelling of its group, from the glossary's
    abbreviations ("kalapas" = "kepala lapas" = ...) and synonyms ("memimpin" = "pimpin")."""
    raw = g.data_file("glossary.json")
    groups: dict[tuple[str, ...], tuple[str, ...]] = {}
    for table in (raw["abbreviations"], raw["id_synonyms"]):
        for head, others in table.items():
            members = (head, *others)
            for member in members:
                key = tuple(content_terms(member))
                groups[key] = tuple(dict.fromkeys((*groups.get(key, ()), *members)))
    return groups


@lru_cache(maxsize=1)
def _phrase_words() -> frozenset[str]:
    """The last words of the glossary's Indonesian phrases of several words ("pilih" of
    "hak pilih"), which a clitic may hide in a question ("hak pilihnya")."""
    return frozenset(key[-1] for key in _groups() if len(key) > 1)


def _alternative(phrase: str) -> Alternative:
    # A question word written as such ("daftar UPT") asks for a kind of answer; "daftar" in
    # a word with a prefix ("terdaftar", registered) is content.
    written = {re.sub(r"(?:nya|lah|kah|pun)$", "", w) for w in phrase.lower().split()}
    return frozenset(t for t in analyze(phrase)
                     if t not in QUESTION_WORDS or t in _CONTENT_WHEN_AFFIXED and t not in written)


#: Question words whose stem, in a word with a prefix, is content: "terdaftar" (registered)
#: is no request for a list.
_CONTENT_WHEN_AFFIXED = frozenset({"daftar"})


#: A number grouped in thousands, by either convention: "1,287" (English), "1.287".
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


def _grouped_number_forms(phrase: str) -> list[str]:
    """The forms of a thousands-grouped number: an English question writes "1,287", an
    Indonesian report "1.287" (and a few "1287"); each finds the other."""
    if not _GROUPED_NUMBER.fullmatch(phrase):
        return []
    digits = re.sub(r"[.,]", "", phrase)
    groups = [digits[max(0, end - 3) : end] for end in range(len(digits), 0, -3)][::-1]
    return [".".join(groups), ",".join(groups), digits]


def _decimal_number_forms(phrase: str) -> list[str]:
    """The forms of a decimal number: an English question writes "5.2", an Indonesian report
    "5,2" (a point before three digits groups thousands instead: ``_grouped_number_forms``)."""
    if not re.fullmatch(r"\d+[.,]\d{1,2}", phrase):
        return []
    return [phrase.replace(".", ","), phrase.replace(",", ".")]


def _numbered_in_year_forms(phrase: str) -> list[str]:
    """The form a report gives a number of a year in: "Decree 17/2025" is written "Keppres
    Nomor 17 Tahun 2025", "PP 32/1999" "PP Nomor 32 Tahun 1999"."""
    match = re.fullmatch(r"(\d{1,4})/((?:19|20)\d\d)", phrase)
    return [f"nomor {match.group(1)} tahun {match.group(2)}"] if match else []


def _concept(phrases: list[str], label: str, salient: bool) -> Concept | None:
    """A concept from Indonesian phrases, each widened by its glossary group."""
    groups = _groups()
    members: dict[str, None] = {}
    for phrase in phrases:
        members[phrase] = None
        members.update(dict.fromkeys(_grouped_number_forms(phrase)))
        members.update(dict.fromkeys(_decimal_number_forms(phrase)))
        members.update(dict.fromkeys(_numbered_in_year_forms(phrase)))
        members.update(dict.fromkeys(groups.get(tuple(content_terms(phrase)), ())))
        # "Kakanwil Kemenkumham Sulut": a province's short form names what its full name does.
        members.update(dict.fromkeys(province_spellings(phrase)))
        # "Kulon Progo" is written "Kulonprogo" too, and "Gunungkidul" "Gunung Kidul".
        members.update(dict.fromkeys(_place_spellings(phrase)))
    alternatives = tuple(dict.fromkeys(a for a in map(_alternative, members) if a))
    if not alternatives:
        return None
    generic = all(a <= _GENERIC for a in alternatives)
    domain = any(word in _domain_words() for phrase in members for word in content_terms(phrase))
    return Concept(alternatives, salient, generic, label, domain=domain)


@lru_cache(maxsize=1)
def _domain_words() -> frozenset[str]:
    """Indonesian words the curated glossary itself uses (its translations and its groups),
    not the everyday words of the general lexicon."""
    words = {w for term in g.domain_terms() for w in content_terms(term)}
    words.update(w for phrase in _groups() for w in phrase)
    return frozenset(words)


def _is_calendar_word(label: str) -> bool:
    """Month and weekday names are capitalised in English but are times, not names."""
    return label in _CALENDAR_WORDS


_CALENDAR_WORDS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


#: A span of years ("2024-2025", "2025/2026") is a time, handled by the date filter.
_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d")


def _salient(cased: str, position: int) -> bool:
    """Names and numbers: capitalised (not just sentence-initial) or with digits. A lone
    capital letter ("Block D") labels something; it names nothing on its own."""
    if cased.lower() in _CATEGORY_WORDS or len(cased) == 1 or _YEARS.fullmatch(cased):
        return False
    return any(c.isdigit() for c in cased) or (position > 0 and cased[:1].isupper())


#: Words naming a unit or an area, after which chat questions type the place in lower case.
_UNIT_WORDS = frozenset({"lapas", "rutan", "bapas", "lpka", "rupbasan", "kanwil", "kota", "kabupaten", "kab"})


def _typed_unit_places(cased: list[str]) -> set[str]:
    """Places typed in lower case after a unit word ("di lapas kupang"): the gazetteer
    knows them as towns, so they name as "Lapas Kupang" would."""
    return {cased[i + 1].lower() for i in range(len(cased) - 1)
            if cased[i].lower() in _UNIT_WORDS and cased[i + 1].islower() and cased[i + 1] in place_words()}


#: A number hedged as an estimate, with its hedge.
_APPROXIMATE_NUMBER = re.compile(
    r"\b(?:roughly|about|around|nearly|almost|approximately|some|over|more than|less than|fewer than"
    r"|sekitar|kurang lebih|hampir|lebih dari|kurang dari|kira-kira|kira2|kurleb)\s+\d[\d.,]*"
    # "the 1,600-plus inmates", "500+ napi": a floor, as "more than 1,600" is.
    r"|\b\d[\d.,]*(?:-plus\b|\+)",
    re.IGNORECASE,
)


#: The words that ask for a stretch of time (``how_many._ASKS_DURATION`` reads the wider
#: forms that choose the composer): "how long did they prepare?" is answered by
#: "satu minggu", which never says "lama"; the asked kind is the reader's to find, not a
#: word a passage must hold.
#: "paling muda", "termuda", "the youngest" (group ``young``); "paling tua", "the oldest".
ASKS_AGE_EXTREME = re.compile(r"\b(?:(?P<young>paling\s+muda|termuda|youngest)|paling\s+tua|tertua|oldest|eldest)\b",
                              re.IGNORECASE)
_DURATION_ASKING_WORDS = re.compile(r"\b(?:how long|berapa lama|brp lama|seberapa lama)\b"
                                    # "how long was each visit allowed to last?": the verb of
                                    # duration asks the same.
                                    r"|\b(?:(?:allowed|permitted|supposed|meant|set|expected) )?to last\b|\blasted\b"
                                    # "paling muda", "the oldest": which of them by age, which
                                    # a report gives as a number ("Riskiansyah (16)").
                                    rf"|{ASKS_AGE_EXTREME.pattern}",
                                    re.IGNORECASE)


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
    # "its roughly 1,300 inmates", "sekitar 50 barang": a number the asker only estimates
    # need not be written so in the article (1.305), and names nothing to look for.
    text = _APPROXIMATE_NUMBER.sub(" ", text)
    text = _DURATION_ASKING_WORDS.sub(" ", text)
    if language == "en":
        concepts = _english_concepts(tokenize(g.plain_english(text), keep_case=True))
    else:
        concepts = _indonesian_concepts(tokenize(_COMMA_BETWEEN_NAMES.sub(_comma_between, text), keep_case=True))
    return [_with_number_forms(c) for c in concepts]


#: A comma and the capitalised words after it: "Rutan Banjarnegara, Menteri Imipas ...".
_COMMA_BETWEEN_NAMES = re.compile(r"(?<=[A-Za-z0-9)]),\s+(?=(?P<next>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))")


def _comma_between(match: re.Match[str]) -> str:
    """A comma between two names parts them ("Rutan Banjarnegara, Menteri Imipas" names a
    unit and a minister), unless the words after it place the name before ("Lapas Tual,
    Maluku", "Kendal, Jawa Tengah")."""
    words = match.group("next").split()
    if any(province_of(" ".join(words[:size])) for size in range(len(words), 0, -1)):
        return match.group()
    return " dengan "


#: Small numbers as words, in both languages: reports write "12 orang" or "tiga napi" where
#: a question writes "twelve" or "3".
_NUMBER_NAMES = {
    **{w: v for w, v in ENGLISH_NUMBER_WORDS.items() if v > 1},
    **{w: v for w, v in NUMBER_WORDS.items() if 1 < v <= 20 and " " not in w},
}
#: The Indonesian word of a digit a question writes ("3" → "tiga"); only one-word forms,
#: as two words ("dua belas") may stand apart in any text.
_NUMBER_WORDS_OF = {v: w for w, v in NUMBER_WORDS.items() if 1 < v <= 20 and " " not in w and w != "seorang"}


def _with_number_forms(concept: Concept) -> Concept:
    """A number the question writes in words or in digits, matched in either form: "twelve
    of the inmates" by "12 orang sisanya", "3 napi" by "tiga napi"."""
    label = concept.label.lower()
    if label in _NUMBER_NAMES:
        extra = frozenset({str(_NUMBER_NAMES[label])})
    elif label.isdigit() and int(label) in _NUMBER_WORDS_OF:
        extra = frozenset(analyze(_NUMBER_WORDS_OF[int(label)]))
    else:
        return concept
    if not extra or extra in concept.alternatives:
        return concept
    return replace(concept, alternatives=(*concept.alternatives, extra))


#: A word written in two to four capitals: initials or an acronym ("MP", "RV", "BNN").
_INITIALS = re.compile(r"[A-Z]{2,4}")


def _english_concepts(cased: list[str]) -> list[Concept]:
    glossary = g.load_glossary()
    lower = [t.lower() for t in cased]

    def known(phrase: tuple[str, ...]) -> bool:
        return g._english_entry(glossary, phrase) is not None

    concepts: list[Concept | None] = []
    for start, end, matched in g._longest_matches(lower, known, glossary.longest_en):
        label = " ".join(lower[start:end])
        if end - start == 1 and start > 0 and lower[start - 1] in {"which", "what"} and label in _ASKED_KIND_NOUNS:
            concepts.append(None)  # "which body ...?" asks for an organisation, not a corpse
            continue
        if all(word in QUESTION_WORDS for word in lower[start:end]):
            concepts.append(None)  # a gap: names on either side are not one name
            continue
        if matched and end - start == 1 and start > 0 and cased[start][:1].isupper() and lower[start] in place_words():
            # "the Ende prison", "Lapas Bone": a town named like an English word (or a base
            # form guessed from one, "ende" from "ended") is the town.
            concepts.append(_concept([cased[start]], label, True))
            continue
        if matched:
            phrases = list(g._english_entry(glossary, tuple(lower[start:end])) or ())
            if end - start == 1 and _INITIALS.fullmatch(cased[start]) and lower[start] not in phrases:
                # "MP, the visitor caught at ...": capitals may be a person's initials as the
                # report writes them ("berinisial MP"), not only the English word they spell.
                phrases.append(lower[start])
            # A glossary phrase of English words ("Head of the Corrections Division") is a
            # role, however capitalised; one with a name in it ("Bangka Belitung") names.
            named = any(
                _salient(cased[i], i) and not g.is_english_word(lower[i]) for i in range(start, end)
            )
            concept = _concept(phrases, label, named and not _is_calendar_word(label))
            if concept is not None and g.is_guessed(glossary, tuple(lower[start:end])):
                # A guess of the extra lexicon ("scout" → "pramuka") searches as it says,
                # but weighs as a word no list knows: a wrong sense cannot decide alone.
                concept = replace(concept, unknown=True)
        elif lower[start] in STOPWORDS_EN or lower[start] in QUESTION_WORDS:
            concepts.append(None)  # "'Si Rusiya' at the Surabaya Rupbasan": two names
            continue
        elif ordinal := g.indonesian_ordinal(lower[start]):
            concept = _concept([ordinal], label, True)
        elif g._passes_through(glossary, cased[start], lower[start]):
            word = g.singular_acronym(cased[start])
            concept = _concept([word], label, _salient(word, start))
        else:
            # Indonesian reports borrow English words ("hp android", "video call"): the word
            # as written may be in the articles even though the glossary does not know it.
            literal = (frozenset({f"en:{lower[start]}"}), *(
                (frozenset(analyzed),) if (analyzed := analyze(lower[start])) else ()))
            concept = Concept(literal, False, False, label, unknown=True)
        if concept is not None:
            concepts.append(concept)
    return _merge_duplicates(_join_names(concepts))


def _indonesian_concepts(cased: list[str]) -> list[Concept]:
    # "Instansi apa saja yang terlibat?": the noun before "apa"/"mana" names the kind of
    # answer asked, which a report writes as the bodies themselves ("BNN Kota Malang").
    cased = [t for i, t in enumerate(cased)
             if not (t.lower() in _ASKED_KIND_NOUNS_ID and i + 1 < len(cased) and cased[i + 1].lower() in _WHICH_ID)]
    salient_words = {t.lower() for i, t in enumerate(cased) if _salient(t, i)} | _typed_unit_places(cased)
    groups = _groups()
    longest = max(map(len, groups), default=1)
    concepts: list[Concept | None] = []
    for part in _parts(cased):
        if concepts:
            concepts += [None, None]  # "Bapas Saumlaki dengan Pemkab Malra": two names
        # "penghuninya", "kapasitasnya": the clitic hides the glossary's word.
        # "hak pilihnya": so does the last word of a phrase ("menggunakan hak pilih").
        terms = [
            t[:-3] if t.endswith("nya") and ((t[:-3],) in groups or t[:-3] in _phrase_words()) and (t,) not in groups
            else t
            for t in content_terms(" ".join(part)) if t not in QUESTION_WORDS
        ]
        for start, end, _ in g._longest_matches(terms, groups.__contains__, longest):
            words = terms[start:end]
            salient = any(w in salient_words for w in words)
            concept = _concept([" ".join(words)], " ".join(words), salient)
            if concept is not None:
                concepts.append(concept)
    return _merge_duplicates(_join_names(concepts))


#: Words that stand between two things a question names, never inside one name: "PKS Bapas
#: Saumlaki dengan Pemkab Malra" names two bodies.
_BETWEEN_NAMES = frozenset({"dengan", "serta", "atau", "kepada", "oleh", "soal", "tentang", "versus",
                            # "Lapas Lowokwaru Malang saat Dispendukcapil merekam ...": a word of
                            # time opens a clause; the names on either side are two.
                            "saat", "ketika", "sewaktu", "waktu", "sejak", "setelah", "sebelum", "usai", "selama"})


def _parts(cased: list[str]) -> list[list[str]]:
    """The question's words split at the words that stand between two names."""
    parts: list[list[str]] = [[]]
    for token in cased:
        if token.lower() in _BETWEEN_NAMES:
            parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


#: Words that make a body of the region after them: "Pemkot Tual" is one name.
_BODY_PREFIXES = _UNIT_WORDS | {"pemkot", "pemkab", "pemprov", "provinsi", "polres", "polresta", "kodim", "kejari",
                                "dprd", "bnnk", "bnnp", "dinas", "kecamatan", "desa"}


#: Words of a unit's name that say its kind ("Lapas Perempuan", "Lapas Narkotika"): a name
#: of their own, never part of a place's.
_UNIT_QUALIFIERS = frozenset({"narkotika", "perempuan", "terbuka"})


#: Analysed number words ("empat", "lima", "three").
_NUMBER_TERMS = frozenset(analyze(" ".join(w for w in (*NUMBER_WORDS, *ENGLISH_NUMBER_WORDS) if " " not in w)))


def _join_names(concepts: list[Concept | None]) -> list[Concept]:
    """One concept for a run of capitalised words ("Budi Hardiono"), satisfied by the whole
    name or any part of it: articles name a person in full once, then as "Budi". A None
    marks a word between them that was dropped; two in a row end the run."""
    joined: list[Concept] = []
    run: list[Concept] = []

    def flush() -> None:
        if len(run) > 1:
            # "Empat Lawang": a number word in a name is in every report, so it names
            # nothing alone; the name's other words and the whole still do.
            parts = tuple(c.alternatives[0] for c in run if not c.alternatives[0] <= _NUMBER_TERMS)
            label = " ".join(c.label for c in run)
            whole = frozenset().union(*parts)
            if tuple(label.lower().split()) in place_phrases():
                # "Lapas Pancur Batu": a place of several words is not named by a word of it
                # that is another place's whole name ("Lapas Batu" on Nusakambangan).
                parts = tuple(p for p in parts if not (len(p) == 1 and p <= one_word_places()))
            # Nor is a name by the word that opens many places' names ("Muara Sabak" is not
            # "Muara Bulian", "Padang Sidempuan" not "Padang").
            parts = tuple(p for p in parts if not (p == run[0].alternatives[0] and len(p) == 1 and p <= place_heads()))
            # "Kulon Progo" is also written "Kulonprogo".
            spelled = tuple(frozenset(analyze(other)) for other in _place_spellings(label))
            joined.append(Concept((whole, *spelled, *parts), True, False, label, joined=True))
        else:
            joined.extend(run)
        run.clear()

    dropped = 0
    for concept in concepts:
        if concept is None:
            dropped += 1
            if dropped == 2:  # "'Si Rusiya' at the Surabaya Rupbasan"; not "No. 17 of 2025"
                flush()
            continue
        dropped = 0
        alone = concept.alternatives[0] if len(concept.alternatives) == 1 else frozenset()
        if concept.salient and len(alone) == 1 and next(iter(alone)).isalpha():
            word = next(iter(alone))
            if word in _UNIT_QUALIFIERS:
                # "Lapas Narkotika Tanjungpinang": the kind of unit and its place are two
                # names, both needed; joined, "narkotika" alone would satisfy the name.
                flush()
                joined.append(concept)
                continue
            labels = [c.label for c in run]
            if (run and word in regency_heads() and labels[-1] not in _BODY_PREFIXES
                    and not any((*labels[-k:], word) in place_phrases() for k in (1, 2))):
                flush()  # "Rutan Negara Jembrana": the town, then its regency
            run.append(concept)
            continue
        flush()
        joined.append(concept)
    flush()
    return joined


def _merge_duplicates(concepts: list[Concept]) -> list[Concept]:
    """Make concepts disjoint: an alternative shared by two concepts of the question
    belongs to the narrower one (fewer alternatives); a concept left with none is dropped.

    "memimpin apel": {pimpin | pembina+apel} and {apel}; the lone "apel" is the second
    concept's, and "pembina apel" still needs both words to count as "memimpin".
    """
    kept: list[Concept] = []
    for concept in sorted(concepts, key=lambda c: len(c.alternatives)):
        taken = {a for c in kept for a in c.alternatives}
        alternatives = tuple(a for a in concept.alternatives if a not in taken)
        if alternatives:
            kept.append(replace(concept, alternatives=alternatives))
    order = {c.label: i for i, c in enumerate(concepts)}
    return sorted(kept, key=lambda c: order.get(c.label, 0))


def strip_phrase(text: str, phrase: str | None) -> str:
    """``text`` without ``phrase`` (the question's date phrase, handled by the date filter),
    and without the possessive it carried ("West Java's agency": no word "s" is left)."""
    if not phrase:
        return text
    return re.sub(re.escape(phrase) + r"(?:['’]s\b)?", " ", text, flags=re.IGNORECASE)


_INSTITUTION_WORDS = frozenset(
    ["lapas", "rutan", "bapas", "rupbasan", "lpka", "kanim", "kanwil", "kemenkumham", "kementerian", "lembaga", "balai", "rumah", "kantor", "wilayah", "divisi", "kelas", "narkotika", "pemasyarakatan", "pemasarakatan", "kepala", "kalapas", "karutan", "unit", "pelaksana", "teknis", "upt", "apel", "siaga", "ikrar", "netralitas", "pegawai", "pemilu", "pemilihan", "umum", "natal", "tahun", "baru", "nataru", "hari", "raya", "dalam", "kegiatan", "sekretaris", "jenderal", "polri", "tni", "nkri", "negara", "republik", "indonesia", "kota", "kabupaten", "provinsi", "jawa", "tengah", "timur", "barat", "utara", "selatan", "nusa", "tenggara", "kepulauan", "bangka", "belitung", "karesidenan", "eks", "satuan", "operasi", "patnal", "pas", "lapangan", "aula", "upacara", "pembina", "pesta", "demokrasi", "kasi", "kasubsi", "registrasi", "bimkemas", "binapi", "giatja", "surat", "edaran", "pelaksana", "harian", "kesatuan", "pengamanan", "allah", "swt", "tuhan", "yang", "maha", "kuasa", "komjen", "pol", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember", "sebagai", "selaku", "menurut", "dengan", "di", "ke", "dan", "serta", "pada", "untuk", "bersama", "kemudian", "diantaranya", "antara", "demi", "mari", "hal", "rilis", "media", "kontributor", "berita", "pimpinan", "tinggi", "sekjen", "dirjen", "kakanwil", "kadiv", "aparatur", "sipil", "negara", "pejabat", "struktural", "petugas", "pegawai", "warga", "binaan", "polresta", "polres", "polda", "bnn", "kpu", "bawaslu", "disdukcapil", "damkar", "bpbd", "tps", "asn", "ppnpn", "sop", "kamtib", "hak", "asasi", "manusia", "pelayanan", "publik", "persatuan"]
)


def is_name_word(word: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether a capitalised word can be part of a person's name (not an institution,
    title, weekday, month or one of the corpus' place names)."""
    lower = word.strip(".,").lower()
    return lower not in _INSTITUTION_WORDS and lower not in places
