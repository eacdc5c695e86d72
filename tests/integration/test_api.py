"""Integration: the JSON API over the session index of the shipped corpus."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

QUESTION = "Berapa jumlah penghuni Lapas/Rutan/LPKA di Babel per 21 Desember 2023?"


def test_health_reports_the_serving_generation(client, built):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["documents"] == 5
    assert body["chunks"] == built.chunks
    assert body["generation"] == built.generation
    assert body["model"] and body["built_at"]


def test_documents_lists_every_article_with_metadata(client):
    documents = client.get("/api/documents").json()
    assert len(documents) == 5
    assert all(d["doc_id"] and d["title"] and d["chunks"] > 0 for d in documents)
    one = client.get(f"/api/documents/{documents[0]['doc_id']}").json()
    assert len(one["text"]) > 200
    assert client.get("/api/documents/nope").status_code == 404


def test_a_real_question_gets_a_cited_answer(client, built):
    response = client.post("/api/query", json={"question": QUESTION, "top_k": 3})
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"answer", "abstained", "language", "citations", "generation", "timings_ms"}
    assert body["generation"] == built.generation
    assert body["language"] == "id"
    assert not body["abstained"] and body["answer"]
    assert 1 <= len(body["citations"]) <= 3
    first = body["citations"][0]
    assert set(first) >= {"n", "chunk_id", "doc_id", "title", "source", "author", "published",
                          "event_date", "text", "score"}
    assert first["n"] == 1 and first["text"]


def test_filters_and_history_are_accepted(client):
    body = {
        "question": "Dan di Pati?",
        "history": [{"question": "Siapa memimpin apel?", "answer": "Kalapas."}],
        "filters": {"date_from": "2023-01-01", "date_to": "2024-12-31", "doc_ids": []},
    }
    assert client.post("/api/query", json=body).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"question": ""},
        {"question": "   "},
        {},
        {"question": 42},
        {"question": "Siapa?", "top_k": 0},
        {"question": "Siapa?", "top_k": 21},
        {"question": "Siapa?", "top_k": "5"},
        {"question": "Siapa?", "filters": {"date_from": "21-12-2023"}},
        {"question": "Siapa?", "unknown": 1},
    ],
    ids=["empty", "blank", "missing", "number", "top_k-0", "top_k-21", "top_k-str",
         "bad-date", "extra-field"],
)
def test_invalid_requests_get_422_with_a_message(client, body):
    response = client.post("/api/query", json=body)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str) and response.json()["detail"]
