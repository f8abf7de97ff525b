#!/usr/bin/env python3
"""Generate blind test set 77: realistic .eml files around AWS Certification
account merges (English and Japanese), plus labels.json.

Run:  python3 make_set.py      (writes NNN-slug.eml and labels.json next to this file)
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import string
import uuid
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(7707)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")
POL = _policy.compat32.clone(linesep="\r\n", max_line_length=None)

PYCODEC = {
    "utf-8": "utf-8", "UTF-8": "utf-8", "iso-2022-jp": "iso2022_jp",
    "ISO-2022-JP": "iso2022_jp", "Shift_JIS": "cp932", "shift_jis": "cp932",
    "us-ascii": "ascii", "iso-8859-1": "utf-8",  # deliberately wrong label support
}


# ----------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfc(d):
    return format_datetime(d)


def rhex(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    alphabet = string.ascii_letters + string.digits + "+/"
    return "".join(RND.choice(alphabet) for _ in range(n))


def rsel(n=32):
    return "".join(RND.choice(string.ascii_lowercase + string.digits) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RND.getrandbits(128), version=4))


def cid15(opened):
    return f"{int(opened.timestamp())}{RND.randint(0, 99999):05d}"


def ses_id(d, region=None):
    ms = int(d.timestamp() * 1000)
    host = "email.amazonses.com" if region is None else f"{region}.amazonses.com"
    local = f"0100{ms:012x}-{ruuid()}-000000"
    return local, host


def dkim_sig(d, sel, when, hdrs="From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date"):
    b = rb64(344)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
            f"\ts={sel}; d={d}; t={int(when.timestamp())};\n"
            f"\th={hdrs};\n"
            f"\tbh={rb64(43)}=;\n"
            f"\tb={b[:76]}\n\t{b[76:152]}\n\t{b[152:228]}\n\t{b[228:304]}\n\t{b[304:]}=")


def subj(s, charset="utf-8", maxlen=76):
    """Encoded-word subject (split over several lines when long)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=maxlen)


def addr(name, a, charset="utf-8"):
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{a}>'
        return f'"{name}" <{a}>' if " " in name else f"{name} <{a}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{a}>"


# ------------------------------------------------------------ body parts
def part(body, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None,
         quote_charset=True, fmt_flowed=False):
    m = Message()
    text = body.replace("\r\n", "\n")
    if cte == "base64":
        text = text.replace("\n", "\r\n")
    raw = text.encode(codec or PYCODEC.get(charset, charset))
    cs = f'"{charset}"' if quote_charset else charset
    ct = f"text/{subtype}; charset={cs}"
    if fmt_flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def alt(*parts, boundary=None, sub="alternative"):
    m = MIMEMultipart(sub, boundary=boundary or f"----=_Part_{RND.randint(100000, 9999999)}_{RND.randint(10**8, 10**9)}.{RND.randint(10**12, 2 * 10**12)}")
    for p in parts:
        m.attach(p)
    return m


def to_html(text, font="Amazon Ember, Helvetica, Arial, sans-serif"):
    """Very plain HTML rendering of agent text (what a ticketing tool produces)."""
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:{font};font-size:14px;color:#16191f\">\n" + "\n".join(out) + "\n</div></body></html>\n")


# -------------------------------------------------------------- transport
class Sender:
    def __init__(self, mailfrom, ip, helo, dkims, envdom=None):
        self.mailfrom, self.ip, self.helo, self.dkims = mailfrom, ip, helo, dkims
        self.envdom = envdom or mailfrom.split("@")[1]


def ses_sender(d, region=None, extra_dkim=True):
    local, host = ses_id(d, region)
    ipn = RND.choice([(54, 240, 8, RND.randint(1, 99)), (54, 240, 9, RND.randint(1, 99)),
                      (54, 240, 27, RND.randint(1, 60)), (54, 240, 48, RND.randint(90, 120))])
    ip = ".".join(map(str, ipn))
    if ipn[2] == 27:
        helo = f"a27-{ipn[3]}.smtp-out.us-west-2.amazonses.com"
        host = "us-west-2.amazonses.com"
    else:
        helo = f"a{ipn[2]}-{ipn[3]}.smtp-out.amazonses.com"
    dk = [("amazon.com", rsel())]
    if extra_dkim:
        dk.append(("amazonses.com", rsel()))
    s = Sender(f"{local}@{host}", ip, helo, dk, envdom=host)
    s.msgid = f"<{local}@{host}>"
    return s


def gmail(rcpt, arrive, s, auth, arc=True):
    """Gmail-side headers, top first. auth: dict(spf, dkim=[(d,res)], dmarc, hfrom, p)"""
    pdt = dt.timezone(dt.timedelta(hours=-7), "PDT") if 3 <= arrive.month <= 10 else dt.timezone(dt.timedelta(hours=-8), "PST")
    a = arrive.astimezone(pdt)
    a2 = a + dt.timedelta(seconds=1)
    stamp = lambda x: format_datetime(x) + (" (PDT)" if x.utcoffset().total_seconds() == -25200 else " (PST)")
    smtp_id = rsel(4) + RND.choice("abcdef") + rhex(2) + "csp" + str(RND.randint(100000, 9999999)) + "mdb"
    ar_lines = []
    for d, res in auth.get("dkim", []):
        ar_lines.append(f"dkim={res} header.i=@{d} header.s={dict(s.dkims).get(d, rsel(12))} header.b={rb64(8)}")
    spf = auth.get("spf", "pass")
    if spf == "pass":
        ar_lines.append(f"spf=pass (google.com: domain of {s.mailfrom} designates {s.ip} as permitted sender) smtp.mailfrom={s.mailfrom}")
    elif spf == "softfail":
        ar_lines.append(f"spf=softfail (google.com: domain of transitioning {s.mailfrom} does not designate {s.ip} as permitted sender) smtp.mailfrom={s.mailfrom}")
    elif spf == "neutral":
        ar_lines.append(f"spf=neutral (google.com: {s.ip} is neither permitted nor denied by best guess record for domain of {s.mailfrom}) smtp.mailfrom={s.mailfrom}")
    if auth.get("dmarc"):
        p = auth.get("p", "QUARANTINE")
        dis = "NONE" if auth["dmarc"] == "pass" else p
        ar_lines.append(f"dmarc={auth['dmarc']} (p={p} sp={p} dis={dis}) header.from={auth['hfrom']}")
    ar = "mx.google.com;\n       " + ";\n       ".join(ar_lines)
    h = [
        ("Delivered-To", rcpt),
        ("Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {smtp_id};\n        {stamp(a2)}"),
        ("X-Google-Smtp-Source", f"AGHT+I{rb64(80)}"),
        ("X-Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(13)}-{rhex(11)}mr{RND.randint(10**7, 10**8)}{rhex(3)}.{RND.randint(1, 30)}.{int(a2.timestamp() * 1000)};\n        {stamp(a2)}"),
    ]
    if arc:
        h += [
            ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(a.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(68)}\n         {rb64(68)}\n         {rb64(64)}=="),
            ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={rb64(68)}\n         {rb64(64)}=="),
            ("ARC-Authentication-Results", "i=1; " + ar),
        ]
    h += [
        ("Return-Path", f"<{s.mailfrom}>"),
        ("Received", f"from {s.helo} ({s.helo}. [{s.ip}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{rhex(11)}si{RND.randint(1000000, 9999999)}{rhex(3)}.{RND.randint(100, 999)}.{a.strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {stamp(a)}"),
    ]
    if spf == "pass":
        h.append(("Received-SPF", f"pass (google.com: domain of {s.mailfrom} designates {s.ip} as permitted sender) client-ip={s.ip};"))
    elif spf in ("softfail", "neutral"):
        h.append(("Received-SPF", f"{spf} (google.com: domain of {s.mailfrom} does not designate {s.ip} as permitted sender) client-ip={s.ip};"))
    h.append(("Authentication-Results", ar))
    return h


def datetime_year(a):
    return a.year


def o365(rcpt, arrive, s, auth, tenant_host="TYCPR01MB", internal=False):
    a = arrive.astimezone(UTC)
    a0 = a - dt.timedelta(seconds=RND.randint(1, 3))
    fe = f"{RND.choice(['SG1PEPF', 'OS1PEPF', 'TY2PEPF', 'AM2PEPF', 'DB5PEPF', 'CH1PEPF'])}0000{rhex(4).upper()}.{RND.choice(['apcprd03', 'jpnprd01', 'eurprd04', 'namprd02'])}.prod.outlook.com"
    mb = f"{tenant_host}{RND.randint(1000,9999)}.{RND.choice(['jpnprd01', 'apcprd06', 'eurprd05', 'namprd11'])}.prod.outlook.com"
    mb2 = f"{tenant_host[:4]}P286CA{RND.randint(1000, 9999)}.{mb.split('.', 1)[1]}"
    v6 = lambda: f"2603:10{RND.choice(['96', 'a6', 'b6'])}:{rhex(3)}:{rhex(2)}::{rhex(2)}"
    stamp = lambda x: x.strftime("%a, %-d %b %Y %H:%M:%S +0000")
    dk = auth.get("dkim", [])
    if dk:
        d0, r0 = dk[0]
        dkpart = f"dkim={r0} (signature was verified)\n header.d={d0}" if r0 == "pass" else f"dkim={r0} (body hash did not verify)\n header.d={d0}"
    else:
        dkpart = "dkim=none (message not signed)\n header.d=none"
    spf = auth.get("spf", "pass")
    spfpart = (f"spf={spf} (sender IP is {s.ip})\n smtp.mailfrom={s.envdom}" if spf in ("pass", "fail", "softfail")
               else f"spf={spf} (sender IP is {s.ip})\n smtp.mailfrom={s.envdom}")
    dm = auth.get("dmarc", "pass")
    action = {"pass": "none", "fail": "quarantine", "none": "none", "bestguesspass": "none"}[dm]
    comp = auth.get("compauth", "pass reason=100" if dm == "pass" else ("fail reason=000" if dm == "fail" else "none reason=405"))
    if internal:
        ar = (f"dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from={auth['hfrom']};")
    else:
        ar = f"{spfpart}; {dkpart};dmarc={dm} action={action}\n header.from={auth['hfrom']};compauth={comp}"
    h = [
        ("Received", f"from {mb2} ({v6()}) by\n {mb} with HTTPS; {stamp(a)}"),
        ("Received", f"from {fe.split('.')[0][:6]}P286CA{RND.randint(1000,9999)}.{fe.split('.', 1)[1]}\n ({v6()}) by {mb2}\n ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{RND.randint(8000,9300)}.{RND.randint(10,40)}; {stamp(a)}"),
    ]
    h.append(("Authentication-Results", ar))
    if not internal:
        if spf == "pass":
            h.append(("Received-SPF", f"Pass (protection.outlook.com: domain of {s.envdom}\n designates {s.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={s.ip}; helo={s.helo}; pr=C"))
        else:
            h.append(("Received-SPF", f"{spf.capitalize()} (protection.outlook.com: domain of {s.envdom} does\n not designate {s.ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={s.ip}; helo={s.helo};"))
        h.append(("Received", f"from {s.helo} ({s.ip}) by\n {fe} ({'.'.join(str(RND.randint(1,254)) for _ in range(2)).join(['10.167.', ''])}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{RND.randint(8000,9300)}.{RND.randint(10,40)} via Frontend Transport; {stamp(a0)}"))
    h.append(("X-MS-Exchange-Organization-ExpirationStartTime", f"{a0.strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0\n (UTC)"))
    h.append(("X-MS-Exchange-Organization-Network-Message-Id", ruuid()))
    h.append(("X-MS-Exchange-Organization-AuthSource", fe))
    h.append(("X-MS-Exchange-Organization-AuthAs", "Internal" if internal else "Anonymous"))
    h.append(("X-MS-Exchange-Organization-SCL", "-1" if internal else str(auth.get("scl", 1))))
    return h


def jp(provider, rcpt, arrive, s, auth):
    """Japanese consumer ISP (Postfix-based) headers."""
    a = arrive.astimezone(JST)
    stamp = lambda x: format_datetime(x) + " (JST)"
    qid = "".join(RND.choice(string.ascii_letters + string.digits) for _ in range(14))
    inner = {"mx.nifty.com": "mta-r01.nifty.com", "mx.biglobe.ne.jp": "mailbox-c02.biglobe.ne.jp"}[provider]
    parts = []
    spf = auth.get("spf", "pass")
    parts.append(f"spf={spf} smtp.mailfrom={s.envdom}")
    for d, res in auth.get("dkim", []) or [("", "none")]:
        parts.append(f"dkim={res} header.d={d}" if d else "dkim=none")
    if auth.get("dmarc"):
        parts.append(f"dmarc={auth['dmarc']} header.from={auth['hfrom']}")
    ar = f"{provider};\n\t" + ";\n\t".join(parts)
    return [
        ("Return-Path", f"<{s.mailfrom}>"),
        ("Delivered-To", rcpt),
        ("Received", f"from {provider} (localhost [127.0.0.1])\n\tby {inner} (Postfix) with ESMTP id {qid[:10]}\n\tfor <{rcpt}>; {stamp(a + dt.timedelta(seconds=1))}"),
        ("Authentication-Results", ar),
        ("Received", f"from {s.helo} ({s.helo} [{s.ip}])\n\tby {provider} (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt}>; {stamp(a)}"),
    ]


def fastmail(rcpt, arrive, s, auth):
    a = arrive.astimezone(UTC)
    stamp = lambda x: x.strftime("%a, %d %b %Y %H:%M:%S -0000")  # fastmail uses -0400 etc; keep UTC
    mx = f"mx{RND.randint(1,9)}.messagingengine.com"
    dlines = []
    for d, res in auth.get("dkim", []):
        dlines.append(f"dkim={res} (2048-bit rsa key sha256) header.d={d} header.i=@{d} header.b={rb64(8)} header.a=rsa-sha256 header.s={dict(s.dkims).get(d, rsel(10))} x-bits=2048")
    if auth.get("dmarc"):
        pol = auth.get("p", "quarantine").lower()
        dlines.append(f"dmarc={auth['dmarc']} policy.published-domain-policy={pol} policy.applied-disposition=none policy.evaluated-disposition=none (p={pol},d=none,d.eval=none) policy.policy-from=p header.from={auth['hfrom']}")
    dlines.append(f"iprev=pass smtp.remote-ip={s.ip} ({s.helo})")
    dlines.append(f"spf={auth.get('spf','pass')} smtp.mailfrom={s.mailfrom} smtp.helo={s.helo}")
    dlines.append(f"x-aligned-from={'pass (Address match)' if auth.get('dmarc') == 'pass' else 'fail'}")
    ar = f"{mx};\n    " + ";\n    ".join(dlines)
    return [
        ("Return-Path", f"<{s.mailfrom}>"),
        ("Received", f"from compute3.internal (compute3.nyi.internal [10.202.2.43])\n\t by sloti{RND.randint(10,60)}n{RND.randint(1,9)} (Cyrus 3.13.0-alpha0-{rhex(7)}) with LMTPA;\n\t {stamp(a + dt.timedelta(seconds=2))}"),
        ("X-Cyrus-Session-Id", f"sloti-{RND.randint(1000000,9999999)}-{int(a.timestamp())}-1-{RND.randint(10**18, 10**19)}"),
        ("X-Sieve", "CMU Sieve 3.0"),
        ("X-Spam-known-sender", "no"),
        ("X-Spam-score", "0.0"),
        ("Received", f"from {mx} ([10.202.2.{RND.randint(100,200)}])\n  by compute3.internal (LMTPProxy); {stamp(a + dt.timedelta(seconds=1))}"),
        ("Received", f"from {mx} (localhost [127.0.0.1])\n\tby {mx} (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{rcpt}>; {stamp(a)}"),
        ("ARC-Authentication-Results", f"i=1; {ar}"),
        ("Authentication-Results", ar),
        ("Received", f"from {s.helo} ({s.helo} [{s.ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby {mx} (Postfix) with ESMTPS\n\tfor <{rcpt}>; {stamp(a)}"),
    ]


