#!/usr/bin/env python3
"""Generator for blind set 69: AWS Certification account-merge mail, middle-of-case emphasis.

Writes NNN-slug.eml files and labels.json into this script's folder.
MIME bodies are built with the `email` package; the header block is written by hand so
that trace headers (Received, Authentication-Results, ...) keep a realistic order.
"""
import base64
import datetime as dtm
import json
import os
import quopri
import random
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from io import BytesIO
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(6969)
LA = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
CET = ZoneInfo("Europe/Stockholm")
LABELS = {}


# ---------------------------------------------------------------- small helpers
def U(y, mo, d, h, mi, s=0):
    return dtm.datetime(y, mo, d, h, mi, s, tzinfo=dtm.timezone.utc)


def sec(n):
    return dtm.timedelta(seconds=n)


def case15(t, suffix):
    return f"{int(t.timestamp())}{suffix:05d}"


def rb64(n):
    return base64.b64encode(rnd.randbytes(n)).decode()


def rhex(n):
    return rnd.randbytes((n + 1) // 2).hex()[:n]


def ralnum(n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rnd.choice(chars) for _ in range(n))


def rfc(t, tz=None, tzname=False):
    d = t.astimezone(tz) if tz else t
    s = format_datetime(d)
    if tzname and tz is not None:
        s += f" ({d.tzname()})"
    return s


def fold(name, value, width=76, cont="\n\t"):
    """Fold a plain ASCII header at spaces."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ":":
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return cont.join(lines)


def enc(text, charset="utf-8"):
    """Encoded-word version of text if needed (may contain folding)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=74).encode()


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


def subj_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return fold("Subject", s)
    except UnicodeEncodeError:
        return "Subject: " + Header(s, charset, header_name="Subject", maxlinelen=76).encode()


def ses_id(t):
    ms = int(t.timestamp() * 1000)
    return f"0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000"


# ---------------------------------------------------------------- MIME bodies
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", declared=None, raw=None):
    data = raw if raw is not None else text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:
        raise ValueError(cte)
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_param("charset", declared or charset)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="----=_Part_" + rhex(8) + "_" + str(rnd.randint(10**8, 10**9)))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed", boundary="_=_mixed_" + rhex(16))
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def body_bytes(m):
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(m)
    return bio.getvalue()


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{title}</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            + inner + "\n</body></html>\n")


def t2h(text):
    """Plain text -> simple HTML paragraphs."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        para = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>" + para.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- trace headers (receiver side)
SES_HOSTS = [("a8-30.smtp-out.amazonses.com", "54.240.8.30"),
             ("a11-56.smtp-out.amazonses.com", "54.240.11.56"),
             ("a8-95.smtp-out.amazonses.com", "54.240.8.95"),
             ("a27-34.smtp-out.us-west-2.amazonses.com", "54.240.27.34"),
             ("a48-112.smtp-out.amazonses.com", "54.240.48.112")]


def gmail_trace(rcpt, t, host, ip, mailfrom, from_dom, dkims, dmarc="pass", dpol="QUARANTINE",
                spf="pass", arc=True):
    """dkims: list of (domain, selector, result)."""
    rt = t + sec(rnd.randint(1, 4))
    mdom = mailfrom.split("@")[1]
    gid = ralnum(20, "abcdefghijklmnopqrstuvwxyz0123456789")
    spf_txt = {"pass": f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}",
               "softfail": f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}",
               "fail": f"spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}"}[spf]
    ar_items = [f"dkim={r} header.i=@{d} header.s={s} header.b={ralnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"
                for d, s, r in dkims]
    ar_items.append(spf_txt)
    ar_items.append(f"dmarc={dmarc} (p={dpol} sp={dpol} dis={'NONE' if dmarc == 'pass' else dpol}) header.from={from_dom}")
    ar_body = ";\n       ".join(ar_items)
    h = [f"Delivered-To: {rcpt}",
         f"Received: by 2002:a05:7010:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(3)} with SMTP id {ralnum(9)}csp{rnd.randint(100000, 999999)}{ralnum(3)};\n        {rfc(rt + sec(1), LA, True)}",
         f"X-Google-Smtp-Source: AGHT+I{rb64(60)[:70]}",
         f"X-Received: by 2002:a17:90b:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(20)}.{rnd.randint(10, 99)}.{rnd.randint(1000000000000, 9999999999999)};\n        {rfc(rt + sec(1), LA, True)}"]
    if arc:
        h += [f"ARC-Seal: i=1; a=rsa-sha256; t={int(rt.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(90)}\n         {rb64(90)}\n         {rb64(60)}",
              f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={rb64(90)}\n         {rb64(90)}",
              "ARC-Authentication-Results: i=1; mx.google.com;\n       " + ar_body]
    h += [f"Return-Path: <{mailfrom}>",
          f"Received: from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {rnd.randint(10, 99)}{ralnum(3)}{rhex(8)}-{ralnum(12)}si{rnd.randint(1000000, 9999999)}.{rnd.randint(100, 999)}.{rt.astimezone(LA).strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc(rt, LA, True)}",
          f"Received-SPF: {spf} ({spf_txt.split('(', 1)[1].split(')')[0]}) client-ip={ip};",
          "Authentication-Results: mx.google.com;\n       " + ar_body]
    return h


def o365_trace(rcpt, t, host, ip, mailfrom_dom, dkim_d, from_dom, region="namprd", dkim="pass",
               dmarc="pass", action="none", compauth="pass reason=100", spf="pass", internal=False):
    rt = t + sec(rnd.randint(2, 9))
    if region == "namprd":
        mb = f"SA1PR{rnd.randint(10, 19)}MB{rnd.randint(1000, 9999)}.namprd{rnd.randint(10, 19)}.prod.outlook.com"
        fe = f"BN{rnd.randint(1, 9)}PEPF0000{ralnum(4, '0123456789ABCDEF')}.namprd{rnd.randint(2, 5)}.prod.outlook.com"
        ca = f"CH2PR{rnd.randint(10, 19)}CA00{rnd.randint(10, 99)}.namprd{rnd.randint(10, 19)}.prod.outlook.com"
    elif region == "jpnprd":
        mb = f"TYCPR01MB{rnd.randint(1000, 99999)}.jpnprd01.prod.outlook.com"
        fe = f"OSA0EPF000000{ralnum(2, '0123456789ABCDEF')}.apcprd{rnd.randint(2, 6):02d}.prod.outlook.com"
        ca = f"TYCP286CA0{rnd.randint(100, 999)}.JPNP286.PROD.OUTLOOK.COM"
    else:  # outlook.com consumer
        mb = f"DU0P{rnd.randint(190, 195)}MB{rnd.randint(1000, 2999)}.EURP{rnd.randint(190, 195)}.PROD.OUTLOOK.COM"
        fe = f"AMS0EPF000001{ralnum(2, '0123456789AB')}.eurprd05.prod.outlook.com"
        ca = f"DB8PR09CA00{rnd.randint(10, 99)}.eurprd09.prod.outlook.com"
    v6 = lambda: f"2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}"
    spf_txt = {"pass": f"spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}",
               "fail": f"spf=fail (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}",
               "none": f"spf=none (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}"}[spf]
    dk_txt = {"pass": f"dkim=pass (signature was verified)\n header.d={dkim_d}",
              "none": "dkim=none (message not signed)\n header.d=none",
              "fail": f"dkim=fail (body hash did not verify)\n header.d={dkim_d}"}[dkim]
    ar = f"Authentication-Results: {spf_txt}; {dk_txt};dmarc={dmarc} action={action}\n header.from={from_dom};compauth={compauth}"
    h = [f"Received: from {mb} ({v6()}) by\n {mb.split('.')[0]}.{mb.split('.', 1)[1]} with HTTPS; {rfc(rt + sec(2))}",
         f"Received: from {ca} ({v6()}) by {mb}\n ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9300)}.{rnd.randint(10, 40)}; {rfc(rt + sec(1))}",
         f"Received: from {fe} ({v6().replace('::', ':cafe::')}) by\n {ca} ({v6()}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9300)}.{rnd.randint(10, 40)} via Frontend\n Transport; {rfc(rt + sec(1))}",
         ar]
    if not internal:
        h.append(f"Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of {mailfrom_dom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C" if spf == "pass" else
                 f"Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of {mailfrom_dom} does not\n designate {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host};")
        h.append(f"Received: from {host} ({ip}) by\n {fe.replace('.prod.outlook.com', '.mail.protection.outlook.com')} (10.167.{rnd.randint(16, 250)}.{rnd.randint(2, 250)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000, 9300)}.{rnd.randint(10, 40)} via Frontend Transport; {rfc(rt)}")
    return h


def o365_tail(rcpt_dom, internal=False, scl=1):
    return [
        f"X-MS-Exchange-Organization-Network-Message-Id: {rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}",
        f"X-MS-Exchange-Organization-AuthSource: {'SA1PR10MB' + str(rnd.randint(1000, 9999)) + '.namprd10.prod.outlook.com' if internal else 'BN1PEPF00004687.namprd05.prod.outlook.com'}",
        f"X-MS-Exchange-Organization-AuthAs: {'Internal' if internal else 'Anonymous'}",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-MS-Has-Attach: ",
        f"X-MS-TNEF-Correlator: ",
    ]


def nifty_trace(rcpt, t, host, ip, mailfrom, dkim_d, dkim_s, from_dom, dkim="pass", dmarc="pass", dpol="quarantine", spf="pass"):
    rt = t + sec(rnd.randint(2, 6))
    qid = ralnum(8, "0123456789ABCDEF")
    return [
        f"Return-Path: <{mailfrom}>",
        f"Delivered-To: {rcpt}",
        f"Received: from mx-ir.nifty.com by mbx-c{rnd.randint(10, 40)}.nifty.com with LMTP id {rhex(12)}\n\tfor <{rcpt}>; {rfc(rt + sec(1), JST)}",
        f"Authentication-Results: mx-ir.nifty.com; spf={spf} smtp.mailfrom={mailfrom.split('@')[1]};\n\t"
        + (f"dkim={dkim} header.d={dkim_d} header.s={dkim_s} header.b={ralnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')};" if dkim != "none" else "dkim=none (message not signed);")
        + (f"\n\tdmarc={dmarc} (p={dpol} dis=none) header.from={from_dom}" if dmarc != "none" else f"\n\tdmarc=none (no policy found) header.from={from_dom}"),
        f"Received: from {host} ({host} [{ip}])\n\tby mx-ir.nifty.com (Postfix) with ESMTPS id 4{qid}\n\tfor <{rcpt}>; {rfc(rt, JST)}",
        f"X-Nifty-SpamScore: {rnd.randint(0, 3)}",
    ]


def postfix_trace(rcpt, t, host, ip, mailfrom):
    """Self-hosted server without any authentication milter: no Authentication-Results."""
    rt = t + sec(rnd.randint(2, 8))
    return [
        f"Return-Path: <{mailfrom}>",
        f"Delivered-To: {rcpt}",
        f"Received: from mail.lindqvist.se\n\tby mail.lindqvist.se with LMTP\n\tid {rb64(12)}\n\t(envelope-from <{mailfrom}>)\n\tfor <{rcpt}>; {rfc(rt + sec(1), CET)}",
        f"X-Spam-Status: No, score=-0.{rnd.randint(1, 9)} required=5.0 tests=HTML_MESSAGE,\n\tRCVD_IN_DNSWL_NONE,SPF_HELO_NONE autolearn=ham autolearn_force=no version=3.4.6",
        f"Received: from {host} ({host} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mail.lindqvist.se (Postfix) with ESMTPS id 4d{ralnum(8, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789')}\n\tfor <{rcpt}>; {rfc(rt, CET)}",
    ]


# ---------------------------------------------------------------- sender-side headers
def ses_sender(t, from_dom="amazon.com", sel="rjt5rde5f4gpjz7v6fr5uh4nd2ux2azz"):
    ts = int(t.timestamp())
    return [
        f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={from_dom}; t={ts};\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;\n\tbh={rb64(32)};\n\tb={rb64(96)}\n\t{rb64(96)}\n\t{rb64(48)}",
        f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t={ts};\n\th=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;\n\tbh={rb64(32)};\n\tb={rb64(96)}\n\t{rb64(96)}\n\t{rb64(48)}",
    ]


def ses_tail(t, ip):
    return [f"Feedback-ID: ::1.us-east-1.{rb64(33)[:43]}=:AmazonSES",
            f"X-SES-Outgoing: {t.strftime('%Y.%m.%d')}-{ip}"]


def credly_sender(t):
    return [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=credly.com;\n\th=content-type:from:mime-version:subject:x-feedback-id:to:cc:\n\tcontent-type:from:subject:to;\n\ts=s1; bh={rb64(32)};\n\tb={rb64(96)}\n\t{rb64(96)}"]


# ---------------------------------------------------------------- writer
def write(fname, label, trace, sender, frm, to, subject, date, msgid, body,
          subj_charset="utf-8", tail=(), in_reply_to=None, references=None, cc=None, top=()):
    lines = list(top) + list(trace) + list(sender)
    lines.append("From: " + frm)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    lines.append(subj_hdr(subject, subj_charset))
    lines.append("Date: " + rfc(date))
    lines.append("Message-ID: " + msgid)
    if in_reply_to:
        lines.append("In-Reply-To: " + in_reply_to)
    if references:
        lines.append(fold("References", references, cont="\n "))
    lines += list(tail)
    lines.append("MIME-Version: 1.0")
    data = "\n".join(lines).encode("ascii") + b"\n" + body_bytes(body)
    path = os.path.join(OUT, fname)
    with open(path, "wb") as f:
        f.write(data)
    k, cid, ids, ver, lang = label
    LABELS[fname] = {"kind": k, "case_id": cid, "account_ids": sorted(set(ids)),
                     "sender_verified": ver, "language": lang}


def aws_mail(fname, label, *, prov, rcpt, rcpt_name, t, subject, body, frm_addr="aws-cs-trainingcertification-form@amazon.com",
             frm_name="Amazon Web Services", subj_charset="utf-8", in_reply_to=None, references=None, hostidx=None):
    host, ip = SES_HOSTS[hostidx if hostidx is not None else rnd.randrange(len(SES_HOSTS))]
    sid = ses_id(t)
    mailfrom = f"{sid}@amazonses.com"
    if prov == "gmail":
        trace = gmail_trace(rcpt, t, host, ip, mailfrom, "amazon.com",
                            [("amazon.com", "rjt5rde5f4gpjz7v6fr5uh4nd2ux2azz", "pass"),
                             ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", "pass")])
        tail = []
    elif prov in ("o365", "o365jp", "outlookcom"):
        region = {"o365": "namprd", "o365jp": "jpnprd", "outlookcom": "eurprd"}[prov]
        trace = o365_trace(rcpt, t, host, ip, "amazonses.com", "amazon.com", "amazon.com", region=region)
        tail = o365_tail(rcpt.split("@")[1])
    elif prov == "nifty":
        trace = nifty_trace(rcpt, t, host, ip, mailfrom, "amazon.com", "rjt5rde5f4gpjz7v6fr5uh4nd2ux2azz", "amazon.com")
        tail = []
    elif prov == "none":
        trace = postfix_trace(rcpt, t, host, ip, mailfrom)
        tail = []
    else:
        raise ValueError(prov)
    write(fname, label, trace, ses_sender(t), addr(frm_name, frm_addr), addr(rcpt_name, rcpt),
          subject, t, f"<{sid}@email.amazonses.com>", body, subj_charset=subj_charset,
          tail=ses_tail(t, ip) + tail, in_reply_to=in_reply_to, references=references)
    return f"<{sid}@email.amazonses.com>"


def credly_mail(fname, label, *, prov, rcpt, rcpt_name, t, subject, body,
                frm_name="Amazon Web Services Training and Certification via Credly"):
    ip = f"149.72.{rnd.randint(100, 250)}.{rnd.randint(2, 250)}"
    host = f"o{rnd.randint(1, 9)}.ptr{rnd.randint(1000, 9999)}.credly.com"
    mailfrom = f"bounces+{rnd.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}@em7877.credly.com"
    if prov == "gmail":
        trace = gmail_trace(rcpt, t, host, ip, mailfrom, "credly.com",
                            [("credly.com", "s1", "pass"), ("sendgrid.info", "smtpapi", "pass")], dpol="REJECT")
        tail = []
    elif prov in ("o365", "outlookcom"):
        trace = o365_trace(rcpt, t, host, ip, "em7877.credly.com", "credly.com", "credly.com",
                           region="namprd" if prov == "o365" else "eurprd")
        tail = o365_tail(rcpt.split("@")[1])
    else:
        raise ValueError(prov)
    msgid = f"<{rb64(16).replace('/', '_').replace('+', '-').rstrip('=')}@geopod-ismtpd-{rnd.randint(1, 40)}>"
    write(fname, label, trace, credly_sender(t), addr(frm_name, "admin@credly.com"), addr(rcpt_name, rcpt),
          subject, t, msgid, body, tail=[f"X-Feedback-ID: {rnd.randint(1000000, 9999999)}:SG"] + tail)


def console_footer(cid, lang="en"):
    if lang == "ja":
        return (f"\n\nこのケースに関するお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください:\n"
                f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n"
                "(フェデレーションを使用して接続している場合は、リンクにアクセスする前にログインしてください。)\n\n"
                "*このメールは送信専用のアドレスから送信されています。本ケースへのご返信は、上記リンクから AWS サポートセンターで行ってください。\n\n"
                "アマゾン ウェブ サービス\n\n"
                "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。\n")
    return ("\n\nTo contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n"
            "(If you are connecting by federation, log in before following the link.)\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            "To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n"
            "==============================================================\n\n"
            "Amazon Web Services\n\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")


# =============================================================================================
# identities and cases
# =============================================================================================
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

PRIYA = ("Priya Raman", "priya.raman@contoso-consult.com")
KENJI = ("渡辺 健司", "kenji.watanabe.dev@gmail.com")
MAREK = ("Marek Nowak", "marek.nowak84@gmail.com")
SATO = ("佐藤 美咲", "misaki-sato@nifty.com")
DANIEL = ("Daniel Okafor", "daniel.okafor@outlook.com")
TANAKA = ("田中 剛", "t-tanaka@hoshizora-sys.co.jp")
SOFIA = ("Sofia Lindqvist", "sofia@lindqvist.se")

P_open = U(2025, 3, 11, 8, 52, 17); P = case15(P_open, 731)
K_open = U(2025, 5, 27, 23, 2, 41); K = case15(K_open, 4418)
M_open = U(2025, 9, 1, 21, 17, 3); M = case15(M_open, 2207)
M2_open = U(2025, 9, 9, 19, 40, 12); M2 = case15(M2_open, 1086)
S_open = U(2025, 11, 18, 1, 40, 55); S = case15(S_open, 3390)
D_open = U(2025, 12, 9, 16, 5, 12); D = case15(D_open, 612)
T_open = U(2026, 1, 20, 2, 11, 48); T = case15(T_open, 5127)
L = "11802663594"
Db_open = U(2026, 1, 6, 10, 22, 31); Db = case15(Db_open, 877)
Kq_open = U(2025, 7, 14, 4, 48, 9); Kq = case15(Kq_open, 2950)
SELLER = "6012773489"

P_KEEP, P_OLD = "AWS04418273", "AWS02970115"
K_KEEP, K_OLD = "AWS10293847", "AWS10088812"
M_KEEP, M_OLD = "AWS55120934", "AWS55309871"
S_KEEP, S_OLD = "AWS30011986", "AWS30047712"
D_KEEP, D_OLD = "AWS68813402", "AWS61270358"
T_KEEP, T_BAD, T_OLD = "AWS22450671", "AWS22918034", "AWS22981034"
L_KEEP, L_OLD = "AWS71830264", "AWS74402159"

P_SUBJ = f"RE:[CASE {P}] [AWS Training and Certification Form Submission] - account-assistance"
FORM_SIG = "\n\nPlease reply to this e-mail to respond. To help us serve you better, please keep the case number in the subject line.\n"


def build_priya():
    # 001 ---------------------------------------------------------------- case_created
    t = P_open + sec(41)
    txt = f"""Hello Priya,

