"""Start tanya-pas: the Gradio chat at ``/`` and the JSON API at ``/api`` on one server.

    python app.py [--host 127.0.0.1] [--port 7860] [--index DIR] [--corpus DIR]

Builds the index first when none exists, then serves; a rebuild made while it runs
(``python -m rag build``) is picked up without a restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

import click

from rag.config import Settings, load_settings
from rag.errors import IndexMissingError, RagError

log = logging.getLogger("tanya-pas")


def create_app(settings: Settings, watch: bool = True):
    """The FastAPI app with the UI mounted at ``/``; builds the index if there is none."""
    import gradio as gr

    from rag.api import create_api
    from rag.assistant import Assistant
    from rag.indexing import build_index
    from rag.ui import build_ui

    try:
        assistant = Assistant(settings)
    except IndexMissingError:
        log.warning("No index in %s: building it from %s", settings.index_dir, settings.corpus_dir)
        click.echo(build_index(settings).summary())
        assistant = Assistant(settings)
    if watch:
        assistant.watch()
    api = create_api(assistant)
    return gr.mount_gradio_app(api, build_ui(assistant), path="/", footer_links=["api"])


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
    click.echo(f"tanya-pas: chat at http://{host}:{port}/  API docs at http://{host}:{port}/docs")
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
