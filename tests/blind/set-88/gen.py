#!/usr/bin/env python3
"""Generate blind test set 88: AWS Certification account-merge mail, with an
emphasis on non-native English agents, machine-translated Japanese, mixed
English/Japanese mail and users writing broken English.

Writes NNN-slug.eml files and labels.json into the directory of this script.
"""
import base64
import datetime as dt
import html
import io
import json
import os
import quopri
import random
import re

from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8800)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
CET = dt.timezone(dt.timedelta(hours=1))
KST = dt.timezone(dt.timedelta(hours=9))
GST = dt.timezone(dt.timedelta(hours=4))
ICT = dt.timezone(dt.timedelta(hours=7))


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(open_dt, suffix):
    return f"{int(open_dt.timestamp())}{suffix:05d}"


# --------------------------------------------------------------------------
# random-looking tokens
# --------------------------------------------------------------------------
def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ruuid():
    return f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"


def ses_msgid(d):
    ms = int(d.timestamp() * 1000) + rng.randint(0, 900)
    return f"0100{ms:012x}-{ruuid()}-000000"


# --------------------------------------------------------------------------
# MIME helpers (email package does the structure)
# --------------------------------------------------------------------------
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None):
    """A text part whose bytes are `text` encoded with `codec` (defaults to the
    declared charset) - so a wrong label can be produced on purpose."""
    codec = codec or charset
    data = text.encode(codec)
    p = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(data).decode("ascii"))
    else:  # 7bit / 8bit
        p.set_payload(data.decode("ascii", "surrogateescape"))
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def alt(*parts):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def html_doc(inner, lang="en", charset="utf-8"):
    return (
        "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=%s\">\n</head>\n<body style=\"font-family:Arial,"
        "Helvetica,sans-serif;font-size:14px;color:#16191f;\">\n%s\n</body>\n</html>\n"
        % (lang, charset, inner)
    )


def paras(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in block.split("\n")) + "</p>")
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(linesep="\n")


