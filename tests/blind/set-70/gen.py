#!/usr/bin/env python3
"""Generate set-70: three inboxes (EN / JA / bilingual) over a month each."""
import base64, hashlib, json, os, quopri, random, uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email.policy import compat32
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(70)

UTC = timezone.utc
CDT = timezone(timedelta(hours=-5))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
JST = timezone(timedelta(hours=9))

def D(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)

def case15(dt, suffix):
    return f"{int(dt.timestamp())}{suffix}"

# ---------------------------------------------------------------- case ids
A_CASE = case15(D(2025, 9, 5, 15, 41, 7), "07731")
A_BILL = case15(D(2025, 9, 8, 13, 2, 44), "05212")
P_CASE = case15(D(2025, 9, 15, 16, 20, 3), "08857")
B_FORM = case15(D(2025, 10, 6, 11, 18, 30), "00391")
B_CON = case15(D(2025, 10, 14, 1, 5, 12), "01607")
C_CASE = case15(D(2025, 11, 5, 0, 47, 55), "02948")
Y_CASE = case15(D(2025, 11, 20, 2, 11, 40), "00164")
R_EC2 = case15(D(2025, 12, 2, 5, 33, 21), "09902")
SELLER = "6120947385"
PH_A = "12840357719"
PH_B = "176052219803315"
PH_C = "9481023375"

# ---------------------------------------------------------------- helpers
def b64chars(n):
    return base64.b64encode(rnd.randbytes(n * 3 // 4 + 3)).decode()[:n]

def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))

def fold(name, value, width=76):
    """Fold a header value on spaces (for long ASCII values)."""
    words = value.split(" ")
    lines, cur = [], name + ": "
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip() not in (name + ":",):
            lines.append(cur.rstrip())
            cur = " " + w + " "
        else:
            cur += w + " "
    lines.append(cur.rstrip())
    return "\n".join(lines)

def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return fold("Subject", s)
    except UnicodeEncodeError:
        h = Header(s, charset, header_name="Subject")
        return "Subject: " + h.encode(maxlinelen=76, linesep="\n")

def enc_addr(name, addr, charset="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@:;"'):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>" if name else addr
    except UnicodeEncodeError:
        return Header(name, charset).encode() + f" <{addr}>"

def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, codec=None):
    codec = codec or charset
    raw = text.replace("\r\n", "\n").encode(codec)
    p = MIMENonMultipart("text", subtype, charset=label or charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p

def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative")
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    m.set_boundary(boundary or ("----=_Part_%d_%d.%d" % (rnd.randint(10**5, 10**7), rnd.randint(10**7, 10**9), rnd.randint(10**12, 10**13))))
    return m

def html_of(text, title=None, footer=""):
    import html as H
    paras = text.strip().split("\n\n")
    body = "\n".join("<p>" + H.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    t = f"<title>{H.escape(title)}</title>" if title else ""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8">{t}</head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">\n'
            f"{body}\n{footer}</body></html>\n")

def body_bytes(m):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n")).flatten(m)
    return buf.getvalue()

def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000)
    return f"<0100{ms:012x}-{uuid.UUID(int=rnd.getrandbits(128))}-000000@email.amazonses.com>"

def dkim_sig(d, s, t, h="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    b = b64chars(344)
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={s}; d={d}; t={int(t.timestamp())};\n"
            f"\th={h};\n"
            f"\tbh={b64chars(43)}=;\n"
            f"\tb={b[:70]}\n\t{b[70:140]}\n\t{b[140:210]}\n\t{b[210:280]}\n\t{b[280:]}")

def rfc(dt):
    return format_datetime(dt)

def rfc_tzname(dt, name):
    return format_datetime(dt) + f" ({name})"

# -------------------------------------------------------- receiving traces
def trace_gmail(rcpt, dt, sender_host, sender_ip, mailfrom, verdicts):
    """verdicts: dict dkim=[(res, domain, sel)], spf=res, dmarc=(res, policy, from_domain) or None"""
    rt = dt.astimezone(PDT) + timedelta(seconds=rnd.randint(1, 4))
    gid = f"{hexs(13)}-{hexs(11)}si{rnd.randint(1000000,9999999)}{hexs(2)}.{rnd.randint(10,300)}.{rt.strftime('%Y.%m.%d.%H.%M.%S')}"
    lines = []
    ar = ["Authentication-Results: mx.google.com;"]
    for res, dom, sel in verdicts.get("dkim", []):
        if res == "none":
            continue
        ar.append(f"       dkim={res} header.i=@{dom} header.s={sel} header.b={b64chars(8)};")
    spf = verdicts.get("spf", "pass")
    if spf == "pass":
        ar.append(f"       spf=pass (google.com: domain of {mailfrom} designates {sender_ip} as permitted sender) smtp.mailfrom={mailfrom}{';' if verdicts.get('dmarc') else ''}")
    elif spf == "softfail":
        ar.append(f"       spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {sender_ip} as permitted sender) smtp.mailfrom={mailfrom}{';' if verdicts.get('dmarc') else ''}")
    else:
        ar.append(f"       spf={spf} (google.com: domain of {mailfrom} does not designate {sender_ip} as permitted sender) smtp.mailfrom={mailfrom}{';' if verdicts.get('dmarc') else ''}")
    if verdicts.get("dmarc"):
        res, pol, fd = verdicts["dmarc"]
        ar.append(f"       dmarc={res} ({pol}) header.from={fd}")
    ar_text = "\n".join(ar)
    lines.append(f"Delivered-To: {rcpt}")
    lines.append(f"Received: by 2002:a05:7208:{hexs(4)}:b0:{hexs(2)}:{hexs(4)}:{hexs(4)} with SMTP id {hexs(2)}csp{rnd.randint(100000,999999)}rbm;\n"
                 f"        {rfc_tzname(rt + timedelta(seconds=1), 'PDT' if rt.utcoffset()==timedelta(hours=-7) else 'PST')}")
    lines.append(f"X-Google-Smtp-Source: AGHT+I{b64chars(60)}")
    lines.append(f"X-Received: by 2002:a05:6214:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {hexs(16)}mr{rnd.randint(1000000,9999999)}qvb.{rnd.randint(10,99)}.{rt.strftime('%H%M%S')};\n"
                 f"        {rfc_tzname(rt + timedelta(seconds=1), 'PDT')}")
    lines.append(f"ARC-Seal: i=1; a=rsa-sha256; t={int(rt.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64chars(70)}\n         {b64chars(70)}\n         {b64chars(40)}==")
    lines.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh={b64chars(43)}=;\n        fh={b64chars(43)}=;\n        b={b64chars(70)}\n         {b64chars(50)}==;\n        dara=google.com")
    lines.append("ARC-" + ar_text.replace("Authentication-Results: mx.google.com;", "Authentication-Results: i=1; mx.google.com;"))
    lines.append(f"Return-Path: <{mailfrom}>")
    lines.append(f"Received: from {sender_host} ({sender_host}. [{sender_ip}])\n"
                 f"        by mx.google.com with ESMTPS id {gid}\n"
                 f"        for <{rcpt}>\n"
                 f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                 f"        {rfc_tzname(rt, 'PDT')}")
    spfword = {"pass": "Pass", "softfail": "SoftFail", "fail": "Fail", "neutral": "Neutral"}[spf]
    lines.append(f"Received-SPF: {spf} (google.com: domain of {mailfrom} {'designates' if spf=='pass' else 'does not designate'} {sender_ip} as permitted sender) client-ip={sender_ip};")
    lines.append(ar_text)
    return lines

def trace_nifty(rcpt, dt, sender_host, sender_ip, mailfrom, verdicts):
    rt = dt.astimezone(JST) + timedelta(seconds=rnd.randint(1, 5))
    parts = []
    spf = verdicts.get("spf", "pass")
    parts.append(f"spf={spf} smtp.mailfrom={mailfrom}")
    dk = [v for v in verdicts.get("dkim", []) if v[0] != "none"]
    if dk:
        for res, dom, sel in dk:
            parts.append(f"dkim={res} header.i=@{dom} header.s={sel}")
    else:
        parts.append("dkim=none")
    if verdicts.get("dmarc"):
        res, pol, fd = verdicts["dmarc"]
        parts.append(f"dmarc={res} header.from={fd}")
    ar = "Authentication-Results: nifty.com;\n " + ";\n ".join(parts)
    lines = [f"Return-Path: <{mailfrom}>",
             f"Delivered-To: {rcpt}",
             f"Received: from mta-fwd-e{rnd.randint(10,40)}.mail.nifty.com (localhost [127.0.0.1])\n\tby mbox-{rnd.randint(100,300)}.mail.nifty.com with LMTP id {b64chars(12)}\n\tfor <{rcpt}>; {rfc(rt + timedelta(seconds=2))}",
             ar,
             f"Received: from {sender_host} ([{sender_ip}])\n\tby mta-snd-e{rnd.randint(10,40)}.mail.nifty.com with ESMTP\n\tid <{rt.strftime('%Y%m%d%H%M%S')}.{hexs(8).upper()}.mta-snd-e0{rnd.randint(1,9)}@mail.nifty.com>\n\tfor <{rcpt}>; {rfc(rt)}",
             f"X-Nifty-SrcIP: [{sender_ip}]"]
    return lines

def trace_o365(rcpt, dt, sender_host, sender_ip, mailfrom, verdicts, internal=False):
    rt = dt.astimezone(JST).astimezone(UTC) + timedelta(seconds=rnd.randint(1, 5))
    mb = f"TYCPR01MB{rnd.randint(1000,9999)}"
    lines = [f"Received: from {mb}.jpnprd01.prod.outlook.com (2603:1096:400:{hexs(3)}::{rnd.randint(5,15)})\n by OS3PR01MB{rnd.randint(1000,9999)}.jpnprd01.prod.outlook.com with HTTPS; {rfc(rt + timedelta(seconds=2))}"]
    if internal:
        lines.append(f"Received: from {mb}.jpnprd01.prod.outlook.com ([fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}])\n by {mb}.jpnprd01.prod.outlook.com ([fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}%7]) with mapi id\n 15.20.9320.{rnd.randint(10,30)}; {rfc(rt)}")
        return lines
    pep = f"TY2PEPF0000{hexs(4).upper()}"
    lines.append(f"Received: from {pep}.apcprd03.prod.outlook.com (2603:1096:404:{hexs(2)}:cafe::{hexs(2)}) by\n {mb}.outlook.office365.com (2603:1096:400:{hexs(3)}::{rnd.randint(5,15)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9320.{rnd.randint(10,30)} via Frontend\n Transport; {rfc(rt + timedelta(seconds=1))}")
    spf = verdicts.get("spf", "pass")
    seg = [f"spf={spf} (sender IP is {sender_ip})\n smtp.mailfrom={mailfrom.split('@')[-1]}"]
    dk = [v for v in verdicts.get("dkim", []) if v[0] != "none"]
    if dk:
        seg += [f"dkim={res} ({'signature was verified' if res=='pass' else 'body hash did not verify'})\n header.d={dom}" for res, dom, sel in dk]
    else:
        seg.append("dkim=none (message not signed)\n header.d=none")
    dm = verdicts.get("dmarc")
    if dm:
        res, pol, fd = dm
        action = "none" if res == "pass" else verdicts.get("o365_action", "quarantine")
        seg.append(f"dmarc={res} action={action}\n header.from={fd}")
    seg.append(verdicts.get("compauth", "compauth=pass reason=100"))
    ar = "Authentication-Results: " + ";".join(seg)
    lines.append(ar)
    word = {"pass": "Pass", "softfail": "SoftFail", "fail": "Fail", "none": "None"}[spf]
    lines.append(f"Received-SPF: {word} (protection.outlook.com: domain of {mailfrom.split('@')[-1]}\n {'designates' if spf=='pass' else 'does not designate'} {sender_ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={sender_ip};\n helo={sender_host}; pr=C")
    lines.append(f"Received: from {sender_host} ({sender_ip}) by\n {pep}.mail.protection.outlook.com ({'10.167.248.%d' % rnd.randint(2,250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.9320.{rnd.randint(10,30)} via Frontend Transport; {rfc(rt)}")
    return lines

PROV = {"gmail": trace_gmail, "nifty": trace_nifty, "o365": trace_o365}

# ----------------------------------------------------------- sender presets
def aws_ses(region="us-east-1"):
    n = rnd.randint(2, 250)
    if region == "us-east-1":
        host, ip = f"a8-{n}.smtp-out.amazonses.com", f"54.240.8.{n}"
    else:
        host, ip = f"a27-{n}.smtp-out.{region}.amazonses.com", f"54.240.27.{n}"
    return host, ip

labels = {}
files = []

