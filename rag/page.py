"""Page furniture: what a scraped news page carries besides the story.

An outlet's page stacks, in any order and often without blank lines between them, a site
label, the headline (wrapped over lines, sometimes twice), a date line, credit lines
("Pewarta: ANTARA | Editor: Redaksi", "F. Firsta - PANGKALPINANG.JURNALIS.ID"), a photo
caption and tag lines, and only then the story, usually opened by a dateline
("PANGKALPINANG, ANTARA -- "). Under the story come "Baca juga" links, tags, related
headlines and copyright lines. None of that is the story: a headline joined to a date line
reads as one sentence whose numbers and names answer nothing, and a related headline reads
as a fact. This module tells the two apart line by line; ``rag.corpus`` assembles the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rag import dates

#: Non-blank lines searched for the story's first line; headers are never longer.
HEADER_SCAN_LINES = 16
#: What a caption kept in the text starts with, so readers can tell it from the story.
CAPTION_LABEL = "Foto: "
#: A caption as the story's own text may carry it: marked by the header reader (``CAPTION_LABEL``)
#: or left in the body as scraped ("[Foto: ...]", "Photo: ...").
_CAPTION_IN_TEXT = re.compile(r"^\W{0,2}(?:foto|photo)\s*:", re.IGNORECASE)


def is_caption(text: str) -> bool:
    """Whether a sentence is a photo's caption, which dates and names what the picture
    shows rather than what the story tells."""
    return bool(_CAPTION_IN_TEXT.match(text))
#: The most words a headline wrapped over lines has; a longer run is a caption under it.
TITLE_MAX_WORDS = 30
#: The most words a one-line site label or kicker above the headline has ("Pemilu 2024").
SITE_LABEL_WORDS = 3
#: How a line that ends a sentence ends.
SENTENCE_END = (".", "!", "?", '"', "”", ":", ";", "'", "’")
_DOMAIN = r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"

#: "PANGKALPINANG - ", "Madiun (ANTARA) - ", "PANGKALPINANG, ANTARA -- ", "Kalabahi,
#: wartaalor.com – ", "INDODAILY.CO, BANYUASIN- ", "PAPUADALAMBERITA.COM. MANOKWARI – ",
#: "PATI INFO_PAS - ", "JURNALIS.co.id – ".
#: A dash glued to both words ("TNI-Polri") is a hyphen, not a dateline's.
DATELINE = re.compile(
    rf"(?:(?P<lead>{_DOMAIN})(?:\s*,\s*|\.\s+))?"
    r"(?:(?!(?:Foto|Ilustrasi|Caption|Dok|Editor|Penulis|Reporter|Pewarta)\b)"
    r"(?P<place>[A-Z][A-Za-z]+(?:\s+(?!INFO)[A-Z][A-Za-z]+){0,2})\b"
    r"(?:\s*\([^)\n]{2,30}\))?\s*,?\s*"
    rf"(?:(?P<domain>{_DOMAIN})\s*|(?:INFO[ _]?PAS|[A-Za-z][\w.]*(?:\s+[A-Za-z][\w.]*){{0,2}})\s*)?"
    r"(?:\([^)\n]{2,30}\)\s*)?"
    rf"|(?P<site>{_DOMAIN})\s*)"
    r"(?:\s+[-–—]{1,2}\s*|[-–—]{1,2}\s+|[–—])(?:INFO[ _]?PAS\s*,\s*)?"
    # A second part: "Pekalongan – Delik Jateng.com – ", "LCN – Lombok Tengah, NTB – ".
    rf"(?:(?:{_DOMAIN}|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}(?:\s*,\s*[A-Z]{{2,}})?)"
    r"\s+[-–—]{1,2}\s+)?"
)
#: "SURABAYA : Ratusan petugas ...": a place in capitals closed by a colon. Tried only
#: after the dash forms, because a caption may open the same way ("DIAMANKAN: Sukardi").
COLON_DATELINE = re.compile(r"(?P<place>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})\s*:\s+(?=[A-Z])")


def match_dateline(text: str) -> re.Match[str] | None:
    """The dateline opening ``text`` ("PANGKALPINANG, ANTARA -- ", "SURABAYA : "), if any."""
    return DATELINE.match(text) or COLON_DATELINE.match(text)


_BYLINE = re.compile(rf"(?P<author>[^\n|]{{1,80}}?)\s+[-–—]\s+(?P<domain>{_DOMAIN})")
#: "Dani Tri Wahyudi — Satu Indonesia": a person and the outlet, nothing else.
_NAMED_BYLINE = re.compile(r"(?P<author>(?:[A-Z][\w.']*\s+){1,4}[A-Z][\w.']*)\s+[—–]\s+\S.{0,30}")
_CREDIT = re.compile(
    r"(?:oleh|penulis|reporter|pewarta|editor|redaktur|red|sumber|kontributor|fotografer"
    r"|foto\s*/\s*video|penyunting)\s*:",
    re.IGNORECASE,
)
_AUTHOR = re.compile(r"(?:oleh|penulis|reporter|pewarta)\s*:\s*(?P<author>[^|]+)", re.IGNORECASE)
_CAPTION = re.compile(
    r"(?:(?i:foto(?:\s+ilustrasi)?|ilustrasi|keterangan\s+foto|caption|dok(?:umentasi)?)"
    r"|[A-Z]{4,}(?:\s+[A-Z]{2,})?)\s*:\s*(?P<rest>.*)"
)
#: A photo's credit closing a caption: "(ANTARA/Edo Purmana)", "(Dok/Lapas)", "(Foto: X)".
_PHOTO_CREDIT = re.compile(
    r"\s*\((?:[^()]*/[^()]*|(?:foto|dok|humas|istimewa|antara)\b[^()]*|[A-Z]{2,}[\w.]*)\)\s*$",
    re.IGNORECASE,
)
#: A line closed by a photographer's credit: "... Pemilu 2024. ANTARA/Aditya Rohman".
_CREDITED = re.compile(r"(?:[.)]\s+|\s)\(?(?:ANTARA|Dok|Foto|HO)\s*/\s*[\w .]+\)?\s*$")
_TAGS = re.compile(r"(?:tags?|topik|kata\s+kunci|label)\s*:.*|id\s+\S[^.]*,[^.]*", re.IGNORECASE)
#: Page lines about the page: sharing, copyright, ads, invitations to read more.
_PAGE_LINE = re.compile(
    r"(?:copyright\b|©|all\s+rights\s+reserved|simak\s+(?:berita|juga|video)|temukan\s+berita"
    r"|cek\s+berita|ikuti\s+(?:berita|kami|update|saluran)|scroll\s+to\s+continue"
    r"|advertisement|bagikan\b|share\b|tulisan\s+ini\s+tidak\s+mewakili|\[\s*\.\.\.\s*\]$"
    r"|\*{3,}$|zoom-in|dapatkan\s+update|skip\s+to\b|reaksi\s+anda|komentar\s*\(|comment\s+\d)",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"(?:berita|artikel)\s+(?:terkait|lainnya|pilihan|populer)\b.*|(?:lihat|simak)\s+juga\b.*",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"(?:home|beranda|index|news)\s*[/>»|]", re.IGNORECASE)
_CREDIT_LINE = re.compile(
    r"(?:rilis\s+media|kontributor\b.*|(?:sumber|editor|penulis|reporter|foto)\s*:.*"
    r"|humas\b.*|\**\s*\([^()]{1,30}\))",
    re.IGNORECASE,
)
_TRAILING_CREDIT = re.compile(r"(?<=[.!?\"”])\s*\**\s*\((?:[A-Za-z]{1,12}[*/.]?){1,4}\)\s*$")
_CREDIT_MAX_CHARS = 80
#: A link to another story: "Baca juga: ...", "BACA: ...", "Lihat juga : ...", "Simak
#: juga ..." ("Baca" alone needs its colon: "Baca tulis Al-Qur'an ..." is a sentence).
_BACA_JUGA = re.compile(r"(?:(?:baca|lihat|simak)\s+juga\b\s*:?|(?:baca|simak)\s*:)\s*(?P<rest>.*)", re.IGNORECASE)
_LIST_ITEM = re.compile(r"[-•*·]\s+\S")
_LIST_ITEM_MARK = re.compile(r"^[-•*·]\s+")
_SEPARATOR = re.compile(r"[|•·\-–—_=*]+")
#: A date without a day ("Minggu, Agustus 2023 | 15:47 WIB", "September 2025 · Hukum"),
#: or a time stamp: page furniture that dates nothing exactly.
#: A date line giving only a month and its year: "Agustus 2022", "Mei 2023".
_MONTH_NAMES = "|".join(sorted(dates.MONTH_NAMES, key=len, reverse=True))
_MONTH_YEAR = re.compile(rf"(?i)(?P<month>{_MONTH_NAMES})\.?\s+(?P<year>(?:19|20)\d{{2}})")
_DATEISH = re.compile(
    r"(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\b,?\s*)?"
    r"(?:\d{1,2}\s+)?(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
    r"|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec)\w*\.?"
    r"\s+\d{4}\b|\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PageHeader:
    """What the lines above the story say.

    Attributes:
        body_start: index of the story's first line in the page's lines (0: no header).
        title: the headline, wrapped lines joined ("" when the page shows none).
        author: the writer a credit or byline names.
        source: the outlet's domain, when a byline names it.
        published: the date line's date.
        captions: lines marked as a photo's ("Foto: ...", "... (ANTARA/X)") of six words
            or more written as sentences (they may state what the story does not), closed
            with a full stop; illustrations and captions in title case are left out.
        decks: other sentences between the headline and the story (a standfirst, an
            unmarked caption), read as the story's own.
        points: the outlet's key points listed under the headline ("- Barang
            disembunyikan di bunker, lemari, kasur ..."): sentences of the story.
        month: (year, month) of a date line that gives only those ("Agustus 2022"): no
            publication day, but the month its yearless dates are read near.
    """

    body_start: int
    title: str = ""
    author: str | None = None
    source: str | None = None
    published: date | None = None
    captions: tuple[str, ...] = ()
    decks: tuple[str, ...] = ()
    points: tuple[str, ...] = ()
    month: tuple[int, int] | None = None


def read_header(lines: list[str]) -> PageHeader:
    """Split the page's header from its story.

    The story starts at the first dateline among the first lines; without one, at the first
    line of prose (a sentence, or a line too long for a headline). Above it, each line is a
    date, a credit, a caption, tags, a site label or part of the headline.

    Args:
        lines: the page's lines, stripped, blanks kept as "".

    Returns:
        The header; ``body_start`` 0 when the page opens with its story.
    """
    scanned = [i for i, line in enumerate(lines) if line][:HEADER_SCAN_LINES]
    start = _story_start(lines, scanned)
    if start is None or start == scanned[0]:
        return PageHeader(0)
    header = _Header()
    previous: int | None = None
    for i in (i for i in scanned if i < start):
        header.take(lines[i], joined=previous is not None and previous == i - 1)
        previous = i
    return header.result(start)


def _story_start(lines: list[str], scanned: list[int]) -> int | None:
    """Index of the story's first line: a dateline's (dashed forms first), else the first
    prose line's."""
    for pattern in (DATELINE, COLON_DATELINE):
        for i in scanned:
            match = pattern.match(lines[i])
            if match and len(lines[i][match.end() :].split()) >= 5 and not _is_date(lines[i]):
                return i
    for i in scanned:
        if _kind(lines[i]) == "text" and _is_prose(lines[i]):
            return i
    return None


