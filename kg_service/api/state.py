"""What the service loads once and shares between requests.

Capabilities keep their loaded objects (a shapes graph, a retrieval index, a store) here, built on
first use by ``get`` and warmed at start-up by their route module's ``warm``.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from kg_service.articles import ArticleIndex
from kg_service.graph import KnowledgeGraph

T = TypeVar("T")


@dataclass
class ServiceState:
    kg: KnowledgeGraph
    articles: ArticleIndex
    _objects: dict[str, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def load(cls, kg: KnowledgeGraph) -> ServiceState:
        return cls(kg=kg, articles=ArticleIndex(kg))

    def get(self, name: str, factory: Callable[[], T]) -> T:
        """The capability object ``name``, made by ``factory`` the first time it is asked for."""
        obj = self._objects.get(name)
        if obj is None:
            with self._lock:
                obj = self._objects.get(name)
                if obj is None:
                    obj = self._objects[name] = factory()
        return obj
