"""The layering, read off the source: faces (api, web, cli) are siblings over the application layer
(kg_service.service), which calls the capabilities; no face imports another, no capability imports
a face or the application layer, nothing is imported by name, and no two modules import each other.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kg_service"
FACES = ("kg_service.api", "kg_service.web", "kg_service.cli", "kg_service.server")
CAPABILITIES = ("kg_service.assessment", "kg_service.questions", "kg_service.comparison", "kg_service.records",
                "kg_service.graph", "kg_service.articles", "kg_service.reference", "kg_service.industry",
                "kg_service.corpus", "kg_service.settings", "kg_service.errors")


def _name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    """Every kg_service module ``path`` imports (also inside functions, unless ``top_level_only``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    out: set[str] = set()
    package = _name(path) if path.name == "__init__.py" else _name(path).rpartition(".")[0]
    for node in nodes:
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            out.add(base)
            out |= {f"{base}.{a.name}" for a in node.names}  # "from kg_service.api import routes_x"
    return {m for m in out if m == "kg_service" or m.startswith("kg_service.")}


def _modules() -> dict[str, Path]:
    return {_name(p): p for p in PACKAGE.rglob("*.py")}


def _within(module: str, prefixes) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def test_web_and_api_never_import_each_other():
    bad = []
    for name, path in _modules().items():
        for imported in _imports(path):
            if _within(name, ["kg_service.web"]) and _within(imported, ["kg_service.api"]):
                bad.append(f"{name} imports {imported}")
            if _within(name, ["kg_service.api"]) and _within(imported, ["kg_service.web"]):
                bad.append(f"{name} imports {imported}")
    assert not bad, bad


def test_capabilities_import_no_face_nor_the_application_layer():
    bad = []
    for name, path in _modules().items():
        # a capability's ``cli`` module is its part of the command-line face
        if not _within(name, CAPABILITIES) or name.endswith(".cli"):
            continue
        bad += [f"{name} imports {m}" for m in _imports(path) if _within(m, [*FACES, "kg_service.service"])]
    assert not bad, bad


def test_the_application_layer_imports_no_face():
    path = PACKAGE / "service.py"
    assert not [m for m in _imports(path) if _within(m, FACES)]


def test_faces_import_capabilities_by_import_statements_not_by_name():
    """The package always ships every capability (an embedding model may still be named by a setting)."""
    wiring = [PACKAGE / "server.py", PACKAGE / "service.py", *(PACKAGE / "cli").glob("*.py"),
              *(PACKAGE / "api").glob("*.py"), *(PACKAGE / "web").glob("*.py")]
    offenders = [str(p) for p in wiring if "import_module" in p.read_text(encoding="utf-8")]
    assert not offenders, offenders


def test_no_import_cycle_between_modules():
    """Module-level imports form no cycle (lazy imports inside functions may point back)."""
    modules = _modules()
    graph = {n: {m for m in _imports(p, top_level_only=True) if m in modules and m != n} for n, p in modules.items()}
    # a package's own __init__ re-exporting its modules is not a cycle with them
    graph = {n: {m for m in deps if not n.startswith(m + ".")} for n, deps in graph.items()}
    seen: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(n: str) -> None:
        seen[n] = 1
        stack.append(n)
        for m in sorted(graph[n]):
            if seen.get(m) == 1:
                cycles.append([*stack[stack.index(m):], m])
            elif m not in seen:
                visit(m)
        stack.pop()
        seen[n] = 2

    for n in sorted(graph):
        if n not in seen:
            visit(n)
    assert not cycles, cycles


def test_profile_and_rdfmap_do_not_import_each_other():
    modules = _modules()
    assert "kg_service.assessment.profile" not in _imports(modules["kg_service.assessment.rdfmap"])
