#!/usr/bin/env python3
"""Generator for blind set 125: AWS Certification account-merge mail (en/ja)."""
import base64, quopri, json, os, io, random, datetime, hashlib
from zoneinfo import ZoneInfo
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email import policy
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(125125)
MAILS = []
UTC = datetime.timezone.utc
LA = ZoneInfo('America/Los_Angeles')
JST = ZoneInfo('Asia/Tokyo')

# ---------------------------------------------------------------- helpers
def D(s, tz='UTC'):
    z = {'UTC': UTC, 'LA': LA, 'JST': JST}.get(tz) or ZoneInfo(tz)
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=z)

def later(d, **kw):
    return d + datetime.timedelta(**kw)

def cid15(d):
    return str(int(d.timestamp())) + '%05d' % rng.randrange(100000)

def hx(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))

def b64r(n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()

def uid():
    return '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))

def ses_id(d):
    ms = int(d.timestamp() * 1000) + rng.randrange(900)
    return '0100%012x-%s-000000' % (ms, uid())

def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    s = d.strftime('%a, %d %b %Y %H:%M:%S %z')
    return s

def rfcz(d, tz):
    d = d.astimezone(tz)
    return d.strftime('%a, %d %b %Y %H:%M:%S %z') + ' (%s)' % d.tzname()

def enc_words(s, charset='utf-8', per=12, enc='B'):
    """Encode s as RFC 2047 encoded-words, several chunks folded over lines."""
    if all(ord(c) < 128 for c in s):
        return s
    chunks = [s[i:i + per] for i in range(0, len(s), per)]
    out = []
    for c in chunks:
        raw = c.encode(charset)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (charset.upper() if charset != 'utf-8' else 'UTF-8',
                                        base64.b64encode(raw).decode()))
        else:
            q = ''.join(chr(b) if (chr(b).isalnum() and b < 128) else '=%02X' % b for b in raw)
            out.append('=?%s?Q?%s?=' % ('UTF-8' if charset == 'utf-8' else charset, q))
    return '\n '.join(out)

def addr(name, a, charset='utf-8'):
    if name is None:
        return a
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return '%s <%s>' % (enc_words(name, charset, per=20), a)

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None):
    codec = {'shift_jis': 'cp932', 'iso-2022-jp': 'iso-2022-jp'}.get(charset, charset)
    raw = text.encode(codec)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    del p['MIME-Version']
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p

def alt(*parts):
    m = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (
        rng.randrange(10**6), rng.randrange(10**9), rng.randrange(10**12)))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m

def mixed(*parts):
    m = MIMEMultipart('mixed', boundary='=_%s' % hx(28))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m

def dkimsig(dom, sel, d, h='Subject:From:To:Date:Mime-Version:Content-Type:References:Message-Id:Feedback-ID'):
    b = b64r(192)
    b = '\n\t '.join(b[i:i + 70] for i in range(0, len(b), 70))
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (sel, dom, int(d.timestamp()), h, b64r(32), b))

SES_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_IPS = ['54.240.8.%d' % i for i in (21, 30, 44, 67, 82, 95)] + ['54.240.48.%d' % i for i in (101, 117, 131)] + ['23.251.234.%d' % i for i in (9, 14)]

def ses_host(ip):
    a, b, c, dd = ip.split('.')
    if a == '54' and c == '8':
        return 'a8-%s.smtp-out.amazonses.com' % dd
    if a == '54' and c == '48':
        return 'a48-%s.smtp-out.amazonses.com' % dd
    return 'e234-%s.smtp-out.us-west-2.amazonses.com' % dd

def delivery(provider, d, to, ip, host, mailfrom, from_dom, dkim_doms, dmarc='pass',
             spf='pass', dkim='pass', pol='QUARANTINE'):
    """Headers a receiving provider adds (topmost first)."""
    H = []
    mf_dom = mailfrom.split('@')[1]
    r1 = later(d, seconds=rng.randrange(1, 4))
    r2 = later(r1, seconds=rng.randrange(0, 2))
    if provider == 'gmail':
        H.append(('Delivered-To', to))
        H.append(('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
                  % (hx(4), hx(3), hx(3), hx(4), hx(4) + 'csp' + str(rng.randrange(10**6, 10**7)), rfcz(r2, LA))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + b64r(60).replace('=', '')[:74]))
        H.append(('X-Received', 'by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s'
                  % (hx(4), hx(3), hx(3), hx(4), 'af79cd13be357-7c' + hx(6) + 'a' + hx(2), rng.randrange(10, 99), rng.randrange(10**12, 10**13), rfcz(r2, LA))))
        H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(r1.timestamp()), b64r(60))))
        H.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (b64r(32), b64r(32), b64r(60))))
        auth = ['mx.google.com']
        for dd_ in dkim_doms:
            auth.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dd_, SES_SEL if 'ses' in dd_ else 'rjuqjnvqrla', b64r(6)[:8]))
        auth.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
                    % (spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom))
        auth.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, pol, pol, 'NONE' if dmarc == 'pass' else pol, from_dom))
        ar = ';\n       '.join(auth)
        H.append(('ARC-Authentication-Results', 'i=1; ' + ar))
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (host, host, ip, 'af79cd13be357-7c' + hx(6), rng.randrange(10, 99), rng.randrange(10**6, 10**7), rng.randrange(1, 9), to, rfcz(r1, LA))))
        H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                  % (spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)))
        H.append(('Authentication-Results', ar))
    elif provider == 'outlook':
        tenant = rng.choice(['namprd11', 'eurprd07', 'apcprd04', 'namprd04', 'eurprd02'])
        mbx = 'DM6PR%02dMB%04d.%s.prod.outlook.com' % (rng.randrange(1, 20), rng.randrange(1000, 9999), tenant)
        fe = 'BN%dPEPF0000%s.%s.prod.outlook.com' % (rng.randrange(1, 9), hx(4).upper(), tenant)
        H.append(('Received', 'from %s (2603:10b6:%s:%s::%d) by\n %s with HTTPS; %s'
                  % (mbx, hx(3), hx(3), rng.randrange(1, 30), 'SA1PR%02dMB%04d.%s.prod.outlook.com' % (rng.randrange(1, 20), rng.randrange(1000, 9999), tenant), rfc(r2, UTC))))
        H.append(('Received', 'from %s (2603:10b6:408:%s::%d) by\n %s (2603:10b6:5:%s::%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                  % (fe.replace('PEPF', 'CA').replace('0000', '05'), hx(3), rng.randrange(1, 30), mbx, hx(3), rng.randrange(1, 30), rng.randrange(8000, 9300), rng.randrange(10, 40), rfc(r2, UTC))))
        dk = dkim_doms[0] if dkim_doms else 'none'
        auth = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s' % (
            spf, ip, mf_dom, dkim, dk, dmarc, 'none' if dmarc == 'pass' else 'quarantine', from_dom,
            'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000')
        if dkim != 'pass':
            auth = auth.replace('(signature was verified)', '(signature did not verify)')
        H.append(('Authentication-Results', auth))
        H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                  % ('Pass' if spf == 'pass' else 'SoftFail', mf_dom, ip, ip, host)))
        H.append(('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
                  % (host, ip, fe.replace('.prod.outlook.com', '.mail.protection.outlook.com'), rng.randrange(200, 255), rng.randrange(1, 250), rng.randrange(8000, 9300), rng.randrange(10, 40), rfc(r1, UTC))))
        H.append(('X-MS-Exchange-Organization-AuthSource', fe.replace('.prod.outlook.com', '.mail.protection.outlook.com')))
        H.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        H.append(('X-MS-Exchange-Organization-SCL', '1' if dmarc == 'pass' else '5'))
    elif provider in ('biglobe', 'nifty', 'ocn', 'docomo', 'sakura', 'ezweb'):
        mx = {'biglobe': 'mta-rcv-%02d.mail.biglobe.ne.jp', 'nifty': 'mx%02d.nifty.com',
              'ocn': 'mfgw%02d.ocn.ad.jp', 'docomo': 'mfsmax%02d.docomo.ne.jp',
              'sakura': 'www%04d.sakura.ne.jp', 'ezweb': 'mx%02d.au.com'}[provider] % rng.randrange(1, 40)
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s'
                  % (host, host, ip, mx, hx(8).upper(), to, rfc(r1, JST))))
        dk = ' '.join('dkim=%s header.d=%s header.s=%s;' % (dkim, x, SES_SEL if 'ses' in x else 'rjuqjnvqrla') for x in dkim_doms) if dkim_doms else 'dkim=none;'
        ar = '%s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s\n\tdmarc=%s (p=%s dis=%s) header.from=%s' % (
            mx, spf, mailfrom, dk, dmarc, pol.lower(), 'none' if dmarc == 'pass' else pol.lower(), from_dom)
        H.insert(1, ('Authentication-Results', ar))
        H.append(('X-Spam-Status', 'No, score=%0.1f' % (rng.random() * 2)))
    elif provider == 'none':
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from mailgw%02d.%s (unknown [10.%d.%d.%d])\n\tby mbx%02d.%s with ESMTP id %s\n\tfor <%s>; %s'
                  % (rng.randrange(1, 9), to.split('@')[1], rng.randrange(256), rng.randrange(256), rng.randrange(256),
                     rng.randrange(1, 9), to.split('@')[1], hx(10).upper(), to, rfc(r2, JST if to.endswith('.jp') else UTC))))
        H.append(('Received', 'from %s (%s [%s])\n\tby mailgw%02d.%s with ESMTPS id %s\n\tfor <%s>; %s'
                  % (host, host, ip, rng.randrange(1, 9), to.split('@')[1], hx(10).upper(), to, rfc(r1, JST if to.endswith('.jp') else UTC))))
    return H

def aws_delivery(provider, d, to, from_dom='amazon.com', dmarc='pass', dkim='pass', spf='pass', ip=None):
    ip = ip or rng.choice(SES_IPS)
    host = ses_host(ip)
    sid = ses_id(d)
    mailfrom = '%s@email.amazonses.com' % sid if provider != 'outlook' else '%s@amazonses.com' % sid
    H = delivery(provider, d, to, ip, host, mailfrom, from_dom, [from_dom, 'amazonses.com'], dmarc=dmarc, dkim=dkim, spf=spf)
    H.append(('DKIM-Signature', dkimsig(from_dom, 'rjuqjnvqrla' if provider != 'x' else 's1', d)))
    H.append(('DKIM-Signature', dkimsig('amazonses.com', SES_SEL, d)))
    return H, '<%s@email.amazonses.com>' % sid

def build(top, headers, hdr):
    """top: MIME part (single or multipart). headers: delivery headers list.
    hdr: ordered list of (name, value) for the originator headers."""
    saved = [(k, v) for k, v in top.items()]
    for k in list(top.keys()):
        del top[k]
    for k, v in headers:
        top[k] = v
    for k, v in hdr:
        if v is not None:
            top[k] = v
    if top['In-Reply-To'] and not top['References']:
        top['References'] = top['In-Reply-To']
    top['MIME-Version'] = '1.0'
    for k, v in saved:
        if k.lower() != 'mime-version':
            top[k] = v
    return top

def L(kind, case_id, ids, sv, lang):
    ids = sorted(set(i.upper().replace(' ', '').replace('-', '') for i in ids))
    return {'kind': kind, 'case_id': case_id, 'account_ids': ids, 'sender_verified': sv, 'language': lang}

def mail(fn):
    def deco(f):
        MAILS.append((fn, f))
        return f
    return deco

def write_all():
    labels = {}
    names = set()
    for fn, f in MAILS:
        assert fn not in names, fn
        names.add(fn)
        msg, lab = f()
        b = io.BytesIO()
        BytesGenerator(b, policy=policy.compat32.clone(linesep='\n', max_line_length=0), mangle_from_=False).flatten(msg)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(b.getvalue())
        labels[fn] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote', len(labels))

# ---------------------------------------------------------------- people
AWS_FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
AWS_NOREPLY = ('Amazon Web Services', 'no-reply-aws@amazon.com')

# ================================================================ MAILS
FOOT_EN = ("\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
           "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
           "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")
FOOT_JA = ("\n\nアマゾン ウェブ サービス ジャパン合同会社\n〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア\n"
           "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n")

def aws_msg(top, provider, d, to_addr, to_name, frm, subject, dmarc='pass', dkim='pass', extra=(),
            from_dom='amazon.com', reply_to=None):
    H, mid = aws_delivery(provider, d, to_addr, from_dom=from_dom, dmarc=dmarc, dkim=dkim)
    ip = [v for k, v in H if k == 'Received-SPF' or k == 'Received'][-1]
    hdr = [('Date', rfc(d, UTC)), ('From', addr(*frm)), ('Reply-To', reply_to),
           ('To', addr(to_name, to_addr)), ('Message-ID', mid), ('Subject', subject)]
    hdr += list(extra)
    hdr += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(33)[:43]),
            ('X-SES-Outgoing', d.strftime('%Y.%m.%d') + '-' + rng.choice(SES_IPS))]
    return build(top, H, hdr)

