"""People: every person a sentence names, with the post the sentence gives them.

"Who is the head of Rutan Krui?" needs a person *holding that post*, not the nearest
capitalised words: news sentences name several officials at once, put the post before the
name ("Kepala Rutan Kelas IIB Krui, Fajar Ferdinan, A.Md.IP, S.H, M.H.") or after it
("Riko Purnama Chandra, Kepala Lapas Narkotika Purwokerto"), give a duty instead of a post
("dipimpin ...", "selaku pembina apel"), and write headlines in title case ("Kalapas
Sumbawa Ajak Pegawai ..."), where capitalised words after a post are a verb phrase.

Post titles, ranks, degrees, section and region words live in ``rag/data/posts.json``;
this module is the small engine that reads them: it finds posts with the organisation
words that follow them, then names (cut at ranks, degrees, institution and section words
and headline verbs), then pairs each name with its post. ``posts_in_question`` reads a
question with the same vocabulary and ``holds`` compares the two.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from rag.concepts import is_name_word
from rag.glossary import load_glossary, plain_english
from rag.indonesian import STOPWORDS_ID, root_words, stem
from rag.regions import find_places, place_phrases, place_words, province_of, province_spellings
from rag.spans import ACRONYM, NUMBER_WORDS
from rag.upt import find_upts

#: Bump when the engine's behaviour changes; the data file is hashed separately.
CODE_VERSION = "89"

#: Post kinds that are duties at an event rather than offices.
DUTY_KINDS = frozenset({"leader", "commander", "preacher"})

_TOKEN = re.compile(r"[^\W_](?:[\w'’./-]*[^\W_])?\.?|[(),;:!?“”\"]|[—–]")
_MAX_NAME_WORDS = 5
_HEAD_AFTER = frozenset({"head", "chief", "warden"})  # "the Tual prison head"
_HEADLINE_SHARE = 0.9
_STOP_EN = frozenset(
    ["the", "of", "a", "an", "in", "at", "on", "for", "to", "and", "or", "who", "whom", "which",
     "what", "was", "is", "were"]
)  # fmt: skip


@dataclass(frozen=True)
class PersonMention:
    """A person a text names, with the post (and duties) the same text gives them.

    Attributes:
        start, end: span of the bare name in the text passed in.
        name: the bare name, without ranks, honorifics or degrees ("Fajar Ferdinan").
        full: as written with ranks and degrees ("Fajar Ferdinan, A.Md.IP, S.H, M.H.").
        post: the post phrase as written ("Kepala Rutan Kelas IIB Krui"), "" if none.
        post_kind: the post's id in ``posts.json`` ("head_upt", "head_kanwil", ...).
        upt_kind: for heads of units, the unit kind ("lapas", "kanwil", "divisi_pas", ...).
        org: the unit the post is of, as written ("Rutan Kelas IIB Krui"), "" if none.
        role_start, role_end: span of the post phrase, -1 when there is none.
        rank: a police or military rank written before the name ("Mayor Arm").
        duties: duties the sentence gives besides the post: "leader" ("dipimpin X",
            "X selaku pembina apel"), "commander", "representative" ("diwakili X":
            the person stands in for the post holder and does not hold the post).
    """

    start: int
    end: int
    name: str
    full: str
    post: str
    post_kind: str | None
    upt_kind: str | None
    org: str
    role_start: int
    role_end: int
    rank: str = ""
    duties: tuple[str, ...] = ()


@dataclass(frozen=True)
class AskedPost:
    """A post a question asks about: kind, unit kind and the words naming the unit."""

    post_kind: str
    upt_kind: str | None
    org_words: frozenset[str]

    @property
    def heads_a_body(self) -> bool:
        """Whether the post heads a unit or office ("head_upt", "head_kanwil", ...)."""
        return self.post_kind.startswith("head")


# ------------------------------------------------------------------ vocabulary


@dataclass(frozen=True)
class _Form:
    """What a matched post form means."""

    post_kind: str
    upt_kind: str | None
    tail: str
    unit_at: int | None  # token offset where the unit words start (long forms of heads)
    unit_name: str  # the unit's short name, for abbreviations ("Kalapas" → "Lapas")


@dataclass(frozen=True)
class _Vocab:
    forms: dict[tuple[str, ...], _Form]
    longest: int
    acting: frozenset[tuple[str, ...]]
    ranks: dict[tuple[str, ...], str]  # rank tokens → force
    corps: frozenset[str]
    honorifics: frozenset[str]
    degrees: frozenset[str]
    provinces: frozenset[tuple[str, ...]]
    aliases: dict[str, str]
    english_regions: dict[str, str]
    region_prefixes: frozenset[str]
    place_prefixes: frozenset[str]
    compass: frozenset[str]
    org_words: frozenset[str]
    #: Organisation words that name a body of their own ("Kemenag"): they extend a post's
    #: organisation as org words do, and a question asking for that body's member keeps them.
    distinct_org_words: frozenset[str]
    qualifiers: frozenset[str]
    class_words: frozenset[str]
    section_words: frozenset[str]
    institution_words: frozenset[str]  # "Yayasan", "Pondok Pesantren": an institution's name follows
    agency_fields: frozenset[str]  # what a government agency serves: "Dinas Sosial", "... Keluarga Berencana"
    not_name: frozenset[str]
    not_posts: frozenset[tuple[str, ...]]
    verbs: frozenset[str]
    leader_before: re.Pattern[str]
    leader_after: re.Pattern[str]
    role_link: re.Pattern[str]
    link_words: frozenset[str]
    representative: re.Pattern[str]
    representative_start: re.Pattern[str]
    en_units: list[tuple[str, _Form]]
    en_posts: list[tuple[str, str, str | None]]
    en_heads: frozenset[str]
    question_leader: tuple[str, ...]
    officers: dict[str, tuple[str, ...]]
    relation: dict[str, frozenset[str]]


def _raw() -> bytes:
    return resources.files("rag").joinpath("data", "posts.json").read_bytes()


def people_version() -> str:
    """Version of the people analysis: the code version and a hash of ``posts.json``.

    Returns:
        e.g. ``"1-3fa9c2d01b7e"``; the lead stores it in the index manifest so that an
        index built with other post vocabulary is rebuilt.
    """
    return f"{CODE_VERSION}-{hashlib.sha256(_raw()).hexdigest()[:12]}"


def _norm(word: str) -> str:
    """Lower case without dots: "Ka.Lapas" and "KaLapas" → "kalapas"."""
    return word.replace(".", "").lower()


def _keys(phrases: list[str]) -> list[tuple[str, ...]]:
    return [tuple(_norm(t) for t in _TOKEN.findall(p)) for p in phrases]


def _cue_regex(cues: list[str], anchor: str) -> re.Pattern[str]:
    """Alternation of cue phrases, longest first, anchored at the end or start of a gap."""
    body = "|".join(r"\s+".join(map(re.escape, c.split())) for c in sorted(cues, key=len)[::-1])
    if anchor == "end":
        return re.compile(rf"(?:^|\W)(?:{body})\s*$", re.IGNORECASE)
    return re.compile(rf"^\s*,?\s*(?:{body})\b", re.IGNORECASE)


def _unit_forms(data: dict) -> dict[tuple[str, ...], _Form]:
    forms: dict[tuple[str, ...], _Form] = {}
    titles = _keys(data["head_titles"])
    for unit in data["units"]:
        kind, upt, tail, name = unit["post_kind"], unit["upt_kind"], unit["tail"], unit["name"]
        for title in titles:
            for words in _keys(unit["words"]):
                forms[title + words] = _Form(kind, upt, tail, len(title), name)
        for abbreviation in _keys(unit["abbreviations"]):
            forms[abbreviation] = _Form(kind, upt, tail, None, name)
    return forms


def _post_forms(data: dict) -> dict[tuple[str, ...], _Form]:
    forms: dict[tuple[str, ...], _Form] = {}
    for post in data["posts"]:
        form = _Form(post["post_kind"], post.get("upt_kind"), post["tail"], None, "")
        for key in _keys(post["forms"]):
            forms.setdefault(key, form)
    return forms


def _english(data: dict) -> tuple[list[tuple[str, _Form]], list[tuple[str, str, str | None]]]:
    units = [
        (phrase, _Form(u["post_kind"], u["upt_kind"], u["tail"], None, u["name"]))
        for u in data["units"]
        for phrase in u["en"]
    ]
    posts = [
        (p, post["post_kind"], post.get("upt_kind")) for post in data["posts"] for p in post["en"]
    ]
    return sorted(units, key=_longest_first), sorted(posts, key=_longest_first)


def _longest_first(item: tuple) -> int:
    return -len(item[0])


def _lower_set(words: list[str]) -> frozenset[str]:
    return frozenset(_norm(w) for w in words)


def _region_words(regions: dict) -> frozenset[str]:
    """Words of province names, their abbreviations, compass and place-prefix words."""
    words = {w for key in _keys(regions["provinces"]) for w in key} | set(regions["aliases"])
    return frozenset(words) | _lower_set(regions["compass"]) | _lower_set(regions["place_prefixes"])


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data = json.loads(_raw())
    forms = {**_post_forms(data), **_unit_forms(data)}
    ranks = {key: force for force in ("police", "military") for key in _keys(data["ranks"][force])}
    regions = data["regions"]
    en_units, en_posts = _english(data)
    section = {w for phrase in data["section_words"] for w in _keys([phrase])[0]}
    return _Vocab(
        forms=forms,
        longest=max(map(len, forms)),
        acting=frozenset(_keys(data["acting"])),
        ranks=ranks,
        corps=_lower_set(data["ranks"]["corps"]),
        honorifics=_lower_set(data["honorifics"]),
        degrees=frozenset(data["degrees"]),
        provinces=frozenset(_keys(regions["provinces"])),
        aliases=regions["aliases"],
        english_regions=regions["english"],
        region_prefixes=_lower_set(regions["prefixes"]),
        place_prefixes=_lower_set(regions["place_prefixes"]),
        compass=_lower_set(regions["compass"]),
        org_words=_lower_set(data["org_words"]) | _lower_set(data["distinct_org_words"]),
        distinct_org_words=_lower_set(data["distinct_org_words"]),
        qualifiers=_lower_set(data["qualifiers"]),
        class_words=_lower_set(data["class_words"]),
        section_words=frozenset(section),
        institution_words=_lower_set(data["institution_words"]),
        agency_fields=_lower_set(data["agency_fields"]),
        not_name=_lower_set(data["not_name_words"]) | _region_words(regions),
        not_posts=frozenset(_keys(data["not_posts"])),
        verbs=_lower_set(data["headline_verbs"]),
        leader_before=_cue_regex(data["leader_cues_before"], "end"),
        leader_after=_cue_regex(data["leader_cues_after"], "start"),
        role_link=re.compile(
            rf"^\s*,?\s*(?:(?:{'|'.join(sorted(data['role_links'], key=len)[::-1])})\s*)?,?\s*$",
            re.IGNORECASE,
        ),
        link_words=frozenset(w for link in data["role_links"] for w in link.split()),
        representative=_cue_regex(data["representative_cues"], "end"),
        representative_start=_cue_regex(data["representative_cues"], "start"),
        en_units=en_units,
        en_posts=en_posts,
        en_heads=frozenset(data["english_head_words"]),
        question_leader=tuple(data["question_leader_cues"]),
        officers={k: tuple(v) for k, v in data["question_officers"].items()},
        relation={k: frozenset(v) for k, v in data["relation_words"].items()},
    )


# ------------------------------------------------------------------ tokens and words


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def norm(self) -> str:
        return _norm(self.text)

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def initial(self) -> bool:
        """An initial of a name: "M.", "M", "RM", "D.", and initials run together with
        their dots: "M.Z. Muttaqien", "A.R."."""
        if re.fullmatch(r"(?:[A-Z]\.){2,3}", self.text):
            return True
        letters = self.text.rstrip(".")
        if self.text.endswith(".") and 3 <= len(letters) <= 4 and letters.isalpha() and letters.isupper():
            # "IGAP. Mahendra", "IGN. Ardana": a Balinese name's initials, with their dot.
            return True
        return 0 < len(letters) <= 2 and letters.isalpha() and letters.isupper()


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=4096)
def _ordinary(word: str) -> bool:
    """Whether a lower-case word is an ordinary Indonesian word (a root or a clearly
    affixed form), which a name rarely is: "keamanan", "ajak", but not "hardiman"."""
    if word in root_words():  # ordinary Indonesian words, which names mostly are not
        return True
    if "-" in word:
        # "bersih-bersih", "kunjungan-kunjungan": a reduplicated ordinary word.
        parts = word.split("-")
        return all(parts) and all(_ordinary(part) for part in parts)
    affixed = re.fullmatch(
        r"(?:di|ke|se|pe|per|pen|pem|peng|peny|me|ber|ter)\w+|\w+(?:an|i|nya)", word
    )
    return bool(affixed) and stem(word) != word


@lru_cache(maxsize=4096)
def _verbish(word: str) -> bool:
    """A headline verb ("Ajak", "Tekankan", "Meninjau"): ends a name in title-case text."""
    if word in _vocab().verbs:
        return True
    affixed = re.fullmatch(r"\w+kan|(?:me|mem|men|meng|meny|ber)\w{3,}", word)
    return bool(affixed) and stem(word) != word


def _vocabulary_word(norm: str) -> bool:
    """A word of the post vocabulary: never part of a name."""
    v = _vocab()
    return (
        norm in v.org_words
        or norm in v.section_words
        or norm in v.institution_words
        or norm in v.not_name
        or norm in v.class_words
        or norm in v.qualifiers
        or norm in v.region_prefixes
        or (norm,) in v.forms
        or (norm,) in v.ranks
    )


def _name_word(tok: _Tok, places: frozenset[str]) -> bool:
    """Whether a token can be part of a person's name."""
    text = tok.text.rstrip(".")
    if not tok.cap or any(c.isdigit() for c in text) or "/" in text:
        return False
    if tok.initial:
        return tok.norm not in _vocab().not_name  # "M.", "RM", but not "RS" (a hospital)
    if (text.isupper() and len(text) > 2) or "." in text:
        return False  # an acronym, a headline in capitals, a degree ("S.Sos")
    norm = tok.norm
    if "-" in norm and _affixed_noun(norm):
        return False  # "Perundang-Perundangan" names a field of law, not a person
    if norm in _NAME_OPENERS:
        return True  # "Muhammad", "Abdul": names first, whatever village shares them
    return (
        not _vocabulary_word(norm)
        and norm not in places
        and is_name_word(text, places)
        and not _verbish(norm)
    )


# ------------------------------------------------------------------ posts and their tails


