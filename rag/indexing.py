"""Indexing: turn the corpus folder into a new index generation (``python -m rag build``).

Incremental by default: an article whose file is byte-identical to the one in the serving
generation, built with the same model, engine, backend and chunking, keeps its stored
vectors, so a rebuild after a small change embeds only what changed. (MiniLM and e5 both
make 384-dimensional vectors: only the recorded model and engine tell them apart.)
"""

from __future__ import annotations

import fcntl
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from hashlib import sha256
from pathlib import Path

import numpy as np

from rag import ann as ann_index
from rag import glossary
from rag.analysis import ANALYSIS_VERSION, ArticleAnalysis, analyze_article
from rag.chunking import chunk_article
from rag.config import Settings
from rag.corpus import PARSER_VERSION, read_corpus
from rag.embedding import TextEncoder, get_embedder
from rag.errors import BuildError, IndexCorruptError, IndexMissingError
from rag.events import events_version
from rag.lexical import SPARSE_THRESHOLD, bm25_matrix
from rag.people import people_version
from rag.records import Article, Chunk, SkippedFile
from rag.regions import regions_version
from rag.store import IndexData, load_serving, pause_point, save_generation

log = logging.getLogger(__name__)

#: Bump when ``passage_tokens`` changes, so old generations are not reused for tokens.
ANALYZER_VERSION = 18


@dataclass(frozen=True)
class BuildReport:
    """What a build did, for the summary line and for tests."""

    generation: str
    added: int
    changed: int
    removed: int
    unchanged: int
    skipped: tuple[SkippedFile, ...]
    chunks: int
    embedded: int
    seconds: float

    def summary(self) -> str:
        return (
            f"Index generation {self.generation}: {self.added} added, {self.changed} changed, "
            f"{self.removed} removed, {self.unchanged} unchanged, {len(self.skipped)} skipped; "
            f"{self.chunks} chunks ({self.embedded} embedded) in {self.seconds:.1f} s"
        )


def passage_tokens(article: Article, chunk: Chunk) -> list[str]:
    """The BM25 tokens of a passage: its text and its article's heading, plus expansions.

    The heading (title and dateline place) goes with every passage because headlines name
    the UPT and the event, which the passage itself often leaves implicit ("Kalapas
    menekankan ...").
    """
    text = f"{article.heading}\n{chunk.text}"
    return glossary.analyze_document(text)


def corpus_fingerprint(articles: list[Article]) -> str:
    """A digest of every article's id and content: equal fingerprints, equal corpora."""
    digest = sha256()
    for article in sorted(articles, key=lambda a: a.doc_id):
        digest.update(f"{article.doc_id}\0{article.content_hash}\n".encode())
    return digest.hexdigest()


