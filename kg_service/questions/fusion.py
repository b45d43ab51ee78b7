"""Reciprocal rank fusion: combines rankings by position only, so BM25 scores (unbounded, length
dependent) and cosine similarities (bounded) need no common scale."""
from __future__ import annotations

from collections.abc import Sequence

# Cormack et al. (2009) use 60 for long web rankings. Here there are 86 units and the lexical
# ranking is the stronger one (bench/qa_eval.py): with 60, any dense vote reorders the lexical top
# ranks, whose reciprocal ranks then differ by almost nothing; 10 keeps the top of a ranking
# decisive while agreement further down still counts.
RRF_K = 10


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
