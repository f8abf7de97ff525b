# Helper library for make_set.py (set-80). Builds transport headers by hand and MIME bodies
# with the email package.
import base64, quopri, random, uuid, hashlib, datetime as dt
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email import policy as _policy
from email.utils import format_datetime
import io

R = random.Random(8080)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))


def T(s, tz=UTC):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def case15(open_time, suffix):
    return "%d%05d" % (int(open_time.timestamp()), suffix)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))


def ralnum(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(a) for _ in range(n))


def fdate(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def ses_msgid(d, region="us-east-1"):
    ms = int(d.timestamp() * 1000)
    host = "email.amazonses.com" if region == "us-east-1" else "%s.amazonses.com" % region
    return "<0100%012x-%s-000000@%s>" % (ms, str(uuid.UUID(int=R.getrandbits(128))), host)


def ses_mailfrom(d):
    ms = int(d.timestamp() * 1000)
    return "0100%012x-%s-000000@amazonses.com" % (ms, str(uuid.UUID(int=R.getrandbits(128))))


# ---------------------------------------------------------------- header encoding
def ew(text, charset="UTF-8", codec="utf-8", mode="B", chunk=12):
    """Encode text as one or more encoded-words, folded over lines."""
    words = []
    for i in range(0, len(text), chunk):
        part = text[i:i + chunk]
        raw = part.encode(codec)
        if mode == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = "".join(
                chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b)
                for b in raw)
            words.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(words)


def addr(name, email, charset="UTF-8", codec="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, codec, chunk=20), email)


# ---------------------------------------------------------------- bodies
def textpart(text, subtype="plain", label="utf-8", codec="utf-8", cte="quoted-printable"):
    p = MIMENonMultipart("text", subtype, charset=label)
    if cte == "base64":
        p.set_payload(base64.encodebytes(text.encode(codec)).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(text.encode(codec)).decode("ascii"))
    elif cte == "7bit":
        p.set_payload(text.encode(codec).decode("ascii"))
    elif cte == "8bit":
        p.set_payload(text.encode(codec).decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
    for p in parts:
        del p["MIME-Version"]
        m.attach(p)
    return m


def html_from_text(text, title=""):
    import html as H
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(H.escape(l) for l in p.split("\n")) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n"
            % (H.escape(title), "\n".join(out)))


def serialize_body(part):
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=_policy.compat32)
    g.flatten(part, unixfrom=False)
    return buf.getvalue()


def build(headers, body):
    """headers: list of (name, value) top to bottom, values may contain '\n ' folds."""
    lines = []
    for n, v in headers:
        lines.append("%s: %s" % (n, v))
    head = "\n".join(lines).encode("ascii") + b"\n"
    b = serialize_body(body)
    # body begins with its own MIME headers
    if b"MIME-Version:" not in b.split(b"\n\n", 1)[0]:
        b = b"MIME-Version: 1.0\n" + b
    return head + b


# ---------------------------------------------------------------- transport
SES_IPS = ["54.240.8.%d" % i for i in (17, 31, 52, 79, 94)] + ["54.240.9.%d" % i for i in (12, 40, 106)] + ["54.240.48.%d" % i for i in (90, 119)]


def dkim(d, s, t, hdrs="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID", klen=342):
    b = rb64(klen)
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s"
            % (s, d, int(t.timestamp()), hdrs, rb64(43), "\n\t".join(b[i:i + 70] for i in range(0, len(b), 70))))


AMZ_SEL = "rjt5l2rj2yvtkl3vqxwvyi7cxoypxbjw"
SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"


def ses_dkims(t, dom="amazon.com", sel=AMZ_SEL):
    return [("DKIM-Signature", dkim(dom, sel, t)),
            ("DKIM-Signature", dkim("amazonses.com", SES_SEL, t, hdrs="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID", klen=170))]


def gmail(to, t, relay, ip, mailfrom, verdict):
    """verdict: dict with keys dkim (list of (result, domain, sel)), spf, dmarc, dmarc_detail, hfrom"""
    t1 = t + dt.timedelta(seconds=R.randint(1, 3))
    gid = "%s%s.%d" % (ralnum(2).lower(), rhex(10), R.randint(100, 999))
    lines = []
    for res, d, s in verdict["dkim"]:
        lines.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, s, rb64(8)))
    if verdict["spf"] == "pass":
        lines.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    elif verdict["spf"] == "softfail":
        lines.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        lines.append("spf=%s (google.com: %s) smtp.mailfrom=%s" % (verdict["spf"], ip, mailfrom))
    lines.append("dmarc=%s (%s) header.from=%s" % (verdict["dmarc"], verdict.get("dmarc_detail", "p=QUARANTINE sp=QUARANTINE dis=NONE"), verdict["hfrom"]))
    ar = "mx.google.com;\n       " + ";\n       ".join(lines)
    spfres = verdict["spf"]
    h = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (rhex(4), rhex(3), rhex(3), rhex(4), ralnum(3).lower() + "csp" + str(R.randint(1000000, 9999999)), fdate(t1, dt.timezone(dt.timedelta(hours=-7)) if R.random() < .5 else dt.timezone(dt.timedelta(hours=-8))))),
        ("X-Google-Smtp-Source", "AGHT+I" + rb64(70)),
        ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s" % (rhex(4), rhex(3), rhex(3), rhex(4), ralnum(20).lower(), R.randint(10, 99), R.randint(10**12, 10**13), fdate(t1, dt.timezone(dt.timedelta(hours=-7))))),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(t1.timestamp()), "\n         ".join(rb64(70) for _ in range(5)))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s;\n        dara=google.com" % (rb64(43), rb64(43), "\n         ".join(rb64(70) for _ in range(5)))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128);\n        %s" % (relay, relay, ip, gid, to, fdate(t1, dt.timezone(dt.timedelta(hours=-7))))),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spfres, mailfrom, "designates" if spfres == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", ar),
    ]
    return h


def o365(to, t, relay, ip, mailfrom_dom, verdict, tenant="namprd04", compauth="pass reason=100", consumer=False):
    """verdict keys: spf, dkim ('pass'|'none'|'fail'), dkim_d, dmarc, action, hfrom"""
    t1 = t + dt.timedelta(seconds=R.randint(1, 4))
    mbx = ("%s%sMB%04d" % (R.choice(["SA1PR", "DM6PR", "BN9PR", "CH3PR"]), R.randint(10, 19), R.randint(1000, 9999))) if not consumer else ("AM%dP%dMB%04d" % (R.randint(7, 9), R.randint(180, 199), R.randint(1000, 9999)))
    dom = "%s.prod.outlook.com" % (tenant if not consumer else "EURP%d" % R.randint(180, 199))
    fe = "%s%02dCA%04d.%s" % (R.choice(["BN9P", "MW4P", "BY5P"]), R.randint(1, 99), R.randint(1, 9999), dom)
    eop = "%sPEPF%08X.%s" % (R.choice(["BN2", "SN1", "CH1", "DS3"]), R.getrandbits(32), dom)
    build_id = "15.20.%d.%d" % (R.randint(8600, 9300), R.randint(10, 40))
    if verdict["dkim"] == "pass":
        dk = "dkim=pass (signature was verified)\n header.d=%s" % verdict["dkim_d"]
    elif verdict["dkim"] == "none":
        dk = "dkim=none (message not signed)\n header.d=none"
    else:
        dk = "dkim=fail (body hash did not verify)\n header.d=%s" % verdict["dkim_d"]
    if verdict["spf"] == "pass":
        sp = "spf=pass (sender IP is %s)\n smtp.mailfrom=%s" % (ip, mailfrom_dom)
        rspf = "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mailfrom_dom, ip, ip, relay)
    elif verdict["spf"] == "none":
        sp = "spf=none (sender IP is %s)\n smtp.mailfrom=%s" % (ip, mailfrom_dom)
        rspf = "None (protection.outlook.com: %s does not designate\n permitted sender hosts)" % mailfrom_dom
    else:
        sp = "spf=fail (sender IP is %s)\n smtp.mailfrom=%s" % (ip, mailfrom_dom)
        rspf = "Fail (protection.outlook.com: domain of %s does not\n designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;" % (mailfrom_dom, ip, ip, relay)
    ar = "%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s" % (sp, dk, verdict["dmarc"], verdict.get("action", "none"), verdict["hfrom"], compauth)
    h = [
        ("Received", "from %s (::1) by %s with HTTPS; %s" % (mbx.upper() + "." + dom.upper(), mbx.upper() + "." + dom.upper(), fdate(t1 + dt.timedelta(seconds=1)))),
        ("Received", "from %s (2603:10b6:%s::%d) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
            fe, rhex(3), R.randint(10, 40), mbx + "." + dom, rhex(3), rhex(2), build_id, fdate(t1))),
        ("Received", "from %s\n (2603:10b6:%s:cafe::%s) by %s (2603:10b6:%s::%s) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend\n Transport; %s" % (
            eop, rhex(3), rhex(2), fe, rhex(3), rhex(2), build_id, fdate(t1))),
        ("Authentication-Results", ar),
        ("Received-SPF", rspf),
        ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s" % (
            relay, ip, eop, R.randint(1, 250), R.randint(1, 250), build_id, fdate(t1))),
    ]
    return h


def nifty(to, t, relay, ip, mailfrom, verdict):
    t1 = t + dt.timedelta(seconds=R.randint(1, 4))
    ar = "nifty.com; spf=%s smtp.mailfrom=%s; dkim=%s header.i=@%s; dmarc=%s header.from=%s" % (
        verdict["spf"], mailfrom.split("@")[-1], verdict["dkim"], verdict["dkim_d"], verdict["dmarc"], verdict["hfrom"])
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", to),
        ("Received", "from mta-snd%02d.mail.nifty.com (mta-snd%02d.mail.nifty.com [10.124.8.%d])\n\tby mbox%02d.mail.nifty.com with ESMTP id <%s@mbox.nifty.com>\n\tfor <%s>; %s" % (
            R.randint(1, 9), R.randint(1, 9), R.randint(10, 99), R.randint(1, 30), ralnum(22), to, fdate(t1, JST))),
        ("Authentication-Results", ar),
        ("Received", "from %s ([%s])\n\tby mx.nifty.com with ESMTP\n\tid <%s@mx.nifty.com>; %s" % (relay, ip, ralnum(24), fdate(t1, JST))),
    ]


def opendmarc(host, to, t, relay, ip, mailfrom, verdict):
    t1 = t + dt.timedelta(seconds=R.randint(1, 4))
    qid = rhex(11).upper()
    h = [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (localhost [127.0.0.1])\n\tby mbox01.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (host, host.split(".", 1)[1], rhex(10).upper(), to, fdate(t1 + dt.timedelta(seconds=2), JST))),
        ("Authentication-Results", "%s; dmarc=%s (p=%s dis=none) header.from=%s" % (host, verdict["dmarc"], verdict.get("p", "quarantine"), verdict["hfrom"])),
    ]
    dk = []
    for res, d in verdict["dkim"]:
        dk.append("dkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=\"%s\"" % (res, d, d, rb64(8)))
    if dk:
        h.append(("Authentication-Results", "%s;\n\t%s" % (host, ";\n\t".join(dk))))
    h.append(("Authentication-Results", "%s; spf=%s smtp.mailfrom=%s" % (host, verdict["spf"], mailfrom.split("@")[-1])))
    h.append(("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
        relay, relay, ip, host, qid, to, fdate(t1, JST))))
    return h


