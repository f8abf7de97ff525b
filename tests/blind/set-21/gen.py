#!/usr/bin/env python3
"""Generator for blind set 21: AWS Certification account-merge mail and its neighbours."""
import base64
import datetime as dt
import json
import os
import random
import string
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2121)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
EST = dt.timezone(dt.timedelta(hours=-5))

FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"


# ----------------------------------------------------------------- helpers
def T(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def case15(opened, tail):
    return str(int(T(opened).timestamp())) + tail


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet=string.ascii_lowercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def rb64(n):
    return "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))


def d822(t, tz=UTC):
    return format_datetime(t.astimezone(tz))


def enc(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\n")


def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in '@,.:;()<>"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (Header(name, charset).encode(linesep="\n"), a)


def ses_mid(t, host="email.amazonses.com"):
    ms = int(t.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@%s>" % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), host)


def ses_local(t):
    ms = int(t.timestamp() * 1000)
    return "0100%012x-%s-%s-%s-%s-%s-000000" % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def dkim_sig(d, s, t, h="From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID"):
    b = rb64(344)
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s"
            % (s, d, int(t.timestamp()), h, rb64(43), "\n\t ".join(chunks)))


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


# ------------------------------------------------------------ mail sources
def src_ses(from_dom="amazon.com", region="us-east-1", policy_="QUARANTINE"):
    a, b = R.choice([(8, 33), (8, 54), (8, 76), (8, 150), (27, 21), (27, 56)])
    if region == "us-west-2":
        host = "a27-%d.smtp-out.us-west-2.amazonses.com" % b
        ip = "54.240.27.%d" % b
        mf_dom = "us-west-2.amazonses.com"
    else:
        host = "a%d-%d.smtp-out.amazonses.com" % (a, b)
        ip = "54.240.%d.%d" % (a, b)
        mf_dom = "amazonses.com"
    return dict(host=host, ip=ip, mf_dom=mf_dom, mf_local=None,
                dkims=[(from_dom, ralnum(32)), ("amazonses.com", ralnum(32))],
                from_dom=from_dom, policy=policy_, spf="pass", dkim="pass", dmarc="pass")


def src_generic(host, ip, mf, dkims, from_dom, policy_="NONE", spf="pass", dkim="pass", dmarc="pass"):
    local, dom = mf.split("@")
    return dict(host=host, ip=ip, mf_dom=dom, mf_local=local, dkims=dkims, from_dom=from_dom,
                policy=policy_, spf=spf, dkim=dkim, dmarc=dmarc)


def src_credly():
    n = R.randint(1, 9)
    return src_generic("o%d.ptr%d.em.credly.com" % (n, R.randint(1000, 9999)),
                       "149.72.%d.%d" % (R.randint(100, 250), R.randint(2, 250)),
                       "bounces+%d-%s-%s@em.credly.com" % (R.randint(1000000, 9999999), rhex(4), "{to}"),
                       [("credly.com", "s1"), ("sendgrid.info", "smtpapi")], "credly.com", "REJECT")


def mailfrom(src, t, to):
    if src["mf_local"] is None:
        return "%s@%s" % (ses_local(t), src["mf_dom"])
    return "%s@%s" % (src["mf_local"].replace("{to}", to.replace("@", "=")), src["mf_dom"])


def trace(provider, to, t, src, forged_below=None):
    """Headers added in transit (top part), as a list of (name, value)."""
    mf = mailfrom(src, t, to)
    H = []
    dk = src["dkims"] if src["dkim"] == "pass" else []
    hb = lambda: rb64(8)
    if provider == "gmail":
        parts = []
        for d, s in src["dkims"]:
            if src["dkim"] == "pass":
                parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (d, s, hb()))
            elif src["dkim"] == "fail":
                parts.append("dkim=fail header.i=@%s header.s=%s header.b=%s" % (d, s, hb()))
        if src["spf"] == "pass":
            parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (mf, src["ip"], mf))
        elif src["spf"] == "softfail":
            parts.append("spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (mf, src["ip"], mf))
        else:
            parts.append("spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                         % (mf, src["ip"], mf))
        pol = src["policy"]
        dis = "NONE" if src["dmarc"] == "pass" else pol
        if src["dmarc"] != "none":
            parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (src["dmarc"], pol, pol, dis, src["from_dom"]))
        else:
            parts.append("dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s" % src["from_dom"])
        ar = "mx.google.com;\n       " + ";\n       ".join(parts)
        gid = "%s-%s" % (rhex(13), rhex(10))
        H.append(("Delivered-To", to))
        H.append(("Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
                  % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(5), d822(t + dt.timedelta(seconds=2), PDT if t.month in range(4, 11) else PST))))
        H.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(80)))
        H.append(("X-Received", "by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s"
                  % (rhex(4), rhex(3), rhex(4), ralnum(14), R.randint(1000000000000, 9999999999999), R.randint(10, 99), d822(t + dt.timedelta(seconds=2), PDT if t.month in range(4, 11) else PST))))
        H.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s" % (int(t.timestamp()), rb64(120))))
        H.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=subject:to:from:mime-version:date:message-id:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s" % (rb64(43), rb64(43), rb64(120))))
        H.append(("ARC-Authentication-Results", "i=1; " + ar))
        H.append(("Return-Path", "<%s>" % mf))
        H.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                  % (src["host"], src["host"], src["ip"], gid, to, d822(t + dt.timedelta(seconds=1), PDT if t.month in range(4, 11) else PST))))
        H.append(("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
                  % (src["spf"], mf, "designates" if src["spf"] == "pass" else "does not designate", src["ip"], src["ip"])))
        H.append(("Authentication-Results", ar))
    elif provider in ("o365", "outlookcom"):
        if provider == "o365":
            fe = "%sPEPF%08X.namprd%02d.prod.outlook.com" % (R.choice(["BN2", "CH2", "SA2", "DS3"]), R.randint(0, 0xFFFFFF), R.choice([2, 4, 5]))
            mbx = "%sPR%02dMB%04d.namprd%02d.prod.outlook.com" % (R.choice(["PH0", "SJ0", "MN2"]), R.randint(1, 19), R.randint(1000, 9999), R.choice([2, 4, 5]))
            fe_ip = "10.167.%d.%d" % (R.randint(240, 250), R.randint(2, 250))
        else:
            fe = "AMS%dEPF%08X.eurprd%02d.prod.outlook.com" % (R.randint(0, 1), R.randint(0, 0xFFFFFF), R.choice([3, 4, 5]))
            mbx = "PAXP%dMB%04d.eurprd%02d.prod.outlook.com" % (R.randint(190, 195), R.randint(1000, 9999), R.choice([3, 4, 5]))
            fe_ip = "10.167.%d.%d" % (R.randint(16, 40), R.randint(2, 250))
        hop = "%sCA%04d.namprd%02d.prod.outlook.com" % (R.choice(["BN9PR03", "CH0PR04", "SN7PR18"]), R.randint(1, 999), R.choice([3, 4]))
        parts = []
        if src["spf"] == "pass":
            parts.append("spf=pass (sender IP is %s)\n smtp.mailfrom=%s" % (src["ip"], src["mf_dom"]))
        else:
            parts.append("spf=%s (sender IP is %s)\n smtp.mailfrom=%s" % (src["spf"], src["ip"], src["mf_dom"]))
        if src["dkim"] == "pass":
            for d, s in src["dkims"]:
                parts.append("dkim=pass (signature was verified)\n header.d=%s" % d)
        elif src["dkim"] == "fail":
            parts.append("dkim=fail (body hash did not verify)\n header.d=%s" % src["dkims"][0][0])
        else:
            parts.append("dkim=none (message not signed)\n header.d=none")
        if src["dmarc"] == "pass":
            parts.append("dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % src["from_dom"])
        elif src["dmarc"] == "fail":
            parts.append("dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000" % src["from_dom"])
        else:
            parts.append("dmarc=none action=none\n header.from=%s;compauth=fail reason=001" % src["from_dom"])
        ar = ";".join(parts)
        tt = t + dt.timedelta(seconds=3)
        H.append(("Received", "from %s (2603:10b6:%s:%s::%s) by\n %s with HTTPS; %s" % (hop, rhex(3), rhex(3), rhex(2), mbx, d822(tt))))
        H.append(("Received", "from %s (2603:10b6:408:%s::%s) by\n %s (2603:10b6:%s:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s"
                  % (fe.split(".")[0] + ".namprd.prod.outlook.com", rhex(3), rhex(2), hop, rhex(3), rhex(3), rhex(2), R.randint(8000, 9400), R.randint(10, 40), d822(tt))))
        H.append(("Received", "from %s\n (2603:10b6:408:%s:cafe::%s) by %s\n (2603:10b6:408:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s"
                  % (fe.replace("namprd", "namprd").split(".")[0] + ".outlook.office365.com", rhex(3), rhex(2), hop, rhex(3), rhex(2), R.randint(8000, 9400), R.randint(10, 40), d822(tt))))
        H.append(("Authentication-Results", ar))
        H.append(("Received-SPF", "%s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
                  % (src["spf"].capitalize(), src["mf_dom"], "designates" if src["spf"] == "pass" else "does not designate", src["ip"], src["ip"], src["host"])))
        H.append(("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
                  % (src["host"], src["ip"], fe.replace("prod.outlook.com", "mail.protection.outlook.com").replace("namprd", "mail.protection.").split(".")[0] + ".mail.protection.outlook.com", fe_ip, R.randint(8000, 9400), R.randint(10, 40), d822(t + dt.timedelta(seconds=1)))))
    elif provider == "biglobe":
        tt = t + dt.timedelta(seconds=2)
        parts = ["spf=%s smtp.mailfrom=%s" % (src["spf"], mf)]
        if src["dkim"] == "pass":
            parts += ["dkim=pass header.d=%s header.s=%s" % (d, s) for d, s in src["dkims"]]
        elif src["dkim"] == "fail":
            parts.append("dkim=fail header.d=%s" % src["dkims"][0][0])
        else:
            parts.append("dkim=none")
        parts.append("dmarc=%s (p=%s) header.from=%s" % (src["dmarc"], src["policy"].lower(), src["from_dom"]))
        H.append(("Return-Path", "<%s>" % mf))
        H.append(("Received", "from mail-cs01.biglobe.ne.jp (mail-cs01.biglobe.ne.jp [133.205.%d.%d])\n\tby mbox-sv%02d.biglobe.ne.jp with LMTP id %s;\n\t%s"
                  % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 40), ralnum(10), d822(tt, JST))))
        H.append(("Authentication-Results", "mta-sav%02d.biglobe.ne.jp;\n\t" % R.randint(1, 9) + ";\n\t".join(parts)))
        H.append(("Received", "from %s (%s [%s])\n\tby mta-in%02d.biglobe.ne.jp (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s"
                  % (src["host"], src["host"], src["ip"], R.randint(1, 9), ralnum(10, string.ascii_letters + string.digits), to, d822(t + dt.timedelta(seconds=1), JST))))
    elif provider == "posteo":
        tt = t + dt.timedelta(seconds=2)
        parts = []
        if src["dkim"] == "pass":
            for d, s in src["dkims"]:
                parts.append('dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"' % (d, d, rb64(8)))
        else:
            parts.append("dkim=none")
        parts.append("dmarc=%s (p=%s dis=none) header.from=%s" % (src["dmarc"], src["policy"].lower(), src["from_dom"]))
        parts.append("spf=%s smtp.mailfrom=%s" % (src["spf"], src["mf_dom"]))
        H.append(("Return-Path", "<%s>" % mf))
        H.append(("Delivered-To", to))
        H.append(("Received", "from proxy02.posteo.name ([127.0.0.1])\n\tby dovecot%02d.posteo.local (Dovecot) with LMTP id %s\n\tfor <%s>; %s"
                  % (R.randint(10, 19), rb64(22), to, d822(tt, CEST if t.month in range(4, 11) else CET))))
        H.append(("Authentication-Results", "mx02.posteo.de;\n\t" + ";\n\t".join(parts)))
        H.append(("Received", "from %s (%s [%s])\n\tby mx02.posteo.de (Postfix) with ESMTPS id 4b%s\n\tfor <%s>; %s"
                  % (src["host"], src["host"], src["ip"], ralnum(8, string.ascii_letters + string.digits), to, d822(t + dt.timedelta(seconds=1), CEST if t.month in range(4, 11) else CET))))
    elif provider == "none":
        H.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
                  % (src["host"], src["host"], src["ip"], "mx." + to.split("@")[1], ralnum(12), to, d822(t + dt.timedelta(seconds=1)))))
    else:
        raise ValueError(provider)
    if forged_below:
        H.extend(forged_below)
    if src["dkim"] in ("pass", "fail"):
        for d, s in src["dkims"]:
            H.append(("DKIM-Signature", dkim_sig(d, s, t)))
    return H


