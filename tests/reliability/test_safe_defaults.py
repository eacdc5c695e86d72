"""Safe defaults of the full app: file routes, CORS, body limit, no admin route, dependency floors."""

from __future__ import annotations

import importlib.metadata
import re

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

FLOORS = {"starlette": "0.49.1", "python-multipart": "0.0.27", "gradio": "6.0", "fastapi": "0.120"}


@pytest.fixture(scope="module")
def full(settings, built):
    """The whole app (API + Gradio UI) as ``python app.py`` serves it."""
    import app

    return TestClient(app.create_app(settings, watch=False))


def _file_urls(index_dir):
    return [
        "/gradio_api/file=/etc/passwd",
        "/gradio_api/file=../../../../etc/passwd",
        "/gradio_api/file=..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/gradio_api/file=%2Fetc%2Fpasswd",
        "/gradio_api/file=%252Fetc%252Fpasswd",
        "/gradio_api/file=/proc/self/environ",
        f"/gradio_api/file={index_dir}/CURRENT",
        "/gradio_api/file=app.py",
        "/gradio_api/file=rag/config.py",
        "/file=/etc/passwd",
        "/static/../../../etc/passwd",
    ]


def test_gradio_file_routes_serve_nothing_outside_the_app(full, settings):
    for url in _file_urls(settings.index_dir):
        response = full.get(url)
        assert response.status_code in (400, 403, 404), url
        assert "root:" not in response.text and "def " not in response.text, url


def test_ui_and_api_are_both_served(full):
    assert full.get("/").status_code == 200
    assert full.get("/api/health").json()["status"] == "ok"


@pytest.mark.parametrize("path", ["/api/health", "/api/query", "/config", "/gradio_api/info"])
def test_no_cors_grant_for_a_foreign_origin(full, path):
    origin = {"Origin": "https://evil.example"}
    preflight = full.options(path, headers={**origin, "Access-Control-Request-Method": "POST"})
    simple = full.get(path, headers=origin)
    for response in (preflight, simple):
        assert "access-control-allow-origin" not in response.headers, path
        assert response.headers.get("access-control-allow-credentials") != "true"


def test_body_limit_covers_the_ui_routes_too(full):
    big = b"x" * (2 * 1024 * 1024)
    assert full.post("/gradio_api/upload", content=big).status_code == 413
    assert full.post("/gradio_api/queue/join", content=iter([big])).status_code == 413


def test_no_rebuild_or_admin_route_is_exposed(full):
    for path in ("/api/rebuild", "/api/admin/rebuild", "/api/build"):
        assert full.post(path).status_code in (404, 405)


def test_gradio_queue_is_bounded():
    import app

    assert 0 < app.QUEUE_SIZE <= 256 and 0 < app.UI_CONCURRENCY <= 8


def test_no_share_link_and_no_flagging(full):
    config = full.get("/config").json()
    assert not config.get("share_url") and not config.get("is_space")
    values = [c.get("props", {}).get("value") for c in config.get("components", [])]
    assert not any(isinstance(v, str) and v.lower().startswith("flag") for v in values)


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", text)[:3])


@pytest.mark.parametrize("package, floor", sorted(FLOORS.items()))
def test_installed_versions_meet_the_security_floors(package, floor):
    # Offline stand-in for pip-audit, which needs the network to reach its advisory database.
    assert _version(importlib.metadata.version(package)) >= _version(floor)
