#!/usr/bin/env python3
"""Generator for blind set 162: AWS Certification account-merge mailbox (English paraphrase emphasis)."""
import base64, datetime as dt, hashlib, html, json, os, quopri, random, re, uuid
from email import policy
from email.generator import BytesGenerator
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(162)
MAILS = []
POL = policy.compat32.clone(max_line_length=0, linesep="\n")

# ---------------------------------------------------------------- helpers
def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))

def D(y, mo, d, h, mi, s=0, off=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz(off))

def case15(opened):
    """15-digit display id: unix time of opening + 5 digits."""
    return "%d%05d" % (int(opened.timestamp()), RNG.randint(0, 99999))

def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))

def rb64(n):
    raw = bytes(RNG.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()

def rsel(n=32):
    return "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(n))

def ses_id(when):
    ms = int(when.timestamp() * 1000) - RNG.randint(800, 4000)
    return "0100%012x-%s-000000" % (ms, uuid.UUID(int=RNG.getrandbits(128)))

def fold_b64(s, width=70, indent="\t "):
    chunks = [s[i:i + width] for i in range(0, len(s), width)]
    return ("\n" + indent).join(chunks)

def rfc(d):
    return format_datetime(d)

def enc_word_subject(text, charset="UTF-8", mode="B", chunk=18):
    """Encoded-word subject folded over several lines."""
    words = []
    b = text
    pieces = [b[i:i + chunk] for i in range(0, len(b), chunk)]
    for p in pieces:
        raw = p.encode(charset.lower() if charset.lower() != "iso-2022-jp" else "iso2022_jp")
        if mode == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = quopri.encodestring(raw, header=True).decode().replace("=\n", "")
            q = q.replace("?", "=3F")
            words.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(words)

# ---------------------------------------------------------------- transport / auth headers
SES_IPS = ["54.240.8.%d" % i for i in (11, 30, 42, 57, 83, 95)] + ["54.240.48.%d" % i for i in (101, 117, 212)]

def ses_chain(provider, frm_domain, rcpt, when, verdict="pass", ses=True, dkim_d=None,
              mailfrom=None, ip=None, host=None, extra_lower_ar=None, sel=None, spf="pass"):
    """Return list of (name, value) transport headers, topmost first.
    provider: gmail|outlook|yahoo|biglobe|ocn|nifty|fastmail|postfix|none
    verdict: pass | dkimfail | nodmarc_aligned | unaligned | softfail
    """
    ip = ip or RNG.choice(SES_IPS)
    host = host or ("a%s-%s.smtp-out.amazonses.com" % (ip.split(".")[2], ip.split(".")[3]))
    dkim_d = dkim_d or frm_domain
    mailfrom = mailfrom or ("%s@email.amazonses.com" % ses_id(when)) if ses else mailfrom
    mf_dom = mailfrom.split("@")[1]
    sel = sel or rsel()
    t1 = when + dt.timedelta(seconds=RNG.randint(1, 3))
    t0 = when + dt.timedelta(seconds=RNG.randint(0, 1))
    hdrs = []
    dk_pass = verdict in ("pass", "nodmarc_aligned", "unaligned")
    if verdict == "unaligned":
        dkim_d_eff = mf_dom
    else:
        dkim_d_eff = dkim_d
    dmarc = "pass" if verdict == "pass" else "fail"
    if provider == "gmail":
        gid = rhex(4)
        hdrs.append(("Received", "by 2002:a05:6a10:%s:b0:%d:%s:%s with SMTP id %s;\n        %s" % (
            rhex(4), RNG.randint(500, 700), rhex(4), rhex(4), "".join(RNG.choice("abcdefghijklmnop") for _ in range(10)) + "csp%d%s" % (RNG.randint(100000, 999999), rhex(3)), pacific(t1))))
        hdrs.append(("X-Google-Smtp-Source", "AGHT+IE" + rb64(60)[:80]))
        hdrs.append(("X-Received", "by 2002:a17:90b:%s:b0:%d:%s:%s with SMTP id %s.%d.%d;\n        %s" % (
            rhex(4), RNG.randint(300, 400), rhex(3), rhex(4), rhex(12), RNG.randint(1, 9), RNG.randint(1690000000000, 1760000000000), pacific(t1))))
        hdrs.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(t1.timestamp()), fold_b64(rb64(250), 64, "\n         ").replace("\n\t ", "\n         "))))
        hdrs.append(("ARC-Authentication-Results", "i=1; mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s" % (
            "pass" if dk_pass else "fail", dkim_d_eff, sel, rb64(6)[:8], mailfrom, ip, mailfrom, dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", frm_domain)))
        hdrs.append(("Return-Path", "<%s>" % mailfrom))
        hdrs.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            host, host, ip, rhex(12), RNG.randint(1, 9), RNG.randint(1000000, 9999999), rcpt, pacific(t0))))
        hdrs.append(("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)))
        if verdict == "nodmarc_aligned":
            ar = "mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (dkim_d_eff, sel, rb64(6)[:8], mailfrom, ip, mailfrom)
        else:
            ar = "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s" % (
                "pass" if dk_pass else "fail (body hash did not verify)", dkim_d_eff, sel, rb64(6)[:8], mailfrom, ip, mailfrom, dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", frm_domain)
        hdrs.append(("Authentication-Results", ar))
        hdrs.insert(0, ("Delivered-To", rcpt))
    elif provider == "outlook":
        tn = "%s%s" % (RNG.choice(["BN", "CH", "DM", "SA", "MW", "PH"]), RNG.randint(1, 8))
        hdrs.append(("Received", "from %sPR%02dMB%d.namprd%02d.prod.outlook.com (2603:10b6:%s::%s)\n by %sPR%02dMB%d.namprd%02d.prod.outlook.com with HTTPS; %s" % (
            tn, RNG.randint(1, 19), RNG.randint(1000, 9999), RNG.randint(1, 20), rhex(3), rhex(2), tn, RNG.randint(1, 19), RNG.randint(1000, 9999), RNG.randint(1, 20), rfc(t1).replace("+0000", "+0000"))))
        hdrs.append(("Received", "from %s (%s) by\n %sNAM02FT0%d.mail.protection.outlook.com (10.13.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s" % (
            host, ip, tn, RNG.randint(10, 99), RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(8000, 9300), RNG.randint(10, 40), rfc(t0))))
        if verdict == "pass":
            ar = "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % (ip, mf_dom, dkim_d_eff, frm_domain)
        elif verdict == "nodmarc_aligned":
            ar = "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=bestguesspass action=none\n header.from=%s;compauth=pass reason=109" % (ip, mf_dom, dkim_d_eff, frm_domain)
        else:
            ar = "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000" % (ip, mf_dom, "pass (signature was verified)" if dk_pass else "fail (body hash did not verify)", dkim_d_eff, frm_domain)
        hdrs.insert(1, ("Authentication-Results", ar))
        hdrs.insert(2, ("Received-SPF", "Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mf_dom, ip, ip, host)))
        hdrs.append(("X-MS-Exchange-Organization-AuthSource", "%sNAM02FT0%d.eop-nam02.prod.protection.outlook.com" % (tn, RNG.randint(10, 99))))
        hdrs.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
        hdrs.append(("Return-Path", "<%s>" % mailfrom))
    elif provider in ("biglobe", "ocn", "nifty", "sonet", "yahoo", "fastmail", "postfix"):
        authserv = {"biglobe": "mx.biglobe.ne.jp", "ocn": "mf-smf-ucb031.ocn.ad.jp", "nifty": "mx.nifty.com",
                    "sonet": "mx-so-net.ne.jp", "yahoo": "atlas-production.v2-mail-prod1-gq1.omega.yahoo.com",
                    "fastmail": "mx4.messagingengine.com", "postfix": host_for_postfix(rcpt)}[provider]
        mx = {"biglobe": "mfv-prd-%03d.biglobe.ne.jp" % RNG.randint(1, 40), "ocn": "mf-smf-ucb031.ocn.ad.jp",
              "nifty": "mta-snd%02d.nifty.com" % RNG.randint(1, 20), "sonet": "mx%02d.so-net.ne.jp" % RNG.randint(1, 9),
              "yahoo": "mta%d.am0.yahoodns.net" % RNG.randint(1, 7), "fastmail": "mx4.messagingengine.com",
              "postfix": authserv}[provider]
        hdrs.append(("Return-Path", "<%s>" % mailfrom))
        if provider == "fastmail":
            hdrs.append(("Received", "from compute6.internal (compute6.nyi.internal [10.202.2.46])\n\t by sloti%d.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s" % (RNG.randint(10, 60), rhex(7), rfc(t1.astimezone(tz(-4))))))
        hdrs.append(("Received", "from %s (%s [%s])\n\tby %s (%s) with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, mx, "VZM Hermes SMTP Server" if provider == "yahoo" else "Postfix", rhex(10).upper(), rcpt, rfc(t0.astimezone(tz(9 if provider in ("biglobe", "ocn", "nifty", "sonet") else (2 if provider == "postfix" else -4)))))))
        if verdict == "pass":
            ar = "%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=%s;\n\tdmarc=pass (p=quarantine dis=none) header.from=%s" % (authserv, mailfrom, dkim_d_eff, sel, frm_domain)
        elif verdict == "nodmarc_aligned":
            ar = "%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass (2048-bit key) header.d=%s header.i=@%s header.b=\"%s\"" % (authserv, mailfrom, dkim_d_eff, dkim_d_eff, rb64(6)[:8])
        else:
            ar = "%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=fail (p=quarantine dis=quarantine) header.from=%s" % (authserv, mailfrom, "pass" if dk_pass else "fail (bad signature)", dkim_d_eff, frm_domain)
        if provider == "yahoo":
            ar = ar.replace("dkim=pass header.d=", "dkim=pass header.i=@").replace("\tdmarc=pass (p=quarantine dis=none)", "\tdmarc=pass(p=QUARANTINE)")
        hdrs.insert(1, ("Authentication-Results", ar))
        if provider == "fastmail":
            hdrs.insert(1, ("X-ME-Spam", "score=0.1"))
    elif provider == "none":
        hdrs.append(("Return-Path", "<%s>" % mailfrom))
        hdrs.append(("Received", "from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, ip, rcpt.split("@")[1], rhex(10).upper(), rcpt, rfc(t0.astimezone(tz(9 if rcpt.endswith(".jp") else 0))))))
    if spf != "pass":
        fixed = []
        for k, v in hdrs:
            v = re.sub(r"spf=pass \(google\.com: domain of (\S+) designates (\S+) as permitted sender\)",
                       r"spf=%s (google.com: domain of transitioning \1 does not designate \2 as permitted sender)" % spf, v)
            v = v.replace("spf=pass", "spf=" + spf)
            if k == "Received-SPF":
                v = re.sub(r"^(pass|Pass)", spf.capitalize() if v.startswith("P") else spf, v)
                v = v.replace("designates", "does not designate")
            fixed.append((k, v))
        hdrs = fixed
    if extra_lower_ar:
        hdrs.append(("Authentication-Results", extra_lower_ar))
    return hdrs

def pacific(t):
    dst = 3 <= t.month <= 10 or (t.month == 11 and t.day < 3) 
    if dst and t.month == 3 and t.day < 10:
        dst = False
    return rfc(t.astimezone(tz(-7 if dst else -8))) + (" (PDT)" if dst else " (PST)")

def host_for_postfix(rcpt):
    return "mx1." + rcpt.split("@")[1]

def dkim_headers(d, when, sel=None, ses=True, fields="Subject:From:To:Date:MIME-Version:Content-Type:References:Message-ID"):
    out = []
    sel = sel or rsel()
    out.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s" % (
        sel, d, int(when.timestamp()), fields, rb64(32), fold_b64(rb64(256), 72, "\t"))))
    if ses:
        out.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t=%d;\n\th=Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID;\n\tbh=%s;\n\tb=%s" % (
            int(when.timestamp()), rb64(32), fold_b64(rb64(256), 72, "\t"))))
    return out

# ---------------------------------------------------------------- bodies
def mkpart(text, subtype="plain", charset="utf-8", cte="qp", label=None):
    """Build a text part with explicit transfer encoding; label overrides declared charset."""
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(charset.lower(), charset)
    raw = text.encode(codec)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", label or charset)
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
        p["Content-Transfer-Encoding"] = "base64"
    elif cte == "7bit":
        raw.decode("ascii")
        payload = raw.decode("ascii")
        p["Content-Transfer-Encoding"] = "7bit"
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
        p["Content-Transfer-Encoding"] = "8bit"
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    del p["MIME-Version"]
    return p

def esc(s):
    return html.escape(s, quote=False)

def text_to_html_paras(text):
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        out.append("<p>" + "<br>\n".join(esc(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)

def quote_html(q, style):
    if not q:
        return ""
    if style == "gmail":
        head, _, rest = q.partition("\n")
        body = "\n".join(l[2:] if l.startswith("> ") else (l[1:] if l.startswith(">") else l) for l in rest.split("\n"))
        return '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(head), text_to_html_paras(body))
    if style == "outlook":
        return '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%%" tabindex="-1">%s</div>' % text_to_html_paras(q)
    return '<div style="border-top:1px solid #ccc;padding-top:8px;color:#555">%s</div>' % text_to_html_paras(q)

AWS_HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Amazon Web Services</title></head>
<body style="margin:0;padding:0;background-color:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" width="60" /></td></tr>
<tr><td style="padding:24px">
%s
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">%s</td></tr>
</table></td></tr></table></body></html>"""

def aws_html(inner, footer):
    return AWS_HTML % (inner, footer)

def simple_html(new, quote="", qstyle="gmail", font="Calibri, sans-serif"):
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:%s;font-size:11pt">%s</div>%s</body></html>' % (font, text_to_html_paras(new), quote_html(quote, qstyle))

def build_body(text, html_text, structure, tcs="utf-8", tcte="qp", hcs="utf-8", hcte="qp", tlabel=None, hlabel=None):
    if structure == "text":
        return mkpart(text, "plain", tcs, tcte, tlabel)
    if structure == "html":
        return mkpart(html_text, "html", hcs, hcte, hlabel)
    alt = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(100000000, 999999999), RNG.randint(1600000000000, 1760000000000)))
    alt.attach(mkpart(text, "plain", tcs, tcte, tlabel))
    alt.attach(mkpart(html_text, "html", hcs, hcte, hlabel))
    if structure == "alt":
        return alt
    raise ValueError(structure)

ID_RE = re.compile(r"(?i)\baws[\s-]?(\d{8})\b")

def ids_in(text):
    return sorted(set("AWS" + m for m in ID_RE.findall(text)))

def add(fn, kind, case_id, ids, verified, frm, to, subject, date, new, quote="", *,
        lang="en", structure="alt", html_text=None, transport=None, dkim=None, msgid=None,
        extra=None, tcs="utf-8", tcte="qp", hcs="utf-8", hcte="qp", tlabel=None, hlabel=None,
        qstyle="gmail", body_override=None, html_new=None):
    """new: the new top text; quote: quoted history (text form)."""
    text = new if not quote else new.rstrip("\n") + "\n\n" + quote
    if html_text is None and structure in ("alt", "html"):
        html_text = simple_html(html_new or new, quote, qstyle)
    got = ids_in(new)
    assert got == sorted(ids), (fn, got, ids)
    MAILS.append(dict(fn=fn, label=dict(kind=kind, case_id=case_id, account_ids=sorted(ids), sender_verified=verified, language=lang),
                      frm=frm, to=to, subject=subject, date=date, text=text, html=html_text, structure=structure,
                      transport=transport or [], dkim=dkim or [], msgid=msgid, extra=extra or [], tcs=tcs, tcte=tcte,
                      hcs=hcs, hcte=hcte, tlabel=tlabel, hlabel=hlabel, body_override=body_override, new=new))

def render(m):
    body = m["body_override"] or build_body(m["text"], m["html"], m["structure"], m["tcs"], m["tcte"], m["hcs"], m["hcte"], m["tlabel"], m["hlabel"])
    ct_hdrs = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in m["transport"]:
        body[k] = v
    for k, v in m["dkim"]:
        body[k] = v
    body["From"] = m["frm"]
    body["To"] = m["to"]
    body["Subject"] = m["subject"]
    body["Date"] = rfc(m["date"])
    body["Message-ID"] = m["msgid"] or "<%s@%s>" % (rhex(24), "mail.example.net")
    for k, v in m["extra"]:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in ct_hdrs:
        if k.lower() == "mime-version":
            continue
        body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(body)
    return buf.getvalue()

# ---------------------------------------------------------------- common senders
AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'

def aws_mail(provider, rcpt, when, verdict="pass", frm_domain="amazon.com", **kw):
    sid = ses_id(when)
    sel = rsel()
    tr = ses_chain(provider, frm_domain, rcpt, when, verdict=verdict, mailfrom=sid + "@email.amazonses.com", sel=sel, **kw)
    dk = dkim_headers(frm_domain if verdict != "unaligned" else "amazonses.com", when, sel=sel, ses=(verdict != "unaligned"))
    extra = [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(33)[:43]), ("X-SES-Outgoing", when.strftime("%Y.%m.%d-") + "54.240.8.%d" % RNG.randint(1, 99))]
    return dict(transport=tr, dkim=dk, msgid="<%s@email.amazonses.com>" % sid, extra=extra)

FORM_FOOTER_TXT = """
To reply, please respond to this email directly and keep the case ID in the subject line. Please do not open a new case for the same request.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

def console_footer(cid):
    return """
To see the details of this case or reply, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % cid

# ================================================================ MAILS
# (mail definitions are appended below in parts)

# ---------------------------------------------------------------- persona A: Priya, Gmail, form case 2025
PRIYA = "priya.raman84@gmail.com"
A_OPEN = D(2025, 3, 14, 8, 12, 5)
CASE_A = case15(A_OPEN)
A_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A

def aws_alt_html(new, quote="", footer="", qstyle="plain"):
    return aws_html(text_to_html_paras(new) + quote_html(quote, qstyle), esc(footer.strip()).replace("\n", "<br>"))

d = A_OPEN + dt.timedelta(seconds=41)
new = """Hello,

Receipt of your Training and Certification inquiry is hereby acknowledged. A case has been created under reference number %s and has been placed in the queue for review by a Training and Certification specialist.

Assignment of cases is performed in order of submission. A response may be anticipated within one (1) business day. The submission of further requests for the same matter is not required and may result in delays to processing.

Summary of the information submitted:
  Inquiry type: Certification
  Inquiry detail: Account Merge
  AWS candidate ID: AWS61290347
  Name: Priya Raman
  Notification e-mail: %s
  Description: I have a second certification account from my old job (candidate ID AWS40718825, login priya.r@ardent-systems.com). Please merge it into my current one.

Regards,
AWS Training and Certification
""" % (CASE_A, PRIYA)
add("001-form-ack-receipt-hereby-acknowledged.eml", "case_created", CASE_A, ["AWS40718825", "AWS61290347"], True,
    AWS_FORM, PRIYA, A_SUBJ, d, new + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, footer=FORM_FOOTER_TXT), **aws_mail("gmail", PRIYA, d))

d = D(2025, 3, 15, 0, 48, 19)
new = """Hi Priya,

Quick one before I hit go on this:

 - AWS40718825 (priya.r@ardent-systems.com) -> goes away
 - AWS61290347 (priya.raman84@gmail.com) -> stays, gets everything

Heads up, there's no undo once it runs. Just reply with a yes and I'll get it in first thing Monday.

Cheers,
Tom
AWS Training & Certification
"""
quote = """-----Original Message-----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS61290347
Description: I have a second certification account from my old job (candidate ID AWS40718825, login priya.r@ardent-systems.com). Please merge it into my current one.
"""
add("002-confirm-quick-one-before-i-hit-go.eml", "merge_confirmation_requested", CASE_A, ["AWS40718825", "AWS61290347"], True,
    AWS_FORM, PRIYA, "RE:" + A_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT), tcte="7bit", **aws_mail("gmail", PRIYA, d))

d = D(2025, 3, 17, 15, 3, 52)
new = """Thanks Priya, noted.

Passing this to the back-office folks now. You'll hear from us once it's through - nothing else needed from your side for the moment.

Tom
AWS Training & Certification
"""
quote = """On Sat, Mar 15, 2025 at 9:20 AM Priya Raman <priya.raman84@gmail.com> wrote:
> Yes - the details are correct. Please proceed with the merge.
>
> Thanks,
> Priya
>
> On Fri, Mar 14, 2025 at 5:48 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Priya,
> >
> > Quick one before I hit go on this:
> >
> >  - AWS40718825 (priya.r@ardent-systems.com) -> goes away
> >  - AWS61290347 (priya.raman84@gmail.com) -> stays, gets everything
> >
> > Heads up, there's no undo once it runs. Just reply with a yes and I'll get it in first thing Monday.
"""
add("003-reply-noted-passing-to-back-office.eml", "support_reply", CASE_A, [], True,
    AWS_FORM, PRIYA, "RE:" + A_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT, "gmail"), **aws_mail("gmail", PRIYA, d))

d = D(2025, 3, 18, 21, 37, 4)
new = """Dear Priya Raman,

Please be advised that the consolidation of the candidate records referenced in this case has been effectuated.

Certification history, exam results and associated benefits formerly held under candidate ID AWS40718825 have been transferred to, and now reside under, candidate ID AWS61290347. The former record has been deactivated and is no longer available for sign-in.

Reflection of the consolidated record in the AWS Certification Account may require up to 24 hours. Should any discrepancy be observed after that period, notification of the same by reply to this message is requested.

Kind regards,
Training and Certification Support
Amazon Web Services
"""
quote = """-----Original Message-----
From: Priya Raman <priya.raman84@gmail.com>
Sent: Saturday, March 15, 2025 9:20 AM
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Yes - the details are correct. Please proceed with the merge.
""" % CASE_A
add("004-completed-consolidation-effectuated.eml", "merge_completed", CASE_A, ["AWS40718825", "AWS61290347"], True,
    AWS_FORM, PRIYA, "RE:" + A_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT), tcte="base64", hcte="base64", **aws_mail("gmail", PRIYA, d))

d = D(2025, 3, 18, 21, 39, 30)
new = """Hello,

Case %s has been closed.

We'd love to know how we did. Was your issue resolved?

  YES  https://survey.aws-training.example-feedback.amazon.com/r?c=%s&v=1
  NO   https://survey.aws-training.example-feedback.amazon.com/r?c=%s&v=0

It only takes a minute, and every response is read by the Training and Certification team.

Thank you,
AWS Training and Certification
""" % (CASE_A, CASE_A, CASE_A)
inner = """<p>Hello,</p><p>Case <b>%s</b> has been closed.</p>
<p>We'd love to know how we did. Was your issue resolved?</p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="background:#ec7211;padding:10px 28px;border-radius:2px"><a href="https://survey.aws-training.example-feedback.amazon.com/r?c=%s&amp;v=1" style="color:#fff;text-decoration:none;font-weight:bold">YES</a></td><td width="16"></td>
<td style="background:#545b64;padding:10px 28px;border-radius:2px"><a href="https://survey.aws-training.example-feedback.amazon.com/r?c=%s&amp;v=0" style="color:#fff;text-decoration:none;font-weight:bold">NO</a></td></tr></table>
<p>It only takes a minute, and every response is read by the Training and Certification team.</p><p>Thank you,<br>AWS Training and Certification</p>""" % (CASE_A, CASE_A, CASE_A)
add("005-closed-was-your-issue-resolved.eml", "survey", CASE_A, [], True,
    AWS_FORM, PRIYA, "Case %s closed - tell us how we did" % CASE_A, d, new,
    structure="html", html_text=aws_html(inner, esc(FORM_FOOTER_TXT.strip())), **aws_mail("gmail", PRIYA, d))

def credly_mail(provider, rcpt, when, verdict="pass", domain="credly.com"):
    ip = "167.89.%d.%d" % (RNG.randint(1, 120), RNG.randint(1, 250))
    host = "o%d.ptr%d.%s" % (RNG.randint(1, 9), RNG.randint(1000, 9999), domain)
    mf = "bounces+%d-%s-%s@em%d.%s" % (RNG.randint(1000000, 9999999), rhex(4), rcpt.replace("@", "="), RNG.randint(1000, 9999), domain)
    tr = ses_chain(provider, domain, rcpt, when, verdict=verdict, ses=False, mailfrom=mf, ip=ip, host=host, dkim_d=domain, sel="s1")
    dk = dkim_headers(domain, when, sel="s1", ses=False, fields="from:subject:mime-version:content-type:to:cc")
    dk.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendgrid.info;\n\th=from:subject:mime-version:content-type:to:cc; s=smtpapi;\n\tbh=%s;\n\tb=%s" % (rb64(32), fold_b64(rb64(180), 72, "\t"))))
    return dict(transport=tr, dkim=dk, msgid="<%s@geopod-ismtpd-%d>" % (rb64(15).replace("/", "_").replace("+", "-"), RNG.randint(1, 40)),
                extra=[("X-SG-EID", rb64(60)), ("List-Unsubscribe", "<https://www.credly.com/notifications/unsubscribe?token=%s>" % rhex(32))])

d = D(2025, 3, 19, 10, 2, 44)
new = """Hi Priya,

Your badges have a new home.

Following the update to your AWS Certification account, Amazon Web Services Training and Certification has issued the following badge to this Credly account:

  AWS Certified Developer - Associate
  Issued: June 12, 2023 - Expires: June 12, 2026

Accept your badge to add it to your profile and start sharing it:
https://www.credly.com/earner/earned/badge/%s

Questions? Visit our Help Center at https://support.credly.com

The Credly Team
Credly, Inc. | 100 Pearl St, Hartford, CT 06103
""" % str(uuid.UUID(int=RNG.getrandbits(128)))
inner = text_to_html_paras(new).replace("Accept your badge to add it", '<a href="https://www.credly.com/earner/earned/badge/x" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a><br>Accept your badge to add it')
add("006-credly-badges-have-a-new-home.eml", "credly_badge_issued", None, [], True,
    CREDLY_FROM, PRIYA, "Your AWS Certified Developer - Associate badge is ready to accept", d, new,
    html_text="<html><body style=\"font-family:Helvetica,Arial,sans-serif\">%s</body></html>" % inner,
    **credly_mail("gmail", PRIYA, d))

# ---------------------------------------------------------------- persona B: Tomasz, Outlook, console case 2023 (11 digits)
TOMASZ = "tomasz.wisniewski@outlook.com"
CASE_B = "12873460211"
B_SUBJ = "Merge two AWS Certification accounts"

d = D(2023, 6, 5, 7, 14, 9)
new = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I passed SAA-C03 with my private account (aws10293847) but my older Cloud Practitioner cert is on a second account created through my employer, AWS-56473829. Could you merge them into one please? I would like to keep the private one.

Thanks, Tomasz

We will respond to you as soon as possible. In the meantime, you can view the case or add further correspondence in the Support Center.

Best regards,
Amazon Web Services
""" % (CASE_B, CASE_B, B_SUBJ)
add("007-console-new-case-opened.eml", "case_created", CASE_B, ["AWS10293847", "AWS56473829"], True,
    AWS_CONSOLE, TOMASZ, "Amazon Web Services: You have opened a new Support case: %s" % CASE_B, d, new + console_footer(CASE_B),
    html_text=aws_alt_html(new, footer=console_footer(CASE_B)), **aws_mail("outlook", TOMASZ, d))

d = D(2023, 6, 6, 11, 51, 27)
new = """Hello Tomasz,

Greetings from AWS Training and Certification!

I understand that you would like to merge your both certification accounts AWS10293847 and AWS56473829. I will be glad to assist you on this.

For proceeding further, kindly share us below details:

1. The e-mail address you are using to login in each account
2. The notification e-mail address registered in each account (if it is different)

Once we will receive the details, we will check and revert back to you at the earliest.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Shruti K.
Amazon Web Services
"""
add("008-reply-kindly-share-login-emails.eml", "support_reply", CASE_B, ["AWS10293847", "AWS56473829"], True,
    AWS_CONSOLE, TOMASZ, "RE:[CASE %s] %s" % (CASE_B, B_SUBJ), d, new + console_footer(CASE_B),
    html_text=aws_alt_html(new, footer=console_footer(CASE_B)), **aws_mail("outlook", TOMASZ, d))

d = D(2023, 6, 8, 9, 6, 40)
new = """Hello Tomasz,

Thank you for the information provided.

Prior to the execution of the requested consolidation, verification of the following particulars is required:

  Account to be retained (surviving record): AWS10293847 - login tomasz.wisniewski@outlook.com
  Account to be decommissioned: AWS-56473829 - login t.wisniewski@nordvale-it.pl

Upon consolidation, all certifications, exam history and benefits associated with the decommissioned account will be transferred to the surviving record. The consolidation is irreversible in nature; a decommissioned account cannot be restored.

Kindly indicate your agreement to the above by way of a reply via the Support Center. Processing will be initiated upon receipt of same.

Best regards,
Shruti K.
Amazon Web Services
"""
add("009-confirm-verification-of-particulars.eml", "merge_confirmation_requested", CASE_B, ["AWS10293847", "AWS56473829"], True,
    AWS_CONSOLE, TOMASZ, "RE:[CASE %s] %s" % (CASE_B, B_SUBJ), d, new + console_footer(CASE_B),
    html_text=aws_alt_html(new, footer=console_footer(CASE_B)), **aws_mail("outlook", TOMASZ, d))

d = D(2023, 6, 9, 13, 22, 8)
new = """Hello Tomasz,

Hope you are doing well.

This is to inform you that merging of your accounts has been done successfully from our end. Now all of your certifications are reflecting under AWS10293847 only, and you may login with tomasz.wisniewski@outlook.com.

Please allow up to 24 hours for the changes to reflect completely. Kindly note that Credly badges may take some additional time to update.

Have a great day ahead!

Best regards,
Shruti K.
Amazon Web Services
"""
add("010-completed-merging-done-successfully.eml", "merge_completed", CASE_B, ["AWS10293847"], True,
    AWS_CONSOLE, TOMASZ, "RE:[CASE %s] %s" % (CASE_B, B_SUBJ), d, new + console_footer(CASE_B),
    html_text=aws_alt_html(new, footer=console_footer(CASE_B)), tcte="base64", **aws_mail("outlook", TOMASZ, d))

d = D(2023, 6, 9, 13, 24, 51)
new = """Hello,

Case %s has been transitioned to a Resolved state following completion of the requested account consolidation.

Your assessment of the service provided is invited. Participation in the survey below is voluntary and requires approximately two minutes:
https://console.aws.amazon.com/support/feedback?displayId=%s

Should further assistance be required with respect to this matter, the case may be reopened from the Support Center within 14 days.

Best regards,
Amazon Web Services
""" % (CASE_B, CASE_B)
add("011-survey-resolved-state-assessment-invited.eml", "survey", CASE_B, [], True,
    AWS_CONSOLE, TOMASZ, "Amazon Web Services: Your Support case %s has been resolved" % CASE_B, d, new + console_footer(CASE_B),
    html_text=aws_alt_html(new, footer=console_footer(CASE_B)), **aws_mail("outlook", TOMASZ, d))

# ---------------------------------------------------------------- persona C: Kenji, biglobe, form case 2025, English agent
KENJI = "kenji.sato@biglobe.ne.jp"
C_OPEN = D(2025, 5, 27, 3, 41, 12)
CASE_C = case15(C_OPEN)
C_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C

d = C_OPEN + dt.timedelta(seconds=58)
new = """Hi there,

Thanks for reaching out to AWS Training and Certification.

We've logged your request as case %s and someone from the team will get back to you within a day or so.

No need to open another case - if there's anything to add, just reply to this email and keep the case number in the subject.

AWS Training and Certification
""" % CASE_C
add("012-form-ack-weve-logged-your-request.eml", "case_created", CASE_C, [], True,
    AWS_FORM, KENJI, C_SUBJ, d, new + FORM_FOOTER_TXT, structure="text", tcte="7bit",
    **aws_mail("biglobe", KENJI, d))

d = D(2025, 5, 27, 22, 15, 3)
new = """Hi Kenji,

Happy to sort this out. Which one do you want to keep - AWS77001234 or AWS77005678?

Whichever you pick, the other gets folded into it and closed, so go with the one whose login you actually use.

Thanks!
Ana
AWS Training & Certification
"""
quote = """-----Original Message-----
Inquiry type: Certification / Account Merge
AWS candidate ID: AWS77001234
Description: I found I have 2 accounts. Second one is AWS77005678 (old email kenji.s@tokai-sys.co.jp). Please merge.
"""
add("013-reply-which-one-do-you-want-to-keep.eml", "support_reply", CASE_C, ["AWS77001234", "AWS77005678"], True,
    AWS_FORM, KENJI, "RE:" + C_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT), **aws_mail("biglobe", KENJI, d))

d = D(2025, 5, 28, 17, 9, 40)
new = """Perfect, thanks Kenji.

So to sum up:
  AWS77005678 -> folded into AWS77001234
  AWS77001234 survives (login kenji.sato@biglobe.ne.jp)

Can't be reversed afterwards. OK to go ahead? A quick yes is all I need.

Ana
AWS Training & Certification
"""
quote = """2025年5月28日(水) 8:02 佐藤 健二 <kenji.sato@biglobe.ne.jp>:
> Hello Ana,
> I want to keep AWS77001234. The mail address is kenji.sato@biglobe.ne.jp.
> Best regards,
> Kenji Sato
>
> > Hi Kenji,
> > Happy to sort this out. Which one do you want to keep - AWS77001234 or AWS77005678?
"""
add("014-confirm-ok-to-go-ahead-quick-yes.eml", "merge_confirmation_requested", CASE_C, ["AWS77001234", "AWS77005678"], True,
    AWS_FORM, KENJI, "RE:" + C_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT), tcs="iso-2022-jp", tcte="7bit",
    **aws_mail("biglobe", KENJI, d))

d = D(2025, 5, 30, 6, 55, 18)
new = """Hi Kenji,

Done - AWS77001234 has everything now. Give it a few hours to show up on the certification site and Credly.

Ana
"""
quote = """2025年5月29日(木) 9:31 佐藤 健二 <kenji.sato@biglobe.ne.jp>:
> Yes, please go ahead.
> Kenji
>
> > So to sum up:
> >   AWS77005678 -> folded into AWS77001234
> >   AWS77001234 survives (login kenji.sato@biglobe.ne.jp)
> > Can't be reversed afterwards. OK to go ahead? A quick yes is all I need.
"""
add("015-completed-done-has-everything-now.eml", "merge_completed", CASE_C, ["AWS77001234"], True,
    AWS_FORM, KENJI, "RE:" + C_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT), tcs="iso-2022-jp", tcte="base64",
    **aws_mail("biglobe", KENJI, d))

d = D(2025, 5, 31, 1, 12, 7)
new = """Kenji, you've been awarded a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Cloud Practitioner badge.

Claim it to show employers and peers what you know:
https://www.credly.com/badges/%s/accept

Can't see the button? Copy the link above into your browser.

Credly | Manage notification preferences: https://www.credly.com/earner/settings/notifications
""" % str(uuid.UUID(int=RNG.getrandbits(128)))
add("016-credly-youve-been-awarded-a-badge.eml", "credly_badge_issued", None, [], True,
    CREDLY_FROM, KENJI, "Kenji, you've been awarded a badge from Amazon Web Services Training and Certification", d, new,
    **credly_mail("biglobe", KENJI, d))

# ---------------------------------------------------------------- persona D: Marcus, Fastmail, console case 2025, three accounts
MARCUS = "marcus@odum.fastmail.com"
D_OPEN = D(2025, 8, 1, 14, 20, 33)
CASE_D = case15(D_OPEN)
D_SUBJ = "Consolidate 3 certification profiles"

d = D_OPEN + dt.timedelta(seconds=12)
new = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I somehow ended up with three AWS Certification profiles: AWS 20481632 (current, marcus@odum.fastmail.com), AWS 31415926 and aws27182818 (both from previous employers). Please consolidate all of them into AWS-20481632.

We will respond to you as soon as possible. You can view the case or add correspondence at any time in the Support Center.

Best regards,
Amazon Web Services
""" % (CASE_D, CASE_D, D_SUBJ)
add("017-console-case-opened-three-profiles.eml", "case_created", CASE_D, ["AWS20481632", "AWS27182818", "AWS31415926"], True,
    AWS_CONSOLE, MARCUS, "Amazon Web Services: You have opened a new Support case: %s" % CASE_D, d, new + console_footer(CASE_D),
    html_text=aws_alt_html(new, footer=console_footer(CASE_D)), **aws_mail("fastmail", MARCUS, d))

d = D(2025, 8, 4, 16, 2, 0)
new = """Hello Marcus,

Please be advised that your request is presently under review by the appropriate internal team. Owing to the number of records involved, completion of the review is anticipated within three to five business days.

No further action is required on your part at this time. Your patience during this period is appreciated.

Best regards,
Joaquin
Amazon Web Services
"""
add("018-reply-presently-under-review.eml", "support_reply", CASE_D, [], True,
    AWS_CONSOLE, MARCUS, "RE:[CASE %s] %s" % (CASE_D, D_SUBJ), d, new + console_footer(CASE_D),
    html_text=aws_alt_html(new, footer=console_footer(CASE_D)), **aws_mail("fastmail", MARCUS, d))

d = D(2025, 8, 8, 22, 47, 31)
new = """Hi Marcus - sorry for the wait, it's been a week.

Plan is:
AWS31415926 + AWS27182818 both roll into AWS20481632.
The 2048... one stays, the other two get closed.

One-way street, so pls double check and reply "confirmed" via the Support Center. I'll run it Monday.

Have a good weekend,
Joaquin
Amazon Web Services
"""
add("019-confirm-plan-is-one-way-street.eml", "merge_confirmation_requested", CASE_D, ["AWS20481632", "AWS27182818", "AWS31415926"], True,
    AWS_CONSOLE, MARCUS, "RE:[CASE %s] %s" % (CASE_D, D_SUBJ), d, new + console_footer(CASE_D),
    html_text=aws_alt_html(new, footer=console_footer(CASE_D)), tcte="base64", hcte="base64", **aws_mail("fastmail", MARCUS, d))

d = D(2025, 8, 11, 13, 30, 12)
new = """Got it, thanks Marcus.

It's in the queue now - should be sorted by Tuesday. Once it's through I'll drop you a note here.

Joaquin
Amazon Web Services
"""
quote = """On Fri, 8 Aug 2025, at 23:58, Marcus Odum wrote:
> confirmed - all three into the 2048 one. cheers
>
> On Fri, 8 Aug 2025 22:47:31 +0000, Amazon Web Services wrote:
> > Plan is:
> > AWS31415926 + AWS27182818 both roll into AWS20481632.
> > The 2048... one stays, the other two get closed.
"""
add("020-reply-got-it-in-the-queue.eml", "support_reply", CASE_D, [], True,
    AWS_CONSOLE, MARCUS, "RE:[CASE %s] %s" % (CASE_D, D_SUBJ), d, new, quote + console_footer(CASE_D),
    html_text=aws_alt_html(new, quote, console_footer(CASE_D), "gmail"), **aws_mail("fastmail", MARCUS, d))

d = D(2025, 8, 12, 18, 4, 44)
new = """Hello Marcus,

Notification is hereby provided that the merger of candidate accounts AWS31415926 and AWS27182818 into candidate account AWS20481632 has been completed.

The transfer of certification records, transcripts and associated benefits has been verified. Access to the retired candidate accounts has been revoked. Update of digital badges on Credly is handled as a separate process and may require up to 72 hours.

Best regards,
Joaquin
Amazon Web Services
"""
add("021-completed-notification-hereby-provided.eml", "merge_completed", CASE_D, ["AWS20481632", "AWS27182818", "AWS31415926"], True,
    AWS_CONSOLE, MARCUS, "RE:[CASE %s] %s" % (CASE_D, D_SUBJ), d, new + console_footer(CASE_D),
    html_text=aws_alt_html(new, footer=console_footer(CASE_D)), **aws_mail("fastmail", MARCUS, d))

d = D(2025, 8, 12, 18, 9, 2)
new = """How did we do?

Your recent case %s (%s) with AWS Support: tell us about it.

Rate your experience: 1 2 3 4 5
https://console.aws.amazon.com/support/feedback?displayId=%s

Thank you for helping us improve.
""" % (CASE_D, D_SUBJ, CASE_D)
inner = """<h2 style="font-size:20px;margin:0 0 12px">How did we do?</h2>
<p>Your recent case <b>%s</b> (%s) with AWS Support: tell us about it.</p>
<p>Rate your experience:</p><table><tr>%s</tr></table>
<p style="color:#687078">Thank you for helping us improve.</p>""" % (CASE_D, esc(D_SUBJ), "".join(
    '<td style="padding:4px"><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;r=%d" style="display:inline-block;width:36px;height:36px;line-height:36px;text-align:center;border:1px solid #879596;border-radius:18px;color:#16191f;text-decoration:none">%d</a></td>' % (CASE_D, i, i) for i in range(1, 6)))
add("022-survey-howd-we-do-rate-1-5.eml", "survey", CASE_D, [], True,
    AWS_CONSOLE, MARCUS, "How did we do? Case %s" % CASE_D, d, new,
    structure="html", html_text=aws_html(inner, "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc."), hcte="base64",
    **aws_mail("fastmail", MARCUS, d))

d = D(2025, 8, 14, 9, 40, 27)
new = """Hi Marcus,

Good news - 3 badges from Amazon Web Services Training and Certification have been added to your Credly account after your certification records were combined:

  * AWS Certified Solutions Architect - Professional
  * AWS Certified DevOps Engineer - Professional
  * AWS Certified Security - Specialty

Accept them to display on your profile: https://www.credly.com/earner/earned

Thanks,
The Credly Team
"""
add("023-credly-three-badges-added-after-combine.eml", "credly_badge_issued", None, [], True,
    CREDLY_FROM, MARCUS, enc_word_subject("\U0001F389 3 new badges are waiting for you, Marcus", "UTF-8", "B", 16), d, new,
    **credly_mail("fastmail", MARCUS, d))

d = D(2025, 8, 14, 9, 58, 3)
new = """Hi Marcus,

We received a request to merge another Credly account into this one.

Your verification code is: 482913

Enter the code on the merge page, or click Complete Account Merge:
https://www.credly.com/users/merge/confirm?token=%s

The code expires in 30 minutes. If you didn't request this, you can ignore this email - no changes will be made.

The Credly Team
""" % rhex(40)
add("024-credly-self-service-merge-code.eml", "unrelated", None, [], True,
    '"Credly" <admin@credly.com>', MARCUS, "Your Credly account merge verification code", d, new,
    **credly_mail("fastmail", MARCUS, d))

# ---------------------------------------------------------------- persona E: Lena, corporate Postfix, form case 2025 (+ second case)
LENA = "lena.fischer@kessler-logistik.de"
E_OPEN = D(2025, 10, 2, 7, 5, 50)
CASE_E = case15(E_OPEN)
E_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E

d = D(2025, 10, 3, 12, 26, 9)
new = """Dear Ms. Fischer,

Thank you for your submission regarding the consolidation of your AWS Certification accounts.

To facilitate the processing of your request, provision of the following information is required:

  (a) the login e-mail address associated with each candidate account;
  (b) an indication as to which candidate account is to be retained; and
  (c) a brief statement of the reason for the request.

Upon receipt of the above, the request will be progressed without further delay.

Kind regards,
Hannelore
AWS Training and Certification
"""
quote = """-----Original Message-----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS88120934
Description: There is a second account AWS88349012. Both are mine.
"""
add("025-reply-provision-of-information-required.eml", "support_reply", CASE_E, [], True,
    AWS_FORM, LENA, "RE:" + E_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT), tcs="iso-8859-1", **aws_mail("postfix", LENA, d))

d = D(2025, 10, 6, 9, 44, 31)
new = """Dear Lena,

Thank you for the details.

We kindly request you to confirm the merge of the account AWS88349012 (lena.f@web.de) into the account AWS88120934 (lena.fischer@kessler-logistik.de). After the merge the account AWS88349012 will be deactivated and this action can not be reverted.

Please revert with your confirmation at the earliest so we can proceed.

Kind regards,
Hannelore
AWS Training and Certification
"""
quote = """________________________________
From: Fischer, Lena <lena.fischer@kessler-logistik.de>
Sent: Friday, October 3, 2025 3:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: AW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello,
(a) AWS88120934 = lena.fischer@kessler-logistik.de, AWS88349012 = lena.f@web.de
(b) keep AWS88120934
(c) I created the second one by mistake when booking an exam privately.
Regards, Lena Fischer
""" % CASE_E
add("026-confirm-kindly-request-you-to-confirm.eml", "merge_confirmation_requested", CASE_E, ["AWS88120934", "AWS88349012"], True,
    AWS_FORM, LENA, "RE:" + E_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT, "outlook"), **aws_mail("postfix", LENA, d))

d = D(2025, 10, 10, 15, 58, 12)
new = """Hi Lena,

Just circling back on this one - haven't heard back on my last note.

Whenever you get a sec, a reply to that email is all we need. If nothing comes in over the next few days the case will close on its own, but you can always reopen it.

Have a nice weekend,
Hannelore
AWS Training and Certification
"""
add("027-reply-just-circling-back.eml", "support_reply", CASE_E, [], True,
    AWS_FORM, LENA, "RE:" + E_SUBJ, d, new + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, footer=FORM_FOOTER_TXT), tcte="7bit", **aws_mail("postfix", LENA, d))

d = D(2025, 10, 15, 0, 3, 41)
new = """Hello,

As no response has been received, case %s has now been closed. The request contained in this case has not been actioned.

Should assistance still be required, please submit a new request through the Training and Certification contact form.

Your feedback on the handling of this case would be appreciated:
https://pulse.aws/survey/%s?caseId=%s

AWS Training and Certification
""" % (CASE_E, rhex(8).upper(), CASE_E)
add("028-survey-closed-no-response-received.eml", "survey", CASE_E, [], True,
    AWS_FORM, LENA, "Your case %s has been closed" % CASE_E, d, new + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, footer=FORM_FOOTER_TXT), **aws_mail("postfix", LENA, d))

E2_OPEN = D(2025, 10, 20, 6, 31, 2)
CASE_E2 = case15(E2_OPEN)
E2_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E2
d = E2_OPEN + dt.timedelta(seconds=37)
new = """Hello,

Thank you for contacting AWS Training and Certification. Your request has been received and case %s has been created.

A member of our team will respond within 24 hours.

Your submission:
  Inquiry type: Certification
  Inquiry detail: Account Merge
  AWS candidate ID: AWS88120934
  Description: Follow-up of closed case %s. I confirm: please merge AWS88349012 into AWS88120934. Sorry for the late answer, I was on holiday.

AWS Training and Certification
""" % (CASE_E2, CASE_E)
add("029-form-ack-second-case-after-closure.eml", "case_created", CASE_E2, ["AWS88120934", "AWS88349012"], True,
    AWS_FORM, LENA, E2_SUBJ, d, new + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, footer=FORM_FOOTER_TXT), tcs="windows-1252", **aws_mail("postfix", LENA, d))

d = D(2025, 10, 21, 11, 7, 55)
new = """Hi Lena,

All sorted. Your web.de profile's been rolled into AWS88120934 - certs, transcript, voucher, the lot.

Sorry it took two tickets to get here!

Hannelore
AWS Training and Certification
"""
add("030-completed-all-sorted-rolled-into.eml", "merge_completed", CASE_E2, ["AWS88120934"], True,
    AWS_FORM, LENA, "RE:" + E2_SUBJ, d, new + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, footer=FORM_FOOTER_TXT), **aws_mail("postfix", LENA, d))

# ---------------------------------------------------------------- phishing and look-alikes
def phish_chain(provider, rcpt, when, frm_domain, verdict, ip, host, mailfrom, forged_lower=None, spf="pass"):
    tr = ses_chain(provider, frm_domain, rcpt, when, verdict=verdict, ses=False, mailfrom=mailfrom, ip=ip, host=host,
                   dkim_d=frm_domain, extra_lower_ar=forged_lower, spf=spf)
    return tr

d = D(2025, 3, 20, 4, 12, 0)
new = """Dear Candidate,

Our records show that a request was submitted to merge your AWS Certification accounts. To avoid the revocation of your active certifications, confirmation of the account merge is required within 24 hours.

  Primary account: AWS61290347
  Secondary account: AWS40718825

Confirm the merge here:
http://aws-certification-support.com/merge/confirm?cid=AWS61290347&t=%s

If the merge is not confirmed, both accounts will be suspended pending review.

AWS Certification Team
""" % rhex(16)
tr = phish_chain("gmail", PRIYA, d, "aws-certification-support.com", "pass", "185.220.101.47", "mail.aws-certification-support.com",
                 "bounce@aws-certification-support.com")
add("031-phish-lookalike-confirm-merge-24h.eml", "merge_confirmation_requested", None, ["AWS40718825", "AWS61290347"], False,
    '"AWS Certification" <certification@aws-certification-support.com>', PRIYA, "Action required: confirm your certification account merge", d, new,
    transport=tr, dkim=dkim_headers("aws-certification-support.com", d, ses=False), msgid="<%s@aws-certification-support.com>" % rhex(20))

d = D(2025, 6, 12, 19, 30, 0)
new = """Hello,

Your accounts have been merged successfully.

To keep your certifications and exam benefits active on the merged account, you must verify your identity within 48 hours:
https://amazon-aws-verify.support/login?case=11735180299

Failure to verify will result in the loss of the transferred certifications.

Best regards,
Amazon Web Services
"""
forged = "mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com"
tr = phish_chain("gmail", TOMASZ.replace("outlook.com", "gmail.com"), d, "amazon.com", "dkimfail", "91.215.85.17", "vps-2291.hostkey.example.net",
                 "no-reply-aws@amazon.com", forged_lower=forged, spf="softfail")
add("032-phish-spoof-merged-verify-identity.eml", "merge_completed", "11735180299", [], False,
    AWS_CONSOLE, "tomasz.wisniewski@gmail.com", "RE:[CASE 11735180299] Merge two AWS Certification accounts", d, new,
    transport=tr, dkim=dkim_headers("amazon.com", d, ses=False), msgid="<%s@vps-2291.hostkey.example.net>" % rhex(18), structure="text", tcte="8bit")

d = D(2025, 9, 2, 6, 45, 10)
new = """Dear AWS Customer,

We were unable to process the payment for your latest invoice. Your AWS account has been temporarily suspended.

To restore access to your services, update your payment details within 72 hours:
https://aws-billing-alerts.net/restore

Amazon Web Services Billing
"""
tr = phish_chain("outlook", TOMASZ, d, "aws-billing-alerts.net", "pass", "45.88.104.21", "smtp.aws-billing-alerts.net", "info@aws-billing-alerts.net")
add("033-phish-account-suspended-billing.eml", "unrelated", None, [], False,
    '"Amazon Web Services" <billing@aws-billing-alerts.net>', TOMASZ, "Your AWS account has been suspended", d, new,
    transport=tr, dkim=dkim_headers("aws-billing-alerts.net", d, ses=False), msgid="<%s@aws-billing-alerts.net>" % rhex(20))

BILL_OPEN = D(2025, 7, 29, 10, 2, 17)
CASE_BILL = case15(BILL_OPEN)
d = D(2025, 7, 30, 8, 11, 40)
new = """Hello Marcus,

Thank you for your patience.

I have reviewed the two accounts mentioned in your case. They are now linked under your AWS Organizations management account, so the charges will appear on one consolidated bill starting with the August invoice. The July charge of USD 42.18 on the member account is correct and relates to a NAT Gateway in eu-west-1.

If you have any other billing questions, please let us know.

Best regards,
Raj P.
Amazon Web Services
"""
add("034-unrelated-billing-case-consolidated-bill.eml", "unrelated", CASE_BILL, [], True,
    AWS_CONSOLE, MARCUS, "RE:[CASE %s] Unexpected charges on member account" % CASE_BILL, d, new + console_footer(CASE_BILL),
    html_text=aws_alt_html(new, footer=console_footer(CASE_BILL)), **aws_mail("fastmail", MARCUS, d))

Q_OPEN = D(2025, 9, 15, 13, 0, 4)
CASE_Q = case15(Q_OPEN)
d = Q_OPEN + dt.timedelta(seconds=9)
new = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Europe (Frankfurt)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64
Use case description: Load test for the new ingestion pipeline.

We will respond to you as soon as possible.

Best regards,
Amazon Web Services
""" % (CASE_Q, CASE_Q)
add("035-unrelated-console-case-opened-quota.eml", "unrelated", CASE_Q, [], True,
    AWS_CONSOLE, TOMASZ, "Amazon Web Services: You have opened a new Support case: %s" % CASE_Q, d, new + console_footer(CASE_Q),
    html_text=aws_alt_html(new, footer=console_footer(CASE_Q)), **aws_mail("outlook", TOMASZ, d))

d = D(2025, 4, 8, 16, 20, 35)
new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have merged the two detail pages you reported (ASIN B0CX7Q2M4L and B0CX7Q9T1R) into a single variation family. It can take up to 48 hours for the changes to appear on the website.

Were we able to resolve your issue? Please let us know by clicking Yes or No:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212

Thank you,
Daniel
Amazon.com
"""
add("036-unrelated-seller-central-merged-detail-pages.eml", "unrelated", "5884881212", [], True,
    '"Amazon Selling Partner Support" <seller-support@amazon.com>', PRIYA, "RE:[CASE 5884881212] Variation family merge request", d, new,
    **aws_mail("gmail", PRIYA, d))

def plain_chain(provider, rcpt, when, domain, ip, host, mailfrom, verdict="pass", sel=None):
    return ses_chain(provider, domain, rcpt, when, verdict=verdict, ses=False, mailfrom=mailfrom, ip=ip, host=host, dkim_d=domain, sel=sel)

d = D(2025, 4, 2, 17, 0, 12)
new = """AWS Certification wants to hear from you!

Hello Priya,

As an AWS Certified individual (candidate ID AWS61290347), you are invited to take part in a short survey about your certification experience. Your responses help shape future exams and benefits.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=%s

Thank you,
AWS Certification

This e-mail was sent from a notification-only address that cannot accept incoming e-mail. Please do not reply to this message.
""" % rhex(12)
add("037-unrelated-certmetrics-wants-to-hear-from-you.eml", "unrelated", None, ["AWS61290347"], False,
    '"AWS Certification" <do-not-reply@certmetrics.com>', PRIYA, "AWS Certification wants to hear from you", d, new,
    transport=plain_chain("gmail", PRIYA, d, "certmetrics.com", "198.21.4.%d" % RNG.randint(2, 250), "mail-out.certmetrics.com", "do-not-reply@certmetrics.com"),
    dkim=dkim_headers("certmetrics.com", d, ses=False), msgid="<%s@certmetrics.com>" % rhex(16))

d = D(2023, 5, 30, 14, 10, 0)
new = """Dear Tomasz Wisniewski,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Candidate ID: AWS10293847
Registration ID: 438215907
Date: Tuesday, June 20, 2023
Time: 9:00 AM CEST
Location: OnVUE online proctored

Please check in 30 minutes before your appointment. Make sure you have a valid, government-issued ID.

Sincerely,
Pearson VUE
"""
add("038-unrelated-pearson-vue-appointment.eml", "unrelated", None, ["AWS10293847"], False,
    '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', TOMASZ, "Pearson VUE Confirmation of Booking", d, new,
    transport=plain_chain("outlook", TOMASZ, d, "pearson.com", "159.182.%d.%d" % (RNG.randint(1, 250), RNG.randint(1, 250)), "mailout.pearson.com", "pearsonvuecustomerservice@pearson.com"),
    dkim=dkim_headers("pearson.com", d, ses=False), msgid="<%s@pearson.com>" % rhex(16), tcs="us-ascii", tcte="7bit", hcte="7bit", hcs="us-ascii")

# ---------------------------------------------------------------- persona F: Aisha, Yahoo, console case 2020 (10 digits)
AISHA = "aisha.bello@yahoo.com"
CASE_F = "7284015563"
F_SUBJ = "Two certification accounts - please merge"

d = D(2020, 9, 11, 15, 2, 26)
new = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: Low
Correspondence: Hello, I have AWS03318840 (aisha.bello@yahoo.com) and an older one AWS03902215 from university. Can they be combined? Keep the yahoo one.

We will respond to you as soon as possible.

Best regards,
Amazon Web Services
""" % (CASE_F, CASE_F, F_SUBJ)
add("039-console-case-opened-2020.eml", "case_created", CASE_F, ["AWS03318840", "AWS03902215"], True,
    AWS_CONSOLE, AISHA, "Amazon Web Services: You have opened a new Support case: %s" % CASE_F, d, new + console_footer(CASE_F),
    html_text=aws_alt_html(new, footer=console_footer(CASE_F)), **aws_mail("yahoo", AISHA, d))

d = D(2020, 9, 12, 2, 18, 44)
new = """Hi Aisha,

To confirm: merge AWS03902215 -> AWS03318840?
0331... stays, the uni one goes. Can't undo.

Reply in the Support Center w/ yes or no.

- Mike
Amazon Web Services
"""
add("040-confirm-terse-phone-yes-or-no.eml", "merge_confirmation_requested", CASE_F, ["AWS03318840", "AWS03902215"], True,
    AWS_CONSOLE, AISHA, "RE:[CASE %s] %s" % (CASE_F, F_SUBJ), d, new + console_footer(CASE_F),
    html_text=aws_alt_html(new, footer=console_footer(CASE_F)), tcte="7bit", **aws_mail("yahoo", AISHA, d))

d = D(2020, 9, 12, 2, 19, 30)
new = """Hello,

You have a new correspondence on case %s: %s.

To view it and reply, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services
""" % (CASE_F, F_SUBJ, CASE_F)
add("041-console-new-correspondence-added.eml", "support_reply", CASE_F, [], True,
    AWS_CONSOLE, AISHA, "[Case %s] New correspondence added" % CASE_F, d, new,
    structure="text", tcte="7bit", **aws_mail("yahoo", AISHA, d))

d = D(2020, 9, 18, 23, 51, 2)
new = """Hi Aisha - that's done for you.

Everything's under AWS03318840 now; the old uni login won't work anymore.

Have a good one!
Mike
Amazon Web Services
"""
add("042-completed-thats-done-for-you.eml", "merge_completed", CASE_F, ["AWS03318840"], True,
    AWS_CONSOLE, AISHA, "RE:[CASE %s] %s" % (CASE_F, F_SUBJ), d, new + console_footer(CASE_F),
    html_text=aws_alt_html(new, footer=console_footer(CASE_F)), **aws_mail("yahoo", AISHA, d))

d = D(2020, 9, 22, 0, 0, 41)
new = """Hello,

We haven't heard from you in a while, so we have resolved case %s. If you still need help, you can reopen it from the Support Center.

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=true
No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=false

Best regards,
Amazon Web Services
""" % (CASE_F, CASE_F, CASE_F)
add("043-survey-resolved-was-your-issue-resolved-2020.eml", "survey", CASE_F, [], True,
    AWS_CONSOLE, AISHA, "Amazon Web Services: Your Support case %s has been resolved" % CASE_F, d, new + console_footer(CASE_F),
    html_text=aws_alt_html(new, footer=console_footer(CASE_F)), **aws_mail("yahoo", AISHA, d))

d = D(2020, 9, 21, 8, 33, 19)
new = """Aisha, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge on Acclaim: AWS Certified Solutions Architect - Associate.

Accept your badge: https://www.youracclaim.com/badges/%s/accept

Acclaim is a service of Credly, Inc.
""" % str(uuid.UUID(int=RNG.getrandbits(128)))
m = credly_mail("yahoo", AISHA, d, domain="youracclaim.com")
add("044-acclaim-youve-earned-a-badge-2020.eml", "credly_badge_issued", None, [], True,
    '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', AISHA,
    "Amazon Web Services Training and Certification issued you a new badge", d, new,
    html_text='<html><body><table width="100%%"><tr><td style="font-family:Arial">%s</td></tr></table></body></html>' % text_to_html_paras(new),
    tcte="base64", **m)

# ---------------------------------------------------------------- persona G: Hiroko, self-hosted mail without Authentication-Results
HIROKO = "hiroko@tanaka-design.jp"
G_OPEN = D(2024, 11, 5, 0, 48, 31)
CASE_G = case15(G_OPEN)
G_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_G

def nohdr(rcpt, when):
    m = aws_mail("none", rcpt, when)
    return m

d = G_OPEN + dt.timedelta(seconds=44)
new = """This is an automated notification.

An inquiry has been registered with AWS Training and Certification under case number %s. Review of the inquiry will be undertaken by a member of the support team, and a response is to be expected within 24 hours.

The submission of duplicate inquiries is not recommended, as processing may be delayed as a result.

AWS Training and Certification
""" % CASE_G
add("045-form-ack-automated-notification-registered.eml", "case_created", CASE_G, [], None,
    AWS_FORM, HIROKO, G_SUBJ, d, new + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, footer=FORM_FOOTER_TXT), tcs="us-ascii", tcte="7bit", hcs="us-ascii", hcte="7bit", **nohdr(HIROKO, d))

d = D(2024, 11, 6, 1, 5, 10)
new = """Hello Hiroko,

Before we go any further - could you confirm your first and last name exactly as they appear on your government ID?

The two profiles don't match (HIROKO TANAKA on AWS51066172, Hiroko Tanaka-Ishii on AWS51099340) and we need them lined up first, otherwise the exam records won't attach properly.

Thanks,
Sam
AWS Training & Certification
"""
add("046-reply-confirm-name-on-government-id.eml", "support_reply", CASE_G, ["AWS51066172", "AWS51099340"], None,
    AWS_FORM, HIROKO, "RE:" + G_SUBJ, d, new + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, footer=FORM_FOOTER_TXT), **nohdr(HIROKO, d))