def _is_prose(line: str) -> bool:
    """A sentence, or a line too long to be a headline."""
    words = len(line.split())
    return (words >= 8 and line.endswith(SENTENCE_END)) or words >= 24


def _is_date(line: str) -> bool:
    return (
        date_line(line) is not None or _DATEISH.search(line) is not None and len(line.split()) <= 10
    )


def date_line(line: str) -> date | None:
    """The publication date of a header line that is one, or of one part of a line the
    outlet divides with bars or dots ("Redaksi - KABARBROMO.COM | Rabu, 5 April 2017")."""
    parts = [line, *re.split(r"\s[|·•]\s", line)]
    return next((day for day in map(dates.parse_publication_date, parts) if day), None)


def _kind(line: str) -> str:
    """What a header line is: date, credit, caption, tags, label or text."""
    if date_line(line) is not None:
        return "date"
    if _CREDIT.match(line) or re.search(r"\|\s*" + _CREDIT.pattern, line, re.IGNORECASE):
        return "credit"
    if _BYLINE.fullmatch(line) or _NAMED_BYLINE.fullmatch(line):
        return "credit"
    if _TAGS.fullmatch(line) or _PAGE_LINE.match(line):
        return "tags"
    if _CAPTION.fullmatch(line) or _CREDITED.search(line):
        return "caption"
    if _LIST_ITEM.match(line) and len(line.split()) >= 6:
        return "point"
    if _is_label(line) or _is_date(line):
        return "label"
    return "text"


