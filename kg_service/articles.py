"""The measures' units by eId: one unit with its text, and the tree of units.

Read once from the graph (``queries/units.rq``) into an index: a lookup per request is then a
dict access, not a SPARQL query.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg_service.graph import KnowledgeGraph
from kg_service.graph.namespaces import eid_of


@dataclass(frozen=True)
class Article:
    eid: str
    iri: str
    title: dict[str, str]
    text: dict[str, str]
    parent: str | None
    children: tuple[str, ...]
    order: int

    def as_dict(self) -> dict:
        return {"eid": self.eid, "iri": self.iri, "title": self.title, "text": self.text,
                "parent": self.parent, "children": list(self.children)}


@dataclass(frozen=True)
class Place:
    """Where a unit stands: its ancestors (outermost first), and its neighbours in document order."""
    ancestors: list[Article]
    previous: Article | None
    next: Article | None

    def within(self, unit: Article, eid: str) -> bool:
        """Whether ``unit`` (the unit placed) is ``eid`` or lies within it."""
        return unit.eid == eid or any(a.eid == eid for a in self.ancestors)


class ArticleIndex:
    def __init__(self, kg: KnowledgeGraph):
        rows = kg.select("units")
        children: dict[str, list[str]] = {}
        for r in rows:
            parent = eid_of(r["parent"])
            if parent:
                children.setdefault(parent, []).append(r["eid"])
        self._by_eid: dict[str, Article] = {}
        for r in rows:
            self._by_eid[r["eid"]] = Article(
                eid=r["eid"], iri=str(r["unit"]),
                title={"zh": r.get("title_zh", ""), "en": r.get("title_en", "")},
                text={"zh": r.get("text_zh", ""), "en": r.get("text_en", "")},
                parent=eid_of(r["parent"]), children=tuple(children.get(r["eid"], ())), order=r["order"],
            )

    def __contains__(self, eid: str) -> bool:
        return eid in self._by_eid

    def __len__(self) -> int:
        return len(self._by_eid)

    def get(self, eid: str) -> Article | None:
        return self._by_eid.get(eid)

    def all(self) -> list[Article]:
        return sorted(self._by_eid.values(), key=lambda a: a.order)

    def place(self, eid: str) -> Place | None:
        unit = self.get(eid)
        if unit is None:
            return None
        ancestors: list[Article] = []
        parent = unit.parent
        while parent and (a := self.get(parent)):
            ancestors.insert(0, a)
            parent = a.parent
        units = self.all()
        i = next(n for n, a in enumerate(units) if a.eid == unit.eid)
        return Place(ancestors=ancestors, previous=units[i - 1] if i > 0 else None,
                     next=units[i + 1] if i + 1 < len(units) else None)

    def cited(self, eids: list[str]) -> list[dict]:
        """Cited units with their text, for a verdict or an answer."""
        return [{"eid": e, "title": a.title, "text": a.text} for e in eids if (a := self.get(e))]

    def tree(self) -> list[dict]:
        """Top-level units with nested children (eId, titles)."""
        def node(a: Article) -> dict:
            return {"eid": a.eid, "title": a.title, "children": [node(self._by_eid[c]) for c in a.children]}
        return [node(a) for a in self.all() if a.parent is None]
