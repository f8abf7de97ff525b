#!/usr/bin/env python3
"""Generator for blind set 228: seven users' AWS Certification account-merge
cases from start to end, each with one detour.  Writes NNN-*.eml + labels.json."""
import base64, calendar, datetime as dt, hashlib, json, os, quopri, random, re, sys
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email.header import Header
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(228)
LABELS = {}

# ---------------------------------------------------------------- helpers
def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))

UTC = tz(0)
PDT = tz(-7)
PST = tz(-8)
JST = tz(9)


def D(s, zone=UTC):
    """'2025-05-26 14:12:37' in zone -> aware datetime"""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=zone)


def ts(d):
    return calendar.timegm(d.astimezone(UTC).timetuple())


def rfc(d):
    return format_datetime(d)


def rfc_pt(d):
    """Gmail 'Received' style with (PDT)/(PST) comment"""
    z = PDT if 3 <= d.month <= 10 else PST
    dd = d.astimezone(z)
    return format_datetime(dd) + (' (PDT)' if z is PDT else ' (PST)')


def rand_b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rand_hex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ses_mid(d, region=None):
    ms = int(ts(d) * 1000 + R.randint(0, 999))
    host = 'email.amazonses.com' if region is None else region + '.amazonses.com'
    return '<0100%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        ms, rand_hex(8), rand_hex(4), rand_hex(4), rand_hex(4), rand_hex(12), host)


def ses_bounce(mid):
    return mid.strip('<>').split('@')[0] + '@email.amazonses.com'


def gmail_mid():
    s = 'CA' + ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-') for _ in range(58))
    return '<%s@mail.gmail.com>' % s


def ew(text, charset='utf-8', name='Subject'):
    """encoded-word, folded like a real MUA"""
    return Header(text, charset, maxlinelen=76, header_name=name).encode(linesep='\n')


