"""The guided interview (contract: "Interview"): from the facts gathered so far, the verdict so far, what
is decided, and the next question — the field whose answer can decide most — with why it is asked.

Flow: ``models`` (the request and the answer, shared by the API, the web page, the CLI and MCP) →
``fields`` (what can be asked: the profile schema's fields that the shapes read, their kinds, choices and
the values tried when weighing a question) → ``wording`` (questions and reasons, from a template file) →
``guide`` (``Interviewer.step``). Nothing here decides: the Service passes in ``decide`` (a profile → the
``POST /assess`` answer for one level, under the version in force) and ``read`` (words → the facts they
state); every status comes from the one engine.
"""
