#!/usr/bin/env python3
"""Generator for blind set 296: eight users' AWS Certification account-merge
cases, start to end, with detours.  Writes NNN-*.eml and labels.json next to
this script.  Deterministic (no randomness beyond hashes of fixed seeds)."""
import base64
import hashlib
import io
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
UTC = timezone.utc
LA = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
WAW = ZoneInfo("Europe/Warsaw")
STO = ZoneInfo("Europe/Stockholm")
NYC = ZoneInfo("America/New_York")
LAG = ZoneInfo("Africa/Lagos")
SAO = ZoneInfo("America/Sao_Paulo")


# --------------------------------------------------------------- helpers
def _stream(seed):
    h = hashlib.sha256(seed.encode()).digest()
    while True:
        yield from h
        h = hashlib.sha256(h).digest()


def b64s(seed, n):
    s = _stream(seed)
    raw = bytes(next(s) for _ in range(n))
    return base64.b64encode(raw).decode()[:n]


def hexs(seed, n):
    s = _stream(seed)
    return "".join("%02x" % next(s) for _ in range(n))[:n]


def digits(seed, n):
    s = _stream(seed)
    return "".join(str(next(s) % 10) for _ in range(n))


def uuidish(seed):
    h = hexs(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def dt(s, tz=UTC):
    """'2025-02-04 08:14:07' in tz -> aware datetime"""
    return datetime.fromisoformat(s).replace(tzinfo=tz)


def rfc(d, tz=None, comment=False):
    if tz is not None:
        d = d.astimezone(tz)
    s = format_datetime(d)
    if comment:
        s += " (%s)" % d.strftime("%Z")
    return s


def rfc_nopad(d, tz=None):
    """'Tue, 4 Feb 2025 18:41:21 +0000' (SES style, day not zero padded)"""
    if tz is not None:
        d = d.astimezone(tz)
    return d.strftime("%a, ") + str(d.day) + d.strftime(" %b %Y %H:%M:%S %z")


def ses_msgid(d, seed, dom="email.amazonses.com"):
    ms = int(d.timestamp() * 1000)
    return f"0100{ms:012x}-{uuidish(seed)}-000000@{dom}"


def ew(text, charset="utf-8", name="Subject"):
    """encoded-word(s), folded by the email package"""
    return Header(text, charset, header_name=name).encode(linesep="\n")


def addr(name, email_, charset="utf-8"):
    if name is None:
        return email_
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email_))
    return formataddr((name, email_), charset=charset)


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         label=None, codec=None, fmt_flowed=False):
    codec = codec or charset
    raw = text.encode(codec)
    m = Message()
    ct = f'text/{subtype}; charset="{label or charset}"'
    if fmt_flowed:
        ct = f'text/{subtype}; charset={label or charset}; format=flowed'
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:  # 7bit / 8bit : raw bytes carried through surrogateescape
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary):
    m = MIMEMultipart(subtype, boundary=boundary)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return "\n".join(out)


def html_wrap(body_html, title="Amazon Web Services"):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\">\n<title>" + title +
            "</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;"
            "font-size:14px;color:#16191f\">\n" + body_html + "\n</body></html>\n")


def text2html(text):
    import html as _h
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + _h.escape(p).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def label(kind, case_id, ids, sv, lang="en"):
    return {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
            "sender_verified": sv, "language": lang}


def emit(fname, headers, body, lab, crlf=False):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    hdr = "".join(f"{n}: {v}\n" for n, v in headers)
    if not any(n.lower() == "mime-version" for n, _ in headers):
        hdr += "MIME-Version: 1.0\n"
    data = hdr.encode("ascii") + buf.getvalue()
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    LABELS[fname] = lab


# ------------------------------------------------------ trace / auth blocks
SES_HOSTS = [("a8-31", "54.240.8.31"), ("a8-50", "54.240.8.50"),
             ("a9-112", "54.240.9.112"), ("a8-84", "54.240.8.84"),
             ("a11-67", "54.240.11.67"), ("a9-27", "54.240.9.27")]


def ses_host(seed):
    h, ip = SES_HOSTS[int(hexs(seed, 4), 16) % len(SES_HOSTS)]
    return f"{h}.smtp-out.amazonses.com", ip


def dkim_sig(d, dom, sel, seed, headers="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date",
             c="relaxed/simple"):
    t = int(d.timestamp())
    b = b64s(seed + "b", 344)
    b = "\n\t".join(b[i:i + 70] for i in range(0, len(b), 70))
    return (f"v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={sel}; d={dom}; t={t};\n"
            f"\th={headers};\n\tbh={b64s(seed + 'bh', 43)}=;\n\tb={b}")


AMZ_SEL = "rjs2m4ui2sahqtmhhwhjxyhzvrvfbr5s"      # 2024-2025 style selector
AMZ_SEL_OLD = "taugkixa5bjplhpwkaukg7gdgeq4hbga"   # older selector
SES_SEL = "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"


def aws_signed(d, seed, sel=AMZ_SEL):
    """DKIM headers of a genuine amazon.com SES message (amazon.com + amazonses.com)"""
    return [("DKIM-Signature", dkim_sig(d, "amazon.com", sel, seed + "a")),
            ("DKIM-Signature", dkim_sig(d, "amazonses.com", SES_SEL, seed + "s",
                                        headers="Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID"))]


def ar_gmail(mailfrom, ip, dkims, dmarc, from_dom, spf="pass", pol="QUARANTINE", sp="QUARANTINE"):
    lines = ["mx.google.com;"]
    for res, i_dom, sel, seed in dkims:
        lines.append(f"       dkim={res} header.i=@{i_dom} header.s={sel} header.b={b64s(seed, 8)};")
    dom = mailfrom.split("@")[1]
    if spf == "pass":
        lines.append(f"       spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};")
    elif spf == "softfail":
        lines.append(f"       spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom};")
    else:
        lines.append(f"       spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom};")
    if dmarc == "pass":
        lines.append(f"       dmarc=pass (p={pol} sp={sp} dis=NONE) header.from={from_dom}")
    elif dmarc == "fail":
        lines.append(f"       dmarc=fail (p={pol} sp={sp} dis={pol}) header.from={from_dom}")
    else:
        lines.append(f"       dmarc={dmarc} (p=NONE sp=NONE dis=NONE) header.from={from_dom}")
    return "\n".join(lines)


def gmail_in(to, d, host, ip, mailfrom, ar, seed, delivered_to=True):
    """Gmail inbound trace headers (top first), incl. ARC + Authentication-Results"""
    t1 = d + timedelta(seconds=1)
    t2 = d + timedelta(seconds=2)
    gid = hexs(seed + "gid", 16)
    hs = []
    if delivered_to:
        hs.append(("Delivered-To", to))
    hs += [
        ("Received", f"by 2002:a05:7010:{hexs(seed+'r1',4)}:b0:{hexs(seed+'r2',3)}:{hexs(seed+'r3',4)} with SMTP id {hexs(seed+'r4',3)}csp{digits(seed+'r5',7)}mde;\n        {rfc(t2, LA, True)}"),
        ("X-Google-Smtp-Source", f"AGHT+I{b64s(seed+'xg', 66)}"),
        ("X-Received", f"by 2002:a05:6214:{hexs(seed+'x1',4)}:b0:{hexs(seed+'x2',3)}:{hexs(seed+'x3',4)} with SMTP id 6a1803df08f44-{hexs(seed+'x4',10)}mr{digits(seed+'x5',8)}6d6.{digits(seed+'x6',3)}.{digits(seed+'x7',13)};\n        {rfc(t2, LA, True)}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64s(seed+'as', 64)}\n         {b64s(seed+'as2', 64)}=="),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64s(seed+'abh', 43)}=;\n        fh={b64s(seed+'afh', 43)}=;\n        b={b64s(seed+'amb', 64)}\n         {b64s(seed+'amb2', 40)}=="),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", f"<{mailfrom}>"),
        ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id d75a77b69052e-{hexs(seed+'g1',11)}si{digits(seed+'g3',7)}1cf.{digits(seed+'g2',3)}.{d.astimezone(LA).strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc(t1, LA, True)}"),
        ("Received-SPF", f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"),
        ("Authentication-Results", ar),
    ]
    return hs


def ar_outlook(ip, mailfrom_dom, dkim_doms, dmarc, from_dom, action="none", compauth="pass reason=100", spf="pass"):
    parts = [f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom};"]
    if not dkim_doms:
        parts.append(" dkim=none (message not signed)\n header.d=none;")
    for dd, res in dkim_doms:
        if res == "pass":
            parts.append(f" dkim=pass (signature was verified)\n header.d={dd};")
        else:
            parts.append(f" dkim={res} (signature did not verify)\n header.d={dd};")
    parts.append(f"dmarc={dmarc} action={action}\n header.from={from_dom};compauth={compauth}")
    return "".join(parts)


def outlook_in(to, d, host, ip, mailfrom_dom, ar, seed, spf_word="Pass"):
    t = d + timedelta(seconds=2)
    p1 = "SA1P" + digits(seed + "o1", 3) + "MB" + digits(seed + "o2", 4)
    p2 = "MN2PR" + digits(seed + "o3", 2) + "CA" + digits(seed + "o4", 4)
    p3 = "BN1PEPF" + digits(seed + "o5", 8)
    return [
        ("Received", f"from {p1}.namprd04.prod.outlook.com (2603:10b6:806:{hexs(seed+'o6',3)}::{digits(seed+'o7',2)})\n by {p1.replace('SA1P','DM6P')}.namprd04.prod.outlook.com with HTTPS; {rfc(t)}"),
        ("Received", f"from {p2}.namprd04.prod.outlook.com (2603:10b6:208:{hexs(seed+'o8',3)}::{digits(seed+'o9',2)})\n by {p1}.namprd04.prod.outlook.com (2603:10b6:806:{hexs(seed+'o6',3)}::{digits(seed+'o7',2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{digits(seed+'oa',4)}.{digits(seed+'ob',2)}; {rfc(t)}"),
        ("Received", f"from {p3}.namprd03.prod.outlook.com\n (2603:10b6:208:{hexs(seed+'oc',3)}:cafe::{hexs(seed+'od',2)}) by {p2}.outlook.office365.com\n (2603:10b6:208:{hexs(seed+'o8',3)}::{digits(seed+'o9',2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{digits(seed+'oa',4)}.{digits(seed+'ob',2)} via Frontend\n Transport; {rfc(t)}"),
        ("Authentication-Results", ar),
        ("Received-SPF", f"{spf_word} (protection.outlook.com: domain of {mailfrom_dom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C"),
        ("Received", f"from {host} ({ip}) by\n {p3}.mail.protection.outlook.com (10.167.243.{int(digits(seed+'oe',2))+10}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{digits(seed+'oa',4)}.{digits(seed+'ob',2)}\n via Frontend Transport; {rfc(d + timedelta(seconds=1))}"),
    ]


def aws_tail(d, ip):
    return [("X-SES-Outgoing", f"{d.strftime('%Y.%m.%d')}-{ip}"),
            ("Feedback-ID", f"::1.us-east-1.{b64s(str(d)+ip, 43)}=:AmazonSES")]


# ============================================================ CASE A
# Priya Raman, Gmail, form desk, 15-digit case, keep AWS19930571
A_USER = "priya.raman.dev@gmail.com"
A_FORM = "aws-cs-trainingcertification-form@amazon.com"
A_OPEN = dt("2025-02-04 08:14:07")
A_CASE = str(int(A_OPEN.timestamp())) + "00287"
A_SUBJ = f"[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
A_RE = f"RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
A_OLD, A_KEEP = "AWS04417823", "AWS19930571"


def aws_gmail_mail(fname, d, seed, frm, to, subject, body, lab, sel=AMZ_SEL, extra=None):
    host, ip = ses_host(seed)
    mid = ses_msgid(d, seed)
    mailfrom = mid.split("@")[0] + "@amazonses.com"
    ar = ar_gmail(mailfrom, ip, [("pass", "amazon.com", sel, seed + "h1"),
                                 ("pass", "amazonses.com", SES_SEL, seed + "h2")],
                  "pass", "amazon.com")
    hs = gmail_in(to, d + timedelta(seconds=1), host, ip, mailfrom, ar, seed)
    hs += aws_signed(d, seed, sel)
    hs += [("From", frm), ("To", to), ("Subject", subject),
           ("Date", rfc_nopad(d)), ("Message-ID", f"<{mid}>")]
    hs += (extra or [])
    hs += aws_tail(d, ip)
    emit(fname, hs, body, lab)
    return mid


def build_A():
    frm = addr("Amazon Web Services", A_FORM)
    # ---- 001 acknowledgement
    d1 = A_OPEN + timedelta(seconds=41)
    t = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to confirm that we have received your request. A
case has been created for you:

    Case ID:       {A_CASE}
    Inquiry type:  Certification
    Detail:        Account Merge

A member of our team will review your request and respond to you, usually
within 24 hours. Response times may be longer during periods of high volume.

Please do not submit another form for the same request; additional cases for
the same issue can delay our response. If you need to add information, reply
to this e-mail and keep the case number in the subject line.

Regards,
AWS Training and Certification

This message was produced and distributed by Amazon Web Services, Inc. and
affiliates, 410 Terry Ave. North, Seattle, WA 98109.
"""
    body = multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html_wrap(text2html(t)), "html", cte="quoted-printable")],
                 "----=_Part_2318870_1609471121." + str(int(d1.timestamp() * 1000)))
    aws_gmail_mail("001-priya-form-ack.eml", d1, "A1", frm, A_USER, A_SUBJ, body,
                   label("case_created", A_CASE, [], True))

    # ---- 002 agent asks for the second account's login e-mail
    d2 = dt("2025-02-05 17:22:48")
    orig = f"""-----Original Message-----
From: priya.raman.dev@gmail.com
Sent: 2025-02-04 08:14:07 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

First name: Priya
Last name: Raman
Email: priya.raman.dev@gmail.com
AWS candidate ID: {A_KEEP}
Inquiry type: Certification
Detail: Account Merge
Description: I have two certification accounts. One was created years ago
with my previous employer's e-mail, which I no longer have access to. I would
like everything to be under my personal account ({A_KEEP}). I don't know the
candidate ID of the old one."""
    t = f"""Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I was able to find the account {A_KEEP}, which is registered under
priya.raman.dev@gmail.com. Unfortunately I could not locate a second account
using only your name, as several profiles match it.

So that I can find the right profile, could you please reply with:

1. The e-mail address you used to sign in to the older account (even if you
   no longer have access to that mailbox), and
2. If you have it, the candidate ID of that account (it is printed on old
   score reports and on your certificate PDF).

As soon as I have these details I will be able to continue with your request.

Best regards,

Hamid R.
AWS Training and Certification Customer Support

We value your feedback. Please rate your experience with this correspondence
by replying to the survey you will receive once your case is resolved.

