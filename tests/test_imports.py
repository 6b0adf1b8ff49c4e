"""No import cycle among newsdesk's modules.

Every module under newsdesk/ is parsed (not imported): module-level,
function-level and `TYPE_CHECKING` imports all count, relative ones resolved.
`from . import x` imports the submodule `x`; `from .a import b` imports
`a.b` when that is a module, else `a`. Importing `p.a` also runs the package
`p` (its `__init__`, re-exports and all) unless the importer is inside `p`,
where `p` has already started: so a package that re-exports its own
submodules is no cycle, but `x -> p.a` with `p/__init__` importing
something that imports `x` is one (Python fails on it when `x` comes first).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "newsdesk"


def module_names(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every .py file under `root`."""
    out: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def ancestors(name: str) -> list[str]:
    """`a.b.c` -> [`a`, `a.b`]."""
    parts = name.split(".")
    return [".".join(parts[:k]) for k in range(1, len(parts))]


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of `modules` that module `name` (at `path`) imports, with
    the packages that importing them runs first."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules:
                    found.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                if node.level > 1:
                    parts = parts[: -(node.level - 1)]
                base = ".".join([*parts, node.module] if node.module else parts)
            else:
                base = node.module or ""
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in modules:
                    found.add(sub)
                elif base in modules:
                    found.add(base)
    started = {*ancestors(name), name}
    for target in list(found):
        found.update(p for p in ancestors(target) if p in modules and p not in started)
    found.discard(name)
    return found


def graph(root: Path) -> dict[str, set[str]]:
    modules = module_names(root)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None."""
    done: set[str] = set()
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(node: str) -> list[str] | None:
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt in on_stack:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in done:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        stack.pop()
        on_stack.discard(node)
        done.add(node)
        return None

    for start in sorted(edges):
        if start not in done:
            cycle = visit(start)
            if cycle:
                return cycle
    return None


def test_the_graph_sees_the_package() -> None:
    edges = graph(PACKAGE)
    assert "newsdesk.pipeline" in edges and "newsdesk.extract" in edges
    assert "newsdesk.registry" in edges["newsdesk.pipeline"]


def test_no_import_cycle() -> None:
    cycle = find_cycle(graph(PACKAGE))
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


@pytest.mark.parametrize(
    ("files", "cycle"),
    [
        # a function-level import closes the cycle
        (
            {"a.py": "from .b import f\n", "b.py": "def f():\n    from . import a\n"},
            ["pkg.a", "pkg.b", "pkg.a"],
        ),
        # a TYPE_CHECKING import counts too
        (
            {
                "a.py": "from .sub.c import C\n",
                "sub/__init__.py": "",
                "sub/c.py": "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from ..a import A\n",
            },
            ["pkg.a", "pkg.sub.c", "pkg.a"],
        ),
        # a package that re-exports its own submodules is no cycle
        (
            {"sub/__init__.py": "from .c import C\n", "sub/c.py": "from . import d\n",
             "sub/d.py": "from ..e import E\n", "e.py": "import os\n"},
            None,
        ),
        # importing a submodule runs its package's re-exports, which import back
        (
            {"doc.py": "from .people.mentions import People\n",
             "people/__init__.py": "from .entities import find\n",
             "people/mentions.py": "class People: ...\n",
             "people/entities.py": "from ..doc import LABELS\n"},
            ["pkg.doc", "pkg.people", "pkg.people.entities", "pkg.doc"],
        ),
    ],
)
def test_cycles_are_found(tmp_path: Path, files: dict[str, str], cycle: list[str] | None) -> None:
    root = tmp_path / "pkg"
    (root / "__init__.py").parent.mkdir()
    (root / "__init__.py").write_text("")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    assert find_cycle(graph(root)) == cycle
