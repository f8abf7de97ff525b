#!/usr/bin/env python3
"""Generate blind set 95: realistic .eml files around AWS Certification account merges."""
import base64, quopri, random, json, os, re, uuid, hashlib, html as htmlmod
from datetime import datetime, timezone, timedelta
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(9595)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

AWS_DOMAINS = {"amazon.com", "signin.aws", "aws.amazon.com", "amazonaws.com"}
CREDLY_DOMAINS = {"credly.com", "youracclaim.com"}

MAILS = []


def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def case15(opened, tail):
    return "%d%s" % (int(opened.timestamp()), tail)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))


def ses_msgid(d, host="email.amazonses.com"):
    ms = int(d.timestamp() * 1000) + R.randint(0, 999)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s>" % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), host)


def fold_b(val, indent="\t"):
    return ("\n" + indent).join(val[i:i + 70] for i in range(0, len(val), 70))


def enc_hdr(s, charset="utf-8", name="Subject"):
    try:
        s.encode("ascii")
        return Header(s, "us-ascii", header_name=name).encode()
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name).encode()


def addr(name, email_, charset="utf-8"):
    if name is None:
        return email_
    return formataddr((name, email_), charset=charset)


def rfcdate(d):
    return format_datetime(d)


# ---------------------------------------------------------------- bodies
CODECS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8",
          "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252",
          "euc-jp": "euc_jp"}


def tpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, crlf=False):
    data = text.encode(CODECS[charset])
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_param("charset", label or charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:  # 8bit
        payload = data.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed", boundary="=_mixed_%s" % rhex(24))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def text2html(new, quote="", quote_style="blockquote", lang="en"):
    def paras(t):
        out = []
        for block in t.strip("\n").split("\n\n"):
            out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in block.split("\n")) + "</p>")
        return "\n".join(out)
    h = '<div dir="ltr">\n' + paras(new) + "\n</div>"
    if quote:
        if quote_style == "gmail":
            h += '\n<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n' + paras(quote) + "\n</blockquote></div>"
        elif quote_style == "outlook":
            h += '\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">' + paras(quote) + "</div>"
        else:
            h += "\n<blockquote>\n" + paras(quote) + "\n</blockquote>"
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n' + h + "\n</body></html>\n"


# ---------------------------------------------------------------- transport
SES_HOSTS = [("a8-30.smtp-out.amazonses.com", "54.240.8.30"), ("a48-110.smtp-out.amazonses.com", "54.240.48.110"),
             ("a9-92.smtp-out.amazonses.com", "54.240.9.92"), ("a11-71.smtp-out.amazonses.com", "54.240.11.71"),
             ("e226-55.smtp-out.ap-northeast-1.amazonses.com", "23.251.226.55"),
             ("e234-7.smtp-out.ap-northeast-1.amazonses.com", "23.251.234.7")]


