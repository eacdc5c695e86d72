"""The page's admin panel functions (no browser) and ``python -m rag add/remove``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rag.admin import Admin
from rag.cli import main
from rag.corpus import read_corpus
from rag.jobs import Rebuilder
from rag.store import read_current
from rag.ui import build_ui
from rag.ui_admin import (
    OFF_NOTE,
    admin_note,
    jobs_markdown,
    submit_article,
    submit_files,
    submit_removal,
)
from tests.admin.conftest import ARTICLE, TOKEN

pytestmark = pytest.mark.slow  # builds an index (once per session)


def test_panel_says_changes_are_off_and_refuses_without_a_server_token(site):
    off = Admin(site.settings, site.assistant, token=None)
    assert admin_note(off) == OFF_NOTE
    outcome = submit_article(off, "ui", TOKEN, ARTICLE["title"], ARTICLE["text"])
    assert "corpus changes over HTTP are off" in outcome.message and outcome.job_id is None


def test_panel_add_follow_and_remove(site):
    site.admin.jobs = Rebuilder(lambda report: "stubgen")
    wrong = submit_article(site.admin, "ui", "nope", ARTICLE["title"], ARTICLE["text"])
    assert "wrong token" in wrong.message and wrong.job_id is None
    bad_day = submit_article(site.admin, "ui", TOKEN, "t", "Apel pagi.", published="21/12/2023")
    assert "is not a YYYY" in bad_day.message
    added = submit_article(site.admin, "ui", TOKEN, ARTICLE["title"], ARTICLE["text"],
                           ARTICLE["source"], ARTICLE["published"])  # fmt: skip
    assert added.job_id and "Article added" in added.message
    site.admin.jobs.wait(added.job_id, 10)
    lines, finished = jobs_markdown(site.admin, [added.job_id])
    assert finished and "done" in lines and "stubgen" in lines
    again = submit_article(site.admin, "ui", TOKEN, ARTICLE["title"], ARTICLE["text"])
    assert "Already in the corpus" in again.message and again.job_id is None
    (doc_id,) = [a.doc_id for a in read_corpus(site.settings.corpus_dir)[0]
                 if a.title == ARTICLE["title"]]  # fmt: skip
    removed = submit_removal(site.admin, "ui", TOKEN, doc_id)
    assert removed.job_id and "trash" in removed.message


def test_panel_upload(site, tmp_path):
    site.admin.jobs = Rebuilder(lambda report: "stubgen")
    path = tmp_path / "kiriman.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    outcome = submit_files(site.admin, "ui", TOKEN, [str(path)])
    assert outcome.job_id and "Files added" in outcome.message
    assert "Choose a file" in submit_files(site.admin, "ui", TOKEN, []).message


def test_the_panel_adds_no_public_endpoint(site):
    page = build_ui(site.assistant, site.admin)
    named = {d.api_name for d in page.fns.values() if d.api_visibility == "public"}
    assert named == {"chat"}


def test_cli_add_and_remove_rebuild_without_a_token(admin_base, tmp_path, embedder, monkeypatch):
    import shutil

    corpus = shutil.copytree(admin_base.corpus_dir, tmp_path / "corpus")
    index = shutil.copytree(admin_base.index_dir, tmp_path / "index")
    monkeypatch.delenv("TANYA_PAS_ADMIN_TOKEN", raising=False)
    # The CLI loads the model by name; the session's copy is cached under the same key.
    monkeypatch.setattr("rag.indexing.get_embedder", lambda *a, **k: embedder)
    article = tmp_path / "kiriman.jsonl"
    article.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    before = read_current(index)
    folders = ["--corpus", str(corpus), "--index", str(index)]
    runner = CliRunner()
    added = runner.invoke(main, ["add", str(article), *folders])
    assert added.exit_code == 0, added.output
    doc_id = added.output.split("added: ")[1].split()[0]
    assert "1 added" in added.output and read_current(index) != before
    again = runner.invoke(main, ["add", str(article), *folders])
    assert (
        f"already in the corpus: {doc_id}" in again.output
        and "Index generation" not in again.output
    )
    removed = runner.invoke(main, ["remove", doc_id, *folders])
    assert removed.exit_code == 0 and "1 removed" in removed.output
    missing = runner.invoke(main, ["remove", doc_id, *folders])
    assert missing.exit_code == 1 and "no article with id" in missing.output
    bad = tmp_path / "kosong.txt"
    bad.write_text("   ")
    refused = runner.invoke(main, ["add", str(bad), *folders])
    assert refused.exit_code == 1 and "empty" in refused.output
