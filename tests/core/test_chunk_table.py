"""Passages kept as integer columns give back the very passages chunking made."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from rag.chunk_table import ChunkTable
from rag.chunking import chunk_article
from rag.records import Article, Chunk

TEXT = (
    "Lapas Kelas IIA Sumbawa Besar menggelar apel siaga pada Senin pagi. "
    "Kalapas memimpin apel itu di halaman kantor. "
    "Seluruh petugas diminta menjaga keamanan selama libur Natal dan tahun baru. "
) * 6


def _articles() -> list[Article]:
    return [
        Article(doc_id="a", path="a.txt", title="Apel siaga", text=TEXT),
        Article(doc_id="b", path="b.txt", title="Kosong", text=""),
        Article(doc_id="c", path="c.txt", title="Pendek", text="Rutan Pemalang menggelar tes urine."),
    ]


def _chunks(articles: list[Article]) -> list[Chunk]:
    chunks = [c for a in articles for c in chunk_article(a, chunk_chars=120)]
    # Interleave the articles, as an incremental build's index order may: grouping must not
    # assume an article's passages are contiguous.
    return chunks[1:] + chunks[:1]


def test_the_table_gives_back_every_passage_with_its_text_and_date():
    articles = _articles()
    chunks = _chunks(articles)
    chunks[0] = Chunk(chunks[0].chunk_id, chunks[0].doc_id, chunks[0].ordinal, chunks[0].text,
                      chunks[0].start, chunks[0].end, date(2024, 12, 23))
    table = ChunkTable.from_chunks(articles, chunks)
    assert len(table) == len(chunks) > 3
    assert list(table) == chunks and table == chunks and table[1:3] == chunks[1:3]
    assert table[0].event_date == date(2024, 12, 23) and table[1].event_date is None


def test_an_article_s_passages_are_found_by_article_and_by_id():
    articles = _articles()
    chunks = _chunks(articles)
    table = ChunkTable.from_chunks(articles, chunks)
    for doc_id in ("a", "c"):
        positions = table.positions_of(doc_id).tolist()
        assert [chunks[i].chunk_id for i in positions] == [
            c.chunk_id for c in chunks if c.doc_id == doc_id]
    assert len(table.positions_of("b")) == 0 and len(table.positions_of("nope")) == 0
    assert table.positions_in(table.article_mask({"a", "c"})).tolist() == list(range(len(chunks)))
    assert all(table.position_of(c.chunk_id) == i for i, c in enumerate(chunks))
    with pytest.raises(KeyError):
        table.position_of("a#999")
    assert table.counts() == {"a": sum(c.doc_id == "a" for c in chunks), "c": 1}


def test_a_passage_that_is_not_a_span_of_its_article_is_refused():
    articles = _articles()
    chunk = _chunks(articles)[0]
    edited = Chunk(chunk.chunk_id, chunk.doc_id, chunk.ordinal, chunk.text + "!", chunk.start, chunk.end)
    with pytest.raises(ValueError, match="not a span"):
        ChunkTable.from_chunks(articles, [edited])


@pytest.mark.parametrize("row", [(3, 0, 0, 5, 0), (0, 0, 10, 5, 0), (2, 0, 0, 10_000, 0)])
def test_columns_naming_a_missing_article_or_span_are_refused(row):
    with pytest.raises(ValueError):
        ChunkTable(_articles(), np.array([row], dtype=np.int32))