def plain_msg(top, provider, d, frm, to, subject, mailfrom, ip, host, dkim_doms, from_dom=None,
              dmarc='pass', spf='pass', dkim='pass', mid=None, extra=(), dkim_sigs=None, tz=UTC, pol='NONE'):
    from_dom = from_dom or frm[1].split('@')[1]
    H = delivery(provider, d, to[1], ip, host, mailfrom, from_dom, dkim_doms, dmarc=dmarc, spf=spf, dkim=dkim, pol=pol)
    for dd_ in (dkim_sigs if dkim_sigs is not None else dkim_doms):
        H.append(('DKIM-Signature', dkimsig(dd_, rng.choice(['s1', 'google', 'selector1', '20230601', 'k1']), d,
                                            h='from:to:subject:date:message-id:mime-version:content-type')))
    hdr = [('Date', rfc(d, tz)), ('From', addr(*frm)), ('To', addr(*to)),
           ('Message-ID', mid or '<%s@%s>' % (hx(24), from_dom)), ('Subject', subject)]
    hdr += list(extra)
    return build(top, H, hdr)

def credly_msg(top, provider, d, to, subject, frm_name='Amazon Web Services Training and Certification via Credly',
               frm_addr='admin@credly.com', dmarc='pass', dom='credly.com'):
    ip = '149.72.%d.%d' % (rng.randrange(100, 250), rng.randrange(1, 250))
    host = 'o%d.ptr%d.%s' % (rng.randrange(1, 9), rng.randrange(1000, 9999), dom)
    mailfrom = 'bounces+%d-%s-%s=%s@em%d.%s' % (rng.randrange(10**6, 10**7), hx(4), to[1].split('@')[0], to[1].split('@')[1], rng.randrange(1000, 9999), dom)
    return plain_msg(top, provider, d, (frm_name, frm_addr), to, subject, mailfrom, ip, host,
                     [dom, 'sendgrid.info'], from_dom=frm_addr.split('@')[1], dmarc=dmarc,
                     mid='<%s@geopod-ismtpd-%d>' % (b64r(16).replace('/', '_').replace('+', '-').rstrip('='), rng.randrange(1, 40)),
                     pol='REJECT' if dom == 'credly.com' else 'NONE')

def gq(text):
    """Gmail/RFC style '> ' quoting."""
    return '\n'.join(('>' + (' ' + l if l and not l.startswith('>') else l)) for l in text.split('\n'))

# --- Story A: Priya Raman, gmail, form case, Dublin agent
PRIYA = ('Priya Raman', 'priya.raman.cloud@gmail.com')
A_OPEN = D('2025-05-26 14:02:11')
A_CASE = cid15(A_OPEN)
A_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

@mail('001-form-received-priya.eml')
def _():
    d = later(A_OPEN, seconds=7)
    t = f"""Hello Priya,

Thanks for getting in touch with AWS Training and Certification. This note is just to let you
know your message reached us and now has a reference number: {A_CASE}.

A member of our team will read through what you sent and write back to this address, normally
within one business day. If you think of anything else we should know, reply to this e-mail and
keep the reference number in the subject line so it lands in the same place. There is no need to
fill in the form a second time.

What you sent us:
  Inquiry type: AWS Training and Certification
  Category: Certification
  Detail: Account Merge
  AWS candidate ID: aws-04718263
  Description: I have two certification accounts. The old one (AWS09935172) was created with my
  previous employer's e-mail. Please move everything onto the newer one.

Kind regards,
AWS Training and Certification Customer Support{FOOT_EN}"""
    top = part(t, cte='quoted-printable')
    msg = aws_msg(top, 'gmail', d, PRIYA[1], 'Priya Raman', AWS_FORM,
                  f'[CASE {A_CASE}] {A_SUBJ}')
    return msg, L('case_created', A_CASE, ['AWS04718263', 'AWS09935172'], True, 'en')

A_CONFIRM_TXT = f"""Hi Priya,

Thanks for your patience while I looked into this.

I found the two certification profiles below, both in your name:

  AWS04718263 - login priya.raman.cloud@gmail.com (this is the one that will remain)
  AWS09935172 - login p.raman@lumenfield-systems.com (its exam history and certifications would
  be moved across and the profile itself switched off)

Before I ask our team to go ahead, I need to hear back from you. Once the two are combined we have
no way of splitting them again, so please have a look at the details above and write back to say
they are right, or tell me what should change.

If I don't hear from you within five days this request will be set aside, but you can still
answer after that and we'll pick it up again.

Best regards,
Ciarán D.
AWS Training and Certification Customer Support
Dublin, Ireland"""

@mail('002-dublin-please-check-two-profiles.eml')
def _():
    d = D('2025-05-27 09:41:52')
    top = part(A_CONFIRM_TXT + FOOT_EN, cte='quoted-printable')
    msg = aws_msg(top, 'gmail', d, PRIYA[1], None, AWS_FORM, f'RE:[CASE {A_CASE}] {A_SUBJ}')
    return msg, L('merge_confirmation_requested', A_CASE, ['AWS04718263', 'AWS09935172'], True, 'en')

A_USER_REPLY = f"""Hi Ciarán,

Yes, that's all correct - keep AWS04718263 and fold the other one into it. Go ahead.

Thanks,
Priya"""

@mail('003-dublin-handed-over-to-team.eml')
def _():
    d = D('2025-05-27 16:20:03')
    t = f"""Hi Priya,

Lovely, thanks for coming back to me so quickly. I've passed your reply on to the colleagues who
make the change on our side and they have it in their queue now. Nothing else is needed from you
for the moment.

You'll get a note from us when they're finished. Please allow up to three working days.

Best regards,
Ciarán D.
AWS Training and Certification Customer Support

On Tue, 27 May 2025 at 13:15, Priya Raman <priya.raman.cloud@gmail.com> wrote:
{gq(A_USER_REPLY)}
>
> On Tue, 27 May 2025 at 10:41, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
{gq(gq(A_CONFIRM_TXT))}
"""
    top = part(t + FOOT_EN, cte='quoted-printable')
    msg = aws_msg(top, 'gmail', d, PRIYA[1], None, AWS_FORM, f'RE:[CASE {A_CASE}] {A_SUBJ}')
    return msg, L('support_reply', A_CASE, [], True, 'en')

@mail('004-dublin-records-now-on-one-profile.eml')
def _():
    d = D('2025-05-28 08:05:40')
    t = f"""Hi Priya,

Good news to start your day: everything that sat under aws09935172 - both certifications, your
exam history and the 50% voucher you had not used yet - now shows on AWS04718263. The older
profile has been closed off, so signing in with your previous employer's address will no longer
work.

It may take up to a day for the change to show in your Certification Account dashboard. Your
Credly badges should follow separately; if they haven't appeared within a week, reply here and
I'll chase it.

Best regards,
Ciarán D.
AWS Training and Certification Customer Support

--
Did this reply help? Tell us here: https://aws.amazon.com/survey/tc-support?case={A_CASE}&src=email"""
    top = alt(part(t + FOOT_EN, cte='quoted-printable'),
              part('<html><body style="font-family:Arial,sans-serif;font-size:14px">' +
                   t.replace('&', '&amp;').replace('\n\n', '</p><p>').replace('\n', '<br>')
                   .replace('Did this reply help? Tell us here: ', '<a href="https://aws.amazon.com/survey/tc-support?case=%s&amp;src=email">Did this reply help? Tell us here</a> ' % A_CASE) +
                   '</p></body></html>', 'html', cte='quoted-printable'))
    msg = aws_msg(top, 'gmail', d, PRIYA[1], None, AWS_FORM, f'RE:[CASE {A_CASE}] {A_SUBJ}')
    return msg, L('merge_completed', A_CASE, ['AWS04718263', 'AWS09935172'], True, 'en')

def html_of(t, style='font-family:Arial,sans-serif;font-size:14px'):
    body = t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = body.split('\n\n')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="%s">' % style + ''.join('<p>%s</p>\n' % p.replace('\n', '<br>\n') for p in paras)
            + '</div></body></html>')

@mail('005-how-did-ciaran-do.eml')
def _():
    d = D('2025-05-28 08:06:15')
    t = f"""Hello Priya,

We've marked case {A_CASE} as finished on our side.

Could you spare a minute to tell us about the help you got from our Training and Certification
team? Your answers go straight to the people who run the support desk and are read every week.

  Did we sort out what you contacted us about?   YES  /  NO

  https://aws.amazon.com/survey/tc-support?case={A_CASE}&q=1

If something is still outstanding, just reply to this e-mail and the case will open up again.

Thank you,
AWS Training and Certification{FOOT_EN}"""
    h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Priya,</p>
<p>We've marked case <b>{A_CASE}</b> as finished on our side.</p>
<p>Could you spare a minute to tell us about the help you got from our Training and Certification team?</p>
<table cellpadding="8"><tr><td>Did we sort out what you contacted us about?</td>
<td><a href="https://aws.amazon.com/survey/tc-support?case={A_CASE}&amp;q=1&amp;a=yes" style="background:#ff9900;color:#000;padding:6px 14px;text-decoration:none">YES</a></td>
<td><a href="https://aws.amazon.com/survey/tc-support?case={A_CASE}&amp;q=1&amp;a=no" style="background:#d5dbdb;color:#000;padding:6px 14px;text-decoration:none">NO</a></td></tr></table>
<p>If something is still outstanding, just reply to this e-mail and the case will open up again.</p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>"""
    top = alt(part(t, cte='quoted-printable'), part(h, 'html', cte='quoted-printable'))
    msg = aws_msg(top, 'gmail', d, PRIYA[1], None, AWS_FORM, f'[CASE {A_CASE}] A minute of your time?')
    return msg, L('survey', A_CASE, [], True, 'en')

@mail('006-credly-developer-associate-waiting.eml')
def _():
    d = D('2025-05-29 03:12:09')
    t = """Priya, Amazon Web Services Training and Certification has recognised your achievement

AWS Certified Developer - Associate

Amazon Web Services Training and Certification sent you this digital credential so you can
show it on LinkedIn, in your e-mail signature or on your CV. Sign in to add it to your
profile and decide who can see it:

https://www.credly.com/earner/earned/badge/3f6c1a2e-9b0d-4c57-8e21-5d7a9f40b1c3

You'll need to sign in (or create a Credly account) with priya.raman.cloud@gmail.com.

Questions? https://support.credly.com

Credly, Inc. | 1 Liberty Plaza, 13th Floor | New York, NY 10006
You are receiving this e-mail because an organisation issued you a credential via Credly.
Unsubscribe: https://www.credly.com/notification_preferences"""
    h = """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" alt="AWS Certified Developer - Associate" width="110"></td></tr>
<tr><td style="padding:0 24px;font-size:20px">Priya, Amazon Web Services Training and Certification has recognised your achievement</td></tr>
<tr><td style="padding:12px 24px;font-size:16px"><b>AWS Certified Developer &ndash; Associate</b></td></tr>
<tr><td style="padding:0 24px;font-size:14px">Show it on LinkedIn, in your e-mail signature or on your CV. Add it to your profile and decide who can see it.</td></tr>
<tr><td style="padding:24px"><a href="https://www.credly.com/earner/earned/badge/3f6c1a2e-9b0d-4c57-8e21-5d7a9f40b1c3" style="background:#00a0ad;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Add to my profile</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">Credly, Inc. | 1 Liberty Plaza, 13th Floor | New York, NY 10006</td></tr>
</table></body></html>"""
    top = alt(part(t, cte='quoted-printable'), part(h, 'html', cte='quoted-printable'))
    msg = credly_msg(top, 'gmail', d, PRIYA, 'Your achievement from Amazon Web Services Training and Certification is ready')
    return msg, L('credly_badge_issued', None, [], True, 'en')

# --- Story B: 田中 健一, biglobe, console case in Japanese
TANAKA = ('田中 健一', 'k-tanaka.0718@kfa.biglobe.ne.jp')
B_OPEN = D('2025-08-18 01:23:45')
B_CASE = cid15(B_OPEN)
B_SUBJ = '認定アカウントの統合のお願い'