def selfhosted(host, rcpt, arrive, s, tz=UTC):
    """Small Postfix server that adds no Authentication-Results header."""
    a = arrive.astimezone(tz)
    qid = rhex(10).upper()
    return [
        ("Return-Path", f"<{s.mailfrom}>"),
        ("X-Original-To", rcpt),
        ("Delivered-To", rcpt),
        ("Received", f"from {s.helo} ({s.helo} [{s.ip}])\n\tby {host} (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt}>; {format_datetime(a)}"),
    ]


def sender_hdrs(s, when):
    return [("DKIM-Signature", dkim_sig(d, sel, when)) for d, sel in s.dkims]


# ----------------------------------------------------------------- output
FILES = []
LABELS = {}


def emit(slug, label, transport, hdrs, body):
    n = len(FILES) + 1
    fname = f"{n:03d}-{slug}.eml"
    if "MIME-Version" in body:
        del body["MIME-Version"]
    top = list(transport) + list(hdrs) + [("MIME-Version", "1.0")]
    body._headers[0:0] = top
    data = body.as_bytes(policy=POL)
    FILES.append((fname, data))
    lab = dict(label)
    lab["account_ids"] = sorted(set(lab.get("account_ids", [])))
    LABELS[fname] = lab
    return fname


def L(kind, case, ids, ver, lang):
    return {"kind": kind, "case_id": case, "account_ids": list(ids), "sender_verified": ver, "language": lang}


# ------------------------------------------------------------ boilerplate
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def legal_en(year, ascii_only=False):
    if ascii_only:
        return legal_en(year).replace("\u00a9", "(c)")
    return (f"This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, "
            f"410 Terry Ave. North, Seattle, WA 98109. \u00a9 {year}, Amazon Web Services, Inc. or its affiliates. "
            "All rights reserved. Amazon Web Services is a trademark of Amazon.com, Inc.\n\n"
            "Read our Privacy Notice: https://aws.amazon.com/privacy/\n")


def legal_ja(year):
    return ("本メールは、アマゾン ウェブ サービス ジャパン合同会社（〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア）"
            "または Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109）が送信しています。\n"
            f"(c) {year}, Amazon Web Services, Inc. or its affiliates. All rights reserved.\n"
            "プライバシー規約: https://aws.amazon.com/jp/privacy/\n")


def console_footer_en(cid):
    return f"""We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================================
To see all the correspondence for this case, visit https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en
======================================================================

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


def console_footer_ja(cid):
    return f"""ご意見をお寄せください。AWS サポートセンターでは、このやり取りやその他のやり取りを評価していただけます。やり取りの右上にある星を選択して評価してください。

よろしくお願いいたします。
Amazon Web Services

======================================================================
このケースのすべてのやり取りを確認するには、次の URL にアクセスしてください: https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja
======================================================================

※このメールは送信専用アドレスから送信されています。本件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""


def fb(cid):
    return f"https://tcsupport-feedback.aws.amazon.com/rate?caseId={cid}&token={rhex(24)}"


def rate_stars_en(cid):
    u = fb(cid)
    return ("How did we do?\nPlease rate this response so we can keep improving:\n"
            f"  Excellent  {u}&score=5\n  Good       {u}&score=4\n  Average    {u}&score=3\n"
            f"  Poor       {u}&score=2\n  Very poor  {u}&score=1\n")


def rate_yesno_en(cid):
    u = fb(cid)
    return f"Was this response helpful?\nYes: {u}&helpful=1   |   No: {u}&helpful=0\n"


def rate_yesno_ja(cid):
    u = fb(cid)
    return f"この回答はお役に立ちましたか？\nはい: {u}&helpful=1\nいいえ: {u}&helpful=0\n"


def rate_stars_ja(cid):
    u = fb(cid)
    return ("今回の対応についてご評価をお願いいたします。\n"
            f"★★★★★ 大変満足 {u}&score=5\n★★★★ 満足 {u}&score=4\n★★★ 普通 {u}&score=3\n"
            f"★★ 不満 {u}&score=2\n★ 大変不満 {u}&score=1\n")


# --------------------------------------------------------------- personas
EMILY = ("Emily Carter", "emily.carter.dev@gmail.com")
DANIEL = ("Daniel Okafor", "daniel.okafor@northwind-analytics.com")
KENTA = ("佐藤 健太", "kenta.sato.1987@gmail.com")
MISAKI = ("田中 美咲", "misaki-tanaka@kitaura-sys.co.jp")
SHO = ("山本 翔", "sho.yamamoto@nifty.com")
DAISUKE = ("鈴木 大輔", "daisuke.suzuki@biglobe.ne.jp")
PRIYA = ("Priya Raman", "priya.raman@outlook.com")
MARCO = ("Marco Bianchi", "marco@bianchi-it.eu")
OLIVIA = ("Olivia Brennan", "olivia.b@fastmail.com")
SAKURA = ("伊藤 さくら", "sakura.ito@cx-labo.jp")
JAMES = ("James Whitfield", "j.whitfield@holloway.ac.uk")

C_EMILY_OPEN = T(2025, 6, 2, 14, 31, 7)
C_EMILY = cid15(C_EMILY_OPEN)
C_DANIEL_OPEN = T(2025, 9, 15, 8, 12, 40)
C_DANIEL = cid15(C_DANIEL_OPEN)
C_KENTA_OPEN = T(2025, 11, 4, 0, 47, 13)
C_KENTA = cid15(C_KENTA_OPEN)
C_MISAKI_OPEN = T(2026, 1, 19, 2, 5, 51)
C_MISAKI = cid15(C_MISAKI_OPEN)
C_MISAKI_BILL_OPEN = T(2026, 2, 3, 5, 27, 9)
C_MISAKI_BILL = cid15(C_MISAKI_BILL_OPEN)
C_SHO_OPEN = T(2026, 2, 16, 11, 20, 2)
C_SHO = cid15(C_SHO_OPEN)
C_PRIYA = "12840966213"
C_PRIYA_DUP = "12840971177"
C_MARCO_OPEN = T(2025, 4, 14, 7, 55, 31)
C_MARCO = cid15(C_MARCO_OPEN)
C_OLIVIA_OPEN = T(2025, 10, 6, 19, 3, 48)
C_OLIVIA = cid15(C_OLIVIA_OPEN)
C_DAISUKE_OPEN = T(2025, 8, 11, 3, 14, 25)
C_DAISUKE = cid15(C_DAISUKE_OPEN)
C_SAKURA_OPEN = T(2025, 7, 22, 1, 38, 57)
C_SAKURA = cid15(C_SAKURA_OPEN)
C_JAMES_OPEN = T(2025, 12, 1, 16, 9, 20)
C_JAMES = cid15(C_JAMES_OPEN)
C_SELLER = "5884913377"
C_FAKE = cid15(T(2025, 8, 13, 22, 40, 11))

AMZ_OK = {"spf": "pass", "dkim": [("amazon.com", "pass"), ("amazonses.com", "pass")], "dmarc": "pass", "hfrom": "amazon.com"}
AMZ_O365 = {"spf": "pass", "dkim": [("amazon.com", "pass")], "dmarc": "pass", "hfrom": "amazon.com"}


def amz_hdrs(s, d, frm, to, subject, extra=()):
    h = sender_hdrs(s, d)
    h += [("From", frm), ("To", to), ("Subject", subject), ("Date", rfc(d.astimezone(UTC)).replace("-0000", "+0000")),
          ("Message-ID", s.msgid)]
    h += list(extra)
    h += [("Feedback-ID", f"::1.us-east-1.{rb64(43).replace('/', 'x').replace('+', 'y')}=:AmazonSES"),
          ("X-SES-Outgoing", d.astimezone(UTC).strftime("%Y.%m.%d-") + s.ip)]
    return h


MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# =========================================================================
#                                 EMILY (en, Gmail, form case)
# =========================================================================
EMILY_FORM_ECHO = """  Inquiry type: AWS Training and Certification
  Detail: Account Merge
  First name: Emily
  Last name: Carter
  Email: emily.carter.dev@gmail.com
  AWS candidate ID: AWS 48120937
  Description: Hi, I have two certification accounts. The old one (aws-07719203) was created with my former employer address emily.carter@brightlane-consulting.com which I no longer have access to. I'd like everything under my personal one please. My Solutions Architect Associate is on the old account and my Developer Associate on the new one. There may also be a third one from a Pearson VUE exam in 2021 (AWS05183322?) but I'm not sure."""

EMILY_CONFIRM_BODY = """Hello Emily,

Thank you for contacting AWS Training and Certification. My name is Ravi and I'll be assisting you with your request.

I've located the certification accounts from your submission. Before I submit anything, please review the summary below carefully:

Account that will remain active (primary):
  AWS48120937 - emily.carter.dev@gmail.com

Account that will be merged into the primary and then closed:
  AWS07719203 - emily.carter@brightlane-consulting.com

I also checked the third ID you mentioned, but it is not registered to your name or to either of your e-mail addresses, so I have left it out.

After the merge, the exam history, active certifications and any unused benefits of the secondary account will appear under AWS48120937, and you will sign in with emily.carter.dev@gmail.com only.

Please be aware that this action is permanent: once two accounts have been combined they cannot be split back apart.

If everything above is accurate, simply reply to this email with your approval and we'll take it from there. If anything needs to change (for example, you would prefer to keep the other account), let me know in your reply.

Best regards,
Ravi S.
AWS Training and Certification Customer Support
"""


@mail
def emily_ack():
    d = C_EMILY_OPEN + dt.timedelta(seconds=5)
    s = ses_sender(d)
    body = f"""Hello Emily,

Thanks for getting in touch with AWS Training and Certification. This note is just to let you know that your submission reached us and has been logged under reference {C_EMILY}.

A member of our team normally responds within 24 hours, Monday to Friday. Please keep the reference number in the subject line if you write to us about this request, and avoid submitting the form again for the same issue - duplicate submissions are queued separately and can slow things down.

Here is a copy of what you sent us:

{EMILY_FORM_ECHO}

Kind regards,
AWS Training and Certification

--
{legal_en(2025)}"""
    emit("form-reference-logged", L("case_created", C_EMILY, ["AWS48120937", "AWS07719203", "AWS05183322"], True, "en"),
         gmail(EMILY[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), EMILY[1], f"[CASE {C_EMILY}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable", quote_charset=False))


@mail
def emily_confirm():
    d = T(2025, 6, 3, 9, 2, 44)
    s = ses_sender(d)
    body = EMILY_CONFIRM_BODY + "\n" + rate_stars_en(C_EMILY) + f"""
--- Original Message ---
From: emily.carter.dev@gmail.com
Sent: 2025-06-02 14:31 UTC
Subject: {FORM_SUBJ}

{EMILY_FORM_ECHO}

{legal_en(2025)}"""
    emit("ravi-review-summary", L("merge_confirmation_requested", C_EMILY, ["AWS48120937", "AWS07719203"], True, "en"),
         gmail(EMILY[1], d + dt.timedelta(seconds=3), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), EMILY[1], f"RE:[CASE {C_EMILY}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable"))


@mail
def emily_thanks_proceed():
    d = T(2025, 6, 3, 15, 20, 9)
    s = ses_sender(d)
    body = f"""Hello Emily,

Thank you for confirming. I've now passed your request to the team that handles account consolidation, and they will go ahead with combining AWS07719203 into AWS48120937.

This normally takes one to three business days. We'll write to you again as soon as it's finished - there's no need to open a new case in the meantime, and please don't sign in to the old account while the request is being processed.

Best regards,
Ravi S.
AWS Training and Certification Customer Support

{rate_yesno_en(C_EMILY)}
--- Original Message ---
From: emily.carter.dev@gmail.com
Sent: 2025-06-03 12:48 UTC
Subject: Re: RE:[CASE {C_EMILY}] {FORM_SUBJ}

The details are correct. Please proceed with the merge.

Thanks!
Emily

--- Original Message ---
From: aws-cs-trainingcertification-form@amazon.com
Sent: 2025-06-03 09:02 UTC

""" + EMILY_CONFIRM_BODY + "\n" + legal_en(2025)
    emit("ravi-passed-to-team", L("support_reply", C_EMILY, ["AWS48120937", "AWS07719203"], True, "en"),
         gmail(EMILY[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), EMILY[1], f"RE:[CASE {C_EMILY}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable"))


EMILY_DONE_BODY = """Hello Emily,

Good news: the certification records from AWS07719203 have been moved over to AWS48120937, and the old profile has been retired. From now on, sign in with emily.carter.dev@gmail.com; you should see both the Solutions Architect - Associate and the Developer - Associate listed there.

A few things worth checking over the next day or two:
 * Digital badges: Credly usually re-issues badges to the address on the surviving account within 24-48 hours.
 * Benefits: the 50% exam discount voucher you earned with the SAA has been carried over.

If anything looks off, just reply to this email and we'll take another look.

Best regards,
Ravi S.
AWS Training and Certification Customer Support
"""


@mail
def emily_done():
    d = T(2025, 6, 5, 16, 40, 2)
    s = ses_sender(d)
    body = EMILY_DONE_BODY + "\n" + rate_stars_en(C_EMILY) + f"""
--- Original Message ---
From: emily.carter.dev@gmail.com
Sent: 2025-06-03 12:48 UTC
Subject: Re: RE:[CASE {C_EMILY}] {FORM_SUBJ}

The details are correct. Please proceed with the merge.

Thanks!
Emily

--- Original Message ---
From: aws-cs-trainingcertification-form@amazon.com
Sent: 2025-06-03 09:02 UTC

""" + EMILY_CONFIRM_BODY + "\n" + legal_en(2025)
    emit("ravi-good-news", L("merge_completed", C_EMILY, ["AWS48120937", "AWS07719203"], True, "en"),
         gmail(EMILY[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), EMILY[1], f"RE:[CASE {C_EMILY}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable"))


