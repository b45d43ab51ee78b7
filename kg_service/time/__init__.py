"""The measures in time, above the assessment and batch capabilities: the versions of the measures
(ELI expressions, ``catalog``) and which one is in force on a date with an assessor per version and
reform (``timeline``), the differences between two versions or a version and a reform (``diff``),
reforms (``reform``) and their impact on a population (``impact``, ``population``), batch runs in time
(``versioned``) and re-assessing a recorded decision (``reassess``). Its use cases are the
application layer's (``kg_service.service.Service``: parameters, versions, versions_diff, reforms,
reform_impact, impact_of, reassess, run_batch)."""