@mail('007-console-case-uketsuke-tanaka.eml')
def _():
    d = later(B_OPEN, seconds=11)
    t = f"""田中 健一 様

アマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。

お寄せいただいた内容を拝見するため、以下のとおりケースを起票いたしました。
担当者より順次ご連絡を差し上げますので、今しばらくお待ちください。

ケース ID: {B_CASE}
件名: {B_SUBJ}
重要度: 一般的な質問
お問い合わせの種類: アカウントおよび請求 / トレーニングと認定

ケースの状況の確認や追加情報のご提供は、サポートセンターから行っていただけます。
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

※本メールは送信専用アドレスから配信されております。このメールにご返信いただいても
お受けすることができませんので、あらかじめご了承ください。

アマゾン ウェブ サービス{FOOT_JA}"""
    top = part(t, charset='iso-2022-jp', cte='7bit')
    subj = enc_words(f'Amazon Web Services: サポートケースを受け付けました: {B_CASE}', 'iso-2022-jp', per=14)
    msg = aws_msg(top, 'biglobe', d, TANAKA[1], None, AWS_NOREPLY, subj)
    return msg, L('case_created', B_CASE, [], True, 'ja')

B_ASK = f"""田中 健一 様

いつも大変お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小野寺でございます。

このたびは認定アカウントの件でご連絡をいただき、誠にありがとうございます。
頂戴した情報をもとにお調べいたしましたところ、田中様のお名前で登録された認定アカウントが
二件確認できました。

恐れ入りますが、手続きを進めるにあたり、下記につきましてご教示いただけますでしょうか。

　１．今後お使いになるアカウントとして、どちらを残すことをご希望でいらっしゃいますか。
　２．それぞれのアカウントにサインインする際のメールアドレス
　３．アカウントが二つに分かれてしまった経緯（お分かりになる範囲で結構でございます）

お手数をおかけいたしますが、サポートセンターのケース画面よりご返信くださいますよう
お願い申し上げます。

何卒よろしくお願い申し上げます。

小野寺
アマゾン ウェブ サービス トレーニングと認定 カスタマーサポート"""

@mail('008-onodera-dochira-wo-nokosu.eml')
def _():
    d = D('2025-08-19 02:48:30')
    t = B_ASK + f"""

このケースへの返信や、お問い合わせ履歴の確認はこちらから:
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja

※このメールアドレスは送信専用です。ご返信いただいてもお答えできません。{FOOT_JA}"""
    top = part(t, cte='quoted-printable')
    subj = enc_words(f'RE:[CASE {B_CASE}] {B_SUBJ}', 'utf-8', per=16)
    msg = aws_msg(top, 'biglobe', d, TANAKA[1], None, AWS_NOREPLY, subj)
    return msg, L('support_reply', B_CASE, [], True, 'ja')

B_CONF = f"""田中 健一 様

いつも大変お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小野寺でございます。

ご丁寧にご回答いただき、誠にありがとうございます。
頂戴した内容をもとに、以下のとおり手続きを準備いたしました。

　存続するアカウント：AWS02287461（サインイン：k-tanaka.0718@kfa.biglobe.ne.jp）
　取り込まれるアカウント：aws 06613095（サインイン：tanaka.k@minato-densan.co.jp）

取り込まれる側のアカウントに記録されている認定資格、受験履歴、特典は、すべて
AWS02287461 へ移され、aws 06613095 はその後ご利用いただけなくなります。

なお、本手続きは一度実施いたしますと、元の状態に戻すことがいたしかねます。
誠に恐れ入りますが、上記の内容にお間違いがないかご確認のうえ、差し支えなければ
「上記の内容で進めてください」とご返信いただけますでしょうか。
ご返信を頂戴するまでは、作業には着手いたしませんのでご安心くださいませ。

何卒よろしくお願い申し上げます。

小野寺
アマゾン ウェブ サービス トレーニングと認定 カスタマーサポート"""

@mail('009-onodera-naiyou-go-kakunin.eml')
def _():
    d = D('2025-08-20 05:10:02')
    prev_user = """小野寺様

ご連絡ありがとうございます。
１．残したいのは AWS02287461 です。
２．AWS02287461 は k-tanaka.0718@kfa.biglobe.ne.jp、もう一方の AWS06613095 は前職の
　　tanaka.k@minato-densan.co.jp です。
３．転職の際に新しいアドレスで受験登録をしてしまったためです。

よろしくお願いいたします。
田中"""
    t = B_CONF + f"""

------------------------------------------------------------
お問い合わせ履歴
------------------------------------------------------------
2025/08/19 22:31 (JST)  お客様
{prev_user}

2025/08/19 11:48 (JST)  アマゾン ウェブ サービス
{B_ASK}

https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja
※このメールアドレスは送信専用です。{FOOT_JA}"""
    top = part(t, charset='iso-2022-jp', cte='7bit')
    subj = enc_words(f'RE:[CASE {B_CASE}] {B_SUBJ}', 'iso-2022-jp', per=10)
    msg = aws_msg(top, 'biglobe', d, TANAKA[1], None, AWS_NOREPLY, subj)
    return msg, L('merge_confirmation_requested', B_CASE, ['AWS02287461', 'AWS06613095'], True, 'ja')

@mail('010-onodera-tantou-busho-e-irai.eml')
def _():
    d = D('2025-08-21 00:37:19')
    t = f"""田中 健一 様

いつも大変お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小野寺でございます。

ご確認のご返信を賜り、誠にありがとうございます。
頂戴したお返事をもちまして、担当部署へ作業を依頼いたしました。
作業が終わり次第、改めて本ケースにてご報告申し上げます。
通常、二～三営業日ほどお時間を頂戴しておりますので、恐れ入りますが今しばらくお待ち
くださいますようお願い申し上げます。

その間、両方のアカウントへのサインインは引き続き可能でございますが、新たな試験の
ご予約はお控えいただけますと幸いです。

何卒よろしくお願い申し上げます。

小野寺
アマゾン ウェブ サービス トレーニングと認定 カスタマーサポート

https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja
※このメールアドレスは送信専用です。{FOOT_JA}"""
    top = alt(part(t, cte='base64'), part(html_of(t, 'font-family:Meiryo,sans-serif;font-size:14px'), 'html', cte='base64'))
    subj = enc_words(f'RE:[CASE {B_CASE}] {B_SUBJ}', 'utf-8', per=11)
    msg = aws_msg(top, 'biglobe', d, TANAKA[1], None, AWS_NOREPLY, subj)
    return msg, L('support_reply', B_CASE, [], True, 'ja')

@mail('011-onodera-iten-itashimashita.eml')
def _():
    d = D('2025-08-22 07:55:48')
    t = f"""田中 健一 様

いつも大変お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小野寺でございます。

大変お待たせいたしました。
ご依頼いただいておりました件につきまして、AWS06613095 に記録されていた認定資格
（AWS Certified Solutions Architect - Associate、AWS Certified Cloud Practitioner）
および受験履歴を、すべて AWS02287461 へ移行いたしました。
AWS06613095 は閉鎖済みとなっておりますので、今後は AWS02287461 にてサインイン
くださいますようお願い申し上げます。

画面への反映には最大で 24 時間ほどかかる場合がございます。
Credly のデジタルバッジにつきましては、別途 Credly よりご案内が届く予定でございます。

本ケースにつきましては、これをもちましてクローズとさせていただきます。
その他ご不明な点がございましたら、どうぞお気軽にお問い合わせくださいませ。

小野寺
アマゾン ウェブ サービス トレーニングと認定 カスタマーサポート

本ケースでの対応はいかがでしたでしょうか。以下よりご評価をお寄せください。
https://support.console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja&rate=1
※このメールアドレスは送信専用です。{FOOT_JA}"""
    top = part(t, charset='iso-2022-jp', cte='7bit')
    subj = enc_words(f'RE:[CASE {B_CASE}] {B_SUBJ}', 'iso-2022-jp', per=8)
    msg = aws_msg(top, 'biglobe', d, TANAKA[1], None, AWS_NOREPLY, subj)
    return msg, L('merge_completed', B_CASE, ['AWS02287461', 'AWS06613095'], True, 'ja')

@mail('012-console-goiken-tanaka.eml')
def _():
    d = D('2025-08-25 08:00:12')
    t = f"""田中 健一 様

先日はアマゾン ウェブ サービス サポートをご利用いただき、ありがとうございました。

ケース {B_CASE}（{B_SUBJ}）は、対応を終了した状態となっております。
今後のサービス向上のため、担当者の対応について率直なご感想をお聞かせいただけますと幸いです。
所要時間は 1 分程度です。

▼ご回答はこちら
https://amazonwebservices.qualtrics.com/jfe/form/SV_9Hx2kPqRJAPAN?caseId={B_CASE}&lang=ja

※ケースの内容について追加でご相談がある場合は、サポートセンターからケースを再度開いてください。

アマゾン ウェブ サービス{FOOT_JA}"""
    top = part(t, cte='base64')
    subj = enc_words('Amazon Web Services サポートに関するご感想をお寄せください', 'utf-8', per=14)
    msg = aws_msg(top, 'biglobe', d, TANAKA[1], None, AWS_NOREPLY, subj)
    return msg, L('survey', B_CASE, [], True, 'ja')

def outlook_internal(d, frm, to, ip='10.20.4.17'):
    """Headers for mail sent inside one Microsoft 365 tenant."""
    tenant = 'eurprd07'
    H = [('Received', 'from AM9PR07MB%04d.%s.prod.outlook.com (2603:10a6:20b:%s::%d) by\n AS8PR07MB%04d.%s.prod.outlook.com with HTTPS; %s'
          % (rng.randrange(1000, 9999), tenant, hx(3), rng.randrange(1, 30), rng.randrange(1000, 9999), tenant, rfc(later(d, seconds=2), UTC))),
         ('Received', 'from AM9PR07MB%04d.%s.prod.outlook.com ([fe80::%s:%s:%s:%s]) by\n AM9PR07MB%04d.%s.prod.outlook.com ([fe80::%s:%s:%s:%s%%5]) with mapi id\n 15.20.8989.013; %s'
          % (rng.randrange(1000, 9999), tenant, hx(4), hx(4), hx(4), hx(4), rng.randrange(1000, 9999), tenant, hx(4), hx(4), hx(4), hx(4), rfc(later(d, seconds=1), UTC))),
         ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;' % frm[1].split('@')[1]),
         ('X-MS-Exchange-Organization-AuthSource', 'AM9PR07MB%04d.%s.prod.outlook.com' % (rng.randrange(1000, 9999), tenant)),
         ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
         ('X-MS-Has-Attach', ''),
         ('X-MS-TNEF-Correlator', '')]
    return H

# --- Story C: Marta Kowalski, Microsoft 365, form case, Manila agent
MARTA = ('Marta Kowalski', 'marta.kowalski@northwind-analytics.eu')
C_OPEN = D('2025-10-06 07:12:40')
C_CASE = cid15(C_OPEN)
C_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

@mail('013-we-have-your-request-html.eml')
def _():
    d = later(C_OPEN, seconds=5)
    h = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" height="28"></td></tr>
<tr><td style="padding:24px">
<p>Dear Marta Kowalski,</p>
<p>We have your request and it is now with our Training and Certification specialists.
Your reference is <strong>{C_CASE}</strong>; please keep it in the subject line if you write to us about the same matter.</p>
<p>We aim to reply within 24 hours. Please don&rsquo;t submit the form again for this request &ndash; a second submission
starts a separate queue entry and can slow things down.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;font-size:13px">
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Detail</b></td><td>Account Merge</td></tr>
<tr><td><b>AWS candidate ID</b></td><td>AWS03150988</td></tr>
<tr><td><b>Notification e-mail</b></td><td>marta.kowalski@northwind-analytics.eu</td></tr>
</table>
<p>Regards,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by
Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>"""
    top = part(h, 'html', cte='quoted-printable')
    msg = aws_msg(top, 'outlook', d, MARTA[1], MARTA[0], AWS_FORM, f'[CASE {C_CASE}] {C_SUBJ}')
    return msg, L('case_created', C_CASE, ['AWS03150988'], True, 'en')

@mail('014-manila-need-notification-emails.eml')
def _():
    d = D('2025-10-07 02:26:11')
    t = f"""Hello Marta,

Greetings from AWS Training and Certification!

Thank you for reaching out. As per checking, we were able to locate three (3) certification
accounts that may belong to you, including AWS03150988 which you mentioned in your form.

However, one of them is registered under the name "Marta Kowalska", so before we can do
anything further we kindly need the following details from you:

  1. The e-mail address you use to sign in to each account
  2. The notification e-mail address on each account, if different
  3. Confirmation that the account under "Marta Kowalska" is yours (for example, a maiden or
     alternate spelling of your name)

Kindly reply to this e-mail with the above so we can move forward with your request.

Thank you and have a great day ahead!

