#!/usr/bin/env python3
"""Generator for blind set 169: paraphrased English mails around an AWS
Certification account merge, plus look-alikes. Writes NNN-*.eml + labels.json."""
import os, re, json, random, base64, quopri, html as htmlmod, glob
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email import policy
from email.header import Header, decode_header, make_header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime, formataddr
import email

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(169)
MAILS = []   # (fname, raw bytes, label dict, expected_sv)

# ---------------------------------------------------------------- helpers
def D(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S %z')

def rfc(d):
    return format_datetime(d)

def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def alnum(n, chars='abcdefghijklmnopqrstuvwxyz234567'):
    return ''.join(R.choice(chars) for _ in range(n))

def b64s(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def uid():
    return f'{hexs(8)}-{hexs(4)}-4{hexs(3)}-{R.choice("89ab")}{hexs(3)}-{hexs(12)}'

def ses_token(d):
    ms = int(d.timestamp() * 1000)
    return f'0100{ms:012x}-{uid()}-000000'

def case15(open_dt, tail):
    return f'{int(open_dt.timestamp())}{tail:05d}'

def pacific(d):
    # good-enough DST guess for Google's receive stamps
    m = d.astimezone(timezone.utc).month
    off, tz = (-7, 'PDT') if 4 <= m <= 10 else (-8, 'PST')
    return d.astimezone(timezone(timedelta(hours=off))), tz

def gstamp(d):
    p, tz = pacific(d)
    return f'{format_datetime(p)} ({tz})'

def fold_b(s, width=70):
    return '\n\t '.join(s[i:i + width] for i in range(0, len(s), width))

def dkim_sig(dom, sel, d, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID'):
    t = int(d.timestamp())
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            f'\ts={sel}; d={dom}; t={t};\n'
            f'\th={h};\n'
            f'\tbh={b64s(32)};\n'
            f'\tb={fold_b(b64s(256))}')

def hdr(name, value, charset=None, enc='B'):
    """Return a raw header line; non-ASCII values become folded encoded-words."""
    if charset is None:
        try:
            value.encode('ascii')
            return f'{name}: {value}'
        except UnicodeEncodeError:
            charset = 'utf-8'
    cs = Charset(charset)
    if charset.lower() == 'utf-8':
        cs.header_encoding = QP if enc == 'Q' else BASE64
    h = Header(value, cs, maxlinelen=76, header_name=name)
    return f'{name}: ' + h.encode(linesep='\n')

def addr(name, mail, charset='utf-8'):
    if name is None:
        return mail
    try:
        name.encode('ascii')
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return formataddr((name, mail), charset=charset)

# ------------------------------------------------------- sending profiles
def ses(d, region=None, ip=None):
    tok = ses_token(d)
    n = R.randint(2, 250)
    ipaddr = ip or R.choice([f'54.240.8.{n}', f'54.240.9.{n}', f'54.240.48.{n}', f'23.251.234.{n % 60 + 1}'])
    helo = f'a{ipaddr.split(".")[2]}-{ipaddr.split(".")[3]}.smtp-out.amazonses.com'
    dom = f'{region}.amazonses.com' if region else 'amazonses.com'
    return dict(token=tok, mailfrom=f'{tok}@{dom}', ip=ipaddr, helo=helo,
                msgid=f'<{tok}@email.amazonses.com>',
                dkims=[('amazon.com', alnum(32)), ('amazonses.com', alnum(32))],
                from_dom='amazon.com', dmarc_p='QUARANTINE',
                extra=[f'Feedback-ID: ::1.us-east-1.{b64s(30)[:43]}=:AmazonSES',
                       f'X-SES-Outgoing: {d.astimezone(timezone.utc):%Y.%m.%d}-{ipaddr}'])

def sendgrid(d, from_dom, sub='em', dkim_sel='s1'):
    n = R.randint(10, 250)
    ipaddr = f'149.72.{R.randint(100, 250)}.{n}'
    return dict(mailfrom=f'bounces+{R.randint(1000000, 9999999)}-{hexs(4)}-user=example.com@{sub}.{from_dom}',
                ip=ipaddr, helo=f'o{R.randint(1, 9)}.{sub}.{from_dom}',
                msgid=f'<{b64s(16).rstrip("=").replace("/", "_").replace("+", "-")}@geopod-ismtpd-{R.randint(1, 40)}>',
                dkims=[(from_dom, dkim_sel), ('sendgrid.info', 'smtpapi')],
                from_dom=from_dom, dmarc_p='NONE', extra=[f'X-SG-EID: {b64s(60)}'])

def generic(d, from_dom, ip, helo, mailfrom, msgid_dom, dkim_sel='selector1', dmarc_p='REJECT', extra=()):
    return dict(mailfrom=mailfrom, ip=ip, helo=helo,
                msgid=f'<{hexs(24)}@{msgid_dom}>',
                dkims=[(from_dom, dkim_sel)] if dkim_sel else [],
                from_dom=from_dom, dmarc_p=dmarc_p, extra=list(extra))

# ------------------------------------------------------- receiving trace
def trace(provider, p, rcpt, d, spf='pass', dkim=None, dmarc='pass', forged_ar=None,
          signed=True):
    """Provider-added headers (top) + sender's DKIM signatures (bottom)."""
    dkim = dkim or {dom: 'pass' for dom, _ in p['dkims']}
    rd = d + timedelta(seconds=R.randint(1, 9))
    L = []
    mf = p['mailfrom']
    mfdom = mf.split('@')[1]
    fd = p['from_dom']
    if provider == 'gmail':
        L.append(f'Delivered-To: {rcpt}')
        L.append(f'Received: by 2002:a05:{hexs(4)}:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {alnum(3)}{R.randint(10,99)}csp{R.randint(100000,9999999)}{alnum(3)};\n        {gstamp(rd)}')
        L.append(f'X-Google-Smtp-Source: AGHT+I{b64s(60)[:90]}')
        L.append(f'X-Received: by 2002:a05:6214:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {alnum(20)}.{R.randint(10,99)}.{R.randint(1000000000,9999999999)};\n        {gstamp(rd)}')
        L.append(f'ARC-Seal: i=1; a=rsa-sha256; t={int(rd.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b(b64s(190))}')
        L.append(f'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64s(32)};\n        b={fold_b(b64s(190))}')
    # verdict pieces
    parts_g = []
    for dom, sel in p['dkims']:
        if signed:
            parts_g.append(f'dkim={dkim.get(dom, "pass")} header.i=@{dom} header.s={sel} header.b={b64s(6)[:8]}')
    if not parts_g:
        parts_g.append('dkim=none')
    if spf == 'pass':
        spf_g = f'spf=pass (google.com: domain of {mf} designates {p["ip"]} as permitted sender) smtp.mailfrom={mf}'
    elif spf == 'softfail':
        spf_g = f'spf=softfail (google.com: domain of transitioning {mf} does not designate {p["ip"]} as permitted sender) smtp.mailfrom={mf}'
    else:
        spf_g = f'spf={spf} (google.com: domain of {mf} does not designate {p["ip"]} as permitted sender) smtp.mailfrom={mf}'
    dis = 'NONE' if dmarc == 'pass' else p['dmarc_p']
    dm_g = f'dmarc={dmarc} (p={p["dmarc_p"]} sp={p["dmarc_p"]} dis={dis}) header.from={fd}'
    if provider == 'gmail':
        L.append('ARC-Authentication-Results: i=1; mx.google.com;\n       ' + ';\n       '.join(parts_g + [spf_g, dm_g]))
        L.append(f'Return-Path: <{mf}>')
        L.append(f'Received: from {p["helo"]} ({p["helo"]}. [{p["ip"]}])\n        by mx.google.com with ESMTPS id {alnum(20)}.{R.randint(100,999)}.{rd:%Y}.{rd:%m}.{rd:%d}.{R.randint(10,99)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gstamp(rd)}')
        L.append(f'Received-SPF: {spf} (google.com: domain of {mf} {"designates" if spf=="pass" else "does not designate"} {p["ip"]} as permitted sender) client-ip={p["ip"]};')
        L.append('Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(parts_g + [spf_g, dm_g]))
    elif provider == 'outlook':
        u = rd.astimezone(timezone.utc)
        st = format_datetime(u)
        a, b, c = (f'{R.choice(["SA1PR","PH0PR","DM6PR","CH3PR"])}{R.randint(10,19)}MB{R.randint(1000,9999)}',
                   f'{R.choice(["BN9PR","MW4PR","DS7PR"])}03CA{R.randint(1000,9999)}',
                   f'{R.choice(["BN2PEPF","CY4PEPF","SN1PEPF"])}0000{R.randint(1000,9999):X}')
        L.append(f'Received: from {a}.namprd{R.randint(10,19)}.prod.outlook.com (2603:10b6:806:{hexs(3)}::{R.randint(5,20)})\n by LV3PR{R.randint(10,19)}MB{R.randint(1000,9999)}.namprd{R.randint(10,19)}.prod.outlook.com with HTTPS; {st}')
        L.append(f'Received: from {b}.namprd03.prod.outlook.com (2603:10b6:408:{hexs(3)}::{R.randint(5,20)})\n by {a}.namprd{R.randint(10,19)}.prod.outlook.com (2603:10b6:806:{hexs(3)}::9) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; {st}')
        L.append(f'Received: from {c}.namprd04.prod.outlook.com\n (2603:10b6:408:106:cafe::{hexs(2)}) by {b}.outlook.office365.com\n (2603:10b6:408:{hexs(3)}::{R.randint(5,20)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via Frontend Transport; {st}')
        od = []
        for dom, sel in p['dkims']:
            if signed:
                r = dkim.get(dom, 'pass')
                od.append(f'dkim={r} ({"signature was verified" if r=="pass" else "body hash did not verify"})\n header.d={dom}')
        if not od:
            od.append('dkim=none (message not signed)\n header.d=none')
        if dmarc == 'pass':
            odm = f'dmarc=pass action=none\n header.from={fd};compauth=pass reason=100'
        else:
            odm = f'dmarc={dmarc} action={"quarantine" if p["dmarc_p"]!="NONE" else "none"}\n header.from={fd};compauth=fail reason=000'
        L.append(f'Authentication-Results: spf={spf} (sender IP is {p["ip"]})\n smtp.mailfrom={mfdom}; ' + ';'.join(od) + ';' + odm)
        L.append(f'Received-SPF: {spf.capitalize()} (protection.outlook.com: domain of {mfdom} {"designates" if spf=="pass" else "does not designate"}\n {p["ip"]} as permitted sender) receiver=protection.outlook.com;\n client-ip={p["ip"]}; helo={p["helo"]}; pr=C')
        L.append(f'Received: from {p["helo"]} ({p["ip"]}) by\n {c}.mail.protection.outlook.com (10.167.{R.randint(200,250)}.{R.randint(2,250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21\n via Frontend Transport; {st}')
    elif provider in ('nifty', 'biglobe', 'ocn'):
        jst = rd.astimezone(timezone(timedelta(hours=9)))
        authserv = {'nifty': 'mx.nifty.com', 'biglobe': 'mfmx.biglobe.ne.jp', 'ocn': 'ocn.ne.jp'}[provider]
        host = {'nifty': f'mta-rcv-e{R.randint(10,99)}.mail.nifty.com', 'biglobe': f'rcpt-impgw{R.randint(1,9)}.biglobe.ne.jp', 'ocn': f'mf-smf-ucb0{R.randint(10,50)}.ocn.ad.jp'}[provider]
        L.append(f'Return-Path: <{mf}>')
        L.append(f'Received: from {host} by mbox-{alnum(6, "abcdef0123456789")} with LMTP; {format_datetime(jst)}')
        jd = ' '.join(f'dkim={dkim.get(dom, "pass")} header.d={dom} header.s={sel}' for dom, sel in p['dkims']) or 'dkim=none'
        jd = jd.replace(' dkim=', ';\n\tdkim=')
        L.append(f'Authentication-Results: {authserv};\n\tspf={spf} smtp.mailfrom={mf};\n\t{jd};\n\tdmarc={dmarc} header.from={fd}')
        L.append(f'Received: from {p["helo"]} ([{p["ip"]}])\n\tby {host} with ESMTPS id {alnum(12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}\n\tfor <{rcpt}>; {format_datetime(jst)}')
    elif provider.startswith('corp:'):
        # on-prem gateway that adds no Authentication-Results
        corp = provider.split(':', 1)[1]
        gw = R.randint(1, 4)
        L.append(f'Received: from mailgw0{gw}.{corp} (10.{R.randint(1,40)}.{R.randint(1,250)}.{R.randint(2,250)}) by EXCH0{R.randint(1,3)}.{corp.split(".")[0]}.local\n (10.{R.randint(1,40)}.1.{R.randint(2,30)}) with Microsoft SMTP Server id 15.1.2507.39; {format_datetime(rd)}')
        L.append(f'Received: from {p["helo"]} ({p["helo"]} [{p["ip"]}])\n\tby mailgw0{gw}.{corp} (Postfix) with ESMTPS id 4{alnum(10, "ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxz0123456789")}\n\tfor <{rcpt}>; {format_datetime(rd)}')
        L.append('X-Virus-Scanned: amavisd-new at ' + corp)
        L.append(f'X-Spam-Status: No, score=-{R.randint(1,4)}.{R.randint(0,9)}')
    else:
        raise ValueError(provider)
    if forged_ar:
        L.append(forged_ar)
    if signed:
        for dom, sel in p['dkims']:
            L.append(dkim_sig(dom, sel, d))
    return L

# ------------------------------------------------------------- bodies
CSS = 'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;'

def text_to_html(text, quoted=None, qstyle='outlook', brand='aws', footer_html=''):
    def paras(t):
        out = []
        for block in re.split(r'\n\s*\n', t.strip('\n')):
            out.append('<p style="margin:0 0 12px 0">' + htmlmod.escape(block).replace('\n', '<br>\n') + '</p>')
        return '\n'.join(out)
    top = paras(text)
    q = ''
    if quoted:
        if qstyle == 'gmail':
            lines = quoted.split('\n')
            head, rest = lines[0], '\n'.join(l[2:] if l.startswith('> ') else l.lstrip('>') for l in lines[1:])
            q = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{htmlmod.escape(head)}<br></div>'
                 f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 f'{paras(rest)}</blockquote></div>')
        else:
            q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                 f'{paras(quoted)}</div>')
    if brand == 'aws':
        head = ('<table width="100%" cellpadding="0" cellspacing="0" style="background:#232f3e"><tr><td style="padding:14px 20px">'
                '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="90"></td></tr></table>\n')
    else:
        head = ''
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body style="{CSS}">\n{head}<div style="padding:16px 20px">\n{top}\n{footer_html}\n</div>\n{q}\n</body></html>\n')

def part_text(text, charset='utf-8', cte='quoted-printable', subtype='plain'):
    m = EmailMessage()
    m.set_content(text, subtype=subtype, charset=charset, cte=cte)
    del m['MIME-Version']
    return m

def part_wrong_label(text, real='utf-8', label='iso-8859-1', subtype='plain', cte='quoted-printable'):
    m = EmailMessage()
    m['Content-Type'] = f'text/{subtype}; charset="{label}"'
    m['Content-Transfer-Encoding'] = cte
    raw = text.encode(real)
    if cte == 'quoted-printable':
        m.set_payload(quopri.encodestring(raw).decode('ascii'))
    elif cte == 'base64':
        m.set_payload(base64.encodebytes(raw).decode('ascii'))
    else:
        raise ValueError(cte)
    return m

def mime(text, quoted=None, *, mode='alt', charset='utf-8', cte='quoted-printable',
         html=None, html_cte=None, qstyle='outlook', brand='aws', footer_html='',
         wrong_label=None, attachments=()):
    full = text if not quoted else text.rstrip('\n') + '\n\n' + quoted
    if not full.endswith('\n'):
        full += '\n'
    if html is None and mode in ('alt', 'html'):
        html = text_to_html(text, quoted, qstyle=qstyle, brand=brand, footer_html=footer_html)
    if wrong_label:
        tp = part_wrong_label(full, label=wrong_label, cte=cte)
    else:
        tp = part_text(full, charset=charset, cte=cte)
    hp = part_text(html, charset='utf-8', cte=html_cte or cte, subtype='html') if html else None
    if mode == 'plain':
        root = tp
    elif mode == 'html':
        root = hp
    else:
        root = EmailMessage()
        root.make_alternative() if False else None
        root['Content-Type'] = 'multipart/alternative'
        root.set_boundary(f'----=_Part_{R.randint(100000,999999)}_{R.randint(100000000,999999999)}.{R.randint(10**12, 10**13)}')
        root.attach(tp)
        root.attach(hp)
    if attachments:
        outer = EmailMessage()
        outer['Content-Type'] = 'multipart/mixed'
        outer.set_boundary(f'_mixed_{hexs(28)}')
        outer.attach(root)
        for fn, ctype, data in attachments:
            a = EmailMessage()
            maintype, sub = ctype.split('/')
            a.set_content(data, maintype=maintype, subtype=sub, filename=fn)
            del a['MIME-Version']
            outer.attach(a)
        root = outer
    return root

# ------------------------------------------------------------- assembling
ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[ \-_]?(\d{8})(?!\d)')

def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})