@mail
def emily_survey():
    d = T(2025, 6, 5, 16, 41, 30)
    s = ses_sender(d)
    u = fb(C_EMILY)
    quoted = "\n".join(("> " + l) if l else ">" for l in EMILY_DONE_BODY.strip().split("\n"))
    text = f"""Hi Emily,

Your case {C_EMILY} has now been closed.

We'd love to hear how it went. Was your issue resolved?

  YES  {u}&resolved=yes
  NO   {u}&resolved=no

The survey has three questions and takes less than a minute. Your answers go directly to the AWS Training and Certification customer experience team.

For your reference, the most recent message on your case is included below.

{quoted}

{legal_en(2025)}
You are receiving this email because you contacted AWS Training and Certification Customer Support.
"""
    html = f"""<html><body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="80" alt="AWS"></td></tr>
<tr><td style="padding:24px;font-size:15px">
<p>Hi Emily,</p>
<p>Your case <b>{C_EMILY}</b> has now been closed.</p>
<p>We'd love to hear how it went. <b>Was your issue resolved?</b></p>
<p><a href="{u}&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none;border-radius:2px">YES</a>&nbsp;&nbsp;
<a href="{u}&amp;resolved=no" style="background:#ffffff;border:1px solid #545b64;color:#000;padding:8px 24px;text-decoration:none;border-radius:2px">NO</a></p>
<p style="font-size:13px;color:#545b64">The survey has three questions and takes less than a minute.</p>
<hr style="border:none;border-top:1px solid #d5dbdb">
<p style="font-size:12px;color:#545b64">For your reference, the most recent message on your case:</p>
<blockquote style="margin:0 0 0 8px;padding-left:8px;border-left:2px solid #d5dbdb;font-size:12px;color:#545b64">{EMILY_DONE_BODY.replace(chr(10), '<br>')}</blockquote>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">{legal_en(2025).replace(chr(10), '<br>')}</td></tr>
</table></td></tr></table></body></html>
"""
    emit("case-closed-yes-no", L("survey", C_EMILY, [], True, "en"),
         gmail(EMILY[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("AWS Training and Certification", FORM), EMILY[1],
                  f"Your case {C_EMILY} has been closed \u2013 tell us how we did"),
         alt(part(text, cte="quoted-printable"), part(html, "html", cte="quoted-printable")))


@mail
def emily_credly():
    d = T(2025, 6, 6, 11, 17, 52)
    local = f"bounces+{RND.randint(1000000, 9999999)}-{rhex(4)}-{EMILY[1].replace('@', '=')}"
    s = Sender(f"{local}@em4211.credly.com", "149.72.154.232", "o1.ptr9937.credly.com",
               [("credly.com", "s1"), ("sendgrid.info", "smtpapi")])
    s.msgid = f"<{rb64(22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{RND.randint(1,30)}>"
    badge = ruuid()
    text = f"""Emily, you've been issued a new badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your network and let employers know about your skills.

Accept your badge: https://www.credly.com/earner/earned/badge/{badge}?utm_campaign=badge_issued&utm_medium=email&utm_source=transactional

Why accept?
- Showcase your verified skills on LinkedIn and other networks
- Discover jobs and learning that match your skills
- Let employers verify your achievement in one click

Questions? Visit our Help Center: https://support.credly.com

You're receiving this email because Amazon Web Services Training and Certification issued a badge to {EMILY[1]}.
Credly by Pearson | Privacy Policy: https://credly.com/privacy | Unsubscribe from marketing emails: https://www.credly.com/notifications/unsubscribe?token={rhex(32)}
"""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>You've been issued a badge</title></head>
<body style="background:#f4f5f7;margin:0"><center>
<table role="presentation" width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#1d1d1f;margin:24px auto">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/assets/credly_logo_orange.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 32px;font-size:22px;font-weight:bold">Emily, you've been issued a new badge!</td></tr>
<tr><td style="padding:16px 32px" align="center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="160" alt="AWS Certified Solutions Architect - Associate"></td></tr>
<tr><td style="padding:0 32px;font-size:15px">Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</td></tr>
<tr><td style="padding:24px 32px" align="center"><a href="https://www.credly.com/earner/earned/badge/{badge}?utm_campaign=badge_issued&amp;utm_medium=email&amp;utm_source=transactional" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></td></tr>
<tr><td style="padding:0 32px 24px;font-size:12px;color:#6e6e73">You're receiving this email because Amazon Web Services Training and Certification issued a badge to {EMILY[1]}.<br>Credly by Pearson &middot; <a href="https://credly.com/privacy">Privacy Policy</a> &middot; <a href="https://credly.com/terms">Terms</a></td></tr>
</table></center>
<img src="https://u4211.ct.sendgrid.net/wf/open?upn={rb64(60)}" width="1" height="1" alt=""></body></html>
"""
    h = sender_hdrs(s, d) + [
        ("From", '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
        ("Reply-To", "support@credly.com"), ("To", EMILY[1]),
        ("Subject", "Emily, you've been issued a new badge: AWS Certified Solutions Architect - Associate"),
        ("Date", rfc(d)), ("Message-ID", s.msgid), ("X-SG-EID", rb64(60)), ("X-Entity-ID", rb64(22))]
    emit("credly-saa", L("credly_badge_issued", None, [], True, "en"),
         gmail(EMILY[1], d + dt.timedelta(seconds=1), s,
               {"spf": "pass", "dkim": [("credly.com", "pass"), ("sendgrid.info", "pass")], "dmarc": "pass", "hfrom": "credly.com", "p": "REJECT"}),
         h, alt(part(text, cte="quoted-printable"), part(html, "html", cte="quoted-printable")))


@mail
def emily_github():
    d = T(2025, 6, 6, 20, 4, 13)
    s = Sender(f"noreply@github.com", "192.30.252.205", "out-22.smtp.github.com", [("github.com", "pf2023")])
    repo = "brightpath-labs/aws-cert-study"
    s.msgid = f"<{repo}/pull/48/issue_event/{RND.randint(10**10, 2 * 10**10)}@github.com>"
    text = f"""Merged #48 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/{repo}/pull/48#event-{RND.randint(10**10, 2*10**10)}
You are receiving this because you authored the thread.

Message ID: <{repo}/pull/48/issue_event/{RND.randint(10**10, 2*10**10)}@github.com>"""
    html = f"""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/{repo}/pull/48">#48</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/{repo}/pull/48#event-{RND.randint(10**10, 2*10**10)}">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/{rb64(26).upper().replace('/', 'A').replace('+', 'B')}">unsubscribe</a>.<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/{rb64(40).replace('/', 'Q').replace('+', 'Z')}.gif" height="1" width="1" alt="" /></p>
"""
    h = sender_hdrs(s, d) + [
        ("Date", rfc(d.astimezone(dt.timezone(dt.timedelta(hours=-7))))),
        ("From", '"Jordan Mills" <notifications@github.com>'),
        ("Reply-To", f"{repo.replace('/', '/')} <reply+{rhex(40).upper()}@reply.github.com>"),
        ("To", repo), ("Cc", f"Emily Carter <{EMILY[1]}>, Author <author@noreply.github.com>"),
        ("Message-ID", s.msgid),
        ("In-Reply-To", f"<{repo}/pull/48@github.com>"), ("References", f"<{repo}/pull/48@github.com>"),
        ("Subject", f"Re: [{repo}] Merge account-migration notes into main (PR #48)"),
        ("X-GitHub-Reason", "author"), ("List-ID", f"{repo} <aws-cert-study.brightpath-labs.github.com>"),
        ("List-Unsubscribe", f"<mailto:unsub+{rhex(40).upper()}@reply.github.com>")]
    emit("gh-pr-48", L("unrelated", None, [], False, "en"),
         gmail(EMILY[1], d + dt.timedelta(seconds=1), s,
               {"spf": "pass", "dkim": [("github.com", "pass")], "dmarc": "pass", "hfrom": "github.com", "p": "REJECT"}),
         h, alt(part(text, cte="7bit", charset="UTF-8", quote_charset=False), part(html, "html", cte="7bit", charset="UTF-8", quote_charset=False),
                boundary=f"--==_mimepart_{rhex(13)}_{RND.randint(10,99)}{rhex(2)}"))


# =========================================================================
#                          DANIEL (en, Office 365, console case)
# =========================================================================
DANIEL_CASE_SUBJ = "Merge two AWS Certification accounts (aws30571846 / AWS-30988112)"

DANIEL_DONE_AGENT = """Hi Daniel,

The two profiles have been combined. Everything that was on AWS30571846, including the Security - Specialty certification and its exam history, now sits under AWS30988112, and the secondary profile is no longer accessible. Your next recertification date for the Solutions Architect - Professional is unchanged.

Since the request is complete, I'm going to resolve this case. If anything doesn't look right, you can reopen it from the Support Center within 14 days.

Hana M.
Amazon Web Services"""


@mail
def daniel_ack():
    d = C_DANIEL_OPEN + dt.timedelta(seconds=9)
    s = ses_sender(d)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={C_DANIEL}&language=en"
    corr = ("Hi, I passed the Security Specialty last month under a profile I apparently created by accident "
            "when I signed in through our company SSO. My main certification profile is AWS-30988112. "
            "Please combine them so I only have one. Thanks, Daniel")
    text = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C_DANIEL} to address your issue.

The details of your case are as follows:

Case ID: {C_DANIEL}
Subject: {DANIEL_CASE_SUBJ}
Severity: General guidance
Correspondence: {corr}

We will respond as soon as possible. You can view and reply to this case in the Support Center:
{link}

Please do not reply to this email. This email address cannot accept replies.

Best regards,
Amazon Web Services

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    html = f"""<html><body><div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {C_DANIEL} to address your issue.</p>
<p>The details of your case are as follows:</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:14px">
<tr><td><b>Case ID:</b></td><td>{C_DANIEL}</td></tr>
<tr><td><b>Subject:</b></td><td>{DANIEL_CASE_SUBJ}</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>{corr}</td></tr>
</table>
<p>We will respond as soon as possible. You can view and reply to this case in the <a href="{link}">Support Center</a>.</p>
<p><i>Please do not reply to this email. This email address cannot accept replies.</i></p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</div></body></html>
"""
    emit("console-opened-sso", L("case_created", C_DANIEL, ["AWS30571846", "AWS30988112"], True, "en"),
         o365(DANIEL[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="DM6PR11MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), DANIEL[1],
                  f"Amazon Web Services: You have opened a new Support case: {C_DANIEL}"),
         alt(part(text, cte="quoted-printable"), part(html, "html", cte="quoted-printable")))


@mail
def daniel_confirm():
    d = T(2025, 9, 16, 13, 48, 20)
    s = ses_sender(d)
    text = f"""Hello Daniel,

I hope you're doing well, and thank you for your patience while I looked into this.

I've reviewed the two certification profiles linked to your request:

  - AWS30988112 (daniel.okafor@northwind-analytics.com): Solutions Architect - Professional, Developer - Associate
  - AWS30571846 (dokafor@northwindanalytics.onmicrosoft.com): Security - Specialty

As requested, AWS30988112 would be the surviving profile, and AWS30571846 would be merged into it and then deactivated. Please note that this process is irreversible: after the merge we are not able to separate the certifications into two profiles again.

Could you please reply to this case confirming that you agree with the above? As soon as I have your confirmation, I'll submit the request to the team that performs the merge.

Since this email address can't receive replies, please respond using the Support Center link below.

{console_footer_en(C_DANIEL)}"""
    emit("hana-two-profiles", L("merge_confirmation_requested", C_DANIEL, ["AWS30571846", "AWS30988112"], True, "en"),
         o365(DANIEL[1], d + dt.timedelta(seconds=3), s, AMZ_O365, tenant_host="DM6PR11MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), DANIEL[1], f"RE:[CASE {C_DANIEL}] {DANIEL_CASE_SUBJ}"),
         alt(part(text, cte="quoted-printable"), part(to_html(text), "html", cte="quoted-printable")))


@mail
def daniel_phish():
    d = T(2025, 9, 17, 6, 31, 5)
    s = Sender(f"bounce-{rhex(8)}@mail.aws-certification-services.com", "185.229.118.41", "mail.aws-certification-services.com",
               [("aws-certification-services.com", "default")])
    s.msgid = f"<{rhex(16)}.{int(d.timestamp())}@aws-certification-services.com>"
    link = f"https://aws-certification-services.com/merge/confirm?ref=TC-88213-MRG&u={rb64(18).replace('/', 'k').replace('+', 'p')}"
    text = f"""AWS Training & Certification

Action required: confirm your certification account merge

Hello Daniel Okafor,

We received a request to merge the AWS Certification accounts associated with your profile:

  Primary account:   daniel.okafor@northwind-analytics.com
  Account to merge:  dokafor@northwindanalytics.onmicrosoft.com

To protect your certifications, the request must be approved by the account holder. Please confirm the merge within 24 hours. If we do not receive your confirmation, both accounts will be temporarily suspended and your active certifications may be revoked.

Confirm merge: {link}

Reference: TC-88213-MRG

Thank you,
AWS Training & Certification Support Team

This is an automated message. Please do not reply.
"""
    html = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;background:#fafafa">
<div style="max-width:600px;margin:auto;background:#fff;border-top:4px solid #ff9900;padding:24px">
<p style="font-size:20px;color:#232f3e"><b>AWS Training &amp; Certification</b></p>
<p style="font-size:17px"><b>Action required: confirm your certification account merge</b></p>
<p>Hello Daniel Okafor,</p>
<p>We received a request to merge the AWS Certification accounts associated with your profile:</p>
<p>Primary account: daniel.okafor@northwind-analytics.com<br>Account to merge: dokafor@northwindanalytics.onmicrosoft.com</p>
<p>To protect your certifications, the request must be approved by the account holder. Please confirm the merge within <b>24 hours</b>. If we do not receive your confirmation, both accounts will be temporarily suspended and your active certifications may be revoked.</p>
<p><a href="{link}" style="background:#ff9900;color:#111;padding:10px 22px;text-decoration:none;font-weight:bold">Confirm merge</a></p>
<p style="font-size:12px;color:#888">Reference: TC-88213-MRG<br>&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</div></body></html>
"""
    h = sender_hdrs(s, d) + [
        ("From", '"AWS Training & Certification" <no-reply@aws-certification-services.com>'),
        ("To", DANIEL[1]), ("Subject", "Action required: confirm your certification account merge"),
        ("Date", rfc(d)), ("Message-ID", s.msgid), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
    emit("action-required-merge", L("merge_confirmation_requested", None, [], False, "en"),
         o365(DANIEL[1], d + dt.timedelta(seconds=4), s,
              {"spf": "pass", "dkim": [("aws-certification-services.com", "pass")], "dmarc": "pass",
               "hfrom": "aws-certification-services.com", "scl": 5}, tenant_host="DM6PR11MB"),
         h, alt(part(text, cte="quoted-printable", charset="iso-8859-1", codec="latin-1"),
                part(html, "html", cte="quoted-printable", charset="iso-8859-1", codec="latin-1")))


@mail
def daniel_new_corr():
    d = T(2025, 9, 18, 22, 6, 47)
    s = ses_sender(d)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={C_DANIEL}&language=en"
    text = f"""Hello,

A new correspondence has been added to your AWS Support case.

Case ID: {C_DANIEL}
Subject: {DANIEL_CASE_SUBJ}

To view and respond to this correspondence, sign in to the AWS Support Center:
{link}

Please do not reply to this email. This email address cannot accept replies.

Best regards,
Amazon Web Services

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    emit("case-new-correspondence", L("support_reply", C_DANIEL, ["AWS30571846", "AWS30988112"], True, "en"),
         o365(DANIEL[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="DM6PR11MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), DANIEL[1], f"[Case {C_DANIEL}] New correspondence added"),
         part(text, cte="7bit", charset="UTF-8", quote_charset=False))


@mail
def daniel_done_resolved():
    d = T(2025, 9, 19, 9, 15, 33)
    s = ses_sender(d)
    u = fb(C_DANIEL)
    text = f"""{DANIEL_DONE_AGENT}

----------------------------------------------------------------------
Was your issue resolved?
YES: {u}&resolved=yes
NO:  {u}&resolved=no
----------------------------------------------------------------------

{console_footer_en(C_DANIEL)}"""
    emit("hana-profiles-combined", L("merge_completed", C_DANIEL, ["AWS30571846", "AWS30988112"], True, "en"),
         o365(DANIEL[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="DM6PR11MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), DANIEL[1], f"RE:[CASE {C_DANIEL}] {DANIEL_CASE_SUBJ}"),
         alt(part(text, cte="quoted-printable"), part(to_html(text), "html", cte="base64")))


@mail
def daniel_survey():
    d = T(2025, 9, 19, 17, 2, 11)
    s = ses_sender(d)
    u = f"https://amazonwebservices.qualtrics.com/jfe/form/SV_{rb64(15).replace('/', 'a').replace('+', 'b')}?caseId={C_DANIEL}&lang=en"
    text = f"""Hello,

We're reaching out because your AWS Support case {C_DANIEL}, "{DANIEL_CASE_SUBJ}", has been marked as resolved.

How did we do?

Your feedback helps us improve the support experience for everyone. The survey takes about two minutes:
{u}

If your issue isn't fully resolved, you can reopen the case from the Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={C_DANIEL}&language=en

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
    emit("case-marked-resolved", L("survey", C_DANIEL, ["AWS30571846", "AWS30988112"], True, "en"),
         o365(DANIEL[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="DM6PR11MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), DANIEL[1],
                  f"Amazon Web Services: Your Support case {C_DANIEL} has been resolved - tell us about your experience"),
         alt(part(text, cte="quoted-printable"), part(to_html(text), "html", cte="quoted-printable")))


@mail
def daniel_forward():
    d = T(2025, 9, 19, 10, 2, 55, tz=dt.timezone(dt.timedelta(hours=-5)))
    msgid = f"<DM6PR11MB{RND.randint(1000,9999)}{rhex(12).upper()}@DM6PR11MB{RND.randint(1000,9999)}.namprd11.prod.outlook.com>"
    s = Sender(DANIEL[1], "", "", [])
    s.envdom = "northwind-analytics.com"
    agent = DANIEL_DONE_AGENT
    text = f"""Hi Grace,

FYI for the partner tier headcount: my two cert profiles are merged now, so please use AWS30988112 only from here on (aws30571846 no longer exists). Mail from AWS below.

Thanks,
Daniel

Daniel Okafor | Principal Data Engineer
Northwind Analytics | +1 (612) 555-0148

________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Friday, September 19, 2025 4:15 AM
To: Daniel Okafor <daniel.okafor@northwind-analytics.com>
Subject: RE:[CASE {C_DANIEL}] {DANIEL_CASE_SUBJ}

CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.

{agent}

Was your issue resolved?
YES: https://tcsupport-feedback.aws.amazon.com/...
NO:  https://tcsupport-feedback.aws.amazon.com/...

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Northwind Analytics LLC, 800 Nicollet Mall, Minneapolis, MN 55402.
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style></head><body dir=\"ltr\">\n" + \
        "<div class=\"elementToProof\" style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;\">" + \
        "Hi Grace,<br><br>FYI for the partner tier headcount: my two cert profiles are merged now, so please use AWS30988112 only from here on (aws30571846 no longer exists). Mail from AWS below.<br><br>Thanks,<br>Daniel<br><br>" + \
        "<span style=\"font-size:10pt;color:#555\">Daniel Okafor | Principal Data Engineer<br>Northwind Analytics | +1 (612) 555-0148</span></div>\n" + \
        "<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">" + \
        f"<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\"><b>From:</b> Amazon Web Services &lt;no-reply-aws@amazon.com&gt;<br><b>Sent:</b> Friday, September 19, 2025 4:15 AM<br><b>To:</b> Daniel Okafor &lt;daniel.okafor@northwind-analytics.com&gt;<br><b>Subject:</b> RE:[CASE {C_DANIEL}] {DANIEL_CASE_SUBJ}</font><div>&nbsp;</div></div>\n" + \
        "<div><table style=\"background:#fff4ce;border:1px solid #c19c00\"><tr><td style=\"font-size:9pt\">CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.</td></tr></table>\n" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in agent.split("\n\n")) + \
        "<p>Was your issue resolved?<br>YES | NO</p></div>\n<p style=\"font-size:8pt;color:#777\">This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Northwind Analytics LLC, 800 Nicollet Mall, Minneapolis, MN 55402.</p></body></html>\n"
    h = [
        ("From", addr(*DANIEL)), ("To", '"Grace Liu" <grace.liu@northwind-analytics.com>'),
        ("Subject", f"FW: RE:[CASE {C_DANIEL}] {DANIEL_CASE_SUBJ}"),
        ("Thread-Topic", f"RE:[CASE {C_DANIEL}] {DANIEL_CASE_SUBJ}"),
        ("Thread-Index", "AQHcKU" + rb64(30)),
        ("Date", format_datetime(d.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", msgid),
        ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
    ]
    emit("fw-partner-headcount", L("unrelated", C_DANIEL, ["AWS30571846", "AWS30988112"], False, "en"),
         o365("grace.liu@northwind-analytics.com", d + dt.timedelta(seconds=1), s,
              {"hfrom": "northwind-analytics.com"}, tenant_host="DM6PR11MB", internal=True),
         h, alt(part(text, cte="quoted-printable", charset="us-ascii"), part(html, "html", cte="quoted-printable", charset="utf-8"),
                boundary=f"_000_DM6PR11MB{RND.randint(1000,9999)}{rhex(12).upper()}DM6PR11MB{RND.randint(1000,9999)}namp_"))


@mail
def daniel_credly_moved():
    d = T(2025, 9, 22, 15, 33, 4)
    local = f"bounces+{RND.randint(1000000, 9999999)}-{rhex(4)}-{DANIEL[1].replace('@', '=')}"
    s = Sender(f"{local}@em4211.credly.com", "149.72.154.232", "o1.ptr9937.credly.com",
               [("credly.com", "s1"), ("sendgrid.info", "smtpapi")])
    s.msgid = f"<{rb64(22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{RND.randint(1,30)}>"
    acc = f"https://www.credly.com/earner/earned?utm_campaign=badges_transferred&utm_medium=email&utm_source=transactional"
    text = f"""Hi Daniel,

At the request of Amazon Web Services Training and Certification, the following badge has been moved to the Credly account associated with {DANIEL[1]}:

  AWS Certified Security - Specialty

The badge is now waiting for you. Accept it to display it on your profile and share it with your network.

View and accept your badges: {acc}

If you previously shared this badge from another account, links to the old badge page will stop working. Update any links on LinkedIn or your email signature to point at your new badge page.

Need help? https://support.credly.com

Credly by Pearson
Privacy Policy: https://credly.com/privacy | Terms of Service: https://credly.com/terms
"""
    h = sender_hdrs(s, d) + [
        ("From", '"Credly" <admin@credly.com>'), ("To", DANIEL[1]),
        ("Subject", "Your badge has been moved to this account"),
        ("Date", rfc(d)), ("Message-ID", s.msgid), ("X-SG-EID", rb64(60))]
    emit("credly-badge-moved-en", L("credly_badge_issued", None, [], True, "en"),
         o365(DANIEL[1], d + dt.timedelta(seconds=1), s,
              {"spf": "pass", "dkim": [("credly.com", "pass")], "dmarc": "pass", "hfrom": "credly.com"}, tenant_host="DM6PR11MB"),
         h, alt(part(text, cte="quoted-printable"), part(to_html(text, font="Helvetica, Arial, sans-serif"), "html", cte="quoted-printable")))


@mail
def daniel_certmetrics():
    d = T(2025, 10, 8, 14, 0, 37)
    s = Sender(f"bounces+{RND.randint(1000000, 9999999)}-{rhex(4)}-daniel.okafor=northwind-analytics.com@em7711.certmetrics.com",
               "167.89.100.43", "o10.ptr4420.certmetrics.com", [("certmetrics.com", "s1")])
    s.msgid = f"<{rb64(22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{RND.randint(1,30)}>"
    u = f"https://www.surveymonkey.com/r/AWSCERT-{rb64(7).replace('/', 'Q').replace('+', 'Z')}?cid=AWS30988112"
    text = f"""Dear Daniel Okafor,

Thank you for being an AWS Certified professional. AWS Certification wants to hear from you!

We are conducting a short survey to understand how AWS Certification has impacted your career and what we can do to improve the certification experience. The survey will take approximately 10 minutes to complete.

Take the survey: {u}

Your responses are confidential and will be used in aggregate only.

Candidate ID: AWS30988112
Certification: AWS Certified Solutions Architect - Professional
Validation Number: 7XK2QW9DLBE1QMSN

Thank you,
AWS Certification

Please do not reply to this message. This mailbox is not monitored.
AWS Certification | Amazon Web Services, Inc. | 410 Terry Ave. North, Seattle, WA 98109
Powered by CertMetrics
"""
    h = sender_hdrs(s, d) + [
        ("From", '"AWS Certification" <do-not-reply@certmetrics.com>'), ("To", DANIEL[1]),
        ("Subject", "AWS Certification wants to hear from you"),
        ("Date", rfc(d)), ("Message-ID", s.msgid)]
    emit("wants-to-hear-from-you", L("unrelated", None, ["AWS30988112"], False, "en"),
         o365(DANIEL[1], d + dt.timedelta(seconds=1), s,
              {"spf": "pass", "dkim": [("certmetrics.com", "pass")], "dmarc": "pass", "hfrom": "certmetrics.com"}, tenant_host="DM6PR11MB"),
         h, part(to_html(text, font="Verdana, sans-serif"), "html", cte="quoted-printable", charset="us-ascii"))


# =========================================================================
#                     PRIYA (en, outlook.com, console case, 11 digits)
# =========================================================================
PRIYA_CASE_SUBJ = "Certification account duplicate - need merging"


def aws_console_html(inner_html, cid, lang="en"):
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}"
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0">
<table width="100%" cellspacing="0" cellpadding="0" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">
<tr><td style="padding:20px 24px">
{inner_html}
<p>We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.</p>
<p>Best regards,<br>Amazon Web Services</p>
<hr>
<p>To see all the correspondence for this case, visit <a href="{link}">{link}</a></p>
<hr>
<p style="font-size:12px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</td></tr></table></body></html>
"""


@mail
def priya_ack():
    d = T(2025, 3, 10, 21, 44, 18)
    s = ses_sender(d)
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={C_PRIYA}&language=en"
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {C_PRIYA} to address your issue.</p>
<p>The details of your case are as follows:</p>
<p><b>Case ID:</b> {C_PRIYA}<br>
<b>Subject:</b> {PRIYA_CASE_SUBJ}<br>
<b>Severity:</b> Low<br>
<b>Correspondence:</b> Hello, I have 2 certification accounts, one from uni (AWS91037725, Cloud Practitioner) and one personal (AWS88410396). Can you merge them into the personal one? I already tried the Credly merge but the certification side still shows two. Thank you!</p>
<p>Your case has been assigned to our Customer Service team. Someone will get back to you shortly. You can view and manage your case in the <a href="{link}">Support Center</a>.</p>
<p><i>Please do not reply to this email. This email address cannot accept replies.</i></p>
<p>Best regards,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</div></body></html>
"""
    emit("opened-low-severity", L("case_created", C_PRIYA, ["AWS88410396", "AWS91037725"], True, "en"),
         o365(PRIYA[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="SN7PR02MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), PRIYA[1],
                  f"Amazon Web Services: You have opened a new Support case: {C_PRIYA}"),
         part(html, "html", cte="quoted-printable"))


@mail
def priya_dup_closed():
    d = T(2025, 3, 11, 3, 12, 40)
    s = ses_sender(d)
    inner = f"""<p>Hello Priya,</p>
<p>Thank you for reaching out. My name is Joanne and I'll be looking after your request.</p>
<p>I noticed that a second case ({C_PRIYA_DUP}) was opened for the same request shortly after this one. To make sure we don't work on it twice, I have closed case {C_PRIYA_DUP} and will continue to assist you here.</p>
<p>I'm currently reviewing the two certification profiles you mentioned and will come back to you shortly with the details for you to check. In the meantime, please avoid opening additional cases for this, as it may delay our response.</p>
<p>Kind regards,<br>Joanne<br>Amazon Web Services</p>"""
    emit("duplicate-case-closed", L("support_reply", C_PRIYA, [], True, "en"),
         o365(PRIYA[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="SN7PR02MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), PRIYA[1], f"RE:[CASE {C_PRIYA}] {PRIYA_CASE_SUBJ}"),
         part(aws_console_html(inner, C_PRIYA), "html", cte="base64"))


@mail
def priya_confirm():
    d = T(2025, 3, 11, 22, 50, 3)
    s = ses_sender(d)
    inner = """<p>Hi Priya,</p>
<p>Thanks for your patience. I've looked into both profiles.</p>
<p>Before we go ahead, could you double-check the following for me:</p>
<ul>
<li>Profile to <b>keep</b>: AWS88410396 (priya.raman@outlook.com)</li>
<li>Profile to <b>fold into it</b>: AWS91037725 (p.raman@student.unimelb.edu.au) &ndash; holds AWS Certified Cloud Practitioner</li>
</ul>
<p>Once combined, the two profiles can't be separated again, so we need your explicit go-ahead. If this looks right, simply respond with &quot;Yes, proceed&quot; through the Support Center link below. If you'd rather keep the university profile instead, just tell us.</p>
<p>Kind regards,<br>Joanne<br>Amazon Web Services</p>"""
    emit("joanne-double-check", L("merge_confirmation_requested", C_PRIYA, ["AWS88410396", "AWS91037725"], True, "en"),
         o365(PRIYA[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="SN7PR02MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), PRIYA[1], f"RE:[CASE {C_PRIYA}] {PRIYA_CASE_SUBJ}"),
         part(aws_console_html(inner, C_PRIYA), "html", cte="quoted-printable"))


@mail
def priya_conditional():
    d = T(2025, 3, 12, 19, 8, 27)
    s = ses_sender(d)
    inner = """<p>Hi Priya,</p>
<p>Thanks for the go-ahead. Your request is now with our back-end team.</p>
<p>Once the merge is complete, we will also contact Credly so that the Cloud Practitioner badge issued to AWS91037725 is moved across to the e-mail address on AWS88410396. At that point you'll receive a message from us confirming that everything has been finalized, and a separate e-mail from Credly when the badge is ready to accept.</p>
<p>No action is needed from you right now. Please don't sign in to the university profile until you hear back from us.</p>
<p>Kind regards,<br>Joanne<br>Amazon Web Services</p>"""
    emit("joanne-backend-team", L("support_reply", C_PRIYA, ["AWS88410396", "AWS91037725"], True, "en"),
         o365(PRIYA[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="SN7PR02MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), PRIYA[1], f"RE:[CASE {C_PRIYA}] {PRIYA_CASE_SUBJ}"),
         part(aws_console_html(inner, C_PRIYA), "html", cte="quoted-printable"))


@mail
def priya_done():
    d = T(2025, 3, 13, 23, 30, 51)
    s = ses_sender(d)
    inner = """<p>Hi Priya,</p>
<p>Quick update: that's all sorted now. AWS88410396 holds all of your certifications and exam history, and AWS91037725 has been deactivated.</p>
<p>Your Cloud Practitioner badge should follow within 24&ndash;48 hours; Credly will e-mail you when it's ready to accept. If it hasn't arrived by early next week, reply here and I'll chase it up.</p>
<p>Kind regards,<br>Joanne<br>Amazon Web Services</p>"""
    emit("joanne-all-sorted", L("merge_completed", C_PRIYA, ["AWS88410396", "AWS91037725"], True, "en"),
         o365(PRIYA[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="SN7PR02MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), PRIYA[1], f"RE:[CASE {C_PRIYA}] {PRIYA_CASE_SUBJ}"),
         part(aws_console_html(inner, C_PRIYA), "html", cte="quoted-printable"))


def credly_sender(rcpt):
    local = f"bounces+{RND.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}"
    s = Sender(f"{local}@em4211.credly.com", f"149.72.{RND.choice([154, 123, 207])}.{RND.randint(2, 250)}",
               f"o{RND.randint(1, 9)}.ptr{RND.randint(1000, 9999)}.credly.com", [("credly.com", "s1"), ("sendgrid.info", "smtpapi")])
    s.msgid = f"<{rb64(22).replace('/', '_').replace('+', '-')}@geopod-ismtpd-{RND.randint(1,30)}>"
    return s


CREDLY_AUTH = {"spf": "pass", "dkim": [("credly.com", "pass"), ("sendgrid.info", "pass")], "dmarc": "pass", "hfrom": "credly.com", "p": "REJECT"}


@mail
def priya_credly_code():
    d = T(2025, 3, 14, 8, 2, 19)
    s = credly_sender(PRIYA[1])
    code = "604218"
    text = f"""Hi Priya,

We received a request to merge the Credly account for p.raman@student.unimelb.edu.au into your Credly account ({PRIYA[1]}).

Your verification code is: {code}

Enter this code on the merge screen, or click the button below to finish merging your accounts. All badges from the other account will be moved to this one and the other account will be closed.

Complete Account Merge: https://www.credly.com/users/account_merges/{ruuid()}/confirm?code={code}

This code expires in 30 minutes. If you didn't request this, you can ignore this email.

The Credly Team
Credly by Pearson | https://credly.com/privacy
"""
    h = sender_hdrs(s, d) + [
        ("From", '"Credly" <admin@credly.com>'), ("To", PRIYA[1]),
        ("Subject", "Confirm your account merge"), ("Date", rfc(d)), ("Message-ID", s.msgid), ("X-SG-EID", rb64(60))]
    emit("credly-merge-code", L("unrelated", None, [], True, "en"),
         o365(PRIYA[1], d + dt.timedelta(seconds=1), s, {"spf": "pass", "dkim": [("credly.com", "pass")], "dmarc": "pass", "hfrom": "credly.com"},
              tenant_host="SN7PR02MB"),
         h, alt(part(text, cte="quoted-printable"), part(to_html(text, font="Helvetica, Arial, sans-serif"), "html", cte="quoted-printable")))


@mail
def priya_credly_reminder():
    d = T(2025, 3, 17, 16, 45, 0)
    s = credly_sender(PRIYA[1])
    badge = ruuid()
    text = f"""Hi Priya,

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification is still waiting for you.

Accept it now to add it to your Credly profile, share it on LinkedIn and let others verify your achievement.

Accept badge: https://www.credly.com/earner/earned/badge/{badge}?utm_campaign=badge_reminder_1&utm_medium=email

Not sure what this is? Credly is the platform that Amazon Web Services Training and Certification uses to issue its digital credentials. Learn more: https://support.credly.com

Credly by Pearson
You are receiving this because a badge was issued to {PRIYA[1]}. Privacy Policy: https://credly.com/privacy
"""
    h = sender_hdrs(s, d) + [
        ("From", '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
        ("To", PRIYA[1]), ("Subject", "Reminder: your AWS Certified Cloud Practitioner badge is waiting"),
        ("Date", rfc(d)), ("Message-ID", s.msgid), ("X-SG-EID", rb64(60))]
    emit("credly-ccp-waiting", L("credly_badge_issued", None, [], True, "en"),
         o365(PRIYA[1], d + dt.timedelta(seconds=1), s, {"spf": "pass", "dkim": [("credly.com", "pass")], "dmarc": "pass", "hfrom": "credly.com"},
              tenant_host="SN7PR02MB"),
         h, alt(part(text, cte="quoted-printable"), part(to_html(text, font="Helvetica, Arial, sans-serif"), "html", cte="quoted-printable")))


# =========================================================================
#                     MARCO (en, self-hosted Postfix: no Authentication-Results)
# =========================================================================
MARCO_WRONG_CONFIRM = """Hello Marco,

Thank you for your patience. I found two certification accounts for you:

  AWS67240153 - marco.bianchi84@libero.it
  AWS67251980 - marco@bianchi-it.eu

Based on the candidate ID in your form, I'm planning to keep AWS67240153 as the primary account and merge AWS67251980 into it. Please note that a merge cannot be reversed.

Please reply to confirm the above is correct and I'll submit the request.

Kind regards,
Tomasz
AWS Training & Certification Customer Support"""


@mail
def marco_ack():
    d = C_MARCO_OPEN + dt.timedelta(seconds=6)
    s = ses_sender(d)
    body = f"""Dear Marco Bianchi,

We have received your request and created case {C_MARCO} for it. One of our Training and Certification specialists will review the details and reach out to you, usually within one business day.

If you contacted us about the same matter before and did not hear back, there is no need to do anything else: this case will be used to handle your request from now on.

Candidate ID provided: AWS67240153
Category: Certification > Account Merge

While you wait, you may find an answer in our FAQ: https://aws.amazon.com/certification/faqs/

Thank you for your patience.
AWS Training & Certification Customer Support

{legal_en(2025, True)}"""
    emit("request-received-case", L("case_created", C_MARCO, ["AWS67240153"], None, "en"),
         selfhosted("mail.bianchi-it.eu", MARCO[1], d + dt.timedelta(seconds=2), s, tz=dt.timezone(dt.timedelta(hours=2))),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), MARCO[1], f"[CASE {C_MARCO}] {FORM_SUBJ}"),
         part(body, cte="7bit", charset="us-ascii", quote_charset=False))


@mail
def marco_reconfirm():
    d = T(2025, 4, 16, 8, 21, 9)
    s = ses_sender(d)
    q1 = "\n".join("> > " + l if l else "> >" for l in MARCO_WRONG_CONFIRM.split("\n"))
    body = f"""Hello Marco,

Thanks for the quick reply, and apologies: in my previous message I had the two accounts the wrong way round.

Here is the corrected plan:

  Account that stays:           AWS67251980 (marco@bianchi-it.eu)
  Account merged into it:       AWS67240153 (marco.bianchi84@libero.it)

After the merge you will sign in with marco@bianchi-it.eu only, and the libero.it login will stop working. As mentioned, this cannot be undone afterwards.

Could you reply once more to confirm that this version is correct? I'll submit it as soon as I hear from you.

Kind regards,
Tomasz
AWS Training & Certification Customer Support

Customer satisfaction is important to us. Tell us how we did: {fb(C_MARCO)}

On 15/04/2025 18:22, Marco Bianchi wrote:
> Hi Tomasz,
>
> no, it's the other way round: I want to keep the account with my
> bianchi-it.eu address, the libero one is old.
>
> Grazie,
> Marco
>
> On 15/04/2025 10:03, Amazon Web Services wrote:
{q1}

{legal_en(2025, True)}"""
    emit("tomasz-corrected-plan", L("merge_confirmation_requested", C_MARCO, ["AWS67240153", "AWS67251980"], None, "en"),
         selfhosted("mail.bianchi-it.eu", MARCO[1], d + dt.timedelta(seconds=2), s, tz=dt.timezone(dt.timedelta(hours=2))),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), MARCO[1], f"RE:[CASE {C_MARCO}] {FORM_SUBJ}"),
         part(body, cte="7bit", charset="us-ascii", quote_charset=False))


@mail
def marco_done():
    d = T(2025, 4, 17, 13, 40, 55)
    s = ses_sender(d)
    body = f"""Hi Marco,

I've processed your request: AWS67240153 has been folded into AWS67251980. From now on, please use marco@bianchi-it.eu to sign in. Your Solutions Architect - Professional and Machine Learning - Specialty are both showing under the surviving account, and the exam you have booked for June has been kept.

One more thing: I noticed you also have two separate Credly profiles (one per e-mail address). Would you like us to ask Credly to combine those as well? If so, just reply and let me know which address you want your badges on.

Kind regards,
Tomasz
AWS Training & Certification Customer Support

Customer satisfaction is important to us. Tell us how we did: {fb(C_MARCO)}

On 16/04/2025 11:02, Marco Bianchi wrote:
> Confirmed, the corrected version is right. Please go ahead.
>
> Marco
>
> On 16/04/2025 10:21, Amazon Web Services wrote:
> > Hello Marco,
> >
> > Thanks for the quick reply, and apologies: in my previous message I had
> > the two accounts the wrong way round.
> >
> > Could you reply once more to confirm that this version is correct?

{legal_en(2025, True)}"""
    emit("tomasz-processed", L("merge_completed", C_MARCO, ["AWS67240153", "AWS67251980"], None, "en"),
         selfhosted("mail.bianchi-it.eu", MARCO[1], d + dt.timedelta(seconds=2), s, tz=dt.timezone(dt.timedelta(hours=2))),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), MARCO[1], f"RE:[CASE {C_MARCO}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable", charset="us-ascii", quote_charset=False))


# =========================================================================
#                          OLIVIA (en, Fastmail, form case)
# =========================================================================
@mail
def olivia_which_account():
    d = T(2025, 10, 7, 17, 26, 41)
    s = ses_sender(d)
    body = f"""Hello Olivia,

Thank you for reaching out to AWS Training and Certification, my name is Sofia.

I can see two certification accounts that appear to belong to you:

  - AWS44017282, registered to olivia.b@fastmail.com (last sign-in: 2023)
  - AWS44093316, registered to obrennan@kestrel-labs.io

To move forward, could you please let me know:

  1. Which of the two accounts you'd like to keep going forward
  2. The e-mail address you currently use to sign in to each of them
  3. Whether you have any exams scheduled at the moment

Once I have this, I'll send you a summary to review before anything is changed on our side.

Best regards,
Sofia
AWS Training and Certification Customer Support

{rate_yesno_en(C_OLIVIA)}
{legal_en(2025)}"""
    emit("sofia-couple-of-questions", L("support_reply", C_OLIVIA, ["AWS44017282", "AWS44093316"], True, "en"),
         fastmail(OLIVIA[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), OLIVIA[1], f"RE:[CASE {C_OLIVIA}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable", fmt_flowed=False))


@mail
def olivia_autoclose():
    d = T(2025, 10, 21, 17, 30, 2)
    s = ses_sender(d)
    u = fb(C_OLIVIA)
    body = f"""Hello Olivia,

We haven't heard back from you regarding case {C_OLIVIA}, so we've gone ahead and closed it.

If you still need help with your certification accounts, simply reply to this e-mail within the next 14 days and your case will be reopened automatically. After that, please submit a new request through the contact form at https://support.aws.amazon.com/#/contacts/aws-training.

We'd appreciate a minute of your time to tell us about your experience.
Was your issue resolved?  Yes: {u}&resolved=yes   No: {u}&resolved=no

Best regards,
AWS Training and Certification Customer Support

{legal_en(2025)}"""
    emit("closed-no-response", L("survey", C_OLIVIA, [], True, "en"),
         fastmail(OLIVIA[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), OLIVIA[1], f"RE:[CASE {C_OLIVIA}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable"))


@mail
def olivia_seller():
    d = T(2025, 11, 3, 10, 12, 5)
    s = ses_sender(d)
    body = f"""Hello,

Thank you for contacting Amazon Seller Support.

I understand that you would like the two detail pages for your product "Kestrel Trail Bottle 750ml" to be merged because they describe the same item.

I have reviewed both listings and submitted the merge request for ASIN B0C7XK2M4P and ASIN B0C7XL9Q1R. Once the merge has been processed, your offers will appear on the surviving detail page B0C7XK2M4P. Please allow up to 72 hours for the change to show in Seller Central and on the Amazon website.

If the merged page shows incorrect information after that time, please reply to this case and include the ASIN and a screenshot.

We hope this information is helpful.

Was this email helpful?
Yes: https://sellercentral.amazon.com/cu/case-survey?caseId={C_SELLER}&h=1
No:  https://sellercentral.amazon.com/cu/case-survey?caseId={C_SELLER}&h=0

Best regards,
Ana
Amazon.com
https://sellercentral.amazon.com

To view your case, visit: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={C_SELLER}

This message was sent to you by Amazon Seller Support. Please do not reply directly to this email; use the link above to respond.
"""
    emit("seller-asin-detail-pages", L("unrelated", C_SELLER, [], True, "en"),
         fastmail(OLIVIA[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Seller Support", "seller-answers@amazon.com"), OLIVIA[1],
                  f"RE:[CASE {C_SELLER}] Duplicate listing - please merge detail pages"),
         part(body, cte="quoted-printable"))


# =========================================================================
#                  JAMES (en, O365 university tenant, Outlook quote blocks)
# =========================================================================
@mail
def james_done():
    d = T(2025, 12, 4, 11, 5, 38)
    s = ses_sender(d)
    body = f"""Hi James,

This has now been taken care of - your two profiles are one. You'll find the Cloud Practitioner and the SysOps Administrator - Associate both listed under AWS52817460 next time you sign in; the AWS52790033 login no longer works.

Let us know if anything looks out of place.

Warm regards,
Keisha
AWS Training and Certification Customer Support

{rate_yesno_en(C_JAMES)}
________________________________
From: James Whitfield <j.whitfield@holloway.ac.uk>
Sent: Wednesday, December 3, 2025 10:14 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {C_JAMES}] {FORM_SUBJ}

Yes, that's right, please go ahead.

Kind regards,
James

Dr James Whitfield
Senior Lecturer, School of Computing
Holloway College, University of London

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete this email. Any views expressed are those of the author and not necessarily those of Holloway College.

> From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
> Sent: Tuesday, December 2, 2025 5:47 PM
> To: James Whitfield <j.whitfield@holloway.ac.uk>
> Subject: RE:[CASE {C_JAMES}] {FORM_SUBJ}
>
> Hi James,
>
> > Please confirm that you would like AWS52790033 (jwhitfield@btinternet.com)
> > merged into AWS52817460 (j.whitfield@holloway.ac.uk). AWS52817460 will be
> > kept. This cannot be undone once processed.
>
> Keisha

{legal_en(2025)}"""
    emit("keisha-taken-care-of", L("merge_completed", C_JAMES, ["AWS52790033", "AWS52817460"], True, "en"),
         o365(JAMES[1], d + dt.timedelta(seconds=3), s, AMZ_O365, tenant_host="LO2P265MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), JAMES[1], f"RE:[CASE {C_JAMES}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable"))


# =========================================================================
#                        KENTA (ja, Gmail, form case)
# =========================================================================
KENTA_FORM = """お問い合わせの種類: 認定
詳細: アカウントの統合
氏名: 佐藤 健太
メールアドレス: kenta.sato.1987@gmail.com
AWS 受験者 ID: AWS11528340
ご記入内容:
以前の勤務先のメールアドレスで作成したアカウント（AWS 62093175）があり、SAA をそちらで取得しています。現在使っているアカウントにまとめたいです。前の会社のアドレスはもう使えません。"""

KENTA_ASK = """佐藤 健太 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

このたびはお問い合わせいただき、誠にありがとうございます。
アカウント統合のご依頼につきまして、ご本人様の確認および対象アカウントの特定のため、以下の情報をお知らせいただけますでしょうか。

1. 各アカウントのサインインに使用しているメールアドレス
2. 各アカウントの通知先メールアドレス（サインイン用と異なる場合）
3. 今後ご利用を継続されたいアカウントの受験者 ID

なお、フォームにご記入いただいた受験者 ID（AWS11528340）のアカウントについては確認が取れておりますが、もう一方のアカウントについては、ご記入の ID と登録情報が一致するかを確認させていただく必要がございます。

お手数をおかけいたしますが、本メールへのご返信にてお知らせください。
同じ内容で新たにお問い合わせをいただきますと、対応が遅れる場合がございますのでご了承ください。

中村
AWS トレーニングと認定 カスタマーサポート"""

KENTA_CONFIRM = """佐藤 健太 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。
ご返信いただき、ありがとうございます。

いただいた情報をもとに確認いたしましたところ、下記 2 つの認定アカウントが見つかりました。
以下の内容で統合を進めてよろしいか、ご確認をお願いいたします。

■ 統合後も残るアカウント
　AWS 受験者 ID：AWS11528340
　登録メールアドレス：kenta.sato.1987@gmail.com

■ 上記アカウントへ統合され、閉鎖されるアカウント
　AWS 受験者 ID：AWS62093175
　登録メールアドレス：k-sato@hoshimi-soft.co.jp

なお、統合を実施した後に元の状態へ戻すことはできません。
上記の内容でお間違いがなければ、本メールにそのままご返信いただけますでしょうか。
ご返信を確認しだい、手続きを進めさせていただきます。

何卒よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート"""


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split("\n"))


@mail
def kenta_ack():
    d = C_KENTA_OPEN + dt.timedelta(seconds=4)
    s = ses_sender(d)
    body = f"""佐藤 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせフォームの送信を受け付けたことをお知らせする自動送信メールです。

受付番号: {C_KENTA}

内容を確認のうえ、担当者より原則として 24 時間以内（土日祝日を除く）にご連絡いたします。
同じ内容で再度フォームを送信されますと、回答が遅れる原因となりますのでご注意ください。

――― 送信内容 ―――
{KENTA_FORM}
――――――――――――

AWS トレーニングと認定 カスタマーサポート

{legal_ja(2025)}"""
    emit("uketsuke-jidou-soushin", L("case_created", C_KENTA, ["AWS11528340", "AWS62093175"], True, "ja"),
         gmail(KENTA[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), KENTA[1],
                  subj(f"[CASE {C_KENTA}] お問い合わせを受け付けました（AWS トレーニングと認定）", maxlen=60)),
         part(body, cte="base64", charset="UTF-8", quote_charset=False))


@mail
def kenta_ask_info():
    d = T(2025, 11, 4, 23, 31, 12)
    s = ses_sender(d)
    body = KENTA_ASK + "\n\n" + rate_yesno_ja(C_KENTA) + "\n---- 元のお問い合わせ ----\n" + q(KENTA_FORM) + "\n\n" + legal_ja(2025)
    emit("nakamura-kakunin-jouhou", L("support_reply", C_KENTA, ["AWS11528340"], True, "ja"),
         gmail(KENTA[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), KENTA[1], f"RE:[CASE {C_KENTA}] {FORM_SUBJ}"),
         part(body.replace("（AWS11528340）", "（AWS11528340）"), cte="7bit", charset="ISO-2022-JP", quote_charset=False))


@mail
def kenta_confirm():
    d = T(2025, 11, 6, 1, 5, 40)
    s = ses_sender(d)
    kreply = """中村様

ご連絡ありがとうございます。
各アカウントの情報は以下のとおりです。

・AWS11528340: サインイン/通知先とも kenta.sato.1987@gmail.com
・AWS62093175: サインイン/通知先とも k-sato@hoshimi-soft.co.jp（退職済みのため受信できません）

残したいのは AWS11528340 のほうです。
よろしくお願いいたします。

佐藤"""
    quoted = "2025年11月5日(水) 10:12 佐藤 健太 <kenta.sato.1987@gmail.com>:\n" + q(kreply) + "\n>\n> 2025年11月5日(水) 8:31 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + q(q(KENTA_ASK))
    body = KENTA_CONFIRM + "\n\n" + rate_yesno_ja(C_KENTA) + "\n" + quoted + "\n\n" + legal_ja(2025)
    emit("nakamura-naiyou-gokakunin", L("merge_confirmation_requested", C_KENTA, ["AWS11528340", "AWS62093175"], True, "ja"),
         gmail(KENTA[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), KENTA[1], f"RE:[CASE {C_KENTA}] {FORM_SUBJ}"),
         part(body, cte="7bit", charset="ISO-2022-JP", quote_charset=False))


@mail
def kenta_done():
    d = T(2025, 11, 7, 6, 40, 12)
    s = ses_sender(d)
    new = """佐藤 健太 様

お世話になっております。中村でございます。
ご確認のご返信をいただき、ありがとうございました。

旧アカウントに登録されていた認定資格および受験履歴を AWS11528340 へまとめる作業が、本日完了いたしました。
今後は kenta.sato.1987@gmail.com でサインインのうえ、認定資格の一覧に SAA が表示されていることをご確認ください。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。
1 週間ほど経ってもバッジが届かない場合は、本メールにご返信ください。

中村
AWS トレーニングと認定 カスタマーサポート"""
    kreply = "中村様\n\n内容に間違いありません。統合をお願いいたします。\n\n佐藤"
    quoted = ("2025年11月6日(木) 12:44 佐藤 健太 <kenta.sato.1987@gmail.com>:\n" + q(kreply) +
              "\n>\n> 2025年11月6日(木) 10:05 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + q(q(KENTA_CONFIRM)))
    body = new + "\n\n" + rate_stars_ja(C_KENTA) + "\n" + quoted + "\n\n" + legal_ja(2025)
    emit("nakamura-honjitsu", L("merge_completed", C_KENTA, ["AWS11528340"], True, "ja"),
         gmail(KENTA[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), KENTA[1], f"RE:[CASE {C_KENTA}] {FORM_SUBJ}"),
         part(body, cte="7bit", charset="ISO-2022-JP", quote_charset=False))


@mail
def kenta_survey():
    d = T(2025, 11, 7, 6, 42, 55)
    s = ses_sender(d)
    u = fb(C_KENTA)
    body = f"""佐藤 健太 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
お問い合わせ（ケース番号: {C_KENTA}）はクローズいたしました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間: 約 2 分）。

Q1. お問い合わせは解決しましたか？
  はい: {u}&resolved=yes
  いいえ: {u}&resolved=no

いただいたご意見は、サポート品質の改善にのみ使用いたします。
本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできませんのでご了承ください。

AWS トレーニングと認定 カスタマーエクスペリエンスチーム

{legal_ja(2025)}"""
    emit("anketo-onegai", L("survey", C_KENTA, [], True, "ja"),
         gmail(KENTA[1], d + dt.timedelta(seconds=2), s, AMZ_OK),
         amz_hdrs(s, d, addr("AWS トレーニングと認定", FORM), KENTA[1],
                  subj(f"サポートに関するアンケートのお願い [CASE {C_KENTA}]")),
         part(body, cte="base64"))


@mail
def kenta_credly():
    d = T(2025, 11, 8, 2, 13, 30)
    s = credly_sender(KENTA[1])
    badge = ruuid()
    text = f"""佐藤 健太 さん、おめでとうございます！

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを受け取って、LinkedIn などで実績を共有しましょう。

バッジを受け取る: https://www.credly.com/earner/earned/badge/{badge}?locale=ja&utm_campaign=badge_issued&utm_medium=email

Credly は、Amazon Web Services Training and Certification がデジタル認定証の発行に利用しているプラットフォームです。
ご不明な点はヘルプセンターをご覧ください: https://support.credly.com

Credly by Pearson
このメールは、{KENTA[1]} 宛てにバッジが発行されたため送信されています。
プライバシーポリシー: https://credly.com/privacy
"""
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body style="background:#f4f5f7"><table role="presentation" width="560" align="center" style="background:#fff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/assets/credly_logo_orange.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 24px;font-size:20px"><b>佐藤 健太 さん、おめでとうございます！</b></td></tr>
<tr><td style="padding:16px 24px">Amazon Web Services Training and Certification から新しいバッジ <b>AWS Certified Solutions Architect &ndash; Associate</b> が発行されました。</td></tr>
<tr><td style="padding:16px 24px" align="center"><a href="https://www.credly.com/earner/earned/badge/{badge}?locale=ja&amp;utm_campaign=badge_issued&amp;utm_medium=email" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">バッジを受け取る</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777">Credly by Pearson ・ <a href="https://credly.com/privacy">プライバシーポリシー</a></td></tr>
</table></body></html>
"""
    h = sender_hdrs(s, d) + [
        ("From", '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
        ("To", KENTA[1]),
        ("Subject", subj("Amazon Web Services Training and Certification から新しいバッジが発行されました")),
        ("Date", rfc(d)), ("Message-ID", s.msgid), ("X-SG-EID", rb64(60))]
    emit("credly-badge-ja", L("credly_badge_issued", None, [], True, "ja"),
         gmail(KENTA[1], d + dt.timedelta(seconds=1), s, CREDLY_AUTH),
         h, alt(part(text, cte="base64"), part(html, "html", cte="base64")))


@mail
def kenta_pearson():
    d = T(2025, 11, 20, 3, 55, 10)
    s = Sender(f"bounce-{RND.randint(10**6, 10**7)}-{rhex(6)}@mail.pearsonvue.com", "198.2.183.14",
               "mta-183-14.pearsonvue.com", [("pearson.com", "pvue2023")])
    s.msgid = f"<{RND.randint(10**9, 10**10)}.{RND.randint(1000, 9999)}.{int(d.timestamp())}@pvue-mailer.pearson.com>"
    body = f"""佐藤 健太 様

AWS Certified Developer - Associate 試験のご予約を承りました。
以下の内容をご確認ください。

━━━━━━━━━━━━━━━━━━━━━━━━
受験者 ID　　: AWS11528340
登録番号　　　: 512837604
試験名　　　　: AWS Certified Developer - Associate (DVA-C02)
受験言語　　　: 日本語
試験日時　　　: 2025年12月13日(土) 10:00～12:10 (JST)
受験方法　　　: オンライン監視 (OnVUE)
━━━━━━━━━━━━━━━━━━━━━━━━

【受験前のご注意】
① 試験開始 30 分前からチェックインが可能です。
② 有効な本人確認書類（英語表記の氏名が記載されたもの）をご用意ください。
③ 事前にシステムテストを必ず実施してください: https://home.pearsonvue.com/aws/onvue

予約の変更・キャンセルは、試験開始の 24 時間前まで AWS トレーニングと認定のアカウントから行えます。

ピアソン・ブイユー・ジャパン株式会社
このメールは送信専用です。ご返信いただいてもお答えできません。
"""
    h = sender_hdrs(s, d) + [
        ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")), ("To", KENTA[1]),
        ("Subject", subj("試験予約の確認 - AWS Certified Developer - Associate", charset="iso-2022-jp")),
        ("Date", rfc(d.astimezone(JST)).replace(" +0900", " +0900")), ("Message-ID", s.msgid)]
    emit("pvue-yoyaku-kakunin", L("unrelated", None, ["AWS11528340"], False, "ja"),
         gmail(KENTA[1], d + dt.timedelta(seconds=2), s,
               {"spf": "pass", "dkim": [("pearson.com", "pass")], "dmarc": "pass", "hfrom": "pearson.com", "p": "REJECT"}),
         h, part(body, cte="8bit", charset="Shift_JIS", quote_charset=False))


@mail
def kenta_phish_billing():
    d = T(2025, 11, 25, 11, 48, 2)
    s = Sender(f"info@aws-jp-support.com", "45.133.194.77", "vps-45-133-194-77.hostingjp.net", [])
    s.msgid = f"<{rhex(24)}@aws-jp-support.com>"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Meiryo,sans-serif;font-size:14px">
<div style="background:#232f3e;color:#fff;padding:10px 16px;font-size:18px">Amazon Web Services</div>
<div style="padding:16px">
<p>お客様各位</p>
<p>いつも Amazon Web Services をご利用いただきありがとうございます。</p>
<p>ご登録のお支払い方法でのご請求が承認されませんでした。このままの状態が続くと、<b>48 時間以内</b>にお客様の AWS アカウントおよび関連するすべてのサービス（AWS 認定を含む）が停止されます。</p>
<p>以下のボタンからサインインし、お支払い情報を更新してください。</p>
<p><a href="https://aws-jp-support.com/billing/update?id={rhex(16)}" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">お支払い情報を更新する</a></p>
<p>※本メールは送信専用です。</p>
<p style="font-size:11px;color:#888">&copy; 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</div></body></html>
"""
    h = [("From", addr("Amazon Web Services", "info@aws-jp-support.com")), ("To", KENTA[1]),
         ("Subject", subj("【重要】お支払い方法の確認が必要です - AWS アカウント停止のお知らせ")),
         ("Date", rfc(d.astimezone(JST))), ("Message-ID", s.msgid), ("X-Mailer", "Microsoft Outlook 16.0")]
    emit("shiharai-houhou-kakunin", L("unrelated", None, [], False, "ja"),
         gmail(KENTA[1], d + dt.timedelta(seconds=3), s, {"spf": "pass", "dkim": [], "dmarc": None}, arc=False),
         h, part(html, "html", cte="base64"))


# =========================================================================
#               MISAKI (ja, Office 365 corporate tenant, console case)
# =========================================================================
MISAKI_CASE_SUBJ = "AWS認定アカウントの統合のお願い"


def jp_console_html(inner, cid):
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja"
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0"><div style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px;color:#16191f;padding:16px 20px">
{inner}
<p>ご意見をお寄せください。AWS サポートセンターでは、このやり取りやその他のやり取りを評価していただけます。やり取りの右上にある星を選択して評価してください。</p>
<p>よろしくお願いいたします。<br>Amazon Web Services</p>
<hr>
<p>このケースのすべてのやり取りを確認するには、次の URL にアクセスしてください: <a href="{link}">{link}</a></p>
<hr>
<p style="font-size:12px">※このメールは送信専用アドレスから送信されています。本件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。</p>
</div></body></html>
"""


@mail
def misaki_ack():
    d = C_MISAKI_OPEN + dt.timedelta(seconds=7)
    s = ses_sender(d)
    body = f"""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {C_MISAKI} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {C_MISAKI}
件名: {MISAKI_CASE_SUBJ}
重要度: 一般的なガイダンス
やり取り: お世話になっております。北浦システムズの田中です。
AWS認定のアカウントが3つに分かれてしまっているため、1つにまとめていただきたくご連絡いたしました。
残したいアカウント: AWS20466719
まとめたいアカウント: AWS20887053、aws09915264
よろしくお願いいたします。

担当者より順次ご連絡いたします。ケースの確認および返信は、サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId={C_MISAKI}&language=ja

このメールには返信しないでください。このメールアドレスは返信を受け付けていません。

よろしくお願いいたします。
Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""
    emit("shinki-case-sakusei", L("case_created", C_MISAKI, ["AWS20466719", "AWS20887053", "AWS09915264"], True, "ja"),
         o365(MISAKI[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="TYCPR01MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), MISAKI[1],
                  subj(f"Amazon Web Services: 新しいサポートケースが作成されました: {C_MISAKI}", charset="iso-2022-jp")),
         part(body, cte="7bit", charset="ISO-2022-JP", quote_charset=False))


@mail
def misaki_confirm():
    d = T(2026, 1, 20, 4, 30, 17)
    s = ses_sender(d)
    text = f"""田中 様

お問い合わせいただいた 3 つのアカウントを、以下のとおり 1 つにまとめる予定です。

  存続: AWS20466719
  統合元: AWS20887053 / AWS09915264

統合後は元に戻せません。この内容でよろしければ、サポートセンターからケースにご返信ください。

https://console.aws.amazon.com/support/home#/case/?displayId={C_MISAKI}&language=ja

Amazon Web Services
"""
    inner = """<p>田中 美咲 様</p>
<p>いつも Amazon Web Services をご利用いただきありがとうございます。AWS トレーニングと認定 サポートの石井でございます。</p>
<p>お問い合わせいただいた 3 つの認定アカウントについて確認いたしました。各アカウントの状況は以下のとおりです。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>受験者 ID</th><th>登録メールアドレス</th><th>保有認定</th><th>統合後</th></tr>
<tr><td>AWS20466719</td><td>misaki-tanaka@kitaura-sys.co.jp</td><td>Developer - Associate</td><td><b>存続</b></td></tr>
<tr><td>AWS20887053</td><td>m.tanaka.aws@gmail.com</td><td>Cloud Practitioner</td><td>AWS20466719 に統合・閉鎖</td></tr>
<tr><td>AWS09915264</td><td>tanaka@kitaura-sys.co.jp</td><td>SysOps Administrator - Associate</td><td>AWS20466719 に統合・閉鎖</td></tr>
</table>
<p>統合の処理は取り消すことができず、統合元のアカウントに再びサインインすることはできなくなります。</p>
<p>上記の内容で問題がなければ、サポートセンターからケースにご返信いただけますでしょうか。ご返信を確認のうえ、担当部署へ処理を依頼いたします。</p>
<p>石井<br>Amazon Web Services</p>"""
    emit("ishii-san-account", L("merge_confirmation_requested", C_MISAKI, ["AWS20466719", "AWS20887053", "AWS09915264"], True, "ja"),
         o365(MISAKI[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="TYCPR01MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), MISAKI[1], subj(f"RE:[CASE {C_MISAKI}] {MISAKI_CASE_SUBJ}", maxlen=50)),
         alt(part(text, cte="base64"), part(jp_console_html(inner, C_MISAKI), "html", cte="base64")))


@mail
def misaki_working():
    d = T(2026, 1, 22, 6, 10, 48)
    s = ses_sender(d)
    inner = """<p>田中 様</p>
<p>ご返信いただきありがとうございます。石井でございます。</p>
<p>いただいた内容をもとに、現在担当部署にて統合の処理を進めております。完了までいましばらくお待ちください。</p>
<p>なお、処理中は AWS20887053 および AWS09915264 へのサインインができない場合がございます。また、処理が終わるまでは新しい試験の予約をお控えいただきますようお願いいたします。</p>
<p>進捗がございましたら、改めてご連絡いたします。</p>
<p>石井<br>Amazon Web Services</p>"""
    emit("ishii-tantou-busho", L("support_reply", C_MISAKI, ["AWS20887053", "AWS09915264"], True, "ja"),
         o365(MISAKI[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="TYCPR01MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), MISAKI[1], subj(f"RE:[CASE {C_MISAKI}] {MISAKI_CASE_SUBJ}")),
         part(jp_console_html(inner, C_MISAKI), "html", cte="base64"))


@mail
def misaki_done():
    d = T(2026, 1, 26, 8, 0, 31)
    s = ses_sender(d)
    stub = "このメールは HTML 形式で送信されています。HTML 表示に対応したメールソフトでご覧ください。\n"
    inner = """<p>田中 美咲 様</p>
<p>お待たせいたしました。石井でございます。</p>
<p>ご依頼いただいた認定アカウントの件について、担当部署での処理が終わりましたのでご報告いたします。</p>
<p>AWS20887053 および AWS09915264 に登録されていた認定資格・試験履歴は、すべて AWS20466719 へ移行いたしました。移行元の 2 つのアカウントは閉鎖済みです。</p>
<p>また、旧アカウントでお持ちだった 50% 割引バウチャー（未使用分）も、AWS20466719 の［特典］ページに表示されております。Credly のバッジについては、数日以内に Credly から別途メールが届きます。</p>
<p>本ケースは解決済みとさせていただきます。今回の対応について、以下のリンクからアンケートにご協力いただけますと幸いです。<br>
<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_8dKq2Xb?lang=ja&amp;caseId=CASEID">アンケートに回答する</a></p>
<p>石井<br>Amazon Web Services</p>""".replace("CASEID", C_MISAKI)
    emit("ishii-ikou-houkoku", L("merge_completed", C_MISAKI, ["AWS20466719", "AWS20887053", "AWS09915264"], True, "ja"),
         o365(MISAKI[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="TYCPR01MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), MISAKI[1], subj(f"RE:[CASE {C_MISAKI}] {MISAKI_CASE_SUBJ}")),
         alt(part(stub, cte="base64"), part(jp_console_html(inner, C_MISAKI), "html", cte="base64")))


@mail
def misaki_survey():
    d = T(2026, 1, 27, 1, 15, 9)
    s = ses_sender(d)
    u = f"https://amazonwebservices.qualtrics.com/jfe/form/SV_{rb64(15).replace('/', 'a').replace('+', 'b')}?caseId={C_MISAKI}&lang=ja"
    html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body><div style="font-family:Meiryo,sans-serif;font-size:14px;padding:16px">
<p>お客様</p>
<p>AWS サポートケース {C_MISAKI}「{MISAKI_CASE_SUBJ}」は解決済みとしてマークされました。</p>
<p>今回のサポート体験はいかがでしたか？ サービス改善のため、2 分程度のアンケートにご協力ください。</p>
<p><a href="{u}" style="background:#ec7211;color:#fff;padding:8px 20px;text-decoration:none">アンケートに回答する</a></p>
<p>問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C_MISAKI}&amp;language=ja">サポートセンターを開く</a></p>
<p>Amazon Web Services をご利用いただきありがとうございます。</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</div></body></html>
"""
    emit("kaiketsu-zumi-anketo", L("survey", C_MISAKI, [], True, "ja"),
         o365(MISAKI[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="TYCPR01MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), MISAKI[1],
                  subj(f"Amazon Web Services: サポートケース {C_MISAKI} は解決済みになりました")),
         part(html, "html", cte="quoted-printable"))


@mail
def misaki_credly():
    d = T(2026, 2, 2, 0, 30, 0)
    s = credly_sender(MISAKI[1])
    text = f"""田中 美咲 さん

受け取り待ちのバッジが 2 件あります。

・AWS Certified Cloud Practitioner
・AWS Certified SysOps Administrator - Associate

これらのバッジは、Amazon Web Services Training and Certification のリクエストにより、{MISAKI[1]} のアカウントに移されました。受け取ると、プロフィールに表示され、共有できるようになります。

バッジを確認して受け取る: https://www.credly.com/earner/earned?locale=ja&utm_campaign=pending_badges&utm_medium=email

Credly by Pearson
プライバシーポリシー: https://credly.com/privacy ／ 配信設定: https://www.credly.com/notifications
"""
    h = sender_hdrs(s, d) + [
        ("From", '"Credly" <admin@credly.com>'), ("To", MISAKI[1]),
        ("Subject", subj("受け取り待ちのバッジが 2 件あります")), ("Date", rfc(d)), ("Message-ID", s.msgid), ("X-SG-EID", rb64(60))]
    emit("credly-uketori-machi", L("credly_badge_issued", None, [], True, "ja"),
         o365(MISAKI[1], d + dt.timedelta(seconds=1), s, {"spf": "pass", "dkim": [("credly.com", "pass")], "dmarc": "pass", "hfrom": "credly.com"},
              tenant_host="TYCPR01MB"),
         h, alt(part(text, cte="quoted-printable"), part(to_html(text, font="Meiryo, sans-serif"), "html", cte="quoted-printable")))


@mail
def misaki_billing():
    d = T(2026, 2, 4, 2, 44, 26)
    s = ses_sender(d)
    subjb = "請求の統合について（複数アカウント）"
    body = f"""田中 様

Amazon Web Services をご利用いただきありがとうございます。請求・アカウントサポートの岡田です。

お問い合わせいただいた、複数の AWS アカウントの請求を 1 つにまとめる方法についてご案内いたします。

AWS Organizations の一括請求（コンソリデーティッドビリング）機能を使用すると、管理アカウントにメンバーアカウントの請求を統合できます。手順の概要は以下のとおりです。

1. 管理アカウント（アカウント ID: 4821-9930-1147）で AWS Organizations の組織を作成します。
2. 統合したいアカウント（アカウント ID: 7730-2284-5519 および 6612-0097-3348）に招待を送信します。
3. 各アカウントで招待を承諾すると、翌月分から請求が管理アカウントにまとめられます。

なお、アカウント自体が統合されるわけではなく、各アカウントのリソースや IAM ユーザーはそのまま維持されます。

詳細は次のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

{console_footer_ja(C_MISAKI_BILL)}"""
    emit("seikyu-matomeru", L("unrelated", C_MISAKI_BILL, [], True, "ja"),
         o365(MISAKI[1], d + dt.timedelta(seconds=2), s, AMZ_O365, tenant_host="TYCPR01MB"),
         amz_hdrs(s, d, addr("Amazon Web Services", NOREPLY), MISAKI[1], subj(f"RE:[CASE {C_MISAKI_BILL}] {subjb}")),
         part(body, cte="quoted-printable"))


# =========================================================================
#                         SHO (ja, @nifty, form case)
# =========================================================================
NIFTY_AMZ = {"spf": "pass", "dkim": [("amazon.com", "pass")], "dmarc": "pass", "hfrom": "amazon.com"}

SHO_ACK = f"""山本 翔 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
リクエストを受け付け、以下のケース番号で記録いたしました。

Case ID / ケース番号: {C_SHO}

担当者が内容を確認し、原則 24 時間以内（営業日）にご連絡いたします。
追加の情報がある場合は、本メールにご返信ください。同じ内容で新しいお問い合わせを作成されますと、対応が遅れる場合がございます。

Candidate ID / 受験者 ID: AWS73301498
Category / カテゴリ: Certification - Account Merge

AWS トレーニングと認定 カスタマーサポート"""

SHO_ASK = """山本 翔 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定 カスタマーサポートの小林です。

アカウント統合のご依頼について、対象となるもう一方のアカウントを特定するため、以下をお知らせいただけますか。

・もう一方のアカウントに登録されているメールアドレス
・そのアカウントで取得された認定資格の名称と、おおよその取得時期
・統合後に残したいアカウント

よろしくお願いいたします。

小林
AWS トレーニングと認定 カスタマーサポート"""

SHO_REPLY1 = """小林様

ご連絡ありがとうございます。山本です。

・もう一方のメールアドレス: sho.y@zephyr-works.jp（前職のアドレスです）
・受験者 ID は aws-05562081 だと思います
・Cloud Practitioner を 2022 年 9 月ごろ取得しました
・残したいのは nifty のアドレスの方（AWS73301498）です

よろしくお願いいたします。"""

SHO_CONFIRM = """山本 翔 様

AWS トレーニングと認定 カスタマーサポートの小林です。
追加情報のご提供ありがとうございました。

お知らせいただいた内容で、アカウントの統合手続きの準備が整いました。
手続きに進む前に、次の点についてご了承をいただけますでしょうか。

1. ご利用を継続されるアカウント: AWS73301498（sho.yamamoto@nifty.com）
2. 1. に統合されるアカウント: AWS05562081（sho.y@zephyr-works.jp）
3. 2. のアカウントはマージ後に無効化され、サインインできなくなります。
4. この操作は一度実施すると取り消すことができません。

ご同意いただける場合は、「上記内容で問題ありません」とご返信ください。

小林
AWS トレーニングと認定 カスタマーサポート"""


@mail
def sho_ack():
    d = C_SHO_OPEN + dt.timedelta(seconds=6)
    s = ses_sender(d, region=None)
    body = SHO_ACK + "\n\n" + legal_ja(2026)
    # the charset label is wrong on purpose: the bytes are UTF-8
    emit("case-kiroku-label", L("case_created", C_SHO, ["AWS73301498"], True, "ja"),
         jp("mx.nifty.com", SHO[1], d + dt.timedelta(seconds=3), s, NIFTY_AMZ),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), SHO[1], f"[CASE {C_SHO}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable", charset="iso-8859-1", codec="utf-8"))


@mail
def sho_confirm():
    d = T(2026, 2, 18, 2, 10, 4)
    s = ses_sender(d)
    thread = ("2026年2月17日(火) 21:03 山本 翔 <sho.yamamoto@nifty.com>:\n" + q(SHO_REPLY1) + "\n>\n" +
              "> 2026年2月17日(火) 9:26 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + q(q(SHO_ASK)) + "\n> >\n" +
              "> > 2026年2月16日(月) 20:20 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + q(q(q(SHO_ACK))))
    body = SHO_CONFIRM + "\n\n" + rate_yesno_ja(C_SHO) + "\n" + thread + "\n\n" + legal_ja(2026)
    emit("kobayashi-goryoushou", L("merge_confirmation_requested", C_SHO, ["AWS73301498", "AWS05562081"], True, "ja"),
         jp("mx.nifty.com", SHO[1], d + dt.timedelta(seconds=3), s, NIFTY_AMZ),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), SHO[1], f"RE:[CASE {C_SHO}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable"))


@mail
def sho_thanks():
    d = T(2026, 2, 19, 1, 30, 55)
    s = ses_sender(d)
    new = """山本 翔 様

ご確認いただきありがとうございます。小林です。

ご同意をいただきましたので、これより AWS05562081 から AWS73301498 への統合作業を進めてまいります。
通常 1 から 3 営業日ほどお時間をいただいております。作業が終わりましたら、改めて本メールにてご連絡いたします。

それまでの間、AWS05562081 での試験予約やバウチャーのご利用はお控えください。

小林
AWS トレーニングと認定 カスタマーサポート"""
    thread = ("2026年2月19日(木) 8:41 山本 翔 <sho.yamamoto@nifty.com>:\n> 上記内容で問題ありません。\n> よろしくお願いします。\n>\n> 山本\n>\n" +
              "> 2026年2月18日(水) 11:10 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + q(q(SHO_CONFIRM)))
    body = new + "\n\n" + rate_yesno_ja(C_SHO) + "\n" + thread + "\n\n" + legal_ja(2026)
    emit("kobayashi-korekara", L("support_reply", C_SHO, ["AWS73301498", "AWS05562081"], True, "ja"),
         jp("mx.nifty.com", SHO[1], d + dt.timedelta(seconds=3), s, NIFTY_AMZ),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), SHO[1], f"RE:[CASE {C_SHO}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable"))