Regards,
Jericho
AWS Training and Certification Customer Support{FOOT_EN}"""
    top = part(t, charset='us-ascii', cte='7bit')
    msg = aws_msg(top, 'outlook', d, MARTA[1], None, AWS_FORM, f'RE:[CASE {C_CASE}] {C_SUBJ}')
    return msg, L('support_reply', C_CASE, ['AWS03150988'], True, 'en')

C_CONF = f"""Hello Mark,

Greetings from AWS Training and Certification!

Thank you for the details provided. As per checking, we have verified the following accounts
under your name:

Primary account (to be retained): AWS03150988
Secondary account(s) (to be consolidated into the primary): AWS07742019, AWS01196357, [SECONDARY ID 3]

Kindly be advised that once the consolidation is done, this is permanent and can no longer be
reverted back. All certifications, exam history and benefits from the secondary account(s)
will be carried over to the primary account and the secondary account(s) will be deactivated.

Kindly reply to this e-mail stating "I confirm" so that we can proceed with the request for
[CANDIDATE NAME].

Also please note that your Credly badges will be handled as a separate process.

Thank you and have a great day ahead!

Regards,
Jericho
AWS Training and Certification Customer Support"""

@mail('015-manila-template-i-confirm.eml')
def _():
    d = D('2025-10-08 03:02:57')
    top = part(C_CONF + FOOT_EN, charset='us-ascii', cte='7bit')
    msg = aws_msg(top, 'outlook', d, MARTA[1], None, AWS_FORM, f'RE:[CASE {C_CASE}] {C_SUBJ}')
    return msg, L('merge_confirmation_requested', C_CASE, ['AWS01196357', 'AWS03150988', 'AWS07742019'], True, 'en')

C_MARTA_CONF = """Hi Jericho,

I confirm. (For the record my name is Marta, not Mark - but the account numbers are right.)

Best,
Marta

Marta Kowalski
Senior Data Engineer | Northwind Analytics
"""

C_DONE_TXT = f"""Hello Marta,

Greetings from AWS Training and Certification!

Apologies for the wrong name in my previous e-mail, and thank you for your confirmation.

We are happy to inform you that your request has been carried out. All certifications and exam
history are now under AWS03150988, and the two other accounts have been deactivated. Kindly use
AWS03150988 going forward, including when scheduling exams.

Please allow 24-48 hours for your certification transcript to reflect the changes. For Credly,
your badges will be transferred separately and you will receive an e-mail from Credly.

Thank you and have a great day ahead!

Regards,
Jericho
AWS Training and Certification Customer Support"""

@mail('016-manila-carried-out-outlook-thread.eml')
def _():
    d = D('2025-10-09 05:41:30')
    t = C_DONE_TXT + f"""

-----Original Message-----
From: Marta Kowalski <marta.kowalski@northwind-analytics.eu>
Sent: Wednesday, October 8, 2025 9:14 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE {C_CASE}] {C_SUBJ}

{C_MARTA_CONF}
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, October 8, 2025 5:02 AM
To: Marta Kowalski <marta.kowalski@northwind-analytics.eu>
Subject: RE:[CASE {C_CASE}] {C_SUBJ}

{C_CONF}
{FOOT_EN}"""
    top = part(t, cte='quoted-printable')
    msg = aws_msg(top, 'outlook', d, MARTA[1], None, AWS_FORM, f'RE:[CASE {C_CASE}] {C_SUBJ}')
    return msg, L('merge_completed', C_CASE, ['AWS03150988'], True, 'en')

@mail('017-fw-marta-to-manager.eml')
def _():
    d = D('2025-10-09 08:03:14')
    t = f"""Hi Tomasz,

FYI - the certification mess is sorted. Everything sits on one ID now, AWS03150988, so please use
that one for the partner portal / tier renewal spreadsheet and drop the other two.

Marta

Marta Kowalski
Senior Data Engineer | Northwind Analytics

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, October 9, 2025 7:41 AM
To: Marta Kowalski <marta.kowalski@northwind-analytics.eu>
Subject: RE:[CASE {C_CASE}] {C_SUBJ}

{C_DONE_TXT}
"""
    h = html_of(t, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")
    top = alt(part(t, cte='quoted-printable'), part(h, 'html', cte='quoted-printable'))
    H = outlook_internal(d, MARTA, None)
    hdr = [('From', addr(*MARTA)), ('To', addr('Tomasz Wieczorek', 'tomasz.wieczorek@northwind-analytics.eu')),
           ('Subject', f'FW: RE:[CASE {C_CASE}] {C_SUBJ}'), ('Thread-Topic', f'RE:[CASE {C_CASE}] {C_SUBJ}'),
           ('Thread-Index', 'AQHb' + b64r(30)[:36]), ('Date', rfc(d, UTC)),
           ('Message-ID', '<AM9PR07MB%04d%s@AM9PR07MB%04d.eurprd07.prod.outlook.com>' % (rng.randrange(1000, 9999), hx(16).upper(), rng.randrange(1000, 9999))),
           ('Accept-Language', 'en-GB, pl-PL'), ('Content-Language', 'en-GB'), ('X-MS-Exchange-Organization-SCL', '-1')]
    msg = build(top, H, hdr)
    return msg, L('unrelated', C_CASE, ['AWS03150988'], False, 'en')

@mail('018-credly-three-badges-moved.eml')
def _():
    d = D('2025-10-11 14:20:05')
    t = """Hi Marta,

Good news - the badges listed below now live in this Credly account, following a request made
by Amazon Web Services Training and Certification. They were previously held on a separate
account tied to another e-mail address.

  * AWS Certified Data Engineer - Associate
  * AWS Certified Solutions Architect - Associate
  * AWS Certified Machine Learning - Specialty

They are already listed on your profile with their original issue dates. Review your privacy
settings and share them here:
https://www.credly.com/users/marta-kowalski.9c2e4a7b/badges

Credly, Inc. | 1 Liberty Plaza, 13th Floor | New York, NY 10006"""
    top = alt(part(t, cte='quoted-printable'), part(html_of(t, 'font-family:Helvetica,Arial,sans-serif;font-size:15px'), 'html', cte='quoted-printable'))
    msg = credly_msg(top, 'outlook', d, MARTA, 'Marta, 3 badges have been added to your Credly account')
    return msg, L('credly_badge_issued', None, [], True, 'en')

@mail('019-case-closed-tell-us-html.eml')
def _():
    d = D('2025-10-12 05:41:44')
    h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Marta,</p>
<p>Case <b>{C_CASE}</b> has had no activity for 72 hours and has now been set to <i>Closed</i>.</p>
<p>How would you score the support you received from Jericho?</p>
<p><a href="https://aws.amazon.com/survey/tc?c={C_CASE}&amp;s=5">5 - Excellent</a> |
<a href="https://aws.amazon.com/survey/tc?c={C_CASE}&amp;s=4">4</a> |
<a href="https://aws.amazon.com/survey/tc?c={C_CASE}&amp;s=3">3</a> |
<a href="https://aws.amazon.com/survey/tc?c={C_CASE}&amp;s=2">2</a> |
<a href="https://aws.amazon.com/survey/tc?c={C_CASE}&amp;s=1">1 - Poor</a></p>
<p>Need more help on the same topic? Reply within 14 days and we will reopen it for you.</p>
<p>AWS Training and Certification</p>
</body></html>"""
    top = part(h, 'html', charset='us-ascii', cte='7bit')
    msg = aws_msg(top, 'outlook', d, MARTA[1], None, AWS_FORM, f'[CASE {C_CASE}] Closed - 30 seconds of feedback?')
    return msg, L('survey', C_CASE, [], True, 'en')

def jdate(d, tz=JST):
    d = d.astimezone(tz)
    wd = '月火水木金土日'[d.weekday()]
    return '%d年%d月%d日(%s) %d:%02d' % (d.year, d.month, d.day, wd, d.hour, d.minute)

def gmail_user(d, frm, to, provider_to='gmail', dmarc='pass', tz=JST):
    ip = '209.85.%d.%d' % (rng.randrange(128, 223), rng.randrange(1, 250))
    host = 'mail-%s-f%d.google.com' % (rng.choice(['pl1', 'pj1', 'yb1', 'ot1']), rng.randrange(170, 240))
    dom = frm[1].split('@')[1]
    H = delivery(provider_to, d, to[1], ip, host, frm[1], dom, [dom], dmarc=dmarc)
    H.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t=%d; x=%d; darn=%s;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh=%s;\n        b=%s'
              % (int(d.timestamp()), int(d.timestamp()) + 604800, to[1].split('@')[1], b64r(32), b64r(180))))
    H.append(('X-Gm-Message-State', 'AOJu0Y' + b64r(40).replace('=', '')))
    H.append(('X-Gm-Gg', 'ASbGnc' + b64r(60).replace('=', '')))
    return H

# --- Story D: 鈴木 彩, gmail, form case in Japanese
SUZUKI = ('鈴木 彩', 'aya.suzuki.0412@gmail.com')
D_OPEN = D('2025-11-10 12:31:08')
D_CASE = cid15(D_OPEN)
D_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

@mail('020-form-uketamawarimashita-suzuki.eml')
def _():
    d = later(D_OPEN, seconds=9)
    t = f"""鈴木 彩 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。

下記の内容にてお問い合わせを承りました。
お問い合わせ番号: {D_CASE}

内容を確認のうえ、担当者より原則 24 時間以内にこのメールアドレス宛てにご連絡いたします。
追加でお伝えいただきたいことがございましたら、件名を変更せずにこのメールへご返信ください。
同じ内容で再度フォームを送信されますと、ご回答が遅れる場合がございますのでご注意ください。

■ お問い合わせの種類: 認定
■ 詳細: アカウントの統合
■ AWS 受験者 ID: AWS05524710
■ お問い合わせ内容:
  学生のときに作ったアカウント（大学のメールアドレス）と、今のアカウントがあります。
  大学のアドレスはもう使えないので、今のほうにまとめたいです。

AWS トレーニングと認定 カスタマーサポート{FOOT_JA}"""
    top = part(t, cte='base64')
    subj = enc_words(f'[CASE {D_CASE}] お問い合わせを承りました - AWS トレーニングと認定', 'utf-8', per=13)
    msg = aws_msg(top, 'gmail', d, SUZUKI[1], None, AWS_FORM, subj)
    return msg, L('case_created', D_CASE, ['AWS05524710'], True, 'ja')

D_CONF_TXT = f"""鈴木 彩 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポート担当の林でございます。

お調べしたところ、鈴木様のお名前で次の二つのアカウントがございました。

・AWS05524710（aya.suzuki.0412@gmail.com）… こちらを今後お使いいただくアカウントとして残します
・AWS08801436（大学のメールアドレス）… 記録をすべて上記へ移し、このアカウントは閉じます

一度ひとつにまとめますと、あとから元の二つに分けることはできません。
上記の組み合わせで問題ないか、念のためご確認いただき、このメールにご返信ください。
お返事をいただいてから手続きに入らせていただきます。

よろしくお願いいたします。

林
AWS トレーニングと認定 カスタマーサポート"""

@mail('021-hayashi-kono-kumiawase-de-yoroshii-ka.eml')
def _():
    d = D('2025-11-11 04:18:40')
    body = D_CONF_TXT.replace('\n\n', '</p>\n<p>').replace('\n', '<br>\n')
    h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'MS PGothic',sans-serif;font-size:10.5pt">
<p>{body}</p>
<hr>
<p style="font-size:9pt;color:#555">アマゾン ウェブ サービス ジャパン合同会社<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>"""
    top = part(h, 'html', charset='shift_jis', cte='base64')
    subj = enc_words(f'RE:[CASE {D_CASE}] {D_SUBJ}', 'shift_jis', per=100)
    msg = aws_msg(top, 'gmail', d, SUZUKI[1], None, AWS_FORM, f'RE:[CASE {D_CASE}] {D_SUBJ}')
    return msg, L('merge_confirmation_requested', D_CASE, ['AWS05524710', 'AWS08801436'], True, 'ja')

D_USER = """林様

ご連絡ありがとうございます。
その内容で大丈夫です。よろしくお願いします。

鈴木"""

D_DONE_TXT = f"""鈴木 彩 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポート担当の林でございます。

ご返信ありがとうございました。
大学のメールアドレスで作成されていたアカウントの記録（認定資格 2 件と受験履歴）は、
すべて aws05524710 のほうへ移し終えました。以前のアカウントは閉じておりますので、
これからは aws05524710 でサインインしてください。
50% 割引の受験特典も、移した先のアカウントでそのままお使いいただけます。

お問い合わせいただいた件は以上となりますので、本ケースはこちらで完了とさせていただきます。
ご不明な点がございましたら、このメールにご返信ください。