def build(n, slug, *, kind, case, sv, frm, to, date, subject, new, quoted=None,
          provider='gmail', prof=None, spf='pass', dkim=None, dmarc='pass', forged_ar=None,
          signed=True, extra_hdrs=(), subj_charset=None, subj_enc='B', msgid=None,
          lang='en', ids_text=None, cc=None, reply_to=None, **mk):
    rcpt = re.search(r'<([^>]+)>', to).group(1) if '<' in to else to
    L = trace(provider, prof, rcpt, date, spf=spf, dkim=dkim, dmarc=dmarc,
              forged_ar=forged_ar, signed=signed) if prof else []
    L.append(f'Date: {rfc(date)}')
    L.append(f'From: {frm}')
    if reply_to:
        L.append(f'Reply-To: {reply_to}')
    L.append(f'To: {to}')
    if cc:
        L.append(f'Cc: {cc}')
    L.append(hdr('Subject', subject, charset=subj_charset, enc=subj_enc))
    L.append(f'Message-ID: {msgid or (prof and prof["msgid"]) or "<" + hexs(20) + "@localhost>"}')
    if prof:
        L.extend(prof.get('extra', []))
    L.extend(extra_hdrs)
    m = mime(new, quoted, **mk)
    mb = m.as_bytes(policy=policy.default)
    raw = ('\n'.join(L) + '\n').encode('ascii') + (b'MIME-Version: 1.0\n' if b'MIME-Version' not in mb.split(b'\n\n')[0] else b'') + mb
    label = {'kind': kind, 'case_id': case, 'account_ids': ids_in(ids_text if ids_text is not None else new),
             'sender_verified': sv, 'language': lang}
    fname = f'{n:03d}-{slug}.eml'
    MAILS.append((fname, raw, label))
    return fname

# ------------------------------------------------------------- people
PRIYA = addr('Priya Raman', 'priya.raman.dev@gmail.com')
TOMASZ = addr('Tomasz Nowak', 'tomasz.nowak84@outlook.com')
HIRO = addr('田中 博', 'h-tanaka@nifty.com')
AISHA = addr('Aisha Verhoeven', 'a.verhoeven@hollandfreight.nl')
MARCO = addr('Marco Bellini', 'marco.bellini.cloud@gmail.com')
DANA = addr('Dana Okafor', 'dana.okafor@outlook.com')
FORM = addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
NOREPLY = addr('Amazon Web Services', 'no-reply-aws@amazon.com')
CREDLY = lambda issuer='Amazon Web Services Training and Certification': addr(f'{issuer} via Credly', 'admin@credly.com')

RATE_FOOTER = ('To share your experience or contact us again about this case, please return to the Support '
               'Center using the following URL: https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n'
               'Note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need '
               'to contact us again about this same issue.\n\n'
               'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.')

# ================================================================ MAILS
# ---- Thread A: Priya, form case, 15-digit id (2025) -------------------------
A_OPEN = D('2025-05-26 14:03:11 +0000')
A = case15(A_OPEN, 472)
A_SUBJ = f'[AWS Training and Certification Form Submission] - account-assistance'