def addr(name, a, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


# --------------------------------------------------------------------------
# trace / authentication headers
# --------------------------------------------------------------------------
def pacific(d):
    off = -7 if 3 < d.month < 11 else -8
    tz = dt.timezone(dt.timedelta(hours=off))
    lab = "PDT" if off == -7 else "PST"
    return format_datetime(d.astimezone(tz)) + f" ({lab})"


def utcfmt(d):
    return format_datetime(d.astimezone(UTC)).replace("-0000", "+0000")


def jstfmt(d):
    return format_datetime(d.astimezone(JST))


def fold_b(b, indent="\t"):
    chunks = [b[i:i + 72] for i in range(0, len(b), 72)]
    return ("\n" + indent).join(chunks)


def dkim_sig(domain, selector, d, hlist="From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    return (
        f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={selector}; d={domain}; "
        f"t={int(d.timestamp())};\n\th={hlist};\n\tbh={rb64(32)};\n\tb={fold_b(rb64(256))}"
    )


SENDERS = {
    # key: (helo template, ip template, dkim list [(domain, selector)], header.from domain, dmarc policy)
    "ses": dict(kind="ses", dkim=[("amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz"),
                                  ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                hfrom="amazon.com", pol="QUARANTINE"),
    "ses_signin": dict(kind="ses", dkim=[("signin.aws", "dw5ijkhb4mcvbhtcinyvpwqt6uatp4ej"),
                                         ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                       hfrom="signin.aws", pol="REJECT"),
    "credly": dict(kind="sendgrid", dkim=[("credly.com", "s1")], hfrom="credly.com", pol="QUARANTINE",
                   helo="o{n}.ptr3194.credly.com", ip="149.72.{a}.{b}", bounce="bounces+21893764-{r}-{to}@em.credly.com"),
    "certmetrics": dict(kind="sendgrid", dkim=[("certmetrics.com", "s1")], hfrom="certmetrics.com", pol="NONE",
                        helo="o{n}.ptr7721.certmetrics.com", ip="167.89.{a}.{b}", bounce="bounces+9912044-{r}-{to}@em.certmetrics.com"),
    "github": dict(kind="plain", dkim=[("github.com", "pf2023")], hfrom="github.com", pol="REJECT",
                   helo="out-{n}.smtp.github.com", ip="192.30.252.{b}", bounce="noreply@github.com"),
    "gmail": dict(kind="plain", dkim=[("gmail.com", "20230601")], hfrom="gmail.com", pol="NONE",
                  helo="mail-sor-f{n}.google.com", ip="209.85.220.{b}", bounce="{from}"),
    "lookalike": dict(kind="plain", dkim=[], hfrom=None, pol="NONE",
                      helo="mail.{dom}", ip="45.137.{a}.{b}", bounce="bounce@{dom}"),
    "spoof": dict(kind="plain", dkim=[], hfrom="amazon.com", pol="QUARANTINE",
                  helo="vps-41882.hostfly-cloud.net", ip="185.225.69.{b}", bounce="info@hostfly-cloud.net"),
}


def sender_path(skey, from_addr, to_addr, d, msgid_local=None, dom=None):
    s = dict(SENDERS[skey])
    n = rng.randint(1, 40)
    a, b = rng.randint(1, 254), rng.randint(1, 254)
    if s["kind"] == "ses":
        helo = f"a8-{b}.smtp-out.amazonses.com"
        ip = f"54.240.8.{b}"
        bounce = f"{msgid_local}@amazonses.com"
    else:
        helo = s["helo"].format(n=n, dom=dom)
        ip = s["ip"].format(a=a, b=b)
        bounce = s["bounce"].format(r=ralnum(4, "abcdef0123456789"), to=to_addr.replace("@", "="),
                                    dom=dom, **{"from": from_addr})
    if skey == "lookalike":
        s["dkim"] = [(dom, "mail")]
        s["hfrom"] = dom
    s.update(helo=helo, ip=ip, bounce=bounce, mf_dom=bounce.split("@")[1])
    return s


def auth_results(style, sp, dmarc, to_addr):
    """Body of an Authentication-Results header in the provider's style."""
    spf = "pass" if dmarc in ("pass", "none_ok") else ("fail" if sp["hfrom"] == "amazon.com" else "pass")
    if style == "gmail":
        lines = []
        for dom, sel in sp["dkim"]:
            lines.append(f"dkim=pass header.i=@{dom} header.s={sel} header.b={ralnum(8)}")
        if not sp["dkim"]:
            pass
        if spf == "pass":
            lines.append(f"spf=pass (google.com: domain of {sp['bounce']} designates {sp['ip']} as permitted sender) smtp.mailfrom={sp['bounce']}")
        else:
            lines.append(f"spf=softfail (google.com: domain of transitioning {sp['bounce']} does not designate {sp['ip']} as permitted sender) smtp.mailfrom={sp['bounce']}")
        if dmarc == "fail":
            lines.append(f"dmarc=fail (p={sp['pol']} sp={sp['pol']} dis={sp['pol'] if sp['pol'] != 'NONE' else 'NONE'}) header.from={sp['hfrom']}")
        else:
            lines.append(f"dmarc=pass (p={sp['pol']} sp={sp['pol']} dis=NONE) header.from={sp['hfrom']}")
        return "mx.google.com;\n       " + ";\n       ".join(lines)
    if style == "outlook":
        if dmarc == "fail":
            return (f"spf=fail (sender IP is {sp['ip']})\n smtp.mailfrom={sp['mf_dom']}; dkim=none (message not signed)\n"
                    f" header.d=none;dmarc=fail action=quarantine\n header.from={sp['hfrom']};compauth=fail reason=000")
        d0 = sp["dkim"][0][0] if sp["dkim"] else "none"
        return (f"spf=pass (sender IP is {sp['ip']})\n smtp.mailfrom={sp['mf_dom']}; dkim=pass (signature was verified)\n"
                f" header.d={d0};dmarc=pass action=none\n header.from={sp['hfrom']};compauth=pass reason=100")
    if style in ("nifty", "biglobe"):
        authserv = {"nifty": "nifty.com", "biglobe": "biglobe.ne.jp"}[style]
        d0 = sp["dkim"][0][0] if sp["dkim"] else "none"
        res = "pass" if dmarc != "fail" else "fail"
        return (f"{authserv}; spf=pass smtp.mailfrom={sp['bounce']};\n\tdkim=pass header.d={d0} header.s={sp['dkim'][0][1] if sp['dkim'] else ''};\n"
                f"\tdmarc={res} (p={sp['pol'].lower()} dis=none) header.from={sp['hfrom']}")
    raise ValueError(style)


def trace_headers(style, sp, to_addr, d, dmarc="pass"):
    """Receiver-added headers, topmost first."""
    h = []
    arr = d + dt.timedelta(seconds=rng.randint(1, 9))
    if style == "gmail":
        ar = auth_results("gmail", sp, dmarc, to_addr)
        h.append(("Delivered-To", to_addr))
        h.append(("Received", f"by 2002:a05:6a10:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(2)}csp{rng.randint(100000,9999999)};\n        {pacific(arr)}"))
        h.append(("X-Google-Smtp-Source", rb64(60)))
        h.append(("X-Received", f"by 2002:a17:90b:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(14)}.{rng.randint(10,99)}.{rng.randint(1000000000000,9999999999999)};\n        {pacific(arr)}"))
        h.append(("ARC-Seal", f"i=1; a=rsa-sha256; t={int(arr.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b(rb64(256), '        ')}"))
        h.append(("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={fold_b(rb64(256), '        ')}"))
        h.append(("ARC-Authentication-Results", "i=1; " + ar))
        h.append(("Return-Path", f"<{sp['bounce']}>"))
        h.append(("Received", f"from {sp['helo']} ({sp['helo']}. [{sp['ip']}])\n        by mx.google.com with ESMTPS id {ralnum(22).lower()}\n        for <{to_addr}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pacific(arr)}"))
        h.append(("Received-SPF", f"pass (google.com: domain of {sp['bounce']} designates {sp['ip']} as permitted sender) client-ip={sp['ip']};"))
        h.append(("Authentication-Results", ar))
    elif style in ("outlook", "o365"):
        nodes = ["PAXP195MB" + str(rng.randint(1000, 9999)), "AS8PR04CA" + str(rng.randint(1000, 9999)),
                 "AM3PEPF0000" + rhex(4).upper()]
        if style == "outlook":
            nodes = ["SA1P223MB" + str(rng.randint(1000, 9999)), "CH2PR11CA" + str(rng.randint(1000, 9999)),
                     "DS3PEPF0000" + rhex(4).upper()]
        ts = format_datetime(arr.astimezone(UTC)).replace("-0000", "+0000")
        h.append(("Received", f"from {nodes[0]}.EURP195.PROD.OUTLOOK.COM (2603:10a6:20b:{rhex(3)}::{rhex(2)})\n by {nodes[0]}.EURP195.PROD.OUTLOOK.COM with HTTPS; {ts}"))
        h.append(("Received", f"from {nodes[1]}.namprd11.prod.outlook.com (2603:10b6:610:{rhex(2)}::{rhex(2)})\n by {nodes[0]}.EURP195.PROD.OUTLOOK.COM (2603:10a6:20b:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)}; {ts}"))
        h.append(("Received", f"from {nodes[2]}.namprd05.prod.outlook.com\n (2603:10b6:610:{rhex(2)}:cafe::{rhex(2)}) by {nodes[1]}.outlook.office365.com\n (2603:10b6:610:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)} via Frontend Transport; {ts}"))
        h.append(("Authentication-Results", auth_results("outlook", sp, dmarc, to_addr)))
        spfw = "Pass" if dmarc != "fail" else "Fail"
        h.append(("Received-SPF", f"{spfw} ({nodes[2]}.mail.protection.outlook.com: domain of\n {sp['mf_dom']} {'designates' if spfw == 'Pass' else 'does not designate'} {sp['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={sp['ip']};\n helo={sp['helo']}; pr=C"))
        h.append(("Received", f"from {sp['helo']} ({sp['ip']}) by\n {nodes[2]}.mail.protection.outlook.com (10.167.{rng.randint(1,250)}.{rng.randint(1,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)}\n via Frontend Transport; {ts}"))
    elif style == "nifty":
        h.append(("Return-Path", f"<{sp['bounce']}>"))
        h.append(("Received", f"from mfilter{rng.randint(1,40)}.nifty.com by mta-snd{rng.randint(1,20):02d}.nifty.com\n          with ESMTP\n          id <{rng.randint(10**17,10**18)}.{ralnum(6)}@mta-snd.nifty.com>;\n          {jstfmt(arr)}"))
        h.append(("Authentication-Results", auth_results("nifty", sp, dmarc, to_addr)))
        h.append(("Received", f"from {sp['helo']} ({sp['helo']} [{sp['ip']}])\n\tby mfilter{rng.randint(1,40)}.nifty.com (Postfix) with ESMTPS id 4{ralnum(10)}\n\tfor <{to_addr}>; {jstfmt(arr)}"))
    elif style == "biglobe":
        h.append(("Return-Path", f"<{sp['bounce']}>"))
        h.append(("Received", f"from mail-in{rng.randint(1,9)}.biglobe.ne.jp ([133.208.{rng.randint(1,250)}.{rng.randint(1,250)}])\n          by rcvsv{rng.randint(10,99)}.biglobe.ne.jp with ESMTP\n          id <{rng.randint(10**17,10**18)}.{ralnum(7)}@biglobe.ne.jp>;\n          {jstfmt(arr)}"))
        h.append(("Authentication-Results", auth_results("biglobe", sp, dmarc, to_addr)))
        h.append(("Received", f"from {sp['helo']} ({sp['helo']} [{sp['ip']}])\n\tby mail-in{rng.randint(1,9)}.biglobe.ne.jp (Postfix) with ESMTPS id {ralnum(12)};\n\t{jstfmt(arr)}"))
    elif style == "onprem":  # corporate Postfix: no Authentication-Results at all
        h.append(("Return-Path", f"<{sp['bounce']}>"))
        h.append(("Received", f"from mx01.hokuyo-sys.co.jp (mx01.hokuyo-sys.co.jp [203.0.113.{rng.randint(2,250)}])\n\tby mbox02.hokuyo-sys.co.jp (Postfix) with ESMTP id {ralnum(11).upper()}\n\tfor <{to_addr}>; {jstfmt(arr)}"))
        h.append(("X-Virus-Scanned", "amavisd-new at hokuyo-sys.co.jp"))
        h.append(("Received", f"from {sp['helo']} ({sp['helo']} [{sp['ip']}])\n\tby mx01.hokuyo-sys.co.jp (Postfix) with ESMTPS id {ralnum(11).upper()}\n\tfor <{to_addr}>; {jstfmt(arr)}"))
    else:
        raise ValueError(style)
    return h


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
MAILS = []
ID_RE = re.compile(r"(?i)\baws[\s\-]?(\d{8})\b")


def ids_in(text):
    text = re.sub(r"<[^>]+>", " ", text)
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(text)})


def add(slug, kind, lang, case_id, verified, *, recv, skey, from_, to, subject, date, body, new,
        ids, extra=(), dmarc="pass", dom=None, forged_ar=None, ses_extra=True, local_date=None):
    """Assemble one mail. `new` is the non-quoted text, used to double-check `ids`."""
    assert ids_in(new) == sorted(ids), (slug, ids_in(new), ids)
    from_addr = re.search(r"<([^>]+)>", from_).group(1) if "<" in from_ else from_
    to_addr = re.search(r"<([^>]+)>", to).group(1) if "<" in to else to
    is_ses = SENDERS.get(skey, {}).get("kind") == "ses"
    local = ses_msgid(date) if is_ses else None
    hdrs = []
    if recv == "o365-internal":
        hdrs.append(("Received", f"from DB9PR02MB{rng.randint(1000,9999)}.eurprd02.prod.outlook.com\n (2603:10a6:10:{rhex(3)}::{rhex(2)}) by DB9PR02MB{rng.randint(1000,9999)}.eurprd02.prod.outlook.com\n with HTTPS; {utcfmt(date)}"))
        hdrs.append(("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=fintegra-solutions.eu;"))
        sp = None
    else:
        sp = sender_path(skey, from_addr, to_addr, date, local, dom)
        hdrs += trace_headers(recv, sp, to_addr, date, dmarc)
        for dom_, sel in sp["dkim"]:
            hl = "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"
            if dom_ == "amazonses.com":
                hl = "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"
            hdrs.append(("DKIM-Signature", dkim_sig(dom_, sel, date, hl)))
    if forged_ar:
        hdrs.append(("Authentication-Results", forged_ar))
    hdrs.append(("From", from_))
    hdrs.append(("To", to))
    hdrs.append(("Subject", subject))
    hdrs.append(("Date", local_date or (utcfmt(date) if is_ses or skey in ("credly", "certmetrics") else format_datetime(date))))
    if is_ses:
        hdrs.append(("Message-ID", f"<{local}@email.amazonses.com>"))
    elif skey in ("credly", "certmetrics"):
        hdrs.append(("Message-ID", f"<{ralnum(22)}@geopod-ismtpd-{rng.randint(1,40)}>"))
    elif skey == "github":
        pass  # given in extra
    elif skey == "gmail":
        hdrs.append(("Message-ID", f"<CA+{ralnum(16)}{ralnum(20)}=={ralnum(6)}@mail.gmail.com>"))
    elif recv == "o365-internal":
        hdrs.append(("Message-ID", f"<DB9PR02MB{rng.randint(1000,9999)}{ralnum(14).upper()}@DB9PR02MB{rng.randint(1000,9999)}.eurprd02.prod.outlook.com>"))
    else:
        hdrs.append(("Message-ID", f"<{rhex(24)}.{int(date.timestamp())}@{dom or 'mailer.local'}>"))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    if is_ses and ses_extra:
        hdrs.append(("Feedback-ID", f"::1.us-east-1.{ralnum(43)}=:AmazonSES"))
        hdrs.append(("X-SES-Outgoing", f"{date.astimezone(UTC):%Y.%m.%d}-{sp['ip']}"))
    buf = io.BytesIO()
    for n, v in hdrs:
        buf.write(f"{n}: {v}\n".encode("ascii"))
    g = BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\n"), maxheaderlen=0)
    g.flatten(body)
    MAILS.append(dict(slug=slug, data=buf.getvalue(), label=dict(
        kind=kind, case_id=case_id, account_ids=sorted(ids), sender_verified=verified, language=lang)))


TC_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY = "Amazon Web Services Training and Certification via Credly <admin@credly.com>"
FORM_SUBJ = "RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"
CONSOLE_FOOTER = (
    "We value your feedback. Please share your experience by rating this and other correspondences "
    "in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
    "corner of the correspondence.\n\n"
    "If you have any questions or need additional assistance, you can reply to this correspondence "
    "through the AWS Support Center at: https://console.aws.amazon.com/support/home#/case/?displayId={c}&language={l}\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond "
    "to this case, please follow the link above to respond from your AWS Support Center.\n\n"
    "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, "
    "Seattle, WA 98109-5210"
)
CONSOLE_FOOTER_JA = (
    "お客様からのフィードバックをお待ちしております。AWS サポートセンターで、このやり取りやその他のやり取りを評価してください。"
    "やり取りの右上にある星を選択すると評価できます。\n\n"
    "ご不明な点がある場合や、さらにサポートが必要な場合は、AWS サポートセンターからこのやり取りに返信できます: "
    "https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja\n\n"
    "*このメールは受信専用のアドレスから送信されています。このケースに返信するには、上記のリンクから AWS サポートセンターにアクセスしてください。\n\n"
    "このメッセージは Amazon Web Services, Inc. (410 Terry Ave. North, Seattle, WA 98109-5210) によって作成および配信されました。"
)

# ==========================================================================
# Thread A - Takeshi Morimoto (Gmail), form desk, Japanese, machine-translated
# ==========================================================================
A_TO = "t.morimoto.dev@gmail.com"
A_OPEN = T(2025, 6, 10, 0, 12, 41)
A_C = cid15(A_OPEN, 31207)
A_KEEP, A_OLD = "AWS04418273", "AWS09912054"

t = f"""森本 武 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

お客様からのリクエストは、以下の番号で記録されました。
ケース番号: {A_C}
お問い合わせの種類: 認定 - アカウントの統合
ご入力いただいた候補者 ID: {A_KEEP}

担当者が内容を確認し、原則として 24 時間以内にご返信いたします。同じ内容で新しいお問い合わせを送信されますと、対応が遅れる場合がありますので、ご遠慮くださいますようお願い申し上げます。

追加の情報がございましたら、件名を変更せずにこのメールへご返信ください。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
add("tc-form-morimoto-ack", "case_created", "ja", A_C, True, recv="gmail", skey="ses",
    from_=TC_FORM, to=A_TO,
    subject=subj(f"[CASE {A_C}] お問い合わせを受け付けました - AWS トレーニングと認定", "iso-2022-jp"),
    date=A_OPEN + dt.timedelta(seconds=17), body=part(t, charset="iso-2022-jp", cte="7bit"),
    new=t, ids=[A_KEEP])

A2_DATE = T(2025, 6, 10, 17, 17, 30)
a2 = f"""こんにちは 森本 武 様、

AWS トレーニングと認定にご連絡いただきありがとうございます。私の名前はアンジェリカです、そして私は今日あなたを助けることを喜んでいます。

私たちはあなたの名前で2つの認定アカウントを見つけました、そしてそれらを1つに統合することが可能です。私たちが進行する前に、以下の情報を確認してくださいお願いします：

保持されるアカウント（プライマリ）: {A_KEEP}
統合されるアカウント（セカンダリ）: {A_OLD}

統合の後、セカンダリアカウントのすべての認定、試験の履歴およびバウチャーはプライマリアカウントに移動されます。セカンダリアカウントは非アクティブになります。このアクションは元に戻すことができませんことに注意してください。

上記の内容が正しい場合は、このメールに返信して「確認します」と書いてください。あなたの返信を受け取った後、私たちは進行します。

よろしくお願いします、
アンジェリカ S.
Amazon Web Services
AWS トレーニングと認定
"""
add("tc-form-morimoto-reply1", "merge_confirmation_requested", "ja", A_C, True, recv="gmail", skey="ses",
    from_=TC_FORM, to=A_TO, subject=FORM_SUBJ.format(c=A_C), date=A2_DATE,
    body=part(a2, cte="base64"), new=a2, ids=[A_KEEP, A_OLD])

a3_new = """森本様、

返信ありがとうございました。あなたの確認は受信されました。

私たちは今、統合のリクエストを私たちのバックエンドのチームに転送しました。手続きは通常 2〜3 営業日がかかります。作業が終わりましたら、私たちはあなたに再びメールで通知します。その間に、同じ件で新しいケースを開かないでください。

ご理解のほどよろしくお願いします。

アンジェリカ S.
Amazon Web Services
"""
user_reply_a = f"""確認します。内容は正しいです。
Please proceed the merge. I want keep the {A_KEEP}. Thank you.

森本

2025年6月11日(水) 2:17 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{quote(a2)}
"""
a3 = a3_new + f"""
-------- Original Message --------
From: 森本 武 <{A_TO}>
Sent: 2025/06/11 01:41 (UTC)
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {FORM_SUBJ.format(c=A_C)}

{user_reply_a}"""
add("tc-form-morimoto-reply2", "support_reply", "ja", A_C, True, recv="gmail", skey="ses",
    from_=TC_FORM, to=A_TO, subject=FORM_SUBJ.format(c=A_C), date=T(2025, 6, 11, 8, 55, 12),
    body=part(a3, cte="quoted-printable"), new=a3_new, ids=[])

a4 = f"""森本 様

お待たせしてすみません。

お客様のリクエストにより、アカウントの統合作業は終了されました。以前に {A_OLD} に記録されていた認定資格と試験の履歴は、現在 {A_KEEP} の下で表示されます。{A_OLD} はもう使用できません、今後は {A_KEEP} に関連付けられたメールアドレスでサインインしてください。

Credly のバッジは、数日以内に保持されたアカウントへ反映される予定です。もし 7 日後に表示されない場合、このメールに返信してください。

このケースはクローズされます。私たちのサポートについて評価をいただけると幸いです。

アンジェリカ S.
Amazon Web Services
"""
A4_DATE = T(2025, 6, 12, 19, 5, 44)
add("tc-form-morimoto-reply3", "merge_completed", "ja", A_C, True, recv="gmail", skey="ses",
    from_=TC_FORM, to=A_TO, subject=FORM_SUBJ.format(c=A_C), date=A4_DATE,
    body=part(a4, charset="shift_jis", cte="8bit"), new=a4, ids=[A_KEEP, A_OLD])

a5_txt = """Hi Takeshi,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer - Associate

Your badge has been moved to the email address on your current AWS Certification account. Accept your badge to show it on your profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/{u}?key=accept

Why accept? Earners who share their badges are more likely to be contacted by recruiters.

Credly, Inc. | 2 Penn Plaza, Suite 300, New York, NY 10121
Unsubscribe from these emails: https://www.credly.com/notifications/unsubscribe
""".format(u=ruuid())
a5_html = html_doc("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="120">
<h2>Hi Takeshi,</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><strong>AWS Certified Developer - Associate</strong></p>
<p>Your badge has been moved to the email address on your current AWS Certification account. Accept your badge to show it on your profile and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 2 Penn Plaza, Suite 300, New York, NY 10121</p>
</td></tr></table>""")
add("credly-morimoto", "credly_badge_issued", "en", None, True, recv="gmail", skey="credly",
    from_=CREDLY, to=A_TO, subject="Takeshi, you've been issued a badge from Amazon Web Services Training and Certification",
    date=T(2025, 6, 14, 3, 22, 9), body=alt(part(a5_txt), part(a5_html, "html")), new=a5_txt, ids=[])

