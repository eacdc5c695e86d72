"""Records: the plain, frozen data that passes between the stages of the pipeline.

Every stage takes and returns these; no stage reaches into another's internals.
The API's pydantic models are built from them at the edge (``rag/api.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class EventDate:
    """A date an article says something happened, e.g. ``Kamis (21/12)`` → 2023-12-21.

    Attributes:
        day: the resolved calendar date.
        text: the expression as written in the article.
        start: character offset of ``text`` in the article's clean text.
        weekday_checked: True when the article named a weekday and it agrees with ``day``.
    """

    day: date
    text: str
    start: int
    weekday_checked: bool = False


@dataclass(frozen=True)
class Article:
    """One news article, parsed out of its scraped file into metadata and clean text.

    Attributes:
        doc_id: stable id (the file stem, or ``stem-N`` for line N of a ``.jsonl``).
        path: the source file, relative to the corpus folder.
        title: headline; when the file has none, its first sentence.
        text: body text with boilerplate dropped and broken lines rejoined.
        source: outlet (e.g. ``pangkalpinang.jurnalis.id``, ``wartaalor.com``), if known.
        author: byline author, if known.
        published: publication date, if the file gives one.
        place: dateline place (``Kalabahi``, ``Pati``), if any.
        url: original address, if known (``.jsonl`` input).
        event_dates: dates of events the text mentions, in text order.
        upts: normalised names of the UPT the article mentions, most mentioned first.
        content_hash: sha256 of the raw file content, for incremental rebuilds.
    """

    doc_id: str
    path: str
    title: str
    text: str
    source: str | None = None
    author: str | None = None
    published: date | None = None
    place: str | None = None
    url: str | None = None
    event_dates: tuple[EventDate, ...] = ()
    upts: tuple[str, ...] = ()
    content_hash: str = ""

    @property
    def heading(self) -> str:
        """The words the article is filed under besides its passages: the headline and the
        dateline's place ("Ternate – Pegawai ..." names Ternate nowhere else)."""
        return f"{self.title}\n{self.place}" if self.place else self.title

    @property
    def main_event_date(self) -> date | None:
        """The article's principal event date: the first one it states."""
        return self.event_dates[0].day if self.event_dates else None


@dataclass(frozen=True)
class SkippedFile:
    """A corpus file that could not be used, and why (shown to the user, never fatal)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Chunk:
    """A passage of an article: the unit that is indexed, retrieved and cited.

    Attributes:
        chunk_id: ``{doc_id}#{ordinal:03d}``; stable while the article is unchanged.
        doc_id: the article it comes from.
        ordinal: position of the chunk within the article.
        text: the passage.
        start: character offset of the passage in ``Article.text``.
        end: end offset (exclusive) in ``Article.text``.
        event_date: the event date stated in (or governing) this passage, if any.
    """

    chunk_id: str
    doc_id: str
    ordinal: int
    text: str
    start: int
    end: int
    event_date: date | None = None


@dataclass(frozen=True)
class Hit:
    """A chunk retrieved for a question, with how each retriever ranked it.

    Ranks are 1-based; ``None`` means that retriever did not return the chunk.
    """

    chunk: Chunk
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None


@dataclass(frozen=True)
class Citation:
    """A passage an answer cites as ``[n]``, with the article it comes from.

    ``also_in`` lists other articles that carry the same passage (syndicated copies).
    """

    n: int
    chunk_id: str
    doc_id: str
    title: str
    source: str | None
    author: str | None
    published: date | None
    event_date: date | None
    text: str
    score: float
    also_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """What the assistant says, in the question's language, with its evidence.

    Attributes:
        text: Markdown with ``[n]`` markers pointing at ``citations``.
        abstained: True when the articles do not contain the answer.
        language: ``"id"`` or ``"en"``: the language of the question and of ``text``.
        citations: the passages cited, numbered from 1.
        generation: the index generation that served the question.
        timings_ms: stage name → milliseconds.
        abstain_reason: why it abstains, a short code (``rag.answer.abstain``), or None.
    """

    text: str
    abstained: bool
    language: str
    citations: tuple[Citation, ...]
    generation: str
    timings_ms: dict[str, float] = field(default_factory=dict)
    abstain_reason: str | None = None


@dataclass(frozen=True)
class Filters:
    """Restrictions a user puts on retrieval. Dates apply to event dates, else publication."""

    date_from: date | None = None
    date_to: date | None = None
    doc_ids: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return self.date_from is None and self.date_to is None and not self.doc_ids


@dataclass(frozen=True)
class Turn:
    """One earlier exchange of the conversation, used to resolve follow-up questions."""

    question: str
    answer: str
