"""Eligibility assessment: profiles checked, mapped to RDF and validated against SHACL shapes.

Flow: ``profile`` (parse and check the input) → ``rdfmap`` (JSON-LD context → RDF) → ``facts``
(what the shapes need from the graph) → ``engine`` (pySHACL, three-valued conditions, verdicts)
→ ``advice`` (what would change an unmet or unknown condition). ``revocation`` answers art_12.
"""
