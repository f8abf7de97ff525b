"""Benchmark: parse + classify throughput on one core, for typical ~10 KB mail.

Input: the fixture corpus (tests/corpus), each mail padded to about 10 KB
with the kind of text real support mail carries (quoted history, footers),
so the figure is for 10 KB mail as the issue asks.  Prints messages per
second for mail-parser alone and for parse + classify.

    .venv/bin/python bench/classify_throughput.py [--seconds 5] [--runs 3] [--cpu-time]

--runs N measures N times, interleaved, and reports each figure's median.
--cpu-time divides by the process's CPU time instead of the wall clock: on
a machine other work shares, the wall clock counts the time the scheduler
gave to others (this machine's figures fell from ~1,400 to ~450 msg/s under
a load of 6 on its 2 cores), CPU time far less so.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import mailparser

# This checkout's code, not the installed package (an editable install points at
# one checkout): a worktree of an older commit measures that commit's code.
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from certmerge_mail.adapters.parsing import parse  # noqa: E402
from certmerge_mail.core.classify import classify  # noqa: E402
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


def plain_text(mails: list[bytes]) -> list[bytes]:
    """The single-part text/plain mails: what a typical support reply is."""
    return [raw for raw in mails if b"multipart" not in raw[:4000] and b"text/html" not in raw[:4000]]


def rate(func, mails: list[bytes], seconds: float, clock=time.perf_counter) -> tuple[float, int]:
    done, start = 0, clock()
    while clock() - start < seconds:
        for raw in mails:
            func(raw)
        done += len(mails)
    return done / (clock() - start), done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--runs", type=int, default=1, help="measure N times; report the medians")
    ap.add_argument("--cpu-time", action="store_true", help="per second of the process's CPU time, not wall time")
    args = ap.parse_args()
    clock = time.process_time if args.cpu_time else time.perf_counter
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    load_start = os.getloadavg()[0]
    mails = corpus()
    typical = plain_text(mails)
    rate(lambda raw: classify(parse(raw)), mails, 0.5)  # warm up
    result = {"target_per_s": 1500, "clock": "cpu" if args.cpu_time else "wall", "runs": args.runs}
    rates: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.runs):
        for label, batch in (("corpus", mails), ("plain_text", typical)):
            rates.setdefault((label, "mailparser"), []).append(
                rate(mailparser.parse_from_bytes, batch, args.seconds, clock)[0])
            rates.setdefault((label, "ours"), []).append(
                rate(lambda raw: classify(parse(raw)), batch, args.seconds, clock)[0])
    for label, batch in (("corpus", mails), ("plain_text", typical)):
        result[label] = {"messages": len(batch), "mean_size_bytes": round(sum(map(len, batch)) / len(batch)),
                         "mailparser_per_s": round(statistics.median(rates[label, "mailparser"])),
                         "parse_and_classify_per_s": round(statistics.median(rates[label, "ours"]))}
        if args.runs > 1:
            result[label]["parse_and_classify_runs"] = [round(r) for r in rates[label, "ours"]]
    result["load_average"] = [round(load_start, 2), round(os.getloadavg()[0], 2)]  # at the start, at the end
    if args.json:
        print(json.dumps(result))
        return
    print("one core; target: parse + classify >= 1500 msg/s"
          + ("; per second of CPU time" if args.cpu_time else "")
          + (f"; medians of {args.runs} runs" if args.runs > 1 else "")
          + f"; load average {result['load_average'][0]:.2f} at the start, {result['load_average'][1]:.2f} at the end")
    for label, title in (("corpus", "the whole corpus (HTML-only, attachments, base64 Japanese...)"),
                         ("plain_text", "its single-part text/plain mails (a typical support reply)")):
        r = result[label]
        print(f"{title}: {r['messages']} mails, mean {r['mean_size_bytes'] / 1024:.1f} KB")
        print(f"  mail-parser alone      {r['mailparser_per_s']:7d} msg/s")
        print(f"  parse + classify       {r['parse_and_classify_per_s']:7d} msg/s")


if __name__ == "__main__":
    main()
