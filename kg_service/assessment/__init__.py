"""Eligibility assessment: profiles checked, mapped to the data graph their shapes read, and decided
by the SHACL shapes of the conditions.

Flow: ``profile`` (parse and check the input) → ``datagraph`` (the profile through the JSON-LD context,
plus ``facts``: what the shapes need from the graph) → ``validator`` (the shapes compiled by
``compiler``; pySHACL, in ``shacl``, is the reference and the fallback) → ``engine`` (``Assessor``:
three-valued conditions, verdicts, the answer) → ``advice`` (what would change an unmet or unknown
condition). Many profiles at once: ``columnar`` (the shapes over arrays) → ``population`` (status
columns). ``revocation`` answers art_12.
"""