{orig}
"""
    body = multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html_wrap(text2html(t)), "html", cte="quoted-printable")],
                 "----=_Part_4471902_2010937711." + str(int(d2.timestamp() * 1000)))
    mid2 = aws_gmail_mail("002-priya-agent-asks-old-login.eml", d2, "A2", frm, A_USER, A_RE, body,
                          label("support_reply", A_CASE, [A_KEEP], True))

    # ---- 003 Priya's reply (Sent)
    d3 = dt("2025-02-05 19:03:11", LA)
    new = """Hi Hamid,

Thanks for getting back to me so quickly.

The old account was registered with priya.raman@northwind-analytics.com. I
dug out an old score report and the candidate ID on it is AWS 04417823.

The account I want to keep is aws19930571 (priya.raman.dev@gmail.com).

Best,
Priya
"""
    att = f"On Wed, Feb 5, 2025 at 9:22\u202fAM Amazon Web Services <{A_FORM}> wrote:"
    qt = new + "\n" + att + "\n" + quote(t.rstrip("\n")) + "\n"
    qhtml = ("<div dir=\"ltr\">" + text2html(new) + "</div><br><div class=\"gmail_quote\">"
             "<div dir=\"ltr\" class=\"gmail_attr\">" + att.replace("<", "&lt;").replace(">", "&gt;") +
             "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
             "border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + text2html(t) +
             "</blockquote></div>\n")
    body = multi("alternative", [part(qt, charset="UTF-8", cte="quoted-printable"),
                                 part(qhtml, "html", charset="UTF-8", cte="quoted-printable")],
                 "000000000000" + hexs("A3b", 16))
    hs = [("MIME-Version", "1.0"), ("Date", rfc(d3)),
          ("References", f"<{mid2}>"), ("In-Reply-To", f"<{mid2}>"),
          ("Message-ID", f"<CAH{b64s('A3m', 40).replace('/', 'x').replace('+', 'Q')}@mail.gmail.com>"),
          ("Subject", "Re: " + A_RE), ("From", addr("Priya Raman", A_USER)), ("To", addr("Amazon Web Services", A_FORM))]
    emit("003-priya-sent-old-login-details.eml", hs, body,
         label("unrelated", A_CASE, [A_OLD, A_KEEP], None))
    A_hist3 = qt

    # ---- 004 confirmation request
    d4 = dt("2025-02-06 14:51:30")
    t4 = f"""Hello Priya,

Thank you for the additional details. I have now located both profiles.

Please review the following carefully:

  Account to be merged (will be closed):
    Candidate ID: {A_OLD}
    Login e-mail: priya.raman@northwind-analytics.com

  Account that will remain (primary):
    Candidate ID: {A_KEEP}
    Login e-mail: priya.raman.dev@gmail.com

After the merge, your certification history, exam records and any available
benefits from {A_OLD} will be moved to {A_KEEP}, and you will sign in with
priya.raman.dev@gmail.com only. Please be aware that a merge cannot be undone
once it has been processed.

If the information above is correct, please reply to this e-mail to confirm
that you would like us to go ahead. If anything needs to change, let me know
which account you would prefer to keep instead.

Best regards,

Hamid R.
AWS Training and Certification Customer Support

-----Original Message-----
{A_hist3}"""
    body = multi("alternative", [part(t4, cte="base64"),
                                 part(html_wrap(text2html(t4)), "html", cte="base64")],
                 "----=_Part_5530117_877312095." + str(int(d4.timestamp() * 1000)))
    mid4 = aws_gmail_mail("004-priya-agent-confirm-merge-request.eml", d4, "A4", frm, A_USER, A_RE, body,
                          label("merge_confirmation_requested", A_CASE, [A_OLD, A_KEEP], True))

    # ---- 005 Priya confirms (Sent)
    d5 = dt("2025-02-06 07:12:40", LA)
    new = """Hi Hamid,

The details are correct. Please proceed with the merge.

Thank you!
Priya
"""
    att = f"On Thu, Feb 6, 2025 at 6:51\u202fAM Amazon Web Services <{A_FORM}> wrote:"
    t4_short = t4.split("-----Original Message-----")[0].rstrip("\n")
    qt = new + "\n" + att + "\n" + quote(t4_short) + "\n"
    body = part(qt, charset="UTF-8", cte="quoted-printable")
    hs = [("MIME-Version", "1.0"), ("Date", rfc(d5)),
          ("References", f"<{mid2}> <{mid4}>"), ("In-Reply-To", f"<{mid4}>"),
          ("Message-ID", f"<CAH{b64s('A5m', 40).replace('/', 'k').replace('+', 'Z')}@mail.gmail.com>"),
          ("Subject", "Re: " + A_RE), ("From", addr("Priya Raman", A_USER)), ("To", addr("Amazon Web Services", A_FORM))]
    emit("005-priya-sent-details-correct.eml", hs, body,
         label("unrelated", A_CASE, [], None))

    # ---- 006 thanks for confirming, we will proceed
    d6 = dt("2025-02-07 09:30:02")
    t6 = f"""Hello Priya,

Thank you for confirming.

I have passed your request to the team that handles certification profiles,
and the merge will now be carried out. This usually takes between one and
three business days. Once it is complete you will receive a separate e-mail
from us, and from then on you should sign in with priya.raman.dev@gmail.com.

There is no need to take any action in the meantime. Please do not schedule
a new exam until you have heard back from us, so that the appointment is not
created under the old profile.

Best regards,

Hamid R.
AWS Training and Certification Customer Support
"""
    body = multi("alternative", [part(t6, cte="quoted-printable"),
                                 part(html_wrap(text2html(t6)), "html", cte="quoted-printable")],
                 "----=_Part_601877_1442718360." + str(int(d6.timestamp() * 1000)))
    aws_gmail_mail("006-priya-agent-thanks-will-proceed.eml", d6, "A6", frm, A_USER, A_RE, body,
                   label("support_reply", A_CASE, [], True))

    # ---- 007 merge completed
    d7 = dt("2025-02-08 22:10:55")
    t7 = f"""Hello Priya,

Good news: the two certification profiles have now been combined. Your
certifications and exam history from {A_OLD} are now shown under
{A_KEEP}, and the older profile has been deactivated.

Please sign in to your AWS Certification account with
priya.raman.dev@gmail.com and check that:

  - all of your certifications are listed,
  - any benefits (such as your 50% exam discount voucher) are available, and
  - your digital badges appear in Credly. Badges can take up to 48 hours to be
    re-issued to the e-mail address on the remaining account.

If anything looks wrong, reply to this e-mail within 7 days and we will look
into it.

Best regards,

Hamid R.
AWS Training and Certification Customer Support
"""
    body = multi("alternative", [part(t7, cte="quoted-printable"),
                                 part(html_wrap(text2html(t7)), "html", cte="quoted-printable")],
                 "----=_Part_7719234_300145677." + str(int(d7.timestamp() * 1000)))
    aws_gmail_mail("007-priya-agent-merge-done.eml", d7, "A7", frm, A_USER, A_RE, body,
                   label("merge_completed", A_CASE, [A_OLD, A_KEEP], True))

    # ---- 008 closure / survey (HTML only)
    d8 = dt("2025-02-08 22:11:40")
    h8 = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3">
<tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></td></tr>
<tr><td>
<p>Hello,</p>
<p>Your case <b>{A_CASE}</b> has been marked as resolved.</p>
<p>We would like to know how we did. It takes less than a minute.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;r=1" style="background:#ec7211;color:#fff;padding:8px 18px;text-decoration:none">YES</a>
&nbsp;&nbsp;
<a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;r=0" style="background:#545b64;color:#fff;padding:8px 18px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from Hamid?<br>
<a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;q=2&amp;v=5">Excellent</a> |
<a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;q=2&amp;v=4">Good</a> |
<a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;q=2&amp;v=3">Fair</a> |
<a href="https://survey.aws-tc.amazon.com/s?c={A_CASE}&amp;q=2&amp;v=2">Poor</a></p>
<p>If your issue has not been resolved, simply reply to this e-mail and your case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table>"""
    body = part(html_wrap(h8, "How did we do?"), "html", cte="base64")
    aws_gmail_mail("008-priya-case-resolved-survey.eml", d8, "A8", frm, A_USER,
                   f"[CASE {A_CASE}] How did we do? Tell us about your recent support experience",
                   body, label("survey", A_CASE, [], True))



# ------------------------------------------------------- Japanese providers
def nifty_in(to, d, host, ip, mailfrom, ar, seed):
    t = d + timedelta(seconds=2)
    return [
        ("Return-Path", f"<{mailfrom}>"),
        ("Delivered-To", to),
        ("Received", f"from mta-snd-w0{int(digits(seed+'n1',1))%6+1}.mail.nifty.com (mta-snd-w0{int(digits(seed+'n1',1))%6+1}.mail.nifty.com [106.153.227.{int(digits(seed+'n2',2))+20}])\n\tby mbr-mx{digits(seed+'n3',1)}.mail.nifty.com with ESMTP id <{hexs(seed+'n4',20)}@mbr-mx{digits(seed+'n3',1)}.mail.nifty.com>\n\tfor <{to}>; {rfc(t, JST)}"),
        ("Authentication-Results", ar),
        ("Received", f"from {host} ([{ip}])\n\tby mta-mx0{digits(seed+'n5',1)}.mail.nifty.com with ESMTP\n\tid <{digits(seed+'n6',14)}.{hexs(seed+'n7',8)}.mta-mx0{digits(seed+'n5',1)}@mail.nifty.com>\n\tfor <{to}>; {rfc(d + timedelta(seconds=1), JST)}"),
    ]


def ar_nifty(mailfrom, dkim_dom, dmarc, from_dom, spf="pass", dkim="pass"):
    return (f"mx.nifty.com;\n\tspf={spf} smtp.mailfrom={mailfrom};\n"
            f"\tdkim={dkim} header.d={dkim_dom} header.s={AMZ_SEL if dkim_dom=='amazon.com' else 's1'};\n"
            f"\tdmarc={dmarc} header.from={from_dom}")


# ============================================================ CASE B
# Sato Kenta, nifty, console desk (Japanese), keep AWS02759938
B_USER = "sato.kenta@mbr.nifty.com"
B_NR = "no-reply-aws@amazon.com"
B_OPEN = dt("2025-05-26 23:02:41")
B_CASE = str(int(B_OPEN.timestamp())) + "01446"
B_TOPIC = "認定アカウントの統合（2つのアカウントを1つにしたい）"
B_OLD, B_KEEP = "AWS30582216", "AWS02759938"


def aws_nifty_mail(fname, d, seed, subject, body, lab, frm=None):
    host, ip = ses_host(seed)
    mid = ses_msgid(d, seed)
    mailfrom = mid.split("@")[0] + "@amazonses.com"
    ar = ar_nifty(mailfrom, "amazon.com", "pass", "amazon.com")
    hs = nifty_in(B_USER, d + timedelta(seconds=1), host, ip, mailfrom, ar, seed)
    hs += aws_signed(d, seed)
    hs += [("Date", rfc_nopad(d)), ("From", frm or addr("Amazon Web Services", B_NR)),
           ("To", B_USER), ("Message-ID", f"<{mid}>"), ("Subject", subject)]
    hs += aws_tail(d, ip)
    emit(fname, hs, body, lab)
    return mid


def build_B():
    # ---- 009 console case opened (Japanese, UTF-8 base64)
    d = B_OPEN + timedelta(seconds=29)
    t = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {B_CASE} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {B_CASE}
件名: {B_TOPIC}
重要度: 一般的なガイダンス
お問い合わせ内容:
お世話になります。AWS認定のアカウントが2つあります。前職の会社アドレスで作成したアカウント（AWS{B_OLD[3:]}）と、現在使っている個人アドレスのアカウント（AWS{B_KEEP[3:]}）です。個人アドレスの方に統合していただけますでしょうか。よろしくお願いいたします。

サポートセンターでこのケースを表示するには、次のリンクをクリックしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

このメールアドレスでは返信を受け付けておりません。このケースについてご連絡いただく場合は、サポートセンターにサインインし、上記のリンクからケースに返信してください。