Thank you for reaching out to AWS Training and Certification.

This is an automated message to let you know that your request has been logged with our team under reference number {P}. Please keep this number for your records and quote it in the subject line of any related correspondence.

Summary of your submission
--------------------------
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: {P_KEEP}
Description: I have two certification profiles, one created years ago with my previous employer's e-mail. I would like to have them combined into one.

A member of our team will review your request and get back to you, in most cases within 24 hours. Submitting another form for the same request will not speed things up and may delay our response, so please wait for our reply.

Kind regards,
AWS Training and Certification Customer Support
"""
    html = html_wrap(t2h(txt).replace("--------------------------", ""), "Request received")
    aws_mail("001-form-request-logged.eml", ("case_created", P, [P_KEEP], True, "en"),
             prov="o365", rcpt=PRIYA[1], rcpt_name=PRIYA[0], t=t,
             subject=f"[CASE {P}] We've received your request - AWS Training and Certification",
             body=alt(part(txt), part(html, "html")))

    # 002 ---------------------------------------------------------------- support_reply (asks login e-mails)
    t = U(2025, 3, 12, 6, 31, 52)
    txt = f"""Hello Priya,

Thank you for contacting AWS Training and Certification. My name is Ravi and I will be assisting you with this case.

I was able to locate the certification account {P_KEEP}, which is registered to priya.raman@contoso-consult.com. However, I could not find a second profile with the details provided in your form.

So that I can locate the other profile, could you please reply with the following:

1. The e-mail address you used to sign in to the second account, if you remember it
2. The notification e-mail address that was set on that account (this can be different from the sign-in address)
3. The name of an exam you passed on that account and the approximate date
4. Which of the two profiles you would like to keep as your primary one going forward

As soon as I have this information I will continue looking into your request.

Best regards,
Ravi K.
AWS Training and Certification Customer Support
{FORM_SIG}
________________________________
From: Priya Raman <priya.raman@contoso-consult.com>
Sent: Tuesday, March 11, 2025 8:52 AM
To: AWS Training and Certification
Subject: AWS Training and Certification Form Submission

First name: Priya
Last name: Raman
E-mail: priya.raman@contoso-consult.com
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: {P_KEEP}
Description: I have two certification profiles, one created years ago with my previous employer's e-mail. I would like to have them combined into one. I don't have the ID of the older one at hand.
"""
    aws_mail("002-agent-asks-signin-addresses.eml", ("support_reply", P, [P_KEEP], True, "en"),
             prov="o365", rcpt=PRIYA[1], rcpt_name=PRIYA[0], t=t, subject=P_SUBJ, body=part(txt))

    # 003 ---------------------------------------------------------------- support_reply (name mismatch, DOB)
    t = U(2025, 3, 13, 5, 14, 9)
    txt = f"""Dear Priya,

Thanks for your reply and for the informations provided.

I am now able to see both of the profiles, {P_KEEP} and {P_OLD}. Before we can move forward, I need to verify that both accounts are belonging to the same person, because the names registered on the two profiles are not identical ("Priya Raman" and "Priya R. Subramaniam").

Kindly provide below details for each of the account:
- Full legal name as it appear on your government issued ID
- Date of birth
- Mailing address registered on the profile (city and country is sufficient)

Please be informed that we are unable to proceed further until we receive above details. We apologize for any inconvenience caused and appreciate your understanding.

