#!/usr/bin/env python3
"""Generate blind set-109: the beginning of AWS Certification account-merge cases."""
import base64, io, json, os, quopri, random, uuid, hashlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(109)
UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
BST = timezone(timedelta(hours=1))

LABELS = {}
FILES = []


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(dt):
    """15-digit case id: first 10 digits are the opening Unix time."""
    return '%d%05d' % (int(dt.timestamp()), R.randint(0, 99999))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    s = base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()
    return s


def ses_mid(dt, host='email.amazonses.com'):
    ms = int(dt.timestamp() * 1000)
    u = uuid.UUID(int=R.getrandbits(128), version=4)
    return '<0100%012x-%s-000000@%s>' % (ms, u, host)


def rfc(dt):
    return format_datetime(dt)


def local_tz_for(provider, dt):
    if provider in ('gmail',):
        # Google stamps Received in Pacific time
        return PDT if 3 <= dt.month <= 10 else PST
    if provider in ('nifty', 'sonet', 'ocn', 'biglobe'):
        return JST
    return None  # Outlook/O365 use +0000


def fold(*lines):
    return '\n\t'.join(lines)


def fold8(*lines):
    return '\n        '.join(lines)


def dkim(domain, selector, dt, h='From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    return fold('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;',
                's=%s; d=%s; t=%d;' % (selector, domain, int(dt.timestamp())),
                'h=%s;' % h,
                'bh=%s;' % rb64(32),
                'b=%s' % rb64(96)[:76],
                rb64(96)[:76],
                rb64(96)[:76] + '=')


AMZ_SEL = 'szqgv33erturdv5cvz4vtb5qcy4a2n5s'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_SEL_US_WEST = 'hsbnp7p3ensaochzwyq5wwmceodymuwv'


def ses_ip():
    return R.choice(['54.240.8.%d', '54.240.9.%d', '54.240.48.%d', '54.240.11.%d']) % R.randint(2, 250)


def trace(provider, dt, rcpt, mailfrom, from_domain, ip=None, helo=None,
          dkim_domains=(('pass', None),), spf='pass', dmarc='pass', dmarc_policy='QUARANTINE',
          compauth=None, extra_top=(), ar=True, arc=False):
    """Return a list of (name, value) trace headers as a receiving provider adds them.

    dkim_domains: sequence of (result, domain); domain None -> from_domain.
    """
    hdrs = []
    ip = ip or ses_ip()
    helo = helo or ('a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4]))
    mf_dom = mailfrom.split('@')[-1]
    ltz = local_tz_for(provider, dt)
    rdt = dt + timedelta(seconds=R.randint(1, 4))
    if provider == 'gmail':
        loc = rdt.astimezone(ltz)
        gid = rhex(2) + rhex(4) + '.' + str(R.randint(10, 99))
        hdrs.append(('Delivered-To', rcpt))
        hdrs.append(('Received', fold8('by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;' % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(6)),
                                        '%s' % rfc(loc).replace('-0000', '-0700') + (' (PDT)' if ltz is PDT else ' (PST)'))))
        hdrs.append(('X-Google-Smtp-Source', rb64(60)[:80]))
        hdrs.append(('X-Received', fold8('by 2002:a17:90b:%s:b0:%s:%s with SMTP id %s;' % (rhex(4), rhex(3), rhex(3), rhex(12)),
                                          rfc(loc) + (' (PDT)' if ltz is PDT else ' (PST)'))))
        hdrs.append(('ARC-Seal', fold8('i=1; a=rsa-sha256; t=%d; cv=none;' % int(rdt.timestamp()),
                                        'd=google.com; s=arc-20240605;', 'b=' + rb64(90)[:72])))
        hdrs.append(('ARC-Message-Signature', fold8('i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;',
                                                     'h=feedback-id:mime-version:subject:message-id:to:from:date:dkim-signature;',
                                                     'bh=%s;' % rb64(32), 'b=' + rb64(90)[:72])))
        parts = []
        for res, d in dkim_domains:
            d = d or from_domain
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, 'selector1' if 'amazon' not in d else (AMZ_SEL if d == 'amazon.com' else SES_SEL), rb64(6)[:8]))
        spf_txt = ('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom)
                   if spf == 'pass' else
                   'spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom))
        if dmarc == 'pass':
            dm = 'dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (dmarc_policy, dmarc_policy, from_domain)
        elif dmarc == 'none':
            dm = None
        else:
            dm = 'dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, dmarc_policy, dmarc_policy, 'QUARANTINE' if dmarc_policy != 'NONE' else 'NONE', from_domain)
        arlines = ['mx.google.com;'] + [p + ';' for p in parts] + [spf_txt + (';' if dm else '')] + ([dm] if dm else [])
        hdrs.append(('ARC-Authentication-Results', fold8('i=1; ' + arlines[0], *arlines[1:])))
        if ar:
            hdrs.append(('Return-Path', '<%s>' % mailfrom))
            hdrs.append(('Received', fold8('from %s (%s. [%s])' % (helo, helo, ip),
                                            'by mx.google.com with ESMTPS id %s.%d.%s.%s' % (rhex(6), R.randint(10, 99), rhex(4), rhex(6)),
                                            'for <%s>' % rcpt,
                                            '(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);',
                                            rfc(loc) + (' (PDT)' if ltz is PDT else ' (PST)'))))
            hdrs.append(('Received-SPF', '%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (spf, mailfrom, ip, ip)))
            hdrs.append(('Authentication-Results', fold8(*arlines)))
        else:
            hdrs = [h for h in hdrs if not h[0].startswith('ARC')]
            hdrs.append(('Return-Path', '<%s>' % mailfrom))
            hdrs.append(('Received', fold8('from %s (%s. [%s])' % (helo, helo, ip),
                                            'by mx.google.com with ESMTPS id %s' % rhex(10), 'for <%s>;' % rcpt,
                                            rfc(loc) + (' (PDT)' if ltz is PDT else ' (PST)'))))
    elif provider in ('outlook', 'o365'):
        tenant = 'outlook.com' if provider == 'outlook' else 'prod.outlook.com'
        srv = R.choice(['PH0PR11MB', 'SA1PR19MB', 'DM6PR04MB', 'AM9PR09MB', 'DB9PR02MB', 'TYCPR01MB', 'OS3PR01MB'])
        n = R.randint(1000, 9999)
        edge = R.choice(['CO1PEPF', 'SN1PEPF', 'BN2PEPF', 'DS2PEPF', 'AMS0EPF', 'TY2PEPF'])
        hdrs.append(('Received', fold('from %s%d.namprd11.%s (2603:10b6:510:%s::%s) by' % (srv, n, tenant, rhex(3), rhex(2)),
                                      ' %s%d.namprd11.%s with HTTPS; %s' % (srv, n + 7, tenant, rfc(rdt.astimezone(UTC)).replace('-0000', '+0000')))))
        hdrs.append(('Received', fold('from %s0000%s.namprd05.%s (2603:10b6:408:%s::%s) by' % (edge, rhex(5).upper(), tenant, rhex(3), rhex(1)),
                                      ' %s%d.namprd11.%s (2603:10b6:510:%s::%s) with Microsoft SMTP' % (srv, n, tenant, rhex(3), rhex(2)),
                                      ' Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id',
                                      ' 15.20.%d.%d; %s' % (R.randint(8000, 9400), R.randint(10, 40), rfc(rdt.astimezone(UTC)).replace('-0000', '+0000')))))
        if ar:
            parts = []
            spf_t = 'spf=%s (sender IP is %s) smtp.mailfrom=%s;' % (spf, ip, mf_dom) if spf == 'pass' else \
                'spf=%s (sender IP is %s) smtp.mailfrom=%s;' % (spf, ip, mf_dom)
            dk = ' '.join('dkim=%s (%s) header.d=%s;' % (res, 'signature was verified' if res == 'pass' else 'signature did not verify', d or from_domain)
                          for res, d in dkim_domains[:1])
            if not dkim_domains:
                dk = 'dkim=none (message not signed) header.d=none;'
            act = 'none' if dmarc == 'pass' else ('quarantine' if dmarc_policy != 'NONE' else 'none')
            ca = compauth or ('pass reason=100' if dmarc == 'pass' else 'fail reason=000')
            hdrs.append(('Authentication-Results', fold(spf_t, ' ' + dk + 'dmarc=%s action=%s' % (dmarc, act), ' header.from=%s;compauth=%s' % (from_domain, ca))))
            hdrs.append(('Received-SPF', fold('%s (protection.outlook.com: domain of %s designates %s as permitted sender)' % (spf.capitalize(), mf_dom, ip),
                                              ' receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (ip, helo))))
        hdrs.append(('Received', fold('from %s (%s) by' % (helo, ip),
                                      ' %s0000%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP' % (edge, rhex(5).upper(), R.randint(1, 250), R.randint(1, 250)),
                                      ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via' % (R.randint(8000, 9400), R.randint(10, 40)),
                                      ' Frontend Transport; %s' % rfc(dt.astimezone(UTC)).replace('-0000', '+0000'))))
    else:
        # Japanese ISPs
        authserv = {'nifty': 'mfilter-vm%03d.nifty.com' % R.randint(10, 120),
                    'sonet': 'mx-in%02d.so-net.ne.jp' % R.randint(1, 20),
                    'ocn': 'mwbdsmt%02d.ocn.ad.jp' % R.randint(1, 12),
                    'biglobe': 'mail-inbound%02d.biglobe.ne.jp' % R.randint(1, 30)}[provider]
        mx = {'nifty': 'mx.nifty.com', 'sonet': 'smtp-in.so-net.ne.jp', 'ocn': 'mf-smf-ucb0%d.ocn.ad.jp' % R.randint(1, 9),
              'biglobe': 'mx.biglobe.ne.jp'}[provider]
        loc = rdt.astimezone(JST)
        hdrs.append(('Return-Path', '<%s>' % mailfrom))
        hdrs.append(('Received', fold('from %s (%s [%s])' % (helo, helo, ip),
                                      'by %s with ESMTPS id %s' % (mx, rhex(10).upper()),
                                      'for <%s>; %s' % (rcpt, rfc(loc)))))
        if ar:
            dk = ';\n\t'.join('dkim=%s header.d=%s header.s=%s' % (res, d or from_domain, AMZ_SEL if (d or from_domain) == 'amazon.com' else (SES_SEL if (d or from_domain) == 'amazonses.com' else 'sel1')) for res, d in dkim_domains) \
                if dkim_domains else 'dkim=none'
            hdrs.insert(0, ('Authentication-Results', fold('%s;' % authserv,
                                                           'spf=%s smtp.mailfrom=%s;' % (spf, mailfrom),
                                                           dk + ';',
                                                           'dmarc=%s header.from=%s' % (dmarc, from_domain))))
            hdrs.insert(0, ('X-Received', 'from %s by %s with LMTP; %s' % (mx, authserv, rfc(loc + timedelta(seconds=1)))))
    return list(extra_top) + hdrs


def _cte_encode(raw, cte):
    if cte == 'base64':
        return base64.encodebytes(raw).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    return raw.decode('ascii', 'surrogateescape')


def part(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None, codec=None, fmt_flowed=False):
    """Build one text part. codec: python codec to encode with (default cs); label: declared charset."""
    codec = codec or cs
    raw = text.replace('\n', '\r\n' if cte == 'base64' else '\n').encode(codec)
    p = MIMENonMultipart('text', sub)
    del p['MIME-Version']
    p.set_param('charset', label or cs)
    if fmt_flowed:
        p.set_param('format', 'flowed')
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(_cte_encode(raw, cte))
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart('mixed', boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def attachment(data, ctype, filename):
    maintype, sub = ctype.split('/')
    p = MIMENonMultipart(maintype, sub, name=filename)
    del p['MIME-Version']
    p['Content-Disposition'] = 'attachment; filename="%s"' % filename
    p['Content-Transfer-Encoding'] = 'base64'
    p.set_payload(base64.encodebytes(data).decode())
    return p


def subj_ew(text, cs='utf-8', maxlen=76):
    return Header(text, cs, header_name='Subject', maxlinelen=maxlen).encode()


def name_ew(name, addr, cs='utf-8'):
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), addr)


def emit(fname, body, top, headers, kind, case_id, accounts, verified, lang):
    """Write a mail: top = trace headers, headers = message headers (From, To, ...)."""
    assert fname not in LABELS, fname
    body._headers = [h for h in body._headers if h[0].lower() in ('content-type', 'content-transfer-encoding')]
    mime = [(k, v) for k, v in body._headers]
    body._headers = list(top) + list(headers) + [('MIME-Version', '1.0')] + mime
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.compat32.clone(linesep='\n', max_line_length=0), mangle_from_=False).flatten(body)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(buf.getvalue())
    accs = sorted(set(accounts))
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': accs,
                     'sender_verified': verified, 'language': lang}
    FILES.append(fname)


# common senders
FORM = ('"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', 'amazon.com')
CONSOLE = ('"Amazon Web Services" <no-reply-aws@amazon.com>', 'amazon.com')


def ses_mailfrom(dt):
    return '0100%012x-%s-000000@amazonses.com' % (int(dt.timestamp() * 1000), uuid.UUID(int=R.getrandbits(128), version=4))


def aws_top(provider, dt, rcpt, dkim_res='pass', dmarc='pass', ar=True):
    mf = ses_mailfrom(dt)
    return trace(provider, dt, rcpt, mf, 'amazon.com', dkim_domains=((dkim_res, 'amazon.com'), ('pass', 'amazonses.com')),
                 dmarc=dmarc, ar=ar) + [('DKIM-Signature', dkim('amazon.com', AMZ_SEL, dt)),
                                        ('DKIM-Signature', dkim('amazonses.com', SES_SEL, dt, h='From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID'))]


MIDS = []


def aws_hdrs(frm, to, subject, dt, extra=()):
    MIDS.append(ses_mid(dt))
    return [('From', frm), ('To', to), ('Subject', subject), ('Date', rfc(dt).replace('-0000', '+0000')),
            ('Message-ID', MIDS[-1])] + list(extra) + [
        ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(30)[:40]),
        ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ses_ip()))]


