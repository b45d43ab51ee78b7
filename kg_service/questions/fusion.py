"""Reciprocal rank fusion: combines rankings by position only, so BM25 scores (unbounded, length
dependent) and cosine similarities (bounded) need no common scale."""
from __future__ import annotations

from collections.abc import Sequence

# The usual constant (Cormack et al. 2009): damps the difference between the first few ranks so
# that one ranking's top hit does not overrule agreement further down.
RRF_K = 60


def reciprocal_rank_fusion(rankings: Sequence[tuple[Sequence[int], float]], *, k: int = RRF_K,
                           depth: int | None = None) -> list[tuple[int, float]]:
    """``rankings``: (ids best first, weight). Returns (id, fused score) best first.

    ``depth`` cuts each ranking: a dense ranking orders every unit, and the tail of it is noise
    that should not lift a unit above one the lexical ranking placed.
    """
    fused: dict[int, float] = {}
    for ids, weight in rankings:
        if weight <= 0:
            continue
        for rank, doc in enumerate(ids[:depth] if depth else ids, start=1):
            fused[doc] = fused.get(doc, 0.0) + weight / (k + rank)
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