d = D(2024, 11, 8, 19, 22, 0)
new = """Dear Hiroko Tanaka,

Subsequent to the alignment of the profile names, the effectuation of the consolidation may now be scheduled.

Your explicit approval of the following arrangement is required prior to its execution:

  Candidate ID AWS51099340 - to be subsumed and deactivated
  Candidate ID AWS51066172 - to be retained as the sole record

Please be aware that, once effected, the consolidation cannot be reversed. Approval may be communicated by reply to this message.

Kind regards,
Sam
AWS Training & Certification
"""
quote = """2024年11月7日(木) 10:14 Hiroko Tanaka <hiroko@tanaka-design.jp>:
> Hello Sam,
> My name on ID is HIROKO TANAKA. Please use that for both.
> Thank you,
> Hiroko
"""
add("047-confirm-effectuation-explicit-approval.eml", "merge_confirmation_requested", CASE_G, ["AWS51066172", "AWS51099340"], None,
    AWS_FORM, HIROKO, "RE:" + G_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT), tcs="shift_jis", tcte="base64", hcs="shift_jis", **nohdr(HIROKO, d))

d = D(2024, 11, 12, 4, 40, 27)
new = """Hi Hiroko,

Consolidation's done - all your exams now sit under AWS51066172. I'm marking the case resolved on my side; you'll get a short survey after this, would appreciate a minute on it if you have one.

Sam
"""
quote = """> Yes, I approve. Please go ahead.
>
> > Candidate ID AWS51099340 - to be subsumed and deactivated
> > Candidate ID AWS51066172 - to be retained as the sole record
"""
add("048-completed-done-marking-resolved.eml", "merge_completed", CASE_G, ["AWS51066172"], None,
    AWS_FORM, HIROKO, "RE:" + G_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT), tcte="base64", **nohdr(HIROKO, d))

