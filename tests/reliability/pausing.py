"""Waiting for a child process to reach a pause point (``store.PAUSE_ENV``), shared by the
tests that kill a build or a rebuild at a chosen stage."""

from __future__ import annotations

import os
import selectors
import subprocess
import time


def wait_for_pause(process: subprocess.Popen, stage: str, timeout: float = 90) -> None:
    """Read the child's stderr until it reports the pause at ``stage`` (bounded in time)."""
    selector = selectors.DefaultSelector()
    selector.register(process.stderr, selectors.EVENT_READ)
    seen = b""
    deadline = time.monotonic() + timeout
    while f"paused at {stage}".encode() not in seen:
        assert time.monotonic() < deadline, f"never reached {stage}: {seen[-500:]!r}"
        assert process.poll() is None, f"exited early: {seen[-500:]!r}"
        if selector.select(timeout=1):
            seen += os.read(process.stderr.fileno(), 65536)
