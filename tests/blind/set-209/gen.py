#!/usr/bin/env python3
"""Generator for blind set 209: Japanese-emphasis AWS Certification account-merge mailbox.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64, datetime, hashlib, io, json, os, quopri, random, re, sys, unicodedata
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(209)
UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))
PT = ZoneInfo("America/Los_Angeles")

MAILS = []      # (filename, bytes, label)
CUR_SEL = {}    # DKIM selectors of the mail being built (so AR header.s matches DKIM-Signature s=)
KINDS = {"case_created", "merge_confirmation_requested", "merge_completed", "survey",
         "credly_badge_issued", "support_reply", "unrelated"}

# ---------------------------------------------------------------- small helpers
def T(s):
    """'2025-05-28 08:02:11' (UTC) -> aware datetime"""
    return datetime.datetime.fromisoformat(s).replace(tzinfo=UTC)

def rfc(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))

def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def ralnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))

def rb64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()

def fold_b64(s, first=8, width=70, ind="\t"):
    out, line = [], s[:first]
    s = s[first:]
    out.append(line)
    while s:
        out.append(ind + s[:width]); s = s[width:]
    return "\n".join(out)

def case15(ts, tail=None):
    return str(int(ts)) + (tail if tail else "%05d" % R.randint(0, 99999))

def ses_id(dt, region=None):
    ms = int(dt.timestamp() * 1000)
    u = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    host = "email.amazonses.com" if not region else region + ".amazonses.com"
    return "<0100%012x-%s-000000@%s>" % (ms, u, host)

def ses_return_path(dt, region=None):
    ms = int(dt.timestamp() * 1000)
    u = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    host = "amazonses.com" if not region else region + ".amazonses.com"
    return "0100%012x-%s-000000@%s" % (ms, u, host)

def enc_subject(s, charset="utf-8"):
    """Encoded-word subject, folded, as a mail client would write it."""
    if all(ord(c) < 128 for c in s):
        return s
    h = Header(s, charset, maxlinelen=76, header_name="Subject")
    return h.encode(linesep="\n")

def enc_subject_mixed(prefix, jp, charset="iso-2022-jp"):
    h = Header(prefix, "us-ascii", maxlinelen=76, header_name="Subject")
    h.append(jp, charset)
    return h.encode(linesep="\n")

def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return formataddr((name, a), charset=charset)

def dkim(domain, dt, sel=None, hdrs="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID", c="relaxed/simple"):
    sel = CUR_SEL.setdefault(domain, sel or ralnum(32))
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (c, sel, domain, int(dt.timestamp()), hdrs, rb64(32), fold_b64(rb64(256), first=40)))

# ---------------------------------------------------------------- Authentication-Results
def ar_google(dkims, spf, dmarc):
    """dkims: [(result, domain)], spf: (result, mailfrom, ip), dmarc: (result, policy, fromdom) or None"""
    parts = []
    for res, d in dkims:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (res, d, CUR_SEL.setdefault(d, ralnum(32)), ralnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    r, mf, ip = spf
    dom = mf.split("@")[-1]
    if r == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    elif r == "softfail":
        parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (r, mf, ip, mf))
    if dmarc:
        res, pol, fd = dmarc
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (res, pol, pol, "NONE" if res == "pass" else pol, fd))
    return "mx.google.com;\n       " + ";\n       ".join(parts)

def ar_outlook(spf, ip, mailfrom_dom, dkims, dmarc, fromdom, compauth):
    s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s;" % (spf, ip, mailfrom_dom)
    for res, d in dkims:
        s += " dkim=%s (%s)\n header.d=%s;" % (res, "signature was verified" if res == "pass" else "signature did not verify", d)
    s += "dmarc=%s action=%s\n header.from=%s;compauth=%s" % (dmarc, "none" if dmarc == "pass" else ("quarantine" if dmarc == "fail" else "none"), fromdom, compauth)
    return s

# ---------------------------------------------------------------- trace blocks
def gmail_trace(rcpt, dt, src_host, src_ip, mailfrom, ar, arc=True):
    d = dt + datetime.timedelta(seconds=R.randint(1, 3))
    ptime = format_datetime(d.astimezone(PT)) + " (%s)" % d.astimezone(PT).tzname()
    sid = ralnum(6) + "." + str(R.randint(100, 999))
    h = [("Delivered-To", rcpt),
         ("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
          % (rhex(4), rhex(3), rhex(3), rhex(3), rhex(4), ralnum(6) + "csp" + str(R.randint(100000, 999999)), ptime)),
         ("X-Google-Smtp-Source", "AGHT+I" + rb64(60)[:80]),
         ("X-Received", "by 2002:a05:6a00:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
          % (rhex(4), rhex(3), rhex(3), rhex(4), ralnum(12) + "-" + ralnum(8) + "." + str(R.randint(10, 99)) + "." + str(R.randint(1000000000000, 9999999999999)), ptime))]
    if arc:
        h += [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(d.timestamp()), fold_b64(rb64(256), first=60, ind="        "))),
              ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (rb64(32), rb64(32), fold_b64(rb64(256), first=60, ind="        "))),
              ("ARC-Authentication-Results", "i=1; " + ar)]
    h += [("Return-Path", "<%s>" % mailfrom),
          ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
           % (src_host, src_host, src_ip, ralnum(20) + "." + str(R.randint(100, 999)), rcpt, ptime))]
    spfres = "pass" if "spf=pass" in ar else ("softfail" if "spf=softfail" in ar else ("fail" if "spf=fail" in ar else "neutral"))
    h += [("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
           % (spfres, mailfrom, "designates" if spfres == "pass" else "does not designate", src_ip, src_ip)),
          ("Authentication-Results", ar)]
    return h

def outlook_trace(rcpt, dt, src_host, src_ip, ar, tenant="jpnprd01", spf_dom="amazonses.com"):
    d = dt + datetime.timedelta(seconds=R.randint(1, 4))
    t = format_datetime(d)
    box = "TY%sPR01MB%d" % (R.choice(["CP", "3", "4", "7", "W"]), R.randint(1000, 9999))
    edge = "OS%dPEPF0000%04X" % (R.randint(1, 3), R.randint(0, 65535))
    h = [("Received", "from %s.%s.prod.outlook.com (2603:1096:%s::%s) by\n %s.%s.prod.outlook.com with HTTPS; %s" % (box, tenant, rhex(3), rhex(2), box, tenant, t)),
         ("Received", "from %s.%s.prod.outlook.com (2603:1096:%s::%s)\n by %s.%s.prod.outlook.com (2603:1096:%s::%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s" % (edge, tenant, rhex(3), rhex(2), box, tenant, rhex(3), rhex(2), R.randint(8000, 9200), R.randint(10, 40), t)),
         ("Authentication-Results", ar),
         ("Received-SPF", "%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (
             "Pass" if "spf=pass" in ar else "Fail", spf_dom, "designates" if "spf=pass" in ar else "does not designate", src_ip, src_ip, src_host)),
         ("Received", "from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s" % (src_host, src_ip, edge, R.randint(0, 255), R.randint(0, 255), R.randint(8000, 9200), R.randint(10, 40), t))]
    return h

def jp_trace(rcpt, dt, mx, src_host, src_ip, ar, mta="Postfix", tz=JST, extra_ar=None):
    """A Japanese provider / rental server that adds its own Authentication-Results."""
    d = dt + datetime.timedelta(seconds=R.randint(1, 5))
    qid = ralnum(11, "0123456789ABCDEF")
    h = [("Return-Path", None),  # filled by caller
         ("Received", "from %s (%s [%s])\n\tby %s (%s) with ESMTPS id %s\n\tfor <%s>; %s" % (src_host, src_host, src_ip, mx, mta, qid, rcpt, rfc(d, tz)))]
    if ar is not None:
        h.insert(1, ("Authentication-Results", ar))
    if extra_ar:
        h.append(("Authentication-Results", extra_ar))
    return h

def plain_trace(rcpt, dt, hops):
    """Received lines only (no Authentication-Results at all). hops: [(from_host, ip, by_host)]"""
    h = []
    d = dt + datetime.timedelta(seconds=len(hops) * 2)
    for fh, ip, by in hops:
        h.append(("Received", "from %s ([%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s" % (fh, ip, by, ralnum(14, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), rcpt, rfc(d, JST))))
        d -= datetime.timedelta(seconds=2)
    return h

# ---------------------------------------------------------------- MIME parts
CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "us-ascii": "ascii",
          "iso-8859-1": "latin-1", "windows-1252": "cp1252", "euc-jp": "euc_jp"}

def tpart(text, sub="plain", cs="utf-8", cte="quoted-printable", label=None, real=None, fmt=None):
    """text part. label: charset written in header (may be wrong); real: codec actually used."""
    data = text.encode(real or CODECS[cs])
    p = Message()
    ct = 'text/%s; charset="%s"' % (sub, label or cs) if R.random() < 0.6 else "text/%s; charset=%s" % (sub, label or cs)
    if fmt:
        ct += "; format=%s" % fmt
    p["Content-Type"] = ct
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        b = base64.b64encode(data).decode()
        p.set_payload("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n")
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        p.set_payload(data.decode("ascii", "surrogateescape"))
    return p

def alt(*parts, boundary=None):
    m = MIMEMultipart("alternative", boundary=boundary or "----=_Part_%d_%d.%d" % (R.randint(100000, 9999999), R.randint(100000000, 999999999), R.randint(1700000000000, 1760000000000)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m

def mixed(*parts, boundary=None):
    m = MIMEMultipart("mixed", boundary=boundary or "=_%s" % rhex(28))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m

def related(*parts, boundary=None):
    m = MIMEMultipart("related", boundary=boundary or "----=_NextPart_%s_%s" % (rhex(3).upper(), rhex(8).upper()))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m

def image_part(cid, name):
    p = Message()
    p["Content-Type"] = 'image/png; name="%s"' % name
    p["Content-Transfer-Encoding"] = "base64"
    p["Content-ID"] = "<%s>" % cid
    p["Content-Disposition"] = 'inline; filename="%s"' % name
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    p.set_payload(base64.b64encode(png).decode() + "\n")
    return p

def html_doc(body, lang="ja", charset="utf-8", title=""):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3;font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,Arial,sans-serif;">\n%s\n</body>\n</html>\n'
            % (lang, charset, title, body))

def text2html(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<div style=\"font-size:14px;line-height:1.6;color:#16191f;\">" + esc.replace("\n", "<br>\n") + "</div>"

# ---------------------------------------------------------------- assemble
ID_RE = re.compile(r"(?<![A-Za-z0-9])AWS[\s\-_]?(\d{8})(?!\d)", re.I)

def ids_in(text):
    t = unicodedata.normalize("NFKC", text)
    return sorted({"AWS" + m.group(1) for m in ID_RE.finditer(t)})

def strip_tags(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    return h.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")

def emit(slug, kind, *, case_id, accts, verified, lang, headers, body, new_text):
    """headers: list of (name, value) in order (trace first). body: Message/multipart.
    new_text: the text of the NEW part of this mail (used to double-check account ids)."""
    assert kind in KINDS, kind
    n = len(MAILS) + 1
    fname = "%03d-%s.eml" % (n, slug)
    got = ids_in(new_text)
    exp = sorted(set(accts))
    assert got == exp, (fname, got, exp)
    top = Message()
    for k, v in headers:
        if v is not None:
            top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in body.items():
        if k.lower() == "mime-version":
            continue
        top[k] = v
    top._payload = body._payload
    if body.get_boundary():
        top.set_boundary(body.get_boundary())
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(max_line_length=None)).flatten(top)
    label = {"kind": kind, "case_id": case_id, "account_ids": exp, "sender_verified": verified, "language": lang}
    MAILS.append((fname, buf.getvalue(), label))
    CUR_SEL.clear()
    return fname

# ---------------------------------------------------------------- common footers / bits
def aws_common(frm, to, subj, dt, region=None, tz=UTC, extra=None):
    """AWS (SES) headers after the trace block."""
    h = [("DKIM-Signature", dkim("amazon.com", dt, hdrs="Content-Type:MIME-Version:Subject:Date:From:To:Message-ID")),
         ("DKIM-Signature", dkim("amazonses.com", dt, sel=R.choice(["6gbrjpgwjskckoa6a5zn6fwqkn67xbtw", "224i4yxa5dv7c2xz3womw6peuasteono", "hsbnp7p3ensaochzwyq5wwmceodymuwv"]), hdrs="Content-Type:MIME-Version:Subject:Date:From:To:Message-ID:Feedback-ID")),
         ("Date", rfc(dt, tz)),
         ("From", frm),
         ("To", to),
         ("Message-ID", ses_id(dt, region)),
         ("Subject", subj)]
    if extra:
        h += extra
    h += [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region or "us-east-1", rb64(33)[:44])),
          ("X-SES-Outgoing", "%s-%s" % (dt.strftime("%Y.%m.%d"), "54.240.8.%d" % R.randint(10, 99)))]
    return h

def ses_src(region=None):
    if region == "us-west-2":
        o = R.randint(10, 60)
        return "a27-%d.smtp-out.us-west-2.amazonses.com" % o, "54.240.27.%d" % o
    o = R.randint(10, 99)
    return "a8-%d.smtp-out.amazonses.com" % o, "54.240.8.%d" % o

FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWSNAME = "Amazon Web Services"

def aws_gmail(rcpt, dt, region=None, dmarc="pass", dkim_aws="pass"):
    host, ip = ses_src(region)
    mf = ses_return_path(dt, region)
    ar = ar_google([(dkim_aws, "amazon.com"), ("pass", "amazonses.com")], ("pass", mf, ip),
                   (dmarc, "QUARANTINE", "amazon.com"))
    h = gmail_trace(rcpt, dt, host, ip, mf, ar)
    return h

def aws_outlook(rcpt, dt, region="us-west-2"):
    host, ip = ses_src(region)
    ar = ar_outlook("pass", ip, (region + ".amazonses.com") if region else "amazonses.com",
                    [("pass", "amazon.com"), ("pass", "amazonses.com")], "pass", "amazon.com", "pass reason=100")
    h = [("Return-Path", "<%s>" % ses_return_path(dt, region))] + outlook_trace(rcpt, dt, host, ip, ar, spf_dom=(region + ".amazonses.com") if region else "amazonses.com")
    return h

CONSOLE_FOOTER_JA = """
===================================================
このメールへの返信はできません。ケースへの返信は、サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja
===================================================

