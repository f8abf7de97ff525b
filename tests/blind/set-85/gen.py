#!/usr/bin/env python3
"""Generator for blind set 85: AWS Certification account-merge mail, Japanese emphasis.

Run:  python3 make_set.py      (writes NNN-slug.eml and labels.json next to this script)
"""
import base64
import datetime as dt
import json
import os
import quopri
import random
import uuid
from email import policy
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(8585)
JST = ZoneInfo("Asia/Tokyo")
PT = ZoneInfo("America/Los_Angeles")
UTC = dt.timezone.utc

CODECS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8",
          "us-ascii": "utf-8", "iso-8859-1": "utf-8", "windows-31j": "cp932"}


# ---------------------------------------------------------------- small utils
def jst(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=JST)


def later(t, **kw):
    return t + dt.timedelta(**kw)


def case15(t, suffix):
    return f"{int(t.timestamp())}{suffix:05d}"


def rfcdate(t, tz=UTC, comment=False):
    s = format_datetime(t.astimezone(tz))
    if comment:
        s += " (" + t.astimezone(tz).tzname() + ")"
    return s


def hexr(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def b64r(n):
    return base64.b64encode(R.randbytes(n)).decode()


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ses_msgid(t):
    ms = int(t.timestamp() * 1000)
    return f"<0100{ms:012x}-{ruuid()}-000000@email.amazonses.com>"


def ses_mailfrom(t):
    ms = int(t.timestamp() * 1000)
    return f"0100{ms:012x}-{ruuid()}-000000@amazonses.com"


def fold_b64(s, width=72, indent="\t "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


# ---------------------------------------------------------------- headers
def ew(s, charset="utf-8", enc="B", maxlen=72, prefix=""):
    """Encoded-word(s) for s, split into several words on folded lines.
    prefix: literal ASCII kept in front (e.g. 'RE:[CASE 123] ')."""
    try:
        s.encode("ascii")
        return prefix + s
    except UnicodeEncodeError:
        pass
    codec = CODECS.get(charset.lower(), charset)

    def word(x):
        raw = x.encode(codec)
        if enc.upper() == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in "!*+-/" and b < 128:
                out.append(c)
            else:
                out.append(f"={b:02X}")
        return f"=?{charset}?Q?{''.join(out)}?="

    words, cur = [], ""
    for ch in s:
        if cur and len(word(cur + ch)) > maxlen:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    words.append(word(cur))
    return prefix + "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B", quote=True):
    if not name:
        return email
    try:
        name.encode("ascii")
        if quote:
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{ew(name, charset, enc)} <{email}>"


def dkim_sig(d, s, t, hdrs="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID", c="relaxed/simple"):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={int(t.timestamp())};\n"
            f"\th={hdrs};\n\tbh={b64r(32)};\n\tb={fold_b64(b64r(256))}")