よろしくお願いいたします。
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    body = multi("alternative", [part(t, cte="base64"),
                                 part(html_wrap(text2html(t)), "html", cte="base64")],
                 "----=_Part_9931522_1317822011." + str(int(d.timestamp() * 1000)))
    aws_nifty_mail("009-sato-console-case-opened-ja.eml", d, "B9",
                   ew(f"Amazon Web Services: 新しいサポートケースを開きました: {B_CASE}"),
                   body, label("case_created", B_CASE, [B_OLD, B_KEEP], True, "ja"))

    # ---- 010 new correspondence notice (English template, no content)
    d = dt("2025-05-28 05:26:03")
    t = f"""Hello,

We've added a new correspondence to your support case {B_CASE}.

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

Please don't reply to this email. This email address isn't monitored.

Sincerely,
Amazon Web Services
"""
    h = f"""<div style="max-width:640px">
<p>Hello,</p>
<p>We've added a new correspondence to your support case <strong>{B_CASE}</strong>.</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&amp;language=ja">View case in Support Center</a></p>
<p style="color:#687078">Please don't reply to this email. This email address isn't monitored.</p>
<p>Sincerely,<br>Amazon Web Services</p></div>"""
    body = multi("alternative", [part(t, cte="7bit", charset="us-ascii"),
                                 part(html_wrap(h), "html", cte="quoted-printable")],
                 "----=_Part_1022745_6640912." + str(int(d.timestamp() * 1000)))
    aws_nifty_mail("010-sato-new-correspondence-notice.eml", d, "B10",
                   f"[Case {B_CASE}] New correspondence added", body,
                   label("support_reply", B_CASE, [], True, "en"))

    # ---- 011 agent reply: confirmation request (ISO-2022-JP, 7bit)
    d = dt("2025-05-28 05:26:05")
    t11 = f"""佐藤 健太 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定サポート担当の山本と申します。

ご依頼いただいた認定アカウントの統合につきまして、お客様のアカウントを確認いたしました。以下の内容で統合の手続きを行わせていただきます。

　統合元（統合後に無効となるアカウント）
　　候補者 ID: AWS 30582216
　　登録メールアドレス: k-sato@hoshizora-syscom.co.jp

　統合先（存続するアカウント）
　　候補者 ID: AWS 02759938
　　登録メールアドレス: {B_USER}

統合後は、統合元アカウントの認定資格、試験履歴および特典が統合先アカウントに移行され、統合元アカウントにはサインインできなくなります。なお、一度実施した統合は元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、サポートセンターの本ケースにてその旨をご返信いただけますでしょうか。ご確認が取れ次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定
Amazon Web Services

サポートセンターでケースを確認するには、次のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

※このメールアドレスは送信専用です。このメールにご返信いただいても対応いたしかねます。
"""
    body = part(t11, charset="iso-2022-jp", cte="7bit", label="ISO-2022-JP")
    mid11 = aws_nifty_mail("011-sato-agent-confirm-merge-ja.eml", d, "B11",
                           ew(f"RE:[CASE {B_CASE}] {B_TOPIC}", "iso-2022-jp"),
                           body, label("merge_confirmation_requested", B_CASE, [B_OLD, B_KEEP], True, "ja"))

    # ---- 012 Sato replies by e-mail to the no-reply address (Sent, Becky!)
    #      ISO-2022-JP label, but contains a cp932-only circled digit (NEC row 13)
    d = dt("2025-05-28 21:40:17", JST)
    new = """山本様

お世話になっております。佐藤です。
ご連絡いただきありがとうございます。

記載いただいた内容で間違いございません。
　①統合元：前職のアカウント
　②統合先：個人アドレスのアカウント
上記のとおり統合を進めていただけますと幸いです。

念のためサポートセンターからも同じ内容で返信しておきます。

よろしくお願いいたします。

--
佐藤 健太
sato.kenta@mbr.nifty.com
"""
    attr = f"On Wed, 28 May 2025 05:26:05 +0000\nAmazon Web Services <{B_NR}> wrote:"
    full = new + "\n" + attr + "\n" + quote(t11.rstrip("\n")) + "\n"
    # encode: iso-2022-jp for everything, circled digits via NEC row 13 (ESC $ B -! / -")
    chunks = []
    for line in full.split("\n"):
        seg = line.replace("①", "\x00A").replace("②", "\x00B")
        enc = b""
        for i, piece in enumerate(seg.split("\x00")):
            if i > 0:
                code = {"A": b"-!", "B": b'-"'}[piece[0]]
                piece = piece[1:]
                enc += b"\x1b$B" + code + b"\x1b(B"
            enc += piece.encode("iso-2022-jp")
        chunks.append(enc)
    raw = b"\n".join(chunks)
    m = Message()
    m["Content-Type"] = 'text/plain; charset="ISO-2022-JP"'
    m["Content-Transfer-Encoding"] = "7bit"
    m.set_payload(raw.decode("ascii"))
    hs = [("Date", rfc(d)), ("From", addr("佐藤 健太", B_USER, "iso-2022-jp")),
          ("To", addr("Amazon Web Services", B_NR)),
          ("Subject", ew(f"Re: RE:[CASE {B_CASE}] {B_TOPIC}", "iso-2022-jp")),
          ("Message-Id", f"<20250528214017.{hexs('B12', 8).upper()}.{digits('B12b',4)}@mbr.nifty.com>"),
          ("In-Reply-To", f"<{mid11}>"), ("References", f"<{mid11}>"),
          ("MIME-Version", "1.0"), ("X-Mailer", "Becky! ver. 2.81.07 [ja]")]
    emit("012-sato-sent-reply-to-noreply-ja.eml", hs, m,
         label("unrelated", B_CASE, [], None, "ja"))

    # ---- 013 agent: mail can't be received; thanks for confirming, proceeding
    d = dt("2025-05-29 02:15:44")
    t = f"""佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定サポートの山本でございます。

サポートセンターよりご返信いただき、誠にありがとうございます。また、メールでもご返信いただいたとのこと、お手数をおかけいたしました。恐れ入りますが、no-reply-aws@amazon.com は送信専用のアドレスのため、こちら宛てにお送りいただいたメールは弊社では確認することができません。今後のご連絡につきましても、引き続きサポートセンターの本ケースよりお願いいたします。

統合の内容につきましてご確認いただけましたので、担当チームにて手続きを開始いたしました。完了までは通常 2～3 営業日ほどお時間を頂戴しております。完了いたしましたら、改めて本ケースにてご連絡差し上げます。

今しばらくお待ちくださいますようお願い申し上げます。

山本
AWS トレーニングと認定
Amazon Web Services

サポートセンターでケースを確認するには、次のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja
"""
    body = multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html_wrap(text2html(t)), "html", cte="quoted-printable")],
                 "----=_Part_3300178_5519020." + str(int(d.timestamp() * 1000)))
    aws_nifty_mail("013-sato-agent-noreply-note-proceeding-ja.eml", d, "B13",
                   ew(f"RE:[CASE {B_CASE}] {B_TOPIC}", "utf-8"),
                   body, label("support_reply", B_CASE, [], True, "ja"))

    # ---- 014 merge completed + closure in one mail (ISO-2022-JP)
    d = dt("2025-05-30 08:47:12")
    t = f"""佐藤 健太 様

お待たせいたしました。AWS トレーニングと認定サポートの山本でございます。

ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。今後は候補者 ID AWS02759938（{B_USER}）にてサインインしていただけます。

お手数ではございますが、サインイン後に以下の点をご確認いただけますでしょうか。
・保有されている認定資格がすべて表示されていること
・次回試験の 50% 割引バウチャーなどの特典が表示されていること
・Credly のデジタルバッジ（反映まで数日かかる場合がございます）

本件は以上をもちましてクローズとさせていただきます。この後お送りするアンケートにて、今回の対応についてご評価いただけますと幸いです。ご不明な点がございましたら、本ケースを再開してお知らせください。

山本
AWS トレーニングと認定
Amazon Web Services
"""
    body = part(t, charset="iso-2022-jp", cte="7bit", label="ISO-2022-JP")
    aws_nifty_mail("014-sato-agent-merge-done-and-closing-ja.eml", d, "B14",
                   ew(f"RE:[CASE {B_CASE}] {B_TOPIC}", "iso-2022-jp"),
                   body, label("merge_completed", B_CASE, [B_KEEP], True, "ja"))

    # ---- 015 Credly badge (transferred)
    d = dt("2025-05-31 03:12:09")
    seed = "B15"
    mailfrom = f"bounces+3310952-{hexs(seed,4)}-{B_USER.replace('@','=')}@em6917.credly.com"
    ip = "149.72.166.21"
    ar = (f"mx.nifty.com;\n\tspf=pass smtp.mailfrom={mailfrom};\n"
          f"\tdkim=pass header.d=credly.com header.s=s1;\n\tdkim=pass header.d=sendgrid.info header.s=smtpapi;\n"
          f"\tdmarc=pass header.from=credly.com")
    hs = nifty_in(B_USER, d + timedelta(seconds=1), "o1.em6917.credly.com", ip, mailfrom, ar, seed)
    hs += [("DKIM-Signature", dkim_sig(d, "credly.com", "s1", seed + "c",
                                       headers="from:mime-version:subject:to:content-type:cc:content-type:from:subject:to")),
           ("DKIM-Signature", dkim_sig(d, "sendgrid.info", "smtpapi", seed + "g",
                                       headers="from:mime-version:subject:to:cc:content-type:from:subject:to"))]
    badge = "AWS Certified Solutions Architect – Associate"
    t = f"""Kenta Sato,

Amazon Web Services Training and Certification has issued you a badge:
{badge}

This badge was previously issued to a different email address and has been
added to your Credly account following an update to your certification
profile.

Accept your badge:
https://www.credly.com/earner/earned/badge/{uuidish(seed+'bd')}?accept=true

Once accepted, you can share your badge on LinkedIn and other networks and
add it to your email signature.

Questions? Visit https://support.credly.com

Credly, Inc. | 2 Park Ave, New York, NY 10016
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
    h = f"""<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f7f7f7"><tr><td align="center">
<table width="560" cellpadding="20" bgcolor="#ffffff">
<tr><td align="center"><img src="https://images.credly.com/size/220x220/images/{uuidish(seed+'im')}/image.png" width="160" alt="{badge}"></td></tr>
<tr><td><p style="font-size:18px">Kenta Sato,</p>
<p>Amazon Web Services Training and Certification has issued you a badge:<br><strong>{badge}</strong></p>
<p>This badge was previously issued to a different email address and has been added to your Credly account following an update to your certification profile.</p>
<p align="center"><a href="https://www.credly.com/earner/earned/badge/{uuidish(seed+'bd')}?accept=true" style="background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Credly, Inc. | 2 Park Ave, New York, NY 10016 &middot; <a href="https://www.credly.com/notifications">Notification settings</a></td></tr>
</table></td></tr></table>"""
    body = multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html_wrap(h, "Credly"), "html", cte="quoted-printable")],
                 hexs(seed + "bnd", 30))
    hs += [("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
           ("Reply-To", "support@credly.com"),
           ("To", B_USER), ("Subject", "Kenta, you've been issued a badge by Amazon Web Services Training and Certification"),
           ("Date", rfc(d)), ("Message-ID", f"<{hexs(seed+'m',22)}@credly.com>"),
           ("X-SG-EID", b64s(seed + "sg", 60))]
    emit("015-sato-credly-badge-issued.eml", hs, body,
         label("credly_badge_issued", None, [], True, "en"))



# ============================================================ CASE C
# Marek Nowak, outlook.com, form desk, 11-digit case (2023), non-native agent
C_USER = "marek.nowak@outlook.com"
C_FORM = "aws-cs-trainingcertification-form@amazon.com"
C_CASE = "12241079361"
C_RE = f"RE:[CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
C_OLD, C_KEEP = "AWS11068452", "AWS27730915"


def aws_outlook_mail(fname, d, seed, to, frm, subject, body, lab, sel=AMZ_SEL_OLD, extra=None, crlf=False):
    host, ip = ses_host(seed)
    mid = ses_msgid(d, seed)
    ar = ar_outlook(ip, "amazonses.com", [("amazon.com", "pass"), ("amazonses.com", "pass")],
                    "pass", "amazon.com")
    hs = outlook_in(to, d + timedelta(seconds=1), host, ip, "amazonses.com", ar, seed)
    hs += aws_signed(d, seed, sel)
    hs += [("From", frm), ("To", to), ("Subject", subject),
           ("Date", rfc_nopad(d)), ("Message-ID", f"<{mid}>")]
    hs += (extra or [])
    hs += aws_tail(d, ip)
    hs += [("Return-Path", mid.split("@")[0] + "@amazonses.com"),
           ("X-MS-Exchange-Organization-ExpirationStartTime", d.strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)"),
           ("X-MS-Exchange-Organization-Network-Message-Id", uuidish(seed + "nm")),
           ("X-MS-Exchange-Organization-AuthSource", "BN1PEPF0000" + digits(seed + "as", 4) + ".namprd03.prod.outlook.com"),
           ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
           ("X-MS-Exchange-Organization-SCL", "1")]
    emit(fname, hs, body, lab, crlf=crlf)
    return mid


def outlook_sent_headers(d, frm, to, subject, seed, topic, in_reply=None, lang="en-US"):
    hs = [("From", frm), ("To", to), ("Subject", subject),
          ("Thread-Topic", topic),
          ("Thread-Index", "AQH" + b64s(seed + "ti", 40) + "=="),
          ("Date", rfc(d)),
          ("Message-ID", f"<{'AM9P' + digits(seed+'m1',3) + 'MB' + digits(seed+'m2',4)}{hexs(seed+'m3',26).upper()}@{'AM9P' + digits(seed+'m1',3) + 'MB' + digits(seed+'m2',4)}.EURP{digits(seed+'m4',3)}.PROD.OUTLOOK.COM>")]
    if in_reply:
        hs += [("References", f"<{in_reply}>"), ("In-Reply-To", f"<{in_reply}>")]
    hs += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("msip_labels", "")]
    return hs


def outlook_quote_block(frm, sent, to, subject, text, web=True):
    sep = "________________________________\n" if web else ""
    return (f"{sep}From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{text}")


def build_C():
    frm = addr("Amazon Web Services", C_FORM)
    # ---- 016 acknowledgement (plain text only, base64, CRLF)
    d = dt("2023-03-06 10:12:51")
    t = f"""Dear Customer,

We have received your message and opened case {C_CASE} for it.

Our AWS Training and Certification support team aims to respond within
24 hours (Monday to Friday). You do not need to contact us again or open a
new case; we will reply to this email address.

To add more information, reply to this message. Please keep
"[CASE {C_CASE}]" in the subject line so your reply is added to the case.