今回のやり取りはいかがでしたか？ 以下より評価をお願いいたします。
https://console.aws.amazon.com/support/feedback?eventId={ev}&language=ja&questionnaireId=Support-Comms-Q-{qn}&responses=Support-Comms-Q-{qn}-A1
https://console.aws.amazon.com/support/feedback?eventId={ev}&language=ja&questionnaireId=Support-Comms-Q-{qn}&responses=Support-Comms-Q-{qn}-A5

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""

CONSOLE_FOOTER_EN = """
===================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

====================================================================
Was this response helpful? Click here to rate:
https://console.aws.amazon.com/support/feedback?eventId={ev}&language=en&questionnaireId=Support-Comms-Q-{qn}&responses=Support-Comms-Q-{qn}-A5

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

def console_footer(cid, lang="ja"):
    ev = "%s%s" % (R.randint(10**9, 10**10 - 1), R.randint(10**9, 10**10 - 1))
    t = CONSOLE_FOOTER_JA if lang == "ja" else CONSOLE_FOOTER_EN
    return t.format(cid=cid, ev=ev, qn=R.choice(["001", "002"]))


# =====================================================================================
# MAILS
# =====================================================================================

def main():
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    labels = {}
    for fname, data, label in MAILS:
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        labels[fname] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print("wrote", len(MAILS), "mails")

# =============================== Thread A: form desk, keigo, Gmail user ===============
A_USER = "kenichi.sato.aws@gmail.com"
A_TO = addr("佐藤 健一", A_USER)
A_T0 = T("2025-05-27 23:01:52")
A_CID = case15(A_T0.timestamp(), "08521")
A_OLD, A_NEW = "AWS04417821", "AWS19938405"
A_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
A_FROM = addr(AWSNAME, FORM)

# --- 001 acknowledgement (form desk, keigo, echo of the submission)
dt = A_T0 + datetime.timedelta(seconds=7)
new = """佐藤 健一 様

このたびは AWS トレーニングと認定 にご連絡いただき、誠にありがとうございます。
本メールは、お客様がフォームから送信された内容がシステムに登録されたことをお知らせするため、自動的にお送りしております。

お問い合わせ番号: %s

担当者が内容を拝見し、原則として 24 時間以内にご連絡を差し上げます。
補足の情報がございましたら、件名を変えずにこのメールへご返信ください。
同じ内容でフォームを再度送信されますと、かえってご案内が遅れる場合がございます。あらかじめご了承くださいませ。

―――― ご送信内容 ――――
お問い合わせの種類: 認定 (Certification)
詳細: Account Merge
お名前: 佐藤 健一
メールアドレス: %s
AWS 候補者 ID: %s
内容:
以前、会社のメールアドレスで作成した認定アカウント (%s) があり、個人で使っているアカウントと一つにまとめたいです。よろしくお願いします。
――――――――――――――――

AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
""" % (A_CID, A_USER, A_NEW, A_OLD.lower())
html = html_doc("""<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;border-top:4px solid #ff9900;">
<tr><td style="padding:24px 32px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:14px;line-height:1.7;color:#16191f;">
<p>佐藤 健一 様</p>
<p>このたびは AWS トレーニングと認定 にご連絡いただき、誠にありがとうございます。<br>
本メールは、お客様がフォームから送信された内容がシステムに登録されたことをお知らせするため、自動的にお送りしております。</p>
<p style="font-size:16px;"><b>お問い合わせ番号: %s</b></p>
<p>担当者が内容を拝見し、原則として 24 時間以内にご連絡を差し上げます。<br>
補足の情報がございましたら、件名を変えずにこのメールへご返信ください。<br>
同じ内容でフォームを再度送信されますと、かえってご案内が遅れる場合がございます。あらかじめご了承くださいませ。</p>
<table style="border:1px solid #d5dbdb;font-size:13px;" cellpadding="6">
<tr><th align="left" colspan="2" style="background:#fafafa;">ご送信内容</th></tr>
<tr><td>お問い合わせの種類</td><td>認定 (Certification)</td></tr>
<tr><td>詳細</td><td>Account Merge</td></tr>
<tr><td>お名前</td><td>佐藤 健一</td></tr>
<tr><td>メールアドレス</td><td>%s</td></tr>
<tr><td>AWS 候補者 ID</td><td>%s</td></tr>
<tr><td>内容</td><td>以前、会社のメールアドレスで作成した認定アカウント (%s) があり、個人で使っているアカウントと一つにまとめたいです。よろしくお願いします。</td></tr>
</table>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</td></tr></table></td></tr></table>""" % (A_CID, A_USER, A_NEW, A_OLD.lower()))
emit("form-ack-keigo-echo", "case_created", case_id=A_CID, accts=[A_OLD, A_NEW], verified=True, lang="ja",
     headers=aws_gmail(A_USER, dt) + aws_common(A_FROM, A_USER, enc_subject("[CASE %s] AWS トレーニングと認定: お問い合わせ番号のお知らせ" % A_CID), dt),
     body=alt(tpart(new, cs="utf-8", cte="quoted-printable"), tpart(html, "html", cs="utf-8", cte="base64")), new_text=new)

# --- 002 Pearson VUE appointment (unrelated, carries the candidate id)
dt = T("2025-05-28 03:40:12")
new = """佐藤 健一 様

AWS Certified Developer - Associate 試験のご予約が確定しましたのでお知らせいたします。

試験名: DVA-C02: AWS Certified Developer - Associate (日本語)
日時: 2025年6月14日 (土) 10:00 JST
受験方法: OnVUE オンライン監督付き試験
登録 ID: 487712305
候補者 ID: AWS19938405

試験開始 30 分前からチェックインが可能です。事前にシステムテストを実施してください。
https://home.pearsonvue.com/aws/onvue

予約の変更・キャンセルは、試験開始の 24 時間前までに AWS トレーニングと認定 アカウントから行ってください。

Pearson VUE
このメールは送信専用です。
"""
mf = "bounces-%s@pearson.com" % ralnum(10)
hdr = gmail_trace(A_USER, dt, "mx0b-00%d.pphosted.com" % R.randint(100, 999), "148.163.%d.%d" % (R.randint(128, 159), R.randint(1, 254)), mf,
                  ar_google([("pass", "pearson.com")], ("pass", mf, "148.163.150.27"), ("pass", "REJECT", "pearson.com")))
hdr += [("DKIM-Signature", dkim("pearson.com", dt, sel="pp1")),
        ("Date", rfc(dt, UTC)), ("From", addr("Pearson VUE", "pearsonvueconfirmation@pearson.com")),
        ("To", A_USER), ("Message-ID", "<%s.%d.JavaMail.vue@pvpappl%02d>" % (rhex(16), R.randint(10000, 99999), R.randint(1, 40))),
        ("Subject", enc_subject("ご予約確認: AWS Certified Developer - Associate"))]
emit("pearson-vue-appointment-ja", "unrelated", case_id=None, accts=[A_NEW], verified=False, lang="ja",
     headers=hdr, body=alt(tpart(new, cs="utf-8", cte="base64"), tpart(html_doc(text2html(new)), "html", cs="utf-8", cte="base64")), new_text=new)

# --- 003 agent asks which account to keep (support_reply)
dt = T("2025-05-28 23:47:03")
new = """佐藤 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの木村でございます。

お問い合わせいただきました件につき、お調べいたしましたところ、佐藤様のお名前で以下の 2 つの認定アカウントが見つかりました。

・%s （k.sato@hoshino-sys.co.jp にてご登録）
・%s （%s にてご登録）

恐れ入りますが、今後お使いになるのはどちらのアカウントでしょうか。
あわせて、k.sato@hoshino-sys.co.jp が現在も受信可能なアドレスかどうかをお知らせいただけますと幸いです。

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいますようお願い申し上げます。

木村
AWS トレーニングと認定 カスタマーサポート
""" % (A_OLD, A_NEW, A_USER)
quote = """
-----Original Message-----
From: %s
Sent: 2025/05/27 23:01
To: aws-cs-trainingcertification-form@amazon.com
Subject: %s

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: %s
以前、会社のメールアドレスで作成した認定アカウント (%s) があり、個人で使っているアカウントと一つにまとめたいです。よろしくお願いします。
""" % (A_USER, A_SUBJ, A_NEW, A_OLD.lower())
emit("form-reply-which-account-keigo", "support_reply", case_id=A_CID, accts=[A_OLD, A_NEW], verified=True, lang="ja",
     headers=aws_gmail(A_USER, dt) + aws_common(A_FROM, A_USER, "RE:[CASE %s] %s" % (A_CID, A_SUBJ), dt),
     body=tpart(new + quote, cs="utf-8", cte="base64"), new_text=new)

# --- 004 confirmation request (avoids 統合/マージ, keigo), nested quotes
dt = T("2025-05-30 02:15:40")
new = """佐藤 様

ご返信いただき、ありがとうございます。木村でございます。

いただいた内容をもとに、以下のとおり処理を行う予定でございます。

　お使いいただくアカウント（残る側）: %s
　取り込まれるアカウント　　　　　　: %s

%s に記録されている認定資格、試験の受験履歴、特典（受験割引など）はすべて %s へ移され、
移行後、%s はご利用いただけなくなります。
また、この処理は一度実施いたしますと、元に戻すことができません。

上記の内容にお間違いがなければ、その旨を本メールへのご返信にてお知らせください。
ご返信を確認でき次第、作業に取りかからせていただきます。

何卒よろしくお願い申し上げます。

木村
AWS トレーニングと認定 カスタマーサポート
""" % (A_NEW, A_OLD, A_OLD, A_NEW, A_OLD)
quote = """
---- Original Message ----
From: 佐藤 健一 <%s>
Sent: Thursday, May 29, 2025 1:12 AM
To: Amazon Web Services
Subject: Re: RE:[CASE %s] %s

木村様

ご連絡ありがとうございます。
個人のアドレスで登録している方（%s）を使い続けたいです。
会社のアドレスも今のところは受信できます。

よろしくお願いいたします。
佐藤

2025年5月29日(木) 8:47 Amazon Web Services <%s>:

> 佐藤 様
>
> お世話になっております。
> AWS トレーニングと認定 カスタマーサポートの木村でございます。
>
> ・%s （k.sato@hoshino-sys.co.jp にてご登録）
> ・%s （%s にてご登録）
>
> 恐れ入りますが、今後お使いになるのはどちらのアカウントでしょうか。
""" % (A_USER, A_CID, A_SUBJ, A_NEW, FORM, A_OLD, A_NEW, A_USER)
emit("form-confirm-keep-which-keigo", "merge_confirmation_requested", case_id=A_CID, accts=[A_OLD, A_NEW], verified=True, lang="ja",
     headers=aws_gmail(A_USER, dt) + aws_common(A_FROM, A_USER, "RE:[CASE %s] %s" % (A_CID, A_SUBJ), dt),
     body=alt(tpart(new + quote, cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new + quote)), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 005 "thank you, we will now proceed" (support_reply), ids only in quote
dt = T("2025-05-30 06:31:22")
new = """佐藤 様

ご確認いただき、誠にありがとうございます。

それでは、これより担当チームにて手続きを開始いたします。
作業が終わり次第、あらためて本メールアドレスにご連絡いたしますので、今しばらくお待ちくださいませ。
通常、1〜3 営業日ほどお時間を頂戴しております。

なお、作業中は認定アカウントへのサインインや試験のご予約ができない場合がございます。ご了承ください。

木村
AWS トレーニングと認定 カスタマーサポート
"""
quote = """

差出人: 佐藤 健一 <%s>
送信日時: 2025年5月30日 14:58
宛先: Amazon Web Services <%s>
件名: Re: RE:[CASE %s] %s

木村様

内容に相違ありません。お手数ですが進めていただけますと助かります。

佐藤

2025年5月30日(金) 11:15 Amazon Web Services <%s>:
> 佐藤 様
>
> 　お使いいただくアカウント（残る側）: %s
> 　取り込まれるアカウント　　　　　　: %s
>
> 上記の内容にお間違いがなければ、その旨を本メールへのご返信にてお知らせください。
>
> > 個人のアドレスで登録している方（%s）を使い続けたいです。
""" % (A_USER, FORM, A_CID, A_SUBJ, FORM, A_NEW, A_OLD, A_NEW)
emit("form-thanks-will-proceed-keigo", "support_reply", case_id=A_CID, accts=[], verified=True, lang="ja",
     headers=aws_gmail(A_USER, dt) + aws_common(A_FROM, A_USER, "RE:[CASE %s] %s" % (A_CID, A_SUBJ), dt),
     body=tpart(new + quote, cs="utf-8", cte="8bit"), new_text=new)

# --- 006 CertMetrics survey (unrelated, authentic but not AWS/Credly)
dt = T("2025-05-30 16:05:00")
new = """Hello Kenichi,

AWS Certification wants to hear from you!

As a valued member of the AWS Certified community, we'd like to ask you to take a short survey about your experience with the AWS Certification program. The survey takes about 10 minutes.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?id=%s

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this e-mail.
""" % rhex(32)
mf = "bounce-%s@certmetrics.com" % ralnum(8)
hdr = gmail_trace(A_USER, dt, "mail%d.certmetrics.com" % R.randint(1, 4), "52.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), mf,
                  ar_google([("pass", "certmetrics.com")], ("pass", mf, "52.9.11.8"), ("pass", "NONE", "certmetrics.com")))
hdr += [("DKIM-Signature", dkim("certmetrics.com", dt, sel="s1")), ("Date", rfc(dt)), ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", A_USER), ("Message-ID", "<%s@certmetrics.com>" % rhex(24)), ("Subject", "AWS Certification wants to hear from you")]
emit("certmetrics-wants-to-hear", "unrelated", case_id=None, accts=[], verified=False, lang="en", headers=hdr,
     body=alt(tpart(new, cs="us-ascii", cte="7bit"), tpart(html_doc(text2html(new), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 007 completion (一本化が反映), HTML + plain
dt = T("2025-05-31 09:12:05")
new = """佐藤 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。

