"""Imports flow one way (docs/layout.md): no cycles, no arrow pointing up.

Every module of ``privacy_audit`` and ``ui`` is read with :mod:`ast`; every import counts,
wherever it is written (top level, inside a function), and so does
``importlib.import_module("...")`` with a literal name. The rule (imports under
``if TYPE_CHECKING:`` count for the direction, not for cycles, since they never run):

- ``ui`` may import the core, never ``privacy_audit.cli``; the core imports no ``ui`` except
  through the command line's two documented hooks (``HOOKS``);
- inside the core a package imports only packages on a lower layer (``CORE_LAYERS``), or a
  peer named in ``PEERS``;
- inside ``ui`` only ``ui.app`` (which composes the window) imports workshop mode;
- nothing anywhere imports in a circle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("privacy_audit", "ui")

#: Top first. A core module belongs to the first part of its name below ``privacy_audit``
#: (``privacy_audit.scoring.live`` -> ``scoring``); the package's own ``__init__`` (version
#: and names) is a leaf, its ``__main__`` sits with the command line.
CORE_LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"__main__"}),
    frozenset({"cli"}),
    frozenset({"report", "workshop", "storage", "updates", "imports"}),
    frozenset({"session"}),
    frozenset({"scoring"}),
    frozenset({"content"}),
    frozenset({"errors", "text", "paths", "userdirs", "files", "pages", ""}),
)
#: Arrows allowed between packages of one layer: the workshop's paper is printed in the
#: personal report's page frame (``report.html``) and reuses its ladder texts.
PEERS = frozenset({("workshop", "report")})
#: The only arrows from the core into ``ui``: the command line opens the app and prints PDFs.
HOOKS = frozenset(
    {("privacy_audit.cli", "ui.app"), ("privacy_audit.cli.report", "ui.report_render")}
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {
        module_name(p): p
        for pkg in PACKAGES
        for p in sorted((ROOT / pkg).rglob("*.py"))
        if "_data" not in p.parts
    }


def _is_type_checking(test: ast.expr) -> bool:
    return getattr(test, "id", getattr(test, "attr", None)) == "TYPE_CHECKING"


def _walk(node: ast.AST, typing_only: bool = False) -> Iterator[tuple[ast.AST, bool]]:
    """Every node under *node*, and whether it sits under ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(node):
        yield child, typing_only
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for stmt in child.body:
                yield stmt, True
                yield from _walk(stmt, True)
            for stmt in child.orelse:
                yield stmt, typing_only
                yield from _walk(stmt, typing_only)
        else:
            yield from _walk(child, typing_only)


def imports_of(name: str, path: Path, known: set[str]) -> Iterator[tuple[str, int, bool]]:
    """(imported module, line, only for type checking) for every import in *path*, resolved
    to a known module."""
    is_pkg = path.name == "__init__.py"
    package = name if is_pkg else name.rpartition(".")[0]

    def resolve(target: str) -> str | None:
        while target and target not in known:
            target = target.rpartition(".")[0]
        return target or None

    for node, typing_only in _walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from pkg import sub`` imports the submodule; ``from mod import name`` the module.
            targets = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names
            ]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            targets = [node.args[0].value]
        for t in targets:
            resolved = resolve(t)
            if resolved is not None and resolved != name:
                yield resolved, getattr(node, "lineno", 0), typing_only


def graph() -> dict[str, set[tuple[str, int, bool]]]:
    mods = all_modules()
    known = set(mods)
    return {name: set(imports_of(name, path, known)) for name, path in mods.items()}


def core_part(mod: str) -> str:
    parts = mod.split(".")
    return parts[1] if len(parts) > 1 else ""


def layer_of(part: str) -> int:
    for i, layer in enumerate(CORE_LAYERS):
        if part in layer:
            return i
    raise AssertionError(f"privacy_audit.{part} is on no layer: add it to CORE_LAYERS")


def wrong_way(src: str, dst: str) -> str | None:
    """Why the arrow *src* -> *dst* breaks the rule, or None."""
    if (src, dst) in HOOKS:
        return None
    s_pkg, d_pkg = src.split(".")[0], dst.split(".")[0]
    if s_pkg == "privacy_audit" and d_pkg == "ui":
        return "the core imports ui (only the command line's hooks may)"
    if s_pkg == "ui" and d_pkg == "privacy_audit":
        return "ui imports the command line" if core_part(dst) in ("cli", "__main__") else None
    if s_pkg == "ui":
        if dst.startswith("ui.workshop") and not (src == "ui.app" or src.startswith("ui.workshop")):
            return "only ui.app installs workshop mode"
        return None
    s, d = core_part(src), core_part(dst)
    if s == d or (s, d) in PEERS:
        return None
    if layer_of(s) == layer_of(d) == len(CORE_LAYERS) - 1:
        return None  # leaves may use each other (no cycles, checked apart)
    if layer_of(d) <= layer_of(s):
        return f"privacy_audit.{s} may not import privacy_audit.{d} (same or higher layer)"
    return None


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as a list of modules, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(edges.get(n, ())):
            if state.get(m) == 1:
                return [*stack[stack.index(m) :], m]
            if m not in state and (found := visit(m)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(edges):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_every_core_module_is_on_a_layer() -> None:
    for mod in all_modules():
        if mod.startswith("privacy_audit"):
            layer_of(core_part(mod))


def test_no_import_points_the_wrong_way() -> None:
    bad = [
        f"{src} -> {dst} (line {line}): {why}"
        for src, deps in sorted(graph().items())
        for dst, line, _ in sorted(deps)
        if (why := wrong_way(src, dst))
    ]
    assert not bad, "\n".join(bad)


def test_no_import_cycle() -> None:
    # Imports only for type checking never run, so they cannot make a cycle.
    edges = {src: {dst for dst, _, typing in deps if not typing} for src, deps in graph().items()}
    cycle = find_cycle(edges)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


@pytest.mark.parametrize(
    ("src", "dst", "expected"),
    [
        ("privacy_audit.content.model", "privacy_audit.scoring.engine", "higher layer"),
        ("privacy_audit.storage.store", "privacy_audit.report.model", "same or higher"),
        ("privacy_audit.session", "ui.main_window", "the core imports ui"),
        ("ui.main_window", "ui.workshop.mode", "only ui.app"),
        ("ui.workshop.output", "privacy_audit.cli.report", "command line"),
    ],
)
def test_the_rule_catches_wrong_arrows(src: str, dst: str, expected: str) -> None:
    assert expected in (wrong_way(src, dst) or "")


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}}) is None
