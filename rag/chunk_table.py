"""Passages stored as integer columns, made into ``Chunk`` objects only when read.

A passage is a span of its article's text (``rag.chunking``), so five integers say all of
it: the article, the ordinal, the span, and the event day. A generation stores those
columns (``chunks.npy``) instead of a JSON list of passages, and a server keeps them as
they are: at a million passages, parsing the JSON and building every ``Chunk`` took 7 s
of a 20 s load and kept a second copy of every article's text in memory, while a request
reads a few hundred passages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from itertools import repeat

import numpy as np

from rag.records import Article, Chunk

#: The columns of ``ChunkTable.columns``, in order.
COLUMNS = ("article", "ordinal", "start", "end", "event_day")
#: ``event_day`` of a passage without an event date.
NO_DAY = np.iinfo(np.int32).min
_EPOCH = date(1970, 1, 1).toordinal()


class ChunkTable(Sequence[Chunk]):
    """A generation's passages in index order, as columns; indexing makes a ``Chunk``.

    Attributes:
        columns: int32 array ``(passages, 5)``, see ``COLUMNS``; ``article`` is a position in
            ``articles``, ``event_day`` days since 1970-01-01 or ``NO_DAY``.
    """

    def __init__(self, articles: Sequence[Article], columns: np.ndarray) -> None:
        """Check the columns against the articles and index them by article.

        Raises:
            ValueError: the array has the wrong type or shape, or names an article or a
                span that does not exist.
        """
        if columns.dtype != np.int32 or columns.ndim != 2 or columns.shape[1] != len(COLUMNS):
            raise ValueError(f"passage columns must be int32 of shape (n, {len(COLUMNS)})")
        self._articles = list(articles)
        self.columns = columns
        owner, start, end = columns[:, 0], columns[:, 2], columns[:, 3]
        if len(columns) and (owner.min() < 0 or owner.max() >= len(self._articles)):
            raise ValueError("a passage names an article that does not exist")
        lengths = np.fromiter((len(a.text) for a in self._articles), np.int64, len(self._articles))
        if len(columns) and np.any((start < 0) | (start > end) | (end > lengths[owner])):
            raise ValueError("a passage's span lies outside its article's text")
        #: The article (position in the article list) of each passage.
        self.owners = owner
        self._doc_position = {a.doc_id: i for i, a in enumerate(self._articles)}
        # Passages grouped by article, in index order within each: one sort at load instead
        # of a Python list per article.
        self._by_article = np.argsort(owner, kind="stable")
        self._bounds = np.searchsorted(owner[self._by_article], np.arange(len(self._articles) + 1))

    @classmethod
    def from_chunks(cls, articles: Sequence[Article], chunks: Sequence[Chunk]) -> ChunkTable:
        """The table of ``chunks`` (a table of the same articles is returned as it is).

        Raises:
            ValueError: a passage is not a span of its article's text, or its id is not
                ``{doc_id}#{ordinal:03d}``: the columns could not give it back.
        """
        if isinstance(chunks, ChunkTable) and chunks._articles == list(articles):
            return chunks
        position = {a.doc_id: i for i, a in enumerate(articles)}
        rows = np.empty((len(chunks), len(COLUMNS)), dtype=np.int32)
        for i, chunk in enumerate(chunks):
            owner = position.get(chunk.doc_id)
            if owner is None:
                raise ValueError(f"passage {chunk.chunk_id}: no article {chunk.doc_id!r}")
            if (articles[owner].text[chunk.start:chunk.end] != chunk.text
                    or chunk.chunk_id != chunk_id(chunk.doc_id, chunk.ordinal)):
                raise ValueError(f"passage {chunk.chunk_id} is not a span of its article")
            day = NO_DAY if chunk.event_date is None else chunk.event_date.toordinal() - _EPOCH
            rows[i] = (owner, chunk.ordinal, chunk.start, chunk.end, day)
        return cls(articles, rows)

    def __len__(self) -> int:
        return len(self.columns)

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        owner, ordinal, start, end, day = self.columns[position].tolist()
        article = self._articles[owner]
        return Chunk(
            chunk_id(article.doc_id, ordinal),
            article.doc_id,
            ordinal,
            article.text[start:end],
            start,
            end,
            None if day == NO_DAY else date.fromordinal(day + _EPOCH),
        )

    def __iter__(self) -> Iterator[Chunk]:
        for position in range(len(self)):
            yield self[position]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def positions_of(self, doc_id: str) -> np.ndarray:
        """The index positions of an article's passages, in order (empty if unknown)."""
        owner = self._doc_position.get(doc_id)
        if owner is None:
            return self._by_article[:0]
        return self._by_article[self._bounds[owner]:self._bounds[owner + 1]]

    def position_of(self, passage_id: str) -> int:
        """The index position of the passage with id ``passage_id``.

        Raises:
            KeyError: no passage has that id.
        """
        doc_id, _, ordinal = passage_id.rpartition("#")
        positions = self.positions_of(doc_id)
        found = positions[self.columns[positions, 1] == int(ordinal)] if ordinal.isdigit() else positions[:0]
        if not len(found):
            raise KeyError(passage_id)
        return int(found[0])

    def article_mask(self, doc_ids: Iterable[str]) -> np.ndarray:
        """A boolean mask over the article list, true for ``doc_ids``."""
        mask = np.zeros(len(self._articles), dtype=bool)
        mask[self.owners_of(doc_ids)] = True
        return mask

    def owners_of(self, doc_ids: Iterable[str]) -> np.ndarray:
        """The positions in the article list of ``doc_ids`` (unknown ones left out).

        Looked up by ``map`` over ``dict.get`` (C-level): a period or region restriction at a
        million passages names thousands of articles, and a generator took ~8 ms of each
        such question (bench/RESULTS.md)."""
        owners = np.fromiter(map(self._doc_position.get, doc_ids, repeat(-1)), np.int64)
        return owners[owners >= 0]

    def positions_in(self, articles: np.ndarray) -> np.ndarray:
        """The index positions of every passage of the articles ``articles`` (a mask over
        the article list, ``article_mask``) marks, ascending."""
        return np.flatnonzero(articles[self.owners])

    def counts(self) -> dict[str, int]:
        """How many passages each article has (articles without any are left out)."""
        sizes = np.diff(self._bounds)
        return {a.doc_id: int(n) for a, n in zip(self._articles, sizes.tolist()) if n}

    def __repr__(self) -> str:
        return f"ChunkTable({len(self)} passages of {len(self._articles)} articles)"


def chunk_id(doc_id: str, ordinal: int) -> str:
    """The stable id of an article's ``ordinal``-th passage."""
    return f"{doc_id}#{ordinal:03d}"