d = D(2024, 11, 12, 4, 43, 3)
new = """Please rate your recent support interaction

Case: %s
Closed: November 12, 2024

How satisfied were you with the support you received?
Very satisfied - Satisfied - Neutral - Dissatisfied - Very dissatisfied
https://pulse.aws/survey/%s?caseId=%s

AWS Training and Certification
""" % (CASE_G, rhex(8).upper(), CASE_G)
add("049-survey-please-rate-recent-interaction.eml", "survey", CASE_G, [], None,
    AWS_FORM, HIROKO, "Please rate your recent support interaction (Case %s)" % CASE_G, d, new,
    html_text=aws_alt_html(new), **nohdr(HIROKO, d))

# ---------------------------------------------------------------- persona H: Ravi, Office 365 corporate, form case late 2025
RAVI = "ravi.menon@meridian-analytics.com"
H_OPEN = D(2025, 11, 18, 10, 14, 8)
CASE_H = case15(H_OPEN)
H_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_H

d = D(2025, 11, 19, 16, 21, 30)
new = """Hi Ravi,

Heads up - can't merge while there's an exam booked on AWS-14142135 (DOP-C02, 3 Dec). Merging now would orphan the booking.

Two options: cancel/reschedule it, or sit it first and ping me here after. Your call.

Priya S.
AWS Training & Certification
"""
quote = """-----Original Message-----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS62718281
Description: Please merge AWS14142135 (ravi.menon@gmail.com) into my work account.
"""
add("050-reply-cant-merge-exam-booked.eml", "support_reply", CASE_H, ["AWS14142135"], True,
    AWS_FORM, RAVI, "RE:" + H_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT), **aws_mail("outlook", RAVI, d))

