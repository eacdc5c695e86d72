"""How many threads a question's encoding gets: chosen by measuring, not by rule.

On two idle cores, e5 encodes a question on two threads in about half the time of one
(11 vs 21 ms for a short question). When another process keeps a core busy, a two-thread
call waits at every OpenMP barrier for that core: 130 ms median and seconds at the tail
were measured, against a steady ~45 ms on one thread. Neither count is right on every
machine state, so the encoder keeps a running cost per token for each count, uses the
cheaper, and now and then tries the other to notice when the machine quietens or fills.
"""

from __future__ import annotations

import os
import threading

#: Weight of the newest measurement in the running cost (higher forgets faster).
SMOOTHING = 0.3
#: Every this many questions the count not in use is measured once.
PROBE_EVERY = 25


class ThreadChooser:
    """Running cost (ms per token) of encoding a question on 1 or on all cores.

    Thread-safe; a single instance serves one encoder. Until both counts are measured, the
    single thread (the safe choice on a shared machine) is used, with one probe of the other.
    """

    def __init__(self, cores: int | None = None) -> None:
        self.cores = max(1, cores or os.cpu_count() or 1)
        self._cost: dict[int, float] = {}
        self._calls = 0
        self._lock = threading.Lock()

    def choose(self) -> int:
        """The thread count for the next question."""
        if self.cores == 1:
            return 1
        with self._lock:
            self._calls += 1
            if len(self._cost) < 2:
                return 1 if 1 not in self._cost else self.cores
            best = min(self._cost, key=self._cost.__getitem__)
            if self._calls % PROBE_EVERY == 0:
                return self.cores if best == 1 else 1
            return best

    def record(self, threads: int, ms: float, tokens: int) -> None:
        """Fold one measured call into the running cost of ``threads``."""
        per_token = ms / max(1, tokens)
        with self._lock:
            old = self._cost.get(threads)
            self._cost[threads] = per_token if old is None else (
                (1 - SMOOTHING) * old + SMOOTHING * per_token
            )

    def costs(self) -> dict[int, float]:
        """Running ms per token by thread count (for the bench and /api/health)."""
        with self._lock:
            return dict(self._cost)
