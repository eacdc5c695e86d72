"""Synthetic corpora: new articles recombined from the sentences of the shipped ones.

Token statistics stay realistic (every sentence is real Indonesian news prose, analysed by
the real analyser) while names and dates vary, so corpora of any size can be built in
seconds. Vectors are compositions of the model's own sentence vectors, so the geometry is
the model's without encoding every synthetic passage (``vectors_from_sentences``).
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import numpy as np

from rag.chunking import chunk_article, split_sentences
from rag.config import PROJECT_ROOT
from rag.corpus import read_corpus
from rag.indexing import passage_tokens
from rag.records import Article, Chunk

CITIES = [
    "Ambon",
    "Balikpapan",
    "Banda",
    "Bandung",
    "Banyuwangi",
    "Batam",
    "Bekasi",
    "Bengkulu",
    "Biak",
    "Bima",
    "Bitung",
    "Blitar",
    "Bogor",
    "Bontang",
    "Cianjur",
    "Cilacap",
    "Cirebon",
    "Denpasar",
    "Dumai",
    "Ende",
    "Garut",
    "Gorontalo",
    "Gresik",
    "Jambi",
    "Jayapura",
    "Jember",
    "Kediri",
    "Kendari",
    "Kupang",
    "Langsa",
    "Lhokseumawe",
    "Lubuklinggau",
    "Madiun",
    "Magelang",
    "Makassar",
    "Malang",
    "Manado",
    "Manokwari",
    "Mataram",
    "Maumere",
    "Medan",
    "Merauke",
    "Metro",
    "Mojokerto",
    "Nabire",
    "Padang",
    "Palangkaraya",
    "Palembang",
    "Palu",
    "Pamekasan",
    "Parepare",
    "Pekalongan",
    "Pekanbaru",
    "Pontianak",
    "Probolinggo",
    "Purwokerto",
    "Salatiga",
    "Samarinda",
    "Sampit",
    "Serang",
    "Sibolga",
    "Singkawang",
    "Sorong",
    "Sukabumi",
    "Surabaya",
    "Surakarta",
    "Tangerang",
    "Tarakan",
    "Tasikmalaya",
    "Tegal",
    "Ternate",
    "Tual",
    "Tuban",
    "Waingapu",
    "Watampone",
    "Wonosobo",
    "Yogyakarta",
]

_SHORT_DATE = re.compile(r"\((\d{1,2})/(\d{1,2})\)")


@dataclass(frozen=True)
class Source:
    """A shipped article split into what recombination needs."""

    article: Article
    sentences: tuple[str, ...]
    place_words: tuple[str, ...]


@dataclass
class SyntheticCorpus:
    """Articles, passages and their BM25 tokens; ``sources[i]`` are passage i's sentences."""

    articles: list[Article]
    chunks: list[Chunk]
    tokens: list[list[str]]
    sources: list[list[int]]


def load_sources(corpus_dir: Path = PROJECT_ROOT / "corpus") -> list[Source]:
    """The shipped articles, split into sentences, with the place names to vary."""
    articles, _ = read_corpus(corpus_dir)
    sources = []
    for article in articles:
        sentences = tuple(article.text[s:e].strip() for s, e in split_sentences(article.text))
        places = {article.place or ""} | {u.split()[-1] for u in article.upts}
        words = tuple(sorted((p for p in places if len(p) > 3), key=len, reverse=True))
        sources.append(Source(article, tuple(s for s in sentences if s), words))
    return sources


def all_sentences(sources: list[Source]) -> list[str]:
    """Every source sentence, in a fixed order (the index used by ``SyntheticCorpus.sources``)."""
    return [s for source in sources for s in source.sentences]