Regards,
Mohammed
AWS Training and Certification
{FORM_SIG}
-----Original Message-----
From: Priya Raman [mailto:priya.raman@contoso-consult.com]
Sent: 12 March 2025 15:47
To: AWS Training and Certification <{FORM}>
Subject: RE:[CASE {P}] [AWS Training and Certification Form Submission] - account-assistance

Hi Ravi,

Thanks for getting back to me.
1. Sign-in for the old one was p.subramaniam@fabrikam-it.com
2. Same address, I believe
3. AWS Certified Cloud Practitioner, around June 2021
4. I would like to keep the current one

Best,
Priya
"""
    aws_mail("003-agent-verifies-name-dob.eml", ("support_reply", P, [P_KEEP, P_OLD], True, "en"),
             prov="o365", rcpt=PRIYA[1], rcpt_name=PRIYA[0], t=t, subject=P_SUBJ, body=part(txt, cte="base64"))

    # 004 ---------------------------------------------------------------- merge_confirmation_requested
    t = U(2025, 3, 14, 11, 7, 33)
    txt = f"""Dear Priya,

Thank you for sending the verification details, everything is matching now.

Please review below carefully:

Account to be retained (primary): {P_KEEP} – priya.raman@contoso-consult.com
Account to be merged and closed: {P_OLD} – p.subramaniam@fabrikam-it.com

After the consolidation, all certifications, exam history and benefits of {P_OLD} will be moved to {P_KEEP}, and you will be able to sign in only with the primary account. Please be aware that this process is permanent and cannot be reversed once it is done.

If above information is correct, kindly reply to this e-mail with your confirmation so that we can submit the request.

Regards,
Mohammed
AWS Training and Certification
{FORM_SIG}"""
    aws_mail("004-agent-asks-to-confirm-accounts.eml", ("merge_confirmation_requested", P, [P_KEEP, P_OLD], True, "en"),
             prov="o365", rcpt=PRIYA[1], rcpt_name=PRIYA[0], t=t, subject=P_SUBJ, body=part(txt))

    # 005 ---------------------------------------------------------------- support_reply (thanks for confirming)
    t = U(2025, 3, 14, 16, 2, 48)
    txt = f"""Dear Priya,

Thank you for confirming. I have now submitted your request to our back-office team who is performing the account consolidation. This usually takes 1 to 3 business days.

Once it has been completed, I will update you on this same case. No further action is needed from your side in the meantime.

Regards,
Mohammed
AWS Training and Certification
{FORM_SIG}
________________________________
From: Priya Raman <priya.raman@contoso-consult.com>
Sent: Friday, March 14, 2025 2:20 PM
To: AWS Training and Certification <{FORM}>
Subject: RE:[CASE {P}] [AWS Training and Certification Form Submission] - account-assistance

Hi Mohammed,

The details are correct. Please proceed with the merge.

Thanks,
Priya

________________________________
From: Amazon Web Services <{FORM}>
Sent: Friday, March 14, 2025 11:07 AM
To: Priya Raman <priya.raman@contoso-consult.com>
Subject: RE:[CASE {P}] [AWS Training and Certification Form Submission] - account-assistance

Dear Priya,

Thank you for sending the verification details, everything is matching now.

Account to be retained (primary): {P_KEEP} – priya.raman@contoso-consult.com
Account to be merged and closed: {P_OLD} – p.subramaniam@fabrikam-it.com

Please be aware that this process is permanent and cannot be reversed once it is done. If above information is correct, kindly reply to this e-mail with your confirmation.
"""
    aws_mail("005-agent-thanks-request-submitted.eml", ("support_reply", P, [], True, "en"),
             prov="o365", rcpt=PRIYA[1], rcpt_name=PRIYA[0], t=t, subject=P_SUBJ, body=part(txt))

    # 006 ---------------------------------------------------------------- merge_completed
    t = U(2025, 3, 17, 19, 45, 2)
    txt = f"""Hello Priya,

Good news: the work on your certification profiles is finished. Your exam history, active certifications and the 50% exam benefit from {P_OLD} are now showing under {P_KEEP}, and the former profile has been retired. Going forward, please sign in with priya.raman@contoso-consult.com only.

Your Credly badges should follow within a few business days. If they have not appeared after 5 business days, just reply to this e-mail and we will take a look.

If you have a moment, we would appreciate your feedback on the support you received:
https://survey.aws-tc-support.amazon.com/s/feedback?case={P}

Best regards,
Jessica
AWS Training and Certification Customer Support
{FORM_SIG}"""
    aws_mail("006-agent-profiles-combined.eml", ("merge_completed", P, [P_KEEP, P_OLD], True, "en"),
             prov="o365", rcpt=PRIYA[1], rcpt_name=PRIYA[0], t=t, subject=P_SUBJ, body=part(txt, cte="base64"))

    # 007 ---------------------------------------------------------------- survey (html only)
    t = U(2025, 3, 18, 20, 3, 11)
    inner = f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Hello Priya,</p>
<p>Your case <b>{P}</b> has been marked as resolved.</p>
<p>We'd love to hear how we did. It takes less than a minute.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/r?c={P}&amp;a=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc-support.amazon.com/s/r?c={P}&amp;a=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the support provided by Jessica?</p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/r?c={P}&amp;s=1">1</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/r?c={P}&amp;s=2">2</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/r?c={P}&amp;s=3">3</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/r?c={P}&amp;s=4">4</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/r?c={P}&amp;s=5">5</a></p>
<p style="color:#687078;font-size:12px">Need more help with this request? Reply to this e-mail within 14 days and your case will be reopened.</p>
</td></tr></table>"""
    aws_mail("007-how-did-we-do.eml", ("survey", P, [], True, "en"),
             prov="o365", rcpt=PRIYA[1], rcpt_name=PRIYA[0], t=t,
             subject=f"How did we do? Your case {P}", body=part(html_wrap(inner, "How did we do?"), "html"))

    # 008 ---------------------------------------------------------------- credly_badge_issued
    t = U(2025, 3, 20, 14, 22, 40)
    txt = """Hi Priya,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Cloud Practitioner

Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/3f7c2a91-5be0-4d8e-9a61-0c4e2b7d18aa

Questions? Visit https://support.credly.com

Credly, Inc. | 100 Broadway, 15th floor | New York, NY 10005
"""
    html = html_wrap("""<div style="max-width:560px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt="AWS Certified Cloud Practitioner">
<h2>Congratulations, Priya!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Cloud Practitioner</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f7c2a91-5be0-4d8e-9a61-0c4e2b7d18aa" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 100 Broadway, 15th floor | New York, NY 10005</p></div>""")
    credly_mail("008-credly-badge-issued.eml", ("credly_badge_issued", None, [], True, "en"),
                prov="o365", rcpt=PRIYA[1], rcpt_name=PRIYA[0], t=t,
                subject="Amazon Web Services Training and Certification has issued you a badge",
                body=alt(part(txt), part(html, "html")))


K_CASE_SUBJ = "AWS認定アカウントの統合について"