d = D('2025-05-26 14:03:38 +0000'); p = ses(d)
build(1, 'form-ack-reference-logged', kind='case_created', case=A, sv=True,
      frm=FORM, to=PRIYA, date=d, prof=p,
      subject=f'[CASE {A}] {A_SUBJ}',
      new=f"""Hello,

Thanks for getting in touch with AWS Training and Certification.

This note is simply to let you know that your request reached us and has been logged under reference number {A}. A member of our team will look at it and write back to you, usually within one business day.

Please keep this reference handy. If you need to add something, reply to this message instead of sending the form again: a second submission is queued separately and tends to slow things down.

Summary of what you sent us
Inquiry type: AWS Training and Certification
Category: Certification / Account Merge
AWS candidate ID: AWS11820563
Contact e-mail: priya.raman.dev@gmail.com

Kind regards,
AWS Training and Certification Customer Support
""", mode='html', cte='quoted-printable')

d = D('2025-05-27 09:12:51 +0000'); p = ses(d)
build(2, 'agent-cannot-find-second-profile', kind='support_reply', case=A, sv=True,
      frm=FORM, to=PRIYA, date=d, prof=p,
      subject=f'RE:[CASE {A}] {A_SUBJ}',
      new="""Hi Priya,

I can see the profile under AWS11820563. The other number in your form doesn't bring anything up on my side though.

Could you double-check it, and send me the e-mail address you used to sign in to that older profile? A screenshot of its profile page (with the number visible) would help too.

Thanks,
Joel
AWS Training and Certification
""",
      quoted=f"""-----Original Message-----
From: priya.raman.dev@gmail.com
Sent: 2025-05-26 14:03 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

First name: Priya
Last name: Raman
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS11820563
Description: I have two certification accounts. One is AWS03928147 under my old employer e-mail priya.r@contoso-analytics.com (I no longer have access to that mailbox) and the other is AWS11820563 under my personal gmail. Please merge them and keep the personal one.
""", mode='plain', cte='7bit')

d = D('2025-05-28 07:40:09 +0000'); p = ses(d)
build(3, 'please-look-over-the-plan', kind='merge_confirmation_requested', case=A, sv=True,
      frm=FORM, to=PRIYA, date=d, prof=p,
      subject=f'RE:[CASE {A}] {A_SUBJ}',
      new="""Hi Priya,

Thanks, that did the trick: I found it. Before I hand this over, please look over the plan below and tell me it's right.

  * Profile that stays open: AWS11820563 (priya.raman.dev@gmail.com)
  * Profile that gets folded into it and then closed: AWS03928417 (priya.r@contoso-analytics.com)

Everything on the second profile (exam history, active certifications, unused benefits) moves across to the first one. Heads-up: once this is carried out it can't be rolled back, and from then on you'll only be able to sign in with priya.raman.dev@gmail.com.

If all of that looks right, just reply "yes" to this e-mail and I'll get it moving.

Cheers,
Joel
AWS Training and Certification
""",
      quoted="""On Tue, 27 May 2025 at 19:02, Priya Raman <priya.raman.dev@gmail.com> wrote:
> Sorry, typo on my side! The correct one is AWS03928417 and the login was
> priya.r@contoso-analytics.com. Screenshot attached.
>
> Priya
>
> On Tue, 27 May 2025 at 11:12, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Priya,
> >
> > I can see the profile under AWS11820563. The other number in your form
> > doesn't bring anything up on my side though.
""", qstyle='gmail')

d = D('2025-05-28 16:25:44 +0000'); p = ses(d)
build(4, 'thanks-for-the-go-ahead-handed-over', kind='support_reply', case=A, sv=True,
      frm=FORM, to=PRIYA, date=d, prof=p,
      subject=f'RE:[CASE {A}] {A_SUBJ}',
      new="""Hi Priya,

Got it, and thank you for the quick go-ahead. I have now put the request through to the team that looks after certification records.

There's nothing else you need to do for the moment. I'll drop you a line as soon as they've finished, which is normally within two to three business days.

Joel
AWS Training and Certification
""",
      quoted="""From: Priya Raman <priya.raman.dev@gmail.com>
Sent: Wednesday, May 28, 2025 4:10 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE] [AWS Training and Certification Form Submission] - account-assistance

Yes, that's all correct. Please go ahead.

Priya

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, May 28, 2025 9:40 AM

  * Profile that stays open: AWS11820563 (priya.raman.dev@gmail.com)
  * Profile that gets folded into it and then closed: AWS03928417 (priya.r@contoso-analytics.com)

If all of that looks right, just reply "yes" to this e-mail and I'll get it moving.
""", cte='base64')

d = D('2025-05-30 11:03:02 +0000'); p = ses(d)
build(5, 'sorry-for-the-wait-records-now-together', kind='merge_completed', case=A, sv=True,
      frm=FORM, to=PRIYA, date=d, prof=p,
      subject=f'RE:[CASE {A}] {A_SUBJ}',
      new="""Hi Priya,

Sorry this took a little longer than I told you. I'm happy to say the records team has finished: your certification history from AWS03928417 now lives under AWS11820563, and the older profile has been retired.

Please sign in at https://www.aws.training/Certification with priya.raman.dev@gmail.com and check that both of your certifications appear and that your 50% exam discount is listed under Benefits.

Your Credly badges should follow within a few days. If they haven't turned up in a week, reply here and I'll chase it.

Thanks again for your patience,
Joel
AWS Training and Certification
""", cte='base64')

d = D('2025-05-30 11:04:15 +0000'); p = ses(d)
A_SURVEY_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="{CSS}">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#232f3e"><tr><td style="padding:14px 20px;color:#ffffff;font-size:18px">Amazon Web Services</td></tr></table>
<div style="padding:18px 20px">
<p>Hello,</p>
<p>We've marked your recent request (reference {A}) as resolved. Could you spare two minutes to tell us how it went?</p>
<p><b>Did we fully take care of what you asked for?</b></p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="background:#ff9900;padding:10px 22px"><a href="https://support.aws.amazon.com/survey?caseId={A}&amp;answer=yes" style="color:#16191f;text-decoration:none">YES</a></td>
<td width="12"></td>
<td style="background:#d5dbdb;padding:10px 22px"><a href="https://support.aws.amazon.com/survey?caseId={A}&amp;answer=no" style="color:#16191f;text-decoration:none">NO</a></td>
</tr></table>
<p>How would you rate the help you received from Joel?</p>
<p style="font-size:22px"><a href="https://support.aws.amazon.com/survey?caseId={A}&amp;r=1">&#9733;</a> <a href="https://support.aws.amazon.com/survey?caseId={A}&amp;r=2">&#9733;</a> <a href="https://support.aws.amazon.com/survey?caseId={A}&amp;r=3">&#9733;</a> <a href="https://support.aws.amazon.com/survey?caseId={A}&amp;r=4">&#9733;</a> <a href="https://support.aws.amazon.com/survey?caseId={A}&amp;r=5">&#9733;</a></p>
<p>If something still isn't right, reply to this e-mail within 14 days and the request will be picked up again.</p>
<p style="color:#687078;font-size:12px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
</div></body></html>
"""
build(6, 'how-did-we-do-stars', kind='survey', case=A, sv=True,
      frm=NOREPLY, to=PRIYA, date=d, prof=p,
      subject=f'How did we do? Reference {A}',
      new=f'We have marked your recent request (reference {A}) as resolved. Did we fully take care of what you asked for? YES / NO',
      html=A_SURVEY_HTML, mode='html', cte='quoted-printable')

d = D('2025-06-02 17:45:30 +0000'); p = sendgrid(d, 'credly.com')
build(7, 'credly-credential-waiting-for-you', kind='credly_badge_issued', case=None, sv=True,
      frm=CREDLY(), to=PRIYA, date=d, prof=p,
      subject='Priya, your AWS Certified Solutions Architect – Associate credential is waiting',
      new="""Hi Priya,

Amazon Web Services Training and Certification has issued you a new digital credential:

AWS Certified Solutions Architect – Associate

Claim it now to add it to your profile, share it on LinkedIn and let employers verify it in one click.

Claim your credential: https://www.credly.com/badges/6f0c2a1e-93b4-4c7d-a2f1-5be8d07c1e44/accept

Why am I getting this? Your certification records were recently updated by the issuer, so this credential was sent to the e-mail address on file.

Credly, Inc. | 1 Penn Plaza, Suite 2301 | New York, NY 10119
Unsubscribe from badge notifications: https://www.credly.com/notification_settings
""", brand='credly', cte='quoted-printable')

# ---- Thread B: Tomasz, console case, 11-digit id (2022), Outlook.com ---------
B = '10492756381'
B_SUBJ = 'Combine my certification profiles'
B_RATE = RATE_FOOTER.format(cid=B)

d = D('2022-10-03 18:22:47 +0000'); p = ses(d)
build(8, 'console-new-case-notice', kind='case_created', case=B, sv=True,
      frm=NOREPLY, to=TOMASZ, date=d, prof=p, provider='outlook',
      subject=f'Amazon Web Services: New Support case: {B}',
      new=f"""Thank you for contacting Amazon Web Services. We have opened case {B} to look into your request.

The details of your case are as follows:

Case ID: {B}
Subject: {B_SUBJ}
Severity: General guidance
Service: Training and Certification
Category: Account

You will be notified by e-mail when we respond to your case. You can also check the status and add information at any time in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B}&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte='quoted-printable')

d = D('2022-10-04 21:05:11 +0000'); p = ses(d)
build(9, 'console-new-correspondence-notice', kind='support_reply', case=B, sv=True,
      frm=NOREPLY, to=TOMASZ, date=d, prof=p, provider='outlook',
      subject=f'[Case {B}] New correspondence added',
      new=f"""Hello,

There is a new message from AWS Support on your case {B} ("{B_SUBJ}").

To read it and respond, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B}&language=en

Please do not reply to this e-mail; this mailbox is not monitored.

Amazon Web Services
""", mode='plain', cte='7bit')

d = D('2022-10-04 21:05:12 +0000'); p = ses(d)
build(10, 'kindly-verify-before-we-unify', kind='merge_confirmation_requested', case=B, sv=True,
      frm=NOREPLY, to=TOMASZ, date=d, prof=p, provider='outlook',
      subject=f'RE:[CASE {B}] {B_SUBJ}',
      new=f"""Hello Tomasz,

Greetings from Amazon Web Services!

Thank you for your patience. I have check the details you have provided and I found three certification profiles registered on your name. Kindly verify the below informations before we proceed to unify them:

Primary profile (this will be retained): AWS58213306 - tomasz.nowak84@outlook.com
Secondary profile (will be absorbed into primary): AWS20459871 - t.nowak@kpmg-example.pl
Secondary profile (will be absorbed into primary): AWS77014452 - tnowak@student.pwr.edu.pl

Please to note that after the unification the secondary profiles will be deactivated permanently and it is not possible to restore them. All the certifications, exam history and benefits will be available in primary profile only.

Request you to please reply us from the Support Center with "I agree" so that we can take it forward.

Have a great day ahead!

Best regards,
Ankit S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

{B_RATE}
""", cte='quoted-printable')

