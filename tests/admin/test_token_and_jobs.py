"""The token gate and the rebuild queue on their own (no model, no index)."""

from __future__ import annotations

import logging
import threading

import pytest

from rag.admin import TokenGate, bearer_token
from rag.errors import AdminDisabledError, AuthError, BuildError, RateLimitedError
from rag.jobs import Rebuilder
from tests.admin.conftest import ARTICLE, AUTH, TOKEN


def test_bearer_token_is_read_from_the_header_only_with_the_bearer_scheme():
    assert bearer_token("Bearer abc") == "abc"
    assert bearer_token("bearer   abc ") == "abc"
    assert bearer_token("Basic abc") is None
    assert bearer_token("Bearer") is None
    assert bearer_token(None) is None


def test_gate_off_without_a_token_and_limits_failures_per_client():
    with pytest.raises(AdminDisabledError, match="corpus changes over HTTP are off"):
        TokenGate(None).check("a", "x")
    with pytest.raises(AdminDisabledError):
        TokenGate("").check("a", "")
    gate = TokenGate("right", max_failures=2, window=60)
    gate.check("a", "right")
    for _ in range(2):
        with pytest.raises(AuthError):
            gate.check("a", "wrong")
    with pytest.raises(RateLimitedError) as limited:
        gate.check("a", "right")
    assert 1 <= limited.value.retry_after <= 60
    gate.check("b", "right")  # another client is not punished


def test_failures_age_out_of_the_window():
    gate = TokenGate("right", max_failures=1, window=0.05)
    with pytest.raises(AuthError):
        gate.check("a", "")
    with pytest.raises(RateLimitedError):
        gate.check("a", "right")
    threading.Event().wait(0.1)
    gate.check("a", "right")


@pytest.mark.slow
def test_the_token_never_reaches_the_logs(site, caplog):
    site.admin.jobs = Rebuilder(lambda report: "stub")
    wrong = "wrong-token-that-must-not-be-logged"
    with caplog.at_level(logging.DEBUG):
        site.client.post(
            "/api/documents", json=ARTICLE, headers={"Authorization": f"Bearer {wrong}"}
        )
        added = site.client.post("/api/documents", json=ARTICLE, headers=AUTH).json()
        site.wait(added["job_id"])
        site.client.delete(f"/api/documents/{added['doc_id']}", headers=AUTH)
        site.client.delete("/api/documents/nope", headers={"Authorization": f"Bearer {TOKEN}x"})
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert "Refused a corpus change from testclient: wrong token" in logged
    assert TOKEN not in logged and wrong not in logged


def test_jobs_queued_during_a_rebuild_share_the_next_one():
    started, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def rebuild(report):
        calls.append(len(calls))
        started.set()
        report("read", 0.2)
        release.wait(5)
        return f"gen-{len(calls)}"

    jobs = Rebuilder(rebuild)
    first = jobs.submit("add a")
    assert started.wait(5)
    assert jobs.get(first.job_id).state == "running"
    assert jobs.get(first.job_id).progress == 0.2
    second, third = jobs.submit("add b"), jobs.submit("add c")
    assert jobs.get(second.job_id).state == "queued"
    release.set()
    done = [jobs.wait(j.job_id, 5) for j in (first, second, third)]
    assert [d.state for d in done] == ["done"] * 3
    assert [d.generation for d in done] == ["gen-1", "gen-2", "gen-2"]
    assert len(calls) == 2


def test_a_failing_rebuild_fails_its_jobs_with_the_reason_and_the_worker_lives_on():
    outcomes = iter([BuildError("disk full"), RuntimeError("boom"), "gen-3"])

    def rebuild(report):
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    jobs = Rebuilder(rebuild)
    failed = jobs.wait(jobs.submit("add a").job_id, 5)
    assert (failed.state, failed.message) == ("failed", "rebuild failed: disk full")
    crashed = jobs.wait(jobs.submit("add b").job_id, 5)
    assert crashed.state == "failed" and "RuntimeError: boom" in crashed.message
    assert jobs.wait(jobs.submit("add c").job_id, 5).state == "done"
    assert jobs.get("unknown") is None


def test_jobs_a_stopped_server_left_unfinished_read_failed_after_the_restart(tmp_path):
    from rag.jobs import INTERRUPTED

    record = tmp_path / "jobs.json"
    release = threading.Event()
    blocked = threading.Event()

    def rebuild(report):
        if blocked.is_set():
            release.wait(5)
        return "gen-1"

    before = Rebuilder(rebuild, record)
    finished = before.wait(before.submit("add a").job_id, 5)
    blocked.set()
    running, queued = before.submit("add b"), before.submit("add c")
    after = Rebuilder(rebuild, record)  # the restarted server reads the record
    assert after.get(finished.job_id) == finished
    for job in (running, queued):
        assert (after.get(job.job_id).state, after.get(job.job_id).message) == (
            "failed",
            INTERRUPTED,
        )
    release.set()
    assert before.wait(queued.job_id, 5).state == "done"  # its last write is done too
    record.write_text("{broken")
    assert Rebuilder(rebuild, record).get(finished.job_id) is None  # unreadable: start afresh
