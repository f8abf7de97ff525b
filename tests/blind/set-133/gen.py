#!/usr/bin/env python3
"""Generator for blind set 133: AWS Certification account-merge mail (and look-alikes)."""
import base64, quopri, random, json, os, io, string
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import format_datetime
from email.generator import BytesGenerator

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(13301)
MAILS = []

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
CDT = timezone(timedelta(hours=-5))
CST = timezone(timedelta(hours=-6))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
BST = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened):
    return f"{int(opened.timestamp())}{R.randint(0, 99999):05d}"


def b64r(n):
    return ''.join(R.choice(string.ascii_letters + string.digits + '+/') for _ in range(n))


def hexr(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n):
    return ''.join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


PYCS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
        'windows-1252': 'cp1252', 'iso-8859-1': 'latin-1', 'us-ascii': 'ascii',
        'euc-jp': 'euc_jp'}
CSLABEL = {'utf-8': 'UTF-8', 'iso-2022-jp': 'ISO-2022-JP', 'shift_jis': 'Shift_JIS',
           'windows-1252': 'windows-1252', 'iso-8859-1': 'ISO-8859-1',
           'us-ascii': 'us-ascii', 'euc-jp': 'EUC-JP'}


def text(body, sub='plain', cs='utf-8', cte='quoted-printable', label=None, enc=None):
    """A text part. cs = real encoding of the bytes; label = charset written in the header."""
    raw = body.encode(enc or PYCS[cs])
    m = Message()
    m['Content-Type'] = f'text/{sub}; charset="{label or CSLABEL[cs]}"'
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        pl = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        pl = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        pl = raw.decode('ascii')
    else:
        raise ValueError(cte)
    m.set_payload(pl)
    return m


def multi(*parts, sub='alternative'):
    m = MIMEMultipart(sub)
    m.set_boundary('----=_Part_%d_%d.%d' % (R.randint(10000, 99999), R.randint(100000000, 999999999), R.randint(10**12, 10**13 - 1)))
    for p in parts:
        m.attach(p)
    return m


def H(s, cs='utf-8'):
    return Header(s, cs)


def addr(name, email, cs='utf-8'):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@'):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    return Header(name, cs).encode() + f' <{email}>'


def ses_msgid(d, region='email'):
    ms = int(d.timestamp() * 1000) + R.randint(100, 900)
    return f"<0100{ms:012x}-{hexr(8)}-{hexr(4)}-{hexr(4)}-{hexr(4)}-{hexr(12)}-000000@{region}.amazonses.com>"


def dkim_sig(d, s, t, h='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={int(t.timestamp())};\n"
            f"\th={h};\n\tbh={b64r(43)}=;\n\tb={b64r(70)}\n\t{b64r(70)}\n\t{b64r(30)}=")


# ---------------------------------------------------------------- senders
class Snd:
    def __init__(self, dom, mailfrom, ip, helo, dkims, spfdom=None):
        self.dom, self.mailfrom, self.ip, self.helo, self.dkims = dom, mailfrom, ip, helo, dkims
        self.spfdom = spfdom or mailfrom.split('@')[1]


def ses(d, region='us-west-2'):
    a, b = R.choice([(8, R.randint(1, 60)), (48, R.randint(1, 200)), (11, R.randint(1, 90))]), None
    ip = f"54.240.{a[0]}.{a[1]}"
    helo = f"a{a[0]}-{a[1]}.smtp-out.{region}.amazonses.com"
    ms = int(d.timestamp() * 1000)
    mf = f"0101{ms:012x}-{hexr(8)}-{hexr(4)}-{hexr(4)}-{hexr(4)}-{hexr(12)}-000000@{region}.amazonses.com"
    return Snd('amazon.com', mf, ip, helo,
               [('amazon.com', 'rlntogby6xsvbnhn5ygrsnxr6q6wkdpc'), ('amazonses.com', 'gdwg2y3kokkkj5a55z2ilkup5wp5hhxx')])


