"""Synthetic index generations of any size, written once into ``bench/_work`` and reused.

A 1M-passage generation takes the better part of an hour to make on two cores (recombining,
analysing every sentence, tokenising), so a run that only measures serving reuses the one
an earlier run wrote, when it was made the same way (``stamp``). What making it cost is
kept beside it (``bench.json``) and reported with it.
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bench.synthetic import Source, make_corpus, vectors_from_sentences
from rag import ann as ann_index
from rag.analysis import ArticleAnalysis, analyze_article
from rag.config import PROJECT_ROOT
from rag.errors import RagError
from rag.indexing import analyzer_signature
from rag.lexical import SPARSE_THRESHOLD, bm25_matrix
from rag.records import Article
from rag.store import FORMAT_VERSION, IndexData, load_serving, save_generation

CACHE = PROJECT_ROOT / "bench" / "_work" / "generations"
#: Bump when what a synthetic generation holds changes (recombination, vectors).
VERSION = 1
#: Articles per task sent to an analysis worker.
ANALYSIS_BATCH = 500


def stamp(n: int, model: dict, ann_threshold: int) -> dict:
    """What a cached generation must have been made with to be reused."""
    return {"version": VERSION, "format": FORMAT_VERSION, "n": n, "model": model,
            "analyzer": analyzer_signature(), "ann_threshold": ann_threshold}


def synthetic_generation(
    sources: list[Source],
    n: int,
    sentence_vectors: np.ndarray,
    model: dict,
    ann_threshold: int,
    cache: Path = CACHE,
    workers: int = 1,
    echo: Callable[[str], None] = print,
    reuse_stale_analysis: bool = False,
) -> tuple[Path, dict]:
    """The index folder of a synthetic corpus of ``n`` passages, and what making it cost.

    Args:
        sources: the shipped articles to recombine.
        n: passages.
        sentence_vectors: the model's vectors of every source sentence (passage vectors
            are made from them, ``vectors_from_sentences``).
        model: the manifest's model record (the model that encodes the questions).
        ann_threshold: above this many passages the trained ANN index is stored.
        cache: where generations are kept between runs.
        workers: processes analysing sentences (1: in this process).
        echo: progress lines.
        reuse_stale_analysis: reuse a cached generation whose stamp differs from today's
            only in the analyser's versions (``analyzer_difference``), with a warning,
            instead of making it anew. The bench measures time, which a glossary or
            analysis change moves little; a 1M generation costs most of an hour to remake.

    Returns:
        The index folder and ``{"made": bool, "seconds": {stage: s}, ...}``; a stale
        generation reused adds ``"stale_analyzer"`` (``analyzer_difference``).

    Raises:
        StaleGenerationError: a stale generation was to be reused but today's code cannot
            read its analysis.
    """
    folder = cache / f"syn{n}"
    wanted = stamp(n, model, ann_threshold)
    recorded = _recorded(folder)
    if recorded.get("stamp") == wanted:
        return _reused(folder, recorded, echo)
    stale = analyzer_difference(recorded.get("stamp"), wanted)
    if reuse_stale_analysis and stale:
        return _reused(folder, recorded, echo, stale)
    shutil.rmtree(folder, ignore_errors=True)
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    corpus = make_corpus(sources, n, seed=n)
    seconds["recombine and tokenise"] = time.perf_counter() - started
    echo(f"  syn{n}: {len(corpus.articles):,} articles recombined in "
         f"{seconds['recombine and tokenise']:.0f} s; analysing sentences")
    started = time.perf_counter()
    analyses = analyze_articles(corpus.articles, workers)
    seconds["analyse sentences"] = time.perf_counter() - started
    started = time.perf_counter()
    vectors = vectors_from_sentences(sentence_vectors, corpus.sources, seed=n)
    seconds["passage vectors (stand-in)"] = time.perf_counter() - started
    started = time.perf_counter()
    ann = ann_index.build(vectors) if n > ann_threshold else None
    seconds["train ANN index"] = time.perf_counter() - started
    data = IndexData(corpus.articles, corpus.chunks, corpus.tokens, vectors, analyses, ann=ann)
    corpus = vectors = None
    started = time.perf_counter()
    data.bm25 = bm25_matrix(data.tokens) if n > SPARSE_THRESHOLD else None
    seconds["BM25 matrix"] = time.perf_counter() - started
    started = time.perf_counter()
    save_generation(folder / "index", data, synthetic_manifest(model))
    seconds["write generation"] = time.perf_counter() - started
    sentences = sum(len(a.sentences) for a in analyses.values())
    record = {"stamp": wanted, "seconds": seconds, "articles": len(data.articles),
              "sentences": sentences, "workers": workers,
              "ann": ann.record if ann is not None else None}
    (folder / "bench.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    return folder / "index", {**record, "made": True}


class StaleGenerationError(RagError):
    """A cached generation analysed by other code cannot be read by today's."""


