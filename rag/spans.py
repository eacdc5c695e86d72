"""Spans: the patterns that find answer-shaped pieces of a sentence: numbers, person names
with their roles, venues, regions.

Applied once per sentence when the index is built (``rag.analysis``); the composers read
the stored spans.
"""

from __future__ import annotations

import re

from rag.concepts import is_name_word

#: Indonesian number words, as articles often write small counts ("sepuluh hal").
NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
    "tiga belas": 13, "lima belas": 15, "dua puluh": 20, "tiga puluh": 30, "lima puluh": 50,
    "seratus": 100, "seribu": 1000,
}  # fmt: skip
_WORDS_RE = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
NUMBER = re.compile(
    r"(?<![\d/.,:])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s*\(([a-z ]+)\))?(?![\d/]|[.,]\d|:\d)"
    rf"|(?<![\w(])((?i:{_WORDS_RE}))(?=\s+[a-z])"
)
PLACE = re.compile(
    r"\b(?:bertempat\s+)?di\s+((?i:lapangan|aula|gedung|ruang|halaman|kantor|lapas|rutan|bapas|"
    r"masjid|gereja|hotel|balai|lembaga)\b[^.;“”\"]*?)(?=,\s|\s+pada\b|\s+(?:Senin|Selasa|Rabu|"
    r"Kamis|Jumat|Sabtu|Minggu)\b|\s+dan\s+diikuti|\.\s|\.$|$)"
)


#: Administrative regions: "Kabupaten Alor Provinsi Nusa Tenggara Timur", "Kota Pangkalpinang".
REGION = re.compile(
    r"\b((?:Kabupaten|Kota|Provinsi)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"(?:\s+Provinsi\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)"
)


def is_date_part(text: str, match: re.Match[str]) -> bool:
    after = text[match.end() : match.end() + 12].lower()
    before = text[max(0, match.start() - 9) : match.start()].lower()
    return bool(
        re.match(r"\s*(jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des|dec|oct|aug|may)", after)
        or before.rstrip().endswith(("tanggal", "nomor", "no.", "pukul"))
    )


_CAPITALISED = re.compile(r"(?:[A-Z][a-z'’]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’]+|[A-Z]\.))*")


def person_names(text: str, places: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of likely person names: runs of two or more capitalised name words.

    A capitalised run such as "Kasubsi Registrasi Bimkemas Endang Meidiansyah" is cut at
    titles, institutions and place names, leaving "Endang Meidiansyah".
    """
    spans = []
    for run in _CAPITALISED.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        current: list[re.Match[str]] = []
        for word in [*words, None]:
            if word is not None and is_name_word(word.group(), places):
                current.append(word)
                continue
            if len(current) >= 2:
                spans.append((run.start() + current[0].start(), run.start() + current[-1].end()))
            current = []
    return spans


def numbers(text: str) -> list[re.Match[str]]:
    """Counts in ``text``: numbers that are not years or parts of dates."""
    return [
        m for m in NUMBER.finditer(text)
        if not re.fullmatch(r"(19|20)\d\d", m.group(1) or "") and not is_date_part(text, m)
    ]


ROLE = re.compile(
    r"\b(Kepala|Kalapas|Karutan|Kabapas|Kakanwil|Kadiv|Ka\.\s?Lapas|Ka\.\s?Rutan|Pembina|"
    r"Pemimpin|Sekretaris|Direktur|Dirjen|Kasi|Kasubsi|Komandan|Ketua|Plt\.?|Pelaksana)\b"
)


def role_near(text: str, start: int, end: int) -> str:
    """The role phrase just before a name ("Kepala Lapas Pati, Febie ...") or after it."""
    before = text[max(0, start - 90) : start]
    # "(Ka.Lapas)" restates the role just before it: skip parenthesised abbreviations.
    roles = [m for m in ROLE.finditer(before) if not before[: m.start()].endswith("(")]
    if roles:
        phrase = before[roles[-1].start() :].strip(" ,")
        if phrase:
            return phrase
    after = text[end : end + 90]
    selaku = re.match(r"\s*,?\s*(?:selaku|sebagai)\s+([^,.;]+)", after)
    if selaku:
        return selaku.group(1).strip()
    role_after = re.match(r"\s*,\s*((?:Kepala|Kalapas|Karutan|Pembina)[^,.;]+)", after)
    return role_after.group(1).strip() if role_after else ""