Sincerely,
AWS Training and Certification Support
https://aws.amazon.com/training/

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
    body = part(t, cte="base64")
    aws_outlook_mail("016-marek-form-ack.eml", d, "C16", C_USER, frm,
                     f"[CASE {C_CASE}] We received your request - AWS Training and Certification",
                     body, label("case_created", C_CASE, [], True), crlf=True)

    # ---- 017 agent asks which to keep + reason + notification e-mails
    d = dt("2023-03-07 10:48:20")
    t17 = f"""Hello Marek,

Greetings from AWS Training and Certification!

I understood that you are having two certification accounts, AWS11068452 and
AWS27730915, and you want to have them as one. I will be glad to assist you
on this.

Kindly help us with below details so that we can check further:

1) Which account you would like to keep as the primary account?
2) What is the reason for combining the accounts?
3) The notification e-mail address registered on each account.

Once we receive these information, we will proceed further with your
request.

Have a nice day ahead!

Regards,
Ravi Teja K.
AWS Training and Certification Support
"""
    body = multi("alternative", [part(t17, cte="quoted-printable"),
                                 part(html_wrap(text2html(t17)), "html", cte="quoted-printable")],
                 "----=_Part_1188290_93071524." + str(int(d.timestamp() * 1000)))
    mid17 = aws_outlook_mail("017-marek-agent-asks-which-to-keep.eml", d, "C17", C_USER, frm, C_RE,
                             body, label("support_reply", C_CASE, [C_OLD, C_KEEP], True))

    # ---- 018 Marek's reply from Outlook desktop (Sent) - cp1252 text labelled iso-8859-1
    d = dt("2023-03-07 13:05:44", WAW)
    new = """Hello Ravi,

Thank you for the quick answer.

1) I\u2019d like to keep AWS27730915 \u2013 this is my private account (marek.nowak@outlook.com).
2) The other account (AWS11068452) was created automatically by my former employer\u2019s training portal, with my company e-mail. I don\u2019t work there anymore and I want all my certifications in one place before my recertification.
3) Notification e-mail: AWS27730915 \u2013 marek.nowak@outlook.com, AWS11068452 \u2013 marek.nowak@kestrel-soft.pl (not active any more).

Best regards,
Marek Nowak
"""
    q = outlook_quote_block("Amazon Web Services <" + C_FORM + ">", "Tuesday, March 7, 2023 11:48 AM",
                            C_USER, C_RE, t17, web=True)
    txt = new + "\n" + q
    body = part(txt, charset="iso-8859-1", codec="cp1252", cte="quoted-printable")
    hs = outlook_sent_headers(d, addr("Marek Nowak", C_USER), addr("Amazon Web Services", C_FORM),
                              "Re: " + C_RE, "C18", C_RE, mid17, "pl-PL")
    emit("018-marek-sent-keep-private-account.eml", hs, body,
         label("unrelated", C_CASE, [C_OLD, C_KEEP], None), crlf=True)
    hist18 = txt

    # ---- 019 status update (we are working on it) - -----Original Message----- history
    d = dt("2023-03-10 16:20:09")
    t19 = f"""Hello Marek,

Thank you for your patience, and sorry for the delay in getting back.

I would like to inform you that your request is escalated to our
certification operations team for the verification, because the second
profile was created through an organisation training portal and they need
to check it is not linked to a company subscription. This is a standard
check and there is nothing needed from your end at the moment.

I will update you as soon as I get the response from them. Kindly do not
raise a new case for the same request, as it may cause the delay.

Regards,
Ravi Teja K.
AWS Training and Certification Support

-----Original Message-----
{hist18.replace(chr(0x2019), "'").replace(chr(0x2013), '-')}"""
    body = multi("alternative", [part(t19, cte="quoted-printable"),
                                 part(html_wrap(text2html(t19)), "html", cte="quoted-printable")],
                 "----=_Part_2450917_1988102283." + str(int(d.timestamp() * 1000)))
    aws_outlook_mail("019-marek-agent-escalated-status.eml", d, "C19", C_USER, frm, C_RE,
                     body, label("support_reply", C_CASE, [], True))

    # ---- 020 confirmation request (non-native; "consolidate")
    d = dt("2023-03-13 09:02:37")
    t20 = f"""Hello Marek,

Hope you are doing well.

As per the verification from our team, we can consolidate both the profiles.
Please find below the details:

Source profile (will be deactivated) : AWS-11068452 / marek.nowak@kestrel-soft.pl
Target profile (will be retained)    : AWS-27730915 / marek.nowak@outlook.com

All the certifications, exam history and benefits of the source profile will
be moved into the target profile. Kindly note that once the consolidation
is done, it can not be reverted back.

Request you to reply to this email with your consent, so that we can proceed
further.

Regards,
Ravi Teja K.
AWS Training and Certification Support
"""
    body = multi("alternative", [part(t20, cte="base64"),
                                 part(html_wrap(text2html(t20)), "html", cte="base64")],
                 "----=_Part_3019925_1200461873." + str(int(d.timestamp() * 1000)))
    mid20 = aws_outlook_mail("020-marek-agent-consent-to-consolidate.eml", d, "C20", C_USER, frm, C_RE,
                             body, label("merge_confirmation_requested", C_CASE, [C_OLD, C_KEEP], True))

    # ---- 021 phishing look-alike: "confirm your account merge"
    d = dt("2023-03-13 14:37:02")
    seed = "C21"
    ip = "185.241.52.17"
    host = "mail.aws-certification-verify.com"
    ar = ar_outlook(ip, "aws-certification-verify.com", [], "none", "aws-certification-verify.com",
                    compauth="fail reason=001")
    hs = outlook_in(C_USER, d + timedelta(seconds=1), host, ip, "aws-certification-verify.com", ar, seed)
    t = """AWS Certification

Action required: confirm your account merge

Dear Candidate,

We received a request to merge your AWS Certification accounts. To protect
your certifications, the merge must be confirmed by the account holder.

Please confirm the merge within 24 hours. If it is not confirmed, both
accounts will be suspended and your certifications may be revoked.

CONFIRM MERGE: https://aws-certification-verify.com/merge/confirm?id=8842019

Thank you,
AWS Training & Certification Team
"""
    h = """<div style="font-family:Arial;max-width:600px;border:1px solid #ddd">
<div style="background:#232f3e;padding:14px"><span style="color:#ff9900;font-size:20px;font-weight:bold">AWS</span> <span style="color:#fff">Certification</span></div>
<div style="padding:20px">
<h2 style="color:#232f3e">Action required: confirm your account merge</h2>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your certifications, the merge must be confirmed by the account holder.</p>
<p>Please confirm the merge within <b>24 hours</b>. If it is not confirmed, both accounts will be suspended and your certifications may be revoked.</p>
<p><a href="https://aws-certification-verify.com/merge/confirm?id=8842019" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">CONFIRM MERGE</a></p>
<p>Thank you,<br>AWS Training &amp; Certification Team</p></div></div>"""
    body = multi("alternative", [part(t, cte="7bit", charset="us-ascii"),
                                 part(html_wrap(h, "AWS Certification"), "html", cte="quoted-printable")],
                 "b1_" + hexs(seed + "b", 32))
    hs += [("From", addr("AWS Certification", "no-reply@aws-certification-verify.com")),
           ("To", C_USER), ("Subject", "Action required: Confirm your AWS Certification account merge"),
           ("Date", rfc(d)), ("Message-ID", f"<{hexs(seed+'m',32)}@aws-certification-verify.com>"),
           ("X-Mailer", "PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)")]
    emit("021-phish-confirm-account-merge-lookalike.eml", hs, body,
         label("merge_confirmation_requested", None, [], False))

    # ---- 022 Marek confirms from Outlook on the web (Sent, html + plain utf-8)
    d = dt("2023-03-13 19:22:10", WAW)
    new = """Hello Ravi,

I confirm \u2013 please go ahead and consolidate AWS-11068452 into AWS-27730915.

By the way, today I got another e-mail from aws-certification-verify.com asking me to confirm the merge within 24 hours. I did not click the link. Is this coming from you?

Thank you,
Marek
"""
    q = outlook_quote_block("Amazon Web Services <" + C_FORM + ">", "Monday, March 13, 2023 10:02 AM",
                            "marek.nowak@outlook.com <" + C_USER + ">", C_RE, t20, web=True)
    txt = new + "\n" + q
    hq = ("<div style=\"font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt\">" + text2html(new) +
          "</div><div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
          "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
          f"<b>From:</b> Amazon Web Services &lt;{C_FORM}&gt;<br><b>Sent:</b> Monday, March 13, 2023 10:02 AM<br>"
          f"<b>To:</b> marek.nowak@outlook.com &lt;{C_USER}&gt;<br><b>Subject:</b> {C_RE}</font><div>&nbsp;</div></div>"
          "<div>" + text2html(t20) + "</div>")
    body = multi("alternative", [part(txt, charset="utf-8", cte="quoted-printable"),
                                 part(html_wrap(hq, ""), "html", charset="utf-8", cte="quoted-printable")],
                 "_000_" + "AM9P" + digits("C22x", 3) + "MB" + digits("C22y", 4) + hexs("C22z", 26).upper() + "_")
    hs = outlook_sent_headers(d, addr("Marek Nowak", C_USER), addr("Amazon Web Services", C_FORM),
                              "Re: " + C_RE, "C22", C_RE, mid20, "pl-PL")
    emit("022-marek-sent-confirm-and-asks-about-phish.eml", hs, body,
         label("unrelated", C_CASE, [C_OLD, C_KEEP], None))

    # ---- 023 merge completed (+ answers phishing question)
    d = dt("2023-03-15 08:31:55")
    t = f"""Hello Marek,

Thank you for your confirmation.

We are happy to inform you that both the profiles are now consolidated
successfully. Going forward kindly use AWS27730915 (marek.nowak@outlook.com)
to sign in to your AWS Certification account; all of your certifications and
the exam history are now available there. The other profile is deactivated.

Regarding the e-mail from aws-certification-verify.com you mentioned, please
note this is not sent by AWS. Kindly do not click any link in it and delete
the message. AWS will never threaten to revoke your certifications in this
way.

If you face any issue with the consolidated account, please reply to this
email and we will be happy to help.

Regards,
Ravi Teja K.
AWS Training and Certification Support
"""
    body = multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html_wrap(text2html(t)), "html", cte="quoted-printable")],
                 "----=_Part_4402178_771920485." + str(int(d.timestamp() * 1000)))
    aws_outlook_mail("023-marek-agent-consolidation-done.eml", d, "C23", C_USER, frm, C_RE,
                     body, label("merge_completed", C_CASE, [C_KEEP], True))



# ------------------------------------------------------------- Fastmail
def ar_fastmail(ip, host, mailfrom, dkims, dmarc, from_dom, pol="quarantine", seed="x"):
    lines = ["mx4.messagingengine.com;"]
    for dd, sel, res in dkims:
        lines.append(f"    dkim={res} (1024-bit rsa key sha256) header.d={dd}\n      header.i=@{dd} header.b={b64s(seed+dd, 8)} header.a=rsa-sha256\n      header.s={sel} x-bits=1024;")
    lines.append(f"    dmarc={dmarc} policy.published-domain-policy={pol}\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p={pol},d=none,d.eval=none) policy.policy-from=p\n      header.from={from_dom};")
    lines.append(f"    iprev=pass smtp.remote-ip={ip} ({host});")
    lines.append(f"    spf=pass smtp.mailfrom={mailfrom}\n      smtp.helo={host};")
    lines.append("    x-aligned-from=fail;\n    x-me-sender=none;\n    x-ptr=pass smtp.helo=" + host + "\n      policy.ptr=" + host)
    return "\n".join(lines)


def fastmail_in(to, d, host, ip, mailfrom, ar, seed):
    t = d + timedelta(seconds=2)
    return [
        ("Return-Path", f"<{mailfrom}>"),
        ("Received", f"from compute2.internal (compute2.nyi.internal [10.202.2.42])\n\t by sloti31d1t01 (Cyrus 3.3.0-232-g4bdb081-fm-20200525.001-g4bdb0815) with LMTPA;\n\t {rfc(t, NYC)}"),
        ("X-Cyrus-Session-Id", f"sloti31d1t01-{digits(seed+'cs',16)}-{digits(seed+'ct',10)}"),
        ("X-Sieve", "CMU Sieve 3.0"),
        ("X-Spam-known-sender", "no"),
        ("X-Spam-score", "0.0"),
        ("X-Spam-hits", "BAYES_00 -1.9, HTML_MESSAGE 0.001, ME_NOAUTH 0.01, RCVD_IN_DNSWL_NONE -0.0001,\n  SPF_HELO_PASS -0.001, SPF_PASS -0.001, LANGUAGES en, BAYES_USED global, SA_VERSION 3.4.4"),
        ("X-Delivered-to", to),
        ("Received", f"from mx4 ([10.202.2.203])\n  by compute2.internal (LMTPProxy); {rfc(t, NYC)}"),
        ("Received", f"from mx4.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id {hexs(seed+'px',10).upper()}\n\tfor <{to}>; {rfc(t, NYC)}"),
        ("Received", f"from mx4.messagingengine.com (localhost [127.0.0.1]); {rfc(t, NYC)}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; cv=none; d=messagingengine.com; s=fm2; t=\n    {int(t.timestamp())}; b={b64s(seed+'fas', 60)}\n    {b64s(seed+'fas2', 60)}=="),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=\n    messagingengine.com; h=date:from:to:subject:message-id\n    :content-type:mime-version; s=fm2; t={int(t.timestamp())}; bh=\n    {b64s(seed+'fbh', 43)}=; b={b64s(seed+'fmb', 60)}=="),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Authentication-Results", ar),
        ("X-ME-VSCause", "gggruggvucftvghtrhhoucdtuddrgeduhedrudeiledgleduucetufdoteggodetrfdotf\n    fvucfrrhhofhhilhgvmecuhfgrshhtofgrihhlpdfqfgfvpdfurfetoffkrfgpnffqhgen"),
        ("X-ME-VSScore", "0"),
        ("X-ME-VSCategory", "clean"),
        ("Received", f"from {host} ({host} [{ip}])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby mx4.messagingengine.com (Postfix) with ESMTPS id {hexs(seed+'pq',10).upper()}\n\tfor <{to}>; {rfc(d, NYC)}"),
    ]


# ============================================================ CASE D
# Daniel Okafor, Fastmail custom domain, console desk, 10-digit case (2020)
D_USER = "daniel@okafor.dev"
D_NR = "no-reply-aws@amazon.com"
D_CASE = "7093184021"
D_QUOTA = "7093305518"
D_TOPIC = "Merge two certification accounts"
D_KEEP, D_OLD = "AWS00829364", "AWS15527740"
D_FOOT = f"""To see all the responses or to reply to this case, please visit: https://console.aws.amazon.com/support/home#/case/?displayId={D_CASE}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
D_RATE = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center."""


def aws_fastmail_mail(fname, d, seed, subject, body, lab):
    host, ip = ses_host(seed)
    mid = ses_msgid(d, seed)
    mailfrom = mid.split("@")[0] + "@amazonses.com"
    ar = ar_fastmail(ip, host, mailfrom, [("amazon.com", AMZ_SEL_OLD, "pass"), ("amazonses.com", SES_SEL, "pass")],
                     "pass", "amazon.com", seed=seed)
    hs = fastmail_in(D_USER, d + timedelta(seconds=1), host, ip, mailfrom, ar, seed)
    hs += aws_signed(d, seed, AMZ_SEL_OLD)
    hs += [("Date", rfc_nopad(d)), ("From", addr("Amazon Web Services", D_NR)), ("To", D_USER),
           ("Message-ID", f"<{mid}>"), ("Subject", subject)]
    hs += aws_tail(d, ip)
    emit(fname, hs, body, lab)
    return mid


def build_D():
    # ---- 024 console case opened (10-digit)
    d = dt("2020-06-15 09:11:37")
    t = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {D_CASE} to address your issue.

The details of your case are as follows:

Case ID: {D_CASE}
Subject: {D_TOPIC}
Severity: Low
Correspondence: Hello, I have two AWS Certification (Webassessor/CertMetrics) accounts: one created in 2018 with my university address and one with my current address. I passed Developer Associate on the old one and Solutions Architect Associate on the new one. Can you please merge them so that everything is under daniel@okafor.dev? Thanks, Daniel

To contact us again about this case, please return to the Support Center using the following URL: https://console.aws.amazon.com/support/home#/case/?displayId={D_CASE}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    body = part(t, cte="quoted-printable")
    aws_fastmail_mail("024-daniel-console-case-opened.eml", d, "D24",
                      f"Amazon Web Services: New Support case: {D_CASE}", body,
                      label("case_created", D_CASE, [], True))

    # ---- 025 detour: a separate console case (EC2 limit increase)
    d = dt("2020-06-15 14:40:02")
    t = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {D_QUOTA} to address your issue.

The details of your case are as follows:

Case ID: {D_QUOTA}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: EU (Frankfurt)
Primary Instance Type: g4dn.xlarge
Limit name: Instance Limit
New limit value: 4
------------
Use case description: GPU instances for a short ML training workshop.

To contact us again about this case, please return to the Support Center using the following URL: https://console.aws.amazon.com/support/home#/case/?displayId={D_QUOTA}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    body = part(t, cte="quoted-printable")
    aws_fastmail_mail("025-daniel-other-case-ec2-limit.eml", d, "D25",
                      f"Amazon Web Services: New Support case: {D_QUOTA}", body,
                      label("unrelated", D_QUOTA, [], True))

    # ---- 026 agent asks for the other account's details
    d = dt("2020-06-16 11:05:48")
    t = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Tomasz and I will be assisting you with this case.

I was able to locate the certification account {D_KEEP}, registered to daniel@okafor.dev. To find the second account, could you please reply with the following:

- the e-mail address the older account was registered with (your university address), and
- its candidate ID, if you still have it (it appears on your exam score report and certificate).

In addition, please let me know if any of the two accounts currently has an exam appointment scheduled, as we are not able to combine accounts while an appointment is pending.

{D_RATE}

Best regards,
Tomasz W.
Amazon Web Services
==============================================================