林
AWS トレーニングと認定 カスタマーサポート"""

@mail('022-hayashi-utsushi-oemashita.eml')
def _():
    d = D('2025-11-12 01:02:33')
    t = D_DONE_TXT + f"""

{jdate(D('2025-11-11 11:47:02'))} 鈴木 彩 <aya.suzuki.0412@gmail.com>:
{gq(D_USER)}
>
> {jdate(D('2025-11-11 04:18:40'))} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{gq(gq(D_CONF_TXT))}

------------------------------------------------
今回の対応について、ご評価をお寄せください（1分程度）
https://aws.amazon.com/survey/tc-support?case={D_CASE}&lang=ja
------------------------------------------------{FOOT_JA}"""
    top = part(t, cte='quoted-printable')
    subj = enc_words(f'RE:[CASE {D_CASE}] {D_SUBJ}', 'utf-8', per=100)
    msg = aws_msg(top, 'gmail', d, SUZUKI[1], None, AWS_FORM, f'RE:[CASE {D_CASE}] {D_SUBJ}')
    return msg, L('merge_completed', D_CASE, ['AWS05524710'], True, 'ja')

@mail('023-credly-badge-uketori-ja.eml')
def _():
    d = D('2025-11-13 09:44:27')
    t = """鈴木 彩 さん

Amazon Web Services Training and Certification から、あなたの実績を証明するデジタルバッジが
届いています。

AWS Certified AI Practitioner

下のリンクからサインインして、プロフィールに追加してください。追加したバッジは
LinkedIn やメール署名でシェアできます。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/a81d0c44-6e3f-4b92-b5a0-2c9e71f3d858

Credly, Inc. | 1 Liberty Plaza, 13th Floor | New York, NY 10006
このメールは、組織があなたに Credly 経由で資格情報を発行したためにお送りしています。"""
    h = """<html><body style="background:#f4f4f4;margin:0">
<table width="600" align="center" style="background:#fff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/4d4693bb-530e-4bca-9327-de07f3aa2348/image.png" width="110" alt="AWS Certified AI Practitioner"></td></tr>
<tr><td style="padding:0 24px;font-size:18px">鈴木 彩 さん、Amazon Web Services Training and Certification から新しいバッジが届いています</td></tr>
<tr><td style="padding:12px 24px;font-size:15px"><b>AWS Certified AI Practitioner</b></td></tr>
<tr><td style="padding:24px"><a href="https://www.credly.com/earner/earned/badge/a81d0c44-6e3f-4b92-b5a0-2c9e71f3d858" style="background:#00a0ad;color:#fff;padding:12px 28px;text-decoration:none">バッジを受け取る</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">Credly, Inc. | 1 Liberty Plaza, 13th Floor | New York, NY 10006</td></tr>
</table></body></html>"""
    top = alt(part(t, cte='base64'), part(h, 'html', cte='base64'))
    subj = enc_words('Amazon Web Services Training and Certification から新しいバッジが届いています', 'utf-8', per=16)
    msg = credly_msg(top, 'gmail', d, SUZUKI, subj)
    return msg, L('credly_badge_issued', None, [], True, 'ja')

@mail('024-tomodachi-aws-matometa.eml')
def _():
    d = D('2025-11-13 13:05:51')
    friend = ('高橋みゆ', 'miyu.takahashi.0923@gmail.com')
    prev = """みゆ〜
AWSのアカウント、大学のやつと今のやつ2個あったのやっと1個にしてもらえたよ！
サポートに問い合わせたら2日くらいで終わった。バッジもさっき届いた"""
    t = f"""え、いいな〜！
私も院のときのアカウント残ってるんだよね…それどこから問い合わせたの？フォーム？
あとどのくらい待った？？

てか週末の勉強会、SAP受けるなら一緒に申し込もー

{jdate(D('2025-11-13 12:40:10'))} 鈴木 彩 <aya.suzuki.0412@gmail.com>:
{gq(prev)}
"""
    top = alt(part(t, cte='base64'), part('<div dir="ltr">' + t.replace('\n', '<br>') + '</div>', 'html', cte='base64'))
    H = gmail_user(d, friend, SUZUKI)
    hdr = [('MIME-Version', None), ('From', addr(*friend)), ('Date', rfc(d, JST)),
           ('Message-ID', '<CAF%s=%s@mail.gmail.com>' % (b64r(24).replace('/', 'x').replace('+', 'Q').rstrip('='), b64r(6).rstrip('='))),
           ('In-Reply-To', '<CAK%s@mail.gmail.com>' % b64r(30).replace('/', 'x').replace('+', 'Q').rstrip('=')),
           ('Subject', enc_words('Re: AWSのやつ終わった〜', 'utf-8', per=30)), ('To', addr(*SUZUKI))]
    msg = build(top, H, hdr)
    return msg, L('unrelated', None, [], False, 'ja')

@mail('025-form-taiou-no-hyouka.eml')
def _():
    d = D('2025-11-12 01:03:10')
    t = f"""鈴木 彩 様

このたびは AWS トレーニングと認定 カスタマーサポートにご連絡いただき、ありがとうございました。

お問い合わせ番号 {D_CASE} について、担当者の対応はいかがでしたでしょうか。
いただいたお声は、今後のサポート品質の向上に役立てさせていただきます。

▼ 3 つの質問にお答えください（所要時間：約 1 分）
https://aws.amazon.com/survey/tc-support?case={D_CASE}&lang=ja&t=csat

※ このメールに心当たりがない場合は、破棄していただいて差し支えございません。

{jdate(D('2025-11-12 01:02:33'))} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{gq(D_DONE_TXT)}
"""
    top = part(t, charset='iso-2022-jp', cte='7bit')
    subj = enc_words(f'[CASE {D_CASE}] 担当者の対応はいかがでしたか', 'iso-2022-jp', per=9)
    msg = aws_msg(top, 'gmail', d, SUZUKI[1], None, AWS_FORM, subj)
    return msg, L('survey', D_CASE, [], True, 'ja')

CONSOLE_FOOT = """

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark
of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210
"""
CONSOLE_FOOT_JA = """

このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja

※このメールは送信専用のアドレスから送信されています。このメールに返信することはできません。
ケースへの返信は上記リンクからサポートセンターを通じて行ってください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""

# --- Story E: Thabo Nkosi, gmail, console case, Cape Town agent
THABO = ('Thabo Nkosi', 'thabo.nkosi.za@gmail.com')
E_OPEN = D('2026-01-19 07:55:20')
E_CASE = cid15(E_OPEN)
E_SUBJ = 'Two certification accounts - need them combined'

@mail('026-capetown-which-emails.eml')
def _():
    d = D('2026-01-20 09:12:45')
    t = f"""Hello Thabo,

Hope you're well, and thanks for your patience.

I've had a look and I can see a profile under AWS06120357, but I can't yet match the second one
you described with certainty - there are a couple of profiles with a similar name.

Could you send me the following so I can pin it down?
- the e-mail address you sign in with on each profile
- the notification e-mail on each, if you remember it being different
- roughly when and where you wrote your first exam (test centre or online)

Pop that in a reply on this case and I'll take it from there.

Kind regards,
Lindiwe M.
Amazon Web Services
Training and Certification Support - Cape Town""" + CONSOLE_FOOT.format(c=E_CASE)
    top = part(t, charset='us-ascii', cte='7bit')
    msg = aws_msg(top, 'gmail', d, THABO[1], None, AWS_NOREPLY, f'RE:[CASE {E_CASE}] {E_SUBJ}')
    return msg, L('support_reply', E_CASE, ['AWS06120357'], True, 'en')

@mail('027-capetown-before-i-hit-the-button.eml')
def _():
    d = D('2026-01-21 10:03:19')
    t = f"""Hello Thabo,

Thanks, that's everything I needed. Here's the plan - please read it carefully:

  Staying:  AWS06120357   (thabo.nkosi.za@gmail.com)
  Going:    AWS-03398841  (t.nkosi@stellenbyte.co.za)

Your Cloud Practitioner and Solutions Architect Associate, plus all the exam history on
AWS-03398841, would be moved onto AWS06120357, and the AWS-03398841 profile would then be
shut down for good. There's no undo on our side once it's done.

Are you happy for me to go ahead on exactly those terms? A quick "yes, go ahead" on the case is
enough. I won't touch anything until I hear from you.

Kind regards,
Lindiwe M.
Amazon Web Services
Training and Certification Support - Cape Town""" + CONSOLE_FOOT.format(c=E_CASE)
    top = part(t, charset='us-ascii', cte='7bit')
    msg = aws_msg(top, 'gmail', d, THABO[1], None, AWS_NOREPLY, f'RE:[CASE {E_CASE}] {E_SUBJ}')
    return msg, L('merge_confirmation_requested', E_CASE, ['AWS03398841', 'AWS06120357'], True, 'en')

@mail('028-capetown-once-its-through.eml')
def _():
    d = D('2026-01-21 14:47:02')
    t = f"""Hello Thabo,

Got your go-ahead, thank you.

Just so you know what to expect: once the profiles have been brought together I'll send you a
note here, and at that point I'll also log a separate request with Credly so your badges land on
the right Credly account. The Credly side usually trails by a few days, so don't worry if the
badges don't appear straight away.

In the meantime please don't book any new exams on either profile.

Kind regards,
Lindiwe M.
Amazon Web Services
Training and Certification Support - Cape Town""" + CONSOLE_FOOT.format(c=E_CASE)
    top = part(t, cte='quoted-printable')
    msg = aws_msg(top, 'gmail', d, THABO[1], None, AWS_NOREPLY, f'RE:[CASE {E_CASE}] {E_SUBJ}')
    return msg, L('support_reply', E_CASE, [], True, 'en')

@mail('029-capetown-phone-all-sorted.eml')
def _():
    d = D('2026-01-22 17:31:08')
    t = f"""Hi Thabo

all sorted on our side - everything from aws03398841 is on AWS06120357 now & the old login is switched off. give it a few hrs to show in your certmetrics dashboard

credly request logged too, will update u when they come back

Lindiwe
AWS T&C Support""" + CONSOLE_FOOT.format(c=E_CASE)
    top = part(t, cte='quoted-printable')
    msg = aws_msg(top, 'gmail', d, THABO[1], None, AWS_NOREPLY, f'RE:[CASE {E_CASE}] {E_SUBJ}')
    return msg, L('merge_completed', E_CASE, ['AWS03398841', 'AWS06120357'], True, 'en')

@mail('030-capetown-chasing-credly.eml')
def _():
    d = D('2026-01-28 08:20:55')
    t = f"""Hello Thabo,

Thanks for letting me know the badges are still sitting on your old Credly account.

I've chased the Credly team again today with both e-mail addresses and they've acknowledged it.
They tell me these requests normally take five to seven working days. I'll keep this case open
and check in with them again on Monday.

If Credly e-mails you asking to confirm anything, it's safe to respond - that will be them
finishing the move.

Kind regards,
Lindiwe M.
Amazon Web Services
Training and Certification Support - Cape Town""" + CONSOLE_FOOT.format(c=E_CASE)
    top = part(t, charset='us-ascii', cte='7bit')
    msg = aws_msg(top, 'gmail', d, THABO[1], None, AWS_NOREPLY, f'RE:[CASE {E_CASE}] {E_SUBJ}')
    return msg, L('support_reply', E_CASE, [], True, 'en')

@mail('031-credly-html-only-badges-now-here.eml')
def _():
    d = D('2026-02-03 16:08:37')
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px;border-bottom:4px solid #ff6b00"><img src="https://www.credly.com/assets/credly-logo.png" alt="Credly" height="30"></td></tr>
<tr><td style="padding:24px;font-size:20px">Hi Thabo, your credentials have arrived</td></tr>
<tr><td style="padding:0 24px;font-size:15px;line-height:22px">
Amazon Web Services Training and Certification has placed the following credentials in your Credly account
(thabo.nkosi.za@gmail.com). Two of them were previously held under t.nkosi@stellenbyte.co.za.
<ul>
<li>AWS Certified Cloud Practitioner</li>
<li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li>
</ul>
Add them to your profile to start sharing.
</td></tr>
<tr><td style="padding:24px"><a href="https://www.credly.com/earner/earned" style="background:#00a0ad;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">View my credentials</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">Credly, Inc. | 1 Liberty Plaza, 13th Floor | New York, NY 10006<br>
<a href="https://www.credly.com/notification_preferences" style="color:#888">Notification preferences</a></td></tr>
</table></body></html>"""
    top = part(h, 'html', cte='quoted-printable')
    msg = credly_msg(top, 'gmail', d, THABO, 'Thabo, your credentials from Amazon Web Services Training and Certification have arrived')
    return msg, L('credly_badge_issued', None, [], True, 'en')

# --- Story F: 山本 大輔, Microsoft 365 (company), console case with 11-digit id
YAMAMOTO = ('山本 大輔', 'd.yamamoto@hoshizora-tech.co.jp')
F_CASE = '12218836401'
F_SUBJ = '認定アカウントの一本化について'

@mail('032-console-tadaima-kakunin-chu.eml')
def _():
    d = D('2025-03-11 06:40:18')
    t = f"""山本 大輔 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