def body_plain(text, charset="utf-8", cte="quoted-printable"):
    m = EmailMessage(policy=policy.SMTP)
    m.set_content(text, subtype="plain", charset=charset, cte=cte)
    return m


def body_html(html, charset="utf-8", cte="quoted-printable"):
    m = EmailMessage(policy=policy.SMTP)
    m.set_content(html, subtype="html", charset=charset, cte=cte)
    return m


def body_alt(text, html, charset="utf-8", cte="quoted-printable", cte_html=None):
    m = EmailMessage(policy=policy.SMTP)
    m.set_content(text, subtype="plain", charset=charset, cte=cte)
    m.add_alternative(html, subtype="html", charset=charset, cte=cte_html or cte)
    return m


def body_raw(data, label, cte, subtype="plain"):
    """Bytes with a charset label chosen by the caller (possibly wrong)."""
    m = EmailMessage(policy=policy.SMTP)
    if cte == "quoted-printable":
        import quopri
        m["MIME-Version"] = "1.0"
        m["Content-Type"] = 'text/%s; charset="%s"' % (subtype, label)
        m["Content-Transfer-Encoding"] = "quoted-printable"
        m.set_payload(quopri.encodestring(data).decode("ascii"))
        return m
    m.set_content(data, maintype="text", subtype=subtype, cte=cte)
    m.set_param("charset", label)
    return m


def assemble(top, hdrs, part):
    lines = []
    for k, v in top + hdrs:
        v = v.replace("\r\n", "\n")
        assert all(ord(c) < 128 for c in v), (k, v)
        lines.append("%s: %s" % (k, v.replace("\n", "\r\n")))
    head = ("\r\n".join(lines) + "\r\n").encode("ascii")
    return head + part.as_bytes(policy=policy.SMTP)


