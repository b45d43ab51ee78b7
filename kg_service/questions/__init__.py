"""Policy questions in Chinese and English, answered with citations of the measures' units.

Importing this package is cheap: jieba, rank_bm25's index, torch and sentence-transformers load
only when an engine is built (``kg_service.questions.index.QuestionIndex``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg_service.questions.index import QuestionIndex


def get_engine() -> QuestionIndex:
    """A question engine over the process-wide graph (builds one each call; the service keeps
    its own in ``kg_service.service.Service``)."""
    from kg_service.graph import get_knowledge_graph
    from kg_service.questions.index import QuestionIndex

    return QuestionIndex(get_knowledge_graph())


__all__ = ["get_engine"]
