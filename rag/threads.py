"""How many threads a question's encoding gets: chosen by measuring, not by rule.

On two idle cores, e5 encodes a question on two threads in about half the time of one
(11 vs 21 ms for a short question). When another process keeps a core busy, a two-thread
call waits at every OpenMP barrier for that core: 130 ms median and seconds at the tail
were measured, against a steady ~45 ms on one thread. Neither count is right on every
machine state, so the encoder keeps a running cost per token for each count, uses the
cheaper, and now and then tries the other to notice when the machine quietens or fills.
The cost is the median of the last few calls, so one outlier does not decide.
"""

from __future__ import annotations

import os
import statistics
import threading
from collections import deque

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
