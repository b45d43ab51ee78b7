"""The layering, read off the source (every import counts, also those inside functions and under
``TYPE_CHECKING``):

- every package of kg_service has its place in ``LAYERS`` and imports only packages below it: the
  composition root (``server``) over the faces (``api``, ``web``, ``cli``: siblings that never import
  each other) over the application layer (``service``) over the capabilities (``time`` over ``batch``,
  ``questions``, ``comparison``, ``records``, over ``assessment``) over what they read (``articles``,
  ``reference``, then ``graph`` …). So no capability imports a face or the service, nothing points
  back up, and there is no circle between packages;
- no circle between modules;
- no private name (``_x``) of one package is used by another: imported, read off its module, or
  called on its objects;
- faces ask the service's use cases and never reach the capabilities it holds (``s.kg``,
  ``s.assessor``, ``s.timeline`` …); only the service and the engine's own packages build an engine;
- faces load nothing by name.
"""
from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kg_service"

# top to bottom; a package imports only packages of a lower line
LAYERS: tuple[tuple[str, ...], ...] = (
    ("kg_service.server",),  # the ASGI app: the one place that knows both HTTP faces
    ("kg_service.api", "kg_service.web", "kg_service.cli", "kg_service.mcp"),  # the faces, siblings
    ("kg_service.service",),  # the application layer: the one door
    ("kg_service.time",),  # the measures in time: versions, reforms, their impact, batch in time
    # the interview decides only through the Service's engine, passed in (it builds no Assessor)
    ("kg_service.batch", "kg_service.questions", "kg_service.comparison", "kg_service.records",
     "kg_service.interview"),
    ("kg_service.assessment",),  # the single path: profiles, shapes, verdicts
    ("kg_service.articles", "kg_service.reference"),  # the measures' units and reference facts
    ("kg_service.graph", "kg_service.industry", "kg_service.input_limits"),
    ("kg_service.corpus", "kg_service.settings", "kg_service.errors", "kg_service.progress",
     "kg_service.spreadsheet", "kg_service"),
    ("kg_service.error_body",),  # the 422 body's models, which kg_service.errors names lazily
)
FACES = LAYERS[1]
RANK = {package: rank for rank, line in enumerate(LAYERS) for package in line}

# what the service holds and the faces must not reach: they ask its use cases instead
CAPABILITY_HANDLES = frozenset({"kg", "assessor", "timeline", "revocation_checker", "questions", "comparator",
                                "articles", "keys", "records", "batch_jobs"})
ENGINES = frozenset({"Assessor", "RevocationChecker", "BatchEngine", "Timeline", "VersionedEngine"})
ENGINE_BUILDERS = ("kg_service.service", "kg_service.assessment", "kg_service.batch", "kg_service.time")


def _name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, Path]:
    return {_name(p): p for p in PACKAGE.rglob("*.py")}


@cache
def _tree(name: str) -> ast.Module:
    return ast.parse(_modules()[name].read_text(encoding="utf-8"))


def _package_of(module: str) -> str:
    """The top-level package a module belongs to (``kg_service.assessment.engine`` → ``kg_service.assessment``)."""
    return ".".join(module.split(".")[:2])


def _base(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module if _modules()[module].name == "__init__.py" else module.rpartition(".")[0]
    parts = package.split(".")
    return ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))


