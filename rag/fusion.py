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


def top_with_leaders(
    fused: Sequence[tuple[Hashable, float]],
    rankings: Sequence[Sequence[Hashable]],
    k: int,
    leaders: int,
) -> list[tuple[Hashable, float]]:
    """The first ``k`` of a fused ranking, and after them the first ``leaders`` of every
    ranking that are not among them.

    Why: reciprocal rank fusion rewards agreement, so a passage one ranker puts first and
    the other does not rank at all (BM25's hit on a rare name such as "Labuha", which a
    small multilingual model barely weighs) scores below every passage both rankers list
    somewhere, and can fall out of the first ``k``. Such a passage is added, not swapped
    for the fused tail, which may hold what a question needs. A list of fewer than
    ``2 * leaders`` asks for the fused best alone and is left as it is.
    """
    top = list(fused[:k])
    if leaders <= 0 or len(fused) <= k or k < 2 * leaders:
        return top
    kept = {item for item, _ in top}
    scores = dict(fused)
    added: list[Hashable] = []
    for ranking in rankings:
        added.extend(item for item in ranking[:leaders] if item not in kept and item not in added)
    return top + sorted(((item, scores[item]) for item in added), key=lambda pair: -pair[1])
