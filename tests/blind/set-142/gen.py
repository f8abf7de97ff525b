#!/usr/bin/env python3
"""Generator for blind set 142: eight ordinary AWS Certification account-merge cases."""
import base64, hashlib, json, os, quopri, random, uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.message import Message
from email.header import Header
from email.utils import format_datetime, formataddr
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(142)
UTC = timezone.utc
JST = ZoneInfo('Asia/Tokyo')
PT = ZoneInfo('America/Los_Angeles')
LABELS = {}

AWS_DOMAINS = {'amazon.com', 'aws.amazon.com', 'amazonaws.com', 'signin.aws'}
CREDLY_DOMAINS = {'credly.com', 'youracclaim.com'}


def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    raw = bytes(RNG.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def u(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(dt, tail):
    return '%d%s' % (int(dt.timestamp()), tail)


def fold_b64(s, width=70, indent='\t'):
    parts = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(parts)


# ---------------------------------------------------------------- senders
def ses_msgid(dt, region=None):
    ms = int(dt.timestamp() * 1000)
    host = 'email.amazonses.com' if region is None else '%s.amazonses.com' % region
    prefix = '0100' if region is None else '0106'
    return '<%s%012x-%s-000000@%s>' % (prefix, ms, str(uuid.UUID(int=RNG.getrandbits(128))), host)


def S(name, addr, mailfrom, ip, helo, dkim, msgid, envelope_dom=None):
    dom = addr.split('@')[1].lower()
    return dict(name=name, addr=addr, domain=dom, mailfrom=mailfrom, ip=ip, helo=helo,
                dkim=dkim, msgid=msgid, envdom=envelope_dom or mailfrom.split('@')[1])


def aws_sender(addr, name='Amazon Web Services', region=None):
    def mk(dt):
        return ses_msgid(dt, region)
    ipn = RNG.choice([8, 9, 48]), RNG.randint(10, 250)
    ip = '54.240.%d.%d' % ipn
    helo = 'a%d-%d.smtp-out.amazonses.com' % ipn if region is None else \
        'e%d-%d.smtp-out.%s.amazonses.com' % (ipn[1] % 200, ipn[0], region)
    envdom = 'email.amazonses.com' if region is None else '%s.amazonses.com' % region
    return dict(name=name, addr=addr, domain='amazon.com', mailfrom=None, ip=ip, helo=helo,
                dkim=[('amazon.com', 'rjt5nmrdbtsxb7a5uyzvcagwfvw3ozbz'),
                      ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono' if region is None else 'zh4gjftm6etwoq6afzugpky45synznly')],
                msgid=mk, envdom=envdom, ses=True)


def credly_sender(name='Amazon Web Services Training and Certification via Credly'):
    def mk(dt):
        return '<%s.%s@geopod-ismtpd-%d>' % (base64.urlsafe_b64encode(bytes(RNG.getrandbits(8) for _ in range(16))).decode().rstrip('='),
                                          str(int(dt.timestamp() * 1000)), RNG.randint(1, 40))
    ip = '149.72.%d.%d' % (RNG.randint(100, 250), RNG.randint(2, 250))
    return dict(name=name, addr='admin@credly.com', domain='credly.com', mailfrom=None, ip=ip,
                helo='o%d.ptr%d.credly.com' % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
                dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
                msgid=mk, envdom='em8812.credly.com', ses=False)


def other_sender(name, addr, envdom, ip, helo, dkim_sel, msgid_host, dkim_domain=None):
    dom = addr.split('@')[1].lower()

    def mk(dt):
        return '<%s.%s@%s>' % (rhex(16), rhex(8), msgid_host)
    return dict(name=name, addr=addr, domain=dom, mailfrom=None, ip=ip, helo=helo,
                dkim=[(dkim_domain or dom, dkim_sel)] if dkim_sel else [],
                msgid=mk, envdom=envdom, ses=False)


# ---------------------------------------------------------------- trace headers
def envelope_from(snd, dt):
    if snd.get('ses'):
        return '%s%012x-%s-000000@%s' % ('0100' if snd['envdom'] == 'email.amazonses.com' else '0106',
                                         int(dt.timestamp() * 1000), str(uuid.uuid4()), snd['envdom'])
    if snd['envdom'].startswith('em'):
        return 'bounces+%d-%s-%s=%s@%s' % (RNG.randint(1000000, 9999999), rhex(4), 'user', 'mail', snd['envdom'])
    return 'bounce-%s@%s' % (rhex(10), snd['envdom'])


def dkim_header(d, s, dt, headers='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    t = int(dt.timestamp())
    val = ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
           % (s, d, t, headers, rb64(32), fold_b64(rb64(256))))
    return ('DKIM-Signature', val)


def trace(provider, snd, rcpt, dt, auth):
    """Return header list (top first) added in transit and by the receiving provider."""
    H = []
    mf = envelope_from(snd, dt)
    d1 = dt + timedelta(seconds=RNG.randint(1, 4))
    d2 = d1 + timedelta(seconds=RNG.randint(0, 2))
    dkim_d = snd['dkim'][0][0] if snd['dkim'] else None
    fromdom = snd['domain']
    if auth == 'pass':
        dk, sp, dm = 'pass', 'pass', 'pass'
    elif auth == 'fail':
        dk, sp, dm = 'fail', 'softfail', 'fail'
    elif auth == 'none':
        dk, sp, dm = 'none', 'neutral', 'fail'
    else:
        dk, sp, dm = auth
    if provider == 'gmail':
        lt = d2.astimezone(PT)
        tz = lt.strftime('%Z')
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s (%s)'
                  % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4) + 'csp' + str(RNG.randint(100000, 999999)),
                     format_datetime(lt), tz)))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:86]))
        H.append(('X-Received', 'by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s (%s)'
                  % (rhex(4), rhex(3), rhex(3), rhex(4), 'af79cd13be357-' + rhex(11), RNG.randint(1, 9),
                     int(d2.timestamp()), format_datetime(lt), tz)))
        H.append(('Return-Path', '<%s>' % mf))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s (%s)'
                  % (snd['helo'], snd['helo'], snd['ip'], 'af79cd13be357-' + rhex(11), RNG.randint(1, 9),
                     int(d1.timestamp()), rcpt, format_datetime(d1.astimezone(PT)), tz)))
        H.append(('Received-SPF', '%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                  % (sp, mf, snd['ip'], snd['ip']) if sp == 'pass' else
                  '%s (google.com: %s is neither permitted nor denied by best guess record for domain of %s) client-ip=%s;'
                  % (sp, snd['ip'], mf, snd['ip'])))
        ar = 'mx.google.com;\n'
        if dkim_d:
            ar += '       dkim=%s header.i=@%s header.s=%s header.b=%s;\n' % (dk, dkim_d, snd['dkim'][0][1], rb64(6)[:8])
        if len(snd['dkim']) > 1 and dk == 'pass':
            ar += '       dkim=pass header.i=@%s header.s=%s header.b=%s;\n' % (snd['dkim'][1][0], snd['dkim'][1][1], rb64(6)[:8])
        ar += '       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n' % (sp, mf, snd['ip'], mf) if sp == 'pass' else \
            '       spf=%s (google.com: %s is neither permitted nor denied by best guess record for domain of %s) smtp.mailfrom=%s;\n' % (sp, snd['ip'], mf, mf)
        pol = 'p=QUARANTINE sp=QUARANTINE dis=NONE' if dm == 'pass' else 'p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'
        if fromdom not in ('amazon.com',):
            pol = 'p=NONE sp=NONE dis=NONE' if dm == 'pass' else 'p=REJECT sp=REJECT dis=QUARANTINE'
        ar += '       dmarc=%s (%s) header.from=%s' % (dm, pol, fromdom)
        H.append(('Authentication-Results', ar))
    elif provider in ('o365', 'outlookcom'):
        fe = 'BN2PEPF000%05d' % RNG.randint(10000, 99999) if provider == 'o365' else 'DU2PEPF000%05d' % RNG.randint(10000, 99999)
        mbx = ('SJ0PR17MB%04d' % RNG.randint(1000, 9999)) if provider == 'o365' else ('PAXP193MB%04d' % RNG.randint(1000, 9999))
        dom = 'namprd17.prod.outlook.com' if provider == 'o365' else 'EURP193.PROD.OUTLOOK.COM'
        H.append(('Received', 'from %s.%s (2603:10b6:a03:%s::%s) by\n %s.%s with HTTPS; %s'
                  % (mbx.replace('MB', 'CA'), dom, rhex(3), rhex(2), mbx, dom, format_datetime(d2.astimezone(UTC)).replace('-0000', '+0000'))))
        H.append(('Received', 'from %s.%s (2603:10b6:408:%s::%s) by\n %s.%s (2603:10b6:a03:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                  % (fe, dom, rhex(3), rhex(2), mbx.replace('MB', 'CA'), dom, rhex(3), rhex(2),
                     RNG.randint(8000, 9300), RNG.randint(10, 40), format_datetime(d2.astimezone(UTC)).replace('-0000', '+0000'))))
        ar = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (sp, snd['ip'], mf.split('@')[1])
        if dkim_d:
            ar += 'dkim=%s (%s)\n header.d=%s;' % (dk, 'signature was verified' if dk == 'pass' else 'body hash did not verify', dkim_d)
        else:
            ar += 'dkim=none (message not signed)\n header.d=none;'
        if dm == 'pass':
            ar += 'dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % fromdom
        else:
            ar += 'dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000' % fromdom
        H.append(('Authentication-Results', ar))
        H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                  % ('Pass' if sp == 'pass' else 'SoftFail', mf.split('@')[1], snd['ip'], snd['ip'], snd['helo'])))
        H.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.242.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s'
                  % (snd['helo'], snd['ip'], fe, RNG.randint(2, 250), RNG.randint(8000, 9300), RNG.randint(10, 40),
                     format_datetime(d1.astimezone(UTC)).replace('-0000', '+0000'))))
    elif provider == 'yahoojp':
        H.append(('Received', 'from mta%d.mail.kks.yahoo.co.jp with HTTP; %s' % (RNG.randint(5001, 5099), format_datetime(d2.astimezone(JST)))))
        ar = 'mta%d.mail.kks.yahoo.co.jp  from=%s; domain=%s; dkim=%s (%s) header.d=%s; spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s' % (
            RNG.randint(5001, 5099), fromdom, mf.split('@')[1], dk, 'ok' if dk == 'pass' else 'bad signature', dkim_d or 'none', sp,
            mf.split('@')[1], dm, fromdom)
        H.append(('Authentication-Results', ar))
        H.append(('Received', 'from %s (%s [%s])\n\tby mta%d.mail.kks.yahoo.co.jp with ESMTPS\n\tfor <%s>; %s'
                  % (snd['helo'], snd['helo'], snd['ip'], RNG.randint(5001, 5099), rcpt, format_datetime(d1.astimezone(JST)))))
    elif provider == 'onpremjp':
        host = 'mx01.hoshizora-tech.co.jp'
        H.append(('Return-Path', '<%s>' % mf))
        H.append(('Received', 'from mx01.hoshizora-tech.co.jp (mx01.hoshizora-tech.co.jp [10.20.1.11])\n\tby mbox02.hoshizora-tech.co.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                  % (rhex(10).upper(), rcpt, format_datetime(d2.astimezone(JST)))))
        H.append(('Authentication-Results', '%s; dmarc=%s (p=quarantine dis=%s) header.from=%s' % (host, dm, 'none' if dm == 'pass' else 'quarantine', fromdom)))
        if dkim_d:
            H.append(('Authentication-Results', '%s;\n\tdkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s'
                      % (host, dk, dkim_d, dkim_d, snd['dkim'][0][1], rb64(6)[:8])))
        H.append(('Authentication-Results', '%s; spf=%s smtp.mailfrom=%s' % (host, sp, mf)))
        H.append(('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                  % (snd['helo'], snd['helo'], snd['ip'], host, rhex(10).upper(), rcpt, format_datetime(d1.astimezone(JST)))))
    elif provider == 'noar':
        H.append(('Return-Path', '<%s>' % mf))
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'from mail.sofiarossi.it\n\tby mail.sofiarossi.it with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s'
                  % (rb64(18)[:22], mf, rcpt, format_datetime(d2.astimezone(ZoneInfo('Europe/Rome'))))))
        H.append(('Received', 'from %s (%s [%s])\n\tby mail.sofiarossi.it (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                  % (snd['helo'], snd['helo'], snd['ip'], rhex(10).upper(), rcpt, format_datetime(d1.astimezone(ZoneInfo('Europe/Rome'))))))
    else:
        raise ValueError(provider)
    # sender-side headers
    if snd.get('ses'):
        H.append(('Received', 'from %s (unknown [10.%d.%d.%d])\n\tby smtp-out.amazonses.com with ESMTP id %s;\n\t%s'
                  % ('ip-10-%d-%d-%d' % (RNG.randint(0, 255), RNG.randint(0, 255), RNG.randint(0, 255)),
                     RNG.randint(0, 255), RNG.randint(0, 255), RNG.randint(0, 255), rhex(20), format_datetime(dt.astimezone(UTC)).replace('-0000', '+0000'))))
    if dkim_d and auth != 'none':
        for d, s in snd['dkim']:
            H.append(dkim_header(d, s, dt))
    return H


# ---------------------------------------------------------------- MIME parts
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    data = text.encode(codec or charset) if isinstance(text, str) else text
    p = Message()
    p['Content-Type'] = 'text/%s; charset="%s"' % (subtype, label or charset)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        p.set_payload(base64.encodebytes(data).decode('ascii'))
    elif cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(data).decode('ascii'))
    else:
        p.set_payload(data.decode('ascii'))
    return p


def html_wrap(inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (title, inner))


def paras(text):
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<p>%s</p>' % block.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n'))
    return '\n'.join(out)


def fold_ascii(s, width=76, name_len=9):
    words = s.split(' ')
    lines, cur = [], ''
    limit = width - name_len
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur, limit = w, width - 1
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def build(fname, *, kind, case_id, accounts, lang, provider, snd, to, dt, subject,
          text=None, html=None, charset='utf-8', cte='quoted-printable', label=None, codec=None,
          html_cte=None, auth='pass', subj_charset=None, extra=(), top_extra=(), cc=None,
          in_reply_to=None, references=None, reply_to=None, verified='auto', date_hdr=None, mid=()):
    msg = Message()
    hdrs = list(top_extra) + trace(provider, snd, to if isinstance(to, str) else to[1], dt, auth)
    for k, v in hdrs + list(mid):
        msg[k] = v
    if snd['name']:
        if all(ord(c) < 128 for c in snd['name']):
            msg['From'] = formataddr((snd['name'], snd['addr']))
        else:
            msg['From'] = formataddr((snd['name'], snd['addr']), charset='utf-8')
    else:
        msg['From'] = snd['addr']
    if isinstance(to, tuple):
        nm, ad = to
        msg['To'] = formataddr((nm, ad), charset='utf-8') if any(ord(c) > 127 for c in nm) else formataddr((nm, ad))
    else:
        msg['To'] = to
    if cc:
        msg['Cc'] = cc
    if reply_to:
        msg['Reply-To'] = reply_to
    if all(ord(c) < 128 for c in subject) and not subj_charset:
        msg['Subject'] = fold_ascii(subject)
    else:
        msg['Subject'] = Header(subject, subj_charset or 'utf-8', header_name='Subject').encode(linesep='\n', maxlinelen=76)
    msg['Date'] = date_hdr or format_datetime(dt)
    msg['Message-ID'] = snd['msgid'](dt)
    if in_reply_to:
        msg['In-Reply-To'] = in_reply_to
    if references:
        msg['References'] = references
    msg['MIME-Version'] = '1.0'
    for k, v in extra:
        msg[k] = v
    parts = []
    if text is not None:
        parts.append(part(text, 'plain', charset, cte, label, codec))
    if html is not None:
        parts.append(part(html, 'html', 'utf-8' if codec else charset, html_cte or cte, None if codec else label))
    if len(parts) == 1:
        p = parts[0]
        msg['Content-Type'] = p['Content-Type']
        msg['Content-Transfer-Encoding'] = p['Content-Transfer-Encoding']
        msg.set_payload(p.get_payload())
    else:
        b = '----=_Part_%d_%d.%d' % (RNG.randint(100000, 999999), RNG.randint(100000000, 999999999), int(dt.timestamp() * 1000))
        msg['Content-Type'] = 'multipart/alternative; \n\tboundary="%s"' % b
        msg.set_payload(parts)
        msg.set_boundary(b)
    raw = msg.as_bytes(policy=policy.compat32.clone(linesep='\r\n', max_line_length=None))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    if verified == 'auto':
        if provider == 'noar':
            verified = None
        elif (snd['domain'] in AWS_DOMAINS or snd['domain'] in CREDLY_DOMAINS) and auth == 'pass':
            verified = True
        else:
            verified = False
    acc = sorted(set(a.upper().replace(' ', '').replace('-', '') for a in accounts))
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': acc,
                     'sender_verified': verified, 'language': lang}