@dataclass(frozen=True)
class _Post:
    first: int  # token index where the post phrase starts (acting prefix included)
    title: int  # token index where the post title starts (after "Plt.")
    form_end: int  # token index after the post title
    end: int  # token index after the organisation words
    form: _Form


def _match_at(toks: list[_Tok], i: int, table: Container[tuple[str, ...]], longest: int) -> int:
    """Length of the longest key of ``table`` starting at token ``i`` (0 if none)."""
    norms = [t.norm for t in toks[i : i + longest]]
    for size in range(len(norms), 0, -1):
        if tuple(norms[:size]) in table:
            return size
    return 0


#: A numbered post among several of its kind ("Wakil Ketua II", "Asisten III"). "I" is left
#: out: it opens Balinese names ("Ketua I Made Sudarma").
_POST_ORDINALS = frozenset(["II", "III", "IV"])


def _match_post(toks: list[_Tok], i: int) -> tuple[int, int, _Form] | None:
    """The post form at ``i`` (after an optional "Plt."), as (title start, end, form)."""
    v = _vocab()
    acting = _match_at(toks, i, v.acting, 3)
    bracket = toks[i + acting : i + acting + 3]
    if acting and len(bracket) == 3 and bracket[0].text == "(" and bracket[2].text == ")" and _match_at(
        bracket, 1, v.acting, 1
    ):
        acting += 3  # "pelaksana harian (Plh) Kepala Rutan": the acting words and their abbreviation
    size = _match_at(toks, i + acting, v.forms, v.longest)
    if not size and i + acting < len(toks) and toks[i + acting].norm == "wakil":
        # "Wakil Dekan", "Wakil Ketua": a deputy holds a post of his own, not his chief's.
        inner = _match_post(toks, i + acting + 1)
        if inner is not None and inner[0] == i + acting + 1 and not inner[2].post_kind.startswith("deputy_"):
            form = inner[2]
            unit_at = None if form.unit_at is None else form.unit_at + 1
            return i + acting, inner[1], replace(form, post_kind=f"deputy_{form.post_kind}", unit_at=unit_at)
    if not size:
        return _acting_head(toks, i + acting) if acting else None
    key = tuple(t.norm for t in toks[i + acting : i + acting + size])
    end = i + acting + size
    if end < len(toks) and toks[end].text in _POST_ORDINALS and v.forms[key].unit_at is None:
        end += 1  # "Wakil Ketua II DPRD, Acep Tion": the second of the deputies
    return i + acting, end, v.forms[key]


def _acting_head(toks: list[_Tok], i: int) -> tuple[int, int, _Form] | None:
    """An acting title written straight before a unit ("Pelaksana Harian (Plh) LPKA Kelas
    II Karangasem, I Gede ..."): it stands in for the unit's head, as "Plh Kepala LPKA"
    would; the unit words start at ``i``."""
    v = _vocab()
    norms = tuple(t.norm for t in toks[i : i + v.longest])
    for size in range(len(norms), 0, -1):
        form = v.forms.get(("kepala", *norms[:size]))
        if form is not None and form.unit_at is not None:
            return i, i + size, replace(form, unit_at=0)
    return None


def _closing(toks: list[_Tok], i: int) -> int | None:
    """Index of the ")" closing the "(" at ``i``, when it is close and clause-internal."""
    for j in range(i + 1, min(len(toks), i + 10)):
        if toks[j].text == ")":
            return j
        if toks[j].text in {",", ";", "(", "."}:
            return None
    return None


#: The words of the kinds of unit a class designation may follow without "Kelas".
_UNIT_KIND_NORMS = frozenset({"lapas", "rutan", "lpka", "bapas", "rupbasan", "lpp"})


def _class_end(toks: list[_Tok], j: int) -> int | None:
    """End of a class designation after "Kelas" at ``j``: "I", "IIA", "II A", "II-A", "II/A",
    or in digits, "1", "2B" ("Rupbasan Klas 1 Cirebon"), or "II.B"."""
    # ("IIb", "IIa": the letter typed in lower case.)
    if j >= len(toks) or not re.fullmatch(r"(?:IV|I{1,3}|[1-4])(?:[-./]?[ABab])?", toks[j].text):
        return None
    if j + 1 < len(toks) and toks[j + 1].text in {"A", "B"}:
        return j + 2
    return j + 1


def _province_end(toks: list[_Tok], j: int) -> int:
    v = _vocab()
    size = _match_at(toks, j, v.provinces, 4)
    return j + size


def _looks_like_place(toks: list[_Tok], j: int, places: frozenset[str], forced: bool) -> bool:
    """Whether the capitalised word at ``j``, after a unit or region word, is its place."""
    v = _vocab()
    tok = toks[j]
    if not tok.cap or (tok.norm,) in v.ranks or tok.norm in v.honorifics:
        return False
    after = toks[j + 1] if j + 1 < len(toks) else None
    if tok.norm in _NAME_OPENERS and after is not None and after.cap:
        return False  # "Kepala Rutan Muhammad Syahrir Aziz": a first name, though a village has it
    if forced and after is not None and _name_word(after, places) and not (
            _known_place(tok, places) or _known_place(after, places)):
        return False  # "Hengky Honandar, Wakil Walikota Randito Maringka": a name follows
    if (forced or tok.norm in places or tok.norm in v.aliases or _province_end(toks, j) > j
            or _place_phrase_end(toks, j) > j):
        return True
    if after is None:
        return False
    if tok.norm in v.place_prefixes and after.cap:
        return True  # "Tanjung Redeb", "Gunung Sindur"
    if after.norm in v.honorifics and after.text.endswith(".") and _known_place(tok, places):
        return True  # "Bupati Pasuruan H. Irsyad Yusuf", not "Kalapas Budi H. Sitompul"
    if after.cap and _verbish(after.norm):
        return True  # title case even without a headline around it: "Kalapas Sumbawa Ajak"
    # "Kepala Rutan Surabaya, Wahyu ...": the name follows the comma.
    if after.text == "," and j + 2 < len(toks) and toks[j + 2].cap:
        return True
    if after.text == "(" or (after.norm,) in v.ranks or after.norm in v.region_prefixes:
        return True
    if after.cap and _rank_after(toks, j + 2):
        return True  # "Polda Metro Jaya Kombespol Rikwanto": two words of place, then a rank
    # "Kepala Kepolisian Resor Sanggau yang diwakili AKP Sumardai"
    return bool(v.representative_start.match(" ".join(t.text for t in toks[j + 1 : j + 5])))


#: First names so common that a gazetteer's villages carry them too: before another
#: capitalised word they open a person's name, not a place.
_NAME_OPENERS = frozenset({"muhammad", "muhamad", "mohammad", "mohamad", "mochammad", "mochamad", "moh",
                           "ahmad", "achmad", "abdul", "siti"})


def _known_place(tok: _Tok, places: frozenset[str]) -> bool:
    """Whether a capitalised word is a place the corpus or the gazetteer knows."""
    return tok.cap and (tok.norm in places or tok.norm in _vocab().aliases
                        or tok.norm in place_words() or bool(find_places(tok.text)))


def _place_phrase_end(toks: list[_Tok], j: int) -> int:
    """End of a regency, city or district name of several capitalised words starting at
    ``j`` ("Karang Intan"), or ``j`` when none starts there."""
    known = place_phrases()
    for size in (3, 2):
        words = toks[j : j + size]
        if len(words) == size and all(t.cap for t in words) and tuple(t.norm for t in words) in known:
            return j + size
    return j


def _rank_after(toks: list[_Tok], k: int) -> bool:
    """Whether a rank stands at ``k``, or after a comma there ("..., Kombespol Rikwanto")."""
    ranks = _vocab().ranks
    if k < len(toks) and toks[k].text == ",":
        k += 1
    return k < len(toks) and (toks[k].norm,) in ranks


def _place_end(toks: list[_Tok], j: int, places: frozenset[str]) -> int:
    """End of a place name starting at ``j``: one word, or two when the first cannot
    stand alone ("Gunung Sindur"), the second is a compass word ("Lombok Barat") or the
    pair is a province ("Jawa Tengah")."""
    v = _vocab()
    province = _province_end(toks, j)
    if province > j + 1:
        return province
    phrase = _place_phrase_end(toks, j)
    if phrase > j:
        return phrase
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if (
        nxt is not None
        and nxt.cap
        and (toks[j].norm in v.place_prefixes or nxt.norm in v.compass or nxt.norm in places)
    ):
        return j + 2
    if nxt is not None and nxt.cap and _rank_after(toks, j + 2):
        return j + 2  # "Metro Jaya" before "Kombespol Rikwanto" or ", Kombespol Rikwanto"
    if (nxt is not None and nxt.cap and j + 3 < len(toks) and toks[j + 2].text == ","
            and not _verbish(nxt.norm) and (nxt.norm,) not in v.ranks
            and _name_word(toks[j + 3], places) and _match_post(toks, j + 3) is None
            and _degrees_end(toks, j + 2) == j + 2):  # "Lhoknga Yusrizal, SH.": a name, then degrees
        return j + 2  # "Kepala Lapas Merah Mata, Harun": the comma parts the place from the name
    return j + 1


#: Facilities graded by a word that is also a given name: "Klinik Pratama", "Klinik Utama".
_FACILITY_NOUNS = frozenset({"klinik", "poliklinik"})
_FACILITY_GRADES = frozenset({"pratama", "utama", "madya"})


def _tail(toks: list[_Tok], i: int, tail: str, places: frozenset[str], forced: bool) -> int:
    """End of the organisation words after a post title ("Kelas IIB Krui", "Kemenkumham
    Jawa Tengah", "Binadik Lapas Jelekong"); ``forced`` takes the first capitalised word
    as the place (in a headline "Kalapas Sumbawa" always names the unit, and so does a
    post given as a role after a name, "Nama, Kepala Lapas Purwokerto yang ...")."""
    v = _vocab()
    if tail == "apposition":
        return _apposition_end(toks, i, places)
    if tail == "none":
        # "seorang hair stylist profesional, Arkam Zulfikar": a trade's praise is no body.
        while i < len(toks) and toks[i].norm in _TRADE_PRAISE:
            i += 1
    need_place = tail in {"upt", "region", "org", "territory"}
    strong = forced
    j = i
    while j < len(toks):
        tok = toks[j]
        if j > i and tok.cap and _match_post(toks, j) is not None:
            break  # the next post: "Gubernur Kalbar dan Wali Kota Pontianak"
        if tok.text == "(":
            close = _closing(toks, j)
            if close is None:
                break
            j = close + 1
            continue
        if tok.text.upper() == "TPS":
            # "Ketua KPPS TPS Khusus 901, Mohammad Faishol Nur": the polling station is part
            # of the post.
            k = j + 1
            while k < len(toks) and toks[k].norm in {"khusus", "lokasi", "lk"}:
                k += 1
            if k < len(toks) and toks[k].text.isdigit():
                j = k + 1
                continue
        if tok.norm in v.class_words and (end := _class_end(toks, j + 1)):
            j, need_place, strong = end, True, True
            continue
        if (j > 0 and toks[j - 1].norm in _UNIT_KIND_NORMS and re.fullmatch(r"I{1,3}[AB]?|IV", tok.text)
                and (end := _class_end(toks, j))):
            # "Lapas II B Ngawi": the class written without "Kelas".
            j, need_place, strong = end, True, True
            continue
        if tok.text == "," and j > i and tail in {"section", "org"} and _listed_org(toks, j + 1, tail):
            j += 1  # "Kepala Bidang Pembinaan, Bimbingan, dan Teknologi Informasi": one section
            continue
        if tok.norm in {"dan", "serta", "&"} or tok.text == "/":
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is None or not (_org_token(nxt, tail) or _named_before_bracket(toks, j + 1)):
                break
            j += 1
            continue
        if tok.cap and tail != "none" and _spells_out_acronym(toks, j):
            # "Kepala Badan Nasional Penanggulangan Terorisme (BNPT) Komjen ...": the body's
            # name and its acronym are the post's organisation.
            k = j
            while toks[k].text != "(":
                k += 1
            close = _closing(toks, k)
            if close is not None:
                j, need_place = close + 1, False
                j = _own_name_end(toks, j)
                continue
        if tok.cap and (_org_token(tok, tail) or j > 0 and toks[j - 1].norm in _FACILITY_NOUNS
                        and tok.norm in _FACILITY_GRADES):
            # ("Kasi Perawatan Klinik Pratama Lapas Semarang, Bachtiar": "Pratama" grades the
            # clinic, it is no name.)
            j += 1
            need_place = need_place or tok.norm in v.org_words or tok.norm in v.region_prefixes
            strong = strong or tok.norm in v.region_prefixes
            continue
        if (tail == "section" and j > i and _ACRONYM.fullmatch(tok.text) and toks[j - 1].norm in v.section_words
                and j + 1 < len(toks) and toks[j + 1].cap):
            # "Kasubag Humas PPTHI Kemenkum HAM Jawa Tengah": an acronym naming the section's
            # field, before the body.
            j += 1
            continue
        if j == i and tail == "org" and _ACRONYM.fullmatch(tok.text) and _capitalised_next(toks, j):
            # "Rektor UMMAS Prianda Pebri": an unknown acronym in capitals right after an
            # organisation's post, before a name, is the organisation.
            j += 1
            continue
        if tail in {"org", "territory"} and (
            any(c.isdigit() for c in tok.text)
            or (j > 0 and _ROMAN.fullmatch(tok.text) and _org_token(toks[j - 1], tail)
                and not _balinese_name_at(toks, j))
        ):
            j += 1  # "Kodim 0430", "Kodim 1204/Sanggau", "Subdirektorat III"
            continue
        # "Bupati Kendal Windu ...": a territory's first word is its place when it is one
        # ("Wakil Gubernur Johni Asadoma" names no territory); so is a unit's, when the
        # gazetteer knows the word and a name follows ("Kalapas Luwuk Muhammad Bahrun":
        # Luwuk is a town of Banggai, though no "Lapas Luwuk" is written).
        territory = (tail == "territory" or (tail == "upt" and _capitalised_next(toks, j))) and _known_place(
            toks[j], places)
        # "Kepala Kejaksaan Negeri Minahasa, Kepala ...": a place the gazetteer knows, with
        # no name after it, is the body's place; the post's holder is not named.
        territory = territory or (tail in {"org", "upt"} and _known_place(toks[j], places)
                                  and not _capitalised_next(toks, j))
        if need_place and _looks_like_place(toks, j, places, strong or territory):
            j, need_place, strong = _place_end(toks, j, places), False, False
            continue
        if (tail == "upt" and not need_place and j > i and tok.norm == "di" and j + 1 < len(toks)
                and toks[j + 1].cap and _known_place(toks[j + 1], places)):
            # "Kalapas Kelas I Surabaya di Porong, Prasetyo": where the unit stands, then the
            # comma before its head's name, is part of the post.
            end = _place_end(toks, j + 1, places)
            if end < len(toks) and toks[end].text == ",":
                j = end
                continue
        if tail == "org" and j > i and tok.cap and toks[j - 1].norm in _NAMED_BODY_WORDS:
            # "Rektor Universitas Perwira Purbalingga, Eming Sudiana": a university's own name
            # runs to the comma before its head's name ("Perwira" is no first name here).
            k = j
            while k < len(toks) and toks[k].cap:
                k += 1
            if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].cap:
                j = k
                continue
        if (tail in {"upt", "org"} and not need_place and j > i and tok.cap
                and (end := _province_end(toks, j)) > j and end < len(toks) and toks[end].text == ","):
            # "Kepala LPKA Kutoarjo Jawa Tengah, Herastini": the province after the unit's
            # place, then the comma before its head's name, is part of the post.
            j = end
            continue
        if tok.norm == "atau" and j > i and j + 1 < len(toks) and toks[j + 1].norm in _UNIT_ALIAS_WORDS:
            # "Kepala Lapas Narkotika Tanjungpinang atau Lapas Batu 18 Gunung Kijang,
            # Misbahudin": the unit's other name is part of the post.
            k = j + 2
            while k < len(toks) and (toks[k].cap or toks[k].text.isdigit()):
                k += 1
            if k > j + 2:
                j = k
                continue
        break
    return j


