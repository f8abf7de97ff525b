#!/usr/bin/env python3
"""Generate blind test set 56: AWS Certification account-merge mail, ESL-flavoured."""
import base64, json, os, quopri, random, uuid
import datetime as dt
from zoneinfo import ZoneInfo
from email import utils
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(5656)
UTC = dt.timezone.utc
LA = ZoneInfo("America/Los_Angeles")
JST = ZoneInfo("Asia/Tokyo")
MX = ZoneInfo("America/Mexico_City")
POL = compat32.clone(linesep="\n")

LABELS = {}
MAILS = []


def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def cid15(d, suffix):
    return f"{int(d.timestamp())}{suffix}"


def rb64(n):
    return base64.b64encode(rng.randbytes(n)).decode()


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(n):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def fold(s, width=64, pre="\n\t "):
    return pre.join(s[i:i + width] for i in range(0, len(s), width))


def dkim_sig(domain, sel, d, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Content-Transfer-Encoding"):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={domain}; t={int(d.timestamp())};\n"
            f"\th={h};\n\tbh={rb64(32)};\n\tb={fold(rb64(256))}")


SES_SEL = "224i4yxa5dv7c2xz3womw6peuasteono"
AMZ_SEL = "rte02"


def ses_msgid(d):
    ms = int(d.timestamp() * 1000) + rng.randint(0, 999)
    return f"<0100{ms:012x}-{uuid.UUID(int=rng.getrandbits(128))}-000000@email.amazonses.com>"


def ses_bounce(d):
    return ses_msgid(d)[1:-1]


def ses_ip():
    return rng.choice(["54.240.8", "54.240.9", "54.240.48", "54.240.27", "54.240.11"]) + f".{rng.randint(10, 250)}"


# ---------------------------------------------------------------- sender profiles
class Sender:
    def __init__(self, hfrom, mailfrom, host, ip, dkims):
        self.hfrom, self.mailfrom, self.host, self.ip, self.dkims = hfrom, mailfrom, host, ip, dkims


def amazon_sender(d, hfrom="amazon.com"):
    ip = ses_ip()
    host = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    return Sender(hfrom, ses_bounce(d), host, ip, [(hfrom, AMZ_SEL if hfrom == "amazon.com" else ralnum(32)), ("amazonses.com", SES_SEL)])


def credly_sender(d, hfrom="credly.com"):
    ip = f"149.72.{rng.randint(100, 250)}.{rng.randint(2, 250)}"
    host = f"o{rng.randint(1, 9)}.email.{hfrom}"
    return Sender(hfrom, f"bounces+{rng.randint(1000000, 9999999)}-{rhex(4)}=x@em{rng.randint(100, 9999)}.{hfrom}", host, ip,
                  [(hfrom, "s1"), ("sendgrid.info", "smtpapi")])


def generic_sender(hfrom, mailfrom, host, ip, dkims):
    return Sender(hfrom, mailfrom, host, ip, dkims)


# ---------------------------------------------------------------- receiving providers
def gdate(x):
    x = x.astimezone(LA)
    return utils.format_datetime(x) + (" (PDT)" if x.dst() else " (PST)")


def dk_list(snd, d):
    return [("DKIM-Signature", dkim_sig(dd, sel, d - dt.timedelta(seconds=1))) for dd, sel in snd.dkims]


def t_gmail(to, d, snd, dmarc="pass", spf="pass", dkim="pass", p="QUARANTINE"):
    r1 = d + dt.timedelta(seconds=rng.randint(1, 4))
    dk = "\n       ".join(f"dkim={dkim} header.i=@{dd} header.s={sel} header.b={rb64(6)[:8]};" for dd, sel in snd.dkims)
    spftxt = ("designates" if spf == "pass" else "does not designate")
    return [
        ("Delivered-To", to),
        ("Received", f"by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {ralnum(2)}{rng.randint(10,99)}csp{rng.randint(1000000,9999999)}{ralnum(3)};\n        {gdate(r1)}"),
        ("X-Google-Smtp-Source", f"AGHT+I{rb64(60)[:82]}"),
        ("X-Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {ralnum(20)}.{rng.randint(10,99)}.{rng.randint(1000000000000,9999999999999)};\n        {gdate(r1)}"),
        ("Return-Path", f"<{snd.mailfrom}>"),
        ("Received", f"from {snd.host} ({snd.host}. [{snd.ip}])\n        by mx.google.com with ESMTPS id {ralnum(20)}.{rng.randint(100,999)}.{rng.randint(2025,2026)}.{rng.randint(10,99)}.{rng.randint(10,99)}.{rng.randint(100,999)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(d)}"),
        ("Received-SPF", f"{spf} (google.com: domain of {snd.mailfrom} {spftxt} {snd.ip} as permitted sender) client-ip={snd.ip};"),
        ("Authentication-Results", f"mx.google.com;\n       {dk}\n       spf={spf} (google.com: domain of {snd.mailfrom} {spftxt} {snd.ip} as permitted sender) smtp.mailfrom={snd.mailfrom};\n       dmarc={dmarc} (p={p} sp={p} dis=NONE) header.from={snd.hfrom}"),
    ] + dk_list(snd, d)


def o365_name():
    return f"{rng.choice(['SA1PR','DM6PR','BN9PR','CH3PR','PH7PR','SJ0PR','MW4PR'])}{rng.randint(10,19)}MB{rng.randint(1000,9999)}.namprd{rng.randint(10,19)}.prod.outlook.com"


def t_o365(to, d, snd, verdict=None, internal=False):
    m1, m2 = o365_name(), o365_name()
    reg = rng.randint(2, 5)
    edge = f"{rng.choice(['BN1PEPF','SN1PEPF','DS3PEPF','CO1PEPF'])}{rng.randint(10000,99999):08d}.namprd{reg:02d}.prod.outlook.com"
    fe = f"{rng.choice(['BN9PR','MN2PR','CH0PR','SA9PR'])}{reg:02d}CA{rng.randint(1000,9999):04d}.namprd{reg:02d}.prod.outlook.com"
    prot = edge.split('.')[0] + ".mail.protection.outlook.com"
    t2 = d + dt.timedelta(seconds=rng.randint(1, 3))
    fd = lambda x: utils.format_datetime(x.astimezone(UTC))
    if verdict is None:
        verdict = (f"spf=pass (sender IP is {snd.ip}) smtp.mailfrom={snd.mailfrom.split('@')[1]}; dkim=pass (signature was verified)\n header.d={snd.dkims[0][0]};dmarc=pass action=none\n header.from={snd.hfrom};compauth=pass reason=100")
    h = [
        ("Received", f"from {m2} (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) by\n {m1} with HTTPS; {fd(t2)}"),
        ("Received", f"from {fe} (2603:10b6:{rhex(3)}:{rhex(2)}::{rng.randint(1,40)}) by\n {m2} (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)}; {fd(t2)}"),
    ]
    if not internal:
        h += [("Received", f"from {edge} (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) by\n {fe}\n (2603:10b6:{rhex(3)}:{rhex(2)}::{rng.randint(1,40)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)} via Frontend Transport; {fd(t2)}")]
    h += [("Authentication-Results", verdict)]
    if not internal:
        h += [
            ("Received-SPF", f"{'Pass' if 'spf=pass' in verdict else 'Fail'} (protection.outlook.com: domain of {snd.mailfrom.split('@')[1]}\n {'designates' if 'spf=pass' in verdict else 'does not designate'} {snd.ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={snd.ip}; helo={snd.host}; pr=C"),
            ("Received", f"from {snd.host} ({snd.ip}) by\n {prot} (10.167.{rng.randint(200,250)}.{rng.randint(2,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000,9300)}.{rng.randint(10,40)} via Frontend\n Transport; {fd(d)}"),
        ]
    return h + dk_list(snd, d)


def t_jp(authserv, mx_host, to, d, snd, dmarc="pass", style="plain"):
    jd = lambda x: utils.format_datetime(x.astimezone(JST))
    t2 = d + dt.timedelta(seconds=rng.randint(1, 5))
    h = [
        ("Return-Path", f"<{snd.mailfrom}>"),
        ("Delivered-To", to),
        ("Received", f"from {mx_host} ([{rng.randint(100,223)}.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}])\n\tby {authserv.replace('mx', 'mbox', 1)} with LMTP id {ralnum(16).upper()}\n\tfor <{to}>; {jd(t2)}"),
    ]
    if style == "opendmarc":
        h += [("Authentication-Results", f"{authserv}; dmarc={dmarc} (p=quarantine dis=none) header.from={snd.hfrom}"),
              ("Authentication-Results", f"{authserv};\n\tdkim=pass (2048-bit key; unprotected) header.d={snd.dkims[0][0]} header.i=@{snd.dkims[0][0]} header.a=rsa-sha256 header.s={snd.dkims[0][1]} header.b={rb64(6)[:8]};\n\tdkim-atps=neutral"),
              ("Authentication-Results", f"{authserv}; spf=pass smtp.mailfrom={snd.mailfrom.split('@')[1]}")]
    elif dmarc is not None:
        dk = " ".join(f"dkim=pass header.d={dd} header.s={sel};" for dd, sel in snd.dkims)
        h += [("Authentication-Results", f"{authserv};\n\tspf=pass smtp.mailfrom={snd.mailfrom};\n\t{dk}\n\tdmarc={dmarc} header.from={snd.hfrom}")]
    h += [("Received", f"from {snd.host} ({snd.host} [{snd.ip}])\n\tby {mx_host} (Postfix) with ESMTPS id {ralnum(10).upper()}\n\tfor <{to}>; {jd(d)}")]
    return h + dk_list(snd, d)


def t_selfhost(to, d, snd):
    md = lambda x: utils.format_datetime(x.astimezone(MX))
    return [
        ("Return-Path", f"<{snd.mailfrom}>"),
        ("X-Original-To", to),
        ("Delivered-To", to),
        ("Received", f"from {snd.host} ({snd.host} [{snd.ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n\tby mail.ramirez-consultores.mx (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{to}>; {md(d)}"),
        ("X-Spam-Status", f"No, score=-0.{rng.randint(1,9)} required=5.0 tests=DKIM_SIGNED,DKIM_VALID,\n\tHTML_MESSAGE,SPF_HELO_NONE,SPF_PASS autolearn=ham autolearn_force=no version=3.4.6"),
    ] + dk_list(snd, d)


