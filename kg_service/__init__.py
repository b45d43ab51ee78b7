"""sfkg: Beijing's smart-factory recognition measures as a knowledge graph.

Layout (faces ask the application layer, which calls the capabilities, which read the graph; nothing
points back up: tests/test_layering.py):

- faces: ``api`` (FastAPI), ``web`` (the pages), ``cli`` (the ``sfkg`` command); ``server`` composes the first two
- the application layer: ``service`` (``Service``: the one door, the use cases as methods)
- capabilities: ``time`` (versions, reforms, their impact) over ``batch``, ``questions``, ``comparison``,
  ``records``, over ``assessment``; ``articles``, ``reference`` (thresholds, KPIs)
- the graph: ``graph`` (build, cache, named SPARQL queries), ``corpus`` (the measures' units)
"""

__version__ = "0.1.0"