d = D(2025, 12, 4, 9, 2, 47)
new = """Hi Ravi,

Exam's done (congrats on the pass!). OK so:

AWS14142135 into AWS62718281, yes? The 6271 one stays, the gmail one is retired. Irreversible.

Just need a "go" from you.

Priya S.
AWS Training & Certification
"""
quote = """-----Original Message-----
From: Menon, Ravi <ravi.menon@meridian-analytics.com>
Sent: Wednesday, December 3, 2025 6:45 PM
To: 'Amazon Web Services' <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Priya, I took the exam today on AWS14142135 and passed. Can you do the merge now?

Thanks,
Ravi

Ravi Menon | Principal Data Engineer
Meridian Analytics GmbH | +49 89 2090 4471
""" % CASE_H
add("051-confirm-just-need-a-go-from-you.eml", "merge_confirmation_requested", CASE_H, ["AWS14142135", "AWS62718281"], True,
    AWS_FORM, RAVI, "RE:" + H_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT, "outlook"), **aws_mail("outlook", RAVI, d))

d = D(2025, 12, 4, 14, 36, 2)
new = """Dear Ravi,

Your confirmation has been duly noted. The request has now been forwarded to the team responsible for the effectuation of the consolidation.

A further communication will be issued upon completion. In the interim, it is recommended that the retiring account not be used for any new bookings.

Kind regards,
Priya S.
AWS Training & Certification
"""
quote = """-----Original Message-----
From: Menon, Ravi <ravi.menon@meridian-analytics.com>
Sent: Thursday, December 4, 2025 10:11 AM
Subject: RE: RE:[CASE %s] ...

Go - thanks!

> AWS14142135 into AWS62718281, yes? The 6271 one stays, the gmail one is retired. Irreversible.
""" % CASE_H
# text part is UTF-8 (curly quote, en dash) but labelled iso-8859-1: a wrong charset label
new = new.replace("duly noted.", "duly noted \u2013 thank you.").replace("the retiring account not", "the retiring account\u2019s login not")
add("052-reply-confirmation-duly-noted-forwarded.eml", "support_reply", CASE_H, [], True,
    AWS_FORM, RAVI, "RE:" + H_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT, "outlook"), tlabel="iso-8859-1", **aws_mail("outlook", RAVI, d))

