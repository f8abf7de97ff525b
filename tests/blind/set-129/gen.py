#!/usr/bin/env python3
"""Generator for blind set 129: AWS Certification account-merge mail (.eml) + labels.json."""
import base64, datetime as dt, hashlib, io, json, os, quopri, random, re, uuid
from email.message import Message
from email.generator import BytesGenerator
from email.header import Header
from email.utils import format_datetime, formataddr
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(129)
LABELS = {}
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    return sorted({'AWS' + m.group(1) for m in ID_RE.finditer(text)})


def b64(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def hexs(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def when(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(t):
    """15-digit display id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(t.timestamp()), rnd.randrange(100000))


def ses_mid(t):
    ms = int(t.timestamp() * 1000)
    return '<0100%012x-%s-000000@email.amazonses.com>' % (ms, str(uuid.UUID(int=rnd.getrandbits(128))))


def fold_params(prefix, params, indent='\t'):
    """Return 'a=b; c=d' folded with newlines."""
    out, line = [], prefix
    for p in params:
        if len(line) + len(p) + 2 > 76 and line.strip():
            out.append(line.rstrip())
            line = indent + p + ' '
        else:
            line += p + ' '
    out.append(line.rstrip())
    return '\n'.join(out)


def dkim(d, s, t, hdrs='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID'):
    b = b64(192)
    bparts = [b[i:i + 70] for i in range(0, len(b), 70)]
    v = ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
         % (s, d, int(t.timestamp()), hdrs, b64(32), '\n\t  '.join(bparts)))
    return v


def enc_subject(s, charset):
    if charset is None:
        return s
    return Header(s, charset, header_name='Subject').encode(linesep='\n')


def addr(name, a, charset='utf-8'):
    if name is None:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8', 'us-ascii': 'utf-8',
         'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, label=None):
    codec = codec or CODEC[charset.lower()]
    label = label if label is not None else charset
    raw = text.encode(codec)
    p = Message()
    if label == '':
        p['Content-Type'] = 'text/%s' % subtype
    else:
        p['Content-Type'] = 'text/%s; charset="%s"' % (subtype, label)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:  # 8bit
        payload = raw.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    return p


def multipart(sub, parts):
    m = Message()
    m['Content-Type'] = 'multipart/%s' % sub
    m.set_payload(parts)
    m.set_boundary('----=_Part_%d_%d.%d' % (rnd.randrange(10**6), rnd.randrange(10**9), rnd.randrange(10**13)))
    return m


# ---------------------------------------------------------------- receivers
def gtime(t):
    pac = dt.timezone(dt.timedelta(hours=-7)) if 4 <= t.month <= 10 else dt.timezone(dt.timedelta(hours=-8))
    v = format_datetime(t.astimezone(pac))
    return v + (' (PDT)' if v.endswith('-0700') else ' (PST)')


def rx_gmail(to, t, sender_host, sender_ip, mailfrom, dkim_d, hfrom, dmarc='pass', spf='pass',
             dkim_res='pass', policy_='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    rt = t + dt.timedelta(seconds=rnd.randrange(1, 6))
    gid = hexs(4) + '.' + hexs(8)
    hs = []
    hs.append(('Delivered-To', to))
    hs.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s'
               % (hexs(4), hexs(3), hexs(3), hexs(4), b64(9)[:12].replace('/', 'x'),
                  gtime(rt))))
    hs.append(('X-Received', 'by 2002:a17:%s:%s:b0:%s:%s with SMTP id %s;\n        %s'
               % (hexs(3), hexs(3), hexs(3), hexs(4), b64(9)[:12].replace('/', 'x'),
                  gtime(rt))))
    hs.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
               % (int(rt.timestamp()), b64(60))))
    hs.append(('Return-Path', '<%s>' % mailfrom))
    hs.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
               % (sender_host, sender_host, sender_ip, gid, to,
                  gtime(rt))))
    hs.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
               % (spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', sender_ip, sender_ip)))
    ar = 'mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (dkim_res, dkim_d, hexs(6), b64(6)[:8])
    ar += '\n       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;' % (
        spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', sender_ip, mailfrom)
    if dmarc is not None:
        ar += '\n       dmarc=%s (%s) header.from=%s' % (dmarc, policy_, hfrom)
    hs.append(('Authentication-Results', ar))
    return hs


def rx_o365(to, t, sender_host, sender_ip, mailfrom_dom, dkim_d, hfrom, dmarc='pass', spf='pass',
            dkim_res='pass', tenant='NAM', compauth='pass reason=100', action='none'):
    rt = t + dt.timedelta(seconds=rnd.randrange(1, 8))
    region = {'NAM': 'namprd', 'JPN': 'jpnprd01', 'EUR': 'eurprd'}[tenant]
    srv = '%s%02d.prod.outlook.com' % ({'NAM': 'SN', 'JPN': 'TYWP', 'EUR': 'DB'}[tenant] + hexs(2).upper() + 'MB' + str(rnd.randrange(1000, 9999)),
                                        rnd.randrange(1, 30))
    hs = []
    hs.append(('Received', 'from %s (2603:10b6:%s::%s) by\n %s with HTTPS; %s'
               % (srv, hexs(3), hexs(2), srv, format_datetime(rt.astimezone(UTC)).replace('-0000', '+0000'))))
    hs.append(('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
               % ('BN1PEPF0000%s.%s.prod.outlook.com' % (hexs(4).upper(), region), '2603:10b6:408:e5::%s' % hexs(2),
                  srv, rnd.randrange(1, 250), rnd.randrange(1, 250), rnd.randrange(8000, 9400), rnd.randrange(10, 40),
                  format_datetime(rt.astimezone(UTC)).replace('-0000', '+0000'))))
    ar = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
        spf, sender_ip, mailfrom_dom, dkim_res, 'signature was verified' if dkim_res == 'pass' else 'signature did not verify',
        dkim_d, dmarc, action, hfrom, compauth)
    hs.append(('Authentication-Results', ar))
    hs.append(('Received-SPF', '%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
               % ('Pass' if spf == 'pass' else spf.capitalize(), mailfrom_dom, 'designates' if spf == 'pass' else 'does not designate', sender_ip, sender_ip, sender_host)))
    hs.append(('Received', 'from %s (%s) by\n BN1PEPF0000%s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
               % (sender_host, sender_ip, hexs(4).upper(), rnd.randrange(1, 250), rnd.randrange(8000, 9400), rnd.randrange(10, 40),
                  format_datetime(rt.astimezone(UTC)).replace('-0000', '+0000'))))
    return hs


def rx_jp(to, t, sender_host, sender_ip, mailfrom, dkim_d, hfrom, provider='biglobe', dmarc='pass', spf='pass', dkim_res='pass'):
    rt = t + dt.timedelta(seconds=rnd.randrange(1, 8))
    mx = {'biglobe': 'mx.biglobe.ne.jp', 'nifty': 'mx.nifty.com', 'ocn': 'mx.ocn.ne.jp', 'sakura': 'www%d.sakura.ne.jp' % rnd.randrange(1000, 5000)}[provider]
    hs = []
    hs.append(('Return-Path', '<%s>' % mailfrom))
    hs.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s'
               % (sender_host, sender_host, sender_ip, mx, b64(9)[:10].replace('/', 'Q').replace('+', 'k'), to,
                  format_datetime(rt.astimezone(JST)))))
    ar = '%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s' % (
        mx, spf, mailfrom.split('@')[-1], dkim_res, dkim_d, hexs(8), dmarc, hfrom)
    hs.insert(0, ('Authentication-Results', ar))
    return hs


# ---------------------------------------------------------------- senders
def ses_out(t):
    ip = '54.240.%d.%d' % (rnd.choice([8, 9, 48, 27]), rnd.randrange(2, 250))
    host = 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
    mailfrom = '0100%012x-%s-000000@amazonses.com' % (int(t.timestamp() * 1000), str(uuid.UUID(int=rnd.getrandbits(128))))
    return host, ip, mailfrom


def credly_out(t):
    ip = '149.72.%d.%d' % (rnd.randrange(100, 200), rnd.randrange(2, 250))
    host = 'o%d.ptr%d.em.credly.com' % (rnd.randrange(1, 20), rnd.randrange(1000, 9999))
    mailfrom = 'bounces+%d-%s-%s=%s@em.credly.com'
    return host, ip, mailfrom


CUR = [0]


def build(slug, kind, lang, case_id, sender_verified, hdrs, body, new_text, extra_ids_check=None):
    """hdrs: list of (name, value) already in final order (transport first)."""
    m = Message()
    for k, v in hdrs:
        m[k] = v
    if isinstance(body, Message):
        for k, v in body.items():
            m[k] = v
        m.set_payload(body._payload)
    fname = '%03d-%s.eml' % (CUR[0], slug)
    b = io.BytesIO()
    BytesGenerator(b, policy=policy.compat32.clone(linesep='\r\n'), maxheaderlen=0, mangle_from_=False).flatten(m)
    assert re.match(r'^\d{3}-[a-z0-9-]+\.eml$', fname), fname
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(b.getvalue())
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': ids_in(new_text),
                     'sender_verified': sender_verified, 'language': lang}


def mime_top():
    return [('MIME-Version', '1.0')]


def aws_form_from():
    return addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')


def aws_console_from():
    return addr('Amazon Web Services', 'no-reply-aws@amazon.com')


def aws_sender_headers(t, frm, to, subject, subj_charset=None, extra=()):
    """Headers written by SES (below the receiver's)."""
    hs = [('DKIM-Signature', dkim('amazon.com', 'rte02', t)),
          ('DKIM-Signature', dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', t, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')),
          ('From', frm), ('To', to), ('Subject', enc_subject(subject, subj_charset)),
          ('Date', format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')),
          ('Message-ID', ses_mid(t))]
    hs += list(extra)
    hs.append(('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64(30)[:43].replace('/', 'A')))
    hs.append(('X-SES-Outgoing', '%s-54.240.%d.%d' % (t.strftime('%Y.%m.%d'), rnd.choice([8, 48]), rnd.randrange(2, 250))))
    return hs + mime_top()


def aws_mail(fname, kind, lang, case_id, t, to, rx, frm, subject, body, new_text, subj_charset=None,
             dmarc='pass', extra=(), rx_kw=None):
    host, ip, mf = ses_out(t)
    rx_kw = rx_kw or {}
    if rx == 'gmail':
        top = rx_gmail(to, t, host, ip, mf, 'amazon.com', 'amazon.com', dmarc=dmarc, **rx_kw)
    elif rx == 'o365':
        top = rx_o365(to, t, host, ip, 'amazonses.com', 'amazon.com', 'amazon.com', dmarc=dmarc, **rx_kw)
    elif rx is None:
        top = []
    else:
        top = rx_jp(to, t, host, ip, mf, 'amazon.com', 'amazon.com', provider=rx, dmarc=dmarc, **rx_kw)
    hs = top + aws_sender_headers(t, frm, to, subject, subj_charset, extra)
    sv = None if rx is None else (dmarc == 'pass')
    build(fname, kind, lang, case_id, sv, hs, body, new_text)


def credly_mail(fname, kind, lang, t, to, rx, frm_name, subject, body, new_text, subj_charset=None,
                frm_addr='admin@credly.com', dmarc='pass'):
    host, ip, _ = credly_out(t)
    mf = 'bounces+%d-%s-%s@em.credly.com' % (rnd.randrange(10**6, 10**7), hexs(4), to.replace('@', '='))
    if rx == 'gmail':
        top = rx_gmail(to, t, host, ip, mf, 'credly.com', 'credly.com', dmarc=dmarc, policy_='p=REJECT sp=REJECT dis=NONE')
    elif rx == 'o365':
        top = rx_o365(to, t, host, ip, 'em.credly.com', 'credly.com', 'credly.com', dmarc=dmarc)
    elif rx is None:
        top = []
    else:
        top = rx_jp(to, t, host, ip, mf, 'credly.com', 'credly.com', provider=rx, dmarc=dmarc)
    hs = top + [('DKIM-Signature', dkim('credly.com', 's1', t)),
                ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', t)),
                ('From', addr(frm_name, frm_addr)), ('To', to),
                ('Subject', enc_subject(subject, subj_charset)),
                ('Date', format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')),
                ('Message-ID', '<%s@geopod-ismtpd-%d>' % (b64(16).replace('/', 'x').replace('+', 'y').rstrip('='), rnd.randrange(1, 40))),
                ('X-SG-EID', b64(60))] + mime_top()
    sv = None if rx is None else (dmarc == 'pass')
    build(fname, kind, lang, None, sv, hs, body, new_text)


def other_mail(slug, kind, lang, case_id, t, to, rx, frm, subject, body, new_text, from_domain,
               sender_host, sender_ip, mailfrom, dkim_d=None, dmarc='pass', spf='pass', dkim_res='pass',
               sv=False, subj_charset=None, msgid=None, extra=(), lower=(), rx_kw=None, date_tz=UTC):
    """Mail from a non-SES sender. sv is the label when an AR header exists."""
    dkim_d = dkim_d or from_domain
    rx_kw = rx_kw or {}
    if rx == 'gmail':
        top = rx_gmail(to, t, sender_host, sender_ip, mailfrom, dkim_d, from_domain, dmarc=dmarc, spf=spf,
                       dkim_res=dkim_res, **rx_kw)
    elif rx == 'o365':
        top = rx_o365(to, t, sender_host, sender_ip, mailfrom.split('@')[-1], dkim_d, from_domain, dmarc=dmarc,
                      spf=spf, dkim_res=dkim_res, **rx_kw)
    elif rx is None:
        top = []
        sv = None
    else:
        top = rx_jp(to, t, sender_host, sender_ip, mailfrom, dkim_d, from_domain, provider=rx, dmarc=dmarc,
                    spf=spf, dkim_res=dkim_res)
    hs = top + list(lower)
    if dkim_res != 'none':
        sel = '20230601' if dkim_d == 'gmail.com' else (hexs(8) if rnd.random() < .5 else 'selector1')
        hs.append(('DKIM-Signature', dkim(dkim_d, sel, t)))
    hs += [('From', frm), ('To', to), ('Subject', enc_subject(subject, subj_charset)),
           ('Date', format_datetime(t.astimezone(date_tz))),
           ('Message-ID', msgid or '<%s@%s>' % (hexs(24), sender_host))]
    hs += list(extra) + mime_top()
    build(slug, kind, lang, case_id, sv, hs, body, new_text)


def gmail_msgid():
    return '<CA%s%s@mail.gmail.com>' % (b64(30).replace('/', '_').replace('+', '-')[:40].upper(), hexs(4))


def user_out_gmail(t):
    ip = '209.85.%d.%d' % (rnd.randrange(128, 223), rnd.randrange(2, 250))
    return 'mail-%s.google.com' % rnd.choice(['yw1-f%d' % rnd.randrange(170, 200), 'ej1-f%d' % rnd.randrange(40, 60), 'pl1-f%d' % rnd.randrange(170, 190)]), ip


def sig_console():
    return ('\n\nWe value your feedback. Please share your experience by rating this correspondence using the '
            'AWS Support Center link at the end of this correspondence. Each correspondence can also be rated '
            'by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n')


def console_footer(case_id):
    return ('\n\nTo see all correspondence on this case, or to reply, please sign in to the AWS Support Center:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n'
            'To respond to this case, please follow the link above.\n\n'
            'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n' % case_id)


def console_footer_ja(case_id):
    return ('\n\nこのケースのすべてのやり取りの確認、またはご返信は、AWS サポートセンターにサインインしてください:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
            '※このメールは送信専用アドレスから送信されています。ご返信いただいてもお受けできません。\n'
            '上記リンクよりご返信ください。\n\n'
            'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n' % case_id)


def q(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.split('\n'))


def html_wrap(inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (title, inner))


def p2html(text):
    import html as H
    return '\n'.join('<p>%s</p>' % H.escape(par).replace('\n', '<br>\n') for par in text.strip().split('\n\n'))


# ================================================================== MAILS
# users
DAN = 'daniel.okafor.dev@gmail.com'
MISAKI = 'misaki.tanaka@mtg.biglobe.ne.jp'
PRIYA = 'priya.raman@northwind-analytics.com'
KSATO = 'k-sato@hoshizora-sys.co.jp'
LUKAS = 'lukas.brenner@outlook.com'
HARUKA = 'haruka.suzuki.cloud@gmail.com'
SHO = 'sho-yamamoto@kir.nifty.com'
EMMA = 'emma.whitfield@gmail.com'

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ---------------------------------------------------------------- case ids (threads)
T_DAN = when(2025, 5, 26, 22, 40, 11)
C_DAN = case15(T_DAN)                      # Dan, form desk
T_PRI = when(2025, 6, 17, 14, 3, 52)
C_PRI = case15(T_PRI)                      # Priya, console
T_LUK = when(2025, 8, 4, 7, 55, 20)
C_LUK = case15(T_LUK)                      # Lukas, console
T_EMM = when(2025, 10, 13, 19, 12, 45)
C_EMM = case15(T_EMM)                      # Emma, form desk
T_MIS = when(2025, 7, 9, 1, 22, 8)
C_MIS = case15(T_MIS)                      # Misaki, console ja
T_HAR = when(2025, 11, 20, 3, 47, 31)
C_HAR = case15(T_HAR)                      # Haruka, form desk ja
T_KSA = when(2026, 1, 14, 0, 18, 2)
C_KSA = case15(T_KSA)                      # K. Sato, console ja
T_SHO = when(2026, 2, 24, 11, 5, 40)
C_SHO = case15(T_SHO)                      # Sho, form desk ja
C_OLD = '11904517362'                      # reopened older console case (11 digits)


@mail
def cc_dan():
    t = T_DAN + dt.timedelta(seconds=9)
    txt = """Hello Daniel,

Thanks for reaching out to AWS Training and Certification. This is a quick note to let you know your message reached us and has been given the reference number %s.

Someone from our team will normally get back to you within 24 hours. If you write to us again about the same matter, please keep this reference in the subject line. There is no need to send the form a second time; a duplicate submission tends to slow things down rather than speed them up.

Here is a copy of what you sent us:

  Inquiry type: AWS Certification
  Detail: Account Merge
  AWS candidate ID: AWS 48201375
  Notification e-mail: %s
  Comments: I ended up with two certification accounts, the second one was made by my old employer's training portal (candidate ID aws-30917264). I would like everything to live under the first ID.

Kind regards,
AWS Training and Certification
""" % (C_DAN, DAN)
    aws_mail('aws-tc-form-reference', 'case_created', 'en', C_DAN, t, DAN, 'gmail', aws_form_from(),
             '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_DAN,
             part(txt, cte='quoted-printable'), txt)


@mail
def cc_priya():
    t = T_PRI + dt.timedelta(seconds=14)
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="max-width:640px"><tr><td style="padding:16px 0">
<img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_179x109.png" alt="AWS" width="90"></td></tr>
<tr><td>
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<p>The details of your case are as follows:</p>
<p><b>Case ID:</b> %s<br>
<b>Subject:</b> Combine two certification profiles into one<br>
<b>Severity:</b> General guidance<br>
<b>Correspondence:</b> Hello, I passed SAA under a profile created with my university address and later took the Developer exam under my work address. I would like them joined. Thanks, Priya</p>
<p>You can view the case or add correspondence at any time in the
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>.</p>
<p>Best regards,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, 410 Terry Ave. North, Seattle, WA 98109. *Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</td></tr></table>""" % (C_PRI, C_PRI, C_PRI)
    h = html_wrap(inner, 'Amazon Web Services')
    aws_mail('aws-support-new-case', 'case_created', 'en', C_PRI, t, PRIYA, 'o365', aws_console_from(),
             'Amazon Web Services: You have opened a new Support case: %s' % C_PRI,
             part(h, 'html', cte='quoted-printable'), h)


@mail
def cc_lukas():
    t = T_LUK + dt.timedelta(seconds=21)
    txt = """Hi Lukas,

Your request is now in the AWS Support queue. Keep the number below handy; it is how we will refer to this request from now on.

  Case ID:  %s
  Subject:  Two AWS Certification candidate accounts - please consolidate
  Severity: General guidance
  Opened:   %s

A member of the Training and Certification support team will pick this up shortly. Each time something is added to the case you will receive an e-mail like this one, with a link back to the Support Center.

Best regards,
Amazon Web Services
""" % (C_LUK, T_LUK.strftime('%Y-%m-%d %H:%M UTC')) + console_footer(C_LUK)
    aws_mail('aws-case-queued', 'case_created', 'en', C_LUK, t, LUKAS, 'o365', aws_console_from(),
             '[Case %s] Request received: Two AWS Certification candidate accounts - please consolidate' % C_LUK,
             part(txt, cte='base64'), txt,
             rx_kw={'tenant': 'EUR'})


@mail
def cc_emma():
    t = T_EMM + dt.timedelta(seconds=6)
    plain = """Reference: %s

Your submission is with our team. We will be in touch.

AWS Training and Certification
""" % C_EMM
    html = html_wrap(p2html("""Hi Emma,

Your form submission arrived safely and is waiting for one of our Training and Certification specialists. Your reference is %s; a reply usually follows within one business day.

Submission summary
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS07731942
Other candidate ID mentioned: AWS 07731491

Please reply to this e-mail rather than opening a new request if you have something to add.

AWS Training and Certification""" % C_EMM), 'AWS Training and Certification')
    body = multipart('alternative', [part(plain, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable')])
    aws_mail('tc-form-submission-received', 'case_created', 'en', C_EMM, t, EMMA, None, aws_form_from(),
             'Your AWS Training and Certification request [CASE %s]' % C_EMM, body, plain + html)


@mail
def cc_misaki():
    t = T_MIS + dt.timedelta(seconds=17)
    txt = """田中 美咲 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お寄せいただいた内容は、ケース %s として受け付けられました。

ケース ID: %s
件名: 認定アカウントが二つあるので一つにまとめたい
重要度: 一般的なガイダンス

担当者からの返信は、このメールと同じ形式でお知らせいたします。

よろしくお願いいたします。
Amazon Web Services
""" % (C_MIS, C_MIS) + console_footer_ja(C_MIS)
    aws_mail('aws-support-uketsuke', 'case_created', 'ja', C_MIS, t, MISAKI, 'biglobe', aws_console_from(),
             'Amazon Web Services: サポートケースを受け付けました: %s' % C_MIS,
             part(txt, charset='iso-2022-jp', cte='7bit'), txt, subj_charset='iso-2022-jp')


@mail
def cc_haruka():
    t = T_HAR + dt.timedelta(seconds=5)
    txt = """鈴木 遥 様

AWS トレーニングと認定へご連絡いただき、ありがとうございます。
フォームからお送りいただいた内容は、担当窓口に届いております。

受付番号: %s

通常 24 時間以内に担当者よりご返信いたします。同じご用件でフォームを再度送信されますと、かえってご案内が遅れる場合がございますので、追加のご連絡はこのメールへの返信でお願いいたします。

―― お送りいただいた内容 ――
お問い合わせの種類: AWS 認定
詳細: アカウントの統合
AWS 候補者 ID: aws-55203918
コメント: 以前の会社で作ったアカウント (AWS 61049277) にも SAA の記録があります。今のアカウントの方に寄せてください。

AWS トレーニングと認定 サポート
""" % C_HAR
    aws_mail('aws-tc-form-uketsuke', 'case_created', 'ja', C_HAR, t, HARUKA, 'gmail', aws_form_from(),
             '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_HAR,
             part(txt, cte='base64'), txt)


@mail
def cc_ksato():
    t = T_KSA + dt.timedelta(seconds=12)
    txt = """佐藤 健一 様

Amazon Web Services サポートをご利用いただきありがとうございます。
以下の内容でお問い合わせを承りました。

  ケース ID : %s
  件名      : 認定アカウント（2件）の一本化のお願い
  重要度    : 一般的なガイダンス

お問い合わせの内容を確認のうえ、担当エンジニアより順次ご連絡いたします。
ご連絡はサポートセンター上でのやり取りとなりますので、下記リンクからご確認ください。

Amazon Web Services
""" % C_KSA + console_footer_ja(C_KSA)
    aws_mail('support-case-ack-ja', 'case_created', 'ja', C_KSA, t, KSATO, 'o365', aws_console_from(),
             'Amazon Web Services: サポートケースを受け付けました（ケース番号 %s）— 認定アカウントの一本化に関するお問い合わせ' % C_KSA,
             part(txt, charset='shift_jis', cte='base64'), txt, subj_charset='utf-8',
             rx_kw={'tenant': 'JPN'})


@mail
def cc_sho():
    t = T_SHO + dt.timedelta(seconds=8)
    plain = """山本 翔 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
ご依頼は受付番号 %s で承りました。担当者が内容を確認し、原則 24 時間以内にご連絡いたします。

※同じご依頼について新たにお問い合わせを作成されますと、確認に時間を要することがございます。補足がある場合は、本メールにそのままご返信ください。

AWS トレーニングと認定
""" % C_SHO
    html = html_wrap(p2html(plain) + """
<hr><p style="font-size:12px">よくあるご質問: <a href="https://aws.amazon.com/jp/certification/faqs/">AWS 認定 FAQ</a> ／
<a href="https://aws.amazon.com/jp/certification/policies/">認定ポリシー</a></p>""", 'AWS トレーニングと認定')
    body = multipart('alternative', [part(plain, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')])
    aws_mail('tc-uketsuke-bango', 'case_created', 'ja', C_SHO, t, SHO, 'nifty', aws_form_from(),
             '【受付完了】AWS トレーニングと認定へのお問い合わせ [CASE %s]' % C_SHO, body, plain,
             subj_charset='iso-2022-jp')


# ================================================================ merge_confirmation_requested
FAKE_CASE_EN = '176041822905517'
FAKE_CASE_JA = '176451190730284'


@mail
def mc_dan():
    t = T_DAN + dt.timedelta(hours=17, minutes=38)
    txt = """Hi Daniel,

Thank you so much for getting in touch with AWS Training & Certification, and sorry for the hassle that having two accounts has caused you!

I've had a look and I can see both of the candidate profiles you mentioned. Before I do anything with them I need you to double-check the plan below, because after the two are joined there is no way for us to split them apart again:

- AWS48201375 (sign-in: daniel.okafor.dev@gmail.com) -> this is the one that stays. All of your exam history will end up here.
- AWS30917264 (sign-in: d.okafor@lumen-freight.com) -> its history moves into the account above, and this profile is then switched off.

If that all looks right, just reply to this e-mail and say so and I'll get it sorted for you. If anything is off (for example you'd rather keep the other one), tell me which and I'll adjust the plan.

Have a lovely day!
Jasmine
AWS Training and Certification
"""
    aws_mail('re-case-account-assistance', 'merge_confirmation_requested', 'en', C_DAN, t, DAN, 'gmail',
             aws_form_from(), 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_DAN,
             part(txt, cte='quoted-printable'), txt)


@mail
def mc_lukas():
    t = T_LUK + dt.timedelta(days=1, hours=9, minutes=12)
    txt = """Hello,

Surviving ID: AWS 20564718 (lukas.brenner@outlook.com)
Absorbed ID:  AWS 91338206 (l.brenner@campus.tu-example.de) - exam records move across, this login stops working.

One-way operation. Reply in the Support Center with "OK to proceed", or tell me which ID you would rather keep.

Best regards,
Marek K.
Amazon Web Services""" + sig_console() + console_footer(C_LUK)
    aws_mail('case-correspondence-lukas', 'merge_confirmation_requested', 'en', C_LUK, t, LUKAS, 'o365',
             aws_console_from(), 'RE:[CASE %s] Two AWS Certification candidate accounts - please consolidate' % C_LUK,
             part(txt, cte='7bit', charset='us-ascii'), txt, rx_kw={'tenant': 'EUR'})


@mail
def mc_phish_en():
    t = when(2025, 10, 14, 2, 31, 40)
    link = 'https://aws-certification-helpdesk.com/verify?ref=%s&u=%s' % (FAKE_CASE_EN, hexs(12))
    inner = """<div style="max-width:600px;margin:auto;border:1px solid #d5dbdb">
<div style="background:#232f3e;padding:14px"><img src="https://aws-certification-helpdesk.com/img/aws-logo.png" alt="aws" height="28"></div>
<div style="padding:20px">
<p>Dear Candidate,</p>
<p>Our records show two certification profiles registered to your name. To keep your credentials in good standing, the profiles will be combined into a single record. <b>This action is permanent.</b></p>
<p>Please approve the consolidation by signing in with your AWS Certification credentials within <b>48 hours</b>. Profiles that are not approved in time may be placed on hold and associated certifications suspended.</p>
<p style="text-align:center"><a href="%s" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">Review and approve</a></p>
<p>Reference: CASE %s</p>
<p>Regards,<br>AWS Training &amp; Certification Support</p>
</div></div>""" % (link, FAKE_CASE_EN)
    h = html_wrap(inner, 'Action required')
    host, ip = 'mail.aws-certification-helpdesk.com', '185.225.%d.%d' % (rnd.randrange(1, 250), rnd.randrange(2, 250))
    other_mail('action-required-profiles', 'merge_confirmation_requested', 'en', FAKE_CASE_EN, t, EMMA, 'gmail',
               addr('AWS Training & Certification', 'casework@aws-certification-helpdesk.com'),
               'RE: [CASE %s] Action required: approve your certification profile consolidation' % FAKE_CASE_EN,
               part(h, 'html', cte='base64'), h, 'aws-certification-helpdesk.com', host, ip,
               'bounce@aws-certification-helpdesk.com', dmarc='pass', sv=False,
               rx_kw={'policy_': 'p=NONE sp=NONE dis=NONE'})


@mail
def mc_emma():
    t = T_EMM + dt.timedelta(days=1, hours=20, minutes=4)
    user_t = T_EMM + dt.timedelta(hours=1, minutes=50)
    new = """Hello Emma,

Thanks for the extra detail, it helped.

Of the three numbers in your message, two are certification profiles in your name. The third one is not a candidate ID we hold (it looks like it may be a Pearson VUE registration number), so I have left it out.

What I am preparing:
  keep:         AWS07731942 (emma.whitfield@gmail.com)
  fold into it: AWS07731491 (e.whitfield@brightlane.co.uk)

After this, the Brightlane profile no longer exists and its two certifications show under the gmail profile. It can't be reversed afterwards, so I'd like a yes from you before I touch anything. A one-line reply to this e-mail is enough.

Best,
Oluwaseun
AWS Training and Certification
"""
    quoted = """On Tue, 14 Oct 2025 at 21:02, Emma Whitfield <%s> wrote:
> Hi,
>
> thanks for the quick acknowledgement. To add to my form: I have at least
> two profiles, AWS07731942 (my personal one, please keep this) and
> AWS07731491 which my previous employer set up. There may also be a third,
> AWS 66018243, from when I booked an exam years ago - not sure.
>
> Emma
>
> On Mon, 13 Oct 2025 at 20:12, Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
> > Reference: %s
> >
> > Your submission is with our team. We will be in touch.
> >
> > AWS Training and Certification
""" % (EMMA, C_EMM)
    txt = new + '\n' + quoted
    aws_mail('re-form-submission-emma', 'merge_confirmation_requested', 'en', C_EMM, t, EMMA, 'gmail',
             aws_form_from(), 'RE:[CASE %s] Your AWS Training and Certification request' % C_EMM,
             part(txt, cte='quoted-printable'), new)


@mail
def mc_misaki():
    t = T_MIS + dt.timedelta(days=1, hours=6, minutes=40)
    txt = """田中様

AWS サポートの木村でございます。お問い合わせいただきました認定アカウントの件につきまして、ご連絡を差し上げます。

調査をいたしました結果、お客様名義の認定アカウントが以下の二つ存在していることを確認いたしました。作業を開始する前に、下記の内容にお間違いがないか、お客様ご自身によるご確認をいただく必要がございます。

  残すアカウント（プライマリ）: AWS83016624（ログイン: misaki.tanaka@mtg.biglobe.ne.jp）
  吸収されるアカウント（セカンダリ）: AWS 14479305（ログイン: m.tanaka@kansai-denki-example.co.jp）

セカンダリ側の受験履歴および認定資格はすべてプライマリ側へ移され、その後セカンダリ側はご利用いただけなくなります。一度実施いたしました後に元の状態へ戻すことは、いかなる理由によってもできかねますことを、ご了承くださいませ。

上記の内容で問題がございませんでしたら、サポートセンターよりその旨をご返信いただけますでしょうか。残す側のアカウントを逆にご希望の場合も、お知らせいただけましたら対応いたします。

何卒よろしくお願い申し上げます。
木村
Amazon Web Services""" + console_footer_ja(C_MIS)
    aws_mail('re-case-misaki-kakunin', 'merge_confirmation_requested', 'ja', C_MIS, t, MISAKI, 'biglobe',
             aws_console_from(), 'RE:[CASE %s] 認定アカウントが二つあるので一つにまとめたい' % C_MIS,
             part(txt, charset='iso-2022-jp', cte='7bit'), txt, subj_charset='iso-2022-jp')


@mail
def mc_ksato():
    t = T_KSA + dt.timedelta(days=2, hours=1, minutes=5)
    txt = """Hello,

佐藤様

いつもお世話になっております。AWS サポートの高橋です。

ご依頼の件、次の 2 つを 1 つに寄せる形で準備ができております。
　・存続させる ID: aws-72150836（k-sato@hoshizora-sys.co.jp）
　・廃止する ID: aws-72150863（ksato.private@example-mail.jp）※受験記録は存続側へ移します

実施後に取り消すことはできませんので、念のため佐藤様のご了承をいただいてから進めます。
相違がなければ「この内容で進めてください」とサポートセンターからご返答ください。

Best regards,

高橋
Amazon Web Services""" + sig_console() + console_footer(C_KSA)
    aws_mail('re-case-ksato', 'merge_confirmation_requested', 'ja', C_KSA, t, KSATO, 'o365',
             aws_console_from(), 'RE:[CASE %s] 認定アカウント（2件）の一本化のお願い' % C_KSA,
             part(txt, cte='base64'), txt, subj_charset='utf-8', rx_kw={'tenant': 'JPN'})


@mail
def mc_phish_ja():
    t = when(2025, 11, 26, 9, 14, 3)
    txt = """お客様各位

AWS トレーニングと認定です。
お客様の認定アカウント（AWS40518832 および AWS40518823）の統合処理を保留しております。

統合は取り消しのできない手続きのため、以下のページにてサインインのうえ、ご本人様による承認をお願いいたします。
承認が 24 時間以内に確認できない場合、両アカウントの認定資格が一時停止されます。

　▼承認ページ
　http://aws-training-certificaton.support-jp.top/merge/approve?id=%s

受付番号: %s

※本メールは送信専用です。
AWS トレーニングと認定 サポートセンター
""" % (hexs(16), FAKE_CASE_JA)
    host, ip = 'vps-%d.support-jp.top' % rnd.randrange(100, 999), '45.%d.%d.%d' % (rnd.randrange(1, 250), rnd.randrange(1, 250), rnd.randrange(2, 250))
    forged = ('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass header.from=amazon.com')
    other_mail('ninshou-account-shounin', 'merge_confirmation_requested', 'ja', FAKE_CASE_JA, t, HARUKA, 'gmail',
               addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'),
               '【重要】認定アカウント統合のご確認 [CASE %s]' % FAKE_CASE_JA,
               part(txt, charset='shift_jis', cte='base64'), txt, 'amazon.com', host, ip,
               'info@support-jp.top', dkim_d='support-jp.top', dmarc='fail', sv=False, subj_charset='iso-2022-jp',
               lower=[forged], date_tz=JST)


@mail
def mc_sho():
    t = T_SHO + dt.timedelta(days=1, hours=2, minutes=27)
    inner = """<div style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;line-height:1.7">
<p>山本 翔 様</p>
<p>AWS トレーニングと認定 サポートの松田と申します。<br>
お問い合わせいただいたアカウントの件、確認が取れましたのでご連絡いたします。</p>
<p>以下の二つを一つにまとめる作業を予定しております。実行前に、内容をご確認いただけますでしょうか。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>残る方</th><td>AWS 39025517</td><td>sho-yamamoto@kir.nifty.com</td></tr>
<tr><th>なくなる方</th><td>AWS-39025571</td><td>yamamoto.sho@example-univ.ac.jp</td></tr>
</table>
<p>なくなる方のアカウントの認定・受験履歴は、すべて残る方に引き継がれます。<br>
<b>一度実行しますと、元の二つのアカウントに戻すことはできません。</b></p>
<p>この内容でよろしければ、本メールに「上記の内容で進めてください」とご返信ください。残す方を入れ替えたい場合もお知らせください。</p>
<p>松田<br>AWS トレーニングと認定</p>
</div>"""
    h = html_wrap(inner, 'AWS トレーニングと認定')
    aws_mail('re-case-yamamoto', 'merge_confirmation_requested', 'ja', C_SHO, t, SHO, 'nifty',
             aws_form_from(), 'RE:[CASE %s] 【受付完了】AWS トレーニングと認定へのお問い合わせ' % C_SHO,
             part(h, 'html', cte='quoted-printable'), h, subj_charset='utf-8')


@mail
def mc_haruka():
    t = T_HAR + dt.timedelta(days=1, hours=1, minutes=3)
    new = """鈴木様

ご連絡ありがとうございます。AWS トレーニングと認定の森です。

手順に入る前に、以下でよいかだけご確認ください。
  残す: aws55203918（haruka.suzuki.cloud@gmail.com）
  寄せる: aws61049277（旧勤務先のアドレス）

寄せた側は実施後に消え、戻せません。
問題なければ、このメールにそのままご返信ください。

森
AWS トレーニングと認定
"""
    quoted = """2025年11月20日(木) 12:58 鈴木 遥 <%s>:
> お世話になります。鈴木です。
> フォームに書いた件の補足です。SAA は旧アカウントの方で取得しており、
> 今のアカウントでは CLF を取っています。どちらの資格も今のアカウントに
> 揃えたいです。よろしくお願いします。
""" % HARUKA
    txt = new + '\n' + quoted
    aws_mail('re-form-suzuki', 'merge_confirmation_requested', 'ja', C_HAR, t, HARUKA, 'gmail',
             aws_form_from(), 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_HAR,
             part(txt, cte='quoted-printable'), new)


# ================================================================ merge_completed
T_MAR = when(2025, 9, 1, 16, 20, 37)
C_MAR = case15(T_MAR)                      # Marcus, form desk
MARCUS = 'marcus.hale.uk@gmail.com'
T_NAK = when(2026, 3, 10, 5, 2, 14)
C_NAK = case15(T_NAK)                      # Nakamura, form desk ja
NAKA = 'd-nakamura@zeus.ocn.ne.jp'


@mail
def md_priya():
    t = T_PRI + dt.timedelta(days=2, hours=22, minutes=16)
    txt = """Hello Priya,

Following your go-ahead yesterday, your Solutions Architect - Associate and Developer - Associate results now sit together under AWS 62097183. The profile that was tied to your university address (AWS58830412) has been retired, so please sign in with priya.raman@northwind-analytics.com from now on. The Certification account dashboard can take up to a day to refresh.

As nothing else is outstanding, I am marking this case as resolved. If anything looks wrong, reply within 14 days and the case will reopen.

Best regards,

Anand S.
Amazon Web Services""" + sig_console() + console_footer(C_PRI)
    aws_mail('case-update-priya', 'merge_completed', 'en', C_PRI, t, PRIYA, 'o365', aws_console_from(),
             'RE:[CASE %s] Combine two certification profiles into one' % C_PRI,
             part(txt, cte='quoted-printable'), txt)


@mail
def md_dan():
    t = T_DAN + dt.timedelta(days=2, hours=3, minutes=51)
    dan_t = T_DAN + dt.timedelta(days=1, hours=1, minutes=7)
    new = """Daniel - done. AWS30917264 is folded into AWS48201375; the old sign-in (d.okafor@lumen-freight.com) no longer works. Give the dashboard a few hours.

R. Castillo
AWS Training and Certification
"""
    quoted = """________________________________
From: Daniel Okafor <%s>
Sent: Wednesday, May 28, 2025 12:47 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Yes, that's correct, please go ahead. Thanks Jasmine!

Daniel

On Tue, 27 May 2025 at 17:18, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Daniel,
>
> I've had a look and I can see both of the candidate profiles you mentioned.
> Before I do anything with them I need you to double-check the plan below,
> because after the two are joined there is no way for us to split them apart
> again:
>
> - AWS48201375 (sign-in: daniel.okafor.dev@gmail.com) -> this is the one that
> stays.
> - AWS30917264 (sign-in: d.okafor@lumen-freight.com) -> its history moves into
> the account above, and this profile is then switched off.
>
> If that all looks right, just reply to this e-mail and say so.
>
> Jasmine
""" % (DAN, C_DAN)
    txt = new + '\n' + quoted
    aws_mail('re-case-dan-final', 'merge_completed', 'en', C_DAN, t, DAN, 'gmail', aws_form_from(),
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_DAN,
             part(txt, cte='base64'), new)


@mail
def md_emma():
    t = T_EMM + dt.timedelta(days=3, hours=1, minutes=33)
    txt = """Great news, Emma!!

I have finished bringing your two profiles together :) Your AWS07731942 profile now shows both your Cloud Practitioner and your Security - Specialty, with the original exam dates, and the Brightlane one (aws 07731491) has been closed down for good.

Credly can take 24-48 hours to catch up. If your Security badge still isn't showing on your Credly profile after that, just reply here and I'll chase it for you.

Thanks so much for your patience!!
Oluwaseun
AWS Training and Certification
"""
    aws_mail('re-case-emma-good-news', 'merge_completed', 'en', C_EMM, t, EMMA, 'gmail', aws_form_from(),
             'RE:[CASE %s] Your AWS Training and Certification request' % C_EMM,
             part(txt, cte='quoted-printable'), txt)


@mail
def md_lukas():
    t = T_LUK + dt.timedelta(days=3, hours=2, minutes=8)
    plain = """Amazon Web Services has added a correspondence to case %s.

This message is best viewed in an HTML-capable e-mail client.
""" % C_LUK + console_footer(C_LUK)
    agent = """Hello Lukas,

Thanks for the OK. Both exam histories are now attached to AWS20564718, and AWS91338206 has been decommissioned. Your SAA-C03 and the older CLF-C02 result both appear on the surviving profile's transcript.

Best regards,
Marek K.
Amazon Web Services"""
    html = html_wrap('<div style="max-width:640px">' + p2html(agent) +
                     '<hr><p style="font-size:12px;color:#687078">To see all correspondence on this case, sign in to the '
                     '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.'
                     ' Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p></div>' % C_LUK,
                     'Amazon Web Services')
    body = multipart('alternative', [part(plain, cte='7bit', charset='us-ascii'), part(html, 'html', cte='base64')])
    aws_mail('case-correspondence-html', 'merge_completed', 'en', C_LUK, t, LUKAS, 'o365', aws_console_from(),
             'RE:[CASE %s] Two AWS Certification candidate accounts - please consolidate' % C_LUK,
             body, plain + agent, rx_kw={'tenant': 'EUR'})


@mail
def md_marcus():
    t = T_MAR + dt.timedelta(days=2, hours=19, minutes=45)
    new = """All set, Marcus.

The history that used to sit under your second ID is now part of AWS 33764015, and that second ID can no longer be signed in to. Nothing further is needed from you.

Regards,
Dimitri
AWS Training and Certification
"""
    quoted = """On Tue, Sep 2, 2025 at 3:10 PM, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

Hi Marcus,

Before I go ahead, please check the following:
keep AWS33764015 (marcus.hale.uk@gmail.com)
fold AWS33764105 (mhale@ridgeway-consulting.com) into it

This cannot be undone. Please reply to confirm and I'll proceed.

Dimitri
AWS Training and Certification
"""
    txt = new + '\n\n' + quoted
    aws_mail('re-case-marcus', 'merge_completed', 'en', C_MAR, t, MARCUS, 'gmail', aws_form_from(),
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_MAR,
             part(txt, cte='quoted-printable'), new, rx_kw={'policy_': 'p=QUARANTINE sp=QUARANTINE dis=NONE'})


@mail
def md_misaki():
    t = T_MIS + dt.timedelta(days=2, hours=23, minutes=2)
    txt = """田中様

AWS サポートの木村でございます。
ご承認のご返信をいただき、誠にありがとうございました。

AWS 14479305 に記録されておりました受験履歴および認定資格を、AWS83016624 へ移行いたしました。
AWS 14479305 につきましては、これをもちましてご利用いただけなくなっております。今後は misaki.tanaka@mtg.biglobe.ne.jp でサインインをお願いいたします。

認定アカウントの画面への反映には、数時間ほどお時間をいただく場合がございます。

何卒よろしくお願い申し上げます。
木村
Amazon Web Services""" + console_footer_ja(C_MIS)
    aws_mail('re-case-misaki-ikou', 'merge_completed', 'ja', C_MIS, t, MISAKI, 'biglobe', aws_console_from(),
             'RE:[CASE %s] 認定アカウントが二つあるので一つにまとめたい' % C_MIS,
             part(txt, charset='iso-2022-jp', cte='7bit'), txt, subj_charset='iso-2022-jp')


@mail
def md_haruka():
    t = T_HAR + dt.timedelta(days=2, hours=4, minutes=19)
    txt = """鈴木様

森です。ご返信ありがとうございました。
いただいた内容のとおり作業を行い、aws61049277 にあった SAA の記録は aws55203918 の方にそろいました。旧アカウントは閉じております。

本件はこれでクローズとさせていただきます。
よろしければ、今回の対応について下記から評価をお寄せください（1 分ほどで終わります）。
https://survey.aws-tc-support.amazon.com/s/%s

森
AWS トレーニングと認定
""" % hexs(20)
    aws_mail('re-form-suzuki-close', 'merge_completed', 'ja', C_HAR, t, HARUKA, 'gmail', aws_form_from(),
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_HAR,
             part(txt, cte='quoted-printable'), txt)


@mail
def md_sho():
    t = T_SHO + dt.timedelta(days=2, hours=4, minutes=50)
    new = """山本様

松田です。ご返信ありがとうございました。
AWS-39025571 の認定と受験履歴は、すべて AWS 39025517 から確認できる状態になりました。
もう一方のアカウントは本日付で使えなくなっています。

ほかにお困りのことがあれば、このメールにご返信ください。

松田
AWS トレーニングと認定
"""
    quoted = """2026年2月25日(水) 22:41 山本 翔 <%s>:
> 松田様
>
> お世話になっております。山本です。
> 上記の内容で進めてください。よろしくお願いいたします。
>
> 2026年2月25日(水) 13:32 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 山本 翔 様
> >
> > 以下の二つを一つにまとめる作業を予定しております。実行前に、内容をご確認いただけますでしょうか。
> > 残る方: AWS 39025517
> > なくなる方: AWS-39025571
> > 一度実行しますと、元の二つのアカウントに戻すことはできません。
> > この内容でよろしければ、本メールに「上記の内容で進めてください」とご返信ください。
""" % SHO
    txt = new + '\n' + quoted
    aws_mail('re-case-yamamoto-2', 'merge_completed', 'ja', C_SHO, t, SHO, 'nifty', aws_form_from(),
             'RE:[CASE %s] 【受付完了】AWS トレーニングと認定へのお問い合わせ' % C_SHO,
             part(txt, charset='iso-2022-jp', cte='7bit'), new, subj_charset='iso-2022-jp')


@mail
def md_ksato():
    t = T_KSA + dt.timedelta(days=3, hours=6, minutes=31)
    txt = """佐藤様

高橋です。ご返答の内容どおりに処理しました。
aws-72150863 の記録は、今後 aws-72150836 側に表示されます。旧 ID ではサインインできません。

以上、よろしくお願いいたします。

高橋
Amazon Web Services""" + console_footer_ja(C_KSA)
    aws_mail('re-case-ksato-shori', 'merge_completed', 'ja', C_KSA, t, KSATO, 'o365', aws_console_from(),
             'RE:[CASE %s] 認定アカウント（2件）の一本化のお願い' % C_KSA,
             part(txt, charset='shift_jis', cte='base64'), txt, subj_charset='iso-2022-jp', rx_kw={'tenant': 'JPN'})


@mail
def md_nakamura():
    t = T_NAK + dt.timedelta(days=2, hours=1, minutes=14)
    txt = """中村 大輔 様

いつもお世話になっております。AWS トレーニングと認定 サポート窓口でございます。
先日ご了承いただきました件につき、作業結果をご報告いたします。

　①AWS 80124457（存続）
　②AWS 80124475

②に登録されておりました認定 3 件（SAA・DVA・SOA）を①へ移し替え、②は閉鎖いたしました。
認定アカウント画面への反映には最大 24 時間ほどかかる場合がございます（～明日午前中）。
50% 割引バウチャー等の特典も①にてご利用いただけます。

今後ともよろしくお願い申し上げます。
AWS トレーニングと認定 サポート窓口
"""
    aws_mail('re-case-nakamura', 'merge_completed', 'ja', C_NAK, t, NAKA, 'ocn', aws_form_from(),
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_NAK,
             part(txt, charset='shift_jis', cte='8bit', codec='cp932', label='Shift_JIS'), txt)


# ================================================================ survey
def survey_links(case_id, lang='en'):
    base = 'https://support.aws.amazon.com/survey?caseId=%s&token=%s' % (case_id, hexs(24))
    return base


@mail
def sv_dan():
    t = T_DAN + dt.timedelta(days=2, hours=3, minutes=58)
    link = survey_links(C_DAN)
    plain = """Hi Daniel,

Your recent conversation with AWS Training and Certification (reference %s) is now closed.

Could you spare two minutes? We read every answer.

Did we answer your question?
  Yes: %s&q1=yes
  No:  %s&q1=no

Thank you,
AWS Training and Certification
""" % (C_DAN, link, link)
    html = html_wrap("""<div style="max-width:600px">
<p>Hi Daniel,</p>
<p>Your recent conversation with AWS Training and Certification (reference %s) is now closed.</p>
<p>Could you spare two minutes? We read every answer.</p>
<p><b>Did we answer your question?</b></p>
<p><a href="%s&amp;q1=yes" style="background:#037f0c;color:#fff;padding:8px 18px;text-decoration:none">Yes</a>
&nbsp; <a href="%s&amp;q1=no" style="background:#d13212;color:#fff;padding:8px 18px;text-decoration:none">No</a></p>
<p><b>How would you rate the person who helped you?</b><br>
<a href="%s&amp;q2=1">1</a> &middot; <a href="%s&amp;q2=2">2</a> &middot; <a href="%s&amp;q2=3">3</a> &middot; <a href="%s&amp;q2=4">4</a> &middot; <a href="%s&amp;q2=5">5</a></p>
<p>Thank you,<br>AWS Training and Certification</p></div>""" % ((C_DAN,) + (link.replace('&', '&amp;'),) * 7), 'Your feedback')
    body = multipart('alternative', [part(plain, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')])
    aws_mail('tc-feedback-request', 'survey', 'en', C_DAN, t, DAN, 'gmail', aws_form_from(),
             'How was your experience? [CASE %s]' % C_DAN, body, plain + html)


@mail
def sv_priya():
    t = T_PRI + dt.timedelta(days=3, hours=1, minutes=2)
    inner = """<table width="100%%" style="max-width:640px"><tr><td>
<p>Hello,</p>
<p>Case <b>%s</b>, <i>Combine two certification profiles into one</i>, was marked as resolved by AWS Support.</p>
<p>If your issue has not been fully addressed, you can reopen the case from the Support Center within 14 days.</p>
<p style="margin-top:20px"><b>Tell us about your support experience</b><br>
How satisfied were you with the support you received?</p>
<p>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=1">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=2">&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=3">&#9733;&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
</p>
<p>Thank you for using AWS Support.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. *Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</td></tr></table>""" % ((C_PRI,) * 6)
    h = html_wrap(inner, 'AWS Support')
    aws_mail('support-case-status-priya', 'survey', 'en', C_PRI, t, PRIYA, 'o365', aws_console_from(),
             '[Case %s] Case resolved - tell us how we did' % C_PRI, part(h, 'html', cte='quoted-printable'), h)


@mail
def sv_marcus():
    t = T_MAR + dt.timedelta(days=3, hours=0, minutes=22)
    new = """Hi Marcus,

We would appreciate hearing how your recent support experience went. This short questionnaire has three questions and takes about a minute:

https://pulse.aws/survey/%s?case=%s

Your answers go directly to the team that manages AWS Training and Certification support and are not shared with the person who handled your request.

AWS Training and Certification
""" % (hexs(10).upper(), C_MAR)
    quoted = """-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 4, 2025 12:05 PM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

All set, Marcus.

The history that used to sit under your second ID is now part of AWS 33764015, and that second ID can no longer be signed in to. Nothing further is needed from you.
""" % (MARCUS, C_MAR)
    txt = new + '\n' + quoted
    aws_mail('tc-questionnaire-marcus', 'survey', 'en', C_MAR, t, MARCUS, 'gmail', aws_form_from(),
             'A minute of your time? [CASE %s]' % C_MAR, part(txt, cte='quoted-printable'), new)


@mail
def sv_lukas():
    t = T_LUK + dt.timedelta(days=4, hours=5, minutes=40)
    txt = """Hello Lukas,

Case %s (\u201cTwo AWS Certification candidate accounts \u2013 please consolidate\u201d) was closed on %s.

Did we sort this out for you?
   \u2192 Yes, thanks:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=true
   \u2192 Not really:   https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=false

If you pick \u201cNot really\u201d, we will ask one more question so that we can route your answer to the right team.

Amazon Web Services
""" % (C_LUK, (T_LUK + dt.timedelta(days=4)).strftime('%d %B %Y'), C_LUK, C_LUK)
    aws_mail('support-closed-lukas', 'survey', 'en', C_LUK, t, LUKAS, 'o365', aws_console_from(),
             '[Case %s] Did we sort this out for you?' % C_LUK,
             part(txt, cte='8bit', codec='utf-8', label='us-ascii'), txt, rx_kw={'tenant': 'EUR'})


@mail
def sv_misaki():
    t = T_MIS + dt.timedelta(days=4, hours=2, minutes=11)
    txt = """田中 美咲 様

先日は AWS サポートをご利用いただき、ありがとうございました。
ケース %s（認定アカウントが二つあるので一つにまとめたい）について、今回のサポートの内容はいかがでしたか。

サービス向上のため、率直なご意見をお聞かせください。所要時間は 1〜2 分程度です。
  https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

いただいたご意見は、今後のサポート品質の改善に活用させていただきます。

Amazon Web Services
""" % (C_MIS, C_MIS)
    aws_mail('support-goiken-misaki', 'survey', 'ja', C_MIS, t, MISAKI, 'biglobe', aws_console_from(),
             '[ケース %s] サポートについてのご意見をお聞かせください' % C_MIS,
             part(txt, charset='iso-2022-jp', cte='7bit'), txt, subj_charset='iso-2022-jp')


@mail
def sv_ksato():
    t = T_KSA + dt.timedelta(days=4, hours=3, minutes=3)
    txt = """佐藤 健一 様

ケース %s（認定アカウント（2件）の一本化のお願い）への対応を終了いたしました。

このケースで、お困りごとは解決しましたか？
　はい　: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
　いいえ: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

まだ解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。

Amazon Web Services
""" % (C_KSA, C_KSA, C_KSA)
    aws_mail('support-case-shuryo', 'survey', 'ja', C_KSA, t, KSATO, 'o365', aws_console_from(),
             '[ケース %s] ご対応終了のお知らせ' % C_KSA, part(txt, cte='base64'), txt,
             subj_charset='utf-8', rx_kw={'tenant': 'JPN'})


@mail
def sv_nakamura():
    t = T_NAK + dt.timedelta(days=2, hours=6, minutes=30)
    link = 'https://survey.aws-tc-support.amazon.com/s/%s?c=%s' % (hexs(20), C_NAK)
    plain = """中村 大輔 様

AWS トレーニングと認定へのお問い合わせ（受付番号 %s）につきまして、本件のやり取りを終了とさせていただきました。

アンケートはこちら: %s
""" % (C_NAK, link)
    html = html_wrap("""<div style="max-width:600px;font-family:Meiryo,sans-serif">
<p>中村 大輔 様</p>
<p>AWS トレーニングと認定へのお問い合わせ（受付番号 %s）につきまして、本件のやり取りを終了とさせていただきました。</p>
<p>担当者の対応はいかがでしたか。5 段階でお選びください。</p>
<p><a href="%s&amp;r=5">とても満足</a> ｜ <a href="%s&amp;r=4">満足</a> ｜ <a href="%s&amp;r=3">ふつう</a> ｜
<a href="%s&amp;r=2">不満</a> ｜ <a href="%s&amp;r=1">とても不満</a></p>
<p>ご協力いただきありがとうございます。<br>AWS トレーニングと認定</p></div>""" % ((C_NAK,) + (link,) * 5), 'アンケート')
    body = multipart('alternative', [part(plain, cte='base64'), part(html, 'html', cte='base64')])
    aws_mail('tc-enquete-nakamura', 'survey', 'ja', C_NAK, t, NAKA, 'ocn', aws_form_from(),
             'AWS トレーニングと認定：お問い合わせ対応に関する簡単なアンケートへのご協力のお願い（受付番号 %s）' % C_NAK,
             body, plain + html, subj_charset='utf-8')


# ================================================================ credly_badge_issued
CREDLY_FROM = 'Amazon Web Services Training and Certification via Credly'


def badge_url():
    return 'https://www.credly.com/badges/%s' % uuid.UUID(int=rnd.getrandbits(128))


@mail
def cr_dan():
    t = T_DAN + dt.timedelta(days=2, hours=9, minutes=12)
    u = badge_url()
    plain = """Daniel,

Amazon Web Services Training and Certification has recognized your achievement with a digital badge:

AWS Certified Solutions Architect - Associate

Claim it to add it to your Credly profile and share it on LinkedIn, in your e-mail signature or on your resume.

Claim badge: %s/accept

Questions? Visit https://support.credly.com

Credly, Inc. | 100 Pearl St, Floor 14 | Hartford, CT 06103
Unsubscribe: https://www.credly.com/notification_preferences
""" % u
    html = html_wrap("""<table width="600" align="center" style="border:1px solid #e1e4e8"><tr><td style="padding:24px;text-align:center">
<img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="badge">
<h2 style="font-size:20px">Daniel, you've earned a new badge</h2>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b><br>from Amazon Web Services Training and Certification</p>
<p><a href="%s/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Claim badge</a></p>
<p style="font-size:12px;color:#6a737d">Credly, Inc. | 100 Pearl St, Floor 14 | Hartford, CT 06103</p>
</td></tr></table>""" % u, 'Credly')
    body = multipart('alternative', [part(plain, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')])
    credly_mail('credly-new-badge-dan', 'credly_badge_issued', 'en', t, DAN, 'gmail', CREDLY_FROM,
                "Daniel, there's a new badge waiting for you", body, plain + html)


@mail
def cr_emma():
    t = T_EMM + dt.timedelta(days=3, hours=14, minutes=50)
    inner = """<table width="600" align="center" style="border:1px solid #e1e4e8"><tr><td style="padding:24px">
<p>Hi Emma,</p>
<p>Following a profile update requested by Amazon Web Services Training and Certification, the badges below now belong to this Credly account (emma.whitfield@gmail.com). They were previously held by an account that no longer exists.</p>
<ul>
<li>AWS Certified Security &ndash; Specialty &mdash; <a href="%s">view</a></li>
<li>AWS Certified Cloud Practitioner &mdash; <a href="%s">view</a></li>
</ul>
<p>Your earned dates and verification links are unchanged. Open your profile to decide whether they are shown publicly.</p>
<p><a href="https://www.credly.com/users/emma-whitfield/badges" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Go to my badges</a></p>
<p style="font-size:12px;color:#6a737d">You are receiving this e-mail because you have an account on Credly.</p>
</td></tr></table>""" % (badge_url(), badge_url())
    h = html_wrap(inner, 'Credly')
    credly_mail('credly-profile-update', 'credly_badge_issued', 'en', t, EMMA, 'gmail', 'Credly',
                'Two badges have been added to your Credly account', part(h, 'html', cte='quoted-printable'), h)


@mail
def cr_priya():
    t = T_PRI + dt.timedelta(days=4, hours=3, minutes=27)
    u = badge_url()
    txt = """Hi Priya,

Your AWS Certified Developer - Associate badge from Amazon Web Services Training and Certification is ready for you.

Once you accept it you can share it with your network and employers can verify it in one click.

Accept: %s/accept

The Credly Team
""" % u
    credly_mail('credly-badge-ready', 'credly_badge_issued', 'en', t, PRIYA, None, CREDLY_FROM,
                'Your AWS Certified Developer - Associate badge is ready', part(txt, cte='7bit', charset='us-ascii'), txt)


@mail
def cr_phish():
    t = when(2025, 8, 21, 13, 4, 55)
    inner = """<div style="max-width:560px;margin:auto;text-align:center;font-family:Arial">
<img src="https://credly-badge-center.net/static/credly-logo.png" height="32" alt="Credly">
<h2>Congratulations, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has awarded you<br><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p>To accept your badge, sign in with your Credly or AWS account within 72 hours.</p>
<p><a href="https://credly-badge-center.net/accept?b=%s" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly Inc., Hartford CT</p></div>""" % hexs(32)
    h = html_wrap(inner, 'Credly')
    host, ip = 'mta%d.credly-badge-center.net' % rnd.randrange(1, 9), '91.%d.%d.%d' % (rnd.randrange(1, 250), rnd.randrange(1, 250), rnd.randrange(2, 250))
    other_mail('badge-accept-notice', 'credly_badge_issued', 'en', None, t, LUKAS, 'o365',
               addr('Credly Notifications', 'notify@credly-badge-center.net'),
               "You've earned a badge: AWS Certified Solutions Architect - Professional",
               part(h, 'html', cte='base64'), h, 'credly-badge-center.net', host, ip,
               'bounce@credly-badge-center.net', dmarc='pass', sv=False, rx_kw={'tenant': 'EUR', 'compauth': 'pass reason=100'})


@mail
def cr_misaki():
    t = T_MIS + dt.timedelta(days=3, hours=8, minutes=45)
    u = badge_url()
    txt = """おめでとう、美咲!

Amazon Web Services Training and Certification は、あなたに新しいデジタルバッジを授与しました。

AWS Certified Solutions Architect - Associate

あなたのバッジを受け入れる、そしてあなたの達成をあなたのネットワークと共有してください。LinkedIn、あなたのEメール署名、またはあなたの履歴書の上で。

バッジを受け入れる: %s/accept

質問がありますか? https://support.credly.com を訪問してください

Credly, Inc. | 100 Pearl St, Floor 14 | Hartford, CT 06103
""" % u
    credly_mail('credly-badge-misaki', 'credly_badge_issued', 'ja', t, MISAKI, 'biglobe', CREDLY_FROM,
                '美咲、あなたのバッジは受け入れを待っています', part(txt, cte='quoted-printable'), txt, subj_charset='utf-8')


@mail
def cr_haruka():
    t = T_HAR + dt.timedelta(days=2, hours=17, minutes=2)
    txt = """鈴木 遥 さん

Amazon Web Services Training and Certification からの依頼により、別の Credly アカウントに保持されていた以下のバッジが、このアカウント（haruka.suzuki.cloud@gmail.com）に移されました。

・AWS Certified Solutions Architect – Associate
  %s

バッジの取得日と検証用 URL は変わりません。プロフィールで公開設定をご確認ください。

プロフィールを開く: https://www.credly.com/users/haruka-suzuki/badges

Credly チーム
""" % badge_url()
    credly_mail('credly-idou-haruka', 'credly_badge_issued', 'ja', t, HARUKA, 'gmail', 'Credly',
                'バッジがあなたのアカウントに移されました', part(txt, cte='base64'), txt, subj_charset='utf-8')


@mail
def cr_sho():
    t = T_SHO + dt.timedelta(days=3, hours=2, minutes=18)
    u = badge_url()
    plain = """山本 翔 さん

AWS Certified Developer – Associate のバッジが、Amazon Web Services Training and Certification から届いています。
受け取ると、LinkedIn やメール署名でこの資格を共有できるようになります。

バッジを受け取る: %s/accept
""" % u
    html = html_wrap("""<table width="600" align="center"><tr><td style="text-align:center;padding:24px">
<img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="110" alt="">
<h2>山本 翔 さん、新しいバッジがあなたを待っています</h2>
<p><b>AWS Certified Developer &ndash; Associate</b><br>発行元: Amazon Web Services Training and Certification</p>
<p><a href="%s/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#6a737d">Credly, Inc. | 100 Pearl St, Floor 14 | Hartford, CT 06103 | <a href="https://www.credly.com/notification_preferences">配信停止</a></p>
</td></tr></table>""" % u, 'Credly')
    body = multipart('alternative', [part(plain, cte='base64'), part(html, 'html', cte='quoted-printable')])
    credly_mail('credly-uketori-sho', 'credly_badge_issued', 'ja', t, SHO, 'nifty', CREDLY_FROM,
                '山本 翔 さん、AWS Certified Developer – Associate のバッジを受け取ってください', body, plain + html,
                subj_charset='utf-8')


# ================================================================ support_reply
T_TOM = when(2026, 3, 2, 15, 44, 9)
C_TOM = case15(T_TOM)                      # Tom, form desk
TOM = 'tom.becker@sterling-ops.com'
T_KOB = when(2025, 12, 8, 2, 9, 51)
C_KOB = case15(T_KOB)                      # Kobayashi, form desk ja
KOBA = 'y-kobayashi@midori-tech.jp'


@mail
def sr_marcus():
    t = T_MAR + dt.timedelta(hours=15, minutes=52)
    txt = """Hi Marcus,

Thanks so much for your patience while I looked into this!

I found two profiles under your name: AWS33764015 and AWS33764105. Could you let me know which one you'd like to carry on using? Usually people pick the one whose e-mail address they still have access to, but it's completely up to you.

Could you also tell me the e-mail address each of them is registered with? That way I can be sure I'm looking at the right records before anything else happens.

Speak soon,
Dimitri
AWS Training and Certification
"""
    aws_mail('re-case-marcus-question', 'support_reply', 'en', C_MAR, t, MARCUS, 'gmail', aws_form_from(),
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_MAR,
             part(txt, cte='quoted-printable'), txt)


@mail
def sr_dan():
    t = T_DAN + dt.timedelta(days=1, hours=10, minutes=52)
    new = """Thanks Daniel, that is all I needed from you.

I've handed this to the team that carries out the change on our side. You'll hear from us as soon as it has gone through, normally within two working days. There is nothing you need to do in the meantime.

Jasmine
AWS Training and Certification
"""
    quoted = """On Wed, 28 May 2025 at 01:47, Daniel Okafor <%s> wrote:
> Yes, that's correct, please go ahead. Thanks Jasmine!
>
> Daniel
>
> On Tue, 27 May 2025 at 17:18, Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Daniel,
> >
> > - AWS48201375 (sign-in: daniel.okafor.dev@gmail.com) -> this is the one
> > that stays. All of your exam history will end up here.
> > - AWS30917264 (sign-in: d.okafor@lumen-freight.com) -> its history moves
> > into the account above, and this profile is then switched off.
> >
> > If that all looks right, just reply to this e-mail and say so and I'll get
> > it sorted for you.
> >
> > Jasmine
""" % DAN
    txt = new + '\n' + quoted
    aws_mail('re-case-dan-handover', 'support_reply', 'en', C_DAN, t, DAN, 'gmail', aws_form_from(),
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_DAN,
             part(txt, cte='quoted-printable'), new)


@mail
def sr_lukas():
    t = T_LUK + dt.timedelta(days=2, hours=4, minutes=2)
    txt = """Hello,

A new correspondence has been added to case %s by AWS Support.

Subject: Two AWS Certification candidate accounts - please consolidate

To read it and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % (C_LUK, C_LUK)
    aws_mail('case-new-correspondence', 'support_reply', 'en', C_LUK, t, LUKAS, 'o365', aws_console_from(),
             '[Case %s] New correspondence added' % C_LUK, part(txt, cte='7bit', charset='us-ascii'), txt,
             rx_kw={'tenant': 'EUR'})


@mail
def sr_priya():
    t = T_PRI + dt.timedelta(days=1, hours=23, minutes=40)
    agent = """Hello Priya,

Thanks for the go-ahead. The request to bring your two profiles together is now with our back-office team. Once it has gone through, your Developer - Associate result will appear under AWS 62097183 next to your SAA, and I will update this case to let you know.

Until then please keep using both sign-ins as before.

Best regards,

Anand S.
Amazon Web Services"""
    h = html_wrap('<div style="max-width:640px">' + p2html(agent) + '<p style="font-size:12px;color:#687078">'
                  'We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>'
                  '<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Open case %s in the Support Center</a></p>'
                  '<p style="font-size:11px;color:#687078">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p></div>' % (C_PRI, C_PRI),
                  'Amazon Web Services')
    aws_mail('case-update-priya-pending', 'support_reply', 'en', C_PRI, t, PRIYA, 'o365', aws_console_from(),
             'RE:[CASE %s] Combine two certification profiles into one' % C_PRI,
             part(h, 'html', cte='quoted-printable'), agent)


@mail
def sr_tom():
    t = T_TOM + dt.timedelta(days=6, hours=18, minutes=2)
    txt = """Hello Tom,

On 3 March we asked for the e-mail address each of your two profiles is registered with (aws04417328 and AWS-04471328), and which of them you would like to keep. We haven't heard back yet.

Do you still need help with this? If so, simply reply to this e-mail with those details. If we don't hear from you within five days we will assume the matter is no longer needed and close the request; you can always write to us again.

Kind regards,
P. Nair
AWS Training and Certification
"""
    aws_mail('re-case-tom-followup', 'support_reply', 'en', C_TOM, t, TOM, 'o365', aws_form_from(),
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_TOM,
             part(txt, cte='base64'), txt)


@mail
def sr_nakamura():
    t = T_NAK + dt.timedelta(days=1, hours=3, minutes=33)
    txt = """中村 大輔 様

いつもお世話になっております。AWS トレーニングと認定 サポート窓口でございます。

ご了承のご連絡をいただき、ありがとうございます。
現在、担当部署にて作業を進めております。作業が済みましたら、改めて本メールにてご報告いたします。

今しばらくお待ちくださいますよう、お願い申し上げます。

AWS トレーニングと認定 サポート窓口
"""
    aws_mail('re-case-nakamura-sagyouchu', 'support_reply', 'ja', C_NAK, t, NAKA, 'ocn', aws_form_from(),
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_NAK,
             part(txt, charset='iso-2022-jp', cte='7bit'), txt)


@mail
def sr_kobayashi():
    t = T_KOB + dt.timedelta(days=1, hours=0, minutes=41)
    txt = """小林 由紀 様

AWS トレーニングと認定へご連絡いただき、ありがとうございます。担当の西田と申します。

フォームに AWS 22089134 をご記入いただいておりますが、お手続きを進めるにあたり、以下の点を追加でお知らせいただけますでしょうか。

1. もう一方のアカウントの候補者 ID（お分かりになる場合）
2. それぞれのアカウントにサインインする際のメールアドレス
3. 今後お使いになる（残す）アカウントはどちらか
4. 二つのアカウントができてしまった経緯（差し支えない範囲で）

お手数をおかけしますが、本メールへのご返信にてご連絡ください。

西田
AWS トレーニングと認定
"""
    aws_mail('re-case-kobayashi-info', 'support_reply', 'ja', C_KOB, t, KOBA, 'sakura', aws_form_from(),
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_KOB,
             part(txt, charset='shift_jis', cte='base64'), txt)


@mail
def sr_haruka():
    t = T_HAR + dt.timedelta(days=1, hours=3, minutes=2)
    new = """鈴木様

ご確認ありがとうございます。森です。
これより手続きに入ります。終わり次第、このメールでお知らせします。

森
AWS トレーニングと認定
"""
    quoted = """2025年11月21日(金) 14:02 鈴木 遥 <%s>:
> 森様
>
> ご連絡ありがとうございます。その内容で問題ありません。
> よろしくお願いいたします。
>
> 2025年11月21日(金) 13:50 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 鈴木様
> >
> > 手順に入る前に、以下でよいかだけご確認ください。
> >   残す: aws55203918（haruka.suzuki.cloud@gmail.com）
> >   寄せる: aws61049277（旧勤務先のアドレス）
> >
> > 寄せた側は実施後に消え、戻せません。
> > 問題なければ、このメールにそのままご返信ください。
""" % HARUKA
    txt = new + '\n' + quoted
    aws_mail('re-form-suzuki-tetsuzuki', 'support_reply', 'ja', C_HAR, t, HARUKA, 'gmail', aws_form_from(),
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_HAR,
             part(txt, cte='base64'), new)


@mail
def sr_ksato():
    t = T_KSA + dt.timedelta(days=2, hours=20, minutes=14)
    agent = """佐藤様

高橋です。ご返答ありがとうございます。

担当チームに作業を依頼しました。反映が済み次第、本ケースにてお知らせいたします。
それまでの間は、旧 ID（aws-72150863）でのサインインも引き続き可能です。

高橋
Amazon Web Services"""
    h = html_wrap('<div style="max-width:640px;font-family:Meiryo,sans-serif">' + p2html(agent) +
                  '<hr><p style="font-size:12px">このケースのやり取りは <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">AWS サポートセンター</a> でご確認いただけます。<br>'
                  '※このメールは送信専用アドレスから送信されています。</p></div>' % C_KSA, 'Amazon Web Services')
    aws_mail('re-case-ksato-irai', 'support_reply', 'ja', C_KSA, t, KSATO, 'o365', aws_console_from(),
             'RE:[CASE %s] 認定アカウント（2件）の一本化のお願い' % C_KSA, part(h, 'html', cte='base64'), agent,
             subj_charset='utf-8', rx_kw={'tenant': 'JPN'})


@mail
def sr_kobayashi_followup():
    t = T_KOB + dt.timedelta(days=5, hours=2, minutes=30)
    new = """小林 由紀 様

西田です。12 月 9 日にお送りしたご質問について、その後いかがでしょうか。
まだお手続きをご希望でしたら、下記の点をお知らせください。
もし別の方法で解決済みでしたら、その旨ひとことご返信いただければ本件を終了いたします。

西田
AWS トレーニングと認定
"""
    quoted = """----- 以下、前回のご連絡 -----
小林 由紀 様
フォームに AWS 22089134 をご記入いただいておりますが、お手続きを進めるにあたり、以下の点を追加でお知らせいただけますでしょうか。
1. もう一方のアカウントの候補者 ID（お分かりになる場合）
2. それぞれのアカウントにサインインする際のメールアドレス
3. 今後お使いになる（残す）アカウントはどちらか
"""
    txt = new + '\n' + quoted
    aws_mail('re-case-kobayashi-2', 'support_reply', 'ja', C_KOB, t, KOBA, 'sakura', aws_form_from(),
             'RE:[CASE %s] 【ご確認のお願い】AWS トレーニングと認定 アカウントに関するお問い合わせについて' % C_KOB,
             part(txt, cte='quoted-printable'), new, subj_charset='iso-2022-jp')


# ================================================================ unrelated
@mail
def un_dan_forward():
    t = T_DAN + dt.timedelta(days=2, hours=8, minutes=3)
    to = 'ama.mensah@corvid-labs.io'
    new = """Hi Ama,

FYI - AWS finally sorted out my certification accounts. For the partner portal, please use AWS48201375 only from now on; the AWS30917264 one is gone.

Cheers,
Daniel

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Thu, May 29, 2025 at 3:31 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: <%s>


Daniel - done. AWS30917264 is folded into AWS48201375; the old sign-in (d.okafor@lumen-freight.com) no longer works. Give the dashboard a few hours.

R. Castillo
AWS Training and Certification
""" % (C_DAN, DAN)
    host, ip = user_out_gmail(t)
    other_mail('fwd-aws-case-dan', 'unrelated', 'en', C_DAN, t, to, 'o365', addr('Daniel Okafor', DAN),
               'Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_DAN,
               part(new, cte='quoted-printable'), new, 'gmail.com', host, ip, DAN, dkim_d='gmail.com',
               sv=False, msgid=gmail_msgid(), date_tz=CEST)


@mail
def un_billing():
    t = when(2025, 9, 23, 17, 36, 2)
    open_t = when(2025, 9, 22, 9, 11, 40)
    cid = case15(open_t)
    txt = """Hello,

Thank you for your patience while I reviewed the charges on your August invoice for account 4127-9903-5816.

The increase comes from NAT Gateway data processing in eu-west-1 (about 2.1 TB) that started on 12 August. The usage is tied to a NAT Gateway in VPC vpc-0a3f... that routes traffic from your EKS worker nodes to Amazon S3. Adding an S3 gateway endpoint to that VPC would remove most of this cost going forward.

Because the usage was legitimate and the resources are still running, I'm unable to offer a credit in this case. Cost Explorer, grouped by Usage Type, will show you the daily trend.

Best regards,

Chiara M.
Amazon Web Services""" + sig_console() + console_footer(cid)
    aws_mail('case-invoice-question', 'unrelated', 'en', cid, t, PRIYA, 'o365', aws_console_from(),
             'RE:[CASE %s] Unexpected increase on August invoice' % cid, part(txt, cte='quoted-printable'), txt)


@mail
def un_github():
    t = when(2025, 11, 4, 10, 27, 31)
    txt = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/cert-tracker/pull/214#event-%d
You are receiving this because you were mentioned.

Message ID: <northwind-analytics/cert-tracker/pull/214/issue_event/%d@github.com>
""" % (rnd.randrange(10**10, 10**11), rnd.randrange(10**10, 10**11))
    html = html_wrap('<p>Merged <a href="https://github.com/northwind-analytics/cert-tracker/pull/214">#214</a> into main.</p>'
                     '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                     '<a href="https://github.com/northwind-analytics/cert-tracker/pull/214#event-1">view it on GitHub</a>.</p>', '')
    body = multipart('alternative', [part(txt, cte='7bit', charset='UTF-8'), part(html, 'html', cte='7bit', charset='UTF-8')])
    host, ip = 'out-%d.smtp.github.com' % rnd.randrange(20, 30), '192.30.252.%d' % rnd.randrange(190, 210)
    other_mail('github-pr-214', 'unrelated', 'en', None, t, PRIYA, 'o365',
               addr('Jonas Feld', 'notifications@github.com'),
               'Re: [northwind-analytics/cert-tracker] Merge duplicate certification profiles into one record (PR #214)',
               body, txt, 'github.com', host, ip, 'noreply@github.com', sv=False,
               msgid='<northwind-analytics/cert-tracker/pull/214/issue_event/%d@github.com>' % rnd.randrange(10**10, 10**11),
               extra=[('In-Reply-To', '<northwind-analytics/cert-tracker/pull/214@github.com>'),
                      ('References', '<northwind-analytics/cert-tracker/pull/214@github.com>'),
                      ('List-ID', 'northwind-analytics/cert-tracker <cert-tracker.northwind-analytics.github.com>'),
                      ('X-GitHub-Reason', 'mention')])


@mail
def un_credly_expiry():
    t = when(2026, 1, 19, 14, 0, 12)
    txt = """Hi Emma,

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification will expire on 19 March 2026.

To keep it active, complete the recertification requirements set by the issuer before that date. After it expires the badge stays on your profile but is marked as expired.

View badge: %s

The Credly Team
""" % badge_url()
    credly_mail('credly-reminder-emma', 'unrelated', 'en', t, EMMA, 'gmail', 'Credly',
                'Heads up: a badge of yours expires in 60 days', part(txt, cte='quoted-printable'), txt)


@mail
def un_credly_code_ja():
    t = when(2025, 12, 2, 6, 41, 17)
    txt = """小林 由紀 さん

Credly アカウントの統合リクエストを受け付けました。
統合先のアカウントで、次の確認コードを入力してください。

確認コード: 582 907

コードの有効期限は 30 分です。

「アカウントの統合を完了する」: https://www.credly.com/account_merges/%s/confirm

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly チーム
""" % hexs(24)
    credly_mail('credly-code-kobayashi', 'unrelated', 'ja', t, KOBA, 'sakura', 'Credly',
                'Credly アカウント統合の確認コード', part(txt, cte='base64'), txt, subj_charset='utf-8')


@mail
def un_seller():
    t = when(2025, 10, 7, 4, 15, 50)
    txt = """山本 翔 様

Amazon 出品サービスをご利用いただき、ありがとうございます。テクニカルサポートの佐々木です。

お問い合わせいただいた、出品者アカウント 2 件の統合について回答いたします。
同一の事業者様が複数の出品者アカウントを保有されている場合、正当なビジネス上の理由が確認できたときに限り、二つ目のアカウントの維持が認められます。アカウントを一つにまとめる場合は、不要となる側のアカウントを閉鎖したうえで、出品中の商品を残す側のアカウントに再登録していただく必要がございます。

詳しい手順は、セラーセントラルのヘルプページ「アカウントの閉鎖」をご覧ください。

引き続き Amazon をよろしくお願いいたします。
Amazon.co.jp セラーサポート
佐々木
"""
    cid = '9136604725'
    host, ip = 'smtp-fw-%d.amazon.com' % rnd.randrange(1000, 9999), '52.95.%d.%d' % (rnd.randrange(48, 63), rnd.randrange(2, 250))
    other_mail('seller-central-case', 'unrelated', 'ja', cid, t, SHO, 'nifty',
               addr('Amazon Seller Central', 'seller-notification@amazon.com'),
               'RE:[CASE %s] 出品者アカウントの統合について' % cid, part(txt, charset='iso-2022-jp', cte='7bit'), txt,
               'amazon.com', host, ip, '2025100704155%s@bounces.amazon.com' % hexs(6), sv=True,
               subj_charset='iso-2022-jp', date_tz=UTC)


@mail
def un_pearson():
    t = when(2026, 3, 20, 8, 12, 5)
    txt = """中村 大輔 様

Pearson VUE にて試験のご予約を承りました。内容をご確認ください。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2026年4月11日(土) 10:00 (日本時間)
会場: ピアソン VUE 公認テストセンター 東京・新宿
候補者 ID: AWS80124457
登録 ID: 5%d

当日は、有効な身分証明書を 2 点お持ちのうえ、開始時刻の 15 分前までに会場へお越しください。
予約の変更・キャンセルは、試験開始 24 時間前まで AWS 認定アカウントから行えます。

Pearson VUE
""" % rnd.randrange(10**8, 10**9)
    host, ip = 'mx-out%d.pearson.com' % rnd.randrange(1, 6), '159.182.%d.%d' % (rnd.randrange(1, 250), rnd.randrange(2, 250))
    other_mail('pearson-vue-yoyaku', 'unrelated', 'ja', None, t, NAKA, 'ocn',
               addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'),
               'Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional',
               part(txt, cte='quoted-printable'), txt, 'pearson.com', host, ip, 'bounce@pearson.com', sv=False,
               subj_charset='utf-8', date_tz=UTC)


@mail
def un_colleague():
    t = T_KSA + dt.timedelta(days=3, hours=8, minutes=40)
    boss = 'm-tamura@hoshizora-sys.co.jp'
    txt = """佐藤さん

お疲れさまです。田村です。
認定アカウントをまとめる件、AWS から完了の連絡は来ましたか？
パートナー登録の更新を今週中に出したいので、候補者 ID は aws-72150836 の方を書いておけばよいか教えてください。

よろしくお願いします。

-----
田村 誠
ほしぞらシステムズ株式会社 クラウド推進部
"""
    host = 'TY0PR01MB%d.jpnprd01.prod.outlook.com' % rnd.randrange(1000, 9999)
    other_mail('tamura-partner-touroku', 'unrelated', 'ja', None, t, KSATO, 'o365',
               addr('田村 誠', boss), 'パートナー登録の件（認定 ID）', part(txt, cte='base64'), txt,
               'hoshizora-sys.co.jp', host, '2a01:111:f403:c%03d::%d' % (rnd.randrange(100, 999), rnd.randrange(1, 9)),
               boss, dkim_d='hoshizora-sys.co.jp', sv=False, subj_charset='iso-2022-jp',
               msgid='<TY0PR01MB%d%s@TY0PR01MB%d.jpnprd01.prod.outlook.com>' % (rnd.randrange(1000, 9999), hexs(12).upper(), rnd.randrange(1000, 9999)),
               extra=[('Thread-Topic', 'パートナー登録の件（認定 ID）'), ('Content-Language', 'ja-JP')],
               rx_kw={'tenant': 'JPN'}, date_tz=JST)


@mail
def un_phish_billing_ja():
    t = when(2026, 2, 3, 22, 5, 33)
    inner = """<div style="max-width:600px;font-family:Meiryo,sans-serif">
<p>AWS をご利用のお客様</p>
<p>お客様のアカウントに登録されているお支払い方法で、直近のご請求の決済ができませんでした。<br>
48 時間以内にお支払い情報を更新いただけない場合、アカウントに関連するすべてのサービスが停止されます。</p>
<p style="text-align:center"><a href="https://aws-billing-jp.com/console/billing/update?s=%s" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">お支払い情報を更新する</a></p>
<p>Amazon Web Services 請求チーム</p></div>""" % hexs(20)
    h = html_wrap(inner, 'AWS')
    host, ip = 'mail%d.aws-billing-jp.com' % rnd.randrange(1, 9), '103.%d.%d.%d' % (rnd.randrange(1, 250), rnd.randrange(1, 250), rnd.randrange(2, 250))
    other_mail('aws-shiharai-koushin', 'unrelated', 'ja', None, t, SHO, 'nifty',
               addr('Amazon Web Services', 'billing@aws-billing-jp.com'),
               '【AWS】お支払い情報の確認が必要です', part(h, 'html', cte='base64'), h,
               'aws-billing-jp.com', host, ip, 'return@aws-billing-jp.com', dmarc='none', dkim_res='none',
               spf='softfail', sv=False, subj_charset='utf-8', date_tz=JST)


# === END MAILS ===


if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(MAILS)
    random.Random(1290).shuffle(order)
    for i, fn in enumerate(order, 1):
        CUR[0] = i
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'mails')