@mail
def sho_done():
    d = T(2026, 2, 20, 7, 0, 19)
    s = ses_sender(d)
    new = """山本 翔 様

小林です。お待たせいたしました。

ご承諾いただいた内容のとおり処理いたしました結果、以前のアカウントでお持ちだった Cloud Practitioner の認定は、すべて AWS73301498 に引き継がれました。
今後は sho.yamamoto@nifty.com でサインインしてください。

Credly のバッジは、数日以内に Credly から sho.yamamoto@nifty.com 宛てに案内が届きます。

ほかにご不明な点がございましたら、本メールにご返信ください。

小林
AWS トレーニングと認定 カスタマーサポート"""
    # quoted history appended with no quote markers at all
    thread = ("差出人: 山本 翔 <sho.yamamoto@nifty.com>\n送信日時: 2026年2月19日 8:41\n件名: Re: RE:[CASE " + C_SHO + "] " + FORM_SUBJ +
              "\n\n上記内容で問題ありません。\nよろしくお願いします。\n\n山本\n\n" +
              "差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n送信日時: 2026年2月18日 11:10\n件名: RE:[CASE " + C_SHO + "] " + FORM_SUBJ +
              "\n\n" + SHO_CONFIRM)
    body = new + "\n\n" + rate_stars_ja(C_SHO) + "\n\n" + thread + "\n\n" + legal_ja(2026)
    emit("kobayashi-hikitsugi", L("merge_completed", C_SHO, ["AWS73301498"], True, "ja"),
         jp("mx.nifty.com", SHO[1], d + dt.timedelta(seconds=3), s, NIFTY_AMZ),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), SHO[1], f"RE:[CASE {C_SHO}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable"))


