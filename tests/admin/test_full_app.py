"""The whole app (API + UI mounted) with the admin token in the environment."""

from __future__ import annotations

import logging
import shutil
import time

import pytest
from fastapi.testclient import TestClient

from rag.admin import TOKEN_ENV
from rag.config import Settings
from tests.admin.conftest import ARTICLE, AUTH, TOKEN

pytestmark = pytest.mark.slow


@pytest.fixture
def full(admin_base, tmp_path, monkeypatch, caplog):
    import app

    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    settings = Settings(
        corpus_dir=shutil.copytree(admin_base.corpus_dir, tmp_path / "corpus"),
        index_dir=shutil.copytree(admin_base.index_dir, tmp_path / "index"),
    )
    with caplog.at_level(logging.INFO):
        client = TestClient(app.create_app(settings, watch=False))
    return client


def test_admin_routes_work_through_the_mounted_app_and_the_token_stays_out_of_logs(full, caplog):
    started = " ".join(r.getMessage() for r in caplog.get_records("setup"))
    assert "Corpus changes over HTTP are on" in started and TOKEN not in started
    assert full.post("/api/documents", json=ARTICLE).status_code == 401
    response = full.post("/api/documents", json=ARTICLE, headers=AUTH)
    assert response.status_code == 202
    job = response.json()["job_id"]
    for _ in range(600):
        state = full.get(f"/api/jobs/{job}").json()
        if state["state"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert state["state"] == "done", state
    answer = full.post(
        "/api/query", json={"question": "Berapa kantong darah terkumpul di Lapas Sibolga?"}
    )
    assert response.json()["doc_id"] in {c["doc_id"] for c in answer.json()["citations"]}
    assert TOKEN not in caplog.text


def test_upload_route_takes_more_than_the_query_limit_but_gradio_uploads_do_not(full):
    # 1.2 MB of binary: past the 1 MB query limit, so a 422 (not 413) shows it was read.
    files = {"file": ("big.txt", b"\x00" * 1_200_000)}
    response = full.post("/api/documents", files=files, headers=AUTH)
    assert response.status_code == 422 and "binary" in response.json()["detail"]
    assert full.post("/gradio_api/upload", content=b"x" * (2 * 1024 * 1024)).status_code == 413
    assert full.post("/api/documents", content=b"x" * 5_200_000, headers=AUTH).status_code == 413