{D_FOOT}"""
    h = html_wrap(text2html(t))
    body = multi("alternative", [part(t, cte="quoted-printable"), part(h, "html", cte="quoted-printable")],
                 "----=_Part_12017734_1021331452." + str(int(d.timestamp() * 1000)))
    aws_fastmail_mail("026-daniel-agent-asks-second-account.eml", d, "D26",
                      f"RE:[CASE {D_CASE}] {D_TOPIC}", body,
                      label("support_reply", D_CASE, [D_KEEP], True))

    # ---- 027 confirmation request
    d = dt("2020-06-18 08:44:19")
    t = f"""Hello Daniel,

Thank you for the information you added to the case.

I have verified both accounts. Here is what we are going to do:

* {D_OLD} (d.okafor@students.unilag.edu.ng) - will be merged into the account below and then closed
* {D_KEEP} (daniel@okafor.dev) - will remain as your only account

Your Developer - Associate certification and its exam history will be moved from {D_OLD} to {D_KEEP}. Please note that once the accounts are merged this cannot be reversed.

Could you please confirm in the Support Center that the above is correct and that you want us to go ahead? We will start as soon as we have your confirmation.

{D_RATE}

Best regards,
Tomasz W.
Amazon Web Services
==============================================================

{D_FOOT}"""
    h = html_wrap(text2html(t))
    body = multi("alternative", [part(t, cte="quoted-printable"), part(h, "html", cte="quoted-printable")],
                 "----=_Part_12566102_1450083326." + str(int(d.timestamp() * 1000)))
    aws_fastmail_mail("027-daniel-agent-confirm-which-survives.eml", d, "D27",
                      f"RE:[CASE {D_CASE}] {D_TOPIC}", body,
                      label("merge_confirmation_requested", D_CASE, [D_OLD, D_KEEP], True))

    # ---- 028 chaser
    d = dt("2020-06-23 09:30:00")
    t = f"""Hello Daniel,

I am following up on my previous message about your certification accounts. We have not heard back from you yet, and we cannot continue until you reply to the case.

If you still need help, please respond through the Support Center. If we do not hear from you within the next 5 days, this case will be resolved automatically; you can reopen it at any time.

{D_RATE}

Best regards,
Tomasz W.
Amazon Web Services
==============================================================

{D_FOOT}"""
    body = part(t, cte="quoted-printable")
    aws_fastmail_mail("028-daniel-agent-follow-up-no-response.eml", d, "D28",
                      f"RE:[CASE {D_CASE}] {D_TOPIC}", body,
                      label("support_reply", D_CASE, [], True))

    # ---- 029 merge completed
    d = dt("2020-06-25 16:12:31")
    t = f"""Hello Daniel,

Thank you for your confirmation, and no problem about the delay.

I'm pleased to confirm that your two certification accounts are now one. Your Developer - Associate and Solutions Architect - Associate certifications are both listed under {D_KEEP}, and you can sign in with daniel@okafor.dev as usual. The older account can no longer be used.

Your digital badges are issued through Acclaim (now Credly). They normally follow the merge automatically, but it can take a few days.

{D_RATE}

Best regards,
Tomasz W.
Amazon Web Services
==============================================================

{D_FOOT}"""
    h = html_wrap(text2html(t))
    body = multi("alternative", [part(t, cte="base64"), part(h, "html", cte="base64")],
                 "----=_Part_13200916_582043191." + str(int(d.timestamp() * 1000)))
    aws_fastmail_mail("029-daniel-agent-accounts-now-one.eml", d, "D29",
                      f"RE:[CASE {D_CASE}] {D_TOPIC}", body,
                      label("merge_completed", D_CASE, [D_KEEP], True))

    # ---- 030 case reopened: badges missing -> agent reply about Acclaim
    d = dt("2020-07-02 10:02:47")
    t = f"""Hello Daniel,

Thank you for reopening the case and letting us know that your Developer - Associate badge is still showing on your old Acclaim profile.

I checked this with our badging team. The badge was issued to your old university e-mail address before the merge, and Acclaim does not move badges between e-mail addresses on its own. I have requested that the badge be re-issued to daniel@okafor.dev. You should receive an e-mail from Acclaim within 3-5 business days asking you to accept it. After that you can delete the old Acclaim profile if you wish.

I will keep this case open until you confirm the badge has arrived.

{D_RATE}

Best regards,
Tomasz W.
Amazon Web Services
==============================================================

{D_FOOT}"""
    body = part(t, cte="quoted-printable")
    aws_fastmail_mail("030-daniel-agent-badge-reissue-requested.eml", d, "D30",
                      f"RE:[CASE {D_CASE}] {D_TOPIC}", body,
                      label("support_reply", D_CASE, [], True))

    # ---- 031 Acclaim badge (older youracclaim.com sender)
    d = dt("2020-07-06 13:27:55")
    seed = "D31"
    host, ip = "o2.email.youracclaim.com", "167.89.12.74"
    mailfrom = f"bounces+1821340-{hexs(seed,4)}-daniel=okafor.dev@email.youracclaim.com"
    ar = ar_fastmail(ip, host, mailfrom, [("youracclaim.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
                     "pass", "youracclaim.com", pol="none", seed=seed)
    hs = fastmail_in(D_USER, d + timedelta(seconds=1), host, ip, mailfrom, ar, seed)
    hs += [("DKIM-Signature", dkim_sig(d, "youracclaim.com", "s1", seed + "c",
                                       headers="from:subject:mime-version:to:content-type")),
           ("DKIM-Signature", dkim_sig(d, "sendgrid.info", "smtpapi", seed + "g",
                                       headers="from:subject:mime-version:to:content-type"))]
    badge = "AWS Certified Developer – Associate"
    burl = f"https://www.youracclaim.com/earner/earned/badge/{uuidish(seed+'u')}"
    h = f"""<table width="100%" bgcolor="#f4f4f4" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" bgcolor="#ffffff" cellpadding="24" cellspacing="0">
<tr><td><img src="https://www.youracclaim.com/assets/acclaim-logo.png" alt="Acclaim" height="28"></td></tr>
<tr><td align="center"><img src="https://images.youracclaim.com/size/340x340/images/{uuidish(seed+'i')}/image.png" width="170" alt=""></td></tr>
<tr><td>
<h1 style="font-size:22px;font-weight:normal">Daniel, you've earned a badge from Amazon Web Services Training and Certification!</h1>
<p>You've been issued the <b>{badge}</b> badge. Accept it to claim your achievement and share it with your professional network.</p>
<p align="center"><a href="{burl}" style="background:#0a7bbd;color:#ffffff;padding:12px 32px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p style="color:#666;font-size:13px">This badge was issued to daniel@okafor.dev. If you have another Acclaim account, you can merge your accounts from your account settings.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Acclaim by Credly &middot; 2 Park Avenue, Suite 1800, New York, NY 10016 &middot; <a href="https://www.youracclaim.com/users/notifications">Manage notifications</a></td></tr>
</table></td></tr></table>"""
    body = part(html_wrap(h, "Acclaim"), "html", cte="quoted-printable")
    hs += [("Date", rfc(d)),
           ("From", addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com")),
           ("Reply-To", "support@youracclaim.com"), ("To", D_USER),
           ("Subject", "Daniel, you've earned a badge from Amazon Web Services Training and Certification!"),
           ("Message-ID", f"<5f03{hexs(seed+'m',20)}_{digits(seed+'n',6)}@youracclaim.com.mail>"),
           ("X-SG-EID", b64s(seed + "sg", 60))]
    emit("031-daniel-acclaim-badge-earned.eml", hs, body,
         label("credly_badge_issued", None, [], True))



# --------------------------------------------------------------- iCloud
def icloud_in(to, d, host, ip, mailfrom, seed, from_dom, dkim_dom, dkim_sel, dmarc="pass", dkim="pass", spf="pass"):
    t = d + timedelta(seconds=1)
    node = f"p00-icloudmta-asmtp-us-east-1a-{int(digits(seed+'ic',2))%40+10}-percent-{int(digits(seed+'id',1))%8}"
    return [
        ("Return-Path", f"<{mailfrom}>"),
        ("Original-recipient", f"rfc822;{to}"),
        ("Received", f"from {node} (smtp-relay.us-east-1a.icloud.com [172.18.{digits(seed+'ie',2)}.{digits(seed+'if',2)}])\n\tby p{digits(seed+'ig',3)}-mailgateway-smtp-{hexs(seed+'ih',6)}-{hexs(seed+'ii',5)} (mailgateway 2439B14)\n\twith SMTP id {uuidish(seed+'ij')}\n\tfor <{to}>; {rfc(t)[:-6]} GMT"),
        ("Authentication-Results", "bimi.icloud.com; bimi=skipped reason=\"insufficient dmarc\"" if dmarc == "pass" else "bimi.icloud.com; bimi=none"),
        ("X-ARC-Info", "policy=fail; arc=none"),
        ("Authentication-Results", f"dmarc.icloud.com; dmarc={dmarc} header.from={from_dom}"),
        ("X-DMARC-Policy", f"v=DMARC1; p=quarantine; pct=100; rua=mailto:dmarc-reports@{from_dom}"),
        ("X-DMARC-Info", f"{dmarc}; policy=quarantine; arc=none"),
        ("Authentication-Results", f"dkim-verifier.icloud.com;\n\tdkim={dkim} (1024-bit key) header.d={dkim_dom} header.i=@{dkim_dom} header.b={b64s(seed+'db',8)}"),
        ("Authentication-Results", f"spf.icloud.com; spf={spf} (spf.icloud.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}"),
        ("Received-SPF", f"{spf} (spf.icloud.com: domain of {mailfrom} designates {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={host}; envelope-from={mailfrom}"),
        ("Received", f"from {host} (mx.icloud.com [{ip}])\n\tby {node} (Postfix) with ESMTPS id {hexs(seed+'ik',12).upper()}\n\tfor <{to}>; {rfc(d)[:-6]} +0000 (UTC)"),
    ]


# ============================================================ CASE E
# Sofia Lindqvist, iCloud + Apple Mail, form desk; first case never answered,
# second case a week later; keep AWS09164477
E_USER = "sofia.lindqvist@icloud.com"
E_FORM = "aws-cs-trainingcertification-form@amazon.com"
E_OPEN1 = dt("2024-10-28 13:40:19")
E_OPEN2 = dt("2024-11-05 07:55:02")
E_CASE1 = str(int(E_OPEN1.timestamp())) + "00093"
E_CASE2 = str(int(E_OPEN2.timestamp())) + "00611"
E_OLD, E_KEEP = "AWS22391058", "AWS09164477"


def e_subj(case, re_=False):
    return ("RE:" if re_ else "") + f"[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance"


def aws_icloud_mail(fname, d, seed, subject, body, lab):
    host, ip = ses_host(seed)
    mid = ses_msgid(d, seed)
    mailfrom = mid.split("@")[0] + "@amazonses.com"
    hs = icloud_in(E_USER, d + timedelta(seconds=1), host, ip, mailfrom, seed, "amazon.com", "amazon.com", AMZ_SEL)
    hs += aws_signed(d, seed)
    hs += [("From", addr("Amazon Web Services", E_FORM)), ("To", E_USER), ("Subject", subject),
           ("Date", rfc_nopad(d)), ("Message-ID", f"<{mid}>"), ("Content-Language", "en-US")]
    hs += aws_tail(d, ip)
    emit(fname, hs, body, lab)
    return mid


def e_ack(case, d, seed, fname):
    t = f"""Hello,

Thank you for contacting AWS Training and Certification. Your request has been received and case {case} has been opened.

What happens next?
- A member of our support team will review your request and reply by e-mail, usually within 24 hours.
- To add details to this case, reply to this e-mail without changing the subject line.
- Opening a new case for the same request will not speed things up and may delay our reply.

You can find answers to many common questions at https://aws.amazon.com/certification/faqs/

Kind regards,
AWS Training and Certification
"""
    h = html_wrap(text2html(t))
    body = multi("alternative", [part(t, cte="quoted-printable"), part(h, "html", cte="quoted-printable")],
                 "----=_Part_" + digits(seed, 7) + "_" + digits(seed + "x", 9) + "." + str(int(d.timestamp() * 1000)))
    return aws_icloud_mail(fname, d, seed, e_subj(case), body,
                           label("case_created", case, [], True)), t


def apple_sent(d, subject, in_reply, seed, plain, html=None):
    if html is None:
        body = part(plain, charset="utf-8", cte="quoted-printable")
    else:
        body = multi("alternative", [part(plain, charset="utf-8", cte="quoted-printable"),
                                     part(html, "html", charset="utf-8", cte="quoted-printable")],
                     "Apple-Mail=_" + uuidish(seed + "b").upper())
    hs = [("From", addr("Sofia Lindqvist", E_USER))]
    hs += [("Content-Type", None)]  # placeholder removed below (Apple puts CT early)
    hs = hs[:1]
    hs += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))"),
           ("Subject", subject), ("Date", rfc(d)),
           ("In-Reply-To", f"<{in_reply}>"), ("To", addr("Amazon Web Services", E_FORM)),
           ("References", f"<{in_reply}>"),
           ("Message-Id", f"<{uuidish(seed+'m').upper()}@icloud.com>"),
           ("X-Mailer", "Apple Mail (2.3776.700.51)")]
    return hs, body


def build_E():
    # ---- 032 ack, first case
    mid32, t32 = e_ack(E_CASE1, E_OPEN1 + timedelta(seconds=36), "E32", "032-sofia-form-ack-first-case.eml")

    # ---- 033 Sofia chases a week later by replying to the ack (Sent)
    d = dt("2024-11-04 21:17:33", STO)
    new = f"""Hello,

I sent this request a week ago and have not heard anything back. Could someone please take a look?

I would like to merge my two AWS Certification accounts: {E_OLD} (old, registered with sofia.lindqvist@nordhav.se) and {E_KEEP} (this e-mail address). I want to keep {E_KEEP}.

Thank you,
Sofia Lindqvist
"""
    attr = f"On 28 Oct 2024, at 14:40, Amazon Web Services <{E_FORM}> wrote:"
    plain = new + "\n" + attr + "\n\n" + quote(t32.rstrip("\n")) + "\n"
    hs, body = apple_sent(d, "Re: " + e_subj(E_CASE1), mid32, "E33", plain)
    emit("033-sofia-sent-chaser-on-first-case.eml", hs, body,
         label("unrelated", E_CASE1, [E_OLD, E_KEEP], None))

    # ---- 034 ack, second case (new form a week later)
    mid34, t34 = e_ack(E_CASE2, E_OPEN2 + timedelta(seconds=41), "E34", "034-sofia-form-ack-second-case.eml")

    # ---- 035 first case closed as duplicate, with rating request
    d = dt("2024-11-06 10:03:18")
    t = f"""Hello,

We have closed case {E_CASE1} because the same request is being handled in case {E_CASE2}. Please continue any conversation about your request in that case.

