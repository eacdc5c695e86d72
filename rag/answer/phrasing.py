"""Phrasing: the small text helpers every composer shares (quotes, dates, labels)."""

from __future__ import annotations

from datetime import date

from rag.dates import format_date
from rag.retrieval import SearchIndex

_WEEKDAY_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_WEEKDAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def t(language: str, id_text: str, en_text: str) -> str:
    """The text in the question's language."""
    return en_text if language == "en" else id_text


def quote(text: str, limit: int = 320) -> str:
    """``text`` in quotation marks, whitespace collapsed, cut at a word after ``limit``."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return f"“{text}”"


def clause_start(text: str, offset: int, breaks: tuple[str, ...] = (", ", "; ")) -> int:
    """Start of the clause holding ``text[offset]``: after the last of ``breaks`` before
    it, else the sentence's start."""
    cut, width = max((text.rfind(mark, 0, offset), len(mark)) for mark in breaks)
    return cut + width if cut >= 0 else 0


def excerpt(text: str, start: int, end: int, limit: int = 300) -> str:
    """``text`` cut to about ``limit`` characters around the span ``start:end``."""
    text_len = len(text)
    if text_len <= limit:
        return text
    room = max(limit - (end - start), 40) // 2
    left = max(0, start - room)
    right = min(text_len, end + room)
    left = text.find(" ", left) + 1 if left > 0 else 0
    right = text.rfind(" ", 0, right) if right < text_len else text_len
    return ("… " if left else "") + text[left:right].strip() + (" …" if right < text_len else "")


def long_date(day: date, language: str) -> str:
    """``Kamis, 21 Desember 2023`` / ``Thursday, 21 December 2023``."""
    names = _WEEKDAY_EN if language == "en" else _WEEKDAY_ID
    return f"{names[day.weekday()]}, {format_date(day, language)}"


def weekday_name(index: int, language: str) -> str:
    """``Jumat`` / ``Friday`` for weekday ``index`` (Monday is 0)."""
    return (_WEEKDAY_EN if language == "en" else _WEEKDAY_ID)[index]


def english_number(number: str) -> str:
    """``2.549`` (Indonesian thousands) → ``2,549``; decimals ``1,5`` → ``1.5``."""
    return number.replace(".", "\0").replace(",", ".").replace("\0", ",")


def headline(title: str, limit: int = 110) -> str:
    """A headline in sentence case (scraped ones are often ALL CAPS), cut at a word."""
    if title.isupper():
        title = title.capitalize()
    if len(title) > limit:
        title = title[:limit].rsplit(" ", 1)[0] + "…"
    return f"_{title}_"


def article_label(index: SearchIndex, doc_id: str) -> str:
    """What an article is about, for list lines: its UPT names, else its headline."""
    article = index.articles[doc_id]
    if article.upts:
        names = list(article.upts[:6])
        return names[0] if len(names) == 1 else f"{names[0]} ({', '.join(names[1:])})"
    return article.title


def outlet(index: SearchIndex, doc_id: str, language: str) -> str:
    """The outlet, else the article's UPT: how a reader recognises the source."""
    article = index.articles[doc_id]
    if article.source:
        return article.source
    label = article.upts[0] if article.upts else article.title[:60]
    return t(language, f"artikel tentang {label}", f"the article on {label}")
