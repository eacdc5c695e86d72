"""UPT names: find and normalise the units (Lapas, Rutan, Bapas, ...) an article mentions.

Normal form: ``{Kind} [Narkotika|Perempuan] [Kelas {class}] {Place}``, e.g.
``Lembaga Pemasarakatan (lapas) Narkotika Kelas II Pangkalpinang`` →
``Lapas Narkotika Kelas II Pangkalpinang``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from rag.regions import place_phrases, regency_names, towns_of_locality, village_phrases

# Long forms first; "Pemas\w*akatan" also covers the sources' misspellings
# "Pemasarakatan" and "Pemasaryakatan".
_KINDS = (
    (r"Lembaga\s+Pembinaan\s+Khusus\s+Anak|LPKA", "LPKA"),
    # "LP Kelas II Blitar": the older short form, in capitals only.
    # "LPP Kelas II-A Malang": the women's prison (Lembaga Pemasyarakatan Perempuan), read
    # as "Lapas Perempuan"; a capitalised word must follow ("LPP RRI" is a broadcaster).
    (r"(?-i:LPP)(?=\s+(?-i:[A-Z][a-z]))", "LPP"),
    (r"Lembaga\s+Pemas\w*akatan|Lapas|(?-i:LP)", "Lapas"),
    (r"Rumah\s+Tahanan(?:\s+Negara)?|Rutan", "Rutan"),
    # "Badan Pemasyarakatan (Bapas)": a report's slip for "Balai".
    (r"(?:Balai|Badan)\s+Pemas\w*akatan|Bapas", "Bapas"),
    (r"Rumah\s+Penyimpanan\s+Benda\s+Sitaan\s+Negara|Rupbasan", "Rupbasan"),
    (r"Kantor\s+Imigrasi|Kanim", "Kanim"),
)
_KIND_RE = "|".join(f"(?P<k{i}>{pattern})" for i, (pattern, _) in enumerate(_KINDS))
#: Kinds of a unit written between its kind and its place ("Lapas High Risk Karanganyar").
_QUALIFIERS = ("Narkotika", "Perempuan", "Wanita", "Pemuda", "Terbuka", r"High\s+Risk", r"Super\s+Maximum\s+Security",
               r"Maximum\s+Security", r"Medium\s+Security", r"Minimum\s+Security")

# A place is one capitalised word, or two when the first cannot stand alone ("Gunung Sindur")
# or the second is a compass point ("Jakarta Timur"). Taking any second capitalised word
# would swallow names and verbs: "Rutan Blora Ikuti Apel", "Lapas ... Purwokerto Riko".
_PLACE_PREFIXES = {
    "gunung", "tanjung", "pulau", "muara", "muaro", "bandar", "banda", "kota", "padang", "sungai",
    "teluk", "kuala", "lubuk", "pematang", "tebing", "bukit", "tanah", "labuhan", "pangkalan",
}  # fmt: skip
_COMPASS = {"utara", "selatan", "timur", "barat", "tengah", "pusat"}
# Capitalised words that follow a kind in titles and generic phrases but are not places.
_NOT_PLACES = {
    "dan", "yang", "bersama", "di", "ke", "dari", "se", "untuk", "pada", "dalam", "dengan",
    "ikuti", "gelar", "laksanakan", "adakan", "terima", "raih", "sambut", "lakukan",
    "kembali", "jalin", "kunjungi", "hadiri", "perketat", "berikan", "tingkatkan", "wujudkan",
    "dukung", "kanwil", "kemenkumham", "kementerian", "indonesia", "kelas", "klas", "wilayah",
    "upt", "se-indonesia", "kalapas", "karutan", "kabapas", "lapas", "rutan", "bapas",
    "negara",  # "Rumah Tahanan Negara, dan ...": the kind's own word, no place follows
    # A headline ending in "... di Lapas" and the caption after it: "Foto: Kakanwil ...".
    "foto", "sumber", "editor", "penulis", "reporter", "baca", "video", "ilustrasi",
    # Headline words after a unit's name: "Rutan Kelas IIB Padang Kini Punya 2 Santri Hafiz".
    "kini", "punya", "jadi", "siap", "bakal", "mulai", "terus", "berhasil", "sukses", "resmi", "tetap", "juga",
    # a kind's qualifier with no place after it: "di Lapas Perempuan." (the one just named)
    # ("Lapas Narkotika" alone is Bandar Lampung's narcotics prison, a unit of its own.)
    "perempuan", "wanita", "kls",
}  # fmt: skip

#: A unit's class after its kind: "Kelas IIA", "Klas II B", "Kls. III"; or, with a grade,
#: written without the word ("Lapas IIA Serang", "Lapas II-A Metro").
_CLASS_RE = (r"(?:\s+(?:(?:Kelas|Klas|Kls\.?)\s+(?P<cls>IV|I{1,3}|[1-4])[\s./-]?(?P<grade>[AB])?"
             r"|(?-i:(?P<bare>I{1,3})[\s./-]?(?P<bare_grade>[AB])))\b)?")

_MENTION = re.compile(
    rf"\b(?:{_KIND_RE})\b"
    # "Rutan Negara Kelas II B Tidore": the "Negara" of "Rumah Tahanan Negara".
    r"(?:\s+(?-i:Negara))?"
    r"(?:\s*\((?:Ka\.)?[A-Za-z]+\))?"
    rf"(?:\s+(?P<qualifier>{'|'.join(_QUALIFIERS)}))?"
    + _CLASS_RE
    + r"\s+(?P<place>[A-Z][A-Za-z'-]+)(?:\s+(?P<place2>[A-Z][A-Za-z'-]+))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Mention:
    kind: str
    qualifier: str
    cls: str
    place: str

    @property
    def group(self) -> tuple[str, str, str]:
        """Mentions of one unit share kind, qualifier and place; class may be omitted."""
        return self.kind, self.qualifier, self.place.replace(" ", "").lower()

    @property
    def name(self) -> str:
        parts = (self.kind, self.qualifier, f"Kelas {self.cls}" if self.cls else "", self.place)
        return " ".join(p for p in parts if p)


#: A class written in digits ("Lapas Kelas 1 Tangerang", "Kelas 2A") as the roman numeral
#: the normal form uses.
_ROMAN_CLASS = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def _roman_class(written: str) -> str:
    """``"2"`` → ``"II"``; a roman class as written, upper-cased."""
    return _ROMAN_CLASS.get(written, written.upper())


def _title(word: str) -> str:
    """Title-case a place word written in capitals ("TANJUNGPANDAN" → "Tanjungpandan")."""
    return word[:1].upper() + word[1:].lower() if word.isupper() or word.islower() else word


def _place(first: str, second: str | None) -> str | None:
    """The place name after a kind, or None when the first word is not a place."""
    if not first[:1].isupper() or first.lower() in _NOT_PLACES:
        return None
    if (
        second
        and second[:1].isupper()
        and second.lower() not in _NOT_PLACES  # "Padang Kini Punya ...": a headline goes on
        and (first.lower() in _PLACE_PREFIXES or second.lower() in _COMPASS or _one_place(first, second))
    ):
        return f"{_title(first)} {_title(second)}"
    return _title(first)


def _two_word_name(match: re.Match[str]) -> bool:
    """Whether the two capitalised words after a kind are one name, neither word a regency,
    a city or a province on its own ("Lapas Sukamiskin Bandung" is the Sukamiskin prison in
    Bandung; "Kalapas Cipinang Edi Kurniadi" goes on to a name): the pair is a ward the
    gazetteer knows ("Rutan Pondok Bambu"), or a comma and the unit's town follow."""
    first, second = match.group("place"), match.group("place2")
    if not second or not second[:1].isupper() or second.lower() in _NOT_PLACES or second.lower() in _COMPASS:
        return False
    if any(_names_region(w) for w in (first, second)):
        return False
    if (first.lower(), second.lower()) in village_phrases():
        return True
    # The place of the unit follows after a comma ("Rutan Pondok Bambu, Jakarta Timur"):
    # "Kalapas Lhoknga Yusrizal, SH." goes on to a degree, not a place.
    after = re.match(r"\s*,\s*([A-Z][a-z]+)", match.string[match.end():])
    return after is not None and _names_region(after.group(1))