def addr(name, email_, charset='utf-8'):
    if name is None:
        return email_
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email_)
        return '%s <%s>' % (name, email_)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email_)


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, crlf=False):
    """text part; codec = python codec for the real bytes (may differ from label)"""
    codec = codec or charset
    p = MIMENonMultipart('text', subtype, charset=charset)
    del p['MIME-Version']
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    data = text.encode(codec)
    if cte == 'base64':
        payload = base64.encodebytes(data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:  # 7bit / 8bit
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(plain, html, boundary, **kw):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    kw2 = dict(kw)
    hcte = kw2.pop('html_cte', None)
    m.attach(part(plain, 'plain', **kw2))
    if hcte:
        kw2['cte'] = hcte
    m.attach(part(html, 'html', **kw2))
    return m


def html_wrap(body_html, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (title, body_html))


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def p2h(text):
    """plain text -> simple html paragraphs"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + esc(para).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip('\n').split('\n'))


def bq(html):
    return ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + html + '</blockquote>')


def java_boundary(d):
    return '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(10000000, 999999999), ts(d) * 1000 + R.randint(0, 999))


def gmail_boundary():
    return '000000000000' + rand_hex(16)


def outlook_boundary():
    return '_000_%s%s_' % (''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(30)), 'NAMP')


def dkim(d, domain, selector, headers='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date', c='relaxed/simple'):
    t = ts(d)
    b = rand_b64(256)
    b_f = '\n\t '.join(b[i:i + 70] for i in range(0, len(b), 70))
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (c, selector, domain, t, headers, rand_b64(32), b_f))


AMZ_SEL = 'rjt5lh2mzw3pbq2dvqlbqmx4hnp7rluz'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_SEL_W2 = '7v7vs6w47njt4pimodk5mmttbegzsi6n'


def ses_ip():
    return '54.240.%d.%d' % (R.choice([8, 9, 10, 11, 13, 27, 48]), R.randint(2, 250))


# ---- receiving-side header stacks ------------------------------------
def gmail_in(d, to, mailfrom, ip, helo, ar_lines, arc=True):
    """Gmail: Delivered-To, internal Received, ARC, Return-Path, MX Received, AR."""
    rid = '%s.%d' % (rand_hex(4), R.randint(1, 9))
    h = [('Delivered-To', to),
         ('Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s'
          % (rand_hex(4), rand_hex(3), rand_hex(3), rand_hex(4), R.choice('abcdefghijklm') + rand_hex(3) + 'csp' + str(R.randint(100000, 999999)), rfc_pt(d + dt.timedelta(seconds=2)))),
         ('X-Google-Smtp-Source', 'AGHT+I' + rand_b64(60)[:84]),
         ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s'
          % (rand_hex(4), rand_hex(3), rand_hex(4), rand_hex(12), R.randint(10, 99), R.randint(10**12, 10**13), rfc_pt(d + dt.timedelta(seconds=1))))]
    if arc:
        h += [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (ts(d), rand_b64(120))),
              ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:message-id:date:subject:to:from:mime-version;\n        bh=%s;\n        fh=%s;\n        b=%s' % (rand_b64(32), rand_b64(32), rand_b64(120))),
              ('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + ar_lines)]
    h += [('Return-Path', '<%s>' % mailfrom),
          ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
           % (helo, helo, ip, rand_hex(10) + '.' + str(R.randint(100, 999)), to, rfc_pt(d + dt.timedelta(seconds=1)))),
          ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip)),
          ('Authentication-Results', 'mx.google.com;\n' + ar_lines)]
    return h


def gmail_ar(dkims, mailfrom, ip, from_dom, dmarc='pass', p='QUARANTINE', spf='pass'):
    lines = []
    for dom, sel in dkims:
        lines.append('       dkim=pass header.i=@%s header.s=%s header.b=%s;' % (dom, sel, rand_b64(6)[:8]))
    if spf == 'pass':
        lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (mailfrom, ip, mailfrom))
    else:
        lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (spf, mailfrom, ip, mailfrom))
    lines.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, p, p, 'NONE' if dmarc == 'pass' else p, from_dom))
    return '\n'.join(lines)


def amz_jp(d, to, mid, host, authserv, from_dom='amazon.com'):
    return jp_in(d, to, ses_bounce(mid), ses_ip(), 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99), host, authserv=authserv, from_dom=from_dom)


def amz_outlook(d, to, mid, tenant='EUR'):
    return outlook_in(d, to, ses_bounce(mid), ses_ip(), 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99), tenant=tenant)


def amz_sig(d):
    return [('DKIM-Signature', dkim(d, 'amazon.com', AMZ_SEL)),
            ('DKIM-Signature', dkim(d, 'amazonses.com', SES_SEL, 'Reply-To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'))]


def amz_gmail(d, to, mid, from_dom='amazon.com', region=None):
    mailfrom = ses_bounce(mid)
    ip = ses_ip()
    helo = 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99)
    ar = gmail_ar([(from_dom, AMZ_SEL), ('amazonses.com', SES_SEL)], mailfrom, ip, from_dom)
    return gmail_in(d, to, mailfrom, ip, helo, ar)


def outlook_in(d, to, mailfrom, ip, helo, spf='pass', dkim_res='pass', dkim_d='amazon.com', dmarc='pass', from_dom='amazon.com', compauth='pass reason=100', tenant='EUR'):
    pfx = {'EUR': ('AM0PR', 'eurprd', 'EUR'), 'NAM': ('CH2PR', 'namprd', 'NAM'), 'APC': ('TYCPR', 'jpnprd', 'JPN')}[tenant]
    srv = '%s%02dMB%04d.%s%02d.prod.outlook.com' % (pfx[0], R.randint(1, 20), R.randint(1000, 9999), pfx[1], R.randint(1, 12))
    edge = '%s%02dFT%03d.mail.protection.outlook.com' % (pfx[0][:2] + '1PEPF', R.randint(1, 9), R.randint(10, 99))
    dts = d + dt.timedelta(seconds=3)
    ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s'
          % (spf, ip, mailfrom.split('@')[1], dkim_res, dkim_d, dmarc, from_dom, compauth))
    if dmarc != 'pass':
        ar = ar.replace('action=none', 'action=quarantine')
    return [('Received', 'from %s (2603:10a6:20b:%s::%s) by\n %s with HTTPS; %s' % (srv, rand_hex(3), rand_hex(2), srv, format_datetime(dts.astimezone(UTC)))),
            ('Received', 'from %s (2603:10a6:20b:%s::%s) by %s\n (2603:10a6:20b:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
             % (edge, rand_hex(3), rand_hex(2), srv, rand_hex(3), rand_hex(2), R.randint(7000, 9400), R.randint(10, 40), format_datetime((d + dt.timedelta(seconds=2)).astimezone(UTC)))),
            ('Authentication-Results', ar),
            ('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
             % (spf.capitalize(), mailfrom.split('@')[1], 'designates' if spf == 'pass' else 'does not designate', ip, ip, helo)),
            ('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
             % (helo, ip, edge, R.randint(1, 250), R.randint(1, 250), R.randint(7000, 9400), R.randint(10, 40), format_datetime((d + dt.timedelta(seconds=1)).astimezone(UTC))))]


def jp_in(d, to, mailfrom, ip, helo, host, dkim_d='amazon.com', from_dom='amazon.com', dmarc='pass', spf='pass', dkim_res='pass', authserv=None):
    dd = d.astimezone(JST)
    authserv = authserv or host
    return [('Return-Path', '<%s>' % mailfrom),
            ('Delivered-To', to),
            ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s'
             % (helo, helo, ip, host, ''.join(R.choice('BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789') for _ in range(11)), to, format_datetime(dd + dt.timedelta(seconds=2)))),
            ('Authentication-Results', '%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s'
             % (authserv, spf, mailfrom, dkim_res, dkim_d, AMZ_SEL if dkim_d == 'amazon.com' else 's1', dmarc, from_dom))]


def aws_out_hdrs(mid, region='us-east-1'):
    ms = int(mid.strip('<')[4:16], 16) // 1000
    day = dt.datetime.fromtimestamp(ms, UTC).strftime('%Y.%m.%d')
    return [('Message-ID', mid),
            ('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rand_b64(33).replace('/', 'x')[:43])),
            ('X-SES-Outgoing', '%s-54.240.%d.%d' % (day, R.randint(8, 11), R.randint(2, 250)))]


# ---- writer ------------------------------------------------------------
def emit(n, slug, root, hdrs, kind, case_id=None, ids=(), verified=None, lang='en', crlf=False):
    mime = list(root._headers)
    root._headers = list(hdrs) + [h for h in mime if h[0].lower() in ('mime-version',)] + [h for h in mime if h[0].lower() != 'mime-version']
    if not any(k.lower() == 'mime-version' for k, _ in root._headers):
        idx = len(hdrs)
        root._headers.insert(idx, ('MIME-Version', '1.0'))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(root, linesep='\r\n' if crlf else '\n')
    name = '%03d-%s.eml' % (n, slug)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(buf.getvalue())
    LABELS[name] = {'kind': kind, 'case_id': case_id,
                    'account_ids': sorted(set(ids)), 'sender_verified': verified, 'language': lang}


def write_labels():
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=2, ensure_ascii=False)
        f.write('\n')


FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_FROM = '"Amazon Web Services" <%s>' % FORM
NOREPLY = 'no-reply-aws@amazon.com'
NOREPLY_FROM = 'Amazon Web Services <%s>' % NOREPLY
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

AWS_TC_SIG = ('Best regards,\n{name}\nAWS Training and Certification Customer Support')
FORM_FOOTER = ('To respond to this message, reply to this email and keep the case ID in the subject line. '
               'Please do not open a new case for the same request.\n\n'
               'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
               'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')


def aws_html(body_text, footer=FORM_FOOTER, header='AWS Training and Certification'):
    return html_wrap(
        '<table width="100%" cellpadding="0" cellspacing="0" style="max-width:640px"><tr><td style="background:#232f3e;padding:14px 20px">'
        '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" height="32"></td></tr>'
        '<tr><td style="padding:20px">\n' + p2h(body_text) + '\n</td></tr>'
        '<tr><td style="padding:12px 20px;font-size:11px;color:#687078;border-top:1px solid #eaeded">' + p2h(footer) + '</td></tr></table>')


# =====================================================================
# USER 1 -- Daniel Whitaker, Gmail, English form desk, 2025
# detour: look-alike phishing "confirm your merge"
# =====================================================================
def user1():
    to = 'daniel.whitaker84@gmail.com'
    old, keep = 'AWS03817264', 'AWS09152738'
    opened = D('2025-05-26 14:12:37')
    cid = '%d%s' % (ts(opened), '00391')
    subj = '[CASE %s] %s' % (cid, FORM_SUBJ)

    # 001 acknowledgement -------------------------------------------------
    d = opened + dt.timedelta(seconds=41)
    mid = ses_mid(d)
    body = f"""Hello,

Thank you for contacting AWS Training and Certification.

We have received your request and created case {cid}. A member of our Customer Support team will review your inquiry and respond within 24 hours. During periods of high volume, responses may take a little longer.

To add information to this case, reply to this email and keep the case ID in the subject line. Please do not submit a new form for the same request, as duplicate cases can delay our response.

Summary of your submission
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
Name: Daniel Whitaker
Email: {to}
AWS Candidate ID: {keep}
Description: Hi, I ended up with two certification accounts. I passed SAA-C03 in 2022 using my old work email (candidate id aws{old[3:]}) and then Cloud Practitioner with my personal email. I'd like to have everything on one account.

Kind regards,
AWS Training and Certification Customer Support
"""
    root = alt(body, aws_html(body.split('Kind regards')[0] + 'Kind regards,\nAWS Training and Certification Customer Support'),
               java_boundary(d), cte='quoted-printable')
    h = amz_gmail(d, to, mid) + [
        ('DKIM-Signature', dkim(d, 'amazon.com', AMZ_SEL)),
        ('DKIM-Signature', dkim(d, 'amazonses.com', SES_SEL, 'Reply-To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')),
        ('Date', rfc(d)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', subj)] + aws_out_hdrs(mid)
    emit(1, 'whitaker-form-acknowledgement', root, h, 'case_created', cid, [old, keep], True)

    # 002 agent asks which account to keep --------------------------------
    d2 = D('2025-05-27 17:41:09')
    mid2 = ses_mid(d2)
    body2 = f"""Hi Daniel,

Thanks for reaching out, and sorry for the hassle of having your certifications split across two profiles. This is something we can definitely sort out for you.

I was able to locate both candidate records:
- {keep}
- {old}

To set this up correctly I need two things from you:

1. Which of the two accounts would you like to keep? The other one will be retired once its history has been moved across, so please choose the one whose login you use today.
2. The email address you use to sign in to each account. If you no longer have access to one of the mailboxes, just let me know, that's not a problem.

As soon as I hear back I'll get the request prepared.

Best regards,
Rachel D.
AWS Training and Certification Customer Support
"""
    root = alt(body2 + '\n' + FORM_FOOTER + '\n', aws_html(body2), java_boundary(d2), cte='quoted-printable')
    h = amz_gmail(d2, to, mid2) + [
        ('DKIM-Signature', dkim(d2, 'amazon.com', AMZ_SEL)),
        ('DKIM-Signature', dkim(d2, 'amazonses.com', SES_SEL, 'Reply-To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')),
        ('Date', rfc(d2)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid2)
    emit(2, 'whitaker-agent-asks-which-to-keep', root, h, 'support_reply', cid, [old, keep], True)

    # 003 Daniel's reply (Sent) --------------------------------------------
    d3 = D('2025-05-27 13:05:52', tz(-5))
    new3 = f"""Hi Rachel,

Thanks for the quick reply. Please keep {keep}, that's the one I log into with this address ({to}).

The other one (aws-{old[3:]}) was under my old work address d.whitaker@northwind-logistics.com. I left that company last year so I can't get into that inbox anymore.

Thanks,
Daniel
"""
    qh3 = 'On Tue, May 27, 2025 at 12:41\u202fPM Amazon Web Services <%s> wrote:' % FORM
    plain3 = new3 + '\n' + qh3 + '\n' + quote(body2) + '\n'
    html3 = ('<div dir="ltr">' + p2h(new3).replace('<p>', '<div>').replace('</p>', '</div><div><br></div>') + '</div><br>'
             '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(qh3) + '<br></div>' + bq(p2h(body2)) + '</div>\n')
    root = alt(plain3, html3, gmail_boundary(), cte='quoted-printable')
    h = [('Date', rfc(d3)), ('Message-ID', gmail_mid()), ('In-Reply-To', mid2), ('References', mid2),
         ('Subject', 'Re: RE:' + subj), ('From', 'Daniel Whitaker <%s>' % to), ('To', 'Amazon Web Services <%s>' % FORM)]
    emit(3, 'whitaker-sent-keep-personal-account', root, h, 'unrelated', cid, [old, keep], None)
    return dict(to=to, old=old, keep=keep, cid=cid, subj=subj, body2=body2, new3=new3, qh3=qh3, mid2=mid2)


def user1b(u):
    to, old, keep, cid, subj = u['to'], u['old'], u['keep'], u['cid'], u['subj']
    # 004 merge confirmation request --------------------------------------
    d4 = D('2025-05-28 15:02:26')
    mid4 = ses_mid(d4)
    new4 = f"""Hi Daniel,

Thank you for getting back to me so quickly. Before anything is changed, please look over the request below carefully:

Account to be retired (source): {old} - d.whitaker@northwind-logistics.com
Account that will remain (destination): {keep} - {to}

Once merged, the certifications, exam history and any benefits from the source account will appear under {keep}, and you will keep signing in with {to}. Please be aware that a merge is permanent and cannot be undone afterwards.

If everything above is correct, simply reply to this email with your confirmation and I will submit it to our certification operations team.

Best regards,
Rachel D.
AWS Training and Certification Customer Support
"""
    hist4 = ('---- Original Message ----\nFrom: Daniel Whitaker <%s>\nSent: 5/27/2025 6:05 PM\nSubject: Re: RE:%s\n\n' % (to, subj)
             + u['new3'])
    plain4 = new4 + '\n' + hist4 + '\n' + FORM_FOOTER + '\n'
    html4 = aws_html(new4 + '\n' + hist4)
    root = alt(plain4, html4, java_boundary(d4), cte='quoted-printable')
    h = amz_gmail(d4, to, mid4) + [
        ('DKIM-Signature', dkim(d4, 'amazon.com', AMZ_SEL)),
        ('DKIM-Signature', dkim(d4, 'amazonses.com', SES_SEL, 'Reply-To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')),
        ('Date', rfc(d4)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid4)
    emit(4, 'whitaker-please-confirm-merge', root, h, 'merge_confirmation_requested', cid, [old, keep], True)

    # 005 detour: look-alike phishing ------------------------------------
    d5 = D('2025-05-28 19:47:03')
    pdom = 'aws-certmerge-support.com'
    pmid = '<%s.%s@%s>' % (rand_hex(20), R.randint(1000, 9999), pdom)
    ip = '185.217.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    ar = gmail_ar([(pdom, 'default')], 'bounce@' + pdom, ip, pdom, dmarc='pass', p='NONE')
    phtml = html_wrap(f"""<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;padding:16px"><span style="color:#ff9900;font-size:22px;font-weight:bold">aws</span> <span style="color:#fff">Training &amp; Certification</span></div>
<div style="padding:24px">
<p>Dear Candidate,</p>
<p>We have received a request to combine the certification profile registered to <b>d.whitaker@northwind-logistics.com</b> with the profile registered to <b>{to}</b>.</p>
<p>For your security, this merge must be authorised by the account holder. Please confirm the merge within <b>24 hours</b> by verifying your identity below. Requests that are not confirmed will be cancelled and both profiles may be temporarily locked to protect your credentials.</p>
<p style="text-align:center;margin:28px 0"><a href="https://aws-certmerge-support.com/verify?ref=7Hq2Kx" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;border-radius:3px;font-weight:bold">Confirm Account Merge</a></p>
<p>Thank you,<br>AWS Certification Account Services</p>
</div>
<div style="font-size:11px;color:#888;padding:12px 24px">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</div>
</div>""")
    root = part(phtml, 'html', 'utf-8', 'base64')
    h = gmail_in(d5, to, 'bounce@' + pdom, ip, 'mail.' + pdom, ar) + [
        ('DKIM-Signature', dkim(d5, pdom, 'default', 'From:To:Subject:Date:Message-ID')),
        ('Date', rfc(d5)), ('From', '"AWS Training & Certification" <case-update@%s>' % pdom),
        ('To', to), ('Subject', 'Action required: confirm your AWS Certification account merge'),
        ('Message-ID', pmid), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    emit(5, 'lookalike-confirm-merge-link', root, h, 'merge_confirmation_requested', None, [], False)

    # 006 Daniel confirms (Sent) ------------------------------------------
    d6 = D('2025-05-28 21:16:40', tz(-5))
    new6 = f"""Hi Rachel,

The details are correct. Please go ahead and merge {old} into {keep}.

One thing: last night I got an email from "aws-certmerge-support.com" asking me to confirm the merge through a link. I assume that wasn't you, so I didn't click it.

Thanks again,
Daniel
"""
    qh6 = 'On Wed, May 28, 2025 at 10:02\u202fAM Amazon Web Services <%s> wrote:' % FORM
    q6 = quote(new4 + '\n' + u['qh3'] + '\n' + quote(u['new3']))
    plain6 = new6 + '\n' + qh6 + '\n' + q6 + '\n'
    html6 = ('<div dir="ltr">' + p2h(new6) + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
             + esc(qh6) + '<br></div>' + bq(p2h(new4) + '<div>' + esc(u['qh3']) + '</div>' + bq(p2h(u['new3']))) + '</div>\n')
    root = alt(plain6, html6, gmail_boundary(), cte='quoted-printable')
    h = [('Date', rfc(d6)), ('Message-ID', gmail_mid()), ('In-Reply-To', mid4), ('References', '%s\n %s' % (u['mid2'], mid4)),
         ('Subject', 'Re: RE:' + subj), ('From', 'Daniel Whitaker <%s>' % to), ('To', 'Amazon Web Services <%s>' % FORM)]
    emit(6, 'whitaker-sent-details-correct', root, h, 'unrelated', cid, [old, keep], None)

    # 007 merge completed -------------------------------------------------
    d7 = D('2025-05-29 16:30:12')
    mid7 = ses_mid(d7)
    new7 = f"""Hi Daniel,

Thanks for confirming, and thank you for flagging that other message. It did not come from us: we will never ask you to approve a merge through an outside website, so please go ahead and report it as phishing.

Good news on your request: your two profiles have now been combined. Everything that was held on {old} now sits under {keep}, and the old profile has been deactivated. You can sign in to your AWS Certification account with {to} as usual and you should see both of your certifications listed.

Your digital badges may take up to 72 hours to show up on Credly. If they haven't appeared after that, just reply here and we'll take a look.

Best regards,
Rachel D.
AWS Training and Certification Customer Support
"""
    root = alt(new7 + '\n' + FORM_FOOTER + '\n', aws_html(new7), java_boundary(d7), cte='base64')
    h = amz_gmail(d7, to, mid7) + [
        ('DKIM-Signature', dkim(d7, 'amazon.com', AMZ_SEL)),
        ('DKIM-Signature', dkim(d7, 'amazonses.com', SES_SEL, 'Reply-To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')),
        ('Date', rfc(d7)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid7)
    emit(7, 'whitaker-profiles-combined', root, h, 'merge_completed', cid, [old, keep], True)

    # 008 survey ------------------------------------------------------------
    d8 = D('2025-05-29 16:31:55')
    mid8 = ses_mid(d8)
    sv = html_wrap(f"""<table width="100%" style="max-width:600px"><tr><td style="background:#232f3e;padding:14px"><span style="color:#fff;font-size:18px">Amazon Web Services</span></td></tr>
<tr><td style="padding:20px">
<p>Hello Daniel,</p>
<p>Your case <b>{cid}</b> has been resolved and is now closed.</p>
<p>We'd love to hear about your experience. Was your issue resolved?</p>
<p><a href="https://survey.aws-tc.com/s/r?c={cid}&amp;a=yes" style="padding:8px 20px;background:#1d8102;color:#fff;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="https://survey.aws-tc.com/s/r?c={cid}&amp;a=no" style="padding:8px 20px;background:#d13212;color:#fff;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from Rachel D.?</p>
<p>&#9733; &#9733; &#9733; &#9733; &#9733;</p>
<p>If you need more help with this request, reply to this email within 14 days and your case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr></table>""")
    root = part(sv, 'html', 'utf-8', 'quoted-printable')
    h = amz_gmail(d8, to, mid8) + [
        ('DKIM-Signature', dkim(d8, 'amazon.com', AMZ_SEL)),
        ('DKIM-Signature', dkim(d8, 'amazonses.com', SES_SEL, 'Reply-To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')),
        ('Date', rfc(d8)), ('From', FORM_FROM), ('To', to),
        ('Subject', 'How did we do? Case %s' % cid)] + aws_out_hdrs(mid8)
    emit(8, 'whitaker-case-closed-rate-us', root, h, 'survey', cid, [], True)

    # 009 Credly badge -------------------------------------------------------
    d9 = D('2025-05-30 02:14:51')
    credly_badge(9, 'whitaker-credly-saa-badge', d9, to, 'Daniel', 'AWS Certified Solutions Architect \u2013 Associate')


def credly_badge(n, slug, d, to, first, badge, inbox='gmail', transferred=False, host=None, authserv=None, subject=None, intro=None):
    if transferred:
        subject = subject or 'Your badges from Amazon Web Services Training and Certification have been moved'
        intro = intro or (f"Hi {first},\n\nThe following badge issued by Amazon Web Services Training and Certification has been transferred to your Credly account "
                          f"following an update to your certification profile:\n\n{badge}\n\nIt is now ready for you to accept and share.")
    else:
        subject = subject or 'Amazon Web Services Training and Certification has issued you a badge: %s' % badge
        intro = intro or (f"Hi {first},\n\nCongratulations! Amazon Web Services Training and Certification has issued you a new badge:\n\n{badge}\n\n"
                          "Accept your badge to add it to your profile and share it with your network.")
    link = 'https://www.credly.com/badges/%s-%s-%s-%s-%s/accept' % (rand_hex(8), rand_hex(4), rand_hex(4), rand_hex(4), rand_hex(12))
    credly_mail(n, slug, d, to, subject, intro, 'Accept your badge', link, 'credly_badge_issued',
                'Amazon Web Services Training and Certification via Credly <admin@credly.com>', inbox, host, authserv)


def credly_mail(n, slug, d, to, subject, intro, button, link, kind, frm='Credly <admin@credly.com>', inbox='gmail', host=None, authserv=None,
                case_id=None, ids=(), lang='en', html_only=False, dom='credly.com', brand='Credly'):
    mid = '<%s_%s@%s.mail>' % (rand_hex(24), R.randint(10, 99), dom.split('.')[0])
    mailfrom = 'bounces+%d-%s-%s=%s@em.%s' % (R.randint(1000000, 9999999), rand_hex(4), to.split('@')[0], to.split('@')[1], dom)
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    helo = 'o%d.em.%s' % (R.randint(1, 30), dom)
    plain = intro + "\n\n%s: %s\n\nNeed help? Visit https://support.%s\n\n%s, Inc. | 100 N. Tryon St, Suite 1600 | Charlotte, NC 28202\nManage your notification settings: https://www.%s/notification_settings\n" % (button, link, dom, 'Credly' if dom == 'credly.com' else 'Acclaim by Credly', dom)
    html = html_wrap('<table width="100%%" style="max-width:600px;margin:auto"><tr><td style="padding:24px;text-align:center">'
                     '<img src="https://images.%s/images/logo.png" width="110" alt="%s"></td></tr>'
                     '<tr><td style="padding:0 32px">' % (dom, brand) + p2h(intro) + '<p style="text-align:center"><a href="' + link + '" '
                     'style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:24px;text-decoration:none">' + esc(button) + '</a></p></td></tr>'
                     '<tr><td style="font-size:11px;color:#777;padding:24px 32px">Credly, Inc. | 100 N. Tryon St, Suite 1600 | Charlotte, NC 28202</td></tr></table>')
    if html_only:
        root = part(html, 'html', 'utf-8', 'quoted-printable')
    else:
        root = alt(plain, html, '--==_mimepart_%s_%d' % (rand_hex(13), R.randint(1000, 99999)), cte='quoted-printable')
    if inbox == 'gmail':
        ar = gmail_ar([(dom, 's1'), ('sendgrid.info', 'smtpapi')], mailfrom, ip, dom, p='REJECT')
        h = gmail_in(d, to, mailfrom, ip, helo, ar)
    elif inbox == 'outlook':
        h = outlook_in(d, to, mailfrom, ip, helo, dkim_d=dom, from_dom=dom, tenant='NAM')
    else:
        h = jp_in(d, to, mailfrom, ip, helo, host, dkim_d=dom, from_dom=dom, authserv=authserv)
    h += [('DKIM-Signature', dkim(d, dom, 's1', 'from:mime-version:subject:to:content-type:cc:content-type:from:subject:to', 'relaxed/relaxed')),
          ('Date', rfc(d.astimezone(UTC))), ('From', frm),
          ('Reply-To', 'noreply@' + dom), ('To', to), ('Message-ID', mid), ('Subject', subject),
          ('X-SG-EID', rand_b64(60)), ('X-Entity-ID', rand_b64(16)[:22])]
    emit(n, slug, root, h, kind, case_id, ids, True, lang)


# =====================================================================
# USER 2 -- Sato Misaki, nifty, Japanese form desk, 2025
# detour: asks about the 50% voucher before confirming; Pearson VUE mail
# =====================================================================
def user2():
    to = 'misaki.sato@nifty.com'
    host, authserv = 'mta-rcv-e02.mail.nifty.com', 'mx.nifty.com'
    old, keep = 'AWS07730914', 'AWS05526180'
    opened = D('2025-03-10 01:47:05')
    cid = '%d%s' % (ts(opened), '00127')
    subj = '[CASE %s] %s' % (cid, FORM_SUBJ)
    jname = '佐藤 美咲'

    # 010 acknowledgement (ja) ---------------------------------------------
    d = opened + dt.timedelta(seconds=37)
    mid = ses_mid(d)
    body = f"""佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

お問い合わせを受け付け、ケース番号 {cid} を発行いたしました。
担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。お問い合わせが集中している場合は、ご回答までにお時間をいただくことがございます。

追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。同じ内容で新たにフォームを送信されますと、ご回答が遅れる場合がございますので、ご注意ください。

■ お問い合わせ内容
お問い合わせの種類: AWS トレーニングと認定
カテゴリ: 認定
詳細: アカウントの統合
氏名: 佐藤 美咲
メールアドレス: {to}
AWS 受験者 ID: {keep}
内容: 以前の勤務先のメールアドレスで作成した認定アカウント（AWS {old[3:]}）があります。現在使用している個人のアカウントに統合していただきたいです。

※本メールはシステムにより自動送信されています。

AWS トレーニングと認定 カスタマーサポート
"""
    root = alt(body, aws_html(body, footer='Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。このメッセージは Amazon Web Services Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）により作成および配信されました。'),
               java_boundary(d), cte='base64')
    h = amz_jp(d, to, mid, host, authserv) + amz_sig(d) + [
        ('Date', rfc(d)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', subj)] + aws_out_hdrs(mid)
    emit(10, 'sato-form-uketsuke-ja', root, h, 'case_created', cid, [old, keep], True, 'ja')

    # 011 merge confirmation request (ja) ----------------------------------
    d2 = D('2025-03-11 01:15:48')
    mid2 = ses_mid(d2)
    body2 = f"""佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

この度は、認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
ご申告いただいた情報をもとに確認いたしましたところ、以下の 2 つのアカウントが確認できました。下記の内容にて統合の手続きを行わせていただきたく存じます。

　統合元（統合後に無効化されるアカウント）: {old}（m-sato@hokuto-sys.co.jp）
　統合先（今後もご利用いただくアカウント）: {keep}（{to}）

統合後は、統合元アカウントの認定資格、受験履歴および特典がすべて統合先アカウントへ移行されます。
なお、統合処理は一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。

上記の内容にお間違いがなければ、本メールにご返信いただき、統合の実施についてご承認いただけますでしょうか。
ご確認のほど、何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
"""
    root = alt(body2, aws_html(body2, footer='本メールにご返信いただく際は、件名のケース番号を変更しないでください。'), java_boundary(d2), cte='base64')
    h = amz_jp(d2, to, mid2, host, authserv) + amz_sig(d2) + [
        ('Date', rfc(d2)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid2)
    emit(11, 'sato-yamamoto-togo-kakunin', root, h, 'merge_confirmation_requested', cid, [old, keep], True, 'ja')

    # 012 Sato asks about voucher first (Sent, Thunderbird, ISO-2022-JP) ----
    d3 = D('2025-03-11 20:32:10', JST)
    new3 = f"""山本様

お世話になっております。佐藤です。
ご連絡いただき、ありがとうございます。

統合を承認する前に、一点確認させてください。
旧アカウント（{old}）の方に、前回合格した際に付与された 50% 割引バウチャーが未使用のまま残っています。
統合した後も、このバウチャーは利用できますでしょうか。

お手数をおかけしますが、ご確認のほどよろしくお願いいたします。

佐藤 美咲
"""
    qh3 = '2025/03/11 10:15 に Amazon Web Services さんは書きました:'
    plain3 = new3 + '\n' + qh3 + '\n' + quote(body2, '> ') + '\n'
    root = part(plain3, 'plain', 'iso-2022-jp', '7bit')
    root.set_param('format', 'flowed')
    root.set_param('delsp', 'yes')
    mid3 = '<%s-%s-%s-%s-%s@nifty.com>' % (rand_hex(8), rand_hex(4), rand_hex(4), rand_hex(4), rand_hex(12))
    h = [('Message-ID', mid3), ('Date', rfc(d3)), ('MIME-Version', '1.0'),
         ('User-Agent', 'Mozilla Thunderbird'),
         ('Subject', 'Re: RE:' + subj), ('Content-Language', 'ja'),
         ('To', 'Amazon Web Services <%s>' % FORM), ('References', mid2), ('From', addr(jname, to, 'iso-2022-jp')),
         ('In-Reply-To', mid2)]
    emit(12, 'sato-sent-voucher-question', root, h, 'unrelated', cid, [old], None, 'ja')

    # 013 agent answers the voucher question (ja) -------------------------
    d4 = D('2025-03-12 02:40:33')
    mid4 = ses_mid(d4)
    body4 = f"""佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。

お問い合わせいただいたバウチャーの件につきまして、ご回答いたします。
統合が完了いたしますと、統合元アカウントに付与されている未使用の特典（50% 割引バウチャーを含みます）は、統合先アカウントの「特典」ページに表示されるようになります。なお、バウチャーの有効期限は統合によって変わりませんので、期限内にご利用くださいますようお願いいたします。

統合のお手続きにつきましては、前回お送りしたメールの内容をご確認いただき、問題がなければその旨をご返信くださいませ。ご返信をいただき次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
"""
    hist4 = ('-----Original Message-----\n差出人: 佐藤 美咲 <%s>\n送信日時: 2025/03/11 11:32\n件名: Re: RE:%s\n\n' % (to, subj) + new3)
    root = alt(body4 + '\n' + hist4, aws_html(body4 + '\n' + hist4, footer='本メールにご返信いただく際は、件名のケース番号を変更しないでください。'),
               java_boundary(d4), cte='quoted-printable')
    h = amz_jp(d4, to, mid4, host, authserv) + amz_sig(d4) + [
        ('Date', rfc(d4)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid4)
    emit(13, 'sato-voucher-answer', root, h, 'support_reply', cid, [], True, 'ja')

    # 014 detour: Pearson VUE appointment (ja) -----------------------------
    d5 = D('2025-03-12 08:03:19')
    pv_from = 'pearsonvueconfirmation@pearson.com'
    pv_mailfrom = 'bounce-%d@mail.pearsonvue.com' % R.randint(100000, 999999)
    ip = '208.85.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    pv = html_wrap("""<table width="100%" style="max-width:620px"><tr><td><img src="https://home.pearsonvue.com/images/pvue-logo.png" alt="Pearson VUE" width="160"></td></tr>
<tr><td style="padding:16px 0">
<p>佐藤 美咲 様</p>
<p>Amazon Web Services 認定試験のご予約を承りました。以下の内容をご確認ください。</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td>試験</td><td>SAP-C02: AWS Certified Solutions Architect - Professional (日本語)</td></tr>
<tr><td>日時</td><td>2025年4月5日(土) 13:30 JST</td></tr>
<tr><td>会場</td><td>ピアソン VUE テストセンター 東京 新宿</td></tr>
<tr><td>登録 ID</td><td>482913376</td></tr>
<tr><td>注文番号</td><td>0071-4482-9130</td></tr>
</table>
<p>試験開始時刻の 30 分前までに会場へお越しください。有効な身分証明書を 2 点ご持参いただく必要があります。</p>
<p>予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。</p>
<p>Pearson VUE</p>
</td></tr></table>""")
    root = part(pv, 'html', 'utf-8', 'quoted-printable')
    h = jp_in(d5, to, pv_mailfrom, ip, 'mail%d.pearsonvue.com' % R.randint(1, 9), host, dkim_d='pearson.com', from_dom='pearson.com', authserv=authserv) + [
        ('DKIM-Signature', dkim(d5, 'pearson.com', 'pv2021', 'From:To:Subject:Date:Message-ID')),
        ('Date', rfc(d5)), ('From', 'Pearson VUE <%s>' % pv_from), ('To', to),
        ('Subject', ew('Pearson VUE 試験予約の確認 - AWS Certified Solutions Architect - Professional')),
        ('Message-ID', '<%s@pearsonvue.com>' % rand_hex(24))]
    emit(14, 'pearson-vue-yoyaku-kakunin', root, h, 'unrelated', None, [], False, 'ja')

    # 015 Sato confirms (Sent, Gmail-style Japanese quote head) ----------
    d6 = D('2025-03-12 21:05:44', JST)
    new6 = f"""山本様

ご回答いただき、ありがとうございます。承知いたしました。

前回ご案内いただいた内容（統合元: {old} → 統合先: {keep}）で相違ございません。
統合の手続きを進めていただけますよう、よろしくお願いいたします。

佐藤 美咲
"""
    qh6 = '2025年3月12日(水) 11:40 Amazon Web Services <%s>:' % FORM
    plain6 = new6 + '\n' + qh6 + '\n' + quote(body4 + '\n' + hist4) + '\n'
    html6 = ('<div dir="ltr">' + p2h(new6) + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
             + esc(qh6) + '<br></div>' + bq(p2h(body4 + '\n' + hist4)) + '</div>\n')
    root = alt(plain6, html6, gmail_boundary(), cte='base64')
    mid6 = gmail_mid()
    h = [('MIME-Version', '1.0'), ('Date', rfc(d6)), ('References', '%s\n %s\n %s' % (mid2, mid3, mid4)), ('In-Reply-To', mid4),
         ('Message-ID', mid6), ('Subject', 'Re: RE:' + subj), ('From', addr(jname, to)), ('To', 'Amazon Web Services <%s>' % FORM)]
    emit(15, 'sato-sent-soui-gozaimasen', root, h, 'unrelated', cid, [old, keep], None, 'ja')

    # 016 agent: thanks, proceeding (ja) ---------------------------------
    d7 = D('2025-03-13 00:52:07')
    mid7 = ses_mid(d7)
    body7 = f"""佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。

ご確認いただき、誠にありがとうございます。
いただいた内容にて、アカウント統合の手続きを担当部署へ依頼いたしました。処理には通常 2～3 営業日ほどお時間をいただいております。

手続きが完了いたしましたら、本ケースにて改めてご連絡いたします。今しばらくお待ちくださいますようお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
"""
    hist7 = ('---- 元のメッセージ ----\n差出人: 佐藤 美咲 <%s>\n送信日時: 2025/03/12 12:05\n宛先: %s\n件名: Re: RE:%s\n\n' % (to, FORM, subj) + new6)
    root = alt(body7 + '\n' + hist7, aws_html(body7 + '\n' + hist7, footer='本メールにご返信いただく際は、件名のケース番号を変更しないでください。'),
               java_boundary(d7), cte='base64')
    h = amz_jp(d7, to, mid7, host, authserv) + amz_sig(d7) + [
        ('Date', rfc(d7)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid7)
    emit(16, 'sato-tetsuzuki-irai-shimashita', root, h, 'support_reply', cid, [], True, 'ja')

    # 017 merge completed (ja, ISO-2022-JP plain only) --------------------
    d8 = D('2025-03-14 07:20:55')
    mid8 = ses_mid(d8)
    body8 = f"""佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合処理が、本日完了いたしました。

　ご利用いただくアカウント: {keep}
　無効化されたアカウント: {old}

今後は {to} にて AWS 認定アカウントへサインインしていただけますと、両方のアカウントの認定資格および特典をご確認いただけます。
Credly のデジタルバッジへの反映には、最大で 72 時間ほどかかる場合がございます。

その他ご不明な点がございましたら、本メールにご返信ください。

山本
AWS トレーニングと認定 カスタマーサポート
"""
    root = part(body8, 'plain', 'iso-2022-jp', '7bit')
    h = amz_jp(d8, to, mid8, host, authserv) + amz_sig(d8) + [
        ('Date', rfc(d8)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid8)
    emit(17, 'sato-togo-kanryo', root, h, 'merge_completed', cid, [old, keep], True, 'ja')

    # 018 closure survey (ja, HTML only, folded encoded-word subject) -------
    d9 = D('2025-03-14 07:22:40')
    mid9 = ses_mid(d9)
    sv = html_wrap(f"""<table width="100%" style="max-width:600px"><tr><td style="background:#232f3e;padding:14px"><span style="color:#fff;font-size:18px">Amazon Web Services</span></td></tr>
<tr><td style="padding:20px">
<p>佐藤 美咲 様</p>
<p>お問い合わせいただいたケース（ケース ID: {cid}）は解決済みとしてクローズされました。</p>
<p>今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします。今回のお問い合わせは解決しましたか？</p>
<p><a href="https://survey.aws-tc.com/s/r?c={cid}&amp;l=ja&amp;a=yes">はい</a> ／ <a href="https://survey.aws-tc.com/s/r?c={cid}&amp;l=ja&amp;a=no">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください: 1 2 3 4 5</p>
<p>追加のご質問がある場合は、14 日以内に本メールへご返信いただくとケースが再開されます。</p>
<p>AWS トレーニングと認定</p>
</td></tr></table>""")
    root = part(sv, 'html', 'utf-8', 'base64')
    h = amz_jp(d9, to, mid9, host, authserv) + amz_sig(d9) + [
        ('Date', rfc(d9)), ('From', FORM_FROM), ('To', to),
        ('Subject', ew('ケース %s はクローズされました - アンケートへのご協力のお願い' % cid))] + aws_out_hdrs(mid9)
    emit(18, 'sato-close-anketo', root, h, 'survey', cid, [], True, 'ja')


# =====================================================================
# USER 3 -- Lukas Brenner, outlook.de, English form desk, 2023 (11-digit)
# detour: asks about voucher/Credly; separate quota case from AWS Support
# =====================================================================
CEST = tz(2)


def outlook_mid(region='eurprd', pfx='AM0PR'):
    srv = '%s%02dMB%04d' % (pfx, R.randint(1, 9), R.randint(1000, 9999))
    return '<%s%s@%s.%s%02d.prod.outlook.com>' % (srv, ''.join(R.choice('0123456789ABCDEF') for _ in range(24)), srv, region, R.randint(1, 9))


def outlook_sent_hdrs(d, frm, to_, subj, lang='de-DE', irt=None, refs=None, tidx=None, topic=None):
    h = [('From', frm), ('To', to_), ('Subject', subj),
         ('Thread-Topic', topic or subj), ('Thread-Index', tidx or ('AQH' + rand_b64(30)[:36])),
         ('Date', rfc(d)), ('Message-ID', outlook_mid())]
    if refs:
        h.append(('References', refs))
    if irt:
        h.append(('In-Reply-To', irt))
    h += [('Accept-Language', lang), ('Content-Language', lang), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
          ('msip_labels', '')]
    return h


def outlook_html(new_text, head_html, quoted_html, lang='DE'):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n' % lang
            + ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else '&nbsp;') for l in new_text.rstrip('\n').split('\n'))
            + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            + head_html + '</div>\n' + quoted_html + '\n</div>\n</body>\n</html>\n')


def user3():
    to = 'lukas.brenner@outlook.de'
    old, keep = 'AWS02294471', 'AWS06618035'
    cid = '13824570911'
    subj = '[CASE %s] %s' % (cid, FORM_SUBJ)
    opened = D('2023-09-11 08:20:14')

    # 019 acknowledgement (2023 template) --------------------------------
    d = opened + dt.timedelta(seconds=52)
    mid = ses_mid(d)
    body = f"""Hello,

Greetings from AWS Training and Certification!

We have received your request and a support case has been created for you.

Case ID: {cid}
Inquiry type: Certification - Account Merge
Submitted by: Lukas Brenner ({to})

Our team will get back to you within 24 hours. If you need to share more details, please reply to this email without changing the subject line. Submitting another form for the same issue will create a duplicate case and may slow down our response.

Regards,
AWS Training and Certification
"""
    root = alt(body + '\n' + FORM_FOOTER + '\n', aws_html(body), java_boundary(d), cte='quoted-printable')
    h = amz_outlook(d, to, mid) + amz_sig(d) + [
        ('Date', rfc(d)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', subj)] + aws_out_hdrs(mid)
    emit(19, 'brenner-case-received', root, h, 'case_created', cid, [], True)

    # 020 merge confirmation (non-native agent) ---------------------------
    d2 = D('2023-09-12 08:14:37')
    mid2 = ses_mid(d2)
    body2 = f"""Hello Lukas,

Greetings from AWS Training and Certification!

Thank you for contacting us regarding merging of your certification accounts. I have checked and could find below two accounts in our system:

Account 1: {old} (lukas.brenner@stud.tu-muenchen.de)
Account 2: {keep} ({to})

As per your request, we will merge Account 1 into Account 2. Post merge, Account 2 ({keep}) will be the active account and all the certifications of Account 1 will be reflected there. Kindly note that the merge is irreversible and once done it cannot be reverted back.

Request you to kindly revert back on this email confirming the above details so that we can proceed further.

Thanks & Regards,
Shivani K.
AWS Training and Certification
"""
    root = alt(body2 + '\n' + FORM_FOOTER + '\n', aws_html(body2), java_boundary(d2), cte='quoted-printable')
    h = amz_outlook(d2, to, mid2) + amz_sig(d2) + [
        ('Date', rfc(d2)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid2)
    emit(20, 'brenner-kindly-confirm-details', root, h, 'merge_confirmation_requested', cid, [old, keep], True)

    # 021 Lukas asks about voucher/Credly (Sent, new Outlook, German head) --
    d3 = D('2023-09-12 12:40:18', CEST)
    new3 = f"""Hello Shivani,

thank you for your quick answer. Before I confirm, I have one question: on the old account I still have an unused 50% voucher from the Developer exam, and my Credly badge for the Developer Associate is linked to my university e-mail address. Will the badge and the voucher also move to {keep}, or do I need to do something on Credly myself?

Best regards
Lukas Brenner
"""
    head3 = ('________________________________\nVon: Amazon Web Services <%s>\nGesendet: Dienstag, 12. September 2023 10:14\n'
             'An: %s <%s>\nBetreff: RE:%s' % (FORM, to, to, subj))
    plain3 = new3 + '\n' + head3 + '\n\n' + body2 + '\n' + FORM_FOOTER + '\n'
    html3 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">'
             + p2h(new3) + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
             '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>Von:</b> Amazon Web Services &lt;' + FORM + '&gt;<br><b>Gesendet:</b> Dienstag, 12. September 2023 10:14<br>'
             '<b>An:</b> ' + to + ' &lt;' + to + '&gt;<br><b>Betreff:</b> RE:' + esc(subj) + '</font><div>&nbsp;</div></div><div>' + p2h(body2) + '</div></body></html>\n')
    root = alt(plain3, html3, outlook_boundary(), charset='iso-8859-1', cte='quoted-printable')
    h = outlook_sent_hdrs(d3, 'Lukas Brenner <%s>' % to, 'Amazon Web Services <%s>' % FORM, 'Re: RE:' + subj, irt=mid2, refs=mid2)
    emit(21, 'brenner-sent-question-voucher-credly', root, h, 'unrelated', cid, [keep], None)

    # 022 agent answers; still waiting for confirmation -------------------
    d4 = D('2023-09-13 06:55:02')
    mid4 = ses_mid(d4)
    body4 = """Hello Lukas,

Thank you for your response.

Regarding your query, once the merge is completed, the unused voucher and other benefits from your older account will be moved to the surviving account automatically. Also the Credly badges will be transferred to the Credly profile which is associated with the email id of the surviving account, this can take upto 3-5 business days post merge. You need not do anything from your end on Credly.

Further, request you to please confirm the account details shared in our previous email so that we can go ahead.

Thanks & Regards,
Shivani K.
AWS Training and Certification
"""
    hist4 = ('-----Original Message-----\nFrom: Lukas Brenner <%s>\nSent: 9/12/2023 10:40 AM\nTo: %s\nSubject: Re: RE:%s\n\n' % (to, FORM, subj) + new3)
    root = alt(body4 + '\n' + hist4 + '\n' + FORM_FOOTER + '\n', aws_html(body4 + '\n' + hist4), java_boundary(d4), cte='quoted-printable')
    h = amz_outlook(d4, to, mid4) + amz_sig(d4) + [
        ('Date', rfc(d4)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid4)
    emit(22, 'brenner-agent-answers-benefits-query', root, h, 'support_reply', cid, [], True)

    # 023 Lukas confirms (Sent, classic Outlook, German header block) ------
    d5 = D('2023-09-13 18:21:40', CEST)
    new5 = f"""Hello Shivani,

thanks a lot, that answers my question.

I confirm the details: please merge {old} into {keep}.

Best regards
Lukas
"""
    head5 = ('Von: Amazon Web Services <%s>\nGesendet: Mittwoch, 13. September 2023 08:55\nAn: %s\nBetreff: RE:%s' % (FORM, to, subj))
    plain5 = new5 + '\n' + head5 + '\n\n' + body4 + '\n' + hist4
    head5h = ('<p class="MsoNormal"><b>Von:</b> Amazon Web Services &lt;%s&gt; <br><b>Gesendet:</b> Mittwoch, 13. September 2023 08:55<br><b>An:</b> %s<br><b>Betreff:</b> RE:%s<o:p></o:p></p>\n'
              % (FORM, to, esc(subj)))
    html5 = outlook_html(new5, head5h, p2h(body4 + '\n' + hist4))
    root = alt(plain5, html5, outlook_boundary(), cte='base64')
    h = outlook_sent_hdrs(d5, 'Lukas Brenner <%s>' % to, '"Amazon Web Services" <%s>' % FORM, 'AW: RE:' + subj, irt=mid4, refs='%s %s' % (mid2, mid4))
    h.append(('X-Mailer', 'Microsoft Outlook 16.0'))
    emit(23, 'brenner-sent-i-confirm', root, h, 'unrelated', cid, [old, keep], None)

    # 024 detour: unrelated AWS Support quota case -----------------------
    qid = '13851026371'
    d6 = D('2023-09-14 03:12:09')
    mid6 = ses_mid(d6)
    body6 = f"""Hello,

Thank you for your patience while we worked on your request.

I'm pleased to let you know that your request to raise the "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" quota in the EU (Frankfurt) region to 64 vCPUs has been approved and is now in effect. It may take up to 30 minutes for the new value to be reflected in the Service Quotas console.

If you have any further questions, please let us know.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Marek W.
Amazon Web Services

===================================================

To see all your support cases, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={qid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above.
===================================================
"""
    root = alt(body6, html_wrap(p2h(body6)), java_boundary(d6), cte='quoted-printable')
    h = amz_outlook(d6, to, mid6) + amz_sig(d6) + [
        ('Date', rfc(d6)), ('From', NOREPLY_FROM), ('To', to),
        ('Subject', 'RE:[CASE %s] Limit Increase: EC2 Instances' % qid)] + aws_out_hdrs(mid6)
    emit(24, 'aws-support-quota-increase-approved', root, h, 'unrelated', qid, [], True)

    # 025 merge completed (non-native) ---------------------------------
    d7 = D('2023-09-14 09:48:26')
    mid7 = ses_mid(d7)
    body7 = f"""Hello Lukas,

Greetings from AWS Training and Certification!

This is to inform you that merging of your accounts {old} and {keep} has been successfully done from our end. Now you can login with {to} and you will be able to see all your certifications and benefits under {keep}.

As the request is completed, I will be resolving this case. Please feel free to reach us in case of any further queries.

Thanks & Regards,
Shivani K.
AWS Training and Certification
"""
    root = alt(body7 + '\n' + FORM_FOOTER + '\n', aws_html(body7), java_boundary(d7), cte='quoted-printable')
    h = amz_outlook(d7, to, mid7) + amz_sig(d7) + [
        ('Date', rfc(d7)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid7)
    emit(25, 'brenner-merging-done-from-our-end', root, h, 'merge_completed', cid, [old, keep], True)

    # 026 survey ---------------------------------------------------------
    d8 = D('2023-09-14 09:50:03')
    mid8 = ses_mid(d8)
    body8 = f"""Dear Lukas Brenner,

Your case {cid} has been marked as resolved.

Please take a moment to tell us about your experience. Your feedback helps us improve AWS Training and Certification support.

Was your issue resolved?
Yes: https://pages.awscloud.com/tc-case-survey.html?case={cid}&resolved=1
No: https://pages.awscloud.com/tc-case-survey.html?case={cid}&resolved=0

How satisfied are you with the service you received? (1 = very dissatisfied, 5 = very satisfied)

Thank you,
AWS Training and Certification
"""
    html8 = html_wrap(p2h(body8).replace('Yes: ', '<a href="#">Yes</a> ').replace('No: ', '<a href="#">No</a> ') +
                      '<p>' + ' '.join('<a href="https://pages.awscloud.com/tc-case-survey.html?case=%s&amp;score=%d">%d</a>' % (cid, i, i) for i in range(1, 6)) + '</p>')
    root = alt(body8, html8, java_boundary(d8), cte='quoted-printable')
    h = amz_outlook(d8, to, mid8) + amz_sig(d8) + [
        ('Date', rfc(d8)), ('From', FORM_FROM), ('To', to),
        ('Subject', 'Tell us about your recent support experience (Case %s)' % cid)] + aws_out_hdrs(mid8)
    emit(26, 'brenner-feedback-request', root, h, 'survey', cid, [], True)

    # 027 CertMetrics "wants to hear from you" ---------------------------
    d9 = D('2023-09-18 15:02:44')
    cm_mailfrom = 'bounce@mail.certmetrics.com'
    ip = '167.89.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    body9 = """Hello Lukas,

AWS Certification wants to hear from you!

You recently interacted with the AWS Certification program. Please take 5 minutes to complete a short survey about your certification experience. Your feedback helps us improve the exams and the candidate experience.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=8f31c2d4a6b04c5e9a1d7e0c2b6f9a34

Thank you,
AWS Training and Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this email.
"""
    root = alt(body9, html_wrap(p2h(body9)), '--boundary_%d_%s' % (R.randint(0, 9), rand_hex(8) + '-' + rand_hex(4)), charset='us-ascii', cte='7bit')
    h = outlook_in(d9, to, cm_mailfrom, ip, 'o1.mail.certmetrics.com', dkim_d='certmetrics.com', from_dom='certmetrics.com') + [
        ('DKIM-Signature', dkim(d9, 'certmetrics.com', 's1', 'from:mime-version:subject:to:content-type', 'relaxed/relaxed')),
        ('Date', rfc(d9)), ('From', '"AWS Certification" <do-not-reply@certmetrics.com>'), ('To', to),
        ('Subject', 'AWS Certification wants to hear from you'), ('Message-ID', '<%s@certmetrics.com>' % rand_hex(32))]
    emit(27, 'certmetrics-wants-to-hear-from-you', root, h, 'unrelated', None, [], False)


# =====================================================================
# USER 4 -- Camille Moreau, Gmail (French UI), English form desk, 2024
# detour: badges stay on old Credly profile; Credly self-service merge code
# =====================================================================
CET = tz(1)


def user4():
    to = 'camille.moreau.pro@gmail.com'
    old, keep = 'AWS08830157', 'AWS04471829'
    opened = D('2024-11-18 16:05:49')
    cid = '%d%s' % (ts(opened), '00852')
    subj = '[CASE %s] %s' % (cid, FORM_SUBJ)

    # 028 acknowledgement, HTML only ----------------------------------------
    d = opened + dt.timedelta(seconds=29)
    mid = ses_mid(d)
    ack = html_wrap(f"""<table width="100%" cellpadding="0" cellspacing="0" style="max-width:640px"><tr><td style="background:#232f3e;padding:14px 20px;color:#fff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Hello Camille,</p>
<p>Thanks for getting in touch. Your request has been logged with our Customer Support team under case <b>{cid}</b>.</p>
<p>We aim to reply within one business day. If you think of anything else we should know, just reply to this email and it will be added to the same case. There is no need to fill in the form again.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;border-collapse:collapse;font-size:13px">
<tr><td><b>Topic</b></td><td>Certification &gt; Account Merge</td></tr>
<tr><td><b>AWS Candidate ID</b></td><td>aws{keep[3:]}</td></tr>
<tr><td><b>Your message</b></td><td>Hello, I have 2 certification accounts, one with my previous employer email (camille.moreau@altavia-conseil.fr) and one personal. Can you put them together please? Thanks</td></tr>
</table>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#687078">{esc(FORM_FOOTER)}</td></tr></table>""")
    root = part(ack, 'html', 'utf-8', 'quoted-printable')
    h = amz_gmail(d, to, mid) + amz_sig(d) + [
        ('Date', rfc(d)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', subj)] + aws_out_hdrs(mid)
    emit(28, 'moreau-request-logged', root, h, 'case_created', cid, [keep], True)

    # 029 confirmation request (paraphrased, no "merge" word in the ask) --
    d2 = D('2024-11-19 10:41:03')
    mid2 = ses_mid(d2)
    body2 = f"""Hi Camille,

Thanks for your patience. I found both of your certification profiles and here is what I'm planning to do:

- {old} (camille.moreau@altavia-conseil.fr) will be folded into
- {keep} ({to}), which is the profile you will keep.

Your exam history, certifications and any benefits will all end up on {keep}, and the other profile will be switched off. Just so you know, this can't be reversed once it's done.

Could you reply to let me know you're happy for me to go ahead with this? I won't change anything until I hear from you.

Best regards,
Karim B.
AWS Training and Certification Customer Support
"""
    root = alt(body2 + '\n' + FORM_FOOTER + '\n', aws_html(body2), java_boundary(d2), cte='quoted-printable')
    h = amz_gmail(d2, to, mid2) + amz_sig(d2) + [
        ('Date', rfc(d2)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid2)
    emit(29, 'moreau-happy-for-me-to-go-ahead', root, h, 'merge_confirmation_requested', cid, [old, keep], True)

    # 030 Camille confirms (Sent, Gmail French quote head) ----------------
    d3 = D('2024-11-19 13:07:55', CET)
    new3 = f"""Hello Karim,

Yes everything is correct, you can go ahead ({old[3:]} into {keep}).

Thank you very much !
Camille
"""
    qh3 = 'Le mar. 19 nov. 2024 à 11:41, Amazon Web Services <%s> a écrit :' % FORM
    plain3 = new3 + '\n' + qh3 + '\n\n' + quote(body2 + '\n' + FORM_FOOTER) + '\n'
    html3 = ('<div dir="ltr">' + p2h(new3) + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
             + esc(qh3) + '<br></div>' + bq(p2h(body2)) + '</div>\n')
    root = alt(plain3, html3, gmail_boundary(), cte='quoted-printable')
    mid3 = gmail_mid()
    h = [('MIME-Version', '1.0'), ('Date', rfc(d3)), ('References', mid2), ('In-Reply-To', mid2), ('Message-ID', mid3),
         ('Subject', 'Re: RE:' + subj), ('From', 'Camille Moreau <%s>' % to), ('To', 'Amazon Web Services <%s>' % FORM)]
    emit(30, 'moreau-sent-yes-go-ahead', root, h, 'unrelated', cid, [keep], None)

    # 031 merge completed ------------------------------------------------
    d4 = D('2024-11-20 15:33:41')
    mid4 = ses_mid(d4)
    body4 = f"""Hi Camille,

All done! Your two certification profiles are now one. Everything from {old} has been moved onto {keep}, and you can keep signing in with {to}.

Please give it a day or two for everything to show up in your Credly wallet. Have a great rest of your week.

Best regards,
Karim B.
AWS Training and Certification Customer Support
"""
    root = alt(body4 + '\n' + FORM_FOOTER + '\n', aws_html(body4), java_boundary(d4), cte='quoted-printable')
    h = amz_gmail(d4, to, mid4) + amz_sig(d4) + [
        ('Date', rfc(d4)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid4)
    emit(31, 'moreau-all-done', root, h, 'merge_completed', cid, [old, keep], True)

    # 032 closure notice that also restates the merge ---------------------
    d5 = D('2024-11-20 15:36:12')
    mid5 = ses_mid(d5)
    body5 = f"""Hello,

We're closing case {cid} because your account merge request has been completed.

How did we do? Please take 30 seconds to rate your experience with AWS Training and Certification Customer Support.

Was your issue resolved?   YES   |   NO

If something still isn't right, reply to this email within 14 days and the case will be reopened automatically.

AWS Training and Certification
"""
    html5 = aws_html(body5.replace('YES   |   NO', '[YES]   [NO]'))
    root = alt(body5, html5, java_boundary(d5), cte='base64')
    h = amz_gmail(d5, to, mid5) + amz_sig(d5) + [
        ('Date', rfc(d5)), ('From', FORM_FROM), ('To', to),
        ('Subject', 'Your case %s has been closed' % cid)] + aws_out_hdrs(mid5)
    emit(32, 'moreau-case-closed-was-it-resolved', root, h, 'survey', cid, [], True)

    # 033 Camille writes to Credly support (Sent, Outlook French forward head,
    #     UTF-8 bytes mislabelled iso-8859-1) --------------------------------
    d6 = D('2024-11-25 09:14:22', CET)
    new6 = f"""Hello Credly team,

AWS support merged my two AWS Certification accounts last week (case {cid}, see below). All my certifications now show under {keep}, but on Credly my badges (AWS Certified Cloud Practitioner, AWS Certified Developer - Associate) are still on my old Credly profile with camille.moreau@altavia-conseil.fr, which I cannot access anymore.

Could you please move them to my Credly profile with {to} ?

Merci d'avance,
Camille Moreau
Ingénieure Cloud
"""
    head6 = ('De : Amazon Web Services <%s>\nEnvoyé : mercredi 20 novembre 2024 16:33\nÀ : %s\nObjet : RE:%s' % (FORM, to, subj))
    plain6 = new6 + '\n' + head6 + '\n\n' + body4 + '\n' + FORM_FOOTER + '\n'
    head6h = ('<p class="MsoNormal"><b>De&nbsp;:</b> Amazon Web Services &lt;%s&gt; <br><b>Envoyé&nbsp;:</b> mercredi 20 novembre 2024 16:33<br><b>À&nbsp;:</b> %s<br><b>Objet&nbsp;:</b> RE:%s<o:p></o:p></p>\n'
              % (FORM, to, esc(subj)))
    html6 = outlook_html(new6, head6h, p2h(body4), 'FR')
    root = alt(plain6, html6, outlook_boundary(), charset='iso-8859-1', codec='utf-8', cte='8bit')
    h = outlook_sent_hdrs(d6, 'Camille Moreau <%s>' % to, 'support@credly.com', 'TR: RE:' + subj, lang='fr-FR')
    h = [(k, v) for k, v in h if k not in ('Accept-Language', 'X-MS-Has-Attach', 'X-MS-TNEF-Correlator', 'msip_labels')]
    h = [(k, ('<000001db%s$%s$%s$@gmail.com>' % (rand_hex(4), rand_hex(8), rand_hex(8))) if k == 'Message-ID' else v) for k, v in h]
    h.append(('X-Mailer', 'Microsoft Outlook 16.0'))
    emit(33, 'moreau-sent-to-credly-badges-missing', root, h, 'unrelated', cid, [keep], None)

    # 034 Credly's own self-service merge code ---------------------------
    d7 = D('2024-11-25 14:52:08')
    intro7 = """Hi Camille,

We received a request to merge the Credly account associated with camille.moreau@altavia-conseil.fr into your Credly account.

Your verification code is: 604 218

Enter this code on the account merge page, or use the button below. The code expires in 30 minutes. Once the merge is complete, all badges from both accounts will appear on a single profile.

If you did not request this, you can safely ignore this email."""
    credly_mail(34, 'credly-self-service-merge-code', d7, to, 'Your Credly account merge code', intro7,
                'Complete Account Merge', 'https://www.credly.com/account_merge/confirm?token=%s' % rand_hex(40), 'unrelated')

    # 035 AWS support: working on the Credly side --------------------------
    d8 = D('2024-11-26 11:18:30')
    mid8 = ses_mid(d8)
    body8 = """Hi Camille,

Thanks for getting back to us, and sorry the badges didn't follow the rest of your history.

I've checked, and your badges are still attached to the Credly profile of the record that was retired. I've asked our Credly team to move them across to the profile linked to your current email. We're working on it now; it usually takes 3 to 5 business days, and Credly will email you once the badges are available. There's no need to finish the Credly self-service merge in the meantime.

I'll keep this case open until you confirm the badges have arrived.

Best regards,
Karim B.
AWS Training and Certification Customer Support
"""
    root = alt(body8 + '\n' + FORM_FOOTER + '\n', aws_html(body8), java_boundary(d8), cte='quoted-printable')
    h = amz_gmail(d8, to, mid8) + amz_sig(d8) + [
        ('Date', rfc(d8)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid8)
    emit(35, 'moreau-asked-credly-team-to-move-badges', root, h, 'support_reply', cid, [], True)

    # 036 Credly: badges moved after the merge --------------------------
    d9 = D('2024-11-29 17:40:51')
    credly_badge(36, 'moreau-credly-badges-moved', d9, to, 'Camille', 'AWS Certified Developer \u2013 Associate\nAWS Certified Cloud Practitioner',
                 transferred=True,
                 intro="Hi Camille,\n\nGood news! The following badges issued by Amazon Web Services Training and Certification have been moved to your Credly account:\n\n"
                       "AWS Certified Developer \u2013 Associate\nAWS Certified Cloud Practitioner\n\nAccept them to display them on your profile and share your achievement.")

    # 037 Credly expiry reminder (not a badge issue) ---------------------
    d10 = D('2024-12-02 13:05:17')
    intro10 = """Hi Camille,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, will expire on March 2, 2025.

To keep your badge active, visit the issuer's website to learn about the recertification requirements. Once you recertify, your new badge will be issued automatically."""
    credly_mail(37, 'credly-badge-expires-soon', d10, to, 'Your AWS Certified Cloud Practitioner badge expires in 90 days', intro10,
                'Learn how to recertify', 'https://aws.amazon.com/certification/recertification/', 'unrelated',
                'Amazon Web Services Training and Certification via Credly <admin@credly.com>')


# =====================================================================
# USER 5 -- Javier Ortega, hotmail.es (Spanish Outlook), form desk, 2020
# (10-digit case ids). detour: 8 days of silence, chaser + duplicate case
# =====================================================================
def user5():
    to = 'javier.ortega.m@hotmail.es'
    old, keep = 'AWS00746213', 'AWS01958327'
    cid, dup = '7251930486', '7318204559'
    subj = '[CASE %s] %s' % (cid, FORM_SUBJ)
    subj_dup = '[CASE %s] %s' % (dup, FORM_SUBJ)

    def ack(n, slug, d, case, extra):
        mid = ses_mid(d)
        body = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automatic confirmation that we have received your request.

Case ID: {case}

A member of our team will respond within 24 hours. To provide additional information, please reply to this email and do not change the subject line.

Your request:
{extra}

Thank you,
AWS Training and Certification
"""
        root = alt(body + '\n' + FORM_FOOTER + '\n', aws_html(body), java_boundary(d), cte='quoted-printable')
        h = amz_outlook(d, to, mid) + amz_sig(d) + [
            ('Date', rfc(d)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
            ('Subject', '[CASE %s] %s' % (case, FORM_SUBJ))] + aws_out_hdrs(mid)
        return mid, body, h, root

    # 038 first acknowledgement ------------------------------------------
    d = D('2020-07-27 19:22:31')
    extra1 = (f"Category: Certification / Account Merge\nAWS Candidate ID: {keep}\n"
              f"Description: Hello, I have two accounts of certification, the first one AWS {old[3:]} with the email of my old company and the second {keep}. Please merge them in {keep}.")
    mid1, body1, h, root = ack(38, 'ortega-case-confirmation-2020', d, cid, extra1)
    emit(38, 'ortega-case-confirmation-2020', root, h, 'case_created', cid, [old, keep], True)

    # 039 chaser after eight days (Sent, Outlook.com, Spanish head) --------
    d2 = D('2020-08-04 18:22:05', CEST)
    new2 = f"""Hello,

I opened this case one week ago and I did not receive any answer yet. I need to merge my accounts AWS {old[3:]} and {keep} because I want to book the exam of Solutions Architect Professional and the voucher is in the old account.

Can you please tell me the status of the case?

Regards,
Javier Ortega Muñoz
"""
    head2 = ('________________________________\nDe: Amazon Web Services <%s>\nEnviado: lunes, 27 de julio de 2020 21:22\n'
             'Para: %s <%s>\nAsunto: %s' % (FORM, to, to, subj))
    plain2 = new2 + '\n' + head2 + '\n\n' + body1
    html2 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"></head><body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">'
             + p2h(new2) + '</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
             '<b>De:</b> Amazon Web Services &lt;' + FORM + '&gt;<br><b>Enviado:</b> lunes, 27 de julio de 2020 21:22<br><b>Para:</b> ' + to + ' &lt;' + to + '&gt;<br><b>Asunto:</b> ' + esc(subj)
             + '</font><div>&nbsp;</div></div><div>' + p2h(body1) + '</div></body></html>\n')
    root = alt(plain2, html2, outlook_boundary(), charset='windows-1252', cte='quoted-printable')
    mid2 = outlook_mid('eurprd', 'VI1PR')
    h = outlook_sent_hdrs(d2, 'Javier Ortega <%s>' % to, 'Amazon Web Services <%s>' % FORM, 'RE: ' + subj, lang='es-ES', irt=mid1, refs=mid1)
    h = [(k, mid2 if k == 'Message-ID' else v) for k, v in h]
    emit(39, 'ortega-sent-no-answer-after-a-week', root, h, 'unrelated', cid, [old, keep], None)

    # 040 duplicate case acknowledgement ---------------------------------
    d3 = D('2020-08-04 16:40:12')
    extra2 = (f"Category: Certification / Account Merge\nAWS Candidate ID: {keep}\n"
              f"Description: Second time I write, nobody answer to case {cid}. Please merge aws-{old[3:]} into {keep}.")
    mid3, body3, h, root = ack(40, 'ortega-second-case-confirmation', d3, dup, extra2)
    emit(40, 'ortega-second-case-confirmation', root, h, 'case_created', dup, [old, keep], True)

    # 041 agent apologises, closes duplicate, asks for e-mails -------------
    d4 = D('2020-08-05 09:12:47')
    mid4 = ses_mid(d4)
    body4 = f"""Hello Javier,

Thank you for your patience, and please accept our apologies for the delay in getting back to you. We have been receiving a higher number of requests than usual.

I noticed that you also submitted case {dup} for the same request. I have closed that case so that we can assist you here and avoid any confusion.

To locate both of your accounts, could you please let me know:
- the email address associated with {old}
- the email address associated with {keep}
- which of the two accounts you would like to keep

Kind regards,
Ana P.
AWS Training and Certification
"""
    hist4 = ('-----Original Message-----\nFrom: Javier Ortega <%s>\nSent: 8/4/2020 4:22 PM\nTo: %s\nSubject: RE: %s\n\n' % (to, FORM, subj) + new2)
    root = alt(body4 + '\n' + hist4 + '\n' + FORM_FOOTER + '\n', aws_html(body4 + '\n' + hist4), java_boundary(d4), cte='quoted-printable')
    h = amz_outlook(d4, to, mid4) + amz_sig(d4) + [
        ('Date', rfc(d4)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid4)
    emit(41, 'ortega-apologies-duplicate-closed', root, h, 'support_reply', cid, [old, keep], True)

    # 042 Javier gives the e-mails (Sent, Spanish Outlook head) -----------
    d5 = D('2020-08-05 12:30:40', CEST)
    new5 = f"""Hello Ana,

Thank you for the answer.

AWS-{old[3:]} is with jortega@grupo-lince.es (my old company, I don't have access anymore)
{keep} is with this email {to}

I want to keep {keep}.

Regards,
Javier
"""
    head5 = ('________________________________\nDe: Amazon Web Services <%s>\nEnviado: miércoles, 5 de agosto de 2020 11:12\n'
             'Para: %s <%s>\nAsunto: RE:%s' % (FORM, to, to, subj))
    plain5 = new5 + '\n' + head5 + '\n\n' + body4 + '\n' + hist4
    html5 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"></head><body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">'
             + p2h(new5) + '</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
             '<b>De:</b> Amazon Web Services &lt;' + FORM + '&gt;<br><b>Enviado:</b> miércoles, 5 de agosto de 2020 11:12<br><b>Para:</b> ' + to + ' &lt;' + to + '&gt;<br><b>Asunto:</b> RE:' + esc(subj)
             + '</font><div>&nbsp;</div></div><div>' + p2h(body4 + '\n' + hist4) + '</div></body></html>\n')
    root = alt(plain5, html5, outlook_boundary(), charset='windows-1252', cte='quoted-printable')
    h = outlook_sent_hdrs(d5, 'Javier Ortega <%s>' % to, 'Amazon Web Services <%s>' % FORM, 'RE: RE:' + subj, lang='es-ES', irt=mid4, refs='%s %s' % (mid1, mid4))
    emit(42, 'ortega-sent-emails-of-both-accounts', root, h, 'unrelated', cid, [old, keep], None)

    # 043 confirmation request -----------------------------------------
    d6 = D('2020-08-06 08:45:19')
    mid6 = ses_mid(d6)
    body6 = f"""Hello Javier,

Thank you for the information.

Before we continue, please confirm that you would like us to merge the following accounts:

Merge from: {old} (jortega@grupo-lince.es)
Merge into: {keep} ({to})

After the merge, {keep} will be your active account and it will contain the certifications, exam history and benefits (including any unused vouchers) of both accounts. Please note that this process cannot be undone.

Please reply to this email with your confirmation.

Kind regards,
Ana P.
AWS Training and Certification
"""
    root = alt(body6 + '\n' + FORM_FOOTER + '\n', aws_html(body6), java_boundary(d6), cte='base64')
    h = amz_outlook(d6, to, mid6) + amz_sig(d6) + [
        ('Date', rfc(d6)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid6)
    emit(43, 'ortega-please-confirm-merge-from-into', root, h, 'merge_confirmation_requested', cid, [old, keep], True)

    # 044 Javier confirms from the Gmail app (Spanish Gmail head) ----------
    d7 = D('2020-08-06 11:02:33', CEST)
    new7 = """Confirmed, please proceed with the merge.

Thanks!
Javier
"""
    qh7 = 'El jue., 6 ago. 2020 a las 10:45, Amazon Web Services (<%s>) escribió:' % FORM
    plain7 = new7 + '\n' + qh7 + '\n\n' + quote(body6 + '\n' + FORM_FOOTER) + '\n'
    html7 = ('<div dir="auto">' + p2h(new7) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(qh7) + '<br></div>' + bq(p2h(body6)) + '</div>\n')
    root = alt(plain7, html7, gmail_boundary(), cte='quoted-printable')
    h = [('MIME-Version', '1.0'), ('References', '%s %s %s' % (mid1, mid4, mid6)), ('In-Reply-To', mid6),
         ('From', 'Javier Ortega <%s>' % to), ('Date', rfc(d7)), ('Message-ID', gmail_mid()),
         ('Subject', 'Re: RE:' + subj), ('To', 'Amazon Web Services <%s>' % FORM)]
    emit(44, 'ortega-sent-confirmed-from-phone', root, h, 'unrelated', cid, [], None)

    # 045 merge completed + closing ------------------------------------
    d8 = D('2020-08-07 14:02:10')
    mid8 = ses_mid(d8)
    body8 = f"""Hello Javier,

I'm writing to let you know that your accounts have now been merged. Your account {keep} contains the certifications and benefits from both accounts, including the voucher you mentioned, so you can go ahead and schedule your Solutions Architect Professional exam.

Since this completes your request, I will close this case. If you have a moment, we would appreciate your feedback on the survey you will receive shortly.

Good luck with your exam!

Kind regards,
Ana P.
AWS Training and Certification
"""
    root = alt(body8 + '\n' + FORM_FOOTER + '\n', aws_html(body8), java_boundary(d8), cte='quoted-printable')
    h = amz_outlook(d8, to, mid8) + amz_sig(d8) + [
        ('Date', rfc(d8)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid8)
    emit(45, 'ortega-accounts-merged-closing-case', root, h, 'merge_completed', cid, [keep], True)

    # 046 Acclaim (2020) badge ------------------------------------------
    d9 = D('2020-08-08 03:27:45')
    intro9 = """Hi Javier,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Claim your badge to display it on your Acclaim profile and share it on LinkedIn, Twitter and Facebook."""
    credly_mail(46, 'acclaim-saa-badge-2020', d9, to, 'Javier, you earned a badge from Amazon Web Services Training and Certification!', intro9,
                'Accept your badge', 'https://www.youracclaim.com/badges/%s-%s-%s-%s-%s/accept' % (rand_hex(8), rand_hex(4), rand_hex(4), rand_hex(4), rand_hex(12)),
                'credly_badge_issued', 'Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>', inbox='outlook',
                dom='youracclaim.com', brand='Acclaim')


# =====================================================================
# USER 6 -- Tanaka Kenichi, biglobe, Japanese console (AWS Support) case, 2025
# detour: an Amazon Seller Central case in the same inbox
# =====================================================================
def console_ja_footer(cid):
    return f"""
=====================================================
お客様のご意見をお聞かせください。このメールの最後にある AWS サポートセンターのリンクから、今回の対応を評価していただけます。

ケースの確認や返信は、AWS サポートセンターにサインインして行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

*このメールは返信を受け付けていないアドレスから送信されています。ケースへの返信は、上記のリンクから行ってください。
=====================================================
"""


def user6():
    to = 'k-tanaka@mua.biglobe.ne.jp'
    host, authserv = 'mtaib01.mail.biglobe.ne.jp', 'biglobe.ne.jp'
    old, keep = 'AWS03356018', 'AWS06093745'
    opened = D('2025-07-14 02:33:18')
    cid = '%d%s' % (ts(opened), '00504')
    csubj = '認定アカウントの統合について'

    def aws_mail(n, slug, d, subject, body, kind, ids, cte='quoted-printable', html=True):
        mid = ses_mid(d)
        if html:
            root = alt(body, html_wrap(p2h(body)), java_boundary(d), cte=cte)
        else:
            root = part(body, 'plain', 'utf-8', cte)
        h = amz_jp(d, to, mid, host, authserv) + amz_sig(d) + [
            ('Date', rfc(d)), ('From', NOREPLY_FROM), ('To', to),
            ('Subject', subject)] + aws_out_hdrs(mid)
        emit(n, slug, root, h, kind, cid, ids, True, 'ja')

    # 047 console case opened (ja) ---------------------------------------
    body1 = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース {cid} をオープンしました。担当者からの回答は、AWS サポートセンターおよびメールでお知らせします。

ケース ID: {cid}
件名: {csubj}
重要度: 一般的なガイダンス
お問い合わせ内容:
AWS 認定のアカウントが 2 つあります（{keep}、{old}）。以前の会社で受験した際に別のメールアドレスで登録してしまいました。1 つにまとめていただくことは可能でしょうか。

ケースの詳細の確認や返信は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

*このメールは返信を受け付けていないアドレスから送信されています。
"""
    aws_mail(47, 'tanaka-console-case-opened-ja', opened + dt.timedelta(seconds=6),
             ew('Amazon Web Services: 新しいサポートケースがオープンされました: %s' % cid), body1, 'case_created', [old, keep], 'base64')

    # 048 agent asks for e-mails and which to keep (ja) -------------------
    body2 = """田中 様

AWS サポートの高橋でございます。お問い合わせいただき、誠にありがとうございます。

ご依頼の件につきまして、ご本人様確認および統合方法の確認のため、恐れ入りますが以下の点をお知らせいただけますでしょうか。

1. それぞれのアカウントにサインインする際のメールアドレス
2. 統合後も引き続きご利用になるアカウント（どちらのアカウントを残されるか）

お手数をおかけいたしますが、サポートセンターのケースからご返信くださいますようお願い申し上げます。

よろしくお願いいたします。

高橋
Amazon Web Services
""" + console_ja_footer(cid)
    aws_mail(48, 'tanaka-takahashi-asks-login-emails', D('2025-07-15 00:48:51'),
             'RE:[CASE %s] %s' % (cid, ew(csubj).replace('Subject', '')), body2, 'support_reply', [], 'base64')

    # 049 detour: Amazon Seller Central case (Shift_JIS label, cp932 bytes) --
    scid = '9031847562'
    d3 = D('2025-07-15 06:20:37')
    body3 = f"""田中 健一 様

Amazon セラーサポートにお問い合わせいただき、ありがとうございます。
出品者様のお問い合わせ（ケース ID: {scid}）につきまして、ご案内いたします。

ご連絡いただいた商品ページ（ASIN: B0CX7K2M9Q）の商品画像の修正につきましては、担当部署にて対応が完了いたしました。
反映までに最大 48 時間かかる場合がございますので、あらかじめご了承ください。

■ 今後のお手続き
① セラーセントラルにログインしてください。
② 「在庫」＞「全在庫の管理」から該当の商品を選択し、画像が更新されていることをご確認ください。

引き続き Amazon.co.jp をよろしくお願いいたします。

Amazon.co.jp セラーサポート
"""
    root = part(body3, 'plain', 'Shift_JIS', '8bit', codec='cp932')
    smid = '<%s.%s@email.amazon.co.jp>' % (rand_hex(10), R.randint(10**9, 10**10))
    h = jp_in(d3, to, 'bounces+%s@amazon.co.jp' % rand_hex(10), '52.95.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'smtp-out-%d.amazon.co.jp' % R.randint(1, 9), host,
              dkim_d='amazon.co.jp', from_dom='amazon.co.jp', authserv=authserv) + [
        ('DKIM-Signature', dkim(d3, 'amazon.co.jp', 'yg4mwqurec7fkhzutopddd3ytuaqrvuz', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type')),
        ('Date', rfc(d3)), ('From', addr('Amazon.co.jp セラーサポート', 'seller-support-noreply@amazon.co.jp', 'iso-2022-jp')), ('To', to),
        ('Subject', 'RE:[CASE %s] %s' % (scid, ew('商品画像の修正について', 'shift_jis'))), ('Message-ID', smid)]
    emit(49, 'seller-central-case-shohin-gazo', root, h, 'unrelated', scid, [], True, 'ja')

    # 050 confirmation request (ja) ------------------------------------
    body4 = f"""田中 様

AWS サポートの高橋でございます。ご回答いただき、誠にありがとうございます。

いただいた情報をもとに確認いたしましたところ、以下の内容にてアカウントの統合を実施させていただく予定でございます。

　統合元: {old}（tanaka.kenichi@gmail.com）
　統合先（今後ご利用いただくアカウント）: {keep}（{to}）

統合後、統合元アカウントの認定資格および受験履歴は、すべて統合先アカウントに移行されます。統合を実施した後は元の状態に戻すことができませんので、ご注意ください。

恐れ入りますが、上記の内容で統合を進めてよろしいか、サポートセンターのケースからご承認のご連絡をいただけますでしょうか。ご連絡をいただくまで、手続きは保留とさせていただきます。

よろしくお願いいたします。

高橋
Amazon Web Services
""" + console_ja_footer(cid)
    aws_mail(50, 'tanaka-togo-naiyo-go-shonin', D('2025-07-16 01:05:14'),
             'RE:[CASE %s] %s' % (cid, ew(csubj).replace('Subject', '')), body4, 'merge_confirmation_requested', [old, keep])

    # 051 thanks for approving, proceeding (ja) ---------------------------
    body5 = """田中 様

AWS サポートの高橋でございます。

統合内容についてご承認いただき、ありがとうございます。
これより、担当チームにてアカウントの統合作業を進めてまいります。作業が完了いたしましたら、改めてこちらのケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

よろしくお願いいたします。

高橋
Amazon Web Services
""" + console_ja_footer(cid)
    aws_mail(51, 'tanaka-go-shonin-arigato-susumemasu', D('2025-07-17 00:30:02'),
             'RE:[CASE %s] %s' % (cid, ew(csubj).replace('Subject', '')), body5, 'support_reply', [], 'base64', html=False)

    # 052 merge completed, case will be resolved (ja) --------------------
    body6 = f"""田中 様

AWS サポートの高橋でございます。

お待たせいたしました。{old} から {keep} へのアカウント統合が完了いたしました。
今後は {to} でサインインしていただくと、これまでに取得されたすべての認定資格をご確認いただけます。

ご依頼いただいた内容は以上で完了となりますので、本ケースは解決済みとさせていただきます。
その他ご不明な点がございましたら、お気軽にお問い合わせください。

高橋
Amazon Web Services
""" + console_ja_footer(cid)
    aws_mail(52, 'tanaka-togo-kanryo-kaiketsu', D('2025-07-18 05:44:29'),
             'RE:[CASE %s] %s' % (cid, ew(csubj).replace('Subject', '')), body6, 'merge_completed', [old, keep])

    # 053 survey (ja, HTML only, ISO-2022-JP subject) ----------------------
    d7 = D('2025-07-18 05:46:10')
    mid7 = ses_mid(d7)
    sv = html_wrap(f"""<div style="max-width:600px">
<p>AWS サポートをご利用いただき、ありがとうございました。</p>
<p>ケース {cid}「{csubj}」は解決済みになりました。</p>
<p>今回の対応はいかがでしたか？ 1 分程度の簡単なアンケートにご協力ください。</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={cid}&amp;language=ja&amp;survey=true" style="background:#ec7211;color:#fff;padding:10px 24px;text-decoration:none">アンケートに回答する</a></p>
<p>問題が解決していない場合は、サポートセンターからケースを再開できます。</p>
<p>Amazon Web Services</p></div>""")
    root = part(sv, 'html', 'utf-8', 'quoted-printable')
    h = amz_jp(d7, to, mid7, host, authserv) + amz_sig(d7) + [
        ('Date', rfc(d7)), ('From', NOREPLY_FROM), ('To', to),
        ('Subject', ew('AWS サポート: ケース %s が解決されました - ご意見をお聞かせください' % cid, 'iso-2022-jp'))] + aws_out_hdrs(mid7)
    emit(53, 'tanaka-kaiketsu-anketo', root, h, 'survey', cid, [], True, 'ja')

    # 054 Credly badge moved -------------------------------------------
    credly_badge(54, 'tanaka-credly-sysops-badge', D('2025-07-19 11:08:33'), to, 'Kenichi',
                 'AWS Certified SysOps Administrator \u2013 Associate', inbox='jp', transferred=True, host=host, authserv=authserv)


# =====================================================================
# USER 7 -- Priya Raman, outlook.com (India), English form desk, 2024
# detour: GitHub "merged" notification; spoofed "merge completed" (dmarc=fail)
# =====================================================================
IST = tz(5, 30)


def user7():
    to = 'priya.raman@outlook.com'
    old, keep = 'AWS05068842', 'AWS07215590'
    opened = D('2024-06-03 09:21:44')
    cid = '%d%s' % (ts(opened), '00216')
    subj = '[CASE %s] %s' % (cid, FORM_SUBJ)

    # 055 acknowledgement, plain text only -----------------------------
    d = opened + dt.timedelta(seconds=33)
    mid = ses_mid(d)
    body = f"""Hello Priya,

Thank you for contacting AWS Training and Certification Customer Support.

Your case {cid} has been created. We will get back to you within 24 hours.

Request details
---------------
Category      : Certification - Account Merge
Candidate ID  : AWS 07215590
Details       : I have two certification accounts. Old one is aws{old[3:]} with my previous company email. I want only one account with my personal email.

You can reply to this email to add more information to your case. Please do not raise a new request for the same issue.

Regards,
AWS Training and Certification Customer Support

{FORM_FOOTER}
"""
    root = part(body, 'plain', 'us-ascii', '7bit')
    h = amz_outlook(d, to, mid, 'NAM') + amz_sig(d) + [
        ('Date', rfc(d)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', subj)] + aws_out_hdrs(mid)
    emit(55, 'raman-case-created-plain', root, h, 'case_created', cid, [old, keep], True)

    # 056 detour: GitHub PR merged notification --------------------------
    d2 = D('2024-06-03 12:47:19')
    gmid = '<infinitek/cert-tracker/pull/482/issue_event/%d@github.com>' % R.randint(10**10, 10**11)
    body2 = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/infinitek/cert-tracker/pull/482#event-13035291847
You are receiving this because you were mentioned.

Message ID: <infinitek/cert-tracker/pull/482/issue_event/13035291847@github.com>
"""
    html2 = html_wrap('<p>Merged <a href="https://github.com/infinitek/cert-tracker/pull/482" class="issue-link">#482</a> into main.</p>'
                      '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/infinitek/cert-tracker/pull/482#event-13035291847">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>')
    root = alt(body2, html2, '--==_mimepart_%s_%d' % (rand_hex(13), R.randint(1000, 99999)), cte='7bit', charset='UTF-8')
    gip = '192.30.252.%d' % R.randint(190, 210)
    h = outlook_in(d2, to, 'noreply@github.com', gip, 'out-%d.smtp.github.com' % R.randint(20, 28), dkim_d='github.com', from_dom='github.com', tenant='NAM') + [
        ('DKIM-Signature', dkim(d2, 'github.com', 'pf2023', 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', 'relaxed/relaxed')),
        ('Date', rfc(d2)), ('From', 'Sanjay Iyer <notifications@github.com>'), ('Reply-To', 'infinitek/cert-tracker <reply+ABX7Q3%s@reply.github.com>' % rand_hex(20).upper()),
        ('To', 'infinitek/cert-tracker <cert-tracker@noreply.github.com>'), ('Cc', 'Priya Raman <%s>, Mention <mention@noreply.github.com>' % to),
        ('Message-ID', gmid), ('In-Reply-To', '<infinitek/cert-tracker/pull/482@github.com>'),
        ('References', '<infinitek/cert-tracker/pull/482@github.com>'),
        ('Subject', 'Re: [infinitek/cert-tracker] Merge duplicate candidate accounts in sync job (PR #482)'),
        ('List-ID', 'infinitek/cert-tracker <cert-tracker.infinitek.github.com>'),
        ('X-GitHub-Reason', 'mention'), ('X-GitHub-Sender', 'sanjay-iyer')]
    emit(56, 'github-pr-482-merged', root, h, 'unrelated', None, [], False)

    # 057 confirmation request (non-native agent) --------------------------
    d3 = D('2024-06-04 05:10:26')
    mid3 = ses_mid(d3)
    body3 = f"""Dear Priya,

Greetings of the day!

Thank you for reaching out to AWS Training and Certification. As per our verification, we have found 2 profiles registered under your name. Please find the details as below:

Primary account (to be retained): {keep} - {to}
Secondary account (to be merged and deactivated): AWS-{old[3:]} - priya.r@infinitek-solutions.com

Post merge, all the certifications and benefits of the secondary account will be available in the primary account. Kindly note once the accounts are merged, the same cannot be undone.

Please revert with your confirmation so that we can proceed with the merge.

Thanks and regards,
Mohammed F.
AWS Training and Certification Customer Support
"""
    root = alt(body3 + '\n' + FORM_FOOTER + '\n', aws_html(body3), java_boundary(d3), cte='quoted-printable')
    h = amz_outlook(d3, to, mid3, 'NAM') + amz_sig(d3) + [
        ('Date', rfc(d3)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid3)
    emit(57, 'raman-revert-with-confirmation', root, h, 'merge_confirmation_requested', cid, [old, keep], True)

    # 058 Priya confirms (Sent, Outlook English header block) -------------
    d4 = D('2024-06-04 11:02:51', IST)
    new4 = f"""Hi Mohammed,

Yes, I confirm. Please merge {old} into {keep} (primary).

Thanks & regards,
Priya Raman
"""
    head4 = ('From: Amazon Web Services <%s>\nSent: Tuesday, June 4, 2024 10:40 AM\nTo: Priya Raman <%s>\nSubject: RE:%s' % (FORM, to, subj))
    plain4 = new4 + '\n' + head4 + '\n\n' + body3 + '\n' + FORM_FOOTER + '\n'
    head4h = ('<p class="MsoNormal"><b>From:</b> Amazon Web Services &lt;%s&gt; <br><b>Sent:</b> Tuesday, June 4, 2024 10:40 AM<br><b>To:</b> Priya Raman &lt;%s&gt;<br><b>Subject:</b> RE:%s<o:p></o:p></p>\n'
              % (FORM, to, esc(subj)))
    html4 = outlook_html(new4, head4h, p2h(body3), 'EN-IN')
    root = alt(plain4, html4, outlook_boundary(), cte='quoted-printable')
    h = outlook_sent_hdrs(d4, 'Priya Raman <%s>' % to, '"Amazon Web Services" <%s>' % FORM, 'RE: RE:' + subj, lang='en-IN', irt=mid3, refs=mid3)
    h = [(k, outlook_mid('INDPRD01', 'PN3P287MB') if k == 'Message-ID' else v) for k, v in h]
    emit(58, 'raman-sent-yes-i-confirm', root, h, 'unrelated', cid, [old, keep], None)

    # 059 spoofed "merge completed" (dmarc=fail; forged lower AR) ---------
    d5 = D('2024-06-04 16:55:40')
    sip = '45.147.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    vps = 'vps-%d.hostingcloud.eu' % R.randint(100, 999)
    hdrs = outlook_in(d5, to, 'aws-cs-trainingcertification-form@amazon.com', sip, vps,
                      spf='fail', dkim_res='none', dkim_d='none', dmarc='fail', compauth='fail reason=000', tenant='NAM')
    hdrs = [(k, v.replace('dkim=none (signature was verified)', 'dkim=none (message not signed)')) for k, v in hdrs]
    hdrs += [('Authentication-Results', 'mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com'),
             ('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id 7F2C1A0B4E\n\tfor <%s>; %s' % (vps, to, rfc(d5 - dt.timedelta(seconds=4))))]
    ph = html_wrap(f"""<div style="max-width:600px;border:1px solid #e1e4e8">
<div style="background:#232f3e;padding:16px;color:#fff;font-size:18px">AWS Training and Certification</div>
<div style="padding:22px">
<p>Dear Candidate,</p>
<p>We are pleased to inform you that your AWS Certification accounts have been <b>merged successfully</b>. All of your certifications and exam benefits are now held in a single profile.</p>
<p>To finish activating your merged profile, please sign in and re-validate your credentials within <b>48 hours</b>. Profiles that are not activated will lose their certification status and any unused exam vouchers.</p>
<p style="text-align:center"><a href="https://aws-certification-profile.net/activate?u={rand_hex(12)}" style="background:#ff9900;color:#000;padding:12px 26px;text-decoration:none;font-weight:bold">Activate merged profile</a></p>
<p>Best regards,<br>AWS Training and Certification Customer Support</p>
</div></div>""")
    root = part(ph, 'html', 'utf-8', 'base64')
    h = hdrs + [('Date', rfc(d5)), ('From', FORM_FROM), ('To', to),
                ('Subject', 'Your AWS Certification accounts have been merged - action required'),
                ('Message-ID', '<%s@%s>' % (rand_hex(26), vps)), ('X-Mailer', 'Microsoft Outlook 16.0')]
    emit(59, 'spoofed-merge-done-activate-profile', root, h, 'merge_completed', None, [], False)

    # 060 genuine merge completed --------------------------------------
    d6 = D('2024-06-05 07:31:09')
    mid6 = ses_mid(d6)
    body6 = f"""Dear Priya,

Greetings of the day!

We are happy to inform you that your request has been actioned and the accounts AWS-{old[3:]} and {keep} are now merged. Going forward, kindly use {keep} with the login {to} for all your certification activities.

Once the Credly badges are transferred to your primary profile, you will receive a separate email from Credly. This may take 2-3 business days.

Please note that we will never ask you to sign in through a link to re-validate your profile after a merge. No further action is needed from your side.

Thanks and regards,
Mohammed F.
AWS Training and Certification Customer Support
"""
    root = alt(body6 + '\n' + FORM_FOOTER + '\n', aws_html(body6), java_boundary(d6), cte='base64')
    h = amz_outlook(d6, to, mid6, 'NAM') + amz_sig(d6) + [
        ('Date', rfc(d6)), ('From', FORM_FROM), ('Reply-To', FORM), ('To', to),
        ('Subject', 'RE:' + subj)] + aws_out_hdrs(mid6)
    emit(60, 'raman-accounts-now-merged', root, h, 'merge_completed', cid, [old, keep], True)


if __name__ == '__main__':
    u = user1()
    user1b(u)
    user2()
    user3()
    user4()
    user5()
    user6()
    user7()
    write_labels()
    print(len(LABELS), 'mails')