# ====================================================================== MAILS
# ---------------------------------------------------------------- Kenji (gmail), form case
KEN = 'kenji.watanabe.dev@gmail.com'
KEN_TO = 'kenji.watanabe.dev@gmail.com'
K_OPEN = T(2025, 5, 27, 23, 2, 14)
K_CASE = cid15(K_OPEN)
K_KEEP, K_OLD = 'AWS04417286', 'AWS11830954'

dt = K_OPEN + timedelta(seconds=41)
body = part('''Hello,

Thank you for contacting AWS Training and Certification Customer Support.
This automated message confirms that we received your request and opened
case %s for it.

A member of our team will review your inquiry and respond, in most cases
within 24 hours. Please do not submit another request for the same issue, as
duplicate requests can delay our response. To add information, reply to this
email and keep the case number in the subject line.

For your records, a copy of your submission is included below.

------------------------------------------------------------
Inquiry type:      AWS Training and Certification
Category:          Certification
Detail:            Account Merge
First name:        Kenji
Last name:         Watanabe
Email:             %s
AWS candidate ID:  %s
Description:
Hi, I ended up with two certification profiles because I took my first
exam with my previous employer's email address. The old one is %s
(Cloud Practitioner, 2022). Could you please combine it with %s, which
has my Solutions Architect Associate? Thanks!
------------------------------------------------------------

Sincerely,
AWS Training and Certification Customer Support
''' % (K_CASE, KEN, K_KEEP, K_OLD, K_KEEP), cs='utf-8', cte='quoted-printable')
emit('001-training-form-receipt.eml', body, aws_top('gmail', dt, KEN),
     aws_hdrs(FORM[0], KEN_TO, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_CASE, dt),
     'case_created', K_CASE, [K_KEEP, K_OLD], True, 'en')
K_ACK_MID = MIDS[-1]

# 002: the user's own copy of what he sent to the form desk (Gmail "Sent" copy, no AR)
dt = T(2025, 5, 28, 8, 5, 51, JST)
body = part('''Hello,

Adding to the form I submitted a few minutes ago, in case it helps: the two
candidate IDs are aws-11830954 (old, registered with kenji.watanabe@tsubame-soft.co.jp,
which I can no longer access) and AWS 04417286 (current, this Gmail address).

I'd like to keep the second one. Please let me know if you need anything else.

Best regards,
Kenji Watanabe
''', cs='utf-8', cte='7bit', label='UTF-8', fmt_flowed=False)
top = [('Received', fold8('from [192.168.10.23] (p3021104-ipxg00s01tokaisakaetozai.aichi.ocn.ne.jp. [153.201.88.104])',
                          'by smtp.gmail.com with ESMTPSA id 41be03b00d2f7-b2f1e3a9c11sm8841203a12.44',
                          '(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);',
                          'Tue, 27 May 2025 16:05:51 -0700 (PDT)')),
       ('DKIM-Signature', dkim('gmail.com', '20230601', dt, h='to:subject:from:content-language:user-agent:mime-version:date:message-id'))]
