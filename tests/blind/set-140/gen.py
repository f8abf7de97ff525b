#!/usr/bin/env python3
"""Generator for blind set 140: AWS Certification account-merge mail (and look-alikes)."""
import base64
import hashlib
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone

from email import policy
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(140140)
LABELS = {}
POL = policy.compat32.clone(max_line_length=0, linesep="\n")

UTC = timezone.utc
JST = timezone(timedelta(hours=9), "JST")
BST = timezone(timedelta(hours=1))
GMT = timezone(timedelta(hours=0))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
EDT = timezone(timedelta(hours=-4))


# ---------------------------------------------------------------- helpers
def h(seed, n=16, alphabet="0123456789abcdef"):
    d = hashlib.sha256(str(seed).encode()).digest()
    out = ""
    i = 0
    while len(out) < n:
        out += alphabet[d[i % len(d)] % len(alphabet)]
        i += 1
        if i % len(d) == 0:
            d = hashlib.sha256(d).digest()
    return out


def b64blob(seed, n):
    raw = b""
    d = str(seed).encode()
    while len(raw) * 4 // 3 < n + 4:
        d = hashlib.sha512(d).digest()
        raw += d
    return base64.b64encode(raw).decode()[:n]


def fold_b(blob, width=68, indent="\t     "):
    return ("\n" + indent).join(blob[i:i + width] for i in range(0, len(blob), width))


def case15(dt, tail):
    return "%d%05d" % (int(dt.timestamp()), tail)


def ses_msgid(dt, seed, region=""):
    ms = int(dt.timestamp() * 1000)
    s = "0100" + format(ms, "012x")
    return "<%s-%s-%s-%s-%s-%s-000000@%semail.amazonses.com>" % (
        s, h(seed, 8), h(seed + "a", 4), h(seed + "b", 4), h(seed + "c", 4), h(seed + "d", 12), region)


def rfcdate(dt):
    return format_datetime(dt)


def ew(text, charset="utf-8", maxlen=60):
    """Encoded-word header value, folded over lines by the email package."""
    return Header(text, charset, maxlinelen=maxlen).encode(linesep="\n")


def addr(name, mail, charset="utf-8"):
    return formataddr((name, mail), charset=charset)


# ---------------------------------------------------------------- body parts
def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, raw=None,
         codec=None, extra_params=None):
    """One text/* part. `raw` bytes override the encoded text (for wrong labels)."""
    if raw is None:
        data = text.encode(codec or charset)
    else:
        data = raw
    params = {"charset": label or charset}
    if extra_params:
        params.update(extra_params)
    p = MIMENonMultipart("text", subtype, **params)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    if not payload.endswith("\n"):
        payload += "\n"
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def alt(*parts):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


# ---------------------------------------------------------------- senders
SES_IPS = ["54.240.8.31", "54.240.8.86", "54.240.27.12", "54.240.48.103", "23.251.234.17",
           "54.240.11.145", "54.240.27.58", "54.240.9.44"]


def S(name, mail, mailfrom, dkim, ip, host, from_dom=None, selector="sel1"):
    return dict(name=name, mail=mail, mailfrom=mailfrom, dkim=dkim, ip=ip, host=host,
                dom=from_dom or mail.split("@")[1], selector=selector)


def aws_form(i):
    ip = SES_IPS[i % len(SES_IPS)]
    return S("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com",
             "0100019%s-%s-%s-%s-%s-%s-000000@email.amazonses.com" % (h("mf%d" % i, 9), h("mg%d" % i, 8), h("mh%d" % i, 4), h("mi%d" % i, 4), h("mj%d" % i, 4), h("mk%d" % i, 12)), ["amazon.com", "amazonses.com"], ip,
             "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:4]), selector="rmbvmsd3npqdnlpdfuvkk2iegdkqrblmo")


def aws_console(i):
    ip = SES_IPS[(i + 3) % len(SES_IPS)]
    return S("Amazon Web Services", "no-reply-aws@amazon.com",
             "0100019%s-%s-%s-%s-%s-%s-000000@email.amazonses.com" % (h("mc%d" % i, 9), h("md%d" % i, 8), h("me%d" % i, 4), h("mf%d" % i, 4), h("mg%d" % i, 4), h("mh%d" % i, 12)), ["amazon.com", "amazonses.com"], ip,
             "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:4]), selector="rmbvmsd3npqdnlpdfuvkk2iegdkqrblmo")


def credly(i, name="Amazon Web Services Training and Certification via Credly"):
    ip = "149.72.%d.%d" % (120 + i % 40, 10 + i * 7 % 200)
    return S(name, "admin@credly.com", "bounces+%s@em.credly.com" % h("cr%d" % i, 10, "0123456789"),
             ["credly.com", "sendgrid.info"], ip, "o%d.em.credly.com" % (i * 13 % 97), selector="s1")


# ---------------------------------------------------------------- trace + auth headers
def dkim_sig(sender, dt, seed, d=None, sel=None):
    d = d or sender["dkim"][0]
    sel = sel or sender["selector"]
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n"
            "\tbh=%s=;\n\tb=%s") % (sel, d, int(dt.timestamp()), b64blob(seed + "bh", 43),
                                      fold_b(b64blob(seed + "b", 172 if d.endswith("ses.com") or sel == "s1" else 344)))


def auth_results(provider, sender, to_mail, verdict, seed):
    """verdict: 'pass' | 'fail' | 'none' (no DMARC record). Returns header value."""
    dom = sender["dom"]
    d = sender["dkim"][0] if sender["dkim"] else None
    mf = sender["mailfrom"]
    mfdom = mf.split("@")[1]
    ip = sender["ip"]
    if verdict == "pass":
        dk, spf, dm = "pass", "pass", "pass"
    elif verdict == "none":
        dk, spf, dm = "pass", "pass", "none"
    else:
        dk, spf, dm = "none", "softfail", "fail"
    if provider == "gmail":
        parts = ["mx.google.com"]
        if d and dk == "pass":
            parts.append("\n       dkim=pass header.i=@%s header.s=%s header.b=%s" % (d, sender["selector"], b64blob(seed, 8)))
        else:
            parts.append("\n       dkim=none (no signature)" if dk == "none" else "")
        parts.append("\n       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s" % (
            spf, mf, "designates" if spf == "pass" else "does not designate", ip, mf))
        pol = {"amazon.com": "QUARANTINE", "credly.com": "REJECT"}.get(dom, "NONE")
        parts.append("\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            dm, pol, pol, "QUARANTINE" if dm == "fail" and pol != "NONE" else "NONE", dom))
        return ";".join(p for p in parts if p)
    if provider == "o365":
        return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n"
                " header.from=%s;compauth=%s reason=%s") % (
            spf, ip, mfdom, dk, "signature was verified" if dk == "pass" else "message not signed",
            d if dk == "pass" else "none", dm, "none" if dm != "fail" else "quarantine", dom,
            "pass" if dm == "pass" else ("none" if dm == "none" else "fail"),
            "100" if dm == "pass" else ("109" if dm == "none" else "000"))
    if provider == "fastmail":
        return ("mx4.messagingengine.com;\n    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n"
                "    dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;\n"
                "    iprev=pass smtp.remote-ip=%s (%s);\n    spf=%s smtp.mailfrom=%s smtp.helo=%s") % (
            dk, d or dom, d or dom, b64blob(seed, 8), sender["selector"][:20], dm,
            "quarantine" if dom == "amazon.com" else "none", "quarantine" if dom == "amazon.com" else "none",
            dom, ip, sender["host"], spf, mf, sender["host"])
    # Japanese ISPs: simple RFC 8601 style with their own authserv-id
    authserv = {"nifty": "mx.nifty.com", "biglobe": "biglobe.ne.jp", "docomo": "mgw.docomo.ne.jp",
                "sakura": "www1234.sakura.ne.jp"}[provider]
    return "%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s" % (
        authserv, spf, mf, dk, d if dk == "pass" else dom, dm, dom)


def gtime(t):
    if 3 < t.month < 11 or (t.month == 3 and t.day > 9) or (t.month == 11 and t.day < 2):
        return rfcdate(t.astimezone(PDT)) + " (PDT)"
    return rfcdate(t.astimezone(PST)) + " (PST)"


def received_chain(provider, sender, to_mail, dt, seed):
    """Return list of (name, value) trace headers, newest first, including Authentication-Results slot marker."""
    ip = sender["ip"]
    host = sender["host"]
    t1 = dt + timedelta(seconds=2 + RNG.randint(0, 3))
    t0 = dt + timedelta(seconds=1)
    if provider == "gmail":
        return [
            ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
                h(seed + "g1", 4), h(seed + "g2", 3), h(seed + "g3", 3), h(seed + "g4", 4),
                h(seed + "g5", 12, "abcdefghijklmnopqrstuvwxyz0123456789"), gtime(t1))),
            ("X-Received", "by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
                h(seed + "x1", 4), h(seed + "x2", 3), h(seed + "x3", 3), h(seed + "x4", 4),
                h(seed + "x5", 12), h(seed + "x6", 8, "0123456789abcdefghijklmnopqrstuvwxyz"), 1 + RNG.randint(0, 99),
                int(dt.timestamp()), gtime(t1))),
            ("AR", None),
            ("Return-Path", "<%s>" % sender["mailfrom"]),
            ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d\n"
                         "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                host, host, ip, h(seed + "r1", 12), h(seed + "r2", 8, "abcdefghijklmnopqrstuvwxyz0123456789"),
                RNG.randint(1, 99), int(dt.timestamp()), to_mail,
                gtime(t0))),
            ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (
                sender["mailfrom"], ip, ip)),
        ]
    if provider == "o365":
        pre = RNG.choice(["BN1", "SN1", "DS3", "CO1", "BY2", "CH1"])
        nprd = RNG.randint(2, 20)
        fe_id = "%sPEPF0000%s" % (pre, h(seed + "o1", 4, "0123456789ABCDEF"))
        fe = "%s.namprd%02d.prod.outlook.com" % (fe_id, nprd)
        be = "%sPR%02dMB%d.namprd%02d.prod.outlook.com" % (
            RNG.choice(["DM6", "SA1", "CH3", "BL1", "MN2", "PH0"]), RNG.randint(10, 19), RNG.randint(1000, 9999), nprd)
        return [
            ("Received", "from %s (2603:10b6:%s::%s) by\n %s with Microsoft SMTP Server (version=TLS1_2,\n"
                         " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                fe, h(seed + "o2", 3), h(seed + "o3", 2), be, RNG.randint(8000, 9400), RNG.randint(10, 40),
                rfcdate(t1.astimezone(UTC)).replace("-0000", "+0000"))),
            ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n"
                         " cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
                host, ip, fe_id + ".mail.protection.outlook.com",
                RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(8000, 9400), RNG.randint(10, 40),
                rfcdate(t0.astimezone(UTC)).replace("-0000", "+0000"))),
            ("AR", None),
            ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C" % (
                sender["mailfrom"].split("@")[1], ip, ip, host)),
            ("Return-Path", sender["mailfrom"]),
        ]
    if provider == "fastmail":
        return [
            ("Return-Path", "<%s>" % sender["mailfrom"]),
            ("Received", "from compute4.internal (compute4.nyi.internal [10.202.2.44])\n\t by sloti%d (Cyrus 3.11.0-alpha0-%s-fm-2025%s) with LMTPA;\n\t %s" % (
                RNG.randint(10, 60), h(seed + "f1", 3), h(seed + "f2", 4, "0123456789"), rfcdate(t1.astimezone(EDT)))),
            ("Received", "from mx4.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                h(seed + "f3", 10, "0123456789ABCDEF"), to_mail, rfcdate(t0.astimezone(EDT)))),
            ("AR", None),
            ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (
                host, host, ip, to_mail, rfcdate(t0.astimezone(EDT)))),
        ]
    if provider in ("nifty", "biglobe", "docomo", "ocn", "sakura"):
        mx = {"nifty": "mx.nifty.com", "biglobe": "mail.biglobe.ne.jp", "docomo": "mgw.docomo.ne.jp",
              "ocn": "mx.ocn.ad.jp", "sakura": "www1234.sakura.ne.jp"}[provider]
        out = [
            ("Return-Path", "<%s>" % sender["mailfrom"]),
            ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s" % (
                host, host, ip, mx, h(seed + "j1", 9, "BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz0123456789"), to_mail,
                rfcdate(t0.astimezone(JST)) + " (JST)")),
        ]
        if provider != "ocn":
            out.insert(1, ("AR", None))
        return out
    if provider == "none":
        return []
    raise ValueError(provider)