def build_kenji():
    # 009 ---------------------------------------------------------------- case_created (console, ja)
    t = K_open + sec(7)
    txt = f"""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のお問い合わせに対応するため、ケース {K} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {K}
件名: {K_CASE_SUBJ}
重要度: 一般的なガイダンス
""" + console_footer(K, "ja")
    aws_mail("009-console-case-opened-ja.eml", ("case_created", K, [], True, "ja"),
             prov="gmail", rcpt=KENJI[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"Amazon Web Services: 新しいサポートケースを作成しました: {K}",
             body=part(txt, cte="base64"))

    # 010 ---------------------------------------------------------------- support_reply (new correspondence notice)
    t = U(2025, 5, 28, 4, 37, 15)
    txt = f"""こんにちは

ケース {K}「{K_CASE_SUBJ}」に、AWS サポートから新しい返信が追加されました。

返信の内容を確認し、回答するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={K}&language=ja

*このメールは送信専用のアドレスから送信されています。このメールに返信しないでください。

アマゾン ウェブ サービス
"""
    aws_mail("010-new-correspondence-notice-ja.eml", ("support_reply", K, [], True, "ja"),
             prov="gmail", rcpt=KENJI[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"[Case {K}] 新しい連絡が追加されました", body=part(txt, cte="base64"))

    # 011 ---------------------------------------------------------------- support_reply (which account to keep), ISO-2022-JP
    t = U(2025, 5, 28, 4, 36, 58)
    txt = f"""渡辺 様

AWS サポートの青木です。お問い合わせいただきありがとうございます。

ご連絡いただいた 2 つの認定アカウントについて確認いたしました。ご記載の「aws-10088812」は、システム上 {K_OLD} として登録されております。もう一方は {K_KEEP} です。

統合の手続きを進めるにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。

1. 統合後に残すアカウント（今後ログインに使用するアカウント）はどちらでしょうか。
2. それぞれのアカウントに登録されているメールアドレス
3. 2 つのアカウントで登録氏名（ローマ字表記）が異なっている場合、正しい表記

いただいた情報をもとに、次の手順をご案内いたします。
なお、本メールは送信専用のアドレスから送信しているため、ご返信はサポートセンターのケース画面からお願いいたします。

引き続きよろしくお願いいたします。

青木
アマゾン ウェブ サービス""" + console_footer(K, "ja")
    aws_mail("011-agent-asks-which-to-keep-ja.eml", ("support_reply", K, [K_KEEP, K_OLD], True, "ja"),
             prov="gmail", rcpt=KENJI[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {K}] {K_CASE_SUBJ}", subj_charset="iso-2022-jp",
             body=part(txt, charset="iso-2022-jp", cte="7bit"))

    # 012 ---------------------------------------------------------------- support_reply (escalated, apology), Shift_JIS
    t = U(2025, 5, 30, 2, 12, 26)
    txt = f"""渡辺 様

いつもお世話になっております。AWS サポートの青木です。

ご回答いただきありがとうございます。統合後に残すアカウントを {K_KEEP}（kenji.watanabe.dev@gmail.com）とされること、承知いたしました。

本件は、認定アカウントの統合を担当する専門チームへエスカレーションいたしました。専門チームでの確認には通常 2、3 営業日ほどお時間をいただいております。
お待たせしてしまい大変申し訳ございませんが、進捗がございましたら本ケースにてご連絡いたします。

現時点でお客様に追加でご対応いただく必要はございません。

青木
アマゾン ウェブ サービス""" + console_footer(K, "ja")
    aws_mail("012-agent-escalated-to-team-ja.eml", ("support_reply", K, [K_KEEP], True, "ja"),
             prov="gmail", rcpt=KENJI[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {K}] {K_CASE_SUBJ}",
             body=part(txt, charset="shift_jis", cte="base64"))

    # 013 ---------------------------------------------------------------- merge_confirmation_requested (ja)
    t = U(2025, 6, 2, 7, 48, 3)
    txt = f"""渡辺 様

お待たせいたしました。AWS トレーニングと認定 サポートの森です。専門チームでの確認が完了しましたので、最終確認をお願いいたします。

■ 統合後に残るアカウント: {K_KEEP}（kenji.watanabe.dev@gmail.com）
■ 統合されるアカウント: {K_OLD}（watanabe.k@mitsuba-tech.co.jp）

統合を実施すると、{K_OLD} の認定資格と受験履歴は {K_KEEP} に移され、{K_OLD} にはログインできなくなります。この操作は後から取り消すことができませんので、内容に誤りがないかご確認ください。

上記の内容でよろしければ、サポートセンターのケース画面から「上記の内容で統合をお願いします」とご返信ください。ご返信をいただいてから手続きを開始いたします。

森
アマゾン ウェブ サービス""" + console_footer(K, "ja")
    aws_mail("013-agent-final-check-before-merge-ja.eml", ("merge_confirmation_requested", K, [K_KEEP, K_OLD], True, "ja"),
             prov="gmail", rcpt=KENJI[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {K}] {K_CASE_SUBJ}", body=part(txt))

    # 014 ---------------------------------------------------------------- merge_completed, confirmation quoted below
    t = U(2025, 6, 4, 9, 20, 47)
    quoted = f"""渡辺 様

お待たせいたしました。AWS トレーニングと認定 サポートの森です。専門チームでの確認が完了しましたので、最終確認をお願いいたします。

■ 統合後に残るアカウント: {K_KEEP}（kenji.watanabe.dev@gmail.com）
■ 統合されるアカウント: {K_OLD}（watanabe.k@mitsuba-tech.co.jp）

この操作は後から取り消すことができませんので、内容に誤りがないかご確認ください。
上記の内容でよろしければ、サポートセンターのケース画面からご返信ください。"""
    txt = f"""渡辺 様

AWS トレーニングと認定 サポートの森です。ご返信いただきありがとうございました。

ご依頼の手続きが完了いたしましたのでお知らせいたします。これまでの認定資格および受験履歴は、すべて {K_KEEP} に移行済みです。今後は kenji.watanabe.dev@gmail.com でサインインしてください。

Credly のデジタルバッジは、数日以内に現在の Credly アカウントへ移される予定です。

ご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。

森
アマゾン ウェブ サービス

----- 過去のやり取り -----
2025/06/02 16:48 (JST) AWS サポート:
""" + "\n".join("> " + l if l else ">" for l in quoted.split("\n")) + "\n" + console_footer(K, "ja")
    aws_mail("014-agent-records-moved-ja.eml", ("merge_completed", K, [K_KEEP], True, "ja"),
             prov="gmail", rcpt=KENJI[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {K}] {K_CASE_SUBJ}", body=part(txt, cte="base64"))

    # 015 ---------------------------------------------------------------- survey (ja)
    t = U(2025, 6, 5, 10, 2, 33)
    txt = f"""お客様

ケース {K}「{K_CASE_SUBJ}」はクローズされました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。所要時間は 1 分ほどです。

問題は解決しましたか?
はい: https://console.aws.amazon.com/support/feedback?displayId={K}&answer=yes&language=ja
いいえ: https://console.aws.amazon.com/support/feedback?displayId={K}&answer=no&language=ja

追加のサポートが必要な場合は、サポートセンターからケースを再開できます。

アマゾン ウェブ サービス
"""
    html = html_wrap(f"""<p>お客様</p>
<p>ケース <b>{K}</b>「{K_CASE_SUBJ}」はクローズされました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。</p>
<p><b>問題は解決しましたか?</b></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={K}&amp;answer=yes&amp;language=ja">はい</a> ｜ <a href="https://console.aws.amazon.com/support/feedback?displayId={K}&amp;answer=no&amp;language=ja">いいえ</a></p>
<p style="font-size:12px;color:#687078">追加のサポートが必要な場合は、サポートセンターからケースを再開できます。</p>""")
    aws_mail("015-case-closed-questionnaire-ja.eml", ("survey", K, [], True, "ja"),
             prov="gmail", rcpt=KENJI[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"AWS サポート: ケース {K} に関するアンケートのお願い",
             body=alt(part(txt, cte="base64"), part(html, "html", cte="base64")))

    # 060 ---------------------------------------------------------------- credly_badge_issued (after merge)
    t = U(2025, 6, 6, 22, 51, 18)
    txt = """Hello Kenji,

Good news! Your AWS Certified Developer - Associate badge from Amazon Web Services Training and Certification is ready for you.

This badge was moved to this Credly account after an update to your certification record. To display it on your profile, accept it now:

Accept Badge: https://www.credly.com/earner/earned/badge/b81e0c6d-47a2-4c9b-8e3f-5d20a7c41f96

The Credly Team
"""
    html = html_wrap("""<div style="max-width:560px;margin:auto">
<p>Hello Kenji,</p>
<p>Good news! Your <b>AWS Certified Developer - Associate</b> badge from Amazon Web Services Training and Certification is ready for you.</p>
<p>This badge was moved to this Credly account after an update to your certification record.</p>
<p><a href="https://www.credly.com/earner/earned/badge/b81e0c6d-47a2-4c9b-8e3f-5d20a7c41f96" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept Badge</a></p>
<p>The Credly Team</p></div>""")
    credly_mail("060-credly-badge-ready-after-move.eml", ("credly_badge_issued", None, [], True, "en"),
                prov="gmail", rcpt=KENJI[1], rcpt_name="Kenji Watanabe", t=t,
                subject="Your AWS Certified Developer - Associate badge is ready to accept",
                body=alt(part(txt), part(html, "html")))


M_SUBJ = f"RE:[CASE {M}] [AWS Training and Certification Form Submission] - account-assistance"


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def build_marek():
    # 016 ---------------------------------------------------------------- case_created
    t = M_open + sec(38)
    txt = f"""Hi Marek,

This is to let you know we've got your message and a ticket has been created for it (reference {M}).

Our Training and Certification support team aims to respond within one business day. There is no need to reply to this message.

AWS Training and Certification Support
"""
    m016 = aws_mail("016-ticket-created-ack.eml", ("case_created", M, [], True, "en"),
                    prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t,
                    subject=f"[CASE {M}] Thank you for contacting AWS Training and Certification",
                    body=part(txt, cte="base64"))

    # 017 ---------------------------------------------------------------- support_reply (apology for delay)
    t = U(2025, 9, 4, 13, 26, 40)
    txt = f"""Hi Marek,

I'm sorry for the slow response on this one. We're handling a higher than usual number of requests at the moment, and your message waited longer in the queue than it should have.

I wanted to let you know your case hasn't been forgotten. I've started reviewing the two profiles you mentioned and will get back to you as soon as I have something concrete.

Thank you for your patience.

Kristina
AWS Training and Certification Customer Support

On Wed, Sep 3, 2025 at 10:58 PM Marek Nowak <{MAREK[1]}> wrote:
> Hello,
>
> Any update on this? It's been two days and I have an exam booked for
> October, so I would like to have both accounts (AWS55120934 and
> AWS 55309871) sorted before then.
>
> Marek
>
> On Mon, Sep 1, 2025 at 11:17 PM Amazon Web Services <{FORM}> wrote:
> > Hi Marek,
> >
> > This is to let you know we've got your message and a ticket has been
> > created for it (reference {M}).
"""
    aws_mail("017-agent-apologises-for-delay.eml", ("support_reply", M, [], True, "en"),
             prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t, subject=M_SUBJ, body=part(txt),
             in_reply_to=f"<CAJ{ralnum(20)}@mail.gmail.com>", references=m016)

    # 018 ---------------------------------------------------------------- support_reply (proof of identity)
    t = U(2025, 9, 5, 9, 3, 12)
    arjun = f"""Hello Marek,

Greetings from AWS Training and Certification!

I have reviewed the accounts AWS55120934 and AWS 55309871 as requested. I notice the first name on the second profile is registered as "Mareck" and the date of birth field is not matching with the primary profile. Due to this, an additional verification is required to ensure both the accounts are belonging to you.

Request you to kindly share any one of the below:
a) A scanned copy of a government issued photo ID (you may mask the document number)
b) The exam name, date and test center location of the exam taken on each account

Once the verification is done, I will share the next steps with you.

Thanks & Regards,
Arjun
AWS Training and Certification"""
    aws_mail("018-agent-requests-identity-proof.eml", ("support_reply", M, [M_KEEP, M_OLD], True, "en"),
             prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t, subject=M_SUBJ,
             body=part(arjun + "\n" + FORM_SIG, cte="quoted-printable"))

    # 019 ---------------------------------------------------------------- support_reply (duplicate case), mislabelled charset
    t = U(2025, 9, 10, 8, 15, 55)
    txt = f"""Hi Marek,

I see you also sent us a new request yesterday (case {M2}) about the same two profiles. To keep everything in one place I\u2019ve closed {M2} as a duplicate, and we\u2019ll continue here \u2013 you don\u2019t need to do anything with the other case.

We\u2019re still waiting for the verification details my colleague asked for on 5 September (copied below). As soon as we receive either the photo ID or the exam details for each profile, we can move on.

Kristina
AWS Training and Certification Customer Support
{FORM_SIG}
--------------- Original Message ---------------
From: Amazon Web Services [{FORM}]
Sent: 9/5/2025 9:03 AM
To: {MAREK[1]}
Subject: {M_SUBJ}

{arjun}
"""
    aws_mail("019-agent-closes-duplicate-case.eml", ("support_reply", M, [], True, "en"),
             prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t, subject=M_SUBJ,
             body=part(txt, declared="us-ascii"))

    # 020 ---------------------------------------------------------------- support_reply (reminder)
    t = U(2025, 9, 15, 7, 40, 21)
    txt = f"""Hello Marek,

We are following up on our previous messages regarding the verification of your certification profiles.

We have not yet received the requested information. Could you please reply with the details at your earliest convenience? If we do not hear back from you within 5 business days, this case will be closed automatically. You can reopen it at any time by replying to this e-mail.

Kind regards,
AWS Training and Certification Customer Support
{FORM_SIG}"""
    aws_mail("020-agent-reminder-awaiting-details.eml", ("support_reply", M, [], True, "en"),
             prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t, subject=M_SUBJ, body=part(txt))

    # 021 ---------------------------------------------------------------- support_reply (answers questions, conditional future)
    t = U(2025, 9, 17, 10, 2, 9)
    txt = f"""Hi Marek,

Thanks for sending the exam details, that's all we needed and the verification is now complete.

To answer your questions:

- Your unused 50% discount benefit from aws55309871 will carry over. After the two profiles are brought together it will show up under Benefits on AWS55120934.
- Your Credly badges will be moved to the Credly account linked to AWS55120934 once the process is finished. You don't need to do anything in Credly yourself.
- Your recertification dates stay the same.

Nothing has been changed on your profiles yet. I'll send you a summary of both accounts shortly so you can check it before anything is done.

Kind regards,
Kristina
AWS Training and Certification Customer Support

On Tue, Sep 16, 2025 at 9:12 PM Marek Nowak <{MAREK[1]}> wrote:
> Hi,
>
> Sorry for the delay, I was travelling. Exam on the second account:
> AWS Certified Solutions Architect - Associate (SAA-C03), 14 March 2023,
> Pearson VUE test centre in Krakow.
> Exam on the main account: AWS Certified Developer - Associate, 2 May 2025,
> online proctored.
>
> Two questions: will I keep the 50% voucher I got on the old account? And
> what happens to my Credly badges?
>
> Thanks,
> Marek
>
> On Fri, Sep 5, 2025 at 11:03 AM Amazon Web Services <{FORM}> wrote:
> > Hello Marek,
> >
> > Greetings from AWS Training and Certification!
> >
> > I have reviewed the accounts AWS55120934 and AWS 55309871 as requested.
> > I notice the first name on the second profile is registered as "Mareck"
"""
    aws_mail("021-agent-answers-voucher-question.eml", ("support_reply", M, [M_KEEP, M_OLD], True, "en"),
             prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t, subject=M_SUBJ, body=part(txt))

    # 022 ---------------------------------------------------------------- merge_confirmation_requested (alt parts differ)
    t = U(2025, 9, 17, 14, 36, 44)
    txt = f"""Hi Marek,

As promised, here is the summary. Please check it carefully: once we go ahead, this can't be undone.

KEEP:            {M_KEEP} (marek.nowak84@gmail.com)
FOLD INTO IT:    {M_OLD} (m.nowak@student.uj.edu.pl) - this profile will be closed

If everything looks right, just reply "Yes, I confirm" and I'll submit it.

Kristina
AWS Training and Certification Customer Support
"""
    html = html_wrap(f"""<p>Hi Marek,</p>
<p>As promised, here is the summary of the two profiles. Please check it carefully &ndash; <b>once we go ahead, this can&#39;t be undone.</b></p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#f2f3f3"><th></th><th>Profile that stays</th><th>Profile that will be folded in and closed</th></tr>
<tr><td>Candidate ID</td><td>{M_KEEP}</td><td>{M_OLD}</td></tr>
<tr><td>Sign-in e-mail</td><td>marek.nowak84@gmail.com</td><td>m.nowak@student.uj.edu.pl</td></tr>
<tr><td>Certifications</td><td>AWS Certified Developer &ndash; Associate</td><td>AWS Certified Solutions Architect &ndash; Associate</td></tr>
<tr><td>Benefits</td><td>&ndash;</td><td>50% exam discount (unused)</td></tr>
</table>
<p>After this, you will sign in with marek.nowak84@gmail.com only.</p>
<p>If everything looks right, just reply <i>&quot;Yes, I confirm&quot;</i> and I&#39;ll submit it. If something is wrong, tell me what needs correcting.</p>
<p>Kristina<br>AWS Training and Certification Customer Support</p>""")
    aws_mail("022-agent-summary-reply-yes-to-go-ahead.eml", ("merge_confirmation_requested", M, [M_KEEP, M_OLD], True, "en"),
             prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t, subject=M_SUBJ,
             body=alt(part(txt), part(html, "html")))

    # 023 ---------------------------------------------------------------- merge_completed (closure + survey)
    t = U(2025, 9, 19, 12, 8, 30)
    txt = f"""Hi Marek,

Your certification history is now unified under {M_KEEP}. Everything that was on the second profile has been carried over, including the Solutions Architect certification and the unused discount, and that profile has been deactivated.

As this completes your request, I'll be marking this case as resolved. You'll receive a short survey about your experience; we'd really value your feedback.

All the best with the October exam!

Kristina
AWS Training and Certification Customer Support
{FORM_SIG}
On Wed, Sep 17, 2025 at 6:51 PM Marek Nowak <{MAREK[1]}> wrote:
> Yes, I confirm.
>
> On Wed, Sep 17, 2025 at 4:36 PM Amazon Web Services <{FORM}> wrote:
> > KEEP:            {M_KEEP} (marek.nowak84@gmail.com)
> > FOLD INTO IT:    {M_OLD} (m.nowak@student.uj.edu.pl) - this profile will be closed
> >
> > If everything looks right, just reply "Yes, I confirm" and I'll submit it.
"""
    aws_mail("023-agent-history-unified-case-resolved.eml", ("merge_completed", M, [M_KEEP], True, "en"),
             prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t, subject=M_SUBJ, body=part(txt, cte="base64"))

    # 024 ---------------------------------------------------------------- credly_badge_issued
    t = U(2025, 9, 22, 16, 44, 5)
    html = html_wrap("""<div style="max-width:600px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<p style="font-size:18px">Marek, you've earned a badge!</p>
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="badge">
<p><b>AWS Certified Solutions Architect &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/earner/earned/badge/7d9a15e2-0c31-4f6b-a2d8-93b4e1c05f27" style="background:#ff6b00;color:#ffffff;padding:12px 30px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p style="font-size:12px;color:#888">You are receiving this e-mail because a badge was issued to marek.nowak84@gmail.com. Credly, Inc., 100 Broadway, New York, NY 10005</p>
</div>""")
    credly_mail("024-credly-you-earned-a-badge.eml", ("credly_badge_issued", None, [], True, "en"),
                prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t,
                subject="Marek, you've earned the AWS Certified Solutions Architect – Associate badge",
                body=part(html, "html", cte="quoted-printable"))


S_SUBJ = f"RE:[CASE {S}] [AWS Training and Certification Form Submission] - account-assistance"
S_SIG = """

AWS トレーニングと認定 カスタマーサポート
※本メールにご返信いただく際は、件名のケース番号を変更しないでください。
"""


def build_sato():
    # 025 ---------------------------------------------------------------- case_created (ja, ISO-2022-JP, split subject)
    t = S_open + sec(52)
    txt = f"""佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。

受付番号: {S}
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: {S_KEEP}

担当者より、原則として 24 時間以内にご連絡いたします。
同じ内容でフォームを再度送信されますと、対応が遅れる場合がございますのでご注意ください。

※本メールは自動送信されています。
AWS トレーニングと認定 カスタマーサポート
"""
    s025 = aws_mail("025-form-inquiry-accepted-ja.eml", ("case_created", S, [S_KEEP], True, "ja"),
                    prov="nifty", rcpt=SATO[1], rcpt_name=SATO[0], t=t,
                    subject=f"[CASE {S}] お問い合わせを受け付けました - AWS トレーニングと認定（自動送信）",
                    subj_charset="iso-2022-jp", body=part(txt, charset="iso-2022-jp", cte="7bit"))

    # 026 ---------------------------------------------------------------- support_reply (identity info, native ja)
    t = U(2025, 11, 19, 0, 52, 37)
    txt = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご申告いただいた {S_KEEP} のほかに、佐藤様のお名前で登録された認定アカウントとして {S_OLD} を確認いたしました。

ご本人様確認のため、大変お手数ではございますが、以下の情報をご返信いただけますでしょうか。

・それぞれのアカウントに登録されているお名前（ローマ字）
・生年月日
・ご登録のご住所（都道府県まで）
・今後お使いになりたいアカウント（どちらを残すか）

ご確認が取れ次第、次のお手続きについてご案内いたします。
何卒よろしくお願い申し上げます。

小林""" + S_SIG
    aws_mail("026-agent-identity-details-ja.eml", ("support_reply", S, [S_KEEP, S_OLD], True, "ja"),
             prov="nifty", rcpt=SATO[1], rcpt_name=SATO[0], t=t, subject=S_SUBJ,
             body=part(txt, cte="base64"), in_reply_to=s025, references=s025)

    # 027 ---------------------------------------------------------------- support_reply (follow-up, still need help?)
    t = U(2025, 11, 26, 1, 5, 14)
    txt = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。

その後、いかがでしょうか。
先日ご案内いたしましたご本人様確認の件につきまして、現時点でご返信を確認できておりませんでしたので、念のためご連絡いたしました。

引き続きサポートが必要でございましたら、本メールにご返信ください。
なお、7 日間ご返信がない場合は、本ケースをいったんクローズさせていただきます。クローズ後も、本メールにご返信いただければケースは再開されます。

小林""" + S_SIG
    aws_mail("027-agent-checking-in-ja.eml", ("support_reply", S, [], True, "ja"),
             prov="nifty", rcpt=SATO[1], rcpt_name=SATO[0], t=t, subject=S_SUBJ,
             body=part(txt, charset="iso-2022-jp", cte="base64"))

    # 028 ---------------------------------------------------------------- support_reply (status update, conditional)
    t = U(2025, 12, 1, 2, 30, 8)
    txt = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
ご返信いただき、ありがとうございます。

いただいた情報で、ご本人様確認が完了いたしました。統合後に残すアカウントは {S_KEEP} とのこと、承知いたしました。

現在、担当部署にて統合の準備を進めております。作業が完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

小林""" + S_SIG + f"""
2025年11月30日(日) 21:14 佐藤 美咲 <{SATO[1]}>:
> 小林様
>
> ご連絡が遅くなり申し訳ありません。
>
> {S_KEEP}: SATO MISAKI / 1991年4月8日 / 神奈川県
> {S_OLD}: SATO MISAKI / 1991年4月8日 / 宮城県（以前の住所です）
>
> 残したいのは {S_KEEP} のほうです。
> よろしくお願いいたします。
>
> 佐藤
"""
    aws_mail("028-agent-preparing-please-wait-ja.eml", ("support_reply", S, [S_KEEP], True, "ja"),
             prov="nifty", rcpt=SATO[1], rcpt_name=SATO[0], t=t, subject=S_SUBJ, body=part(txt))

    # 029 ---------------------------------------------------------------- merge_completed (ja, 移行いたしました)
    t = U(2025, 12, 3, 5, 41, 50)
    txt = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
大変お待たせいたしました。

AWS 30047712 に登録されていた認定資格および受験履歴を、{S_KEEP} へ移行いたしました。AWS 30047712 は今後ご利用いただけませんので、サインインの際は {S_KEEP} のメールアドレスをご使用ください。

Credly のバッジにつきましては、反映までに数日かかる場合がございます。

このたびはご協力いただき、誠にありがとうございました。

小林""" + S_SIG
    html = html_wrap(t2h(txt))
    aws_mail("029-agent-certifications-transferred-ja.eml", ("merge_completed", S, [S_KEEP, S_OLD], True, "ja"),
             prov="nifty", rcpt=SATO[1], rcpt_name=SATO[0], t=t, subject=S_SUBJ,
             body=alt(part(txt, cte="base64"), part(html, "html", cte="base64")))


D_CASE_SUBJ = "Merge duplicate certification accounts aws61270358 -> AWS68813402"
FEEDBACK_LINE = ("\n\nWe value your feedback. Please share your experience by rating this correspondence using the "
                 "AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by "
                 "selecting the stars in top right corner of each correspondence within the AWS Support Center.")


def build_daniel():
    # 030 ---------------------------------------------------------------- case_created (console)
    t = D_open + sec(5)
    txt = f"""Thank you for contacting Amazon Web Services. We have opened case {D} to address your issue.

The details of your case are as follows:

Case ID: {D}
Subject: {D_CASE_SUBJ}
Severity: General guidance
Correspondence: Hi, I have two AWS Certification accounts and would like them consolidated. Please see subject for the IDs. Thanks, Daniel
""" + console_footer(D)
    aws_mail("030-console-new-support-case.eml", ("case_created", D, [D_KEEP, D_OLD], True, "en"),
             prov="outlookcom", rcpt=DANIEL[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"Amazon Web Services: You have opened a new Support case: {D}", body=part(txt))

    # 031 ---------------------------------------------------------------- support_reply (reason, privacy)
    t = U(2025, 12, 10, 11, 18, 26)
    c031 = f"""Hello Daniel,

Thank you for reaching out. I'm Carlos from the AWS Training and Certification team and I will be helping you today.

Before I can move forward I need to understand a bit more about the two profiles:

- Could you tell me how the second certification account came to be created (for example, registered through an employer portal or with a different e-mail)?
- What is the notification e-mail address on each account? For privacy reasons I am not able to disclose account details to an e-mail address different from the one on file, so please provide the information from your side.
- Which account would you like to keep?

With that, I can check the records and let you know the next steps.""" 
    txt = c031 + FEEDBACK_LINE + "\n\nBest regards,\n\nCarlos M.\nAmazon Web Services" + console_footer(D)
    aws_mail("031-agent-asks-why-two-accounts.eml", ("support_reply", D, [D_KEEP, D_OLD], True, "en"),
             prov="outlookcom", rcpt=DANIEL[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {D}] {D_CASE_SUBJ}", body=part(txt, cte="base64"))

    # 032 ---------------------------------------------------------------- support_reply (transferred, no quote marker)
    t = U(2025, 12, 11, 15, 2, 44)
    txt = f"""Hello Daniel,

Thank you for the information. I have now transferred your case to our Certification Operations team, which is the team that handles the consolidation of candidate profiles. They will review your request and contact you directly on this case, normally within 2-3 business days.

Best regards,

Carlos M.
Amazon Web Services

Hi Carlos, the second account was created by my employer's training portal in 2022 with my work e-mail daniel.okafor@northwind-logistics.com, the notification address on it is the same. The other one uses daniel.okafor@outlook.com. I'd like to keep the personal one. Thanks, Daniel

{c031}
""" + console_footer(D)
    aws_mail("032-agent-transferred-to-cert-ops.eml", ("support_reply", D, [D_KEEP, D_OLD], True, "en"),
             prov="outlookcom", rcpt=DANIEL[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {D}] {D_CASE_SUBJ}", body=part(txt))

    # 033 ---------------------------------------------------------------- merge_confirmation_requested (console)
    t = U(2025, 12, 15, 9, 47, 3)
    txt = f"""Hello Daniel,

My name is Nadia and I'm with Certification Operations. I've reviewed both profiles and I'm ready to combine them as follows:

Surviving account: {D_KEEP} (daniel.okafor@outlook.com)
Account to be absorbed: {D_OLD} (daniel.okafor@northwind-logistics.com)

Your AWS Certified Solutions Architect - Professional and the exam history on {D_OLD} would be attached to {D_KEEP}, and {D_OLD} would then be deactivated. Please note that this is permanent: once combined, the profiles cannot be separated again.

Please confirm, by replying through the Support Center, that you would like us to go ahead. We won't make any changes until we hear from you.""" + FEEDBACK_LINE + "\n\nBest regards,\n\nNadia\nAmazon Web Services" + console_footer(D)
    aws_mail("033-cert-ops-please-confirm.eml", ("merge_confirmation_requested", D, [D_KEEP, D_OLD], True, "en"),
             prov="outlookcom", rcpt=DANIEL[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {D}] {D_CASE_SUBJ}", body=part(txt))

    # 034 ---------------------------------------------------------------- support_reply (thank you for confirming, will proceed)
    t = U(2025, 12, 16, 8, 12, 37)
    txt = """Hello Daniel,

Thank you for confirming. We will now proceed with combining the two profiles. I'll let you know on this case as soon as it's done; this typically takes one to two business days.

There's nothing else you need to do for now.""" + FEEDBACK_LINE + "\n\nBest regards,\n\nNadia\nAmazon Web Services" + console_footer(D)
    aws_mail("034-cert-ops-will-proceed.eml", ("support_reply", D, [D_KEEP, D_OLD], True, "en"),
             prov="outlookcom", rcpt=DANIEL[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {D}] {D_CASE_SUBJ}", body=part(txt, cte="base64"))

    # 035 ---------------------------------------------------------------- merge_completed
    t = U(2025, 12, 18, 17, 30, 19)
    txt = f"""Hello Daniel,

I'm happy to let you know that this is now complete. Your certifications and exam history from {D_OLD} now appear on {D_KEEP}, and the duplicate profile has been closed.

Please allow up to 5 business days for your Credly badges to show up on the Credly account linked to daniel.okafor@outlook.com. If they still haven't appeared after that, let us know on this case and we'll follow up with Credly.""" + FEEDBACK_LINE + "\n\nBest regards,\n\nNadia\nAmazon Web Services" + console_footer(D)
    aws_mail("035-cert-ops-now-complete.eml", ("merge_completed", D, [D_KEEP, D_OLD], True, "en"),
             prov="outlookcom", rcpt=DANIEL[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {D}] {D_CASE_SUBJ}", body=part(txt))

    # 036 ---------------------------------------------------------------- survey (resolved, console)
    t = U(2025, 12, 20, 17, 31, 2)
    txt = f"""Hello,

Your case {D} has been resolved.

Case ID: {D}
Subject: {D_CASE_SUBJ}

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/home#/case/?displayId={D}&resolved=yes
No: https://console.aws.amazon.com/support/home#/case/?displayId={D}&resolved=no

If we don't hear from you, this case will close automatically in 7 days. You can reopen a resolved case from the AWS Support Center.

Amazon Web Services
"""
    aws_mail("036-console-case-resolved-feedback.eml", ("survey", D, [D_KEEP, D_OLD], True, "en"),
             prov="outlookcom", rcpt=DANIEL[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"Amazon Web Services: Your Support case {D} has been resolved", body=part(txt))


T_SUBJ = f"RE:[CASE {T}] [AWS Training and Certification Form Submission] - account-assistance"


def build_tanaka():
    # 037 ---------------------------------------------------------------- support_reply (MT ja, asks again)
    t = U(2026, 1, 23, 4, 26, 11)
    txt = f"""田中様

AWSトレーニングと認定にご連絡いただきありがとうございます。

私たちはあなたの返信を受け取りましたが、残念ながら、2番目のアカウントの通知メールアドレスがまだ提供されていません。アカウントを確認するために、もう一度以下の情報を提供してください。

- 2番目のアカウントに登録されている通知メールアドレス
- 2番目のアカウントで最後に受験した試験の名前と日付

この情報がなければ、私たちはあなたのリクエストを進めることができません。ご不便をおかけして申し訳ありません。

よろしくお願いします、
Siddharth
AWSトレーニングと認定カスタマーサポート

--- 元のメッセージ ---
送信者: 田中 剛 <{TANAKA[1]}>
日付: 2026年1月22日 17:45
宛先: aws-cs-trainingcertification-form@amazon.com
件名: {T_SUBJ}

お世話になっております。星空システムの田中です。
残したいアカウントは {T_KEEP} です。もう一つは {T_BAD} で、前職の会社のメールアドレスで登録していました。
よろしくお願いいたします。
"""
    aws_mail("037-agent-mt-asks-again-ja.eml", ("support_reply", T, [], True, "ja"),
             prov="o365jp", rcpt=TANAKA[1], rcpt_name=TANAKA[0], t=t, subject=T_SUBJ, body=part(txt, cte="base64"))

    # 038 ---------------------------------------------------------------- support_reply (id not found; wrong charset label)
    t = U(2026, 1, 26, 6, 3, 58)
    txt = f"""田中様

ご返信いただきありがとうございます。

提供された2番目のアカウントID「{T_BAD}」は、私たちのシステムで見つかりませんでした。IDが正しいかどうかをもう一度確認してください。IDは、CertMetricsにサインインした後、画面右上のプロフィールで確認することができます。

また、あなたが提供したメールアドレス tanaka.tsuyoshi@kumo-denki.co.jp で検索したところ、別のIDのアカウントが見つかりましたが、セキュリティ上の理由により、ここでそのIDを開示することはできません。

正しいIDを確認して、このメールに返信してください。

よろしくお願いします、
Siddharth
AWSトレーニングと認定カスタマーサポート
"""
    aws_mail("038-agent-mt-id-not-found-ja.eml", ("support_reply", T, [T_BAD], True, "ja"),
             prov="o365jp", rcpt=TANAKA[1], rcpt_name=TANAKA[0], t=t, subject=T_SUBJ,
             body=part(txt, cte="quoted-printable", declared="iso-8859-1"))

    # 039 ---------------------------------------------------------------- merge_confirmation_requested (MT ja)
    t = U(2026, 1, 28, 3, 40, 22)
    txt = f"""田中様

ご確認いただきありがとうございます。正しいアカウントを見つけることができました。

以下の内容でアカウントのマージを実行する前に、確認してください。

保持されるアカウント: {T_KEEP} ({TANAKA[1]})
マージされるアカウント: {T_OLD} (tanaka.tsuyoshi@kumo-denki.co.jp)

このアクションは元に戻すことはできません。マージ後、{T_OLD}にサインインすることはできなくなります。

上記が正しい場合は、このメールに「確認します」と返信してください。あなたの確認を受け取るまで、私たちは何も変更しません。

よろしくお願いします、
Siddharth
AWSトレーニングと認定カスタマーサポート
"""
    aws_mail("039-agent-mt-confirm-before-merge-ja.eml", ("merge_confirmation_requested", T, [T_KEEP, T_OLD], True, "ja"),
             prov="o365jp", rcpt=TANAKA[1], rcpt_name=TANAKA[0], t=t, subject=T_SUBJ,
             body=part(txt, charset="iso-2022-jp", cte="7bit"))

    # 040 ---------------------------------------------------------------- merge_completed (MT ja)
    t = U(2026, 1, 30, 8, 15, 36)
    txt = f"""田中様

お待たせして申し訳ありません。

私たちはあなたのアカウントが正常にマージされたことをお知らせします。{T_OLD}のすべての認定と試験履歴は、現在{T_KEEP}の下に表示されます。今後は{TANAKA[1]}でサインインしてください。

このケースは解決済みとしてマークされます。私たちのサポートについて、フィードバックをいただけると幸いです。

よろしくお願いします、
Siddharth
AWSトレーニングと認定カスタマーサポート
"""
    m040 = aws_mail("040-agent-mt-merged-successfully-ja.eml", ("merge_completed", T, [T_KEEP, T_OLD], True, "ja"),
                    prov="o365jp", rcpt=TANAKA[1], rcpt_name=TANAKA[0], t=t, subject=T_SUBJ, body=part(txt))

    # 041 ---------------------------------------------------------------- survey (ja)
    t = U(2026, 2, 2, 8, 16, 1)
    txt = f"""田中 剛 様

お客様のケース {T} は、解決済みとしてクローズされました。

今回の対応について、アンケートにご協力をお願いいたします。

問題は解決しましたか?
[はい] https://survey.aws-tc-support.amazon.com/s/r?c={T}&a=yes&l=ja
[いいえ] https://survey.aws-tc-support.amazon.com/s/r?c={T}&a=no&l=ja

担当者の対応を 5 段階で評価してください:
https://survey.aws-tc-support.amazon.com/s/rate?c={T}&l=ja

AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail("041-case-closed-please-rate-ja.eml", ("survey", T, [], True, "ja"),
             prov="o365jp", rcpt=TANAKA[1], rcpt_name=TANAKA[0], t=t,
             subject=f"[CASE {T}] ケースはクローズされました - アンケートのお願い",
             body=part(txt, charset="iso-2022-jp", cte="7bit"))
    return m040


L_SUBJ = f"RE: [CASE {L}] [AWS Training and Certification Form Submission] - account-assistance"


def build_sofia():
    # 042 ---------------------------------------------------------------- support_reply (id belongs to someone else?)
    t = U(2026, 2, 10, 13, 1, 44)
    txt = f"""Hi Sofia,

Thanks for getting in touch. I've had a look using the ID you gave us for your older profile, aws74402159, but that profile is registered under a different name and e-mail address than yours, so I'm afraid I can't share anything about it at this stage.

Could you double-check that ID for me? You'll find it in the top-right corner of the AWS Certification account page once you're signed in. If you no longer have access to that profile, a screenshot of an old score report or certificate showing the ID and your name works too.

In the meantime I've confirmed that {L_KEEP} is registered to sofia@lindqvist.se.

Thanks,
Hannah
AWS Training and Certification Customer Support
{FORM_SIG}"""
    aws_mail("042-agent-cannot-match-second-id.eml", ("support_reply", L, [L_KEEP, L_OLD], None, "en"),
             prov="none", rcpt=SOFIA[1], rcpt_name=SOFIA[0], t=t, subject=L_SUBJ, body=part(txt))

    # 043 ---------------------------------------------------------------- support_reply (names must match)
    t = U(2026, 2, 12, 9, 27, 15)
    txt = f"""Hi Sofia,

Thanks for the screenshot, that helps a lot. I can now see that both profiles belong to you. However, the legal name on {L_OLD} is still "Sofia Andersson", and our policy requires the names on both profiles to match before they can be brought together.

There are two ways to sort this out:

1. Sign in to {L_OLD} and request a name change from the profile page, or
2. Reply to this e-mail with a copy of a document showing the name change (for example a marriage certificate). You can black out anything that isn't needed.

Once the names match, I'll prepare a summary of both profiles for you to review and approve. Nothing will be changed before you've approved it.

Thanks,
Hannah
AWS Training and Certification Customer Support
{FORM_SIG}
> On 11 Feb 2026, at 21:40, Sofia Lindqvist <sofia@lindqvist.se> wrote:
>
> Hi Hannah, sorry, I mistyped it. It's AWS74402159, screenshot attached
> (it's from 2021, when I still had my maiden name).
>
> /Sofia
"""
    html = html_wrap(t2h(txt.split("\n> On 11 Feb")[0]) +
                     "\n<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">On 11 Feb 2026, at 21:40, Sofia Lindqvist &lt;sofia@lindqvist.se&gt; wrote:<br><br>"
                     "Hi Hannah, sorry, I mistyped it. It's AWS74402159, screenshot attached (it's from 2021, when I still had my maiden name).<br><br>/Sofia</blockquote>")
    aws_mail("043-agent-names-must-match-first.eml", ("support_reply", L, [L_OLD], None, "en"),
             prov="none", rcpt=SOFIA[1], rcpt_name=SOFIA[0], t=t, subject=L_SUBJ,
             body=alt(part(txt), part(html, "html")))

    # 044 ---------------------------------------------------------------- support_reply (answers question, "once the merge is complete")
    t = U(2026, 2, 17, 15, 52, 3)
    txt = f"""Hi Sofia,

Good question! Here's what to expect:

Once the merge is complete, you'll only be able to sign in with sofia@lindqvist.se ({L_KEEP}). Your 2021 Cloud Practitioner will be listed there together with your newer certifications, and the badge will be transferred to your current Credly account. Your exam appointment on 14 March is booked on {L_KEEP}, so it isn't affected at all.

Just so you know where things stand: nothing has been changed yet. I'm waiting for the name update on the older profile to go through with our CertMetrics team, and I'll reach out again as soon as it shows up on our side. Sorry this is taking a bit longer than usual.

Thanks,
Hannah
AWS Training and Certification Customer Support
{FORM_SIG}"""
    aws_mail("044-agent-explains-what-happens-after.eml", ("support_reply", L, [L_KEEP], None, "en"),
             prov="none", rcpt=SOFIA[1], rcpt_name=SOFIA[0], t=t, subject=L_SUBJ, body=part(txt, cte="base64"))


def other_mail(fname, label, *, prov, rcpt, rcpt_name, t, frm, subject, body, mailfrom, host, ip,
               dkim_d, from_dom, dkim="pass", dmarc="pass", dpol="NONE", spf="pass", msgid=None,
               sender=None, subj_charset="utf-8", in_reply_to=None, references=None, cc=None,
               internal=False, compauth=None, action="none", extra_tail=()):
    if prov == "gmail":
        dk = [(dkim_d, "s" + str(rnd.randint(1, 2)) if dkim_d else "", dkim)] if dkim_d else []
        trace = gmail_trace(rcpt, t, host, ip, mailfrom, from_dom, dk, dmarc=dmarc, dpol=dpol, spf=spf)
        tail = []
    elif prov in ("o365", "o365jp", "outlookcom"):
        region = {"o365": "namprd", "o365jp": "jpnprd", "outlookcom": "eurprd"}[prov]
        if compauth is None:
            compauth = "pass reason=100" if dmarc == "pass" else ("pass reason=109" if internal else "fail reason=000")
        trace = o365_trace(rcpt, t, host, ip, mailfrom.split("@")[1], dkim_d or "none", from_dom, region=region,
                           dkim=dkim if dkim_d else "none", dmarc=dmarc, action=action, compauth=compauth,
                           spf=spf, internal=internal)
        tail = o365_tail(rcpt.split("@")[1], internal=internal)
    elif prov == "nifty":
        trace = nifty_trace(rcpt, t, host, ip, mailfrom, dkim_d or "none", "default", from_dom,
                            dkim=dkim if dkim_d else "none", dmarc=dmarc, dpol=dpol.lower(), spf=spf)
        tail = []
    elif prov == "none":
        trace = postfix_trace(rcpt, t, host, ip, mailfrom)
        tail = []
    else:
        raise ValueError(prov)
    if sender is None:
        sender = []
        if dkim_d:
            sender = [f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dkim_d};\n\ts=s1; t={int(t.timestamp())};\n\th=from:to:subject:date:message-id:mime-version:content-type;\n\tbh={rb64(32)};\n\tb={rb64(96)}\n\t{rb64(64)}"]
    if msgid is None:
        msgid = f"<{rhex(16)}.{rnd.randint(10000, 99999)}@{from_dom}>"
    write(fname, label, trace, sender, frm, addr(rcpt_name, rcpt), subject, t, msgid, body,
          subj_charset=subj_charset, tail=list(extra_tail) + tail, in_reply_to=in_reply_to,
          references=references, cc=cc)
    return msgid


def build_phish():
    # 045 ---------------------------------------------------------------- phishing look-alike: confirmation request
    t = U(2025, 9, 18, 23, 3, 40)
    fake = "175823660104412"
    txt = f"""Dear Marek Nowak,

Our records show a pending request to consolidate your AWS Certification profiles:

   Primary profile:   {M_KEEP}
   Secondary profile: {M_OLD}

To complete the consolidation, you must confirm this action within 24 hours by signing in with your AWS Certification credentials at the secure link below. After confirmation the secondary profile will be merged into the primary profile. This operation is irreversible.

   Confirm account merge: https://aws-trainingcertification.com/merge/confirm?ref={fake}

If we do not receive your confirmation, your certifications on both profiles may be suspended pending review.

Regards,
AWS Training and Certification Support Team
"""
    html = html_wrap(t2h(txt).replace(f"https://aws-trainingcertification.com/merge/confirm?ref={fake}",
                                      f"<a href=\"https://aws-trainingcertification.com/merge/confirm?ref={fake}\" style=\"background:#ff9900;color:#000;padding:8px 16px\">Confirm account merge</a>"))
    other_mail("045-lookalike-confirm-merge-24h.eml", ("merge_confirmation_requested", fake, [M_KEEP, M_OLD], False, "en"),
               prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t,
               frm=addr("AWS Training and Certification", "case-update@aws-trainingcertification.com"),
               subject=f"RE:[CASE {fake}] Action required: confirm your certification account merge",
               body=alt(part(txt), part(html, "html")),
               mailfrom="bounce@aws-trainingcertification.com", host="mail.aws-trainingcertification.com",
               ip="45.137.21.84", dkim_d="aws-trainingcertification.com", from_dom="aws-trainingcertification.com",
               dmarc="pass", dpol="NONE")

    # 046 ---------------------------------------------------------------- phishing spoof: info request, topmost dmarc=fail
    t = U(2025, 3, 13, 8, 45, 22)
    fake = "174185552200318"
    txt = f"""Dear Priya,

We are following up on your account merge request regarding certification account {P_KEEP}.

In order to continue processing your request, our verification team requires additional proof of identity. Please upload the following documents through our secure portal within 48 hours:

- A clear scan of your passport (photo page)
- Your date of birth and current home address
- A selfie holding the passport

Secure upload portal: https://aws-certification-verify.com/case/{fake}/upload

If we do not receive the documents within 48 hours, your request will be closed and both certification profiles may be locked.

Best regards,
Verification Team
AWS Training and Certification
"""
    forged = ["Authentication-Results: mx.amazonses.com; dkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com",
              f"X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"]
    other_mail("046-spoofed-identity-documents-request.eml", ("support_reply", fake, [P_KEEP], False, "en"),
               prov="o365", rcpt=PRIYA[1], rcpt_name=PRIYA[0], t=t,
               frm=addr("Amazon Web Services", FORM),
               subject=f"RE:[CASE {fake}] [AWS Training and Certification Form Submission] - account-assistance - Verification Required",
               body=part(txt), mailfrom="support@mx-relay-aws.com", host="vps-41822.hostingservers.pw",
               ip="185.244.38.117", dkim_d=None, from_dom="amazon.com", dmarc="fail", action="quarantine",
               spf="pass", sender=forged, msgid=f"<{rhex(24)}@vps-41822.hostingservers.pw>")


def build_unrelated(m040):
    # 047 ---------------------------------------------------------------- other AWS case: billing (asks for info)
    t = U(2026, 1, 7, 9, 14, 50)
    txt = f"""Hello Daniel,

Thank you for contacting AWS Billing and Accounts. My name is Meera and I'll be looking into the unexpected charges on your January invoice.

So that I can review the charges, could you please confirm the following:

- The 12-digit AWS account ID that was charged
- The last four digits of the payment card on file
- Whether the resources below were launched by you or someone you authorized:
  * 2 x m5.2xlarge instances in eu-west-1
  * NAT Gateway data processing in eu-west-1

Once I have these details I'll check whether the charges are eligible for a one-time billing adjustment.""" + FEEDBACK_LINE + "\n\nBest regards,\n\nMeera S.\nAmazon Web Services" + console_footer(Db)
    aws_mail("047-billing-case-asks-account-details.eml", ("unrelated", Db, [], True, "en"),
             prov="outlookcom", rcpt=DANIEL[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {Db}] Unexpected charges on January invoice", body=part(txt))

    # 048 ---------------------------------------------------------------- other AWS case: EC2 quota (ja)
    t = U(2025, 7, 14, 8, 2, 19)
    txt = f"""渡辺 様

AWS サポートの中村です。お問い合わせいただきありがとうございます。

東京リージョン (ap-northeast-1) における EC2 オンデマンドインスタンス (Standard) の vCPU 上限緩和のご依頼について承りました。

申請内容を確認するため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. 想定されるユースケース（ワークロードの概要）
2. 必要となるインスタンスタイプと台数
3. 利用開始予定日

いただいた情報をもとにサービスチームへ申請いたします。""" + console_footer(Kq, "ja")
    aws_mail("048-ec2-quota-case-asks-use-case-ja.eml", ("unrelated", Kq, [], True, "ja"),
             prov="gmail", rcpt=KENJI[1], rcpt_name=None, t=t, frm_addr=NOREPLY,
             subject=f"RE:[CASE {Kq}] EC2 vCPU 上限緩和のリクエスト (ap-northeast-1)", body=part(txt, cte="base64"))

    # 049 ---------------------------------------------------------------- Seller Central case (asks identity proof)
    t = U(2025, 10, 3, 12, 40, 7)
    txt = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

To continue with the verification of your seller account, we need some additional information. Please upload the following through the case log in Seller Central:

- A clear colour copy of a government-issued photo ID (front and back)
- A bank or credit card statement issued within the last 180 days, showing your name and address

Please make sure the name on the documents matches the name on your seller account exactly.

To view or respond to this case, go to Seller Central > Help > Case Log, case ID: {SELLER}.

We value your feedback. Please rate my response using one of the links below.

Regards,
Piotr
Amazon Selling Partner Support
"""
    aws_mail("049-seller-central-verification-case.eml", ("unrelated", SELLER, [], True, "en"),
             prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t, frm_addr="seller-notification@amazon.com",
             frm_name="Amazon Seller Central", subject=f"RE:[CASE {SELLER}] Seller account verification - additional documents needed",
             body=part(txt))

    # 050 ---------------------------------------------------------------- CertMetrics survey-like mail
    t = U(2025, 9, 25, 15, 0, 12)
    html = html_wrap(f"""<table width="600" align="center"><tr><td>
<img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certification" width="180">
<p>Dear Marek Nowak,</p>
<p>AWS Certification wants to hear from you! As an AWS Certified individual, your feedback helps us shape the future of our certification program.</p>
<p>Please take 10 minutes to tell us about your experience, from preparing for your exam to using your certification at work.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/s.aspx?sid=8821&amp;cid={M_KEEP}" style="background:#ff9900;color:#232f3e;padding:10px 24px;text-decoration:none">Take the survey</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">Candidate ID: {M_KEEP}<br>This message was sent from an unmonitored address. Please do not reply.</p>
</td></tr></table>""")
    other_mail("050-certmetrics-wants-to-hear-from-you.eml", ("unrelated", None, [M_KEEP], False, "en"),
               prov="gmail", rcpt=MAREK[1], rcpt_name=MAREK[0], t=t,
               frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
               subject="AWS Certification wants to hear from you", body=part(html, "html"),
               mailfrom="bounce-do-not-reply@certmetrics.com", host="mail12.certmetrics.com",
               ip="52.27.131.47", dkim_d="certmetrics.com", from_dom="certmetrics.com", dpol="NONE")

    # 051 ---------------------------------------------------------------- Pearson VUE (no AR)
    t = U(2026, 2, 20, 10, 31, 18)
    txt = f"""Dear Sofia Lindqvist,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Candidate ID: {L_KEEP}
Registration ID: 518830274
Date: Saturday, March 14, 2026
Time: 10:00 AM CET
Delivery: OnVUE online proctored

Please check in 30 minutes before your appointment and run the system test beforehand.

To reschedule or cancel, sign in at https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
    other_mail("051-pearson-vue-appointment.eml", ("unrelated", None, [L_KEEP], None, "en"),
               prov="none", rcpt=SOFIA[1], rcpt_name=SOFIA[0], t=t,
               frm=addr("Pearson VUE Confirmation", "pearsonvueconfirmation@pearson.com"),
               subject="Pearson VUE Confirmation of Booking", body=part(txt, cte="7bit"),
               mailfrom="pearsonvueconfirmation@pearson.com", host="mx0a-00168c01.pphosted.com",
               ip="148.163.152.33", dkim_d="pearson.com", from_dom="pearson.com")

    # 052 ---------------------------------------------------------------- Credly expiry reminder
    t = U(2026, 2, 10, 18, 5, 33)
    txt = """Hi Daniel,

Your AWS Certified Solutions Architect - Professional badge issued by Amazon Web Services Training and Certification will expire on May 11, 2026.

To keep your badge current, review the recertification requirements from the issuer:
https://www.credly.com/org/amazon-web-services/badge/aws-certified-solutions-architect-professional

View your badge: https://www.credly.com/badges/4c0e7b12-96d3-4a8f-b5e1-2f7d08c9a613

The Credly Team
"""
    credly_mail("052-credly-badge-expiring-soon.eml", ("unrelated", None, [], True, "en"),
                prov="outlookcom", rcpt=DANIEL[1], rcpt_name=DANIEL[0], t=t, frm_name="Credly",
                subject="Your badge expires in 90 days", body=alt(part(txt), part(html_wrap(t2h(txt)), "html")))

    # 053 ---------------------------------------------------------------- Credly own account-merge code
    t = U(2025, 6, 10, 12, 33, 2)
    txt = """Hi Kenji,

We received a request to merge another Credly account into your account.

Your verification code is: 482913

Enter this code on the Credly website, then select "Complete Account Merge" to finish. The code expires in 30 minutes.

If you didn't request this, you can safely ignore this email.

The Credly Team
"""
    credly_mail("053-credly-own-merge-verification-code.eml", ("unrelated", None, [], True, "en"),
                prov="gmail", rcpt=KENJI[1], rcpt_name="Kenji Watanabe", t=t, frm_name="Credly",
                subject="Your Credly account merge verification code", body=part(txt, cte="7bit"))

    # 054 ---------------------------------------------------------------- GitHub "merged" notification (no AR)
    t = U(2026, 2, 14, 19, 12, 45)
    txt = """Merged #57 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lindqvist-labs/cert-tracker/pull/57#event-16455103821
You are receiving this because you authored the thread.

Message ID: <lindqvist-labs/cert-tracker/pull/57/issue_event/16455103821@github.com>
"""
    html = html_wrap('<p>Merged <a href="https://github.com/lindqvist-labs/cert-tracker/pull/57">#57</a> into main.</p>'
                     '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/lindqvist-labs/cert-tracker/pull/57#event-16455103821">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')
    other_mail("054-github-pr-merged.eml", ("unrelated", None, [], None, "en"),
               prov="none", rcpt=SOFIA[1], rcpt_name=SOFIA[0], t=t,
               frm=addr("Jonas Berg", "notifications@github.com"),
               subject="Re: [lindqvist-labs/cert-tracker] Merge duplicate candidate profiles by e-mail (PR #57)",
               body=alt(part(txt, cte="7bit"), part(html, "html", cte="7bit")),
               mailfrom="noreply@github.com", host="out-21.smtp.github.com", ip="192.30.252.204",
               dkim_d="github.com", from_dom="github.com",
               msgid="<lindqvist-labs/cert-tracker/pull/57/issue_event/16455103821@github.com>",
               in_reply_to="<lindqvist-labs/cert-tracker/pull/57@github.com>",
               references="<lindqvist-labs/cert-tracker/pull/57@github.com>",
               cc="Author <author@noreply.github.com>")

    # 055 ---------------------------------------------------------------- colleague forward (Outlook)
    t = U(2025, 3, 14, 12, 31, 9)
    txt = f"""Hi Priya,

This also came in on the training shared mailbox (I think it's set as the notification address on your old profile) - looks like it's yours ({P_KEEP} / {P_OLD}). Forwarding in case you didn't get it directly. They want a reply before they do anything.

Tom

Tom Becker | Learning & Development
Contoso Consulting

________________________________
From: Amazon Web Services <{FORM}>
Sent: Friday, March 14, 2025 11:07 AM
To: Priya Raman <priya.raman@contoso-consult.com>
Cc: l-and-d-training@contoso-consult.com
Subject: {P_SUBJ}

Dear Priya,

Thank you for sending the verification details, everything is matching now.

Please review below carefully:

Account to be retained (primary): {P_KEEP} – priya.raman@contoso-consult.com
Account to be merged and closed: {P_OLD} – p.subramaniam@fabrikam-it.com

Please be aware that this process is permanent and cannot be reversed once it is done.

If above information is correct, kindly reply to this e-mail with your confirmation so that we can submit the request.

Regards,
Mohammed
AWS Training and Certification
"""
    other_mail("055-colleague-forwards-confirmation.eml", ("unrelated", P, [P_KEEP, P_OLD], False, "en"),
               prov="o365", rcpt=PRIYA[1], rcpt_name=PRIYA[0], t=t,
               frm=addr("Tom Becker", "tom.becker@contoso-consult.com"),
               subject="FW: " + P_SUBJ, body=alt(part(txt), part(html_wrap(t2h(txt)), "html")),
               mailfrom="tom.becker@contoso-consult.com", host="SA1PR10MB5712.namprd10.prod.outlook.com",
               ip="10.167.241.20", dkim_d=None, from_dom="contoso-consult.com", dmarc="none", internal=True,
               msgid=f"<SA1PR10MB5712{rhex(12).upper()}@SA1PR10MB5712.namprd10.prod.outlook.com>",
               extra_tail=["Thread-Topic: " + P_SUBJ[:60], "Thread-Index: " + rb64(22), "Accept-Language: en-US"])

    # 056 ---------------------------------------------------------------- colleague forward (ja, Outlook)
    t = U(2026, 1, 30, 9, 2, 41)
    txt = f"""田中さん

お疲れさまです。鈴木です。
研修管理用の共有アドレスにも届いていたので、念のため転送します。
{T_KEEP} に一本化されたようです（旧 {T_OLD}）。資格一覧の更新はこちらでやっておきますね。

鈴木

________________________________
差出人: Amazon Web Services <{FORM}>
送信日時: 2026年1月30日 17:15
宛先: training-admin@hoshizora-sys.co.jp
件名: {T_SUBJ}

田中様

お待たせして申し訳ありません。

私たちはあなたのアカウントが正常にマージされたことをお知らせします。{T_OLD}のすべての認定と試験履歴は、現在{T_KEEP}の下に表示されます。

よろしくお願いします、
Siddharth
AWSトレーニングと認定カスタマーサポート
"""
    other_mail("056-colleague-forwards-completion-ja.eml", ("unrelated", T, [T_KEEP, T_OLD], False, "ja"),
               prov="o365jp", rcpt=TANAKA[1], rcpt_name=TANAKA[0], t=t,
               frm=addr("鈴木 陽子", "y-suzuki@hoshizora-sys.co.jp"),
               subject="転送: " + T_SUBJ, body=part(txt, cte="base64"),
               mailfrom="y-suzuki@hoshizora-sys.co.jp", host="TYCPR01MB11876.jpnprd01.prod.outlook.com",
               ip="10.167.16.9", dkim_d="hoshizora-sys.co.jp", from_dom="hoshizora-sys.co.jp", dmarc="pass",
               internal=True, compauth="pass reason=100",
               msgid=f"<TYCPR01MB11876{rhex(12).upper()}@TYCPR01MB11876.jpnprd01.prod.outlook.com>",
               in_reply_to=m040, references=m040,
               extra_tail=["Thread-Topic: " + T_SUBJ[:60], "Thread-Index: " + rb64(22), "Accept-Language: ja-JP"])

    # 057 ---------------------------------------------------------------- AWS Builder ID code
    t = U(2025, 12, 9, 15, 58, 30)
    txt = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 583019

This code expires 10 minutes after it was sent.

If you didn't try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
    host, ip = SES_HOSTS[0]
    sid = ses_id(t)
    other_mail("057-builder-id-verification-code.eml", ("unrelated", None, [], True, "en"),
               prov="outlookcom", rcpt=DANIEL[1], rcpt_name=None, t=t,
               frm=addr("AWS", "no-reply@signin.aws"),
               subject="Verify your AWS Builder ID email address",
               body=alt(part(txt), part(html_wrap(t2h(txt)), "html")),
               mailfrom=f"{sid}@amazonses.com", host=host, ip=ip, dkim_d="signin.aws", from_dom="signin.aws",
               msgid=f"<{sid}@email.amazonses.com>")

    # 058 ---------------------------------------------------------------- T&C newsletter
    t = U(2025, 10, 15, 16, 0, 5)
    html = html_wrap("""<table width="640" align="center" style="background:#ffffff"><tr><td style="background:#232f3e;padding:20px;color:#fff">
<b>AWS Training and Certification</b> | October 2025</td></tr>
<tr><td style="padding:20px">
<h2>Build your cloud skills this fall</h2>
<p><b>New on AWS Skill Builder:</b> hands-on labs for generative AI on Amazon Bedrock, now included in the free tier.</p>
<p><b>Get certified:</b> the AWS Certified AI Practitioner exam is available in 8 more languages. Use your 50% discount benefit from a previous certification when you register.</p>
<p><b>Keep your certification current:</b> check your recertification date in your AWS Certification account and bring all your achievements together on your Credly profile.</p>
<p><a href="https://aws.amazon.com/training/?trk=newsletter-oct25" style="background:#ff9900;color:#16191f;padding:10px 20px;text-decoration:none">Explore training</a></p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>
</td></tr></table>""")
    aws_mail("058-training-newsletter.eml", ("unrelated", None, [], True, "en"),
             prov="gmail", rcpt=MAREK[1], rcpt_name=None, t=t, frm_addr="aws-marketing-email-replies@amazon.com",
             frm_name="AWS Training and Certification", subject="Build your cloud skills this fall: new labs, more exam languages",
             body=part(html, "html"))

    # 059 ---------------------------------------------------------------- look-alike phishing not about merge (ja)
    t = U(2025, 12, 10, 3, 17, 59)
    txt = """佐藤 美咲 様

いつも AWS 認定をご利用いただきありがとうございます。

お客様の AWS 認定アカウントにおいて、お支払い情報の確認ができなかったため、アカウントの利用を一時的に停止しております。
認定資格の失効を防ぐため、48 時間以内に以下のリンクからお支払い情報を更新してください。

https://aws-certificatlon.com/jp/account/verify

期限内に更新が確認できない場合、取得済みの認定資格およびデジタルバッジはすべて無効となります。

AWS 認定 事務局
"""
    other_mail("059-lookalike-account-suspension-ja.eml", ("unrelated", None, [], False, "ja"),
               prov="nifty", rcpt=SATO[1], rcpt_name=SATO[0], t=t,
               frm=addr("AWS 認定 事務局", "notice@aws-certificatlon.com"),
               subject="【重要】AWS 認定アカウントの利用停止に関するお知らせ", body=part(txt, charset="utf-8", cte="base64"),
               mailfrom="notice@aws-certificatlon.com", host="mail.aws-certificatlon.com", ip="103.151.226.40",
               dkim_d=None, from_dom="aws-certificatlon.com", dmarc="none", dpol="none")


if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    build_priya()
    build_kenji()
    build_marek()
    build_sato()
    build_daniel()
    m040 = build_tanaka()
    build_sofia()
    build_phish()
    build_unrelated(m040)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), "mails written")
