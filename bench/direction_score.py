"""Score the guard on the blind direction statements (tests/direction/).

Each statement is rendered as configured and reversed; the guard's outcome
is counted for each.  Usage: python bench/direction_score.py [--misses] [SET.json ...]
(default: every tests/direction/set-*.json; name a file to score a new blind
set on first contact before it joins the tests).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "direction"))

import json  # noqa: E402

from render import ACCOUNTS, OWN, render, statements  # noqa: E402

from certmerge_mail.core import guard  # noqa: E402


def main() -> int:
    show = "--misses" in sys.argv
    files = [a for a in sys.argv[1:] if not a.startswith("--")]
    chosen = [s for f in files for s in json.loads(Path(f).read_text(encoding="utf-8"))] if files else statements()
    table: Counter = Counter()
    for s in chosen:
        for rev in (False, True):
            text = render(s, rev)
            result = guard.check(text, ACCOUNTS, OWN)
            outcome = result.outcome
            key = (s["direction"], "reversed" if rev else "as configured", str(outcome))
            table[key] += 1
            bad = (s["direction"] == "stated" and ((rev and outcome != "correct") or (not rev and outcome != "confirm")))
            if show and bad:
                print(f"--- {s['id']} {'REVERSED' if rev else 'configured'} -> {outcome} "
                      f"{result.direction.status} {result.problems} {result.direction.unread}")
                print(text)
                for e in result.evidence:
                    print("   ", e)
    for key in sorted(table):
        print(f"{key[0]:<11} {key[1]:<14} {key[2]:<8} {table[key]}")
    stated = sum(v for k, v in table.items() if k[0] == "stated") // 2
    affirmed_rev = table[("stated", "reversed", "confirm")]
    confirmed = table[("stated", "as configured", "confirm")]
    corrected = table[("stated", "reversed", "correct")]
    print(f"\nstated statements: {stated}")
    print(f"reversed requests affirmed (must be 0): {affirmed_rev}")
    print(f"reversed requests corrected: {corrected} ({corrected / stated:.0%}); the rest clarify")
    print(f"correct requests confirmed: {confirmed} ({confirmed / stated:.0%}; target >= 90%)")
    return 1 if affirmed_rev else 0


if __name__ == "__main__":
    raise SystemExit(main())