def selfhost_noar(to, t, relay, ip, mailfrom):
    t1 = t + dt.timedelta(seconds=R.randint(1, 4))
    return [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", to),
        ("Received", "from mail.mehta.dev\n\tby mail.mehta.dev with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (ralnum(22), mailfrom, to, fdate(t1 + dt.timedelta(seconds=1), dt.timezone(dt.timedelta(hours=5, minutes=30))))),
        ("Received-SPF", "Pass (mailfrom) identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN>" % (ip, relay, mailfrom)),
        ("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mail.mehta.dev (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            relay, relay, ip, rhex(10).upper(), to, fdate(t1, dt.timezone(dt.timedelta(hours=5, minutes=30))))),
    ]


def ses_relay():
    ip = R.choice(SES_IPS)
    a, b, c, d = ip.split(".")
    return "a%s-%s.smtp-out.amazonses.com" % (c, d), ip


def ses_extra(t):
    ip = R.choice(SES_IPS)
    return [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(43)),
            ("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip))]


# quote header helpers
JWD = "月火水木金土日"


def jquote_hdr(d, name, email):
    d = d.astimezone(JST)
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, JWD[d.weekday()], d.hour, d.minute, name, email)


def gquote_hdr(d, name, email, tz=UTC):
    d = d.astimezone(tz)
    h = d.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute, "AM" if d.hour < 12 else "PM", name, email)


def qmark(text, lvl=1):
    out = []
    for l in text.split("\n"):
        out.append((">" * lvl + " " + l).rstrip() if l else ">" * lvl)
    return "\n".join(out)


def qmark_nested(text):
    """Add one more level of '> ' to text that may already be quoted."""
    out = []
    for l in text.split("\n"):
        if l.startswith(">"):
            out.append(">" + l)
        elif l:
            out.append("> " + l)
        else:
            out.append(">")
    return "\n".join(out)

# ====================================================================== set-80 mails
import os, json
OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
FILES = {}

USERS = {
    "daniel": dict(name="Daniel Okafor", email="d.okafor.dev@gmail.com", prov="gmail"),
    "priya": dict(name="Priya Raman", email="priya.raman@contoso-analytics.com", prov="o365", tenant="namprd04"),
    "marta": dict(name="Marta Kowalczyk", email="marta.k@outlook.com", prov="o365c"),
    "arjun": dict(name="Arjun Mehta", email="arjun@mehta.dev", prov="noar"),
    "tanaka": dict(name="田中 美咲", email="misaki.tanaka.0412@gmail.com", prov="gmail"),
    "sasaki": dict(name="佐々木 健", email="k.sasaki@nifty.com", prov="nifty"),
    "yamamoto": dict(name="山本 拓海", email="takumi.yamamoto@sakura-sier.co.jp", prov="o365", tenant="apcprd06"),
    "nakamura": dict(name="中村 浩二", email="koji.nakamura@nakamura-seiki.co.jp", prov="odmarc", host="mx1.nakamura-seiki.co.jp"),
}


def verdict(prov, hfrom, dkim_d=None, sel="s1", ok=True, spf="pass", dkim_res=None, dmarc=None, extra_dkim=None, detail=None):
    dkim_d = dkim_d or hfrom
    dkim_res = dkim_res or ("pass" if ok else "none")
    dmarc = dmarc or ("pass" if ok else "fail")
    if prov == "gmail":
        dk = [] if dkim_res == "none" else [(dkim_res, dkim_d, sel)]
        if extra_dkim:
            dk += extra_dkim
        return dict(dkim=dk, spf=spf, dmarc=dmarc, hfrom=hfrom,
                    dmarc_detail=detail or ("p=QUARANTINE sp=QUARANTINE dis=NONE" if dmarc == "pass" else "p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"))
    if prov in ("o365", "o365c"):
        return dict(spf=spf, dkim=dkim_res, dkim_d=dkim_d, dmarc=dmarc, hfrom=hfrom,
                    action="none" if dmarc in ("pass", "none", "bestguesspass") else "quarantine")
    if prov == "nifty":
        return dict(spf=spf, dkim=dkim_res, dkim_d=dkim_d, dmarc=dmarc, hfrom=hfrom)
    if prov == "odmarc":
        dk = [] if dkim_res == "none" else [(dkim_res, dkim_d)]
        if extra_dkim:
            dk += [(r, d) for r, d, s in extra_dkim]
        return dict(dmarc=dmarc, hfrom=hfrom, dkim=dk, spf=spf)
    return None


def recv(user, t, relay, ip, mailfrom, v, compauth=None):
    u = USERS[user] if isinstance(user, str) else user
    p = u["prov"]
    if p == "gmail":
        return gmail(u["email"], t, relay, ip, mailfrom, v)
    if p == "o365":
        return o365(u["email"], t, relay, ip, mailfrom.split("@")[-1], v, tenant=u.get("tenant", "namprd04"),
                    compauth=compauth or ("pass reason=100" if v["dmarc"] == "pass" else "fail reason=000"))
    if p == "o365c":
        return o365(u["email"], t, relay, ip, mailfrom.split("@")[-1], v, consumer=True,
                    compauth=compauth or ("pass reason=100" if v["dmarc"] == "pass" else "fail reason=000"))
    if p == "nifty":
        return nifty(u["email"], t, relay, ip, mailfrom, v)
    if p == "odmarc":
        return opendmarc(u["host"], u["email"], t, relay, ip, mailfrom, v)
    if p == "noar":
        return selfhost_noar(u["email"], t, relay, ip, mailfrom)
    raise ValueError(p)


def save(n, slug, kind, lang, case_id, accts, sv, headers, body):
    fn = "%03d-%s.eml" % (n, slug)
    assert fn not in FILES
    data = build(headers, body)
    FILES[fn] = data
    LABELS[fn] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(accts)),
                  "sender_verified": sv, "language": lang}


AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")


def aws_mail(n, slug, kind, lang, case_id, accts, user, t, frm, subject, body, *, to_hdr=None,
             sv=True, extra_top=None, inreply=None, refs=None, x=None):
    relay, ip = ses_relay()
    mf = ses_mailfrom(t)
    u = USERS[user]
    v = verdict(u["prov"], "amazon.com", "amazon.com", AMZ_SEL, extra_dkim=[("pass", "amazonses.com", SES_SEL)])
    h = recv(user, t, relay, ip, mf, v)
    if extra_top:
        h = extra_top + h
    h += ses_dkims(t)
    h += [("Date", fdate(t)),
          ("From", addr(*frm)),
          ("To", to_hdr or addr(u["name"], u["email"])),
          ("Message-ID", ses_msgid(t)),
          ("Subject", subject)]
    if inreply:
        h.append(("In-Reply-To", inreply))
        h.append(("References", refs or inreply))
    if x:
        h += x
    h += ses_extra(t)
    if u["prov"] == "noar":
        sv = None
    save(n, slug, kind, lang, case_id, accts, sv, h, body)


def form_subj(case, pre="RE:"):
    return "%s[CASE %s] [AWS Training and Certification Form Submission] -\n account-assistance" % (pre, case)


def orig_block(frm_name, frm_addr, when, to, subject):
    return ("--------------- Original Message ---------------\nFrom: %s [%s]\nSent: %s\nTo: %s\nSubject: %s\n"
            % (frm_name, frm_addr, when.strftime("%-m/%-d/%Y %-I:%M %p"), to, subject))


CONSOLE_FOOT_EN = """

To see all the messages for this case, please visit: https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

AWS Support Forums:
https://repost.aws/

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

RATE_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence."""

CONSOLE_FOOT_JA = """

このケースのすべてのメッセージを表示するには、次の URL にアクセスしてください: https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお受けできません。
このケースに返信するには、上記のリンクから AWS サポートセンターにアクセスしてください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""

RATE_JA = """お客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りを含む各やり取りの右上にある星を選択して評価していただけます。"""

FORM_SIG_EN = """
Amazon Web Services
AWS Training and Certification Customer Support
https://aws.amazon.com/training/"""

# ---------------------------------------------------------------- ids
A = dict(
    d_keep="AWS48213067", d_old="AWS51907724",
    p_keep="AWS73310458", p_old="AWS60127793",
    m_keep="AWS05566123", m_old="AWS01928374",
    a_keep="AWS20394857", a_old1="AWS67781209", a_old2="AWS39920516",
    t_keep="AWS30917245", t_old="AWS88204163",
    s_keep="AWS55012387", s_old="AWS41236690",
    y_keep="AWS12873904", y_old="AWS90455218",
    n_keep="AWS76604431", n_old1="AWS23158870", n_old2="AWS84420097",
)
C_D = case15(T("2025-03-11 08:47:13"), 412)
C_P = case15(T("2025-06-02 14:05:40"), 937)
C_M = "13624709851"
C_A = case15(T("2026-01-14 03:22:09"), 58)
C_T = case15(T("2025-05-27 23:41:55"), 621)
C_S = "8471502936"
C_Y = case15(T("2025-10-06 01:12:30"), 283)
C_N = case15(T("2026-02-16 05:30:02"), 1174)
C_BILL = case15(T("2025-08-08 08:14:50"), 236)
C_PHISH_EN = case15(T("2025-11-05 10:21:44"), 519)
C_PHISH_JA = case15(T("2025-10-10 13:30:56"), 871)
C_SELLER = "6127094835"

# ====================================================================== Daniel (form case, Gmail)
D = USERS["daniel"]
t1 = T("2025-03-11 08:47:20")
body = """Hello,

Thanks for getting in touch with AWS Training and Certification. This is an automatic message to let you know that your request has been logged under case %s and placed in the queue for our support team.

Someone from the team will get back to you, normally within 24 hours. There is no need to send the form again: if you have anything to add, simply reply to this message and keep the case number in the subject line. Opening a second request for the same issue may slow things down.

What you sent us:
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS48213067
Description: I have two certification accounts, one created with my former employer's e-mail. I would like everything in one place.

Kind regards,
%s""" % (C_D, FORM_SIG_EN)
aws_mail(1, "form-request-logged", "case_created", "en", C_D, [A["d_keep"]], "daniel", t1, AWS_FORM,
         "[CASE %s] [AWS Training and Certification Form Submission] -\n account-assistance" % C_D,
         textpart(body, cte="7bit", label="us-ascii"))

t2 = T("2025-03-12 09:02:41")
body2 = """Hello Daniel,

Thank you for your patience. I searched our records with the details from your form and found two certification profiles that appear to belong to you:

- AWS48213067 - registered to d.okafor.dev@gmail.com, 2 active certifications
- AWS 51907724 - registered to daniel.okafor@northwind-logistics.com, 1 active certification (valid until 2026)

Before anything can be combined I need to know which of these you would like to keep as your primary profile from now on. Please also let me know whether you still have access to the northwind-logistics.com mailbox. If not, the login e-mail of the profile you keep will be the only address we use for future notifications.

As soon as I have your answer I will send you the next steps.

Best regards,
Rahul S.
%s""" % FORM_SIG_EN
aws_mail(2, "which-profile-to-keep", "support_reply", "en", C_D, [A["d_keep"], A["d_old"]], "daniel", t2, AWS_FORM,
         form_subj(C_D), textpart(body2, cte="quoted-printable"))