def add(n, slug, kind, lang, *, sender, to, subject, date, body, case_id, accts, verified,
        provider, verdict="pass", msgid=None, irt=None, refs=None, cc=None, reply_to=None,
        extra_top=(), extra_sender=(), sign=True, x_headers=(), no_ar=False, date_hdr=None,
        from_hdr=None):
    fn = "%03d-%s.eml" % (n, slug)
    seed = fn
    to_mail = to.split("<")[-1].rstrip(">") if "<" in to else to
    hdrs = []
    for name, val in extra_top:
        hdrs.append((name, val))
    for name, val in received_chain(provider, sender, to_mail, date, seed):
        if name == "AR":
            if provider == "gmail" and not no_ar:
                hdrs.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (
                    int(date.timestamp()), b64blob(seed + "arc", 120))))
                hdrs.append(("ARC-Authentication-Results", "i=1; " + auth_results(provider, sender, to_mail, verdict, seed)))
            if not no_ar:
                hdrs.append(("Authentication-Results", auth_results(provider, sender, to_mail, verdict, seed)))
        else:
            if name == "Received-SPF" and verdict == "fail":
                val = (val.replace("pass (google.com: domain of", "softfail (google.com: domain of transitioning", 1)
                       .replace(" designates ", " does not designate ", 1)
                       .replace("Pass (protection.outlook.com", "SoftFail (protection.outlook.com", 1))
            hdrs.append((name, val))
    if sign and sender.get("dkim"):
        for i, d in enumerate(sender["dkim"]):
            hdrs.append(("DKIM-Signature", dkim_sig(sender, date, seed + d, d=d,
                                                    sel=sender["selector"] if i == 0 else "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")))
    for name, val in extra_sender:
        hdrs.append((name, val))
    hdrs.append(("From", from_hdr or addr(sender["name"], sender["mail"])))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", subject))
    hdrs.append(("Date", date_hdr or rfcdate(date)))
    hdrs.append(("Message-ID", msgid or ses_msgid(date, seed)))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", refs))
    for name, val in x_headers:
        hdrs.append((name, val))
    mime_hdrs = list(body._headers)
    body._headers = []
    for name, val in hdrs:
        body._headers.append((name, val))
    if not any(k.lower() == "mime-version" for k, _ in mime_hdrs):
        body._headers.append(("MIME-Version", "1.0"))
    body._headers.extend([(k, v) for k, v in mime_hdrs if k.lower() == "mime-version"])
    body._headers.extend([(k, v) for k, v in mime_hdrs if k.lower() != "mime-version"])
    data = body.as_bytes(policy=POL)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data)
    assert fn not in LABELS, fn
    LABELS[fn] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(accts)),
                  "sender_verified": verified, "language": lang}


def finish():
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=2, ensure_ascii=False)
    print("wrote", len(LABELS), "mails")


# ====================================================================== MAILS
# (added in batches below)

# ---------------------------------------------------------------- thread: Daniel Okafor (form desk, outlook.com)
DAN = addr("Daniel Okafor", "dan.okafor@outlook.com")
DAN_T0 = datetime(2025, 5, 19, 14, 22, 7, tzinfo=UTC)
DAN_CASE = case15(DAN_T0, 31866)
FORM_SUBJ_DAN = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % DAN_CASE

add(1, "submission-reached-us", "case_created", "en",
    sender=aws_form(1), to=DAN, provider="o365",
    subject="[CASE %s] Your Training and Certification submission reached us" % DAN_CASE,
    date=DAN_T0 + timedelta(seconds=41),
    case_id=DAN_CASE, accts=["AWS48120937"], verified=True,
    body=leaf("""Hello,

This automatic note is simply to let you know that what you sent through
the AWS Training and Certification contact form arrived safely. It now
carries the reference number %s.

Someone from our team will read it and write back, normally within 24
hours. There is nothing you need to do in the meantime.

If you want to add details, reply to this message and leave the reference
in the subject line so everything stays together. Sending the same request
again through the form starts a separate thread and tends to slow things
down.

For your records, here is a copy of what you submitted:

  Inquiry type:       AWS Training and Certification
  Inquiry detail:     Account Merge
  Name:               Daniel Okafor
  AWS candidate ID:   aws-48120937
  Message:            I appear to have two certification profiles, one
                      created with my previous employer's address. I'd
                      like everything under the one linked to this email.

Regards,
AWS Training and Certification
""" % DAN_CASE))

add(3, "plan-for-two-profiles", "merge_confirmation_requested", "en",
    sender=aws_form(3), to=DAN, provider="o365",
    subject=FORM_SUBJ_DAN,
    date=datetime(2025, 5, 20, 10, 47, 12, tzinfo=UTC),
    case_id=DAN_CASE, accts=["AWS48120937", "AWS90315562"], verified=True,
    body=leaf("""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I have located two candidate profiles that belong to you. Before anything
is changed, please read the plan below carefully:

  Profile that stays:        AWS48120937  (dan.okafor@outlook.com)
  Profile folded into it:    AWS90315562  (d.okafor@brightwater-eng.com)

Afterwards, the exam history, certifications and benefits held by
AWS90315562 will appear under AWS48120937, and AWS90315562 will no longer
be usable for sign-in. Please be aware that this is one-way: once the two
are joined, we are unable to separate them again.

If the above is accurate, a brief reply to this email saying so is all we
need before we go ahead. If anything is wrong - for example you would
rather keep the other profile - tell us in your reply and we will adjust
the plan.

Kind regards,

Rhiannon P.
AWS Training and Certification
""", cte="base64"))

_dan4_txt = """Hi Daniel,

Many thanks for getting back to us so quickly, and for the go-ahead.

I have handed the request to the colleagues who carry out profile
consolidations. They work through requests in the order received, which
usually takes between one and three business days. AWS48120937 is the
record that will carry everything forward, so please keep using that
sign-in.

We will write to you again on this thread as soon as their part is
finished. There is no need to open a new request in the meantime.

Best regards,
Kofi A.
Amazon Web Services

---------- Original Message ----------
From: Daniel Okafor <dan.okafor@outlook.com>
Date: Tue, 20 May 2025 14:12:55 +0000
Subject: RE: RE:[CASE %(c)s] [AWS Training and Certification Form Submission] - account-assistance

Hi Rhiannon,

Yes, that's all correct. Please go ahead.

Daniel

---------- Original Message ----------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, 20 May 2025 10:47:12 +0000

  Profile that stays:        AWS48120937  (dan.okafor@outlook.com)
  Profile folded into it:    AWS90315562  (d.okafor@brightwater-eng.com)

Please be aware that this is one-way: once the two are joined, we are
unable to separate them again.
""" % {"c": DAN_CASE}
_dan4_html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
    "<p>%s</p>" % para.replace("\n", "<br>\n") for para in _dan4_txt.split("\n\n")) + "</body></html>"
add(4, "go-ahead-handed-on", "support_reply", "en",
    sender=aws_form(4), to=DAN, provider="o365",
    subject=FORM_SUBJ_DAN,
    date=datetime(2025, 5, 21, 8, 5, 40, tzinfo=UTC),
    case_id=DAN_CASE, accts=["AWS48120937"], verified=True,
    body=alt(leaf(_dan4_txt), leaf(_dan4_html, "html")))