d = D(2025, 12, 5, 20, 58, 13)
new = """Dear Ravi,

The consolidation requested under this case has been effected. Sign-in is henceforth to be performed using your retained credentials (ravi.menon@meridian-analytics.com); the retired credentials have been disabled.

Should any certification or benefit not be displayed correctly within 24 hours, kindly advise by reply.

Kind regards,
Priya S.
AWS Training & Certification
"""
quote = """-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, December 4, 2025 10:02 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

> > AWS14142135 into AWS62718281, yes? The 6271 one stays, the gmail one is retired. Irreversible.
> > Just need a "go" from you.
""" % CASE_H
add("053-completed-consolidation-has-been-effected.eml", "merge_completed", CASE_H, [], True,
    AWS_FORM, RAVI, "RE:" + H_SUBJ, d, new, quote + FORM_FOOTER_TXT,
    html_text=aws_alt_html(new, quote, FORM_FOOTER_TXT, "outlook"), tcte="base64", hcte="base64", **aws_mail("outlook", RAVI, d))

d = D(2025, 12, 5, 21, 1, 40)
new = """Case %s - resolved

Resolution summary: Candidate accounts merged as requested.

Was your issue resolved?  YES  |  NO

Your feedback helps us improve AWS Training and Certification support.
""" % CASE_H
inner = """<p style="font-size:18px;font-weight:bold">Case %s &ndash; resolved</p>
<p><b>Resolution summary:</b> Candidate accounts merged as requested.</p>
<p>Was your issue resolved?&nbsp; <a href="https://pulse.aws/r/%s?c=%s&amp;a=yes">YES</a> &nbsp;|&nbsp; <a href="https://pulse.aws/r/%s?c=%s&amp;a=no">NO</a></p>
<p style="color:#687078">Your feedback helps us improve AWS Training and Certification support.</p>""" % (CASE_H, "tc", CASE_H, "tc", CASE_H)
add("054-survey-resolved-summary-merged.eml", "survey", CASE_H, [], True,
    AWS_FORM, RAVI, enc_word_subject("Case %s \u2013 resolved: was your issue resolved?" % CASE_H, "UTF-8", "Q", 22), d, new,
    structure="html", html_text=aws_html(inner, esc(FORM_FOOTER_TXT.strip())), hcte="qp", **aws_mail("outlook", RAVI, d))

