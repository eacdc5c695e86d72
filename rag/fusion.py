"""Fusion: combine ranked lists from several retrievers into one ranking.

Weighted reciprocal rank fusion (Cormack, Clarke & Büttcher, 2009): each list contributes
``weight / (k + rank)``. It needs no score calibration between BM25 and cosine, which live
on unrelated scales, and a passage found by both rankers rises above one found by either.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Hashable]],
    weights: Sequence[float] | None = None,
    k: int = 60,
) -> list[tuple[Hashable, float]]:
    """Fuse ranked lists of ids into one list of ``(id, score)``, best first.

    Args:
        rankings: each a list of ids, best first; an id may be missing from any list.
        weights: one weight per list (default 1.0 each).
        k: the RRF constant; larger values flatten the advantage of top ranks.

    Returns:
        Every id that appears in any list, by descending fused score; ties keep the order
        of first appearance (earlier list, then earlier rank), so output is deterministic.
    """
    weights = list(weights) if weights is not None else [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking is needed")
    scores: dict[Hashable, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda pair: (-pair[1], order[pair[0]]))