# ---------------------------------------------------------------- senders
def sender_aws(t, addr_from="no-reply-aws@amazon.com"):
    ip_last = R.choice([11, 12, 26, 32, 41, 52, 58, 65, 79, 87, 97, 101, 117, 134])
    ip = f"54.240.8.{ip_last}"
    return dict(domain="amazon.com", mailfrom=ses_mailfrom(t), mfdomain="amazonses.com", ip=ip,
                helo=f"a8-{ip_last}.smtp-out.amazonses.com",
                dkim=[("amazon.com", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
                      ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")],
                p="QUARANTINE", ses=True)


def sender_credly(t, rcpt, domain="credly.com"):
    ip = f"149.72.{R.choice([123, 154, 207, 34])}.{R.randint(2, 250)}"
    local = rcpt.replace("@", "=")
    return dict(domain=domain, mailfrom=f"bounces+3125587-{hexr(4)}-{local}@em5811.{domain}",
                mfdomain=f"em5811.{domain}", ip=ip, helo=f"o{R.randint(1, 40)}.em5811.{domain}",
                dkim=[(domain, "s1")], p="REJECT", ses=False)


def sender_generic(domain, mailfrom, ip, helo, dkim_sel="selector1", p="NONE", dkim=True):
    return dict(domain=domain, mailfrom=mailfrom, mfdomain=mailfrom.split("@")[1], ip=ip, helo=helo,
                dkim=[(domain, dkim_sel)] if dkim else [], p=p, ses=False)


# ---------------------------------------------------------------- trace headers per provider
def ar_gmail(s, v):
    dk = v.get("dkim", "pass")
    lines = ["mx.google.com;"]
    if dk == "none":
        pass
    else:
        for d, sel in s["dkim"]:
            lines.append(f"       dkim={dk} header.i=@{d} header.s={sel} header.b={alnum(8)};")
    spf = v.get("spf", "pass")
    spf_txt = {"pass": "designates {ip} as permitted sender",
               "softfail": "domain of transitioning {mf} does not designate {ip} as permitted sender",
               "fail": "domain of {mf} does not designate {ip} as permitted sender",
               "neutral": "{ip} is neither permitted nor denied by best guess record for domain of {mf}"}[spf]
    spf_txt = spf_txt.format(ip=s["ip"], mf=s["mailfrom"])
    if spf == "pass":
        spf_txt = f"domain of {s['mailfrom']} " + spf_txt
    lines.append(f"       spf={spf} (google.com: {spf_txt}) smtp.mailfrom={s['mailfrom']}" +
                 (";" if v.get("dmarc") else ""))
    dm = v.get("dmarc")
    if dm:
        p = s["p"]
        dis = "NONE" if dm == "pass" else p
        lines.append(f"       dmarc={dm} (p={p} sp={p} dis={dis}) header.from={v.get('hfrom', s['domain'])}")
    return "\n".join(lines)


def trace_gmail(rcpt, s, t, v):
    tr = t + dt.timedelta(seconds=R.randint(1, 4))
    smtp_id = f"{hexr(12)}.{R.randint(1, 999)}.{tr.astimezone(PT):%Y.%m.%d.%H.%M.%S}"
    mf = s["mailfrom"]
    ar = ar_gmail(s, v)
    arar = ar.replace("mx.google.com;", "i=1; mx.google.com;", 1)
    h = [
        ("Delivered-To", rcpt),
        ("Received", f"by 2002:a05:7010:{hexr(4)}:b0:{hexr(3)}:{hexr(3)}:{hexr(4)} with SMTP id {alnum(3).lower()}{R.randint(10, 99)}csp{R.randint(100000, 9999999)}{alnum(3).lower()};\n        {rfcdate(tr, PT, True)}"),
        ("X-Google-Smtp-Source", "AGHT+I" + alnum(60)),
        ("X-Received", f"by 2002:a05:620a:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id af79cd13be357-{hexr(12)}mr{R.randint(100000000, 999999999)}85a.{R.randint(100, 999)}.{R.randint(1000000000000, 9999999999999)};\n        {rfcdate(tr, PT, True)}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(tr.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(b64r(120), 60, '        ')}"),
        ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh={b64r(32)};\n        b={fold_b64(b64r(120), 60, '        ')}"),
        ("ARC-Authentication-Results", arar),
        ("Return-Path", f"<{mf}>"),
        ("Received", f"from {s['helo']} ({s['helo']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id {smtp_id}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfcdate(tr, PT, True)}"),
    ]
    spf = v.get("spf", "pass")
    h.append(("Received-SPF", f"{spf} (google.com: domain of {mf} {'designates' if spf == 'pass' else 'does not designate'} {s['ip']} as permitted sender) client-ip={s['ip']};"))
    if v.get("ar", True):
        h.append(("Authentication-Results", ar))
    return h


def ar_o365(s, v):
    spf, dk, dm = v.get("spf", "pass"), v.get("dkim", "pass"), v.get("dmarc", "pass")
    hfrom = v.get("hfrom", s["domain"])
    dk_txt = ("dkim=pass (signature was verified)\n header.d=" + s["dkim"][0][0]) if dk == "pass" else \
        "dkim=none (message not signed)\n header.d=none"
    if dm == "pass":
        dm_txt = f"dmarc=pass action=none\n header.from={hfrom};compauth=pass reason=100"
    elif dm == "fail":
        dm_txt = f"dmarc=fail action=quarantine\n header.from={hfrom};compauth=fail reason=000"
    else:
        dm_txt = f"dmarc=none action=none\n header.from={hfrom};compauth=softpass reason=201"
    mfd = s["mfdomain"]
    if s.get("ses"):
        mfd = "amazonses.com"
    return f"spf={spf} (sender IP is {s['ip']})\n smtp.mailfrom={mfd}; {dk_txt};{dm_txt}"


def trace_o365(rcpt, s, t, v, tenant="jpnprd01", consumer=False):
    tr = t + dt.timedelta(seconds=R.randint(1, 5))
    d = rfcdate(tr)
    if consumer:
        a, b, c = f"PH{R.randint(0, 8)}P220MB{R.randint(1000, 9999)}.NAMP220.PROD.OUTLOOK.COM", \
            f"SA{R.randint(1, 9)}PR19CA00{R.randint(10, 99)}.namprd19.prod.outlook.com", \
            f"SN1PEPF000{R.randint(10000, 99999)}.namprd05.prod.outlook.com"
        ipv6 = "2603:10b6:510:"
    else:
        a, b, c = f"TYCPR01MB{R.randint(10000, 12999)}.{tenant}.prod.outlook.com", \
            f"TYCP286CA0{R.randint(100, 399)}.JPNP286.PROD.OUTLOOK.COM", \
            f"OS{R.randint(1, 3)}PEPF0000{R.randint(1000, 9999)}.{tenant}.prod.outlook.com"
        ipv6 = "2603:1096:400:"
    h = [
        ("Received", f"from {a.split('.')[0]}.{a.split('.', 1)[1]}\n ({ipv6}{hexr(3)}::{R.randint(5, 19)}) by {a} with HTTPS; {d}"),
        ("Received", f"from {b} ({ipv6}{hexr(3)}::{R.randint(5, 19)})\n by {a} ({ipv6}{hexr(3)}::{R.randint(5, 19)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8700, 9200)}.{R.randint(10, 40)}; {d}"),
        ("Received", f"from {c}\n ({ipv6}{hexr(3)}:cafe::{hexr(2)}) by {b}\n ({ipv6}{hexr(3)}::{R.randint(5, 19)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8700, 9200)}.{R.randint(10, 40)} via Frontend\n Transport; {d}"),
    ]
    if v.get("ar", True):
        h.append(("Authentication-Results", ar_o365(s, v)))
    spf = v.get("spf", "pass")
    mfd = "amazonses.com" if s.get("ses") else s["mfdomain"]
    h.append(("Received-SPF", f"{spf.capitalize()} (protection.outlook.com: domain of {mfd} {'designates' if spf == 'pass' else 'does not designate'}\n {s['ip']} as permitted sender) receiver=protection.outlook.com;\n client-ip={s['ip']}; helo={s['helo']}; pr=C"))
    h.append(("Received", f"from {s['helo']} ({s['ip']}) by\n {c.split('.')[0]}.mail.protection.outlook.com (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8700, 9200)}.{R.randint(10, 40)}\n via Frontend Transport; {d}"))
    return h


def ar_jp(authserv, s, v, style="plain"):
    spf, dk, dm = v.get("spf", "pass"), v.get("dkim", "pass"), v.get("dmarc", "pass")
    hfrom = v.get("hfrom", s["domain"])
    if style == "yahoo":
        dkt = "dkim=pass (ok)" if dk == "pass" else "dkim=neutral (no sig)"
        return (f"{authserv}  from={hfrom}; domainkeys=neutral (no sig);\n from={hfrom}; {dkt};\n"
                f" dmarc={dm} header.from={hfrom}")
    parts = [f"{authserv};", f"\tspf={spf} smtp.mailfrom={s['mailfrom']};"]
    if dk == "pass":
        parts.append(f"\tdkim=pass header.d={s['dkim'][0][0]} header.s={s['dkim'][0][1]} header.b={alnum(8)};")
    else:
        parts.append(f"\tdkim={dk} header.d={s['dkim'][0][0] if s['dkim'] else 'none'};")
    parts.append(f"\tdmarc={dm} (p={s['p'].lower()} dis={'none' if dm == 'pass' else s['p'].lower()}) header.from={hfrom}")
    return "\n".join(parts)


def trace_jp(rcpt, s, t, v, mx, authserv=None, style="plain", inner=None):
    """Generic Japanese ISP / hosting: Received chain plus one AR header (or several, opendkim style)."""
    tr = t + dt.timedelta(seconds=R.randint(1, 6))
    d = rfcdate(tr, JST)
    authserv = authserv or mx
    inner = inner or mx
    qid = alnum(12, "0123456789ABCDEF")
    h = [("Return-Path", f"<{s['mailfrom']}>"),
         ("Received", f"from {mx} (localhost [127.0.0.1])\n\tby {inner} ({'Postfix' if style != 'yahoo' else 'YJ'}) with ESMTP id {qid}\n\tfor <{rcpt}>; {d}")]
    if v.get("ar", True):
        if style == "split":
            dm = v.get("dmarc", "pass")
            h.append(("Authentication-Results", f"{authserv}; dmarc={dm} (p={s['p'].lower()} dis={'none' if dm == 'pass' else s['p'].lower()}) header.from={v.get('hfrom', s['domain'])}"))
            if s["dkim"] and v.get("dkim", "pass") != "none":
                h.append(("Authentication-Results", f"{authserv};\n\tdkim={v.get('dkim', 'pass')} (2048-bit key) header.d={s['dkim'][0][0]} header.i=@{s['dkim'][0][0]} header.b=\"{alnum(8)}\""))
            h.append(("Authentication-Results", f"{authserv}; spf={v.get('spf', 'pass')} smtp.mailfrom={s['mfdomain']}"))
        else:
            h.append(("Authentication-Results", ar_jp(authserv, s, v, style)))
    h.append(("Received", f"from {s['helo']} ({s['helo']} [{s['ip']}])\n\tby {mx} with ESMTPS id {alnum(14)}\n\tfor <{rcpt}>; {d}"))
    return h


def trace_onprem(rcpt, s, t, mx, gw):
    """Old corporate Postfix + gateway: no Authentication-Results at all."""
    tr = t + dt.timedelta(seconds=R.randint(2, 20))
    d = rfcdate(tr, JST)
    return [("Return-Path", f"<{s['mailfrom']}>"),
            ("Delivered-To", rcpt),
            ("Received", f"from {gw} ({gw} [10.{R.randint(0, 40)}.{R.randint(0, 255)}.{R.randint(2, 250)}])\n\tby {mx} (Postfix) with ESMTP id {alnum(10, '0123456789ABCDEF')}\n\tfor <{rcpt}>; {d}"),
            ("Received", f"from {s['helo']} ([{s['ip']}])\n\tby {gw} with ESMTP id {alnum(16)}\n\tfor <{rcpt}>; {d}"),
            ("X-MailScanner-Status", "clean")]


def aws_extra(t, ip):
    return [("Feedback-ID", f"::1.us-east-1.{b64r(30)[:40]}=:AmazonSES"),
            ("X-SES-Outgoing", f"{t.astimezone(UTC):%Y.%m.%d}-{ip}")]


# ---------------------------------------------------------------- bodies
def leaf(text, subtype="plain", charset="utf-8", cte="base64", label=None, params="", codec=None):
    codec = codec or CODECS.get(charset.lower(), charset)
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{label or charset}"{params}'
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(codec)
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        raw = text.encode(codec)
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "7bit":
        m.set_payload(text.encode(codec).decode("ascii"))
    elif cte == "8bit":
        m.set_payload(text.encode(codec).decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    return m


def multipart(sub, parts, boundary=None):
    m = Message()
    boundary = boundary or ("--==_mimepart_" + hexr(16) if R.random() < .5 else "000000000000" + hexr(16))
    m["Content-Type"] = f'multipart/{sub}; boundary="{boundary}"'
    m.set_payload(list(parts))
    return m


def attach_eml(raw_msg, name):
    m = Message()
    m["Content-Type"] = f'message/rfc822; name="{name}"'
    m["Content-Disposition"] = f'attachment; filename="{name}"'
    m.set_payload([raw_msg])
    return m


def assemble(trace, own, body, mime_version=True):
    m = Message()
    for n, v in trace:
        m[n] = v
    for n, v in own:
        if v is not None:
            m[n] = v
    if mime_version:
        m["MIME-Version"] = "1.0"
    for n, v in body._headers:
        m[n] = v
    m.set_payload(body._payload)
    return m


def html_wrap(inner, lang="ja", title=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head>\n'
            f'<body style="margin:0;padding:0;background:#f2f3f3;font-family:\'Hiragino Sans\',Meiryo,Arial,sans-serif;">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;">\n'
            f'<tr><td style="font-size:14px;line-height:1.7;color:#16191f;">\n{inner}\n</td></tr></table>\n'
            f'</td></tr></table>\n</body></html>\n')


def p_lines(text):
    """Plain text -> simple HTML paragraphs."""
    import html as _h
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(_h.escape(x) for x in para.split("\n")) + "</p>")
    return "\n".join(out)


def quote(text, mark="> "):
    return "\n".join((mark + ln).rstrip() if ln else mark.rstrip() for ln in text.split("\n"))


MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ---------------------------------------------------------------- assembling one mail
def trace_for(prov, rcpt, s, t, v):
    if prov == "gmail":
        return trace_gmail(rcpt, s, t, v)
    if prov == "o365":
        return trace_o365(rcpt, s, t, v)
    if prov == "outlookcom":
        return trace_o365(rcpt, s, t, v, consumer=True)
    if prov == "yahoojp":
        return trace_jp(rcpt, s, t, v, "mta5018.mail.kks.yahoo.co.jp", style="yahoo",
                        inner="mbox544.mail.kks.yahoo.co.jp")
    if prov == "nifty":
        return trace_jp(rcpt, s, t, v, "mx.nifty.com", inner="mbox-w04.nifty.com")
    if prov == "sonet":
        return trace_jp(rcpt, s, t, v, "mx01.so-net.ne.jp", authserv="so-net.ne.jp", inner="mfs2.so-net.ne.jp")
    if prov == "ocn":
        return trace_jp(rcpt, s, t, v, "mgw-in07.ocn.ad.jp", authserv="ocn.ad.jp", inner="mbx12.ocn.ad.jp")
    if prov == "docomo":
        return trace_jp(rcpt, s, t, v, "mfdpm04.docomo.ne.jp", authserv="docomo.ne.jp", inner="mbs03.docomo.ne.jp")
    if prov == "au":
        return trace_jp(rcpt, s, t, v, "mx31.au.com", authserv="au.com", inner="msgstore09.au.com")
    if prov == "xserver":
        return trace_jp(rcpt, s, t, v, "sv10213.xserver.jp", style="split")
    if prov == "onprem-hokuriku":
        return trace_onprem(rcpt, s, t, "mail.hokuriku-denki.co.jp", "gw01.hokuriku-denki.co.jp")
    if prov == "onprem-maruko":
        return trace_onprem(rcpt, s, t, "mx.maruko-shoji.co.jp", "spgw.maruko-shoji.co.jp")
    raise ValueError(prov)


def build(prov, rcpt, s, t, v, own, body, sign=True, extra=()):
    tr = trace_for(prov, rcpt, s, t, v)
    dk = [("DKIM-Signature", dkim_sig(d, sel, t)) for d, sel in s["dkim"]] if sign else []
    return assemble(tr + dk, own + list(extra), body)


def own(frm, to, subj, t, msgid, tz=UTC, irt=None, refs=None, extra=()):
    h = [("From", frm), ("To", to), ("Subject", subj), ("Date", rfcdate(t, tz)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def rec(slug, kind, lang, case_id, ids, verified, msg, new):
    return dict(slug=slug, kind=kind, lang=lang, case_id=case_id, ids=sorted(set(ids)),
                verified=verified, msg=msg, new=new)


FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"


def aws_from(addr_=FORM, name=AWS_NAME, charset="utf-8"):
    return addr(name, addr_, charset)


def form_subj(cid, ja=False, re_="RE:"):
    if ja:
        return ew("[AWS トレーニングと認定 フォーム送信] - account-assistance", "utf-8", "B",
                  prefix=f"{re_}[CASE {cid}] ")
    return f"{re_}[CASE {cid}] [AWS Training and Certification Form Submission] -\n account-assistance"


def console_footer_ja(cid):
    return (f"\n====================================================\n"
            f"このケースへの返信、またはケースの詳細の確認は、以下のリンクから AWS サポートセンターにアクセスしてください:\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n\n"
            f"※このメールアドレスは返信を受け付けておりません。ご返信はサポートセンターからお願いいたします。\n"
            f"====================================================\n"
            f"このやり取りに対するお客様のご評価をお聞かせください:\n"
            f"https://console.aws.amazon.com/support/feedback?eventId={hexr(24)}&questionnaireId=Support-CaseCorrespondence&language=ja\n\n"
            f"Amazon Web Services, Inc. および関連会社\n")


def console_footer_en(cid):
    return (f"\nTo see all correspondence for this case, or to reply, please visit the AWS Support Center:\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
            f"Note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n"
            f"Was this response helpful? Rate this correspondence:\n"
            f"https://console.aws.amazon.com/support/feedback?eventId={hexr(24)}&questionnaireId=Support-CaseCorrespondence&language=en\n\n"
            f"Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")


GOOD = dict(spf="pass", dkim="pass", dmarc="pass")


# ================================================================ Thread A: 佐藤 健太, Gmail, form case, Japanese
A_USER = "kenta.sato.dev@gmail.com"
A_OPEN = jst(2025, 5, 27, 22, 14, 5)
A_CASE = case15(A_OPEN, 518)
A_KEEP, A_OLD = "AWS04417729", "AWS10582236"

A2_TEXT = f"""佐藤 健太 様

AWS トレーニングと認定カスタマーサポートの藤原でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

アカウント統合のご依頼について確認いたしました。お手続きを進める前に、以下の内容でお間違いがないかご確認ください。

■ 統合後も残るアカウント（統合先）
　受験者 ID：{A_KEEP}
　登録メールアドレス：{A_USER}

■ 統合されるアカウント（統合元）
　受験者 ID：{A_OLD}
　登録メールアドレス：k.sato@hinode-solutions.co.jp

統合元アカウントの認定資格、試験履歴、特典は統合先アカウントへ移され、統合元アカウントはご利用いただけなくなります。
なお、統合処理は一度実行いたしますと取り消すことができません。

上記の内容でよろしければ、本メールにそのままご返信いただき、統合を進めてよい旨をお知らせいただけますでしょうか。
ご返信を確認しだい、お手続きを開始いたします。

何卒よろしくお願いいたします。

藤原
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""

A_USER_REPLY = f"""藤原様

ご連絡ありがとうございます。
内容に間違いありません。統合を進めてください。
The details are correct. Please proceed with the merge.

佐藤

2025年5月28日(水) 10:03 Amazon Web Services <{FORM}>:

{quote(A2_TEXT)}
"""


@mail
def a1():
    t = A_OPEN + dt.timedelta(seconds=41)
    s = sender_aws(t, FORM)
    new = f"""佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。

ケース ID：{A_CASE}
お問い合わせの種類：認定 (Certification)
詳細：アカウントの統合 (Account Merge)
受付日時：2025/05/27 22:14 (JST)

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせをいただきますと、回答が遅れる原因となります。追加の情報がございましたら、このメールにご返信ください。

※本メールは受付完了をお知らせする自動送信メールです。

Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    subj = ew("お問い合わせを受け付けました - AWS トレーニングと認定", prefix=f"[CASE {A_CASE}] ")
    msg = build("gmail", A_USER, s, t, GOOD,
                own(aws_from(FORM), A_USER, subj, t, ses_msgid(t)),
                leaf(new, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("gmail-utf8-qp", "case_created", "ja", A_CASE, [], True, msg, new)


@mail
def a2():
    t = jst(2025, 5, 28, 10, 3, 12)
    s = sender_aws(t, FORM)
    msg = build("gmail", A_USER, s, t, GOOD,
                own(aws_from(FORM), A_USER, form_subj(A_CASE), t, ses_msgid(t)),
                leaf(A2_TEXT, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("gmail-form-b64", "merge_confirmation_requested", "ja", A_CASE, [A_KEEP, A_OLD], True, msg, A2_TEXT)


@mail
def a3():
    t = jst(2025, 5, 28, 19, 40, 55)
    s = sender_aws(t, FORM)
    new = f"""佐藤 健太 様

お世話になっております。AWS トレーニングと認定カスタマーサポートの藤原です。

ご確認のご返信をいただき、ありがとうございます。
いただいた内容に基づき、{A_OLD} を {A_KEEP} へ統合するお手続きを担当部署へ依頼いたしました。
作業が終わりましたら、あらためて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

引き続きよろしくお願いいたします。

藤原
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    body = new + f"""
---- 元のメッセージ ----
差出人: 佐藤健太 <{A_USER}>
送信日時: 2025/05/28 12:31
件名: Re: RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{A_USER_REPLY}"""
    msg = build("gmail", A_USER, s, t, GOOD,
                own(aws_from(FORM), A_USER, form_subj(A_CASE), t, ses_msgid(t)),
                leaf(body, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("gmail-thread-qp", "support_reply", "ja", A_CASE, [A_KEEP, A_OLD], True, msg, new)


@mail
def a4():
    t = jst(2025, 5, 29, 15, 22, 7)
    s = sender_aws(t, FORM)
    new = f"""佐藤 健太 様

お待たせいたしました。AWS トレーニングと認定カスタマーサポートの藤原です。

ご依頼いただいておりました認定アカウントの統合が完了いたしましたので、ご報告申し上げます。
今後は受験者 ID {A_KEEP} のアカウントにて、すべての認定資格および試験履歴をご確認いただけます。統合元のアカウントは無効化されております。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。1 週間ほど経過しても反映されない場合は、本メールにご返信ください。

このたびはご不便をおかけいたしました。今後とも AWS トレーニングと認定をよろしくお願いいたします。

藤原
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    body = new + f"""
---- 元のメッセージ ----
差出人: Amazon Web Services <{FORM}>
送信日時: 2025/05/28 10:03
件名: RE:[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{A2_TEXT}"""
    msg = build("gmail", A_USER, s, t, GOOD,
                own(aws_from(FORM), A_USER, form_subj(A_CASE), t, ses_msgid(t)),
                leaf(body, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("gmail-reply-long", "merge_completed", "ja", A_CASE, [A_KEEP], True, msg, new)


@mail
def a5():
    t = jst(2025, 5, 29, 15, 24, 40)
    s = sender_aws(t, NOREPLY)
    new = f"""佐藤 健太 様

AWS トレーニングと認定をご利用いただき、ありがとうございます。
お問い合わせいただいたケース（ケース ID：{A_CASE}）は、解決済みとしてクローズされました。

今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです（所要時間：約 1 分）。

問題は解決しましたか？
　はい　https://survey.training.aws/s/{alnum(10)}?case={A_CASE}&a=yes
　いいえ　https://survey.training.aws/s/{alnum(10)}?case={A_CASE}&a=no

担当者の対応を 5 段階で評価してください：
https://survey.training.aws/s/{alnum(10)}?case={A_CASE}&q=csat

いただいたご意見は、サービス向上のために活用させていただきます。

Amazon Web Services
トレーニングと認定
"""
    subj = ew("ケースはクローズされました。ご意見をお聞かせください", prefix=f"[CASE {A_CASE}] ")
    msg = build("gmail", A_USER, s, t, GOOD,
                own(aws_from(NOREPLY, "AWS トレーニングと認定"), A_USER, subj, t, ses_msgid(t)),
                leaf(new, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("gmail-notice-qp", "survey", "ja", A_CASE, [], True, msg, new)


@mail
def a6():
    t = jst(2025, 5, 30, 9, 11, 3)
    s = sender_credly(t, A_USER)
    badge = "AWS Certified Developer – Associate"
    bid = ruuid()
    text = f"""Kenta Sato, you've earned a badge!

AWS Training & Certification has issued you a new badge: {badge}.

Accept your badge to share it on LinkedIn, add it to your email signature, and let
employers verify your skills with a single click.

Accept your badge:
https://www.credly.com/earner/earned/badge/{bid}

Issued by: AWS Training & Certification
Issued on: May 29, 2025

Why accept? Accepting your badge puts it on your public Credly profile. You can
change the privacy of your badges at any time.

--
Credly, Inc., 1 Liberty Plaza, 165 Broadway, New York, NY 10006
You are receiving this email because AWS Training & Certification issued you a badge.
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
    html = html_wrap(f"""<p style="font-size:22px;font-weight:bold;">Kenta Sato, you've earned a badge!</p>
<p><img src="https://images.credly.com/size/340x340/images/{ruuid()}/image.png" width="140" alt="{badge}"></p>
<p>AWS Training &amp; Certification has issued you a new badge:<br><strong>{badge}</strong></p>
<p><a href="https://www.credly.com/earner/earned/badge/{bid}" style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none;">Accept your badge</a></p>
<p style="color:#666;font-size:12px;">Credly, Inc. &middot; 1 Liberty Plaza, 165 Broadway, New York, NY 10006</p>""", "en", "Credly")
    body = multipart("alternative", [leaf(text, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")])
    subj = "Kenta, you earned a badge from AWS Training & Certification"
    msg = build("gmail", A_USER, s, t, GOOD,
                own(addr("AWS Training & Certification via Credly", "admin@credly.com"), A_USER, subj, t,
                    f"<{hexr(13)}_{R.randint(10, 99)}{hexr(8)}@credly-mailer-{R.randint(1, 9)}.mail>"),
                body, extra=[("X-SG-EID", b64r(60)), ("List-Unsubscribe", "<https://www.credly.com/unsubscribe>")])
    return rec("gmail-alt-en", "credly_badge_issued", "en", None, [], True, msg, text)


# ================================================================ Thread B: 山本 美咲, Office 365, console case, ISO-2022-JP
B_USER = "m-yamamoto@kotobuki-sys.co.jp"
B_OPEN = jst(2025, 7, 7, 16, 48, 22)
B_CASE = case15(B_OPEN, 291)
B_KEEP, B_OLD = "AWS21938475", "AWS09876120"
B_SUBJ = "認定アカウントの統合依頼 (AWS 21938475 / AWS 09876120)"
J2022 = "iso-2022-jp"

B4_TEXT = f"""山本 美咲 様

お世話になっております。AWS サポートの中島でございます。

ご返信にてご確認いただいた内容のとおり、{B_OLD} に登録されていた認定資格および受験履歴を {B_KEEP} へ移行いたしました。
{B_OLD} は閉鎖済みのため、今後はサインインいただけません。認定資格の一覧は、{B_KEEP} でサインインのうえ、
「認定資格」ページよりご確認ください。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

中島
Amazon Web Services
"""


@mail
def b1():
    t = B_OPEN + dt.timedelta(seconds=9)
    s = sender_aws(t)
    new = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、ケース {B_CASE} を作成しました。

ケース ID：{B_CASE}
件名：{B_SUBJ}
重要度：一般的なガイダンス
通信言語：日本語

ケースの詳細の確認や追加情報の送信は、以下の AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

※このメールアドレスは返信を受け付けておりません。

よろしくお願いいたします。
Amazon Web Services
"""
    subj = ew(f"Amazon Web Services: 新しいサポートケースを作成しました: {B_CASE}", J2022)
    msg = build("o365", B_USER, s, t, GOOD,
                own(aws_from(NOREPLY), B_USER, subj, t, ses_msgid(t)),
                leaf(new, charset=J2022, cte="7bit"), extra=aws_extra(t, s["ip"]))
    return rec("outlook-jis-console", "case_created", "ja", B_CASE, [B_KEEP, B_OLD], True, msg, new)


@mail
def b2():
    t = jst(2025, 7, 8, 11, 5, 30)
    s = sender_aws(t)
    new = f"""お客様

ケース {B_CASE} に、Amazon Web Services から新しい返信が追加されました。
内容の確認およびご返信は、AWS サポートセンターにサインインして行ってください。

https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

ケースの件名：{B_SUBJ}

※このメールアドレスは返信を受け付けておりません。

Amazon Web Services
"""
    subj = ew("新しい返信が追加されました", J2022, prefix=f"[Case {B_CASE}] ")
    msg = build("o365", B_USER, s, t, GOOD,
                own(aws_from(NOREPLY), B_USER, subj, t, ses_msgid(t)),
                leaf(new, charset=J2022, cte="7bit"), extra=aws_extra(t, s["ip"]))
    return rec("outlook-jis-short", "support_reply", "ja", B_CASE, [B_KEEP, B_OLD], True, msg, new)


@mail
def b3():
    t = jst(2025, 7, 8, 11, 5, 12)
    s = sender_aws(t)
    new = f"""山本 美咲 様

AWS サポートの中島と申します。
お問い合わせいただき、ありがとうございます。

ご依頼の認定アカウントについて、弊社システムにて以下の 2 件を確認いたしました。

　・AWS 21938475（ご登録メール：{B_USER}）
　　→ 今後ご利用いただくアカウント
　・AWS 09876120（ご登録メール：misaki.y.0921@gmail.com）
　　→ こちらの認定資格・受験履歴を上記アカウントへ移し、本アカウントは閉鎖されます

この処理は実施後に元へ戻すことができません。
上記の組み合わせで問題ないか、サポートセンターからご返信いただけますでしょうか。
ご確認が取れ次第、作業を進めさせていただきます。

よろしくお願いいたします。

中島
Amazon Web Services
"""
    body = new + console_footer_ja(B_CASE)
    subj = ew(B_SUBJ, J2022, prefix=f"RE:[CASE {B_CASE}] ")
    msg = build("o365", B_USER, s, t, GOOD,
                own(aws_from(NOREPLY), B_USER, subj, t, ses_msgid(t)),
                leaf(body, charset=J2022, cte="7bit"), extra=aws_extra(t, s["ip"]))
    return rec("outlook-jis-re", "merge_confirmation_requested", "ja", B_CASE, [B_KEEP, B_OLD], True, msg, new)


@mail
def b4():
    t = jst(2025, 7, 10, 14, 22, 48)
    s = sender_aws(t)
    body = B4_TEXT + console_footer_ja(B_CASE)
    subj = ew(B_SUBJ, J2022, prefix=f"RE:[CASE {B_CASE}] ")
    msg = build("o365", B_USER, s, t, GOOD,
                own(aws_from(NOREPLY), B_USER, subj, t, ses_msgid(t)),
                leaf(body, charset=J2022, cte="7bit"), extra=aws_extra(t, s["ip"]))
    return rec("outlook-jis-re2", "merge_completed", "ja", B_CASE, [B_KEEP, B_OLD], True, msg, B4_TEXT)


@mail
def b5():
    t = jst(2025, 7, 17, 14, 30, 2)
    s = sender_aws(t)
    new = f"""お客様

AWS サポートをご利用いただき、ありがとうございます。
サポートケース {B_CASE}「{B_SUBJ}」は解決済みとなりました。

今回のサポート体験について、ご意見をお聞かせください。
アンケートへのご回答は 2 分ほどで完了します。

　アンケートに回答する：
　https://console.aws.amazon.com/support/feedback?caseId={B_CASE}&questionnaireId=Support-CaseResolved&language=ja

追加のご質問がある場合は、サポートセンターからケースを再開いただけます（解決から 14 日以内）。

Amazon Web Services
"""
    subj = ew(f"サポートケース {B_CASE} が解決済みになりました - アンケートのお願い", J2022)
    msg = build("o365", B_USER, s, t, GOOD,
                own(aws_from(NOREPLY), B_USER, subj, t, ses_msgid(t)),
                leaf(new, charset=J2022, cte="7bit"), extra=aws_extra(t, s["ip"]))
    return rec("outlook-jis-notice", "survey", "ja", B_CASE, [B_KEEP, B_OLD], True, msg, new)


@mail
def b6():
    # Misaki forwards the completion to her manager; intra-tenant Exchange mail: no Authentication-Results.
    t = jst(2025, 7, 10, 15, 3, 27)
    mgr = "h-kondo@kotobuki-sys.co.jp"
    new = f"""近藤課長

お疲れさまです。山本です。

先日ご相談した AWS 認定アカウントの件、統合が完了したとの連絡がありましたので共有いたします。
お手数ですが、社内の資格管理台帳の受験者 ID は {B_KEEP} に更新いただけますでしょうか。
（旧 ID の {B_OLD} は閉鎖済みで、今後は使えないとのことです）

以上、よろしくお願いいたします。

――――――――――――――――
寿システム株式会社 クラウド基盤部
山本 美咲
TEL: 03-5812-4471
――――――――――――――――
"""
    body = new + f"""
差出人: Amazon Web Services <{NOREPLY}>
送信日時: 2025年7月10日 14:22
宛先: 山本 美咲 <{B_USER}>
件名: RE:[CASE {B_CASE}] {B_SUBJ}

{B4_TEXT}{console_footer_ja(B_CASE)}"""
    d = rfcdate(later(t, seconds=1))
    tr = [("Received", f"from TYCPR01MB11093.jpnprd01.prod.outlook.com (2603:1096:400:3c1::9)\n by TYCPR01MB10582.jpnprd01.prod.outlook.com with HTTPS; {d}"),
          ("Received", f"from TYCPR01MB11093.jpnprd01.prod.outlook.com\n ([fe80::4a1c:93de:2f7b:11a0]) by TYCPR01MB11093.jpnprd01.prod.outlook.com\n ([fe80::4a1c:93de:2f7b:11a0%4]) with mapi id 15.20.8901.021; {d}")]
    subj = ew(f"FW: RE:[CASE {B_CASE}] {B_SUBJ}", J2022)
    ownh = own(addr("山本 美咲", B_USER, J2022), addr("近藤 浩二", mgr, J2022), subj, t,
               f"<TYCPR01MB11093{hexr(6).upper()}{R.randint(1000, 9999)}{alnum(6).upper()}@TYCPR01MB11093.jpnprd01.prod.outlook.com>", tz=JST,
               extra=[("Thread-Topic", ew(f"RE:[CASE {B_CASE}] {B_SUBJ}", J2022)),
                      ("Thread-Index", "AQHb8Q" + alnum(30) + "=="),
                      ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
                      ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-AuthAs", "Internal"),
                      ("X-MS-Exchange-Organization-AuthSource", "TYCPR01MB11093.jpnprd01.prod.outlook.com"),
                      ("X-MS-Exchange-Organization-SCL", "-1")])
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp">'
            '<style>p.MsoNormal{margin:0mm;font-size:11.0pt;font-family:"游ゴシック",sans-serif;}</style></head>'
            '<body lang="JA" link="#0563C1"><div class="WordSection1">\n' + p_lines(new).replace("<p>", '<p class="MsoNormal">') +
            '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm"><p class="MsoNormal"><b>差出人:</b> Amazon Web Services &lt;'
            + NOREPLY + '&gt;<br><b>送信日時:</b> 2025年7月10日 14:22<br><b>宛先:</b> 山本 美咲 &lt;' + B_USER + '&gt;<br><b>件名:</b> RE:[CASE '
            + B_CASE + '] ' + B_SUBJ + '</p></div>\n' + p_lines(B4_TEXT + console_footer_ja(B_CASE)).replace("<p>", '<p class="MsoNormal">') + '\n</div></body></html>\n')
    body_m = multipart("alternative", [leaf(body, charset=J2022, cte="7bit"), leaf(html, "html", charset=J2022, cte="7bit")],
                       boundary="_000_TYCPR01MB11093" + alnum(20).upper() + "_")
    msg = assemble(tr, ownh, body_m)
    return rec("outlook-jp-fw", "unrelated", "ja", B_CASE, [B_KEEP, B_OLD], None, msg, new)


@mail
def b7():
    t = jst(2025, 7, 11, 2, 47, 19)
    s = sender_credly(t, B_USER)
    badge = "AWS Certified Solutions Architect – Professional"
    bid = ruuid()
    text = f"""山本 美咲 さん

AWS Training & Certification から新しいバッジが発行されました。

　{badge}

バッジを受け取ると、Credly のプロフィールで公開したり、LinkedIn で共有したりできます。

▼ バッジを受け取る
https://www.credly.com/earner/earned/badge/{bid}?locale=ja

発行者：AWS Training & Certification
発行日：2025年7月10日

このメールは、AWS Training & Certification があなたにバッジを発行したため送信されています。
通知設定の変更：https://www.credly.com/earner/settings/notifications

Credly, Inc.
"""
    html = html_wrap(f"""<p style="font-size:20px;font-weight:bold;">山本 美咲 さん、新しいバッジが届いています</p>
<p><img src="https://images.credly.com/size/340x340/images/{ruuid()}/image.png" width="140" alt="badge"></p>
<p>AWS Training &amp; Certification から新しいバッジが発行されました。<br><strong>{badge}</strong></p>
<p><a href="https://www.credly.com/earner/earned/badge/{bid}?locale=ja" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;">バッジを受け取る</a></p>
<p style="color:#666;font-size:12px;">Credly, Inc.</p>""", "ja", "Credly")
    body = multipart("alternative", [leaf(text, cte="base64"), leaf(html, "html", cte="base64")])
    subj = ew(f"バッジが発行されました: {badge}")
    msg = build("o365", B_USER, s, t, GOOD,
                own(addr("AWS Training & Certification via Credly", "admin@credly.com"), B_USER, subj, t,
                    f"<{hexr(13)}_{R.randint(10, 99)}{hexr(8)}@credly-mailer-{R.randint(1, 9)}.mail>"),
                body, extra=[("List-Unsubscribe", "<https://www.credly.com/unsubscribe>")])
    return rec("outlook-alt-b64", "credly_badge_issued", "ja", None, [], True, msg, text)


# ================================================================ Thread C: Daniel Okafor, Gmail, console case, English
C_USER = "d.okafor.cloud@gmail.com"
C_OPEN = jst(2025, 9, 15, 18, 12, 40)
C_CASE = case15(C_OPEN, 147)
C_KEEP, C_OLD = "AWS30017452", "AWS27764019"
C_SUBJ = "Merge two AWS Certification accounts"


@mail
def c2():
    t = jst(2025, 9, 16, 23, 41, 9)
    s = sender_aws(t)
    new = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification Support. My name is Arjun and I'll be helping you today.

I have located both certification profiles associated with your request. Before I submit anything, please review the details below:

Account that will remain active: {C_KEEP} (d.okafor.cloud@gmail.com)
Account that will be folded into it: aws-27764019 (daniel.okafor@brightlane-analytics.com)

All certifications, exam history and benefits from the second account will be carried over, and that account will be deactivated. Please be aware that this action is permanent and cannot be reversed once processed.

If everything above is correct, kindly reply to this case from the Support Center confirming that we may go ahead. If you would prefer to keep the other account instead, just let me know.

Best regards,
Arjun S.
Amazon Web Services
"""
    body = new + console_footer_en(C_CASE)
    msg = build("gmail", C_USER, s, t, GOOD,
                own(aws_from(NOREPLY), C_USER, f"RE:[CASE {C_CASE}] {C_SUBJ}", t, ses_msgid(t)),
                leaf(body, cte="quoted-printable", params="; format=flowed"), extra=aws_extra(t, s["ip"]))
    return rec("gmail-en-qp", "merge_confirmation_requested", "en", C_CASE, [C_KEEP, C_OLD], True, msg, new)


@mail
def c3():
    t = jst(2025, 9, 17, 8, 2, 51)
    s = sender_aws(t)
    new = f"""Hello Daniel,

Thank you for the quick confirmation.

I have now raised the request with our internal team to combine {C_OLD} into {C_KEEP}. This usually takes one to three business days. Once the merge is complete we will update this case, and at that point your certifications will be visible under {C_KEEP} only. Your Credly badges should follow within a few days after that; if they do not, reply here and we will chase it with Credly.

In the meantime there is nothing further you need to do, and please avoid opening a new case for the same request, as that can delay processing.

Best regards,
Arjun S.
Amazon Web Services
"""
    body = new + console_footer_en(C_CASE)
    msg = build("gmail", C_USER, s, t, GOOD,
                own(aws_from(NOREPLY), C_USER, f"RE:[CASE {C_CASE}] {C_SUBJ}", t, ses_msgid(t)),
                leaf(body, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("gmail-en-b64", "support_reply", "en", C_CASE, [C_KEEP, C_OLD], True, msg, new)


@mail
def c4():
    t = jst(2025, 9, 19, 4, 17, 33)
    s = sender_aws(t)
    new = f"""Hello Daniel,

Good news: our team has finished processing your request. The certification records, exam history and benefits that were held under {C_OLD} now sit under {C_KEEP}, and the old profile has been retired, so you will no longer be able to sign in with it.

Going forward, please use {C_KEEP} for scheduling exams and for any certification-related enquiries. It can take up to 48 hours for your digital badges to appear on Credly.

It was a pleasure assisting you.

Best regards,
Arjun S.
Amazon Web Services
"""
    body = new + console_footer_en(C_CASE)
    msg = build("gmail", C_USER, s, t, GOOD,
                own(aws_from(NOREPLY), C_USER, f"RE:[CASE {C_CASE}] {C_SUBJ}", t, ses_msgid(t)),
                leaf(body, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("gmail-en-qp2", "merge_completed", "en", C_CASE, [C_KEEP, C_OLD], True, msg, new)


@mail
def c5():
    t = jst(2025, 9, 19, 4, 20, 1)
    s = sender_aws(t)
    link = f"https://console.aws.amazon.com/support/feedback?caseId={C_CASE}&questionnaireId=Support-CaseResolved&language=en"
    text = f"""How did we do?

Your AWS Support case {C_CASE} ("{C_SUBJ}") has been marked as resolved.

Was your issue resolved?
YES: {link}&answer=yes
NO:  {link}&answer=no

Your feedback helps us improve the support experience. If you need further help with this issue, you can reopen the case from the Support Center within 14 days.

Amazon Web Services
"""
    html = html_wrap(f"""<h2 style="margin:0 0 12px 0;">How did we do?</h2>
<p>Your AWS Support case <b>{C_CASE}</b> (&quot;{C_SUBJ}&quot;) has been marked as resolved.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="{link}&amp;answer=yes" style="display:inline-block;padding:8px 24px;background:#ec7211;color:#fff;text-decoration:none;">YES</a>
&nbsp;<a href="{link}&amp;answer=no" style="display:inline-block;padding:8px 24px;background:#545b64;color:#fff;text-decoration:none;">NO</a></p>
<p style="font-size:12px;color:#687078;">You can reopen the case from the Support Center within 14 days.</p>""", "en", "AWS Support")
    body = multipart("alternative", [leaf(text, cte="7bit", charset="utf-8"), leaf(html, "html", cte="quoted-printable")])
    msg = build("gmail", C_USER, s, t, GOOD,
                own(aws_from(NOREPLY), C_USER, f"Your AWS Support case {C_CASE} has been resolved", t, ses_msgid(t)),
                body, extra=aws_extra(t, s["ip"]))
    return rec("gmail-en-alt", "survey", "en", C_CASE, [], True, msg, text)


@mail
def c6():
    t = jst(2025, 9, 21, 1, 8, 44)
    s = sender_credly(t, C_USER)
    badges = ["AWS Certified Solutions Architect – Associate", "AWS Certified Data Engineer – Associate",
              "AWS Certified Cloud Practitioner"]
    text = f"""Hi Daniel,

AWS Training & Certification has transferred 3 badges to your Credly account:

""" + "\n".join(f"  * {b}" for b in badges) + f"""

These badges were previously issued to another email address. They are now waiting for you on
your profile. Accept them to display them publicly and share your achievements.

View and accept your badges:
https://www.credly.com/earner/earned?utm_source=transfer_email

Badge validation code for your records: {alnum(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}

Questions? Visit https://support.credly.com

Credly, Inc.
"""
    html = html_wrap("<p>Hi Daniel,</p><p>AWS Training &amp; Certification has transferred <b>3 badges</b> to your Credly account:</p><ul>" +
                     "".join(f"<li>{b}</li>" for b in badges) +
                     '</ul><p>These badges were previously issued to another email address. They are now waiting for you on your profile.</p>'
                     '<p><a href="https://www.credly.com/earner/earned?utm_source=transfer_email" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;">Accept your badges</a></p>',
                     "en", "Credly")
    body = multipart("alternative", [leaf(text, cte="quoted-printable"), leaf(html, "html", cte="base64")])
    msg = build("gmail", C_USER, s, t, GOOD,
                own(addr("Credly", "admin@credly.com"), C_USER, "Your badges have been transferred to you", t,
                    f"<{hexr(13)}_{R.randint(10, 99)}{hexr(8)}@credly-mailer-{R.randint(1, 9)}.mail>"),
                body)
    return rec("gmail-en-alt2", "credly_badge_issued", "en", None, [], True, msg, text)


# ================================================================ Thread D: 鈴木 亜希子, Yahoo! JAPAN mail, form case
D_USER = "akiko_suzuki1988@yahoo.co.jp"
D_OPEN = jst(2025, 10, 20, 21, 5, 33)
D_CASE = case15(D_OPEN, 630)
D_KEEP, D_OLD = "AWS52207318", "AWS60914473"

D1_TEXT = f"""こんにちは 鈴木 亜希子、

AWS トレーニングと認定に連絡していただきありがとうございます。あなたのリクエストは記録されました、そして私たちのチームのメンバーは 24 時間以内にあなたに戻ってきます。

あなたの参照番号は {D_CASE} です。このリクエストに関するすべての通信で、この番号を保持してください。

同じ問題について新しいリクエストを開かないでください。それは応答を遅らせる可能性があります。

よろしく、
AWS トレーニングと認定 チーム
"""


@mail
def d1():
    t = D_OPEN + dt.timedelta(seconds=52)
    s = sender_aws(t, FORM)
    subj = ew("お客様のリクエストが記録されました", prefix=f"[CASE {D_CASE}] ")
    msg = build("yahoojp", D_USER, s, t, GOOD,
                own(aws_from(FORM), D_USER, subj, t, ses_msgid(t)),
                leaf(D1_TEXT, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("yahoo-qp", "case_created", "ja", D_CASE, [], True, msg, D1_TEXT)


D_USER_MSG = f"""AWS トレーニングと認定 ご担当者様

お世話になっております。鈴木と申します。
フォームに書ききれなかったので補足です。統合したいアカウントは次の2つです。
・aws52207318（現在使っているもの、このyahooのアドレスで登録）
・aws60914473（前の会社で登録したもの）
残すのは上の方でお願いします。

鈴木 亜希子

----- Original Message -----
From: "Amazon Web Services" <{FORM}>
To: <{D_USER}>
Date: 2025/10/20 (月) 21:06
Subject: [CASE {D_CASE}] お客様のリクエストが記録されました

{D1_TEXT}"""

D3_TEXT = f"""鈴木 亜希子 様

AWS トレーニングと認定 カスタマーサポートの岡田でございます。
補足のご連絡をいただき、ありがとうございます。

ご指定いただいた内容にもとづき、以下のとおり 2 つの認定アカウントを 1 つにまとめる処理を行う予定です。

　記録を残すアカウント：aws52207318
　記録を移したのち閉鎖するアカウント：aws60914473

閉鎖したアカウントを元の状態に戻すことはできかねますので、念のため内容をご確認ください。
お間違いがなければ、「上記の内容で問題ありません」と本メールにご返信をお願いいたします。ご返信をいただいてから作業に着手いたします。

どうぞよろしくお願いいたします。

岡田
Amazon Web Services トレーニングと認定
"""


@mail
def d3():
    t = jst(2025, 10, 22, 10, 48, 15)
    s = sender_aws(t, FORM)
    body = D3_TEXT + "\n\n" + quote(f"""2025/10/21 (火) 07:48、鈴木 亜希子 <{D_USER}> のメッセージ:

{D_USER_MSG}""")
    msg = build("yahoojp", D_USER, s, t, GOOD,
                own(aws_from(FORM), D_USER, form_subj(D_CASE, ja=True), t, ses_msgid(t)),
                leaf(body, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("yahoo-b64-quoted", "merge_confirmation_requested", "ja", D_CASE, [D_KEEP, D_OLD], True, msg, D3_TEXT)


@mail
def d4():
    t = jst(2025, 10, 31, 17, 2, 9)
    s = sender_aws(t, FORM)
    new = f"""鈴木 亜希子 様

AWS トレーニングと認定 カスタマーサポートの岡田でございます。

10 月 24 日にご案内いたしましたとおり、aws60914473 の認定記録は aws52207318 へ統合済みでございます。
その後、追加のご質問などはございませんでしたので、本件はこれにてクローズとさせていただきます。

今回の対応について、アンケートにご協力いただけますと幸いです。
https://survey.training.aws/s/{alnum(10)}?case={D_CASE}&lang=ja

またご不明な点がございましたら、いつでもお問い合わせください。

岡田
Amazon Web Services トレーニングと認定
"""
    msg = build("yahoojp", D_USER, s, t, GOOD,
                own(aws_from(FORM), D_USER, form_subj(D_CASE, ja=True), t, ses_msgid(t)),
                leaf(new, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("yahoo-qp2", "merge_completed", "ja", D_CASE, [D_KEEP, D_OLD], True, msg, new)


@mail
def d5():
    t = jst(2025, 11, 4, 9, 0, 21)
    s = sender_aws(t, NOREPLY)
    new = f"""鈴木 亜希子 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース番号 {D_CASE} の対応について、まだアンケートへのご回答をいただいておりません。
今後のサービス向上のため、1 分ほどのアンケートにご協力をお願いいたします。

　▼ アンケートに回答する
　https://survey.training.aws/s/{alnum(10)}?case={D_CASE}&lang=ja&r=1

　Q1. 今回のお問い合わせで問題は解決しましたか？（はい／いいえ）
　Q2. 担当者の対応にどの程度満足しましたか？（1〜5）

※このメールは送信専用アドレスからお送りしています。

Amazon Web Services トレーニングと認定
"""
    subj = ew("【アンケートのお願い】AWS トレーニングと認定 サポートのご利用について")
    msg = build("yahoojp", D_USER, s, t, GOOD,
                own(aws_from(NOREPLY, "AWS トレーニングと認定"), D_USER, subj, t, ses_msgid(t)),
                leaf(new, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("yahoo-b64", "survey", "ja", D_CASE, [], True, msg, new)


# ================================================================ Thread E: 渡辺 大輔, Becky!, on-prem Postfix (no Authentication-Results)
E_USER = "d-watanabe@hokuriku-denki.co.jp"
E_OPEN = jst(2026, 1, 14, 10, 31, 2)
E_CASE = case15(E_OPEN, 82)
E_KEEP, E_OLD1, E_OLD2 = "AWS71120345", "AWS68842190", "AWS70031588"

E2_TEXT = f"""渡辺 大輔 様

AWS トレーニングと認定 サポート窓口の村上です。お問い合わせありがとうございます。

3 つの認定アカウントの統合について、以下の内容で手続きを行う予定です。
内容をご確認のうえ、よろしければ本メールへのご返信にて承認をお願いいたします。

【残すアカウント】
　{E_KEEP}（d-watanabe@hokuriku-denki.co.jp）

【統合されるアカウント】
　{E_OLD1}（daisuke.w@example-mail.jp）
　{E_OLD2}（d.watanabe.aws@gmail.com）

※統合後、統合されたアカウントは削除され、元に戻すことはできません。

村上
Amazon Web Services
"""


@mail
def e1():
    t = E_OPEN + dt.timedelta(seconds=37)
    s = sender_aws(t, FORM)
    new = f"""渡辺 大輔 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
新しいケースを作成しました。お問い合わせ番号は {E_CASE} です。

内容を確認のうえ、担当者より通常 1 営業日以内にご連絡いたします。
お問い合わせ内容に追加がある場合は、件名を変更せずに本メールへご返信ください。

――
Amazon Web Services
トレーニングと認定 サポート
"""
    subj = ew("新しいケースを作成しました", prefix=f"[CASE {E_CASE}] ")
    msg = build("onprem-hokuriku", E_USER, s, t, {},
                own(aws_from(FORM), E_USER, subj, t, ses_msgid(t)),
                leaf(new, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("becky-onprem-b64", "case_created", "ja", E_CASE, [], None, msg, new)


@mail
def e2():
    t = jst(2026, 1, 15, 13, 12, 44)
    s = sender_aws(t, FORM)
    short = f"""渡辺 大輔 様

3 つの認定アカウントの統合内容をご確認ください。
残すアカウント：{E_KEEP}
統合されるアカウント：{E_OLD1}、{E_OLD2}
統合は取り消しできません。問題なければ本メールにご返信ください。

村上 / Amazon Web Services
"""
    html = html_wrap(f"""<p>渡辺 大輔 様</p>
<p>AWS トレーニングと認定 サポート窓口の村上です。お問い合わせありがとうございます。</p>
<p>3 つの認定アカウントの統合について、以下の内容で手続きを行う予定です。<br>内容をご確認のうえ、よろしければ本メールへのご返信にて承認をお願いいたします。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#eaeded;"><th>区分</th><th>受験者 ID</th><th>登録メールアドレス</th></tr>
<tr><td>残すアカウント</td><td>{E_KEEP}</td><td>d-watanabe@hokuriku-denki.co.jp</td></tr>
<tr><td>統合されるアカウント</td><td>{E_OLD1}</td><td>daisuke.w@example-mail.jp</td></tr>
<tr><td>統合されるアカウント</td><td>{E_OLD2}</td><td>d.watanabe.aws@gmail.com</td></tr>
</table>
<p style="color:#d13212;">※統合後、統合されたアカウントは削除され、元に戻すことはできません。</p>
<p>村上<br>Amazon Web Services</p>""", "ja", "AWS")
    body = multipart("alternative", [leaf(short, cte="quoted-printable"), leaf(html, "html", cte="base64")])
    msg = build("onprem-hokuriku", E_USER, s, t, {},
                own(aws_from(FORM), E_USER, form_subj(E_CASE), t, ses_msgid(t)),
                body, extra=aws_extra(t, s["ip"]))
    return rec("becky-onprem-alt", "merge_confirmation_requested", "ja", E_CASE, [E_KEEP, E_OLD1, E_OLD2], None, msg, short)


@mail
def e4():
    t = jst(2026, 1, 19, 9, 30, 5)
    s = sender_aws(t, FORM)
    new = f"""渡辺 大輔 様

AWS トレーニングと認定 サポート窓口の村上です。

1 月 15 日にお送りしたご案内について、その後いかがでしょうか。
引き続きサポートが必要な場合は、本メールにご返信いただけますと幸いです。

なお、5 営業日以内にご返信が確認できない場合は、いったん本ケースをクローズさせていただきます。クローズ後も、本メールへご返信いただければ対応を再開いたします。

村上
Amazon Web Services
"""
    msg = build("onprem-hokuriku", E_USER, s, t, {},
                own(aws_from(FORM), E_USER, form_subj(E_CASE), t, ses_msgid(t)),
                leaf(new, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("becky-onprem-b64b", "support_reply", "ja", E_CASE, [], None, msg, new)


@mail
def e3():
    t = jst(2026, 1, 21, 16, 55, 38)
    s = sender_aws(t, FORM)
    new = f"""渡辺 大輔 様

村上です。ご承認のご返信をいただき、ありがとうございました。

{E_OLD1} および {E_OLD2} の認定資格・受験履歴は、{E_KEEP} へ移し終えました。
統合されたアカウントはすでに削除されておりますので、今後は {E_KEEP} にてサインインしてください。
受験特典（50% 割引バウチャー）も {E_KEEP} 側でご確認いただけます。

以上、完了のご報告となります。

村上
Amazon Web Services
"""
    user_reply = f"""村上様

北陸電機の渡辺です。
ご連絡が遅くなり申し訳ありません。年明けの棚卸し対応で確認が遅れました。

ご提示いただいた内容で問題ありません。
The details are correct. Please proceed with the merge.

よろしくお願いいたします。

On Thu, 15 Jan 2026 04:12:44 +0000
"Amazon Web Services" <{FORM}> wrote:

{quote(E2_TEXT)}

-- 
渡辺 大輔 <{E_USER}>
北陸電機株式会社 管理本部 情報システム課
TEL 076-2xx-xxxx (内線 315)
"""
    body = new + "\n\n" + f"On Tue, 20 Jan 2026 08:47:10 +0900, 渡辺 大輔 <{E_USER}> wrote:\n" + quote(user_reply) + "\n"
    msg = build("onprem-hokuriku", E_USER, s, t, {},
                own(aws_from(FORM), E_USER, form_subj(E_CASE), t, ses_msgid(t)),
                leaf(body, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("becky-onprem-qp", "merge_completed", "ja", E_CASE, [E_KEEP, E_OLD1, E_OLD2], None, msg, new)


# ================================================================ Thread F: 小林 ゆい, so-net, Thunderbird, second form case
F_USER = "yui-kobayashi@ab.so-net.ne.jp"
F0_OPEN = jst(2025, 12, 1, 23, 2, 48)
F0_CASE = case15(F0_OPEN, 455)
F_OPEN = jst(2025, 12, 8, 20, 17, 9)
F_CASE = case15(F_OPEN, 711)
F_KEEP, F_OLD = "AWS45530981", "AWS39902764"

F3_TEXT = f"""小林 ゆい 様

AWS トレーニングと認定 カスタマーサポートの石川でございます。

12 月 10 日にお送りいたしました確認のお願いについて、まだご返信を確認できておりませんでしたので、あらためてご連絡いたしました。
下記の内容でアカウントの統合を進めてよろしいか、ご確認をお願いいたします。

　統合先（今後ご利用になるアカウント）：{F_KEEP}
　統合元（統合後に利用できなくなるアカウント）：{F_OLD}

統合は一度実施すると取り消しができません。
内容に問題がなければ、その旨を本メールへのご返信にてお知らせください。

石川
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""

F4_TEXT = f"""小林 ゆい 様

AWS トレーニングと認定 カスタマーサポートの石川でございます。
ご返信ありがとうございました。

{F_OLD} の認定記録を {F_KEEP} へ統合する作業が完了いたしました。
今後は {F_KEEP} をご利用ください。{F_OLD} にはサインインできなくなっております。

ご不明な点がございましたら、本メールにご返信ください。

石川
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""


@mail
def f1():
    t = F_OPEN + dt.timedelta(seconds=33)
    s = sender_aws(t, FORM)
    new = f"""小林 ゆい 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
お問い合わせ番号 {F_CASE} にて承りました。

担当者より順次ご連絡いたします。現在お問い合わせが大変混み合っており、ご回答までにお時間をいただく場合がございます。
恐れ入りますが、ご連絡まで今しばらくお待ちください。

※本メールは送信専用のシステムより自動的にお送りしています。

Amazon Web Services
トレーニングと認定
"""
    subj = ew(f"お問い合わせ番号 {F_CASE} にて承りました")
    msg = build("sonet", F_USER, s, t, GOOD,
                own(aws_from(FORM), F_USER, subj, t, ses_msgid(t)),
                leaf(new, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("sonet-b64", "case_created", "ja", F_CASE, [], True, msg, new)


@mail
def f2():
    t = jst(2025, 12, 9, 15, 36, 27)
    s = sender_aws(t, FORM)
    new = f"""小林 ゆい 様

AWS トレーニングと認定 カスタマーサポートの石川でございます。
ご連絡が遅くなり、大変申し訳ございません。

同じ内容のお問い合わせを、ケース {F0_CASE} でもいただいていることを確認いたしました。
以前のお問い合わせにはご連絡先のメールアドレスが登録されておらず、ご返信ができない状態となっておりました。
今後は本ケース（{F_CASE}）にて対応させていただきますので、別途新しいケースを作成されないようお願いいたします。

ご入力いただいた受験者 ID（AWS-45530981）のほかに、統合の対象となるもう一方のアカウントの受験者 ID、またはそのアカウントに登録されているメールアドレスをお知らせいただけますでしょうか。

石川
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
    msg = build("sonet", F_USER, s, t, GOOD,
                own(aws_from(FORM), F_USER, form_subj(F_CASE), t, ses_msgid(t)),
                leaf(new, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("sonet-qp", "support_reply", "ja", F_CASE, [F_KEEP], True, msg, new)


@mail
def f3():
    t = jst(2025, 12, 12, 18, 4, 50)
    s = sender_aws(t, FORM)
    msg = build("sonet", F_USER, s, t, GOOD,
                own(aws_from(FORM), F_USER, form_subj(F_CASE), t, ses_msgid(t)),
                leaf(F3_TEXT, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("sonet-b64b", "merge_confirmation_requested", "ja", F_CASE, [F_KEEP, F_OLD], True, msg, F3_TEXT)


@mail
def f4():
    t = jst(2025, 12, 16, 11, 9, 3)
    s = sender_aws(t, FORM)
    html = html_wrap(p_lines(F4_TEXT), "ja", "AWS トレーニングと認定")
    msg = build("sonet", F_USER, s, t, GOOD,
                own(aws_from(FORM), F_USER, form_subj(F_CASE), t, ses_msgid(t)),
                leaf(html, "html", cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("sonet-html-b64", "merge_completed", "ja", F_CASE, [F_KEEP, F_OLD], True, msg, F4_TEXT)


@mail
def f5():
    t = jst(2025, 12, 16, 11, 10, 26)
    s = sender_aws(t, FORM)
    new = f"""小林 ゆい 様

ケース {F_CASE} はクローズされました。
AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

よろしければ、今回の対応についてのアンケートにご協力ください。
https://survey.training.aws/s/{alnum(10)}?case={F_CASE}&lang=ja

　・問題は解決しましたか？　はい／いいえ
　・担当者の対応はいかがでしたか？（5 段階評価）

"""
    body = new + "―――――――――――― 以下、これまでのやり取り ――――――――――――\n\n" + \
        f"送信日時: 2025/12/16 11:09\n件名: RE:[CASE {F_CASE}] [AWS Training and Certification Form Submission] - account-assistance\n\n" + F4_TEXT
    msg = build("sonet", F_USER, s, t, GOOD,
                own(aws_from(FORM), F_USER, ew("アンケートのお願い", prefix=f"[CASE {F_CASE}] "), t, ses_msgid(t)),
                leaf(body, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("sonet-qp-hist", "survey", "ja", F_CASE, [], True, msg, new)


@mail
def f6():
    # Yui forwards the reminder to a colleague (Thunderbird, ISO-2022-JP), received at the colleague's Gmail.
    t = jst(2025, 12, 12, 21, 33, 8)
    rcpt = "haruka.morita.0707@gmail.com"
    s = sender_generic("ab.so-net.ne.jp", F_USER, "202.238.84.31", "mail-ab.so-net.ne.jp",
                       dkim_sel="s2023", p="NONE")
    new = f"""はるかさん

おつかれー。例のAWSのアカウントまとめるやつ、サポートからまた確認メール来た。
残すのは {F_KEEP} の方（今の会社で使ってるやつ）で合ってるよね？
前に受けたSAAの記録も消えないって理解でいいのかな…
取り消しできないって書いてあるから、返信する前に念のため見てもらえると助かる！

ゆい
"""
    body = new + f"""

-------- 転送メッセージ --------
件名: 	RE:[CASE {F_CASE}] [AWS Training and Certification Form Submission] - account-assistance
日付: 	Fri, 12 Dec 2025 09:04:50 +0000
差出人: 	Amazon Web Services <{FORM}>
宛先: 	{F_USER}



{F3_TEXT}"""
    ownh = own(addr("小林 ゆい", F_USER, J2022), rcpt,
               ew(f"Fwd: RE:[CASE {F_CASE}] [AWS Training and Certification Form Submission] - account-assistance", J2022),
               t, f"<{ruuid()}@ab.so-net.ne.jp>", tz=JST,
               extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja"),
                      ("X-Mozilla-Draft-Info", None)])
    ownh = [h for h in ownh if h[1] is not None]
    msg = build("gmail", rcpt, s, t, dict(spf="pass", dkim="pass", dmarc="pass"), ownh,
                leaf(body, charset=J2022, cte="7bit", params="; format=flowed; delsp=yes"))
    return rec("tbird-fwd-jis", "unrelated", "ja", F_CASE, [F_KEEP], False, msg, new)


# ================================================================ Thread G: 高橋 誠, au (Android), form case
G_USER = "makoto.t-0412@au.com"
G_OPEN = jst(2026, 2, 3, 8, 20, 11)
G_CASE = case15(G_OPEN, 39)
G_KEEP, G_OLD = "AWS80215567", "AWS77410236"


@mail
def g1():
    t = G_OPEN + dt.timedelta(seconds=48)
    s = sender_aws(t, FORM)
    new = f"""高橋 誠 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
お客様のお問い合わせについて、新しいケースを作成しました。

ケース ID：{G_CASE}
件名：認定アカウント統合のお願い（{G_KEEP} と {G_OLD}）
ステータス：担当者の割り当て待ち

担当者より 24 時間以内を目安にご連絡いたします。
追加情報がございましたら、本メールにご返信ください。

Amazon Web Services
"""
    inner = (f'<div style="border-bottom:3px solid #ff9900;padding-bottom:8px;margin-bottom:16px;">'
             f'<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></div>\n'
             + p_lines(new).replace(f"ケース ID：{G_CASE}", f"<b>ケース ID：</b>{G_CASE}"))
    html = html_wrap(inner, "ja", "AWS トレーニングと認定")
    subj = ew("新しいケースを作成しました", prefix=f"[CASE {G_CASE}] ")
    msg = build("au", G_USER, s, t, GOOD,
                own(aws_from(FORM), G_USER, subj, t, ses_msgid(t)),
                leaf(html, "html", cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("au-html-qp", "case_created", "ja", G_CASE, [G_KEEP, G_OLD], True, msg, new)


@mail
def g2():
    t = jst(2026, 2, 5, 17, 44, 0)
    s = sender_aws(t, FORM)
    new = f"""高橋 誠 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。
ご返信が遅くなっており、申し訳ございません。

現在、担当チームにて 2 つのアカウントの登録情報を照合しております。
確認が終わり次第、あらためて手続きの内容をご案内いたしますので、恐れ入りますが今しばらくお待ちください。

同じ内容で新しくお問い合わせいただく必要はございません。

佐々木
Amazon Web Services
"""
    msg = build("au", G_USER, s, t, GOOD,
                own(aws_from(FORM), G_USER, form_subj(G_CASE), t, ses_msgid(t)),
                leaf(new, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("au-b64", "support_reply", "ja", G_CASE, [], True, msg, new)


@mail
def g3():
    t = jst(2026, 2, 6, 12, 15, 37)
    s = sender_aws(t, FORM)
    new = f"""高橋 誠 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。
お待たせいたしました。

照合の結果、統合元となる {G_OLD} に、2 月 21 日（土）の試験予約（ピアソン VUE）が入っていることを確認いたしました。
予約が残っている状態では統合の手続きを進めることができません。

お手数ですが、以下のいずれかをご選択のうえ、ご返信いただけますでしょうか。

　1. 試験を受験された後に統合を進める
　2. 予約をキャンセルし、{G_KEEP} から改めて予約し直す

ご希望を確認いたしましたら、統合内容の最終確認のご案内をお送りいたします。

佐々木
Amazon Web Services
"""
    msg = build("au", G_USER, s, t, GOOD,
                own(aws_from(FORM), G_USER, form_subj(G_CASE), t, ses_msgid(t)),
                leaf(new, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("au-qp", "support_reply", "ja", G_CASE, [G_KEEP, G_OLD], True, msg, new)


@mail
def g4():
    t = jst(2026, 2, 26, 10, 2, 58)
    s = sender_aws(t, FORM)
    new = f"""高橋 誠 様

佐々木です。ご返信ありがとうございました。

ご依頼の作業はすべて完了しております。
今後は {G_KEEP} でサインインしていただければ、受験済みの試験を含め、これまでの認定資格をすべてご確認いただけます。
{G_OLD} は今後ご利用いただけませんので、ご注意ください。

佐々木
Amazon Web Services
"""
    android = f"""佐々木様

お世話になります。高橋です。
先週末に試験を受けてきました（無事合格でした）。
前回ご案内いただいた内容で統合をお願いします。

Galaxy から送信

-------- 元のメッセージ --------
送信元: Amazon Web Services <{FORM}>
日付: 2026/02/24 18:31 (GMT+09:00)
宛先: {G_USER}
件名: RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - account-assistance

高橋 誠 様

佐々木です。ご受験おつかれさまでした。
以下の内容で統合を進めてよろしいか、ご確認ください。

　残るアカウント：{G_KEEP}
　統合されるアカウント：{G_OLD}

統合後に元に戻すことはできません。問題なければご返信ください。
"""
    body = new + "\n" + "_" * 40 + "\n" + android
    msg = build("au", G_USER, s, t, GOOD,
                own(aws_from(FORM), G_USER, form_subj(G_CASE), t, ses_msgid(t)),
                leaf(body, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("au-b64-android", "merge_completed", "ja", G_CASE, [G_KEEP, G_OLD], True, msg, new)


@mail
def g5():
    t = jst(2026, 2, 26, 10, 4, 12)
    s = sender_aws(t, NOREPLY)
    link = f"https://survey.training.aws/s/{alnum(10)}?case={G_CASE}&lang=ja"
    inner = f"""<p style="font-size:18px;font-weight:bold;">ご対応はいかがでしたか？</p>
<p>高橋 誠 様</p>
<p>お問い合わせいただいたケース {G_CASE} の対応が終了しました。<br>
今回のサポートについて、ご意見をお聞かせください。</p>
<p><b>問題は解決しましたか？</b></p>
<table role="presentation" cellpadding="0" cellspacing="8"><tr>
<td style="background:#ff9900;padding:10px 28px;"><a href="{link}&amp;resolved=yes" style="color:#16191f;text-decoration:none;font-weight:bold;">はい</a></td>
<td style="background:#d5dbdb;padding:10px 28px;"><a href="{link}&amp;resolved=no" style="color:#16191f;text-decoration:none;font-weight:bold;">いいえ</a></td>
</tr></table>
<p style="font-size:12px;color:#687078;">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。<br>
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>"""
    html = html_wrap(inner, "ja", "アンケート")
    msg = build("au", G_USER, s, t, GOOD,
                own(aws_from(NOREPLY, "AWS トレーニングと認定"), G_USER,
                    ew("ご対応はいかがでしたか？ 1分アンケートのお願い", enc="Q"), t, ses_msgid(t)),
                leaf(html, "html", cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    newtxt = f"ご対応はいかがでしたか？ 高橋 誠 様 お問い合わせいただいたケース {G_CASE} の対応が終了しました。"
    return rec("au-html-qp2", "survey", "ja", G_CASE, [], True, msg, newtxt)


# ================================================================ Thread H: Priya Raman, Outlook.com, English form case
H_USER = "priya.raman87@outlook.com"
H_OPEN = jst(2025, 8, 18, 14, 26, 51)
H_CASE = case15(H_OPEN, 903)
H_ID = "AWS33581047"


@mail
def h1():
    t = H_OPEN + dt.timedelta(seconds=29)
    s = sender_aws(t, FORM)
    new = f"""Hello Priya,

Thanks for reaching out to AWS Training and Certification. Your request has been logged under reference {H_CASE}.

What you told us:
  Topic: Certification > Account Merge
  AWS candidate ID provided: aws {H_ID[3:]}

A member of our team will review it and get back to you, normally within 24 hours. If you have anything to add, simply reply to this email and keep the reference number in the subject line. Please don't submit the form again for the same issue, as duplicate requests take longer to handle.

Kind regards,
AWS Training and Certification Customer Support
"""
    msg = build("outlookcom", H_USER, s, t, GOOD,
                own(aws_from(FORM), H_USER, f"[CASE {H_CASE}] We have received your request", t, ses_msgid(t)),
                leaf(new, cte="7bit", charset="us-ascii"), extra=aws_extra(t, s["ip"]))
    return rec("outlookcom-7bit", "case_created", "en", H_CASE, [H_ID], True, msg, new)


@mail
def h2():
    t = jst(2025, 8, 23, 6, 40, 12)
    s = sender_credly(t, H_USER, domain="youracclaim.com")
    badge = "AWS Certified Machine Learning Engineer – Associate"
    bid = ruuid()
    text = f"""Priya, your new badge is ready to accept

AWS Training & Certification has issued you the following badge:
{badge}

Accept your badge:
https://www.youracclaim.com/earner/earned/badge/{bid}

Once accepted, you can share your badge on social media, embed it in your email
signature, or download a certificate.

Acclaim / Credly, Inc.
"""
    html = html_wrap(f"""<p style="font-size:20px;"><b>Priya, your new badge is ready to accept</b></p>
<p>AWS Training &amp; Certification has issued you the following badge:<br><b>{badge}</b></p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/{bid}" style="background:#0f5d8f;color:#fff;padding:10px 22px;text-decoration:none;">Accept Badge</a></p>""", "en", "Acclaim")
    body = multipart("alternative", [leaf(text, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")])
    msg = build("outlookcom", H_USER, s, t, GOOD,
                own(addr("AWS Training & Certification via Acclaim", "admin@youracclaim.com"), H_USER,
                    f"Priya, you've been issued a badge: {badge}".replace("–", "-"), t,
                    f"<{hexr(13)}_{R.randint(10, 99)}{hexr(8)}@acclaim-mailer.mail>"),
                body)
    return rec("outlookcom-alt", "credly_badge_issued", "en", None, [], True, msg, text)


# ================================================================ Thread J: 伊藤 直樹, Office 365 (Outlook JP), form case
J_USER = "naoki.ito@sorabito-tech.jp"
J_OPEN = jst(2026, 3, 9, 13, 45, 50)
J_CASE = case15(J_OPEN, 266)
J_KEEP, J_OLD = "AWS58830114", "AWS61275509"

J1_TEXT = f"""伊藤 直樹 様

AWS トレーニングと認定 カスタマーサポートの吉田でございます。
お問い合わせいただき、ありがとうございます。

まず、ご質問いただいた 50% 割引バウチャーについてですが、統合元のアカウントで未使用の特典は、統合後も統合先のアカウントへ引き継がれますのでご安心ください。

そのうえで、以下の内容で統合を進めてよろしいか、ご確認をお願いいたします。

　・統合先（存続）：{J_KEEP}
　・統合元（閉鎖）：{J_OLD}

統合は不可逆の処理となり、実施後に元の状態へ戻すことはできません。
ご確認いただけましたら、本メールにご返信ください。

吉田
Amazon Web Services
"""


@mail
def j1():
    t = jst(2026, 3, 10, 9, 5, 40)
    s = sender_aws(t, FORM)
    html = html_wrap(f"""<p>伊藤 直樹 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの吉田でございます。<br>お問い合わせいただき、ありがとうございます。</p>
<p>以下の内容で統合を進めてよろしいか、ご確認をお願いいたします。</p>
<table border="0" cellpadding="6" style="background:#f8f8f8;">
<tr><td><b>統合先（存続）</b></td><td>{J_KEEP}</td></tr>
<tr><td><b>統合元（閉鎖）</b></td><td>{J_OLD}</td></tr></table>
<p><b>ご注意：</b>統合は不可逆の処理となり、実施後に元の状態へ戻すことはできません。</p>
<p>ご確認いただけましたら、本メールにご返信ください。</p>
<p>吉田<br>Amazon Web Services</p>""", "ja", "AWS")
    body = multipart("alternative", [leaf(J1_TEXT, cte="base64"), leaf(html, "html", cte="base64")])
    msg = build("o365", J_USER, s, t, GOOD,
                own(aws_from(FORM), J_USER, form_subj(J_CASE), t, ses_msgid(t)),
                body, extra=aws_extra(t, s["ip"]))
    return rec("o365-alt-b64", "merge_confirmation_requested", "ja", J_CASE, [J_KEEP, J_OLD], True, msg, J1_TEXT)


@mail
def j2():
    t = jst(2026, 3, 11, 16, 40, 22)
    s = sender_aws(t, FORM)
    new = f"""伊藤 直樹 様

吉田でございます。ご承認いただき、ありがとうございました。

本日、アカウントの統合処理を実施し、正常に終了いたしました。
{J_OLD} に記録されていた認定資格、受験履歴、および未使用の 50% 割引バウチャーは、すべて {J_KEEP} でご確認いただけます。

Credly のバッジにつきましては、通常 2〜3 日で新しいアカウント側に反映されます。
反映されない場合はお手数ですが、本メールにご返信ください。

吉田
Amazon Web Services
"""
    ito = f"""吉田様

お世話になっております。そらびとテクノロジーの伊藤です。
ご回答ありがとうございます。バウチャーの件、承知しました。

上記の内容で問題ございません。統合をお願いいたします。

――――――――――――――――――――――
株式会社そらびとテクノロジー
インフラ基盤グループ　伊藤 直樹
〒105-0013 東京都港区浜松町 2-x-x
――――――――――――――――――――――

差出人: Amazon Web Services <{FORM}>
送信日時: 2026年3月10日 9:05
宛先: 伊藤 直樹 <{J_USER}>
件名: RE:[CASE {J_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{J1_TEXT}"""
    body = new + "\n" + ("-" * 10) + " Original Message " + ("-" * 10) + f"\nFrom: 伊藤 直樹 <{J_USER}>\nSent: 2026/03/10 10:18\n\n" + ito
    msg = build("o365", J_USER, s, t, GOOD,
                own(aws_from(FORM), J_USER, form_subj(J_CASE), t, ses_msgid(t)),
                leaf(body, cte="quoted-printable"), extra=aws_extra(t, s["ip"]))
    return rec("o365-qp-thread", "merge_completed", "ja", J_CASE, [J_KEEP, J_OLD], True, msg, new)


@mail
def j3():
    t = jst(2026, 3, 16, 11, 27, 5)
    s = sender_aws(t, FORM)
    new = f"""伊藤 直樹 様

吉田でございます。ご連絡ありがとうございます。

Credly 上で旧アカウント（{J_OLD}）に紐づいていたバッジが新しいアカウントに表示されていないとのこと、承知いたしました。
Credly 側での移行作業が必要なため、先ほど Credly のサポートチームへ対応を依頼いたしました。

移行には最大で 5 営業日ほどかかる場合がございます。Credly から通知メールが届きましたら、内容に沿ってバッジの受け取りをお願いいたします。
進捗がございましたら、本ケースにてあらためてご連絡いたします。

吉田
Amazon Web Services
"""
    msg = build("o365", J_USER, s, t, GOOD,
                own(aws_from(FORM), J_USER, form_subj(J_CASE), t, ses_msgid(t)),
                leaf(new, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("o365-b64", "support_reply", "ja", J_CASE, [J_OLD], True, msg, new)


@mail
def j4():
    t = jst(2026, 3, 19, 3, 12, 50)
    s = sender_credly(t, J_USER)
    text = f"""伊藤 直樹 さん

AWS Training & Certification から、以下の 2 件のバッジがあなたのアカウントに移行されました。

　・AWS Certified SysOps Administrator – Associate
　・AWS Certified Security – Specialty

これらのバッジは、以前は別のメールアドレスに発行されていました。
バッジを受け取ると、プロフィールに表示され、共有できるようになります。

▼ バッジを確認して受け取る
https://www.credly.com/earner/earned?locale=ja&utm_source=transfer_email

Credly, Inc.
"""
    html = html_wrap(p_lines(text).replace("https://www.credly.com/earner/earned?locale=ja&amp;utm_source=transfer_email",
                                           '<a href="https://www.credly.com/earner/earned?locale=ja&amp;utm_source=transfer_email">バッジを受け取る</a>'), "ja", "Credly")
    body = multipart("alternative", [leaf(text, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")])
    msg = build("o365", J_USER, s, t, GOOD,
                own(addr("Credly", "admin@credly.com"), J_USER, ew("バッジがあなたのアカウントに移行されました"), t,
                    f"<{hexr(13)}_{R.randint(10, 99)}{hexr(8)}@credly-mailer-{R.randint(1, 9)}.mail>"),
                body)
    return rec("o365-alt-qp", "credly_badge_issued", "ja", None, [], True, msg, text)


# ================================================================ Thread K: 松本 恵, nifty forwarded to Gmail, iPhone
K_USER = "megumi-m@nifty.com"
K_GMAIL = "megumi.matsumoto.0303@gmail.com"
K_OPEN = jst(2025, 11, 4, 21, 58, 30)
K_CASE = case15(K_OPEN, 174)
K_A, K_B = "AWS26604418", "AWS44102285"


def trace_nifty_to_gmail(s, t):
    fwd = dict(s)
    fwd.update(ip="106.153.227.18", helo="mta-snd-e08.mail.nifty.com")
    v = dict(spf="softfail", dkim="pass", dmarc="pass")
    g = trace_gmail(K_GMAIL, fwd, t, v)
    tn = t + dt.timedelta(seconds=1)
    g += [("Received", f"from mx.nifty.com ([10.40.12.66])\n\tby mta-snd-e08.mail.nifty.com with ESMTP\n\tid <{R.randint(10**19, 10**20)}.{alnum(8)}@mta-snd-e08.mail.nifty.com>\n\tfor <{K_GMAIL}>; {rfcdate(tn, JST)}"),
          ("Authentication-Results", ar_jp("mx.nifty.com", s, GOOD)),
          ("Received", f"from {s['helo']} ({s['helo']} [{s['ip']}])\n\tby mx.nifty.com with ESMTPS\n\tfor <{K_USER}>; {rfcdate(tn, JST)}")]
    return g


@mail
def k2():
    t = jst(2025, 11, 5, 16, 12, 3)
    s = sender_aws(t, FORM)
    new = f"""松本 恵 様

AWS トレーニングと認定 カスタマーサポートの上田と申します。
お問い合わせおよび補足のご連絡をいただき、ありがとうございます。

ご提示いただいた 2 つのアカウント（{K_A}、{K_B}）を確認いたしました。
統合のお手続きにあたり、以下の 2 点をお知らせいただけますでしょうか。

　1. 今後も使い続けるアカウントはどちらか
　2. それぞれのアカウントにご登録のメールアドレス

いただいた情報をもとに、統合内容をあらためてご案内いたします。

上田
Amazon Web Services
"""
    iphone = f"""お世話になります。松本です。
フォームで送り忘れたので補足します。
もう一つのアカウントは AWS 4410 2285 だと思います（昔のメールを探したら出てきました）。
よろしくお願いします。

iPhoneから送信

2025/11/04 21:59、Amazon Web Services <{FORM}>のメール:

> 松本 恵 様
>
> AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
> ケース {K_CASE} としてお問い合わせを承りました。
> ご入力いただいた受験者 ID：{K_A}
>
> 担当者より 24 時間以内を目安にご連絡いたします。
"""
    body = new + "\n----- 元のメッセージ -----\n" + f"送信者: 松本 恵 <{K_USER}>\n日時: 2025年11月4日 22:10\n件名: Re: [CASE {K_CASE}] お問い合わせを受け付けました\n\n" + iphone
    tr = trace_nifty_to_gmail(s, t)
    dk = [("DKIM-Signature", dkim_sig(d, sel, t)) for d, sel in s["dkim"]]
    msg = assemble(tr + dk, own(aws_from(FORM), K_USER, form_subj(K_CASE), t, ses_msgid(t)) + aws_extra(t, s["ip"]),
                   leaf(body, cte="base64"))
    return rec("nifty-gmail-fwd", "support_reply", "ja", K_CASE, [K_A, K_B], True, msg, new)


@mail
def k3():
    t = jst(2025, 11, 13, 0, 5, 44)
    s = sender_aws(t, FORM)
    new = f"""松本 恵 様

AWS トレーニングと認定 カスタマーサポートでございます。

11 月 5 日にご案内した件につきまして、7 日間ご返信が確認できなかったため、本ケース（{K_CASE}）は自動的にクローズされました。
引き続きサポートが必要な場合は、クローズから 14 日以内であれば本メールにご返信いただくことでケースを再開できます。

今回のサポートについて、よろしければアンケートにご協力ください。
https://survey.training.aws/s/{alnum(10)}?case={K_CASE}&lang=ja

Amazon Web Services
"""
    tr = trace_nifty_to_gmail(s, t)
    dk = [("DKIM-Signature", dkim_sig(d, sel, t)) for d, sel in s["dkim"]]
    msg = assemble(tr + dk, own(aws_from(FORM), K_USER, form_subj(K_CASE), t, ses_msgid(t)) + aws_extra(t, s["ip"]),
                   leaf(new, cte="quoted-printable"))
    return rec("nifty-gmail-qp", "survey", "ja", K_CASE, [], True, msg, new)


# ================================================================ Thread L: 中村 翔, docomo mail
L_USER = "sho.nakamura-0815@docomo.ne.jp"
L_OPEN = jst(2026, 4, 13, 9, 2, 44)
L_CASE = case15(L_OPEN, 588)
L_KEEP, L_OLD = "AWS19283746", "AWS15500872"


@mail
def l2():
    t = jst(2026, 4, 15, 10, 22, 18)
    s = sender_aws(t, FORM)
    new = f"""中村 翔 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
ご確認のご返信、ありがとうございました。

ご承認いただいた内容で、現在、統合の手続きを進めております。
統合が完了しましたら、あらためて本ケースにてご連絡いたします。完了のご連絡以降は、{L_KEEP} でサインインしてください。
それまでの間は、{L_OLD} の認定情報も引き続き表示される場合がございますが、問題ございません。

完了後、Credly のバッジが新しいアカウントに表示されるまで数日かかることがございます。

森
Amazon Web Services
"""
    msg = build("docomo", L_USER, s, t, GOOD,
                own(aws_from(FORM), L_USER, form_subj(L_CASE, ja=True), t, ses_msgid(t)),
                leaf(new, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("docomo-b64", "support_reply", "ja", L_CASE, [L_KEEP, L_OLD], True, msg, new)


# ================================================================ Phishing
@mail
def p1():
    # look-alike domain with its own (passing) DMARC; machine-translated; labelled Shift_JIS but written in CP932
    t = jst(2025, 6, 10, 3, 17, 9)
    rcpt = "t.hayashi.aws@gmail.com"
    s = sender_generic("aws-certification-center.jp", "bounce-7731@mail.aws-certification-center.jp",
                       "45.134.26.118", "mail.aws-certification-center.jp", dkim_sel="default", p="NONE")
    fake_case = "174500213300417"
    new = f"""尊敬するお客様、

AWS トレーニングと認定 アカウントサービス部門からのお知らせです。

私たちのシステムは、あなたの名前で 2 つの認定アカウントが存在することを検出しました。
規約に従って、以下のアカウントは 1 つに統合される必要があります：

　① 維持されるアカウント：AWS38004517
　② 統合されるアカウント：AWS38004599

この操作は元に戻すことができません。統合を確認するために、下のリンクをクリックして、あなたの AWS 認定アカウントにサインインしてください。

　▼ 統合を確認する
　http://aws-certification-center.jp/merge/confirm?case={fake_case}&token={hexr(24)}

48 時間以内に確認されない場合、両方のアカウントは一時的に停止され、認定資格は無効になります。

ケース番号：{fake_case}

敬具
AWS トレーニングと認定 サポートチーム
"""
    subj = ew("【要確認】認定アカウントの統合を確認してください", "Shift_JIS", prefix=f"[CASE {fake_case}] ")
    ownh = own(addr("AWS トレーニングと認定", "support@aws-certification-center.jp", "Shift_JIS"), rcpt, subj, t,
               f"<{alnum(20)}@aws-certification-center.jp>", tz=JST, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    msg = build("gmail", rcpt, s, t, dict(spf="pass", dkim="pass", dmarc="pass"), ownh,
                leaf(new, charset="shift_jis", label="Shift_JIS", cte="8bit", codec="cp932"))
    return rec("gmail-sjis-8bit", "merge_confirmation_requested", "ja", fake_case, ["AWS38004517", "AWS38004599"], False, msg, new)


@mail
def p2():
    # spoofed amazon.com From; receiving ISP says dmarc=fail; a forged "pass" AR sits lower down; UTF-8 labelled us-ascii
    t = jst(2026, 4, 20, 22, 41, 30)
    rcpt = "t-ogawa@sea.plala.or.jp"
    s = dict(domain="amazon.com", mailfrom="info@cert-notify.info", mfdomain="cert-notify.info",
             ip="185.231.154.77", helo="vps-4417.cert-notify.info", dkim=[], p="QUARANTINE", ses=False)
    v = dict(spf="fail", dkim="none", dmarc="fail", hfrom="amazon.com")
    tr = trace_jp(rcpt, s, t, v, "mgw-in07.ocn.ad.jp", authserv="ocn.ad.jp", inner="mbx12.ocn.ad.jp")
    tf = t - dt.timedelta(minutes=3)
    tr += [("Authentication-Results", f"mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b={alnum(8)};\n       spf=pass (google.com: domain of no-reply-aws@amazon.com designates 54.240.8.32 as permitted sender) smtp.mailfrom=no-reply-aws@amazon.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"),
           ("Received", f"from a8-32.smtp-out.amazonses.com (a8-32.smtp-out.amazonses.com. [54.240.8.32])\n        by mx.google.com with ESMTPS id {hexr(12)}.88.2026.04.20.06.38.11;\n        {rfcdate(tf, PT, True)}")]
    case_old = "11852049637"
    new = f"""小川 様

AWS サポートです。ケース {case_old} に関してご連絡いたします。

お客様の認定アカウント AWS 52019934 と AWS 52019971 の統合準備が整いました。
統合先は AWS 52019934 となり、AWS 52019971 の資格情報はすべて移行されます。統合後は元に戻せません。

内容に同意される場合は、本日中に下記フォームより本人確認（サインインとカード情報の確認）を行い、統合の承認をお願いします。
https://aws-support-confirm.cert-notify.info/case/{case_old}/approve

承認がない場合、統合手続きは無効となり、認定資格が失効する場合があります。

Amazon Web Services
"""
    ownh = own(addr("Amazon Web Services", "no-reply-aws@amazon.com"), rcpt,
               f"RE:[CASE {case_old}] =?UTF-8?B?{base64.b64encode('認定アカウント統合の承認'.encode()).decode()}?=", t,
               f"<{R.randint(10**11, 10**12)}.{hexr(10)}@vps-4417.cert-notify.info>", tz=JST)
    msg = assemble(tr, ownh, leaf(new, charset="us-ascii", cte="8bit", codec="utf-8"))
    return rec("ocn-8bit-mislabel", "merge_confirmation_requested", "ja", case_old, ["AWS52019934", "AWS52019971"], False, msg, new)


@mail
def p3():
    t = jst(2025, 8, 4, 12, 30, 0)
    rcpt = "k-fujii@ryokuen-kensetsu.co.jp"
    s = sender_generic("aws-cert-notice.com", "mailer@aws-cert-notice.com", "91.92.241.12", "smtp.aws-cert-notice.com", dkim=False)
    inner = f"""<div style="background:#232f3e;padding:14px;"><span style="color:#ff9900;font-size:20px;font-weight:bold;">aws</span> <span style="color:#fff;">トレーニングと認定</span></div>
<p>お客様</p>
<p>ご依頼いただいた認定アカウント（AWS47720961）の統合手続きが完了しました。</p>
<p>統合に伴い、<b>50% 割引受験バウチャー</b>が新しいアカウントに付与されています。<br>
バウチャーは <span style="color:#d13212;">24 時間以内</span>に有効化しないと失効します。</p>
<p style="text-align:center;"><a href="https://aws-cert-notice.com/voucher/activate?u={hexr(16)}" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold;">サインインしてバウチャーを有効化</a></p>
<p style="font-size:11px;color:#888;">Amazon Web Services トレーニングと認定事務局</p>"""
    html = html_wrap(inner, "ja", "AWS")
    ownh = own(addr("AWS 認定事務局", "notice@aws-cert-notice.com"), rcpt,
               ew("【AWS】アカウント統合完了のお知らせ（バウチャー付与）"), t, f"<{alnum(24)}@aws-cert-notice.com>", tz=JST)
    msg = build("o365", rcpt, s, t, dict(spf="pass", dkim="none", dmarc="none"), ownh,
                leaf(html, "html", cte="base64"), sign=False)
    new = "ご依頼いただいた認定アカウント（AWS47720961）の統合手続きが完了しました。"
    return rec("o365-html-b64", "merge_completed", "ja", None, ["AWS47720961"], False, msg, new)


@mail
def p4():
    t = jst(2026, 1, 27, 19, 2, 41)
    rcpt = "yuto.kimura.infra@gmail.com"
    s = sender_generic("credly-notify.net", "noreply@credly-notify.net", "193.29.13.201", "mx1.credly-notify.net",
                       dkim_sel="k1", p="NONE")
    new = f"""こんにちは、

Credly からのお知らせ。あなたのアカウントの統合に伴い、あなたのデジタルバッジが新しいアカウントに発行されました：

　AWS Certified Solutions Architect - Associate

バッジを受け入れるために、24 時間以内にあなたの Credly アカウントにログインしてください。受け入れられないバッジは削除されます。

　バッジを受け入れる: https://credly-notify.net/badges/accept?id={hexr(32)}

Credly チーム
"""
    ownh = own(addr("Credly バッジ", "badges@credly-notify.net"), rcpt, ew("あなたのバッジが発行されました - 今すぐ受け入れる"), t,
               f"<{hexr(16)}@credly-notify.net>", tz=UTC)
    msg = build("gmail", rcpt, s, t, dict(spf="pass", dkim="pass", dmarc="pass"), ownh, leaf(new, cte="base64"))
    return rec("gmail-b64-notice", "credly_badge_issued", "ja", None, [], False, msg, new)


@mail
def p5():
    t = jst(2025, 11, 18, 6, 5, 17)
    rcpt = D_USER
    s = sender_generic("aws-amazon-billing.com", "info@aws-amazon-billing.com", "103.151.44.9", "mail.aws-amazon-billing.com", dkim=False)
    new = """Amazon Web Services をご利用のお客様

お客様のアカウントに登録されているお支払い方法で、今月のご請求を処理できませんでした。
サービスの停止を避けるため、72 時間以内にお支払い情報を更新してください。

　■ 未払い金額：＄48.20
　■ 対象アカウント：お客様のAWSアカウント

▼ お支払い情報を更新する
https://aws-amazon-billing.com/billing/update?session=8821kx

期限までに更新が確認できない場合、アカウントおよび関連するすべてのリソースが停止されます。

Amazon Web Services 請求チーム
"""
    ownh = own(addr("Amazon Web Services", "info@aws-amazon-billing.com"), rcpt,
               ew("【重要】お支払い情報の確認が必要です", "Shift_JIS"), t, f"<{alnum(18)}@aws-amazon-billing.com>", tz=JST)
    msg = build("yahoojp", rcpt, s, t, dict(spf="pass", dkim="none", dmarc="none"), ownh,
                leaf(new, charset="Shift_JIS", cte="base64", codec="cp932"), sign=False)
    return rec("yahoo-sjis-b64", "unrelated", "ja", None, [], False, msg, new)


# ================================================================ Unrelated
@mail
def u1():
    # another AWS support case of a small company (billing), hosting with opendkim/opendmarc split AR headers
    t = jst(2025, 6, 3, 14, 8, 19)
    rcpt = "info@maruyama-koumuten.jp"
    opened = jst(2025, 6, 2, 10, 11, 12)
    cid = case15(opened, 805)
    new = f"""丸山工務店
ご担当者様

AWS 請求サポートの西村でございます。
お問い合わせいただいた 5 月分のご請求について確認いたしました。

ご指摘のとおり、5 月 3 日に同一のサポートプランの料金が二重に計上されておりました。
重複分（USD 29.00）は、本日付でクレジットとしてお客様のアカウントに適用いたしました。次回のご請求書にて相殺されます。

なお、以前のケース 12048815573 でご相談いただいたリザーブドインスタンスの件とは別件として処理しております。

ご不明な点がございましたら、サポートセンターからご返信ください。

西村
Amazon Web Services
"""
    body = new + console_footer_ja(cid)
    s = sender_aws(t)
    msg = build("xserver", rcpt, s, t, GOOD,
                own(aws_from(NOREPLY), rcpt, ew("請求に関するお問い合わせ（5月分の二重請求について）", prefix=f"RE:[CASE {cid}] "),
                    t, ses_msgid(t)),
                leaf(body, cte="base64"), extra=aws_extra(t, s["ip"]))
    return rec("xserver-b64", "unrelated", "ja", cid, [], True, msg, new)


@mail
def u2():
    # Seller Central case about merging seller accounts; old corporate server with no Authentication-Results
    t = jst(2025, 9, 2, 11, 40, 2)
    rcpt = "ec-team@maruko-shoji.co.jp"
    cid = "6120457733"
    s = sender_generic("amazon.co.jp", f"{R.randint(10**9, 10**10)}@bounces.amazon.co.jp", "52.95.48.63",
                       "smtp-out-fe-48-63.amazon.co.jp", dkim_sel="rjs4ww3ppcjwb2anrb5bi7yg7uxyvqpa", p="QUARANTINE")
    new = f"""丸子商事株式会社
EC 事業部 ご担当者様

Amazon セラーセントラルをご利用いただき、ありがとうございます。
出品者サポートの川口でございます。

ご依頼いただきました出品用アカウントの統合につきまして、確認が完了いたしましたのでご連絡いたします。
旧アカウント（マーチャントトークン A2XK81QZ7RTJ40）の出品情報は、10 営業日以内に現在のアカウントへ移行される予定です。移行作業中は、旧アカウントでの出品情報の編集を控えていただきますようお願いいたします。

移行が完了しましたら、セラーセントラルの「ケースログ」にてお知らせいたします。

今回の対応について、ご評価をお願いいたします。
このメールは送信専用です。ご返信はセラーセントラルのケースログからお願いいたします。

Amazon.co.jp
出品者サポート
"""
    msg = build("onprem-maruko", rcpt, s, t, {},
                own(addr("Amazon セラーセントラル", "seller-notification@amazon.co.jp", J2022), rcpt,
                    ew("出品用アカウントの統合について", J2022, prefix=f"RE:[CASE {cid}] "), t,
                    f"<{R.randint(10**14, 10**15)}.{R.randint(10**5, 10**6)}@amazon.co.jp>", tz=UTC),
                leaf(new, charset=J2022, cte="7bit"))
    return rec("onprem-jis", "unrelated", "ja", cid, [], None, msg, new)


@mail
def u3():
    t = jst(2025, 6, 4, 1, 15, 0)
    s = sender_generic("certmetrics.com", f"bounce-{R.randint(100000, 999999)}@mail.certmetrics.com", "198.2.137.41",
                       "mail137-41.certmetrics.com", dkim_sel="k2", p="REJECT")
    text = f"""AWS Certification wants to hear from you

Hello Kenta,

Thank you for earning your AWS Certification. We'd love to hear about your experience
so we can keep improving the program.

The survey takes about 5 minutes. Your answers are confidential.

Start the survey:
https://www.certmetrics.com/amazon/candidate/survey.aspx?cid={alnum(12)}

Candidate ID: {A_KEEP}

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification.
Please do not reply to this email.
"""
    html = html_wrap(p_lines(text), "en", "AWS Certification")
    body = multipart("alternative", [leaf(text, cte="7bit", charset="us-ascii"), leaf(html, "html", cte="quoted-printable")])
    msg = build("gmail", A_USER, s, t, GOOD,
                own(addr("AWS Certification", "do-not-reply@certmetrics.com"), A_USER, "AWS Certification wants to hear from you",
                    t, f"<{ruuid()}@certmetrics.com>"), body)
    return rec("gmail-en-alt3", "unrelated", "en", None, [A_KEEP], False, msg, text)


@mail
def u4():
    # Pearson VUE appointment confirmation, Shift_JIS, company server without Authentication-Results
    t = jst(2025, 9, 8, 20, 31, 45)
    rcpt = "s-okubo@maruko-shoji.co.jp"
    s = sender_generic("pearson.com", "pvue-noreply@pearson.com", "159.182.1.40", "mx-pvue2.pearson.com",
                       dkim_sel="pvue2023", p="REJECT")
    new = """大久保 聡 様

このたびは AWS 認定試験にお申し込みいただき、ありがとうございます。
以下の内容で試験のご予約が確定いたしました。

　試験名：AWS Certified Solutions Architect - Associate (SAA-C03)
　言語：日本語
　日時：2025年10月4日（土） 10:00
　会場：ピアソン VUE 東京 秋葉原テストセンター
　登録 ID：481-335-907
　AWS 受験者 ID：AWS63390157

当日は、有効な身分証明書を 2 点ご持参のうえ、試験開始 30 分前までに会場へお越しください。
予約の変更・キャンセルは、試験日の 24 時間前までに AWS トレーニングと認定のアカウントから行ってください。

ピアソン VUE
"""
    msg = build("onprem-maruko", rcpt, s, t, {},
                own(addr("Pearson VUE", "pvue-noreply@pearson.com"), rcpt,
                    ew("ピアソン VUE 試験予約確認 - AWS Certified Solutions Architect - Associate", "Shift_JIS"), t,
                    f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.JavaMail.pvue@pvue-mailer-02>", tz=UTC),
                leaf(new, charset="Shift_JIS", cte="base64", codec="cp932"))
    return rec("onprem-sjis-b64", "unrelated", "ja", None, ["AWS63390157"], None, msg, new)


@mail
def u5():
    t = jst(2026, 3, 12, 17, 3, 51)
    s = sender_generic("github.com", "noreply@github.com", "192.30.252.206", "out-23.smtp.github.com",
                       dkim_sel="pf2023", p="REJECT")
    text = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorabito/infra-terraform/pull/482#event-16734120971
You are receiving this because you were mentioned.

Message ID: <sorabito/infra-terraform/pull/482/issue_event/16734120971@github.com>
"""
    html = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/sorabito/infra-terraform/pull/482">#482</a> into main.</p>\n'
            '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
            '<a href="https://github.com/sorabito/infra-terraform/pull/482#event-16734120971">view it on GitHub</a>.<br />'
            'You are receiving this because you were mentioned.</p>\n')
    body = multipart("alternative", [leaf(text, cte="7bit", charset="UTF-8"), leaf(html, "html", cte="7bit", charset="UTF-8")],
                     boundary="--==_mimepart_" + hexr(13) + "_" + str(R.randint(10**5, 10**6)))
    msg = build("o365", J_USER, s, t, GOOD,
                own(addr("Kenji Hara", "notifications@github.com"), "sorabito/infra-terraform <infra-terraform@noreply.github.com>",
                    "Re: [sorabito/infra-terraform] Merge account-migration into main (PR #482)", t,
                    "<sorabito/infra-terraform/pull/482/issue_event/16734120971@github.com>",
                    irt="<sorabito/infra-terraform/pull/482@github.com>", refs="<sorabito/infra-terraform/pull/482@github.com>",
                    extra=[("Reply-To", "sorabito/infra-terraform <reply+AAB3XK5" + alnum(40).upper() + "@reply.github.com>"),
                           ("List-ID", "sorabito/infra-terraform <infra-terraform.sorabito.github.com>"),
                           ("X-GitHub-Reason", "mention")]), body)
    return rec("o365-en-7bit", "unrelated", "en", None, [], False, msg, text)


@mail
def u6():
    t = jst(2026, 4, 2, 10, 0, 8)
    s = sender_credly(t, A_USER)
    text = """佐藤 健太 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限が 60 日後に切れます。

有効期限：2026年6月1日

期限が切れる前に、発行元（AWS Training & Certification）の再認定要件をご確認ください。
再認定の方法については、AWS トレーニングと認定のウェブサイトをご覧ください。

▼ バッジを表示する
https://www.credly.com/earner/earned?locale=ja

Credly, Inc.
"""
    html = html_wrap(p_lines(text), "ja", "Credly")
    body = multipart("alternative", [leaf(text, cte="base64"), leaf(html, "html", cte="base64")])
    msg = build("gmail", A_USER, s, t, GOOD,
                own(addr("Credly", "admin@credly.com"), A_USER, ew("バッジの有効期限が近づいています: AWS Certified Cloud Practitioner"), t,
                    f"<{hexr(13)}_{R.randint(10, 99)}{hexr(8)}@credly-mailer-{R.randint(1, 9)}.mail>"), body)
    return rec("gmail-alt-b64", "unrelated", "ja", None, [], True, msg, text)


@mail
def u7():
    t = jst(2025, 9, 22, 23, 51, 7)
    s = sender_credly(t, C_USER)
    code = f"{R.randint(100000, 999999)}"
    text = f"""Hi Daniel,

We received a request to merge another Credly account into the account associated with
this email address.

Your verification code is: {code}

Enter this code on the merge screen, or click the button below to complete the account merge.
The code expires in 30 minutes.

Complete Account Merge:
https://www.credly.com/users/account_merge/confirm?token={hexr(40)}

If you didn't request this, you can safely ignore this email. No changes will be made.

Credly, Inc.
"""
    html = html_wrap(p_lines(text).replace(f"{code}", f"<b style='font-size:22px;letter-spacing:3px;'>{code}</b>"), "en", "Credly")
    body = multipart("alternative", [leaf(text, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")])
    msg = build("gmail", C_USER, s, t, GOOD,
                own(addr("Credly", "admin@credly.com"), C_USER, "Confirm your Credly account merge", t,
                    f"<{hexr(13)}_{R.randint(10, 99)}{hexr(8)}@credly-mailer-{R.randint(1, 9)}.mail>"), body)
    return rec("gmail-en-alt4", "unrelated", "en", None, [], True, msg, text)


@mail
def u8():
    t = jst(2025, 11, 20, 7, 0, 0)
    s = sender_generic("cloud-shikaku-navi.jp", "mag@mail.cloud-shikaku-navi.jp", "153.127.64.22", "mail.cloud-shikaku-navi.jp",
                       dkim_sel="mag", p="NONE")
    new = """━━━━━━━━━━━━━━━━━━━━━━━━━━
　クラウド資格ナビ　メールマガジン　第142号
　2025年11月20日発行
━━━━━━━━━━━━━━━━━━━━━━━━━━

松本 恵 様

いつもクラウド資格ナビをご利用いただき、ありがとうございます。

■今週の特集：AWS 認定アカウントが 2 つある？統合の手順まとめ

転職や部署異動をきっかけに、AWS 認定のアカウント（受験者 ID）が複数できてしまった、という相談を多くいただきます。
AWS トレーニングと認定のお問い合わせフォームから「アカウントの統合」を依頼すると、
サポートから統合内容の確認メールが届き、返信すると数日で統合が完了します。

　1. お問い合わせフォームで各アカウントの受験者 ID を伝える
　2. サポートからの確認メールに返信する（統合は取り消し不可）
　3. 完了メールを受け取ったら、認定資格と Credly バッジを確認する

詳しくはこちら → https://cloud-shikaku-navi.jp/articles/aws-account-merge

■受講生の合格体験記
　SAA に 3 週間で合格した勉強法（Web エンジニア・30 代）

──────────────────────────
配信停止：https://cloud-shikaku-navi.jp/mail/stop
発行：クラウド資格ナビ編集部
──────────────────────────
"""
    msg = build("nifty", K_USER, s, t, dict(spf="pass", dkim="pass", dmarc="pass"),
                own(addr("クラウド資格ナビ", "mag@cloud-shikaku-navi.jp", "Shift_JIS"), K_USER,
                    ew("【第142号】AWS認定アカウントが2つある？統合の手順まとめ", "Shift_JIS"), t,
                    f"<{R.randint(10**11, 10**12)}.{alnum(8)}@mail.cloud-shikaku-navi.jp>", tz=JST,
                    extra=[("List-Unsubscribe", "<https://cloud-shikaku-navi.jp/mail/stop>")]),
                leaf(new, charset="Shift_JIS", cte="8bit", codec="cp932"))
    return rec("nifty-sjis-8bit", "unrelated", "ja", None, [], False, msg, new)


@mail
def u9():
    # colleague, casual, Android Gmail, full-width id; quoted part holds Kenta's own ids
    t = jst(2025, 6, 3, 12, 48, 33)
    frm = "ryo.ishida.works@gmail.com"
    s = sender_generic("gmail.com", frm, "209.85.220.41", "mail-sor-f41.google.com", dkim_sel="20230601", p="NONE")
    new = """健太さん

アカウント統合の件、詳しくありがとう！
俺も前の会社のやつと今のやつで2つあるっぽい。
ＡＷＳ１３５７９０２４ と aws-24680135 なんだけど、どっちを残すのがいいかな？
古い方にSAPの合格記録があるから、消えたら困るんだよね😅

今度ランチのときにでも教えて〜

石田
"""
    quoted = f"""2025年6月2日(月) 21:14 佐藤健太 <{A_USER}>:

> 石田さん
>
> 例の件、無事に終わったよ。
> 自分の場合は {A_OLD} を {A_KEEP} にまとめてもらった。
> フォームから申請して、確認メールに返信したら2日くらいで完了した。
> 取り消しできないから、残す方は慎重に選んだ方がいいよ。
>
> 健太
"""
    text = new + "\n" + quoted
    html = ('<div dir="auto">' + "<br>".join(new.strip().split("\n")) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'2025年6月2日(月) 21:14 佐藤健太 &lt;<a href="mailto:{A_USER}">{A_USER}</a>&gt;:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
            + "<br>".join(l[2:] if l.startswith("> ") else "" for l in quoted.split("\n")[2:]) + "</blockquote></div>\n")
    body = multipart("alternative", [leaf(text, cte="base64"), leaf(html, "html", cte="base64")],
                     boundary="000000000000" + hexr(16))
    parent = f"<CAK{alnum(40)}@mail.gmail.com>"
    msg = build("gmail", A_USER, s, t, dict(spf="pass", dkim="pass", dmarc="pass"),
                own(addr("石田 亮", frm), A_USER, ew("Re: AWS認定のアカウント統合"), t,
                    f"<CAH{alnum(8)}+{alnum(30)}@mail.gmail.com>", tz=JST,
                    irt=parent, refs=parent), body)
    return rec("gmail-android-alt", "unrelated", "ja", None, ["AWS13579024", "AWS24680135"], False, msg, new)


# ================================================================ main
def main():
    recs = [fn() for fn in MAILS]
    order = list(range(len(recs)))
    random.Random(85).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        r = recs[i]
        name = f"{n:03d}-{r['slug']}.eml"
        buf = open(os.path.join(OUT, name), "wb")
        BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(max_line_length=0)).flatten(r["msg"])
        buf.close()
        labels[name] = {"kind": r["kind"], "case_id": r["case_id"], "account_ids": r["ids"],
                        "sender_verified": r["verified"], "language": r["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
    # new-text of every mail, for the checker (kept out of labels.json)
    with open("/tmp/set85_newtext.json", "w", encoding="utf-8") as f:
        json.dump({f"{n:03d}-{recs[i]['slug']}.eml": recs[i]["new"] for n, i in enumerate(order, 1)}, f, ensure_ascii=False)
    print(len(labels), "mails written")


if __name__ == "__main__":
    main()