d = D('2022-10-08 09:31:40 +0000'); p = ses(d)
build(11, 'gentle-follow-up-awaiting-ack', kind='support_reply', case=B, sv=True,
      frm=NOREPLY, to=TOMASZ, date=d, prof=p, provider='outlook',
      subject=f'RE:[CASE {B}] {B_SUBJ}',
      new=f"""Hello Tomasz,

This is a gentle follow-up on my previous message about your three profiles. We have not yet received your acknowledgement, so no change has been made so far.

Whenever you are ready, please go to the case in the Support Center and let us know. If we do not hear from you, this case will be automatically closed after 7 days, but you can reopen it any time from the same link.

Best regards,
Ankit S.
Amazon Web Services

{B_RATE}
""", cte='quoted-printable')

d = D('2022-10-11 06:48:02 +0000'); p = ses(d)
build(12, 'unification-completed-resolving-case', kind='merge_completed', case=B, sv=True,
      frm=NOREPLY, to=TOMASZ, date=d, prof=p, provider='outlook',
      subject=f'RE:[CASE {B}] {B_SUBJ}',
      new=f"""Hello Tomasz,

Thank you for the confirmation and for your patience.

I am pleased to inform you that the unification is completed successfully. From now onwards kindly use AWS58213306 with tomasz.nowak84@outlook.com to login to your certification account. The profiles AWS20459871 and AWS77014452 are deactivated and all their certifications are now visible under the primary one.

As your request is fulfilled, I will be marking this case as resolved. If you have a moment, please rate this correspondence, it helps us a lot.

Best regards,
Ankit S.
Amazon Web Services

{B_RATE}
""", cte='base64')

# ---- Thread C: Hiroshi, form case, 10-digit id (2019), nifty ----------------
C = '6283019457'
HIRO_J = addr('田中 博', 'h-tanaka@nifty.com', charset='iso-2022-jp')

d = D('2019-11-08 02:14:26 +0000'); p = ses(d)
build(13, 'receipt-of-inquiry-2019', kind='case_created', case=C, sv=True,
      frm=FORM, to=HIRO_J, date=d, prof=p, provider='nifty',
      subject=f'[CASE {C}] AWS Training and Certification - We received your inquiry',
      new=f"""Dear Customer,

Thank you for contacting AWS Training and Certification.

This automated message confirms receipt of your inquiry. It has been assigned Case ID {C}. Please quote this number in any further correspondence about this matter.

We aim to respond within 1 business day. During periods of high volume it may take a little longer; we appreciate your patience.

Regards,
AWS Training and Certification Customer Service
""", mode='plain', cte='7bit')

d = D('2019-11-11 05:40:03 +0000'); p = ses(d)
build(14, 'which-account-do-you-want-as-main', kind='support_reply', case=C, sv=True,
      frm=FORM, to=HIRO_J, date=d, prof=p, provider='nifty',
      subject=f'RE:[CASE {C}] AWS Training and Certification Form Submission',
      new="""Dear Hiroshi,

Thank you for your patience while we reviewed your request.

In order to proceed, we require a few additional details:

1. Which of the two accounts (AWS00912634 or AWS04417719) you would like to keep as your main account going forward;
2. The reason for the request (for example, a change of employer);
3. The e-mail address registered on each account.

Once we receive this information we will be glad to assist you further.

Kind regards,
Sophie
AWS Training and Certification
""", mode='plain', cte='7bit')

d = D('2019-11-13 03:02:55 +0000'); p = ses(d)
build(15, 'review-the-transfer-carefully', kind='merge_confirmation_requested', case=C, sv=True,
      frm=FORM, to=HIRO_J, date=d, prof=p, provider='nifty',
      subject=f'RE:[CASE {C}] AWS Training and Certification Form Submission',
      new="""Dear Hiroshi,

Thank you for the information provided.

Before we carry out the requested change, we would ask you to review the following carefully:

- The certification history currently held under AWS00912634 (hiroshi.tanaka@fujinet-sys.co.jp) will be transferred to AWS04417719 (h-tanaka@nifty.com).
- After the transfer, AWS00912634 will be deactivated and can no longer be used to sign in.
- This action is permanent and cannot be undone.

Kindly reply to this e-mail stating that you agree to the above, so that we may proceed.

Kind regards,
Sophie
AWS Training and Certification
""",
      quoted="""-----Original Message-----
From: h-tanaka@nifty.com
Sent: Tuesday, November 12, 2019 1:21 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE] AWS Training and Certification Form Submission

Dear Sophie,

1. I want to keep AWS04417719.
2. I changed company in April.
3. AWS00912634 is hiroshi.tanaka@fujinet-sys.co.jp, AWS04417719 is h-tanaka@nifty.com.

Best regards,
Hiroshi Tanaka

2019年11月11日(月) 14:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> Dear Hiroshi,
>
> Thank you for your patience while we reviewed your request.
""", mode='plain', charset='iso-2022-jp', cte='7bit')

d = D('2019-11-15 08:17:39 +0000'); p = ses(d)
build(16, 'transfer-carried-out-acclaim-note', kind='merge_completed', case=C, sv=True,
      frm=FORM, to=HIRO_J, date=d, prof=p, provider='nifty',
      subject=f'RE:[CASE {C}] AWS Training and Certification Form Submission',
      new="""Dear Hiroshi,

We are writing to let you know that the transfer described in our previous message has now been carried out. Your certification record resides entirely under AWS04417719, and you may sign in with h-tanaka@nifty.com.

Kindly allow up to 5 business days for your digital badges on Acclaim to reflect the change.

Should you have any other questions, please do not hesitate to contact us.

Kind regards,
Sophie
AWS Training and Certification
""",
      quoted="""-----Original Message-----
From: h-tanaka@nifty.com
Sent: Wednesday, November 13, 2019 9:05 AM
Subject: Re: RE:[CASE] AWS Training and Certification Form Submission

I agree. Please proceed.

田中 博

> - The certification history currently held under AWS00912634 (hiroshi.tanaka@fujinet-sys.co.jp) will be transferred to AWS04417719 (h-tanaka@nifty.com).
> - After the transfer, AWS00912634 will be deactivated and can no longer be used to sign in.
""", mode='plain', charset='shift_jis', cte='base64')

d = D('2019-11-15 08:20:05 +0000'); p = ses(d)
build(17, 'we-would-appreciate-your-feedback', kind='survey', case=C, sv=True,
      frm=addr('AWS Training and Certification', 'no-reply-aws@amazon.com'), to=HIRO_J, date=d, prof=p, provider='nifty',
      subject=f'We would appreciate your feedback on case {C}',
      new=f"""Dear Customer,

Your recent inquiry (Case ID {C}) has been closed by our team.

Please take a moment to tell us about your experience. The questionnaire has three questions and takes about one minute:
https://aws-tc-feedback.amazon.com/s/{C}?lang=en

Your answers go directly to the team that handled your inquiry and help us improve.

Thank you,
AWS Training and Certification Customer Service
""", cte='quoted-printable')

# ---- Thread D: Aisha, console case, 15-digit id (2024), corporate gateway (no A-R)
D_OPEN = D('2024-09-12 07:50:03 +0000')
DC = case15(D_OPEN, 219)
D_SUBJ = 'Two certification logins – please consolidate'
CORP = 'corp:hollandfreight.nl'
D_RATE = RATE_FOOTER.format(cid=DC)

d = D('2024-09-12 07:50:31 +0000'); p = ses(d)
build(18, 'console-case-started-corporate', kind='case_created', case=DC, sv=None,
      frm=NOREPLY, to=AISHA, date=d, prof=p, provider=CORP,
      subject=f'Amazon Web Services: You have opened a new Support case: {DC}',
      new=f"""Hello,

We've received your request and a support case has been started for it.

Case number: {DC}
Subject: {D_SUBJ}
Severity: General question

An engineer will review the details and respond through the Support Center. You'll get an e-mail each time there is an update.

View or add to your case:
https://support.console.aws.amazon.com/support/home#/case/?displayId={DC}&language=en

Sincerely,
Amazon Web Services
""", cte='quoted-printable')

d = D('2024-09-13 12:02:18 +0000'); p = ses(d)
build(19, 'need-a-yes-brisk', kind='merge_confirmation_requested', case=DC, sv=None,
      frm=NOREPLY, to=AISHA, date=d, prof=p, provider=CORP,
      subject=f'RE:[CASE {DC}] {D_SUBJ}',
      new=f"""Aisha,

To go ahead I need a yes from you on this:

AWS31107745 (a.verhoeven@tudelft-alumni.nl) -> goes into AWS62840093 (a.verhoeven@hollandfreight.nl), which is the one that remains.

Irreversible once done. Reply "confirmed" on the case in the Support Center and I'll start.

Regards,
Mark D.
Amazon Web Services

{D_RATE}
""", mode='plain', cte='quoted-printable')

d = D('2024-09-16 08:44:50 +0000'); p = ses(d)
build(20, 'escalated-to-operations-once-together', kind='support_reply', case=DC, sv=None,
      frm=NOREPLY, to=AISHA, date=d, prof=p, provider=CORP,
      subject=f'RE:[CASE {DC}] {D_SUBJ}',
      new=f"""Hi Aisha,

Thanks for confirming on the case. I've escalated it to our Certification operations team; they generally need three to five business days for this kind of change.

Once everything has been brought together on AWS62840093, I'll let you know here, and I'll also ask Credly to move your badges so you don't have to contact them yourself.

No action is needed from you in the meantime.

Regards,
Mark D.
Amazon Web Services

{D_RATE}
""", mode='plain', cte='quoted-printable')

d = D('2024-09-19 14:10:27 +0000'); p = ses(d)
build(21, 'done-folded-in-brisk', kind='merge_completed', case=DC, sv=None,
      frm=NOREPLY, to=AISHA, date=d, prof=p, provider=CORP,
      subject=f'RE:[CASE {DC}] {D_SUBJ}',
      new=f"""Aisha,

Done: AWS31107745 has been folded into AWS62840093. Sign in with a.verhoeven@hollandfreight.nl from now on.

The Credly request is raised separately; expect their e-mail within a few days.

Regards,
Mark D.
Amazon Web Services

{D_RATE}
""", mode='plain', cte='7bit')

