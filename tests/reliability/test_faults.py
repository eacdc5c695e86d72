"""Faults survived: killed rebuilds, damaged generations, a full disk, hot swaps under load."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from rag import store
from rag.assistant import Assistant
from rag.config import PROJECT_ROOT, Settings
from rag.errors import IndexCorruptError
from rag.indexing import build_index
from rag.store import clean_leftovers, list_generations, load_serving, read_current
from tests.conftest import copy_corpus
from tests.reliability.pausing import wait_for_pause

pytestmark = pytest.mark.slow

QUESTION = "Berapa jumlah penghuni Lapas/Rutan/LPKA di Babel per 21 Desember 2023?"


@pytest.fixture(scope="module")
def base(tmp_path_factory, embedder):
    """A corpus copy with a good two-generation index; tests work on copies of it."""
    root = tmp_path_factory.mktemp("faults")
    settings = Settings(corpus_dir=copy_corpus(root / "corpus"), index_dir=root / "index")
    build_index(settings, embedder=embedder, progress=False)
    build_index(settings, embedder=embedder, progress=False)
    return settings


@pytest.fixture
def work(base, tmp_path):
    """A private copy of the base corpus and index."""
    corpus = shutil.copytree(base.corpus_dir, tmp_path / "corpus")
    index = shutil.copytree(base.index_dir, tmp_path / "index")
    return Settings(corpus_dir=corpus, index_dir=index)


def _change_an_article(settings: Settings) -> None:
    target = min(settings.corpus_dir.iterdir())
    target.write_text(target.read_text(encoding="utf-8") + "\nPetugas berjaga hingga malam.\n", "utf-8")


def _build_process(settings: Settings, pause: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(PROJECT_ROOT)}
    env.pop(store.PAUSE_ENV, None)
    if pause:
        env[store.PAUSE_ENV] = pause
    command = [sys.executable, "-m", "rag", "build", "--corpus", str(settings.corpus_dir),
               "--index", str(settings.index_dir)]
    return subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)



def _assert_serving_is_whole(settings: Settings, allowed: set[str]) -> str:
    """The index loads, from a complete generation in ``allowed``; returns its name."""
    data = load_serving(settings.index_dir)
    assert data.generation in allowed
    assert read_current(settings.index_dir) == data.generation
    assert len(data.articles) == 5 and len(data.chunks) == data.vectors.shape[0]
    return data.generation


# ``tmp_written`` (data written, not yet verified) behaves as ``before_rename``; not repeated.
STAGES = ["after_embed", "before_rename", "before_current", "after_current"]


def _copy(base: Settings, root: Path) -> Settings:
    return Settings(corpus_dir=shutil.copytree(base.corpus_dir, root / "corpus"),
                    index_dir=shutil.copytree(base.index_dir, root / "index"))


@pytest.fixture(scope="module")
def killed(base, tmp_path_factory):
    """One real ``python -m rag build`` per stage, paused there and killed with SIGKILL.

    Sequential: side by side, five torch processes thrash two cores and take longer.
    Returns ``{stage: (settings, generation serving before, generations at the kill)}``.
    """
    results = {}
    for stage in STAGES:
        settings = _copy(base, tmp_path_factory.mktemp(f"kill-{stage}"))
        before = read_current(settings.index_dir)
        _change_an_article(settings)
        process = _build_process(settings, pause=stage)
        try:
            wait_for_pause(process, stage)
            shot = {p.name for p in list_generations(settings.index_dir)}
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL
        results[stage] = (settings, before, shot)
    return results


@pytest.mark.parametrize("stage", STAGES)
def test_rebuild_killed_at_a_stage_leaves_a_whole_index(killed, stage, embedder):
    settings, before, shot = killed[stage]
    new = shot - {before}
    allowed = {before} | (new if stage == "after_current" else set())
    serving = _assert_serving_is_whole(settings, allowed)
    assert (serving != before) == (stage == "after_current")

    clean_leftovers(settings.index_dir)  # what the next server start does
    assert not list(settings.index_dir.glob(".tmp-*"))
    report = build_index(settings, embedder=embedder, progress=False)  # the next build succeeds
    assert read_current(settings.index_dir) == report.generation
    assert len(list_generations(settings.index_dir)) <= store.KEEP_GENERATIONS


def test_rebuild_killed_after_a_random_delay_never_breaks_the_index(work):
    generations = {read_current(work.index_dir)}
    _change_an_article(work)
    process = _build_process(work)
    time.sleep(random.Random(6).uniform(2.0, 8.0))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    generations |= {p.name for p in list_generations(work.index_dir)}
    _assert_serving_is_whole(work, generations)


# ------------------------------------------------------------------ damaged generations


def _flip_a_byte(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _edit_manifest(**changes):
    def edit(folder: Path) -> None:
        path = folder / "manifest.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        for key, value in changes.items():
            manifest["model"][key] = value
        path.write_text(json.dumps(manifest), encoding="utf-8")
    return edit


DAMAGE = {
    "truncated-vectors": (lambda f: _truncate(f / "vectors.npy"), "vectors.npy is damaged"),
    "bit-flipped-vectors": (lambda f: _flip_a_byte(f / "vectors.npy"), "vectors.npy is damaged"),
    "bit-flipped-chunks": (lambda f: _flip_a_byte(f / "chunks.npy"), "chunks.npy is damaged"),
    "missing-bm25-tokens": (lambda f: (f / "tokens.json").unlink(), "tokens.json is missing"),
    "bit-flipped-sentences": (
        lambda f: _flip_a_byte(f / "sentences.json"), "sentences.json is damaged"
    ),
    "missing-sentences": (lambda f: (f / "sentences.json").unlink(), "sentences.json is missing"),
    "bit-flipped-texts": (lambda f: _flip_a_byte(f / "texts.bin"), "texts.bin is damaged"),
    "bit-flipped-sentence-rows": (
        lambda f: _flip_a_byte(f / "sentence_rows.bin"), "sentence_rows.bin is damaged"
    ),
    "missing-text-offsets": (
        lambda f: (f / "text_offsets.npy").unlink(), "text_offsets.npy is missing"
    ),
    "missing-manifest": (lambda f: (f / "manifest.json").unlink(), "manifest unreadable"),
    "dimension-mismatch": (_edit_manifest(dimension=768), "vector dimension"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_generation_is_refused_and_the_previous_one_serves(work, kind, caplog):
    newest, previous = list_generations(work.index_dir)[:2]
    damage, message = DAMAGE[kind]
    damage(newest)
    data = load_serving(work.index_dir)
    assert data.generation == previous.name
    assert message in caplog.text


def test_model_mismatch_is_refused(work, embedder):
    newest, previous = list_generations(work.index_dir)[:2]
    _edit_manifest(name="other-model")(newest)
    data = load_serving(work.index_dir, expected_model=embedder.name)
    assert data.generation == previous.name
    with pytest.raises(IndexCorruptError, match="built with model 'other-model'"):
        store.load_generation_dir(newest, expected_model=embedder.name)
    with pytest.raises(IndexCorruptError, match="dimension 384, the model makes 768"):
        store.load_generation_dir(previous, expected_dimension=768)


def test_cli_exits_nonzero_with_a_message_when_every_generation_is_damaged(work):
    for folder in list_generations(work.index_dir):
        _flip_a_byte(folder / "vectors.npy")
    result = subprocess.run(
        [sys.executable, "-m", "rag", "ask", "Siapa?", "--index", str(work.index_dir)],
        check=False, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert result.returncode == 1
    assert "No usable index generation" in result.stderr and "vectors.npy is damaged" in result.stderr
    assert "Traceback" not in result.stderr


# ------------------------------------------------------------------ disk full


def test_disk_full_during_a_rebuild_is_a_clear_error_and_the_old_index_stays(
    work, embedder, monkeypatch
):
    # Simulated in-process: the tests run as root, for whom chmod does not block writes.
    before = read_current(work.index_dir)
    _change_an_article(work)

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "vectors.npy")

    monkeypatch.setattr(store.np, "save", full_disk)
    with pytest.raises(OSError, match="No space left"):
        build_index(work, embedder=embedder, progress=False)
    assert read_current(work.index_dir) == before
    assert not list(work.index_dir.glob(".tmp-*"))
    assert load_serving(work.index_dir).generation == before

    from click.testing import CliRunner

    from rag.cli import main

    monkeypatch.setattr("rag.indexing.get_embedder", lambda *a, **k: embedder)
    result = CliRunner().invoke(main, ["build", "--corpus", str(work.corpus_dir),
                                       "--index", str(work.index_dir)])
    assert result.exit_code == 1
    assert "No space left on device" in result.output
    assert read_current(work.index_dir) == before


# ------------------------------------------------------------------ hot swap


def test_a_rebuild_is_picked_up_without_restart_and_each_answer_names_one_generation(
    work, embedder
):
    assistant = Assistant(work, embedder=embedder)
    old = assistant.index.generation
    old_chunks = {c.chunk_id: c.text for c in assistant.index.chunks}
    _change_an_article(work)
    new = build_index(work, embedder=embedder, progress=False).generation
    new_chunks = {c.chunk_id: c.text for c in load_serving(work.index_dir).chunks}
    assert old_chunks != new_chunks

    answers, errors, stop = [], [], threading.Event()

    def ask_repeatedly() -> None:
        while not stop.is_set():
            try:
                answers.append(assistant.ask(QUESTION))
            except Exception as exc:  # noqa: BLE001 - any failure is the finding
                errors.append(exc)

    workers = [threading.Thread(target=ask_repeatedly) for _ in range(4)]
    for worker in workers:
        worker.start()
    time.sleep(0.5)
    assert assistant.reload() is True
    time.sleep(0.5)
    stop.set()
    for worker in workers:
        worker.join(timeout=30)
    assert not errors
    assert assistant.index.generation == new
    assert {a.generation for a in answers} == {old, new}
    for answer in answers:
        chunks = old_chunks if answer.generation == old else new_chunks
        assert all(chunks[c.chunk_id] == c.text for c in answer.citations)


def test_watcher_swaps_in_a_new_generation(work, embedder):
    assistant = Assistant(work, embedder=embedder)
    assistant.watch(interval=0.1)
    try:
        _change_an_article(work)
        new = build_index(work, embedder=embedder, progress=False).generation
        deadline = time.monotonic() + 10
        while assistant.index.generation != new and time.monotonic() < deadline:
            time.sleep(0.05)
        assert assistant.index.generation == new
        assert assistant.ask(QUESTION).generation == new
    finally:
        assistant.close()


def test_a_damaged_new_generation_does_not_replace_the_serving_one(work, embedder):
    assistant = Assistant(work, embedder=embedder)
    old = assistant.index.generation
    _change_an_article(work)
    new = build_index(work, embedder=embedder, progress=False).generation
    _flip_a_byte(work.index_dir / "generations" / new / "vectors.npy")
    assistant.reload()
    assert assistant.index.generation == old
    np.testing.assert_equal(assistant.ask(QUESTION).generation, old)