AWS トレーニングと認定 カスタマーサポートの佐々木と申します。

お問い合わせいただいておりますアカウントの件につきまして、現在、社内の専門部署にて
詳細を確認いたしております。ご連絡が遅くなっておりますこと、深くお詫び申し上げます。

確認が取れ次第、改めて本ケースにてご案内させていただきますので、恐縮ではございますが、
今しばらくお待ちいただけますと幸甚に存じます。

なお、ご申告いただいた AWS07015526 および AWS04459902 のいずれにつきましても、
現時点では変更を加えておりませんので、従来どおりご利用いただけます。

今後ともアマゾン ウェブ サービスをよろしくお願い申し上げます。

佐々木
アマゾン ウェブ サービス""" + CONSOLE_FOOT_JA.format(c=F_CASE)
    top = part(t, cte='quoted-printable')
    subj = enc_words(f'RE:[CASE {F_CASE}] {F_SUBJ}', 'utf-8', per=12)
    msg = aws_msg(top, 'outlook', d, YAMAMOTO[1], None, AWS_NOREPLY, subj)
    return msg, L('support_reply', F_CASE, ['AWS04459902', 'AWS07015526'], True, 'ja')

F_DONE = f"""山本 大輔 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

長らくお待たせいたしまして、誠に申し訳ございませんでした。
ご依頼の件、AWS04459902 に登録されておりました認定資格ならびに受験履歴を、
ご指定の AWS07015526 へ移行いたしました。
AWS04459902 につきましては、本日付で利用を停止させていただいております。

今後のご受験のご予約、ならびに認定特典のご利用は、AWS07015526 にてお手続きくださいませ。
反映までに最大 24 時間程度を要する場合がございますので、あらかじめご了承ください。

今後ともアマゾン ウェブ サービスをよろしくお願い申し上げます。

佐々木
アマゾン ウェブ サービス"""

@mail('033-console-iko-itashimashita-iso2022.eml')
def _():
    d = D('2025-03-13 02:15:47')
    t = F_DONE + CONSOLE_FOOT_JA.format(c=F_CASE)
    top = part(t, charset='iso-2022-jp', cte='7bit')
    subj = enc_words(f'RE:[CASE {F_CASE}] {F_SUBJ}', 'iso-2022-jp', per=11)
    msg = aws_msg(top, 'outlook', d, YAMAMOTO[1], None, AWS_NOREPLY, subj)
    return msg, L('merge_completed', F_CASE, ['AWS04459902', 'AWS07015526'], True, 'ja')

@mail('034-tensou-yamamoto-to-jinji.eml')
def _():
    d = D('2025-03-13 04:02:10')
    t = f"""人事部 研修担当 中村さん

お疲れさまです。開発二課の山本です。

先日ご相談したAWS認定の件、以下のとおり片付きました。
社内の資格管理表の受験者IDは AWS07015526 に差し替えをお願いできますでしょうか。
旧IDのほうは今後使えなくなるそうです。

よろしくお願いいたします。

--
山本 大輔
ほしぞらテック株式会社 開発本部 開発二課

-----Original Message-----
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Thursday, March 13, 2025 11:15 AM
To: 山本 大輔 <d.yamamoto@hoshizora-tech.co.jp>
Subject: RE:[CASE {F_CASE}] {F_SUBJ}

{F_DONE}
"""
    top = part(t, charset='iso-2022-jp', cte='7bit')
    H = outlook_internal(d, YAMAMOTO, None)
    hdr = [('From', addr(*YAMAMOTO)), ('To', addr('中村 由紀', 'y.nakamura@hoshizora-tech.co.jp')),
           ('Subject', enc_words(f'転送: RE:[CASE {F_CASE}] {F_SUBJ}', 'iso-2022-jp', per=12)),
           ('Thread-Topic', enc_words(f'RE:[CASE {F_CASE}] {F_SUBJ}', 'iso-2022-jp', per=12)),
           ('Thread-Index', 'AQHblAs' + b64r(24)[:30]), ('Date', rfc(d, UTC)),
           ('Message-ID', '<TYCPR01MB%04d%s@TYCPR01MB%04d.jpnprd01.prod.outlook.com>' % (rng.randrange(1000, 9999), hx(16).upper(), rng.randrange(1000, 9999))),
           ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP')]
    msg = build(top, H, hdr)
    return msg, L('unrelated', F_CASE, ['AWS07015526'], False, 'ja')

@mail('035-console-survey-yamamoto.eml')
def _():
    d = D('2025-03-20 02:16:00')
    t = f"""山本 大輔 様

AWS サポートへのお問い合わせ（ケース ID: {F_CASE}）について、解決済みとしてクローズいたしました。

担当者とのやり取りについて、ご評価をいただけますでしょうか。
お寄せいただいたご意見は、すべて担当チームが拝見しております。

とても満足 ★★★★★
https://console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&language=ja&rating=5

満足していない ★
https://console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&language=ja&rating=1

問題が解決していない場合は、サポートセンターからこのケースを再開できます。

アマゾン ウェブ サービス
※このメールは送信専用のアドレスから送信されています。"""
    top = part(t, charset='shift_jis', cte='base64')
    subj = enc_words(f'[Case {F_CASE}] サポート対応に関するご評価のお願い', 'shift_jis', per=14)
    msg = aws_msg(top, 'outlook', d, YAMAMOTO[1], None, AWS_NOREPLY, subj)
    return msg, L('survey', F_CASE, [], True, 'ja')

# --- Story G: Kevin O'Brien, outlook.com, console case, Hyderabad agent; never completed
KEVIN = ("Kevin O'Brien", 'kevin.obrien88@outlook.com')
G_OPEN = D('2025-07-02 15:20:07')
G_CASE = cid15(G_OPEN)
G_DUP = cid15(D('2025-07-04 19:02:51'))
G_SUBJ = 'Duplicate certification profile'

@mail('036-console-opened-kevin.eml')
def _():
    d = later(G_OPEN, seconds=4)
    t = f"""Hello,

Thank you for contacting Amazon Web Services. Case {G_CASE} is now open for the question you sent
us. You can follow it, add details or attachments, and read our answers in the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=en

Case ID: {G_CASE}
Subject: {G_SUBJ}
Severity: General guidance
Correspondence: I passed SAA-C03 last month but it shows on a different certification profile
(AWS09120675) than my usual one (AWS01873342). Can the two be combined?

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center."""
    h = html_of(t)
    top = alt(part(t, charset='us-ascii', cte='7bit'), part(h, 'html', charset='us-ascii', cte='7bit'))
    msg = aws_msg(top, 'outlook', d, KEVIN[1], None, AWS_NOREPLY,
                  f'Amazon Web Services: You have opened a new Support case: {G_CASE}')
    return msg, L('case_created', G_CASE, ['AWS01873342', 'AWS09120675'], True, 'en')

@mail('037-hyderabad-second-case-attached.eml')
def _():
    d = D('2025-07-05 05:48:26')
    t = f"""Dear Kevin,

Greetings of the day!

This is Sai Kiran from AWS Training and Certification Support. I understand you have not yet
received a reply and I sincerely apologize for the delay caused.

I have noticed that you have raised one more case {G_DUP} for the same concern. To avoid any
confusion, I have attached that case to this one and will be answering you only here. Kindly
do not raise further cases for this concern as it can put your request at the back of the queue.

I have started reviewing both the certification profiles you shared with us and will revert back
to you within 24 business hours with the next steps.

Thank you for your understanding.

Best regards,
Sai Kiran
Amazon Web Services""" + CONSOLE_FOOT.format(c=G_CASE)
    top = part(t, charset='us-ascii', cte='7bit')
    msg = aws_msg(top, 'outlook', d, KEVIN[1], None, AWS_NOREPLY, f'RE:[CASE {G_CASE}] {G_SUBJ}')
    return msg, L('support_reply', G_CASE, [], True, 'en')

@mail('038-hyderabad-kindly-revert-yes.eml')
def _():
    d = D('2025-07-06 04:30:11')
    t = f"""Dear Kevin,

Greetings of the day!

Thank you for your patience. As discussed, please find below the details of the request:

  - Account which will be retained : AWS01873342
  - Account which will be merged into it : AWS09120675

Kindly note that post the merge all your certifications, exam history and benefits will be
available only in AWS01873342 and the login for AWS09120675 will stop working. This activity is
irreversible, i.e. we will not be able to separate the accounts once it is done.

Hence, kindly revert back on this case with a "Yes" if the above details are correct, so that
we can take this further. In case any detail needs to be changed, please let us know the same.

Best regards,
Sai Kiran
Amazon Web Services""" + CONSOLE_FOOT.format(c=G_CASE)
    top = part(t, charset='us-ascii', cte='7bit')
    msg = aws_msg(top, 'outlook', d, KEVIN[1], None, AWS_NOREPLY, f'RE:[CASE {G_CASE}] {G_SUBJ}')
    return msg, L('merge_confirmation_requested', G_CASE, ['AWS01873342', 'AWS09120675'], True, 'en')

@mail('039-hyderabad-are-you-still-there.eml')
def _():
    d = D('2025-07-10 06:02:44')
    t = f"""Dear Kevin,

Greetings of the day!

This is a gentle follow-up on my previous correspondence. We have not received any response
from your end on the details shared.

Could you please let us know whether you still require our assistance with this request? If
yes, kindly reply on the case with your response to my earlier question.

Please note that if we do not hear back from you within the next 3 days, this case will be
resolved automatically. You can reopen it any time from the Support Center.

Best regards,
Sai Kiran
Amazon Web Services""" + CONSOLE_FOOT.format(c=G_CASE)
    top = part(t, charset='us-ascii', cte='7bit')
    msg = aws_msg(top, 'outlook', d, KEVIN[1], None, AWS_NOREPLY, f'RE:[CASE {G_CASE}] {G_SUBJ}')
    return msg, L('support_reply', G_CASE, [], True, 'en')

@mail('040-console-auto-resolved-rate-us.eml')
def _():
    d = D('2025-07-13 06:05:02')
    t = f"""Hello,

We haven't heard back from you on case {G_CASE} ("{G_SUBJ}"), so it has been marked as resolved.

If you still need help, you can reopen the case from the Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=en

We'd also like to know how we did. Please take a moment to rate the correspondence you received
from our team:
https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=en&feedback=true

Sincerely,
Amazon Web Services"""
    h = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We haven&#39;t heard back from you on case {G_CASE} (&quot;{G_SUBJ}&quot;), so it has been marked as resolved.</p>
<p>If you still need help, you can <a href="https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&amp;language=en">reopen the case</a> within 14 days.</p>
<p>How did we do?
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&amp;language=en&amp;feedback=true&amp;r=good">&#128077; Good</a> &nbsp;
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&amp;language=en&amp;feedback=true&amp;r=bad">&#128078; Not good</a></p>
<p>Sincerely,<br>Amazon Web Services</p></body></html>"""
    top = alt(part(t, charset='us-ascii', cte='7bit'), part(h, 'html', charset='us-ascii', cte='7bit'))
    msg = aws_msg(top, 'outlook', d, KEVIN[1], None, AWS_NOREPLY, f'[Case {G_CASE}] Case resolved')
    return msg, L('survey', G_CASE, [], True, 'en')

# --- Story H: 小林 真理子, nifty, console case in Japanese
KOBA = ('小林 真理子', 'mariko-k.1987@nifty.com')
H_OPEN = D('2026-02-16 23:47:30')
H_CASE = cid15(H_OPEN)
H_SUBJ = '認定アカウントが2つあります'

@mail('041-console-case-kiso-sjis.eml')
def _():
    d = later(H_OPEN, seconds=6)
    t = f"""小林 真理子 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
ご連絡の内容について、ケース番号 {H_CASE} で対応を開始いたしました。

ケース ID: {H_CASE}
件名: {H_SUBJ}
重要度: 一般的な質問
内容: 以前の勤務先のメールで受験したときのアカウントと、個人のアカウントがあります。
　　　個人のほう（AWS07364120）に寄せたいです。

追加の情報や添付ファイルは、サポートセンターのケース画面から送信してください。
https://console.aws.amazon.com/support/home#/case/?displayId={H_CASE}&language=ja

アマゾン ウェブ サービス
※このメールは送信専用のアドレスから送信されています。"""
    top = part(t, charset='shift_jis', cte='8bit')
    subj = enc_words(f'Amazon Web Services: ケース {H_CASE} でお問い合わせをお預かりしました', 'shift_jis', per=12)
    msg = aws_msg(top, 'nifty', d, KOBA[1], None, AWS_NOREPLY, subj)
    return msg, L('case_created', H_CASE, ['AWS07364120'], True, 'ja')