# user's own forward to the company training desk (unrelated: from the user)
a_fwd_new = f"""田中さん

お疲れ様です。森本です。
AWS 認定アカウントの統合が終わったと連絡が来ましたので転送します。
社内の資格管理表の候補者 ID を {A_OLD} から {A_KEEP} に変更してもらえますか。
古い方はもう使えないそうです。

よろしくお願いします。
"""
a_fwd = a_fwd_new + f"""
---------- Forwarded message ---------
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年6月13日(金) 4:05
Subject: {FORM_SUBJ.format(c=A_C)}
To: <{A_TO}>


{a4}"""
add("fwd-morimoto-to-training", "unrelated", "ja", A_C, False, recv="o365", skey="gmail",
    from_=addr("森本 武", A_TO), to=addr("田中 美咲", "m.tanaka@kawase-denki.co.jp"),
    subject=subj(f"Fwd: {FORM_SUBJ.format(c=A_C)}"), date=T(2025, 6, 13, 9, 30, 5, JST),
    body=alt(part(a_fwd, cte="base64"), part(html_doc(paras(a_fwd), "ja"), "html", cte="base64")),
    new=a_fwd_new, ids=[A_KEEP, A_OLD])

# ==========================================================================
# Thread B - Priya Raman (outlook.com), form desk, Indian-English agent
# ==========================================================================
B_TO = "priya.raman88@outlook.com"
B_OPEN = T(2025, 8, 4, 8, 33, 10)
B_C = cid15(B_OPEN, 60418)
B_KEEP, B_OLD = "AWS02276519", "AWS07730462"

b1 = f"""Hello,

Greetings from AWS Training and Certification!

This is an automated response to inform that your query has been logged with us under reference number {B_C}. Our team will go through the details and get back to you within 24 hours.

Submitted details:
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: {B_KEEP}
Notification e-mail: {B_TO}

Please do not raise a new request for the same issue – this may delay the response. To add any information, simply reply on this email keeping the subject line as it is.

Regards,
AWS Training and Certification – Customer Support
"""
add("tc-form-raman-ack", "case_created", "en", B_C, True, recv="outlook", skey="ses",
    from_=TC_FORM, to=B_TO, subject=f"[CASE {B_C}] [AWS Training and Certification Form Submission] - account-assistance",
    date=B_OPEN + dt.timedelta(seconds=21), body=part(b1), new=b1, ids=[B_KEEP])

b2 = f"""Dear Priya,

Greetings of the day!

Thank you for reaching out AWS Training and Certification. This is Rohit and I will be assisting you on this case.

I have gone through your case and I understood that you are wanting to club your certification accounts. However to proceed further we need some more information from your end, as I am able to find only one account with candidate ID AWS 02276519 in our records.

Kindly provide below details:
1. Candidate ID of the other account (if available)
2. Email address used for login in both the accounts
3. Which account you wish to retain as primary

Kindly revert back with above details at the earliest so that we can do the needful.

Thanks and regards,
Rohit K.
AWS Training and Certification
Amazon Web Services
"""
B2_DATE = T(2025, 8, 5, 5, 50, 33)
add("tc-form-raman-reply1", "support_reply", "en", B_C, True, recv="outlook", skey="ses",
    from_=TC_FORM, to=B_TO, subject=FORM_SUBJ.format(c=B_C), date=B2_DATE,
    body=alt(part(b2), part(html_doc(paras(b2)), "html")), new=b2, ids=[B_KEEP])

user_b = f"""Hi Rohit,

Sorry for late reply, I was travelling. My other account is {B_OLD}, it is with my old company mail priya.r@techvista.in. In the form I wrote AWS07730426 by mistake, that is wrong.
Please keep {B_KEEP} (this outlook mail) as main.

Thanks
Priya"""
b4_new = f"""Dear Priya,

Thank you for revert with the details.

As per the information shared, please find below the details of merging:

Primary account (to be retained): {B_KEEP} - {B_TO}
Secondary account (to be merged and deactivated): aws-07730462 - priya.r@techvista.in

Post merging, all the certifications, exam history and the benefits of secondary account will be moved into primary account. Please note that once merging is done, same cannot be reverted back.

Kindly confirm the above details are correct by replying to this email, so that we can proceed further with the merging.

Thanks and regards,
Rohit K.
AWS Training and Certification
"""
b4 = b4_new + f"""
________________________________
From: Priya Raman <{B_TO}>
Sent: Friday, August 8, 2025 5:45 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: {FORM_SUBJ.format(c=B_C)}

{user_b}

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, August 5, 2025 11:20 AM
To: {B_TO}
Subject: {FORM_SUBJ.format(c=B_C)}

{b2}"""
add("tc-form-raman-reply2", "merge_confirmation_requested", "en", B_C, True, recv="outlook", skey="ses",
    from_=TC_FORM, to=B_TO, subject=FORM_SUBJ.format(c=B_C), date=T(2025, 8, 11, 4, 12, 7),
    body=part(b4), new=b4_new, ids=[B_KEEP, B_OLD])

b5 = f"""Dear Priya,

Greetings of the day!

We have done the merging of your both certification accounts successfully. Now all your certifications are reflecting under the candidate ID {B_KEEP} and the secondary account is deactivated. Kindly login with {B_TO} to verify the same.

Please note the Credly badges may take 24-48 hours for reflecting in your Credly profile.

As the request is completed, we are closing this case from our end. Kindly take a moment to rate our service in the survey which you will receive shortly.

Thanks and regards,
Rohit K.
AWS Training and Certification
"""
add("tc-form-raman-reply3", "merge_completed", "en", B_C, True, recv="outlook", skey="ses",
    from_=TC_FORM, to=B_TO, subject=FORM_SUBJ.format(c=B_C), date=T(2025, 8, 13, 10, 40, 18),
    body=alt(part(b5), part(html_doc(paras(b5)), "html")), new=b5, ids=[B_KEEP])