d = D(2025, 12, 7, 8, 15, 0)
new = """Ravi, your badge is ready to accept

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified DevOps Engineer \u2013 Professional

Accept badge
Share it with your network and let employers verify your skills in one click.
"""
inner = """<table width="100%%" style="font-family:Helvetica,Arial,sans-serif"><tr><td align="center">
<img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="badge"><br>
<h1 style="font-size:22px">Ravi, your badge is ready to accept</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified DevOps Engineer &ndash; Professional</b></p>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="color:#666">Share it with your network and let employers verify your skills in one click.</p>
</td></tr></table>""" % (uuid.UUID(int=RNG.getrandbits(128)), uuid.UUID(int=RNG.getrandbits(128)))
add("055-credly-html-only-ready-to-accept.eml", "credly_badge_issued", None, [], True,
    CREDLY_FROM, RAVI, enc_word_subject("Ravi, your AWS Certified DevOps Engineer \u2013 Professional badge is ready", "UTF-8", "B", 24), d, new,
    structure="html", html_text="<html><body>%s</body></html>" % inner, hcte="base64", **credly_mail("outlook", RAVI, d))

d = D(2023, 6, 11, 6, 3, 19)
new = """Hi Tomasz,

Your AWS Certified Cloud Practitioner badge has been issued to this Credly account.

The badge was previously held on a Credly account linked to another AWS Certification profile. Following the recent combination of your AWS Certification profiles, it now lives here.

Accept badge: https://www.credly.com/badges/%s/accept

The Credly Team
""" % uuid.UUID(int=RNG.getrandbits(128))
add("056-credly-badge-moved-after-combination.eml", "credly_badge_issued", None, [], True,
    CREDLY_FROM, TOMASZ, enc_word_subject("\U0001F389 Your AWS Certified Cloud Practitioner badge \u2013 now on this account", "UTF-8", "B", 20), d, new,
    tcte="base64", **credly_mail("outlook", TOMASZ, d))

