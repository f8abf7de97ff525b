"""Score `certmerge-mail classify --json` on a blind set of mail.

A blind set is a folder of .eml files with a labels.json written by someone
who never saw the rules (see README, "Reading the mail").  Run it once on
first contact and write the figure down before changing anything for it.

Usage: python bench/blind_score.py FOLDER [--misses]
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

FIELDS = ("kind", "case_id", "account_ids", "sender_verified")


def classify(files: list[Path]) -> dict[str, dict]:
    out = subprocess.run([sys.executable, "-m", "certmerge_mail", "classify", "--json", *map(str, files)],
                         capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        raise SystemExit(out.stderr)
    return {Path(r["file"]).name: r for r in map(json.loads, out.stdout.splitlines())}


def main(argv: list[str]) -> int:
    folder = Path(next(a for a in argv if not a.startswith("--")))
    show = "--misses" in argv
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    got = classify(sorted(folder / name for name in labels))
    right: Counter = Counter()
    false_confirmations = []
    uncertain_misses = 0
    uncertain_right = []  # the cost of doubting: right verdicts you are asked to look at
    for name, want in sorted(labels.items()):
        have = got.get(name, {})
        for field in FIELDS:
            w, h = want.get(field), have.get(field)
            if field == "account_ids":
                w, h = sorted(w or []), sorted(h or [])
            if field == "case_id" and want.get("kind") == "unrelated":
                right[field] += 1  # an unrelated mail's own case number does not matter
                continue
            if w == h:
                right[field] += 1
            elif show:
                print(f"{name}: {field} want {w!r} got {h!r}")
        if have.get("kind") == "merge_confirmation_requested" != want["kind"]:
            false_confirmations.append(name)
        if have.get("kind") != want["kind"] and have.get("certain") is False:
            uncertain_misses += 1
        elif have.get("kind") == want["kind"] and have.get("certain") is False:
            uncertain_right.append(name)
    n = len(labels)
    for field in FIELDS:
        print(f"{field:<16} {right[field]:>3}/{n} ({right[field] / n:.0%})")
    misses = n - right["kind"]
    print(f"read as a confirmation request but not one: {len(false_confirmations)} {false_confirmations}")
    print(f"kind misses marked uncertain: {uncertain_misses}/{misses}")
    print(f"right kinds marked uncertain: {len(uncertain_right)}/{n - misses} {uncertain_right}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
