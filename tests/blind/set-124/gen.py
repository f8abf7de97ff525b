#!/usr/bin/env python3
"""Generator for blind set 124: AWS Certification account-merge mail (.eml) + labels.json."""
import base64, hashlib, io, json, os, quopri, random, re, textwrap
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(124)
MAILS = []  # dicts: slug, data(bytes), label

UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')
PDT = timezone(timedelta(hours=-7), 'PDT')
PST = timezone(timedelta(hours=-8), 'PST')
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))
EDT = timezone(timedelta(hours=-4))


def T(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(opened):
    return '%d%05d' % (int(opened.timestamp()), rnd.randrange(10000, 99999))


# ---------------------------------------------------------------- bodies
def leaf(text, sub='plain', charset='utf-8', cte='quoted-printable', codec=None, label=None):
    if sub == 'plain' and not text.endswith('\n'):
        text += '\n'
    data = text.encode(codec or charset)
    m = Message()
    m['Content-Type'] = 'text/%s; charset="%s"' % (sub, label or charset)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def alt(*parts):
    m = MIMEMultipart('alternative', boundary=boundary())
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart('mixed', boundary=boundary())
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def html_doc(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (lang, inner))


# ---------------------------------------------------------------- headers
def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return fold_plain(s)
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode(linesep='\n', maxlinelen=76)


def addr(name, a, charset='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def fold_plain(s, width=76):
    if len(s) <= width:
        return s
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def b64rand(n):
    return base64.b64encode(bytes(rnd.randrange(256) for _ in range(n))).decode()


def dkim(d, sel, date, hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    b = b64rand(256)
    blines = '\n\t '.join(b[i:i + 70] for i in range(0, len(b), 70))
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (sel, d, int(date.timestamp()), hdrs, b64rand(32), blines))


def ses_msgid(date):
    ms = int(date.timestamp() * 1000) + rnd.randrange(0, 900)
    u = '%08x-%04x-%04x-%04x-%012x' % (rnd.getrandbits(32), rnd.getrandbits(16), 0x4000 | rnd.getrandbits(12),
                                        0x8000 | rnd.getrandbits(14), rnd.getrandbits(48))
    return '<0100%012x-%s-000000@email.amazonses.com>' % (ms, u)


def generic_msgid(domain):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    if domain == 'gmail.com':
        return '<CA%s@mail.gmail.com>' % ''.join(rnd.choice(al + '+_-') for _ in range(44))
    if domain in ('outlook.com', 'outlook.jp', 'hotmail.com') or domain.endswith('contoso-eng.com'):
        box = 'TY%dPR01MB%d' % (rnd.randrange(2, 9), rnd.randrange(1000, 9999))
        return '<%s%s@%s.%s.prod.outlook.com>' % (box, ''.join(rnd.choice('ABCDEF0123456789') for _ in range(12)), box,
                                                  'jpnprd01' if domain.endswith('.jp') else 'namprd%02d' % rnd.randrange(2, 20))
    if domain == 'credly.com':
        return '<%s@geopod-ismtpd-%d>' % (''.join(rnd.choice(al) for _ in range(22)), rnd.randrange(1, 40))
    return '<%s@%s>' % (''.join(rnd.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(24)), domain)


def boundary():
    if rnd.random() < 0.5:
        return '----=_Part_%d_%d.%d' % (rnd.randrange(10**5, 10**7), rnd.randrange(10**8, 10**9), rnd.randrange(10**12, 10**13))
    return '000000000000%012x' % rnd.getrandbits(48)


SENDERS = {
    'aws_form': dict(frm=('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'),
                     d='amazon.com', sel='rte02', ses=True, ip='54.240.8.%d', host='a8-%d.smtp-out.amazonses.com'),
    'aws_console': dict(frm=('Amazon Web Services', 'no-reply-aws@amazon.com'),
                        d='amazon.com', sel='rte02', ses=True, ip='54.240.9.%d', host='a9-%d.smtp-out.amazonses.com'),
    'credly': dict(frm=('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
                   d='credly.com', sel='s1', ses=False, ip='149.72.%d.41', host='o%d.ptr4518.credly.com',
                   mailfrom='bounces+2741093-9b1e-{u}@em.credly.com'),
}


def auth_results(provider, host, spf, dkim_r, dmarc, d, from_dom, mailfrom, ip):
    mfdom = mailfrom.split('@')[-1]
    if provider == 'gmail':
        spf_c = ('google.com: domain of %s designates %s as permitted sender' % (mailfrom, ip) if spf == 'pass'
                 else 'google.com: domain of %s does not designate %s as permitted sender' % (mailfrom, ip))
        p = 'p=QUARANTINE sp=QUARANTINE dis=%s' % ('NONE' if dmarc == 'pass' else 'QUARANTINE')
        if from_dom not in ('amazon.com', 'credly.com'):
            p = 'p=NONE sp=NONE dis=NONE'
        parts = ['mx.google.com']
        if dkim_r != 'none':
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim_r, d, 'rte02' if d == 'amazon.com' else 's1', b64rand(6)[:8]))
        parts.append('spf=%s (%s) smtp.mailfrom=%s' % (spf, spf_c, mailfrom))
        parts.append('dmarc=%s (%s) header.from=%s' % (dmarc, p, from_dom))
        return ';\n       '.join(parts)
    if provider == 'outlook':
        dk = {'pass': 'dkim=pass (signature was verified)\n header.d=%s' % d,
              'fail': 'dkim=fail (body hash did not verify)\n header.d=%s' % d,
              'none': 'dkim=none (message not signed)\n header.d=none'}[dkim_r]
        act = 'none' if dmarc == 'pass' else ('quarantine' if dmarc == 'fail' else 'none')
        comp = 'compauth=pass reason=100' if dmarc == 'pass' else 'compauth=fail reason=000'
        return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;%s'
                % (spf, ip, mfdom, dk, dmarc, act, from_dom, comp))
    if provider == 'fastmail':
        return ('mx5.messagingengine.com;\n    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s;\n'
                '    dmarc=%s policy.published-domain-policy=quarantine header.from=%s;\n'
                '    spf=%s smtp.mailfrom=%s smtp.helo=%s'
                % (dkim_r, d, d, b64rand(6)[:8], dmarc, from_dom, spf, mailfrom, host))
    # Japanese providers
    jp_hosts = {'nifty': 'mx.nifty.com', 'biglobe': 'mx.biglobe.ne.jp', 'sakura': 'www3127.sakura.ne.jp',
                'ocn': 'ocn.ne.jp', 'docomo': 'mta-in.docomo.ne.jp'}
    return ('%s; spf=%s smtp.mailfrom=%s;\n dkim=%s header.d=%s header.s=%s;\n dmarc=%s header.from=%s'
            % (jp_hosts[provider], spf, mailfrom, dkim_r, d, 'rte02' if d == 'amazon.com' else 's1', dmarc, from_dom))


def received_in(provider, host, ip, rcpt, date, helo=None):
    helo = helo or host
    if provider == 'gmail':
        d = date.astimezone(PDT if 3 <= date.month <= 10 else PST)
        return ('from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%02d.%02d.%02d.%02d.%02d\n'
                '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                % (helo, host, ip, ''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(20)),
                   rnd.randrange(1000000, 9999999), date.year, date.month, date.day, date.hour, date.minute, date.second, rcpt,
                   format_datetime(d) + ' (%s)' % d.tzname()))
    if provider == 'outlook':
        fe = 'CO1PEPF0000%04X.namprd%02d.prod.outlook.com' % (rnd.randrange(0xffff), rnd.randrange(2, 21))
        return ('from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s'
                % (host, ip, fe, rnd.randrange(1, 254), rnd.randrange(1, 254), rnd.randrange(8000, 9400),
                   rnd.randrange(10, 40), format_datetime(date.astimezone(UTC))))
    if provider == 'fastmail':
        return ('from mx5.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id %X\n\tfor <%s>; %s'
                % (rnd.getrandbits(40), rcpt, format_datetime(date.astimezone(EDT))))
    jp = {'nifty': 'mta-rcv.nifty.com', 'biglobe': 'mx-in.biglobe.ne.jp', 'sakura': 'www3127.sakura.ne.jp',
          'ocn': 'mfrcv.ocn.ne.jp', 'docomo': 'mta-in.docomo.ne.jp', 'none': 'mail.hoshino-sys.co.jp'}[provider]
    return ('from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %X\n\tfor <%s>; %s'
            % (helo, host, ip, jp, rnd.getrandbits(40), rcpt, format_datetime(date.astimezone(JST)) + ' (JST)'))


ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?![0-9])', re.I)


def ids_in(text):
    return sorted(set('AWS' + m for m in ID_RE.findall(text or '')))