d = D(2025, 3, 16, 11, 4, 0)
new = """Dear Customer,

We are processing the merge of your certification accounts. To complete the verification of account ownership, please reply to this email with:

 - the login e-mail and password of each account
 - the last 4 digits of the card used to pay for your exams

Requests without verification will be cancelled after 48 hours.

Regards,
AWS Training and Certification Team
"""
tr = phish_chain("gmail", PRIYA, d, "amazon-support.co", "pass", "193.42.33.%d" % RNG.randint(2, 250), "mx.amazon-support.co", "bounce@amazon-support.co")
add("057-phish-lookalike-asks-for-passwords.eml", "support_reply", None, [], False,
    '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon-support.co>', PRIYA,
    "RE: Account merge - verification needed", d, new,
    transport=tr, dkim=dkim_headers("amazon-support.co", d, ses=False), msgid="<%s@amazon-support.co>" % rhex(20))

d = D(2025, 11, 20, 9, 12, 33)
new = """Merged #482 into main.

@ravi-menon merged commit 4f9c2ab into main. "Merge account-linking service into identity core"

-- 
Reply to this email directly, view it on GitHub:
https://github.com/meridian-analytics/identity-core/pull/482#event-15523740112
You are receiving this because you authored the thread.
"""
add("058-unrelated-github-pr-merged.eml", "unrelated", None, [], False,
    '"Ravi Menon" <notifications@github.com>', RAVI,
    "Re: [meridian-analytics/identity-core] Merge account-linking service into identity core (PR #482)", d, new,
    transport=plain_chain("outlook", RAVI, d, "github.com", "192.30.252.%d" % RNG.randint(200, 210), "out-28.smtp.github.com", "noreply@github.com"),
    dkim=dkim_headers("github.com", d, sel="pf2023", ses=False), msgid="<meridian-analytics/identity-core/pull/482/issue_event/15523740112@github.com>",
    extra=[("In-Reply-To", "<meridian-analytics/identity-core/pull/482@github.com>"), ("List-ID", "meridian-analytics/identity-core <identity-core.meridian-analytics.github.com>")])