@mail
def sho_credly_phish():
    d = T(2026, 2, 21, 13, 5, 44)
    s = Sender(f"return@credly-notify.net", "103.151.72.19", "mail.credly-notify.net", [("credly-notify.net", "mail")])
    s.msgid = f"<{rhex(20)}@credly-notify.net>"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;background:#f5f5f5">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<p style="color:#ff6b00;font-size:22px;font-weight:bold">Credly</p>
<p>山本 翔 様</p>
<p>Amazon Web Services Training and Certification から、新しいバッジ <b>AWS Certified Cloud Practitioner</b> が発行されました。</p>
<p>アカウント統合に伴い、バッジの受け取りには Credly アカウントの再認証が必要です。48 時間以内に受け取りが完了しない場合、バッジは無効になります。</p>
<p style="text-align:center"><a href="https://credly-notify.net/badge/accept?sid={rhex(20)}" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. All rights reserved.</p>
</div></body></html>
"""
    h = sender_hdrs(s, d) + [
        ("From", addr("Credly", "badges@credly-notify.net")), ("To", SHO[1]),
        ("Subject", subj("【Credly】新しいバッジが発行されました - 受け取り期限 48 時間")),
        ("Date", rfc(d)), ("Message-ID", s.msgid)]
    emit("badge-uketori-kigen", L("credly_badge_issued", None, [], False, "ja"),
         jp("mx.nifty.com", SHO[1], d + dt.timedelta(seconds=3), s,
            {"spf": "pass", "dkim": [("credly-notify.net", "pass")], "dmarc": "pass", "hfrom": "credly-notify.net"}),
         h, part(html, "html", cte="base64"))


@mail
def sho_credly_expiry():
    d = T(2026, 3, 12, 15, 0, 3)
    s = credly_sender(SHO[1])
    text = f"""山本 翔 さん

