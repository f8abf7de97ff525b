#!/usr/bin/env python3
"""Generator for blind set 186: acknowledgements (case created) and look-alikes.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(186)
LABELS = {}

JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
UTC = timezone.utc
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))


# ---------------------------------------------------------------- helpers
def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    raw = bytes(RNG.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def case15(dt):
    """15-digit display id: Unix time of opening + 5 digits."""
    return "%d%05d" % (int(dt.timestamp()), RNG.randrange(100000))


def ses_id(dt):
    ms = int(dt.timestamp() * 1000)
    return "0100%012x-%s-000000" % (ms, ruuid())


def ses_msgid(dt):
    return "<%s@email.amazonses.com>" % ses_id(dt)


def fold_b64(s, width=76, indent="\t "):
    return ("\n" + indent).join(s[i:i + width] for i in range(0, len(s), width))


def dkim(d, s, dt, h, c="relaxed/simple", extra=""):
    ts = int(dt.timestamp())
    return ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\t"
            "bh=%s;\n\tb=%s%s" % (c, s, d, ts, h, rb64(32), fold_b64(rb64(192)), extra))


SES_H = "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID"


def ses_dkims(dt, from_dom="amazon.com", sel="rte02"):
    return [
        ("DKIM-Signature", dkim(from_dom, sel, dt, SES_H)),
        ("DKIM-Signature", dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", dt, SES_H)),
    ]


def ip_ses():
    return "54.240.%d.%d" % (RNG.choice([8, 9, 11, 13, 27, 48]), RNG.randrange(2, 250))


def gmail_rcvd(helo, ip, to, dt):
    host = "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:4]) if helo is None else helo
    loc = dt.astimezone(PDT)
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%02d.%02d.%02d.%02d.%02d\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            "        %s" % (host, host, ip, "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20)),
                            RNG.randrange(10, 99), loc.year, loc.month, loc.day, loc.hour, loc.minute, loc.second,
                            to, format_datetime(loc).replace("-0700", "-0700 (PDT)")))


def gmail_auth(mailfrom, ip, dkims, dmarc, from_dom, spf="pass", note=None):
    lines = ["mx.google.com;"]
    for d, s, res in dkims:
        lines.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (res, d, s, rb64(6)[:8]))
    dom = mailfrom.split("@")[1]
    if spf == "pass":
        lines.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
                     % (mailfrom, ip, mailfrom))
    else:
        lines.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;"
                     % (spf, mailfrom, ip, mailfrom))
    if dmarc == "pass":
        lines.append("       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % from_dom)
    elif dmarc == "fail":
        lines.append("       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % from_dom)
    else:
        lines.append("       dmarc=%s header.from=%s" % (dmarc, from_dom))
    return "\n".join(lines)


def outlook_auth(mailfrom_dom, ip, dkim_d, dkim_res, dmarc, from_dom, spf="pass", compauth="pass reason=100"):
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n"
            " header.from=%s;compauth=%s" % (spf, ip, mailfrom_dom, dkim_res, dkim_d, dmarc, from_dom, compauth))


def outlook_rcvd(ip, dt, host="a8-35.smtp-out.amazonses.com"):
    return ("from %s (%s) by\n AM4PEPF00027A6C.mail.protection.outlook.com (10.167.16.90) with Microsoft\n"
            " SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s"
            % (host, ip, RNG.randrange(7000, 8999), RNG.randrange(10, 99), format_datetime(dt.astimezone(UTC)).replace("-0000", "+0000")))


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", declared=None, flowed=False):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8",
             "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}.get(charset, charset)
    if not text.endswith("\n"):
        text += "\n"
    data = text.replace("\n", "\r\n").encode(codec)
    p = Message()
    ct = 'text/%s; charset="%s"' % (subtype, declared or charset)
    if flowed:
        ct += "; format=flowed"
    p["Content-Type"] = ct
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload.replace("\r\n", "\n"))
    return p


def multipart(sub, parts, boundary=None):
    m = Message()
    m["Content-Type"] = "multipart/%s" % sub
    m.set_boundary(boundary or ("----=_Part_%d_%d.%d" % (RNG.randrange(10**6, 10**7), RNG.randrange(10**8, 10**9),
                                                          RNG.randrange(10**12, 10**13))))
    for p in parts:
        m.attach(p)
    return m


def gboundary():
    return "000000000000" + rhex(16)


def subj(s, charset="utf-8", enc=None):
    """Encoded-word subject, folded over lines."""
    if all(ord(c) < 128 for c in s) and enc is None:
        return s
    h = Header(s, charset, maxlinelen=76, header_name="Subject")
    return h.encode(linesep="\n")


def addr(name, email, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.:;()'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (Header(name, charset).encode(), email)


def emit(num, slug, headers, body, label):
    """headers: list of (name, value); body: Message (single part or multipart)."""
    content = [(k, v) for k, v in body._headers if k.lower().startswith("content-")]
    body._headers = list(headers) + [("MIME-Version", "1.0")] + content
    fn = "%03d-%s.eml" % (num, slug)
    data = body.as_bytes()
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data)
    kind, case_id, ids, verified, lang = label
    LABELS[fn] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
                  "sender_verified": verified, "language": lang}


# common envelope building blocks -------------------------------------------
def aws_gmail(to, dt, frm, subject, extra=None, dmarc="pass", from_dom="amazon.com", dk=("pass", "pass"),
              reply_to=None):
    """Headers of a genuine SES-sent AWS mail as delivered into a Gmail box."""
    ip = ip_ses()
    sid = ses_id(dt)
    mailfrom = "%s@email.amazonses.com" % sid
    rdt = dt + timedelta(seconds=RNG.randrange(1, 4))
    h = [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:6f02:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
         % (rhex(3), rhex(3), rhex(4), rhex(4), rhex(6), format_datetime(rdt.astimezone(PDT)) + " (PDT)")),
        ("X-Google-Smtp-Source", rb64(60)[:78]),
        ("X-Received", "by 2002:a05:6214:%s:b0:6fa:%s:%s with SMTP id %s;\n        %s"
         % (rhex(4), rhex(4), rhex(4), rhex(6), format_datetime(rdt.astimezone(PDT)) + " (PDT)")),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
         % (int(rdt.timestamp()), fold_b64(rb64(96), 70, "        "))),
        ("ARC-Authentication-Results", "i=1; " + gmail_auth(mailfrom, ip, [(from_dom, "rte02", dk[0]),
                                                                         ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", dk[1])],
                                                             dmarc, from_dom)),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", gmail_rcvd(None, ip, to, rdt)),
        ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)),
        ("Authentication-Results", gmail_auth(mailfrom, ip, [(from_dom, "rte02", dk[0]),
                                                              ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", dk[1])],
                                              dmarc, from_dom)),
    ]
    h += ses_dkims(dt, from_dom)
    h += [("Date", format_datetime(dt.astimezone(UTC)).replace("-0000", "+0000")),
          ("From", frm), ("To", to)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Message-ID", "<%s@email.amazonses.com>" % sid), ("Subject", subject)]
    h += extra or []
    h.append(("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(33)[:44]))
    h.append(("X-SES-Outgoing", dt.strftime("%Y.%m.%d-") + ip))
    return h


def aws_outlook(to, dt, frm, subject, extra=None, dmarc="pass", from_dom="amazon.com", dkim_res="pass"):
    ip = ip_ses()
    sid = ses_id(dt)
    rdt = dt + timedelta(seconds=RNG.randrange(1, 4))
    h = [
        ("Received", "from DU2PR03MB8045.eurprd03.prod.outlook.com (2603:10a6:10:2d6::9) by\n PAXPR03MB7905.eurprd03.prod.outlook.com with HTTPS; %s"
         % format_datetime(rdt.astimezone(UTC)).replace("-0000", "+0000")),
        ("Received", "from AM4PEPF00027A6C.eurprd04.prod.outlook.com (2603:10a6:20b:4bc::6)\n by DU2PR03MB8045.eurprd03.prod.outlook.com (2603:10a6:10:2d6::9) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.31; %s"
         % format_datetime(rdt.astimezone(UTC)).replace("-0000", "+0000")),
        ("Authentication-Results", outlook_auth("email.amazonses.com", ip, from_dom, dkim_res, dmarc, from_dom)),
        ("Received-SPF", "Pass (protection.outlook.com: domain of email.amazonses.com\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=a8-35.smtp-out.amazonses.com; pr=C" % (ip, ip)),
        ("Received", outlook_rcvd(ip, rdt)),
    ]
    h += ses_dkims(dt, from_dom)
    h += [("Date", format_datetime(dt.astimezone(UTC)).replace("-0000", "+0000")),
          ("From", frm), ("To", to), ("Message-ID", "<%s@email.amazonses.com>" % sid), ("Subject", subject)]
    h += extra or []
    h.append(("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(33)[:44]))
    h += [("Return-Path", "%s@email.amazonses.com" % sid),
          ("X-MS-Exchange-Organization-AuthSource", "AM4PEPF00027A6C.eurprd04.prod.outlook.com"),
          ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-Exchange-Organization-SCL", "1")]
    return h


def jp_provider(to, dt, frm, subject, authserv, mailfrom, ip, helo, dkim_d, dkim_res, spf, dmarc, from_dom,
                extra=None, dkim_sigs=None, msgid=None):
    rdt = dt + timedelta(seconds=RNG.randrange(1, 6))
    loc = format_datetime(rdt.astimezone(JST))
    h = [
        ("Return-Path", "<%s>" % mailfrom),
        ("Delivered-To", to),
        ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4b%s\n\tfor <%s>; %s" % (
            helo, helo, ip, authserv.replace("mx", "mfilter"), rhex(10).upper(), to, loc)),
        ("Authentication-Results", "%s; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n\tdmarc=%s header.from=%s"
         % (authserv, spf, mailfrom.split("@")[1], dkim_res, dkim_d, dmarc, from_dom)),
    ]
    if dkim_sigs is None:
        h += ses_dkims(dt, from_dom)
    else:
        h += dkim_sigs
    h += [("Date", format_datetime(dt.astimezone(UTC)).replace("-0000", "+0000")),
          ("From", frm), ("To", to), ("Message-ID", msgid or ses_msgid(dt)), ("Subject", subject)]
    h += extra or []
    return h


def html_wrap(inner, title="Amazon Web Services"):
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />"
            "<title>%s</title></head>\n<body style=\"margin:0;padding:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td align=\"center\">\n"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#ffffff\">\n"
            "<tr><td style=\"background:#232f3e;padding:16px 24px\"><img src=\"https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png\" width=\"90\" alt=\"AWS\" /></td></tr>\n"
            "<tr><td style=\"padding:24px;font-size:14px;line-height:20px;color:#16191f\">\n%s\n</td></tr>\n"
            "<tr><td style=\"padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n"
            "</table></td></tr></table>\n</body></html>" % (title, inner))


def p(s):
    return "<p style=\"margin:0 0 12px 0\">%s</p>" % s.replace("\n", "<br />\n")


# ---------------------------------------------------------------- mails
MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
AWS_NAME = "Amazon Web Services"

# personas -----------------------------------------------------------------
P1 = ("Daniel Reyes", "daniel.reyes.cloud@gmail.com")
P2 = ("Priya Nair", "priya.nair88@outlook.com")
P3 = ("佐藤 浩之", "h-sato@nifty.com")
P4 = ("田中 由紀", "yuki.tanaka.0412@gmail.com")
P5 = ("Marek Kowalczyk", "marek.kowalczyk@gmail.com")
P6 = ("Joseph Osei", "j.osei@nordfjordlogistics.no")
P7 = ("Chen Wei", "chenwei.sre@gmail.com")
P8 = ("鈴木 健", "ken.suzuki@biglobe.ne.jp")


def to_hdr(pp):
    return addr(pp[0], pp[1])


def support_center(cid, lang="en"):
    return "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s" % (cid, lang)


# ===== case_created =========================================================
@mail
def m_console_ack_en(n):
    dt = datetime(2025, 5, 27, 23, 14, 6, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=4))
    subject = "Amazon Web Services: You have opened a new Support case: %s" % cid
    desc = ("Hello, I have two AWS Certification accounts. My old one (AWS04417785) was created with my\n"
            "previous employer's email and the new one aws11290352 with my personal gmail. I would like\n"
            "all certifications on the personal account. Can you merge them please? Thanks, Daniel")
    plain = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
             "Case ID: %s\nSubject: Merge my two certification accounts\nSeverity: General guidance\n"
             "Correspondence: %s\n\n"
             "To see all the details or to reply to this case, please visit the Support Center:\n%s\n\n"
             "Please do not reply to this email as this email address does not accept replies.\n\n"
             "Sincerely,\nAmazon Web Services\n\n"
             "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
             "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n"
             % (cid, cid, desc, support_center(cid)))
    html = html_wrap(
        p("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue." % cid) +
        "<table cellpadding=\"4\" style=\"font-size:14px\"><tr><td><b>Case ID:</b></td><td>%s</td></tr>"
        "<tr><td><b>Subject:</b></td><td>Merge my two certification accounts</td></tr>"
        "<tr><td><b>Severity:</b></td><td>General guidance</td></tr>"
        "<tr><td valign=\"top\"><b>Correspondence:</b></td><td>%s</td></tr></table>" % (cid, desc.replace("\n", " ")) +
        p("To see all the details or to reply to this case, please visit the <a href=\"%s\">Support Center</a>." % support_center(cid)) +
        p("Please do not reply to this email as this email address does not accept replies.") +
        p("Sincerely,\nAmazon Web Services"))
    body = multipart("alternative", [text_part(plain), text_part(html, "html")])
    emit(n, "console-case-opened-merge", aws_gmail(P1[1], dt, addr(AWS_NAME, NOREPLY), subject), body,
         ("case_created", cid, ["AWS04417785", "AWS11290352"], True, "en"))


@mail
def m_form_ack_echo(n):
    dt = datetime(2025, 6, 3, 9, 41, 55, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=7))
    subject = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid
    plain = ("Hello Priya,\n\n"
             "Thank you for reaching out to AWS Training and Certification. This is an automated message to let you\n"
             "know that your request has been received and case %s has been created.\n\n"
             "A member of our team will review your request and respond within 24 hours, Monday through Friday.\n"
             "If you need to add information, just reply to this email and keep the case number in the subject line.\n"
             "Please do not submit a new form for the same request, as duplicate cases may delay our response.\n\n"
             "----- Your submission -----\n"
             "First name: Priya\nLast name: Nair\nEmail: priya.nair88@outlook.com\n"
             "AWS Candidate ID: AWS-09921403\n"
             "Inquiry type: Certification\nInquiry detail: Account Merge\n"
             "Description: Hi team, I have 2 accounts. AWS-09921403 is from my old company mail which i can not\n"
             "access anymore, and AWS10384512 is the one I use now. Please move everything to AWS10384512.\n"
             "---------------------------\n\n"
             "Regards,\nAWS Training and Certification\nhttps://aws.amazon.com/training/\n" % cid)
    body = text_part(plain, cte="quoted-printable")
    emit(n, "form-ack-with-submission", aws_outlook(P2[1], dt, addr(AWS_NAME, FORM), subject), body,
         ("case_created", cid, ["AWS09921403", "AWS10384512"], True, "en"))


@mail
def m_form_ack_html_only(n):
    dt = datetime(2022, 9, 14, 17, 5, 12, tzinfo=UTC)
    cid = "10857213941"
    subject = "We've received your request [CASE %s]" % cid
    html = html_wrap(
        "<h2 style=\"font-size:20px;margin:0 0 16px 0;color:#232f3e\">We&#39;ve got it from here</h2>" +
        p("Hi Marek,") +
        p("Thanks for contacting AWS Training and Certification Customer Support. Your inquiry has been logged "
          "under case number <b>%s</b> and routed to the right team." % cid) +
        p("What happens next? A support specialist will look at your request and write back to this email "
          "address, usually within one business day. You don&#39;t need to do anything else for now.") +
        "<table cellpadding=\"6\" style=\"border:1px solid #eaeded;font-size:13px;width:100%%\">"
        "<tr><td style=\"background:#fafafa;width:35%%\">Case number</td><td>%s</td></tr>"
        "<tr><td style=\"background:#fafafa\">Category</td><td>Certification &gt; Account Merge</td></tr>"
        "<tr><td style=\"background:#fafafa\">Status</td><td>Open</td></tr></table><br />" % cid +
        p("Kind regards,<br />AWS Training and Certification"), "AWS Training and Certification")
    body = text_part(html, "html", cte="base64")
    emit(n, "form-ack-html-only-2022", aws_gmail(P5[1], dt, addr("AWS Training and Certification", FORM), subject), body,
         ("case_created", cid, [], True, "en"))


@mail
def m_console_ack_2019_plain(n):
    dt = datetime(2019, 11, 6, 4, 22, 40, tzinfo=UTC)
    cid = "6204418731"
    subject = "Amazon Web Services: You have opened a new Support case: %s" % cid
    plain = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
             "Case ID: %s\n"
             "Subject: Merge certification accounts AWS02291837 and AWS09480066\n"
             "Severity: General guidance\n\n"
             "To see all the details or to reply to this case, please visit the Support Center: "
             "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
             "Please do not reply to this email as this email address does not accept replies.\n\n"
             "Sincerely,\nAmazon Web Services\n" % (cid, cid, cid))
    body = text_part(plain, charset="us-ascii", cte="7bit")
    emit(n, "console-case-opened-2019-plain", aws_gmail(P7[1], dt, addr(AWS_NAME, NOREPLY), subject), body,
         ("case_created", cid, ["AWS02291837", "AWS09480066"], True, "en"))


@mail
def m_console_ack_ja(n):
    dt = datetime(2025, 7, 8, 1, 3, 27, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=5))
    subject = subj("Amazon Web Services: 新しいサポートケースを開きました: %s" % cid, "iso-2022-jp")
    plain = ("アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。"
             "お客様のお問い合わせに対応するため、ケース %s をオープンいたしました。\n\n"
             "ケース ID: %s\n件名: 認定アカウントの統合のお願い\n重要度: 一般的なガイダンス\n\n"
             "詳細の確認、またはこのケースへの返信は、サポートセンターからお願いいたします:\n%s\n\n"
             "このメールアドレスは送信専用のため、ご返信いただいてもお受けできません。\n\n"
             "よろしくお願いいたします。\nアマゾン ウェブ サービス\n" % (cid, cid, support_center(cid, "ja")))
    body = text_part(plain, charset="iso-2022-jp", cte="7bit")
    ip = ip_ses()
    h = jp_provider(P3[1], dt, addr(AWS_NAME, NOREPLY), subject, "mx.nifty.com",
                    "%s@email.amazonses.com" % ses_id(dt), ip, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]),
                    "amazon.com", "pass", "pass", "pass", "amazon.com")
    emit(n, "console-case-opened-ja-iso2022jp", h, body, ("case_created", cid, [], True, "ja"))


@mail
def m_form_ack_ja_sjis(n):
    dt = datetime(2025, 3, 18, 6, 30, 2, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=3))
    subject = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid
    plain = ("鈴木 健 様\n\n"
             "AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n"
             "本メールはお問い合わせの受付を自動でお知らせするものです。\n\n"
             "ケース番号: %s\n\n"
             "担当者より原則 24 時間以内（土日祝日を除く）にご連絡いたします。\n"
             "追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。\n"
             "同じ内容で新たにお問い合わせいただくと、回答が遅れる場合がございますのでご了承ください。\n\n"
             "■ お問い合わせ内容\n"
             "お名前: 鈴木 健\n"
             "メールアドレス: ken.suzuki@biglobe.ne.jp\n"
             "AWS 認定候補者 ID: AWS04093321\n"
             "お問い合わせの種類: 認定 / アカウントの統合\n"
             "詳細: 以前の会社のメールアドレスで作成したアカウント（AWS04093321）と、現在のアカウント（AWS10655408）を\n"
             "統合したいです。残すのは AWS10655408 の方でお願いします。\n\n"
             "--\nAWS トレーニングと認定\nhttps://aws.amazon.com/jp/training/\n" % cid)
    body = text_part(plain, charset="shift_jis", cte="base64")
    ip = ip_ses()
    h = jp_provider(P8[1], dt, addr(AWS_NAME, FORM), subject, "mx.biglobe.ne.jp",
                    "%s@email.amazonses.com" % ses_id(dt), ip, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]),
                    "amazon.com", "pass", "pass", "pass", "amazon.com")
    emit(n, "form-ack-ja-shiftjis-echo", h, body, ("case_created", cid, ["AWS04093321", "AWS10655408"], True, "ja"))


P9 = ("Aisha Bello", "aisha.bello@yahoo.com")
P10 = ("Lukas Brenner", "lukas.brenner@outlook.de")
P11 = ("Tomás Herrera", "tomas.herrera.mx@gmail.com")


@mail
def m_form_ack_ja_html_asks(n):
    dt = datetime(2025, 8, 19, 2, 47, 13, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=6))
    subject = subj("【AWS トレーニングと認定】お問い合わせを受け付けました（ケース番号: %s）" % cid, "utf-8")
    html = html_wrap(
        p("田中 由紀 様") +
        p("このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。<br />"
          "以下の内容でお問い合わせを受け付けました。") +
        "<table cellpadding=\"6\" style=\"border-collapse:collapse;font-size:13px\">"
        "<tr><td style=\"border:1px solid #d5dbdb;background:#f7f7f7\">ケース番号</td><td style=\"border:1px solid #d5dbdb\">%s</td></tr>"
        "<tr><td style=\"border:1px solid #d5dbdb;background:#f7f7f7\">カテゴリ</td><td style=\"border:1px solid #d5dbdb\">認定 &gt; アカウント統合</td></tr>"
        "<tr><td style=\"border:1px solid #d5dbdb;background:#f7f7f7\">受付日時</td><td style=\"border:1px solid #d5dbdb\">2025/08/19 11:47 (JST)</td></tr></table><br />" % cid +
        p("担当者が内容を確認のうえ、通常 1 営業日以内にご連絡いたします。") +
        p("<b>より迅速な対応のため、以下の情報を本メールへのご返信にてお知らせいただけますと幸いです。</b><br />"
          "・統合対象となる各アカウントのログイン用メールアドレス<br />"
          "・統合後に残すアカウント（存続アカウント）のご希望") +
        p("※件名のケース番号は変更せずにご返信ください。<br />"
          "※同一のご依頼で新しいケースを作成されますと、対応が遅れる原因となります。") +
        p("今後ともAWS トレーニングと認定をよろしくお願いいたします。<br />AWS トレーニングと認定 カスタマーサポート"),
        "AWS トレーニングと認定")
    body = text_part(html, "html", cte="base64")
    emit(n, "form-ack-ja-html-asks-emails", aws_gmail(P4[1], dt, addr("AWS トレーニングと認定", FORM), subject), body,
         ("case_created", cid, [], True, "ja"))


@mail
def m_salesforce_ack(n):
    dt = datetime(2023, 2, 7, 21, 18, 45, tzinfo=UTC)
    cid = "11483920177"
    ref = "ref:_00D1U1aB2c._5004W0Xyz12K:ref"
    subject = "Case %s received: Certification account merge [ %s ]" % (cid, ref)
    plain = ("Dear Aisha,\n\n"
             "Thank you for contacting AWS Training & Certification Support.\n\n"
             "This is an automatic reply to confirm that we have received your message. Your case number is %s.\n"
             "Our team answers requests in the order they are received; you can expect a reply within 1-2 business days.\n\n"
             "Summary of your request\n"
             "  Subject:        Certification account merge\n"
             "  Candidate ID:   AWS 07715530\n"
             "  Priority:       Normal\n"
             "  Status:         New\n\n"
             "When replying, please leave the reference line below intact so your message is added to the same case.\n\n"
             "Best regards,\nAWS Training & Certification Support\n\n"
             "%s\n" % (cid, ref))
    html = ("<html><body style=\"font-family:Salesforce Sans,Arial,sans-serif;font-size:13px\">" +
            plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>")
    html = "<p>" + html
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    ip = "13.110.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    mailfrom = "aws-tc-support=amazon.com__%s@%s.bnc.salesforce.com" % (rhex(16), rhex(8))
    rdt = dt + timedelta(seconds=2)
    h = [
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from 10.217.135.193\n by atlas213.free.mail.bf1.yahoo.com with HTTP; %s" % format_datetime(rdt)),
        ("Received", "from smtp15-ia4-sp3.mta.salesforce.com (EHLO smtp15-ia4-sp3.mta.salesforce.com) (%s)\n"
         "  by 10.217.135.193 with SMTPs (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n  %s" % (ip, format_datetime(rdt))),
        ("Authentication-Results", "atlas213.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=sf102022;\n"
         " spf=pass smtp.mailfrom=salesforce.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;"),
        ("X-Apparently-To", "aisha.bello@yahoo.com; %s" % format_datetime(rdt)),
        ("DKIM-Signature", dkim("amazon.com", "sf102022", dt, "Date:From:To:Subject:MIME-Version:Content-Type")),
        ("Date", format_datetime(dt)),
        ("From", '"AWS Training & Certification Support" <aws-tc-support@amazon.com>'),
        ("Reply-To", "aws-tc-support@amazon.com"),
        ("To", "\"aisha.bello@yahoo.com\" <aisha.bello@yahoo.com>"),
        ("Message-ID", "<%s.%d.JavaMail.sfdc@ip-10-24-%d-%d.ia4.sfdc-lywfpd>" % (rb64(12).replace("/", "x"), RNG.randrange(10**6),
                                                                               RNG.randrange(255), RNG.randrange(255))),
        ("Subject", subject),
        ("X-SFDC-LK", "00D1U1aB2c"),
        ("X-SFDC-User", "0054W00000B7kqQ"),
        ("X-Sender", "postmaster@salesforce.com"),
        ("X-mail_abuse_inquiries", "http://www.salesforce.com/company/abuse.jsp"),
        ("X-SFDC-TLS-NoRelay", "1"),
        ("X-SFDC-Binding", "1WrIRBV94myi25uB"),
        ("X-SFDC-EmailCategory", "caseAutoResponse"),
    ]
    emit(n, "helpdesk-autoresponse-salesforce", h, body, ("case_created", cid, ["AWS07715530"], True, "en"))


@mail
def m_zendesk_ack(n):
    dt = datetime(2024, 10, 22, 14, 2, 51, tzinfo=UTC)
    tid = "4821307"
    subject = "[AWS T&C Support] Re: Two certification accounts - please merge"
    plain = ("##- Please type your reply above this line -##\n\n"
             "Your request (%s) has been received and is being reviewed by our support staff.\n\n"
             "To add additional comments, reply to this email.\n\n"
             "----------------------------------------------\n\n"
             "Tomás Herrera, Oct 22, 2024, 14:02 UTC\n\n"
             "Hello, I passed the Cloud Practitioner with my university account (candidate id aws10288761) and the\n"
             "Developer Associate with my work account AWS11904126. Is it possible to put both under one account? I\n"
             "would prefer to keep the work one.\n\n"
             "--------------------------------\n"
             "This email is a service from AWS T&C Support.\n\n"
             "[ZD7X2R-9K4M]\n" % tid)
    html = ("<div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>"
            "<p dir=\"ltr\">Your request (%s) has been received and is being reviewed by our support staff.</p>"
            "<p dir=\"ltr\">To add additional comments, reply to this email.</p>"
            "<div style=\"margin-top:25px\"><table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">"
            "<tr><td width=\"100%%\" style=\"padding:15px 0;border-top:1px dotted #c5c5c5\">"
            "<p style=\"font-size:15px;color:#1b1d1e;margin:0\"><strong>Tomás Herrera</strong></p>"
            "<p style=\"color:#bbbbbb;font-size:13px;margin:0\">Oct 22, 2024, 14:02 UTC</p>"
            "<div class=\"zd-comment\" dir=\"auto\"><p>Hello, I passed the Cloud Practitioner with my university account "
            "(candidate id aws10288761) and the Developer Associate with my work account AWS11904126. Is it possible to put both "
            "under one account? I would prefer to keep the work one.</p></div></td></tr></table></div>"
            "<div style=\"color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee\">"
            "This email is a service from AWS T&amp;C Support.</div>"
            "<span style=\"color:#FFFFFF\" aria-hidden=\"true\">[ZD7X2R-9K4M]</span>" % tid)
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")],
                     boundary="--==_mimepart_%s_%d" % (rhex(13), RNG.randrange(10**5)))
    ip = "192.161.148.%d" % RNG.randrange(10, 200)
    mailfrom = "bounces+%s@mail.zendesk.com" % RNG.randrange(10**7, 10**8)
    rdt = dt + timedelta(seconds=3)
    auth = gmail_auth(mailfrom, ip, [("zendesk.com", "zendesk1", "pass"), ("aws-tc.zendesk.com", "zendesk2", "pass")],
                      "pass", "aws-tc.zendesk.com").replace("p=QUARANTINE sp=QUARANTINE dis=NONE", "p=NONE sp=NONE dis=NONE")
    h = [("Delivered-To", P11[1]),
         ("Received", "by 2002:a05:7010:%s:b0:3f1:%s:%s with SMTP id %s;\n        %s (PDT)" % (rhex(4), rhex(4), rhex(4), rhex(6), format_datetime(rdt.astimezone(PDT)))),
         ("Return-Path", "<%s>" % mailfrom),
         ("Received", gmail_rcvd("out-148-%s.mail.zendesk.com" % ip.split(".")[-1], ip, P11[1], rdt)),
         ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)),
         ("Authentication-Results", auth),
         ("DKIM-Signature", dkim("zendesk.com", "zendesk1", dt, "date:from:reply-to:to:message-id:subject:mime-version:content-type")),
         ("DKIM-Signature", dkim("aws-tc.zendesk.com", "zendesk2", dt, "date:from:reply-to:to:message-id:subject:mime-version:content-type")),
         ("Date", format_datetime(dt).replace("-0000", "+0000")),
         ("From", '"AWS T&C Support" <support@aws-tc.zendesk.com>'),
         ("Reply-To", "AWS T&C Support <support+id%s@aws-tc.zendesk.com>" % tid),
         ("To", addr(P11[0], P11[1])),
         ("Message-ID", "<%s_%s_sprut@zendesk.com>" % (rhex(13).upper(), rhex(8))),
         ("Subject", subject),
         ("X-Zendesk-From-Account-Id", rhex(7)),
         ("X-Zendesk-Email-Id", rhex(26).upper()),
         ("Auto-Submitted", "auto-generated")]
    emit(n, "helpdesk-ack-zendesk-style", h, body, ("case_created", tid, ["AWS10288761", "AWS11904126"], False, "en"))


@mail
def m_outlook_ack_wrong_charset(n):
    dt = datetime(2025, 1, 29, 7, 55, 30, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=2))
    subject = "AWS Training & Certification \u2013 Case %s created" % cid
    plain = ("Hi Lukas,\n\n"
             "Thanks for getting in touch \u2013 we\u2019ve created case %s for your request about candidate ID aws10473318.\n\n"
             "What\u2019s next?\n"
             "\u2022 Our Certification team will reply by email, normally within 24 hours.\n"
             "\u2022 You can reply to this message at any time to add details or attachments.\n"
             "\u2022 Please don\u2019t open another case for the same question \u2013 it only slows things down.\n\n"
             "Case: %s\nQueue: Certification \u2013 Account Assistance\nOpened: 29 Jan 2025 07:55 UTC\n\n"
             "Thank you,\nAWS Training & Certification\n" % (cid, cid))
    body = text_part(plain, charset="utf-8", declared="iso-8859-1", cte="quoted-printable")
    hdr_subject = Header(subject, "utf-8").encode()
    emit(n, "form-ack-outlook-mislabeled-charset", aws_outlook(P10[1], dt, addr(AWS_NAME, FORM), hdr_subject), body,
         ("case_created", cid, ["AWS10473318"], True, "en"))


@mail
def m_phish_ack_lookalike(n):
    dt = datetime(2025, 6, 11, 12, 40, 9, tzinfo=UTC)
    cid = case15(dt - timedelta(minutes=3))
    to = P5[1]
    subject = "Your AWS Certification case %s has been created - action required" % cid
    plain = ("Dear Candidate,\n\n"
             "We have received your request to merge your AWS Certification accounts and created case %s.\n\n"
             "To prevent fraudulent merges, all requests must be verified within 24 hours. Please sign in and confirm\n"
             "your candidate profile using the secure link below, otherwise your case will be closed automatically\n"
             "and your certifications may be suspended:\n\n"
             "https://aws-certification-help.com/verify?case=%s&u=bWFyZWsua293YWxjenlr\n\n"
             "Thank you,\nAWS Certification Support Team\n" % (cid, cid))
    html = ("<html><body style=\"font-family:Arial\"><img src=\"https://aws-certification-help.com/img/aws.png\" width=\"80\"><br><br>"
            "<p>Dear Candidate,</p><p>We have received your request to merge your AWS Certification accounts and created case "
            "<b>%s</b>.</p><p>To prevent fraudulent merges, all requests must be verified within <b>24 hours</b>. Please sign in "
            "and confirm your candidate profile using the secure link below, otherwise your case will be closed automatically "
            "and your certifications may be suspended:</p><p><a href=\"https://aws-certification-help.com/verify?case=%s&u=bWFyZWsua293YWxjenlr\" "
            "style=\"background:#ff9900;color:#000;padding:10px 18px;text-decoration:none\">Verify my account</a></p>"
            "<p>Thank you,<br>AWS Certification Support Team</p></body></html>" % (cid, cid))
    body = multipart("alternative", [text_part(plain, cte="7bit", charset="us-ascii"), text_part(html, "html", cte="base64")],
                     boundary="b1_%s" % rhex(32))
    ip = "185.234.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    mailfrom = "bounce@aws-certification-help.com"
    rdt = dt + timedelta(seconds=4)
    h = [("Delivered-To", to),
         ("Received", "by 2002:a05:6f02:%s:b0:b1e:%s:%s with SMTP id %s;\n        %s (PDT)" % (rhex(3), rhex(4), rhex(4), rhex(6), format_datetime(rdt.astimezone(PDT)))),
         ("Return-Path", "<%s>" % mailfrom),
         ("Received", gmail_rcvd("mail.aws-certification-help.com", ip, to, rdt)),
         ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)),
         ("Authentication-Results", gmail_auth(mailfrom, ip, [("aws-certification-help.com", "default", "pass")], "pass",
                                               "aws-certification-help.com").replace("p=QUARANTINE sp=QUARANTINE dis=NONE", "p=NONE sp=NONE dis=NONE")),
         ("DKIM-Signature", dkim("aws-certification-help.com", "default", dt, "From:To:Subject:Date:Message-ID")),
         ("Date", format_datetime(dt)),
         ("From", '"AWS Certification" <support@aws-certification-help.com>'),
         ("To", to),
         ("Message-ID", "<%s@aws-certification-help.com>" % rhex(24)),
         ("Subject", subject),
         ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
    emit(n, "phish-ack-lookalike-domain", h, body, ("case_created", cid, [], False, "en"))


@mail
def m_ack_no_auth_exchange(n):
    dt = datetime(2025, 4, 14, 10, 12, 37, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=9))
    subject = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid
    plain = ("Dear Customer,\n\n"
             "We have received your submission to AWS Training and Certification and a support case has been opened for you.\n\n"
             "    Case number : %s\n"
             "    Topic       : Certification / Account Merge\n"
             "    Candidate ID(s) given : AWS06628104, AWS11873045\n\n"
             "An agent will contact you at this address. Our target response time is 24 hours on business days.\n"
             "You may reply to this e-mail to add information to the case.\n\n"
             "Best regards,\nAWS Training and Certification\n" % cid)
    body = text_part(plain, charset="us-ascii", cte="7bit")
    loc = dt.astimezone(CEST)
    h = [("Received", "from NFLEXCH02.nordfjord.local (10.20.1.12) by NFLEXCH01.nordfjord.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n"
          " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox\n Transport; %s" % format_datetime(loc + timedelta(seconds=5))),
         ("Received", "from mailgw.nordfjordlogistics.no (10.20.0.5) by NFLEXCH02.nordfjord.local\n (10.20.1.12) with Microsoft SMTP Server id 15.2.1544.11; %s" % format_datetime(loc + timedelta(seconds=4))),
         ("Received", "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])\n"
          "\tby mailgw.nordfjordlogistics.no (Postfix) with ESMTPS id 4ZbQ1n6Xk8z1xYt\n\tfor <j.osei@nordfjordlogistics.no>; %s" % format_datetime(loc + timedelta(seconds=2))),
         ] + ses_dkims(dt) + [
         ("Date", format_datetime(dt).replace("-0000", "+0000")),
         ("From", addr(AWS_NAME, FORM)),
         ("To", "<j.osei@nordfjordlogistics.no>"),
         ("Message-ID", ses_msgid(dt)),
         ("Subject", subject),
         ("Return-Path", "%s@email.amazonses.com" % ses_id(dt)),
         ("X-MS-Exchange-Organization-AuthSource", "NFLEXCH02.nordfjord.local"),
         ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
         ("X-MS-Exchange-Organization-Network-Message-Id", ruuid())]
    emit(n, "form-ack-exchange-no-authresults", h, body, ("case_created", cid, ["AWS06628104", "AWS11873045"], None, "en"))


P12 = ("Olivia Grant", "olivia.grant@icloud.com")
P13 = ("山本 彩", "aya.yamamoto@so-net.ne.jp")
P14 = ("Samuel Adeyemi", "samuel.adeyemi.dev@gmail.com")
P15 = ("Rahul Mehta", "rahul.mehta1987@hotmail.com")
P16 = ("伊藤 大輔", "d.ito@outlook.jp")
P17 = ("Hannah Li", "hannah.li@contoso-pharma.com")


@mail
def m_autoreply_quoting_user(n):
    dt = datetime(2025, 9, 2, 3, 16, 48, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=3))
    subject = "RE: Request to merge 3 certification accounts [CASE %s]" % cid
    user_dt = dt - timedelta(seconds=40)
    plain = ("Hello,\n\n"
             "Thank you for your email. This automatic response confirms that we received it and opened case %s.\n"
             "An AWS Training and Certification specialist will reply to you, in most cases within 24 hours.\n\n"
             "Need to add something? Reply to this message without changing the subject.\n\n"
             "Sincerely,\nAWS Training and Certification\n\n"
             "________________________________\n"
             "From: Chen Wei <chenwei.sre@gmail.com>\n"
             "Sent: %s\n"
             "To: aws-cs-trainingcertification-form@amazon.com\n"
             "Subject: Request to merge 3 certification accounts\n\n"
             "Hi,\n\n"
             "I have three candidate accounts because of job changes: AWS02291837, AWS09480066 and AWS12410057.\n"
             "I asked for this in 2019 but it was never done. Please merge all into AWS12410057.\n\n"
             "Thank you\nChen Wei\n" % (cid, user_dt.strftime("%A, %B %d, %Y %I:%M %p").replace(" 0", " ")))
    body = text_part(plain, cte="quoted-printable")
    emit(n, "autoreply-to-email-quotes-user", aws_gmail(P7[1], dt, addr(AWS_NAME, FORM), subject), body,
         ("case_created", cid, [], True, "en"))


@mail
def m_spoofed_ack_forged_lower_ar(n):
    dt = datetime(2025, 7, 21, 16, 9, 3, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=30))
    to = P1[1]
    subject = "Amazon Web Services: You have opened a new Support case: %s" % cid
    plain = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
             "Case ID: %s\nSubject: Certification account merge\nSeverity: General guidance\n\n"
             "Important: merge requests must be validated by the account owner. Review and validate your request here:\n"
             "https://console-aws-amazon.support-case.net/support/home?displayId=%s\n\n"
             "Please do not reply to this email as this email address does not accept replies.\n\n"
             "Sincerely,\nAmazon Web Services\n" % (cid, cid, cid))
    body = text_part(plain, charset="us-ascii", cte="7bit")
    ip = "45.141.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    mailfrom = "no-reply-aws@amazon.com"
    rdt = dt + timedelta(seconds=2)
    top = ("mx.google.com;\n       spf=softfail (google.com: domain of transitioning no-reply-aws@amazon.com does not designate "
           "%s as permitted sender) smtp.mailfrom=no-reply-aws@amazon.com;\n"
           "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % ip)
    h = [("Delivered-To", to),
         ("Received", "by 2002:a05:6f02:%s:b0:b1e:%s:%s with SMTP id %s;\n        %s (PDT)" % (rhex(3), rhex(4), rhex(4), rhex(6), format_datetime(rdt.astimezone(PDT)))),
         ("Return-Path", "<%s>" % mailfrom),
         ("Received", gmail_rcvd("vps-27731.hostsrv.example-cloud.ru", ip, to, rdt)),
         ("Received-SPF", "softfail (google.com: domain of transitioning no-reply-aws@amazon.com does not designate %s as permitted sender) client-ip=%s;" % (ip, ip)),
         ("Authentication-Results", top),
         ("X-Spam-Status", "No, score=-0.1"),
         ("Authentication-Results", "amazon.com;\n       dkim=pass header.i=@amazon.com header.s=rte02;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com"),
         ("Date", format_datetime(dt)),
         ("From", addr(AWS_NAME, NOREPLY)),
         ("To", to),
         ("Message-ID", "<%s-%s-000000@email.amazonses.com>" % ("0100%012x" % int(dt.timestamp() * 1000), ruuid())),
         ("Subject", subject)]
    emit(n, "spoofed-console-ack-forged-authresults", h, body, ("case_created", cid, [], False, "en"))


@mail
def m_ack_duplicate_warning(n):
    dt = datetime(2025, 10, 6, 15, 27, 19, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=4))
    old = case15(dt - timedelta(days=8, hours=3, minutes=12))
    subject = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid
    plain = ("Hello Tomás,\n\n"
             "We received your request and opened case %s.\n\n"
             "Our records show another open case from this email address that looks like the same request (case %s).\n"
             "If this is a duplicate, there is no need to do anything: we will link the two cases and answer you once.\n"
             "If it is a different question, just reply to this email and tell us.\n\n"
             "Expected response time: within 24 hours (business days).\n\n"
             "Your request\n"
             "  Inquiry type: AWS Training and Certification > Certification\n"
             "  Inquiry detail: Account Merge\n"
             "  Candidate ID: AWS11904126\n"
             "  Message: I opened a case last week but never got an answer, maybe I forgot the notification e-mail in the\n"
             "  form. Again: please merge AWS10288761 into AWS11904126.\n\n"
             "Thank you for your patience,\nAWS Training and Certification\n" % (cid, old))
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"),
                                      text_part(html_wrap(p(plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">"))), "html",
                                                cte="quoted-printable")])
    emit(n, "form-ack-second-case-duplicate-note", aws_gmail(P11[1], dt, addr(AWS_NAME, FORM), subject), body,
         ("case_created", cid, ["AWS10288761", "AWS11904126"], True, "en"))


@mail
def m_console_ack_icloud(n):
    dt = datetime(2024, 12, 9, 19, 44, 2, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=3))
    to = P12[1]
    subject = "Amazon Web Services: You have opened a new Support case: %s" % cid
    plain = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
             "Case ID: %s\n"
             "Subject: Training and Certification - merge duplicate candidate profiles\n"
             "Severity: General guidance\n"
             "CC Email Addresses: o.grant@brightwave-analytics.com\n\n"
             "To see all the details or to reply to this case, please visit the Support Center:\n%s\n\n"
             "Please do not reply to this email as this email address does not accept replies.\n\n"
             "Sincerely,\nAmazon Web Services\n" % (cid, cid, support_center(cid)))
    body = text_part(plain, cte="quoted-printable")
    ip = ip_ses()
    sid = ses_id(dt)
    mailfrom = "%s@email.amazonses.com" % sid
    rdt = dt + timedelta(seconds=2)
    h = [("Return-Path", "<%s>" % mailfrom),
         ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=amazon.com"),
         ("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s;\n"
          "\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s" % (rb64(6)[:8], rb64(6)[:8])),
         ("Authentication-Results", "spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)),
         ("Received-SPF", "pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=a48-30.smtp-out.amazonses.com; envelope-from=%s" % (mailfrom, ip, ip, mailfrom)),
         ("Received", "from a48-30.smtp-out.amazonses.com (mx.icloud.com [17.58.63.177])\n\tby p00-icloudmta-asmtp-us-west-3a-60-percent-4 (Postfix) with ESMTPS id 01%s\n\tfor <%s>; %s (UTC)"
          % (rhex(14).upper(), to, format_datetime(rdt))),
         ] + ses_dkims(dt) + [
         ("Date", format_datetime(dt)),
         ("From", addr(AWS_NAME, NOREPLY)),
         ("To", to),
         ("Cc", "o.grant@brightwave-analytics.com"),
         ("Message-ID", "<%s@email.amazonses.com>" % sid),
         ("Subject", subject),
         ("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % rb64(33)[:44])]
    emit(n, "console-ack-icloud-cc", h, body, ("case_created", cid, [], True, "en"))


@mail
def m_form_ack_ja_iso_echo(n):
    dt = datetime(2025, 2, 25, 0, 58, 44, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=5))
    subject = subj("[CASE %s] AWS トレーニングと認定 お問い合わせ受付のお知らせ" % cid, "iso-2022-jp")
    plain = ("山本 彩 様\n\n"
             "平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。\n"
             "お問い合わせを受け付けましたので、お知らせいたします。\n\n"
             "――――――――――――――――――――\n"
             "ケース ID : %s\n"
             "お問い合わせカテゴリ : 認定 ＞ アカウントの統合\n"
             "ご入力いただいた認定候補者 ID : AWS 03392817 ／ AWS-11620094\n"
             "――――――――――――――――――――\n\n"
             "内容を確認のうえ、担当者より順次ご連絡差し上げます。\n"
             "なお、回答までに 1〜2 営業日ほどお時間をいただく場合がございます。あらかじめご了承くださいませ。\n\n"
             "※本メールにご返信いただくことで、お問い合わせに情報を追加いただけます。\n\n"
             "AWS トレーニングと認定\n" % cid)
    body = text_part(plain, charset="iso-2022-jp", cte="7bit")
    ip = ip_ses()
    h = jp_provider(P13[1], dt, addr(AWS_NAME, FORM), subject, "mx.so-net.ne.jp",
                    "%s@email.amazonses.com" % ses_id(dt), ip, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]),
                    "amazon.com", "pass", "pass", "pass", "amazon.com")
    emit(n, "form-ack-ja-iso2022jp-echo-ids", h, body, ("case_created", cid, ["AWS03392817", "AWS11620094"], True, "ja"))


@mail
def m_ack_with_selfhelp(n):
    dt = datetime(2025, 4, 30, 20, 3, 57, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=6))
    subject = "Thanks for contacting AWS Training and Certification - Case %s" % cid
    plain = ("Hi Samuel,\n\n"
             "Your request is in our queue as case %s. We aim to get back to you within 24 hours.\n\n"
             "While you wait, these articles answer the most common certification account questions:\n"
             "  * I have more than one certification account. Can they be combined?\n"
             "    https://aws.amazon.com/certification/faqs/#account\n"
             "  * How do I update the email address on my certification account?\n"
             "  * Where can I find my AWS candidate ID?\n\n"
             "If one of these solves your problem, reply \"resolved\" and we'll close the case for you.\n\n"
             "Best,\nThe AWS Training and Certification team\n" % cid)
    html = html_wrap(
        p("Hi Samuel,") +
        p("Your request is in our queue as case <strong>%s</strong>. We aim to get back to you within 24 hours." % cid) +
        p("While you wait, these articles answer the most common certification account questions:") +
        "<ul><li><a href=\"https://aws.amazon.com/certification/faqs/#account\">I have more than one certification account. Can they be combined?</a></li>"
        "<li><a href=\"https://aws.amazon.com/certification/faqs/\">How do I update the email address on my certification account?</a></li>"
        "<li><a href=\"https://aws.amazon.com/certification/faqs/\">Where can I find my AWS candidate ID?</a></li></ul>" +
        p("If one of these solves your problem, reply &quot;resolved&quot; and we&#39;ll close the case for you.") +
        p("Best,<br />The AWS Training and Certification team"))
    body = multipart("alternative", [text_part(plain, cte="base64"), text_part(html, "html", cte="base64")])
    emit(n, "form-ack-selfhelp-links", aws_gmail(P14[1], dt, addr("AWS Training and Certification", FORM), subject), body,
         ("case_created", cid, [], True, "en"))


@mail
def m_ack_2020_hotmail(n):
    dt = datetime(2020, 8, 17, 13, 36, 21, tzinfo=UTC)
    cid = "7318840261"
    subject = "AWS Training and Certification Customer Service - Case %s" % cid
    plain = ("Dear Rahul Mehta,\n\n"
             "Thank you for contacting AWS Training and Certification Customer Service.\n\n"
             "We have received your inquiry and assigned it case number %s. Please reference this number in any future\n"
             "correspondence regarding this matter.\n\n"
             "Your inquiry:\n"
             "    Category: Certification Account\n"
             "    Please combine my candidate accounts AWS00871245 and AWS01963207. Second one was created by mistake\n"
             "    when I registered for the SysOps exam.\n\n"
             "Due to high volumes, responses may take up to 2 business days.\n\n"
             "Regards,\nAWS Training and Certification Customer Service\n" % cid)
    body = text_part(plain, charset="windows-1252", cte="quoted-printable")
    emit(n, "form-ack-2020-10digit-hotmail", aws_outlook(P15[1], dt, addr("AWS Training and Certification", "aws-certification-noreply@amazon.com"), subject), body,
         ("case_created", cid, ["AWS00871245", "AWS01963207"], True, "en"))

# quoting helpers ----------------------------------------------------------
WD_JA = "月火水木金土日"


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def gmail_attr(dt, name, email_):
    return "On %s at %s %s <%s> wrote:" % (dt.strftime("%a, %b %-d, %Y"), dt.strftime("%-I:%M %p"), name, email_)


def ja_attr(dt, name, email_):
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (dt.year, dt.month, dt.day, WD_JA[dt.weekday()], dt.hour, dt.minute, name, email_)


def outlook_block(dt, frm, to, subject_, sent_fmt="%A, %B %-d, %Y %-I:%M %p"):
    return ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n"
            % (frm, dt.strftime(sent_fmt), to, subject_))


@mail
def m_console_ack_ja_outlookjp(n):
    dt = datetime(2025, 11, 12, 5, 20, 14, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=4))
    subject = subj("Amazon Web Services: 新しいサポートケースを開きました: %s" % cid, "utf-8")
    plain = ("アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、"
             "ケース %s をオープンしました。\n\n"
             "ケース ID: %s\n件名: AWS認定 アカウント統合(重複アカウント)\n重要度: 一般的なガイダンス\n"
             "やり取り: 認定試験の受験時に誤って別のメールアドレスでアカウントを作成してしまいました。"
             "候補者IDは AWS05120443 と AWS12876630 です。AWS05120443 に統合をお願いします。\n\n"
             "詳細を確認する、またはこのケースに返信するには、サポートセンターにアクセスしてください:\n%s\n\n"
             "このメールアドレスは返信を受け付けていませんので、このメールには返信しないでください。\n\n"
             "よろしくお願いいたします。\nアマゾン ウェブ サービス\n" % (cid, cid, support_center(cid, "ja")))
    html = html_wrap(p(plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">")), "アマゾン ウェブ サービス")
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    emit(n, "console-ack-ja-outlookjp-echo", aws_outlook(P16[1], dt, addr(AWS_NAME, NOREPLY), subject), body,
         ("case_created", cid, ["AWS05120443", "AWS12876630"], True, "ja"))


@mail
def m_form_ack_three_ids(n):
    dt = datetime(2025, 12, 1, 22, 45, 31, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=8))
    subject = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid
    plain = ("Hello,\n\n"
             "Thank you for contacting AWS Training and Certification. We have received your form submission and opened\n"
             "case %s. Our team will respond to you within 24 hours.\n\n"
             "Please keep the case number in the subject if you reply to this email.\n\n"
             "Submitted details:\n"
             "Name: Olivia Grant\n"
             "AWS Candidate ID: aws-08815290\n"
             "Question: Certification - Account Merge\n"
             "Details: Three profiles exist for me: aws-08815290 (main), AWS 06671302 (old job) and aws10932217 (created\n"
             "by Pearson VUE by mistake). Keep the first one please.\n\n"
             "Regards,\nAWS Training and Certification\n" % cid)
    html = html_wrap(p(plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">")))
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")],
                     boundary=None)
    emit(n, "form-ack-three-ids-mixed-formats", aws_gmail("olivia.grant.cloud@gmail.com", dt, addr(AWS_NAME, FORM), subject), body,
         ("case_created", cid, ["AWS06671302", "AWS08815290", "AWS10932217"], True, "en"))


@mail
def m_console_ack_external_banner(n):
    dt = datetime(2025, 5, 5, 14, 11, 50, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=3))
    subject = "[EXTERNAL] Amazon Web Services: You have opened a new Support case: %s" % cid
    banner = ("CAUTION: This email originated from outside of Contoso Pharma. Do not click links or open attachments "
              "unless you recognize the sender and know the content is safe.\n\n")
    plain = (banner +
             "Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
             "Case ID: %s\nSubject: Please combine my two Certification accounts\nSeverity: General guidance\n\n"
             "To see all the details or to reply to this case, please visit the Support Center:\n%s\n\n"
             "Please do not reply to this email as this email address does not accept replies.\n\n"
             "Sincerely,\nAmazon Web Services\n" % (cid, cid, support_center(cid)))
    html = ("<div style=\"background:#fff4ce;border:1px solid #e3c000;padding:6px;font-size:12px\">%s</div>" % banner.strip() +
            html_wrap(p("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue." % cid) +
                      p("Case ID: %s<br />Subject: Please combine my two Certification accounts<br />Severity: General guidance" % cid) +
                      p("To see all the details or to reply to this case, please visit the <a href=\"%s\">Support Center</a>." % support_center(cid)) +
                      p("Please do not reply to this email as this email address does not accept replies.") +
                      p("Sincerely,<br />Amazon Web Services")))
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    h = aws_outlook(P17[1], dt, addr(AWS_NAME, NOREPLY), subject)
    emit(n, "console-ack-corporate-external-banner", h, body, ("case_created", cid, [], True, "en"))


# ===== support_reply ========================================================
@mail
def m_reply_which_to_keep(n):
    dt = datetime(2025, 5, 28, 17, 32, 8, tzinfo=UTC)
    cid = LABELS["001-console-case-opened-merge.eml"]["case_id"]
    subject = "RE:[CASE %s] Merge my two certification accounts" % cid
    plain = ("Hello Daniel,\n\n"
             "Thank you for contacting AWS Training and Certification.\n\n"
             "I have located both certification accounts mentioned in your case:\n\n"
             "  - AWS04417785 (registered to d.reyes@vantage-insure.com)\n"
             "  - AWS11290352 (registered to daniel.reyes.cloud@gmail.com)\n\n"
             "Before I can submit this to our certification team, could you please tell me which of these two accounts you\n"
             "would like to keep as your primary account? Please note that the email address and login of the primary\n"
             "account will be the ones you use going forward.\n\n"
             "You can reply directly to this case in the Support Center:\n%s\n\n"
             "Best regards,\n\nRohan K.\nAmazon Web Services\n\n"
             "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n"
             "Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
             "Amazon Web Services, Inc. and affiliates\n" % support_center(cid))
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"),
                                      text_part(html_wrap(p(plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">"))), "html", cte="quoted-printable")])
    emit(n, "reply-asks-which-account-to-keep", aws_gmail(P1[1], dt, addr(AWS_NAME, NOREPLY), subject), body,
         ("support_reply", cid, ["AWS04417785", "AWS11290352"], True, "en"))


@mail
def m_reply_ask_login_emails(n):
    dt = datetime(2025, 6, 4, 11, 6, 40, tzinfo=UTC)
    cid = LABELS["002-form-ack-with-submission.eml"]["case_id"]
    subject = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid
    plain = ("Dear Priya,\n\n"
             "Greetings from AWS Training and Certification!\n\n"
             "I am Kavya and I will be assisting you on this case today. I understood you are wanting to have your two\n"
             "certification accounts combined as one.\n\n"
             "To proceed further, kindly provide us the below details:\n"
             "1. The login email address used for candidate ID AWS-09921403\n"
             "2. The login email address used for candidate ID AWS10384512\n"
             "3. The notification email address, if it is different from the login email\n\n"
             "As the first account is linked to an email you no longer can access, please do not worry, we only need the\n"
             "address for verification purpose. Once we receive these information we will be able to move ahead.\n\n"
             "Looking forward for your response.\n\n"
             "Thanks and Regards,\nKavya S.\nAWS Training and Certification\n\n"
             "-----Original Message-----\n"
             "From: Amazon Web Services <%s>\n"
             "Sent: Tuesday, June 3, 2025 9:41 AM\n"
             "To: priya.nair88@outlook.com\n"
             "Subject: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n"
             "Hello Priya,\n\n"
             "Thank you for reaching out to AWS Training and Certification. This is an automated message to let you\n"
             "know that your request has been received and case %s has been created.\n"
             "...\n"
             "AWS Candidate ID: AWS-09921403\n"
             "Inquiry type: Certification\nInquiry detail: Account Merge\n" % (FORM, cid, cid))
    body = text_part(plain, cte="quoted-printable")
    emit(n, "reply-asks-login-emails-nonnative", aws_outlook(P2[1], dt, addr(AWS_NAME, FORM), subject), body,
         ("support_reply", cid, ["AWS09921403", "AWS10384512"], True, "en"))


@mail
def m_new_correspondence_notice(n):
    cid = LABELS["016-console-ack-icloud-cc.eml"]["case_id"]
    dt = datetime(2024, 12, 10, 16, 51, 27, tzinfo=UTC)
    to = P12[1]
    subject = "[Case %s] New correspondence added" % cid
    plain = ("Hello,\n\n"
             "We've updated your AWS Support case %s.\n\n"
             "Case subject: Training and Certification - merge duplicate candidate profiles\n\n"
             "To view the correspondence and respond, sign in to the AWS Support Center:\n%s\n\n"
             "Please do not reply to this email. This email address is not monitored.\n\n"
             "Sincerely,\nAmazon Web Services\n" % (cid, support_center(cid)))
    html = html_wrap(p("Hello,") + p("We&#39;ve updated your AWS Support case <b>%s</b>." % cid) +
                     p("Case subject: Training and Certification - merge duplicate candidate profiles") +
                     p("<a href=\"%s\" style=\"background:#ec7211;color:#fff;padding:8px 16px;text-decoration:none\">View case</a>" % support_center(cid)) +
                     p("Please do not reply to this email. This email address is not monitored.") + p("Sincerely,<br />Amazon Web Services"))
    body = multipart("alternative", [text_part(plain, cte="7bit", charset="us-ascii"), text_part(html, "html", cte="quoted-printable")])
    emit(n, "console-new-correspondence-notice", aws_gmail(to, dt, addr(AWS_NAME, NOREPLY), subject), body, ("support_reply", cid, [], True, "en"))


@mail
def m_reply_thanks_will_proceed(n):
    cid = "10857213941"
    dt = datetime(2022, 9, 16, 8, 12, 55, tzinfo=UTC)
    user_dt = datetime(2022, 9, 15, 21, 40, tzinfo=CEST)
    agent_dt = datetime(2022, 9, 15, 19, 2, tzinfo=CEST)
    subject = "RE:[CASE %s] We've received your request" % cid
    quoted_agent = ("Hello Marek,\n\n"
                    "We can merge the following accounts:\n"
                    "Account to be merged (will be closed): AWS07730219\n"
                    "Primary account (will remain): AWS10097733\n\n"
                    "Please note the merge is permanent. Kindly reply to confirm.\n\n"
                    "Regards,\nJoanna\nAWS Training and Certification")
    quoted = ("Yes, that is correct. Please go ahead.\n\nMarek\n\n" +
              gmail_attr(agent_dt, AWS_NAME, FORM) + "\n\n" + q(quoted_agent))
    plain = ("Hi Marek,\n\n"
             "Thank you for confirming. I have now passed your request to our certification operations team to merge\n"
             "AWS07730219 into AWS10097733.\n\n"
             "Once the merge is complete you will receive a confirmation from us, and your certifications and exam history\n"
             "will show under AWS10097733. This usually takes 1-3 business days. No further action is needed from you in the\n"
             "meantime.\n\n"
             "Kind regards,\nJoanna\nAWS Training and Certification\n\n" +
             gmail_attr(user_dt, P5[0], P5[1]) + "\n\n" + q(quoted))
    body = text_part(plain, cte="quoted-printable")
    emit(n, "reply-thanks-for-confirming-will-proceed", aws_gmail(P5[1], dt, addr(AWS_NAME, FORM), subject), body,
         ("support_reply", cid, ["AWS07730219", "AWS10097733"], True, "en"))


@mail
def m_reply_ja_in_progress(n):
    cid = LABELS["005-console-case-opened-ja-iso2022jp.eml"]["case_id"]
    dt = datetime(2025, 7, 10, 4, 38, 12, tzinfo=UTC)
    user_dt = datetime(2025, 7, 9, 19, 5, tzinfo=JST)
    subject = subj("RE:[CASE %s] 認定アカウントの統合のお願い" % cid, "iso-2022-jp")
    quoted = ("お世話になっております。\n"
              "残すアカウントは AWS12044391 でお願いいたします。\n"
              "もう一方は AWS05512870 です。\n\n"
              "佐藤")
    plain = ("佐藤 浩之 様\n\n"
             "お世話になっております。AWS トレーニングと認定サポートの森でございます。\n\n"
             "ご返信いただき、誠にありがとうございます。\n"
             "いただいた情報をもとに、現在担当部署にてアカウントの確認作業を進めております。\n"
             "恐れ入りますが、今しばらくお待ちいただけますでしょうか。\n"
             "進捗がございましたら、改めて本ケースにてご連絡いたします。\n\n"
             "何卒よろしくお願い申し上げます。\n\n"
             "森 美咲\nアマゾン ウェブ サービス\n\n" +
             ja_attr(user_dt, "佐藤 浩之", P3[1]) + "\n" + q(quoted))
    body = text_part(plain, charset="iso-2022-jp", cte="7bit")
    ip = ip_ses()
    h = jp_provider(P3[1], dt, addr(AWS_NAME, NOREPLY), subject, "mx.nifty.com",
                    "%s@email.amazonses.com" % ses_id(dt), ip, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]),
                    "amazon.com", "pass", "pass", "pass", "amazon.com")
    emit(n, "reply-ja-working-on-it-quoted-ids", h, body, ("support_reply", cid, [], True, "ja"))


@mail
def m_reply_chaser(n):
    cid = LABELS["006-form-ack-ja-shiftjis-echo.eml"]["case_id"]
    dt = datetime(2025, 3, 24, 2, 15, 9, tzinfo=UTC)
    subject = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid
    plain = ("鈴木 健 様\n\n"
             "いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。\n\n"
             "先日 3 月 19 日にお送りしたメールにつきまして、まだご返信を確認できておりませんでしたので、"
             "念のため再度ご連絡いたしました。\n\n"
             "ご本人様確認のため、以下の情報をお知らせくださいますようお願い申し上げます。\n"
             "　・以前のアカウントに登録されていたメールアドレス\n"
             "　・以前のアカウントで最後に受験された試験名と受験日（おおよそで構いません）\n\n"
             "なお、本日より 5 営業日以内にご返信が確認できない場合、本ケースは一旦クローズさせていただきます。"
             "クローズ後も、本メールにご返信いただければ再開可能です。\n\n"
             "よろしくお願いいたします。\n\n"
             "AWS トレーニングと認定\n小林\n")
    body = text_part(plain, charset="shift_jis", cte="base64")
    ip = ip_ses()
    h = jp_provider(P8[1], dt, addr(AWS_NAME, FORM), subject, "mx.biglobe.ne.jp",
                    "%s@email.amazonses.com" % ses_id(dt), ip, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]),
                    "amazon.com", "pass", "pass", "pass", "amazon.com")
    emit(n, "reply-ja-chaser-waiting-for-info", h, body, ("support_reply", cid, [], True, "ja"))


@mail
def m_reply_voucher_question(n):
    cid = LABELS["018-form-ack-selfhelp-links.eml"]["case_id"]
    dt = datetime(2025, 5, 2, 15, 48, 33, tzinfo=UTC)
    user_dt = datetime(2025, 5, 1, 9, 12, tzinfo=timezone(timedelta(hours=1)))
    subject = "RE:[CASE %s] Thanks for contacting AWS Training and Certification" % cid
    quoted_user = ("Hello, one more question while you look at my accounts. I have a 50% discount voucher from my Solutions\n"
                   "Architect exam in the account AWS08340071. Will I lose it? I wanted to book the Security Specialty next month.\n\n"
                   "Thanks\nSamuel")
    plain = ("Hello Samuel,\n\n"
             "Thanks for your follow-up question about the exam discount benefit.\n\n"
             "Your 50% discount is a certification benefit, and it is available from the Benefits section of your certification\n"
             "account as long as you hold an active certification. It is not lost when accounts are combined, but I would\n"
             "recommend that you wait until your case is finished before you schedule the Security - Specialty exam, so that\n"
             "the appointment is created in the account you will keep.\n\n"
             "Regarding the account consolidation itself: your request is still with our team, and we will write to you in\n"
             "this case as soon as there is an update.\n\n"
             "Have a good day,\nMateo\nAWS Training and Certification\n\n" +
             "From: Samuel Adeyemi <samuel.adeyemi.dev@gmail.com>\n"
             "Date: Thu, 1 May 2025 09:12\n"
             "Subject: Re: Thanks for contacting AWS Training and Certification - Case %s\n\n" % cid + q(quoted_user))
    html_plain = plain.split("From: Samuel")[0]
    html = html_wrap(p(html_plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">")) +
                     "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\"><b>From:</b> Samuel Adeyemi "
                     "&lt;samuel.adeyemi.dev@gmail.com&gt;<br /><b>Date:</b> Thu, 1 May 2025 09:12<br /><br />" +
                     quoted_user.replace("\n", "<br />") + "</blockquote>")
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    emit(n, "reply-answers-voucher-question", aws_gmail(P14[1], dt, addr(AWS_NAME, FORM), subject), body,
         ("support_reply", cid, [], True, "en"))


@mail
def m_reply_exam_appointment_blocker(n):
    cid = LABELS["022-console-ack-corporate-external-banner.eml"]["case_id"]
    dt = datetime(2025, 5, 6, 20, 2, 44, tzinfo=UTC)
    subject = "[EXTERNAL] RE:[CASE %s] Please combine my two Certification accounts" % cid
    plain = ("CAUTION: This email originated from outside of Contoso Pharma. Do not click links or open attachments "
             "unless you recognize the sender and know the content is safe.\n\n"
             "Hello Hannah,\n\n"
             "Thank you for your patience.\n\n"
             "I reviewed candidate IDs AWS 09157722 and AWS 11738405. The second account has an upcoming exam appointment\n"
             "(AWS Certified Machine Learning Engineer - Associate, 21 May 2025). Accounts with a scheduled exam can't be\n"
             "combined until the appointment has been taken or cancelled, because the appointment would be lost.\n\n"
             "Could you let us know how you would like to continue?\n"
             "  a) Take the exam first and we process your request afterwards, or\n"
             "  b) Reschedule the exam in Pearson VUE to a later date after our work is finished.\n\n"
             "Also, for our records, please share briefly why two accounts were created (for example a change of employer).\n\n"
             "Best regards,\n\nNadia\nAmazon Web Services\n\n"
             "We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
             "You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
             "Amazon Web Services, Inc. and affiliates\n")
    body = text_part(plain, cte="quoted-printable")
    emit(n, "reply-exam-appointment-blocks-merge", aws_outlook(P17[1], dt, addr(AWS_NAME, NOREPLY), subject), body,
         ("support_reply", cid, ["AWS09157722", "AWS11738405"], True, "en"))


# ===== merge_confirmation_requested ===========================================
@mail
def m_confirm_request_form(n):
    cid = LABELS["002-form-ack-with-submission.eml"]["case_id"]
    dt = datetime(2025, 6, 5, 8, 29, 16, tzinfo=UTC)
    user_dt = datetime(2025, 6, 4, 21, 3, tzinfo=timezone(timedelta(hours=1)))
    subject = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid
    plain = ("Dear Priya,\n\n"
             "Thank you for sharing the requested details.\n\n"
             "Please review below the accounts which will be merged:\n\n"
             "Source account (will be deactivated after merge):\n"
             "  Candidate ID: AWS09921403\n  Email: priya.nair@helix-systems.co.uk\n\n"
             "Target account (will be retained):\n"
             "  Candidate ID: AWS10384512\n  Email: priya.nair88@outlook.com\n\n"
             "All certifications, exam history and benefits of the source account will be moved to the target account.\n"
             "Kindly note that once merged, the accounts cannot be separated again.\n\n"
             "If the above information is correct, please reply to this email with your confirmation so that we can\n"
             "process the merge.\n\n"
             "Thanks and Regards,\nKavya S.\nAWS Training and Certification\n\n" +
             outlook_block(user_dt, "Priya Nair <priya.nair88@outlook.com>", "Amazon Web Services <%s>" % FORM,
                           "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid) +
             "\nHi Kavya,\n\nLogin for AWS-09921403 was priya.nair@helix-systems.co.uk, for AWS10384512 it is this outlook address.\n"
             "Notification email is same.\n\nRegards\nPriya\n")
    body = text_part(plain, cte="quoted-printable")
    emit(n, "confirm-request-source-target-outlook", aws_outlook(P2[1], dt, addr(AWS_NAME, FORM), subject), body,
         ("merge_confirmation_requested", cid, ["AWS09921403", "AWS10384512"], True, "en"))


@mail
def m_confirm_request_ja(n):
    cid = LABELS["017-form-ack-ja-iso2022jp-echo-ids.eml"]["case_id"]
    dt = datetime(2025, 2, 26, 6, 4, 51, tzinfo=UTC)
    subject = subj("RE:[CASE %s] AWS トレーニングと認定 お問い合わせ受付のお知らせ" % cid, "iso-2022-jp")
    plain = ("山本 彩 様\n\n"
             "AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n"
             "担当の中村でございます。\n\n"
             "お調べしたところ、以下の 2 つのアカウントが確認できました。\n\n"
             "　統合元（統合後に無効となるアカウント）: AWS03392817\n"
             "　統合先（今後ご利用いただくアカウント）: AWS11620094\n\n"
             "統合元アカウントの認定資格および受験履歴は、すべて統合先アカウントへ移行されます。\n"
             "なお、一度統合したアカウントを元に戻すことはできませんので、ご注意ください。\n\n"
             "上記の内容でよろしければ、本メールにご返信のうえ、統合を進めてよい旨をお知らせください。\n"
             "ご確認いただけ次第、手続きを開始いたします。\n\n"
             "よろしくお願いいたします。\n\n"
             "中村 翔太\nAWS トレーニングと認定\n")
    body = text_part(plain, charset="iso-2022-jp", cte="7bit")
    ip = ip_ses()
    h = jp_provider(P13[1], dt, addr(AWS_NAME, FORM), subject, "mx.so-net.ne.jp",
                    "%s@email.amazonses.com" % ses_id(dt), ip, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]),
                    "amazon.com", "pass", "pass", "pass", "amazon.com")
    emit(n, "confirm-request-ja-keigo", h, body, ("merge_confirmation_requested", cid, ["AWS03392817", "AWS11620094"], True, "ja"))


@mail
def m_confirm_request_phish_dmarc_fail(n):
    cid = LABELS["021-form-ack-three-ids-mixed-formats.eml"]["case_id"]
    to = "olivia.grant.cloud@gmail.com"
    dt = datetime(2025, 12, 2, 9, 12, 3, tzinfo=UTC)
    subject = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % cid
    plain = ("Hello Olivia,\n\n"
             "We are ready to merge your profiles. Accounts AWS06671302 and AWS10932217 will be merged into AWS08815290.\n\n"
             "To confirm the merge you must sign in with your AWS credentials on our secure verification page within\n"
             "12 hours. If you do not confirm, all three profiles will be locked for security reasons.\n\n"
             "Confirm merge: https://aws-training-verify.net/confirm?c=%s\n\n"
             "Regards,\nAWS Training and Certification\n" % cid)
    body = text_part(plain, cte="quoted-printable")
    ip = "91.215.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    mailfrom = "info@aws-training-verify.net"
    rdt = dt + timedelta(seconds=2)
    h = [("Delivered-To", to),
         ("Received", "by 2002:a05:6f02:%s:b0:b1e:%s:%s with SMTP id %s;\n        %s (PST)" % (rhex(3), rhex(4), rhex(4), rhex(6), format_datetime(rdt.astimezone(PST)))),
         ("Return-Path", "<%s>" % mailfrom),
         ("Received", gmail_rcvd("mail.aws-training-verify.net", ip, to, rdt)),
         ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)),
         ("Authentication-Results", gmail_auth(mailfrom, ip, [("aws-training-verify.net", "mail", "pass")], "fail", "amazon.com")),
         ("DKIM-Signature", dkim("aws-training-verify.net", "mail", dt, "From:To:Subject:Date")),
         ("Date", format_datetime(dt)),
         ("From", addr(AWS_NAME, FORM)),
         ("To", to),
         ("Message-ID", "<%s@mail.aws-training-verify.net>" % rhex(20)),
         ("Subject", subject)]
    emit(n, "phish-confirm-request-dmarc-fail", h, body,
         ("merge_confirmation_requested", cid, ["AWS06671302", "AWS08815290", "AWS10932217"], False, "en"))


@mail
def m_confirm_request_three_nonnative(n):
    cid = LABELS["013-autoreply-to-email-quotes-user.eml"]["case_id"]
    dt = datetime(2025, 9, 3, 10, 40, 22, tzinfo=UTC)
    subject = "RE:[CASE %s] Request to merge 3 certification accounts" % cid
    ack_dt = datetime(2025, 9, 2, 3, 16, 48, tzinfo=UTC).astimezone(timezone(timedelta(hours=8)))
    quoted = ("Hello,\n\nThank you for your email. This automatic response confirms that we received it and opened case %s.\n"
              "An AWS Training and Certification specialist will reply to you, in most cases within 24 hours.\n\n"
              "Sincerely,\nAWS Training and Certification" % cid)
    plain = ("Hello Chen Wei,\n\n"
             "Good day! My name is Ana and I am handling your case.\n\n"
             "We checked our system and found the 3 profiles under your name. As per your request, these will be\n"
             "combined to a single profile as below:\n\n"
             "  AWS02291837  -> to be combined into AWS12410057\n"
             "  AWS09480066  -> to be combined into AWS12410057\n"
             "  AWS12410057  -> stays active (all certifications will be visible here)\n\n"
             "Kindly take note that this process is irreversible. We will also need to close the old 2019 case as\n"
             "duplicate.\n\n"
             "Can you please verify the above details and give us your go signal by replying to this mail? We will only\n"
             "start the process after we hear back from you.\n\n"
             "Warm regards,\nAna R.\nAWS Training and Certification\n\n" +
             gmail_attr(ack_dt, AWS_NAME, FORM) + "\n" + q(quoted))
    html_plain = plain.split("On ")[0]
    html = html_wrap(p(html_plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">")))
    body = multipart("alternative", [text_part(plain, cte="base64"), text_part(html, "html", cte="base64")])
    emit(n, "confirm-request-three-accounts-nonnative", aws_gmail(P7[1], dt, addr(AWS_NAME, FORM), subject), body,
         ("merge_confirmation_requested", cid, ["AWS02291837", "AWS09480066", "AWS12410057"], True, "en"))


# ===== merge_completed ======================================================
@mail
def m_completed_en(n):
    cid = LABELS["001-console-case-opened-merge.eml"]["case_id"]
    dt = datetime(2025, 5, 30, 22, 5, 41, tzinfo=UTC)
    subject = "RE:[CASE %s] Merge my two certification accounts" % cid
    plain = ("Hello Daniel,\n\n"
             "Good news: our certification team has finished consolidating your accounts. Your certification history from\n"
             "AWS04417785 is now part of AWS11290352, and AWS04417785 has been deactivated.\n\n"
             "Please sign in at https://www.aws.training/Certification with daniel.reyes.cloud@gmail.com and check that all\n"
             "of your certifications and benefits appear as expected. Credly badges are reissued automatically, and this\n"
             "can take up to 5 business days.\n\n"
             "If anything looks wrong, reply to this case in the Support Center:\n%s\n\n"
             "Best regards,\n\nRohan K.\nAmazon Web Services\n\n"
             "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n\n"
             "Amazon Web Services, Inc. and affiliates\n" % support_center(cid))
    html = html_wrap(p(plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">")))
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    emit(n, "completed-accounts-consolidated", aws_gmail(P1[1], dt, addr(AWS_NAME, NOREPLY), subject), body,
         ("merge_completed", cid, ["AWS04417785", "AWS11290352"], True, "en"))


@mail
def m_completed_ja(n):
    cid = LABELS["017-form-ack-ja-iso2022jp-echo-ids.eml"]["case_id"]
    dt = datetime(2025, 2, 28, 1, 50, 7, tzinfo=UTC)
    user_dt = datetime(2025, 2, 26, 20, 14, tzinfo=JST)
    subject = subj("RE:[CASE %s] AWS トレーニングと認定 お問い合わせ受付のお知らせ" % cid, "iso-2022-jp")
    plain = ("山本 彩 様\n\n"
             "お世話になっております。AWS トレーニングと認定の中村でございます。\n\n"
             "お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告いたします。\n"
             "今後は AWS11620094 のアカウントにて、これまでのすべての認定資格をご確認いただけます。\n\n"
             "お手数ですが、サインインのうえ、認定資格や特典（受験割引など）が正しく表示されているかご確認ください。\n"
             "Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。\n\n"
             "ご不明な点がございましたら、本メールにご返信ください。\n\n"
             "中村 翔太\nAWS トレーニングと認定\n\n" +
             ja_attr(user_dt, "山本 彩", P13[1]) + "\n" +
             q("ご連絡ありがとうございます。\n内容に相違ありません。AWS 03392817 を AWS 11620094 に統合してください。\nよろしくお願いいたします。\n\n山本"))
    body = text_part(plain, charset="iso-2022-jp", cte="7bit")
    ip = ip_ses()
    h = jp_provider(P13[1], dt, addr(AWS_NAME, FORM), subject, "mx.so-net.ne.jp",
                    "%s@email.amazonses.com" % ses_id(dt), ip, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]),
                    "amazon.com", "pass", "pass", "pass", "amazon.com")
    emit(n, "completed-ja-keigo", h, body, ("merge_completed", cid, ["AWS11620094"], True, "ja"))


@mail
def m_completed_and_closed(n):
    cid = "10857213941"
    dt = datetime(2022, 9, 19, 13, 27, 35, tzinfo=UTC)
    subject = "RE:[CASE %s] We've received your request - Resolved" % cid
    plain = ("Hi Marek,\n\n"
             "The merge you confirmed has been carried out: AWS07730219 was folded into AWS10097733, which is now your only\n"
             "active certification account. Your certifications and exam history are all visible there.\n\n"
             "Since your request has been taken care of, I am resolving this case now. If anything is not right, just\n"
             "reply within 14 days and the case will reopen automatically.\n\n"
             "How did we do? We'd appreciate a minute of your time:\n"
             "Was your issue resolved?  YES: https://survey.aws-tc.amazon.com/s?c=%s&r=1   NO: https://survey.aws-tc.amazon.com/s?c=%s&r=0\n\n"
             "Kind regards,\nJoanna\nAWS Training and Certification\n" % (cid, cid))
    body = text_part(plain, cte="quoted-printable")
    emit(n, "completed-plus-resolved-survey", aws_gmail(P5[1], dt, addr(AWS_NAME, FORM), subject), body,
         ("merge_completed", cid, ["AWS07730219", "AWS10097733"], True, "en"))


# ===== survey ================================================================
@mail
def m_survey_console_resolved(n):
    cid = LABELS["016-console-ack-icloud-cc.eml"]["case_id"]
    dt = datetime(2024, 12, 13, 2, 0, 18, tzinfo=UTC)
    to = P12[1]
    subject = "Amazon Web Services: Your Support case %s has been resolved" % cid
    plain = ("Hello,\n\n"
             "Your AWS Support case %s (Training and Certification - merge duplicate candidate profiles) was resolved.\n\n"
             "Was your issue resolved?\n"
             "  Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes\n"
             "  No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no\n\n"
             "If you need further help, you can reopen the case from the Support Center within 14 days:\n%s\n\n"
             "Sincerely,\nAmazon Web Services\n" % (cid, cid, cid, support_center(cid)))
    html = html_wrap(p("Hello,") + p("Your AWS Support case <b>%s</b> (Training and Certification - merge duplicate candidate profiles) was resolved." % cid) +
                     p("<b>Was your issue resolved?</b>") +
                     "<table><tr><td style=\"padding:6px 18px;background:#1d8102\"><a style=\"color:#fff;text-decoration:none\" href=\"https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes\">YES</a></td>"
                     "<td width=\"12\"></td><td style=\"padding:6px 18px;background:#d13212\"><a style=\"color:#fff;text-decoration:none\" href=\"https://console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no\">NO</a></td></tr></table><br />" % (cid, cid) +
                     p("If you need further help, you can reopen the case from the <a href=\"%s\">Support Center</a> within 14 days." % support_center(cid)) +
                     p("Sincerely,<br />Amazon Web Services"))
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    ip = ip_ses()
    sid = ses_id(dt)
    mailfrom = "%s@email.amazonses.com" % sid
    h = [("Return-Path", "<%s>" % mailfrom),
         ("Authentication-Results", "dmarc.icloud.com; dmarc=pass header.from=amazon.com"),
         ("Authentication-Results", "dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s" % rb64(6)[:8]),
         ("Authentication-Results", "spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom)),
         ("Received", "from a48-30.smtp-out.amazonses.com (mx.icloud.com [17.58.63.177])\n\tby p00-icloudmta-asmtp-us-west-3a-60-percent-1 (Postfix) with ESMTPS id 01%s\n\tfor <%s>; %s (UTC)"
          % (rhex(14).upper(), to, format_datetime(dt + timedelta(seconds=2)))),
         ] + ses_dkims(dt) + [
         ("Date", format_datetime(dt)), ("From", addr(AWS_NAME, NOREPLY)), ("To", to),
         ("Message-ID", "<%s@email.amazonses.com>" % sid), ("Subject", subject)]
    emit(n, "survey-console-case-resolved", h, body, ("survey", cid, [], True, "en"))


@mail
def m_survey_form_html(n):
    cid = LABELS["002-form-ack-with-submission.eml"]["case_id"]
    dt = datetime(2025, 6, 9, 18, 30, 2, tzinfo=UTC)
    subject = "How did we do? Tell us about your recent case %s" % cid
    html = html_wrap(
        "<h2 style=\"font-size:18px;margin:0 0 12px 0\">Your opinion matters</h2>" +
        p("Hi Priya,") +
        p("Your case <b>%s</b> with AWS Training and Certification has been closed. Please take 1 minute to rate the "
          "support you received from <b>Kavya S.</b>" % cid) +
        p("How satisfied were you with the support you received?") +
        "<table cellpadding=\"0\" cellspacing=\"6\"><tr>" +
        "".join("<td><a href=\"https://amazonmr.au1.qualtrics.com/jfe/form/SV_8kVxz?case=%s&amp;score=%d\" style=\"display:inline-block;"
                "width:32px;height:32px;line-height:32px;text-align:center;border:1px solid #879596;color:#16191f;text-decoration:none\">%d</a></td>"
                % (cid, i, i) for i in range(1, 6)) +
        "</tr><tr><td colspan=\"2\" style=\"font-size:11px;color:#687078\">Very dissatisfied</td><td></td>"
        "<td colspan=\"2\" style=\"font-size:11px;color:#687078;text-align:right\">Very satisfied</td></tr></table><br />" +
        p("This survey is voluntary. Your answers are used to improve our service.") +
        p("Thank you,<br />AWS Training and Certification"), "AWS Training and Certification")
    body = text_part(html, "html", cte="quoted-printable")
    emit(n, "survey-form-rating-html-only", aws_outlook(P2[1], dt, addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), subject), body,
         ("survey", cid, [], True, "en"))


@mail
def m_survey_ja_closed(n):
    cid = LABELS["007-form-ack-ja-html-asks-emails.eml"]["case_id"]
    dt = datetime(2025, 8, 27, 7, 15, 44, tzinfo=UTC)
    subject = subj("【AWS トレーニングと認定】ケースクローズのお知らせとアンケートのお願い（ケース番号: %s）" % cid, "utf-8")
    plain = ("田中 由紀 様\n\n"
             "AWS トレーニングと認定をご利用いただき、ありがとうございます。\n\n"
             "お問い合わせいただいておりましたケース %s につきまして、対応が完了したため、クローズさせていただきました。\n\n"
             "今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております。\n"
             "回答は 1 分ほどで完了いたします。\n\n"
             "問題は解決しましたか？\n"
             "　はい: https://amazonmr.au1.qualtrics.com/jfe/form/SV_3jP?case=%s&lang=ja&r=1\n"
             "　いいえ: https://amazonmr.au1.qualtrics.com/jfe/form/SV_3jP?case=%s&lang=ja&r=0\n\n"
             "引き続きお困りの点がございましたら、本メールにご返信いただくことでケースを再開できます。\n\n"
             "AWS トレーニングと認定\n" % (cid, cid, cid))
    body = multipart("alternative", [text_part(plain, cte="base64"),
                                      text_part(html_wrap(p(plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">")), "AWS トレーニングと認定"), "html", cte="base64")])
    emit(n, "survey-ja-case-closed", aws_gmail(P4[1], dt, addr("AWS トレーニングと認定", FORM), subject), body,
         ("survey", cid, [], True, "ja"))


# ===== credly ==================================================================
def credly_headers(to, dt, subject, from_name, gmail=True):
    ip = "167.89.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    mailfrom = "bounces+%d-%s-%s@em.credly.com" % (RNG.randrange(10**7, 10**8), rhex(4), to.replace("@", "="))
    rdt = dt + timedelta(seconds=3)
    h = [("Delivered-To", to),
         ("Received", "by 2002:a05:6f02:%s:b0:b1e:%s:%s with SMTP id %s;\n        %s (PDT)" % (rhex(3), rhex(4), rhex(4), rhex(6), format_datetime(rdt.astimezone(PDT)))),
         ("Return-Path", "<%s>" % mailfrom),
         ("Received", gmail_rcvd("o%d.em.credly.com" % RNG.randrange(1, 30), ip, to, rdt)),
         ("Received-SPF", "pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (mailfrom, ip, ip)),
         ("Authentication-Results", gmail_auth(mailfrom, ip, [("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")],
                                               "pass", "credly.com").replace("p=QUARANTINE sp=QUARANTINE dis=NONE", "p=REJECT sp=REJECT dis=NONE")),
         ("DKIM-Signature", dkim("credly.com", "s1", dt, "content-type:from:mime-version:subject:list-unsubscribe:to", c="relaxed/relaxed")),
         ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", dt, "content-type:from:mime-version:subject:list-unsubscribe:to", c="relaxed/relaxed")),
         ("Date", format_datetime(dt)),
         ("From", '"%s via Credly" <admin@credly.com>' % from_name),
         ("To", to),
         ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rb64(16).replace("/", "_").replace("+", "-").rstrip("="), RNG.randrange(1, 40))),
         ("Subject", subject),
         ("List-Unsubscribe", "<https://www.credly.com/notifications/unsubscribe?token=%s>" % rhex(40)),
         ("X-SG-EID", rb64(60)),
         ]
    return h


@mail
def m_credly_issued(n):
    dt = datetime(2025, 6, 2, 14, 19, 58, tzinfo=UTC)
    subject = "Daniel, you've been issued a new badge: AWS Certified Solutions Architect - Associate"
    vnum = "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    bid = rhex(8) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(4) + "-" + rhex(12)
    plain = ("Congratulations, Daniel!\n\n"
             "Amazon Web Services Training and Certification has issued you a badge:\n\n"
             "AWS Certified Solutions Architect - Associate\n\n"
             "Accept your badge: https://www.credly.com/badges/%s/accept\n\n"
             "Accepting your badge lets you share it on LinkedIn, in your email signature and on your resume.\n"
             "Badge validation number: %s\n\n"
             "You're receiving this email because Amazon Web Services Training and Certification uses Credly to issue\n"
             "digital credentials. Credly, Inc., 2 Park Ave, New York, NY 10016\n" % (bid, vnum))
    html = ("<html><body style=\"background:#f4f5f7;font-family:Helvetica,Arial,sans-serif\"><table width=\"600\" align=\"center\" "
            "style=\"background:#fff\"><tr><td style=\"padding:30px;text-align:center\">"
            "<img src=\"https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png\" width=\"110\"><h1 style=\"font-size:22px\">Congratulations, Daniel!</h1>"
            "<p>Amazon Web Services Training and Certification has issued you a badge:</p><p><b>AWS Certified Solutions Architect - Associate</b></p>"
            "<p><a href=\"https://www.credly.com/badges/%s/accept\" style=\"background:#3d73c6;color:#fff;padding:12px 28px;border-radius:4px;"
            "text-decoration:none\">Accept your badge</a></p><p style=\"font-size:12px;color:#777\">Badge validation number: %s</p>"
            "</td></tr></table></body></html>" % (bid, vnum))
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")],
                     boundary=rhex(60))
    emit(n, "credly-badge-issued-after-merge", credly_headers(P1[1], dt, subject, "Amazon Web Services Training and Certification"), body,
         ("credly_badge_issued", None, [], True, "en"))


@mail
def m_credly_moved(n):
    dt = datetime(2022, 9, 21, 9, 2, 11, tzinfo=UTC)
    subject = "Your badges from Amazon Web Services Training and Certification are ready"
    plain = ("Hi Marek,\n\n"
             "Following an update to your certification records, Amazon Web Services Training and Certification has\n"
             "transferred the badges below to this Credly account. They are waiting for you to accept them:\n\n"
             "  - AWS Certified Cloud Practitioner\n"
             "  - AWS Certified Developer - Associate\n"
             "  - AWS Certified DevOps Engineer - Professional\n\n"
             "Accept your badges: https://www.credly.com/earner/earned?pending=true\n\n"
             "The badges previously held on your other Credly profile have been revoked there and will no longer be\n"
             "verifiable from that profile.\n\n"
             "The Credly Team\n")
    body = text_part(plain, cte="quoted-printable")
    emit(n, "credly-badges-transferred-after-merge", credly_headers(P5[1], dt, subject, "Amazon Web Services Training and Certification"), body,
         ("credly_badge_issued", None, [], True, "en"))


# ===== unrelated look-alikes ====================================================
def generic_gmail(to, dt, frm, subject, mailfrom, ip, helo, dkims, dmarc, from_dom, msgid, extra=None, spf="pass",
                  dmarc_policy="p=REJECT sp=REJECT dis=NONE"):
    rdt = dt + timedelta(seconds=RNG.randrange(1, 5))
    auth = gmail_auth(mailfrom, ip, [(d, s_, r) for d, s_, r in dkims], dmarc, from_dom, spf=spf)
    auth = auth.replace("p=QUARANTINE sp=QUARANTINE dis=NONE", dmarc_policy)
    h = [("Delivered-To", to),
         ("Received", "by 2002:a05:6f02:%s:b0:b1e:%s:%s with SMTP id %s;\n        %s (PDT)" % (rhex(3), rhex(4), rhex(4), rhex(6), format_datetime(rdt.astimezone(PDT)))),
         ("Return-Path", "<%s>" % mailfrom),
         ("Received", gmail_rcvd(helo, ip, to, rdt)),
         ("Received-SPF", "%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (spf, mailfrom, ip, ip)),
         ("Authentication-Results", auth)]
    for d, s_, r in dkims:
        h.append(("DKIM-Signature", dkim(d, s_, dt, "Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type")))
    h += [("Date", format_datetime(dt)), ("From", frm), ("To", to), ("Message-ID", msgid), ("Subject", subject)]
    h += extra or []
    return h


@mail
def m_amazon_order_confirmation(n):
    dt = datetime(2025, 5, 29, 2, 41, 7, tzinfo=UTC)
    order = "112-4471920-8836213"
    subject = "Your Amazon.com order #%s" % order
    plain = ("Amazon.com\n\nOrder Confirmation\nOrder #%s\n\n"
             "Hello Daniel,\n\n"
             "Thank you for shopping with us. We'll send a confirmation when your item ships.\n\n"
             "Arriving: Saturday, May 31\n"
             "Ship to: Daniel Reyes - AUSTIN, TX\n\n"
             "AWS Certified Solutions Architect Official Study Guide: Associate Exam, 3rd Edition\n"
             "Sold by: Amazon.com Services LLC\n"
             "Qty: 1   $44.99\n\n"
             "Order Total: $48.70\n\n"
             "View or manage order: https://www.amazon.com/gp/css/order-details?orderID=%s\n\n"
             "We hope to see you again soon.\nAmazon.com\n\n"
             "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.\n" % (order, order))
    html = ("<html><body style=\"font-family:Arial\"><table width=\"640\"><tr><td><img src=\"https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US.png\" width=\"110\"></td>"
            "<td align=\"right\"><b>Order Confirmation</b><br>Order #<a href=\"https://www.amazon.com/gp/css/order-details?orderID=%s\">%s</a></td></tr>"
            "<tr><td colspan=\"2\"><h3>Hello Daniel,</h3><p>Thank you for shopping with us. We'll send a confirmation when your item ships.</p>"
            "<p><b>Arriving:</b> Saturday, May 31</p><p>AWS Certified Solutions Architect Official Study Guide: Associate Exam, 3rd Edition<br>Qty: 1 &nbsp; $44.99</p>"
            "<p><b>Order Total: $48.70</b></p></td></tr></table></body></html>" % (order, order))
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    ip = "54.240.13.%d" % RNG.randrange(1, 250)
    mailfrom = "%s@bounces.amazon.com" % ("2025052902410" + rhex(16))
    h = generic_gmail(P1[1], dt, '"Amazon.com" <auto-confirm@amazon.com>', subject, mailfrom, ip, "a13-%s.smtp-out.amazonses.com" % ip.split(".")[-1],
                      [("amazon.com", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "pass"), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")],
                      "pass", "amazon.com", ses_msgid(dt), dmarc_policy="p=QUARANTINE sp=QUARANTINE dis=NONE")
    emit(n, "amazon-retail-order-confirmation", h, body, ("unrelated", None, [], True, "en"))


@mail
def m_pearson_registration(n):
    dt = datetime(2025, 5, 3, 16, 22, 40, tzinfo=UTC)
    subject = "Confirmation of your AWS Certified Security - Specialty exam appointment"
    plain = ("Dear Samuel Adeyemi,\n\n"
             "Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.\n\n"
             "Exam: SCS-C02: AWS Certified Security - Specialty\n"
             "Date and time: Friday, June 13, 2025 at 10:00 AM West Africa Time\n"
             "Delivery: OnVUE online proctored\n"
             "Candidate ID: AWS08340071\n"
             "Registration ID: 458712345\n"
             "Order number: 0071-2291-7730\n\n"
             "Payment: USD 150.00 (discount of 50% applied)\n\n"
             "To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.\n"
             "Please run the system test before exam day: https://home.pearsonvue.com/aws/onvue\n\n"
             "Sincerely,\nPearson VUE\n\n"
             "This message was sent from an unmonitored mailbox.\n")
    body = text_part(plain, charset="us-ascii", cte="7bit")
    ip = "159.182.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    h = generic_gmail(P14[1], dt, '"Pearson VUE" <noreply@pearson.com>', subject, "noreply@pearson.com", ip, "mail-out.pearson.com",
                      [("pearson.com", "selector1", "pass")], "pass", "pearson.com", "<%s@pearsonvue.com>" % ruuid(),
                      dmarc_policy="p=REJECT sp=REJECT dis=NONE")
    emit(n, "pearson-vue-exam-appointment", h, body, ("unrelated", None, ["AWS08340071"], False, "en"))


@mail
def m_aws_quota_case_opened(n):
    dt = datetime(2025, 6, 12, 18, 3, 22, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=4))
    subject = "Amazon Web Services: You have opened a new Support case: %s" % cid
    plain = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
             "Case ID: %s\n"
             "Subject: Limit Increase: EC2 Instances\n"
             "Severity: General guidance\n"
             "Correspondence: Service: EC2 Instances\nRegion: US East (Northern Virginia)\nPrimary Instance Type: All G instances\n"
             "Limit name: Instance Limit\nNew limit value: 64\n"
             "Use case description: Training jobs for our ML team need more GPU capacity.\n\n"
             "To see all the details or to reply to this case, please visit the Support Center:\n%s\n\n"
             "Please do not reply to this email as this email address does not accept replies.\n\n"
             "Sincerely,\nAmazon Web Services\n" % (cid, cid, support_center(cid)))
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"),
                                      text_part(html_wrap(p(plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">"))), "html", cte="quoted-printable")])
    emit(n, "aws-console-case-quota-increase", aws_gmail(P1[1], dt, addr(AWS_NAME, NOREPLY), subject), body,
         ("unrelated", cid, [], True, "en"))


@mail
def m_aws_billing_case_ja(n):
    dt = datetime(2025, 11, 4, 8, 55, 9, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=3))
    subject = subj("Amazon Web Services: 新しいサポートケースを開きました: %s" % cid, "utf-8")
    plain = ("アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、"
             "ケース %s をオープンしました。\n\n"
             "ケース ID: %s\n件名: 請求書の二重請求について（10月分）\n重要度: 一般的なガイダンス\n"
             "やり取り: 10 月分の請求で、同じ Savings Plans の料金が 2 回計上されているように見えます。"
             "アカウント ID 4412-9087-3361 です。ご確認をお願いします。\n\n"
             "詳細を確認する、またはこのケースに返信するには、サポートセンターにアクセスしてください:\n%s\n\n"
             "このメールアドレスは返信を受け付けていませんので、このメールには返信しないでください。\n\n"
             "よろしくお願いいたします。\nアマゾン ウェブ サービス\n" % (cid, cid, support_center(cid, "ja")))
    body = text_part(plain, cte="base64")
    emit(n, "aws-console-case-billing-ja", aws_outlook(P16[1], dt, addr(AWS_NAME, NOREPLY), subject), body,
         ("unrelated", cid, [], True, "ja"))


SC_CASE = "6032917745"


@mail
def m_seller_case_created(n):
    dt = datetime(2025, 1, 14, 11, 20, 33, tzinfo=UTC)
    subject = "Amazon Seller Central: Case %s - Request to merge seller accounts" % SC_CASE
    plain = ("Hello,\n\n"
             "Thank you for contacting Amazon Selling Partner Support. We have received your case and will respond as\n"
             "soon as possible.\n\n"
             "Case ID: %s\n"
             "Subject: Request to merge seller accounts (NA and EU)\n"
             "Marketplace: Amazon.com\n\n"
             "You can view the status of your case or add information in Seller Central > Help > Case Log.\n\n"
             "Thank you for selling on Amazon.\n\n"
             "Amazon Selling Partner Support\nhttps://sellercentral.amazon.com\n" % SC_CASE)
    body = text_part(plain, charset="us-ascii", cte="7bit")
    emit(n, "seller-central-case-created-merge-sellers", aws_outlook(P15[1], dt, '"Amazon Seller Central" <seller-notification@amazon.com>', subject),
         body, ("unrelated", SC_CASE, [], True, "en"))


@mail
def m_seller_case_reply(n):
    dt = datetime(2025, 1, 16, 19, 2, 50, tzinfo=UTC)
    subject = "RE:[CASE %s] Request to merge seller accounts (NA and EU)" % SC_CASE
    plain = ("Hello,\n\n"
             "Thank you for your patience.\n\n"
             "I have reviewed your request. Your North America and Europe selling accounts are now linked under a single\n"
             "unified account, and you can switch between marketplaces from the drop-down menu at the top of Seller\n"
             "Central. Your listings, inventory and payment information were not changed.\n\n"
             "Please confirm if this resolves your issue by selecting Yes or No below.\n"
             "Was this email helpful? Yes / No\n\n"
             "We appreciate your business.\n\n"
             "Regards,\nPrakash\nAmazon.com\nhttps://sellercentral.amazon.com\n")
    html = html_wrap(p(plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">")), "Amazon Seller Central")
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    emit(n, "seller-central-reply-accounts-linked", aws_outlook(P15[1], dt, '"Amazon Seller Central" <seller-notification@amazon.com>', subject),
         body, ("unrelated", SC_CASE, [], True, "en"))


@mail
def m_tc_newsletter(n):
    dt = datetime(2025, 10, 15, 16, 0, 4, tzinfo=UTC)
    subject = "October in AWS Training and Certification: new exams, free courses and a certification checklist"
    html = html_wrap(
        "<h1 style=\"font-size:22px;margin:0 0 16px 0\">What&#39;s new this month</h1>" +
        p("<b>New certification:</b> AWS Certified Generative AI Developer - Professional (beta) registration is open.") +
        p("<b>Free on AWS Skill Builder:</b> 12 new digital courses on Amazon Bedrock, serverless and cost optimization.") +
        p("<b>Checklist: keep your certification profile tidy.</b> Do you have more than one certification account, for example "
          "from a former employer? Contact AWS Training and Certification support to combine them, so all of your credentials "
          "and benefits appear in one place.") +
        p("<a href=\"https://aws.amazon.com/certification/\" style=\"background:#ff9900;color:#16191f;padding:10px 20px;text-decoration:none\">Explore certifications</a>") +
        p("<span style=\"font-size:11px;color:#687078\">You are receiving this email because you subscribed to AWS Training and Certification news. "
          "<a href=\"https://pages.awscloud.com/communication-preferences.html\">Unsubscribe</a></span>"), "AWS Training and Certification")
    plain = ("What's new this month\n\nNew certification: AWS Certified Generative AI Developer - Professional (beta) registration is open.\n\n"
             "Free on AWS Skill Builder: 12 new digital courses on Amazon Bedrock, serverless and cost optimization.\n\n"
             "Checklist: keep your certification profile tidy. Do you have more than one certification account, for example from a former\n"
             "employer? Contact AWS Training and Certification support to combine them, so all of your credentials and benefits appear in one place.\n\n"
             "Explore certifications: https://aws.amazon.com/certification/\n\nUnsubscribe: https://pages.awscloud.com/communication-preferences.html\n")
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    h = aws_gmail(P4[1], dt, '"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', subject,
                  extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?mkt_tok=%s>" % rb64(30)),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    emit(n, "aws-tc-newsletter-mentions-combining", h, body, ("unrelated", None, [], True, "en"))


@mail
def m_certmetrics_survey(n):
    dt = datetime(2025, 6, 20, 13, 30, 0, tzinfo=UTC)
    subject = "AWS Certification wants to hear from you"
    plain = ("Hello Priya,\n\n"
             "You recently earned AWS Certified Solutions Architect - Associate. AWS Certification wants to hear from you!\n"
             "Please take our 5-minute survey about your exam experience:\n"
             "https://www.certmetrics.com/amazon/survey.aspx?s=%s\n\n"
             "Validation Number: 3YX8M2K1Q4R5T6W7\n\n"
             "Thank you,\nAWS Certification\n\n"
             "Please do not reply to this message. This mailbox is not monitored.\n" % rhex(32))
    body = text_part(plain, charset="us-ascii", cte="7bit")
    ip = "52.8.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    rdt = dt + timedelta(seconds=2)
    h = [("Received", "from DU2PR03MB8045.eurprd03.prod.outlook.com (2603:10a6:10:2d6::9) by\n PAXPR03MB7905.eurprd03.prod.outlook.com with HTTPS; %s" % format_datetime(rdt)),
         ("Authentication-Results", outlook_auth("certmetrics.com", ip, "certmetrics.com", "pass", "pass", "certmetrics.com")),
         ("Received-SPF", "Pass (protection.outlook.com: domain of certmetrics.com designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=mail.certmetrics.com; pr=C" % (ip, ip)),
         ("Received", "from mail.certmetrics.com (%s) by AM4PEPF00027A6C.mail.protection.outlook.com\n (10.167.16.90) with Microsoft SMTP Server id 15.20.8769.23 via Frontend Transport; %s" % (ip, format_datetime(rdt))),
         ("DKIM-Signature", dkim("certmetrics.com", "s1", dt, "From:To:Subject:Date")),
         ("Date", format_datetime(dt)),
         ("From", '"AWS Certification" <do-not-reply@certmetrics.com>'),
         ("To", P2[1]),
         ("Message-ID", "<%s@certmetrics.com>" % ruuid()),
         ("Subject", subject)]
    emit(n, "certmetrics-wants-to-hear-from-you", h, body, ("unrelated", None, [], False, "en"))


@mail
def m_builder_id_code(n):
    dt = datetime(2024, 10, 22, 13, 48, 12, tzinfo=UTC)
    subject = "Verify your AWS Builder ID email address"
    code = "%06d" % RNG.randrange(10**6)
    plain = ("Verify your AWS Builder ID email address\n\n"
             "Thanks for starting the AWS Builder ID sign up process. We want to make sure it's really you.\n"
             "Please enter the following verification code when prompted. If you don't want to create an AWS Builder ID,\n"
             "you can ignore this message.\n\n"
             "Verification code\n%s\n(This code is valid for 30 minutes)\n\n"
             "Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or\n"
             "banking account number.\n" % code)
    html = html_wrap(p("<b>Verify your AWS Builder ID email address</b>") +
                     p("Thanks for starting the AWS Builder ID sign up process. We want to make sure it&#39;s really you. Please enter the "
                       "following verification code when prompted.") +
                     "<p style=\"font-size:28px;font-weight:bold;letter-spacing:4px\">%s</p>" % code + p("(This code is valid for 30 minutes)"))
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])
    h = aws_gmail(P11[1], dt, '"AWS" <no-reply@signin.aws>', subject, from_dom="signin.aws")
    emit(n, "aws-builder-id-verification-code", h, body, ("unrelated", None, [], True, "en"))


@mail
def m_github_merged(n):
    dt = datetime(2025, 9, 4, 7, 31, 45, tzinfo=UTC)
    to = P7[1]
    subject = "Re: [chenwei-sre/cert-tracker] Merge duplicate candidate records before export (PR #214)"
    plain = ("Merged #214 into main.\n\n"
             "-- \n"
             "Reply to this email directly, view it on GitHub:\n"
             "https://github.com/chenwei-sre/cert-tracker/pull/214#event-%d\n"
             "You are receiving this because you authored the thread.\n\n"
             "Message ID: <chenwei-sre/cert-tracker/pull/214/issue_event/%d@github.com>\n" % (RNG.randrange(10**10, 10**11), RNG.randrange(10**10, 10**11)))
    html = ("<p></p><p>Merged <a class=\"issue-link\" href=\"https://github.com/chenwei-sre/cert-tracker/pull/214\">#214</a> into main.</p>\n"
            "<p style=\"font-size:small;color:#666\">&mdash;<br />Reply to this email directly, "
            "<a href=\"https://github.com/chenwei-sre/cert-tracker/pull/214\">view it on GitHub</a>.<br />"
            "You are receiving this because you authored the thread.</p>")
    body = multipart("alternative", [text_part(plain, cte="7bit", charset="us-ascii"), text_part(html, "html", cte="7bit", charset="us-ascii")],
                     boundary="--==_mimepart_%s_%d" % (rhex(13), RNG.randrange(10**5)))
    ip = "192.30.252.%d" % RNG.randrange(200, 215)
    mailfrom = "noreply@github.com"
    h = generic_gmail(to, dt, '"Mira Okonkwo" <notifications@github.com>', subject, mailfrom, ip, "out-%d.smtp.github.com" % RNG.randrange(20, 30),
                      [("github.com", "pf2023", "pass")], "pass", "github.com",
                      "<chenwei-sre/cert-tracker/pull/214/issue_event/%d@github.com>" % RNG.randrange(10**10, 10**11),
                      extra=[("Reply-To", "chenwei-sre/cert-tracker <reply+%s@reply.github.com>" % rhex(40).upper()),
                             ("In-Reply-To", "<chenwei-sre/cert-tracker/pull/214@github.com>"),
                             ("References", "<chenwei-sre/cert-tracker/pull/214@github.com>"),
                             ("List-ID", "chenwei-sre/cert-tracker <cert-tracker.chenwei-sre.github.com>"),
                             ("X-GitHub-Reason", "author"),
                             ("X-GitHub-Sender", "mokonkwo")])
    emit(n, "github-pr-merged-notification", h, body, ("unrelated", None, [], False, "en"))


@mail
def m_credly_self_merge_code(n):
    dt = datetime(2025, 6, 3, 8, 14, 37, tzinfo=UTC)
    subject = "Confirm your Credly account merge"
    code = "%06d" % RNG.randrange(10**6)
    plain = ("Hi Daniel,\n\n"
             "We received a request to merge the Credly account d.reyes@vantage-insure.com into your account\n"
             "daniel.reyes.cloud@gmail.com.\n\n"
             "Your verification code is: %s\n\n"
             "Enter the code on the merge page, or click the link below:\n"
             "Complete Account Merge: https://www.credly.com/users/account_merges/%s/confirm\n\n"
             "This code expires in 24 hours. If you did not request this, you can ignore this email; nothing will change.\n\n"
             "The Credly Team\n" % (code, rhex(24)))
    body = text_part(plain, cte="quoted-printable")
    h = credly_headers(P1[1], dt, subject, "Credly")
    for i, (k, v) in enumerate(h):
        if k == "From":
            h[i] = ("From", '"Credly" <admin@credly.com>')
    emit(n, "credly-self-service-account-merge-code", h, body, ("unrelated", None, [], True, "en"))


@mail
def m_credly_expiry(n):
    dt = datetime(2025, 8, 1, 15, 0, 12, tzinfo=UTC)
    subject = "Your AWS Certified Cloud Practitioner badge expires in 90 days"
    plain = ("Hi Samuel,\n\n"
             "Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will\n"
             "expire on October 30, 2025.\n\n"
             "To keep your credential current, review the recertification options from the issuer:\n"
             "https://aws.amazon.com/certification/recertification/\n\n"
             "View badge: https://www.credly.com/badges/%s-%s-%s-%s-%s\n\n"
             "The Credly Team\n" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
    body = text_part(plain, cte="quoted-printable")
    emit(n, "credly-badge-expiry-reminder", credly_headers(P14[1], dt, subject, "Amazon Web Services Training and Certification"), body,
         ("unrelated", None, [], True, "en"))


@mail
def m_phish_billing(n):
    dt = datetime(2025, 7, 30, 6, 12, 55, tzinfo=UTC)
    to = P10[1]
    subject = "Action required: your AWS account has been suspended"
    plain = ("Dear AWS customer,\n\n"
             "We were unable to process the payment for your AWS account. Your services have been temporarily suspended\n"
             "until the outstanding balance is settled (reference INV-88213-77).\n\n"
             "To restore access, update your payment method within 48 hours:\n"
             "https://aws-billing-console.support/restore?ref=INV-88213-77\n\n"
             "AWS Billing Team\n")
    body = text_part(plain, cte="quoted-printable", charset="utf-8")
    ip = "103.84.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    rdt = dt + timedelta(seconds=3)
    h = [("Received", "from DU2PR03MB8045.eurprd03.prod.outlook.com (2603:10a6:10:2d6::9) by\n PAXPR03MB7905.eurprd03.prod.outlook.com with HTTPS; %s" % format_datetime(rdt)),
         ("Authentication-Results", outlook_auth("aws-billing-console.support", ip, "none", "none", "none", "aws-billing-console.support",
                                                  spf="softfail", compauth="fail reason=601")),
         ("Received-SPF", "SoftFail (protection.outlook.com: domain of transitioning\n aws-billing-console.support discourages use of %s as permitted sender)" % ip),
         ("Received", "from vps1871.hostpoint-cloud.net (%s) by AM4PEPF00027A6C.mail.protection.outlook.com\n (10.167.16.90) with Microsoft SMTP Server id 15.20.8769.23 via Frontend Transport; %s" % (ip, format_datetime(rdt))),
         ("Date", format_datetime(dt)),
         ("From", '"AWS Billing" <billing@aws-billing-console.support>'),
         ("To", to),
         ("Message-ID", "<%s@vps1871.hostpoint-cloud.net>" % rhex(20)),
         ("Subject", subject),
         ("X-MS-Exchange-Organization-SCL", "5")]
    emit(n, "phish-billing-suspension-not-merge", h, body, ("unrelated", None, [], False, "en"))


@mail
def m_other_vendor_merge_ticket(n):
    dt = datetime(2025, 4, 8, 12, 5, 19, tzinfo=UTC)
    to = P14[1]
    tid = "902115"
    subject = "[LearnStack Support] Request received: Merge my two LearnStack accounts"
    plain = ("##- Please type your reply above this line -##\n\n"
             "Hi Samuel,\n\n"
             "Thanks for reaching out! Your request (%s) has been received and one of our support agents will get back to you\n"
             "within 2 business days.\n\n"
             "Merging LearnStack accounts moves your course progress, certificates of completion and practice-exam history\n"
             "to one login. Purchases made through the app stores cannot be moved.\n\n"
             "Samuel Adeyemi, Apr 8, 2025, 12:05 UTC\n\n"
             "I bought the AWS Security Specialty practice tests on a second account by mistake, can you merge it with my\n"
             "main account samuel.adeyemi.dev@gmail.com?\n\n"
             "--------------------------------\n"
             "This email is a service from LearnStack Support.\n" % tid)
    body = text_part(plain, cte="quoted-printable")
    ip = "192.161.148.%d" % RNG.randrange(10, 200)
    mailfrom = "bounces+%d@mail.zendesk.com" % RNG.randrange(10**7, 10**8)
    h = generic_gmail(to, dt, '"LearnStack Support" <support@learnstack.zendesk.com>', subject, mailfrom, ip, "out-148.mail.zendesk.com",
                      [("zendesk.com", "zendesk1", "pass"), ("learnstack.zendesk.com", "zendesk2", "pass")], "pass", "learnstack.zendesk.com",
                      "<%s_%s_sprut@zendesk.com>" % (rhex(13).upper(), rhex(8)),
                      extra=[("Auto-Submitted", "auto-generated")], dmarc_policy="p=NONE sp=NONE dis=NONE")
    emit(n, "other-vendor-account-merge-ticket", h, body, ("unrelated", tid, [], False, "en"))


@mail
def m_aws_org_consolidation_case(n):
    dt = datetime(2025, 4, 22, 9, 2, 47, tzinfo=UTC)
    cid = case15(dt - timedelta(seconds=4))
    subject = "Amazon Web Services: You have opened a new Support case: %s" % cid
    plain = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
             "Case ID: %s\n"
             "Subject: Merge two AWS accounts (consolidate billing under our organization)\n"
             "Severity: Normal\n"
             "Correspondence: We acquired a subsidiary and want to merge their AWS account 5521-4490-8813 into our\n"
             "organization's management account 3309-7714-2265 so that everything is billed together. Can the account\n"
             "itself be merged or only invited to the organization?\n\n"
             "To see all the details or to reply to this case, please visit the Support Center:\n%s\n\n"
             "Please do not reply to this email as this email address does not accept replies.\n\n"
             "Sincerely,\nAmazon Web Services\n" % (cid, cid, support_center(cid)))
    body = text_part(plain, charset="us-ascii", cte="7bit")
    loc = dt.astimezone(CEST)
    h = [("Received", "from NFLEXCH02.nordfjord.local (10.20.1.12) by NFLEXCH01.nordfjord.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n"
          " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox\n Transport; %s" % format_datetime(loc + timedelta(seconds=4))),
         ("Received", "from a8-61.smtp-out.amazonses.com (a8-61.smtp-out.amazonses.com [54.240.8.61])\n"
          "\tby mailgw.nordfjordlogistics.no (Postfix) with ESMTPS id 4ZjR7k2Vw1z1xZq\n\tfor <j.osei@nordfjordlogistics.no>; %s" % format_datetime(loc + timedelta(seconds=2))),
         ] + ses_dkims(dt) + [
         ("Date", format_datetime(dt)),
         ("From", addr(AWS_NAME, NOREPLY)),
         ("To", "<j.osei@nordfjordlogistics.no>"),
         ("Message-ID", ses_msgid(dt)),
         ("Subject", subject)]
    emit(n, "aws-console-case-org-account-consolidation", h, body, ("unrelated", cid, [], None, "en"))


@mail
def m_pearson_ja(n):
    dt = datetime(2025, 7, 15, 3, 40, 2, tzinfo=UTC)
    subject = subj("AWS 認定試験 予約確認のお知らせ", "iso-2022-jp")
    plain = ("佐藤 浩之 様\n\n"
             "ピアソンVUEをご利用いただき、ありがとうございます。\n"
             "以下の内容で試験のご予約を承りました。\n\n"
             "試験名: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語\n"
             "日時: 2025年8月2日（土） 13:00\n"
             "会場: テストセンター 新宿西口\n"
             "受験者 ID: AWS12044391\n"
             "登録 ID: 462209318\n\n"
             "当日は有効な身分証明書を 2 点ご持参ください。\n"
             "予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。\n\n"
             "ピアソンVUE\n"
             "※本メールは送信専用アドレスから送信しています。\n")
    body = text_part(plain, charset="iso-2022-jp", cte="7bit")
    ip = "159.182.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    h = jp_provider(P3[1], dt, '"Pearson VUE" <noreply@pearson.com>', subject, "mx.nifty.com", "noreply@pearson.com", ip,
                    "mail-out.pearson.com", "pearson.com", "pass", "pass", "pass", "pearson.com",
                    dkim_sigs=[("DKIM-Signature", dkim("pearson.com", "selector1", dt, "From:To:Subject:Date:Message-ID"))],
                    msgid="<%s@pearsonvue.com>" % ruuid())
    emit(n, "pearson-vue-appointment-ja", h, body, ("unrelated", None, ["AWS12044391"], False, "ja"))


@mail
def m_aws_jp_newsletter(n):
    dt = datetime(2025, 9, 18, 1, 0, 3, tzinfo=UTC)
    subject = subj("【AWS 認定】9月のお知らせ：新しい認定試験と学習リソースのご案内", "utf-8")
    html = html_wrap(
        p("いつも AWS をご利用いただきありがとうございます。") +
        p("<b>■ 新しい認定試験のご案内</b><br />AWS Certified AI Practitioner の日本語版試験がご受験いただけるようになりました。") +
        p("<b>■ AWS Skill Builder の新コース</b><br />生成 AI やサーバーレスに関する無料のデジタルコースを追加しました。") +
        p("<b>■ よくあるご質問</b><br />転職などで認定アカウントが複数ある場合は、AWS トレーニングと認定のサポートにお問い合わせいただくことで、"
          "1 つのアカウントにまとめることができます。") +
        p("<span style=\"font-size:11px\">配信停止をご希望の方は<a href=\"https://pages.awscloud.com/communication-preferences.html\">こちら</a>。<br />"
          "アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</span>"), "AWS 認定")
    body = text_part(html, "html", cte="base64")
    ip = ip_ses()
    h = jp_provider(P8[1], dt, '"AWS Japan" <aws-jp-marketing@amazon.com>', subject, "mx.biglobe.ne.jp",
                    "%s@email.amazonses.com" % ses_id(dt), ip, "a%s-%s.smtp-out.amazonses.com" % tuple(ip.split(".")[2:]),
                    "amazon.com", "pass", "pass", "pass", "amazon.com",
                    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?mkt_tok=%s>" % rb64(30))])
    emit(n, "aws-jp-newsletter", h, body, ("unrelated", None, [], True, "ja"))


@mail
def m_class_registration(n):
    dt = datetime(2025, 2, 10, 15, 22, 8, tzinfo=UTC)
    subject = "Registration confirmed: Exam Prep Enhanced Course: AWS Certified Solutions Architect - Associate"
    plain = ("Hello Lukas,\n\n"
             "You're registered! Here are the details of your AWS Training and Certification class.\n\n"
             "Course: Exam Prep Enhanced Course: AWS Certified Solutions Architect - Associate (SAA-C03)\n"
             "Delivery: Virtual instructor-led, English\n"
             "Dates: March 4 - March 5, 2025, 09:00-17:00 CET\n"
             "Registration number: TC-2025-0418877\n\n"
             "Join details will be sent 3 days before the class. To cancel or transfer your seat, visit AWS Skill Builder:\n"
             "https://skillbuilder.aws/learning-plan/my-registrations\n\n"
             "Happy learning,\nAWS Training and Certification\n")
    body = multipart("alternative", [text_part(plain, cte="quoted-printable"),
                                      text_part(html_wrap(p(plain.replace("\n\n", "</p><p style=\"margin:0 0 12px 0\">")), "AWS Training and Certification"), "html", cte="base64")])
    emit(n, "aws-class-registration-confirmed", aws_outlook(P10[1], dt, '"AWS Training and Certification" <aws-training-noreply@amazon.com>', subject),
         body, ("unrelated", None, [], True, "en"))

# ==== END MAILS ====
def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for i, fn in enumerate(MAILS, 1):
        fn(i)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print("wrote", len(LABELS), "mails")


if __name__ == "__main__":
    main()