d = D('2024-09-19 14:16:02 +0000'); p = ses(d)
build(22, 'case-closed-tell-us', kind='survey', case=DC, sv=None,
      frm=NOREPLY, to=AISHA, date=d, prof=p, provider=CORP,
      subject=f'Case {DC} closed – tell us how we did',
      new=f"""Hello,

Your support case {DC} ("{D_SUBJ}") has now been closed.

Two quick questions:
Was your issue resolved?  Yes: https://support.console.aws.amazon.com/support/feedback?displayId={DC}&resolved=yes   No: https://support.console.aws.amazon.com/support/feedback?displayId={DC}&resolved=no
How likely are you to recommend AWS Support to a colleague? (0-10)

Thank you for helping us improve.

Amazon Web Services
""", cte='quoted-printable', subj_enc='Q')

d = D('2024-09-23 10:01:44 +0000'); p = sendgrid(d, 'credly.com')
build(23, 'credly-credentials-issued-again', kind='credly_badge_issued', case=None, sv=None,
      frm=CREDLY(), to=AISHA, date=d, prof=p, provider=CORP,
      subject='Your AWS credentials have been moved to this account',
      new="""Hello Aisha,

Following an update to your AWS Certification record, the credentials below have been issued again to this e-mail address:

  - AWS Certified Developer – Associate
  - AWS Certified Cloud Practitioner

Accept each one to display it on your Credly profile:
https://www.credly.com/earner/earned

The copies that were attached to your previous e-mail address have been withdrawn by the issuer.

The Credly Team
""", brand='credly', cte='quoted-printable')

# ---- Thread E: Marco, form case, 15-digit id (2025), Gmail -------------------
E_OPEN = D('2025-02-03 16:20:44 +0000')
E = case15(E_OPEN, 58)
E_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

d = D('2025-02-11 10:05:37 +0000'); p = ses(d)
build(24, 'apologies-for-wait-here-is-what-we-propose', kind='merge_confirmation_requested', case=E, sv=True,
      frm=FORM, to=MARCO, date=d, prof=p,
      subject=f'RE: [CASE {E}] {E_SUBJ}',
      new="""Dear Marco,

First of all, please accept my apologies for the long wait: we have had an unusually high number of requests over the past week.

I've now reviewed your two profiles, and this is what we propose:

  AWS44190286 (marco.bellini.cloud@gmail.com) remains your account.
  AWS09357712 (m.bellini@oldco.it) is closed after its certifications and exam history are brought over.

Could you reply and let me know this is how you'd like it done? Because the step can't be reversed, I don't want to act without hearing from you first.

Sorry again for the delay.

Warm regards,
Elena
AWS Training and Certification
""",
      quoted="""-----Original Message-----
From: marco.bellini.cloud@gmail.com
Sent: 2025-02-03 16:20 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS44190286
Description: Hi, I ended up with a second profile (AWS09357712) when I booked an exam with my old work address. Can you combine them? I'd like to keep the gmail one. Thanks!
""", cte='quoted-printable')

d = D('2025-02-12 09:40:12 +0000'); p = ses(d)
build(25, 'voucher-question-before-we-continue', kind='support_reply', case=E, sv=True,
      frm=FORM, to=MARCO, date=d, prof=p,
      subject=f'RE: [CASE {E}] {E_SUBJ}',
      new="""Hi Marco,

Thank you for your reply.

About your question on the 50% discount: a benefit earned on AWS09357712 shows up under Benefits on AWS44190286 once the records are together. One thing I need to check first: had you already generated the voucher code on the old profile? If so, could you send me its first four characters, so I can make sure it isn't tied to the address you no longer use?

Best,
Elena
AWS Training and Certification
""",
      quoted="""On Tue, Feb 11, 2025 at 11:22 AM Marco Bellini <marco.bellini.cloud@gmail.com> wrote:
> Yes, please do it exactly like that. One question: I passed SAA on the old
> profile last year, will the 50% voucher come across as well?
>
> On Tue, Feb 11, 2025 at 11:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > AWS44190286 (marco.bellini.cloud@gmail.com) remains your account.
> > AWS09357712 (m.bellini@oldco.it) is closed after its certifications and
> > exam history are brought over.
""", qstyle='gmail', cte='quoted-printable')

d = D('2025-02-14 15:27:49 +0000'); p = ses(d)
build(26, 'all-sorted-friendly', kind='merge_completed', case=E, sv=True,
      frm=FORM, to=MARCO, date=d, prof=p,
      subject=f'RE: [CASE {E}] {E_SUBJ}',
      new="""Hi Marco!

All sorted 🎉 Your two profiles are now a single one, AWS44190286. The certifications and exam history from the old one are all there, and the unused 50% voucher came along too (you'll see it under Benefits).

Your badges on Credly may take a few more days to show up under the gmail address.

Have a lovely weekend,
Elena
AWS Training and Certification
""",
      quoted="""On Wed, Feb 12, 2025 at 12:01 PM Marco Bellini <marco.bellini.cloud@gmail.com> wrote:
> It starts with "AWSQ". Thanks a lot!
""", qstyle='gmail', cte='base64')

d = D('2025-02-17 13:02:08 +0000'); p = sendgrid(d, 'credly.com')
E_CRED_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" style="background:#ffffff;border-radius:6px"><tr><td style="padding:28px">
<img src="https://images.credly.com/images/credly-logo.png" width="110" alt="Credly">
<h1 style="font-size:22px;color:#1b1b1b">A new credential is ready for you, Marco</h1>
<p style="font-size:15px;color:#333">Amazon Web Services Training and Certification has sent you the following badge:</p>
<p style="font-size:16px;font-weight:bold;color:#1b1b1b">AWS Certified Solutions Architect &ndash; Associate</p>
<p><a href="https://www.credly.com/badges/3c9d10aa-5e71-4b8e-9f0d-0a7c62f51d93/accept" style="background:#ff6b00;color:#ffffff;padding:12px 26px;border-radius:4px;text-decoration:none;font-weight:bold">Accept badge</a></p>
<p style="font-size:13px;color:#666">Once accepted, you can share it on LinkedIn, add it to your e-mail signature, or download a certificate.</p>
</td></tr></table>
<p style="font-size:11px;color:#999">Credly &middot; Pearson &middot; You are receiving this e-mail because an issuer awarded you a badge. <a href="https://www.credly.com/notification_settings">Notification settings</a></p>
</td></tr></table></body></html>
"""
build(27, 'credly-new-credential-ready-html-only', kind='credly_badge_issued', case=None, sv=True,
      frm=CREDLY(), to=MARCO, date=d, prof=p,
      subject='A new credential is ready for you, Marco',
      new='Amazon Web Services Training and Certification has sent you the following badge: AWS Certified Solutions Architect - Associate. Accept badge.',
      html=E_CRED_HTML, mode='html', cte='quoted-printable')

# ---- Thread F: Dana, form case, 11-digit id (2023), Outlook.com --------------
F = '13385920714'
F_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

d = D('2023-03-06 19:40:22 +0000'); p = ses(d)
F_ACK_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{{font-family:Arial,sans-serif;font-size:14px;color:#232f3e}}</style></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:16px 24px;color:#ffffff;font-size:17px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px">
<p>Hi Dana,</p>
<p>Your submission reached us. Here is your reference number, in case you need it:</p>
<p style="font-size:20px;font-weight:bold;letter-spacing:1px">{F}</p>
<p><b>What happens next</b><br>
A specialist reviews what you sent and writes back to this address, normally within 24 hours. You don't need to do anything in the meantime.</p>
<p>Have more details to add? Just reply to this e-mail and keep the reference in the subject line. Please avoid submitting the form a second time for the same request.</p>
<p>Thanks,<br>AWS Training and Certification Support</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>
</table></td></tr></table></body></html>
"""
build(28, 'your-submission-reached-us-html-only', kind='case_created', case=F, sv=True,
      frm=FORM, to=DANA, date=d, prof=p, provider='outlook',
      subject=f'[CASE {F}] {F_SUBJ}',
      new=f'Your submission reached us. Here is your reference number: {F}. A specialist reviews what you sent and writes back, normally within 24 hours.',
      html=F_ACK_HTML, mode='html', cte='base64')

d = D('2023-03-07 22:13:05 +0000'); p = ses(d)
build(29, 'notification-address-of-each-account', kind='support_reply', case=F, sv=True,
      frm=FORM, to=DANA, date=d, prof=p, provider='outlook',
      subject=f'RE:[CASE {F}] {F_SUBJ}',
      new="""Dear Dana,

Thank you for writing to us.

We were able to locate aws-40021187 without problem. However for aws 58820931 the name on file is different (D. Okafor-Mensah), therefore we need to make sure both accounts are belonging to you before any change is done.

Kindly provide us the following:
  a) the notification e-mail address registered on each of the two accounts;
  b) if your name was changed, a short confirmation of the previous name.

Upon receiving these details we will continue with your request.

With regards,
Oleksandr
AWS Training and Certification
""",
      quoted="""________________________________
From: Dana Okafor <dana.okafor@outlook.com>
Sent: Monday, March 6, 2023 7:40 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

AWS candidate ID: AWS40021187
I have a second account AWS58820931 from before I got married. Please put everything on one account.
""", cte='quoted-printable')

d = D('2023-03-09 13:55:31 +0000'); p = ses(d)
build(30, 'requested-action-for-your-verification', kind='merge_confirmation_requested', case=F, sv=True,
      frm=FORM, to=DANA, date=d, prof=p, provider='outlook',
      subject=f'RE:[CASE {F}] {F_SUBJ}',
      new="""Dear Dana,

Thank you for the clarification.

Please find below the requested action for your verification:

  Source account:  AWS-40021187  (dana.okafor@outlook.com)
  Target account:  AWS 58820931  (d.okafor.mensah@yahoo.com), this one is kept

The certifications and exam history of the source account will be moved into the target account, after which the source account will cease to exist. This cannot be reverted afterwards.

We request your explicit approval by replying "Approved" to this message. Without this approval we are unable to continue.

With regards,
Oleksandr
AWS Training and Certification
""",
      quoted="""________________________________
From: Dana Okafor <dana.okafor@outlook.com>
Sent: Wednesday, March 8, 2023 8:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE] [AWS Training and Certification Form Submission] - account-assistance

a) AWS40021187 -> dana.okafor@outlook.com, AWS58820931 -> d.okafor.mensah@yahoo.com
b) Yes, my previous name was Okafor-Mensah. I'd actually prefer to keep the older account since it has more history.
""", cte='quoted-printable')

