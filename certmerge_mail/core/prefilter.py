r"""Making the rules' patterns cheap to run, without changing what they match.

Python's `re` tries a pattern at every position of the text unless the
pattern starts with a literal or a set of characters, in which case a fast
C loop skips to the positions where it can start.  Two helpers, both of
which can only save time, never change a result:

- `required_literals` reads a pattern's structure and returns literals of
  which at least one must occur in any text the pattern matches (the idea of
  RE2's and ripgrep's prefilters); a plain substring test (`in`, fast C
  code) then skips the regex for most mail.  None when no such set exists.
- `split_leading_anchor` takes a leading `\b` or `^\s*` off a pattern:
  such an anchor defeats the skip loop and makes a search 5 to 20 times
  slower.  The caller checks the anchor itself (`anchored`).
"""

from __future__ import annotations

import re._parser as _sre  # the parser behind `re` (sre_parse up to 3.10)

_LITERAL, _SUBPATTERN, _BRANCH = _sre.LITERAL, _sre.SUBPATTERN, _sre.BRANCH
_AT, _AT_BOUNDARY, _AT_BEGINNING = _sre.AT, _sre.AT_BOUNDARY, _sre.AT_BEGINNING
_MULTILINE = _sre.SRE_FLAG_MULTILINE
# Possessive repeats (`\s++`) and atomic groups (Python 3.11) keep the
# rules linear (tests/test_redos.py); their literals gate like any others.
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_ATOMIC = _sre.ATOMIC_GROUP
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
        elif op is _ATOMIC:
            sub = _gate(av)
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


def split_leading_anchor(pattern: str, flags: int = 0) -> tuple[str | None, str]:
    r"""Take a leading anchor off `pattern`, for the caller to check itself.

    ("word", rest) for `\b` + rest, ("line", rest) for `^\s*` + rest (with
    re.MULTILINE), (None, pattern) otherwise, including a top-level `|`,
    where the anchor belongs to one branch only.
    """
    try:
        parsed = _sre.parse(pattern, flags)
    except Exception:
        return None, pattern
    if len(parsed) < 2 or parsed[0][0] is not _AT:
        return None, pattern
    if parsed[0][1] is _AT_BOUNDARY and pattern.startswith("\\b"):
        return "word", pattern[2:]
    line_start = parsed[0][1] is _AT_BEGINNING and flags & _MULTILINE and pattern.startswith("^\\s*")
    if line_start and len(parsed) > 2 and pattern[4:5] not in ("?", "+", "*", "{"):
        return "line", pattern[4:]
    return None, pattern


def anchored(anchor: str | None, text: str, at: int) -> bool:
    """Whether the anchor that split_leading_anchor took off holds at `at`."""
    if anchor == "word":  # `\b`: a word character (alphanumeric or "_") on one side only
        before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
        after = at < len(text) and (text[at].isalnum() or text[at] == "_")
        return before != after
    if anchor == "line":  # `^\s*`: only whitespace back to a line start
        while at > 0 and text[at - 1].isspace():
            if text[at - 1] == "\n":
                return True
            at -= 1
        return at == 0
    return True


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class (as pattern text) holding every character a match of
    `pattern` can start with, or None when that cannot be told (an empty match,
    a category such as \\w, a look-around or an anchor first).  A search for the
    class skips along in C; the pattern is then tried with `match` only there."""
    try:
        first = _first(_sre.parse(pattern, flags))
    except Exception:
        return None
    if not first:
        return None
    return "[" + "".join(_class_item(c) for c in sorted(first)) + "]"


def _first(sequence) -> set[str] | None:
    for op, av in sequence:
        if op is _LITERAL:
            return {chr(av)}
        if op is _SUBPATTERN:
            return _first(av[-1])
        if op is _ATOMIC:
            return _first(av)
        if op is _BRANCH:
            branches = [_first(b) for b in av[1]]
            return None if any(b is None for b in branches) else set().union(*branches)
        if op in _REPEATS and av[0] >= 1:
            return _first(av[2])
        if op is _sre.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is _LITERAL:
                    chars.add(chr(value))
                elif kind is _sre.RANGE and value[1] - value[0] <= 0x5000:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None  # a negated class or a category: anything may start it
            return chars
        return None  # an optional item, an anchor, a look-around, a category...
    return None


def _class_item(c: str) -> str:
    return "\\" + c if c in "\\]^-[" else c


def split_alternatives(pattern: str) -> tuple[str, ...]:
    """The top-level alternatives of `pattern` (its text split at each `|`
    outside groups, classes and escapes), for a signal that stands for one
    alternation written as a single pattern: each is then gated and
    searched on its own (rules.Signal)."""
    parts: list[str] = []
    depth, at, i = 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: to its closing "]" (a "]" first in it is a literal)
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += 1 if pattern[i : i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[at:i])
            at = i + 1
        i += 1
    parts.append(pattern[at:])
    return tuple(parts)


def upper_literals(pattern: str, flags: int = 0) -> str:
    """The upper-case letters `pattern` matches literally: none of them can
    match lower-cased text, where the signals run."""
    found: set[str] = set()
    for op, av in _items(_sre.parse(pattern, flags)):
        if op is _LITERAL:
            found.add(chr(av))
        elif op is _sre.IN:
            for kind, value in av:
                if kind is _LITERAL:
                    found.add(chr(value))
                elif kind is _sre.RANGE:
                    found.update(map(chr, range(value[0], min(value[1], value[0] + 0x5000) + 1)))
    return "".join(sorted(c for c in found if c != c.lower()))


def _items(sequence):
    """Every (op, argument) of a parsed pattern, its groups' and branches' included."""
    for op, av in sequence:
        yield op, av
        stack = [av]
        while stack:
            value = stack.pop()
            if isinstance(value, _sre.SubPattern):
                yield from _items(value)
            elif isinstance(value, (list, tuple)):
                stack.extend(value)
