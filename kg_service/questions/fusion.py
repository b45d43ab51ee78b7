"""Reciprocal rank fusion: combines rankings by position only, so BM25 scores (unbounded, length
dependent) and cosine similarities (bounded) need no common scale."""
from __future__ import annotations

from collections.abc import Hashable, Sequence

# Cormack et al. (2009) use 60 for long web rankings. Here there are 86 units and the lexical
# ranking is the stronger one (bench/qa_eval.py): with 60, any dense vote reorders the lexical top
# ranks, whose reciprocal ranks then differ by almost nothing; 10 keeps the top of a ranking
# decisive while agreement further down still counts.
RRF_K = 10

# (ids best first, weight) or (ids best first, weight, keys): ``keys[n]`` is what ranked ids[n];
# ids with equal keys are tied and share the best of their ranks (competition ranking, "1224").
Ranking = tuple[Sequence[int], float] | tuple[Sequence[int], float, Sequence[Hashable]]


def tied_ranks(keys: Sequence[Hashable]) -> list[int]:
    """1-based ranks where equal consecutive keys share the rank of the first of them."""
    ranks: list[int] = []
    for n, key in enumerate(keys):
        ranks.append(ranks[-1] if n and key == keys[n - 1] else n + 1)
    return ranks


def reciprocal_rank_fusion(rankings: Sequence[Ranking], *, k: int = RRF_K,
                           depth: int | None = None, prefer: int = 0) -> list[tuple[int, float]]:
    """Returns (id, fused score) best first.

    A ranking whose scores tie (a concept that points to several units alike) gives the tied ids
    one rank: the order the ranking happened to list them in is no evidence, so it must not decide.
    Equal fused scores are ordered by the ranking at index ``prefer`` (by default the first), then
    by id.

    ``depth`` cuts each ranking: a dense ranking orders every unit, and the tail of it is noise
    that should not lift a unit above one the lexical ranking placed.
    """
    fused: dict[int, float] = {}
    for ranking in rankings:
        ids, weight = ranking[0], ranking[1]
        if weight <= 0:
            continue
        ids = ids[:depth] if depth else ids
        ranks = tied_ranks(ranking[2][:len(ids)]) if len(ranking) > 2 else range(1, len(ids) + 1)
        for rank, doc in zip(ranks, ids, strict=False):
            fused[doc] = fused.get(doc, 0.0) + weight / (k + rank)
    first = {doc: n for n, doc in enumerate(rankings[prefer][0])} if len(rankings) > prefer else {}
    return sorted(fused.items(), key=lambda kv: (-kv[1], first.get(kv[0], len(first)), kv[0]))