d = D('2023-03-24 17:20:48 +0000'); p = ses(d)
build(31, 'resolved-yes-no-two-questions', kind='survey', case=F, sv=True,
      frm=NOREPLY, to=DANA, date=d, prof=p, provider='outlook',
      subject=f'Your case {F} has been resolved',
      new=f"""Hello,

Our team has marked case {F} as resolved.

Was your issue resolved?
  YES - https://support.aws.amazon.com/feedback?c={F}&a=1
  NO  - https://support.aws.amazon.com/feedback?c={F}&a=0

How satisfied are you with the support you received? Pick from 1 (very dissatisfied) to 5 (very satisfied) on the page that opens.

If the problem is not fully resolved, reply within 14 days and your case is reopened automatically.

Amazon Web Services
""", cte='quoted-printable')

# ---- Look-alikes that ARE about the merge (content kind kept, sender false) ---
d = D('2025-06-04 03:11:09 +0000')
p = generic(d, 'amazon.com', '185.234.72.19', 'mail.cert-mailer.top', 'noreply@cert-mailer.top', 'cert-mailer.top', dkim_sel=None, dmarc_p='QUARANTINE')
p['dkims'] = []
build(32, 'spoofed-amazon-confirm-consolidation-dmarc-fail', kind='merge_confirmation_requested', case='174900182300087', sv=False,
      frm=addr('AWS Certification', 'no-reply-aws@amazon.com'), to=PRIYA, date=d, prof=p,
      spf='softfail', dmarc='fail', signed=False,
      forged_ar='Authentication-Results: amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazonses.com;\n\tdmarc=pass header.from=amazon.com',
      subject='Action needed: approve the consolidation of your certification profiles [Case 174900182300087]',
      new="""Dear candidate,

We have received a request to consolidate the certification profiles AWS11820563 and AWS03928417 into a single profile.

Please approve this change within 24 hours by signing in at the link below. If we do not receive your approval, both profiles will be suspended and your certifications will no longer be verifiable.

Approve now: http://aws-certification-verify.com/approve?ref=174900182300087

AWS Certification Team
""", cte='quoted-printable')

d = D('2025-03-18 22:45:10 +0000')
p = generic(d, 'aws-training-support.com', '45.83.201.44', 'mx1.aws-training-support.com', 'bounce@aws-training-support.com', 'aws-training-support.com', dkim_sel='default', dmarc_p='NONE')
build(33, 'lookalike-ticket-registered', kind='case_created', case='4471902385', sv=False,
      frm=addr('AWS Training & Certification', 'support@aws-training-support.com'), to=DANA, date=d, prof=p, provider='outlook',
      subject='Ticket 4471902385 registered - profile unification request',
      new="""Hello,

Your ticket 4471902385 (profile unification request) has been registered with AWS Training & Certification.

To prevent duplicate processing, we ask all candidates to verify their identity before an agent is assigned. Please complete verification here within 12 hours:
https://aws-training-support.com/verify?t=4471902385

If verification is not completed, the ticket will be discarded.

Regards,
AWS Training & Certification
""", cte='7bit', mode='plain')

d = D('2024-11-02 07:30:55 +0000')
p = generic(d, 'aws-certmetrics-support.net', '91.215.85.130', 'smtp.aws-certmetrics-support.net', 'mailer@aws-certmetrics-support.net', 'aws-certmetrics-support.net', dkim_sel='mail', dmarc_p='NONE')
build(34, 'lookalike-accounts-joined-reverify', kind='merge_completed', case=None, sv=False,
      frm=addr('AWS Certification', 'certification@aws-certmetrics-support.net'), to=MARCO, date=d, prof=p,
      subject='Your certification accounts are now joined',
      new="""Hello Marco,

The two certification accounts on file for you have been joined successfully. Your candidate ID from now on is AWS71830264.

To keep your certifications active after the change, you must re-verify your candidate profile and payment method within 48 hours:
https://aws-certmetrics-support.net/reverify

Thank you,
AWS Certification Operations
""", cte='quoted-printable')

d = D('2025-06-06 01:12:33 +0000')
p = generic(d, 'amazon-support-survey.com', '103.75.190.12', 'out2.amazon-support-survey.com', 'r@amazon-support-survey.com', 'amazon-support-survey.com', dkim_sel='s1', dmarc_p='NONE')
build(35, 'lookalike-rate-your-merge-case-reward', kind='survey', case=None, sv=False,
      frm=addr('AWS Support Feedback', 'feedback@amazon-support-survey.com'), to=addr('Tanaka Hiroshi', 'tanaka.h@mbr.biglobe.ne.jp'), date=d, prof=p, provider='biglobe',
      subject='Rate your recent account merge case and receive a $100 AWS credit',
      new="""Dear Customer,

Your recent case about joining your certification accounts has been closed.

Tell us how we did! Every customer who completes our 3-question survey receives a $100 AWS promotional credit.

Start the survey: https://amazon-support-survey.com/s/merge-2025

You will be asked to sign in with your AWS root credentials to receive the credit.

AWS Support Feedback Team
""", cte='quoted-printable')

d = D('2024-09-25 16:40:00 +0000')
p = generic(d, 'credly-badges.net', '194.87.31.7', 'mail.credly-badges.net', 'notify@credly-badges.net', 'credly-badges.net', dkim_sel=None, dmarc_p='NONE')
p['dkims'] = []
build(36, 'lookalike-credly-transferred-badges', kind='credly_badge_issued', case=None, sv=False,
      frm=addr('Credly', 'notify@credly-badges.net'), to=TOMASZ, date=d, prof=p, provider='outlook',
      dmarc='none', signed=False,
      subject='Your badges were transferred after your AWS account merge',
      new="""Hi Tomasz,

After your AWS Certification account merge, 3 badges have been transferred to you and are waiting for acceptance:

  * AWS Certified Solutions Architect - Professional
  * AWS Certified SysOps Administrator - Associate
  * AWS Certified Cloud Practitioner

Accept your badges within 72 hours or they will be revoked:
http://credly-badges.net/accept?u=tomasz.nowak84

Credly
""", cte='7bit', mode='plain')

d = D('2025-05-29 06:02:41 +0000')
p = generic(d, 'amazon-support.co', '5.252.176.41', 'mta.amazon-support.co', 'bounces@amazon-support.co', 'amazon-support.co', dkim_sel='k1', dmarc_p='NONE')
build(37, 'lookalike-agent-wants-password-and-code', kind='support_reply', case='12893375110', sv=False,
      frm=addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon-support.co'), to=PRIYA, date=d, prof=p,
      subject='RE:[CASE 12893375110] [AWS Training and Certification Form Submission] - account-assistance',
      new="""Hello,

We are in the final step of combining your certification profiles. To verify that you are the owner of both profiles, please reply to this e-mail with:

1. The password you currently use to sign in to AWS Certification
2. The 6-digit code that we have just sent to your phone

Without this information we will have to cancel your request.

Best regards,
AWS Training and Certification
""", cte='quoted-printable')

# ---- phishing that is NOT about the merge ------------------------------------
d = D('2025-04-22 11:19:40 +0000')
p = generic(d, 'amazon.com', '176.113.115.90', 'vps-176-113-115-90.hosted-by.example', 'info@billing-notice-center.xyz', 'billing-notice-center.xyz', dkim_sel=None, dmarc_p='QUARANTINE')
p['dkims'] = []
build(38, 'spoofed-aws-account-suspended-billing', kind='unrelated', case=None, sv=False,
      frm=addr('Amazon Web Services', 'no-reply@amazon.com'), to=MARCO, date=d, prof=p,
      spf='fail', dmarc='fail', signed=False,
      subject='Your AWS account has been suspended - update your billing information',
      new="""Dear AWS Customer,

We were unable to charge your payment method for the latest invoice. Your AWS account and all running resources have been suspended.

To restore access, update your billing information within 24 hours:
https://aws-billing-restore.com/console/billing

Amazon Web Services Billing
""", cte='quoted-printable')

# ---- unrelated look-alikes --------------------------------------------------
d = D('2025-03-27 15:48:19 +0000'); p = ses(d)
build(39, 'seller-central-variation-listings-merged', kind='unrelated', case='8127740563', sv=True,
      frm=addr('Amazon Selling Partner Support', 'seller-notification@amazon.com'), to=MARCO, date=d, prof=p,
      subject='RE:[CASE 8127740563] Variation family merge request - SKU BX-2231',
      new="""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request to combine the parent ASINs B0C7XK21LM and B0C7XK9QPZ into a single variation family. I'm happy to let you know that the listings have been merged, and the child SKUs BX-2231-S, BX-2231-M and BX-2231-L now appear under B0C7XK21LM.

Please allow up to 24 hours for the change to show on the detail page.

Was this response helpful? Please use the links in Case Log to rate it.

Thank you for selling on Amazon,
Rohit K.
Amazon Selling Partner Support
https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=8127740563
""", cte='quoted-printable')

BILL_OPEN = D('2025-01-20 08:14:52 +0000'); BILL = case15(BILL_OPEN, 903)
d = D('2025-01-20 08:15:20 +0000'); p = ses(d)
build(40, 'aws-billing-case-consolidated-billing-opened', kind='unrelated', case=BILL, sv=True,
      frm=NOREPLY, to=TOMASZ, date=d, prof=p, provider='outlook',
      subject=f'Amazon Web Services: You have opened a new Support case: {BILL}',
      new=f"""Thank you for contacting Amazon Web Services. We have opened case {BILL} to address your issue.

The details of your case are as follows:

Case ID: {BILL}
Subject: Consolidated billing - linking a member account to our organization
Severity: General guidance
Service: Billing
Category: Organizations / Consolidated Billing

You will be notified by e-mail when we respond to your case. You can also view your case in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={BILL}&language=en

Sincerely,
Amazon Web Services
""", cte='quoted-printable')