#: Words of a body whose own name follows them: "Universitas Perwira Purbalingga".
_NAMED_BODY_WORDS = frozenset({"universitas", "institut", "politeknik", "akademi", "yayasan", "stie", "stikes"})


#: Unit words that open a unit's other name after "atau" in a post.
_UNIT_ALIAS_WORDS = frozenset({"lapas", "rutan", "lpka", "bapas", "rupbasan", "lp"})


#: Words praising a trade or role after its name, before its holder's: "penata rambut
#: profesional, Arkam", "instruktur senior, Budi".
_TRADE_PRAISE = frozenset({"profesional", "professional", "senior", "berpengalaman", "ternama", "kenamaan",
                           "terkenal", "handal", "andal"})


#: Lower-case words inside the field of a post given in apposition ("Koordinator
#: Kebutuhan Dasar pada Ditjen Pemasyarakatan, Surakhmat").
_APPOSITION_JOINERS = frozenset({"pada", "di", "dan", "bidang", "&"})
#: Words the field of a post given in apposition may run to, before its holder's name.
APPOSITION_WORDS = 12


def _apposition_end(toks: list[_Tok], i: int, places: frozenset[str]) -> int:
    """End of the field of a post whose field is free words ("Koordinator Penyuluh
    Kementerian Agama (Kemenag) Kabupaten Tabanan, I Wayan ..."): every capitalised word,
    joiner and bracket up to a comma that a name follows; without such a comma, none."""
    k = i
    while k < len(toks) and k - i < APPOSITION_WORDS:
        tok = toks[k]
        if tok.text == "(":
            close = _closing(toks, k)
            if close is None:
                break
            k = close + 1
        elif tok.text != "," and (tok.cap or tok.norm in _APPOSITION_JOINERS):
            k += 1
        else:
            break
    named = (k > i and k + 1 < len(toks) and toks[k].text == ","
             and (_name_word(toks[k + 1], places) or _balinese_name_at(toks, k + 1)))
    return k if named else i


def _own_name_end(toks: list[_Tok], j: int) -> int:
    """End of a body's own name after its spelt-out kind and acronym: "Ketua Pusat
    Kegiatan Belajar Masyarakat (PKBM) Mulia Kasih, Marthen ...": up to three capitalised
    words right before a comma and the holder's name belong to the body."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].cap and toks[k].text.isalpha():
        k += 1
    if (k > j and k + 1 < len(toks) and toks[k].text == "," and _name_word(toks[k + 1], frozenset())
            and _match_post(toks, k + 1) is None):
        return k
    return j


#: A roman numeral numbering a sub-unit, from one to thirty-nine: "Subdirektorat III",
#: "Seksi II", "Komisi XIII" (the lookahead keeps the empty string out, every part being
#: optional).
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
#: Balinese names open with "I" (men) or "Ni" (women) before a birth-order or caste name:
#: "Direktur Jenderal Pemasyarakatan I Wayan D Yusak" names no "Pemasyarakatan I".
_BALINESE_NAMES = frozenset({"wayan", "made", "nyoman", "ketut", "putu", "gede", "kadek", "komang",
                             "nengah", "gusti", "gst", "dewa", "luh", "nym", "kt", "md", "ngurah"})


def _balinese_name_at(toks: list[_Tok], j: int) -> bool:
    """Whether "I" at ``j`` opens a Balinese name ("I Wayan", "I Gusti") rather than
    numbering a unit ("Subdirektorat I")."""
    return toks[j].text == "I" and j + 1 < len(toks) and toks[j + 1].norm in _BALINESE_NAMES


def _capitalised_next(toks: list[_Tok], j: int) -> bool:
    """Whether a capitalised word follows token ``j`` (the name after a unit's place)."""
    return j + 1 < len(toks) and toks[j + 1].cap


def _named_before_bracket(toks: list[_Tok], i: int, span: int = 3) -> bool:
    """Whether capitalised words from ``i`` run into a bracketed name: "Dinas Pemuda dan
    Olahraga (Dispora)" is one body, its name given in brackets after it."""
    for k in range(i, min(i + span + 1, len(toks))):
        if toks[k].text == "(":
            return k > i
        if not toks[k].cap or _match_post(toks, k) is not None:
            return False
    return False


def _affixed_noun(norm: str) -> bool:
    """An affixed noun naming what a body does ("perawatan"); so is a reduplicated one,
    "Perundang-undangan", whose last part is one."""
    last = norm.rsplit("-", 1)[-1]
    return bool(re.fullmatch(r"(?:ke|pe|per|pen|pem|peng|peny)\w+an", last) and _ordinary(last))


def _org_token(tok: _Tok, tail: str) -> bool:
    """A word that belongs to an organisation or section name in a post's tail."""
    v = _vocab()
    norm = tok.norm
    if norm in v.org_words or norm in v.qualifiers or norm in v.region_prefixes:
        return True
    # "Seksi Perawatan", "Suku Dinas Pertamanan": an affixed noun names what the body does.
    affixed_noun = _affixed_noun(norm)
    if tail == "section":
        parts = [_norm(p) for p in tok.text.split("/")]
        return all(p in v.section_words for p in parts) or affixed_noun
    # "Kepala Dinas Sosial Jawa Barat", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, dan
    # Keluarga Berencana": what an agency serves is part of its name.
    # "Asisten II Bidang Perekonomian dan Pembangunan": the field an assistant serves.
    return tail == "org" and (affixed_noun or norm in v.agency_fields or norm == "bidang")


#: An organisation's acronym: three or more capitals, perhaps with a digit ("UMMAS", "UIN", "PT2").
_ACRONYM = re.compile(r"[A-Z]{3,}[0-9]?")


# ------------------------------------------------------------------ names


@dataclass(frozen=True)
class _Name:
    first: int  # token index of the first rank/honorific/name token
    name_first: int
    name_end: int
    end: int  # token index after degrees
    rank: str


def _rank_end(toks: list[_Tok], i: int) -> int:
    """End of a police or military rank with its corps at ``i`` ("Komjen Pol.", "Mayor
    Arm"), or ``i`` when there is none."""
    v = _vocab()
    size = _match_at(toks, i, v.ranks, 3)
    if not size:
        return i
    j = i + size
    while j < len(toks) and toks[j].norm in v.corps and toks[j].cap:
        j += 1
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 1].norm in v.corps and toks[j + 2].text == ")":
        j += 3  # "Mayor (Inf) Suratno": the corps in brackets
    if j + 2 < len(toks) and toks[j].text == "(" and (toks[j + 1].norm,) in v.ranks and toks[j + 2].text == ")":
        j += 3  # "Komisaris Besar (Kombes) Endi Sutendi": the rank spelt out, then its short form
    return j


def _honorifics_end(toks: list[_Tok], i: int) -> int:
    """Skip honorifics ("H.", "Dr.", "Hj."): written with a dot, they are not initials."""
    v = _vocab()
    j = i
    while (
        j < len(toks)
        and toks[j].norm in v.honorifics
        and (toks[j].text.endswith(".") or len(toks[j].norm) > 2)
    ):
        j += 1
    return j


def _is_degree(letters: str) -> bool:
    """Whether ``letters`` (upper case, no dots) is a sequence of degree abbreviations."""
    degrees = _vocab().degrees
    if not letters:
        return False
    return any(
        letters[:k] in degrees and (k == len(letters) or _is_degree(letters[k:]))
        for k in range(2, min(len(letters), 8) + 1)
    )


def _degrees_end(toks: list[_Tok], j: int) -> int:
    """End of the academic degrees after a name: ", A.Md.IP, S.H, M.H.", " S. AP"."""
    end = j
    k = j
    while k < len(toks):
        k = k + 1 if toks[k].text == "," else k
        found = 0
        for size in (1, 2, 3):
            group = toks[k : k + size]
            looks = all(
                re.fullmatch(r"[A-Z][A-Za-z]{0,4}(?:\.[A-Za-z]{1,5})*\.?", t.text) for t in group
            )
            if len(group) == size and looks and _is_degree("".join(t.norm for t in group).upper()):
                found = size
                break
        if not found:
            break
        k += found
        end = k
    return end


def _name_words(toks: list[_Tok], i: int, places: frozenset[str], headline: bool) -> int:
    """End of the name words starting at ``i`` (a verb ends a name: "Ilham Djaya | Cek").

    In title-case text a run longer than three words also stops at the first ordinary
    word after an unusual one ("Budi Harjono | Bangun Pos Jaga"), since an unknown verb
    looks like any other capitalised word there.
    """
    j = i
    if _noble_prefix(toks, i):
        j += 2
    while j < len(toks) and j - i < _MAX_NAME_WORDS and (
        _name_word(toks[j], places)
        or (j > i and (_inside_name(toks, j, places) or _after_initial(toks, j)))
        or (j > i and not headline and _verb_inside_name(toks, j, places))
    ):
        j += 1
    if not headline or j - i <= 3:
        return j
    seen_unusual = False
    for k in range(i, j):
        ordinary = not toks[k].initial and _ordinary(toks[k].norm)
        if seen_unusual and ordinary:
            return k
        seen_unusual = seen_unusual or not ordinary
    return j


def _verb_inside_name(toks: list[_Tok], j: int, places: frozenset[str]) -> bool:
    """Whether a capitalised word a headline would read as a verb continues a name in
    running text, before a name word no dictionary knows: "Devy Puji Astuti" ("Puji" is
    "praise" in "Gubernur Puji Kinerja Lapas"); running text writes its verbs in lower
    case ("Tinjau Dapur" stays a verb and a noun)."""
    tok = toks[j]
    return (tok.cap and tok.text.isalpha() and not tok.text.isupper() and _verbish(tok.norm)
            and not _vocabulary_word(tok.norm) and tok.norm not in places and is_name_word(tok.text, places)
            and j + 1 < len(toks) and _name_word(toks[j + 1], places) and not _ordinary(toks[j + 1].norm))


#: Ordinary words that are also given names, part of a name between two name words:
#: "Bambang Hari Widodo", "Agus Selamat Riyadi" (elsewhere "Hari" is a day).
_NAME_INSIDE_WORDS = frozenset({"hari", "selamat"})


#: "(alm)", "(almh)": the one named before has died ("almarhum", "almarhumah").
_LATE_MARKS = frozenset({"alm", "almh", "almarhum", "almarhumah"})


#: Patronymic joiners inside a name: "Tuo bin Udding", "Siti binti Abdullah" (son /
#: daughter of), "Jidi Bin Sanari"; not "BIN", the intelligence agency.
_NAME_JOINERS = frozenset({"bin", "binti"})


def _inside_name(toks: list[_Tok], j: int, places: frozenset[str]) -> bool:
    """Whether the word at ``j``, after a name word, continues the name."""
    tok = toks[j]
    inside = (tok.norm in _NAME_INSIDE_WORDS and tok.cap and not tok.text.isupper()) or (
        tok.norm in _NAME_JOINERS and (tok.text.islower() or tok.text.istitle())
    )
    return inside and j + 1 < len(toks) and _name_word(toks[j + 1], places)


def _after_initial(toks: list[_Tok], j: int) -> bool:
    """Whether the word at ``j`` continues a name after a middle initial.

    An initial with a dot ("Antonius H. Jawa Gili") is followed by the rest of the
    name, even by a word that elsewhere names a place ("Jawa", before a name word
    and not "Timur"): a name rarely ends at its initial. Post, unit and verb words
    still end it.
    """
    before, tok = toks[j - 1], toks[j]
    if not (before.initial and before.text.endswith(".") and tok.cap and tok.text.isalpha()):
        return False
    if tok.text.isupper() or _verbish(tok.norm) or _ordinary(tok.norm):
        return False
    if not _vocabulary_word(tok.norm):
        return True
    v = _vocab()
    place_like = tok.norm in v.not_name or tok.norm in v.region_prefixes
    post_like = (
        tok.norm in v.org_words or tok.norm in v.section_words
        or tok.norm in v.institution_words or (tok.norm,) in v.forms or (tok.norm,) in v.ranks
    )
    return (
        place_like and not post_like and j + 1 < len(toks)
        and _name_word(toks[j + 1], frozenset())
    )


#: Honorifics of address, which open a one-word name ("diketuai oleh Bapak Syaiful").
_ADDRESS_WORDS = frozenset({"bapak", "pak", "ibu", "bu"})

#: Balinese titles of birth that open a name with ordinary words: "Anak Agung Gde Krisna"
#: ("anak" is otherwise a child, as in "anak binaan").
_NOBLE_PREFIXES = frozenset({("anak", "agung")})


def _noble_prefix(toks: list[_Tok], i: int) -> bool:
    """Whether a Balinese title of birth starts at ``i`` and a name word follows it."""
    return (
        i + 2 < len(toks)
        and all(t.cap for t in toks[i : i + 2])
        and (toks[i].norm, toks[i + 1].norm) in _NOBLE_PREFIXES
        and toks[i + 2].cap
    )


def _verb_shaped_name(toks: list[_Tok], j: int, places: frozenset[str]) -> bool:
    """Whether the capitalised word at ``j`` can be a name that only looks like a verb:
    "Meliana", "Berliana" (running text writes its verbs in lower case)."""
    if j >= len(toks):
        return False
    tok = toks[j]
    return (tok.cap and tok.text.isalpha() and not tok.text.isupper() and _verbish(tok.norm)
            and tok.norm not in _vocab().verbs and not _vocabulary_word(tok.norm) and tok.norm not in places
            and is_name_word(tok.text, places))