# ---------------------------------------------------------------- bodies
def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", codec=None, label=None):
    raw = body.encode(codec or charset)
    p = MIMENonMultipart("text", subtype, charset=label or charset)
    del p["MIME-Version"]
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(*parts):
    m = MIMEMultipart("alternative", boundary=f"----=_Part_{rng.randint(100000,999999)}_{rng.randint(100000000,999999999)}.{rng.randint(10**12,10**13-1)}")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def html(inner, lang="en"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n{inner}\n</body></html>\n')


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return utils.formataddr((name, email))
    except UnicodeEncodeError:
        return utils.formataddr((name, email), charset=charset)


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(linesep="\n")


def mail(n, slug, kind, lang, case_id, accts, verified, *, frm, to, subject, date, body, trace,
         msgid=None, irt=None, refs=None, extra=(), hcharset="utf-8", forged=None, xmailer=None, pre_from=()):
    fname = f"{n:03d}-{slug}.eml"
    m = Message(policy=POL)
    for k, v in trace:
        m[k] = v
    if forged:
        for k, v in forged:
            m[k] = v
    for k, v in pre_from:
        m[k] = v
    m["From"] = addr(*frm, charset=hcharset)
    m["To"] = addr(*to, charset=hcharset)
    m["Subject"] = subj(subject, hcharset)
    m["Date"] = utils.format_datetime(date)
    m["Message-ID"] = msgid or ses_msgid(date)
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = refs
    for k, v in extra:
        m[k] = v
    if xmailer:
        m["X-Mailer"] = xmailer
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    if body.is_multipart():
        m.set_payload(body.get_payload())
    else:
        m.set_payload(body._payload)
    m.preamble = None
    with open(os.path.join(OUT, fname), "wb") as fp:
        BytesGenerator(fp, mangle_from_=False, maxheaderlen=0, policy=POL).flatten(m)
    assert kind in {"case_created", "merge_confirmation_requested", "merge_completed", "survey",
                    "credly_badge_issued", "support_reply", "unrelated"}
    LABELS[fname] = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(accts)),
                     "sender_verified": verified, "language": lang}


def aws_sig_form(name):
    return f"""Best regards,
{name}
Amazon Web Services
Training and Certification Support"""


CONSOLE_FOOT = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

NOREPLY = "Please note: this e-mail was sent from an address that cannot accept incoming e-mail."

AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def console_link(cid, lang="en"):
    return f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}"


# ================================================================ people / cases
RAHUL = ("Rahul Menon", "rahul.menon87@gmail.com")
MARIA = ("Maria Santos", "maria.santos.ph@outlook.com")
DIEGO = ("Diego Ramírez", "diego@ramirez-consultores.mx")
TANAKA = ("田中 健太", "kenta.tanaka@nifty.com")
OLEK = ("Oleksandr Kovalenko", "o.kovalenko.dev@gmail.com")
ZHANG = ("Wei Zhang", "wei.zhang@hanxin-tech.com")
SATO = ("佐藤 美咲", "misaki-sato@biglobe.ne.jp")
ANDREI = ("Andrei Popescu", "andrei.popescu.ro@gmail.com")
YAMA = ("山本 翔太", "s.yamamoto@kitasoft.co.jp")
JOSEPH = ("Joseph Dela Cruz", "jdelacruz.ph@gmail.com")

oA = T(2025, 6, 3, 4, 12, 35); cA = cid15(oA, "01427")
oB = T(2025, 9, 15, 1, 47, 22); cB = cid15(oB, "00731")
oC = T(2025, 6, 2, 15, 20, 4); cC = cid15(oC, "02218")
oD = T(2025, 7, 1, 0, 35, 10); cD = cid15(oD, "00964")
cE = "13904418762"; oE = T(2025, 10, 9, 7, 58, 41)
oF = T(2025, 11, 18, 2, 5, 51); cF = cid15(oF, "01155")
oG = T(2026, 1, 20, 5, 11, 9); cG = cid15(oG, "00812")
cH = "7381902255"; oH = T(2025, 8, 8, 16, 3, 12)
oI = T(2026, 3, 9, 1, 30, 44); cI = cid15(oI, "01903")
oJ = T(2025, 12, 2, 3, 22, 17); cJ = cid15(oJ, "00475")
oJ2 = T(2025, 12, 3, 11, 49, 2); cJ2 = cid15(oJ2, "00338")

M = lambda m: MAILS.append(m)

# ================================================================ Rahul (India, Gmail, form case)
def rahul():
    d = oA + dt.timedelta(seconds=38)
    body = f"""Hello Rahul,

Thanks for writing to AWS Training and Certification. Your request is logged under case ID {cA} and it is now in our queue. Someone from the team will get back to you, normally within 24 hours.

For your reference, below is copy of what you have submitted:

  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: aws04417829
  Description: Hello team, I am having two certification account, one is with my old college mail id and one with company mail. Old one candidate id is AWS09152367 I think. Kindly merge both into single account with company mail. Thanks in advance.

Please do not raise a new request for the same issue, it can delay the response. For adding any information, simply reply to this email and keep the case number in the subject line.

Regards,
AWS Training and Certification
"""
    mail(1, "request-logged", "case_created", "en", cA, ["AWS04417829", "AWS09152367"], True,
         frm=AWS_FORM, to=RAHUL, subject=f"[CASE {cA}] Your request has been received - AWS Training and Certification",
         date=d, body=text(body, cte="7bit"), trace=t_gmail(RAHUL[1], d, amazon_sender(d)))

    d2 = oA + dt.timedelta(hours=27, minutes=14)
    body2 = f"""Hello Rahul,

Greetings of the day!

Thank you for contacting AWS Training and Certification, hope you are doing well.

I have gone through your request and checked in our system, the candidate ID AWS04417829 is found with your company email id, however I am unable to locate the second account with the details provided by you. The candidate id shared by you is not showing any record from my end.

So that we can able to check further, kindly provide below details:
1. Email id used for login in the old account
2. Notification email id of old account (if it is different)
3. Which account you want to keep as primary after the merge

Once we receive the same we will be happy to proceed further on your request.

Thanks and regards,
Karthik R.
AWS Training and Certification Support
Amazon Web Services

-----Original Message-----
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: aws04417829
Description: Hello team, I am having two certification account, one is with my old college mail id and one with company mail. Old one candidate id is AWS09152367 I think. Kindly merge both into single account with company mail. Thanks in advance.
"""
    mail(2, "rahul-need-old-login", "support_reply", "en", cA, ["AWS04417829"], True,
         frm=AWS_FORM, to=RAHUL, subject=f"RE:[CASE {cA}] {FORM_SUBJ}",
         date=d2, body=text(body2), trace=t_gmail(RAHUL[1], d2, amazon_sender(d2)))

    d3 = T(2025, 6, 5, 9, 47, 3)
    body3 = f"""Hello Rahul,

Thank you for revert with the requested details.

As per the information shared, I could find both the accounts in our system now. Please find below the details of accounts which we will be merging:

Account to be retained (primary): AWS04417829 - rahul.menon@infoveda-solutions.com
Account to be merged (will be deactivated): AWS09152376 - rahul.m.cet2014@gmail.com

Please note that once the accounts are merged it can not be revert back or separate again, all the certification and exam history from secondary account will be moving to primary account.

Request you to kindly reply on this email confirming above details are correct so that we can go ahead with the merge.

Thanks and regards,
Karthik R.
AWS Training and Certification Support
Amazon Web Services

On Thu, Jun 5, 2025 at 10:41 AM Rahul Menon <rahul.menon87@gmail.com> wrote:
> Hi Karthik,
> Thanks for quick reply. Old account login mail is rahul.m.cet2014@gmail.com, notification also same only. Candidate id is AWS 09152376, sorry for the typo earlier. Please keep the company account as primary.
> Regards,
> Rahul
"""
    mail(3, "accounts-below-please-confirm", "merge_confirmation_requested", "en", cA, ["AWS04417829", "AWS09152376"], True,
         frm=AWS_FORM, to=RAHUL, subject=f"RE:[CASE {cA}] {FORM_SUBJ}",
         date=d3, body=text(body3), trace=t_gmail(RAHUL[1], d3, amazon_sender(d3)))

    d4 = T(2025, 6, 7, 6, 2, 51)
    body4 = f"""Hello Rahul,

Greetings from AWS Training and Certification!

We are glad to inform you that we have merge your both account successfully as per your confirmation. Now all your certifications and exam history is reflecting under the candidate ID AWS04417829 and the account AWS09152376 has been deactivated, you will not able to login with that account anymore.

Kindly login to your AWS Certification account with rahul.menon@infoveda-solutions.com and check, your Credly badges also will be moved in the same Credly account within 24-48 hours.

If you need any further assistance please do let us know, we will be happy to help.

Best regards,
Sneha P.
AWS Training and Certification Support
Amazon Web Services

On Fri, Jun 6, 2025 at 9:02 AM Rahul Menon <rahul.menon87@gmail.com> wrote:
> Hi, the details are correct. Please proceed with the merge.
>
> On Thu, Jun 5, 2025 at 3:17 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Rahul,
> >
> > Thank you for revert with the requested details.
> >
> > Account to be retained (primary): AWS04417829 - rahul.menon@infoveda-solutions.com
> > Account to be merged (will be deactivated): AWS09152376 - rahul.m.cet2014@gmail.com
> >
> > Please note that once the accounts are merged it can not be revert back or separate again.
> >
> > Request you to kindly reply on this email confirming above details are correct so that we can go ahead with the merge.
"""
    mail(4, "both-account-merged", "merge_completed", "en", cA, ["AWS04417829", "AWS09152376"], True,
         frm=AWS_FORM, to=RAHUL, subject=f"RE:[CASE {cA}] {FORM_SUBJ}",
         date=d4, body=text(body4), trace=t_gmail(RAHUL[1], d4, amazon_sender(d4)))

    d5 = d4 + dt.timedelta(minutes=6, seconds=12)
    h5 = html(f"""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked.547f032d90171cdea4dd90c258f47373c5573db5.png" alt="AWS" width="90">
<p>Hello,</p>
<p>Your case <b>{cA}</b> was marked as resolved.</p>
<p>We would like to hear about your experience. It takes less than one minute.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://survey.aws-tc-feedback.amazon.com/s/r?c={cA}&amp;a=1" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc-feedback.amazon.com/s/r?c={cA}&amp;a=0" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received?<br>
<a href="https://survey.aws-tc-feedback.amazon.com/s/s?c={cA}&amp;r=1">1</a> &middot; <a href="https://survey.aws-tc-feedback.amazon.com/s/s?c={cA}&amp;r=2">2</a> &middot;
<a href="https://survey.aws-tc-feedback.amazon.com/s/s?c={cA}&amp;r=3">3</a> &middot; <a href="https://survey.aws-tc-feedback.amazon.com/s/s?c={cA}&amp;r=4">4</a> &middot;
<a href="https://survey.aws-tc-feedback.amazon.com/s/s?c={cA}&amp;r=5">5</a></p>
<p style="color:#687078;font-size:11px">If you still need help on this matter, reply to this email within 14 days and the case will be reopened.<br>
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>
</td></tr></table>""")
    mail(5, "case-marked-resolved", "survey", "en", cA, [], True,
         frm=AWS_FORM, to=RAHUL, subject=f"Your case {cA} has been resolved - tell us how we did",
         date=d5, body=text(h5, subtype="html"), trace=t_gmail(RAHUL[1], d5, amazon_sender(d5)))

    d6 = T(2025, 6, 8, 13, 40, 27)
    t6 = """Hi Rahul,

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect – Associate

This badge was transferred from a previous account of yours as part of an account consolidation made by the issuer.

Accept your badge: https://www.credly.com/earner/earned/badge/3f1c9a2e-5b7d-4e0a-9c61-2d8e47b01f35

Once accepted, you can share it on LinkedIn and other networks.

Credly, Inc. | 9 East 40th Street, New York, NY 10016
Unsubscribe from badge emails: https://www.credly.com/earner/settings/notifications
"""
    h6 = html("""<div style="max-width:600px;margin:auto"><p>Hi Rahul,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you the following badge:</p>
<p style="font-size:18px">AWS Certified Solutions Architect – Associate</p>
<p>This badge was transferred from a previous account of yours as part of an account consolidation made by the issuer.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c9a2e-5b7d-4e0a-9c61-2d8e47b01f35" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 9 East 40th Street, New York, NY 10016</p></div>""")
    mail(6, "badge-issued-sa-associate", "credly_badge_issued", "en", None, [], True,
         frm=CREDLY, to=RAHUL, subject="Amazon Web Services Training and Certification sent you a badge",
         date=d6, body=alt(text(t6), text(h6, subtype="html")), trace=t_gmail(RAHUL[1], d6, credly_sender(d6), p="REJECT"),
         msgid=f"<{uuid.UUID(int=rng.getrandbits(128))}@credly.com>")


