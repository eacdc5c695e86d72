"""Admin: corpus changes without a shell (token gate, safe corpus writes, trash, rebuilds).

``Admin`` is what the API, the UI and the CLI share. It writes articles into the corpus
folder under names it makes itself (never a name or path from the request), moves removed
articles to a trash folder beside the corpus, and queues a background rebuild
(``rag.jobs``) that makes the change live. The corpus folder stays the one source of
truth: the index is always rebuilt from it, so a rebuild that fails or is killed leaves
nothing to repair; the next one carries every change made so far.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import hmac
import json
import logging
import math
import os
import re
import shutil
import threading
import time
import unicodedata
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from rag.config import Settings
from rag.corpus import (
    ARTICLE_SUFFIXES,
    PARSER_VERSION,
    article_paths,
    decode_text,
    jsonl_doc_id,
    parse_article,
    read_file,
)
from rag.errors import (
    AdminDisabledError,
    ArticleRejectedError,
    ArticleTooLargeError,
    AuthError,
    BuildError,
    RateLimitedError,
    UnknownDocumentError,
)
from rag.jobs import Job, Rebuilder, Report
from rag.records import Article

if TYPE_CHECKING:  # the CLI's add/remove need no model: keep rag.assistant unimported
    from rag.assistant import Assistant

log = logging.getLogger(__name__)

#: The environment variable holding the admin token; unset or empty turns writes off.
TOKEN_ENV = "TANYA_PAS_ADMIN_TOKEN"
DISABLED_MESSAGE = f"corpus changes over HTTP are off (set {TOKEN_ENV} on the server to allow them)"
#: Failed token attempts allowed per client in ``FAILURE_WINDOW`` seconds before 429s.
MAX_FAILURES = 5
FAILURE_WINDOW = 60.0
MAX_TITLE_CHARS = 1000
MAX_FIELD_CHARS = 2000
#: Job states, kept beside the index generations so they survive a restart.
JOBS_FILE = "jobs.json"
#: Files one upload may carry.
MAX_UPLOAD_FILES = 20
_SLUG_CHARS = 40

#: Articles parsed before, by corpus-relative path (``read_corpus``'s ``known``).
KnownArticles = Callable[[], Mapping[str, Article]]


# --- token gate ---------------------------------------------------------------------------


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, or None."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


class TokenGate:
    """Constant-time token check with a per-client limit on failed attempts.

    The token is never logged or echoed: messages name the client and what was wrong
    ("no token", "wrong token"), not what was sent.
    """

    def __init__(
        self,
        token: str | None,
        max_failures: int = MAX_FAILURES,
        window: float = FAILURE_WINDOW,
    ) -> None:
        self._token = (token or "").encode() or None
        self._max = max_failures
        self._window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self._token is not None

    def check(self, client: str, token: str | None) -> None:
        """Pass, or raise why not.

        Raises:
            AdminDisabledError: no token is configured (403).
            RateLimitedError: this client failed too often lately (429), even with the
                right token, so guessing cannot continue.
            AuthError: the token is missing or wrong (401).
        """
        if self._token is None:
            raise AdminDisabledError(DISABLED_MESSAGE)
        now = time.monotonic()
        with self._lock:
            recent = self._recent(client, now)
            if len(recent) >= self._max:
                retry = max(1, math.ceil(recent[0] + self._window - now))
                raise RateLimitedError(
                    f"too many failed token attempts; try again in {retry} s", retry
                )
            given = (token or "").encode("utf-8", "surrogateescape")
            if hmac.compare_digest(given, self._token):
                return
            recent.append(now)
        reason = "no token" if not token else "wrong token"
        log.warning("Refused a corpus change from %s: %s", client, reason)
        raise AuthError(f"{reason}: send the admin token as 'Authorization: Bearer <token>'")

    def _recent(self, client: str, now: float) -> deque[float]:
        """This client's failures inside the window (older ones and idle clients dropped)."""
        if len(self._failures) > 10_000:  # bounded memory under a spray of client addresses
            for name in [
                c for c, times in self._failures.items() if times[-1] < now - self._window
            ]:
                del self._failures[name]
        recent = self._failures.setdefault(client, deque())
        while recent and recent[0] < now - self._window:
            recent.popleft()
        return recent