お持ちのバッジの有効期限が近づいています。

AWS Certified Cloud Practitioner
有効期限: 2026年4月12日

期限が切れると、バッジは「期限切れ」と表示され、共有リンクからの検証ができなくなります。認定を更新するには、Amazon Web Services Training and Certification の再認定の要件をご確認ください。

再認定について: https://aws.amazon.com/jp/certification/recertification/
バッジを表示: https://www.credly.com/earner/earned?locale=ja

Credly by Pearson
このメールは、バッジの有効期限に関するお知らせです。配信設定: https://www.credly.com/notifications
"""
    h = sender_hdrs(s, d) + [
        ("From", '"Credly" <admin@credly.com>'), ("To", SHO[1]),
        ("Subject", subj("バッジの有効期限が近づいています: AWS Certified Cloud Practitioner")),
        ("Date", rfc(d)), ("Message-ID", s.msgid), ("X-SG-EID", rb64(60))]
    emit("credly-yuukoukigen", L("unrelated", None, [], True, "ja"),
         jp("mx.nifty.com", SHO[1], d + dt.timedelta(seconds=2), s,
            {"spf": "pass", "dkim": [("credly.com", "pass")], "dmarc": "pass", "hfrom": "credly.com"}),
         h, alt(part(text, cte="base64"), part(to_html(text, font="Meiryo, sans-serif"), "html", cte="base64")))


# =========================================================================
#                       DAISUKE (ja, BIGLOBE, form case)
# =========================================================================
DAISUKE_BLOCK = """鈴木 大輔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの渡辺です。
アカウント統合のご依頼をいただき、ありがとうございます。

