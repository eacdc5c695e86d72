"""Corpus: read the article folder and parse each scraped article into an ``Article``.

Scraped files are messy: an optional header (site label, headline that may wrap and be
wrapped in ``**``, ``Author - DOMAIN`` byline, ``Dec 21, 2023 - 13:03``, photo caption),
then the body with a dateline (``PANGKALPINANG - ``), lines broken mid-sentence, "Baca juga"
links and credit lines. Parsing keeps the prose and moves the rest into metadata.
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
import html
import json
import logging
import re
from collections import Counter
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from rag import dates, page, upt
from rag.errors import CorpusError
from rag.records import Article, SkippedFile

logger = logging.getLogger(__name__)

_ARTICLE_SUFFIXES = {".txt", ".md"}
#: Every kind of file the corpus reads: one article per .txt/.md, one per line of a .jsonl.
ARTICLE_SUFFIXES = frozenset(_ARTICLE_SUFFIXES | {".jsonl"})
_TITLE_MAX_CHARS = 120

_OPENERS = ('"', "“", "‘", "'", "-", "•", "*")
_CONNECTORS = {
    "dan", "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "bahwa", "serta",
    "oleh", "dalam", "terhadap", "bagi", "para", "sebagai", "adalah", "ini", "itu", "se",
}  # fmt: skip
# A line that ends a quotation and attributes it ('..." tegas Kalapas') is complete even
# without a full stop, so a capitalised next line starts a new paragraph.
_ATTRIBUTION = re.compile(r"[\"”],?\s+\S+(?:\s+\S+){0,3}$")


#: Bump when parsing changes, so a rebuild re-parses instead of reusing stored articles.
PARSER_VERSION = 29


def read_corpus(
    folder: str | Path, max_bytes: int = 5_000_000, known: Mapping[str, Article] | None = None
) -> tuple[list[Article], list[SkippedFile]]:
    """Read every article under a folder; unusable files are reported, never fatal.

    Args:
        folder: searched recursively for ``*.txt``/``*.md`` (one article each) and ``*.jsonl``
            (one JSON article per line); hidden files and other extensions are ignored.
        max_bytes: larger files are skipped, so one stray dump cannot exhaust memory.
        known: articles parsed by an earlier build, by path; a ``.txt``/``.md`` file whose
            bytes still hash to the stored ``content_hash`` is taken as is, unparsed.

    Returns:
        The articles, sorted by path, and the files (or jsonl lines) skipped with a reason.

    Raises:
        CorpusError: when ``folder`` is not an existing directory.
    """
    root = Path(folder)
    if not root.is_dir():
        raise CorpusError(f"Corpus folder {root} does not exist; pass a folder of .txt articles.")
    articles: list[Article] = []
    skipped: list[SkippedFile] = []
    known = known or {}
    for path in article_paths(root):
        found, problems = read_file(path, root, max_bytes, known)
        articles.extend(found)
        skipped.extend(problems)
    return articles, skipped


def read_file(
    path: Path, root: Path, max_bytes: int = 5_000_000, known: Mapping[str, Article] | None = None
) -> tuple[list[Article], list[SkippedFile]]:
    """The articles of one corpus file (several for a ``.jsonl``), as ``read_corpus`` reads them.

    Args:
        path: a file under ``root``.
        root: the corpus folder; article paths are relative to it.
        max_bytes: larger files are skipped.
        known: articles parsed by an earlier build, by path (see ``read_corpus``).

    Returns:
        The file's articles and what was skipped, with reasons.
    """
    rel = path.relative_to(root).as_posix()
    unchanged = _unchanged(path, (known or {}).get(rel), max_bytes)
    if unchanged is not None:
        return [unchanged], []
    articles: list[Article] = []
    skipped: list[SkippedFile] = []
    raw, problem = _read_text(path, max_bytes)
    if problem is not None:
        skipped.append(_skip(rel, problem))
    elif path.suffix.lower() == ".jsonl":
        _read_jsonl(raw, path.stem, rel, articles, skipped)
    else:
        article = parse_article(raw, path.stem, rel)
        articles.append(dataclasses.replace(article, content_hash=_sha256(path.read_bytes())))
    return articles, skipped


def jsonl_doc_id(stem: str, line_number: int) -> str:
    """The id of the article on line ``line_number`` (1-based, blank lines counted) of a .jsonl."""
    return f"{stem}-{line_number}"


def _unchanged(path: Path, stored: Article | None, max_bytes: int) -> Article | None:
    """``stored`` when the file's bytes are the ones it was parsed from."""
    if stored is None or path.suffix.lower() == ".jsonl" or path.stat().st_size > max_bytes:
        return None
    return stored if _sha256(path.read_bytes()) == stored.content_hash else None