#: Nouns of an event or a campaign whose own name follows them: "deklarasi Zero Halinar",
#: "apel Siaga Nataru", "gerakan Bersih Narkoba".
_EVENT_BEFORE_NAME = frozenset({"apel", "deklarasi", "ikrar", "gerakan", "program", "kegiatan", "operasi", "lomba",
                                "festival", "pameran", "pelatihan", "kampanye", "aksi", "pencanangan", "peluncuran",
                                "penandatanganan", "naskah", "pakta", "komitmen", "slogan", "tagline", "inovasi",
                                "aplikasi", "layanan"})


#: Titles written before a name that no one bears as a middle initial ("H." may be one).
_TITLES_INSIDE = frozenset({"dr", "drs", "dra", "ir", "prof", "kh"})
#: The most capitalised words of a body's name a post's tail may leave before a title.
_BODY_WORDS_BEFORE_TITLE = 2


def _titled_holder_start(toks: list[_Tok], end: int) -> int:
    """Where the holder of a post whose tail ends at ``end`` starts: at a title a word or
    two later ("Ketua PSDKU Undip Dr. Redyanto Noor": "Undip" ends the body's name, the
    title opens the holder's), else ``end``."""
    k = end
    while k < len(toks) and k - end < _BODY_WORDS_BEFORE_TITLE and toks[k].cap and toks[k].norm not in _TITLES_INSIDE:
        k += 1
    if end < k < len(toks) and toks[k].norm in _TITLES_INSIDE and toks[k].text.endswith("."):
        return k
    return end


def _name_at(
    toks: list[_Tok], i: int, places: frozenset[str], headline: bool, posted: bool
) -> _Name | None:
    """A name (with rank, honorifics and degrees) starting at token ``i``, or None."""
    rank_end = _rank_end(toks, i)
    first = _honorifics_end(toks, rank_end)
    end = _name_words(toks, first, places, headline)
    if end == first and posted and not headline and _verb_shaped_name(toks, first, places):
        # "Kasubsie Pengelolaan Rutan Palu, Meliana, memandang ...": after a post, running
        # text's capitalised word is its holder, though it is shaped like a verb ("me-").
        end = _name_words(toks, first + 1, places, headline)
    if (end == first and posted and not headline and first + 1 < len(toks) and toks[first].cap
            and toks[first].norm in _NAME_INSIDE_WORDS and _name_word(toks[first + 1], places)):
        # "Kalapas Tembilahan, Hari Winarca, mengapresiasi ...": after a post, a given name
        # that is also an ordinary word ("Hari", "Selamat") opens its holder's name.
        end = _name_words(toks, first + 1, places, headline)
    if end == first:
        return None
    titled = next((k for k in range(first + 1, end) if toks[k].norm in _TITLES_INSIDE and toks[k].text.endswith(".")), None)
    if titled is not None:
        # "Pimpinan PSDKU Undip Dr. Redyanto Noor": a title opens a name; the capitalised
        # words before it are not a first name.
        return _name_at(toks, titled, places, headline, posted)
    words = toks[first:end]
    full_words = [t for t in words if not t.initial]
    # "Komjen Pol. Boy", "Bapak Syaiful": a rank or an honorific makes one word a name.
    ranked = rank_end > i or (first > rank_end and toks[rank_end].norm in _ADDRESS_WORDS)
    if _spells_out_acronym(toks, first):
        return None  # "Ketua Kelompok Panitia Pemungutan Suara (KPPS)": a body, not a person
    opening = first
    while opening > 0 and toks[opening - 1].cap and first - opening < 3:
        opening -= 1  # "ASI (Addiction Severity Index)": a word the name reader passed over
    if opening >= 2 and toks[opening - 1].text == "(" and ACRONYM.fullmatch(toks[opening - 2].text):
        return None  # "TB MDR (Resisten Obat)": the acronym's words in brackets, not a person
    before = i - 1 - (i > 1 and toks[i - 1].text in {'"', "“", "'", "‘"})
    if not posted and not ranked and first == i and before >= 0 and toks[before].norm in _EVENT_BEFORE_NAME:
        return None  # "apel deklarasi Zero Halinar": the name of the event, not a person
    # "kepada Sudirman, SH": academic degrees make one word a person's name.
    degreed = _degrees_end(toks, end) > end
    if (not ranked and not degreed and first == i and i > 0 and toks[i - 1].cap
            and _place_phrase_end(toks, i - 1) > i):
        return None  # "Forkopimda Tanah Datar, Sekretaris Daerah ...": the end of a place's name
    # "kini diisi P. Siregar": an initial with its dot and a surname is a person's name
    # ("Rupbasan Kelas I Pekanbaru" is a class and a town).
    initialled = (len(full_words) == 1 and len(words) == 2 and words[0].initial and words[0].text.endswith(".")
                  and not headline and toks[end - 1].norm not in places)
    if not (posted or ranked or degreed or _post_follows(toks, end) or _inmate_follows(toks, i, end)
            or _listed_as_people(toks, i)):
        if i > 0 and toks[i - 1].norm == "di":
            return None  # "Kalapas di Rantau Parapat": after "di" capitals name a place
        if headline or (len(full_words) < 2 and not initialled) or len(words) > 4:
            return None
        if all(_ordinary(t.norm) for t in full_words):
            return None  # "Bimbingan Narapidana", "Rincian Penerima"
        if (end < len(toks) and toks[end].text == "(" and not (end + 1 < len(toks) and toks[end + 1].text.isdigit())
                and not (end + 1 < len(toks) and toks[end + 1].norm in _LATE_MARKS)):
            # A defined term, "Human Immunodeficiency Virus (HIV)"; "Saputra (20)" is an age,
            # and "Jidi Bin Sanari (alm)" a man whose father has died.
            return None
        if i > 0 and _names_a_unit(toks[i - 1]):
            return None  # "Kabupaten Kutai Kartanegara", "Polres Metro Jakarta"
    if not full_words:
        return None
    if (
        headline
        and all(_ordinary(t.norm) for t in full_words)
        and not (end < len(toks) and _verbish(toks[end].norm))
    ):
        return None
    # "Komisaris Besar (Kombes)": brackets hug the short form they hold.
    rank = re.sub(r"\(\s+|\s+\)", lambda m: m.group().strip(), " ".join(t.text for t in toks[i:rank_end])).rstrip(".")
    return _Name(i, first, end, _degrees_end(toks, end), rank)


#: Nouns for inmates and for staff. A count of one never stands for the other
#: (``rag.answer.how_many``), and after a comma each makes the word before it a person.
INMATE_NOUNS = ("warga binaan", "napi", "narapidana", "tahanan", "wbp", "penghuni", "anak didik", "klien")
STAFF_NOUNS = ("pegawai", "petugas", "asn", "jajaran", "personel", "staf", "karyawan")
#: Nouns of people a list of names may be announced by: "dua petugas pengawas dari BPMP ...,
#: yakni Firman dan Hamka".
_PEOPLE_NOUNS = frozenset(" ".join(INMATE_NOUNS + STAFF_NOUNS).split()) | {
    "pengawas", "orang", "warga", "peserta", "anak", "siswa", "santri", "instruktur", "guru", "pelatih",
    "relawan", "dokter", "perawat", "pengajar", "penceramah", "juri"}
#: Words that announce the names of a group: "yakni", "yaitu", "bernama".
_NAMES_ANNOUNCED = frozenset({"yakni", "yaitu", "bernama", "masing-masing"})
#: Words that count a group of people before its noun: number words, ordinals ("kedua
#: petugas"), and counts left vague ("sejumlah", "beberapa").
_COUNT_WORDS = frozenset(w for w in NUMBER_WORDS if " " not in w) | {
    "kedua", "ketiga", "keempat", "kelima", "sejumlah", "beberapa"}


def _listed_as_people(toks: list[_Tok], i: int) -> bool:
    """Whether the word at ``i`` is one of the names a people noun announces ("dua petugas
    pengawas ..., yakni Firman dan Hamka"): one word then names a person."""
    k = i - 1
    while k >= 0 and (toks[k].text == "," or toks[k].norm in {"dan", "serta"} or toks[k].cap) and i - k < _LIST_TOKENS:
        k -= 1
    if k >= 0 and toks[k].norm not in _NAMES_ANNOUNCED | _NAMES_EQUATED:
        k = _list_opening_past_clauses(toks, i)
    if k < 0 or toks[k].norm not in _NAMES_ANNOUNCED | _NAMES_EQUATED:
        return False
    # The noun counted: "dua petugas", "tiga orang" (a count of people, not "dua kota").
    window = toks[max(0, k - 25) : k]
    if any(t.norm in _PEOPLE_NOUNS and (p.norm in _COUNT_WORDS or p.text.isdigit()) for p, t in pairwise(window)):
        return True
    # "Mereka yang sudah tertangkap kembali ialah Danil Darmianto, ..., Ardianto, ...":
    # those the sentence tells of, named.
    return toks[k].norm in _NAMES_EQUATED and any(p.norm == "mereka" and t.norm == "yang" for p, t in pairwise(window))


def _list_opening_past_clauses(toks: list[_Tok], i: int) -> int:
    """The word that opens a list of names whose items each say something of their own
    ("... ialah Renold Dianosa yang mengalami luka di mulut, Alek yang terluka di bagian
    pelipis, Ace ..."): walking back item by item, each a capitalised name and, at most, a
    clause opened by "yang"; -1 when the list opens no such way."""
    separators = {",", "dan", "serta"}
    k = i - 1
    while k >= 0 and i - k < _CLAUSED_LIST_TOKENS:
        if toks[k].norm in _NAMES_ANNOUNCED | _NAMES_EQUATED:
            return k
        if toks[k].norm not in separators:
            return -1
        while k >= 0 and toks[k].norm in separators:
            k -= 1
        # The item before the separator: a name, then maybe "yang ..." up to it.
        j = k
        while j >= 0 and toks[j].text != "," and toks[j].norm not in _NAMES_ANNOUNCED | _NAMES_EQUATED:
            j -= 1
        item = toks[j + 1 : k + 1]
        opens = next((n for n, t in enumerate(item) if t.norm == "yang"), len(item))
        if not item or opens == 0 or not all(t.cap for t in item[:opens]):
            return -1
        k = j
    return -1


#: How many tokens back a list of names with a clause to each may open.
_CLAUSED_LIST_TOKENS = 60
#: Words that equate a group with the names after them: "... adalah Bendri Doni, ...".
_NAMES_EQUATED = frozenset({"adalah", "ialah"})
#: How many tokens back from a name the words announcing its list may stand.
_LIST_TOKENS = 30


def _spells_out_acronym(toks: list[_Tok], i: int) -> bool:
    """Whether the capitalised words from ``i`` are spelt out by the acronym in brackets
    after them ("Kelompok Panitia Pemungutan Suara (KPPS)", "Tim Pengamat Pemasyarakatan
    (TPP)"): the name of a body, never a person's."""
    k = i
    while k < len(toks) and (toks[k].cap or toks[k].norm == "dan") and k - i < 8:
        k += 1
    if k + 1 >= len(toks) or toks[k].text != "(":
        return False
    acronym = toks[k + 1].text
    if not (acronym.isupper() and acronym.isalpha()):
        return False
    # The spelt-out words may start before ``i`` ("Kelompok" when the name tried is "Panitia").
    start = i
    while start > 0 and i - start < 6 and toks[start - 1].cap:
        start -= 1
    return any("".join(t.text[0] for t in toks[s:k] if t.cap).upper() == acronym
               for s in range(start, i + 1) if k - s >= 2)


#: What a comma after a name may call its bearer, making a single word a person: "Lagu itu
#: dibawakan Helmi, warga binaan yang mewakili blok G".
_INMATE_APPOSITION = (*INMATE_NOUNS, "terpidana", "tersangka", "pembesuk", "pengunjung", "anak binaan",
                      # "Aris, sopir truk sampah tersebut", "Sekar Ayu, perempuan yang ...":
                      # a private person named before what they are.
                      "sopir", "pengemudi", "perempuan", "pria", "wanita", "istri", "suami", "kekasih", "pacar",
                      "korban", "pelaku", "saksi", "petani", "pedagang", "nelayan", "mahasiswa", "pelajar",
                      "siswa", "santri", "auditor")
#: Nouns for staff below any post and for people by how they relate to the story: "Lukman,
#: staf Sub Seksi ...", "Edi, warga yang tinggal di sekitar rutan". A connective before them
#: ("Selanjutnya, petugas ...") is an ordinary word, and no name.
_RELATION_APPOSITION = ("staf", "petugas", "pegawai", "sipir", "anggota", "rekan", "teman", "tetangga",
                        "kerabat", "sepupu", "kakak", "adik", "ayah", "paman", "warga yang", "warga sekitar",
                        "warga setempat")


def _inmate_follows(toks: list[_Tok], i: int, end: int) -> bool:
    """Whether the name from ``i`` to ``end`` is followed by what the person is: ", warga
    binaan" or the like, staff below any post or a relation (``_RELATION_APPOSITION``),
    by where the person lives (", warga Limunjan", ", warga Jalan H. Isa"), or by an age in
    brackets ("Efwazan (50)"), and is no place after a preposition ("di Bangli, napi ...")."""
    if i > 0 and (toks[i - 1].norm in _PLACE_PREPOSITIONS or _names_a_unit(toks[i - 1])):
        return False  # "di Bangli, napi ...", "Kota Serang, pelaku ...": a place
    if (end + 2 < len(toks) and toks[end].text == "(" and re.fullmatch(r"\d{1,2}", toks[end + 1].text)
            and toks[end + 2].text == ")"):
        return True  # "Efwazan (50)": a one-word name with its age
    if end + 1 >= len(toks) or toks[end].text != ",":
        return False
    after = " ".join(t.norm for t in toks[end + 1 : end + 3])
    if any(after == cue or after.startswith(cue + " ") for cue in _INMATE_APPOSITION):
        return True
    if any(after == cue or after.startswith(cue + " ") for cue in _RELATION_APPOSITION):
        return not all(_ordinary(t.norm) for t in toks[i:end])
    # "Joni, warga Jalan H. Isa I": a resident of a named place.
    return (end + 2 < len(toks) and toks[end + 1].norm == "warga" and toks[end + 2].cap)


_PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "pada", "dalam", "asal"})


#: Buildings, rooms and sites, after which capitalised words name the venue ("Aula Candra
#: Prabhawa", "Masjid At-Taqwa", "Wisma Mawar", "Pantai Kuta"), not a person.
_VENUE_WORDS = frozenset(
    ["aula", "gedung", "ruang", "ruangan", "wisma", "hotel", "masjid", "musala", "musholla", "mushola",
     "gereja", "pura", "vihara", "klenteng", "lapangan", "stadion", "gor", "taman", "pantai", "jalan",
     "jl", "gang", "kompleks", "komplek", "perumahan", "pondok", "ponpes", "pesantren", "pasar",
     "terminal", "bandara", "pelabuhan", "dermaga", "gunung", "bukit", "sungai", "danau", "pulau",
     "dusun", "kampung", "blok", "paviliun", "galeri", "bengkel", "sanggar"]
)  # fmt: skip