# ================================================================ Maria (Philippines, Outlook.com, console case)
def maria():
    d = oB + dt.timedelta(seconds=51)
    body = f"""Thank you for contacting Amazon Web Services. We have opened case {cB} to address your issue.

The details of your case are as follows:

Case ID: {cB}
Subject: Merge my 2 certification account pls
Severity: General guidance
Correspondence: Good day AWS team! I hope this finds you well. I would like to request to merge my two AWS certification accounts, first one is AWS03381904 that I use now and second is AWS07725610 that I was created when I take the exam at the testing center last 2023 because I was not able to login that time. Hoping for your kind help. Thank you so much and God bless.

We will respond to your request as soon as possible. To contact us again about this issue, please visit the Support Center: {console_link(cB)}

{NOREPLY}

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    mail(7, "console-opened-merge-2-accounts", "case_created", "en", cB, ["AWS03381904", "AWS07725610"], True,
         frm=AWS_CONSOLE, to=MARIA, subject=f"Amazon Web Services: You have opened a new Support case: {cB}",
         date=d, body=text(body), trace=t_o365(MARIA[1], d, amazon_sender(d)))

    d2 = T(2025, 9, 16, 3, 12, 40)
    body2 = f"""Hello,

We've updated your support case {cB}. The new correspondence is below.

-------------------------------------------
Hi Maria,

Thank you for reaching out to AWS Training and Certification and for providing the candidate IDs AWS03381904 and AWS07725610.

To be able to verify that both profile are belong to you, could you please to provide the email address registered to each of the account? Also please advise which one will be the main account to be kept after, and the e-mail where you want to receive the notifications.

Once we have these information we can continue checking your request.

Best regards,
Mark Anthony
Amazon Web Services
-------------------------------------------

To view the case and respond, please sign in to the Support Center: {console_link(cB)}

{CONSOLE_FOOT}

{NOREPLY}
"""
    mail(8, "new-correspondence-emails-needed", "support_reply", "en", cB, ["AWS03381904", "AWS07725610"], True,
         frm=AWS_CONSOLE, to=MARIA, subject=f"[Case {cB}] New correspondence added",
         date=d2, body=text(body2), trace=t_o365(MARIA[1], d2, amazon_sender(d2)))

    d3 = T(2025, 9, 17, 5, 30, 18)
    body3 = f"""Hello Maria,

Thank you for the information provided and for your patience on this matter.

Upon checking, I was able to locate the two profiles under your name. Please see below:

Profile to retain: AWS03381904 (maria.santos.ph@outlook.com)
Profile to be merge into the retained: AWS07725610 (mariasantos.pvt@yahoo.com)

Before we submit this for processing, we need your go signal first. Kindly take note that the merging is permanent and cannot be undo once processed, the profile AWS07725610 will not be accessible anymore after.

If the above is correct, please reply to this case in the Support Center with "I confirm" so we can move forward.

Best regards,
Mark Anthony
Amazon Web Services

To see all of your cases, please visit the Support Center: {console_link(cB)}

{CONSOLE_FOOT}

{NOREPLY}
"""
    mail(9, "need-your-go-signal", "merge_confirmation_requested", "en", cB, ["AWS03381904", "AWS07725610"], True,
         frm=AWS_CONSOLE, to=MARIA, subject=f"RE:[CASE {cB}] Merge my 2 certification account pls",
         date=d3, body=text(body3, cte="base64"), trace=t_o365(MARIA[1], d3, amazon_sender(d3)))

    d4 = T(2025, 9, 18, 0, 55, 9)
    body4 = f"""Hello Maria,

Thank you for confirming. We will now proceed with merging aws 07725610 to your main profile AWS-03381904. The process usually take 3 to 5 business days, I will be keeping this case open and update you as soon as it's done from our end.

In the meantime, please do not create another case for the same concern so that we will not have duplicate.

Best regards,
Mark Anthony
Amazon Web Services

To see all of your cases, please visit the Support Center: {console_link(cB)}

{CONSOLE_FOOT}

{NOREPLY}
"""
    mail(10, "thanks-we-will-now-proceed", "support_reply", "en", cB, ["AWS03381904", "AWS07725610"], True,
         frm=AWS_CONSOLE, to=MARIA, subject=f"RE:[CASE {cB}] Merge my 2 certification account pls",
         date=d4, body=text(body4), trace=t_o365(MARIA[1], d4, amazon_sender(d4)))

    d5 = T(2025, 9, 22, 7, 18, 44)
    body5 = f"""Hello Maria,

Good day! We are happy to inform you that the merging of your certification profiles were already completed. All of your certifications, exam history and benefits was moved under AWS03381904 and the other profile is now deactivated.

Since your concern is already resolved, we will now be closing this case. If there's anything else we can help, feel free to open a new case anytime.

Was your question answered?
If yes, click here: https://console.aws.amazon.com/support/feedback?displayId={cB}&answer=yes
If no, click here: https://console.aws.amazon.com/support/feedback?displayId={cB}&answer=no

Best regards,
Jhoanna
Amazon Web Services

{CONSOLE_FOOT}

{NOREPLY}
"""
    mail(11, "profiles-done-closing-case", "merge_completed", "en", cB, ["AWS03381904"], True,
         frm=AWS_CONSOLE, to=MARIA, subject=f"RE:[CASE {cB}] Merge my 2 certification account pls",
         date=d5, body=text(body5), trace=t_o365(MARIA[1], d5, amazon_sender(d5)))

    d6 = d5 + dt.timedelta(minutes=2, seconds=31)
    t6 = f"""Your support case {cB} "Merge my 2 certification account pls" has been resolved.

We'd love to know how we did. Please take a few moments to rate your experience:
{console_link(cB)}&rate=1

If your issue is not resolved, you can reopen the case from the Support Center within 14 days.

Amazon Web Services
"""
    h6 = html(f"""<p>Your support case <b>{cB}</b> &ldquo;Merge my 2 certification account pls&rdquo; has been resolved.</p>
<p>We'd love to know how we did.</p>
<p><a href="{console_link(cB)}&amp;rate=1">&#9733;</a><a href="{console_link(cB)}&amp;rate=2">&#9733;</a><a href="{console_link(cB)}&amp;rate=3">&#9733;</a><a href="{console_link(cB)}&amp;rate=4">&#9733;</a><a href="{console_link(cB)}&amp;rate=5">&#9733;</a></p>
<p style="font-size:11px;color:#687078">Not resolved? Reopen the case in the Support Center within 14 days.</p>""")
    mail(12, "rate-your-experience", "survey", "en", cB, [], True,
         frm=AWS_CONSOLE, to=MARIA, subject=f"Amazon Web Services: Support case {cB} has been resolved",
         date=d6, body=alt(text(t6), text(h6, subtype="html")), trace=t_o365(MARIA[1], d6, amazon_sender(d6)))

    d7 = T(2025, 9, 24, 16, 5, 2)
    h7 = html("""<div style="max-width:600px;margin:auto"><p>Hello Maria,</p>
<p>Amazon Web Services Training and Certification issued you a badge and it is waiting for you.</p>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/9b0e2f4d-1c3a-47e8-8d55-6a0f1e2c7b94" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Claim your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 9 East 40th Street, New York, NY 10016 | <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></p></div>""")
    t7 = """Hello Maria,

Amazon Web Services Training and Certification issued you a badge and it is waiting for you.

AWS Certified Cloud Practitioner

Claim your badge: https://www.credly.com/earner/earned/badge/9b0e2f4d-1c3a-47e8-8d55-6a0f1e2c7b94
"""
    mail(13, "claim-cloud-practitioner-badge", "credly_badge_issued", "en", None, [], True,
         frm=CREDLY, to=MARIA, subject="Your AWS Certified Cloud Practitioner badge is waiting",
         date=d7, body=alt(text(t7), text(h7, subtype="html")), trace=t_o365(MARIA[1], d7, credly_sender(d7)),
         msgid=f"<{uuid.UUID(int=rng.getrandbits(128))}@credly.com>")

    d8 = T(2025, 9, 27, 2, 41, 55)
    t8 = """Hi Maria,

Someone (hopefully you) asked to merge two Credly accounts into this one.

Your verification code is: 483921

Enter the code on the merge screen, or use the button below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=8e41c0a97d2b

If you did not request this, you can ignore this email - nothing will change.

The Credly Team
"""
    mail(14, "credly-merge-verification-code", "unrelated", "en", None, [], True,
         frm=("Credly", "admin@credly.com"), to=MARIA, subject="Your Credly account merge verification code",
         date=d8, body=text(t8, cte="7bit"), trace=t_o365(MARIA[1], d8, credly_sender(d8)),
         msgid=f"<{uuid.UUID(int=rng.getrandbits(128))}@credly.com>")