@contextmanager
def build_lock(index_dir: Path, wait: bool = False) -> Iterator[None]:
    """Hold an exclusive lock so two builds never write the same index folder at once.

    Args:
        index_dir: the index folder the lock guards.
        wait: block until the running build ends instead of failing at once.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / ".build.lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as exc:
            raise BuildError(f"Another build is running on {index_dir}; try again later.") from exc
        yield


def build_index(
    settings: Settings,
    full: bool = False,
    embedder: TextEncoder | None = None,
    progress: bool = True,
    wait: bool = False,
    on_stage: Callable[[str, float], None] | None = None,
) -> BuildReport:
    """Build a new generation from ``settings.corpus_dir`` and make it serve.

    Args:
        settings: corpus and index folders, model and chunking parameters.
        full: re-embed every article instead of reusing stored vectors.
        embedder: an already loaded model (tests and the server pass theirs), or any
            ``TextEncoder`` (the bench's stand-in).
        progress: show a progress bar while embedding.
        wait: wait for a running build to end instead of failing (background rebuilds).
        on_stage: told ``(stage, fraction done)`` as the build passes ``read``, ``embedded``
            and ``saved``.

    Returns:
        What changed, for the summary line.

    Raises:
        BuildError: the corpus has no readable article (an empty index never replaces a
            good one), or another build holds the lock.
        CorpusError: the corpus folder does not exist.
    """
    started = time.perf_counter()
    stage = on_stage or (lambda name, done: None)
    with build_lock(settings.index_dir, wait=wait):
        embedder = embedder or get_embedder(
            settings.model, settings.batch_size, settings.embedding_backend
        )
        # The model that really embeds (a passed-in embedder wins) is the one recorded.
        settings = replace(settings, model=embedder.name, embedding_backend=embedder.backend)
        previous = None if full else _previous(settings, embedder)
        articles, skipped = read_corpus(
            settings.corpus_dir, max_bytes=settings.max_file_bytes, known=_parsed(previous)
        )
        for item in skipped:
            log.warning("Skipped %s: %s", item.path, item.reason)
        if not articles:
            raise BuildError(
                f"No readable article in {settings.corpus_dir}; the existing index is kept."
            )
        pause_point("after_read")
        stage("read", 0.2)
        data, counts, embedded, kept = _assemble(articles, previous, embedder, settings, progress)
        data.ann = vector_index(data.vectors, settings, previous, kept)
        data.bm25 = bm25_matrix(data.tokens) if len(data.chunks) > SPARSE_THRESHOLD else None
        pause_point("after_embed")
        stage("embedded", 0.7)
        manifest = {
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "model": model_record(embedder),
            "params": settings.build_params(),
            "fusion": fusion_record(settings),
            "analyzer": analyzer_signature(),
            "corpus": {
                "dir": str(settings.corpus_dir),
                "fingerprint": corpus_fingerprint(articles),
            },
            "skipped": [{"path": s.path, "reason": s.reason} for s in skipped],
        }
        generation = save_generation(settings.index_dir, data, manifest)
        stage("saved", 0.9)
    return BuildReport(
        generation=generation,
        skipped=tuple(skipped),
        chunks=len(data.chunks),
        embedded=embedded,
        seconds=time.perf_counter() - started,
        **counts,
    )


def vector_index(
    vectors: np.ndarray, settings: Settings, previous: IndexData | None, kept: np.ndarray
) -> ann_index.StoredAnn | None:
    """The trained ANN index to store, above ``settings.ann_threshold`` passages (else None).

    The previous generation's index is extended when its clusters still fit (``rag.ann``).
    """
    if len(vectors) <= settings.ann_threshold:
        return None
    stored = previous.ann if previous is not None else None
    return ann_index.build(vectors, stored, kept if stored is not None else None)


def model_record(embedder: TextEncoder) -> dict[str, object]:
    """The manifest's ``model``: what made the vectors, so queries are encoded alike."""
    return {
        "name": embedder.name,
        "engine": embedder.engine,
        "backend": embedder.backend,
        "dimension": embedder.dimension,
    }


def fusion_record(settings: Settings) -> dict[str, object]:
    """The manifest's ``fusion``: the RRF weights measured for this model (the server fuses
    with them; they shape no stored file, so changing them re-embeds nothing)."""
    lexical, dense = settings.fusion_weights()
    return {"rrf_k": settings.rrf_k, "lexical_weight": lexical, "dense_weight": dense}


def analyzer_signature() -> dict[str, object]:
    """Versions of the code that turns files into articles and tokens; stored outputs are
    reused only when they match."""
    return {
        "version": ANALYZER_VERSION,
        "glossary": glossary.glossary_version(),
        "parser": PARSER_VERSION,
        "sentences": ANALYSIS_VERSION,
        "events": events_version(),
        "regions": regions_version(),
        "people": people_version(),
    }


def _parsed(previous: IndexData | None) -> dict[str, Article]:
    """Stored articles by file path, when the parser that made them is the current one."""
    if previous is None or previous.manifest.get("analyzer", {}).get("parser") != PARSER_VERSION:
        return {}
    return {a.path: a for a in previous.articles}


def _previous(settings: Settings, embedder: TextEncoder) -> IndexData | None:
    """The serving generation, if it was built compatibly enough to reuse its vectors."""
    try:
        previous = load_serving(settings.index_dir)
    except (IndexMissingError, IndexCorruptError) as exc:
        log.info("Full build: %s", exc)
        return None
    built_with = previous.manifest.get("model", {})
    # Generations from before engines were recorded all ran sentence-transformers.
    built_with = {"engine": "sentence-transformers", "backend": "torch", **built_with}
    if built_with != model_record(embedder):
        log.info("Full build: the index was built with %s, this build uses %s",
                 built_with, model_record(embedder))
        return None
    if previous.manifest.get("params") != settings.build_params():
        log.info("Full build: chunking parameters changed")
        return None
    return previous


def _assemble(
    articles: list[Article],
    previous: IndexData | None,
    embedder: TextEncoder,
    settings: Settings,
    progress: bool,
) -> tuple[IndexData, dict[str, int], int, np.ndarray]:
    """Chunk, tokenise and embed ``articles``, reusing ``previous`` where unchanged.

    Returns:
        The new data, the change counts, how many passages were embedded, and for each
        position the previous position of the same unchanged passage (-1 if none).
    """
    old_hash = {a.doc_id: a.content_hash for a in previous.articles} if previous else {}
    old_position = {c.chunk_id: i for i, c in enumerate(previous.chunks)} if previous else {}
    reuse_tokens = bool(previous) and previous.manifest.get("analyzer", {}) == analyzer_signature()
    old_tokens = (
        {c.chunk_id: previous.tokens[i] for i, c in enumerate(previous.chunks)} if reuse_tokens else {}
    )
    old_analyses = previous.analyses if reuse_tokens else {}
    chunks: list[Chunk] = []
    tokens: list[list[str]] = []
    kept: list[int] = []
    analyses: dict[str, ArticleAnalysis] = {}
    counts = {"added": 0, "changed": 0, "unchanged": 0}
    for article in articles:
        unchanged = old_hash.get(article.doc_id) == article.content_hash
        status = "unchanged" if unchanged else ("changed" if article.doc_id in old_hash else "added")
        counts[status] += 1
        stored = old_analyses.get(article.doc_id) if unchanged else None
        analyses[article.doc_id] = stored or analyze_article(article)
        for chunk in chunk_article(article, settings.chunk_chars, settings.chunk_overlap_sentences):
            chunks.append(chunk)
            stored = old_tokens.get(chunk.chunk_id) if unchanged else None
            tokens.append(stored if stored is not None else passage_tokens(article, chunk))
            # A passage's vector is reused only for the same text: a new parser may read an
            # unchanged file into other passages under the same ids.
            position = old_position.get(chunk.chunk_id, -1) if unchanged else -1
            kept.append(position if position >= 0 and previous.chunks[position].text == chunk.text else -1)
    counts["removed"] = len(set(old_hash) - {a.doc_id for a in articles})
    reused = np.asarray(kept, dtype=np.int64)
    missing = np.flatnonzero(reused < 0).tolist()
    titles = {a.doc_id: a.title for a in articles}
    fresh = embedder.encode(
        [embedding_text(titles[chunks[i].doc_id], chunks[i]) for i in missing],
        kind="passage",
        show_progress=progress and len(missing) > 64,
    )
    matrix = np.zeros((len(chunks), embedder.dimension), np.float32)
    if previous is not None and (reused >= 0).any():
        matrix[reused >= 0] = previous.vectors[reused[reused >= 0]]
    if missing:
        matrix[missing] = fresh
    data = IndexData(articles, chunks, tokens, matrix, analyses)
    return data, counts, len(missing), reused


def embedding_text(title: str, chunk: Chunk) -> str:
    """The passage as embedded: prefixed with its headline, which names what it is about."""
    return f"{title}. {chunk.text}" if title else chunk.text
