#!/usr/bin/env python3
"""Generate blind set 61: ordinary AWS Certification account-merge case mail (2025-2026)."""
import base64, quopri, uuid, random, json, os, re, io, html
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.generator import BytesGenerator
from email.utils import format_datetime, formataddr
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(6161)
POL = policy.compat32.clone(max_line_length=0)
UTC = timezone.utc
PT = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
EU = ZoneInfo("Europe/Rome")
LON = ZoneInfo("Europe/London")

LABELS = {}
ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)

def ids_of(text):
    return sorted({"AWS" + m for m in ID_RE.findall(text or "")})

def rb64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))

def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def ralnum(n, up=False):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if up else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(a) for _ in range(n))

def d(y, mo, da, h, mi, s=0):
    return datetime(y, mo, da, h, mi, s, tzinfo=UTC)

def rfc(t, tz=UTC):
    return format_datetime(t.astimezone(tz))

def caseid(t, tail):
    return str(int(t.timestamp())) + tail

def enc(s, charset="utf-8"):
    """encoded-word header value (split over lines when long)"""
    return Header(s, charset, header_name="Subject").encode(maxlinelen=76)

def addr(name, a, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return Header(name, charset).encode() + " <" + a + ">"

# ---------------------------------------------------------------- body parts
def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, label=None):
    raw = text.encode(codec or charset)
    m = Message(policy=POL)
    m["Content-Type"] = f'text/{subtype}; charset="{label or charset}"'
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode()
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode()
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:  # 8bit
        payload = raw.decode("ascii", "surrogateescape")
    m.set_payload(payload)
    return m

def alt(p_text, p_html, boundary):
    m = MIMEMultipart("alternative", boundary=boundary, policy=POL)
    del m["MIME-Version"]
    m.attach(p_text)
    m.attach(p_html)
    return m

def mixed(parts, boundary):
    m = MIMEMultipart("mixed", boundary=boundary, policy=POL)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m

def to_html(new, quoted="", lang="en", brand=True):
    def esc(t):
        return html.escape(t).replace("\n", "<br>\n")
    head = ('<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">'
            if brand else '<div dir="ltr">')
    q = ""
    if quoted:
        q = ('<br><div style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
             + esc(quoted) + "</div>")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n<body>\n'
            + head + esc(new) + q + "</div>\n</body></html>\n")

def ses_boundary(t):
    return f"----=_Part_{R.randint(100000,9999999)}_{R.randint(10000000,999999999)}.{int(t.timestamp()*1000)}"

def gm_boundary():
    return "000000000000" + rhex(16)

# ---------------------------------------------------------------- senders
def ses(t):
    ms = int(t.timestamp() * 1000) - R.randint(150, 900)
    mid = "0100" + format(ms, "012x") + "-" + str(uuid.UUID(int=R.getrandbits(128), version=4)) + "-000000"
    blk = R.choice([8, 48])
    last = R.randint(2, 60)
    return dict(env=mid + "@amazonses.com", ip=f"54.240.{blk}.{last}",
                helo=f"a{blk}-{last}.smtp-out.amazonses.com",
                msgid=f"<{mid}@email.amazonses.com>", ms=ms)

def ses_sig_headers(t, s, dom="amazon.com"):
    ts = int(t.timestamp())
    return [
        ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
         f"\ts={ralnum(32)}; d={dom}; t={ts};\n"
         "\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n"
         f"\tbh={rb64(43)}=;\n\tb={rb64(76)}\n\t{rb64(76)}\n\t{rb64(56)}="),
        ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
         f"\ts=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t={ts};\n"
         "\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID;\n"
         f"\tbh={rb64(43)}=;\n\tb={rb64(76)}\n\t{rb64(76)}\n\t{rb64(56)}="),
    ]

def ses_tail(t, s):
    return [("Feedback-ID", f"::1.us-east-1.{rb64(43)}=:AmazonSES"),
            ("X-SES-Outgoing", t.strftime("%Y.%m.%d") + "-" + s["ip"])]

def sendgrid(t, to, dom="credly.com"):
    local = to.replace("@", "=")
    ip = f"167.89.{R.randint(100,125)}.{R.randint(2,250)}"
    return dict(env=f"bounces+{R.randint(1000000,9999999)}-{rhex(4)}-{local}@em.{dom}",
                ip=ip, helo=f"o{R.randint(1,9)}.em.{dom}",
                msgid=f"<{rb64(22).replace('/','_').replace('+','-')}@geopod-ismtpd-{R.randint(1,30)}>")

def simple_sig(t, dom, sel="s1"):
    return [("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom};\n"
             f"\th=from:subject:mime-version:to:content-type:date:message-id;\n"
             f"\ts={sel}; bh={rb64(43)}=;\n\tb={rb64(76)}\n\t{rb64(76)}\n\t{rb64(48)}==")]

# ---------------------------------------------------------------- receivers
def gmail_trace(to, t, env, ip, helo, ar, spf="pass", arc=True):
    r1 = t + timedelta(seconds=R.randint(1, 3))
    r2 = r1 + timedelta(seconds=R.randint(0, 1))
    gid = rb64(4).lower()
    h = [("Delivered-To", to),
         ("Received", f"by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(4)}csp{R.randint(100000,999999)}{ralnum(3)};\n"
          f"        {rfc(r2, PT)} ({r2.astimezone(PT).tzname()})"),
         ("X-Google-Smtp-Source", f"AGHT+I{rb64(64)}"),
         ("X-Received", f"by 2002:a05:620a:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(22)}.{R.randint(10,99)}.{R.randint(1000000000000,9999999999999)};\n"
          f"        {rfc(r2, PT)} ({r2.astimezone(PT).tzname()})")]
    if arc:
        h += [("ARC-Seal", f"i=1; a=rsa-sha256; t={int(r1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(70)}\n         {rb64(70)}=="),
              ("ARC-Message-Signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={rb64(70)}\n         {rb64(70)}=="),
              ("ARC-Authentication-Results", "i=1; mx.google.com;\n" + ar)]
    h += [("Return-Path", f"<{env}>"),
          ("Received", f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{rhex(14)}si{R.randint(1000000,9999999)}{ralnum(2)}.{R.randint(100,999)}.{r1.astimezone(PT).strftime('%Y.%m.%d.%H.%M.%S')}\n"
           f"        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc(r1, PT)} ({r1.astimezone(PT).tzname()})"),
          ("Received-SPF", f"{spf} (google.com: domain of {env} designates {ip} as permitted sender) client-ip={ip};" if spf == "pass"
           else f"{spf} (google.com: domain of transitioning {env} does not designate {ip} as permitted sender) client-ip={ip};"),
          ("Authentication-Results", "mx.google.com;\n" + ar)]
    return h

def gmail_ar(dkims, env, ip, dmarc, from_dom, spf="pass", p="QUARANTINE", sp="QUARANTINE"):
    lines = []
    for dom, ok in dkims:
        lines.append(f"       dkim={ok} header.i=@{dom} header.s={ralnum(12)} header.b={rb64(8)};")
    if spf == "pass":
        lines.append(f"       spf=pass (google.com: domain of {env} designates {ip} as permitted sender) smtp.mailfrom={env};")
    else:
        lines.append(f"       spf={spf} (google.com: domain of transitioning {env} does not designate {ip} as permitted sender) smtp.mailfrom={env};")
    lines.append(f"       dmarc={dmarc} (p={p} sp={sp} dis={'NONE' if dmarc=='pass' else 'QUARANTINE'}) header.from={from_dom}")
    return "\n".join(lines)

def o365_trace(to, t, env_dom, ip, helo, ar, tenant="namprd", jp=False, consumer=False):
    r1 = t + timedelta(seconds=R.randint(1, 3))
    r2 = r1 + timedelta(seconds=1)
    reg = "JPN" if jp else ("NAM" if not consumer else "EUR")
    big = "jpnprd01" if jp else ("namprd04" if not consumer else "eurprd04")
    mbx = (f"TYCPR01MB{R.randint(1000,9999)}.{big}.prod.outlook.com" if jp else
           (f"DB9PR04MB{R.randint(1000,9999)}.{big}.prod.outlook.com" if consumer else
            f"SA1PR04MB{R.randint(1000,9999)}.{big}.prod.outlook.com"))
    fe = (f"OS0P286CA{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM" if jp else
          f"{'AM' if consumer else 'BN'}{R.randint(6,9)}P{R.randint(100,299)}CA{R.randint(1000,9999)}.{reg}P{R.randint(100,299)}.PROD.OUTLOOK.COM")
    edge = (f"TY{R.randint(1,3)}PEPF0000{rhex(4).upper()}.apcprd03.prod.outlook.com" if jp else
            f"{'AMS' if consumer else 'SN'}{R.randint(1,3)}PEPF0000{rhex(4).upper()}.{'eurprd' if consumer else 'namprd'}0{R.randint(2,5)}.prod.outlook.com")
    h = [("Received", f"from {mbx} (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)})\n by {mbx.split('.')[0]}.{big}.prod.outlook.com with HTTPS; {rfc(r2)}"),
         ("Received", f"from {fe} (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)})\n by {mbx} (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8100,9300)}.{R.randint(10,40)}; {rfc(r2)}"),
         ("Received", f"from {edge}\n (2603:10b6:{rhex(3)}:{rhex(2)}:cafe::{rhex(2)}) by {fe}\n (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8100,9300)}.{R.randint(10,40)} via Frontend Transport; {rfc(r1)}"),
         ("Authentication-Results", ar),
         ("Received-SPF", f"Pass (protection.outlook.com: domain of {env_dom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C" if "spf=pass" in ar
          else f"SoftFail (protection.outlook.com: domain of transitioning {env_dom}\n discourages use of {ip} as permitted sender)"),
         ("Received", f"from {helo} ({ip}) by\n {edge} ({'10.167.' + str(R.randint(240,250)) + '.' + str(R.randint(2,250))}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8100,9300)}.{R.randint(10,40)} via Frontend Transport; {rfc(r1)}")]
    return h

def o365_ar(ip, env_dom, dkim, hd, dmarc, from_dom, action="none", comp="pass reason=100"):
    spf = f"spf=pass (sender IP is {ip}) smtp.mailfrom={env_dom};" if ip else ""
    dk = f" dkim=pass (signature was verified) header.d={hd};" if dkim == "pass" else " dkim=none (message not signed) header.d=none;"
    return f"{spf}{dk}dmarc={dmarc} action={action} header.from={from_dom};compauth={comp}"

def o365_tail(jp=False):
    return [("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"),
            ("X-MS-Exchange-Organization-Network-Message-Id", str(uuid.UUID(int=R.getrandbits(128), version=4))),
            ("X-MS-Exchange-Organization-SCL", "1"),
            ("X-Microsoft-Antispam", "BCL:0;ARA:13230040|" + str(R.randint(1000000, 9999999)) + "|8096899003;")]

def jp_isp_trace(to, t, env, ip, helo, ar):
    r1 = t + timedelta(seconds=R.randint(1, 5))
    qid = ralnum(12, up=True)
    h = [("Return-Path", f"<{env}>"),
         ("Delivered-To", to),
         ("Received", f"from mfilter{R.randint(1,9):02d}.cyberhome.ne.jp (mfilter{R.randint(1,9):02d}.cyberhome.ne.jp [10.32.{R.randint(1,9)}.{R.randint(10,99)}])\n\tby mbox{R.randint(1,6):02d}.cyberhome.ne.jp (Postfix) with ESMTP id {qid}\n\tfor <{to}>; {rfc(r1, JST)}"),
         ("Authentication-Results", ar),
         ("Received", f"from {helo} ({helo} [{ip}])\n\tby mx{R.randint(1,4):02d}.cyberhome.ne.jp (Postfix) with ESMTPS id {ralnum(10, up=True)}\n\tfor <{to}>; {rfc(r1, JST)}"),
         ("X-Spam-Status", "No, score=-1.8")]
    return h

def jp_ar(dom_dkim, env, dmarc, from_dom, spf="pass"):
    return (f"mx02.cyberhome.ne.jp;\n\tspf={spf} smtp.mailfrom={env};\n\tdkim=pass header.d={dom_dkim} header.s={ralnum(10)};\n"
            f"\tdmarc={dmarc} (p=quarantine dis=none) header.from={from_dom}")

