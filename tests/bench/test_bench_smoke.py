"""Smoke run of the benchmark harness at tiny sizes: it runs and writes figures (none asserted)."""

from __future__ import annotations

import numpy as np
import pytest

from bench import run as bench_run
from bench.synthetic import all_sentences, load_sources


@pytest.mark.slow
def test_bench_measures_a_small_synthetic_corpus_and_retrieval_only_run(embedder, tmp_path):
    report = bench_run.Report(echo=lambda line: None)
    qs = bench_run.questions()[:3]
    sources = load_sources()
    sentence_vectors = embedder.encode(all_sentences(sources))
    qvecs = bench_run.query_vectors(embedder, qs)
    bench_run.use_auto_lexical_engine()

    size = bench_run.bench_size(report, qs, embedder, tmp_path, 200, sources, sentence_vectors,
                                qvecs)
    large = bench_run.bench_retrieval_only(report, qs, 1_000, sources, sentence_vectors, qvecs,
                                           embedder)
    bench_run._targets(report, {"p50": 1.0}, [size], large)

    text = "\n".join(report.lines)
    assert "## Synthetic corpus: 200 chunks" in text
    assert "BM25 bm25s" in text and "BM25 rank-bm25" in text
    assert 0.0 <= large["recall"] <= 1.0
    assert "## Targets" in text


def test_percentiles_of_known_samples():
    assert bench_run.percentiles([1.0] * 10) == (1.0, 1.0, 1.0)
    p50, p95, p99 = bench_run.percentiles(list(map(float, range(1, 101))))
    assert p50 == pytest.approx(50.5) and p95 < p99 <= 100


def test_hand_written_notes_survive_a_regenerated_report(tmp_path):
    old = tmp_path / "RESULTS.md"
    old.write_text("# Benchmark results\n\n## Targets\n\n| a |\n\n"
                   "## Notes (added by hand after the run)\n\n- keep me\n", encoding="utf-8")
    assert bench_run.hand_notes(old) == ["## Notes (added by hand after the run)", "",
                                         "- keep me"]
    assert bench_run.hand_notes(tmp_path / "missing.md") == []


def test_mixture_vectors_are_unit_length_and_distinct(embedder):
    sentences = embedder.encode(["Lapas Pati menggelar apel.", "Rutan Blora ikrar netralitas.",
                                 "Kalapas memimpin upacara."])
    vectors = bench_run.mixture_vectors(sentences, 500, seed=1)
    assert vectors.shape == (500, sentences.shape[1])
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    assert len({v.tobytes() for v in vectors}) == 500


def test_agreement_counts_short_result_lists_against_their_own_length():
    # A question narrowed to one day may retrieve 2 passages; finding both is full agreement.
    assert bench_run._agreement([[1, 2]], [[2, 1]]) == 1.0
    assert bench_run._agreement([[1, 2, 3, 4, 5], []], [[1, 2, 3, 9, 8], []]) == 0.8
    assert bench_run._agreement([[]], [[4]]) == 0.0


def test_embedding_target_needs_both_speed_and_agreement():
    rows = [["torch", 30.0, 1.0, 1.0, 1.0, 1.0, 0.99, 5.0],
            ["openvino-int8", 66.0, 2.2, 0.996, 0.86, 0.96, 0.99, 1.0]]
    _, measured, verdict = bench_run._embedding_target(rows)
    assert "openvino-int8: 2.20×" in measured
    assert verdict == "met (assistant's retrieval); NOT met (vectors alone)"
    rows[1][2] = 1.8
    assert bench_run._embedding_target(rows)[2].startswith("NOT met (assistant's")