@mail('042-console-henshin-ga-todoiteimasu.eml')
def _():
    d = D('2026-02-18 03:11:09')
    t = f"""小林 真理子 様

ケース {H_CASE}（{H_SUBJ}）に、担当者から新しいメッセージが届いています。

内容を確認するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={H_CASE}&language=ja

担当者からの質問に回答が必要な場合があります。ご返信はサポートセンターのケース画面から
お願いいたします。

アマゾン ウェブ サービス
※このメールは送信専用のアドレスから送信されています。このメールへの返信はできません。"""
    top = part(t, cte='base64')
    subj = enc_words(f'[Case {H_CASE}] 新しいメッセージがあります', 'utf-8', per=15)
    msg = aws_msg(top, 'nifty', d, KOBA[1], None, AWS_NOREPLY, subj)
    return msg, L('support_reply', H_CASE, [], True, 'ja')

H_Q = f"""小林 真理子 様

平素よりアマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。
トレーニングと認定 カスタマーサポートの三宅が承っております。

恐れ入りますが、以前のお勤め先でご利用のアカウントにサインインされる際の
メールアドレスをお知らせいただけますでしょうか。"""

H_A = """三宅様
お世話になります。以前の会社のアドレスは mariko.kobayashi@asahigaoka-shoji.co.jp です。
よろしくお願いいたします。
小林"""

@mail('043-miyake-saishu-kakunin-no-marker.eml')
def _():
    d = D('2026-02-19 01:26:40')
    t = f"""小林 真理子 様

平素よりアマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。
トレーニングと認定 カスタマーサポートの三宅でございます。

早速のご回答、誠にありがとうございます。
頂戴いたしましたメールアドレスにより、以前のお勤め先でご登録のアカウントを特定いたしました。
つきましては、作業に先立ち、最終のご確認をお願い申し上げたく存じます。

　■ 引き続きご利用いただくアカウント　：AWS07364120
　■ 記録を移したのち閉鎖するアカウント：AWS02951188

この作業を行いますと、二つのアカウントを元の状態に戻すことはできかねます。
つきましては、上記の組み合わせで相違ないか、あらためてご確認を賜りますようお願い申し上げます。
ご承諾いただける場合は、サポートセンターより「承諾します」とご返信いただけますと幸いです。
ご承諾のご連絡を拝受するまで、作業は保留とさせていただきます。

何卒よろしくお願い申し上げます。

三宅
アマゾン ウェブ サービス

-----------------------------------------
2026/02/18 20:40 JST
{H_A}

-----------------------------------------
2026/02/18 12:11 JST
{H_Q}
""" + CONSOLE_FOOT_JA.format(c=H_CASE)
    top = part(t, cte='quoted-printable')
    subj = enc_words(f'RE:[CASE {H_CASE}] {H_SUBJ}', 'utf-8', per=100)
    msg = aws_msg(top, 'nifty', d, KOBA[1], None, AWS_NOREPLY, subj)
    return msg, L('merge_confirmation_requested', H_CASE, ['AWS02951188', 'AWS07364120'], True, 'ja')

@mail('044-miyake-kiroku-hikitsugi-wrong-charset.eml')
def _():
    d = D('2026-02-20 06:58:13')
    t = f"""小林 真理子 様

平素よりアマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。
トレーニングと認定 カスタマーサポートの三宅でございます。

ご承諾のご連絡を賜り、ありがとうございました。
本日、以前のお勤め先でご登録のアカウント（AWS02951188）にございました認定資格と受験記録を、
AWS07364120 へすべて引き継ぎました。AWS02951188 は閉鎖の処理を済ませております。

次回以降は AWS07364120 にサインインのうえ、認定資格の一覧をご確認くださいませ。
Credly のバッジにつきましては、Credly から別途ご案内が届きます。

何卒よろしくお願い申し上げます。

三宅
アマゾン ウェブ サービス""" + CONSOLE_FOOT_JA.format(c=H_CASE)
    top = part(t, charset='utf-8', cte='8bit', label='Shift_JIS')
    subj = enc_words(f'RE:[CASE {H_CASE}] {H_SUBJ}', 'utf-8', per=100)
    msg = aws_msg(top, 'nifty', d, KOBA[1], None, AWS_NOREPLY, subj)
    return msg, L('merge_completed', H_CASE, ['AWS02951188', 'AWS07364120'], True, 'ja')

@mail('045-credly-bagde-hikitsugi-ja.eml')
def _():
    d = D('2026-02-24 10:31:52')
    t = """小林 真理子 さん

Amazon Web Services Training and Certification からの依頼により、別のメールアドレスで
お持ちだったバッジを、このアカウントに移しました。

・AWS Certified SysOps Administrator - Associate
・AWS Certified Cloud Practitioner

発行日や有効期限は元のまま引き継がれています。下のボタンから内容を確認し、
公開設定を選んでください。

確認する: https://www.credly.com/earner/earned

Credly, Inc. | 1 Liberty Plaza, 13th Floor | New York, NY 10006"""
    top = alt(part(t, charset='iso-2022-jp', cte='7bit'),
              part(html_of(t, "font-family:'Hiragino Sans',Meiryo,sans-serif;font-size:15px"), 'html', cte='base64'))
    subj = enc_words('バッジがあなたのアカウントに追加されました', 'iso-2022-jp', per=10)
    msg = credly_msg(top, 'nifty', d, KOBA, subj)
    return msg, L('credly_badge_issued', None, [], True, 'ja')

@mail('046-pearson-vue-yoyaku-kakunin.eml')
def _():
    d = D('2026-02-25 12:04:33')
    t = """小林 真理子 様

このたびは Pearson VUE にて試験のご予約をいただき、ありがとうございます。
以下の内容でご予約を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2026年3月14日（土）13:30
会場: OnVUE（オンライン受験）
言語: 日本語
受験者 ID: AWS07364120
登録 ID: 518263447

当日は試験開始 30 分前までにチェックインを開始してください。
ご予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
https://home.pearsonvue.com/aws"""
    top = part(t, cte='base64')
    ip = '216.147.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250))
    msg = plain_msg(top, 'nifty', d, ('Pearson VUE', 'noreply@pearsonvue.com'), KOBA,
                    enc_words('ご予約の確認 - AWS Certified Solutions Architect - Professional', 'utf-8', per=14),
                    'bounce-%s@mail.pearsonvue.com' % hx(10), ip, 'mta%d.mail.pearsonvue.com' % rng.randrange(1, 9),
                    ['pearsonvue.com'], from_dom='pearsonvue.com', tz=UTC)
    return msg, L('unrelated', None, ['AWS07364120'], False, 'ja')

# --- Story I: Jordan Lee, gmail, console case, Seattle agent
JORDAN = ('Jordan Lee', 'jordan.lee.builds@gmail.com')
I_OPEN = D('2025-09-15 18:44:02')
I_CASE = cid15(I_OPEN)
I_SUBJ = 'Certification history split across two logins'

@mail('047-seattle-youre-all-set-cp1252-label.eml')
def _():
    d = D('2025-09-17 21:09:33')
    t = f"""Hi Jordan,

Zoë here from the Training & Certification team in Seattle — thanks for hanging in there.

You're all set. Everything that lived on AWS-08234467 (your Developer Associate, the DevOps Pro
and the full exam history) has been rolled into AWS05090112, and the AWS-08234467 login has been
retired. From here on out, just sign in with jordan.lee.builds@gmail.com.

Heads-up: the dashboard can lag a bit, so if it still looks the same tonight, give it until
tomorrow. Your Credly badges will be moved over by Credly separately; you'll get an e-mail from
them when that's done.

Anything else, just reply on the case.

Best,
Zoë K.
Amazon Web Services

Was this response helpful? Let us know: https://console.aws.amazon.com/support/home#/case/?displayId={I_CASE}&language=en&feedback=true""" + CONSOLE_FOOT.format(c=I_CASE)
    top = part(t, charset='utf-8', cte='quoted-printable', label='windows-1252')
    msg = aws_msg(top, 'gmail', d, JORDAN[1], None, AWS_NOREPLY, f'RE:[CASE {I_CASE}] {I_SUBJ}')
    return msg, L('merge_completed', I_CASE, ['AWS05090112', 'AWS08234467'], True, 'en')

@mail('048-console-how-was-your-experience.eml')
def _():
    d = D('2025-09-20 21:10:15')
    t = f"""Hello,

Your recent support case, {I_CASE} - "{I_SUBJ}", was closed.

Please take 2 minutes to tell us about your experience with AWS Support. We read every response.

Overall, how satisfied were you with the support you received?
Very satisfied  |  Satisfied  |  Neutral  |  Dissatisfied  |  Very dissatisfied
https://amazonwebservices.qualtrics.com/jfe/form/SV_eKx7aUfvY3PZbKe?caseId={I_CASE}

Thank you,
AWS Support

This survey link is unique to you. Please do not forward this e-mail."""
    h = html_of(t).replace(f'https://amazonwebservices.qualtrics.com/jfe/form/SV_eKx7aUfvY3PZbKe?caseId={I_CASE}',
                           f'<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_eKx7aUfvY3PZbKe?caseId={I_CASE}">Start the survey</a>')
    top = alt(part(t, charset='us-ascii', cte='7bit'), part(h, 'html', cte='quoted-printable'))
    msg = aws_msg(top, 'gmail', d, JORDAN[1], None, ('AWS Support', 'aws-support-survey@amazon.com'),
                  'How was your experience with AWS Support?')
    return msg, L('survey', I_CASE, [], True, 'en')

# --- Story J: Daniel Ferreira, gmail, console case, Hyderabad agent; history without quote marks
DANIEL = ('Daniel Ferreira', 'daniel.ferreira.pt@gmail.com')
J_OPEN = D('2025-12-01 10:17:44')
J_CASE = cid15(J_OPEN)
J_SUBJ = 'Please join my two certification accounts'

@mail('049-hyderabad-action-completed-history-below.eml')
def _():
    d = D('2025-12-04 07:26:58')
    t = f"""Dear Daniel,

Greetings from AWS Training and Certification!

Thank you for confirming the details. We wish to inform you that the requested action has been
completed successfully from our end. The older profile has now been closed, and all of your
certifications, exam records and the unused exam voucher are available in the profile you chose
to keep.

You may log in using daniel.ferreira.pt@gmail.com going forward. Please allow up to 24 hours for
the changes to be visible.

Thank you for your patience throughout.

Best regards,
Pavani R.
Amazon Web Services

==================================================
Previous correspondence
==================================================
Customer (2025-12-03 18:52 UTC):
Yes, all correct. Go ahead please.

Amazon Web Services (2025-12-03 06:10 UTC):
Dear Daniel,

As per your request, below are the accounts that will be merged:
Account to be retained: AWS02640915
Account to be merged: aws06672038
Please note that this action is irreversible. Kindly reply with your confirmation to proceed.

Best regards,
Pavani R.
Amazon Web Services""" + CONSOLE_FOOT.format(c=J_CASE)
    top = part(t, charset='us-ascii', cte='7bit')
    msg = aws_msg(top, 'gmail', d, DANIEL[1], None, AWS_NOREPLY, f'RE:[CASE {J_CASE}] {J_SUBJ}')
    return msg, L('merge_completed', J_CASE, [], True, 'en')

# --- null Authentication-Results: company relay that does not stamp results
ISHII = ('石井 康介', 'k.ishii@maruyama-kogyo.co.jp')
K_OPEN = D('2025-06-09 00:58:21')
K_CASE = cid15(K_OPEN)

@mail('050-form-oazukari-no-auth-header.eml')
def _():
    d = later(K_OPEN, seconds=8)
    t = f"""石井 康介 様

AWS トレーニングと認定 カスタマーサポートでございます。
このたびはお問い合わせをお寄せいただき、誠にありがとうございます。

ご依頼は下記の番号にてお預かりしております。
　ケース番号：{K_CASE}

担当の者が内容を拝見したのち、原則として 24 時間以内にご返信を差し上げます。
恐れ入りますが、同じ内容でフォームを再度ご送信いただくことはお控えくださいますよう
お願い申し上げます。

――――――――――――――――――――
お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：aws-03581276
――――――――――――――――――――

AWS トレーニングと認定 カスタマーサポート{FOOT_JA}"""
    top = part(t, cte='quoted-printable')
    subj = f'[CASE {K_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
    msg = aws_msg(top, 'none', d, ISHII[1], None, AWS_FORM, subj)
    return msg, L('case_created', K_CASE, ['AWS03581276'], None, 'ja')