d = D(2024, 11, 5, 0, 30, 5)
new = """Verify your AWS Builder ID email address

Hello,

To finish signing up for your AWS Builder ID, enter the following verification code:

Verification code: 718304

This code expires 10 minutes after it was sent.

If you didn't request this code, you can safely ignore this email.

Amazon Web Services
"""
m = aws_mail("none", HIROKO, d, frm_domain="signin.aws")
add("059-unrelated-builder-id-verification-code.eml", "unrelated", None, [], None,
    '"AWS" <no-reply@signin.aws>', HIROKO, "Verify your AWS Builder ID email address", d, new, **m)

d = D(2025, 11, 2, 14, 0, 0)
new = """Kenji, your badge is expiring soon

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification expires on January 31, 2026.

To keep it active, recertify before the expiration date. Learn how: https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/%s

The Credly Team
""" % uuid.UUID(int=RNG.getrandbits(128))
add("060-unrelated-credly-badge-expiring.eml", "unrelated", None, [], True,
    CREDLY_FROM, KENJI, "Your AWS Certified Cloud Practitioner badge expires in 90 days", d, new,
    **credly_mail("biglobe", KENJI, d))

# ==== MORE MAILS ====

# ================================================================ output + sanity checks
def decoded_text(msg):
    out = []
    from email.header import decode_header, make_header
    out.append(str(make_header(decode_header(msg.get("Subject", "")))))
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        raw = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "us-ascii"
        try:
            t = raw.decode({"iso-2022-jp": "iso2022_jp"}.get(cs, cs))
        except (UnicodeDecodeError, LookupError):
            t = raw.decode("utf-8", "replace")
        if part.get_content_subtype() == "html":
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        out.append(t)
    return "\n".join(out)

def main():
    import email
    from collections import Counter
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    names = set()
    for m in MAILS:
        assert m["fn"] not in names, m["fn"]
        names.add(m["fn"])
        data = render(m)
        with open(os.path.join(OUT, m["fn"]), "wb") as fh:
            fh.write(data)
        labels[m["fn"]] = m["label"]
    with open(os.path.join(OUT, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
    # sanity
    problems = []
    for fn, lab in labels.items():
        msg = email.message_from_bytes(open(os.path.join(OUT, fn), "rb").read())
        txt = decoded_text(msg)
        norm = set("AWS" + x for x in ID_RE.findall(txt))
        for a in lab["account_ids"]:
            if a not in norm:
                problems.append((fn, "id missing", a))
        if lab["case_id"] and lab["case_id"] not in txt:
            problems.append((fn, "case missing", lab["case_id"]))
        if lab["case_id"] and len(lab["case_id"]) == 15:
            ts = int(lab["case_id"][:10])
            d = email.utils.parsedate_to_datetime(msg["Date"]).timestamp()
            if not (ts <= d):
                problems.append((fn, "case ts after date", ts, d))
        has_ar = msg.get_all("Authentication-Results")
        if lab["sender_verified"] is None and has_ar:
            problems.append((fn, "null but AR present"))
        if lab["sender_verified"] is not None and not has_ar:
            problems.append((fn, "no AR but not null"))
        if msg.defects:
            problems.append((fn, "defects", msg.defects))
        for p in msg.walk():
            if p.defects:
                problems.append((fn, "part defects", p.defects))
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith(".eml") and fn not in labels:
            problems.append((fn, "unlabelled"))
    print("mails:", len(labels))
    print(Counter(l["kind"] for l in labels.values()))
    for p in problems:
        print("PROBLEM", p)

if __name__ == "__main__":
    main()