def aws_hdrs(frm, to, subj, t, charset="utf-8", name="Amazon Web Services", region="us-east-1", extra=()):
    h = [("From", addr(name, frm)),
         ("To", to),
         ("Subject", enc(subj, charset)),
         ("Date", d822(t)),
         ("Message-ID", ses_mid(t)),
         ]
    h += list(extra)
    h += [("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), "54.240.8.%d" % R.randint(2, 250))),
          ("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, rb64(43)))]
    return h


MAILS = []


def add(slug, kind, case_id, ids, sv, lang, data):
    MAILS.append(dict(slug=slug, kind=kind, case_id=case_id, ids=sorted(set(ids)), sv=sv, lang=lang, data=data))


# ================================================================ personas
MARIA = "maria.lopez.cloud@gmail.com"
MARIA_N = "Maria Lopez"
MISAKI = "misaki.tanaka.0722@gmail.com"
DANIEL = "daniel.whitfield@northwind-analytics.com"
SATO = "k-sato@biglobe.ne.jp"
PRIYA = "priya.raman.tech@outlook.com"
LUKAS = "lukas.becker@posteo.de"

CONSOLE_FOOTER_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================================
To see all the correspondence on this case or to reply to this case, please go to https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

CONSOLE_FOOTER_JA = """お客様のご意見をお聞かせください。AWS サポートセンターで、本メッセージを含む各やり取りを評価していただけます。評価は各やり取りの右上にある星を選択して行えます。

よろしくお願いいたします。
Amazon Web Services

======================================================================
このケースに関するすべてのやり取りを確認する、またはこのケースに返信するには、次のリンクにアクセスしてください: https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用のアドレスから送信されています。このメールに返信されても受信できません。同じ件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。"""

FORM_SIG = "AWS Training and Certification Customer Service"

# ======================================================= T1: Maria (form desk, Gmail)
C1_OPEN = "2025-05-28 08:02:00"
C1 = case15(C1_OPEN, "01218")
SUBJ1 = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C1
RE1 = "RE:" + SUBJ1

t = T("2025-05-28 08:02:41")
txt = f"""Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your request. It has been logged under case {C1}.

A member of our team will review your inquiry and get back to you, in most cases within 24 hours. Please do not submit another form for the same issue, as duplicate requests can delay our response. If you need to add information, simply reply to this email and keep the case number in the subject line.

Summary of your submission
--------------------------
Inquiry type: AWS Certification
Details: Account Merge
Name: Maria Lopez
AWS candidate ID: AWS04718263
Description: I have a second certification account from my previous job (AWS18850394, registered with m.lopez@contoso-logistics.com). I would like everything to be under my personal account.

Sincerely,
{FORM_SIG}
"""
add("aws-form-submission-received", "case_created", C1, ["AWS04718263", "AWS18850394"], True, "en",
    assemble(trace("gmail", MARIA, t, src_ses()), aws_hdrs(FORM, MARIA, SUBJ1, t), body_plain(txt)))

t2 = T("2025-05-29 06:15:09")
ASK1 = f"""Hello Maria,

Thank you for reaching out to AWS Training and Certification. My name is Ravi and I will be assisting you with this case.

I was able to locate two AWS Certification accounts under your name:

  - AWS04718263 - sign-in email maria.lopez.cloud@gmail.com
  - AWS18850394 - sign-in email m.lopez@contoso-logistics.com

Before I can go any further, could you let me know which of these two accounts you would like to keep as your primary account? Please also make sure you still have access to the email address of the account you choose, since all future notifications will be sent there.

Best regards,
Ravi S.
{FORM_SIG}"""
add("aws-form-re-case-0529", "support_reply", C1, ["AWS04718263", "AWS18850394"], True, "en",
    assemble(trace("gmail", MARIA, t2, src_ses()), aws_hdrs(FORM, MARIA, RE1, t2), body_plain(ASK1 + "\n")))

t3 = T("2025-05-30 07:40:55")
CONF1 = f"""Hello Maria,

Thank you for getting back to me. Before I submit this request, please review the details below carefully. An account merge is permanent: once it has been processed it cannot be reversed.

  Account that will remain (primary): AWS04718263 (maria.lopez.cloud@gmail.com)
  Account that will be merged into it and deactivated: AWS18850394 (m.lopez@contoso-logistics.com)

After the merge, the certifications, exam history and benefits currently held by AWS18850394 will be available under AWS04718263, and you will only be able to sign in with maria.lopez.cloud@gmail.com.

If everything above is correct, please reply to this email to confirm that you would like us to go ahead.

Best regards,
Ravi S.
{FORM_SIG}"""
user1 = """Hi Ravi,

Please keep the Gmail one (AWS04718263). I will lose the Contoso mailbox at the end of June, so the other one can go.

Thanks!
Maria"""
hist3 = f"""

---------- Original Message ----------
From: Maria Lopez <{MARIA}>
Sent: 5/29/2025 2:41 PM
To: {FORM}
Subject: Re: {RE1}

{user1}

On Thu, May 29, 2025 at 8:15 AM Amazon Web Services <{FORM}> wrote:

{quote(ASK1)}
"""
add("aws-form-re-case-0530a", "merge_confirmation_requested", C1, ["AWS04718263", "AWS18850394"], True, "en",
    assemble(trace("gmail", MARIA, t3, src_ses()), aws_hdrs(FORM, MARIA, RE1, t3), body_plain(CONF1 + hist3)))

t4 = T("2025-05-30 15:22:18")
PROC1 = f"""Hello Maria,

Thank you for confirming. I have now passed your request on to the team that handles certification records, and we will proceed from here.

Processing normally takes two to three business days. You will hear from us again as soon as it has been finished. In the meantime, please avoid scheduling an exam or redeeming a voucher on either account.

Best regards,
Ravi S.
{FORM_SIG}"""
hist4 = f"""

---------- Original Message ----------
From: Maria Lopez <{MARIA}>
Sent: 5/30/2025 11:02 AM
To: {FORM}
Subject: Re: {RE1}

The details are correct. Please proceed with the merge.

Maria

On Fri, May 30, 2025 at 9:40 AM Amazon Web Services <{FORM}> wrote:

{quote(CONF1)}
"""
add("aws-form-re-case-0530b", "support_reply", C1, [], True, "en",
    assemble(trace("gmail", MARIA, t4, src_ses()), aws_hdrs(FORM, MARIA, RE1, t4), body_plain(PROC1 + hist4)))

t5 = T("2025-06-01 03:10:27")
DONE1_T = f"""Hello Maria,

Good news: your request has been taken care of. The former certification account AWS18850394 has been combined with AWS04718263, and the former profile has been closed. Your certifications and exam history now all appear when you sign in with maria.lopez.cloud@gmail.com.

Please allow up to five business days for your Credly badges to reflect the change.

As this completes your request, we will now resolve this case. We would appreciate it if you took a moment to tell us about your experience.

Best regards,
Ravi S.
{FORM_SIG}
"""
DONE1_H = f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Maria,</p>
<p>Good news: your request has been taken care of. The former certification account <b>AWS18850394</b> has been combined with <b>AWS04718263</b>, and the former profile has been closed. Your certifications and exam history now all appear when you sign in with maria.lopez.cloud@gmail.com.</p>
<p>Please allow up to five business days for your Credly badges to reflect the change.</p>
<p>Best regards,<br>Ravi S.<br>{FORM_SIG}</p>
<hr>
<table role="presentation" cellpadding="6"><tr><td colspan="2"><b>Was your issue resolved?</b></td></tr>
<tr><td><a href="https://feedback.aws.amazon.com/tc/r?c={C1}&amp;a=yes" style="background:#ff9900;color:#000;padding:6px 18px;text-decoration:none">YES</a></td>
<td><a href="https://feedback.aws.amazon.com/tc/r?c={C1}&amp;a=no" style="background:#545b64;color:#fff;padding:6px 18px;text-decoration:none">NO</a></td></tr></table>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>
</body></html>
"""
add("aws-form-re-case-0601", "merge_completed", C1, ["AWS04718263", "AWS18850394"], True, "en",
    assemble(trace("gmail", MARIA, t5, src_ses()), aws_hdrs(FORM, MARIA, RE1, t5), body_alt(DONE1_T, DONE1_H)))

t6 = T("2025-06-01 03:11:02")
SURV1 = f"""Hello,

Your case {C1} "[AWS Training and Certification Form Submission] - account-assistance" has been marked as resolved.

Was your issue resolved?
  YES: https://feedback.aws.amazon.com/tc/r?c={C1}&a=yes
  NO:  https://feedback.aws.amazon.com/tc/r?c={C1}&a=no

How would you rate the support you received from Ravi S.? It only takes a minute and helps us improve.
  https://feedback.aws.amazon.com/tc/rate?c={C1}

If you need more help with this request, reply to this email within 14 days and the case will be reopened.

Thank you,
{FORM_SIG}
"""
add("aws-form-case-resolved", "survey", C1, [], True, "en",
    assemble(trace("gmail", MARIA, t6, src_ses()),
             aws_hdrs(FORM, MARIA, "Your case %s has been resolved - How did we do?" % C1, t6, name="AWS Training and Certification"),
             body_plain(SURV1)))


def credly_html(first, headline, badge, button, extra=""):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#ffffff" cellpadding="24" role="presentation">
<tr><td><img src="https://images.credly.com/images/email/credly-logo.png" alt="Credly" width="110"></td></tr>
<tr><td><h1 style="font-size:22px;color:#1f1f1f">{headline}</h1>
<p>Hi {first},</p>
<p><img src="https://images.credly.com/size/110x110/images/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}/image.png" width="110" alt="{badge}"></p>
<p><b>{badge}</b><br>Issued by Amazon Web Services Training and Certification</p>
{extra}
<p><a href="https://www.credly.com/badges/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}?source=email-accept" style="background:#0d47a1;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none">{button}</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777">You are receiving this email because Amazon Web Services Training and Certification uses Credly to issue digital credentials.<br>
Credly, 13424 Sutton Ave, Suite 100, Tampa, FL 33618 &middot; <a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
"""


t7 = T("2025-06-01 10:45:33")
add("credly-notification-0601", "credly_badge_issued", None, [], True, "en",
    assemble(trace("gmail", MARIA, t7, src_credly()),
             [("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
              ("Reply-To", "support@credly.com"), ("To", MARIA),
              ("Subject", "Maria, you've earned a badge from Amazon Web Services Training and Certification"),
              ("Date", d822(t7)), ("Message-ID", "<%s@credly.com>" % rhex(24))],
             body_alt("""Hi Maria,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

Accept your badge to start sharing it with your network:
https://www.credly.com/badges/accept?source=email

Questions? Visit https://support.credly.com
""", credly_html("Maria", "You've earned a badge!", "AWS Certified Solutions Architect &ndash; Associate", "Accept your badge"))))

# ======================================================= T2: Misaki (console, Japanese, Gmail)
C2_OPEN = "2025-09-03 01:15:12"
C2 = case15(C2_OPEN, "00347")
t = T("2025-09-03 01:15:40")
txt = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース {C2} を作成しました。

ケース ID: {C2}
件名: AWS認定アカウントの統合について
重要度: 一般的なガイダンス

担当者が内容を確認のうえ、ご連絡いたします。

""" + CONSOLE_FOOTER_JA.format(cid=C2) + "\n"
add("aws-console-support-0903", "case_created", C2, [], True, "ja",
    assemble(trace("gmail", MISAKI, t, src_ses()),
             aws_hdrs(NOREPLY, MISAKI, "Amazon Web Services: 新しいサポートケースが開かれました: %s" % C2, t),
             body_plain(txt, cte="base64")))

t = T("2025-09-04 02:31:06")
txt = f"""ケース {C2} に新しいやり取りが追加されました。

件名: AWS認定アカウントの統合について

内容を確認するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいても対応できませんのでご了承ください。

Amazon Web Services
"""
add("aws-console-case-notice-0904", "support_reply", C2, [], True, "ja",
    assemble(trace("gmail", MISAKI, t, src_ses()),
             aws_hdrs(NOREPLY, MISAKI, "[Case %s] New correspondence added" % C2, t),
             body_plain(txt)))

t = T("2025-09-05 05:48:20")
txt = f"""田中 美咲 様

お世話になっております。AWS トレーニングと認定カスタマーサービスの山口でございます。

ご返信いただき、ありがとうございます。お知らせいただいた内容をもとに、以下のとおり手続きの準備が整いました。

■ 残すアカウント(統合先)
  AWS22047815(misaki.tanaka.0722@gmail.com)
■ 統合されるアカウント(統合元)
  AWS 60193372(m-tanaka@kotobuki-shoji.co.jp)

統合元アカウントの認定資格、受験履歴および特典はすべて統合先アカウントに引き継がれ、統合元アカウントはご利用いただけなくなります。なお、この処理は一度実施すると元に戻すことができません。

上記の内容でお間違いがなければ、サポートセンターの本ケースより「上記の内容で手続きを希望します」とご返信いただけますでしょうか。ご返信を確認でき次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス

""" + CONSOLE_FOOTER_JA.format(cid=C2) + "\n"
add("aws-console-re-case-0905", "merge_confirmation_requested", C2, ["AWS22047815", "AWS60193372"], True, "ja",
    assemble(trace("gmail", MISAKI, t, src_ses()),
             aws_hdrs(NOREPLY, MISAKI, "RE:[CASE %s] AWS認定アカウントの統合について" % C2, t),
             body_plain(txt, cte="base64")))

t = T("2025-09-06 07:02:44")
txt = f"""田中 美咲 様

お世話になっております。AWS トレーニングと認定カスタマーサービスの山口でございます。

大変お待たせいたしました。ご依頼いただいた認定アカウントの統合処理が完了いたしましたので、ご報告いたします。

AWS60193372 に紐づいていた認定資格および受験履歴は、今後 AWS22047815 にてご確認いただけます。旧アカウントへのサインインはできなくなっておりますのでご注意ください。

Credly のデジタルバッジにつきましては、数日以内に Credly から届くメールより受け取りのお手続きをお願いいたします。

今後とも AWS 認定をよろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサービス

""" + CONSOLE_FOOTER_JA.format(cid=C2) + "\n"
add("aws-console-re-case-0906", "merge_completed", C2, ["AWS22047815", "AWS60193372"], True, "ja",
    assemble(trace("gmail", MISAKI, t, src_ses()),
             aws_hdrs(NOREPLY, MISAKI, "RE:[CASE %s] AWS認定アカウントの統合について" % C2, t),
             body_plain(txt)))

t = T("2025-09-06 07:03:15")
txt = f"""お客様のサポートケース {C2}(AWS認定アカウントの統合について)は、解決済みとしてクローズされました。

今回のサポートについてのアンケートにご協力ください。所要時間は 2 分ほどです。
https://console.aws.amazon.com/support/feedback?displayId={C2}&language=ja

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。

Amazon Web Services
"""
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>お客様のサポートケース <b>{C2}</b>(AWS認定アカウントの統合について)は、解決済みとしてクローズされました。</p>
<p>今回のサポートはいかがでしたか? 以下のボタンからアンケートにお答えください(所要時間 約 2 分)。</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={C2}&amp;language=ja" style="background:#ec7211;color:#fff;padding:8px 20px;text-decoration:none">アンケートに回答する</a></p>
<p>問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。</p>
<p>Amazon Web Services</p></body></html>
"""
add("aws-console-case-closed-0906", "survey", C2, [], True, "ja",
    assemble(trace("gmail", MISAKI, t, src_ses()),
             aws_hdrs(NOREPLY, MISAKI, "Amazon Web Services: サポートケース %s はクローズされました" % C2, t),
             body_alt(txt, html, cte="base64")))

# ======================================================= T3: Daniel (form desk, Office 365)
C3_OPEN = "2025-11-12 14:05:31"
C3 = case15(C3_OPEN, "90412")
RE3 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C3
ASK3 = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification.

To look into this for you, could you please send us the candidate ID and the sign-in email address of each certification account you would like to bring together, and let us know which one you want to keep going forward?

Kind regards,
Sofia G.
{FORM_SIG}"""
USER3 = """Hi Sofia,

Here they are:
AWS31175920 - daniel.whitfield@northwind-analytics.com (current, please keep this one)
AWS05529481 - dwhitfield@alumni.uw.edu (from university)
AWS77304158 - d.whitfield@fabrikam-consulting.com (previous employer)

Thanks,
Daniel

Daniel Whitfield | Principal Data Engineer
Northwind Analytics"""
CONF3 = f"""Hi Daniel,

Thanks for sending over the details. I've found all three certification profiles and prepared the consolidation as follows:

  Primary (stays active):        AWS31175920 - daniel.whitfield@northwind-analytics.com
  Secondary (folded into primary): aws-05529481 - dwhitfield@alumni.uw.edu
  Secondary (folded into primary): AWS 77304158 - d.whitfield@fabrikam-consulting.com

Please be aware that this is a one-way operation. Once the secondary profiles have been folded into the primary one, they cannot be restored or split apart again.

Could you reply to this message to let us know that the above is accurate and that you would like us to go ahead?

Kind regards,
Sofia G.
{FORM_SIG}"""
t = T("2025-11-14 09:12:07")
txt = CONF3 + f"""

From: Daniel Whitfield <{DANIEL}>
Sent: Thursday, November 13, 2025 4:27 PM
To: Amazon Web Services <{FORM}>
Subject: {RE3}

{USER3}

From: Amazon Web Services <{FORM}>
Sent: Wednesday, November 12, 2025 11:30 PM
To: Daniel Whitfield <{DANIEL}>
Subject: {RE3}

{ASK3}
"""
add("aws-form-re-case-1114a", "merge_confirmation_requested", C3, ["AWS05529481", "AWS31175920", "AWS77304158"], True, "en",
    assemble(trace("o365", DANIEL, t, src_ses()), aws_hdrs(FORM, DANIEL, RE3, t), body_plain(txt)))

t = T("2025-11-14 20:10:51")
txt = f"""Hi Daniel,

Thank you for your confirmation. I\u2019ve passed your request to our certification operations team and it\u2019s now being worked on. Once the merge is complete we\u2019ll email you a confirmation, and Credly will then reissue your badges to the email address on AWS31175920.

Until you hear from us, please don\u2019t schedule an exam on any of the three profiles.

Kind regards,
Sofia G.
{FORM_SIG}

From: Daniel Whitfield <{DANIEL}>
Sent: Friday, November 14, 2025 10:03 AM
To: Amazon Web Services <{FORM}>
Subject: RE: {RE3}

Confirmed \u2013 that\u2019s all correct, please go ahead.

Daniel

From: Amazon Web Services <{FORM}>
Sent: Friday, November 14, 2025 1:12 AM
To: Daniel Whitfield <{DANIEL}>
Subject: {RE3}

{CONF3}
"""
add("aws-form-re-case-1114b", "support_reply", C3, ["AWS31175920"], True, "en",
    assemble(trace("o365", DANIEL, t, src_ses()), aws_hdrs(FORM, DANIEL, RE3, t),
             body_raw(txt.encode("cp1252"), "utf-8", "quoted-printable")))

t = T("2025-11-17 16:44:19")
DONE3 = f"""Hi Daniel,

I\u2019m writing to let you know that I\u2019m closing this case, as the consolidation you asked for has been carried out: the certification records from aws-05529481 and AWS 77304158 are now attached to AWS31175920, and both secondary profiles have been retired. You can continue to sign in with daniel.whitfield@northwind-analytics.com.

If you have a moment, you can rate this interaction using the link at the bottom of this email.

Kind regards,
Sofia G.
{FORM_SIG}

Rate this support interaction: https://feedback.aws.amazon.com/tc/rate?c={C3}"""
add("aws-form-re-case-1117", "merge_completed", C3, ["AWS05529481", "AWS31175920", "AWS77304158"], True, "en",
    assemble(trace("o365", DANIEL, t, src_ses()), aws_hdrs(FORM, DANIEL, RE3, t), body_plain(DONE3 + "\n")))

t = T("2025-11-17 16:45:02")
txt = f"""How did we do?

Your recent case with AWS Training and Certification ({C3}) has been closed. Please tell us about your experience - the survey takes less than two minutes.

  Take the survey: https://feedback.aws.amazon.com/tc/s?c={C3}

Thank you for helping us improve.
{FORM_SIG}

-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: Monday, November 17, 2025 8:44 AM
To: Daniel Whitfield <{DANIEL}>
Subject: {RE3}

{DONE3}
"""
add("aws-tc-how-did-we-do", "survey", C3, [], None, "en",
    assemble([("Received", "from %s (%s [%s])\r\n\tby %s with Microsoft SMTP Server id 15.20.9320.12; %s"
               % ("a8-54.smtp-out.amazonses.com", "a8-54.smtp-out.amazonses.com", "54.240.8.54", "SJ0PR14MB5547.namprd14.prod.outlook.com", d822(t)))],
             [("From", addr("AWS Training and Certification", FORM)), ("To", addr("Daniel Whitfield", DANIEL)),
              ("Subject", "How did we do? Case %s" % C3), ("Date", d822(t)), ("Message-ID", ses_mid(t))],
             body_plain(txt)))

t = T("2025-11-18 11:20:40")
add("credly-notification-1118", "credly_badge_issued", None, [], True, "en",
    assemble(trace("o365", DANIEL, t, src_credly()),
             [("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
              ("To", DANIEL),
              ("Subject", "Your AWS Certified Data Engineer \u2013 Associate badge is ready to claim".replace("\u2013", "-")),
              ("Date", d822(t)), ("Message-ID", "<%s@credly.com>" % rhex(24))],
             body_alt("""Hi Daniel,

Following an update to your certification account, Amazon Web Services Training and Certification has issued your badge to this email address:

AWS Certified Data Engineer - Associate

Accept it here: https://www.credly.com/badges/accept?source=email
""", credly_html("Daniel", "A badge is waiting for you", "AWS Certified Data Engineer &ndash; Associate", "Accept badge",
                 "<p>Following an update to your certification account, this badge has been issued to this email address.</p>"))))

# ======================================================= T4: Sato (form desk, Japanese, biglobe)
C4_OPEN = "2026-01-20 23:48:00"
C4 = case15(C4_OPEN, "00912")
SUBJ4 = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C4
RE4 = "RE:" + SUBJ4
t = T("2026-01-20 23:48:37")
txt = f"""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせ内容を受け付け、ケース番号 {C4} で登録いたしました。通常 24 時間以内に担当者よりご連絡いたします。

同じ内容で新たにお問い合わせいただくと、対応が遅れる場合がございます。追加の情報がある場合は、件名のケース番号を変更せずに本メールへご返信ください。

【お問い合わせ内容】
お問い合わせの種類: AWS 認定
詳細: アカウントの統合
お名前: 佐藤 健一
AWS 受験者 ID: AWS48820617
内容: 前職の会社のメールアドレスで作成した認定アカウントがもう一つあります(ID は控えていません)。現在のアカウントにまとめたいです。

AWS トレーニングと認定 カスタマーサービス
"""
add("aws-form-uketsuke-0121", "case_created", C4, ["AWS48820617"], True, "ja",
    assemble(trace("biglobe", SATO, t, src_ses()), aws_hdrs(FORM, SATO, SUBJ4, t), body_plain(txt, cte="base64")))

t = T("2026-01-26 01:05:13")
txt = f"""佐藤 健一 様

お世話になっております。AWS トレーニングと認定カスタマーサービスの木村でございます。

1 月 22 日に、もう一方の認定アカウントのサインイン用メールアドレスについてお伺いするご連絡を差し上げましたが、その後いかがでしょうか。

引き続きサポートが必要な場合は、本メールにご返信ください。5 営業日以内にご返信がない場合は、本ケースをクローズさせていただきますので、あらかじめご了承ください。

木村
AWS トレーニングと認定 カスタマーサービス
"""
add("aws-form-re-case-0126", "support_reply", C4, [], True, "ja",
    assemble(trace("biglobe", SATO, t, src_ses()), aws_hdrs(FORM, SATO, RE4, t),
             body_raw(txt.encode("utf-8"), "iso-8859-1", "base64")))

t = T("2026-01-27 02:20:48")
CONF4 = f"""佐藤 健一 様

お世話になっております。AWS トレーニングと認定カスタマーサービスの木村でございます。

メールアドレスをお知らせいただき、ありがとうございました。該当のアカウントを確認できましたので、以下の内容で手続きを進めてよろしいか、ご確認をお願いいたします。

  統合先(今後ご利用いただくアカウント): AWS48820617
  統合元(統合後に無効となるアカウント): AWS13390246

統合を行うと、統合元のアカウントを元の状態に戻すことはできません。内容にご了承いただける場合は、本メールに「統合を承認します」とご返信ください。

木村
AWS トレーニングと認定 カスタマーサービス"""
USER4 = """木村様

ご連絡が遅くなり申し訳ありません。
前職のアドレスは ken1.sato@hoshizora-sys.co.jp です。
受験者IDは aws13390246 と記載されていました。

よろしくお願いいたします。
佐藤"""
txt = CONF4 + f"""

2026年1月26日(月) 19:02 佐藤健一 <{SATO}>:
{quote(USER4)}
"""
add("aws-form-re-case-0127", "merge_confirmation_requested", C4, ["AWS13390246", "AWS48820617"], True, "ja",
    assemble(trace("biglobe", SATO, t, src_ses()), aws_hdrs(FORM, SATO, RE4, t), body_plain(txt)))

t = T("2026-01-28 06:33:10")
txt = f"""佐藤 健一 様

お世話になっております。AWS トレーニングと認定カスタマーサービスの木村でございます。

ご承認いただきありがとうございました。AWS13390246 に登録されていた認定資格および受験履歴を、AWS48820617 へ移行いたしました。旧アカウント(AWS13390246)へはサインインできなくなっております。

認定アカウントにサインインのうえ、認定資格の一覧に漏れがないかご確認いただけますと幸いです。

木村
AWS トレーニングと認定 カスタマーサービス

2026年1月27日(火) 21:40 佐藤健一 <{SATO}>:
> 統合を承認します。
> よろしくお願いいたします。
>
> 2026年1月27日(火) 11:20 Amazon Web Services <{FORM}>:
{quote(CONF4, "> > ")}
"""
add("aws-form-re-case-0128", "merge_completed", C4, ["AWS13390246", "AWS48820617"], True, "ja",
    assemble(trace("biglobe", SATO, t, src_ses()), aws_hdrs(FORM, SATO, RE4, t, charset="iso-2022-jp"),
             body_plain(txt, charset="iso-2022-jp", cte="7bit")))

# ======================================================= T5: Priya (console, outlook.com)
C5_OPEN = "2026-02-17 16:20:00"
C5 = case15(C5_OPEN, "00518")
SUBJ5 = "Merge two AWS Certification accounts"
t = T("2026-02-17 16:20:22")
txt = f"""Thank you for contacting Amazon Web Services. We have opened case {C5} to address your issue.

The details of your case are as follows:

Case ID: {C5}
Subject: {SUBJ5}
Severity: General guidance

""" + CONSOLE_FOOTER_EN.format(cid=C5) + "\n"
add("aws-console-support-0217", "case_created", C5, [], True, "en",
    assemble(trace("outlookcom", PRIYA, t, src_ses()),
             aws_hdrs(NOREPLY, PRIYA, "Amazon Web Services: You have opened a new Support case: %s" % C5, t),
             body_plain(txt)))

t = T("2026-02-18 10:03:37")
txt = f"""Hello Priya,

Thank you for contacting AWS Support. My name is Jorge and I'll be helping you with this request.

I looked up the candidate ID you provided (aws90427118), but I need a few more details before I can match it with your other profile:

1. The email address used to sign in to each certification account
2. The notification email address of each account, if it is different
3. Which of the two accounts you would like to keep
4. Briefly, how the second account came to be created

You can add this information by replying through the Support Center link below.

Best regards,
Jorge M.
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(cid=C5) + "\n"
add("aws-console-re-case-0218", "support_reply", C5, ["AWS90427118"], True, "en",
    assemble(trace("outlookcom", PRIYA, t, src_ses()),
             aws_hdrs(NOREPLY, PRIYA, "RE:[CASE %s] %s" % (C5, SUBJ5), t), body_plain(txt)))

t = T("2026-02-19 13:27:05")
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hello Priya,</p>
<p>Thank you for the additional details. I have verified both profiles and we are ready to combine them. Because this cannot be undone, I need your explicit go-ahead first.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>Role</th><th>Candidate ID</th><th>Sign-in email</th></tr>
<tr><td>Kept (primary)</td><td>AWS56610743</td><td>priya.raman.tech@outlook.com</td></tr>
<tr><td>Closed after its records are moved</td><td>AWS90427118</td><td>priya.r@lumen-biolabs.com</td></tr>
</table>
<p>Please reply in the Support Center with &ldquo;I confirm&rdquo; if the table above is correct. If anything needs to change, tell us before we start.</p>
<p>Best regards,<br>Jorge M.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">To see all the correspondence on this case or to reply to this case, please go to <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C5}&amp;language=en">the AWS Support Center</a>.</p>
<p style="font-size:12px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</body></html>
"""
add("aws-console-re-case-0219", "merge_confirmation_requested", C5, ["AWS56610743", "AWS90427118"], True, "en",
    assemble(trace("outlookcom", PRIYA, t, src_ses()),
             aws_hdrs(NOREPLY, PRIYA, "RE:[CASE %s] %s" % (C5, SUBJ5), t), body_html(html)))

t = T("2026-02-20 22:51:48")
txt = f"""Hello Priya,

I'm happy to let you know that your request has been processed. AWS90427118 no longer exists as a separate profile: your exam history, your AWS Certified Cloud Practitioner certification and your benefits, including the 50% exam discount voucher, are now available under AWS56610743.

Please sign in with priya.raman.tech@outlook.com from now on. The sign-in for the former profile has been disabled.

Best regards,
Jorge M.
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(cid=C5) + "\n"
add("aws-console-re-case-0220", "merge_completed", C5, ["AWS56610743", "AWS90427118"], True, "en",
    assemble(trace("outlookcom", PRIYA, t, src_ses()),
             aws_hdrs(NOREPLY, PRIYA, "RE:[CASE %s] %s" % (C5, SUBJ5), t), body_plain(txt, cte="base64")))

t = T("2026-02-24 09:14:26")
txt = f"""Hello Priya,

Thanks for letting us know that your badges are still showing on your old Credly profile. I have asked the team that works with Credly to move them to the Credly account registered with priya.raman.tech@outlook.com.

Once they have been moved, Credly will send you an email asking you to accept them. This can take up to five business days. I'll keep this case open until then.

Best regards,
Jorge M.
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(cid=C5) + "\n"
add("aws-console-re-case-0224", "support_reply", C5, [], True, "en",
    assemble(trace("outlookcom", PRIYA, t, src_ses()),
             aws_hdrs(NOREPLY, PRIYA, "RE:[CASE %s] %s" % (C5, SUBJ5), t), body_plain(txt)))

t = T("2026-02-26 15:37:02")
add("credly-notification-0226", "credly_badge_issued", None, [], True, "en",
    assemble(trace("outlookcom", PRIYA, t, src_credly()),
             [("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
              ("To", PRIYA),
              ("Subject", "Priya, your badges have been transferred to this account"),
              ("Date", d822(t)), ("Message-ID", "<%s@credly.com>" % rhex(24))],
             body_alt("""Hi Priya,

The following badges from Amazon Web Services Training and Certification have been transferred to the Credly account for priya.raman.tech@outlook.com:

- AWS Certified Cloud Practitioner
- AWS Certified AI Practitioner

Accept your badges to display them on your profile:
https://www.credly.com/earner/earned?source=email
""", credly_html("Priya", "Your badges have moved", "AWS Certified Cloud Practitioner", "Accept your badges",
                 "<p>This badge and one other (AWS Certified AI Practitioner) have been transferred to this account. Accept them to display them on your profile.</p>"))))

t = T("2026-03-03 16:25:11")
txt = f"""Hello,

We haven't heard back from you regarding case {C5} "{SUBJ5}", so we have resolved it. If you still need help, you can reopen the case from the Support Center within 14 days.

We'd like to know how we did. Please take a moment to rate your experience:
https://console.aws.amazon.com/support/home#/case/?displayId={C5}&language=en&feedback=true

Best regards,
Amazon Web Services
"""
add("aws-console-support-0303", "survey", C5, [], None, "en",
    assemble([("Received", "from a8-76.smtp-out.amazonses.com (54.240.8.76) by\r\n mail.outlook.com; %s" % d822(t))],
             [("From", addr("Amazon Web Services", NOREPLY)), ("To", PRIYA),
              ("Subject", "Amazon Web Services: Your Support case %s has been resolved" % C5),
              ("Date", d822(t)), ("Message-ID", ses_mid(t))],
             body_plain(txt)))

# ======================================================= T6: Lukas (form desk, posteo)
C6_OPEN = "2025-07-11 09:30:14"
C6 = case15(C6_OPEN, "71530")
RE6 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % C6
t = T("2025-07-14 08:12:39")
CONF6 = f"""Hello Lukas,

Thank you for your patience. Before we combine your two profiles, please double-check the following:

  - The profile we will keep: AWS81162035 (lukas.becker@posteo.de)
  - The profile that will be folded into it and closed: AWS29904417 (l.becker@stud.tu-weststadt.de)

This step can't be reversed afterwards. If the above is right, please reply with "I agree" so that we can continue.

Best regards,
Anna K.
{FORM_SIG}"""
add("aws-form-re-case-0714", "merge_confirmation_requested", C6, ["AWS29904417", "AWS81162035"], True, "en",
    assemble(trace("posteo", LUKAS, t, src_ses()), aws_hdrs(FORM, LUKAS, RE6, t), body_plain(CONF6 + "\n")))

t = T("2025-07-15 11:40:02")
txt = f"""Hello Lukas,

Thank you. Your agreement has been recorded and the request is now queued with our certification operations team. This usually takes three to five business days, and you'll hear from us when it's finished. No further action is needed on your side.

Best regards,
Anna K.
{FORM_SIG}

> I agree.
>
> Lukas
>
> Am Mo., 14. Juli 2025 um 10:12 Uhr schrieb Amazon Web Services <{FORM}>:
{quote(CONF6, "> > ")}
"""
add("aws-form-re-case-0715", "support_reply", C6, [], True, "en",
    assemble(trace("posteo", LUKAS, t, src_ses()), aws_hdrs(FORM, LUKAS, RE6, t), body_plain(txt)))

t = T("2025-07-18 07:58:30")
DONE6 = f"""Hello Lukas,

Your request has now been processed. The exam history and certifications of AWS29904417 have been moved to AWS81162035, and AWS29904417 has been closed.

Please sign in and check that all four of your certifications are listed under AWS81162035. If anything is missing, just reply to this email.

Best regards,
Anna K.
{FORM_SIG}"""
txt = DONE6 + f"""

Hello Lukas,

Thank you for your patience. Before we combine your two profiles, please double-check the following:

  - The profile we will keep: AWS81162035 (lukas.becker@posteo.de)
  - The profile that will be folded into it and closed: AWS29904417 (l.becker@stud.tu-weststadt.de)

This step can't be reversed afterwards. If the above is right, please reply with "I agree" so that we can continue.

Best regards,
Anna K.
{FORM_SIG}
"""
add("aws-form-re-case-0718", "merge_completed", C6, ["AWS29904417", "AWS81162035"], True, "en",
    assemble(trace("posteo", LUKAS, t, src_ses()), aws_hdrs(FORM, LUKAS, RE6, t), body_plain(txt)))

t = T("2025-07-21 12:06:55")
txt = f"""Hello Lukas,

Thank you for checking. You are right that the 50% discount voucher from your earlier certification is not visible yet. Vouchers are not carried over automatically, so I have asked for it to be issued again on AWS81162035. Once it has been regenerated, it will show up under Benefits in your certification account. I will keep this case open until that has happened.

Best regards,
Anna K.
{FORM_SIG}

On Sat, 19 Jul 2025 at 18:22, Lukas Becker <{LUKAS}> wrote:
> Hi Anna,
> thanks, all four certifications are there. Only the 50% voucher I had on
> the old profile is missing.
> Lukas
>
> On Fri, 18 Jul 2025 at 09:58, Amazon Web Services <{FORM}> wrote:
{quote(DONE6, "> > ")}
"""
add("aws-form-re-case-0721", "support_reply", C6, ["AWS81162035"], True, "en",
    assemble(trace("posteo", LUKAS, t, src_ses()), aws_hdrs(FORM, LUKAS, RE6, t), body_plain(txt)))

# ======================================================= near misses: same desk, other cases
CV = case15("2025-08-18 19:31:50", "00264")
t = T("2025-08-19 17:02:13")
txt = f"""Hello Maria,

Thank you for contacting AWS Training and Certification.

I checked the voucher code you sent (ending in 7QX2). It was issued for an AWS Summit event and expired on July 31, 2025, so unfortunately it can no longer be applied to a new registration, and we are not able to extend it.

Your 50% discount benefit from your previous certification is a separate voucher and is still available. To use it, sign in to your AWS Certification Account (AWS04718263), open the Benefits tab and request the discount code, then enter it at checkout when you schedule your exam.

Best regards,
Keiko T.
{FORM_SIG}
"""
add("aws-form-re-case-0819", "unrelated", CV, ["AWS04718263"], True, "en",
    assemble(trace("gmail", MARIA, t, src_ses()),
             aws_hdrs(FORM, MARIA, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-vouchers" % CV, t),
             body_plain(txt)))

CR = case15("2025-10-06 22:10:05", "00871")
t = T("2025-10-07 03:45:29")
txt = f"""田中 美咲 様

お世話になっております。AWS トレーニングと認定カスタマーサービスの山口でございます。

試験日程の変更についてお問い合わせいただき、ありがとうございます。

お客様の AWS 認定アカウント(AWS22047815)を確認いたしましたところ、ご予約の AWS Certified Solutions Architect - Professional 試験は 10 月 8 日 9:00 開始となっており、開始時刻の 24 時間前を過ぎているため、アカウントからの日程変更・キャンセルができない状態となっております。

恐れ入りますが、やむを得ない事情(急病など)による変更をご希望の場合は、Pearson VUE カスタマーサービスへ直接お問い合わせいただけますでしょうか。

山口
AWS トレーニングと認定 カスタマーサービス
"""
add("aws-form-re-case-1007", "unrelated", CR, ["AWS22047815"], True, "ja",
    assemble(trace("gmail", MISAKI, t, src_ses()),
             aws_hdrs(FORM, MISAKI, "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % CR, t),
             body_plain(txt, cte="base64")))

CN = case15("2026-03-09 15:20:44", "00193")
t = T("2026-03-10 18:02:51")
txt = f"""Hi Daniel,

Thank you for sending a copy of your ID. I've updated the legal name on certification account AWS31175920 from "Dan Whitfield" to "Daniel J. Whitfield". The records are now updated, and new PDF certificates showing the corrected name can be downloaded from the Certifications tab.

Please note that your Credly badges display the name on your Credly profile, which you can edit yourself under Account Settings.

As there is nothing else pending on this request, I'll close this case now.

Kind regards,
Sofia G.
{FORM_SIG}

From: Daniel Whitfield <{DANIEL}>
Sent: Monday, March 9, 2026 8:20 AM
To: {FORM}
Subject: Name on certificate

Hello, my certificates show "Dan Whitfield" but my passport says Daniel J. Whitfield. Can this be corrected? Candidate ID AWS31175920. Scan attached.
"""
add("aws-form-re-case-0310", "unrelated", CN, ["AWS31175920"], True, "en",
    assemble(trace("o365", DANIEL, t, src_ses()),
             aws_hdrs(FORM, DANIEL, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CN, t),
             body_plain(txt)))

CP = case15("2026-04-01 07:55:20", "00662")
t = T("2026-04-02 14:18:09")
txt = f"""Hello Priya,

Thank you for your patience.

AWS Certifications belong to the person who earned them, so there is nothing to transfer or merge when you change employers: your certification account AWS56610743 stays with you.

For your certifications to count toward your new employer's AWS Partner Network tier, your AWS Partner Central user needs to be associated with your new company, and your AWS Training and Certification account then linked from Partner Central (My profile > Link AWS Training and Certification account). If your Partner Central user is still associated with your previous employer, the Partner Central administrator of that company, or AWS Partner Support, can remove that association first.

I hope this helps. If you have further questions about Partner Central, AWS Partner Support is the best team to contact.

Best regards,
Jorge M.
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(cid=CP) + "\n"
add("aws-console-re-case-0402", "unrelated", CP, ["AWS56610743"], True, "en",
    assemble(trace("outlookcom", PRIYA, t, src_ses()),
             aws_hdrs(NOREPLY, PRIYA, "RE:[CASE %s] Transfer my certification to my new company's AWS Partner account" % CP, t),
             body_plain(txt)))

CB = case15("2025-07-30 16:02:11", "02045")
t = T("2025-08-01 09:30:44")
txt = f"""Hello Lukas,

Thank you for contacting AWS Training and Certification.

I can confirm that your certification on AWS81162035 is active until 2028, so you are eligible for the AWS Certified Lounge at re:Invent 2025. There is no registration needed: please show your digital badge, either the Credly badge or the certificate in your certification account, at the lounge entrance.

The lounge benefit and the 50% discount voucher are separate; using one does not affect the other.

Best regards,
Miguel R.
{FORM_SIG}
"""
add("aws-form-re-case-0801", "unrelated", CB, ["AWS81162035"], True, "en",
    assemble(trace("posteo", LUKAS, t, src_ses()),
             aws_hdrs(FORM, LUKAS, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CB, t),
             body_plain(txt)))

# other AWS cases
CBI = case15("2025-12-08 11:42:37", "00780")
t = T("2025-12-09 08:16:55")
txt = f"""Hello Priya,

Thank you for contacting AWS Support about the charges on your November bill.

I reviewed account 482911773065. The additional charges come from a NAT gateway in eu-west-1 that processed about 1.9 TB of data between November 4 and November 27. The gateway is still running; if you no longer need it, you can delete it from the VPC console to stop further hourly charges.

As a one-time courtesy, I have applied a credit of USD 86.40 to your account. It will appear on your December bill.

Best regards,
Tomasz W.
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(cid=CBI) + "\n"
add("aws-console-re-case-1209", "unrelated", CBI, [], True, "en",
    assemble(trace("outlookcom", PRIYA, t, src_ses()),
             aws_hdrs(NOREPLY, PRIYA, "RE:[CASE %s] Unexpected charges for NAT Gateway in eu-west-1" % CBI, t),
             body_plain(txt)))

CBJ = case15("2026-02-02 00:41:19", "00425")
t = T("2026-02-03 04:22:16")
txt = f"""佐藤 様

AWS サポートにお問い合わせいただき、ありがとうございます。請求担当の中村でございます。

請求書に記載される宛名の変更についてお問い合わせいただきました。宛名(会社名)は、請求とコスト管理コンソールの [お支払い設定] > [請求先の連絡先] からお客様ご自身で変更していただけます。変更は次回発行される請求書から反映されます。

すでに発行済みの 1 月分の請求書について再発行をご希望の場合は、本ケースにてその旨お知らせください。

中村
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(cid=CBJ) + "\n"
add("aws-console-re-case-0203", "unrelated", CBJ, [], True, "ja",
    assemble(trace("biglobe", SATO, t, src_ses()),
             aws_hdrs(NOREPLY, SATO, "RE:[CASE %s] 請求書の宛名変更について" % CBJ, t),
             body_plain(txt)))

CQ = case15("2025-10-21 13:08:40", "00556")
t = T("2025-10-21 15:51:03")
txt = f"""Hello,

We have approved and processed your quota increase request for the following:

Service: EC2
Region: US East (N. Virginia)
Quota name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New quota value: 512 vCPUs

It can sometimes take up to 30 minutes for the new quota to become available.

""" + CONSOLE_FOOTER_EN.format(cid=CQ) + "\n"
add("aws-console-re-case-1021", "unrelated", CQ, [], True, "en",
    assemble(trace("o365", DANIEL, t, src_ses()),
             aws_hdrs(NOREPLY, DANIEL, "RE:[CASE %s] Limit Increase: EC2 Instances" % CQ, t),
             body_plain(txt)))

CS = "5912837460"
t = T("2025-06-18 21:14:32")
txt = f"""Hello from Amazon Selling Partner Support,

Thank you for contacting us about the duplicate listings for your phone case product.

We have reviewed your request and merged the two detail pages. ASIN B0C7XQ41LM is now listed as a child of parent ASIN B0C7XN22TR, and the offers from the duplicate page have been moved to the remaining listing. It can take up to 24 hours for the change to appear on the website.

Was this email helpful?
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={CS}&helpful=yes
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={CS}&helpful=no

Thank you for selling on Amazon,
Hector
Amazon.com
https://sellercentral.amazon.com
"""
add("seller-support-re-case-0618", "unrelated", CS, [], True, "en",
    assemble(trace("gmail", MARIA, t, src_ses()),
             aws_hdrs("seller-notification@amazon.com", MARIA, "RE:[CASE %s] Request to merge duplicate listings" % CS, t,
                      name="Amazon Selling Partner Support"),
             body_plain(txt)))

# Credly, non-badge
t = T("2026-05-14 13:00:21")
add("credly-notification-0514", "unrelated", None, [], True, "en",
    assemble(trace("gmail", MARIA, t, src_credly()),
             [("From", addr("Credly", "admin@credly.com")), ("To", MARIA),
              ("Subject", "Your AWS Certified Solutions Architect - Associate badge expires in 90 days"),
              ("Date", d822(t)), ("Message-ID", "<%s@credly.com>" % rhex(24))],
             body_alt("""Hi Maria,

Your badge AWS Certified Solutions Architect - Associate, issued by Amazon Web Services Training and Certification, will expire on August 12, 2026.

To keep your credential current, visit the issuer's website to learn about recertification:
https://aws.amazon.com/certification/recertification/

Manage your notifications: https://www.credly.com/notification_settings
""", """<html><body style="font-family:Arial,sans-serif"><h2>Your badge expires soon</h2>
<p>Hi Maria,</p><p>Your badge <b>AWS Certified Solutions Architect &ndash; Associate</b> will expire on <b>August 12, 2026</b>.</p>
<p><a href="https://aws.amazon.com/certification/recertification/">Learn about recertification</a></p>
<p style="font-size:11px;color:#777">Credly, 13424 Sutton Ave, Tampa, FL 33618</p></body></html>
""")))

t = T("2026-02-03 14:00:09")
add("credly-notification-0203", "unrelated", None, [], True, "en",
    assemble(trace("o365", DANIEL, t, src_credly()),
             [("From", addr("Credly", "admin@credly.com")), ("To", DANIEL),
              ("Subject", "Reminder: a badge on your Credly profile expires in 30 days"),
              ("Date", d822(t)), ("Message-ID", "<%s@credly.com>" % rhex(24))],
             body_html("""<html><body style="font-family:Arial,sans-serif">
<p>Hi Daniel,</p>
<p>This is a reminder that your <b>AWS Certified Developer &ndash; Associate</b> badge from Amazon Web Services Training and Certification expires on <b>March 5, 2026</b>.</p>
<p>After that date the badge will be shown as expired on your profile. Recertifying with the issuer will give you a new badge.</p>
<p><a href="https://www.credly.com/users/daniel-whitfield/badges">View your badges</a></p>
<p style="font-size:11px;color:#777">You can turn off expiration reminders in your <a href="https://www.credly.com/notification_settings">notification settings</a>.</p>
</body></html>
""")))

t = T("2026-01-15 16:30:00")
mk = src_credly()
mk["from_dom"] = "email.credly.com"
add("credly-news-0115", "unrelated", None, [], True, "en",
    assemble(trace("outlookcom", PRIYA, t, mk),
             [("From", addr("Credly", "news@email.credly.com")), ("To", PRIYA),
              ("Subject", "The 10 skills employers searched for most in 2025"),
              ("Date", d822(t)), ("Message-ID", "<%s@email.credly.com>" % rhex(24)),
              ("List-Unsubscribe", "<https://email.credly.com/unsubscribe?u=%s>" % rhex(20))],
             body_alt("""Credly Insights

The 10 skills employers searched for most in 2025 - and the badges that prove them.
Cloud architecture and generative AI top the list again this year.

Read the report: https://info.credly.com/skills-report-2025

Unsubscribe: https://email.credly.com/unsubscribe
""", """<html><body style="font-family:Arial,sans-serif"><h1>Credly Insights</h1>
<p>The 10 skills employers searched for most in 2025 &ndash; and the badges that prove them.</p>
<p>Cloud architecture and generative AI top the list again this year. Where do your badges stand?</p>
<p><a href="https://info.credly.com/skills-report-2025" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none">Read the report</a></p>
<p style="font-size:11px">You are receiving this because you opted in to Credly news. <a href="https://email.credly.com/unsubscribe">Unsubscribe</a></p>
</body></html>
""")))

t = T("2025-09-20 08:14:52")
add("credly-notification-0920", "unrelated", None, [], True, "en",
    assemble(trace("gmail", MISAKI, t, src_credly()),
             [("From", addr("Credly", "admin@credly.com")), ("To", MISAKI),
              ("Subject", "Your Credly account merge verification code"),
              ("Date", d822(t)), ("Message-ID", "<%s@credly.com>" % rhex(24))],
             body_alt("""Hi Misaki,

We received a request to merge the Credly account m-tanaka@kotobuki-shoji.co.jp into your account.

Your verification code is: 482915

Enter this code on the merge page, or click the link below to complete the account merge. The code expires in 30 minutes.
https://www.credly.com/users/account_merge/confirm?token=%s

If you did not request this, you can ignore this email.

The Credly Team
""" % rhex(32), """<html><body style="font-family:Arial,sans-serif">
<p>Hi Misaki,</p>
<p>We received a request to merge the Credly account <b>m-tanaka@kotobuki-shoji.co.jp</b> into your account.</p>
<p style="font-size:28px;letter-spacing:6px"><b>482915</b></p>
<p><a href="https://www.credly.com/users/account_merge/confirm" style="background:#0d47a1;color:#fff;padding:10px 22px;text-decoration:none">Complete Account Merge</a></p>
<p>The code expires in 30 minutes. If you did not request this, you can ignore this email.</p>
<p>The Credly Team</p></body></html>
""")))

t = T("2025-10-02 17:45:10")
add("credly-notification-1002", "unrelated", None, [], True, "en",
    assemble(trace("posteo", LUKAS, t, src_credly()),
             [("From", addr("Credly", "admin@credly.com")), ("To", LUKAS),
              ("Subject", "Someone viewed your AWS Certified Developer - Associate badge"),
              ("Date", d822(t)), ("Message-ID", "<%s@credly.com>" % rhex(24))],
             body_alt("""Hi Lukas,

Your badge is getting noticed! Someone from a company in Munich viewed your AWS Certified Developer - Associate badge this week.

Badge views this week: 7

Share your badge on LinkedIn to reach more people:
https://www.credly.com/badges/share?source=email
""", """<html><body style="font-family:Arial,sans-serif"><p>Hi Lukas,</p>
<p>Your badge is getting noticed! Someone from a company in Munich viewed your <b>AWS Certified Developer &ndash; Associate</b> badge this week.</p>
<p>Badge views this week: <b>7</b></p>
<p><a href="https://www.credly.com/badges/share?source=email">Share on LinkedIn</a></p></body></html>
""")))

# Pearson VUE
PV = src_generic("mail-sor-f%d.pearson.com" % R.randint(10, 90), "159.182.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                 "pearsonvuecustomerservice@pearson.com", [("pearson.com", "pearson2023")], "pearson.com", "REJECT")
t = T("2025-06-24 18:22:40")
add("pearson-vue-appointment-0624", "unrelated", None, ["AWS04718263"], False, "en",
    assemble(trace("gmail", MARIA, t, PV),
             [("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")), ("To", MARIA),
              ("Subject", "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment"),
              ("Date", d822(t)), ("Message-ID", "<%s.JavaMail.pvue@pvuesmtp%02d>" % (rhex(16), R.randint(1, 20)))],
             body_html("""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Maria Lopez,</p>
<p>Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.</p>
<table cellpadding="4">
<tr><td>Exam:</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Date and time:</td><td>Tuesday, July 15, 2025 at 10:00 AM Central European Summer Time</td></tr>
<tr><td>Delivery:</td><td>OnVUE online proctored</td></tr>
<tr><td>Candidate ID:</td><td>AWS04718263</td></tr>
<tr><td>Registration ID:</td><td>491827364</td></tr>
</table>
<p>Please run the system test on the computer you will use on exam day. You can reschedule or cancel up to 24 hours before the appointment through your AWS Certification Account.</p>
<p>Sincerely,<br>Pearson VUE</p>
</body></html>
""")))

t = T("2025-09-25 03:10:18")
txt = f"""田中 美咲 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: SAP-C02: AWS Certified Solutions Architect - Professional(日本語)
日時: 2025年10月8日(水) 9:00
会場: ピアソン VUE 公認テストセンター 東京駅前
受験者 ID: AWS22047815
登録番号: 512093847

当日は、有効な身分証明書を 2 点ご持参のうえ、開始時刻の 15 分前までにご来場ください。
日程の変更・キャンセルは、開始時刻の 24 時間前まで AWS 認定アカウントから行えます。

ピアソン VUE
"""
add("pearson-vue-yoyaku-0925", "unrelated", None, ["AWS22047815"], False, "ja",
    assemble(trace("gmail", MISAKI, t, PV),
             [("From", addr("ピアソン VUE", "pearsonvuecustomerservice@pearson.com", "iso-2022-jp")), ("To", MISAKI),
              ("Subject", enc("試験予約確認: AWS Certified Solutions Architect - Professional", "iso-2022-jp")),
              ("Date", d822(t, JST)), ("Message-ID", "<%s.JavaMail.pvue@pvuesmtp%02d>" % (rhex(16), R.randint(1, 20)))],
             body_raw(txt.encode("shift_jis"), "Shift_JIS", "base64")))

# CertMetrics
CM = src_generic("mta%d.certmetrics.com" % R.randint(1, 4), "199.187.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                 "do-not-reply@certmetrics.com", [("certmetrics.com", "cm1")], "certmetrics.com", "NONE")
t = T("2026-02-10 15:00:03")
add("certmetrics-0210", "unrelated", None, [], False, "en",
    assemble(trace("biglobe", SATO, t, CM),
             [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", SATO),
              ("Subject", "AWS Certification wants to hear from you"),
              ("Date", d822(t)), ("Message-ID", "<%s@certmetrics.com>" % rhex(20))],
             body_html("""<html><body style="font-family:Arial,sans-serif">
<p>Dear Kenichi,</p>
<p>Thank you for being part of the AWS Certified community. We would like to hear about your experience with AWS Certification over the past year.</p>
<p>The survey takes about 5 minutes and your answers are anonymous.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?s=%s">Start the survey</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:10px">This message was sent from an unmonitored address. Please do not reply.</p>
</body></html>
""" % rhex(16))))

t = T("2025-12-02 19:41:27")
add("certmetrics-1202", "unrelated", None, ["AWS31175920"], False, "en",
    assemble(trace("o365", DANIEL, t, CM),
             [("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", DANIEL),
              ("Subject", "Congratulations on recertifying your AWS Certification"),
              ("Date", d822(t)), ("Message-ID", "<%s@certmetrics.com>" % rhex(20))],
             body_plain("""Dear Daniel Whitfield,

Congratulations! You have successfully recertified AWS Certified Solutions Architect - Associate.

AWS Certification Account: AWS31175920
Validation number: 7QK2M9XB3LP4HTW1
New expiration date: December 2, 2028

Your updated digital badge will be issued through Credly. You can download your certificate from your AWS Certification Account.

Regards,
AWS Training and Certification
""")))

# GitHub / GitLab
GH = src_generic("out-%d.smtp.github.com" % R.randint(20, 28), "192.30.252.%d" % R.randint(190, 210),
                 "noreply@github.com", [("github.com", "pf2023")], "github.com", "REJECT")
t = T("2025-11-19 21:07:44")
add("github-pr-482", "unrelated", None, [], False, "en",
    assemble(trace("o365", DANIEL, t, GH),
             [("From", addr("Nadia Okafor", "notifications@github.com")), ("Reply-To", "northwind/certs-sync <reply+A3X%s@reply.github.com>" % rhex(20).upper()),
              ("To", "northwind/certs-sync <certs-sync@noreply.github.com>"), ("Cc", "Daniel Whitfield <%s>, Review requested <review_requested@noreply.github.com>" % DANIEL),
              ("Subject", "Re: [northwind/certs-sync] Fix case-insensitive matching when merging candidate records (PR #482)"),
              ("Date", d822(t)), ("Message-ID", "<northwind/certs-sync/pull/482/c%d@github.com>" % R.randint(1000000000, 9999999999)),
              ("In-Reply-To", "<northwind/certs-sync/pull/482@github.com>"), ("References", "<northwind/certs-sync/pull/482@github.com>"),
              ("List-ID", "northwind/certs-sync <certs-sync.northwind.github.com>")],
             body_alt("""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind/certs-sync/pull/482#event-%d
You are receiving this because your review was requested.
""" % R.randint(10 ** 10, 10 ** 11), """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/northwind/certs-sync/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/northwind/certs-sync/pull/482">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>
""")))

GL = src_generic("mg-%s.gitlab.com" % ralnum(3), "159.135.%d.%d" % (R.randint(224, 239), R.randint(1, 250)),
                 "bounce+%s@mg.gitlab.com" % rhex(6), [("mg.gitlab.com", "mailo")], "mg.gitlab.com", "NONE")
t = T("2026-03-24 10:12:09")
add("gitlab-mr-217", "unrelated", None, [], False, "en",
    assemble(trace("posteo", LUKAS, t, GL),
             [("From", addr("GitLab", "gitlab@mg.gitlab.com")), ("Reply-To", "GitLab <noreply@gitlab.com>"),
              ("To", LUKAS),
              ("Subject", "Re: cert-tracker | Handle upper/lower case in account merge script (!217)"),
              ("Date", d822(t)), ("Message-ID", "<%s@gitlab.com>" % rhex(32)),
              ("In-Reply-To", "<merge_request_9921734@gitlab.com>"), ("References", "<merge_request_9921734@gitlab.com>"),
              ("X-GitLab-Project", "cert-tracker"), ("X-GitLab-MergeRequest-IID", "217"), ("X-GitLab-NotificationReason", "")],
             body_plain("""Merge request !217 was merged
Merge request URL: https://gitlab.com/lbecker/cert-tracker/-/merge_requests/217
Project:Branches: lbecker/cert-tracker:fix-case-merge to lbecker/cert-tracker:main
Author: Lukas Becker

--
Reply to this email directly or view it on GitLab: https://gitlab.com/lbecker/cert-tracker/-/merge_requests/217
You're receiving this email because of your account on gitlab.com.
""")))

# colleague forwards
CG = case15("2025-09-15 12:30:00", "00311")
COL = src_generic("NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "grace.kim@northwind-analytics.com", [("northwind-analytics.com", "selector1")], "northwind-analytics.com", "REJECT")
t = T("2025-11-13 17:55:41")
txt = f"""Daniel -

This is the note I got when they finished combining my two profiles in September. It took them about two days after I replied to confirm. Worth checking your badges afterwards, mine needed a nudge.

Grace

From: Amazon Web Services <{FORM}>
Sent: Wednesday, September 17, 2025 6:02 AM
To: Grace Kim <grace.kim@northwind-analytics.com>
Subject: RE:[CASE {CG}] [AWS Training and Certification Form Submission] - account-assistance

Hello Grace,

Your request has been completed. The certifications and exam history from AWS64019352 have been moved to AWS21877430, and AWS64019352 has been deactivated. Please sign in with grace.kim@northwind-analytics.com from now on.

Best regards,
Tom H.
{FORM_SIG}
"""
add("fw-colleague-grace", "unrelated", CG, [], False, "en",
    assemble(trace("o365", DANIEL, t, COL),
             [("From", addr("Grace Kim", "grace.kim@northwind-analytics.com")), ("To", addr("Daniel Whitfield", DANIEL)),
              ("Subject", "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CG),
              ("Date", d822(t, PST)), ("Message-ID", "<SJ0PR14MB%d%s@SJ0PR14MB5547.namprd14.prod.outlook.com>" % (R.randint(1000, 9999), rhex(12).upper())),
              ("Thread-Topic", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CG),
              ("Thread-Index", "AQH" + rb64(30)), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
             body_plain(txt)))

CSZ = case15("2025-06-02 04:11:36", "00190")
COLJ = src_generic("mo-csw%d.kotobuki-shoji.co.jp" % R.randint(1, 3), "210.130.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                   "suzuki.takuya@kotobuki-shoji.co.jp", [("kotobuki-shoji.co.jp", "default")], "kotobuki-shoji.co.jp", "NONE")
t = T("2025-08-28 03:30:12")
txt = f"""田中さん

お疲れさまです。鈴木です。

先日お話ししていた AWS 認定のアカウントの件、私のときに届いた確認のメールを転送します。
これに返信したら、翌日には終わっていました。ご参考まで。

鈴木

-------- Forwarded Message --------
件名: RE:[CASE {CSZ}] AWS認定アカウントの統合について
日付: Tue, 3 Jun 2025 02:15:40 +0000
差出人: Amazon Web Services <{NOREPLY}>
宛先: suzuki.takuya@kotobuki-shoji.co.jp

鈴木 拓也 様

お世話になっております。AWS トレーニングと認定カスタマーサービスでございます。

以下のとおりアカウントを統合いたします。統合後は元に戻すことができませんので、内容をご確認のうえ、サポートセンターからご返信ください。

  残すアカウント: AWS37720154
  統合されるアカウント: AWS85016629

よろしくお願いいたします。
"""
add("fw-suzuki-kakunin", "unrelated", CSZ, [], False, "ja",
    assemble(trace("gmail", MISAKI, t, COLJ),
             [("From", addr("鈴木 拓也", "suzuki.takuya@kotobuki-shoji.co.jp", "iso-2022-jp")), ("To", MISAKI),
              ("Subject", enc("Fw: RE:[CASE %s] AWS認定アカウントの統合について" % CSZ, "iso-2022-jp")),
              ("Date", d822(t, JST)), ("Message-ID", "<%s@kotobuki-shoji.co.jp>" % rhex(16)),
              ("User-Agent", "Mozilla Thunderbird")],
             body_plain(txt, charset="iso-2022-jp", cte="7bit")))

# notes to self
GM = src_generic("mail-sor-f41.google.com", "209.85.220.41", MARIA, [("gmail.com", "20230601")], "gmail.com", "NONE")
t = T("2025-05-28 08:20:15")
add("note-to-self-0528", "unrelated", C1, ["AWS04718263", "AWS18850394"], False, "en",
    assemble(trace("gmail", MARIA, t, GM),
             [("From", addr(MARIA_N, MARIA)), ("To", addr(MARIA_N, MARIA)),
              ("Subject", "note: aws cert merge case %s" % C1),
              ("Date", d822(t, CEST)), ("Message-ID", "<CAF%s@mail.gmail.com>" % rb64(40).replace("/", "_").replace("+", "-"))],
             body_alt("""- opened case %s today (form, Account Merge)
- keep AWS04718263 (gmail)
- old one aws-18850394 (contoso) -> lose contoso mailbox end of June!!
- they will ask to confirm -> reply to the mail, don't open a new case
- after: check 50%% voucher, credly badges, partner central link
""" % C1, """<div dir="ltr">- opened case %s today (form, Account Merge)<div>- keep AWS04718263 (gmail)</div><div>- old one aws-18850394 (contoso) -&gt; lose contoso mailbox end of June!!</div><div>- they will ask to confirm -&gt; reply to the mail, don&#39;t open a new case</div><div>- after: check 50%% voucher, credly badges, partner central link</div></div>
""" % C1)))

t = T("2026-01-27 12:41:00")
txt = f"""ケース番号 {C4}
残す: AWS48820617
旧: AWS13390246(前職のアドレス)

・確認メールに「統合を承認します」と返信済み(1/27)
・完了メール待ち
・Credlyのバッジが移っているか確認
・50%バウチャーも確認
"""
add("memo-jibun-0127", "unrelated", C4, ["AWS13390246", "AWS48820617"], None, "ja",
    assemble([("Return-Path", "<%s>" % SATO),
              ("Received", "from [192.168.1.23] (p%d-ipngn%d.tokyo.ocn.ne.jp [153.%d.%d.%d])\r\n\tby mail-cs01.biglobe.ne.jp (Postfix) with ESMTPSA id 4cZ%s\r\n\tfor <%s>; %s"
               % (R.randint(1000000, 9999999), R.randint(100, 999), R.randint(130, 250), R.randint(1, 250), R.randint(1, 250), ralnum(6), SATO, d822(t, JST)))],
             [("From", addr("佐藤健一", SATO, "iso-2022-jp")), ("To", SATO),
              ("Subject", enc("メモ: AWS認定 アカウント統合", "iso-2022-jp")),
              ("Date", d822(t, JST)), ("Message-ID", "<%s@biglobe.ne.jp>" % rhex(20)),
              ("X-Mailer", "iPhone Mail (22C152)")],
             body_plain(txt, charset="iso-2022-jp", cte="7bit")))

# AWS Builder ID
t = T("2026-02-17 16:05:40")
add("aws-builder-id-code", "unrelated", None, [], True, "en",
    assemble(trace("outlookcom", PRIYA, t, src_ses(from_dom="signin.aws")),
             [("From", addr("AWS Builder ID", "no-reply@signin.aws")), ("To", PRIYA),
              ("Subject", "Verify your AWS Builder ID email address"),
              ("Date", d822(t)), ("Message-ID", ses_mid(t))],
             body_alt("""Verify your AWS Builder ID email address

Hello,

To finish signing in, enter this verification code: 839201

This code expires 10 minutes after it was sent. If you didn't request this code, you can ignore this email.

Amazon Web Services
""", """<html><body style="font-family:Arial,sans-serif"><h2>Verify your AWS Builder ID email address</h2>
<p>To finish signing in, enter this verification code:</p><p style="font-size:24px"><b>839201</b></p>
<p>This code expires 10 minutes after it was sent. If you didn't request this code, you can ignore this email.</p>
<p>Amazon Web Services</p></body></html>
""")))

# ================================================================ phishing
PH1 = src_generic("mail.amaz0n-support.com", "185.234.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "bounce@amaz0n-support.com", [("amaz0n-support.com", "default")], "amaz0n-support.com", "NONE")
PF1 = case15("2025-06-03 11:02:00", "00613")
t = T("2025-06-04 02:17:44")
txt = f"""Dear Customer,

We have received a request to merge your AWS Certification account AWS04718263 with another account.

To protect your certifications, we must verify that you are the owner before the merge can be confirmed. Please verify your password to confirm the merge within 24 hours. If we do not receive your confirmation, the request will be cancelled and your certification account may be temporarily locked.

Confirm the merge: https://amaz0n-support.com/certification/merge/confirm?case={PF1}

Case ID: {PF1}

Thank you,
AWS Training & Certification Support Team
"""
add("aws-cert-merge-notice-0604", "merge_confirmation_requested", PF1, ["AWS04718263"], False, "en",
    assemble(trace("gmail", MARIA, t, PH1),
             [("From", addr("AWS Training & Certification", "case-update@amaz0n-support.com")), ("To", MARIA),
              ("Subject", "RE:[CASE %s] Action required: confirm your account merge" % PF1),
              ("Date", d822(t)), ("Message-ID", "<%s@amaz0n-support.com>" % rhex(20))],
             body_plain(txt)))

PH2 = src_generic("smtp.aws-training-support.com", "45.148.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "no-reply@aws-training-support.com", [], "aws-training-support.com", "NONE", dkim="none", dmarc="none")
PF2 = case15("2026-02-21 08:00:00", "00419")
t = T("2026-02-21 09:46:13")
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<img src="https://aws-training-support.com/static/aws-logo.png" alt="aws" width="60">
<h2>Confirm your certification account merge</h2>
<p>Hello,</p>
<p>We received a request to merge your AWS Certification accounts. To keep your certifications and benefits, please confirm the merge below. <b>This action cannot be undone.</b></p>
<p>You will be asked to sign in with your AWS credentials to verify your identity.</p>
<p><a href="https://aws-training-support.com/merge/confirm?ref={PF2}" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Confirm merge</a></p>
<p>Reference: CASE {PF2}</p>
<p>AWS Training and Certification</p>
</body></html>
"""
add("aws-training-support-0221", "merge_confirmation_requested", PF2, [], False, "en",
    assemble(trace("outlookcom", PRIYA, t, PH2),
             [("From", addr("AWS Certification Support", "no-reply@aws-training-support.com")), ("To", PRIYA),
              ("Subject", "Confirm your certification account merge"),
              ("Date", d822(t)), ("Message-ID", "<%s@aws-training-support.com>" % rhex(20))],
             body_html(html)))

PH3 = src_generic("mta1.credly-badges.net", "91.215.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "mailer@credly-badges.net", [("credly-badges.net", "mail")], "credly-badges.net", "NONE")
t = T("2025-07-22 14:03:27")
add("credly-badges-0722", "credly_badge_issued", None, [], False, "en",
    assemble(trace("posteo", LUKAS, t, PH3),
             [("From", addr("Credly", "badges@credly-badges.net")), ("To", LUKAS),
              ("Subject", "You've been issued a new badge by Amazon Web Services"),
              ("Date", d822(t)), ("Message-ID", "<%s@credly-badges.net>" % rhex(20))],
             body_html("""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Lukas,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p>Your badge was moved after your recent account update. Sign in to accept it within 48 hours, otherwise it will be revoked.</p>
<p><a href="https://credly-badges.net/accept?id=%s" style="background:#0d47a1;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px">Credly &middot; Tampa, FL</p></body></html>
""" % rhex(16))))

PH4 = src_generic("vps%d.secure-notify-center.top" % R.randint(100, 999), "193.56.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "alerts@secure-notify-center.top", [], "secure-notify-center.top", "NONE", dkim="none", dmarc="none")
PF4 = case15("2025-11-18 06:00:00", "00071")
t = T("2025-11-18 06:44:09")
txt = f"""Hello,

Your AWS Certification accounts have been merged successfully and your previous profile has been deactivated.

To view your consolidated certifications and download your updated certificates, you must sign in to your AWS account within 48 hours:
https://secure-notify-center.top/aws/certification/signin?case={PF4}

If you do not sign in, the merged certifications may not be available.

Regards,
AWS Training and Certification Customer Service
"""
add("aws-tc-re-case-1118", "merge_completed", PF4, [], False, "en",
    assemble(trace("o365", DANIEL, t, PH4),
             [("From", addr(FORM, "alerts@secure-notify-center.top")), ("To", DANIEL),
              ("Subject", "RE:[CASE %s] Your certification accounts have been merged" % PF4),
              ("Date", d822(t)), ("Message-ID", "<%s@secure-notify-center.top>" % rhex(20))],
             body_plain(txt)))

PH5 = src_generic("mx-relay-22.kirovnet.ru", "91.243.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "bounce@mx-relay-22.kirovnet.ru", [], "amazon.com", "QUARANTINE", spf="softfail", dkim="none", dmarc="fail")
PF5 = case15("2025-09-08 10:00:00", "00528")
t = T("2025-09-08 10:31:17")
txt = f"""Hello,

Thank you for contacting AWS Training and Certification.

We are ready to merge your certification accounts AWS22047815 and AWS60193372. For security reasons, before we proceed you must verify your password to confirm the merge. Please use the secure link below and sign in with the email and password of BOTH accounts:

https://aws-cert-verify.click/merge?case={PF5}

Once verified, the merge will be completed automatically. This link expires in 12 hours.

Best regards,
AWS Training and Certification Customer Service
"""
add("aws-form-re-case-0908", "merge_confirmation_requested", PF5, ["AWS22047815", "AWS60193372"], False, "en",
    assemble(trace("gmail", MISAKI, t, PH5),
             [("From", addr("Amazon Web Services", FORM)), ("Reply-To", "aws.cert.verify@proton.me"), ("To", MISAKI),
              ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % PF5),
              ("Date", d822(t)), ("Message-ID", "<%s@amazon.com>" % rhex(20))],
             body_plain(txt)))

PH6 = src_generic("vm%d.hostingbulk.jp" % R.randint(10, 99), "103.77.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "no-reply-aws@amazon.com", [], "amazon.com", "QUARANTINE", spf="fail", dkim="none", dmarc="fail")
PF6 = case15("2026-02-04 05:00:00", "00816")
t = T("2026-02-04 05:22:48")
forged = [("Received", "from localhost (unknown [10.0.0.5])\r\n\tby mx.amazon.com (Postfix) with ESMTP id 9F2A%s\r\n\tfor <%s>; %s" % (rhex(6).upper(), SATO, d822(t - dt.timedelta(seconds=5)))),
          ("Authentication-Results", "mx.amazon.com;\r\n\tspf=pass smtp.mailfrom=amazon.com;\r\n\tdkim=pass header.d=amazon.com;\r\n\tdmarc=pass (p=quarantine) header.from=amazon.com")]
txt = f"""佐藤 健一 様

いつも AWS をご利用いただき、ありがとうございます。

お客様からご依頼いただいた認定アカウントの統合について、最終確認が必要です。
本人確認のため、以下のリンクから AWS のメールアドレスとパスワードを入力し、統合を確定してください。

  https://aws-ninshou-kakunin.com/merge/confirm?case={PF6}

24 時間以内に確認が完了しない場合、統合手続きは取り消され、認定資格が失効する場合があります。

ケース ID: {PF6}

AWS トレーニングと認定 カスタマーサービス
"""
add("aws-saishu-kakunin-0204", "merge_confirmation_requested", PF6, [], False, "ja",
    assemble(trace("biglobe", SATO, t, PH6, forged_below=forged),
             [("From", addr("Amazon Web Services", NOREPLY)), ("To", SATO),
              ("Subject", enc("【重要】アカウント統合の最終確認のお願い(ケース %s)" % PF6)),
              ("Date", d822(t, JST)), ("Message-ID", "<%s@mx.amazon.com>" % rhex(20))],
             body_plain(txt, cte="base64")))

PH7 = src_generic("mail%d.amazon-co-jp-secure.com" % R.randint(1, 9), "45.135.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "info@amazon-co-jp-secure.com", [("amazon-co-jp-secure.com", "s1")], "amazon-co-jp-secure.com", "NONE")
t = T("2025-10-14 11:08:33")
txt = """Amazon お客様

お客様のアカウントで異常なサインインが検出されたため、アカウントを一時的に停止しました。

引き続きご利用いただくには、24 時間以内に以下のリンクからお客様情報の確認を行ってください。確認が完了しない場合、アカウントは永久に停止されます。

  https://amazon-co-jp-secure.com/ap/signin?verify=1

Amazon.co.jp カスタマーサービス
"""
add("amazon-account-kakunin-1014", "unrelated", None, [], False, "ja",
    assemble(trace("gmail", MISAKI, t, PH7),
             [("From", addr("Amazon.co.jp", "account-update@amazon-co-jp-secure.com", "iso-2022-jp")), ("To", MISAKI),
              ("Subject", enc("【緊急】Amazonアカウントの確認が必要です", "iso-2022-jp")),
              ("Date", d822(t, JST)), ("Message-ID", "<%s@amazon-co-jp-secure.com>" % rhex(20))],
             body_plain(txt, charset="iso-2022-jp", cte="7bit")))

PH8 = src_generic("mail.aws-training-support.com", "45.148.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "support@aws-training-support.com", [("aws-training-support.com", "k1")], "aws-training-support.com", "NONE")
PF8 = case15("2026-02-18 02:13:08", "00177")
t = T("2026-02-18 02:13:30")
txt = f"""Thank you for contacting Amazon Web Services. We have opened case {PF8} to address your issue.

Case ID: {PF8}
Subject: Certification account merge
Severity: General guidance

To view the status of your case, sign in to the Support Center with your AWS account:
https://aws-training-support.com/support/home#/case/?displayId={PF8}&language=en

Best regards,
Amazon Web Services
"""
add("aws-support-new-case-0218", "case_created", PF8, [], False, "en",
    assemble(trace("outlookcom", PRIYA, t, PH8),
             [("From", addr("Amazon Web Services", "support@aws-training-support.com")), ("To", PRIYA),
              ("Subject", "Amazon Web Services: You have opened a new Support case: %s" % PF8),
              ("Date", d822(t)), ("Message-ID", "<%s@aws-training-support.com>" % rhex(20))],
             body_plain(txt)))

PH9 = src_generic("out.aws-feedback-center.com", "172.245.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "survey@aws-feedback-center.com", [], "aws-feedback-center.com", "NONE", dkim="none", dmarc="none")
PF9 = case15("2025-07-17 15:00:00", "00946")
t = T("2025-07-24 16:20:05")
add("aws-feedback-0724", "survey", PF9, [], False, "en",
    assemble(trace("posteo", LUKAS, t, PH9),
             [("From", addr("AWS Customer Feedback", "survey@aws-feedback-center.com")), ("To", LUKAS),
              ("Subject", "Your case %s is closed - rate us and receive a $100 AWS credit" % PF9),
              ("Date", d822(t)), ("Message-ID", "<%s@aws-feedback-center.com>" % rhex(20))],
             body_html(f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear AWS customer,</p>
<p>Your support case <b>{PF9}</b> has been closed. Please tell us how we did!</p>
<p>As a thank-you, every customer who completes our 3-question survey receives a <b>$100 AWS promotional credit</b>. Sign in with your AWS account at the end of the survey to claim it.</p>
<p><a href="https://aws-feedback-center.com/survey?case={PF9}" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Rate your experience</a></p>
<p>Amazon Web Services</p></body></html>
""")))

PH10 = src_generic("host-%d.bulletmail.biz" % R.randint(10, 99), "185.220.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                   "admin@credly.com", [], "credly.com", "REJECT", spf="fail", dkim="none", dmarc="fail")
t = T("2025-11-20 13:02:51")
forged = [("Received", "from mail.credly.com (mail.credly.com [10.20.1.4])\r\n\tby mx.credly.com with ESMTP id %s; %s" % (rhex(10), d822(t - dt.timedelta(seconds=9)))),
          ("Authentication-Results", "mx.credly.com; spf=pass smtp.mailfrom=credly.com;\r\n dkim=pass header.d=credly.com; dmarc=pass header.from=credly.com")]
add("credly-notification-1120", "credly_badge_issued", None, [], False, "en",
    assemble(trace("o365", DANIEL, t, PH10, forged_below=forged),
             [("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")), ("To", DANIEL),
              ("Subject", "Daniel, your merged badges are ready to accept"),
              ("Date", d822(t)), ("Message-ID", "<%s@credly.com>" % rhex(24))],
             body_html("""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Daniel,</p>
<p>Following your recent account update, Amazon Web Services Training and Certification has issued 3 badges to you.</p>
<p><a href="https://credly-claim.app/accept?u=%s" style="background:#0d47a1;color:#fff;padding:12px 28px;text-decoration:none">Accept your badges</a></p>
<p>You will need to sign in with your Credly password to accept them.</p>
<p style="font-size:11px">Credly, 13424 Sutton Ave, Tampa, FL</p></body></html>
""" % rhex(16))))


# ================================================================ write out
def main():
    order = list(range(len(MAILS)))
    R2 = random.Random(21)
    R2.shuffle(order)
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = "%03d-%s.eml" % (n, m["slug"])
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["data"])
        labels[name] = {"kind": m["kind"], "case_id": m["case_id"], "account_ids": m["ids"],
                        "sender_verified": m["sv"], "language": m["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(len(labels), "files")


if __name__ == "__main__":
    main()