def _names_a_unit(tok: _Tok) -> bool:
    """A word after which capitalised words name a unit, a place or a venue, not a person.
    Written in lower case, an organisation's word is a common noun ("ketua panitia Henrik
    Wanma": the name is the chair's)."""
    v = _vocab()
    return ((tok.norm in v.org_words and tok.cap) or tok.norm in v.region_prefixes or tok.norm in v.section_words
            or tok.norm in v.institution_words or tok.norm in _VENUE_WORDS)


def _post_follows(toks: list[_Tok], j: int) -> bool:
    """Whether a post comes right after a name: "Riko ..., Kepala Lapas ...", "X selaku ..."."""
    links = _vocab().link_words
    k = j
    while k < len(toks) and (toks[k].text == "," or toks[k].norm in links):
        k += 1
    return k > j and k < len(toks) and _match_post(toks, k) is not None


# ------------------------------------------------------------------ the sentence


def _is_headline(toks: list[_Tok]) -> bool:
    """Title-case text (a headline): its content words outside the post vocabulary are
    capitalised and it ends without a full stop, so capitalisation does not mark names."""
    words = [
        t
        for t in toks
        if t.text[:1].isalpha()
        and len(t.norm) > 3
        and not _vocabulary_word(t.norm)
        and t.norm not in STOPWORDS_ID
    ]
    capitals = sum(t.cap for t in words)
    if toks and toks[-1].text.endswith("."):
        return False  # prose that happens to be all names and titles
    return len(words) >= 2 and capitals >= _HEADLINE_SHARE * len(words)


#: Posts always written with their area before the holder's name.
_AREA_FIRST_POSTS = frozenset({"district_head", "village_head"})


def _items(toks: list[_Tok], places: frozenset[str], headline: bool) -> list[_Post | _Name]:
    """Posts and names in text order."""
    items: list[_Post | _Name] = []
    i = 0
    while i < len(toks):
        skip = _match_at(toks, i, _vocab().not_posts, 4)
        if skip:
            i += skip  # "Pemilihan Kepala Daerah", "Keputusan Presiden": no post holder
            continue
        matched = _match_post(toks, i)
        if matched is not None:
            title, form_end, form = matched
            # "Kalapas Sumbawa Ajak ..." (a headline) and "Nama, Kepala Lapas Purwokerto
            # yang ...": no name follows the post, so its first capitalised word is a place.
            # A camat or a village head is written with the area first ("Lurah Sondakan",
            # "Plt Camat Badar, Kasman"): its first capitalised word is that area.
            end = _tail(
                toks, form_end, form.tail, places,
                headline or _named_before(items, toks, i) or form.post_kind in _AREA_FIRST_POSTS,
            )
            place_end = _place_phrase_end(toks, end)
            if place_end > end and place_end < len(toks) and toks[place_end].text == ",":
                # "Plt. Kepala Rutan Olaya Parigi Moutong, Agustinus": a regency of several
                # words right after the unit says where it is, and belongs to the post.
                end = place_end
            end = _place_apposition_end(toks, _descriptor_end(toks, end, places, headline), places)
            while end + 1 < len(toks) and _known_place(toks[end], places) and _rank_end(toks, end + 1) > end + 1:
                end += 1  # "Kapolsek Tanjung Balai Karimun AKP Budi ...": a rank starts the holder
            end = _titled_holder_start(toks, end)
            items.append(_Post(i, title, form_end, end, form))
            i = end
            continue
        if _after_byline(toks, i):
            # "Penulis: Andi Pausiah | Editor: M Purnomo": who made the page, not the story.
            i += 1
            while i < len(toks) and (toks[i].cap or toks[i].initial):
                i += 1
            continue
        initials = _initials_end(toks, i)
        if initials:
            # "seorang perempuan berinisial J (36)": a person named by initials, as crime
            # reports name suspects, with the age that tells them apart.
            items.append(_Name(i, i, initials, initials, ""))
            i = initials
            continue
        posted = (_posted(items, toks, i) or _list_owner(items, toks, i) is not None
                  or _named_person_follows(toks, i) or _one_of_them_named(toks, i))
        name = _name_at(toks, i, places, headline, posted)
        if name is not None:
            items.append(name)
            i = name.end
            continue
        i += 1
    return items


#: The most lower-case words that may say what a post is of before its holder's name.
_DESCRIPTOR_WORDS = 4
#: The most words of the body such lower-case words may name ("Komisi III DPR RI").
_DESCRIPTOR_BODY_WORDS = 5


def _listed_org(toks: list[_Tok], k: int, tail: str) -> bool:
    """Whether a comma before token ``k`` goes on listing the words of one body's name
    ("Pembinaan, Bimbingan, dan Teknologi Informasi"), not a name after the post."""
    if k < len(toks) and toks[k].norm == "dan":
        k += 1
    return k < len(toks) and toks[k].cap and _org_token(toks[k], tail) and not _match_post(toks, k)


def _place_apposition_end(toks: list[_Tok], j: int, places: frozenset[str]) -> int:
    """End of a post with the place set off by commas after its unit: "Kepala Lapas Kelas
    IIA Cebongan, Sleman, Supriyanto" (Sleman is where the unit is, not a person)."""
    if (j + 2 < len(toks) and toks[j].text == "," and toks[j + 2].text == ","
            and toks[j + 1].cap and (toks[j + 1].norm in places or toks[j + 1].norm in place_words())):
        return j + 2
    # "Kepala Lapas Kelas IIA Balikpapan, Kalimantan Timur, Pujiono Slamet": a province
    # of several words in the same place.
    province = _province_end(toks, j + 1) if j + 1 < len(toks) and toks[j].text == "," else j + 1
    if province > j + 1 and province < len(toks) and toks[province].text == ",":
        return province
    return j


def _descriptor_end(toks: list[_Tok], j: int, places: frozenset[str], headline: bool) -> int:
    """End of the post whose tail ends at ``j``, with the lower-case words that say what
    it is of when a comma and its holder's name follow them: "Instruktur barista kopi,
    Andi Mulita", "Ketua panitia turnamen, Taufiqurrahman". Without the name after the
    comma the words are the sentence's, not the post's ("Pelatih memberi materi, ...")."""
    k = j
    while (
        k < len(toks) and k - j < _DESCRIPTOR_WORDS and not toks[k].cap and toks[k].text.isalpha()
        and toks[k].norm not in STOPWORDS_ID and not _verbish(toks[k].norm)
    ):
        k += 1
    if k > j:
        # "ketua tim rombongan Komisi III DPR RI, Supratman ...": the body the words are of.
        body = k
        while body < len(toks) and body - k < _DESCRIPTOR_BODY_WORDS and toks[body].cap and (
                toks[body].norm in _vocab().org_words or _ACRONYM.fullmatch(toks[body].text)
                or _ROMAN.fullmatch(toks[body].text) or toks[body].text == "RI"):
            body += 1
        k = body
    if k == j or k + 1 >= len(toks) or toks[k].text != ",":
        return j
    if _name_at(toks, k + 1, places, headline, posted=True) is None:
        return j
    return k


#: Words after which a capitalised word is a name, however ordinary its words look
#: ("diketahui bernama Aswadi Ali": "aswadi" reads as an affixed word).
_NAMING_WORDS = frozenset({"bernama", "berinisial", "named"})
#: Nouns for a person; "bernama" after one of them names a person, not a shop or a
#: programme ("Toko daring bernama Bengker Kerobokan").
_PERSON_NOUNS = frozenset({"napi", "narapidana", "tahanan", "warga", "binaan", "wbp", "pria", "wanita", "pemuda",
                           "pemudi", "seorang", "pelaku", "tersangka", "korban", "petugas", "pegawai", "anak",
                           "orang", "perempuan", "laki", "ibu", "bapak", "pengunjung", "pembesuk", "inmate",
                           "man", "woman", "prisoner", "detainee"})
#: How many words before "bernama" the person noun may stand ("Warga binaan yang kabur itu
#: diketahui bernama ...").
_PERSON_NOUN_REACH = 6


def _named_person_follows(toks: list[_Tok], i: int) -> bool:
    """Whether the name at ``i`` follows "bernama" said of a person."""
    if i == 0 or toks[i - 1].text not in _NAMING_WORDS:
        return False
    before = toks[max(0, i - 1 - _PERSON_NOUN_REACH) : i - 1]
    return any(t.norm in _PERSON_NOUNS for t in before)


def _one_of_them_named(toks: list[_Tok], i: int) -> bool:
    """Whether the name at ``i`` stands set off by commas after "(salah) seorang" or "salah
    satu" and a person's noun ("Salah seorang warga binaan, Hermani, menuturkan ...",
    "Salah satu instruktur dari BDI, Suheni, mengaku ..."): one person, named, however
    short the name."""
    if i < 3 or toks[i - 1].text != ",":
        return False
    if not (i + 1 < len(toks) and toks[i + 1].text == "," or i + 2 < len(toks) and toks[i + 2].text == ","):
        return False
    before = toks[max(0, i - 7) : i - 1]
    # "Satu napi lainnya, Masrin, ...", "Napi lainnya, Masrin, ...": one more of those told.
    if len(before) >= 2 and before[-1].norm in {"lainnya", "lain"} and before[-2].norm in _PERSON_NOUNS:
        return True
    one = next((k for k, t in enumerate(before) if t.norm == "seorang" or t.norm == "satu"), None)
    return one is not None and any(t.norm in _PERSON_NOUNS or t.norm in _ONE_OF_NOUNS for t in before[one + 1 :])


#: People a report singles out one of: "salah satu instruktur", "salah seorang peserta".
_ONE_OF_NOUNS = frozenset({"instruktur", "pelatih", "guru", "dokter", "perawat", "narasumber", "peserta", "pengajar",
                           "relawan", "saksi", "keluarga", "kerabat", "penghuni", "pembesuk", "warga", "instructor",
                           "trainer", "teacher", "participant", "visitor", "relative"})


#: Initials as reports write them: "J", "HI", "M.R.".
_INITIAL_LETTERS = r"(?:[A-Z]\.?){1,4}"


def is_initials(name: str) -> bool:
    """Whether a person's name is only initials, with the age a report gives beside them
    ("MA", "J (36)"): the report withholds the name itself."""
    return re.fullmatch(rf"{_INITIAL_LETTERS}(?:\s*\(\d+\))?", name) is not None


def _initials_end(toks: list[_Tok], i: int) -> int:
    """End of initials that name a person: after "berinisial"/"inisial" ("berinisial J
    (36)", "napi berinisial HI"), or anywhere with an age in brackets after them ("kepada
    MR (24)"), the age included; 0 when there are none at ``i``."""
    if not re.fullmatch(_INITIAL_LETTERS, toks[i].text):
        return 0
    end = i + 1
    aged = (end + 2 < len(toks) and toks[end].text == "(" and re.fullmatch(r"[1-9]\d", toks[end + 1].text)
            and toks[end + 2].text == ")")
    if aged:
        end += 3
    named = i > 0 and toks[i - 1].norm in {"berinisial", "inisial", "initials"}
    # "ditujukan kepada MR (24), narapidana ...": capitals with an age are a person too.
    return end if named or (aged and toks[i].text not in _NOT_INITIALS) else 0


#: Capitals that stand before a number in brackets without naming a person.
_NOT_INITIALS = frozenset({"RT", "RW", "TPS", "KM", "BB", "UU", "PP", "NO"})


#: Labels of a page's credits: the name after them wrote, edited or photographed the page.
_BYLINE = frozenset({"penulis", "editor", "reporter", "pewarta", "redaktur", "fotografer",
                     "kontributor", "oleh", "foto", "wartawan", "penyunting"})


def _after_byline(toks: list[_Tok], i: int) -> bool:
    """Whether the token at ``i`` follows a credit label ("Penulis:", "Editor :")."""
    return i >= 2 and toks[i - 1].text == ":" and toks[i - 2].norm in _BYLINE


def _named_before(items: list[_Post | _Name], toks: list[_Tok], i: int) -> bool:
    """Whether the post at ``i`` follows a name as its role ("Nama, Kepala ...")."""
    if not items or not isinstance(items[-1], _Name):
        return False
    gap = " ".join(t.text for t in toks[items[-1].end : i])
    return bool(_vocab().role_link.match(gap)) and gap.strip() != ""


def _posted(items: list[_Post | _Name], toks: list[_Tok], i: int) -> bool:
    """Whether the name starting at ``i`` directly follows a post ("Kalapas X", "Kepala
    Lapas, X", "Dandim yang diwakili X")."""
    if not items or not isinstance(items[-1], _Post):
        return False
    gap = [t.text for t in toks[items[-1].end : i]]
    # "Kalapas Ambarawa yang baru, Mujiarto, ...": the holder's standing between.
    return (gap in ([], [","]) or bool(_vocab().representative.search(" " + " ".join(gap)))
            or bool(_HOLDER_AGE.fullmatch(" ".join(gap))))


#: After a post, the words that open a list of its holders: "tiga instruktur dari BLK ...,
#: masing-masing Choirul Soleh, Susianto, dan Endik".
_LIST_CUE = re.compile(
    r"(?:masing\s*-\s*masing|yakni|yaitu|antara lain|terdiri (?:dari|atas)|:)\s*$", re.IGNORECASE
)
#: Between two names of such a list.
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:dan|serta)?|dan|serta)\s*", re.IGNORECASE)
#: The most words between a post and the cue of its list.
_LIST_REACH = 20


#: People a post acts on, whose names a list after them gives: never the post's holders.
_OTHER_GROUPS = frozenset(" ".join(INMATE_NOUNS).split()) | {
    "terdakwa", "tersangka", "terpidana", "korban", "pelaku", "saksi"}


def _list_owner(items: list[_Post | _Name], toks: list[_Tok], i: int) -> _Post | None:
    """The post whose holders a list names, when the name starting at token ``i`` is in
    that list: each of "Choirul Soleh, Susianto, dan Endik" after "tiga instruktur ...,
    masing-masing" is an instructor, the single-word names too."""
    k, end = len(items) - 1, i
    while k >= 0 and isinstance(items[k], _Name):
        if not _LIST_JOIN.fullmatch(" ".join(t.text for t in toks[items[k].end : end])):
            return None
        end, k = items[k].first, k - 1
    if k < 0:
        return None
    post = items[k]
    assert isinstance(post, _Post)
    between = toks[post.end : end]
    if len(between) > _LIST_REACH or any(t.text in {".", "!", "?"} for t in between):
        return None
    if any(t.norm in _OTHER_GROUPS for t in between):
        # "jaksa menuntut keempat terdakwa, yaitu Panahatan ..., Suparto ...": the list
        # names the accused the post acts on, not its holders.
        return None
    return post if _LIST_CUE.search(" ".join(t.text for t in between)) else None


