"""Stored BM25 tokens (vocabulary + int32 ids + offsets) read back as the token lists they were."""

from __future__ import annotations

import hashlib

import numpy as np
import orjson
import pytest

from rag.errors import IndexCorruptError
from rag.lexical import RankBM25Engine, SparseBM25Engine, document_frequency
from rag.records import Article, Chunk
from rag.store import FORMAT_VERSION, IndexData, TokenLists, load_serving, save_generation

LISTS = [["lapas", "apel", "lapas"], [], ["rutan", ""], ["apel"], []]


def _data(token_lists: list[list[str]]) -> IndexData:
    article = Article(doc_id="a", path="a.txt", title="Judul", text="x" * 10)
    chunks = [Chunk(f"a#{i:03d}", "a", i, "x", 0, 1) for i in range(len(token_lists))]
    vectors = np.eye(len(token_lists), 4, dtype=np.float32)
    vectors[np.linalg.norm(vectors, axis=1) == 0, 0] = 1.0
    return IndexData([article], chunks, token_lists, vectors)


def test_token_lists_index_iterate_and_compare_like_the_lists():
    tokens = TokenLists.from_lists(LISTS)
    assert len(tokens) == len(LISTS)
    assert [tokens[i] for i in range(len(LISTS))] == LISTS == list(tokens)
    assert tokens[-1] == [] and tokens[1:3] == LISTS[1:3]
    assert tokens == LISTS and LISTS == tokens and tokens != LISTS[:-1]
    assert tokens.vocabulary == ["lapas", "apel", "rutan", ""]
    with pytest.raises(IndexError):
        tokens[len(LISTS)]


def test_sparse_engine_from_ids_scores_empty_passages_like_rank_bm25():
    oracle, sparse = RankBM25Engine(LISTS), SparseBM25Engine(TokenLists.from_lists(LISTS))
    for query in (["lapas"], ["apel", "rutan"], [""], ["apel", "apel"]):
        expected, found = oracle.search(query, 5), sparse.search(query, 5)
        assert [i for i, _ in found] == [i for i, _ in expected]
        assert [s for _, s in found] == pytest.approx([s for _, s in expected], rel=1e-5)


def test_document_frequency_counts_passages_not_occurrences():
    assert document_frequency(LISTS) == {"lapas": 1, "apel": 2, "rutan": 1, "": 1}


def test_generation_round_trips_tokens_through_ids(tmp_path):
    save_generation(tmp_path, _data(LISTS), {"model": {"name": "t", "dimension": 4}})
    loaded = load_serving(tmp_path)
    assert isinstance(loaded.tokens, TokenLists) and loaded.tokens == LISTS
    assert loaded.tokens.ids.dtype == np.int32 and loaded.tokens.offsets.dtype == np.int64


def test_an_older_format_is_refused_with_the_full_rebuild_command(tmp_path):
    save_generation(tmp_path, _data(LISTS), {"model": {"name": "t", "dimension": 4}})
    folder = next((tmp_path / "generations").iterdir())
    manifest = orjson.loads((folder / "manifest.json").read_bytes())
    (folder / "manifest.json").write_bytes(orjson.dumps({**manifest, "format_version": 1}))
    with pytest.raises(IndexCorruptError) as refused:
        load_serving(tmp_path)
    message = str(refused.value)
    assert f"index format 1 is not this version's {FORMAT_VERSION}" in message
    assert f"python -m rag build --full --index {tmp_path}" in message


def test_token_ids_out_of_range_are_refused(tmp_path):
    save_generation(tmp_path, _data(LISTS), {"model": {"name": "t", "dimension": 4}})
    folder = next((tmp_path / "generations").iterdir())
    manifest = orjson.loads((folder / "manifest.json").read_bytes())
    vocabulary = orjson.dumps(["lapas"])  # ids 1..3 now point past the vocabulary
    (folder / "tokens.json").write_bytes(vocabulary)
    manifest["files"]["tokens.json"] = {"sha256": hashlib.sha256(vocabulary).hexdigest(),
                                        "bytes": len(vocabulary)}
    (folder / "manifest.json").write_bytes(orjson.dumps(manifest))
    with pytest.raises(IndexCorruptError, match="token ids and offsets disagree"):
        load_serving(tmp_path)
