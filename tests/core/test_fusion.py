"""Reciprocal rank fusion: edge cases of the pure function."""

import pytest

from rag.fusion import reciprocal_rank_fusion, top_with_leaders


def test_empty_rankings_fuse_to_nothing():
    assert reciprocal_rank_fusion([]) == []
    assert reciprocal_rank_fusion([[], []]) == []


def test_single_item_keeps_its_rrf_score():
    assert reciprocal_rank_fusion([["a"]], k=60) == [("a", pytest.approx(1 / 61))]


def test_item_found_by_both_rankers_beats_items_found_by_one():
    fused = reciprocal_rank_fusion([["a", "b"], ["c", "b"]])
    assert fused[0][0] == "b"


def test_hit_found_by_only_one_side_is_kept():
    fused = dict(reciprocal_rank_fusion([["a"], ["b"]]))
    assert set(fused) == {"a", "b"}


def test_ties_keep_order_of_first_appearance():
    fused = reciprocal_rank_fusion([["a", "b"], ["b", "a"]])
    assert [item for item, _ in fused] == ["a", "b"]


def test_weights_shift_the_ranking():
    fused = reciprocal_rank_fusion([["a"], ["b"]], weights=[1.0, 2.0])
    assert fused[0][0] == "b"


def test_weights_must_match_rankings():
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 1.0])


def test_each_rankers_first_passages_stay_in_the_fused_top():
    # BM25 puts "rare" first (a rare name the model barely weighs); the vectors do not rank
    # it. Fused, every passage both lists hold outranks it: it is added after the fused top.
    lexical = ["rare"] + [f"p{i}" for i in range(10)]
    dense = [f"p{i}" for i in range(10)]
    fused = reciprocal_rank_fusion([lexical, dense])
    assert "rare" not in [item for item, _ in fused[:6]]
    top = top_with_leaders(fused, [lexical, dense], 6, leaders=2)
    assert [item for item, _ in top] == ["p0", "p1", "p2", "p3", "p4", "p5", "rare"]


def test_a_short_list_is_the_fused_best_alone():
    lexical = ["rare", "p0", "p1"]
    dense = ["p0", "p1", "p2"]
    fused = reciprocal_rank_fusion([lexical, dense])
    assert top_with_leaders(fused, [lexical, dense], 1, leaders=2) == fused[:1]
