"""Tools for assistants: the rules as Model Context Protocol tools, answers cited (``sfkg mcp``).

A face, sibling of the HTTP API, the web pages and the command line, over the one application layer
(``kg_service.service.Service``). Each tool is a thin call of a use case (``tools``), its input schema
generated from the same models as the API's (``inputs``), its result the HTTP answer's JSON as structured
content plus a short text; the measures' units are resources (``sfkg://articles/{eid}``) so an assistant
can quote what it cites. ``server`` serves it over stdio (the local user's own process) or streamable
HTTP on loopback (an API key required, as the records routes do). ``python -m kg_service.mcp``.
"""