def _is_label(line: str) -> bool:
    """A site label, section name, breadcrumb or outlet: a few words, or short parts
    divided by bars or arrows."""
    if _BREADCRUMB.match(line):
        return True
    if len(line.split()) <= SITE_LABEL_WORDS and not line.endswith(SENTENCE_END):
        return True
    parts = [p for p in re.split(r"\s*[|·•>»]\s*|\s/\s", line) if p]
    if len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts):
        return True
    return bool(re.fullmatch(rf"(?:{_DOMAIN}|[A-Z][\w.]*)(?:\s+[-–—|]+)?", line))


class _Header:
    """Collects the header's lines into a ``PageHeader``."""

    def __init__(self) -> None:
        self.title: list[str] = []
        self.title_done = False
        self.author: str | None = None
        self.source: str | None = None
        self.published: date | None = None
        self.captions: list[str] = []
        self.decks: list[str] = []
        self.points: list[str] = []
        self.month: tuple[int, int] | None = None

    def take(self, line: str, joined: bool) -> None:
        """Read one header line; ``joined``: no blank line separates it from the last one."""
        kind = _kind(line)
        month_year = _MONTH_YEAR.fullmatch(line.strip())
        if month_year is not None and self.month is None:
            self.month = (int(month_year["year"]), dates.MONTH_NAMES[month_year["month"].lower()])
        if kind == "label" and joined and self._continues_title(line, short=True):
            kind = "text"
        if kind == "date":
            self.published = self.published or date_line(line)
        elif kind == "credit":
            self._credit(line)
        elif kind == "caption":
            caption = _CAPTION.fullmatch(line)
            if "ilustrasi" not in line.lower():  # "Foto ilustrasi: ..." shows no event
                self._caption(caption["rest"] if caption else line, labelled=True)
        elif kind == "point":
            self.points.append(_LIST_ITEM_MARK.sub("", line))
        elif kind == "text":
            self._text(line, joined)
        if kind != "text" and self.title:
            self.title_done = True

    def _continues_title(self, line: str, short: bool) -> bool:
        """A short line wrapped off the headline, with no blank line between: "pemasyarakatan
        harus netral" under "Kanwil Kemenkumham DIY tegaskan petugas", "Pemilihan Kepala
        Daerah" under "... Menjelang". An outlet's name ("detikNews", "KALTIM.PROKAL.CO"),
        a date or a bar-divided label is not one."""
        if not self.title or self.title_done or self.title[-1].endswith((".", "!", "?")):
            return False
        if _is_date(line) or re.search(r"[|·•>»]|\.\w", line) or _BREADCRUMB.match(line):
            return False
        if line[:1].islower() or line.endswith("**"):  # the bold headline's last line
            return True
        words = sum(len(t.split()) for t in self.title) + len(line.split())
        same_case = line.isupper() == self.title[-1].isupper()
        return same_case and words <= TITLE_MAX_WORDS and (len(line.split()) >= 2 or not short)

    def _credit(self, line: str) -> None:
        byline = _BYLINE.fullmatch(line)
        if byline:
            self.author = self.author or byline["author"].strip()
            self.source = self.source or byline["domain"].lower()
            return
        named = _NAMED_BYLINE.fullmatch(line)
        found = _AUTHOR.search(line)
        author = named["author"] if named else found["author"] if found else None
        if author and self.author is None:
            self.author = author.strip().strip("()") or None

    def _caption(self, text: str, labelled: bool = False) -> None:
        """Keep a caption (``labelled``: marked as a photo's) or a deck under the headline
        that reads as a sentence."""
        text = _CREDITED.sub(".", _PHOTO_CREDIT.sub("", text)).strip()
        words = text.split()
        kept = self.captions if labelled else self.decks
        if "ilustrasi" in text.lower() or len(words) < 6:
            return
        if text.endswith((".", "!", "?")):
            kept.append(text)
        elif sum(w.isalpha() and w.islower() and len(w) >= 4 for w in words) >= 3:
            # Written in sentence case ("Penyematan tanda peserta secara simbolis oleh ..."),
            # it describes and names; in title case ("Kalapas Pimpin Rapat internalisasi
            # Netralitas ASN") it is a second headline, whose words run together.
            kept.append(f"{text}.")

    def _text(self, line: str, joined: bool) -> None:
        bare = line.strip("* ")
        wraps = joined and self._continues_title(bare, short=False)
        if not self.title_done and (not self.title or wraps):
            self.title.append(bare)
        elif self.title and bare == " ".join(self.title):
            return  # the headline repeated
        elif not self.title_done and self.title:
            self.title_done = True
            self._caption(bare)
        else:
            self._caption(bare)

    def result(self, body_start: int) -> PageHeader:
        return PageHeader(
            body_start, " ".join(self.title).strip("* "), self.author, self.source,
            self.published, tuple(self.captions), tuple(self.decks), tuple(self.points), self.month,
        )  # fmt: skip