b6_html = html_doc(f"""<table width="100%" cellpadding="0" cellspacing="0" style="max-width:620px;margin:auto">
<tr><td style="background:#232f3e;padding:16px"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" width="90" alt="AWS"></td></tr>
<tr><td style="padding:20px">
<p>Hello Priya,</p>
<p>Your case <b>{B_C}</b> with AWS Training and Certification has been closed.</p>
<p>Was your issue resolved?</p>
<p><a href="https://survey.aws-tc.example.amazon.com/r?c={B_C}&amp;v=yes">YES</a> &nbsp;|&nbsp; <a href="https://survey.aws-tc.example.amazon.com/r?c={B_C}&amp;v=no">NO</a></p>
<p>How would you rate the support you received from Rohit K.?</p>
<p><a href="https://survey.aws-tc.example.amazon.com/r?c={B_C}&amp;s=1">1</a> <a href="https://survey.aws-tc.example.amazon.com/r?c={B_C}&amp;s=2">2</a> <a href="https://survey.aws-tc.example.amazon.com/r?c={B_C}&amp;s=3">3</a> <a href="https://survey.aws-tc.example.amazon.com/r?c={B_C}&amp;s=4">4</a> <a href="https://survey.aws-tc.example.amazon.com/r?c={B_C}&amp;s=5">5</a></p>
<p>Your feedback helps us to serve you better.</p>
<p>AWS Training and Certification</p>
</td></tr></table>""")
add("tc-survey-raman", "survey", "en", B_C, True, recv="outlook", skey="ses",
    from_=TC_FORM, to=B_TO, subject=f"How did we do? [CASE {B_C}]", date=T(2025, 8, 13, 10, 41, 2),
    body=part(b6_html, "html"), new=b6_html, ids=[])

b7 = """Priya, your badge is ready to accept

Amazon Web Services Training and Certification has issued the following badge to you after an update to your certification profile:

AWS Certified Solutions Architect - Associate
Issued: March 2024   Expires: March 2027

Claim it now to display it on your Credly profile, LinkedIn and e-mail signature.

ACCEPT BADGE  https://www.credly.com/badges/{u}/accept

You are receiving this email because an organization issued a badge to {to}.
Credly, Inc. 2 Penn Plaza, Suite 300, New York, NY 10121
""".format(u=ruuid(), to=B_TO)
add("credly-raman", "credly_badge_issued", "en", None, True, recv="outlook", skey="credly",
    from_=CREDLY, to=B_TO, subject="Priya, your badge is ready to accept", date=T(2025, 8, 15, 14, 2, 51),
    body=part(b7, cte="7bit", charset="us-ascii"), new=b7, ids=[])

u4 = f"""Dear Priya Raman,

AWS Certification wants to hear from you!

As a recently certified individual (Candidate ID: {B_KEEP}), your opinion about the certification experience is important. Please take 10 minutes to complete our survey about the exam registration, the exam content and the benefits portal.

Start the survey: https://www.certmetrics.com/amazon/survey/{rhex(16)}

This survey closes on October 15, 2025.

Thank you,
AWS Training and Certification

Please do not reply to this email. This mailbox is not monitored.
"""
add("certmetrics-raman", "unrelated", "en", None, False, recv="outlook", skey="certmetrics",
    from_="AWS Certification <do-not-reply@certmetrics.com>", to=B_TO,
    subject="AWS Certification wants to hear from you", date=T(2025, 9, 30, 16, 0, 4),
    body=part(u4), new=u4, ids=[B_KEEP])

# ==========================================================================
# Thread C - Nguyen Minh Duc (Gmail), console case (11 digits), broken English
# ==========================================================================
C_TO = "duc.nguyenminh92@gmail.com"
C_C = "11904563217"
C_KEEP, C_OLD = "AWS05583120", "AWS06619047"
C_SUBJ = "merge 2 certification account pls"
c1 = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C_C} to address your issue.

Case ID: {C_C}
Subject: {C_SUBJ}
Severity: General guidance
Correspondence: Hello, I have two certification account because I change company email before. One is {C_KEEP} and other is aws06619047 i think. I want only one account and keep all certificate, pls help me merge and keep the first one. Thank you

To view the case or add correspondence, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_C}&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("console-duc-opened", "case_created", "en", C_C, True, recv="gmail", skey="ses",
    from_=NOREPLY, to=C_TO, subject=f"Amazon Web Services: You have opened a new Support case: {C_C}",
    date=T(2025, 9, 16, 13, 5, 22), body=part(c1, cte="7bit", charset="us-ascii"), new=c1, ids=[C_KEEP, C_OLD])

c2 = f"""Hello,

A new correspondence has been added to your AWS Support case.

Case ID: {C_C}
Subject: {C_SUBJ}

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above.

Sincerely,
Amazon Web Services
"""
add("console-duc-notice", "support_reply", "en", C_C, True, recv="gmail", skey="ses",
    from_=NOREPLY, to=C_TO, subject=f"[Case {C_C}] New correspondence added",
    date=T(2025, 9, 17, 14, 40, 9), body=part(c2, cte="7bit", charset="us-ascii"), new=c2, ids=[])

c3 = f"""Hello Duc,

Thank you for your patience while I was checking with the concern team.

I have verified and found you are having two certification account in our system which are {C_KEEP} and AWS 06619047. Before we go ahead with combining them, we needs your confirmation on below points:

- Account which will stay: {C_KEEP} (login: {C_TO})
- Account which will be merge into it: AWS 06619047 (login: duc.nm@saigonsoft.vn)

Kindly be aware this action is permanent and can not be undo once our team have performed it. Please reply back on this case from Support Center with "I confirm" so we can move forward.

Best regards,
Vikash P.
Amazon Web Services

""" + CONSOLE_FOOTER.format(c=C_C, l="en")
add("console-duc-reply1", "merge_confirmation_requested", "en", C_C, True, recv="gmail", skey="ses",
    from_=NOREPLY, to=C_TO, subject=f"RE:[CASE {C_C}] {C_SUBJ}", date=T(2025, 9, 17, 14, 40, 2),
    body=part(c3, cte="quoted-printable"), new=c3, ids=[C_KEEP, C_OLD])

c4_new = """Hello Duc,

Thank you for the confirmation. I have raised the request to our internal team and they will be doing the merging within 2-3 business days. Once the merging get completed, I will update you on this case and your Credly badges also will be move to the account you have kept.

Meanwhile, please do not create another case for same issue.

Best regards,
Vikash P.
Amazon Web Services

"""
c4 = c4_new + CONSOLE_FOOTER.format(c=C_C, l="en") + f"""

========== Previous correspondence ==========

From customer - Thu Sep 18 2025 03:12:40 GMT+0000
yes is correct. please do merge and keep {C_KEEP} one. the other {C_OLD} not need anymore. thank u very much

From Amazon Web Services - Wed Sep 17 2025 14:40:02 GMT+0000
{c3.split(chr(10) + chr(10) + "We value")[0]}
"""
add("console-duc-reply2", "support_reply", "en", C_C, True, recv="gmail", skey="ses",
    from_=NOREPLY, to=C_TO, subject=f"RE:[CASE {C_C}] {C_SUBJ}", date=T(2025, 9, 18, 9, 30, 41),
    body=part(c4, cte="quoted-printable"), new=c4_new, ids=[])

c5 = f"""Hello Duc,

Good news, your request is now done from our side. The two certification profiles is combined and everything (certifications, exam history, voucher) is now available under {C_KEEP}. The old profile {C_OLD} has been retired and you will not able to sign in with it anymore.

Please allow 24-48 hours for Credly badge to reflect. If you still need anything related with this, reply to this case and we will be happy for assist.

Best regards,
Vikash P.
Amazon Web Services

""" + CONSOLE_FOOTER.format(c=C_C, l="en")
add("console-duc-reply3", "merge_completed", "en", C_C, True, recv="gmail", skey="ses",
    from_=NOREPLY, to=C_TO, subject=f"RE:[CASE {C_C}] {C_SUBJ}", date=T(2025, 9, 22, 11, 15, 3),
    body=alt(part(c5), part(html_doc(paras(c5)), "html")), new=c5, ids=[C_KEEP, C_OLD])

c6 = f"""Hello,

We're reaching out to let you know that your AWS Support case {C_C} has been resolved. If you need further help on the same issue, you can reopen the case within 14 days from the AWS Support Center.

How did we do? Please take a minute to tell us about your support experience:
https://console.aws.amazon.com/support/home#/case/?displayId={C_C}&language=en&survey=true

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("console-duc-resolved", "survey", "en", C_C, True, recv="gmail", skey="ses",
    from_=NOREPLY, to=C_TO, subject=f"Amazon Web Services: Your Support case {C_C} has been resolved",
    date=T(2025, 9, 25, 11, 16, 30), body=part(c6, cte="7bit", charset="us-ascii"), new=c6, ids=[])

c7_html = html_doc("""<div style="max-width:600px;margin:0 auto">
<p><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="110"></p>
<h2 style="font-weight:normal">Your badges are in one place now</h2>
<p>Hello Minh Duc,</p>
<p>Amazon Web Services Training and Certification transferred the following badges to the account registered with this email address:</p>
<ul>
<li>AWS Certified Cloud Practitioner</li>
<li>AWS Certified Solutions Architect &ndash; Associate</li>
</ul>
<p>Accept them to keep them visible on your public profile.</p>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:3px">Accept badges</a></p>
<p style="font-size:11px;color:#777">Credly, Inc., 2 Penn Plaza, Suite 300, New York, NY 10121 &middot; <a href="https://www.credly.com/notifications">Notification settings</a></p>
</div>""")
add("credly-duc", "credly_badge_issued", "en", None, True, recv="gmail", skey="credly",
    from_=CREDLY, to=C_TO, subject="Badges transferred to your Credly account", date=T(2025, 9, 23, 2, 48, 15),
    body=part(c7_html, "html", cte="base64"), new=c7_html, ids=[])

# other AWS case of the same user: EC2 quota (unrelated)
U2_OPEN = T(2025, 12, 2, 4, 11, 50)
U2_C = cid15(U2_OPEN, 1174)
u2 = f"""Hello Duc,

Thank you for your patience.

We have done the needful and your request for increase of "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in Asia Pacific (Singapore) region from 32 vCPU to 96 vCPU is approved. It can take up to 30 minutes for the new limit to be effective in your account.

Kindly note the limits are set per region, if you need same for other region please raise new request from Service Quotas console.

Best regards,
Arjun M.
Amazon Web Services