# ---------------------------------------------------------------- people & senders
FORM = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'

# ==== MAILS ====


def q(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.strip('\n').split('\n'))


def aws_footer_form():
    return ("\n\n--\nAWS Training and Certification Customer Support\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
            "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n")


def credly_text(first, issuer, badge, url, extra=''):
    return ("Hi %s,\n\n%s\n\n%s has issued you a new badge: %s.\n\n"
            "Accept your badge and start sharing it on LinkedIn, in your email signature or on your personal website. "
            "Employers and peers can verify it with one click.\n\nAccept your badge:\n%s\n\n"
            "Questions? Visit https://support.credly.com\n\n"
            "You are receiving this email because a badge was issued to this email address on Credly.\n"
            "Credly, Inc. | Manage email preferences: https://www.credly.com/earner/settings/notifications\n"
            % (first, extra or 'Congratulations!', issuer, badge, url))


def credly_html(first, issuer, badge, url, extra='', img='aws-certified-solutions-architect-associate'):
    return html_wrap(
        '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;padding:32px">'
        '<tr><td><img src="https://www.credly.com/assets/credly-logo.png" alt="Credly" width="96"></td></tr>'
        '<tr><td style="font-size:22px;font-weight:bold;padding-top:24px">%s</td></tr>'
        '<tr><td style="padding-top:16px">Hi %s,</td></tr>'
        '<tr><td style="padding-top:12px">%s has issued you a new badge:</td></tr>'
        '<tr><td align="center" style="padding:24px"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s"><br><b>%s</b></td></tr>'
        '<tr><td align="center"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></td></tr>'
        '<tr><td style="padding-top:24px;font-size:12px;color:#777">You are receiving this email because a badge was issued to this email address on Credly. '
        '<a href="https://www.credly.com/earner/settings/notifications">Manage email preferences</a></td></tr>'
        '</table></td></tr></table>'
        % (extra or 'Congratulations, %s!' % first, first, issuer, uuid.UUID(int=RNG.getrandbits(128)), badge, badge, url), 'Credly')


def credly_url():
    return 'https://www.credly.com/earner/earned/badge/%s?utm_source=earner_notification&utm_medium=email&utm_campaign=issued_badge' % uuid.UUID(int=RNG.getrandbits(128))