def _gap(text: str, toks: list[_Tok], a: int, b: int) -> str:
    """The text between token ``a - 1`` and token ``b``."""
    start = toks[a - 1].end if a > 0 else 0
    end = toks[b].start if b < len(toks) else len(text)
    return text[start:end]


#: "se-" glued to a capitalised place: "se-Nusakambangan", "se-Jawa Barat".
_SE_PLACE = re.compile(r"\bse-(?=[A-Z])")


def find_people(text: str, places: frozenset[str] = frozenset()) -> list[PersonMention]:
    """Every person a text (one sentence, or a headline) names, with the post it gives them.

    Args:
        text: the sentence.
        places: lower-cased place words of the corpus; never part of a name.

    Returns:
        One mention per name in text order. The post may come before the name ("Kepala
        Lapas X, Nama", "Kalapas X Nama", "Kakanwil Nama"), after it ("Nama, Kepala Lapas
        X", "Nama selaku pembina apel"), or be a duty ("dipimpin (oleh) Nama").
    """
    # "Koordinator Wilayah Pemasyarakatan se-Nusakambangan dan Cilacap, Mardi Santoso":
    # "se-" (all of) before a place is read as a space, so the place ends the post as it
    # would without it; offsets stay those of ``text``.
    toks = _tokens(_SE_PLACE.sub("   ", text))
    # A unit the sentence names ("Rutan Purworejo Sri Hartini") tells its place from the
    # name after it even when the caller's place words do not; every word of a place of
    # two ("Kepala Lapas Merah Mata, Harun": "Merah" is no name).
    places = places | {word.lower() for upt in find_upts(text) for word in upt.split()[1:]}
    # Prose ends with a full stop, which the tokens may not keep ("... Saputra (20).").
    items = _items(toks, places, _is_headline(toks) and not text.rstrip().endswith("."))
    people = []
    for index, item in enumerate(items):
        if isinstance(item, _Name):
            mention = _mention(text, toks, items, index)
            # "di Lubuk Linggau dan Musi Rawas": a regency's or district's name of several
            # words, with no post, title or rank, is the place, not a person.
            if not (mention.post or mention.rank or mention.full != mention.name) and _names_a_place(mention.name):
                continue
            people.append(mention)
    return _without_aliases(text, people)


def _names_a_place(name: str) -> bool:
    """Whether a name of two or three words is a regency, city or district of the gazetteer."""
    words = tuple(w.lower() for w in name.split())
    return 2 <= len(words) <= 3 and words in place_phrases()


#: What stands between a name and another name it goes by: "Moh Yani alias Pak E-Ali Bassa".
_ALIAS_GAP = re.compile(r"(?:\s+(?:alias|als\.?|aka)(?:\s+[A-Z][\w'’.-]*){1,4})*"
                        r"\s+(?:alias|als\.?|aka)\s+(?:(?:Pak|Bu|Mas|Bang|Mbak)\s+)?")
#: Capitalised words right before "alias": the name a person is known by first.
_NAME_BEFORE_ALIAS = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:alias|als\.?)\s+(?:(?:Pak|Bu|Mas|Bang|Mbak)\s+)?$")


def _without_aliases(text: str, people: list[PersonMention]) -> list[PersonMention]:
    """One person per "A alias B alias C": the other names a person goes by are no other
    people ("Burhanudin alias Moh Fahri alias Fatih alias Gozi (21)"). When the first name
    was not read as one (a word a dictionary knows), the name before "alias" is taken."""
    kept: list[PersonMention] = []
    last_end = 0  # where the last person's names (their aliases too) end
    for person in people:
        if kept and _ALIAS_GAP.fullmatch(text[last_end : person.start]):
            last_end = person.end
            continue  # another name of the person before
        before = _NAME_BEFORE_ALIAS.search(text[: person.start])
        if before is not None and before.start(1) >= last_end:
            # "serta Burhanudin alias Moh Fahri": the first name is the person's own.
            name = before.group(1)
            last_end = person.end
            person = replace(person, start=before.start(1), end=before.end(1), name=name, full=name)
        else:
            last_end = person.end
        kept.append(person)
    return kept


def _mention(text: str, toks: list[_Tok], items: list[_Post | _Name], index: int) -> PersonMention:
    """The mention of the name ``items[index]`` with the posts around it."""
    v = _vocab()
    name = items[index]
    assert isinstance(name, _Name)
    duties: list[str] = []
    post = _post_before(text, toks, items, index, duties) or _list_owner(
        items[:index], toks, name.first
    )
    after_end = name.end
    for after in _posts_after(text, toks, items, index):
        if post is None:
            post = after
        elif after.form.post_kind in DUTY_KINDS:
            duties.append(after.form.post_kind)
        elif after.form.post_kind == "chair":
            # "Jomboy, yang sekaligus dipercaya sebagai Ketua Panitia Pekan Olahraga": a
            # committee he chairs besides his post.
            duties.append("chair")
        after_end = after.end
    lead_start = post.first if post is not None and post.first < name.first else name.first
    if v.leader_before.search(_gap(text, toks, 0, lead_start)[-60:]):
        duties.append("leader")
    if v.leader_after.match(text[toks[after_end - 1].end :]):
        duties.append("leader")
    if post is None and _CHAIRED_BY.search(_gap(text, toks, 0, lead_start)):
        duties.append("chair")  # "kepanitiaan Natal ... diketuai oleh Bapak Syaiful"
    return _build(text, toks, name, post, tuple(dict.fromkeys(duties)))


#: "diketuai (oleh)": the name after it chairs what the sentence is about.
_CHAIRED_BY = re.compile(r"\bdiketuai(?:\s+oleh)?\s*$", re.IGNORECASE)


#: Between a post and its holder's name, the holder's standing in it: "Kepala Lapas Muaro
#: Padang yang baru, Sri Yuwono", "Kalapas lama, Destri Sjam"; or a word pointing back to
#: the unit: "Kepala Rutan tersebut, Henri Alfa Edison Damanik".
_HOLDER_AGE = re.compile(r"\s*(?:yang\s+)?(?:baru|lama|tersebut|itu|ini)\s*,\s*"
                         # "Karutan lama Andri Lesmano ke Karutan baru Redy Agian"
                         r"|\s*(?:yang\s+)?(?:baru|lama)\s+", re.IGNORECASE)


def _post_before(
    text: str, toks: list[_Tok], items: list[_Post | _Name], index: int, duties: list[str]
) -> _Post | None:
    """The post just before a name; a ceremony duty before that post is noted in ``duties``
    ("Selaku pembina apel, Kepala Lapas X, Nama")."""
    v = _vocab()
    name = items[index]
    previous = items[index - 1] if index > 0 else None
    if not isinstance(previous, _Post):
        return None
    gap = _gap(text, toks, previous.end, name.first)
    if v.representative.search(" " + gap):
        duties.append("representative")
    elif gap.strip() not in {"", ","} and not _HOLDER_AGE.fullmatch(gap):
        return None
    earlier = items[index - 2] if index > 1 else None
    if (isinstance(earlier, _Name) and v.role_link.match(link := _gap(text, toks, earlier.end, previous.first))
            and _linked_by_word(link)):
        return None  # the post belongs to the name a word linked it to ("A selaku X, B")
    if (
        isinstance(earlier, _Post)
        and earlier.form.post_kind in DUTY_KINDS
        # "Bertindak sebagai pemimpin apel adalah Plt. Kapolres Cilacap, AKBP. Eko ...".
        and re.fullmatch(r",?\s*(?:(?:adalah|ialah|yaitu|yakni)\s*)?", _gap(text, toks, earlier.end, previous.first))
    ):
        duties.append(earlier.form.post_kind)
    return previous


def _posts_after(
    text: str, toks: list[_Tok], items: list[_Post | _Name], index: int
) -> list[_Post]:
    """Posts right after a name, each linked to the one before ("Nama selaku Kepala KPLP
    bertindak sebagai komandan apel"), up to a post that has a name of its own."""
    v = _vocab()
    found: list[_Post] = []
    end = items[index].end
    for position in range(index + 1, len(items)):
        following = items[position]
        if not isinstance(following, _Post):
            break
        link = _gap(text, toks, end, following.first)
        staff_then_link = _STAFF_THEN_LINK.match(link)
        if staff_then_link is not None and v.role_link.match(staff_then_link.group("link")):
            # "Muhammad Setiadin, petugas Lapas Kelas IIA Mataram yang dipercaya menjadi
            # Ketua KPPS": what he is first, then the post a word links to him.
            link = staff_then_link.group("link")
        if not v.role_link.match(link) and not _LEADS_UNIT_AS.match(link):
            break
        if not _linked_by_word(link) and _opens_reported_clause(toks, items[index], following):
            break
        owner = items[position + 1] if position + 1 < len(items) else None
        # "Jaliludin selaku Kepala Seksi ..., H. Nabil yang menjabat ...": a post a word links
        # to the name before it is that name's, whoever the comma after it brings.
        if isinstance(owner, _Name) and not _linked_by_word(link):
            gap = _gap(text, toks, following.end, owner.first)
            if gap.strip() in {"", ","} or v.representative.search(" " + gap):
                break
        found.append(following)
        end = following.end
    return found


#: After a name, the unit he leads and the post he leads it in: "Rd. Achmad Zaki, ...
#: memimpin Bapas Garut sebagai Plt. Kepala Balai Pemasyarakatan Kelas II Garut".
_LEADS_UNIT_AS = re.compile(r"^\s*,?\s*(?:yang\s+)?(?:kini\s+|sempat\s+)?(?:memimpin|mengepalai|menakhodai)\s+"
                            r"(?:[A-Z][\w.-]*\s+){1,6}(?:sebagai|selaku)\s*$")


#: After a name, a staff noun and its unit, then the words that link a post: ", petugas
#: Lapas Kelas IIA Mataram yang dipercaya menjadi ".
_STAFF_THEN_LINK = re.compile(rf"^\s*,\s*(?:{'|'.join(STAFF_NOUNS)})\b[^,]{{0,60}}?\s(?P<link>yang\s[^,]{{3,40}})$",
                              re.IGNORECASE)
#: Words that frame what follows the speaker's name as what he reports.
_REPORTING_FRAME = frozenset({"menurut", "according"})
#: Words after a post that still describe its holder ("Kakanwil yang ...", "Kakanwil,").
_POST_GOES_ON = frozenset({"yang", "dan", "selaku", "sebagai", "serta"})


def _opens_reported_clause(toks: list[_Tok], name: _Name | _Post, post: _Post) -> bool:
    """Whether a post after "Menurut <name>," is the subject of what he reports, not his
    role: "Menurut Marlien, Kakanwil sudah terbang ke Sorong" (a verb follows the post),
    unlike "Menurut Budi, Kepala Lapas Sorong, situasi aman"."""
    first = name.first
    before = toks[first - 1].norm if first > 0 else ""
    if first > 1 and toks[first - 1].norm == "to":
        before = toks[first - 2].norm
    if before not in _REPORTING_FRAME or post.end >= len(toks):
        return False
    after = toks[post.end]
    if not after.text[:1].islower() or after.norm in _POST_GOES_ON:
        return False
    # "Menurut F Yuliono, penanggung jawab gudang terbuka Rubpasan Kelas I Bandung, kedua
    # mobil ...": the post's own words run on, verbless, to a comma; a reported clause has
    # its verb first ("Kakanwil sudah terbang ke Sorong").
    for tok in toks[post.end : post.end + _POST_RUN_ON]:
        if tok.text == ",":
            return False
        if _verbish(tok.norm) or tok.text in _SENTENCE_ENDS:
            return True
    return True


#: How many words a post written in lower case may run on after its title ("penanggung
#: jawab gudang terbuka Rubpasan Kelas I Bandung") before the comma that closes it.
_POST_RUN_ON = 8
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":"})


def _linked_by_word(gap: str) -> bool:
    """Whether the text between a name and a post links them by a word ("selaku", "yang
    menjabat"), not by a bare comma, which may as well open the next name's post."""
    return gap.strip(" ,") != ""


def _build(
    text: str, toks: list[_Tok], name: _Name, post: _Post | None, duties: tuple[str, ...]
) -> PersonMention:
    start = toks[name.name_first].start
    last = toks[name.name_end - 1]
    end = last.end - 1 if last.text.endswith(".") and not last.initial else last.end
    full_end = toks[name.end - 1].end
    full = text[toks[name.first].start : full_end]
    full = full[:-1] if full.endswith(".") and full_end == last.end and end < last.end else full
    if post is None:
        return PersonMention(start, end, text[start:end], full, "", None, None, "", -1, -1,
                             name.rank, duties)  # fmt: skip
    role_start, role_end = toks[post.first].start, toks[post.end - 1].end
    if re.search(r"[a-z]{3}\.$", text[role_start:role_end]):
        role_end -= 1  # the sentence's full stop, not an abbreviation's ("Kelas II B.")
    role = text[role_start:role_end]
    return PersonMention(
        start, end, text[start:end], full, role, post.form.post_kind, post.form.upt_kind,
        _org(text, toks, post), role_start, role_end, name.rank, duties,
    )  # fmt: skip


def _org(text: str, toks: list[_Tok], post: _Post) -> str:
    """The unit a post is of, as written; "" when the post names no particular unit."""
    if post.end == post.form_end:
        return ""
    tail = text[toks[post.form_end].start : toks[post.end - 1].end]
    form = post.form
    if form.unit_at is not None:
        return text[toks[post.title + form.unit_at].start : toks[post.end - 1].end]
    return f"{form.unit_name} {tail}".strip()


# ------------------------------------------------------------------ questions


def posts_in_question(question: str, language: str) -> list[AskedPost]:
    """The posts a question asks about, in question order.

    Args:
        question: the question as asked.
        language: ``"id"`` or ``"en"``; English questions are also read for Indonesian
            post titles ("head of the Corrections Division (Kadiv Pemasyarakatan)").

    Returns:
        The first is the post asked for; later ones are further posts or duties the
        question gives the same person ("Siapa Kepala Rutan X yang memimpin apel" →
        head of the rutan, then leader). Posts another person holds ("yang mendampingi
        Kakanwil", "represented the Dandim") are left out. English province names are
        mapped to Indonesian org words ("Central Java" → {"jawa", "tengah"}). Empty when
        the question asks for no post ("Siapa yang kabur?").
    """
    question = _HEAD_SYNONYM.sub("Kepala ", question)
    # "the acting head (Plh) of Timika prison": the acting mark in brackets parts the post.
    question = re.sub(r"\s*\((?:Plh|Plt|Pj)\.?\)", "", question)
    question = plain_english(question)  # "Malang's class I prison": the place "Malang"
    found: list[tuple[int, AskedPost]] = []
    found += _indonesian_asked(question)
    if language == "en":
        found += _english_asked(_facility_named(question))
        if not found:  # no post read otherwise: the bracketed body's own name
            found += [(-1, a) for m in _BRACKETED_HEAD.finditer(question)
                      for _, a in _indonesian_asked(_bracketed_post(m))]
    found += _cued_asked(question)
    found += _member_asked(question)
    return _merge(found)