""" + CONSOLE_FOOTER.format(c=U2_C, l="en")
add("console-duc-quota", "unrelated", "en", U2_C, True, recv="gmail", skey="ses",
    from_=NOREPLY, to=C_TO, subject=f"RE:[CASE {U2_C}] Limit Increase: EC2 Instances",
    date=T(2025, 12, 3, 2, 5, 40), body=part(u2), new=u2, ids=[])

# ==========================================================================
# Thread D - Sato Yumi (nifty), console case in Japanese, machine translation
# ==========================================================================
D_TO = "yumi.sato@nifty.com"
D_OPEN = T(2025, 10, 21, 1, 5, 33)
D_C = cid15(D_OPEN, 80092)
D_KEEP, D_OLD = "AWS03381927", "AWS08820415"
D_SUBJ = "認定アカウントが2つあるので1つにしたい"
d1 = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {D_C} をオープンしました。

ケース ID: {D_C}
件名: {D_SUBJ}
重要度: 一般的なガイダンス
お問い合わせ内容: 結婚で姓が変わったため、新しい名前で別の認定アカウントを作ってしまいました。旧姓のアカウントの資格を新しいアカウントにまとめたいです。よろしくお願いします。

ケースを表示したり、やり取りを追加するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={D_C}&language=ja

よろしくお願いいたします。
Amazon Web Services

このメッセージは Amazon Web Services, Inc. (410 Terry Ave. North, Seattle, WA 98109-5210) によって作成および配信されました。
"""
add("console-sato-opened", "case_created", "ja", D_C, True, recv="nifty", skey="ses",
    from_=NOREPLY, to=D_TO,
    subject=subj(f"Amazon Web Services: 新しいサポートケースを開きました: {D_C}", "iso-2022-jp"),
    date=D_OPEN + dt.timedelta(seconds=18), body=part(d1, charset="iso-2022-jp", cte="7bit"), new=d1, ids=[])

d2 = f"""佐藤 由美 様

Amazon Web Services にご連絡いただきありがとうございます。

私はあなたのケースを調査しました、そして、私たちはあなたの名前に関連する2つの認定アカウントを見つけました：{D_KEEP} と {D_OLD}。

統合を進めるために、次の情報を提供してください:
1. どちらのアカウントを保持したいですか。
2. 各アカウントのサインインに使用するメールアドレス。
3. 旧姓のアカウントの通知用メールアドレスは、まだ受信することができますか。

この情報を受け取った後、私たちはすぐに次のステップを続行します。

よろしくお願いします、
ミゲル R.
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(c=D_C)
add("console-sato-reply1", "support_reply", "ja", D_C, True, recv="nifty", skey="ses",
    from_=NOREPLY, to=D_TO, subject=f"RE:[CASE {D_C}] " + subj(D_SUBJ).replace("\n", "\n "),
    date=T(2025, 10, 22, 3, 30, 14), body=part(d2, cte="base64"), new=d2, ids=[D_KEEP, D_OLD])

d3 = f"""佐藤 様

情報を提供していただきありがとうございます。

以下の統合を実行する前に、私たちはあなたの最終的な確認を必要とします。統合が一度実行されると、それを取り消すことはできないことに注意してください。

・維持されるアカウント: aws03381927 ({D_TO})
・統合され、閉鎖されるアカウント: aws08820415 (yumi.kobayashi.0412@gmail.com)

閉鎖されるアカウントのすべての認定資格、試験の履歴および特典は、維持されるアカウントに移されます。

上記が正しい場合は、サポートセンターからこのケースに「はい、進めてください」と返信してください。

よろしくお願いします、
ミゲル R.
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(c=D_C)
add("console-sato-reply2", "merge_confirmation_requested", "ja", D_C, True, recv="nifty", skey="ses",
    from_=NOREPLY, to=D_TO, subject=f"RE:[CASE {D_C}] " + subj(D_SUBJ).replace("\n", "\n "),
    date=T(2025, 10, 23, 6, 12, 55), body=part(d3, cte="quoted-printable"), new=d3, ids=[D_KEEP, D_OLD])

d4 = f"""佐藤 様

お待たせいたしました。

{D_OLD} にあったすべての認定資格の記録は、アカウント {D_KEEP} に移行いたしました。{D_OLD} は閉鎖されましたので、今後は {D_TO} でサインインしてください。

他にご質問がない場合は、本ケースはこれでクローズさせていただきます。私たちのサポートの品質を改善するため、このやり取りを評価していただけますか。

よろしくお願いします、
ミゲル R.
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(c=D_C)
add("console-sato-reply3", "merge_completed", "ja", D_C, True, recv="nifty", skey="ses",
    from_=NOREPLY, to=D_TO, subject=f"RE:[CASE {D_C}] " + subj(D_SUBJ).replace("\n", "\n "),
    date=T(2025, 10, 27, 2, 40, 26),
    body=alt(part(d4, cte="base64"), part(html_doc(paras(d4), "ja"), "html", cte="base64")),
    new=d4, ids=[D_KEEP, D_OLD])

d5_html = html_doc(f"""<div style="max-width:600px">
<p>佐藤 由美 様</p>
<p>AWS サポートをご利用いただき、ありがとうございました。ケース {D_C} は解決済みとしてクローズされました。</p>
<p>今後のサービス向上のため、アンケートへのご協力をお願いいたします（所要時間 1 分程度）。</p>
<p>今回のサポートにどの程度満足されましたか？</p>
<table><tr>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={D_C}&amp;rating=1">1</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={D_C}&amp;rating=2">2</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={D_C}&amp;rating=3">3</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={D_C}&amp;rating=4">4</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={D_C}&amp;rating=5">5</a></td>
</tr></table>
<p>ご意見をお待ちしております。</p>
<p>Amazon Web Services</p>
</div>""", "ja")
add("console-sato-survey", "survey", "ja", D_C, True, recv="nifty", skey="ses",
    from_=NOREPLY, to=D_TO, subject=subj(f"AWS サポートに関するアンケートのお願い (ケース {D_C})"),
    date=T(2025, 10, 30, 2, 41, 0), body=part(d5_html, "html"), new=d5_html, ids=[])

d6 = """Hello Yumi,

Good news! Amazon Web Services Training and Certification has issued you 2 badges:

- AWS Certified Cloud Practitioner
- AWS Certified AI Practitioner

These badges were previously held under a different email address and were re-issued to you after your AWS Certification profiles were combined.

Accept your badges: https://www.credly.com/earner/earned?accept=true

Credly, Inc. | 2 Penn Plaza, Suite 300, New York, NY 10121
"""
add("credly-sato", "credly_badge_issued", "en", None, True, recv="nifty", skey="credly",
    from_=CREDLY, to=D_TO, subject="You have 2 new badges from Amazon Web Services Training and Certification",
    date=T(2025, 10, 28, 22, 3, 47), body=part(d6), new=d6, ids=[])

# other AWS case of the same user: billing, Japanese (unrelated)
U3_OPEN = T(2026, 1, 16, 11, 22, 7)
U3_C = cid15(U3_OPEN, 44019)
u3 = f"""佐藤 様

Amazon Web Services にご連絡いただきありがとうございます。

お客様の請求書を確認しました、そして、2025年12月分の料金が2回請求されていることを確認しました。二重に請求された金額 (USD 18.42) の返金処理は完了しました。返金がお客様のクレジットカードの明細に反映されるまで、5〜10 営業日かかる場合があります。

ご不便をおかけして申し訳ありません。

よろしくお願いします、
ケンジ T.
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(c=U3_C)
add("console-sato-billing", "unrelated", "ja", U3_C, True, recv="nifty", skey="ses",
    from_=NOREPLY, to=D_TO, subject=f"RE:[CASE {U3_C}] " + subj("請求について - 同じ月の料金が2回請求されています").replace("\n", "\n "),
    date=T(2026, 1, 19, 5, 9, 31), body=part(u3, cte="base64"), new=u3, ids=[])

# ==========================================================================
# Thread E - Marco Bianchi (Office 365 corporate), form desk
# ==========================================================================
E_TO = "marco.bianchi@fintegra-solutions.eu"
E_OPEN = T(2025, 11, 12, 9, 47, 2)
E_C = cid15(E_OPEN, 5567)
E_KEEP, E_OLD = "AWS01928374", "AWS04455612"
e1_txt = f"""Hello Marco,

Thanks for writing in. A member of our team picks up your ticket shortly (in most cases within one business day).

Ticket reference: {E_C}

Amazon Web Services - AWS Training and Certification
"""
e1_html = html_doc(f"""<p>Hello Marco,</p>
<p>Thanks for writing in. A member of our team picks up your ticket shortly (in most cases within one business day).</p>
<p><b>Ticket reference:</b> {E_C}</p>
<p>While you wait, many questions are answered in our FAQ:</p>
<ul><li><a href="https://aws.amazon.com/certification/faqs/">AWS Certification FAQs</a></li>
<li><a href="https://aws.amazon.com/certification/policies/">Certification policies</a></li></ul>
<p>Please do not submit a second form for the same question; reply to this e-mail instead.</p>
<p>Amazon Web Services &ndash; AWS Training and Certification</p>""")
add("tc-form-bianchi-ack", "case_created", "en", E_C, True, recv="o365", skey="ses",
    from_=TC_FORM, to=E_TO, subject=f"[CASE {E_C}] We received your request - AWS Training and Certification",
    date=E_OPEN + dt.timedelta(seconds=18), body=alt(part(e1_txt), part(e1_html, "html")), new=e1_html, ids=[])

e2 = f"""Hello Marco,

Greetings from AWS Training and Certification!

I am Faisal and I will be taking care of your request today.

As requested, I have located both of your certification profile. Please find the details here under and confirm me if all is correct:

 Profile to be kept   : {E_KEEP} – {E_TO}
 Profile to be merged : AWS 04455612 – marco.bianchi84@libero.it

After the merging, the profile AWS 04455612 will be closed definitively and all the certification history will go under {E_KEEP}. Kindly note this is irreversible process, we will not be able to split them back after.

Awaiting for your kind confirmation to proceed.

Kind regards,
Faisal M.
AWS Training and Certification
"""
E2_DATE = T(2025, 11, 13, 7, 30, 40)
add("tc-form-bianchi-reply1", "merge_confirmation_requested", "en", E_C, True, recv="o365", skey="ses",
    from_=TC_FORM, to=E_TO, subject=FORM_SUBJ.format(c=E_C), date=E2_DATE,
    body=alt(part(e2), part(html_doc(paras(e2)), "html")), new=e2, ids=[E_KEEP, E_OLD])