def article_paths(root: Path) -> list[Path]:
    """Article files under root, sorted, without hidden files or folders."""
    return sorted(
        p for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )  # fmt: skip


def _read_text(path: Path, max_bytes: int) -> tuple[str, str | None]:
    """The file's text, or a human reason why it cannot be used."""
    size = path.stat().st_size
    if size > max_bytes:
        return "", f"it is larger than {max_bytes} bytes ({size} bytes)"
    return decode_text(path.read_bytes())


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Bytes as article text, or a human reason why they cannot be used (binary, not UTF-8,
    empty)."""
    if b"\x00" in data:
        return "", "it looks like a binary file, not text"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return "", "it is not valid UTF-8 text"
    if not text.strip():
        return "", "it is empty"
    return text, None


def _skip(rel: str, reason: str) -> SkippedFile:
    """Record and log a skipped file."""
    logger.warning("Skipping %s: %s", rel, reason)
    return SkippedFile(rel, reason[:1].upper() + reason[1:] + ".")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_jsonl(
    raw: str, stem: str, rel: str, articles: list[Article], skipped: list[SkippedFile]
) -> None:
    """Parse one article per non-blank line, appending to ``articles`` or ``skipped``."""
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            skipped.append(_skip(f"{rel}:{number}", f"line {number} is not valid JSON"))
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str) or not text.strip():
            skipped.append(_skip(f"{rel}:{number}", f'line {number} has no "text" field'))
            continue
        article = _article_from_record(record, text, jsonl_doc_id(stem, number), rel)
        articles.append(dataclasses.replace(article, content_hash=_sha256(line.encode())))


def _article_from_record(record: dict, text: str, doc_id: str, rel: str) -> Article:
    """Build an Article from a jsonl record; explicit fields win over what the text implies."""
    parsed = parse_article(text, doc_id, rel)
    published = record.get("published")
    if isinstance(published, str):
        published = dates.parse_publication_date(published)
    title = str(record.get("title") or "").strip() or parsed.title
    return _article(
        doc_id, rel, title, parsed.text, published or parsed.published,
        source=str(record.get("source") or "").strip() or parsed.source,
        author=str(record.get("author") or "").strip() or parsed.author,
        place=parsed.place,
        url=str(record.get("url") or "").strip() or None,
    )  # fmt: skip


def parse_article(raw: str, doc_id: str, path: str) -> Article:
    """Parse one scraped article into metadata and clean text.

    Args:
        raw: the file's text, header and all.
        doc_id: the id to give the article (the file stem).
        path: the file's path relative to the corpus folder, kept for citations.

    Returns:
        The Article. Without a headline the title is the first sentence. What the page
        carries besides the story (header lines, links, tags) is told apart in
        ``rag.page``.
    """
    lines = _plain_lines(raw)
    header = page.read_header(lines)
    body_lines = page.drop_furniture(lines[header.body_start :])
    paragraphs = _join_broken_lines(body_lines)
    place, dateline_source, paragraphs = _dateline(paragraphs)
    # A photo caption may state what the body does not ("Kepala UPTD BLK, Sunarto Hadi"
    # under a photo) and shows the report's event: it is read first, as the page shows it,
    # labelled so that a quote of it says where it comes from (and story sentences that fit
    # as well are preferred to it). A standfirst or an unmarked caption under the headline
    # and the outlet's key points are read as the story's own sentences. The headline is not read: its words run together without the clauses that
    # say who is named and what is counted (it stays the title, which retrieval reads).
    captions = (page.CAPTION_LABEL + caption for caption in header.captions)
    paragraphs = [*header.decks, *header.points, *captions, *paragraphs]
    text = "\n\n".join(paragraphs)
    return _article(
        doc_id, path, header.title or _first_sentence(text), text, header.published,
        source=header.source or dateline_source, author=header.author, place=place, url=None,
        month=header.month,
    )  # fmt: skip


def _article(
    doc_id: str, path: str, title: str, text: str, published: date | None,
    month: tuple[int, int] | None = None, **meta: str | None,
) -> Article:
    """Assemble an Article, finding its event dates and UPTs.

    ``month``: the (year, month) a date line gives without a day ("Mei 2023"). It is no
    publication date, but yearless dates ("Kamis (11/5)") are read as at its month's end,
    as they would be near a full one; else the year the text names most resolves them.
    """
    years = Counter(int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?!\d)", text))
    fallback = years.most_common(1)[0][0] if years else None
    near = published or (date(month[0], month[1], calendar.monthrange(*month)[1]) if month else None)
    return Article(
        doc_id=doc_id,
        path=path,
        title=title,
        text=text,
        published=published,
        event_dates=tuple(dates.find_event_dates(text, near, fallback_year=fallback)),
        upts=tuple(upt.find_upts(f"{title}\n\n{text}")),
        **meta,
    )


def _plain_lines(raw: str) -> list[str]:
    """Lines of the raw text with HTML removed and whitespace normalised; blanks kept as ''."""
    text = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", raw, flags=re.IGNORECASE | re.DOTALL)
    text = html.unescape(re.sub(r"</?[A-Za-z][^>]*>", "", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]


def _continues(previous: str, following: str) -> bool:
    """Whether ``following`` continues the sentence ``previous`` broke off."""
    if previous.endswith(page.SENTENCE_END) or following.startswith(_OPENERS):
        return False
    if following[:1].islower() or previous.endswith(","):
        return True
    last_word = previous.rsplit(" ", 1)[-1]
    if last_word.lower() in _CONNECTORS:
        return True
    capitalised = re.match(r"(?:se-)?[A-Z]", last_word) is not None
    return capitalised and following[:1].isupper() and not _ATTRIBUTION.search(previous)


def _join_broken_lines(lines: list[str]) -> list[str]:
    """Paragraphs: each non-blank line, joined to the previous one when a sentence broke,
    unless the previous one is a subheading standing alone ("Warisan yang Harus Dijaga",
    then a blank line): its last capitalised word would run into the next sentence's
    name ("Dijaga Wayan Balik Tamba")."""
    paragraphs: list[str] = []
    blank_before = False
    whole = False  # whether the last paragraph is one line as written
    for line in lines:
        if not line:
            blank_before = True
            continue
        heading = blank_before and whole and _subheading(paragraphs[-1])
        # "Foto: Pintu utama Lapas ... (Dok. Republika)", then a blank line: a caption ends
        # with its credit, and the story's next paragraph is not its continuation.
        caption = blank_before and whole and page.is_caption(paragraphs[-1])
        if paragraphs and not heading and not caption and _continues(paragraphs[-1], line):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
            whole = False
        else:
            paragraphs.append(line)
            whole = True
        blank_before = False
    return paragraphs


#: Words a title-case subheading leaves in lower case ("Warisan yang Harus Dijaga").
_HEADING_SMALL_WORDS = frozenset({"yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "bagi", "serta", "atau"})
#: Most words a subheading has.
HEADING_WORDS = 8


def _subheading(line: str) -> bool:
    """A short title-case line ("Gandeng Kemenag Tabanan", "Warisan yang Harus Dijaga"):
    standing alone between blank lines, a subheading. A sentence broken mid-name
    ("Kepala Lapas Kelas IIA") runs on without a blank line, which the caller checks."""
    words = line.split()
    return (2 <= len(words) <= HEADING_WORDS and not line.endswith((",", ":"))
            and all(w[:1].isupper() or w[:1].isdigit() for w in words if w not in _HEADING_SMALL_WORDS))


def _dateline(paragraphs: list[str]) -> tuple[str | None, str | None, list[str]]:
    """Split "PANGKALPINANG - " / "Kalabahi, wartaalor.com – " off the first paragraph.

    Returns:
        (place title-cased, source domain if the dateline names one, paragraphs without the
        dateline marker).
    """
    if not paragraphs:
        return None, None, paragraphs
    match = page.match_dateline(paragraphs[0])
    if match is None:
        return None, None, paragraphs
    if not match.groupdict().get("place"):
        return (
            None,
            (match.groupdict().get("site") or "").lower() or None,
            [paragraphs[0][match.end() :], *paragraphs[1:]],
        )
    place = " ".join(w.capitalize() if w.isupper() else w for w in match["place"].split())
    rest = paragraphs[0][match.end() :]
    return place, match.groupdict().get("domain"), [rest, *paragraphs[1:]]


def _first_sentence(text: str) -> str:
    """The text's first sentence, cut at a word boundary to fit a headline."""
    match = re.match(r"(.+?[.!?])(?=\s+[\"“A-Z0-9]|\s*$)", text, re.DOTALL)
    sentence = " ".join((match[1] if match else text).split())
    if len(sentence) <= _TITLE_MAX_CHARS:
        return sentence
    return sentence[: _TITLE_MAX_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