def credly(d):
    n = R.randint(10, 250)
    return Snd('credly.com', f"bounces+{R.randint(1000000, 9999999)}-{hexr(4)}-{{to}}@em.credly.com",
               f"149.72.{R.randint(100, 250)}.{n}", f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.em.credly.com",
               [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')])


def plain_snd(dom, mailfrom, ip, helo, sel='selector1', extra=()):
    return Snd(dom, mailfrom, ip, helo, [(dom, sel)] + list(extra))


# ---------------------------------------------------------------- receivers
def rcv_headers(prov, snd, to, d, dmarc='pass', dkim='pass', spf='pass', auth=True, fromdom=None):
    """Trace headers added by the receiving provider, topmost first."""
    fromdom = fromdom or snd.dom
    out = []
    d1 = d + timedelta(seconds=R.randint(1, 6))
    mf = snd.mailfrom.replace('{to}', to.replace('@', '='))
    dk0 = snd.dkims[0][0] if snd.dkims else fromdom
    if prov == 'gmail':
        loc = d1.astimezone(PDT if d1.month in range(3, 12) else PST)
        out.append(('Received', f"by 2002:a05:{hexr(4)}:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {alnum(3).lower()}csp{R.randint(100000, 999999)}{alnum(3).lower()};\n        {format_datetime(loc)} ({'PDT' if loc.utcoffset() == timedelta(hours=-7) else 'PST'})"))
        if auth:
            pol = 'QUARANTINE' if fromdom.endswith('amazon.com') else ('REJECT' if fromdom in ('credly.com', 'github.com') else 'NONE')
            out.append(('Authentication-Results',
                        f"mx.google.com;\n" + (f"       dkim={dkim} header.i=@{dk0} header.s={snd.dkims[0][1] if snd.dkims else 'default'} header.b={alnum(8)};\n" if dkim != 'none' else "") +
                        f"       spf={spf} (google.com: domain of {mf} {'designates' if spf == 'pass' else 'does not designate'} {snd.ip} as permitted sender) smtp.mailfrom={mf};\n"
                        f"       dmarc={dmarc} (p={pol} sp={pol} dis={'NONE' if dmarc == 'pass' or pol == 'NONE' else pol}) header.from={fromdom}"))
            out.append(('Received-SPF', f"{spf} (google.com: domain of {mf} {'designates' if spf == 'pass' else 'does not designate'} {snd.ip} as permitted sender) client-ip={snd.ip};"))
        out.append(('Received', f"from {snd.helo} ({snd.helo}. [{snd.ip}])\n        by mx.google.com with ESMTPS id {alnum(20).lower()}.{R.randint(10, 99)}.{loc.year}.{loc.month:02d}.{loc.day:02d}.{loc.hour:02d}.{loc.minute:02d}.{loc.second:02d}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {format_datetime(loc)} ({'PDT' if loc.utcoffset() == timedelta(hours=-7) else 'PST'})"))
    elif prov in ('outlook', 'o365'):
        srv = f"{R.choice(['SA1PR', 'BN0PR', 'CH3PR', 'DM6PR', 'TYCPR', 'OS3PR'])}{R.randint(10, 19)}MB{R.randint(1000, 9999)}.namprd{R.randint(10, 20)}.prod.outlook.com"
        eop = f"{R.choice(['BN2PEPF', 'SN1PEPF', 'TY2PEPF', 'CO1PEPF'])}0000{R.randint(4000, 9999)}.namprd{R.randint(10, 20)}.prod.outlook.com"
        out.append(('Received', f"from {eop} (2603:10b6:{hexr(3)}:{hexr(3)}::{hexr(2)}) by\n {srv} (2603:10b6:{hexr(3)}:{hexr(3)}::{hexr(2)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}; {format_datetime(d1.astimezone(UTC)).replace('+0000', '+0000')}"))
        if auth:
            comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000'
            act = 'none' if dmarc == 'pass' else 'quarantine'
            out.append(('Authentication-Results',
                        f"spf={spf} (sender IP is {snd.ip})\n smtp.mailfrom={mf.split('@')[1]}; dkim={dkim} (signature was verified)\n header.d={dk0};dmarc={dmarc} action={act}\n header.from={fromdom};compauth={comp}"))
            out.append(('Received-SPF', f"Pass (protection.outlook.com: domain of {mf.split('@')[1]} designates\n {snd.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={snd.ip}; helo={snd.helo}; pr=C" if spf == 'pass' else
                        f"Fail (protection.outlook.com: domain of {mf.split('@')[1]} does not designate\n {snd.ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={snd.ip}; helo={snd.helo};"))
        out.append(('Received', f"from {snd.helo} ({snd.ip}) by\n {eop} ({eop.split('.')[0].lower()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend Transport; {format_datetime(d.astimezone(UTC))}"))
    elif prov in ('nifty', 'biglobe', 'ocn', 'sakura'):
        host = {'nifty': 'mta-snd-w0%d.mail.nifty.com', 'biglobe': 'mfilter%02d.biglobe.ne.jp',
                'ocn': 'mfsmax%02d.ocn.ad.jp', 'sakura': 'www%d.sakura.ne.jp'}[prov] % R.randint(1, 9)
                # authserv-id of the Japanese providers
        authid = {'nifty': 'mx.nifty.com', 'biglobe': 'mfilter.biglobe.ne.jp', 'ocn': 'ocn.ad.jp', 'sakura': 'sakura.ne.jp'}[prov]
        loc = d1.astimezone(JST)
        if auth:
            out.append(('Authentication-Results', f"{authid};\n\tspf={spf} smtp.mailfrom={mf};\n\tdkim={dkim}{(' header.d=' + dk0 + ' header.s=' + snd.dkims[0][1]) if snd.dkims and dkim != 'none' else ''};\n\tdmarc={dmarc} header.from={fromdom}"))
        out.append(('Received', f"from {snd.helo} ({snd.helo} [{snd.ip}])\n\tby {host} with ESMTPS id <{alnum(24)}@{host}>\n\tfor <{to}>; {format_datetime(loc)}"))
    elif prov == 'rspamd':
        host = 'mail.' + to.split('@')[1]
        loc = d1.astimezone(d.tzinfo)
        if auth:
            out.append(('Authentication-Results', f"{host};\n\tdkim={dkim} header.d={dk0} header.s={snd.dkims[0][1] if snd.dkims else 'default'} header.b={alnum(8)};\n\tspf={spf} (mail.{to.split('@')[1]}: domain of \"{mf}\" designates {snd.ip} as permitted sender) smtp.mailfrom=\"{mf}\";\n\tdmarc={dmarc} reason=\"{'SPF and DKIM alignment' if dmarc == 'pass' else 'No valid SPF, No valid DKIM'}\" header.from={fromdom} (policy={'quarantine' if fromdom.endswith('amazon.com') else 'none'})"))
        out.append(('Received', f"from {snd.helo} ({snd.helo} [{snd.ip}])\n\tby {host} (Postfix) with ESMTPS id {hexr(10).upper()}\n\tfor <{to}>; {format_datetime(loc)}"))
    elif prov == 'local':  # self-hosted / exported mailbox, no Authentication-Results
        loc = d1.astimezone(d.tzinfo)
        out.append(('Received', f"from {snd.helo} ({snd.helo} [{snd.ip}])\n\tby mail.{to.split('@')[1]} (Postfix) with ESMTPS id {hexr(10).upper()}\n\tfor <{to}>; {format_datetime(loc)}"))
    else:
        raise ValueError(prov)
    return out


def emit(n, slug, label, body, *, date, frm, to, subject, prov, snd, dmarc='pass', dkim='pass', spf='pass',
         auth=True, fromdom=None, msgid=None, irt=None, refs=None, cc=None, extra=(), reply_to=None,
         sign=True, pre=(), post=(), rcpt=None):
    hdrs = []
    hdrs += list(pre)
    hdrs += rcv_headers(prov, snd, rcpt or (to if isinstance(to, str) and '<' not in to else to.split('<')[1].rstrip('>')), date,
                        dmarc=dmarc, dkim=dkim, spf=spf, auth=auth, fromdom=fromdom)
    hdrs += list(post)
    if sign:
        for dd, sel in snd.dkims:
            hdrs.append(('DKIM-Signature', dkim_sig(dd, sel, date)))
    hdrs.append(('Date', format_datetime(date)))
    hdrs.append(('From', frm))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('Message-ID', msgid or ses_msgid(date)))
    if irt:
        hdrs.append(('In-Reply-To', irt))
    if refs:
        hdrs.append(('References', refs))
    hdrs.append(('Subject', subject))
    hdrs += list(extra)
    content = list(body.items())
    for k in {k for k, _ in content}:
        del body[k]
    for k, v in hdrs:
        if isinstance(v, Header):
            v = v.encode(maxlinelen=76)
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in content:
        if k.lower() != 'mime-version':
            body[k] = v
    name = f"{n:03d}-{slug}.eml"
    MAILS.append((name, body, label))
    return body


def L(kind, case, ids, ver, lang):
    return {"kind": kind, "case_id": case, "account_ids": sorted(set(ids)), "sender_verified": ver, "language": lang}


# ---------------------------------------------------------------- quoting helpers
def gq(line, txt):
    return line + '\n' + '\n'.join(('> ' + l) if l else '>' for l in txt.split('\n'))


def jq(line, txt):
    return line + '\n' + '\n'.join(('> ' + l) if l else '>' for l in txt.split('\n'))


def olk(frm, sent, to, subj, txt, rule=True):
    head = ('________________________________\n' if rule else '') + f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n"
    return head + txt


def olk_ja(frm, sent, to, subj, txt):
    return f"差出人: {frm}\n送信日時: {sent}\n宛先: {to}\n件名: {subj}\n\n" + txt


FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSNAME = 'Amazon Web Services'
FORMSUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ================================================================ MAILS

# ---------------- Story A: Emily Carter, form case, Outlook.com (en) ----------------
EM = 'emily.carter88@outlook.com'
EM_FULL = addr('Emily Carter', EM)
A_OPEN = T(2025, 3, 11, 14, 5, 12)
A_CASE = case15(A_OPEN)
A_KEEP, A_OLD = 'AWS38215570', 'AWS90412236'
A_SUBJ = f"[CASE {A_CASE}] {FORMSUBJ}"

# 001 case_created: form-desk acknowledgement, paraphrased, echoes the submission
d = A_OPEN + timedelta(seconds=41)
body = f"""Hello,

This is an automated note to let you know that your message to AWS Training and
Certification reached us and has been given reference number {A_CASE}. Please keep
this number handy; quoting it in anything you send us later helps us pull up your
history straight away.

One of our team will read what you sent and write back to you, normally within one
business day.

There is no need to fill in the form again. A second submission on the same topic
starts a separate ticket and tends to slow things down rather than speed them up.

What you told us:
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: {A_KEEP}
  Preferred language: English

Kind regards,
AWS Training and Certification Customer Support
"""
emit(1, 'form-desk-reference-number', L('case_created', A_CASE, [A_KEEP], True, 'en'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=EM, subject=A_SUBJ, prov='outlook', snd=ses(d))

# 002 support_reply: agent with a question at the end, asks which profile to keep
d = T(2025, 3, 12, 16, 22, 5)
body = f"""Hi Emily,

Thanks for reaching out to AWS Training and Certification. My name is Dana and I'll be
looking after your request.

I was able to find two candidate profiles that look like they belong to you:
{A_KEEP}, which signs in with {EM}, and {A_OLD}, which signs in with
e.carter@northwind-logistics.com. Your exam history is currently split between them.
Everything can be brought together, but only one of the two will carry on afterwards
and the other will stop working.

Which of these two would you like to keep signing in with from now on?

Best regards,
Dana R.
Amazon Web Services
"""
emit(2, 'which-profile-to-keep', L('support_reply', A_CASE, [A_KEEP, A_OLD], True, 'en'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=EM, subject='RE:' + A_SUBJ, prov='outlook', snd=ses(d))
A_DANA = body

# 003 merge_confirmation_requested: numbered-list agent; user's answer quoted Outlook-style below
d = T(2025, 3, 13, 15, 47, 30)
user_a1 = f"""Hi Dana,

Please keep {A_KEEP}, that's my personal address and I won't lose access to it if I change jobs.

Thanks,
Emily"""
body = f"""Hello Emily,

Thank you for letting us know. Before anything is changed, please read through the
following:

1. Profile that stays active: {A_KEEP} ({EM}).
2. Profile whose exam history, certifications and benefits move across into it:
   {A_OLD} (e.carter@northwind-logistics.com).
3. Once the move is done, {A_OLD} is closed and can no longer be signed in to.
4. The change is permanent. We are not able to split the profiles apart again later.
5. If every line above is right, a short reply to this e-mail saying so is all we
   need from you to go ahead.

Regards,
Priya
Amazon Web Services

""" + olk(f"Emily Carter <{EM}>", "Wednesday, March 12, 2025 7:03 PM",
          f"Amazon Web Services <{FORM}>", 'RE:' + A_SUBJ, user_a1)
emit(3, 'numbered-points-before-change', L('merge_confirmation_requested', A_CASE, [A_KEEP, A_OLD], True, 'en'),
     text(body, cte='base64'), date=d, frm=addr(AWSNAME, FORM), to=EM, subject='RE:' + A_SUBJ, prov='outlook', snd=ses(d))
A_PRIYA = body.split('\n\n________________________________')[0]

# 004 support_reply: "thanks, handed to the team" -- not done yet; question at the end
d = T(2025, 3, 14, 13, 9, 44)
user_a2 = "The details are correct. Please proceed with the merge.\n\nEmily"
body = f"""Hi Emily,

Thanks for getting back to us so quickly, that's everything I needed. I've passed your
request to the team that carries out these changes, and they'll move the records from
{A_OLD} over to {A_KEEP}. This usually takes one to three business days, and we'll
write to you again when they're finished.

Until then, please hold off on booking a new exam under either profile. Is there
anything else about your certifications you'd like me to look into while this is
underway?

Dana R.
Amazon Web Services

""" + olk(f"Emily Carter <{EM}>", "Thursday, March 13, 2025 8:15 PM",
          f"Amazon Web Services <{FORM}>", 'RE:' + A_SUBJ,
          user_a2 + "\n\n" + olk(f"Amazon Web Services <{FORM}>", "Thursday, March 13, 2025 10:47 AM",
                                 f"Emily Carter <{EM}>", 'RE:' + A_SUBJ, A_PRIYA.replace(A_KEEP, 'AWS 38215570'), rule=False))
emit(4, 'passed-to-the-team', L('support_reply', A_CASE, [A_KEEP, A_OLD], True, 'en'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=EM, subject='RE:' + A_SUBJ, prov='outlook', snd=ses(d))

# 005 merge_completed: one-long-paragraph agent; the earlier request quoted underneath
d = T(2025, 3, 17, 19, 2, 11)
body = (f"Hello Emily, I'm writing to let you know that the work on your request is finished: the exam history, "
        f"the certifications and the 50% exam voucher that used to sit on {A_OLD} are now all recorded against "
        f"{A_KEEP}, which is the profile to use from here on, and the login tied to e.carter@northwind-logistics.com "
        f"has been switched off, so it will no longer open a profile at all; it can take up to a day for the "
        f"Certification Account page to show everything in one place, and if your Credly badges have not turned up "
        f"under the right account within a few days, just reply here and we'll chase it for you, otherwise there is "
        f"nothing more you need to do.\n\nKind regards,\nMarcus\nAmazon Web Services\n\n"
        f"Was this reply helpful? Let us know: https://aws.amazon.com/survey/tc?caseId={A_CASE}&r=1\n\n"
        + gq(f"On Thu, Mar 13, 2025 at 10:47 AM Amazon Web Services <{FORM}> wrote:", A_PRIYA))
emit(5, 'records-now-under-one-profile', L('merge_completed', A_CASE, [A_KEEP, A_OLD], True, 'en'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=EM, subject='RE:' + A_SUBJ, prov='outlook', snd=ses(d))

# 006 credly_badge_issued
d = T(2025, 3, 19, 11, 30, 2)
plain = """Emily, Amazon Web Services Training and Certification has sent you a badge.

AWS Certified Developer - Associate

It's waiting on your Credly profile. Claim it to show it off and share it with your network:
https://www.credly.com/earner/earned/badge/5e1b7c0a-92d4-4f1e-b6a3-0c9d2e7f4a81

You're receiving this because a badge was sent to emily.carter88@outlook.com.
Credly, 10 Exchange Place, Jersey City, NJ
"""
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://images.credly.com/size/110x110/images/aws-developer-associate.png" alt="">
<h2 style="color:#1a1a1a">Emily, you have a new badge to claim</h2>
<p>Amazon Web Services Training and Certification sent you<br><strong>AWS Certified Developer &ndash; Associate</strong></p>
<p><a href="https://www.credly.com/earner/earned/badge/5e1b7c0a-92d4-4f1e-b6a3-0c9d2e7f4a81" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Claim badge</a></p>
<p style="font-size:11px;color:#777">Credly, 10 Exchange Place, Jersey City, NJ</p>
</td></tr></table></body></html>"""
emit(6, 'badge-waiting-to-claim', L('credly_badge_issued', None, [], True, 'en'),
     multi(text(plain), text(html, 'html')), date=d,
     frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), to=EM,
     subject='Emily, Amazon Web Services Training and Certification sent you a badge', prov='outlook', snd=credly(d),
     msgid=f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>")


# ---------------- Story B: Kenji Watanabe, console case in Japanese, Gmail (ja) ----------------
KW = 'kenji.watanabe.dev@gmail.com'
B_OPEN = T(2025, 5, 27, 23, 40, 18)
B_CASE = case15(B_OPEN)
B_KEEP, B_OLD = 'AWS52037781', 'AWS60918342'
B_SUBJ = '認定アカウントの統合について'
CONSOLE_JA_FOOT = f"""
このメールは送信専用アドレスから送信されています。ご返信いただいても対応いたしかねますので、
ケースへのご返信はサポートセンターからお願いいたします。
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja
"""

# 007 case_created (console, ISO-2022-JP, encoded-word subject split over lines)
d = B_OPEN + timedelta(seconds=26)
body = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様からお寄せいただいた内容について、ケース {B_CASE} として対応を開始いたしました。
担当者からのご連絡は、サポートセンターおよびご登録のメールアドレス宛てにお届けします。

ケース ID: {B_CASE}
件名: {B_SUBJ}
重大度: 一般的なガイダンス
お問い合わせの種類: アカウントおよび請求

追加の情報や添付ファイルは、サポートセンターの該当ケースからいつでもお送りいただけます。
""" + CONSOLE_JA_FOOT + "\nAmazon Web Services\n"
emit(7, 'console-uketsuke', L('case_created', B_CASE, [], True, 'ja'),
     text(body, cs='iso-2022-jp', cte='7bit'), date=d, frm=addr(AWSNAME, NOREPLY), to=KW,
     subject=H(f'Amazon Web Services: サポートケース {B_CASE} の受付が済みましたのでお知らせいたします', 'iso-2022-jp'),
     prov='gmail', snd=ses(d, 'us-east-1'))

# 008 support_reply: keigo with taigen-dome, asks for missing information
d = T(2025, 5, 29, 1, 12, 40)
body = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポート、佐藤でございます。
このたびのお問い合わせ、確かに拝受。

お客様ご提示の候補者 ID AWS 52037781 のほか、同一のお名前で登録された別アカウントの存在を把握。
ただし、そちらがお客様ご本人のものであるかの判断材料が不足している状況。

つきましては、以下のご提供のお願い。
・もう一方のアカウントへのサインインにお使いのメールアドレス
・各アカウントの通知先メールアドレス
・今後お使いになるアカウントのご希望

ご回答は、サポートセンターの該当ケースからのご入力にて。
引き続き、どうぞよろしくお願い申し上げます。

佐藤
Amazon Web Services
""" + CONSOLE_JA_FOOT
emit(8, 'joho-teikyo-no-onegai', L('support_reply', B_CASE, ['AWS52037781'], True, 'ja'),
     text(body), date=d, frm=addr(AWSNAME, NOREPLY), to=KW,
     subject=H(f'RE:[CASE {B_CASE}] {B_SUBJ}'), prov='gmail', snd=ses(d, 'us-east-1'))

# 009 merge_confirmation_requested: taigen-dome, Shift_JIS base64
d = T(2025, 5, 30, 2, 5, 9)
body = f"""渡辺 健二 様

佐藤でございます。ご情報のご提供、誠にありがとうございます。

いただいた内容をもとにした、作業内容のご案内。

・今後ご利用いただくアカウント: {B_KEEP}（{KW}）
・統合元のアカウント: {B_OLD}（k.watanabe@contoso-sys.co.jp）
・統合元の受験履歴、認定資格、受験割引などの特典の、{B_KEEP} 側への移し替え
・作業後の元の状態への復元、不可
・統合元アカウントでのサインイン、作業後は不可

上記に誤りなき場合、その旨のご一報を頂戴したく。
お返事の到着をもっての作業着手。

佐藤
Amazon Web Services
""" + CONSOLE_JA_FOOT
emit(9, 'sagyo-naiyo-no-goannai', L('merge_confirmation_requested', B_CASE, [B_KEEP, B_OLD], True, 'ja'),
     text(body, cs='shift_jis', cte='base64'), date=d, frm=addr(AWSNAME, NOREPLY), to=KW,
     subject=H(f'RE:[CASE {B_CASE}] {B_SUBJ}', 'iso-2022-jp'), prov='gmail', snd=ses(d, 'us-east-1'))
B_SATO_CONF = body

# 010 merge_completed: taigen-dome, avoids the stock word for "completed"
d = T(2025, 6, 2, 5, 48, 51)
body = f"""渡辺 健二 様

佐藤でございます。

本日、{B_OLD} に記録されていた受験履歴および認定資格の、{B_KEEP} への移し替え作業の終了。
{B_OLD} は閉鎖済みにて、今後のサインインは {B_KEEP} のみ。
認定アカウントのページへの反映には、最大 24 時間程度の見込み。

Credly のバッジについては、数日以内に Credly から別途メールの到着予定。
ご不明点は、本ケースへのご返信にて。

佐藤
Amazon Web Services

このやり取りについてのご評価をお寄せください: https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja#rate
""" + CONSOLE_JA_FOOT
emit(10, 'utsushikae-shuryo', L('merge_completed', B_CASE, [B_KEEP, B_OLD], True, 'ja'),
     text(body, cte='base64'), date=d, frm=addr(AWSNAME, NOREPLY), to=KW,
     subject=H(f'RE:[CASE {B_CASE}] {B_SUBJ}'), prov='gmail', snd=ses(d, 'us-east-1'))

# 011 survey: HTML-only closure with rating request, says nothing about the accounts
d = T(2025, 6, 9, 6, 0, 3)
html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>いつも Amazon Web Services をご利用いただき、ありがとうございます。</p>
<p>ケース {B_CASE}（{B_SUBJ}）は、7 日間新しいやり取りがなかったため、解決済みの扱いとさせていただきました。</p>
<p>今回のサポートはいかがでしたか。数問の質問にお答えいただくだけで、今後の改善に役立てさせていただきます（所要時間 2 分程度）。</p>
<p style="margin:24px 0"><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_7aWsc?case={B_CASE}&amp;lang=ja" style="background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none;border-radius:2px">回答する</a></p>
<p>まだお困りのことがある場合は、<a href="https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&amp;language=ja">サポートセンター</a>から同じケースを再開いただけます。</p>
<p style="font-size:12px;color:#687078">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>"""
emit(11, 'kaitou-no-onegai-html', L('survey', B_CASE, [], True, 'ja'),
     text(html, 'html', cte='base64'), date=d, frm=addr(AWSNAME, NOREPLY), to=KW,
     subject=H(f'[Case {B_CASE}] サポートのご感想をお聞かせください'), prov='gmail', snd=ses(d, 'us-east-1'))

# 012 credly_badge_issued in Japanese
d = T(2025, 6, 4, 3, 14, 27)
plain = """渡辺さん、バッジが届いています

Amazon Web Services Training and Certification から、次のバッジが贈られました。

AWS Certified Solutions Architect - Professional

プロフィールに追加して、つながりのある人たちと共有しましょう。
https://www.credly.com/earner/earned/badge/0c7f2a19-6d3e-4b8a-9f21-73e5a0b4c6d2

Credly by Pearson
"""
html = """<html><body><div style="max-width:600px;margin:auto;font-family:sans-serif">
<p style="font-size:20px">渡辺さん、バッジが届いています</p>
<p>Amazon Web Services Training and Certification から、<b>AWS Certified Solutions Architect - Professional</b> が贈られました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/0c7f2a19-6d3e-4b8a-9f21-73e5a0b4c6d2">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly by Pearson</p></div></body></html>"""
emit(12, 'credly-badge-todoite-imasu', L('credly_badge_issued', None, [], True, 'ja'),
     multi(text(plain, cte='base64'), text(html, 'html', cte='base64')), date=d,
     frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), to=KW,
     subject=H('渡辺さん、Amazon Web Services Training and Certification からバッジが届きました'),
     prov='gmail', snd=credly(d), msgid=f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>")


# ---------------- Story C: Misaki Yamamoto, form case, machine-translated Japanese, nifty (ja) ----------------
MY = 'misaki.y@nifty.com'
C_OPEN = T(2025, 8, 4, 0, 55, 40)
C_CASE = case15(C_OPEN)
C_KEEP, C_OLD = 'AWS17764205', 'AWS40583316'

# 013 case_created: machine-translated acknowledgement, base64, long encoded subject
d = C_OPEN + timedelta(seconds=52)
body = f"""こんにちは、

AWS トレーニングと認定に連絡していただきありがとうございます。あなたの要求は私たちのシステムに記録され、参照番号 {C_CASE} が割り当てられました。

私たちのチームのメンバーはあなたの提出を見直し、通常24時間以内にあなたに応答します。

同じ問題について追加のフォームを提出しないでください。それは重複した記録を作成し、私たちの応答を遅らせる可能性があります。

あなたの提出の概要:
問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: {C_KEEP}

よろしくお願いします、
AWS トレーニングと認定カスタマーサポート
"""
emit(13, 'yokyu-ga-kiroku-saremashita', L('case_created', C_CASE, [C_KEEP], True, 'ja'),
     text(body, cte='base64'), date=d, frm=addr(AWSNAME, FORM), to=MY,
     subject=H(f'[CASE {C_CASE}] あなたの要求は記録されました - AWS トレーニングと認定フォームの提出 - アカウントの支援'),
     prov='nifty', snd=ses(d))

# 014 merge_confirmation_requested: machine translation voice, lower-case hyphenated id
d = T(2025, 8, 5, 3, 20, 14)
body = f"""こんにちは 美咲、

私の名前はケビンです、そして私はあなたのケースを助けることができてうれしいです。

私たちはあなたの名前で2つの認定アカウントを見つけました。私たちがそれらを1つに結合する前に、下記の詳細があなたの期待と一致していることを私たちに知らせてください。

保持されるアカウント: {C_KEEP}
閉じられるアカウント: aws-40583316

閉じられるアカウントのすべての試験の歴史と認定は、保持されるアカウントに移されます。このアクションは後で元に戻すことができません。

詳細が正しい場合は、このメールに返信して私たちに知らせてください。その後、私たちは進むでしょう。

敬具、
ケビン
アマゾン ウェブ サービス
"""
emit(14, 'ketsugo-no-mae-ni-oshirase', L('merge_confirmation_requested', C_CASE, [C_KEEP, C_OLD], True, 'ja'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=MY,
     subject=f'RE:[CASE {C_CASE}] {FORMSUBJ}', prov='nifty', snd=ses(d))
C_KEVIN_CONF = body

# 015 support_reply: "approval received, now sent to the team, we will tell you when it is over"
d = T(2025, 8, 6, 2, 41, 7)
user_c = "詳細は正しいです。統合を進めてください。\n\n山本 美咲"
body = f"""こんにちは 美咲、

あなたの迅速な返信をありがとうございます。私たちはあなたの承認を受け取りました、そして今、要求は担当チームに送られました。

プロセスが終わったら、私たちはこのケースを通してあなたに通知します。それは通常3営業日以内にかかります。その間、どちらのアカウントでも試験を予約しないでください。

敬具、
ケビン
アマゾン ウェブ サービス

""" + jq(f"2025年8月6日(水) 9:14 山本 美咲 <{MY}>:", user_c + "\n\n" + jq(f"2025年8月5日(火) 12:20 Amazon Web Services <{FORM}>:", C_KEVIN_CONF))
emit(15, 'shonin-wo-uketorimashita', L('support_reply', C_CASE, [], True, 'ja'),
     text(body, cte='base64'), date=d, frm=addr(AWSNAME, FORM), to=MY,
     subject=f'RE:[CASE {C_CASE}] {FORMSUBJ}', prov='nifty', snd=ses(d))

# 016 merge_completed: closure in machine-translated Japanese that also says the accounts are now one
d = T(2025, 8, 8, 7, 3, 36)
body = f"""こんにちは 美咲、

あなたの2つの認定アカウントは、今1つになりました。{C_KEEP} は今、あなたのすべての試験の歴史と認定を含みます、そして aws-40583316 はもう使用することができません。

この変更は、あなたの認定アカウントのページに表示されるまで最大24時間かかる場合があります。

私たちはこのケースを解決済みとしてマークしています。私たちのサービスについてあなたの意見を共有するために数分を取ってください:
https://aws.amazon.com/survey/tc?caseId={C_CASE}&lang=ja

敬具、
ケビン
アマゾン ウェブ サービス
"""
emit(16, 'ima-hitotsu-ni-narimashita', L('merge_completed', C_CASE, [C_KEEP, C_OLD], True, 'ja'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=MY,
     subject=f'RE:[CASE {C_CASE}] {FORMSUBJ}', prov='nifty', snd=ses(d))
C_DONE, C_DONE_DATE = body, d

# 017 unrelated: the user forwards the completion to her manager (her own From), ISO-2022-JP
d = T(2025, 8, 8, 18, 31, 2, JST)
fwd = f"""部長

お疲れさまです。山本です。
先日ご相談した AWS 認定アカウントの件、{C_KEEP} のほうに一本化されたと連絡がありました。
社内の資格一覧の ID を差し替えていただけますでしょうか。
AWS からのメールを下に付けておきます。

山本

-------- 転送メッセージ --------
件名: 	RE:[CASE {C_CASE}] {FORMSUBJ}
日付: 	Fri, 8 Aug 2025 07:03:36 +0000
送信者: 	Amazon Web Services <{FORM}>
宛先: 	{MY}

""" + C_DONE
snd = plain_snd('nifty.com', MY, '202.248.237.%d' % R.randint(10, 99), 'mta-snd-e05.mail.nifty.com', 'default')
emit(17, 'fwd-to-manager-ja', L('unrelated', C_CASE, [C_KEEP], False, 'ja'),
     text(fwd, cs='iso-2022-jp', cte='7bit'), date=d, frm=addr('山本 美咲', MY, 'iso-2022-jp'),
     to='h.kimura@tsubasa-sys.co.jp',
     subject=H(f'Fwd: RE:[CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance', 'iso-2022-jp'),
     prov='o365', snd=snd, msgid=f"<{hexr(8)}-{hexr(4)}-{hexr(4)}-{hexr(4)}-{hexr(12)}@nifty.com>",
     extra=[('User-Agent', 'Mozilla Thunderbird')])


# ---------------- Story D: Lucas Moreau, form case, ESL agent, Office 365 (en) ----------------
LM = 'lucas.moreau@brightwave-consulting.fr'
D_OPEN = T(2025, 9, 15, 7, 48, 20)
D_CASE = case15(D_OPEN)
D_KEEP, D_OLD = 'AWS24690135', 'AWS81357702'
D_SUBJ = f'RE:[CASE {D_CASE}] {FORMSUBJ}'

# 018 support_reply: ESL, "we are checking with internal team"
d = T(2025, 9, 16, 10, 2, 55)
body = f"""Dear Lucas,

Greetings from AWS Training and Certification!

This is regarding your request for combine the two certification accounts. Kindly note that we have received your request and currently we are checking with our internal team regarding both the accounts {D_KEEP} and AWS 81357702. As the information is under review, we will revert back to you with update at the earliest.

Request you to kindly bear with us for the same and not raise new request for same issue as it may cause delay in resolution.

Thanks and regards,
Rahul
Amazon Web Services
"""
emit(18, 'checking-with-internal-team', L('support_reply', D_CASE, [D_KEEP, D_OLD], True, 'en'),
     text(body, cs='us-ascii', cte='7bit'), date=d, frm=addr(AWSNAME, FORM), to=LM, subject=D_SUBJ,
     prov='o365', snd=ses(d, 'eu-west-1'))

# 019 merge_confirmation_requested: ESL, "kindly revert with your approval"
d = T(2025, 9, 17, 9, 15, 37)
body = f"""Dear Lucas,

Hope you are doing well.

As discussed, please find below the details of accounts which will be combine:

Primary account (will be retained) : {D_KEEP} - {LM}
Secondary account (will be closed) : {D_OLD} - lmoreau.dev@gmail.com

Kindly note all the exam history, certification and benefits of secondary account will be shifted to primary account and this activity cannot be rollback once it is done.

Request you to kindly revert on this email with your approval so that we can take it forward.

Thanks and regards,
Rahul
Amazon Web Services
"""
emit(19, 'kindly-revert-with-approval', L('merge_confirmation_requested', D_CASE, [D_KEEP, D_OLD], True, 'en'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=LM, subject=D_SUBJ, prov='o365', snd=ses(d, 'eu-west-1'))
D_RAHUL_CONF = body

# 020 support_reply: ESL follow-up asking if help still needed; ids only in the quoted part
d = T(2025, 9, 22, 8, 40, 1)
body = f"""Dear Lucas,

We have not received any response from your end since last 3 business days on below email. Kindly let us know if you are still needing assistance on this case, else the case will get auto closed after 3 more days.

Awaiting for your response.

Thanks and regards,
Rahul
Amazon Web Services

""" + olk(f"Amazon Web Services <{FORM}>", "Wednesday, September 17, 2025 11:15 AM", f"Lucas Moreau <{LM}>", D_SUBJ, D_RAHUL_CONF)
emit(20, 'awaiting-for-your-response', L('support_reply', D_CASE, [], True, 'en'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=LM, subject=D_SUBJ, prov='o365', snd=ses(d, 'eu-west-1'))

# 021 merge_completed: ESL, "activity is done from our end"; user's OK quoted below
d = T(2025, 9, 24, 12, 26, 48)
user_d = """Hello Rahul,

Sorry for the late answer, I was on holiday. Yes all good for me, please go ahead.

Best regards,
Lucas Moreau
Senior Cloud Consultant | Brightwave Consulting"""
body = f"""Dear Lucas,

Thank you for your reply.

As per your approval, the activity has been done from our end. Now all the certifications are reflecting under {D_KEEP} and the secondary account {D_OLD} is deactivated. Kindly allow 24-48 hours for the changes to reflect in Credly also.

Please feel free to reach us for any further query.

Thanks and regards,
Rahul
Amazon Web Services

""" + olk(f"Lucas Moreau <{LM}>", "Tuesday, September 23, 2025 6:02 PM", f"Amazon Web Services <{FORM}>", D_SUBJ,
          user_d + "\n\n" + olk(f"Amazon Web Services <{FORM}>", "Monday, September 22, 2025 10:40 AM",
                                f"Lucas Moreau <{LM}>", D_SUBJ, D_RAHUL_CONF, rule=False))
emit(21, 'activity-done-from-our-end', L('merge_completed', D_CASE, [D_KEEP, D_OLD], True, 'en'),
     text(body, cte='base64'), date=d, frm=addr(AWSNAME, FORM), to=LM, subject=D_SUBJ, prov='o365', snd=ses(d, 'eu-west-1'))

# 022 survey: closure + rating, no word about what was done; alternative parts differ a little
d = T(2025, 9, 26, 12, 30, 4)
plain = f"""Hello,

We've marked case {D_CASE} as settled on our side.

Got two minutes? Tell us how we handled it:
https://aws.amazon.com/survey/tc?caseId={D_CASE}

If something still isn't right, reply to this e-mail and the case will be picked up again.

AWS Training and Certification Customer Support
"""
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We've marked case <b>{D_CASE}</b> as settled on our side.</p>
<p>Did we sort out what you contacted us about?</p>
<p><a href="https://aws.amazon.com/survey/tc?caseId={D_CASE}&amp;a=yes">Yes</a> &nbsp;|&nbsp; <a href="https://aws.amazon.com/survey/tc?caseId={D_CASE}&amp;a=no">No</a></p>
<p>How would you rate the person who helped you?<br>
<a href="https://aws.amazon.com/survey/tc?caseId={D_CASE}&amp;s=1">1</a> <a href="https://aws.amazon.com/survey/tc?caseId={D_CASE}&amp;s=2">2</a> <a href="https://aws.amazon.com/survey/tc?caseId={D_CASE}&amp;s=3">3</a> <a href="https://aws.amazon.com/survey/tc?caseId={D_CASE}&amp;s=4">4</a> <a href="https://aws.amazon.com/survey/tc?caseId={D_CASE}&amp;s=5">5</a></p>
<p style="color:#777;font-size:12px">AWS Training and Certification Customer Support</p>
</body></html>"""
emit(22, 'settled-on-our-side', L('survey', D_CASE, [], True, 'en'),
     multi(text(plain, cs='us-ascii', cte='7bit'), text(html, 'html')), date=d, frm=addr(AWSNAME, FORM), to=LM,
     subject=f'[CASE {D_CASE}] Two minutes of your time?', prov='o365', snd=ses(d, 'eu-west-1'))

# 023 unrelated: GitHub "merged" notification
d = T(2025, 9, 25, 14, 7, 19, CEST)
snd = plain_snd('github.com', 'noreply@github.com', '192.30.252.%d' % R.randint(200, 210), 'out-%d.smtp.github.com' % R.randint(20, 28), 'pf2023')
body = f"""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightwave/infra-modules/pull/412#event-{R.randint(10**10, 10**11)}
You are receiving this because you were mentioned.

Message ID: <brightwave/infra-modules/pull/412/issue_event/{R.randint(10**10, 10**11)}@github.com>
"""
emit(23, 'github-pr-merged', L('unrelated', None, [], False, 'en'),
     multi(text(body, cs='us-ascii', cte='7bit'),
           text(f'<p>Merged <a href="https://github.com/brightwave/infra-modules/pull/412">#412</a> into <code>main</code>.</p>', 'html', cs='us-ascii', cte='7bit')),
     date=d, frm=addr('Julien Petit', 'notifications@github.com'), to=addr('brightwave/infra-modules', 'infra-modules@noreply.github.com'),
     cc=addr('Lucas Moreau', LM), subject='Re: [brightwave/infra-modules] Merge account-baseline module into core (PR #412)',
     prov='o365', snd=snd, msgid='<brightwave/infra-modules/pull/412/issue_event/%d@github.com>' % R.randint(10**10, 10**11),
     irt='<brightwave/infra-modules/pull/412@github.com>', refs='<brightwave/infra-modules/pull/412@github.com>')


# ---------------- Story E: Aisha Rahman, console case in English, Gmail (en) ----------------
AR_ = 'aisha.rahman.cloud@gmail.com'
E_OPEN = T(2025, 11, 3, 18, 22, 9)
E_CASE = case15(E_OPEN)
E_KEEP, E_OLD = 'AWS09127746', 'AWS71002934'
E_TITLE = 'Two certification profiles - please combine'


def console_foot(case, lang='en'):
    return f"""
====================================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language={lang}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""


# 024 case_created (console), paraphrased
d = E_OPEN + timedelta(seconds=19)
body = f"""Hello,

Thanks for getting in touch with Amazon Web Services. We have your request, and it is
being tracked as case {E_CASE}. An engineer will pick it up and reply as soon as one
becomes available.

Case ID: {E_CASE}
Subject: {E_TITLE}
Severity: General guidance
Correspondence: I have two AWS Certification accounts, {E_KEEP} and aws71002934, and would like everything under one of them.

You can add details or attachments to the case at any time from the Support Center.
""" + console_foot(E_CASE)
emit(24, 'console-tracked-as-case', L('case_created', E_CASE, [E_KEEP, E_OLD], True, 'en'),
     text(body), date=d, frm=addr(AWSNAME, NOREPLY), to=AR_,
     subject=f'Amazon Web Services: Support case {E_CASE} received', prov='gmail', snd=ses(d, 'us-east-1'))

# 025 support_reply: new-correspondence notice only
d = T(2025, 11, 4, 21, 5, 33)
body = f"""Hello,

There is a new message from AWS Support on case {E_CASE} ("{E_TITLE}").

Sign in to the Support Center to read it and respond:
https://console.aws.amazon.com/support/home#/case/?displayId={E_CASE}&language=en

We don't include the text of the message in this e-mail, to keep your case details private.
""" + console_foot(E_CASE)
emit(25, 'new-message-on-case', L('support_reply', E_CASE, [], True, 'en'),
     text(body, cs='us-ascii', cte='7bit'), date=d, frm=addr(AWSNAME, NOREPLY), to=AR_,
     subject=f'[Case {E_CASE}] New correspondence added', prov='gmail', snd=ses(d, 'us-east-1'))

# 026 merge_confirmation_requested: one-long-paragraph agent, lower-case id
d = T(2025, 11, 4, 21, 5, 30)
body = (f"Hello Aisha,\n\nThank you for your patience while I looked into this: I found both profiles you mentioned, and the plan "
        f"would be to keep AWS09127746, the one that signs in with {AR_}, and fold aws71002934 into it, which means its exam "
        f"results, its three certifications and the unused 50% voucher would end up on AWS09127746 while aws71002934 itself is "
        f"shut down for good, and because there is no way for us to pull the two apart again once that happens, I'd like you "
        f"to look over those two numbers carefully and, if they match what you expect, simply answer this message in the "
        f"Support Center with a go-ahead, and if anything looks off, tell me what should change instead.\n\n"
        f"Best regards,\n\nMarcus\nAmazon Web Services\n\n"
        f"We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. "
        f"You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n"
        + console_foot(E_CASE))
emit(26, 'plan-would-be-to-keep', L('merge_confirmation_requested', E_CASE, [E_KEEP, E_OLD], True, 'en'),
     text(body), date=d, frm=addr(AWSNAME, NOREPLY), to=AR_,
     subject=f'RE:[CASE {E_CASE}] {E_TITLE}', prov='gmail', snd=ses(d, 'us-east-1'))

# 027 support_reply: numbered list; go-ahead received, conditional future about Credly
d = T(2025, 11, 5, 16, 44, 12)
body = f"""Hello Aisha,

Thanks for the go-ahead. Here is where things stand:

1. Your request is queued with the team that makes these changes to candidate profiles.
2. It normally takes two to three business days from today.
3. When they have finished, we will also ask Credly to carry your badges over to the surviving profile; you don't need to contact Credly yourself.
4. You will get a message on this case as soon as there is news. Please don't open a new case in the meantime, as that restarts the queue.

Best regards,

Priya
Amazon Web Services
""" + console_foot(E_CASE)
emit(27, 'queued-with-the-team', L('support_reply', E_CASE, [], True, 'en'),
     text(body), date=d, frm=addr(AWSNAME, NOREPLY), to=AR_,
     subject=f'RE:[CASE {E_CASE}] {E_TITLE}', prov='gmail', snd=ses(d, 'us-east-1'))

# 028 merge_completed: numbered list, plus rating footer
d = T(2025, 11, 7, 23, 11, 50)
body = f"""Hello Aisha,

Good news on your profiles:

1. The exam results and the three certifications from aws71002934 now show under {E_KEEP}.
2. The unused 50% voucher came across as well; you'll find it under Benefits on {E_KEEP}.
3. Signing in with aws71002934 no longer works. Use the {AR_} login from now on.
4. We've asked Credly to move your badges; expect a separate e-mail from them.

Best regards,

Priya
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.
""" + console_foot(E_CASE)
emit(28, 'good-news-on-your-profiles', L('merge_completed', E_CASE, [E_KEEP, E_OLD], True, 'en'),
     text(body, cte='base64'), date=d, frm=addr(AWSNAME, NOREPLY), to=AR_,
     subject=f'RE:[CASE {E_CASE}] {E_TITLE}', prov='gmail', snd=ses(d, 'us-east-1'))

# 029 credly_badge_issued: badges moved after the merge, HTML-only
d = T(2025, 11, 10, 15, 2, 44)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4"><table role="presentation" width="100%"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#222">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="96" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Aisha, your badges have a new home</h1>
<p>At the request of Amazon Web Services Training and Certification, the following badges are now attached to this Credly account:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Security &ndash; Specialty</li></ul>
<p>Accept them to make them visible on your public profile.</p>
<p><a href="https://www.credly.com/earner/earned?utm_source=transfer_email" style="display:inline-block;background:#0a6ed1;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Review and accept</a></p>
</td></tr><tr><td style="padding:24px;font-size:11px;color:#888">Credly, Inc. | You received this e-mail because badges were sent to aisha.rahman.cloud@gmail.com</td></tr>
</table></td></tr></table></body></html>"""
emit(29, 'badges-have-a-new-home', L('credly_badge_issued', None, [], True, 'en'),
     text(html, 'html'), date=d, frm=addr('Credly', 'admin@credly.com'), to=AR_,
     subject='Aisha, your badges have a new home', prov='gmail', snd=credly(d),
     msgid=f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>")

# 030 unrelated: Credly expiry reminder
d = T(2026, 1, 12, 14, 0, 7)
body = """Hi Aisha,

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification will expire on April 12, 2026.

To keep it active, recertify before that date. Once Amazon Web Services Training and Certification records your new result, an updated badge will be sent to you.

Learn about recertification: https://aws.amazon.com/certification/recertification/
View badge: https://www.credly.com/badges/8f1c2d7e-5a44-4e0b-bb61-2e9f0c3a7d15

Credly, Inc.
"""
emit(30, 'credly-expiry-in-90-days', L('unrelated', None, [], True, 'en'),
     text(body), date=d, frm=addr('Credly', 'admin@credly.com'), to=AR_,
     subject='Reminder: your AWS Certified Cloud Practitioner badge expires in 90 days', prov='gmail', snd=credly(d),
     msgid=f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>")


# ---------------- Story F: Daisuke Suzuki, form case in Japanese, BIGLOBE (ja) ----------------
DS = 'd-suzuki@biglobe.ne.jp'
F_OPEN = T(2026, 1, 19, 2, 10, 45)
F_CASE = case15(F_OPEN)
F_KEEP, F_OLD = 'AWS63380419', 'AWS02957148'
F_SUBJ = f'RE:[CASE {F_CASE}] {FORMSUBJ}'

# 031 case_created: Japanese form acknowledgement, ISO-2022-JP, split encoded-word subject
d = F_OPEN + timedelta(seconds=37)
body = f"""お客様

このメールはシステムより自動でお送りしています。

AWS トレーニングと認定 へご連絡いただき、ありがとうございます。
お送りいただいた内容は、お問い合わせ番号 {F_CASE} にてお預かりしております。
内容を拝見のうえ、担当者より原則として 24 時間以内にご連絡いたします。

なお、同じ内容でフォームを再度お送りいただきますと、別の番号が割り振られ、
かえってご案内までにお時間を頂戴する場合がございます。
追加のご連絡は、このメールへのご返信でお寄せください。

AWS トレーニングと認定 カスタマーサポート
"""
emit(31, 'otoiawase-bango-de-oazukari', L('case_created', F_CASE, [], True, 'ja'),
     text(body, cs='iso-2022-jp', cte='7bit'), date=d, frm=addr(AWSNAME, FORM), to=DS,
     subject=H(f'[CASE {F_CASE}] 【AWS トレーニングと認定】お問い合わせ番号のお知らせ（自動送信）', 'iso-2022-jp'),
     prov='biglobe', snd=ses(d))

# 032 support_reply: question at the end, asks which account to keep
d = T(2026, 1, 20, 4, 30, 21)
body = f"""鈴木 大輔 様

AWS トレーニングと認定 カスタマーサポートの小林です。お問い合わせいただきありがとうございます。

お知らせいただいたメールアドレスをもとにお調べしたところ、鈴木様のお名前で次の 2 つの認定アカウントが見つかりました。

  {F_KEEP}（{DS} でサインイン）
  {F_OLD}（daisuke.suzuki@kanto-denki.co.jp でサインイン）

ひとつにまとめることはできますが、作業後に残るのはどちらか一方のみで、もう一方にはサインインできなくなります。

鈴木様は、今後どちらのアカウントをお使いになりたいとお考えでしょうか？

小林
Amazon Web Services
"""
emit(32, 'dochira-wo-otsukai-ni', L('support_reply', F_CASE, [F_KEEP, F_OLD], True, 'ja'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=DS, subject=F_SUBJ, prov='biglobe', snd=ses(d))

# 033 merge_confirmation_requested: one long paragraph, Shift_JIS quoted-printable, user's reply quoted
d = T(2026, 1, 21, 3, 12, 8)
user_f1 = f"""小林様

ご連絡ありがとうございます。
今後は {F_KEEP}（個人のアドレスの方）を使いたいと思います。
よろしくお願いいたします。

鈴木"""
body = (f"鈴木 大輔 様\n\nご返信ありがとうございます、担当の高橋でございます。いただいたご希望に沿って、{F_KEEP} を今後お使いいただくアカウントとして残し、"
        f"{F_OLD} に記録されている受験履歴、取得済みの認定、および未使用の受験特典をすべて {F_KEEP} へ移したうえで、{F_OLD} は閉鎖する形で作業を行う予定でございますが、"
        f"この作業は一度行いますと元の二つのアカウントに分け直すことができないため、上記のアカウント番号と、残す側・閉じる側の組み合わせにお間違いがないかをいま一度ご覧いただき、"
        f"差し支えなければその旨を本メールへのご返信にてお知らせいただけましたら、お返事を拝見し次第すぐに作業に取りかからせていただきます。\n\n高橋\nAmazon Web Services\n\n"
        + jq(f"2026年1月20日(火) 21:05 鈴木 大輔 <{DS}>:", user_f1))
emit(33, 'hitotsu-no-nagai-danraku-kakunin', L('merge_confirmation_requested', F_CASE, [F_KEEP, F_OLD], True, 'ja'),
     text(body, cs='shift_jis', cte='quoted-printable'), date=d, frm=addr(AWSNAME, FORM), to=DS, subject=F_SUBJ,
     prov='biglobe', snd=ses(d))
F_TAKA_CONF = body.split('\n\n2026年1月20日')[0]

# 034 merge_completed: one long paragraph; the request and user's OK quoted below with "> >"
d = T(2026, 1, 23, 8, 20, 39)
user_f2 = "高橋様\n\n内容に相違ありません。進めてください。\n\n鈴木"
body = (f"鈴木 大輔 様\n\n高橋でございます、お待たせいたしました。{F_OLD} に記録されていた受験履歴と認定資格、ならびに受験特典は、本日すべて {F_KEEP} へ移し終え、"
        f"{F_OLD} のほうはすでに閉鎖しておりますので、今後は {DS} でサインインいただければ、これまでの認定をひとつのアカウントでご覧いただける状態になっておりますが、"
        f"画面への反映には最大で一日ほどかかる場合があり、また Credly のバッジについては Credly 側の処理を経て数日以内に別途メールが届く見込みですので、"
        f"しばらく経っても届かないようでしたら本メールにご返信いただければ幸いです。\n\n高橋\nAmazon Web Services\n\n"
        + jq(f"2026年1月21日(水) 19:48 鈴木 大輔 <{DS}>:",
             user_f2 + "\n\n" + jq(f"2026年1月21日(水) 12:12 Amazon Web Services <{FORM}>:", F_TAKA_CONF)))
emit(34, 'utsushi-oe-heisa-zumi', L('merge_completed', F_CASE, [F_KEEP, F_OLD], True, 'ja'),
     text(body, cs='iso-2022-jp', cte='7bit'), date=d, frm=addr(AWSNAME, FORM), to=DS, subject=F_SUBJ,
     prov='biglobe', snd=ses(d))
F_DONE = body.split('\n\n2026年1月21日')[0]

# 035 support_reply: after the merge, badges missing; agent has asked Credly; question at the end
d = T(2026, 1, 28, 5, 0, 12)
user_f3 = f"""高橋様

先日はありがとうございました。認定は {F_KEEP} にまとまっていました。
ただ、Credly のバッジが古いメールアドレスの Credly アカウントに残ったままのようです。
こちらも移していただくことはできますか。

鈴木"""
body = f"""鈴木 大輔 様

小林です。ご連絡ありがとうございます。

Credly のバッジがまだ以前の Credly アカウント側に残っているとのこと、承知いたしました。
こちらから Credly の担当チームへ移し替えの依頼を出しましたので、反映までは 3～5 営業日ほどお待ちいただくことになりそうです。
依頼が処理されると、Credly から直接メールが届きます。

それ以降もバッジが新しいアカウントに表示されない場合は、お手数ですが、このメールにご返信のうえお知らせいただけますでしょうか？

小林
Amazon Web Services

""" + jq(f"2026年1月27日(火) 22:10 鈴木 大輔 <{DS}>:",
         user_f3 + "\n\n" + jq(f"2026年1月23日(金) 17:20 Amazon Web Services <{FORM}>:", F_DONE))
emit(35, 'credly-irai-zumi-question', L('support_reply', F_CASE, [], True, 'ja'),
     text(body, cte='base64'), date=d, frm=addr(AWSNAME, FORM), to=DS, subject=F_SUBJ, prov='biglobe', snd=ses(d))

# 036 credly_badge_issued (English, plain text only)
d = T(2026, 2, 2, 10, 41, 5)
body = """Daisuke,

Amazon Web Services Training and Certification has given you a badge on Credly:

  AWS Certified SysOps Administrator - Associate

Accept it to add it to your profile and share it on LinkedIn:
https://www.credly.com/earner/earned/badge/3a9d60b2-7e15-4c4f-8d1b-59e0f2a7c318

Why accept? Accepting lets employers verify the credential with a single click.

Credly, Inc.
Unsubscribe from badge notifications: https://www.credly.com/notifications/unsubscribe
"""
emit(36, 'a-badge-is-ready-for-you', L('credly_badge_issued', None, [], True, 'en'),
     text(body, cs='us-ascii', cte='7bit'), date=d, frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
     to=DS, subject='A badge from Amazon Web Services Training and Certification is ready for you', prov='biglobe', snd=credly(d),
     msgid=f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>")


# ---------------- Look-alikes and other senders (37-43) ----------------
SN = 'sho.nakamura@hikari-tech.co.jp'

# 037 unrelated: billing case reply (console, Japanese, 11-digit case)
d = T(2025, 10, 6, 6, 31, 40)
G_BILL = '13862094751'
body = f"""中村 様

Amazon Web Services をご利用いただきありがとうございます。請求サポートの山田でございます。

請求書に記載される宛名（会社名）の変更についてお問い合わせいただきました。
宛名は、請求とコスト管理コンソールの［お支払い設定］→［請求書の設定］から、どなたでも変更いただけます。
変更後に発行される請求書から新しい宛名が反映されますが、すでに発行済みの 9 月分の請求書を差し替えることはできません。

ご不明な点がございましたら、サポートセンターから本ケースにご返信ください。

山田
Amazon Web Services
""" + console_foot(G_BILL, 'ja')
emit(37, 'billing-atena-henko', L('unrelated', G_BILL, [], True, 'ja'),
     text(body), date=d, frm=addr(AWSNAME, NOREPLY), to=SN,
     subject=H(f'RE:[CASE {G_BILL}] 請求書の宛名変更について'), prov='o365', snd=ses(d, 'us-east-1'))

# 038 unrelated: an EC2 quota case was opened (console, Japanese, 11-digit) -- not the merge
d = T(2025, 10, 14, 1, 2, 7)
G_EC2 = '13901177602'
body = f"""Amazon Web Services をご利用いただき、ありがとうございます。

お客様のリクエストにより、ケース {G_EC2} を作成しました。

ケース ID: {G_EC2}
件名: Service Quotas: EC2 オンデマンド標準インスタンスの vCPU 上限緩和（アジアパシフィック (東京)）
重大度: 通常の質問
リクエスト内容: 現在の上限 64 → 希望する上限 256

担当のエンジニアから、サポートセンターを通じてご連絡いたします。
""" + console_foot(G_EC2, 'ja')
emit(38, 'ec2-quota-case-created', L('unrelated', G_EC2, [], True, 'ja'),
     text(body, cs='iso-2022-jp', cte='7bit'), date=d, frm=addr(AWSNAME, NOREPLY), to=SN,
     subject=H(f'Amazon Web Services: 新しいサポートケースが開かれました: {G_EC2}', 'iso-2022-jp'),
     prov='o365', snd=ses(d, 'us-east-1'))

# 039 unrelated: Seller Central case about merging seller accounts (same subject style, 10 digits)
d = T(2025, 7, 21, 17, 55, 3)
G_SELL = '5884503217'
RM = 'ravi.menon.store@gmail.com'
body = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you would like to bring your two seller accounts, the one for Amazon.com and the one for Amazon.co.uk, together under a single login.

Seller accounts themselves cannot be merged. What you can do instead is link them under one Unified Account from Settings > Global Accounts in Seller Central, which lets you manage both marketplaces with the same credentials while their listings, payments and performance metrics stay separate.

Was this e-mail helpful? Please let us know:
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId={G_SELL}

Thank you,
Meera K.
Amazon Selling Partner Support
"""
emit(39, 'seller-central-unified-account', L('unrelated', G_SELL, [], True, 'en'),
     text(body), date=d, frm=addr('Amazon Selling Partner Support', 'seller-notification@amazon.com'), to=RM,
     subject=f'RE:[CASE {G_SELL}] Merge my two seller accounts', prov='gmail', snd=ses(d, 'us-east-1'))

# 040 unrelated: CertMetrics feedback request (mentions the candidate id in its own text)
d = T(2025, 12, 2, 19, 30, 15)
snd = plain_snd('certmetrics.com', 'bounce@mail.certmetrics.com', '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250)), 'o%d.ptr%d.mail.certmetrics.com' % (R.randint(1, 9), R.randint(1000, 9999)), 's1')
body = f"""Dear Aisha Rahman,

AWS Certification wants to hear from you.

You recently took the AWS Certified Security - Specialty exam. We'd like to know what worked and what didn't, from registration to receiving your score. The questionnaire takes about five minutes and your answers are anonymous.

Start: https://www.certmetrics.com/amazon/candidate/survey.aspx?c=3f91b0e2c7a84d6e

Candidate ID: {E_KEEP}

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply.
"""
emit(40, 'certmetrics-hear-from-you', L('unrelated', None, [E_KEEP], False, 'en'),
     text(body), date=d, frm=addr('AWS Certification', 'do-not-reply@certmetrics.com'), to=AR_,
     subject='AWS Certification wants to hear from you', prov='gmail', snd=snd, fromdom='certmetrics.com',
     msgid=f"<{alnum(20)}@certmetrics.com>")

# 041 unrelated: Pearson VUE appointment confirmation in Japanese, with candidate id
d = T(2025, 6, 20, 4, 18, 55)
snd = plain_snd('pearson.com', 'pearsonvuecustomerservice@pearson.com', '148.62.%d.%d' % (R.randint(1, 60), R.randint(1, 250)), 'mx%d.pearson.com' % R.randint(1, 9), 'pvue2')
body = f"""渡辺 健二 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験: AWS Certified DevOps Engineer - Professional (DOP-C02)
日時: 2025年7月5日（土） 10:00 JST
会場: オンライン試験（OnVUE）
受験者 ID: {B_KEEP}
登録番号: 482719360

試験開始 30 分前からチェックインが可能です。身分証明書をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前まで可能です。

Pearson VUE
"""
emit(41, 'pearson-vue-yoyaku', L('unrelated', None, [B_KEEP], False, 'ja'),
     text(body, cte='base64'), date=d, frm=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=KW,
     subject=H('Pearson VUE 試験予約の確認 - AWS Certified DevOps Engineer - Professional'), prov='gmail', snd=snd,
     msgid=f"<{alnum(16)}.{R.randint(10**6, 10**7)}@pearson.com>")

# 042 unrelated: Credly's own account-merge code (not the AWS merge)
d = T(2025, 3, 24, 22, 4, 38)
body = """Hi Emily,

Someone asked to combine the Credly account for e.carter@northwind-logistics.com with this one.

Your code: 731904

Enter it on the page where you started, or click below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=bX9hQ2c1ZkE3

The code is good for 30 minutes. If you didn't ask for this, you can ignore this e-mail and nothing will change.

Credly Support
"""
emit(42, 'credly-own-combine-code', L('unrelated', None, [], True, 'en'),
     text(body), date=d, frm=addr('Credly', 'admin@credly.com'), to=EM,
     subject='Your Credly verification code: 731904', prov='outlook', snd=credly(d),
     msgid=f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>")

# 043 unrelated: look-alike phishing that is not about the merge
d = T(2025, 9, 3, 23, 47, 12)
snd = Snd('aws-certify-notice.com', 'info@aws-certify-notice.com', '45.147.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
          'vps-%d.hostingbay.example.net' % R.randint(100, 999), [])
body = """渡辺 健二 様

いつも AWS 認定をご利用いただきありがとうございます。

お客様の認定資格について、本人確認が完了していないため、2025年9月10日をもって認定資格およびデジタルバッジの利用を停止いたします。

停止を回避するには、48 時間以内に下記のページからサインインし、ご登録情報を更新してください。
https://aws-certify-notice.com/ja/verify?session=8831a9

本メールは送信専用です。

AWS 認定 事務局
"""
emit(43, 'riyo-teishi-phish', L('unrelated', None, [], False, 'ja'),
     text(body, cs='shift_jis', cte='base64'), date=d, frm=addr('AWS 認定 事務局', 'info@aws-certify-notice.com'), to=KW,
     subject=H('【重要】AWS 認定資格の利用停止に関するお知らせ', 'iso-2022-jp'), prov='gmail', snd=snd,
     dkim='none', spf='softfail', dmarc='fail', sign=False, msgid=f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}@aws-certify-notice.com>")


# ---------------- Phishing, colleagues, newsletters, Okada story (44-50, 60) ----------------
TB = 'tom.becker.dev@gmail.com'
T_OPEN = T(2025, 7, 2, 8, 14, 51)
T_CASE = case15(T_OPEN)
T_KEEP, T_OLD = 'AWS44871209', 'AWS30096518'

# 044 merge_confirmation_requested, phishing from a look-alike domain (its own DMARC passes)
d = T(2025, 7, 3, 2, 26, 9)
fake_case = case15(T(2025, 7, 2, 20, 1, 7))
snd = plain_snd('aws-tc-verify.com', 'bounce@aws-tc-verify.com', '185.212.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mail.aws-tc-verify.com', 'mail')
body = f"""Dear Candidate,

Your request to combine AWS Certification profiles has reached its final step. The following profiles are scheduled to be joined:

    Retained profile:  AWS 44871209
    Profile to retire: AWS 30096518

Because this operation is permanent, we need your approval within 24 hours. Please sign in with your AWS Certification credentials on the secure page below and press "Approve". Requests that are not approved in time are cancelled, and exam history on the retired profile may be lost.

Approve now: https://aws-tc-verify.com/certification/merge/approve?ref={fake_case}

AWS Training & Certification
Case {fake_case}
"""
html = body.replace('\n', '<br>\n').replace('Approve now: https://aws-tc-verify.com/certification/merge/approve?ref=' + fake_case,
                                            f'<a href="https://aws-tc-verify.com/certification/merge/approve?ref={fake_case}" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Approve now</a>')
emit(44, 'approve-within-24h-lookalike', L('merge_confirmation_requested', fake_case, [T_KEEP, T_OLD], False, 'en'),
     multi(text(body), text('<html><body style="font-family:Arial">' + html + '</body></html>', 'html')), date=d,
     frm=addr('AWS Training & Certification', 'casework@aws-tc-verify.com'), to=TB,
     subject=f'Action required: [CASE {fake_case}] approve your certification account merge', prov='gmail', snd=snd,
     msgid=f"<{hexr(32)}@aws-tc-verify.com>")

# ---- Okada story (form case, Japanese, OCN); 060 defined first because 047 quotes it
YO = 'yuki.okada@ocn.ne.jp'
O_OPEN = T(2025, 10, 20, 3, 33, 27)
O_CASE = case15(O_OPEN)
O_KEEP, O_OLD = 'AWS85520463', 'AWS19047732'
O_SUBJ = f'RE:[CASE {O_CASE}] {FORMSUBJ}'
o_conf = f"""岡田 由紀 様

小林です。お調べした結果、次の形でおまとめできます。

残すアカウント: {O_KEEP}（{YO}）
移す元のアカウント: {O_OLD}（y.okada@minato-bank.co.jp）

移した後に元へ戻すことはできませんので、この組み合わせでよろしいか、ご返信でお知らせいただけますか？

小林
Amazon Web Services"""
o_user = "小林様\n\nはい、その内容で問題ありません。進めてください。\n\n岡田"

# 060 merge_completed: question at the end; earlier mails pasted below with no quote marker
d = T(2025, 10, 23, 6, 12, 44)
body = f"""岡田 由紀 様

小林です。お待たせしました。

{O_OLD} にあった受験記録と認定を {O_KEEP} に移す作業は、本日こちらで済ませました。今後は {O_KEEP} でのみサインインしていただく形になり、{O_OLD} はもうお使いいただけません。

50% 割引のバウチャーも {O_KEEP} 側の特典ページでご覧いただけます。

ほかに何かお手伝いできることはございますか？

小林
Amazon Web Services

-----Original Message-----
From: 岡田 由紀 <{YO}>
Sent: 2025/10/21 22:40
To: Amazon Web Services <{FORM}>
Subject: {O_SUBJ}

{o_user}

-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: 2025/10/21 14:05
To: {YO}
Subject: {O_SUBJ}

{o_conf}
"""
emit(60, 'utsusu-sagyo-sumimashita-question', L('merge_completed', O_CASE, [O_KEEP, O_OLD], True, 'ja'),
     text(body, cs='iso-2022-jp', cte='7bit'), date=d, frm=addr(AWSNAME, FORM), to=YO, subject=O_SUBJ,
     prov='ocn', snd=ses(d))
O_DONE = body.split('\n\n-----Original Message-----')[0]

# 045 merge_completed, phishing: spoofed amazon.com, top header fails, a forged "pass" lower down
d = T(2025, 10, 24, 11, 8, 30)
fake2 = case15(T(2025, 10, 19, 9, 40, 2))
snd = Snd('amazon.com', 'support@mailer-notice-jp.top', '103.151.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mail.mailer-notice-jp.top', [])
body = f"""岡田 由紀 様

アカウントの統合が終わりました。

お客様の認定アカウント aws-58013377 は、新しいアカウントにまとめられました。
旧アカウントに残っている受験バウチャーおよび特典を新しいアカウントへ反映するには、
48 時間以内に以下のページからサインインし、お支払い情報をご確認ください。

https://aws-certification-jp.support-center.top/login?case={fake2}

期限を過ぎますと、特典は失効いたします。

Amazon Web Services
ケース ID: {fake2}
"""
emit(45, 'tokuten-hanei-spoof', L('merge_completed', fake2, ['AWS58013377'], False, 'ja'),
     text(body, cs='shift_jis', cte='base64'), date=d, frm=addr(AWSNAME, NOREPLY), to=YO,
     subject=H(f'[CASE {fake2}] 認定アカウントの統合のお知らせ'), prov='ocn', snd=snd, fromdom='amazon.com',
     dkim='none', spf='fail', dmarc='fail', sign=False,
     post=[('Authentication-Results', 'mx.amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com')],
     msgid=f"<{R.randint(10**11, 10**12)}.{hexr(6)}@mailer-notice-jp.top>")

# 046 credly_badge_issued, phishing from a look-alike Credly domain
d = T(2025, 6, 11, 0, 51, 2)
snd = plain_snd('credly-notice.net', 'mailer@credly-notice.net', '91.215.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'smtp.credly-notice.net', 'k1')
html = f"""<html><body style="font-family:sans-serif">
<p>渡辺 健二 様</p>
<p>Amazon Web Services Training and Certification から新しいデジタルバッジが発行されました。</p>
<p><b>AWS Certified Solutions Architect - Professional</b></p>
<p>バッジを受け取るには、Credly アカウントにログインして本人確認を行ってください。72 時間以内に受け取られなかったバッジは取り消されます。</p>
<p><a href="https://credly-notice.net/badge/accept?u={hexr(12)}">バッジを受け取る</a></p>
<p style="font-size:11px">Credly</p></body></html>"""
emit(46, 'badge-uketori-lookalike', L('credly_badge_issued', None, [], False, 'ja'),
     text(html, 'html', cte='base64'), date=d, frm=addr('Credly', 'badges@credly-notice.net'), to=KW,
     subject=H('【Credly】新しいバッジが発行されました'), prov='gmail', snd=snd,
     msgid=f"<{hexr(24)}@credly-notice.net>")

# 047 survey: agent closes the case and asks for a rating; the completion is quoted beneath
d = T(2025, 10, 30, 5, 2, 19)
body = f"""岡田 由紀 様

小林です。

その後とくにご連絡がございませんでしたので、本件のやり取りはこちらでいったん一区切りとさせていただきます。
もし何かございましたら、このメールにご返信いただければ、また同じ番号で承ります。

最後に、今回の対応について 1 分ほどの簡単なご質問にお答えいただけませんか？
https://aws.amazon.com/survey/tc?caseId={O_CASE}&lang=ja

小林
Amazon Web Services

-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: 2025/10/23 15:12
To: {YO}
Subject: {O_SUBJ}

{O_DONE}
"""
emit(47, 'hitokugiri-go-shitsumon', L('survey', O_CASE, [], True, 'ja'),
     text(body, cte='base64'), date=d, frm=addr(AWSNAME, FORM), to=YO, subject=O_SUBJ, prov='ocn', snd=ses(d))

# 048 unrelated: a colleague forwards his own confirmation request as an example
d = T(2025, 10, 15, 10, 22, 3, JST)
M_CASE = case15(T(2025, 9, 1, 0, 47, 31))
m_conf = f"""森田 拓也 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。ご希望に沿って AWS72214380 を残し、AWS55609127 の受験履歴と認定をそちらへ移す形で進める予定でございますが、一度行うと元に戻せない作業のため、組み合わせにお間違いがなければ、その旨をご返信いただけますでしょうか。

高橋
Amazon Web Services"""
body = f"""中村さん

お疲れさまです。森田です。
昨日話していた認定アカウントの件、自分のときは AWS からこんなメールが来ました。
「問題ないので進めてください」と返信したら、2 日くらいで終わりましたよ。参考まで。

森田

________________________________
差出人: Amazon Web Services <{FORM}>
送信日時: 2025年9月2日 11:05
宛先: 森田 拓也 <takuya.morita@hikari-tech.co.jp>
件名: RE:[CASE {M_CASE}] {FORMSUBJ}

{m_conf}
"""
snd = plain_snd('hikari-tech.co.jp', 'takuya.morita@hikari-tech.co.jp', '40.107.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'TY3P286CU002.outbound.protection.outlook.com', 'selector1',
                [('hikaritech.onmicrosoft.com', 'selector1-hikaritech-onmicrosoft-com')])
emit(48, 'morita-fw-sankou-made', L('unrelated', M_CASE, [], False, 'ja'),
     text(body), date=d, frm=addr('森田 拓也', 'takuya.morita@hikari-tech.co.jp'), to=addr('中村 翔', SN),
     subject=H(f'FW: RE:[CASE {M_CASE}] [AWS Training and Certification Form Submission] - account-assistance'),
     prov='o365', snd=snd, msgid=f"<TY3P286MB{R.randint(1000, 9999)}{alnum(12).upper()}@TY3P286MB{R.randint(1000, 9999)}.JPNP286.PROD.OUTLOOK.COM>",
     extra=[('Thread-Topic', f'RE:[CASE {M_CASE}] [AWS Training and Certification Form Submission] - account-assistance'),
            ('Thread-Index', 'AQHb' + b64r(40)), ('Content-Language', 'ja-JP')])

# 049 unrelated: AWS Training and Certification newsletter
d = T(2025, 11, 18, 16, 0, 0)
plain = """AWS Training and Certification | November

New this month
- Four new exam-prep courses on AWS Skill Builder for the AI Practitioner and ML Engineer exams.
- Jam Journey: practise incident response in a live AWS account, free with a Skill Builder subscription.
- Reminder: your Certification Account now shows all of your active certifications and benefits on one page.

Get 50% off your next exam with your certification benefits: https://aws.amazon.com/certification/benefits/

You are receiving this e-mail because you are subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/communication-preferences.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
html = """<html><body style="margin:0;font-family:'Amazon Ember',Arial,sans-serif">
<table width="600" align="center"><tr><td style="background:#232f3e;color:#fff;padding:20px"><b>AWS Training and Certification</b> | November</td></tr>
<tr><td style="padding:20px"><h2>New this month</h2>
<ul><li>Four new exam-prep courses on AWS Skill Builder for the AI Practitioner and ML Engineer exams.</li>
<li>Jam Journey: practise incident response in a live AWS account.</li>
<li>Your Certification Account now shows all your active certifications and benefits on one page.</li></ul>
<p><a href="https://aws.amazon.com/certification/benefits/">Get 50% off your next exam</a></p></td></tr>
<tr><td style="font-size:11px;color:#666;padding:20px"><a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a> | Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</td></tr></table></body></html>"""
snd = Snd('amazon.com', f'{R.randint(100, 999)}-KJY-{R.randint(100, 999)}.0.{R.randint(10000, 99999)}.0.0.{R.randint(1000, 9999)}.9.{R.randint(10**6, 10**7)}@mktomail.awscloud.com',
          '192.28.%d.%d' % (R.randint(128, 159), R.randint(1, 250)), 'mail%d.mktomail.awscloud.com' % R.randint(100, 999),
          [('amazon.com', 'm1'), ('mktdns.com', 'm1')])
emit(49, 'tc-november-newsletter', L('unrelated', None, [], True, 'en'),
     multi(text(plain), text(html, 'html')), date=d, frm=addr('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com'),
     to=LM, subject='New exam-prep courses, Jam Journey and more from AWS Training and Certification', prov='o365', snd=snd,
     msgid=f"<{R.randint(10**8, 10**9)}.{R.randint(10**6, 10**7)}.{R.randint(10**12, 10**13)}@mktomail.awscloud.com>")

# 050 credly_badge_issued with no Authentication-Results at all (self-hosted mailbox)
OG = 'oliver@grant-family.net'
d = T(2026, 2, 16, 20, 44, 3)
body = """Oliver, you did it!

Amazon Web Services Training and Certification has recognised your achievement with a new badge:

AWS Certified AI Practitioner

Your badge is waiting in your Credly wallet. Accept it, then share it to let your network know.
https://www.credly.com/earner/earned/badge/91d4e0c3-2b7a-4f66-a1e8-5c0b9d72f3aa

Credly, Inc.
"""
emit(50, 'credly-wallet-no-auth-results', L('credly_badge_issued', None, [], None, 'en'),
     text(body), date=d, frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), to=OG,
     subject='Oliver, you have a new badge from Amazon Web Services Training and Certification', prov='local', snd=credly(d),
     msgid=f"<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>")


# ---------------- Oliver (self-hosted), Nakamura merge case, Tom (51-59) ----------------
P_OPEN = T(2026, 1, 5, 15, 37, 2)
P_CASE = case15(P_OPEN)
P_KEEP, P_OLD = 'AWS27730591', 'AWS66104828'

# 051 case_created: form desk, mailbox without Authentication-Results
d = P_OPEN + timedelta(seconds=33)
body = f"""Hello,

Your note to AWS Training and Certification has landed with us. For your records, it is filed under
reference {P_CASE}.

Here is what happens next: a member of the support team reads it and answers you by e-mail, in most
cases within a day. If you think of something you left out, just reply to this message rather than
using the form again; a fresh form starts a separate file and can slow things down.

Thank you,
AWS Training and Certification Customer Support
"""
emit(51, 'note-has-landed-no-ar', L('case_created', P_CASE, [], None, 'en'),
     text(body, cs='us-ascii', cte='7bit'), date=d, frm=addr(AWSNAME, FORM), to=OG,
     subject=f'[CASE {P_CASE}] {FORMSUBJ}', prov='local', snd=ses(d))

# 057 merge_confirmation_requested: question-at-the-end agent; UTF-8 bytes labelled ISO-8859-1
d = T(2026, 1, 7, 17, 3, 48)
body = f"""Hi Oliver,

Thanks for sending those details over — that made it easy to find both profiles.

Here’s what we’d do: {P_KEEP} (oliver@grant-family.net) stays as your profile, and everything on
AWS-66104828 (ogrant@northpoint-eng.com) — exams, certifications, the unused voucher — gets moved onto it.
After that, AWS-66104828 is closed for good. There’s no way for us to split them back out later,
which is why I’m checking with you before anyone touches them.

If that’s the right way round, would you reply “yes, go ahead” so I can get it started?

Dana R.
Amazon Web Services
"""
emit(57, 'right-way-round-mislabelled', L('merge_confirmation_requested', P_CASE, [P_KEEP, P_OLD], True, 'en'),
     text(body, cs='utf-8', label='iso-8859-1'), date=d, frm=addr(AWSNAME, FORM), to=OG,
     subject=f'RE:[CASE {P_CASE}] {FORMSUBJ}', prov='rspamd', snd=ses(d))

# 053 survey: closes the case after silence, nothing changed, asks for a rating (no AR header)
d = T(2026, 1, 21, 18, 15, 26)
body = f"""Hi Oliver,

I haven't heard back since my note on January 7, so I'm going to close this case for now. Nothing
has been changed on either of your profiles. If you'd still like to go ahead, reply to this e-mail
within 14 days and the case will reopen with everything we discussed.

Before you go, would you take a minute to tell us how we did?
https://aws.amazon.com/survey/tc?caseId={P_CASE}

Dana R.
Amazon Web Services
"""
emit(53, 'closing-for-now-how-did-we-do', L('survey', P_CASE, [], None, 'en'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=OG,
     subject=f'RE:[CASE {P_CASE}] {FORMSUBJ}', prov='local', snd=ses(d))

# ---- Nakamura's merge case (console, Japanese, Office 365)
N_OPEN = T(2025, 11, 10, 0, 20, 31)
N_CASE = case15(N_OPEN)
N_KEEP, N_OLD = 'AWS31459026', 'AWS70283345'
N_TITLE = '認定アカウント（AWS 受験者 ID）の統合依頼'

# 052 case_created: HTML-only, Japanese
d = N_OPEN + timedelta(seconds=22)
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>Amazon Web Services をご利用いただき、ありがとうございます。</p>
<p>お寄せいただいた内容を、以下の番号でお預かりしました。担当者が確認でき次第、サポートセンターを通じてご連絡いたします。</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td>ケース ID</td><td>{N_CASE}</td></tr>
<tr><td>件名</td><td>{N_TITLE}</td></tr>
<tr><td>重大度</td><td>一般的なガイダンス</td></tr>
<tr><td>内容</td><td>認定アカウントが AWS31459026 と aws70283345 の 2 つに分かれてしまっているので、1 つにしたいです。</td></tr>
</table>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={N_CASE}&amp;language=ja">サポートセンターでケースを表示</a></p>
<p style="font-size:12px;color:#666">このメールアドレスは送信専用です。ご返信いただいても確認できませんのでご了承ください。</p>
</body></html>"""
emit(52, 'azukari-bango-html', L('case_created', N_CASE, [N_KEEP, N_OLD], True, 'ja'),
     text(html, 'html'), date=d, frm=addr(AWSNAME, NOREPLY), to=SN,
     subject=H(f'Amazon Web Services: ケース {N_CASE} をお預かりしました'), prov='o365', snd=ses(d, 'us-east-1'))

# 059 merge_confirmation_requested: numbered-list agent, base64
d = T(2025, 11, 11, 7, 44, 10)
body = f"""中村 翔 様

AWS トレーニングと認定サポートの田中です。作業に入る前に、以下の内容をご覧ください。

1. 今後もお使いいただくアカウント: {N_KEEP}（{SN}）
2. 中身を移したうえで閉じるアカウント: {N_OLD}（sho.n.1990@gmail.com）
3. 2 の受験履歴・認定・特典は、すべて 1 に引き継がれます。
4. 作業後に、元の 2 つのアカウントへ分け直すことはできません。
5. 上記で差し支えなければ、サポートセンターの本ケースから「問題ありません」とご返信ください。ご返信をいただいてから作業を始めます。

田中
Amazon Web Services
""" + console_foot(N_CASE, 'ja')
emit(59, 'sagyo-mae-no-kajo-gaki', L('merge_confirmation_requested', N_CASE, [N_KEEP, N_OLD], True, 'ja'),
     text(body, cte='base64'), date=d, frm=addr(AWSNAME, NOREPLY), to=SN,
     subject=H(f'RE:[CASE {N_CASE}] {N_TITLE}'), prov='o365', snd=ses(d, 'us-east-1'))

# 056 merge_completed: numbered list; plain and HTML parts differ (HTML adds items and a rating block)
d = T(2025, 11, 13, 9, 5, 57)
plain = f"""中村 翔 様

田中です。

1. {N_OLD} の受験履歴と認定を {N_KEEP} へ移しました。
2. {N_OLD} は閉じました。

田中
Amazon Web Services
""" + console_foot(N_CASE, 'ja')
html = f"""<html><body style="font-family:Meiryo,sans-serif">
<p>中村 翔 様</p><p>田中です。ご返信ありがとうございました。以下のとおり、作業をすべて終えております。</p>
<ol>
<li>{N_OLD} の受験履歴と認定を {N_KEEP} へ移しました。</li>
<li>{N_OLD} は閉じました。今後は {SN} でサインインしてください。</li>
<li>未使用の受験特典も {N_KEEP} に引き継いでいます。</li>
<li>Credly のバッジは、数日以内に Credly から別途ご案内が届きます。</li>
</ol>
<p>田中<br>Amazon Web Services</p>
<hr><p style="font-size:12px">このやり取りはお役に立ちましたか？ <a href="https://console.aws.amazon.com/support/home#/case/?displayId={N_CASE}&amp;language=ja#rate">評価する</a></p>
</body></html>"""
emit(56, 'kajo-gaki-utsushimashita-alt', L('merge_completed', N_CASE, [N_KEEP, N_OLD], True, 'ja'),
     multi(text(plain), text(html, 'html', cte='base64')), date=d, frm=addr(AWSNAME, NOREPLY), to=SN,
     subject=H(f'RE:[CASE {N_CASE}] {N_TITLE}'), prov='o365', snd=ses(d, 'us-east-1'))

# 054 survey: taigen-dome closure + rating, no statement about the accounts
d = T(2025, 11, 21, 2, 30, 44)
body = f"""中村 翔 様

AWS トレーニングと認定 カスタマーサポート、佐藤でございます。

本ケース、7 日間新たなご連絡なきため、本日付での対応終了。
再開ご希望の際は、サポートセンターの本ケースからのご返信にて。

最後に、対応品質向上のためのご評価のお願い。所要時間は 1 分程度。
https://console.aws.amazon.com/support/home#/case/?displayId={N_CASE}&language=ja#rate

佐藤
Amazon Web Services
""" + console_foot(N_CASE, 'ja')
emit(54, 'taio-shuryo-go-hyoka', L('survey', N_CASE, [], True, 'ja'),
     text(body, cs='iso-2022-jp', cte='7bit'), date=d, frm=addr(AWSNAME, NOREPLY), to=SN,
     subject=H(f'RE:[CASE {N_CASE}] {N_TITLE}', 'iso-2022-jp'), prov='o365', snd=ses(d, 'us-east-1'))

# 055 survey: automatic rating request for Misaki's case, plain and HTML parts differ
d = C_DONE_DATE + timedelta(seconds=48)
plain = f"""ケース {C_CASE} についてのご意見をお聞かせください。
https://aws.amazon.com/survey/tc?caseId={C_CASE}&lang=ja
"""
html = f"""<html><body style="font-family:sans-serif;font-size:14px">
<p>山本 美咲 様</p>
<p>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>今回お問い合わせいただいた件は、解決しましたか？</p>
<p><a href="https://aws.amazon.com/survey/tc?caseId={C_CASE}&amp;lang=ja&amp;a=yes">はい</a> ／ <a href="https://aws.amazon.com/survey/tc?caseId={C_CASE}&amp;lang=ja&amp;a=no">いいえ</a></p>
<p>担当者の対応を 5 段階でお知らせください。<br>
<a href="https://aws.amazon.com/survey/tc?caseId={C_CASE}&amp;lang=ja&amp;s=5">★★★★★</a> … <a href="https://aws.amazon.com/survey/tc?caseId={C_CASE}&amp;lang=ja&amp;s=1">★</a></p>
<p style="font-size:11px;color:#888">ケース ID: {C_CASE}</p></body></html>"""
emit(55, 'goiken-alt-parts-differ', L('survey', C_CASE, [], True, 'ja'),
     multi(text(plain, cte='base64'), text(html, 'html', cte='base64')), date=d, frm=addr(AWSNAME, FORM), to=MY,
     subject=H(f'[CASE {C_CASE}] AWS トレーニングと認定 カスタマーサポートに関するアンケート'), prov='nifty', snd=ses(d))

# 058 support_reply: one-long-paragraph agent asks for the notification address; Gmail-style nested quotes
d = T(2025, 7, 4, 13, 30, 5)
t_ask = f"""Hello Tom,

Thanks for contacting AWS Training and Certification. So that I can find the second profile, could you send me its AWS candidate ID and the e-mail address you use to sign in to it?

Best regards,
Marcus
Amazon Web Services"""
t_user = f"""Hi,

the other account is {T_OLD}, login t.becker@oldcorp.de. Please keep {T_KEEP}.

Thanks
Tom"""
body = (f"Hello Tom, thanks for the details: I've pulled up both AWS 44871209 and aws-30096518, but the second one has a notification "
        f"address on file that is different from the login you gave me, so before anyone can touch either profile I need you to tell me which "
        f"address receives the certification e-mails for aws-30096518 (it's shown under Profile > Contact preferences once you sign in), or, if "
        f"it is easier, simply forward me one of those e-mails from that inbox, and as soon as I have it I'll send you a summary of exactly what "
        f"would happen to each profile for you to look over.\n\nBest regards,\nMarcus\nAmazon Web Services\n\n"
        + gq(f"On Thu, Jul 3, 2025 at 9:12 AM Tom Becker <{TB}> wrote:",
             t_user + "\n\n" + gq(f"On Wed, Jul 2, 2025 at 6:40 PM Amazon Web Services <{FORM}> wrote:", t_ask)))
emit(58, 'notification-address-needed', L('support_reply', T_CASE, [T_KEEP, T_OLD], True, 'en'),
     text(body), date=d, frm=addr(AWSNAME, FORM), to=TB, subject=f'RE:[CASE {T_CASE}] {FORMSUBJ}', prov='gmail', snd=ses(d))


# ==== MAIN ====
def main():
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for name, msg, label in MAILS:
        assert name not in labels, name
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(buf.getvalue())
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(labels), 'mails written')


if __name__ == '__main__':
    main()