marco_conf = """Dear Faisal,

I confirm all is correct, please go ahead with the merging. The libero address I don't use it anymore since years.
Thank you very much for the support.

Best regards
Marco Bianchi
Cloud Architect | Fintegra Solutions S.r.l."""
marco_msgid = f"<AM9PR02MB{rng.randint(1000,9999)}{ralnum(12).upper()}@AM9PR02MB{rng.randint(1000,9999)}.eurprd02.prod.outlook.com>"
e3_new = """Hello Marco,

Thank you for confirming, we will now proceed with your request. The activity is being executed by our backend team and normally it is taking 3 to 5 business days. I will keep you posted on this same thread.

Kind regards,
Faisal M.
AWS Training and Certification
"""
e3 = e3_new + f"""
From: Marco Bianchi <{E_TO}>
Sent: Thursday, November 13, 2025 10:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: {FORM_SUBJ.format(c=E_C)}

{marco_conf}

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, November 13, 2025 8:30 AM
To: Marco Bianchi <{E_TO}>
Subject: {FORM_SUBJ.format(c=E_C)}

{e2}"""
add("tc-form-bianchi-reply2", "support_reply", "en", E_C, True, recv="o365", skey="ses",
    from_=TC_FORM, to=E_TO, subject="RE: " + FORM_SUBJ.format(c=E_C), date=T(2025, 11, 13, 12, 18, 9),
    body=part(e3), new=e3_new, ids=[], extra=[("In-Reply-To", marco_msgid), ("References", marco_msgid)])

e5_new = f"""Hello Marco,

Hope you are fine.

This is to inform you that the activity is completed. The certification records of the old profile are now moved and visible under your {E_KEEP} profile, and the other profile is deactivated on our end. You can login with your company mail to check the status of your certifications.

As your request is fulfilled, I am closing this case. You may receive a short survey, please take 1 minute to fill it.

Kind regards,
Faisal M.
AWS Training and Certification
"""
e5_quoted = f"""
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, November 13, 2025 1:18 PM
To: Marco Bianchi <{E_TO}>
Subject: RE: {FORM_SUBJ.format(c=E_C)}

{e3_new}
-----Original Message-----
From: Marco Bianchi <{E_TO}>
Sent: Thursday, November 13, 2025 10:02 AM
Subject: RE: {FORM_SUBJ.format(c=E_C)}

{marco_conf}

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, November 13, 2025 8:30 AM
Subject: {FORM_SUBJ.format(c=E_C)}

{e2}"""
e5 = e5_new + e5_quoted
E5_DATE = T(2025, 11, 17, 15, 5, 51)
add("tc-form-bianchi-reply3", "merge_completed", "en", E_C, True, recv="o365", skey="ses",
    from_=TC_FORM, to=E_TO, subject="RE: " + FORM_SUBJ.format(c=E_C), date=E5_DATE,
    body=part(e5), new=e5_new, ids=[E_KEEP], extra=[("In-Reply-To", marco_msgid), ("References", marco_msgid)])

# colleague forwards the completion mail (unrelated: colleague's own mail)
e4_new = f"""Ciao Marco,

this arrived also in the training@ shared mailbox (they put it in CC I think). Seems is about your accounts {E_KEEP} / {E_OLD} – so now is only one? Can you confirm so I update the skills matrix for the partner renewal.

Grazie,
Giulia

Giulia Ferri
People & Training | Fintegra Solutions S.r.l.
"""
e4 = e4_new + f"""
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, November 17, 2025 4:05 PM
To: Marco Bianchi <{E_TO}>
Cc: Training <training@fintegra-solutions.eu>
Subject: RE: {FORM_SUBJ.format(c=E_C)}

{e5}"""
add("fwd-ferri-to-bianchi", "unrelated", "en", E_C, False, recv="o365-internal", skey=None,
    from_="Giulia Ferri <giulia.ferri@fintegra-solutions.eu>", to=f"Marco Bianchi <{E_TO}>",
    subject="FW: " + FORM_SUBJ.format(c=E_C), date=T(2025, 11, 18, 8, 40, 12, CET),
    body=alt(part(e4), part(html_doc(paras(e4)), "html")), new=e4_new, ids=[E_KEEP, E_OLD],
    extra=[("Thread-Topic", "RE:[CASE %s] [AWS Training and Certification Form Submission] -\n account-assistance" % E_C),
           ("Thread-Index", "AQHb" + ralnum(28) + "=="), ("Content-Language", "it-IT")])

e6 = """Hi Marco,

Amazon Web Services Training and Certification has transferred 3 badges to you:

  * AWS Certified Solutions Architect - Professional
  * AWS Certified DevOps Engineer - Professional
  * AWS Certified Security - Specialty

They are now linked to marco.bianchi@fintegra-solutions.eu. Accept them so they appear on your profile:
https://www.credly.com/earner/earned

Credly, Inc. | 2 Penn Plaza, Suite 300, New York, NY 10121
"""
add("credly-bianchi", "credly_badge_issued", "en", None, True, recv="o365", skey="credly",
    from_=CREDLY, to=E_TO, subject="Your badges have been transferred", date=T(2025, 11, 19, 13, 30, 2),
    body=alt(part(e6), part(html_doc(paras(e6)), "html")), new=e6, ids=[])

u6 = """@fferraro-ft merged commit 9c1e4b7 into main.

Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/fintegra-solutions/cert-tracker/pull/482#event-16022311874
You are receiving this because you were mentioned.
"""
u6_html = html_doc("""<p>Merged <a href="https://github.com/fintegra-solutions/cert-tracker/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/fintegra-solutions/cert-tracker/pull/482#event-16022311874">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""")
gh_mid = "<fintegra-solutions/cert-tracker/pull/482/issue_event/16022311874@github.com>"
add("github-bianchi", "unrelated", "en", None, False, recv="o365", skey="github",
    from_="Fabio Ferraro <notifications@github.com>", to="fintegra-solutions/cert-tracker <cert-tracker@noreply.github.com>",
    subject="Re: [fintegra-solutions/cert-tracker] Merge duplicate AWS certification accounts in skills table (PR #482)",
    date=T(2026, 1, 27, 14, 2, 18), body=alt(part(u6, cte="7bit", charset="us-ascii"), part(u6_html, "html", cte="7bit", charset="us-ascii")),
    new=u6, ids=[],
    extra=[("Message-ID", gh_mid), ("In-Reply-To", "<fintegra-solutions/cert-tracker/pull/482@github.com>"),
           ("References", "<fintegra-solutions/cert-tracker/pull/482@github.com>"),
           ("Cc", f"Marco Bianchi <{E_TO}>, Mention <mention@noreply.github.com>"),
           ("X-GitHub-Reason", "mention")])

# ==========================================================================
# Thread F - Kim Minsoo (Gmail), form desk + duplicate console case
# ==========================================================================
F_TO = "minsoo.kim.cloud@gmail.com"
F_OPEN = T(2026, 1, 8, 2, 14, 55)
F_C = cid15(F_OPEN, 27731)
F_DUP_OPEN = T(2026, 1, 12, 1, 3, 44)
F_DUP = cid15(F_DUP_OPEN, 90215)
F_KEEP, F_OLD = "AWS09081726", "AWS02345098"
f1 = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {F_DUP} to address your issue.

Case ID: {F_DUP}
Subject: account merge not answer
Severity: General guidance
Correspondence: Hello. I open case before 4 days (number {F_C}) for merge my certification account but nobody answer me yet. please merge my account {F_KEEP} and aws 02345098, i need for company before end of month. thank you very much

To view the case or add correspondence, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={F_DUP}&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("console-kim-opened", "case_created", "en", F_DUP, True, recv="gmail", skey="ses",
    from_=NOREPLY, to=F_TO, subject=f"Amazon Web Services: You have opened a new Support case: {F_DUP}",
    date=F_DUP_OPEN + dt.timedelta(seconds=16), body=part(f1, cte="7bit", charset="us-ascii"), new=f1, ids=[F_KEEP, F_OLD])

f2 = f"""Hi Minsoo,

Apology for the delay in response, we are having high volume of requests this week.

Your request is under process with our internal team and we will update you soon. Also we noticed you have open another case {F_DUP} for the same, we will be closing that one and continue here only, so kindly follow up on this thread.

Thanks for your understanding.

Regards,
Jomar D.
AWS Training & Certification Support
"""
add("tc-form-kim-reply1", "support_reply", "en", F_C, True, recv="gmail", skey="ses",
    from_=TC_FORM, to=F_TO, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_C,
    date=T(2026, 1, 12, 6, 20, 37), body=part(f2), new=f2, ids=[])

f3 = f"""Hi Minsoo,

Thanks for your patient.

We have check the both candidate ID given by you. Please see below, this is how we are going to do the merging:

   {F_KEEP}  -->  will be KEEP (main account, email {F_TO})
   {F_OLD}  -->  will be MERGE into above one and closed

Once we merge, it is not possible to separate again. So we need your consent first. Kindly reply "Yes, proceed" in this email if above is ok for you, or tell us if you want to keep the other one instead.

Regards,
Jomar D.
AWS Training & Certification Support
"""
add("tc-form-kim-reply2", "merge_confirmation_requested", "en", F_C, True, recv="gmail", skey="ses",
    from_=TC_FORM, to=F_TO, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_C,
    date=T(2026, 1, 13, 7, 10, 2), body=alt(part(f3), part(html_doc(paras(f3)), "html")), new=f3, ids=[F_KEEP, F_OLD])

f4_new = """Hi Minsoo,

Just following up on my previous email below. We have not receive your consent yet for proceed with the merging. Are you still needing our help on this? If we will not hear from you in 3 business days the case will be auto-closed, but you can always reopen it by reply this email.

Regards,
Jomar D.
"""
f4 = f4_new + "\nOn Tue, Jan 13, 2026 at 7:10 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + quote(f3) + "\n"
add("tc-form-kim-reply3", "support_reply", "en", F_C, True, recv="gmail", skey="ses",
    from_=TC_FORM, to=F_TO, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_C,
    date=T(2026, 1, 16, 7, 30, 55), body=part(f4, cte="base64"), new=f4_new, ids=[])

kim_yes = f"""yes proceed please. keep {F_KEEP}. sorry for late answer i was in business trip to Busan"""
f5_new_html = f"""<div style="font-family:Calibri,Arial,sans-serif">
<p>Hi Minsoo,</p>
<p>Your two profiles now become one. We moved all exam records and certifications from the secondary ID into <b>{F_KEEP}</b>, so now you have only one profile to login. The secondary ID can not be use anymore.</p>
<p>Note: it can take up to 5 business days for Credly to show all your badges under the same account. If it is not showing after that, just reply here.</p>
<p>Regards,<br>Jomar D.<br>AWS Training &amp; Certification Support</p>
</div>"""
f5_html = html_doc(f5_new_html + f"""
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> Kim Minsoo &lt;{F_TO}&gt;<br><b>Sent:</b> Friday, January 16, 2026 9:41 PM<br><b>Subject:</b> Re: RE: [CASE {F_C}] [AWS Training and Certification Form Submission] - account-assistance</p>
</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{html.escape(kim_yes)}</blockquote>""")
add("tc-form-kim-reply4", "merge_completed", "en", F_C, True, recv="gmail", skey="ses",
    from_=TC_FORM, to=F_TO, subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % F_C,
    date=T(2026, 1, 19, 10, 0, 26), body=part(f5_html, "html", cte="base64"), new=f5_new_html, ids=[F_KEEP])

