"""The package's source holds no control characters, and no module defines a
name twice.

No control characters: a pattern's "\\b" typed
into a string that is not raw becomes a backspace, and the pattern then
quietly never matches."""

from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).parent.parent / "certmerge_mail").rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_no_control_characters(path):
    text = path.read_text(encoding="utf-8")
    bad = [(n, line) for n, line in enumerate(text.splitlines(), 1)
           if any(ord(c) < 32 and c not in "\t" for c in line)]
    assert not bad, f"{path}: control character on line {bad[0][0]}: {bad[0][1][:80]!r}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_no_module_name_is_defined_twice(path):
    """A pattern, function or class defined again further down a module
    silently replaces the first for every reader above it too (a second
    `_ELSEWHERE` once turned requests asked again into plain replies)."""
    import ast
    from collections import Counter
    names = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    twice = sorted(name for name, count in names.items() if count > 1)
    assert not twice, f"{path}: defined more than once at module level: {', '.join(twice)}"
