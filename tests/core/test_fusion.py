"""Reciprocal rank fusion: edge cases of the pure function."""

import pytest

from rag.fusion import reciprocal_rank_fusion


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
