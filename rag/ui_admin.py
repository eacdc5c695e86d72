"""UI admin panel: add and remove articles from the Artikel / Corpus tab, and follow the jobs.

Like ``rag.ui``, the panel only wires components; what it does is in the plain functions
here, which tests call without a browser. The token is typed into a password box: it
lives in that page only (sent with each action, never stored on the server or in the
browser's storage) and is checked by the same gate as the API, per client address.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import gradio as gr

from rag.admin import TOKEN_ENV, Admin, Change, NewArticle
from rag.errors import RagError
from rag.jobs import Job
from rag.ui import escape_text

OFF_NOTE = (
    "**Perubahan korpus lewat web dimatikan. / Corpus changes over the web are off.** "
    f"Server ini tidak memiliki `{TOKEN_ENV}`. / This server has no `{TOKEN_ENV}`; "
    "operators add articles with `python -m rag add FILE`."
)
ON_NOTE = (
    "Masukkan token admin untuk menambah atau menghapus artikel; indeks dibangun ulang di "
    "latar belakang. / Enter the admin token to add or remove articles; the index is rebuilt "
    "in the background and answers from the new articles once the job is done. "
    "Unggahan lewat halaman ini maksimal 1 MB; file lebih besar lewat API atau CLI. / "
    "Uploads here are limited to 1 MB; send larger files with the API or the CLI."
)
_STATE_WORDS = {
    "queued": "menunggu / queued",
    "running": "berjalan / running",
    "done": "selesai / done",
    "failed": "gagal / failed",
}


@dataclass(frozen=True)
class Outcome:
    """What one admin action tells the page: a message, and the job to follow (if any)."""

    message: str
    job_id: str | None = None


def admin_note(admin: Admin) -> str:
    """The line above the controls: how to use them, or that they are off."""
    return ON_NOTE if admin.enabled else OFF_NOTE


def submit_article(
    admin: Admin,
    client: str,
    token: str | None,
    title: str | None,
    text: str | None,
    source: str | None = None,
    published: str | None = None,
) -> Outcome:
    """Check the token, then add a pasted article; errors come back as words."""
    try:
        admin.authorize(client, (token or "").strip() or None)
        day = _day(published)
        article = NewArticle(title or "", text or "", (source or "").strip() or None, published=day)
        return _outcome(admin.add_article(article), "Artikel ditambahkan / Article added")
    except (RagError, ValueError) as exc:
        return Outcome(_failure(exc))


def submit_files(
    admin: Admin, client: str, token: str | None, paths: Sequence[str] | None
) -> Outcome:
    """Check the token, then add the uploaded files (paths of Gradio's upload copies)."""
    try:
        admin.authorize(client, (token or "").strip() or None)
        if not paths:
            raise ValueError("Pilih file dulu / Choose a file first")
        files = [(Path(p).name, Path(p).read_bytes()) for p in paths]
        return _outcome(admin.add_files(files), "File ditambahkan / Files added")
    except (RagError, ValueError, OSError) as exc:
        return Outcome(_failure(exc))


def submit_removal(admin: Admin, client: str, token: str | None, doc_id: str | None) -> Outcome:
    """Check the token, then move an article to the trash."""
    try:
        admin.authorize(client, (token or "").strip() or None)
        if not doc_id:
            raise ValueError("Pilih artikel dulu / Choose an article first")
        return _outcome(
            admin.remove(doc_id), "Artikel dipindah ke tempat sampah / Article moved to the trash"
        )
    except (RagError, ValueError) as exc:
        return Outcome(_failure(exc))


def jobs_markdown(admin: Admin, job_ids: Sequence[str]) -> tuple[str, bool]:
    """The followed jobs, newest first, and whether all of them have finished."""
    jobs = [job for job in (admin.job(j) for j in reversed(job_ids)) if job is not None]
    if not jobs:
        return "", True
    return "\n".join(_job_line(job) for job in jobs[:10]), all(job.finished for job in jobs)


def _job_line(job: Job) -> str:
    bar = "█" * round(job.progress * 10) + "░" * (10 - round(job.progress * 10))
    words = _STATE_WORDS[job.state]
    live = (
        " · jawaban sudah memakai perubahan ini / answers now use this change"
        if job.state == "done"
        else ""
    )
    return (
        f"- `{bar}` {round(job.progress * 100)}% **{words}** · {escape_text(job.change)} · "
        f"{escape_text(job.message)}{live}"
    )


def _outcome(change: Change, done: str) -> Outcome:
    ids = ", ".join(change.doc_ids)
    if change.job is None:
        return Outcome(f"Sudah ada di korpus / Already in the corpus: {escape_text(ids)}")
    return Outcome(f"{done}: {escape_text(ids)}", change.job.job_id)


def _failure(exc: Exception) -> str:
    return f"**{escape_text(str(exc))}**"


def _day(value: str | None) -> date | None:
    if not (value or "").strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ValueError(f"Tanggal “{value}” bukan YYYY-MM-DD / is not a YYYY-MM-DD date") from None


def _client(request: gr.Request | None) -> str:
    return request.client.host if request is not None and request.client else "unknown"


@dataclass
class AdminPanel:
    """The components ``rag.ui`` refreshes after a job: the removal picker and the timer."""

    remove_pick: gr.Dropdown
    timer: gr.Timer
    status: gr.Markdown
    job_ids: gr.State


def admin_panel(admin: Admin, choices: list[tuple[str, str]]) -> AdminPanel:
    """Paste / upload / remove controls with the job list; inert (and saying so) when off."""
    on = admin.enabled
    label = "Tambah / hapus artikel · Add / remove articles" + ("" if on else " (mati / off)")
    with gr.Accordion(label, open=on, elem_id="admin"):
        gr.Markdown(admin_note(admin), elem_id="admin-note")
        token = gr.Textbox(
            label="Token admin", type="password", interactive=on, elem_id="admin-token"
        )
        with gr.Tab("Tempel / Paste"):
            title = gr.Textbox(label="Judul / Title", interactive=on, elem_id="admin-title")
            text = gr.Textbox(label="Isi / Text", lines=6, interactive=on, elem_id="admin-text")
            with gr.Row():
                source = gr.Textbox(label="Media / Outlet", interactive=on, elem_id="admin-source")
                published = gr.Textbox(label="Terbit / Published (YYYY-MM-DD)", interactive=on,
                                       elem_id="admin-published")  # fmt: skip
            add = gr.Button("Tambah artikel / Add article", interactive=on, elem_id="admin-add")
        with gr.Tab("Unggah / Upload"):
            files = gr.File(file_count="multiple", file_types=[".txt", ".md", ".jsonl"], type="filepath",
                            interactive=on, label=".txt / .md / .jsonl", elem_id="admin-files")  # fmt: skip
            upload = gr.Button("Unggah / Upload", interactive=on, elem_id="admin-upload")
        with gr.Row():
            remove_pick = gr.Dropdown(choices, value=None, label="Hapus artikel / Remove an article",
                                      interactive=on, elem_id="admin-remove-pick")  # fmt: skip
            remove = gr.Button(
                "Hapus / Remove", variant="stop", interactive=on, elem_id="admin-remove"
            )
        result = gr.Markdown("", elem_id="admin-result")
        status = gr.Markdown("", elem_id="admin-jobs")
    job_ids = gr.State([])
    timer = gr.Timer(1.0, active=False)

    def follow(outcome: Outcome, followed: list[str]):
        followed = [*followed, outcome.job_id] if outcome.job_id else followed
        lines, _ = jobs_markdown(admin, followed)
        return outcome.message, followed, lines, gr.Timer(active=outcome.job_id is not None)

    def on_add(tok, ti, te, so, pu, followed, request: gr.Request):
        return follow(submit_article(admin, _client(request), tok, ti, te, so, pu), followed)

    def on_upload(tok, paths, followed, request: gr.Request):
        return follow(submit_files(admin, _client(request), tok, paths), followed)

    def on_remove(tok, doc_id, followed, request: gr.Request):
        return follow(submit_removal(admin, _client(request), tok, doc_id), followed)

    outputs = [result, job_ids, status, timer]
    add.click(
        on_add, [token, title, text, source, published, job_ids], outputs, api_visibility="private"
    )
    upload.click(on_upload, [token, files, job_ids], outputs, api_visibility="private")
    remove.click(on_remove, [token, remove_pick, job_ids], outputs, api_visibility="private")
    return AdminPanel(remove_pick, timer, status, job_ids)