#: "Siapa perwakilan Kanwil Kemenkumham Bali yang datang?": whoever the question asks for
#: speaks for a body, whatever his post in it.
_MEMBER_OF = re.compile(
    # "pejabat Kanwil Kemenkumham Jabar yg ngejelasin ...": any official of the body.
    r"\b(?:(?i:perwakilan|utusan|delegasi|wakil dari|pejabat)|(?i:officials?\s+(?:of|from)(?:\s+the)?))\s+(?:dari\s+)?"
    r"(?P<org>[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*){0,5})"
    # "dari Pemkab Sleman yg dateng siapa?", "who came from the Sleman regency government?"
    r"|\bdari\s+(?:pihak\s+)?(?P<org2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+(?:yang|yg)\s+"
    r"(?:datang|dateng|hadir|ikut)\b"
    r"|\b(?i:who\s+(?:came|attended|was there|represented)\s+(?:from|for)\s+(?:the\s+)?)"
    r"(?P<org3>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})"
)
#: What kind of body a member's org names, by its words, and how a post or org says so.
_BODY_KINDS = (
    (re.compile(r"\b(?:kanwil|kantor wilayah)\b", re.IGNORECASE), "kanwil"),
    (re.compile(r"\b(?:lapas|lembaga pemasyarakatan|kalapas)\b", re.IGNORECASE), "lapas"),
    (re.compile(r"\b(?:rutan|rumah tahanan|karutan)\b", re.IGNORECASE), "rutan"),
    (re.compile(r"\b(?:bapas|balai pemasyarakatan|kabapas)\b", re.IGNORECASE), "bapas"),
    (re.compile(r"\b(?:lpka|lembaga pembinaan khusus anak)\b", re.IGNORECASE), "lpka"),
)


def _body_kind(text: str) -> str | None:
    """The kind of body ``text`` names ("Kantor Wilayah ..." → "kanwil"), or None."""
    return next((kind for pattern, kind in _BODY_KINDS if pattern.search(text)), None)


def _member_asked(question: str) -> list[tuple[int, AskedPost]]:
    """A member of a named body asked for ("perwakilan Kanwil Kemenkumham Bali"): any post
    whose org is that body."""
    found = []
    for match in _MEMBER_OF.finditer(question):
        org = match.group("org") or match.group("org2") or match.group("org3")
        words = _org_words(_TOKEN.findall(org))
        if words:
            found.append((match.start(), AskedPost("member", _body_kind(org), words)))
    return found


#: "Who heads the Pekalongan city job-training centre (UPTD BLK)", "the head of the narcotics
#: agency (BNN) in Garut": the body's own name in brackets is what the articles write after
#: "Kepala", so the post is read as "Kepala UPTD BLK" / "Kepala BNN in Garut".
_BRACKETED_HEAD = re.compile(
    r"\b(?:head(?:s|ed)?|chief|lead(?:s|er)?|led)\b(?:\s+of)?(?:\s+the)?\s+(?P<body>[^()?]{0,60}?)"
    r"\((?P<acronym>[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,2})\)"
    r"(?:\s+in\s+(?P<place>[A-Z]\w+(?:\s+[A-Z]\w+){0,2}))?"
)


def _bracketed_post(match: re.Match[str]) -> str:
    """The Indonesian post a bracketed English head names, with the place words around it:
    "the Pekalongan city job-training centre (UPTD BLK)" → "Siapa Kepala UPTD BLK Pekalongan?"."""
    places = [w for w in match["body"].split() if w[:1].isupper()]
    places += (match["place"] or "").split()
    return f"Siapa Kepala {match['acronym']} {' '.join(places)}?"


#: "pimpinan/pemimpin kantor wilayah", "pucuk pimpinan Lapas": in a question, the head of
#: the unit (articles write "Kepala"; "pimpinan apel" is a duty and stays as it is).
_HEAD_SYNONYM = re.compile(
    r"\b(?:pucuk\s+)?(?:pimpinan|pemimpin)\s+(?=(?:kantor\s+wilayah|kanwil|lapas|rutan|bapas|lpka|"
    r"rupbasan|lembaga|rumah\s+tahanan|balai|divisi|bnn|bnnp|bnnk|badan|kejaksaan|kejari|kpu|bawaslu)\b)",
    re.IGNORECASE,
)


def posts_of_others(question: str, language: str) -> list[AskedPost]:
    """Posts the question names as someone else's, behind a relation word: "Siapa yang
    menyampaikan amanat Kakanwil?" asks who delivered the Kakanwil's message, not for the
    Kakanwil. They are what ``posts_in_question`` leaves out for that reason."""
    relation = _vocab().relation
    words = relation["id"] | relation.get(language, frozenset())
    pattern = r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b"
    unrelated = re.sub(pattern, " ", question, flags=re.IGNORECASE)
    asked = posts_in_question(question, language)
    return [post for post in posts_in_question(unrelated, language) if post not in asked]


def _relation_before(words: list[str], at: int, language: str) -> bool:
    """Whether a relation verb ("mendampingi", "represented") governs the post at ``at``."""
    relation = _vocab().relation
    window = {w.lower() for w in words[max(0, at - 3) : at]}
    return bool(window & (relation["id"] | relation.get(language, frozenset())))


def _indonesian_asked(question: str) -> list[tuple[int, AskedPost]]:
    toks = _tokens(question)
    words = [t.text for t in toks]
    found = []
    i = 0
    while i < len(toks):
        matched = _match_post(toks, i)
        if matched is None:
            i += 1
            continue
        _, form_end, form = matched
        end = _question_tail(toks, form_end, form.tail)
        if not _relation_before(words, i, "id"):
            org = _org_words(t.text for t in toks[form_end:end])
            # "kepala BLK Kota Pekalongan" asks for the head of that office; a bare "kepala"
            # of nothing named asks for no post.
            if form.post_kind != "head_other" or org:
                # "Gubernur NTT membacakan surat menteri siapa?": the post beside "siapa" is
                # the one asked; the others are the scene's.
                beside = (end < len(toks) and toks[end].norm == "siapa") or (i > 0 and toks[i - 1].norm == "siapa")
                found.append((-1 if beside else toks[i].start, AskedPost(form.post_kind, form.upt_kind, org)))
        i = end
    return found


#: Chat words that open a clause of the question and end the unit's name before them
#: ("siapa kepala rutan wates waktu 5 napi kabur?"), besides the stopwords.
_CLAUSE_OPENERS = frozenset({"waktu", "sewaktu", "yg", "usai"})


def _question_tail(toks: list[_Tok], i: int, tail: str) -> int:
    """Organisation words after a post in a question, up to punctuation, a function word,
    a verb or (in a question with capitals) a lower-case word: "Siapa Kalapas Banjarbaru
    menjamin ...", "siapa kepala lapas kelas iia salemba saat ..."."""
    if tail == "none":
        return i
    cased = any(t.cap for t in toks[1:])
    j = i
    while j < len(toks) and toks[j].text[:1].isalnum():
        tok = toks[j]
        joins = tok.norm == "dan" and j + 1 < len(toks) and toks[j + 1].norm in _vocab().org_words
        if joins:  # "Kementerian Hukum dan HAM"
            j += 1
            continue
        if tok.norm in STOPWORDS_ID or tok.norm in _STOP_EN or tok.norm in _CLAUSE_OPENERS or _verbish(tok.norm):
            break
        if cased and tok.text[0].islower() and tok.norm not in _vocab().class_words:
            break
        if j > i and _match_post(toks, j) is not None:
            break
        j += 1
    return j


#: English names of the ministry and its services, which name no one unit: "the head of
#: the Law and Human Rights regional office in NTT" is any Kakanwil of NTT.
_ENGLISH_MINISTRY_WORDS = frozenset({"law", "laws", "legal", "human", "rights", "ministry", "justice",
                                     "affairs", "corrections", "correctional", "immigration"})


#: Qualifiers that name another kind of unit, in one spelling each.
_KIND_QUALIFIERS = {"perempuan": "perempuan", "wanita": "perempuan", "women": "perempuan", "women's": "perempuan",
                    "womens": "perempuan", "narkotika": "narkotika", "narcotics": "narkotika", "narcotic": "narkotika",
                    "anak": "anak", "youth": "pemuda", "pemuda": "pemuda", "terbuka": "terbuka", "open": "terbuka"}


def _org_words(words: Iterable[str]) -> frozenset[str]:
    """Words naming a unit, without the generic ones ("Kelas", "IIB", "Kemenkumham")."""
    v = _vocab()
    generic = (
        (v.org_words - v.distinct_org_words) | v.class_words | v.qualifiers | v.region_prefixes | _STOP_EN
        | _title_words() | _ENGLISH_MINISTRY_WORDS
    )
    out = set()
    for word in (part for w in words for part in w.split("/")):  # "1204/Sanggau"
        norm = _norm(word).strip("()")
        if norm in _KIND_QUALIFIERS:
            # "Lapas Perempuan Gorontalo" is another unit than "Lapas Gorontalo": the kind
            # of unit a qualifier names tells the two heads apart.
            out.add(_KIND_QUALIFIERS[norm])
            continue
        if not norm or not norm[0].isalpha() or norm in generic:
            continue
        if re.fullmatch(r"(?:iv|i{1,3})(?:-?[ab])?|[ab]", norm):
            continue
        out.add(norm)
    return frozenset(out)


def english_regions(text: str) -> str:
    """Replace English province names with Indonesian ones ("Central Java" → "jawa tengah")."""
    lowered = text
    for english, indonesian in sorted(_vocab().english_regions.items(), key=lambda kv: -len(kv[0])):
        lowered = re.sub(rf"(?i)\b{re.escape(english)}\b", indonesian, lowered)
    return lowered


def _english_asked(question: str) -> list[tuple[int, AskedPost]]:
    """Heads of units in English: "head of the Lombok Barat prison", "Who heads the Tual
    prison", "prison head", "warden"; and other posts by their English names."""
    text = english_regions(question)
    words = re.findall(r"[\w'’/-]+|\([^)]*\)", text)
    found = []
    for index, word in enumerate(words):
        unit = _english_unit(words, index)
        if unit is None:
            continue
        size, form = unit
        heads = _head_before(words, index)
        after_head = index + size < len(words) and words[index + size].lower() in _HEAD_AFTER
        if heads is None and not after_head:
            continue
        if _relation_before(words, heads if heads is not None else index, "en"):
            continue
        org = _english_org(words, heads, index, size)
        offset = _offset(text, words, index)
        found.append((offset, AskedPost(form.post_kind, form.upt_kind, org)))
    if not found:
        found += _warden_apart(words, text)
    return found + _english_posts(text)


#: The warden as the one asked: "Who was the warden ...", "which warden", "the name of the
#: warden".
_WARDEN_ASKED = re.compile(r"\b(?:who\s+(?:was|is|were|are)\s+the|which|name\s+of\s+the)\s+(?:[\w-]+\s+)?wardens?\b",
                           re.IGNORECASE)


def _warden_apart(words: list[str], text: str) -> list[tuple[int, AskedPost]]:
    """"Who was the warden that hosted the staffer at the Lubuk Pakam prison?": "warden"
    is the head of a prison by itself, and the unit it heads is the one the question names
    later, however many words stand between."""
    if not _WARDEN_ASKED.search(text):
        return []  # "... to witness the change of warden at the prison": the warden is scene
    for at, word in enumerate(words):
        if word.lower() not in {"warden", "wardens"}:
            continue
        for index in range(at + 1, len(words)):
            unit = _english_unit(words, index)
            if unit is not None and unit[1].upt_kind == "lapas":
                size, form = unit
                org = _english_org(words, None, index, size)
                return [(_offset(text, words, at), AskedPost(form.post_kind, form.upt_kind, org))]
    return []


#: "the head of the facility": a unit the question has named already, in other words.
_THE_FACILITY = re.compile(r"\b(?:the|that|this)\s+(?:facility|institution)\b", re.IGNORECASE)


def _facility_named(question: str) -> str:
    """The question with "the facility" written as the English unit it names elsewhere:
    "After seven inmates broke out of Salemba detention centre, who stood in for the head
    of the facility?" asks for the head of the detention centre."""
    if not _THE_FACILITY.search(question):
        return question
    lowered = question.lower()
    unit = next((phrase for phrase, _ in _vocab().en_units if re.search(rf"\b{re.escape(phrase)}\b", lowered)), None)
    return _THE_FACILITY.sub(f"the {unit}", question) if unit else question


def english_unit_places(question: str) -> frozenset[str]:
    """The lowercase name words of the units an English question names: "where inside
    Salemba prison" → {"salemba"}; "the Pontianak detention center" → {"pontianak"}.
    ``upt.find_upts`` reads the Indonesian forms ("Lapas Salemba")."""
    text = english_regions(plain_english(question))
    words = re.findall(r"[\w'’/-]+|\([^)]*\)", text)
    places: set[str] = set()
    for index in range(len(words)):
        unit = _english_unit(words, index)
        if unit is not None:
            places |= _english_org(words, None, index, unit[0])
    return frozenset(places)


def _english_posts(text: str) -> list[tuple[int, AskedPost]]:
    """Posts named by an English phrase ("doctor", "police chief"), longest phrase first,
    each stretch of the question read once ("director general" is not also "director")."""
    lowered = text.lower()
    taken: list[tuple[int, int]] = []
    found = []
    for phrase, kind, upt in _vocab().en_posts:
        # "Which two director-generals ...": a post of two words takes a plural as well.
        plural = "s?" if re.search(r"[\s-]", phrase) else ""
        match = re.search(_en_post_pattern(phrase, plural), lowered)
        if match is None or any(a < match.end() and match.start() < b for a, b in taken):
            continue
        taken.append(match.span())
        before = lowered[: match.start()].split()
        if not _relation_before(before, len(before), "en"):
            # "regional coordinator for Nusakambangan and Cilacap": "for" and "in" name it too.
            of = re.match(r"\s+(?:of|for|in)\s+(?:the\s+)?((?:[A-Z][\w'-]*\s*(?:and\s+(?=[A-Z]))?)+)",
                          text[match.end() :])
            org = _org_words(of.group(1).split()) if of and kind not in DUTY_KINDS else frozenset()
            if not org and kind not in DUTY_KINDS:
                # "chaired the Magetan election commission": a name inside the phrase.
                org = _org_words(w for w in text[match.start() : match.end()].split()[1:] if w[:1].isupper())
            province = _province_before(before)
            if province and upt in _PROVINCE_LEVEL:
                # "the North Sumatra police chief" heads the province's police, a Kapolda.
                upt, org = _PROVINCE_LEVEL[upt], org or _org_words(province.split())
            if before and before[-1] in {"deputy", "vice"} and not kind.startswith("deputy_") and kind not in DUTY_KINDS:
                kind = f"deputy_{kind}"  # "the deputy chair": "Wakil Ketua", a post of its own
            found.append((match.start(), AskedPost(kind, upt, org)))
    return found


