"""Benchmark: parse + classify of adversarial mail (issue 16): no message over 1 s.

The same path as bench/classify_throughput.py (adapters.parsing.parse, then
core.classify.classify) over mail written to make regular expressions
backtrack, from a genuine AWS sender and from a look-alike posing as one
(whose mail is classified too, so the user is warned): bodies of 10 KB,
100 KB and 1 MB made of the patterns that once took seconds to minutes
("from" + spaces, "source account" + spaces, "case" + spaces, "case case
case...", "ケース ケース...", "aws aws...", digits, "a a a...", a date line
of "a@a@...", "original message" + spaces), huge subjects, deeply nested
quoting, 10,000 lines of "> ", HTML bodies (nested blockquotes, runs of
unclosed tags, comments, quotes and attributes of every kind, 1 MB of
tags), and MIME structure (500 KB part headers of parameters or folded
lines, 100,000 header lines in a part, 30,000 parts, 16,000 levels of
nesting, 1 MB of empty lines 20 levels deep, a forwarded message with a
1 MB Received chain).

Each message is run three times; its time is the median, on the wall clock
(the target) and in CPU time (which leaves out what other work on a shared
machine took; the load average at the start is printed).  Prints every
message's time and the slowest, and writes the report to
bench/out/adversarial.txt.

    .venv/bin/python bench/adversarial.py [--sizes 10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from certmerge_mail.adapters.parsing import parse
from certmerge_mail.core.classify import classify

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "adversarial.txt"
TARGET_S = 1.0

SENDERS = {
    "genuine": ("Amazon Web Services <no-reply-aws@amazon.com>",
                "Authentication-Results: mx.example.jp; dmarc=pass header.from=amazon.com\r\n"),
    "look-alike": ('"Amazon Web Services" <support@amaz0n-support.com>', ""),
}
CASE_SUBJECT = "RE:[CASE 176215680000123] [AWS Training and Certification Form Submission] - account-assistance"


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def bodies(size: int) -> dict[str, str]:
    """Adversarial plain-text bodies of about `size` characters."""
    spaces = " " * size
    return {
        "from + spaces": "Please confirm the merge.\nfrom" + spaces + "x",
        "source account + spaces": "Please confirm.\nsource account" + spaces + ": x",
        "from account : + spaces + aws": "from account :" + spaces + "aws0123456",
        "case + spaces": "case" + spaces + "x",
        "[case # + spaces": "[case #" + spaces + "x",
        "case case case": _fill("case ", size),
        "ケース ケース": _fill("ケース ", size // 3),
        "お問い合わせ + full-width spaces": "お問い合わせ" + "\u3000" * (size // 3) + "x",
        "aws aws aws": _fill("aws ", size),
        "AWS 0123456 ...": _fill("AWS 0123456 ", size),
        "digits": "1" * size,
        "a a a": _fill("a ", size),
        "both both both": _fill("both ", size),
        "awarded + spaces": "awarded" + spaces + "x",
        "whether whether": _fill("whether ", size) + ".",
        "date line of a@a@": "hi\n2025/11/03 " + _fill("a@", size) + " x",
        "original message + spaces": "hi\noriginal message" + spaces + "x",
        "10,000 lines of '> '": "Please confirm the merge.\n" + "> \n" * 10_000,
        "deeply nested quoting": "Please confirm.\n" + "\n".join(">" * min(i, 2_000) + " merge" for i in range(size // 1_000)),
        "one long line of words": _fill("please confirm the merge of both accounts ", size),
    }


def message(sender: str, subject: str, body: str, html: bool = False) -> bytes:
    from_header, auth = SENDERS[sender]
    kind = "text/html" if html else "text/plain"
    head = (f"From: {from_header}\r\nTo: hanako@example.jp\r\nSubject: {subject}\r\n"
            f"Date: Mon, 03 Nov 2025 10:00:00 +0000\r\nMessage-ID: <adv-{abs(hash(body)) % 10**12}@example>\r\n"
            f"{auth}MIME-Version: 1.0\r\nContent-Type: {kind}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode() + body.encode("utf-8")


def mails(sizes: list[int]) -> list[tuple[str, bytes]]:
    found = []
    for sender in SENDERS:
        for size in sizes:
            for name, body in bodies(size).items():
                found.append((f"{sender:10} {size // 1000:>5} KB  {name}", message(sender, CASE_SUBJECT, body)))
        for name, subject in {
            "subject: case + 1 MB of spaces": "[case #" + " " * 1_000_000 + "x",
            "subject: 200 KB of 'merge case '": _fill("merge case ", 200_000),
            "subject: ケース + full-width spaces": "ケース" + "\u3000" * 300_000 + "1",
        }.items():
            found.append((f"{sender:10} {'-':>5}     {name}", message(sender, subject, "Please confirm the merge.")))
        html = {
            "HTML: 5,000 nested blockquotes": "<div>" + "<blockquote>" * 5_000 + "merge case 1234" + "</blockquote>" * 5_000 + "</div>",
            # adapters/htmltext.py's regular expressions rescanned the rest
            # of the text from every one of these (8 s for 40 KB of '<div ')
            "HTML: '<div ' x 8,000": "<p>merge</p>" + "<div " * 8_000,
            "HTML: '<script>' x 8,000": "<p>merge</p>" + "<script>" * 8_000,
            "HTML: '<a href=x>' x 8,000": "<p>merge</p>" + "<a href=x>" * 8_000,
            "HTML: '<!--' x 8,000": "<p>merge</p>" + "<!--" * 8_000,
            "HTML: 1 MB of '<div '": "<p>merge</p>" + _fill("<div ", 1_000_000),
            "HTML: 1 MB of '<div class=gmail_quote '": "<p>merge</p>" + _fill("<div class=gmail_quote ", 1_000_000),
            "HTML: 1 MB of '<a href=x>y'": "<p>merge</p>" + _fill("<a href=x>y", 1_000_000),
            "HTML: 1 MB of '<a x=\"' (unclosed quotes)": "<p>merge</p>" + _fill('<a x="', 1_000_000),
            "HTML: 1 MB of '<a b c d ' (attributes)": "<p>merge</p>" + _fill("<a b c d ", 1_000_000),
            "HTML: 1 MB of '<!---'": "<p>merge</p>" + _fill("<!---", 1_000_000),
            "HTML: 1 MB of '<![' and '<?'": "<p>merge</p>" + _fill("<![<?", 1_000_000),
            "HTML: 1 MB of '<head>'": "<p>merge</p>" + _fill("<head>", 1_000_000),
            "HTML: 1 MB of '<p>'": "<p>merge</p>" + _fill("<p>", 1_000_000),
            "HTML: 1 MB of '</a>'": "<p>merge</p>" + _fill("</a>", 1_000_000),
            "HTML: 1 MB of '&amp;'": "<p>merge</p>" + _fill("&amp;", 1_000_000),
        }
        for name, markup in html.items():
            found.append((f"{sender:10} {len(markup) // 1000:>5} KB  {name}", message(sender, CASE_SUBJECT, markup, html=True)))
        for name, raw in mime(sender).items():
            found.append((f"{sender:10} {len(raw) // 1000:>5} KB  {name}", raw))
    return found


def mime(sender: str) -> dict[str, bytes]:
    """Mails whose MIME structure is the attack (adapters/parsing.py)."""
    from_header, auth = SENDERS[sender]
    head = (f"From: {from_header}\r\nTo: hanako@example.jp\r\nSubject: {CASE_SUBJECT}\r\n"
            f"Date: Mon, 03 Nov 2025 10:00:00 +0000\r\n{auth}MIME-Version: 1.0\r\n")
    text = "Content-Type: text/plain; charset=utf-8\r\n\r\nPlease confirm the merge.\r\n"

    def multipart(parts: str) -> bytes:
        return (head + 'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n' + parts + "--b1--\r\n").encode()

    def nested(depth: int, body: str) -> bytes:
        levels = "".join(f'--b{i}\r\nContent-Type: multipart/mixed; boundary="b{i + 1}"\r\n\r\n' for i in range(depth))
        return (head + 'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n' + levels
                + f"--b{depth}\r\nContent-Type: text/plain\r\n\r\n{body}").encode()

    return {
        "MIME: part Content-Type, 500 KB of parameters": multipart("--b1\r\nContent-Type: text/plain; " + _fill("a=b; ", 500_000) + "\r\n\r\nmerge\r\n"),
        "MIME: part Content-Type of 500 KB folded": multipart("--b1\r\nContent-Type: text/plain;\r\n" + _fill(" a=b;\r\n", 500_000) + "\r\nmerge\r\n"),
        "MIME: part parameter, 500 KB of quoted ';'": multipart('--b1\r\nContent-Type: text/plain; a="' + ";" * 500_000 + '"\r\n\r\nmerge\r\n'),
        "MIME: 100,000 header lines in a part": multipart("--b1\r\n" + "X-A: b\r\n" * 100_000 + text),
        "MIME: 30,000 parts": multipart(("--b1\r\n" + text) * 30_000),
        "MIME: 16,000 levels of nesting": nested(16_000, "Please confirm the merge."),
        "MIME: 1 MB of empty lines, 20 levels deep": nested(20, "\n" * 1_000_000),
        "MIME: forwarded, 1 MB Received chain": multipart("--b1\r\nContent-Type: message/rfc822\r\n\r\n"
                                                          + _fill("Received: from a by b; Mon, 1 Jan 2024 00:00:00 +0000\r\n", 1_000_000) + text),
    }


def timed(raw: bytes) -> tuple[float, float, float]:
    """(parse seconds, classify seconds, CPU seconds of both), each the
    median of three runs.  The first two are the wall clock (the target);
    the CPU time leaves out what other work on the machine took."""
    parse_s, classify_s, cpu_s = [], [], []
    for _ in range(3):
        cpu = time.process_time()
        start = time.perf_counter()
        msg = parse(raw)
        middle = time.perf_counter()
        classify(msg)
        parse_s.append(middle - start)
        classify_s.append(time.perf_counter() - middle)
        cpu_s.append(time.process_time() - cpu)
    return statistics.median(parse_s), statistics.median(classify_s), statistics.median(cpu_s)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    load = f"; load average {os.getloadavg()[0]:.1f} at the start" if hasattr(os, "getloadavg") else ""
    lines = [f"one core; target: no message over {TARGET_S * 1000:.0f} ms (parse + classify, median of 3 runs){load}",
             f"{'sender':10} {'body':>8}  {'mail':45} {'parse':>9} {'classify':>9} {'total':>9} {'CPU':>9}"]
    slowest = ("", 0.0)
    results = []
    for label, raw in mails([int(s) for s in args.sizes.split(",")]):
        p, c, cpu = timed(raw)
        results.append((label, p, c, cpu))
        lines.append(f"{label:65} {p * 1000:7.1f}ms {c * 1000:7.1f}ms {(p + c) * 1000:7.1f}ms {cpu * 1000:7.1f}ms")
        print(lines[-1], flush=True)
        if p + c > slowest[1]:
            slowest = (label, p + c)
    worst_classify = max(results, key=lambda r: r[2])
    plain = max((r for r in results if "HTML" not in r[0]), key=lambda r: r[1] + r[2])
    most_cpu = max(results, key=lambda r: r[3])
    over = [label for label, p, c, _ in results if p + c > TARGET_S]
    lines += [
        "",
        f"{len(results)} messages; slowest: {slowest[1] * 1000:.1f} ms ({' '.join(slowest[0].split())})",
        f"slowest without HTML: {(plain[1] + plain[2]) * 1000:.1f} ms ({' '.join(plain[0].split())})",
        f"slowest classification alone: {worst_classify[2] * 1000:.1f} ms ({' '.join(worst_classify[0].split())})",
        f"most CPU time: {most_cpu[3] * 1000:.1f} ms ({' '.join(most_cpu[0].split())})",
        f"over {TARGET_S * 1000:.0f} ms: {len(over)}" + ("" if not over else " - " + "; ".join(" ".join(o.split()) for o in over)),
    ]
    print("\n".join(lines[-6:]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
