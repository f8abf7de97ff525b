"""The rules' fast matching (prefilter.py) finds exactly what the plain
regular expressions find: the speed-ups may only save time."""

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certmerge_mail.adapters.parsing import parse
from certmerge_mail.core import meaning, rules
from certmerge_mail.core.prefilter import (anchored, required_literals, split_alternatives, split_leading_anchor,
                                           upper_literals)
from certmerge_mail.core.text import normalize, split_new_text

SIGNALS = [s for module in (rules, meaning) for s in vars(module).values() if isinstance(s, rules.Signal)]
CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.eml"))


def reference_fires(signal: rules.Signal, text: str) -> bool:
    """The signal as plain `re` runs it: any alternative with a match that is
    not hypothetical."""
    for alternative in signal.alternatives:
        for m in re.compile(alternative, re.MULTILINE).finditer(text):
            if not signal._hypothetical(text, m):
                return True
    return False


def corpus_texts() -> list[str]:
    texts = []
    for path in CORPUS:
        message = parse(path.read_bytes())
        new, history = split_new_text(normalize(message.text))
        texts += [new.lower(), history[:4000].lower(), normalize(message.subject).lower()]
    return texts


JOINABLE = [s for s in SIGNALS if s.conditional is None and "line" not in (a for _, _, a in s.prepare().compiled)]


def spans(matches) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


def test_every_signal_fires_exactly_as_plain_re_on_the_corpus():
    texts = corpus_texts()
    fired = 0
    for signal in SIGNALS:
        for text in texts:
            want = reference_fires(signal, text)
            assert (signal.find(text) is not None) == want, (signal.name, text[:200])
            assert (signal.first(text) is not None) == want, (signal.name, text[:200])
            fired += want
    assert fired > 100  # the comparison covered matches, not only misses


def test_a_signal_finds_what_its_alternatives_joined_as_one_pattern_find_on_the_corpus():
    """finditer and search, which stand in for one case-insensitive alternation (meaning's
    _CASE_MERGE, _WILL_ANSWER...), give exactly re's matches of the joined alternatives, in a
    window too.  (Not for a signal with a hypothetical test, nor with a line anchor `^\\s*`,
    whose spaces its matches leave out.)"""
    texts = corpus_texts()
    found = 0
    for signal in JOINABLE:
        whole = re.compile("|".join(signal.alternatives), re.MULTILINE)
        for text in texts:
            want = spans(whole.finditer(text))
            assert spans(signal.finditer(text)) == want, (signal.name, text[:200])
            found += len(want)
            start, end = len(text) // 3, len(text) // 3 * 2
            assert spans(signal.finditer(text, start, end)) == spans(whole.finditer(text, start, end))
            assert bool(signal.first(text, start, end)) == bool(whole.search(text, start, end))
    assert found > 300


def test_no_signal_spells_an_upper_case_letter():
    """Signals run on lower-cased text, where an upper-case letter never matches."""
    for signal in SIGNALS:
        for alternative in signal.alternatives:
            assert upper_literals(alternative) == "", (signal.name, alternative)
    assert upper_literals(r"(?:ID|x)[A-Cz]\bfoo") == "ABCDI"


def test_split_alternatives_splits_at_the_top_level_bars_only():
    pattern = r"a|(b|c)|[|]|\||[]|]x|[^]|]y|(?:d|(e|f))"
    assert split_alternatives(pattern) == ("a", "(b|c)", "[|]", r"\|", "[]|]x", "[^]|]y", "(?:d|(e|f))")
    for signal in SIGNALS:
        for alternative in signal.alternatives:
            assert "|".join(split_alternatives(alternative)) == alternative


# Text made of the rules' own words, so that matches (and near misses) are common.
WORDS = sorted({w for s in SIGNALS for a in s.alternatives for w in re.findall(r"[a-z']{2,}|[\u3040-\u9fff]+", a)})
SEPARATORS = [" ", " ", "  ", "\n", " \n ", ". ", ", ", "-", "", "\t", "x", "_", "ß"]
text_of_rule_words = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_of_rule_words, st.sampled_from(SIGNALS))
def test_signal_fires_exactly_as_plain_re_on_rule_words(text, signal):
    assert (signal.find(text) is not None) == reference_fires(signal, text)
    assert (signal.first(text) is not None) == reference_fires(signal, text)
    if signal in JOINABLE:
        assert spans(signal.finditer(text)) == spans(re.finditer("|".join(signal.alternatives), text, re.MULTILINE))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" \n\t_aé1-b", max_size=30), st.sampled_from([r"\ba", r"\ba\w*", r"^\s*a", r"^\s*a-?b"]))
def test_anchor_taken_off_and_checked_finds_what_re_finds(text, pattern):
    anchor, rest = split_leading_anchor(pattern, re.MULTILINE)
    assert anchor is not None
    plain = re.search(f"{pattern[: len(pattern) - len(rest)]}({rest})", text, re.MULTILINE)
    compiled, at, fast = re.compile(rest, re.MULTILINE), 0, None
    while (m := compiled.search(text, at)) is not None:
        if anchored(anchor, text, m.start()):
            fast = m
            break
        at = m.start() + 1
    assert (fast is None) == (plain is None)
    if plain is not None:
        assert (fast.start(), fast.group(0)) == (plain.start(1), plain.group(1))


def test_split_leading_anchor_only_where_the_anchor_covers_the_whole_pattern():
    assert split_leading_anchor(r"\bmerge\b") == ("word", r"merge\b")
    assert split_leading_anchor(r"^\s*keep", re.MULTILINE) == ("line", "keep")
    assert split_leading_anchor(r"\bmerge|統合") == (None, r"\bmerge|統合")  # the \b is one branch's
    assert split_leading_anchor(r"^\s*keep") == (None, r"^\s*keep")  # ^ without MULTILINE: text start
    assert split_leading_anchor(r"^\s*?keep", re.MULTILINE) == (None, r"^\s*?keep")
    assert split_leading_anchor(r"\b") == (None, r"\b")
    assert split_leading_anchor(r"merge") == (None, "merge")


def test_anchored_agrees_with_re_at_every_position():
    text = "a merge_x remerge\n  merge\tmerge é-merge"
    for at in range(len(text) + 1):
        assert anchored("word", text, at) == bool(re.compile(r"\b").match(text, at))
        line_start = any(re.compile(r"^\s*", re.M).match(text, p) and re.compile(r"^\s*", re.M).match(text, p).end() >= at
                         and not text[p:at].strip() for p in range(at + 1))
        assert anchored("line", text, at) == line_start


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_of_rule_words, st.sampled_from([a for s in SIGNALS for a in s.alternatives]))
def test_required_literals_are_in_every_match(text, alternative):
    gate = required_literals(alternative, re.MULTILINE)
    if gate is not None and re.search(alternative, text, re.MULTILINE):
        assert any(literal in text for literal in gate)


def test_irreversible_as_a_cause_in_japanese():
    assert rules.IRREVERSIBLE.find("ただ、一度お引っ越しをすると元には戻せないため、この組み合わせで進めてよいか") is not None


def test_irreversible_with_ha_before_the_verb():
    assert rules.IRREVERSIBLE.find("寄せた後の 2 のアカウントは閉じられ、元の状態には戻せなくなりますので、ご留意ください。") is not None
