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

    Returns:
        The index folder and ``{"made": bool, "seconds": {stage: s}, ...}``.
    """
    folder = cache / f"syn{n}"
    wanted = stamp(n, model, ann_threshold)
    recorded = _recorded(folder)
    if recorded.get("stamp") == wanted:
        _add_bm25_matrix(folder, recorded, echo)
        return folder / "index", {**recorded, "made": False}
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


def _add_bm25_matrix(folder: Path, recorded: dict, echo: Callable[[str], None]) -> None:
    """Rewrite a cached generation made before generations stored their BM25 matrix.

    The generation is loaded and saved anew with the matrix (a new generation beside it,
    as a rebuild does), so an hour of recombining and analysing is not redone.
    """
    index = folder / "index"
    data = load_serving(index)
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
