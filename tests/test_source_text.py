"""The package's source holds no control characters: a pattern's "\\b" typed
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
