"""The scale targets of ``python -m rag bench``, judged from its figures and written as
``bench/results.json`` beside RESULTS.md (machine-readable: CI and reviewers read one file).

A target whose stage did not run keeps the figure an earlier run wrote into the same
file (each target says when it was measured, ``measured_at``), so a 1M run that takes an
hour can be made apart from the 100k one; with no earlier figure it is written with
``measured: null`` and ``met: false``: a missing figure never passes.
"""

from __future__ import annotations

import json
import os
import platform
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

#: Every target ``results.json`` holds, in order.
NAMES = ("answer_p50_1m", "answer_p95_1m", "cold_start_1m", "rss_1m", "ann_recall_1m",
         "peer_ratio_100k", "answer_p50_100k", "http_p50_100k", "cold_start_100k")


@dataclass(frozen=True)
class Target:
    """One target: ``measured`` (None when not measured) against ``target``.

    ``detail`` says what was measured (e.g. both in process and over HTTP).
    """

    name: str
    target: str
    measured: float | None
    met: bool
    detail: str = ""
    measured_at: str | None = None


def _at_most(name: str, target: str, limit: float, measured: float | None,
             detail: str = "") -> Target:
    ok = measured is not None and measured <= limit
    return Target(name, target, _rounded(measured), ok, detail)


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(float(value), 3)


def judge(sizes: list[dict], peer: dict | None, large: dict | None = None) -> list[Target]:
    """All targets from the per-size results (``bench_size``) and the txtai peer.

    "In process" is the bench process's own answers, asked alternately with the same
    questions over HTTP. The server's own answer time (``timings_ms.total``) is given in
    the details: it separates the HTTP layer from the server process being slower.

    ``large`` is the retrieval-only run: its recall (same stored-index code, same
    questions) stands for ``ann_recall_1m`` when no 1M corpus was answered end to end.

    ``peer_ratio_100k`` is judged like for like: txtai's hybrid search p50 over our hybrid
    retrieval p50 (``peer["ratio"]``); the detail gives the ratio to our full answer too.
    A target measured on a generation analysed by older code says so in its detail.
    """
    by_n = {r["n"]: r for r in sizes}
    big, mid = by_n.get(1_000_000, {}), by_n.get(100_000, {})
    recall, recall_from = big.get("recall"), "the 1M end-to-end corpus"
    if recall is None and large and large.get("n", 0) >= 1_000_000:
        recall, recall_from = large["recall"], "the 1M retrieval-only run"
    worst_p50 = _worst(big.get("p50"), big.get("http_p50"))
    worst_p95 = _worst(big.get("p95"), big.get("http_p95"))
    both = "worse of in process and over HTTP"
    http_gap = (mid["http_p50"] - mid["p50"]) if "http_p50" in mid else None
    ratio = peer.get("ratio") if peer else None
    on_big, on_mid = _stale(big), _stale(mid)
    on_peer = _stale(by_n.get(peer.get("n"), {})) if peer else ""
    return [
        _at_most("answer_p50_1m", "≤ 100 ms", 100, worst_p50,
                 both + _pair(big, "p50") + on_big),
        _at_most("answer_p95_1m", "≤ 250 ms", 250, worst_p95,
                 both + _pair(big, "p95") + on_big),
        _at_most("cold_start_1m", "≤ 15 s", 15, big.get("server_cold_s"),
                 "server process start to first answer, s" + on_big),
        _at_most("rss_1m", "≤ 6144 MB", 6144, big.get("server_rss"),
                 "server process, MB" + on_big),
        Target("ann_recall_1m", "≥ 0.95", _rounded(recall),
               recall is not None and recall >= 0.95,
               f"recall@10 of the stored IVF index vs exact search, the bench's questions, "
               f"{recall_from}" + (on_big if big.get("recall") is not None else "")),
        Target("peer_ratio_100k", "> 1 (ours faster)", _rounded(ratio),
               ratio is not None and ratio > 1, _peer_detail(peer) + on_peer),
        _at_most("answer_p50_100k", "≤ 50 ms", 50, mid.get("p50"), "in process" + on_mid),
        _at_most("http_p50_100k", "≤ 10 ms over in-process p50", 10, http_gap,
                 "HTTP p50 minus in-process p50, ms" + _pair(mid, "p50") + on_mid),
        _at_most("cold_start_100k", "≤ 10 s", 10, mid.get("server_cold_s"),
                 "server process start to first answer, s" + on_mid),
    ]