def _imports(module: str) -> list[tuple[str, ast.stmt]]:
    """Every kg_service module ``module`` imports, anywhere in it, with the statement: ``from a import b``
    is an import of ``a.b`` when that is a module, else of ``a``."""
    modules = _modules()
    out = []
    for node in ast.walk(_tree(module)):
        if isinstance(node, ast.Import):
            out += [(a.name, node) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _base(module, node)
            for a in node.names:
                full = f"{base}.{a.name}"
                out.append((full if full in modules else base, node))
    return [(m, n) for m, n in out if m == "kg_service" or m.startswith("kg_service.")]


def test_every_package_has_its_place():
    unplaced = sorted({_package_of(m) for m in _modules()} - set(RANK))
    assert not unplaced, f"place these packages in LAYERS: {unplaced}"


def test_packages_import_only_packages_below_them():
    bad = []
    for module in _modules():
        mine = _package_of(module)
        for imported, node in _imports(module):
            theirs = _package_of(imported)
            if theirs != mine and RANK[theirs] <= RANK[mine]:
                bad.append(f"{module}:{node.lineno} imports {imported} ({theirs} is not below {mine})")
    assert not bad, "\n".join(bad)


def test_no_import_cycle_between_packages():
    graph: dict[str, set[str]] = {}
    for module in _modules():
        for imported, _node in _imports(module):
            if _package_of(imported) != _package_of(module):
                graph.setdefault(_package_of(module), set()).add(_package_of(imported))
    assert not _cycles(graph)


def test_no_import_cycle_between_modules():
    """Imports inside functions count: a lazy import back is still a circle. Importing a submodule
    imports its package's ``__init__`` first, so that edge, implied by Python, is not one."""
    modules = _modules()
    graph = {m: {i for i, _n in _imports(m) if i in modules and i != m and not m.startswith(i + ".")}
             for m in modules}
    assert not _cycles(graph)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    seen: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(n: str) -> None:
        seen[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if seen.get(m) == 1:
                cycles.append([*stack[stack.index(m):], m])
            elif m not in seen:
                visit(m)
        stack.pop()
        seen[n] = 2

    for n in sorted(graph):
        if n not in seen:
            visit(n)
    return cycles


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__")) and name != "_"


@cache
def _private_definitions() -> dict[str, set[str]]:
    """Private name → the packages defining it (functions, classes, module or class attributes, and
    attributes set on ``self``/``cls``)."""
    out: dict[str, set[str]] = {}
    for module in _modules():
        for node in ast.walk(_tree(module)):
            names: list[str] = []
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    for sub in ast.walk(t):
                        if isinstance(sub, ast.Name):
                            names.append(sub.id)
                        elif isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) \
                                and sub.value.id in ("self", "cls"):
                            names.append(sub.attr)
            for n in names:
                if _private(n):
                    out.setdefault(n, set()).add(_package_of(module))
    return out


def test_no_private_name_crosses_a_package():
    """Neither imported (``from kg_service.x import _y``), nor read off another package's module
    (``engine._y``), nor used on its objects (``self.assessor._y()``): a private name another package
    defines and this one does not is another package's internals."""
    defined = _private_definitions()
    bad = []
    for module in _modules():
        mine = _package_of(module)
        foreign_modules: set[str] = set()  # names this module binds to another package's modules
        for node in ast.walk(_tree(module)):
            if isinstance(node, ast.ImportFrom) and (base := _base(module, node)).startswith("kg_service") \
                    and _package_of(base) != mine:
                for a in node.names:
                    if _private(a.name):
                        bad.append(f"{module}:{node.lineno} imports {a.name} from {base}")
                    if f"{base}.{a.name}" in _modules():
                        foreign_modules.add(a.asname or a.name)
        for node in ast.walk(_tree(module)):
            if not isinstance(node, ast.Attribute) or not _private(node.attr):
                continue
            owners = defined.get(node.attr, set())
            base = node.value.id if isinstance(node.value, ast.Name) else None
            if base in foreign_modules or (owners and mine not in owners):
                bad.append(f"{module}:{node.lineno} uses {node.attr} of {sorted(owners) or base}")
    assert not bad, "\n".join(bad)


def test_faces_never_import_each_other():
    bad = [f"{m} imports {i}" for m in _modules() for i, _n in _imports(m)
           if _package_of(m) in FACES and _package_of(i) in FACES and _package_of(i) != _package_of(m)]
    assert not bad, bad


def test_faces_ask_use_cases_not_the_capabilities_the_service_holds():
    """``s.assess(...)``, ``s.profile_fields()``, ``s.impact_of(...)``: never ``s.kg``, ``s.assessor``,
    ``s.timeline`` or ``request.app.state.sfkg.timeline``."""
    bad = [f"{m}:{node.lineno} reaches .{node.attr}" for m in _modules() if _package_of(m) in FACES
           for node in ast.walk(_tree(m)) if isinstance(node, ast.Attribute) and node.attr in CAPABILITY_HANDLES]
    assert not bad, "\n".join(bad)


def test_only_the_service_and_the_engines_own_packages_build_an_engine():
    """One engine, one door: a face or another capability asks the Service to decide."""
    builders: set[str] = set()
    for m in _modules():
        for node in ast.walk(_tree(m)):
            if isinstance(node, ast.Call):
                f = node.func
                called = f.id if isinstance(f, ast.Name) else \
                    f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else None
                if called in ENGINES:
                    builders.add(m)
    outside = {m for m in builders if not any(m == p or m.startswith(p + ".") for p in ENGINE_BUILDERS)}
    # a stated case too is decided by the Service's use cases, lent to the questions (questions/case/deciding.py)
    assert not outside, sorted(outside)


def test_faces_import_capabilities_by_import_statements_not_by_name():
    """The package always ships every capability (an embedding model may still be named by a setting)."""
    offenders = [m for m in _modules() if _package_of(m) in (*FACES, "kg_service.server", "kg_service.service")
                 and "import_module" in _modules()[m].read_text(encoding="utf-8")]
    assert not offenders, offenders


def test_profile_and_rdfmap_do_not_import_each_other():
    assert "kg_service.assessment.profile" not in {i for i, _n in _imports("kg_service.assessment.rdfmap")}
    assert "kg_service.assessment.profile" not in {i for i, _n in _imports("kg_service.assessment.jsonld_loader")}