# ================================================================ Diego (Mexico, self-hosted, no AR)
def diego():
    d = oC + dt.timedelta(seconds=44)
    t1 = f"""Your request has been received.

Case number: {cC}
We respond to most requests within 24 hours.

AWS Training and Certification
"""
    h1 = html(f"""<p>Hello Diego,</p>
<p>Thank you for contacting AWS Training and Certification. This message confirms we have received your inquiry and created case <b>{cC}</b> for it.</p>
<p>Our team reviews requests in the order they arrive and a specialist will write you soon. Please don't submit the same request again, because duplicates make the waiting longer.</p>
<p>Need to add something? Just reply to this email and keep the case number in the subject.</p>
<p>AWS Training and Certification</p>""")
    mail(15, "we-received-your-inquiry", "case_created", "en", cC, [], None,
         frm=AWS_FORM, to=DIEGO, subject=f"We received your request - [CASE {cC}]",
         date=d, body=alt(text(t1, cte="7bit"), text(h1, subtype="html")), trace=t_selfhost(DIEGO[1], d, amazon_sender(d)))

    d2 = T(2025, 6, 3, 22, 7, 31)
    b2 = """Greetings Diego,

I hope this email find you very well.

My name is Santiago and I will be helping you with your case. I have review your solicitude and I see two profiles with your name: AWS01958344 and AWS06270153. In order to process the unification I need you please confirm me the next information:

- Which of both profiles you desire to conserve as the principal one.
- The email of notification that you want to stay in the final profile.
- The reason of the merge (for example, duplicated account created in the test center).

Remain attentive to your response.

Kind regards,
Santiago M.
Amazon Web Services | Training and Certification
"""
    mail(16, "which-profile-conserve", "support_reply", "en", cC, ["AWS01958344", "AWS06270153"], None,
         frm=AWS_FORM, to=DIEGO, subject=f"RE:[CASE {cC}] {FORM_SUBJ}",
         date=d2, body=text(b2), trace=t_selfhost(DIEGO[1], d2, amazon_sender(d2)))

    d3 = T(2025, 6, 5, 17, 3, 12)
    b3 = """Hello again Diego,

Thank you for your prompt answer. Before to do the merge I must to have your explicit confirmation, because this action is not possible to reverse after.

Resume of the operation:
   * Profile that stay (principal): AWS01958344 - diego@ramirez-consultores.mx
   * Profile that will be fusioned and closed: AWS06270153 - dramirez.itesm@gmail.com

All the certifications, exam history and the vouchers of the profile AWS06270153 will pass to the principal.

If everything is correct please respond this email with the phrase "I confirm the merge" and I will proceed immediately.

Kind regards,
Santiago M.
Amazon Web Services | Training and Certification

El 04/06/2025 a las 9:14, Diego Ramírez escribió:
> Hello Santiago, thanks. I want to keep AWS01958344 (diego@ramirez-consultores.mx). The other was created in the test center by error when I did the exam in 2022. Notifications to the same email please.
> Regards
> Diego
"""
    mail(17, "explicit-confirmation-before-fusion", "merge_confirmation_requested", "en", cC, ["AWS01958344", "AWS06270153"], None,
         frm=AWS_FORM, to=DIEGO, subject=f"RE:[CASE {cC}] {FORM_SUBJ}",
         date=d3, body=text(b3), trace=t_selfhost(DIEGO[1], d3, amazon_sender(d3)))

    d4 = T(2025, 6, 10, 16, 40, 0)
    b4 = f"""Hello Diego,

I am writing you to follow up the case {cC}. I have not receive your confirmation for the merge of the profiles that I send you the past 5 of June.

Do you still need assistance with this request? If I don't have news from you in the next 72 hours the case will be resolved automatically, but you can reply this same email anytime to reopen it.

Kind regards,
Santiago M.
Amazon Web Services | Training and Certification

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 5, 2025 11:03
To: diego@ramirez-consultores.mx
Subject: RE:[CASE {cC}] {FORM_SUBJ}

Hello again Diego,

Thank you for your prompt answer. Before to do the merge I must to have your explicit confirmation, because this action is not possible to reverse after.

Resume of the operation:
   * Profile that stay (principal): AWS01958344 - diego@ramirez-consultores.mx
   * Profile that will be fusioned and closed: AWS06270153 - dramirez.itesm@gmail.com

If everything is correct please respond this email with the phrase "I confirm the merge" and I will proceed immediately.
"""
    mail(18, "follow-up-still-need-assistance", "support_reply", "en", cC, [], None,
         frm=AWS_FORM, to=DIEGO, subject=f"RE:[CASE {cC}] {FORM_SUBJ}",
         date=d4, body=text(b4), trace=t_selfhost(DIEGO[1], d4, amazon_sender(d4)))

    d5 = T(2025, 6, 12, 19, 22, 48)
    b5 = """Hello Diego,

Thank you for your confirmation yesterday and sorry for the delay.

The unification of your profiles is finished. Now when you enter with diego@ramirez-consultores.mx you will see your three certifications together in the same profile, and the profile aws06270153 was desactivated by our team.

About the Credly badges, they will arrive to the same Credly account in the next days, if not please write us.

It was a pleasure to help you.

Kind regards,
Santiago M.
Amazon Web Services | Training and Certification
"""
    mail(19, "unification-finished", "merge_completed", "en", cC, ["AWS06270153"], None,
         frm=AWS_FORM, to=DIEGO, subject=f"RE:[CASE {cC}] {FORM_SUBJ}",
         date=d5, body=text(b5, cte="8bit"), trace=t_selfhost(DIEGO[1], d5, amazon_sender(d5)))

    d6 = d5 + dt.timedelta(hours=1, minutes=3)
    b6 = f"""Tell us about your experience with AWS Training and Certification Support

Your case {cC} has been closed.

Please answer 2 short questions, it takes only a minute:

1. Was your issue resolved?   YES: https://pulse.aws/survey/TC7XQ2?case={cC}&q1=yes   NO: https://pulse.aws/survey/TC7XQ2?case={cC}&q1=no
2. How satisfied are you with the agent who helped you? (1 = very unsatisfied, 5 = very satisfied)
   https://pulse.aws/survey/TC7XQ2?case={cC}&q2

Thank you for your time.

Amazon Web Services Training and Certification
"""
    mail(20, "tell-us-about-experience", "survey", "en", cC, [], None,
         frm=AWS_FORM, to=DIEGO, subject=f"How did we do? [CASE {cC}]",
         date=d6, body=text(b6), trace=t_selfhost(DIEGO[1], d6, amazon_sender(d6)))