# ---------------------------------------------------------------- write
def write(n, slug, *, kind, lang, case_id, trace, frm, to, subject, date, msgid, body,
          ids_text, verified, sig=(), tail=(), extra=(), cc=None, reply_to=None, date_tz=UTC):
    m = body
    content = list(m.items())
    for k in set(k for k, _ in content):
        del m[k]
    hdrs = list(trace) + list(sig)
    hdrs += [("Date", rfc(date, date_tz)), ("From", frm)]
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", subject), ("Message-ID", msgid)]
    hdrs += list(extra)
    hdrs += [("MIME-Version", "1.0")] + content + list(tail)
    for k, v in hdrs:
        m[k] = v
    name = f"{n:03d}-{slug}.eml"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(m)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buf.getvalue())
    LABELS[name] = {"kind": kind, "case_id": case_id, "account_ids": ids_of(ids_text),
                    "sender_verified": verified, "language": lang}

AWSFORM = addr("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWSNR = addr("Amazon Web Services", "no-reply-aws@amazon.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

def aws_mail_gmail(to, t):
    s = ses(t)
    ar = gmail_ar([("amazon.com", "pass"), ("amazonses.com", "pass")], s["env"], s["ip"], "pass", "amazon.com")
    return s, gmail_trace(to, t, s["env"], s["ip"], s["helo"], ar), ses_sig_headers(t, s), ses_tail(t, s)

def aws_mail_o365(to, t, jp=False, consumer=False):
    s = ses(t)
    ar = o365_ar(s["ip"], "amazonses.com", "pass", "amazon.com", "pass", "amazon.com")
    return s, o365_trace(to, t, "amazonses.com", s["ip"], s["helo"], ar, jp=jp, consumer=consumer), ses_sig_headers(t, s), ses_tail(t, s) + o365_tail(jp)

def aws_mail_jp(to, t):
    s = ses(t)
    ar = jp_ar("amazon.com", s["env"], "pass", "amazon.com")
    return s, jp_isp_trace(to, t, s["env"], s["ip"], s["helo"], ar), ses_sig_headers(t, s), ses_tail(t, s)

def credly_mail(to, t, provider):
    s = sendgrid(t, to)
    sig = simple_sig(t, "credly.com", "s1") + simple_sig(t, "sendgrid.info", "smtpapi")
    if provider == "gmail":
        ar = gmail_ar([("credly.com", "pass"), ("sendgrid.info", "pass")], s["env"], s["ip"], "pass", "credly.com", p="REJECT", sp="REJECT")
        tr = gmail_trace(to, t, s["env"], s["ip"], s["helo"], ar)
    else:
        ar = o365_ar(s["ip"], "em.credly.com", "pass", "credly.com", "pass", "credly.com")
        tr = o365_trace(to, t, "em.credly.com", s["ip"], s["helo"], ar, jp=(provider == "o365jp"), consumer=(provider == "outlook"))
    return s, tr, sig

# =====================================================================
# Case A - Daniel Whitaker, contact form, Gmail (English)
# =====================================================================
DAN = "dan.whitaker84@gmail.com"
tA = d(2025, 11, 3, 8, 47, 12)
CA = caseid(tA, "00712")
SUBJ_A = f"[CASE {CA}] {FORM_SUBJ}"

new = f"""Hello Daniel,

Thanks for getting in touch with AWS Training and Certification. This note is
to let you know that your request has been logged under reference number
{CA}.

A member of our team normally responds within one business day. If you need
to add anything, just reply to this message and keep the reference number in
the subject line so your note lands in the right place. There is no need to
fill in the form a second time.

Summary of your submission
--------------------------
Inquiry type: AWS Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04417392
Contact e-mail: {DAN}
Country: United States

Kind regards,
AWS Training and Certification Support
"""
s, tr, sig, tail = aws_mail_gmail(DAN, tA)
write(1, "form-request-logged", kind="case_created", lang="en", case_id=CA, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=DAN, subject=SUBJ_A, date=tA, msgid=s["msgid"],
      body=part(new, cte="quoted-printable"), ids_text=new, verified=True)

t2 = d(2025, 11, 4, 15, 10, 41)
new2 = """Hi Daniel,

Thank you for reaching out to AWS Training and Certification. My name is
Ritika and I'll be looking after your request.

I searched our records with the details from your form and found two
candidate profiles that appear to belong to you:

  - AWS04417392, registered with dan.whitaker84@gmail.com
  - AWS11820956, registered with d.whitaker@brightlane-consulting.com

Before I can do anything further, could you tell me which of the two you
would like to keep using from now on? Please also check that you still have
access to the mailbox on that profile, as all future notifications
(recertification reminders, benefit vouchers) will be sent there.

Looking forward to hearing from you.

Best regards,
Ritika S.
AWS Training and Certification
"""
s, tr, sig, tail = aws_mail_gmail(DAN, t2)
b = alt(part(new2, cte="quoted-printable"), part(to_html(new2), "html", cte="quoted-printable"), ses_boundary(t2))
write(2, "ritika-which-profile", kind="support_reply", lang="en", case_id=CA, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=DAN, subject="RE:" + SUBJ_A, date=t2, msgid=s["msgid"],
      body=b, ids_text=new2, verified=True)

t3 = d(2025, 11, 5, 9, 31, 7)
new3 = """Hello Daniel,

Thanks for coming back to me so quickly.

Based on your answer, this is what we are going to do:

  Profile that stays active:  AWS04417392 (dan.whitaker84@gmail.com)
  Profile folded into it:     AWS11820956 (d.whitaker@brightlane-consulting.com)

All exam history, active certifications and unused benefits on the second
profile will be moved across to the first one, and the second profile will
then be closed. Please be aware that this is a one-way operation: once it
has been carried out we cannot split the records apart again.

If the above is right, simply reply to this e-mail to say so and I will go
ahead. If anything should be different, tell me before then.

Best regards,
Ritika S.
AWS Training and Certification
"""
q3 = """On Tue, Nov 4, 2025 at 10:48 AM Daniel Whitaker <dan.whitaker84@gmail.com> wrote:
> Hi Ritika,
>
> Please keep the gmail one (AWS04417392). The brightlane address is my old
> employer - I can still get into it for now but probably not for long.
>
> Thanks,
> Dan
>
> On Tue, Nov 4, 2025 at 10:10 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hi Daniel,
> >
> > Thank you for reaching out to AWS Training and Certification. My name is
> > Ritika and I'll be looking after your request.
> >
> > I searched our records with the details from your form and found two
> > candidate profiles that appear to belong to you:
> >
> >   - AWS04417392, registered with dan.whitaker84@gmail.com
> >   - AWS11820956, registered with d.whitaker@brightlane-consulting.com
> >
> > Before I can do anything further, could you tell me which of the two you
> > would like to keep using from now on?
> >
> > Best regards,
> > Ritika S.
> > AWS Training and Certification
"""
s, tr, sig, tail = aws_mail_gmail(DAN, t3)
b = alt(part(new3 + "\n" + q3, cte="quoted-printable"),
        part(to_html(new3, q3), "html", cte="quoted-printable"), ses_boundary(t3))
write(3, "ritika-please-confirm", kind="merge_confirmation_requested", lang="en", case_id=CA, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=DAN, subject="RE:" + SUBJ_A, date=t3, msgid=s["msgid"],
      body=b, ids_text=new3, verified=True)

t4 = d(2025, 11, 5, 18, 2, 55)
new4 = """Hi Daniel,

Thank you for confirming. I've handed your request to the team that looks
after account consolidations, and they will now proceed. It normally takes
one to three business days; I'll write to you again as soon as it has been
finished.

There is nothing else you need to do in the meantime. We'd just ask that you
avoid signing in to the older profile until you hear back from me.

Best regards,
Ritika S.
AWS Training and Certification
"""
q4 = """On Wed, Nov 5, 2025 at 8:22 AM Daniel Whitaker <dan.whitaker84@gmail.com> wrote:
> Yes, that's all correct. Please go ahead.
>
> Dan
>
> On Wed, Nov 5, 2025 at 4:31 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Daniel,
> >
> > Thanks for coming back to me so quickly.
> >
> > Based on your answer, this is what we are going to do:
> >
> >   Profile that stays active:  AWS04417392 (dan.whitaker84@gmail.com)
> >   Profile folded into it:     AWS11820956 (d.whitaker@brightlane-consulting.com)
> >
> > All exam history, active certifications and unused benefits on the second
> > profile will be moved across to the first one, and the second profile will
> > then be closed. Please be aware that this is a one-way operation: once it
> > has been carried out we cannot split the records apart again.
> >
> > If the above is right, simply reply to this e-mail to say so and I will go
> > ahead.
> >
> > Best regards,
> > Ritika S.
"""
s, tr, sig, tail = aws_mail_gmail(DAN, t4)
b = alt(part(new4 + "\n" + q4, cte="quoted-printable"),
        part(to_html(new4, q4), "html", cte="quoted-printable"), ses_boundary(t4))
write(4, "ritika-thanks-proceeding", kind="support_reply", lang="en", case_id=CA, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=DAN, subject="RE:" + SUBJ_A, date=t4, msgid=s["msgid"],
      body=b, ids_text=new4, verified=True)

t5 = d(2025, 11, 7, 12, 40, 19)
new5 = """Hello Daniel,

Good news: the records that were held under AWS11820956 have now been
transferred to AWS04417392, and the older profile has been deactivated.

When you sign in to your AWS Certification account with
dan.whitaker84@gmail.com you should now see all of your certifications and
your full exam history in one place. Unused benefits, such as the 50%
discount voucher from your last exam, have come across as well.

Your Credly badges will be re-issued to the e-mail address on the remaining
profile. Expect a message from Credly within the next day or two; you will
need to accept the badges again.

If anything looks wrong, simply reply to this message.

Kind regards,
Jonathan M.
AWS Training and Certification
"""
s, tr, sig, tail = aws_mail_gmail(DAN, t5)
b = alt(part(new5, cte="base64"), part(to_html(new5), "html", cte="base64"), ses_boundary(t5))
COMPLETION_A = b  # re-used as an attachment later
write(5, "records-transferred", kind="merge_completed", lang="en", case_id=CA, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=DAN, subject="RE:" + SUBJ_A, date=t5, msgid=s["msgid"],
      body=b, ids_text=new5, verified=True)
A5 = dict(date=t5, msgid=s["msgid"], new=new5)

t6 = d(2025, 11, 7, 12, 41, 2)
new6 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>How did we do?</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#16191f">
<tr><td>
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="80" alt="AWS">
<p>Hello Daniel,</p>
<p>Your recent request to AWS Training and Certification (case {CA}) has been marked as resolved.</p>
<p>We'd like to know how we did. It takes less than a minute.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.training.aws/s/csat?c={CA}&amp;q1=yes" style="background:#ff9900;color:#16191f;padding:8px 18px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.training.aws/s/csat?c={CA}&amp;q1=no" style="background:#d5dbdb;color:#16191f;padding:8px 18px;text-decoration:none">NO</a></p>
<p><b>How would you rate the support you received?</b><br>
<a href="https://survey.training.aws/s/csat?c={CA}&amp;r=1">1</a> &middot;
<a href="https://survey.training.aws/s/csat?c={CA}&amp;r=2">2</a> &middot;
<a href="https://survey.training.aws/s/csat?c={CA}&amp;r=3">3</a> &middot;
<a href="https://survey.training.aws/s/csat?c={CA}&amp;r=4">4</a> &middot;
<a href="https://survey.training.aws/s/csat?c={CA}&amp;r=5">5</a></p>
<p style="font-size:12px;color:#687078">Thank you for helping us improve.<br>AWS Training and Certification</p>
</td></tr></table></td></tr></table>
</body></html>
"""
s, tr, sig, tail = aws_mail_gmail(DAN, t6)
write(6, "how-did-we-do", kind="survey", lang="en", case_id=CA, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=DAN, subject=f"How did we do? Case {CA}", date=t6, msgid=s["msgid"],
      body=part(new6, "html", cte="quoted-printable"), ids_text=new6, verified=True)

t7 = d(2025, 11, 8, 3, 12, 44)
uu = str(uuid.UUID(int=R.getrandbits(128), version=4))
txt7 = f"""Daniel, you've been issued a new badge!

Amazon Web Services Training and Certification has issued you the following
badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your network and showcase your verified
skills:
https://www.credly.com/badges/{uu}/accept

This badge was previously held on a different Credly account. It has been
issued to {DAN}, the e-mail address on your AWS Certification profile.

Credly, 1005 Brooks Avenue, Denver, CO 80202
Unsubscribe: https://www.credly.com/notification_preferences
"""
html7 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f5f5f5">
<table align="center" width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333" cellpadding="20"><tr><td>
<img src="https://images.credly.com/images/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}/image.png" width="120" alt="badge">
<h2 style="font-weight:400">Daniel, you've been issued a new badge!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you the following badge:</p>
<p style="font-size:18px">AWS Certified Solutions Architect &ndash; Associate</p>
<p><a href="https://www.credly.com/badges/{uu}/accept" style="background:#2a8089;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">This badge was previously held on a different Credly account. It has been issued to {DAN}, the e-mail address on your AWS Certification profile.</p>
<p style="font-size:11px;color:#999">Credly, 1005 Brooks Avenue, Denver, CO 80202 &middot; <a href="https://www.credly.com/notification_preferences">Notification preferences</a></p>
</td></tr></table></body></html>
"""
s, tr, sig = credly_mail(DAN, t7, "gmail")
b = alt(part(txt7, cte="quoted-printable"), part(html7, "html", cte="quoted-printable"), gm_boundary())
write(7, "credly-saa-issued", kind="credly_badge_issued", lang="en", case_id=None, trace=tr, sig=sig,
      frm=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=DAN,
      subject="Daniel, you've been issued a new badge from Amazon Web Services Training and Certification",
      date=t7, msgid=s["msgid"], body=b, ids_text=txt7 + html7, verified=True)

# =====================================================================
# Case B - Priya Raman, console case, Office 365 (English)
# =====================================================================
PRI = "priya.raman@helixdata.io"
tB = d(2026, 2, 10, 14, 22, 5)
CB = caseid(tB, "00419")
SUBJ_B = "Consolidate duplicate AWS Certification accounts"
CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services
======================================================================
To contact us again about this case, please return to the AWS Support Center
using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mails.
To update an existing case, please use the URL above.
======================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
"""

new9 = f"""Thank you for contacting Amazon Web Services. We have opened case {CB} to address your issue.

The details of your case are as follows:

Case ID: {CB}
Subject: {SUBJ_B}
Severity: General guidance
Service: Training and Certification
Category: Certification

You can view and update your case in the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CB}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To update your case, please use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. or its affiliates.
"""
s, tr, sig, tail = aws_mail_o365(PRI, tB)
write(8, "console-case-opened", kind="case_created", lang="en", case_id=CB, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=PRI, subject=f"Amazon Web Services: You have opened a new Support case: {CB}",
      date=tB, msgid=s["msgid"], body=part(new9, cte="7bit", charset="us-ascii"), ids_text=new9, verified=True)

t10 = d(2026, 2, 11, 16, 48, 30)
new10 = f"""Hello,

