"""Spans: the patterns that find answer-shaped pieces of a sentence: numbers, venues,
regions (people and their posts: ``rag.people``).

Applied once per sentence when the index is built (``rag.analysis``); the composers read
the stored spans.
"""

from __future__ import annotations

import re

from rag.dates import MONTHS_ID

#: Indonesian digit words, from which the number words are composed.
_DIGITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9}


def _number_words() -> dict[str, int]:
    """Indonesian number words up to the hundreds, as articles write counts in words
    ("Delapan belas di antaranya", "dua puluh tiga orang", "tiga ratus"): composed the way
    the language composes them (belas 11-19, puluh tens, ratus hundreds, se- for one)."""
    words = {**_DIGITS, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
             # "29 di antaranya laki-laki dan seorang perempuan": one person.
             "seorang": 1}
    for word, digit in _DIGITS.items():
        if digit > 1:
            words[f"{word} belas"] = 10 + digit
            words[f"{word} puluh"] = 10 * digit
            words[f"{word} ratus"] = 100 * digit
            words[f"{word} ribu"] = 1000 * digit
            for unit, value in _DIGITS.items():
                words[f"{word} puluh {unit}"] = 10 * digit + value
    return words


#: Indonesian number words, as articles often write small counts ("sepuluh hal").
NUMBER_WORDS = _number_words()
#: English number words, as questions write small counts ("four months", "twelve of them").
_ENGLISH_NUMBER_LIST = """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty
""".split()  # noqa: SIM905 (a word list reads better as text)
ENGLISH_NUMBER_WORDS = {word: value for value, word in enumerate(_ENGLISH_NUMBER_LIST)}
#: Ordinal words of both languages and their places: "ketiga", "third" → 3.
ORDINAL_WORDS = {
    "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
    "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
#: Both as regex alternations, longest first ("dua puluh" before "dua").
NUMBER_WORDS_RE = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
ENGLISH_NUMBER_WORDS_RE = "|".join(sorted(ENGLISH_NUMBER_WORDS, key=len, reverse=True))
#: A number glued to letters is part of a name ("Liputan6.com", "Covid19"), not a count;
#: only "Rp" may touch the amount it prices ("Rp500.000").
NUMBER = re.compile(
    r"(?:(?<![\w/.,:])|(?<=Rp))(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s*\(([a-z ]+)\))?(?![\d/]|[.,]\d|:\d)"
    # "satu demi satu", "satu per satu": one by one counts nothing; nor does "satu sama
    # lain" (each other).
    # ("delapan WBP", "tiga ASN": an acronym counted as surely as a common noun.)
    rf"|(?<![\w(])(?<!demi )(?<!per )((?i:{NUMBER_WORDS_RE}))(?=\s+(?:[a-z]|[A-Z]{{2,}}s?\b))"
    r"(?!\s+(?:demi|per)\s+satu\b|\s+persatu\b|\s+sama\s+lain\b)"
)
PLACE = re.compile(
    # ("di dalam bus" is a venue; "di dalam lapas" only says inside.)
    r"\b(?:bertempat\s+)?di\s+((?i:(?:sekitar|dekat|depan|belakang|samping)\s+|(?:dalam|luar)\s+(?=(?:bus|mobil|kapal|truk|ambulans)\b))?(?i:(?:sebuah|suatu|salah satu)\s+)?"
    r"(?i:lapangan|aula|gedung|ruang|halaman|kantor|lapas|rutan|bapas|masjid|gereja|hotel|balai|"
    r"lembaga|asrama|rumah|pasar|terminal|stasiun|jalan|jl|kampung|kebun|gudang|toko|warung|"
    r"sekolah|kawasan|kompleks|komplek|perumahan|pelabuhan|bandara|sisi|sebelah|bagian|blok|kamar|"
    r"kecamatan|desa|kelurahan|dusun|polsek|polres|mapolsek|mapolres|rsud|puskesmas|klinik|"
    r"lokasi|pojok|ruangan|rupbasan|lpka|kanwil|kejari|pengadilan|pendopo|taman|pantai|lahan|area|areal|"
    r"dapur|menara|lantai|kapel|pura|vihara|klenteng|lorong|pintu|gerbang|selasar|teras|"
    # venues of town and garrison: "di alun-alun Kabupaten Cilacap", "di Mapolda Jambi"
    r"alun-alun|alun alun|stadion|gor|gelanggang|monumen|tugu|makam|markas|mako|mapolda|polda|kodim|"
    r"makodim|korem|pesantren|pondok|kampus|universitas|wisma|graha|auditorium|plaza|lobi|"
    # "diambil darahnya di dalam bus operasional UTD PMI": a vehicle parked as a venue
    # (a quote may close right after the place: "bertempat di aula lapas," katanya)
    r"bus|mobil|kapal|truk|ambulans|loket)\b(?:[^.;“”\"]|(?<=\bKH)\.|(?<=\bJl)\.|(?<=\bJln)\.|(?<=\bGg)\.|(?<=\bNo)\.)*?)(?=,[\"”]?\s|[\"”]\s|\s+pada\b|\s+(?:Senin|Selasa|Rabu|"
    r"Kamis|Jumat|Sabtu|Minggu)\b|\s+dan\s+diikuti|\s+(?:dan\s+)?(?:itu|ini|tersebut|dihadiri|diikuti|"
    r"dipimpin|dalam rangka|tidak jauh|kira-kira|yang|bukan|lalu|kemudian|lantas|sambil|serta|mulai|sejak|pukul|"
    # a clause of purpose or cause ends the place: "berlatih di lapangan agar persaingan ..."
    r"agar|supaya|karena|sehingga|namun|tetapi)\b"
    # a verb ends the place: "di Lapas Pancur Batu diharap", "di Masjid At Taubah bersama"
    # ("di rumah dinas Kepala Bapas": "dinas", "dinding" are nouns.)
    # ("di Jalan KH. Hasan Arief", "di Jl. Sudirman No. 5": a title or a street's dot goes on.)
    r"|\s+(?!dinas\b|dinding\b)(?:di|me|ber|ter)[a-z]{3,}\b|(?<!\bKH)(?<!\bJl)(?<!\bJln)(?<!\bGg)(?<!\bNo)\.\s|\.$|$)"
)

#: A venue named by its own capitalised name rather than a place noun: "di Pojok Café
#: Mantap Jiwa", "di Nusakambangan", "di Jakarta". Occasions written the same way ("di Hari
#: Bhakti Pemasyarakatan", "di Bulan Ramadan"), months and a body's domain ("ASN di
#: Lingkungan Kementerian Hukum") are no venue.
_NAMED_VENUE = re.compile(
    r"\bdi\s+(?!(?:Lingkungan|Bawah|Tingkat|Bidang|Sektor|Tengah|Antara|Hadapan|Hari|HUT|Tahun|Bulan|Masa|Era|Idul|Natal|Ramadan|Ramadhan|"
    + "|".join(MONTHS_ID.values())
    + r"|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z0-9][\w'’.-]*|\([A-Z][\w-]*\)"
    # "di Sarana Asimilasi dan Edukasi (SAE) Cah Angon": "dan" inside a name of capitals
    + r"|dan(?=\s+[A-Z])))*)"
)


#: An acronym in capitals ("TPS", "BNN", "MDR", "TC"): a body or a kind named by letters.
ACRONYM = re.compile(r"[A-Z]{2,6}")


def venues(sentence: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of the venues a sentence gives: a place noun's phrase ("di Aula Lapas
    Pati") or, where none covers it, a capitalised name after "di" ("di Pojok Café Mantap
    Jiwa"), in the order they are written."""
    spans = [m.span(1) for m in PLACE.finditer(sentence)]
    for match in _NAMED_VENUE.finditer(sentence):
        start, end = match.span(1)
        if ACRONYM.fullmatch(sentence[start:end]):
            continue  # "di TPS", "di BNN": a kind of place or a body, named by no name of its own
        if not any(s <= start < e or start <= s < end for s, e in spans):
            spans.append((start, end))
    return tuple(sorted(spans))


#: Administrative regions: "Kabupaten Alor Provinsi Nusa Tenggara Timur", "Kota Pangkalpinang".
REGION_PART = r"(?:Kecamatan|Kelurahan|Desa|Kabupaten|Kota|Provinsi)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
#: "Kecamatan Cepiring, Kabupaten Kendal, Jawa Tengah": one region from the smallest unit up.
REGION = re.compile(rf"\b({REGION_PART}(?:,?\s+{REGION_PART})*)")


#: The start of a month's name, as Indonesian and English news write it.
_MONTH_START = r"(?:jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des|dec|oct|aug|may)"
#: "5 – 9 April", "12-14 Desember", "3 hingga 6 Mei", "1 to 3 June": the first day of a
#: range of days is a date as much as the last.
_DAY_RANGE_AFTER = re.compile(
    rf"\s*(?:[-–—]|s\.\s?d\.?|sampai(?: dengan)?|hingga|to|until)\s*\d{{1,2}}\s+{_MONTH_START}",
    re.IGNORECASE,
)


def is_date_part(text: str, match: re.Match[str]) -> bool:
    """Whether a number is part of a date: a day before a month's name, the first day of a
    range of days, or a number after "tanggal", "nomor", "pukul"."""
    after = text[match.end() : match.end() + 12].lower()
    before = text[max(0, match.start() - 9) : match.start()].lower()
    return bool(
        re.match(rf"\s*{_MONTH_START}", after)
        or _DAY_RANGE_AFTER.match(text, match.end())
        or before.rstrip().endswith(("tanggal", "nomor", "no.", "pukul"))
        or any(d.start() <= match.start() and match.end() <= d.end()
               for d in _DASHED_DATE.finditer(text, max(0, match.start() - 3), match.end() + 8))
    )


#: "(15-12-2019)": a day, its month and its year joined by dashes.
_DASHED_DATE = re.compile(r"(?<!\d)\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?!\d)")


def numbers(text: str) -> list[re.Match[str]]:
    """Counts in ``text``: numbers that are not years or parts of dates."""
    return [
        m for m in NUMBER.finditer(text)
        if not re.fullmatch(r"(19|20)\d\d", m.group(1) or "") and not is_date_part(text, m)
    ]
