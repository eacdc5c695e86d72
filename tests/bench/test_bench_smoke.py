"""Smoke run of the benchmark harness at tiny sizes: it runs and writes figures (none asserted)."""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from bench import run as bench_run
from bench.synthetic import all_sentences, load_sources
from bench.targets import judge


@pytest.fixture(scope="module")
def workload(embedder):
    """Three questions, the source sentences and their vectors (made once for this file)."""
    qs = bench_run.questions()[:3]
    sources = load_sources()
    sentence_vectors = embedder.encode(all_sentences(sources))
    bench_run.use_auto_lexical_engine()
    return qs, sources, sentence_vectors, bench_run.query_vectors(embedder, qs)


def _quiet() -> bench_run.Report:
    return bench_run.Report(echo=lambda line: None)


@pytest.mark.slow
def test_size_stage_makes_and_then_reuses_a_synthetic_generation(embedder, workload, tmp_path):
    qs, sources, sentence_vectors, qvecs = workload
    report = _quiet()
    first = bench_run.bench_size(report, qs, embedder, 200, sources, sentence_vectors, qvecs,
                                 cache=tmp_path, server=False)
    again = bench_run.bench_size(report, qs, embedder, 200, sources, sentence_vectors, qvecs,
                                 cache=tmp_path, server=False)
    text = "\n".join(report.lines)
    assert "## Synthetic corpus: 200 chunks" in text and "made by this run" in text
    assert "made by an earlier run, reused" in text
    assert "BM25 bm25s" in text and "BM25 rank-bm25" in text
    assert first["p50"] > 0 and again["p50"] > 0


@pytest.mark.slow
def test_size_stage_with_a_server_measures_cold_start_rss_and_http(embedder, workload, tmp_path):
    qs, sources, sentence_vectors, qvecs = workload
    report = _quiet()
    result = bench_run.bench_size(report, qs, embedder, 200, sources, sentence_vectors, qvecs,
                                  cache=tmp_path, server=True)
    assert result["server"] and 0 < result["server_cold_s"] < float("inf")
    assert result["http_p50"] > 0 and result["server_rss"] > 0
    assert "of which the server's answer" in "\n".join(report.lines)


@pytest.mark.slow
def test_retrieval_only_stage_stores_and_reloads_the_ann_index(embedder, workload):
    qs, sources, sentence_vectors, qvecs = workload
    report = _quiet()
    large = bench_run.bench_retrieval_only(report, qs, 2_000, sources, sentence_vectors, qvecs,
                                           embedder, ann_threshold=0, rank_bm25_questions=2)
    text = "\n".join(report.lines)
    assert 0.0 <= large["recall"] <= 1.0 and "read back" in text and "SQfp16" in text
    assert "random directions" in text
    assert large["rank_bm25_p50"] > 0


@pytest.mark.slow
def test_incremental_stage_builds_and_rebuilds_with_the_stand_in_model(embedder, tmp_path):
    from bench.synthetic import load_sources

    report = _quiet()
    result = bench_run.bench_incremental(report, tmp_path, load_sources(), embedder, 12)
    assert result["full_s"] > 0 and result["inc_s"] > 0
    assert "## Incremental rebuild: 12 articles" in "\n".join(report.lines)


@pytest.mark.slow
def test_txtai_stage_runs_in_its_own_process_on_the_same_generation(embedder, workload,
                                                                    tmp_path):
    pytest.importorskip("txtai", reason="txtai is in the bench extra and not installed here")
    qs, sources, sentence_vectors, qvecs = workload
    report = _quiet()
    ours = bench_run.bench_size(report, qs, embedder, 200, sources, sentence_vectors, qvecs,
                                cache=tmp_path, server=False)
    imported_before = "txtai" in sys.modules
    peer = bench_run.bench_txtai(report, qs, [ours], cache=tmp_path)
    assert peer is not None and peer["chunks"] >= 200
    assert peer["ratio"] > 0 and peer["answer_ratio"] > 0
    assert ours["retrieval_p50"] > 0 and peer["ours_retrieval_p50"] == ours["retrieval_p50"]
    # The peer ran in a child: this process did not import it.
    assert imported_before or "txtai" not in sys.modules
    text = "\n".join(report.lines)
    assert "## Peer: txtai hybrid index" in text
    assert "vs our hybrid retrieval" in text and "vs our full answer" in text
    detail = {t.name: t.detail for t in judge([ours], peer)}["peer_ratio_100k"]
    assert "against our full answer" in detail


