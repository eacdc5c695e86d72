"""Each module-level name of the package is bound once: a second ``_ROLE_ASKED`` further down
a module silently replaces the first for every reader above it (a who-question lost its
answer that way), and nothing else would notice."""

from __future__ import annotations

import ast
from pathlib import Path

import rag

PACKAGE = Path(rag.__file__).parent


def _rebound(tree: ast.Module) -> list[str]:
    """Names bound twice at module level, a rebinding that reads the name itself
    (``_GENERIC = _GENERIC | ...``, an extension) excepted."""
    seen: set[str] = set()
    twice = []
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            names = [t.id for t in targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names, value = [node.name], None
        else:
            continue
        for name in names:
            extends = value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not extends:
                twice.append(name)
            seen.add(name)
    return twice


def test_no_module_binds_a_name_twice():
    found = {str(path.relative_to(PACKAGE)): names for path in sorted(PACKAGE.rglob("*.py"))
             if (names := _rebound(ast.parse(path.read_text(encoding="utf-8"))))}
    assert found == {}


def test_a_second_binding_is_caught():
    assert _rebound(ast.parse("A = 1\nB = 2\nA = 3\n")) == ["A"]
    assert _rebound(ast.parse("A = {1}\nA = A | {2}\n")) == []
