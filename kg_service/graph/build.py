"""Assemble corpus, ontology and instance data into one graph, cached on disk.

The cache (N-Triples plus the sources' content hash) is rebuilt when any source changes, so a
start-up after the first parses one file instead of every Turtle file and the corpus.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import OWL

from kg_service import progress
from kg_service.graph.namespaces import ELI, PREFIXES, REG_IRI, SFID, SFKG, unit_iri
from kg_service.settings import Settings

if TYPE_CHECKING:  # the corpus (yaml) is read when the graph is built, not by those who only hash its sources
    from kg_service.corpus import Corpus

GRAPH_FILE = "graph.nt"
META_FILE = "graph.json"


def source_files(settings: Settings, *, with_shapes: bool = False) -> list[Path]:
    """The files the graph is built from (and, with shapes, the rules an assessment applies)."""
    files = [settings.corpus_dir / "measures.yaml", *sorted(settings.ontology_dir.glob("*.ttl"))]
    if with_shapes:
        files += sorted(settings.shapes_dir.glob("*.ttl"))
    return files


def content_hash(files: list[Path], root: Path) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def corpus_to_graph(corpus: Corpus) -> Graph:
    """The regulation and its units as ELI resources with bilingual titles and texts."""
    g = Graph()
    doc = corpus.document
    reg = URIRef(REG_IRI)
    g.add((reg, RDF.type, SFKG.Measures))
    g.add((reg, RDF.type, ELI.LegalResource))
    g.add((reg, ELI.id_local, Literal(doc["number"])))
    g.add((reg, SFKG.documentNumber, Literal(doc["number"])))
    for lang, title in doc["title"].items():
        g.add((reg, ELI.title, Literal(title, lang=lang)))
    g.add((reg, ELI.date_document, Literal(date.fromisoformat(str(doc["date_issued"])), datatype=XSD.date)))
    g.add((reg, SFKG.inForceFrom, Literal(date.fromisoformat(str(doc["in_force_from"])), datatype=XSD.date)))
    g.add((reg, SFKG.inForceUntil, Literal(date.fromisoformat(str(doc["in_force_until"])), datatype=XSD.date)))
    for u in corpus.units:
        iri = unit_iri(u.eid)
        g.add((iri, RDF.type, SFKG.LegalUnit))
        g.add((iri, RDF.type, OWL.NamedIndividual))
        g.add((iri, SFKG.eid, Literal(u.eid)))
        g.add((iri, SFKG.order, Literal(u.order)))
        g.add((iri, ELI.is_part_of, unit_iri(u.parent) if u.parent else reg))
        g.add((unit_iri(u.parent) if u.parent else reg, ELI.has_part, iri))
        for lang, title in u.title.items():
            g.add((iri, ELI.title, Literal(title, lang=lang)))
        for lang, text in u.text.items():
            g.add((iri, SFKG.text, Literal(text, lang=lang)))
    return g


def build_graph(settings: Settings) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for ttl in sorted(settings.ontology_dir.glob("*.ttl")):
        g.parse(ttl, format="turtle")
    from kg_service.corpus import load_corpus

    g += corpus_to_graph(load_corpus(settings.corpus_dir / "measures.yaml"))
    return g


def load_or_build(settings: Settings, *, force: bool = False) -> tuple[Graph, str, bool]:
    """The graph, the sources' hash, and whether it was (re)built rather than read from the cache."""
    files = source_files(settings)
    digest = content_hash(files, settings.home)
    cache = settings.cache_dir
    meta_path, graph_path = cache / META_FILE, cache / GRAPH_FILE
    if not force and meta_path.exists() and graph_path.exists():
        try:
            if json.loads(meta_path.read_text())["sources"] == digest:
                g = Graph()
                for prefix, ns in PREFIXES.items():
                    g.bind(prefix, ns)
                g.parse(graph_path, format="nt")
                return g, digest, False
        except (ValueError, KeyError):
            pass  # an unreadable cache is rebuilt
    with progress.step(f"building the knowledge graph in {cache}"):
        g = build_graph(settings)
    cache.mkdir(parents=True, exist_ok=True)
    # write then rename: a crash mid-write never leaves a truncated cache that looks valid
    for path, payload in ((graph_path, g.serialize(format="nt", encoding="utf-8")),
                          (meta_path, json.dumps({"sources": digest, "triples": len(g)}).encode())):
        fd, tmp = tempfile.mkstemp(dir=cache, prefix=path.name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    return g, digest, True


__all__ = ["SFID", "build_graph", "content_hash", "corpus_to_graph", "load_or_build", "source_files"]