Did we resolve your issue?
Yes: https://support.aws-tc.amazon.com/feedback?case={E_CASE1}&resolved=yes
No: https://support.aws-tc.amazon.com/feedback?case={E_CASE1}&resolved=no

Please take a moment to rate your experience; your feedback helps us improve our service.

Kind regards,
AWS Training and Certification
"""
    h = f"""<div style="max-width:600px;margin:auto">
<p>Hello,</p>
<p>We have closed case <b>{E_CASE1}</b> because the same request is being handled in case <b>{E_CASE2}</b>. Please continue any conversation about your request in that case.</p>
<table cellpadding="10" style="border:1px solid #d5dbdb;width:100%"><tr><td>
<p style="font-size:16px;margin:0 0 10px 0"><b>Did we resolve your issue?</b></p>
<a href="https://support.aws-tc.amazon.com/feedback?case={E_CASE1}&amp;resolved=yes" style="background:#0972d3;color:#fff;padding:8px 20px;text-decoration:none;border-radius:16px">Yes</a>
&nbsp;<a href="https://support.aws-tc.amazon.com/feedback?case={E_CASE1}&amp;resolved=no" style="background:#fff;color:#0972d3;border:1px solid #0972d3;padding:8px 20px;text-decoration:none;border-radius:16px">No</a>
</td></tr></table>
<p>Please take a moment to rate your experience; your feedback helps us improve our service.</p>
<p>Kind regards,<br>AWS Training and Certification</p></div>"""
    body = multi("alternative", [part(t, cte="quoted-printable"), part(html_wrap(h), "html", cte="quoted-printable")],
                 "----=_Part_5093311_1987765102." + str(int(d.timestamp() * 1000)))
    aws_icloud_mail("035-sofia-first-case-closed-duplicate-rate-us.eml", d, "E35",
                    f"[CASE {E_CASE1}] Your case has been closed - how did we do?", body,
                    label("survey", E_CASE1, [], True))

    # ---- 036 confirmation request on the second case, with quoted form submission
    d = dt("2024-11-06 10:19:51")
    sub = f"""> First name: Sofia
> Last name: Lindqvist
> Email: {E_USER}
> AWS candidate ID: {E_KEEP}
> Inquiry type: Certification
> Detail: Account Merge
> Description: Second request - my first case ({E_CASE1}) never got an answer.
> Please merge {E_OLD} (sofia.lindqvist@nordhav.se) into {E_KEEP}."""
    t36 = f"""Hello Sofia,

Thank you for contacting AWS Training and Certification, and I am sorry that your first request went unanswered. It seems the notification address was missing from that submission, so our replies could not be delivered. I have closed the older case so that everything is handled here.

I have reviewed both certification accounts:

Account that will be kept:      {E_KEEP} - {E_USER}
Account that will be merged in: {E_OLD} - sofia.lindqvist@nordhav.se

Once the merge is complete, your certifications, exam history and benefits will all be available under {E_KEEP}, and {E_OLD} will no longer be accessible. Please note that we are unable to separate the accounts again afterwards.

Please reply to this e-mail confirming that the above is correct, and we will take it from there.

Best regards,
Karthik S.
AWS Training and Certification

On Tue, 5 Nov 2024 07:55:02 +0000, {E_USER} wrote:
{sub}
"""
    h = html_wrap(text2html(t36))
    body = multi("alternative", [part(t36, cte="quoted-printable"), part(h, "html", cte="quoted-printable")],
                 "----=_Part_5094402_1207760019." + str(int(d.timestamp() * 1000)))
    mid36 = aws_icloud_mail("036-sofia-agent-confirm-accounts.eml", d, "E36", e_subj(E_CASE2, True), body,
                            label("merge_confirmation_requested", E_CASE2, [E_OLD, E_KEEP], True))

    # ---- 037 Sofia confirms (Apple Mail, nested quoting), html+plain
    d = dt("2024-11-06 19:48:02", STO)
    new = """Hi Karthik,

Yes, that is all correct \u2013 please go ahead.

Thanks for sorting this out!

Sofia

Sent from my iPhone
"""
    attr = f"On 6 Nov 2024, at 11:19, Amazon Web Services <{E_FORM}> wrote:"
    plain = new + "\n" + attr + "\n\n" + quote(t36.rstrip("\n")) + "\n"
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body dir=\"auto\">" + text2html(new) + "<div dir=\"ltr\"><br><blockquote type=\"cite\">" +
            attr.replace("<", "&lt;").replace(">", "&gt;") + "<br><br></blockquote></div><blockquote type=\"cite\">" +
            text2html(t36) + "</blockquote></body></html>")
    hs, body = apple_sent(d, "Re: " + e_subj(E_CASE2, True), mid36, "E37", plain, html)
    hs = [(n, v) if n != "X-Mailer" else ("X-Mailer", "iPhone Mail (22A3354)") for n, v in hs]
    hs = [(n, v) if n != "Mime-Version" else ("Mime-Version", "1.0 (1.0)") for n, v in hs]
    emit("037-sofia-sent-yes-go-ahead.eml", hs, body,
         label("unrelated", E_CASE2, [], None))

    # ---- 038 merge completed
    d = dt("2024-11-08 13:55:40")
    t = f"""Hello Sofia,

Your certification accounts have now been merged. Everything that was on {E_OLD} is available under {E_KEEP}, and you can continue to sign in with {E_USER}.

Please log in and make sure all of your certifications appear as expected. Digital badges are issued by Credly to the e-mail address of your remaining account; if they do not appear within a few days, just reply to this e-mail.

Best regards,
Karthik S.
AWS Training and Certification
"""
    h = html_wrap(text2html(t))
    body = multi("alternative", [part(t, cte="quoted-printable"), part(h, "html", cte="quoted-printable")],
                 "----=_Part_5201876_332019845." + str(int(d.timestamp() * 1000)))
    aws_icloud_mail("038-sofia-agent-accounts-merged.eml", d, "E38", e_subj(E_CASE2, True), body,
                    label("merge_completed", E_CASE2, [E_OLD, E_KEEP], True))

    # ---- 039 Credly's own self-service account merge code (not the AWS merge)
    d = dt("2024-11-09 08:21:14")
    seed = "E39"
    host, ip = "o3.em6917.credly.com", "149.72.166.40"
    mailfrom = f"bounces+3310952-{hexs(seed,4)}-sofia.lindqvist=icloud.com@em6917.credly.com"
    hs = icloud_in(E_USER, d + timedelta(seconds=1), host, ip, mailfrom, seed, "credly.com", "credly.com", "s1")
    hs += [("DKIM-Signature", dkim_sig(d, "credly.com", "s1", seed + "c",
                                       headers="from:mime-version:subject:to:content-type"))]
    t = """Hi Sofia,

You asked to merge the Credly account registered to sofia.lindqvist@nordhav.se into your account sofia.lindqvist@icloud.com.

Your verification code is: 482913

Enter the code on the merge page, or click the link below to finish:
Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=c8f1e0b3a7d24e5f

The code expires in 30 minutes. Once completed, the badges and connections from the other account will be moved and that account will be closed.

If you didn't request this, you can ignore this e-mail.

The Credly Team
"""
    h = html_wrap(text2html(t).replace("Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=c8f1e0b3a7d24e5f",
                                       '<a href="https://www.credly.com/users/account_merge/confirm?token=c8f1e0b3a7d24e5f" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a>'), "Credly")
    body = multi("alternative", [part(t, cte="7bit", charset="us-ascii"), part(h, "html", cte="quoted-printable")],
                 hexs(seed + "bnd", 30))
    hs += [("From", addr("Credly", "admin@credly.com")), ("To", E_USER),
           ("Subject", "Your Credly account merge verification code"),
           ("Date", rfc(d)), ("Message-ID", f"<{hexs(seed+'m',22)}@credly.com>")]
    emit("039-sofia-credly-self-merge-code.eml", hs, body,
         label("unrelated", None, [], True))



# ============================================================ CASE F
# Tanaka Misaki, Google Workspace (Gmail, Japanese UI), form desk answered in
# Japanese (Shift_JIS), keep AWS05573180
F_USER = "misaki.tanaka@kanade-data.co.jp"
F_FORM = "aws-cs-trainingcertification-form@amazon.com"
F_OPEN = dt("2025-07-14 01:12:50")
F_CASE = str(int(F_OPEN.timestamp())) + "00158"
F_SUBJ = f"[CASE {F_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
F_RE = "RE:" + F_SUBJ
F_OLD, F_KEEP = "AWS31807729", "AWS05573180"
F_SIG = """中村 亜希子
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""


def gmail_ja_attr(d, who):
    wd = "月火水木金土日"[d.weekday()]
    return f"{d.year}年{d.month}月{d.day}日({wd}) {d.hour}:{d.minute:02d} {who}:"


def f_sent(fname, d, seed, new, quoted_text, qd, in_reply, refs, lab):
    attr = gmail_ja_attr(qd.astimezone(JST), f"Amazon Web Services <{F_FORM}>")
    plain = new + "\n" + attr + "\n\n" + quote(quoted_text.rstrip("\n")) + "\n"
    html = ("<div dir=\"ltr\">" + text2html(new) + "</div><br><div class=\"gmail_quote gmail_quote_container\">"
            "<div dir=\"ltr\" class=\"gmail_attr\">" + attr.replace("<", "&lt;").replace(">", "&gt;") +
            "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
            "rgb(204,204,204);padding-left:1ex\">" + text2html(quoted_text) + "</blockquote></div>\n")
    body = multi("alternative", [part(plain, charset="UTF-8", cte="base64"),
                                 part(html, "html", charset="UTF-8", cte="base64")],
                 "000000000000" + hexs(seed + "b", 16))
    hs = [("MIME-Version", "1.0"), ("References", " ".join(f"<{r}>" for r in refs)),
          ("In-Reply-To", f"<{in_reply}>"),
          ("From", addr("田中 美咲", F_USER)), ("Date", rfc(d)),
          ("Message-ID", f"<CAK{b64s(seed+'m', 38).replace('/', 'e').replace('+', 'W')}@mail.gmail.com>"),
          ("Subject", "Re: " + F_RE), ("To", addr("Amazon Web Services", F_FORM))]
    emit(fname, hs, body, lab)


def build_F():
    frm = addr("Amazon Web Services", F_FORM)
    # ---- 040 acknowledgement (English template, QP)
    d = F_OPEN + timedelta(seconds=38)
    t = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to confirm that we have received your request. A
case has been created for you:

    Case ID:       {F_CASE}
    Inquiry type:  Certification
    Detail:        Account Merge

A member of our team will review your request and respond to you, usually
within 24 hours. Response times may be longer during periods of high volume.

Please do not submit another form for the same request; additional cases for
the same issue can delay our response. If you need to add information, reply
to this e-mail and keep the case number in the subject line.

Regards,
AWS Training and Certification
"""
    body = multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html_wrap(text2html(t)), "html", cte="quoted-printable")],
                 "----=_Part_8810234_1551902231." + str(int(d.timestamp() * 1000)))
    aws_gmail_mail("040-tanaka-form-ack.eml", d, "F40", frm, F_USER, F_SUBJ, body,
                   label("case_created", F_CASE, [], True))

    # ---- 041 agent (Japanese, Shift_JIS 8bit) asks for the other account
    d41 = dt("2025-07-15 01:05:27")
    t41 = f"""田中 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
カスタマーサポートの中村と申します。

アカウント統合のご依頼につきまして、フォームにご記載いただいた候補者 ID（{F_OLD}）のアカウントは確認できました。
恐れ入りますが、もう一方のアカウントを特定するため、以下の情報をご返信いただけますでしょうか。

・もう一方のアカウントのサインインに使用しているメールアドレス
・（お分かりになれば）そのアカウントの候補者 ID
・統合後に残したいアカウントはどちらか

情報をいただき次第、確認を進めさせていただきます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

{F_SIG}
"""
    body = part(t41, charset="Shift_JIS", codec="cp932", cte="8bit")
    mid41 = aws_gmail_mail("041-tanaka-agent-asks-other-account-ja.eml", d41, "F41", frm, F_USER, F_RE, body,
                           label("support_reply", F_CASE, [F_OLD], True, "ja"))

    # ---- 042 Tanaka answers (Sent, Gmail JA)
    d42 = dt("2025-07-15 12:41:09", JST)
    new = f"""中村様

お世話になっております。田中です。
ご確認いただきありがとうございます。

もう一方のアカウントは会社のメールアドレス（{F_USER}）で登録しており、候補者 ID は AWS05573180 です。
今後は会社のアドレスで管理したいので、こちらのアカウントを残していただけますと幸いです。

どうぞよろしくお願いいたします。

田中 美咲
"""
    f_sent("042-tanaka-sent-other-account-info-ja.eml", d42, "F42", new, t41, d41, mid41, [mid41],
           label("unrelated", F_CASE, [F_KEEP], None, "ja"))

    # ---- 043 confirmation request (Shift_JIS, quoted-printable)
    d43 = dt("2025-07-16 02:30:45")
    t43 = f"""田中 美咲 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの中村でございます。
ご返信いただき、ありがとうございます。

両方のアカウントを確認いたしました。以下の内容で統合を行わせていただきます。

■ 統合後に残るアカウント
　候補者 ID：AWS-05573180
　メールアドレス：{F_USER}

■ 統合されるアカウント（統合後は利用できなくなります）
　候補者 ID：aws31807729
　メールアドレス：misaki.t.0412@gmail.com

統合により、認定資格・受験履歴・特典はすべて残るアカウントへ移行されます。
なお、統合後に元の状態へ戻すことはできませんので、内容に相違がないかご確認ください。

上記の内容でよろしければ、本メールへのご返信にてその旨をお知らせください。
ご返信を確認でき次第、手続きを開始いたします。

{F_SIG}

-----Original Message-----
{new}"""
    body = part(t43, charset="Shift_JIS", codec="cp932", cte="quoted-printable")
    mid43 = aws_gmail_mail("043-tanaka-agent-confirm-before-merge-ja.eml", d43, "F43", frm, F_USER, F_RE, body,
                           label("merge_confirmation_requested", F_CASE, [F_OLD, F_KEEP], True, "ja"))

    # ---- 044 Tanaka confirms (Sent), Japanese + English line
    d44 = dt("2025-07-16 13:02:58", JST)
    new = """中村様

お世話になっております。田中です。

内容に相違ございません。統合の手続きを進めてください。
The details are correct. Please proceed with the merge.

よろしくお願いいたします。

田中 美咲
"""
    f_sent("044-tanaka-sent-please-proceed-ja.eml", d44, "F44", new, t43.split("-----Original Message-----")[0],
           d43, mid43, [mid41, mid43], label("unrelated", F_CASE, [], None, "ja"))

    # ---- 045 thanks for confirming, we will proceed (Shift_JIS base64)
    d = dt("2025-07-17 00:48:13")
    t = f"""田中 美咲 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの中村でございます。

ご確認いただき、誠にありがとうございます。
これより担当部署にて統合の手続きを進めてまいります。手続きの完了までには、通常 1～3 営業日ほどお時間をいただいております。
完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