# --- look-alikes and phishing
def shady(provider, d, to, frm, subject, top, ip, host, dom, dmarc, spf='pass', dkim='pass', dkim_sigs=None, extra=(), mid=None):
    return plain_msg(top, provider, d, frm, to, subject, 'bounce@%s' % dom, ip, host,
                     [dom] if dkim != 'none' else [], from_dom=frm[1].split('@')[1], dmarc=dmarc, spf=spf, dkim=dkim,
                     dkim_sigs=dkim_sigs, extra=extra, mid=mid)

@mail('051-lookalike-confirm-within-48h.eml')
def _():
    d = D('2025-09-16 11:37:20')
    fake_case = cid15(D('2025-09-15 23:02:10'))
    t = f"""Dear Candidate,

We have received a request to consolidate the AWS Certification profiles below:

  Primary profile:   AWS 05090112
  Secondary profile: AWS 08234467

Because this change is permanent, you must approve it before our team can continue. Please
review the details and approve within 48 hours using the secure link below. Requests that are not
approved in time are cancelled and both profiles may be temporarily locked for security reasons.

  Review and approve: https://aws-trainingcertification.support/case/{fake_case}/approve

Reference: Case {fake_case}

AWS Training and Certification Support Team"""
    top = alt(part(t, charset='us-ascii', cte='7bit'),
              part(html_of(t).replace(f'https://aws-trainingcertification.support/case/{fake_case}/approve',
                                      f'<a href="https://aws-trainingcertification.support/case/{fake_case}/approve" style="background:#ff9900;padding:8px 16px;color:#000">Approve now</a>'),
                   'html', cte='quoted-printable'))
    msg = shady('gmail', d, JORDAN, ('AWS Training & Certification', 'case-update@aws-trainingcertification.support'),
                f'Action needed: approve certification profile consolidation (Case {fake_case})', top,
                '185.244.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250)), 'mail.aws-trainingcertification.support',
                'aws-trainingcertification.support', 'pass')
    return msg, L('merge_confirmation_requested', fake_case, ['AWS05090112', 'AWS08234467'], False, 'ja' if False else 'en')

@mail('052-spoof-amazon-dmarc-fail-ja.eml')
def _():
    d = D('2026-03-03 09:14:55')
    victim = ('小川 理恵', 'ogawa.rie@cello.ocn.ne.jp')
    fake_case = cid15(D('2026-03-02 22:40:00'))
    t = f"""小川 理恵 様

いつもアマゾン ウェブ サービスをご利用いただきありがとうございます。

お客様の認定アカウント AWS04417729 と AWS09902351 を一つにまとめるご依頼を承っております。
この処理は元に戻せないため、実施前にお客様ご本人による承認が必要です。

下記のページにサインインし、内容をご確認のうえ「承認する」を押してください。
72 時間以内にご承認いただけない場合、ご依頼は取り消され、アカウントが一時的に制限される
場合がございます。

https://aws-certification-jp.com/approve?case={fake_case}

ケース ID: {fake_case}

アマゾン ウェブ サービス トレーニングと認定"""
    top = part(t, cte='base64')
    ip = '45.137.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250))
    host = 'vps%d.hostsrv-cloud.net' % rng.randrange(1000, 9999)
    H = delivery('ocn', d, victim[1], ip, host, 'root@' + host, 'amazon.com', [], dmarc='fail', spf='softfail', dkim='none')
    H.append(('Authentication-Results', 'amazon.com;\n\tspf=pass smtp.mailfrom=amazonses.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com'))
    H.append(('Received', 'from ip-10-0-3-17.ec2.internal (localhost [127.0.0.1])\n\tby %s with ESMTP id %s; %s' % (host, hx(10).upper(), rfc(d, UTC))))
    hdr = [('Date', rfc(d, UTC)), ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')),
           ('To', victim[1]), ('Message-ID', '<%s@email.amazonses.com>' % ses_id(d)),
           ('Subject', enc_words(f'【重要】認定アカウント統合のご承認のお願い [CASE {fake_case}]', 'utf-8', per=14)),
           ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    msg = build(top, H, hdr)
    return msg, L('merge_confirmation_requested', fake_case, ['AWS04417729', 'AWS09902351'], False, 'ja')

@mail('053-lookalike-ichihonka-owarimashita.eml')
def _():
    d = D('2025-11-14 02:51:07')
    t = """鈴木 彩 様

AWS トレーニングと認定です。

ご依頼いただいていた認定アカウントの一本化処理が終わりました。
旧アカウントの認定資格・受験履歴は、すべて現在のアカウントに移っております。

ただし、移行後のアカウントを引き続きご利用いただくには、本人確認の再登録が必要です。
48 時間以内に下記よりサインインし、登録情報とお支払い方法をご確認ください。

https://aws-nintei-support.jp/login?ref=merge

AWS トレーニングと認定 サポートデスク"""
    top = alt(part(t, charset='iso-2022-jp', cte='7bit'), part(html_of(t), 'html', cte='base64'))
    msg = shady('gmail', d, SUZUKI, ('AWS トレーニングと認定', 'notice@aws-nintei-support.jp'),
                enc_words('アカウント一本化処理のお知らせ', 'iso-2022-jp', per=8), top,
                '103.148.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250)), 'smtp.aws-nintei-support.jp',
                'aws-nintei-support.jp', 'none', dkim='none')
    return msg, L('merge_completed', None, [], False, 'ja')

@mail('054-lookalike-credly-badge-ja.eml')
def _():
    d = D('2025-08-26 11:20:44')
    t = """田中 健一 様

Amazon Web Services Training and Certification から、新しいデジタルバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを受け取るには、7 日以内に下記からログインしてください。
期限を過ぎると、バッジは無効になります。

https://credly-badge-center.com/accept?id=8812-AWS-JP

Credly サポート"""
    top = part(t, cte='quoted-printable')
    msg = shady('biglobe', d, TANAKA, ('Credly', 'no-reply@credly-badge-center.com'),
                enc_words('【Credly】新しいバッジが届いています', 'utf-8', per=12), top,
                '91.210.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250)), 'mx1.credly-badge-center.com',
                'credly-badge-center.com', 'none', spf='neutral', dkim='none')
    return msg, L('credly_badge_issued', None, [], False, 'ja')

@mail('055-lookalike-billing-suspended.eml')
def _():
    d = D('2026-01-30 04:02:18')
    t = """Dear AWS Customer,

We were unable to process the payment for your latest invoice. As a result, your account has
been placed on hold and running resources may be stopped within 24 hours.

To restore full access, update your payment details here:
https://aws-accounts-billing.com/restore

Amazon Web Services Billing"""
    top = part(t, charset='us-ascii', cte='7bit')
    msg = shady('gmail', d, THABO, ('AWS Billing', 'billing@aws-accounts-billing.com'),
                'Your AWS account is on hold - payment failed', top,
                '194.58.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250)), 'mail.aws-accounts-billing.com',
                'aws-accounts-billing.com', 'pass')
    return msg, L('unrelated', None, [], False, 'en')

@mail('056-github-pr-merged-cert-tracker.eml')
def _():
    d = D('2025-06-02 19:27:41')
    t = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/priya-r/cert-tracker/pull/214#event-17958221034
You are receiving this because you authored the thread.

Message ID: <priya-r/cert-tracker/pull/214/issue_event/17958221034@github.com>"""
    h = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/priya-r/cert-tracker/pull/214">#214</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/priya-r/cert-tracker/pull/214#event-17958221034">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
    top = alt(part(t, charset='UTF-8', cte='7bit'), part(h, 'html', charset='UTF-8', cte='7bit'))
    ip = '192.30.252.%d' % rng.randrange(190, 210)
    msg = plain_msg(top, 'gmail', d, ('Marcus Bell', 'notifications@github.com'), PRIYA,
                    'Re: [priya-r/cert-tracker] Combine duplicate certification records into one profile (PR #214)',
                    'noreply@github.com', ip, 'out-%d.smtp.github.com' % rng.randrange(20, 30), ['github.com'],
                    mid='<priya-r/cert-tracker/pull/214/issue_event/17958221034@github.com>',
                    extra=[('In-Reply-To', '<priya-r/cert-tracker/pull/214@github.com>'),
                           ('References', '<priya-r/cert-tracker/pull/214@github.com>'),
                           ('Reply-To', 'priya-r/cert-tracker <reply+AB3KQ7' + hx(20).upper() + '@reply.github.com>'),
                           ('List-ID', 'priya-r/cert-tracker <cert-tracker.priya-r.github.com>'),
                           ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'mbell-dev')])
    return msg, L('unrelated', None, [], False, 'en')

@mail('057-credly-code-to-combine-accounts.eml')
def _():
    d = D('2026-01-29 10:45:12')
    t = """Hi Thabo,

Someone (hopefully you) asked to bring two Credly accounts together:
thabo.nkosi.za@gmail.com and t.nkosi@stellenbyte.co.za.

Enter this code on the Credly page you came from to finish:

    731904

The code expires in 30 minutes. If you didn't ask for this, you can ignore this e-mail and
nothing will change.

Credly, Inc. | 1 Liberty Plaza, 13th Floor | New York, NY 10006"""
    top = alt(part(t, charset='us-ascii', cte='7bit'), part(html_of(t), 'html', cte='quoted-printable'))
    msg = credly_msg(top, 'gmail', d, THABO, 'Your Credly verification code', frm_name='Credly')
    return msg, L('unrelated', None, [], True, 'en')

@mail('058-seller-central-listing-case.eml')
def _():
    d = D('2025-09-22 16:33:05')
    t = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I've reviewed the listing you mentioned (ASIN B0CQ7T3MZR). The two detail pages were created
separately by different sellers, and our catalog team has now merged them into a single page.
Your offer is visible on the surviving page; the duplicate has been removed from search.

It may take up to 48 hours for the change to show everywhere on the site.

Was this answer helpful? Let us know: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6120394857

We value your feedback.

Best regards,
Ravi
Amazon Selling Partner Support"""
    top = part(t, cte='quoted-printable')
    msg = aws_msg(top, 'gmail', d, JORDAN[1], None, ('Amazon Seller Central', 'seller-notification@amazon.com'),
                  'RE:[CASE 6120394857] Duplicate detail page for my ASIN')
    return msg, L('unrelated', '6120394857', [], True, 'en')

@mail('059-console-seikyusho-atena-henkou.eml')
def _():
    d = D('2025-04-08 03:20:40')
    bcase = cid15(D('2025-04-07 06:05:12'))
    t = f"""山本 大輔 様

いつもアマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。
請求およびアカウントサポートの藤井でございます。

請求書の宛名を「ほしぞらテック株式会社」へ変更されたいとのご依頼、承知いたしました。
お手数ですが、請求ダッシュボードの「お支払い設定」から、請求先の住所と会社名を更新して
いただけますでしょうか。更新後に発行される請求書から新しい宛名が反映されます。

なお、過去に発行済みの請求書の再発行をご希望の場合は、対象の請求月を本ケースにてお知らせ
ください。

藤井
アマゾン ウェブ サービス""" + CONSOLE_FOOT_JA.format(c=bcase)
    top = part(t, charset='iso-2022-jp', cte='7bit')
    subj = enc_words(f'RE:[CASE {bcase}] 請求書の宛名変更について', 'iso-2022-jp', per=10)
    msg = aws_msg(top, 'outlook', d, YAMAMOTO[1], None, AWS_NOREPLY, subj)
    return msg, L('unrelated', bcase, [], True, 'ja')

@mail('060-credly-kigen-ga-chikai-ja.eml')
def _():
    d = D('2026-02-02 00:15:29')
    t = """田中 健一 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」は、2026年4月3日に有効期限を迎えます。

期限が切れると、プロフィール上では「期限切れ」と表示されます。
引き続き有効な状態を保つには、発行元の案内に従って再認定を受けてください。

再認定について: https://aws.amazon.com/certification/recertification/
バッジを見る: https://www.credly.com/earner/earned

Credly, Inc. | 1 Liberty Plaza, 13th Floor | New York, NY 10006
通知設定: https://www.credly.com/notification_preferences"""
    top = alt(part(t, cte='quoted-printable'), part(html_of(t), 'html', cte='quoted-printable'))
    subj = enc_words('バッジの有効期限まであと 60 日です', 'utf-8', per=10)
    msg = credly_msg(top, 'biglobe', d, TANAKA, subj, frm_name='Credly')
    return msg, L('unrelated', None, [], True, 'ja')

if __name__ == '__main__':
    write_all()
