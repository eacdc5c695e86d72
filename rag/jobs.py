"""Jobs: one background rebuild at a time, with the changes that arrive meanwhile batched.

A corpus change (an added or removed article) becomes a ``Job``. One worker thread runs
the rebuilds: every job waiting when a rebuild starts is carried by that rebuild, so ten
uploads during a long build cost one more build, not ten. Jobs are recorded in a small
JSON file beside the index, so a job whose server was killed mid-rebuild reads "failed"
after the restart instead of vanishing; the corpus folder already holds its change, and
the next rebuild carries it.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Literal

from rag.errors import RagError

log = logging.getLogger(__name__)

State = Literal["queued", "running", "done", "failed"]
#: ``report(stage, fraction)``: the build says how far it got.
Report = Callable[[str, float], None]
#: A rebuild: builds, makes the result serve, and returns the generation now live.
Rebuild = Callable[[Report], str]

#: Finished jobs kept for ``GET /api/jobs/{id}`` (the oldest finished ones go first).
MAX_JOBS = 1000

#: What a job that was queued or running when its server stopped says after the restart.
INTERRUPTED = (
    "rebuild interrupted: the server stopped before it finished; the change is in the "
    "corpus and the next change (or python -m rag build) makes it live"
)

_STAGES = {
    "read": "corpus read, embedding new passages",
    "embedded": "passages embedded, writing the generation",
    "saved": "generation written, switching the server to it",
}


@dataclass(frozen=True)
class Job:
    """One corpus change on its way into the serving index.

    Attributes:
        job_id: opaque id (random, so ids cannot be guessed).
        state: ``queued`` → ``running`` → ``done`` or ``failed``.
        progress: 0.0 to 1.0.
        generation: the generation that carries the change, once done.
        message: what happens now, or why it failed.
        change: what the change was ("add web-…-1", "remove lapas-blora").
    """

    job_id: str
    state: State
    progress: float
    generation: str | None
    message: str
    change: str

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")


class Rebuilder:
    """Runs ``rebuild`` in one worker thread for every batch of submitted jobs.

    Args:
        rebuild: builds and makes the result serve; returns the generation now live.
        record: a JSON file keeping the jobs across restarts (None: memory only).
    """

    def __init__(self, rebuild: Rebuild, record: Path | None = None) -> None:
        self._rebuild = rebuild
        self._record = record
        self._jobs: dict[str, Job] = _load(record) if record else {}
        self._waiting: list[str] = []
        self._changed = threading.Condition()
        self._worker: threading.Thread | None = None

    def submit(self, change: str) -> Job:
        """Queue a rebuild that carries ``change``; returns the queued job."""
        job = Job(uuid.uuid4().hex, "queued", 0.0, None, "waiting for the next rebuild", change)
        with self._changed:
            self._forget_old()
            self._jobs[job.job_id] = job
            self._waiting.append(job.job_id)
            self._save()
            self._start()
            self._changed.notify_all()
        return job

    def get(self, job_id: str) -> Job | None:
        """The job as it is now, or None for an unknown id."""
        with self._changed:
            return self._jobs.get(job_id)

    def wait(self, job_id: str, timeout: float = 120.0) -> Job | None:
        """Block until the job is done or failed (or ``timeout`` s pass); returns it."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while (job := self._jobs.get(job_id)) is not None and not job.finished:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(left)
            return job

    def _start(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._run, name="rebuilder", daemon=True)
            self._worker.start()

    def _run(self) -> None:
        while True:
            with self._changed:
                while not self._waiting:
                    self._changed.wait()
                batch, self._waiting = self._waiting, []
            self._build(batch)

    def _build(self, batch: list[str]) -> None:
        """One rebuild for every job in ``batch``; each ends done or failed, never stuck."""
        self._update(batch, state="running", progress=0.05, message="rebuild started")

        def report(stage: str, fraction: float) -> None:
            self._update(batch, progress=fraction, message=_STAGES.get(stage, stage))

        try:
            generation = self._rebuild(report)
        except RagError as exc:
            log.error("Rebuild failed: %s", exc)
            self._update(batch, state="failed", message=f"rebuild failed: {exc}")
        except Exception as exc:  # the worker must outlive any one failed build
            log.exception("Rebuild failed")
            self._update(
                batch, state="failed", message=f"rebuild failed: {type(exc).__name__}: {exc}"
            )
        else:
            message = f"live in generation {generation}"
            self._update(batch, state="done", progress=1.0, generation=generation, message=message)

    def _update(self, batch: list[str], **changes: object) -> None:
        with self._changed:
            for job_id in batch:
                self._jobs[job_id] = replace(self._jobs[job_id], **changes)
            self._save()
            self._changed.notify_all()

    def _forget_old(self) -> None:
        """Keep at most ``MAX_JOBS``: drop the oldest finished jobs (dicts keep order)."""
        excess = len(self._jobs) - MAX_JOBS + 1
        for job_id in [j for j, job in self._jobs.items() if job.finished][: max(0, excess)]:
            del self._jobs[job_id]

    def _save(self) -> None:
        """Write the jobs to the record (whole, then renamed: never half a file)."""
        if self._record is None:
            return
        partial = self._record.with_name(self._record.name + ".partial")
        try:
            partial.write_text(json.dumps([asdict(j) for j in self._jobs.values()]), "utf-8")
            os.replace(partial, self._record)
        except OSError as exc:  # job states are a convenience; rebuilds go on without them
            log.warning("Could not record job states in %s: %s", self._record, exc)


def _load(record: Path) -> dict[str, Job]:
    """Jobs recorded by an earlier server; those it left unfinished are failed."""
    try:
        jobs = [Job(**fields) for fields in json.loads(record.read_text("utf-8"))]
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError) as exc:
        log.warning("Ignoring unreadable job record %s: %s", record, exc)
        return {}
    return {
        job.job_id: job if job.finished else replace(job, state="failed", message=INTERRUPTED)
        for job in jobs[-MAX_JOBS:]
    }