# ================================================================ Tanaka (Japan, nifty, form case, Japanese)
def tanaka():
    snd = lambda d: amazon_sender(d)
    d = oD + dt.timedelta(seconds=29)
    b1 = f"""田中 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: {cD}
お問い合わせの種類: 認定 / アカウントの統合

担当者より通常 24 時間以内にご連絡いたします。同じ内容で新しいお問い合わせを作成されますと、回答が遅れる場合がございますのでご注意ください。
追加の情報がある場合は、件名を変更せずに本メールへご返信ください。

Amazon Web Services
AWS トレーニングと認定
"""
    mail(21, "uketsuke-jidou-soushin", "case_created", "ja", cD, [], True,
         frm=("Amazon Web Services", AWS_FORM[1]), to=TANAKA, subject=f"お問い合わせを受け付けました [CASE {cD}] AWS トレーニングと認定",
         date=d, body=text(b1, charset="iso-2022-jp", cte="7bit"), hcharset="iso-2022-jp",
         trace=t_jp("mx.nifty.com", "mfilter-in.nifty.com", TANAKA[1], d, snd(d)))

    d2 = T(2025, 7, 1, 23, 18, 5)
    b2 = """田中 様

いつもお世話になっております。AWS トレーニングと認定サポートの鈴木でございます。

お問い合わせいただいた件につきまして、弊社システムで確認いたしましたところ、お客様名義の認定アカウントが以下の2件見つかりました。

  ・AWS05590218（kenta.tanaka@nifty.com）
  ・AWS02846671（k-tanaka@mizuho-sys.co.jp）

統合後にどちらのアカウントを残すか（存続アカウント）、ご指定いただけますでしょうか。
また、統合後の通知先メールアドレスにつきましても併せてお知らせください。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

Amazon Web Services
AWS トレーニングと認定サポート
鈴木
"""
    mail(22, "zonzoku-account-goshitei", "support_reply", "ja", cD, ["AWS05590218", "AWS02846671"], True,
         frm=AWS_FORM, to=TANAKA, subject=f"RE:[CASE {cD}] {FORM_SUBJ}",
         date=d2, body=text(b2, charset="Shift_JIS", codec="cp932", cte="base64"),
         trace=t_jp("mx.nifty.com", "mfilter-in.nifty.com", TANAKA[1], d2, snd(d2)))

    d3 = T(2025, 7, 2, 2, 44, 37)
    b3 = """田中 様

ご返信いただき、ありがとうございます。

ご指定の内容に基づき、以下のとおりアカウントの統合を実施する予定です。

  存続するアカウント: AWS05590218（通知先: kenta.tanaka@nifty.com）
  統合されるアカウント: AWS02846671

統合を実施いたしますと、元に戻すことはできません。統合されるアカウントの認定資格および受験履歴はすべて存続アカウントへ移され、AWS02846671 にはログインできなくなります。

上記の内容でよろしければ、本メールにご返信いただき、統合へのご承諾をお知らせください。ご承諾を確認後、手続きを開始いたします。

Amazon Web Services
AWS トレーニングと認定サポート
鈴木

2025年7月2日(水) 8:02 田中健太 <kenta.tanaka@nifty.com>:
> 鈴木様
>
> ご連絡ありがとうございます。
> AWS05590218 の方を残してください。通知先も kenta.tanaka@nifty.com でお願いします。
>
> 田中
"""
    mail(23, "tougou-naiyou-goshoudaku", "merge_confirmation_requested", "ja", cD, ["AWS05590218", "AWS02846671"], True,
         frm=AWS_FORM, to=TANAKA, subject=f"RE:[CASE {cD}] {FORM_SUBJ}",
         date=d3, body=text(b3, charset="iso-2022-jp", cte="7bit"),
         trace=t_jp("mx.nifty.com", "mfilter-in.nifty.com", TANAKA[1], d3, snd(d3)))

    d4 = T(2025, 7, 4, 8, 9, 13)
    b4 = """田中 様

お待たせいたしました。ご承諾いただいたアカウント統合の作業が完了いたしましたので、ご報告いたします。

AWS02846671 に登録されていた認定資格および受験履歴は、すべて AWS05590218 へ移行いたしました。今後は kenta.tanaka@nifty.com でサインインしてご確認ください。

Credly のデジタルバッジにつきましては、反映まで数日かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

Amazon Web Services
AWS トレーニングと認定サポート
鈴木
"""
    mail(24, "tougou-sagyou-kanryou", "merge_completed", "ja", cD, ["AWS05590218", "AWS02846671"], True,
         frm=AWS_FORM, to=TANAKA, subject=f"RE:[CASE {cD}] {FORM_SUBJ}",
         date=d4, body=text(b4, cte="base64"),
         trace=t_jp("mx.nifty.com", "mfilter-in.nifty.com", TANAKA[1], d4, snd(d4)))

    d5 = d4 + dt.timedelta(hours=2, minutes=11)
    b5 = f"""田中 健太 様

ケース {cD} は解決済みとしてクローズされました。

今後のサービス向上のため、今回のサポートについて簡単なアンケートにご協力ください（所要時間 1 分程度）。

問題は解決しましたか？
  はい: https://pulse.aws/survey/JPTC01?case={cD}&a=1
  いいえ: https://pulse.aws/survey/JPTC01?case={cD}&a=0

引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくとケースが再開されます。

Amazon Web Services
"""
    mail(25, "case-close-anketo", "survey", "ja", cD, [], True,
         frm=AWS_FORM, to=TANAKA, subject=f"【アンケートのお願い】ケース {cD} はクローズされました",
         date=d5, body=text(b5), trace=t_jp("mx.nifty.com", "mfilter-in.nifty.com", TANAKA[1], d5, snd(d5)))

    # phishing, Japanese, look-alike domain: "completed" content
    d6 = T(2025, 7, 5, 10, 2, 44)
    fake = "175164977102281"
    b6 = f"""田中 健太 様

AWS トレーニングと認定をご利用いただきありがとうございます。

ケース番号: {fake}
お客様の認定アカウントの統合が完了しました。

統合後のアカウントでデジタルバッジを受け取るため、24時間以内に下記のリンクからサインインし、本人確認を完了してください。期限までに確認が完了しない場合、統合されたアカウントの認定資格が一時停止されます。

https://aws-training-jp.com/certification/verify?case={fake}

AWS トレーニングと認定 事務局
"""
    s6 = generic_sender("aws-training-jp.com", f"bounce@aws-training-jp.com", "mail.aws-training-jp.com", "45.142.214.88",
                        [("aws-training-jp.com", "default")])
    mail(26, "tougou-kanryou-honnin-kakunin", "merge_completed", "ja", fake, [], False,
         frm=("AWS トレーニングと認定", "info@aws-training-jp.com"), to=TANAKA,
         subject="【重要】認定アカウントの統合が完了しました - 本人確認のお願い",
         date=d6, body=text(b6, cte="base64"), msgid=f"<{rhex(24)}@aws-training-jp.com>",
         trace=t_jp("mx.nifty.com", "mfilter-in.nifty.com", TANAKA[1], d6, s6))


# ================================================================ Oleksandr (Ukraine, Gmail, 11-digit console case)
def olek():
    d = oE + dt.timedelta(seconds=33)
    b1 = f"""Thank you for contacting Amazon Web Services. We have opened case {cE} to address your issue.

The details of your case are as follows:

Case ID: {cE}
Subject: Combine two certification accounts
Severity: General guidance
Correspondence: Hello. I have 2 accounts in AWS Certification because of change of my email after I move to new employer. Please to combine them in one, the main should stay the new one. All exams are passed on old one.

We will respond to your request as soon as possible. To contact us again about this issue, please visit the Support Center: {console_link(cE)}

{NOREPLY}
"""
    mail(27, "opened-case-combine-two", "case_created", "en", cE, [], True,
         frm=AWS_CONSOLE, to=OLEK, subject=f"Amazon Web Services: You have opened a new Support case: {cE}",
         date=d, body=text(b1, cte="7bit"), trace=t_gmail(OLEK[1], d, amazon_sender(d)))

    d2 = T(2025, 10, 13, 9, 22, 6)
    b2 = f"""Hello Oleksandr,

Thank you for your patience with this case.

I have received your confirmation and I have forwarded the request to our Certification operations team, they are working on it at the moment. Once the merge will be completed, all your certifications will appear under aws08831045 and I will inform you by this case. Also the badges in Credly should move automatically after, usually it takes one or two days more.

Please be patient, there is no need for any action from your side for now.

Best regards,
Dmytro K.
Amazon Web Services

To see all of your cases, please visit the Support Center: {console_link(cE)}

{CONSOLE_FOOT}

{NOREPLY}
"""
    mail(28, "forwarded-to-operations", "support_reply", "en", cE, ["AWS08831045"], True,
         frm=AWS_CONSOLE, to=OLEK, subject=f"RE:[CASE {cE}] Combine two certification accounts",
         date=d2, body=text(b2), trace=t_gmail(OLEK[1], d2, amazon_sender(d2)))

    d3 = T(2025, 10, 15, 14, 51, 30)
    b3 = f"""Hello Oleksandr,

I am writing to let you know the operations team has finished with your request today. The account AWS03107792 is now merged with AWS08831045, all the exam history and certificates were transfered and the old one is closed.

Please sign in with your new email and verify everything is on place. If something is missing, reply to this case in Support Center and I will check it.

Best regards,
Dmytro K.
Amazon Web Services

From: Amazon Web Services
Sent: Monday, October 13, 2025 9:22 AM
To: o.kovalenko.dev@gmail.com
Subject: RE:[CASE {cE}] Combine two certification accounts

Hello Oleksandr,

Thank you for your patience with this case.

I have received your confirmation and I have forwarded the request to our Certification operations team, they are working on it at the moment. Once the merge will be completed, all your certifications will appear under aws08831045 and I will inform you by this case.

{CONSOLE_FOOT}

{NOREPLY}
"""
    mail(29, "operations-team-finished", "merge_completed", "en", cE, ["AWS03107792", "AWS08831045"], True,
         frm=AWS_CONSOLE, to=OLEK, subject=f"RE:[CASE {cE}] Combine two certification accounts",
         date=d3, body=text(b3, cte="base64"), trace=t_gmail(OLEK[1], d3, amazon_sender(d3)))

    d4 = T(2025, 10, 16, 20, 13, 7)
    h4 = html("""<table width="600" align="center"><tr><td>
<p>Hi Oleksandr,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge.</p>
<p style="font-size:18px"><b>AWS Certified Developer – Associate</b></p>
<p>Your badge is ready to accept. Accepting it lets you share your achievement and verify it anywhere.</p>
<p><a href="https://www.credly.com/earner/earned/badge/c27d81f4-0a6e-4b39-9e12-75fd3a8c6e01" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">You received this email because a badge was issued to o.kovalenko.dev@gmail.com.<br>Credly, Inc. | 9 East 40th Street, New York, NY 10016</p>
</td></tr></table>""")
    mail(30, "accept-developer-badge", "credly_badge_issued", "en", None, [], True,
         frm=CREDLY, to=OLEK, subject="Accept your badge: AWS Certified Developer – Associate",
         date=d4, body=text(h4, subtype="html"), trace=t_gmail(OLEK[1], d4, credly_sender(d4), p="REJECT"),
         msgid=f"<{uuid.UUID(int=rng.getrandbits(128))}@credly.com>")

    d5 = T(2026, 2, 3, 15, 0, 12)
    b5 = """Hi Oleksandr,

Your AWS Certified Cloud Practitioner badge will expire in 90 days (May 4, 2026).

To keep your badge active, complete the recertification requirements set by Amazon Web Services Training and Certification before the expiration date. Expired badges remain on your profile but are marked as expired.

View badge: https://www.credly.com/badges/5e9a0c13-77b2-4c8f-a1d6-0e43b2f9d871

Credly, Inc. | 9 East 40th Street, New York, NY 10016
"""
    mail(31, "badge-expires-in-90-days", "unrelated", "en", None, [], True,
         frm=("Credly", "admin@credly.com"), to=OLEK, subject="Your AWS Certified Cloud Practitioner badge expires soon",
         date=d5, body=text(b5), trace=t_gmail(OLEK[1], d5, credly_sender(d5), p="REJECT"),
         msgid=f"<{uuid.UUID(int=rng.getrandbits(128))}@credly.com>")

    d6 = T(2025, 10, 20, 11, 37, 50)
    b6 = """@okovalenko-dev merged #142 into main.

Merge account modules into single terraform module (PR #142)

—
Reply to this email directly, view it on GitHub:
https://github.com/kovalenko-lab/infra-tools/pull/142#event-20384715522
You are receiving this because you authored the thread.
"""
    gs = generic_sender("github.com", "noreply@github.com", "out-26.smtp.github.com", "192.30.252.209", [("github.com", "pf2023")])
    mail(32, "github-pr-merged", "unrelated", "en", None, [], False,
         frm=("Oleksii Bondar", "notifications@github.com"), to=("kovalenko-lab/infra-tools", "infra-tools@noreply.github.com"),
         subject="Re: [kovalenko-lab/infra-tools] Merge account modules into single terraform module (PR #142)",
         date=d6, body=text(b6), msgid="<kovalenko-lab/infra-tools/pull/142/issue_event/20384715522@github.com>",
         irt="<kovalenko-lab/infra-tools/pull/142@github.com>", refs="<kovalenko-lab/infra-tools/pull/142@github.com>",
         trace=t_gmail(OLEK[1], d6, gs, p="REJECT"))