# ------------------------------------------------------------------ user 1: Emily Carter, Gmail, form desk
def user_01():
    rc = 'emily.carter.dev@gmail.com'
    t0 = u(2025, 3, 11, 14, 22, 37)
    cid = case15(t0, '08213')
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    build('001-form-request-logged.eml', kind='case_created', case_id=cid,
          accounts=['AWS11592034', 'AWS04718263'], lang='en', provider='gmail', snd=aws_sender(FORM), to=rc,
          dt=t0 + timedelta(seconds=41), subject=subj, text=(
              "Hello,\n\nThanks for getting in touch with AWS Training and Certification. This note is to let you know "
              "that your request has been logged under reference %s.\n\n"
              "Someone from our team will review the details you provided and respond to this address, normally within "
              "24 hours. If you need to add anything, just reply to this e-mail and keep the reference in the subject line "
              "so that your note is attached to the same request. Please don't submit the form a second time for the same "
              "question; duplicate requests take longer to resolve.\n\n"
              "What you sent us:\n"
              "  Inquiry type: AWS Certification\n"
              "  Detail: Account Merge\n"
              "  AWS candidate ID: AWS11592034\n"
              "  Description: I ended up with two certification profiles. The older one (aws04718263) was created with "
              "my previous employer's e-mail. Could you move everything onto my current one?\n"
              % cid) + aws_footer_form())

    t1 = u(2025, 3, 12, 16, 5, 12)
    ask = ("Hello Emily,\n\nThank you for reaching out to AWS Training and Certification.\n\n"
           "I understand you would like all of your certification history to sit under one profile. Before I can look "
           "into this I need a few details so that I pick up the right records:\n\n"
           "1. The e-mail address you use to sign in to each of the two profiles\n"
           "2. Which profile you would like to keep using from now on\n"
           "3. Your full name exactly as it appears on each profile\n\n"
           "I was able to find AWS11592034 with the details in your submission, but I could not find a second profile "
           "under AWS04718263 that uses your current e-mail address, so the sign-in address for that one will be "
           "especially helpful.\n\nPlease reply to this e-mail with the information above.\n\n"
           "Kind regards,\nMarcus D.\nAWS Training and Certification Customer Support")
    build('002-agent-needs-signin-emails.eml', kind='support_reply', case_id=cid,
          accounts=['AWS11592034', 'AWS04718263'], lang='en', provider='gmail', snd=aws_sender(FORM), to=rc,
          dt=t1, subject='RE:' + subj, text=ask + aws_footer_form())

    t2 = u(2025, 3, 13, 9, 40, 3)
    user_reply = ("Hi Marcus,\n\nThanks for getting back to me.\n\n"
                  "1. The old profile signs in with emily.carter@brightlane-consulting.com, the current one with "
                  "emily.carter.dev@gmail.com\n2. Please keep the one on my gmail address\n3. Emily R. Carter on both\n\n"
                  "Thanks,\nEmily")
    conf = ("Hello Emily,\n\nThank you for the additional details; with them I was able to locate both profiles.\n\n"
            "This is what we would do:\n\n"
            "   Profile that will be retired: AWS04718263 (emily.carter@brightlane-consulting.com)\n"
            "   Profile that will remain:     AWS11592034 (emily.carter.dev@gmail.com)\n\n"
            "Your exam history, active certifications and any unused benefits on AWS04718263 would be brought over to "
            "AWS11592034. After that, AWS04718263 can no longer be used to sign in. Please be aware that this step is "
            "permanent: once it has been carried out we are not able to separate the records again.\n\n"
            "If the above is correct, please reply to this e-mail to let me know you agree, and I will pass it on "
            "for processing.\n\nKind regards,\nMarcus D.\nAWS Training and Certification Customer Support")
    hist = "On Wed, Mar 12, 2025 at 9:11 PM Emily Carter <%s> wrote:\n%s" % (rc, q(user_reply))
    conf_html = html_wrap(paras(conf.replace('   Profile that will remain:     ', '   Profile that will remain: ')) +
                          '<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">' + paras(
                              "On Wed, Mar 12, 2025 at 9:11 PM Emily Carter <%s> wrote:\n\n%s" % (rc, user_reply)) + '</div>')
    build('003-please-confirm-profiles.eml', kind='merge_confirmation_requested', case_id=cid,
          accounts=['AWS04718263', 'AWS11592034'], lang='en', provider='gmail', snd=aws_sender(FORM), to=rc,
          dt=t2, subject='RE:' + subj, text=conf + '\n\n' + hist + aws_footer_form(), html=conf_html)

    t3 = u(2025, 3, 13, 18, 2, 47)
    ok = ("Hi Emily,\n\nThank you for confirming. I have handed your request to our certification operations team, "
          "who will now carry it out. This usually takes between one and three business days, and I will write to "
          "you again as soon as they have finished.\n\nThere is nothing else you need to do in the meantime. Please "
          "hold off on booking new exams until you hear from us, so the new registration lands on the right profile.\n\n"
          "Kind regards,\nMarcus D.\nAWS Training and Certification Customer Support")
    em_conf = "Yes, that's all correct. Please go ahead.\n\nEmily"
    thread = ("On Thu, Mar 13, 2025 at 11:15 AM Emily Carter <%s> wrote:\n%s\n>\n> On Thu, Mar 13, 2025 at 10:40 AM Amazon Web Services <%s> wrote:\n%s"
              % (rc, q(em_conf), FORM, q(q(conf))))
    build('004-thanks-handed-to-ops.eml', kind='support_reply', case_id=cid, accounts=[], lang='en',
          provider='gmail', snd=aws_sender(FORM), to=rc, dt=t3, subject='RE:' + subj,
          text=ok + '\n\n' + thread + aws_footer_form())

    t4 = u(2025, 3, 14, 11, 30, 9)
    done = ("Hello Emily,\n\nOur operations team has finished working on your request. The certifications and exam "
            "history that used to be on AWS04718263 are now shown under AWS11592034, and the former profile has been "
            "deactivated.\n\nWhen you have a moment, please sign in at https://www.aws.training/Certification and check "
            "that everything is listed as you expect, including the 50% discount voucher from your last exam. Digital "
            "badges are issued again through Credly, which can take up to 48 hours; you will receive a separate e-mail "
            "from Credly for each badge.\n\nThank you for your patience.\n\n"
            "Kind regards,\nMarcus D.\nAWS Training and Certification Customer Support")
    build('005-records-now-under-one-profile.eml', kind='merge_completed', case_id=cid,
          accounts=['AWS04718263', 'AWS11592034'], lang='en', provider='gmail', snd=aws_sender(FORM), to=rc,
          dt=t4, subject='RE:' + subj, text=done + aws_footer_form(),
          html=html_wrap(paras(done) + '<p style="font-size:11px;color:#687078">' + aws_footer_form().replace('\n', '<br>') + '</p>'))

    t5 = t4 + timedelta(minutes=1, seconds=18)
    sv = ("Hello,\n\nYour case %s has been marked as resolved.\n\n"
          "How did we do? We'd appreciate two minutes of your time to tell us about your experience with AWS Training "
          "and Certification Customer Support.\n\n"
          "Was your issue resolved?\n  YES: https://amazon.qualtrics.com/jfe/form/SV_%s?resolved=1\n  NO:  https://amazon.qualtrics.com/jfe/form/SV_%s?resolved=0\n\n"
          "If you need further help with this request, simply reply to this e-mail within 14 days and the case will "
          "be reopened.\n\nThank you,\nAWS Training and Certification" % (cid, rhex(24), rhex(24)))
    build('006-how-did-we-do.eml', kind='survey', case_id=cid, accounts=[], lang='en', provider='gmail',
          snd=aws_sender(FORM), to=rc, dt=t5, subject='Your AWS Training and Certification case %s has been resolved' % cid,
          text=sv, html=html_wrap(paras(sv)))

    cs = credly_sender()
    t6 = u(2025, 3, 14, 19, 45, 51)
    url = credly_url()
    b = 'AWS Certified Solutions Architect \u2013 Associate'
    build('007-credly-saa-ready.eml', kind='credly_badge_issued', case_id=None, accounts=[], lang='en',
          provider='gmail', snd=cs, to=rc, dt=t6,
          subject='Emily, your AWS Certified Solutions Architect \u2013 Associate badge is waiting',
          text=credly_text('Emily', 'Amazon Web Services Training and Certification', b, url),
          html=credly_html('Emily', 'Amazon Web Services Training and Certification', b, url))
    t7 = t6 + timedelta(seconds=52)
    url = credly_url()
    b = 'AWS Certified Cloud Practitioner'
    ex = 'A badge from a certification profile that was combined with yours has been moved to this address.'
    build('008-credly-ccp-moved.eml', kind='credly_badge_issued', case_id=None, accounts=[], lang='en',
          provider='gmail', snd=cs, to=rc, dt=t7,
          subject='Amazon Web Services Training and Certification sent you a new badge',
          text=credly_text('Emily', 'Amazon Web Services Training and Certification', b, url, ex),
          html=credly_html('Emily', 'Amazon Web Services Training and Certification', b, url, ex, 'aws-certified-cloud-practitioner'))




def console_footer_ja(cid):
    return ("\n\n\u3053\u306e\u3084\u308a\u53d6\u308a\u306b\u3064\u3044\u3066\u3054\u610f\u898b\u3092\u304a\u805e\u304b\u305b\u304f\u3060\u3055\u3044\u3002\u30b5\u30dd\u30fc\u30c8\u30bb\u30f3\u30bf\u30fc\u3067\u8a55\u4fa1\u3067\u304d\u307e\u3059:\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "\u3053\u306e\u30e1\u30fc\u30eb\u30a2\u30c9\u30ec\u30b9\u306f\u9001\u4fe1\u5c02\u7528\u306e\u305f\u3081\u3001\u3054\u8fd4\u4fe1\u3044\u305f\u3060\u3044\u3066\u3082\u304a\u7b54\u3048\u3067\u304d\u307e\u305b\u3093\u3002"
            "\u3054\u8fd4\u4fe1\u306f AWS \u30b5\u30dd\u30fc\u30c8\u30bb\u30f3\u30bf\u30fc\u304b\u3089\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002\n\n"
            "Amazon Web Services, Inc. \u306f Amazon.com, Inc. \u306e\u5b50\u4f1a\u793e\u3067\u3059\u3002\n" % cid)


