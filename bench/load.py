"""Load test: N concurrent clients POST /api/query for a fixed time; prints p50/p95, errors, RSS.

    python bench/load.py [--clients 32] [--seconds 60] [--rebuild]

Starts the app on 127.0.0.1 (a free port) in this process, over a copy of the shipped corpus
in a temporary folder. ``--rebuild`` runs a real ``python -m rag build`` subprocess midway,
so the index is swapped in under load. Loopback only; bounded in clients, time and requests.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUESTIONS = [
    "Berapa jumlah penghuni Lapas/Rutan/LPKA di Babel per 21 Desember 2023?",
    "UPT mana saja yang melaksanakan ikrar netralitas pada bulan Desember?",
    "Which UPT held a neutrality pledge in December?",
    "Who led the roll call in Pati?",
    "Siapa yang memimpin apel di Lapas Pati?",
]
MAX_CLIENTS = 64
MAX_SECONDS = 120
MAX_REQUESTS = 200_000


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    generations: set[str] = field(default_factory=set)
    health_latencies: list[float] = field(default_factory=list)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


async def _client(http: httpx.AsyncClient, deadline: float, tally: Tally, offset: int) -> None:
    n = offset
    while time.monotonic() < deadline and len(tally.latencies) < MAX_REQUESTS:
        body = {"question": QUESTIONS[n % len(QUESTIONS)], "top_k": 5}
        n += 1
        started = time.perf_counter()
        try:
            response = await http.post("/api/query", json=body)
        except httpx.HTTPError as exc:
            tally.errors.append(f"{type(exc).__name__}: {exc}")
            continue
        tally.latencies.append(time.perf_counter() - started)
        if response.status_code != 200:
            tally.errors.append(f"HTTP {response.status_code}: {response.text[:200]}")
        else:
            tally.generations.add(response.json()["generation"])


async def _health_probe(http: httpx.AsyncClient, deadline: float, tally: Tally) -> None:
    """/api/health must stay fast while every query worker is busy."""
    while time.monotonic() < deadline:
        started = time.perf_counter()
        response = await http.get("/api/health")
        tally.health_latencies.append(time.perf_counter() - started)
        if response.status_code != 200:
            tally.errors.append(f"health HTTP {response.status_code}")
        await asyncio.sleep(0.25)


async def drive(base_url: str, clients: int, seconds: float) -> Tally:
    """Run ``clients`` concurrent question loops against ``base_url`` for ``seconds``."""
    clients = min(clients, MAX_CLIENTS)
    seconds = min(seconds, MAX_SECONDS)
    tally = Tally()
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients + 2)
    async with httpx.AsyncClient(base_url=base_url, timeout=60, limits=limits) as http:
        await asyncio.gather(
            _health_probe(http, deadline, tally),
            *(_client(http, deadline, tally, i) for i in range(clients)),
        )
    return tally


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """The full app (API + UI) under uvicorn on 127.0.0.1 in a background thread."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = _free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def rebuild_process(corpus: Path, index: Path) -> subprocess.Popen:
    """A real ``python -m rag build`` after changing one article, so a new generation appears."""
    target = min(corpus.iterdir())
    target.write_text(target.read_text(encoding="utf-8") + "\nPetugas berjaga.\n", "utf-8")
    return subprocess.Popen(
        [sys.executable, "-m", "rag", "build", "--corpus", str(corpus), "--index", str(index)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )


def report(tally: Tally, seconds: float, rss_before: float, rss_after: float) -> str:
    lat = [x * 1000 for x in tally.latencies]
    health = [x * 1000 for x in tally.health_latencies]
    return (
        f"requests {len(lat)} in {seconds:.0f} s ({len(lat) / seconds:.1f}/s), errors "
        f"{len(tally.errors)}; latency ms p50 {_percentile(lat, .5):.0f} p95 "
        f"{_percentile(lat, .95):.0f} max {max(lat, default=0):.0f}; health p95 "
        f"{_percentile(health, .95):.0f} ms; generations {len(tally.generations)}; RSS "
        f"{rss_before:.0f} → {rss_after:.0f} MB ({rss_after - rss_before:+.0f} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--rebuild", action="store_true", help="Swap the index in midway.")
    args = parser.parse_args()

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from app import create_app, set_torch_threads
    from rag.config import Settings

    set_torch_threads()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(shutil.copytree(ROOT / "corpus", Path(tmp) / "corpus"))
        settings = Settings(corpus_dir=corpus, index_dir=Path(tmp) / "index")
        app = create_app(settings, watch=True)
        with Server(app) as server:
            asyncio.run(drive(server.url, 4, 3))  # warm-up, not counted
            rss_before = _rss_mb()
            builder = None
            if args.rebuild:
                builder = rebuild_process(corpus, settings.index_dir)
            tally = asyncio.run(drive(server.url, args.clients, args.seconds))
            rss_after = _rss_mb()
            if builder is not None:
                builder.wait(timeout=120)
        print(report(tally, args.seconds, rss_before, rss_after))
        for error in tally.errors[:5]:
            print("  error:", error)


if __name__ == "__main__":
    main()