# ================================================================ Wei Zhang (China, Office 365, form case)
def zhang():
    d = oF + dt.timedelta(seconds=47)
    b1 = f"""Dear Wei Zhang,

This is automatic message to let you know that we got your message and a support case was created for you.

Case number: {cF}
Topic: Certification - Account Merge

One of our support specialist will contact you normally in 1 business day. You can reply to this email if you want to add more information, please keep the case number in subject line.

AWS Training and Certification
"""
    mail(33, "automatic-message-case-number", "case_created", "en", cF, [], True,
         frm=AWS_FORM, to=ZHANG, subject=f"[CASE {cF}] Thank you for contacting AWS Training and Certification",
         date=d, body=text(b1), trace=t_o365(ZHANG[1], d, amazon_sender(d)))

    d2 = T(2025, 11, 19, 0, 12, 26)
    b2 = """Dear Customer,

Greetings from AWS Training and Certification!

Thanks for your patient waiting. Per your request, we will merge below two accounts:

Primary account (will be retain): AWS06612039 / wei.zhang@hanxin-tech.com
Secondary account (will be closed): AWS04498150 / zhangwei_sz@163.com

Please kindly to note: after the merge, secondary account can not login anymore, and this process is not reversible. All certifications on secondary account will move to primary account.

Please reply "Yes, I confirm" to this email to let us proceed the merge. If any information is not correct, please let us know.

Wish you have a nice day!

Best Regards,
Li Na
AWS Training and Certification Customer Support
"""
    mail(34, "reply-yes-i-confirm", "merge_confirmation_requested", "en", cF, ["AWS06612039", "AWS04498150"], True,
         frm=AWS_FORM, to=ZHANG, subject=f"RE:[CASE {cF}] {FORM_SUBJ}",
         date=d2, body=text(b2), trace=t_o365(ZHANG[1], d2, amazon_sender(d2)))

    d3 = T(2025, 11, 19, 6, 40, 2)
    b3 = f"""Dear Wei,

Thanks for your confirm. We have already submitted merge request to internal team for your account AWS06612039, normally it take 1-2 business days to finish. After merge is finished we will send email to you, no need to do anything now.

Best Regards,
Li Na
AWS Training and Certification Customer Support

From: Wei Zhang <wei.zhang@hanxin-tech.com>
Sent: Wednesday, November 19, 2025 9:47 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE {cF}] {FORM_SUBJ}

Yes, I confirm. Please help merge as soon as possible, thank you very much.

Wei Zhang | Cloud Engineer | Hanxin Technology

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, November 19, 2025 8:12 AM
To: Wei Zhang <wei.zhang@hanxin-tech.com>
Subject: RE:[CASE {cF}] {FORM_SUBJ}

Dear Customer,

Per your request, we will merge below two accounts:

Primary account (will be retain): AWS06612039 / wei.zhang@hanxin-tech.com
Secondary account (will be closed): AWS04498150 / zhangwei_sz@163.com

Please reply "Yes, I confirm" to this email to let us proceed the merge.
"""
    mail(35, "submitted-to-internal-team", "support_reply", "en", cF, ["AWS06612039"], True,
         frm=AWS_FORM, to=ZHANG, subject=f"RE:[CASE {cF}] {FORM_SUBJ}",
         date=d3, body=text(b3, cte="base64"), trace=t_o365(ZHANG[1], d3, amazon_sender(d3)))

    d4 = T(2025, 11, 21, 3, 27, 59)
    t4 = f"""Dear Wei,

Your accounts have been combined successfully, certifications of AWS04498150 now show under AWS06612039. We will close this case now.

Please take a moment to rate our service: https://pulse.aws/survey/TCCS88?case={cF}

Best Regards,
Li Na
AWS Training and Certification Customer Support
"""
    h4 = html(f"""<p>Dear Wei,</p>
<p>Good news! Your accounts have been combined successfully, the certifications of <b>AWS04498150</b> now show under <b>AWS06612039</b>. Your badges on Credly will be moved automatically, please allow 1-2 days.</p>
<p>As your request is fulfilled, we will close this case now.</p>
<p>How was our service? <a href="https://pulse.aws/survey/TCCS88?case={cF}">Rate us here</a></p>
<p>Best Regards,<br>Li Na<br>AWS Training and Certification Customer Support</p>""")
    mail(36, "combined-successfully-rate-us", "merge_completed", "en", cF, ["AWS04498150", "AWS06612039"], True,
         frm=AWS_FORM, to=ZHANG, subject=f"RE:[CASE {cF}] {FORM_SUBJ}",
         date=d4, body=alt(text(t4), text(h4, subtype="html")), trace=t_o365(ZHANG[1], d4, amazon_sender(d4)))

    d5 = T(2025, 11, 20, 2, 15, 41)
    b5 = """Hi Wei,

Finance team asked again for your AWS SAP certificate pdf for the reimbursement, they need the certification number and validation number also.

Did AWS already merge your two account? If yes please download the PDF from the new account (AWS06612039 right?) and send me before Friday, otherwise reimbursement go to next month.

Thanks,
Jie

Chen Jie | HR & Admin | Hanxin Technology Co., Ltd.
"""
    ins = generic_sender("hanxin-tech.com", ZHANG[1], "", "", [])
    mail(37, "colleague-asks-certificate-pdf", "unrelated", "en", None, ["AWS06612039"], False,
         frm=("Chen Jie", "jie.chen@hanxin-tech.com"), to=ZHANG, subject="RE: AWS cert reimbursement",
         date=d5, body=text(b5), msgid=f"<SA1PR14MB{rng.randint(1000,9999)}{rhex(8).upper()}@SA1PR14MB{rng.randint(1000,9999)}.namprd14.prod.outlook.com>",
         irt=f"<DM6PR11MB{rng.randint(1000,9999)}@DM6PR11MB4657.namprd11.prod.outlook.com>",
         extra=[("Thread-Topic", "AWS cert reimbursement"), ("Thread-Index", "AQHbWk" + rb64(18))],
         trace=t_o365(ZHANG[1], d5, ins, internal=True,
                      verdict="dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hanxin-tech.com;"))

    # phishing: From amazon.com, topmost AR says dmarc=fail; a forged "pass" header sits lower
    d6 = T(2025, 11, 24, 8, 3, 19)
    fake = "176386012405512"
    b6 = f"""Dear Customer,

This is regarding your AWS Certification account merge request (case {fake}).

Below accounts are pending for merge:
Primary: AWS06612039
Secondary: AWS04498150

Because merge is irreversible, you must confirm the merge by sign in on our verification portal within 24 hours, otherwise both account will be suspended for security reason.

Confirm merge: https://aws-tc-verify.support-portal.cc/merge?c={fake}

AWS Training and Certification
"""
    ps = generic_sender("amazon.com", "aws-cs-trainingcertification-form@amazon.com", "vps-2231.hostkey-srv.net", "185.234.218.41", [])
    verdict = (f"spf=fail (sender IP is 185.234.218.41)\n smtp.mailfrom=amazon.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000")
    mail(38, "confirm-within-24-hours", "merge_confirmation_requested", "en", fake, ["AWS06612039", "AWS04498150"], False,
         frm=AWS_FORM, to=ZHANG, subject=f"RE:[CASE {fake}] Action required: confirm your account merge",
         date=d6, body=text(b6), msgid=f"<{rhex(16)}@vps-2231.hostkey-srv.net>",
         trace=t_o365(ZHANG[1], d6, ps, verdict=verdict),
         forged=[("Authentication-Results", "amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com")])


# ================================================================ Sato (Japan, biglobe, console case in Japanese)
def sato():
    bg = lambda d, s: t_jp("mx.biglobe.ne.jp", "mxc.biglobe.ne.jp", SATO[1], d, s)
    d = oG + dt.timedelta(seconds=41)
    b1 = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {cG} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {cG}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
内容: 認定アカウントが2つあるため、1つにまとめていただきたいです。旧姓で作成したアカウントと、現在使っているアカウントがあります。

できるだけ早く対応いたします。このケースについて再度お問い合わせいただく場合は、サポートセンター ({console_link(cG, 'ja')}) をご利用ください。

※このメールアドレスは送信専用です。ご返信いただいてもお受けできませんのでご了承ください。
"""
    mail(39, "atarashii-case-sakusei", "case_created", "ja", cG, [], True,
         frm=AWS_CONSOLE, to=SATO, subject=f"Amazon Web Services: 新しいサポートケースを作成しました: {cG}",
         date=d, body=text(b1), trace=bg(d, amazon_sender(d)))

    d2 = T(2026, 1, 22, 1, 4, 50)
    b2 = f"""佐藤様

お世話になっております。
ご確認のご返信をいただき、誠にありがとうございます。

現在、認定チームにて AWS 07014468 へのアカウント統合作業を進めております。通常3〜5営業日ほどかかりますので、完了次第、本ケースにて改めてご連絡させていただきます。

なお、作業中は旧アカウントへのサインインができなくなる場合がございます。あらかじめご了承ください。

よろしくお願いいたします。

Amazon Web Services
陳

ケースの一覧は、サポートセンターでご確認いただけます: {console_link(cG, 'ja')}

※このメールアドレスは送信専用です。
"""
    mail(40, "tougou-sagyou-susumete-orimasu", "support_reply", "ja", cG, ["AWS07014468"], True,
         frm=AWS_CONSOLE, to=SATO, subject=f"RE:[CASE {cG}] 認定アカウントの統合について",
         date=d2, body=text(b2, cte="base64"), trace=bg(d2, amazon_sender(d2)))

    d3 = T(2026, 1, 26, 6, 30, 15)
    h3 = html(f"""<div>
<p>佐藤様</p>
<p>お待たせいたしました。ご依頼いただいた認定アカウントの統合処理が終了しました。</p>
<p>旧アカウント（AWS01229935）に登録されていた認定資格は、現在ご利用中のアカウント（AWS07014468）にてご確認いただけます。旧アカウントは今後ご利用いただけません。</p>
<p>ご不明な点がございましたら、サポートセンターからご連絡ください。</p>
<p>Amazon Web Services<br>陳</p>
<p style="font-size:11px;color:#687078"><a href="{console_link(cG, 'ja')}">サポートセンター</a><br>※このメールアドレスは送信専用です。</p>
</div>""", lang="ja")
    mail(41, "tougou-shori-shuuryou", "merge_completed", "ja", cG, ["AWS01229935", "AWS07014468"], True,
         frm=AWS_CONSOLE, to=SATO, subject=f"RE:[CASE {cG}] 認定アカウントの統合について",
         date=d3, body=text(h3, subtype="html", cte="quoted-printable"), trace=bg(d3, amazon_sender(d3)))

    d4 = T(2026, 1, 27, 9, 48, 3)
    t4 = """佐藤 美咲 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect – Associate