# --- what a change is ---------------------------------------------------------------------


@dataclass(frozen=True)
class NewArticle:
    """An article submitted as fields (``POST /api/documents`` JSON, the UI's form)."""

    title: str
    text: str
    source: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None

    def record(self) -> dict[str, str]:
        """The ``.jsonl`` line the corpus reader reads back into this article."""
        fields = {"title": self.title, "text": self.text, "source": self.source,
                  "author": self.author, "url": self.url,
                  "published": self.published.isoformat() if self.published else None}  # fmt: skip
        return {k: v for k, v in fields.items() if v}


@dataclass(frozen=True)
class Change:
    """The outcome of an add or remove.

    Attributes:
        doc_ids: the articles concerned, in the order submitted (an existing id for a
            duplicate).
        new: the ids that were written now (empty when everything was a duplicate).
        job: the rebuild that makes the change live; None when nothing changed.
    """

    doc_ids: tuple[str, ...]
    new: tuple[str, ...]
    job: Job | None


@dataclass(frozen=True)
class _Prepared:
    """A checked file ready to be written: its suffix, content, name hint and articles."""

    suffix: str
    lines: tuple[str, ...]  # one entry for .txt/.md (the whole text), one per article in .jsonl
    keys: tuple[str, ...]  # content key of each article
    hint: str


def content_key(text: str) -> str:
    """What makes two articles "the same content": their clean text, spacing and case aside."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()


def trash_folder(corpus_dir: Path) -> Path:
    """The trash beside the corpus (``corpus/`` → ``corpus-trash/``), never read as corpus."""
    corpus_dir = corpus_dir.resolve()
    return corpus_dir.with_name(f"{corpus_dir.name}-trash")


@contextmanager
def corpus_lock(index_dir: Path) -> Iterator[None]:
    """Serialise corpus changes across threads and processes (server and CLI alike)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / ".corpus.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


# --- the corpus folder --------------------------------------------------------------------


class _Catalog:
    """Doc ids and content keys of the corpus as the reader sees it, re-read per changed file."""

    def __init__(self, root: Path, max_bytes: int, known: KnownArticles | None = None) -> None:
        self._root = root
        self._max_bytes = max_bytes
        self._known = known
        self._files: dict[str, tuple[tuple[int, int, int], list[tuple[str, str]]]] = {}
        self.paths: dict[str, str] = {}  # doc id -> file, relative to the corpus
        self.keys: dict[str, str] = {}  # content key -> doc id

    def refresh(self) -> None:
        """Re-read files that changed on disk since the last refresh (any writer)."""
        files = {}
        # The first look parses everything unless the serving index already did.
        known = self._known() if self._known and not self._files else None
        for path in article_paths(self._root):
            rel = path.relative_to(self._root).as_posix()
            info = path.stat()
            stamp = (info.st_size, info.st_mtime_ns, info.st_ino)
            cached = self._files.get(rel)
            if cached is None or cached[0] != stamp:
                articles, _ = read_file(path, self._root, self._max_bytes, known)
                cached = (stamp, [(a.doc_id, content_key(a.text)) for a in articles])
            files[rel] = cached
        self._files = files
        self.paths = {d: rel for rel, (_, found) in files.items() for d, _ in found}
        self.keys = {}
        for rel, (_, found) in files.items():
            for doc_id, key in found:
                self.keys.setdefault(key, doc_id)

    def count_in(self, rel: str) -> int:
        return len(self._files.get(rel, (None, []))[1])