なお、手続きが完了するまでの間は、新しい試験のご予約はお控えいただきますようお願いいたします。

{F_SIG}
"""
    body = part(t, charset="Shift_JIS", codec="cp932", cte="base64")
    aws_gmail_mail("045-tanaka-agent-thanks-proceeding-ja.eml", d, "F45", frm, F_USER, F_RE, body,
                   label("support_reply", F_CASE, [], True, "ja"))

    # ---- 046 merge completed (Shift_JIS 8bit)
    d = dt("2025-07-18 06:15:02")
    t = f"""田中 美咲 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの中村でございます。

大変お待たせいたしました。ご依頼いただいておりましたアカウントの統合が完了いたしましたので、ご報告いたします。
今後は、候補者 ID AWS05573180（{F_USER}）にてサインインのうえ、各種サービスをご利用ください。

サインイン後、保有されている認定資格や特典が正しく表示されていることをご確認ください。
Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

{F_SIG}
"""
    body = part(t, charset="Shift_JIS", codec="cp932", cte="8bit")
    aws_gmail_mail("046-tanaka-agent-merge-complete-ja.eml", d, "F46", frm, F_USER, F_RE, body,
                   label("merge_completed", F_CASE, [F_KEEP], True, "ja"))

    # ---- 047 survey (HTML only, Japanese, UTF-8 base64)
    d = dt("2025-07-21 06:16:40")
    h = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td>
<p>いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>
<p>ケース <b>{F_CASE}</b> は解決済みとしてクローズされました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間は 1 分ほどです）。</p>
<p style="font-size:16px"><b>お問い合わせの問題は解決しましたか？</b></p>
<p><a href="https://survey.aws-tc.amazon.com/s?c={F_CASE}&amp;r=1&amp;l=ja" style="background:#ec7211;color:#fff;padding:8px 20px;text-decoration:none">はい</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc.amazon.com/s?c={F_CASE}&amp;r=0&amp;l=ja" style="background:#545b64;color:#fff;padding:8px 20px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください：
<a href="https://survey.aws-tc.amazon.com/s?c={F_CASE}&amp;q=2&amp;v=5&amp;l=ja">★★★★★</a>
<a href="https://survey.aws-tc.amazon.com/s?c={F_CASE}&amp;q=2&amp;v=1&amp;l=ja">★</a></p>
<p>問題が解決していない場合は、このメールにご返信いただくとケースが再開されます。</p>
<p>AWS トレーニングと認定</p>
</td></tr></table></td></tr></table>"""
    body = part(html_wrap(h, "アンケート"), "html", cte="base64")
    aws_gmail_mail("047-tanaka-case-closed-survey-ja.eml", d, "F47", frm, F_USER,
                   ew(f"[CASE {F_CASE}] お問い合わせに関するアンケートのお願い"), body,
                   label("survey", F_CASE, [], True, "ja"))



# ---------------------------------------------------------------- Yahoo
def yahoo_in(to, d, host, ip, mailfrom, ar, seed, spf_line):
    return [
        ("X-Apparently-To", f"{to}; {rfc(d + timedelta(seconds=1))}"),
        ("Return-Path", f"<{mailfrom}>"),
        ("Received-SPF", spf_line),
        ("X-YMailISG", b64s(seed + "isg", 60).replace("+", "_").replace("/", ".")),
        ("X-Originating-IP", f"[{ip}]"),
        ("Authentication-Results", ar),
        ("Received", f"from 127.0.0.1  (EHLO {host}) ({ip})\n  by mta{digits(seed+'y1',4)}.mail.gq1.yahoo.com with SMTPS; {rfc(d)}"),
    ]


def ar_yahoo(sel, dkim_dom, dkim, spf, mf_dom, dmarc, from_dom, pol="QUARANTINE"):
    node = "atlas-production.v2.mail-gq1.yahoo.com"
    dk = f" dkim={dkim} header.i=@{dkim_dom} header.s={sel};\n" if dkim_dom else f" dkim={dkim};\n"
    return (f"{node};\n{dk} spf={spf} smtp.mailfrom={mf_dom};\n dmarc={dmarc}(p={pol}) header.from={from_dom};")