add(5, "profiles-now-one", "merge_completed", "en",
    sender=aws_form(5), to=DAN, provider="o365",
    subject=FORM_SUBJ_DAN,
    date=datetime(2025, 5, 22, 16, 30, 2, tzinfo=UTC),
    case_id=DAN_CASE, accts=["AWS48120937", "AWS90315562"], verified=True,
    body=leaf("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Amazon Web Services</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td>
<p>Hello Daniel,</p>
<p>I&rsquo;m writing with an update on case %(c)s: the work on your certification
profiles has now been carried out.</p>
<p>Everything that used to sit under <b>AWS90315562</b> &mdash; your exam history, the two
active certifications and the 50%% exam voucher benefit &mdash; is now held by
<b>AWS48120937</b>. The older profile has been retired and its sign-in no longer works.</p>
<p>Please sign in with dan.okafor@outlook.com and check that your certifications page
lists everything you expect. Credly badges are handled separately and usually follow
within a few days; if they have not appeared by then, reply to this email and we will
chase it for you.</p>
<p>Best regards,<br>Imogen W.<br>Amazon Web Services</p>
<hr style="border:0;border-top:1px solid #d5dbdb">
<p style="font-size:12px;color:#545b64">Was this correspondence helpful? Rate it:
<a href="https://aws.amazon.com/tc-feedback?case=%(c)s&amp;r=5">Excellent</a> |
<a href="https://aws.amazon.com/tc-feedback?case=%(c)s&amp;r=3">OK</a> |
<a href="https://aws.amazon.com/tc-feedback?case=%(c)s&amp;r=1">Poor</a></p>
</td></tr></table></td></tr></table>
</body></html>
""" % {"c": DAN_CASE}, "html"))

_dan6_txt = """Hello,

We are wrapping up our work on case %(c)s and would value two
minutes of your time.

Did we take care of what you contacted us about?

  Yes: https://survey.aws.amazon.com/tc?c=%(c)s&a=y
  No:  https://survey.aws.amazon.com/tc?c=%(c)s&a=n

You can also score the person who helped you from 1 to 5. Answers go
to the team lead and are never shared outside AWS.

Thanks,
AWS Training and Certification Customer Experience
""" % {"c": DAN_CASE}
_dan6_html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We are wrapping up our work on case <b>%(c)s</b> and would value two minutes of your time.</p>
<p><b>Did we take care of what you contacted us about?</b></p>
<p><a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;a=y" style="background:#1d8102;color:#fff;padding:8px 18px;text-decoration:none">YES</a>
&nbsp; <a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;a=n" style="background:#d13212;color:#fff;padding:8px 18px;text-decoration:none">NO</a></p>
<p>How would you score the person who helped you?<br>
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;s=1">1</a> &middot;
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;s=2">2</a> &middot;
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;s=3">3</a> &middot;
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;s=4">4</a> &middot;
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;s=5">5</a></p>
<p style="color:#687078;font-size:12px">Answers go to the team lead and are never shared outside AWS.</p>
</body></html>""" % {"c": DAN_CASE}
add(6, "two-minutes-of-your-time", "survey", "en",
    sender=aws_console(6), to=DAN, provider="o365",
    subject="A quick question about case %s" % DAN_CASE,
    date=datetime(2025, 5, 22, 16, 31, 15, tzinfo=UTC),
    case_id=DAN_CASE, accts=[], verified=True,
    body=alt(leaf(_dan6_txt, charset="us-ascii", cte="7bit"), leaf(_dan6_html, "html")))

_cr7_txt = """Hi Daniel,

Following a recent update to your AWS Certification profile, Amazon Web
Services Training and Certification has moved your AWS Certified Solutions
Architect - Associate badge to this Credly account.

Accept it to start showing it on LinkedIn, in your email signature and
anywhere else you share what you have achieved.

Accept badge: https://www.credly.com/earner/earned/badge/3f1c9a52-7d1e-4b8e-a0c6-5e2d19b7c441?utm_source=transfer

Badge: AWS Certified Solutions Architect - Associate
From: Amazon Web Services Training and Certification

Questions? https://support.credly.com

Credly, Inc. | 1 Bryant Park, 42nd Floor, New York, NY 10036
Unsubscribe: https://www.credly.com/notifications/unsubscribe?t=%s
""" % h("cr7u", 32)
_cr7_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<div style="max-width:560px;margin:auto;background:#fff;padding:32px">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="">
<h2 style="color:#333">Daniel, your badge has a new home</h2>
<p>Following a recent update to your AWS Certification profile, Amazon Web Services Training and Certification
has moved your <b>AWS Certified Solutions Architect &ndash; Associate</b> badge to this Credly account.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c9a52-7d1e-4b8e-a0c6-5e2d19b7c441?utm_source=transfer"
style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 1 Bryant Park, 42nd Floor, New York, NY 10036</p>
</div></body></html>"""
add(7, "badge-has-a-new-home", "credly_badge_issued", "en",
    sender=credly(7), to=DAN, provider="o365",
    subject="Daniel, your AWS Certified Solutions Architect - Associate badge has a new home",
    date=datetime(2025, 5, 24, 3, 12, 55, tzinfo=UTC),
    msgid="<%s@geopod-ismtpd-%d>" % (h("cr7m", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 14),
    case_id=None, accts=[], verified=True,
    body=alt(leaf(_cr7_txt, cte="base64"), leaf(_cr7_html, "html", cte="base64")))

# ---------------------------------------------------------------- thread: Takumi Noguchi (form desk, nifty) - part 1
TAK = addr("野口 拓海", "t-noguchi@nifty.com")
TAK_T0 = datetime(2025, 6, 2, 1, 15, 40, tzinfo=UTC)
TAK_CASE = case15(TAK_T0, 12877)
FORM_SUBJ_TAK = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % TAK_CASE

add(8, "futatsu-no-account-youryou", "merge_confirmation_requested", "ja",
    sender=aws_form(8), to=TAK, provider="nifty",
    subject=FORM_SUBJ_TAK,
    date=datetime(2025, 6, 3, 0, 30, 18, tzinfo=UTC),
    case_id=TAK_CASE, accts=["AWS61029384", "AWS27748301"], verified=True,
    body=leaf("""野口 拓海 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
担当の森でございます。

お調べしたところ、野口様名義の認定アカウントが2件見つかりました。
次の形でひとつにまとめる予定です。

　残るアカウント　　　　：AWS 61029384（t-noguchi@nifty.com）
　取り込まれるアカウント：AWS 27748301（旧勤務先のメールアドレス）

取り込まれる側の受験履歴・認定資格・特典は残るアカウントへ移り、
AWS 27748301 は以後ご利用いただけなくなります。
この作業は一度行うと取り消すことができません。

上記の内容で差し支えなければ、本メールにそのままご返信ください。
ご返信をいただいてから作業に着手いたします。
残すアカウントを入れ替えたい場合も、ご返信でお知らせください。

よろしくお願いいたします。

森
Amazon Web Services
""", charset="shift_jis", cte="base64", label="Shift_JIS"))

# ---------------------------------------------------------------- thread: Takumi Noguchi - part 2
add(19, "form-soushin-no-hikae", "case_created", "ja",
    sender=aws_form(19), to=TAK, provider="nifty",
    subject=ew("[CASE %s] フォーム送信の控え（AWS トレーニングと認定）" % TAK_CASE, "iso-2022-jp", 50),
    date=TAK_T0 + timedelta(seconds=25),
    case_id=TAK_CASE, accts=["AWS61029384", "AWS27748301"], verified=True,
    body=leaf("""このメールは、AWS トレーニングと認定のお問い合わせフォームから
ご送信いただいた内容が当窓口に届いたことを、自動でお知らせしています。

お問い合わせ番号: %s

担当者が内容を拝見のうえ、原則として24時間以内にご連絡いたします。
追加の情報がある場合は、件名のお問い合わせ番号を消さずに
このメールへご返信ください。同じ内容でフォームから再度送信されますと
別件として扱われ、ご回答が遅れることがあります。

―― ご送信内容 ――
お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
お名前: 野口 拓海
AWS 受験者 ID: AWS61029384
内容: 転職前に作ったアカウント（AWS27748301）と今のアカウントを一つにしたいです。

AWS トレーニングと認定
""" % TAK_CASE, charset="iso-2022-jp", cte="7bit"))

add(20, "goshoudaku-uketamawari", "support_reply", "ja",
    sender=aws_form(20), to=TAK, provider="nifty",
    subject=FORM_SUBJ_TAK,
    date=datetime(2025, 6, 3, 7, 2, 44, tzinfo=UTC),
    case_id=TAK_CASE, accts=[], verified=True,
    body=leaf("""野口 様

ご返信ありがとうございます。森でございます。

ご提示した内容でのお手続きについて、ご了承いただいた旨、たしかに承りました。
これより担当部署へ作業を依頼いたします。通常は数営業日ほどで終わる見込みです。

作業が終わりましたら、本ケースにて改めてご連絡いたしますので、
今しばらくお待ちくださいませ。

森
Amazon Web Services

2025年6月3日(火) 12:41 野口 拓海 <t-noguchi@nifty.com>:
> 森様
>
> ご連絡ありがとうございます。
> はい、この内容で問題ありません。お手数ですがよろしくお願いします。
>
> 野口
>
> 2025年6月3日(火) 9:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 　残るアカウント　　　　：AWS 61029384（t-noguchi@nifty.com）
> > 　取り込まれるアカウント：AWS 27748301（旧勤務先のメールアドレス）
> >
> > この作業は一度行うと取り消すことができません。
> > 上記の内容で差し支えなければ、本メールにそのままご返信ください。
""", cte="base64"))

add(21, "ikou-itashimashita-close", "merge_completed", "ja",
    sender=aws_form(21), to=TAK, provider="nifty",
    subject=FORM_SUBJ_TAK,
    date=datetime(2025, 6, 5, 5, 20, 9, tzinfo=UTC),
    case_id=TAK_CASE, accts=["AWS27748301", "AWS61029384"], verified=True,
    body=leaf("""野口 様

いつもお世話になっております。AWS トレーニングと認定の森です。

お待たせいたしました。AWS27748301 に記録されていた受験履歴・認定資格・特典は、
すべて AWS61029384 へ移行いたしました。AWS27748301 は閉鎖しておりますので、
今後は AWS61029384（t-noguchi@nifty.com）でサインインしてください。

Credly のデジタルバッジは別途移されますが、1週間ほどたっても届かない場合は、
このメールにご返信いただければ対応いたします。

なお、本件はこれにてクローズとさせていただきます。
このあと満足度調査のご案内が届きますので、ご協力いただけますと幸いです。

森
Amazon Web Services
""", charset="shift_jis", cte="8bit", label="Shift_JIS"))

_tak22_txt = """野口 拓海 様

このたびは AWS トレーニングと認定をご利用いただき、ありがとうございました。
ケース %(c)s への対応を終えましたので、担当者の応対について
短い質問にお答えいただけないでしょうか。

ご用件は解決しましたか？
　はい　　https://survey.aws.amazon.com/tc?c=%(c)s&a=y&l=ja
　いいえ　https://survey.aws.amazon.com/tc?c=%(c)s&a=n&l=ja

いただいたご意見は、今後のサービス向上に役立てさせていただきます。

AWS トレーニングと認定
""" % {"c": TAK_CASE}
_tak22_html = """<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif">
<p>野口 拓海 様</p>
<p>このたびは AWS トレーニングと認定をご利用いただき、ありがとうございました。<br>
ケース %(c)s への対応を終えましたので、担当者の応対について短い質問にお答えいただけないでしょうか。</p>
<p><b>ご用件は解決しましたか？</b></p>
<p><a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;a=y&amp;l=ja">はい</a> &nbsp;|&nbsp;
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;a=n&amp;l=ja">いいえ</a></p>
<p>担当者の応対を5段階で評価する: <a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;l=ja&amp;rate=1">★を選ぶ</a></p>
<p style="font-size:11px;color:#888">いただいたご意見は、今後のサービス向上に役立てさせていただきます。</p>
</body></html>""" % {"c": TAK_CASE}
add(22, "goiken-okikase", "survey", "ja",
    sender=aws_console(22), to=TAK, provider="nifty",
    subject=ew("ご意見をお聞かせください（ケース %s）" % TAK_CASE, "iso-2022-jp", 60),
    date=datetime(2025, 6, 5, 5, 22, 31, tzinfo=UTC),
    case_id=TAK_CASE, accts=[], verified=True,
    body=alt(leaf(_tak22_txt, charset="iso-2022-jp", cte="7bit"), leaf(_tak22_html, "html", cte="base64")))

add(23, "badge-uketori-nokotte-imasu", "credly_badge_issued", "ja",
    sender=credly(23), to=TAK, provider="nifty",
    subject=ew("野口さん、新しいバッジの受け取り手続きが残っています", "utf-8", 60),
    date=datetime(2025, 6, 7, 11, 48, 3, tzinfo=UTC),
    msgid="<%s@geopod-ismtpd-%d>" % (h("cr23m", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 7),
    case_id=None, accts=[], verified=True,
    body=leaf("""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"></head>
<body style="background:#f4f4f4;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="110" alt="AWS Certified Developer - Associate">
<h2 style="font-size:20px">野口さん、バッジが届いています</h2>
<p>Amazon Web Services Training and Certification から、<b>AWS Certified Developer &ndash; Associate</b> のバッジが野口さんに贈られています。
まだ受け取りがお済みでないようです。</p>
<p>下のボタンから受け取ると、LinkedIn やメール署名などで共有できるようになります。</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/6d0e3b77-90c2-4f41-bb0e-2a8f4c1d7e95?locale=ja"
style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">このメールは Credly からお送りしています。配信設定の変更は<a href="https://www.credly.com/notifications">こちら</a>。<br>
Credly, Inc. 1 Bryant Park, 42nd Floor, New York, NY 10036</p>
</div></body></html>
""", "html", cte="base64"))

add(44, "yuukou-kigen-chikadzuku", "unrelated", "ja",
    sender=credly(44, "Credly"), to=TAK, provider="nifty",
    subject=ew("バッジの有効期限が近づいています: AWS Certified Cloud Practitioner", "utf-8", 58),
    date=datetime(2026, 1, 20, 9, 3, 0, tzinfo=UTC),
    msgid="<%s@geopod-ismtpd-%d>" % (h("cr44m", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 21),
    case_id=None, accts=[], verified=True,
    body=alt(leaf("""野口さん

お持ちのバッジ「AWS Certified Cloud Practitioner」は、2026年3月1日に
有効期限を迎えます。

期限後もバッジのページは残りますが、「期限切れ」と表示されます。
再認定の方法については、発行元である Amazon Web Services Training and
Certification の案内をご覧ください。

バッジを見る: https://www.credly.com/badges/5b1d0c44-8e2f-4a7a-9d0e-3c6b2f71a8d2

Credly
"""), leaf("""<html><body style="font-family:sans-serif">
<p>野口さん</p>
<p>お持ちのバッジ「<b>AWS Certified Cloud Practitioner</b>」は、<b>2026年3月1日</b>に有効期限を迎えます。</p>
<p>期限後もバッジのページは残りますが、「期限切れ」と表示されます。再認定の方法については、発行元である
Amazon Web Services Training and Certification の案内をご覧ください。</p>
<p><a href="https://www.credly.com/badges/5b1d0c44-8e2f-4a7a-9d0e-3c6b2f71a8d2">バッジを見る</a></p>
<p style="color:#999;font-size:11px">Credly</p></body></html>""", "html")))

# ---------------------------------------------------------------- thread: Haruka Ishizaki (console, gmail)
HAR = addr("石崎 遥", "haruka.ishizaki.dev@gmail.com")
HAR_T0 = datetime(2025, 11, 12, 0, 48, 31, tzinfo=UTC)
HAR_CASE = case15(HAR_T0, 45203)
HAR_SUBJ = "認定アカウントが2つあるので1つにまとめたい（AWS30571846 / AWS72094418）"
CONSOLE_URL = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s"

add(2, "case-bangou-de-oazukari", "case_created", "ja",
    sender=aws_console(2), to=HAR, provider="gmail",
    subject=ew("Amazon Web Services: ケース番号 %s でご相談をお預かりしました" % HAR_CASE, "iso-2022-jp", 56),
    date=HAR_T0 + timedelta(seconds=9),
    case_id=HAR_CASE, accts=["AWS30571846", "AWS72094418"], verified=True,
    body=leaf("""石崎 様

アマゾン ウェブ サービスをご利用いただきありがとうございます。

お寄せいただいたご相談は、ケース番号 %(c)s としてお預かりしました。
担当者が内容を拝見し、順次ご連絡を差し上げます。

ケースの内容
ケース ID: %(c)s
件名: %(s)s
重要度: 一般的なガイダンス
カテゴリ: アカウントとトレーニング / 認定

担当者からの返信はサポートセンターに掲載され、その旨をメールでお知らせします。
このメールアドレスは送信専用のため、ご返信いただいても届きません。

ケースの閲覧・追記はこちら:
%(u)s

アマゾン ウェブ サービス
""" % {"c": HAR_CASE, "s": HAR_SUBJ, "u": CONSOLE_URL % (HAR_CASE, "ja")}, charset="iso-2022-jp", cte="7bit"))

add(9, "dochira-wo-nokosu-ka", "support_reply", "ja",
    sender=aws_console(9), to=HAR, provider="gmail",
    subject=ew("RE:[CASE %s] %s" % (HAR_CASE, HAR_SUBJ), "utf-8", 64),
    date=datetime(2025, 11, 13, 2, 10, 55, tzinfo=UTC),
    case_id=HAR_CASE, accts=["AWS30571846", "AWS72094418"], verified=True,
    body=leaf("""石崎 様

お問い合わせいただき、ありがとうございます。
AWS トレーニングと認定サポートの田村でございます。

ご記載のアカウント AWS30571846 と AWS72094418 の2件を拝見しました。
手続きを進めるにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。

1. 今後お使いになりたいのは、どちらのアカウントでしょうか。
2. それぞれのアカウントにサインインする際のメールアドレス
3. 2つのアカウントができてしまった経緯（例: 勤務先の変更など）

上記が揃い次第、次のご案内をお送りします。
なお、同じご依頼で別のケースを起票されますと対応が遅れる場合がございますので、
本ケースへのご返信でお願いいたします。

サポートセンターでケースに返信するには、こちらをクリックしてください:
%(u)s

よろしくお願いいたします。

田村
アマゾン ウェブ サービス
""" % {"u": CONSOLE_URL % (HAR_CASE, "ja")}))

add(10, "utsushi-oemashita", "merge_completed", "ja",
    sender=aws_console(10), to=HAR, provider="gmail",
    subject=ew("RE:[CASE %s] %s" % (HAR_CASE, HAR_SUBJ), "iso-2022-jp", 60),
    date=datetime(2025, 11, 17, 6, 22, 7, tzinfo=UTC),
    case_id=HAR_CASE, accts=["AWS30571846", "AWS72094418"], verified=True,
    body=leaf("""石崎 様

田村でございます。大変お待たせいたしました。

先日ご了承をいただいた内容のとおり、AWS72094418 に記録されていた受験履歴と
認定資格を、AWS30571846 へ移し終えました。AWS72094418 のアカウントは閉鎖済みと
なっており、今後そちらでサインインすることはできません。

お手数ですが、AWS30571846 でサインインし、お持ちの認定がすべて表示されているか
ご覧ください。Credly のバッジについては、反映まで数日かかる場合がございます。

この度はご不便をおかけいたしました。

田村
アマゾン ウェブ サービス

---- 以前のやり取り ----
2025/11/14 11:05 (JST) アマゾン ウェブ サービス:
> 石崎 様
>
> 以下の内容で手続きを行ってよろしいか、ご返信にてお知らせください。
> 残すアカウント: AWS30571846
> 統合されるアカウント: AWS72094418（閉鎖されます）
> 実施後は元に戻すことができませんのでご注意ください。
""", charset="iso-2022-jp", cte="7bit"))

add(11, "ichi-bun-no-shitsumon", "survey", "ja",
    sender=aws_console(11), to=HAR, provider="gmail",
    subject=ew("ケース %s のサポートに関するアンケートのお願い" % HAR_CASE, "utf-8", 60),
    date=datetime(2025, 11, 17, 6, 25, 40, tzinfo=UTC),
    case_id=HAR_CASE, accts=[], verified=True,
    body=leaf("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Noto Sans JP',sans-serif;color:#16191f">
<table width="600" align="center" cellpadding="20" style="border:1px solid #eaeded"><tr><td>
<img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_179x109.png" width="80" alt="AWS">
<p>石崎 様</p>
<p>今回のやり取りについて、ご意見をお聞かせください。<br>
ケース <b>%(c)s</b> を担当した者の対応は、お役に立ちましたか？</p>
<p><a href="https://survey.aws.amazon.com/support?displayId=%(c)s&amp;v=yes&amp;lang=ja" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">はい</a>
&nbsp;&nbsp;
<a href="https://survey.aws.amazon.com/support?displayId=%(c)s&amp;v=no&amp;lang=ja" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">いいえ</a></p>
<p>ご回答は1分ほどで終わります。</p>
<p style="font-size:11px;color:#687078">このメールは送信専用アドレスからお送りしています。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</td></tr></table></body></html>
""" % {"c": HAR_CASE}, "html", cte="base64"))