両アカウントを確認いたしましたところ、統合される側のアカウント（AWS40017739）に、2025年8月23日(土) の試験予約（AWS Certified Data Engineer - Associate）が入っております。

予約が残っている状態では、統合の処理を行うことができません。
お手数ですが、以下のいずれかをご対応いただいたうえで、本メールにご返信ください。

・予約どおりに受験を完了する
・予約をキャンセルする、または存続側のアカウント（AWS56620418）で予約を取り直す

ご対応を確認しだい、統合の内容をご案内いたします。

渡辺
AWS トレーニングと認定 カスタマーサポート"""


@mail
def daisuke_blocker():
    d = T(2025, 8, 12, 5, 47, 33)
    s = ses_sender(d)
    body = DAISUKE_BLOCK + "\n\n" + rate_stars_ja(C_DAISUKE) + "\n" + legal_ja(2025)
    emit("watanabe-shiken-yoyaku", L("support_reply", C_DAISUKE, ["AWS40017739", "AWS56620418"], True, "ja"),
         jp("mx.biglobe.ne.jp", DAISUKE[1], d + dt.timedelta(seconds=2), s, NIFTY_AMZ),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), DAISUKE[1], f"RE:[CASE {C_DAISUKE}] {FORM_SUBJ}"),
         part(body, cte="base64", charset="UTF-8", quote_charset=False))


@mail
def daisuke_phish():
    d = T(2025, 8, 14, 9, 2, 50)
    s = Sender("aws-cs-trainingcertification-form@amazon.com", "194.87.31.204", "smtp.mail-awsjp.com", [])
    s.envdom = "amazon.com"
    s.msgid = f"<{rhex(12)}${rhex(8)}@mail-awsjp.com>"
    body = f"""鈴木 大輔 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