# ============================================================ CASE G
# Lucas Ferreira, Yahoo, console desk, THREE accounts, keep AWS12240967
G_USER = "lucas.ferreira_dev@yahoo.com.br"
G_NR = "no-reply-aws@amazon.com"
G_OPEN = dt("2025-09-08 15:20:33")
G_CASE = str(int(G_OPEN.timestamp())) + "01927"
G_TOPIC = "Merge three AWS Certification accounts into one"
G_KEEP, G_B, G_C = "AWS12240967", "AWS26618305", "AWS33092751"
G_FOOT = f"""We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{{name}}
Amazon Web Services

To contact us again about this case, please return to the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""


def aws_yahoo_mail(fname, d, seed, subject, body, lab):
    host, ip = ses_host(seed)
    mid = ses_msgid(d, seed)
    mailfrom = mid.split("@")[0] + "@amazonses.com"
    ar = ar_yahoo(AMZ_SEL, "amazon.com", "pass", "pass", "amazonses.com", "pass", "amazon.com")
    hs = yahoo_in(G_USER, d + timedelta(seconds=1), host, ip, mailfrom, ar, seed,
                  f"pass (domain of amazonses.com designates {ip} as permitted sender)")
    hs += aws_signed(d, seed)
    hs += [("Date", rfc_nopad(d)), ("From", addr("Amazon Web Services", G_NR)), ("To", G_USER),
           ("Message-ID", f"<{mid}>"), ("Subject", subject)]
    hs += aws_tail(d, ip)
    emit(fname, hs, body, lab)
    return mid


def build_G():
    # ---- 048 console case opened
    d = G_OPEN + timedelta(seconds=27)
    t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {G_CASE} to address your issue.

Case ID: {G_CASE}
Subject: {G_TOPIC}
Severity: General guidance

You can view and reply to this case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=en

This email address does not accept replies. To add information to your case, please use the Support Center.

Sincerely,
Amazon Web Services
"""
    h = f"""<div style="max-width:640px;font-family:'Amazon Ember',Arial,sans-serif">
<p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case {G_CASE} to address your issue.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #e9ebed">
<tr><td><b>Case ID</b></td><td>{G_CASE}</td></tr>
<tr><td><b>Subject</b></td><td>{G_TOPIC}</td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr></table>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&amp;language=en">View case in the Support Center</a></p>
<p style="color:#5f6b7a;font-size:12px">This email address does not accept replies. To add information to your case, please use the Support Center.</p>
<p>Sincerely,<br>Amazon Web Services</p></div>"""
    body = multi("alternative", [part(t, cte="quoted-printable"), part(html_wrap(h), "html", cte="quoted-printable")],
                 "----=_Part_33091827_2100459123." + str(int(d.timestamp() * 1000)))
    aws_yahoo_mail("048-lucas-console-case-opened.eml", d, "G48",
                   f"Amazon Web Services: You have opened a new Support case: {G_CASE}", body,
                   label("case_created", G_CASE, [], True))

    # ---- 049 agent question about a pending exam appointment (not a merge confirmation)
    d = dt("2025-09-09 13:44:08")
    t = f"""Hello Lucas,

Thank you for reaching out. I'm Beatriz from the AWS Training and Certification team and I'll be handling your request.

I have found all three accounts you listed. Before I can prepare the merge, there is one thing I need to check with you: the account AWS 33092751 has an exam appointment booked with Pearson VUE for 24 September 2025 (AWS Certified Developer - Associate, online proctored).

An account that has a pending exam appointment cannot be merged. Would you prefer to:

  (a) keep the appointment and sit the exam first - we would then continue with the request after your result is released, or
  (b) cancel or reschedule the appointment now in your Pearson VUE dashboard, so we can continue right away?

Please let me know which option you prefer by replying in the Support Center.

""" + G_FOOT.replace("{name}", "Beatriz A.")
    body = multi("alternative", [part(t, cte="quoted-printable"), part(html_wrap(text2html(t)), "html", cte="quoted-printable")],
                 "----=_Part_33920176_990124771." + str(int(d.timestamp() * 1000)))
    aws_yahoo_mail("049-lucas-agent-asks-about-pending-exam.eml", d, "G49",
                   f"RE:[CASE {G_CASE}] {G_TOPIC}", body,
                   label("support_reply", G_CASE, [G_C], True))

    # ---- 050 detour: Pearson VUE reschedule confirmation
    d = dt("2025-09-09 22:10:41")
    seed = "G50"
    host, ip = "mail-out7.pearson.com", "159.182.13.71"
    mailfrom = "bounce-mc.us12_" + digits(seed, 8) + "@pearsonvue.com"
    ar = ar_yahoo("pvue2023", "pearson.com", "pass", "pass", "pearsonvue.com", "pass", "pearson.com", pol="REJECT")
    hs = yahoo_in(G_USER, d + timedelta(seconds=1), host, ip, mailfrom, ar, seed,
                  f"pass (domain of pearsonvue.com designates {ip} as permitted sender)")
    hs += [("DKIM-Signature", dkim_sig(d, "pearson.com", "pvue2023", seed + "d", headers="From:Date:Subject:To:MIME-Version:Content-Type"))]
    t = f"""Dear Lucas Ferreira,

Thank you for rescheduling your exam with Pearson VUE. Please review the details of your new appointment below.

Candidate ID: {G_C}
Registration ID: 518720394
Exam: DVA-C02: AWS Certified Developer - Associate
Language: English
Delivery: Online (OnVUE)
New date and time: Wednesday, October 15, 2025 at 10:00 AM BRT (America/Sao_Paulo)
Previous appointment: Wednesday, September 24, 2025 (cancelled)

Before your exam:
- Run the system test on the computer you will use for the exam.
- Check in up to 30 minutes before your appointment.
- Have a valid, government-issued ID ready.

To view, reschedule or cancel this appointment, sign in to your AWS Certification account and go to "Manage Pearson VUE exams".

Pearson VUE
https://home.pearsonvue.com/aws
"""
    body = multi("alternative", [part(t, cte="quoted-printable"), part(html_wrap(text2html(t), "Pearson VUE"), "html", cte="quoted-printable")],
                 "----=_NextPart_" + hexs(seed + "b", 24).upper())
    hs += [("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", G_USER),
           ("Subject", "Confirmation of your rescheduled Pearson VUE exam appointment"),
           ("Date", rfc(d)), ("Message-ID", f"<{digits(seed+'m',12)}.{hexs(seed+'n',8)}@pearson.com>")]
    emit("050-lucas-pearson-vue-rescheduled.eml", hs, body,
         label("unrelated", None, [G_C], False))

    # ---- 051 confirmation request for the three accounts
    d = dt("2025-09-10 12:02:55")
    t = f"""Hello Lucas,

Thank you for rescheduling the exam - I can see that the appointment on the account has been moved to October, so we can now continue.

Here is a summary of the merge we are going to perform. Please read it carefully:

  Primary account (this one stays):
    AWS12240967 - {G_USER}

  Accounts that will be merged into the primary account and then deactivated:
    AWS26618305 - lferreira@instituto-atlantico.edu.br
    AWS33092751 - lucas.ferreira@cloudpraia.com.br

Your certifications, exam history and benefits from all three accounts, as well as the Developer - Associate appointment on 15 October, will be available under AWS12240967 after the merge. Please be aware that this process is irreversible: we cannot split the accounts again afterwards.

If this is correct, please reply in the Support Center with "I confirm" and we will submit the request.

""" + G_FOOT.replace("{name}", "Beatriz A.")
    body = multi("alternative", [part(t, cte="base64"), part(html_wrap(text2html(t)), "html", cte="base64")],
                 "----=_Part_34200971_1834509921." + str(int(d.timestamp() * 1000)))
    aws_yahoo_mail("051-lucas-agent-confirm-three-accounts.eml", d, "G51",
                   f"RE:[CASE {G_CASE}] {G_TOPIC}", body,
                   label("merge_confirmation_requested", G_CASE, [G_KEEP, G_B, G_C], True))

    # ---- 052 phishing: forged amazon.com "merge completed, verify now" (dmarc=fail),
    #      with a forged pass header lower down
    d = dt("2025-09-11 04:37:19")
    seed = "G52"
    host, ip = "vps-3f21a9.contabo-host.net", "62.171.140.88"
    mailfrom = "support@aws-cert-portal.net"
    ar = ar_yahoo("", None, "none", "pass", "aws-cert-portal.net", "fail", "amazon.com")
    hs = yahoo_in(G_USER, d + timedelta(seconds=1), host, ip, mailfrom, ar, seed,
                  f"pass (domain of aws-cert-portal.net designates {ip} as permitted sender)")
    hs += [("Authentication-Results", "mx.aws-cert-portal.net;\n dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com"),
           ("Received", f"from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTPSA id 4cN2xQ1sKpz9v\n\tfor <{G_USER}>; {rfc(d)}")]
    t = """Amazon Web Services

Your AWS Certification accounts have been merged

Hello,

The merge of your AWS Certification accounts has been completed successfully. All certifications are now stored in one account.

To keep your certifications and badges active, you must verify the merged account within 48 hours. Unverified accounts will be locked and certifications may be lost.

Verify merged account: https://aws-cert-portal.net/verify?session=9c1e77ab

Thank you,
AWS Training and Certification
"""
    h = """<div style="background:#f5f5f5;padding:20px"><div style="max-width:580px;margin:auto;background:#fff;padding:24px">
<div style="font-size:22px;color:#232f3e"><b>amazon</b> web services</div>
<h2>Your AWS Certification accounts have been merged</h2>
<p>Hello,</p>
<p>The merge of your AWS Certification accounts has been completed successfully. All certifications are now stored in one account.</p>
<p>To keep your certifications and badges active, you must <b>verify the merged account within 48 hours</b>. Unverified accounts will be locked and certifications may be lost.</p>
<p><a href="https://aws-cert-portal.net/verify?session=9c1e77ab" style="background:#ff9900;color:#111;padding:10px 24px;text-decoration:none;font-weight:bold">Verify merged account</a></p>
<p>Thank you,<br>AWS Training and Certification</p></div></div>"""
    body = multi("alternative", [part(t, cte="quoted-printable"), part(html_wrap(h), "html", cte="quoted-printable")],
                 "=_" + hexs(seed + "b", 32))
    hs += [("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")), ("To", G_USER),
           ("Subject", "Your AWS Certification accounts have been merged - action required"),
           ("Date", rfc(d)), ("Message-ID", f"<{hexs(seed+'m',24)}@aws-cert-portal.net>"),
           ("X-Priority", "1 (Highest)")]
    emit("052-phish-forged-amazon-merge-done-verify.eml", hs, body,
         label("merge_completed", None, [], False))

    # ---- 053 genuine merge completed
    d = dt("2025-09-12 17:29:03")
    t = f"""Hello Lucas,

Thank you for confirming in the Support Center.

The request has been processed: AWS26618305 and AWS33092751 have been merged into AWS12240967, which is now your only AWS Certification account. You will find all of your certifications, your exam history and your rescheduled Developer - Associate appointment there.

Please note that we never ask you to "verify" a merged account through a link, so if you receive such a message please ignore it.

Credly badges from the merged accounts will be re-issued to {G_USER}. You should receive the Credly e-mails within the next few days.

""" + G_FOOT.replace("{name}", "Beatriz A.")
    body = multi("alternative", [part(t, cte="quoted-printable"), part(html_wrap(text2html(t)), "html", cte="quoted-printable")],
                 "----=_Part_34998102_417701223." + str(int(d.timestamp() * 1000)))
    aws_yahoo_mail("053-lucas-agent-request-processed.eml", d, "G53",
                   f"RE:[CASE {G_CASE}] {G_TOPIC}", body,
                   label("merge_completed", G_CASE, [G_KEEP, G_B, G_C], True))

    # ---- 054 Credly: badges ready to accept
    d = dt("2025-09-14 10:05:47")
    seed = "G54"
    host, ip = "o1.em6917.credly.com", "149.72.166.21"
    mailfrom = f"bounces+3310952-{hexs(seed,4)}-{G_USER.replace('@','=')}@em6917.credly.com"
    ar = ar_yahoo("s1", "credly.com", "pass", "pass", "em6917.credly.com", "pass", "credly.com", pol="NONE")
    hs = yahoo_in(G_USER, d + timedelta(seconds=1), host, ip, mailfrom, ar, seed,
                  f"pass (domain of em6917.credly.com designates {ip} as permitted sender)")
    hs += [("DKIM-Signature", dkim_sig(d, "credly.com", "s1", seed + "c",
                                       headers="from:mime-version:subject:to:content-type"))]
    t = """Hi Lucas,

Amazon Web Services Training and Certification issued you 2 badges. Accept them to add them to your profile:

- AWS Certified Cloud Practitioner
  https://www.credly.com/earner/earned/badge/3e0f3c1a-8b44-4f8e-9a57-2c1d1e1d6b70?accept=true
- AWS Certified Solutions Architect – Associate
  https://www.credly.com/earner/earned/badge/a97d1f02-54be-4d8b-8e4e-6f0e5a3cbb19?accept=true

Accepted badges can be shared on LinkedIn, added to your resume and verified by employers.

Credly
"""
    h = html_wrap("""<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<p style="font-size:20px">Hi Lucas,</p>
<p>Amazon Web Services Training and Certification issued you <b>2 badges</b>. Accept them to add them to your profile:</p>
<table cellpadding="10"><tr>
<td align="center"><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="90"><br>AWS Certified Cloud Practitioner<br>
<a href="https://www.credly.com/earner/earned/badge/3e0f3c1a-8b44-4f8e-9a57-2c1d1e1d6b70?accept=true" style="color:#ff6b00">Accept badge</a></td>
<td align="center"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="90"><br>AWS Certified Solutions Architect &ndash; Associate<br>
<a href="https://www.credly.com/earner/earned/badge/a97d1f02-54be-4d8b-8e4e-6f0e5a3cbb19?accept=true" style="color:#ff6b00">Accept badge</a></td></tr></table>
<p style="font-size:12px;color:#777">Credly, Inc. &middot; 2 Park Ave, New York, NY 10016</p></div>""", "Credly")
    body = multi("alternative", [part(t, cte="quoted-printable"), part(h, "html", cte="quoted-printable")],
                 hexs(seed + "bnd", 30))
    hs += [("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
           ("To", G_USER), ("Subject", "Lucas, your badges are ready to accept"),
           ("Date", rfc(d)), ("Message-ID", f"<{hexs(seed+'m',22)}@credly.com>")]
    emit("054-lucas-credly-two-badges-ready.eml", hs, body,
         label("credly_badge_issued", None, [], True))



# ------------------------------------- on-prem Exchange behind Proofpoint (no AR)
def pp_exchange_in(to, d, host, ip, seed):
    t = d + timedelta(seconds=2)
    return [
        ("Received", f"from BWL-EXCH02.brightwave.local (10.20.1.12) by BWL-EXCH01.brightwave.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14 via Mailbox\n Transport; {rfc(t, NYC)}"),
        ("Received", f"from mx0b-00482201.pphosted.com (10.20.0.25) by BWL-EXCH02.brightwave.local\n (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14 via Frontend\n Transport; {rfc(t, NYC)}"),
        ("Received", f"from pps.filterd (m0184930.ppops.net [127.0.0.1])\n\tby mx0b-00482201.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id {digits(seed+'p1',2)}A{hexs(seed+'p2',9).upper()}\n\tfor <{to}>; {rfc(d + timedelta(seconds=1), NYC)}"),
        ("Received", f"from {host} ({host} [{ip}])\n\tby mx0b-00482201.pphosted.com (PPS) with ESMTPS id 4a{hexs(seed+'p3',8)}-1\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <{to}>; {rfc(d, NYC)} ({d.astimezone(NYC).strftime('%Z')})"),
        ("X-Proofpoint-GUID", b64s(seed + "g1", 32).replace("+", "x").replace("/", "Q")),
        ("X-Proofpoint-ORIG-GUID", b64s(seed + "g1", 32).replace("+", "x").replace("/", "Q")),
        ("X-Proofpoint-Virus-Version", f"vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1121,Hydra:6.1.9,FMLib:17.12.80.40\n definitions={d.strftime('%Y-%m-%d')}_03,{d.strftime('%Y-%m-%d')}_01,2025-10-01_01"),
        ("X-Proofpoint-Spam-Details", "rule=outbound_notspam policy=outbound score=0 spamscore=0 bulkscore=0\n malwarescore=0 phishscore=0 adultscore=0 mlxlogscore=829 clxscore=1011\n lowpriorityscore=0 suspectscore=0 impostorscore=0 priorityscore=1501 mlxscore=0\n classifier=spam adjust=0 reason=mlx scancount=1 engine=8.19.0-2510240001\n definitions=main-" + d.strftime('%y%m%d') + "0123"),
    ]


# ============================================================ CASE H
# Emily Chen, corporate Exchange (no Authentication-Results), form desk,
# keep AWS29406617, voucher question
H_USER = "emily.chen@brightwave-labs.com"
H_FORM = "aws-cs-trainingcertification-form@amazon.com"
H_OPEN = dt("2025-11-03 16:05:12")
H_CASE = str(int(H_OPEN.timestamp())) + "00734"
H_SUBJ = f"[CASE {H_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
H_RE = "RE: " + H_SUBJ
H_OLD, H_KEEP = "AWS08815532", "AWS29406617"


def aws_pp_mail(fname, d, seed, frm, subject, body, lab, sel=AMZ_SEL):
    host, ip = ses_host(seed)
    mid = ses_msgid(d, seed)
    hs = pp_exchange_in(H_USER, d, host, ip, seed)
    hs += aws_signed(d, seed, sel)
    hs += [("From", frm), ("To", H_USER), ("Subject", subject),
           ("Date", rfc_nopad(d)), ("Message-ID", f"<{mid}>")]
    hs += aws_tail(d, ip)
    hs += [("Return-Path", mid.split("@")[0] + "@amazonses.com"),
           ("X-MS-Exchange-Organization-AuthSource", "BWL-EXCH02.brightwave.local"),
           ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
           ("X-MS-Exchange-Transport-EndToEndLatency", "00:00:01.9281034")]
    emit(fname, hs, body, lab)
    return mid


def build_H():
    frm = addr("Amazon Web Services", H_FORM)
    # ---- 055 acknowledgement
    d = H_OPEN + timedelta(seconds=44)
    t = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to confirm that we have received your request. A
case has been created for you:

    Case ID:       {H_CASE}
    Inquiry type:  Certification
    Detail:        Account Merge

A member of our team will review your request and respond to you, usually
within 24 hours. Response times may be longer during periods of high volume.

Please do not submit another form for the same request; additional cases for
the same issue can delay our response. If you need to add information, reply
to this e-mail and keep the case number in the subject line.

Regards,
AWS Training and Certification
"""
    body = multi("alternative", [part(t, cte="quoted-printable"),
                                 part(html_wrap(text2html(t)), "html", cte="quoted-printable")],
                 "----=_Part_9920184_118834712." + str(int(d.timestamp() * 1000)))
    aws_pp_mail("055-emily-form-ack.eml", d, "H55", frm, H_SUBJ, body,
                label("case_created", H_CASE, [], None))

    # ---- 056 detour: Amazon Seller Central case in the same subject style
    d = dt("2025-11-04 14:22:37")
    sc_case = "17604418521"
    t = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your listing for "Brightwave Labs LED Desk Lamp, Warm White" (ASIN B0CXR7Q2LM). The listing was suppressed because the product identifier did not match the brand registry record. I have updated the record and the listing is active again. It may take up to 24 hours for the change to show on the detail page.

Was this response helpful? Please rate it using the Yes or No buttons on the case page in Seller Central:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={sc_case}

Thank you for selling on Amazon,
Lorenzo M.
Amazon Selling Partner Support

This e-mail was sent from a notification-only address that cannot accept incoming e-mail. Please do not reply to this message.
"""
    body = multi("alternative", [part(t, cte="quoted-printable"), part(html_wrap(text2html(t), "Seller Central"), "html", cte="quoted-printable")],
                 "----=_Part_77102345_1299120034." + str(int(d.timestamp() * 1000)))
    aws_pp_mail("056-emily-seller-central-case-lookalike.eml", d, "H56",
                addr("Amazon Selling Partner Support", "seller-notification@amazon.com"),
                f"RE:[CASE {sc_case}] Listing suppressed - ASIN B0CXR7Q2LM", body,
                label("unrelated", sc_case, [], None), sel=AMZ_SEL)

    # ---- 057 confirmation request
    d57 = dt("2025-11-04 18:40:03")
    t57 = f"""Hello Emily,

Thank you for your patience. My name is Chidi and I've picked up your request.

I found both of your AWS Certification profiles. Before we make any change, please double-check the details below:

  - {H_OLD} (emily.chen@brightwave-labs.com) - this profile will be closed
  - {H_KEEP} (emily.c.chen@gmail.com) - this profile will be kept

Everything from {H_OLD} (certifications, transcript and exam history) will be moved into {H_KEEP}. You will sign in with emily.c.chen@gmail.com afterwards, while notifications can still be sent to your work address if you prefer. Please keep in mind that we can't reverse a merge once it is done.

Could you reply to this message and let me know that we can go ahead?

Kind regards,

Chidi O.
Training and Certification Customer Service
Amazon Web Services
"""
    body = multi("alternative", [part(t57, cte="quoted-printable"), part(html_wrap(text2html(t57)), "html", cte="quoted-printable")],
                 "----=_Part_9988120_7220031." + str(int(d57.timestamp() * 1000)))
    mid57 = aws_pp_mail("057-emily-agent-please-double-check.eml", d57, "H57", frm, H_RE, body,
                        label("merge_confirmation_requested", H_CASE, [H_OLD, H_KEEP], None))

    # ---- 058 Emily confirms + voucher question (Outlook desktop, -----Original Message-----)
    d = dt("2025-11-04 15:12:48", NYC)
    new = f"""Hi Chidi,

Confirmed - please go ahead and merge {H_OLD} into {H_KEEP}.

One question: I still have an unused 50% exam discount voucher on the work profile ({H_OLD}) from when I passed the SAA in June. Will that move over as well? I'm planning to book the SAP exam next month.

Thanks,
Emily

Emily Chen | Senior Cloud Engineer
Brightwave Labs | +1 (617) 555-0148

"""
    orig = f"""-----Original Message-----
From: Amazon Web Services <{H_FORM}>
Sent: Tuesday, November 4, 2025 1:40 PM
To: Emily Chen <{H_USER}>
Subject: {H_RE}

{t57}"""
    txt = new + orig
    body = part(txt, charset="us-ascii", cte="7bit")
    hs = [("From", addr("Emily Chen", H_USER)), ("To", addr("Amazon Web Services", H_FORM)),
          ("Subject", "RE: " + H_RE), ("Thread-Topic", H_RE),
          ("Thread-Index", "AQHbTx" + b64s("H58ti", 30) + "=="),
          ("Date", rfc(d)),
          ("Message-ID", f"<{hexs('H58m',32)}@BWL-EXCH01.brightwave.local>"),
          ("References", f"<{mid57}>"), ("In-Reply-To", f"<{mid57}>"),
          ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("X-MS-Exchange-Organization-AuthAs", "Internal"),
          ("X-MS-Exchange-Organization-AuthMechanism", "04"),
          ("X-MS-Exchange-Organization-AuthSource", "BWL-EXCH01.brightwave.local"),
          ("X-Mailer", "Microsoft Outlook 16.0")]
    emit("058-emily-sent-confirmed-voucher-question.eml", hs, body,
         label("unrelated", H_CASE, [H_OLD, H_KEEP], None), crlf=True)

    # ---- 059 merge completed + voucher answer
    d = dt("2025-11-06 12:17:29")
    t = f"""Hello Emily,

Thanks for confirming. The merge has gone through: {H_KEEP} now holds all of your certifications and exam history, and {H_OLD} has been closed.

About your voucher: benefits are carried over with the merge, so the unused 50% discount voucher from your work profile is now listed under Benefits in {H_KEEP}. It keeps its original expiry date, so please check that date before booking the SAP exam.

Your Credly badges will be re-issued to the e-mail address on the remaining profile; you may receive a separate e-mail from Credly to accept them.

Kind regards,

Chidi O.
Training and Certification Customer Service
Amazon Web Services

-----Original Message-----
{new}"""
    body = multi("alternative", [part(t, cte="quoted-printable"), part(html_wrap(text2html(t)), "html", cte="quoted-printable")],
                 "----=_Part_10022984_1788810201." + str(int(d.timestamp() * 1000)))
    aws_pp_mail("059-emily-agent-merge-through-voucher-kept.eml", d, "H59", frm, H_RE, body,
                label("merge_completed", H_CASE, [H_OLD, H_KEEP], None))

    # ---- 060 closure + rating request (plain text only)
    d = dt("2025-11-07 12:20:11")
    t = f"""Hello,

Case {H_CASE} has been resolved and is now closed.

Tell us about your experience: how satisfied were you with the help you received?
https://survey.aws-tc.amazon.com/s?c={H_CASE}&src=email

  Very satisfied  |  Satisfied  |  Neutral  |  Dissatisfied  |  Very dissatisfied

Your answers go directly to the AWS Training and Certification support team and help us improve.

If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened.

AWS Training and Certification
"""
    body = part(t, cte="7bit", charset="us-ascii")
    aws_pp_mail("060-emily-case-closed-satisfaction.eml", d, "H60", frm,
                f"[CASE {H_CASE}] Your case is closed - how satisfied were you?", body,
                label("survey", H_CASE, [], None))


# ================================================================== main
if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    build_A()
    build_B()
    build_C()
    build_D()
    build_E()
    build_F()
    build_G()
    build_H()
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print(len(LABELS), "mails written")