def _names_region(word: str) -> bool:
    """Whether one word names a regency, a city or a province on its own."""
    return word.lower() in regency_names() or word.lower() in _BIG_PLACES


#: Places that are no regency of their own name but stand for one: provinces and the capital.
_BIG_PLACES = frozenset({"jakarta", "aceh", "bali", "papua", "maluku", "gorontalo", "bengkulu", "jambi", "lampung",
                         "riau", "banten", "jateng", "jatim", "jabar", "sumut", "sumsel", "sulsel", "kaltim", "ntt",
                         "ntb", "diy", "yogyakarta", "jogja", "solo", "surakarta"})


def _one_place(first: str, second: str) -> bool:
    """Whether two words are one town the gazetteer writes run together or apart: "Palangka
    Raya" (Palangkaraya), "Karang Intan"."""
    return (first + second).lower() in regency_names() or (first.lower(), second.lower()) in place_phrases()


def _kind_and_qualifier(match: re.Match[str]) -> tuple[str, str]:
    """The kind a match names and its qualifier: "LPP" is a Lapas Perempuan."""
    kind = next(_KINDS[int(k[1:])][1] for k, v in match.groupdict().items() if k[0] == "k" and v)
    qualifier = " ".join(w.capitalize() for w in (match.group("qualifier") or "").split())
    if kind == "LPP":
        return "Lapas", qualifier or "Perempuan"
    return kind, qualifier