t_ureply1 = T("2025-03-12 17:40:05")
t3 = T("2025-03-13 07:55:10")
user_reply1 = """Hi Rahul,

Thanks for looking into this. I'd like to keep AWS48213067 (the gmail one). I don't have access to the Northwind mailbox anymore, I left the company last year.

Daniel

%s
%s""" % (gquote_hdr(t2, "Amazon Web Services", AWS_FORM[1], dt.timezone(dt.timedelta(hours=1))), qmark(body2))
body3 = """Hello Daniel,

Thank you for letting me know. Based on your reply, this is what we will do:

Account that will remain active: AWS48213067 (d.okafor.dev@gmail.com)
Account that will be merged into it and then closed: AWS51907724 (daniel.okafor@northwind-logistics.com)

All certifications, exam history and benefits currently on AWS51907724 will be moved to AWS48213067. Please be aware that this cannot be reversed: once it is done, the closed account cannot be reactivated or split out again.

If the above is correct, please reply to this e-mail stating that you agree, so that I can submit the request. If anything should be different, just tell me what to change.

Best regards,
Rahul S.
%s

%s
%s""" % (FORM_SIG_EN, orig_block("Daniel Okafor", D["email"], t_ureply1 + dt.timedelta(hours=1), AWS_FORM[1],
                                 "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_D), user_reply1)
aws_mail(3, "please-check-details-before-merge", "merge_confirmation_requested", "en", C_D, [A["d_keep"], A["d_old"]],
         "daniel", t3, AWS_FORM, form_subj(C_D), textpart(body3, cte="quoted-printable"))

t_uconf = T("2025-03-13 12:31:44")
t4 = T("2025-03-14 10:20:05")
user_conf = """The details are correct. Please proceed with the merge.

Thanks,
Daniel

%s
%s""" % (gquote_hdr(t3, "Amazon Web Services", AWS_FORM[1], dt.timezone(dt.timedelta(hours=1))), qmark(body3.split("\n\n---------------")[0]))
body4 = """Hello Daniel,

Thank you for confirming. I have now passed your request to the team that maintains certification records and asked them to fold AWS51907724 into AWS48213067.

There's nothing else you need to do at this stage. This back-end update usually takes 3 to 5 business days. In the meantime, please don't book an exam or redeem a voucher on AWS51907724. I'll write again as soon as the team reports back.

Best regards,
Rahul S.
%s

%s
%s""" % (FORM_SIG_EN, orig_block("Daniel Okafor", D["email"], t_uconf + dt.timedelta(hours=1), AWS_FORM[1],
                                 "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_D),
         user_conf)
aws_mail(4, "request-passed-to-records-team", "support_reply", "en", C_D, [A["d_keep"], A["d_old"]], "daniel", t4, AWS_FORM,
         form_subj(C_D), textpart(body4, cte="quoted-printable"))

t5 = T("2025-03-20 15:44:30")
body5 = """Hello Daniel,

A quick status update on case %s. The request to move the records from AWS51907724 over to AWS48213067 is still open with our certification operations team. They have run into a delay on their side: an exam result on the older profile is still being finalised, and the update can only be carried out after that result has posted.

I'm sorry for the extra wait. The case stays open and I'm following up with the team every day. You don't need to reply to this e-mail.

Best regards,
Rahul S.
%s""" % (C_D, FORM_SIG_EN)
aws_mail(5, "status-update-delay", "support_reply", "en", C_D, [A["d_keep"], A["d_old"]], "daniel", t5, AWS_FORM,
         form_subj(C_D), textpart(body5, cte="base64"))

t6 = T("2025-03-24 11:05:52")
body6 = """Hi Daniel,

Good news: the certification operations team has finished the work on your profiles. Everything that was held on AWS51907724 \u2014 your AWS Certified Developer \u2013 Associate, its exam history and your benefits \u2014 now shows under AWS48213067, and the older profile has been deactivated. From now on, please sign in to your AWS Certification account with d.okafor.dev@gmail.com only.

It can take up to 48 hours for Credly to reflect the change. If your badge hasn't appeared by then, reply here and I'll raise it with Credly.

If you have a moment, please tell us how we did in the short survey that follows this message.

Best regards,
Rahul S.
%s

%s
Hello Daniel,

Thank you for letting me know. Based on your reply, this is what we will do:

Account that will remain active: AWS48213067 (d.okafor.dev@gmail.com)
Account that will be merged into it and then closed: AWS51907724 (daniel.okafor@northwind-logistics.com)

All certifications, exam history and benefits currently on AWS51907724 will be moved to AWS48213067. Please be aware that this cannot be reversed: once it is done, the closed account cannot be reactivated or split out again.

If the above is correct, please reply to this e-mail stating that you agree, so that I can submit the request. If anything should be different, just tell me what to change.

Best regards,
Rahul S.""" % (FORM_SIG_EN, orig_block("Amazon Web Services", AWS_FORM[1], t3, D["email"], form_subj(C_D).replace("\n", "")))
aws_mail(6, "profiles-combined-survey-follows", "merge_completed", "en", C_D, [A["d_keep"], A["d_old"]], "daniel", t6, AWS_FORM,
         "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_D,
         textpart(body6, cte="quoted-printable"))

t7 = T("2025-03-24 11:06:40")
txt7 = """Amazon Web Services

Your case has been resolved

Hello,

Case %s has been marked as resolved. We would like to know how we did.

Was your issue resolved?
YES: https://support.aws.amazon.com/survey?caseId=%s&resolved=yes&t=%s
NO: https://support.aws.amazon.com/survey?caseId=%s&resolved=no&t=%s

How would you rate the support you received from Rahul S.? Rate from 1 (poor) to 5 (excellent):
https://support.aws.amazon.com/survey?caseId=%s&rate=1 ... https://support.aws.amazon.com/survey?caseId=%s&rate=5

The survey takes less than a minute. Your answers are used to improve AWS Training and Certification Support.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210""" % ((C_D,) * 2 + (rhex(16),) + (C_D, rhex(16)) + (C_D,) * 2)
html7 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>How did we do?</title></head>
<body style="margin:0;background:#f2f3f3"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" alt="Amazon Web Services" width="120"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#16191f">
<h2 style="font-weight:normal">How did we do?</h2>
<p>Hello,</p>
<p>Case <b>%s</b> has been marked as resolved. We would like to know how we did.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://support.aws.amazon.com/survey?caseId=%s&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;resolved=no" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from Rahul S.?</p>
<p>%s</p>
<p style="font-size:12px;color:#545b64">The survey takes less than a minute.</p>
</td></tr></table></body></html>
""" % (C_D, C_D, C_D, " ".join('<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;rate=%d">&#9733;</a>' % (C_D, i) for i in range(1, 6)))
aws_mail(7, "how-did-we-do", "survey", "en", C_D, [], "daniel", t7, AWS_NOREPLY,
         "How did we do? Your case %s" % C_D,
         alt(textpart(txt7, cte="quoted-printable"), textpart(html7, "html", cte="quoted-printable")))


def credly_mail(n, slug, kind, lang, user, t, frm_name, frm_addr, subject, body, sv=True, ok=True, accts=(), case_id=None, to=None):
    u = USERS[user] if isinstance(user, str) else user
    ip = "149.72.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
    relay = "o%d.ptr%d.credly.com" % (R.randint(1, 9), R.randint(1000, 9999))
    mf = "bounces+%d-%s-%s=%s@em%d.credly.com" % (R.randint(1000000, 9999999), rhex(4), u["email"].split("@")[0], u["email"].split("@")[1], R.randint(1000, 9999))
    v = verdict(u["prov"], "credly.com", "credly.com", "s1", extra_dkim=[("pass", "sendgrid.info", "smtpapi")])
    h = recv(u, t, relay, ip, mf, v) if u["prov"] != "noar" else selfhost_noar(u["email"], t, relay, ip, mf)
    h += [("DKIM-Signature", dkim("credly.com", "s1", t, hdrs="from:mime-version:subject:to:content-type:x-feedback-id", klen=342)),
          ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", t, hdrs="from:mime-version:subject:to:content-type:x-feedback-id", klen=170)),
          ("Date", fdate(t)),
          ("From", addr(frm_name, frm_addr)),
          ("To", to or addr(u["name"], u["email"])),
          ("Message-ID", "<%s@geopod-ismtpd-%d>" % (ralnum(22), R.randint(1, 40))),
          ("Subject", subject),
          ("X-Feedback-ID", "%d:SG" % R.randint(1000000, 9999999)),
          ("X-SG-EID", rb64(60))]
    if u["prov"] == "noar":
        sv = None
    save(n, slug, kind, lang, case_id, list(accts), sv, h, body)


t8 = T("2025-03-25 02:13:09")
txt8 = """Daniel, your badge is ready

AWS Training and Certification has issued you a badge:

AWS Certified Developer \u2013 Associate
Issued to: d.okafor.dev@gmail.com

Accept your badge to start sharing it on LinkedIn, in your e-mail signature or on your CV. Employers can verify it at any time.

Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Not your badge? If you did not earn this credential, you can ignore this message.

Credly, Inc. | 2 Embarcadero Center | San Francisco, CA 94111
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
html8 = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2b2b2b">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560"><tr><td style="padding:20px 0"><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td><h1 style="font-size:22px">Daniel, your badge is ready</h1>
<p><strong>AWS Training and Certification</strong> has issued you a badge:</p>
<p><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="110" alt=""><br>
<strong>AWS Certified Developer &ndash; Associate</strong></p>
<p>Accept your badge to start sharing it on LinkedIn, in your e-mail signature or on your CV.</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept?src=email" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#888">Credly, Inc. | 2 Embarcadero Center | San Francisco, CA 94111<br><a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p>
</td></tr></table></td></tr></table></body></html>
"""
credly_mail(8, "credly-badge-ready", "credly_badge_issued", "en", "daniel", t8,
            "AWS Training and Certification via Credly", "admin@credly.com",
            "Daniel, AWS Training and Certification has sent you a badge",
            alt(textpart(txt8, cte="quoted-printable"), textpart(html8, "html", cte="quoted-printable")))

# ====================================================================== Priya (console case, O365)
P = USERS["priya"]
P_SUBJ = "Combine two AWS Certification profiles"
t9 = T("2025-06-02 14:05:44")
body9 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I passed the Data Engineer - Associate exam under a profile I created by mistake with my personal e-mail (AWS60127793). My main certification profile is AWS73310458 under my work e-mail. Can these be combined so that all my certifications are on AWS73310458? Thank you, Priya

We will respond to your case as soon as possible. You can view the case details or add correspondence in the AWS Support Center.
%s""" % (C_P, C_P, P_SUBJ, CONSOLE_FOOT_EN.format(cid=C_P))
aws_mail(9, "support-case-opened", "case_created", "en", C_P, [A["p_keep"], A["p_old"]], "priya", t9, AWS_NOREPLY,
         "Amazon Web Services: You have opened a new Support case: %s" % C_P, textpart(body9, cte="quoted-printable"))

t10 = T("2025-06-03 08:31:17")
body10 = """Hello Priya,

Thank you for reaching out. Just so that we are on the same page before I send you the formal details to review: you would like your profile AWS 73310458 to stay as your main account, and aws-60127793, where your AWS Certified Data Engineer \u2013 Associate currently sits, to be folded into it.

While checking both profiles I noticed that the legal name differs between them ("Priya Raman" and "Priya R. Venkataraman"). When the names do not match, our policy requires proof of identity before records can be combined. Could you please upload a clear copy of a government-issued photo ID (passport, driving licence or national ID card) that shows the name used on both profiles? You may cover the document number.

Please do not send the document by e-mail; use the "Attach files" option on this case in the Support Center instead.

As soon as we have it, I'll send you the details to review.

%s

Best regards,
Luc\u00eda M.
Amazon Web Services
%s""" % (RATE_EN, CONSOLE_FOOT_EN.format(cid=C_P))
aws_mail(10, "identity-document-needed", "support_reply", "en", C_P, [A["p_keep"], A["p_old"]], "priya", t10, AWS_NOREPLY,
         "RE:[CASE %s] %s" % (C_P, P_SUBJ), textpart(body10, cte="quoted-printable"))

t11 = T("2025-06-05 13:12:02")
html11 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Priya,</p>
<p>Thank you for uploading your identification document. It has been reviewed and accepted, so we can now move on to the merge itself.</p>
<p>Please review the following carefully:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th>Role</th><th>Candidate ID</th><th>Sign-in e-mail</th></tr>
<tr><td>Primary (retained)</td><td>AWS73310458</td><td>priya.raman@contoso-analytics.com</td></tr>
<tr><td>Secondary (merged, then closed)</td><td>AWS60127793</td><td>p.venkataraman@gmail.com</td></tr>
</table>
<p>After the merge, the secondary account will no longer be accessible, and its certification, exam history and benefits will appear on the primary account. <b>This action is permanent and cannot be undone.</b></p>
<p>To authorise us to go ahead, please reply on this case in the Support Center with &quot;I confirm the merge as described&quot;. We will not take any action until we have received your reply.</p>
<p>%s</p>
<p>Best regards,<br>Luc&iacute;a M.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#545b64">To see all the messages for this case, please visit: <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a><br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above to respond from your AWS Support Center.<br>
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</div></body></html>
""" % (RATE_EN, C_P, C_P)
aws_mail(11, "review-merge-table-html", "merge_confirmation_requested", "en", C_P, [A["p_keep"], A["p_old"]], "priya", t11,
         AWS_NOREPLY, "RE:[CASE %s] %s" % (C_P, P_SUBJ), textpart(html11, "html", cte="quoted-printable"))

t12 = T("2025-06-06 09:47:55")
body12 = """Hello Priya,

Thanks for your reply in the Support Center. Your authorisation to merge AWS60127793 into AWS73310458 has been recorded, and the request is now in the queue of our certification records team.

A few things to know in the meantime:
- Once the merge is complete we will update this case, and you will see the Data Engineer certification listed on AWS73310458.
- At that point, the 50%% exam discount voucher earned on AWS60127793 will be moved across as well. It keeps its original expiry date.
- Credly badges are handled separately. After the merge has gone through, we will ask Credly to move yours.

No action is needed from you right now.

%s

Best regards,
Luc\u00eda M.
Amazon Web Services
%s""" % (RATE_EN, CONSOLE_FOOT_EN.format(cid=C_P))
aws_mail(12, "authorisation-recorded-queued", "support_reply", "en", C_P, [A["p_keep"], A["p_old"]], "priya", t12, AWS_NOREPLY,
         "RE:[CASE %s] %s" % (C_P, P_SUBJ), textpart(body12, cte="quoted-printable"))

t13 = T("2025-06-10 14:18:30")
body13 = """Hello Priya,

I'm pleased to tell you that the consolidation is finished. Your AWS Certified Data Engineer \u2013 Associate, together with its exam history and the 50%% exam discount, is now held under AWS73310458, and the profile that was created by mistake has been retired. You can check this by signing in to your AWS Certification account with priya.raman@contoso-analytics.com.

As there is nothing left to do, I'm resolving this case. If something doesn't look right, you can reopen it from the Support Center within 14 days.

%s

Best regards,
Luc\u00eda M.
Amazon Web Services
%s""" % (RATE_EN, CONSOLE_FOOT_EN.format(cid=C_P))
aws_mail(13, "consolidation-finished-case-resolved", "merge_completed", "en", C_P, [A["p_keep"]], "priya", t13, AWS_NOREPLY,
         "RE:[CASE %s] %s" % (C_P, P_SUBJ), textpart(body13, cte="base64"))

# 14: Priya forwards to her manager (internal O365)
t14 = T("2025-06-10 14:52:10")
tom = dict(name="Tom Becker", email="tom.becker@contoso-analytics.com", prov="o365", tenant="namprd04")
body14 = """Hi Tom,

FYI \u2013 AWS has sorted out my certification profile, so the Data Engineer cert now sits on my main account (AWS73310458). Could you update the partner portal / skills matrix with that ID? The other one can be removed.

Thanks,
Priya

________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Tuesday, June 10, 2025 4:18 PM
To: Priya Raman <priya.raman@contoso-analytics.com>
Subject: RE:[CASE %s] %s

%s""" % (C_P, P_SUBJ, body13)
h = o365(tom["email"], t14, "DM6PR12MB4417.namprd12.prod.outlook.com", "2603:10b6:5:1b2::18", "contoso-analytics.com",
         dict(spf="none", dkim="none", dkim_d="none", dmarc="none", hfrom="contoso-analytics.com", action="none"),
         tenant="namprd04", compauth="pass reason=109")
h = [x for x in h if x[0] != "Received-SPF"]
h += [("Date", fdate(t14, dt.timezone(dt.timedelta(hours=2)))),
      ("From", addr(P["name"], P["email"])),
      ("To", addr(tom["name"], tom["email"])),
      ("Subject", "FW: RE:[CASE %s] %s" % (C_P, P_SUBJ)),
      ("Thread-Topic", "RE:[CASE %s] %s" % (C_P, P_SUBJ)),
      ("Thread-Index", "AQHb2" + rb64(30)),
      ("Message-ID", "<%s%s@%s>" % ("DM6PR12MB", ralnum(18).upper(), "DM6PR12MB4417.namprd12.prod.outlook.com")),
      ("Accept-Language", "en-US"),
      ("Content-Language", "en-US"),
      ("X-MS-Has-Attach", ""),
      ("X-MS-Exchange-Organization-AuthAs", "Internal"),
      ("X-MS-Exchange-Organization-AuthSource", "DM6PR12MB4417.namprd12.prod.outlook.com")]
save(14, "fw-to-manager-skills-matrix", "unrelated", "en", C_P, [A["p_keep"]], False, h,
     alt(textpart(body14, cte="quoted-printable", label="us-ascii" if False else "utf-8"),
         textpart(html_from_text(body14), "html", cte="quoted-printable")))

# ====================================================================== Marta (form case 11 digits, Outlook.com)
M = USERS["marta"]
t15 = T("2025-09-18 17:02:31")
body15 = """Hello,

We've got your message.

Your request has been logged with AWS Training and Certification Support as case %s. We aim to respond within one business day.

Please do not open a new case for the same request. If you need to add information, reply to this e-mail without changing the subject line and your message will be added to the existing case.

A copy of your submission:
  Name: Marta Kowalczyk
  E-mail: marta.k@outlook.com
  AWS candidate ID: AWS 05566123
  Inquiry: Certification > Account Merge
  Comments: I have a second account from university (student e-mail) with one certification on it. Please combine.

Thank you,
AWS Training and Certification""" % C_M
aws_mail(15, "we-have-got-your-message", "case_created", "en", C_M, [A["m_keep"]], "marta", t15, AWS_FORM,
         "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C_M,
         textpart(body15, cte="7bit", label="us-ascii"))

t_mq = T("2025-09-22 17:15:00")
t16 = T("2025-09-23 10:14:00")
body16 = """Hello Marta,

Thanks for your questions, and sorry for the short delay.

1) No, combining your two profiles won't cancel the exam you have booked with Pearson VUE for 2 October. That appointment is attached to AWS01928374, though, so if we moved AWS01928374 into AWS05566123 before your exam, the booking could be lost. For that reason I'd suggest we wait until your result has posted and take it from there.

2) The certification you hold on AWS05566123 keeps its current expiration date (14 March 2027). Combining profiles doesn't reset or extend it.

I'll check the case again after 2 October. If you'd rather go ahead sooner, let me know.

Kind regards,
Hannah K.
AWS Training and Certification Customer Support

From: Marta Kowalczyk <marta.k@outlook.com>
Sent: Monday, September 22, 2025 7:15 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi,

Two quick questions before we go ahead with merging aws01928374 (student) into AWS05566123:
- I have an exam booked on 2 October on the student account. Will the merge cancel it?
- Will my existing certification on AWS05566123 get a new expiry date?

Thanks,
Marta""" % (C_M,)
aws_mail(16, "answers-exam-booking-expiry", "support_reply", "en", C_M, [A["m_keep"], A["m_old"]], "marta", t16, AWS_FORM,
         form_subj(C_M, "RE: "), textpart(body16, cte="quoted-printable"))

t17 = T("2025-10-06 09:30:12")
body17 = """Hello Marta,

Congratulations on your new certification! I can see the result has now posted to AWS01928374, so we're able to move forward.

Please read the following carefully and write back to let us know it is accurate:

  Profile kept:      AWS05566123 (marta.k@outlook.com)
  Profile absorbed:  AWS01928374 (m.kowalczyk@student.pwr-edu.pl)

Afterwards, all three of your certifications will appear under AWS05566123, and you will no longer be able to sign in with the student address. This can't be rolled back later.

We'll only start once we have your reply.

Kind regards,
Hannah K.
AWS Training and Certification Customer Support

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, September 23, 2025 10:14 AM
To: marta.k@outlook.com
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Marta,

Thanks for your questions, and sorry for the short delay. [...]""" % C_M
aws_mail(17, "write-back-if-accurate", "merge_confirmation_requested", "en", C_M, [A["m_keep"], A["m_old"]], "marta", t17, AWS_FORM,
         form_subj(C_M, "RE: "), textpart(body17, cte="quoted-printable"))

t18 = T("2025-10-10 09:45:00")
body18 = """Hello Marta,

We're following up on our last message about moving AWS01928374 into AWS05566123. Do you still need help with this?

If we don\u2019t hear back from you within 5 business days, we\u2019ll assume no further assistance is needed and this case will be closed. You can always reply later to reopen it.

Kind regards,
Hannah K.
AWS Training and Certification Customer Support"""
# wrong label: declared us-ascii, body is 8bit UTF-8 (curly apostrophes)
aws_mail(18, "still-need-help-follow-up", "support_reply", "en", C_M, [A["m_keep"], A["m_old"]], "marta", t18, AWS_FORM,
         form_subj(C_M, "RE: "), textpart(body18, cte="8bit", label="us-ascii"))

t19 = T("2025-10-16 12:00:19")
txt19 = """Your case is closed - tell us about your experience

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Status: Closed

Thank you for contacting AWS Training and Certification. We'd like to hear how we did.

How satisfied were you with the support you received? (1 = very dissatisfied, 5 = very satisfied)
https://survey.training.aws/s/cs?case=%s&score=1
https://survey.training.aws/s/cs?case=%s&score=2
https://survey.training.aws/s/cs?case=%s&score=3
https://survey.training.aws/s/cs?case=%s&score=4
https://survey.training.aws/s/cs?case=%s&score=5

This survey link expires in 14 days.
""" % ((C_M,) * 6)
aws_mail(19, "case-closed-tell-us", "survey", "en", C_M, [], "marta", t19, AWS_FORM,
         "Case %s closed - how satisfied were you?" % C_M, textpart(txt19, cte="7bit", label="us-ascii"))

# 20: phishing look-alike (content = confirmation request)
t20 = T("2025-11-05 10:31:02")
ph_dom = "aws-trainingcertification.com"
txt20 = """Dear Candidate,

We received a request to merge AWS Certification account aws 48213067 with another candidate profile (Case %s).

Because account merges are irreversible, we need you to confirm the request. Please sign in with your AWS Certification credentials within 24 hours to approve the merge. If we do not receive your confirmation, the request may be processed automatically.

Confirm merge: https://%s/candidate/verify?case=%s&token=%s

Thank you,
AWS Training & Certification Support Team""" % (C_PHISH_EN, ph_dom, C_PHISH_EN, rhex(24))
html20 = """<html><body style="font-family:Arial">
<img src="https://%s/assets/aws_logo.png" alt="aws" width="80">
<p>Dear Candidate,</p>
<p>We received a request to merge AWS Certification account <b>aws 48213067</b> with another candidate profile (Case %s).</p>
<p>Because account merges are <b>irreversible</b>, we need you to confirm the request. Please sign in with your AWS Certification credentials within 24 hours to approve the merge. If we do not receive your confirmation, the request may be processed automatically.</p>
<p><a href="https://%s/candidate/verify?case=%s&amp;token=%s" style="background:#ec7211;color:#fff;padding:10px 18px;text-decoration:none">Confirm merge</a></p>
<p>Thank you,<br>AWS Training &amp; Certification Support Team</p>
</body></html>
""" % (ph_dom, C_PHISH_EN, ph_dom, C_PHISH_EN, rhex(24))
ip = "185.225.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
relay = "mail.%s" % ph_dom
mf = "bounce@%s" % ph_dom
v = verdict("gmail", ph_dom, ph_dom, "default", detail="p=NONE sp=NONE dis=NONE")
h = gmail(D["email"], t20, relay, ip, mf, v)
h += [("DKIM-Signature", dkim(ph_dom, "default", t20)),
      ("Date", fdate(t20)),
      ("From", addr("AWS Training & Certification", "case-updates@%s" % ph_dom)),
      ("To", D["email"]),
      ("Message-ID", "<%s@%s>" % (rhex(32), ph_dom)),
      ("Subject", "Action required: confirm your AWS Certification account merge [Case %s]" % C_PHISH_EN),
      ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
save(20, "action-required-confirm-merge", "merge_confirmation_requested", "en", C_PHISH_EN, [A["d_keep"]], False, h,
     alt(textpart(txt20, cte="quoted-printable"), textpart(html20, "html", cte="quoted-printable")))

# ====================================================================== Arjun (console, self-hosted no AR)
AJ = USERS["arjun"]
AJ_SUBJ = "Merge certification accounts"
t21 = T("2026-01-14 11:40:12")
body21 = """Hello Arjun,

Thank you for contacting AWS Support. I understand that you would like to bring your AWS Certification history together under a single profile, starting from the candidate ID aws 20394857 that you mentioned in your case.

To find every profile that belongs to you, I need a little more information:

1. The e-mail address you use to sign in to each certification account you want included.
2. The notification e-mail address on each of those accounts, if it is different.
3. The candidate ID(s) of the other account(s), if you know them.
4. A short note on why the additional accounts were created (for example, an exam booked through an employer or a training partner).

Please reply on this case in the Support Center using the link below.

%s

Best regards,
Kwame A.
Amazon Web Services
%s""" % (RATE_EN, CONSOLE_FOOT_EN.format(cid=C_A))
aws_mail(21, "need-sign-in-emails-each-account", "support_reply", "en", C_A, [A["a_keep"]], "arjun", t21, AWS_NOREPLY,
         "RE:[CASE %s] %s" % (C_A, AJ_SUBJ), textpart(body21, cte="quoted-printable"))

t22 = T("2026-01-15 16:05:33")
body22 = """Hello Arjun,

Thank you for the details. I located three certification profiles linked to you. Based on your preference to keep your personal address, this is the proposal:

 * AWS20394857 (arjun@mehta.dev) \u2014 stays active; all records will be kept here
 * AWS-67781209 (arjun.mehta@globex-consulting.com) \u2014 merged into AWS20394857, then closed
 * AWS39920516 (amehta.exam@gmail.com) \u2014 merged into AWS20394857, then closed

Please note that a merge cannot be undone: once it is complete, the two closed profiles cannot be restored or separated again.

Could you confirm that this is correct by replying on this case? A simple "Yes, proceed" is enough, or tell us what should change.

%s

Best regards,
Kwame A.
Amazon Web Services
%s""" % (RATE_EN, CONSOLE_FOOT_EN.format(cid=C_A))
aws_mail(22, "three-profiles-proposal", "merge_confirmation_requested", "en", C_A, [A["a_keep"], A["a_old1"], A["a_old2"]],
         "arjun", t22, AWS_NOREPLY, "RE:[CASE %s] %s" % (C_A, AJ_SUBJ), textpart(body22, cte="base64"))

t23 = T("2026-01-16 09:12:48")
body23 = """Hello Arjun,

Thank you for confirming \u2014 we will now proceed.

Here is where things stand:
 - Done: ownership of AWS67781209 and AWS39920516 has been verified against your sign-in records.
 - Pending: the certification records team has queued the request to bring both profiles into AWS20394857. This part is normally finished within 2\u20134 business days.

You will get another message on this case once the records have been moved. Please avoid scheduling new exams until then.

%s

Best regards,
Kwame A.
Amazon Web Services
%s""" % (RATE_EN, CONSOLE_FOOT_EN.format(cid=C_A))
aws_mail(23, "ownership-verified-step-pending", "support_reply", "en", C_A, [A["a_keep"], A["a_old1"], A["a_old2"]],
         "arjun", t23, AWS_NOREPLY, "RE:[CASE %s] %s" % (C_A, AJ_SUBJ), textpart(body23, cte="quoted-printable"))

t24 = T("2026-01-20 13:27:05")
body24 = """Hello Arjun,

Your certification records now live in one place. The certifications, transcripts and exam history from your two additional profiles have been transferred to AWS20394857, and those two profiles are now inactive. The Globex and Gmail sign-ins will no longer open a certification account.

Tip: sign in once and check your Benefits page. The exam discount that was on AWS39920516 should now be listed there.

%s

Best regards,
Kwame A.
Amazon Web Services
%s""" % (RATE_EN, CONSOLE_FOOT_EN.format(cid=C_A))
aws_mail(24, "records-now-in-one-place", "merge_completed", "en", C_A, [A["a_keep"], A["a_old2"]],
         "arjun", t24, AWS_NOREPLY, "RE:[CASE %s] %s" % (C_A, AJ_SUBJ), textpart(body24, cte="quoted-printable"))

t25 = T("2026-01-21 06:40:00")
txt25 = """Hi Arjun,

Following an update to your AWS Certification account, AWS Training and Certification has transferred 2 badges to arjun@mehta.dev:

  - AWS Certified Solutions Architect \u2013 Professional
  - AWS Certified Security \u2013 Specialty

Accept your badges to keep sharing them and to let others verify them:
https://www.credly.com/earner/earned/share?src=transfer&t=%s

Questions? Visit https://support.credly.com

Credly, Inc. | 2 Embarcadero Center | San Francisco, CA 94111""" % rhex(20)
credly_mail(25, "credly-badges-transferred", "credly_badge_issued", "en", "arjun", t25,
            "Credly", "admin@credly.com", "Your badges from AWS Training and Certification are ready to accept",
            textpart(txt25, cte="quoted-printable"))

# ====================================================================== English unrelated
t26 = T("2025-08-09 17:22:41")
body26 = """Hello Daniel,

Thank you for your patience while I reviewed your account.

I looked into the charges you asked about on your July invoice. The increase comes from the NAT Gateway in eu-west-1 (nat-0a41c9e2f7b1d3c55), which processed about 1.9 TB of data during the month, mostly traffic from a private subnet to Amazon S3. Adding a gateway VPC endpoint for S3 would keep that traffic off the NAT Gateway in future.

As a one-time courtesy, I have submitted a billing adjustment request for part of these charges. You'll see the result on this case within 3 to 5 business days.

%s

Best regards,
Irina V.
Amazon Web Services
%s""" % (RATE_EN, CONSOLE_FOOT_EN.format(cid=C_BILL))
aws_mail(26, "billing-case-nat-gateway", "unrelated", "en", C_BILL, [], "daniel", t26, AWS_NOREPLY,
         "RE:[CASE %s] Unexpected charges for NAT Gateway in July" % C_BILL, textpart(body26, cte="quoted-printable"))

# 27: GitHub merged notification
t27 = T("2025-04-17 13:05:27")
body27 = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/acme-platform/infra-modules/pull/412#event-17312698451
You are receiving this because you were mentioned.

Message ID: <acme-platform/infra-modules/pull/412/issue_event/17312698451@github.com>"""
html27 = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/acme-platform/infra-modules/pull/412">#412</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/acme-platform/infra-modules/pull/412#event-17312698451">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/%s">unsubscribe</a>.<br />You are receiving this because you were mentioned.<img src="https://github.com/notifications/beacon/%s.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;acme-platform/infra-modules/pull/412/issue_event/17312698451@github.com&gt;</span></span></p>
""" % (ralnum(40), ralnum(40))
ip = "192.30.252.%d" % R.choice([201, 204, 207])
relay = "out-%d.smtp.github.com" % R.randint(18, 28)
mf = "noreply@github.com"
v = verdict("gmail", "github.com", "github.com", "pf2023", detail="p=REJECT sp=REJECT dis=NONE")
h = gmail(D["email"], t27, relay, ip, mf, v)
h += [("DKIM-Signature", dkim("github.com", "pf2023", t27, hdrs="Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From")),
      ("Date", fdate(t27, dt.timezone(dt.timedelta(hours=-7)))),
      ("From", '"Sofia Lindqvist" <notifications@github.com>'),
      ("Reply-To", "acme-platform/infra-modules <reply+%s@reply.github.com>" % ralnum(60)),
      ("To", "acme-platform/infra-modules <infra-modules@noreply.github.com>"),
      ("Cc", "Daniel Okafor <d.okafor.dev@gmail.com>, Mention <mention@noreply.github.com>"),
      ("Message-ID", "<acme-platform/infra-modules/pull/412/issue_event/17312698451@github.com>"),
      ("In-Reply-To", "<acme-platform/infra-modules/pull/412@github.com>"),
      ("References", "<acme-platform/infra-modules/pull/412@github.com>"),
      ("Subject", "Re: [acme-platform/infra-modules] Merge account-baseline module into core\n (PR #412)"),
      ("List-ID", "acme-platform/infra-modules <infra-modules.acme-platform.github.com>"),
      ("List-Archive", "https://github.com/acme-platform/infra-modules"),
      ("X-GitHub-Reason", "mention"),
      ("X-GitHub-Sender", "slindqvist"),
      ("X-GitHub-Recipient", "dokafor")]
save(27, "github-pr-merged", "unrelated", "en", None, [], False, h,
     alt(textpart(body27, cte="7bit", label="UTF-8"), textpart(html27, "html", cte="7bit", label="UTF-8")))

# 28: Credly's own account merge code
t28 = T("2025-03-27 19:44:03")
txt28 = """Hi Daniel,

You asked to merge another Credly account into the account that uses d.okafor.dev@gmail.com.

Enter this verification code to continue:

    482913

Or select the button below to complete the process:
Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=%s

This code expires in 30 minutes. If you didn't request this, you can safely ignore this e-mail; no changes will be made to your account.

The Credly Team""" % ralnum(32)
html28 = html_from_text(txt28, "Confirm your account merge")
credly_mail(28, "credly-account-merge-code", "unrelated", "en", "daniel", t28, "Credly", "no-reply@credly.com",
            "Your Credly account merge verification code", alt(textpart(txt28, cte="7bit", label="us-ascii"), textpart(html28, "html", cte="quoted-printable")))

# 29: CertMetrics survey look-alike
t29 = T("2025-05-02 16:20:11")
txt29 = """AWS Certification wants to hear from you

Hello Daniel Okafor,

Candidate ID: AWS48213067

You recently took an AWS Certification exam. Please take 5 minutes to tell us about your experience with the exam, the testing appointment and your preparation. Your feedback helps us improve the AWS Certification program.

Start the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=%s

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this e-mail.""" % rhex(20)
ip = "52.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
relay = "mta%d.certmetrics.com" % R.randint(1, 4)
mf = "bounce@certmetrics.com"
v = verdict("gmail", "certmetrics.com", "certmetrics.com", "cm2023", detail="p=NONE sp=NONE dis=NONE")
h = gmail(D["email"], t29, relay, ip, mf, v)
h += [("DKIM-Signature", dkim("certmetrics.com", "cm2023", t29)),
      ("Date", fdate(t29)),
      ("From", '"AWS Certification" <do-not-reply@certmetrics.com>'),
      ("To", D["email"]),
      ("Message-ID", "<%s@certmetrics.com>" % str(uuid.UUID(int=R.getrandbits(128)))),
      ("Subject", "AWS Certification wants to hear from you")]
save(29, "certmetrics-wants-to-hear", "unrelated", "en", None, [A["d_keep"]], False, h,
     alt(textpart(txt29, cte="7bit", label="us-ascii"), textpart(html_from_text(txt29), "html", cte="quoted-printable")))

# 30: look-alike phishing, not about the merge
t30 = T("2025-12-01 07:12:44")
pd = "aws-certmetrics-verify.net"
html30 = """<html><body style="font-family:Segoe UI,Arial">
<p><b>AWS Certification</b></p>
<p>Dear Certified Professional,</p>
<p>Our records show that the contact details on your AWS Certification profile could not be verified. To avoid suspension of your active certifications and your digital badges, please verify your identity within 48 hours.</p>
<p><a href="https://%s/login?u=%s">Verify my certification profile</a></p>
<p>If no action is taken, your certifications will be suspended and will no longer appear on Credly.</p>
<p>Regards,<br>AWS Certification Compliance Team</p>
</body></html>
""" % (pd, rhex(16))
ip = "45.142.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
v = dict(spf="pass", dkim="none", dkim_d="none", dmarc="none", hfrom=pd, action="none")
h = o365(M["email"], t30, "mx.%s" % pd, ip, pd, v, consumer=True, compauth="fail reason=001")
h += [("Date", fdate(t30)),
      ("From", '"AWS Certification" <compliance@%s>' % pd),
      ("To", M["email"]),
      ("Message-ID", "<%s@%s>" % (rhex(24), pd)),
      ("Subject", "=?UTF-8?Q?Your_AWS_Certification_will_be_suspended_=E2=80=93_verify_your_?=\n =?UTF-8?Q?identity?=")]
save(30, "suspension-verify-identity", "unrelated", "en", None, [], False, h, textpart(html30, "html", cte="quoted-printable"))

# ====================================================================== 田中 (console, Gmail, ja)
TN = USERS["tanaka"]
TN_SUBJ = "認定アカウントの統合について"
t31 = T("2025-05-27 23:41:59")
body31 = """お客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
内容:
AWS認定のアカウントが2つあります（AWS30917245 と AWS88204163）。会社のメールアドレスで作ったほうに1つ認定が入っています。ひとつにまとめることはできますか。

できるだけ早く対応いたします。ケースの詳細の確認や返信の追加は、AWS サポートセンターから行っていただけます。
%s""" % (C_T, C_T, TN_SUBJ, CONSOLE_FOOT_JA.format(cid=C_T))
aws_mail(31, "shin-ki-case-sakusei", "case_created", "ja", C_T, [A["t_keep"], A["t_old"]], "tanaka", t31, AWS_NOREPLY,
         "Amazon Web Services: " + ew("新しいサポートケースが作成されました: " + C_T, "ISO-2022-JP", "iso-2022-jp", chunk=9),
         textpart(body31, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"))

t32 = T("2025-05-28 02:15:20")
body32 = """田中 美咲 様

Amazon Web Services サポートへお問い合わせいただき、ありがとうございます。トレーニングと認定担当の佐藤でございます。

ご連絡いただいた 2 つの認定アカウントについて、以下のとおり登録を確認いたしました。

・AWS30917245（misaki.tanaka.0412@gmail.com）：認定 2 件
・AWS88204163（m-tanaka@tsubasa-shoji.co.jp）：認定 1 件

統合にあたっては、今後どちらのアカウントをお使いになるか（統合先）をお決めいただく必要がございます。
お手数ですが、今後ご利用になるアカウントの候補者 ID と、もう一方のアカウントのサインイン用メールアドレスに現在もアクセスできるかどうかをお知らせください。

よろしくお願いいたします。

%s

佐藤
Amazon Web Services
%s""" % (RATE_JA, CONSOLE_FOOT_JA.format(cid=C_T))
aws_mail(32, "dochira-wo-nokosu-ka", "support_reply", "ja", C_T, [A["t_keep"], A["t_old"]], "tanaka", t32, AWS_NOREPLY,
         "RE:[CASE %s] %s" % (C_T, ew(TN_SUBJ, chunk=8)), textpart(body32, cte="quoted-printable"))

t33 = T("2025-05-29 01:30:44")
body33 = """田中 美咲 様

ご返信いただきありがとうございます。佐藤でございます。

いただいた内容をもとに、以下のとおりアカウントの統合を行う予定です。

【統合後も残るアカウント】
AWS30917245（misaki.tanaka.0412@gmail.com）
【統合されるアカウント】
AWS 88204163（m-tanaka@tsubasa-shoji.co.jp）

統合を実施すると、AWS88204163 の認定資格・受験履歴・特典はすべて AWS30917245 に移され、AWS88204163 は閉鎖されます。この操作は後から取り消すことができません。

上記の内容でよろしければ、サポートセンターより「上記の内容で問題ありません」とご返信ください。内容に誤りがある場合も、その旨お知らせください。ご返信をいただくまで、統合の作業は行いません。

%s

佐藤
Amazon Web Services
%s""" % (RATE_JA, CONSOLE_FOOT_JA.format(cid=C_T))
aws_mail(33, "tougou-naiyou-go-kakunin", "merge_confirmation_requested", "ja", C_T, [A["t_keep"], A["t_old"]], "tanaka", t33,
         AWS_NOREPLY, "RE:[CASE %s] %s" % (C_T, ew(TN_SUBJ, chunk=8)), textpart(body33, cte="base64"))

t34 = T("2025-05-30 03:05:10")
body34 = """田中 様

ご確認いただきありがとうございます。承知いたしました。
AWS88204163 を AWS30917245 へ統合する手続きを、本日担当チームへ依頼いたしました。

作業には通常 3〜5 営業日ほどかかります。作業が終わりましたら、本ケースにて改めてご案内いたします。
それまでの間、AWS88204163 での試験の予約やバウチャーのご利用はお控えください。

%s

佐藤
Amazon Web Services
%s""" % (RATE_JA, CONSOLE_FOOT_JA.format(cid=C_T))
aws_mail(34, "tantou-team-e-irai", "support_reply", "ja", C_T, [A["t_keep"], A["t_old"]], "tanaka", t34,
         AWS_NOREPLY, "RE:[CASE %s] %s" % (C_T, ew(TN_SUBJ, chunk=8)), textpart(body34, cte="quoted-printable"))

t35 = T("2025-06-06 06:20:00")
body35 = """田中 様

いつもお世話になっております。佐藤でございます。

AWS88204163 から AWS30917245 への統合の件について、進捗をご報告いたします。
現在、担当チームにて作業を進めておりますが、システム側の確認に時間を要しており、当初ご案内した期間よりもお時間をいただいております。ご不便をおかけし、誠に申し訳ございません。

引き続き担当チームと連携し、進展がありしだいご連絡いたします。お客様側で必要なご対応はございません。

%s

佐藤
Amazon Web Services
%s""" % (RATE_JA, CONSOLE_FOOT_JA.format(cid=C_T))
aws_mail(35, "shinchoku-okurete-imasu", "support_reply", "ja", C_T, [A["t_keep"], A["t_old"]], "tanaka", t35,
         AWS_NOREPLY, "RE:[CASE %s] %s" % (C_T, ew(TN_SUBJ, "ISO-2022-JP", "iso-2022-jp", chunk=6)),
         textpart(body35, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"))

t36 = T("2025-06-11 04:48:21")
body36 = """田中 様

大変お待たせいたしました。佐藤でございます。

担当チームより作業終了の報告がありましたので、ご連絡いたします。
AWS88204163 に登録されていた認定資格（AWS Certified Cloud Practitioner）と受験履歴は、AWS30917245 へ移行いたしました。旧アカウント AWS88204163 は無効化されており、今後はサインインできません。

Credly のバッジへの反映には、最大 48 時間ほどかかる場合がございます。

本件はこれにてクローズとさせていただきます。よろしければ、今回の対応についてアンケートへのご協力をお願いいたします。

%s

佐藤
Amazon Web Services
%s""" % (RATE_JA, CONSOLE_FOOT_JA.format(cid=C_T))
aws_mail(36, "ikou-itashimashita", "merge_completed", "ja", C_T, [A["t_keep"], A["t_old"]], "tanaka", t36,
         AWS_NOREPLY, "RE:[CASE %s] %s" % (C_T, ew(TN_SUBJ, chunk=8)), textpart(body36, cte="quoted-printable"))

t37 = T("2025-06-11 04:49:03")
txt37 = """Amazon Web Services

アンケートへのご協力のお願い

お客様

ケース %s は解決済みとしてクローズされました。
サポート品質の向上のため、簡単なアンケートにご協力ください（所要時間 1 分程度）。

問題は解決しましたか？
はい: https://support.aws.amazon.com/survey?caseId=%s&resolved=yes&lang=ja
いいえ: https://support.aws.amazon.com/survey?caseId=%s&resolved=no&lang=ja

担当者の対応を 5 段階で評価してください:
https://support.aws.amazon.com/survey?caseId=%s&rate=5&lang=ja

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210""" % ((C_T,) * 4)
aws_mail(37, "anketo-no-onegai", "survey", "ja", C_T, [], "tanaka", t37, AWS_NOREPLY,
         ew("ケース %s に関するアンケートのお願い" % C_T, chunk=10),
         alt(textpart(txt37, cte="base64"), textpart(html_from_text(txt37, "アンケート"), "html", cte="base64")))

t38 = T("2025-06-12 00:10:11")
txt38 = """田中 美咲 さん

AWS Training and Certification から新しいバッジが発行されました。

AWS Certified Cloud Practitioner
発行先: misaki.tanaka.0412@gmail.com

バッジを受け取ると、LinkedIn やメール署名などで共有できるようになります。

バッジを受け取る: https://www.credly.com/earner/earned/badge/%s

お心当たりのない場合は、このメールを破棄してください。

Credly, Inc. | 2 Embarcadero Center | San Francisco, CA 94111""" % str(uuid.UUID(int=R.getrandbits(128)))
credly_mail(38, "credly-badge-hakkou", "credly_badge_issued", "ja", "tanaka", t38,
            "AWS Training and Certification via Credly", "admin@credly.com",
            ew("AWS Training and Certification からバッジが発行されました", chunk=14),
            alt(textpart(txt38, cte="quoted-printable"), textpart(html_from_text(txt38, "バッジ"), "html", cte="quoted-printable")))

# ====================================================================== 佐々木 (form case, nifty, Shift_JIS)
SS = USERS["sasaki"]
t39 = T("2025-08-04 12:10:25")
body39 = """佐々木 健 様

AWS トレーニングと認定へのお問い合わせをありがとうございます。
以下の内容でお問い合わせを承りました。担当者より原則 24 時間以内にご連絡いたします。

お問い合わせ番号：%s
お問い合わせの種類：認定
詳細：アカウントの統合
AWS 候補者 ID：aws-55012387
お問い合わせ内容：
転職前の会社のメールアドレスで作成した認定アカウントがあり、現在のアカウントと統合したいです。

追加の情報がある場合は、件名のお問い合わせ番号を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせいただくと、対応が遅れる場合がございます。

※本メールはお問い合わせの受付時に自動で送信されています。

AWS トレーニングと認定 カスタマーサポート""" % C_S
aws_mail(39, "uketsuke-kanryou", "case_created", "ja", C_S, [A["s_keep"]], "sasaki", t39, AWS_FORM,
         "[CASE %s] " % C_S + ew("【受付完了】AWS トレーニングと認定へのお問い合わせ", "Shift_JIS", "shift_jis", chunk=11),
         textpart(body39, label="Shift_JIS", codec="shift_jis", cte="base64"))

t40 = T("2025-08-05 01:02:37")
body40 = """佐々木 健 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの高橋です。

ご依頼の内容を、以下のとおり理解しております。
　・残すアカウント：AWS 55012387（k.sasaki@nifty.com）
　・統合するアカウント：AWS41236690（ken.sasaki@old-company.co.jp）

統合の手続きに進む前に、ご本人確認をさせていただく必要がございます。
2 つのアカウントで登録されているお名前の表記が異なるため（「佐々木 健」と「佐々木 健一」）、下記のいずれかの書類の画像を本メールに添付してご返信ください。

　①運転免許証
　②パスポート
　③マイナンバーカード（表面のみ。個人番号が写らないようにしてください）

書類を確認でき次第、統合内容の最終確認のご案内をお送りいたします。

高橋
AWS トレーニングと認定 カスタマーサポート"""
# cp932 characters (circled digits) under a Shift_JIS label
aws_mail(40, "honnin-kakunin-shorui", "support_reply", "ja", C_S, [A["s_keep"], A["s_old"]], "sasaki", t40, AWS_FORM,
         form_subj(C_S), textpart(body40, label="Shift_JIS", codec="cp932", cte="base64"))

t_su1 = T("2025-08-06 12:14:00")
t41 = T("2025-08-07 02:40:00")
sasaki_reply1 = """高橋様

お世話になっております。佐々木です。
運転免許証の画像を添付いたします。
よろしくお願いいたします。

%s
%s""" % (jquote_hdr(t40, "Amazon Web Services", AWS_FORM[1]), qmark(body40.split("\n\n高橋\n")[0]))
body41 = """佐々木 健 様

ご本人確認書類をお送りいただき、ありがとうございました。確認が完了いたしました。

つきましては、以下の内容で統合を進めさせていただきます。

　統合先（今後ご利用いただくアカウント）：AWS55012387
　統合元（統合後に閉鎖されるアカウント）：AWS41236690

統合後は元の状態に戻すことはできません。この内容にご同意いただける場合は、本メールに「同意します」とご返信ください。ご返信を確認してから作業に着手いたします。

高橋
AWS トレーニングと認定 カスタマーサポート

%s
%s""" % (jquote_hdr(t_su1, "佐々木 健", SS["email"]), qmark_nested(sasaki_reply1))
aws_mail(41, "doui-no-go-henshin", "merge_confirmation_requested", "ja", C_S, [A["s_keep"], A["s_old"]], "sasaki", t41, AWS_FORM,
         form_subj(C_S), textpart(body41, label="Shift_JIS", codec="cp932", cte="base64"),
         inreply="<%s@nifty.com>" % ralnum(20), x=[("X-Priority", "3")])

t_su2 = T("2025-08-07 11:03:00")
t42 = T("2025-08-12 05:15:44")
html42 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px">
<p>佐々木 健 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定サポートの高橋です。</p>
<p>ご依頼いただいておりましたアカウントの統合が完了しましたので、お知らせいたします。<br>
今後は <b>AWS55012387</b> のみをご利用ください。統合元のアカウントに登録されていた認定資格・受験履歴は、すべてこちらのアカウントでご確認いただけます。</p>
<p>本お問い合わせは、これをもちましてクローズいたします。<br>
今回のサポートについて、アンケートにご協力いただけますと幸いです。<br>
<a href="https://survey.training.aws/s/cs?case=%s&amp;lang=ja">アンケートに回答する</a></p>
<p>高橋<br>AWS トレーニングと認定 カスタマーサポート</p>
</div>
<div style="border-top:1px solid #ccc;margin-top:16px;padding-top:8px;color:#555">
<p>%s</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>同意します。<br>よろしくお願いいたします。<br>佐々木</p>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
<p>佐々木 健 様</p>
<p>ご本人確認書類をお送りいただき、ありがとうございました。確認が完了いたしました。</p>
<p>つきましては、以下の内容で統合を進めさせていただきます。<br>
統合先（今後ご利用いただくアカウント）：AWS55012387<br>
統合元（統合後に閉鎖されるアカウント）：AWS41236690</p>
<p>統合後は元の状態に戻すことはできません。この内容にご同意いただける場合は、本メールに「同意します」とご返信ください。</p>
</blockquote></blockquote></div>
</body></html>
""" % (C_S, jquote_hdr(t_su2, "佐々木 健", SS["email"]).replace("<", "&lt;").replace(">", "&gt;"))
aws_mail(42, "tougou-kanryou-close-html", "merge_completed", "ja", C_S, [A["s_keep"]], "sasaki", t42, AWS_FORM,
         form_subj(C_S), textpart(html42, "html", cte="base64"))

# 43: 佐々木 forwards to his work address (received by work O365)
t43 = T("2025-08-12 02:30:00")
t43 = T("2025-08-12 11:30:00", JST)
work = dict(name="佐々木 健", email="ken.sasaki@hoshizora-systems.co.jp", prov="o365", tenant="jpnprd01")
body43 = """会社の資格登録用に控えを送ります。
AWS認定の候補者IDは AWS55012387 に一本化されました。社内の資格管理シートの更新をお願いします（自分宛て）。

---------- 転送メッセージ ----------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年8月12日(火) 14:15
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: <k.sasaki@nifty.com>

佐々木 健 様

いつもお世話になっております。AWS トレーニングと認定サポートの高橋です。

ご依頼いただいておりましたアカウントの統合が完了しましたので、お知らせいたします。
今後は AWS55012387 のみをご利用ください。統合元のアカウントに登録されていた認定資格・受験履歴は、すべてこちらのアカウントでご確認いただけます。

本お問い合わせは、これをもちましてクローズいたします。

高橋
AWS トレーニングと認定 カスタマーサポート""" % C_S
ip = "202.248.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
v = dict(spf="pass", dkim="pass", dkim_d="nifty.com", dmarc="pass", hfrom="nifty.com", action="none")
h = o365(work["email"], t43, "mta-snd-w%02d.mail.nifty.com" % R.randint(1, 9), ip, "nifty.com", v, tenant="jpnprd01")
h += [("DKIM-Signature", dkim("nifty.com", "default-1024", t43, klen=170)),
      ("Date", fdate(t43, JST)),
      ("From", addr(SS["name"], SS["email"], "ISO-2022-JP", "iso-2022-jp")),
      ("To", addr(work["name"], work["email"], "ISO-2022-JP", "iso-2022-jp")),
      ("Subject", ew("転送:", "ISO-2022-JP", "iso-2022-jp") + " RE:[CASE %s] [AWS Training and Certification Form\n Submission] - account-assistance" % C_S),
      ("Message-ID", "<%s.%s@nifty.com>" % (rhex(12), rhex(8))),
      ("X-Mailer", "Becky! ver. 2.81.07 [ja]")]
save(43, "tensou-jibun-ate-shikaku-kanri", "unrelated", "ja", C_S, [A["s_keep"]], False, h,
     textpart(body43, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"))

# ====================================================================== 山本 (console, corporate O365, ja)
YM = USERS["yamamoto"]
YM_SUBJ = "転職に伴う AWS 認定アカウントの統合"
t44 = T("2025-10-06 01:12:36")
body44 = """お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。ケース %s をオープンしました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
内容:
転職に伴い、AWS 認定のアカウントが 2 つになってしまいました（前職のメールアドレスで登録したものと、現職のもの）。現職のほうにまとめていただけますでしょうか。

担当者から連絡があるまで、しばらくお待ちください。
%s""" % (C_Y, C_Y, YM_SUBJ, CONSOLE_FOOT_JA.format(cid=C_Y))
aws_mail(44, "case-open-tenshoku", "case_created", "ja", C_Y, [], "yamamoto", t44, AWS_NOREPLY,
         "Amazon Web Services: " + ew("新しいサポートケースをオープンしました: " + C_Y, chunk=11),
         textpart(body44, cte="base64"))

t45 = T("2025-10-07 02:50:00")
body45 = """山本 拓海 様

AWS サポートの小林と申します。お問い合わせいただきありがとうございます。

正式な統合内容のご案内をお送りする前に、現時点で把握している内容を整理してお伝えいたします。

　- 今後ご利用になるアカウント：AWS12873904（takumi.yamamoto@sakura-sier.co.jp）
　- 統合されるアカウント：aws90455218（前職のメールアドレスで登録）

本メールへのご返信は不要です。統合後の特典の扱いなどの詳細を整理したうえで、あらためて最終確認のご案内をお送りいたしますので、そちらにご返信ください。

なお、aws90455218 には未使用の受験割引バウチャーが 1 件残っております。こちらの扱いについても、次回のご案内に記載いたします。

%s

小林
Amazon Web Services
%s""" % (RATE_JA, CONSOLE_FOOT_JA.format(cid=C_Y))
aws_mail(45, "genjiten-no-seiri", "support_reply", "ja", C_Y, [A["y_keep"], A["y_old"]], "yamamoto", t45, AWS_NOREPLY,
         "RE:[CASE %s] %s" % (C_Y, ew(YM_SUBJ, chunk=9)),
         alt(textpart(body45, cte="quoted-printable"), textpart(html_from_text(body45), "html", cte="quoted-printable")))

t46 = T("2025-10-08 05:22:10")
txt46 = """山本 様

小林です。先日お伝えした内容について、統合の最終確認のご案内をお送りいたします。

残すアカウント: AWS12873904
統合されるアカウント: AWS90455218

統合後は元に戻すことができません。内容に問題がなければ、サポートセンターから「この内容で統合してください」とご返信ください。
（特典の扱いなど詳しい内容は HTML 版のメールに記載しております。）

小林
Amazon Web Services
""" + CONSOLE_FOOT_JA.format(cid=C_Y)
html46 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Yu Gothic','Meiryo',sans-serif;font-size:14px">
<p>山本 拓海 様</p>
<p>AWS サポートの小林です。先日お伝えした内容について、統合の最終確認のご案内をお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>区分</th><th>候補者 ID</th><th>メールアドレス</th><th>統合後</th></tr>
<tr><td>残すアカウント</td><td>AWS12873904</td><td>takumi.yamamoto@sakura-sier.co.jp</td><td>引き続きご利用いただけます</td></tr>
<tr><td>統合されるアカウント</td><td>AWS90455218</td><td>t.yamamoto@minato-denshi.co.jp</td><td>閉鎖されます</td></tr>
</table>
<p>統合されるアカウントに残っている未使用の受験割引バウチャー（有効期限 2026 年 3 月 31 日）は、残すアカウントへ引き継がれます。有効期限は変わりません。</p>
<p><b>統合後は元に戻すことができません。</b>内容に問題がなければ、サポートセンターから「この内容で統合してください」とご返信ください。ご返信を確認するまで、作業は開始いたしません。</p>
<p>%s</p>
<p>小林<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078">このケースのすべてのメッセージを表示するには: <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">AWS サポートセンター</a><br>
※このメールは送信専用のアドレスから送信されています。</p>
</div></body></html>
""" % (RATE_JA, C_Y)
aws_mail(46, "saishuu-kakunin-annai", "merge_confirmation_requested", "ja", C_Y, [A["y_keep"], A["y_old"]], "yamamoto", t46,
         AWS_NOREPLY, "RE:[CASE %s] %s" % (C_Y, ew(YM_SUBJ, chunk=9)),
         alt(textpart(txt46, cte="base64"), textpart(html46, "html", cte="base64")))

t47 = T("2025-10-09 03:00:00")
body47 = """山本 様

ご質問いただきありがとうございます。小林です。

AWS90455218 を AWS12873904 に統合した場合の認定の有効期限についてですが、各認定の有効期限は統合によって変わることはございません。前職のアカウントで取得された AWS Certified SysOps Administrator – Associate も、現在の有効期限（2027 年 1 月）のまま引き継がれます。

また、Credly のバッジにつきましては、統合の完了後、AWS12873904 に登録されているメールアドレス宛てにあらためて発行される予定です。

その他ご不明な点がございましたら、お気軽にお知らせください。

%s

小林
Amazon Web Services
%s""" % (RATE_JA, CONSOLE_FOOT_JA.format(cid=C_Y))
aws_mail(47, "yuukou-kigen-no-go-shitsumon", "support_reply", "ja", C_Y, [A["y_keep"], A["y_old"]], "yamamoto", t47,
         AWS_NOREPLY, "RE:[CASE %s] %s" % (C_Y, ew(YM_SUBJ, chunk=9)), textpart(body47, cte="quoted-printable"))

t48 = T("2025-10-15 06:30:00")
body48 = """山本 様

小林です。お待たせいたしました。

ご返信いただいた内容に基づき、作業を実施いたしました。AWS90455218 の認定資格および受験履歴は AWS12873904 へ移行済みで、受験割引バウチャーも AWS12873904 の特典ページに表示されております。前職のメールアドレスでのサインインは、今後はできなくなります。

Credly のバッジは、数日以内に現職のメールアドレス宛てに届く見込みです。

%s

小林
Amazon Web Services
%s""" % (RATE_JA, CONSOLE_FOOT_JA.format(cid=C_Y))
aws_mail(48, "ikou-zumi-voucher-mo", "merge_completed", "ja", C_Y, [A["y_keep"], A["y_old"]], "yamamoto", t48,
         AWS_NOREPLY, "RE:[CASE %s] %s" % (C_Y, ew(YM_SUBJ, "ISO-2022-JP", "iso-2022-jp", chunk=7)),
         textpart(body48.replace("–", "-"), label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"))

t49 = T("2025-10-15 06:31:10")
txt49 = """お客様

AWS サポートをご利用いただき、ありがとうございました。
ケース %s（%s）はクローズされました。

今回のサポートはいかがでしたか。以下のリンクから、担当者の対応についてご評価ください。

とても満足: https://support.aws.amazon.com/survey?caseId=%s&rate=5&lang=ja
満足: https://support.aws.amazon.com/survey?caseId=%s&rate=4&lang=ja
普通: https://support.aws.amazon.com/survey?caseId=%s&rate=3&lang=ja
不満: https://support.aws.amazon.com/survey?caseId=%s&rate=2&lang=ja

ご回答いただいた内容は、サービス向上のために活用させていただきます。

Amazon Web Services""" % (C_Y, YM_SUBJ, C_Y, C_Y, C_Y, C_Y)
aws_mail(49, "go-hyouka-no-onegai", "survey", "ja", C_Y, [], "yamamoto", t49, AWS_NOREPLY,
         "[" + ew("ケース", chunk=5) + " %s] " % C_Y + ew("サポートへのご評価のお願い", chunk=7),
         textpart(txt49, cte="quoted-printable"))

# 50: phishing, spoofed amazon.com, topmost AR dmarc=fail; forged lower AR claims pass
t50 = T("2025-10-10 13:45:12")
txt50 = """山本 拓海 様

AWS トレーニングと認定です。

お客様の AWS 認定アカウントについて、以下の統合申請を受け付けました。

ケース番号: %s
統合元: AWS12873904
統合先: AWS77120358

アカウントの統合は取り消すことができません。ご本人による申請であることを確認するため、24 時間以内に下記のリンクからサインインし、統合内容をご確認ください。確認が取れない場合、申請内容のとおり処理されます。

統合内容を確認する: https://aws-training-jp.support-case.info/merge/confirm?id=%s

AWS トレーニングと認定 カスタマーサポート""" % (C_PHISH_JA, rhex(20))
ip = "103.77.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
relay = "vps%d.sv-hostasia.net" % R.randint(100, 999)
v = dict(spf="fail", dkim="none", dkim_d="none", dmarc="fail", hfrom="amazon.com", action="quarantine")
h = o365(YM["email"], t50, relay, ip, "amazon.com", v, tenant="apcprd06", compauth="fail reason=000")
h += [("Authentication-Results", "mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"),
      ("Received", "from localhost (localhost [127.0.0.1]) by %s with SMTP; %s" % (relay, fdate(t50 - dt.timedelta(seconds=20)))),
      ("Date", fdate(t50)),
      ("From", addr("AWS トレーニングと認定", "no-reply-aws@amazon.com")),
      ("To", addr(YM["name"], YM["email"])),
      ("Message-ID", ses_msgid(t50)),
      ("Subject", ew("【重要】AWS 認定アカウント統合のご確認（24 時間以内）", "ISO-2022-JP", "iso-2022-jp", chunk=8))]
save(50, "juuyou-tougou-go-kakunin", "merge_confirmation_requested", "ja", C_PHISH_JA, [A["y_keep"], "AWS77120358"], False, h,
     textpart(txt50, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"))

# ====================================================================== 中村 (form case, corporate OpenDMARC, ja)
NK = USERS["nakamura"]
t51 = T("2026-02-17 01:05:00")
body51 = """中村 浩二 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの伊藤です。

フォームにご記入いただいた内容に基づき、以下の 3 つのアカウントを 1 つにまとめる手続きをご提案いたします。

■ 残すアカウント
　AWS76604431（koji.nakamura@nakamura-seiki.co.jp）
■ 統合後に閉鎖されるアカウント
　AWS23158870（k.nakamura.private@ybb.ne.jp）
　AWS84420097（nakamura.k@partner-training.jp）

統合した後で元に戻すことはできませんので、ご注意ください。
上記で相違なければ、その旨を本メールへご返信ください。相違がある場合は、残したいアカウントをお知らせください。

伊藤
AWS トレーニングと認定 カスタマーサポート"""
aws_mail(51, "mittsu-no-account-teian", "merge_confirmation_requested", "ja", C_N,
         [A["n_keep"], A["n_old1"], A["n_old2"]], "nakamura", t51, AWS_FORM, form_subj(C_N),
         textpart(body51, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"))

t_nr = T("2026-02-17 09:20:00")
t52 = T("2026-02-18 02:30:00")
nk_reply = """伊藤様

ご連絡ありがとうございます。
個人のアドレスのアカウントを残したいです。会社のアドレスは退職したら使えなくなるので。
よろしくお願いします。

中村

%s
%s""" % (jquote_hdr(t51, "Amazon Web Services", AWS_FORM[1]), qmark(body51))
body52 = """中村 様

ご返信ありがとうございます。伊藤です。

いただいたご返信では「個人のアドレスのアカウントを残したい」とのことでしたが、前回のご案内は AWS76604431（会社のアドレス）を残す内容となっておりました。
行き違いを防ぐため、どちらのアカウントを残すかをあらためてお知らせいただけますでしょうか。

　A 案：AWS76604431 を残し、AWS23158870 と AWS84420097 を統合
　B 案：AWS23158870 を残し、AWS76604431 と AWS84420097 を統合

いずれかをお選びいただいた後、あらためて最終的なご案内をお送りいたします。現時点では、統合の作業は行っておりません。

伊藤
AWS トレーニングと認定 カスタマーサポート

%s
%s""" % (orig_block("中村 浩二", NK["email"], t_nr.astimezone(JST), AWS_FORM[1], "Re: " + form_subj(C_N).replace("\n", "")), nk_reply)
aws_mail(52, "nokosu-account-no-sai-kakunin", "support_reply", "ja", C_N,
         [A["n_keep"], A["n_old1"], A["n_old2"]], "nakamura", t52, AWS_FORM, form_subj(C_N),
         textpart(body52, cte="quoted-printable"), inreply="<CAF%s@mail.gmail.com>" % ralnum(30))

t53 = T("2026-02-25 01:00:00")
body53 = """中村 様

伊藤です。先日お送りした、残すアカウントの選択（A 案／B 案）についてのご案内について、その後いかがでしょうか。

AWS76604431 ほか 2 件のアカウントの統合について、引き続きサポートが必要な場合は本メールへご返信ください。
7 日以内にご返信がない場合、本件は解決済みとして自動的にクローズされます。

伊藤
AWS トレーニングと認定 カスタマーサポート"""
aws_mail(53, "sono-go-ikaga-deshou", "support_reply", "ja", C_N, [A["n_keep"]], "nakamura", t53, AWS_FORM,
         form_subj(C_N), textpart(body53, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"))

t_final = T("2026-02-26 04:00:00")
t54 = T("2026-03-04 04:10:00")
final_req = """中村 様

A 案をご選択いただきありがとうございます。伊藤です。
以下の内容で統合いたします。

残すアカウント：AWS76604431
閉鎖されるアカウント：AWS23158870、AWS84420097

統合は取り消しできません。よろしければ、本メールに「承認します」とご返信ください。"""
body54 = """中村 様

伊藤です。お待たせいたしました。

ご依頼のとおり、AWS23158870 と AWS84420097 の記録をすべて AWS76604431 にまとめる作業が終わりましたので、ご報告いたします。2 つのアカウントはすでに閉鎖済みです。

本件はこれをもって終了とさせていただきます。後日、アンケートのご案内が届きましたら、ご協力いただけますと幸いです。

伊藤
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: %s
To: koji.nakamura@nakamura-seiki.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

%s""" % (t_final.astimezone(JST).strftime("%Y/%m/%d %H:%M"), C_N, final_req)
aws_mail(54, "matome-owari-shuuryou", "merge_completed", "ja", C_N, [A["n_keep"], A["n_old1"], A["n_old2"]], "nakamura", t54,
         AWS_FORM, form_subj(C_N), textpart(body54, cte="base64"))

t55 = T("2026-03-05 08:00:00")
txt55 = """中村 浩二 さん

AWS 認定アカウントの統合に伴い、AWS Training and Certification から以下のバッジが koji.nakamura@nakamura-seiki.co.jp 宛てに移行されました。

・AWS Certified Solutions Architect – Associate
・AWS Certified Machine Learning Engineer – Associate

バッジを受け取ると、引き続きプロフィールで公開・共有できます。

バッジを受け取る: https://www.credly.com/earner/earned/share?src=transfer&t=%s

Credly, Inc. | 2 Embarcadero Center | San Francisco, CA 94111""" % rhex(20)
credly_mail(55, "credly-badge-ikou", "credly_badge_issued", "ja", "nakamura", t55, "Credly", "admin@credly.com",
            ew("バッジを受け取ってください: AWS Training and Certification", chunk=13),
            alt(textpart(txt55, cte="base64"), textpart(html_from_text(txt55, "Credly"), "html", cte="base64")))

t56 = T("2026-03-04 04:11:30")
txt56 = """中村 浩二 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ番号 %s はクローズされました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします（約 1 分）。
https://survey.training.aws/s/cs?case=%s&lang=ja

問題は解決しましたか？  はい ／ いいえ

※このメールは送信専用です。""" % (C_N, C_N)
aws_mail(56, "anketo-kyouryoku", "survey", "ja", C_N, [], "nakamura", t56, AWS_FORM,
         ew("【アンケート】AWS トレーニングと認定サポートについて", "ISO-2022-JP", "iso-2022-jp", chunk=9),
         textpart(txt56, label="ISO-2022-JP", codec="iso-2022-jp", cte="7bit"))

# ====================================================================== Japanese unrelated
t57 = T("2025-09-03 06:12:00")
body57 = """佐々木 健 様

Amazon セラーセントラルをご利用いただき、ありがとうございます。

お問い合わせいただいた「家電」カテゴリーの出品許可申請について確認いたしました。ご提出いただいた請求書では、仕入れ先の住所と出品者情報の住所が一致していないため、現時点では承認いたしかねます。

お手数ですが、住所が一致する請求書をあらためてご提出ください。

ケース ID: %s

引き続き Amazon.co.jp をよろしくお願いいたします。

Amazon セラーサポート""" % C_SELLER
relay, ip = ses_relay()
mf = ses_mailfrom(t57)
v = verdict("nifty", "amazon.com", "amazon.com")
h = nifty(SS["email"], t57, relay, ip, mf, v)
h += ses_dkims(t57)
h += [("Date", fdate(t57)),
      ("From", addr("Amazon Seller Central", "donotreply@amazon.com")),
      ("To", SS["email"]),
      ("Message-ID", ses_msgid(t57)),
      ("Subject", "RE:[CASE %s] " % C_SELLER + ew("出品許可申請について（家電）", chunk=8))]
save(57, "seller-central-shuppin-kyoka", "unrelated", "ja", C_SELLER, [], True, h, textpart(body57, cte="quoted-printable"))

t58 = T("2025-07-02 10:41:09")
body58 = """AWS Builder ID の確認

AWS Builder ID へのサインインを完了するには、次の確認コードを入力してください。

確認コード: 583920

このコードは 10 分間有効です。このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services"""
relay, ip = ses_relay()
mf = ses_mailfrom(t58)
v = verdict("gmail", "signin.aws", "signin.aws", "zlkpzi7hqxrbwyoy3hz4xi6nbcfbsfyk", extra_dkim=[("pass", "amazonses.com", SES_SEL)])
h = gmail(TN["email"], t58, relay, ip, mf, v)
h += [("DKIM-Signature", dkim("signin.aws", "zlkpzi7hqxrbwyoy3hz4xi6nbcfbsfyk", t58)),
      ("DKIM-Signature", dkim("amazonses.com", SES_SEL, t58, klen=170)),
      ("Date", fdate(t58)),
      ("From", "AWS <no-reply@signin.aws>"),
      ("To", TN["email"]),
      ("Message-ID", ses_msgid(t58)),
      ("Subject", ew("AWS Builder ID の確認コード", chunk=10))]
h += ses_extra(t58)
save(58, "builder-id-kakunin-code", "unrelated", "ja", None, [], True, h,
     alt(textpart(body58, cte="base64"), textpart(html_from_text(body58), "html", cte="base64")))

t59 = T("2025-09-10 03:30:00")
body59 = """佐々木 健 様

ピアソンVUEをご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2025年10月4日（土） 13:30
会場: オンライン（OnVUE）
候補者 ID: AWS55012387
登録番号: 491083572

試験当日は、開始時刻の 30 分前からチェックインが可能です。本人確認書類をご用意ください。

予約の変更・キャンセルは、試験開始の 24 時間前まで AWS 認定アカウントから行えます。

ピアソンVUE"""
ip = "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
v = verdict("nifty", "pearson.com", "pearson.com")
h = nifty(SS["email"], t59, "mail%d.pearson.com" % R.randint(1, 9), ip, "bounce@pearson.com", v)
h += [("DKIM-Signature", dkim("pearson.com", "selector1", t59)),
      ("Date", fdate(t59)),
      ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
      ("To", SS["email"]),
      ("Message-ID", "<%s@pearson.com>" % ralnum(26)),
      ("Subject", ew("ピアソンVUE 試験予約確認", "ISO-2022-JP", "iso-2022-jp", chunk=7) + " - AWS Certified Solutions Architect\n - Professional")]
save(59, "pearson-vue-yoyaku-kakunin", "unrelated", "ja", None, [A["s_keep"]], False, h,
     textpart(body59, label="Shift_JIS", codec="shift_jis", cte="base64"))

t60 = T("2026-02-10 00:05:00")
txt60 = """田中 美咲 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限が 90 日後に迫っています。

有効期限: 2026年5月11日

有効期限を過ぎると、バッジは「期限切れ」と表示されます。再認定の方法については、発行元の AWS Training and Certification にご確認ください。

バッジを表示: https://www.credly.com/badges/%s

Credly, Inc. | 2 Embarcadero Center | San Francisco, CA 94111
通知の設定を変更: https://www.credly.com/earner/settings/notifications""" % str(uuid.UUID(int=R.getrandbits(128)))
credly_mail(60, "credly-yuukou-kigen-chikai", "unrelated", "ja", "tanaka", t60, "Credly", "admin@credly.com",
            ew("バッジの有効期限が近づいています", chunk=8),
            alt(textpart(txt60, cte="quoted-printable"), textpart(html_from_text(txt60, "Credly"), "html", cte="quoted-printable")))

# ====================================================================== write
for f in os.listdir(OUT):
    if f.endswith(".eml"):
        os.remove(os.path.join(OUT, f))
for fn, data in FILES.items():
    with open(os.path.join(OUT, fn), "wb") as fh:
        fh.write(data)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(dict(sorted(LABELS.items())), fh, ensure_ascii=False, indent=1)
print(len(FILES), "files written")
