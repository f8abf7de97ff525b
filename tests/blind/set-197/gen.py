#!/usr/bin/env python3
"""Generator for blind set 197 (Japanese desks, seventh round).

Builds realistic .eml files with the stdlib `email` package for the MIME
bodies, and hand-written transport headers on top.  Writes labels.json.
"""
import base64
import io
import json
import os
import quopri
import random
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(197)
LABELS = {}
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), 'PDT')
CRLF = '\r\n'

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def dt(y, mo, d, h, mi, s=0, tz=JST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def fdate(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def case15(d, tail):
    """15-digit display id: Unix time the case opened + 5 digits."""
    return f"{int(d.timestamp())}{tail:05d}"


def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def ses_msgid(d, region=None):
    ms = int(d.timestamp() * 1000)
    if region:
        return f"<0106{ms:012x}-{ruuid()}-000000@{region}.amazonses.com>"
    return f"<0100{ms:012x}-{ruuid()}-000000@email.amazonses.com>"


def ses_mailfrom(d, region=None):
    ms = int(d.timestamp() * 1000)
    if region:
        return f"0106{ms:012x}-{ruuid()}-000000@{region}.amazonses.com"
    return f"0100{ms:012x}-{ruuid()}-000000@amazonses.com"


def fold_b64(s, width=70, indent='\t '):
    return (CRLF + indent).join(s[i:i + width] for i in range(0, len(s), width))


def dkim_sig(d, s, t, h, c='relaxed/simple'):
    bh = rb64(32)
    b = rb64(256)
    return ("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=" + c + ";" + CRLF +
            f"\ts={s}; d={d}; t={int(t.timestamp())};" + CRLF +
            f"\th={h};" + CRLF +
            f"\tbh={bh};" + CRLF +
            "\tb=" + fold_b64(b, 70, '\t'))


AMZ_SEL = 'szqgv33erturdv5cvz4vtb5qcbnr4cyq'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_SEL_AP = 'zh4gjftm6etwoq6afzugpky45synznly'
AMZ_H = 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type'
SES_H = 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID'


def ew(text, charset='utf-8', enc='B', first_len=9):
    """RFC 2047 encoded words, folded, each word <= 75 chars."""
    codec = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
             'utf-8': 'utf-8', 'euc-jp': 'euc_jp'}[charset.lower()]
    words = []
    cur = ''

    def enc_chunk(ch):
        raw = ch.encode(codec)
        if enc == 'B':
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        q = ''.join(chr(b) if (chr(b).isalnum() and b < 128) else ('_' if b == 32 else f"={b:02X}") for b in raw)
        return f"=?{charset}?Q?{q}?="
    for chx in text:
        if len(enc_chunk(cur + chx)) > 75 - (first_len if not words else 1):
            words.append(enc_chunk(cur))
            cur = chx
        else:
            cur += chx
    if cur:
        words.append(enc_chunk(cur))
    return (CRLF + ' ').join(words)


# --------------------------------------------------------------------------
# Authentication-Results builders
# --------------------------------------------------------------------------

def ar_gmail(dkims=(), spf=None, dmarc=None):
    """dkims: [(res, domain, selector)]; spf: (res, mailfrom, ip);
    dmarc: (res, p, sp, dis, from_dom)."""
    items = []
    for res, d, s in dkims:
        items.append(f"dkim={res} header.i=@{d} header.s={s} header.b={rb64(6)[:8]}")
    if spf:
        res, mf, ip = spf
        if res == 'pass':
            items.append(f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}")
        elif res == 'softfail':
            items.append(f"spf=softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
        else:
            items.append(f"spf={res} (google.com: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
    if dmarc:
        res, p, sp, dis, dom = dmarc
        items.append(f"dmarc={res} (p={p} sp={sp} dis={dis}) header.from={dom}")
    return 'mx.google.com;' + CRLF + ''.join('       ' + it + (';' + CRLF if i < len(items) - 1 else '')
                                              for i, it in enumerate(items))


def pacific(d):
    """US Pacific time with DST (2nd Sun Mar .. 1st Sun Nov, 10:00 UTC approx)."""
    u = d.astimezone(UTC)
    y = u.year
    mar = datetime(y, 3, 8, 10, tzinfo=UTC)
    mar += timedelta(days=(6 - mar.weekday()) % 7)
    nov = datetime(y, 11, 1, 9, tzinfo=UTC)
    nov += timedelta(days=(6 - nov.weekday()) % 7)
    if mar <= u < nov:
        return u.astimezone(timezone(timedelta(hours=-7))), 'PDT'
    return u.astimezone(timezone(timedelta(hours=-8))), 'PST'


def gmail_transport(rcpt, recv, ip, helo, mailfrom, ar, arc=True):
    """Headers Gmail puts on top, newest first."""
    pdt, tzname = pacific(recv)
    t2 = pdt + timedelta(seconds=1)
    lines = [f"Delivered-To: {rcpt}",
             f"Received: by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(3)}csp{rng.randint(100000, 9999999)};" + CRLF +
             f"        {format_datetime(t2)} ({tzname})",
             f"X-Google-Smtp-Source: {rb64(60)[:78]}",
             f"X-Received: by 2002:a17:90b:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}.{rng.randint(1, 99)}.{int(recv.timestamp())};" + CRLF +
             f"        {format_datetime(t2)} ({tzname})"]
    if arc:
        lines += [f"ARC-Seal: i=1; a=rsa-sha256; t={int(recv.timestamp())}; cv=none;" + CRLF +
                  "        d=google.com; s=arc-20240605;" + CRLF +
                  "        b=" + fold_b64(rb64(256), 70, '        '),
                  "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;" + CRLF +
                  "        h=feedback-id:mime-version:subject:message-id:to:from:date" + CRLF +
                  "         :dkim-signature:dkim-signature;" + CRLF +
                  f"        bh={rb64(32)};" + CRLF +
                  f"        fh={rb64(32)};" + CRLF +
                  "        b=" + fold_b64(rb64(256), 70, '        '),
                  "ARC-Authentication-Results: i=1; " + ar]
    lines += [f"Return-Path: <{mailfrom}>",
              f"Received: from {helo} ({helo}. [{ip}])" + CRLF +
              f"        by mx.google.com with ESMTPS id {rhex(12)}.{rng.randint(100, 999)}.{rng.randint(2025, 2025)}.{rng.randint(1000, 9999)}" + CRLF +
              f"        for <{rcpt}>" + CRLF +
              "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);" + CRLF +
              f"        {format_datetime(pdt)} ({tzname})",
              f"Received-SPF: pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};",
              "Authentication-Results: " + ar]
    return lines


def ar_outlook(spf, mfdom, ip, dkims, dmarc, from_dom, compauth='pass reason=100'):
    """Outlook / Exchange Online style (no authserv-id)."""
    if spf == 'pass':
        s = f"spf=pass (sender IP is {ip})" + CRLF + f" smtp.mailfrom={mfdom};"
    elif spf == 'fail':
        s = f"spf=fail (sender IP is {ip})" + CRLF + f" smtp.mailfrom={mfdom};"
    else:
        s = f"spf={spf} (sender IP is {ip})" + CRLF + f" smtp.mailfrom={mfdom};"
    for res, d in dkims:
        tag = '(signature was verified)' if res == 'pass' else '(signature did not verify)' if res == 'fail' else '(message not signed)'
        s += f" dkim={res} {tag}" + CRLF + f" header.d={d};"
    action = 'none' if dmarc == 'pass' else 'quarantine' if dmarc == 'fail' else 'none'
    s += f"dmarc={dmarc} action={action}" + CRLF + f" header.from={from_dom};compauth={compauth}"
    return "Authentication-Results: " + s


def outlook_transport(rcpt_dom, recv, ip, helo, ar_line, spf_res='Pass', mfdom='amazonses.com', tenant='jpnprd01'):
    pref = ['TYCPR01MB', 'OS3PR01MB', 'TYWPR01MB', 'OSZPR01MB', 'TY3PR01MB'][rng.randint(0, 4)]
    host1 = f"{pref}{rng.randint(1000, 9999)}.{tenant}.prod.outlook.com"
    host2 = f"{rng.choice(['TYCP286CA', 'OS0P286CA', 'TY2PR02CA'])}{rng.randint(1000, 9999)}.{tenant}.prod.outlook.com"
    host3 = f"{rng.choice(['TY2PEPF0000', 'OSA0EPF0000'])}{rng.randint(1000, 9999)}.{tenant}.prod.outlook.com"
    utc = recv.astimezone(UTC)
    t = lambda sec: format_datetime(utc + timedelta(seconds=sec)).replace('-0000', '+0000')
    lines = [f"Received: from {host2} (2603:1096:400:{rhex(3)}::{rhex(2)}) by" + CRLF +
             f" {host1} (2603:1096:604:{rhex(3)}::{rhex(2)}) with Microsoft SMTP" + CRLF +
             " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.14;" + CRLF +
             f" {t(2)}",
             f"Received: from {host3}" + CRLF +
             f" (2603:1096:400:{rhex(3)}:cafe::{rhex(2)}) by {host2}" + CRLF +
             f" (2603:1096:400:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3," + CRLF +
             f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.14 via Frontend Transport; {t(1)}",
             ar_line,
             f"Received-SPF: {spf_res} (protection.outlook.com: domain of {mfdom}" + CRLF +
             (f" designates {ip} as permitted sender)" if spf_res == 'Pass' else f" does not designate {ip} as permitted sender)") +
             " receiver=protection.outlook.com;" + CRLF +
             f" client-ip={ip}; helo={helo}; pr=C",
             f"Received: from {helo} ({ip}) by" + CRLF +
             f" {host3}.mail.protection.outlook.com ({ip}) with Microsoft SMTP" + CRLF +
             " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.14 via Frontend" + CRLF +
             f" Transport; {t(0)}"]
    return lines


def ar_jp(authserv, spf=None, dkims=(), dmarc=None):
    """Generic Japanese provider style: 'authserv; spf=pass smtp.mailfrom=..'"""
    items = [authserv]
    if spf:
        res, mf = spf
        items.append(f"spf={res} smtp.mailfrom={mf}")
    for res, d, s in dkims:
        items.append(f"dkim={res} header.d={d} header.s={s} header.b={rb64(6)[:8]}")
    if dmarc:
        res, dom, p = dmarc
        items.append(f"dmarc={res} (p={p}) header.from={dom}" if p else f"dmarc={res} header.from={dom}")
    return "Authentication-Results: " + (';' + CRLF + '\t').join(items)


def jp_transport(mx, recv, ip, helo, rcpt, ar_line, extra_top=()):
    loc = recv.astimezone(JST)
    lines = list(extra_top)
    lines += [f"Received: from {mx} (localhost [127.0.0.1])" + CRLF +
              f"\tby {mx.replace('mx', 'mbox', 1)} (Postfix) with ESMTP id {rhex(10).upper()}" + CRLF +
              f"\tfor <{rcpt}>; {format_datetime(loc + timedelta(seconds=2))}",
              ar_line,
              f"Received: from {helo} ({helo} [{ip}])" + CRLF +
              f"\tby {mx} (Postfix) with ESMTPS id {rhex(11).upper()}" + CRLF +
              f"\tfor <{rcpt}>; {format_datetime(loc)}"]
    return lines


def ses_received(helo, ip, recv):
    return []  # SES does not add visible Received lines before the MX hop


# --------------------------------------------------------------------------
# MIME body builders
# --------------------------------------------------------------------------
CODECS = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
          'euc-jp': 'euc_jp', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1',
          'windows-31j': 'cp932', 'cp932': 'cp932'}


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None,
         label=None, fmt_flowed=False):
    """One leaf part. `label` lets the Content-Type charset differ from the
    bytes actually used (a wrong label)."""
    codec = codec or CODECS[charset.lower()]
    m = Message()
    ct = f"text/{subtype}; charset=\"{label or charset}\""
    if fmt_flowed:
        ct += '; format=flowed; delsp=yes'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    raw = text.encode(codec)
    if cte == 'base64':
        crlf = text.replace('\n', '\r\n').encode(codec)
        payload = base64.encodebytes(crlf).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary):
    m = Message()
    m['Content-Type'] = f'multipart/{subtype};' + CRLF + f'\tboundary="{boundary}"'
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


def b_java():
    return f"----=_Part_{rng.randint(1000000, 9999999)}_{rng.randint(100000000, 999999999)}.{rng.randint(1740000000000, 1760000000000)}"


def b_gmail():
    return '000000000000' + rhex(16)


def b_outlook():
    return f"_000_{rng.choice(['TYCPR01MB', 'OS3PR01MB', 'TYWPR01MB'])}{rng.randint(1000, 9999)}{rhex(8).upper()}TYWPR01MB{rng.randint(1000, 9999)}jpnp_"


def body_bytes(root):
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep=CRLF, max_line_length=0))
    g.flatten(root)
    return buf.getvalue()


# --------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------

def write(fname, label, transport, headers, root):
    """transport: list of header lines (top first); headers: list of
    (name, value) originator headers, values already encoded/folded."""
    assert fname not in LABELS, fname
    lines = list(transport)
    for n, v in headers:
        if v is None:
            continue
        lines.append(f"{n}: {v}")
    if not any(n.lower() == 'mime-version' for n, _ in headers):
        lines.append("MIME-Version: 1.0")
    hdr = CRLF.join(lines) + CRLF
    data = hdr.encode('ascii') + body_bytes(root)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    lab = dict(kind=label[0], case_id=label[1], account_ids=sorted(set(label[2])),
               sender_verified=label[3], language=label[4])
    LABELS[fname] = lab


def html_wrap(inner, lang='ja', title=''):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<title>%s</title>\n</head>\n<body style=\"margin:0;padding:0;background:#f2f3f3;font-family:'Hiragino Kaku Gothic ProN',Meiryo,Arial,sans-serif;\">\n%s\n</body>\n</html>\n") % (lang, title, inner)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def text2html(text):
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p style="margin:0 0 14px 0;font-size:14px;line-height:1.7;color:#16191f;">' +
                   '<br>\n'.join(esc(l) for l in para.split('\n')) + '</p>')
    return '\n'.join(out)


# --------------------------------------------------------------------------
# common senders
# --------------------------------------------------------------------------
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
SES_IPS = ['54.240.8.31', '54.240.8.94', '54.240.11.17', '54.240.27.55', '54.240.9.102', '54.240.48.71']
SES_AP_IPS = ['23.251.234.12', '23.251.234.39', '23.251.232.7', '23.251.233.20']


def ses_helo(ip):
    a, b, c, d = ip.split('.')
    if ip.startswith('23.251'):
        return f"e{c}-{d}.smtp-out.ap-northeast-1.amazonses.com"
    return f"a{c}-{d}.smtp-out.amazonses.com"


