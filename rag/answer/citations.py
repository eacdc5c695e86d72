"""Citations: number the passages an answer uses, in the order it first uses them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rag.records import Chunk, Citation, Hit
from rag.retrieval import SearchIndex

if TYPE_CHECKING:
    from rag.answer.evidence import Evidence


class CitationBook:
    """Numbers passages in the order the answer first uses them."""

    def __init__(self, index: SearchIndex, hits: list[Hit]) -> None:
        self.index = index
        self.scores = {h.chunk.chunk_id: h.score for h in hits}
        self.citations: list[Citation] = []

    def cite(self, chunk: Chunk, also_in: tuple[str, ...] = ()) -> int:
        """The number of ``chunk``'s citation, adding it on first use."""
        for citation in self.citations:
            if citation.chunk_id == chunk.chunk_id:
                return citation.n
        article = self.index.articles[chunk.doc_id]
        n = len(self.citations) + 1
        self.citations.append(
            Citation(
                n=n,
                chunk_id=chunk.chunk_id,
                doc_id=chunk.doc_id,
                title=article.title,
                source=article.source,
                author=article.author,
                published=article.published,
                event_date=chunk.event_date,
                text=chunk.text,
                score=round(self.scores.get(chunk.chunk_id, 0.0), 6),
                also_in=also_in,
            )
        )
        return n

    def chunk_containing(self, doc_id: str, offset: int) -> Chunk | None:
        """The first passage of ``doc_id`` that contains character ``offset``."""
        return self.index.chunk_at(doc_id, offset)

    def cite_sentence(self, doc_id: str, start: int, fallback: Chunk) -> int:
        """The number of the passage holding the sentence starting at ``start``, or of
        ``fallback`` when none does (a sentence read from the article, not a passage)."""
        return self.cite(self.chunk_containing(doc_id, start) or fallback)


def cite_in_article(evidence: Evidence, book: CitationBook, doc_id: str, start: int) -> int:
    """The citation of the passage holding the sentence at ``start``, else of the article's
    best passage (a sentence read from the article, not from a retrieved passage)."""
    return book.cite_sentence(doc_id, start, evidence.best_chunk_per_doc()[doc_id][0].chunk)