大変お待たせいたしました。
ご依頼いただいておりました 2 つの認定アカウントの一本化につきまして、本日付でシステムへの反映が済みましたことをご報告申し上げます。

今後は %s（%s）でサインインいただきますと、これまでに取得された認定資格および受験履歴をすべてご確認いただけます。
旧アカウント %s は既に無効となっております。

Credly のデジタルバッジにつきましては、反映まで数日かかる場合がございます。
一週間ほど経ってもバッジが届かない場合は、お手数ですが本メールにご返信ください。

今後とも AWS トレーニングと認定 をよろしくお願い申し上げます。

木村
AWS トレーニングと認定 カスタマーサポート
""" % (A_NEW, A_USER, A_OLD)
emit("form-consolidation-reflected-keigo", "merge_completed", case_id=A_CID, accts=[A_OLD, A_NEW], verified=True, lang="ja",
     headers=aws_gmail(A_USER, dt) + aws_common(A_FROM, A_TO, enc_subject("RE:[CASE %s] %s" % (A_CID, A_SUBJ), "utf-8"), dt),
     body=alt(tpart(new, cs="utf-8", cte="base64"), tpart(html_doc(text2html(new)), "html", cs="utf-8", cte="base64")), new_text=new)

# --- 008 survey / closure (HTML-only)
dt = T("2025-05-31 09:12:48")
html = html_doc("""<table role="presentation" width="600" align="center" style="background:#fff;">
<tr><td style="padding:24px;background:#232f3e;color:#fff;font-size:18px;">AWS トレーニングと認定</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7;">
<p>佐藤 健一 様</p>
<p>お問い合わせ番号 %s への対応は、これをもちまして終了とさせていただきます。</p>
<p>今後のサービス向上のため、今回のサポートについてお聞かせください。</p>
<p style="font-weight:bold;">お問い合わせの内容は解決しましたか？</p>
<p><a href="https://survey.aws-tc-support.amazon.com/r/%s?q1=yes" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none;">はい</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc-support.amazon.com/r/%s?q1=no" style="background:#d5dbdb;color:#000;padding:8px 24px;text-decoration:none;">いいえ</a></p>
<p>担当者の対応を 5 段階でご評価ください: 
<a href="https://survey.aws-tc-support.amazon.com/r/%s?q2=1">1</a> <a href="https://survey.aws-tc-support.amazon.com/r/%s?q2=2">2</a> <a href="https://survey.aws-tc-support.amazon.com/r/%s?q2=3">3</a> <a href="https://survey.aws-tc-support.amazon.com/r/%s?q2=4">4</a> <a href="https://survey.aws-tc-support.amazon.com/r/%s?q2=5">5</a></p>
<p style="font-size:12px;color:#687078;">このメールは送信専用アドレスからお送りしています。同じ件で再度ご連絡が必要な場合は、前回のメールにご返信ください。</p>
</td></tr></table>""" % ((A_CID,) + (rhex(20),) * 7))
emit("form-closure-rating-html-only", "survey", case_id=A_CID, accts=[], verified=True, lang="ja",
     headers=aws_gmail(A_USER, dt) + aws_common(A_FROM, A_USER, enc_subject("[CASE %s] 今回のサポートについてご意見をお聞かせください" % A_CID), dt),
     body=tpart(html, "html", cs="utf-8", cte="quoted-printable"), new_text=strip_tags(html))

# --- 009 Credly, Japanese-localised, badge re-issued after the move
dt = T("2025-06-02 14:20:33")
bid = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
new = """佐藤 健一 さん

Amazon Web Services Training and Certification から、あなたの Credly アカウントにデジタルバッジが届いています。

  AWS Certified Solutions Architect – Associate

認定アカウントの移行に伴い、このバッジは現在お使いのメールアドレス宛てに改めて発行されました。
以下のボタンからバッジを受け取り、LinkedIn などで共有しましょう。

バッジを受け取る: https://www.credly.com/badges/%s/accept

バッジは受け取るまで非公開のままです。