def aws_gmail(rcpt, sent, region=None, dmarc='pass', amz_dkim='pass', delay=3):
    """Transport for genuine AWS mail delivered to Gmail. Returns
    (transport_lines, dkim_lines, msgid)."""
    ip = rng.choice(SES_AP_IPS if region else SES_IPS)
    helo = ses_helo(ip)
    mf = ses_mailfrom(sent, region)
    recv = sent + timedelta(seconds=delay)
    ses_d = 'amazonses.com'
    ar = ar_gmail(dkims=[(amz_dkim, 'amazon.com', AMZ_SEL), ('pass', ses_d, SES_SEL_AP if region else SES_SEL)],
                  spf=('pass', mf, ip), dmarc=(dmarc, 'QUARANTINE', 'QUARANTINE', 'NONE', 'amazon.com'))
    tr = gmail_transport(rcpt, recv, ip, helo, mf, ar)
    dk = [dkim_sig('amazon.com', AMZ_SEL, sent, AMZ_H), dkim_sig(ses_d, SES_SEL_AP if region else SES_SEL, sent, SES_H)]
    return tr + dk, ses_msgid(sent, region)


def aws_outlook(sent, region=None, dmarc='pass', tenant='jpnprd01'):
    ip = rng.choice(SES_AP_IPS if region else SES_IPS)
    helo = ses_helo(ip)
    mfdom = f"{region}.amazonses.com" if region else 'amazonses.com'
    arl = ar_outlook('pass', mfdom, ip, [('pass', 'amazon.com'), ('pass', 'amazonses.com')], dmarc, 'amazon.com')
    tr = outlook_transport('x', sent + timedelta(seconds=2), ip, helo, arl, mfdom=mfdom, tenant=tenant)
    dk = [dkim_sig('amazon.com', AMZ_SEL, sent, AMZ_H), dkim_sig('amazonses.com', SES_SEL_AP if region else SES_SEL, sent, SES_H)]
    return tr + dk, ses_msgid(sent, region)