We've updated your support case. The details are below.

Case ID: {CB}
Subject: {SUBJ_B}
Status: Pending customer action

A Support Engineer has added correspondence to this case. To read it and
respond, sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={CB}&language=en

This message was sent from an address that cannot receive replies.

Amazon Web Services
"""
s, tr, sig, tail = aws_mail_o365(PRI, t10)
write(9, "new-correspondence-notice", kind="support_reply", lang="en", case_id=CB, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=PRI, subject=f"[Case {CB}] New correspondence added",
      date=t10, msgid=s["msgid"], body=part(new10, cte="quoted-printable"), ids_text=new10, verified=True)

t11 = d(2026, 2, 12, 20, 5, 51)
new11 = """Hello Priya,

Thank you for the information you added yesterday, and for your patience while
I looked into this.

I located three certification profiles linked to you. As you requested, this
is the plan:

Primary profile (stays active):
  - AWS02975118 / priya.raman@helixdata.io

Profiles to be combined into the primary:
  - AWS 06630241 / praman.cloud@gmail.com
  - aws-09182734 / p.raman@alumni.midstate.edu

Once the consolidation has been carried out, the two secondary profiles are
closed for good and their sign-in credentials stop working. The action cannot
be undone afterwards, which is why I need your explicit go-ahead before I
submit it.

Please reply to this case from the Support Center and let me know whether the
above is accurate.
""" + CONSOLE_FOOT.format(agent="Hannah K.", cid=CB)
s, tr, sig, tail = aws_mail_o365(PRI, t11)
b = alt(part(new11, cte="quoted-printable"), part(to_html(new11), "html", cte="quoted-printable"), ses_boundary(t11))
write(10, "hannah-three-profiles-confirm", kind="merge_confirmation_requested", lang="en", case_id=CB, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=PRI, subject=f"RE:[CASE {CB}] {SUBJ_B}", date=t11, msgid=s["msgid"],
      body=b, ids_text=new11, verified=True)

t12 = d(2026, 2, 13, 15, 37, 12)
new12 = """Hello Priya,

Thanks for confirming the details in the Support Center.

I've submitted the consolidation to our certification operations team. Once
it is complete I'll update this case. At that point please also check that
your Credly badges show up under priya.raman@helixdata.io; if they don't
appear within a couple of days, let us know here and we will raise it with
Credly on your behalf.

Typical turnaround is two to three business days.
""" + CONSOLE_FOOT.format(agent="Hannah K.", cid=CB)
s, tr, sig, tail = aws_mail_o365(PRI, t12)
b = alt(part(new12, cte="quoted-printable"), part(to_html(new12), "html", cte="quoted-printable"), ses_boundary(t12))
write(11, "hannah-submitted-will-update", kind="support_reply", lang="en", case_id=CB, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=PRI, subject=f"RE:[CASE {CB}] {SUBJ_B}", date=t12, msgid=s["msgid"],
      body=b, ids_text=new12, verified=True)

t13 = d(2026, 2, 17, 9, 14, 40)
new13 = """Hello Priya,

I'm pleased to let you know that the consolidation has been carried out:
everything that was stored under AWS06630241 and AWS09182734 now lives
under AWS02975118, and the two older profiles have been closed.

You'll find your full exam history and all active certifications when you
sign in with priya.raman@helixdata.io.

As nothing further is pending, I'm going to resolve this case now. If you
need anything else, you can reopen it from the Support Center within the next
14 days.
""" + CONSOLE_FOOT.format(agent="Arjun P.", cid=CB)
s, tr, sig, tail = aws_mail_o365(PRI, t13)
b = alt(part(new13, cte="base64"), part(to_html(new13), "html", cte="base64"), ses_boundary(t13))
write(12, "consolidation-done-resolving", kind="merge_completed", lang="en", case_id=CB, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=PRI, subject=f"RE:[CASE {CB}] {SUBJ_B}", date=t13, msgid=s["msgid"],
      body=b, ids_text=new13, verified=True)

t14 = d(2026, 2, 18, 2, 3, 9)
uu1, uu2 = (str(uuid.UUID(int=R.getrandbits(128), version=4)) for _ in range(2))
html14 = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="max-width:560px;margin:auto;font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Priya,</p>
<p>Amazon Web Services Training and Certification has issued 2 badges to <b>{PRI}</b>. These badges were moved from another e-mail address following an update to your certification record.</p>
<table cellpadding="8">
<tr><td><img src="https://images.credly.com/size/110x110/images/{rhex(8)}/image.png" width="55"></td><td>AWS Certified Data Engineer &ndash; Associate<br><a href="https://www.credly.com/badges/{uu1}/accept">Accept badge</a></td></tr>
<tr><td><img src="https://images.credly.com/size/110x110/images/{rhex(8)}/image.png" width="55"></td><td>AWS Certified Machine Learning &ndash; Specialty<br><a href="https://www.credly.com/badges/{uu2}/accept">Accept badge</a></td></tr>
</table>
<p>Accepted badges can be shared on LinkedIn, in your e-mail signature, or anywhere you showcase your skills.</p>
<p style="font-size:11px;color:#999">You are receiving this e-mail because an issuer on Credly awarded you a badge. Credly, 1005 Brooks Avenue, Denver, CO 80202</p>
</div></body></html>
"""
txt14 = f"""Hi Priya,

Amazon Web Services Training and Certification has issued 2 badges to {PRI}.
These badges were moved from another e-mail address following an update to
your certification record.

* AWS Certified Data Engineer - Associate
  Accept: https://www.credly.com/badges/{uu1}/accept
* AWS Certified Machine Learning - Specialty
  Accept: https://www.credly.com/badges/{uu2}/accept

Credly, 1005 Brooks Avenue, Denver, CO 80202
"""
s, tr, sig = credly_mail(PRI, t14, "o365")
b = alt(part(txt14, cte="7bit", charset="us-ascii"), part(html14, "html", cte="quoted-printable"), gm_boundary())
write(13, "credly-two-badges-moved", kind="credly_badge_issued", lang="en", case_id=None, trace=tr, sig=sig,
      frm=addr("Credly", "admin@credly.com"), to=PRI,
      subject="You have 2 new badges waiting to be accepted",
      date=t14, msgid=s["msgid"], body=b, ids_text=txt14 + html14, verified=True)

# =====================================================================
# Case C - 佐藤 健太, contact form in Japanese, Japanese ISP
# =====================================================================
SATO = "k-sato@ab.cyberhome.ne.jp"
tC = d(2025, 6, 9, 1, 30, 44)
CC = caseid(tC, "00358")
SUBJ_C = f"[CASE {CC}] {FORM_SUBJ}"

new15 = f"""佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お客様のお問い合わせを受け付け、ケース番号 {CC} を発行いたしました。

担当者より、原則として 24 時間以内にご連絡いたします。
補足事項がございましたら、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせいただきますと、対応が遅れる場合がございますので
ご了承ください。

■ お問い合わせ内容
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS03318846
ご連絡先メールアドレス: {SATO}

AWS トレーニングと認定 サポートチーム
"""
s, tr, sig, tail = aws_mail_jp(SATO, tC)
write(14, "uketsuke-kanryo", kind="case_created", lang="ja", case_id=CC, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=SATO,
      subject=f"[CASE {CC}] " + enc("お問い合わせを受け付けました - AWS トレーニングと認定", "iso-2022-jp"),
      date=tC, msgid=s["msgid"],
      body=part(new15, charset="iso-2022-jp", cte="7bit"), ids_text=new15, verified=True)

t16 = d(2025, 6, 10, 2, 15, 26)
new16 = """佐藤 健太 様

お世話になっております。AWS トレーニングと認定 サポート担当の山本でございます。

お問い合わせいただいた件につきまして、お客様の認定アカウントを確認いたしました。
以下の内容で統合の手続きを進める予定です。

  統合先 (今後ご利用いただくアカウント): AWS03318846
  統合元 (手続き後に閉鎖されるアカウント): AWS07751290

統合元アカウントの受験履歴、取得済みの認定、および未使用の特典は、すべて統合先へ
移されます。なお、一度実施した統合は取り消すことができませんので、ご注意ください。

上記の内容でお間違いなければ、本メールにご返信のうえ、その旨をお知らせください。
ご返信を確認次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定
"""
s, tr, sig, tail = aws_mail_jp(SATO, t16)
b = alt(part(new16, cte="base64"), part(to_html(new16, lang="ja"), "html", cte="base64"), ses_boundary(t16))
write(15, "yamamoto-kakunin-irai", kind="merge_confirmation_requested", lang="ja", case_id=CC, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=SATO, subject="RE:" + SUBJ_C, date=t16, msgid=s["msgid"],
      body=b, ids_text=new16, verified=True)

t17 = d(2025, 6, 10, 9, 40, 3)
new17 = """佐藤 様

お世話になっております。AWS トレーニングと認定の山本です。

内容をご確認いただき、誠にありがとうございます。
これより担当部署にて作業を開始いたします。
完了いたしましたら改めてご連絡いたしますので、今しばらくお待ちくださいませ。

山本
AWS トレーニングと認定
"""
q17 = """On 2025/06/10 18:21, 佐藤 健太 wrote:
> 山本様
>
> ご連絡ありがとうございます。
> 記載の内容で問題ございません。統合を進めてください。
>
> 佐藤
>
> On 2025/06/10 11:15, Amazon Web Services wrote:
>> 佐藤 健太 様
>>
>> お世話になっております。AWS トレーニングと認定 サポート担当の山本でございます。
>>
>>   統合先 (今後ご利用いただくアカウント): AWS03318846
>>   統合元 (手続き後に閉鎖されるアカウント): AWS07751290
>>
>> なお、一度実施した統合は取り消すことができませんので、ご注意ください。
>> 上記の内容でお間違いなければ、本メールにご返信のうえ、その旨をお知らせください。
"""
s, tr, sig, tail = aws_mail_jp(SATO, t17)
write(16, "sagyo-kaishi", kind="support_reply", lang="ja", case_id=CC, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=SATO, subject="RE:" + SUBJ_C, date=t17, msgid=s["msgid"],
      body=part(new17 + "\n" + q17, charset="iso-2022-jp", cte="7bit"), ids_text=new17, verified=True)