def console_footer_en(cid):
    return ("\n\nTo see all correspondence or to reply, visit the Support Center:\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Was this response helpful? Rate it in the Support Center.\n\n"
            "Please do not reply to this e-mail; this address cannot receive replies. To add a reply, use the link above.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
            "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % cid)


# ------------------------------------------------------------------ user 2: Kenta Tanaka, Gmail, console desk in Japanese
def user_02():
    rc = 'tanaka.kenta.cloud@gmail.com'
    t0 = u(2025, 6, 2, 0, 14, 9)
    cid = case15(t0, '03517')
    csubj = 'AWS認定アカウントの統合について'
    body = ("Amazon Web Services をご利用いただきありがとうございます。\n\n"
            "お問い合わせいただいた内容に対応するため、ケース %s を作成しました。\n\n"
            "ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\nカテゴリ: アカウントおよび請求 / その他のアカウントに関する質問\n\n"
            "担当者からの回答は、このメールアドレスおよびサポートセンターでお知らせします。\n"
            "ケースの状況確認や追加情報の送信は、こちらから行えます:\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "同じ内容で新しいケースを作成されますと、対応が遅れる場合がありますのでご注意ください。\n\n"
            "Amazon Web Services\n" % (cid, cid, csubj, cid))
    build('009-console-case-opened-ja.eml', kind='case_created', case_id=cid, accounts=[], lang='ja',
          provider='gmail', snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t0 + timedelta(seconds=7),
          subject='Amazon Web Services: 新しいサポートケースを作成しました: %s' % cid, text=body, cte='base64')

    t1 = u(2025, 6, 3, 1, 20, 44)
    note = ("ケース %s に新しい対応が追加されました。\n\n件名: %s\n\n"
            "内容を確認するには、AWS マネジメントコンソールにサインインし、サポートセンターを開いてください:\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
            "このメールは送信専用です。\n\nAmazon Web Services\n" % (cid, csubj, cid))
    build('010-new-correspondence-ja.eml', kind='support_reply', case_id=cid, accounts=[], lang='ja',
          provider='gmail', snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t1,
          subject='[Case %s] 新しい対応が追加されました' % cid, text=note)

    t2 = u(2025, 6, 4, 2, 5, 31)
    conf = ("田中 健太 様\n\nAWS サポートの小林です。いつもお世話になっております。\n\n"
            "昨日お送りした照会へのご回答ありがとうございました。いただいた情報をもとに 2 つの認定アカウントを確認いたしました。\n"
            "以下の内容で手続きを進めてよろしいか、ご確認をお願いいたします。\n\n"
            "　・今後お使いいただくアカウント（統合先）: AWS38261047（tanaka.kenta.cloud@gmail.com）\n"
            "　・統合先へまとめるアカウント（統合元）: AWS 52907316（k.tanaka@minato-denki.co.jp）\n\n"
            "統合元アカウントの認定資格、受験履歴、未使用の特典はすべて統合先に引き継がれ、統合元アカウントには以後サインインできなくなります。"
            "なお、この手続きは一度実施すると取り消すことができず、元の 2 つのアカウントに戻すことはできません。\n\n"
            "上記の内容で問題がなければ、サポートセンターのケース画面から「内容に相違ありません」とご返信ください。"
            "ご返信を確認でき次第、手続きを開始いたします。\n\n何卒よろしくお願いいたします。\n\n小林\nAmazon Web Services")
    build('011-kakunin-onegai-ja.eml', kind='merge_confirmation_requested', case_id=cid,
          accounts=['AWS38261047', 'AWS52907316'], lang='ja', provider='gmail',
          snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t2,
          subject='RE:[CASE %s] %s' % (cid, csubj), text=conf + console_footer_ja(cid),
          html=html_wrap(paras(conf) + '<hr><p style="font-size:12px;color:#687078">' + console_footer_ja(cid).strip().replace('\n', '<br>') + '</p>'),
          cte='base64')

    t3 = u(2025, 6, 5, 4, 47, 12)
    done = ("田中 健太 様\n\nAWS サポートの小林です。\n\n"
            "ご確認のご返信ありがとうございました。お待たせいたしましたが、ご依頼の作業が完了いたしましたのでご報告いたします。\n\n"
            "AWS52907316 に登録されていた認定資格・受験履歴・特典は、AWS38261047 へ移行いたしました。"
            "AWS52907316 は無効化済みのため、今後は AWS38261047 のみでサインインしてください。\n\n"
            "Credly のデジタルバッジは、数日以内に tanaka.kenta.cloud@gmail.com 宛てに改めて発行される予定です。\n\n"
            "本件はこれにて解決とさせていただき、ケースをクローズいたします。ご不明な点がございましたら、このケースを再開してお知らせください。\n\n"
            "小林\nAmazon Web Services")
    build('012-ikou-kanryou-ja.eml', kind='merge_completed', case_id=cid,
          accounts=['AWS38261047', 'AWS52907316'], lang='ja', provider='gmail',
          snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t3,
          subject='RE:[CASE %s] %s' % (cid, csubj), text=done + console_footer_ja(cid),
          html=html_wrap(paras(done) + '<hr><p style="font-size:12px;color:#687078">' + console_footer_ja(cid).strip().replace('\n', '<br>') + '</p>'),
          cte='base64')

    t4 = t3 + timedelta(hours=2, minutes=3)
    sv = ('<div style="max-width:600px;margin:auto">'
          '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="80" alt="AWS">'
          '<h2 style="font-size:18px">サポートについてのアンケートのお願い</h2>'
          '<p>田中 様</p>'
          '<p>このたびは AWS サポートをご利用いただきありがとうございました。ケース %s はクローズされました。</p>'
          '<p>今後のサービス向上のため、担当者の対応について簡単なアンケートにご協力いただけますと幸いです（所要時間 約 1 分）。</p>'
          '<p><b>問題は解決しましたか？</b></p>'
          '<p><a href="https://amazon.qualtrics.com/jfe/form/SV_%s?cid=%s&amp;r=yes" style="padding:8px 20px;background:#ff9900;color:#000;text-decoration:none">はい</a>&nbsp;&nbsp;'
          '<a href="https://amazon.qualtrics.com/jfe/form/SV_%s?cid=%s&amp;r=no" style="padding:8px 20px;background:#eaeded;color:#000;text-decoration:none">いいえ</a></p>'
          '<p style="font-size:11px;color:#687078">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。<br>'
          'Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。</p></div>'
          % (cid, rhex(15), cid, rhex(15), cid))
    build('013-anketo-ja.eml', kind='survey', case_id=cid, accounts=[], lang='ja', provider='gmail',
          snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t4,
          subject='AWS サポート: ケース %s の対応に関するアンケートのお願い' % cid,
          html=html_wrap(sv, 'AWS Support'))

    t5 = u(2025, 6, 6, 11, 2, 38)
    url = credly_url()
    b = 'AWS Certified Developer \u2013 Associate'
    build('014-credly-dva-issued.eml', kind='credly_badge_issued', case_id=None, accounts=[], lang='en',
          provider='gmail', snd=credly_sender(), to=rc, dt=t5,
          subject='Kenta, you have a new badge from Amazon Web Services Training and Certification',
          html=credly_html('Kenta', 'Amazon Web Services Training and Certification', b, url, '', 'aws-certified-developer-associate'))

    t6 = u(2025, 6, 20, 23, 30, 0)
    cm = other_sender('AWS Certification', 'do-not-reply@certmetrics.com', 'bounce.certmetrics.com', '198.2.%d.%d' % (RNG.randint(128, 190), RNG.randint(2, 250)),
                      'mail%d.certmetrics.com' % RNG.randint(10, 99), 'k1', 'certmetrics.com')
    txt = ("田中 健太 様\n\n受験者 ID: AWS38261047\n\n"
           "AWS 認定をご取得いただき、ありがとうございます。AWS 認定では、受験者の皆様の声をもとに試験やプログラムの改善を続けています。\n\n"
           "直近の受験体験について、5 分ほどのアンケートにご協力ください。\n"
           "https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=%s\n\n"
           "いただいたご意見は個人を特定しない形で集計され、今後の試験開発に活用されます。\n\n"
           "AWS Training and Certification\n"
           "※このメールは送信専用です。お問い合わせは https://aws.amazon.com/certification/contact-us/ からお願いします。\n" % rhex(20))
    build('015-certmetrics-goiken-ja.eml', kind='unrelated', case_id=None, accounts=['AWS38261047'], lang='ja',
          provider='gmail', snd=cm, to=rc, dt=t6, subject='AWS 認定: ご意見をお聞かせください', text=txt, cte='quoted-printable')




def outlook_block(frm, sent, to, subject, body, cc=None):
    h = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        h += "Cc: %s\n" % cc
    return "________________________________\n" + h + "Subject: %s\n\n%s" % (subject, body)


def form_ack_v2(cid, name='Customer'):
    return ("Dear %s,\n\nWe have received your message and a case has been opened for it.\n\n"
            "Case number: %s\n\n"
            "Our AWS Training and Certification Customer Support team aims to respond within 24 hours. You can add "
            "information to this case at any time by replying to this e-mail; please leave the case number in the subject.\n\n"
            "While you wait, many common questions are answered at https://aws.amazon.com/certification/faqs/\n\n"
            "Sincerely,\nAWS Training and Certification Customer Support\n" % (name, cid))


# ------------------------------------------------------------------ user 3: Raj Patel, Office 365, form desk, duplicate case detour
def user_03():
    rc = 'raj.patel@northwind-analytics.com'
    tA = u(2025, 9, 15, 13, 5, 44)
    cA = case15(tA, '03128')
    sA = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cA
    ack = form_ack_v2(cA)
    build('016-form-case-opened-first.eml', kind='case_created', case_id=cA, accounts=[], lang='en',
          provider='o365', snd=aws_sender(FORM), to=rc, dt=tA + timedelta(seconds=55), subject=sA,
          text=ack + aws_footer_form(), html=html_wrap(paras(ack)))

    tB = u(2025, 9, 23, 8, 51, 2)
    cB = case15(tB, '61740')
    sB = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cB
    ack = form_ack_v2(cB)
    build('017-form-case-opened-second.eml', kind='case_created', case_id=cB, accounts=[], lang='en',
          provider='o365', snd=aws_sender(FORM), to=rc, dt=tB + timedelta(seconds=38), subject=sB,
          text=ack + aws_footer_form())

    t1 = u(2025, 9, 24, 15, 33, 20)
    r1 = ("Hi Raj,\n\nThank you for contacting AWS Training and Certification, and I'm sorry you did not hear back on "
          "your first request (case %s). Our queue was unusually long last week and that request was still "
          "waiting for an agent when your new one came in.\n\n"
          "I have linked the two requests and will continue with you here; the earlier case will be closed as a "
          "duplicate, so there is no need to follow up on it. For the future, please reply to this thread rather "
          "than submitting the form again, as new submissions go to the back of the queue.\n\n"
          "From your description I can see two certification profiles, AWS67012458 and aws-29384756. To move "
          "forward I need:\n\n"
          " - the sign-in e-mail address of each profile\n"
          " - which of the two you would like to keep\n\n"
          "Best regards,\nJonas K.\nAWS Training and Certification Customer Support" % cA)
    build('018-duplicate-linked-need-details.eml', kind='support_reply', case_id=cB,
          accounts=['AWS67012458', 'aws-29384756'], lang='en', provider='o365', snd=aws_sender(FORM), to=rc,
          dt=t1, subject='RE:' + sB, text=r1 + aws_footer_form())

    t2 = u(2025, 9, 25, 10, 12, 54)
    raj1 = ("Hi Jonas,\n\nThanks, and no worries.\n\nAWS67012458 signs in with raj.patel@northwind-analytics.com - that's the one I want to keep.\n"
            "AWS29384756 is on rajpatel.dev@hotmail.com, I used it for my first exam back in 2021.\n\nRegards,\nRaj Patel\n"
            "Senior Data Engineer | Northwind Analytics")
    conf = ("Hi Raj,\n\nThank you for the details. Please review the following carefully before we go ahead:\n\n"
            "  Primary profile (retained):          AWS67012458 / raj.patel@northwind-analytics.com\n"
            "  Secondary profile (folded in, closed): AWS29384756 / rajpatel.dev@hotmail.com\n\n"
            "Everything on the secondary profile (certifications, exam history, vouchers and benefits) will be "
            "transferred to the primary one. This change is irreversible, so we need your explicit go-ahead.\n\n"
            "Please reply with \"I confirm\" if the above is right, or let me know what needs to change.\n\n"
            "Best regards,\nJonas K.\nAWS Training and Certification Customer Support")
    hist = outlook_block('Raj Patel <%s>' % rc, 'Wednesday, September 24, 2025 6:12 PM',
                         'Amazon Web Services <%s>' % FORM, 'RE:' + sB, raj1)
    build('019-review-before-we-go-ahead.eml', kind='merge_confirmation_requested', case_id=cB,
          accounts=['AWS67012458', 'AWS29384756'], lang='en', provider='o365', snd=aws_sender(FORM), to=rc,
          dt=t2, subject='RE:' + sB, text=conf + '\n\n' + hist + aws_footer_form(),
          html=html_wrap(paras(conf) + '<hr style="border:none;border-top:1px solid #e1e1e1">' + paras(hist.replace('________________________________\n', ''))))

    t3 = u(2025, 9, 26, 9, 4, 18)
    ok = ("Hi Raj,\n\nThank you for confirming. We will now proceed with the request. The operations team typically "
          "needs three to five business days; I'll let you know here once everything has been moved across.\n\n"
          "Best regards,\nJonas K.\nAWS Training and Certification Customer Support")
    hist = (outlook_block('Raj Patel <%s>' % rc, 'Thursday, September 25, 2025 1:47 PM', 'Amazon Web Services <%s>' % FORM,
                          'RE:' + sB, 'I confirm.\n\nRaj') + '\n\n' +
            outlook_block('Amazon Web Services <%s>' % FORM, 'Thursday, September 25, 2025 11:12 AM', 'Raj Patel <%s>' % rc,
                          'RE:' + sB, conf))
    build('020-confirmed-will-proceed.eml', kind='support_reply', case_id=cB, accounts=[], lang='en',
          provider='o365', snd=aws_sender(FORM), to=rc, dt=t3, subject='RE:' + sB, text=ok + '\n\n' + hist + aws_footer_form())

    t4 = u(2025, 9, 29, 17, 41, 6)
    done = ("Hi Raj,\n\nGood news: the consolidation of your certification profiles is finished. AWS 29384756 has been "
            "closed and its full history is now attached to AWS67012458, which you can keep using with your Northwind "
            "address.\n\nAs your request has been fulfilled, I'll mark this case as resolved. If you have a minute, we'd "
            "really value your feedback on how I handled it:\n"
            "https://amazon.qualtrics.com/jfe/form/SV_%s?case=%s\n\n"
            "Best regards,\nJonas K.\nAWS Training and Certification Customer Support" % (rhex(15), cB))
    build('021-finished-please-rate.eml', kind='merge_completed', case_id=cB,
          accounts=['AWS 29384756', 'AWS67012458'], lang='en', provider='o365', snd=aws_sender(FORM), to=rc,
          dt=t4, subject='RE:' + sB, text=done + aws_footer_form(), html=html_wrap(paras(done)))

    t5 = u(2025, 10, 2, 12, 18, 40)
    cr = ("Hi Raj,\n\nThanks for letting me know that your badges are still showing under your Hotmail address on Credly.\n\n"
          "Credly profiles are kept separately from the certification account, so they are not always moved at the same "
          "time. I have asked our Credly administrators to reassign the badges earned on the retired profile to the "
          "e-mail address on AWS67012458. Once they have done that, Credly will e-mail you for each badge so that you can "
          "accept it on your Northwind address. Please allow up to five business days.\n\n"
          "Best regards,\nJonas K.\nAWS Training and Certification Customer Support")
    raj2 = ("Hi Jonas,\n\nThe certification account looks right, thanks! One thing though: on Credly my Data Engineer "
            "badge is still sitting on the old hotmail profile. Can that be moved as well?\n\nRaj")
    build('022-credly-handled-separately.eml', kind='support_reply', case_id=cB, accounts=['AWS67012458'], lang='en',
          provider='o365', snd=aws_sender(FORM), to=rc, dt=t5, subject='RE:' + sB,
          text=cr + '\n\n' + outlook_block('Raj Patel <%s>' % rc, 'Wednesday, October 1, 2025 8:55 AM',
                                           'Amazon Web Services <%s>' % FORM, 'RE:' + sB, raj2) + aws_footer_form())

    t6 = u(2025, 10, 6, 20, 9, 33)
    url = credly_url()
    b = 'AWS Certified Data Engineer \u2013 Associate'
    ex = 'A badge that was previously issued to another email address has been reassigned to you.'
    build('023-credly-dea-reassigned.eml', kind='credly_badge_issued', case_id=None, accounts=[], lang='en',
          provider='o365', snd=credly_sender(), to=rc, dt=t6,
          subject='Raj, claim your AWS Certified Data Engineer \u2013 Associate badge',
          text=credly_text('Raj', 'Amazon Web Services Training and Certification', b, url, ex).replace("You are", "You\u2019re"),
          label='iso-8859-1', codec='utf-8',
          html=credly_html('Raj', 'Amazon Web Services Training and Certification', b, url, ex, 'aws-certified-data-engineer-associate'))

    t7 = u(2025, 9, 30, 14, 27, 11)
    gh = other_sender('Priya Nair', 'notifications@github.com', 'github.com', '192.30.252.%d' % RNG.randint(190, 210),
                      'out-%d.smtp.github.com' % RNG.randint(10, 30), 'pf2023', 'github.com')
    gtxt = ("Merged #412 into main.\n\n\u2014\nReply to this email directly, view it on GitHub:\n"
            "https://github.com/northwind-analytics/platform-infra/pull/412#event-%d\n"
            "You are receiving this because you were mentioned.\n\nMessage ID: <northwind-analytics/platform-infra/pull/412/issue_event/%d@github.com>\n"
            % (RNG.randint(10**10, 10**11), RNG.randint(10**10, 10**11)))
    build('024-github-pr-merged.eml', kind='unrelated', case_id=None, accounts=[], lang='en', provider='o365', snd=gh,
          to='northwind-analytics/platform-infra <platform-infra@noreply.github.com>', cc='Raj Patel <%s>, Mention <mention@noreply.github.com>' % rc,
          dt=t7, subject='Re: [northwind-analytics/platform-infra] Merge staging and prod account configs into one Terraform workspace (PR #412)',
          text=gtxt, html=html_wrap('<p><b>Merged</b> <a href="https://github.com/northwind-analytics/platform-infra/pull/412">#412</a> into main.</p>'
                                    '<p style="font-size:small;color:#666">\u2014<br>Reply to this email directly, <a href="https://github.com/northwind-analytics/platform-infra/pull/412">view it on GitHub</a>.<br>'
                                    'You are receiving this because you were mentioned.</p>'),
          in_reply_to='<northwind-analytics/platform-infra/pull/412@github.com>',
          references='<northwind-analytics/platform-infra/pull/412@github.com>',
          reply_to='northwind-analytics/platform-infra <reply+%s@reply.github.com>' % rhex(40).upper(),
          extra=[('List-ID', 'northwind-analytics/platform-infra <platform-infra.northwind-analytics.github.com>'),
                 ('X-GitHub-Reason', 'mention'), ('X-GitHub-Sender', 'priya-nair-nw')])




# ------------------------------------------------------------------ user 4: Misaki Sato, Yahoo! JAPAN, form desk in Japanese
def user_04():
    rc = 'misaki_sato77@yahoo.co.jp'
    t0 = u(2025, 11, 4, 2, 31, 50)
    cid = case15(t0, '04286')
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    ack = ("この度は AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n\n"
           "お問い合わせを受け付けました。受付番号は %s です。\n"
           "内容を確認のうえ、担当者より原則 24 時間以内にご連絡いたします。\n\n"
           "追加でお伝えいただきたい情報がある場合は、件名を変えずにこのメールへご返信ください。\n"
           "同じ内容でフォームを再送信されますと、回答が遅れる原因となりますのでご遠慮ください。\n\n"
           "■お問い合わせ内容\n"
           "お問い合わせの種類: AWS 認定\n"
           "詳細: アカウントの統合\n"
           "AWS 受験者 ID: AWS80463195\n"
           "内容: 前の勤務先で作った認定アカウント (AWS15720938) と、個人のメールで作ったアカウントがあります。"
           "一つにまとめていただけますか。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n" % cid)
    build('025-uketsuke-iso2022jp.eml', kind='case_created', case_id=cid, accounts=['AWS80463195', 'AWS15720938'],
          lang='ja', provider='yahoojp', snd=aws_sender(FORM), to=rc, dt=t0 + timedelta(seconds=33),
          subject='お問い合わせを受け付けました [CASE %s]' % cid, subj_charset='iso-2022-jp',
          text=ack, charset='iso-2022-jp', cte='7bit')

    t1 = u(2025, 11, 5, 3, 12, 8)
    ask = ("佐藤 美咲 様\n\nAWS トレーニングと認定 カスタマーサポートの中村でございます。\n"
           "お問い合わせいただき、ありがとうございます。\n\n"
           "ご依頼の件を進めるにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。\n\n"
           "1. それぞれのアカウントにサインインする際のメールアドレス\n"
           "2. 今後お使いになるアカウント（残すアカウント）はどちらか\n"
           "3. 各アカウントに登録されているお名前（ローマ字表記）\n\n"
           "ご記載の AWS80463195 は確認できましたが、もう一方の aws15720938 については登録メールアドレスが一致せず、"
           "まだ特定できておりません。\n\n"
           "お手数をおかけしますが、このメールへのご返信にてお知らせください。\n\n"
           "中村\nAWS トレーニングと認定 カスタマーサポート")
    build('026-joho-kakunin-ja.eml', kind='support_reply', case_id=cid, accounts=['AWS80463195', 'aws15720938'],
          lang='ja', provider='yahoojp', snd=aws_sender(FORM), to=rc, dt=t1, subject='RE:' + subj, text=ask)

    t2 = u(2025, 11, 7, 8, 40, 27)
    mis = ("中村様\n\nご連絡ありがとうございます。\n\n"
           "1. AWS80463195 は misaki_sato77@yahoo.co.jp、AWS15720938 は m.sato@kaede-systems.jp です\n"
           "2. AWS80463195 を残したいです\n3. 両方とも MISAKI SATO です\n\nよろしくお願いいたします。\n佐藤")
    wait = ("佐藤 美咲 様\n\nご回答いただき、ありがとうございます。\n\n"
            "いただいた情報をもとに、現在担当部署にて両アカウントの確認を進めております。"
            "確認が取れ次第あらためてご連絡いたしますので、今しばらくお待ちくださいますようお願いいたします。\n\n"
            "中村\nAWS トレーニングと認定 カスタマーサポート")
    hist = "2025年11月5日(水) 21:14 佐藤美咲 <%s>:\n%s" % (rc, q(mis))
    build('027-kakunin-chu-ja.eml', kind='support_reply', case_id=cid, accounts=[], lang='ja', provider='yahoojp',
          snd=aws_sender(FORM), to=rc, dt=t2, subject='RE:' + subj, text=wait + '\n\n' + hist)

    t3 = u(2025, 11, 10, 5, 2, 16)
    conf = ("佐藤 美咲 様\n\nお待たせいたしました。中村でございます。\n\n"
            "確認が取れましたので、以下の内容で処理を行ってよろしいか、最終のご確認をお願いいたします。\n\n"
            "【今後ご利用いただくアカウント】AWS80463195（misaki_sato77@yahoo.co.jp）\n"
            "【まとめる対象のアカウント】AWS-15720938（m.sato@kaede-systems.jp）\n\n"
            "処理後は AWS-15720938 の受験履歴と認定資格が AWS80463195 に表示されるようになり、AWS-15720938 は閉鎖されます。"
            "一度行った処理は元に戻すことができませんので、十分にご確認ください。\n\n"
            "内容に問題がなければ、このメールに「了承します」とご返信をお願いいたします。\n\n"
            "中村\nAWS トレーニングと認定 カスタマーサポート")
    chtml = conf.replace('【', '<b>【').replace('】', '】</b>')
    build('028-saishu-kakunin-ja.eml', kind='merge_confirmation_requested', case_id=cid,
          accounts=['AWS80463195', 'AWS-15720938'], lang='ja', provider='yahoojp', snd=aws_sender(FORM), to=rc,
          dt=t3, subject='RE:' + subj, text=conf, html=html_wrap(paras(conf).replace('【', '<b>【').replace('】', '】</b>')))

    t4 = u(2025, 11, 11, 6, 55, 41)
    done = ("佐藤 美咲 様\n\nご返信ありがとうございました。中村でございます。\n\n"
            "ご依頼いただいておりました処理が完了いたしましたのでお知らせいたします。"
            "これまでの受験履歴と認定資格は、すべて AWS80463195 でご確認いただけます。"
            "以前の勤務先のメールアドレスで作成されたアカウントは閉鎖済みです。\n\n"
            "Credly のバッジにつきましては、数日以内に Credly から別途メールが届きます。\n\n"
            "中村\nAWS トレーニングと認定 カスタマーサポート")
    mis2 = "中村様\n\n了承します。よろしくお願いいたします。\n\n佐藤"
    hist = ("2025年11月10日(月) 18:27 佐藤美咲 <%s>:\n%s\n>\n> 2025年11月10日(月) 14:02 Amazon Web Services <%s>:\n%s"
            % (rc, q(mis2), FORM, q(q(conf))))
    build('029-shori-kanryo-iso2022jp.eml', kind='merge_completed', case_id=cid, accounts=['AWS80463195'], lang='ja',
          provider='yahoojp', snd=aws_sender(FORM), to=rc, dt=t4, subject='RE:' + subj,
          text=done + '\n\n' + hist, charset='iso-2022-jp', cte='7bit')

    t5 = t4 + timedelta(minutes=4, seconds=2)
    sv = ("佐藤 様\n\nケース %s は解決済みとしてクローズされました。\n\n"
          "AWS トレーニングと認定 カスタマーサポートの対応はいかがでしたか。今後の改善のため、1 分ほどのアンケートにご協力ください。\n"
          "https://amazon.qualtrics.com/jfe/form/SV_%s?case=%s&lang=ja\n\n"
          "このケースについてさらにサポートが必要な場合は、14 日以内にこのメールへご返信いただくとケースが再開されます。\n\n"
          "AWS トレーニングと認定\n" % (cid, rhex(15), cid))
    build('030-close-anketo-ja.eml', kind='survey', case_id=cid, accounts=[], lang='ja', provider='yahoojp',
          snd=aws_sender(FORM), to=rc, dt=t5, subject='ケース %s はクローズされました' % cid, text=sv, cte='base64')

    t6 = u(2025, 11, 12, 9, 14, 5)
    url = credly_url()
    b = 'AWS Certified AI Practitioner'
    build('031-credly-aif-issued.eml', kind='credly_badge_issued', case_id=None, accounts=[], lang='en',
          provider='yahoojp', snd=credly_sender(), to=rc, dt=t6,
          subject='Amazon Web Services Training and Certification has issued you a badge',
          text=credly_text('Misaki', 'Amazon Web Services Training and Certification', b, url),
          html=credly_html('Misaki', 'Amazon Web Services Training and Certification', b, url, '', 'aws-certified-ai-practitioner'))

    t7 = u(2025, 12, 1, 4, 3, 29)
    pv = other_sender('Pearson VUE', 'pearsonvueconfirmation@pearson.com', 'pearson.com', '159.182.%d.%d' % (RNG.randint(1, 250), RNG.randint(2, 250)),
                      'mx%d.pearson.com' % RNG.randint(1, 9), 'selector1', 'pearson.com')
    txt = ("佐藤 美咲 様\n\nPearson VUE をご利用いただき、ありがとうございます。以下の試験のご予約を承りました。\n\n"
           "試験: SAP-C02: AWS Certified Solutions Architect - Professional\n"
           "受験者 ID: AWS80463195\n登録 ID: 51%07d\n"
           "日時: 2026年1月17日(土) 10:00 (日本標準時)\n"
           "会場: オンライン監視 (OnVUE)\n\n"
           "予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。\n"
           "試験当日は、開始 30 分前からチェックインが可能です。\n\n"
           "Pearson VUE\n" % RNG.randint(1000000, 9999999))
    build('032-pearsonvue-yoyaku-ja.eml', kind='unrelated', case_id=None, accounts=['AWS80463195'], lang='ja',
          provider='yahoojp', snd=pv, to=rc, dt=t7, subject='Pearson VUE 試験予約の確認', text=txt, cte='base64')




# ------------------------------------------------------------------ user 5: Lukas Meyer, Gmail, console desk in English + phishing detour
def user_05():
    rc = 'lukas.meyer.cloud@gmail.com'
    t0 = u(2026, 1, 12, 15, 47, 21)
    cid = case15(t0, '27905')
    csubj = 'Merge two AWS Certification accounts'
    opened = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
              "The details of your case are:\n\n"
              "Case ID: %s\nSubject: %s\nSeverity: General guidance\n"
              "Correspondence: Hello, I have two certification accounts: AWS90215536 (the one I use today) and "
              "aws43870612, which I created for my Cloud Practitioner exam in 2022 with my university address. "
              "I would like to have everything in AWS90215536. Thanks, Lukas Meyer\n\n"
              "We will get back to you as quickly as possible. You can view and update this case in the Support Center:\n"
              "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
              "Please do not reply to this e-mail; this address cannot receive replies.\n\n"
              "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
              "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n"
              % (cid, cid, csubj, cid))
    build('033-console-case-opened.eml', kind='case_created', case_id=cid, accounts=['AWS90215536', 'aws43870612'],
          lang='en', provider='gmail', snd=aws_sender(CONSOLE), to=rc, dt=t0 + timedelta(seconds=9),
          subject='Amazon Web Services: You have opened a new Support case: %s' % cid, text=opened,
          html=html_wrap(paras(opened)))

    t1 = u(2026, 1, 13, 16, 2, 57)
    note = ("Hello,\n\nA new correspondence has been added to your AWS Support case.\n\n"
            "Case ID: %s\nSubject: %s\n\n"
            "To view the correspondence and reply, sign in to the Support Center:\n"
            "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Amazon Web Services\n" % (cid, csubj, cid))
    build('034-new-correspondence-added.eml', kind='support_reply', case_id=cid, accounts=[], lang='en',
          provider='gmail', snd=aws_sender(CONSOLE), to=rc, dt=t1,
          subject='[Case %s] New correspondence added' % cid, text=note)

    t2 = t1 + timedelta(seconds=14)
    conf = ("Hello Lukas,\n\nThank you for reaching out to AWS Support. My name is Daniela and I'll be helping you with "
            "your certification profiles.\n\n"
            "I have located both profiles. Before I submit the request to the Training and Certification team, please "
            "verify the following, because the action cannot be rolled back afterwards:\n\n"
            "* Surviving profile: AWS90215536 (lukas.meyer.cloud@gmail.com)\n"
            "* Profile to be absorbed and deactivated: AWS43870612 (l.meyer@stud.tu-example.de)\n\n"
            "All certifications, exam appointments and benefits of AWS43870612 will end up on AWS90215536.\n\n"
            "If this is correct, please reply \"Confirmed\" through the Support Center link below.\n\n"
            "Best regards,\nDaniela R.\nAmazon Web Services")
    build('035-please-verify-surviving-profile.eml', kind='merge_confirmation_requested', case_id=cid,
          accounts=['AWS90215536', 'AWS43870612'], lang='en', provider='gmail', snd=aws_sender(CONSOLE), to=rc,
          dt=t2, subject='RE:[CASE %s] %s' % (cid, csubj), text=conf + console_footer_en(cid),
          html=html_wrap(paras(conf) + '<hr>' + paras(console_footer_en(cid))))

    t3 = u(2026, 1, 14, 6, 18, 40)
    fake_cid = '1768365123' + '00417'
    ph = other_sender('Amazon Web Services', 'no-reply-aws@amazon.com', 'cert-notify-aws.com', '185.234.72.%d' % RNG.randint(2, 250),
                      'mail.cert-notify-aws.com', None, 'cert-notify-aws.com')
    ptxt = ("Dear AWS Certified Professional,\n\n"
            "Our records show two AWS Certification profiles linked to your email address. To keep your credentials "
            "valid, these profiles must be merged into a single account.\n\n"
            "Case ID: %s\nStatus: Waiting for customer confirmation\n\n"
            "Please confirm the merge within 24 hours by signing in below. If we do not receive your confirmation, "
            "both profiles will be suspended and your certifications may be permanently revoked.\n\n"
            "Confirm account merge: https://aws-certification-verify.com/merge/confirm?case=%s&u=%s\n\n"
            "Thank you,\nAWS Training and Certification Team\n" % (fake_cid, fake_cid, rhex(12)))
    phtml = html_wrap('<p>Dear AWS Certified Professional,</p><p>Our records show two AWS Certification profiles linked to your email address. '
                      'To keep your credentials valid, these profiles must be <b>merged into a single account</b>.</p>'
                      '<p>Case ID: %s<br>Status: Waiting for customer confirmation</p>'
                      '<p>Please confirm the merge within <b>24 hours</b>. If we do not receive your confirmation, both profiles will be suspended and your certifications may be permanently revoked.</p>'
                      '<p><a href="https://aws-certification-verify.com/merge/confirm?case=%s" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Confirm account merge</a></p>'
                      '<p>Thank you,<br>AWS Training and Certification Team</p>' % (fake_cid, fake_cid))
    build('036-confirm-within-24h.eml', kind='merge_confirmation_requested', case_id=fake_cid, accounts=[], lang='en',
          provider='gmail', snd=ph, to=rc, dt=t3, auth='none',
          subject='Action required: [CASE %s] Confirm your AWS Certification account merge' % fake_cid,
          text=ptxt, html=phtml,
          mid=[('Authentication-Results', 'mail.cert-notify-aws.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com'),
               ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])

    t4 = u(2026, 1, 15, 10, 26, 3)
    done = ("Hello Lukas,\n\nThanks for your patience. The Training and Certification team has let me know that your two "
            "profiles have now been combined. When you sign in with AWS90215536 you should see every certification, "
            "including the Cloud Practitioner you earned on the other profile, and your exam history in one place.\n\n"
            "Your Credly badges will be reissued to lukas.meyer.cloud@gmail.com over the next day or two.\n\n"
            "If there is nothing else, you don't need to reply; the case will be resolved automatically.\n\n"
            "Best regards,\nDaniela R.\nAmazon Web Services")
    build('037-profiles-now-combined.eml', kind='merge_completed', case_id=cid, accounts=['AWS90215536'], lang='en',
          provider='gmail', snd=aws_sender(CONSOLE), to=rc, dt=t4, subject='RE:[CASE %s] %s' % (cid, csubj),
          text=done + console_footer_en(cid))

    t5 = u(2026, 1, 15, 10, 27, 45)
    sv = ("Hello,\n\nYour AWS Support case %s (\"%s\") has been resolved.\n\n"
          "We would like to hear about your experience. Was your issue resolved?\n\n"
          "YES: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes\n"
          "NO: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no\n\n"
          "If you need more help with this issue, you can reopen the case from the Support Center within 14 days.\n\n"
          "Thank you for using AWS Support.\n" % (cid, csubj, cid, cid))
    build('038-case-resolved-feedback.eml', kind='survey', case_id=cid, accounts=[], lang='en', provider='gmail',
          snd=aws_sender(CONSOLE), to=rc, dt=t5, subject='Amazon Web Services: Your Support case %s has been resolved' % cid,
          text=sv, html=html_wrap(paras(sv)))

    t6 = u(2026, 1, 16, 22, 40, 12)
    url = credly_url()
    b = 'AWS Certified Machine Learning Engineer \u2013 Associate'
    build('039-credly-mla-accept.eml', kind='credly_badge_issued', case_id=None, accounts=[], lang='en',
          provider='gmail', snd=credly_sender(), to=rc, dt=t6,
          subject='Lukas, accept your badge from Amazon Web Services Training and Certification',
          html=credly_html('Lukas', 'Amazon Web Services Training and Certification', b, url, '', 'aws-certified-machine-learning-engineer-associate'))

    t7 = u(2026, 1, 17, 9, 3, 55)
    cm = dict(credly_sender('Credly'))
    code = RNG.randint(100000, 999999)
    ctxt = ("Hi Lukas,\n\nWe received a request to merge another Credly account into yours.\n\n"
            "Your verification code is: %d\n\nEnter this code on the merge page, or select the link below to finish:\n"
            "Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s\n\n"
            "This code expires in 30 minutes. If you did not request this, you can ignore this email; nothing will change.\n\n"
            "The Credly Team\n" % (code, rhex(32)))
    build('040-credly-own-merge-code.eml', kind='unrelated', case_id=None, accounts=[], lang='en', provider='gmail',
          snd=cm, to=rc, dt=t7, subject='Your Credly account merge verification code', text=ctxt,
          html=html_wrap(paras(ctxt).replace('Complete Account Merge: ', '<a href="https://www.credly.com/users/merge/confirm">Complete Account Merge</a> ')))

    t8 = u(2026, 1, 20, 8, 12, 30)
    c2 = case15(t8, '11482')
    q2 = ("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
          "The details of your case are:\n\n"
          "Case ID: %s\nSubject: Limit Increase: EC2 Instances\nSeverity: Low\n"
          "Correspondence: Service: EC2 Instances\nRegion: eu-central-1\nLimit name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances\n"
          "New limit value: 64\nUse case description: Load testing for a customer project in February.\n\n"
          "We will get back to you as quickly as possible. You can view and update this case in the Support Center:\n"
          "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
          "Please do not reply to this e-mail; this address cannot receive replies.\n" % (c2, c2, c2))
    build('041-ec2-limit-case-opened.eml', kind='unrelated', case_id=c2, accounts=[], lang='en', provider='gmail',
          snd=aws_sender(CONSOLE), to=rc, dt=t8 + timedelta(seconds=6),
          subject='Amazon Web Services: You have opened a new Support case: %s' % c2, text=q2)