def aws_jp(mx, authserv, rcpt, sent, region=None, dmarc='pass', extra_top=()):
    ip = rng.choice(SES_AP_IPS if region else SES_IPS)
    helo = ses_helo(ip)
    mf = ses_mailfrom(sent, region)
    arl = ar_jp(authserv, spf=('pass', mf), dkims=[('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)],
                dmarc=(dmarc, 'amazon.com', 'quarantine'))
    tr = [f"Return-Path: <{mf}>"] + jp_transport(mx, sent + timedelta(seconds=2), ip, helo, rcpt, arl, extra_top)
    dk = [dkim_sig('amazon.com', AMZ_SEL, sent, AMZ_H), dkim_sig('amazonses.com', SES_SEL, sent, SES_H)]
    return tr + dk, ses_msgid(sent, region)


def ses_tail(sent, region=None):
    ip = rng.choice(SES_AP_IPS if region else SES_IPS)
    r = region or 'us-east-1'
    return [('Feedback-ID', f"::1.{r}.{rb64(33)[:43]}=:AmazonSES"),
            ('X-SES-Outgoing', f"{sent.astimezone(UTC):%Y.%m.%d}-{ip}")]


# ==========================================================================
# THE MAILS
# ==========================================================================

AWS_FOOT_JA = """本メールは Amazon Web Services, Inc. から送信されています。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

# ---------------- Case A: form desk, 15-digit, Gmail, keigo -----------------
A_USER = 'kenta.sato.0412@gmail.com'
A_OPEN = dt(2025, 5, 26, 10, 2, 17)
A_CID = case15(A_OPEN, 4518)
A_OLD, A_NEW = 'AWS04817263', 'AWS31590472'
A_SUBJ = f"RE:[CASE {A_CID}] [AWS Training and Certification Form Submission] - account-assistance"
A_FORM = f"""お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 認定候補者 ID: {A_NEW}
お問い合わせ内容:
以前の勤務先のメールアドレス(kenta.sato@hoshizora-sys.co.jp)で作成した認定アカウント {A_OLD} と、個人のアカウント {A_NEW} を一つにしたいです。個人のほうを残してください。"""


def mails_001_010():
    # 001 ack, form desk, ISO-2022-JP 7bit, text only
    sent = A_OPEN + timedelta(seconds=41)
    tr, mid = aws_gmail(A_USER, sent)
    body = f"""佐藤 健太 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でご依頼を承りました。受付番号は {A_CID} です。

担当者が内容を拝見のうえ、原則として 24 時間以内にご連絡を差し上げます。
お問い合わせが集中している場合は、ご回答までにお時間を頂戴することがございます。あらかじめご了承くださいませ。

同じ内容で重ねてお問い合わせをいただきますと、かえってご回答が遅れる場合がございます。
追加でお伝えいただきたい情報がございましたら、本メールにそのままご返信ください。

■ ご依頼内容
{A_FORM}

--
Amazon Web Services トレーニングと認定
https://aws.amazon.com/jp/training/

{AWS_FOOT_JA}
"""
    root = part(body, charset='iso-2022-jp', cte='7bit')
    write('001-form-desk-ack-ja-iso2022jp.eml',
          ('case_created', A_CID, [A_OLD, A_NEW], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', A_USER), ('Message-ID', mid),
           ('Subject', ew(f"【受付番号 {A_CID}】お問い合わせを承りました - AWS トレーニングと認定", 'iso-2022-jp'))]
          + ses_tail(sent), root)

    # 002 agent asks for login mail of old account (support_reply)
    sent = dt(2025, 5, 27, 11, 40, 3)
    tr, mid = aws_gmail(A_USER, sent)
    body = f"""佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの木村でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お手続きを進めるにあたり、恐れ入りますが、以下の点をお知らせいただけますでしょうか。

1. {A_OLD} のアカウントへのサインインにご利用だったメールアドレス
2. 同アカウントで認定に関するお知らせを受け取っていたメールアドレス(サインイン用と異なる場合のみ)
3. 上記のメールアドレスで現在もメールを受信できるかどうか

ご退職などにより旧メールアドレスをご利用いただけない場合でも、その旨をお知らせいただければ対応いたします。

ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。

木村
アマゾン ウェブ サービス トレーニングと認定 カスタマーサポート

-----Original Message-----
From: {A_USER}
Sent: 2025/05/26 10:02
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

氏名: 佐藤 健太
メールアドレス: {A_USER}
{A_FORM}
"""
    html = html_wrap('<div style="background:#ffffff;max-width:680px;margin:0 auto;padding:24px;">\n' + text2html(body) + '\n</div>', title=A_SUBJ)
    root = multi('alternative', [part(body, charset='utf-8', cte='base64'),
                                 part(html, 'html', charset='utf-8', cte='base64')], b_java())
    write('002-form-asks-old-login-email-ja.eml',
          ('support_reply', A_CID, [A_OLD], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', A_USER), ('Message-ID', mid),
           ('Subject', A_SUBJ)] + ses_tail(sent), root)

    # 003 confirmation requested, wording avoids 統合/マージ
    sent = dt(2025, 5, 28, 9, 15, 52)
    tr, mid = aws_gmail(A_USER, sent)
    body = f"""佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。
旧アカウントのメールアドレスをお知らせいただき、ありがとうございました。

いただいた情報をもとに確認いたしましたところ、下記 2 つの認定アカウントを一つにまとめるお手続きが可能でございます。

  移行元(お手続き後にご利用いただけなくなるアカウント)
    AWS 認定候補者 ID: {A_OLD}
    メールアドレス: kenta.sato@hoshizora-sys.co.jp
  移行先(引き続きご利用いただくアカウント)
    AWS 認定候補者 ID: {A_NEW}
    メールアドレス: {A_USER}

移行元に記録されている認定資格、受験履歴、特典(次回受験時の 50% 割引バウチャー等)は、すべて移行先に引き継がれます。

恐れ入りますが、本お手続きは一度実施いたしますと取り消すことができません。
上記の内容でお間違いがなければ、本メールにご返信いただき、ご承諾の旨をお知らせくださいませ。ご返信を確認でき次第、作業に着手いたします。

何卒よろしくお願い申し上げます。

木村
アマゾン ウェブ サービス トレーニングと認定 カスタマーサポート

2025年5月27日(火) 13:08 佐藤健太 <{A_USER}>:
> 木村様
>
> ご連絡ありがとうございます。
> 1. kenta.sato@hoshizora-sys.co.jp です。
> 2. 同じです。
> 3. 退職済みのため受信できません。
>
> よろしくお願いします。
>
> 2025年5月27日(火) 11:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 佐藤 健太 様
> >
> > 1. {A_OLD} のアカウントへのサインインにご利用だったメールアドレス
> > 2. 同アカウントで認定に関するお知らせを受け取っていたメールアドレス
"""
    html = html_wrap('<div style="background:#ffffff;max-width:680px;margin:0 auto;padding:24px;">\n' + text2html(body) + '\n</div>')
    root = multi('alternative', [part(body, charset='utf-8', cte='quoted-printable'),
                                 part(html, 'html', charset='utf-8', cte='quoted-printable')], b_java())
    write('003-form-confirm-request-keigo-ja.eml',
          ('merge_confirmation_requested', A_CID, [A_OLD, A_NEW], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', A_USER), ('Message-ID', mid),
           ('Subject', A_SUBJ)] + ses_tail(sent), root)

    # 004 thanks for confirming, we will proceed (support_reply)
    sent = dt(2025, 5, 28, 14, 22, 10)
    tr, mid = aws_gmail(A_USER, sent)
    body = f"""佐藤 健太 様

ご返信いただき、ありがとうございます。
ご承諾の旨、確かに承りました。これより担当部署にて作業を進めてまいります。

作業が終わりましたら、改めてこちらからご連絡いたします。通常 1〜3 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちくださいませ。
なお、作業中は一時的に認定アカウントへサインインできない場合がございます。

木村
アマゾン ウェブ サービス トレーニングと認定 カスタマーサポート

2025年5月28日(水) 12:47 佐藤健太 <{A_USER}>:
> 内容に間違いありません。手続きを進めてください。
> The details are correct. Please proceed with the merge.
>
> 2025年5月28日(水) 9:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 移行元(お手続き後にご利用いただけなくなるアカウント)
> >   AWS 認定候補者 ID: {A_OLD}
> > 移行先(引き続きご利用いただくアカウント)
> >   AWS 認定候補者 ID: {A_NEW}
"""
    root = part(body, charset='utf-8', cte='base64')
    write('004-form-thanks-will-proceed-ja.eml',
          ('support_reply', A_CID, [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', A_USER), ('Message-ID', mid),
           ('Subject', A_SUBJ)] + ses_tail(sent), root)

    # 005 completed, text ISO-2022-JP + html utf-8
    sent = dt(2025, 5, 29, 17, 5, 33)
    tr, mid = aws_gmail(A_USER, sent)
    body = f"""佐藤 健太 様

大変お待たせいたしました。
{A_OLD} に記録されていた認定資格および受験履歴を、{A_NEW} へ移す作業が本日すべて済みました。
今後は {A_USER} で AWS 認定アカウントにサインインしていただけます。

お手数ですが、以下の点をご確認くださいますようお願いいたします。
・サインイン後、「認定」のページにすべての認定資格が表示されていること
・「特典」のページに割引バウチャー等が表示されていること
・Credly のデジタルバッジは、数日以内に Credly から別途メールでご案内が届きます

旧アカウント({A_OLD})はすでに無効となっておりますので、ご利用いただけません。

このたびはご協力いただき、誠にありがとうございました。

木村
アマゾン ウェブ サービス トレーニングと認定 カスタマーサポート
"""
    html = html_wrap('<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
                     '<table role="presentation" width="640" style="background:#fff;padding:24px;"><tr><td>\n' + text2html(body) +
                     '\n</td></tr></table>\n</td></tr></table>')
    root = multi('alternative', [part(body, charset='iso-2022-jp', cte='7bit'),
                                 part(html, 'html', charset='utf-8', cte='quoted-printable')], b_java())
    write('005-form-completed-keigo-ja.eml',
          ('merge_completed', A_CID, [A_OLD, A_NEW], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', A_USER), ('Message-ID', mid),
           ('Subject', A_SUBJ)] + ses_tail(sent), root)

    # 006 closure + survey, HTML only
    sent = dt(2025, 5, 29, 17, 6, 2)
    tr, mid = aws_gmail(A_USER, sent)
    link = f"https://aws.amazon.com/jp/training/survey/?caseId={A_CID}&locale=ja_JP"
    inner = f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.8;color:#16191f;">
<p>佐藤 健太 様</p>
<p>お問い合わせ(受付番号: {A_CID})につきまして、ご対応が一区切りとなりましたので、本件をクローズさせていただきました。</p>
<p>今後のサービス向上のため、今回のサポートについて簡単なアンケートにご協力いただけますと幸いです。所要時間は 1 分ほどです。</p>
<p style="font-weight:bold;">お問い合わせの件は解決しましたか?</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px;"><a href="{link}&amp;resolved=yes" style="display:inline-block;background:#ff9900;color:#16191f;padding:10px 28px;text-decoration:none;">はい</a></td>
<td><a href="{link}&amp;resolved=no" style="display:inline-block;background:#ffffff;border:1px solid #16191f;color:#16191f;padding:10px 28px;text-decoration:none;">いいえ</a></td>
</tr></table>
<p style="margin-top:20px;">同じ件で引き続きお困りの場合は、本メールにご返信いただければ、ケースを再開いたします。</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;">{AWS_FOOT_JA.replace(chr(10), '<br>')}</td></tr>
</table></td></tr></table>"""
    root = part(html_wrap(inner), 'html', charset='utf-8', cte='base64')
    write('006-form-closure-survey-html-only-ja.eml',
          ('survey', A_CID, [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', A_USER), ('Message-ID', mid),
           ('Subject', ew(f"[CASE {A_CID}] サポートへのご意見をお聞かせください", 'utf-8'))] + ses_tail(sent), root)

    # 007 Credly badge, Japanese localisation
    sent = dt(2025, 5, 31, 8, 12, 44)
    credly_mail('007-credly-badge-issued-ja.eml', A_USER, sent, 'gmail', 'ja',
                'AWS Certified Solutions Architect - Associate', name='佐藤 健太')

    # ------------- Case B: console, 15-digit, Outlook.jp -------------
    b_console()


# ---------------- Case B: console, 15-digit, Outlook.jp ---------------------
B_USER = 'misaki.yamamoto@outlook.jp'
B_OPEN = dt(2025, 3, 10, 21, 48, 5)
B_CID = case15(B_OPEN, 12907)
B_OLD, B_NEW = 'AWS20931847', 'AWS77120395'
B_CSUBJ = '認定アカウントが2つあるので1つにしたい'


def console_link(cid, lang='ja'):
    return f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}"


def console_reply_ja(agent_text, cid, sig):
    return f"""{agent_text}

{sig}

お客様のご意見をお聞かせください。以下のリンクから、このやり取りを評価してください。
https://console.aws.amazon.com/support/feedback?displayId={cid}&language=ja

ケースの詳細の確認やご返信は、サポートセンターから行ってください:
{console_link(cid)}

*このメールアドレスは送信専用です。ご返信いただいてもお受けできません。ケースへのご返信は上記リンクからお願いいたします。*

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""


def b_console():
    hdr = lambda sent, mid, subj: [('Date', fdate(sent, UTC)), ('From', CONSOLE_FROM), ('To', B_USER),
                                   ('Message-ID', mid), ('Subject', subj)] + ses_tail(sent)
    # 008 console ack
    sent = B_OPEN + timedelta(seconds=9)
    tr, mid = aws_outlook(sent)
    body = f"""アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース {B_CID} をオープンしました。

ケース ID: {B_CID}
件名: {B_CSUBJ}
重要度: 一般的なガイダンス

ケースの詳細の確認、情報の追加、ご返信は、AWS サポートセンターから行えます:
{console_link(B_CID)}

このメールアドレスは送信専用です。本メールにご返信いただいてもお受けできませんのでご了承ください。

アマゾン ウェブ サービス
"""
    html = html_wrap(f"""<div style="max-width:640px;margin:0 auto;background:#fff;padding:24px;">
<p>アマゾン ウェブ サービスをご利用いただき、ありがとうございます。</p>
<p>お客様のお問い合わせに対応するため、ケース {B_CID} をオープンしました。</p>
<table style="border-collapse:collapse;font-size:14px;">
<tr><td style="padding:4px 12px 4px 0;color:#545b64;">ケース ID</td><td>{B_CID}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#545b64;">件名</td><td>{B_CSUBJ}</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#545b64;">重要度</td><td>一般的なガイダンス</td></tr>
</table>
<p>ケースの詳細の確認、情報の追加、ご返信は、<a href="{esc(console_link(B_CID))}">AWS サポートセンター</a>から行えます。</p>
<p style="font-size:12px;color:#687078;">このメールアドレスは送信専用です。本メールにご返信いただいてもお受けできませんのでご了承ください。</p>
<p>アマゾン ウェブ サービス</p></div>""")
    root = multi('alternative', [part(body, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], b_java())
    write('008-console-case-opened-ja.eml', ('case_created', B_CID, [], True, 'ja'), tr,
          hdr(sent, mid, ew(f"Amazon Web Services: 新しいサポートケースをオープンしました: {B_CID}", 'utf-8')), root)

    # 009 console "new correspondence" notice
    sent = dt(2025, 3, 11, 15, 20, 11)
    tr, mid = aws_outlook(sent)
    body = f"""ケース {B_CID} に、AWS サポートから新しい返信が届いています。

件名: {B_CSUBJ}

内容を確認してご返信いただくには、AWS サポートセンターにサインインしてください:
{console_link(B_CID)}

このメールアドレスは送信専用です。ご返信いただいてもお受けできません。

アマゾン ウェブ サービス
"""
    root = part(body, cte='base64')
    write('009-console-new-correspondence-notice-ja.eml', ('support_reply', B_CID, [], True, 'ja'), tr,
          hdr(sent, mid, ew(f"[Case {B_CID}] 新しいやり取りが追加されました", 'utf-8')), root)

    # 010 agent asks which account to keep (plain-ish register)
    sent = dt(2025, 3, 11, 15, 20, 14)
    tr, mid = aws_outlook(sent)
    agent = f"""山本 様

こんにちは。AWS サポートの中村です。お問い合わせありがとうございます。

お知らせいただいた 2 つの認定アカウント({B_OLD}、{B_NEW})を確認しました。
手続きに進む前に、次の 2 点を教えていただけますか。

・今後お使いになりたいのはどちらのアカウントですか?(もう一方に記録されている認定は、残す側へ移ります)
・それぞれのアカウントに登録しているメールアドレス

お返事をいただいたら、対象のアカウントを整理して改めてご案内します。
引き続きよろしくお願いします。"""
    body = console_reply_ja(agent, B_CID, "Best regards,\nNakamura S.\nAmazon Web Services")
    root = multi('alternative', [part(body, cte='quoted-printable'),
                                 part(html_wrap(text2html(body)), 'html', cte='quoted-printable')], b_java())
    write('010-console-which-account-to-keep-ja.eml', ('support_reply', B_CID, [B_OLD, B_NEW], True, 'ja'), tr,
          hdr(sent, mid, ew(f"RE:[CASE {B_CID}] {B_CSUBJ}", 'utf-8')), root)

    # 011 confirmation, mixed Japanese / English table
    sent = dt(2025, 3, 12, 10, 3, 40)
    tr, mid = aws_outlook(sent)
    agent = f"""山本 様

ご返信ありがとうございます。いただいた内容をもとに、以下のとおり準備が整いました。

Source account (to be closed)    : {B_OLD}  / misaki.ueda@kinoshita-design.jp
Destination account (to remain)  : {B_NEW}  / {B_USER}

※ This action cannot be reversed. / この操作は後から取り消せません。

上記で問題なければ、サポートセンターからこのケースに「同意します」または "I agree" とご返信ください。
確認が取れ次第、作業チームに依頼します。"""
    body = console_reply_ja(agent, B_CID, "Best regards,\nNakamura S.\nAmazon Web Services")
    root = multi('alternative', [part(body, cte='quoted-printable'),
                                 part(html_wrap(text2html(body)), 'html', cte='quoted-printable')], b_java())
    write('011-console-confirm-mixed-ja-en.eml', ('merge_confirmation_requested', B_CID, [B_OLD, B_NEW], True, 'ja'), tr,
          hdr(sent, mid, ew(f"RE:[CASE {B_CID}] {B_CSUBJ}", 'utf-8')), root)

    # 012 completed (console)
    sent = dt(2025, 3, 14, 9, 41, 2)
    tr, mid = aws_outlook(sent)
    agent = f"""山本 様

お待たせしました。AWS サポートの中村です。

{B_OLD} を {B_NEW} に結合する処理が終わりました。{B_OLD} にあった認定と受験履歴は、すべて {B_NEW} 側でご覧いただけます。
念のため、{B_USER} で CertMetrics にサインインし、認定の一覧と特典(バウチャー)が表示されるかご確認ください。

Credly のバッジは、反映まで数日かかることがあります。1 週間たっても届かない場合は、このケースでお知らせください。"""
    body = console_reply_ja(agent, B_CID, "よろしくお願いいたします。\n中村\nAmazon Web Services")
    root = multi('alternative', [part(body, cte='base64'), part(html_wrap(text2html(body)), 'html', cte='base64')], b_java())
    write('012-console-completed-ja.eml', ('merge_completed', B_CID, [B_OLD, B_NEW], True, 'ja'), tr,
          hdr(sent, mid, ew(f"RE:[CASE {B_CID}] {B_CSUBJ}", 'utf-8')), root)

    # 013 survey / resolved (console)
    sent = dt(2025, 3, 17, 9, 45, 30)
    tr, mid = aws_outlook(sent)
    body = f"""ケース {B_CID}「{B_CSUBJ}」は解決済みとしてクローズされました。

今回のサポートはいかがでしたか。ご意見をお寄せいただくと、サービスの改善に役立てさせていただきます。

このケースのサポート体験を評価する:
https://console.aws.amazon.com/support/feedback?displayId={B_CID}&rating=true&language=ja

問題が解決していない場合は、サポートセンターからケースを再開できます:
{console_link(B_CID)}

このメールアドレスは送信専用です。

アマゾン ウェブ サービス
"""
    root = multi('alternative', [part(body, cte='quoted-printable'),
                                 part(html_wrap(text2html(body)), 'html', cte='quoted-printable')], b_java())
    write('013-console-resolved-rate-ja.eml', ('survey', B_CID, [], True, 'ja'), tr,
          hdr(sent, mid, ew(f"[Case {B_CID}] ケースが解決済みになりました - ご意見をお聞かせください", 'utf-8')), root)


# ---------------- Case C: 11-digit (2022), corporate JP gateway ------------
C_USER = 'ichiro.suzuki@tsubasa-kogyo.co.jp'
C_CID = '10684527391'
C_OLD, C_NEW = 'AWS51239078', 'AWS60418852'
C_MX = 'mx01.tsubasa-kogyo.co.jp'
C_SUBJ = f"RE:[CASE {C_CID}] [AWS Training and Certification Form Submission] - account-assistance"


def mails_014_020():
    hdr = lambda sent, mid, subj, to=C_USER, frm=FORM_FROM: [('Date', fdate(sent, UTC)), ('From', frm), ('To', to),
                                                             ('Message-ID', mid), ('Subject', subj)] + ses_tail(sent)
    # 014 ack, HTML only
    sent = dt(2022, 9, 5, 14, 31, 2)
    tr, mid = aws_jp(C_MX, C_MX, C_USER, sent)
    inner = f"""<div style="max-width:620px;margin:0 auto;background:#ffffff;padding:28px;font-size:14px;line-height:1.8;">
<p>鈴木 一郎 様</p>
<p>本メールは、お客様からのお問い合わせを当窓口で受信したことをお知らせする自動送信メールです。</p>
<p>お問い合わせ番号:<strong>{C_CID}</strong><br>
お問い合わせの種類:AWS Training and Certification / アカウントに関するご相談</p>
<p>内容を確認のうえ、担当者より改めてご連絡いたします。通常、1 営業日以内にご返信しておりますが、混雑状況によりお時間をいただく場合がございます。</p>
<p>今後のやり取りは、件名のお問い合わせ番号を変更せずに本メールへご返信ください。同じご用件で新たにお問い合わせいただくと、対応が重複し、ご案内が遅れる原因となります。</p>
<hr style="border:none;border-top:1px solid #d5dbdb;">
<p style="font-size:11px;color:#687078;">AWS トレーニングと認定<br>{AWS_FOOT_JA.replace(chr(10), '<br>')}</p>
</div>"""
    root = part(html_wrap(inner), 'html', cte='quoted-printable')
    write('014-form-ack-2022-html-only-ja.eml', ('case_created', C_CID, [], True, 'ja'), tr,
          hdr(sent, mid, ew(f"[CASE {C_CID}] お問い合わせを受信しました(自動送信)", 'iso-2022-jp')), root)

    # 015 agent asks background, notification addresses, ID name (support_reply)
    sent = dt(2022, 9, 6, 10, 12, 47)
    tr, mid = aws_jp(C_MX, C_MX, C_USER, sent)
    body = f"""鈴木 一郎 様

AWS トレーニングと認定 サポート担当の伊藤と申します。
お問い合わせいただき、誠にありがとうございます。

ご相談いただいた {C_OLD} および {C_NEW} の件につきまして、恐れ入りますが、確認のため以下の情報をご提供いただけますでしょうか。

- 2 つのアカウントが作成された経緯(例:会社のメールアドレスと個人のメールアドレスで別々に登録した など)
- 各アカウントにご登録の通知先メールアドレス
- 受験時にご提示いただいた本人確認書類の氏名表記(ローマ字)

上記を確認でき次第、今後のお手続きについてご案内申し上げます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

伊藤
AWS トレーニングと認定 カスタマーサポート
"""
    html = html_wrap('<div style="max-width:640px;margin:0 auto;background:#fff;padding:24px;">' + text2html(body) + '</div>')
    root = multi('alternative', [part(body, charset='iso-2022-jp', cte='7bit'),
                                 part(html, 'html', cte='base64')], b_java())
    write('015-form-asks-background-2022-ja.eml', ('support_reply', C_CID, [C_OLD, C_NEW], True, 'ja'), tr,
          hdr(sent, mid, C_SUBJ), root)

    # 016 confirmation by non-native English agent, Japanese Outlook quote below
    sent = dt(2022, 9, 7, 18, 55, 9)
    tr, mid = aws_jp(C_MX, C_MX, C_USER, sent)
    body = f"""Dear Suzuki-san,

Greetings from AWS Training and Certification!

Thank you for providing the requested details. Kindly note that I am writing in English, please feel free to reply in Japanese if it is more comfortable for you.

As per our verification, below accounts are eligible to be consolidated:

Account to be retained : {C_NEW} ({C_USER})
Account to be closed and moved into above : {C_OLD} (i.suzuki1979@yahoo.co.jp)

Please be informed that once the process is done it cannot be reverted, and the account {C_OLD} will no longer be accessible. All the certifications, exam history and benefits will be moved to the retained account.

Kindly revert back to this email with your confirmation so we can proceed further.

Regards,
Arvind
AWS Training and Certification Customer Support


差出人: 鈴木 一郎 <{C_USER}>
送信日時: 2022年9月6日 13:24
宛先: aws-cs-trainingcertification-form@amazon.com
件名: RE:[CASE {C_CID}] [AWS Training and Certification Form Submission] - account-assistance

伊藤様

お世話になっております。鈴木です。
・経緯:最初は個人の Yahoo メールで受験し、その後会社のアドレスで別アカウントを作ってしまいました。
・通知先:{C_OLD} は i.suzuki1979@yahoo.co.jp、{C_NEW} は {C_USER} です。
・氏名:ICHIRO SUZUKI

会社のアカウント({C_NEW})を残したいです。
よろしくお願いいたします。
"""
    root = part(body, charset='utf-8', cte='quoted-printable')
    write('016-form-confirm-nonnative-en-quoted-ja.eml', ('merge_confirmation_requested', C_CID, [C_OLD, C_NEW], True, 'en'), tr,
          hdr(sent, mid, C_SUBJ), root)

    # 017 completed, bilingual ja first
    sent = dt(2022, 9, 9, 11, 30, 18)
    tr, mid = aws_jp(C_MX, C_MX, C_USER, sent)
    body = f"""※ English follows Japanese.

鈴木 一郎 様

AWS トレーニングと認定 カスタマーサポートでございます。
ご確認のご返信をいただき、ありがとうございました。

旧アカウント {C_OLD} の情報は、{C_NEW} に移し終えました。認定資格、試験の履歴、特典はすべて {C_NEW} からご確認いただけます。
{C_OLD} へはサインインできなくなっておりますのでご留意ください。

----------------------------------------

Dear Ichiro Suzuki,

Thank you for your confirmation. The information of {C_OLD} has now been moved to {C_NEW}. You can find all your certifications, exam history and benefits under {C_NEW}. Please note that {C_OLD} can no longer be signed in.

Best regards,
Arvind / 伊藤
AWS Training and Certification Customer Support
"""
    html = html_wrap('<div style="max-width:640px;margin:0 auto;background:#fff;padding:24px;">' + text2html(body) + '</div>')
    root = multi('alternative', [part(body, cte='base64'), part(html, 'html', cte='base64')], b_java())
    write('017-form-completed-bilingual-2022-ja.eml', ('merge_completed', C_CID, [C_OLD, C_NEW], True, 'ja'), tr,
          hdr(sent, mid, C_SUBJ), root)

    # ------------- Case D: 10-digit (2020), nifty -------------
    D_USER = 'hiroshi.takahashi@nifty.com'
    D_CID = '7214830596'
    D_OLD, D_NEW = 'AWS03378215', 'AWS09914406'
    D_SUBJ = f"RE:[CASE {D_CID}] [AWS Training and Certification Form Submission] - account-assistance"
    # 018 completed, English by Japanese agent, Japanese original message quoted
    sent = dt(2020, 7, 17, 16, 2, 51)
    tr, mid = aws_jp('mx.nifty.com', 'mx.nifty.com', D_USER, sent)
    body = f"""Dear Takahashi-sama,

Thank you for waiting. This is Yoshida from AWS Training and Certification.

We have finished to combine your two certification accounts. Your certification records which were in {D_OLD.lower()} are now shown in AWS-{D_NEW[3:]}, and the old account is deactivated.
Please sign in with hiroshi.takahashi@nifty.com and check the certification list.

If something is missing, please let me know by replying to this mail.

Best regards,
Yoshida
AWS Training and Certification

-----Original Message-----
From: 高橋 浩 <{D_USER}>
Sent: Wednesday, July 15, 2020 9:12 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE {D_CID}] [AWS Training and Certification Form Submission] - account-assistance

お世話になります。
ご案内いただいた内容で問題ありません。{D_OLD} を {D_NEW} にまとめてください。
The details are correct. Please proceed.
"""
    root = part(body, charset='us-ascii', cte='quoted-printable', codec='utf-8')
    write('018-form-completed-en-2020-10digit.eml', ('merge_completed', D_CID, [D_OLD, D_NEW], True, 'en'), tr,
          hdr(sent, mid, D_SUBJ, D_USER), root)

    # 019 Acclaim-era badge mail (youracclaim.com)
    sent = dt(2020, 7, 19, 3, 44, 10)
    tr, cmid = credly_transport(('mx.nifty.com', 'mx.nifty.com'), D_USER, sent, from_dom='youracclaim.com')
    bid = ruuid()
    text = f"""Hiroshi Takahashi,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.

Your badge was moved to this email address as part of an account update requested by Amazon Web Services Training and Certification.

Accept your badge:
https://www.youracclaim.com/earner/earned/badge/{bid}

Acclaim
Acclaim is a service of Credly, Inc.
"""
    lh = (f"<p>Hiroshi Takahashi,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a new badge: <b>AWS Certified Developer - Associate</b>.</p>"
          f"<p>Your badge was moved to this email address as part of an account update requested by Amazon Web Services Training and Certification.</p>")
    html = credly_html(lh, 'Accept your badge', f"https://www.youracclaim.com/earner/earned/badge/{bid}", 'en').replace('Credly, Inc. 13 W 36th St, 3rd Floor', 'Credly, Inc. 1 Penn Plaza')
    root = multi('alternative', [part(text, charset='us-ascii', cte='7bit'), part(html, 'html', cte='quoted-printable')], rhex(28))
    write('019-acclaim-badge-moved-2020-en.eml', ('credly_badge_issued', None, [], True, 'en'), tr,
          [('Date', fdate(sent, UTC)), ('From', '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'),
           ('To', D_USER), ('Message-ID', cmid),
           ('Subject', 'Amazon Web Services Training and Certification has issued you a new badge')], root)

    # 020 survey, short English, Japanese quoted thanks
    sent = dt(2020, 7, 18, 10, 5, 0)
    tr, mid = aws_jp('mx.nifty.com', 'mx.nifty.com', D_USER, sent)
    body = f"""Hello,

We are closing case {D_CID} as we believe your request has been handled. We would love to hear how we did.

Was your issue resolved?
YES: https://aws.amazon.com/training/survey?case={D_CID}&r=1
NO:  https://aws.amazon.com/training/survey?case={D_CID}&r=0

Thank you for being an AWS Certified professional.

AWS Training and Certification

> 吉田様
>
> 確認しました。{D_NEW} で全部見えています。
> 早い対応ありがとうございました。
>
> 高橋
"""
    root = part(body, charset='utf-8', cte='8bit')
    write('020-form-survey-en-2020-quoted-ja.eml', ('survey', D_CID, [], True, 'en'), tr,
          hdr(sent, mid, f"[CASE {D_CID}] How did we do?", D_USER), root)


# ---------------- Case E: machine-translated desk, Tokyo SES, Gmail ----------
E_USER = 'nguyen.vminh.jp@gmail.com'
E_OPEN = dt(2025, 8, 19, 23, 10, 44)
E_CID = case15(E_OPEN, 30271)
E_OLD, E_NEW = 'AWS88230154', 'AWS12760493'
E_SUBJ = f"RE:[CASE {E_CID}] [AWS Training and Certification Form Submission] - account-assistance"
# ---------------- Case F: Shift_JIS, Microsoft 365 corporate -----------------
F_USER = 'mayumi.matsumoto@hikari-soft.co.jp'
F_OPEN = dt(2025, 10, 6, 9, 5, 12)
F_CID = case15(F_OPEN, 7745)
F_OLD, F_NEW = 'AWS45002318', 'AWS45917730'
F_SUBJ = f"RE:[CASE {F_CID}] [AWS Training and Certification Form Submission] - account-assistance"


def mails_021_030():
    hdr = lambda sent, mid, subj, to: [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', to),
                                       ('Message-ID', mid), ('Subject', subj)] + ses_tail(sent, 'ap-northeast-1')
    R = 'ap-northeast-1'
    # 021 ack, machine translated
    sent = E_OPEN + timedelta(seconds=37)
    tr, mid = aws_gmail(E_USER, sent, region=R)
    body = f"""こんにちは、

AWSトレーニングと認定に連絡してくれてありがとう。私たちはあなたの要求を受け取り、それに番号 {E_CID} を割り当てました。

私たちのチームのメンバーは、24時間以内にあなたに応答します。この電子メールに返信することによって、あなたは追加の情報を提供することができます。

同じ問題について新しい要求を提出しないでください、それはあなたの応答を遅らせる可能性があります。

心から、
AWSトレーニングと認定チーム
"""
    html = html_wrap('<div style="max-width:600px;margin:0 auto;background:#fff;padding:20px;">' + text2html(body) + '</div>')
    root = multi('alternative', [part(body, cte='base64'), part(html, 'html', cte='base64')], b_java())
    write('021-form-ack-machine-translated-ja.eml', ('case_created', E_CID, [], True, 'ja'), tr,
          hdr(sent, mid, ew(f"[CASE {E_CID}] あなたの要求が受信されました", 'utf-8'), E_USER), root)

    # 022 support_reply, MT, asks reason + which to keep
    sent = dt(2025, 8, 21, 2, 33, 8)
    tr, mid = aws_gmail(E_USER, sent, region=R)
    body = f"""親愛なるグエン様、

AWSトレーニングと認定にご連絡いただきありがとうございます。私の名前はリアです、そして私は今日あなたを助けます。

あなたの要求を処理するために、私たちはいくつかの情報を必要とします:

1. なぜあなたは2つのアカウントを持っていますか?
2. どのアカウントをあなたはプライマリとして保持したいですか? {E_OLD} または {E_NEW}
3. 各アカウントに関連付けられた電子メールアドレス

私たちはあなたの返信を待っています。

よろしく、
リア
AWSトレーニングと認定
"""
    root = part(body, cte='quoted-printable')
    write('022-form-mt-asks-reason-ja.eml', ('support_reply', E_CID, [E_OLD, E_NEW], True, 'ja'), tr,
          hdr(sent, mid, E_SUBJ, E_USER), root)

    # 023 confirmation, MT ("組み合わせる")
    sent = dt(2025, 8, 22, 4, 18, 55)
    tr, mid = aws_gmail(E_USER, sent, region=R)
    body = f"""親愛なるグエン様、

情報を提供していただきありがとうございます。

私たちは以下のアカウントを組み合わせる準備ができています:

保持されるアカウント: {E_NEW}
削除されるアカウント: {E_OLD}

このアクションは元に戻すことができないことに注意してください。削除されるアカウントのすべての認定は、保持されるアカウントに転送されます。

この電子メールに「はい、続行してください」と返信して、これが正しいことを確認してください。

よろしく、
リア
AWSトレーニングと認定

2025年8月21日(木) 20:05 Nguyen Van Minh <{E_USER}>:
> リアさん
> 1. 会社の研修で別アカウントを作られました
> 2. {E_NEW} を残したいです
> 3. {E_OLD} は minh.nguyen@sakura-it.co.jp 、{E_NEW} は {E_USER}
> よろしくおねがいします
"""
    html = html_wrap('<div>' + text2html(body) + '</div>')
    root = multi('alternative', [part(body, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], b_java())
    write('023-form-mt-confirm-combine-ja.eml', ('merge_confirmation_requested', E_CID, [E_OLD, E_NEW], True, 'ja'), tr,
          hdr(sent, mid, E_SUBJ, E_USER), root)

    # 024 completed, MT
    sent = dt(2025, 8, 23, 1, 2, 40)
    tr, mid = aws_gmail(E_USER, sent, region=R)
    body = f"""親愛なるグエン様、

あなたの確認をありがとう。あなたのアカウントの組み合わせは正常に終了しました。

{E_OLD} のすべての認定は現在 {E_NEW} に表示されます。あなたは {E_OLD} にサインインすることはもうできません。

あなたのCredlyバッジは、今後数日以内にあなたの電子メールに送信されます。

よろしく、
リア
AWSトレーニングと認定

2025年8月22日(金) 21:40 Nguyen Van Minh <{E_USER}>:
> はい、続行してください
"""
    root = part(body, cte='base64')
    write('024-form-mt-completed-ja.eml', ('merge_completed', E_CID, [E_OLD, E_NEW], True, 'ja'), tr,
          hdr(sent, mid, E_SUBJ, E_USER), root)

    # 025 survey, MT, HTML only
    sent = dt(2025, 8, 23, 1, 3, 5)
    tr, mid = aws_gmail(E_USER, sent, region=R)
    inner = f"""<table width="600" align="center" style="background:#fff;"><tr><td style="padding:24px;font-size:14px;">
<p>親愛なるお客様、</p>
<p>あなたのケース {E_CID} は閉じられました。</p>
<p>私たちは私たちのサービスを改善するためにあなたのフィードバックを大切にします。あなたの問題は解決されましたか?</p>
<p><a href="https://aws.amazon.com/training/survey?c={E_CID}&amp;v=1&amp;lang=ja">はい</a> &nbsp;|&nbsp; <a href="https://aws.amazon.com/training/survey?c={E_CID}&amp;v=0&amp;lang=ja">いいえ</a></p>
<p>あなたのサポートエージェントを1から5のスケールで評価してください。</p>
<p>AWSトレーニングと認定</p></td></tr></table>"""
    root = part(html_wrap(inner), 'html', cte='quoted-printable')
    write('025-form-mt-closed-rate-html-ja.eml', ('survey', E_CID, [], True, 'ja'), tr,
          hdr(sent, mid, ew(f"[CASE {E_CID}] あなたの経験を評価してください", 'utf-8'), E_USER), root)

    # ---- Case F (Shift_JIS / M365) ----
    hdrF = lambda sent, mid, subj: [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', F_USER),
                                    ('Message-ID', mid), ('Subject', subj)] + ses_tail(sent)
    # 026 ack, Shift_JIS base64
    sent = F_OPEN + timedelta(seconds=28)
    tr, mid = aws_outlook(sent)
    body = f"""松本 真由美 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
お客様のお問い合わせは、ケース番号 {F_CID} として登録されました。

担当者からのご連絡は、通常 24 時間以内にお送りしております。
追加の情報は、本メールにご返信いただくことでお送りいただけます。

※本メールはシステムより自動送信されています。
-----------------------------------------------------
AWS トレーニングと認定
https://aws.amazon.com/jp/certification/
-----------------------------------------------------
"""
    root = part(body, charset='shift_jis', cte='base64')
    write('026-form-ack-shiftjis-m365-ja.eml', ('case_created', F_CID, [], True, 'ja'), tr,
          hdrF(sent, mid, ew(f"[CASE {F_CID}] お問い合わせが登録されました", 'shift_jis')), root)

    # 027 confirmation, label Shift_JIS but cp932-only chars (①②), 名寄せ
    sent = dt(2025, 10, 8, 10, 21, 7)
    tr, mid = aws_outlook(sent)
    body = f"""松本 真由美 様

いつもお世話になっております。AWS トレーニングと認定 サポート窓口の渡辺でございます。

ご依頼の件、下記のとおり名寄せを実施する準備が整いました。

  ① 残すアカウント  :{F_NEW}(mayumi.matsumoto@hikari-soft.co.jp)
  ② 取り込まれるアカウント:{F_OLD}(m.matsumoto.0707@docomo.ne.jp)

② の認定履歴・特典は ① に取り込まれ、② は閉鎖されます。
実施後の取り消しはいたしかねますので、あらかじめご了承くださいませ。

内容にご異存がなければ、その旨を本メールにご返信いただけますでしょうか。
ご返信を確認後、速やかに手続きに入らせていただきます。

渡辺
AWS トレーニングと認定 サポート窓口
"""
    root = part(body, charset='shift_jis', cte='quoted-printable', codec='cp932', label='Shift_JIS')
    write('027-form-confirm-nayose-sjis-ja.eml', ('merge_confirmation_requested', F_CID, [F_OLD, F_NEW], True, 'ja'), tr,
          hdrF(sent, mid, F_SUBJ), root)

    # 028 chaser (support_reply), earlier text only quoted
    sent = dt(2025, 10, 14, 9, 30, 0)
    tr, mid = aws_outlook(sent)
    body = f"""松本 真由美 様

AWS トレーニングと認定 サポート窓口の渡辺でございます。
10 月 8 日にお送りいたしました下記のご案内につきまして、その後いかがでしょうか。

ご返信をいただけない状態では、ご依頼のお手続きを進めることができかねます。
ご不明な点などがございましたら、お気軽にお申し付けくださいませ。
なお、本日より 5 営業日以内にご返信がない場合は、本件をいったんクローズさせていただきます。

渡辺
AWS トレーニングと認定 サポート窓口

----- 以下、前回のご案内 -----
> ① 残すアカウント  :{F_NEW}
> ② 取り込まれるアカウント:{F_OLD}
> 内容にご異存がなければ、その旨を本メールにご返信いただけますでしょうか。
"""
    root = part(body, charset='shift_jis', cte='base64', codec='cp932')
    write('028-form-chaser-sjis-ja.eml', ('support_reply', F_CID, [], True, 'ja'), tr,
          hdrF(sent, mid, F_SUBJ), root)

    # 029 status update; corporate gateway added a warning banner -> DKIM body hash broke
    sent = dt(2025, 10, 16, 15, 12, 26)
    ip = rng.choice(SES_IPS)
    arl = ar_outlook('fail', 'amazonses.com', '210.152.14.88', [('fail', 'amazon.com'), ('fail', 'amazonses.com')], 'fail', 'amazon.com',
                     compauth='fail reason=000')
    tr = outlook_transport('x', sent + timedelta(seconds=40), '210.152.14.88', 'smtp-gw02.hikari-soft.co.jp', arl,
                           spf_res='Fail', mfdom='amazonses.com')
    tr += [f"Received: from {ses_helo(ip)} ({ses_helo(ip)} [{ip}])" + CRLF +
           f"\tby smtp-gw02.hikari-soft.co.jp (MailGates) with ESMTPS id {rhex(12).upper()}" + CRLF +
           f"\tfor <{F_USER}>; {format_datetime((sent + timedelta(seconds=3)).astimezone(JST))}",
           dkim_sig('amazon.com', AMZ_SEL, sent, AMZ_H), dkim_sig('amazonses.com', SES_SEL, sent, SES_H)]
    mid = ses_msgid(sent)
    body = f"""【注意】このメールは社外から送信されています。リンクや添付ファイルの取り扱いにご注意ください。
――――――――――――――――――――――――――――――
松本 真由美 様

AWS トレーニングと認定 サポート窓口の渡辺でございます。
先日はご承諾のご返信をいただき、ありがとうございました。

現在、担当チームにて引き続き作業を行っております。
システム側の処理に通常よりお時間を要しており、ご不便をおかけして申し訳ございません。
作業が終わり次第、あらためてご報告いたしますので、今しばらくお待ちいただけますと幸いです。

渡辺
AWS トレーニングと認定 サポート窓口
"""
    root = part(body, charset='shift_jis', cte='quoted-printable', codec='cp932')
    write('029-form-status-gateway-dkimfail-ja.eml', ('support_reply', F_CID, [], False, 'ja'), tr,
          hdrF(sent, mid, ew(F_SUBJ, 'shift_jis')), root)

    # 030 completed ("反映が済みました")
    sent = dt(2025, 10, 17, 18, 40, 3)
    tr, mid = aws_outlook(sent)
    body = f"""松本 真由美 様

大変お待たせいたしました。AWS トレーニングと認定 サポート窓口の渡辺でございます。

先日ご依頼いただきました件、{F_OLD} の認定履歴・特典の {F_NEW} への反映がすべて済みましたので、ご報告いたします。
今後は mayumi.matsumoto@hikari-soft.co.jp にてサインインのうえ、認定の一覧をご確認くださいませ。

また、Credly のバッジにつきましては、反映までに数日を要する場合がございます。

このたびはお手数をおかけいたしました。今後とも AWS 認定をよろしくお願い申し上げます。

渡辺
AWS トレーニングと認定 サポート窓口
"""
    html = html_wrap('<div style="font-family:\'MS PGothic\',sans-serif;">' + text2html(body) + '</div>').replace('charset=utf-8', 'charset=shift_jis')
    root = multi('alternative', [part(body, charset='shift_jis', cte='base64', codec='cp932'),
                                 part(html, 'html', charset='shift_jis', cte='quoted-printable', codec='cp932')], b_java())
    write('030-form-completed-hanei-sjis-ja.eml', ('merge_completed', F_CID, [F_OLD, F_NEW], True, 'ja'), tr,
          hdrF(sent, mid, F_SUBJ), root)


# ---------------- Case G: duplicate case, Gmail -----------------------------
G_USER = 'sho.okada.dev@gmail.com'
G1_OPEN = dt(2025, 6, 2, 19, 20, 31)
G1_CID = case15(G1_OPEN, 55120)
G2_OPEN = dt(2025, 6, 5, 7, 48, 2)
G2_CID = case15(G2_OPEN, 60384)
G_OLD, G_NEW = 'AWS66012874', 'AWS19230581'
# ---------------- Case H: three accounts, so-net ---------------------------
H_USER = 'd-kobayashi@ta2.so-net.ne.jp'
H_OPEN = dt(2025, 7, 7, 8, 50, 16)
H_CID = case15(H_OPEN, 2331)
H_KEEP, H_B, H_C = 'AWS70215593', 'AWS33018276', 'AWS91552047'
H_SUBJ = f"RE:[CASE {H_CID}] [AWS Training and Certification Form Submission] - account-assistance"
H_MX = 'mx.so-net.ne.jp'
# ---------------- Case I: iCloud, name mismatch -----------------------------
I_USER = 'emily.tanaka@icloud.com'
I_OPEN = dt(2025, 4, 14, 22, 3, 51)
I_CID = case15(I_OPEN, 81006)
I_US, I_JP = 'AWS27751360', 'AWS58804129'
I_SUBJ = f"RE:[CASE {I_CID}] [AWS Training and Certification Form Submission] - account-assistance"


def aws_icloud(rcpt, sent):
    ip = rng.choice(SES_IPS)
    helo = ses_helo(ip)
    mf = ses_mailfrom(sent)
    recv = (sent + timedelta(seconds=2)).astimezone(UTC)
    tr = [f"Return-Path: <{mf}>",
          f"Received: from p{rng.randint(10, 99)}-mailgateway-smtp-{rhex(10)}.ma1-asmtp-{rng.choice(['a', 'b'])}.icloud.com by" + CRLF +
          f" p{rng.randint(10, 99)}-mailgateway-smtp-{rhex(10)}.ma1-asmtp-a.icloud.com; {format_datetime(recv).replace('-0000', '+0000')}",
          "Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=amazon.com",
          f"Authentication-Results: dkim-verifier.icloud.com;" + CRLF +
          f"\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com header.b={rb64(6)[:8]};" + CRLF +
          f"\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b={rb64(6)[:8]}",
          f"Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}",
          f"Received-SPF: pass (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={helo}; envelope-from={mf}",
          f"Received: from {helo} (mx.ma1-asmtp-a.icloud.com [17.57.154.{rng.randint(2, 60)}])" + CRLF +
          f" by p00-icloudmta-asmtp-us-east-1a-100-percent-7 (Postfix) with ESMTPS id {rhex(12).upper()}" + CRLF +
          f" for <{rcpt}>; {format_datetime(recv).replace('-0000', '+0000')}",
          dkim_sig('amazon.com', AMZ_SEL, sent, AMZ_H), dkim_sig('amazonses.com', SES_SEL, sent, SES_H)]
    return tr, ses_msgid(sent)


def mails_031_040():
    # 031 English form ack for a second (duplicate) case
    sent = G2_OPEN + timedelta(seconds=22)
    tr, mid = aws_gmail(G_USER, sent)
    body = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know we received your inquiry. Your case ID is {G2_CID}.

A member of our team will get back to you within 24 hours. Please do not submit a new request for the same issue, as this can delay our response.

Here is a copy of what you sent us:

Inquiry type: Certification
Detail: Account Merge
AWS Candidate ID: {G_NEW}
Description: 3日前に問い合わせたのですが返事がありません。{G_OLD} と {G_NEW} を一つにしてほしいです。

Regards,
AWS Training and Certification
"""
    html = html_wrap('<div style="max-width:640px;margin:0 auto;background:#fff;padding:24px;font-family:Arial,sans-serif;">' + text2html(body) + '</div>', lang='en')
    root = multi('alternative', [part(body, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], b_java())
    write('031-form-ack-en-duplicate-case.eml', ('case_created', G2_CID, [G_OLD, G_NEW], True, 'en'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', G_USER), ('Message-ID', mid),
           ('Subject', f"[CASE {G2_CID}] We have received your request - AWS Training and Certification")] + ses_tail(sent), root)

    # 032 agent: duplicate case folded into the first one (support_reply)
    sent = dt(2025, 6, 5, 16, 2, 45)
    tr, mid = aws_gmail(G_USER, sent)
    body = f"""岡田 翔 様

AWS トレーニングと認定 カスタマーサポートの小松でございます。
お問い合わせいただき、ありがとうございます。

今回いただいたご依頼は、6 月 2 日にお受けしたケース {G1_CID} と同じ内容でございましたので、こちらのケースは {G1_CID} にまとめ、本ケースはクローズさせていただきます。
お手続きの状況につきましては、ケース {G1_CID} にて担当者よりご案内いたします。

ご返信が遅くなり、大変申し訳ございません。現在お問い合わせが大変混み合っており、順次対応しております。
恐れ入りますが、同じ内容で新たにお問い合わせをいただきますと、ご案内がさらに遅れる場合がございますので、今後は {G1_CID} のメールへご返信くださいますようお願いいたします。

小松
AWS トレーニングと認定 カスタマーサポート
"""
    root = part(body, charset='iso-2022-jp', cte='7bit')
    write('032-form-duplicate-case-folded-ja.eml', ('support_reply', G2_CID, [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', G_USER), ('Message-ID', mid),
           ('Subject', f"RE:[CASE {G2_CID}] [AWS Training and Certification Form Submission] - account-assistance")] + ses_tail(sent), root)

    # 033 closure + survey of the duplicate case
    sent = dt(2025, 6, 5, 16, 3, 30)
    tr, mid = aws_gmail(G_USER, sent)
    body = f"""岡田 翔 様

ケース {G2_CID} をクローズいたしました。

今回の窓口の対応について、アンケートへのご協力をお願いいたします。
いただいたご意見は、今後のサポート品質の向上に活用させていただきます。

▼ アンケートに回答する(約 1 分)
https://aws.amazon.com/jp/training/survey/?caseId={G2_CID}&l=ja

※ 本メールにご返信いただくと、ケースが再開されます。

AWS トレーニングと認定
"""
    root = multi('alternative', [part(body, cte='base64'), part(html_wrap(text2html(body)), 'html', cte='base64')], b_java())
    write('033-form-duplicate-closed-survey-ja.eml', ('survey', G2_CID, [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', G_USER), ('Message-ID', mid),
           ('Subject', ew(f"[CASE {G2_CID}] アンケートご協力のお願い", 'iso-2022-jp'))] + ses_tail(sent), root)

    # ---- Case H ----
    hdrH = lambda sent, mid, subj: [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', H_USER),
                                    ('Message-ID', mid), ('Subject', subj)] + ses_tail(sent)
    # 034 confirmation, three accounts into one ("集約"), id variants
    sent = dt(2025, 7, 8, 13, 27, 50)
    tr, mid = aws_jp(H_MX, H_MX, H_USER, sent)
    body = f"""小林 大輔 様

いつも AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山田でございます。

お調べいたしましたところ、小林様名義の認定アカウントが 3 件確認されました。
ご希望に沿い、以下のとおり 1 件に集約させていただく予定でございます。

 【存続】 AWS {H_KEEP[3:]}  d-kobayashi@ta2.so-net.ne.jp
 【廃止】 AWS-{H_B[3:]}  daisuke.kobayashi@mirai-net.co.jp
 【廃止】 aws{H_C[3:]}  dkoba.cert@gmail.com

廃止となる 2 件に登録されている認定・受験履歴・特典は、すべて存続アカウントへ引き継がれます。
いったん実施いたしますと元の状態に戻すことはできませんので、内容を十分にご確認ください。

上記の内容で差し支えなければ、本メールにご返信のうえ、ご了承いただける旨をお知らせくださいませ。
ご返信をいただくまでは、作業には着手いたしません。

何卒よろしくお願い申し上げます。

山田
AWS トレーニングと認定 カスタマーサポート
"""
    html = html_wrap('<div style="max-width:640px;margin:0 auto;background:#fff;padding:24px;">' + text2html(body) + '</div>')
    root = multi('alternative', [part(body, charset='iso-2022-jp', cte='7bit'), part(html, 'html', cte='quoted-printable')], b_java())
    write('034-form-confirm-three-into-one-ja.eml', ('merge_confirmation_requested', H_CID, [H_KEEP, H_B, H_C], True, 'ja'), tr,
          hdrH(sent, mid, H_SUBJ), root)

    # 035 "once the work is finished we will..." (support_reply)
    sent = dt(2025, 7, 8, 17, 55, 12)
    tr, mid = aws_jp(H_MX, H_MX, H_USER, sent)
    body = f"""小林 大輔 様

ご了承のご返信をいただき、ありがとうございます。
本日、担当チームへ作業を依頼いたしました。

3 件の集約が終わりましたら、その旨をあらためてご連絡いたします。あわせて、Credly のデジタルバッジを存続アカウントのメールアドレス宛に再発行する手配もいたしますので、作業完了のご連絡をお待ちいただけますと幸いです。

それまでの間は、新たに試験のご予約をされないようお願いいたします。

山田
AWS トレーニングと認定 カスタマーサポート

2025年7月8日(火) 15:02 小林大輔 <{H_USER}>:
> 山田様
> 内容確認しました。問題ありませんので進めてください。
> 小林
"""
    root = part(body, charset='utf-8', cte='quoted-printable')
    write('035-form-will-notify-when-finished-ja.eml', ('support_reply', H_CID, [], True, 'ja'), tr,
          hdrH(sent, mid, H_SUBJ), root)

    # 036 completed + Credly note
    sent = dt(2025, 7, 10, 12, 8, 33)
    tr, mid = aws_jp(H_MX, H_MX, H_USER, sent)
    body = f"""小林 大輔 様

お待たせいたしました。
ご依頼いただいておりました 3 件の認定アカウントの集約が、本日付で終了いたしました。
今後は {H_KEEP} のみをご利用いただけます({H_B}、{H_C} は閉鎖済みです)。

Credly のバッジにつきましては、d-kobayashi@ta2.so-net.ne.jp 宛に順次 Credly から案内メールが届きます。
すべてのバッジが届くまで数日かかる場合がございますので、1 週間ほど経っても届かない場合はご連絡ください。

このたびはご協力いただき、ありがとうございました。

山田
AWS トレーニングと認定 カスタマーサポート
"""
    root = multi('alternative', [part(body, cte='base64'), part(html_wrap(text2html(body)), 'html', cte='base64')], b_java())
    write('036-form-completed-three-credly-note-ja.eml', ('merge_completed', H_CID, [H_KEEP, H_B, H_C], True, 'ja'), tr,
          hdrH(sent, mid, H_SUBJ), root)

    # 037 Credly: badges moved after merge, Japanese, HTML only
    sent = dt(2025, 7, 11, 2, 40, 19)
    tr, cmid = credly_transport((H_MX, H_MX), H_USER, sent)
    bid = ruuid()
    lh = ("<p>小林 大輔 さん</p>"
          "<p><b>Amazon Web Services Training and Certification</b> でのアカウント統合に伴い、以下のバッジがこのメールアドレスに発行されました。</p>"
          "<ul><li>AWS Certified SysOps Administrator - Associate</li><li>AWS Certified Solutions Architect - Professional</li></ul>"
          "<p>バッジを受け取ると、プロフィールに表示され、LinkedIn などで共有できるようになります。</p>")
    root = part(credly_html(lh, 'バッジを受け取る', f"https://www.credly.com/earner/earned/badge/{bid}"), 'html', cte='quoted-printable')
    write('037-credly-badges-moved-html-only-ja.eml', ('credly_badge_issued', None, [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', CREDLY_FROM), ('To', H_USER), ('Message-ID', cmid),
           ('Subject', ew('バッジが発行されました: AWS Certified SysOps Administrator - Associate ほか 1 件', 'utf-8'))], root)

    # 038 Credly English, another badge
    sent = dt(2025, 7, 11, 2, 41, 5)
    credly_mail('038-credly-badge-issued-en.eml', H_USER, sent, (H_MX, H_MX), 'en',
                'AWS Certified Cloud Practitioner', name='Daisuke Kobayashi')

    # ---- Case I ----
    hdrI = lambda sent, mid, subj: [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', I_USER),
                                    ('Message-ID', mid), ('Subject', subj)] + ses_tail(sent)
    # 039 English agent asks for notification e-mail of each account; Japanese quote
    sent = dt(2025, 4, 16, 1, 15, 40)
    tr, mid = aws_icloud(I_USER, sent)
    body = f"""Hi Emily,

Thanks for reaching out to AWS Training and Certification, my name is Daniel and I'll be assisting you today.

I located the account {I_US} under your name. However, I am not able to find a second account with the details you shared. Could you please send us:

- The notification email address on each of the two accounts
- The country where you took each exam
- If possible, the registration number of any exam taken on the second account

Once we have this, I'll be happy to look into it further.

Best,
Daniel
AWS Training and Certification Customer Support

On Mon, Apr 14, 2025 at 10:03 PM, Emily Tanaka <{I_USER}> wrote:
> アメリカで受験したアカウントと、日本で受験したアカウント({I_JP})があります。
> 一つにまとめたいです。I'd like to keep the US one.
"""
    root = multi('alternative', [part(body, cte='quoted-printable'),
                                 part(html_wrap(text2html(body), 'en'), 'html', cte='quoted-printable')], b_java())
    write('039-form-en-asks-notification-emails.eml', ('support_reply', I_CID, [I_US], True, 'en'), tr,
          hdrI(sent, mid, I_SUBJ), root)

    # 040 Japanese agent: names differ, needs ID document (support_reply)
    sent = dt(2025, 4, 18, 11, 47, 2)
    tr, mid = aws_icloud(I_USER, sent)
    body = f"""Tanaka Emily 様

AWS トレーニングと認定 カスタマーサポートの加藤と申します。
担当の Daniel より引き継ぎ、日本語にてご案内いたします。

お知らせいただいた 2 件のアカウントを確認いたしましたところ、ご登録の氏名が一致しておりませんでした。

  {I_US}:EMILY TANAKA
  {I_JP}:田中 恵美里

氏名が異なるアカウント同士につきましては、ご本人様であることを確認できない限り、お手続きを承ることができません。
恐れ入りますが、両方の氏名が記載された公的な書類(パスポート等)の画像を、本メールに添付してお送りいただけますでしょうか。
個人番号(マイナンバー)など、不要な情報は塗りつぶしていただいて差し支えございません。

確認が取れましたら、あらためてお手続き内容をご案内いたします。

加藤
AWS トレーニングと認定 カスタマーサポート
"""
    root = part(body, charset='iso-2022-jp', cte='7bit')
    write('040-form-name-mismatch-needs-id-ja.eml', ('support_reply', I_CID, [I_US, I_JP], True, 'ja'), tr,
          hdrI(sent, mid, I_SUBJ), root)


# ---------------- Case J: docomo, side question + auto-close -----------------
J_USER = 'aya.fujita-0915@docomo.ne.jp'
J_OPEN = dt(2025, 11, 4, 12, 33, 9)
J_CID = case15(J_OPEN, 14902)
J_A, J_B = 'AWS14470083', 'AWS62290318'
J_MX = 'mfsmax.docomo.ne.jp'
# ---------------- Case K: console, closure that says it is done ---------------
K_USER = 'hiroki.mori.aws@gmail.com'
K_OPEN = dt(2025, 9, 1, 20, 15, 40)
K_CID = case15(K_OPEN, 41270)
K_OLD, K_NEW = 'AWS50033921', 'AWS08761144'
# ---------------- Case L: Yahoo! JAPAN, plain register, full-width ids ---------
L_USER = 'nao_ishii_77@yahoo.co.jp'
L_OPEN = dt(2025, 12, 2, 16, 40, 55)
L_CID = case15(L_OPEN, 9031)
L_OLD, L_NEW = 'AWS33810247', 'AWS40177258'
# ---------------- Case M: console in English, university, no A-R -------------
M_USER = 't.hasegawa@kyoto-lab.ac.jp'
M_OPEN = dt(2025, 2, 18, 10, 4, 27)
M_CID = case15(M_OPEN, 61538)


def fw(s):
    """ASCII -> full-width (as typed with a Japanese IME)."""
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


def mails_041_050():
    # 041 confirmation after ID check, lower-case / hyphen ids (Case I)
    sent = dt(2025, 4, 22, 10, 5, 18)
    tr, mid = aws_icloud(I_USER, sent)
    body = f"""Tanaka Emily 様

AWS トレーニングと認定 カスタマーサポートの加藤でございます。
本人確認書類をお送りいただき、ありがとうございました。確認が取れましたので、お手続き内容をご案内いたします。

  ・残るアカウント:aws-{I_US[3:]}(EMILY TANAKA / {I_USER})
  ・なくなるアカウント:aws-{I_JP[3:]}(田中 恵美里)

aws-{I_JP[3:]} で取得された認定および受験履歴は、aws-{I_US[3:]} へ移ります。なお、氏名は EMILY TANAKA の表記に揃います。
この操作は、実施後に取り消すことができません。

この内容でよろしいでしょうか。差し支えなければ、本メールへのご返信にてお知らせください。

加藤
AWS トレーニングと認定 カスタマーサポート
"""
    root = multi('alternative', [part(body, cte='base64'), part(html_wrap(text2html(body)), 'html', cte='base64')], b_java())
    write('041-form-confirm-lowercase-ids-ja.eml', ('merge_confirmation_requested', I_CID, [I_US, I_JP], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', I_USER), ('Message-ID', mid),
           ('Subject', I_SUBJ)] + ses_tail(sent), root)

    # 042 side question about the voucher (support_reply), docomo
    sent = dt(2025, 11, 5, 14, 20, 2)
    tr, mid = aws_jp(J_MX, J_MX, J_USER, sent)
    body = f"""藤田 彩 様

AWS トレーニングと認定 カスタマーサポートの吉川でございます。
お問い合わせいただき、ありがとうございます。

アカウントの件とは別に、お問い合わせの中でご質問いただいた「50% 割引バウチャーが見当たらない」件について、先に確認させてください。

・バウチャーは、どちらのアカウント({J_A} / {J_B})で認定を取得された際のものでしょうか。
・特典ページに表示されていたバウチャーコードを、すでに試験の予約でご利用になっていますでしょうか。

バウチャーには有効期限がございますので、ご利用状況によってはご案内できる内容が異なります。
お手数ですが、ご返信をお待ちしております。

吉川
AWS トレーニングと認定 カスタマーサポート
"""
    root = part(body, charset='iso-2022-jp', cte='7bit')
    write('042-form-voucher-side-question-ja.eml', ('support_reply', J_CID, [J_A, J_B], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', J_USER), ('Message-ID', mid),
           ('Subject', f"RE:[CASE {J_CID}] [AWS Training and Certification Form Submission] - benefits-and-vouchers")] + ses_tail(sent), root)

    # 043 auto-close after no reply, with survey
    sent = dt(2025, 11, 13, 0, 5, 0)
    tr, mid = aws_jp(J_MX, J_MX, J_USER, sent)
    body = f"""藤田 彩 様

ケース番号 {J_CID} につきまして、最後のご案内から 7 日間ご返信を確認できなかったため、本件はいったん終了とさせていただきました。

引き続きご相談が必要な場合は、本メールにご返信ください。ケースを再開し、担当者よりご連絡いたします。

よろしければ、今回の対応についてご評価をお願いいたします。
https://aws.amazon.com/jp/training/survey/?caseId={J_CID}&src=autoclose

AWS トレーニングと認定 カスタマーサポート
"""
    root = part(body, cte='quoted-printable')
    write('043-form-autoclose-no-reply-survey-ja.eml', ('survey', J_CID, [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', J_USER), ('Message-ID', mid),
           ('Subject', ew(f"[CASE {J_CID}] お問い合わせ終了のお知らせとアンケートのお願い", 'utf-8'))] + ses_tail(sent), root)

    # 044 console "resolved" notice whose note says the work is done -> merge_completed
    sent = dt(2025, 9, 4, 11, 2, 37)
    tr, mid = aws_gmail(K_USER, sent)
    body = f"""ケース {K_CID} は、AWS サポートにより解決済みに設定されました。

担当者からのメモ:
森様、{K_OLD} の認定記録を {K_NEW} に移す作業はすべて終わっております。{K_NEW} でサインインいただければ、これまでの認定がすべてご覧いただけます。ご依頼の内容は以上で対応済みとなりますので、本ケースを解決済みといたします。

今回のサポートはいかがでしたか? 以下のリンクから評価をお寄せください。
https://console.aws.amazon.com/support/feedback?displayId={K_CID}&language=ja

ケースを再開する場合は、サポートセンターからご返信ください:
{console_link(K_CID)}

このメールアドレスは送信専用です。

アマゾン ウェブ サービス
"""
    root = multi('alternative', [part(body, cte='quoted-printable'), part(html_wrap(text2html(body)), 'html', cte='quoted-printable')], b_java())
    write('044-console-resolved-with-done-note-ja.eml', ('merge_completed', K_CID, [K_OLD, K_NEW], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', CONSOLE_FROM), ('To', K_USER), ('Message-ID', mid),
           ('Subject', ew(f"[Case {K_CID}] ケースが解決済みに設定されました", 'utf-8'))] + ses_tail(sent), root)

    # 045 confirmation, plain register, full-width id (Yahoo! JAPAN)
    sent = dt(2025, 12, 3, 19, 22, 8)
    tr, mid = aws_jp('mx.mail.yahoo.co.jp', 'yahoo.co.jp', L_USER, sent)
    body = f"""石井さん

AWS トレーニングと認定サポートの西田です。問い合わせありがとうございます。

フォームに書いてもらった 2 つのアカウント、こちらで確認できました。

  {fw(L_OLD)} → なくなる方(nao.ishii@keio-lab.example.jp)
  AWS {L_NEW[3:]} → 残す方({L_USER})

なくなる方についている認定は、ぜんぶ残す方にまとめて移します。一度やると戻せないので、そこだけ注意してください。

これで大丈夫なら、このメールに「OK」と返信してください。返信をもらってから作業します。

西田
AWS トレーニングと認定サポート
"""
    root = part(body, charset='iso-2022-jp', cte='7bit')
    write('045-form-confirm-plain-fullwidth-id-ja.eml', ('merge_confirmation_requested', L_CID, [L_OLD, L_NEW], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', FORM_FROM), ('To', L_USER), ('Message-ID', mid),
           ('Subject', f"RE:[CASE {L_CID}] [AWS Training and Certification Form Submission] - account-assistance")] + ses_tail(sent), root)

    # 046 phishing ack (look-alike domain, own DKIM passes) -> case_created, false
    sent = dt(2025, 10, 21, 8, 3, 11)
    P_CID = '176300112300451'
    ip = '45.134.26.118'
    mf = 'bounce@mail.aws-certification-jp.com'
    ar = ar_gmail(dkims=[('pass', 'aws-certification-jp.com', 'default')], spf=('pass', mf, ip),
                  dmarc=('pass', 'NONE', 'NONE', 'NONE', 'aws-certification-jp.com'))
    tr = gmail_transport('rina.kondo.works@gmail.com', sent + timedelta(seconds=5), ip, 'mail.aws-certification-jp.com', mf, ar, arc=False)
    tr.append(dkim_sig('aws-certification-jp.com', 'default', sent, 'from:to:subject:date:message-id', 'relaxed/relaxed'))
    body = f"""近藤 様

AWS 認定サポートセンターです。
お客様の「アカウント統合」のお申し込みを受け付けました。

ケース番号: {P_CID}

お手続きを開始するため、24 時間以内に下記のリンクから AWS 認定アカウントにサインインし、本人確認を完了してください。
期限内に確認が取れない場合、お申し込みは自動的に取り消され、認定資格が一時停止される場合があります。

▼ 本人確認はこちら
https://aws-certification-jp.com/verify?case={P_CID}

AWS 認定サポートセンター
"""
    html = html_wrap(text2html(body).replace(f"https://aws-certification-jp.com/verify?case={P_CID}",
                                             f'<a href="https://aws-certification-jp.com/verify?case={P_CID}">https://aws.amazon.com/jp/certification/verify</a>'))
    root = multi('alternative', [part(body, cte='base64'), part(html, 'html', cte='base64')], '----=_NextPart_' + rhex(24))
    write('046-phish-ack-lookalike-domain-ja.eml', ('case_created', P_CID, [], False, 'ja'), tr,
          [('Date', fdate(sent)), ('From', ew('AWS 認定サポート', 'utf-8') + ' <support@aws-certification-jp.com>'),
           ('To', 'rina.kondo.works@gmail.com'), ('Message-ID', f"<{rhex(20)}@aws-certification-jp.com>"),
           ('Subject', ew(f"【AWS認定】アカウント統合のお申し込みを受け付けました(ケース番号 {P_CID})", 'utf-8')),
           ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')], root)

    # 047 phishing confirmation: spoofed amazon.com From, dmarc=fail on top, forged A-R lower
    sent = dt(2025, 11, 18, 3, 41, 50)
    P2_CID = '176310000098812'
    ip = '103.75.190.22'
    mf = 'info@shop-kaneda.jp'
    ar = ar_gmail(dkims=[('none', 'amazon.com', 'none')][:0], spf=('softfail', mf, ip),
                  dmarc=('fail', 'QUARANTINE', 'QUARANTINE', 'QUARANTINE', 'amazon.com'))
    tr = gmail_transport('kenji.arai.1990@gmail.com', sent + timedelta(seconds=3), ip, 'vps-103-75-190-22.hostsrv.net', mf, ar, arc=False)
    tr.append("Authentication-Results: amazon.com;" + CRLF + "\tspf=pass smtp.mailfrom=amazonses.com;" + CRLF +
              "\tdkim=pass header.d=amazon.com;" + CRLF + "\tdmarc=pass header.from=amazon.com")
    body = f"""新井 様

いつも AWS 認定をご利用いただき、ありがとうございます。
ご依頼いただいた認定アカウントの統合について、下記の内容で実行いたします。

  統合元アカウント:AWS{'71120938'}
  統合先アカウント:AWS{'71120394'}

内容に同意いただける場合は、48 時間以内に下記ボタンから「同意する」を押してください。
同意が確認できない場合、両方のアカウントが停止されます。

[ 同意して統合を進める ] http://aws-cert-merge.jp-confirm.top/agree?id={P2_CID}

AWS トレーニングと認定
"""
    html = html_wrap(text2html(body).replace(f"[ 同意して統合を進める ] http://aws-cert-merge.jp-confirm.top/agree?id={P2_CID}",
                                             f'<a href="http://aws-cert-merge.jp-confirm.top/agree?id={P2_CID}" style="background:#ff9900;padding:10px 20px;color:#000;">同意して統合を進める</a>'))
    root = multi('alternative', [part(body, charset='iso-2022-jp', cte='7bit'), part(html, 'html', cte='quoted-printable')],
                 '----=_NextPart_' + rhex(24))
    write('047-phish-confirm-spoofed-forged-ar-ja.eml',
          ('merge_confirmation_requested', P2_CID, ['AWS71120938', 'AWS71120394'], False, 'ja'), tr,
          [('Date', fdate(sent, JST)), ('From', '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'),
           ('Reply-To', 'aws-support-desk@jp-confirm.top'), ('To', 'kenji.arai.1990@gmail.com'),
           ('Message-ID', f"<{rhex(16)}.{rhex(8)}@amazon.com>"),
           ('Subject', ew(f"RE:[CASE {P2_CID}] 認定アカウント統合のご確認(要対応)", 'iso-2022-jp'))], root)

    # 048 Credly look-alike after merge (Outlook, dmarc none) -> credly_badge_issued, false
    sent = dt(2025, 6, 20, 22, 10, 0)
    ip = '91.215.85.40'
    arl = ar_outlook('pass', 'credly-badges.net', ip, [('none', 'credly-badges.net')], 'none', 'credly-badges.net', compauth='fail reason=451')
    tr = outlook_transport('x', sent + timedelta(seconds=4), ip, 'mx1.credly-badges.net', arl, mfdom='credly-badges.net')
    body = """AWS 認定アカウント統合に伴い、あなたのデジタルバッジ(3 件)が新しいアカウントへ移行されました。

バッジを受け取るには、72 時間以内に Credly へ再ログインしてください。期限を過ぎるとバッジは失効します。

[バッジを受け取る]
https://credly-badges.net/accept?token=8f3b1e0c

Credly サポートチーム
"""
    html = credly_html('<p>AWS 認定アカウント統合に伴い、あなたのデジタルバッジ(3 件)が新しいアカウントへ移行されました。</p>'
                       '<p>バッジを受け取るには、<b>72 時間以内</b>に Credly へ再ログインしてください。期限を過ぎるとバッジは失効します。</p>',
                       'バッジを受け取る', 'https://credly-badges.net/accept?token=8f3b1e0c')
    root = multi('alternative', [part(body, cte='base64'), part(html, 'html', cte='base64')], rhex(28))
    write('048-phish-credly-lookalike-badges-moved-ja.eml', ('credly_badge_issued', None, [], False, 'ja'), tr,
          [('Date', fdate(sent, JST)), ('From', '"Credly" <no-reply@credly-badges.net>'), ('To', 'yui.hayashi@outlook.com'),
           ('Message-ID', f"<{ruuid()}@credly-badges.net>"),
           ('Subject', ew('【Credly】バッジの移行が完了しました - 受け取り手続きのお願い', 'utf-8'))], root)

    # 049 phishing completion via Japanese ISP, softfail / no DKIM -> merge_completed, false
    sent = dt(2025, 8, 7, 6, 55, 12)
    ip = '185.225.73.19'
    mf = 'noreply@amazon-jp-support.com'
    arl = ar_jp('mx.biglobe.ne.jp', spf=('softfail', mf), dkims=[('none', 'amazon-jp-support.com', 'none')][:0],
                dmarc=('none', 'amazon-jp-support.com', None))
    arl = arl.replace('dkim', 'dkim', 1) + ';' + CRLF + '\tdkim=none'
    tr = [f"Return-Path: <{mf}>"] + jp_transport('mx.biglobe.ne.jp', sent + timedelta(seconds=6), ip, 'mail.amazon-jp-support.com',
                                                  'k-ogawa@kfa.biglobe.ne.jp', arl)
    body = """お客様各位

AWS トレーニングと認定をご利用いただきありがとうございます。
お客様の認定アカウントの統合が完了しました。

統合後のアカウントを引き続きご利用いただくには、新しい認証情報の設定が必要です。
以下のリンクからサインインし、お支払い情報およびパスワードを更新してください。

https://amazon-jp-support.com/aws/certification/login

24 時間以内に更新が行われない場合、統合後のアカウントはロックされます。

Amazon Web Services
"""
    root = part(body, charset='shift_jis', cte='base64', codec='cp932')
    write('049-phish-completed-lookalike-biglobe-ja.eml', ('merge_completed', None, [], False, 'ja'), tr,
          [('Date', fdate(sent, JST)), ('From', '"Amazon Web Services" <noreply@amazon-jp-support.com>'),
           ('To', 'k-ogawa@kfa.biglobe.ne.jp'), ('Message-ID', f"<{rhex(24)}@amazon-jp-support.com>"),
           ('Subject', ew('【AWS】アカウント統合完了のお知らせ', 'shift_jis'))], root)

    # 050 console ack in English, Japanese case subject, university relay without A-R -> null
    sent = M_OPEN + timedelta(seconds=6)
    ip = rng.choice(SES_IPS)
    mid = ses_msgid(sent)
    tr = [f"Return-Path: <{ses_mailfrom(sent)}>",
          f"Received: from mx1.kyoto-lab.ac.jp (mx1.kyoto-lab.ac.jp [133.3.{rng.randint(1, 250)}.{rng.randint(1, 250)}])" + CRLF +
          f"\tby mbox.kyoto-lab.ac.jp (8.15.2/8.15.2) with ESMTPS id 51I14Xa{rhex(6)}" + CRLF +
          f"\tfor <{M_USER}>; {format_datetime((sent + timedelta(seconds=4)).astimezone(JST))}",
          f"Received: from {ses_helo(ip)} ({ses_helo(ip)} [{ip}])" + CRLF +
          f"\tby mx1.kyoto-lab.ac.jp (8.15.2/8.15.2) with ESMTPS id 51I14Wk{rhex(6)}" + CRLF +
          f"\tfor <{M_USER}>; {format_datetime((sent + timedelta(seconds=2)).astimezone(JST))}",
          dkim_sig('amazon.com', AMZ_SEL, sent, AMZ_H), dkim_sig('amazonses.com', SES_SEL, sent, SES_H)]
    body = f"""Thank you for contacting Amazon Web Services. We have opened case {M_CID} to address your issue.

The details of your case are as follows:

Case ID: {M_CID}
Subject: 認定アカウントの統合について(AWS 旧アカウントの整理)
Severity: General guidance
Correspondence: 大学のメールアドレスと個人のメールアドレスで 2 つの認定アカウントがあります。

We will respond to your case soon. You can view the status of your case or add correspondence in the Support Center:
{console_link(M_CID, 'en')}

Note: This email address cannot accept replies. To reply to this case, please use the Support Center link above.

Amazon Web Services
"""
    root = multi('alternative', [part(body, cte='quoted-printable'), part(html_wrap(text2html(body), 'en'), 'html', cte='quoted-printable')], b_java())
    write('050-console-ack-en-ja-subject-no-ar.eml', ('case_created', M_CID, [], None, 'en'), tr,
          [('Date', fdate(sent, UTC)), ('From', CONSOLE_FROM), ('To', M_USER), ('Message-ID', mid),
           ('Subject', ew(f"Amazon Web Services: You have opened a new Support case: {M_CID}", 'utf-8', 'Q'))] + ses_tail(sent), root)


def mails_051_060():
    # 051 billing case (console), talks about consolidating AWS accounts via Organizations
    U = 'ryo.nakajima@umi-systems.co.jp'
    opened = dt(2025, 6, 10, 9, 12, 33)
    cid = case15(opened, 27715)
    sent = dt(2025, 6, 10, 17, 40, 2)
    tr, mid = aws_jp('mx.umi-systems.co.jp', 'mx.umi-systems.co.jp', U, sent)
    agent = f"""中島 様

AWS サポートの請求担当、内田でございます。お問い合わせいただきありがとうございます。

お問い合わせの「複数の AWS アカウントの請求を一つにまとめたい」件につきまして、ご案内いたします。
AWS Organizations をご利用いただくと、管理アカウント(例: 4821 0937 5516)に各メンバーアカウントの請求を統合する一括請求(コンソリデーティッドビリング)をご利用いただけます。
各メンバーアカウントのリソースやデータが一つのアカウントに移動するわけではございませんので、ご安心ください。

手順の詳細は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

ほかにご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。"""
    body = console_reply_ja(agent, cid, "よろしくお願いいたします。\n内田\nAmazon Web Services")
    root = multi('alternative', [part(body, cte='quoted-printable'), part(html_wrap(text2html(body)), 'html', cte='quoted-printable')], b_java())
    write('051-console-billing-consolidated-billing-ja.eml', ('unrelated', cid, [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', CONSOLE_FROM), ('To', U), ('Message-ID', mid),
           ('Subject', ew(f"RE:[CASE {cid}] 請求の一本化について(複数アカウント)", 'utf-8'))] + ses_tail(sent), root)

    # 052 service quota case opened (console ack for another case)
    U = 'kenta.sato.0412@gmail.com'
    opened = dt(2025, 6, 16, 13, 5, 49)
    cid = case15(opened, 33004)
    sent = opened + timedelta(seconds=8)
    tr, mid = aws_gmail(U, sent)
    body = f"""アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース {cid} をオープンしました。

ケース ID: {cid}
件名: Service Quotas: EC2 オンデマンドインスタンス(標準)の vCPU 上限緩和申請 - ap-northeast-1
重要度: 一般的なガイダンス

ケースの詳細の確認、情報の追加、ご返信は、AWS サポートセンターから行えます:
{console_link(cid)}

このメールアドレスは送信専用です。本メールにご返信いただいてもお受けできませんのでご了承ください。

アマゾン ウェブ サービス
"""
    root = multi('alternative', [part(body, cte='base64'), part(html_wrap(text2html(body)), 'html', cte='base64')], b_java())
    write('052-console-quota-case-opened-ja.eml', ('unrelated', cid, [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', CONSOLE_FROM), ('To', U), ('Message-ID', mid),
           ('Subject', ew(f"Amazon Web Services: 新しいサポートケースをオープンしました: {cid}", 'utf-8'))] + ses_tail(sent), root)

    # 053 Seller Central JP: merge of seller accounts, RE:[CASE nnn]
    U = 'shop@hanamizuki-zakka.jp'
    sent = dt(2025, 9, 24, 15, 31, 20)
    ip = '52.95.48.' + str(rng.randint(10, 90))
    helo = f"smtp-fw-{rng.randint(1000, 9999)}.amazon.com"
    arl = ar_jp('mx.hanamizuki-zakka.jp', spf=('pass', 'bounces@amazon.co.jp'), dkims=[('pass', 'amazon.co.jp', 'rte02')],
                dmarc=('pass', 'amazon.co.jp', 'quarantine'))
    tr = ["Return-Path: <bounces@amazon.co.jp>"] + jp_transport('mx.hanamizuki-zakka.jp', sent + timedelta(seconds=2), ip, helo, U, arl)
    tr.append(dkim_sig('amazon.co.jp', 'rte02', sent, 'Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type', 'relaxed/simple'))
    body = """こんにちは

Amazon 出品サービスをご利用いただき、ありがとうございます。

お問い合わせいただいた、重複して作成された出品用アカウントの統合についてご連絡いたします。
大変恐れ入りますが、出品用アカウント同士を統合することはできかねます。使用しない方のアカウントは、セラーセントラルの[設定]>[出品用アカウント情報]から出品を停止していただけますようお願いいたします。

本メールの内容で問題が解決されたかどうか、以下のリンクからお知らせください。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=5884881212

Amazon 出品サービス
テクニカルサポート
"""
    root = part(body, charset='iso-2022-jp', cte='7bit')
    write('053-seller-central-jp-case-account-merge.eml', ('unrelated', '5884881212', [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', ew('Amazon 出品サービス', 'iso-2022-jp') + ' <seller-support-jp@amazon.co.jp>'),
           ('To', U), ('Message-ID', f"<{rng.randint(10**12, 10**13)}.{rng.randint(10**8, 10**9)}.JavaMail.seller@{helo}>"),
           ('Subject', ew('RE:[CASE 5884881212] 出品用アカウントの統合について', 'iso-2022-jp'))], root)

    # 054 CertMetrics, recertification congratulations, Japanese
    U = 'misaki.yamamoto@outlook.jp'
    sent = dt(2025, 5, 12, 6, 10, 30)
    ip = '198.2.181.' + str(rng.randint(10, 90))
    arl = ar_outlook('pass', 'mail.certmetrics.com', ip, [('pass', 'certmetrics.com')], 'pass', 'certmetrics.com')
    tr = outlook_transport('x', sent + timedelta(seconds=3), ip, 'mail181.certmetrics.com', arl, mfdom='mail.certmetrics.com')
    tr.append(dkim_sig('certmetrics.com', 'k1', sent, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', 'relaxed/relaxed'))
    body = """山本 美咲 様

AWS Certified Developer - Associate の再認定、おめでとうございます。
新しい有効期限は 2028年5月11日 です。

AWS 認定アカウントにサインインすると、認定証のダウンロードや、次回の試験でご利用いただける 50% 割引特典をご確認いただけます。

AWS 認定候補者 ID: AWS77120395

https://www.certmetrics.com/amazon/

AWS トレーニングと認定
※本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。
"""
    root = multi('alternative', [part(body, cte='quoted-printable'), part(html_wrap(text2html(body)), 'html', cte='quoted-printable')],
                 '----=_NextPart_' + rhex(16))
    write('054-certmetrics-recert-congrats-ja.eml', ('unrelated', None, ['AWS77120395'], False, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', '"AWS Certification" <do-not-reply@certmetrics.com>'), ('To', U),
           ('Message-ID', f"<{ruuid()}@certmetrics.com>"),
           ('Subject', ew('AWS 認定の再認定おめでとうございます', 'utf-8'))], root)

    # 055 Pearson VUE appointment, no A-R (university relay) -> null
    U = 't.hasegawa@kyoto-lab.ac.jp'
    sent = dt(2025, 3, 3, 11, 0, 12)
    tr = ["Return-Path: <pearsonvuecustomerservice@pearson.com>",
          f"Received: from mx1.kyoto-lab.ac.jp (mx1.kyoto-lab.ac.jp [133.3.{rng.randint(1, 250)}.{rng.randint(1, 250)}])" + CRLF +
          f"\tby mbox.kyoto-lab.ac.jp (8.15.2/8.15.2) with ESMTPS id 523{rhex(10)}" + CRLF +
          f"\tfor <{U}>; {format_datetime((sent + timedelta(seconds=5)).astimezone(JST))}",
          f"Received: from mail-out.pearson.com (mail-out.pearson.com [159.182.{rng.randint(1, 250)}.{rng.randint(1, 250)}])" + CRLF +
          f"\tby mx1.kyoto-lab.ac.jp (8.15.2/8.15.2) with ESMTPS id 523{rhex(10)}" + CRLF +
          f"\tfor <{U}>; {format_datetime((sent + timedelta(seconds=3)).astimezone(JST))}"]
    body = """長谷川 拓也 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約が確定しましたので、お知らせいたします。

試験: SAA-C03: AWS Certified Solutions Architect - Associate (日本語)
日時: 2025年3月15日(土) 13:30 JST
会場: オンライン監督 (OnVUE)
受験者 ID: AWS09130665
登録番号: 498712305

試験の開始 30 分前からチェックインが可能です。本人確認書類をご用意ください。

予約の変更・キャンセルは、試験開始の 24 時間前まで可能です。

Pearson VUE
"""
    root = part(body, charset='iso-2022-jp', cte='7bit')
    write('055-pearson-vue-appointment-no-ar-ja.eml', ('unrelated', None, ['AWS09130665'], None, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>'), ('To', U),
           ('Message-ID', f"<{rhex(32)}@pearson.com>"),
           ('Subject', ew('Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Associate', 'iso-2022-jp'))], root)

    # 056 AWS Builder ID verification code (signin.aws), Japanese
    U = 'sho.okada.dev@gmail.com'
    sent = dt(2025, 6, 9, 22, 14, 3)
    ip = rng.choice(SES_IPS)
    mf = ses_mailfrom(sent).replace('@amazonses.com', '@mail.signin.aws')
    ar = ar_gmail(dkims=[('pass', 'signin.aws', 'ay4bbk3ndpqeonstkwy6h2dkz2qaolgc'), ('pass', 'amazonses.com', SES_SEL)],
                  spf=('pass', mf, ip), dmarc=('pass', 'QUARANTINE', 'QUARANTINE', 'NONE', 'signin.aws'))
    tr = gmail_transport(U, sent + timedelta(seconds=2), ip, ses_helo(ip), mf, ar)
    tr += [dkim_sig('signin.aws', 'ay4bbk3ndpqeonstkwy6h2dkz2qaolgc', sent, AMZ_H), dkim_sig('amazonses.com', SES_SEL, sent, SES_H)]
    code = '582 913'
    body = f"""AWS Builder ID のメールアドレスを確認してください

AWS Builder ID の作成を続行するには、以下の確認コードを入力してください。

確認コード: {code.replace(' ', '')}

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
    root = multi('alternative', [part(body, cte='quoted-printable'), part(html_wrap(text2html(body)), 'html', cte='quoted-printable')], b_java())
    write('056-builder-id-verification-code-ja.eml', ('unrelated', None, [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', '"AWS" <no-reply@signin.aws>'), ('To', U), ('Message-ID', ses_msgid(sent)),
           ('Subject', ew('AWS Builder ID の確認コード', 'utf-8'))] + ses_tail(sent), root)

    # 057 Credly's own self-service account merge code (English)
    U = 'd-kobayashi@ta2.so-net.ne.jp'
    sent = dt(2025, 7, 12, 9, 2, 40)
    tr, cmid = credly_transport((H_MX, H_MX), U, sent)
    text = """Hi Daisuke,

We received a request to merge another Credly account into this one.

Your verification code is: 730146

Enter this code on the account merge page, or click the button below to finish.
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=b1c0e7d2a9

If you did not request this, you can ignore this email. Your accounts will not be changed.

The Credly Team
"""
    lh = ("<p>Hi Daisuke,</p><p>We received a request to merge another Credly account into this one.</p>"
          "<p style=\"font-size:28px;letter-spacing:6px;text-align:center;\"><b>730146</b></p>"
          "<p>If you did not request this, you can ignore this email. Your accounts will not be changed.</p>")
    root = multi('alternative', [part(text, charset='us-ascii', cte='7bit'),
                                 part(credly_html(lh, 'Complete Account Merge', 'https://www.credly.com/users/merge/confirm?token=b1c0e7d2a9', 'en'), 'html', cte='quoted-printable')],
                 rhex(28))
    write('057-credly-self-service-merge-code-en.eml', ('unrelated', None, [], True, 'en'), tr,
          [('Date', fdate(sent, UTC)), ('From', '"Credly" <admin@credly.com>'), ('To', U), ('Message-ID', cmid),
           ('Subject', 'Confirm your Credly account merge')], root)

    # 058 Credly badge expiry reminder, Japanese
    U = 'kenta.sato.0412@gmail.com'
    sent = dt(2025, 9, 30, 3, 15, 0)
    tr, cmid = credly_transport('gmail', U, sent)
    text = """佐藤 健太 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限が 60 日後(2025年11月29日)に切れます。

Amazon Web Services Training and Certification の再認定要件を確認し、期限が切れる前に更新しましょう。

バッジを確認する: https://www.credly.com/earner/earned

Credly チーム
"""
    lh = ("<p>佐藤 健太 さん</p><p>お持ちのバッジ「<b>AWS Certified Cloud Practitioner</b>」の有効期限が <b>60 日後</b>(2025年11月29日)に切れます。</p>"
          "<p>Amazon Web Services Training and Certification の再認定要件を確認し、期限が切れる前に更新しましょう。</p>")
    root = multi('alternative', [part(text, cte='base64'), part(credly_html(lh, 'バッジを確認する', 'https://www.credly.com/earner/earned'), 'html', cte='base64')], rhex(28))
    write('058-credly-badge-expiry-reminder-ja.eml', ('unrelated', None, [], True, 'ja'), tr,
          [('Date', fdate(sent, UTC)), ('From', CREDLY_FROM), ('To', U), ('Message-ID', cmid),
           ('Subject', ew('バッジの有効期限が近づいています: AWS Certified Cloud Practitioner', 'utf-8'))], root)

    # 059 Japanese phishing, not about the merge (payment update)
    U = 'aya.fujita-0915@docomo.ne.jp'
    sent = dt(2025, 11, 20, 4, 2, 33)
    ip = '194.87.31.' + str(rng.randint(2, 250))
    mf = 'mail@amazon-aws-jp.co'
    arl = ar_jp(J_MX, spf=('fail', mf), dkims=[], dmarc=('fail', 'amazon.com', 'quarantine'))
    tr = [f"Return-Path: <{mf}>"] + jp_transport(J_MX, sent + timedelta(seconds=4), ip, 'amazon-aws-jp.co', U, arl)
    body = """AWS をご利用のお客様

お客様のアカウントに登録されているお支払い方法で、今月のご請求を処理できませんでした。
サービスの停止を避けるため、48 時間以内に以下のリンクからお支払い情報を更新してください。

https://amazon-aws-jp.co/billing/update

更新が確認できない場合、AWS アカウントおよび AWS 認定の特典は停止されます。

Amazon Web Services 請求サポート
"""
    root = part(body, charset='shift_jis', cte='quoted-printable', codec='cp932')
    write('059-phish-payment-update-not-merge-ja.eml', ('unrelated', None, [], False, 'ja'), tr,
          [('Date', fdate(sent, JST)), ('From', '"Amazon Web Services" <billing@amazon.com>'), ('To', U),
           ('Message-ID', f"<{rhex(20)}@amazon-aws-jp.co>"),
           ('Subject', ew('【重要】AWS アカウントのお支払い方法を更新してください', 'shift_jis'))], root)

    # 060 GitHub "merged" notification on a Japanese repo
    U = 'sho.okada.dev@gmail.com'
    sent = dt(2025, 6, 11, 1, 30, 44)
    ip = '192.30.252.' + str(rng.randint(200, 210))
    mf = f"noreply@github.com"
    ar = ar_gmail(dkims=[('pass', 'github.com', 'pf2023')], spf=('pass', mf, ip),
                  dmarc=('pass', 'REJECT', 'REJECT', 'NONE', 'github.com'))
    tr = gmail_transport(U, sent + timedelta(seconds=2), ip, f"out-{rng.randint(20, 29)}.smtp.github.com", mf, ar)
    tr.append(dkim_sig('github.com', 'pf2023', sent, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', 'relaxed/relaxed'))
    text = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/okada-sho/cert-tracker/pull/214#event-17723301988
You are receiving this because you authored the thread.

Message ID: <okada-sho/cert-tracker/pull/214/issue_event/17723301988@github.com>
"""
    html = html_wrap('<p>Merged <a href="https://github.com/okada-sho/cert-tracker/pull/214">#214</a> into main.</p>'
                     '<p style="font-size:small;color:#666;">Reply to this email directly, view it on GitHub.</p>', 'en')
    root = multi('alternative', [part(text, charset='UTF-8', cte='7bit'), part(html, 'html', charset='UTF-8', cte='7bit')],
                 f"--==_mimepart_{rhex(13)}_{rhex(4)}{rng.randint(100, 999)}")
    write('060-github-pr-merged-notification.eml', ('unrelated', None, [], False, 'en'), tr,
          [('Date', fdate(sent, UTC)), ('From', 'Kaito Ueno <notifications@github.com>'),
           ('Reply-To', 'okada-sho/cert-tracker <reply+ABCD2EF3G4H5J6K7L8M9N0@reply.github.com>'),
           ('To', 'okada-sho/cert-tracker <cert-tracker@noreply.github.com>'),
           ('Cc', 'Author <author@noreply.github.com>'),
           ('Message-ID', '<okada-sho/cert-tracker/pull/214/issue_event/17723301988@github.com>'),
           ('In-Reply-To', '<okada-sho/cert-tracker/pull/214@github.com>'),
           ('References', '<okada-sho/cert-tracker/pull/214@github.com>'),
           ('Subject', ew('Re: [okada-sho/cert-tracker] 認定アカウント統合後のID表記を修正 (PR #214)', 'utf-8')),
           ('List-ID', 'okada-sho/cert-tracker <cert-tracker.okada-sho.github.com>'),
           ('X-GitHub-Reason', 'author')], root)


CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def credly_transport(kind, rcpt, sent, dmarc='pass', from_dom='credly.com'):
    ip = rng.choice(['167.89.101.4', '167.89.101.33', '149.72.154.232', '168.245.127.12'])
    helo = f"o{rng.randint(1, 9)}.em.credly.com" if from_dom == 'credly.com' else f"o{rng.randint(1, 9)}.email.youracclaim.com"
    mf = f"bounces+{rng.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}@em.{from_dom}"
    dk = [dkim_sig(from_dom, 's1', sent, 'from:mime-version:subject:content-type:to:cc:content-type:from:subject:to', 'relaxed/relaxed'),
          dkim_sig('sendgrid.info', 'smtpapi', sent, 'from:mime-version:subject:content-type:to:cc', 'relaxed/relaxed')]
    if kind == 'gmail':
        ar = ar_gmail(dkims=[('pass', from_dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')], spf=('pass', mf, ip),
                      dmarc=(dmarc, 'QUARANTINE', 'QUARANTINE', 'NONE', from_dom))
        tr = gmail_transport(rcpt, sent + timedelta(seconds=4), ip, helo, mf, ar)
    elif kind == 'outlook':
        arl = ar_outlook('pass', f'em.{from_dom}', ip, [('pass', from_dom), ('pass', 'sendgrid.info')], dmarc, from_dom)
        tr = outlook_transport('x', sent + timedelta(seconds=3), ip, helo, arl, mfdom=f'em.{from_dom}')
    elif kind == 'none':
        tr = [f"Return-Path: <{mf}>",
              f"Received: from {helo} ({helo} [{ip}])" + CRLF +
              f"\tby mail.{rcpt.split('@')[1]} with ESMTP id {rhex(10)}" + CRLF +
              f"\tfor <{rcpt}>; {format_datetime((sent + timedelta(seconds=3)).astimezone(JST))}"]
    else:  # jp: (mx, authserv)
        mx, authserv = kind
        arl = ar_jp(authserv, spf=('pass', mf), dkims=[('pass', from_dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
                    dmarc=(dmarc, from_dom, 'quarantine'))
        tr = [f"Return-Path: <{mf}>"] + jp_transport(mx, sent + timedelta(seconds=3), ip, helo, rcpt, arl)
    tr.append(f"Received: by filter{rng.randint(100, 999)}p1las1.sendgrid.net with SMTP id {rb64(16)[:22]}" + CRLF +
              f"        {format_datetime(sent.astimezone(UTC)).replace('-0000', '+0000')}")
    return tr + dk, f"<{rb64(16)[:22].replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-{rng.randint(1, 40)}>"


def credly_html(lines_html, button, url, lang='ja'):
    return html_wrap(f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5;"><tr><td align="center" style="padding:32px 0;">
<table role="presentation" width="600" style="background:#ffffff;border-radius:4px;">
<tr><td style="padding:24px;text-align:center;"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="120"></td></tr>
<tr><td style="padding:0 40px 24px 40px;font-size:15px;line-height:1.6;color:#212121;">
{lines_html}
<p style="text-align:center;margin:28px 0;"><a href="{url}" style="background:#ff6b00;color:#ffffff;padding:14px 36px;border-radius:4px;text-decoration:none;font-weight:bold;">{button}</a></p>
</td></tr>
<tr><td style="padding:16px 40px;font-size:11px;color:#757575;border-top:1px solid #e0e0e0;">Credly, Inc. 13 W 36th St, 3rd Floor, New York, NY 10018<br>
<a href="https://www.credly.com/notifications/unsubscribe" style="color:#757575;">Unsubscribe</a> | <a href="https://www.credly.com/privacy" style="color:#757575;">Privacy Policy</a></td></tr>
</table></td></tr></table>""", lang=lang)


def credly_mail(fname, rcpt, sent, kind, lang, badge, name, moved=False, case_id=None):
    tr, mid = credly_transport(kind, rcpt, sent)
    bid = ruuid()
    url = f"https://www.credly.com/earner/earned/badge/{bid}?utm_source=earner_notifications&amp;utm_medium=email"
    if lang == 'ja':
        subj = 'Amazon Web Services Training and Certification からバッジが発行されました'
        text = f"""{name} さん

おめでとうございます!Amazon Web Services Training and Certification から「{badge}」のバッジが発行されました。

バッジを受け取って、あなたの実績をネットワークで共有しましょう。
バッジを受け取る: https://www.credly.com/earner/earned/badge/{bid}

このバッジは {rcpt} 宛に発行されています。

Credly チーム
"""
        lh = f"<p>{name} さん</p><p>おめでとうございます!<b>Amazon Web Services Training and Certification</b> から「<b>{badge}</b>」のバッジが発行されました。</p><p>バッジを受け取って、あなたの実績をネットワークで共有しましょう。</p>"
        button = 'バッジを受け取る'
    else:
        subj = f"Amazon Web Services Training and Certification has issued you a badge"
        text = f"""Hi {name},

Congratulations! Amazon Web Services Training and Certification has issued you the {badge} badge.

Accept your badge and share it with your network:
https://www.credly.com/earner/earned/badge/{bid}

This badge was issued to {rcpt}.

The Credly Team
"""
        lh = f"<p>Hi {name},</p><p>Congratulations! <b>Amazon Web Services Training and Certification</b> has issued you the <b>{badge}</b> badge.</p>"
        button = 'Accept your badge'
    root = multi('alternative', [part(text, charset='utf-8', cte='quoted-printable'),
                                 part(credly_html(lh, button, url, lang), 'html', charset='utf-8', cte='quoted-printable')],
                 rhex(28))
    write(fname, ('credly_badge_issued', case_id, [], True, lang), tr,
          [('Date', fdate(sent, UTC)), ('From', CREDLY_FROM), ('To', rcpt), ('Message-ID', mid),
           ('Subject', ew(subj, 'utf-8') if lang == 'ja' else subj)], root)


def main():
    for fn in [v for k, v in sorted(globals().items()) if k.startswith('mails_')]:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(f"wrote {len(LABELS)} mails")


if __name__ == '__main__':
    main()