t18 = d(2025, 6, 12, 5, 20, 37)
new18 = """佐藤 健太 様

お世話になっております。AWS トレーニングと認定の山本です。
大変お待たせいたしました。

AWS07751290 に登録されておりました以下の情報を、AWS03318846 へ移行いたしました。
  ① 取得済みの認定資格
  ② 受験履歴
  ③ 未使用の特典 (次回受験 50% 割引)

移行元のアカウントは、本日付けでご利用いただけなくなっております。
今後は AWS03318846 のアカウントにサインインしてご確認ください。

Credly のデジタルバッジにつきましては、数日以内に Credly より受け取りのご案内が
届きますので、あわせてご確認ください。

ご不明な点がございましたら、本メールにご返信ください。

山本
AWS トレーニングと認定
"""
s, tr, sig, tail = aws_mail_jp(SATO, t18)
# labelled Shift_JIS but written in CP932 (circled digits) - a common real-world mislabel
write(17, "iko-itashimashita", kind="merge_completed", lang="ja", case_id=CC, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=SATO, subject="RE:" + SUBJ_C, date=t18, msgid=s["msgid"],
      body=part(new18, charset="Shift_JIS", codec="cp932", cte="8bit"), ids_text=new18, verified=True)

t19 = d(2025, 6, 12, 5, 26, 11)
new19 = f"""佐藤 健太 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
お客様のお問い合わせ (ケース番号: {CC}) はクローズされました。

今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします。
所要時間は 1 分程度です。

  問題は解決しましたか?
    はい   : https://survey.training.aws/s/csat?c={CC}&q1=yes&lang=ja
    いいえ : https://survey.training.aws/s/csat?c={CC}&q1=no&lang=ja

  担当者の対応を 5 段階で評価してください:
    https://survey.training.aws/s/csat?c={CC}&lang=ja

ご協力のほど、よろしくお願いいたします。

AWS トレーニングと認定
"""
s, tr, sig, tail = aws_mail_jp(SATO, t19)
write(18, "anketo-onegai", kind="survey", lang="ja", case_id=CC, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=SATO, subject=enc(f"【アンケートのお願い】ケース {CC} がクローズされました", "iso-2022-jp"),
      date=t19, msgid=s["msgid"],
      body=part(new19, charset="iso-2022-jp", cte="7bit"), ids_text=new19, verified=True)

# =====================================================================
# Case D - Marco Bellini, contact form twice (first one unanswered), Outlook.com
# =====================================================================
MARCO = "marco.bellini@outlook.com"
tD1 = d(2025, 9, 1, 19, 5, 31)
CD1 = caseid(tD1, "00127")
tD2 = d(2025, 9, 8, 7, 40, 10)
CD2 = caseid(tD2, "00944")
SUBJ_D = f"[CASE {CD2}] {FORM_SUBJ}"

def ack_d(cid, extra_id):
    return f"""Hello,

We've received your message and a support case has been opened for you.

  Case reference: {cid}
  Topic: Certification / Account Merge
  AWS candidate ID provided: {extra_id}

Our Training and Certification support team aims to reply within 24 hours.
You can add information at any time by replying to this e-mail; please do not
change the subject line.

Thank you,
AWS Training and Certification Support

This is an automated acknowledgement.
"""
new21 = ack_d(CD1, "(not provided)")
s, tr, sig, tail = aws_mail_o365(MARCO, tD1, consumer=True)
write(19, "ack-first-request", kind="case_created", lang="en", case_id=CD1, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=MARCO, subject=f"[CASE {CD1}] {FORM_SUBJ}", date=tD1, msgid=s["msgid"],
      body=part(new21, cte="quoted-printable"), ids_text=new21, verified=True)

new22 = ack_d(CD2, "aws05529013")
s, tr, sig, tail = aws_mail_o365(MARCO, tD2, consumer=True)
write(20, "ack-second-request", kind="case_created", lang="en", case_id=CD2, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=MARCO, subject=SUBJ_D, date=tD2, msgid=s["msgid"],
      body=part(new22, cte="quoted-printable"), ids_text=new22, verified=True)

t23 = d(2025, 9, 10, 13, 2, 48)
new23 = f"""Hello Marco,

Thank you for contacting AWS Training and Certification, and I'm sorry that
your earlier request ({CD1}) went unanswered. It looks like the notification
e-mail field on that form was left empty, so our reply could not reach you.
I'll handle everything under this case from now on, so there is no need to
open another one.

To find the right records I need a bit more information:

1. The e-mail address you use to sign in to each of your certification
   accounts.
2. The candidate ID of the account you would like to keep, if you know it.
3. A short note on how the second account came about (for example, a
   different employer or a different sign-in method).

As soon as I have these details I can prepare the next step.

Regards,
Carlos R.
AWS Training and Certification Customer Support
"""
s, tr, sig, tail = aws_mail_o365(MARCO, t23, consumer=True)
b = alt(part(new23, cte="quoted-printable"), part(to_html(new23), "html", cte="quoted-printable"), ses_boundary(t23))
write(21, "carlos-needs-details", kind="support_reply", lang="en", case_id=CD2, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=MARCO, subject="RE:" + SUBJ_D, date=t23, msgid=s["msgid"],
      body=b, ids_text=new23, verified=True)

t24 = d(2025, 9, 13, 13, 10, 5)
new24 = """Hello Marco,

I'm following up on my message below, as I haven't received the details yet.
Are you still looking for help with this? If I don't hear back within the
next 72 hours the case will be closed automatically, but you can reply to this
e-mail at any time and it will be picked up again.

Regards,
Carlos R.
AWS Training and Certification Customer Support
"""
q24 = f"""--------------- Original Message ---------------
From: Amazon Web Services [aws-cs-trainingcertification-form@amazon.com]
Sent: 9/10/2025 1:02 PM
To: {MARCO}
Subject: RE:{SUBJ_D}

Hello Marco,

Thank you for contacting AWS Training and Certification, and I'm sorry that
your earlier request ({CD1}) went unanswered.

To find the right records I need a bit more information:

1. The e-mail address you use to sign in to each of your certification
   accounts.
2. The candidate ID of the account you would like to keep, if you know it.
3. A short note on how the second account came about.

Regards,
Carlos R.
"""
s, tr, sig, tail = aws_mail_o365(MARCO, t24, consumer=True)
write(22, "carlos-still-need-help", kind="support_reply", lang="en", case_id=CD2, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=MARCO, subject="RE:" + SUBJ_D, date=t24, msgid=s["msgid"],
      body=part(new24 + "\n" + q24, cte="quoted-printable"), ids_text=new24, verified=True)

t25 = d(2025, 9, 15, 8, 44, 19)
new25 = """Hello Marco,

Thank you for the details. I found both accounts and, as you asked, the one
registered with marco.bellini@outlook.com is the one you'll keep.

Please review the following carefully:

  Source account (will be closed):   AWS 05529013
  Target account (will be retained): AWS 08813374

Your AWS Certified Cloud Practitioner and AWS Certified Developer - Associate
certifications, together with the exam history, will be moved to the target
account. Please be aware that this process is permanent and cannot be rolled
back afterwards.

Kindly reply with "confirm" if you'd like me to go ahead, or let me know what
needs to change.

Regards,
Carlos R.
AWS Training and Certification Customer Support
"""
q25 = f"""--------------- Original Message ---------------
From: Marco Bellini [{MARCO}]
Sent: 9/14/2025 9:26 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:{SUBJ_D}

Hi Carlos,

sorry for the late answer, I was travelling.

1. marco.bellini@outlook.com (this is the one I want to keep, I think it is
   AWS08813374) and m.bellini@fastnet-it.example (old job, AWS05529013)
2. see above
3. my previous company registered me for the Developer exam with my work mail.

Thanks
Marco

--------------- Original Message ---------------
From: Amazon Web Services [aws-cs-trainingcertification-form@amazon.com]
Sent: 9/13/2025 1:10 PM
To: {MARCO}
Subject: RE:{SUBJ_D}

Hello Marco,

I'm following up on my message below, as I haven't received the details yet.
"""
s, tr, sig, tail = aws_mail_o365(MARCO, t25, consumer=True)
b = alt(part(new25 + "\n" + q25, cte="quoted-printable"),
        part(to_html(new25, q25), "html", cte="quoted-printable"), ses_boundary(t25))
write(23, "carlos-source-target-confirm", kind="merge_confirmation_requested", lang="en", case_id=CD2, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=MARCO, subject="RE:" + SUBJ_D, date=t25, msgid=s["msgid"],
      body=b, ids_text=new25, verified=True)

t26 = d(2025, 9, 16, 17, 25, 50)
new26 = """Hello Marco,

I'm writing to let you know that your request has been completed. Your exam
history and certifications from AWS05529013 are now under AWS08813374, and
the old profile has been retired, so you won't be able to sign in to it any
more.

Please sign in with marco.bellini@outlook.com and check that everything is
listed as expected. Your Credly badges should follow in a separate e-mail
from Credly.

Regards,
Carlos R.
AWS Training and Certification Customer Support
"""
q26 = f"""--------------- Original Message ---------------
From: Marco Bellini [{MARCO}]
Sent: 9/15/2025 11:03 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:{SUBJ_D}

confirm

Inviato da Outlook per Android

--------------- Original Message ---------------
From: Amazon Web Services [aws-cs-trainingcertification-form@amazon.com]
Sent: 9/15/2025 8:44 AM
To: {MARCO}
Subject: RE:{SUBJ_D}

Hello Marco,

Thank you for the details. I found both accounts and, as you asked, the one
registered with marco.bellini@outlook.com is the one you'll keep.

Please review the following carefully:

  Source account (will be closed):   AWS 05529013
  Target account (will be retained): AWS 08813374

Please be aware that this process is permanent and cannot be rolled back
afterwards. Kindly reply with "confirm" if you'd like me to go ahead.
"""
s, tr, sig, tail = aws_mail_o365(MARCO, t26, consumer=True)
b = alt(part(new26 + "\n" + q26, cte="quoted-printable"),
        part(to_html(new26, q26), "html", cte="quoted-printable"), ses_boundary(t26))
write(24, "carlos-request-completed", kind="merge_completed", lang="en", case_id=CD2, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=MARCO, subject="RE:" + SUBJ_D, date=t26, msgid=s["msgid"],
      body=b, ids_text=new26, verified=True)

t27 = d(2025, 9, 16, 17, 31, 2)
new27 = f"""Hello,

We recently closed your case {CD2} with AWS Training and Certification.
Please take a moment to tell us about your experience. Your feedback goes
directly to the team and helps us improve.

  1. Was your issue resolved?        YES  /  NO
     https://survey.training.aws/s/csat?c={CD2}

  2. How satisfied were you with the agent who helped you?
     Very dissatisfied  1  2  3  4  5  Very satisfied

This survey will close in 7 days.

AWS Training and Certification
"""
s, tr, sig, tail = aws_mail_o365(MARCO, t27, consumer=True)
write(25, "case-closed-feedback", kind="survey", lang="en", case_id=CD2, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=MARCO, subject=f"Case {CD2} closed - tell us about your experience",
      date=t27, msgid=s["msgid"], body=part(new27, cte="quoted-printable"), ids_text=new27, verified=True)

t28 = d(2025, 9, 18, 6, 51, 37)
uu = str(uuid.UUID(int=R.getrandbits(128), version=4))
txt28 = f"""Congratulations, Marco!

You've earned a badge from Amazon Web Services Training and Certification:
AWS Certified Developer - Associate

Claim it now so you can share your achievement:
https://www.credly.com/badges/{uu}/accept

Need help? https://support.credly.com
"""
html28 = f"""<html><body style="font-family:Arial,sans-serif;color:#222">
<center><table width="540" cellpadding="18"><tr><td align="center">
<img src="https://images.credly.com/size/340x340/images/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}/image.png" width="140">
<h1 style="font-size:22px">Congratulations, Marco!</h1>
<p>You've earned a badge from <b>Amazon Web Services Training and Certification</b>:</p>
<p><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/{uu}/accept" style="display:inline-block;background:#2a8089;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Need help? <a href="https://support.credly.com">support.credly.com</a></p>
</td></tr></table></center></body></html>
"""
s, tr, sig = credly_mail(MARCO, t28, "outlook")
b = alt(part(txt28, cte="7bit", charset="us-ascii"), part(html28, "html", cte="base64"), gm_boundary())
write(26, "credly-developer-badge", kind="credly_badge_issued", lang="en", case_id=None, trace=tr, sig=sig,
      frm=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=MARCO,
      subject="Congratulations, Marco! Claim your AWS Certified Developer - Associate badge",
      date=t28, msgid=s["msgid"], body=b, ids_text=txt28 + html28, verified=True)

# =====================================================================
# Case E - 田中 美咲, console case in Japanese, Office 365 (Japan)
# =====================================================================
TANAKA = "m-tanaka@kuroshio-sys.co.jp"
tE = d(2026, 3, 4, 0, 12, 50)
CE = caseid(tE, "00263")
SUBJ_E = "認定アカウントの統合について"
CONSOLE_FOOT_JA = """
このやり取りについてのご評価をお願いいたします。AWS サポートセンターの各連絡事項の
右上にある星を選択すると評価できます。

よろしくお願いいたします。

{agent}
Amazon Web Services
======================================================================
本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンター
にアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。
======================================================================
"""

