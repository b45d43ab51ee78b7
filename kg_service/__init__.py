"""sfkg: Beijing's smart-factory recognition measures as a knowledge graph.

Layout (faces call capabilities, capabilities read the graph; nothing points back up):

- faces: ``api`` (FastAPI), ``cli`` (the ``sfkg`` command)
- capabilities: ``articles``, ``reference`` (thresholds, KPIs), ``assessment``, ``questions``, ...
- the graph: ``graph`` (build, cache, named SPARQL queries), ``corpus`` (the measures' units)
"""

__version__ = "0.1.0"
