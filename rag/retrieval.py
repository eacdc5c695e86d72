"""Retrieval: hybrid search over one loaded generation (BM25 + vectors, fused by RRF).

A ``SearchIndex`` is immutable once built: the server swaps whole instances when a new
generation appears, so every request is answered from exactly one generation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import chain

import numpy as np

from rag.analysis import SentenceIndex
from rag.chunk_table import ChunkTable
from rag.config import Settings
from rag.dense import VectorIndex
from rag.fusion import reciprocal_rank_fusion, top_with_leaders
from rag.glossary import analyze_document
from rag.lexical import document_frequency, make_lexical_engine, top_k
from rag.records import Article, Chunk, Filters, Hit
from rag.regions import province_only_names
from rag.store import IndexData


@dataclass(frozen=True)
class Query:
    """A question prepared for retrieval.

    Attributes:
        tokens: analysed BM25 tokens (Indonesian, after glossary mapping).
        vector: the question's embedding, or None to skip the dense ranker.
        allowed: predicate on passages; None allows all.
        docs: the articles whose passages may be returned; None allows all. Unlike
            ``allowed`` it is known before ranking, so only its passages are searched
            instead of filtering a deep ranking of all of them.
        exclude: articles whose passages are never returned (already found ones).
    """

    tokens: list[str]
    vector: np.ndarray | None = None
    allowed: Callable[[Chunk], bool] | None = None
    docs: AbstractSet[str] | None = None
    exclude: AbstractSet[str] = frozenset()


#: How deep each ranker goes when a filter (dates, articles) will drop results.
FILTER_POOL = 5000
#: The first depth tried under a filter, and how much deeper each further try goes.
FILTERED_START = 250
FILTER_STEP = 4
#: A search restricted to articles ranks just their passages: up to this many exactly, from
#: their stored vectors; above it through the vector index with a FAISS id selector (what
#: gathering their rows would cost more than). Filtering a deep ranking instead took a
#: filtered question to ~500 ms at p95 at a million passages (bench/RESULTS.md).
PREFILTER_LIMIT = 20_000


#: Above this many vectors the vector ranking runs on ``_BACKGROUND`` while BM25 ranks: at a
#: million passages the two took ~30 and ~15 ms one after the other (bench/RESULTS.md).
PARALLEL_ABOVE = 50_000
#: One thread for vector rankings, shared by every index and request: two cores leave room
#: for one search beside the request's own thread.
_BACKGROUND = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dense-search")


class SearchIndex:
    """The searchable form of one generation: passages, BM25 engine and vector index."""

    def __init__(self, data: IndexData, settings: Settings) -> None:
        self.data = data
        self.settings = settings
        self.generation = data.generation
        self.articles: dict[str, Article] = {a.doc_id: a for a in data.articles}
        self.chunks = ChunkTable.from_chunks(data.articles, data.chunks)
        self.lexical = make_lexical_engine(data.tokens, stored=data.bm25)
        self.dense = VectorIndex(data.vectors, settings.ann_threshold, data.ann)
        # The sparse engine counted them while indexing; only rank-bm25 needs a pass.
        self.document_frequency = getattr(self.lexical, "document_frequency", None) or (
            document_frequency(data.tokens))
        self.sentences = SentenceIndex(data.analyses)
        self._by_doc: dict[str, list[Chunk]] = {}
        # Made on first use and kept: the evidence scorer asks twice per hit, for ~30 articles a
        # question, so building all of them here (~1 s, ~0.1 GB at 100k) would be waste.
        self._doc_terms: dict[str, frozenset[str]] = {}
        self._province_terms: dict[str, frozenset[str]] = {}
        self._dates = {a.doc_id: _dates_of(a) for a in data.articles}
        self._docs_by_day: dict[date, list[str]] = {}
        for doc_id, days in self._dates.items():
            for day in dict.fromkeys(days):
                self._docs_by_day.setdefault(day, []).append(doc_id)
        #: Articles that state no date and give none of publication, by the years their
        #: text names ("Pemilu 2024"): all a period filter can place them by.
        self._undated_by_year: dict[int, set[str]] = {}
        #: Articles with no date and no year at all ("Sabtu (17/08)", "HUT ke-80"): no
        #: period can rule them out.
        self._undated_yearless: set[str] = set()
        for article in data.articles:
            if not self._dates[article.doc_id]:
                years = {int(y) for y in _YEAR_IN_TEXT.findall(article.text)}
                if not years:
                    self._undated_yearless.add(article.doc_id)
                for year in years:
                    self._undated_by_year.setdefault(year, set()).add(article.doc_id)

    def search(self, query: Query, k: int, leaders: int = 0) -> list[Hit]:
        """The ``k`` best passages for ``query``, fused from both rankers, best first; after
        them each ranker's first ``leaders`` passages that are not among them
        (``fusion.top_with_leaders``: a passage only one ranker finds, first).

        A restriction to articles (``query.docs``) ranks just their passages; other filters
        (``allowed``, ``exclude`` alone) filter an ordinary ranking, deepened as needed.
        """
        articles = None if query.docs is None else self.chunks.article_mask(query.docs)
        if query.exclude:
            kept = ~self.chunks.article_mask(query.exclude)
            articles = kept if articles is None else articles & kept
        if query.docs is not None:
            return self._search_within(query, self.chunks.positions_in(articles), k, leaders)
        return self._search_filtered(query, articles, k, leaders)

    def _search_filtered(self, query: Query, articles: np.ndarray | None, k: int, leaders: int = 0) -> list[Hit]:
        """Rank every passage and keep those of ``articles`` (a mask over the article list)
        that ``query.allowed`` accepts, ranking deeper only while too few are kept."""
        pool = self.settings.candidates
        deepest = pool
        if query.allowed is not None or articles is not None:
            # Filters apply after ranking: rank deep enough that the filtered lists stay full.
            # Most filters keep enough of a shallow ranking; only those that do not go deeper,
            # up to FILTER_POOL passages (at a million passages a 5,000-deep ranking costs
            # hundreds of milliseconds).
            pool = min(len(self.chunks), max(pool, FILTERED_START))
            deepest = min(len(self.chunks), FILTER_POOL)
        while True:
            # The vector search runs beside the BM25 ranking (on the other core; FAISS and
            # NumPy release the GIL) when the index is large enough for it to pay.
            dense_ranked = self._dense(lambda depth=pool: self.dense.search(query.vector, depth),
                                       query.vector is not None)
            lexical = self._keep(self.lexical.search(query.tokens, pool), query.allowed, articles)
            dense = self._keep(dense_ranked(), query.allowed, articles)
            full = len(lexical) >= 2 * k and (query.vector is None or len(dense) >= 2 * k)
            if full or pool >= deepest:
                break
            pool = min(deepest, pool * FILTER_STEP)
        return self._fuse(lexical, dense, k, leaders)

    def _search_within(self, query: Query, positions: np.ndarray, k: int, leaders: int = 0) -> list[Hit]:
        """``search`` over the passages at ``positions`` only. Up to ``PREFILTER_LIMIT`` of
        them every one is scored, so the result is what filtering a ranking of the whole
        index at full depth gives; above it each ranker keeps its best ``FILTERED_START``
        (more when ``query.allowed`` will drop some), the vectors through the index."""
        large = len(positions) > PREFILTER_LIMIT
        depth = FILTER_POOL if query.allowed is not None or not large else FILTERED_START
        # Too many rows to gather: the vector index ranks these passages only (a FAISS id
        # selector; the IVF index scans its nearest clusters for them), beside the BM25 pass.
        dense_ranked = self._dense(lambda: self.dense.search_within(query.vector, positions, depth),
                                   query.vector is not None and large)
        lexical: list[tuple[int, float]] = []
        scores = self.lexical.scores(query.tokens)
        if scores is not None and len(positions):
            ranked = top_k(scores[positions], len(positions) if query.allowed is not None else depth)
            lexical = [(int(positions[i]), s) for i, s in ranked]
        dense: list[tuple[int, float]] = dense_ranked()
        if query.vector is not None and not large and len(positions):
            # Exact cosines from the stored vectors; ties keep position order.
            cosines = np.asarray(self.data.vectors[positions], dtype=np.float32) @ query.vector
            order = np.argsort(-cosines, kind="stable")
            dense = [(int(positions[i]), float(cosines[i])) for i in order.tolist()]
        lexical = self._keep(lexical, query.allowed)[:FILTER_POOL]
        dense = self._keep(dense, query.allowed)[:FILTER_POOL]
        return self._fuse(lexical, dense, k, leaders)

    def _dense(self, search: Callable[[], list[tuple[int, float]]], wanted: bool
               ) -> Callable[[], list[tuple[int, float]]]:
        """Start ``search`` (a vector ranking) and return what waits for its result: on the
        background thread when the index holds over ``PARALLEL_ABOVE`` vectors, else run
        when asked; an empty ranking when ``wanted`` is false."""
        if not wanted:
            return list
        if self.dense.size <= PARALLEL_ABOVE:
            return search
        return _BACKGROUND.submit(search).result

    def _fuse(self, lexical: list[tuple[int, float]], dense: list[tuple[int, float]], k: int,
              leaders: int = 0) -> list[Hit]:
        lexical_ids = [i for i, _ in lexical]
        dense_ids = [i for i, _ in dense]
        fused = reciprocal_rank_fusion(
            [lexical_ids, dense_ids],
            weights=list(self.settings.fusion_weights()),
            k=self.settings.rrf_k,
        )
        lexical_rank = {i: r for r, i in enumerate(lexical_ids, start=1)}
        dense_rank = {i: r for r, i in enumerate(dense_ids, start=1)}
        return [
            Hit(self.chunks[i], score, lexical_rank.get(i), dense_rank.get(i))
            for i, score in top_with_leaders(fused, [lexical_ids, dense_ids], k, leaders)
        ]

    def article_terms(self, doc_id: str) -> frozenset[str]:
        """Every analysed token of an article's passages (and title), and the names of the
        provinces it is about (``province_terms``)."""
        terms = self._doc_terms.get(doc_id)
        if terms is None:
            # Racing requests may both build it; they build the same set, so no lock.
            tokens = self.data.tokens
            terms = frozenset(chain.from_iterable(
                tokens[i] for i in self.chunks.positions_of(doc_id).tolist()
            )) | self.province_terms(doc_id)
            self._doc_terms[doc_id] = terms
        return terms

    def province_terms(self, doc_id: str) -> frozenset[str]:
        """Analysed tokens of the names of the provinces an article is about, where that name
        is no town's too: a report on Lapas Narkotika Bangli is about Bali though it never
        writes "Bali", and "the Bangli prison in Bali" names it. "Gorontalo" is left out:
        it also names a city, and a report on Lapas Boalemo is not about Lapas Gorontalo
        (``regions.province_only_names``)."""
        terms = self._province_terms.get(doc_id)
        if terms is None:
            # Asked for every hit of every question (``article_names``): analysed once.
            names = province_only_names(self.sentences.provinces(doc_id))
            terms = frozenset(chain.from_iterable(analyze_document(name) for name in names))
            self._province_terms[doc_id] = terms
        return terms

    def chunk_at(self, doc_id: str, offset: int) -> Chunk | None:
        """The first passage of ``doc_id`` that contains character ``offset``."""
        return next((c for c in self.chunks_of(doc_id) if c.start <= offset < c.end), None)

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        """An article's passages in order."""
        chunks = self._by_doc.get(doc_id)
        if chunks is None:
            # Made on first use and kept, like the article's terms.
            chunks = [self.chunks[i] for i in self.chunks.positions_of(doc_id).tolist()]
            self._by_doc[doc_id] = chunks
        return chunks

    def idf(self, token: str) -> float:
        """Lucene-style IDF of ``token`` over passages: always positive, highest when absent."""
        n = len(self.chunks)
        df = self.document_frequency.get(token, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def _keep(
        self, ranked: list[tuple[int, float]], allowed: Callable[[Chunk], bool] | None,
        articles: np.ndarray | None = None,
    ) -> list[tuple[int, float]]:
        """``ranked`` with only passages of ``articles`` (a mask over the article list), and
        without those ``allowed`` refuses."""
        if articles is not None and ranked:
            owners = self.chunks.owners[np.fromiter((i for i, _ in ranked), np.int64, len(ranked))]
            ranked = [pair for pair, kept in zip(ranked, articles[owners].tolist()) if kept]
        if allowed is None:
            return ranked
        return [(i, s) for i, s in ranked if allowed(self.chunks[i])]

    def article_dates(self, doc_id: str) -> list[date]:
        """Every date an article states or was published on, for date matching."""
        return list(self._dates[doc_id])

    def docs_on_days(self, matches: Callable[[date], bool]) -> set[str]:
        """Articles with a stated or publication date for which ``matches`` is true.

        The same set as testing ``article_dates`` of every article, but ``matches`` runs
        once per distinct day (about a thousand) instead of once per article date.
        """
        return {
            doc_id for day, docs in self._docs_by_day.items() if matches(day) for doc_id in docs
        }

    def undated_in_year(self, year: int) -> set[str]:
        """Articles without any date whose text names ``year`` ("Pemilu 2024", "Rabu"), or
        names no year at all: a question about February 2024 may be about them; no date
        rules them out."""
        return self._undated_by_year.get(year, set()) | self._undated_yearless


_YEAR_IN_TEXT = re.compile(r"\b((?:19|20)\d\d)\b")


def _dates_of(article: Article) -> tuple[date, ...]:
    """The days an article is about: its event dates; the publication date only when it
    states none (an article published on the 21st about the 20th is not "after the 20th")."""
    days = tuple(e.day for e in article.event_dates)
    return days or ((article.published,) if article.published else ())


def filter_predicate(index: SearchIndex, filters: Filters) -> Callable[[Chunk], bool] | None:
    """A passage predicate for the user's explicit filters (None when there are none).

    Date ranges apply to the passage's event date, else its article's publication date.
    """
    if filters.empty:
        return None
    docs = set(filters.doc_ids)

    def allowed(chunk: Chunk) -> bool:
        if docs and chunk.doc_id not in docs:
            return False
        day = chunk.event_date or index.articles[chunk.doc_id].published
        if day is None:
            return filters.date_from is None and filters.date_to is None
        if filters.date_from and day < filters.date_from:
            return False
        return not (filters.date_to and day > filters.date_to)

    return allowed