f6 = f"""Hello Minsoo,

Your case {F_C} with AWS Training and Certification is now closed.

We would love to hear about your experience. It takes less than a minute:
Was your issue resolved?  YES: https://pages.awscloud.com/tc-csat.html?case={F_C}&r=y   NO: https://pages.awscloud.com/tc-csat.html?case={F_C}&r=n

Thank you,
AWS Training and Certification
"""
add("tc-survey-kim", "survey", "en", F_C, True, recv="gmail", skey="ses",
    from_=TC_FORM, to=F_TO, subject=f"We'd love your feedback - case {F_C}", date=T(2026, 1, 19, 10, 5, 40),
    body=alt(part(f6), part(html_doc(paras(f6)), "html")), new=f6, ids=[])

u8 = """Hi Minsoo,

We received a request to merge another Credly account into your account minsoo.kim.cloud@gmail.com.

Your verification code is: 482913

Enter this code on the merge screen, or select the button below to finish:
Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token={t}

This code expires in 30 minutes. If you didn't request this, you can ignore this email - nothing will change.

The Credly Team
""".format(t=ralnum(32))
add("credly-kim-mergecode", "unrelated", "en", None, True, recv="gmail", skey="credly",
    from_="Credly <admin@credly.com>", to=F_TO, subject="Your Credly account merge code",
    date=T(2026, 1, 20, 12, 44, 3), body=part(u8), new=u8, ids=[])

u7 = """Hi Minsoo,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, will expire on June 1, 2026.

To keep your badge active, complete the recertification requirements before the expiration date. Once it expires it will remain on your profile marked as expired.

View badge: https://www.credly.com/badges/{u}

Credly, Inc. | 2 Penn Plaza, Suite 300, New York, NY 10121
""".format(u=ruuid())
add("credly-kim-expiry", "unrelated", "en", None, True, recv="gmail", skey="credly",
    from_=CREDLY, to=F_TO, subject="Your badge expires in 60 days", date=T(2026, 4, 2, 15, 0, 11),
    body=alt(part(u7), part(html_doc(paras(u7)), "html")), new=u7, ids=[])

# ==========================================================================
# Thread G - Yamada Kenta (biglobe), form desk, mixed English/Japanese
# ==========================================================================
G_TO = "k-yamada@mub.biglobe.ne.jp"
G_OPEN = T(2026, 2, 16, 5, 30, 12)
G_C = cid15(G_OPEN, 70663)
G_KEEP, G_OLD = "AWS06602318", "AWS01175590"
g1 = f"""※本メールは自動送信されています。追加の情報は、件名を変更せずにこのメールへご返信ください。
※This is an automatically generated message.

山田 健太 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
受付番号: {G_C}

内容を確認のうえ、担当者より原則 24 時間以内にご連絡いたします。
なお、同じ内容で重複したお問い合わせはお控えください。

ご入力内容:
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 候補者 ID: {G_KEEP}

----
We have received your inquiry (reference {G_C}). An agent will contact you within 24 hours.
----
Amazon Web Services
"""
add("tc-form-yamada-ack", "case_created", "ja", G_C, True, recv="biglobe", skey="ses",
    from_=TC_FORM, to=G_TO, subject=f"[CASE {G_C}] [AWS Training and Certification Form Submission] - account-assistance",
    date=G_OPEN + dt.timedelta(seconds=18), body=part(g1, cte="quoted-printable"), new=g1, ids=[G_KEEP])

g2 = f"""山田 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
恐れ入りますが、担当者が日本語に対応していないため、以下英語にてご案内いたします。

Dear Kenta-san,

Thank you for contact us. My name is Siti and I am handling your request.

We have found two certification accounts under your name. Before we proceed with the merge, please kindly check and confirm the following:

Account to be retained : {G_KEEP} ({G_TO})
Account to be merged   : {G_OLD} (kenta.yamada@sakura-logi.co.jp)

Please take note that the merging is final and we are not able to reverse it after it is completed. All certifications, transcripts and benefits will be under the retained account.

Kindly reply to this email with your confirmation so that we can submit it to our team.
ご確認のほど、よろしくお願いいたします。

Best regards,
Siti N.
Amazon Web Services
"""
G2_DATE = T(2026, 2, 17, 8, 15, 29)
add("tc-form-yamada-reply1", "merge_confirmation_requested", "en", G_C, True, recv="biglobe", skey="ses",
    from_=TC_FORM, to=G_TO, subject=FORM_SUBJ.format(c=G_C), date=G2_DATE,
    body=alt(part(g2, cte="base64"), part(html_doc(paras(g2), "ja"), "html", cte="base64")), new=g2, ids=[G_KEEP, G_OLD])

g3_new = """山田様

ご確認を頂きましてありがとうございます。お客様の要求は処理のために担当チームに送られました。

統合が完了次第、私たちはメールでお知らせします。その後、Credly のバッジも保持されたアカウントに反映されることになります。通常これは 3〜5 営業日を必要とします。

何か他の質問があれば、このメールに返信してください。

Siti N.
Amazon Web Services
"""
yamada_reply = f"""Yes, it is correct. 問題ありません。
Please merge to {G_KEEP}. 古いアカウント（{G_OLD}）は前の会社のメールです。

山田"""
g3 = g3_new + f"""
2026年2月17日(火) 21:03 山田 健太 <{G_TO}>:
{quote(yamada_reply)}
>
> 2026年2月17日(火) 17:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{quote(quote(g2))}
"""
add("tc-form-yamada-reply2", "support_reply", "ja", G_C, True, recv="biglobe", skey="ses",
    from_=TC_FORM, to=G_TO, subject=FORM_SUBJ.format(c=G_C), date=T(2026, 2, 18, 2, 20, 3),
    body=part(g3, cte="quoted-printable"), new=g3_new, ids=[])

g4 = f"""山田 健太 様

いつも AWS をご利用いただき、ありがとうございます。

ご依頼いただいたお手続きが完了いたしましたので、以下の通りご報告いたします。

① 認定資格・試験履歴: {G_OLD} から {G_KEEP} へ移行済み
② 旧アカウント {G_OLD}: 無効化済み（今後ログインはできません）
③ 特典（50% 割引バウチャー等）: {G_KEEP} にて引き続きご利用いただけます

Credly のバッジが 5 営業日を過ぎても反映されていない場合は、本メールにご返信ください。

本件はこれにてクローズとさせていただきます。

AWS トレーニングと認定 サポートチーム
Amazon Web Services
"""
add("tc-form-yamada-reply3", "merge_completed", "ja", G_C, True, recv="biglobe", skey="ses",
    from_=TC_FORM, to=G_TO, subject=FORM_SUBJ.format(c=G_C), date=T(2026, 2, 20, 6, 45, 38),
    body=part(g4, charset="Shift_JIS", cte="8bit", codec="cp932"), new=g4, ids=[G_KEEP, G_OLD])

g6 = f"""山田 健太 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
ケース {G_C} はクローズされました。

サービス向上のため、簡単なアンケートにご協力をお願いします。所要時間は約 1 分です。

お客様の問題は解決されましたか？
  はい : https://pages.awscloud.com/tc-csat.html?case={G_C}&r=y&lang=ja
  いいえ: https://pages.awscloud.com/tc-csat.html?case={G_C}&r=n&lang=ja

担当者の対応を 5 段階で評価してください:
  https://pages.awscloud.com/tc-csat.html?case={G_C}&lang=ja

今後ともよろしくお願いいたします。
AWS トレーニングと認定
"""
add("tc-survey-yamada", "survey", "ja", G_C, True, recv="biglobe", skey="ses",
    from_=TC_FORM, to=G_TO, subject=subj("アンケートのお願い: AWS トレーニングと認定 サポート", "iso-2022-jp"),
    date=T(2026, 2, 20, 6, 46, 51), body=part(g6, charset="iso-2022-jp", cte="7bit"), new=g6, ids=[])

g5 = """Hello Kenta,

Amazon Web Services Training and Certification issued you a new badge.

AWS Certified Data Engineer - Associate

This badge was moved to your account after your AWS Certification accounts were consolidated. Accept it to display it on your profile:
https://www.credly.com/earner/earned/badge/{u}

Credly, Inc. | 2 Penn Plaza, Suite 300, New York, NY 10121
""".format(u=ruuid())
add("credly-yamada", "credly_badge_issued", "en", None, True, recv="biglobe", skey="credly",
    from_=CREDLY, to=G_TO, subject="Kenta, you earned a badge!", date=T(2026, 2, 21, 1, 12, 6),
    body=alt(part(g5), part(html_doc(paras(g5)), "html")), new=g5, ids=[])

# ==========================================================================
# Thread H - Ahmed Al-Farsi (outlook.com), form desk; two phishing mails
# ==========================================================================
H_TO = "ahmed.alfarsi@outlook.com"
H_OPEN = T(2026, 3, 2, 16, 20, 45)
H_C = cid15(H_OPEN, 3384)
H_KEEP, H_OLD = "AWS07211934", "AWS03098871"
h1 = f"""Dear Ahmed,

Warm greetings from AWS Training and Certification!

Thank you for writing to us regarding your certification accounts. We regret for the inconvenience caused to you.

In order to proceed with your request, we kindly request you to provide the following information:
– The email ID registered in each certification account
– The candidate ID of the account you want to retain
– Reason for the merge request (for our record purpose)

Please note, we are not able to find any account with the candidate ID “AWS0721934” mentioned in your form (seems one digit is missing). Kindly recheck the same and share with us.

Awaiting your response.

Best Regards,
Naveen R.
AWS Training and Certification
"""
add("tc-form-alfarsi-reply1", "support_reply", "en", H_C, True, recv="outlook", skey="ses",
    from_=TC_FORM, to=H_TO, subject=FORM_SUBJ.format(c=H_C), date=T(2026, 3, 3, 10, 5, 17),
    body=part(h1, charset="iso-8859-1", cte="8bit", codec="utf-8"), new=h1, ids=[])

