"""Store: index generations on disk, written atomically and verified before they serve.

Layout of ``index_dir``::

    CURRENT                     name of the generation that serves
    generations/<generation>/   manifest.json, articles.json (metadata), texts.bin and
                                text_offsets.npy (the article texts), chunks.npy,
                                vectors.npy, the BM25 tokens: tokens.json (vocabulary),
                                token_ids.npy, token_offsets.npy, the sentence analysis:
                                sentences.json and sentence_rows.bin, sentence_offsets.npy;
                                verified.json (stamps of the files last hashed in full),
                                and above ``Settings.ann_threshold`` passages the trained
                                vector index: ann.faiss and ann_ids.npy (see ``rag.ann``);
                                above ``rag.lexical.SPARSE_THRESHOLD`` the BM25 matrix:
                                bm25_data.npy, bm25_indices.npy, bm25_indptr.npy
    .tmp-<generation>/          a generation being written (removed if a build dies)

A generation is written beside the others, checked, renamed into ``generations/`` and only
then named in ``CURRENT`` (by ``os.replace``, atomic on POSIX). A build killed at any
point therefore leaves the previous generation serving. Everything is JSON, ``.npy`` or UTF-8:
no pickles, so a file from another version can be refused but never executes code.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from itertools import chain, pairwise
from pathlib import Path

import numpy as np
import orjson

from rag import ann as ann_files
from rag.analysis import ArticleAnalysis, analyses_from_json, analyses_to_json, analyze_article
from rag.ann import StoredAnn
from rag.blob import Blob, write_blob
from rag.chunk_table import ChunkTable
from rag.errors import IndexCorruptError, IndexMissingError
from rag.records import Article, Chunk, EventDate

log = logging.getLogger(__name__)

#: 2: BM25 tokens as a vocabulary plus int32 ids and offsets (1 stored a JSON list of lists,
#: which took ~1.5 s of a 100k-passage cold start to parse and intern); chunks as columns.
#: 3: the sentence analysis (``sentences.json``, see ``rag.analysis``).
#: 4: passages as integer columns (``chunks.npy``, see ``rag.chunk_table``) instead of
#: ``chunks.json``; every article's provinces beside its sentence analysis.
#: 5: article texts and each article's sentence-analysis row out of the JSON files, into
#: ``texts.bin`` and ``sentence_rows.bin`` with their offsets (``rag.blob``): parsing them
#: was ~5 s of a million-passage load; each article's metadata as a row of
#: ``ARTICLE_COLUMNS`` instead of a dict.
FORMAT_VERSION = 5
TOKEN_FILES = ("tokens.json", "token_ids.npy", "token_offsets.npy")
#: Article texts (UTF-8) and each article's sentence-analysis row (JSON), back to back.
BLOB_FILES = {"texts.bin": "text_offsets.npy", "sentence_rows.bin": "sentence_offsets.npy"}
DATA_FILES = ("articles.json", "chunks.npy", *TOKEN_FILES, "vectors.npy", "sentences.json",
              *chain.from_iterable(BLOB_FILES.items()))
#: Beside the manifest: each binary file's size, times and inode when its sha256 last
#: matched in full (``_verify_files``).
VERIFIED_FILE = "verified.json"
#: A file is stamped only when it changed at least this long before its hash was checked:
#: file times tick coarsely (a few ms), so a write right after the check could otherwise
#: leave the times as they were (git's "racy clean" problem).
STAMP_MARGIN_NS = 2_000_000_000
KEEP_GENERATIONS = 3
#: The stored BM25 matrix (``rag.lexical.bm25_matrix``): its arrays and their files.
BM25_FILES = {"data": "bm25_data.npy", "indices": "bm25_indices.npy", "indptr": "bm25_indptr.npy"}

#: Fault-injection hook for the crash tests: a build pauses at the named stage (printing
#: ``paused at <stage>`` on stderr) so a test can SIGKILL it there. Unset in production.
PAUSE_ENV = "TANYA_PAS_TEST_PAUSE"


class TokenLists(Sequence[list[str]]):
    """Every passage's BM25 tokens as ids into one vocabulary (bm25s's layout).

    Passage ``i`` is ``vocabulary[ids[offsets[i]:offsets[i + 1]]]``. It reads like a list of
    token lists (``tokens[i]`` decodes one passage in microseconds, equal to any sequence of
    the same lists) while the lexical engine builds straight from the arrays. One string
    object per distinct token.
    """

    def __init__(self, vocabulary: list[str], ids: np.ndarray, offsets: np.ndarray) -> None:
        """Wrap stored arrays (not copied).

        Args:
            vocabulary: distinct tokens; a token's id is its position.
            ids: int32 token ids of all passages, concatenated in passage order.
            offsets: int64, ``len(passages) + 1`` boundaries into ``ids``, from 0.
        """
        self.vocabulary = vocabulary
        self.ids = ids
        self.offsets = offsets
        self._words = np.empty(len(vocabulary), dtype=object)
        self._words[:] = vocabulary

    @classmethod
    def from_lists(cls, token_lists: Iterable[list[str]]) -> TokenLists:
        """Encode token lists; the vocabulary is in order of first occurrence."""
        if isinstance(token_lists, TokenLists):
            return token_lists
        token_lists = list(token_lists)
        flat = list(chain.from_iterable(token_lists))
        # Ids assigned and looked up in C (dict.fromkeys, map): a Python loop over ~5M
        # tokens would dominate writing a 100k-passage generation.
        index = {token: i for i, token in enumerate(dict.fromkeys(flat))}
        ids = np.fromiter(map(index.__getitem__, flat), np.int32, len(flat))
        offsets = np.zeros(len(token_lists) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, token_lists), np.int64, len(token_lists)), out=offsets[1:])
        return cls(list(index), ids, offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError("passage position out of range")
        start, end = self.offsets[position], self.offsets[position + 1]
        return self._words[self.ids[start:end]].tolist()

    def __iter__(self) -> Iterator[list[str]]:
        flat = self._words[self.ids].tolist()
        bounds = self.offsets.tolist()
        for start, end in pairwise(bounds):
            yield flat[start:end]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TokenLists({len(self)} passages, {len(self.vocabulary)} distinct tokens)"


@dataclass
class IndexData:
    """Everything one generation holds, in memory.

    Attributes:
        articles: parsed articles, in corpus order.
        chunks: passages, in index order (position i ↔ ``tokens[i]`` ↔ ``vectors[i]``): a
            list when built, a ``ChunkTable`` when loaded.
        tokens: analysed BM25 tokens of each passage: a list of lists when built, a
            ``TokenLists`` when loaded (both index and compare the same way).
        vectors: ``(len(chunks), dimension)`` float32 unit vectors.
        analyses: each article's analysed sentences, by ``doc_id`` (``rag.analysis``).
        manifest: how the generation was built (filled in by ``save_generation``).
        ann: the trained approximate vector index, for large generations (``rag.ann``).
        bm25: the sparse BM25 matrix, for large generations (``rag.lexical.bm25_matrix``).
    """

    articles: list[Article]
    chunks: Sequence[Chunk]
    tokens: Sequence[list[str]]
    vectors: np.ndarray
    analyses: Mapping[str, ArticleAnalysis] = field(default_factory=dict)
    manifest: dict = field(default_factory=dict)
    ann: StoredAnn | None = None
    bm25: dict | None = None

    @property
    def generation(self) -> str:
        return str(self.manifest.get("generation", ""))


# ---------------------------------------------------------------- JSON (de)serialisation


#: The order of an article's metadata in ``articles.json``: ``Article``'s fields without
#: ``text``. One list per article rather than a dict: no keys to parse, and the ``Article``
#: is built from positions (at a million passages, merging dicts to build 150k articles
#: took 2 s of the load).
ARTICLE_COLUMNS = tuple(f.name for f in fields(Article) if f.name != "text")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def article_to_json(article: Article) -> list:
    """A JSON-ready row of ``article``'s metadata in ``ARTICLE_COLUMNS`` order: dates as
    ISO strings, each event date as ``[day, text, start, weekday_checked]``, no text (the
    store keeps texts apart, in ``texts.bin``)."""
    return [
        article.doc_id, article.path, article.title, article.source, article.author,
        _iso(article.published), article.place, article.url,
        [[e.day.isoformat(), e.text, e.start, e.weekday_checked] for e in article.event_dates],
        list(article.upts), article.content_hash,
    ]


def article_from_json(row: list, text: str) -> Article:
    """Inverse of ``article_to_json``, with the article's ``text``.

    Raises:
        ValueError: the row has another number of columns.
        TypeError: a value has the wrong type.
    """
    doc_id, path, title, source, author, published, place, url, events, upts, digest = row
    return Article(
        doc_id, path, title, text, source, author, _day(published), place, url,
        tuple(EventDate(date.fromisoformat(d), t, s, w) for d, t, s, w in events),
        tuple(upts), digest,
    )


# ---------------------------------------------------------------- writing


def pause_point(stage: str) -> None:
    """Sleep here when ``TANYA_PAS_TEST_PAUSE`` names ``stage`` (crash tests only).

    Stages, in build order: ``after_read``, ``after_embed``, ``tmp_written``,
    ``before_rename``, ``before_current``, ``after_current``.
    """
    if os.environ.get(PAUSE_ENV) != stage:
        return
    sys.stderr.write(f"paused at {stage}\n")
    sys.stderr.flush()
    time.sleep(float(os.environ.get(PAUSE_ENV + "_SECONDS", "60")))


def new_generation_name(now: datetime | None = None) -> str:
    """A sortable, unique generation name: UTC time to the microsecond plus the pid."""
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%S%f}-{os.getpid()}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_json(path: Path, data: object) -> str:
    """Write ``data`` as UTF-8 JSON, durably; returns the file's sha256 (hashed in memory)."""
    # orjson: ~10x the stdlib's speed on the passage and token lists (bench/RESULTS.md).
    payload = orjson.dumps(data)
    with path.open("wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    return hashlib.sha256(payload).hexdigest()


def _write_npy(path: Path, array: np.ndarray) -> str:
    """Write ``array`` as ``.npy``, durably; returns the file's sha256."""
    with path.open("wb") as handle:
        np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
        handle.flush()
        os.fsync(handle.fileno())
    return _sha256(path)


def save_generation(index_dir: Path, data: IndexData, manifest: dict) -> str:
    """Write ``data`` as a new generation and make it the serving one.

    Args:
        index_dir: the index folder (created if missing).
        data: the generation's content.
        manifest: build description (model, dimension, params, corpus fingerprint, ...);
            format version, generation name, counts and checksums are added here.

    Returns:
        The new generation's name.

    Raises:
        OSError: the disk is full or read-only; nothing that serves has been touched.
    """
    index_dir = Path(index_dir)
    (index_dir / "generations").mkdir(parents=True, exist_ok=True)
    generation = new_generation_name()
    tmp = index_dir / f".tmp-{generation}"
    tmp.mkdir()
    try:
        analyses = analyses_to_json(
            data.analyses.get(a.doc_id) or analyze_article(a) for a in data.articles)
        rows = analyses.pop("articles")
        digests = {
            "articles.json": _write_json(
                tmp / "articles.json", [article_to_json(a) for a in data.articles]
            ),
            "sentences.json": _write_json(tmp / "sentences.json", analyses),
        }
        for blob, pieces in (("texts.bin", (a.text.encode() for a in data.articles)),
                             ("sentence_rows.bin", (row.encode() for row in rows))):
            offsets = write_blob(tmp / blob, pieces)
            digests[blob] = _sha256(tmp / blob)
            digests[BLOB_FILES[blob]] = _write_npy(tmp / BLOB_FILES[blob], offsets)
        rows = analyses = None
        tokens = TokenLists.from_lists(data.tokens)
        digests["tokens.json"] = _write_json(tmp / "tokens.json", tokens.vocabulary)
        for name, array in (("chunks.npy", ChunkTable.from_chunks(data.articles, data.chunks).columns),
                            ("token_ids.npy", tokens.ids.astype(np.int32, copy=False)),
                            ("token_offsets.npy", tokens.offsets.astype(np.int64, copy=False)),
                            ("vectors.npy", np.asarray(data.vectors, dtype=np.float32))):
            digests[name] = _write_npy(tmp / name, array)
        if data.bm25 is not None:
            for key, name in BM25_FILES.items():
                digests[name] = _write_npy(tmp / name, data.bm25[key])
            manifest = {**manifest, "bm25": data.bm25["params"]}
        if data.ann is not None:
            ann_files.write(tmp, data.ann)
            digests.update({name: _sha256(tmp / name) for name in ann_files.FILES})
            manifest = {**manifest, "ann": data.ann.record}
        full = {
            **manifest,
            "format_version": FORMAT_VERSION,
            "generation": generation,
            "counts": {"articles": len(data.articles), "chunks": len(data.chunks)},
            "files": {
                name: {"sha256": digests[name], "bytes": (tmp / name).stat().st_size}
                for name in digests
            },
        }
        _write_json(tmp / "manifest.json", full)
        pause_point("tmp_written")
        load_generation_dir(tmp)  # verify what was written before anything points at it
        final = index_dir / "generations" / generation
        pause_point("before_rename")
        os.replace(tmp, final)
        pause_point("before_current")
        _point_current(index_dir, generation)
        pause_point("after_current")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    prune(index_dir)
    return generation


def _point_current(index_dir: Path, generation: str) -> None:
    pointer = index_dir / "CURRENT.tmp"
    with pointer.open("w", encoding="utf-8") as handle:
        handle.write(generation + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(pointer, index_dir / "CURRENT")
    dir_fd = os.open(index_dir, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def prune(index_dir: Path, keep: int = KEEP_GENERATIONS) -> None:
    """Delete leftovers of dead builds and all but the newest ``keep`` generations.

    The serving generation is never deleted, whatever its age.
    """
    index_dir = Path(index_dir)
    current = read_current(index_dir)
    clean_leftovers(index_dir)
    (index_dir / "CURRENT.tmp").unlink(missing_ok=True)  # safe: callers hold the build lock
    for old in list_generations(index_dir)[keep:]:
        if old.name != current:
            shutil.rmtree(old, ignore_errors=True)


def clean_leftovers(index_dir: Path) -> list[str]:
    """Remove the half-written ``.tmp-*`` folders of builds that died (e.g. SIGKILL).

    A folder whose builder is still running is left alone, so this is safe at server start
    while a build runs. Returns the names removed.
    """
    removed = []
    for leftover in Path(index_dir).glob(".tmp-*"):
        if not _owned_by_live_process(leftover.name):
            shutil.rmtree(leftover, ignore_errors=True)
            removed.append(leftover.name)
            log.warning("Removed %s, left by a build that did not finish", leftover.name)
    return removed


def _owned_by_live_process(tmp_name: str) -> bool:
    """Whether the build writing ``.tmp-<time>-<pid>`` is still running."""
    try:
        pid = int(tmp_name.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# ---------------------------------------------------------------- reading


def read_current(index_dir: Path) -> str | None:
    """The serving generation's name, or None when no build has completed."""
    try:
        return (Path(index_dir) / "CURRENT").read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def list_generations(index_dir: Path) -> list[Path]:
    """Complete generations, newest first."""
    root = Path(index_dir) / "generations"
    if not root.is_dir():
        return []
    return sorted((p for p in root.iterdir() if p.is_dir()), key=lambda p: p.name, reverse=True)


def load_generation_dir(
    folder: Path, expected_model: str | None = None, expected_dimension: int | None = None
) -> IndexData:
    """Load one generation and check it against its manifest.

    Args:
        folder: the generation folder.
        expected_model: refuse a generation built with another model (None: any).
        expected_dimension: refuse vectors of another dimension than the loaded model's.

    Raises:
        IndexCorruptError: a file is missing, its checksum or size differs, the counts or
            vector dimension disagree with the manifest, or the model or dimension is not
            the expected one.
    """
    folder = Path(folder)
    try:
        manifest = orjson.loads((folder / "manifest.json").read_bytes())
    except (OSError, ValueError) as exc:
        raise IndexCorruptError(f"{folder.name}: manifest unreadable ({exc})") from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        index_dir = folder.parent.parent if folder.parent.name == "generations" else folder.parent
        raise IndexCorruptError(
            f"{folder.name}: index format {manifest.get('format_version')} is not this "
            f"version's {FORMAT_VERSION}; rebuild with "
            f"`python -m rag build --full --index {index_dir}`"
        )
    # The binary files are verified (and the stored vector index read) on a second thread
    # while this one parses the JSON files: file reads, hashlib and FAISS release the GIL.
    with ThreadPoolExecutor(max_workers=1) as pool:
        binaries = pool.submit(_verify_and_read_ann, folder, manifest)
        try:
            raw = {name: _verified_bytes(folder, manifest, name)
                   for name in DATA_FILES if name.endswith(".json")}
            blobs = {name: Blob(folder / name, np.load(folder / offsets, allow_pickle=False))
                     for name, offsets in BLOB_FILES.items()}
            metadata = orjson.loads(raw.pop("articles.json"))
            texts = blobs["texts.bin"].texts()
            if not isinstance(metadata, list) or len(metadata) != len(texts):
                raise ValueError("articles.json and texts.bin hold different articles")
            articles = list(map(article_from_json, metadata, texts))
            metadata = texts = None
            chunks = ChunkTable(articles, np.load(folder / "chunks.npy", allow_pickle=False))
            tokens = _token_lists(folder, orjson.loads(raw.pop("tokens.json")))
            # Memory-mapped: a server whose vectors live in a stored ANN index (or a flat
            # index, which copies them) never needs them resident; a rebuild reads the rows
            # it reuses, a search within a few articles the rows of their passages.
            vectors = np.load(folder / "vectors.npy", mmap_mode="r", allow_pickle=False)
            by_id = {a.doc_id: a for a in articles}
            analyses = analyses_from_json(orjson.loads(raw.pop("sentences.json")), by_id,
                                          blobs["sentence_rows.bin"])
        except (OSError, ValueError, TypeError, KeyError) as exc:
            binaries.result()  # a damaged file is the better reason to give
            raise IndexCorruptError(f"{folder.name}: data unreadable ({exc})") from exc
        ann, stamps = binaries.result()
    _check_shapes(folder.name, manifest, articles, chunks, tokens, vectors)
    if ann is not None and len(ann.ids) != len(chunks):
        raise IndexCorruptError(f"{folder.name}: vector index holds {len(ann.ids)} passages, "
                                f"the generation {len(chunks)}")
    bm25 = _stored_bm25(folder, manifest, len(chunks))
    if expected_model is not None and manifest["model"]["name"] != expected_model:
        raise IndexCorruptError(
            f"{folder.name}: built with model {manifest['model']['name']!r}, not "
            f"{expected_model!r}; rebuild with `python -m rag build --full --model ...`"
        )
    if expected_dimension is not None and vectors.shape[1] != expected_dimension:
        raise IndexCorruptError(
            f"{folder.name}: vectors have dimension {vectors.shape[1]}, the model makes "
            f"{expected_dimension}; rebuild with `python -m rag build --full`"
        )
    _record_stamps(folder, stamps)
    return IndexData(articles, chunks, tokens, vectors, analyses, manifest, ann, bm25)


def _stored_bm25(folder: Path, manifest: dict, chunks: int) -> dict | None:
    """The generation's BM25 matrix, verified (memory-mapped), or None when it stores none.

    Raises:
        IndexCorruptError: a file is missing or damaged, or the arrays disagree.
    """
    if "bm25" not in manifest:
        return None
    arrays = {}
    for key, name in BM25_FILES.items():
        try:
            arrays[key] = np.load(folder / name, mmap_mode="r", allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise IndexCorruptError(f"{folder.name}: {name} unreadable ({exc})") from exc
    data, indices, indptr = arrays["data"], arrays["indices"], arrays["indptr"]
    if not (data.dtype == np.float32 and indices.dtype == np.int32 and indptr.dtype == np.int64
            and len(data) == len(indices) == (int(indptr[-1]) if len(indptr) else -1)):
        raise IndexCorruptError(f"{folder.name}: the BM25 matrix's arrays disagree")
    return {"params": dict(manifest["bm25"]), **arrays}


def _verify_and_read_ann(folder: Path, manifest: dict) -> tuple[StoredAnn | None, dict]:
    """Verify the binary files, then read the stored vector index if there is one.

    Returns:
        The vector index (None when the generation stores none) and the files' stamps.

    Raises:
        IndexCorruptError: a file is missing or damaged, or the index is unreadable.
    """
    stamps = _verify_files(folder, manifest, _binary_files(manifest))
    if "ann" not in manifest:
        return None, stamps
    try:
        return ann_files.read(folder, manifest["ann"]), stamps
    except (OSError, ValueError) as exc:
        raise IndexCorruptError(f"{folder.name}: vector index unreadable ({exc})") from exc


def _token_lists(folder: Path, vocabulary: list) -> TokenLists:
    """The stored BM25 tokens, checked to be consistent (ids in range, offsets ordered).

    Raises:
        ValueError: the arrays have the wrong type or shape or disagree with each other.
    """
    ids = np.load(folder / "token_ids.npy", allow_pickle=False)
    offsets = np.load(folder / "token_offsets.npy", allow_pickle=False)
    if not (isinstance(vocabulary, list) and all(isinstance(t, str) for t in vocabulary)):
        raise ValueError("tokens.json is not a list of strings")
    if ids.dtype != np.int32 or offsets.dtype != np.int64 or ids.ndim != 1 or offsets.ndim != 1:
        raise ValueError("token arrays have the wrong type or shape")
    if (
        offsets.size == 0
        or offsets[0] != 0
        or offsets[-1] != ids.size
        or np.any(np.diff(offsets) < 0)
        or (ids.size and (ids.min() < 0 or ids.max() >= len(vocabulary)))
    ):
        raise ValueError("token ids and offsets disagree")
    return TokenLists(vocabulary, ids, offsets)


def _binary_files(manifest: dict) -> list[str]:
    """The ``.npy``, ``.bin`` and ``.faiss`` files a generation's manifest says it holds."""
    names = [name for name in DATA_FILES if not name.endswith(".json")]
    if "bm25" in manifest:
        names += BM25_FILES.values()
    if "ann" in manifest:
        names += ann_files.FILES
    return names


def _verify_files(folder: Path, manifest: dict, names: Iterable[str]) -> dict:
    """Check each file's size and sha256 against the manifest (``IndexCorruptError`` if not).

    A file whose stamp in ``verified.json`` (size, modification and change times, inode,
    and the manifest's sha256) is still its own was hashed in full since it last changed,
    and is not hashed again: at a million passages that was 2.5 GB and ~3 s of every start.
    Any write to a file, even one that restores its modification time, moves its change
    time, so a file changed since is hashed and, if damaged, refused. Files hashed now are
    stamped (``_record_stamps``) once the whole generation has loaded.

    Returns:
        The stamps of the files hashed now and of those whose stamp held.
    """
    recorded = _read_stamps(folder)
    stamps = {}
    for name in names:
        expected = manifest.get("files", {}).get(name)
        stamp = _stamp(folder / name, expected)
        if stamp is None or recorded.get(name) != stamp:
            _verified_bytes(folder, manifest, name)
        stamps[name] = stamp
    return stamps


def _stamp(path: Path, expected: dict | None) -> list | None:
    """What identifies ``path``'s present content cheaply, or None if it cannot be stamped
    yet (missing, or changed within ``STAMP_MARGIN_NS``)."""
    try:
        status = path.stat()
    except OSError:
        return None
    if expected is None or time.time_ns() - status.st_ctime_ns < STAMP_MARGIN_NS:
        return None
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino,
            status.st_dev, expected.get("sha256")]


def _read_stamps(folder: Path) -> dict:
    try:
        stamps = orjson.loads((folder / VERIFIED_FILE).read_bytes())
    except (OSError, ValueError):
        return {}
    return stamps if isinstance(stamps, dict) else {}


def _record_stamps(folder: Path, stamps: dict) -> None:
    """Write the stamps of files verified in full, for the next load (best effort: a
    read-only index is hashed at every load, as before)."""
    stamps = {name: stamp for name, stamp in stamps.items() if stamp is not None}
    if stamps == _read_stamps(folder):
        return
    pending = folder / f"{VERIFIED_FILE}.{os.getpid()}.tmp"
    try:
        pending.write_bytes(orjson.dumps(stamps))
        os.replace(pending, folder / VERIFIED_FILE)
    except OSError as exc:
        pending.unlink(missing_ok=True)
        log.info("%s: file stamps not recorded (%s)", folder.name, exc)


def _verified_bytes(folder: Path, manifest: dict, name: str) -> bytes:
    """A data file's bytes after checking its size and sha256 (read once, hashed in memory).

    ``.npy``, ``.bin`` and ``.faiss`` files are hashed in blocks and returned empty: NumPy,
    the blob reader and FAISS read them themselves.
    """
    path = folder / name
    expected = manifest.get("files", {}).get(name)
    if expected is None or not path.is_file():
        raise IndexCorruptError(f"{folder.name}: {name} is missing")
    if path.stat().st_size != expected["bytes"]:
        raise IndexCorruptError(f"{folder.name}: {name} is damaged (checksum mismatch)")
    if name.endswith((".npy", ".bin", ".faiss")):
        data, digest = b"", _sha256(path)
    else:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
    if digest != expected["sha256"]:
        raise IndexCorruptError(f"{folder.name}: {name} is damaged (checksum mismatch)")
    return data


def _check_shapes(name: str, manifest: dict, articles, chunks, tokens, vectors) -> None:
    counts = manifest.get("counts", {})
    dimension = manifest.get("model", {}).get("dimension")
    problems = []
    if len(articles) != counts.get("articles"):
        problems.append("article count")
    if not (len(chunks) == len(tokens) == counts.get("chunks") == vectors.shape[0]):
        problems.append("chunk count")
    if vectors.ndim != 2 or vectors.shape[1] != dimension:
        problems.append(f"vector dimension {vectors.shape[1:]} vs {dimension}")
    if problems:
        raise IndexCorruptError(f"{name}: manifest disagrees with data ({', '.join(problems)})")


def load_serving(
    index_dir: Path, expected_model: str | None = None, expected_dimension: int | None = None
) -> IndexData:
    """Load the generation named in ``CURRENT``, falling back to the newest good one.

    A generation that fails its checks is refused with a logged reason and the next
    newest complete generation is tried, so one damaged build never takes the service down.

    Raises:
        IndexMissingError: no generation exists (nothing was ever built).
        IndexCorruptError: every generation on disk fails its checks.
    """
    index_dir = Path(index_dir)
    candidates = list_generations(index_dir)
    current = read_current(index_dir)
    candidates.sort(key=lambda p: p.name != current)  # CURRENT first, then newest first
    if not candidates:
        raise IndexMissingError(
            f"No index in {index_dir}. Build one with `python -m rag build --index {index_dir}`."
        )
    reasons = []
    for folder in candidates:
        try:
            return load_generation_dir(folder, expected_model, expected_dimension)
        except IndexCorruptError as exc:
            log.error("Refusing index generation: %s", exc)
            reasons.append(str(exc))
    raise IndexCorruptError("No usable index generation: " + "; ".join(reasons))
