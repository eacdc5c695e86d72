"""The sparse BM25 engine (bm25s) ranks as rank-bm25's BM25Okapi, the oracle, on the same tokens."""

from __future__ import annotations

import pytest

from rag import glossary
from rag.chunking import chunk_article
from rag.config import PROJECT_ROOT
from rag.corpus import read_corpus
from rag.evaluation import load_questions
from rag.indexing import passage_tokens
from rag.lexical import RankBM25Engine, SparseBM25Engine, make_lexical_engine

K = 10


@pytest.fixture(scope="module")
def queries() -> list[list[str]]:
    """The evaluation questions, analysed as the assistant analyses them."""
    found = [glossary.analyze_query(q["question"], q["language"]) for q in load_questions()]
    return [tokens for tokens in found if tokens]


@pytest.fixture(scope="module")
def shipped_tokens() -> list[list[str]]:
    articles, _ = read_corpus(PROJECT_ROOT / "corpus")
    return [passage_tokens(a, c) for a in articles for c in chunk_article(a)]


@pytest.fixture(scope="module")
def synthetic_tokens() -> list[list[str]]:
    from bench.synthetic import load_sources, make_corpus

    return make_corpus(load_sources(), 5_000, seed=7).tokens


def _assert_same_rankings(token_lists: list[list[str]], queries: list[list[str]]) -> None:
    """Top-10 overlap with the oracle, where a passage tied with the oracle's 10th counts.

    Recombined passages can be identical, so exact ties at the cut-off are common; float32
    and float64 sums may order tied passages differently, which is not a ranking change.
    """
    oracle, sparse = RankBM25Engine(token_lists), SparseBM25Engine(token_lists)
    overlaps = []
    for tokens in queries:
        expected, found = oracle.search(tokens, K), sparse.search(tokens, K)
        assert len(found) == len(expected)
        if not expected:
            continue
        oracle_scores = oracle._bm25.get_scores(tokens)
        cut = expected[-1][1]
        agree = [i for i, _ in found if oracle_scores[i] >= cut * (1 - 1e-5)]
        overlaps.append(len(agree) / len(expected))
        for (_, want), (_, got) in zip(expected, found):
            assert got == pytest.approx(want, rel=1e-4, abs=1e-4)
    assert overlaps and min(overlaps) == 1.0


def test_sparse_engine_ranks_like_rank_bm25_on_shipped_chunks(shipped_tokens, queries):
    _assert_same_rankings(shipped_tokens, queries)


def test_sparse_engine_ranks_like_rank_bm25_on_synthetic_5k_corpus(synthetic_tokens, queries):
    _assert_same_rankings(synthetic_tokens, queries)


def test_sparse_engine_counts_repeated_query_terms_like_rank_bm25(shipped_tokens):
    tokens = ["lapas", "lapas", "apel", "netralitas"]
    expected = RankBM25Engine(shipped_tokens).search(tokens, K)
    found = SparseBM25Engine(shipped_tokens).search(tokens, K)
    assert [s for _, s in found] == pytest.approx([s for _, s in expected], rel=1e-4)


def test_sparse_engine_handles_empty_corpus_query_and_passages():
    assert SparseBM25Engine([]).search(["lapas"], 5) == []
    engine = SparseBM25Engine([["lapas", "apel"], [], ["rutan"]])
    assert engine.search([], 5) == []
    assert engine.search(["tidakada"], 5) == []
    assert engine.search(["rutan"], 0) == []
    assert [i for i, _ in engine.search(["rutan"], 5)] == [2]


def test_auto_engine_switches_to_sparse_above_threshold():
    small = [["a", "b"], ["b", "c"], ["c", "d"]]
    assert make_lexical_engine(small).name == "rank-bm25"
    assert make_lexical_engine(small, threshold=2).name == "bm25s"
    assert make_lexical_engine(small, engine="bm25s").name == "bm25s"
    with pytest.raises(ValueError, match="Unknown BM25 engine"):
        make_lexical_engine(small, engine="lucene")
