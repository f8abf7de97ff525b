#!/usr/bin/env python3
"""Generator for blind set 158: AWS Certification account-merge mailbox test data.

Emphasis: merge confirmation requests of every shape, and mails that name the
accounts and the direction of the merge without being a request.
"""
import base64
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone
from email import generator, utils
from email.header import Header
from email.message import Message

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))

ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?!\d)')


# ---------------------------------------------------------------- helpers
def R(seed):
    return random.Random(hashlib.sha256(str(seed).encode()).digest())


def blob(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def hexs(r, n):
    return ''.join(r.choice('0123456789abcdef') for _ in range(n))


def alnum(r, n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(r.choice(chars) for _ in range(n))


def ts(dt):
    return int(dt.timestamp())


def cid15(dt, suffix):
    """15-digit display id: 10-digit unix time of opening + 5 digits."""
    return f"{ts(dt)}{suffix:05d}"


def d(y, mo, da, h, mi, s=0, tz=UTC):
    return datetime(y, mo, da, h, mi, s, tzinfo=tz)


def fmt(dt):
    return utils.format_datetime(dt)


def fold(s, width=74, indent='\t'):
    """Fold a long header value at '; ' boundaries."""
    parts = s.split('; ')
    lines, cur = [], ''
    for i, p in enumerate(parts):
        piece = p + (';' if i < len(parts) - 1 else '')
        if cur and len(cur) + len(piece) + 1 > width:
            lines.append(cur)
            cur = piece
        else:
            cur = (cur + ' ' + piece) if cur else piece
    lines.append(cur)
    return ('\n' + indent).join(lines)


def wrapb64(s, n=70, indent='\t '):
    chunks = [s[i:i + n] for i in range(0, len(s), n)]
    return ('\n' + indent).join(chunks)


def enc_subject(s, charset=None):
    if charset is None:
        try:
            s.encode('ascii')
            return s
        except UnicodeEncodeError:
            charset = 'utf-8'
    return Header(s, charset, header_name='Subject').encode(maxlinelen=76)


def addr(name, email_addr, charset='utf-8'):
    if name is None:
        return email_addr
    try:
        name.encode('ascii')
        return utils.formataddr((name, email_addr))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email_addr}>"


def ses_msgid(dt, r, region='us-east-1'):
    ms = int(dt.timestamp() * 1000)
    u = uuid.UUID(int=r.getrandbits(128))
    host = 'email.amazonses.com' if region == 'us-east-1' else f'{region}.amazonses.com'
    pre = '0100' if region == 'us-east-1' else '0102'
    return f"<{pre}{ms:012x}-{u}-000000@{host}>"


# ---------------------------------------------------------------- MIME parts
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None,
         quoted_label=True, extra=None):
    raw = text.encode(charset)
    m = Message()
    lab = label or charset
    m['Content-Type'] = f'text/{subtype}; charset="{lab}"' if quoted_label else f'text/{subtype}; charset={lab}'
    if extra:
        m.replace_header('Content-Type', m['Content-Type'] + extra)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multi(subtype, *parts, boundary=None, r=None):
    m = Message()
    if boundary is None:
        r = r or random.Random()
        boundary = '----=_Part_' + str(r.randint(10 ** 6, 10 ** 7)) + '_' + str(r.randint(10 ** 8, 10 ** 9)) + '.' + str(r.randint(10 ** 12, 10 ** 13))
    m['Content-Type'] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def text2html(text, font='Arial, Helvetica, sans-serif'):
    """Very small plain->HTML renderer: paragraphs, quoted blocks."""
    out = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            inner = '\n'.join(re.sub(r'^> ?', '', l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + text2html(inner, font) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(htmlmod.escape(l) for l in lines) + '</p>')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body style="font-family:{font};font-size:14px">\n' + '\n'.join(out) + '\n</body></html>')


def alt(plain, html=None, charset='utf-8', cte='quoted-printable', r=None, html_cte=None):
    if html is None:
        html = text2html(plain)
    return multi('alternative', leaf(plain, 'plain', charset, cte),
                 leaf(html, 'html', charset, html_cte or cte), r=r)


# ---------------------------------------------------------------- transport / auth
SES_IPS = ['54.240.8.33', '54.240.8.71', '54.240.48.108', '54.240.27.19', '54.240.11.140', '54.240.9.52',
           '54.240.48.94', '54.240.8.130']


def ses_host(ip):
    a, b, c, dd = ip.split('.')
    return f"a{c}-{dd}.smtp-out.amazonses.com"


def dkim_sig(r, domain, dt, selector=None, hlist=None):
    selector = selector or alnum(r, 32)
    hlist = hlist or 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date'
    v = (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={selector}; d={domain}; t={ts(dt)};\n"
         f"\th={hlist};\n\tbh={blob(r, 32)};\n\tb={wrapb64(blob(r, 192), 70, chr(9))}")
    return ('DKIM-Signature', v), selector


def ar_value(style, host, dkims, spf, mailfrom, ip, dmarc, from_domain, policy='QUARANTINE'):
    """dkims: list of (domain, result, selector). spf: result string. dmarc: result or None."""
    if style == 'gmail':
        items = []
        for dom, res, sel in dkims:
            items.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={base64.b64encode(hashlib.md5(sel.encode()).digest()).decode()[:8] if res == 'pass' else 'AbC1dEf2'}")
        if spf == 'pass':
            items.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
        elif spf == 'none':
            items.append(f"spf=none (google.com: {mailfrom} does not designate permitted sender hosts) smtp.mailfrom={mailfrom}")
        elif spf == 'softfail':
            items.append(f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
        else:
            items.append(f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
        if dmarc:
            dis = 'NONE' if dmarc == 'pass' else policy
            items.append(f"dmarc={dmarc} (p={policy} sp={policy} dis={dis}) header.from={from_domain}")
        return 'mx.google.com;\n       ' + ';\n       '.join(items)
    if style == 'outlook':
        md = mailfrom.split('@')[-1]
        s = f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={md};"
        for dom, res, sel in dkims:
            s += f" dkim={res} (signature was verified)\n header.d={dom};" if res == 'pass' else f" dkim={res} (body hash did not verify)\n header.d={dom};"
        if dmarc == 'pass':
            s += f"dmarc=pass action=none\n header.from={from_domain};compauth=pass reason=100"
        else:
            s += f"dmarc={dmarc} action=quarantine\n header.from={from_domain};compauth=fail reason=000"
        return s
    # generic (Japanese providers, others)
    items = [host, f"spf={spf} smtp.mailfrom={mailfrom}"]
    for dom, res, sel in dkims:
        items.append(f"dkim={res} header.d={dom} header.s={sel[:12]}")
    if dmarc:
        items.append(f"dmarc={dmarc} header.from={from_domain}")
    return ';\n\t'.join(items)


def transport(r, style, rcpt, dt, ip, helo, mailfrom, ar=None, host=None, spf='pass'):
    """Headers added by the receiving side, topmost first."""
    H = []
    if style == 'gmail':
        rdt = dt.astimezone(PDT if dt.month in range(4, 11) else PST) + timedelta(seconds=r.randint(1, 3))
        H.append(('Delivered-To', rcpt))
        H.append(('Received', f"by 2002:a05:{hexs(r, 4)}:{hexs(r, 4)}:b0:{hexs(r, 3)}:{hexs(r, 4)}:{hexs(r, 4)} with SMTP id {alnum(r, 3)}csp{r.randint(100000, 9999999)}{alnum(r, 3)};\n        {fmt(rdt)}"))
        H.append(('X-Google-Smtp-Source', blob(r, 60)))
        H.append(('X-Received', f"by 2002:a05:6214:{hexs(r, 4)}:b0:{hexs(r, 3)}:{hexs(r, 4)}:{hexs(r, 4)} with SMTP id {alnum(r, 12)}.{r.randint(1, 40)}.{r.randint(10 ** 12, 10 ** 13)};\n        {fmt(rdt)}"))
        H.append(('ARC-Seal', f"i=1; a=rsa-sha256; t={ts(dt)}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={wrapb64(blob(r, 120), 66, '         ')}"))
        H.append(('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={blob(r, 32)};\n        fh={blob(r, 32)};\n        b={wrapb64(blob(r, 120), 66, '         ')}"))
        if ar:
            H.append(('ARC-Authentication-Results', 'i=1; ' + ar))
        H.append(('Return-Path', f"<{mailfrom}>"))
        H.append(('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {alnum(r, 20)}.{r.randint(100, 999)}.{r.randint(2025, 2025)}.{r.randint(10 ** 5, 10 ** 6)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {fmt(rdt - timedelta(seconds=1))}"))
        if spf == 'pass':
            H.append(('Received-SPF', f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"))
        elif spf == 'none':
            H.append(('Received-SPF', f"none (google.com: {mailfrom} does not designate permitted sender hosts) client-ip={ip};"))
        else:
            H.append(('Received-SPF', f"{spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};"))
        if ar:
            H.append(('Authentication-Results', ar))
    elif style == 'outlook':
        rdt = dt.astimezone(UTC) + timedelta(seconds=r.randint(1, 4))
        tenant = r.choice(['NAMPR', 'EURPR', 'APCPR', 'SJ0PR', 'DM6PR'])
        H.append(('Received', f"from {tenant}{r.randint(10, 19)}MB{r.randint(1000, 9999)}.namprd{r.randint(10, 19)}.prod.outlook.com\n (2603:10b6:{hexs(r, 3)}:{hexs(r, 2)}::{r.randint(10, 99)}) by {tenant}{r.randint(10, 19)}MB{r.randint(1000, 9999)}.namprd{r.randint(10, 19)}.prod.outlook.com with HTTPS; {fmt(rdt + timedelta(seconds=1))}"))
        H.append(('Received', f"from BN{r.randint(1, 9)}PEPF0000{hexs(r, 4).upper()}.namprd{r.randint(10, 19)}.prod.outlook.com\n (2603:10b6:{hexs(r, 3)}:cafe::{hexs(r, 2)}) by BY{r.randint(1, 9)}PR{r.randint(10, 19)}CA{r.randint(1000, 9999)}.outlook.office365.com\n (2603:10b6:{hexs(r, 3)}:{hexs(r, 2)}::{r.randint(10, 40)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{r.randint(7000, 9000)}.{r.randint(10, 40)} via Frontend Transport; {fmt(rdt)}"))
        if ar:
            H.append(('Authentication-Results', ar))
        H.append(('Received-SPF', f"Pass (protection.outlook.com: domain of {mailfrom.split('@')[-1]}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"))
        H.append(('Received', f"from {helo} ({ip}) by\n BN{r.randint(1, 9)}PEPF0000{hexs(r, 4).upper()}.mail.protection.outlook.com (10.167.{r.randint(1, 250)}.{r.randint(1, 250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{r.randint(7000, 9000)}.{r.randint(10, 40)} via Frontend Transport; {fmt(rdt - timedelta(seconds=1))}"))
        H.append(('X-MS-Exchange-Organization-ExpirationStartTime', rdt.strftime('%d %b %Y %H:%M:%S.') + f"{r.randint(1000, 9999)} (UTC)"))
        H.append(('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=r.getrandbits(128)))))
        H.append(('X-MS-Exchange-Organization-SCL', '1'))
        H.append(('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|2066899003|4073199012|8096899003;'))
        H.append(('Return-Path', mailfrom))
    elif style == 'corp':  # no Authentication-Results anywhere
        rdt = dt.astimezone(CEST if dt.month in range(4, 11) else CET) + timedelta(seconds=r.randint(2, 9))
        dom = rcpt.split('@')[1]
        H.append(('Return-Path', f"<{mailfrom}>"))
        H.append(('Delivered-To', rcpt))
        H.append(('Received', f"from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTP id {alnum(r, 11, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {fmt(rdt)}"))
        H.append(('X-Virus-Scanned', f"amavisd-new at {dom}"))
        H.append(('Received', f"from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mail.{dom} (Postfix) with ESMTPS id {alnum(r, 11, 'ABCDEF0123456789')}\n\tfor <{rcpt}>; {fmt(rdt - timedelta(seconds=2))}"))
    else:  # Japanese providers and other generic MTAs
        rdt = dt.astimezone(JST) + timedelta(seconds=r.randint(1, 5))
        H.append(('Return-Path', f"<{mailfrom}>"))
        H.append(('Received', f"from {helo} ([{ip}])\n\tby {host} with ESMTP\n\tid <{alnum(r, 24)}@{host}>\n\tfor <{rcpt}>; {fmt(rdt)}"))
        if ar:
            H.append(('Authentication-Results', ar))
    return H


def aws_headers(r, dt, from_h, to_h, subject, region='us-east-1', dkim_domain='amazon.com', reply_to=None,
                extra=None):
    """Headers written by AWS/SES (sender side)."""
    msgid = ses_msgid(dt, r, region)
    (k1, v1), s1 = dkim_sig(r, dkim_domain, dt)
    (k2, v2), s2 = dkim_sig(r, 'amazonses.com', dt, selector=alnum(r, 32),
                            hlist='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')
    H = [(k1, v1), (k2, v2), ('Date', fmt(dt)), ('From', from_h)]
    if reply_to:
        H.append(('Reply-To', reply_to))
    H += [('To', to_h), ('Message-ID', msgid), ('Subject', subject)]
    H += extra or []
    ipnote = r.choice(SES_IPS)
    r.ses_ip = ipnote
    H.append(('Feedback-ID', f"::1.{region}.{blob(r, 32)[:43]}=:AmazonSES"))
    H.append(('X-SES-Outgoing', f"{dt.strftime('%Y.%m.%d')}-{ipnote}"))
    return H, msgid, [(dkim_domain, s1), ('amazonses.com', s2)]


def ses_mailfrom(msgid, region='us-east-1'):
    local = msgid.strip('<>').split('@')[0]
    return f"{local}@{'email.amazonses.com' if region == 'us-east-1' else region + '.amazonses.com'}"


# provider table: style, host
PROV = {
    'gmail': ('gmail', 'mx.google.com'),
    'outlook': ('outlook', None),
    'nifty': ('jp', 'mx.nifty.com'),
    'docomo': ('jp', 'mfsmax.docomo.ne.jp'),
    'yahoojp': ('jp', 'mta1021.mail.kks.yahoo.co.jp'),
    'biglobe': ('jp', 'biglobe.ne.jp'),
    'ocn': ('jp', 'mf-smf-ucb021.ocn.ad.jp'),
    'corp': ('corp', None),
}


def aws_mail(seed, dt, rcpt_name, rcpt, subject, body, prov='gmail', sender='form', subj_charset=None,
             dmarc='pass', region='us-east-1', extra=None, to_h=None):
    """Full header list + body for a genuine-looking AWS mail."""
    r = R(seed)
    if sender == 'form':
        from_h = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
    elif sender == 'console':
        from_h = '"Amazon Web Services" <no-reply-aws@amazon.com>'
    else:
        from_h = sender
    to_h = to_h or (addr(rcpt_name, rcpt) if rcpt_name else rcpt)
    subj = enc_subject(subject, subj_charset)
    sh, msgid, sels = aws_headers(r, dt, from_h, to_h, subj, region, extra=extra)
    mailfrom = ses_mailfrom(msgid, region)
    ip = r.ses_ip
    helo = ses_host(ip)
    style, host = PROV[prov]
    ar = None
    if style != 'corp':
        dk = [('amazon.com', 'pass' if dmarc == 'pass' else 'fail', sels[0][1]), ('amazonses.com', 'pass', sels[1][1])]
        ar = ar_value(style, host, dk, 'pass', mailfrom, ip, dmarc, 'amazon.com')
    th = transport(r, style, rcpt, dt, ip, helo, mailfrom, ar, host)
    return th + sh, body


def write(fname, headers, body, *, kind, case_id, ids, verified, lang, new_text, crlf=False):
    buf = io.StringIO()
    g = generator.Generator(buf, mangle_from_=False, maxheaderlen=0)
    g.flatten(body)
    hdr = '\n'.join(f"{k}: {v}" for k, v in headers)
    text = hdr + '\nMIME-Version: 1.0\n' + buf.getvalue()
    if not text.endswith('\n'):
        text += '\n'
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(os.path.join(OUT, fname), 'w', encoding='ascii', newline='') as f:
        f.write(text)
    found = sorted({'AWS' + m for m in ID_RE.findall(new_text)})
    want = sorted(set(ids))
    if found != want:
        print(f"!! {fname}: account ids in new text {found} != labelled {want}", file=sys.stderr)
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": want,
                     "sender_verified": verified, "language": lang}


def gq(lines_text, header, tight=False):
    """Mail-client style quote: header line then '> ' prefixed lines (nested as '> >', or '>>' if tight)."""
    out = [header]
    for l in lines_text.split('\n'):
        out.append('>' if not l.strip() else ('>' + l if (tight and l.startswith('>')) else '> ' + l))
    return '\n'.join(out)


def outlook_block(frm, sent, to, subject, text, cc=None):
    h = f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    return h + f"Subject: {subject}\n\n" + text


def ja_date(dt):
    wd = '月火水木金土日'[dt.weekday()]
    return f"{dt.year}年{dt.month}月{dt.day}日({wd}) {dt.hour}:{dt.minute:02d}"


# ================================================================ cases
C1_OPEN = d(2025, 5, 26, 21, 47, 13)
C1 = cid15(C1_OPEN, 847)  # Daniel Okafor, form case
C2_OPEN = d(2025, 5, 27, 0, 15, 40)
C2 = cid15(C2_OPEN, 1206)  # Sato Kenta, Japanese form case

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
FORM_FOOT = ("\n\nWe value your feedback. Please share your experience by rating this correspondence "
             "using the AWS Support Center link at the end of this correspondence.\n\n"
             "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
             "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
             "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def rate_link(cid, lang='en'):
    return (f"https://console.aws.amazon.com/support/feedback?caseId=case-{alnum(R(cid), 12, '0123456789')}"
            f"-mu{alnum(R(cid + 'x'), 4)}-{cid[:4]}-{hexs(R(cid), 16)}&displayId={cid}&language={lang}")


def chunk1():
    # ---------------------------------------------------------- 001 form acknowledgement
    dt = C1_OPEN + timedelta(seconds=41)
    txt = f"""Hello,

Thank you for contacting AWS Training and Certification Support.

This message confirms that we have received your inquiry. Your case number is {C1}. A member of our team will review your request and respond, typically within 24 hours (Monday through Friday).

To help us assist you faster, please do not submit another form for the same request. If you need to add information, reply to this email and keep the case number in the subject line.

While you wait, answers to many common questions are available in our FAQ: https://aws.amazon.com/certification/faqs/

Sincerely,
AWS Training and Certification Support

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
    h, b = aws_mail('001', dt, 'Daniel Okafor', 'daniel.okafor@gmail.com', f"[CASE {C1}] {FORM_SUBJ}",
                    alt(txt, r=R('001b')))
    write('001-form-ack-account-assistance.eml', h, b, kind='case_created', case_id=C1, ids=[],
          verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 002 classic confirmation request
    dt = d(2025, 5, 27, 17, 40, 22)
    req2 = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification.

I understand you have two AWS Certification accounts and would like them combined into one. I was able to locate both profiles:

  Account to be merged (will be deactivated): AWS04718263 - daniel.okafor@northwind-corp.com
  Surviving account: AWS11930572 - daniel.okafor@gmail.com

After the merge, all certifications, exam history and benefits currently on AWS04718263 will be moved to AWS11930572, and you will sign in with daniel.okafor@gmail.com only.

Please be aware that a merge is permanent and cannot be reversed once it has been processed.

Could you reply to this email to confirm that the details above are correct and that you would like us to go ahead? We will submit the request as soon as we receive your confirmation.

Best regards,
Karthik R.
AWS Training and Certification Support"""
    txt = req2 + FORM_FOOT + f"\n\n{rate_link(C1)}"
    h, b = aws_mail('002', dt, 'Daniel Okafor', 'daniel.okafor@gmail.com', f"RE:[CASE {C1}] {FORM_SUBJ}",
                    alt(txt, r=R('002b')))
    write('002-confirm-request-classic-surviving.eml', h, b, kind='merge_confirmation_requested', case_id=C1,
          ids=['AWS04718263', 'AWS11930572'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 003 thanks for confirming, will proceed
    dt = d(2025, 5, 28, 19, 12, 5)
    user_dt = d(2025, 5, 28, 8, 2, 0, PDT)
    new = f"""Hello Daniel,

Thank you for confirming. I have now passed the request to merge AWS04718263 into AWS11930572 to our certification operations team.

The merge normally takes 3 to 5 business days. Once it is complete, we will let you know by email; your Credly badges will be moved separately and Credly will email you when they are available.

In the meantime, please avoid scheduling an exam or redeeming a voucher on AWS04718263.

Best regards,
Karthik R.
AWS Training and Certification Support"""
    hist = gq("The details are correct. Please proceed with the merge.\n\nThanks,\nDaniel\n\n" +
              gq(req2, f"On Tue, May 27, 2025 at 10:40 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:"),
              f"On {user_dt.strftime('%a, %b %-d, %Y at %-I:%M %p')} Daniel Okafor <daniel.okafor@gmail.com> wrote:")
    txt = new + FORM_FOOT + f"\n\n{rate_link(C1)}\n\n" + hist
    h, b = aws_mail('003', dt, 'Daniel Okafor', 'daniel.okafor@gmail.com', f"RE:[CASE {C1}] {FORM_SUBJ}",
                    alt(txt, r=R('003b')))
    write('003-thanks-confirming-now-proceeding.eml', h, b, kind='support_reply', case_id=C1,
          ids=['AWS04718263', 'AWS11930572'], verified=True, lang='en', new_text=new)

    # ---------------------------------------------------------- 004 completed, quoting the request
    dt = d(2025, 5, 29, 22, 5, 51)
    new = f"""Hello Daniel,

Good news: the work on your certification profiles is finished. Everything now sits under AWS11930572, and from now on you should sign in to CertMetrics with daniel.okafor@gmail.com.

Please take a moment to check that all of your certifications and your benefits (for example the 50% discount voucher) are visible on your account. If anything looks wrong, just reply to this email within the next 7 days and I will look into it.

Best regards,
Karthik R.
AWS Training and Certification Support"""
    hist = ("-----Original Message-----\n"
            "From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
            "Sent: Tuesday, May 27, 2025 5:40 PM UTC\n"
            "To: daniel.okafor@gmail.com\n"
            f"Subject: RE:[CASE {C1}] {FORM_SUBJ}\n\n" + req2)
    txt = new + FORM_FOOT + f"\n\n{rate_link(C1)}\n\n" + hist
    h, b = aws_mail('004', dt, 'Daniel Okafor', 'daniel.okafor@gmail.com', f"RE:[CASE {C1}] {FORM_SUBJ}",
                    alt(txt, r=R('004b'), cte='base64', html_cte='quoted-printable'))
    write('004-completed-quoting-original-request.eml', h, b, kind='merge_completed', case_id=C1,
          ids=['AWS11930572'], verified=True, lang='en', new_text=new)

    # ---------------------------------------------------------- 005 survey (HTML only)
    dt = d(2025, 5, 29, 22, 6, 30)
    yes = f"https://survey.aws-support.amazon.com/s/{hexs(R('005y'), 20)}?displayId={C1}&resolved=yes"
    no = f"https://survey.aws-support.amazon.com/s/{hexs(R('005y'), 20)}?displayId={C1}&resolved=no"
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Case resolved</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#ffffff;border-top:4px solid #ff9900" cellpadding="24">
<tr><td><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked.547f032d90171cdea4dd90c258f47373c5573db5.png" width="120" alt="AWS"></td></tr>
<tr><td style="font-size:15px;color:#16191f">
<p>Hello,</p>
<p>Your case <b>{C1}</b> has been resolved and is now closed.</p>
<p style="font-size:18px"><b>Was your issue resolved?</b></p>
<p><a href="{yes}" style="background:#ff9900;color:#000;padding:10px 28px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="{no}" style="background:#e9ebed;color:#000;padding:10px 28px;text-decoration:none">NO</a></p>
<p>Your answer takes one click and helps us improve AWS Training and Certification Support. If you need further help with this request, you can reopen the case by replying within 14 days.</p>
<p>Thank you,<br>AWS Training and Certification Support</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210. This message was sent to daniel.okafor@gmail.com.</td></tr>
</table></td></tr></table></body></html>"""
    h, b = aws_mail('005', dt, None, 'daniel.okafor@gmail.com', f"Your case {C1} has been resolved - tell us how we did",
                    leaf(htm, 'html', 'utf-8', 'quoted-printable'))
    write('005-survey-was-issue-resolved.eml', h, b, kind='survey', case_id=C1, ids=[], verified=True,
          lang='en', new_text=re.sub('<[^>]+>', ' ', htm))

    # ---------------------------------------------------------- 006 Credly badge (after merge)
    credly_mail('006', d(2025, 5, 31, 14, 22, 8), 'Daniel', 'daniel.okafor@gmail.com',
                'AWS Certified Developer - Associate', '006-credly-badge-developer-associate.eml', prov='gmail')

    # ---------------------------------------------------------- 007 Japanese form acknowledgement
    dt = C2_OPEN + timedelta(seconds=35)
    txt = f"""このメールは送信専用のアドレスから自動でお送りしています。

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付けました。ケース番号は {C2} です。
担当者が内容を確認のうえ、原則として 24 時間以内（土日祝日を除く）にご連絡いたします。

同じ内容で重ねてフォームを送信されますと、回答が遅れる原因となりますのでご遠慮ください。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。

よくあるご質問: https://aws.amazon.com/jp/certification/faqs/

AWS トレーニングと認定 サポート
"""
    h, b = aws_mail('007', dt, '佐藤 健太', 'k.sato@nifty.com',
                    f"[CASE {C2}] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ",
                    leaf(txt, 'plain', 'iso-2022-jp', '7bit'), prov='nifty', subj_charset='iso-2022-jp')
    write('007-ja-form-ack.eml', h, b, kind='case_created', case_id=C2, ids=[], verified=True, lang='ja',
          new_text=txt)

    # ---------------------------------------------------------- 008 Japanese keigo confirmation request
    dt = d(2025, 5, 27, 7, 31, 2)
    req8 = f"""佐藤 健太 様

いつもお世話になっております。
AWS トレーニングと認定 サポートの鈴木でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、誠にありがとうございます。
お客様の情報を確認いたしましたところ、以下の 2 つのアカウントを確認いたしました。

■ 統合元（統合後に無効となるアカウント）
　AWS20583164（ログイン用メールアドレス：kenta.sato@example-sier.co.jp）
■ 統合先（今後ご利用いただくアカウント）
　AWS07729415（ログイン用メールアドレス：k.sato@nifty.com）

統合後は、統合元アカウントの認定資格、受験履歴および特典がすべて統合先アカウントへ移行されます。
なお、一度統合いたしますと元に戻すことはできませんので、あらかじめご了承ください。

恐れ入りますが、上記の内容にお間違いがないかご確認のうえ、統合を進めてよろしいかどうか、本メールにご返信いただけますでしょうか。
ご返信を確認次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

鈴木
AWS トレーニングと認定 サポート"""
    txt = req8 + "\n\n" + rate_link(C2, 'ja')
    h, b = aws_mail('008', dt, '佐藤 健太', 'k.sato@nifty.com',
                    f"RE:[CASE {C2}] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ",
                    leaf(txt, 'plain', 'iso-2022-jp', '7bit'), prov='nifty', subj_charset='iso-2022-jp')
    write('008-ja-keigo-confirm-request.eml', h, b, kind='merge_confirmation_requested', case_id=C2,
          ids=['AWS07729415', 'AWS20583164'], verified=True, lang='ja', new_text=txt)

    # ---------------------------------------------------------- 009 Japanese: consent received, plan told
    dt = d(2025, 5, 28, 2, 40, 11)
    udt = d(2025, 5, 28, 8, 2, 0, JST)
    new = """佐藤 様

ご返信いただき、誠にありがとうございます。
統合内容についてご承諾いただいたことを確認いたしました。

本日、AWS20583164 を AWS07729415 へ統合する手続きを担当部署へ依頼いたしました。
通常、完了までに 3〜5 営業日ほどお時間を頂戴しております。完了いたしましたら、改めて本ケースにてご連絡いたします。

なお、統合が完了するまでの間は、統合元アカウント（AWS20583164）での試験のご予約はお控えいただけますと幸いです。

引き続きよろしくお願いいたします。

鈴木
AWS トレーニングと認定 サポート"""
    hist = gq("鈴木様\n\nご連絡ありがとうございます。\n内容に相違ございません。統合を進めていただけますようお願いいたします。\n\n佐藤\n\n" +
              gq(req8, f"{ja_date(d(2025, 5, 27, 16, 31, 0, JST))} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:"),
              f"{ja_date(udt)} 佐藤 健太 <k.sato@nifty.com>:")
    txt = new + "\n\n" + hist
    h, b = aws_mail('009', dt, '佐藤 健太', 'k.sato@nifty.com',
                    f"RE:[CASE {C2}] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ",
                    leaf(txt, 'plain', 'shift_jis', 'base64', label='Shift_JIS'), prov='nifty',
                    subj_charset='iso-2022-jp')
    write('009-ja-consent-received-plan.eml', h, b, kind='support_reply', case_id=C2,
          ids=['AWS07729415', 'AWS20583164'], verified=True, lang='ja', new_text=new)

    # ---------------------------------------------------------- 010 Japanese completion
    dt = d(2025, 5, 30, 5, 18, 44)
    new = """佐藤 様

お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合が完了いたしましたので、ご報告いたします。

今後は AWS07729415（k.sato@nifty.com）にてサインインしてください。統合元の AWS20583164 はご利用いただけなくなっております。

お手数ですが、認定資格および特典（50% 割引バウチャー等）が正しく表示されているか、ご確認をお願いいたします。
Credly のデジタルバッジにつきましては、Credly から別途メールが届きます。

ご不明な点がございましたら、本メールにご返信ください。

鈴木
AWS トレーニングと認定 サポート"""
    txt = new + "\n\n" + rate_link(C2, 'ja')
    h, b = aws_mail('010', dt, '佐藤 健太', 'k.sato@nifty.com',
                    f"RE:[CASE {C2}] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ",
                    alt(txt, charset='utf-8', cte='base64', r=R('010b')), prov='nifty', subj_charset='utf-8')
    write('010-ja-merge-completed.eml', h, b, kind='merge_completed', case_id=C2,
          ids=['AWS07729415', 'AWS20583164'], verified=True, lang='ja', new_text=new)


def credly_mail(seed, dt, first, rcpt, badge, fname, prov='gmail', intro=None, html_only=False, lang='en',
                subject=None):
    r = R(seed)
    badge_id = str(uuid.UUID(int=r.getrandbits(128)))
    accept = f"https://www.credly.com/earner/earned/badge/{badge_id}?accept=true&utm_source=email&utm_medium=badge_issued"
    intro = intro or f"{first}, you have been issued a new badge by Amazon Web Services Training and Certification."
    plain = f"""{intro}

{badge}
Issued by Amazon Web Services Training and Certification

Accept your badge: {accept}

Once accepted, you can share your badge on LinkedIn, add it to your email signature, or embed it on a website so others can verify your achievement.

Why was I issued this badge? Amazon Web Services Training and Certification uses Credly to recognize your achievements. This badge was issued to {rcpt}.

Credly, 100 S. Ashley Drive, Suite 600, Tampa, FL 33602
Unsubscribe from badge notifications: https://www.credly.com/notification_settings?token={hexs(r, 32)}"""
    htm = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table align="center" width="560" style="background:#fff;padding:30px" role="presentation"><tr><td>
<p style="font-size:20px;font-weight:bold">{htmlmod.escape(intro)}</p>
<p><img src="https://images.credly.com/size/340x340/images/{str(uuid.UUID(int=r.getrandbits(128)))}/image.png" width="170" alt="{htmlmod.escape(badge)}"></p>
<p style="font-size:16px"><b>{htmlmod.escape(badge)}</b><br><span style="color:#666">Issued by Amazon Web Services Training and Certification</span></p>
<p><a href="{accept}" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">This badge was issued to {rcpt}. Credly, 100 S. Ashley Drive, Suite 600, Tampa, FL 33602.
<a href="https://www.credly.com/notification_settings?token={hexs(r, 32)}">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    body = leaf(htm, 'html', 'utf-8', 'quoted-printable') if html_only else alt(plain, htm, r=r)
    mailfrom = f"bounces+{r.randint(1000000, 9999999)}-{hexs(r, 4)}-{rcpt.replace('@', '=')}@em.credly.com"
    ip = f"149.72.{r.randint(1, 250)}.{r.randint(1, 250)}"
    helo = f"o{r.randint(1, 30)}.em.credly.com"
    (k1, v1), s1 = dkim_sig(r, 'credly.com', dt, selector='s1', hlist='from:to:subject:mime-version:content-type')
    (k2, v2), s2 = dkim_sig(r, 'sendgrid.info', dt, selector='smtpapi', hlist='from:to:subject:mime-version:content-type')
    style, host = PROV[prov]
    ar = None
    if style != 'corp':
        ar = ar_value(style, host, [('credly.com', 'pass', 's1'), ('sendgrid.info', 'pass', 'smtpapi')],
                      'pass', mailfrom, ip, 'pass', 'credly.com', policy='NONE')
    th = transport(r, style, rcpt, dt, ip, helo, mailfrom, ar, host)
    subj = subject or f"{first}, you've been issued a new badge: {badge}"
    sh = [(k1, v1), (k2, v2), ('Date', fmt(dt)),
          ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
          ('Reply-To', 'Credly Support <support@credly.com>'),
          ('To', rcpt), ('Message-ID', f"<{hexs(r, 24)}_{r.randint(10 ** 5, 10 ** 6)}@credly.com>"),
          ('Subject', enc_subject(subj)), ('X-SG-EID', blob(r, 60)), ('X-Entity-ID', blob(r, 16))]
    write(fname, th + sh, body, kind='credly_badge_issued', case_id=None, ids=[],
          verified=(None if style == 'corp' else True), lang=lang, new_text=plain)


C3_OPEN = d(2025, 3, 10, 14, 2, 55)
C3 = cid15(C3_OPEN, 3310)  # Priya Raman, three accounts, Outlook
C4 = '10984726351'  # Marco Bellini, 2022 console case, corporate mail server (no A-R)
C5_OPEN = d(2025, 7, 2, 3, 30, 12)
C5 = cid15(C5_OPEN, 552)  # Yamada Misaki, Japanese form case, docomo
C7_OPEN = d(2024, 11, 18, 8, 20, 5)
C7 = cid15(C7_OPEN, 19)  # Lin Wei, hotmail

JA_FORM_SUBJ = '[AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ'


def console_footer(cid, lang='en'):
    return (f"\n\nWe value your feedback. Please share your experience by rating this correspondence using the AWS "
            f"Support Center link at the end of this correspondence. Each correspondence can also be rated by "
            f"selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
            f"Amazon Web Services, Inc. and its affiliates\n\n"
            f"To see all the correspondence for this case, please sign in to the AWS Support Center:\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}\n\n"
            f"Note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond, please "
            f"use the link above.\n\n"
            f"*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.*")


def chunk2():
    # ---------------------------------------------------------- 011 HTML-only table, three accounts (contains a typo id)
    dt = d(2025, 3, 11, 16, 20, 9)
    rows = [('AWS31845027', 'priya.raman@infosys-example.com', 'Merged into AWS18830476, then closed'),
            ('AWS05562981', 'priya.r@student.univ-example.edu', 'Merged into AWS18830476, then closed'),
            ('AWS18830476', 'priya.raman@outlook.com', '<b>Kept</b> &ndash; your primary account')]
    trs = '\n'.join(f'<tr><td style="border:1px solid #d5dbdb;padding:6px 10px">{a}</td>'
                    f'<td style="border:1px solid #d5dbdb;padding:6px 10px">{b}</td>'
                    f'<td style="border:1px solid #d5dbdb;padding:6px 10px">{c}</td></tr>' for a, b, c in rows)
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{{margin:0 0 12px 0}}</style></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#232f3e">
<p>Hi Priya,</p>
<p>Thanks for reaching out to AWS Training &amp; Certification. We found three certification profiles that belong to you. This is what we plan to do:</p>
<table style="border-collapse:collapse;font-size:10.5pt">
<tr style="background:#232f3e;color:#ffffff"><th style="padding:6px 10px;text-align:left">Candidate ID</th><th style="padding:6px 10px;text-align:left">Login e-mail</th><th style="padding:6px 10px;text-align:left">What happens</th></tr>
{trs}
</table>
<p>&nbsp;</p>
<p style="background:#fff4e5;border-left:4px solid #ff9900;padding:8px"><b>Important:</b> this action is irreversible. Closed profiles cannot be restored and their login e-mails will no longer work.</p>
<p>To go ahead, simply reply to this e-mail with <b>&quot;Yes, proceed&quot;</b>. If anything in the table is wrong, tell us what should change instead and we will send you an updated summary.</p>
<p>Kind regards,<br>Megan T.<br>AWS Training and Certification Support</p>
<p style="font-size:8pt;color:#687078">We value your feedback. Please share your experience by rating this correspondence using the link below.<br>
<a href="{rate_link(C3)}">Rate this correspondence</a></p>
</body></html>"""
    h, b = aws_mail('011', dt, 'Priya Raman', 'priya.raman@outlook.com', f"RE: [CASE {C3}] {FORM_SUBJ}",
                    leaf(htm, 'html', 'utf-8', 'quoted-printable'), prov='outlook')
    write('011-html-table-three-accounts-reply-yes.eml', h, b, kind='merge_confirmation_requested', case_id=C3,
          ids=['AWS05562981', 'AWS18830476', 'AWS31845027'], verified=True, lang='en',
          new_text=re.sub('<[^>]+>', ' ', htm))

    # ---------------------------------------------------------- 012 typo correction that asks to confirm again
    dt = d(2025, 3, 11, 16, 48, 37)
    txt = f"""Hi Priya,

A correction to my previous e-mail: I typed your second candidate ID incorrectly as AWS05562981. The correct ID is AWS05562918 (login priya.r@student.univ-example.edu).

Everything else stays the same, so the corrected plan is:

- AWS31845027 -> merged into AWS18830476
- AWS05562918 -> merged into AWS18830476
- AWS18830476 remains as your primary account

Because this cannot be undone, I'd rather be safe: please reply to confirm the corrected details before we submit anything. Please disregard the table in my earlier message.

Sorry for the confusion!

Kind regards,
Megan T.
AWS Training and Certification Support""" + FORM_FOOT
    h, b = aws_mail('012', dt, 'Priya Raman', 'priya.raman@outlook.com', f"RE: [CASE {C3}] {FORM_SUBJ}",
                    alt(txt, r=R('012b')), prov='outlook')
    write('012-typo-correction-please-reconfirm.eml', h, b, kind='merge_confirmation_requested', case_id=C3,
          ids=['AWS05562918', 'AWS05562981', 'AWS18830476', 'AWS31845027'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 013 typo correction, informative only (Lin Wei)
    dt = d(2024, 11, 20, 3, 15, 2)
    txt = f"""Hello Lin,

Just a small correction to my previous mail. I wrote the destination account as AWS12093358, but the correct number is AWS 12093385 (the profile registered with lin.wei@hotmail.com).

This was only a typo in my message - the request we submitted internally uses the right ID, so there is nothing you need to do. The merge you approved is still in progress and we will update you once it is finished.

Apologies for any confusion caused.

Regards,
Ahmed S.
AWS Training and Certification""" + FORM_FOOT
    h, b = aws_mail('013', dt, 'Lin Wei', 'lin.wei@hotmail.com', f"RE:[CASE {C7}] {FORM_SUBJ}",
                    alt(txt, r=R('013b')), prov='outlook')
    write('013-typo-correction-no-action-needed.eml', h, b, kind='support_reply', case_id=C7,
          ids=['AWS12093358', 'AWS12093385'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 014 status report (Priya)
    dt = d(2025, 3, 13, 10, 5, 44)
    new = f"""Hi Priya,

A quick update on your case: your request to consolidate AWS31845027 and AWS05562918 into AWS18830476 is with our back-office team and is being processed. No further action is needed from you at this stage.

I'll follow up as soon as it has been completed. Thank you for your patience.

Kind regards,
Megan T.
AWS Training and Certification Support"""
    hist = outlook_block('Priya Raman <priya.raman@outlook.com>', 'Tuesday, March 11, 2025 11:02 PM',
                         'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                         f"RE: [CASE {C3}] {FORM_SUBJ}",
                         "Hi Megan,\n\nYes, proceed. The corrected IDs are right.\n\nThanks,\nPriya\n\nGet Outlook for Android")
    txt = new + FORM_FOOT + "\n\n" + hist
    h, b = aws_mail('014', dt, 'Priya Raman', 'priya.raman@outlook.com', f"RE: [CASE {C3}] {FORM_SUBJ}",
                    alt(txt, r=R('014b')), prov='outlook')
    write('014-status-update-being-processed.eml', h, b, kind='support_reply', case_id=C3,
          ids=['AWS05562918', 'AWS18830476', 'AWS31845027'], verified=True, lang='en', new_text=new)

    # ---------------------------------------------------------- 015 completion quoting status (Priya)
    dt = d(2025, 3, 14, 19, 30, 12)
    new = f"""Hi Priya,

Your three profiles have now been consolidated. AWS18830476 is your only active candidate ID from now on; the other two IDs have been retired and everything that was on them (certifications, exam history, benefits) is now visible under AWS18830476.

Your Credly badges will be transferred as well - please allow up to 48 hours for the e-mails from Credly.

If you notice anything missing, reply to this e-mail and we'll check.

Kind regards,
Megan T.
AWS Training and Certification Support"""
    prev = txt.split(FORM_FOOT)[0]
    hist = outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                         'Thursday, March 13, 2025 10:05 AM', 'priya.raman@outlook.com',
                         f"RE: [CASE {C3}] {FORM_SUBJ}", prev)
    t15 = new + FORM_FOOT + "\n\n" + hist
    h, b = aws_mail('015', dt, 'Priya Raman', 'priya.raman@outlook.com', f"RE: [CASE {C3}] {FORM_SUBJ}",
                    alt(t15, r=R('015b')), prov='outlook')
    write('015-consolidated-quoting-status.eml', h, b, kind='merge_completed', case_id=C3,
          ids=['AWS18830476'], verified=True, lang='en', new_text=new)

    # ---------------------------------------------------------- 016 console case, non-native, confirm via Support Center
    dt = d(2022, 9, 14, 11, 2, 40)
    txt = f"""Hello,

Thank you for contacting AWS Support.

Hello Marco,

I hope you are doing well. I have reviewed the information you shared and I found the two certification accounts:

 - AWS09912374 (marco.bellini@gmail.com)
 - AWS22406815 (m.bellini@bellini-it.eu)

According to your message you wish to keep AWS22406815 as main account. So the plan is that AWS09912374 will be merged in AWS22406815, and after that it will be not possible anymore to login with marco.bellini@gmail.com.

Please note the merge is definitive, we can not revert it afterwards.

Can you please confirm me that this is correct? You can answer directly in the case from the Support Center (link below), replies to this e-mail are not received by us.

Best regards,

Lucas M.
Amazon Web Services""" + console_footer(C4)
    h, b = aws_mail('016', dt, 'Marco Bellini', 'm.bellini@bellini-it.eu',
                    f"RE:[CASE {C4}] Merge of two certification accounts", alt(txt, r=R('016b')), prov='corp',
                    sender='console')
    write('016-console-nonnative-confirm-in-support-center.eml', h, b, kind='merge_confirmation_requested',
          case_id=C4, ids=['AWS09912374', 'AWS22406815'], verified=None, lang='en', new_text=txt)

    # ---------------------------------------------------------- 017 console: new correspondence notice
    dt = d(2022, 9, 15, 8, 44, 3)
    txt = f"""Dear Customer,

There is new correspondence on your support case.

Case ID: {C4}
Subject: Merge of two certification accounts
Severity: General guidance
Correspondence: To view the correspondence, please sign in to the AWS Support Center.

https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=en

Sincerely,
Amazon Web Services

This is an automated notification. This e-mail was sent from an address that cannot accept incoming e-mail."""
    h, b = aws_mail('017', dt, None, 'm.bellini@bellini-it.eu', f"[Case {C4}] New correspondence added",
                    leaf(txt, 'plain', 'us-ascii', '7bit'), prov='corp', sender='console')
    write('017-console-new-correspondence-notice.eml', h, b, kind='support_reply', case_id=C4, ids=[],
          verified=None, lang='en', new_text=txt)

    # ---------------------------------------------------------- 018 benefits question answered (after consent)
    dt = d(2022, 9, 15, 8, 43, 51)
    txt = f"""Hello,

Thank you for contacting AWS Support.

Hi Marco,

thanks for your confirmation and for the good question.

About the voucher: you will not lose it. When AWS09912374 is merged into AWS22406815, the active benefits of the old account, including the unused 50% discount voucher, are moved together with the certifications. Only one thing: the voucher keeps its original expiration date, it is not extended by the merge.

The merge request is already submitted to the responsible team, I will inform you here in the case when it is done.

Best regards,

Lucas M.
Amazon Web Services""" + console_footer(C4)
    h, b = aws_mail('018', dt, 'Marco Bellini', 'm.bellini@bellini-it.eu',
                    f"RE:[CASE {C4}] Merge of two certification accounts", alt(txt, r=R('018b')), prov='corp',
                    sender='console')
    write('018-benefits-voucher-question-answered.eml', h, b, kind='support_reply', case_id=C4,
          ids=['AWS09912374', 'AWS22406815'], verified=None, lang='en', new_text=txt)

    # ---------------------------------------------------------- 019 completion + resolve + rate
    dt = d(2022, 9, 16, 14, 10, 26)
    txt = f"""Hello,

Thank you for contacting AWS Support.

Hi Marco,

I'm happy to inform you that the accounts are now merged. You can sign in with m.bellini@bellini-it.eu and you will find all your certifications (and the voucher) under AWS22406815.

As the request is completed, I will put this case in resolved status. If you have a minute, I would appreciate if you rate my answer with the stars in the Support Center.

Best regards,

Lucas M.
Amazon Web Services""" + console_footer(C4)
    h, b = aws_mail('019', dt, 'Marco Bellini', 'm.bellini@bellini-it.eu',
                    f"RE:[CASE {C4}] Merge of two certification accounts", alt(txt, r=R('019b')), prov='corp',
                    sender='console')
    write('019-console-merged-resolving-case.eml', h, b, kind='merge_completed', case_id=C4,
          ids=['AWS22406815'], verified=None, lang='en', new_text=txt)

    # ---------------------------------------------------------- 020 Japanese: which account to keep?
    dt = d(2025, 7, 3, 1, 10, 18)
    ask20 = """山田 美咲 様

AWS トレーニングと認定 サポートの田中と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

ご依頼の件につきまして、お客様名義の認定アカウントを以下の 2 つ確認いたしました。

・AWS14470329（misaki.yamada@example-corp.co.jp）
・AWS03318857（misaki.y@docomo.ne.jp）

統合にあたり、どちらのアカウントを残すかをお知らせいただけますでしょうか。
残すアカウントをご指定いただきましたら、統合の内容をあらためてご案内いたします。

お手数をおかけいたしますが、よろしくお願いいたします。

田中
AWS トレーニングと認定 サポート"""
    txt = ask20 + "\n\n" + rate_link(C5, 'ja')
    h, b = aws_mail('020', dt, '山田 美咲', 'misaki.y@docomo.ne.jp', f"RE:[CASE {C5}] {JA_FORM_SUBJ}",
                    alt(txt, charset='utf-8', cte='quoted-printable', r=R('020b')), prov='docomo',
                    subj_charset='utf-8')
    write('020-ja-which-account-to-keep.eml', h, b, kind='support_reply', case_id=C5,
          ids=['AWS03318857', 'AWS14470329'], verified=True, lang='ja', new_text=txt)

    # ---------------------------------------------------------- 021 Japanese confirmation request after user's choice
    dt = d(2025, 7, 4, 0, 45, 33)
    new = """山田 美咲 様

ご返信いただき、ありがとうございます。
ご指定の内容にもとづき、以下のとおり統合を行う予定です。

　統合元：AWS14470329（統合後はサインインできなくなります）
　　↓
　統合先：AWS03318857（今後ご利用いただくアカウント）

統合後に元へ戻すことはできかねますため、念のため最終確認をさせてください。
この内容で進めてよろしければ、「承諾します」と本メールにご返信いただけますと幸いです。

なお、学生時代のアカウントについては、今回のお手続きとは別にお調べいたします。

田中
AWS トレーニングと認定 サポート"""
    user = """田中様

ご連絡ありがとうございます。
docomo のアドレスの方（AWS03318857）を残したいです。
あと、学生のときに作ったアカウント（たしか AWS29900417）もあるかもしれません。

山田"""
    hist = gq(user + "\n\n" + gq(ask20, f"{ja_date(d(2025, 7, 3, 10, 10, 0, JST))} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:"),
              f"{ja_date(d(2025, 7, 3, 21, 37, 0, JST))} 山田 美咲 <misaki.y@docomo.ne.jp>:")
    txt = new + "\n\n" + hist
    h, b = aws_mail('021', dt, '山田 美咲', 'misaki.y@docomo.ne.jp', f"RE:[CASE {C5}] {JA_FORM_SUBJ}",
                    leaf(txt, 'plain', 'iso-2022-jp', '7bit'), prov='docomo', subj_charset='iso-2022-jp')
    write('021-ja-final-confirmation-shouchi.eml', h, b, kind='merge_confirmation_requested', case_id=C5,
          ids=['AWS03318857', 'AWS14470329'], verified=True, lang='ja', new_text=new)

    # ---------------------------------------------------------- 022 Japanese: timing question (exam booked)
    dt = d(2025, 7, 7, 2, 20, 50)
    txt = """山田 様

ご承諾のご連絡をいただき、ありがとうございます。

手続きの準備を進めておりましたところ、統合元の AWS14470329 に 7 月 15 日の試験予約が入っていることを確認いたしました。
試験予約が残っている状態では、AWS14470329 から AWS03318857 への統合を実施することができません。

つきましては、統合の実施時期について、以下のいずれかをお選びいただけますでしょうか。

1. 試験予約をいったんキャンセルし、統合後に AWS03318857 で再度ご予約いただく（統合はすぐに実施いたします）
2. 7 月 15 日の試験を受験いただいた後に統合を実施する（試験結果の反映後、7 月 17 日以降の実施となります）

ご希望の番号をお知らせください。

田中
AWS トレーニングと認定 サポート"""
    h, b = aws_mail('022', dt, '山田 美咲', 'misaki.y@docomo.ne.jp', f"RE:[CASE {C5}] {JA_FORM_SUBJ}",
                    leaf(txt, 'plain', 'shift_jis', 'quoted-printable', label='shift_jis', quoted_label=False),
                    prov='docomo', subj_charset='iso-2022-jp')
    write('022-ja-timing-exam-booked-choose.eml', h, b, kind='support_reply', case_id=C5,
          ids=['AWS03318857', 'AWS14470329'], verified=True, lang='ja', new_text=txt)

    # ---------------------------------------------------------- 023 Japanese survey
    dt = d(2025, 7, 18, 6, 0, 14)
    ylink = f"https://survey.aws-support.amazon.com/s/{hexs(R('023'), 20)}?displayId={C5}&lang=ja"
    txt = f"""山田 美咲 様

AWS トレーニングと認定 サポートをご利用いただき、ありがとうございました。
ケース {C5} はクローズされました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間は 1 分ほどです）。

問題は解決しましたか？
　はい：{ylink}&a=1
　いいえ：{ylink}&a=0

本メールは送信専用です。ケースを再開される場合は、サポートセンターからお手続きください。

AWS トレーニングと認定"""
    htm = text2html(txt).replace('charset=utf-8', 'charset=iso-2022-jp')
    body = multi('alternative', leaf(txt, 'plain', 'iso-2022-jp', '7bit'),
                 leaf(htm, 'html', 'iso-2022-jp', 'base64'), r=R('023b'))
    h, b = aws_mail('023', dt, '山田 美咲', 'misaki.y@docomo.ne.jp',
                    f"【アンケートご協力のお願い】ケース {C5} のサポートはいかがでしたか", body, prov='docomo',
                    subj_charset='iso-2022-jp', sender='console')
    write('023-ja-survey-case-closed.eml', h, b, kind='survey', case_id=C5, ids=[], verified=True, lang='ja',
          new_text=txt)


C6 = '7298104553'  # Tom Becker, 2020 form case
C8_OPEN = d(2025, 1, 14, 10, 11, 20)
C8 = cid15(C8_OPEN, 7731)  # Aisha Khan
C9_OPEN = d(2025, 2, 3, 14, 40, 0)
C9 = cid15(C9_OPEN, 4402)  # Jonas Weber
C10_OPEN = d(2024, 9, 9, 17, 5, 45)
C10 = cid15(C10_OPEN, 88)  # Emily Carter, iCloud
C11_OPEN = d(2025, 4, 22, 4, 18, 30)
C11 = cid15(C11_OPEN, 2117)  # Rahul Mehta
C13_OPEN = d(2025, 6, 10, 12, 0, 9)
C13 = cid15(C13_OPEN, 650)  # Sofia Martinez
C14_OPEN = d(2024, 6, 5, 19, 48, 2)
C14 = cid15(C14_OPEN, 31904)  # Kevin O'Brien
C15_OPEN = d(2025, 8, 12, 2, 5, 51)
C15 = cid15(C15_OPEN, 1430)  # Nguyen Thi Lan


def icloud_transport(r, rcpt, dt, ip, helo, mailfrom, from_domain, dk):
    rdt = dt.astimezone(UTC) + timedelta(seconds=r.randint(1, 4))
    H = [('Return-Path', f"<{mailfrom}>"),
         ('Original-Recipient', f"rfc822;{rcpt}"),
         ('Received', f"from mx-inbound{r.randint(10, 40)}-{r.randint(10, 99)}.us-west-2c.ess.aws.cloud.apple.com by\n p{r.randint(10, 99)}-mailgateway-smtp-{alnum(r, 10)}-{alnum(r, 5)} (mailgateway 2418B44)\n with SMTPS id {alnum(r, 26).upper()}\n for <{rcpt}>; {fmt(rdt)}"),
         ('X-ICL-SCORE', '1.11111111111'),
         ('X-ICL-INFO', blob(r, 48)),
         ('Authentication-Results', f"dmarc.icloud.com; dmarc=pass header.from={from_domain}"),
         ('Authentication-Results', f"dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d={dk[0][0]} header.i=@{dk[0][0]} header.b={dk[0][1][:8]};\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b={dk[1][1][:8]}"),
         ('Authentication-Results', f"spf.icloud.com; spf=pass (spf.icloud.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}"),
         ('Received-SPF', f"pass (spf.icloud.com: domain of {mailfrom} designates {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={helo}; envelope-from={mailfrom}"),
         ('Received', f"from {helo} ({helo} [{ip}])\n\tby mx-inbound{r.randint(10, 40)}-{r.randint(10, 99)}.us-west-2c.ess.aws.cloud.apple.com (Postfix) with ESMTPS id {alnum(r, 12).upper()}\n\tfor <{rcpt}>; {fmt(rdt - timedelta(seconds=1))}")]
    return H


def other_mail(seed, dt, *, from_h, from_domain, rcpt, to_h, subject, body, prov='gmail', ip, helo, mailfrom,
               dkim=(), dmarc='pass', spf='pass', msgid_dom=None, extra_top=(), extra=(), policy='NONE'):
    """Non-SES sender (phishing, third parties)."""
    r = R(seed)
    sigs = []
    sh = []
    for dom, res in dkim:
        (k, v), sel = dkim_sig(r, dom, dt, selector=r.choice(['s1', 'google', 'selector1', 'k1', 'mail', 'default']),
                               hlist='from:to:subject:date:message-id:mime-version:content-type')
        sh.append((k, v))
        sigs.append((dom, res, sel))
    style, host = PROV[prov]
    ar = None
    if style != 'corp':
        ar = ar_value(style, host, sigs, spf, mailfrom, ip, dmarc, from_domain, policy=policy)
    th = transport(r, style, rcpt, dt, ip, helo, mailfrom, ar, host, spf=spf)
    sh += list(extra_top)
    sh += [('Date', fmt(dt)), ('From', from_h), ('To', to_h),
           ('Message-ID', f"<{alnum(r, 20)}.{r.randint(10 ** 5, 10 ** 6)}@{msgid_dom or from_domain}>"),
           ('Subject', enc_subject(subject))]
    sh += list(extra)
    return th + sh, body


def chunk3():
    # ---------------------------------------------------------- 024 2020 template confirmation, 10-digit case
    dt = d(2020, 8, 18, 20, 14, 3)
    req24 = f"""Dear Tom,

Thank you for contacting AWS Training and Certification.

We have received your request to merge your AWS Certification accounts. Before we can proceed, we need your confirmation of the following:

Account that will be retained: AWS 01175530
Account that will be merged and then deleted: AWS-00482913

Please note: once the accounts are merged, this action cannot be undone. Any exam appointments scheduled under the account being deleted must be cancelled first.

Please respond to this email with your approval to proceed.

Sincerely,

Joanna
AWS Training and Certification"""
    txt = req24 + f"\n\nCase ID: {C6}"
    h, b = aws_mail('024', dt, 'Tom Becker', 'tbecker.cloud@gmail.com', f"RE:[CASE {C6}] {FORM_SUBJ}",
                    alt(txt, r=R('024b')))
    write('024-2020-template-approval-to-proceed.eml', h, b, kind='merge_confirmation_requested', case_id=C6,
          ids=['AWS00482913', 'AWS01175530'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 025 2020 completion, quoting approval
    dt = d(2020, 8, 20, 16, 55, 40)
    new = f"""Dear Tom,

Your AWS Certification accounts have been combined. Your transcript and certifications are now associated with candidate ID AWS01175530, and you can log in with tbecker.cloud@gmail.com.

Please allow 2-3 business days for your digital badges to appear on the new profile.

Sincerely,

Joanna
AWS Training and Certification"""
    hist = gq("Approved, please go ahead.\n\nTom\n\n" + gq(req24, "On Tue, Aug 18, 2020 at 1:14 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:"),
              "On Wed, Aug 19, 2020 at 7:41 AM Tom Becker <tbecker.cloud@gmail.com> wrote:")
    txt = new + "\n\n" + hist
    h, b = aws_mail('025', dt, 'Tom Becker', 'tbecker.cloud@gmail.com', f"RE:[CASE {C6}] {FORM_SUBJ}",
                    alt(txt, r=R('025b')))
    write('025-2020-accounts-combined.eml', h, b, kind='merge_completed', case_id=C6, ids=['AWS01175530'],
          verified=True, lang='en', new_text=new)

    # ---------------------------------------------------------- 026 non-native confirmation request (Lin)
    dt = d(2024, 11, 19, 5, 33, 17)
    req26 = f"""Dear Lin Wei,

Greetings of the day!

Thank you for contacting AWS Training and Certification Support. This is Ahmed from the team and I will be assisting you on this case.

As per your request, we have checked and found below mentioned accounts which are registered under your name:

Primary account (to be retained)  : AWS12093385 - lin.wei@hotmail.com
Secondary account (to be merged)  : AWS27781046 - wei.lin@contoso-example.cn

Kindly confirm us that the above mentioned details are correct so that we can go ahead with merging of secondary account in primary account. Please note that once merged, the action is not reversible and you will be not able to access the secondary account.

Awaiting for your kind response.

Regards,
Ahmed S.
AWS Training and Certification"""
    txt = req26 + FORM_FOOT
    h, b = aws_mail('026', dt, 'Lin Wei', 'lin.wei@hotmail.com', f"RE:[CASE {C7}] {FORM_SUBJ}",
                    alt(txt, r=R('026b')), prov='outlook')
    write('026-nonnative-kindly-confirm-us.eml', h, b, kind='merge_confirmation_requested', case_id=C7,
          ids=['AWS12093385', 'AWS27781046'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 027 non-native: initiated (with typo id)
    dt = d(2024, 11, 19, 14, 2, 8)
    new = f"""Dear Lin Wei,

Thanks for the confirmation.

We have initiated the merging of AWS27781046 into AWS12093358 and the same will be completed within 3-5 working days. We will revert back to you once it is done.

Request you to not create a new case for the same issue as it may delay the process.

Regards,
Ahmed S.
AWS Training and Certification"""
    hist = outlook_block('Lin Wei <lin.wei@hotmail.com>', 'Tuesday, November 19, 2024 9:51 PM',
                         'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                         f"Re: RE:[CASE {C7}] {FORM_SUBJ}",
                         "Hi Ahmed,\n\nYes, the details are correct. Please go ahead.\n\nBest,\nLin\n\n" +
                         outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                       'Tuesday, November 19, 2024 1:33 PM', 'lin.wei@hotmail.com',
                                       f"RE:[CASE {C7}] {FORM_SUBJ}", req26))
    txt = new + FORM_FOOT + "\n\n" + hist
    h, b = aws_mail('027', dt, 'Lin Wei', 'lin.wei@hotmail.com', f"RE:[CASE {C7}] {FORM_SUBJ}",
                    alt(txt, r=R('027b')), prov='outlook')
    write('027-nonnative-initiated-will-revert.eml', h, b, kind='support_reply', case_id=C7,
          ids=['AWS12093358', 'AWS27781046'], verified=True, lang='en', new_text=new)

    # ---------------------------------------------------------- 028 terse completion (Lin)
    dt = d(2024, 11, 22, 9, 40, 55)
    txt = f"""Dear Lin Wei,

Merge done: AWS27781046 → AWS12093385.

Kindly login with lin.wei@hotmail.com and check that your certifications are reflecting. If all good, no need to reply, the case will be auto-resolved.

Regards,
Ahmed S.
AWS Training and Certification""" + FORM_FOOT
    h, b = aws_mail('028', dt, 'Lin Wei', 'lin.wei@hotmail.com', f"RE:[CASE {C7}] {FORM_SUBJ}",
                    alt(txt, cte='base64', r=R('028b')), prov='outlook')
    write('028-terse-merge-done-arrow.eml', h, b, kind='merge_completed', case_id=C7,
          ids=['AWS12093385', 'AWS27781046'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 029 terse confirmation request (Aisha)
    dt = d(2025, 1, 15, 6, 5, 12)
    txt = f"""Hi Aisha,

To proceed with your request:

    AWS16629054  -->  AWS08817345    (AWS08817345 is kept)

Merging is permanent. Please reply "confirm" and I'll submit it.

Thanks,
Ravi
AWS T&C Support"""
    h, b = aws_mail('029', dt, 'Aisha Khan', 'aisha.khan.dev@gmail.com', f"RE:[CASE {C8}] {FORM_SUBJ}",
                    leaf(txt + FORM_FOOT, 'plain', 'us-ascii', '7bit'))
    write('029-terse-arrow-reply-confirm.eml', h, b, kind='merge_confirmation_requested', case_id=C8,
          ids=['AWS08817345', 'AWS16629054'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 030 polite question form, lower-case ids (Jonas)
    dt = d(2025, 2, 4, 9, 27, 31)
    txt = f"""Dear Jonas,

Thank you for your patience while we looked into this.

Could you please confirm that you would like your profile aws19950372 (jonas.weber@tu-example.de) to be combined with AWS02283641 (jonas.weber.cloud@gmail.com), with AWS02283641 remaining as your active account? The profile aws19950372 would be closed as part of this process, and this can't be reversed.

As soon as we have your answer, we'll get this done for you.

Kind regards,
Sam
AWS Training and Certification"""
    h, b = aws_mail('030', dt, 'Jonas Weber', 'jonas.weber.cloud@gmail.com', f"RE:[CASE {C9}] {FORM_SUBJ}",
                    alt(txt + FORM_FOOT, r=R('030b')))
    write('030-could-you-confirm-combined-lowercase-ids.eml', h, b, kind='merge_confirmation_requested',
          case_id=C9, ids=['AWS02283641', 'AWS19950372'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 031 proposal, "if that works for you" (iCloud)
    dt = d(2024, 9, 11, 16, 12, 9)
    txt = f"""Hi Emily,

Thanks for getting back to me with both login e-mails.

Here's what I'd suggest: we keep AWS21174408, since it holds your most recent certification (Solutions Architect - Professional) and your current voucher, and fold AWS06638192 into it. Your older Cloud Practitioner record would then show up under AWS21174408 as well.

If that works for you, just reply to this e-mail saying so and I'll take it from there. If you'd rather keep the other one, tell me and I'll adjust the plan. Either way, once it's done it can't be reverted.

Cheers,
Joanna
AWS Training & Certification Support"""
    r = R('031')
    sh, msgid, sels = aws_headers(r, dt, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
                                  'emily.carter@icloud.com', f"RE:[CASE {C10}] {FORM_SUBJ}")
    mf = ses_mailfrom(msgid)
    th = icloud_transport(r, 'emily.carter@icloud.com', dt, r.ses_ip, ses_host(r.ses_ip), mf, 'amazon.com', sels)
    write('031-proposal-if-that-works-reply.eml', th + sh, alt(txt + FORM_FOOT, r=R('031b'), cte='base64'),
          kind='merge_confirmation_requested', case_id=C10, ids=['AWS06638192', 'AWS21174408'], verified=True,
          lang='en', new_text=txt)

    # ---------------------------------------------------------- 032 reminder that restates the full request
    dt = d(2025, 4, 28, 11, 3, 47)
    req32 = f"""Hello Rahul,

I'm following up on my message of 23 April, as we haven't received a reply yet.

To recap, we're ready to merge:

  * AWS-13357702 (rahul.mehta@tcs-example.com) -> into -> AWS-04490216 (rahul.m1992@gmail.com)

AWS-04490216 would remain your only account; AWS-13357702 would be closed permanently.

We can only go ahead with your written confirmation. Please reply to this e-mail to confirm, or let us know if something should be changed.

If we do not hear from you within 5 business days, this case will be closed automatically. You can reopen it at any time by replying.

Best regards,
Priyanka
AWS Training and Certification Support"""
    h, b = aws_mail('032', dt, 'Rahul Mehta', 'rahul.m1992@gmail.com', f"RE:[CASE {C11}] {FORM_SUBJ}",
                    alt(req32 + FORM_FOOT, r=R('032b')))
    write('032-reminder-restating-merge-to-confirm.eml', h, b, kind='merge_confirmation_requested', case_id=C11,
          ids=['AWS04490216', 'AWS13357702'], verified=True, lang='en', new_text=req32)

    # ---------------------------------------------------------- 033 generic chaser quoting the request
    dt = d(2025, 5, 5, 10, 30, 2)
    new = f"""Hello Rahul,

We have not heard back from you regarding your case {C11}.

As mentioned in our previous correspondence (copied below), we need a reply from you before we can take any further action. This case will be closed in 48 hours if we don't receive a response.

Best regards,
Priyanka
AWS Training and Certification Support"""
    hist = ("-----Original Message-----\nFrom: Amazon Web Services [mailto:aws-cs-trainingcertification-form@amazon.com]\n"
            "Sent: Monday, April 28, 2025 11:03 AM\nTo: rahul.m1992@gmail.com\n"
            f"Subject: RE:[CASE {C11}] {FORM_SUBJ}\n\n" + req32)
    h, b = aws_mail('033', dt, 'Rahul Mehta', 'rahul.m1992@gmail.com', f"RE:[CASE {C11}] {FORM_SUBJ}",
                    leaf(new + "\n\n" + hist, 'plain', 'utf-8', 'quoted-printable'))
    write('033-chaser-awaiting-reply-48h.eml', h, b, kind='support_reply', case_id=C11, ids=[], verified=True,
          lang='en', new_text=new)

    # ---------------------------------------------------------- 034 confirmation + notification e-mail question
    dt = d(2025, 6, 11, 15, 21, 4)
    txt = f"""Hi Sofia,

Thanks for the details. We're ready to merge your two profiles:

Old profile: AWS30017725 (sofia.martinez@uni-example.es) - will be merged and closed
Profile you keep: AWS11458890 (sofiamartinez.dev@gmail.com)

Two things before I submit it:

1) Please confirm that the above is correct and that you want to proceed (the merge is final).
2) Which e-mail address should we use for notifications on the remaining profile? If you don't say otherwise, it stays sofiamartinez.dev@gmail.com.

Thank you,
Daniela
AWS Training and Certification"""
    h, b = aws_mail('034', dt, 'Sofia Martinez', 'sofiamartinez.dev@gmail.com', f"RE:[CASE {C13}] {FORM_SUBJ}",
                    alt(txt + FORM_FOOT, r=R('034b')))
    write('034-confirm-plus-notification-email-question.eml', h, b, kind='merge_confirmation_requested',
          case_id=C13, ids=['AWS11458890', 'AWS30017725'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 035 asks for login e-mails
    dt = d(2024, 6, 6, 13, 2, 59)
    txt = f"""Hello Kevin,

Thank you for contacting us about your duplicate certification accounts.

We were able to find AWS25063319 using the e-mail address you wrote from, but we could not find a second account under your name.

So that we can locate the other profile, could you please send us:

- the login e-mail address of each account;
- the notification e-mail address, if it is different;
- the candidate ID of the second account, if you have it (you can find it on any score report or certificate).

Regards,
Sean
AWS Training and Certification Support"""
    h, b = aws_mail('035', dt, "Kevin O'Brien", 'kevin.obrien@outlook.ie', f"RE:[CASE {C14}] {FORM_SUBJ}",
                    alt(txt + FORM_FOOT, r=R('035b')), prov='outlook')
    write('035-asks-login-emails-second-account.eml', h, b, kind='support_reply', case_id=C14,
          ids=['AWS25063319'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 036 asks reason + mails; "we will send details for your confirmation"
    dt = d(2025, 8, 13, 4, 44, 21)
    new = f"""Hello Lan,

Thank you for reaching out to AWS Training and Certification.

Before we can look at the two candidate IDs you provided, we need a little more information:

1. The login e-mail address of each account.
2. A short explanation of why two accounts were created (for example, one through your employer).

Once we have verified the accounts, we will send you the details of the merge (which account remains and which one is closed) for your confirmation. Nothing will be changed before you have confirmed.

Best regards,
Hoang
AWS Training and Certification Support"""
    user = """Hello,

I have two AWS Certification accounts: AWS17720064 and AWS09931158. Please merge them into one, I want to keep AWS09931158.

Thank you,
Nguyen Thi Lan"""
    hist = gq(user, "On Tue, Aug 12, 2025 at 9:05 AM Nguyen Thi Lan <lan.nguyen.aws@gmail.com> wrote:")
    h, b = aws_mail('036', dt, 'Nguyen Thi Lan', 'lan.nguyen.aws@gmail.com', f"RE:[CASE {C15}] {FORM_SUBJ}",
                    alt(new + FORM_FOOT + "\n\n" + hist, r=R('036b')))
    write('036-asks-info-will-send-details-for-confirmation.eml', h, b, kind='support_reply', case_id=C15,
          ids=[], verified=True, lang='en', new_text=new)

    # ---------------------------------------------------------- 037 phishing, look-alike domain, about the merge
    dt = d(2025, 6, 2, 7, 19, 33)
    link = f"https://aws-certification-services.com/merge/confirm?token={hexs(R('037'), 32)}"
    htm = f"""<html><body style="font-family:Arial,sans-serif;background:#fafafa">
<div style="max-width:580px;margin:auto;background:#fff;border:1px solid #ddd;padding:24px">
<img src="https://aws-certification-services.com/img/aws_logo.png" width="90" alt="aws">
<h2 style="color:#232f3e">Action required: confirm your account merge</h2>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. Your candidate ID AWS11930572 has been selected as the primary account and your other profile will be merged into it.</p>
<p>To confirm the merge you must verify your identity within <b>24 hours</b>. Unconfirmed requests are cancelled and the certifications on both accounts may be temporarily suspended.</p>
<p style="text-align:center"><a href="{link}" style="background:#ff9900;color:#fff;padding:12px 32px;text-decoration:none;font-weight:bold">Confirm Merge</a></p>
<p>Thank you,<br>AWS Training &amp; Certification Team</p>
<p style="font-size:10px;color:#999">&copy; 2025 Amazon Web Services, Inc. All rights reserved.</p>
</div></body></html>"""
    h, b = other_mail('037', dt, from_h='"AWS Certification" <support@aws-certification-services.com>',
                      from_domain='aws-certification-services.com', rcpt='daniel.okafor@gmail.com',
                      to_h='daniel.okafor@gmail.com', subject='Action required: confirm your AWS Certification account merge',
                      body=leaf(htm, 'html', 'utf-8', 'base64'), ip='185.224.139.17',
                      helo='mail.aws-certification-services.com',
                      mailfrom='bounce@aws-certification-services.com',
                      dkim=[('aws-certification-services.com', 'pass')], dmarc='pass')
    write('037-phish-lookalike-confirm-merge-button.eml', h, b, kind='merge_confirmation_requested', case_id=None,
          ids=['AWS11930572'], verified=False, lang='en', new_text=re.sub('<[^>]+>', ' ', htm))

    # ---------------------------------------------------------- 038 spoofed amazon.com, dmarc=fail on top, forged pass below
    dt = d(2025, 1, 16, 22, 48, 10)
    txt = """Dear Customer,

This is regarding your AWS Training and Certification request for merge your accounts AWS16629054 and AWS08817345.

For security reason we need you to confirm the merge and verify the ownership of both account before we can continue. Please login in our secure portal and confirm the merge:

http://aws-certmerge-verify.top/login?ref=TC-0116

If you not confirm within 12 hours the request will be rejected and your certifications can be lost.

Thank you,
AWS Training and Certification Support
Amazon Web Services"""
    forged = ('Authentication-Results', 'mx.amazon.com; dkim=pass header.i=@amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com')
    h, b = other_mail('038', dt, from_h='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
                      from_domain='amazon.com', rcpt='aisha.khan.dev@gmail.com', to_h='aisha.khan.dev@gmail.com',
                      subject='RE: AWS Certification account merge - confirmation needed', body=leaf(txt, 'plain', 'utf-8', 'quoted-printable'),
                      ip='45.89.127.201', helo='vps-2231.hostingsrv.net', mailfrom='www-data@vps-2231.hostingsrv.net',
                      dkim=[], dmarc='fail', spf='none', msgid_dom='vps-2231.hostingsrv.net', extra_top=[forged],
                      policy='QUARANTINE', extra=[('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)')])
    write('038-phish-spoofed-amazon-dmarc-fail.eml', h, b, kind='merge_confirmation_requested', case_id=None,
          ids=['AWS08817345', 'AWS16629054'], verified=False, lang='en', new_text=txt)


C17_OPEN = d(2025, 4, 7, 1, 20, 33)
C17 = cid15(C17_OPEN, 905)  # Takahashi Sho, yahoo.co.jp
C18_OPEN = d(2025, 3, 3, 18, 9, 44)
C18 = cid15(C18_OPEN, 27)  # Grace Liu
C19_OPEN = d(2024, 12, 2, 9, 55, 1)
C19 = cid15(C19_OPEN, 4408)  # Oliver Smith, corp mail (no A-R)
C28_OPEN = d(2025, 4, 11, 15, 33, 20)
C28 = cid15(C28_OPEN, 12)  # Daniel's billing case
SELLER = '5913072846'


def credly_raw(seed, dt, rcpt, subject, body, prov, from_h='"Credly" <admin@credly.com>'):
    r = R(seed)
    mailfrom = f"bounces+{r.randint(1000000, 9999999)}-{hexs(r, 4)}-{rcpt.replace('@', '=')}@em.credly.com"
    ip = f"149.72.{r.randint(1, 250)}.{r.randint(1, 250)}"
    return other_mail(seed, dt, from_h=from_h, from_domain='credly.com', rcpt=rcpt, to_h=rcpt, subject=subject,
                      body=body, prov=prov, ip=ip, helo=f"o{r.randint(1, 30)}.em.credly.com", mailfrom=mailfrom,
                      dkim=[('credly.com', 'pass'), ('sendgrid.info', 'pass')], dmarc='pass',
                      extra=[('Reply-To', 'Credly Support <support@credly.com>'), ('X-SG-EID', blob(r, 60))])


def chunk4():
    # ---------------------------------------------------------- 039 phishing, not about the merge
    dt = d(2025, 3, 20, 13, 2, 51)
    txt = """Dear AWS Certified professional,

Our records show that your AWS Certification (Candidate ID: AWS18830476) is due for recertification. To avoid losing your credential and your digital badge, you must validate your profile and pay the recertification fee of USD 75 before March 31, 2025.

Validate my certification: https://aws-certmetrics-alerts.com/recertify?cid=AWS18830476

If you fail to act, your certification status will be set to EXPIRED and cannot be restored.

AWS Training and Certification
This is an automated message, please do not reply."""
    h, b = other_mail('039', dt, from_h='"AWS Certification" <no-reply@aws-certmetrics-alerts.com>',
                      from_domain='aws-certmetrics-alerts.com', rcpt='priya.raman@outlook.com',
                      to_h='priya.raman@outlook.com', subject='URGENT: Your AWS Certification will expire - recertify now',
                      body=alt(txt, r=R('039b')), prov='outlook', ip='193.42.33.58',
                      helo='mta1.aws-certmetrics-alerts.com', mailfrom='bounce@aws-certmetrics-alerts.com',
                      dkim=[('aws-certmetrics-alerts.com', 'pass')], dmarc='pass')
    write('039-phish-recertify-fee-not-merge.eml', h, b, kind='unrelated', case_id=None, ids=['AWS18830476'],
          verified=False, lang='en', new_text=txt)

    # ---------------------------------------------------------- 040 Japanese HTML-only confirmation request (マージ)
    dt = d(2025, 4, 8, 3, 5, 19)
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>高橋 翔 様</p>
<p>お問い合わせいただきありがとうございます。<br>AWS トレーニングと認定 サポートの佐々木と申します。</p>
<p>ご依頼いただいたアカウントのマージにつきまして、以下の内容で処理を行う予定です。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th>区分</th><th>候補者 ID</th><th>メールアドレス</th><th>マージ後</th></tr>
<tr><td>マージ元</td><td>AWS25561093</td><td>sho.takahashi@example-univ.ac.jp</td><td>削除されます</td></tr>
<tr><td>マージ先</td><td>AWS10046728</td><td>sho.t@yahoo.co.jp</td><td>引き続きご利用いただけます</td></tr>
</table>
<p><b>ご注意：</b>マージ処理は取り消すことができません。</p>
<p>内容に問題がなければ、本メールに「承認します」とご返信ください。ご返信をいただいた時点で処理を開始いたします。<br>
内容に誤りがある場合は、正しい情報をお知らせください。</p>
<p>よろしくお願いいたします。</p>
<p>佐々木<br>AWS トレーニングと認定 サポート</p>
<p style="font-size:11px;color:#777"><a href="{rate_link(C17, 'ja')}">このやり取りを評価する</a></p>
</body></html>"""
    r = R('040')
    h, b = aws_mail('040', dt, '高橋 翔', 'sho.t@yahoo.co.jp', f"RE:[CASE {C17}] {FORM_SUBJ}",
                    leaf(htm, 'html', 'utf-8', 'quoted-printable', label='UTF-8'), prov='yahoojp')
    write('040-ja-html-merge-table-shounin.eml', h, b, kind='merge_confirmation_requested', case_id=C17,
          ids=['AWS10046728', 'AWS25561093'], verified=True, lang='ja', new_text=re.sub('<[^>]+>', ' ', htm))

    # ---------------------------------------------------------- 041 closure notice that mentions the merge as the reason
    dt = d(2025, 3, 6, 20, 45, 0)
    base = f"https://survey.aws-support.amazon.com/s/{hexs(R('041'), 20)}?displayId={C18}"
    txt = f"""Hello Grace,

Since your certification accounts have now been merged, we have closed case {C18}. If the result is not what you expected, you can reopen the case within 14 days by replying to this e-mail.

How did we do? Please take a minute to rate your experience with AWS Training and Certification Support:

  Very satisfied      {base}&score=5
  Satisfied           {base}&score=4
  Neutral             {base}&score=3
  Dissatisfied        {base}&score=2
  Very dissatisfied   {base}&score=1

Your feedback is anonymous and helps us improve.

Thank you for contacting AWS Training and Certification."""
    h, b = aws_mail('041', dt, 'Grace Liu', 'grace.liu.sf@gmail.com',
                    f"Case {C18} closed - how did we do?", alt(txt, r=R('041b')))
    write('041-closure-survey-mentions-merged.eml', h, b, kind='survey', case_id=C18, ids=[], verified=True,
          lang='en', new_text=txt)

    # ---------------------------------------------------------- 042 completion + Credly heads-up (corp, no A-R)
    dt = d(2024, 12, 4, 16, 31, 12)
    txt = f"""Hi Oliver,

That's all sorted for you now - AWS03391150 has been merged into AWS20874462, so please use oliver@smith-consulting.co.uk to sign in from now on.

One heads-up: Credly runs separately from our system, so your badges may take up to 48 hours to move across. You'll get an e-mail from Credly asking you to accept them. If nothing arrives after a few days, reply here and we'll ask the Credly team to merge your Credly accounts as well.

Thanks for your patience,
Chloe
AWS Training and Certification Support"""
    h, b = aws_mail('042', dt, 'Oliver Smith', 'oliver@smith-consulting.co.uk', f"RE:[CASE {C19}] {FORM_SUBJ}",
                    alt(txt + FORM_FOOT, r=R('042b')), prov='corp')
    write('042-sorted-merged-credly-heads-up.eml', h, b, kind='merge_completed', case_id=C19,
          ids=['AWS03391150', 'AWS20874462'], verified=None, lang='en', new_text=txt, crlf=True)

    # ---------------------------------------------------------- 043 Credly: badge moved after merge
    credly_mail('043', d(2025, 3, 16, 8, 12, 40), 'Priya', 'priya.raman@outlook.com',
                'AWS Certified Cloud Practitioner', '043-credly-badge-moved-after-merge.eml', prov='outlook',
                intro='Priya, a badge from your merged AWS Certification account has been issued to this Credly profile.',
                subject='Your AWS Certified Cloud Practitioner badge is ready to accept')

    # ---------------------------------------------------------- 044 Credly self-service merge code (unrelated)
    dt = d(2025, 3, 17, 10, 2, 9)
    link = f"https://www.credly.com/users/account_merges/{hexs(R('044'), 32)}/complete"
    txt = f"""Hi Priya,

We received a request to merge the Credly account priya.r@student.univ-example.edu into your Credly account priya.raman@outlook.com.

Your verification code is: 583201

Enter this code on the merge page, or click the link below to finish:

Complete Account Merge: {link}

Once completed, all badges from priya.r@student.univ-example.edu will appear on your profile and the other Credly account will be closed. This code expires in 30 minutes.

If you didn't request this, you can ignore this e-mail.

The Credly Team"""
    h, b = credly_raw('044', dt, 'priya.raman@outlook.com', 'Confirm your Credly account merge', alt(txt, r=R('044b')),
                      'outlook')
    write('044-credly-self-service-merge-code.eml', h, b, kind='unrelated', case_id=None, ids=[], verified=True,
          lang='en', new_text=txt)

    # ---------------------------------------------------------- 045 Credly expiry reminder (unrelated)
    dt = d(2023, 5, 10, 14, 0, 3)
    txt = """Hi Tom,

Your badge AWS Certified Solutions Architect - Associate, issued by Amazon Web Services Training and Certification, will expire on August 9, 2023.

To keep your credential active, recertify before it expires. Once you recertify, a new badge will be issued to you automatically.

View your badge: https://www.credly.com/badges/4c8b1d2e-77a0-4f1b-9d55-2b8e9a61c3f0

The Credly Team"""
    h, b = credly_raw('045', dt, 'tbecker.cloud@gmail.com', 'Your AWS Certified Solutions Architect - Associate badge expires in 90 days',
                      alt(txt, r=R('045b')), 'gmail',
                      from_h='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>')
    write('045-credly-badge-expiry-reminder.eml', h, b, kind='unrelated', case_id=None, ids=[], verified=True,
          lang='en', new_text=txt)

    # ---------------------------------------------------------- 046 CertMetrics "wants to hear from you" (unrelated)
    dt = d(2025, 6, 4, 18, 30, 0)
    txt = """Dear Daniel Okafor,

AWS Certification wants to hear from you!

You recently had an update on your AWS Certification account (Candidate ID: AWS11930572). Please take 5 minutes to tell us about your experience with the AWS Certification program. Your responses are confidential and will help us improve the program.

Take the survey: https://www.certmetrics.com/amazon/survey.aspx?id=6f1c2a93e8b54d07a1c9e3b2d4f58a17

Thank you,
AWS Certification

Please do not reply to this message. This e-mail was sent from an unmonitored mailbox."""
    h, b = other_mail('046', dt, from_h='"AWS Certification" <do-not-reply@certmetrics.com>', from_domain='certmetrics.com',
                      rcpt='daniel.okafor@gmail.com', to_h='daniel.okafor@gmail.com',
                      subject='AWS Certification wants to hear from you', body=alt(txt, r=R('046b')), prov='gmail',
                      ip='52.25.160.44', helo='smtp2.certmetrics.com', mailfrom='bounces@certmetrics.com',
                      dkim=[('certmetrics.com', 'pass')], dmarc='pass')
    write('046-certmetrics-wants-to-hear-from-you.eml', h, b, kind='unrelated', case_id=None, ids=['AWS11930572'],
          verified=False, lang='en', new_text=txt)

    # ---------------------------------------------------------- 047 other AWS support case: billing (unrelated)
    dt = d(2025, 4, 12, 9, 14, 27)
    txt = f"""Hello,

Thank you for contacting AWS Support.

Hi Daniel,

I reviewed the charges on AWS account 4417-2093-8856 for March 2025. The second charge of USD 38.42 was caused by an Elastic IP address that remained allocated after you terminated the instance, so it is not a duplicate. I have released a one-time courtesy credit of USD 38.42, which will appear on your next invoice.

You also asked whether you can combine this account with your company's account. This is done through AWS Organizations and consolidated billing: the management account sends an invitation and you accept it from this account. Nothing needs to be merged on our side.

Best regards,
Fernanda
Amazon Web Services""" + console_footer(C28)
    h, b = aws_mail('047', dt, 'Daniel Okafor', 'daniel.okafor@gmail.com',
                    f"RE:[CASE {C28}] Billing - second charge on March invoice", alt(txt, r=R('047b')), sender='console')
    write('047-other-case-billing-consolidated.eml', h, b, kind='unrelated', case_id=C28, ids=[], verified=True,
          lang='en', new_text=txt)

    # ---------------------------------------------------------- 048 Seller Central case "we have merged" (unrelated)
    dt = d(2025, 6, 11, 21, 5, 36)
    txt = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have merged the listings you requested. The child ASINs B0CX4K9T2M and B0CX4KQ7LL are now part of the variation family under parent ASIN B0CX4J8N5R. It may take up to 48 hours for the changes to appear on the detail page.

Please reply to confirm if the variation family now displays correctly, so that we can close this case.

We value your feedback. Please rate my response using one of the buttons below.

Thank you,
Shreya S.
Amazon Services

Was this email helpful? https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={SELLER}"""
    r = R('048')
    ip = '54.240.13.55'
    h, b = other_mail('048', dt, from_h='"Amazon Services" <seller-notification@amazon.com>', from_domain='amazon.com',
                      rcpt='daniel.okafor@gmail.com', to_h='daniel.okafor@gmail.com',
                      subject=f"RE:[CASE {SELLER}] Merge variation listings - parent ASIN B0CX4J8N5R",
                      body=alt(txt, r=R('048b')), prov='gmail', ip=ip, helo='a13-55.smtp-out.amazonses.com',
                      mailfrom='202506112105360b0a8f1c2ab64e4c8a9a3ef8d9aa1c3-BP@bounces.amazon.com',
                      dkim=[('amazon.com', 'pass'), ('amazonses.com', 'pass')], dmarc='pass', policy='QUARANTINE',
                      msgid_dom='email.amazonses.com')
    write('048-seller-central-merged-listings.eml', h, b, kind='unrelated', case_id=SELLER, ids=[], verified=True,
          lang='en', new_text=txt)

    # ---------------------------------------------------------- 049 GitHub merged notification (unrelated)
    dt = d(2025, 5, 28, 16, 22, 3)
    txt = """Merged #87 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-tools/cert-tracker/pull/87#event-17844205512
You are receiving this because you authored the thread.

Message ID: <northwind-tools/cert-tracker/pull/87/issue_event/17844205512@github.com>"""
    htm = """<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind-tools/cert-tracker/pull/87">#87</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/northwind-tools/cert-tracker/pull/87#event-17844205512">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
    h, b = other_mail('049', dt, from_h='"Jess Miller" <notifications@github.com>', from_domain='github.com',
                      rcpt='daniel.okafor@gmail.com',
                      to_h='northwind-tools/cert-tracker <cert-tracker@noreply.github.com>',
                      subject='Re: [northwind-tools/cert-tracker] Merge duplicate certification accounts in importer (PR #87)',
                      body=alt(txt, htm, r=R('049b')), prov='gmail', ip='192.30.252.207',
                      helo='out-24.smtp.github.com', mailfrom='noreply@github.com',
                      dkim=[('github.com', 'pass')], dmarc='pass', policy='REJECT',
                      extra=[('Reply-To', 'northwind-tools/cert-tracker <reply+ABCDE1234@reply.github.com>'),
                             ('In-Reply-To', '<northwind-tools/cert-tracker/pull/87@github.com>'),
                             ('List-ID', 'northwind-tools/cert-tracker <cert-tracker.northwind-tools.github.com>'),
                             ('X-GitHub-Reason', 'author')])
    write('049-github-pr-merged-notification.eml', h, b, kind='unrelated', case_id=None, ids=[], verified=False,
          lang='en', new_text=txt)

    # ---------------------------------------------------------- 050 Pearson VUE appointment confirmation (unrelated)
    dt = d(2024, 9, 20, 15, 40, 11)
    txt = """Dear Emily Carter,

Thank you for scheduling your exam with Pearson VUE. Please review the details below and keep this e-mail for your records.

Candidate ID: AWS21174408
Registration ID: 487120556
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Tuesday, October 8, 2024 at 10:00 AM Pacific Daylight Time
Delivery: OnVUE online proctored exam

Please confirm that the name on your profile matches your government-issued ID exactly. If it does not, contact us before your appointment.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE"""
    h, b = other_mail('050', dt, from_h='"Pearson VUE" <pearsonvueconfirmation@pearson.com>', from_domain='pearson.com',
                      rcpt='emily.carter@brightline-example.com', to_h='emily.carter@brightline-example.com',
                      subject='Pearson VUE Confirmation of Exam Appointment', body=alt(txt, r=R('050b')),
                      prov='corp', ip='159.182.12.4', helo='mail-out4.pearson.com', mailfrom='bounce@pearson.com',
                      dkim=[('pearson.com', 'pass')])
    write('050-pearson-vue-appointment-confirmation.eml', h, b, kind='unrelated', case_id=None, ids=['AWS21174408'],
          verified=None, lang='en', new_text=txt)


CQ_OPEN = d(2025, 2, 10, 8, 31, 6)
CQ = cid15(CQ_OPEN, 3)  # Jonas: EC2 quota case
C20_OPEN = d(2025, 5, 5, 7, 12, 48)
C20 = cid15(C20_OPEN, 5526)  # Hannah Fischer
C21_OPEN = d(2025, 2, 20, 19, 0, 30)
C21 = cid15(C21_OPEN, 318)  # Pedro Alves
C22_OPEN = d(2025, 6, 19, 11, 27, 14)
C22 = cid15(C22_OPEN, 7040)  # Fatima Zahra
C23_OPEN = d(2024, 10, 15, 6, 3, 39)
C23 = cid15(C23_OPEN, 2290)  # Chen Jie
C24 = '11862047395'  # Michael Brown, 2023 (11 digits)
C27_OPEN = d(2025, 8, 30, 13, 14, 15)
C27 = cid15(C27_OPEN, 61)  # Ana Costa


def chunk5():
    # ---------------------------------------------------------- 051 console: new case opened, EC2 quota (unrelated)
    dt = CQ_OPEN + timedelta(seconds=12)
    txt = f"""Thank you for contacting Amazon Web Services. We have opened case {CQ} to address your issue.

The details of your case are as follows:

Case ID: {CQ}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: EU (Frankfurt)
Primary Instance Type: All G and VT instances
Limit name: Running On-Demand G and VT instances
New limit value: 16

Use case description: GPU training jobs for an internal ML project.

We will get back to you as soon as possible. To see all the correspondence for this case, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CQ}&language=en

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming email. To respond, please use the link above."""
    h, b = aws_mail('051', dt, None, 'jonas.weber.cloud@gmail.com',
                    f"Amazon Web Services: You have opened a new Support case: {CQ}", alt(txt, r=R('051b')),
                    sender='console', region='eu-west-1')
    write('051-other-case-opened-ec2-quota.eml', h, b, kind='unrelated', case_id=CQ, ids=[], verified=True,
          lang='en', new_text=txt)

    # ---------------------------------------------------------- 052 Credly badge, HTML only (Lin)
    credly_mail('052', d(2024, 11, 23, 2, 15, 0), 'Lin', 'lin.wei@hotmail.com',
                'AWS Certified Solutions Architect - Associate', '052-credly-html-only-accept-badge.eml',
                prov='outlook', html_only=True, subject='Lin, your badge is ready to accept')

    # ---------------------------------------------------------- 053 bullets, "explicit OK", Outlook, base64
    dt = d(2025, 5, 6, 12, 40, 8)
    txt = f"""Hello Hannah,

Before I hand this over to the team that performs account merges, I need your explicit OK on the points below:

• Account that will be closed: AWS08150674 (hannah.fischer@old-employer-example.de)
• Account that will remain: AWS26603318 (hannah.fischer@fischer-data.de)
• Certifications that will move: AWS Certified Data Engineer – Associate, AWS Certified Machine Learning – Specialty
• Your Credly badges will be reissued to the remaining account.

The merge is final; we cannot split the accounts again later.

A simple "OK" in reply is enough.

Viele Grüße / Best regards,
Jana
AWS Training and Certification Support"""
    h, b = aws_mail('053', dt, 'Hannah Fischer', 'hannah.fischer@fischer-data.de', f"RE: [CASE {C20}] {FORM_SUBJ}",
                    alt(txt + FORM_FOOT, cte='base64', r=R('053b')), prov='outlook', region='eu-west-1')
    write('053-bullets-need-explicit-ok.eml', h, b, kind='merge_confirmation_requested', case_id=C20,
          ids=['AWS08150674', 'AWS26603318'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 054 utf-8 body mislabelled iso-8859-1
    dt = d(2025, 2, 21, 22, 3, 45)
    txt = f"""Hi Pedro,

Thanks for sending the screenshots – they helped a lot.

We’d like to merge AWS14402287 into AWS30559016 (the account you’re currently using for the Professional exam). After the merge you’ll only have AWS30559016; AWS14402287 won’t be accessible any more.

Can you reply with a quick “yes” so we know you’re OK with this? We won’t touch anything until we hear back from you.

Best,
Noah
AWS Training and Certification"""
    p = leaf(txt + FORM_FOOT, 'plain', 'utf-8', 'quoted-printable', label='iso-8859-1')
    hpart = leaf(text2html(txt + FORM_FOOT), 'html', 'utf-8', 'quoted-printable', label='iso-8859-1')
    h, b = aws_mail('054', dt, 'Pedro Alves', 'pedro.alves.ti@gmail.com', f"RE:[CASE {C21}] {FORM_SUBJ}",
                    multi('alternative', p, hpart, r=R('054b')))
    write('054-mislabelled-charset-quick-yes.eml', h, b, kind='merge_confirmation_requested', case_id=C21,
          ids=['AWS14402287', 'AWS30559016'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 055 plan told after consent, with a date (French Outlook quote)
    dt = d(2025, 6, 23, 14, 55, 2)
    new = f"""Dear Fatima,

Thank you for your reply and for agreeing to the merge.

As discussed, we will merge AWS19021137 into AWS05873301 on Monday, 30 June, after your exam voucher has been re-issued. From that day on you will no longer be able to sign in with fatima.z@engineering-school-example.ma; please use fatima.zahra@outlook.fr instead.

You don't need to do anything else - I'll write to you again once everything has been completed.

Kind regards,
Youssef
AWS Training and Certification Support"""
    quoted = ("________________________________\nDe : Fatima Zahra <fatima.zahra@outlook.fr>\n"
              "Envoyé : lundi 23 juin 2025 10:12\nÀ : Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
              f"Objet : RE: [CASE {C22}] {FORM_SUBJ}\n\n"
              "Bonjour Youssef,\n\nYes, I agree with the merge. But please wait until my voucher is re-issued, I don't want to lose it.\n\nMerci,\nFatima")
    h, b = aws_mail('055', dt, 'Fatima Zahra', 'fatima.zahra@outlook.fr', f"RE: [CASE {C22}] {FORM_SUBJ}",
                    alt(new + FORM_FOOT + "\n\n" + quoted, r=R('055b')), prov='outlook', region='eu-west-1')
    write('055-plan-after-consent-scheduled-date.eml', h, b, kind='support_reply', case_id=C22,
          ids=['AWS05873301', 'AWS19021137'], verified=True, lang='en', new_text=new)

    # ---------------------------------------------------------- 056 name mismatch: asks to confirm legal name (not the merge)
    dt = d(2024, 10, 16, 8, 20, 30)
    txt = f"""Hello Chen Jie,

Thank you for your patience.

While preparing the merge of AWS28810459 into AWS11206637, I noticed that the legal names on the two profiles are different: "Jie Chen" on AWS28810459 and "Chen Jie" on AWS11206637. We can only merge accounts whose legal names match.

Could you please confirm which spelling matches your government-issued ID? Once the names are aligned, I will send you the merge summary to approve.

Best regards,
Lukas
AWS Training and Certification Support"""
    h, b = aws_mail('056', dt, 'Chen Jie', 'chenjie.cloud@gmail.com', f"RE:[CASE {C23}] {FORM_SUBJ}",
                    alt(txt + FORM_FOOT, r=R('056b')))
    write('056-name-mismatch-confirm-legal-name.eml', h, b, kind='support_reply', case_id=C23,
          ids=['AWS11206637', 'AWS28810459'], verified=True, lang='en', new_text=txt)

    # ---------------------------------------------------------- 057 "I can confirm that..." answers a benefits question
    dt = d(2023, 3, 14, 17, 9, 58)
    new = f"""Hi Michael,

Good question, and I can confirm the following: once AWS17045528 is merged into AWS02961174, your AWS Certified SysOps Administrator - Associate keeps its original certification date and its expiration date (March 2026). Merging does not restart or extend the three-year validity. Your 50% recertification discount and the free practice exam benefit also move to AWS02961174.

Let me know if you have any other questions.

Thanks,
Olivia
AWS Training and Certification"""
    quoted = outlook_block('Michael Brown <mbrown@contoso-example.com>', 'Tuesday, March 14, 2023 8:47 AM',
                           'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                           f"RE:[CASE {C24}] {FORM_SUBJ}",
                           "Hi Olivia,\n\nBefore I confirm: will my SysOps certification keep its expiry date after the merge, "
                           "or will it be reset? I also have an unused practice exam on AWS17045528.\n\nThanks,\nMichael")
    h, b = aws_mail('057', dt, 'Michael Brown', 'mbrown@contoso-example.com', f"RE:[CASE {C24}] {FORM_SUBJ}",
                    alt(new + FORM_FOOT + "\n\n" + quoted, r=R('057b')), prov='outlook')
    write('057-i-can-confirm-expiry-kept-benefits.eml', h, b, kind='support_reply', case_id=C24,
          ids=['AWS02961174', 'AWS17045528'], verified=True, lang='en', new_text=new)

    # ---------------------------------------------------------- 058 completion HTML template (iCloud)
    dt = d(2024, 9, 13, 21, 0, 42)
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#ffffff;color:#16191f">
<table width="620" cellpadding="0" cellspacing="0" role="presentation" style="margin:auto">
<tr><td style="background:#232f3e;padding:14px 20px;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
<p>Hi Emily,</p>
<p>Your request has been completed. Here is a summary of what we did:</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse;font-size:13px">
<tr><td style="border:1px solid #d5dbdb"><b>Status</b></td><td style="border:1px solid #d5dbdb">Merge complete</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Merged (closed) account</b></td><td style="border:1px solid #d5dbdb">AWS06638192</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Your account</b></td><td style="border:1px solid #d5dbdb">AWS21174408 &ndash; emily.carter@icloud.com</td></tr>
</table>
<p>Your Cloud Practitioner certification and its history are now listed under AWS21174408. Your upcoming exam appointment is not affected.</p>
<p>Cheers,<br>Joanna<br>AWS Training &amp; Certification Support</p>
<p style="font-size:11px;color:#687078">Case ID: {C10} &middot; <a href="{rate_link(C10)}">Rate this correspondence</a><br>
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>"""
    r = R('058')
    sh, msgid, sels = aws_headers(r, dt, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
                                  'emily.carter@icloud.com', f"RE:[CASE {C10}] {FORM_SUBJ}")
    mf = ses_mailfrom(msgid)
    th = icloud_transport(r, 'emily.carter@icloud.com', dt, r.ses_ip, ses_host(r.ses_ip), mf, 'amazon.com', sels)
    write('058-html-summary-merge-complete.eml', th + sh, leaf(htm, 'html', 'utf-8', 'base64'),
          kind='merge_completed', case_id=C10, ids=['AWS06638192', 'AWS21174408'], verified=True, lang='en',
          new_text=re.sub('<[^>]+>', ' ', htm))

    # ---------------------------------------------------------- 059 rate-the-agent survey
    dt = d(2025, 6, 14, 9, 1, 7)
    base = f"https://console.aws.amazon.com/support/feedback?displayId={C13}&agent=daniela"
    stars = '\n'.join(f"  {'*' * n}{' ' * (5 - n)}  {base}&rating={n}" for n in range(5, 0, -1))
    txt = f"""Hello Sofia,

Your recent correspondence on case {C13} was handled by Daniela.

How would you rate the help you received?

{stars}

Tell us more (optional): {base}&comment=1

We read every response. Thank you for helping us improve AWS Training and Certification Support.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210"""
    h, b = aws_mail('059', dt, 'Sofia Martinez', 'sofiamartinez.dev@gmail.com',
                    f"How did Daniela do? Rate your support experience (Case {C13})", alt(txt, r=R('059b')),
                    sender='"AWS Support Feedback" <no-reply-aws@amazon.com>')
    write('059-rate-your-agent-stars.eml', h, b, kind='survey', case_id=C13, ids=[], verified=True, lang='en',
          new_text=txt)

    # ---------------------------------------------------------- 060 acknowledgement echoing the submitted form
    dt = C27_OPEN + timedelta(seconds=52)
    txt = f"""Hello,

Thank you for contacting AWS Training and Certification. We have received your request and created case {C27}. An agent will get back to you, usually within 24 hours.

A copy of your submission is included below for your records.

----- Your submission -----
Inquiry type: Certification
Inquiry detail: Account Merge
First name: Ana
Last name: Costa
Email: ana.costa.cloud@gmail.com
AWS candidate ID: AWS22970514
Description: I have two certification accounts. Please merge aws31106682 into AWS22970514 and keep AWS22970514 (my current e-mail).
---------------------------

Please do not open another case for the same request; reply to this e-mail if you want to add anything.

AWS Training and Certification Support"""
    h, b = aws_mail('060', dt, 'Ana Costa', 'ana.costa.cloud@gmail.com', f"[CASE {C27}] {FORM_SUBJ}",
                    alt(txt, r=R('060b')))
    write('060-ack-echoing-submitted-form.eml', h, b, kind='case_created', case_id=C27,
          ids=['AWS22970514', 'AWS31106682'], verified=True, lang='en', new_text=txt)


CHUNKS = [chunk1, chunk2, chunk3, chunk4, chunk5]

if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for c in CHUNKS:
        c()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2)
    print(len(LABELS), 'mails written')