def _mention(match: re.Match[str]) -> _Mention | None:
    """Normalise one regex match, or None when no place follows the kind (a generic word)."""
    kind, qualifier = _kind_and_qualifier(match)
    place = _place(match.group("place"), match.group("place2"))
    if place is not None and " " not in place and _two_word_name(match):
        # "Rutan Pondok Bambu, Jakarta Timur", "Rutan Sialang Bungkuk." : a unit known by a
        # neighbourhood of two words, neither a town of its own.
        place = f"{place} {_title(match.group('place2'))}"
    if place is None:
        return None
    cls = (_roman_class(match.group("cls") or match.group("bare") or "")
           + (match.group("grade") or match.group("bare_grade") or "").upper())
    return _Mention(kind, qualifier, cls, place)


def upt_mentions(text: str) -> list[tuple[int, int, str]]:
    """Where each UPT mention of ``text`` starts and ends, with its normal name: a count
    belongs to the unit written next to it ("Lapas Kelas IIA Cilegon 31 narapidana")."""
    return [(match.start(), match.end(), m.name)
            for match in _MENTION.finditer(text) if (m := _mention(match)) is not None]


def _mentions(text: str) -> list[_Mention]:
    """Every UPT mention in text order."""
    return [m for match in _MENTION.finditer(text) if (m := _mention(match)) is not None]


def find_upts(text: str) -> list[str]:
    """Normalised names of the UPTs a text mentions, most mentioned first.

    Args:
        text: article title and body. A mention without class ("Rutan Blora") counts towards
            the classed form of the same unit ("Rutan Kelas IIB Blora") when the text has one.

    Returns:
        One name per unit; ties keep the order of first mention.
    """
    mentions = _mentions(text)
    # "Rutan Pondok" in a headline is the "Rutan Pondok Bambu, Jakarta Timur" the story
    # names in full: a one-word place that opens a two-word one of the same kind is that unit.
    longer = {(m.kind, m.qualifier, m.place.split()[0].lower()): m for m in mentions if " " in m.place}
    mentions = [replace(m, place=longer[key].place, cls=m.cls or longer[key].cls)
                if " " not in m.place and (key := (m.kind, m.qualifier, m.place.lower())) in longer else m
                for m in mentions]
    counts = Counter(m.group for m in mentions)
    classed = Counter(m for m in mentions if m.cls)
    names: dict[tuple[str, str, str], str] = {}
    for mention in mentions:
        forms = [m.name for m, _ in classed.most_common() if m.group == mention.group]
        names.setdefault(mention.group, forms[0] if forms else mention.name)
    return [names[g] for g in sorted(names, key=lambda g: -counts[g])]


def asked_upts(question: str) -> list[str]:
    """The UPTs a question asks about: those it names, without those it names only to set
    aside ("Rutan Salemba (bukan Lapas Salemba ya)", "Salemba detention centre, not the
    prison", "kecuali Lapas Cipinang")."""
    question = capitalise_units(question)
    set_aside = {
        name for match in _SET_ASIDE.finditer(question)
        for name in find_upts(f"{match.group(1)} {english_units(match.group(1))}")
    }
    named = find_upts(f"{question} {english_units(question)}")
    return [name for name in named if name not in set_aside]


