"""A second opinion on a support mail's kind, learned from the labelled mail.

The rules (classify.py, meaning.py) decide a mail's kind; this doubts it: a
naive Bayes model over the words of the mail's own text and subject (English
words, Japanese character pairs), trained on every labelled mail in
tests/corpus and tests/blind by bench/train_opinion.py, reads the mail
again.  Where it prefers another kind by a wide margin, the verdict becomes
uncertain: nothing is drafted or closed on it, and the digest asks you to
settle it.  Which of the two kinds the verdict then names, and which it
names as what the mail may be, is OVERRULES' choice; it never names a
confirmation request on the opinion's word alone.

Measured leave-one-set-out over the blind sets' first-contact verdicts
(bench/train_opinion.py --measure; README): at these margins it doubted most
of the rules' misses and about two right verdicts in a hundred, never a
right confirmation request; and where it overrules, its kind was right
several times as often as the rules' was.

Pure: the counts are a Python module (opinion_counts.py), read once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from functools import cache

from certmerge_mail.core import opinion_counts
from certmerge_mail.core.model import Kind

# How much likelier (natural log of the odds) the other kind must be.  A
# confirmation request, whose answer lets the irreversible merge go ahead, is
# doubted as soon as its words favour any other kind: measured leave one set
# out, that doubted every request wrongly read so and no right one (README).
MARGIN = 15.0
MARGINS = {Kind.MERGE_CONFIRMATION_REQUESTED: 0.0}
# Where it doubts the rules' kind, the kinds of its own that become the
# verdict's, above what margin (the rules' kind is then what the mail may
# be).  Measured leave one set out against first contact, and on every
# labelled mail against the rules as they stand (README, "The second
# opinion"): a doubted request was almost never one, and a plain reply it
# reads as a completion or closure by a wide margin usually was one.  Where
# the rules read an acknowledgement, completion or survey, or a plain reply
# the opinion takes for an acknowledgement (a console's "case reopened"
# notice), it was wrong as often as right: the rules' kind stands.  Its kind
# is never a confirmation request on its word alone.
OVERRULES = {
    Kind.MERGE_CONFIRMATION_REQUESTED: (
        frozenset({Kind.SUPPORT_REPLY, Kind.MERGE_COMPLETED, Kind.SURVEY, Kind.CASE_CREATED}), 0.0),
    Kind.SUPPORT_REPLY: (frozenset({Kind.MERGE_COMPLETED, Kind.SURVEY}), 20.0),
}
# The kinds it tells apart: a support mail of a merge case.
KINDS = tuple(Kind(k) for k in opinion_counts.KINDS)
# Enough of the text to judge it; the rest is signatures and footers.
_READ = 3_000
_ENGLISH = re.compile(r"[a-z][a-z']+")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{2,}")


def features(subject: str, new_text: str) -> frozenset[str]:
    """The words of a lowercase subject and own text: English words whole,
    Japanese runs as overlapping pairs of characters (Japanese has no spaces)."""
    return frozenset(_words(new_text[:_READ]) | {"s:" + w for w in _words(subject)})


def _words(text: str) -> set[str]:
    found = set(_ENGLISH.findall(text))
    if not text.isascii():
        for run in _JAPANESE.findall(text):
            found.update(map("".join, zip(run, run[1:])))
    return found


Weights = tuple[tuple[float, ...], dict[str, tuple[float, ...]]]


def weigh(mails: Sequence[int], counts: Iterable[tuple[str, Sequence[int]]]) -> Weights:
    """Each kind's prior, and each word's weight for each kind: the log odds
    of a mail of that kind holding the word (counts smoothed by a half).
    `mails`: how many mails of each kind; `counts`: (word, how many of each
    kind hold it).  (bench/train_opinion.py weighs its own counts with it.)"""
    total = sum(mails)
    prior = tuple(math.log((n + 1) / (total + len(mails))) for n in mails)
    logs = [[math.log((c + 0.5) / (n - c + 0.5)) for c in range(n + 1)] for n in mails]
    return prior, {word: tuple(table[int(c)] for table, c in zip(logs, held)) for word, held in counts}


def score(weights: Weights, words: Iterable[str]) -> tuple[float, ...]:
    """Each kind's score (a log likelihood, up to a constant) for a mail's words."""
    prior, weight = weights
    held = [w for w in map(weight.get, words) if w is not None]
    if not held:
        return prior
    # (a column of weights per kind, each summed in C: a third of the time of adding word by word)
    return tuple(p + sum(column) for p, column in zip(prior, zip(*held)))


@cache
def _weights() -> Weights:
    return weigh(opinion_counts.MAILS, ((word, counts) for word, *counts in
                                        (line.split(" ") for line in opinion_counts.COUNTS.splitlines())))


def prepare() -> None:
    """Read the counts now (about 30 ms) rather than at the first mail."""
    _weights()


def scores(subject: str, new_text: str) -> dict[Kind, float]:
    """Each kind's score for the mail."""
    return dict(zip(KINDS, score(_weights(), features(subject, new_text))))


def doubt(kind: Kind, subject: str, new_text: str) -> Kind | None:
    """The kind the mail's words favour over `kind` by more than its margin
    (MARGINS, else MARGIN), or None when they agree (or `kind` is not one this
    model knows)."""
    judged = judge(kind, subject, new_text)
    return judged[0] if judged else None


def judge(kind: Kind, subject: str, new_text: str) -> tuple[Kind, bool] | None:
    """None when the mail's words agree with the rules' `kind` (see doubt);
    else the kind they favour, and whether that kind overrules `kind` in the
    verdict (OVERRULES)."""
    if kind not in KINDS:
        return None
    s = scores(subject, new_text)
    best = max(s, key=s.__getitem__)
    margin = s[best] - s[kind]
    if best == kind or margin <= MARGINS.get(kind, MARGIN):
        return None
    over, above = OVERRULES.get(kind, (frozenset(), 0.0))
    return best, best in over and margin > above
