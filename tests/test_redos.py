"""No pattern of the core can be made to backtrack super-linearly (issue 16).

Every compiled pattern of every core module is collected by introspection
(module attributes, the contents of module-level lists, tuples, dicts and
frozen dataclasses such as rules.Signal) and run over adversarial text:
long whitespace runs, the pattern's own literals repeated ("from from
from...", "case case..."), a near-match of the pattern repeated, 50 KB of
digits, of "a ", of "> " lines...  Each search must finish within a budget
that grows linearly with the text: 0.2 s per 50 KB (and at least 20 ms).

The sizes grow (64 B, 512 B, 4 KB, 50 KB) and the first one over its
budget fails, so a quadratic or cubic pattern fails in a second instead of
hanging for minutes.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import time

import pytest

import re._parser as _sre  # the parser behind `re`

import certmerge_mail.core as core_package
from certmerge_mail.core import drafts, rules
from certmerge_mail.core.classify import TOO_LONG, classify
from certmerge_mail.core.model import Kind, Message

BUDGET_PER_50K = 0.2  # seconds
FLOOR = 0.02  # timers and the first call of a pattern are noisy below this
SIZES = (64, 512, 4_096, 50_000)

# Patterns known to be over budget, not run (a name here is xfailed): empty
# now that direction.py, sender.py and drafts.py are linear.  Before,
# drafts._PREFIXES took 0.24 s on 'aw' + 4 KB of spaces and sender._DOMAIN
# 0.56 s on '1' * 4 KB.
KNOWN_SLOW: set[str] = set()


def _walk(value, where: str, seen: set[int], found: dict[str, re.Pattern[str]]) -> None:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            found.setdefault(where, value)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, item in enumerate(value):
            _walk(item, f"{where}[{i}]", seen, found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{where}[{key!r}]", seen, found)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _walk(getattr(value, f.name), f"{where}.{f.name}", seen, found)


def core_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for info in pkgutil.iter_modules(core_package.__path__):
        module = importlib.import_module(f"{core_package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("__") or isinstance(value, type) or callable(value) and not isinstance(value, re.Pattern):
                continue
            _walk(value, f"{info.name}.{name}", seen, found)
    return found


rules.prepare_all()  # the signals compile at their first use: all of them, here
PATTERNS = core_patterns()
SIGNALS = {name: s for name, s in vars(rules).items() if isinstance(s, rules.Signal)}


# --- adversarial text ------------------------------------------------------------

def _literals(pattern: str, flags: int) -> list[str]:
    """The runs of literal characters in a pattern ("from", "account", "aws")."""
    runs: list[str] = []

    def visit(seq) -> None:
        run: list[str] = []
        for op, av in seq:
            if op is _sre.LITERAL:
                run.append(chr(av))
                continue
            if run:
                runs.append("".join(run))
                run = []
            if op is _sre.SUBPATTERN:
                visit(av[-1])
            elif op is _sre.BRANCH:
                for branch in av[1]:
                    visit(branch)
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
                visit(av[2])
            elif op is _sre.ATOMIC_GROUP:
                visit(av)
            elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
                visit(av[1])
        if run:
            runs.append("".join(run))

    try:
        visit(_sre.parse(pattern, flags))
    except Exception:
        return []
    return sorted({r.strip() or r for r in runs if r}, key=lambda r: (-len(r), r))


CUT = "\x00"  # in an example: where a repeat of more than one character starts


def _example(seq, choice: int) -> str:
    """A string that (nearly) matches the parsed pattern: the `choice`-th branch
    of each alternation, each repeat once or its minimum; CUT marks where a
    repeat starts (there, a long run of spaces or of "a@" is adversarial)."""
    out: list[str] = []
    for op, av in seq:
        if op is _sre.LITERAL:
            out.append(chr(av))
        elif op is _sre.NOT_LITERAL:
            out.append("x" if chr(av) != "x" else "y")
        elif op is _sre.ANY:
            out.append("x")
        elif op is _sre.IN:
            out.append(_in_example(av))
        elif op is _sre.SUBPATTERN:
            out.append(_example(av[-1], choice))
        elif op is _sre.ATOMIC_GROUP:
            out.append(_example(av, choice))
        elif op is _sre.BRANCH:
            branches = av[1]
            out.append(_example(branches[choice % len(branches)], choice))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, high, item = av
            out.append((CUT if high > 1 else "") + _example(item, choice) * max(1, min(low, 3)))
    return "".join(out)


def _in_example(items) -> str:
    if items and items[0][0] is _sre.NEGATE:
        return "x"
    for op, av in items:
        if op is _sre.LITERAL:
            return chr(av)
        if op is _sre.RANGE:
            return chr(av[0])
        if op is _sre.CATEGORY:
            return {"CATEGORY_DIGIT": "1", "CATEGORY_SPACE": " ", "CATEGORY_WORD": "a"}.get(str(av), "a")
    return "a"


def _examples(pattern: re.Pattern[str]) -> list[str]:
    try:
        parsed = _sre.parse(pattern.pattern, pattern.flags)
    except Exception:
        return []
    return sorted({_example(parsed, choice) for choice in range(4)} - {""})


# Text any pattern may meet: long runs of one thing.
GENERIC = [" ", "\n", " \n", "1", "a", "a ", "a@", "> ", ". ", "\u3042"]
FILLERS = [" ", "a@"]  # what follows a pattern's own beginning


def _repeat(unit: str):
    # Ending in ".\nx": a pattern that runs to the end of a sentence, a line
    # or the text (`[^.\n]*$`) must fail there, after reading the run.
    return lambda size: (unit * (size // len(unit) + 1))[: size - 3] + ".\nx"


def _after(prefix: str, filler: str):
    return lambda size: (prefix + filler * ((size - len(prefix)) // len(filler) + 1))[: size - 1] + "x"


def adversarial(pattern: re.Pattern[str], generic: bool = True) -> list[tuple[str, object]]:
    """(label, size -> text of that size) for one pattern: its own literals
    and near-matches repeated ("from from from..."), and each beginning of
    a near-match followed by a long run ("case" + 50,000 spaces)."""
    literals = _literals(pattern.pattern, pattern.flags)[:8]
    examples = _examples(pattern)
    units = list(GENERIC) if generic else []
    units += [lit + sep for lit in literals for sep in ("", " ")]
    units += [e.replace(CUT, "")[:cut] for e in examples for cut in (None, -1)]
    prefixes = list(literals[:4])
    for e in examples:
        pieces = e.split(CUT)
        prefixes += ["".join(pieces[:i]) for i in range(1, min(len(pieces), 7))]
    cases = [(f"{u!r}*n", _repeat(u)) for u in dict.fromkeys(u for u in units if u)]
    cases += [(f"{p!r}+{f!r}*n+'x'", _after(p, f)) for p in dict.fromkeys(p for p in prefixes if p) for f in FILLERS]
    return cases


def _budget(size: int) -> float:
    return max(FLOOR, BUDGET_PER_50K * size / 50_000)


def _slowest(run, make) -> tuple[float, int] | None:
    """(seconds, size) at the first size over budget, or None."""
    for size in SIZES:
        text = make(size)
        start = time.process_time()
        run(text)
        elapsed = time.process_time() - start
        if elapsed > _budget(size):
            if elapsed < 5 * _budget(size):
                for _ in range(2):  # the best of three: a busy machine may have paused us
                    start = time.process_time()
                    run(text)
                    elapsed = min(elapsed, time.process_time() - start)
            if elapsed > _budget(size):
                return elapsed, size
    return None


def _first_slow(run, cases) -> str | None:
    """The first case over budget, described; None when every case is within it."""
    for label, make in cases:
        result = _slowest(run, make)
        if result is not None:
            elapsed, size = result
            return f"{label}: {elapsed * 1000:.0f} ms on {size} characters (budget {_budget(size) * 1000:.0f} ms)"
    return None


def test_patterns_are_collected():
    assert len(PATTERNS) > 250
    modules = {name.split(".")[0] for name in PATTERNS}
    assert {"rules", "ids", "text", "classify"} <= modules or {"rules", "ids", "text"} <= modules
    assert any(name.startswith("ids.") for name in PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear(name):
    if name in KNOWN_SLOW:
        pytest.xfail("over budget in a module another change owns; see KNOWN_SLOW")
    pattern = PATTERNS[name]
    slow = _first_slow(lambda text: sum(1 for _ in pattern.finditer(text)), adversarial(pattern))
    assert slow is None, f"{name} = {pattern.pattern!r}\n{slow}"


@pytest.mark.parametrize("name", sorted(SIGNALS))
def test_signal_find_is_linear(name):
    """The path the classifier takes: prefilter, split anchors, hypotheticals."""
    signal = SIGNALS[name]
    cases = []
    for pattern in (p for _gate, p, _anchor in signal.compiled):
        cases += adversarial(pattern, generic=False)
    slow = _first_slow(signal.find, list({label: make for label, make in cases}.items()))
    assert slow is None, f"{name}: {slow}"


# --- patterns written inline, through the functions that use them -----------------

WHITESPACE_MIX = " \t\u3000\u00a0\x0b"


def _mixed_whitespace(size: int, breaks: bool) -> str:
    """`size` characters of mixed whitespace, with a line break every ~1000
    characters or none, between two words."""
    run = "".join(WHITESPACE_MIX[i * 7 % len(WHITESPACE_MIX)] for i in range(size))
    if breaks:
        run = "".join(c if i % 997 else ("\r\n" if i % 2 else "\n") for i, c in enumerate(run))
    return "a" + run + "b"


@pytest.mark.parametrize("breaks", [False, True], ids=["no line break", "line breaks"])
def test_one_line_is_linear_on_long_whitespace(breaks):
    text = _mixed_whitespace(200_000, breaks)
    start = time.process_time()
    result = drafts.one_line(text)
    elapsed = time.process_time() - start
    assert elapsed < _budget(len(text)) + 0.5, f"one_line: {elapsed:.2f} s on {len(text)} characters"
    assert result == ("a b" if breaks else text)


@pytest.mark.parametrize("subject", [
    "aw" + " " * 200_000 + "x",
    "re" + " " * 200_000 + "[1]" + " " * 200_000 + "x",
    "Re: " * 50_000 + "merge",
    "AW:" + "\t \u3000" * 60_000 + "[2" + "1" * 50_000,
], ids=["aw + spaces", "re + spaces + [1] + spaces", "Re: * 50,000", "AW: + whitespace + [digits"])
def test_reply_subject_is_linear_on_long_prefixes(subject):
    start = time.process_time()
    result = drafts.reply_subject(subject, "176215680000123")
    elapsed = time.process_time() - start
    assert elapsed < _budget(len(subject)) + 0.5, f"reply_subject: {elapsed:.2f} s on {len(subject)} characters"
    assert result.startswith("RE: ") and result.endswith(" [CASE 176215680000123]")


def test_one_line_and_reply_subject_read_as_before():
    assert drafts.one_line("  a \t\r\n \n b\u3000c \n") == "a b\u3000c"
    assert drafts.one_line("a\u3000\u3000b") == "a\u3000\u3000b"
    assert drafts.reply_subject("Re: RE : Fwd [3]:  AW：merge", "1") == "RE: merge [CASE 1]"
    assert drafts.reply_subject("RE:[CASE 176215680000123] merge", "176215680000123") == \
        "RE:[CASE 176215680000123] merge"
    assert drafts.reply_subject("aw  x", "") == "RE: aw  x"


# --- the whole classifier ------------------------------------------------------------

def _mail(from_addr: str, subject: str, text: str, from_name: str = "Amazon Web Services") -> Message:
    return Message(message_id="<x@example>", subject=subject, from_name=from_name, from_addr=from_addr, text=text)


ISSUE_16_MAILS = {
    # the mail that froze the service: 8 KB after "from", from a look-alike
    "from + spaces (look-alike)": _mail("support@amaz0n-support.com", "Account merge", "from" + " " * 8_400 + "x"),
    "source account + spaces (genuine)": _mail("no-reply@amazon.com", "RE:[CASE 176215680000123] merge",
                                               "please confirm source account" + " " * 60_000 + "x"),
    # the 55 KB spam with "merge" in its subject
    "case + spaces (anyone)": _mail("spam@example.com", "merge your accounts", "case" + " " * 55_000 + "x", ""),
    "case case case": _mail("no-reply@amazon.com", "merge", "case " * 12_000),
    "ケース + spaces": _mail("no-reply@amazon.com", "統合", "ケース" + "　" * 30_000 + "x"),
    "original message + spaces": _mail("no-reply@amazon.com", "merge", "hi\noriginal message" + " " * 50_000 + "x"),
    "date line of a@a@": _mail("no-reply@amazon.com", "merge", "hi\n2025/11/03 " + "a@" * 25_000 + " x"),
    "huge subject": _mail("no-reply@amazon.com", "[case " + " " * 500_000 + "x", "merge"),
    "10,000 quoted lines": _mail("no-reply@amazon.com", "merge", "please confirm\n" + "> \n" * 10_000),
    "1 MB of digits": _mail("no-reply@amazon.com", "merge", "1" * 1_000_000),
}


@pytest.mark.parametrize("name", sorted(ISSUE_16_MAILS))
def test_adversarial_mail_classifies_within_a_second(name):
    start = time.process_time()
    verdict = classify(ISSUE_16_MAILS[name])
    elapsed = time.process_time() - start
    assert elapsed < 1.0, f"{name}: {elapsed:.2f} s"
    assert not any("classifier error" in e for e in verdict.errors)


class FakeClock:
    """A clock that moves one second each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        self.now += 1.0
        return self.now


def test_a_message_over_its_time_budget_is_unrelated_with_an_error():
    clock = FakeClock()
    message = _mail("no-reply@amazon.com", "RE:[CASE 176215680000123] merge", "Please confirm the merge.")
    verdict = classify(message, budget_seconds=2.5, clock=clock)
    assert verdict.kind == Kind.UNRELATED
    assert verdict.errors == (TOO_LONG,) == ("classification took too long",)
    assert verdict.reasons[0].startswith("classification took too long (over 2.5 s)")
    assert clock.reads == 4  # the start, then each check until the budget was spent


def test_within_the_budget_the_verdict_is_the_same():
    message = _mail("no-reply@amazon.com", "RE:[CASE 176215680000123] merge",
                    "Please confirm that AWS07654321 will be merged into AWS01234567. This cannot be undone.")
    plain = classify(message)
    timed = classify(message, budget_seconds=60.0, clock=time.monotonic)
    assert timed == plain and plain.kind == Kind.MERGE_CONFIRMATION_REQUESTED


def test_a_budget_needs_a_clock():
    with pytest.raises(ValueError):
        classify(_mail("a@amazon.com", "", ""), budget_seconds=1.0)