new31 = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {CE} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {CE}
件名: {SUBJ_E}
重要度: 一般的なガイダンス
サービス: トレーニングと認定

AWS サポートセンターでケースの確認や連絡事項の追加ができます。
https://support.console.aws.amazon.com/support/home#/case/?displayId={CE}&language=ja

このメールは受信できないアドレスから送信されています。ケースを更新するには、上記のリンクをご利用ください。
"""
s, tr, sig, tail = aws_mail_o365(TANAKA, tE, jp=True)
write(27, "atarashii-case", kind="case_created", lang="ja", case_id=CE, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=TANAKA,
      subject=enc(f"Amazon Web Services: 新しいケースを作成しました: {CE}", "iso-2022-jp"),
      date=tE, msgid=s["msgid"], body=part(new31, cte="quoted-printable"), ids_text=new31, verified=True)

t32 = d(2026, 3, 5, 2, 30, 14)
new32 = """田中 美咲 様

Amazon Web Services の小林です。お問い合わせいただき、ありがとうございます。

ご登録のメールアドレスで検索したところ、aws01987654 と aws10452287 の 2 つの
認定アカウントが見つかりました。統合の手続きに進むにあたり、以下の点を
お知らせいただけますでしょうか。

  1. 今後ご利用になるアカウント (統合先) はどちらか
  2. それぞれのアカウントに登録されている通知先メールアドレス
  3. アカウントが 2 つになった経緯 (転職、メールアドレスの変更など)

サポートセンターからご返信いただけますと幸いです。
""" + CONSOLE_FOOT_JA.format(agent="小林", cid=CE)
s, tr, sig, tail = aws_mail_o365(TANAKA, t32, jp=True)
b = alt(part(new32, cte="quoted-printable"), part(to_html(new32, lang="ja"), "html", cte="quoted-printable"), ses_boundary(t32))
write(28, "kobayashi-tsuika-joho", kind="support_reply", lang="ja", case_id=CE, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=TANAKA, subject=enc(f"RE:[CASE {CE}] {SUBJ_E}"), date=t32, msgid=s["msgid"],
      body=b, ids_text=new32, verified=True)

t33 = d(2026, 3, 6, 6, 45, 33)
new33 = """田中 美咲 様

Amazon Web Services の小林です。ご回答いただき、ありがとうございます。

いただいた情報をもとに、以下の内容で統合を行います。
実施前に、最終確認をお願いいたします。

  統合先 (残るアカウント): AWS01987654 (m-tanaka@kuroshio-sys.co.jp)
  統合元 (閉鎖されるアカウント): AWS-10452287 (misaki.t.0419@docomo.ne.jp)

統合元の認定資格・受験履歴・特典は統合先へ移行され、統合元のアカウントには
サインインできなくなります。統合処理は元に戻すことができません。

内容に相違がなければ、サポートセンターから「この内容で進めてください」と
ご返信ください。
""" + CONSOLE_FOOT_JA.format(agent="小林", cid=CE)
s, tr, sig, tail = aws_mail_o365(TANAKA, t33, jp=True)
write(29, "kobayashi-saishu-kakunin", kind="merge_confirmation_requested", lang="ja", case_id=CE, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=TANAKA, subject=enc(f"RE:[CASE {CE}] {SUBJ_E}"), date=t33, msgid=s["msgid"],
      body=part(to_html(new33, lang="ja"), "html", cte="base64"), ids_text=new33, verified=True)
E33 = dict(date=t33, msgid=s["msgid"], new=new33)

# colleague (manager) replies to Tanaka's internal forward - internal mail, no Authentication-Results
t34 = d(2026, 3, 6, 8, 12, 9)
SUZUKI = "h-suzuki@kuroshio-sys.co.jp"
new34 = """田中さん

転送ありがとうございます。
統合先は AWS01987654 (会社アドレスの方) で問題ありません。
社内の研修記録もそちらの ID で登録しているので、このまま進めてください。
完了したら、念のため人事の研修担当にも ID を共有しておいてもらえると助かります。

鈴木
"""
q34 = f"""________________________________
差出人: 田中 美咲 <{TANAKA}>
送信日時: 2026年3月6日 16:02
宛先: 鈴木 浩 <{SUZUKI}>
件名: FW: RE:[CASE {CE}] {SUBJ_E}

鈴木さん

AWS 認定のアカウント統合の件、以下の内容で進めてよいか確認させてください。

田中

________________________________
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2026年3月6日 15:45
宛先: 田中 美咲 <{TANAKA}>
件名: RE:[CASE {CE}] {SUBJ_E}

田中 美咲 様

Amazon Web Services の小林です。ご回答いただき、ありがとうございます。

  統合先 (残るアカウント): AWS01987654 (m-tanaka@kuroshio-sys.co.jp)
  統合元 (閉鎖されるアカウント): AWS-10452287 (misaki.t.0419@docomo.ne.jp)

統合処理は元に戻すことができません。
"""
fw_id = f"<TYCPR01MB{R.randint(1000,9999)}{rhex(12).upper()}@TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com>"
my_id = f"<OS3PR01MB{R.randint(1000,9999)}{rhex(12).upper()}@OS3PR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com>"
tr34 = [("Received", f"from OS3PR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com (2603:1096:604:{rhex(2)}::{rhex(2)})\n by TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com with HTTPS; {rfc(t34 + timedelta(seconds=1))}"),
        ("Received", f"from OS3PR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by OS3PR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%4]) with mapi id 15.20.9087.014; {rfc(t34, JST)}")]
body34 = part(new34 + "\n" + q34, charset="iso-2022-jp", cte="7bit")
write(30, "suzuki-re-fw-tougou", kind="unrelated", lang="ja", case_id=CE, trace=tr34,
      frm=addr("鈴木 浩", SUZUKI, "iso-2022-jp"), to=addr("田中 美咲", TANAKA, "iso-2022-jp"),
      subject=enc(f"RE: FW: RE:[CASE {CE}] {SUBJ_E}", "iso-2022-jp"), date=t34, date_tz=JST, msgid=my_id,
      extra=[("Thread-Topic", enc(f"FW: RE:[CASE {CE}] {SUBJ_E}", "iso-2022-jp")),
             ("In-Reply-To", fw_id), ("References", fw_id),
             ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""),
             ("X-MS-Exchange-Organization-AuthAs", "Internal"),
             ("X-MS-Exchange-Organization-AuthSource", "OS3PR01MB.jpnprd01.prod.outlook.com")],
      body=body34, ids_text=new34, verified=None)

t35 = d(2026, 3, 9, 4, 10, 2)
new35 = """田中 美咲 様

Amazon Web Services の小林です。
大変お待たせいたしました。ご依頼いただいたアカウントの統合が完了しました。

AWS10452287 に登録されていた認定資格と受験履歴は AWS01987654 に統合され、
統合元のアカウントは閉鎖されています。今後は m-tanaka@kuroshio-sys.co.jp で
サインインしてご確認ください。Credly のバッジについては、Credly から別途
メールが届きます。

以上をもちまして、本ケースは解決済みとしてクローズいたします。
"""
q35 = """> 田中 美咲 様
>
> Amazon Web Services の小林です。ご回答いただき、ありがとうございます。
>
> いただいた情報をもとに、以下の内容で統合を行います。
> 実施前に、最終確認をお願いいたします。
>
>   統合先 (残るアカウント): AWS01987654 (m-tanaka@kuroshio-sys.co.jp)
>   統合元 (閉鎖されるアカウント): AWS-10452287 (misaki.t.0419@docomo.ne.jp)
>
> 統合処理は元に戻すことができません。
> 内容に相違がなければ、サポートセンターから「この内容で進めてください」と
> ご返信ください。
"""
full35 = new35 + CONSOLE_FOOT_JA.format(agent="小林", cid=CE) + "\n" + q35
s, tr, sig, tail = aws_mail_o365(TANAKA, t35, jp=True)
b = alt(part(full35, cte="base64"), part(to_html(new35 + CONSOLE_FOOT_JA.format(agent="小林", cid=CE), q35, lang="ja"), "html", cte="base64"), ses_boundary(t35))
write(31, "tougou-kanryo-close", kind="merge_completed", lang="ja", case_id=CE, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=TANAKA, subject=enc(f"RE:[CASE {CE}] {SUBJ_E}"), date=t35, msgid=s["msgid"],
      body=b, ids_text=new35, verified=True)

t36 = d(2026, 3, 10, 23, 45, 18)
uu = str(uuid.UUID(int=R.getrandbits(128), version=4))
html36 = f"""<!doctype html><html><head><meta charset="utf-8"></head><body style="background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="580" cellpadding="22" style="background:#fff"><tr><td>
<p style="font-size:20px">Misaki, your badge is ready to accept</p>
<p>Amazon Web Services Training and Certification issued you a badge:</p>
<p><b>AWS Certified SysOps Administrator &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/{uu}/accept" style="background:#2a8089;color:#ffffff;padding:12px 26px;text-decoration:none;border-radius:3px">Accept your badge</a></p>
<p style="font-size:12px;color:#666">This badge has been issued to {TANAKA}. If you already have a Credly account under another e-mail address, you can add this address to it in your account settings.</p>
<p style="font-size:11px;color:#999">&copy; 2026 Credly. 1005 Brooks Avenue, Denver, CO 80202</p>
</td></tr></table></body></html>
"""
s, tr, sig = credly_mail(TANAKA, t36, "o365jp")
write(32, "credly-sysops-accept", kind="credly_badge_issued", lang="en", case_id=None, trace=tr, sig=sig,
      frm=addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"), to=TANAKA,
      subject="Misaki, your AWS Certified SysOps Administrator - Associate badge is ready",
      date=t36, msgid=s["msgid"], body=part(html36, "html", cte="quoted-printable"), ids_text=html36, verified=True)

# =====================================================================
# Case F - Sarah Okafor, contact form, Gmail (English) - closed for no reply, then done
# =====================================================================
SARAH = "sarah.okafor.dev@gmail.com"
tF = d(2025, 7, 21, 16, 3, 27)
CF = caseid(tF, "00585")
SUBJ_F = f"[CASE {CF}] {FORM_SUBJ}"

t37 = d(2025, 7, 23, 10, 5, 44)
new37 = """Hi Sarah,

Thanks for your patience. I've tracked down both of your accounts, so here is
a quick summary of what we're about to do:

Keep:        aws-06120459 (sarah.okafor.dev@gmail.com)
Merge in:    AWS 02288731 (sokafor@student.lakeshore-college.edu)

Heads up: once the two are combined there's no way to separate them again,
and the college login will stop working.

Could you reply and let me know the above looks right? I'll start as soon
as I hear from you.

Thanks,
Kiran
AWS Training & Certification Support
"""
q37 = f"""----- Original submission -----
Name: Sarah Okafor
E-mail: {SARAH}
Inquiry type: AWS Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS06120459
Description: I have one account from college (student e-mail) with my Cloud
Practitioner and a new one with my SAA and Developer certs. Please combine them
into the newer one.
"""
s, tr, sig, tail = aws_mail_gmail(SARAH, t37)
write(33, "kiran-looks-right", kind="merge_confirmation_requested", lang="en", case_id=CF, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=SARAH, subject="RE:" + SUBJ_F, date=t37, msgid=s["msgid"],
      body=part(new37 + "\n" + q37, cte="base64"), ids_text=new37, verified=True)

t38 = d(2025, 7, 30, 10, 10, 12)
new38 = f"""Hello Sarah,

As we haven't heard back from you for 7 days, your case {CF} has now been
closed.

If you still need help, simply reply to this e-mail and the case will be
reopened automatically - there's no need to submit a new request.

Before you go: how was your experience with us?
Was your issue resolved?  YES: https://survey.training.aws/s/csat?c={CF}&q1=yes
                          NO:  https://survey.training.aws/s/csat?c={CF}&q1=no

AWS Training and Certification
"""
s, tr, sig, tail = aws_mail_gmail(SARAH, t38)
write(34, "closed-no-response", kind="survey", lang="en", case_id=CF, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=SARAH, subject=f"Your case {CF} has been closed", date=t38, msgid=s["msgid"],
      body=part(new38, cte="quoted-printable"), ids_text=new38, verified=True)

t40 = d(2025, 8, 1, 14, 32, 9)
txt40 = f"""Hello Sarah,

An update has been posted on your case {CF}.
Please view the HTML version of this message to read it.

AWS Training and Certification
"""
new40 = """Hi Sarah,

Thanks for replying, and no worries about the delay - your reply reopened
the case and we went ahead as confirmed.

