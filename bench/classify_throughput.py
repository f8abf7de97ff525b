"""Benchmark: parse + classify throughput on one core, for typical ~10 KB mail.

Input: the fixture corpus (tests/corpus), each mail padded to about 10 KB
with the kind of text real support mail carries (quoted history, footers),
so the figure is for 10 KB mail as the issue asks.  Prints messages per
second for mail-parser alone and for parse + classify.

    .venv/bin/python bench/classify_throughput.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import mailparser

from certmerge_mail.adapters.parsing import parse
from certmerge_mail.core.classify import classify

ROOT = Path(__file__).resolve().parent.parent
FOOTER = ("\n\n-----Original Message-----\nFrom: you\nSent: Monday\nTo: support\nSubject: merge\n\n"
          + "> Thank you for contacting AWS Training and Certification. Please do not reply.\n" * 120)


def corpus(target: int = 10_000) -> list[bytes]:
    mails = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.eml")):
        raw = path.read_bytes()
        if b"multipart" not in raw[:3000] and len(raw) < target and b"base64" not in raw[:3000]:
            raw = raw + FOOTER.encode()[: target - len(raw)]
        mails.append(raw)
    return mails


def rate(func, mails: list[bytes], seconds: float) -> tuple[float, int]:
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for raw in mails:
            func(raw)
        done += len(mails)
    return done / (time.perf_counter() - start), done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    mails = corpus()
    size = sum(map(len, mails)) / len(mails)
    rate(lambda raw: classify(parse(raw)), mails, 0.5)  # warm up
    baseline, _ = rate(mailparser.parse_from_bytes, mails, args.seconds)
    ours, n = rate(lambda raw: classify(parse(raw)), mails, args.seconds)
    result = {"messages": len(mails), "mean_size_bytes": round(size), "mailparser_per_s": round(baseline),
              "parse_and_classify_per_s": round(ours), "target_per_s": 1500}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{len(mails)} corpus mails, mean {size / 1024:.1f} KB, one core")
        print(f"  mail-parser alone      {baseline:7.0f} msg/s")
        print(f"  parse + classify       {ours:7.0f} msg/s   (target >= 1500)")


if __name__ == "__main__":
    main()
