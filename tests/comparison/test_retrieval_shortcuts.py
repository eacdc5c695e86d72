"""Speed-ups in retrieval and storage give what the plain computation, the oracle, gives."""

from __future__ import annotations

import numpy as np
import pytest

from rag.config import Settings
from rag.lexical import top_k
from rag.retrieval import SearchIndex
from rag.store import IndexData, load_serving, save_generation


@pytest.fixture(scope="module")
def data() -> IndexData:
    from bench.synthetic import load_sources, make_corpus

    corpus = make_corpus(load_sources(), 300, seed=3)
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((len(corpus.chunks), 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return IndexData(corpus.articles, corpus.chunks, corpus.tokens, vectors)


def _reference_top_k(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    positive = np.flatnonzero(scores > 0)
    if positive.size > k:
        positive = positive[np.argpartition(-scores[positive], k - 1)[:k]]
    order = sorted(positive.tolist(), key=lambda i: (-scores[i], i))
    return [(i, float(scores[i])) for i in order]


def test_top_k_orders_by_score_then_position_like_a_python_sort():
    rng = np.random.default_rng(1)
    for _ in range(200):
        scores = rng.integers(-2, 5, rng.integers(0, 120)).astype(np.float32) / 2
        for k in (1, 3, 10, 200):
            assert top_k(scores, k) == _reference_top_k(scores, k)


def test_article_terms_are_the_union_of_the_article_passage_tokens(data):
    index = SearchIndex(data, Settings())
    for article in data.articles[:20]:
        expected = set()
        for chunk, tokens in zip(data.chunks, data.tokens):
            if chunk.doc_id == article.doc_id:
                expected.update(tokens)
        assert index.article_terms(article.doc_id) == expected
        assert index.article_terms(article.doc_id) is index.article_terms(article.doc_id)
    assert index.article_terms("no-such-article") == frozenset()


def test_docs_on_days_matches_testing_every_article_date(data):
    index = SearchIndex(data, Settings())
    days = sorted({d for a in data.articles for d in index.article_dates(a.doc_id)})
    for low, high in [(days[0], days[len(days) // 3]), (days[-1], days[-1]), (days[-1], days[0])]:
        def matches(day, low=low, high=high):
            return low <= day <= high

        expected = {a.doc_id for a in data.articles
                    if any(matches(d) for d in index.article_dates(a.doc_id))}
        assert index.docs_on_days(matches) == expected


def test_a_saved_generation_loads_back_equal_with_one_string_per_token(data, tmp_path):
    manifest = {"model": {"name": "test", "dimension": 8}, "params": {}}
    save_generation(tmp_path, data, manifest)
    loaded = load_serving(tmp_path)
    assert loaded.articles == data.articles and loaded.chunks == data.chunks
    assert loaded.tokens == data.tokens
    np.testing.assert_array_equal(loaded.vectors, data.vectors)
    seen: dict[str, int] = {}
    for tokens in loaded.tokens:
        for token in tokens:
            assert seen.setdefault(token, id(token)) == id(token)


@pytest.mark.parametrize("share", [0.02, 0.2, 0.9])
def test_a_filtered_search_deepens_only_as_needed_and_finds_what_full_depth_finds(data, share, monkeypatch):
    from rag import retrieval
    from rag.retrieval import Query

    index = SearchIndex(data, Settings())
    docs = sorted({c.doc_id for c in data.chunks})
    kept = set(docs[: max(1, int(len(docs) * share))])
    rng = np.random.default_rng(2)
    vector = rng.standard_normal(8).astype(np.float32)
    query = Query(list(data.tokens[0][:4]), vector / np.linalg.norm(vector), lambda c: c.doc_id in kept)
    shallow = [h.chunk.chunk_id for h in index.search(query, 10)]
    # The oracle: every filtered query ranked at full depth from the start.
    monkeypatch.setattr(retrieval, "FILTERED_START", len(data.chunks))
    full = [h.chunk.chunk_id for h in index.search(query, 10)]
    assert shallow == full
    assert all(cid.split("#")[0] in kept for cid in shallow)


@pytest.mark.parametrize("share", [0.02, 0.2, 0.9])
def test_a_search_within_articles_finds_what_filtering_a_full_ranking_finds(data, share, monkeypatch):
    """Restricting to articles before ranking (exact within their passages) gives the
    filtered full-depth ranking; above PREFILTER_LIMIT the vector index ranks them through
    an id selector, with the same result here (a flat index)."""
    from rag import retrieval
    from rag.retrieval import Query

    index = SearchIndex(data, Settings())
    docs = sorted({c.doc_id for c in data.chunks})
    kept = set(docs[: max(1, int(len(docs) * share))])
    rng = np.random.default_rng(4)
    vector = rng.standard_normal(8).astype(np.float32)
    vector /= np.linalg.norm(vector)
    tokens = list(data.tokens[5][:4])
    within = [h.chunk.chunk_id for h in index.search(Query(tokens, vector, docs=kept), 10)]
    monkeypatch.setattr(retrieval, "FILTERED_START", len(data.chunks))
    full = [h.chunk.chunk_id for h in index.search(Query(tokens, vector, lambda c: c.doc_id in kept), 10)]
    assert within == full and len(within) == min(10, sum(c.doc_id in kept for c in data.chunks))
    monkeypatch.setattr(retrieval, "PREFILTER_LIMIT", 0)
    assert [h.chunk.chunk_id for h in index.search(Query(tokens, vector, docs=kept), 10)] == full


def test_a_large_set_of_articles_is_searched_through_the_ivf_index_with_a_selector(data, monkeypatch):
    """Above PREFILTER_LIMIT passages the vectors are ranked by the IVF index restricted to
    the articles' passages: nothing else comes back, and it finds what exact search finds."""
    from rag import retrieval
    from rag.retrieval import Query

    index = SearchIndex(data, Settings(ann_threshold=100))
    assert index.dense.kind == "ivf"
    index.dense.nprobe = index.dense.ann.index.nlist  # every cluster: the selector alone decides
    docs = sorted({c.doc_id for c in data.chunks})
    kept = set(docs[::3])
    rng = np.random.default_rng(5)
    vector = rng.standard_normal(8).astype(np.float32)
    vector /= np.linalg.norm(vector)
    tokens = list(data.tokens[7][:4])
    exact = [h.chunk.chunk_id for h in index.search(Query(tokens, vector, docs=kept), 10)]
    monkeypatch.setattr(retrieval, "PREFILTER_LIMIT", 0)
    selected = [h.chunk.chunk_id for h in index.search(Query(tokens, vector, docs=kept), 10)]
    assert all(cid.split("#")[0] in kept for cid in selected)
    assert len(set(selected) & set(exact)) >= 8, (selected, exact)


def test_the_vector_ranking_beside_bm25_gives_what_running_them_in_turn_gives(data, monkeypatch):
    from rag import retrieval
    from rag.retrieval import Query

    index = SearchIndex(data, Settings())
    rng = np.random.default_rng(5)
    queries = []
    for tokens in data.tokens[:12]:
        vector = rng.standard_normal(8).astype(np.float32)
        queries.append(Query(list(tokens[:4]), vector / np.linalg.norm(vector)))
    some = {a.doc_id for a in data.articles[::3]}
    restricted = [Query(q.tokens, q.vector, docs=some) for q in queries]
    monkeypatch.setattr(retrieval, "PARALLEL_ABOVE", 10**9)
    in_turn = [index.search(q, 10) for q in queries + restricted]
    monkeypatch.setattr(retrieval, "PARALLEL_ABOVE", 0)
    monkeypatch.setattr(retrieval, "PREFILTER_LIMIT", 0)  # restricted searches go through the index
    beside = [index.search(q, 10) for q in queries + restricted]
    monkeypatch.setattr(retrieval, "PARALLEL_ABOVE", 10**9)
    through_index_in_turn = [index.search(q, 10) for q in queries + restricted]
    assert [[h.chunk.chunk_id for h in hits] for hits in beside] == [
        [h.chunk.chunk_id for h in hits] for hits in through_index_in_turn]
    assert [[h.chunk.chunk_id for h in hits] for hits in in_turn[:12]] == [
        [h.chunk.chunk_id for h in hits] for hits in beside[:12]]