#: Bodies an English question names by their Indonesian short name before a post.
_EN_BODY_NAMES = r"(?:bawaslu|panwaslu|kpu|kpud|bnn|bnnp|bnnk|dprd|dpr|kpps)"


@lru_cache(maxsize=512)
def _en_post_pattern(phrase: str, plural: str) -> re.Pattern[str]:
    """An English post phrase as the question may write it: "head/chair of the <body>" also
    as "chaired the <body>", "heads the <body>", with up to two words (a place) before the
    body: "Who chaired the Magetan election commission?"."""
    head = re.match(r"(?:head|chair|chairman|chairwoman|chairperson) of the (?P<body>.+)$", phrase)
    body_first = re.match(rf"(?P<body>{_EN_BODY_NAMES}) (?P<post>.+)$", phrase)
    if body_first is not None:
        # "the Bawaslu Balikpapan commissioner": the body's place between its name and the post.
        return re.compile(rf"\b{body_first.group('body')}\s+(?:[\w'-]+\s+){{0,2}}?{re.escape(body_first.group('post'))}{plural}\b")
    if head is None:
        return re.compile(rf"\b{re.escape(phrase)}{plural}\b")
    body = rf"(?:[\w'-]+\s+){{0,2}}?{re.escape(head.group('body'))}{plural}\b"
    return re.compile(rf"\b(?:(?:head|chair|chairman|chairwoman|chairperson) of the |"
                      rf"(?:chaired|chairs|headed|heads) the ){body}")


#: A unit kind whose English post, said of a province, is the province's own unit.
_PROVINCE_LEVEL = {"polres": "polda"}


def _province_before(words: list[str]) -> str:
    """The province the last words before a post name ("sumatera utara" in "the sumatera
    utara police chief", English names already made Indonesian), or ""."""
    for size in (3, 2, 1):
        phrase = " ".join(words[-size:])
        if len(words) >= size and province_spellings(phrase):
            return phrase
    return ""


def _offset(text: str, words: list[str], index: int) -> int:
    """Approximate character offset of ``words[index]`` (for ordering)."""
    position = 0
    for word in words[: index + 1]:
        position = text.find(word, position)
    return max(position, 0)


def _english_unit(words: list[str], index: int) -> tuple[int, _Form] | None:
    """The English unit noun starting at ``words[index]`` ("detention centre"), if any."""
    for phrase, form in _vocab().en_units:
        parts = phrase.split()
        if [w.lower() for w in words[index : index + len(parts)]] == parts:
            return len(parts), form
    return None


#: Words of the ministry's English name, which say whose office a unit is, not which:
#: "the West Papua law and human rights regional office".
_MINISTRY_WORDS_EN = frozenset({"law", "human", "rights", "legal", "justice", "ministry", "immigration"})


def _head_before(words: list[str], index: int) -> int | None:
    """Index of a head word ("head of the", "heads the") governing the unit at ``index``,
    with at most four name words between."""
    heads = _vocab().en_heads
    j = index - 1
    between = 0
    while j >= 0 and between <= 4:
        word = words[j].lower()
        if word in heads:
            return j
        ministry = word in _MINISTRY_WORDS_EN or (
            word in {"and", "&"} and 0 < j and words[j - 1].lower() in _MINISTRY_WORDS_EN)
        if word in {"of", "the"} or ministry:
            j -= 1  # "head of the West Papua law and human rights regional office"
            continue
        if word in {"and", "&"} and 0 < j < index - 1 and words[j - 1][:1].isupper() and words[j + 1][:1].isupper():
            j -= 1  # "head of the Law and Human Rights regional office": one name
            continue
        if word in _STOP_EN or word.startswith("(") or _english_unit(words, j) is not None:
            return None
        between += 1
        j -= 1
    return None


def _english_org(words: list[str], head: int | None, index: int, size: int) -> frozenset[str]:
    """Org words of an English unit phrase: the name before the unit noun ("the Tual
    prison", "the Pontianak detention center head"), an Indonesian name after it ("Lapas Nyomplong", "Lapas Kelas IIA Ambon"),
    a parenthesised official name ("(Rutan Kelas I Jakarta Pusat)"), else "in/at X"."""
    if head is None:  # "the Pontianak detention center head"
        head = index
        while head > 1 and words[head - 1][:1].isupper():
            head -= 1
        head -= 1
    before = _org_words(words[head + 1 : index])
    rest = words[index + size :]
    if rest and rest[0].startswith("("):
        # A name in brackets is capitalised: "(the Lapas, not the remand centre)" names none.
        inside = _org_words(w for w in re.findall(r"[\w'-]+", rest[0]) if w[:1].isupper())
        if inside - _unit_nouns():
            return frozenset(inside - _unit_nouns())
        rest = rest[1:]
    named = []
    for word in rest:
        if not word[:1].isupper() and not re.fullmatch(r"(?:I{1,3}|IV)[AB]?|[AB]", word):
            break
        named.append(word)
    org = before | _org_words(named)
    if org:
        return frozenset(org - _unit_nouns())
    if rest and rest[0].lower() in _HEAD_AFTER:
        rest = rest[1:]  # "the corrections division head at the Jakarta regional office"
    if rest and rest[0].lower() in {"in", "at", "of"}:
        place = []
        for word in rest[1:]:
            if word.lower() == "the":
                continue
            if not word[:1].isupper():
                break
            place.append(word)
        return frozenset(_org_words(place) - _unit_nouns())
    return frozenset()


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of a post title ("kadiv", "kepala", "lapas"): not a unit's name."""
    return frozenset(w for key in _vocab().forms for w in key)


@lru_cache(maxsize=1)
def _unit_nouns() -> frozenset[str]:
    return frozenset(w for phrase, _ in _vocab().en_units for w in phrase.split()) | {"office"}


def _cued_asked(question: str) -> list[tuple[int, AskedPost]]:
    """Duties and officers a question asks about by a verb or a description: the leader of
    an event ("memimpin", "dipimpin"), an army or police officer."""
    v = _vocab()
    lowered = question.lower()
    cues = [("leader", cue) for cue in v.question_leader]
    cues += [(kind, phrase) for kind, phrases in v.officers.items() for phrase in phrases]
    found = []
    for kind, cue in cues:
        match = re.search(rf"\b{re.escape(cue)}\b", lowered)
        if match:
            found.append((match.start(), AskedPost(kind, None, frozenset())))
    return found


def _merge(found: list[tuple[int, AskedPost]]) -> list[AskedPost]:
    """One AskedPost per (kind, unit kind), in question order, org words united."""
    merged: dict[tuple[str, str | None], AskedPost] = {}
    for _, asked in sorted(found, key=lambda item: item[0]):
        key = (asked.post_kind, asked.upt_kind)
        if key in merged:
            asked = AskedPost(
                asked.post_kind, asked.upt_kind, merged[key].org_words | asked.org_words
            )
        merged[key] = asked
    generic = {k for k in merged if k[1] is None and any(o[0] == k[0] and o[1] for o in merged)}
    posts = [asked for key, asked in merged.items() if key not in generic]
    # "Which police officer, serving as deputy chief, ...": a force named by its officers
    # says who is asked less than the post named beside it, which goes first.
    return sorted(posts, key=lambda asked: asked.post_kind in _FORCE_KINDS)


#: Posts that only say which force a person serves in (read from ranks).
_FORCE_KINDS = frozenset({"police_officer", "military_officer"})


# ------------------------------------------------------------------ comparing


#: An asked post that any of these holds: "the chair of the Parepare Bawaslu" is asked as a
#: chair, and the Ketua Bawaslu is one.
_SUBSUMED = {"chair": {"chair", "election_chair"},
             # "Siapa kepala daerah yang membuka festival?": a regent, mayor or governor is one.
             "regional_head": {"regional_head", "regent", "mayor", "governor"}}


def holds(person: PersonMention, asked: AskedPost) -> bool:
    """Whether ``person`` holds the post ``asked`` for.

    Args:
        person: a mention from ``find_people``.
        asked: one post from ``posts_in_question``.

    Returns:
        True when the kinds agree (a duty such as "leader" may come from the post or the
        duties; an officer from the rank) and every org word of the question occurs in the
        person's org or post, region abbreviations understood ("DIY" = "Yogyakarta"). A
        post that names no unit ("Kepala Lapas, Sujatmiko") is taken to hold any unit of its
        kind: the caller knows which article, hence which unit, the sentence is from.
        "Kepala Divisi Pemasyarakatan Kanwil Banten" does not hold "Kepala Kanwil Banten";
        a representative ("diwakili X") does not hold the post of the one represented.
    """
    if asked.post_kind in DUTY_KINDS or (asked.post_kind == "chair" and "chair" in person.duties):
        # "Who led the visiting team?": "Ketua Tim Kunjungan Kerja, Benny K. Harman" chairs it.
        chairs_team = person.post_kind == "chair" and bool(
            {_norm(w) for w in (*person.org.split()[:1], *person.post.split()[1:2])} & _TEAM_WORDS)
        return (asked.post_kind == person.post_kind or asked.post_kind in person.duties
                or (asked.post_kind == "leader" and chairs_team))
    if asked.post_kind in {"military_officer", "police_officer"}:
        return _force(person.rank) == asked.post_kind.split("_")[0]
    if asked.post_kind == "doctor" and not person.post_kind and _DOCTOR_TITLE.match(person.full):
        # "dr. I Gede Mahatryke Sutadana dari tim medis RSJ Mutiara Sukma": the title says
        # the profession the question asks by.
        return True
    if asked.post_kind == "member":
        # Any post in the body: its kind and its place words, as written in the org or post.
        said = f"{person.org} {person.post}"
        return (asked.upt_kind is None or _body_kind(said) == asked.upt_kind) and _org_matches(person, asked.org_words)
    if "representative" in person.duties or person.post_kind not in _SUBSUMED.get(
        asked.post_kind, {asked.post_kind}
    ):
        return False
    if asked.upt_kind is not None and person.upt_kind != asked.upt_kind and not (
            # "Kepala Unit Pelaksana Teknis (UPT) Rutan Kelas IIB Sidikalang" heads a UPT
            # that is a Rutan: the kind its org names is the kind it heads.
            person.upt_kind == "upt" and _body_kind(person.org) == asked.upt_kind):
        return False
    return _org_matches(person, asked.org_words)


#: A physician's title before the name: "dr. I Gede ...", "dr I Made ..." (not "Dra.", "Dr."
#: a doctorate, which is capitalised).
_DOCTOR_TITLE = re.compile(r"dr\.?\s+[A-Z]")


#: Bodies formed for a task, whose chair leads it: "Tim", "Panitia", "Satgas"; and groups
#: whose head leads them ("Pimpinan Sanggar Kesenian Darak Badarak").
_TEAM_WORDS = frozenset({"tim", "panitia", "rombongan", "delegasi", "satgas", "sanggar", "komunitas", "kelompok",
                         "paguyuban", "grup", "padepokan"})


def _force(rank: str) -> str:
    """The force of a rank as written ("military", "police"), "" when none."""
    key = tuple(_norm(t) for t in _TOKEN.findall(rank))
    v = _vocab()
    for size in range(len(key), 0, -1):
        if key[:size] in v.ranks:
            return v.ranks[key[:size]]
    return ""


def _org_matches(person: PersonMention, org_words: frozenset[str]) -> bool:
    if not org_words:
        return True
    written = _org_words(_TOKEN.findall(f"{person.org} {person.post}"))
    if not written:
        return True
    kinds = set(_KIND_QUALIFIERS.values())
    if not written & kinds:
        # "Kalapas Karang Intan" in a report on the narcotics prison there: a post written
        # short names no kind of unit, so it may hold one of any kind.
        org_words = org_words - kinds
    missing = org_words - _expand(written) - spelt_out(f"{person.org} {person.post}")
    # "auditor Itjen" asked, "Auditor Madya Inspektorat Jenderal" written: an abbreviation
    # asked is held by its long form.
    if missing:
        said = {_norm(t) for t in _TOKEN.findall(f"{person.org} {person.post}")}
        missing = frozenset(m for m in missing if not set(load_glossary().abbreviations.get((m,), ("-",))) <= said)
    province = province_of(person.org) if missing else None
    if province is not None:
        # "the Class IIA prison in Serang, Banten" is held by "Kepala Lapas IIA Serang":
        # the province asked is the one the unit's place lies in.
        missing -= _expand(frozenset(_norm(w) for w in province.split()))
    # "Banda Naira" asked, "Lapas Bandanaira" written: the asked words (of four letters or
    # more) stand inside one longer written word.
    return not missing or any(all(len(m) >= 4 and m in w for m in missing) and len(w) > max(map(len, missing))
                              for w in written)


def same_kind_of_unit(person: PersonMention, asked: AskedPost) -> bool:
    """Whether the person's post names the kind of unit the question names ("Kalapas
    Perempuan Gorontalo" for "kepala Lapas Perempuan Gorontalo"), or the question names none."""
    kinds = asked.org_words & set(_KIND_QUALIFIERS.values())
    return kinds <= _org_words(_TOKEN.findall(f"{person.org} {person.post}"))


def _expand(words: frozenset[str]) -> frozenset[str]:
    """Words with region aliases spelled out both ways ("jateng" ↔ "jawa tengah")."""
    aliases = _vocab().aliases
    out = set(words)
    for key, full in aliases.items():
        parts = set(full.split())
        if key in words:
            out |= parts
        if parts <= words:
            out.add(key)
    return frozenset(out)


def spelt_out(text: str) -> frozenset[str]:
    """The words of the glossary's one-word abbreviations in ``text``, spelt out
    ("Kemenag" → "kementerian", "agama")."""
    tokens = {_norm(t) for t in _TOKEN.findall(text)}
    return frozenset(word for short, long_form in load_glossary().abbreviations.items()
                     if len(short) == 1 and short[0] in tokens for word in long_form)