_cr12_txt = """石崎 遥さん

Amazon Web Services Training and Certification から、
AWS Certified Cloud Practitioner のバッジが石崎さんの Credly アカウントに
追加されました。

受け取る: https://www.credly.com/earner/earned/badge/a71e2c90-4f3b-48d1-9e6a-0bd5c2f4e813?locale=ja

受け取ったバッジは、LinkedIn や名刺の QR コードなどで共有できます。

Credly チーム
"""
_cr12_html = """<html><body style="font-family:sans-serif;background:#fafafa">
<div style="max-width:540px;margin:auto;background:#fff;padding:24px">
<p>石崎 遥さん</p>
<p>Amazon Web Services Training and Certification から、<b>AWS Certified Cloud Practitioner</b> のバッジが
石崎さんの Credly アカウントに追加されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/a71e2c90-4f3b-48d1-9e6a-0bd5c2f4e813?locale=ja"
style="background:#ff6b00;color:#fff;padding:10px 26px;text-decoration:none">受け取る</a></p>
<p>受け取ったバッジは、LinkedIn や名刺の QR コードなどで共有できます。</p>
<p style="font-size:11px;color:#999">Credly チーム</p></div></body></html>"""
add(12, "badge-ga-tsuika-saremashita", "credly_badge_issued", "ja",
    sender=credly(12), to=HAR, provider="gmail",
    subject=ew("AWS Training and Certification からのバッジが追加されました", "utf-8", 52),
    date=datetime(2025, 11, 19, 22, 14, 36, tzinfo=UTC),
    msgid="<%s@geopod-ismtpd-%d>" % (h("cr12m", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 3),
    case_id=None, accts=[], verified=True,
    body=alt(leaf(_cr12_txt), leaf(_cr12_html, "html")))

# ---------------------------------------------------------------- thread: Priya Raman (console, Office 365 tenant)
PRI = addr("Priya Raman", "priya.raman@northwind-analytics.co.uk")
PRI_T0 = datetime(2025, 9, 8, 8, 41, 19, tzinfo=UTC)
PRI_CASE = case15(PRI_T0, 55610)
PRI_SUBJ = "Two certification logins - want them combined into one"
PRI_URL = "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % PRI_CASE

add(13, "now-tracked-as-case", "case_created", "en",
    sender=aws_console(13), to=PRI, provider="o365",
    subject="Amazon Web Services: New Support case: %s" % PRI_CASE,
    date=PRI_T0 + timedelta(seconds=6),
    case_id=PRI_CASE, accts=["AWS55018273"], verified=True,
    body=leaf("""Hello,

Thank you for contacting Amazon Web Services. Your request is now tracked
as case %(c)s, and it will be picked up by the next available member of
the team.

Case ID: %(c)s
Subject: %(s)s
Severity: General guidance
Correspondence: Hi, I passed SAA-C03 under my work login but my older
Cloud Practitioner sits under a profile tied to my personal Gmail. Work
candidate ID is AWS 55018273. Could the older one be brought over?

You will be notified by email whenever there is an update. To add
information or attachments, use the Support Center:
%(u)s

Please do not reply to this email. This address is not monitored.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is
a registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle,
WA 98109-5210
""" % {"c": PRI_CASE, "s": PRI_SUBJ, "u": PRI_URL}, charset="us-ascii", cte="7bit"))

add(14, "need-three-details", "support_reply", "en",
    sender=aws_console(14), to=PRI, provider="o365",
    subject="RE:[CASE %s] %s" % (PRI_CASE, PRI_SUBJ),
    date=datetime(2025, 9, 9, 11, 3, 27, tzinfo=UTC),
    case_id=PRI_CASE, accts=["AWS55018273"], verified=True,
    body=leaf("""Hello Priya,

Thanks for the detail in your message - it helps.

I can see the profile AWS55018273 linked to your work address. I have not
yet been able to find the older profile under the Gmail address you
mention, and I would rather not guess. Could you send me:

 - the exact Gmail address you used when you sat the Cloud Practitioner
   exam,
 - the candidate number of that profile if you still have it (it starts
   with AWS and is printed on your score report), and
 - roughly when you took that exam.

As soon as I have those I'll come back to you with next steps.

To reply, open the case in the Support Center:
%s

Best regards,
Sandeep K.
Amazon Web Services

We value your feedback. Please rate this correspondence in the Support
Center.
""" % PRI_URL))

add(15, "new-message-on-case", "support_reply", "en",
    sender=aws_console(15), to=PRI, provider="none",
    extra_top=[
        ("Received", "from NWA-EXCH02.corp.northwind-analytics.co.uk (10.20.4.12) by\n NWA-EXCH01.corp.northwind-analytics.co.uk (10.20.4.11) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.14; Wed, 10 Sep 2025 15:40:22 +0100"),
        ("Received", "from mailgw.northwind-analytics.co.uk (192.168.30.5) by\n NWA-EXCH02.corp.northwind-analytics.co.uk (10.20.4.12) with Microsoft SMTP\n Server id 15.2.1544.14 via Frontend Transport; Wed, 10 Sep 2025 15:40:21 +0100"),
        ("Received", "from a27-58.smtp-out.amazonses.com (a27-58.smtp-out.amazonses.com [54.240.27.58])\n\tby mailgw.northwind-analytics.co.uk with ESMTPS; Wed, 10 Sep 2025 15:40:20 +0100"),
    ],
    subject="[Case %s] New correspondence added" % PRI_CASE,
    date=datetime(2025, 9, 10, 14, 40, 18, tzinfo=UTC),
    case_id=PRI_CASE, accts=[], verified=None,
    body=leaf("""Amazon Web Services has added a new message to case %(c)s.

To read it and reply, open the case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s

This inbox is not monitored; replies sent to this address are not
received.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % {"c": PRI_CASE}, charset="us-ascii", cte="7bit"))

_pri16_txt = """Hello Priya,

Thank you for the extra information - I found the Gmail profile.

Here is what I would like to do, and I need an explicit yes from you
before I can:

 * AWS55018273 (your work login) remains as your one and only profile.
 * AWS-80462917 (Gmail) has its Cloud Practitioner record and exam history
   moved across, and is then deactivated.

There is no way back from this: the two cannot be split apart again
afterwards, and the Gmail login will stop working.

If you agree, reply on the case in the Support Center and say so. If you
would prefer the Gmail profile to be the one that remains, tell me that
instead.

Best regards,
Sandeep K.
Amazon Web Services
"""
_pri16_html = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hello Priya,</p>
<p>Thank you for the extra information &ndash; I found the Gmail profile. Below is what I would like to do,
and I need an explicit yes from you before I can.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>Candidate ID</th><th>Sign-in e-mail</th><th>What happens</th></tr>
<tr><td>AWS55018273</td><td>priya.raman@northwind-analytics.co.uk</td><td>Remains as your only profile</td></tr>
<tr><td>AWS80462917</td><td>priya.raman.uk@gmail.com</td><td>Cloud Practitioner record and exam history moved across, then deactivated</td></tr>
</table>
<p><b>There is no way back from this.</b> The two cannot be split apart again afterwards, and the Gmail login will stop working.</p>
<p>If you agree, reply on the case in the <a href="%s">Support Center</a> and say so.
If you would prefer the Gmail profile to be the one that remains, tell me that instead.</p>
<p>Best regards,<br>Sandeep K.<br>Amazon Web Services</p>
</body></html>""" % PRI_URL
add(16, "explicit-yes-needed", "merge_confirmation_requested", "en",
    sender=aws_console(16), to=PRI, provider="o365",
    subject="RE:[CASE %s] %s" % (PRI_CASE, PRI_SUBJ),
    date=datetime(2025, 9, 11, 9, 15, 3, tzinfo=UTC),
    case_id=PRI_CASE, accts=["AWS55018273", "AWS80462917"], verified=True,
    body=alt(leaf(_pri16_txt, charset="us-ascii", cte="7bit"), leaf(_pri16_html, "html")))

_pri17_txt = """Hello Priya,

I'm taking over from my colleague Sandeep to close the loop on this case.

Your Cloud Practitioner certification and the exam history from the Gmail
profile (AWS80462917) are now part of AWS55018273. The Gmail login has
been switched off, so from here on there is a single profile to sign in
to, using your work address.

As there is nothing left for us to do, we are closing case
%(c)s. If something looks off - for example a
certification missing from your transcript - you can reopen it from the
Support Center within 14 days.

We'd appreciate a moment of your time to rate this exchange:
https://console.aws.amazon.com/support/feedback?displayId=%(c)s

Best regards,
Mateo R.
Amazon Web Services
""" % {"c": PRI_CASE}
add(17, "closing-the-loop", "merge_completed", "en",
    sender=aws_console(17), to=PRI, provider="o365",
    subject="RE:[CASE %s] %s" % (PRI_CASE, PRI_SUBJ),
    date=datetime(2025, 9, 12, 15, 50, 44, tzinfo=UTC),
    case_id=PRI_CASE, accts=["AWS55018273", "AWS80462917"], verified=True,
    body=leaf(_pri17_txt))

PRI_SENDER = S("Priya Raman", "priya.raman@northwind-analytics.co.uk", "priya.raman@northwind-analytics.co.uk",
               ["northwind-analytics.co.uk"], "40.107.22.70", "mail-ame01on2070.outbound.protection.outlook.com",
               selector="selector1")
_pri18_txt = """For the file - sorted at last.

P.

________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Friday, September 12, 2025 4:50 PM
To: Priya Raman <priya.raman@northwind-analytics.co.uk>
Subject: RE:[CASE %s] %s

""" % (PRI_CASE, PRI_SUBJ) + _pri17_txt
_pri18_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
               "<body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">For the file - sorted at last.<br><br>P.</div>"
               "<hr style=\"display:inline-block;width:98%%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\">"
               "<font face=\"Calibri, sans-serif\" style=\"font-size:11pt\"><b>From:</b> Amazon Web Services &lt;no-reply-aws@amazon.com&gt;<br>"
               "<b>Sent:</b> Friday, September 12, 2025 4:50 PM<br><b>To:</b> Priya Raman &lt;priya.raman@northwind-analytics.co.uk&gt;<br>"
               "<b>Subject:</b> RE:[CASE %s] %s</font><div>&nbsp;</div></div><div>%s</div></body></html>") % (
    PRI_CASE, PRI_SUBJ, _pri17_txt.replace("\n\n", "<br><br>").replace("\n", " "))
add(18, "fw-for-the-file", "unrelated", "en",
    sender=PRI_SENDER, to=addr("Priya Raman", "priya.raman.uk@gmail.com"), provider="gmail",
    subject="FW: RE:[CASE %s] %s" % (PRI_CASE, PRI_SUBJ),
    date=datetime(2025, 9, 12, 16, 2, 9, tzinfo=UTC),
    msgid="<DB9PR07MB8843%s@DB9PR07MB8843.eurprd07.prod.outlook.com>" % h("p18", 12, "0123456789ABCDEF"),
    x_headers=[("Thread-Topic", "RE:[CASE %s] %s" % (PRI_CASE, PRI_SUBJ)),
               ("Thread-Index", "AQHcJAl2" + b64blob("ti18", 20)),
               ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    case_id=PRI_CASE, accts=[], verified=False,
    body=alt(leaf(_pri18_txt), leaf(_pri18_html, "html")))

PHISH48 = S("AWS Certification Support", "notifications@aws-certification-services.com",
            "bounce@mail.aws-certification-services.com", ["aws-certification-services.com"], "185.212.47.19",
            "mail.aws-certification-services.com", selector="default")
add(48, "profiles-unified-revalidate", "merge_completed", "en",
    sender=PHISH48, to=PRI, provider="o365",
    subject="Your AWS Certification profiles have been unified - action required",
    date=datetime(2025, 9, 15, 6, 12, 40, tzinfo=UTC),
    msgid="<%s@aws-certification-services.com>" % h("ph48", 24),
    case_id=None, accts=["AWS55018273", "AWS80462917"], verified=False,
    body=leaf("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#232f3e;padding:14px"><span style="color:#ff9900;font-weight:bold;font-size:18px">aws</span>
<span style="color:#fff"> Training and Certification</span></div>
<p>Dear Candidate,</p>
<p>Your AWS Certification accounts <b>AWS55018273</b> and <b>AWS80462917</b> have been successfully unified into a
single profile. All certifications, exam history and vouchers now reside on the surviving profile.</p>
<p>To keep access to your certifications and exam benefits, you must re-validate your sign-in within
<b>48 hours</b>. Profiles that are not re-validated will be suspended.</p>
<p style="text-align:center"><a href="https://aws-certification-services.com/validate?u=priya.raman%40northwind-analytics.co.uk"
style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">Re-validate my profile</a></p>
<p>Thank you,<br>AWS Certification Support Team</p>
<p style="font-size:10px;color:#999">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</body></html>
""", "html"))

# ---------------------------------------------------------------- thread: Marek Novak (form desk, gmail)
MAR = addr("Marek Novak", "marek.novak@gmail.com")
MAR_T0 = datetime(2026, 1, 14, 18, 5, 51, tzinfo=UTC)
MAR_CASE = case15(MAR_T0, 20394)
FORM_SUBJ_MAR = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MAR_CASE

add(25, "automated-note-reference", "case_created", "en",
    sender=aws_form(25), to=MAR, provider="gmail",
    subject="[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % MAR_CASE,
    date=MAR_T0 + timedelta(seconds=33),
    case_id=MAR_CASE, accts=["AWS03847261", "AWS19572804"], verified=True,
    body=leaf("""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<p>Hi there,</p>
<p>This is an automated note. We&#39;ve got your message about your certification profile and given it the
reference <strong>%s</strong>. Our team aims to come back to you within a day.</p>
<p>Please don&#39;t send the same request again through the form &ndash; duplicates are queued separately and
can slow things down. If you need to add something, just reply here.</p>
<p><u>What you told us</u><br>
Candidate ID: aws03847261<br>
Inquiry detail: Account Merge<br>
Your message: &quot;Two logins, one me. The second one is AWS19572804 from my university days.&quot;</p>
<p>&mdash; AWS Training and Certification</p>
</body></html>""" % MAR_CASE, "html"))

add(26, "heres-the-plan-no-undo", "merge_confirmation_requested", "en",
    sender=aws_form(26), to=MAR, provider="gmail",
    subject=FORM_SUBJ_MAR,
    date=datetime(2026, 1, 15, 19, 40, 2, tzinfo=UTC),
    case_id=MAR_CASE, accts=["AWS03847261", "AWS19572804"], verified=True,
    body=leaf("""Hey Marek,

Thanks for your patience while I dug into this.

I found both of your candidate records. Here's the plan:

  keep:    aws03847261  (marek.novak@gmail.com)
  retire:  AWS 19572804 (m.novak@student.cvut.cz)

Everything on the university-era record - your Cloud Practitioner and
the exam history - would move over to the one you keep, and the old
record would be shut down.

Heads up: there's no undo on this. After it's carried out, we can't pull
the two apart again.

If that all looks right, just hit reply and tell me so, and I'll get it
moving. If you'd rather keep the other one, say that instead.

Cheers,
Jess
AWS Training and Certification
"""))

add(27, "with-the-back-office-queue", "support_reply", "en",
    sender=aws_form(27), to=MAR, provider="gmail",
    subject=FORM_SUBJ_MAR,
    date=datetime(2026, 1, 16, 10, 22, 48, tzinfo=UTC),
    case_id=MAR_CASE, accts=["AWS03847261"], verified=True,
    body=leaf("""Hello Marek,

A short update from our side: your request is now with the back-office
team that handles record consolidation, and it is in their queue.

Once the two records have been combined, I will also ask Credly to move
your badges across, so there is no need for you to contact them
separately. You will hear from us on this thread when everything is
finished; until then, aws03847261 remains your sign-in and nothing
changes for you.

Kind regards,
Oluwaseun
AWS Training and Certification

On Thu, 15 Jan 2026 at 21:03, Marek Novak <marek.novak@gmail.com> wrote:
> Hi Jess,
> yes, that's right - keep the gmail one, retire the uni one. Go for it.
> Marek
>
> On Thu, 15 Jan 2026 at 20:40, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hey Marek,
> >
> > I found both of your candidate records. Here's the plan:
> >
> >   keep:    aws03847261  (marek.novak@gmail.com)
> >   retire:  AWS 19572804 (m.novak@student.cvut.cz)
> >
> > Heads up: there's no undo on this.
"""))

add(28, "done-on-our-side", "merge_completed", "en",
    sender=aws_form(28), to=MAR, provider="gmail",
    subject=FORM_SUBJ_MAR,
    date=datetime(2026, 1, 19, 8, 14, 30, tzinfo=UTC),
    case_id=MAR_CASE, accts=["AWS03847261", "AWS19572804"], verified=True,
    body=leaf("""Marek,

Done on our side. AWS19572804 no longer exists as a separate login; its
exam results and your Cloud Practitioner certification now appear on
AWS03847261.

If the dashboard still shows the old picture, sign out and back in, or
give it an hour.

Regards,
T. Lindqvist
AWS Training and Certification
""", cte="base64"))

_mar29_txt = """Hi Marek,

We've marked case %(c)s as finished on our side. Before it drops off our
list, did we sort out the thing you wrote to us about?

  Yes  https://survey.aws.amazon.com/tc?c=%(c)s&a=y
  No   https://survey.aws.amazon.com/tc?c=%(c)s&a=n

One click is enough. If you have a minute more, the page that opens lets
you tell us how the person handling your request did.

AWS Training and Certification
""" % {"c": MAR_CASE}
_mar29_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Marek,</p>
<p>We&#39;ve marked case %(c)s as finished on our side. Before it drops off our list, <b>did we sort out the thing you wrote to us about?</b></p>
<table><tr><td style="background:#1d8102;padding:8px 20px"><a style="color:#fff;text-decoration:none" href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;a=y">Yes</a></td>
<td style="width:12px"></td>
<td style="background:#aab7b8;padding:8px 20px"><a style="color:#fff;text-decoration:none" href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;a=n">No</a></td></tr></table>
<p>One click is enough. If you have a minute more, the page that opens lets you tell us how the person handling your request did.</p>
<p>AWS Training and Certification</p></body></html>""" % {"c": MAR_CASE}
add(29, "did-we-sort-it-out", "survey", "en",
    sender=aws_console(29), to=MAR, provider="gmail",
    subject="Case %s: one click to tell us how it went" % MAR_CASE,
    date=datetime(2026, 1, 19, 8, 20, 11, tzinfo=UTC),
    case_id=MAR_CASE, accts=[], verified=True,
    body=alt(leaf(_mar29_txt, charset="us-ascii", cte="7bit"), leaf(_mar29_html, "html")))

add(30, "recognised-your-achievement", "credly_badge_issued", "en",
    sender=credly(30), to=MAR, provider="gmail",
    subject="Marek, AWS Training and Certification recognised your achievement",
    date=datetime(2026, 1, 21, 14, 2, 26, tzinfo=UTC),
    msgid="<%s@geopod-ismtpd-%d>" % (h("cr30m", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 11),
    case_id=None, accts=[], verified=True,
    body=alt(leaf("""Marek, there's a badge waiting for you.
Claim it here: https://www.credly.com/earner/earned/badge/0c7d5e21-3a9b-4f70-8e14-d6b2a90f3c58
""", charset="us-ascii", cte="7bit"), leaf("""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f3f3f3">
<div style="max-width:560px;margin:auto;background:#fff;padding:30px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="130" alt="">
<h2>Marek, congratulations on the AWS Certified Cloud Practitioner</h2>
<p>Amazon Web Services Training and Certification has recognised your achievement with a digital badge.
Claim it to share a verified record of your skills with employers and your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0c7d5e21-3a9b-4f70-8e14-d6b2a90f3c58"
style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Claim your badge</a></p>
<p style="font-size:11px;color:#888">Sent by Credly on behalf of Amazon Web Services Training and Certification.<br>
Credly, Inc. | 1 Bryant Park, 42nd Floor, New York, NY 10036</p>
</div></body></html>""", "html")))

add(31, "code-to-combine-credly", "unrelated", "en",
    sender=credly(31, "Credly"), to=MAR, provider="gmail",
    subject="Your code to combine Credly accounts",
    date=datetime(2026, 1, 22, 20, 47, 5, tzinfo=UTC),
    msgid="<%s@geopod-ismtpd-%d>" % (h("cr31m", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 5),
    case_id=None, accts=[], verified=True,
    body=alt(leaf("""Hi Marek,

Someone (hopefully you) asked to combine marek.novak@gmail.com with another
Credly account. Enter this code on the page you came from to continue:

    614902

The code stops working in 15 minutes. After entering it, select
"Complete Account Merge" to bring the badges of both Credly accounts
together.

If this wasn't you, ignore this email - nothing will change.

Credly Support
""", charset="us-ascii", cte="7bit"), leaf("""<html><body style="font-family:Arial,sans-serif">
<p>Hi Marek,</p>
<p>Someone (hopefully you) asked to combine <b>marek.novak@gmail.com</b> with another Credly account.
Enter this code on the page you came from to continue:</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold">614902</p>
<p>The code stops working in 15 minutes. After entering it, select <b>Complete Account Merge</b> to bring the
badges of both Credly accounts together.</p>
<p>If this wasn&#39;t you, ignore this email &ndash; nothing will change.</p>
<p>Credly Support</p></body></html>""", "html")))

GITHUB = S("Petra Horak", "notifications@github.com",
           "bounces+848413-a71c-marek.novak=gmail.com@sgmail.github.com", ["github.com", "sendgrid.info"],
           "192.254.112.98", "o11.sgmail.github.com", selector="pf2023")
add(24, "pr-212-merged-into-main", "unrelated", "en",
    sender=GITHUB, to=addr("novak-labs/cert-tracker", "cert-tracker@noreply.github.com"), provider="gmail",
    subject="Re: [novak-labs/cert-tracker] Merge duplicate candidate profiles in the importer (PR #212)",
    date=datetime(2026, 3, 4, 13, 27, 51, tzinfo=UTC),
    msgid="<novak-labs/cert-tracker/pull/212/issue_event/16482093311@github.com>",
    irt="<novak-labs/cert-tracker/pull/212@github.com>",
    refs="<novak-labs/cert-tracker/pull/212@github.com>",
    cc=addr("Marek Novak", "marek.novak@gmail.com") + ", Author <author@noreply.github.com>",
    reply_to="novak-labs/cert-tracker <reply+AAL3CP7X%s@reply.github.com>" % h("gh24", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    x_headers=[("List-ID", "novak-labs/cert-tracker <cert-tracker.novak-labs.github.com>"),
               ("List-Archive", "https://github.com/novak-labs/cert-tracker"),
               ("X-GitHub-Sender", "phorak"), ("X-GitHub-Recipient", "mnovak"),
               ("X-GitHub-Reason", "author"), ("X-GitHub-Recipient-Address", "marek.novak@gmail.com")],
    case_id=None, accts=[], verified=False,
    body=alt(leaf("""Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/novak-labs/cert-tracker/pull/212#event-16482093311
You are receiving this because you authored the thread.

Message ID: <novak-labs/cert-tracker/pull/212/issue_event/16482093311@github.com>
""", charset="us-ascii", cte="7bit"), leaf("""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/novak-labs/cert-tracker/pull/212">#212</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email directly,
<a href="https://github.com/novak-labs/cert-tracker/pull/212#event-16482093311">view it on GitHub</a>, or
<a href="https://github.com/notifications/unsubscribe-auth/AAL3CP7X">unsubscribe</a>.<br>You are receiving this because you authored the thread.</p>
""", "html")))

# ---------------------------------------------------------------- thread: Lucía Fernández (form desk, Fastmail)
LUC = addr("Lucía Fernández", "lucia.fz@fastmail.com")
LUC_T0 = datetime(2025, 7, 21, 16, 9, 2, tzinfo=UTC)
LUC_CASE = case15(LUC_T0, 80731)
FORM_SUBJ_LUC = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % LUC_CASE

_luc49_txt = """Dear Lucía,

Your message has landed with AWS Training and Certification, and it has
been filed under reference %(c)s. There is a real person
behind this queue, and you should hear from them within a working day.

Two small requests while you wait:
 • keep the reference in the subject if you reply with more information;
 • please don't send the form again for the same question.

A copy of your submission:
  Inquiry type:         Certification
  Inquiry detail:       Account Merge
  AWS candidate ID:     AWS-26608153
  Notification e-mail:  lucia.fz@fastmail.com
  Description:          I have a second profile (I think AWS 71139046) from
                        when I tested in Madrid with my university address.

With thanks,
The AWS T&C support desk
""" % {"c": LUC_CASE}
_luc49_html = "<html><body style=\"font-family:Georgia,serif;font-size:15px\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>\n") for p in _luc49_txt.split("\n\n")) + "</body></html>"
add(49, "landed-with-tc", "case_created", "en",
    sender=aws_form(49), to=LUC, provider="fastmail",
    subject=ew("We’ve got it – Training & Certification reference %s" % LUC_CASE, "utf-8", 48),
    date=LUC_T0 + timedelta(seconds=18),
    case_id=LUC_CASE, accts=["AWS26608153", "AWS71139046"], verified=True,
    body=alt(leaf(_luc49_txt), leaf(_luc49_html, "html")))

_luc50 = """Hi Lucía,

Thanks for writing in. I’ve had a look, and before I can set anything in
motion I need two more pieces from you:

1. Why were two profiles created? A change of employer or school e‑mail
   is the usual reason – a sentence is plenty.
2. The notification e‑mail address on each profile, if it differs from
   the sign‑in address.

Please keep your answer on this thread rather than starting a new
request – it lands in the same queue either way, but a second case only
adds a delay.

Best,
Hana
AWS Training and Certification

From: Lucía Fernández <lucia.fz@fastmail.com>
Sent: Monday, July 21, 2025 6:09 PM
To: AWS Training and Certification
Subject: [AWS Training and Certification Form Submission] - account-assistance

AWS candidate ID: AWS-26608153
Description: I have a second profile (I think AWS 71139046) from when I
tested in Madrid with my university address.
"""
add(50, "two-more-pieces", "support_reply", "en",
    sender=aws_form(50), to=LUC, provider="fastmail",
    subject=FORM_SUBJ_LUC,
    date=datetime(2025, 7, 22, 13, 30, 37, tzinfo=UTC),
    case_id=LUC_CASE, accts=[], verified=True,
    body=leaf(_luc50, label="iso-8859-1"))

_luc51_txt = """Hello Lucía,

Thank you for the background - that is all I needed.

I have lined up the following change on your behalf. Nothing has been
touched yet:

    Surviving profile ........ AWS26608153 (lucia.fz@fastmail.com)
    Profile to be absorbed ... AWS71139046 (l.fernandez@alumnos.upm.es)

When it runs, the Madrid exam result and everything else attached to
AWS71139046 will be attached to AWS26608153 instead, and AWS71139046 will
be closed for good. We cannot reverse it afterwards.

Could you write back with a simple "yes, go ahead" if this matches what
you want? I won't start until I hear from you.

Warm regards,
Inés M.
AWS Training and Certification
"""
_luc51_html = """<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Lucía,</p>
<p>Thank you for the background &ndash; that is all I needed.</p>
<p>I have lined up the following change on your behalf. <i>Nothing has been touched yet:</i></p>
<ul><li>Surviving profile: <b>AWS26608153</b> (lucia.fz@fastmail.com)</li>
<li>Profile to be absorbed: <b>AWS71139046</b> (l.fernandez@alumnos.upm.es)</li></ul>
<p>When it runs, the Madrid exam result and everything else attached to AWS71139046 will be attached to
AWS26608153 instead, and AWS71139046 will be closed for good. We cannot reverse it afterwards.</p>
<p>Could you write back with a simple &quot;yes, go ahead&quot; if this matches what you want? I won&#39;t start until I hear from you.</p>
<p>Warm regards,<br>Inés M.<br>AWS Training and Certification</p></div>"""
add(51, "lined-up-nothing-touched", "merge_confirmation_requested", "en",
    sender=aws_form(51), to=LUC, provider="fastmail",
    subject=FORM_SUBJ_LUC,
    date=datetime(2025, 7, 24, 9, 2, 14, tzinfo=UTC),
    case_id=LUC_CASE, accts=["AWS26608153", "AWS71139046"], verified=True,
    body=alt(leaf(_luc51_txt, cte="base64"), leaf(_luc51_html, "html", cte="base64")))

LUC_SENT = S("Lucía Fernández", "lucia.fz@fastmail.com", "lucia.fz@fastmail.com", [], "", "")
add(52, "re-yes-go-ahead-sent-copy", "unrelated", "en",
    sender=LUC_SENT, to="Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", provider="none",
    subject="Re: " + FORM_SUBJ_LUC,
    date=datetime(2025, 7, 24, 11, 26, 50, tzinfo=CEST).astimezone(UTC),
    date_hdr="Thu, 24 Jul 2025 11:26:50 +0200",
    msgid="<%s-%s-%s-%s-%s@app.fastmail.com>" % (h("l52a", 8), h("l52b", 4), h("l52c", 4), h("l52d", 4), h("l52e", 12)),
    irt=ses_msgid(datetime(2025, 7, 24, 9, 2, 14, tzinfo=UTC), "051-lined-up-nothing-touched.eml"),
    refs=ses_msgid(datetime(2025, 7, 24, 9, 2, 14, tzinfo=UTC), "051-lined-up-nothing-touched.eml"),
    x_headers=[("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1004-g4b0fb8a4c-fm-20250718.001-g4b0fb8a4"),
               ("X-ME-Sender", "<xms:" + b64blob("xme52", 40) + ">")],
    sign=False,
    case_id=LUC_CASE, accts=["AWS26608153"], verified=None,
    body=leaf("""Hi Inés,

Yes, go ahead - that is exactly right. Keep AWS26608153 and fold the 
university one into it.

Thanks a lot,
Lucía

On Thu, 24 Jul 2025, at 11:02, Amazon Web Services wrote:
> Hello Lucía,
>
> Thank you for the background - that is all I needed.
>
> I have lined up the following change on your behalf. Nothing has been
> touched yet:
>
>     Surviving profile ........ AWS26608153 (lucia.fz@fastmail.com)
>     Profile to be absorbed ... AWS71139046 (l.fernandez@alumnos.upm.es)
>
> Could you write back with a simple "yes, go ahead" if this matches what
> you want? I won't start until I hear from you.
""", extra_params={"format": "flowed"}))

add(53, "where-things-stand", "merge_completed", "en",
    sender=aws_form(53), to=LUC, provider="fastmail",
    subject=FORM_SUBJ_LUC,
    date=datetime(2025, 7, 25, 17, 45, 9, tzinfo=UTC),
    case_id=LUC_CASE, accts=["AWS26608153", "AWS71139046"], verified=True,
    body=leaf("""Hi Lucía,

A quick note to let you know where things stand: as of this afternoon,
AWS-26608153 holds everything that used to belong to AWS 71139046,
including the Madrid result. The university profile has been deactivated
and can no longer be signed into.

Your badges on Credly are a separate process; they normally catch up
within a week.

Thanks for bearing with us,
Callum
AWS Training and Certification

How did we do? Rate this reply:
https://aws.amazon.com/tc-feedback?case=%(c)s

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, July 24, 2025 9:02 AM
To: lucia.fz@fastmail.com
Subject: RE:[CASE %(c)s] [AWS Training and Certification Form Submission] - account-assistance

Hello Lucía,

Thank you for the background - that is all I needed.

I have lined up the following change on your behalf. Nothing has been
touched yet:

    Surviving profile ........ AWS26608153 (lucia.fz@fastmail.com)
    Profile to be absorbed ... AWS71139046 (l.fernandez@alumnos.upm.es)

Could you write back with a simple "yes, go ahead" if this matches what
you want? I won't start until I hear from you.
""" % {"c": LUC_CASE}))

_luc54_txt = """Lucía,

Your recent conversation with AWS Training and Certification (case
%(c)s) has wrapped up, and we would like to hear how it
felt from your side.

How would you rate the help you received?

  ★☆☆☆☆  https://survey.aws.amazon.com/tc?c=%(c)s&r=1
  ★★☆☆☆  https://survey.aws.amazon.com/tc?c=%(c)s&r=2
  ★★★☆☆  https://survey.aws.amazon.com/tc?c=%(c)s&r=3
  ★★★★☆  https://survey.aws.amazon.com/tc?c=%(c)s&r=4
  ★★★★★  https://survey.aws.amazon.com/tc?c=%(c)s&r=5

Anything we could have done better? There is room for a comment on the
next page.
""" % {"c": LUC_CASE}
_luc54_html = """<html><body style="font-family:Arial,sans-serif">
<p>Lucía,</p>
<p>Your recent conversation with AWS Training and Certification (case %(c)s) has wrapped up,
and we would like to hear how it felt from your side.</p>
<p><b>How would you rate the help you received?</b></p>
<p style="font-size:26px">""" % {"c": LUC_CASE} + "".join(
    '<a href="https://survey.aws.amazon.com/tc?c=%s&amp;r=%d" style="color:#ff9900;text-decoration:none">&#9733;</a>' % (LUC_CASE, i)
    for i in range(1, 6)) + """</p>
<p>Anything we could have done better? There is room for a comment on the next page.</p></body></html>"""
add(54, "how-it-felt", "survey", "en",
    sender=aws_console(54), to=LUC, provider="fastmail",
    subject="How did it go? Case %s" % LUC_CASE,
    date=datetime(2025, 7, 25, 17, 47, 58, tzinfo=UTC),
    case_id=LUC_CASE, accts=[], verified=True,
    body=alt(leaf(_luc54_txt), leaf(_luc54_html, "html")))

PHISH55 = S("Credly Badges", "badges@credly-notify.net", "mailer@credly-notify.net", ["credly-notify.net"],
            "45.133.216.77", "mx1.credly-notify.net", selector="mail")
add(55, "ml-specialty-badge-fake", "credly_badge_issued", "en",
    sender=PHISH55, to=LUC, provider="fastmail", verdict="none",
    subject="Lucía, you have a new badge from Amazon Web Services Training and Certification",
    date=datetime(2025, 8, 2, 3, 41, 17, tzinfo=UTC),
    msgid="<%s@credly-notify.net>" % h("ph55", 20),
    case_id=None, accts=[], verified=False,
    body=leaf("""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto;padding:26px;border:1px solid #eee">
<p><img src="https://credly-notify.net/assets/credly-logo.png" width="90" alt="Credly"></p>
<p>Lucía,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:
<b>AWS Certified Machine Learning &ndash; Specialty</b>.</p>
<p>To accept it, sign in with your e-mail password below. Unaccepted badges are removed after 72 hours.</p>
<p><a href="https://credly-notify.net/accept?e=lucia.fz%40fastmail.com&amp;id=8812"
style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly Inc. All rights reserved.</p></div></body></html>
""", "html"))

CERTMETRICS = S("AWS Certification", "do-not-reply@certmetrics.com", "bounce-7731@mail.certmetrics.com",
                ["certmetrics.com"], "198.21.6.120", "o2.mail.certmetrics.com", selector="s1")
add(32, "wants-to-hear-from-you", "unrelated", "en",
    sender=CERTMETRICS, to=LUC, provider="fastmail",
    subject="AWS Certification wants to hear from you",
    date=datetime(2025, 8, 10, 15, 0, 4, tzinfo=UTC),
    msgid="<%s.%s@certmetrics.com>" % (h("cm32a", 14, "0123456789"), h("cm32b", 8)),
    case_id=None, accts=["AWS26608153"], verified=False,
    body=leaf("""Hello Lucía Fernández,

AWS Certification wants to hear from you!

As someone who has taken an AWS Certification exam, your opinion helps us
shape future exams, study resources and the candidate experience. The
survey takes about 10 minutes and your answers are confidential.

Take the survey: https://www.certmetrics.com/amazon/survey/?id=9f2e61c0a7

Candidate ID: AWS26608153

Thank you,
AWS Certification

Please do not reply to this message; this mailbox is not monitored.
"""))

# ---------------------------------------------------------------- thread: Saori Kimura (console, biglobe)
SAO = addr("木村 沙織", "saori.kimura@biglobe.ne.jp")
SAO_T0 = datetime(2026, 2, 3, 4, 12, 55, tzinfo=UTC)
SAO_CASE = case15(SAO_T0, 7164)
SAO_SUBJ = "旧姓で登録した認定アカウントと現在のアカウントについて"
SAO_URL = CONSOLE_URL % (SAO_CASE, "ja")

add(33, "goshoudan-wo-uketamawarimashita", "case_created", "ja",
    sender=aws_console(33), to=SAO, provider="biglobe",
    subject=ew("Amazon Web Services: ご相談を承りました（ケース %s）" % SAO_CASE, "shift_jis", 56),
    date=SAO_T0 + timedelta(seconds=11),
    case_id=SAO_CASE, accts=["AWS40918273"], verified=True,
    body=leaf("""木村 様

アマゾン ウェブ サービス（AWS）にご連絡いただき、ありがとうございます。
お客様からのご相談を、ケース番号 %(c)s として登録いたしました。

ケース ID: %(c)s
件名: %(s)s
重要度: 一般的なガイダンス
ご相談内容: 結婚前の姓で作った認定アカウントがあり、現在のアカウント
（aws40918273）とは別になっています。資格を現在のアカウントに
まとめることはできますか。

担当エンジニアからの回答は、サポートセンターに掲載のうえメールで
お知らせします。ケースの状況は次の URL からご覧いただけます。
%(u)s

※このメールは送信専用アドレスからお送りしています。

アマゾン ウェブ サービス
""" % {"c": SAO_CASE, "s": SAO_SUBJ, "u": SAO_URL}, charset="shift_jis", cte="base64", label="Shift_JIS"))

add(34, "ippon-ka-no-junbi", "merge_confirmation_requested", "ja",
    sender=aws_console(34), to=SAO, provider="biglobe",
    subject=ew("RE:[CASE %s] %s" % (SAO_CASE, SAO_SUBJ), "iso-2022-jp", 60),
    date=datetime(2026, 2, 4, 6, 40, 21, tzinfo=UTC),
    case_id=SAO_CASE, accts=["AWS40918273", "AWS83015527"], verified=True,
    body=leaf("""木村 様

AWS トレーニングと認定サポートの小林です。お待たせいたしました。

旧姓でご登録のアカウントが見つかりましたので、以下の内容で一本化を
行う準備ができております。

　・残すアカウント：AWS 40918273（saori.kimura@biglobe.ne.jp）
　・統合元（閉鎖）：AWS-83015527（旧姓・旧勤務先のアドレス）

統合元の受験履歴と認定資格はすべて残すアカウントへ移り、統合元の
アカウントは閉鎖されます。一度実施すると元の状態には戻せませんので、
ご注意ください。

この内容で進めてよろしければ、サポートセンターからその旨ご返信ください。
ご返信をいただくまで、作業は行いません。

%s

小林
アマゾン ウェブ サービス
""" % SAO_URL, charset="iso-2022-jp", cte="7bit"))

add(35, "sonogo-ikaga-deshou", "support_reply", "ja",
    sender=aws_console(35), to=SAO, provider="biglobe",
    subject=ew("RE:[CASE %s] %s" % (SAO_CASE, SAO_SUBJ), "utf-8", 60),
    date=datetime(2026, 2, 9, 3, 0, 40, tzinfo=UTC),
    case_id=SAO_CASE, accts=[], verified=True,
    body=leaf("""木村 様

小林です。2月4日にお送りしたご案内について、その後いかがでしょうか。

引き続きお手伝いが必要でしたら、サポートセンターから本ケースにご返信ください。
ご返信がない場合、本ケースは1週間後に自動的に対応終了となりますが、
その後もサポートセンターから再開していただけます。

%s

小林
アマゾン ウェブ サービス
""" % SAO_URL))

_sao36_txt = """木村 沙織 様

ケース %(c)s について、しばらくご返信をいただけなかったため、
対応を終了いたしました。
再度お手伝いが必要な場合は、終了から14日以内であれば
サポートセンターからケースを再開できます。

今回のサポートはいかがでしたか？
担当者の対応を、以下のリンクから5段階で評価していただけます。
https://console.aws.amazon.com/support/feedback?displayId=%(c)s&language=ja

アマゾン ウェブ サービス
""" % {"c": SAO_CASE}
_sao36_html = """<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>木村 沙織 様</p>
<p>ケース %(c)s について、しばらくご返信をいただけなかったため、対応を終了いたしました。<br>
再度お手伝いが必要な場合は、終了から14日以内であればサポートセンターからケースを再開できます。</p>
<p><b>今回のサポートはいかがでしたか？</b></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%(c)s&amp;language=ja">担当者の対応を評価する（5段階）</a></p>
<p>アマゾン ウェブ サービス</p></body></html>""" % {"c": SAO_CASE}
add(36, "henshin-nashi-shuuryou", "survey", "ja",
    sender=aws_console(36), to=SAO, provider="biglobe",
    subject=ew("Amazon Web Services: ケース %s の対応を終了しました" % SAO_CASE, "utf-8", 56),
    date=datetime(2026, 2, 16, 3, 5, 2, tzinfo=UTC),
    case_id=SAO_CASE, accts=[], verified=True,
    body=alt(leaf(_sao36_txt), leaf(_sao36_html, "html")))

SELLER = S("Amazon Seller Central", "seller-notification@amazon.com",
           "0100019%s-000000@email.amazonses.com" % h("sc42", 40), ["amazon.com", "amazonses.com"],
           "54.240.9.44", "a9-44.smtp-out.amazonses.com", selector="rmbvmsd3npqdnlpdfuvkk2iegdkqrblmo")
add(42, "shuppinsha-account-tougou", "unrelated", "ja",
    sender=SELLER, to=addr("小池 亮", "ryo.koike@sakura-zakka.jp"), provider="sakura",
    subject=ew("RE:[CASE 5912047735] 出品者アカウントの統合について", "iso-2022-jp", 60),
    date=datetime(2025, 10, 6, 2, 18, 33, tzinfo=UTC),
    case_id="5912047735", accts=[], verified=True,
    body=leaf("""小池 様

Amazon 出品サービスをご利用いただき、ありがとうございます。
セラーサポートの山田です。

お問い合わせいただいた、2つの出品者アカウントの統合についてご案内いたします。
恐れ入りますが、現時点では出品者アカウント同士を一つにまとめることは
できかねます。使用しない方のアカウントを閉鎖される場合は、セラーセントラルの
［設定］＞［出品用アカウント情報］＞［アカウントの閉鎖］からお手続きください。

その他ご不明な点がございましたら、本ケースにご返信ください。

ケース ID: 5912047735

Amazon セラーサポート
山田
""", charset="iso-2022-jp", cte="7bit"))

# ---------------------------------------------------------------- thread: Ken Sasaki (form desk, OCN mailbox: no Authentication-Results)
KEN = addr("佐々木 健", "ken.sasaki@ocn.ne.jp")
KEN_CASE = "13904526178"
FORM_SUBJ_KEN = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % KEN_CASE

add(39, "kumiawase-de-yoroshii-ka", "merge_confirmation_requested", "ja",
    sender=aws_form(39), to=KEN, provider="ocn",
    subject=FORM_SUBJ_KEN,
    date=datetime(2025, 4, 8, 2, 51, 36, tzinfo=UTC),
    case_id=KEN_CASE, accts=["AWS59302718", "AWS11827364"], verified=None,
    body=leaf("""佐々木 健 様

AWS トレーニングと認定 カスタマーサポートの中島と申します。
お問い合わせいただき、ありがとうございます。

調査の結果、次の2つのアカウントを一つにまとめることが可能です。

　存続させるアカウント：ＡＷＳ５９３０２７１８
　吸収されるアカウント：AWS11827364（2019年にご登録のもの）

吸収される側に記録された認定資格・受験履歴は存続側へ引き継がれ、
吸収される側のアカウントにはログインできなくなります。
なお、いったん実施しますと、二つのアカウントに戻すことはできません。

お手数ですが、上記の組み合わせでよろしいかどうか、このメールへの
ご返信でお知らせください。逆の組み合わせをご希望の場合も、
その旨お書き添えください。

中島
Amazon Web Services
""", cte="base64"))

add(38, "tetsuduki-wo-susumete-orimasu", "support_reply", "ja",
    sender=aws_form(38), to=KEN, provider="ocn",
    subject=FORM_SUBJ_KEN,
    date=datetime(2025, 4, 10, 8, 12, 5, tzinfo=UTC),
    case_id=KEN_CASE, accts=[], verified=None,
    body=leaf("""佐々木 様

中島です。ご返信ありがとうございました。

いただいた内容をもとに、現在、担当部署にて手続きを進めております。
通常よりお時間をいただいており、申し訳ございません。
もうしばらくお待ちいただけますでしょうか。

進展がありましたら、こちらからご連絡いたします。

中島
Amazon Web Services
""", charset="iso-2022-jp", cte="7bit"))

add(37, "ika-no-toori-taiou", "merge_completed", "ja",
    sender=aws_form(37), to=KEN, provider="ocn",
    subject=FORM_SUBJ_KEN,
    date=datetime(2025, 4, 14, 5, 33, 48, tzinfo=UTC),
    case_id=KEN_CASE, accts=["AWS11827364", "AWS59302718"], verified=None,
    body=leaf("""佐々木様

お世話になっております。AWS トレーニングと認定の上田です。
ご依頼の件、以下のとおり対応いたしました。

① 旧アカウント（AWS11827364）の認定資格・受験履歴を、AWS59302718 へ移しました。
② 旧アカウントは無効化しましたので、今後はログインできません。
③ 50% 割引バウチャーなどの特典も AWS59302718 側でご利用いただけます。

Credly のバッジについては、後日 Credly から別途メールが届きます。
ご不明な点があれば、このメールにご返信ください。

上田
Amazon Web Services
""", charset="shift_jis", codec="cp932", cte="8bit", label="Shift_JIS"))

_cr40_txt = """佐々木 健さん

AWS トレーニングと認定でのアカウント統合に伴い、次のバッジが
このアカウントに移されました。

  ・AWS Certified Solutions Architect – Associate
  ・AWS Certified Cloud Practitioner
  ・AWS Certified SysOps Administrator – Associate

各バッジは、下のリンクから受け取り状況を確認し、公開設定を選べます。
https://www.credly.com/earner/earned?locale=ja

これまでの共有リンクは引き続き有効です。

Credly チーム
"""
add(40, "badge-ga-utsusaremashita", "credly_badge_issued", "ja",
    sender=credly(40), to=KEN, provider="ocn",
    subject=ew("佐々木さん、3つのバッジがアカウントに移されました", "utf-8", 56),
    date=datetime(2025, 4, 17, 23, 8, 14, tzinfo=UTC),
    msgid="<%s@geopod-ismtpd-%d>" % (h("cr40m", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 9),
    case_id=None, accts=[], verified=None,
    body=leaf(_cr40_txt))

# ---------------------------------------------------------------- colleague / phishing
OHNO = S("大野 翔", "sho.ohno@kitahama-soft.co.jp", "sho.ohno@kitahama-soft.co.jp", ["kitahama-soft.co.jp"],
         "209.85.220.41", "mail-sor-f41.google.com", selector="google")
add(45, "douyatte-irai-shita", "unrelated", "ja",
    sender=OHNO, to=HAR, provider="gmail",
    subject=ew("認定アカウントの件、どうやって依頼しました？", "utf-8", 50),
    date=datetime(2025, 11, 25, 3, 47, 22, tzinfo=UTC),
    msgid="<CAF%s@mail.gmail.com>" % b64blob("oh45", 40).replace("/", "_").replace("+", "-"),
    case_id=None, accts=["AWS50283316", "AWS91730452"], verified=False,
    body=alt(leaf("""石崎さん

お疲れさまです。大野です。
先週話していた認定アカウントの件、AWS 側でまとめてもらえたんですね。よかったです。

実は自分も、前の会社で作った aws-50283316 と今の AWS 91730452 が分かれていて…
問い合わせはフォームから出しましたか？それともコンソールのサポートケースからですか？
どれくらいで返事が来たかも教えてもらえると助かります。

大野
"""), leaf("""<div dir="ltr">石崎さん<div><br></div><div>お疲れさまです。大野です。</div>
<div>先週話していた認定アカウントの件、AWS 側でまとめてもらえたんですね。よかったです。</div><div><br></div>
<div>実は自分も、前の会社で作った aws-50283316 と今の AWS 91730452 が分かれていて…</div>
<div>問い合わせはフォームから出しましたか？それともコンソールのサポートケースからですか？</div>
<div>どれくらいで返事が来たかも教えてもらえると助かります。</div><div><br></div><div>大野</div></div>""", "html")))

PHISH46 = S("Amazon Web Services Billing", "billing@aws-accounts-billing.com", "noreply@aws-accounts-billing.com",
            ["aws-accounts-billing.com"], "194.87.31.205", "vps-31205.aws-accounts-billing.com", selector="x")
add(46, "account-on-hold-payment", "unrelated", "en",
    sender=PHISH46, to=DAN, provider="o365", verdict="none",
    subject="Action needed: your AWS account is on hold",
    date=datetime(2025, 6, 12, 23, 4, 51, tzinfo=UTC),
    msgid="<%s@aws-accounts-billing.com>" % h("ph46", 26),
    case_id=None, accts=[], verified=False,
    body=leaf("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
<div style="border-top:4px solid #ff9900;padding:18px">
<p><b>Amazon Web Services</b></p>
<p>Hello,</p>
<p>We were unable to charge the payment method on file for your latest invoice. As a result, your AWS account and
all associated services have been placed on hold.</p>
<p>To avoid permanent suspension and loss of data, update your billing details within <b>24 hours</b>:</p>
<p><a href="https://aws-accounts-billing.com/billing/update?ref=INV-88201931" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Update payment method</a></p>
<p>Sincerely,<br>The Amazon Web Services Billing Team</p>
</div></body></html>
""", "html"))

PHISH47 = S("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com", "bounce@mailer-eu7.top", [],
            "91.215.85.143", "mail.mailer-eu7.top")
add(47, "approve-within-24h", "merge_confirmation_requested", "en",
    sender=PHISH47, to=MAR, provider="gmail", verdict="fail", sign=False,
    extra_sender=[("Authentication-Results", "mx.amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com"),
                  ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
    subject="[Action required] Approve the merge of your AWS Certification accounts",
    date=datetime(2026, 1, 17, 4, 55, 12, tzinfo=UTC),
    msgid="<%s@mailer-eu7.top>" % h("ph47", 32),
    case_id=None, accts=["AWS03847261", "AWS19572804"], verified=False,
    body=alt(leaf("""Dear Customer,

We have received a request to merge your AWS Certification accounts
AWS03847261 and AWS19572804.

Before we proceed, you are required to verify ownership of both accounts
and approve the merge by signing in through the secure link below:

https://aws-certification-portal.mailer-eu7.top/approve?c=AWS03847261

Please note that this action is irreversible. If the request is not
approved within 24 hours it will be cancelled and your certifications
may be suspended.

Regards,
AWS Training and Certification
""", charset="us-ascii", cte="7bit"), leaf("""<html><body style="font-family:Arial,sans-serif">
<p>Dear Customer,</p>
<p>We have received a request to merge your AWS Certification accounts <b>AWS03847261</b> and <b>AWS19572804</b>.</p>
<p>Before we proceed, you are required to verify ownership of both accounts and approve the merge by signing in below:</p>
<p><a href="https://aws-certification-portal.mailer-eu7.top/approve?c=AWS03847261" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Approve merge</a></p>
<p>Please note that this action is irreversible. If the request is not approved within 24 hours it will be cancelled and your
certifications may be suspended.</p>
<p>Regards,<br>AWS Training and Certification</p></body></html>""", "html")))

# ---------------------------------------------------------------- thread: Aoi Yamamoto (form desk, gmail)
AOI = addr("山本 葵", "aoi.yamamoto.0214@gmail.com")
AOI_T0 = datetime(2025, 12, 1, 5, 33, 10, tzinfo=UTC)
AOI_CASE = case15(AOI_T0, 66019)
FORM_SUBJ_AOI = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % AOI_CASE

add(57, "gorenraku-arigatou-jidou", "case_created", "ja",
    sender=aws_form(57), to=AOI, provider="gmail",
    subject=ew("[CASE %s] AWS トレーニングと認定: ご連絡ありがとうございます" % AOI_CASE, "utf-8", 60),
    date=AOI_T0 + timedelta(seconds=27),
    case_id=AOI_CASE, accts=["AWS08817352"], verified=True,
    body=leaf("""山本 葵 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
本メールはシステムから自動でお送りしています。

ご連絡の内容は、番号 %s で管理させていただきます。
担当者が順番に拝見しておりますので、返信まで今しばらくお待ちください
（通常1営業日以内）。お急ぎの場合でも、同じ内容で改めてご連絡いただく
必要はございません。

AWS 受験者 ID: AWS08817352
お問い合わせの詳細: Account Merge

AWS トレーニングと認定
""" % AOI_CASE, charset="utf-8", cte="8bit", label="us-ascii"))

add(58, "aite-ni-soui-ga-nai-ka", "merge_confirmation_requested", "ja",
    sender=aws_form(58), to=AOI, provider="gmail",
    subject=FORM_SUBJ_AOI,
    date=datetime(2025, 12, 2, 3, 10, 45, tzinfo=UTC),
    case_id=AOI_CASE, accts=["AWS08817352", "AWS64420931"], verified=True,
    body=leaf("""山本 様

AWS トレーニングと認定サポートの斎藤です。ご連絡ありがとうございます。

ご記載のアカウントを調べましたところ、次のとおり一つにまとめることが
できます。作業に入る前に、内容に相違がないかお返事をいただけますでしょうか。

　残す方　　：AWS08817352（aoi.yamamoto.0214@gmail.com）
　まとめる方：AWS64420931（大学のメールアドレス）

まとめる方のアカウントに紐づく認定と受験記録は、残す方へ移ります。
まとめる方のアカウントは閉鎖され、元に戻すことはできません。

斎藤
Amazon Web Services

-------- 元のメッセージ --------
送信者: 山本 葵
件名: [AWS Training and Certification Form Submission] - account-assistance

大学時代に受けた Cloud Practitioner が別のアカウント(AWS64420931)に
なっています。今のアカウント(AWS08817352)にまとめてください。
""", charset="iso-2022-jp", cte="7bit"))

add(59, "tetsuduki-ni-hairimasu", "support_reply", "ja",
    sender=aws_form(59), to=AOI, provider="gmail",
    subject=FORM_SUBJ_AOI,
    date=datetime(2025, 12, 3, 1, 15, 2, tzinfo=UTC),
    case_id=AOI_CASE, accts=["AWS08817352"], verified=True,
    body=leaf("""山本 様

お返事ありがとうございます。斎藤に代わりまして、松本がご連絡いたします。

お示しいただいたご意向のとおり、これより手続きに入らせていただきます。
手続きが済みましたら、あらためてご連絡いたします。その後、Credly の
バッジも順次新しいアカウント側へ移される予定です（数日かかる場合がございます）。

それまでの間は、これまでどおり AWS08817352 でサインインいただけます。

松本
Amazon Web Services

2025年12月2日(火) 19:42 山本 葵 <aoi.yamamoto.0214@gmail.com>:
> 斎藤様
>
> ご連絡ありがとうございます。はい、その内容でお願いします。
>
> 山本
"""))

add(56, "hitotsu-ni-narimashita", "merge_completed", "ja",
    sender=aws_form(56), to=AOI, provider="gmail",
    subject=FORM_SUBJ_AOI,
    date=datetime(2025, 12, 5, 8, 0, 27, tzinfo=UTC),
    case_id=AOI_CASE, accts=["AWS08817352", "AWS64420931"], verified=True,
    body=leaf("""山本 様

松本です。お待たせいたしました。

AWS64420931 でお持ちだった認定と受験記録は、本日付で AWS08817352 の側に
移り、二つのアカウントは一つになりました。大学のメールアドレスで作られた
アカウントには、今後サインインできません。

ほかにご用件がなければ、本件はこれで終了とさせていただきます。
後ほど届くアンケートにご協力いただけますと幸いです。

松本
Amazon Web Services
""", cte="base64"))

add(60, "setsumei-wakariyasukatta-ka", "survey", "ja",
    sender=aws_console(60), to=AOI, provider="gmail",
    subject=ew("【AWS】ケース %s のご対応についてのお伺い" % AOI_CASE, "iso-2022-jp", 52),
    date=datetime(2025, 12, 5, 8, 2, 40, tzinfo=UTC),
    case_id=AOI_CASE, accts=[], verified=True,
    body=leaf("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head>
<body>
<p>山本 葵 様</p>
<p>ケース %(c)s のご対応について、お伺いさせてください。</p>
<p>担当者の説明はわかりやすかったですか？<br>
1（わかりにくい）〜 5（とてもわかりやすい）でお選びください。</p>
<p>
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;q=1&amp;v=1&amp;l=ja">1</a> ・
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;q=1&amp;v=2&amp;l=ja">2</a> ・
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;q=1&amp;v=3&amp;l=ja">3</a> ・
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;q=1&amp;v=4&amp;l=ja">4</a> ・
<a href="https://survey.aws.amazon.com/tc?c=%(c)s&amp;q=1&amp;v=5&amp;l=ja">5</a>
</p>
<p>ご回答いただいた内容は、サポート品質の向上のためにのみ使用いたします。</p>
<p>AWS トレーニングと認定</p>
</body></html>
""" % {"c": AOI_CASE}, "html", charset="iso-2022-jp", cte="7bit"))

AOI_Q_T0 = datetime(2026, 3, 9, 23, 58, 2, tzinfo=UTC)
AOI_Q_CASE = case15(AOI_Q_T0, 38841)
add(41, "vcpu-jougen-hikiage", "unrelated", "ja",
    sender=aws_console(41), to=AOI, provider="gmail",
    subject=ew("RE:[CASE %s] EC2 vCPU 上限緩和のお願い（ap-northeast-1）" % AOI_Q_CASE, "utf-8", 44),
    date=datetime(2026, 3, 10, 6, 41, 19, tzinfo=UTC),
    case_id=AOI_Q_CASE, accts=[], verified=True,
    body=leaf("""山本 様

アマゾン ウェブ サービスのサポートをご利用いただき、ありがとうございます。

ご申請いただいた ap-northeast-1（東京）リージョンの
Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances の上限を、
32 vCPU から 64 vCPU へ引き上げました。

反映まで最大30分ほどかかる場合がございます。Service Quotas コンソールで
現在の値をご覧いただけます。

サポートセンターでケースに返信するには、こちらをクリックしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。

アマゾン ウェブ サービス
""" % AOI_Q_CASE, cte="base64"))

PEARSON = S("Pearson VUE", "pearsonvuecustomerservice@pearson.com", "bounce-pv@pearson.com", ["pearson.com"],
            "159.182.74.11", "mail-out2.pearson.com", selector="pearson2022")
add(43, "shiken-yoyaku-no-goannai", "unrelated", "ja",
    sender=PEARSON, to=AOI, provider="gmail",
    subject=ew("Pearson VUE 試験予約のご案内 - AWS Certified Developer - Associate", "utf-8", 56),
    date=datetime(2025, 11, 20, 10, 14, 9, tzinfo=UTC),
    msgid="<%s.JavaMail.pvuser@pvsmtp04.pearson.com>" % h("pv43", 18, "0123456789"),
    case_id=None, accts=["AWS08817352"], verified=False,
    body=alt(leaf("""山本 葵 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験: DVA-C02: AWS Certified Developer - Associate
日時: 2025年12月14日(日) 10:00 JST
会場: オンライン（OnVUE）
受験者 ID: AWS08817352
登録番号: 488120673

試験開始の30分前からチェックインできます。身分証明書をご用意ください。

Pearson VUE
"""), leaf("""<html><body style="font-family:sans-serif">
<p>山本 葵 様</p><p>Pearson VUE をご利用いただきありがとうございます。以下の試験のご予約を承りました。</p>
<table cellpadding="4"><tr><td>試験</td><td>DVA-C02: AWS Certified Developer - Associate</td></tr>
<tr><td>日時</td><td>2025年12月14日(日) 10:00 JST</td></tr><tr><td>会場</td><td>オンライン（OnVUE）</td></tr>
<tr><td>受験者 ID</td><td>AWS08817352</td></tr><tr><td>登録番号</td><td>488120673</td></tr></table>
<p>試験開始の30分前からチェックインできます。身分証明書をご用意ください。</p><p>Pearson VUE</p></body></html>""", "html")))

# ==== END MAILS

if __name__ == "__main__":
    finish()
