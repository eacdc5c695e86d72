"""The question encoder's thread count follows what it measures (``rag.threads``)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from rag.threads import PROBE_EVERY, PinnedThread, ThreadChooser


def test_starts_on_one_thread_then_measures_all_cores_once():
    chooser = ThreadChooser(cores=2)
    assert chooser.choose() == 1
    chooser.record(1, ms=40.0, tokens=20)
    assert chooser.choose() == 2  # the other count is measured before any comparison


def test_uses_the_cheaper_count_and_switches_when_costs_change():
    chooser = ThreadChooser(cores=2)
    chooser.record(1, ms=40.0, tokens=20)  # 2 ms a token
    chooser.record(2, ms=20.0, tokens=20)  # 1 ms a token: an idle machine
    picks = [chooser.choose() for _ in range(PROBE_EVERY - 3)]
    assert set(picks) == {2}
    for _ in range(3):  # another process takes a core: two threads wait at barriers
        chooser.record(2, ms=400.0, tokens=20)
    assert chooser.choose() == 1


def test_probes_the_unused_count_now_and_then():
    chooser = ThreadChooser(cores=2)
    chooser.record(1, ms=20.0, tokens=20)
    chooser.record(2, ms=200.0, tokens=20)
    picks = [chooser.choose() for _ in range(3 * PROBE_EVERY)]
    assert picks.count(2) == 3 and picks.count(1) == 3 * PROBE_EVERY - 3


def test_a_single_core_machine_always_uses_one_thread():
    chooser = ThreadChooser(cores=1)
    assert {chooser.choose() for _ in range(50)} == {1}


def test_one_slow_call_does_not_condemn_a_count():
    chooser = ThreadChooser(cores=2)
    chooser.record(1, ms=40.0, tokens=20)
    chooser.record(2, ms=2000.0, tokens=20)  # a passing process held the second core once
    chooser.record(2, ms=20.0, tokens=20)
    chooser.record(2, ms=20.0, tokens=20)
    assert chooser.choose() == 2


def test_a_pinned_thread_runs_every_callers_work_on_one_thread():
    # OpenMP doubles an encode's time once a second calling thread has a team: a server
    # answering on many request threads must reach the engine from one thread only.
    pinned = PinnedThread("test-pinned")
    with ThreadPoolExecutor(4) as pool:
        ran_on = set(pool.map(lambda _: pinned.run(threading.get_ident), range(12)))
    assert len(ran_on) == 1
    assert ran_on != {threading.get_ident()}
    assert pinned.run(lambda: pinned.run(lambda: 7)) == 7  # a nested call does not deadlock


def test_a_pinned_threads_error_is_raised_to_its_caller_and_the_thread_goes_on():
    pinned = PinnedThread("test-pinned-errors")
    with pytest.raises(ZeroDivisionError):
        pinned.run(lambda: 1 / 0)
    assert pinned.run(lambda: "still serving") == "still serving"
