"""Literal prefilters for the rules' patterns (the idea of RE2's and ripgrep's).

Python's `re` tries every alternative of a pattern at every position of the
text; for the rules' alternations over 10 KB of mail that is most of the
classifier's time.  `required_literals` reads a pattern's structure and
returns literals of which at least one must occur in any text the pattern
matches; a plain substring test (`in`, fast C code) then skips the regex
for most mail.  When no such set can be derived, it returns None and the
regex always runs: the prefilter can only save time, never change a result.
"""

from __future__ import annotations

try:  # the parser behind `re`: public as sre_parse up to 3.10, re._parser since
    import re._parser as _sre
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sre  # type: ignore[no-redef]

_LITERAL, _SUBPATTERN, _BRANCH = _sre.LITERAL, _sre.SUBPATTERN, _sre.BRANCH
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT)
_MIN_LENGTH = 2  # a shorter literal filters nothing


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    try:
        found = _gate(_sre.parse(pattern, flags))
    except Exception:  # an unfamiliar construct: no prefilter, the regex decides
        return None
    return tuple(sorted(found)) if found else None


def _gate(sequence) -> set[str] | None:
    """Literals one of which any match of `sequence` contains, or None."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= _MIN_LENGTH:
            candidates.append({"".join(run)})
        run.clear()

    for op, av in sequence:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        flush()
        sub = None
        if op is _SUBPATTERN:
            sub = _gate(av[-1])
        elif op is _BRANCH:
            branches = [_gate(b) for b in av[1]]
            if all(b is not None for b in branches):
                sub = set().union(*branches)
        elif op in _REPEATS and av[0] >= 1:
            sub = _gate(av[2])
        if sub:
            candidates.append(sub)
    flush()
    if not candidates:
        return None
    # The most selective: literals of 4+ characters first, then the fewest
    # literals, then the longest shortest literal.
    return max(candidates, key=lambda c: (min(map(len, c)) >= 4, -len(c), min(map(len, c))))