def analyzer_difference(recorded: dict | None, wanted: dict) -> dict[str, dict] | None:
    """The analyser versions in which two stamps differ, when that is all they differ in.

    Returns:
        ``{part: {"generation": recorded value, "code": wanted value}}`` (a part is e.g.
        ``"glossary"``), or None when the stamps are equal, differ elsewhere too (model,
        format, size), or nothing is recorded.
    """
    if not recorded or recorded == wanted:
        return None
    others = [key for key in {*recorded, *wanted} - {"analyzer"}
              if recorded.get(key) != wanted.get(key)]
    if others:
        return None
    old, new = recorded.get("analyzer") or {}, wanted.get("analyzer") or {}
    return {key: {"generation": old.get(key), "code": new.get(key)}
            for key in sorted({*old, *new}) if old.get(key) != new.get(key)}


def describe_difference(stale: dict[str, dict]) -> str:
    """``glossary '2026-12-01.2' → '2026-12-02.1'; ...`` (generation's → code's)."""
    return "; ".join(f"{key} {v['generation']!r} → {v['code']!r}" for key, v in stale.items())


def _reused(folder: Path, recorded: dict, echo: Callable[[str], None],
            stale: dict[str, dict] | None = None) -> tuple[Path, dict]:
    """A cached generation, loaded once to check it (and to add a missing BM25 matrix).

    A stale one must also be readable by today's code: its sentence rows are decoded for
    a few articles (the serving loader checks only the files and their shapes, and decodes
    an article's analysis when a question first reads it).
    """
    index = folder / "index"
    data = load_serving(index)
    if stale:
        _check_analyses(data, folder.name)
        echo(f"  WARNING {folder.name}: reusing a generation whose analyser differs from "
             f"this code's (generation → code: {describe_difference(stale)}). Its tokens "
             "and sentence analysis are the older code's, so answers may differ from a "
             "fresh generation's; the timings are what this run measures.")
    _add_bm25_matrix(folder, data, recorded, echo)
    return index, {**recorded, "made": False, **({"stale_analyzer": stale} if stale else {})}


def _check_analyses(data: IndexData, name: str, sample: int = 3) -> None:
    """Decode the first, middle and last articles' analyses, or raise StaleGenerationError."""
    articles = data.articles
    picks = {articles[i * (len(articles) - 1) // max(sample - 1, 1)].doc_id
             for i in range(sample)} if articles else set()
    try:
        for doc_id in picks:
            data.analyses[doc_id]
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise StaleGenerationError(
            f"{name}: today's code cannot read the cached generation's sentence analysis "
            f"({exc!r}); make it anew (run without --reuse-stale-analysis)") from exc


def _add_bm25_matrix(folder: Path, data: IndexData, recorded: dict,
                     echo: Callable[[str], None]) -> None:
    """Rewrite a cached generation made before generations stored their BM25 matrix.

    The generation is saved anew with the matrix (a new generation beside it, as a rebuild
    does), so an hour of recombining and analysing is not redone.
    """
    index = folder / "index"
    if data.bm25 is not None or len(data.chunks) <= SPARSE_THRESHOLD:
        return
    echo(f"  {folder.name}: adding the BM25 matrix to the cached generation")
    started = time.perf_counter()
    data.bm25 = bm25_matrix(data.tokens)
    recorded["seconds"]["BM25 matrix"] = time.perf_counter() - started
    started = time.perf_counter()
    save_generation(index, data, {k: v for k, v in data.manifest.items()
                                  if k in ("model", "params", "analyzer", "corpus")})
    recorded["seconds"]["write generation (again, with the matrix)"] = (
        time.perf_counter() - started)
    (folder / "bench.json").write_text(json.dumps(recorded, indent=1), encoding="utf-8")


def synthetic_manifest(model: dict) -> dict:
    """The manifest of a generation written straight from a synthetic corpus."""
    return {"model": model, "params": {}, "analyzer": analyzer_signature(),
            "corpus": {"dir": "synthetic"}}


def analyze_articles(articles: list[Article], workers: int = 1) -> dict[str, ArticleAnalysis]:
    """Every article's sentence analysis, by ``doc_id``, in ``workers`` processes.

    Workers are spawned (not forked: the parent runs model and FAISS threads) and each
    keeps its own memo of sentences already analysed (``rag.analysis``).
    """
    if workers <= 1 or len(articles) < 2 * ANALYSIS_BATCH:
        return {a.doc_id: analyze_article(a) for a in articles}
    batches = [articles[i:i + ANALYSIS_BATCH] for i in range(0, len(articles), ANALYSIS_BATCH)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        results = pool.imap(_analyze_batch, batches)
        return {a.doc_id: a for batch in results for a in batch}


def _analyze_batch(articles: list[Article]) -> list[ArticleAnalysis]:
    return [analyze_article(a) for a in articles]


def _recorded(folder: Path) -> dict:
    try:
        return json.loads((folder / "bench.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