def drop_furniture(lines: list[str]) -> list[str]:
    """The story's lines without "Baca juga" links, related headlines, tags, page lines,
    separators and the credits closing it; blank lines kept (they end paragraphs)."""
    kept: list[str] = []
    skipping = "none"  # "headline": the link's headline; "list": the related items
    for line in lines:
        if not line:
            kept.append("")
            continue
        if skipping != "none" and _LIST_ITEM.match(line):
            skipping = "list"
            continue
        if skipping == "headline" and not line.endswith((".", '"', "”")):
            skipping = "none"
            continue
        skipping = "none"
        baca = _BACA_JUGA.match(line)
        if baca:
            skipping = "none" if baca["rest"] else "headline"
            continue
        if _RELATED.fullmatch(line):
            skipping = "list"
            continue
        if (
            _SEPARATOR.fullmatch(line)
            or _TAGS.match(line)
            and ":" in line[:12]
            or _PAGE_LINE.match(line)
        ):
            continue
        kept.append(line)
    return _drop_trailing_credits(kept)


def _drop_trailing_credits(lines: list[str]) -> list[str]:
    """Remove the credits closing the story ("Rilis Media", "(Vio*Red)", "Editor: X")."""
    kept = list(lines)
    while kept and (not kept[-1] or _is_credit(kept[-1]) or _is_stub(kept[-1])):
        kept.pop()
    if kept:
        kept[-1] = _TRAILING_CREDIT.sub("", kept[-1])
    return kept


def _is_stub(line: str) -> bool:
    """A closing scrap of the page ("19", "gle News", "Komentar (0)"), not a sentence."""
    return len(line.split()) <= 5 and not line.endswith(SENTENCE_END)


def _is_credit(line: str) -> bool:
    """Whether a closing line is a credit ("Rilis Media", "(Vio*Red)"), not a short paragraph."""
    return len(line) <= _CREDIT_MAX_CHARS and _CREDIT_LINE.fullmatch(line) is not None