def transport(provider, rcpt, d, src_host, src_ip, mailfrom, from_domain, dkim=(), spf="pass", dmarc="pass",
              dmarc_policy="QUARANTINE", forged_ar=None):
    """Return list of receiving-side header lines (topmost first)."""
    mf_dom = mailfrom.split("@")[1]
    H = []
    dk_gm = ";\n       ".join("dkim=%s header.i=@%s header.s=%s header.b=%s" % (r, dd, s, rb64(8)) for dd, s, r in dkim) if dkim else "dkim=none"
    if provider == "gmail":
        loc = d.astimezone(PDT if 3 <= d.month <= 10 else PST)
        ld = rfcdate(loc) + (" (PDT)" if 3 <= d.month <= 10 else " (PST)")
        H.append("Delivered-To: " + rcpt)
        H.append("Received: by 2002:a05:6a10:%x:b0:%x:%x with SMTP id %s;\n        %s" % (R.randint(4096, 65535), R.randint(256, 4095), R.randint(4096, 65535), rb64(10).replace("+", "a").replace("/", "b"), ld))
        H.append("X-Google-Smtp-Source: AGHT+I" + rb64(60))
        H.append("X-Received: by 2002:a17:90b:%x:b0:%x:%x with SMTP id %s;\n        %s" % (R.randint(4096, 65535), R.randint(256, 4095), R.randint(4096, 65535), rb64(12).replace("+", "x").replace("/", "y"), ld))
        H.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(d.timestamp()), fold_b(rb64(342), "        ")))
        H.append("ARC-Authentication-Results: i=1; mx.google.com;\n       %s;\n       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s" % (dk_gm, spf, mailfrom, src_ip, mailfrom, dmarc, dmarc_policy, dmarc_policy, from_domain))
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (src_host, src_host, src_ip, rhex(14), R.randint(1, 999), loc.month, loc.day, loc.hour, loc.minute, loc.second, rcpt, ld))
        H.append("Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (spf, mailfrom, src_ip, src_ip))
        H.append("Authentication-Results: mx.google.com;\n       %s;\n       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dk_gm, spf, mailfrom, src_ip, mailfrom, dmarc, dmarc_policy, dmarc_policy, "NONE" if dmarc == "pass" else dmarc_policy, from_domain))
    elif provider in ("o365", "outlookcom"):
        if provider == "o365":
            pre = R.choice(["TY3PR01MB", "OS3PR01MB"] if rcpt.endswith(".jp") else ["DB9PR08MB", "AM0PR07MB"])
            reg = {"TY3PR01MB": "jpnprd01", "OS3PR01MB": "jpnprd01", "DB9PR08MB": "eurprd08", "AM0PR07MB": "eurprd07"}[pre]
        else:
            pre, reg = R.choice([("SA1PR12MB", "namprd12"), ("BY5PR19MB", "namprd19"), ("PH7PR11MB", "namprd11")])
        mb = "%s%04d.%s.prod.outlook.com" % (pre, R.randint(1000, 9999), reg)
        fe = "%sPEPF%08X.%s.prod.outlook.com" % (R.choice(["SG1", "DS2", "CY4", "AM4"]), R.randint(0, 0xFFFFF), reg)
        u = rfcdate(d.astimezone(UTC))
        H.append("Received: from %s (2603:10b6:%x:%x::%x) by %s%04d.%s.prod.outlook.com with HTTPS; %s" % (mb, R.randint(1, 4095), R.randint(1, 4095), R.randint(1, 255), pre, R.randint(1000, 9999), reg, u))
        H.append("Received: from %s (2603:10b6:%x:%x::%x) by %s (2603:10b6:%x:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8989.%d; %s" % (fe, R.randint(1, 4095), R.randint(1, 4095), R.randint(1, 255), mb, R.randint(1, 4095), R.randint(1, 4095), R.randint(1, 255), R.randint(10, 40), u))
        dk = "dkim=%s (signature was verified) header.d=%s" % (dkim[0][2], dkim[0][0]) if dkim and dkim[0][2] == "pass" else ("dkim=fail (body hash did not verify) header.d=%s" % dkim[0][0] if dkim else "dkim=none (message not signed) header.d=none")
        action = "none" if dmarc == "pass" else ("quarantine" if dmarc_policy.lower() == "quarantine" else ("none" if dmarc == "none" else "oreject"))
        comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
        if dmarc == "none":
            comp = "softpass reason=201"
        H.append("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s" % (spf, src_ip, mf_dom, dk.replace("dkim=", "", 1), dmarc if dmarc != "none" else "bestguesspass", action, from_domain, comp))
        H.append("Received-SPF: %s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (spf.capitalize(), mf_dom, src_ip, src_ip, src_host))
        H.append("Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8989.%d via Frontend Transport; %s" % (src_host, src_ip, fe.replace("prod.outlook.com", "mail.protection.outlook.com"), R.randint(1, 254), R.randint(1, 254), R.randint(10, 40), u))
        H.append("X-MS-Exchange-Organization-ExpirationStartTime: %s" % d.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)")
        H.append("X-MS-Exchange-Organization-Network-Message-Id: %s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
        H.append("X-MS-Exchange-Organization-AuthSource: %s" % fe)
        H.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
        H.append("X-MS-Office365-Filtering-Correlation-Id: %s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
        H.append("X-Microsoft-Antispam: BCL:0;ARA:13230040|%d|%d;" % (R.randint(10**6, 10**7), R.randint(10**6, 10**7)))
    elif provider in ("nifty", "biglobe", "sonet", "ocn"):
        name = {"nifty": ("nifty.com", "mta-snd-e%02d.mail.nifty.com" % R.randint(1, 12), "mfilter-%02d.nifty.com" % R.randint(1, 40)),
                "biglobe": ("mx.biglobe.ne.jp", "mtmx%02d.mx.biglobe.ne.jp" % R.randint(1, 30), "mtfltr%02d.mx.biglobe.ne.jp" % R.randint(1, 30)),
                "sonet": ("so-net.ne.jp", "mx%02d.so-net.ne.jp" % R.randint(1, 20), "mfout%02d.so-net.ne.jp" % R.randint(1, 20)),
                "ocn": ("ocn.ne.jp", "mf-smf-ucb%03d.ocn.ad.jp" % R.randint(1, 60), "mf-smf-ucb%03d.ocn.ad.jp" % R.randint(61, 120))}[provider]
        authserv, mta, filt = name
        jd = rfcdate(d.astimezone(JST))
        dk = "; ".join("dkim=%s header.i=@%s" % (r, dd) for dd, s, r in dkim) if dkim else "dkim=none"
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Received: from %s by %s\n          with ESMTP id <%s%s@%s>\n          for <%s>; %s" % (filt, mta, d.astimezone(JST).strftime("%Y%m%d%H%M%S"), rhex(6), mta, rcpt, jd))
        H.append("Authentication-Results: %s; spf=%s smtp.mailfrom=%s; %s; dmarc=%s header.from=%s" % (authserv, spf, mailfrom, dk, dmarc, from_domain))
        H.append("Received: from %s (%s [%s])\n          by %s (Postfix) with ESMTPS id %s\n          for <%s>; %s" % (src_host, src_host, src_ip, filt, rhex(10).upper(), rcpt, jd))
        H.append("X-Spam-Flag: NO" if dmarc == "pass" else "X-Spam-Flag: NO\nX-Spam-Score: 3.1")
    elif provider == "fastmail":
        ud = rfcdate(d.astimezone(timezone(timedelta(hours=2 if 4 <= d.month <= 10 else 1))))
        dk = "\n    ".join("dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;" % (r, dd, dd, rb64(8), s) for dd, s, r in dkim)
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Received: from compute%d.internal (compute%d.internal [10.202.2.%d])\n\t by sloti%d.internal (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s" % (R.randint(1, 9), R.randint(1, 9), R.randint(10, 90), R.randint(10, 60), rhex(7), ud))
        H.append("X-Cyrus-Session-Id: sloti%d-%d-%d-2-%d" % (R.randint(10, 60), int(d.timestamp()), R.randint(100, 999), R.randint(10**18, 10**19)))
        H.append("Received: from mx%d ([10.202.2.%d])\n  by compute%d.internal (LMTPProxy); %s" % (R.randint(1, 6), R.randint(10, 90), R.randint(1, 9), ud))
        H.append("Authentication-Results: mx%d.messagingengine.com;\n    %s\n    dmarc=%s policy.published-domain-policy=%s\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=%s,d=none,d.eval=none) policy.policy-from=p\n      header.from=%s;\n    spf=%s smtp.mailfrom=%s smtp.helo=%s" % (R.randint(1, 6), dk, dmarc, dmarc_policy.lower(), dmarc_policy.lower(), from_domain, spf, mailfrom, src_host))
        H.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s" % (src_host, src_host, src_ip, R.randint(1, 6), rcpt, ud))
    elif provider == "icloud":
        ud = rfcdate(d.astimezone(UTC))
        H.append("Return-Path: <%s>" % mailfrom)
        H.append("Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s" % (dmarc, from_domain))
        H.append("Authentication-Results: dkim-verifier.icloud.com;\n\t" + ";\n\t".join("dkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s" % (r, dd, dd, rb64(8)) for dd, s, r in dkim))
        H.append("Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, src_ip, mailfrom))
        H.append("Received: from %s (%s [%s])\n\tby p%02d-mx%d.mail.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (src_host, src_host, src_ip, R.randint(10, 80), R.randint(1, 9), rhex(12).upper(), rcpt, ud))
    elif provider == "none":
        pass
    else:
        raise ValueError(provider)
    return H


def ses_dkim_sigs(d, from_domain="amazon.com", sel="rqchbfp5tw6o3kkp3stv2ksw2b5gtdf3"):
    t = int(d.timestamp())
    s1 = "DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=From:Reply-To:To:Subject:Message-ID:Date:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s" % (sel, from_domain, t, rb64(43), fold_b(rb64(342)))
    s2 = "DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t=%d;\n\th=From:Reply-To:To:Subject:Message-ID:Date:MIME-Version:Content-Type:Feedback-ID;\n\tbh=%s=;\n\tb=%s" % (t, rb64(43), fold_b(rb64(342)))
    return [s1, s2]


def generic_dkim(d, domain, sel):
    return "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s" % (domain, sel, int(d.timestamp()), int(d.timestamp()) + 604800, rb64(43), fold_b(rb64(342), "        "))


ID_RE = re.compile(r"(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?![0-9])", re.I)


def find_ids(text):
    return sorted(set("AWS" + m for m in ID_RE.findall(text)))


def add(slug, kind, lang, case_id, *, frm, to, subject, date, body, provider, rcpt=None,
        src=None, mailfrom=None, dkim=None, spf="pass", dmarc="pass", dmarc_policy="QUARANTINE",
        extra=(), sender_hdrs=None, new_text="", ids=None, verified=None, crlf=False,
        subj_charset="utf-8", from_charset="utf-8", msgid=None, cc=None, reply_to=None, forged_ar=None,
        transport_lines=None, extra_top=()):
    """frm=(name, address); body = MIME part; new_text = the non-quoted text used for id labels."""
    from_domain = frm[1].split("@")[1].lower()
    if src is None:
        src = R.choice(SES_HOSTS[:4])
    if mailfrom is None:
        mailfrom = "0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com" % (int(date.timestamp() * 1000), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    if dkim is None:
        dkim = [("amazon.com", "rqchbfp5tw6o3kkp3stv2ksw2b5gtdf3", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")]
    rcpt = rcpt or to[1]
    recv_date = date + timedelta(seconds=R.randint(1, 9))
    if transport_lines is not None:
        lines = list(transport_lines)
    else:
        lines = transport(provider, rcpt, recv_date, src[0], src[1], mailfrom, from_domain, dkim, spf, dmarc, dmarc_policy)
    if sender_hdrs is None:
        sender_hdrs = ses_dkim_sigs(date)
    lines += list(sender_hdrs)
    if forged_ar:
        lines.append(forged_ar)
    lines += list(extra_top)
    lines.append("Date: " + rfcdate(date))
    lines.append("From: " + addr(frm[0], frm[1], from_charset))
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    lines.append("To: " + (addr(to[0], to[1], from_charset) if isinstance(to, tuple) else to))
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Message-ID: " + (msgid or ses_msgid(date)))
    lines.append("Subject: " + enc_hdr(subject, subj_charset))
    extra = [("X-SES-Outgoing: %s-%s" % (date.strftime("%Y.%m.%d"), src[1])) if x.startswith("X-SES-Outgoing:") else x for x in extra]
    lines += list(extra)
    lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode("ascii") + body.as_bytes()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    # label computation
    acc = ids if ids is not None else find_ids(new_text + "\n" + subject)
    if verified is None:
        if provider == "none":
            verified = None
        else:
            ok_dom = from_domain in AWS_DOMAINS or from_domain in CREDLY_DOMAINS or any(from_domain.endswith("." + x) for x in AWS_DOMAINS | CREDLY_DOMAINS)
            verified = bool(ok_dom and dmarc == "pass")
    MAILS.append(dict(slug=slug, raw=raw, label={"kind": kind, "case_id": case_id, "account_ids": acc,
                                                  "sender_verified": verified, "language": lang}))


def ses_extra(region="us-east-1"):
    return ["Feedback-ID: ::1.%s.%s=:AmazonSES" % (region, rb64(43).replace("/", "x").replace("+", "y")),
            "X-SES-Outgoing: 2025.%02d.%02d-%s" % (R.randint(1, 12), R.randint(1, 28), R.choice(["54.240.8.30", "54.240.48.110", "23.251.226.55"]))]


FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

# =================================================================== MAILS
# ---------------- Case A: 渡辺 健二 (Gmail, form desk, ja)
A_USER = ("渡辺 健二", "kenji.watanabe.cloud@gmail.com")
A_OPEN = dt("2025-05-27 22:41:07", JST)
A_CASE = case15(A_OPEN, "04127")
A_FORMQ = """-----Original Message-----
First Name: 健二
Last Name: 渡辺
Email: kenji.watanabe.cloud@gmail.com
Inquiry Type: AWS Training and Certification
Details: Account Merge
AWS Candidate ID: AWS04418273
Description: 認定アカウントが2つあります。前職の会社メールで作ったアカウント（IDはＡＷＳ０１９３７７２５だったと思います）と、今の個人アカウントです。1つにまとめたいです。"""

new = f"""渡辺 健二 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

以下の内容でお問い合わせを受け付けました。

  ケース番号: {A_CASE}
  お問い合わせの種類: AWS Training and Certification / Account Merge
  AWS 候補者 ID: AWS04418273

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、本メールにそのままご返信ください。

同じ内容で新たにお問い合わせを作成されますと、対応が遅れる場合がございます。
恐れ入りますが、本ケースでのやり取りをお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
d = A_OPEN.astimezone(UTC) + timedelta(seconds=48)
add("aws-tc-form-ja", "case_created", "ja", A_CASE, frm=FORM, to=A_USER,
    subject=f"[CASE {A_CASE}] お問い合わせを受け付けました - AWS トレーニングと認定",
    date=d, body=tpart(new, charset="utf-8", cte="base64"), provider="gmail", new_text=new, extra=ses_extra())

new = f"""渡辺 様

AWS トレーニングと認定サポートにお問い合わせいただき、ありがとうございます。
担当の藤井と申します。

ご登録情報を確認いたしましたところ、お客様のお名前で以下の 2 つの認定アカウントが見つかりました。

・AWS01937725（登録メールアドレス: k.watanabe@kitazawa-sys.co.jp / 取得済み認定: Solutions Architect - Associate）
・AWS04418273（登録メールアドレス: kenji.watanabe.cloud@gmail.com / 取得済み認定: Cloud Practitioner、Developer - Associate）

統合後も引き続きご利用になるアカウント（サインインに使用するアカウント）は、どちらをご希望でしょうか。
あわせて、統合後の通知先メールアドレスもお知らせいただけますでしょうか。

ご返信をいただきましたら、統合の手続きについて改めてご案内いたします。

何卒よろしくお願いいたします。

藤井
Amazon Web Services トレーニングと認定
"""
d = dt("2025-05-28 08:02:31", JST).astimezone(UTC)
add("aws-tc-reply-ja", "support_reply", "ja", A_CASE, frm=FORM, to=A_USER,
    subject=FORM_SUBJ % A_CASE, date=d, body=tpart(new + "\n\n" + A_FORMQ + "\n", charset="iso-2022-jp", cte="7bit"),
    provider="gmail", new_text=new, extra=ses_extra())

A_Q2 = new
A_UREPLY = """藤井様

ご連絡ありがとうございます。
残すのは個人の方（AWS04418273）でお願いします。通知先もこのGmailで大丈夫です。
会社のメールはもう使えません。

渡辺"""
new = f"""渡辺 様

ご返信いただきありがとうございます。
いただいた内容をもとに、以下のとおり統合を行う予定です。

  統合後に残るアカウント : AWS04418273（kenji.watanabe.cloud@gmail.com）
  統合元のアカウント     : AWS01937725（k.watanabe@kitazawa-sys.co.jp）
  統合後の通知先         : kenji.watanabe.cloud@gmail.com

AWS01937725 の認定履歴、試験履歴および特典は AWS04418273 に移され、AWS01937725 は利用できなくなります。
なお、統合は一度実施すると元に戻すことができません。

上記の内容でよろしければ、本メールにご返信のうえ「統合を承認します」とお知らせください。
承認のご連絡をいただくまで、作業は開始いたしません。

よろしくお願いいたします。

藤井
Amazon Web Services トレーニングと認定
"""
quote = "2025年5月28日(水) 21:14 渡辺 健二 <kenji.watanabe.cloud@gmail.com>:\n" + "\n".join("> " + l if l else ">" for l in A_UREPLY.split("\n")) + "\n>\n" + "\n".join("> > " + l if l else "> >" for l in A_Q2.strip().split("\n"))
d = dt("2025-05-29 10:15:09", JST).astimezone(UTC)
add("aws-tc-reply-ja", "merge_confirmation_requested", "ja", A_CASE, frm=FORM, to=A_USER,
    subject=FORM_SUBJ % A_CASE, date=d, body=tpart(new + "\n" + quote + "\n", charset="utf-8", cte="quoted-printable"),
    provider="gmail", new_text=new, extra=ses_extra())
A_CONFQ = new

new = f"""渡辺 様

ご確認いただき、ありがとうございます。
承認のご連絡を確かに受け付けました。

これより、AWS01937725 を AWS04418273 へ統合する作業を担当部署に依頼いたします。
作業の完了までは通常 2～3 営業日ほどお時間をいただいております。
完了いたしましたら、本ケースにて改めてご連絡いたしますので、今しばらくお待ちください。

作業中は、AWS01937725 でのサインインや試験の予約は行わないようお願いいたします。

藤井
Amazon Web Services トレーニングと認定
"""
uq = "統合を承認します。よろしくお願いします。\n\n渡辺"
quote = "2025年5月29日(木) 12:40 渡辺 健二 <kenji.watanabe.cloud@gmail.com>:\n> " + uq.replace("\n", "\n> ").replace("> \n", ">\n")
html = text2html(new, uq + "\n\n---- 以前のやり取り ----\n" + A_CONFQ, "blockquote")
d = dt("2025-05-30 09:40:55", JST).astimezone(UTC)
add("aws-tc-reply-ja", "support_reply", "ja", A_CASE, frm=FORM, to=A_USER,
    subject=FORM_SUBJ % A_CASE, date=d,
    body=alt(tpart(new + "\n" + quote + "\n", charset="utf-8", cte="base64"), tpart(html, "html", charset="utf-8", cte="base64")),
    provider="gmail", new_text=new, extra=ses_extra())

new = f"""渡辺 様

大変お待たせいたしました。
担当部署より、アカウント統合の作業が終わったとの連絡がございました。

AWS01937725 に登録されていた認定（Solutions Architect - Associate）および試験履歴は、すべて AWS04418273 に移行いたしました。旧アカウントは閉鎖済みです。
今後は kenji.watanabe.cloud@gmail.com でサインインし、CertMetrics で認定の一覧と特典（50% 割引バウチャー等）が表示されることをご確認ください。

Credly のバッジについては、数日以内に Credly から受け取りのご案内メールが届く見込みです。
1 週間以上経っても届かない場合は、本ケースにご返信ください。

本件はこれにてクローズとさせていただきます。

藤井
Amazon Web Services トレーニングと認定
"""
quote = "\n".join("> " + l if l else ">" for l in A_CONFQ.strip().split("\n"))
d = dt("2025-06-02 14:20:12", JST).astimezone(UTC)
add("aws-tc-reply-ja", "merge_completed", "ja", A_CASE, frm=FORM, to=A_USER,
    subject=FORM_SUBJ % A_CASE, date=d,
    body=tpart(new + "\n-------- 2025/05/29 10:15 --------\n" + quote + "\n", charset="utf-8", cte="quoted-printable"),
    provider="gmail", new_text=new, extra=ses_extra())

html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>アンケートのお願い</title></head>
<body style="font-family:'Hiragino Sans','Meiryo',sans-serif;background:#f2f3f3;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;border-top:4px solid #ff9900">
<tr><td style="padding:24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:0 24px 8px 24px;font-size:15px;color:#16191f">
<p>渡辺 健二 様</p>
<p>ケース {A_CASE} はクローズされました。</p>
<p>このたびは AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。<br>
サービス向上のため、今回の対応について簡単なアンケートへのご協力をお願いいたします（所要時間 1 分程度）。</p>
<p style="font-weight:bold">お問い合わせの内容は解決しましたか？</p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/ja?c={A_CASE}&amp;r=1" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">はい</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc-support.amazon.com/s/ja?c={A_CASE}&amp;r=0" style="background:#e9ebed;color:#000;padding:8px 20px;text-decoration:none">いいえ</a></p>
<p style="font-size:12px;color:#545b64">本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</td></tr></table></td></tr></table></body></html>
"""
d = dt("2025-06-02 14:21:40", JST).astimezone(UTC)
add("aws-notice-ja", "survey", "ja", A_CASE, frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=A_USER,
    subject=f"ケース {A_CASE} に関するアンケートのお願い", date=d,
    body=tpart(html, "html", charset="utf-8", cte="quoted-printable"), provider="gmail", new_text=html, extra=ses_extra())

# ---------------- Case B: Sarah Lindqvist (O365 tenant, form desk, en)
B_USER = ("Sarah Lindqvist", "s.lindqvist@northwind-analytics.com")
B_OPEN = dt("2025-09-15 08:12:40")
B_CASE = case15(B_OPEN, "30961")
B_FORMQ = """----- Original Message -----
First Name: Sarah
Last Name: Lindqvist
Email: s.lindqvist@northwind-analytics.com
Inquiry Type: Certification
Details: Account Merge
AWS Candidate ID: AWS05530917
Description: I have two AWS certification accounts, one from my previous employer (ID AWS2286614 I think) and my current one. Please merge them so all certs show up in one place."""

new = """Hi Sarah,

Thanks for getting in touch with AWS Training and Certification. My name is Matteo and I'll be looking after your request.

I can help bring your certification profiles together, but before I can raise the request with our Certification Operations team I need a few details from you:

1. The email address used to sign in to each profile. I located AWS05530917 under your current address, but I could not find a profile matching the second ID you gave (AWS2286614 - it looks like a digit may be missing).
2. Your full name exactly as it appears on each profile.
3. Which profile you would like to keep as your primary one going forward.

As soon as I have this I'll prepare a summary of the proposed merge for you to review. Nothing will be changed on your profiles in the meantime.

Kind regards,
Matteo R.
AWS Training and Certification Customer Support
"""
d = dt("2025-09-16 15:30:18")
add("aws-tc-form-reply", "support_reply", "en", B_CASE, frm=FORM, to=B_USER, subject=FORM_SUBJ % B_CASE, date=d,
    body=tpart(new + "\n" + B_FORMQ + "\n", charset="utf-8", cte="quoted-printable"), provider="o365", new_text=new,
    extra=ses_extra("eu-west-1"), src=SES_HOSTS[1])
B_M7 = new

B_UR1 = f"""Hi Matteo,

Sign-in emails are s.lindqvist@northwind-analytics.com and sarah.lindqvist@hey.com (the old one, I still have access). Name is Sarah Lindqvist on both.
Please keep the one with my newer certs. Oh and I think there might be a third one I made at Pearson VUE by accident?

Thanks,
Sarah"""
new = """Hello Sarah,

Thank you for the quick reply and for the sign-in addresses, that helped a lot.

I want to make sure I get this exactly right before I write up the request, because a merge can't be reversed. Both profiles hold certifications earned in 2024, so "the one with the newer certs" could point to either of them:

- AWS02286614 (sarah.lindqvist@hey.com) - Solutions Architect Associate, Mar 2024; Cloud Practitioner, Nov 2022
- AWS05530917 (s.lindqvist@northwind-analytics.com) - Data Engineer Associate, Aug 2024

You were right about the third one: there is also AWS03377150, created on 2 Feb 2025 with the same name and the hey.com address, with a scheduled-then-cancelled exam and no certifications.

Could you please tell me, by ID, which profile should remain, and whether AWS03377150 should be folded in as well?

Best regards,
Matteo R.
AWS Training and Certification Customer Support
"""
quote = f"""________________________________
From: Sarah Lindqvist <s.lindqvist@northwind-analytics.com>
Sent: Wednesday, September 17, 2025 4:52 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE {B_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{B_UR1}

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, September 16, 2025 5:30 PM
To: Sarah Lindqvist <s.lindqvist@northwind-analytics.com>
Subject: RE:[CASE {B_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{B_M7}"""
d = dt("2025-09-18 09:11:02")
add("aws-tc-form-reply", "support_reply", "en", B_CASE, frm=FORM, to=B_USER, subject=FORM_SUBJ % B_CASE, date=d,
    body=tpart(new + "\n" + quote + "\n", charset="us-ascii", cte="7bit"), provider="o365", new_text=new,
    extra=ses_extra("eu-west-1"), src=SES_HOSTS[1])

new = """Hello Sarah,

Thank you for the informations provided.

Please find below the summary of the merge as per your request:

Primary account (this one will stay active) : AWS05530917
Accounts to be merged into primary account : AWS02286614 , AWS03377150
E-mail for notifications after merge : s.lindqvist@northwind-analytics.com

Please kindly note that once the merge is done it can not be reverted and the merged accounts will not be accessible anymore. All certifications, exam history and benefits will be available under the primary account only.

Kindly reply to this email with your confirmation that above details are correct, so we can proceed further with the request.

Regards,
Priyanka
AWS Training and Certification Customer Support
"""
quote = f"""--- Original Message ---
From: s.lindqvist@northwind-analytics.com
Date: 18/09/2025 11:40
Keep AWS05530917 please (the northwind one). And yes include the third one too, I never used it.
Sarah"""
d = dt("2025-09-19 13:47:50")
add("aws-tc-form-reply", "merge_confirmation_requested", "en", B_CASE, frm=FORM, to=B_USER, subject=FORM_SUBJ.replace("RE:", "RE: ") % B_CASE, date=d,
    body=tpart(new + "\n" + quote + "\n", charset="windows-1252", cte="quoted-printable"), provider="o365", new_text=new,
    extra=ses_extra("eu-west-1"), src=SES_HOSTS[2])
B_CONF = new

new = """Hello Sarah,

Good news - our Certification Operations team has finished consolidating your profiles.

Everything that sat under AWS02286614 and AWS03377150 (certifications, exam history, the 50% exam discount benefit) is now attached to AWS05530917, and the two secondary profiles have been deactivated. You can sign in with s.lindqvist@northwind-analytics.com as before; the hey.com sign-in will no longer work.

Your digital badges should follow through Credly within the next few days.

I'll go ahead and mark this case as resolved. If anything looks off, just reply here within 14 days and the case will reopen.

Kind regards,
Priyanka
AWS Training and Certification Customer Support

How did we do? Let us know by rating this correspondence:
https://aws-tc-feedback.amazon.com/rate?case=""" + B_CASE + """&score=5  Excellent
https://aws-tc-feedback.amazon.com/rate?case=""" + B_CASE + """&score=1  Poor
"""
quote = "\n".join(("> " + l) if l else ">" for l in ("On Fri, Sep 19, 2025 at 3:47 PM Amazon Web Services wrote:\n\n" + B_CONF).split("\n"))
quote = "The details are correct. Please proceed with the merge.\n\nSarah Lindqvist\nSenior Data Engineer | Northwind Analytics\n\n" + quote
quote = "\n".join(("> " + l) if l else ">" for l in quote.split("\n"))
d = dt("2025-09-23 16:05:33")
add("aws-tc-form-reply", "merge_completed", "en", B_CASE, frm=FORM, to=B_USER, subject=FORM_SUBJ % B_CASE, date=d,
    body=tpart(new + "\nOn Fri, Sep 19, 2025 at 4:02 PM Sarah Lindqvist wrote:\n" + quote + "\n", charset="utf-8", cte="quoted-printable"),
    provider="o365", new_text=new, extra=ses_extra("eu-west-1"), src=SES_HOSTS[2])

cred_html = """<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="560" style="background:#fff;border-radius:6px">
<tr><td style="padding:28px 32px 8px"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 32px"><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="140" alt="AWS Certified Data Engineer - Associate"></td></tr>
<tr><td style="padding:12px 32px;font-size:16px;color:#222">
<p>Hi Sarah,</p>
<p>AWS Training and Certification has issued you a digital badge: <strong>AWS Certified Data Engineer &ndash; Associate</strong>.</p>
<p>This badge was moved to your current profile after an update to your certification records. Accept it to show it on your Credly profile and share it with your network.</p>
<p style="text-align:center;padding:16px 0"><a href="https://www.credly.com/earner/earned/badge/6a0f1c3e-77d2-4b1e-9f4a-2c8e0d53b7aa?utm_source=issued_badge_email" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:13px;color:#666">Badges that are not accepted remain pending on your account.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999">Credly, Inc. &middot; 13 E 37th St, New York, NY 10016 &middot; <a href="https://www.credly.com/notification_preferences" style="color:#999">Email preferences</a></td></tr>
</table></td></tr></table></body></html>
"""
cred_txt = """Hi Sarah,

AWS Training and Certification has issued you a digital badge: AWS Certified Data Engineer - Associate.

Accept your badge:
https://www.credly.com/earner/earned/badge/6a0f1c3e-77d2-4b1e-9f4a-2c8e0d53b7aa?utm_source=issued_badge_email

Credly, Inc. - 13 E 37th St, New York, NY 10016
"""
CREDLY_SRC = ("o2.email.credly.com", "149.72.160.23")
def credly_hdrs(d):
    return [generic_dkim(d, "credly.com", "s1"), generic_dkim(d, "sendgrid.net", "smtpapi")]
d = dt("2025-09-24 02:13:40")
add("credly-mail", "credly_badge_issued", "en", None, frm=("AWS Training and Certification via Credly", "admin@credly.com"), to=B_USER,
    subject="You've been issued a badge by AWS Training and Certification", date=d,
    body=alt(tpart(cred_txt, charset="utf-8", cte="quoted-printable"), tpart(cred_html, "html", charset="utf-8", cte="quoted-printable")),
    provider="o365", new_text=cred_txt, src=CREDLY_SRC, mailfrom="bounces+2184021-8c1e-s.lindqvist=northwind-analytics.com@em.credly.com",
    dkim=[("credly.com", "s1", "pass")], dmarc_policy="NONE", sender_hdrs=credly_hdrs(d),
    msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "q"), R.randint(1, 40)))

# ---------------- Case C: 佐藤 美咲 (nifty, Support Center console, ja)
C_USER = ("佐藤 美咲", "misaki.sato@nifty.com")
C_OPEN = dt("2025-07-14 19:05:33", JST)
C_CASE = case15(C_OPEN, "58802")
C_LINK = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={C_CASE}&language=ja"
C_FOOT = f"""
このやり取りを評価するには、次の URL にアクセスしてください:
https://support.console.aws.amazon.com/support/rating?displayId={C_CASE}&language=ja

ケースの内容を確認、またはご返信いただくには、AWS サポートセンターにサインインしてください:
{C_LINK}

*このメールアドレスは返信を受け付けておりません。ご返信はサポートセンターから行ってください。*

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
new = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {C_CASE} をオープンしました。

ケース ID: {C_CASE}
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的な質問
お問い合わせの種類: アカウントおよび請求 / AWS トレーニングと認定
お問い合わせの内容:
以前の勤務先のメールアドレスで作成した認定アカウントと、個人のメールアドレスで作成したアカウントがあります。資格が分かれてしまっているので統合をお願いします。
候補者ID: AWS06128843

ケースの詳細を確認したり、ケースに返信したりするには、次のリンクを使用して AWS サポートセンターにアクセスしてください:
{C_LINK}

*このメールアドレスは返信を受け付けておりません。*
"""
d = C_OPEN.astimezone(UTC) + timedelta(seconds=21)
add("aws-support-ja", "case_created", "ja", C_CASE, frm=CONSOLE, to=("", "misaki.sato@nifty.com"),
    subject=f"Amazon Web Services: 新しいサポートケースを作成しました: {C_CASE}", date=d,
    body=tpart(new, charset="utf-8", cte="base64"), provider="nifty", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

new = f"""ケース {C_CASE} に新しい通信が追加されました。

件名: 認定アカウントが2つあるので1つにまとめたい

内容を確認するには、AWS サポートセンターにサインインしてください:
{C_LINK}

*このメールアドレスは返信を受け付けておりません。*
"""
d = dt("2025-07-15 16:22:08", JST).astimezone(UTC)
add("aws-support-ja", "support_reply", "ja", C_CASE, frm=CONSOLE, to=("", "misaki.sato@nifty.com"),
    subject=f"[ケース {C_CASE}] 新しい通信が追加されました", date=d,
    body=tpart(new, charset="utf-8", cte="quoted-printable"), provider="nifty", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

new = f"""こんにちは、

AWS サポートの鈴木です。お問い合わせいただきありがとうございます。

トレーニングと認定の担当チームにてお客様のご登録内容を確認いたしました。資格の取得数が多いアカウントを残す形で、以下のとおり統合を進めたいと考えております。

■ 統合後に残るアカウント
　AWS 02750418（登録メールアドレス: m.sato@tokai-densan.co.jp）
■ 統合されるアカウント
　aws06128843（登録メールアドレス: misaki.sato@nifty.com）

統合後は AWS 02750418 のみが有効となり、サインインには上記の登録メールアドレスをお使いいただくことになります。
統合処理は元に戻せませんので、お手数ですが上記の内容で問題ないか、本ケースにてご返信をお願いいたします。
ご承認をいただけましたら、作業を開始いたします。

よろしくお願いいたします。

鈴木
Amazon Web Services
"""
d = dt("2025-07-15 16:21:40", JST).astimezone(UTC)
add("aws-support-ja", "merge_confirmation_requested", "ja", C_CASE, frm=CONSOLE, to=("", "misaki.sato@nifty.com"),
    subject=f"RE:[CASE {C_CASE}] 認定アカウントが2つあるので1つにまとめたい", date=d,
    body=tpart(new + C_FOOT, charset="utf-8", cte="quoted-printable"), provider="nifty", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

new = f"""こんにちは、

AWS サポートの鈴木です。ご返信ありがとうございます。
また、先日のご案内に誤りがあり、大変失礼いたしました。

前職のメールアドレスはすでにご利用いただけないとのことですので、残すアカウントを訂正し、改めて以下の内容でご案内いたします。

■ 統合後に残るアカウント（訂正後）
　AWS06128843（misaki.sato@nifty.com）
■ 統合されるアカウント（訂正後）
　AWS02750418（m.sato@tokai-densan.co.jp）

AWS02750418 でお持ちの認定（Solutions Architect - Associate、SysOps Administrator - Associate）はすべて AWS06128843 に引き継がれます。
統合は元に戻すことができないため、訂正後の内容でお間違いないか、もう一度ご確認のうえご返信いただけますでしょうか。

お手数をおかけいたしますが、よろしくお願いいたします。

鈴木
Amazon Web Services

2025/07/15 22:48 JST お客様からの返信:
逆です！残したいのは個人のアドレスの方です。会社のメールはもう退職していてログインできません。
よろしくお願いします。

2025/07/15 16:21 JST 鈴木 (Amazon Web Services):
（前回のご案内）統合後に残るアカウント AWS 02750418 / 統合されるアカウント aws06128843
"""
d = dt("2025-07-16 11:03:26", JST).astimezone(UTC)
nt = new.split("2025/07/15 22:48")[0]
add("aws-support-ja", "merge_confirmation_requested", "ja", C_CASE, frm=CONSOLE, to=("", "misaki.sato@nifty.com"),
    subject=f"RE:[CASE {C_CASE}] 認定アカウントが2つあるので1つにまとめたい", date=d,
    body=tpart(new + C_FOOT, charset="utf-8", cte="base64"), provider="nifty", new_text=nt, extra=ses_extra(), src=SES_HOSTS[5])

new = f"""こんにちは、

AWS サポートの鈴木です。
ご承認いただいた内容で統合作業を実施し、本日、認定アカウント側の処理が完了いたしました。

・AWS02750418 の認定と試験履歴は AWS06128843 へ移行済みです
・AWS02750418 は無効化されており、今後はサインインできません
・CertMetrics にて、AWS06128843 に 3 件の認定が表示されることを確認しております

なお、Credly のデジタルバッジについては、Credly 側での反映に最大 5 営業日ほどかかる場合がございます。バッジの移行が完了しましたら、Credly から別途メールが届きます。
それまでの間、旧アカウントに紐づくバッジが Credly 上に表示されたままとなることがありますが、問題ございません。

ほかにご不明な点がございましたら、本ケースにてお知らせください。

鈴木
Amazon Web Services
"""
d = dt("2025-07-18 15:47:02", JST).astimezone(UTC)
add("aws-support-ja", "merge_completed", "ja", C_CASE, frm=CONSOLE, to=("", "misaki.sato@nifty.com"),
    subject=f"RE:[CASE {C_CASE}] 認定アカウントが2つあるので1つにまとめたい", date=d,
    body=alt(tpart(new + C_FOOT, charset="utf-8", cte="quoted-printable"), tpart(text2html(new + C_FOOT), "html", charset="utf-8", cte="quoted-printable")),
    provider="nifty", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

# ---------------- Case D: Rahul Menon (outlook.com, console, en)
D_USER = ("Rahul Menon", "rahul.menon88@outlook.com")
D_OPEN = dt("2025-11-03 14:26:51")
D_CASE = case15(D_OPEN, "71145")
D_SUBJ = "Two certification accounts - need them combined"
D_LINK = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={D_CASE}&language=en"
D_FOOT = f"""
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================
To contact us again about this case, please return to the AWS Support Center using the following URL:

{D_LINK}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
new = f"""Thank you for contacting Amazon Web Services. We have opened case {D_CASE} to address your issue.

The details of your case are as follows:

Case ID: {D_CASE}
Subject: {D_SUBJ}
Severity: General guidance
Correspondence: Hi, I passed the SAA exam in 2023 using my university email and later the Developer Associate with my personal email. I now have two candidate IDs, AWS07815322 (current) and an older one I can't remember. Could you combine them? Thanks, Rahul

To view your case or to respond, please use the following URL:

{D_LINK}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
d = D_OPEN + timedelta(seconds=33)
add("aws-support-case", "case_created", "en", D_CASE, frm=CONSOLE, to=("", "rahul.menon88@outlook.com"),
    subject=f"Amazon Web Services: You have opened a new Support case: {D_CASE}", date=d,
    body=tpart(new, charset="utf-8", cte="7bit" if new.isascii() else "quoted-printable"), provider="outlookcom", new_text=new, extra=ses_extra())

new = """Hello Rahul,

Thanks for reaching out, and for including your current candidate ID (aws-07815322).

Certification profile merges are handled by our Training and Certification specialists, so I've transferred your case to them along with the details you provided. They will look up the older profile from your university address and get back to you here with the next steps.

There's nothing you need to do for now, and please don't open a new case for this - keeping everything on this one will get you an answer faster.

Thank you for your patience.

Sandeep K.
"""
d = dt("2025-11-04 09:58:17")
add("aws-support-case", "support_reply", "en", D_CASE, frm=CONSOLE, to=("", "rahul.menon88@outlook.com"),
    subject=f"RE:[CASE {D_CASE}] {D_SUBJ}", date=d,
    body=tpart(new + D_FOOT, charset="utf-8", cte="quoted-printable"), provider="outlookcom", new_text=new, extra=ses_extra())

new_txt = """Hello Rahul,

I'm Claire from the AWS Training and Certification team, and I've picked up your case.

I located both of your profiles. Here is what I'm proposing:

Profile to keep: AWS07815322 - rahul.menon88@outlook.com - AWS Certified Developer - Associate
Profile to merge into it: AWS01264498 - rmenon@student.kcl.ac.uk - AWS Certified Solutions Architect - Associate

After the merge, both certifications and your exam history will appear under AWS07815322, and AWS01264498 will be closed. Please be aware this is permanent: once two profiles are combined we are not able to split them again.

If this looks right to you, could you reply to this case through the Support Center with a short confirmation (for example "Confirmed, please go ahead")? I won't make any changes until I hear back from you.

Claire D.
AWS Training and Certification
"""
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<div style="max-width:640px">
<p>Hello Rahul,</p>
<p>I&#39;m Claire from the AWS Training and Certification team, and I&#39;ve picked up your case.</p>
<p>I located both of your profiles. Here is what I&#39;m proposing:</p>
<table style="border-collapse:collapse;font-size:14px" border="1" cellpadding="6">
<tr style="background:#f2f3f3"><th align="left"></th><th align="left">Candidate ID</th><th align="left">Login e-mail</th><th align="left">Certifications</th></tr>
<tr><td><b>Keep</b></td><td>AWS07815322</td><td>rahul.menon88@outlook.com</td><td>AWS Certified Developer &ndash; Associate</td></tr>
<tr><td><b>Merge into the above</b></td><td>AWS01264498</td><td>rmenon@student.kcl.ac.uk</td><td>AWS Certified Solutions Architect &ndash; Associate</td></tr>
</table>
<p>After the merge, both certifications and your exam history will appear under AWS07815322, and AWS01264498 will be closed. Please be aware this is permanent: once two profiles are combined we are not able to split them again.</p>
<p>If this looks right to you, could you reply to this case through the Support Center with a short confirmation (for example &ldquo;Confirmed, please go ahead&rdquo;)? I won&#39;t make any changes until I hear back from you.</p>
<p>Claire D.<br>AWS Training and Certification</p>
<hr>
<p style="font-size:12px;color:#545b64">We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.<br>
To contact us again about this case, please return to the <a href="{D_LINK}">AWS Support Center</a>.<br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
</div></body></html>
"""
d = dt("2025-11-05 17:40:05")
add("aws-support-case", "merge_confirmation_requested", "en", D_CASE, frm=CONSOLE, to=("", "rahul.menon88@outlook.com"),
    subject=f"RE:[CASE {D_CASE}] {D_SUBJ}", date=d,
    body=tpart(html, "html", charset="utf-8", cte="quoted-printable"), provider="outlookcom", new_text=new_txt, extra=ses_extra())

new = """Hi Rahul,

Thank you for confirming.

I've now submitted the request to combine AWS01264498 into AWS07815322 with our back-end team. Merges like this normally take 3 to 5 business days to go through. I'll keep the case open and update you here as soon as it has been processed.

In the meantime please avoid scheduling any exam on either profile.

Claire D.
AWS Training and Certification
"""
d = dt("2025-11-06 10:12:44")
add("aws-support-case", "support_reply", "en", D_CASE, frm=CONSOLE, to=("", "rahul.menon88@outlook.com"),
    subject=f"RE:[CASE {D_CASE}] {D_SUBJ}", date=d,
    body=tpart(new + D_FOOT, charset="utf-8", cte="quoted-printable"), provider="outlookcom", new_text=new, extra=ses_extra())

new = """Hi Rahul,

Thanks for your patience - all done. AWS01264498 is now part of AWS07815322, and both of your certifications show on that profile.

Give it a day or so for your Credly badges to catch up.

Claire D.
AWS Training and Certification
"""
d = dt("2025-11-10 21:03:19")
add("aws-support-case", "merge_completed", "en", D_CASE, frm=CONSOLE, to=("", "rahul.menon88@outlook.com"),
    subject=f"RE:[CASE {D_CASE}] {D_SUBJ}", date=d,
    body=alt(tpart(new + D_FOOT, charset="utf-8", cte="quoted-printable"), tpart(text2html(new + D_FOOT), "html", charset="utf-8", cte="base64")),
    provider="outlookcom", new_text=new, extra=ses_extra())

new = f"""Hello,

Case {D_CASE} ("{D_SUBJ}") has been resolved.

If you still need help, you can reopen the case from the Support Center within 14 days:
{D_LINK}

How did we do?
Your feedback helps us improve AWS Support. Please take a moment to answer two quick questions:
https://support.console.aws.amazon.com/support/feedback?displayId={D_CASE}&language=en

Was your issue resolved?   YES / NO

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
d = dt("2025-11-13 22:00:51")
add("aws-support-case", "survey", "en", D_CASE, frm=CONSOLE, to=("", "rahul.menon88@outlook.com"),
    subject=f"Amazon Web Services: Your support case {D_CASE} has been resolved", date=d,
    body=tpart(new, charset="utf-8", cte="7bit"), provider="outlookcom", new_text=new, extra=ses_extra())

# ---------------- Case E: 田中 悠斗 (biglobe, form desk, ja; ISO-2022-JP / Shift_JIS)
E_USER = ("田中 悠斗", "y-tanaka@kfd.biglobe.ne.jp")
E_OPEN = dt("2025-10-06 09:14:22", JST)
E_CASE = case15(E_OPEN, "20378")
new = """田中 悠斗 様

AWS トレーニングと認定 カスタマーサポートの村上でございます。
お問い合わせいただき、ありがとうございます。

ご記載の候補者 ID（AWS05093361）のアカウントは確認できましたが、もう一方のアカウントについては、お客様のお名前とメールアドレスでは該当するものが見つかりませんでした。

統合のお手続きを進めるにあたり、恐れ入りますが以下をお知らせいただけますでしょうか。

1. もう一方のアカウントにご登録のメールアドレス（わかる場合は候補者 ID も）
2. 受験時にご登録されたお名前の表記（ローマ字表記を含む）
3. 統合を希望される理由（例: 転職によりメールアドレスが変わった 等）

上記を確認でき次第、統合の可否と手順についてご連絡いたします。

何卒よろしくお願い申し上げます。

村上
AWS トレーニングと認定 カスタマーサポート
"""
d = dt("2025-10-07 11:30:48", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "support_reply", "ja", E_CASE, frm=FORM, to=E_USER, subject=FORM_SUBJ % E_CASE, date=d,
    body=tpart(new, charset="iso-2022-jp", cte="7bit"), provider="biglobe", new_text=new, extra=ses_extra(), src=SES_HOSTS[4],
    from_charset="iso-2022-jp")
E_M1 = new

E_UR = """村上様

お世話になっております。田中です。
もう一つのアカウントは大学時代のメールアドレス（yuto.tanaka@mail.hokuriku-u.ac.jp）で登録したと思います。
名前の表記は Yuto Tanaka です。大学を卒業してメールが使えなくなったため、統合をお願いしたいです。

田中"""
new = """田中 様

ご返信ありがとうございます。村上でございます。

お知らせいただいた大学のメールアドレスで、もう一方の認定アカウントを確認することができました。

統合にあたり、どちらのアカウントを残すか（統合先とするか）をご指定いただけますでしょうか。
・現在の biglobe のメールアドレスで登録されているアカウント
・大学のメールアドレスで登録されているアカウント

残さない方のアカウントの認定・受験履歴は、残す方のアカウントに移されます。
ご指定をいただきましたら、統合内容の最終確認のご案内をお送りいたします。

よろしくお願いいたします。

村上
AWS トレーニングと認定 カスタマーサポート
"""
quote = "2025年10月7日(火) 19:52 田中 悠斗 <y-tanaka@kfd.biglobe.ne.jp>:\n" + "\n".join("> " + l if l else ">" for l in E_UR.split("\n")) + "\n>\n" + "\n".join("> > " + l if l else "> >" for l in E_M1.strip().split("\n"))
d = dt("2025-10-08 10:05:13", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "support_reply", "ja", E_CASE, frm=FORM, to=E_USER, subject=FORM_SUBJ % E_CASE, date=d,
    body=tpart(new + "\n" + quote + "\n", charset="utf-8", cte="8bit"), provider="biglobe", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

new = """田中 様

村上でございます。ご指定いただきありがとうございます。
以下の内容でアカウントの統合を実施いたします。

【統合先（残るアカウント）】
  候補者 ID : AWS05093361
  メール    : y-tanaka@kfd.biglobe.ne.jp

【統合元（統合後に削除されるアカウント）】
  候補者 ID : AWS08841207
  メール    : yuto.tanaka@mail.hokuriku-u.ac.jp

【ご注意】
・統合の実施後に、元の状態へ戻すことはできません。
・AWS08841207 の認定（Cloud Practitioner）および受験履歴は AWS05093361 に引き継がれます。

上記の内容にお間違いがなければ、このメールにご返信いただき、統合に同意する旨をお知らせください。
ご同意のご連絡をいただいてから作業に着手いたします。

村上
AWS トレーニングと認定 カスタマーサポート
"""
d = dt("2025-10-09 09:48:37", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "merge_confirmation_requested", "ja", E_CASE, frm=FORM, to=E_USER, subject=FORM_SUBJ % E_CASE, date=d,
    body=tpart(new, charset="shift_jis", cte="8bit"), provider="biglobe", new_text=new, extra=ses_extra(), src=SES_HOSTS[5])
E_CONF = new

new = """田中 様

村上でございます。統合へのご同意、ありがとうございました。

本日、担当部署にて AWS08841207 から AWS05093361 への統合作業を開始いたしました。
作業が完了しましたら、本ケースにてご連絡いたします。

また、統合の完了後に、Credly のデジタルバッジも新しいアカウントへ移行されるよう手配いたします。バッジの移行は統合完了のご連絡の後になりますので、あらかじめご了承ください。

引き続きよろしくお願いいたします。

村上
AWS トレーニングと認定 カスタマーサポート
"""
uq = "村上様\n\n内容に間違いありません。統合をお願いします。\n\n田中"
html = text2html(new, uq, "blockquote")
d = dt("2025-10-10 13:26:55", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "support_reply", "ja", E_CASE, frm=FORM, to=E_USER, subject=FORM_SUBJ % E_CASE, date=d,
    body=tpart(html, "html", charset="utf-8", cte="base64"), provider="biglobe", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

new = f"""田中 様

村上でございます。お待たせいたしました。

大学のメールアドレスで登録されていた旧アカウントの認定および受験履歴を、AWS05093361 へ移行いたしました。旧アカウントは削除済みとなっております。
今後は y-tanaka@kfd.biglobe.ne.jp でサインインのうえ、認定の一覧をご確認ください。

Credly のバッジ移行についても担当部署へ依頼済みです。数日中に Credly よりご案内が届きます。

本件はこれにてクローズとさせていただきます。
今後のサービス向上のため、下記のアンケートにご協力いただけますと幸いです。
https://aws-tc-feedback.amazon.com/survey?case={E_CASE}&lang=ja

村上
AWS トレーニングと認定 カスタマーサポート
"""
quote = "-----Original Message-----\n" + E_CONF
d = dt("2025-10-14 16:10:09", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "merge_completed", "ja", E_CASE, frm=FORM, to=E_USER, subject=FORM_SUBJ % E_CASE, date=d,
    body=tpart(new + "\n" + quote, charset="iso-2022-jp", cte="7bit"), provider="biglobe", new_text=new, extra=ses_extra(), src=SES_HOSTS[5])

# ---------------- Credly for case A (en)
cred_txt = """Hi Kenji,

Your AWS Certified Solutions Architect - Associate badge is waiting for you.

AWS Training and Certification has issued this badge to you on Credly. It was re-issued to your current email address following an update to your certification account.

Accept your badge and share it:
https://www.credly.com/earner/earned/badge/0d3c9f57-1e62-4a0a-8b6c-f2a14e9d70c1

Why accept? Accepting lets you add the badge to your profile, share it on LinkedIn, and show verified proof of your skills.

--
Credly, Inc. | 13 E 37th St, New York, NY 10016
You are receiving this email because a badge was issued to kenji.watanabe.cloud@gmail.com.
"""
cred_html = text2html(cred_txt).replace("Accept your badge and share it:", '<a href="https://www.credly.com/earner/earned/badge/0d3c9f57-1e62-4a0a-8b6c-f2a14e9d70c1" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none;border-radius:4px">Accept your badge</a>')
d = dt("2025-06-05 03:41:27")
add("credly-mail", "credly_badge_issued", "en", None, frm=("AWS Training and Certification via Credly", "admin@credly.com"), to=("Kenji Watanabe", "kenji.watanabe.cloud@gmail.com"),
    subject="Kenji, your AWS Certified Solutions Architect - Associate badge is ready to accept", date=d,
    body=alt(tpart(cred_txt, charset="utf-8", cte="7bit"), tpart(cred_html, "html", charset="utf-8", cte="quoted-printable")),
    provider="gmail", new_text=cred_txt, src=CREDLY_SRC, mailfrom="bounces+2184021-77ab-kenji.watanabe.cloud=gmail.com@em.credly.com",
    dkim=[("credly.com", "s1", "pass"), ("sendgrid.net", "smtpapi", "pass")], dmarc_policy="NONE", sender_hdrs=credly_hdrs(d),
    msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "q"), R.randint(1, 40)))

# ---------------- Case F: 中村 亮 (company O365, console, ja)
F_USER = ("中村 亮", "ryo.nakamura@hoshino-si.co.jp")
F_OPEN = dt("2026-01-19 10:02:45", JST)
F_CASE = case15(F_OPEN, "93316")
F_SUBJ = "AWS認定アカウントの統合依頼"
F_LINK = f"https://support.console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&language=ja"
F_FOOT = f"""
今回の対応についてのご評価をお願いいたします:
https://support.console.aws.amazon.com/support/rating?displayId={F_CASE}&language=ja

======================
本件について再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください:
{F_LINK}

*このメールは送信専用のアドレスから送信されています。このメールに返信されても受け付けられません。
"""
new = """中村 様

AWS サポートの岡田です。

1 月 20 日に、統合後に残す認定アカウント（AWS03905126 または AWS07262048）のご指定をお願いするご連絡を差し上げましたが、その後ご返信を確認できておりません。

引き続き統合をご希望の場合は、サポートセンターから本ケースにご返信ください。
すでに解決済み、またはお手続きが不要になった場合は、その旨をお知らせいただければ本ケースをクローズいたします。

なお、7 日間ご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

岡田
Amazon Web Services
"""
d = dt("2026-01-27 09:15:30", JST).astimezone(UTC)
add("aws-support-ja", "support_reply", "ja", F_CASE, frm=CONSOLE, to=F_USER, subject=f"RE:[CASE {F_CASE}] {F_SUBJ}", date=d,
    body=tpart(new + F_FOOT, charset="utf-8", cte="base64"), provider="o365", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

new = """中村 様

AWS サポートの岡田です。ご返信ありがとうございます。

統合先のご指定と、統合の実施についてのご了承をいただきましたので、以下の内容で手続きを進めさせていただきます。

　統合後に残るアカウント: AWS07262048（ryo.nakamura@hoshino-si.co.jp）
　統合されるアカウント　: AWS03905126（r.nakamura1989@yahoo.co.jp）

本日付けでトレーニングと認定の担当チームへ作業を依頼いたしました。完了まで 3 営業日ほどお待ちください。
完了次第、本ケースにてご報告いたします。

岡田
Amazon Web Services
"""
d = dt("2026-01-28 14:02:11", JST).astimezone(UTC)
add("aws-support-ja", "support_reply", "ja", F_CASE, frm=CONSOLE, to=F_USER, subject=f"RE:[CASE {F_CASE}] {F_SUBJ}", date=d,
    body=tpart(new + F_FOOT, charset="utf-8", cte="quoted-printable"), provider="o365", new_text=new, extra=ses_extra(), src=SES_HOSTS[5])

F_DONE = """中村 様

AWS サポートの岡田です。

お待たせいたしました。AWS03905126 と AWS07262048 の統合処理が完了したと担当チームより報告がございました。
AWS03905126 で取得された認定（SAP、ANS）は、現在 AWS07262048 の認定一覧に表示されております。AWS03905126 はご利用いただけなくなりましたので、今後は AWS07262048 をご利用ください。

本件はこれで完了となりますが、表示に問題がある場合はサポートセンターからご連絡ください。

岡田
Amazon Web Services
"""
d = dt("2026-01-30 17:30:42", JST).astimezone(UTC)
F_DONE_D = d
add("aws-support-ja", "merge_completed", "ja", F_CASE, frm=CONSOLE, to=F_USER, subject=f"RE:[CASE {F_CASE}] {F_SUBJ}", date=d,
    body=tpart(F_DONE + F_FOOT, charset="utf-8", cte="base64"), provider="o365", new_text=F_DONE, extra=ses_extra(), src=SES_HOSTS[4])

# forward by the user to his manager (internal O365 mail)
new = """森田さん

お疲れさまです。中村です。
申請していた AWS 認定アカウントの統合が完了したと AWS サポートから連絡がありました。
資格手当の申請用に、念のため共有します。今後の認定 ID は AWS07262048 になります（旧 AWS03905126 は無効）。

以上、よろしくお願いいたします。

-----
中村 亮
星野システムインテグレーション株式会社 クラウド推進部
"""
fwd = f"""
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Friday, January 30, 2026 5:30 PM
To: 中村 亮 <ryo.nakamura@hoshino-si.co.jp>
Subject: RE:[CASE {F_CASE}] {F_SUBJ}

{F_DONE}"""
d = dt("2026-02-02 09:12:05", JST).astimezone(UTC)
tl = ["Received: from OS3PR01MB8841.jpnprd01.prod.outlook.com (2603:1096:604:1b2::9) by\n OS3PR01MB6120.jpnprd01.prod.outlook.com with HTTPS; " + rfcdate(d + timedelta(seconds=2)),
      "Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hoshino-si.co.jp;",
      "Received: from OS3PR01MB8841.jpnprd01.prod.outlook.com\n ([fe80::7d41:2b6c:91e0:53aa]) by OS3PR01MB8841.jpnprd01.prod.outlook.com\n ([fe80::7d41:2b6c:91e0:53aa%4]) with mapi id 15.20.9094.011; " + rfcdate(d + timedelta(seconds=1)),
      "X-MS-Exchange-Organization-AuthAs: Internal",
      "X-MS-Exchange-Organization-AuthSource: OS3PR01MB8841.jpnprd01.prod.outlook.com",
      "X-MS-Has-Attach: ",
      "X-MS-TNEF-Correlator: "]
html = text2html(new, fwd.replace("From: ", "差出人: ").replace("Sent: ", "送信日時: ").replace("To: ", "宛先: ").replace("Subject: ", "件名: "), "outlook")
add("fw-nakamura", "unrelated", "ja", F_CASE, frm=F_USER, to=("森田 浩二", "k.morita@hoshino-si.co.jp"),
    subject=f"FW: RE:[CASE {F_CASE}] {F_SUBJ}", date=d,
    body=alt(tpart(new + "\n________________________________" + fwd.replace("From: ", "差出人: ").replace("Sent: ", "送信日時: ").replace("To: ", "宛先: ").replace("Subject: ", "件名: "), charset="iso-2022-jp", cte="7bit"),
             tpart(html, "html", charset="utf-8", cte="base64")),
    provider="o365", transport_lines=tl, sender_hdrs=[], new_text=new,
    msgid="<OS3PR01MB8841%s@OS3PR01MB8841.jpnprd01.prod.outlook.com>" % rhex(20).upper(),
    extra=["Thread-Topic: " + enc_hdr("RE:[CASE %s] AWS認定アカウントの統合依頼" % F_CASE, "utf-8", "Thread-Topic"), "Thread-Index: AQHbd" + rb64(20), "Accept-Language: ja-JP, en-US", "Content-Language: ja-JP", "X-MS-Exchange-Organization-SCL: -1"],
    verified=False)

# ---------------- Case G: Daniel Okafor (Gmail, form desk, en)
G_USER = ("Daniel Okafor", "dokafor@gmail.com")
G_OPEN = dt("2025-08-11 18:20:05")
G_CASE = case15(G_OPEN, "66204")
new = f"""Hello Daniel,

We've received your message and logged it under reference {G_CASE}.

Someone from the AWS Training and Certification team will pick it up shortly - usually within one business day. If you have anything to add (screenshots, other email addresses you may have used), simply reply to this email and keep the reference in the subject line so it's attached to the same request.

Please don't submit the form again for the same issue; a duplicate request goes to the back of the queue.

Your submission:
  Inquiry type: Certification > Account Merge
  Candidate ID: AWS06730311

AWS Training and Certification Customer Support
"""
d = G_OPEN + timedelta(seconds=52)
add("aws-tc-form", "case_created", "en", G_CASE, frm=FORM, to=G_USER,
    subject=f"[CASE {G_CASE}] We received your request - AWS Training and Certification", date=d,
    body=tpart(new, charset="us-ascii", cte="7bit"), provider="gmail", new_text=new, extra=ses_extra())

new = """Hi Daniel,

Thanks for your patience. I've gone through the details and found the two profiles you mentioned.

Here's what I'd do:
  * keep: aws-06730311 (dokafor@gmail.com)
  * merge into it and close: aws02019584 (daniel.okafor@brightwave.io)

That brings your Cloud Practitioner and Security Specialty certifications together under aws-06730311. One thing to keep in mind: a merge is a one-way operation, we can't undo it afterwards.

Does that look right? If so, just hit reply and let me know you're happy for us to go ahead.

Cheers,
Tom
AWS Training and Certification Customer Support
"""
d = dt("2025-08-12 16:44:21")
add("aws-tc-form-reply", "merge_confirmation_requested", "en", G_CASE, frm=FORM, to=G_USER, subject=FORM_SUBJ % G_CASE, date=d,
    body=tpart(new, charset="utf-8", cte="quoted-printable"), provider="gmail", new_text=new, extra=ses_extra())
G_CONF = new

G_UR = """Hi Tom,

Actually, could we keep the brightwave one instead? My Pearson VUE account and voucher history are linked to that email and I'd rather not lose them. The gmail one can go into it.

Thanks,
Daniel"""
new = """Hi Daniel,

No problem at all, thanks for flagging it before anything was changed.

I've updated the request the other way round: AWS02019584 (daniel.okafor@brightwave.io) will be kept, and AWS06730311 will be merged into it. Since your message already confirms this is how you want it, I've sent it straight on to the team - you don't need to do anything else.

I'll be back in touch on this case once it's finished.

Cheers,
Tom
AWS Training and Certification Customer Support
"""
quote = "On Tue, Aug 12, 2025 at 7:14 PM Daniel Okafor <dokafor@gmail.com> wrote:\n" + "\n".join("> " + l if l else ">" for l in G_UR.split("\n")) + "\n>\n> On Tue, Aug 12, 2025 at 4:44 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + "\n".join("> > " + l if l else "> >" for l in G_CONF.strip().split("\n"))
d = dt("2025-08-13 08:30:57")
add("aws-tc-form-reply", "support_reply", "en", G_CASE, frm=FORM, to=G_USER, subject=FORM_SUBJ % G_CASE, date=d,
    body=tpart(new + "\n" + quote + "\n", charset="utf-8", cte="quoted-printable"), provider="gmail", new_text=new, extra=ses_extra())

new = f"""Hi Daniel,

Quick update to let you know your request is complete and this case ({G_CASE}) is now closed.

Your certification records from AWS06730311 have been moved across to AWS02019584, and AWS06730311 has been retired. Next time you sign in, use daniel.okafor@brightwave.io.

Was your issue resolved?
  YES: https://aws-tc-feedback.amazon.com/r?c={G_CASE}&a=y
  NO:  https://aws-tc-feedback.amazon.com/r?c={G_CASE}&a=n

Thanks for being an AWS Certified professional.

Tom
AWS Training and Certification Customer Support
"""
d = dt("2025-08-15 19:02:36")
add("aws-tc-form-reply", "merge_completed", "en", G_CASE, frm=FORM, to=G_USER, subject=FORM_SUBJ % G_CASE, date=d,
    body=alt(tpart(new, charset="utf-8", cte="7bit"), tpart(text2html(new), "html", charset="utf-8", cte="quoted-printable")),
    provider="gmail", new_text=new, extra=ses_extra())

cred_html = """<html><body style="font-family:Arial,sans-serif;background:#fafafa">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
<p><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></p>
<h2 style="font-weight:normal">Congratulations, Daniel!</h2>
<p>You've earned a badge from <b>AWS Training and Certification</b>:</p>
<p style="font-size:18px"><b>AWS Certified Security &ndash; Specialty</b></p>
<p>Your badge now appears under your updated certification profile. Claim it to share your achievement.</p>
<p><a href="https://www.credly.com/earner/earned/badge/91b8e2d0-4f6a-4c07-a3d1-5e7bc0a24d18" style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p style="color:#888;font-size:12px">Questions? Visit support.credly.com<br>Credly, Inc., 13 E 37th St, New York, NY 10016</p>
</div></body></html>
"""
d = dt("2025-08-17 11:26:09")
add("credly-mail", "credly_badge_issued", "en", None, frm=("AWS Training and Certification via Credly", "admin@credly.com"), to=("Daniel Okafor", "daniel.okafor@brightwave.io"),
    subject="Daniel, you earned a badge from AWS Training and Certification", date=d,
    body=tpart(cred_html, "html", charset="utf-8", cte="quoted-printable"),
    provider="gmail", rcpt="dokafor@gmail.com", new_text=cred_html, src=CREDLY_SRC, mailfrom="bounces+2184021-3f09-daniel.okafor=brightwave.io@em.credly.com",
    dkim=[("credly.com", "s1", "pass"), ("sendgrid.net", "smtpapi", "pass")], dmarc_policy="NONE", sender_hdrs=credly_hdrs(d),
    msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "q"), R.randint(1, 40)),
    extra_top=[])

# ---------------- Case H: 小林 由香 (so-net, form desk, ja)
H_USER = ("小林 由香", "yuka-k@ba2.so-net.ne.jp")
H_OPEN = dt("2026-02-09 21:40:10", JST)
H_CASE = case15(H_OPEN, "05519")
new = """小林 由香 様

AWS トレーニングと認定 サポート担当の石川です。
ご連絡が遅くなり、申し訳ございません。

お問い合わせいただいたアカウント統合の件につきましては、現在、認定担当部署にてお客様のご登録情報を確認しております。
ただいま多数のお問い合わせをいただいており、ご案内までにもう少しお時間を頂戴しております。

確認が終わり次第、本ケースにてご連絡いたします。
恐れ入りますが、新たにお問い合わせを作成せず、このままお待ちいただけますと幸いです。

石川
AWS トレーニングと認定 サポート
"""
d = dt("2026-02-13 18:05:44", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "support_reply", "ja", H_CASE, frm=FORM, to=H_USER, subject=FORM_SUBJ % H_CASE, date=d,
    body=tpart(new, charset="iso-2022-jp", cte="7bit"), provider="sonet", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

new = """小林 様

石川です。進捗についてご報告いたします。

統合作業のうち、AWS04187733 の受験履歴は AWS06650392 への移行が済みました。
一方、認定（Developer - Associate）の付け替えについては、システム側の処理が完了しておらず、現在も担当部署にて対応中です。

このため、現時点では AWS04187733 と AWS06650392 の両方に認定が表示されている、あるいはどちらにも表示されない場合がございます。
統合が最後まで完了した時点で改めてご連絡いたしますので、それまでは両アカウントの情報を変更しないようお願いいたします。

石川
AWS トレーニングと認定 サポート
"""
d = dt("2026-02-19 12:48:20", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "support_reply", "ja", H_CASE, frm=FORM, to=H_USER, subject=FORM_SUBJ % H_CASE, date=d,
    body=tpart(new, charset="utf-8", cte="base64"), provider="sonet", new_text=new, extra=ses_extra(), src=SES_HOSTS[5])

html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Meiryo','Hiragino Kaku Gothic ProN',sans-serif;font-size:14px;line-height:1.7">
<p>小林 様</p>
<p>石川です。大変お待たせいたしました。</p>
<p>本日、担当部署より<b>認定の付け替えを含むすべての処理が終了した</b>との報告を受けました。<br>
旧アカウント（AWS04187733）に登録されていた受験履歴と認定は、現在すべて <b>AWS06650392</b> に表示されております。<br>
旧アカウントは閉鎖いたしましたので、今後は AWS06650392 のみをご利用ください。</p>
<p>50% 割引バウチャーなどの特典も AWS06650392 の「特典」ページからご利用いただけます。</p>
<p>ご不便をおかけいたしましたこと、改めてお詫び申し上げます。</p>
<p>石川<br>AWS トレーニングと認定 サポート</p>
<div style="border-top:1px solid #ccc;margin-top:20px;padding-top:8px;color:#777;font-size:12px">
ケース番号: {H_CASE}<br>本メールにご返信いただくと、ケースに追記されます。</div>
</body></html>
"""
d = dt("2026-02-24 10:31:16", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "merge_completed", "ja", H_CASE, frm=FORM, to=H_USER, subject=FORM_SUBJ % H_CASE, date=d,
    body=tpart(html, "html", charset="utf-8", cte="base64"), provider="sonet", new_text=html, extra=ses_extra(), src=SES_HOSTS[4])

new = f"""小林 由香 様

お問い合わせいただいたケース（ケース番号: {H_CASE}）は、対応が終了したためクローズいたしました。

このたびは AWS トレーニングと認定をご利用いただき、ありがとうございます。
よろしければ、担当者の対応について 5 段階で評価をお願いいたします。

  とても満足 ★★★★★  https://aws-tc-feedback.amazon.com/survey?case={H_CASE}&s=5&lang=ja
  満足       ★★★★    https://aws-tc-feedback.amazon.com/survey?case={H_CASE}&s=4&lang=ja
  普通       ★★★      https://aws-tc-feedback.amazon.com/survey?case={H_CASE}&s=3&lang=ja
  不満       ★★        https://aws-tc-feedback.amazon.com/survey?case={H_CASE}&s=2&lang=ja
  とても不満 ★          https://aws-tc-feedback.amazon.com/survey?case={H_CASE}&s=1&lang=ja

ケースのクローズ後 14 日以内であれば、このメールにご返信いただくことでケースを再開できます。

AWS トレーニングと認定 サポート
"""
d = dt("2026-02-24 10:32:02", JST).astimezone(UTC)
add("aws-tc-notice-ja", "survey", "ja", H_CASE, frm=FORM, to=H_USER, subject=f"[CASE {H_CASE}] ケースはクローズされました - アンケートのお願い", date=d,
    body=tpart(new, charset="shift_jis", cte="base64"), provider="sonet", new_text=new, extra=ses_extra(), src=SES_HOSTS[4], subj_charset="iso-2022-jp")

# ---------------- Case I: Marta Kowalczyk (Fastmail, form desk, en)
I_USER = ("Marta Kowalczyk", "marta.kowalczyk@fastmail.com")
I_OPEN = dt("2026-03-02 07:55:19")
I_CASE = case15(I_OPEN, "40087")
txt = """Hello Marta,

We are ready to merge your certification accounts. Please confirm, by replying to this email, that AWS01798826 should be merged into AWS05581240 (AWS05581240 stays, AWS01798826 is closed). This cannot be undone.

If you cannot see the formatted version of this message, the details above are all you need.

Ana
AWS Training and Certification Customer Support
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Marta,</p>
<p>Thank you for the additional details. I was able to verify both accounts, and we are ready to go ahead with the merge as soon as you give us the green light.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td style="border:1px solid #d5dbdb"><b>Surviving account</b></td><td style="border:1px solid #d5dbdb">AWS05581240 &mdash; marta.kowalczyk@fastmail.com</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Account being merged (will be closed)</b></td><td style="border:1px solid #d5dbdb">AWS01798826 &mdash; m.kowalczyk@pl.contoso-consulting.com</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Certifications moving over</b></td><td style="border:1px solid #d5dbdb">AWS Certified Solutions Architect &ndash; Professional (2024), AWS Certified Cloud Practitioner (2022)</td></tr>
</table>
<p style="color:#b0084d"><b>Important:</b> merging is permanent. Once completed, the accounts cannot be separated again and any sign-in with m.kowalczyk@pl.contoso-consulting.com will stop working.</p>
<p>Please reply to this email confirming that the above is correct. We will not make any change until we receive your confirmation.</p>
<p>Kind regards,<br>Ana<br>AWS Training and Certification Customer Support</p>
</body></html>
"""
d = dt("2026-03-03 12:19:40")
add("aws-tc-form-reply", "merge_confirmation_requested", "en", I_CASE, frm=FORM, to=I_USER, subject=FORM_SUBJ % I_CASE, date=d,
    body=alt(tpart(txt, charset="us-ascii", cte="7bit"), tpart(html, "html", charset="utf-8", cte="quoted-printable")),
    provider="fastmail", new_text=txt + html, extra=ses_extra("eu-west-1"), src=SES_HOSTS[3])

new = """Hi Marta,

Thank you for confirming. We'll proceed with the merge now.

It usually takes between 24 and 48 hours for our system to process it, sometimes a little longer if the older account has an exam scheduled. I'll come back to you on this case when the merge is completed.

Best regards,
Ana
AWS Training and Certification Customer Support
"""
quote = """From: Marta Kowalczyk <marta.kowalczyk@fastmail.com>
Sent: Tuesday, March 3, 2026 at 15:02
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Confirmed - AWS01798826 into AWS05581240, please proceed.
Marta""" % I_CASE
d = dt("2026-03-04 08:07:13")
add("aws-tc-form-reply", "support_reply", "en", I_CASE, frm=FORM, to=I_USER, subject=FORM_SUBJ % I_CASE, date=d,
    body=tpart(new + "\n" + quote + "\n", charset="utf-8", cte="base64"), provider="fastmail", new_text=new, extra=ses_extra("eu-west-1"), src=SES_HOSTS[3])

new = """Hi Marta,

Your two profiles have been combined. When you sign in with marta.kowalczyk@fastmail.com you should now see your Solutions Architect - Professional and Cloud Practitioner certifications together on AWS05581240. The former profile no longer exists, so please don't try to use m.kowalczyk@pl.contoso-consulting.com to sign in.

If your Credly badges haven't appeared on the right account in about a week, reply here and I'll chase it up.

Best regards,
Ana
AWS Training and Certification Customer Support
"""
d = dt("2026-03-05 14:44:58")
add("aws-tc-form-reply", "merge_completed", "en", I_CASE, frm=FORM, to=I_USER, subject=FORM_SUBJ % I_CASE, date=d,
    body=tpart(new, charset="utf-8", cte="quoted-printable"), provider="fastmail", new_text=new, extra=ses_extra("eu-west-1"), src=SES_HOSTS[0])

# ---------------- Case J: 山本 拓海 (iCloud, form desk, ja)
J_USER = ("山本 拓海", "takumi.yamamoto@icloud.com")
J_OPEN = dt("2026-04-13 20:11:49", JST)
J_CASE = case15(J_OPEN, "81250")
J_M0 = """山本 様

ご連絡いただきありがとうございます。
お客様のお名前で AWS08127735 と AWS03344906 の 2 つの認定アカウントを確認いたしました。
統合後にどちらのアカウントを残すかご指定ください。

野口"""
J_UR = "はい、お願いします。"
new = """山本 様

AWS トレーニングと認定 サポートの野口です。
ご返信いただきありがとうございます。

「はい、お願いします」とのご返信をいただきましたが、申し訳ございません、どちらのアカウントを残すご希望なのかを判断することができませんでした。
恐れ入りますが、改めて以下のいずれかをお選びいただき、候補者 ID でお知らせいただけますでしょうか。

　A) AWS08127735 を残す（takumi.yamamoto@icloud.com）
　B) AWS03344906 を残す（t-yamamoto@sunrise-works.jp）

残さない方のアカウントは統合後に閉鎖されます。
ご指定をいただいた後、最終確認のご案内をお送りいたします。

野口
AWS トレーニングと認定 サポート
"""
quote = "\n2026/04/14 22:37、山本 拓海 <takumi.yamamoto@icloud.com>のメール:\n\n> " + J_UR + "\n>\n> iPhoneから送信\n>\n" + "\n".join("> > " + l if l else "> >" for l in J_M0.split("\n"))
d = dt("2026-04-15 10:20:33", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "support_reply", "ja", J_CASE, frm=FORM, to=J_USER, subject=FORM_SUBJ % J_CASE, date=d,
    body=tpart(new + quote + "\n", charset="utf-8", cte="quoted-printable"), provider="icloud", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

new = """山本 様

野口です。ご指定いただきありがとうございます。
統合の内容を以下のとおりまとめましたので、ご確認ください。

- 統合後に残るアカウント: AWS08127735（takumi.yamamoto@icloud.com）
- 統合して閉鎖するアカウント: AWS03344906（t-yamamoto@sunrise-works.jp）
- 移行される認定: AWS Certified Machine Learning Engineer - Associate、AWS Certified AI Practitioner

統合を行うと元に戻すことはできません。
内容にお間違いがなければ、本メールへのご返信にて統合へのご同意をお知らせください。

野口
AWS トレーニングと認定 サポート
"""
d = dt("2026-04-16 09:55:02", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "merge_confirmation_requested", "ja", J_CASE, frm=FORM, to=J_USER, subject=FORM_SUBJ % J_CASE, date=d,
    body=tpart(new, charset="utf-8", cte="quoted-printable", label="iso-8859-1"), provider="icloud", new_text=new, extra=ses_extra(), src=SES_HOSTS[5])
J_CONF = new

new = """山本 様

野口です。ご返信ありがとうございます。

「たぶん大丈夫だと思います」とのお返事をいただきましたが、統合は取り消しができない手続きのため、はっきりとしたご同意をいただいてから作業を行うこととしております。
お手数ですが、もう一度以下の内容をご確認いただき、問題がなければ「上記の内容で統合に同意します」とご返信ください。

- 統合後に残るアカウント: AWS08127735
- 統合して閉鎖するアカウント: AWS03344906

ご不明な点があれば、遠慮なくお尋ねください。

野口
AWS トレーニングと認定 サポート
"""
quote = "\n-----元のメッセージ-----\n差出人: 山本 拓海 <takumi.yamamoto@icloud.com>\n送信日時: 2026年4月16日 23:10\n\nたぶん大丈夫だと思います。よろしくお願いします\n"
d = dt("2026-04-17 10:41:29", JST).astimezone(UTC)
add("aws-tc-form-reply-ja", "merge_confirmation_requested", "ja", J_CASE, frm=FORM, to=J_USER, subject=FORM_SUBJ % J_CASE, date=d,
    body=alt(tpart(new + quote, charset="iso-2022-jp", cte="7bit"), tpart(text2html(new, quote), "html", charset="utf-8", cte="base64")),
    provider="icloud", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

# ---------------- phishing
P1_CASE = "176001230055042"
new = """Dear Certified Professional,

Our records show two AWS Certification accounts registered under your identity:

  Primary account: AWS07110452
  Secondary account: AWS02583367

As part of the AWS Certification account consolidation program, these accounts are scheduled to be merged into the primary account. Because this operation is irreversible, we need you to confirm the merge and verify your identity within 48 hours. Accounts that are not confirmed will be suspended and all certifications will be revoked.

Confirm the merge here:
https://aws-certification-support.com/merge/confirm?case=176001230055042&token=8f2ac1e0

Thank you,
AWS Certification Support Team
Case ID: 176001230055042
"""
html = text2html(new).replace("https://aws-certification-support.com/merge/confirm?case=176001230055042&amp;token=8f2ac1e0", '<a href="https://aws-certification-support.com/merge/confirm?case=176001230055042&amp;token=8f2ac1e0" style="background:#ff9900;color:#111;padding:10px 20px;text-decoration:none">CONFIRM MERGE</a>')
d = dt("2025-10-09 13:06:41")
add("aws-cert-merge-notice", "merge_confirmation_requested", "en", P1_CASE, frm=("AWS Certification", "support@aws-certification-support.com"), to=G_USER,
    subject=f"Action required: confirm your AWS Certification account merge [CASE {P1_CASE}]", date=d,
    body=alt(tpart(new, charset="utf-8", cte="quoted-printable"), tpart(html, "html", charset="utf-8", cte="base64")),
    provider="gmail", new_text=new, src=("mail.aws-certification-support.com", "185.234.72.19"), mailfrom="bounce@aws-certification-support.com",
    dkim=[("aws-certification-support.com", "default", "pass")], dmarc_policy="NONE",
    sender_hdrs=[generic_dkim(d, "aws-certification-support.com", "default")],
    msgid="<20251009130641.4f2a9c11e0b7@aws-certification-support.com>")

P2_CASE = "176130448812903"
new = """お客様各位

AWS トレーニングと認定 サポートでございます。

お客様の名義で重複した認定アカウント（AWS04926618、AWS08830174）が確認されました。
規約に基づき、以下のとおりアカウントを統合いたします。

　残るアカウント：AWS04926618
　統合されるアカウント：AWS08830174

統合は取り消しができないため、本人確認のうえ 24 時間以内にご承認ください。
ご承認がない場合、両アカウントの認定が一時停止されます。

▼ 統合を承認する
https://aws-training-certification.jp-verify.net/approve?case=176130448812903

Amazon Web Services トレーニングと認定
"""
d = dt("2025-10-24 20:41:28", JST).astimezone(UTC)
forged = "Authentication-Results: amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com"
add("aws-tc-notice-ja", "merge_confirmation_requested", "ja", P2_CASE, frm=FORM, to=("", "h.ishida@lime.ocn.ne.jp"),
    subject=f"【重要】認定アカウント統合のご承認のお願い [CASE {P2_CASE}]", date=d,
    body=tpart(new, charset="shift_jis", cte="base64"), provider="ocn", new_text=new,
    src=("vps-71-24.hostkey-cloud.ru", "91.215.85.40"), mailfrom="apache@vps-71-24.hostkey-cloud.ru",
    dkim=[], spf="none", dmarc="fail", forged_ar=forged, sender_hdrs=[],
    msgid="<%s@vps-71-24.hostkey-cloud.ru>" % rhex(24), subj_charset="iso-2022-jp",
    extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"])

# ---------------- Case K: Wei Zhang (Gmail, form desk, en) - which account to keep + reason
K_USER = ("Wei Zhang", "zhangwei.dev@gmail.com")
K_OPEN = dt("2025-12-08 03:17:26")
K_CASE = case15(K_OPEN, "12775")
new = """Dear Wei,

Thank you for contacting AWS Training and Certification Support.

I have reviewed your request and can see the following certification accounts registered with your name and date of birth:

AWS-04470915 - login: wzhang@lakeside-tech.com.sg - created 14/06/2021
AWS-06602358 - login: zhangwei.dev@gmail.com - created 22/01/2025

For me to submit the merge, kindly advise:
a) which of the account you would like to retain as the main account, and
b) the reason for the merge request (e.g. change of employer, duplicate registration).

Please note we are not able to proceed without this information.

Thanks and regards,
Nur Aisyah
AWS Training and Certification Customer Support
"""
quote = """

---------------------------------------------------------------
Original Request
---------------------------------------------------------------
Inquiry Type: AWS Training and Certification
Details: Account Merge
AWS Candidate ID: AWS06602358
Description: hi, please merge my old account into my new one, I changed job. thanks
"""
d = dt("2025-12-09 06:02:51")
add("aws-tc-form-reply", "support_reply", "en", K_CASE, frm=FORM, to=K_USER, subject=FORM_SUBJ % K_CASE, date=d,
    body=tpart(new + quote, charset="utf-8", cte="quoted-printable"), provider="gmail", new_text=new, extra=ses_extra("ap-southeast-1"), src=SES_HOSTS[2])

# ---------------- unrelated mails
# Pearson VUE (ja)
new = """渡辺 健二 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
日時: 2025年7月12日(土) 10:00 JST
会場: オンライン（OnVUE）
登録番号: 524-119-837
候補者ID: AWS04418273

受験当日は試験開始 30 分前からチェックインが可能です。
事前にシステムテストを必ず実施してください。

予約の変更・キャンセルは、試験開始の 24 時間前までに Pearson VUE の Web サイトから行ってください。

Pearson VUE
"""
d = dt("2025-06-20 23:14:05", JST).astimezone(UTC)
add("pearson-vue-ja", "unrelated", "ja", None, frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=("", "kenji.watanabe.cloud@gmail.com"),
    subject="試験予約確認 - AWS Certified Solutions Architect - Professional", date=d,
    body=tpart(new, charset="iso-2022-jp", cte="7bit"), provider="gmail", new_text=new,
    src=("mx0b-00204f01.pphosted.com", "148.163.159.73"), mailfrom="bounce-vue@pearson.com",
    dkim=[("pearson.com", "pps0720", "pass")], dmarc_policy="REJECT",
    sender_hdrs=[generic_dkim(d, "pearson.com", "pps0720")], msgid="<%s.JavaMail.vueprod@vue-mail%02d.pearson.com>" % (rhex(16), R.randint(1, 20)))

# AWS billing case (en), older 11-digit id
BILL_CASE = "13508441761"
new = f"""Hello Daniel,

Thank you for your patience while I looked into the charges on your September invoice.

The $41.87 under "Amazon Virtual Private Cloud" comes from a NAT Gateway in eu-west-2 (nat-0b71c2e4f5a9d3e10) that was running for the whole month, plus the data it processed. Since it appears this was left over from a test environment, I've submitted a one-time courtesy credit request for that amount. You'll see the credit on your account within 3-5 business days if it is approved.

To avoid this in the future, I'd recommend deleting the NAT Gateway and releasing its Elastic IP, and setting up an AWS Budgets alert.

Best regards,
Joanna M.
Amazon Web Services
{D_FOOT.replace(D_LINK, "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % BILL_CASE)}"""
d = dt("2025-10-07 15:38:04")
add("aws-support-case", "unrelated", "en", BILL_CASE, frm=CONSOLE, to=("", "dokafor@gmail.com"),
    subject=f"RE:[CASE {BILL_CASE}] Unexpected VPC charges on September bill", date=d,
    body=tpart(new, charset="utf-8", cte="quoted-printable"), provider="gmail", new_text=new, extra=ses_extra())

# Seller Central (en), 10-digit
SC_CASE = "5884881212"
new = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you would like to merge two seller accounts after restructuring your business. Please be informed that Seller Central accounts cannot be merged. However, you may close the account you no longer need and continue selling from your primary account; listings have to be recreated manually.

To close the secondary account, go to Settings > Account Info > Close account.

We hope this helps. Please rate your experience using the links below.
Was this information helpful?
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={SC_CASE}&vote=yes
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={SC_CASE}&vote=no

Thank you,
Marcus B.
Amazon Selling Partner Support
"""
d = dt("2025-11-18 04:20:31")
add("seller-support", "unrelated", "en", SC_CASE, frm=("Amazon Seller Central", "seller-notification@amazon.com"), to=("Rahul Menon", "rahul.menon88@outlook.com"),
    subject=f"RE:[CASE {SC_CASE}] Merge accounts", date=d,
    body=alt(tpart(new, charset="utf-8", cte="quoted-printable"), tpart(text2html(new), "html", charset="utf-8", cte="quoted-printable")),
    provider="outlookcom", new_text=new, extra=ses_extra(), src=SES_HOSTS[1])

# CertMetrics (en)
new = """Hello Marta,

AWS Certification wants to hear from you!

You recently interacted with AWS Certification. Please take 3 minutes to tell us about your experience so we can keep improving the certification program.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=8812&c=AWS05581240

Your AWS Certification ID: AWS05581240

Thank you,
AWS Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.
"""
d = dt("2026-03-12 16:00:07")
add("certmetrics", "unrelated", "en", None, frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=("Marta Kowalczyk", "marta.kowalczyk@fastmail.com"),
    subject="AWS Certification wants to hear from you", date=d, body=tpart(new, charset="us-ascii", cte="7bit"),
    provider="fastmail", new_text=new, src=("o1.ptr4412.certmetrics.com", "167.89.101.58"), mailfrom="bounces+901244-aa1c-marta.kowalczyk=fastmail.com@sendgrid.certmetrics.com",
    dkim=[("certmetrics.com", "s1", "pass")], dmarc_policy="NONE", sender_hdrs=[generic_dkim(d, "certmetrics.com", "s1")],
    msgid="<%s@ismtpd0013p1mdw1.sendgrid.net>" % rb64(22).replace("/", "x").replace("+", "z"))

# GitHub merged notification (en)
new = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightwave-io/infra-modules/pull/412#event-18833140215
You are receiving this because you authored the thread.
"""
html = """<p>Merged <a href="https://github.com/brightwave-io/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/brightwave-io/infra-modules/pull/412#event-18833140215">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>
"""
d = dt("2025-08-14 09:12:44")
add("github-notify", "unrelated", "en", None, frm=("Priya Nair", "notifications@github.com"), to=("brightwave-io/infra-modules", "infra-modules@noreply.github.com"),
    subject="Re: [brightwave-io/infra-modules] Merge account-baseline module into org root (PR #412)", date=d,
    body=alt(tpart(new, charset="utf-8", cte="7bit"), tpart(html, "html", charset="utf-8", cte="7bit")),
    provider="gmail", rcpt="dokafor@gmail.com", new_text=new, src=("out-23.smtp.github.com", "192.30.252.206"), mailfrom="noreply@github.com",
    dkim=[("github.com", "pf2023", "pass")], dmarc_policy="REJECT", sender_hdrs=[generic_dkim(d, "github.com", "pf2023")],
    msgid="<brightwave-io/infra-modules/pull/412/issue_event/18833140215@github.com>", cc="Daniel Okafor <dokafor@gmail.com>, Author <author@noreply.github.com>",
    extra=["In-Reply-To: <brightwave-io/infra-modules/pull/412@github.com>", "References: <brightwave-io/infra-modules/pull/412@github.com>",
           "List-ID: brightwave-io/infra-modules <infra-modules.brightwave-io.github.com>", "X-GitHub-Reason: author"])

# Credly's own account merge code (en)
new = """Hi Misaki,

We received a request to merge another Credly account into your account (misaki.sato@nifty.com).

Your verification code is: 583 114

Enter this code on the Credly account merge page, or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=c7a94e0b12d3

This code expires in 30 minutes. If you didn't request this, you can safely ignore this email - no changes will be made.

The Credly Team
"""
d = dt("2025-07-25 12:09:51")
add("credly-mail", "unrelated", "en", None, frm=("Credly", "admin@credly.com"), to=("", "misaki.sato@nifty.com"),
    subject="Your Credly account merge verification code", date=d,
    body=alt(tpart(new, charset="utf-8", cte="7bit"), tpart(text2html(new), "html", charset="utf-8", cte="quoted-printable")),
    provider="nifty", new_text=new, src=CREDLY_SRC, mailfrom="bounces+2184021-51d0-misaki.sato=nifty.com@em.credly.com",
    dkim=[("credly.com", "s1", "pass")], sender_hdrs=credly_hdrs(d), msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "q"), R.randint(1, 40)))

# Credly expiry reminder (en)
new = """Hi Rahul,

Your badge "AWS Certified Solutions Architect - Associate" issued by AWS Training and Certification will expire on December 19, 2025.

To keep your badge active, follow the recertification steps from the issuer before the expiration date. Once you've recertified, your new badge will be issued automatically.

View badge: https://www.credly.com/badges/2e8f10c4-8a9b-4cde-b1a2-77c61f903a05

The Credly Team
"""
d = dt("2025-11-19 14:00:12")
add("credly-mail", "unrelated", "en", None, frm=("Credly", "admin@credly.com"), to=("Rahul Menon", "rahul.menon88@outlook.com"),
    subject="Your AWS Certified Solutions Architect - Associate badge expires in 30 days", date=d,
    body=tpart(text2html(new), "html", charset="utf-8", cte="quoted-printable"),
    provider="outlookcom", new_text=new, src=CREDLY_SRC, mailfrom="bounces+2184021-0ae2-rahul.menon88=outlook.com@em.credly.com",
    dkim=[("credly.com", "s1", "pass")], dmarc_policy="NONE", sender_hdrs=credly_hdrs(d),
    msgid="<%s@geopod-ismtpd-%d>" % (rb64(22).replace("/", "x").replace("+", "q"), R.randint(1, 40)))

# look-alike phishing not about the merge (ja)
new = """AWS 認定保持者様

いつも AWS をご利用いただきありがとうございます。

お客様の AWS 認定資格（候補者ID: aws 06128843）について、登録情報の有効期限が切れているため、認定資格が一時的に停止されています。
72時間以内に下記リンクより本人確認を完了しない場合、取得済みの認定は失効となります。

▼ 本人確認はこちら
https://aws-certify-alerts.net/jp/verify?id=06128843

※本メールは送信専用です。

Amazon Web Services 認定事務局
"""
d = dt("2025-08-02 07:33:10", JST).astimezone(UTC)
add("aws-cert-alert-ja", "unrelated", "ja", None, frm=("AWS認定事務局", "info@aws-certify-alerts.net"), to=("", "misaki.sato@nifty.com"),
    subject="【AWS】認定資格の一時停止に関する重要なお知らせ", date=d,
    body=tpart(new, charset="utf-8", cte="base64"), provider="nifty", new_text=new, from_charset="iso-2022-jp", subj_charset="iso-2022-jp",
    src=("mail.aws-certify-alerts.net", "45.145.166.211"), mailfrom="info@aws-certify-alerts.net",
    dkim=[("aws-certify-alerts.net", "mail", "pass")], sender_hdrs=[generic_dkim(d, "aws-certify-alerts.net", "mail")],
    msgid="<%s@aws-certify-alerts.net>" % rhex(20))

# EC2 quota case (ja), console
Q_OPEN = dt("2026-01-22 13:48:02", JST)
Q_CASE = case15(Q_OPEN, "30444")
new = f"""こんにちは、

AWS サポートの高橋です。
サービスクォータの引き上げリクエストについてご連絡いたします。

ご依頼いただいた 東京リージョン (ap-northeast-1) の「Running On-Demand G and VT instances」の vCPU 上限を 0 から 32 に引き上げる対応が完了いたしました。
新しい上限値が反映されるまで、最大 30 分ほどかかる場合がございます。Service Quotas コンソールにて現在の値をご確認ください。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

高橋
Amazon Web Services
"""
F2 = F_FOOT.replace(F_CASE, Q_CASE)
d = dt("2026-01-23 11:21:09", JST).astimezone(UTC)
add("aws-support-ja", "unrelated", "ja", Q_CASE, frm=CONSOLE, to=F_USER,
    subject=f"RE:[CASE {Q_CASE}] [ap-northeast-1] EC2 インスタンス上限緩和のリクエスト", date=d,
    body=tpart(new + F2, charset="utf-8", cte="quoted-printable"), provider="o365", new_text=new, extra=ses_extra(), src=SES_HOSTS[4])

# colleague mail (ja), internal relay without Authentication-Results
new = """小林さん

お疲れさまです。経理の吉田です。
先月ご申請いただいた AWS 認定の資格手当の件ですが、認定証の ID が 2 つあるとのことで確認が止まっています。
AWS への統合依頼はその後どうなりましたか？
統合後の ID（AWS06650392 の方に統一される予定と伺っています）で、認定証の PDF をあらためてご提出いただけますでしょうか。

よろしくお願いします。

吉田 真理子
管理部 経理課 内線 2317
"""
y_quote = """
差出人: 小林 由香 <kobayashi@mizuho-dental.co.jp>
送信日時: 2026年1月26日 10:02
宛先: 吉田 真理子 <m.yoshida@mizuho-dental.co.jp>
件名: 資格手当の件（AWS認定）

吉田さん

AWS 認定（Developer - Associate）の資格手当を申請します。
認定証を添付しますが、ID が AWS04187733 になっている方が古いアカウントで、現在 AWS に統合を依頼しています。

小林
"""
Y_PARENT = "<20260126100212.5be01c7a@mizuho-dental.co.jp>"
d = dt("2026-02-20 16:45:33", JST)
tl = ["Received: from mail.mizuho-dental.local (mail.mizuho-dental.local [192.168.10.5])\n\tby mx.mizuho-dental.co.jp (Postfix) with ESMTP id 4B2C1A80E3\n\tfor <kobayashi@mizuho-dental.co.jp>; " + rfcdate(d + timedelta(seconds=1)),
      "Received: from PC-YOSHIDA02 (unknown [192.168.10.71])\n\tby mail.mizuho-dental.local (Postfix) with ESMTPA id 77E3EA80D1\n\tfor <kobayashi@mizuho-dental.co.jp>; " + rfcdate(d)]
add("internal-ja", "unrelated", "ja", None, frm=("吉田 真理子", "m.yoshida@mizuho-dental.co.jp"), to=("小林 由香", "kobayashi@mizuho-dental.co.jp"),
    subject="RE: 資格手当の件（AWS認定）", date=d, body=tpart(new + "\n-----Original Message-----" + y_quote, charset="iso-2022-jp", cte="7bit"), provider="none",
    transport_lines=tl, sender_hdrs=[], new_text=new, from_charset="iso-2022-jp", subj_charset="iso-2022-jp",
    msgid="<%s@mizuho-dental.co.jp>" % (d.strftime("%Y%m%d%H%M%S") + "." + rhex(8)),
    extra=["In-Reply-To: " + Y_PARENT, "References: " + Y_PARENT, "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdyC" + rb64(24)])

# === END MAILS ===


def main():
    order = list(range(len(MAILS)))
    R2 = random.Random(95)
    R2.shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = "%03d-%s.eml" % (n, m["slug"])
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["raw"])
        labels[name] = m["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(MAILS))


if __name__ == "__main__":
    main()