hdrs = [('Message-ID', '<6f1c2e7a-3b84-4d0e-9a51-%s@gmail.com>' % rhex(12)),
        ('Date', rfc(dt)),
        ('MIME-Version', None),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'en-US'),
        ('To', 'aws-cs-trainingcertification-form@amazon.com'),
        ('Cc', KEN),
        ('In-Reply-To', K_ACK_MID),
        ('References', K_ACK_MID),
        ('From', 'Kenji Watanabe <%s>' % KEN),
        ('Subject', 'Re: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_CASE)]
hdrs = [h for h in hdrs if h[1] is not None]
emit('002-my-followup-to-form-desk.eml', body, top, hdrs, 'unrelated', K_CASE, [K_KEEP, K_OLD], None, 'en')

# 003: first agent reply, asks which to keep + login mails
dt = T(2025, 5, 28, 21, 47, 9)
txt = '''Hello Kenji,

Thank you for reaching out to AWS Training and Certification.

My name is Shreya and I will be assisting you with this case. I understand you
would like your two certification profiles brought together into one.

Before I can pass this to our certification team I need a few details, so that
we are sure both profiles belong to you:

1. The email address used to sign in to each profile (for the old profile,
   the address it was registered with is enough).
2. The full name exactly as it appears on each profile.
3. Which profile you would like to retain going forward. Please note that the
   retained profile keeps its candidate ID and login; the other ID will no
   longer be usable once the request is processed.

You can simply reply to this email with the information above.

We value your feedback. Please share your experience by rating this correspondence
using the link below.

Best regards,
Shreya P.
AWS Training and Certification Customer Support

Case ID: %s
''' % K_CASE
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Kenji,</p>
<p>Thank you for reaching out to AWS Training and Certification.</p>
<p>My name is Shreya and I will be assisting you with this case. I understand you would like your two certification profiles brought together into one.</p>
<p>Before I can pass this to our certification team I need a few details, so that we are sure both profiles belong to you:</p>
<ol><li>The email address used to sign in to each profile (for the old profile, the address it was registered with is enough).</li>
<li>The full name exactly as it appears on each profile.</li>
<li>Which profile you would like to retain going forward. Please note that the retained profile keeps its candidate ID and login; the other ID will no longer be usable once the request is processed.</li></ol>
<p>You can simply reply to this email with the information above.</p>
<p>We value your feedback. Please share your experience by rating this correspondence using the link below.</p>
<p><a href="https://aws.amazon.com/contact-us/feedback/?caseId=%s&amp;lang=en">Rate this correspondence</a></p>
<p>Best regards,<br>Shreya P.<br>AWS Training and Certification Customer Support</p>
<p style="color:#777">Case ID: %s</p>
</body></html>''' % (K_CASE, K_CASE)
body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
emit('003-re-case-details-needed.eml', body, aws_top('gmail', dt, KEN),
     aws_hdrs(FORM[0], KEN_TO, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_CASE, dt),
     'support_reply', K_CASE, [], True, 'en')

# 004: confirmation request (after the user's details)
dt = T(2025, 5, 29, 18, 12, 40)
txt = '''Hello Kenji,

Thank you for the details. Before we go ahead, please review the following
carefully:

  Profile that will remain:          %s  (%s)
  Profile that will be folded in:    %s  (kenji.watanabe@tsubame-soft.co.jp)

All certifications, exam history and benefits from %s will be moved under
%s, and %s will then be deactivated. This action is permanent and
cannot be reversed afterwards.

If everything above is correct, please reply to this email stating that you
agree, and we will start processing. If anything should be different (for
example, you prefer to keep the other ID), let us know instead.

Best regards,
Shreya P.
AWS Training and Certification Customer Support

> On Wed, May 28, 2025 at 11:19 PM Kenji Watanabe <%s> wrote:
> Hi Shreya,
> Old login: kenji.watanabe@tsubame-soft.co.jp, name "Kenji Watanabe".
> New login: this address, same name. Please keep %s.
> Thanks,
> Kenji
''' % (K_KEEP, KEN, K_OLD, K_OLD, K_KEEP, K_OLD, KEN, K_KEEP)
body = part(txt, cte='base64')
emit('004-re-case-please-review.eml', body, aws_top('gmail', dt, KEN),
     aws_hdrs(FORM[0], KEN_TO, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_CASE, dt),
     'merge_confirmation_requested', K_CASE, [K_KEEP, K_OLD], True, 'en')

# 005: look-alike phishing, not about the merge
dt = T(2025, 6, 2, 4, 33, 18)
html = '''<html><body style="font-family:Helvetica,Arial">
<div style="background:#232f3e;padding:12px"><img src="https://aws-verify-center.com/img/aws_logo.png" alt="aws"></div>
<p>Dear Customer,</p>
<p>We detected unusual sign-in activity on your AWS account and have temporarily
restricted access to your services. To avoid permanent suspension, verify your
billing information within 24 hours.</p>
<p style="text-align:center"><a href="https://aws-verify-center.com/signin?ref=%s" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify account</a></p>
<p>Reference: SEC-%d</p>
<p>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>''' % (rhex(16), R.randint(100000, 999999))
body = part(html, 'html', cs='utf-8', cte='base64')
mf = 'bounce@mail.aws-verify-center.com'
top = trace('gmail', dt, KEN, mf, 'aws-verify-center.com', ip='185.234.72.%d' % R.randint(2, 250), helo='mail.aws-verify-center.com',
            dkim_domains=(('pass', 'aws-verify-center.com'),), spf='pass', dmarc='pass', dmarc_policy='NONE')
top.append(('DKIM-Signature', dkim('aws-verify-center.com', 'default', dt)))
hdrs = [('From', '"AWS Security" <security-alert@aws-verify-center.com>'), ('To', KEN),
        ('Subject', 'Action required: your AWS account access is restricted'), ('Date', rfc(dt)),
        ('Message-ID', '<%s@aws-verify-center.com>' % rhex(24))]
emit('005-account-access-restricted.eml', body, top, hdrs, 'unrelated', None, [], False, 'en')

# ---------------------------------------------------------------- Laura (outlook.com), form case + duplicate
LAU = 'laura.mendes@outlook.com'
L1_OPEN = T(2025, 9, 3, 14, 21, 55)
L1 = cid15(L1_OPEN)
L2_OPEN = T(2025, 9, 4, 18, 10, 3)
L2 = cid15(L2_OPEN)
L_KEEP, L_OLD = 'AWS30918475', 'AWS27764102'
WEST = timezone(timedelta(hours=1))

# 006: acknowledgement, HTML only, promises 24h
dt = L1_OPEN + timedelta(seconds=28)
html = '''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="AWS"></td></tr>
<tr><td style="background:#ffffff;padding:24px">
<p>Hello Laura,</p>
<p>We&#8217;ve got it &#8212; your message to AWS Training and Certification has reached us and is now in our queue under reference <strong>%s</strong>.</p>
<p>What happens next: one of our specialists will look at your request and get back to you by email. We aim to reply within one business day (24 hours), though it can take a little longer during busy periods.</p>
<p>While you wait, there is no need to send the form again. If you want to add something, reply to this message and keep the reference in the subject line so it is attached to the same request.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></body></html>''' % L1
body = part(html, 'html', cte='quoted-printable')
emit('006-tc-request-in-queue.eml', body, aws_top('outlook', dt, LAU),
     aws_hdrs(FORM[0], LAU, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % L1, dt),
     'case_created', L1, [], True, 'en')

# 007: acknowledgement of the duplicate submission; plain and HTML differ (copy only in HTML)
dt = L2_OPEN + timedelta(seconds=35)
txt = '''Hello,

We have received your request. Your case number is %s.

An agent will respond by email. Please reply to this message if you need to
add information.

AWS Training and Certification Customer Support
''' % L2
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. Your request has been logged as case <b>%s</b> and an agent will respond by email, typically within 24 hours.</p>
<p><i>Note:</i> if you have already contacted us about this matter, you do not need to open a new request. Submitting the same request more than once may slow down our reply.</p>
<hr>
<p style="font-size:12px;color:#555">Your submission</p>
<table style="font-size:12px;color:#333" cellpadding="3">
<tr><td>Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td>Category</td><td>Certification</td></tr>
<tr><td>Detail</td><td>Account Merge</td></tr>
<tr><td>Name</td><td>Laura Mendes</td></tr>
<tr><td>Email</td><td>%s</td></tr>
<tr><td>AWS candidate ID</td><td>%s</td></tr>
<tr><td>Description</td><td>Sent this yesterday and haven&#39;t heard anything, so trying again. I have two certification accounts, %s (created 2021 with my university email) and %s. I want everything under the second one.</td></tr>
</table>
<hr>
<p>AWS Training and Certification Customer Support</p>
</body></html>''' % (L2, LAU, L_KEEP, L_OLD.lower(), L_KEEP)
body = alt(part(txt, cte='7bit', cs='us-ascii'), part(html, 'html', cte='quoted-printable'))
emit('007-tc-request-logged-again.eml', body, aws_top('outlook', dt, LAU),
     aws_hdrs(FORM[0], LAU, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % L2, dt),
     'case_created', L2, [L_KEEP, L_OLD], True, 'en')

# 008: agent notes the duplicate, continues in the first case
dt = T(2025, 9, 5, 9, 2, 47)
txt = '''Hello Laura,

Thank you for your patience, and I am sorry that our first reply took longer
than usual.

I can see that this request covers the same matter as case %s, which you
submitted on September 3. To make sure nothing gets lost between two threads,
we will handle everything in case %s and set this one aside, so you do not
need to do anything with this message.

A colleague will write to you in the other case shortly.

Best regards,
Tomasz
AWS Training and Certification Customer Support
''' % (L1, L1)
body = part(txt, cte='quoted-printable')
emit('008-re-case-same-request.eml', body, aws_top('outlook', dt, LAU),
     aws_hdrs(FORM[0], LAU, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % L2, dt),
     'support_reply', L2, [], True, 'en')

# 009: closure + rating of the duplicate case (no merge)
dt = T(2025, 9, 5, 9, 4, 12)
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Case <b>%s</b> has been marked as resolved. If you still need help with this request, reply to this email within 14 days and the case will be reopened automatically.</p>
<p><b>How did we do?</b> Your opinion helps us improve.</p>
<table cellpadding="6"><tr>
<td><a href="https://aws.qualtrics.com/jfe/form/SV_6rQ2bX9mHk4T1wG?caseId=%s&amp;r=5" style="text-decoration:none">&#128512; Very satisfied</a></td>
<td><a href="https://aws.qualtrics.com/jfe/form/SV_6rQ2bX9mHk4T1wG?caseId=%s&amp;r=3" style="text-decoration:none">&#128528; Neutral</a></td>
<td><a href="https://aws.qualtrics.com/jfe/form/SV_6rQ2bX9mHk4T1wG?caseId=%s&amp;r=1" style="text-decoration:none">&#128542; Dissatisfied</a></td>
</tr></table>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</body></html>''' % (L2, L2, L2, L2)
txt = '''Hello,

Case %s has been marked as resolved. If you still need help with this
request, reply to this email within 14 days and the case will be reopened
automatically.

How did we do? Your opinion helps us improve:
https://aws.qualtrics.com/jfe/form/SV_6rQ2bX9mHk4T1wG?caseId=%s

Thank you,
AWS Training and Certification Customer Support
''' % (L2, L2)
body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='base64'))
emit('009-case-marked-resolved.eml', body, aws_top('outlook', dt, LAU),
     aws_hdrs(FORM[0], LAU, 'Your case %s has been resolved' % L2, dt),
     'survey', L2, [], True, 'en')

# 010: first agent reply on the original case, asks for details; Outlook-style quote of the submission
dt = T(2025, 9, 5, 16, 38, 30)
txt = '''Hello Laura,

Thank you for contacting AWS Training and Certification, and apologies for the
wait.

To look into the two certification profiles you mentioned, could you please
send us:

- the email address you used to sign in to the older profile (the one you
  created with your university address), and
- the notification email address currently set on each profile, if different
  from the sign-in address.

Once I have these I will verify both profiles and come back to you with the
next steps.

Best regards,
Amara O.
AWS Training and Certification Customer Support

________________________________
From: Laura Mendes <%s>
Sent: Wednesday, September 3, 2025 3:21 PM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: %s
Description: I have two certification accounts and would like them merged.
The other one is %s.
''' % (LAU, L_KEEP, L_OLD)
body = part(txt, cte='quoted-printable')
emit('010-re-case-more-info.eml', body, aws_top('outlook', dt, LAU),
     aws_hdrs(FORM[0], LAU, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % L1, dt),
     'support_reply', L1, [], True, 'en')

# 011: confirmation request, ids written with a space / lower case
dt = T(2025, 9, 8, 13, 5, 2)
txt = '''Hi Laura,

Thanks for sending those details over. I was able to find both profiles and
confirm they are yours.

Here is what we would do:

    Keep:        AWS 30918475  (%s)
    Merge into it:  aws27764102  (l.mendes@alunos.uc.pt)

Everything on the second profile (certifications, exam records, any unused
benefits) would be moved to the first, and the second profile would be closed.
Please be aware that once this is done we are not able to split the profiles
again.

Could you reply to confirm that this is correct? We will not make any change
until we hear back from you.

Best regards,
Amara O.
AWS Training and Certification Customer Support

________________________________
From: Laura Mendes <%s>
Sent: Friday, September 5, 2025 7:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Amara, the old login is l.mendes@alunos.uc.pt. Notifications go to the same
address on both. Thanks!
''' % (LAU, LAU, L1)
body = part(txt, cte='quoted-printable')
emit('011-re-case-check-before-we-proceed.eml', body, aws_top('outlook', dt, LAU),
     aws_hdrs(FORM[0], LAU, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % L1, dt),
     'merge_confirmation_requested', L1, [L_KEEP, L_OLD], True, 'en')

# 012: thank you for confirming, we will now proceed (nested quotes)
dt = T(2025, 9, 8, 20, 44, 19)
txt = '''Hi Laura,

Thank you for confirming. I have passed your request to our certification team
and they will now carry out the change. This normally takes 3 to 5 business
days; I will write to you again as soon as it has gone through.

Best regards,
Amara O.
AWS Training and Certification Customer Support

> On Mon, Sep 8, 2025 at 3:31 PM Laura Mendes <%s> wrote:
> The details are correct. Please proceed with the merge.
> Laura
>
> > On Mon, Sep 8, 2025 at 2:05 PM Amazon Web Services wrote:
> > Here is what we would do:
> >     Keep:        AWS 30918475  (%s)
> >     Merge into it:  aws27764102  (l.mendes@alunos.uc.pt)
> > Please be aware that once this is done we are not able to split the
> > profiles again. Could you reply to confirm that this is correct?
''' % (LAU, LAU)
body = part(txt, cte='base64')
emit('012-re-case-thanks-next-steps.eml', body, aws_top('outlook', dt, LAU),
     aws_hdrs(FORM[0], LAU, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % L1, dt),
     'support_reply', L1, [], True, 'en')

# 013: done, with rating footer; Outlook-quoted confirmation request below
dt = T(2025, 9, 10, 11, 26, 51)
txt = '''Hi Laura,

Good news: your certification profiles are now one. Your exam history and
certifications from AWS27764102 have been transferred to AWS30918475, and the
old profile has been retired. You can keep signing in with %s.

Your Credly badges may take up to a few days to reflect the change. As this
resolves your request, I will close the case now.

If you have a moment, please rate this correspondence:
https://aws.amazon.com/contact-us/feedback/?caseId=%s

Best regards,
Amara O.
AWS Training and Certification Customer Support

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, September 8, 2025 2:05 PM
To: Laura Mendes <%s>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Here is what we would do:
    Keep:        AWS 30918475  (%s)
    Merge into it:  aws27764102  (l.mendes@alunos.uc.pt)
Could you reply to confirm that this is correct? We will not make any change
until we hear back from you.
''' % (LAU, L1, LAU, L1, LAU)
html = '<html><body style="font-family:Calibri,Arial;font-size:14px">' + ''.join(
    '<p>%s</p>' % para.replace('\n', '<br>\n') for para in txt.split('\n\n')) + '</body></html>'
body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
emit('013-re-case-profiles-now-one.eml', body, aws_top('outlook', dt, LAU),
     aws_hdrs(FORM[0], LAU, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % L1, dt),
     'merge_completed', L1, [L_KEEP, L_OLD], True, 'en')

# ---------------------------------------------------------------- Yui Sato (nifty), console case in Japanese
YUI = 'yui.sato@nifty.com'
Y_OPEN = T(2025, 11, 10, 1, 15, 40)
Y_CASE = cid15(Y_OPEN)
Y_KEEP, Y_OLD = 'AWS20583317', 'AWS09672241'
Y_SUBJ = 'AWS認定アカウントの統合について'


def credly_top(provider, dt, rcpt):
    mf = 'bounces+%d-%s-%s=%s@em.credly.com' % (R.randint(1000000, 9999999), rhex(4), rcpt.split('@')[0], rcpt.split('@')[1])
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    return trace(provider, dt, rcpt, mf, 'credly.com', ip=ip, helo='o%d.em.credly.com' % R.randint(1, 20),
                 dkim_domains=(('pass', 'credly.com'),), dmarc_policy='REJECT') + [
        ('DKIM-Signature', dkim('credly.com', 's1', dt, h='content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to'))]


# 014: console acknowledgement, ISO-2022-JP, encoded-word subject over several lines
dt = Y_OPEN + timedelta(seconds=6)
txt = '''Amazon Web Services をご利用いただき、ありがとうございます。

お問い合わせの内容を確認するため、ケース %s を作成しました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
サービス: Training and Certification
カテゴリ: 認定アカウント

ケースの詳細の確認、およびケースへの返信は、サポートセンターから行ってください。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。

Amazon Web Services
''' % (Y_CASE, Y_CASE, Y_SUBJ, Y_CASE)
body = part(txt, cs='iso-2022-jp', cte='7bit')
emit('014-console-case-jp.eml', body, aws_top('nifty', dt, YUI),
     aws_hdrs(CONSOLE[0], YUI, subj_ew('Amazon Web Services: 新しいサポートケースを作成しました: %s' % Y_CASE, 'iso-2022-jp'), dt),
     'case_created', Y_CASE, [], True, 'ja')

# 015: "new correspondence" notice, Japanese, HTML + plain base64
dt = T(2025, 11, 11, 2, 48, 13)
txt = '''お客様

ケース %s（%s）に新しい返信が追加されました。

返信内容を確認するには、AWS サポートセンターにサインインしてください。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールには返信できません。ケースへの返信はサポートセンターから行ってください。

Amazon Web Services
''' % (Y_CASE, Y_SUBJ, Y_CASE)
html = '''<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>お客様</p>
<p>ケース <b>%s</b>（%s）に新しい返信が追加されました。</p>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターでケースを表示</a></p>
<p style="color:#687078;font-size:12px">このメールには返信できません。ケースへの返信はサポートセンターから行ってください。</p>
<p>Amazon Web Services</p></body></html>''' % (Y_CASE, Y_SUBJ, Y_CASE)
body = alt(part(txt, cte='base64'), part(html, 'html', cte='base64'))
emit('015-case-new-correspondence-jp.eml', body, aws_top('nifty', dt, YUI),
     aws_hdrs(CONSOLE[0], YUI, '[Case %s] New correspondence added' % Y_CASE, dt),
     'support_reply', Y_CASE, [], True, 'ja')

# 016: agent reply in Japanese asking which account to keep
dt = T(2025, 11, 11, 2, 48, 20)
txt = '''佐藤 由衣 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の木村と申します。

お知らせいただいた 2 つの認定アカウント（%s および %s）について確認いたしました。
手続きを進めるにあたり、以下の点をお知らせいただけますでしょうか。

1. 今後ご利用になるアカウント（残すアカウント）はどちらでしょうか。
2. それぞれのアカウントにサインインする際のメールアドレスをご教示ください。

いただいた情報をもとに本人確認を行い、改めてご案内いたします。
ご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。

どうぞよろしくお願いいたします。

木村
Amazon Web Services

本メールへの評価をお願いいたします:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

ケースの詳細の確認、およびケースへの返信は、サポートセンターから行ってください。
''' % (Y_KEEP, Y_OLD.lower().replace('aws', 'AWS '), Y_CASE)
body = part(txt, cs='iso-2022-jp', cte='7bit')
emit('016-re-case-kimura-questions.eml', body, aws_top('nifty', dt, YUI),
     aws_hdrs(CONSOLE[0], YUI, subj_ew('RE:[CASE %s] %s' % (Y_CASE, Y_SUBJ), 'iso-2022-jp'), dt),
     'support_reply', Y_CASE, [Y_KEEP, Y_OLD], True, 'ja')

# 017: confirmation request in Japanese
dt = T(2025, 11, 12, 5, 31, 2)
txt = '''佐藤 由衣 様

ご回答いただき、ありがとうございます。木村です。

いただいた情報をもとに、以下の内容で手続きを行う予定です。
作業の前に、内容に誤りがないかご確認ください。

　■ 残るアカウント（統合先）　：%s（%s）
　■ 統合されるアカウント　　　：%s（y.sato@kagaribi-net.co.jp）

統合されるアカウントの認定資格、試験の受験履歴、特典（受験割引など）は
すべて統合先アカウントへ移され、統合されるアカウントは使用できなくなります。
なお、この手続きは一度実施すると取り消すことができません。

上記の内容でよろしければ、サポートセンターから本ケースに「同意します」と
ご返信ください。ご返信を確認してから作業を開始いたします。

よろしくお願いいたします。

木村
Amazon Web Services
''' % (Y_KEEP, YUI, Y_OLD)
body = part(txt, cs='iso-2022-jp', cte='7bit')
emit('017-re-case-naiyou-kakunin.eml', body, aws_top('nifty', dt, YUI),
     aws_hdrs(CONSOLE[0], YUI, subj_ew('RE:[CASE %s] %s' % (Y_CASE, Y_SUBJ), 'iso-2022-jp'), dt),
     'merge_confirmation_requested', Y_CASE, [Y_KEEP, Y_OLD], True, 'ja')

# 018: thank you, starting now; will report when complete (conditional)
dt = T(2025, 11, 12, 9, 3, 44)
txt = '''佐藤 由衣 様

ご確認いただき、ありがとうございます。木村です。

ご同意いただいた内容で、担当チームにて作業を開始いたしました。
完了までには通常 3〜5 営業日ほどお時間をいただいております。
作業が終わり次第、本ケースにて改めてご連絡いたしますので、
今しばらくお待ちくださいますようお願いいたします。

なお、作業が完了するまでの間は、試験の新規予約はお控えください。

木村
Amazon Web Services
'''
body = alt(part(txt, cte='quoted-printable'),
           part('<div style="font-family:Meiryo">' + txt.replace('\n', '<br>\n') + '</div>', 'html', cte='quoted-printable'))
emit('018-re-case-sagyou-kaishi.eml', body, aws_top('nifty', dt, YUI),
     aws_hdrs(CONSOLE[0], YUI, subj_ew('RE:[CASE %s] %s' % (Y_CASE, Y_SUBJ), 'utf-8'), dt),
     'support_reply', Y_CASE, [], True, 'ja')

# 019: done, in Japanese
dt = T(2025, 11, 14, 7, 20, 9)
txt = '''佐藤 由衣 様

大変お待たせいたしました。木村です。

%s に登録されていた認定資格および受験履歴を、%s へ移行いたしました。
今後は %s でサインインしていただくと、すべての認定をご確認いただけます。
旧アカウントはご利用いただけなくなりましたので、ご注意ください。

Credly のデジタルバッジは、数日以内に統合先アカウントのメールアドレス宛てに
改めて発行される予定です。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

木村
Amazon Web Services
''' % (Y_OLD, Y_KEEP, YUI)
body = part(txt, cs='iso-2022-jp', cte='7bit')
emit('019-re-case-ikou-shimashita.eml', body, aws_top('nifty', dt, YUI),
     aws_hdrs(CONSOLE[0], YUI, subj_ew('RE:[CASE %s] %s' % (Y_CASE, Y_SUBJ), 'iso-2022-jp'), dt),
     'merge_completed', Y_CASE, [Y_KEEP, Y_OLD], True, 'ja')

# 020: closure + questionnaire, no statement about the merge
dt = T(2025, 11, 17, 7, 25, 0)
txt = '''お客様

ケース %s は、解決済みとしてクローズされました。

今回のサポートの対応について、簡単なアンケートにご協力いただけますと幸いです（所要時間 1 分程度）。
https://aws.qualtrics.com/jfe/form/SV_3kLm9PqX2zTf8bC?lang=JA&displayId=%s

引き続き問題が解決しない場合は、サポートセンターからケースを再度開くことができます。

Amazon Web Services
''' % (Y_CASE, Y_CASE)
body = part(txt, cte='base64')
emit('020-case-closed-questionnaire.eml', body, aws_top('nifty', dt, YUI),
     aws_hdrs(CONSOLE[0], YUI, subj_ew('Amazon Web Services: ケース %s がクローズされました' % Y_CASE, 'utf-8'), dt),
     'survey', Y_CASE, [], True, 'ja')

# 021: Credly badge, Japanese
dt = T(2025, 11, 16, 23, 41, 37)
html = '''<html><body style="font-family:Meiryo,Arial,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px"><img src="https://images.credly.com/images/logo.png" width="100" alt="Credly"></td></tr>
<tr><td style="padding:20px">
<p>佐藤 由衣 様</p>
<p>Amazon Web Services Training and Certification から新しいバッジが届いています。</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect &#8211; Associate</b></p>
<p>バッジを受け取ると、プロフィールで公開したり、SNS で共有したりできます。</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s?locale=ja" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p style="font-size:12px;color:#777">このメールは %s 宛てに送信されています。</p>
</td></tr></table></body></html>''' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), YUI)
body = part(html, 'html', cte='quoted-printable')
hdrs = [('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
        ('Reply-To', 'support@credly.com'), ('To', YUI),
        ('Subject', subj_ew('バッジが発行されました: AWS Certified Solutions Architect – Associate', 'utf-8')),
        ('Date', rfc(dt)), ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(18).replace('/', '_').replace('+', '-'), R.randint(1, 40))),
        ('X-Feedback-ID', '%d:SG' % R.randint(1000000, 9999999))]
emit('021-credly-badge-jp.eml', body, credly_top('nifty', dt, YUI), hdrs,
     'credly_badge_issued', None, [], True, 'ja')

# ---------------------------------------------------------------- Daniel Okafor (O365 corporate), console case
DAN = 'daniel.okafor@northwind-analytics.com'
D_OPEN = T(2026, 1, 14, 16, 40, 12)
D_CASE = cid15(D_OPEN)
D_KEEP, D_OLD = 'AWS55210938', 'AWS61027745'
D_SUBJ = 'Merge two AWS Certification accounts'


def console_footer_txt(case):
    return '''To see the details of this case or to reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please do not reply to this email. Replies to this address are not monitored.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
''' % case


# 022: console acknowledgement; plain is minimal, HTML also shows the description
dt = D_OPEN + timedelta(seconds=9)
txt = '''Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: (see Support Center)

''' % (D_CASE, D_CASE, D_SUBJ) + console_footer_txt(D_CASE)
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>%s</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>Hello, I have two AWS Certification accounts. My current one is %s (daniel.okafor@northwind-analytics.com).
An older one, %s, was created when I sat the Developer exam through a training partner in 2023 and uses my personal email.
Please combine them and keep the current one. Thanks, Daniel</td></tr>
</table>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en">View case in the Support Center</a></p>
<p style="font-size:11px;color:#687078">Please do not reply to this email. Replies to this address are not monitored.</p>
</body></html>''' % (D_CASE, D_CASE, D_SUBJ, D_KEEP, D_OLD, D_CASE)
body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
emit('022-console-new-support-case.eml', body, aws_top('o365', dt, DAN),
     aws_hdrs(CONSOLE[0], DAN, 'Amazon Web Services: You have opened a new Support case: %s' % D_CASE, dt),
     'case_created', D_CASE, [D_KEEP, D_OLD], True, 'en')

# 023: another console case of the same user (EC2 quota), same template
E_OPEN = T(2026, 1, 19, 9, 12, 55)
E_CASE = cid15(E_OPEN)
dt = E_OPEN + timedelta(seconds=7)
txt = '''Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Normal
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: EU (Frankfurt)
Primary Instance Type: All G and VT instances
Limit name: Running On-Demand G and VT instances
New limit value: 64
------------
Use case description: ML training environment for Q1 forecasting workloads.

''' % (E_CASE, E_CASE) + console_footer_txt(E_CASE)
body = part(txt, cte='quoted-printable')
emit('023-console-new-support-case-ec2.eml', body, aws_top('o365', dt, DAN),
     aws_hdrs(CONSOLE[0], DAN, 'Amazon Web Services: You have opened a new Support case: %s' % E_CASE, dt),
     'unrelated', E_CASE, [], True, 'en')

# 024: first agent reply, eight days later, asks which profile to retain
dt = T(2026, 1, 22, 19, 3, 27)
txt = '''Hello Daniel,

Thank you for your patience, and please accept my apologies for the time it
has taken to get back to you. We have been handling a higher volume of
requests than usual.

I have located the profile %s. To look for the second profile and to make
sure we handle it the right way, could you please confirm the following by
replying to this case in the Support Center:

  * The personal email address that the second profile was registered with
  * Which profile should remain your primary one after the request has been
    processed (you mentioned the current one, but the older profile holds the
    earlier exam history, so I would like to double-check)

I will keep this case open for you. Once I hear back I will outline exactly
what will happen before anything is changed.

Best regards,
Rafael M.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence. Each correspondence can also be rated by selecting the stars
in top right corner of each correspondence within the AWS Support Center.

''' % D_KEEP + console_footer_txt(D_CASE)
body = part(txt, cte='quoted-printable')
emit('024-re-case-apologies-for-delay.eml', body, aws_top('o365', dt, DAN),
     aws_hdrs(CONSOLE[0], DAN, 'RE:[CASE %s] %s' % (D_CASE, D_SUBJ), dt),
     'support_reply', D_CASE, [D_KEEP], True, 'en')

# 025: a colleague forwards her own (older) acknowledgement
P_OPEN = T(2025, 10, 6, 13, 55, 31)
P_CASE = cid15(P_OPEN)
dt = T(2026, 1, 15, 9, 48, 2, CET)
txt = '''Hi Dan,

Saw your message in Teams. This is what I got when I did mine in October -
the form route worked well for me, they answered the next morning. Might be
quicker than the console case if that one stalls.

Priya

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, October 6, 2025 3:56 PM
To: Priya Raman <priya.raman@northwind-analytics.com>
Subject: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello,

Thank you for contacting AWS Training and Certification Customer Support.
We received your request and opened case %s for it. A member of our team
will respond, in most cases within 24 hours.

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS73318026
Description: please merge AWS 40029187 into AWS73318026
''' % (P_CASE, P_CASE)
body = part(txt, cte='quoted-printable')
top = [('Received', fold('from AM9PR09MB4411.eurprd09.prod.outlook.com (2603:10a6:20b:3c1::18) by',
                         ' AM9PR09MB4419.eurprd09.prod.outlook.com with HTTPS; %s' % rfc(dt.astimezone(UTC)).replace('-0000', '+0000'))),
       ('Received', fold('from AM9PR09MB4402.eurprd09.prod.outlook.com (2603:10a6:20b:3b2::11) by',
                         ' AM9PR09MB4411.eurprd09.prod.outlook.com (2603:10a6:20b:3c1::18) with',
                         ' Microsoft SMTP Server (version=TLS1_2,',
                         ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9520.11; %s' % rfc(dt.astimezone(UTC)).replace('-0000', '+0000'))),
       ('Authentication-Results', fold('dkim=none (message not signed)', ' header.d=none;dmarc=none action=none', ' header.from=northwind-analytics.com;'))]
hdrs = [('From', 'Priya Raman <priya.raman@northwind-analytics.com>'), ('To', 'Daniel Okafor <%s>' % DAN),
        ('Subject', 'FW: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % P_CASE),
        ('Thread-Topic', '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % P_CASE),
        ('Thread-Index', 'AQHb' + rb64(30)[:36]),
        ('Date', rfc(dt)), ('Message-ID', '<AM9PR09MB4402%s@AM9PR09MB4402.eurprd09.prod.outlook.com>' % rhex(16).upper()),
        ('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB'),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Has-Attach', '')]
emit('025-fw-what-i-got.eml', body, top, hdrs, 'unrelated', P_CASE, [], False, 'en')

# 026: GitHub "merged" notification
dt = T(2026, 1, 16, 14, 2, 19)
txt = '''Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/infra-terraform/pull/412#event-%d
You are receiving this because you were mentioned.

Message ID: <northwind-analytics/infra-terraform/pull/412/issue_event/%d@github.com>
''' % (R.randint(10**10, 10**11), R.randint(10**10, 10**11))
html = '<p>Merged <a href="https://github.com/northwind-analytics/infra-terraform/pull/412">#412</a> into main.</p>' \
       '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/northwind-analytics/infra-terraform/pull/412">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>'
body = alt(part(txt, cte='7bit', cs='UTF-8'), part(html, 'html', cte='7bit', cs='UTF-8'))
mf = 'noreply@github.com'
top = trace('o365', dt, DAN, mf, 'github.com', ip='192.30.252.%d' % R.randint(200, 210), helo='out-%d.smtp.github.com' % R.randint(20, 28),
            dkim_domains=(('pass', 'github.com'),), dmarc_policy='REJECT')
top.append(('DKIM-Signature', dkim('github.com', 'pf2023', dt)))
hdrs = [('From', 'Sam Lee <notifications@github.com>'), ('Reply-To', 'northwind-analytics/infra-terraform <reply+%s@reply.github.com>' % rhex(40).upper()),
        ('To', 'northwind-analytics/infra-terraform <infra-terraform@noreply.github.com>'), ('Cc', 'Mention <mention@noreply.github.com>'),
        ('Subject', 'Re: [northwind-analytics/infra-terraform] Merge account baseline module into shared networking stack (PR #412)'),
        ('Date', rfc(dt).replace('-0000', '-0800')), ('Message-ID', '<northwind-analytics/infra-terraform/pull/412/issue_event/%d@github.com>' % R.randint(10**10, 10**11)),
        ('In-Reply-To', '<northwind-analytics/infra-terraform/pull/412@github.com>'),
        ('References', '<northwind-analytics/infra-terraform/pull/412@github.com>'),
        ('List-ID', 'northwind-analytics/infra-terraform <infra-terraform.northwind-analytics.github.com>'),
        ('X-GitHub-Reason', 'mention')]
emit('026-github-pr-412.eml', body, top, hdrs, 'unrelated', None, [], False, 'en')

# ---------------------------------------------------------------- Takeshi Takahashi (so-net), Japanese form case + duplicate
TAK = 'takahashi.takeshi@so-net.ne.jp'
T1_OPEN = T(2025, 7, 15, 3, 48, 20)
T1 = cid15(T1_OPEN)
T2_OPEN = T(2025, 7, 16, 0, 30, 11)
T2 = cid15(T2_OPEN)
T_KEEP, T_OLD = 'AWS77903158', 'AWS42215096'


def ew_chunks(text, label, codec, n=14, enc='B'):
    """Encoded words of n characters each, folded onto separate lines."""
    words = []
    for i in range(0, len(text), n):
        raw = text[i:i + n].encode(codec)
        words.append('=?%s?B?%s?=' % (label, base64.b64encode(raw).decode()))
    return '\n '.join(words)


# 027: Japanese form acknowledgement in Shift_JIS (base64) with a copy of the submission
dt = T1_OPEN + timedelta(seconds=52)
txt = '''高橋 健 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

受付番号（ケース ID）：%s

内容を確認のうえ、担当者より原則として 24 時間以内にご連絡いたします。
同じ内容のお問い合わせを重ねて送信されますと、ご回答が遅れる場合がございます。
追加でお伝えいただきたいことがございましたら、件名を変更せずに本メールへご返信ください。

―――――――― 送信内容 ――――――――
お問い合わせの種類：AWS トレーニングと認定
カテゴリ：認定
詳細：アカウントの統合
氏名：高橋 健
メールアドレス：%s
AWS 受験者 ID：AWS 77903158
お問い合わせ内容：
前職のメールアドレスで作成した認定アカウント（aws42215096）が残っており、
現在のアカウントと二重になっています。前職のアドレスは既に使えません。
現在のアカウントに一本化していただけますでしょうか。
――――――――――――――――――――――

AWS トレーニングと認定 カスタマーサポート
''' % (T1, TAK)
body = part(txt, cs='shift_jis', cte='base64', label='Shift_JIS')
emit('027-uketsuke-sjis.eml', body, aws_top('sonet', dt, TAK),
     aws_hdrs(FORM[0], TAK, ew_chunks('【AWS トレーニングと認定】お問い合わせを受け付けました（受付番号：%s）' % T1, 'Shift_JIS', 'shift_jis', 16), dt),
     'case_created', T1, [T_KEEP, T_OLD], True, 'ja')
T_ACK_MID = MIDS[-1]

# 028: acknowledgement of the second (duplicate) submission; cp932 characters under a Shift_JIS label
dt = T2_OPEN + timedelta(seconds=47)
txt = '''高橋 健 様

お問い合わせいただき、ありがとうございます。
以下の内容で受け付けました。

　受付番号：%s
　受付日時：2025/07/16 09:30

① 担当者からのご連絡は、原則として 24 時間以内（土日祝を除く）にお送りします。
② すでに同じ内容でお問い合わせいただいている場合は、先にお送りした受付番号の
　 メールにご返信ください。新たにお問い合わせいただく必要はございません。
③ 本メールにお心当たりがない場合は、お手数ですが破棄してください。

【送信内容】
詳細：アカウントの統合
AWS 受験者 ID：AWS77903158
お問い合わせ内容：昨日も送りましたが返信がないので再送します～。旧アカウントは AWS42215096 です。

AWS トレーニングと認定 カスタマーサポート
''' % T2
body = alt(part(txt, cs='shift_jis', codec='cp932', cte='base64', label='Shift_JIS'),
           part('<html><body><pre style="font-family:MS Gothic,monospace">%s</pre></body></html>' % txt, 'html', cs='shift_jis', codec='cp932', cte='base64', label='shift_jis'))
emit('028-uketsuke-2kaime.eml', body, aws_top('sonet', dt, TAK),
     aws_hdrs(FORM[0], TAK, ew_chunks('【AWS トレーニングと認定】お問い合わせを受け付けました（受付番号：%s）' % T2, 'ISO-2022-JP', 'iso-2022-jp', 12), dt),
     'case_created', T2, [T_KEEP, T_OLD], True, 'ja')

# 029: the user's own mail to the form desk (his Bcc copy), so-net verdict
dt = T(2025, 7, 16, 9, 41, 36, JST)
txt = '''AWS トレーニングと認定 ご担当者様

お世話になっております。高橋と申します。

昨日お問い合わせフォームから送信した件（受付番号 %s）ですが、
返信がなかったため今朝もう一度送信してしまい、受付番号 %s が
別に発行されました。内容は同じですので、こちらは取り消していただいて構いません。

残したいアカウントは AWS77903158 です。
よろしくお願いいたします。

高橋 健
''' % (T1, T2)
body = part(txt, cs='iso-2022-jp', cte='7bit')
mf = TAK
top = trace('sonet', dt.astimezone(UTC), TAK, mf, 'so-net.ne.jp', ip='202.238.198.%d' % R.randint(2, 250), helo='mail-sm%02d.so-net.ne.jp' % R.randint(1, 9),
            dkim_domains=(('pass', 'so-net.ne.jp'),), spf='pass', dmarc='pass')
top.append(('DKIM-Signature', dkim('so-net.ne.jp', 'sonet2022', dt)))
hdrs = [('From', name_ew('高橋 健', TAK, 'iso-2022-jp')), ('To', 'aws-cs-trainingcertification-form@amazon.com'),
        ('Subject', 'Re: [CASE %s] %s' % (T1, ew_chunks('【AWS トレーニングと認定】お問い合わせを受け付けました', 'ISO-2022-JP', 'iso-2022-jp', 12))),
        ('Date', rfc(dt)), ('Message-ID', '<20250716094136.%s@so-net.ne.jp>' % rhex(8).upper()),
        ('In-Reply-To', T_ACK_MID), ('References', T_ACK_MID),
        ('X-Mailer', 'Becky! ver. 2.81.07')]
emit('029-boku-kara-form-desk.eml', body, top, hdrs, 'unrelated', T1, [T_KEEP], False, 'ja')

# 030: first agent reply (Japanese), notes the duplicate case, asks for the old sign-in address; Gmail-ja style quote
dt = T(2025, 7, 16, 6, 17, 58)
txt = '''高橋 健 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。
ご連絡いただき、ありがとうございます。

同じ内容で作成されたケース %s につきましては、本ケースにまとめて
対応させていただき、そちらのケースはこちらでクローズいたします。

ご希望の内容（%s を今後ご利用のアカウントとして残し、%s の
情報をまとめる）について、承知いたしました。手続きの前に本人確認を行うため、
以下をお知らせいただけますでしょうか。

・旧アカウント（%s）にサインインする際に使用していたメールアドレス
・旧アカウントに登録されている氏名（ローマ字表記）

確認が取れましたら、手続きの内容を改めてご案内いたします。

中村
AWS トレーニングと認定 カスタマーサポート

2025年7月16日(水) 9:41 高橋 健 <%s>:
> AWS トレーニングと認定 ご担当者様
>
> お世話になっております。高橋と申します。
>
> 昨日お問い合わせフォームから送信した件（受付番号 %s）ですが、
> 返信がなかったため今朝もう一度送信してしまい、受付番号 %s が
> 別に発行されました。内容は同じですので、こちらは取り消していただいて構いません。
>
> 残したいアカウントは AWS77903158 です。
''' % (T2, T_KEEP, T_OLD, T_OLD, TAK, T1, T2)
body = part(txt, cte='quoted-printable')
emit('030-re-case-nakamura.eml', body, aws_top('sonet', dt, TAK),
     aws_hdrs(FORM[0], TAK, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T1, dt),
     'support_reply', T1, [T_KEEP, T_OLD], True, 'ja')

# 031: Pearson VUE appointment confirmation (Japanese)
dt = T(2025, 8, 2, 4, 10, 44)
html = '''<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>高橋 健 様</p>
<p>ピアソン VUE をご利用いただき、ありがとうございます。以下の試験のご予約を承りました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><td>試験</td><td>SAP-C02: AWS Certified Solutions Architect - Professional (日本語)</td></tr>
<tr><td>日時</td><td>2025年8月23日(土) 10:00 (JST)</td></tr>
<tr><td>会場</td><td>オンライン試験 (OnVUE)</td></tr>
<tr><td>受験者 ID</td><td>AWS77903158</td></tr>
<tr><td>登録 ID</td><td>%d</td></tr>
</table>
<p>試験の 30 分前からチェックインが可能です。本人確認書類をご用意ください。</p>
<p>予約の変更・キャンセルは、試験開始の 24 時間前まで AWS 認定アカウントから行えます。</p>
<p>Pearson VUE</p></body></html>''' % R.randint(400000000, 499999999)
body = part(html, 'html', cte='base64')
mf = 'bounce-%s@pearson.com' % rhex(10)
top = trace('sonet', dt, TAK, mf, 'pearson.com', ip='159.183.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), helo='mta-%d.pearsonvue.com' % R.randint(1, 9),
            dkim_domains=(('pass', 'pearson.com'),))
top.append(('DKIM-Signature', dkim('pearson.com', 'pvue1', dt)))
hdrs = [('From', 'Pearson VUE <pearsonvueconfirmation@pearson.com>'), ('To', TAK),
        ('Subject', subj_ew('Pearson VUE 試験予約確認 - SAP-C02', 'utf-8')),
        ('Date', rfc(dt)), ('Message-ID', '<%s.%d@pearson.com>' % (rhex(20), R.randint(1000, 9999)))]
emit('031-pearson-yoyaku.eml', body, top, hdrs, 'unrelated', None, [T_KEEP], False, 'ja')

# 032: an AWS billing console case of the same user (another desk), Japanese
B_OPEN = T(2025, 8, 5, 2, 3, 9)
B_CASE = cid15(B_OPEN)
dt = B_OPEN + timedelta(seconds=5)
txt = '''Amazon Web Services をご利用いただき、ありがとうございます。

お問い合わせの内容を確認するため、ケース %s を作成しました。

ケース ID: %s
件名: 請求書の宛名（会社名）の変更について
重要度: 一般的なガイダンス
サービス: 請求
カテゴリ: 請求書

ケースの詳細の確認、およびケースへの返信は、サポートセンターから行ってください。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。

Amazon Web Services
''' % (B_CASE, B_CASE, B_CASE)
body = part(txt, cte='8bit')
emit('032-console-case-seikyu.eml', body, aws_top('sonet', dt, TAK),
     aws_hdrs(CONSOLE[0], TAK, subj_ew('Amazon Web Services: 新しいサポートケースを作成しました: %s' % B_CASE, 'utf-8'), dt),
     'unrelated', B_CASE, [], True, 'ja')

# ---------------------------------------------------------------- Misaki Ito (biglobe), Japanese form case
MIS = 'misaki.ito@biglobe.ne.jp'
M_OPEN = T(2026, 2, 3, 6, 12, 48)
M_CASE = cid15(M_OPEN)
M_KEEP, M_OLD = 'AWS63391820', 'AWS18845073'

from email.charset import Charset, QP
QCS = Charset('utf-8')
QCS.header_encoding = QP

# 033: HTML-only Japanese acknowledgement, Q-encoded subject split over lines
dt = M_OPEN + timedelta(seconds=31)
html = '''<html><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Sans','Yu Gothic',Meiryo,sans-serif;font-size:14px;color:#16191f;background:#f2f3f3">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
<p><img src="https://d1.awsstatic.com/training-and-certification/logo_aws-tc.png" alt="AWS Training and Certification" width="180"></p>
<p>伊藤 美咲 様</p>
<p>このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。<br>
お送りいただいた内容をもとに、新しいケースを作成しました。</p>
<p style="background:#f2f8fd;border-left:4px solid #0972d3;padding:8px 12px">ケース番号 <b>%s</b></p>
<p>通常、1 営業日以内に担当者よりメールでご連絡いたします。<br>
内容を補足される場合は、このメールにそのままご返信ください（件名のケース番号は変更しないでください）。</p>
<p>今後ともよろしくお願いいたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</div></body></html>''' % M_CASE
body = part(html, 'html', cte='quoted-printable')
emit('033-new-case-html-jp.eml', body, aws_top('biglobe', dt, MIS),
     aws_hdrs(FORM[0], MIS, Header('[CASE %s] AWS トレーニングと認定: ケースを作成しました - アカウントに関するお問い合わせ' % M_CASE, QCS,
                                   header_name='Subject', maxlinelen=60).encode(), dt),
     'case_created', M_CASE, [], True, 'ja')

# 034: confirmation request; ids in odd spellings; quoted user reply (Gmail ja style)
dt = T(2026, 2, 5, 3, 44, 10)
txt = '''伊藤 美咲 様

ご返信いただき、ありがとうございます。AWS トレーニングと認定の小林です。

以下の内容でアカウントの統合を行います。実施前に必ずご確認ください。

　統合後も残るアカウント：aws-63391820（misaki.ito@biglobe.ne.jp）
　統合元のアカウント　　：Aws 18845073（m.ito@sakuraba-univ.ac.jp）

統合元アカウントの認定、受験履歴、特典は統合後のアカウントに引き継がれます。
統合元アカウントは統合後にご利用いただけなくなり、元に戻すことはできません。

上記で問題がなければ、本メールへのご返信にて「上記の内容で統合を進めてください」と
お知らせください。ご返信をいただくまで、手続きは行いません。

小林
AWS トレーニングと認定 カスタマーサポート

2026年2月4日(水) 21:03 伊藤 美咲 <%s>:
> お世話になっております。
> 旧アカウントのログインは m.ito@sakuraba-univ.ac.jp です。
> 残したいのは現在使っている方（AWS63391820）です。
> よろしくお願いいたします。
''' % MIS
body = part(txt, cte='base64')
emit('034-re-case-tougou-naiyou.eml', body, aws_top('biglobe', dt, MIS),
     aws_hdrs(FORM[0], MIS, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % M_CASE, dt),
     'merge_confirmation_requested', M_CASE, [M_KEEP, M_OLD], True, 'ja')

# 035: spoofed acknowledgement (dmarc=fail at the provider; a forged "pass" header further down)
dt = T(2026, 2, 6, 11, 27, 3)
FAKE = '%d%05d' % (int(T(2026, 2, 6, 10, 2, 41).timestamp()), R.randint(0, 99999))
txt = '''伊藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース %s を作成しました。

ご本人様確認のため、48 時間以内に以下のページから AWS 認定アカウントへサインインし、
登録情報をご確認ください。確認が取れない場合、お問い合わせは自動的に取り消されます。

https://aws-certification-jp-support.com/verify?case=%s

AWS トレーニングと認定 カスタマーサポート
''' % (FAKE, FAKE)
body = part(txt, cte='base64')
mf = 'info@mx2.kouhou-mailer.net'
ip = '45.153.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
top = trace('biglobe', dt, MIS, mf, 'amazon.com', ip=ip, helo='mx2.kouhou-mailer.net', dkim_domains=(), spf='softfail', dmarc='fail')
top.append(('Authentication-Results', fold('amazon.com;', 'spf=pass smtp.mailfrom=amazon.com;', 'dkim=pass header.d=amazon.com;', 'dmarc=pass header.from=amazon.com')))
hdrs = [('From', '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'), ('To', MIS),
        ('Subject', subj_ew('[CASE %s] お問い合わせを受け付けました（本人確認のお願い）' % FAKE, 'utf-8')),
        ('Date', rfc(dt)), ('Message-ID', '<%s@mx2.kouhou-mailer.net>' % rhex(20)), ('X-Mailer', 'PHPMailer 6.8.1')]
emit('035-uketsuke-honnin-kakunin.eml', body, top, hdrs, 'case_created', FAKE, [], False, 'ja')

# 036: a colleague asks about the process (not AWS mail)
dt = T(2026, 2, 6, 18, 5, 22, JST)
txt = '''伊藤さん

お疲れさまです。山本です。

先週言っていた AWS 認定のアカウント統合、その後どうなりました？
自分も学生時代に作ったアカウント（AWS 50127734）が残っていて、
同じように問い合わせようかと思っています。
フォームとコンソール、どっちから出しました？返事はどのくらいで来ましたか？

落ち着いたら教えてください。

山本 翔太
株式会社北風システムズ
'''
body = part(txt, cs='iso-2022-jp', cte='7bit')
mf = 's.yamamoto@kitakaze-sys.co.jp'
top = trace('biglobe', dt.astimezone(UTC), MIS, mf, 'kitakaze-sys.co.jp', ip='210.130.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
            helo='mail.kitakaze-sys.co.jp', dkim_domains=(('pass', 'kitakaze-sys.co.jp'),))
top.append(('DKIM-Signature', dkim('kitakaze-sys.co.jp', 'default', dt)))
hdrs = [('From', name_ew('山本 翔太', mf, 'iso-2022-jp')), ('To', name_ew('伊藤 美咲', MIS, 'iso-2022-jp')),
        ('Subject', subj_ew('AWS認定アカウントの件', 'iso-2022-jp')), ('Date', rfc(dt)),
        ('Message-ID', '<%s@kitakaze-sys.co.jp>' % rhex(24)), ('X-Mailer', 'Microsoft Outlook 16.0')]
emit('036-yamamoto-san.eml', body, top, hdrs, 'unrelated', None, ['AWS50127734'], False, 'ja')


# ---------------------------------------------------------------- Marco Bianchi (own Postfix server, no Authentication-Results)
MAR = 'marco@bianchi-lab.it'
MA_OPEN = T(2026, 3, 9, 10, 14, 2)
MA1 = cid15(MA_OPEN)
MA_OPEN2 = MA_OPEN + timedelta(seconds=131)
MA2 = cid15(MA_OPEN2)
MA_KEEP, MA_OLD = 'AWS81190427', 'AWS81190472'


def postfix_top(dt, mailfrom, ip, helo, rcpt=MAR):
    loc = (dt + timedelta(seconds=2)).astimezone(CET if dt.month < 4 or dt.month > 10 else CEST)
    return [('Return-Path', '<%s>' % mailfrom),
            ('X-Original-To', rcpt), ('Delivered-To', rcpt),
            ('Received', fold('from %s (%s [%s])' % (helo, helo, ip),
                              '(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)',
                              ' key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)',
                              '(No client certificate requested)',
                              'by mail.bianchi-lab.it (Postfix) with ESMTPS id 4f%s' % rhex(8).upper(),
                              'for <%s>; %s' % (rcpt, rfc(loc))))]


def aws_postfix(dt):
    mf = ses_mailfrom(dt)
    ip = ses_ip()
    return postfix_top(dt, mf, ip, 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4])) + [
        ('DKIM-Signature', dkim('amazon.com', AMZ_SEL, dt)),
        ('DKIM-Signature', dkim('amazonses.com', SES_SEL, dt))]


# 037: "your request has been logged", reference style
dt = MA_OPEN + timedelta(seconds=44)
txt = '''Hello Marco,

Your request has been logged with AWS Training and Certification Customer
Support.

    Reference number: %s
    Topic:            Certification > Account Merge
    Submitted:        09 March 2026, 10:14 UTC

What to expect: an agent will pick this up and email you, usually within
24 hours. You do not need to do anything else for now. If you would like to
add details, reply to this email without changing the subject.

Thank you,
AWS Training and Certification Customer Support
''' % MA1
body = part(txt, cte='quoted-printable')
emit('037-request-logged.eml', body, aws_postfix(dt),
     aws_hdrs(FORM[0], MAR, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % MA1, dt),
     'case_created', MA1, [], None, 'en')

# 038: the same form submitted twice; second acknowledgement, with the submission copy
dt = MA_OPEN2 + timedelta(seconds=39)
txt = '''Hello Marco,

Your request has been logged with AWS Training and Certification Customer
Support.

    Reference number: %s
    Topic:            Certification > Account Merge
    Submitted:        09 March 2026, 10:16 UTC

What to expect: an agent will pick this up and email you, usually within
24 hours. You do not need to do anything else for now. If you would like to
add details, reply to this email without changing the subject.

Your message:
  "Two certification profiles with almost the same ID: AWS81190427 and
   AWS81190472. The second was created by mistake when I registered for
   the DVA exam. Please merge, keep AWS81190427."

Thank you,
AWS Training and Certification Customer Support
''' % MA2
body = part(txt, cte='quoted-printable')
emit('038-request-logged-2.eml', body, aws_postfix(dt),
     aws_hdrs(FORM[0], MAR, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % MA2, dt),
     'case_created', MA2, [MA_KEEP, MA_OLD], None, 'en')

# 039: agent reply: two identical requests; asks which profile to keep (the two ids are near-identical)
dt = T(2026, 3, 10, 8, 51, 30)
txt = '''Hello Marco,

Thanks for getting in touch. It looks like the form was submitted twice
(%s and %s); I will handle everything here in %s, so please
disregard the other reference.

Before anything is changed, I want to be sure we pick the right profile to
retain, since the two IDs differ only in the last two digits:

  - AWS81190427: created 2023-06-12, holds your SAA-C03 certification
  - AWS81190472: created 2026-02-27, one scheduled DVA-C02 appointment

You wrote that you want to keep AWS81190427. Can you also tell me whether the
DVA-C02 appointment should be moved over, or whether you would prefer to cancel
and rebook it after the profiles have been combined?

Kind regards,
Ines
AWS Training and Certification Customer Support
''' % (MA1, MA2, MA1)
body = part(txt, cte='quoted-printable')
emit('039-re-case-two-submissions.eml', body, aws_postfix(dt),
     aws_hdrs(FORM[0], MAR, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % MA1, dt),
     'support_reply', MA1, [MA_KEEP, MA_OLD], None, 'en')

# 040: Amazon Seller Central case reply (same subject style)
dt = T(2026, 3, 11, 15, 20, 8)
SC = '58%08d' % R.randint(0, 99999999)
txt = '''Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed the listing for ASIN B0CK3M7Q2T. The product was merged with an
existing detail page because both listings share the same UPC. If the products
are different, please provide a photo of the product packaging showing the UPC
and brand name.

To reply, please use the link below. Do not reply directly to this email.
https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=%s

Was this email helpful?
https://sellercentral.amazon.it/hz/contact-us/rating?caseID=%s

Thank you,
Giulia S.
Amazon.it
''' % (SC, SC)
body = part(txt, cte='quoted-printable')
mf = '0102019%s-%s-000000@eu-west-1.amazonses.com' % (rhex(9), uuid.UUID(int=R.getrandbits(128), version=4))
ip = '54.240.7.%d' % R.randint(2, 250)
top = postfix_top(dt, mf, ip, 'a7-%s.smtp-out.eu-west-1.amazonses.com' % ip.split('.')[3]) + [
    ('DKIM-Signature', dkim('amazon.it', 'y2s4ctczpcqqmojvfvrjc6v4urcyf5lm', dt))]
hdrs = [('From', '"Amazon Seller Central" <seller-notification@amazon.it>'), ('To', MAR),
        ('Subject', 'RE:[CASE %s] Detail page merged - ASIN B0CK3M7Q2T' % SC), ('Date', rfc(dt).replace('-0000', '+0000')),
        ('Message-ID', ses_mid(dt, 'eu-west-1.amazonses.com'))]
emit('040-seller-case-asin.eml', body, top, hdrs, 'unrelated', SC, [], None, 'en')

# 041: Credly expiry reminder
dt = T(2026, 3, 12, 13, 0, 51)
html = '''<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Hi Marco,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge, issued by Amazon Web Services Training and Certification, will expire on <b>April 20, 2026</b>.</p>
<p>To keep showing this credential on your profile, check the issuer&#39;s requirements for renewal.</p>
<p><a href="https://www.credly.com/badges/%s-%s-%s-%s-%s">View badge</a></p>
<p style="font-size:12px;color:#888">You received this email because you have a badge on Credly. <a href="https://www.credly.com/earner/settings/notifications">Manage notifications</a></p>
</body></html>''' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
body = part(html, 'html', cte='quoted-printable')
mf = 'bounces+%d-%s-marco=bianchi-lab.it@em.credly.com' % (R.randint(1000000, 9999999), rhex(4))
top = postfix_top(dt, mf, '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'o%d.em.credly.com' % R.randint(1, 20)) + [
    ('DKIM-Signature', dkim('credly.com', 's1', dt))]
hdrs = [('From', 'Credly <admin@credly.com>'), ('To', MAR),
        ('Subject', 'Your AWS Certified Cloud Practitioner badge expires soon'), ('Date', rfc(dt)),
        ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(18).replace('/', '_').replace('+', '-'), R.randint(1, 40)))]
emit('041-credly-badge-expiring.eml', body, top, hdrs, 'unrelated', None, [], None, 'en')

# ---------------------------------------------------------------- Sophie Laurent (gmail), console case with an 11-digit id
SOP = 'sophie.laurent.paris@gmail.com'
S_OPEN = T(2025, 4, 14, 12, 30, 5)
S_CASE = '1%010d' % R.randint(1000000000, 4999999999)
S_KEEP, S_OLD = 'AWS02938475', 'AWS96620314'
S_SUBJ = 'Certification account merge request'

# 042: console acknowledgement, plain text in base64
dt = S_OPEN + timedelta(seconds=11)
txt = '''Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I passed the Cloud Practitioner exam in 2021 using an account
linked to my old work address and the Solutions Architect exam this year with
a new one. I would like a single certification profile.

''' % (S_CASE, S_CASE, S_SUBJ) + console_footer_txt(S_CASE)
body = part(txt, cte='base64')
emit('042-console-case-opened.eml', body, aws_top('gmail', dt, SOP),
     aws_hdrs(CONSOLE[0], SOP, 'Amazon Web Services: You have opened a new Support case: %s' % S_CASE, dt),
     'case_created', S_CASE, [], True, 'en')

# 043: phishing "confirm the merge" from a look-alike domain (authentic to itself)
dt = T(2025, 4, 15, 7, 2, 51)
PH_CASE = '1%010d' % R.randint(1000000000, 4999999999)
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Candidate,</p>
<p>We have received a request to merge the following AWS Certification accounts:</p>
<ul><li>Primary account: <b>AWS02938475</b></li><li>Secondary account: <b>AWS96620314</b></li></ul>
<p>Merging is permanent. To confirm that you authorised this request, please sign in and approve the merge within <b>24 hours</b>. Unconfirmed requests are cancelled and both accounts may be locked for security reasons.</p>
<p><a href="https://aws-trainingcertification.com/merge/confirm?ref=%s" style="background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none">Confirm merge</a></p>
<p>Case reference: %s</p>
<p>AWS Training &amp; Certification</p>
</body></html>''' % (rhex(20), PH_CASE)
body = part(html, 'html', cte='quoted-printable')
mf = 'mailer@aws-trainingcertification.com'
top = trace('gmail', dt, SOP, mf, 'aws-trainingcertification.com', ip='91.215.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
            helo='mail.aws-trainingcertification.com', dkim_domains=(('pass', 'aws-trainingcertification.com'),), dmarc_policy='NONE')
top.append(('DKIM-Signature', dkim('aws-trainingcertification.com', 'mail', dt)))
hdrs = [('From', '"AWS Training & Certification" <support@aws-trainingcertification.com>'), ('To', SOP),
        ('Subject', 'Action needed: confirm your certification account merge [Ref %s]' % PH_CASE), ('Date', rfc(dt)),
        ('Message-ID', '<%s@aws-trainingcertification.com>' % rhex(18))]
emit('043-confirm-your-account-merge.eml', body, top, hdrs, 'merge_confirmation_requested', PH_CASE, [S_KEEP, S_OLD], False, 'en')

# 044: Credly's own account-merge verification code
dt = T(2025, 4, 20, 16, 44, 2)
html = '''<html><body style="font-family:Arial,sans-serif;color:#333">
<p>Hi Sophie,</p>
<p>We received a request to merge another Credly account into yours. Enter the code below to verify that you own the email address <b>s.laurent@ardoise-conseil.fr</b>.</p>
<p style="font-size:28px;letter-spacing:6px"><b>%06d</b></p>
<p>Or click <a href="https://www.credly.com/users/merge/confirm?token=%s">Complete Account Merge</a>. This code expires in 30 minutes.</p>
<p>If you didn&#39;t request this, you can ignore this email.</p>
<p>The Credly Team</p></body></html>''' % (R.randint(0, 999999), rhex(32))
body = part(html, 'html', cte='quoted-printable')
hdrs = [('From', 'Credly <admin@credly.com>'), ('To', SOP), ('Subject', 'Verify your email to merge accounts'),
        ('Date', rfc(dt)), ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(18).replace('/', '_').replace('+', '-'), R.randint(1, 40)))]
emit('044-credly-verify-email.eml', body, credly_top('gmail', dt, SOP), hdrs, 'unrelated', None, [], True, 'en')

# 045: AWS Builder ID verification code
dt = T(2025, 4, 13, 19, 58, 40)
txt = '''Verify your AWS Builder ID email address

Thank you for starting the AWS Builder ID sign-up process. Use the following
verification code to continue:

Verification code: %06d

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services
''' % R.randint(0, 999999)
body = part(txt, cte='7bit', cs='us-ascii')
mf = ses_mailfrom(dt).replace('amazonses.com', 'signin.aws')
top = trace('gmail', dt, SOP, mf, 'signin.aws', dkim_domains=(('pass', 'signin.aws'), ('pass', 'amazonses.com'))) + [
    ('DKIM-Signature', dkim('signin.aws', 'ukg2vvlrmrg2roc3zhlvcpeqp3m7ir3h', dt)),
    ('DKIM-Signature', dkim('amazonses.com', SES_SEL, dt))]
hdrs = [('From', 'AWS <no-reply@signin.aws>'), ('To', SOP), ('Subject', 'Verify your AWS Builder ID email address'),
        ('Date', rfc(dt).replace('-0000', '+0000')), ('Message-ID', ses_mid(dt))]
emit('045-builder-id-code.eml', body, top, hdrs, 'unrelated', None, [], True, 'en')

# 046: CertMetrics feedback invitation
dt = T(2025, 4, 24, 14, 5, 18)
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Sophie,</p>
<p>AWS Certification wants to hear from you! Please take a few minutes to tell us about your recent experience with AWS Certification, from preparing for your exam to receiving your credential.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?id=%s">Take the survey</a></p>
<p>Your AWS Certification Account: AWS02938475</p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#888">This message was sent from an unmonitored address. Please do not reply.</p>
</body></html>''' % rhex(24)
body = part(html, 'html', cte='7bit', cs='us-ascii')
mf = 'bounce@certmetrics.com'
top = trace('gmail', dt, SOP, mf, 'certmetrics.com', ip='52.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
            helo='smtp.certmetrics.com', dkim_domains=(('pass', 'certmetrics.com'),))
top.append(('DKIM-Signature', dkim('certmetrics.com', 'k1', dt)))
hdrs = [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', SOP),
        ('Subject', 'AWS Certification wants to hear from you'), ('Date', rfc(dt)),
        ('Message-ID', '<%s@certmetrics.com>' % uuid.UUID(int=R.getrandbits(128), version=4))]
emit('046-certmetrics-hear-from-you.eml', body, top, hdrs, 'unrelated', None, [S_KEEP], False, 'en')

# 047: Pearson VUE appointment confirmation
dt = T(2025, 4, 11, 9, 30, 22)
txt = '''Dear Sophie Laurent,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for
your records.

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Saturday, May 17, 2025
Time: 09:15 Central European Summer Time
Location: OnVUE online proctored exam
Registration ID: %d

Cancellation or rescheduling is possible up to 24 hours before your appointment.

Sincerely,
Pearson VUE
''' % R.randint(400000000, 499999999)
body = part(txt, cte='quoted-printable')
mf = 'bounce-%s@pearson.com' % rhex(10)
top = trace('gmail', dt, SOP, mf, 'pearson.com', ip='159.183.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
            helo='mta-%d.pearsonvue.com' % R.randint(1, 9), dkim_domains=(('pass', 'pearson.com'),))
top.append(('DKIM-Signature', dkim('pearson.com', 'pvue1', dt)))
hdrs = [('From', 'Pearson VUE <pearsonvueconfirmation@pearson.com>'), ('To', SOP),
        ('Subject', 'Pearson VUE Confirmation of Exam Appointment'), ('Date', rfc(dt)),
        ('Message-ID', '<%s.%d@pearson.com>' % (rhex(20), R.randint(1000, 9999)))]
emit('047-pearson-appointment.eml', body, top, hdrs, 'unrelated', None, [], False, 'en')

# 048: closure that also states the work is done
dt = T(2025, 4, 18, 10, 12, 33)
txt = '''Hello Sophie,

I'm writing to let you know that we've wrapped up your request. The Cloud
Practitioner certification and its exam record that sat on AWS96620314 are
now listed on AWS02938475, and the older profile has been deactivated. Please
sign in with your current email address from now on.

Since everything is in place, this case is now resolved. If anything looks off
when you sign in, just reopen the case from the Support Center.

Best regards,
Kwame A.
Amazon Web Services

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence.

''' + console_footer_txt(S_CASE)
body = part(txt, cte='quoted-printable')
emit('048-re-case-wrapped-up.eml', body, aws_top('gmail', dt, SOP),
     aws_hdrs(CONSOLE[0], SOP, 'RE:[CASE %s] %s' % (S_CASE, S_SUBJ), dt),
     'merge_completed', S_CASE, [S_KEEP, S_OLD], True, 'en')

# 049: separate rating request, says nothing about the merge itself
dt = T(2025, 4, 21, 10, 15, 2)
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your support case <b>%s</b> (%s) was recently resolved. We would appreciate it if you could tell us about your experience.</p>
<p><b>Did we resolve your issue?</b>&nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;answer=yes">Yes</a> &nbsp;|&nbsp; <a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;answer=no">No</a></p>
<p>The survey takes about two minutes. Thank you for helping us improve AWS Support.</p>
<p>Amazon Web Services</p></body></html>''' % (S_CASE, S_SUBJ, S_CASE, S_CASE)
body = part(html, 'html', cte='base64')
emit('049-how-was-your-support.eml', body, aws_top('gmail', dt, SOP),
     aws_hdrs(CONSOLE[0], SOP, 'How did we do? Tell us about support case %s' % S_CASE, dt),
     'survey', S_CASE, [], True, 'en')

# 050: Credly badge issued
dt = T(2025, 4, 19, 2, 33, 8)
html = '''<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<p>Hi Sophie,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p>Accept it to add it to your profile and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>
</td></tr></table></body></html>''' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
txt = '''Hi Sophie,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Cloud Practitioner

Accept your badge:
https://www.credly.com/earner/earned/badge/%s
''' % uuid.UUID(int=R.getrandbits(128), version=4)
body = alt(part(txt, cte='7bit', cs='us-ascii'), part(html, 'html', cte='quoted-printable'))
hdrs = [('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'), ('Reply-To', 'support@credly.com'), ('To', SOP),
        ('Subject', 'Amazon Web Services Training and Certification sent you a badge'),
        ('Date', rfc(dt)), ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(18).replace('/', '_').replace('+', '-'), R.randint(1, 40)))]
emit('050-credly-new-badge.eml', body, credly_top('gmail', dt, SOP), hdrs, 'credly_badge_issued', None, [], True, 'en')

# ---------------------------------------------------------------- Amir Haddad (gmail): wrong charset label, conditional reply
AMI = 'amir.haddad@gmail.com'
A_OPEN = T(2025, 12, 1, 20, 7, 33)
A_CASE = cid15(A_OPEN)
A_KEEP, A_OLD = 'AWS33092714', 'AWS07716530'

# 051: acknowledgement in UTF-8 bytes but labelled us-ascii (8bit)
dt = A_OPEN + timedelta(seconds=26)
txt = '''Hi Amir,

We’ve received your inquiry — thanks for reaching out to AWS Training and
Certification.

Case number: %s
Candidate ID provided: AWS-33092714

What’s next? A support specialist will review the details you shared and get
back to you within 24 hours. There’s no need to resubmit the form; if you
want to add anything, reply to this email and we’ll attach it to the case.

Regards,
AWS Training and Certification Customer Support
''' % A_CASE
body = part(txt, cs='utf-8', cte='8bit', label='us-ascii')
emit('051-inquiry-received.eml', body, aws_top('gmail', dt, AMI),
     aws_hdrs(FORM[0], AMI, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE, dt),
     'case_created', A_CASE, [A_KEEP], True, 'en')

# 054: "once the merge is complete ..." (conditional, nothing done yet)
dt = T(2025, 12, 4, 17, 40, 6)
txt = '''Hi Amir,

Thanks for your message. Your request is with our certification team at the
moment, so nothing has been changed on your profiles yet.

To answer your question: once the merge is complete, the badges currently on
AWS07716530 will be reissued by Credly to the email address on AWS33092714,
and you will receive an invitation to accept them. Your 50%% exam discount
benefit will also carry over. I will let you know as soon as the change has
been made.

Kind regards,
Mei L.
AWS Training and Certification Customer Support

On Thu, Dec 4, 2025 at 9:12 AM Amir Haddad <%s> wrote:
> Hello, quick question while you process this: what happens to my Credly
> badges and the exam voucher I have on the old account?
> Thanks, Amir
''' % AMI
body = part(txt, cte='quoted-printable')
emit('054-re-case-about-badges.eml', body, aws_top('gmail', dt, AMI),
     aws_hdrs(FORM[0], AMI, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE, dt),
     'support_reply', A_CASE, [A_KEEP, A_OLD], True, 'en')

# ---------------------------------------------------------------- Hannah Weber (O365, Germany): direct e-mail, 10-digit case id
HAN = 'hannah.weber@fernwerk-consulting.de'
H_CASE = '7%09d' % R.randint(100000000, 999999999)

# 052: auto-acknowledgement of an e-mail sent straight to the desk
dt = T(2026, 4, 7, 8, 33, 50)
txt = '''Hello,

This is an automatic reply to let you know that your email has reached AWS
Training and Certification Customer Support. A case has been created for you:

    Case %s

Our team works Monday to Friday. You can expect a personal answer within one
to two business days. Please keep the case number in the subject line of any
follow-up email so that your messages stay together.

This is an automated message; the team will follow up separately.

AWS Training and Certification Customer Support
''' % H_CASE
html = '<html><body style="font-family:Arial;font-size:14px">' + ''.join(
    '<p>%s</p>' % p.replace('\n', ' ') for p in txt.split('\n\n')) + '</body></html>'
body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'))
emit('052-auto-reply-email-received.eml', body, aws_top('o365', dt, HAN),
     aws_hdrs(FORM[0], HAN, '[CASE %s] RE: Merge of my two certification accounts' % H_CASE, dt),
     'case_created', H_CASE, [], True, 'en')

# 053: follow-up, do you still need help? (quoted earlier question holds the ids)
dt = T(2026, 4, 15, 12, 2, 19)
txt = '''Hello Hannah,

I am following up on my message from April 8, as we have not heard back from
you yet. Do you still need help with this request?

If so, simply reply to this email with the information requested below. If we
don't hear from you within 5 business days, we will assume the matter has been
taken care of and close the case; you can always reopen it by replying.

Best regards,
Lukas B.
AWS Training and Certification Customer Support

> Hello Hannah,
>
> Thank you for contacting us. I found two profiles matching your name:
> AWS 12874409 (hannah.weber@fernwerk-consulting.de) and AWS 90451166
> (h.weber@posteo.de). Could you confirm that both belong to you and which one
> you would like to keep?
>
> Best regards,
> Lukas B.
'''
body = part(txt, cte='quoted-printable')
emit('053-re-case-still-need-help.eml', body, aws_top('o365', dt, HAN),
     aws_hdrs(FORM[0], HAN, 'RE:[CASE %s] RE: Merge of my two certification accounts' % H_CASE, dt),
     'support_reply', H_CASE, [], True, 'en')

# 055: AWS Training and Certification newsletter
dt = T(2025, 6, 10, 16, 0, 4)
html = '''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hi Kenji,</p>
<h2>Your June learning update</h2>
<p><b>New exam prep plans.</b> Official practice question sets and exam prep plans for the AWS Certified AI Practitioner and Machine Learning Engineer &#8211; Associate are now available in AWS Skill Builder.</p>
<p><b>Certification benefits in one place.</b> Your AWS Certification account now shows all of your benefits, including exam discounts, on a single page.</p>
<p><a href="https://aws.amazon.com/training/?trk=%s">Explore AWS Training and Certification</a></p>
<p style="font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a><br>Amazon Web Services, Inc., 410 Terry Ave North, Seattle, WA 98109</p>
</body></html>''' % rhex(12)
body = part(html, 'html', cte='quoted-printable')
mf = 'bounce-%d-%s@mktomail.amazon.com' % (R.randint(100, 999), rhex(12))
top = trace('gmail', dt, KEN, mf, 'amazon.com', ip='192.28.%d.%d' % (R.randint(128, 159), R.randint(1, 250)), helo='mail%d.mktomail.amazon.com' % R.randint(1, 9),
            dkim_domains=(('pass', 'amazon.com'), ('pass', 'mktomail.amazon.com'))) + [
    ('DKIM-Signature', dkim('amazon.com', 'm1', dt))]
hdrs = [('From', 'AWS Training and Certification <aws-training-and-certification@amazon.com>'), ('To', KEN),
        ('Subject', 'Your June learning update from AWS Training and Certification'), ('Date', rfc(dt)),
        ('Message-ID', '<%d.%s@mktomail.amazon.com>' % (R.randint(10**8, 10**9), rhex(12))),
        ('List-Unsubscribe', '<mailto:unsubscribe-%s@mktomail.amazon.com>' % rhex(10))]
emit('055-june-learning-update.eml', body, top, hdrs, 'unrelated', None, [], True, 'en')

# ---------------------------------------------------------------- Kenta Mori (O365, Japanese company), console case
KTA = 'mori.kenta@hoshizora-tech.co.jp'
KT_OPEN = T(2026, 3, 2, 1, 15, 27)
KT_CASE = cid15(KT_OPEN)
KT_SUBJ = '認定アカウントが2つあるので1つにまとめたい'

# 056: Japanese console acknowledgement, HTML + plain, base64
dt = KT_OPEN + timedelta(seconds=8)
txt = '''Amazon Web Services をご利用いただき、ありがとうございます。
お問い合わせに対応するため、ケース %s を作成しました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
内容: 社用アドレスと個人アドレスで認定アカウントが2つあります。AWS 26610385 と AWS 31174520 です。社用の方に集約したいです。

ケースの確認と返信はサポートセンターから行ってください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールには返信できません。
''' % (KT_CASE, KT_CASE, KT_SUBJ, KT_CASE)
html = '''<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>Amazon Web Services をご利用いただき、ありがとうございます。<br>お問い合わせに対応するため、ケース %s を作成しました。</p>
<table cellpadding="4"><tr><td><b>ケース ID:</b></td><td>%s</td></tr>
<tr><td><b>件名:</b></td><td>%s</td></tr><tr><td><b>重要度:</b></td><td>一般的なガイダンス</td></tr></table>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターでケースを表示</a></p>
<p style="font-size:11px;color:#687078">このメールには返信できません。</p></body></html>''' % (KT_CASE, KT_CASE, KT_SUBJ, KT_CASE)
body = alt(part(txt, cte='base64'), part(html, 'html', cte='base64'))
emit('056-console-case-opened-jp.eml', body, aws_top('o365', dt, KTA),
     aws_hdrs(CONSOLE[0], KTA, subj_ew('Amazon Web Services: 新しいサポートケースが開かれました: %s' % KT_CASE, 'utf-8'), dt),
     'case_created', KT_CASE, ['AWS26610385', 'AWS31174520'], True, 'ja')

# 058: first agent reply; earlier correspondence pasted below without quote markers
dt = T(2026, 3, 3, 4, 50, 41)
txt = '''森 健太 様

お問い合わせいただき、ありがとうございます。AWS サポートの佐々木です。

お知らせいただいた 2 つの認定アカウントについて確認を進めております。
恐れ入りますが、どちらのアカウントを今後お使いになるか（残す側）、
また、もう一方のアカウントのサインイン用メールアドレスを改めてお知らせいただけますか。
ご本人様確認が取れ次第、具体的な手続き内容をご案内いたします。

よろしくお願いいたします。

佐々木
Amazon Web Services

本メールへの評価をお願いいたします。サポートセンターの各返信の右上にある星を選択して評価できます。

-------------------------------------
2026/03/02 10:15 (JST) お客様からのメッセージ:
社用アドレスと個人アドレスで認定アカウントが2つあります。
AWS 26610385 と AWS 31174520 です。社用の方に集約したいです。
-------------------------------------

ケースの確認と返信はサポートセンターから行ってください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
''' % KT_CASE
body = part(txt, cte='quoted-printable')
emit('058-re-case-sasaki.eml', body, aws_top('o365', dt, KTA),
     aws_hdrs(CONSOLE[0], KTA, subj_ew('RE:[CASE %s] %s' % (KT_CASE, KT_SUBJ), 'utf-8'), dt),
     'support_reply', KT_CASE, [], True, 'ja')

# 059: Japanese phishing about billing (not about the merge); provider says dmarc=fail
dt = T(2026, 3, 4, 23, 18, 5)
html = '''<html><body style="font-family:Meiryo,sans-serif">
<p>お客様各位</p>
<p>ご登録のお支払い方法でのご請求が承認されなかったため、AWS アカウントの一部サービスを一時停止しました。</p>
<p>72 時間以内に以下のリンクからお支払い情報を更新してください。更新が確認できない場合、アカウントは閉鎖されます。</p>
<p><a href="https://aws-billing-jp.net/console/payments?id=%s">お支払い情報を更新する</a></p>
<p>Amazon Web Services Japan</p></body></html>''' % rhex(16)
body = part(html, 'html', cte='base64')
mf = 'no-reply@aws-billing-jp.net'
top = trace('o365', dt, KTA, mf, 'amazon.co.jp', ip='103.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
            helo='mail.aws-billing-jp.net', dkim_domains=(), spf='pass', dmarc='fail', dmarc_policy='QUARANTINE', compauth='fail reason=000')
hdrs = [('From', '"Amazon Web Services" <billing@amazon.co.jp>'), ('To', KTA),
        ('Subject', subj_ew('【重要】お支払い情報の確認が必要です', 'utf-8')), ('Date', rfc(dt)),
        ('Message-ID', '<%s@aws-billing-jp.net>' % rhex(20))]
emit('059-oshiharai-kakunin.eml', body, top, hdrs, 'unrelated', None, [], False, 'ja')

# ---------------------------------------------------------------- Haruka Fujii (OCN), Japanese form acknowledgement
HAR = 'fujii-haruka@ocn.ne.jp'
H2_OPEN = T(2025, 10, 20, 23, 58, 2)
H2_CASE = cid15(H2_OPEN)

# 057: form acknowledgement, Japanese body, English subject, copy with ids in varied spelling
dt = H2_OPEN + timedelta(seconds=37)
txt = '''藤井 はるか 様

AWS トレーニングと認定へのお問い合わせを承りました。
お問い合わせ番号は %s です。

担当者が内容を確認し、24 時間以内を目安にメールでご回答いたします。
（お問い合わせが集中している場合、お時間をいただくことがあります。）

■ご入力内容
お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
AWS 受験者 ID: AWS-48820163
お問い合わせ内容:
認定アカウントが aws 59017730 と AWS-48820163 の2つあります。
AWS-48820163 の方を残して、もう一方をまとめていただけますか。

本メールにご返信いただくと、同じお問い合わせ番号で担当者に届きます。

AWS トレーニングと認定 カスタマーサポート
''' % H2_CASE
body = part(txt, cte='quoted-printable')
emit('057-otoiawase-bangou.eml', body, aws_top('ocn', dt, HAR),
     aws_hdrs(FORM[0], HAR, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H2_CASE, dt),
     'case_created', H2_CASE, ['AWS48820163', 'AWS59017730'], True, 'ja')

# 060: Credly: badges moved to the surviving account (Kenji)
dt = T(2025, 6, 4, 3, 21, 45)
html = '''<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<p>Hi Kenji,</p>
<p>Your credentials from Amazon Web Services Training and Certification have been transferred to this email address following an update to your certification account. The following badges are waiting for you:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect &#8211; Associate</li></ul>
<p>Accept them to display them on your Credly profile.</p>
<p><a href="https://www.credly.com/earner/earned?ref=%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:12px;color:#888">Questions? Visit <a href="https://support.credly.com">support.credly.com</a>.</p>
</td></tr></table></body></html>''' % rhex(16)
body = part(html, 'html', cte='quoted-printable')
hdrs = [('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'), ('Reply-To', 'support@credly.com'), ('To', KEN),
        ('Subject', 'Your badges are ready to accept'),
        ('Date', rfc(dt)), ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(18).replace('/', '_').replace('+', '-'), R.randint(1, 40)))]
emit('060-credly-badges-ready.eml', body, credly_top('gmail', dt, KEN), hdrs, 'credly_badge_issued', None, [], True, 'en')

# ---- FOOTER
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
print(len(LABELS), 'mails')