ahmed_reply = f"""Dear Naveen
Sorry for mistake. the correct ID is {H_KEEP}, this is with my personal email and i want keep this one. Other account is with my old office email a.alfarsi@gulfnet-eng.ae, the id i dont remember exactly, maybe {H_OLD} i check in old mail. Reason is i have 2 certificate in each one and want all in one place for my employer.
Thank you
Ahmed

Sent from Outlook for Android"""
h3_new = f"""Dear Ahmed,

Thank you for sharing the information.

We would like to inform you that we will be merging your certification accounts as per the below details, after receiving your confirmation:

Retained Account      : {H_KEEP} ({H_TO})
Account to be merged  : {H_OLD} (a.alfarsi@gulfnet-eng.ae)

Kindly note that the merging process is irreversible; once done, it cannot be reverted back. Request you to confirm by replying to this email so that we may proceed.

Best Regards,
Naveen R.
AWS Training and Certification
"""
h3 = h3_new + f"""
From: Ahmed Al-Farsi <{H_TO}>
Sent: Wednesday, March 4, 2026 7:52 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: {FORM_SUBJ.format(c=H_C)}

{ahmed_reply}
"""
add("tc-form-alfarsi-reply2", "merge_confirmation_requested", "en", H_C, True, recv="outlook", skey="ses",
    from_=TC_FORM, to=H_TO, subject=FORM_SUBJ.format(c=H_C), date=T(2026, 3, 5, 9, 40, 12),
    body=alt(part(h3), part(html_doc(paras(h3)), "html")), new=h3_new, ids=[H_KEEP, H_OLD])

PH_DOM = "aws-certmerge-verify.com"
h2 = f"""Dear Candidate,

We have received a request to merge your AWS Certification accounts {H_KEEP} and {H_OLD}.

Before our team can merge these accounts, you must confirm the request. Please note that account merge is permanent and can not be reversed.

Confirm merge request: https://portal.{PH_DOM}/confirm?ref={ralnum(20)}

If you do not confirm within 24 hours, both accounts will be temporarily suspended for security reason and your certifications will not be visible to employers.

Regards,
AWS Training & Certification Team
"""
h2_html = html_doc(f"""<div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:20px">
<p style="text-align:center"><img src="https://portal.{PH_DOM}/img/aws.png" alt="aws" width="80"></p>
{paras(h2)}
<p style="text-align:center"><a href="https://portal.{PH_DOM}/confirm" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">CONFIRM MERGE</a></p>
</div>""")
add("certmerge-verify-alfarsi", "merge_confirmation_requested", "en", None, False, recv="outlook", skey="lookalike",
    dom=PH_DOM, from_=f"AWS Training & Certification <support@{PH_DOM}>", to=H_TO,
    subject="Action required: confirm your AWS Certification account merge", date=T(2026, 3, 4, 22, 13, 40),
    body=alt(part(h2), part(h2_html, "html")), new=h2, ids=[H_KEEP, H_OLD])

h4_html = html_doc("""<div style="max-width:600px;margin:auto">
<p><img src="https://d1.awsstatic-cdn.net/logo.png" width="90" alt="Amazon Web Services"></p>
<p>Dear Customer,</p>
<p>We are pleased to inform that your AWS Certification accounts have been successfully merged. All your certifications are now under your primary candidate profile.</p>
<p>As part of the merge, your 50% exam discount voucher needs to be re-validated. Please confirm your payment details within 48 hours to keep the voucher active:</p>
<p><a href="http://aws-voucher-revalidate.top/login" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Re-validate voucher</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
</div>""")
add("tc-form-alfarsi", "merge_completed", "en", None, False, recv="outlook", skey="spoof", dmarc="fail",
    dom="hostfly-cloud.net", from_=TC_FORM, to=H_TO,
    subject="Your account merge is complete - action needed for your exam voucher", date=T(2026, 3, 7, 3, 51, 20),
    body=part(h4_html, "html", cte="base64"), new=h4_html, ids=[],
    forged_ar="mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com")

h5 = f"""Dear Ahmed,

Your case {H_C} has been marked as resolved.

Please tell us how we did - it takes less than one minute. Was your issue resolved? YES / NO
https://pages.awscloud.com/tc-csat.html?case={H_C}

Thank you for choosing AWS Training and Certification.
"""
add("tc-survey-alfarsi", "survey", "en", H_C, True, recv="outlook", skey="ses",
    from_=TC_FORM, to=H_TO, subject=f"Your feedback matters [CASE {H_C}]", date=T(2026, 3, 10, 12, 30, 9),
    body=alt(part(h5), part(html_doc(paras(h5)), "html")), new=h5, ids=[])

u1 = f"""Hello,

I am Deepak from Amazon Seller Support.

I have reviewed your request and we have merged the detail page of ASIN B0C7XK2M4Q into ASIN B0C7XJ9P1L as both are same product (Dates 1kg, Khalas). The changes may take 24-48 hours to reflect on the Amazon website. Your offer on the merged ASIN will be kept as it is.

If you have any more questions, please reply to this email or contact us through Seller Central.

How did we do?
If I've resolved your issue, please click here: https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=6012847759&yes
If not, please click here: https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=6012847759&no

Thank you for selling on Amazon,
Deepak S.
Amazon Services
"""
add("seller-alfarsi", "unrelated", "en", "6012847759", True, recv="outlook", skey="ses",
    from_='"Amazon Seller Central" <seller-notification@amazon.com>', to=H_TO,
    subject="RE:[CASE 6012847759] Request to merge duplicate ASIN listings", date=T(2025, 12, 9, 7, 14, 31),
    body=part(u1), new=u1, ids=[])

u11 = """Dear AWS Certified Professional,

Congratulations! As a thank-you for being AWS Certified you are eligible for an extra 75% exam voucher and USD 300 AWS credits.

Claim your rewards before they expire on 31 March 2026:
https://aws-training-rewards.com/claim?id=8812

You need to sign in with your AWS root account to receive the credits.

AWS Training and Certification Rewards
"""
add("training-rewards-alfarsi", "unrelated", "en", None, False, recv="outlook", skey="lookalike", dom="aws-training-rewards.com",
    from_="AWS Certification Rewards <rewards@aws-training-rewards.com>", to=H_TO,
    subject="Your AWS Certification rewards are waiting", date=T(2026, 3, 18, 19, 2, 44),
    body=alt(part(u11), part(html_doc(paras(u11)), "html")), new=u11, ids=[])

# ==========================================================================
# Thread J - Takahashi Naoto (corporate on-prem, no Authentication-Results)
# ==========================================================================
J_TO = "naoto.takahashi@hokuyo-sys.co.jp"
J_C = "12087734590"
J_KEEP, J_OLD = "AWS05120993", "AWS08874316"
J_SUBJ = "認定アカウント統合の依頼"
j1 = f"""高橋 直人 様

お待たせしております。

現在、お客様の認定アカウントの統合リクエストは、私たちの専門チームによって処理されています。この処理には通常いくつかの営業日がかかります。進展があり次第、このケースで更新を提供します。

この間、試験の予約や新しいアカウントの作成は避けてください。

ご理解とご協力をありがとうございます。

よろしくお願いいたします。
ハンナ K.
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(c=J_C)
add("console-takahashi-reply1", "support_reply", "ja", J_C, None, recv="onprem", skey="ses",
    from_=NOREPLY, to=J_TO, subject=f"RE:[CASE {J_C}] " + subj(J_SUBJ).replace("\n", "\n "),
    date=T(2025, 7, 8, 4, 22, 10), body=part(j1, charset="shift_jis", cte="8bit", codec="utf-8"), new=j1, ids=[])

j2_new = f"""高橋 様

大変お待たせいたしました。

ご依頼のアカウントの一本化作業が終わりました。今後は {J_KEEP} でサインインしてください。{J_OLD} にあった認定 (AWS Certified SysOps Administrator - Associate) は、{J_KEEP} に移されました。

他にご質問がなければ、このケースは解決されたとしてマークされます。

ハンナ K.
Amazon Web Services
"""
j2_old = f"""高橋 様

統合を実行する前に、下記の内容が正しいことを確認してください。この操作は取り消しすることができません。

保持するアカウント: {J_KEEP}
統合されるアカウント: {J_OLD}

内容が正しい場合は、サポートセンターから「確認しました」とご返信ください。

ハンナ K."""
j2 = j2_new + "\n----- 以前のやり取り -----\n" + quote(j2_old) + "\n"
add("console-takahashi-reply2", "merge_completed", "ja", J_C, None, recv="onprem", skey="ses",
    from_=NOREPLY, to=J_TO, subject=f"RE:[CASE {J_C}] " + subj(J_SUBJ, "iso-2022-jp").replace("\n", "\n "),
    date=T(2025, 7, 10, 9, 3, 47), body=part(j2, charset="shift_jis", cte="8bit"), new=j2_new, ids=[J_KEEP, J_OLD])

j3 = f"""お客様

AWS サポートケース {J_C} は解決されました。同じ問題でさらにサポートが必要な場合は、14 日以内に AWS サポートセンターからケースを再開できます。

今回のサポートはいかがでしたか？ 1 分ほどで終わる簡単なアンケートにご回答ください:
https://console.aws.amazon.com/support/home#/case/?displayId={J_C}&language=ja&survey=true

よろしくお願いいたします。
Amazon Web Services
"""
add("console-takahashi-resolved", "survey", "ja", J_C, None, recv="onprem", skey="ses",
    from_=NOREPLY, to=J_TO, subject=subj(f"Amazon Web Services: サポートケース {J_C} が解決されました", "iso-2022-jp"),
    date=T(2025, 7, 13, 9, 10, 2), body=part(j3, charset="iso-2022-jp", cte="7bit"), new=j3, ids=[])

u5 = f"""高橋 直人 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
受験者 ID: {J_KEEP}
日時: 2025年12月6日(土) 10:00
会場: ピアソン VUE 公認テストセンター 新宿西口
登録番号: 512938847

試験日の 15 分前までに会場へお越しください。身分証明書を 2 点ご持参ください。

ご予約の変更・キャンセルは、試験日の 24 時間前までに行ってください。

Pearson VUE
"""
add("pearson-takahashi", "unrelated", "ja", None, None, recv="onprem", skey="lookalike", dom="pearsonvue.com",
    from_="Pearson VUE <noreply@pearsonvue.com>", to=J_TO,
    subject=subj("試験予約の確認 - AWS Certified Solutions Architect - Professional", "iso-2022-jp"),
    date=T(2025, 11, 20, 6, 30, 0), body=part(u5, charset="iso-2022-jp", cte="7bit"), new=u5, ids=[J_KEEP])

# ==========================================================================
# write out (shuffled order so numbering does not follow threads)
# ==========================================================================
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "labels.json":
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(88).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        slug = re.sub(r"-(ack|reply\d|opened|resolved|notice|billing|quota|mergecode|expiry|survey|to-training|to-bianchi)$", "", m["slug"])
        slug = slug.replace("tc-survey-", "tc-form-")
        name = f"{n:03d}-{slug}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["data"])
        labels[name] = m["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(MAILS), "mails written")


if __name__ == "__main__":
    main()
