"""A private copy of the shipped corpus and its index per test, with an admin token set."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from rag.config import Settings
from tests.conftest import copy_corpus

TOKEN = "s3cret-admin-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

#: A short article about something no seed article mentions (a blood drive in Sibolga).
ARTICLE = {
    "title": "Lapas Sibolga Gelar Donor Darah Bersama PMI",
    "text": (
        "SIBOLGA - Lembaga Pemasyarakatan (Lapas) Kelas IIA Sibolga menggelar donor darah "
        "bersama Palang Merah Indonesia (PMI) Kota Sibolga, Selasa (9/1/2024). Sebanyak 87 "
        "kantong darah terkumpul dari petugas dan warga binaan. Kepala Lapas Sibolga, Budi "
        "Santoso, mengatakan kegiatan donor darah ini rutin dilaksanakan setiap tiga bulan."
    ),
    "source": "sibolga.contoh.id",
    "author": "Rina",
    "published": "2024-01-09",
}


@dataclass
class Site:
    """One served corpus: settings, assistant, admin and an API client."""

    settings: Settings
    assistant: object
    admin: object
    client: object

    def wait(self, job_id: str, timeout: float = 120) -> dict:
        """Poll ``GET /api/jobs/{id}`` until the job is done or failed."""
        deadline = time.monotonic() + timeout
        while True:
            job = self.client.get(f"/api/jobs/{job_id}").json()
            if job["state"] in ("done", "failed") or time.monotonic() > deadline:
                return job
            time.sleep(0.1)

    def corpus_files(self) -> set[str]:
        root = self.settings.corpus_dir
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="session")
def admin_base(tmp_path_factory, embedder) -> Settings:
    """The shipped corpus and a built index, copied by each test that changes them."""
    from rag.indexing import build_index

    root = tmp_path_factory.mktemp("admin-base")
    settings = Settings(corpus_dir=copy_corpus(root / "corpus"), index_dir=root / "index")
    build_index(settings, embedder=embedder, progress=False)
    return settings


def make_site(base: Settings, root: Path, embedder, token: str | None = TOKEN, **overrides) -> Site:
    """A private corpus + index under ``root``, served by a fresh assistant and admin."""
    from fastapi.testclient import TestClient

    from rag.admin import Admin
    from rag.api import create_api
    from rag.assistant import Assistant

    settings = Settings(
        corpus_dir=Path(shutil.copytree(base.corpus_dir, root / "corpus")),
        index_dir=Path(shutil.copytree(base.index_dir, root / "index")),
        **overrides,
    )
    assistant = Assistant(settings, embedder=embedder)
    admin = Admin(settings, assistant, token=token)
    return Site(settings, assistant, admin, TestClient(create_api(assistant, admin)))


@pytest.fixture
def site(admin_base, tmp_path, embedder) -> Site:
    return make_site(admin_base, tmp_path, embedder)