Credly, Inc. | 13 East 37th Street, New York, NY 10016
通知設定を変更する: https://www.credly.com/users/notification-settings
""" % bid
html = html_doc("""<table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;">
<tr><td style="padding:20px;"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 20px;font-size:15px;">佐藤 健一 さん<br><br>
Amazon Web Services Training and Certification から、あなたの Credly アカウントにデジタルバッジが届いています。</td></tr>
<tr><td align="center" style="padding:20px;"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="160" alt="AWS Certified Solutions Architect – Associate"><br>
<b>AWS Certified Solutions Architect – Associate</b></td></tr>
<tr><td style="padding:0 20px;font-size:14px;">認定アカウントの移行に伴い、このバッジは現在お使いのメールアドレス宛てに改めて発行されました。</td></tr>
<tr><td align="center" style="padding:24px;"><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:12px 32px;border-radius:4px;text-decoration:none;">バッジを受け取る</a></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888;">バッジは受け取るまで非公開のままです。<br>Credly, Inc. | 13 East 37th Street, New York, NY 10016</td></tr></table>""" % bid)
mf = "bounces+%d-%s-%s=gmail.com@em.credly.com" % (R.randint(1000000, 9999999), rhex(4), A_USER.split("@")[0])
cip = "167.89.%d.%d" % (R.randint(0, 127), R.randint(1, 254))
hdr = gmail_trace(A_USER, dt, "o%d.em.credly.com" % R.randint(1, 9), cip, mf,
                  ar_google([("pass", "credly.com"), ("pass", "sendgrid.info")], ("pass", mf, cip), ("pass", "REJECT", "credly.com")))
hdr += [("DKIM-Signature", dkim("credly.com", dt, sel="s1", hdrs="from:mime-version:subject:to:content-type:cc:content-type:from:subject:to")),
        ("DKIM-Signature", dkim("sendgrid.info", dt, sel="smtpapi", hdrs="from:mime-version:subject:to:content-type:cc:content-type:from:subject:to")),
        ("Date", rfc(dt)), ("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
        ("To", A_USER), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), R.randint(1, 30))),
        ("Subject", enc_subject("Amazon Web Services Training and Certification からバッジが届いています")),
        ("X-SG-EID", rb64(90))]
emit("credly-badge-reissued-ja", "credly_badge_issued", case_id=None, accts=[], verified=True, lang="ja", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="quoted-printable"), tpart(html, "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# =============================== Thread B: console case, 3 accounts, Outlook (M365) ======
B_USER = "misaki.yamamoto@nexus-sol.co.jp"
B_TO = addr("山本 美咲", B_USER, "iso-2022-jp")
B_T0 = T("2025-02-12 01:44:09")
B_CID = case15(B_T0.timestamp(), "00631")
B_A, B_KEEP, B_C = "AWS71036629", "AWS28850413", "AWS93310574"
B_CSUBJ = "認定アカウントの統合について (3 アカウント)"
B_FROM = addr(AWSNAME, NOREPLY)

# --- 010 console: case opened (Japanese template)
dt = B_T0 + datetime.timedelta(seconds=11)
new = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様からのご依頼を承り、次のとおりお問い合わせを登録いたしました。

ケース ID: %s
件名: %s
重要度: 一般的な質問
ケース開始者: %s

担当エンジニアからの回答は、サポートセンターおよびメールでお知らせします。
ケースの状況確認や追加情報のご連絡は、以下のリンクから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールアドレスは送信専用のため、ご返信いただいてもお受けできません。

Amazon Web Services
""" % (B_CID, B_CSUBJ, B_USER, B_CID)
html = html_doc("""<div style="max-width:640px;margin:0 auto;background:#fff;padding:24px;font-size:14px;line-height:1.7;">
<p>Amazon Web Services をご利用いただき、ありがとうございます。</p>
<p>お客様からのご依頼を承り、次のとおりお問い合わせを登録いたしました。</p>
<table cellpadding="4" style="font-size:14px;"><tr><td><b>ケース ID:</b></td><td>%s</td></tr>
<tr><td><b>件名:</b></td><td>%s</td></tr><tr><td><b>重要度:</b></td><td>一般的な質問</td></tr>
<tr><td><b>ケース開始者:</b></td><td>%s</td></tr></table>
<p>担当エンジニアからの回答は、サポートセンターおよびメールでお知らせします。<br>ケースの状況確認や追加情報のご連絡は、<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンター</a>から行ってください。</p>
<p style="color:#687078;font-size:12px;">このメールアドレスは送信専用のため、ご返信いただいてもお受けできません。</p>
<p>Amazon Web Services</p></div>""" % (B_CID, B_CSUBJ, B_USER, B_CID))
emit("console-opened-ja-outlook", "case_created", case_id=B_CID, accts=[], verified=True, lang="ja",
     headers=aws_outlook(B_USER, dt) + aws_common(B_FROM, B_USER, enc_subject("Amazon Web Services: お問い合わせ (ケース %s) を登録しました" % B_CID), dt, region="us-west-2"),
     body=alt(tpart(new, cs="utf-8", cte="quoted-printable"), tpart(html, "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 011 console "new correspondence" notice (support_reply)
dt = T("2025-02-13 05:20:44")
new = """お客様

ケース %s に、AWS サポートから新しい返信が追加されました。

件名: %s

返信の内容を確認するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※ このメールは送信専用アドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
""" % (B_CID, B_CSUBJ, B_CID)
emit("console-new-correspondence-ja", "support_reply", case_id=B_CID, accts=[], verified=True, lang="ja",
     headers=aws_outlook(B_USER, dt) + aws_common(B_FROM, B_USER, enc_subject("[ケース %s] 新しいやり取りが追加されました" % B_CID), dt, region="us-west-2"),
     body=tpart(new, cs="utf-8", cte="base64"), new_text=new)

# --- 012 machine-translated agent: asks for sign-in e-mails (support_reply)
dt = T("2025-02-13 05:20:39")
new = """こんにちは、

AWSに連絡してくれてありがとう。私はあなたの要求を助けることをうれしく思います。

私たちがあなたのアカウントを処理する前に、いくつかの情報が必要です。以下の各アカウントのために、サインインに使用される電子メールアドレスおよび通知電子メールアドレスを提供してください:

- %s
- %s
- %s

また、どのアカウントを主要なものとして保持したいかを私たちに教えてください。残りのアカウントは、保持されたアカウントに移動されます。

このケースに返信するとき、上記の情報を含めてください。情報が受信されると、私たちは次のステップに進みます。

よろしくお願いします、

Rahul P.
Amazon Web Services
""" % (B_A, B_KEEP, B_C)
emit("console-mt-ask-login-emails", "support_reply", case_id=B_CID, accts=[B_A, B_KEEP, B_C], verified=True, lang="ja",
     headers=aws_outlook(B_USER, dt) + aws_common(B_FROM, B_USER, enc_subject("RE:[CASE %s] %s" % (B_CID, B_CSUBJ)), dt, region="us-west-2"),
     body=alt(tpart(new + console_footer(B_CID), cs="utf-8", cte="quoted-printable"),
              tpart(html_doc(text2html(new + console_footer(B_CID))), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 013 other AWS case of the same user: billing (unrelated)
BB_T0 = T("2025-02-10 07:55:21")
BB_CID = case15(BB_T0.timestamp(), "01197")
dt = T("2025-02-14 02:03:50")
new = """山本様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS 請求サポートの森でございます。

お問い合わせいただいた 2025 年 1 月分の請求書の宛名変更につきまして、ご指定の「株式会社ネクサスソリューションズ 経理部」へ変更いたしました。
変更後の請求書は、請求ダッシュボードの [請求書] ページから再発行分をダウンロードいただけます。

また、適格請求書発行事業者の登録番号は請求書 PDF の右上に記載されております。

その他ご不明な点がございましたら、本ケースにご返信ください。

よろしくお願いいたします。

森
Amazon Web Services
"""
emit("console-billing-case-ja", "unrelated", case_id=BB_CID, accts=[], verified=True, lang="ja",
     headers=aws_outlook(B_USER, dt) + aws_common(B_FROM, B_USER, enc_subject("RE:[CASE %s] 請求書の宛名変更について" % BB_CID), dt, region="us-west-2"),
     body=alt(tpart(new + console_footer(BB_CID), cs="utf-8", cte="base64"), tpart(html_doc(text2html(new + console_footer(BB_CID))), "html", cs="utf-8", cte="base64")), new_text=new)

# --- 014 confirmation request, HTML-only with a table, "集約" wording
dt = T("2025-02-14 08:41:17")
html = html_doc("""<div style="max-width:680px;margin:0 auto;background:#fff;padding:24px;font-size:14px;line-height:1.8;">
<p>山本 様</p>
<p>ご回答いただきありがとうございます。AWS サポートの Rahul でございます。</p>
<p>いただいた情報をもとに、以下の内容で認定アカウントを 1 つに集約する準備が整いました。作業に入る前に、念のため内容をご確認ください。</p>
<table border="1" cellpadding="8" cellspacing="0" style="border-collapse:collapse;font-size:14px;">
<tr style="background:#f2f3f3;"><th>AWS 候補者 ID</th><th>サインイン用メールアドレス</th><th>集約後</th></tr>
<tr><td>%s</td><td>misaki.y.0314@outlook.jp</td><td>%s へ移行し、閉鎖</td></tr>
<tr><td><b>%s</b></td><td>misaki.yamamoto@nexus-sol.co.jp</td><td><b>存続（メイン）</b></td></tr>
<tr><td>%s</td><td>m-yamamoto@tc-partner-event.jp</td><td>%s へ移行し、閉鎖</td></tr>
</table>
<p>この作業は実施後に取り消すことができません。移行元の 2 アカウントでは今後サインインできなくなります。</p>
<p>上記のとおりで問題がなければ、サポートセンターから本ケースに「上記内容で承認します」とご返信ください。ご返信を確認次第、作業を開始いたします。</p>
<p>よろしくお願いいたします。</p>
<p>Rahul P.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#687078;">このメールへの返信はできません。ケースへの返信は <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンター</a> から行ってください。</p>
</div>""" % (B_A, B_KEEP, B_KEEP, B_C, B_KEEP, B_CID))
emit("console-confirm-table-html-only", "merge_confirmation_requested", case_id=B_CID, accts=[B_A, B_KEEP, B_C], verified=True, lang="ja",
     headers=aws_outlook(B_USER, dt) + aws_common(B_FROM, B_USER, enc_subject("RE:[CASE %s] %s" % (B_CID, B_CSUBJ)), dt, region="us-west-2"),
     body=tpart(html, "html", cs="utf-8", cte="quoted-printable"), new_text=strip_tags(html))

# --- 015 machine-translated completion
dt = T("2025-02-15 23:10:02")
new = """こんにちは山本、

あなたの忍耐に感謝します。

私は、あなたの認定アカウントが正常に組み合わされたことを確認するために書いています。アカウント %s は今、あなたのすべての認定、試験履歴および利益を含みます。アカウント %s および %s はもはや活動的ではありません。

次回のサインイン時には、%s に関連付けられた電子メールアドレスを使用してください。バッジは数日以内に Credly で利用可能になります。

他に質問がある場合は、このケースを再度開いてください。

よろしくお願いします、

Rahul P.
Amazon Web Services
""" % (B_KEEP, B_A, B_C, B_KEEP)
emit("console-mt-accounts-combined", "merge_completed", case_id=B_CID, accts=[B_A, B_KEEP, B_C], verified=True, lang="ja",
     headers=aws_outlook(B_USER, dt) + aws_common(B_FROM, B_USER, enc_subject("RE:[CASE %s] %s" % (B_CID, B_CSUBJ)), dt, region="us-west-2"),
     body=alt(tpart(new + console_footer(B_CID), cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new + console_footer(B_CID))), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 016 closure notice that also states the work is done (label: survey)
dt = T("2025-02-15 23:10:31")
new = """お客様

ケース %s はクローズされました。

件名: %s
クローズ理由: 担当者により解決済み
担当者メモ: 3 つの認定アカウントの集約作業が完了したため、本ケースを終了いたします。

今回のサポートはいかがでしたか？ 1 分ほどのアンケートにご協力ください。
  とても満足: https://console.aws.amazon.com/support/feedback?caseId=%s&rating=5&language=ja
  不満:       https://console.aws.amazon.com/support/feedback?caseId=%s&rating=1&language=ja

同じ件について再度お問い合わせが必要な場合は、14 日以内であればサポートセンターからケースを再オープンできます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Amazon Web Services
""" % (B_CID, B_CSUBJ, B_CID, B_CID, B_CID)
emit("console-closed-with-note-done", "survey", case_id=B_CID, accts=[], verified=True, lang="ja",
     headers=aws_outlook(B_USER, dt) + aws_common(B_FROM, B_USER, enc_subject("Amazon Web Services: ケース %s はクローズされました" % B_CID), dt, region="us-west-2"),
     body=tpart(new, cs="utf-8", cte="quoted-printable"), new_text=new)

# --- 017 Credly (English) several badges after the consolidation, via Outlook
dt = T("2025-02-17 13:02:55")
bids = ["%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)) for _ in range(3)]
new = """Congratulations, Misaki!

Amazon Web Services Training and Certification has issued you new badges:

* AWS Certified Cloud Practitioner
* AWS Certified Solutions Architect - Associate
* AWS Certified SysOps Administrator - Associate

Accept your badges to claim them and share your achievement with your network.

Accept your badges: https://www.credly.com/earner/earned?accept=%s,%s,%s

Why accept? Accepted badges can be shared on LinkedIn, added to your e-mail signature and verified by employers.

Questions? Visit https://support.credly.com

Credly, Inc. 13 East 37th Street, 7th Floor, New York, NY 10016
You received this e-mail because a badge was issued to %s.
""" % (bids[0], bids[1], bids[2], B_USER)
cip = "149.72.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
ar = ar_outlook("pass", cip, "em.credly.com", [("pass", "credly.com"), ("pass", "sendgrid.info")], "pass", "credly.com", "pass reason=100")
hdr = [("Return-Path", "<bounces+%d-%s-misaki.yamamoto=nexus-sol.co.jp@em.credly.com>" % (R.randint(1000000, 9999999), rhex(4)))]
hdr += outlook_trace(B_USER, dt, "o%d.em.credly.com" % R.randint(1, 9), cip, ar, spf_dom="em.credly.com")
hdr += [("DKIM-Signature", dkim("credly.com", dt, hdrs="from:mime-version:subject:to:content-type")),
        ("Date", rfc(dt)), ("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
        ("To", B_USER), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.randint(1, 30))),
        ("Subject", "Amazon Web Services Training and Certification has issued you 3 badges")]
emit("credly-three-badges-en-outlook", "credly_badge_issued", case_id=None, accts=[], verified=True, lang="en", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="7bit"), tpart(html_doc(text2html(new), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# =============================== Thread C: 2020, 10-digit console case, nifty, ISO-2022-JP ==
C_USER = "makoto-suzuki@nifty.com"
C_CID = "7219604851"
C_OLD, C_KEEP = "AWS00581273", "AWS01194836"
C_CSUBJ = "認定アカウントを一つにしたい"
C_FROM = addr(AWSNAME, NOREPLY)

def jp_aws(rcpt, dt, mx, arfmt, region=None, mta="Postfix", from_dom="amazon.com"):
    """AWS SES mail received by a Japanese provider. arfmt gets (mailfrom, ip) -> AR string or None."""
    host, ip = ses_src(region)
    mf = ses_return_path(dt, region)
    ar = arfmt(mf, ip) if arfmt else None
    h = jp_trace(rcpt, dt, mx, host, ip, ar, mta=mta)
    h[0] = ("Return-Path", "<%s>" % mf)
    return h

def nifty_ar(mf, ip):
    return ("mx.nifty.com; spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com header.s=%s;\n\tdkim=pass header.i=@amazonses.com header.s=%s"
            % (mf, CUR_SEL.setdefault("amazon.com", ralnum(32)), CUR_SEL.setdefault("amazonses.com", ralnum(32))))

# --- 018 case opened, 2020, ISO-2022-JP
dt = T("2020-08-04 02:13:58")
new = """Amazon Web Services にお問い合わせいただき、ありがとうございます。

お客様のお問い合わせにお応えするため、ケース %s を開始しました。

ケース ID: %s
件名: %s
重要度: 低

ケースの詳細は、サポートセンターでいつでもご覧いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

ご注意: このメールアドレスではご返信を受け付けておりません。同じ件について追加のご連絡がある場合は、上記のリンクからケースにご返信ください。

Amazon Web Services
""" % (C_CID, C_CID, C_CSUBJ, C_CID)
emit("console-2020-started-iso2022jp", "case_created", case_id=C_CID, accts=[], verified=True, lang="ja",
     headers=jp_aws(C_USER, dt, "mx.nifty.com", nifty_ar) + aws_common(C_FROM, C_USER, enc_subject("Amazon Web Services: ケース %s を開始しました" % C_CID, "iso-2022-jp"), dt),
     body=tpart(new, cs="iso-2022-jp", cte="7bit"), new_text=new)

# --- 019 "we are checking with the team" (support_reply), ids in new text, lower-case variant
dt = T("2020-08-05 07:31:12")
new = """鈴木 様

お世話になっております。Amazon Web Services サポートの長谷川でございます。

お問い合わせいただいた件について、現在、社内の認定担当チームに確認を依頼しております。
aws00581273 および AWS01194836 のご登録情報の照合に少々お時間をいただいておりますので、
回答が得られ次第、あらためてご連絡差し上げます。

ご不便をおかけいたしますが、今しばらくお待ちいただけますと幸いです。

長谷川
Amazon Web Services
"""
emit("console-2020-checking-with-team", "support_reply", case_id=C_CID, accts=[C_OLD, C_KEEP], verified=True, lang="ja",
     headers=jp_aws(C_USER, dt, "mx.nifty.com", nifty_ar) + aws_common(C_FROM, C_USER, enc_subject("RE:[CASE %s] %s" % (C_CID, C_CSUBJ), "iso-2022-jp"), dt),
     body=tpart(new + console_footer(C_CID), cs="iso-2022-jp", cte="7bit"), new_text=new)

# --- 020 confirmation request (寄せる wording, hyphenated ids)
dt = T("2020-08-07 04:02:45")
new = """鈴木 様

お待たせいたしました。長谷川でございます。

認定担当チームと確認いたしましたところ、次のとおり作業を行うことが可能です。

　今後ご利用いただくアカウント: AWS-01194836
　記録を寄せる元のアカウント　: AWS-00581273

AWS-00581273 にある認定資格と受験履歴を AWS-01194836 へ移し、AWS-00581273 は閉じさせていただきます。
一度実施しますと元の状態に戻すことはできませんので、ご留意ください。

この内容でお進めしてよろしいか、サポートセンターから本ケースにご返信いただけますでしょうか。
ご同意をいただけましたら、すぐに手配いたします。

長谷川
Amazon Web Services
"""
emit("console-2020-confirm-hyphen-ids", "merge_confirmation_requested", case_id=C_CID, accts=[C_OLD, C_KEEP], verified=True, lang="ja",
     headers=jp_aws(C_USER, dt, "mx.nifty.com", nifty_ar) + aws_common(C_FROM, C_USER, enc_subject("RE:[CASE %s] %s" % (C_CID, C_CSUBJ), "iso-2022-jp"), dt),
     body=tpart(new + console_footer(C_CID), cs="iso-2022-jp", cte="7bit"), new_text=new)

# --- 021 completion (移し終えました)
dt = T("2020-08-11 01:47:09")
new = """鈴木 様

長谷川でございます。

ご同意いただいておりました件、AWS-00581273 に登録されていた認定情報を AWS-01194836 へ移し終えました。
今後は AWS-01194836 に紐づくメールアドレスで AWS 認定アカウントにサインインしてください。
サインイン後、これまでの認定がすべて表示されていることをご確認いただけますと幸いです。

このたびはお待たせしてしまい、申し訳ございませんでした。

長谷川
Amazon Web Services
"""
emit("console-2020-moved-over", "merge_completed", case_id=C_CID, accts=[C_OLD, C_KEEP], verified=True, lang="ja",
     headers=jp_aws(C_USER, dt, "mx.nifty.com", nifty_ar) + aws_common(C_FROM, C_USER, enc_subject("RE:[CASE %s] %s" % (C_CID, C_CSUBJ), "iso-2022-jp"), dt),
     body=tpart(new + console_footer(C_CID), cs="iso-2022-jp", cte="quoted-printable"), new_text=new)

# --- 022 closure/rating (2020 console)
dt = T("2020-08-11 01:47:40")
new = """お客様

ケース %s は解決済みとなりました。

件名: %s

このケースに関する AWS サポートの対応について、ご意見をお聞かせください。
お寄せいただいたご意見は、サービス品質の改善に役立てさせていただきます。

アンケートに回答する:
https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

ケースは解決済みとなった後も 14 日間はサポートセンターから再開できます。

Amazon Web Services
""" % (C_CID, C_CSUBJ, C_CID)
emit("console-2020-resolved-survey", "survey", case_id=C_CID, accts=[], verified=True, lang="ja",
     headers=jp_aws(C_USER, dt, "mx.nifty.com", nifty_ar) + aws_common(C_FROM, C_USER, enc_subject("Amazon Web Services: ケース %s のご評価のお願い" % C_CID, "iso-2022-jp"), dt),
     body=tpart(new, cs="iso-2022-jp", cte="7bit"), new_text=new)

# --- 023 Credly 2020 via youracclaim.com (English)
dt = T("2020-08-13 16:44:20")
bid = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
new = """Makoto,

Amazon Web Services Training and Certification has issued you a badge.

AWS Certified Developer – Associate

Earners of this badge have a comprehensive understanding of application life-cycle management and can use AWS services to develop, deploy and debug cloud-based applications.

Accept Badge: https://www.youracclaim.com/badges/%s/accept

If you have already created an Acclaim account with a different e-mail address, you can add this address to that account before accepting.

Acclaim | Powered by Credly
This e-mail was sent to %s.
""" % (bid, C_USER)
mf = "bounces+%d-%s-makoto-suzuki=nifty.com@sg.youracclaim.com" % (R.randint(1000000, 9999999), rhex(4))
ip = "167.89.%d.%d" % (R.randint(0, 127), R.randint(1, 254))
ar = "mx.nifty.com; spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@youracclaim.com header.s=%s" % (mf, CUR_SEL.setdefault("youracclaim.com", "s1"))
hdr = jp_trace(C_USER, dt, "mx.nifty.com", "o%d.sg.youracclaim.com" % R.randint(1, 9), ip, ar)
hdr[0] = ("Return-Path", "<%s>" % mf)
hdr += [("DKIM-Signature", dkim("youracclaim.com", dt, hdrs="from:subject:mime-version:to:content-type")),
        ("Date", rfc(dt)), ("From", addr("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com")),
        ("To", C_USER), ("Message-ID", "<%s@ismtpd0%d1p1mdw1.sendgrid.net>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.randint(0, 9))),
        ("Subject", "Amazon Web Services Training and Certification has issued you a badge")]
emit("acclaim-2020-badge-issued-en", "credly_badge_issued", case_id=None, accts=[], verified=True, lang="en", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# =============================== Thread D: 2022, 11-digit form case, Yahoo! JAPAN ======
D_USER = "yuko_takahashi_88@yahoo.co.jp"
D_CID = "10962437181"
D_OLD, D_KEEP = "AWS02716455", "AWS03318760"
D_FROM = addr(AWSNAME, FORM)

def yahoo_ar(mf, ip):
    return ("mta%d.mail.kks.yahoo.co.jp; spf=pass smtp.mailfrom=%s;\n dkim=pass header.d=amazon.com header.s=%s;\n dmarc=pass header.from=amazon.com"
            % (R.randint(5000, 5999), mf.split("@")[1], CUR_SEL.setdefault("amazon.com", ralnum(32))))

# --- 024 machine-translated auto acknowledgement
dt = T("2022-09-12 09:18:31")
new = """こんにちは、

AWSトレーニングと認定に連絡していただきありがとうございます。これは自動化された応答です。

あなたの要求は私たちのシステムに記録されており、ケース番号 %s が割り当てられました。私たちのチームのメンバーは、24時間以内にあなたに戻ってきます。

このメールに返信することで、あなたのケースに追加の情報を提供することができます。同じ問題のために新しいケースを開かないでください、それは私たちの応答を遅らせるかもしれません。

敬具、
AWSトレーニングと認定チーム
""" % D_CID
emit("form-2022-mt-auto-response", "case_created", case_id=D_CID, accts=[], verified=True, lang="ja",
     headers=jp_aws(D_USER, dt, "mta%d.mail.kks.yahoo.co.jp" % R.randint(5000, 5999), yahoo_ar, mta="Yahoo! JAPAN") + aws_common(D_FROM, D_USER, enc_subject("[CASE %s] あなたのリクエストが記録されました" % D_CID), dt),
     body=tpart(new, cs="utf-8", cte="quoted-printable"), new_text=new)

# --- 025 English (non-native) confirmation request, ids with a space
dt = T("2022-09-13 09:02:16")
new = """Dear Yuko san,

Greetings from AWS Training and Certification!

As per your request, we are going to consolidate your below mentioned certification accounts into single account.

Source account (will be deactivated): AWS 02716455 - yuko.t@kaisha-mail.jp
Destination account (will remain active): AWS 03318760 - yuko_takahashi_88@yahoo.co.jp

Kindly note that once the accounts are consolidated, the same cannot be reverted back. All the certifications, exam history and benefits of the source account will be reflected in the destination account.

Request you to kindly revert back on this email with your confirmation so that we can proceed further.

Thanks and Regards,
Priya S.
AWS Training and Certification Customer Support
"""
quote = """
-----Original Message-----
From: yuko_takahashi_88@yahoo.co.jp
Sent: 2022-09-12 09:18
Subject: [AWS Training and Certification Form Submission] - account-assistance

AWS candidate ID: AWS03318760
Description: 転職前の会社のメールで作ったアカウント AWS02716455 があります。今の個人アカウントに移したいです。I want to merge two accounts.
"""
emit("form-2022-en-confirm-consolidate", "merge_confirmation_requested", case_id=D_CID, accts=[D_OLD, D_KEEP], verified=True, lang="en",
     headers=jp_aws(D_USER, dt, "mta%d.mail.kks.yahoo.co.jp" % R.randint(5000, 5999), yahoo_ar, mta="Yahoo! JAPAN") + aws_common(D_FROM, D_USER, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D_CID, dt),
     body=alt(tpart(new + quote, cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new + quote), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 026 "thanks for confirming, once complete we will notify" (support_reply)
dt = T("2022-09-14 04:40:55")
new = """Dear Yuko san,

Thank you for the confirmation.

We have forwarded your request to our internal team for further processing. Once the merge is complete, we will notify you on this same email thread. Usually it takes 3-5 business days.

Please do not schedule any exam until you receive our confirmation email.

Thanks and Regards,
Priya S.
AWS Training and Certification Customer Support
"""
quote = """
-----Original Message-----
From: 高橋 裕子 <yuko_takahashi_88@yahoo.co.jp>
Sent: Wednesday, September 14, 2022 10:22 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

ご連絡ありがとうございます。
The details are correct. Please proceed with the merge.

高橋

----- Original Message -----
> From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
> To: yuko_takahashi_88@yahoo.co.jp
> Date: 2022/9/13, Tue 18:02
> Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
>
> Source account (will be deactivated): AWS 02716455 - yuko.t@kaisha-mail.jp
> Destination account (will remain active): AWS 03318760 - yuko_takahashi_88@yahoo.co.jp
""" % (D_CID, D_CID)
emit("form-2022-en-thanks-forwarded", "support_reply", case_id=D_CID, accts=[], verified=True, lang="en",
     headers=jp_aws(D_USER, dt, "mta%d.mail.kks.yahoo.co.jp" % R.randint(5000, 5999), yahoo_ar, mta="Yahoo! JAPAN") + aws_common(D_FROM, D_USER, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D_CID, dt),
     body=tpart(new + quote, cs="utf-8", cte="base64"), new_text=new)

# --- 027 English completion, only the surviving id in the new text
dt = T("2022-09-16 11:27:03")
new = """Dear Yuko san,

We are pleased to inform you that your certification accounts have been consolidated successfully.

You can now login with AWS03318760 and view all your certifications and exam history at one place. Your digital badges will be transferred to Credly within 3 business days.

Should you have any further query, please feel free to write back to us.

Thanks and Regards,
Priya S.
AWS Training and Certification Customer Support
"""
quote = """
-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Wednesday, September 14, 2022 1:40 PM
To: yuko_takahashi_88@yahoo.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Thank you for the confirmation.
> > Source account (will be deactivated): AWS 02716455 - yuko.t@kaisha-mail.jp
> > Destination account (will remain active): AWS 03318760 - yuko_takahashi_88@yahoo.co.jp
""" % D_CID
emit("form-2022-en-consolidated-successfully", "merge_completed", case_id=D_CID, accts=[D_KEEP], verified=True, lang="en",
     headers=jp_aws(D_USER, dt, "mta%d.mail.kks.yahoo.co.jp" % R.randint(5000, 5999), yahoo_ar, mta="Yahoo! JAPAN") + aws_common(D_FROM, D_USER, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D_CID, dt),
     body=tpart(new + quote, cs="utf-8", cte="quoted-printable"), new_text=new)

# --- 028 English closure + Yes/No survey (latin-1 label, QP)
dt = T("2022-09-16 11:27:41")
new = """Hello,

We're closing case %s. We hope the information provided was helpful.

Was your issue resolved?
YES: https://survey.aws-tc-support.amazon.com/s/%s?resolved=1
NO:  https://survey.aws-tc-support.amazon.com/s/%s?resolved=0

How would you rate the support you received? Click a number from 1 (poor) to 5 (excellent):
https://survey.aws-tc-support.amazon.com/s/%s?csat=

If you need more help with this issue, simply reply to this e-mail within 14 days and the case will be reopened.

AWS Training and Certification Customer Support
""" % (D_CID, rhex(24), rhex(24), rhex(24))
emit("form-2022-en-closing-yes-no", "survey", case_id=D_CID, accts=[], verified=True, lang="en",
     headers=jp_aws(D_USER, dt, "mta%d.mail.kks.yahoo.co.jp" % R.randint(5000, 5999), yahoo_ar, mta="Yahoo! JAPAN") + aws_common(D_FROM, D_USER, "[CASE %s] Your case has been closed - tell us how we did" % D_CID, dt),
     body=tpart(new, cs="iso-8859-1", cte="quoted-printable"), new_text=new)

# =============================== Thread E: 2024-11, so-net, Shift_JIS, no AR on some ========
E_USER = "daisuke.ito@gd5.so-net.ne.jp"
E_T0 = T("2024-11-18 06:12:40")
E_CID = case15(E_T0.timestamp(), "04178")
E_OLD, E_KEEP = "AWS06620914", "AWS11873052"
E_FROM = addr("AWS トレーニングと認定", FORM, "iso-2022-jp")

def noar_aws(rcpt, dt, region=None):
    """AWS mail through a relay chain that adds no Authentication-Results at all."""
    host, ip = ses_src(region)
    mf = ses_return_path(dt, region)
    h = [("Return-Path", "<%s>" % mf)]
    h += plain_trace(rcpt, dt, [("mfilter%02d.gd5.so-net.ne.jp" % R.randint(1, 20), "10.74.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "mbox%02d.so-net.ne.jp" % R.randint(1, 30)),
                                (host, ip, "mx.gd5.so-net.ne.jp")])
    return h

def sonet_ar(mf, ip):
    return ("mx.gd5.so-net.ne.jp;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com;\n\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass header.from=amazon.com" % mf)

# --- 029 acknowledgement, Shift_JIS base64, no Authentication-Results
dt = E_T0 + datetime.timedelta(seconds=5)
new = """伊藤 大輔 様

AWS トレーニングと認定 サポートチームでございます。
お送りいただいた内容をお預かりいたしました。担当者が確認のうえ、通常 1 営業日以内にご連絡いたします。

お問い合わせ番号：%s

※ 本メールはシステムより自動でお送りしております。
※ 追加でお伝えいただく内容がある場合は、件名を変更せずに本メールへご返信ください。

AWS トレーニングと認定 サポートチーム
""" % E_CID
emit("form-ack-sjis-no-auth", "case_created", case_id=E_CID, accts=[], verified=None, lang="ja",
     headers=noar_aws(E_USER, dt) + aws_common(E_FROM, E_USER, enc_subject("[CASE %s] お問い合わせをお預かりしました" % E_CID, "iso-2022-jp"), dt),
     body=tpart(new, cs="shift_jis", label="Shift_JIS", cte="base64"), new_text=new)

# --- 030 chaser (support_reply): ids only in the quoted Outlook block
dt = T("2024-11-22 02:10:33")
new = """伊藤 様

お世話になっております。AWS トレーニングと認定 サポートの井上でございます。

11 月 19 日にお送りいたしましたメールについて、ご確認いただけましたでしょうか。
お手続きを進めるにあたり、お客様からのご返信が必要となっております。

大変恐縮ではございますが、11 月 28 日までにご返信が確認できない場合、
本件はいったん終了とさせていただきますので、あらかじめご了承ください。

井上
AWS トレーニングと認定 サポート
"""
quote = """

差出人: AWS トレーニングと認定 <%s>
送信日時: 2024年11月19日 10:44
宛先: %s
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

伊藤 様

以下の 2 つのアカウントについて、%s を残し、%s の内容をこちらへ移す形でよろしいでしょうか。
ご確認のうえ、ご返信をお願いいたします。
""" % (FORM, E_USER, E_CID, E_KEEP, E_OLD)
emit("form-chaser-sjis-8bit", "support_reply", case_id=E_CID, accts=[], verified=None, lang="ja",
     headers=noar_aws(E_USER, dt) + aws_common(E_FROM, E_USER, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E_CID, dt),
     body=tpart(new + quote, cs="shift_jis", label="shift_jis", cte="8bit"), new_text=new)

# --- 031 auto-close for no reply + questionnaire (survey)
dt = T("2024-11-28 15:00:12")
new = """伊藤 様

お問い合わせ番号 %s につきまして、ご返信を確認できなかったため、本日をもちましてお問い合わせを終了とさせていただきました。

今後のサービス改善のため、簡単なアンケートにご協力をお願いいたします（所要時間 1 分）。
https://survey.aws-tc-support.amazon.com/s/%s?lang=ja

同じ内容について引き続きサポートが必要な場合は、恐れ入りますが本メールにご返信ください。

AWS トレーニングと認定 サポートチーム
""" % (E_CID, rhex(24))
emit("form-closed-no-reply-sjis", "survey", case_id=E_CID, accts=[], verified=None, lang="ja",
     headers=noar_aws(E_USER, dt) + aws_common(E_FROM, E_USER, enc_subject("[CASE %s] お問い合わせ終了のお知らせとアンケートのお願い" % E_CID, "iso-2022-jp"), dt),
     body=tpart(new, cs="shift_jis", label="Shift_JIS", cte="base64"), new_text=new)

# --- 032 second case: acknowledgement (AR present, echo mentions the old case)
E2_T0 = T("2024-12-02 00:31:07")
E2_CID = case15(E2_T0.timestamp(), "11562")
dt = E2_T0 + datetime.timedelta(seconds=9)
new = """伊藤 大輔 様

【AWS トレーニングと認定】へのご連絡、誠にありがとうございます。

ご入力いただいた内容は、以下のお問い合わせ番号にて記録いたしました。
お問い合わせ番号：%s

担当者から 24 時間を目安にご連絡いたしますので、今しばらくお待ちください。

―― ご入力内容 ――
お問い合わせの種類：認定
詳細：アカウントの統合
本文：
前回のケース %s では返信が遅れてしまい、終了になってしまいました。改めてお願いします。
古いアカウントを今のアカウントに一つにしてください。
――――――――――

AWS トレーニングと認定 サポートチーム
""" % (E2_CID, E_CID)
emit("form-second-case-ack-sjis", "case_created", case_id=E2_CID, accts=[], verified=True, lang="ja",
     headers=jp_aws(E_USER, dt, "mx.gd5.so-net.ne.jp", sonet_ar) + aws_common(E_FROM, E_USER, enc_subject("[CASE %s] お問い合わせ番号のご案内" % E2_CID, "iso-2022-jp"), dt),
     body=tpart(new, cs="shift_jis", label="Shift_JIS", cte="base64"), new_text=new)

# --- 033 agent: the two CASES were consolidated (not the accounts) -> support_reply
dt = T("2024-12-02 06:55:40")
new = """伊藤 様

お世話になっております。AWS トレーニングと認定 サポートの井上でございます。

同一のご依頼で複数のお問い合わせが作成されていたため、以前のお問い合わせ（%s）の記録を本件に統合いたしました。
今後のやり取りは、すべて本件（%s）にて承ります。

前回の件でご案内した内容を、あらためてお送りいたします。
お手数ですが、内容をご確認のうえご返信いただけますと幸いです。

井上
AWS トレーニングと認定 サポート
""" % (E_CID, E2_CID)
emit("form-cases-combined-sjis", "support_reply", case_id=E2_CID, accts=[], verified=True, lang="ja",
     headers=jp_aws(E_USER, dt, "mx.gd5.so-net.ne.jp", sonet_ar) + aws_common(E_FROM, E_USER, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E2_CID, dt),
     body=tpart(new, cs="shift_jis", label="Shift_JIS", cte="8bit"), new_text=new)

# --- 034 confirmation request, FULL-WIDTH ids, Becky!-style quote
dt = T("2024-12-03 01:18:22")
new = """伊藤 様

ご返信ありがとうございます。井上でございます。

ご指示いただいた内容にて、以下のとおり作業を行います。

　・ＡＷＳ０６６２０９１４ にご登録の認定（2 件）を ＡＷＳ１１８７３０５２ へお引き継ぎ
　・お引き継ぎ後、ＡＷＳ０６６２０９１４ は削除

作業後は元の状態に戻すことができません。
差し支えなければ、「了承」とだけご返信ください。ご返信をいただき次第、着手いたします。

井上
AWS トレーニングと認定 サポート
"""
quote = """
On Mon, 02 Dec 2024 17:45:12 +0900
伊藤 大輔 <%s> wrote:

> 井上様
>
> ご連絡ありがとうございます。前回は申し訳ありませんでした。
> 残したいのは今使っている AWS11873052 です。
> 古い方（AWS06620914）は前の会社のアドレスなのでもう使えません。
>
> 伊藤
""" % E_USER
emit("form-confirm-fullwidth-ids-sjis", "merge_confirmation_requested", case_id=E2_CID, accts=[E_OLD, E_KEEP], verified=True, lang="ja",
     headers=jp_aws(E_USER, dt, "mx.gd5.so-net.ne.jp", sonet_ar) + aws_common(E_FROM, E_USER, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E2_CID, dt),
     body=tpart(new + quote, cs="shift_jis", label="Shift_JIS", cte="base64"), new_text=new)

# --- 035 completion, no AR, cp932-only characters under a Shift_JIS label
dt = T("2024-12-05 08:03:51")
new = """伊藤 様

井上でございます。

ご了承いただいたお手続きが、本日終わりました。
今後は AWS11873052 でサインインいただくと、以前のアカウントで取得された認定もあわせてご覧いただけます。

【ご確認いただきたい点】
①　認定の一覧に 2 件の認定が表示されていること
②　特典ページの受験割引が引き継がれていること
③　Credly のバッジが新しいメールアドレスに届いていること（数日かかる場合がございます）

ご不明な点がございましたら、本メールにご返信ください。

井上
AWS トレーニングと認定 サポート
"""
emit("form-done-sjis-cp932-no-auth", "merge_completed", case_id=E2_CID, accts=[E_KEEP], verified=None, lang="ja",
     headers=noar_aws(E_USER, dt) + aws_common(E_FROM, E_USER, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E2_CID, dt),
     body=tpart(new, cs="shift_jis", label="Shift_JIS", cte="base64"), new_text=new)

# =============================== Thread F: 2025-09, sakura rental server, ISO-2022-JP ========
F_USER = "ryo@nakamura-design.jp"
F_TO = addr("中村 亮", F_USER, "iso-2022-jp")
F_T0 = T("2025-09-03 04:27:15")
F_CID = case15(F_T0.timestamp(), "02264")
F_KEEP, F_OLD = "AWS15540987", "AWS08832160"
F_FROM = addr(AWSNAME, FORM)
F_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
SAKURA = "www3421.sakura.ne.jp"

def sakura_trace(rcpt, dt, src_host, src_ip, mf, from_dom, dkim_doms, dmarc="pass", pol="quarantine"):
    d = dt + datetime.timedelta(seconds=R.randint(1, 4))
    sel = {x: CUR_SEL.setdefault(x, ralnum(32)) for x in dkim_doms}
    h = [("Return-Path", "<%s>" % mf),
         ("Received", "from %s (%s [%s])\n\tby %s (8.16.1/8.16.1) with ESMTPS id 5%s\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\n\tfor <%s>; %s"
          % (src_host, src_host, src_ip, SAKURA, ralnum(13, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), rcpt, rfc(d, JST))),
         ("Authentication-Results", "%s; dmarc=%s (p=%s dis=none) header.from=%s" % (SAKURA, dmarc, pol, from_dom)),
         ("Authentication-Results", "%s;\n\t" % SAKURA + ";\n\t".join('dkim=pass (2048-bit key) header.d=%s header.i=@%s header.b="%s"' % (x, x, ralnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")) for x in dkim_doms)),
         ("Received-SPF", "pass (%s: domain of %s designates %s as permitted sender) client-ip=%s; envelope-from=<%s>; helo=%s;" % (SAKURA, mf.split("@")[1], src_ip, src_ip, mf, src_host))]
    return h

def sakura_aws(rcpt, dt):
    host, ip = ses_src()
    mf = ses_return_path(dt)
    return sakura_trace(rcpt, dt, host, ip, mf, "amazon.com", ["amazon.com", "amazonses.com"])

# --- 036 acknowledgement, ISO-2022-JP
dt = F_T0 + datetime.timedelta(seconds=6)
new = """中村 亮 様

AWS トレーニングと認定 にお問い合わせをお寄せいただき、ありがとうございます。

お問い合わせの内容は、担当窓口に届いております。
担当者より、原則 24 時間以内にこのメールアドレス宛てにご連絡いたします。

　お問い合わせ番号: %s

お手数ですが、追加のご連絡は本メールへの返信にてお願いいたします。
新たにフォームからお問い合わせいただくと、別の番号が発行され、ご案内が遅れる原因となります。

※本メールは送信専用システムより自動配信しております。

AWS トレーニングと認定
""" % F_CID
emit("form-ack-iso2022jp-sakura", "case_created", case_id=F_CID, accts=[], verified=True, lang="ja",
     headers=sakura_aws(F_USER, dt) + aws_common(F_FROM, F_TO, enc_subject("[CASE %s] お問い合わせありがとうございます" % F_CID, "iso-2022-jp"), dt),
     body=tpart(new, cs="iso-2022-jp", cte="7bit"), new_text=new)

# --- 037 confirmation request with Credly note, Thunderbird JP quote
dt = T("2025-09-04 02:33:09")
new = """中村 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの斎藤でございます。

補足のご連絡をいただきありがとうございました。
お調べした結果、中村様の 2 つの認定アカウントを次のように一つにまとめる形でお手続きが可能です。

　■ 今後お使いいただくアカウント : %s (ryo@nakamura-design.jp)
　■ 中身を移したのち閉じるアカウント : %s (r.nakamura@old-agency.co.jp)

あわせて、Credly のデジタルバッジも %s 側のメールアドレスへ付け替えいたします。
なお、本手続きは実施後に取り消すことができません。

上記の内容でご了承いただける場合は、本メールに「同意します」とご返信ください。

斎藤
AWS トレーニングと認定 カスタマーサポート
""" % (F_KEEP, F_OLD, F_KEEP)
quote = """
-------- Original Message --------
差出人: 中村 亮 <%s>
日付: 2025/09/03 15:02
宛先: %s
件名: Re: [CASE %s] お問い合わせありがとうございます

補足です。
古い方は %s で、独立する前の勤務先のアドレスで作りました。
今は %s の方で受験しています。

2025/09/03 13:27 に Amazon Web Services さんは書きました:
> 中村 亮 様
>
> AWS トレーニングと認定 にお問い合わせをお寄せいただき、ありがとうございます。
>
> 　お問い合わせ番号: %s
""" % (F_USER, FORM, F_CID, F_OLD, F_KEEP, F_CID)
emit("form-confirm-credly-iso2022jp", "merge_confirmation_requested", case_id=F_CID, accts=[F_KEEP, F_OLD], verified=True, lang="ja",
     headers=sakura_aws(F_USER, dt) + aws_common(F_FROM, F_TO, "RE:[CASE %s] %s" % (F_CID, F_SUBJ), dt),
     body=tpart(new + quote, cs="iso-2022-jp", cte="7bit"), new_text=new)

# --- 038 status update after consent (support_reply): "once finished we will tell you"
dt = T("2025-09-04 07:12:50")
new = """中村 様

ご同意のご連絡をいただき、ありがとうございます。斎藤でございます。

本日より担当部署にて作業に入っております。
まとめる作業が終わりましたら、あらためて本メールにてお知らせいたしますので、それまでお待ちいただけますでしょうか。
目安としては 3〜5 営業日ほどでございます。

なお、作業期間中は試験のご予約や受験履歴の表示が一時的に正しく行えない場合がございます。

斎藤
AWS トレーニングと認定 カスタマーサポート
"""
quote = """
2025年9月4日(木) 14:40 中村 亮 <%s>:
> 同意します。よろしくお願いします。
>
> 2025年9月4日(木) 11:33 Amazon Web Services <%s>:
> > 　■ 今後お使いいただくアカウント : %s (ryo@nakamura-design.jp)
> > 　■ 中身を移したのち閉じるアカウント : %s (r.nakamura@old-agency.co.jp)
""" % (F_USER, FORM, F_KEEP, F_OLD)
emit("form-status-in-progress-iso2022jp", "support_reply", case_id=F_CID, accts=[], verified=True, lang="ja",
     headers=sakura_aws(F_USER, dt) + aws_common(F_FROM, F_TO, "RE:[CASE %s] %s" % (F_CID, F_SUBJ), dt),
     body=tpart(new + quote, cs="iso-2022-jp", cte="7bit"), new_text=new)

# --- 039 completion, case intentionally kept open (base64 ISO-2022-JP)
dt = T("2025-09-08 05:47:26")
new = """中村 様

斎藤でございます。お待たせいたしました。

%s に、%s でお持ちだった認定（AWS Certified Solutions Architect - Associate、AWS Certified Developer - Associate）を移す作業が終わりました。
%s はすでに閉じておりますので、今後は %s でサインインしてください。

なお、Credly のバッジの付け替えが正しく行われたかを確認するため、本件はもう一週間ほどこのまま開いておきます。
バッジが届かない場合は、本メールにご返信いただければ対応いたします。

斎藤
AWS トレーニングと認定 カスタマーサポート
""" % (F_KEEP, F_OLD, F_OLD, F_KEEP)
emit("form-done-kept-open-b64-jis", "merge_completed", case_id=F_CID, accts=[F_KEEP, F_OLD], verified=True, lang="ja",
     headers=sakura_aws(F_USER, dt) + aws_common(F_FROM, F_TO, "RE:[CASE %s] %s" % (F_CID, F_SUBJ), dt),
     body=tpart(new, cs="iso-2022-jp", cte="base64"), new_text=new)

# --- 040 agent asks about the exam voucher (support_reply, not about the merge)
dt = T("2025-09-09 03:20:11")
new = """中村 様

ご連絡ありがとうございます。斎藤でございます。

お問い合わせいただいた 50%% 割引バウチャーの件について確認いたします。
%s の特典ページに表示されていないとのことですが、旧アカウントで発行されたバウチャーのコードの末尾 4 桁と、発行されたおおよその時期をお知らせいただけますでしょうか。

また、バウチャーを既に Pearson VUE でのご予約に使用されたかどうかもあわせて教えていただけますと助かります。

斎藤
AWS トレーニングと認定 カスタマーサポート
""" % F_KEEP
quote = """
2025/09/08 22:10 に 中村 亮 さんは書きました:
> 斎藤様
>
> ありがとうございました。サインインして認定が表示されているのを確認しました。
> 一点だけ、以前 %s で受け取っていた 50%% 割引のバウチャーが見当たりません。
> 引き継がれていないのでしょうか。
""" % F_OLD
emit("form-voucher-question-iso2022jp", "support_reply", case_id=F_CID, accts=[F_KEEP], verified=True, lang="ja",
     headers=sakura_aws(F_USER, dt) + aws_common(F_FROM, F_TO, "RE:[CASE %s] %s" % (F_CID, F_SUBJ), dt),
     body=tpart(new + quote, cs="iso-2022-jp", cte="7bit"), new_text=new)

# --- 041 machine-translated closing survey (HTML labelled iso-8859-1 while the bytes are UTF-8)
dt = T("2025-09-16 00:05:44")
html = html_doc("""<div style="max-width:600px;margin:auto;background:#fff;padding:20px;font-size:14px;">
<p>親愛なる顧客、</p>
<p>あなたのケース %s は閉じられました。</p>
<p>私たちはあなたの経験について聞きたいです。あなたの問題は解決しましたか？</p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/%s?r=1">はい、解決しました</a> | <a href="https://survey.aws-tc-support.amazon.com/s/%s?r=0">いいえ</a></p>
<p>あなたが受けたサービスを評価してください。あなたのフィードバックは私たちが改善するのを助けます。</p>
<p>ありがとうございます、<br>AWSトレーニングと認定</p>
</div>""" % (F_CID, rhex(24), rhex(24)))
emit("form-mt-survey-wrong-charset", "survey", case_id=F_CID, accts=[], verified=True, lang="ja",
     headers=sakura_aws(F_USER, dt) + aws_common(F_FROM, F_TO, enc_subject("[CASE %s] あなたの経験を評価してください" % F_CID), dt),
     body=tpart(html, "html", cs="utf-8", label="iso-8859-1", cte="quoted-printable"), new_text=strip_tags(html))

# --- 042 Credly (Japanese) badge moved after the account change
dt = T("2025-09-10 13:31:08")
bid = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
new = """中村 亮 さん

AWS 認定アカウントの変更にともない、Amazon Web Services Training and Certification が次のバッジを ryo@nakamura-design.jp 宛てに発行しました。

・AWS Certified Developer – Associate

受け取ると、プロフィールへの掲載や SNS での共有ができるようになります。

バッジを受け取る
https://www.credly.com/badges/%s/accept

検証番号: %s

Credly, Inc.
""" % (bid, ralnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
mf = "bounces+%d-%s-ryo=nakamura-design.jp@em.credly.com" % (R.randint(1000000, 9999999), rhex(4))
ip = "167.89.%d.%d" % (R.randint(0, 127), R.randint(1, 254))
hdr = sakura_trace(F_USER, dt, "o%d.em.credly.com" % R.randint(1, 9), ip, mf, "credly.com", ["credly.com", "sendgrid.info"], pol="reject")
hdr += [("DKIM-Signature", dkim("credly.com", dt, hdrs="from:mime-version:subject:to:content-type")),
        ("DKIM-Signature", dkim("sendgrid.info", dt, hdrs="from:mime-version:subject:to:content-type")),
        ("Date", rfc(dt)), ("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
        ("To", F_USER), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.randint(1, 30))),
        ("Subject", enc_subject("新しいバッジを受け取ってください: AWS Certified Developer – Associate"))]
emit("credly-badge-after-change-ja", "credly_badge_issued", case_id=None, accts=[], verified=True, lang="ja", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="base64"), tpart(html_doc(text2html(new)), "html", cs="utf-8", cte="base64")), new_text=new)

# =============================== Thread G: English console agent, Japanese user (Gmail) =====
G_USER = "shota.watanabe.dev@gmail.com"
G_T0 = T("2025-07-14 10:05:31")
G_CID = case15(G_T0.timestamp(), "00917")
G_KEEP, G_OLD = "AWS20471198", "AWS17760342"
G_CSUBJ = "Combine two AWS Certification profiles"
G_FROM = addr(AWSNAME, NOREPLY)

# --- 043 English console: case opened (user's own text in Japanese)
dt = G_T0 + datetime.timedelta(seconds=8)
new = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: 認定のプロフィールが2つあります（AWS20471198 と aws-17760342）。学生時代のメールアドレスで作った方を今の方にまとめたいです。

You can view this case and add correspondence through the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services
""" % (G_CID, G_CID, G_CSUBJ, G_CID)
emit("console-opened-en-template-ja-text", "case_created", case_id=G_CID, accts=[G_KEEP, G_OLD], verified=True, lang="en",
     headers=aws_gmail(G_USER, dt) + aws_common(G_FROM, G_USER, "Amazon Web Services: You have opened a new Support case: %s" % G_CID, dt),
     body=alt(tpart(new, cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 044 English agent asks why / which to keep (support_reply), with "once the merge is complete"
dt = T("2025-07-15 06:48:02")
new = """Hi Shota,

Thanks for reaching out, and sorry for the wait.

I can see two certification profiles under your name: AWS20471198 (current e-mail) and AWS17760342 (university e-mail). Before I can do anything with them, could you help me with two things?

1. How did the second profile come about? For example, did you sign up again because you lost access to the university mailbox?
2. Which of the two would you like to carry forward? The one you pick is where your certifications, exam history and benefits will live from now on.

Once the merge is complete we will send you a confirmation, and your Credly badges should follow within a few days.

Best regards,
Hannah
Amazon Web Services
"""
emit("console-en-why-two-profiles", "support_reply", case_id=G_CID, accts=[G_KEEP, G_OLD], verified=True, lang="en",
     headers=aws_gmail(G_USER, dt) + aws_common(G_FROM, G_USER, "RE:[CASE %s] %s" % (G_CID, G_CSUBJ), dt),
     body=alt(tpart(new + console_footer(G_CID, "en"), cs="utf-8", cte="7bit"), tpart(html_doc(text2html(new + console_footer(G_CID, "en")), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 045 English native confirmation request (no "merge" word)
dt = T("2025-07-16 01:15:37")
new = """Hi Shota,

Thanks for the background - that makes sense.

Before I go ahead, here is exactly what will happen:

  - Profile being retired:  AWS-17760342 (s.watanabe@u-keio-alumni.ac.jp)
  - Profile you'll keep:    AWS-20471198 (shota.watanabe.dev@gmail.com)

Everything on AWS-17760342 - certifications, exam history, vouchers - moves across to AWS-20471198, and AWS-17760342 is then closed. This can't be reversed afterwards.

If that all looks right, please reply to this case in the Support Center saying you're happy for me to go ahead.

Best regards,
Hannah
Amazon Web Services
"""
emit("console-en-confirm-retire-keep", "merge_confirmation_requested", case_id=G_CID, accts=[G_KEEP, G_OLD], verified=True, lang="en",
     headers=aws_gmail(G_USER, dt) + aws_common(G_FROM, G_USER, "RE:[CASE %s] %s" % (G_CID, G_CSUBJ), dt),
     body=alt(tpart(new + console_footer(G_CID, "en"), cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new + console_footer(G_CID, "en")), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 046 English completion ("folded into")
dt = T("2025-07-17 22:31:19")
new = """Hi Shota,

All done! AWS-17760342 has now been folded into AWS-20471198.

When you next sign in with shota.watanabe.dev@gmail.com you should see all four of your certifications in one place. Your old university login will no longer work. Credly usually catches up within 2-3 business days.

If anything looks off, just reply to this case in the Support Center.

Best regards,
Hannah
Amazon Web Services
"""
emit("console-en-folded-into", "merge_completed", case_id=G_CID, accts=[G_KEEP, G_OLD], verified=True, lang="en",
     headers=aws_gmail(G_USER, dt) + aws_common(G_FROM, G_USER, "RE:[CASE %s] %s" % (G_CID, G_CSUBJ), dt),
     body=alt(tpart(new + console_footer(G_CID, "en"), cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new + console_footer(G_CID, "en")), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 047 Credly reminder: badge still waiting to be accepted
dt = T("2025-07-27 14:00:05")
bid = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
new = """Hi Shota,

Don't forget - your badge from Amazon Web Services Training and Certification is still waiting for you.

AWS Certified Data Engineer – Associate

Accept your badge: https://www.credly.com/badges/%s/accept

Once accepted, you can share it on LinkedIn, add it to your resume, and let employers verify it.

Credly, Inc. | 13 East 37th Street, 7th Floor, New York, NY 10016
Unsubscribe from badge reminders: https://www.credly.com/users/notification-settings
""" % bid
mf = "bounces+%d-%s-shota.watanabe.dev=gmail.com@em.credly.com" % (R.randint(1000000, 9999999), rhex(4))
cip = "167.89.%d.%d" % (R.randint(0, 127), R.randint(1, 254))
hdr = gmail_trace(G_USER, dt, "o%d.em.credly.com" % R.randint(1, 9), cip, mf,
                  ar_google([("pass", "credly.com"), ("pass", "sendgrid.info")], ("pass", mf, cip), ("pass", "REJECT", "credly.com")))
hdr += [("DKIM-Signature", dkim("credly.com", dt, hdrs="from:mime-version:subject:to:content-type")),
        ("DKIM-Signature", dkim("sendgrid.info", dt, hdrs="from:mime-version:subject:to:content-type")),
        ("Date", rfc(dt)), ("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
        ("To", G_USER), ("Message-ID", "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.randint(1, 30))),
        ("Subject", "Reminder: your AWS Certified Data Engineer =?utf-8?q?=E2=80=93?= Associate badge is waiting")]
emit("credly-reminder-badge-waiting", "credly_badge_issued", case_id=None, accts=[], verified=True, lang="en", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# =============================== Look-alikes / phishing =======================================
# --- 048 look-alike domain "acknowledgement" about a merge (case_created, false)
P1_T = T("2025-05-29 06:04:53")
P1_CID = case15(P1_T.timestamp() - 3600 * 5, "11042")
dt = P1_T
new = """佐藤 健一 様

AWS トレーニングと認定をご利用いただきありがとうございます。

アカウント統合のお問い合わせを受け付けました。
ケース番号：%s

お手続きを進めるにあたり、ご本人確認が必要です。
24 時間以内に以下のリンクから AWS 認定アカウントにサインインし、登録情報をご確認ください。
期限内に確認が取れない場合、お問い合わせは自動的に破棄されます。

▼ご本人確認はこちら
https://aws-training-certification.jp/verify?case=%s&uid=%s

AWS トレーニングと認定 サポートセンター
""" % (P1_CID, P1_CID, rhex(16))
mf = "bounce@mail.aws-training-certification.jp"
ip = "45.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
hdr = gmail_trace(A_USER, dt, "mail.aws-training-certification.jp", ip, mf,
                  ar_google([("pass", "aws-training-certification.jp")], ("pass", mf, ip), ("pass", "NONE", "aws-training-certification.jp")), arc=False)
hdr += [("DKIM-Signature", dkim("aws-training-certification.jp", dt, sel="default")),
        ("Date", rfc(dt, JST)), ("From", addr("AWS トレーニングと認定", "support@aws-training-certification.jp", "iso-2022-jp")),
        ("To", A_USER), ("Message-ID", "<%s@aws-training-certification.jp>" % rhex(20)),
        ("Subject", enc_subject("【AWS】アカウント統合のお問い合わせを受け付けました（ケース番号：%s）" % P1_CID, "iso-2022-jp")),
        ("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")]
emit("lookalike-ack-verify-identity", "case_created", case_id=P1_CID, accts=[], verified=False, lang="ja", headers=hdr,
     body=alt(tpart(new, cs="iso-2022-jp", cte="7bit"), tpart(html_doc(text2html(new), charset="iso-2022-jp"), "html", cs="iso-2022-jp", cte="base64")), new_text=new)

# --- 049 spoofed amazon.com confirmation request, top AR dmarc=fail, forged AR further down
dt = T("2025-06-03 23:12:40")
P2_CID = case15(T("2025-06-02 04:15:33").timestamp(), "00521")
P2_A, P2_B = "AWS39027715", "AWS61150482"
new = """お客様

平素は AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

ご依頼いただいた認定アカウントの統合（%s → %s）の準備が整いました。
統合を実行するには、48 時間以内に下記のボタンから承認手続きを行ってください。
承認が確認できない場合、ご依頼は取り消され、両方のアカウントが一時停止されます。

▶ 統合を承認する
https://aws-certification-portal.com/merge/approve?c=%s

AWS トレーニングと認定 カスタマーサポート
""" % (P2_A, P2_B, P2_CID)
mf = "info@sendmail-jp-notice.top"
ip = "103.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
hdr = gmail_trace(A_USER, dt, "vps-%s.sendmail-jp-notice.top" % rhex(6), ip, mf,
                  ar_google([("fail", "amazon.com")], ("pass", mf, ip), ("fail", "QUARANTINE", "amazon.com")), arc=False)
hdr += [("DKIM-Signature", dkim("amazon.com", dt)),
        ("Authentication-Results", "mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"),
        ("Date", rfc(dt, JST)), ("From", addr(AWSNAME, FORM)), ("To", A_USER),
        ("Message-ID", "<%s@email.amazonses.com>" % ("0100" + rhex(12) + "-" + rhex(8))),
        ("Subject", enc_subject("RE:[CASE %s] 【要対応】アカウント統合の承認のお願い" % P2_CID))]
emit("spoofed-amazon-confirm-dmarc-fail", "merge_confirmation_requested", case_id=P2_CID, accts=[P2_A, P2_B], verified=False, lang="ja", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="base64"), tpart(html_doc(text2html(new)), "html", cs="utf-8", cte="base64")), new_text=new)

# --- 050 look-alike "merge finished, claim voucher" via OCN (merge_completed, false)
dt = T("2025-08-20 01:42:18")
P3_USER = "h-kobayashi@ybb.ocn.ne.jp"
new = """小林 様

AWS 認定アカウントの統合が完了いたしました。

統合後のアカウント: AWS72201345

統合に伴い、50%% 割引受験バウチャーを再発行いたします。
バウチャーを受け取るには、72 時間以内に以下のページでお支払い情報の確認を行ってください。
https://aws-certification-merge.com/voucher/claim?id=%s

※ 期限を過ぎますと、バウチャーは無効となります。

AWS Certification
""" % rhex(12)
mf = "no-reply@aws-certification-merge.com"
ip = "185.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
ar = "ocn.ad.jp; spf=pass smtp.mailfrom=aws-certification-merge.com;\n\tdkim=none; dmarc=none header.from=aws-certification-merge.com"
hdr = jp_trace(P3_USER, dt, "mfilter-rcv%03d.ocn.ad.jp" % R.randint(1, 200), "mail.aws-certification-merge.com", ip, ar, mta="Postfix")
hdr[0] = ("Return-Path", "<%s>" % mf)
hdr += [("Date", rfc(dt, JST)), ("From", addr("AWS Certification", mf)), ("To", P3_USER),
        ("Message-ID", "<%s.%s@aws-certification-merge.com>" % (rhex(12), rhex(6))),
        ("Subject", enc_subject("【AWS 認定】アカウント統合完了のお知らせ", "iso-2022-jp"))]
emit("lookalike-merge-done-voucher-ocn", "merge_completed", case_id=None, accts=["AWS72201345"], verified=False, lang="ja", headers=hdr,
     body=tpart(new, cs="iso-2022-jp", cte="7bit"), new_text=new)

# --- 051 look-alike Credly "re-accept your badges after the merge" (credly_badge_issued, false)
dt = T("2025-09-11 10:20:09")
new = """中村 亮 さん

AWS 認定アカウントの統合に伴い、あなたのデジタルバッジが新しいアカウントに再発行されました。

72 時間以内にバッジを受け取らない場合、バッジは失効し、再発行には手数料がかかります。

▶ バッジを受け取る
https://credly-badges.jp/accept?token=%s

Credly バッジ通知センター
""" % rhex(32)
mf = "notice@credly-badges.jp"
ip = "154.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
hdr = sakura_trace(F_USER, dt, "smtp.credly-badges.jp", ip, mf, "credly-badges.jp", [], dmarc="none", pol="none")
hdr = [h for h in hdr if not (h[0] == "Authentication-Results" and h[1].strip().endswith(";"))]
hdr += [("Date", rfc(dt, JST)), ("From", addr("Credly", mf)), ("To", F_USER),
        ("Message-ID", "<%s@credly-badges.jp>" % rhex(18)),
        ("Subject", enc_subject("【Credly】統合後のバッジを受け取ってください", "iso-2022-jp"))]
emit("lookalike-credly-reaccept-after-merge", "credly_badge_issued", case_id=None, accts=[], verified=False, lang="ja", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new)), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 052 look-alike (certlfication) machine-translated confirmation via Outlook, passes its own DMARC
dt = T("2025-02-20 03:55:47")
new = """親愛なる顧客、

私たちはあなたの2つのAWS認定アカウントの合併の要求を受け取りました:

アカウント1: AWS 71036629
アカウント2: AWS 28850413

合併を続行するために、以下のリンクをクリックしてあなたの確認を提供してください。あなたが24時間以内に確認しない場合、あなたのアカウントは一時停止されます。

合併を確認する: https://aws-certlfication.com/confirm?ref=%s

感謝、
AWS認定チーム
""" % rhex(20)
ip = "91.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
ar = ar_outlook("pass", ip, "aws-certlfication.com", [("pass", "aws-certlfication.com")], "pass", "aws-certlfication.com", "pass reason=100")
hdr = [("Return-Path", "<bounce@aws-certlfication.com>")] + outlook_trace(B_USER, dt, "mail.aws-certlfication.com", ip, ar, spf_dom="aws-certlfication.com")
hdr += [("DKIM-Signature", dkim("aws-certlfication.com", dt, sel="mail")),
        ("Date", rfc(dt)), ("From", addr("AWS Certification", "certification@aws-certlfication.com")), ("To", B_USER),
        ("Message-ID", "<%s@aws-certlfication.com>" % rhex(24)),
        ("Subject", enc_subject("あなたのアカウントの合併を確認してください"))]
emit("lookalike-certlfication-confirm-mt", "merge_confirmation_requested", case_id=None, accts=["AWS71036629", "AWS28850413"], verified=False, lang="ja", headers=hdr,
     body=tpart(html_doc(text2html(new)), "html", cs="utf-8", cte="base64"), new_text=new)

# --- 053 look-alike billing phish, not about the merge (unrelated, false)
dt = T("2025-03-04 22:18:30")
new = """Amazon Web Services をご利用のお客様

お客様の AWS アカウントに登録されているお支払い方法で、直近の請求の決済ができませんでした。
サービスの停止を避けるため、24 時間以内にお支払い情報を更新してください。

お支払い情報を更新する:
https://amazon-jp-service.com/aws/billing/update?acct=%s

更新が確認できない場合、すべてのリソースが削除される可能性があります。

Amazon Web Services 請求チーム
""" % rhex(12)
ip = "45.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
ar = ar_outlook("pass", ip, "amazon-jp-service.com", [("none", "amazon-jp-service.com")], "none", "amazon-jp-service.com", "fail reason=001")
ar = ar.replace("dkim=none (signature did not verify)\n header.d=amazon-jp-service.com;", "dkim=none (message not signed)\n header.d=none;")
hdr = [("Return-Path", "<billing@amazon-jp-service.com>")] + outlook_trace(B_USER, dt, "mx1.amazon-jp-service.com", ip, ar, spf_dom="amazon-jp-service.com")
hdr += [("Date", rfc(dt, JST)), ("From", addr(AWSNAME, "billing@amazon-jp-service.com")), ("To", B_USER),
        ("Message-ID", "<%s@amazon-jp-service.com>" % rhex(16)),
        ("Subject", enc_subject("【重要】AWS アカウントのお支払い方法を更新してください", "iso-2022-jp"))]
emit("lookalike-billing-update-phish", "unrelated", case_id=None, accts=[], verified=False, lang="ja", headers=hdr,
     body=tpart(new, cs="iso-2022-jp", cte="base64"), new_text=new)

# =============================== Other unrelated mail ===========================================
# --- 054 other AWS console case: service quota increase (English)
Q_T0 = T("2025-08-01 12:40:26")
Q_CID = case15(Q_T0.timestamp(), "00388")
dt = T("2025-08-02 03:11:58")
new = """Hello,

Thank you for your patience while we processed your request.

I'm happy to let you know that your quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in the Asia Pacific (Tokyo) region has been approved and applied. Your new quota is 64 vCPUs.

It can take up to 30 minutes for the new quota to be reflected in the Service Quotas console.

Best regards,
Kenji T.
Amazon Web Services
"""
emit("console-quota-increase-en", "unrelated", case_id=Q_CID, accts=[], verified=True, lang="en",
     headers=aws_gmail(G_USER, dt) + aws_common(addr(AWSNAME, NOREPLY), G_USER, "RE:[CASE %s] Limit Increase: EC2 Instances" % Q_CID, dt),
     body=alt(tpart(new + console_footer(Q_CID, "en"), cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new + console_footer(Q_CID, "en")), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 055 Amazon Seller Central case (same RE:[CASE n] style)
dt = T("2025-09-12 06:30:17")
S_CID = "6019437725"
new = """中村 亮 様

Amazon 出品サービスをご利用いただき、ありがとうございます。
出品者テクニカルサポートの清水でございます。

お問い合わせいただいた「ハンドメイド」カテゴリーの出品許可申請について確認いたしました。
申請に必要な書類（仕入れ先の請求書）に記載された事業者名が、セラーセントラルにご登録の名称と一致していないため、審査を完了できませんでした。

お手数ですが、一致する書類をご用意のうえ、再度申請をお願いいたします。

このケースへの返信はセラーセントラルのケースログから行ってください。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s

Amazon.co.jp 出品者テクニカルサポート
""" % S_CID
host, ip = ses_src()
mf = ses_return_path(dt)
hdr = sakura_trace(F_USER, dt, host, ip, mf, "amazon.com", ["amazon.com", "amazonses.com"])
hdr += [("DKIM-Signature", dkim("amazon.com", dt)), ("DKIM-Signature", dkim("amazonses.com", dt)),
        ("Date", rfc(dt)), ("From", addr("Amazon Seller Central", "seller-notification@amazon.com")), ("To", F_USER),
        ("Message-ID", ses_id(dt)), ("Subject", enc_subject("RE:[CASE %s] 出品許可申請について" % S_CID, "iso-2022-jp"))]
emit("seller-central-case-ja", "unrelated", case_id=S_CID, accts=[], verified=True, lang="ja", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="base64"), tpart(html_doc(text2html(new)), "html", cs="utf-8", cte="base64")), new_text=new)

# --- 056 AWS Builder ID verification code (no Authentication-Results at all)
dt = T("2024-12-04 11:02:33")
new = """AWS Builder ID

E メールアドレスを確認してください

AWS Builder ID へのサインアップありがとうございます。以下の確認コードを入力して、E メールアドレスを確認してください。

確認コード: 482913

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
hdr = noar_aws(E_USER, dt)
hdr += [("DKIM-Signature", dkim("signin.aws", dt)), ("Date", rfc(dt)), ("From", addr("AWS", "no-reply@signin.aws")), ("To", E_USER),
        ("Message-ID", ses_id(dt)), ("Subject", enc_subject("AWS Builder ID の E メールアドレスの確認", "utf-8"))]
emit("builder-id-code-no-auth", "unrelated", case_id=None, accts=[], verified=None, lang="ja", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new)), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 057 Credly's own self-service account merge (code), Japanese localisation
dt = T("2025-06-03 02:17:45")
new = """佐藤 健一 さん

別の Credly アカウント（k.sato@hoshino-sys.co.jp）を、現在のアカウントにまとめるリクエストを受け取りました。

手続きを完了するには、次の確認コードを入力してください。

確認コード: 583920

アカウントの統合を完了する:
https://www.credly.com/users/account_merge/confirm?token=%s

このリクエストに心当たりがない場合は、このメールを無視してください。コードの有効期限は 24 時間です。

Credly, Inc.
""" % rhex(40)
mf = "bounces+%d-%s-kenichi.sato.aws=gmail.com@em.credly.com" % (R.randint(1000000, 9999999), rhex(4))
cip = "167.89.%d.%d" % (R.randint(0, 127), R.randint(1, 254))
hdr = gmail_trace(A_USER, dt, "o%d.em.credly.com" % R.randint(1, 9), cip, mf,
                  ar_google([("pass", "credly.com"), ("pass", "sendgrid.info")], ("pass", mf, cip), ("pass", "REJECT", "credly.com")))
hdr += [("DKIM-Signature", dkim("credly.com", dt)), ("DKIM-Signature", dkim("sendgrid.info", dt)),
        ("Date", rfc(dt)), ("From", addr("Credly", "admin@credly.com")), ("To", A_USER),
        ("Message-ID", "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.randint(1, 30))),
        ("Subject", enc_subject("Credly アカウントの統合を完了してください"))]
emit("credly-self-merge-code-ja", "unrelated", case_id=None, accts=[], verified=True, lang="ja", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new)), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 058 Credly badge expiry reminder (English, Outlook)
dt = T("2025-03-10 14:05:12")
new = """Hi Misaki,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on June 8, 2025.

To keep your credential active, check the recertification requirements from the issuer:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/%s

Credly, Inc. 13 East 37th Street, 7th Floor, New York, NY 10016
""" % "-".join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])
cip = "149.72.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
ar = ar_outlook("pass", cip, "em.credly.com", [("pass", "credly.com"), ("pass", "sendgrid.info")], "pass", "credly.com", "pass reason=100")
hdr = [("Return-Path", "<bounces+%d-%s-misaki.yamamoto=nexus-sol.co.jp@em.credly.com>" % (R.randint(1000000, 9999999), rhex(4)))]
hdr += outlook_trace(B_USER, dt, "o%d.em.credly.com" % R.randint(1, 9), cip, ar, spf_dom="em.credly.com")
hdr += [("DKIM-Signature", dkim("credly.com", dt)), ("Date", rfc(dt)), ("From", addr("Credly", "admin@credly.com")), ("To", B_USER),
        ("Message-ID", "<%s@geopod-ismtpd-%d>" % (ralnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.randint(1, 30))),
        ("Subject", "Your AWS Certified Cloud Practitioner badge expires in 90 days")]
emit("credly-expiry-reminder-en", "unrelated", case_id=None, accts=[], verified=True, lang="en", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="7bit"), tpart(html_doc(text2html(new), lang="en"), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 059 GitLab "merged" notification in Japanese
dt = T("2025-07-18 08:44:02")
new = """渡辺 翔太 さんがマージリクエスト !128 をマージしました:

feat: 認定アカウント統合 API の追加

プロジェクト: cert-platform / account-service
ブランチ: feature/account-merge-api → main
コミット: 7e3f1a2c

マージリクエストを表示: https://gitlab.com/cert-platform/account-service/-/merge_requests/128

—
このメールは、あなたがこのマージリクエストのレビュアーに指定されているため送信されています。
通知設定を管理: https://gitlab.com/-/profile/notifications
"""
mf = "bounces+%s@mg.gitlab.com" % rhex(10)
ip = "192.237.%d.%d" % (R.randint(128, 159), R.randint(1, 254))
hdr = gmail_trace(G_USER, dt, "mg-%s.mg.gitlab.com" % rhex(4), ip, mf,
                  ar_google([("pass", "mg.gitlab.com"), ("pass", "gitlab.com")], ("pass", mf, ip), ("pass", "REJECT", "gitlab.com")))
hdr += [("DKIM-Signature", dkim("gitlab.com", dt)), ("Date", rfc(dt)), ("From", addr("Shota Watanabe (@s-watanabe)", "gitlab@mg.gitlab.com")),
        ("Reply-To", "GitLab <incoming+cert-platform-account-service-%d-issue-@incoming.gitlab.com>" % R.randint(10000000, 99999999)),
        ("To", G_USER), ("Message-ID", "<merge_request_%d@gitlab.com>" % R.randint(100000000, 999999999)),
        ("Subject", enc_subject("Re: account-service | feat: 認定アカウント統合 API の追加 (!128)")),
        ("X-GitLab-Project", "account-service"), ("X-GitLab-MergeRequest-IID", "128"), ("X-GitLab-NotificationReason", "review_requested")]
emit("gitlab-mr-merged-ja", "unrelated", case_id=None, accts=[], verified=False, lang="ja", headers=hdr,
     body=alt(tpart(new, cs="utf-8", cte="quoted-printable"), tpart(html_doc(text2html(new)), "html", cs="utf-8", cte="quoted-printable")), new_text=new)

# --- 060 AWS Training and Certification newsletter (Japanese, genuine amazon.com)
dt = T("2025-10-07 01:00:14")
html = html_doc("""<table width="640" align="center" style="background:#fff;">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:20px;">AWS トレーニングと認定 ニュース 2025 年 10 月号</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.8;">
<h2 style="font-size:17px;">新しい認定試験の日本語版が登場</h2>
<p>生成 AI 関連の新しい認定試験が日本語で受験いただけるようになりました。試験ガイドとサンプル問題を公開しています。</p>
<h2 style="font-size:17px;">AWS Skill Builder の無料デジタルトレーニング</h2>
<p>試験準備に役立つ 600 以上の無料コースをご利用いただけます。</p>
<h2 style="font-size:17px;">認定を取得された方へ</h2>
<p>認定特典ページから、次回の試験で使える 50%% 割引バウチャーをご確認いただけます。</p>
<p><a href="https://aws.amazon.com/jp/training/?trk=%s" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;">詳しく見る</a></p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#687078;">このメールは AWS からのご案内の配信を希望されたお客様にお送りしています。<a href="https://pages.awscloud.com/communication-preferences.html?lang=ja">配信停止</a><br>
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</td></tr></table>""" % rhex(16))
emit("aws-tc-newsletter-ja", "unrelated", case_id=None, accts=[], verified=True, lang="ja",
     headers=aws_gmail(A_USER, dt) + aws_common(addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), A_USER,
                                                enc_subject("AWS トレーニングと認定 ニュース 2025 年 10 月号: 新しい認定試験の日本語版が登場"), dt,
                                                extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=%s>" % rhex(20)), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]),
     body=tpart(html, "html", cs="utf-8", cte="quoted-printable"), new_text=strip_tags(html))

# ---- END OF MAILS ----

if __name__ == "__main__":
    main()