def emit(fn, meta, prov, rcpt, dt, from_h, to_h, subject, body, *, sender, mailfrom,
         dkim=(), spf="pass", dmarc=None, extra_top=(), extra=(), msgid=None,
         irt=None, refs=None, subj_charset="utf-8", internal=False, forged=None,
         cc=None, reply_to=None, o365_extra=None, verdict_extra=None):
    host, ip = sender
    verdicts = {"dkim": list(dkim), "spf": spf, "dmarc": dmarc}
    if verdict_extra:
        verdicts.update(verdict_extra)
    hdrs = []
    if prov == "o365":
        hdrs += trace_o365(rcpt, dt, host, ip, mailfrom, verdicts, internal=internal)
    else:
        hdrs += PROV[prov](rcpt, dt, host, ip, mailfrom, verdicts)
    if forged:
        hdrs += forged
    hdrs += list(extra_top)
    for res, dom, sel in dkim:
        if res != "none":
            hdrs.append(dkim_sig(dom, sel, dt))
    hdrs.append("From: " + from_h)
    if reply_to:
        hdrs.append("Reply-To: " + reply_to)
    hdrs.append("To: " + to_h)
    if cc:
        hdrs.append("Cc: " + cc)
    hdrs.append(enc_subject(subject, subj_charset))
    hdrs.append("Date: " + rfc(dt))
    hdrs.append("Message-ID: " + (msgid or ses_msgid(dt)))
    if irt:
        hdrs.append("In-Reply-To: " + irt)
    if refs:
        hdrs.append(fold("References", refs))
    hdrs += list(extra)
    if prov == "o365":
        hdrs += (o365_extra or [
            "X-MS-Exchange-Organization-ExpirationStartTime: " + rfc(dt.astimezone(UTC)).replace("+0000", "(UTC)"),
            "X-MS-Exchange-Organization-Network-Message-Id: " + str(uuid.UUID(int=rnd.getrandbits(128))),
            "X-MS-Exchange-Organization-SCL: 1",
            "X-MS-Exchange-Organization-AuthSource: TY2PEPF0000AB8A.apcprd03.prod.outlook.com",
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
        ])
    raw = ("\n".join(hdrs) + "\n").encode("ascii") + body_bytes(body)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(raw)
    labels[fn] = meta

def L(kind, case, ids, sv, lang):
    return {"kind": kind, "case_id": case, "account_ids": sorted(set(ids)), "sender_verified": sv, "language": lang}