def add(slug, kind, lang, *, body, subject, date, to, new, frm=None, sender=None, provider='gmail',
        auth='pass', case=None, sv=None, msgid=None, irt=None, refs=None, cc=None, reply_to=None,
        subj_charset='utf-8', from_charset='utf-8', extra=(), mailfrom=None, from_dom=None, ip=None, host=None,
        dkim_d=None, forged_ar=None, expect_ids=None):
    """auth: 'pass' | 'fail' | None (no Authentication-Results) | dict overrides."""
    rcpt = to[1]
    s = SENDERS.get(sender, {}) if sender else {}
    if frm is None:
        frm = s['frm']
    from_addr = frm[1]
    fdom = from_dom or from_addr.split('@')[1]
    n = rnd.randrange(10, 250)
    ip = ip or (s.get('ip', '203.0.113.%d') % n if s else '203.0.113.%d' % n)
    host = host or (s.get('host', 'mail.%s') % n if s else 'mail-%d.%s' % (n, fdom))
    d_dom = dkim_d or (s.get('d') if s else fdom)
    if mailfrom is None:
        if s.get('ses'):
            mailfrom = ses_msgid(date)[1:-1].replace('@email.amazonses.com', '@email.amazonses.com')
        elif s.get('mailfrom'):
            mailfrom = s['mailfrom'].format(u=rcpt.replace('@', '='))
        else:
            mailfrom = from_addr
    hdr = [e for e in extra if e[0] in ('Received', 'Return-Path')]
    extra = [e for e in extra if e[0] not in ('Received', 'Return-Path')]
    if provider == 'gmail':
        hdr.append(('Delivered-To', rcpt))
    if provider not in ('none',):
        hdr.append(('Received', received_in(provider, host, ip, rcpt, date + timedelta(seconds=rnd.randrange(2, 40)))))
    if auth is not None and provider != 'none':
        a = dict(spf='pass', dkim='pass', dmarc='pass')
        if auth == 'fail':
            a = dict(spf='fail', dkim='none', dmarc='fail')
        elif isinstance(auth, dict):
            a.update(auth)
        hdr.append(('Authentication-Results', auth_results(provider, host, a['spf'], a['dkim'], a['dmarc'],
                                                           d_dom, fdom, mailfrom, ip)))
        if provider == 'outlook':
            hdr.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender)'
                        % ('Pass' if a['spf'] == 'pass' else 'Fail', mailfrom.split('@')[-1], ip)))
    if provider == 'gmail':
        hdr.append(('Return-Path', '<%s>' % mailfrom))
    if forged_ar:
        hdr.append(('Authentication-Results', forged_ar))
    if (s and auth != 'fail') or (auth is not None and (not isinstance(auth, dict) or auth.get('dkim', 'pass') != 'none') and auth != 'fail'):
        hdr.append(('DKIM-Signature', dkim(d_dom, s.get('sel', 'selector1') if s else 'selector1', date)))
        if s.get('ses'):
            hdr.append(('DKIM-Signature', dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', date,
                                               'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')))
    hdr.append(('From', addr(frm[0], frm[1], from_charset)))
    hdr.append(('To', addr(to[0], to[1], from_charset)))
    if cc:
        hdr.append(('Cc', ', '.join(addr(c[0], c[1], from_charset) for c in cc)))
    if reply_to:
        hdr.append(('Reply-To', reply_to))
    hdr.append(('Subject', enc_subject(subject, subj_charset)))
    hdr.append(('Date', format_datetime(date)))
    if msgid is None:
        msgid = ses_msgid(date) if s.get('ses') else generic_msgid(fdom)
    hdr.append(('Message-ID', msgid))
    if irt:
        hdr.append(('In-Reply-To', irt))
        hdr.append(('References', fold_plain(refs or irt)))
    if s.get('ses'):
        hdr.append(('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64rand(30)[:43]))
        hdr.append(('X-SES-Outgoing', date.strftime('%Y.%m.%d-') + ip))
    for k, v in extra:
        hdr.append((k, v))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    raw = buf.getvalue()
    mh, _, mb = raw.partition(b'\n\n')
    mh_lines = [l for l in mh.split(b'\n') if not l.startswith(b'MIME-Version')]
    head = '\n'.join('%s: %s' % (k, v) for k, v in hdr).encode('ascii')
    data = head + b'\nMIME-Version: 1.0\n' + b'\n'.join(mh_lines) + b'\n\n' + mb
    if auth is None or provider == 'none':
        svv = None
    else:
        svv = sv
    found = ids_in(subject + '\n' + new)
    if expect_ids is not None:
        assert sorted(expect_ids) == found, (slug, expect_ids, found)
    label = {'kind': kind, 'case_id': case, 'account_ids': found, 'sender_verified': svv, 'language': lang}
    MAILS.append(dict(slug=slug, data=data, label=label))


# ---------------------------------------------------------------- quoting helpers
def q(text, mark='> '):
    return '\n'.join((mark + l) if l.strip() else mark.rstrip() for l in text.rstrip('\n').split('\n'))


def gmail_hdr(dt, name, a):
    return 'On %s at %s %s <%s> wrote:' % (dt.strftime('%a, %b %-d, %Y'), dt.strftime('%-I:%M %p'), name, a)


WD_JA = '月火水木金土日'


def ja_hdr(dt, name, a):
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (dt.year, dt.month, dt.day, WD_JA[dt.weekday()], dt.hour, dt.minute, name, a)


def outlook_block(frm, dt, to, subj, text, cc=None):
    s = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, dt.strftime('%A, %B %-d, %Y %-I:%M %p'), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n%s' % (subj, text)


FORM_FOOTER = ('\n\nWe value your feedback. Please share your experience by rating this correspondence.\n\n'
               'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n'
               'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
FORM_FOOTER_JA = ('\n\nこのメールへのご意見・ご感想をお聞かせください。\n\n'
                  'Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。\n'
                  'このメッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）により作成・配信されています。\n')


def form_subj(case, re_='RE:'):
    return '%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % (re_, case)


def support_center(case):
    return 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % case


# ================================================================= MAILS
# ---------------------------------------------------------------- users
U_DAN = ('Daniel Okafor', 'daniel.okafor@gmail.com')
U_EMILY = ('Emily Carter', 'emily.carter@outlook.com')
U_RAJ = ('Raj Mehta', 'raj.mehta@contoso-eng.com')
U_LAURA = ('Laura Schmidt', 'laura.schmidt@gmail.com')
U_TOMAS = ('Tomás Rivera', 'tomas@rivera.fm')
U_PRIYA = ('Priya Raman', 'priya.raman@gmail.com')
U_MARK = ('Mark Delaney', 'mdelaney@outlook.com')
U_GRACE = ('Grace Liu', 'grace.liu@hotmail.com')
U_AHMED = ('Ahmed Hassan', 'ahmed.hassan@gmail.com')

AWS_FORM = SENDERS['aws_form']['frm']
AWS_CON = SENDERS['aws_console']['frm']
SIG = lambda name: '\n\nBest regards,\n\n%s\nAmazon Web Services\nTraining and Certification Customer Support' % name

# ---- E-R1: plain ask, no question mark --------------------------------------
o = T('2025-06-02 09:14:07'); C = case15(o); d = T('2025-06-03 16:40:22')
new = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I was able to locate both certification profiles that you mentioned in your request:

  - AWS02837461 (daniel.okafor@gmail.com) - created March 2021, holds AWS Certified Cloud Practitioner
  - AWS17463920 (d.okafor@northwind-logistics.com) - created January 2024, holds AWS Certified Solutions Architect - Associate

AWS02837461 would stay active, and the exam history, certifications and benefits held on AWS17463920 would be moved over to it. AWS17463920 will then be deactivated and you will no longer be able to sign in to it with d.okafor@northwind-logistics.com.

Please be aware that this is a permanent change. Once the two profiles have been combined we are not able to split them apart again.

Kindly reply to this email stating that the above is accurate and that you would like us to go ahead.{SIG('Siobhan K.')}"""
orig = f"""---------- Original submission ----------
Inquiry type: AWS Training and Certification
Detail: Account Merge
First name: Daniel
Last name: Okafor
Email: daniel.okafor@gmail.com
AWS candidate ID: AWS02837461
Description: I have a second certification account from my previous employer (AWS17463920). Please combine them into my personal one."""
C_DAN = C
add('form-case-reply-okafor', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_DAN, date=d, case=C, sv=True,
    subject=form_subj(C), new=new, body=leaf(new + '\n\n' + orig + FORM_FOOTER, cte='quoted-printable'))

# ---- E-R2: HTML-only table ---------------------------------------------------
o = T('2025-07-14 20:51:33'); C = case15(o); d = T('2025-07-16 11:05:48')
new_txt = """Hi Emily,
Thanks for your patience. Our records show two certification profiles linked to you. Here is how we have set up the consolidation:
Role | Candidate ID | Sign-in email | Credentials
Remains active | AWS39018826 | emily.carter@outlook.com | Developer - Associate
Merged, then closed | AWS90227154 | ecarter@fabrikam-media.com | Cloud Practitioner
This cannot be reversed after it has been processed.
Reply to this message with your approval of the table above and we will schedule the work.
Kind regards, Mateo R."""
html = html_doc("""<p>Hi Emily,</p>
<p>Thanks for your patience. Our records show two certification profiles linked to you. Here is how we have set up the consolidation:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th>Role</th><th>Candidate ID</th><th>Sign-in email</th><th>Credentials</th></tr>
<tr><td>Remains active</td><td>AWS39018826</td><td>emily.carter@outlook.com</td><td>AWS Certified Developer &ndash; Associate</td></tr>
<tr><td>Merged, then closed</td><td>AWS90227154</td><td>ecarter@fabrikam-media.com</td><td>AWS Certified Cloud Practitioner</td></tr>
</table>
<p><b>This cannot be reversed after it has been processed.</b></p>
<p>Reply to this message with your approval of the table above and we will schedule the work.</p>
<p>Kind regards,<br>Mateo R.<br>Amazon Web Services<br>Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">We value your feedback. Please share your experience by rating this correspondence.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.</p>""")
C_EMILY = C
add('form-reply-carter-table', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_EMILY, date=d, case=C, sv=True,
    provider='outlook', subject=form_subj(C, 'RE: '), new=new_txt, body=leaf(html, 'html', cte='quoted-printable'))

# ---- E-R3: need statement, lower-case dashed ids, 11-digit case, O365 -----------
C = '14429603521'; d = T('2025-09-09 07:22:10')
new = """Dear Raj,

Thank you for the additional details you sent on Friday.

Before our team can act on this, we need your written confirmation that aws-55102938 is to be merged into aws-30019477. Profile aws-30019477 (raj.mehta@contoso-eng.com) is the one that will remain; aws-55102938 (raj.mehta.dev@gmail.com) will be merged into it and then closed permanently. The merge cannot be undone.

Without this confirmation on the case we are unable to proceed any further.""" + SIG('Hannah W.')
add('case-reply-mehta', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_RAJ, date=d, case=C, sv=True,
    provider='outlook', subject=form_subj(C, 'RE: '), new=new, body=leaf(new + FORM_FOOTER, cte='7bit'))

# ---- E-R4: reply YES ----------------------------------------------------------
o = T('2025-10-20 06:02:45'); C = case15(o); d = T('2025-10-21 13:47:03')
new = f"""Hello Laura,

Thank you for contacting us about your two certification accounts.

Summary of what we will do:
  * Keep: AWS71820394 (laura.schmidt@gmail.com)
  * Fold into it and deactivate: AWS28849015 (l.schmidt@tailspin-consulting.de)

Your AWS Certified Security - Specialty and AWS Certified SysOps Administrator - Associate will both show under AWS71820394 afterwards. Please note a merge is final.

If everything above is correct, simply reply YES to this email. If anything needs to change, reply with the correction instead.""" + SIG('Jonas P.')
C_LAURA = C
add('aws-tc-reply-schmidt', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_LAURA, date=d, case=C, sv=True,
    subject=form_subj(C), new=new, body=leaf(new + FORM_FOOTER, cte='quoted-printable'))

# ---- E-R5: the ask only in the subject --------------------------------------------
o = T('2025-11-03 18:30:12'); C = case15(o); d = T('2025-11-05 09:12:55')
new = f"""Hi Tomás,

Further to your request, these are the details of the consolidation we have prepared:

Surviving ID:  AWS 11230984  (tomas@rivera.fm)
Retiring ID:   AWS 40918273  (trivera@woodgrove-bank.com)

Exam history, certifications and the 50% exam benefit move to the surviving ID. The retiring ID is closed afterwards. Once processed, this cannot be reversed.""" + SIG('Grace T.')
C_TOMAS = C
add('case-update-rivera', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_TOMAS, date=d, case=C, sv=True,
    provider='fastmail', subject=f'Action needed: confirm merge of AWS 40918273 into AWS 11230984 [CASE {C}]',
    new=new, body=leaf(new + FORM_FOOTER, cte='quoted-printable'))

# ---- E-R6: corrected plan, confirm again ----------------------------------------
o = T('2025-08-11 14:05:40'); C = case15(o); d1 = T('2025-08-12 10:31:18'); d2 = T('2025-08-12 19:02:40', IST); d = T('2025-08-13 08:15:09')
prev_agent = f"""Hello Priya,

We located two profiles: AWS63310472 (priya.raman@gmail.com) and AWS08825519 (priya.r@adventure-works.in). We will keep AWS08825519 and merge AWS63310472 into it. This cannot be undone. Please reply to confirm.

Best regards,
Ravi S.
Amazon Web Services"""
prev_user = "Yes, that's fine, please go ahead.\n\nPriya"
new = f"""Hello Priya,

I'm sorry - in my previous message I listed the two profiles the wrong way round. I have since checked your original submission, which asks to keep your personal address.

The corrected plan is:
  Keep:  AWS63310472 (priya.raman@gmail.com)
  Merge into it and close:  AWS08825519 (priya.r@adventure-works.in)

As your earlier reply referred to the wrong direction, we cannot rely on it. Please confirm this corrected version by replying to this email; nothing has been changed on your profiles yet.

Best regards,
Ravi S.
Amazon Web Services
Training and Certification Customer Support"""
thread = new + '\n\n---- Previous correspondence ----\n\nFrom: Priya Raman <priya.raman@gmail.com>\nSent: ' + d2.strftime('%d %b %Y %H:%M') + '\n\n' + prev_user + \
    '\n\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: ' + d1.strftime('%d %b %Y %H:%M') + '\n\n' + prev_agent
add('case-reply-raman-corrected', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_PRIYA, date=d, case=C, sv=True,
    subject=form_subj(C, 'RE: '), new=new, body=leaf(thread + FORM_FOOTER, cte='quoted-printable'))

# ---- E-R7: phishing, look-alike domain (authenticates for its own domain) --------
d = T('2025-12-02 03:44:19'); C = '176463440218771'
new_txt = """AWS Training & Certification
Account consolidation - confirmation required
Dear Mark Delaney,
Our system detected two certification profiles registered to your identity: AWS52014487 and AWS66390128.
To comply with our updated candidate policy, duplicate profiles must be consolidated. Your confirmation is required within 48 hours, otherwise both profiles and all earned certifications will be suspended.
Confirm consolidation
Reference: CASE 176463440218771"""
html = html_doc("""<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;padding:14px"><img src="https://aws-certification-services.com/static/aws-logo.png" alt="AWS" height="28"></div>
<div style="padding:18px">
<h2 style="color:#ec7211">Account consolidation &ndash; confirmation required</h2>
<p>Dear Mark Delaney,</p>
<p>Our system detected two certification profiles registered to your identity: <b>AWS52014487</b> and <b>AWS66390128</b>.</p>
<p>To comply with our updated candidate policy, duplicate profiles must be consolidated. Your confirmation is required within <b>48 hours</b>, otherwise both profiles and all earned certifications will be suspended.</p>
<p style="text-align:center"><a href="https://aws-certification-services.com/merge/confirm?ref=176463440218771&amp;u=mdelaney%40outlook.com" style="background:#ec7211;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Confirm consolidation</a></p>
<p style="font-size:11px;color:#888">Reference: CASE 176463440218771<br>&copy; 2025 Amazon Web Services, Inc. or its affiliates.</p>
</div></div>""")
plain = "Dear Mark Delaney,\n\nTwo certification profiles are registered to your identity: AWS52014487 and AWS66390128. Your confirmation of the consolidation is required within 48 hours:\nhttps://aws-certification-services.com/merge/confirm?ref=176463440218771\n\nReference: CASE 176463440218771\n"
add('aws-cert-notice-delaney', 'merge_confirmation_requested', 'en', frm=('AWS Certification Support', 'support@aws-certification-services.com'),
    to=U_MARK, date=d, case=C, sv=False, provider='outlook', subject='Account consolidation: confirmation required - CASE 176463440218771',
    new=new_txt, body=alt(leaf(plain, cte='7bit'), leaf(html, 'html', cte='quoted-printable')))

# ---- E-R8: phishing spoofing amazon.com, dmarc=fail on top, forged pass lower ----
d = T('2026-01-13 22:08:51'); C = '176834211409135'
new_txt = """Hello,
We are ready to merge your AWS certification accounts AWS 81730042 and AWS 29981735 as requested.
To avoid losing your certifications, please verify ownership and confirm the merge by signing in below before January 16, 2026.
Verify and confirm merge
Amazon Web Services Training and Certification"""
html = html_doc("""<p>Hello,</p>
<p>We are ready to merge your AWS certification accounts <b>AWS 81730042</b> and <b>AWS 29981735</b> as requested (case 176834211409135).</p>
<p>To avoid losing your certifications, please verify ownership and confirm the merge by signing in below before January 16, 2026.</p>
<p><a href="http://certmetrics-aws.support-verify.net/login?c=176834211409135">Verify and confirm merge</a></p>
<p>Amazon Web Services<br>Training and Certification</p>""")
forged = 'amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com;\n dmarc=pass header.from=amazon.com'
add('aws-form-merge-ready-okafor', 'merge_confirmation_requested', 'en', frm=AWS_FORM, to=U_DAN, date=d, case=C, sv=False,
    provider='gmail', auth='fail', ip='185.222.58.17', host='static.17.58.222.185.clients.your-server.de', mailfrom='bounce@support-verify.net',
    forged_ar=forged, msgid='<20260113220851.7F3A21C0@support-verify.net>',
    subject=form_subj(C, 'RE:'), new=new_txt, body=leaf(html, 'html', cte='base64'))

# ---- E-R9: three accounts, odd id spellings, Outlook -------------------------------
o = T('2025-05-26 23:40:02'); C = case15(o); d = T('2025-05-28 15:20:44')
new = """Hello Grace,

Thank you for your patience while we looked into this.

We found three certification profiles that match your details. The proposed outcome:

  Kept:            AWS 52290017  (grace.liu@hotmail.com)
  Merged into it:  aws-61873302  (gliu@litware.com)
  Merged into it:  aws71100458   (grace.liu.aws@gmail.com)

The two merged profiles will be closed and their sign-in emails released. This is permanent.

Please respond with your confirmation of the above arrangement. We cannot process any part of the merge until we have it.""" + SIG('Tomasz B.')
C_GRACE = C
add('tc-support-liu-three', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_GRACE, date=d, case=C, sv=True,
    provider='outlook', subject=form_subj(C, 'RE:'), new=new, body=leaf(new + FORM_FOOTER, cte='quoted-printable'))

# ---- E-R10: console case, confirm via Support Center ------------------------------
o = T('2025-06-18 05:12:29'); C = case15(o); d = T('2025-06-19 02:48:37')
new = f"""Hello,

Thank you for contacting AWS Support regarding your certification profiles.

To proceed, we require your confirmation of the following merge:
Source profile (to be closed): AWS33017845
Destination profile (to be kept): AWS90011362

Once merged, the source profile cannot be restored.

Please note that this mailbox does not accept replies. To confirm, respond to this case in the Support Center:
{support_center(C)}

Best regards,
Kofi A.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services"""
C_AHMED = C
add('console-case-hassan', 'merge_confirmation_requested', 'en', sender='aws_console', to=U_AHMED, date=d, case=C, sv=True,
    subject=f'RE:[CASE {C}] Merge two certification accounts', new=new, body=leaf(new, cte='quoted-printable'))

U_SOFIA = ('Sofia Marin', 'sofia.marin@gmail.com')
U_KEVIN = ("Kevin O'Brien", 'kobrien@outlook.com')
U_NADIA = ('Nadia Benali', 'nadia.benali@gmail.com')
U_BEN = ('Benjamin Clarke', 'ben.clarke@gmail.com')
U_CHRIS = ('Chris Novak', 'chris.novak@gmail.com')

# ---- E-R11: two things needed, no question mark ----------------------------------
o = T('2025-09-22 12:01:55'); C = case15(o); d = T('2025-09-23 17:26:31')
new = """Hi Sofia,

Thanks for getting in touch. I've reviewed both profiles and everything lines up.

To move forward we need two things from you:

1. Your go-ahead to merge AWS44718820 into AWS15590236. AWS15590236 stays; AWS44718820 is closed afterwards. Please keep in mind that merges are irreversible.
2. The email address you want to use to sign in to AWS15590236 from now on (it is currently sofia.marin@gmail.com).

You can cover both points in a single reply to this email.""" + SIG('Aisha M.')
C_SOFIA = C
add('tc-reply-marin', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_SOFIA, date=d, case=C, sv=True,
    subject=form_subj(C), new=new, body=leaf(new + FORM_FOOTER, cte='quoted-printable'))

# ---- E-R12: multipart/alternative, parts differ ------------------------------------
o = T('2025-12-08 16:44:10'); C = case15(o); d = T('2025-12-10 10:03:27'); C_KEVIN = C
plain = """Hello Kevin,

We have finished reviewing the two certification profiles on this case.

Please write back confirming that you are happy for AWS26637140 (kevin.obrien@relecloud.com) to be absorbed into AWS80014573 (kobrien@outlook.com). After the merge AWS26637140 no longer exists and the change cannot be rolled back, so please check the IDs carefully.

Best regards,
Declan F.
Amazon Web Services
Training and Certification Customer Support
"""
html = html_doc("""<p>Hello Kevin,</p>
<p>Your merge request is ready for processing:</p>
<ul><li>Keep: <b>AWS80014573</b></li><li>Absorb and close: <b>AWS26637140</b></li></ul>
<p>Reply to this email to confirm.</p>
<p>Best regards,<br>Declan F.<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">We value your feedback. Please share your experience by rating this correspondence.</p>""")
add('tc-reply-obrien', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_KEVIN, date=d, case=C, sv=True,
    provider='outlook', subject=form_subj(C, 'RE:'), new=plain + html,
    body=alt(leaf(plain + FORM_FOOTER, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable')))

# ---- E-R13: base64, "we'd need" -----------------------------------------------------
o = T('2026-02-02 08:19:40'); C = case15(o); d = T('2026-02-03 14:55:02')
new = """Hello Nadia,

Thank you for your message and for providing both candidate IDs.

We'd need a short confirmation from you before anything is changed: the profile to be retained is AWS67002219 (nadia.benali@gmail.com), and AWS12098843 (n.benali@proseware.fr) would be merged into it and then retired. This is a one-way operation.

A one-line reply to this email is enough.""" + SIG('Lucas D.')
custmsg = """Customer wrote on 02/02/2026:
> Hello, I accidentally created a second account when I booked my last exam
> through my company. Old ID AWS67002219, new one AWS12098843. I'd like one
> account only, with my gmail address. Thanks, Nadia"""
add('tc-case-benali', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_NADIA, date=d, case=C, sv=True,
    subject=form_subj(C), new=new, body=leaf(new + '\n\n' + custmsg + FORM_FOOTER, cte='base64'))

# ---- E-R14: numbered list on top of a nested thread -----------------------------------
o = T('2025-04-28 19:37:12'); C = case15(o); d0 = T('2025-04-29 09:02:11'); d1 = T('2025-04-30 07:48:55'); d = T('2025-05-02 12:30:19')
new = """Hello Benjamin,

Thank you for bearing with us. I've now been able to verify both profiles. Note that the ID AWS00912345 mentioned in your first message does not exist; the second profile is AWS45519008.

Your confirmation of the following is required to proceed:

  1. AWS45519008 (b.clarke@contoso-retail.co.uk) will be merged into AWS37266104 (ben.clarke@gmail.com).
  2. AWS37266104 is the profile that remains; AWS45519008 is closed.
  3. The merge is permanent and cannot be reversed.

Reply to this email to give it.""".replace('Note that the ID AWS00912345 mentioned in your first message does not exist; the second profile is AWS45519008.', 'The second ID mentioned in your first message had a digit missing; the correct one is AWS45519008.')
prev = """Hello Benjamin,

Thank you for contacting AWS Training and Certification. We're looking into the two profiles you mentioned and will get back to you shortly.

Best regards,
Amira H.

> Hi,
> Please merge my old work certification account AWS4551908 into my personal
> one AWS37266104. I no longer have access to b.clarke@contoso-retail.co.uk.
>
> > Inquiry type: AWS Training and Certification
> > Detail: Account Merge
> > AWS candidate ID: AWS37266104"""
body_txt = new + SIG('Amira H.') + '\n\n-----Original Message-----\nFrom: Amazon Web Services\nDate: ' + d1.strftime('%d %b %Y') + '\n\n' + q(prev)
add('tc-followup-clarke', 'merge_confirmation_requested', 'en', sender='aws_form', to=U_BEN, date=d, case=C, sv=True,
    subject=form_subj(C, 'RE: '), new=new, body=leaf(body_txt + FORM_FOOTER, cte='quoted-printable'))

# ================= en look-alikes ==================================================
# ---- L1: consent recorded (Daniel) -----------------------------------------------------
d = T('2025-06-05 08:11:40'); dr = T('2025-06-03 18:02:00', CEST)
new = """Hello Daniel,

This is to let you know that your reply of 3 June has been added to the case and passed to the team that carries out profile merges.

For your records, the approved request is:
  AWS17463920  ->  AWS02837461  (AWS02837461 is retained)

As mentioned before, a merge cannot be reversed once it has been carried out. There is nothing further you need to do at this point; we will write again when the work has been completed.""" + SIG('Siobhan K.')
quoted = """> The details are correct. Please proceed with the merge.
>
> Daniel
>
> > Kindly reply to this email stating that the above is accurate and that you
> > would like us to go ahead."""
add('tc-update-okafor', 'support_reply', 'en', sender='aws_form', to=U_DAN, date=d, case=C_DAN, sv=True,
    subject=form_subj(C_DAN), new=new, body=leaf(new + '\n\n' + quoted + FORM_FOOTER, cte='quoted-printable'))

# ---- L2: hand-over summary (Grace) -----------------------------------------------------
d = T('2025-06-02 13:40:05')
new = """Hello Grace,

My name is Oliver and I'm taking over your case from my colleague Tomasz, who is away this week.

So that nothing gets lost, here is where things stand:
  - Request: merge aws-61873302 and aws71100458 into AWS 52290017 (grace.liu@hotmail.com).
  - Your confirmation: received on 29 May and attached to the case.
  - Status: submitted to our records team on 30 May. Typical turnaround is two to three business days.

Please remember that once the records team has completed it the merge cannot be undone. I'll keep an eye on the request and let you know as soon as I hear back.""" + SIG('Oliver N.')
add('tc-handover-liu', 'support_reply', 'en', sender='aws_form', to=U_GRACE, date=d, case=C_GRACE, sv=True,
    provider='outlook', subject=form_subj(C_GRACE, 'RE:'), new=new, body=leaf(new + FORM_FOOTER, cte='quoted-printable'))

# ---- L3: acknowledgement with FAQ (case_created) ---------------------------------------
o = T('2025-08-25 21:07:33'); C = case15(o); d = o + timedelta(seconds=41)
new = f"""Hello,

Thank you for contacting AWS Training and Certification. We have received your request and a member of our team will respond within 24 hours.

Case ID: {C}
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID provided: AWS47120936

Please do not open another case for the same request; simply reply to this email if you need to add information.

Frequently asked questions about account merges

Q: What happens next?
A: An agent will review the profiles you listed and write back asking you to confirm which candidate ID should remain and which one should be merged into it.

Q: Can a merge be undone?
A: No. Once two profiles are merged they cannot be separated again, so please check the IDs you provide.

Q: Will my Credly badges move?
A: Badges are normally re-issued to the email address of the remaining profile within a few days of the merge.

Thank you,
AWS Training and Certification
"""
add('tc-form-ack-novak', 'case_created', 'en', sender='aws_form', to=U_CHRIS, date=d, case=C, sv=True,
    subject=form_subj(C, ''), new=new, body=leaf(new, cte='quoted-printable'))
C_CHRIS = C

# ---- L4: confirm a name, merge already approved (Laura) -----------------------------------
d = T('2025-10-23 09:31:12')
new = """Hello Laura,

Thank you for your reply.

Before we complete the merge you approved, we noticed that the name differs between the two profiles: AWS71820394 shows "Laura Schmidt" while AWS28849015 shows "Laura M. Schmidt-Weber". Certificates and badges will carry the name held on the retained profile.

Please confirm which spelling you would like on AWS71820394. It must match the government-issued ID you present at future exams.""" + SIG('Jonas P.')
quoted = '\n\n' + gmail_hdr(T('2025-10-21 16:02:00', CEST), 'Laura Schmidt', 'laura.schmidt@gmail.com') + '\n' + q('YES\n\nLaura')
add('tc-reply-schmidt-name', 'support_reply', 'en', sender='aws_form', to=U_LAURA, date=d, case=C_LAURA, sv=True,
    subject=form_subj(C_LAURA), new=new, body=leaf(new + quoted + FORM_FOOTER, cte='quoted-printable'))

# ---- L5: Pearson VUE appointment confirmation (unrelated) -------------------------------------
d = T('2025-07-01 15:22:48')
new = """Dear Ahmed Hassan,

Thank you for scheduling your exam with Pearson VUE. Please review the appointment details below and confirm that the name shown matches the identification you will present.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Candidate ID: AWS90011362
Registration ID: 489217634
Date and time: Thursday, July 24, 2025 at 9:00 AM GST
Location: OnVUE online proctored

If any detail is incorrect, please contact Pearson VUE customer service before your appointment.

Sincerely,
Pearson VUE"""
add('pearsonvue-appointment-hassan', 'unrelated', 'en', frm=('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=U_AHMED,
    date=d, case=None, sv=False, subject='Confirmation of your AWS Certified Solutions Architect - Professional exam appointment',
    new=new, body=alt(leaf(new, cte='quoted-printable'), leaf(html_doc('<p>' + new.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>'), 'html', cte='quoted-printable')))

# ---- L6: completion recapping the plan (Ahmed console) -------------------------------------
d = T('2025-06-20 22:05:51')
new = f"""Hello,

As confirmed by you on this case, we have combined AWS33017845 into AWS90011362. The source profile has been deactivated and cannot be restored.

Your certifications and full exam history are now listed under AWS90011362. Please allow up to 48 hours for your Credly badges to be re-issued to the email address on that profile.

Best regards,
Kofi A.
Amazon Web Services

To view this case or reply, please visit the Support Center:
{support_center(C_AHMED)}"""
add('console-case-hassan-update', 'merge_completed', 'en', sender='aws_console', to=U_AHMED, date=d, case=C_AHMED, sv=True,
    subject=f'RE:[CASE {C_AHMED}] Merge two certification accounts', new=new, body=leaf(new, cte='quoted-printable'))

# ---- L7: closure/rating, does not say it is done (Emily) -------------------------------------
d = T('2025-07-24 04:18:09')
new = f"""Hello Emily,

Case {C_EMILY} - account-assistance has been marked as resolved.

Request summary: merge AWS90227154 into AWS39018826.

How would you rate the support you received?
  Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied

If this does not reflect your experience, you can reopen the case by replying to this email within 14 days.

AWS Training and Certification"""
html = html_doc(f"""<p>Hello Emily,</p><p>Case {C_EMILY} &ndash; account-assistance has been marked as <b>resolved</b>.</p>
<p>Request summary: merge AWS90227154 into AWS39018826.</p>
<p>How would you rate the support you received?</p>
<p><a href="https://survey.aws.amazon.com/r/tc?c={C_EMILY}&amp;s=5">Very satisfied</a> | <a href="https://survey.aws.amazon.com/r/tc?c={C_EMILY}&amp;s=4">Satisfied</a> | <a href="https://survey.aws.amazon.com/r/tc?c={C_EMILY}&amp;s=3">Neutral</a> | <a href="https://survey.aws.amazon.com/r/tc?c={C_EMILY}&amp;s=2">Dissatisfied</a> | <a href="https://survey.aws.amazon.com/r/tc?c={C_EMILY}&amp;s=1">Very dissatisfied</a></p>
<p>If this does not reflect your experience, you can reopen the case by replying to this email within 14 days.</p><p>AWS Training and Certification</p>""")
add('tc-case-resolved-carter', 'survey', 'en', sender='aws_form', to=U_EMILY, date=d, case=C_EMILY, sv=True, provider='outlook',
    subject=f'Your case {C_EMILY} has been resolved - tell us how we did', new=new,
    body=alt(leaf(new, cte='quoted-printable'), leaf(html, 'html', cte='base64')))

# ---- L8: chaser only (Tomás) -------------------------------------------------------------
d = T('2025-11-11 09:40:27')
new = """Hi Tomás,

We are following up on our message of 5 November, as we have not heard back from you yet.

We will keep this case open for another five business days awaiting your response. After that it will be closed automatically; you can reopen it at any time by replying to this email.""" + SIG('Grace T.')
quoted = """-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 05 Nov 2025 09:12
Subject: Action needed: confirm merge of AWS 40918273 into AWS 11230984

Surviving ID:  AWS 11230984  (tomas@rivera.fm)
Retiring ID:   AWS 40918273  (trivera@woodgrove-bank.com)
Once processed, this cannot be reversed."""
add('tc-followup-rivera', 'support_reply', 'en', sender='aws_form', to=U_TOMAS, date=d, case=C_TOMAS, sv=True, provider='fastmail',
    subject=form_subj(C_TOMAS), new=new, body=leaf(new + '\n\n' + quoted + FORM_FOOTER, cte='quoted-printable'))

U_OLIVIA = ('Olivia Grant', 'olivia@grantandco-home.com')

# ---- L9: colleague's automatic reply (Raj) -------------------------------------------------
d = T('2025-09-09 09:05:44', CEST)
new = """Thank you for your message.

I am out of the office until Monday 22 September with no access to email. For anything urgent please contact it-helpdesk@contoso-eng.com.

Kind regards,
Sunita Rao
Head of Platform Engineering | Contoso Engineering"""
add('automatic-reply-rao', 'unrelated', 'en', frm=('Sunita Rao', 'sunita.rao@contoso-eng.com'), to=U_RAJ, date=d, case='14429603521',
    sv=False, provider='outlook', ip='2a01:111:f403:c200::3', host='DB9PR02CU001.outbound.protection.outlook.com', dkim_d='contoso-eng.com',
    subject='Automatic reply: RE: [CASE 14429603521] [AWS Training and Certification Form Submission] - account-assistance',
    new=new, body=leaf(new, cte='7bit'),
    extra=[('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Inbox-Rules-Loop', 'sunita.rao@contoso-eng.com')])

# ---- L10: user forwards the request to her manager (Emily) ---------------------------------
d = T('2025-07-16 19:42:10', EDT)
new = """Hi Tom,

This is the email from AWS I mentioned this morning. They want me to sign off on folding my old Fabrikam profile (AWS90227154) into my personal one. Before I reply, can you check with Learning & Development that the exam voucher they bought is not tied to the old profile? I don't want it to disappear.

Thanks,
Emily"""
fwd = """---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Wed, Jul 16, 2025 at 7:05 AM
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: Emily Carter <emily.carter@outlook.com>

Hi Emily,
Thanks for your patience. Our records show two certification profiles linked to you. Here is how we have set up the consolidation:

Role                | Candidate ID | Sign-in email
Remains active      | AWS39018826  | emily.carter@outlook.com
Merged, then closed | AWS90227154  | ecarter@fabrikam-media.com

This cannot be reversed after it has been processed.
Reply to this message with your approval of the table above and we will schedule the work.

Kind regards,
Mateo R.""" % C_EMILY
add('fwd-aws-case-carter', 'unrelated', 'en', frm=U_EMILY, to=('Tom Alvarez', 'tom.alvarez@fabrikam-media.com'), date=d, case=C_EMILY,
    sv=False, provider='outlook', ip='2a01:111:f400:fe5a::800', host='EUR05-DB8-obe.outbound.protection.outlook.com',
    subject='Fw: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_EMILY,
    new=new, body=leaf(new + '\n\n' + fwd, cte='quoted-printable'))

# ---- L11: thank you for confirming, proceeding (Kevin) ---------------------------------------
d = T('2025-12-11 08:57:33')
new = """Hello Kevin,

Thank you for confirming. We will now go ahead and merge AWS26637140 into AWS80014573. You will hear from us again once this has been completed, normally within two business days.""" + SIG('Declan F.')
quoted = outlook_block("Kevin O'Brien <kobrien@outlook.com>", T('2025-12-10 14:21:00'), 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                       'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_KEVIN,
                       "Confirmed, those IDs are right. Go ahead.\n\nKevin\n") + '\n' + outlook_block(
    'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', T('2025-12-10 10:03:00'), "Kevin O'Brien <kobrien@outlook.com>",
    'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_KEVIN,
    'Please write back confirming that you are happy for AWS26637140 to be absorbed into AWS80014573. After the merge AWS26637140 no longer exists and the change cannot be rolled back.')
add('tc-reply-obrien-2', 'support_reply', 'en', sender='aws_form', to=U_KEVIN, date=d, case=C_KEVIN, sv=True, provider='outlook',
    subject=form_subj(C_KEVIN, 'RE:'), new=new, body=leaf(new + '\n\n' + quoted + FORM_FOOTER, cte='quoted-printable'))

# ---- L12: Credly's own account-merge code (unrelated) ----------------------------------------
d = T('2025-12-14 17:03:12')
new = """Hi Kevin,

We received a request to merge the Credly account kevin.obrien@relecloud.com into your account kobrien@outlook.com.

To confirm this merge, enter the following verification code:

604178

This code expires in 30 minutes. After the merge, all badges from both accounts will appear on a single profile.

If you did not make this request, you can ignore this email.

The Credly Team"""
html = html_doc("""<p>Hi Kevin,</p><p>We received a request to merge the Credly account <b>kevin.obrien@relecloud.com</b> into your account <b>kobrien@outlook.com</b>.</p>
<p>To confirm this merge, enter the following verification code:</p><p style="font-size:28px;letter-spacing:6px"><b>604178</b></p>
<p>This code expires in 30 minutes.</p><p><a href="https://www.credly.com/users/merge/complete?token=9f2c7d">Complete Account Merge</a></p>
<p>If you did not make this request, you can ignore this email.</p><p>The Credly Team</p>""")
add('credly-merge-code-obrien', 'unrelated', 'en', frm=('Credly', 'admin@credly.com'), sender='credly', to=U_KEVIN, date=d, case=None,
    sv=True, provider='outlook', subject='Your Credly account merge verification code', new=new,
    body=alt(leaf(new, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable')))

# ---- L13: Seller Central case asking to confirm a listing merge ----------------------------
d = T('2025-10-07 11:26:40')
new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request to combine the following detail pages:

  Parent ASIN to keep:  B0C6TQ8K2M
  ASIN to be merged:    B0C7X1PLV4

Please confirm that these detail pages should be merged. Once merged, customer reviews are combined and this action cannot be reversed. Reply "Yes" to this email to proceed.

We hope this helps.

Best regards,
Rahul
Amazon.com"""
add('seller-support-grant', 'unrelated', 'en', frm=('Amazon Selling Partner Support', 'selling-partner-support@amazon.com'), to=U_OLIVIA,
    date=d, case='5884881212', sv=True, ip='54.240.13.%d' % 77, host='a13-77.smtp-out.amazonses.com', mailfrom='0100019a5e21c9b3-selling@amazonses.com',
    dkim_d='amazon.com', subject='RE:[CASE 5884881212] Merge duplicate listings', new=new, body=leaf(new, cte='quoted-printable'),
    msgid=ses_msgid(d))

# ---- L14: AWS Organizations request (unrelated) ----------------------------------------------
o = T('2025-09-15 10:12:31'); C = case15(o); d = T('2025-09-15 18:44:02')
new = f"""Hello,

Thank you for reaching out about moving your account into your company's organization.

Please confirm the following so we can assist:
  - Management account: 4417-2093-8852
  - Member account to be invited: 9035-1147-2260

Once the member account accepts the invitation, its charges will be consolidated under the management account's bill. Reserved Instance and Savings Plans discounts are shared across the organization by default.

Best regards,
Ines M.
Amazon Web Services

To view this case or reply, please visit the Support Center:
{support_center(C)}"""
add('console-case-organizations', 'unrelated', 'en', sender='aws_console', to=U_RAJ, date=d, case=C, sv=True, provider='outlook',
    subject=f'RE:[CASE {C}] Consolidate billing for two AWS accounts', new=new, body=leaf(new, cte='quoted-printable'))

# ---- L15: Credly badge after the merge (Daniel) ----------------------------------------------
d = T('2025-06-09 14:20:08')
new = """Daniel, your badge has been transferred to your account

AWS Certified Solutions Architect - Associate
Issued by Amazon Web Services Training and Certification

Following an update to your certification record, this badge is now available in your Credly account daniel.okafor@gmail.com. Accept your badge to display it on your profile and share it with your network.

Accept your badge

Credly, Inc. | 1250 Broadway, New York, NY 10001"""
html = html_doc("""<table width="600" align="center"><tr><td>
<h2>Daniel, your badge has been transferred to your account</h2>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="badge"></p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b><br>Issued by Amazon Web Services Training and Certification</p>
<p>Following an update to your certification record, this badge is now available in your Credly account daniel.okafor@gmail.com. Accept your badge to display it on your profile and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5e8c2b1a-7d3f-4a90-9b6e-21f4c0d8a713" style="background:#0068ff;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px">Credly, Inc. | 1250 Broadway, New York, NY 10001</p></td></tr></table>""")
add('credly-badge-okafor', 'credly_badge_issued', 'en', sender='credly', to=U_DAN, date=d, case=None, sv=True,
    subject='Your AWS Certified Solutions Architect - Associate badge has been transferred', new=new,
    body=alt(leaf(new, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable')))

# ---- L16: confirm an exam booking before running an approved merge (Sofia) ----------------------
d = T('2025-09-25 15:12:48')
new = """Hi Sofia,

Thanks for the go-ahead and for confirming that sofia.marin@gmail.com stays as your sign-in address.

One thing before we run the merge: there is an exam booked on AWS44718820, the profile that will be closed, for 14 October (AWS Certified Data Engineer - Associate, Pearson VUE). Appointments do not move across automatically.

Please confirm whether you want to keep that appointment. If so, we will hold the merge until after your exam; if not, cancel it in your Pearson VUE dashboard first and let us know once it's done.""" + SIG('Aisha M.')
quoted = '\n\n' + gmail_hdr(T('2025-09-24 08:40:00', CEST), 'Sofia Marin', 'sofia.marin@gmail.com') + '\n' + q(
    "Hi Aisha,\n\n1. Yes, please merge AWS44718820 into AWS15590236.\n2. Keep sofia.marin@gmail.com.\n\nThanks!\nSofia")
add('tc-reply-marin-exam', 'support_reply', 'en', sender='aws_form', to=U_SOFIA, date=d, case=C_SOFIA, sv=True,
    subject=form_subj(C_SOFIA), new=new, body=leaf(new + quoted + FORM_FOOTER, cte='quoted-printable'))

# ================= Japanese ==========================================================
U_YAMADA = ('山田 太郎', 'taro.yamada@gmail.com')
U_SATO = ('佐藤 花子', 'hanako-sato@nifty.com')
U_SUZUKI = ('鈴木 健一', 'kenichi.suzuki@hoshino-sys.co.jp')
U_NAKAMURA = ('中村 美咲', 'misaki.nakamura@outlook.jp')
U_ITO = ('伊藤 誠', 'makoto.ito@biglobe.ne.jp')
U_KOBAYASHI = ('小林 直樹', 'naoki.kobayashi@ocn.ne.jp')
U_WATANABE = ('渡辺 彩', 'aya.watanabe@docomo.ne.jp')
U_KATO = ('加藤 翔', 'sho.kato@gmail.com')
U_YOSHIDA = ('吉田 恵', 'megumi.yoshida@gmail.com')
U_MATSUMOTO = ('松本 大輔', 'daisuke.matsumoto@gmail.com')
U_INOUE = ('井上 リサ', 'lisa.inoue@outlook.com')
U_SHIMIZU = ('清水 拓也', 'takuya.shimizu@gmail.com')
U_MORITA = ('森田 洋平', 'y-morita@kanda-tec.co.jp')

SIG_JA = lambda name: '\n\n今後ともよろしくお願いいたします。\n\nAmazon Web Services\nトレーニングと認定 カスタマーサポート\n%s' % name

# ---- J-R1: ISO-2022-JP, ask without question ---------------------------------------
o = T('2025-05-27 23:02:41'); C = case15(o); d = T('2025-05-28 07:45:12'); C_YAMADA = C
new = """山田 太郎 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
カスタマーサポートの高橋でございます。

ご依頼いただいた認定アカウントの統合につきまして、下記の内容にて進めさせていただきたく存じます。

■ 統合後も残るアカウント： AWS20581734 （taro.yamada@gmail.com）
■ 統合されるアカウント　： AWS77102945 （t-yamada@fabrikam.co.jp）

統合されるアカウントの認定資格・受験履歴・特典は、すべて残るアカウントへ移行され、AWS77102945 はその後ご利用いただけなくなります。

統合処理は取り消しができませんので、内容に相違がないかご確認のうえ、本メールへのご返信にてご承諾の旨をお知らせください。""" + SIG_JA('高橋')
add('tc-kaitou-yamada', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_YAMADA, date=d, case=C, sv=True,
    subj_charset='iso-2022-jp', from_charset='iso-2022-jp', subject=form_subj(C), new=new,
    body=leaf(new + FORM_FOOTER_JA, charset='iso-2022-jp', cte='7bit'))

# ---- J-R2: HTML-only table, reply 「はい」 ------------------------------------------------
o = T('2025-08-04 01:15:09'); C = case15(o); d = T('2025-08-05 03:30:47'); C_SATO = C
new_txt = """佐藤 花子 様
区分 | 認定アカウントID | 登録メールアドレス
統合先（存続） | AWS84402916 | hanako-sato@nifty.com
統合元（閉鎖） | AWS19930558 | h.sato@contoso.co.jp
統合後に元へ戻すことはできません。
内容に誤りがなければ、「はい」とだけご返信いただければ手続きを開始いたします。"""
html = html_doc("""<p>佐藤 花子 様</p>
<p>いつもAWS認定をご利用いただきありがとうございます。カスタマーサポートの森でございます。</p>
<p>お調べしたところ、お客様名義の認定アカウントが2件見つかりました。統合の内容は次の表のとおりです。</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>区分</th><th>認定アカウントID</th><th>登録メールアドレス</th><th>保有資格</th></tr>
<tr><td>統合先（存続）</td><td>AWS84402916</td><td>hanako-sato@nifty.com</td><td>AWS Certified Cloud Practitioner</td></tr>
<tr><td>統合元（閉鎖）</td><td>AWS19930558</td><td>h.sato@contoso.co.jp</td><td>AWS Certified AI Practitioner</td></tr>
</table>
<p>統合後に元へ戻すことはできません。</p>
<p>内容に誤りがなければ、「はい」とだけご返信いただければ手続きを開始いたします。</p>
<p>今後ともよろしくお願いいたします。<br>Amazon Web Services<br>トレーニングと認定 カスタマーサポート<br>森</p>""", 'ja')
add('tc-kaitou-sato', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_SATO, date=d, case=C, sv=True, provider='nifty',
    subject=form_subj(C, 'RE: '), new=new_txt, body=leaf(html, 'html', cte='base64'))

# ---- J-R3: ask only in the subject (sakura) ----------------------------------------------
o = T('2025-10-14 05:40:22'); C = case15(o); d = T('2025-10-15 02:18:36'); C_SUZUKI = C
new = """鈴木 健一 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの石井です。

ご依頼いただいたアカウント統合について、以下のとおり準備が整いました。

　統合元： AWS31907725（k.suzuki@old-domain.jp）
　統合先： AWS64410098（kenichi.suzuki@hoshino-sys.co.jp）

統合先のアカウントに、統合元の認定資格および受験履歴がすべて移行されます。
※統合後は元に戻すことができません。""" + SIG_JA('石井')
add('tc-case-suzuki', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_SUZUKI, date=d, case=C, sv=True, provider='sakura',
    subject='【ご確認のお願い】認定アカウント統合内容（AWS31907725 → AWS64410098）[CASE %s]' % C, new=new,
    body=leaf(new + FORM_FOOTER_JA, cte='quoted-printable'))

# ---- J-R4: need statement (Outlook.jp) ---------------------------------------------------
o = T('2025-11-17 09:51:03'); C = case15(o); d = T('2025-11-18 06:07:55'); C_NAKAMURA = C
new = """中村 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

統合作業を開始するにあたり、お客様ご本人からの同意が必要となります。

　対象：aws-58820317（統合元・misaki.n@tailspin.co.jp）→ AWS03391846（統合先・misaki.nakamura@outlook.jp）

統合元のアカウントは統合後に閉鎖され、復元することはできません。お客様から同意のご返信をいただくまで、作業は保留とさせていただきます。""" + SIG_JA('田村')
add('tc-reply-nakamura', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_NAKAMURA, date=d, case=C, sv=True,
    provider='outlook', subject=form_subj(C, 'RE:'), new=new, body=leaf(new + FORM_FOOTER_JA, cte='base64'))

# ---- J-R5: corrected plan (biglobe) -----------------------------------------------------
o = T('2026-01-19 03:22:18'); C = case15(o); d1 = T('2026-01-20 01:10:05'); d = T('2026-01-20 04:42:30'); C_ITO = C
prev = """伊藤 誠 様

統合先：AWS50027763（m.ito@northwind.co.jp）
統合元：AWS88104412（makoto.ito@biglobe.ne.jp）

上記の内容でよろしければ、ご返信ください。"""
new = """伊藤 誠 様

たびたび失礼いたします。AWS トレーニングと認定 カスタマーサポートの岡田です。

先ほどお送りしたメールにおいて、統合先と統合元の記載が逆になっておりました。大変失礼いたしました。正しくは以下のとおりです。

　統合先（残るアカウント）：AWS88104412（makoto.ito@biglobe.ne.jp）
　統合元（閉鎖されるアカウント）：AWS50027763（m.ito@northwind.co.jp）

前回のメールにすでにご返信いただいている場合でも、お手数ですが、改めて上記の内容でよろしいかご確認のうえご返信をお願いいたします。なお、現時点ではまだ何も変更しておりません。""" + SIG_JA('岡田')
body_txt = new + '\n\n-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: ' + d1.astimezone(JST).strftime('%Y/%m/%d %H:%M') + '\n\n' + prev
add('tc-teisei-ito', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_ITO, date=d, case=C, sv=True, provider='biglobe',
    subject=form_subj(C), new=new, body=leaf(body_txt + FORM_FOOTER_JA, cte='quoted-printable'))

# ---- J-R6: console case, Shift_JIS ------------------------------------------------------
o = T('2025-07-07 00:33:15'); C = case15(o); d = T('2025-07-08 05:21:42'); C_KOBA = C; O_KOBA = o
new = f"""お問い合わせいただきありがとうございます。

認定アカウントの統合について、以下の内容で処理を行います。

統合元アカウント：AWS72209184
統合先アカウント：AWS15837260

統合元アカウントの資格情報は統合先アカウントに移行され、統合元アカウントは無効化されます。この処理は元に戻すことができません。

このメールアドレスは送信専用のため、ご返信いただけません。サポートセンターから本ケースにご返信いただき、統合へのご同意をお知らせください。
{support_center(C).replace('language=en', 'language=ja')}

よろしくお願いいたします。

Amazon Web Services
岡田"""
add('console-case-kobayashi', 'merge_confirmation_requested', 'ja', sender='aws_console', to=U_KOBAYASHI, date=d, case=C, sv=True,
    provider='ocn', subject=f'RE:[CASE {C}] 認定アカウントの統合について', subj_charset='iso-2022-jp', from_charset='iso-2022-jp', new=new,
    body=leaf(new, charset='shift_jis', cte='base64'))

# ---- J-R7: phishing look-alike domain (docomo) ----------------------------------------------
d = T('2025-12-18 10:02:33', JST)
new_txt = """渡辺 彩 様
AWS認定アカウント統合の最終確認
お客様の認定アカウント AWS61120459 と AWS23874415 の統合手続きが保留されています。
72時間以内に下記ボタンより統合内容を確認し、承認してください。期限を過ぎると、両アカウントの認定資格が無効となります。
統合内容を確認する"""
html = html_doc("""<div style="max-width:560px;margin:auto">
<p style="background:#232f3e;color:#fff;padding:10px"><b>aws</b> トレーニングと認定</p>
<p>渡辺 彩 様</p>
<h3>AWS認定アカウント統合の最終確認</h3>
<p>お客様の認定アカウント <b>AWS61120459</b> と <b>AWS23874415</b> の統合手続きが保留されています。</p>
<p>72時間以内に下記ボタンより統合内容を確認し、承認してください。期限を過ぎると、両アカウントの認定資格が無効となります。</p>
<p><a href="https://aws-certificate-jp.com/account/merge?id=AWS61120459" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none">統合内容を確認する</a></p>
<p style="font-size:11px;color:#777">&copy; 2025, Amazon Web Services, Inc. またはその関連会社。</p></div>""", 'ja')
add('aws-nintei-watanabe', 'merge_confirmation_requested', 'ja', frm=('AWS認定サポート', 'support@aws-certificate-jp.com'), to=U_WATANABE,
    date=d, case=None, sv=False, provider='docomo', ip='45.153.160.%d' % 22, host='mail.aws-certificate-jp.com',
    subject='【重要】AWS認定アカウント統合の最終確認（72時間以内）', new=new_txt, body=leaf(html, 'html', cte='base64'))

# ---- J-R8: base64 utf-8, long Japanese subject split over lines -----------------------------
o = T('2025-09-01 13:48:50'); C = case15(o); d = T('2025-09-02 08:03:14')
new = """加藤 翔 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定 カスタマーサポートの高橋です。

統合の内容は次のとおりです。

　・残すアカウント：AWS56630921（sho.kato@gmail.com）
　・統合して閉鎖するアカウント：AWS09174408（sho.kato@adatum.co.jp）

統合は一度実施すると取り消せない処理です。本メールへのご返信をもって、上記内容へのご同意とさせていただきますので、問題がないかご確認のうえご返信ください。""" + SIG_JA('高橋')
add('tc-kaitou-kato', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_KATO, date=d, case=C, sv=True,
    subject='RE: [CASE %s] AWS認定アカウント統合のご依頼につきまして（統合内容のご案内）' % C, new=new,
    body=leaf(new + FORM_FOOTER_JA, cte='base64'))
C_KATO = C

# ---- J-R9: lower-case ids, "確認させていただきたく" ------------------------------------------
o = T('2025-04-21 02:10:27'); C = case15(o); d = T('2025-04-22 00:55:19'); C_YOSHIDA = C
new = """吉田 恵 様

お問い合わせありがとうございます。カスタマーサポートの森と申します。

お送りいただいた情報をもとに確認したところ、aws 41120087（megumi.yoshida@gmail.com）と aws-90312276（m.yoshida@wingtip.jp）の2件のアカウントが見つかりました。ご希望どおり aws 41120087 を残し、aws-90312276 をこちらへ統合する形となります。

統合後は元に戻すことができないため、念のためお客様のご意思を確認させていただきたく、ご連絡いたしました。

ご返信をお待ちしております。""" + SIG_JA('森')
add('tc-case-yoshida', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_YOSHIDA, date=d, case=C, sv=True,
    subject=form_subj(C), new=new, body=leaf(new + FORM_FOOTER_JA, cte='quoted-printable'))

# ---- J-R10: three accounts ---------------------------------------------------------------
o = T('2025-06-23 11:20:14'); C = case15(o); d = T('2025-06-24 09:41:06'); C_MATSU = C
new = """松本 大輔 様

AWS トレーニングと認定 カスタマーサポートの田村でございます。

お客様名義のアカウントが3件確認できましたので、以下のとおり1件にまとめる形でご提案いたします。

　1. AWS38821507（daisuke.matsumoto@gmail.com）…… 存続
　2. AWS60019238（d.matsumoto@litware.co.jp）…… 1へ統合後、閉鎖
　3. AWS79930146（dmatsu.aws@gmail.com）…… 1へ統合後、閉鎖

2・3の認定資格および受験履歴は1へ移行されます。統合の取り消しはできません。

上記でよろしければ、その旨をご返信ください。""" + SIG_JA('田村')
add('tc-teian-matsumoto', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_MATSUMOTO, date=d, case=C, sv=True,
    subject=form_subj(C, 'RE: '), new=new, body=alt(leaf(new + FORM_FOOTER_JA, charset='iso-2022-jp', cte='7bit'),
                                                   leaf(html_doc('<p>' + new.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p>', 'ja'), 'html', cte='quoted-printable')),
    subj_charset='iso-2022-jp', from_charset='iso-2022-jp')

# ---- J-R11: bilingual ----------------------------------------------------------------------
o = T('2025-08-06 07:33:48'); C = case15(o); d = T('2025-08-07 02:14:29'); C_INOUE = C
new = """井上 リサ 様
(English follows Japanese)

お問い合わせいただきありがとうございます。

下記のとおり、2件の認定アカウントを統合いたします。
　統合先：AWS22905513（lisa.inoue@outlook.com）
　統合元：AWS47781630（lisa.inoue@fourthcoffee.com）
統合は取り消しできません。ご確認いただき、ご返信をお願いいたします。

--
Dear Lisa Inoue,

We will merge AWS47781630 into AWS22905513 as shown above. A merge cannot be undone. Please reply to confirm.

Amazon Web Services
トレーニングと認定 カスタマーサポート / Training and Certification Customer Support"""
add('tc-reply-inoue', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_INOUE, date=d, case=C, sv=True, provider='outlook',
    subject=form_subj(C), new=new, body=leaf(new + FORM_FOOTER_JA, cte='quoted-printable'))

# ---- J-R12: long Japanese thread, request on top ------------------------------------------
o = T('2025-07-10 12:05:33'); C = case15(o); d0 = T('2025-07-11 01:12:00'); d1 = T('2025-07-11 21:40:00', JST); d = T('2025-07-14 02:30:55'); C_SHIMIZU = C
new = """清水 拓也 様

ご連絡ありがとうございます。カスタマーサポートの森です。

いただいた情報で再度お調べしたところ、旧アカウントのIDは AWS62208841 であることが確認できました。

統合の内容は以下のとおりです。
　存続：AWS10457792（takuya.shimizu@gmail.com）
　統合・閉鎖：AWS62208841（t.shimizu@coho-winery.jp）

統合は取り消しができない処理となりますので、上記でお間違いないか、ご確認のうえご返信いただけますと幸いです。""" + SIG_JA('森')
quoted = '\n\n' + ja_hdr(d1, '清水 拓也', 'takuya.shimizu@gmail.com') + '\n' + q(
    """森様

ご連絡ありがとうございます。
旧アカウントは AWS6220884 だったと思います（桁が足りないかもしれません）。
会社のメールアドレスは t.shimizu@coho-winery.jp です。

清水

""" + ja_hdr(d0.astimezone(JST), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com') + '\n' + q(
        """清水 拓也 様

お問い合わせありがとうございます。
お手数ですが、統合したいもう一方のアカウントの登録メールアドレスをお知らせください。

> 認定アカウントを2つ持っています。AWS10457792 に統合してほしいです。"""))
add('tc-kaitou-shimizu', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_SHIMIZU, date=d, case=C, sv=True,
    subject=form_subj(C), new=new, body=leaf(new + quoted + FORM_FOOTER_JA, cte='quoted-printable'))

# ---- J-R13: labelled Shift_JIS, really CP932 (①②), no Authentication-Results ----------------
o = T('2025-11-25 04:12:09'); C = case15(o); d = T('2025-11-26 01:47:33'); C_MORITA = C
new = """森田 洋平 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの石井でございます。

ご依頼の件、下記のとおり整理いたしました。

①統合先（今後ご利用いただくアカウント）：AWS93310627
②統合元（統合後に閉鎖されるアカウント）：AWS05528174

②の認定資格・受験履歴・バウチャー等の特典は①へ引き継がれます。一度統合すると分離はできません。

上記①②の内容で差し支えなければ、ご返信にてご承認ください。""" + SIG_JA('石井')
add('tc-case-morita', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_MORITA, date=d, case=C, sv=None, provider='none', auth=None,
    subject=form_subj(C), new=new, body=leaf(new + FORM_FOOTER_JA, charset='shift_jis', codec='cp932', cte='base64', label='Shift_JIS'),
    extra=[('Received', 'from mail.kanda-tec.co.jp (mail.kanda-tec.co.jp [192.168.10.5])\n\tby mbox01.kanda-tec.co.jp (Postfix) with ESMTP id 4F1A23C0021\n\tfor <y-morita@kanda-tec.co.jp>; ' + format_datetime(d.astimezone(JST)))])

# ---- J-R14: ambiguous reply, asked again ------------------------------------------------------
d1 = T('2025-09-02 21:15:00', JST); d = T('2025-09-03 04:20:41')
new = """加藤 翔 様

ご返信ありがとうございます。

誠に恐れ入りますが、統合は取り消しのできない処理のため、お客様から明確なご同意をいただいてから作業を行っております。

　・残すアカウント：AWS56630921
　・統合して閉鎖するアカウント：AWS09174408

お手数ですが、「上記の内容で統合を承諾します」といった形で、改めてご返信いただけますと幸いです。""" + SIG_JA('高橋')
quoted = '\n\n' + ja_hdr(d1, '加藤 翔', 'sho.kato@gmail.com') + '\n' + q('高橋様\n\nたぶん大丈夫だと思います。会社のアカウントはもう使っていないので。\n\n加藤')
add('tc-saikakunin-kato', 'merge_confirmation_requested', 'ja', sender='aws_form', to=U_KATO, date=d, case=C_KATO, sv=True,
    subject='RE: [CASE %s] AWS認定アカウント統合のご依頼につきまして（統合内容のご案内）' % C_KATO, new=new,
    body=leaf(new + quoted + FORM_FOOTER_JA, charset='utf-8', cte='8bit'))

# ================= Japanese look-alikes ===============================================
# ---- JL1: consent recorded (Yamada) ------------------------------------------------------
d = T('2025-05-29 02:10:44'); dr = T('2025-05-28 21:03:00', JST)
new = """山田 太郎 様

ご返信いただき、ありがとうございます。カスタマーサポートの高橋です。

5月28日にいただいたご返信をもって、アカウント統合へのご同意を確認いたしました。ご同意の内容は本ケースに記録しております。

　記録内容：AWS77102945 を AWS20581734 へ統合（AWS20581734 が存続）

現在、担当部署にて作業を進めております。先にお伝えしたとおり、統合後は元に戻すことはできません。お客様にて追加でご対応いただくことはございませんので、完了のご連絡まで今しばらくお待ちください。""" + SIG_JA('高橋')
quoted = '\n\n' + ja_hdr(dr, '山田 太郎', 'taro.yamada@gmail.com') + '\n' + q(
    '高橋様\n\n内容に相違ありません。統合をお願いします。\n\n山田\n\n> 統合処理は取り消しができませんので、内容に相違がないかご確認のうえ、\n> 本メールへのご返信にてご承諾の旨をお知らせください。')
add('tc-kiroku-yamada', 'support_reply', 'ja', sender='aws_form', to=U_YAMADA, date=d, case=C_YAMADA, sv=True,
    subj_charset='iso-2022-jp', from_charset='iso-2022-jp', subject=form_subj(C_YAMADA), new=new,
    body=leaf(new + quoted + FORM_FOOTER_JA, charset='iso-2022-jp', cte='7bit'))

# ---- JL2: console case opened, with FAQ (Kobayashi) -------------------------------------------
d = O_KOBA + timedelta(seconds=12)
new = f"""新しいケースを作成しました。

Amazon Web Services をご利用いただきありがとうございます。お客様の問題に対応するため、ケース {C_KOBA} を作成しました。

ケース ID: {C_KOBA}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
問い合わせ内容: AWS72209184 と AWS15837260 の2つの認定アカウントを1つにまとめたい。

よくあるご質問
Q. 統合の前に確認の連絡はありますか？
A. はい。担当者が内容を確認し、どちらのアカウントを残すかについてお客様にご確認いただくためのご連絡を差し上げます。
Q. 統合を取り消すことはできますか？
A. いいえ。統合後にアカウントを元の状態に戻すことはできません。

このメールアドレスは返信を受け付けていません。ケースの確認・返信はサポートセンターから行ってください。
{support_center(C_KOBA).replace('language=en', 'language=ja')}

Amazon Web Services"""
add('console-newcase-kobayashi', 'case_created', 'ja', sender='aws_console', to=U_KOBAYASHI, date=d, case=C_KOBA, sv=True, provider='ocn',
    subject=f'Amazon Web Services: 新しいサポートケースが作成されました: {C_KOBA}', new=new, body=leaf(new, cte='quoted-printable'))

# ---- JL3: confirm the name spelling (Sato) ---------------------------------------------------
d = T('2025-08-06 05:02:10')
new = """佐藤 花子 様

「はい」とのご返信、ありがとうございます。カスタマーサポートの森です。

統合作業に先立ち、1点だけ確認させてください。氏名のローマ字表記が、AWS84402916 では「Hanako Sato」、AWS19930558 では「SATO HANAKO」となっております。統合後の証明書やデジタルバッジには、存続するアカウントの表記が使用されます。

統合後のアカウントに登録する表記を、本人確認書類と同じ形でお知らせいただけますでしょうか。""" + SIG_JA('森')
add('tc-shimei-sato', 'support_reply', 'ja', sender='aws_form', to=U_SATO, date=d, case=C_SATO, sv=True, provider='nifty',
    subject=form_subj(C_SATO, 'RE: '), new=new, body=leaf(new + FORM_FOOTER_JA, charset='iso-2022-jp', cte='7bit'),
    subj_charset='iso-2022-jp', from_charset='iso-2022-jp')

# ---- JL4: completion recapping the plan, ISO-2022-JP (Suzuki) ------------------------------------
d = T('2025-10-17 07:44:03')
new = """鈴木 健一 様

お世話になっております。カスタマーサポートの石井です。

ご承諾いただきました内容に基づき、AWS31907725 を AWS64410098 へ統合いたしました。統合元のアカウントは閉鎖されており、元に戻すことはできません。

CertMetrics に AWS64410098 でサインインいただき、すべての認定資格が表示されていることをご確認ください。Credly のバッジは数日以内に登録メールアドレス宛てに再発行されます。""" + SIG_JA('石井')
add('tc-kanryou-suzuki', 'merge_completed', 'ja', sender='aws_form', to=U_SUZUKI, date=d, case=C_SUZUKI, sv=True, provider='sakura',
    subject='Re: 【ご確認のお願い】認定アカウント統合内容（AWS31907725 → AWS64410098）[CASE %s]' % C_SUZUKI,
    subj_charset='iso-2022-jp', from_charset='iso-2022-jp', new=new,
    body=leaf(new + '\n\n' + ja_hdr(T('2025-10-16 08:12:00', JST), '鈴木 健一', 'kenichi.suzuki@hoshino-sys.co.jp') + '\n'
              + q('石井様\n\n内容を確認しました。問題ありませんので進めてください。\n\n鈴木\n\n'
                  + q('　統合元： AWS31907725（k.suzuki@old-domain.jp）\n　統合先： AWS64410098（kenichi.suzuki@hoshino-sys.co.jp）\n\n※統合後は元に戻すことができません。'))
              + FORM_FOOTER_JA, charset='iso-2022-jp', cte='7bit'))

# ---- JL5: closure + questionnaire, recap only (Nakamura) ------------------------------------------
d = T('2025-11-27 00:30:18')
new = f"""中村 美咲 様

お問い合わせ（ケースID：{C_NAKAMURA}、内容：aws-58820317 と AWS03391846 の統合）はクローズされました。

今後のサービス向上のため、アンケートへのご協力をお願いいたします。所要時間は1分程度です。

　アンケートに回答する：https://survey.aws.amazon.com/r/tc-ja?c={C_NAKAMURA}

本件について引き続きお困りの場合は、14日以内にこのメールへご返信いただくとケースを再開できます。

AWS トレーニングと認定"""
add('tc-anketo-nakamura', 'survey', 'ja', sender='aws_form', to=U_NAKAMURA, date=d, case=C_NAKAMURA, sv=True, provider='outlook',
    subject=f'ケース {C_NAKAMURA} はクローズされました：アンケートのお願い', new=new, body=leaf(new, cte='base64'))

# ---- JL6: chaser only (Ito) -------------------------------------------------------------------
d = T('2026-01-26 02:05:40')
new = """伊藤 誠 様

AWS トレーニングと認定 カスタマーサポートの岡田です。

1月20日にお送りしたメールについて、まだご返信をいただけていないようでしたので、念のためご連絡いたしました。

5営業日以内にご返信がない場合、本ケースはいったんクローズさせていただきます。クローズ後も、このメールにご返信いただければケースを再開できます。""" + SIG_JA('岡田')
quoted = """-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 2026/01/20 13:42

　統合先（残るアカウント）：AWS88104412（makoto.ito@biglobe.ne.jp）
　統合元（閉鎖されるアカウント）：AWS50027763（m.ito@northwind.co.jp）

前回のメールにすでにご返信いただいている場合でも、お手数ですが、改めて上記の内容でよろしいかご確認のうえご返信をお願いいたします。"""
add('tc-saisoku-ito', 'support_reply', 'ja', sender='aws_form', to=U_ITO, date=d, case=C_ITO, sv=True, provider='biglobe',
    subject=form_subj(C_ITO), new=new, body=leaf(new + '\n\n' + quoted + FORM_FOOTER_JA, cte='quoted-printable'))

# ---- JL7: colleague's out-of-office (Morita) - internal server, no Authentication-Results -------------
d = T('2025-11-26 14:05:12', JST)
new = """【自動応答】

お疲れさまです。藤井です。
申し訳ございませんが、12月1日（月）まで出張のため不在にしております。
期間中はメールの確認が遅れますので、お急ぎの場合は情報システム課（is-support@kanda-tec.co.jp）までご連絡ください。

神田テック株式会社　情報システム課
藤井 聡"""
add('jidou-outou-fujii', 'unrelated', 'ja', frm=('藤井 聡', 's-fujii@kanda-tec.co.jp'), to=U_MORITA, date=d, case=C_MORITA,
    sv=None, provider='none', auth=None, subject='自動応答: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_MORITA,
    new=new, body=leaf(new, charset='iso-2022-jp', cte='7bit'), subj_charset='iso-2022-jp', from_charset='iso-2022-jp',
    extra=[('Received', 'from EXCH02.kanda-tec.local (10.20.1.12) by EXCH01.kanda-tec.local\n (10.20.1.11) with Microsoft SMTP Server id 15.2.1544.4; ' + format_datetime(d)),
           ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# ---- JL8: conditional "once complete" (Matsumoto) ------------------------------------------------
d = T('2025-06-25 04:12:57')
new = """松本 大輔 様

ご返信ありがとうございます。カスタマーサポートの田村です。

いただいた内容で担当部署へ依頼いたしました。統合が完了しましたら、本メールアドレス宛てに改めてご連絡いたします。

また、統合完了後、AWS60019238 および AWS79930146 で取得された Credly のバッジは、数日以内に AWS38821507 の登録メールアドレス宛てに再発行される予定です。""" + SIG_JA('田村')
quoted = '\n\n' + ja_hdr(T('2025-06-24 22:05:00', JST), '松本 大輔', 'daisuke.matsumoto@gmail.com') + '\n' + q('田村様\n\n提案いただいた内容で問題ありません。よろしくお願いします。\n\n松本')
add('tc-irai-matsumoto', 'support_reply', 'ja', sender='aws_form', to=U_MATSUMOTO, date=d, case=C_MATSU, sv=True,
    subject=form_subj(C_MATSU, 'RE: '), new=new, body=leaf(new + quoted + FORM_FOOTER_JA, cte='base64'))

# ---- JL9: user forwards to a colleague (Kato) ------------------------------------------------
d = T('2025-09-02 19:48:22', JST)
new = """中島さん

お疲れさまです。加藤です。
AWSのサポートから、アカウント統合の内容確認のメールが届きました。
会社で取得した方（AWS09174408）を個人のアカウントにまとめる内容です。
会社負担で受けた試験の履歴やバウチャーの扱いに問題がないか、念のため確認してもらえますか。
問題なければこちらから返信します。

加藤"""
fwd = """---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年9月2日(火) 17:03
Subject: RE: [CASE %s] AWS認定アカウント統合のご依頼につきまして（統合内容のご案内）
To: 加藤 翔 <sho.kato@gmail.com>

加藤 翔 様

統合の内容は次のとおりです。

　・残すアカウント：AWS56630921（sho.kato@gmail.com）
　・統合して閉鎖するアカウント：AWS09174408（sho.kato@adatum.co.jp）

統合は一度実施すると取り消せない処理です。本メールへのご返信をもって、上記内容へのご同意とさせていただきますので、問題がないかご確認のうえご返信ください。""" % C_KATO
add('fwd-aws-kato', 'unrelated', 'ja', frm=U_KATO, to=('中島 由紀', 'yuki.nakajima@adatum.co.jp'), date=d, case=C_KATO, sv=False,
    provider='outlook', ip='209.85.218.47', host='mail-ej1-f47.google.com', dkim_d='gmail.com', mailfrom='sho.kato@gmail.com',
    subject='Fwd: RE: [CASE %s] AWS認定アカウント統合のご依頼につきまして（統合内容のご案内）' % C_KATO,
    new=new, body=alt(leaf(new + '\n\n' + fwd, cte='base64'),
                      leaf(html_doc('<div dir="ltr">' + new.replace('\n', '<br>') + '<br><br><div class="gmail_quote">' + fwd.replace('\n', '<br>') + '</div></div>', 'ja'), 'html', cte='quoted-printable')))

# ---- JL10: hand-over summary (Shimizu) -------------------------------------------------------
d = T('2025-07-17 06:25:11')
new = """清水 拓也 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの石井です。

担当の森が休暇に入りましたため、本ケースは私が引き継ぎました。念のため、これまでの経緯をまとめます。

　・ご依頼内容：AWS62208841 を AWS10457792 へ統合（AWS10457792 が存続）
　・ご同意：7月14日にご返信にて受領済み
　・現在の状況：担当部署にて処理中（通常2〜3営業日）

統合の取り消しはできない旨、森よりご案内済みのとおりです。進捗がありましたら、私からご連絡いたします。""" + SIG_JA('石井')
add('tc-hikitsugi-shimizu', 'support_reply', 'ja', sender='aws_form', to=U_SHIMIZU, date=d, case=C_SHIMIZU, sv=True,
    subject=form_subj(C_SHIMIZU), new=new, body=leaf(new + FORM_FOOTER_JA, cte='quoted-printable'))

# ---- JL11: closure that also says it is done + questionnaire (Yamada) --------------------------------
d = T('2025-05-30 08:51:27')
new = f"""山田 太郎 様

お待たせいたしました。カスタマーサポートの高橋です。

ご依頼のアカウント統合の作業が完了いたしましたので、本ケース（{C_YAMADA}）をクローズいたします。AWS77102945 の認定資格と受験履歴は AWS20581734 へ移行いたしました。

よろしければ、今回の対応についてアンケートにご協力ください。
　解決しましたか？　はい / いいえ
　https://survey.aws.amazon.com/r/tc-ja?c={C_YAMADA}""" + SIG_JA('高橋')
add('tc-close-yamada', 'merge_completed', 'ja', sender='aws_form', to=U_YAMADA, date=d, case=C_YAMADA, sv=True,
    subject=form_subj(C_YAMADA), new=new, body=leaf(new + FORM_FOOTER_JA, charset='iso-2022-jp', cte='7bit'),
    subj_charset='iso-2022-jp', from_charset='iso-2022-jp')

# ---- JL12: Pearson VUE booking confirmation in Japanese (Yoshida) ------------------------------------
d = T('2025-05-12 14:03:51', JST)
new = """吉田 恵 様

ピアソンVUEをご利用いただき、ありがとうございます。以下の予約内容をご確認ください。

試験名：AWS Certified Solutions Architect - Associate (SAA-C03) 日本語
受験者ID：AWS41120087
登録ID：512207331
日時：2025年6月7日（土）13:30
会場：テストセンター（東京都千代田区）

当日は、予約時の氏名と一致する有効な身分証明書を2点お持ちください。内容に誤りがある場合は、試験日の24時間前までにご連絡ください。

ピアソンVUE"""
add('pearsonvue-yoyaku-yoshida', 'unrelated', 'ja', frm=('ピアソンVUE', 'pearsonvuecustomerservice@pearson.com'), to=U_YOSHIDA, date=d,
    case=None, sv=False, subject='試験予約の確認：AWS Certified Solutions Architect - Associate', new=new,
    body=leaf(new, cte='quoted-printable'))

# ---- JL13: receipt requested to verify ownership (Inoue) ---------------------------------------------
d = T('2025-08-08 01:40:16')
new = """井上 リサ 様

ご返信ありがとうございます。カスタマーサポートの岡田です。

統合元の AWS47781630 は、ご登録のメールアドレス（lisa.inoue@fourthcoffee.com）が現在ご利用いただけない状態のため、アカウントの所有確認が必要となります。

お手数ですが、AWS47781630 で受験された際の受験料のお支払いを示す領収書（ピアソンVUE 発行のもの）の写しを、本メールへの返信に添付してお送りください。確認が取れ次第、作業を進めます。""" + SIG_JA('岡田')
add('tc-ryoushuusho-inoue', 'support_reply', 'ja', sender='aws_form', to=U_INOUE, date=d, case=C_INOUE, sv=True, provider='outlook',
    subject=form_subj(C_INOUE), new=new, body=leaf(new + FORM_FOOTER_JA, cte='quoted-printable'))

# ---- JL14: "new correspondence" notice, console case (Kobayashi) -------------------------------------
d = T('2025-07-08 05:21:50')
new = f"""ケース {C_KOBA} に新しい返信が追加されました。

返信の内容を確認し、必要に応じて回答するには、サポートセンターにサインインしてください。
{support_center(C_KOBA).replace('language=en', 'language=ja')}

このメールアドレスは送信専用です。ご返信いただいても対応いたしかねますのでご了承ください。

Amazon Web Services"""
add('console-henshin-kobayashi', 'support_reply', 'ja', sender='aws_console', to=U_KOBAYASHI, date=d, case=C_KOBA, sv=True, provider='ocn',
    subject=f'[Case {C_KOBA}] New correspondence added', new=new, body=leaf(new, charset='iso-2022-jp', cte='7bit'))

# ---- JL15: thank you for confirming, starting now (Kato) ---------------------------------------------
d = T('2025-09-04 00:38:12')
new = """加藤 翔 様

明確なご同意をいただき、ありがとうございます。カスタマーサポートの高橋です。

これより、AWS09174408 を AWS56630921 へ統合する作業を開始いたします。通常1〜2営業日ほどで完了いたしますので、今しばらくお待ちください。""" + SIG_JA('高橋')
quoted = '\n\n' + ja_hdr(T('2025-09-03 20:02:00', JST), '加藤 翔', 'sho.kato@gmail.com') + '\n' + q(
    '高橋様\n\n上記の内容で統合を承諾します。\n\n加藤\n\n> お手数ですが、「上記の内容で統合を承諾します」といった形で、\n> 改めてご返信いただけますと幸いです。')
add('tc-kaishi-kato', 'support_reply', 'ja', sender='aws_form', to=U_KATO, date=d, case=C_KATO, sv=True,
    subject='RE: [CASE %s] AWS認定アカウント統合のご依頼につきまして（統合内容のご案内）' % C_KATO, new=new,
    body=leaf(new + quoted + FORM_FOOTER_JA, cte='base64'))

# ---- JL16: Credly badge re-issued, Japanese (Yamada) ---------------------------------------------------
d = T('2025-06-02 03:14:40')
new = """山田さん、バッジが移行されました

AWS Certified Developer - Associate
発行元：Amazon Web Services Training and Certification

認定記録の更新に伴い、このバッジがお客様の Credly アカウント（taro.yamada@gmail.com）で受け取れるようになりました。バッジを受け入れて、プロフィールに表示しましょう。

バッジを受け入れる
https://www.credly.com/earner/earned/badge/a1c93e07-4f2b-4d8e-9c55-3b7e0f1d2a64

Credly, Inc. | 1250 Broadway, New York, NY 10001"""
html = html_doc("""<table width="600" align="center"><tr><td>
<h2>山田さん、バッジが移行されました</h2>
<p><b>AWS Certified Developer &ndash; Associate</b><br>発行元：Amazon Web Services Training and Certification</p>
<p>認定記録の更新に伴い、このバッジがお客様の Credly アカウント（taro.yamada@gmail.com）で受け取れるようになりました。バッジを受け入れて、プロフィールに表示しましょう。</p>
<p><a href="https://www.credly.com/earner/earned/badge/a1c93e07-4f2b-4d8e-9c55-3b7e0f1d2a64" style="background:#0068ff;color:#fff;padding:10px 20px;text-decoration:none">バッジを受け入れる</a></p>
<p style="font-size:11px">Credly, Inc. | 1250 Broadway, New York, NY 10001</p></td></tr></table>""", 'ja')
add('credly-badge-yamada', 'credly_badge_issued', 'ja', sender='credly', to=U_YAMADA, date=d, case=None, sv=True,
    subject='山田さん、AWS Certified Developer - Associate のバッジが移行されました', new=new,
    body=alt(leaf(new, cte='base64'), leaf(html, 'html', cte='quoted-printable')))

# === END MAILS ===


def write_all():
    order = list(range(len(MAILS)))
    rnd2 = random.Random(2124)
    rnd2.shuffle(order)
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for num, i in enumerate(order, 1):
        m = MAILS[i]
        fn = '%03d-%s.eml' % (num, m['slug'])
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(m['data'])
        labels[fn] = m['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print('wrote', len(MAILS))


if __name__ == '__main__':
    write_all()