d = D('2024-10-02 19:22:06 +0000'); p = ses(d)
build(41, 'aws-quota-increase-approved-corporate', kind='unrelated', case='13902278154', sv=None,
      frm=NOREPLY, to=AISHA, date=d, prof=p, provider=CORP,
      subject='RE:[CASE 13902278154] Limit Increase: EC2 Instances',
      new="""Hello,

Thank you for your patience. We've approved and processed your request to increase the Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota to 256 vCPUs in the EU (Frankfurt) region. It can sometimes take up to 30 minutes for this to take effect.

Now that the request is done, I'll set this case to resolved. If you need anything else on it, just reply through the Support Center.

Best regards,
Kristina H.
Amazon Web Services
""" + "\n" + RATE_FOOTER.format(cid='13902278154'), mode='plain', cte='quoted-printable')

REF_OPEN = D('2025-04-02 12:40:07 +0000'); REF = case15(REF_OPEN, 611)
d = D('2025-04-04 09:02:33 +0000'); p = ses(d)
build(42, 'aws-billing-refund-case-how-did-we-do', kind='unrelated', case=REF, sv=True,
      frm=NOREPLY, to=PRIYA, date=d, prof=p,
      subject=f'How did we do? Case {REF}: Duplicate charge on March invoice',
      new=f"""Hello,

Your AWS Support case {REF} ("Duplicate charge on March invoice", Billing) has been resolved.

Was your billing question answered?
  Yes: https://support.console.aws.amazon.com/support/feedback?displayId={REF}&a=yes
  No:  https://support.console.aws.amazon.com/support/feedback?displayId={REF}&a=no

Rate the help you got from Siddharth, from 1 to 5 stars, on the same page.

Amazon Web Services
""", cte='quoted-printable')

d = D('2025-06-10 14:00:12 +0000'); p = sendgrid(d, 'certmetrics.com', sub='mail')
build(43, 'certmetrics-wants-to-hear-from-you', kind='unrelated', case=None, sv=False,
      frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=PRIYA, date=d, prof=p,
      subject='AWS Certification wants to hear from you',
      new="""Hello Priya Raman,

AWS Certification is always looking for ways to improve the candidate experience. You recently used your certification account (candidate ID AWS11820563), and we'd like to know what you thought.

The survey takes about five minutes:
https://cp.certmetrics.com/amazon/en/survey/candidate-experience-2025

Thank you,
AWS Certification

This e-mail was sent on behalf of AWS Certification by CertMetrics. Please do not reply.
""", cte='quoted-printable')

d = D('2025-02-28 20:31:55 +0000'); p = sendgrid(d, 'certmetrics.com', sub='mail')
build(44, 'certmetrics-record-updated-recertified', kind='unrelated', case=None, sv=False,
      frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=MARCO, date=d, prof=p,
      subject='Your AWS Certification record has been updated',
      new="""Congratulations, Marco!

You have successfully recertified AWS Certified Developer – Associate. Your certification record (AWS44190286) has been updated with the new expiration date: February 28, 2028.

Your digital badge will be sent by Credly in a separate e-mail.

Sign in to view your certifications and benefits:
https://www.aws.training/Certification

AWS Certification
""", cte='base64')

d = D('2022-11-14 09:12:40 +0000')
p = generic(d, 'pearson.com', '159.182.9.44', 'mail-p1.pearsonvue.com', 'pearsonvueconfirmation@pearson.com', 'pearsonvue.com', dkim_sel='pvue2021', dmarc_p='REJECT')
build(45, 'pearson-vue-appointment-confirmation', kind='unrelated', case=None, sv=False,
      frm=addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), to=TOMASZ, date=d, prof=p, provider='outlook',
      subject='Confirmation of your AWS Certified Solutions Architect - Professional exam appointment',
      new="""Dear Tomasz Nowak,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Monday, December 5, 2022, 10:00 CET
Location: OnVUE online proctored
Registration ID: 482919733
AWS Candidate ID: AWS58213306

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE, on behalf of AWS Certification
""", cte='quoted-printable')

d = D('2024-09-11 16:03:01 +0000')
p = generic(d, 'signin.aws', '54.240.13.77', 'a13-77.smtp-out.amazonses.com', f'{ses_token(d)}@amazonses.com', 'email.amazonses.com', dkim_sel=alnum(32), dmarc_p='REJECT')
build(46, 'builder-id-verification-code-corporate', kind='unrelated', case=None, sv=None,
      frm=addr('AWS Builder ID', 'no-reply@signin.aws'), to=AISHA, date=d, prof=p, provider=CORP,
      subject='Verify your AWS Builder ID email address',
      new="""Hello,

To finish creating your AWS Builder ID, enter this verification code:

  730215

The code expires in 30 minutes. If you didn't try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
""", cte='quoted-printable')

d = D('2025-05-21 12:44:18 +0000')
p = generic(d, 'github.com', '192.30.252.207', 'out-24.smtp.github.com', 'noreply@github.com', 'github.com', dkim_sel='pf2023', dmarc_p='REJECT')
build(47, 'github-pr-merged-into-main', kind='unrelated', case=None, sv=False,
      frm=addr('Dana Okafor', 'notifications@github.com'), to=DANA, date=d, prof=p, provider='outlook',
      reply_to='acme/infra-modules <reply+ABCD7Q3XK2Y5N@reply.github.com>',
      subject='Re: [acme/infra-modules] Merge duplicate IAM account scripts (PR #482)',
      extra_hdrs=['List-ID: acme/infra-modules <infra-modules.acme.github.com>',
                  'X-GitHub-Reason: author'],
      new="""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/acme/infra-modules/pull/482#event-17742039911
You are receiving this because you authored the thread.
""", cte='7bit')

d = D('2024-12-03 10:05:59 +0000')
p = generic(d, 'gitlab.com', '198.61.254.240', 'mail-198-61-254-240.mg.gitlab.com', 'bounce+7c2a@mg.gitlab.com', 'mg.gitlab.com', dkim_sel='mailo', dmarc_p='REJECT')
build(48, 'gitlab-merge-request-was-merged', kind='unrelated', case=None, sv=False,
      frm=addr('GitLab', 'gitlab@mg.gitlab.com'), to=MARCO, date=d, prof=p,
      subject='Re: user-service | Consolidate duplicate accounts on login (!73)',
      new="""Merge request !73 was merged

Project: platform / user-service
Branch: feature/dedupe-accounts -> main
Author: Luca Ferri

Consolidate duplicate accounts on login (!73)
https://gitlab.com/platform/user-service/-/merge_requests/73

You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread: https://gitlab.com/-/sent_notifications/1f8c/unsubscribe
""", cte='quoted-printable')

d = D('2025-06-03 09:30:47 +0000'); p = sendgrid(d, 'credly.com')
build(49, 'credly-self-service-merge-code', kind='unrelated', case=None, sv=True,
      frm=addr('Credly', 'admin@credly.com'), to=PRIYA, date=d, prof=p,
      subject='Your Credly account merge code',
      new="""Hi Priya,

Someone (hopefully you) asked to merge another Credly account into this one.

Your verification code is: 736104

Enter it on the Account Merge page, or select the button below to finish:
Complete Account Merge: https://www.credly.com/account_merges/confirm?token=6e1f0c

The code is valid for 24 hours. If you didn't request this, you can ignore this e-mail; nothing will change.

The Credly Team
""", brand='credly', cte='quoted-printable')

d = D('2025-03-01 14:12:09 +0000'); p = sendgrid(d, 'credly.com')
build(50, 'credly-badge-expires-in-90-days', kind='unrelated', case=None, sv=True,
      frm=CREDLY(), to=DANA, date=d, prof=p, provider='outlook',
      subject='Your AWS Certified Cloud Practitioner badge expires in 90 days',
      new="""Hi Dana,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, expires on May 30, 2025.

To keep it current, recertify before that date. Details are on the issuer's website:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/badges/b07c55d1-4f0e-4a2b-8d86-3a19e0f6a2c1

Credly
""", brand='credly', cte='quoted-printable')

d = D('2025-05-15 16:00:04 +0000'); p = ses(d)
build(51, 'aws-training-newsletter-bring-skills-together', kind='unrelated', case=None, sv=True,
      frm=addr('AWS Training and Certification', 'aws-training-certification@amazon.com'), to=PRIYA, date=d, prof=p,
      subject='Bring your cloud skills together: new exam prep plans for May',
      extra_hdrs=['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html?id=9f21>',
                  'List-Unsubscribe-Post: List-Unsubscribe=One-Click'],
      new="""New this month on AWS Skill Builder

- Exam Prep Plan: AWS Certified AI Practitioner (free)
- Hands-on lab: Build a serverless data pipeline
- Webinar, June 4: Getting ready for the Solutions Architect – Professional exam

Already certified? Your 50% discount voucher for your next exam is waiting in your AWS Certification account under Benefits.

Explore now: https://skillbuilder.aws/

You are receiving this e-mail because you subscribed to AWS Training and Certification updates. Unsubscribe: https://pages.awscloud.com/unsubscribe.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""", cte='quoted-printable')

d = D('2024-07-08 11:27:16 +0000'); p = ses(d)
build(52, 'seller-central-case-created', kind='unrelated', case='9935512048', sv=True,
      frm=addr('Amazon Seller Central', 'seller-notification@amazon.com'), to=MARCO, date=d, prof=p,
      subject='Thank you for contacting Amazon Selling Partner Support [CASE 9935512048]',
      new="""Hello,

Thank you for contacting Amazon Selling Partner Support. Your case ID is 9935512048.

Subject: Merge two seller accounts after company restructuring

We will respond within 24 hours. You can follow the case at any time in Case Log:
https://sellercentral.amazon.it/cu/case-lobby

Amazon Selling Partner Support
""", mode='plain', cte='7bit')

# ---- remaining boundary mails ---------------------------------------------------
DUP_OPEN = D('2025-05-27 20:31:05 +0000'); DUP = case15(DUP_OPEN, 31)
d = D('2025-05-28 02:10:44 +0000'); p = ses(d)
build(53, 'second-submission-same-request-continue-there', kind='support_reply', case=DUP, sv=True,
      frm=FORM, to=PRIYA, date=d, prof=p,
      subject=f'RE:[CASE {DUP}] {A_SUBJ}',
      new=f"""Hello Priya,

Thank you for reaching out again. I can see that this request is already with one of my colleagues under reference {A}, and your reply with the corrected number reached him yesterday.

To avoid two people working on the same thing, we will continue in that conversation only. He will write to you there; you do not need to reply to this one.

Kind regards,
Mirela
AWS Training and Certification
""",
      quoted=f"""-----Original Message-----
From: priya.raman.dev@gmail.com
Sent: 2025-05-27 20:31 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

AWS candidate ID: AWS03928417
Description: Resending in case my e-mail reply didn't arrive: the correct number of my old profile is AWS03928417 and it should go into AWS11820563.
""", mode='plain', cte='quoted-printable')

