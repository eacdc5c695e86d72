"""A short load test (32 clients × 5 s) through bench/load.py against a loopback server."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import time

import pytest

from rag.api import create_api
from rag.config import PROJECT_ROOT

pytestmark = pytest.mark.slow


def _bench():
    spec = importlib.util.spec_from_file_location("bench_load", PROJECT_ROOT / "bench" / "load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def _run_in_own_loop(coroutine):
    """Run a coroutine on a fresh loop in a worker thread: Playwright's sync API may own the
    main thread's loop for the whole session."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def test_32_clients_for_5_seconds_get_no_errors_and_health_stays_fast(assistant):
    bench = _bench()
    with bench.Server(create_api(assistant)) as server:
        started = time.monotonic()
        tally = _run_in_own_loop(bench.drive(server.url, clients=32, seconds=5))
        elapsed = time.monotonic() - started
    assert elapsed < 60
    assert tally.errors == []
    assert len(tally.latencies) >= 32
    assert tally.generations == {assistant.index.generation}
    assert tally.health_latencies and max(tally.health_latencies) < 2.0
    print(bench.report(tally, 5, 0, 0))


def test_server_binds_loopback_by_default():
    import app

    host = next(p for p in app.main.params if p.name == "host")
    assert host.default == "127.0.0.1"