class CorpusEditor:
    """Adds articles to, and removes them from, one corpus folder, safely.

    Every write goes to a name made here (``web-<slug>-<digest>.jsonl`` for a submitted
    article, ``upload-<slug>-<digest>.<ext>`` for a file; the slug is ASCII letters, digits
    and dashes), is written to a hidden temporary file first and linked into place only
    when complete, so a reader never sees half a file and an existing file is never
    overwritten.
    """

    def __init__(self, settings: Settings, known: KnownArticles | None = None) -> None:
        """Args:
        settings: the corpus folder, its size limit, and the index folder (for the lock).
        known: the articles already parsed by path (the serving index's), so the first
            look at a large corpus hashes unchanged files instead of parsing them.
        """
        self.root = settings.corpus_dir.resolve()
        self.trash = trash_folder(self.root)
        self.max_bytes = settings.max_file_bytes
        self._lock_dir = settings.index_dir
        self._catalog = _Catalog(self.root, self.max_bytes, known)

    def add_article(self, article: NewArticle) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Write one article; returns ``(doc_ids, new ids)`` (no new id for a duplicate).

        Raises:
            ArticleRejectedError: empty or binary text, nothing readable left after cleaning.
            ArticleTooLargeError: over the corpus size limit.
        """
        line = json.dumps(_checked_fields(article).record(), ensure_ascii=False)
        if len(line.encode()) > self.max_bytes:
            raise ArticleTooLargeError(
                f"the article is over the corpus limit of {self.max_bytes} bytes"
            )
        key = content_key(_prose(article.text, "text"))
        return self._write([_Prepared(".jsonl", (line,), (key,), article.title)], "web")

    def add_files(
        self, files: Sequence[tuple[str, bytes]]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Write uploaded files (original name, bytes); the names only tell the kind.

        Every file is checked before any is written: one bad file refuses the whole upload.

        Raises:
            ArticleRejectedError: no file, a kind the corpus does not read, or content that
                is empty, binary, not UTF-8, or a .jsonl line that is not an article.
            ArticleTooLargeError: a file over the corpus size limit.
        """
        if not files:
            raise ArticleRejectedError("no file: send the article file in a 'file' field")
        if len(files) > MAX_UPLOAD_FILES:
            raise ArticleRejectedError(f"at most {MAX_UPLOAD_FILES} files per upload")
        prepared = [self._prepare_file(name, data) for name, data in files]
        return self._write(prepared, "upload")

    def remove(self, doc_id: str) -> Path:
        """Move an article to the trash; returns where it went.

        A ``.txt``/``.md`` file, or a ``.jsonl`` holding only this article, moves whole (put
        it back to restore). One article of a larger ``.jsonl`` is cut out of it: its line is
        left blank, so the other articles keep their ids (``stem-N`` counts lines), and the
        line goes to the trash as ``<stem>.line-N.jsonl`` (paste it back into line N).

        Raises:
            UnknownDocumentError: no article in the corpus has this id.
        """
        with corpus_lock(self._lock_dir):
            self._clean_leftovers()
            self._catalog.refresh()
            rel = self._catalog.paths.get(doc_id)
            if rel is None:
                raise UnknownDocumentError(f"no article with id {doc_id!r} in the corpus")
            path = self.root / rel
            bin_dir = self.trash / datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            if path.suffix.lower() == ".jsonl" and self._catalog.count_in(rel) > 1:
                target = self._cut_line(path, rel, doc_id, bin_dir)
            else:
                target = bin_dir / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                _move(path, target)
            _write_new(bin_dir / "removed.json", json.dumps(
                {"doc_id": doc_id, "from": rel, "trash": target.relative_to(bin_dir).as_posix()}
            ).encode())  # fmt: skip
            self._catalog.refresh()
        log.info("Removed %s (%s) to %s", doc_id, rel, target)
        return target

    def _clean_leftovers(self) -> None:
        """Delete temporary files of a writer killed mid-write (under the lock, every
        ``.tmp-*`` is one: no other writer is running). The reader never saw them."""
        for tmp in self.root.rglob(".tmp-*"):
            tmp.unlink(missing_ok=True)

    def _cut_line(self, path: Path, rel: str, doc_id: str, bin_dir: Path) -> Path:
        """Blank this article's line in a .jsonl; the line goes to the trash first."""
        text, problem = decode_text(path.read_bytes())
        lines = text.splitlines()  # the same split as the reader, so line numbers agree
        number = next(
            (n for n in range(1, len(lines) + 1) if jsonl_doc_id(path.stem, n) == doc_id), None
        )
        if problem is not None or number is None:
            raise UnknownDocumentError(f"article {doc_id!r} is no longer in {rel}")
        target = bin_dir / PurePosixPath(rel).with_name(f"{path.stem}.line-{number}.jsonl")
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_new(target, (lines[number - 1] + "\n").encode())
        lines[number - 1] = ""
        _replace(path, ("\n".join(lines) + "\n").encode())
        return target

    def _prepare_file(self, name: str, data: bytes) -> _Prepared:
        shown = _shown_name(name)
        suffix = PurePosixPath(name.replace("\\", "/").replace("\x00", "")).suffix.lower()
        if suffix not in ARTICLE_SUFFIXES:
            kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
            raise ArticleRejectedError(f"file {shown}: only {kinds} files are articles")
        if len(data) > self.max_bytes:
            raise ArticleTooLargeError(
                f"file {shown} is over the corpus limit of {self.max_bytes} bytes ({len(data)})"
            )
        text, problem = decode_text(data)
        if problem is not None:
            raise ArticleRejectedError(f"file {shown}: {problem}")
        hint = PurePosixPath(name.replace("\\", "/")).stem
        if suffix != ".jsonl":
            return _Prepared(suffix, (text,), (content_key(_prose(text, f"file {shown}")),), hint)
        lines, keys = [], []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                article = _jsonl_article(line, f"file {shown} line {number}")
                lines.append(json.dumps(article.record(), ensure_ascii=False))
                keys.append(content_key(_prose(article.text, f"file {shown} line {number}")))
        if not lines:
            raise ArticleRejectedError(f"file {shown}: no article in it")
        return _Prepared(suffix, tuple(lines), tuple(keys), hint)

    def _write(
        self, prepared: list[_Prepared], prefix: str
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Write what is not already in the corpus; returns ``(doc_ids, new ids)``."""
        doc_ids: list[str] = []
        new: list[str] = []
        with corpus_lock(self._lock_dir):
            self._clean_leftovers()
            self._catalog.refresh()
            known = dict(self._catalog.keys)
            for item in prepared:
                fresh: list[int] = []  # new articles, each content once
                for i, key in enumerate(item.keys):
                    if key not in known and all(item.keys[j] != key for j in fresh):
                        fresh.append(i)
                ids = self._write_file(item, fresh, prefix) if fresh else []
                for i, doc_id in zip(fresh, ids):
                    known[item.keys[i]] = doc_id
                new.extend(ids)
                doc_ids.extend(known[key] for key in item.keys)
            self._catalog.refresh()
        return tuple(dict.fromkeys(doc_ids)), tuple(new)

    def _write_file(self, item: _Prepared, keep: list[int], prefix: str) -> list[str]:
        """Write the articles ``keep`` of ``item`` to a new file; returns their doc ids."""
        body = (
            "".join(item.lines[i] + "\n" for i in keep)
            if item.suffix == ".jsonl"
            else item.lines[0]
        )
        data = body.encode()
        digest = hashlib.sha256(data).hexdigest()[:12]
        taken = set(self._catalog.paths) | set(self._catalog.paths.values())
        for attempt in range(1, 100):
            stem = f"{prefix}-{_slug(item.hint)}-{digest}" + (f"-{attempt}" if attempt > 1 else "")
            ids = (
                [jsonl_doc_id(stem, n) for n in range(1, len(keep) + 1)]
                if item.suffix == ".jsonl"
                else [stem]
            )
            path = self.root / f"{stem}{item.suffix}"
            if taken.isdisjoint(ids) and path.name not in taken and not path.exists():
                break
        else:  # pragma: no cover - a hundred digest collisions
            raise BuildError("could not find a free file name in the corpus folder")
        assert path.parent == self.root and "/" not in path.name  # never outside the corpus
        _write_new(path, data)
        log.info("Added %s as %s", ", ".join(ids), path.name)
        return ids


def _checked_fields(article: NewArticle) -> NewArticle:
    """The article with its fields trimmed, or why it cannot be one."""
    fields = {}
    for name in ("title", "text", "source", "author", "url"):
        value = getattr(article, name)
        if value is None:
            continue
        _encodable(value, name)
        if "\x00" in value:
            raise ArticleRejectedError(f"{name} contains NUL bytes: it looks binary, not text")
        fields[name] = value.strip() or None
    if not fields.get("title"):
        raise ArticleRejectedError("title is empty")
    if len(fields["title"]) > MAX_TITLE_CHARS:
        raise ArticleRejectedError(f"title is longer than {MAX_TITLE_CHARS} characters")
    if not fields.get("text"):
        raise ArticleRejectedError("text is empty")
    for name in ("source", "author", "url"):
        if len(fields.get(name) or "") > MAX_FIELD_CHARS:
            raise ArticleRejectedError(f"{name} is longer than {MAX_FIELD_CHARS} characters")
    return replace(
        article, **{k: fields.get(k) for k in ("title", "text", "source", "author", "url")}
    )


def _jsonl_article(line: str, where: str) -> NewArticle:
    """One upload line as an article: a JSON object with a title and a text."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ArticleRejectedError(f"{where} is not valid JSON ({exc.msg})") from exc
    if not isinstance(record, dict):
        raise ArticleRejectedError(f"{where} is not a JSON object")
    for name in ("title", "text"):
        if not isinstance(record.get(name), str) or not record[name].strip():
            raise ArticleRejectedError(f'{where} has no "{name}"')
    published = record.get("published")
    try:
        day = date.fromisoformat(published) if isinstance(published, str) and published else None
    except ValueError as exc:
        raise ArticleRejectedError(f'{where}: "published" is not a YYYY-MM-DD date') from exc
    extra = {k: record[k] for k in ("source", "author", "url") if isinstance(record.get(k), str)}
    try:
        return _checked_fields(NewArticle(record["title"], record["text"], published=day, **extra))
    except ArticleRejectedError as exc:
        raise ArticleRejectedError(f"{where}: {exc}") from exc


def _prose(text: str, what: str) -> str:
    """The article text the reader will index, refused when nothing readable is left."""
    _encodable(text, what)
    if _looks_binary(text):
        raise ArticleRejectedError(f"{what} looks binary (control characters), not article text")
    clean = parse_article(text, "submitted", "submitted").text
    if not clean.strip():
        raise ArticleRejectedError(f"{what} has no readable text once markup is removed")
    return clean


def _encodable(text: str, what: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ArticleRejectedError(f"{what} contains invalid Unicode (a lone surrogate)") from exc


def _looks_binary(text: str) -> bool:
    """NULs, or more than 1% control characters other than line breaks and tabs."""
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    return "\x00" in text or controls > max(2, len(text) // 100)


def _slug(hint: str) -> str:
    """ASCII letters, digits and dashes from a title or file name: safe in any file system."""
    ascii_text = unicodedata.normalize("NFKD", hint).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:_SLUG_CHARS].strip("-")
    return slug or "artikel"


def _shown_name(name: str) -> str:
    """A submitted file name fit for a message: printable and short."""
    shown = "".join(c if c.isprintable() else "?" for c in name)[:80]
    return repr(shown)


def _via_temporary(path: Path, data: bytes, place) -> None:
    """Write ``data`` durably to a temporary file beside ``path``, then ``place(tmp, path)``."""
    tmp = path.parent / f".tmp-{uuid.uuid4().hex}"
    try:
        with tmp.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        place(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet, all at once (temporary file, fsync, link)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # os.link fails if the name is taken: nothing is ever overwritten.
    _via_temporary(path, data, os.link)
    _sync_dir(path.parent)


def _replace(path: Path, data: bytes) -> None:
    """Replace a file's content atomically (readers see the old or the new file whole)."""
    _via_temporary(path, data, os.replace)
    _sync_dir(path.parent)


def _move(source: Path, target: Path) -> None:
    """Rename, or copy then delete when the trash is on another file system."""
    try:
        os.rename(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        shutil.copy2(source, target)
        source.unlink()
    _sync_dir(source.parent)


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the facade the API, UI and CLI share --------------------------------------------------


class Admin:
    """Token gate + corpus editor + background rebuilds, for one corpus and index.

    Args:
        settings: the corpus and index folders and build parameters.
        assistant: the serving assistant; after each rebuild it is reloaded, so the change
            answers at once. None for a process that only writes (the CLI builds itself).
        token: the admin token; None or empty turns HTTP changes off.
    """

    def __init__(
        self, settings: Settings, assistant: Assistant | None = None, token: str | None = None
    ) -> None:
        self.settings = settings
        self.assistant = assistant
        self.gate = TokenGate(token)
        self.editor = CorpusEditor(settings, self._serving_articles if assistant else None)
        self.jobs = Rebuilder(self._rebuild, record=settings.index_dir / JOBS_FILE)

    @classmethod
    def from_env(cls, settings: Settings, assistant: Assistant | None = None) -> Admin:
        """An Admin whose token is ``TANYA_PAS_ADMIN_TOKEN`` (unset: changes are off)."""
        return cls(settings, assistant, os.environ.get(TOKEN_ENV) or None)

    @property
    def enabled(self) -> bool:
        return self.gate.enabled

    def authorize(self, client: str, token: str | None) -> None:
        """Raise unless ``token`` is the admin token (see ``TokenGate.check``)."""
        self.gate.check(client, token)

    def add_article(self, article: NewArticle) -> Change:
        """Add one article and queue its rebuild (nothing queued for a duplicate)."""
        return self._queued(*self.editor.add_article(article), verb="add")

    def add_files(self, files: Sequence[tuple[str, bytes]]) -> Change:
        """Add uploaded files and queue one rebuild for them."""
        return self._queued(*self.editor.add_files(files), verb="add")

    def remove(self, doc_id: str) -> Change:
        """Move an article to the trash and queue its rebuild."""
        self.editor.remove(doc_id)
        return self._queued((doc_id,), (doc_id,), verb="remove")

    def job(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def _queued(self, doc_ids: tuple[str, ...], new: tuple[str, ...], verb: str) -> Change:
        job = self.jobs.submit(f"{verb} {', '.join(new)}") if new else None
        return Change(doc_ids, new, job)

    def _serving_articles(self) -> dict[str, Article]:
        """The serving index's articles by path, when parsed by today's parser."""
        data = self.assistant.index.data
        if data.manifest.get("analyzer", {}).get("parser") != PARSER_VERSION:
            return {}
        return {a.path: a for a in data.articles}

    def _rebuild(self, report: Report) -> str:
        """Build from the corpus with the serving model, then serve the result."""
        from rag.indexing import build_index

        settings, embedder = self.settings, None
        if self.assistant is not None:
            embedder = self.assistant.embedder
            settings = replace(settings, model=embedder.name)
        built = build_index(settings, embedder=embedder, progress=False, wait=True, on_stage=report)
        if self.assistant is not None:
            self.assistant.reload()
            serving = self.assistant.index.generation
            if serving < built.generation:  # names sort by build time
                raise BuildError(
                    f"generation {built.generation} was built but refused at load; "
                    f"{serving} keeps serving"
                )
        return built.generation