K = '12650039417'
KENJI = addr('Kenji Sato', 'kenji.sato.1987@gmail.com')
d = D('2021-08-19 04:47:21 +0000'); p = ses(d)
build(54, 'which-should-remain-japanese-quote-header', kind='support_reply', case=K, sv=True,
      frm=FORM, to=KENJI, date=d, prof=p,
      subject=f'RE:[CASE {K}] [AWS Training and Certification Form Submission] - account-assistance',
      new="""Hello Kenji,

Thanks for the details, that helps a lot.

One more thing before I can pass this on: which of the two should remain yours going forward? The one you used for the exam in July (AWS27760314) has the newer certification, but the older one holds your Cloud Practitioner history. Either choice keeps everything; it only decides which sign-in you'll use afterwards.

Also, could you tell me briefly why you ended up with two? (A short reason is enough, e.g. new employer e-mail.)

Best regards,
Hannah
AWS Training and Certification
""",
      quoted="""-----Original Message-----
From: Kenji Sato <kenji.sato.1987@gmail.com>
Sent: Wednesday, August 18, 2021 2:15 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE] [AWS Training and Certification Form Submission] - account-assistance

Hello,

The login e-mail for AWS27760314 is kenji.sato.1987@gmail.com and for AWS10338825 it is k.sato@mitsuya-denki.co.jp.

Regards,
Kenji Sato

2021年8月18日(水) 8:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> Hello Kenji,
>
> Could you please let me know the sign-in e-mail address of AWS27760314 and
> of AWS10338825?
""", cte='quoted-printable')

d = D('2023-03-10 15:36:09 +0000'); p = ses(d)
build(55, 'approval-noted-but-exam-booked-first', kind='support_reply', case=F, sv=True,
      frm=FORM, to=DANA, date=d, prof=p, provider='outlook',
      subject=f'RE:[CASE {F}] {F_SUBJ}',
      new="""Dear Dana,

Thank you for the approval.

Before our back office can bring the two records together there is one obstacle: aws 58820931 has an exam booked on 18 March through Pearson VUE, and a profile with an upcoming appointment cannot be altered. We will therefore wait until the exam has been taken.

As soon as the result is posted we will carry out the change and write to you again. Nothing is required from your side meanwhile, and please do not reschedule the exam because of this.

With regards,
Oleksandr
AWS Training and Certification
""",
      quoted="""________________________________
From: Dana Okafor <dana.okafor@outlook.com>
Sent: Thursday, March 9, 2023 6:20 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE] [AWS Training and Certification Form Submission] - account-assistance

Approved.

> Source account:  AWS-40021187  (dana.okafor@outlook.com)
> Target account:  AWS 58820931  (d.okafor.mensah@yahoo.com), this one is kept
""", cte='quoted-printable')

d = D('2022-10-05 21:05:40 +0000'); p = ses(d)
build(56, 'rate-the-latest-correspondence', kind='survey', case=B, sv=True,
      frm=NOREPLY, to=TOMASZ, date=d, prof=p, provider='outlook',
      subject=f'How would you rate our latest response on case {B}?',
      new=f"""Hello,

Yesterday Ankit S. replied on your case {B} ("{B_SUBJ}").

How would you rate that response? Your rating helps us recognise good work and spot where we can do better.

  Excellent  https://support.console.aws.amazon.com/support/rate?displayId={B}&r=5
  Good       https://support.console.aws.amazon.com/support/rate?displayId={B}&r=4
  Fair       https://support.console.aws.amazon.com/support/rate?displayId={B}&r=3
  Poor       https://support.console.aws.amazon.com/support/rate?displayId={B}&r=1

This only takes a click and does not change anything on your case.

Amazon Web Services
""", cte='quoted-printable')

Y_OPEN = D('2024-04-09 06:31:20 +0000'); Y = case15(Y_OPEN, 774)
YUKI = addr('Yuki Mori', 'mori.yuki@ocn.ne.jp')
d = D('2024-04-10 03:15:58 +0000'); p = ses(d)
Y_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="{CSS}">
<div style="padding:16px 20px">
<p>Hi Yuki,</p>
<p>We're nearly there! Before anything is changed, please check the table below. It shows how your certification profiles will look afterwards.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #aab7b8">
<tr style="background:#eaeded"><th align="left">Profile</th><th align="left">Sign-in e-mail</th><th align="left">After the change</th></tr>
<tr><td>AWS81239406</td><td>y.mori@kanto-soft.co.jp</td><td>Retired; its certifications and history move to AWS15502287</td></tr>
<tr><td>AWS15502287</td><td>mori.yuki@ocn.ne.jp</td><td><b>Remains active</b></td></tr>
</table>
<p>Please note that a retired profile cannot be brought back.</p>
<p>If the table is right, reply with &quot;OK to proceed&quot; in the Support Center and we'll take it from there. If anything is wrong, just tell us what to change.</p>
<p>Best regards,<br>Camila R.<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078">To contact us again about this case, please return to the Support Center: <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={Y}&amp;language=en">https://support.console.aws.amazon.com/support/home#/case/?displayId={Y}</a>. This mailbox does not accept replies.</p>
</div>
<hr>
<div style="color:#545b64">
<p><b>Yuki Mori</b> wrote on 2024-04-09 06:31 UTC:</p>
<blockquote style="border-left:2px solid #aab7b8;margin:0;padding-left:10px">
I have two certification profiles, AWS81239406 (old company) and AWS15502287 (private). I also found AWS99010023 when searching with my name, but I don't think it's mine. Please make it one profile.
</blockquote></div>
</body></html>
"""
build(57, 'table-of-how-profiles-will-look-html-only', kind='merge_confirmation_requested', case=Y, sv=True,
      frm=NOREPLY, to=YUKI, date=d, prof=p, provider='ocn',
      subject=f'RE:[CASE {Y}] Two certification profiles',
      new='We are nearly there. AWS81239406 y.mori@kanto-soft.co.jp Retired; its certifications and history move to AWS15502287. AWS15502287 mori.yuki@ocn.ne.jp Remains active. If the table is right, reply with OK to proceed.',
      html=Y_HTML, mode='html', cte='quoted-printable')

d = D('2023-03-23 10:48:27 +0000'); p = ses(d)
build(58, 'exam-done-records-together-closing-wrong-charset', kind='merge_completed', case=F, sv=True,
      frm=FORM, to=DANA, date=d, prof=p, provider='outlook',
      subject=f'RE:[CASE {F}] {F_SUBJ}',
      new="""Dear Dana,

Congratulations on your exam – the result is now posted, and I’m glad to tell you that the two accounts have been brought together: everything now sits under AWS58820931, and AWS-40021187 no longer exists as a separate account.

Since nothing else is outstanding, I’m closing this case now. You may receive a short questionnaire about our service; we’d appreciate your feedback.

With regards,
Oleksandr
AWS Training and Certification
""", mode='plain', wrong_label='iso-8859-1', cte='quoted-printable')

d = D('2024-04-09 06:31:49 +0000'); p = ses(d)
build(59, 'console-support-case-created-ocn', kind='case_created', case=Y, sv=True,
      frm=NOREPLY, to=YUKI, date=d, prof=p, provider='ocn',
      subject=f'Amazon Web Services: You have opened a new Support case: {Y}',
      new=f"""Hello,

A support case has been created for you. We'll be in touch through the Support Center as soon as someone from the team has looked at it.

Case ID: {Y}
Subject: Two certification profiles
Severity: General guidance

Follow the case, or add details, here:
https://support.console.aws.amazon.com/support/home#/case/?displayId={Y}&language=en

Please don't reply to this e-mail; this address cannot accept incoming mail.

Amazon Web Services
""", cte='base64')

d = D('2019-11-19 22:04:51 +0000'); p = sendgrid(d, 'youracclaim.com')
build(60, 'acclaim-badge-waiting-2019', kind='credly_badge_issued', case=None, sv=True,
      frm=addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'), to=HIRO_J, date=d, prof=p, provider='nifty',
      subject='Hiroshi, a badge from Amazon Web Services Training and Certification is waiting for you',
      new="""Hi Hiroshi,

Amazon Web Services Training and Certification has given you a badge for:

AWS Certified SysOps Administrator - Associate

This badge was sent to h-tanaka@nifty.com because your certification record was moved to this e-mail address. Accept it to show it on your Acclaim profile and share it.

Accept your badge: https://www.youracclaim.com/badges/1d2e7f08-55aa-4c3e-b0c1-7e9a0b6fd4e2/accept

Acclaim, by Credly
""", brand='credly', cte='quoted-printable')

# === MAILS END ===

# ------------------------------------------------------------- output + checks
def decoded_text(msg):
    out = []
    for k in ('Subject', 'From', 'To'):
        if msg[k]:
            out.append(str(make_header(decode_header(msg[k]))))
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            payload = part.get_payload(decode=True) or b''
            cs = part.get_content_charset() or 'us-ascii'
            try:
                out.append(payload.decode(cs, 'replace'))
            except LookupError:
                out.append(payload.decode('utf-8', 'replace'))
    return '\n'.join(out)

def topmost_ar_verdict(msg):
    ars = msg.get_all('Authentication-Results') or []
    if not ars:
        return None
    return ars[0]

def main():
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    labels = {}
    problems = []
    for fname, raw, label in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(raw)
        labels[fname] = label
        msg = email.message_from_bytes(raw)
        txt = decoded_text(msg)
        for a in label['account_ids']:
            if a not in {'AWS' + x for x in ID_RE.findall(txt)}:
                problems.append(f'{fname}: id {a} not in decoded text')
        if label['case_id'] and label['case_id'] not in re.sub(r'[\s-]', '', txt) and label['case_id'] not in txt:
            problems.append(f'{fname}: case {label["case_id"]} not in text')
        ar = topmost_ar_verdict(msg)
        if (ar is None) != (label['sender_verified'] is None):
            problems.append(f'{fname}: AR presence vs sv mismatch')
        if msg.defects:
            problems.append(f'{fname}: defects {msg.defects}')
    with open(os.path.join(OUT, 'labels.json'), 'w') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    from collections import Counter
    print(len(MAILS), 'mails', dict(Counter(l['kind'] for _, _, l in MAILS)))
    for p in problems:
        print('PROBLEM', p)

if __name__ == '__main__':
    main()