バッジを受け取る: https://www.credly.com/earner/earned/badge/6d2f80b1-3e9c-4a57-b0d4-19c7e5a2f368

受け取ったバッジは LinkedIn などで共有できます。

Credly, Inc. | 9 East 40th Street, New York, NY 10016
"""
    h4 = html("""<p>佐藤 美咲 さん</p><p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect – Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/6d2f80b1-3e9c-4a57-b0d4-19c7e5a2f368" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">バッジを受け取る</a></p>""", lang="ja")
    mail(42, "credly-badge-hakkou", "credly_badge_issued", "ja", None, [], True,
         frm=CREDLY, to=SATO, subject="Amazon Web Services Training and Certification からバッジが発行されました",
         date=d4, body=alt(text(t4, cte="base64"), text(h4, subtype="html", cte="base64")), trace=bg(d4, credly_sender(d4)),
         msgid=f"<{uuid.UUID(int=rng.getrandbits(128))}@credly.com>")

    d5 = d3 + dt.timedelta(hours=3, minutes=20)
    b5 = f"""佐藤 美咲 様

ケース {cG}「認定アカウントの統合について」は解決済みとなりました。

サポートの品質向上のため、対応についてのご評価をお願いいたします。
  評価する: https://console.aws.amazon.com/support/feedback?displayId={cG}&language=ja

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。

Amazon Web Services
"""
    mail(43, "goshoukai-hyouka-onegai", "survey", "ja", cG, [], True,
         frm=AWS_CONSOLE, to=SATO, subject=f"【AWS サポート】ケース {cG} のご評価のお願い",
         date=d5, body=text(b5, charset="utf-8", label="us-ascii", cte="8bit"), trace=bg(d5, amazon_sender(d5)))

    d6 = T(2026, 2, 2, 12, 5, 33)
    b6 = """AWS Builder ID の E メールアドレスを確認してください

ご登録のメールアドレスを確認するため、以下の検証コードを入力してください。

検証コード: 618204

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
    ss = generic_sender("signin.aws", ses_bounce(d6), f"a8-{rng.randint(10,99)}.smtp-out.amazonses.com", ses_ip(),
                        [("signin.aws", ralnum(32)), ("amazonses.com", SES_SEL)])
    mail(44, "builder-id-kenshou-code", "unrelated", "ja", None, [], True,
         frm=("AWS", "no-reply@signin.aws"), to=SATO, subject="AWS Builder ID の検証コード",
         date=d6, body=text(b6), trace=bg(d6, ss))


# ================================================================ Andrei (Romania, Gmail, 10-digit form case)
def andrei():
    g = lambda d, s=None: t_gmail(ANDREI[1], d, s or amazon_sender(d))
    d1 = T(2025, 8, 11, 8, 5, 22)
    b1 = """Dear Andrei,

Hope you are doing good.

This is regarding your request for merging of two certification accounts. For to merge the accounts we are requiring below details from your end:

a) Login email of both the account
b) Which one you want to remain as primary
c) Full name as it is appearing on both profiles

Please revert back with the details at the earliest so we can take forward your request.

Warm regards,
Nikhil
AWS T&C Support

-----Original Message-----
From: andrei.popescu.ro@gmail.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

Candidate ID: AWS02267741
Second account: AWS09903318
Message: Hello, please merge my accounts, I have the second one from an exam in 2021. Thank you.
"""
    mail(45, "requiring-below-details", "support_reply", "en", cH, [], True,
         frm=AWS_FORM, to=ANDREI, subject=f"RE:[CASE {cH}] {FORM_SUBJ}",
         date=d1, body=text(b1), trace=g(d1))

    d2 = T(2025, 8, 12, 5, 36, 8)
    b2 = """Thank you Andrei for the details.

Just to be sure before we do it:

  AWS09903318  -->  will be merged into  -->  AWS02267741 (primary, login andrei.popescu.ro@gmail.com)

This is permanent and we cannot reverse it after. Please reply "confirm" so we can go ahead.

Warm regards,
Nikhil
AWS T&C Support

On Mon, Aug 11, 2025 at 6:40 PM Andrei Popescu <andrei.popescu.ro@gmail.com> wrote:
> Hello Nikhil,
> Primary should be AWS02267741 with andrei.popescu.ro@gmail.com. The other one login is a.popescu@softlabs.ro (old job, I still can receive mails there).
> Name is same on both, Andrei Popescu.
>
> On Mon, Aug 11, 2025 at 11:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Dear Andrei,
> > Hope you are doing good.
> > This is regarding your request for merging of two certification accounts. For to merge the accounts we are requiring below details from your end:
> > a) Login email of both the account
> > b) Which one you want to remain as primary
> > c) Full name as it is appearing on both profiles
> >
> > > Candidate ID: AWS02267741
> > > Second account: AWS09903318
"""
    mail(46, "just-to-be-sure-reply-confirm", "merge_confirmation_requested", "en", cH, ["AWS02267741", "AWS09903318"], True,
         frm=AWS_FORM, to=ANDREI, subject=f"RE:[CASE {cH}] {FORM_SUBJ}",
         date=d2, body=text(b2), trace=g(d2))

    d3 = T(2025, 8, 14, 10, 12, 55)
    b3 = """Dear Andrei,

Your request was fulfilled – the two profiles are now one, everything is under AWS02267741 now. The profile AWS09903318 is closed and you can not use it anymore for login.

Please check your certifications and the 50% voucher benefit, they should be visible in the Benefits section.

Mulțumesc și o zi bună!
Ioana
AWS Training & Certification
"""
    mail(47, "request-fulfilled-profiles-now-one", "merge_completed", "en", cH, ["AWS02267741", "AWS09903318"], True,
         frm=AWS_FORM, to=ANDREI, subject=f"RE:[CASE {cH}] {FORM_SUBJ}",
         date=d3, body=text(b3, charset="utf-8", label="iso-8859-1", cte="quoted-printable"), trace=g(d3))

    d4 = T(2025, 8, 19, 7, 44, 2)
    b4 = """Dear Andrei,

Thank you for writing back to us.

We understood that after the account merge your Credly badges are still showing in the old Credly account linked with a.popescu@softlabs.ro. We have raise a request to Credly team for move your badges into the Credly account of andrei.popescu.ro@gmail.com, it will reflect within 5-7 business days. Once it is done you will receive email from Credly to accept the badges.

Request you to kindly wait till then.

Warm regards,
Nikhil
AWS T&C Support

On Sat, Aug 16, 2025 at 1:12 PM Andrei Popescu <andrei.popescu.ro@gmail.com> wrote:
> Hi, merge is ok, I see all on AWS02267741, thanks. But badges are not in my Credly, still in the old one (a.popescu@softlabs.ro). Can you move them also?
"""
    mail(48, "raised-request-to-credly-team", "support_reply", "en", cH, [], True,
         frm=AWS_FORM, to=ANDREI, subject=f"RE:[CASE {cH}] {FORM_SUBJ}",
         date=d4, body=text(b4), trace=g(d4))

    d5 = T(2025, 8, 27, 9, 0, 40)
    b5 = f"""How was your experience with AWS Training and Certification Support?

Hello Andrei,

Your case {cH} has been marked as resolved. Tell us how we did - your answers help us to improve.

  Very satisfied:      https://pulse.aws/survey/TC7XQ2?case={cH}&s=5
  Satisfied:           https://pulse.aws/survey/TC7XQ2?case={cH}&s=4
  Neutral:             https://pulse.aws/survey/TC7XQ2?case={cH}&s=3
  Unsatisfied:         https://pulse.aws/survey/TC7XQ2?case={cH}&s=2
  Very unsatisfied:    https://pulse.aws/survey/TC7XQ2?case={cH}&s=1

Amazon Web Services Training and Certification
"""
    mail(49, "how-was-your-experience", "survey", "en", cH, [], True,
         frm=AWS_FORM, to=ANDREI, subject=f"[CASE {cH}] How was your experience?",
         date=d5, body=text(b5, cte="base64"), trace=g(d5))

    d6 = T(2025, 8, 25, 18, 31, 9)
    t6 = """Hi Andrei,

Good news: Amazon Web Services Training and Certification has transferred 3 badges to this account.

  - AWS Certified Solutions Architect – Associate
  - AWS Certified SysOps Administrator – Associate
  - AWS Certified Cloud Practitioner

Accept your badges: https://www.credly.com/earner/earned?filter=pending

Credly, Inc. | 9 East 40th Street, New York, NY 10016
"""
    h6 = html("""<p>Hi Andrei,</p><p>Good news: <b>Amazon Web Services Training and Certification</b> has transferred 3 badges to this account.</p>
<ul><li>AWS Certified Solutions Architect – Associate</li><li>AWS Certified SysOps Administrator – Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned?filter=pending" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badges</a></p>""")
    mail(50, "three-badges-transferred", "credly_badge_issued", "en", None, [], True,
         frm=("Amazon Web Services Training and Certification via Credly", "admin@youracclaim.com"), to=ANDREI,
         subject="3 badges were transferred to your Credly account",
         date=d6, body=alt(text(t6), text(h6, subtype="html")), trace=g(d6, credly_sender(d6, "youracclaim.com")),
         msgid=f"<{uuid.UUID(int=rng.getrandbits(128))}@youracclaim.com>")

    d7 = T(2025, 9, 2, 14, 20, 18)
    b7 = f"""Hello from Amazon Seller Support,

Thank you for your patience. As per your request I have merge the detail pages for ASIN B0C7KX2M4Q into B0C9PLR81T, now both variations are showing under the same parent listing. The merge is completed, it can take up to 72 hours for the changes to reflect in the marketplace.

If you have further questions about this issue, please reply from Seller Central: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={'5917204416'}

We value your feedback. Please rate my response using one of the buttons below.

Thank you,
Arvind S.
Amazon.com
"""
    mail(51, "seller-central-asin-merge", "unrelated", "en", "5917204416", [], True,
         frm=("Amazon Seller Support", "seller-notification@amazon.com"), to=ANDREI,
         subject="RE:[CASE 5917204416] Request to merge duplicate listings",
         date=d7, body=text(b7), trace=g(d7))