@pytest.mark.slow
def test_a_failing_peer_process_is_reported_in_words_and_the_run_goes_on(workload, tmp_path):
    qs = workload[0]
    report = _quiet()
    # No generation in the cache: the child cannot load one.
    ours = {"n": 200, "p50": 10.0, "retrieval_p50": 5.0}
    assert bench_run.bench_txtai(report, qs, [ours], cache=tmp_path) is None
    text = "\n".join(report.lines)
    assert "Not measured: the txtai child process exited" in text or "not installed" in text
    assert "Traceback" not in text


@pytest.mark.slow
def test_a_generation_analysed_by_older_code_is_remade_unless_reuse_is_asked(
        embedder, workload, tmp_path, monkeypatch):
    from bench import generations
    from rag.assistant import Assistant
    from rag.config import Settings
    from rag.indexing import model_record

    qs, sources, sentence_vectors, _ = workload

    def generation(lines: list[str] | None = None, reuse: bool = False):
        echo = (lines if lines is not None else []).append
        return generations.synthetic_generation(sources, 150, sentence_vectors,
                                                model_record(embedder), 200_000, tmp_path,
                                                echo=echo, reuse_stale_analysis=reuse)

    generation()
    today = generations.analyzer_signature()
    monkeypatch.setattr(generations, "analyzer_signature",
                        lambda: {**today, "glossary": "next"})
    lines: list[str] = []
    folder, reused = generation(lines, reuse=True)
    assert not reused["made"]
    assert reused["stale_analyzer"] == {"glossary": {"generation": today["glossary"],
                                                     "code": "next"}}
    assert any("WARNING syn150" in line and "'next'" in line for line in lines)
    # The serving loader takes such a generation: a server would answer from it.
    assert Assistant(Settings(index_dir=folder), embedder=embedder).ask(qs[0]["question"]).text
    _, remade = generation()
    assert remade["made"] and "stale_analyzer" not in remade


@pytest.mark.slow
def test_a_stale_generation_todays_code_cannot_read_is_refused_in_words(
        embedder, workload, tmp_path, monkeypatch):
    from bench import generations
    from rag import analysis
    from rag.indexing import model_record

    _, sources, sentence_vectors, _ = workload
    args = (sources, 150, sentence_vectors, model_record(embedder), 200_000, tmp_path)
    generations.synthetic_generation(*args, echo=lambda line: None)
    today = generations.analyzer_signature()
    monkeypatch.setattr(generations, "analyzer_signature", lambda: {**today, "sentences": -1})

    def refuse(*_):
        raise ValueError("a sentence row of another shape")

    monkeypatch.setattr(analysis, "_sentence_from_json", refuse)
    with pytest.raises(generations.StaleGenerationError, match="--reuse-stale-analysis"):
        generations.synthetic_generation(*args, echo=lambda line: None,
                                         reuse_stale_analysis=True)