ご依頼いただいた認定アカウントの統合について、最終確認のお願いです。
以下のアカウントを統合いたします。統合後は取り消しできませんのでご注意ください。

　存続するアカウント: daisuke.suzuki@biglobe.ne.jp
　統合されるアカウント: d-suzuki@（前職のメールアドレス）

内容に問題がなければ、下記リンクから AWS アカウントにサインインし、統合を承認してください。
承認期限: 本メール受信後 24 時間以内

　https://mail-awsjp.com/certification/merge-approve?case={C_FAKE}

期限内に承認が確認できない場合、ご依頼は取り消され、両アカウントの認定資格が一時的に無効となります。

AWS トレーニングと認定 カスタマーサポート
"""
    forged_ar = ("mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com")
    tr = jp("mx.biglobe.ne.jp", DAISUKE[1], d + dt.timedelta(seconds=4), s,
            {"spf": "softfail", "dkim": [], "dmarc": "fail", "hfrom": "amazon.com"})
    h = [("Authentication-Results", forged_ar),
         ("Received", f"from localhost (localhost [127.0.0.1]) by smtp.mail-awsjp.com with ESMTPSA id {rhex(8)}\n\tfor <{DAISUKE[1]}>; {rfc(d)}"),
         ("From", addr("Amazon Web Services", FORM)), ("Reply-To", "aws-tc-support@mail-awsjp.com"), ("To", DAISUKE[1]),
         ("Subject", f"RE:[CASE {C_FAKE}] {FORM_SUBJ}"), ("Date", rfc(d)), ("Message-ID", s.msgid),
         ("X-Priority", "1")]
    emit("saishuu-kakunin-shounin", L("merge_confirmation_requested", C_FAKE, [], False, "ja"),
         tr, h, part(body, cte="base64", charset="UTF-8", quote_charset=False))


@mail
def daisuke_followup():
    d = T(2025, 8, 25, 0, 35, 2)
    s = ses_sender(d)
    new = """鈴木 大輔 様

お世話になっております。渡辺です。
8月12日にご案内した件について、その後いかがでしょうか。

試験のご受験またはご予約の変更がお済みでしたら、本メールにご返信ください。確認でき次第、統合の内容をご案内いたします。

引き続きサポートが必要かどうか、お知らせいただけますと幸いです。
7 日間ご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

渡辺
AWS トレーニングと認定 カスタマーサポート"""
    body = new + "\n\n" + rate_stars_ja(C_DAISUKE) + "\n\n2025年8月12日(火) 14:47 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" + q(DAISUKE_BLOCK) + "\n\n" + legal_ja(2025)
    emit("watanabe-sonogo", L("support_reply", C_DAISUKE, [], True, "ja"),
         jp("mx.biglobe.ne.jp", DAISUKE[1], d + dt.timedelta(seconds=2), s, NIFTY_AMZ),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), DAISUKE[1], f"RE:[CASE {C_DAISUKE}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable"))


@mail
def daisuke_done():
    d = T(2025, 8, 27, 4, 12, 39)
    s = ses_sender(d)
    body = f"""鈴木 大輔 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの渡辺です。
ご返信、ならびに統合内容へのご同意をいただきありがとうございました。

8月23日の試験の受験完了を確認いたしましたので、お手続きを進めました。
旧アカウント（aws-40017739）の認定資格、受験履歴および特典を、AWS56620418 へ移行いたしました。旧アカウントは今後ご利用いただけません。

Data Engineer - Associate の結果も AWS56620418 に表示されております。

今後ともよろしくお願いいたします。

渡辺
AWS トレーニングと認定 カスタマーサポート

{rate_stars_ja(C_DAISUKE)}
{legal_ja(2025)}"""
    emit("watanabe-ikou", L("merge_completed", C_DAISUKE, ["AWS40017739", "AWS56620418"], True, "ja"),
         jp("mx.biglobe.ne.jp", DAISUKE[1], d + dt.timedelta(seconds=2), s, NIFTY_AMZ),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), DAISUKE[1], f"RE:[CASE {C_DAISUKE}] {FORM_SUBJ}"),
         part(body, cte="quoted-printable", charset="UTF-8", quote_charset=False))


@mail
def daisuke_closed():
    d = T(2025, 8, 27, 9, 0, 14)
    s = ses_sender(d)
    u = fb(C_DAISUKE)
    body = f"""鈴木 大輔 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース {C_DAISUKE} はクローズされました。

アカウント統合に関して追加のご質問がある場合は、14 日以内であれば本メールへの返信でケースを再開できます。それ以降は、お手数ですが新しいお問い合わせとしてご連絡ください。

今回のサポートについて、5 段階で評価をお願いいたします。
  ★★★★★  {u}&score=5
  ★★★★    {u}&score=4
  ★★★      {u}&score=3
  ★★        {u}&score=2
  ★          {u}&score=1

AWS トレーニングと認定

{legal_ja(2025)}"""
    emit("case-closed-hyouka", L("survey", C_DAISUKE, [], True, "ja"),
         jp("mx.biglobe.ne.jp", DAISUKE[1], d + dt.timedelta(seconds=2), s, NIFTY_AMZ),
         amz_hdrs(s, d, addr("AWS トレーニングと認定", FORM), DAISUKE[1],
                  subj(f"ケース {C_DAISUKE} はクローズされました", charset="iso-2022-jp")),
         part(body, cte="base64"))


@mail
def daisuke_credly_moved():
    d = T(2025, 8, 29, 6, 20, 45)
    s = credly_sender(DAISUKE[1])
    text = f"""鈴木 大輔 さん

Amazon Web Services Training and Certification のリクエストにより、次のバッジがお客様の Credly アカウント（{DAISUKE[1]}）に移動されました。

・AWS Certified Solutions Architect - Associate
・AWS Certified Data Engineer - Associate

バッジは受け取り待ちの状態です。受け取ると、プロフィールへの表示や共有ができるようになります。

バッジを受け取る: https://www.credly.com/earner/earned?locale=ja&utm_campaign=badges_transferred&utm_medium=email

以前のアカウントで共有していたバッジのリンクは無効になります。LinkedIn などに掲載している場合は、新しいリンクに更新してください。

Credly by Pearson
プライバシーポリシー: https://credly.com/privacy
"""
    h = sender_hdrs(s, d) + [
        ("From", '"Credly" <admin@credly.com>'), ("To", DAISUKE[1]),
        ("Subject", subj("バッジがお客様のアカウントに移動されました")), ("Date", rfc(d)), ("Message-ID", s.msgid), ("X-SG-EID", rb64(60))]
    emit("credly-badge-idou", L("credly_badge_issued", None, [], True, "ja"),
         jp("mx.biglobe.ne.jp", DAISUKE[1], d + dt.timedelta(seconds=2), s,
            {"spf": "pass", "dkim": [("credly.com", "pass")], "dmarc": "pass", "hfrom": "credly.com"}),
         h, alt(part(text, cte="quoted-printable"), part(to_html(text, font="Meiryo, sans-serif"), "html", cte="quoted-printable")))


@mail
def daisuke_colleague():
    d = T(2025, 9, 2, 12, 31, 9, tz=JST)
    s = Sender(f"t.takahashi@ml-works.co.jp", "210.130.137.82", "mo-out.ml-works.co.jp", [("ml-works.co.jp", "default")])
    s.msgid = f"<{rhex(8).upper()}.{rhex(6).upper()}@ml-works.co.jp>"
    body = """鈴木さん

お疲れさまです。高橋です。
先日話していた AWS 認定アカウントの統合、私も去年やりました。

フォームから申し込むと、翌日くらいに「この 2 つを統合します、元に戻せませんがよいですか」という確認メールが来ます。
それに英語で「The details are correct. Please proceed with the merge.」と返信したら、2 日ほどで「統合が完了しました」と連絡がありました。
自分のときは AWS70315528 の方に寄せました。

注意点は以下くらいです。
① 統合される側に試験予約が入っていると止まる（鈴木さんのケースですね）
② Credly のバッジは別途移動の連絡が来るまで数日かかる
③ 50% バウチャーはちゃんと引き継がれていました

それではまた月曜に～

--
高橋 剛 (Takeshi Takahashi)
株式会社エムエルワークス クラウド推進部
〒105-0011 東京都港区芝公園2-4-1
TEL: 03-5404-7781
━━━━━━━━━━━━━━━━━━━━━━━━
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。
"""
    h = sender_hdrs(s, d) + [
        ("From", addr("高橋 剛", "t.takahashi@ml-works.co.jp", charset="iso-2022-jp")), ("To", addr(DAISUKE[0], DAISUKE[1], charset="iso-2022-jp")),
        ("Subject", subj("Re: AWS認定のアカウント統合の件", charset="iso-2022-jp")), ("Date", rfc(d)), ("Message-ID", s.msgid),
        ("In-Reply-To", f"<{rhex(16)}@biglobe.ne.jp>"), ("References", f"<{rhex(16)}@biglobe.ne.jp>"),
        ("X-Mailer", "Becky! ver. 2.81.06 [ja]")]
    emit("takahashi-watashimo", L("unrelated", None, ["AWS70315528"], False, "ja"),
         jp("mx.biglobe.ne.jp", DAISUKE[1], d + dt.timedelta(seconds=2), s,
            {"spf": "pass", "dkim": [("ml-works.co.jp", "pass")], "dmarc": "pass", "hfrom": "ml-works.co.jp"}),
         h, part(body, cte="8bit", charset="Shift_JIS", quote_charset=False))


# =========================================================================
#                 SAKURA (ja, small company Postfix: no Authentication-Results)
# =========================================================================
@mail
def sakura_done():
    d = T(2025, 7, 24, 2, 18, 40)
    s = ses_sender(d)
    u = fb(C_SAKURA)
    body = f"""伊藤 さくら 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
いつもお世話になっております。

ご依頼の件、対応いたしました。
AWS38820157 の認定情報は AWS38891604 に統合済みです。今後は sakura.ito@cx-labo.jp でサインインしてご利用ください。
旧アカウントのサインイン情報は無効となっておりますので、ブックマーク等の更新をお願いいたします。

引き続きご不明な点がございましたら、本メールにご返信ください。

サポート品質向上のため、アンケートへのご協力をお願いしております（1 分程度）。
{u}

森
AWS トレーニングと認定 カスタマーサポート

{legal_ja(2025)}"""
    emit("mori-taiou-itashimashita", L("merge_completed", C_SAKURA, ["AWS38820157", "AWS38891604"], None, "ja"),
         selfhosted("mail.cx-labo.jp", SAKURA[1], d + dt.timedelta(seconds=2), s, tz=JST),
         amz_hdrs(s, d, addr("Amazon Web Services", FORM), SAKURA[1], f"RE:[CASE {C_SAKURA}] {FORM_SUBJ}"),
         part(body, cte="8bit", charset="utf-8", quote_charset=False))


@mail
def sakura_survey():
    d = T(2025, 7, 25, 0, 5, 12)
    s = ses_sender(d)
    u = fb(C_SAKURA)
    body = f"""伊藤 さくら 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

お問い合わせいただいたケースは解決済みとしてクローズいたしました。
よろしければ、今回の対応についての簡単なアンケートにご回答ください。

▼アンケートはこちら（所要時間: 約 1 分）
{u}

※本アンケートは任意です。ご回答内容がお客様のアカウントに影響することはありません。
※本メールは送信専用アドレスからお送りしています。

AWS トレーニングと認定

{legal_ja(2025)}"""
    emit("anketo-kyouryoku", L("survey", C_SAKURA, [], None, "ja"),
         selfhosted("mail.cx-labo.jp", SAKURA[1], d + dt.timedelta(seconds=2), s, tz=JST),
         amz_hdrs(s, d, addr("AWS トレーニングと認定", FORM), SAKURA[1],
                  subj(f"お問い合わせに関するアンケート（ケース {C_SAKURA}）")),
         part(body, cte="quoted-printable", charset="utf-8", quote_charset=False))


# =========================================================================
def main():
    order = list(MAILS)
    random.Random(77).shuffle(order)
    for fn in order:
        fn()
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fname, data in FILES:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(FILES)} files to {OUT}")


if __name__ == "__main__":
    main()