# ================================================================ Yamamoto (Japan, corporate OpenDMARC)
def yama():
    ks = lambda d, s: t_jp("mx2.kitasoft.co.jp", "mx2.kitasoft.co.jp", YAMA[1], d, s, style="opendmarc")
    d1 = T(2026, 3, 10, 4, 15, 27)
    b1 = """山本 翔太 様

いつも AWS をご利用いただき、ありがとうございます。AWS トレーニングと認定サポートの王と申します。

お客様のご依頼について確認できましたので、統合の内容をお知らせいたします。

・残すアカウント：aws-04760392（s.yamamoto@kitasoft.co.jp）
・統合するアカウント：aws-08155207（shota.y1990@gmail.com）

統合を一度行いますと、もとに戻すことはできかねます。統合するアカウントの認定は、すべて残すアカウントに移動されます。

以上の内容で間違いがなければ、このメールに「統合に同意します」とご返信をお願いいたします。ご返信をいただいてから作業をはじめます。

よろしくお願いいたします。

王
Amazon Web Services
AWS トレーニングと認定

差出人: 山本 翔太 <s.yamamoto@kitasoft.co.jp>
送信日時: 2026年3月9日 10:35
件名: アカウント統合のお願い

お世話になっております。
会社のアカウント（AWS04760392）と、個人で作ったアカウント（AWS08155207）があります。
会社の方に統合をお願いできますでしょうか。
"""
    mail(52, "tougou-ni-doui-shimasu-to-gohenshin", "merge_confirmation_requested", "ja", cI, ["AWS04760392", "AWS08155207"], True,
         frm=AWS_FORM, to=YAMA, subject=f"RE:[CASE {cI}] {FORM_SUBJ}",
         date=d1, body=text(b1, cte="quoted-printable"), trace=ks(d1, amazon_sender(d1)))

    d2 = T(2026, 3, 11, 0, 58, 12)
    b2 = """山本 様

ご確認いただき、ありがとうございます。
これより aws-04760392 へのアカウント統合の手続きを進めさせていただきます。
作業が完了しましたら、あらためてご連絡いたします。通常 2、3 営業日ほどお時間をいただいております。

引き続きよろしくお願いいたします。

王
Amazon Web Services
AWS トレーニングと認定
"""
    mail(53, "tetsuzuki-susumete-mairimasu", "support_reply", "ja", cI, ["AWS04760392"], True,
         frm=AWS_FORM, to=YAMA, subject=f"RE:[CASE {cI}] アカウント統合のお願い（ご確認ありがとうございます・手続きを開始します）",
         date=d2, body=text(b2, charset="iso-2022-jp", cte="7bit"), hcharset="iso-2022-jp",
         trace=ks(d2, amazon_sender(d2)))

    oBill = T(2026, 4, 6, 2, 40, 18); cBill = cid15(oBill, "00187")
    d3 = T(2026, 4, 7, 5, 2, 44)
    b3 = f"""山本様

AWS 請求サポートの李です。お問い合わせいただきありがとうございます。

複数の AWS アカウントの請求をまとめたいとのご要望につきまして、AWS Organizations をご利用いただき、各アカウントを組織に招待することで、一括請求（コンソリデーティッドビリング）として管理アカウントでまとめてお支払いいただけます。各アカウント自体が統合されるわけではなく、リソースもそれぞれのアカウントに残ります。

手順は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

ご不明な点がございましたら、本ケースにてお知らせください。

Amazon Web Services
李

ケースの一覧はサポートセンターでご確認いただけます: {console_link(cBill, 'ja')}

{NOREPLY}
"""
    mail(54, "ikkatsu-seikyuu-organizations", "unrelated", "ja", cBill, [], True,
         frm=AWS_CONSOLE, to=YAMA, subject=f"RE:[CASE {cBill}] 請求に関するお問い合わせ（複数アカウントの統合）",
         date=d3, body=text(b3, cte="base64"), trace=ks(d3, amazon_sender(d3)))


# ================================================================ Joseph (Philippines, Gmail)
def joseph():
    g = lambda d, s=None, **k: t_gmail(JOSEPH[1], d, s or amazon_sender(d), **k)
    d1 = T(2025, 12, 4, 6, 33, 8)
    b1 = f"""Good day Joseph!

Hope you're doing great. We would like to inform you that your previous certification record under aws06938820 has been moved already to your current profile AWS05127783, and the old profile has been retired from our end. You may now check your transcript and it should show your 2 certifications and the exam history.

For your Credly badge, kindly wait 24-48 hours for it to reflect.

Thank you for your patience and have a blessed day ahead!

Rhea
AWS Training and Certification Support

Kindly rate your experience with us by clicking the link below, it will only take a minute.
https://pulse.aws/survey/TCCS88?case={cJ}
"""
    mail(55, "record-moved-old-profile-retired", "merge_completed", "en", cJ, ["AWS05127783", "AWS06938820"], True,
         frm=AWS_FORM, to=JOSEPH, subject=f"RE:[CASE {cJ}] {FORM_SUBJ}",
         date=d1, body=text(b1), trace=g(d1))

    d2 = T(2025, 12, 4, 6, 51, 30)
    b2 = f"""Hello Joseph,

We noticed that this request is the same with your other case {cJ} which is already being handled by our team. To avoid confusion, this case {cJ2} is now closed and all the updates will be sent on the other case.

How would you rate the help you received on this case?
https://pulse.aws/survey/TCCS88?case={cJ2}

AWS Training and Certification Support
"""
    mail(56, "duplicate-case-closed", "survey", "en", cJ2, [], True,
         frm=AWS_FORM, to=JOSEPH, subject=f"[CASE {cJ2}] Your case has been closed",
         date=d2, body=text(b2, cte="7bit"), trace=g(d2))

    d3 = T(2025, 12, 6, 2, 17, 45)
    t3 = """Congratulations, Joseph!

Amazon Web Services Training and Certification has awarded you a badge:

AWS Certified AI Practitioner

Accept badge: https://www.credly.com/earner/earned/badge/0a7be392-6c51-4d0f-88e3-f2b91d54c607

Credly, Inc. | 9 East 40th Street, New York, NY 10016
"""
    h3 = html("""<p>Congratulations, Joseph!</p><p>Amazon Web Services Training and Certification has awarded you a badge:</p>
<p style="font-size:18px"><b>AWS Certified AI Practitioner</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/0a7be392-6c51-4d0f-88e3-f2b91d54c607" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept badge</a></p>""")
    mail(57, "awarded-ai-practitioner", "credly_badge_issued", "en", None, [], True,
         frm=CREDLY, to=JOSEPH, subject="Congratulations Joseph, you earned a badge from Amazon Web Services Training and Certification",
         date=d3, body=alt(text(t3), text(h3, subtype="html")), trace=g(d3, credly_sender(d3), p="REJECT"),
         msgid=f"<{uuid.UUID(int=rng.getrandbits(128))}@credly.com>")

    d4 = T(2025, 12, 1, 23, 48, 2)
    fake = "176463288207713"
    b4 = f"""Dear Candidate,

We have received request to merge your AWS Certification accounts (case {fake}). Below accounts are scheduled for merge:

Primary: AWS05127783
Secondary: AWS06938820

As merge is irreversible action, you must confirm within 48 hours by verify your identity at the link below, otherwise your certifications will be suspended.

Confirm Merge: https://aws-certification-support.com/merge/confirm?ref={fake}

AWS Training and Certification Team
"""
    ps = generic_sender("aws-certification-support.com", "bounce@aws-certification-support.com", "mail.aws-certification-support.com",
                        "91.215.85.143", [("aws-certification-support.com", "mail")])
    mail(58, "confirm-merge-48-hours", "merge_confirmation_requested", "en", fake, ["AWS05127783", "AWS06938820"], False,
         frm=("AWS Training and Certification", "no-reply@aws-certification-support.com"), to=JOSEPH,
         subject=f"RE:[CASE {fake}] Please confirm your certification account merge",
         date=d4, body=text(b4), msgid=f"<{rhex(20)}@aws-certification-support.com>",
         trace=g(d4, ps, p="NONE"))


# ================================================================ other unrelated
def others():
    oEc2 = T(2025, 8, 25, 17, 51, 33); cEc2 = cid15(oEc2, "00561")
    d1 = T(2025, 8, 26, 4, 9, 14)
    b1 = f"""Hello Rahul,

Thank you for contacting AWS Support.

We have approve your request for increase of Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances vCPU limit to 64 in Asia Pacific (Mumbai) region for the account 483920175562. The new limit is effective immediately, kindly allow few minutes for it to reflect in Service Quotas console.

If you need any other help, please do let us know.

Best regards,
Vignesh K.
Amazon Web Services

To see all of your cases, please visit the Support Center: {console_link(cEc2)}

{CONSOLE_FOOT}

{NOREPLY}
"""
    mail(59, "ec2-vcpu-limit-approved", "unrelated", "en", cEc2, [], True,
         frm=AWS_CONSOLE, to=RAHUL, subject=f"RE:[CASE {cEc2}] Limit Increase: EC2 Instances",
         date=d1, body=text(b1), trace=t_gmail(RAHUL[1], d1, amazon_sender(d1)))

    d2 = T(2025, 6, 20, 13, 30, 0)
    b2 = """Dear Rahul Menon,

AWS Certification wants to hear from you!

Thank you for being an AWS Certified professional. We are inviting a small group of candidates to share their experience with the certification program. The survey takes about 10 minutes.

Candidate ID: AWS04417829

Take the survey: https://www.certmetrics.com/amazon/survey/?id=7f3e21a90c4d4b6e9a0f5c1d2e8b7a64

This email was sent by the AWS Certification Program. Please do not reply to this message.
"""
    cs = generic_sender("certmetrics.com", f"bounces+{rng.randint(1000000,9999999)}@em6120.certmetrics.com", "o12.ptr4417.certmetrics.com",
                        "167.89.34.211", [("certmetrics.com", "s1")])
    mail(60, "certmetrics-wants-to-hear-from-you", "unrelated", "en", None, ["AWS04417829"], False,
         frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=RAHUL, subject="AWS Certification wants to hear from you",
         date=d2, body=text(b2), msgid=f"<{rhex(22)}@certmetrics.com>", trace=t_gmail(RAHUL[1], d2, cs, p="NONE"))


for f in (rahul, maria, diego, tanaka, olek, zhang, sato, andrei, yama, joseph, others):
    f()

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fp:
    json.dump(LABELS, fp, ensure_ascii=False, indent=1, sort_keys=True)
print(len(LABELS), "mails written")