def make_corpus(sources: list[Source], n_chunks: int, seed: int = 0) -> SyntheticCorpus:
    """Recombine ``sources`` into articles until there are at least ``n_chunks`` passages.

    Each article takes its headline and most sentences from one source article (so it
    stays on one topic), a few from others, a new city and a new publication date.
    """
    rng = random.Random(seed)
    offsets = np.cumsum([0] + [len(s.sentences) for s in sources]).tolist()
    corpus = SyntheticCorpus([], [], [], [])
    while len(corpus.chunks) < n_chunks:
        number = len(corpus.articles)
        home = rng.randrange(len(sources))
        picks = _pick_sentences(rng, sources, home, offsets)
        article, spans = _article(rng, sources[home], picks, sources, offsets, number)
        corpus.articles.append(article)
        for chunk in chunk_article(article):
            corpus.chunks.append(chunk)
            # Interned: at 1M passages, ~50M token strings would otherwise each be an object.
            corpus.tokens.append(list(map(sys.intern, passage_tokens(article, chunk))))
            corpus.sources.append([g for (s, e, g) in spans if s < chunk.end and e > chunk.start])
    return corpus


def _pick_sentences(
    rng: random.Random, sources: list[Source], home: int, offsets: list[int]
) -> list[int]:
    own = list(range(offsets[home], offsets[home + 1]))
    picks = rng.sample(own, k=min(len(own), rng.randint(4, 9)))
    picks += [rng.randrange(offsets[-1]) for _ in range(rng.randint(0, 3))]
    rng.shuffle(picks)
    return picks


def _article(
    rng: random.Random,
    home: Source,
    picks: list[int],
    sources: list[Source],
    offsets: list[int],
    number: int,
) -> tuple[Article, list[tuple[int, int, int]]]:
    """An article of the sentences ``picks`` (global ids), with ``(start, end, id)`` spans."""
    city = rng.choice(CITIES)
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    flat = _flat_sentences(tuple(sources))
    text, spans = "", []
    for i, global_id in enumerate(picks):
        sentence = _vary(
            flat[global_id], _owner(global_id, sources, offsets).place_words, city, day
        )
        sep = "" if not text else ("\n\n" if i % 3 == 0 else " ")
        start = len(text) + len(sep)
        text += sep + sentence
        spans.append((start, len(text), global_id))
    base = home.article
    article = replace(
        base,
        doc_id=f"syn{number:07d}",
        path=f"syn{number:07d}.txt",
        title=_vary(base.title, home.place_words, city, day),
        text=text,
        published=day,
        place=city,
        event_dates=(),
        upts=tuple(_vary(u, home.place_words, city, day) for u in base.upts),
        content_hash=f"syn{number}-{hash(text)}",
    )
    return article, spans


@lru_cache(maxsize=4)
def _flat_sentences(sources: tuple[Source, ...]) -> list[str]:
    """``all_sentences`` made once per source list, not once per article."""
    return all_sentences(list(sources))


def _owner(global_id: int, sources: list[Source], offsets: list[int]) -> Source:
    index = int(np.searchsorted(offsets, global_id, side="right")) - 1
    return sources[index]


def _vary(text: str, places: tuple[str, ...], city: str, day: date) -> str:
    for place in places:
        text = re.sub(re.escape(place), city, text, flags=re.IGNORECASE)
    return _SHORT_DATE.sub(f"({day.day}/{day.month})", text)


def vectors_from_sentences(
    sentence_vectors: np.ndarray, sources: list[list[int]], seed: int = 0, noise: float = 0.05
) -> np.ndarray:
    """Passage vectors: the normalised mean of their sentences' model vectors plus noise.

    Args:
        sentence_vectors: ``(n_sentences, d)`` unit vectors of ``all_sentences``.
        sources: for each passage, the ids of the sentences it holds.
        seed: noise seed.
        noise: per-dimension noise scale; keeps recombined passages distinct.
    """
    rng = np.random.default_rng(seed)
    d = sentence_vectors.shape[1]
    out = np.empty((len(sources), d), dtype=np.float32)
    for i, ids in enumerate(sources):
        out[i] = sentence_vectors[ids].mean(axis=0) if ids else 0.0
    out += rng.normal(0.0, noise, out.shape).astype(np.float32)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out