AWSPASS_G = dict(dkim=[("pass", "amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz"), ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                 dmarc=("pass", "p=QUARANTINE sp=QUARANTINE dis=NONE", "amazon.com"))
AWSPASS = dict(dkim=[("pass", "amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz"), ("pass", "amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
               dmarc=("pass", "", "amazon.com"))
CREDLY = dict(dkim=[("pass", "credly.com", "s1"), ("pass", "sendgrid.info", "smtpapi")],
              dmarc=("pass", "p=REJECT sp=REJECT dis=NONE", "credly.com"))

def ses_from():
    ms = int(dt.timestamp() * 1000) - rnd.randint(300, 2500)
    return f"0100{ms:012x}-{uuid.UUID(int=rnd.getrandbits(128))}-000000@amazonses.com"

def credly_sender():
    n = rnd.randint(2, 250)
    return (f"o{n}.ptr{rnd.randint(1000,9999)}.mail.credly.com", f"149.72.{rnd.randint(1,250)}.{n}")

AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NR = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'

CONSOLE_FOOT_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

CONSOLE_FOOT_JA = """今回のご対応について、AWS サポートセンターで評価をお寄せください。各返信の右上にある星を選択して評価いただけます。

======================================================
本件について再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

（フェデレーションで接続している場合は、リンクを開く前にサインインしてください。）

※このメールは送信専用アドレスから送信されています。このメールに返信いただいてもお答えできませんので、ご了承ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""

# =====================================================================
# Inbox A: Daniel Whitaker, Gmail, September 2025 (English)
# =====================================================================
DAN = "dan.whitaker.84@gmail.com"
DAN_TO = f"Daniel Whitaker <{DAN}>"

# 001 GitHub merged PR
dt = D(2025, 9, 2, 15, 14, 22, PDT)
txt = f"""Merged #218 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/acme-infra/terraform-modules/pull/218#event-19384756201
You are receiving this because your review was requested.

Message ID: <acme-infra/terraform-modules/pull/218/issue_event/19384756201@github.com>
"""
htm = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/acme-infra/terraform-modules/pull/218">#218</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/acme-infra/terraform-modules/pull/218#event-19384756201">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3XK2">unsubscribe</a>.<br />You are receiving this because your review was requested.<img src="https://github.com/notifications/beacon/AB3XK2.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;acme-infra/terraform-modules/pull/218/issue_event/19384756201@github.com&gt;</span></span></p>
"""
emit("001-github-pr-218-merged.eml", L("unrelated", None, [], False, "en"), "gmail", DAN, dt,
     '"Lena Okafor" <notifications@github.com>',
     "acme-infra/terraform-modules <terraform-modules@noreply.github.com>",
     "Re: [acme-infra/terraform-modules] Consolidate duplicate account baseline modules (PR #218)",
     alt(part(txt, cte="quoted-printable"), part(htm, "html", cte="quoted-printable"), boundary="--==_mimepart_68b70bde4c2a1_3b8c10c81247"),
     sender=("out-21.smtp.github.com", "192.30.252.204"), mailfrom="noreply@github.com",
     dkim=[("pass", "github.com", "pf2023")], dmarc=("pass", "p=REJECT sp=REJECT dis=NONE", "github.com"),
     msgid="<acme-infra/terraform-modules/pull/218/issue_event/19384756201@github.com>",
     irt="<acme-infra/terraform-modules/pull/218@github.com>", refs="<acme-infra/terraform-modules/pull/218@github.com>",
     cc=f"Daniel Whitaker <{DAN}>, Review requested <review_requested@noreply.github.com>",
     extra=["List-ID: acme-infra/terraform-modules <terraform-modules.acme-infra.github.com>",
            "List-Unsubscribe: <mailto:unsub+AB3XK2@reply.github.com>",
            "X-GitHub-Reason: review_requested", "X-GitHub-Sender: lokafor", "Precedence: list"])

# 002 CertMetrics survey invite
dt = D(2025, 9, 3, 14, 2, 10, UTC)
txt = """Hello Daniel Whitaker,

AWS Certification Account: AWS17730592

Thank you for being part of the AWS Certified community. AWS Certification wants to hear from you!

We are conducting a short survey to understand how earning an AWS Certification has influenced your career and your work. The survey takes about 10 minutes, and your responses will help shape the future of the AWS Certification program.

Take the survey: https://www.certmetrics.com/amazon/survey/launch.aspx?t=Y2VydC0yMDI1LWltcGFjdA

The survey closes on September 30, 2025.

Thank you,
AWS Training and Certification

Please do not reply to this email. This mailbox is not monitored.
"""
emit("002-certmetrics-wants-to-hear.eml", L("unrelated", None, ["AWS17730592"], False, "en"), "gmail", DAN, dt,
     '"AWS Certification" <do-not-reply@certmetrics.com>', DAN,
     "AWS Certification wants to hear from you",
     alt(part(txt), part(html_of(txt, "AWS Certification"), "html")),
     sender=("mail-a12.certmetrics.com", "198.2.134.12"), mailfrom="bounce-mc.us7_88412.1203@mail12.certmetrics.com",
     dkim=[("pass", "certmetrics.com", "k1")], dmarc=("pass", "p=NONE sp=NONE dis=NONE", "certmetrics.com"),
     msgid=f"<{hexs(20)}@certmetrics.com>")

# 003 Credly expiry reminder
dt = D(2025, 9, 4, 16, 30, 44, UTC)
txt = """Hi Daniel,

Your badge AWS Certified Developer – Associate, issued by Amazon Web Services Training and Certification, will expire on December 3, 2025.

Expired badges remain on your profile but are marked as expired. To keep this credential current, visit the issuer's website to learn how to recertify:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/4d2a1f0e-91c7-4b3a-a5d8-0c7e6b1f2a93

The Credly Team
Credly, Inc. · 2 Park Avenue, New York, NY 10016
Manage email preferences: https://www.credly.com/users/email_preferences
"""
emit("003-credly-developer-badge-expires.eml", L("unrelated", None, [], True, "en"), "gmail", DAN, dt,
     CREDLY_FROM, DAN, "Your AWS Certified Developer – Associate badge expires in 90 days",
     alt(part(txt), part(html_of(txt), "html")),
     sender=credly_sender(), mailfrom="bounces+2213590-4c1e-dan.whitaker.84=gmail.com@em.credly.com", **{k: v for k, v in CREDLY.items()},
     msgid=f"<{b64chars(22).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-12>")

# 004 Form case acknowledgement (case_created)
dt = D(2025, 9, 5, 15, 41, 19, UTC)
txt = f"""Hello Daniel,

Thanks for getting in touch with AWS Training and Certification. Your request has been logged under reference {A_CASE}, and a member of our team will get back to you, typically within 24 hours.

To help us serve you quickly, please keep all correspondence about this request in this thread by replying to this e-mail, rather than submitting the form again. Duplicate requests can delay our response.

Summary of what you sent us:
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS04418273
  Description: I seem to have two certification profiles - aws17730592 under my personal gmail from 2021 and AWS04418273 under my work address. I'd like everything in one place.

Kind regards,
AWS Training and Certification Customer Support
"""
emit("004-tc-form-request-logged.eml", L("case_created", A_CASE, ["AWS04418273", "AWS17730592"], True, "en"), "gmail", DAN, dt,
     AWS_FORM, DAN, f"[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     alt(part(txt), part(html_of(txt, "AWS Training and Certification"), "html")),
     sender=aws_ses(), mailfrom=ses_from(), **AWSPASS_G)

# 005 Credit union statement
dt = D(2025, 9, 5, 21, 7, 3, UTC)
htm = """<html><body style="font-family:Verdana,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://www.firstharborcu.org/img/logo.png" alt="First Harbor Credit Union"><br><br>
<p>Hello DANIEL,</p>
<p>Your September eStatement for account ending in <b>4471</b> is now available in Online Banking.</p>
<p><a href="https://online.firstharborcu.org/statements">View your statement</a></p>
<p>For your security, we will never ask for your password or one-time code by email.</p>
<p style="font-size:11px;color:#777">First Harbor Credit Union &middot; Federally insured by NCUA &middot; Please do not reply to this message.</p>
</td></tr></table></body></html>
"""
emit("005-credit-union-estatement.eml", L("unrelated", None, [], False, "en"), "gmail", DAN, dt,
     '"First Harbor Credit Union" <alerts@firstharborcu.org>', DAN, "Your September eStatement is ready",
     part(htm, "html", cte="base64"),
     sender=("mta-204.notify.firstharborcu.org", "208.75.123.204"), mailfrom="bounce@notify.firstharborcu.org",
     dkim=[("pass", "firstharborcu.org", "fh1")], dmarc=("pass", "p=REJECT sp=REJECT dis=NONE", "firstharborcu.org"),
     msgid=f"<{hexs(16)}.{rnd.randint(10**6,10**7)}@notify.firstharborcu.org>")

# 006 Agent asks for more information
dt = D(2025, 9, 6, 17, 2, 38, UTC)
txt = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification. My name is Ravi and I'll be looking after your request.

I was able to locate the profile AWS04418273. For the second ID you mentioned (AWS17730592), the name on file is slightly different ("Dan Whitaker" rather than "Daniel J. Whitaker"), so before I go any further could you please reply with:

1. The e-mail address you use to sign in to each of the two profiles
2. Which of the two you would like to continue using going forward
3. A short note on why there are two profiles (for example, a change of employer)

As soon as I have these details I'll prepare the next steps for you.

Best regards,
Ravi K.
Amazon Web Services
Training and Certification Customer Support

---- Original Message ----
From: Daniel Whitaker
Sent: 2025-09-05 15:41 UTC
Subject: account-assistance

I seem to have two certification profiles - aws17730592 under my personal gmail from 2021 and AWS04418273 under my work address. I'd like everything in one place.
"""
emit("006-tc-agent-asks-login-emails.eml", L("support_reply", A_CASE, ["AWS04418273", "AWS17730592"], True, "en"), "gmail", DAN, dt,
     AWS_FORM, DAN, f"RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     part(txt), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS_G)

# 007 Phishing, look-alike domain (Junk) - fake confirmation request
dt = D(2025, 9, 7, 3, 18, 51, UTC)
htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://aws-certification-services.com/assets/aws-logo.png" alt="aws" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Dear Candidate,</p>
<p>We have received a request (Case {PH_A}) to merge the AWS Certification account <b>AWS00923811</b> into your primary certification profile.</p>
<p>Because this process is <b>permanent and cannot be undone</b>, we need you to confirm that you authorise it. Please verify your identity and approve the merge within <b>48 hours</b>:</p>
<p style="text-align:center"><a href="https://aws-certification-services.com/verify/merge?c={PH_A}" style="background:#ff9900;color:#16191f;padding:12px 28px;text-decoration:none;border-radius:3px">Confirm merge</a></p>
<p>If we do not receive your confirmation, both profiles may be suspended and your active certifications revoked until the matter is resolved.</p>
<p>Thank you,<br>AWS Training &amp; Certification Team</p>
</td></tr></table></td></tr></table></body></html>
"""
emit("007-junk-confirm-profile-consolidation.eml", L("merge_confirmation_requested", PH_A, ["AWS00923811"], False, "en"), "gmail", DAN, dt,
     '"AWS Training & Certification" <case-update@aws-certification-services.com>', DAN,
     f"Action required: confirm your AWS Certification account consolidation [Case {PH_A}]",
     part(htm, "html", cte="base64"),
     sender=("mail.aws-certification-services.com", "185.222.58.17"), mailfrom="case-update@aws-certification-services.com",
     dkim=[("pass", "aws-certification-services.com", "default")], dmarc=("pass", "p=NONE sp=NONE dis=NONE", "aws-certification-services.com"),
     msgid=f"<{hexs(24)}@aws-certification-services.com>",
     extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"])

# 008 Billing support case opened (other AWS case)
dt = D(2025, 9, 8, 13, 2, 51, UTC)
txt = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {A_BILL} to address your issue.

The details of your case are as follows:

Case ID: {A_BILL}
Subject: Charges after closing member account 441703928815
Severity: General guidance
Correspondence: I closed a member account in our organization on Aug 14 but the consolidated bill still shows EC2 and EBS charges for it after that date. Can you explain or refund?

We will respond to your case as soon as possible. You can view your case or add correspondence in the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={A_BILL}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
emit("008-aws-billing-case-opened.eml", L("unrelated", A_BILL, [], True, "en"), "gmail", DAN, dt,
     AWS_NR, DAN, f"Amazon Web Services: You have opened a new Support case: {A_BILL}",
     part(txt, charset="us-ascii", cte="7bit"), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS_G)

# 009 Genuine confirmation request (alt parts differ)
dt = D(2025, 9, 9, 14, 33, 5, UTC)
txt = f"""Hello Daniel,

Thank you for the details. Based on your reply, this is what I have prepared:

  Profile that will remain active: AWS04418273 (d.whitaker@acme-infra.io)
  Profile to be folded into it and then closed: AWS17730592 (dan.whitaker.84@gmail.com)

Afterwards your exam history, active certifications and any unused benefits from AWS17730592 will be shown under AWS04418273, and you will no longer be able to sign in to AWS17730592. Please be aware that this cannot be reversed once it has been carried out.

If everything above is correct, simply reply to this e-mail stating that you agree and I will submit it for processing. If anything should change (for example, you'd prefer to keep the other ID), let me know instead.

Best regards,
Ravi K.
Amazon Web Services

---- Original Message ----
From: dan.whitaker.84@gmail.com
Sent: 2025-09-06 16:48 UTC

Hi Ravi,

1. AWS04418273 -> d.whitaker@acme-infra.io, AWS17730592 -> dan.whitaker.84@gmail.com
2. I'd like to keep AWS04418273 (the work one)
3. I took my first exam before I joined Acme and registered with my personal address.

Thanks,
Dan
"""
htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Daniel,</p>
<p>Thank you for the details. Based on your reply, this is what I have prepared:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Remains active</th><td>AWS04418273</td><td>d.whitaker@acme-infra.io</td></tr>
<tr><th align="left">Folded in, then closed</th><td>AWS17730592</td><td>dan.whitaker.84@gmail.com</td></tr>
</table>
<p>Afterwards your exam history, active certifications and any unused benefits from AWS17730592 will be shown under AWS04418273, and you will no longer be able to sign in to AWS17730592. <b>Please be aware that this cannot be reversed once it has been carried out.</b></p>
<p>If everything above is correct, simply reply to this e-mail stating that you agree and I will submit it for processing. If anything should change, let me know instead.</p>
<p>Best regards,<br>Ravi K.<br>Amazon Web Services<br>Training and Certification Customer Support</p>
<hr>
<p style="color:#555">---- Original Message ----<br>From: dan.whitaker.84@gmail.com<br>Sent: 2025-09-06 16:48 UTC</p>
<blockquote style="color:#555">Hi Ravi,<br><br>1. AWS04418273 -&gt; d.whitaker@acme-infra.io, AWS17730592 -&gt; dan.whitaker.84@gmail.com<br>2. I'd like to keep AWS04418273 (the work one)<br>3. I took my first exam before I joined Acme and registered with my personal address.<br><br>Thanks,<br>Dan</blockquote>
</body></html>
"""
emit("009-tc-please-review-before-processing.eml", L("merge_confirmation_requested", A_CASE, ["AWS04418273", "AWS17730592"], True, "en"), "gmail", DAN, dt,
     AWS_FORM, DAN, f"RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     alt(part(txt), part(htm, "html")), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS_G)

# 010 Billing case reply (refund done) - other AWS case
dt = D(2025, 9, 9, 19, 47, 12, UTC)
txt = f"""Hello,

Thank you for your patience while I looked into this.

I reviewed the consolidated bill for your organization. The charges you noticed after August 14 relate to two EBS volumes and one Elastic IP that were still attached to member account 441703928815 during its 90-day post-closure period. As a one-time courtesy I have processed a credit of USD 42.17 to your management account. The adjustment has been completed and will appear on your September invoice.

To avoid similar charges in future, please delete resources before closing a member account.

Is there anything else I can help you with on this case?

Best regards,

Marisol G.
Amazon Web Services
Billing and Accounts

""" + CONSOLE_FOOT_EN.format(cid=A_BILL)
emit("010-aws-billing-credit-applied.eml", L("unrelated", A_BILL, [], True, "en"), "gmail", DAN, dt,
     AWS_NR, DAN, f"RE:[CASE {A_BILL}] Charges after closing member account 441703928815",
     part(txt, charset="us-ascii", cte="7bit"), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS_G)

# 011 Thank you for confirming, we will now proceed (support_reply) with nested quotes
dt = D(2025, 9, 10, 15, 20, 40, UTC)
txt = f"""Hello Daniel,

Thanks for getting back to me so quickly, and for confirming the details. I have now passed your request on to the team that handles profile changes, and they will carry it out on our side.

You don't need to do anything further for now. This usually takes one to three business days. As soon as it has gone through I will write to you again, and from then on you should see all of your certifications when you sign in with d.whitaker@acme-infra.io. Your Credly badges should follow a few days after that.

Best regards,
Ravi K.
Amazon Web Services

-----Original Message-----
From: dan.whitaker.84@gmail.com
Sent: Wed, 10 Sep 2025 03:10:22 +0000

Yes, those details are correct - please go ahead.

Dan

On Tue, Sep 9, 2025 at 9:33 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Daniel,
>
> Thank you for the details. Based on your reply, this is what I have prepared:
>
>   Profile that will remain active: AWS04418273 (d.whitaker@acme-infra.io)
>   Profile to be folded into it and then closed: AWS17730592 (dan.whitaker.84@gmail.com)
>
> Afterwards your exam history, active certifications and any unused benefits from AWS17730592 will be shown under AWS04418273, and you will no longer be able to sign in to AWS17730592. Please be aware that this cannot be reversed once it has been carried out.
>
> If everything above is correct, simply reply to this e-mail stating that you agree and I will submit it for processing.
>
> Best regards,
> Ravi K.
> Amazon Web Services
>
> > On Sat, Sep 6, 2025 at 11:48 AM Daniel Whitaker <dan.whitaker.84@gmail.com> wrote:
> > Hi Ravi,
> >
> > 1. AWS04418273 -> d.whitaker@acme-infra.io, AWS17730592 -> dan.whitaker.84@gmail.com
> > 2. I'd like to keep AWS04418273 (the work one)
> > 3. I took my first exam before I joined Acme and registered with my personal address.
"""
emit("011-tc-thanks-handed-to-team.eml", L("support_reply", A_CASE, [], True, "en"), "gmail", DAN, dt,
     AWS_FORM, DAN, f"RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     part(txt, cte="base64"), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS_G)

# 012 Newsletter (HTML only)
dt = D(2025, 9, 11, 12, 0, 3, UTC)
htm = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cloud Native Weekly #187</title></head>
<body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<h1 style="font-size:22px">Cloud Native Weekly &mdash; Issue #187</h1>
<p>Hi there &#128075; &mdash; here's what caught our eye this week.</p>
<h2 style="font-size:17px">Top stories</h2>
<ul>
<li><a href="https://cloudnativeweekly.dev/r/1871">Karpenter 1.6 brings consolidation budgets per node pool</a></li>
<li><a href="https://cloudnativeweekly.dev/r/1872">Why we merged 40 AWS accounts into 6 (and what broke)</a> &mdash; an honest write-up on multi-account sprawl.</li>
<li><a href="https://cloudnativeweekly.dev/r/1873">Passing the AWS Certified DevOps Engineer &ndash; Professional in 2025: a study plan</a></li>
<li><a href="https://cloudnativeweekly.dev/r/1874">OpenTofu 1.10 state encryption in practice</a></li>
</ul>
<h2 style="font-size:17px">Sponsored</h2>
<p>Stop guessing at your cloud bill. <a href="https://cloudnativeweekly.dev/r/1875">Try CostLens free for 30 days.</a></p>
<p style="font-size:12px;color:#888">You're receiving this because you subscribed at cloudnativeweekly.dev. <a href="https://cloudnativeweekly.dev/unsubscribe?u=8812">Unsubscribe</a></p>
</body></html>
"""
emit("012-newsletter-cloud-native-weekly.eml", L("unrelated", None, [], False, "en"), "gmail", DAN, dt,
     '"Cloud Native Weekly" <hello@cloudnativeweekly.dev>', DAN, "Cloud Native Weekly #187: consolidation, certs and state encryption",
     part(htm, "html"), sender=("mail187.atl121.mcsv.net", "198.2.187.121"), mailfrom="bounce-mc.us21_5512.187@mail187.atl121.mcsv.net",
     dkim=[("pass", "cloudnativeweekly.dev", "k2"), ("pass", "mcsv.net", "k3")], dmarc=("pass", "p=NONE sp=NONE dis=NONE", "cloudnativeweekly.dev"),
     msgid=f"<{hexs(24)}@mail187.atl121.mcsv.net>",
     extra=["List-Unsubscribe: <https://cloudnativeweekly.dev/unsubscribe?u=8812>", "Precedence: bulk"])

# 013 Completion, with the confirmation request quoted below
dt = D(2025, 9, 12, 16, 5, 9, UTC)
txt = f"""Hello Daniel,

Good news: the work on your certification profiles is finished. Everything that was held under AWS17730592 (exam history, active certifications and your unused exam benefit) now sits under AWS04418273, and the old profile has been retired. From now on please sign in with d.whitaker@acme-infra.io only.

Credly badges are re-issued separately and normally arrive within 3-5 business days at the e-mail address registered on AWS04418273.

If you have a moment, we'd appreciate your feedback on how this request was handled; a short survey will follow.

Best regards,
Ravi K.
Amazon Web Services

-----Original Message-----
From: dan.whitaker.84@gmail.com
Sent: Wed, 10 Sep 2025 03:10:22 +0000

Yes, those details are correct - please go ahead.

Dan

> Thank you for the details. Based on your reply, this is what I have prepared:
>
>   Profile that will remain active: AWS04418273 (d.whitaker@acme-infra.io)
>   Profile to be folded into it and then closed: AWS17730592 (dan.whitaker.84@gmail.com)
>
> Please be aware that this cannot be reversed once it has been carried out.
> If everything above is correct, simply reply to this e-mail stating that you agree.
"""
emit("013-tc-profiles-combined.eml", L("merge_completed", A_CASE, ["AWS04418273", "AWS17730592"], True, "en"), "gmail", DAN, dt,
     AWS_FORM, DAN, f"RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     alt(part(txt, cte="base64"), part(html_of(txt), "html", cte="base64")), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS_G)

# 014 Closure + survey (does not itself say the merge is done)
dt = D(2025, 9, 12, 16, 21, 30, UTC)
txt = f"""Hello Daniel,

Your case {A_CASE} has been marked as resolved and is now closed. If you need further help with the same request, reply to this e-mail within 14 days and the case will be reopened automatically.

Was your issue resolved?
YES: https://survey.aws-tc-support.amazon.com/s/{A_CASE}?r=1
NO:  https://survey.aws-tc-support.amazon.com/s/{A_CASE}?r=0

How would you rate the support you received? (1 = poor, 5 = excellent)
https://survey.aws-tc-support.amazon.com/s/{A_CASE}/rating

Your feedback helps us improve AWS Training and Certification Customer Support.

Thank you,
AWS Training and Certification
"""
htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Daniel,</p>
<p>Your case <b>{A_CASE}</b> has been marked as resolved and is now closed. If you need further help with the same request, reply to this e-mail within 14 days and the case will be reopened automatically.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/{A_CASE}?r=1" style="background:#1d8102;color:#fff;padding:8px 20px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="https://survey.aws-tc-support.amazon.com/s/{A_CASE}?r=0" style="background:#d13212;color:#fff;padding:8px 20px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received?<br>
<a href="https://survey.aws-tc-support.amazon.com/s/{A_CASE}/rating?s=1">&#9733;</a>
<a href="https://survey.aws-tc-support.amazon.com/s/{A_CASE}/rating?s=2">&#9733;&#9733;</a>
<a href="https://survey.aws-tc-support.amazon.com/s/{A_CASE}/rating?s=3">&#9733;&#9733;&#9733;</a>
<a href="https://survey.aws-tc-support.amazon.com/s/{A_CASE}/rating?s=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://survey.aws-tc-support.amazon.com/s/{A_CASE}/rating?s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p>Thank you,<br>AWS Training and Certification</p></body></html>
"""
emit("014-tc-case-closed-how-did-we-do.eml", L("survey", A_CASE, [], True, "en"), "gmail", DAN, dt,
     AWS_FORM, DAN, f"Your case {A_CASE} has been closed - tell us how we did",
     alt(part(txt), part(htm, "html")), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS_G)

# 015 Credly badge issued
dt = D(2025, 9, 13, 9, 12, 55, UTC)
txt = """Hi Daniel,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect – Associate.

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website:
https://www.credly.com/badges/8b41c0d2-6f3e-4a8b-9d0a-1e5f7c3b2a41/accept

Your badge tells the world what you know and can do. Claim it today!

The Credly Team
Manage email preferences: https://www.credly.com/users/email_preferences
"""
htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:30px;text-align:center">
<img src="https://images.credly.com/size/220x220/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt="AWS Certified Solutions Architect – Associate">
<h2 style="color:#1f2937">Hi Daniel, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect – Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/8b41c0d2-6f3e-4a8b-9d0a-1e5f7c3b2a41/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. · 2 Park Avenue, New York, NY 10016</p>
</td></tr></table></body></html>
"""
emit("015-credly-saa-badge-issued.eml", L("credly_badge_issued", None, [], True, "en"), "gmail", DAN, dt,
     CREDLY_FROM, DAN, "Daniel, you've earned a badge from Amazon Web Services Training and Certification!",
     alt(part(txt), part(htm, "html")),
     sender=credly_sender(), mailfrom="bounces+2213590-9a0f-dan.whitaker.84=gmail.com@em.credly.com", **CREDLY,
     msgid=f"<{hexs(22)}@geopod-ismtpd-7>")

# 016 Credly badge moved (HTML only)
dt = D(2025, 9, 13, 9, 13, 31, UTC)
htm = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td style="padding:28px">
<img src="https://images.credly.com/size/220x220/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt="AWS Certified Cloud Practitioner">
<p>Hi Daniel,</p>
<p>Following an update to your AWS Certification profile, your <b>AWS Certified Cloud Practitioner</b> badge (originally earned March 2, 2021) has been re-issued to this Credly account by Amazon Web Services Training and Certification.</p>
<p>It is ready for you now &mdash; accept it to display it on your profile.</p>
<p><a href="https://www.credly.com/badges/5c2e9a70-3d14-4e8f-b6a1-7f0d2c9e4b18/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#777">Questions? Visit <a href="https://support.credly.com">support.credly.com</a>.</p>
</td></tr></table></body></html>
"""
emit("016-credly-ccp-badge-reissued.eml", L("credly_badge_issued", None, [], True, "en"), "gmail", DAN, dt,
     CREDLY_FROM, DAN, "Your AWS Certified Cloud Practitioner badge is ready",
     part(htm, "html"),
     sender=credly_sender(), mailfrom="bounces+2213590-1b7e-dan.whitaker.84=gmail.com@em.credly.com", **CREDLY,
     msgid=f"<{hexs(22)}@geopod-ismtpd-3>")

# 017 Fake Credly badge (Junk)
dt = D(2025, 9, 15, 6, 44, 2, UTC)
htm = """<html><body style="font-family:Arial">
<div style="max-width:520px;margin:auto;border:1px solid #ddd;padding:24px">
<h2 style="color:#ff6b00">credly</h2>
<p>Hello,</p>
<p>A new badge has been issued to you by <b>Amazon Web Services</b>: <i>AWS Certified Solutions Architect &ndash; Professional</i>.</p>
<p>To claim your badge you must sign in with your AWS account credentials within <b>72 hours</b>, otherwise the badge will be revoked.</p>
<p style="text-align:center"><a href="http://credly-badge-center.com/claim/aws?id=771204" style="background:#ff6b00;color:#fff;padding:10px 26px;text-decoration:none">Claim my badge</a></p>
<p style="font-size:11px;color:#999">Credly Badges &copy; 2025</p></div></body></html>
"""
emit("017-junk-claim-your-badge-now.eml", L("credly_badge_issued", None, [], False, "en"), "gmail", DAN, dt,
     '"Credly Badges" <notify@credly-badge-center.com>', DAN, "Your AWS badge is waiting – claim within 72 hours",
     part(htm, "html", cte="base64"),
     sender=("vps-48211.hosted-by-ipxo.net", "45.134.26.77"), mailfrom="www-data@vps-48211.hosted-by-ipxo.net",
     dkim=[("none", "", "")], spf="softfail", dmarc=("fail", "p=NONE sp=NONE dis=NONE", "credly-badge-center.com"),
     msgid=f"<{hexs(16)}@vps-48211.hosted-by-ipxo.net>")

# 018 Colleague forwards her own case mail
dt = D(2025, 9, 18, 8, 41, 17, CDT)
fw_date = "Wed, Sep 17, 2025 at 8:12 PM"
txt = f"""Hey Dan,

You went through this last month, right? AWS sent me the mail below overnight - they want me to agree to fold aws-52093316 into AWS38810457. Is this the real thing or should I be worried? The links look OK to me but I really don't want to lose my SAA history.

Thanks!
Priya

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: {fw_date}
Subject: RE:[CASE {P_CASE}] [AWS Training and Certification Form Submission] - account-assistance
To: <priya.raman@acme-infra.io>


Hello Priya,

Thank you for your patience. Please review the following before we continue:

  Account to be kept: AWS38810457
  Account to be merged into it: AWS52093316

Once completed, the merge cannot be undone. Please reply to this e-mail to confirm that these details are correct.

Kind regards,
Marcus T.
Amazon Web Services
"""
htm = html_of(txt).replace("---------- Forwarded message ---------", '<div class="gmail_quote">---------- Forwarded message ---------')
emit("018-colleague-fwd-is-this-legit.eml", L("unrelated", P_CASE, ["AWS38810457", "AWS52093316"], False, "en"), "gmail", DAN, dt,
     '"Priya Raman" <priya.raman@acme-infra.io>', f'"Dan Whitaker" <{DAN}>',
     f"Fwd: RE:[CASE {P_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     alt(part(txt), part(htm, "html"), boundary="000000000000" + hexs(12)),
     sender=("mail-sor-f41.google.com", "209.85.220.41"), mailfrom="priya.raman@acme-infra.io",
     dkim=[("pass", "acme-infra.io", "google")], dmarc=("pass", "p=QUARANTINE sp=QUARANTINE dis=NONE", "acme-infra.io"),
     msgid=f"<CAH{b64chars(28).replace('/', 'Q')}@mail.gmail.com>")

# 019 Follow-up: still need help? (label says us-ascii, body is UTF-8 8bit)
dt = D(2025, 9, 22, 15, 9, 44, UTC)
txt = f"""Hello Daniel,

I’m following up on your note from September 15 about the 50% exam discount that used to appear on your old profile. I’ve raised this with our benefits team and asked them to make the voucher available again under AWS04418273 — they’ve told me this can take up to five business days.

In the meantime, is there anything else I can help you with on this case? If I don’t hear back from you within 72 hours, I’ll assume all is well and the case will be closed.

Best regards,
Ravi K.
Amazon Web Services
Training and Certification Customer Support
"""
emit("019-tc-checking-in-voucher.eml", L("support_reply", A_CASE, ["AWS04418273"], True, "en"), "gmail", DAN, dt,
     AWS_FORM, DAN, f"RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     part(txt, charset="utf-8", label="us-ascii", cte="8bit"), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS_G)

# 020 Amazon.com shipment
dt = D(2025, 9, 26, 18, 30, 2, UTC)
txt = """Hello Daniel,

Your package is on the way!

Order #113-4820195-7730652
Arriving Sunday, September 28

  Anker USB-C Hub, 7-in-1 (Qty: 1)

Track your package: https://www.amazon.com/gp/your-account/ship-track?orderId=113-4820195-7730652

Thank you for shopping with us.
Amazon.com
"""
emit("020-amazon-order-shipped.eml", L("unrelated", None, [], True, "en"), "gmail", DAN, dt,
     '"Amazon.com" <shipment-tracking@amazon.com>', DAN, "Shipped: \"Anker USB-C Hub, 7-in-1\"",
     alt(part(txt), part(html_of(txt, "Amazon.com"), "html")),
     sender=("a9-30.smtp-out.amazonses.com", "54.240.9.30"), mailfrom=ses_from(), **AWSPASS_G)

# 021 Pearson VUE appointment
dt = D(2025, 9, 29, 17, 55, 20, UTC)
txt = """Dear Daniel Whitaker,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: DOP-C02: AWS Certified DevOps Engineer - Professional
Candidate ID: AWS04418273
Registration ID: 512839027
Date and time: Tuesday, October 21, 2025 at 9:00 AM Central Daylight Time
Delivery: OnVUE online proctored
Language: English

Before your appointment, run the system test at https://home.pearsonvue.com/aws/onvue and have an acceptable, unexpired government-issued ID ready.

To reschedule or cancel, please do so at least 24 hours before your appointment at https://home.pearsonvue.com/aws.

Sincerely,
Pearson VUE
"""
emit("021-pearson-vue-dop-appointment.eml", L("unrelated", None, ["AWS04418273"], False, "en"), "gmail", DAN, dt,
     '"Pearson VUE" <pearsonvueconfirmation@pearson.com>', DAN,
     "Confirmation of your AWS Certified DevOps Engineer - Professional exam appointment",
     alt(part(txt), part(html_of(txt, "Pearson VUE"), "html")),
     sender=("mx0b-00155c01.pphosted.com", "148.163.159.28"), mailfrom="pearsonvueconfirmation@pearson.com",
     dkim=[("pass", "pearson.com", "selector1")], dmarc=("pass", "p=REJECT sp=REJECT dis=NONE", "pearson.com"),
     msgid=f"<{hexs(12)}.{rnd.randint(10**5,10**6)}@pearson.com>")

# =====================================================================
# Inbox B: 佐藤 美咲, nifty, October 2025 (Japanese)
# =====================================================================
MIS = "misaki.sato@nifty.com"
MIS_TO = enc_addr("佐藤 美咲", MIS, "iso-2022-jp")

# 022 Form acknowledgement, ISO-2022-JP, long encoded subject
dt = D(2025, 10, 6, 11, 18, 41, UTC)
txt = f"""佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。担当者が内容を確認のうえ、通常24時間以内にご連絡いたします。

受付番号: {B_FORM}
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS20581746
お問い合わせ内容:
学生時代に作成した認定アカウント (AWS09317265) と、現在使用しているアカウントがあります。ひとつにまとめたいです。

同じ内容で新しいお問い合わせを作成されますと、回答が遅れる場合がございます。追加の情報は本メールへの返信でお送りください。

AWS トレーニングと認定 カスタマーサポート
"""
emit("022-tc-form-uketsuke.eml", L("case_created", B_FORM, ["AWS09317265", "AWS20581746"], True, "ja"), "nifty", MIS, dt,
     AWS_FORM, MIS, f"[CASE {B_FORM}] 【受付完了】AWS トレーニングと認定へのお問い合わせ（アカウントに関するご相談）",
     part(txt, charset="iso-2022-jp", codec="iso2022_jp", cte="7bit"),
     sender=aws_ses("us-west-2"), mailfrom=ses_from(), subj_charset="iso-2022-jp", **AWSPASS)

# 023 Rakuten order (Shift_JIS, base64)
dt = D(2025, 10, 7, 12, 41, 9, JST)
txt = """佐藤 美咲 様

このたびは楽天市場をご利用いただき、ありがとうございます。
以下の内容でご注文を承りました。

[受注番号] 281937-20251007-0483920175
[日時] 2025-10-07 12:40:55
[ショップ名] 北欧雑貨のお店 ノルディカ
[商品] リネン ティータオル 2枚セット（ブルー）
[価格] 2,860円 x 1個
[送料] 無料
[合計] 2,860円
[お支払い方法] クレジットカード

ご注文内容の確認・キャンセルは「購入履歴」からご確認いただけます。
https://order.my.rakuten.co.jp/

楽天市場
※このメールは送信専用です。
"""
emit("023-rakuten-order-confirm.eml", L("unrelated", None, [], False, "ja"), "nifty", MIS, dt,
     enc_addr("楽天市場", "order@rakuten.co.jp", "iso-2022-jp"), MIS, "【楽天市場】注文内容ご確認（自動配信メール）",
     part(txt, charset="shift_jis", cte="base64"),
     sender=("mail-mx71.rakuten.co.jp", "133.237.16.71"), mailfrom="order-bounce@rakuten.co.jp",
     dkim=[("pass", "rakuten.co.jp", "rakuten")], dmarc=("pass", "", "rakuten.co.jp"),
     msgid=f"<{rnd.randint(10**11,10**12)}.{hexs(6)}@rakuten.co.jp>", subj_charset="iso-2022-jp")

# 024 connpass event newsletter (HTML only)
dt = D(2025, 10, 8, 18, 0, 12, JST)
htm = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>connpass</title></head>
<body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>佐藤 美咲 さん</p>
<p>あなたがメンバーになっているグループ「JAWS-UG 東京」で新しいイベントが公開されました。</p>
<h2 style="font-size:18px"><a href="https://jawsug.connpass.com/event/371204/">JAWS-UG 東京 #62 〜AWS 認定 全冠への道〜</a></h2>
<p>日時: 2025/11/12（水）19:00〜21:00<br>会場: 東京都品川区（オンライン配信あり）<br>参加枠: 現地参加 80名 / オンライン 300名</p>
<p>内容: 12冠達成者によるパネルディスカッション、試験対策 LT、再認定の仕組みの解説など</p>
<p><a href="https://jawsug.connpass.com/event/371204/">イベントページを見る</a></p>
<hr><p style="font-size:11px;color:#888">このメールは connpass から送信されています。通知設定は <a href="https://connpass.com/settings/">設定画面</a> から変更できます。</p>
</body></html>
"""
emit("024-connpass-jawsug-event.eml", L("unrelated", None, [], False, "ja"), "nifty", MIS, dt,
     '"connpass" <no-reply@connpass.com>', MIS, "【connpass】JAWS-UG 東京 #62 〜AWS 認定 全冠への道〜 が公開されました",
     part(htm, "html", cte="base64"),
     sender=("o1.mail.connpass.com", "167.89.101.51"), mailfrom="bounces+1840022-aa1c-misaki.sato=nifty.com@mail.connpass.com",
     dkim=[("pass", "connpass.com", "s1")], dmarc=("pass", "", "connpass.com"),
     msgid=f"<{b64chars(22).replace('/', 'a').replace('+', 'b')}@geopod-ismtpd-2>")

# 025 Junk: Amazon.co.jp look-alike phishing
dt = D(2025, 10, 9, 2, 12, 40, JST)
htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<div style="max-width:560px;margin:auto">
<p style="font-size:20px;font-weight:bold">amazon</p>
<p>お客様</p>
<p>お客様のアカウントに登録されているお支払い方法の有効期限が切れているため、アカウントを一時的に停止しました。</p>
<p>24時間以内に情報を更新されない場合、アカウントは永久に停止され、ご注文はキャンセルされます。</p>
<p style="text-align:center"><a href="https://amazon-co-jp.verify-center.top/signin" style="background:#f0c14b;padding:10px 30px;color:#111;text-decoration:none;border:1px solid #a88734">お支払い情報を更新する</a></p>
<p>Amazon.co.jp カスタマーサービス</p></div></body></html>
"""
emit("025-junk-amazon-account-suspended.eml", L("unrelated", None, [], False, "ja"), "nifty", MIS, dt,
     '"Amazon.co.jp" <account-update@amazon-co-jp.verify-center.top>', MIS,
     "【重要】Amazonアカウントの支払い方法を更新してください",
     part(htm, "html"),
     sender=("unknown.vps-cloud.cn", "103.151.44.219"), mailfrom="noreply@verify-center.top",
     dkim=[("none", "", "")], spf="fail", dmarc=("none", "", "amazon-co-jp.verify-center.top"),
     msgid=f"<{hexs(32)}@verify-center.top>",
     extra=["X-Mailer: Microsoft Outlook 16.0"])

# 026 Pearson VUE (Japanese)
dt = D(2025, 10, 10, 21, 3, 55, JST)
txt = """佐藤 美咲 様

ピアソン VUE をご利用いただき、ありがとうございます。
以下のとおり試験のご予約を承りました。

試験: MLA-C01: AWS Certified Machine Learning Engineer - Associate
受験者 ID: AWS20581746
登録 ID: 518204473
日時: 2025年10月25日（土）10:00（日本標準時）
会場: 大阪梅田テストセンター
言語: 日本語

受験当日は、有効期限内の本人確認書類を2点ご持参ください。
予約の変更・キャンセルは、試験開始の24時間前までに https://home.pearsonvue.com/aws から行ってください。

ピアソン VUE
"""
emit("026-pearson-vue-mla-yoyaku.eml", L("unrelated", None, ["AWS20581746"], False, "ja"), "nifty", MIS, dt,
     '"Pearson VUE" <pearsonvueconfirmation@pearson.com>', MIS,
     "AWS Certified Machine Learning Engineer - Associate 試験予約確認",
     alt(part(txt), part(html_of(txt), "html")),
     sender=("mx0a-00155c01.pphosted.com", "148.163.155.28"), mailfrom="pearsonvueconfirmation@pearson.com",
     dkim=[("pass", "pearson.com", "selector1")], dmarc=("pass", "", "pearson.com"),
     msgid=f"<{hexs(12)}.{rnd.randint(10**5,10**6)}@pearson.com>")

# 027 Console case opened (Japanese)
dt = D(2025, 10, 14, 1, 5, 21, UTC)
txt = f"""お客様各位

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {B_CON} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {B_CON}
件名: 認定アカウントの統合（フォームで問い合わせたが返信がない）
重要度: 一般的なガイダンス
内容: 10月6日にフォームから問い合わせましたが、まだ回答がありません。AWS09317265 を AWS20581746 にまとめていただきたいです。

できるだけ早く対応いたします。ケースの確認や情報の追加は、以下のリンクからサポートセンターで行ってください。

https://console.aws.amazon.com/support/home#/case/?displayId={B_CON}&language=ja

※このメールは送信専用アドレスから送信されています。返信はお受けできません。

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
emit("027-aws-console-case-sakusei.eml", L("case_created", B_CON, ["AWS09317265", "AWS20581746"], True, "ja"), "nifty", MIS, dt,
     AWS_NR, MIS, f"Amazon Web Services: 新しいサポートケースを作成しました: {B_CON}",
     part(txt, cte="base64"), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 028 AWS Builder ID verification code
dt = D(2025, 10, 15, 0, 22, 10, UTC)
txt = """Verify your AWS Builder ID email address

Hello,

To finish verifying your email address, enter the following code:

Verification code: 604118

This code expires 10 minutes after it was sent.

If you did not request this code, you can safely ignore this email.

Amazon Web Services
"""
emit("028-aws-builder-id-code.eml", L("unrelated", None, [], True, "en"), "nifty", MIS, dt,
     '"AWS" <no-reply@signin.aws>', MIS, "Verify your AWS Builder ID email address",
     alt(part(txt), part(html_of(txt), "html")),
     sender=aws_ses("us-west-2"), mailfrom=ses_from(),
     dkim=[("pass", "signin.aws", "kkrp2ig6n3kf3rvtsme5h7oyhmwexy2s"), ("pass", "amazonses.com", "hsbnp7p3ensaochzwyq5wwmceodymuwv")],
     dmarc=("pass", "", "signin.aws"))

# 029 Agent reply (Japanese): need info; duplicate form case will be closed
dt = D(2025, 10, 15, 2, 47, 3, UTC)
txt = f"""佐藤 様

AWS トレーニングと認定サポートの木村と申します。このたびはご不便をおかけし、申し訳ございません。

10月6日にフォームからお送りいただいたお問い合わせ（{B_FORM}）についても確認いたしました。同じご依頼のため、今後はこちらのケースで対応させていただき、フォームのお問い合わせは終了とさせていただきます。

手続きを進めるにあたり、恐れ入りますが以下の点をお知らせください。

・AWS 09317265 にご登録のメールアドレス
・aws20581746 にご登録のメールアドレス
・今後お使いになるアカウントはどちらか

ご返信は、サポートセンターのケース画面からお願いいたします。

よろしくお願いいたします。

木村
アマゾン ウェブ サービス

""" + CONSOLE_FOOT_JA.format(cid=B_CON)
emit("029-aws-kimura-kakunin-onegai.eml", L("support_reply", B_CON, ["AWS09317265", "AWS20581746"], True, "ja"), "nifty", MIS, dt,
     AWS_NR, MIS, f"RE:[CASE {B_CON}] 認定アカウントの統合（フォームで問い合わせたが返信がない）",
     part(txt), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 030 Form case closed as duplicate + survey (label Shift_JIS, bytes cp932)
dt = D(2025, 10, 15, 3, 10, 26, UTC)
txt = f"""佐藤 美咲 様

お問い合わせ（受付番号 {B_FORM}）は、別のケースで対応を継続するため、本日クローズいたしました。

今回の対応について、簡単なアンケートへのご協力をお願いいたします（所要時間 約１分）。

① 問題は解決しましたか？　　はい ／ いいえ
② 担当者の対応はいかがでしたか？　５段階でご評価ください
③ その他ご意見・ご要望

アンケートに回答する: https://survey.aws-tc-support.amazon.com/ja/s/{B_FORM}

※本メールへご返信いただくと、１４日以内であればケースを再開できます。

ＡＷＳ トレーニングと認定 カスタマーサポート
"""
emit("030-tc-form-closed-anketo.eml", L("survey", B_FORM, [], True, "ja"), "nifty", MIS, dt,
     AWS_FORM, MIS, f"ケース {B_FORM} はクローズされました（アンケートのお願い）",
     part(txt, charset="cp932", label="Shift_JIS", cte="8bit"),
     sender=aws_ses("us-west-2"), mailfrom=ses_from(), subj_charset="iso-2022-jp", **AWSPASS)

# 031 Credit card statement
dt = D(2025, 10, 16, 9, 0, 4, JST)
txt = """佐藤 美咲 様

いつも三井住友カードをご利用いただき、ありがとうございます。
2025年11月10日お支払い分のご利用明細が確定しましたのでお知らせいたします。

ご利用明細は Vpass またはアプリにログインしてご確認ください。
https://www.smbc-card.com/mem/index.jsp

※本メールは送信専用アドレスからお送りしています。
※当社がメールでパスワードや暗証番号をお尋ねすることはありません。

三井住友カード株式会社
"""
emit("031-smbc-card-meisai.eml", L("unrelated", None, [], False, "ja"), "nifty", MIS, dt,
     enc_addr("三井住友カード", "statement@vpass.ne.jp", "iso-2022-jp"), MIS, "【三井住友カード】ご利用明細確定のお知らせ",
     part(txt, charset="iso-2022-jp", codec="iso2022_jp", cte="7bit"),
     sender=("mail31.vpass.ne.jp", "210.150.36.31"), mailfrom="bounce@vpass.ne.jp",
     dkim=[("pass", "vpass.ne.jp", "vpass1")], dmarc=("pass", "", "vpass.ne.jp"),
     msgid=f"<{rnd.randint(10**13,10**14)}@vpass.ne.jp>", subj_charset="iso-2022-jp")

# 032 Genuine confirmation request (Japanese, ISO-2022-JP)
dt = D(2025, 10, 17, 7, 22, 48, UTC)
txt = f"""佐藤 様

ご回答いただきありがとうございます。いただいた情報をもとに、以下のとおりお手続きの準備をいたしました。

【引き続きご利用いただくアカウント】
AWS20581746（misaki.sato@nifty.com）

【統合後に閉鎖されるアカウント】
AWS09317265（m.sato@st.kansai-tech.ac.jp）

お手続き後は、AWS09317265 の受験履歴・認定資格・特典が AWS20581746 に表示されるようになり、AWS09317265 ではサインインできなくなります。一度実施すると元に戻すことはできませんので、ご注意ください。

上記の内容でよろしければ、サポートセンターのケース画面から「同意します」とご返信ください。変更がある場合も、その旨お知らせください。

よろしくお願いいたします。

木村
アマゾン ウェブ サービス

""" + CONSOLE_FOOT_JA.format(cid=B_CON)
emit("032-aws-kimura-naiyou-goshounin.eml", L("merge_confirmation_requested", B_CON, ["AWS09317265", "AWS20581746"], True, "ja"), "nifty", MIS, dt,
     AWS_NR, MIS, f"RE:[CASE {B_CON}] 認定アカウントの統合（フォームで問い合わせたが返信がない）",
     part(txt, charset="iso-2022-jp", codec="iso2022_jp", cte="7bit"), sender=aws_ses(), mailfrom=ses_from(),
     subj_charset="iso-2022-jp", **AWSPASS)

# 033 Junk: spoofed amazon.com From, top AR dmarc=fail, forged lower AR pass
dt = D(2025, 10, 17, 12, 51, 3, UTC)
htm = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<div style="max-width:600px;margin:auto;border-top:4px solid #ff9900;padding:20px">
<p><b>Amazon Web Services</b></p>
<p>お客様</p>
<p>AWS認定アカウント <b>AWS33102958</b> の統合リクエスト（ケース {PH_B}）を受け付けました。</p>
<p>統合は一度実行すると取り消すことができません。ご本人確認のため、<b>24時間以内</b>に下記ボタンからサインインし、統合内容を承認してください。</p>
<p style="text-align:center"><a href="https://aws-cert-jp.support-verify.top/login?case={PH_B}" style="background:#ff9900;color:#000;padding:10px 30px;text-decoration:none">統合内容を承認する</a></p>
<p>期限内に承認いただけない場合、保有されている認定資格はすべて無効となります。</p>
<p>アマゾン ウェブ サービス<br>トレーニングと認定</p></div></body></html>
"""
forged = ["Authentication-Results: amazon.com;\n dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com"]
emit("033-junk-aws-merge-shounin-onegai.eml", L("merge_confirmation_requested", PH_B, ["AWS33102958"], False, "ja"), "nifty", MIS, dt,
     AWS_NR, MIS, f"【要対応】AWS認定アカウント統合の最終確認（ケース {PH_B}）",
     part(htm, "html"),
     sender=("mail.mail-jp-notify.top", "194.156.98.40"), mailfrom="bounce-7731@mail-jp-notify.top",
     dkim=[("none", "", "")], spf="fail", dmarc=("fail", "", "amazon.com"), forged=forged,
     msgid=f"<{hexs(20)}@mail-jp-notify.top>")

# 034 Thank you for confirming (Japanese) - history without quote markers
dt = D(2025, 10, 18, 0, 34, 17, UTC)
txt = f"""佐藤 様

ご確認いただき、ありがとうございます。
いただいたご同意をもとに、担当部署へ作業を依頼いたしました。処理には通常1〜3営業日ほどかかります。

作業が終わりましたら、改めてこちらからご連絡いたします。それまでの間、旧アカウントでの試験予約などはお控えください。

よろしくお願いいたします。

木村
アマゾン ウェブ サービス

--- これまでのやり取り ---

[お客様] 2025/10/17 21:04
内容に相違ありません。同意します。よろしくお願いします。

[アマゾン ウェブ サービス] 2025/10/17 16:22
佐藤 様
ご回答いただきありがとうございます。いただいた情報をもとに、以下のとおりお手続きの準備をいたしました。
【引き続きご利用いただくアカウント】
AWS20581746（misaki.sato@nifty.com）
【統合後に閉鎖されるアカウント】
AWS09317265（m.sato@st.kansai-tech.ac.jp）
一度実施すると元に戻すことはできませんので、ご注意ください。

""" + CONSOLE_FOOT_JA.format(cid=B_CON)
emit("034-aws-kimura-sagyou-irai.eml", L("support_reply", B_CON, [], True, "ja"), "nifty", MIS, dt,
     AWS_NR, MIS, f"RE:[CASE {B_CON}] 認定アカウントの統合（フォームで問い合わせたが返信がない）",
     part(txt, cte="base64"), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 035 Colleague (Gmail-JP style quote)
dt = D(2025, 10, 20, 9, 12, 33, JST)
txt = """佐藤さん

資料ありがとうございます！確認しました。構成図わかりやすいです。

ところで、前に言ってた認定アカウントをひとつにまとめる件、もう終わりました？
僕も前の会社で作ったアカウントが残ってるので、手順を教えてもらえるとうれしいです。

高橋

2025年10月19日(日) 22:41 佐藤美咲 <misaki.sato@nifty.com>:

> 高橋さん
>
> 来週の勉強会の資料を共有します。
> https://docs.google.com/presentation/d/1xQ8-mLa/edit
> 当日は前半30分を私が、後半を高橋さんにお願いできればと思います。
>
> 佐藤
"""
emit("035-takahashi-benkyoukai-shiryou.eml", L("unrelated", None, [], False, "ja"), "nifty", MIS, dt,
     enc_addr("高橋 健太", "k.takahashi@hanamizuki-soft.co.jp"), MIS_TO, "Re: 来週のAWS勉強会の資料",
     alt(part(txt, cte="base64"), part(html_of(txt), "html", cte="base64"), boundary="000000000000" + hexs(12)),
     sender=("mail-sor-f69.google.com", "209.85.220.69"), mailfrom="k.takahashi@hanamizuki-soft.co.jp",
     dkim=[("pass", "hanamizuki-soft.co.jp", "google")], dmarc=("pass", "", "hanamizuki-soft.co.jp"),
     msgid=f"<CAK{b64chars(30).replace('/', 'Z')}@mail.gmail.com>",
     irt="<CAP7yq3M0x9bLw4e2D=QYc8rT1vF@mail.gmail.com>", refs="<CAP7yq3M0x9bLw4e2D=QYc8rT1vF@mail.gmail.com>")

# 036 Completion (Japanese) + closing, confirmation quoted below
dt = D(2025, 10, 21, 5, 48, 20, UTC)
txt = f"""佐藤 様

お待たせいたしました。
旧アカウント AWS09317265 に登録されていた受験履歴、認定資格、特典は、すべて AWS20581746 へ移行いたしました。AWS09317265 は無効化済みですので、今後は misaki.sato@nifty.com でサインインしてください。

Credly のデジタルバッジは、数営業日以内に新しいアカウントのメールアドレス宛てに再発行されます。

本ケースはこれで終了とさせていただきます。後ほどお送りするアンケートにご協力いただけますと幸いです。

木村
アマゾン ウェブ サービス

--- これまでのやり取り ---
[アマゾン ウェブ サービス] 2025/10/17 16:22
【引き続きご利用いただくアカウント】AWS20581746
【統合後に閉鎖されるアカウント】AWS09317265
上記の内容でよろしければ、サポートセンターのケース画面から「同意します」とご返信ください。

""" + CONSOLE_FOOT_JA.format(cid=B_CON)
emit("036-aws-kimura-ikou-shimashita.eml", L("merge_completed", B_CON, ["AWS09317265", "AWS20581746"], True, "ja"), "nifty", MIS, dt,
     AWS_NR, MIS, f"RE:[CASE {B_CON}] 認定アカウントの統合（フォームで問い合わせたが返信がない）",
     alt(part(txt, cte="base64"), part(html_of(txt), "html", cte="base64")), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 037 Console survey (Japanese)
dt = D(2025, 10, 21, 6, 30, 2, UTC)
txt = f"""お客様各位

ケース {B_CON} は解決済みとしてクローズされました。

AWS サポートの品質向上のため、今回のご対応についてのご意見をお聞かせください。

問題は解決しましたか？
はい: https://console.aws.amazon.com/support/feedback?displayId={B_CON}&r=yes&language=ja
いいえ: https://console.aws.amazon.com/support/feedback?displayId={B_CON}&r=no&language=ja

アンケートは1分ほどで終わります。

アマゾン ウェブ サービス
"""
emit("037-aws-case-closed-goiken.eml", L("survey", B_CON, [], True, "ja"), "nifty", MIS, dt,
     AWS_NR, MIS, f"AWS サポート: ケース {B_CON} に関するアンケートのお願い",
     alt(part(txt), part(html_of(txt), "html")), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 038 Credly badge issued (English)
dt = D(2025, 10, 22, 23, 5, 44, UTC)
txt = """Hi Misaki,

Good news! Amazon Web Services Training and Certification has issued you a badge:

AWS Certified SysOps Administrator – Associate

This badge was re-issued after a change to your AWS Certification account and is now waiting for you in Credly.

Accept your badge: https://www.credly.com/badges/e1a7c9b0-2d4f-4c61-8f3e-9b5d0a7c6e22/accept

The Credly Team
"""
emit("038-credly-sysops-badge.eml", L("credly_badge_issued", None, [], True, "en"), "nifty", MIS, dt,
     CREDLY_FROM, MIS, "Misaki, your AWS Certified SysOps Administrator – Associate badge is ready to accept",
     alt(part(txt), part(html_of(txt), "html")),
     sender=credly_sender(), mailfrom="bounces+2213590-77ce-misaki.sato=nifty.com@em.credly.com", **CREDLY,
     msgid=f"<{hexs(22)}@geopod-ismtpd-11>")

# 039 Credly's own account-merge verification code
dt = D(2025, 10, 23, 10, 40, 15, UTC)
txt = """Hi Misaki,

We received a request to merge another Credly account (m.sato@st.kansai-tech.ac.jp) into this one.

Your verification code is: 718264

Enter the code on the merge page, or select the button below to finish:
Complete Account Merge: https://www.credly.com/account_merges/confirm?token=Yk9xT2c4

The code expires in 30 minutes. If you did not request this, you can ignore this email; no changes will be made.

The Credly Team
"""
emit("039-credly-account-merge-code.eml", L("unrelated", None, [], True, "en"), "nifty", MIS, dt,
     '"Credly" <admin@credly.com>', MIS, "Your Credly account merge verification code",
     alt(part(txt), part(html_of(txt), "html")),
     sender=credly_sender(), mailfrom="bounces+2213590-03aa-misaki.sato=nifty.com@em.credly.com", **CREDLY,
     msgid=f"<{hexs(22)}@geopod-ismtpd-5>")

# 040 CertMetrics congratulations
dt = D(2025, 10, 27, 22, 15, 0, UTC)
txt = """Hello Misaki Sato,

AWS Certification Account: AWS20581746

Congratulations! You have earned the AWS Certified Machine Learning Engineer – Associate certification.

Your digital badge will be sent by Credly within 5 business days. You can download your certificate and review your certification benefits in your AWS Certification Account at any time:
https://www.aws.training/Certification

Thank you,
AWS Training and Certification

Please do not reply to this email.
"""
emit("040-certmetrics-mla-congratulations.eml", L("unrelated", None, ["AWS20581746"], False, "en"), "nifty", MIS, dt,
     '"AWS Certification" <do-not-reply@certmetrics.com>', MIS, "Congratulations on your AWS Certification!",
     alt(part(txt), part(html_of(txt), "html")),
     sender=("mail-a12.certmetrics.com", "198.2.134.12"), mailfrom="bounce-mc.us7_88412.1311@mail12.certmetrics.com",
     dkim=[("pass", "certmetrics.com", "k1")], dmarc=("pass", "", "certmetrics.com"),
     msgid=f"<{hexs(20)}@certmetrics.com>")

# 041 AWS Japan marketing
dt = D(2025, 11, 4, 1, 0, 30, UTC)
txt = """佐藤 美咲 様

いつも AWS をご利用いただきありがとうございます。

AWS re:Invent 2025 で発表された新サービス・アップデートを日本語でまとめて解説する「re:Invent 2025 ふりかえりセミナー」を開催します。

日時: 2025年12月17日（水）14:00〜17:00
形式: オンライン（無料・事前登録制）

お申し込み: https://aws.amazon.com/jp/events/reinvent-recap-2025/

本メールの配信停止をご希望の場合は、こちらから設定を変更してください。
https://pages.awscloud.com/communication-preferences.html

アマゾン ウェブ サービス ジャパン合同会社
東京都品川区上大崎3-1-1 目黒セントラルスクエア
"""
emit("041-aws-japan-reinvent-seminar.eml", L("unrelated", None, [], True, "ja"), "nifty", MIS, dt,
     enc_addr("アマゾン ウェブ サービス ジャパン", "aws-apac-marketing@amazon.com"), MIS,
     "【AWS】re:Invent 2025 ふりかえりセミナーのご案内（12/17 オンライン開催）",
     alt(part(txt, cte="base64"), part(html_of(txt), "html", cte="base64")), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS,
     extra=["List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>"])

# =====================================================================
# Inbox C: 林 蓮 (Ren Hayashi), Office 365, Nov 2025 (bilingual)
# =====================================================================
REN = "ren.hayashi@kitahama-tech.co.jp"
REN_TO = enc_addr("林 蓮", REN)
O365_INTERNAL = ["X-MS-Exchange-Organization-AuthSource: TYCPR01MB8832.jpnprd01.prod.outlook.com",
                 "X-MS-Exchange-Organization-AuthAs: Internal",
                 "X-MS-Exchange-Organization-AuthMechanism: 04",
                 "X-MS-Exchange-Organization-SCL: -1",
                 "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]

# 042 Internal IT notice (no Authentication-Results)
dt = D(2025, 11, 4, 10, 2, 0, JST)
txt = """各位

情報システム部です。

下記の日程でメールサーバーおよびVPNのメンテナンスを実施します。作業中は社外からの接続ができなくなりますのでご注意ください。

日時: 2025年11月15日（土）22:00 から 11月16日（日）6:00 まで
対象: 社内VPN、ファイルサーバー

また、パスワードの有効期限が近づいている方には個別にご案内しています。期限切れになる前に変更をお願いします。

以上、よろしくお願いいたします。

情報システム部 ヘルプデスク（内線 2100）
"""
emit("042-internal-it-maintenance.eml", L("unrelated", None, [], None, "ja"), "o365", REN, dt,
     enc_addr("情報システム部", "it-helpdesk@kitahama-tech.co.jp"), "all-staff@kitahama-tech.co.jp",
     "【情報システム部】11月のメンテナンスとパスワード変更のお願い",
     part(txt, charset="iso-2022-jp", codec="iso2022_jp", cte="7bit"),
     sender=("", ""), mailfrom="it-helpdesk@kitahama-tech.co.jp", internal=True,
     msgid=f"<TYCPR01MB8832{hexs(16).upper()}@TYCPR01MB8832.jpnprd01.prod.outlook.com>",
     subj_charset="iso-2022-jp", o365_extra=O365_INTERNAL,
     extra=["Thread-Topic: " + Header("【情報システム部】11月のメンテナンスとパスワード変更のお願い", "iso-2022-jp").encode(maxlinelen=76, linesep="\n"), "Thread-Index: AdxN" + b64chars(20), "Content-Language: ja-JP"])

# 043 Form acknowledgement (text part minimal, HTML part full)
dt = D(2025, 11, 5, 0, 48, 9, UTC)
txt = f"""Thank you for contacting AWS Training and Certification.

Your request has been received (case {C_CASE}). An agent will respond within 24 hours. Reply to this e-mail if you need to add information.
"""
htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Ren,</p>
<p>Thank you for contacting AWS Training and Certification. We've received your request and created case <b>{C_CASE}</b>. An agent will respond, in principle within 24 hours.</p>
<p>Please do not submit a new request for the same issue; if you need to add information, simply reply to this e-mail.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td><b>Inquiry type</b></td><td>AWS Training and Certification</td></tr>
<tr><td><b>Detail</b></td><td>Account Merge</td></tr>
<tr><td><b>AWS candidate ID</b></td><td>aws-61840072</td></tr>
<tr><td><b>Description</b></td><td>I have two certification accounts: aws-61840072 (registered with my previous employer's address) and AWS 27759104 (current). Please combine them.</td></tr>
</table>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>
</body></html>
"""
emit("043-tc-form-case-received.eml", L("case_created", C_CASE, ["AWS27759104", "AWS61840072"], True, "en"), "o365", REN, dt,
     AWS_FORM, REN, f"[CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     alt(part(txt), part(htm, "html")), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 044 GitLab merge request merged
dt = D(2025, 11, 5, 6, 31, 47, UTC)
txt = """Tomoya Ishii merged merge request !57 at kitahama-tech / identity-service

Project: https://gitlab.com/kitahama-tech/identity-service
Branches: feature/merge-duplicate-accounts to main
Author: Ren Hayashi

Merge duplicate user accounts on SSO login

Merge request URL: https://gitlab.com/kitahama-tech/identity-service/-/merge_requests/57

--
Reply to this email directly or view it on GitLab: https://gitlab.com/kitahama-tech/identity-service/-/merge_requests/57
You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread · Manage all notifications · Help
"""
emit("044-gitlab-mr-57-merged.eml", L("unrelated", None, [], False, "en"), "o365", REN, dt,
     '"Tomoya Ishii (@t-ishii)" <gitlab@mg.gitlab.com>', REN_TO,
     "Re: kitahama-tech/identity-service | Merge duplicate user accounts on SSO login (!57)",
     alt(part(txt), part(html_of(txt), "html")),
     sender=("mg-d1.gitlab.com", "192.237.158.143"), mailfrom="bounce+3a1c04.a7d0-ren.hayashi=kitahama-tech.co.jp@mg.gitlab.com",
     dkim=[("pass", "mg.gitlab.com", "mailo")], dmarc=("pass", "", "mg.gitlab.com"),
     msgid="<merge_request_event_8812047@gitlab.com>", irt="<merge_request_302914556@gitlab.com>",
     refs="<reply-4f1a9c@gitlab.com> <merge_request_302914556@gitlab.com>",
     extra=["X-GitLab-Project: identity-service", "X-GitLab-MergeRequest-IID: 57", "X-GitLab-NotificationReason: author"])

# 045 Seller Central case (merge of seller listings done) - unrelated
dt = D(2025, 11, 6, 2, 14, 30, UTC)
txt = f"""Hello,

Thank you for contacting Amazon Seller Support.

We have reviewed your request to merge the listings of your secondary selling account into your primary account (Merchant Token A2KX9PQ1Z7M3D). The migration of 38 ASIN offers has been completed, and the secondary account has been deactivated as requested.

Please allow up to 24 hours for the changes to appear in Manage Inventory.

Did I solve your problem?

If yes, please click here:
https://sellercentral.amazon.com/gp/satisfaction/survey-form.html?ie=UTF8&ContactId={SELLER}&Yes

If no, please click here:
https://sellercentral.amazon.com/gp/satisfaction/survey-form.html?ie=UTF8&ContactId={SELLER}&No

We value your feedback.

Thank you,
Naveen S.
Amazon Seller Support
"""
emit("045-seller-central-listings-merged.eml", L("unrelated", SELLER, [], True, "en"), "o365", REN, dt,
     '"Amazon Seller Central" <seller-notification@amazon.com>', REN, f"RE:[CASE {SELLER}] Request to merge two seller accounts",
     part(txt), sender=("a9-12.smtp-out.amazonses.com", "54.240.9.12"), mailfrom=ses_from(), **AWSPASS)

# 046 Agent asks which to keep
dt = D(2025, 11, 6, 8, 55, 14, UTC)
txt = f"""Hi Ren,

Thanks for contacting AWS Training and Certification. I'm Shannon and I'll be assisting you with this request.

I can see both IDs you listed, AWS61840072 and AWS27759104, and both are currently active. Before I can set anything up I need a little more from you:

- Which of the two should be your single profile from now on?
- Do you still have access to the e-mail address registered on AWS61840072 (r.hayashi@minato-sys.co.jp)? If not, please tell us, as we may need to verify your identity another way.

Just reply to this message with your answers.

Kind regards,
Shannon
Amazon Web Services
Training and Certification Customer Support
"""
emit("046-tc-shannon-which-one-to-keep.eml", L("support_reply", C_CASE, ["AWS27759104", "AWS61840072"], True, "en"), "o365", REN, dt,
     AWS_FORM, REN, f"RE: [CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     part(txt), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 047 Manager reply (internal, no AR), Japanese Outlook quote block
dt = D(2025, 11, 7, 11, 40, 22, JST)
txt = """林さん

了解です。統合が終わったら、残る方の認定番号と有効期限を教えてください。
パートナー申請用の資格者リストを更新します。

松本

差出人: 林 蓮 <ren.hayashi@kitahama-tech.co.jp>
送信日時: 2025年11月7日 9:12
宛先: 松本 直樹 <n.matsumoto@kitahama-tech.co.jp>
件名: AWS認定資格の登録について

松本さん

前職で取得したAWS認定のアカウント (AWS61840072) と今のアカウント (AWS27759104) が分かれているため、現在AWSにひとつにまとめてもらうよう依頼しています。
完了したら資格者リストの番号を更新させてください。

林
"""
htm_j = html_of(txt)
REN_MSG047 = f"<TYCPR01MB8832{hexs(16).upper()}@TYCPR01MB8832.jpnprd01.prod.outlook.com>"
emit("047-matsumoto-re-nintei-touroku.eml", L("unrelated", None, [], None, "ja"), "o365", REN, dt,
     enc_addr("松本 直樹", "n.matsumoto@kitahama-tech.co.jp", "iso-2022-jp"), REN_TO, "RE: AWS認定資格の登録について",
     alt(part(txt, charset="iso-2022-jp", codec="iso2022_jp", cte="7bit"),
         part(htm_j, "html", charset="iso-2022-jp", codec="iso2022_jp", cte="quoted-printable"),
         boundary="_000_TYCPR01MB5521" + hexs(16).upper() + "TYCPR01MB5521jpnp_"),
     sender=("", ""), mailfrom="n.matsumoto@kitahama-tech.co.jp", internal=True,
     msgid=f"<TYCPR01MB5521{hexs(16).upper()}@TYCPR01MB5521.jpnprd01.prod.outlook.com>",
     irt=REN_MSG047, refs=REN_MSG047,
     subj_charset="iso-2022-jp", o365_extra=O365_INTERNAL, extra=["Thread-Index: AdxP" + b64chars(24), "Content-Language: ja-JP"])

# 048 Genuine confirmation request (Outlook From:/Sent: quote)
dt = D(2025, 11, 10, 5, 20, 33, UTC)
txt = f"""Hi Ren,

Thank you for the quick answers. Here is a summary of what will happen - please read it carefully:

• AWS27759104 (ren.hayashi@kitahama-tech.co.jp) stays as your profile.
• AWS61840072 will be combined into it: its certifications, exam history and benefits move over, and the ID itself is then deactivated.

This is permanent; we are not able to split the profiles again afterwards. Could you reply to this e-mail with your agreement so that we can go ahead? If you would rather keep AWS61840072 instead, just say so.

Kind regards,
Shannon
Amazon Web Services

From: 林 蓮 <ren.hayashi@kitahama-tech.co.jp>
Sent: Friday, November 7, 2025 10:03 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Hi Shannon,

I want to keep AWS27759104. I no longer have access to r.hayashi@minato-sys.co.jp since I left that company in 2023. I can send a photo ID if needed.

Best regards,
Ren Hayashi
"""
emit("048-tc-shannon-summary-please-agree.eml", L("merge_confirmation_requested", C_CASE, ["AWS27759104", "AWS61840072"], True, "en"), "o365", REN, dt,
     AWS_FORM, REN, f"RE: [CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     part(txt), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 049 Junk: mailbox quota phishing
dt = D(2025, 11, 10, 16, 2, 8, UTC)
htm = """<html><body style="font-family:Segoe UI,Arial">
<table width="500" style="border:1px solid #ccc"><tr><td style="padding:20px">
<p style="font-size:18px;color:#0078d4">Microsoft 365</p>
<p>Your mailbox <b>ren.hayashi@kitahama-tech.co.jp</b> has reached 99% of its storage limit.</p>
<p>Incoming messages will be rejected after 24 hours. Verify your account to receive additional free storage.</p>
<p><a href="https://m365-mailbox-quota.com/owa/verify?u=ren.hayashi" style="background:#0078d4;color:#fff;padding:8px 24px;text-decoration:none">Verify now</a></p>
<p style="font-size:11px;color:#888">Microsoft Corporation, One Microsoft Way, Redmond, WA</p></td></tr></table></body></html>
"""
emit("049-junk-mailbox-quota.eml", L("unrelated", None, [], False, "en"), "o365", REN, dt,
     '"Microsoft 365 Admin" <no-reply@m365-mailbox-quota.com>', REN, "Your mailbox storage is 99% full - action required",
     part(htm, "html", cte="base64"),
     sender=("server1.m365-mailbox-quota.com", "91.92.243.16"), mailfrom="no-reply@m365-mailbox-quota.com",
     dkim=[("none", "", "")], spf="softfail", dmarc=("none", "", "m365-mailbox-quota.com"),
     verdict_extra={"compauth": "compauth=fail reason=001", "o365_action": "none"},
     msgid=f"<{hexs(24)}@server1.m365-mailbox-quota.com>",
     o365_extra=["X-MS-Exchange-Organization-SCL: 5", "X-MS-Exchange-Organization-AuthAs: Anonymous",
                 "X-Forefront-Antispam-Report: CIP:91.92.243.16;CTRY:NL;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:server1.m365-mailbox-quota.com;PTR:server1.m365-mailbox-quota.com;CAT:SPOOF;SFS:;DIR:INB;"])

# 050 Thank you for confirming; conditional future (history with no quote markers)
dt = D(2025, 11, 11, 1, 15, 55, UTC)
txt = f"""Hi Ren,

Thank you for confirming. I've sent the request to our back-end team and it's now in their queue. Once the consolidation is complete you'll get an e-mail from us, and after that your Credly badges will be reissued to ren.hayashi@kitahama-tech.co.jp.

There's nothing you need to do right now.

Kind regards,
Shannon
Amazon Web Services

________________________________
Hi Shannon,

Confirmed - please proceed.

Ren

________________________________
Hi Ren,

Thank you for the quick answers. Here is a summary of what will happen - please read it carefully:

• AWS27759104 (ren.hayashi@kitahama-tech.co.jp) stays as your profile.
• AWS61840072 will be combined into it: its certifications, exam history and benefits move over, and the ID itself is then deactivated.

This is permanent; we are not able to split the profiles again afterwards.
"""
emit("050-tc-shannon-in-the-queue.eml", L("support_reply", C_CASE, [], True, "en"), "o365", REN, dt,
     AWS_FORM, REN, f"RE: [CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     part(txt, cte="base64"), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 051 Completion + closure + survey link in one mail
dt = D(2025, 11, 13, 7, 2, 40, UTC)
txt = f"""Hi Ren,

All done - AWS61840072 has been folded into AWS27759104. When you sign in with ren.hayashi@kitahama-tech.co.jp you should now see every certification from both IDs, and AWS61840072 can no longer be used.

As your request has been fulfilled, I'm closing this case now. If you have a minute, please tell us how we did:
https://survey.aws-tc-support.amazon.com/s/{C_CASE}

Kind regards,
Shannon
Amazon Web Services

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, November 10, 2025 2:20 PM
To: 林 蓮 <ren.hayashi@kitahama-tech.co.jp>
Subject: RE: [CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Hi Ren,

Thank you for the quick answers. Here is a summary of what will happen - please read it carefully:

• AWS27759104 (ren.hayashi@kitahama-tech.co.jp) stays as your profile.
• AWS61840072 will be combined into it: its certifications, exam history and benefits move over, and the ID itself is then deactivated.

This is permanent. Could you reply to this e-mail with your agreement so that we can go ahead?
"""
emit("051-tc-shannon-all-done-closing.eml", L("merge_completed", C_CASE, ["AWS27759104", "AWS61840072"], True, "en"), "o365", REN, dt,
     AWS_FORM, REN, f"RE: [CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     alt(part(txt, cte="base64"), part(html_of(txt), "html", cte="base64")), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 052 Japanese IT newsletter (ISO-2022-JP)
dt = D(2025, 11, 13, 8, 0, 5, JST)
txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　週刊クラウドウォッチ　2025年11月13日号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週の注目記事

１．AWS Organizations で複数アカウントを統合した企業の事例
　　移行作業で見落としがちな請求とIAMの落とし穴
　　https://cloudwatch-weekly.jp/a/20251113-01

２．re:Invent 2025 直前予想　生成AIと運用自動化の行方
　　https://cloudwatch-weekly.jp/a/20251113-02

３．AWS 認定の再認定ルールまとめ（2025年版）
　　https://cloudwatch-weekly.jp/a/20251113-03

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
配信停止: https://cloudwatch-weekly.jp/unsubscribe
発行: 株式会社クラウドウォッチ出版
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""
emit("052-newsletter-cloud-watch-weekly.eml", L("unrelated", None, [], False, "ja"), "o365", REN, dt,
     enc_addr("週刊クラウドウォッチ", "mag@cloudwatch-weekly.jp", "iso-2022-jp"), REN,
     "【週刊クラウドウォッチ】複数アカウント統合の落とし穴／re:Invent 直前予想",
     part(txt, charset="iso-2022-jp", codec="iso2022_jp", cte="7bit"),
     sender=("mta12.cloudwatch-weekly.jp", "160.16.72.12"), mailfrom="bounce@cloudwatch-weekly.jp",
     dkim=[("pass", "cloudwatch-weekly.jp", "mag")], dmarc=("pass", "", "cloudwatch-weekly.jp"),
     msgid=f"<{rnd.randint(10**9,10**10)}.{hexs(8)}@cloudwatch-weekly.jp>", subj_charset="iso-2022-jp")

# 053 Credly badges didn't move; conditional (support_reply)
dt = D(2025, 11, 18, 2, 40, 11, UTC)
txt = f"""Hi Ren,

Thanks for letting us know that your badges haven't shown up yet. Your certifications are all showing correctly on AWS27759104, but I checked and the badges are still attached to the Credly profile linked to your old address, because Credly keeps its own accounts separately from ours.

I've asked our Credly contact to bring the two Credly profiles together. Once that has been done, your badges will appear under ren.hayashi@kitahama-tech.co.jp and you'll receive an e-mail from Credly for each one. I'll keep this case open until then.

Kind regards,
Shannon
Amazon Web Services
"""
emit("053-tc-shannon-credly-pending.eml", L("support_reply", C_CASE, ["AWS27759104"], True, "en"), "o365", REN, dt,
     AWS_FORM, REN, f"RE: [CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     part(txt), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 054 Junk: fake completion from look-alike domain (own-domain DMARC pass)
dt = D(2025, 11, 19, 13, 27, 9, UTC)
htm = f"""<html><body style="font-family:Arial;font-size:14px">
<div style="max-width:580px;margin:auto;padding:20px;border:1px solid #eaeded">
<p style="background:#232f3e;color:#fff;padding:10px">AWS Certification</p>
<p>Hello,</p>
<p>Your AWS Certification accounts have been merged successfully (Case {PH_C}). The records of account <b>AWS 77120934</b> are now linked to your primary profile.</p>
<p>To download your updated certificates and keep your exam benefits, please sign in and verify your identity within 24 hours:</p>
<p><a href="https://aws-certifications-team.net/portal/login" style="background:#ec7211;color:#fff;padding:10px 24px;text-decoration:none">Sign in to AWS Certification</a></p>
<p>AWS Training and Certification</p></div></body></html>
"""
emit("054-junk-accounts-merged-sign-in.eml", L("merge_completed", PH_C, ["AWS77120934"], False, "en"), "o365", REN, dt,
     '"AWS Certification" <notice@aws-certifications-team.net>', REN,
     f"Your AWS Certification accounts have been merged (Case {PH_C})",
     part(htm, "html"),
     sender=("mx1.aws-certifications-team.net", "5.181.156.90"), mailfrom="notice@aws-certifications-team.net",
     dkim=[("pass", "aws-certifications-team.net", "mail")], dmarc=("pass", "", "aws-certifications-team.net"),
     msgid=f"<{hexs(24)}@aws-certifications-team.net>",
     o365_extra=["X-MS-Exchange-Organization-SCL: 5", "X-MS-Exchange-Organization-AuthAs: Anonymous",
                 "X-Forefront-Antispam-Report: CIP:5.181.156.90;CTRY:LT;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mx1.aws-certifications-team.net;PTR:mx1.aws-certifications-team.net;CAT:PHISH;SFS:;DIR:INB;"])

# 055 Japanese agent takes over; Credly still in progress (ISO-2022-JP, long encoded subject)
dt = D(2025, 11, 21, 4, 3, 27, UTC)
txt = f"""林 様

AWS トレーニングと認定サポートの渡辺でございます。Shannon より本件を引き継ぎました。

Credly のプロフィールの件につきまして、Credly 側で現在作業を進めているとの回答を受けております。作業が済み次第、旧プロフィールに残っているバッジは新しいプロフィールへ移され、Credly から通知メールが届きます。

なお、AWS27759104 側の認定情報には問題がないことを確認しております。
恐れ入りますが、いましばらくお待ちください。

渡辺
アマゾン ウェブ サービス

-----Original Message-----
From: ren.hayashi@kitahama-tech.co.jp
Sent: 2025/11/20 18:40

お世話になっております。林です。
Credly のバッジの件、その後いかがでしょうか。日本語で問い合わせても大丈夫でしょうか。
"""
emit("055-tc-watanabe-hikitsugi.eml", L("support_reply", C_CASE, ["AWS27759104"], True, "ja"), "o365", REN, dt,
     AWS_FORM, REN, f"RE: [CASE {C_CASE}] [AWS Training and Certification Form Submission] - アカウントに関するお問い合わせ（Credly バッジの移行について）",
     part(txt, charset="iso-2022-jp", codec="iso2022_jp", cte="7bit"), sender=aws_ses(), mailfrom=ses_from(),
     subj_charset="iso-2022-jp", **AWSPASS)

# 056 Credly badge (HTML only)
dt = D(2025, 11, 24, 0, 15, 2, UTC)
htm = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td style="padding:28px;text-align:center">
<img src="https://images.credly.com/size/220x220/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="130" alt="AWS Certified Solutions Architect – Professional">
<h2>Ren, a badge is waiting for you</h2>
<p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Solutions Architect – Professional</b>. It was previously held on another Credly profile and has now been moved here.</p>
<p><a href="https://www.credly.com/badges/a4f0c2d9-6b81-4e37-9c25-0d3e8f71b6a5/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc.</p></td></tr></table></body></html>
"""
emit("056-credly-sap-badge-moved.eml", L("credly_badge_issued", None, [], True, "en"), "o365", REN, dt,
     CREDLY_FROM, REN, "Ren, your AWS Certified Solutions Architect – Professional badge is ready to accept",
     part(htm, "html"),
     sender=credly_sender(), mailfrom="bounces+2213590-5d11-ren.hayashi=kitahama-tech.co.jp@em.credly.com", **CREDLY,
     msgid=f"<{hexs(22)}@geopod-ismtpd-9>")

# 057 Credly badge (alternatives differ: text terse, html full)
dt = D(2025, 11, 24, 0, 15, 40, UTC)
txt = """Accept your badge: https://www.credly.com/badges/7e93b1a4-0c5d-4f28-a6e1-3b9d2c8f0a17/accept

Issued by Amazon Web Services Training and Certification.
"""
htm = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td style="padding:28px;text-align:center">
<img src="https://images.credly.com/size/220x220/images/53acdae5-d69f-4dda-b650-d02ed7a50dd7/image.png" width="130" alt="AWS Certified Security – Specialty">
<h2>Congratulations, Ren!</h2>
<p>You've been issued the <b>AWS Certified Security – Specialty</b> badge by Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/badges/7e93b1a4-0c5d-4f28-a6e1-3b9d2c8f0a17/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. · Manage email preferences</p></td></tr></table></body></html>
"""
emit("057-credly-security-badge.eml", L("credly_badge_issued", None, [], True, "en"), "o365", REN, dt,
     CREDLY_FROM, REN, "Ren, accept your AWS Certified Security – Specialty badge",
     alt(part(txt), part(htm, "html")),
     sender=credly_sender(), mailfrom="bounces+2213590-5d12-ren.hayashi=kitahama-tech.co.jp@em.credly.com", **CREDLY,
     msgid=f"<{hexs(22)}@geopod-ismtpd-9>")

# 058 Survey after the reopened case closes
dt = D(2025, 11, 26, 5, 0, 17, UTC)
txt = f"""Hi Ren,

We recently closed your case {C_CASE} with AWS Training and Certification Customer Support, and we'd like to hear about your experience.

Was your issue resolved?
YES: https://survey.aws-tc-support.amazon.com/s/{C_CASE}?r=1
NO: https://survey.aws-tc-support.amazon.com/s/{C_CASE}?r=0

The survey takes about two minutes. Thank you for helping us improve.

AWS Training and Certification
"""
emit("058-tc-how-did-we-do.eml", L("survey", C_CASE, [], True, "en"), "o365", REN, dt,
     AWS_FORM, REN, f"How did we do? Case {C_CASE}",
     alt(part(txt), part(html_of(txt), "html")), sender=aws_ses(), mailfrom=ses_from(), **AWSPASS)

# 059 Colleague forwards her own completion mail (internal, no AR)
dt = D(2025, 12, 1, 10, 22, 5, JST)
txt = f"""林さん

お疲れさまです。林さんに教えてもらった手順で私もAWSにお願いしたところ、下記のメールが来ました。
AWS48201937 と AWS 55029814 がひとつになった、という理解で合っていますか？
Credly のバッジがまだ届かないのですが、林さんのときはどれくらいかかりましたか？

山口

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年11月28日 15:02
宛先: 山口 さくら <s.yamaguchi@kitahama-tech.co.jp>
件名: RE:[CASE {Y_CASE}] [AWS Training and Certification Form Submission] - account-assistance

山口 様

AWS55029814 の受験履歴と認定資格を AWS48201937 へ移行いたしました。AWS55029814 は今後ご利用いただけません。

アマゾン ウェブ サービス
"""
emit("059-yamaguchi-fwd-kore-de-ok.eml", L("unrelated", Y_CASE, ["AWS48201937", "AWS55029814"], None, "ja"), "o365", REN, dt,
     enc_addr("山口 さくら", "s.yamaguchi@kitahama-tech.co.jp", "iso-2022-jp"), REN_TO,
     f"転送: RE:[CASE {Y_CASE}] [AWS Training and Certification Form Submission] - account-assistance",
     alt(part(txt, charset="iso-2022-jp", codec="iso2022_jp", cte="7bit"), part(html_of(txt), "html", cte="base64"),
         boundary="_000_TYCPR01MB7740" + hexs(16).upper() + "TYCPR01MB7740jpnp_"),
     sender=("", ""), mailfrom="s.yamaguchi@kitahama-tech.co.jp", internal=True,
     msgid=f"<TYCPR01MB7740{hexs(16).upper()}@TYCPR01MB7740.jpnprd01.prod.outlook.com>",
     subj_charset="iso-2022-jp", o365_extra=O365_INTERNAL, extra=["Thread-Index: AdxiZ" + b64chars(22), "Content-Language: ja-JP"])

# 060 EC2 quota case: new correspondence notice (other AWS case)
dt = D(2025, 12, 3, 6, 12, 50, UTC)
txt = f"""Dear Customer,

Correspondence has been added to case {R_EC2}: "Service Quota Increase: EC2 Running On-Demand G and VT instances, ap-northeast-1".

Your request to raise the quota from 8 to 64 vCPUs has been approved and the new value is now in effect.

To view the full correspondence or reply, please go to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={R_EC2}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
"""
emit("060-aws-ec2-quota-correspondence.eml", L("unrelated", R_EC2, [], True, "en"), "o365", REN, dt,
     AWS_NR, REN, f"[Case {R_EC2}] New correspondence added",
     part(txt, charset="us-ascii", cte="7bit"), sender=aws_ses("ap-northeast-1"), mailfrom=ses_from(), **AWSPASS)

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
print(len(labels), "mails written")
