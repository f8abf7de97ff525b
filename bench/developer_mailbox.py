"""The developer-like mailbox of issue 14, for bench/imap_sync.py --developer.

100,000 messages over two years (~137 a day), like a developer's INBOX:
GitHub and GitLab notifications, CI mail, lists, shopping, colleagues.  In
the 180-day window, about 1,000 subjects say "case" ("test case", "use case")
and about 1,000 say "merge" (merge requests, "Merged #123"); 23 mails come
from AWS and Credly (the merge case among them) and one from a look-alike.
The same share of "case" and "merge" subjects runs through the older mail.
A notification is about 10 KB (text and HTML) with the ~2 KB of headers a
provider and GitHub give it; other mail 2-4 KB.
"""

from __future__ import annotations

import random
import socket
import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from support import CASE, YOU, thread

SPAN_DAYS = 730
WINDOW_DAYS = 180
CASE_SUBJECTS = ["Re: [acme/api] Add a test case for the token parser (#{n})",
                 "[acme/web] Use case: export reports as CSV (Issue #{n})",
                 "Re: [acme/api] Flaky test case in test_sync.py (#{n})",
                 "[JIRA] (PLAT-{n}) Document the edge case in retries",
                 "Re: [acme/cli] lower-case the config keys (PR #{n})"]
MERGE_SUBJECTS = ["Re: [acme/api] Merge branch 'main' into feature-{n} (PR #{n})",
                  "[acme/web] Merged #{n}: bump dependencies",
                  "acme/infra | Merge request !{n} was merged",
                  "Re: [acme/api] Merge queue: PR #{n} removed",
                  "[GitLab] acme/ops: merge request !{n} needs your approval"]
OTHER_SUBJECTS = ["[acme/api] Run failed: CI - main ({n})", "Weekly report {n}", "Re: lunch on Friday?",
                  "Your invoice {n}", "[dev-list] release notes {n}", "Meeting notes {n}",
                  "Re: [acme/web] Fix the login redirect (#{n})", "Dependabot alert {n}"]
WORDS = ("the a to of and in for on with this that we it is be fix test build deploy review change update "
         "commit branch release config error log request token user session api web").split()
SIGNATURE = "".join(random.Random(7).choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                    for _ in range(344))


def notification(i: int, when: datetime, subject: str, rnd: random.Random) -> bytes:
    repo = "acme/api"
    body = "\n".join(" ".join(rnd.choice(WORDS) for _ in range(14)) for _ in range(30))
    html = "".join(f"<p>{' '.join(rnd.choice(WORDS) for _ in range(14))}</p>\n" for _ in range(30))
    boundary = f"--==_mimepart_{i:08x}"
    return (
        f"Delivered-To: {YOU}\r\n"
        f"Received: from out-21.smtp.github.com (out-21.smtp.github.com [192.30.252.204])\r\n"
        f" by mx.example.jp with ESMTPS id {i:x}; {format_datetime(when)}\r\n"
        f"Authentication-Results: mx.example.jp; dkim=pass header.i=@github.com header.s=pf2023\r\n"
        f" header.b=Ab{i % 9999:04d}; spf=pass (example.jp: domain of noreply@github.com designates\r\n"
        f" 192.30.252.204 as permitted sender) smtp.mailfrom=noreply@github.com;\r\n"
        f" dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com\r\n"
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=github.com; s=pf2023; t={int(when.timestamp())};\r\n"
        f" bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n"
        f" h=Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:\r\n"
        f"  List-Post:List-Unsubscribe:From;\r\n b={SIGNATURE}\r\n"
        f"Date: {format_datetime(when)}\r\n"
        f"From: \"Dev {i % 97}\" <notifications@github.com>\r\n"
        f"Reply-To: {repo} <reply+AAB{i:010d}XYZ@reply.github.com>\r\n"
        f"To: {repo} <api@noreply.github.com>\r\n"
        f"Cc: Hanako Yamada <{YOU}>, Mention <mention@noreply.github.com>\r\n"
        f"Message-ID: <{repo}/pull/{i}/c{i * 7}@github.com>\r\n"
        f"In-Reply-To: <{repo}/pull/{i}@github.com>\r\n"
        f"References: <{repo}/pull/{i}@github.com>\r\n"
        f"Subject: {subject}\r\n"
        f"Mime-Version: 1.0\r\n"
        f"Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n"
        f"Content-Transfer-Encoding: 7bit\r\n"
        f"Precedence: list\r\n"
        f"X-GitHub-Sender: dev{i % 97}\r\nX-GitHub-Recipient: hanako\r\nX-GitHub-Reason: subscribed\r\n"
        f"List-ID: {repo} <api.acme.github.com>\r\nList-Archive: https://github.com/{repo}\r\n"
        f"List-Post: <mailto:reply+AAB{i:010d}XYZ@reply.github.com>\r\n"
        f"List-Unsubscribe: <mailto:unsub+AAB{i:010d}@reply.github.com>,\r\n"
        f" <https://github.com/notifications/unsubscribe/AAB{i:010d}>\r\n"
        f"X-Auto-Response-Suppress: All\r\nX-GitHub-Recipient-Address: {YOU}\r\n\r\n"
        f"--{boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
        f"{body}\r\n\r\n--{boundary}\r\nContent-Type: text/html; charset=UTF-8\r\n"
        f"Content-Transfer-Encoding: 7bit\r\n\r\n<html><body>\r\n{html}</body></html>\r\n--{boundary}--\r\n"
    ).encode()