AWS02288731 has now been folded into AWS06120459. All three of your
certifications (Cloud Practitioner, Solutions Architect - Associate and
Developer - Associate) appear under the remaining account, and the college
profile no longer exists.

Your Cloud Practitioner badge on Credly will move to sarah.okafor.dev@gmail.com
within a few days.

Cheers,
Kiran
AWS Training & Certification Support
"""
q40 = """On Thu, Jul 31, 2025 at 9:47 PM Sarah Okafor <sarah.okafor.dev@gmail.com> wrote:
> Hi Kiran, so sorry, I was on holiday! Yes, that's right, please go ahead.
> Sarah
"""
s, tr, sig, tail = aws_mail_gmail(SARAH, t40)
b = alt(part(txt40, cte="7bit", charset="us-ascii"), part(to_html(new40, q40), "html", cte="quoted-printable"), ses_boundary(t40))
write(35, "kiran-folded-in", kind="merge_completed", lang="en", case_id=CF, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=SARAH, subject="RE:" + SUBJ_F, date=t40, msgid=s["msgid"],
      body=b, ids_text=new40 + txt40, verified=True)

# =====================================================================
# Case G - 渡辺 翔, contact form in Japanese, Gmail
# =====================================================================
WATA = "sho.watanabe.0712@gmail.com"
tG = d(2026, 1, 19, 3, 55, 8)
CG = caseid(tG, "00871")
SUBJ_G = f"[CASE {CG}] {FORM_SUBJ}"

new41 = f"""渡辺 翔 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でお問い合わせを承りました。

  ケース番号: {CG}
  お問い合わせの種類: 認定 / アカウントの統合
  AWS 受験者 ID: AWS05076613

担当者が内容を確認のうえ、通常 1 営業日以内にご連絡いたします。
本メールに返信いただくと、同じケースに情報を追加できます。

※本メールはお問い合わせの受付時に自動で送信されています。

AWS トレーニングと認定 サポート
"""
s, tr, sig, tail = aws_mail_gmail(WATA, tG)
write(36, "uketamawarimashita", kind="case_created", lang="ja", case_id=CG, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=WATA, subject=f"[CASE {CG}] " + enc("【受付】AWS トレーニングと認定へのお問い合わせ"),
      date=tG, msgid=s["msgid"], body=part(new41, cte="base64"), ids_text=new41, verified=True)

t42 = d(2026, 1, 21, 6, 18, 40)
new42 = """渡辺 翔 様

お世話になっております。AWS トレーニングと認定 サポートの中村と申します。

お問い合わせの件、確認いたしました。
ご記載いただいた AWS05076613 のほかに、お客様のお名前で登録されたアカウントを
探しましたが、特定には至りませんでした。

お手数ですが、以下のいずれかをお知らせいただけますでしょうか。
  ・もう一方のアカウントの受験者 ID
  ・もう一方のアカウントに登録しているメールアドレス

また、どちらのアカウントを今後お使いになりたいかもあわせてお知らせください。

よろしくお願いいたします。

中村
AWS トレーニングと認定
"""
s, tr, sig, tail = aws_mail_gmail(WATA, t42)
b = alt(part(new42, cte="quoted-printable"), part(to_html(new42, lang="ja"), "html", cte="quoted-printable"), ses_boundary(t42))
write(37, "nakamura-mou-ippou", kind="support_reply", lang="ja", case_id=CG, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=WATA, subject="RE:" + SUBJ_G, date=t42, msgid=s["msgid"],
      body=b, ids_text=new42, verified=True)

t43 = d(2026, 1, 23, 1, 27, 55)
new43 = """渡辺 翔 様

お世話になっております。AWS トレーニングと認定の中村です。
ご連絡いただいたメールアドレスで、もう一方のアカウントが見つかりました。

以下の内容で統合を行う予定です。

  残すアカウント      : AWS05076613 (sho.watanabe.0712@gmail.com)
  統合されるアカウント: AWS12039480 (watanabe.s@hokuto-denki.co.jp)

統合が完了すると、AWS12039480 のアカウントは閉鎖され、元に戻すことは
できません。内容にお間違いがないか、ご確認をお願いいたします。
問題なければ、このメールにご返信ください。

中村
AWS トレーニングと認定
"""
q43 = """2026年1月22日(木) 21:14 渡辺 翔 <sho.watanabe.0712@gmail.com>:
> 中村様
>
> ご連絡ありがとうございます。
> もう一方は前職の会社アドレス watanabe.s@hokuto-denki.co.jp で登録していたと
> 思います。受験者 ID は手元に控えがありません。
> 残したいのは gmail の方 (AWS05076613) です。
>
> よろしくお願いします。
> 渡辺
>
> 2026年1月21日(水) 15:18 Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com>:
>
> > 渡辺 翔 様
> >
> > お世話になっております。AWS トレーニングと認定 サポートの中村と申します。
> >
> > ご記載いただいた AWS05076613 のほかに、お客様のお名前で登録されたアカウントを
> > 探しましたが、特定には至りませんでした。
> >
> > お手数ですが、以下のいずれかをお知らせいただけますでしょうか。
> >   ・もう一方のアカウントの受験者 ID
> >   ・もう一方のアカウントに登録しているメールアドレス
"""
s, tr, sig, tail = aws_mail_gmail(WATA, t43)
write(38, "nakamura-tougou-yotei", kind="merge_confirmation_requested", lang="ja", case_id=CG, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=WATA, subject="RE:" + SUBJ_G, date=t43, msgid=s["msgid"],
      body=part(new43 + "\n" + q43, charset="iso-2022-jp", cte="7bit"), ids_text=new43, verified=True)

t44 = d(2026, 1, 27, 2, 0, 31)
new44 = """渡辺 翔 様

お世話になっております。AWS トレーニングと認定の中村です。

先日お送りした統合内容のご確認について、その後いかがでしょうか。
引き続きサポートが必要な場合は、このメールにご返信ください。
ご返信をいただいた時点で手続きを進めます。

なお、5 営業日以内にご連絡がない場合は、本ケースを一旦クローズさせて
いただきますので、あらかじめご了承ください。

中村
AWS トレーニングと認定
"""
q44 = """-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 2026/01/23 10:27
To: sho.watanabe.0712@gmail.com
Subject: RE:""" + SUBJ_G + """

渡辺 翔 様

以下の内容で統合を行う予定です。

  残すアカウント      : AWS05076613 (sho.watanabe.0712@gmail.com)
  統合されるアカウント: AWS12039480 (watanabe.s@hokuto-denki.co.jp)

統合が完了すると、AWS12039480 のアカウントは閉鎖され、元に戻すことは
できません。
"""
s, tr, sig, tail = aws_mail_gmail(WATA, t44)
b = alt(part(new44 + "\n" + q44, cte="base64"), part(to_html(new44, q44, lang="ja"), "html", cte="base64"), ses_boundary(t44))
write(39, "sonogo-ikaga", kind="support_reply", lang="ja", case_id=CG, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=WATA, subject="RE:" + SUBJ_G, date=t44, msgid=s["msgid"],
      body=b, ids_text=new44, verified=True)

t45 = d(2026, 1, 29, 7, 41, 6)
new45 = """渡辺 翔 様

お世話になっております。AWS トレーニングと認定の中村です。
ご確認のご返信、ありがとうございました。

AWS12039480 の記録を AWS05076613 へ移す作業が、本日完了いたしました。
前職のアカウントで取得された認定 (AWS Certified Cloud Practitioner) も、
現在は gmail のアカウントに表示されております。

Credly のバッジは、数日以内に sho.watanabe.0712@gmail.com 宛てに改めて
発行されます。

中村
AWS トレーニングと認定
"""
q45 = """2026年1月28日(水) 8:02 渡辺 翔 <sho.watanabe.0712@gmail.com>:
> 中村様
>
> 返信が遅くなり申し訳ありません。
> 内容に間違いありません。統合を進めてください。
>
> 渡辺
>
> 2026年1月23日(金) 10:27 Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com>:
>
> > 渡辺 翔 様
> >
> > 以下の内容で統合を行う予定です。
> >
> >   残すアカウント      : AWS05076613 (sho.watanabe.0712@gmail.com)
> >   統合されるアカウント: AWS12039480 (watanabe.s@hokuto-denki.co.jp)
> >
> > 統合が完了すると、AWS12039480 のアカウントは閉鎖され、元に戻すことは
> > できません。内容にお間違いがないか、ご確認をお願いいたします。
"""
s, tr, sig, tail = aws_mail_gmail(WATA, t45)
b = alt(part(new45 + "\n" + q45, cte="quoted-printable"), part(to_html(new45, q45, lang="ja"), "html", cte="quoted-printable"), ses_boundary(t45))
write(40, "sagyo-kanryo", kind="merge_completed", lang="ja", case_id=CG, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=WATA, subject="RE:" + SUBJ_G, date=t45, msgid=s["msgid"],
      body=b, ids_text=new45, verified=True)

t46 = d(2026, 1, 29, 7, 45, 50)
html46 = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>アンケート</title></head>
<body style="font-family:'Hiragino Sans','Meiryo',sans-serif;color:#16191f">
<div style="max-width:600px;margin:auto;padding:24px;border:1px solid #eaeded">
<p>渡辺 翔 様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。<br>
ケース {CG} は解決済みとなりました。</p>
<p>今後のサポート品質向上のため、アンケートへのご回答をお願いいたします (約 1 分)。</p>
<p><b>お問い合わせの問題は解決しましたか?</b></p>
<p><a href="https://survey.training.aws/s/csat?c={CG}&amp;q1=yes&amp;lang=ja" style="background:#ff9900;color:#16191f;padding:8px 20px;text-decoration:none">はい</a>
&nbsp;<a href="https://survey.training.aws/s/csat?c={CG}&amp;q1=no&amp;lang=ja" style="background:#d5dbdb;color:#16191f;padding:8px 20px;text-decoration:none">いいえ</a></p>
<p style="font-size:12px;color:#687078">AWS トレーニングと認定</p>
</div></body></html>
"""
s, tr, sig, tail = aws_mail_gmail(WATA, t46)
write(41, "manzokudo-chousa", kind="survey", lang="ja", case_id=CG, trace=tr, sig=sig, tail=tail,
      frm=AWSFORM, to=WATA, subject=enc(f"サポートに関するアンケートのお願い (ケース {CG})"),
      date=t46, msgid=s["msgid"], body=part(html46, "html", cte="quoted-printable"), ids_text=html46, verified=True)

# =====================================================================
# Look-alikes and phishing
# =====================================================================
# 42: fake confirmation request from a look-alike domain (authenticates for its own domain only)
t = d(2025, 9, 14, 16, 22, 8)
fake_case = caseid(d(2025, 9, 12, 11, 3, 51), "00402")
PH_DOM = "aws-certmerge-team.com"
new = f"""Dear Certification Holder,

We received a request to consolidate AWS Certification accounts linked to
your e-mail address (reference case {fake_case}).

  Account to be retained : AWS00931244
  Account to be merged   : AWS00931877

Because merging is permanent and cannot be reversed, we need you to confirm
the request before it is processed. Please verify your identity and confirm
the merge within 24 hours, otherwise the request and all associated
certification records may be suspended:

  Confirm merge: https://{PH_DOM}/verify?case={fake_case}&u=marco.bellini

If you did not request this, you must still sign in to cancel.

AWS Training & Certification - Account Services
"""
ip = "45.141.87.19"
ar = o365_ar(ip, PH_DOM, "pass", PH_DOM, "pass", PH_DOM)
tr = o365_trace(MARCO, t, PH_DOM, ip, f"mail.{PH_DOM}", ar, consumer=True)
b = alt(part(new, cte="quoted-printable"), part(to_html(new), "html", cte="quoted-printable"), gm_boundary())
write(42, "confirm-merge-within-24h", kind="merge_confirmation_requested", lang="en", case_id=fake_case, trace=tr,
      sig=simple_sig(t, PH_DOM, "default"),
      frm=addr("AWS Training & Certification", f"support@{PH_DOM}"), to=MARCO,
      subject=f"Action required: confirm your AWS Certification account merge [CASE {fake_case}]",
      date=t, msgid=f"<{rhex(24)}@{PH_DOM}>", body=b, ids_text=new, verified=False)