#: The kinds of unit by their English names.
_ENGLISH_KINDS = (
    (r"juvenile(?: \w+)? (?:cent(?:re|er)|facility|institution|prison)", "LPKA"),
    (r"(?:detention|remand) cent(?:re|er)s?|jail", "Rutan"),
    (r"(?:probation|parole) (?:office|cent(?:re|er)|agency)", "Bapas"),
    (r"(?:seized[- ]goods|confiscated[- ]goods|evidence) (?:storage|warehouse)\w*(?: (?:house|cent(?:re|er)))?",
     "Rupbasan"),
    (r"prisons?|penitentiary|correctional (?:facility|institution)", "Lapas"),
)
_ENGLISH_QUALIFIERS = {"narcotics": "Narkotika", "drug": "Narkotika", "women's": "Perempuan",
                       "women’s": "Perempuan", "womens": "Perempuan", "women": "Perempuan",
                       "female": "Perempuan", "open": "Terbuka"}
_EN_KIND = "|".join(f"(?P<e{i}>{pattern})" for i, (pattern, _) in enumerate(_ENGLISH_KINDS))
_EN_QUALIFIER = r"(?:(?P<q>narcotics|drug|women[’']?s|women|female|open)\s+)?"
#: A class written before the place ("the Class IIA Batam prison") is no part of the place.
_EN_CLASS = r"(?:Class\s+(?:IV|I{1,3})[AB]?\s+)?"
_EN_PLACE = (r"(?P<place>(?!(?:The|A|An|Which|What|How|Did|Does|Is|Was|Who|In|At|Of|That|This|Class"
             r"|(?:IV|I{1,3})[AB]?)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
#: "the Cilegon prison", "Samarinda narcotics prison", "the detention centre in Raha",
#: "women's prison of Tangerang".
_ENGLISH_UNIT = re.compile(
    rf"\b{_EN_CLASS}{_EN_PLACE}(?:\s+Class\s+(?:IV|I{{1,3}})[AB]?)?\s+{_EN_QUALIFIER}(?:{_EN_KIND})\b"
    rf"|\b{_EN_QUALIFIER.replace('<q>', '<q2>')}(?:{_EN_KIND.replace('?P<e', '?P<f')})(?:\s+Class\s+(?:IV|I{{1,3}})[AB]?)?"
    rf"\s+(?:in|of|at)\s+{_EN_PLACE.replace('<place>', '<place2>')}(?![\w'-])(?!\s+[A-Z])(?!\s+(?:province|regency|island|region))"
)


def english_units(text: str) -> str:
    """The units an English text names, in the Indonesian form ``find_upts`` reads ("the
    Cilegon prison" → "Lapas Cilegon"): English questions name units the English way, and
    the count or person asked belongs to the unit they name."""
    found = []
    for match in _ENGLISH_UNIT.finditer(text):
        groups = match.groupdict()
        kind = next(_ENGLISH_KINDS[int(k[1:])][1] for k, v in groups.items() if k[0] in "ef" and k[1:].isdigit() and v)
        place = groups["place"] or groups["place2"]
        qualifier = _ENGLISH_QUALIFIERS.get((groups["q"] or groups["q2"] or "").lower(), "")
        found.append(" ".join(w for w in (kind, qualifier, place) if w))
    return ". ".join(found)


def capitalise_units(text: str) -> str:
    """``text`` with units written in lower case capitalised, as articles write them: a
    chat question writes "brp napi di lapas merauke", and "Merauke" is a name the answer
    must hold, which a lower-case word is not taken for."""
    return _LOWER_UNIT.sub(lambda m: m.group(1).capitalize() + m.group(2) + m.group(3).capitalize(), text)


#: A unit written in lower case with the word after it (its place, when the class words
#: between are skipped): "rutan negara", "lapas kelas iia kerobokan".
_LOWER_UNIT = re.compile(
    r"\b(lapas|rutan|bapas|lpka|rupbasan|lpp)((?:\s+(?:kelas|klas|narkotika|perempuan|i{1,3}[ab]?|iv|\d[ab]?))*\s+)"
    r"(?!(?:yg|yang|di|ke|dari|itu|ini|tsb|tersebut|dan|ada|apa|mana|berapa|brp|sih|kok|udah|sudah)\b)([a-z][a-z-]{2,})\b"
)


#: A cue that sets a unit aside, up to the end of its phrase.
_SET_ASIDE = re.compile(
    r"\b(?:bukan|not|kecuali|except|selain|other than|instead of)\s+(?:the\s+|di\s+)?([^,.;:()?!]+)",
    re.IGNORECASE,
)


#: What stands between a unit's two names: "Rutan Kelas I Jakarta Pusat atau Rutan Salemba",
#: "Lapas Kelas I Bandarlampung, yang juga dikenal sebagai Lapas Rajabasa", "... (Rutan
#: Medaeng)".
_ALSO_CALLED = re.compile(
    r"\s*(?:,\s*)?(?:\(|atau\b|alias\b|(?:yang\s+)?(?:juga\s+|lebih\s+)?(?:dikenal|disebut|akrab\s+disapa)"
    r"(?:\s+(?:juga|pula))?(?:\s+(?:sebagai|dengan))?\b)\s*$",
    re.IGNORECASE,
)


def other_names(text: str) -> list[tuple[str, str]]:
    """Pairs of places a text gives one unit under ("Jakarta Pusat", "Salemba"): a unit
    named, then named again another way after "atau", "alias", "yang dikenal sebagai" or in
    brackets. A question may use either name, the article's posts only one."""
    matches = [(match, mention) for match in _MENTION.finditer(text)
               if (mention := _mention(match)) is not None]
    pairs = [
        (first.place, second.place)
        for (before, first), (after, second) in pairwise(matches)
        if first.kind == second.kind and first.group != second.group
        and _ALSO_CALLED.match(text[before.end():after.start()])
    ]
    # "Lapas Klas IIA Paledang ... Kepala Lapas Klas IIA Bogor": a unit named by a ward or
    # district the gazetteer places in the town another unit of its kind is named by, when
    # the report names no other unit of that kind in that town.
    units = {(m.kind, m.place) for _, m in matches}
    for kind, place in sorted(units):
        towns = towns_of_locality(place)
        named_towns = [other for k, other in sorted(units) if k == kind and other != place and other.lower() in towns]
        if len(named_towns) == 1 and (named_towns[0], place) not in pairs and (place, named_towns[0]) not in pairs:
            pairs.append((named_towns[0], place))
    return pairs


def _parse(name: str) -> _Mention | None:
    """Parse a single name leniently: any case, the whole rest of the name is the place."""
    match = re.fullmatch(
        rf"\s*(?:{_KIND_RE})\b(?:\s*\([A-Za-z.]+\))?"
        rf"(?:\s+(?P<qualifier>{'|'.join(_QUALIFIERS)}))?"
        + _CLASS_RE
        + r"\s+(?P<place>[^\W\d_][\w' -]*?)\s*",
        name,
        re.IGNORECASE,
    )
    if match is None:
        return None
    kind, qualifier = _kind_and_qualifier(match)
    place = " ".join(_title(w) for w in match.group("place").split())
    cls = (_roman_class(match.group("cls") or match.group("bare") or "")
           + (match.group("grade") or match.group("bare_grade") or "").upper())
    return _Mention(kind, qualifier, cls, place)


def canonical_upt(name: str) -> str:
    """Normalise one UPT name as a user or an article may write it.

    Args:
        name: e.g. ``lapas tanjung pandan`` or ``Lembaga Pemasyarakatan Kelas IIB Kalabahi``.

    Returns:
        The normal form (``Lapas Tanjung Pandan``, ``Lapas Kelas IIB Kalabahi``), or the
        stripped input when it is not a UPT name.
    """
    mention = _parse(name)
    return mention.name if mention else name.strip()


def upt_kind(name: str) -> str | None:
    """The kind of a UPT name ("Lapas", "Rutan", "Bapas", "Rupbasan", "LPKA", "Kanim").

    Args:
        name: any spelling ``canonical_upt`` understands.

    Returns:
        The kind, or None when ``name`` is not a UPT name.
    """
    mention = _parse(name)
    return mention.kind if mention else None


def upt_place(name: str) -> str | None:
    """The place of a UPT name, without kind, qualifier and class ("Lapas Narkotika Kelas
    IIA Samarinda" → "Samarinda"), or None when ``name`` is not a UPT name."""
    mention = _parse(name)
    return mention.place if mention else None


def upt_matches(query_name: str, upt_name: str) -> bool:
    """Whether a name from a question refers to a UPT an article mentions.

    Args:
        query_name: as the user wrote it ("lapas tanjung pandan").
        upt_name: a normalised name from ``Article.upts``.

    Returns:
        True when kind and place agree, ignoring class, case and spaces; a qualifier in the
        question ("Lapas Narkotika ...") must also be in the article's name, while a question
        without one matches both "Lapas" and "Lapas Narkotika" of that place.
    """
    query, upt = _parse(query_name), _parse(upt_name)
    if query is None or upt is None:
        return False
    same_unit = (query.kind, query.group[2]) == (upt.kind, upt.group[2])
    return same_unit and query.qualifier in ("", upt.qualifier)
