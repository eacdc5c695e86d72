"""Dates: Indonesian and English date expressions in articles, headers and questions.

Publication lines are parsed with regular expressions over our own month tables, not with
``dateparser``. Measured on the seed header lines, dateparser 1.5 got them right but took
60 ms to import, ~110 ms on its first call and ~1 ms per call after, and it needs
``STRICT_PARSING`` not to read dates into arbitrary header lines. The tables are needed anyway
for event dates and questions, the formats in scraped headers are few, and a regex is
deterministic about day/month order (always day first for numeric dates, as in Indonesian).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rag.records import EventDate

MONTHS_ID = {
    1: "Januari", 2: "Februari", 3: "Maret", 4: "April", 5: "Mei", 6: "Juni",
    7: "Juli", 8: "Agustus", 9: "September", 10: "Oktober", 11: "November", 12: "Desember",
}  # fmt: skip
MONTHS_EN = {
    1: "January", 2: "February", 3: "March", 4: "April", 5: "May", 6: "June",
    7: "July", 8: "August", 9: "September", 10: "October", 11: "November", 12: "December",
}  # fmt: skip

_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "peb": 2, "pebruari": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10,
    "nov": 11, "nopember": 11, "des": 12, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = {name.lower(): m for table in (MONTHS_ID, MONTHS_EN) for m, name in table.items()}
_MONTHS = {**_MONTH_ABBREVIATIONS, **_FULL_MONTHS}
#: Every way the articles write a month (Indonesian, English, abbreviated) → its number.
MONTH_NAMES: dict[str, int] = dict(_MONTHS)

_WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2,
    "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip



def weekday_index(name: str) -> int | None:
    """The weekday a name gives ("Jumat", "jum'at", "Friday" → 4; Monday is 0), or None."""
    return _WEEKDAYS.get(name.lower())


# Longest names first so that "Desember" wins over "Des" and "Sept" over "Sep".
_MONTH_RE = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
#: The weekdays' names as a regex alternation, longest first.
WEEKDAY_RE = "|".join(sorted(map(re.escape, _WEEKDAYS), key=len, reverse=True))
#: A weekday's name, in either language: "Jumat", "Jum'at", "Friday".
WEEKDAY_WORD = re.compile(rf"\b(?:{WEEKDAY_RE})\b", re.IGNORECASE)
_M = rf"(?P<month>{_MONTH_RE})\.?(?![A-Za-z])"
# "Kamis malam (23/2)", "Senin pagi, 5 Maret": a time of day may stand after the weekday.
_WD = rf"(?:(?P<weekday>{WEEKDAY_RE})\s*(?:(?:pagi|siang|sore|malam|petang|dini hari)\s*)?,?\s*)"
_DAY = r"(?P<day>\d{1,2})(?!\d)"
_YEAR4 = r"(?P<year>(?:19|20)\d{2})(?!\d)"

# Event dates, in the forms the articles use. A parenthesised d/m needs a weekday or a year,
# because a bare "(2/3)" is as likely a fraction as a date.
_EVENT_PATTERNS = (
    # "Senin-Selasa (8-9/8)": a span of days is dated by its first.
    re.compile(
        rf"\b{_WD}(?:[-–]\s*(?:{WEEKDAY_RE})\s*)?\(\s*{_DAY}(?:\s*[-–]\s*\d{{1,2}})?\s*/\s*(?P<mon>\d{{1,2}})"
        r"(?:\s*/\s*(?P<year>\d{4}|\d{2}))?\s*\)",
        re.IGNORECASE,
    ),
    # "Minggu (15-12-2019)": a weekday's full date written with dashes.
    re.compile(
        rf"\b{_WD}\(\s*{_DAY}-(?P<mon>\d{{1,2}})-(?P<year>\d{{4}})\s*\)",
        re.IGNORECASE,
    ),
    re.compile(rf"\(\s*{_DAY}/(?P<mon>\d{{1,2}})/(?P<year>\d{{4}}|\d{{2}})\s*\)"),
    # "pada siang hari ini (17/1)", "kemarin (16/1)": a word of the day before the bracket
    # makes it a date as surely as a weekday does.
    re.compile(rf"\b(?:(?:pagi|siang|sore|malam)\s+(?:hari\s+)?ini|hari\s+ini|kemarin|"
               rf"tadi\s+(?:pagi|siang|sore|malam))\s*\(\s*{_DAY}\s*/\s*"
               r"(?P<mon>\d{1,2})\s*\)", re.IGNORECASE),
    re.compile(rf"(?<![\d/(])\b{_DAY}[/-](?P<mon>\d{{1,2}})[/-]{_YEAR4}"),
    re.compile(rf"\b{_WD}?(?:tanggal\s+|tgl\.?\s+)?{_DAY}\s+{_M}(?:\s+{_YEAR4})?", re.IGNORECASE),
    re.compile(rf"\b{_WD}?{_M}\s+{_DAY}(?:st|nd|rd|th)?(?:\s*,\s*|\s+){_YEAR4}", re.IGNORECASE),
)

#: How many of ``_EVENT_PATTERNS`` (the first) write the month as a number: "pada 28/2/2025"
#: is a date in a report that names no month anywhere.
_NUMERIC_PATTERNS = 5
_ANY_MONTH = re.compile(rf"(?i)(?<![A-Za-z])(?:{_MONTH_RE})(?![A-Za-z])")

# Past this many days after publication a yearless date is read as the previous year's.
_MAX_DAYS_AFTER_PUBLICATION = 92


def month_name(month: int, lang: str = "id") -> str:
    """Full month name for the answer composer.

    Args:
        month: 1-12.
        lang: ``"id"`` for Indonesian ("Desember"), anything else for English ("December").

    Returns:
        The month's name in that language.
    """
    return (MONTHS_ID if lang == "id" else MONTHS_EN)[month]


def format_date(d: date, lang: str = "id") -> str:
    """Write a date the way a reader of that language expects ("21 Desember 2023").

    Args:
        d: the date.
        lang: ``"id"`` or ``"en"``; both use day-month-year order.

    Returns:
        The date with the month spelled out.
    """
    return f"{d.day} {month_name(d.month, lang)} {d.year}"


def _month_number(token: str) -> int | None:
    """Month number of a month word, or None when it is no month or not capitalised.

    Abbreviations ("Des", "Mar") count only when capitalised, so ordinary lowercase words
    are never read as months; full names may be lowercase (users type "desember").
    """
    key = token.lower().rstrip(".")
    if key in _FULL_MONTHS and key != "may":
        return _FULL_MONTHS[key]
    return _MONTHS.get(key) if token[:1].isupper() else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)``, or None for impossible dates such as 31/2."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _expand_year(text: str) -> int:
    """A written year as a full year; two digits mean 20xx ("13/2/23" → 2023)."""
    year = int(text)
    return year + 2000 if year < 100 else year


def _candidates(month: int, day: int, published: date | None, fallback: int | None) -> list[date]:
    """Possible dates for a yearless day and month, best first, before weekday checks.

    With a publication date, years around it are ranked by closeness, and dates long after
    publication are excluded (news reports what happened, or is about to). Otherwise the
    fallback year comes first, then the year before it (articles about "Natal 2023" mention
    "2024" often), then the year after.
    """
    if published is not None:
        years = (published.year - 1, published.year, published.year + 1)
        limit = published + timedelta(days=_MAX_DAYS_AFTER_PUBLICATION)
        dates = [d for y in years if (d := _safe_date(y, month, day)) and d <= limit]
        return sorted(dates, key=lambda d: abs((d - published).days))
    if fallback is not None:
        years = (fallback, fallback - 1, fallback + 1)
        return [d for y in years if (d := _safe_date(y, month, day))]
    return []


def _resolve(
    day: int, month: int, year: int | None, weekday: int | None,
    published: date | None, fallback: int | None,
) -> tuple[date, bool] | None:  # fmt: skip
    """The calendar date an expression means, and whether its weekday agrees.

    A written year is trusted even when the weekday disagrees. Without one, the weekday
    chooses among the candidate years when it can; else the best candidate is taken.
    """
    if year is not None:
        resolved = _safe_date(year, month, day)
        return (resolved, weekday == resolved.weekday()) if resolved else None
    options = _candidates(month, day, published, fallback)
    if not options:
        return None
    if weekday is not None:
        agreeing = [d for d in options if d.weekday() == weekday]
        if agreeing:
            return agreeing[0], True
    return options[0], False


def _event_from_match(
    match: re.Match[str], published: date | None, fallback: int | None
) -> EventDate | None:
    """Turn one pattern match into an EventDate, or None when it is not a valid date."""
    groups = match.groupdict()
    if groups.get("mon"):
        month: int | None = int(groups["mon"])
    else:
        month = _month_number(groups["month"])
    if month is None or not 1 <= month <= 12:
        return None
    year = _expand_year(groups["year"]) if groups.get("year") else None
    weekday = _WEEKDAYS.get(groups["weekday"].lower()) if groups.get("weekday") else None
    resolved = _resolve(int(groups["day"]), month, year, weekday, published, fallback)
    if resolved is None:
        return None
    return EventDate(resolved[0], match.group(0), match.start(), resolved[1])


def find_event_dates(
    text: str, published: date | None, fallback_year: int | None = None
) -> list[EventDate]:
    """Find the dates an article says things happened, in text order.

    Args:
        text: the article's clean text; ``EventDate.start`` indexes into it.
        published: publication date; a yearless "Kamis (21/12)" is read as the date closest
            to it and not long after it.
        fallback_year: used when there is no publication date, typically the year the text
            mentions most; a stated weekday may move the date to a neighbouring year.

    Returns:
        One EventDate per expression, earliest in the text first (callers treat the first as
        the main event). Impossible dates and yearless dates with no year to resolve from are
        left out.
    """
    found: list[EventDate] = []
    taken: list[tuple[int, int]] = []
    # The patterns with month names try a weekday at every position: skip them (most of a
    # rebuild's parsing time) when the text names no month at all.
    patterns = _EVENT_PATTERNS if _ANY_MONTH.search(text) else _EVENT_PATTERNS[:_NUMERIC_PATTERNS]
    matches = [m for pattern in patterns for m in pattern.finditer(text)]
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        event = _event_from_match(match, published, fallback_year)
        if event is not None:
            found.append(event)
            taken.append(match.span())
    if published is not None:
        # "menggelar vaksinasi ... pada siang hari ini": today is the day the report came out.
        for match in _TODAY.finditer(text):
            if not any(match.start() < end and start < match.end() for start, end in taken):
                found.append(EventDate(published, match.group(0), match.start(), False))
        found.sort(key=lambda e: e.start)
    return found


#: "pada siang hari ini", "hari ini" with no date after it (a bracketed one is read above).
_TODAY = re.compile(r"\bpada\s+(?:(?:pagi|siang|sore|malam)\s+)?hari\s+ini\b(?!\s*\()", re.IGNORECASE)


_TIME_SUFFIX = (
    r"(?:\s*[-–,|]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT|UTC|GMT)?)?"
)
_PUBLICATION_PATTERNS = (
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?"),
    re.compile(rf"{_WD}?{_DAY}\s+{_M}\s+{_YEAR4}{_TIME_SUFFIX}", re.IGNORECASE),
    re.compile(
        rf"{_WD}?{_M}\s+{_DAY}(?:st|nd|rd|th)?\s*,?\s+{_YEAR4}{_TIME_SUFFIX}", re.IGNORECASE
    ),
    re.compile(rf"{_WD}?{_DAY}[/-](?P<mon>\d{{1,2}})[/-]{_YEAR4}{_TIME_SUFFIX}", re.IGNORECASE),
)


def parse_publication_date(line: str) -> date | None:
    """Read a header line that is a publication date and nothing else.

    Args:
        line: e.g. ``Dec 21, 2023 - 13:03``, ``Kamis, 21 Desember 2023 13:03 WIB``,
            ``2023-12-21``. The whole line must be the date, so body sentences that merely
            contain a date are not mistaken for it.

    Returns:
        The date, or None when the line is not a (valid) date.
    """
    stripped = line.strip()
    for pattern in _PUBLICATION_PATTERNS:
        match = pattern.fullmatch(stripped)
        if match is None:
            continue
        groups = match.groupdict()
        month = int(groups["mon"]) if groups.get("mon") else _month_number(groups["month"])
        if month is not None:
            return _safe_date(int(groups["year"]), month, int(groups["day"]))
    return None


@dataclass(frozen=True)
class DateQuery:
    """A time restriction in a question, possibly without a year ("in December").

    Attributes:
        text: the phrase as the user wrote it.
        first: (month, day) the period starts on.
        last: (month, day) the period ends on, inclusive.
        year: the year of ``last``, or None when the question names no year, in which case
            the period matches in every year.
        relation: ``in`` the period, or open-ended: ``after``, ``since``, ``before``, ``until``.
    """

    text: str
    first: tuple[int, int]
    last: tuple[int, int]
    year: int | None = None
    relation: str = "in"
    #: Years the period runs past ``year``: "Nataru 2024" is written both for the season
    #: that ends in January 2024 and for the one that starts in December 2024.
    later_years: int = 0

    @property
    def start(self) -> date | None:
        """First day as a date, when the year is known (a range may start the year before)."""
        if self.year is None:
            return None
        return date(self.year - (self.first > self.last), *self.first)

    @property
    def end(self) -> date | None:
        """Last day as a date, when the year is known."""
        return None if self.year is None else date(self.year + self.later_years, *self.last)

    def matches(self, d: date) -> bool:
        """Whether a date falls in the period (or after/before it, per ``relation``).

        Args:
            d: an article's event or publication date.

        Returns:
            True when ``d`` is inside; without a year, any year's period counts.
        """
        if self.relation != "in":
            return self._open_ended(d)
        md = (d.month, d.day)
        if self.start is not None and self.end is not None:
            # A season over the new year spanning more than one ("Nataru 2024"): its days only.
            in_season = not self.later_years or self.first <= self.last or md >= self.first or md <= self.last
            return self.start <= d <= self.end and in_season
        if self.first <= self.last:
            return self.first <= md <= self.last
        return md >= self.first or md <= self.last

    def _open_ended(self, d: date) -> bool:
        """Whether ``d`` is after/since/before/until the period (without a year: any year)."""
        if self.start is not None and self.end is not None:
            low, high, value = self.start, self.end, d
        else:
            low, high, value = self.first, self.last, (d.month, d.day)
        return {
            "after": value > high,
            "since": value >= low,
            "before": value < low,
            "until": value <= high,
        }[self.relation]


_QM = rf"(?P<month>{_MONTH_RE})\.?(?![A-Za-z])"
_QYEAR = r"(?:,?\s+(?:tahun\s+)?(?P<year>(?:19|20)\d{2})(?!\d))?"
_PART_WORDS = {
    "awal": (1, 10), "early": (1, 10), "beginning of": (1, 10), "permulaan": (1, 10),
    "pertengahan": (11, 20), "mid": (11, 20), "middle of": (11, 20), "tengah": (11, 20),
    "akhir": (21, 31), "late": (21, 31), "end of": (21, 31),
}  # fmt: skip
_PART_RE = "|".join(sorted(map(re.escape, _PART_WORDS), key=len, reverse=True))
_RANGE_END = r"(?:dan|and|sampai|hingga|sampai dengan|to|until|through|s\.?\s?d\.?|-|–)"
_ELECTION_WORDS = re.compile(
    r"(?:pemilu|pemilihan(?:\s+umum)?|pilkada|pileg|pilpres|natal|nataru|baru|election)"
    r"\s*(?:tahun\s*)?$|^\s*(?:election|elections|pemilu|polls)\b",
    re.IGNORECASE,
)

# Question patterns, most specific first; the first that matches decides.
_QUESTION_PATTERNS = (
    ("range", re.compile(
        rf"\b(?:antara|between|dari|from)?\s*(?:tanggal\s+|tgl\.?\s+)?(?P<day>\d{{1,2}})"
        rf"(?:\s+(?P<month1>{_MONTH_RE})\.?)?\s*{_RANGE_END}\s*(?:tanggal\s+)?"
        rf"(?P<day2>\d{{1,2}})\s+{_QM}{_QYEAR}", re.IGNORECASE)),
    # "between February and July 2023", "Februari sampai Juli 2023": months from one to the other.
    ("months", re.compile(
        # ("Jan-Sept 2023": a dash may join the two months with no space.)
        rf"\b(?:antara|between|dari|from|sejak)?\s*(?:bulan\s+)?(?P<month1>{_MONTH_RE})\.?"
        rf"(?:\s+(?:and|to|until|through|dan|sampai(?:\s+dengan)?|hingga|s\.?\s?d\.?|-|–)\s+|\s*[-–]\s*)"
        rf"{_QM}{_QYEAR}", re.IGNORECASE)),
    ("part", re.compile(rf"\b(?P<part>{_PART_RE})[\s-]+(?:bulan\s+)?{_QM}{_QYEAR}", re.IGNORECASE)),
    # "Denpal VI/2 maret 2024": a number after a slash is part of a name, not a day.
    ("day", re.compile(rf"(?<![/.])\b(?P<day>\d{{1,2}})\s+{_QM}{_QYEAR}", re.IGNORECASE)),
    ("day", re.compile(
        rf"\b{_QM}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]){_QYEAR}", re.IGNORECASE)),
    ("day", re.compile(
        r"\b(?:tanggal|tgl\.?|on|pada)\s+(?P<day>\d{1,2})/(?P<mon>\d{1,2})"
        r"(?:/(?P<year>\d{4}|\d{2}))?(?![\d/])", re.IGNORECASE)),
    ("day", re.compile(r"\b(?P<day>\d{1,2})/(?P<mon>\d{1,2})/(?P<year>\d{4})(?!\d)")),
    ("last_month", re.compile(rf"\b{_QM}\s+(?:lalu|kemarin)\b", re.IGNORECASE)),
    ("last_month", re.compile(rf"\blast\s+{_QM}", re.IGNORECASE)),
    ("month", re.compile(
        rf"\b(?:(?P<cue>bulan|in|pada|during|selama|sepanjang|sejak|since|of)\s+)?{_QM}{_QYEAR}",
        re.IGNORECASE)),
    ("year", re.compile(
        r"\b(?P<cue>tahun|in|pada|during|selama|sepanjang|year|sejak|since)\s+"
        r"(?P<year>(?:19|20)\d{2})(?!\d)(?!\s*(?:caka|saka|çaka|hijriah|hijriyah|h\b))", re.IGNORECASE)),
)  # fmt: skip


def _last_day(month: int, year: int | None) -> int:
    """Last day of a month; February has 29 days when the year is unknown."""
    return calendar.monthrange(year if year is not None else 2024, month)[1]


def _month_query(kind: str, match: re.Match[str], today: date | None) -> DateQuery | None:
    """DateQuery for the patterns that name a month; None when the month word is doubtful.

    A month alone ("Desember") counts only as a full name; "Mei"/"May" and abbreviations
    need a cue ("pada", "in") or a year, since "May" is also an English verb.
    """
    groups = match.groupdict()
    token = groups.get("month") or ""
    month = int(groups["mon"]) if groups.get("mon") else _month_number(token)
    if month is None and groups.get("year"):
        # "disidak DPRD sept 2018": before a year, a chat abbreviation in lower case is
        # the month all the same.
        month = _MONTHS.get(token.lower().rstrip("."))
    if month is None or not 1 <= month <= 12:
        return None
    bare = kind == "month" and not groups.get("cue") and not groups.get("year")
    if bare and (token.lower() not in _FULL_MONTHS or token.lower() in ("mei", "may")):
        return None
    year = _expand_year(groups["year"]) if groups.get("year") else None
    if kind == "last_month":
        year = None if today is None else today.year - (today.month <= month)
    return _query_for(kind, match, month, year)


def _query_for(kind: str, match: re.Match[str], month: int, year: int | None) -> DateQuery | None:
    """Build the period a matched phrase names, or None when its days are impossible."""
    groups = match.groupdict()
    text = match.group(0).strip()
    if kind in ("month", "last_month"):
        return DateQuery(text, (month, 1), (month, _last_day(month, year)), year)
    if kind == "months":
        first = _month_number(groups["month1"]) or _MONTHS.get(groups["month1"].lower().rstrip("."))
        if first is None:
            return None
        return DateQuery(text, (first, 1), (month, _last_day(month, year)), year)
    if kind == "part":
        first, last = _PART_WORDS[groups["part"].lower()]
        return DateQuery(text, (month, first), (month, min(last, _last_day(month, year))), year)
    day = int(groups["day"])
    if kind == "range":
        month1 = _month_number(groups["month1"]) if groups.get("month1") else month
        first, last = (month1 or month, day), (month, int(groups["day2"]))
    else:
        first = last = (month, day)
    probe_year = year if year is not None else 2024
    if not all(_safe_date(probe_year, *md) for md in (first, last)):
        return None
    return DateQuery(text, first, last, year)


def parse_question_dates(text: str, today: date | None = None) -> DateQuery | None:
    """Find the period a question asks about, if it clearly names one.

    Args:
        text: the user's question, Indonesian or English ("pada Desember 2023",
            "between 19 and 21 December", "awal Desember", "tahun 2023").
        today: the date "Desember lalu" / "last December" counts back from; without it such
            phrases match that month in any year.

    Returns:
        The period, or None when the question names no time. Numbers that are not dates
        ("2.549 orang") and election names ("Pemilu 2024", "Pemilu Tahun 2024") are not
        periods: a wrong filter would hide the right answer, so doubt means None.
    """
    season = _season(text)
    if season is not None:
        return season
    for kind, pattern in _QUESTION_PATTERNS:
        for match in pattern.finditer(text):
            if kind == "year":
                if _names_an_event(text, match) or _in_year_range(text, match):
                    continue
                year = int(match.group("year"))
                query = DateQuery(match.group(0).strip(), (1, 1), (12, 31), year)
            else:
                query = _month_query(kind, match, today)
            if query is not None:
                return _with_relation(text, match, query)
    return None


#: Christmas and the New Year of a year name a season: "Natal 2025", "Tahun Baru 2026",
#: "Nataru 2025/2026", "Natal 2025 dan Tahun Baru 2026".
_CHRISTMAS = re.compile(r"\b(?:natal|christmas|nataru|xmas)\s+(?P<year>(?:19|20)\d\d)\b"
                        r"(?:\s*/\s*(?P<next>(?:19|20)\d\d)\b)?", re.IGNORECASE)
_NEW_YEAR = re.compile(r"\b(?:tahun baru|new year)\s+(?P<year>(?:19|20)\d\d)\b"
                       r"(?:\s*/\s*(?P<next>(?:19|20)\d\d)\b)?", re.IGNORECASE)
#: The whole season named by one year: "Nataru 2025", "Natal dan Tahun Baru 2025",
#: "Christmas and New Year 2025" (not "Nataru 2024/2025", which says which season).
_SEASON_YEAR = re.compile(r"\b(?:nataru|(?:natal|christmas)\s+(?:dan|and|&)\s+(?:tahun baru|new year))\s+"
                          r"(?P<year>(?:19|20)\d\d)\b(?!\s*/\s*(?:19|20)\d\d)", re.IGNORECASE)
#: A feast of the year named with it: "Lebaran 2024", "Idul Fitri 2024", "Eid al-Fitr 2024",
#: "Waisak 2024", "Nyepi 2017", "HUT RI 2025" (its Hijri year, "1445 H", is no Gregorian one).
_FEAST_YEAR = re.compile(r"\b(?:lebaran|idul\s*fitri|idulfitri|idul\s*adha|iduladha|eid(?:\s+al-?\s?(?:fitr|adha))?|"
                         r"nyepi|waisak|vesak|imlek|paskah|easter|hut\s+ri(?:\s+ke-?\s?\d+)?|"
                         r"independence day|hari kemerdekaan)\s+(?:tahun\s+)?(?P<year>(?:19|20)\d\d)\b"
                         # "Nyepi 1945 Caka", "Idul Fitri 1445 H": the feast's own calendar.
                         r"(?!\s*(?:caka|saka|çaka|hijriah|hijriyah|hijr|h\b|ah\b))", re.IGNORECASE)
#: The season's days: roll calls and remissions for it fall from early December to the
#: first half of January.
_SEASON_START, _CHRISTMAS_END, _NEW_YEAR_END = (12, 1), (12, 31), (1, 15)


def _season(text: str) -> DateQuery | None:
    """The Christmas / New Year season a question names with its year, or None; a feast
    named with its year ("remisi Lebaran 2024", "Waisak 2024") is that year."""
    both = _SEASON_YEAR.search(text)
    if both is not None:
        # "Nataru 2025", "Natal dan Tahun Baru 2025": reports write the year of either end
        # of the season, so both seasons the year touches count.
        return DateQuery(both.group("year"), _SEASON_START, _NEW_YEAR_END, int(both.group("year")), later_years=1)
    christmas, new_year = _CHRISTMAS.search(text), _NEW_YEAR.search(text)
    if christmas is None and new_year is None:
        feast = _FEAST_YEAR.search(text)
        if feast is not None:
            return DateQuery(feast.group("year"), (1, 1), (12, 31), int(feast.group("year")))
        return None
    # The period's text is its year alone: the occasion stays a word of the question
    # ("syarat remisi Natal 2025" is about Christmas remissions, in December 2025).
    if christmas is not None and new_year is None and christmas.group("next") is None:
        return DateQuery(christmas.group("year"), _SEASON_START, _CHRISTMAS_END, int(christmas.group("year")))
    # "Tahun Baru 2023/2024" (after "Natal dan") is the season that ends in its second year.
    year = ((new_year.group("next") or new_year.group("year")) if new_year is not None
            else christmas.group("next"))
    return DateQuery(year, _SEASON_START, _NEW_YEAR_END, int(year))


_RELATIONS = (
    ("after", r"after|setelah|sesudah|selepas|pasca"),
    ("since", r"since|sejak|mulai|from"),
    ("before", r"before|sebelum|prior to|menjelang"),
    ("until", r"until|till|up to|hingga|sampai(?: dengan)?"),
)


def _with_relation(text: str, match: re.Match[str], query: DateQuery) -> DateQuery:
    """Open the period when "after", "sejak", "sebelum" ... introduces it.

    Not when the period dates an election it names: "menjelang Pilkada Serentak 27
    November 2024" and "before the November 2024 Pilkada" ask for the run-up to the vote
    (``_run_up_to``), not for every day before it, and not for its day alone.
    """
    before = text[: match.start()].lower()
    run_up = _RUN_UP_BEFORE.search(before)
    if run_up is not None and (_EVENT_AFTER.match(text[match.end() :]) or run_up.group("election")):
        return _run_up_to(query, f"{text[run_up.start() : match.start()].strip()} {query.text}")
    if _EVENT_AFTER.match(text[match.end() :]):
        return query
    cue = (match.groupdict().get("cue") or "").lower()
    for relation, words in _RELATIONS:
        if re.fullmatch(words, cue):
            return replace(query, relation=relation)
        found = re.search(rf"\b({words})\s+(?:tanggal\s+|bulan\s+|the\s+)?$", before)
        if found and before.endswith("the ") and _NOUN_AFTER_DATE.match(text[match.end() :]):
            # "After the February 2026 batch of 61, ...": the date names the event the
            # question is about, as an adjective of its noun; it does not open a period.
            return query
        if found:
            return replace(query, relation=relation, text=f"{found.group(1)} {query.text}")
    return query


#: "menjelang Pilkada Serentak" before a date, or "ahead of the" before "November 2024
#: Pilkada": the run-up to an election the date is the day (or month) of.
_RUN_UP_BEFORE = re.compile(
    r"\b(?:menjelang|jelang|sebelum|ahead of|before|prior to|in the run-up to|run-up to|"
    r"leading up to)\s+(?:the\s+)?(?P<election>(?:pemilu|pemilihan|pilkada|pileg|pilpres|"
    r"regional elections?|general elections?|elections?|polls|vote)(?:\s+[\w-]+){0,3}?\s+)?$"
)
#: How far back the run-up to an election reaches: campaigns last about two and a half
#: months (Pemilu 2024: 28 November to 10 February; Pilkada 2024: 25 September to 23
#: November), and pledges and preparations fall within them.
RUN_UP_DAYS = 90


def _run_up_to(query: DateQuery, text: str) -> DateQuery:
    """The ``RUN_UP_DAYS`` up to and including the last day of ``query``."""
    end = date(query.year if query.year is not None else 2024, *query.last)
    start = end - timedelta(days=RUN_UP_DAYS - 1)
    return DateQuery(text, (start.month, start.day), query.last, query.year)


_EVENT_AFTER = re.compile(
    r"\s*(?:(?:general|regional|local|presidential|legislative)\s+)?(?:pemilu|pemilihan|pilkada|pileg|pilpres|election|elections|polls|vote|voting)\b",
    re.IGNORECASE,
)


#: A noun right after a date used as its adjective: "the February 2026 batch".
_NOUN_AFTER_DATE = re.compile(r"\s+(?!(?:and|or|to|until|when|while|the|a|an|of|in|on|at|for|with|by)\b)[a-z]{3,}\b")


_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:-|–|/|dan|and|to|until|sampai|hingga)\s*(?:19|20)\d\d")


def _in_year_range(text: str, match: re.Match[str]) -> bool:
    """Whether a year is one end of a span of years ("2024-2025"), which one year's period
    would cut in half: such a question gets no period rather than a wrong one."""
    return any(r.start() <= match.start("year") < r.end() for r in _YEAR_RANGE.finditer(text))


def _names_an_event(text: str, match: re.Match[str]) -> bool:
    """Whether a year belongs to a name such as "Pemilu Tahun 2024" rather than a time."""
    before = text[: match.start("year")]
    after = text[match.end("year") :]
    return bool(_ELECTION_WORDS.search(before) or _ELECTION_WORDS.match(after))