# 43: Japanese "merge done, sign in to keep your voucher" spoofing amazon.com; dmarc=fail at Gmail,
#     with a forged pass header lower down
t = d(2026, 2, 2, 11, 8, 44)
fake_case2 = caseid(d(2026, 1, 30, 2, 11, 9), "00236")
new = f"""渡辺 翔 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

ご依頼いただいた認定アカウントの統合処理が完了しました (ケース番号: {fake_case2})。

統合後のアカウントで特典 (次回受験 50% 割引バウチャー) を引き続きご利用いただくには、
72 時間以内に下記リンクからサインインし、本人確認を完了してください。
期限を過ぎると、統合元の特典は失効します。

  https://aws-training-jp.support-verify.net/signin?ref={fake_case2}

AWS トレーニングと認定 サポートチーム
"""
ip = "103.214.6.77"
env = "info@support-verify.net"
ar = gmail_ar([], env, ip, "fail", "amazon.com", spf="softfail")
tr = gmail_trace(WATA, t, env, ip, "vps-77.hostcloud-jp.net", ar, spf="softfail")
tr += [("Authentication-Results", "amazon.com; spf=pass smtp.mailfrom=no-reply-aws@amazon.com;\n\tdkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com")]
write(43, "tougou-kanryo-signin", kind="merge_completed", lang="ja", case_id=fake_case2, trace=tr,
      frm=AWSNR, to=WATA, subject=enc("【AWS】認定アカウントの統合が完了しました - 特典引き継ぎのお手続き"),
      date=t, msgid=f"<{int(t.timestamp())}.{R.randint(10000,99999)}@vps-77.hostcloud-jp.net>",
      body=part(new, cte="base64"), ids_text=new, verified=False)

# 44: unrelated phishing (billing suspension), look-alike domain, 11-digit fake case
t = d(2026, 2, 24, 9, 2, 17)
PH2 = "aws-accounts-billing.com"
new = """Dear AWS Customer,

We were unable to process the payment for your most recent invoice. Your
account has been placed on hold and will be suspended within 48 hours unless
the payment method is updated.

Support case: 12875530914
Amount due: USD 1,284.66

Update your payment details: https://console.""" + PH2 + """/billing/update

Sincerely,
AWS Billing Team
"""
ip = "185.225.74.130"
ar = o365_ar(ip, PH2, "none", None, "none", PH2, comp="fail reason=001")
tr = o365_trace(PRI, t, PH2, ip, f"smtp.{PH2}", ar)
write(44, "billing-hold-update-payment", kind="unrelated", lang="en", case_id="12875530914", trace=tr,
      frm=addr("AWS Billing", f"billing-notice@{PH2}"), to=PRI,
      subject="[Case 12875530914] Your AWS account will be suspended - payment failed",
      date=t, msgid=f"<{rhex(20)}@{PH2}>", body=part(new, cte="7bit", charset="us-ascii"), ids_text=new, verified=False)

# 45: fake Credly badge notification
t = d(2025, 9, 20, 13, 44, 0)
PH3 = "credly-notify.com"
hbody = f"""<html><body style="font-family:Arial">
<p>Hi Marco,</p>
<p>Great news! Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://badges.{PH3}/accept?id={rhex(16)}">Accept your badge</a> &mdash; badges that are not accepted within 3 days are revoked.</p>
<p>The Credly Team</p></body></html>
"""
ip = "91.199.44.12"
ar = o365_ar(ip, PH3, "none", None, "none", PH3, comp="softpass reason=201")
tr = o365_trace(MARCO, t, PH3, ip, f"mx1.{PH3}", ar, consumer=True)
write(45, "badge-accept-3-days", kind="credly_badge_issued", lang="en", case_id=None, trace=tr,
      frm=addr("Credly", f"badges@{PH3}"), to=MARCO,
      subject="You've been issued a new badge: AWS Certified Solutions Architect - Professional",
      date=t, msgid=f"<{rhex(18)}@{PH3}>", body=part(hbody, "html", cte="quoted-printable"), ids_text=hbody, verified=False)

# =====================================================================
# Ordinary unrelated mail around the cases
# =====================================================================
# 46: Seller Central case (same RE:[CASE n] style)
t = d(2025, 10, 6, 10, 17, 31)
new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the listing for ASIN B0D7KQ4XMN. The listing was suppressed
because the required safety information (battery type and UN38.3 test
summary) was missing. After your update the listing has been reinstated and
should be searchable within 24 hours.

Please let us know if there is anything else we can help with.

Was this e-mail helpful? Yes / No

Thank you for selling on Amazon,
Federica
Amazon.com
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212
"""
s, tr, sig, tail = aws_mail_o365(MARCO, t, consumer=True)
write(46, "seller-central-listing", kind="unrelated", lang="en", case_id="5884881212", trace=tr, sig=sig, tail=tail,
      frm=addr("Amazon Selling Partner Support", "seller-notification@amazon.com"), to=MARCO,
      subject="RE:[CASE 5884881212] Listing suppressed - missing safety information",
      date=t, msgid=s["msgid"], body=part(new, cte="quoted-printable"), ids_text=new, verified=True)

# 47: another AWS console case of Priya (quota increase)
tq = d(2026, 1, 27, 19, 2, 44)
CQ = caseid(tq, "00118")
t = d(2026, 1, 28, 1, 35, 12)
new = f"""Hello,

Thank you for your patience. We've approved and processed your quota increase
request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
in the EU (Ireland) region. Your new quota is 256 vCPUs.

It can take up to 30 minutes for the new value to propagate and become
available for use. You can review your current quotas in the Service Quotas
console.
""" + CONSOLE_FOOT.format(agent="Matthew", cid=CQ)
s, tr, sig, tail = aws_mail_o365(PRI, t)
write(47, "ec2-quota-approved", kind="unrelated", lang="en", case_id=CQ, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=PRI, subject=f"RE:[CASE {CQ}] Limit Increase: EC2 Instances",
      date=t, msgid=s["msgid"], body=part(new, cte="quoted-printable"), ids_text=new, verified=True)

# 48: Tanaka's billing case in Japanese
tb = d(2026, 2, 16, 5, 40, 2)
CBL = caseid(tb, "00930")
t = d(2026, 2, 17, 3, 9, 55)
new = """田中様

Amazon Web Services の請求担当、井上です。
お問い合わせいただいた請求書の宛名変更について回答いたします。

請求書の宛名 (会社名) は、Billing and Cost Management コンソールの
「請求書の設定」から変更いただけます。変更後に発行される請求書から新しい
宛名が反映されます。発行済みの 1 月分の請求書につきましては、こちらで
再発行の手配をいたしましたので、数日以内にコンソールからダウンロード
いただけます。
""" + CONSOLE_FOOT_JA.format(agent="井上", cid=CBL)
s, tr, sig, tail = aws_mail_o365(TANAKA, t, jp=True)
write(48, "seikyusho-atena", kind="unrelated", lang="ja", case_id=CBL, trace=tr, sig=sig, tail=tail,
      frm=AWSNR, to=TANAKA, subject=enc(f"RE:[CASE {CBL}] 請求書の宛名変更について"),
      date=t, msgid=s["msgid"], body=part(new, cte="base64"), ids_text=new, verified=True)

# 49: CertMetrics recertification congratulation (authentic, not AWS/Credly)
t = d(2026, 3, 2, 17, 20, 3)
new = """Dear Daniel Whitaker,

Congratulations on recertifying your AWS Certified Solutions Architect -
Associate certification! Your new expiration date is March 2, 2029.

AWS Certification Account: AWS04417392

You can download your certificate and view your benefits, including a 50%
discount on your next exam, in your AWS Certification account:
https://www.aws.training/Certification

Your digital badge will be updated on Credly.

Sincerely,
AWS Training and Certification
"""
env = f"bounce-{R.randint(100000,999999)}@certmetrics.com"
ip = f"52.4.{R.randint(1,250)}.{R.randint(1,250)}"
ar = gmail_ar([("certmetrics.com", "pass")], env, ip, "pass", "certmetrics.com", p="NONE", sp="NONE")
tr = gmail_trace(DAN, t, env, ip, "mail.certmetrics.com", ar)
write(49, "certmetrics-recertified", kind="unrelated", lang="en", case_id=None, trace=tr,
      sig=simple_sig(t, "certmetrics.com", "cm1"),
      frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=DAN,
      subject="Congratulations on recertifying your AWS Certification",
      date=t, msgid=f"<{uuid.UUID(int=R.getrandbits(128), version=4)}@certmetrics.com>",
      body=part(new, cte="quoted-printable"), ids_text=new, verified=False)

# 50: Pearson VUE appointment (with calendar attachment)
t = d(2025, 10, 14, 22, 5, 41)
new = """Dear Sarah Okafor,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Saturday, November 15, 2025
Time: 9:00 AM Central Time
Delivery: OnVUE online proctored
Registration ID: 512847306

Candidate ID: AWS06120459

Please check in 30 minutes before your appointment. Make sure you run the
system test on the computer you will use for the exam.

Pearson VUE
"""
ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pearson VUE//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:512847306@pearsonvue.com
DTSTAMP:20251014T220541Z
DTSTART:20251115T150000Z
DTEND:20251115T184000Z
SUMMARY:AWS Certified Solutions Architect - Professional (OnVUE)
END:VEVENT
END:VCALENDAR
"""
env = "bounce@pearson.com"
ip = f"159.182.{R.randint(1,250)}.{R.randint(1,250)}"
ar = gmail_ar([("pearson.com", "pass")], env, ip, "pass", "pearson.com", p="REJECT", sp="REJECT")
tr = gmail_trace(SARAH, t, env, ip, "smtp2.pearson.com", ar)
cal = part(ics, "calendar", cte="base64")
cal.replace_header("Content-Type", 'text/calendar; charset="utf-8"; method=PUBLISH; name="appointment.ics"')
cal["Content-Disposition"] = 'attachment; filename="appointment.ics"'
b = mixed([part(new, cte="quoted-printable"), cal], "----=_NextPart_" + rhex(20))
write(50, "pearson-vue-appointment", kind="unrelated", lang="en", case_id=None, trace=tr,
      sig=simple_sig(t, "pearson.com", "pvue"),
      frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=SARAH,
      subject="Pearson VUE Confirmation of Booking", date=t, msgid=f"<{rhex(16)}.{R.randint(100,999)}@pearson.com>",
      body=b, ids_text=new, verified=False)

# 51: AWS Builder ID verification code
t = d(2025, 11, 10, 14, 33, 20)
code = R.randint(100000, 999999)
new = f"""Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. To finish signing up, enter the
following verification code:

Verification code: {code}

This code expires 10 minutes after it was sent.

If you did not request this, you can ignore this e-mail.

Amazon Web Services
"""
s = ses(t)
ar = gmail_ar([("signin.aws", "pass"), ("amazonses.com", "pass")], s["env"], s["ip"], "pass", "signin.aws")
tr = gmail_trace(DAN, t, s["env"], s["ip"], s["helo"], ar)
write(51, "builder-id-code", kind="unrelated", lang="en", case_id=None, trace=tr,
      sig=ses_sig_headers(t, s, "signin.aws"), tail=ses_tail(t, s),
      frm=addr("AWS", "no-reply@signin.aws"), to=DAN, subject="Verify your AWS Builder ID email address",
      date=t, msgid=s["msgid"], body=alt(part(new, cte="7bit", charset="us-ascii"), part(to_html(new), "html", cte="quoted-printable"), ses_boundary(t)),
      ids_text=new, verified=True)

# 52: GitHub PR merged notification
t = d(2025, 8, 4, 15, 12, 9)
new = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/okafor-lab/infra-modules/pull/482#event-19281734021
You are receiving this because you authored the thread.
"""
env = "noreply@github.com"
ip = f"192.30.252.{R.randint(200,210)}"
ar = gmail_ar([("github.com", "pass")], env, ip, "pass", "github.com", p="REJECT", sp="REJECT")
tr = gmail_trace(SARAH, t, env, ip, f"out-{R.randint(10,30)}.smtp.github.com", ar)
ref = "<okafor-lab/infra-modules/pull/482@github.com>"
hbody = """<p>Merged <a class="issue-link js-issue-link" href="https://github.com/okafor-lab/infra-modules/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/okafor-lab/infra-modules/pull/482#event-19281734021">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
write(52, "github-pr-merged", kind="unrelated", lang="en", case_id=None, trace=tr,
      sig=simple_sig(t, "github.com", "pf2023"),
      frm=addr("Jordan Lee", "notifications@github.com"), to=addr("okafor-lab/infra-modules", "infra-modules@noreply.github.com"),
      cc=addr("Sarah Okafor", SARAH) + ", " + addr("Author", "author@noreply.github.com"),
      reply_to=addr("okafor-lab/infra-modules", f"reply+{rhex(40).upper()}@reply.github.com"),
      subject="Re: [okafor-lab/infra-modules] Merge account-baseline module into main (PR #482)",
      date=t, msgid=f"<okafor-lab/infra-modules/pull/482/issue_event/19281734021@github.com>",
      extra=[("In-Reply-To", ref), ("References", ref), ("List-ID", "okafor-lab/infra-modules <infra-modules.okafor-lab.github.com>"),
             ("X-GitHub-Reason", "author")],
      body=alt(part(new, cte="7bit", charset="UTF-8"), part(hbody, "html", cte="7bit", charset="UTF-8"), "--==_mimepart_" + rhex(13) + "_" + str(R.randint(10, 99))),
      ids_text=new, verified=False)