@pytest.mark.slow
def test_make_only_makes_the_generations_and_measures_nothing(tmp_path):
    folders = bench_run.make_generations([150], workers=1, cache=tmp_path / "cache",
                                         echo=lambda line: None)
    assert folders == [tmp_path / "cache" / "syn150" / "index"]
    assert (tmp_path / "cache" / "syn150" / "bench.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]


def test_analyzer_difference_is_only_about_the_analyser():
    from bench.generations import analyzer_difference

    stamp = {"n": 100, "format": 5, "analyzer": {"glossary": "a", "sentences": 20}}
    assert analyzer_difference(stamp, stamp) is None
    assert analyzer_difference(None, stamp) is None
    newer = {**stamp, "analyzer": {"glossary": "b", "sentences": 20}}
    assert analyzer_difference(stamp, newer) == {"glossary": {"generation": "a", "code": "b"}}
    # Another format or size is not a stale analysis: the generation must be remade.
    assert analyzer_difference(stamp, {**newer, "format": 6}) is None


def test_targets_measured_on_a_stale_generation_say_so_and_results_json_records_it(tmp_path):
    from bench.targets import write_results

    stale = {"glossary": {"generation": "a", "code": "b"}}
    sizes = [{"n": 1_000_000, "p50": 60.0, "p95": 200.0, "http_p50": 70.0, "http_p95": 240.0,
              "stale_analyzer": stale},
             {"n": 100_000, "p50": 40.0, "retrieval_p50": 20.0}]
    peer = {"n": 100_000, "p50": 30.0, "ours_retrieval_p50": 20.0, "ours_p50": 40.0,
            "ratio": 1.5, "answer_ratio": 0.75}
    targets = judge(sizes, peer)
    details = {t.name: t.detail for t in targets}
    assert "glossary 'a' → 'b'" in details["answer_p50_1m"]
    assert "older code" not in details["answer_p50_100k"]
    assert "= 1.50" in details["peer_ratio_100k"] and "= 0.75" in details["peer_ratio_100k"]
    path = write_results(tmp_path / "results.json", targets, {"cores": 2},
                         bench_run.stale_analysis(sizes))
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["stale_analysis"] == {"1000000": stale}


@pytest.mark.slow
def test_a_whole_run_writes_results_json_with_every_target(tmp_path):
    from bench.targets import NAMES

    out = tmp_path / "RESULTS.md"
    bench_run.run([150], 0, 0, out=out, peer=False, echo=lambda line: None,
                  incremental_articles=0, workers=1, cache=tmp_path / "cache", shipped=False,
                  question_limit=3)
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert set(results) == {"written", "machine", "targets"}
    assert [t["name"] for t in results["targets"]] == list(NAMES)
    assert all(set(t) >= {"name", "target", "measured", "met"} for t in results["targets"])
    # Nothing at 1M was measured: those targets are not met, never silently passed.
    assert not any(t["met"] for t in results["targets"] if t["name"].endswith("_1m"))
    assert "## Targets" in out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_whole_run_on_a_stale_generation_with_the_peer_records_both(tmp_path, monkeypatch):
    from bench import generations

    def whole_run(**options) -> dict:
        bench_run.run([150], 0, 0, out=tmp_path / "RESULTS.md", echo=lambda line: None,
                      incremental_articles=0, workers=1, cache=tmp_path / "cache",
                      shipped=False, question_limit=3, **options)
        return json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))

    whole_run(peer=False)
    today = generations.analyzer_signature()
    monkeypatch.setattr(generations, "analyzer_signature", lambda: {**today, "people": "next"})
    results = whole_run(peer=True, reuse_stale_analysis=True)
    assert results["stale_analysis"] == {"150": {"people": {"generation": today["people"],
                                                            "code": "next"}}}
    text = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert "**Analysed by older code**" in text and "## Peer: txtai hybrid index" in text


def test_results_json_keeps_an_earlier_runs_figure_for_a_target_not_measured_now(tmp_path):
    from bench.targets import judge, write_results

    path = tmp_path / "results.json"
    write_results(path, judge([{"n": 100_000, "p50": 40.0}], None), {"cores": 2})
    write_results(path, judge([{"n": 1_000_000, "p50": 90.0, "http_p50": 95.0}], None),
                  {"cores": 2})
    rows = {t["name"]: t for t in json.loads(path.read_text(encoding="utf-8"))["targets"]}
    assert rows["answer_p50_100k"]["measured"] == 40.0 and rows["answer_p50_100k"]["met"]
    assert rows["answer_p50_1m"]["measured"] == 95.0
    assert rows["answer_p50_100k"]["measured_at"] <= rows["answer_p50_1m"]["measured_at"]
    assert rows["cold_start_1m"]["measured"] is None and not rows["cold_start_1m"]["met"]


def test_targets_judge_both_in_process_and_http_figures():
    from bench.targets import judge

    sizes = [{"n": 1_000_000, "p50": 60.0, "p95": 200.0, "http_p50": 120.0, "http_p95": 240.0,
              "server_cold_s": 12.0, "server_rss": 5000.0, "recall": 0.97},
             {"n": 100_000, "p50": 40.0, "http_p50": 45.0, "server_cold_s": 9.0}]
    met = {t.name: t.met for t in judge(sizes, {"ratio": 2.0})}
    assert met == {"answer_p50_1m": False, "answer_p95_1m": True, "cold_start_1m": True,
                   "rss_1m": True, "ann_recall_1m": True, "peer_ratio_100k": True,
                   "answer_p50_100k": True, "http_p50_100k": True, "cold_start_100k": True}


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