def plain(i: int, when: datetime, subject: str, rnd: random.Random) -> bytes:
    sender = rnd.choice(["boss@company.example.com", "team@project.example.org", "news@example-news.jp",
                         "noreply@shop.example.net", "list@lists.example.org", "ci@gitlab.example.com"])
    body = "\n".join(" ".join(rnd.choice(WORDS) for _ in range(12)) for _ in range(rnd.randint(10, 40)))
    return (f"Delivered-To: {YOU}\r\nReceived: from mail.example.org by mx.example.jp with ESMTPS id {i:x};\r\n"
            f" {format_datetime(when)}\r\n"
            f"Authentication-Results: mx.example.jp; dkim=pass header.i=@{sender.split('@')[1]};\r\n"
            f" spf=pass smtp.mailfrom={sender}; dmarc=pass header.from={sender.split('@')[1]}\r\n"
            f"From: {sender}\r\nTo: {YOU}\r\nSubject: {subject}\r\nDate: {format_datetime(when)}\r\n"
            f"Message-ID: <m-{i}@{sender.split('@')[1]}>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def aws_mails(when: datetime) -> list[bytes]:
    """The 23 AWS and Credly mails of the window (the case's inbox mail among them) and a look-alike."""
    t = thread()
    case = [t[n].raw for n in ("created", "confirm", "phishing", "completed", "survey", "badge", "newsletter")]
    others = []
    for k in range(17):
        frm, subject = [("no-reply-aws@amazon.com", f"AWS Notification - Billing alert {k}"),
                        ("aws-marketing-email-replies@amazon.com", f"AWS re:Invent update {k}"),
                        ("admin@credly.com", f"Your badge is about to expire ({k})"),
                        ("no-reply@signin.aws", f"Verify your AWS Builder ID email address ({k})")][k % 4]
        others.append((f"From: {frm}\r\nTo: {YOU}\r\nSubject: {subject}\r\nDate: {format_datetime(when)}\r\n"
                       f"Message-ID: <aws-{k}@amazon.com>\r\nMIME-Version: 1.0\r\n"
                       f"Content-Type: text/plain; charset=utf-8\r\n\r\n" + "AWS text.\r\n" * 300).encode())
    return case + others  # 7 + 17: 23 from AWS and Credly, one look-alike


def build(user, count: int, imap_connect) -> dict:
    """Save the mailbox into the user's INBOX (MULTIAPPEND, as delivery saves it)."""
    now = datetime.now(timezone.utc)
    start = now - timedelta(days=SPAN_DAYS)
    step = timedelta(days=SPAN_DAYS) / count
    window_start = count - int(count * WINDOW_DAYS / SPAN_DAYS)
    in_window = count - window_start
    rnd = random.Random(14)
    # One "case" and one "merge" subject per ~in_window/1000 messages, in and out of the window.
    every = max(2, in_window // 1000)
    aws = aws_mails(now)
    aws_at = {window_start + 1000 + k * (in_window - 2000) // len(aws): raw for k, raw in enumerate(aws)}
    client = imap_connect(user)
    batch, counts = [], {"case": 0, "merge": 0, "aws": 0}
    for i in range(count):
        when = start + step * i
        if i in aws_at:
            raw = aws_at[i]
            counts["aws"] += i >= window_start
        elif i % every == 0:
            raw = notification(i, when, rnd.choice(CASE_SUBJECTS).format(n=i), rnd)
            counts["case"] += i >= window_start
        elif i % every == 1:
            raw = notification(i, when, rnd.choice(MERGE_SUBJECTS).format(n=i), rnd)
            counts["merge"] += i >= window_start
        elif i % 3 == 0:
            raw = notification(i, when, rnd.choice(OTHER_SUBJECTS).format(n=i), rnd)
        else:
            raw = plain(i, when, rnd.choice(OTHER_SUBJECTS).format(n=i), rnd)
        batch.append({"msg": raw, "flags": (b"\\Seen",), "date": when})
        if len(batch) == 500 or i == count - 1:
            client.multiappend("INBOX", batch)
            batch = []
    # Sent: the user's own mail, some of it on merge requests, none yet on the case.
    for k in range(300):
        when = start + timedelta(days=SPAN_DAYS) * k / 300
        subject = f"Re: [acme/api] Merge branch 'main' into feature-{k}" if k % 5 == 0 else f"Re: notes {k}"
        client.append("Sent", (f"From: {YOU}\r\nTo: dev{k}@company.example.com\r\nSubject: {subject}\r\n"
                               f"Date: {format_datetime(when)}\r\nMessage-ID: <sent-{k}@example.jp>\r\n\r\n"
                               "Thanks, looks good.\r\n").encode(), flags=(b"\\Seen",), msg_time=when)
    client.logout()
    return {"in_window": in_window, "case_subjects_in_window": counts["case"],
            "merge_subjects_in_window": counts["merge"], "aws_credly_in_window": counts["aws"]}


class CountingProxy:
    """A loopback TCP proxy counting the bytes the server sends to its clients."""

    def __init__(self, target_port: int, host: str = "127.0.0.1") -> None:
        self.target = (host, target_port)
        self.listener = socket.create_server((host, 0))
        self.port = self.listener.getsockname()[1]
        self.down = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self) -> None:
        with self._lock:
            self.down = 0

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            threading.Thread(target=self._pump, args=(server, client, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(client, server, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, count: bool) -> None:
        try:
            while data := src.recv(65536):
                if count:
                    with self._lock:
                        self.down += len(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self.listener.close()


__all__ = ["CASE", "build", "CountingProxy"]