# 53: GitLab merge request merged
t = d(2026, 2, 19, 11, 40, 27)
new = """Merge request !57 was merged

Project: helixdata / platform
Branch: feature/dedupe-accounts -> main
Author: Tom Reyes

Consolidate duplicate customer accounts in billing export

https://gitlab.com/helixdata/platform/-/merge_requests/57
"""
env = f"bounce+{rhex(6)}.{rhex(10)}-{PRI.replace('@','=')}@mg.gitlab.com"
ip = f"69.72.{R.randint(32,47)}.{R.randint(1,250)}"
ar = o365_ar(ip, "mg.gitlab.com", "pass", "gitlab.com", "pass", "gitlab.com")
tr = o365_trace(PRI, t, "mg.gitlab.com", ip, "mg-" + ip.replace(".", "-") + ".mailgun.net", ar)
write(53, "gitlab-mr-57-merged", kind="unrelated", lang="en", case_id=None, trace=tr,
      sig=simple_sig(t, "gitlab.com", "mailo"),
      frm=addr("Tom Reyes", "gitlab@mg.gitlab.com"), to=PRI,
      reply_to=addr("GitLab", "noreply@gitlab.com"),
      subject="Re: platform | Consolidate duplicate customer accounts in billing export (!57)",
      date=t, msgid=f"<merge_request_{R.randint(300000000,399999999)}@gitlab.com>",
      extra=[("In-Reply-To", "<merge_request_341902877@gitlab.com>"), ("References", "<merge_request_341902877@gitlab.com>"),
             ("X-GitLab-Project", "platform"), ("X-GitLab-MergeRequest-IID", "57"), ("X-GitLab-NotificationReason", "")],
      body=part(new, cte="quoted-printable"), ids_text=new, verified=False)

# 54: AWS T&C newsletter (mentions duplicate accounts as a tip)
t = d(2026, 2, 5, 16, 0, 12)
new = """AWS Training and Certification - February update

New this month
- Updated exam guides for the Associate-level certifications
- Free digital courses on AWS Skill Builder: generative AI essentials
- Certification Hub: new hands-on labs for SysOps

Tip: keeping one certification profile
Have you taken exams under more than one e-mail address? Keeping everything
in a single AWS Certification account makes it easier to track expiry dates
and benefits. Visit the Certification FAQ to learn how to request help.

Upcoming events
- AWS Summit Amsterdam - certification lounge for certified attendees

You are receiving this e-mail because you subscribed to AWS Training and
Certification updates. Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
s, tr, sig, tail = aws_mail_o365(MARCO, t, consumer=True)
write(54, "tc-february-update", kind="unrelated", lang="en", case_id=None, trace=tr, sig=sig, tail=tail,
      frm=addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), to=MARCO,
      subject="Your February AWS Training and Certification update",
      date=t, msgid=s["msgid"], extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")],
      body=alt(part(new, cte="quoted-printable"), part(to_html(new), "html", cte="quoted-printable"), ses_boundary(t)),
      ids_text=new, verified=True)

# 55: Credly badge expiry reminder
t = d(2026, 1, 8, 15, 30, 2)
new = """Hi Sarah,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services
Training and Certification, will expire on March 9, 2026.

To keep your badge active, review the recertification requirements from the
issuer before the expiration date.

View badge: https://www.credly.com/earner/earned

Credly, 1005 Brooks Avenue, Denver, CO 80202
"""
s, tr, sig = credly_mail(SARAH, t, "gmail")
write(55, "credly-badge-expiring", kind="unrelated", lang="en", case_id=None, trace=tr, sig=sig,
      frm=addr("Credly", "admin@credly.com"), to=SARAH,
      subject="Your AWS Certified Cloud Practitioner badge expires in 60 days",
      date=t, msgid=s["msgid"], body=part(new, cte="quoted-printable"), ids_text=new, verified=True)

# 56: Credly's own account-merge verification code
t = d(2025, 11, 9, 18, 4, 55)
new = f"""Hi Daniel,

We received a request to merge the Credly account registered to
d.whitaker@brightlane-consulting.com into your account ({DAN}).

Enter this verification code to continue:

    {R.randint(100,999)} {R.randint(100,999)}

Or select Complete Account Merge:
https://www.credly.com/users/merge/confirm?token={rhex(32)}

The code expires in 30 minutes. If you didn't request this, you can ignore
this e-mail and no changes will be made.

The Credly Team
"""
s, tr, sig = credly_mail(DAN, t, "gmail")
write(56, "credly-merge-code", kind="unrelated", lang="en", case_id=None, trace=tr, sig=sig,
      frm=addr("Credly", "admin@credly.com"), to=DAN,
      subject="Your Credly account merge verification code",
      date=t, msgid=s["msgid"], body=part(new, cte="quoted-printable"), ids_text=new, verified=True)

# 57: colleague asks Priya about her merge (internal mail, no Authentication-Results)
t = d(2026, 2, 19, 16, 58, 40)
TOM = "tom.reyes@helixdata.io"
new = """Hey Priya,

Thanks, that's really helpful. I've got the same mess - one ID from my old
job and one I created myself, AWS 07340012. Did you go through the contact
form or open a case in the console? And roughly how long did it take from
start to finish?

Tom
"""
q = f"""From: Priya Raman <{PRI}>
Sent: Thursday, February 19, 2026 10:31 AM
To: Tom Reyes <{TOM}>
Subject: RE: cert account merge?

Yes, all sorted now - everything is under AWS02975118 and the badges moved
over to Credly this morning. Happy to share the case thread if useful.

Priya

From: Tom Reyes <{TOM}>
Sent: Thursday, February 19, 2026 9:12 AM
To: Priya Raman <{PRI}>
Subject: cert account merge?

Did you ever get your certification accounts combined?
"""
mid_prev = f"<SA1PR04MB{R.randint(1000,9999)}{rhex(12).upper()}@SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com>"
mid_first = f"<SA1PR04MB{R.randint(1000,9999)}{rhex(12).upper()}@SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com>"
tr = [("Received", f"from SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com (2603:10b6:806:{rhex(3)}::{rhex(2)})\n by SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com with HTTPS; {rfc(t + timedelta(seconds=1))}"),
      ("Received", f"from SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%3]) with mapi id 15.20.9115.021; {rfc(t, CT)}")]
write(57, "tom-same-problem", kind="unrelated", lang="en", case_id=None, trace=tr,
      frm=addr("Tom Reyes", TOM), to=addr("Priya Raman", PRI),
      subject="RE: cert account merge?", date=t, date_tz=CT, msgid=f"<SA1PR04MB{R.randint(1000,9999)}{rhex(12).upper()}@SA1PR04MB{R.randint(1000,9999)}.namprd04.prod.outlook.com>",
      extra=[("Thread-Topic", "cert account merge?"), ("In-Reply-To", mid_prev), ("References", mid_first + " " + mid_prev),
             ("Content-Language", "en-US"), ("X-MS-Exchange-Organization-AuthAs", "Internal")],
      body=alt(part(new + "\n" + q, charset="us-ascii", cte="7bit"),
               part(to_html(new, q, brand=False), "html", cte="quoted-printable"), "_000_" + rhex(20).upper() + "namp_"),
      ids_text=new, verified=None)

# 58: AWS Japan newsletter
t = d(2026, 2, 12, 1, 0, 7)
new = """AWS トレーニングと認定 ニュースレター 2026 年 2 月号

■ 今月のトピック
・AWS Skill Builder に日本語の新しいデジタルコースが追加されました
・アソシエイトレベル認定の試験ガイドを更新しました
・AWS Summit Japan 2026 の参加登録を受付中です

■ 認定者向けのご案内
認定の有効期限は AWS Certification アカウントでご確認いただけます。
再認定の方法については、認定に関するよくある質問をご覧ください。

配信停止: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社
"""
s, tr, sig, tail = aws_mail_gmail(WATA, t)
write(58, "newsletter-2gatsu", kind="unrelated", lang="ja", case_id=None, trace=tr, sig=sig, tail=tail,
      frm=addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), to=WATA,
      subject=enc("AWS トレーニングと認定 ニュースレター 2026 年 2 月号"),
      date=t, msgid=s["msgid"], extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")],
      body=part(to_html(new, lang="ja"), "html", cte="quoted-printable"), ids_text=new, verified=True)

# 59: Pearson VUE booking in Japanese (Shift_JIS)
t = d(2025, 7, 2, 6, 12, 30)
new = """佐藤 健太 様

ピアソン VUE をご利用いただき、ありがとうございます。
以下の内容で試験の予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2025年7月26日(土) 10:00
会場: 新宿テストセンター
登録番号: 498213775
受験者 ID: AWS03318846

試験開始の 15 分前までに会場にお越しください。本人確認書類を 2 点ご持参ください。

ピアソン VUE
"""
env = "bounce@pearson.com"
ip = f"159.182.{R.randint(1,250)}.{R.randint(1,250)}"
ar = jp_ar("pearson.com", env, "pass", "pearson.com")
tr = jp_isp_trace(SATO, t, env, ip, "smtp2.pearson.com", ar)
write(59, "pearson-vue-yoyaku", kind="unrelated", lang="ja", case_id=None, trace=tr,
      sig=simple_sig(t, "pearson.com", "pvue"),
      frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=SATO,
      subject=enc("ピアソン VUE 試験予約の確認", "shift_jis"),
      date=t, msgid=f"<{rhex(16)}.{R.randint(100,999)}@pearson.com>",
      body=part(new, charset="shift_jis", cte="base64"), ids_text=new, verified=False)

# 60: Daniel forwards the completion mail to his new employer's training coordinator
t = d(2025, 11, 7, 19, 55, 3)
LENA = "l.chen@northpeak-systems.com"
new = """Hi Lena,

Here's the confirmation from AWS that my two certification accounts were
combined. My certification ID is now AWS04417392 - could you update it in the
training tracker so the voucher request goes through?

Thanks,
Dan
"""
fwd = f"""---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Fri, Nov 7, 2025 at 7:40 AM
Subject: RE:{SUBJ_A}
To: <{DAN}>


""" + A5["new"]
ip = f"209.85.220.{R.randint(41,73)}"
tr = [("Received", f"from mx1.northpeak-systems.com (localhost [127.0.0.1])\n\tby mail.northpeak-systems.com (Postfix) with ESMTP id 4d3Kq{ralnum(6).upper()}\n\tfor <{LENA}>; {rfc(t + timedelta(seconds=4), ET)}"),
      ("Received", f"from mail-sor-f{ip.split('.')[-1]}.google.com (mail-sor-f{ip.split('.')[-1]}.google.com [{ip}])\n\tby mx1.northpeak-systems.com (Postfix) with ESMTPS id 4d3Kq{ralnum(6).upper()}\n\tfor <{LENA}>; {rfc(t + timedelta(seconds=3), ET)}")]
html_fw = ('<div dir="ltr">' + html.escape(new).replace("\n", "<br>") + '<br><div class="gmail_quote gmail_quote_container">'
           '<div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Amazon Web Services</strong> '
           '<span dir="auto">&lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">aws-cs-trainingcertification-form@amazon.com</a>&gt;</span><br>'
           f'Date: Fri, Nov 7, 2025 at 7:40 AM<br>Subject: RE:{html.escape(SUBJ_A)}<br>To: &lt;<a href="mailto:{DAN}">{DAN}</a>&gt;<br></div><br><br>'
           + html.escape(A5["new"]).replace("\n", "<br>") + "</div></div>\n")
write(60, "fwd-aws-confirmation-to-lena", kind="unrelated", lang="en", case_id=CA, trace=tr,
      sig=[("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20230601; t={int(t.timestamp())}; x={int(t.timestamp())+604800}; darn=northpeak-systems.com;\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh={rb64(43)}=;\n        b={rb64(70)}\n         {rb64(70)}\n         {rb64(40)}==")],
      frm=addr("Daniel Whitaker", DAN), to=addr("Lena Chen", LENA),
      subject="Fwd: RE:" + SUBJ_A, date=t, date_tz=ET,
      msgid=f"<CA+{rb64(40).replace('/','x')}@mail.gmail.com>",
      extra=[("In-Reply-To", A5["msgid"]), ("References", A5["msgid"])],
      body=alt(part(new + "\n" + fwd, cte="quoted-printable"), part(html_fw, "html", cte="quoted-printable"), gm_boundary()),
      ids_text=new, verified=None)

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
print(len(LABELS), "mails written")