def _peer_detail(peer: dict | None) -> str:
    """What the peer ratio compares, with both ratios when they were measured."""
    what = ("txtai hybrid search p50 / our hybrid retrieval p50 (like for like: question "
            "analysis, encode, BM25, vectors, fusion, top 30), same 100k chunks and questions, "
            "txtai in its own process")
    if not peer or "answer_ratio" not in peer:
        return what
    return (f"{what}: retrieval {peer['p50']:.1f} / {peer['ours_retrieval_p50']:.1f} ms = "
            f"{peer['ratio']:.2f}; against our full answer (retrieval, reading, composing) "
            f"{peer['p50']:.1f} / {peer['ours_p50']:.1f} ms = {peer['answer_ratio']:.2f}")


def _stale(result: dict) -> str:
    """A detail's note that the size's generation was analysed by older code (or "")."""
    from bench.generations import describe_difference

    stale = result.get("stale_analyzer")
    if not stale:
        return ""
    return (f"; generation analysed by older code, reused with --reuse-stale-analysis "
            f"(generation → code: {describe_difference(stale)})")


def _worst(*values: float | None) -> float | None:
    present = [v for v in values if v is not None]
    return max(present) if len(present) == len(values) else None


def _pair(result: dict, key: str) -> str:
    if key not in result:
        return ""
    http, inside = result.get(f"http_{key}"), result.get(f"inside_{key}")
    if http is None:
        return f" (in process {result[key]:.1f} ms, HTTP not measured)"
    own = f", of which the server's own answer {inside:.1f} ms" if inside is not None else ""
    return f" (in process {result[key]:.1f} ms, HTTP {http:.1f} ms{own})"


def machine_record() -> dict:
    """The machine and its load, for ``results.json``."""
    import faiss

    return {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
            "python": platform.python_version(), "faiss": faiss.__version__,
            "load_average_1min": round(os.getloadavg()[0], 2)}


def write_results(path: Path, targets: list[Target], machine: dict,
                  stale_analysis: dict[str, dict] | None = None) -> Path:
    """Write ``{"written", "machine", "targets"}`` to ``path`` (UTF-8 JSON), keeping an
    earlier run's entry for each target this run did not measure.

    ``stale_analysis`` (sizes whose generation was analysed by older code, what differs)
    is written as a top-level ``"stale_analysis"`` when there is any; each target measured
    on such a generation says so in its own ``detail`` too, which outlives this run.
    """
    now = datetime.now(UTC).isoformat(timespec="seconds")
    earlier = _earlier(path)
    rows = []
    for target in targets:
        row = asdict(target)
        if target.measured is not None:
            row["measured_at"] = now
        elif earlier.get(target.name, {}).get("measured") is not None:
            row = earlier[target.name]
        rows.append(row)
    payload = {"written": now, "machine": machine, "targets": rows}
    if stale_analysis:
        payload["stale_analysis"] = stale_analysis
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def _earlier(path: Path) -> dict[str, dict]:
    """The targets of an earlier ``results.json`` at ``path``, by name (empty if none)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {t["name"]: {"measured_at": data.get("written"), **t} for t in data["targets"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def table_rows(targets: list[Target]) -> list[list[object]]:
    """Rows for the RESULTS.md targets table."""
    return [[t.name, t.target, "not measured" if t.measured is None else t.measured,
             "met" if t.met else "NOT met", t.detail] for t in targets]