def aws_html(inner, title='Amazon Web Services'):
    return html_wrap(
        '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">'
        '<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="70" alt="AWS"></td></tr>'
        '<tr><td style="padding:20px 24px;line-height:1.5">%s</td></tr>'
        '<tr><td style="padding:12px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">'
        'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
        'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>'
        '</table></td></tr></table>' % inner, title)


# ------------------------------------------------------------------ user 6: Sofia Rossi, own mail server without Authentication-Results, HTML-only form desk
def user_06():
    rc = 'sofia@sofiarossi.it'
    t0 = u(2025, 7, 21, 10, 2, 15)
    cid = case15(t0, '09362')
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    ack = ('<p>Hello,</p><p>Thank you for contacting AWS Training and Certification Customer Support.</p>'
           '<p>Your inquiry has been received and assigned case number <b>%s</b>. One of our specialists will get back to you, '
           'usually within one business day.</p>'
           '<p>To add details, reply to this message without changing the subject line. Submitting the web form again for the same topic '
           'creates a separate case and may delay our answer.</p>'
           '<p>Kind regards,<br>AWS Training and Certification Customer Support</p>' % cid)
    build('042-html-inquiry-received.eml', kind='case_created', case_id=cid, accounts=[], lang='en', provider='noar',
          snd=aws_sender(FORM), to=rc, dt=t0 + timedelta(seconds=29), subject=subj, html=aws_html(ack))

    t1 = u(2025, 7, 22, 13, 48, 2)
    conf = ('<p>Dear Sofia,</p><p>Thank you for your patience while I looked into your request.</p>'
            '<p>I found two certification profiles in your name. As requested, the following change would be made:</p>'
            '<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">'
            '<tr><td style="border:1px solid #d5dbdb"><b>Profile kept</b></td><td style="border:1px solid #d5dbdb">AWS27183645 &ndash; sofia@sofiarossi.it</td></tr>'
            '<tr><td style="border:1px solid #d5dbdb"><b>Profile merged into it and closed</b></td><td style="border:1px solid #d5dbdb">aws73350918 &ndash; sofia.rossi@unimi-alumni.it</td></tr>'
            '</table>'
            '<p>Please note that we cannot undo this change once it has been made, so please check the details above carefully.</p>'
            '<p>Could you reply to this message to confirm that we should go ahead?</p>'
            '<p>Kind regards,<br>Hiroshi T.<br>AWS Training and Certification Customer Support</p>')
    build('043-html-check-table-and-reply.eml', kind='merge_confirmation_requested', case_id=cid,
          accounts=['AWS27183645', 'aws73350918'], lang='en', provider='noar', snd=aws_sender(FORM), to=rc, dt=t1,
          subject='RE:' + subj, html=aws_html(conf), cte='base64')

    t2 = u(2025, 7, 29, 14, 0, 37)
    fu = ('<p>Dear Sofia,</p><p>I am following up on my message below, as I have not yet heard back from you.</p>'
          '<p>Do you still need our help with this request? If so, simply reply to this e-mail and I will pick it up right away. '
          'If we do not hear from you within 72 hours, we will assume no further action is needed and close the case.</p>'
          '<p>Kind regards,<br>Hiroshi T.<br>AWS Training and Certification Customer Support</p>'
          '<div style="border-top:1px solid #ccc;margin-top:18px;padding-top:8px;color:#555">'
          '<p><b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Tuesday, July 22, 2025 1:48 PM<br><b>Subject:</b> RE:%s</p>'
          '<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px">%s</blockquote></div>' % (FORM, subj, conf))
    build('044-html-still-need-help.eml', kind='support_reply', case_id=cid, accounts=[], lang='en', provider='noar',
          snd=aws_sender(FORM), to=rc, dt=t2, subject='RE:' + subj, html=aws_html(fu))

    t3 = u(2025, 7, 31, 9, 15, 50)
    done = ('<p>Dear Sofia,</p><p>Thank you for getting back to us, and no problem about the delay.</p>'
            '<p>All of your certification records are now linked to a single profile, <b>AWS27183645</b>. The second profile has been '
            'retired and can no longer be used to sign in. Your exam history and your 50%% discount benefit are shown on the remaining profile.</p>'
            '<p>As this completes your request, I am closing the case. You may receive a short survey about your experience; '
            'we would be grateful for your feedback.</p>'
            '<p>Kind regards,<br>Hiroshi T.<br>AWS Training and Certification Customer Support</p>'
            '<div style="border-top:1px solid #ccc;margin-top:18px;padding-top:8px;color:#555">'
            '<p><b>From:</b> Sofia Rossi &lt;%s&gt;<br><b>Sent:</b> Wednesday, July 30, 2025 7:02 PM</p>'
            '<p>Hello Hiroshi, sorry, I was travelling. Yes, please go ahead as described.<br>Sofia</p>'
            '<p><b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Tuesday, July 22, 2025 1:48 PM</p>'
            '<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px">%s</blockquote></div>' % (rc, FORM, conf))
    build('045-html-records-linked-closing.eml', kind='merge_completed', case_id=cid, accounts=['AWS27183645'],
          lang='en', provider='noar', snd=aws_sender(FORM), to=rc, dt=t3, subject='RE:' + subj, html=aws_html(done))

    t4 = u(2025, 8, 1, 16, 22, 9)
    url = credly_url()
    b = 'AWS Certified Solutions Architect \u2013 Professional'
    build('046-credly-sap-issued.eml', kind='credly_badge_issued', case_id=None, accounts=[], lang='en', provider='noar',
          snd=credly_sender(), to=rc, dt=t4, subject='Congratulations, Sofia! You earned a new badge',
          text=credly_text('Sofia', 'Amazon Web Services Training and Certification', b, url),
          html=credly_html('Sofia', 'Amazon Web Services Training and Certification', b, url, '', 'aws-certified-solutions-architect-professional'))

    t5 = u(2025, 8, 20, 7, 30, 0)
    ex = ("Hi Sofia,\n\nYour badge AWS Certified Developer \u2013 Associate, issued by Amazon Web Services Training and "
          "Certification, will expire on November 18, 2025.\n\n"
          "To keep your credential active, review the recertification options from the issuer:\n"
          "https://aws.amazon.com/certification/recertification/\n\n"
          "View your badge: %s\n\nThe Credly Team\n" % credly_url().split('?')[0])
    build('047-credly-expiry-reminder.eml', kind='unrelated', case_id=None, accounts=[], lang='en', provider='noar',
          snd=credly_sender('Credly'), to=rc, dt=t5, subject='Your badge is expiring in 90 days',
          text=ex, html=html_wrap(paras(ex)))




