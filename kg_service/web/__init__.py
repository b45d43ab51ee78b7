"""The web interface: server-rendered pages under ``/ui`` for enterprises and reviewers.

A face like ``api`` and ``cli``: it calls the capabilities (articles, reference facts, the assessor,
the question engine, the comparator, the record store) in process and renders their results with
Jinja2 templates; it holds no rules of its own. Modules: ``routes`` (the pages), ``i18n`` (language
choice and the interface's own words), ``render`` (templates), ``form`` (the profile form to and
from the contract's JSON), ``measures`` (the tree and the annex tables), ``trace`` (decision
traces for reviewers).
"""