# ------------------------------------------------------------------ user 7: Sho Yamada, on-premises corporate mail (Japan), console desk in Japanese, Shift_JIS
def user_07():
    rc = 's-yamada@hoshizora-tech.co.jp'
    t0 = u(2026, 2, 17, 6, 40, 33)
    cid = case15(t0, '50218')
    csubj = 'AWS認定アカウントの統合のお願い'
    sj = dict(charset='shift_jis', codec='cp932', label='Shift_JIS', cte='base64')
    opened = ("Amazon Web Services へのお問い合わせありがとうございます。\n"
              "お客様の問題に対応するため、ケース %s をオープンしました。\n\n"
              "ケースの詳細:\n\nケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n"
              "お問い合わせ内容: 認定アカウントが 3 つあります (AWS61029384、AWS08547731、aws33190275)。"
              "会社の資格管理のため 1 つにまとめたいです。残すのは AWS61029384 を希望します。\n\n"
              "できるだけ早く担当者からご連絡いたします。ケースの確認・更新はサポートセンターから行えます:\n"
              "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
              "このメールアドレスは送信専用です。ご返信いただいてもお答えできません。\n" % (cid, cid, csubj, cid))
    build('048-console-case-open-sjis.eml', kind='case_created', case_id=cid,
          accounts=['AWS61029384', 'AWS08547731', 'aws33190275'], lang='ja', provider='onpremjp',
          snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t0 + timedelta(seconds=11),
          subject='Amazon Web Services: 新しいサポートケースがオープンされました: %s' % cid, text=opened, **sj)

    t1 = u(2026, 2, 18, 1, 55, 19)
    ask = ("山田 翔 様\n\nAWS サポートの森でございます。お問い合わせいただきありがとうございます。\n\n"
           "ご記載の 3 アカウント (AWS61029384、AWS08547731、AWS33190275) を確認いたしました。"
           "手続きに進む前に、恐れ入りますが次の 2 点をお知らせください。\n\n"
           "① 今後ご利用になるアカウントは AWS61029384 でお間違いないでしょうか。\n"
           "② アカウントが複数作成された経緯 (例: 以前の会社のメールアドレスで作成した、Pearson VUE と PSI で別々に登録した等)\n\n"
           "サポートセンターのケース画面からご返信ください。\n\n森\nAmazon Web Services")
    build('049-kakunin-jikou-sjis.eml', kind='support_reply', case_id=cid,
          accounts=['AWS61029384', 'AWS08547731', 'AWS33190275'], lang='ja', provider='onpremjp',
          snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t1,
          subject='RE:[CASE %s] %s' % (cid, csubj), text=ask + console_footer_ja(cid), **sj)

    t2 = u(2026, 2, 19, 1, 5, 44)
    conf = ("山田 翔 様\n\nAWS サポートの森でございます。ご回答ありがとうございました。\n\n"
            "いただいた内容に基づき、以下のとおり 3 つのアカウントを 1 つに集約する予定です。\n\n"
            "　集約先 (今後ご利用のアカウント): AWS61029384\n"
            "　集約元 (閉鎖されるアカウント): AWS08547731 / AWS33190275\n\n"
            "集約元 2 件の認定資格・受験履歴・特典は集約先へ移り、集約元の 2 件は閉鎖されます。"
            "処理後に取り消すことはできませんので、あらかじめご了承ください。\n\n"
            "処理は 2～3 営業日ほどかかります。上記の内容で進めてよろしければ、サポートセンターより「了承」の旨ご返信ください。\n\n"
            "森\nAmazon Web Services")
    build('050-shuyaku-kakunin-sjis.eml', kind='merge_confirmation_requested', case_id=cid,
          accounts=['AWS61029384', 'AWS08547731', 'AWS33190275'], lang='ja', provider='onpremjp',
          snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t2,
          subject='RE:[CASE %s] %s' % (cid, csubj), text=conf + console_footer_ja(cid),
          html=html_wrap(paras(conf) + '<hr>' + paras(console_footer_ja(cid))), html_cte='quoted-printable', **sj)

    t3 = u(2026, 2, 20, 0, 32, 8)
    ok = ("山田 翔 様\n\nAWS サポートの森でございます。\n\n"
          "ご確認いただきありがとうございます。これより担当チームにて作業を開始いたします。\n"
          "作業が完了しましたら、改めてこちらのケースでご連絡いたします。完了のご連絡までは、新しい試験のご予約をお控えいただけますと幸いです。\n\n"
          "森\nAmazon Web Services")
    build('051-sagyou-kaishi-ja.eml', kind='support_reply', case_id=cid, accounts=[], lang='ja', provider='onpremjp',
          snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t3,
          subject='RE:[CASE %s] %s' % (cid, csubj), text=ok + console_footer_ja(cid), cte='quoted-printable')

    t4 = u(2026, 2, 23, 2, 10, 27)
    done = ("山田 翔 様\n\nAWS サポートの森でございます。大変お待たせいたしました。\n\n"
            "担当チームより作業完了の報告がありました。各アカウントの認定資格と受験履歴は、残していただいたアカウントに一本化済みです。"
            "今後はそちらのアカウントでサインインしてください。閉鎖したアカウントにはサインインできません。\n\n"
            "Credly のバッジは、順次再発行のメールが届く予定です。\n\n"
            "森\nAmazon Web Services\n\n"
            "----- 2026/02/19 10:05 AWS サポート からのメッセージ -----\n" + conf)
    build('052-kanryou-houkoku-sjis.eml', kind='merge_completed', case_id=cid, accounts=[], lang='ja', provider='onpremjp',
          snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t4,
          subject='RE:[CASE %s] %s' % (cid, csubj), text=done + console_footer_ja(cid), **sj)

    t5 = u(2026, 2, 23, 4, 31, 2)
    col = other_sender('鈴木 大輔', 'd-suzuki@hoshizora-tech.co.jp', 'hoshizora-tech.co.jp', '203.0.113.%d' % RNG.randint(20, 60),
                       'smtp-out01.hoshizora-tech.co.jp', 'hsz2024', 'hoshizora-tech.co.jp')
    fwd = ("山田さん\n\nお疲れさまです。情報システム部の鈴木です。\n"
           "ケースの CC に入っていた私宛にも届いたので、念のため転送します。\n"
           "AWS61029384 に一本化されたとのことなので、社内の資格管理台帳の ID もこちらで更新しておきます。\n"
           "Credly のバッジが届いたら、社内ポータルのプロフィールにも反映をお願いします。\n\n"
           "鈴木\n\n"
           "-------- Original Message --------\n"
           "From: Amazon Web Services <no-reply-aws@amazon.com>\n"
           "Date: 2026/02/23 11:10\n"
           "Subject: RE:[CASE %s] %s\n"
           "To: s-yamada@hoshizora-tech.co.jp\nCc: d-suzuki@hoshizora-tech.co.jp\n\n" % (cid, csubj) + done)
    build('053-suzuki-tensou-ja.eml', kind='unrelated', case_id=cid, accounts=['AWS61029384'], lang='ja',
          provider='onpremjp', snd=col, to=('山田 翔', rc), dt=t5, subject='Fw: RE:[CASE %s] %s' % (cid, csubj),
          text=fwd.replace('\uff5e', '\u301c'), charset='iso-2022-jp', cte='7bit', subj_charset='iso-2022-jp',
          extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQH' + rb64(30)[:36])])

    t6 = u(2026, 2, 23, 2, 11, 50)
    sv = ("Amazon Web Services をご利用いただきありがとうございます。\n\n"
          "ケース %s (%s) は解決済みとなりました。\n\n"
          "今回のサポートについてのご意見をお聞かせください。問題は解決しましたか?\n"
          "はい: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja\n"
          "いいえ: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja\n\n"
          "さらにサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。\n" % (cid, csubj, cid, cid))
    build('054-kaiketsu-goiken-ja.eml', kind='survey', case_id=cid, accounts=[], lang='ja', provider='onpremjp',
          snd=aws_sender(CONSOLE, region='ap-northeast-1'), to=rc, dt=t6,
          subject='Amazon Web Services: サポートケース %s が解決されました' % cid, text=sv,
          html=html_wrap(paras(sv)))

    t7 = u(2026, 2, 24, 13, 5, 18)
    u1, u2 = credly_url(), credly_url()
    ctxt = ("Hi Sho,\n\nAmazon Web Services Training and Certification has issued you 2 new badges:\n\n"
            "  * AWS Certified Cloud Practitioner\n    Accept: %s\n\n"
            "  * AWS Certified CloudOps Engineer \u2013 Associate\n    Accept: %s\n\n"
            "Accept your badges to share them on LinkedIn and with your professional network.\n\n"
            "You are receiving this email because badges were issued to this email address on Credly.\n"
            "Credly, Inc. | Manage email preferences: https://www.credly.com/earner/settings/notifications\n" % (u1, u2))
    build('055-credly-two-badges.eml', kind='credly_badge_issued', case_id=None, accounts=[], lang='en',
          provider='onpremjp', snd=credly_sender(), to=rc, dt=t7,
          subject='Sho, you have 2 new badges to accept', text=ctxt, html=html_wrap(paras(ctxt)))




# ------------------------------------------------------------------ user 8: Hannah Kim, Outlook.com, reopened 11-digit form case
def user_08():
    rc = 'hannah.kim.tech@outlook.com'
    cid = '12958473016'
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher' % cid
    t1 = u(2025, 5, 7, 18, 44, 2)
    r = ("Hi Hannah,\n\nThanks for your message. I noticed you replied to an older case of yours from 2023 about an exam "
         "voucher. That's no problem; I've reopened it so we can look at your new question here.\n\n"
         "You mentioned that you have two certification profiles, AWS55182290 and aws-47720615, and that you'd like "
         "them to be combined. So that I can check both, could you tell me:\n\n"
         "- the e-mail address you use to sign in to each one, and\n"
         "- which profile you'd like to keep?\n\n"
         "Best,\nTomasz W.\nAWS Training and Certification Customer Support")
    hk = ("Hi,\n\nI'm not sure this is the right place but I couldn't find a better one. I just realised I have two "
          "certification profiles: AWS55182290 (hannah.kim.tech@outlook.com) and AWS47720615, which I think I made with "
          "my old school e-mail when I took my first exam. Can they be merged?\n\nThanks,\nHannah")
    old = ("Hello Hannah,\n\nThe voucher has been re-issued to your account and is valid until 31 December 2023.\n\n"
           "Regards,\nAWS Training and Certification Customer Support")
    hist = (outlook_block('Hannah Kim <%s>' % rc, 'Tuesday, May 6, 2025 10:31 PM', 'Amazon Web Services <%s>' % FORM, subj, hk) +
            '\n\n' + outlook_block('Amazon Web Services <%s>' % FORM, 'Friday, August 18, 2023 3:07 PM', 'Hannah Kim <%s>' % rc,
                                   subj, old))
    build('056-old-case-reopened-which-to-keep.eml', kind='support_reply', case_id=cid,
          accounts=['AWS55182290', 'aws-47720615'], lang='en', provider='outlookcom', snd=aws_sender(FORM), to=rc,
          dt=t1, subject=subj, text=r + '\n\n' + hist + aws_footer_form())

    t2 = u(2025, 5, 8, 15, 9, 26)
    conf_txt = ("Hi Hannah,\n\nThanks, I found both. Here's what I'd set up:\n\n"
                "Keep: AWS 55182290 (hannah.kim.tech@outlook.com)\nRetire: aws-47720615 (hkim21@students.lakeview-college.edu)\n\n"
                "Everything from the retired profile moves to the one you keep. This can't be undone afterwards.\n\n"
                "Reply \"yes, go ahead\" and I'll get it started.\n\nBest,\nTomasz W.")
    conf_html = aws_html(
        '<p>Hi Hannah,</p><p>Thanks for the details, I was able to find both profiles. Before I ask our operations team to '
        'combine them, please double-check the following:</p>'
        '<ul><li><b>Profile you keep:</b> AWS 55182290 (hannah.kim.tech@outlook.com)</li>'
        '<li><b>Profile that will be retired:</b> aws-47720615 (hkim21@students.lakeview-college.edu)</li></ul>'
        '<p>Your certifications, exam history and any benefits on the retired profile will be moved to the profile you keep. '
        '<b>Please be aware this is a one-way change and cannot be reversed.</b></p>'
        '<p>If everything looks right, just reply &quot;yes, go ahead&quot; and I will get it started.</p>'
        '<p>Best,<br>Tomasz W.<br>AWS Training and Certification Customer Support</p>')
    build('057-double-check-before-combining.eml', kind='merge_confirmation_requested', case_id=cid,
          accounts=['AWS 55182290', 'aws-47720615'], lang='en', provider='outlookcom', snd=aws_sender(FORM), to=rc,
          dt=t2, subject=subj, text=conf_txt, html=conf_html)

    t3 = u(2025, 5, 9, 21, 3, 58)
    done = ("Hi Hannah,\n\nI'm writing to let you know that we are closing this case. Before we do: our operations team "
            "has retired aws-47720615, and all of its certifications now show on AWS55182290. You can sign in as usual "
            "with hannah.kim.tech@outlook.com.\n\n"
            "We'd appreciate it if you could take a moment to rate your experience:\n"
            "https://amazon.qualtrics.com/jfe/form/SV_%s?case=%s\n\n"
            "Best,\nTomasz W.\nAWS Training and Certification Customer Support" % (rhex(15), cid))
    build('058-closing-profile-retired-rate.eml', kind='merge_completed', case_id=cid,
          accounts=['aws-47720615', 'AWS55182290'], lang='en', provider='outlookcom', snd=aws_sender(FORM), to=rc,
          dt=t3, subject=subj, text=done + aws_footer_form(), html=aws_html(paras(done)), cte='base64')

    t4 = u(2025, 5, 10, 14, 51, 7)
    url = credly_url()
    b = 'AWS Certified Cloud Practitioner'
    build('059-credly-ccp-claim.eml', kind='credly_badge_issued', case_id=None, accounts=[], lang='en',
          provider='outlookcom', snd=credly_sender(), to=rc, dt=t4,
          subject='Claim your AWS Certified Cloud Practitioner badge',
          text='Hi Hannah,\n\nYou have a new badge from Amazon Web Services Training and Certification.\n\nAccept your badge: %s\n' % url,
          html=credly_html('Hannah', 'Amazon Web Services Training and Certification', b, url,
                           'Your badge has been moved to your current email address', 'aws-certified-cloud-practitioner'))

    t5 = u(2025, 4, 28, 11, 20, 45)
    sc = other_sender('Amazon Selling Partner Support', 'seller-support-na@amazon.com', 'amazon.com', '54.240.13.%d' % RNG.randint(2, 250),
                      'a13-%d.smtp-out.amazonses.com' % RNG.randint(2, 250), 'yg4mwqurec7fkhzutopddd3ytuaqrvuz', 'amazon.com')
    scid = '6021734458'
    stxt = ("Hello,\n\nThank you for contacting Amazon Selling Partner Support.\n\n"
            "We have reviewed the duplicate detail pages you reported. ASIN B0CK7T2QX9 has been merged into ASIN B0CK7RM4L1, "
            "and your offer now appears on the remaining detail page. It may take up to 48 hours for search results to update.\n\n"
            "If you have further questions about this matter, please reply to this case through Seller Central.\n\n"
            "How did we do? If I've resolved your issue, please let us know by selecting a rating in Seller Central.\n\n"
            "We value your feedback.\n\nThank you,\nRavi\nAmazon.com\nhttps://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s\n" % scid)
    build('060-seller-central-asins-merged.eml', kind='unrelated', case_id=scid, accounts=[], lang='en',
          provider='outlookcom', snd=sc, to=rc, dt=t5, subject='RE:[CASE %s] Duplicate detail pages for my product' % scid,
          text=stxt)


# ==== END MAILS ====

if __name__ == '__main__':
    for name in sorted(k for k in globals() if k.startswith('user_')):
        globals()[name]()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'mails written')
