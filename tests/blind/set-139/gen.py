#!/usr/bin/env python3
"""Generator for blind set 139: six weeks of a developer's inbox (Feb-Mar 2026)
with two AWS Certification account-merge cases among ordinary mail."""
import base64, calendar, datetime as dt, hashlib, json, os, quopri, random
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import encoders
import io

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
RND = random.Random(139)

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PST = dt.timezone(dt.timedelta(hours=-8))

# ---------------------------------------------------------------- people
ME_NAME = "Kenji Watanabe"
ME_NAME_JA = "渡辺 健二"
ME_GMAIL = "kenji.watanabe.dev@gmail.com"
ME_WORK = "k-watanabe@sorano-systems.co.jp"
ME_OLD = "kenji_w@ae.so-net.ne.jp"
SATO = ("佐藤 美咲", "m-sato@sorano-systems.co.jp")
TANAKA = ("田中 隆", "t-tanaka@sorano-systems.co.jp")
DANIEL = ("Daniel Okafor", "d.okafor@sorano-systems.co.jp")
HR = ("人事部 教育担当", "jinji-kyoiku@sorano-systems.co.jp")

FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE_ADDR = "no-reply-aws@amazon.com"

def case_id(utc_str, suffix):
    t = dt.datetime.strptime(utc_str, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    return "%d%05d" % (calendar.timegm(t.utctimetuple()), suffix)

CASE1 = case_id("2026-02-03 23:47:12", 5318)    # English form case
CASE2 = case_id("2026-02-26 01:15:40", 927)     # Japanese console case
CASE_EC2 = case_id("2026-02-17 05:02:33", 1442)
CASE_BILL = case_id("2026-03-04 00:31:07", 215)
CASE_TANAKA = case_id("2026-01-29 06:20:51", 736)
CASE_DANIEL = case_id("2026-03-09 14:41:26", 3391)

# ---------------------------------------------------------------- helpers
def hx(n, seed=None):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))

def b64junk(n):
    raw = bytes(RND.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()

CUR = None
def at(s, tz=JST):
    """the mail's own date; also used for DKIM t="""
    global CUR
    CUR = when(s, tz)
    return CUR

def when(s, tz=JST):
    """'2026-02-04 08:51:03' in tz -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)

def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)

def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, hx(8), hx(4), hx(4), hx(4), hx(12))

def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=74, header_name="Subject").encode()

def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)

def text(body, subtype="plain", charset="utf-8", cte="quoted-printable",
         codec=None):
    """A text part whose body is encoded by hand: codec = how the bytes are
    really encoded, charset = the label (may be wrong on purpose)."""
    codec = codec or charset
    raw = body.encode(codec)
    p = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p

def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    del m["MIME-Version"]
    return m

def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    del m["MIME-Version"]
    return m

def attachment(data, maintype, subtype, filename):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p

def dkim(d, s, h="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\t"
            "h=%s;\n\tbh=%s;\n\tb=%s\n\t%s\n\t%s" % (
                s, d, int(CUR.timestamp()) - RND.randint(1, 4), h,
                b64junk(32), b64junk(48), b64junk(60), b64junk(50)))

def finish(body, top, headers):
    """top: transport headers (Received, Authentication-Results ...) in order,
    headers: the message's own headers; then MIME-Version + content headers."""
    content = list(body._headers)
    body._headers = []
    for k, v in top + headers:
        body._headers.append((k, v))
    body._headers.append(("MIME-Version", "1.0"))
    for k, v in content:
        if k.lower() != "mime-version":
            body._headers.append((k, v))
    return body

# ---------------------------------------------------------------- receivers
def gmail_top(rcpt, d, mailfrom, ip, host, auth, spf="pass", extra_auth=None):
    """Gmail receiving chain; auth = text after 'mx.google.com;' (dkim/dmarc)."""
    d_pst = d.astimezone(PST)
    smtp_id = hx(4) + "a" + hx(11) + "." + str(RND.randint(100, 999))
    spf_txt = ("spf=%s (google.com: domain of %s designates %s as permitted sender) "
               "smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom)) if spf == "pass" else \
              ("spf=%s (google.com: domain of %s does not designate %s as permitted sender) "
               "smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    ar = "mx.google.com;\n       " + auth.replace("SPF", spf_txt)
    top = [
        ("Delivered-To", rcpt),
        ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
         % (hx(4), hx(3), hx(4), hx(4), hx(2) + "csp" + hx(6), rfc(d_pst + dt.timedelta(seconds=2)) + " (PST)")),
        ("X-Google-Smtp-Source", "AGHT+I" + b64junk(54)[:72]),
        ("X-Received", "by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
         % (hx(4), hx(3), hx(4), hx(4), hx(12), rfc(d_pst + dt.timedelta(seconds=1)) + " (PST)")),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s"
         % (int(d.timestamp()), b64junk(51), b64junk(51))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=subject:to:from:date:message-id:mime-version:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s"
         % (b64junk(32), b64junk(32), b64junk(51))),
        ("ARC-Authentication-Results", "i=1; " + ar),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (host, host, ip, smtp_id, rcpt, rfc(d_pst) + " (PST)")),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;"
         % (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", ar),
    ]
    if extra_auth:
        top += extra_auth
    return top

def o365_top(rcpt, d, mailfrom_dom, ip, host, auth, spf="pass", scl=1):
    """Exchange Online receiving chain; auth = full Authentication-Results value."""
    du = d.astimezone(UTC)
    mbx = "TYWPR01MB%d.jpnprd01.prod.outlook.com" % RND.randint(1000, 9999)
    edge = "OS%dPEPF0000%04d.jpnprd01.prod.outlook.com" % (RND.randint(1, 3), RND.randint(1000, 9999))
    ca = "TYCP286CA%04d.JPNP286.PROD.OUTLOOK.COM" % RND.randint(1, 9999)
    return [
        ("Received", "from %s (2603:1096:400:%s::%s) by\n %s with HTTPS; %s"
         % (ca, hx(3), hx(2), mbx, rfc(du + dt.timedelta(seconds=3)))),
        ("Received", "from %s (2603:1096:400:%s::%s) by\n %s (2603:1096:400:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s"
         % (ca, hx(3), hx(2), mbx, hx(3), hx(2), RND.randint(8000, 9700), RND.randint(10, 40), rfc(du + dt.timedelta(seconds=2)))),
        ("Received", "from %s\n (2603:1096:400:%s:cafe::%s) by %s\n (2603:1096:400:%s::%s) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
         % (edge, hx(3), hx(2), ca, hx(3), hx(2), RND.randint(8000, 9700), RND.randint(10, 40), rfc(du + dt.timedelta(seconds=1)))),
        ("Authentication-Results", auth),
        ("Received-SPF", "%s (protection.outlook.com: domain of %s%s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C"
         % ("Pass" if spf == "pass" else spf.capitalize(), mailfrom_dom,
            " designates" if spf == "pass" else " does not designate", ip, ip, host)),
        ("Received", "from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s"
         % (host, ip, edge, RND.randint(1, 250), RND.randint(1, 250), RND.randint(8000, 9700), RND.randint(10, 40), rfc(du))),
    ]

def o365_auth(ip, mailfrom_dom, dkim_d, from_dom, dmarc="pass", spf="pass", dkim_res="pass", reason="100"):
    comp = "pass" if dmarc in ("pass", "bestguesspass") else "fail"
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s"
            % (spf, ip, mailfrom_dom, dkim_res, dkim_d, dmarc,
               "none" if dmarc != "fail" else "quarantine", from_dom, comp,
               reason if comp == "pass" else "001"))

def o365_internal_top(d, with_auth=True):
    du = d.astimezone(UTC)
    a = "TYWPR01MB%d.jpnprd01.prod.outlook.com" % RND.randint(1000, 9999)
    b = "TYWPR01MB%d.jpnprd01.prod.outlook.com" % RND.randint(1000, 9999)
    top = [("Received", "from %s (2603:1096:400:%s::%s) by\n %s with HTTPS; %s"
            % (a, hx(3), hx(2), b, rfc(du + dt.timedelta(seconds=1)))),
           ("Received", "from %s ([fe80::%s:%s:%s:%s]) by\n %s ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.%d.%d;\n %s"
            % (a, hx(4), hx(4), hx(4), hx(4), a, hx(4), hx(4), hx(4), hx(4), RND.randint(8000, 9700), RND.randint(10, 40), rfc(du)))]
    if with_auth:
        top.insert(1, ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=sorano-systems.co.jp;"))
    return top

def sonet_top(rcpt, d, mailfrom, ip, host, auth=None):
    """Old Japanese ISP mailbox. auth=None -> no Authentication-Results at all."""
    top = [("Return-Path", "<%s>" % mailfrom),
           ("Received", "from mfilter%02d.so-net.ne.jp (mfilter%02d.so-net.ne.jp [10.241.%d.%d])\n\tby mbox%02d.so-net.ne.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (RND.randint(1, 20), RND.randint(1, 20), RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 40), hx(10).upper(), rcpt, rfc(d.astimezone(JST) + dt.timedelta(seconds=2))))]
    if auth:
        top.append(("Authentication-Results", "mfilter.so-net.ne.jp; " + auth))
    top.append(("Received", "from %s (%s [%s])\n\tby mx-in%02d.so-net.ne.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                % (host, host, ip, RND.randint(1, 8), hx(10).upper(), rcpt, rfc(d.astimezone(JST) + dt.timedelta(seconds=1)))))
    return top

def ses_origin(d, region="us-east-1"):
    return [("Received", "from %s.amazonses.com (unknown [10.0.%d.%d]) by\n\tsmtp-out.%s.amazonses.com with SMTP; %s"
             % (region, RND.randint(1, 250), RND.randint(1, 250), region, rfc(d.astimezone(UTC))))]

def ses_ip():
    return "54.240.%d.%d" % (RND.choice([8, 9, 27, 48]), RND.randint(10, 120))

def ses_host(ip, region="us-east-1"):
    a, b, c, e = ip.split(".")
    return "a%s-%s.smtp-out.%samazonses.com" % (c, e, "" if region == "us-east-1" else region + ".")

# ---------------------------------------------------------------- output
def save(num, slug, msg, kind, case, ids, sv, lang):
    name = "%03d-%s.eml" % (num, slug)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buf.getvalue())
    LABELS[name] = {"kind": kind, "case_id": case, "account_ids": sorted(set(ids)),
                    "sender_verified": sv, "language": lang}

def amazon_auth_gmail(from_dom="amazon.com"):
    return ("dkim=pass header.i=@%s header.s=%s header.b=%s;\n       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n       SPF;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (from_dom, "rjs7anbv7dd6ld3ap6bopoew5hn5gfta", b64junk(6)[:8], b64junk(6)[:8], from_dom))

def aws_top_gmail(rcpt, d, region="us-east-1"):
    ip = ses_ip()
    mf = "0100%012x-%s@%s.amazonses.com" % (int(d.timestamp() * 1000), hx(8), region)
    return gmail_top(rcpt, d, mf, ip, ses_host(ip, region), amazon_auth_gmail()) + ses_origin(d, region)

def aws_top_o365(rcpt, d, region="us-west-2"):
    ip = ses_ip()
    dom = "%s.amazonses.com" % region
    return o365_top(rcpt, d, dom, ip, ses_host(ip, region),
                    o365_auth(ip, dom, "amazon.com", "amazon.com")) + ses_origin(d, region)

def aws_dkim():
    return [("DKIM-Signature", dkim("amazon.com", "rjs7anbv7dd6ld3ap6bopoew5hn5gfta")),
            ("DKIM-Signature", dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono",
                                   "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type:Feedback-ID"))]

def ses_tail(d, region="us-east-1"):
    return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, b64junk(33)[:44])),
            ("X-SES-Outgoing", d.astimezone(UTC).strftime("%Y.%m.%d") + "-54.240.%d.%d" % (RND.randint(8, 48), RND.randint(10, 120)))]


MAILS = []
def mail(fn):
    MAILS.append(fn)
    return fn

# ================================================================ mails
# ---------------------------------------------------------------- 001-010
@mail
def m001():
    d = at("2026-02-02 09:14:22")
    plain = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorano-systems/payments-api/pull/482#event-16233984120
You are receiving this because your review was requested.

Message ID: <sorano-systems/payments-api/pull/482/issue_event/16233984120@github.com>
"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/sorano-systems/payments-api/pull/482">#482</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/sorano-systems/payments-api/pull/482#event-16233984120">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3KQ7XJ2">unsubscribe</a>.<br />You are receiving this because your review was requested.<img src="https://github.com/notifications/beacon/AB3KQ7XJ2.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;sorano-systems/payments-api/pull/482/issue_event/16233984120@github.com&gt;</span></span></p>
"""
    body = alt(text(plain, cte="7bit"), text(html, "html", cte="7bit"))
    top = gmail_top(ME_GMAIL, d, "noreply@github.com", "192.30.252.201", "out-18.smtp.github.com",
                    "dkim=pass header.i=@github.com header.s=pf2023 header.b=Xk2mQ9aT;\n       SPF;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com")
    hdrs = [("DKIM-Signature", dkim("github.com", "pf2023")),
            ("Date", rfc(d, PST)),
            ("From", '"Haruka Mori" <notifications@github.com>'),
            ("Reply-To", "sorano-systems/payments-api <reply+AB3KQ7XJ2NB6ZP4LX2QYV7GFZ3W7REVBNHHKC4WQ7E@reply.github.com>"),
            ("To", "sorano-systems/payments-api <payments-api@noreply.github.com>"),
            ("Cc", "Kenji Watanabe <kenji.watanabe.dev@gmail.com>, Review requested <review_requested@noreply.github.com>"),
            ("Message-ID", "<sorano-systems/payments-api/pull/482/issue_event/16233984120@github.com>"),
            ("In-Reply-To", "<sorano-systems/payments-api/pull/482@github.com>"),
            ("References", "<sorano-systems/payments-api/pull/482@github.com>"),
            ("Subject", "Re: [sorano-systems/payments-api] Refactor webhook retry handling (PR #482)"),
            ("List-ID", "sorano-systems/payments-api <payments-api.sorano-systems.github.com>"),
            ("List-Unsubscribe", "<mailto:unsub+AB3KQ7XJ2@reply.github.com>, <https://github.com/notifications/unsubscribe/AB3KQ7XJ2>"),
            ("X-GitHub-Sender", "haruka-mori"),
            ("X-GitHub-Recipient", "kwatanabe-dev"),
            ("X-GitHub-Reason", "review_requested"),
            ("X-Auto-Response-Suppress", "All"),
            ("Precedence", "list")]
    return 1, "github-pr-482-merged", finish(body, top, hdrs), "unrelated", None, [], False, "en"

@mail
def m002():
    d = at("2026-02-02 18:03:11")
    plain = """今週 Zenn でよく読まれた記事をお届けします。

■ トレンド

1. Terraform 1.11 の ephemeral リソースを本番に入れてみた
   https://zenn.dev/t_kurosawa/articles/terraform-ephemeral-prod

2. AWS認定のアカウントが2つあったので統合してもらった話
   https://zenn.dev/nkmr/articles/aws-cert-account-merge
   「古いメールアドレスで受けたCLFと、会社で受けたSAAが別IDに…」

3. Bedrock AgentCore で社内ヘルプデスクを作る
   https://zenn.dev/ymd_ai/articles/agentcore-helpdesk

4. Go 1.26 の新しい iterator パターンまとめ
   https://zenn.dev/gopher_jp/articles/go126-iter

■ あなたがフォローしているトピック: #aws #terraform #go

配信設定の変更はこちら: https://zenn.dev/settings/email
Zenn (運営: 株式会社クラスメソッド)
"""
    html = "<html><body>" + "".join("<p>%s</p>" % l.replace("&", "&amp;") for l in plain.split("\n\n")) + "</body></html>"
    body = alt(text(plain, cte="base64"), text(html, "html", cte="base64"))
    top = gmail_top(ME_GMAIL, d, "bounces+2841937-aa1c-kenji.watanabe.dev=gmail.com@em5521.zenn.dev",
                    "149.72.123.40", "o1.ptr4420.zenn.dev",
                    "dkim=pass header.i=@zenn.dev header.s=s1 header.b=QmV9xw2L;\n       SPF;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=zenn.dev")
    hdrs = [("DKIM-Signature", dkim("zenn.dev", "s1")),
            ("Date", rfc(d, UTC)),
            ("From", "Zenn <info@zenn.dev>"),
            ("To", ME_GMAIL),
            ("Subject", subj("今週のトレンド記事 | Zenn Weekly 2026/02/02")),
            ("Message-ID", "<%s@geopod-ismtpd-%d>" % (b64junk(16).replace("/", "x").replace("+", "y")[:22], RND.randint(1, 40))),
            ("List-Unsubscribe", "<https://zenn.dev/settings/email>"),
            ("X-SG-EID", b64junk(45))]
    return 2, "zenn-weekly", finish(body, top, hdrs), "unrelated", None, [], False, "ja"

@mail
def m003():
    d = at("2026-02-03 16:11:47")
    plain = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 1956, is available on the AWS web site. Your account will be charged the following:

Total: USD 312.48

You can see a complete break-down of all of your charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bills

Your invoice is attached to this message in PDF format.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    body = mixed(text(plain), attachment(pdf, "application", "pdf", "EUINJP26-0412873.pdf"))
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", "Amazon Web Services <aws-billing@amazon.com>"),
        ("To", ME_WORK),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 482177301956]"),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 3, "aws-billing-statement", finish(body, top, hdrs), "unrelated", None, [], True, "en"

@mail
def m004():
    d = at("2026-02-04 08:39:05")
    plain = """Hello,

Your verification code is: 482913

This code will expire 10 minutes after it was sent.

If you did not make this request, you can ignore this message.

AWS Builder ID
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
    body = text(plain)
    ip = ses_ip()
    mf = "0100%012x-%s@us-east-1.amazonses.com" % (int(d.timestamp() * 1000), hx(8))
    top = gmail_top(ME_GMAIL, d, mf, ip, ses_host(ip),
                    "dkim=pass header.i=@signin.aws header.s=7bqhfnxq4wgpsvjizimkrfn6ntbomu3r header.b=c3Jo0pQz;\n       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Lq8v1Rk2;\n       SPF;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=signin.aws") + ses_origin(d)
    hdrs = [("DKIM-Signature", dkim("signin.aws", "7bqhfnxq4wgpsvjizimkrfn6ntbomu3r"))] + [aws_dkim()[1]] + [
        ("Date", rfc(d, UTC)),
        ("From", "AWS <no-reply@signin.aws>"),
        ("To", ME_GMAIL),
        ("Subject", "Your AWS Builder ID verification code"),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 4, "builder-id-code", finish(body, top, hdrs), "unrelated", None, [], True, "en"

@mail
def m005():
    d = at("2026-02-04 08:47:44")
    plain = """Hello Kenji,

Thanks for getting in touch with AWS Training and Certification. Your request has reached us and has been logged as case ID %s. A member of our team will look at it and get back to you, in most cases within 24 hours.

If you need to add something, just reply to this email and keep the subject line unchanged so that it stays attached to the same case. Please don't submit the form again for the same request; a second case only slows things down.

Summary of your submission
--------------------------
Inquiry type: AWS Training and Certification
Category: Certification
Sub-category: Account Merge
AWS candidate ID: AWS11902366
First name: Kenji
Last name: Watanabe
Email: %s
Description: Hi, I found that I have two certification accounts. My Cloud Practitioner (2023) is under AWS 04417852, which I registered with my old personal address. My Solutions Architect Associate (2024) is under AWS11902366. I would like everything on AWS11902366 please.

Best regards,
AWS Training and Certification Customer Service
https://aws.amazon.com/training/
""" % (CASE1, ME_GMAIL)
    body = text(plain)
    top = aws_top_gmail(ME_GMAIL, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % FORM_ADDR),
        ("To", ME_GMAIL),
        ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE1),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 5, "tc-form-received", finish(body, top, hdrs), "case_created", CASE1, ["AWS04417852", "AWS11902366"], True, "en"

@mail
def m006():
    d = at("2026-02-04 14:26:51")
    plain = """Merge request !213 was merged
Merge request URL: https://gitlab.com/sorano-systems/infra/terraform-modules/-/merge_requests/213
Project:Branches: sorano-systems/infra/terraform-modules:feat/ecr-vpc-endpoint to sorano-systems/infra/terraform-modules:main
Author: Kenji Watanabe
Assignee: Kenji Watanabe
Reviewers: Daniel Okafor

-- 
Reply to this email directly or view it on GitLab: https://gitlab.com/sorano-systems/infra/terraform-modules/-/merge_requests/213
You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread: https://gitlab.com/-/sent_notifications/4f1c2a9e/unsubscribe | Manage all notifications: https://gitlab.com/-/profile/notifications | Help: https://gitlab.com/help
"""
    html = """<html><body><p>Merge request <a href="https://gitlab.com/sorano-systems/infra/terraform-modules/-/merge_requests/213">!213</a> was merged</p>
<p>Project:Branches: sorano-systems/infra/terraform-modules:feat/ecr-vpc-endpoint to sorano-systems/infra/terraform-modules:main</p>
<p>Author: Kenji Watanabe<br>Assignee: Kenji Watanabe<br>Reviewers: Daniel Okafor</p>
<div class="footer"><p>&mdash;<br>Reply to this email directly or <a href="https://gitlab.com/sorano-systems/infra/terraform-modules/-/merge_requests/213">view it on GitLab</a>.<br>You're receiving this email because of your account on gitlab.com.</p></div></body></html>"""
    body = alt(text(plain), text(html, "html"))
    ip = "192.237.158.143"
    top = o365_top(ME_WORK, d, "mg.gitlab.com", ip, "mail-158-143.mg.gitlab.com",
                   o365_auth(ip, "mg.gitlab.com", "gitlab.com", "gitlab.com"))
    hdrs = [("DKIM-Signature", dkim("gitlab.com", "mailo")),
            ("Date", rfc(d, UTC)),
            ("From", '"Kenji Watanabe (@kwatanabe)" <gitlab@mg.gitlab.com>'),
            ("Reply-To", "GitLab <incoming+4f1c2a9e@incoming.gitlab.com>"),
            ("To", ME_WORK),
            ("Message-ID", "<merge_request_389120455@gitlab.com>"),
            ("In-Reply-To", "<merge_request_389120455@gitlab.com>"),
            ("References", "<reply-4f1c2a9e@gitlab.com> <merge_request_389120455@gitlab.com>"),
            ("Subject", "Re: Sorano Systems / infra / terraform-modules | Add VPC endpoint for ECR pulls (!213)"),
            ("X-GitLab-Project", "terraform-modules"),
            ("X-GitLab-MergeRequest-IID", "213"),
            ("X-GitLab-NotificationReason", "own_activity"),
            ("List-Id", "sorano-systems/infra/terraform-modules <59211873.terraform-modules.infra.sorano-systems.gitlab.com>"),
            ("Auto-Submitted", "auto-generated")]
    return 6, "gitlab-mr-213-merged", finish(body, top, hdrs), "unrelated", None, [], False, "en"

@mail
def m007():
    d = at("2026-02-05 10:22:09")
    plain = """Hello Kenji,

Thank you for reaching out to AWS Training and Certification.

I understand that you would like your certification history brought together under a single profile. Before I can set this up I need a few more details from you, because the profile that is retired in the process cannot be restored afterwards.

1. The sign-in email address of each profile. For AWS04417852 our records show an address at so-net.ne.jp, which is different from the one you used on the form. Please confirm you still have access to it.
2. Which of the two profiles you would like to keep as the primary one: AWS04417852 or AWS11902366.
3. Your first and last name exactly as they appear on the government-issued ID you use at the test center.

As soon as I have this information I will send you a summary of the change for your final approval.

Kind regards,

Priya S.
AWS Training and Certification Customer Service

How did I do? Let us know: https://pulse.aws/survey/TCFORM1?cid=%s
""" % CASE1
    body = text(plain)
    top = aws_top_gmail(ME_GMAIL, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % FORM_ADDR),
        ("To", ME_GMAIL),
        ("Cc", ME_OLD),
        ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE1),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 7, "tc-case-need-details", finish(body, top, hdrs), "support_reply", CASE1, ["AWS04417852", "AWS11902366"], True, "en"

@mail
def m008():
    d = at("2026-02-05 21:40:33")
    plain = """Pearson VUE Confirmation of Exam Appointment

Dear Kenji Watanabe,

Thank you for scheduling your exam with AWS Training and Certification. This email confirms your appointment:

Exam: AIF-C01: AWS Certified AI Practitioner
Language: English
Appointment: Saturday, March 07, 2026 at 10:00 AM Japan Standard Time
Location: Pearson Professional Centers-Tokyo Shinjuku, Shinjuku Center Building 25F, Tokyo 163-0625, Japan
Registration ID: 517302284
Candidate ID: AWS11902366
Price: USD 75.00 (50%% discount applied)

Please arrive 30 minutes before your appointment and bring two forms of identification. The names on your IDs must exactly match the name in your candidate profile.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE
"""
    html = "<html><body style=\"font-family:Arial\">" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]) + "</body></html>"
    body = alt(text(plain.replace("%%", "%")), text(html.replace("%%", "%"), "html"))
    top = gmail_top(ME_GMAIL, d, "bounce-pvue@notifications.pearson.com", "159.112.240.61", "mta-240-61.pearson.com",
                    "dkim=pass header.i=@pearson.com header.s=pvue2024 header.b=Tz0qL1mB;\n       SPF;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com")
    hdrs = [("DKIM-Signature", dkim("pearson.com", "pvue2024")),
            ("Date", rfc(d, dt.timezone(dt.timedelta(hours=-6)))),
            ("From", "Pearson VUE <pearsonvueconfirmation@pearson.com>"),
            ("To", "KENJI WATANABE <%s>" % ME_GMAIL),
            ("Subject", "Pearson VUE Confirmation of Exam Appointment"),
            ("Message-ID", "<%s.%s@mta-240-61.pearson.com>" % (hx(16), RND.randint(100000, 999999)))]
    return 8, "pearson-vue-appointment", finish(body, top, hdrs), "unrelated", None, ["AWS11902366"], False, "en"

@mail
def m009():
    d = at("2026-02-06 03:12:50")
    plain = """Hello,

You are receiving this message because you have one or more Amazon RDS for PostgreSQL database instances running minor version 13.18 in the AP-NORTHEAST-1 Region. Amazon RDS for PostgreSQL 13 reaches end of standard support on February 28, 2026.

A list of your affected resources can be found in the 'Affected resources' tab of the AWS Health Dashboard.

What do I need to do?
Upgrade your instances to PostgreSQL 16 or 17 before the end-of-support date, or enroll in Amazon RDS Extended Support. Instances that are not upgraded will be enrolled in Extended Support automatically, and charges will apply.

If you have questions or concerns, please contact AWS Support [1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    body = text(plain)
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services, Inc." <no-reply-aws@amazon.com>'),
        ("To", ME_WORK),
        ("Subject", "[Action Required] Amazon RDS for PostgreSQL 13 end of standard support [AWS Account: 482177301956] [AP-NORTHEAST-1]"),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 9, "aws-health-rds-pg13", finish(body, top, hdrs), "unrelated", None, [], True, "en"

@mail
def m010():
    d = at("2026-02-06 12:00:14")
    plain = """渡辺 健二 さん

参加登録済みのイベントが明日開催されます。

JAWS-UG 東京 #58 ～ re:Invent 振り返り & 認定資格 LT 大会 ～
日時: 2026/02/07(土) 13:00～17:30
会場: 目黒セントラルスクエア 21F
受付番号: 0421

当日は受付番号を提示してください。
参加をキャンセルする場合は、イベントページからお手続きください。
https://jawsug.connpass.com/event/371552/

connpass
このメールは送信専用アドレスから送信されています。
"""
    body = text(plain, cte="base64")
    top = gmail_top(ME_GMAIL, d, "bounce@mail.connpass.com", "52.69.171.22", "mail-171-22.connpass.com",
                    "dkim=pass header.i=@connpass.com header.s=default header.b=pZ8vRr3n;\n       SPF;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=connpass.com")
    hdrs = [("DKIM-Signature", dkim("connpass.com", "default")),
            ("Date", rfc(d)),
            ("From", "connpass <no-reply@connpass.com>"),
            ("To", ME_GMAIL),
            ("Subject", subj("【connpass】明日開催: JAWS-UG 東京 #58 ～ re:Invent 振り返り & 認定資格 LT 大会 ～")),
            ("Message-ID", "<%s@connpass.com>" % hx(24))]
    return 10, "connpass-reminder", finish(body, top, hdrs), "unrelated", None, [], False, "ja"

# ---------------------------------------------------------------- 011-020
CASE1_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE1

@mail
def m011():
    d = at("2026-02-08 11:05:37")
    plain = """Hello Kenji,

I'm following up on case %s. I haven't received a reply to my earlier message yet, and I want to make sure your request doesn't stall.

Do you still need our help with this? If so, please answer the questions below by replying to this email. If we don't hear from you within 5 business days, we will assume the matter is settled and close the case. You can always reopen it by replying.

Kind regards,

Priya S.
AWS Training and Certification Customer Service

______________________________________________________________
Previous correspondence

From: Amazon Web Services <%s>
Sent: Thursday, February 5, 2026 1:22 AM
To: %s
Cc: %s
Subject: %s

Hello Kenji,

Thank you for reaching out to AWS Training and Certification.

I understand that you would like your certification history brought together under a single profile. Before I can set this up I need a few more details from you.

1. The sign-in email address of each profile. For AWS04417852 our records show an address at so-net.ne.jp.
2. Which of the two profiles you would like to keep as the primary one: AWS04417852 or AWS11902366.
3. Your first and last name exactly as they appear on your government-issued ID.

Kind regards,
Priya S.
""" % (CASE1, FORM_ADDR, ME_GMAIL, ME_OLD, CASE1_SUBJ)
    body = text(plain)
    ip = ses_ip()
    mf = "0100%012x-%s@us-east-1.amazonses.com" % (int(d.timestamp() * 1000), hx(8))
    top = sonet_top(ME_OLD, d, mf, ip, ses_host(ip), auth=None) + ses_origin(d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % FORM_ADDR),
        ("To", ME_GMAIL),
        ("Cc", ME_OLD),
        ("Subject", CASE1_SUBJ),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 11, "tc-case-still-need-help", finish(body, top, hdrs), "support_reply", CASE1, [], None, "en"

@mail
def m012():
    d = at("2026-02-09 09:58:20")
    plain = """Hello Kenji,

Thank you for getting back to me with the details.

Before anything is changed, please read the following carefully. Your two profiles would be combined like this:

  Profile that stays (primary):   AWS11902366  /  kenji.watanabe.dev@gmail.com  /  Kenji Watanabe
  Profile folded into it:         AWS04417852  /  kenji_w@ae.so-net.ne.jp

Afterwards your Cloud Practitioner record, exam history and any active benefits held on AWS04417852 will appear under AWS11902366, and you will no longer be able to sign in to AWS04417852. This is permanent: once it has been carried out we are not able to split the profiles again.

If the above is correct, simply reply to this email and state that you approve. Nothing will be done until I hear from you. If something is wrong, tell me what needs to change.

Kind regards,

Priya S.
AWS Training and Certification Customer Service


On Sun, Feb 8, 2026 at 9:31 PM Kenji Watanabe <%s> wrote:
> Hi Priya,
>
> Sorry for the slow reply, your first mail went to my old inbox.
>
> 1. AWS 04417852 -> kenji_w@ae.so-net.ne.jp (yes, I can still log in there)
>    aws-11902366 -> %s
> 2. Keep AWS11902366 please, that is the one I use now.
> 3. KENJI WATANABE
>
> Thanks,
> Kenji
>
> On Thu, Feb 5, 2026 at 10:22 AM Amazon Web Services <%s> wrote:
> > Hello Kenji,
> >
> > Thank you for reaching out to AWS Training and Certification.
> >
> > I understand that you would like your certification history brought
> > together under a single profile. Before I can set this up I need a few
> > more details from you.
> > [...]
""" % (ME_GMAIL, ME_GMAIL, FORM_ADDR)
    body = text(plain, cte="base64")
    top = aws_top_gmail(ME_GMAIL, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % FORM_ADDR),
        ("To", ME_GMAIL),
        ("Subject", CASE1_SUBJ),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 12, "tc-case-please-approve", finish(body, top, hdrs), "merge_confirmation_requested", CASE1, ["AWS04417852", "AWS11902366"], True, "en"

@mail
def m013():
    d = at("2026-02-09 15:47:02")
    plain = """Hi Kenji,

Quick one. IT wants everyone on a single GitHub identity before we switch on SAML SSO for the sorano-systems org next Monday. I still have two (okafor-d for work and my old personal one that's also in the org because of the OSS fork).

Did you merge yours, or just remove the personal account from the org? GitHub's docs say you can't actually merge two user accounts, only move repos and then delete one, which sounds painful with 40-odd forks.

Also, could you approve !219 on GitLab when you get a moment? It's the follow-up to your ECR endpoint change.

Cheers,
Daniel

Daniel Okafor
Platform Engineering | Sorano Systems Inc.
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body><div style=\"font-family:Aptos,Arial,sans-serif;font-size:11pt\">" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in plain.split("\n\n")) + "</div></body></html>"
    body = alt(text(plain, charset="us-ascii"), text(html, "html", charset="us-ascii"))
    top = o365_internal_top(d, with_auth=True)
    hdrs = [("From", addr(*DANIEL)),
            ("To", addr(ME_NAME, ME_WORK)),
            ("Subject", "GitHub accounts before SSO cutover"),
            ("Thread-Topic", "GitHub accounts before SSO cutover"),
            ("Thread-Index", "AQHcm" + b64junk(15)),
            ("Date", rfc(d)),
            ("Message-ID", "<TYWPR01MB%d%s@TYWPR01MB%d.jpnprd01.prod.outlook.com>" % (RND.randint(1000, 9999), hx(20).upper(), RND.randint(1000, 9999))),
            ("Accept-Language", "en-US, ja-JP"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-SCL", "-1"),
            ("X-MS-Exchange-Organization-AuthSource", "TYWPR01MB8123.jpnprd01.prod.outlook.com"),
            ("X-MS-Exchange-Organization-AuthAs", "Internal")]
    return 13, "daniel-github-sso", finish(body, top, hdrs), "unrelated", None, [], False, "en"

@mail
def m014():
    d = at("2026-02-10 11:40:12")
    plain = """Hello Kenji,

Thank you for confirming. I have now handed your request to the team that carries out profile changes, and they will move the Cloud Practitioner record from AWS04417852 across to AWS11902366.

This usually takes two to three business days. Once the work is finished I will write to you again; from that point on you should sign in only with %s. Until then, please don't register for new exams on either profile.

Kind regards,

Priya S.
AWS Training and Certification Customer Service

-----Original Message-----
From: Kenji Watanabe <%s>
Sent: Monday, February 9, 2026 10:14 PM
To: Amazon Web Services <%s>
Subject: Re: %s

The details are correct. Please proceed with the merge.

Kenji

On Mon, Feb 9, 2026 at 9:58 AM Amazon Web Services <%s> wrote:
> Hello Kenji,
>
> Thank you for getting back to me with the details.
>
>   Profile that stays (primary):   AWS11902366
>   Profile folded into it:         AWS04417852
> [...]
""" % (ME_GMAIL, ME_GMAIL, FORM_ADDR, CASE1_SUBJ, FORM_ADDR)
    body = text(plain)
    top = aws_top_gmail(ME_GMAIL, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % FORM_ADDR),
        ("To", ME_GMAIL),
        ("Subject", CASE1_SUBJ),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 14, "tc-case-going-ahead", finish(body, top, hdrs), "support_reply", CASE1, ["AWS04417852", "AWS11902366"], True, "en"

def credly_gmail_top(rcpt, d):
    ip = "167.89.%d.%d" % (RND.randint(1, 120), RND.randint(1, 250))
    mf = "bounces+%d-%s-%s@em.credly.com" % (RND.randint(1000000, 9999999), hx(4), rcpt.replace("@", "="))
    return gmail_top(rcpt, d, mf, ip, "o%d.em.credly.com" % RND.randint(1, 40),
                     "dkim=pass header.i=@credly.com header.s=s1 header.b=%s;\n       SPF;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com" % b64junk(6)[:8])

@mail
def m015():
    d = at("2026-02-10 19:30:05")
    plain = """Hi Kenji,

Here's what happened in your network this month.

New in your network
- Naoki Ishida earned AWS Certified Developer - Associate (issued by Amazon Web Services Training and Certification)
- Misaki Sato earned HashiCorp Certified: Terraform Associate (003)
- 12 people you follow shared new badges

Skills on the rise in Japan
Generative AI, Amazon Bedrock, Kubernetes, FinOps

Keep your profile up to date: https://www.credly.com/users/kenji-watanabe.8f2c1a/edit

Credly by Pearson
You are receiving this email because you subscribed to the Credly monthly digest. Unsubscribe: https://www.credly.com/notifications/unsubscribe?t=7d1e0c
"""
    html = "<html><body><table width=\"600\"><tr><td>" + plain.replace("\n\n", "<br><br>").replace("\n", "<br>") + "</td></tr></table></body></html>"
    body = alt(text(plain), text(html, "html"))
    top = credly_gmail_top(ME_GMAIL, d)
    hdrs = [("DKIM-Signature", dkim("credly.com", "s1")),
            ("Date", rfc(d, UTC)),
            ("From", "Credly <noreply@credly.com>"),
            ("To", ME_GMAIL),
            ("Subject", "Your February digest: 3 new badges in your network"),
            ("Message-ID", "<%s@credly.com>" % hx(32)),
            ("List-Unsubscribe", "<https://www.credly.com/notifications/unsubscribe?t=7d1e0c>")]
    return 15, "credly-monthly-digest", finish(body, top, hdrs), "unrelated", None, [], True, "en"

@mail
def m016():
    d = at("2026-02-11 16:05:33")
    plain = """Hello Kenji,

Good news: the change you approved has been carried out. All of your certification history now sits on one profile, and the older profile has been retired. You can keep signing in with %s as before.

Please allow up to 48 hours for your Credly wallet and the Certification Account portal to reflect the update. If your Cloud Practitioner badge is still missing after that, reply here and I will look into it.

If you have a moment, we would appreciate your feedback on how we handled your request: https://pulse.aws/survey/TCFORM1?cid=%s

Kind regards,

Priya S.
AWS Training and Certification Customer Service

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Monday, February 9, 2026 12:58 AM
To: %s
Subject: %s

Hello Kenji,

Before anything is changed, please read the following carefully. Your two profiles would be combined like this:

  Profile that stays (primary):   AWS11902366  /  %s
  Profile folded into it:         AWS04417852  /  %s

This is permanent: once it has been carried out we are not able to split the profiles again. If the above is correct, simply reply to this email and state that you approve.
""" % (ME_GMAIL, CASE1, FORM_ADDR, ME_GMAIL, CASE1_SUBJ, ME_GMAIL, ME_OLD)
    body = text(plain)
    top = aws_top_gmail(ME_GMAIL, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % FORM_ADDR),
        ("To", ME_GMAIL),
        ("Subject", CASE1_SUBJ),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 16, "tc-case-all-done", finish(body, top, hdrs), "merge_completed", CASE1, [], True, "en"

@mail
def m017():
    d = at("2026-02-11 16:06:02")
    plain = """Your AWS Training and Certification case %s has been resolved.

To answer our two-question survey, please open this email in a client that displays HTML, or go to:
https://pulse.aws/survey/TCCLOSE?cid=%s&lang=en
""" % (CASE1, CASE1)
    html = """<!DOCTYPE html><html><body style="font-family:Amazon Ember,Arial,sans-serif;color:#16191f">
<table width="600" align="center"><tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="32"></td></tr>
<tr><td style="padding:24px">
<p>Hello Kenji,</p>
<p>We have marked case <b>%s</b> as resolved. If you reply to our last message within 14 days, the case will reopen automatically.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://pulse.aws/survey/TCCLOSE?cid=%s&amp;q1=yes" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://pulse.aws/survey/TCCLOSE?cid=%s&amp;q1=no" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none">NO</a></p>
<p>How would you rate the agent who helped you? (1 = poor, 5 = excellent)</p>
<p><a href="https://pulse.aws/survey/TCCLOSE?cid=%s&amp;q2=1">1</a> &middot; <a href="https://pulse.aws/survey/TCCLOSE?cid=%s&amp;q2=2">2</a> &middot; <a href="https://pulse.aws/survey/TCCLOSE?cid=%s&amp;q2=3">3</a> &middot; <a href="https://pulse.aws/survey/TCCLOSE?cid=%s&amp;q2=4">4</a> &middot; <a href="https://pulse.aws/survey/TCCLOSE?cid=%s&amp;q2=5">5</a></p>
<p>Thank you for helping us improve.<br>AWS Training and Certification</p>
</td></tr></table></body></html>""" % ((CASE1,) * 8)
    body = alt(text(plain), text(html, "html", cte="base64"))
    top = aws_top_gmail(ME_GMAIL, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"AWS Training and Certification" <%s>' % FORM_ADDR),
        ("To", ME_GMAIL),
        ("Subject", "[CASE %s] Was your issue resolved?" % CASE1),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 17, "tc-case-resolved-survey", finish(body, top, hdrs), "survey", CASE1, [], True, "en"

# ---------------------------------------------------------------- 018-027
@mail
def m018():
    d = at("2026-02-11 18:22:40")
    plain = """Merged #490 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorano-systems/payments-api/pull/490#event-16270110433
You are receiving this because you are subscribed to this thread.

Message ID: <sorano-systems/payments-api/pull/490/issue_event/16270110433@github.com>
"""
    html = """<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/sorano-systems/payments-api/pull/490">#490</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/sorano-systems/payments-api/pull/490#event-16270110433">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3KQ7T4P">unsubscribe</a>.<br />You are receiving this because you are subscribed to this thread.</p>
"""
    body = alt(text(plain, cte="7bit"), text(html, "html", cte="7bit"))
    top = gmail_top(ME_GMAIL, d, "noreply@github.com", "192.30.252.206", "out-23.smtp.github.com",
                    "dkim=pass header.i=@github.com header.s=pf2023 header.b=Hq3bN0vE;\n       SPF;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com")
    hdrs = [("DKIM-Signature", dkim("github.com", "pf2023")),
            ("Date", rfc(d, PST)),
            ("From", '"Daniel Okafor" <notifications@github.com>'),
            ("Reply-To", "sorano-systems/payments-api <reply+AB3KQ7T4PZ6HHL2RM@reply.github.com>"),
            ("To", "sorano-systems/payments-api <payments-api@noreply.github.com>"),
            ("Cc", "Subscribed <subscribed@noreply.github.com>"),
            ("Message-ID", "<sorano-systems/payments-api/pull/490/issue_event/16270110433@github.com>"),
            ("In-Reply-To", "<sorano-systems/payments-api/pull/490@github.com>"),
            ("References", "<sorano-systems/payments-api/pull/490@github.com>"),
            ("Subject", "Re: [sorano-systems/payments-api] build(deps): bump golang.org/x/net from 0.33.0 to 0.38.0 (PR #490)"),
            ("List-ID", "sorano-systems/payments-api <payments-api.sorano-systems.github.com>"),
            ("X-GitHub-Sender", "dokafor-sorano"),
            ("X-GitHub-Reason", "subscribed"),
            ("Precedence", "list")]
    return 18, "github-dependabot-490-merged", finish(body, top, hdrs), "unrelated", None, [], False, "en"

@mail
def m019():
    d = at("2026-02-12 07:15:09")
    plain = """Hi Kenji,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on April 13, 2026.

To keep your badge active, you'll need to meet the issuer's recertification requirements before it expires. Find out what's required here:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/5b0e9c21-7a43-4f61-9d1a-2c8e0f63b7aa

Thanks,
The Credly Team
Credly by Pearson, 350 Fifth Avenue, New York, NY 10118
"""
    body = text(plain)
    ip = "167.89.%d.%d" % (RND.randint(1, 120), RND.randint(1, 250))
    top = sonet_top(ME_OLD, d, "bounces+7712031-ab12-%s@em.credly.com" % ME_OLD.replace("@", "="), ip, "o7.em.credly.com", auth=None)
    hdrs = [("DKIM-Signature", dkim("credly.com", "s1")),
            ("Date", rfc(d, UTC)),
            ("From", "Credly <admin@credly.com>"),
            ("To", ME_OLD),
            ("Subject", "Your AWS Certified Cloud Practitioner badge expires in 60 days"),
            ("Message-ID", "<%s@credly.com>" % hx(32))]
    return 19, "credly-expiry-ccp", finish(body, top, hdrs), "unrelated", None, [], None, "en"

@mail
def m020():
    d = at("2026-02-13 02:41:18")
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<div style="background:#232f3e;padding:10px"><img src="http://aws-certification-verify.com/img/aws.png" alt="aws" width="60"></div>
<p>Dear Candidate,</p>
<p>We received a request to consolidate your certification profile <b>AWS11902366</b> with profile <b>AWS 20045519</b>. All exam results and digital badges will be transferred to the surviving profile and the other profile will be permanently deleted.</p>
<p><b>Please confirm the accounts listed above are yours before we proceed.</b> For security reasons, requests that are not confirmed within 24 hours are rejected and both profiles are locked until identity verification is completed.</p>
<p style="text-align:center"><a href="http://aws-certification-verify.com/confirm?case=11842267315&amp;id=AWS11902366" style="background:#ff9900;color:#000;padding:10px 30px;text-decoration:none;font-weight:bold">Confirm consolidation</a></p>
<p>Case number: 11842267315</p>
<p>Regards,<br>AWS Training &amp; Certification Support</p>
<p style="font-size:10px;color:#888">Amazon Web Services, Inc. 410 Terry Ave N. Seattle, WA 98109</p>
</body></html>"""
    body = text(html, "html")
    ip = "45.146.164.%d" % RND.randint(2, 250)
    top = gmail_top(ME_GMAIL, d, "support@mail-hk7.tcx-notice.net", ip, "mail-hk7.tcx-notice.net",
                    "spf=softfail (google.com: domain of transitioning support@mail-hk7.tcx-notice.net does not designate %s as permitted sender) smtp.mailfrom=support@mail-hk7.tcx-notice.net;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % ip,
                    spf="softfail")
    top = [h for h in top if h[0] != "ARC-Authentication-Results"]
    top.insert(6, ("ARC-Authentication-Results", "i=1; mx.google.com;\n       spf=softfail smtp.mailfrom=support@mail-hk7.tcx-notice.net;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"))
    top += [("Received", "from [127.0.0.1] (unknown [103.214.%d.%d])\n\tby mail-hk7.tcx-notice.net (Postfix) with ESMTPSA id 4dQ7Fz1Mkqz9sT2\n\tfor <%s>; %s" % (RND.randint(1, 250), RND.randint(1, 250), ME_GMAIL, rfc(d - dt.timedelta(seconds=5), UTC))),
            ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com")]
    hdrs = [("Date", rfc(d, UTC)),
            ("From", '"AWS Training and Certification" <%s>' % FORM_ADDR),
            ("Reply-To", "tc-verify@aws-certification-verify.com"),
            ("To", ME_GMAIL),
            ("Subject", "RE:[CASE 11842267315] Action required: confirm your certification profile consolidation"),
            ("Message-ID", "<%s@mail-hk7.tcx-notice.net>" % hx(20)),
            ("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
    return 20, "confirm-consolidation-verify", finish(body, top, hdrs), "merge_confirmation_requested", "11842267315", ["AWS11902366", "AWS20045519"], False, "en"

@mail
def m021():
    d = at("2026-02-13 10:52:30")
    plain = """渡辺さん

お疲れさまです。田中です。

先日お話しされていた認定アカウントの件、私もフォームから依頼したところ
下記のメールが届きました。AWS20719348 を残して AWS09936015 をまとめる、という内容です。

正直これが本物の AWS からのメールなのか判断がつかなくて…
渡辺さんのときも同じような文面でしたか？
このまま返信して進めてしまって大丈夫でしょうか。

よろしくお願いします。

田中

________________________________
差出人: Amazon Web Services <%s>
送信日時: 2026年2月12日 木曜日 10:31
宛先: %s
件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Takashi,

Thank you for contacting AWS Training and Certification.

Please confirm the following before we proceed:

Primary account (to keep): AWS20719348
Account to be merged: AWS09936015

Please note that this action is irreversible. Once merged, the accounts cannot be separated.
Reply "I confirm" to this email and we will process the merge.

Best regards,
Kevin M.
AWS Training and Certification Customer Service
""" % (FORM_ADDR, TANAKA[1], CASE_TANAKA)
    body = text(plain, charset="iso-2022-jp", cte="7bit")
    top = o365_internal_top(d, with_auth=False)
    hdrs = [("From", addr(*TANAKA, charset="iso-2022-jp")),
            ("To", addr(ME_NAME_JA, ME_WORK, charset="iso-2022-jp")),
            ("Subject", subj("FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_TANAKA)),
            ("Thread-Topic", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_TANAKA),
            ("Thread-Index", "AQHcnA" + b64junk(15)),
            ("Date", rfc(d)),
            ("Message-ID", "<TYWPR01MB%d%s@TYWPR01MB%d.jpnprd01.prod.outlook.com>" % (RND.randint(1000, 9999), hx(20).upper(), RND.randint(1000, 9999))),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "ja-JP"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-AuthAs", "Internal")]
    return 21, "tanaka-fw-is-this-real", finish(body, top, hdrs), "unrelated", CASE_TANAKA, ["AWS09936015", "AWS20719348"], None, "ja"

@mail
def m022():
    d = at("2026-02-16 02:07:44")
    plain = """AWS Certification wants to hear from you

Hello Kenji,

You recently interacted with AWS Certification. We'd love to know how it went.
This short survey takes about 3 minutes and your answers help us improve the certification experience for everyone.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=AWSCX26Q1&t=9f31c0d2

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this email.
"""
    html = "<html><body>" + plain.replace("\n", "<br>") + "</body></html>"
    body = alt(text(plain), text(html, "html"))
    ip = "52.%d.%d.%d" % (RND.randint(1, 200), RND.randint(1, 250), RND.randint(1, 250))
    top = gmail_top(ME_GMAIL, d, "bounce-mc@certmetrics.com", ip, "smtp%d.certmetrics.com" % RND.randint(1, 9),
                    "dkim=pass header.i=@certmetrics.com header.s=k1 header.b=Vw5sN7yh;\n       SPF;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com")
    hdrs = [("DKIM-Signature", dkim("certmetrics.com", "k1")),
            ("Date", rfc(d, UTC)),
            ("From", '"AWS Certification" <do-not-reply@certmetrics.com>'),
            ("To", ME_GMAIL),
            ("Subject", "AWS Certification wants to hear from you"),
            ("Message-ID", "<%s@certmetrics.com>" % hx(24))]
    return 22, "certmetrics-survey", finish(body, top, hdrs), "unrelated", None, [], False, "en"

# ---------------------------------------------------------------- 023-032
@mail
def m023():
    d = at("2026-02-16 13:20:48")
    plain = """Hello Kenji,

Thanks for letting me know, and sorry for the extra step.

Credly badges live in a separate system from your certification profile, so they aren't always moved automatically. I have asked our Credly team to transfer the Cloud Practitioner badge that was issued under AWS04417852 to the Credly account linked to %s.

Once they have done that, Credly will email you an invitation to accept the badge. This normally takes 3 to 5 business days. If nothing has arrived by the end of next week, just reply here and I will chase it.

Kind regards,

Priya S.
AWS Training and Certification Customer Service

On Sat, Feb 14, 2026 at 11:02 AM Kenji Watanabe <%s> wrote:
> Hi Priya,
>
> Thanks a lot, I can see both certifications on AWS11902366 now.
> One thing: Credly still shows the Cloud Practitioner badge only on my old
> Credly login (the so-net address). Can that be moved too?
>
> Kenji
>
> On Wed, Feb 11, 2026 at 4:05 PM Amazon Web Services <%s> wrote:
> > Hello Kenji,
> >
> > Good news: the change you approved has been carried out. All of your
> > certification history now sits on one profile, and the older profile
> > has been retired.
> >
> > Please allow up to 48 hours for your Credly wallet and the
> > Certification Account portal to reflect the update.
""" % (ME_GMAIL, ME_GMAIL, FORM_ADDR)
    body = text(plain)
    top = aws_top_gmail(ME_GMAIL, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % FORM_ADDR),
        ("To", ME_GMAIL),
        ("Subject", CASE1_SUBJ),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 23, "tc-case-credly-followup", finish(body, top, hdrs), "support_reply", CASE1, ["AWS04417852"], True, "en"

@mail
def m024():
    d = at("2026-02-17 14:02:41")
    plain = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: Asia Pacific (Tokyo)
Primary Instance Type: g6.xlarge
Limit name: Running On-Demand G and VT instances
New limit value: 64
------------
Use case description: Batch inference for an internal document classification model, running in ap-northeast-1 from March.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (CASE_EC2, CASE_EC2, CASE_EC2)
    body = text(plain)
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", "Amazon Web Services: You have opened a new Support case: %s" % CASE_EC2),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 24, "aws-support-ec2-limit-opened", finish(body, top, hdrs), "unrelated", CASE_EC2, [], True, "en"

@mail
def m025():
    d = at("2026-02-18 09:33:16")
    plain = """Hi Kenji,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Cloud Practitioner

Following an update to your AWS Certification records, this badge has been transferred to %s. To display it on your profile and share it, accept it below.

Accept your badge: https://www.credly.com/earner/earned/badge/0c7d54b8-3e2a-4b90-8f1e-6a9d21c07e45

Badge details
Issued: April 13, 2023
Expires: April 13, 2026

Need help? Visit https://support.credly.com

Credly by Pearson
""" % ME_GMAIL
    html = """<html><body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td style="padding:0 24px"><p>Hi Kenji,</p><p>Amazon Web Services Training and Certification has issued you a badge:</p><h2>AWS Certified Cloud Practitioner</h2>
<p>Following an update to your AWS Certification records, this badge has been transferred to %s. To display it on your profile and share it, accept it below.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0c7d54b8-3e2a-4b90-8f1e-6a9d21c07e45" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="color:#666;font-size:12px">Issued: April 13, 2023 &middot; Expires: April 13, 2026</p></td></tr></table></body></html>""" % ME_GMAIL
    body = alt(text(plain), text(html, "html"))
    top = credly_gmail_top(ME_GMAIL, d)
    hdrs = [("DKIM-Signature", dkim("credly.com", "s1")),
            ("Date", rfc(d, UTC)),
            ("From", '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
            ("To", ME_GMAIL),
            ("Subject", "Amazon Web Services Training and Certification sent you a badge"),
            ("Message-ID", "<%s@credly.com>" % hx(32))]
    return 25, "credly-ccp-transferred", finish(body, top, hdrs), "credly_badge_issued", None, [], True, "en"

@mail
def m026():
    d = at("2026-02-18 17:45:02")
    plain = """Hello,

Thank you for your patience while we reviewed your request.

I'm happy to let you know that the quota increase has been approved and applied:

Region: Asia Pacific (Tokyo)
Quota: Running On-Demand G and VT instances
New quota value: 64 vCPUs

It may take up to 30 minutes for the new value to show in the Service Quotas console.

Best regards,
Shun K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

============================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % CASE_EC2
    body = text(plain)
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", "RE:[CASE %s] Limit Increase: EC2 Instances" % CASE_EC2),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 26, "aws-support-ec2-limit-approved", finish(body, top, hdrs), "unrelated", CASE_EC2, [], True, "en"

@mail
def m027():
    d = at("2026-02-19 07:00:03")
    plain = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　＠IT 開発者向けニュース　2026年2月19日号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ GitHub、マージキューを全プランで提供へ　大規模リポジトリの
　 マージ待ち時間を短縮
　 https://atmarkit.itmedia.co.jp/ait/articles/2602/18/news061.html

■ AWS、東京リージョンで新たな GPU インスタンスを一般提供
　 https://atmarkit.itmedia.co.jp/ait/articles/2602/18/news044.html

■ 「アカウントの統合で作業が楽に」――社内 IdP 移行を振り返る
　 （連載：ゼロから始める ID 管理 第7回）
　 https://atmarkit.itmedia.co.jp/ait/articles/2602/17/news012.html

■ Go 1.26 リリース、ジェネリクスの型推論を改善
　 https://atmarkit.itmedia.co.jp/ait/articles/2602/16/news020.html

───────────────────────────────────
配信停止・アドレス変更: https://id.itmedia.co.jp/
発行: アイティメディア株式会社
───────────────────────────────────
"""
    body = text(plain, charset="iso-2022-jp", cte="7bit")
    top = gmail_top(ME_GMAIL, d, "bounce@mail.itmedia.co.jp", "210.152.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250)), "mo%d.itmedia.co.jp" % RND.randint(1, 9),
                    "dkim=pass header.i=@itmedia.co.jp header.s=mail2024 header.b=aB3dEf9Q;\n       SPF;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=itmedia.co.jp")
    hdrs = [("DKIM-Signature", dkim("itmedia.co.jp", "mail2024")),
            ("Date", rfc(d)),
            ("From", addr("＠IT", "newsletter@itmedia.co.jp", charset="iso-2022-jp")),
            ("To", ME_GMAIL),
            ("Subject", subj("＠IT 開発者向けニュース 2026年2月19日号：GitHub、マージキューを全プランで提供へ", "iso-2022-jp")),
            ("Message-ID", "<%s@mail.itmedia.co.jp>" % hx(20)),
            ("List-Unsubscribe", "<https://id.itmedia.co.jp/>")]
    return 27, "atmarkit-newsletter", finish(body, top, hdrs), "unrelated", None, [], False, "ja"

# ---------------------------------------------------------------- 028-037
CASE2_SUBJ = "認定アカウントの統合のお願い (AWS13358270 → AWS11902366)"

def ol_msgid():
    return "<TYWPR01MB%d%s@TYWPR01MB%d.jpnprd01.prod.outlook.com>" % (RND.randint(1000, 9999), hx(20).upper(), RND.randint(1000, 9999))

@mail
def m028():
    d = at("2026-02-20 11:18:40")
    plain = """渡辺さん

お疲れさまです。教育担当の佐藤です。

今期の資格取得奨励金の集計のため、Skill Builder のチーム管理画面から
認定資格の一覧を出力したところ、渡辺さんだけ認定 ID が2つ出てきました。

・AWS11902366（SAA、CLF）
・aws13358270（DVA、2025年6月取得、会社のメールアドレスで登録）

奨励金の申請は1人1つの ID でお願いしているので、
可能であれば AWS 側で1つにまとめてもらえると助かります。
先日まとめてもらったとおっしゃっていたのは別の ID の件でしょうか？

急ぎではないので、3月末の締めまでに対応いただければ大丈夫です。

よろしくお願いします。

佐藤 美咲
人事部 教育担当 / Sorano Systems
"""
    body = text(plain, cte="base64")
    top = o365_internal_top(d, with_auth=True)
    hdrs = [("From", addr(*SATO)),
            ("To", addr(ME_NAME_JA, ME_WORK)),
            ("Subject", subj("認定IDが2つある件（資格取得奨励金の集計）")),
            ("Thread-Topic", subj("認定IDが2つある件（資格取得奨励金の集計）")),
            ("Thread-Index", "AQHcojR" + b64junk(14)),
            ("Date", rfc(d)),
            ("Message-ID", ol_msgid()),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "ja-JP"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-AuthAs", "Internal")]
    return 28, "sato-two-cert-ids", finish(body, top, hdrs), "unrelated", None, ["AWS11902366", "AWS13358270"], False, "ja"

@mail
def m029():
    d = at("2026-02-20 21:07:55")
    plain = """渡辺さん

田中です。先日はありがとうございました！
教えてもらった通り英語で返信したら、昨日の夕方に AWS から
「統合が完了しました」という連絡があり、AWS20719348 の方に
資格が全部まとまっていました。Credly のバッジもちゃんと移ってました。

今度ランチおごります。

田中

2026年2月13日(金) 12:40 渡辺 健二 <%s>:
> 田中さん
>
> お疲れさまです。そのメールは私のときとほぼ同じ文面なので本物だと思います。
> 送信元が aws-cs-trainingcertification-form@amazon.com で、件名のケース番号が
> 田中さんが問い合わせたときの受付メールと同じなら大丈夫です。
> AWS09936015 を AWS20719348 にまとめる内容で合っていれば、
> 「The details are correct. Please proceed with the merge.」と返信すれば進みます。
>
> 渡辺
""" % ME_WORK
    body = text(plain, cte="base64")
    ip = "209.85.%d.%d" % (RND.randint(128, 250), RND.randint(1, 250))
    top = o365_top(ME_WORK, d, "gmail.com", ip, "mail-pj1-f%d.google.com" % RND.randint(40, 90),
                   o365_auth(ip, "gmail.com", "gmail.com", "gmail.com"))
    hdrs = [("DKIM-Signature", dkim("gmail.com", "20230601")),
            ("MIME-Version", "1.0"),
            ("References", "%s %s" % (ol_msgid(), "<CAJ8kW0v%s@mail.gmail.com>" % hx(20))),
            ("In-Reply-To", "<CAJ8kW0v%s@mail.gmail.com>" % hx(20)),
            ("From", addr("田中 隆", "takashi.tanaka.0821@gmail.com")),
            ("Date", rfc(d)),
            ("Message-ID", "<CAPn3x%s@mail.gmail.com>" % b64junk(24).replace("/", "_").replace("+", "-")[:30]),
            ("Subject", subj("Re: FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_TANAKA)),
            ("To", addr(ME_NAME_JA, ME_WORK))]
    m = finish(body, top, hdrs)
    # drop the duplicate MIME-Version that finish() appends
    seen = False
    new = []
    for k, v in m._headers:
        if k == "MIME-Version":
            if seen:
                continue
            seen = True
        new.append((k, v))
    m._headers = new
    return 29, "tanaka-thanks-done", m, "unrelated", CASE_TANAKA, ["AWS20719348"], False, "ja"

@mail
def m030():
    d = at("2026-02-23 16:41:12")
    plain = """GitLab

Pipeline #1694402871 has failed!

Project: Sorano Systems / infra / terraform-modules ( https://gitlab.com/sorano-systems/infra/terraform-modules )
Branch: feat/bedrock-vpce ( https://gitlab.com/sorano-systems/infra/terraform-modules/-/commits/feat/bedrock-vpce )

Commit: 3e9d1c07 ( https://gitlab.com/sorano-systems/infra/terraform-modules/-/commit/3e9d1c07a2b4 )
Commit Message: Merge branch 'main' into feat/bedrock-vpce
Commit Author: Kenji Watanabe ( https://gitlab.com/kwatanabe )

Pipeline #1694402871 ( https://gitlab.com/sorano-systems/infra/terraform-modules/-/pipelines/1694402871 ) triggered by Kenji Watanabe ( https://gitlab.com/kwatanabe )
had 1 failed job.

Job #9210447715 ( https://gitlab.com/sorano-systems/infra/terraform-modules/-/jobs/9210447715/raw )
Stage: validate
Name: tflint

--
You're receiving this email because of your account on gitlab.com.
"""
    body = alt(text(plain), text("<html><body><pre>" + plain + "</pre></body></html>", "html"))
    ip = "192.237.158.%d" % RND.randint(130, 150)
    top = o365_top(ME_WORK, d, "mg.gitlab.com", ip, "mail-158-%s.mg.gitlab.com" % ip.split(".")[-1],
                   o365_auth(ip, "mg.gitlab.com", "gitlab.com", "gitlab.com"))
    hdrs = [("DKIM-Signature", dkim("gitlab.com", "mailo")),
            ("Date", rfc(d, UTC)),
            ("From", "GitLab <gitlab@mg.gitlab.com>"),
            ("To", ME_WORK),
            ("Message-ID", "<%s_1694402871@gitlab.com>" % hx(8)),
            ("Subject", "Failed pipeline for feat/bedrock-vpce | terraform-modules | 3e9d1c07"),
            ("X-GitLab-Project", "terraform-modules"),
            ("X-GitLab-Pipeline-Id", "1694402871"),
            ("X-GitLab-Pipeline-Status", "failed"),
            ("Auto-Submitted", "auto-generated")]
    return 30, "gitlab-pipeline-failed", finish(body, top, hdrs), "unrelated", None, [], False, "en"

@mail
def m031():
    d = at("2026-02-24 09:05:27")
    plain = """You have 4 new messages in Sorano Systems

#platform
Daniel Okafor: SSO cutover for GitHub is done, everyone should be able to sign in via Entra now. Ping me if your personal account got dropped from the org.
Haruka Mori: 👍 works for me

Direct message from Misaki Sato
Misaki Sato: 渡辺さん、メール送りましたので時間あるときに見てください〜

Open Slack: https://sorano-systems.slack.com/messages

To change how often you get these emails, visit your notification preferences: https://sorano-systems.slack.com/account/notifications
Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105
"""
    body = alt(text(plain), text("<html><body>" + plain.replace("\n", "<br>") + "</body></html>", "html"))
    ip = "54.240.%d.%d" % (RND.randint(0, 7), RND.randint(1, 250))
    top = o365_top(ME_WORK, d, "bounce.slack.com", ip, "a%s.smtp-out.amazonses.com" % ip.replace(".", "-")[7:],
                   o365_auth(ip, "bounce.slack.com", "slack.com", "slack.com"))
    hdrs = [("DKIM-Signature", dkim("slack.com", "custom")),
            ("Date", rfc(d, UTC)),
            ("From", "Slack <feedback@slack.com>"),
            ("To", ME_WORK),
            ("Subject", "[Slack] Notifications from the Sorano Systems workspace"),
            ("Message-ID", "<%s@slack.com>" % hx(32))]
    return 31, "slack-notifications", finish(body, top, hdrs), "unrelated", None, [], False, "en"

@mail
def m032():
    d = at("2026-02-26 10:15:52")
    plain = """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
お問い合わせ内容:
2025年6月に会社のメールアドレスで DVA を受験した際、新しい認定アカウント（aws13358270）が作成されていたことに気付きました。
メインで使用している AWS11902366 に統合していただけますでしょうか。
なお、別の古いアカウントはケース %s で統合済みです。

このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用のアドレスから送信されています。このメールに返信されても回答できませんので、上記リンクからお問い合わせください。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
""" % (CASE2, CASE2, CASE2_SUBJ, CASE1, CASE2)
    html = "<html><body style=\"font-family:'Meiryo',sans-serif\">" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in plain.split("\n\n")) + "</body></html>"
    body = alt(text(plain, cte="base64"), text(html, "html", cte="base64"))
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", subj("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % CASE2)),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 32, "aws-support-case-opened-ja", finish(body, top, hdrs), "case_created", CASE2, ["AWS11902366", "AWS13358270"], True, "ja"

@mail
def m033():
    d = at("2026-02-26 16:00:00")
    html = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS Summit Japan 2026</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Hiragino Sans','Meiryo',sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td><img src="https://pages.awscloud.com/rs/112-TZM-766/images/summit-japan-2026-header.png" width="640" alt="AWS Summit Japan 2026"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7;color:#232f3e">
<p>渡辺 健二 様</p>
<p>日本最大の AWS を学ぶイベント「AWS Summit Japan 2026」の参加登録受付を開始しました。</p>
<p>会期：2026年6月25日（木）・26日（金）<br>会場：幕張メッセ ／ オンライン同時配信</p>
<p>生成 AI、モダナイゼーション、セキュリティなど 150 以上のセッションに加え、AWS 認定資格保有者専用ラウンジもご用意しています。認定者ラウンジのご利用には、会場で AWS 認定のデジタルバッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_summit26_inv" style="background:#ff9900;color:#232f3e;padding:12px 36px;text-decoration:none;font-weight:bold">今すぐ登録する（無料）</a></p>
<p style="font-size:11px;color:#687078">本メールは、AWS からのお知らせの配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社　東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>"""
    body = text(html, "html", cte="quoted-printable")
    ip = "192.28.%d.%d" % (RND.randint(140, 160), RND.randint(1, 250))
    top = gmail_top(ME_GMAIL, d, "112-TZM-766.0.%d.0.0.0.0@bf%02d.mktomail.com" % (RND.randint(10000, 99999), RND.randint(1, 30)), ip, "mail%s.mktomail.com" % ip.split(".")[-1],
                    "dkim=pass header.i=@amazon.com header.s=m1 header.b=ZpQ2x0Yv;\n       dkim=pass header.i=@mktomail.com header.s=m1 header.b=7gKqW1Rs;\n       SPF;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
    hdrs = [("DKIM-Signature", dkim("amazon.com", "m1")),
            ("DKIM-Signature", dkim("mktomail.com", "m1")),
            ("Date", rfc(d, dt.timezone(dt.timedelta(hours=-6)))),
            ("From", addr("AWS Summit Japan 事務局", "aws-apj-marketing@amazon.com")),
            ("Reply-To", "aws-apj-marketing@amazon.com"),
            ("To", ME_GMAIL),
            ("Subject", subj("【参加登録受付開始】AWS Summit Japan 2026 ― 6月25日・26日 幕張メッセにて開催")),
            ("Message-ID", "<%s.%d.%d@bf%02d.mktomail.com>" % (hx(8), RND.randint(1000, 9999), RND.randint(100000, 999999), RND.randint(1, 30))),
            ("List-Unsubscribe", "<mailto:unsub-112-TZM-766@bf15.mktomail.com>")]
    return 33, "aws-summit-japan-invite", finish(body, top, hdrs), "unrelated", None, [], True, "ja"

# ---------------------------------------------------------------- 034-043
CASE2_RE = "RE:[CASE %s] %s" % (CASE2, CASE2_SUBJ)
CONSOLE_FOOT_JA = """
お客様のご意見をお聞かせください。本対応に関するご評価を、以下の AWS サポートセンターのリンクからお寄せください。各対応の右上にある星を選択して評価することもできます。

============================

このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用のアドレスから送信されています。このメールに返信されても回答できませんので、上記リンクからお問い合わせください。
""" % CASE2

@mail
def m034():
    d = at("2026-02-27 14:48:10")
    plain = """お客様

ケース %s に新しい対応が追加されました。

内容を確認し、必要に応じて返信するには、AWS サポートセンターにサインインしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用のアドレスから送信されています。

Amazon Web Services
""" % (CASE2, CASE2)
    body = text(plain)
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", subj("[Case %s] 新しい対応が追加されました" % CASE2)),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 34, "aws-case-new-correspondence-ja", finish(body, top, hdrs), "support_reply", CASE2, [], True, "ja"

@mail
def m035():
    d = at("2026-02-27 14:48:13")
    plain = """渡辺 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
AWS トレーニングと認定サポートの山本でございます。

認定アカウントの統合についてのご依頼、承知いたしました。
お手続きを進めるにあたり、恐れ入りますが以下の点をご教示いただけますでしょうか。

① AWS13358270 にご登録のメールアドレス
② 当該アカウントで受験された試験名と受験日（おおよそで構いません）
③ 統合後に残すアカウントのご確認（AWS11902366 をご希望と理解しております）

いただいた情報をもとに、統合内容をあらためてご確認いただくご案内をお送りいたします。
ご返信は、本ケースのサポートセンター画面からお願いいたします。

2～3 営業日以内にご返信がない場合、本ケースは自動的にクローズされますのでご注意ください。

何卒よろしくお願いいたします。

山本
Amazon Web Services
""" + CONSOLE_FOOT_JA
    # labelled Shift_JIS but really cp932 (circled digits and ～ are cp932-only)
    body = text(plain, charset="Shift_JIS", codec="cp932", cte="base64")
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", subj(CASE2_RE)),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 35, "aws-case-ja-need-info", finish(body, top, hdrs), "support_reply", CASE2, ["AWS11902366", "AWS13358270"], True, "ja"

@mail
def m036():
    d = at("2026-03-02 11:26:44")
    plain = """渡辺 様

ご返信いただきありがとうございます。山本でございます。

いただいた情報をもとに確認いたしましたところ、下記の内容で
認定アカウントを一つにまとめる準備が整いました。

　存続するアカウント：　AWS11902366（kenji.watanabe.dev@gmail.com）
　統合されるアカウント：AWS13358270（k-watanabe@sorano-systems.co.jp）

実施後は、AWS13358270 で取得された AWS Certified Developer - Associate の
認定および受験履歴が AWS11902366 に移り、AWS13358270 にはサインインできなく
なります。一度実施しますと元に戻すことはできませんので、十分ご確認ください。

上記の内容でよろしければ、本ケースにて「上記の内容で進めてください」と
ご返信をお願いいたします。ご返信をいただくまで、作業は行いません。

何卒よろしくお願いいたします。

山本
Amazon Web Services
""" + CONSOLE_FOOT_JA
    body = text(plain, charset="iso-2022-jp", cte="7bit")
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", subj(CASE2_RE, "iso-2022-jp")),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 36, "aws-case-ja-please-confirm", finish(body, top, hdrs), "merge_confirmation_requested", CASE2, ["AWS11902366", "AWS13358270"], True, "ja"

@mail
def m037():
    d = at("2026-03-02 19:12:05")
    fake_case = "177244870300512"
    plain = """お客様

AWS トレーニングと認定をご利用いただきありがとうございます。

お客様の認定アカウント AWS-11902366 と AWS-13358270 の統合申請を受け付けました（ケース番号：%s）。

統合を実行する前に、ご本人様確認のため 72 時間以内に下記リンクからサインインし、統合内容を承認してください。
期限内に承認が確認できない場合、セキュリティ上の理由から両アカウントの認定資格が一時停止される場合があります。

▼統合内容の承認はこちら
https://aws-training-jp.com/certification/merge/approve?case=%s

※本メールは送信専用です。

AWS トレーニングと認定 サポートチーム
""" % (fake_case, fake_case)
    html = "<html><body><div style=\"font-family:Meiryo\">" + plain.replace("\n", "<br>\n").replace(
        "https://aws-training-jp.com/certification/merge/approve?case=%s" % fake_case,
        "<a href=\"https://aws-training-jp.com/certification/merge/approve?case=%s\" style=\"background:#ff9900;color:#000;padding:8px 20px\">統合内容を承認する</a>" % fake_case) + "</div></body></html>"
    body = alt(text(plain, cte="base64"), text(html, "html", cte="base64"))
    ip = "185.220.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250))
    top = gmail_top(ME_GMAIL, d, "bounce@aws-training-jp.com", ip, "mail.aws-training-jp.com",
                    "dkim=pass header.i=@aws-training-jp.com header.s=default header.b=Yk2Rt8aQ;\n       SPF;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-training-jp.com")
    hdrs = [("DKIM-Signature", dkim("aws-training-jp.com", "default")),
            ("Date", rfc(d)),
            ("From", addr("AWS トレーニングと認定", "support@aws-training-jp.com")),
            ("To", ME_GMAIL),
            ("Subject", subj("【重要】認定アカウント統合のご確認（ケース番号：%s）" % fake_case)),
            ("Message-ID", "<%s@aws-training-jp.com>" % hx(26))]
    return 37, "cert-merge-approve-72h", finish(body, top, hdrs), "merge_confirmation_requested", fake_case, ["AWS11902366", "AWS13358270"], False, "ja"

@mail
def m038():
    d = at("2026-03-03 10:02:37")
    plain = """渡辺 様

ご確認いただき、ありがとうございます。山本でございます。

ご承認を受けまして、担当チームにて AWS13358270 から AWS11902366 への移行作業に着手いたしました。
作業には通常 2～3 営業日ほどお時間をいただいております。完了次第、あらためて本ケースにてご連絡いたします。

なお、作業が終わるまでの間は、いずれのアカウントでも新たな試験のご予約はお控えください。

引き続きよろしくお願いいたします。

山本
Amazon Web Services
""" + CONSOLE_FOOT_JA
    body = text(plain)
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", subj(CASE2_RE)),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 38, "aws-case-ja-started", finish(body, top, hdrs), "support_reply", CASE2, ["AWS11902366", "AWS13358270"], True, "ja"

@mail
def m039():
    d = at("2026-03-04 09:31:10")
    plain = """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 請求書の宛名（会社名）の変更について
重要度: 一般的なガイダンス
お問い合わせ内容:
4月1日付で社名が変更になるため、請求書に記載される会社名と住所を変更したいです。
対象アカウント: 482177301956（組織の管理アカウント）

このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用のアドレスから送信されています。このメールに返信されても回答できませんので、上記リンクからお問い合わせください。
""" % (CASE_BILL, CASE_BILL, CASE_BILL)
    body = text(plain, cte="base64")
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", subj("Amazon Web Services: 新しいサポートケースをオープンしました: %s" % CASE_BILL)),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 39, "aws-support-billing-opened-ja", finish(body, top, hdrs), "unrelated", CASE_BILL, [], True, "ja"

@mail
def m040():
    d = at("2026-03-04 13:55:21")
    plain = """Thanks Kenji, that's really helpful.

I think I'm in the same boat. I took Solutions Architect Professional back in 2022 with my previous employer's address, and it looks like it created its own profile: AWS07715230. Everything since then is on AWS18844021.

Did you use the web form or open it from the console? And how long did it take end to end? I'd like it done before my DevOps Pro exam in April.

Daniel

From: Kenji Watanabe <k-watanabe@sorano-systems.co.jp>
Sent: Wednesday, March 4, 2026 12:10 PM
To: Daniel Okafor <d.okafor@sorano-systems.co.jp>
Subject: RE: GitHub accounts before SSO cutover

Hi Daniel,

Sorry for the slow answer, SSO works fine for me now.

Off topic, but since you asked about duplicate accounts at lunch: AWS Certification also lets you combine profiles if you ended up with two. I just had my old one folded in, and I have a second case open for AWS13358270 (the profile Pearson VUE created when I booked DVA with the company address). They ask you to confirm by email before they do anything.

Kenji

From: Daniel Okafor <d.okafor@sorano-systems.co.jp>
Sent: Monday, February 9, 2026 3:47 PM
To: Kenji Watanabe <k-watanabe@sorano-systems.co.jp>
Subject: GitHub accounts before SSO cutover

Hi Kenji,

Quick one. IT wants everyone on a single GitHub identity before we switch on SAML SSO for the sorano-systems org next Monday.
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Aptos,Arial,sans-serif;font-size:11pt\">" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in plain.split("\n\n")) + "</div></body></html>"
    body = alt(text(plain), text(html, "html"))
    top = o365_internal_top(d, with_auth=False)
    hdrs = [("From", addr(*DANIEL)),
            ("To", addr(ME_NAME, ME_WORK)),
            ("Subject", "RE: GitHub accounts before SSO cutover"),
            ("Thread-Topic", "GitHub accounts before SSO cutover"),
            ("Thread-Index", "AQHcm" + b64junk(15) + "gAAq" + b64junk(6)),
            ("Date", rfc(d)),
            ("Message-ID", ol_msgid()),
            ("In-Reply-To", ol_msgid()),
            ("References", ol_msgid() + " " + ol_msgid()),
            ("Accept-Language", "en-US, ja-JP"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-AuthAs", "Internal")]
    return 40, "daniel-re-sso-cert-profiles", finish(body, top, hdrs), "unrelated", None, ["AWS07715230", "AWS18844021"], None, "en"

# ---------------------------------------------------------------- 041-050
@mail
def m041():
    d = at("2026-03-05 17:10:26")
    plain = """渡辺 様

お待たせいたしました。AWS13358270 から AWS11902366 への統合作業が完了しましたので、本ケースはクローズいたします。
詳細はサポートセンターのケース画面をご覧ください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

山本
Amazon Web Services
""" % CASE2
    html = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px;line-height:1.7">
<p>渡辺 様</p>
<p>大変お待たせいたしました。AWS トレーニングと認定サポートの山本でございます。</p>
<p>担当チームより作業完了の報告がございましたのでお知らせいたします。AWS13358270 に登録されていた AWS Certified Developer - Associate の認定および受験履歴は、すべて AWS11902366 へ移行いたしました。AWS13358270 は無効化されておりますので、今後は AWS11902366（kenji.watanabe.dev@gmail.com）でサインインしてください。</p>
<p>Credly のデジタルバッジにつきましては、数日以内に Credly から受け取りのご案内メールが届く予定です。</p>
<p>本件はこれにて解決とさせていただき、ケースをクローズいたします。よろしければ、以下のリンクから今回の対応についてのご評価をお寄せください。</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターで評価する</a></p>
<p>このたびはお問い合わせいただき、誠にありがとうございました。</p>
<p>山本<br>Amazon Web Services</p>
</body></html>""" % CASE2
    body = alt(text(plain, cte="base64"), text(html, "html", cte="quoted-printable"))
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", subj(CASE2_RE)),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 41, "aws-case-ja-finished-closing", finish(body, top, hdrs), "merge_completed", CASE2, ["AWS11902366", "AWS13358270"], True, "ja"

@mail
def m042():
    d = at("2026-03-05 17:11:02")
    html = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<table width="600" align="center"><tr><td>
<p>お客様</p>
<p>このたびは AWS サポートをご利用いただき、ありがとうございました。</p>
<p>ケース <b>%s</b>「%s」は解決済みとしてクローズされました。</p>
<p>今後のサービス向上のため、1 分ほどで終わるアンケートへのご協力をお願いいたします。</p>
<p><b>お問い合わせの問題は解決しましたか？</b></p>
<p><a href="https://pulse.aws/survey/SUPPORTJA?cid=%s&amp;a=1">はい</a>　／　<a href="https://pulse.aws/survey/SUPPORTJA?cid=%s&amp;a=0">いいえ</a></p>
<p><b>担当者の対応にどの程度満足されましたか？</b></p>
<p><a href="https://pulse.aws/survey/SUPPORTJA?cid=%s&amp;s=5">非常に満足</a>　<a href="https://pulse.aws/survey/SUPPORTJA?cid=%s&amp;s=4">満足</a>　<a href="https://pulse.aws/survey/SUPPORTJA?cid=%s&amp;s=3">どちらでもない</a>　<a href="https://pulse.aws/survey/SUPPORTJA?cid=%s&amp;s=2">不満</a>　<a href="https://pulse.aws/survey/SUPPORTJA?cid=%s&amp;s=1">非常に不満</a></p>
<p style="font-size:11px;color:#687078">このメールは送信専用アドレスから送信されています。<br>Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。</p>
</td></tr></table></body></html>""" % ((CASE2, CASE2_SUBJ) + (CASE2,) * 7)
    body = text(html, "html", cte="quoted-printable")
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", subj("AWS サポートに関するアンケートご協力のお願い（ケース %s）" % CASE2)),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 42, "aws-support-survey-ja", finish(body, top, hdrs), "survey", CASE2, ["AWS11902366", "AWS13358270"], True, "ja"

@mail
def m043():
    d = at("2026-03-05 18:40:51")
    plain = """お客様

AWS カスタマーサービスの小林でございます。お問い合わせいただきありがとうございます。

請求書に記載される会社名・住所は、請求先となるアカウントの「請求情報」ではなく「税金の設定」と「連絡先情報」から変更いただけます。AWS Organizations で一括請求（請求の統合）をご利用の場合、メンバーアカウントの請求書は発行されず、管理アカウント 482177301956 の設定が反映されます。

手順:
1. 管理アカウントで請求とコスト管理コンソールを開く
2. 「税金の設定」から法人名と住所を編集
3. 4月分以降の請求書に新しい社名が反映されます

ご不明点がございましたら、本ケースにてお知らせください。

小林
Amazon Web Services
""" + CONSOLE_FOOT_JA.replace(CASE2, CASE_BILL)
    body = text(plain, cte="base64")
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % CONSOLE_ADDR),
        ("To", ME_WORK),
        ("Subject", subj("RE:[CASE %s] 請求書の宛名（会社名）の変更について" % CASE_BILL)),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 43, "aws-support-billing-reply-ja", finish(body, top, hdrs), "unrelated", CASE_BILL, [], True, "ja"

@mail
def m044():
    d = at("2026-03-06 08:00:12")
    plain = """渡辺 健二 様

ピアソン VUE をご利用いただきありがとうございます。
ご予約いただいている試験が近づいてまいりましたので、お知らせいたします。

試験名：AIF-C01: AWS Certified AI Practitioner
受験日時：2026年3月7日（土）10:00
会場：ピアソン プロフェッショナル センター東京新宿
受験者 ID：AWS11902366
登録 ID：517302284

試験開始の 30 分前までに会場へお越しください。
ご本人確認のため、2 種類の身分証明書（うち 1 点は顔写真付き）が必要です。
身分証明書の氏名は、受験者プロフィールの氏名と一致している必要があります。

ピアソン VUE
https://home.pearsonvue.com/aws
"""
    body = text(plain, charset="iso-2022-jp", cte="7bit")
    top = gmail_top(ME_GMAIL, d, "bounce-pvue@notifications.pearson.com", "159.112.240.%d" % RND.randint(50, 70), "mta-240-64.pearson.com",
                    "dkim=pass header.i=@pearson.com header.s=pvue2024 header.b=Qm1xT5rV;\n       SPF;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com")
    hdrs = [("DKIM-Signature", dkim("pearson.com", "pvue2024")),
            ("Date", rfc(d, UTC)),
            ("From", addr("ピアソン VUE", "pearsonvuereminder@pearson.com", charset="iso-2022-jp")),
            ("To", ME_GMAIL),
            ("Subject", subj("【リマインダー】試験予約のお知らせ：AWS Certified AI Practitioner", "iso-2022-jp")),
            ("Message-ID", "<%s.%d@mta-240-64.pearson.com>" % (hx(16), RND.randint(100000, 999999)))]
    return 44, "pearson-vue-reminder-ja", finish(body, top, hdrs), "unrelated", None, ["AWS11902366"], False, "ja"

@mail
def m045():
    d = at("2026-03-06 21:14:30")
    plain = """渡辺 健二 さん

Amazon Web Services Training and Certification から、あなたにバッジが発行されました。

AWS Certified Developer - Associate

AWS 認定アカウントの更新に伴い、このバッジは %s に紐づく Credly アカウントへ移されました。プロフィールに表示して共有するには、以下からバッジを受け取ってください。

バッジを受け取る: https://www.credly.com/earner/earned/badge/7f2b9e40-1c5d-4a8e-b3f7-90d6c2e1a4b8

発行日: 2025年6月21日
有効期限: 2028年6月21日

Credly by Pearson
""" % ME_GMAIL
    html = """<html><body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt="AWS Certified Developer - Associate"></td></tr>
<tr><td style="padding:0 24px"><p>渡辺 健二 さん</p><p>Amazon Web Services Training and Certification から、あなたにバッジが発行されました。</p><h2>AWS Certified Developer - Associate</h2>
<p>AWS 認定アカウントの更新に伴い、このバッジは %s に紐づく Credly アカウントへ移されました。プロフィールに表示して共有するには、以下からバッジを受け取ってください。</p>
<p><a href="https://www.credly.com/earner/earned/badge/7f2b9e40-1c5d-4a8e-b3f7-90d6c2e1a4b8" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="color:#666;font-size:12px">発行日: 2025年6月21日 ・ 有効期限: 2028年6月21日</p></td></tr></table></body></html>""" % ME_GMAIL
    body = alt(text(plain), text(html, "html"))
    top = credly_gmail_top(ME_GMAIL, d)
    hdrs = [("DKIM-Signature", dkim("credly.com", "s1")),
            ("Date", rfc(d, UTC)),
            ("From", addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com")),
            ("To", ME_GMAIL),
            ("Subject", subj("Amazon Web Services Training and Certification からバッジが届きました")),
            ("Message-ID", "<%s@credly.com>" % hx(32))]
    return 45, "credly-dva-ja", finish(body, top, hdrs), "credly_badge_issued", None, [], True, "ja"

@mail
def m046():
    d = at("2026-03-09 06:12:48")
    plain = """Congratulations, Kenji!

You have successfully completed the AWS Certified AI Practitioner exam and are now AWS Certified.

Candidate ID: AWS11902366
Certification: AWS Certified AI Practitioner
Achievement date: March 7, 2026
Expiration date: March 7, 2029
Validation number: 9ZQ4K7M1H2B3C5D6

You can access your digital certificate and benefits, including a 50% discount voucher for your next exam, in your AWS Certification Account: https://www.aws.training/Certification

Your Credly badge will be issued to you in a separate email.

AWS Training and Certification
This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this email.
"""
    html = "<html><body style=\"font-family:Arial\">" + plain.replace("\n", "<br>") + "</body></html>"
    body = alt(text(plain), text(html, "html"))
    ip = "52.%d.%d.%d" % (RND.randint(1, 200), RND.randint(1, 250), RND.randint(1, 250))
    top = gmail_top(ME_GMAIL, d, "bounce-mc@certmetrics.com", ip, "smtp%d.certmetrics.com" % RND.randint(1, 9),
                    "dkim=pass header.i=@certmetrics.com header.s=k1 header.b=Rc0dF8wz;\n       SPF;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com")
    hdrs = [("DKIM-Signature", dkim("certmetrics.com", "k1")),
            ("Date", rfc(d, UTC)),
            ("From", '"AWS Certification" <do-not-reply@certmetrics.com>'),
            ("To", ME_GMAIL),
            ("Subject", "Congratulations! You are now AWS Certified"),
            ("Message-ID", "<%s@certmetrics.com>" % hx(24))]
    return 46, "certmetrics-aif-congrats", finish(body, top, hdrs), "unrelated", None, ["AWS11902366"], False, "en"

@mail
def m047():
    d = at("2026-03-09 09:40:19")
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/340x340/images/4d4693bb-530e-4bca-9327-de07f3aa2348/image.png" width="140" alt="AWS Certified AI Practitioner"></td></tr>
<tr><td style="padding:0 32px 24px">
<p>Congratulations, Kenji!</p>
<p>You've earned a new badge from <b>Amazon Web Services Training and Certification</b>:</p>
<h2 style="margin:8px 0">AWS Certified AI Practitioner</h2>
<p>Claim it now so you can share your achievement with your network and let employers verify your skills.</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/d3a81f62-9b07-4e1c-8a25-5f0e47c9b316" style="background:#ff6b00;color:#fff;padding:14px 36px;border-radius:4px;text-decoration:none;font-weight:bold">Accept badge</a></p>
<p style="color:#666;font-size:12px">This badge was issued to kenji.watanabe.dev@gmail.com. Not you? <a href="https://support.credly.com">Let us know</a>.</p>
</td></tr>
<tr><td style="padding:16px;background:#222;color:#aaa;font-size:11px;text-align:center">Credly by Pearson &middot; 350 Fifth Avenue, New York, NY 10118</td></tr>
</table></body></html>"""
    body = text(html, "html", cte="base64")
    top = credly_gmail_top(ME_GMAIL, d)
    hdrs = [("DKIM-Signature", dkim("credly.com", "s1")),
            ("Date", rfc(d, UTC)),
            ("From", '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
            ("To", ME_GMAIL),
            ("Subject", "Claim your AWS Certified AI Practitioner badge"),
            ("Message-ID", "<%s@credly.com>" % hx(32))]
    return 47, "credly-aif-new-badge", finish(body, top, hdrs), "credly_badge_issued", None, [], True, "en"

@mail
def m048():
    d = at("2026-03-09 12:30:44")
    html = """<html><body style="font-family:Arial;font-size:14px">
<p><img src="https://aws-account-billing-center.com/logo.png" alt="aws" width="70"></p>
<p>Dear AWS Customer,</p>
<p>We were unable to process the payment for your latest invoice. As a result, your AWS account and all running resources will be <b>suspended within 24 hours</b>.</p>
<p>To avoid service interruption, please update your payment method immediately:</p>
<p><a href="https://aws-account-billing-center.com/billing/update?ref=EU7731">Update payment information</a></p>
<p>Thank you,<br>Amazon Web Services Billing</p>
</body></html>"""
    body = text(html, "html")
    ip = "91.92.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250))
    top = gmail_top(ME_GMAIL, d, "noreply@aws-account-billing-center.com", ip, "vps-%s.hostkey.net" % hx(6),
                    "SPF;\n       dmarc=none (p=NONE sp=NONE dis=NONE) header.from=aws-account-billing-center.com")
    hdrs = [("Date", rfc(d, UTC)),
            ("From", '"AWS Billing" <noreply@aws-account-billing-center.com>'),
            ("To", ME_GMAIL),
            ("Subject", "Action Required: Your AWS account will be suspended"),
            ("Message-ID", "<%s@aws-account-billing-center.com>" % hx(18)),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    return 48, "aws-suspended-phish", finish(body, top, hdrs), "unrelated", None, [], False, "en"

@mail
def m049():
    d = at("2026-03-10 10:17:33")
    plain = """Merged #501 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorano-systems/identity-gateway/pull/501#event-16455190027
You are receiving this because you authored the thread.
"""
    body = alt(text(plain, cte="7bit"), text("<p>Merged <a href=\"https://github.com/sorano-systems/identity-gateway/pull/501\">#501</a> into main.</p>", "html", cte="7bit"))
    top = gmail_top(ME_GMAIL, d, "noreply@github.com", "192.30.252.%d" % RND.randint(200, 210), "out-27.smtp.github.com",
                    "dkim=pass header.i=@github.com header.s=pf2023 header.b=Lk7qN2eX;\n       SPF;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com")
    hdrs = [("DKIM-Signature", dkim("github.com", "pf2023")),
            ("Date", rfc(d, PST)),
            ("From", '"Daniel Okafor" <notifications@github.com>'),
            ("Reply-To", "sorano-systems/identity-gateway <reply+AB3KQ7WZ9R4MM@reply.github.com>"),
            ("To", "sorano-systems/identity-gateway <identity-gateway@noreply.github.com>"),
            ("Cc", "Kenji Watanabe <kenji.watanabe.dev@gmail.com>, Author <author@noreply.github.com>"),
            ("Message-ID", "<sorano-systems/identity-gateway/pull/501/issue_event/16455190027@github.com>"),
            ("In-Reply-To", "<sorano-systems/identity-gateway/pull/501@github.com>"),
            ("References", "<sorano-systems/identity-gateway/pull/501@github.com>"),
            ("Subject", "Re: [sorano-systems/identity-gateway] Merge duplicate user accounts on first SSO login (PR #501)"),
            ("List-ID", "sorano-systems/identity-gateway <identity-gateway.sorano-systems.github.com>"),
            ("X-GitHub-Reason", "author"),
            ("Precedence", "list")]
    return 49, "github-pr-501-merged", finish(body, top, hdrs), "unrelated", None, [], False, "en"

@mail
def m050():
    d = at("2026-03-10 15:03:20")
    plain = """AWS Budget Notification March 10, 2026
AWS Account 482177301956

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your sandbox-monthly budget is greater than 80.00%% of $500.00 for the current month. The ACTUAL Cost associated with this budget is $412.87. You can find additional details below and by accessing the AWS Budgets dashboard [1].

Budget Name: sandbox-monthly
Budget Type: Cost
Budgeted Amount: $500.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%%
ACTUAL Amount: $412.87

[1] https://console.aws.amazon.com/billing/home#/budgets
"""
    body = text(plain.replace("%%", "%"))
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", "AWS Budgets <budgets@costalerts.amazonaws.com>"),
        ("To", ME_WORK),
        ("Subject", "AWS Budgets: sandbox-monthly has exceeded your alert threshold"),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    # this one is signed by amazonaws.com
    for i, (k, v) in enumerate(top):
        if k == "Authentication-Results":
            top[i] = (k, v.replace("header.d=amazon.com", "header.d=costalerts.amazonaws.com").replace("header.from=amazon.com", "header.from=costalerts.amazonaws.com"))
    hdrs[0] = ("DKIM-Signature", dkim("costalerts.amazonaws.com", "z3p6iw5rxdm7ejqkqdm3nzpbn7hzi2kf"))
    return 50, "aws-budgets-alert", finish(body, top, hdrs), "unrelated", None, [], True, "en"

# ---------------------------------------------------------------- 051-060
@mail
def m051():
    d = at("2026-03-10 17:30:00")
    plain = """渡辺 健二 さん

資格取得奨励金の申請を受け付けました。

申請番号: WF-2026-00412
資格名: AWS Certified AI Practitioner
取得日: 2026年3月7日
認定 ID: AWS11902366
支給予定額: 20,000円（4月給与にて支給）

※認定 ID は統合後の ID で登録しています。旧 ID での申請分は取り下げ扱いとなります。

ご不明な点は人事部 教育担当（内線 2140）までお問い合わせください。

このメールはワークフローシステムから自動送信されています。
"""
    # bytes are UTF-8 but the label says iso-8859-1
    body = text(plain, charset="iso-8859-1", codec="utf-8", cte="quoted-printable")
    top = [("Received", "from wf01.sorano-systems.co.jp (10.20.4.11) by\n TYWPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:%s::%s) with Microsoft SMTP\n Server id 15.20.%d.%d; %s"
            % (RND.randint(1000, 9999), hx(3), hx(2), RND.randint(8000, 9700), RND.randint(10, 40), rfc(d, UTC)))]
    hdrs = [("Date", rfc(d)),
            ("From", "=?utf-8?b?%s?= <%s>" % (base64.b64encode(HR[0].encode()).decode(), HR[1])),
            ("To", ME_WORK),
            ("Subject", subj("【ワークフロー】資格取得奨励金 申請受付のお知らせ (WF-2026-00412)")),
            ("Message-ID", "<wf.%s.00412@wf01.sorano-systems.co.jp>" % d.strftime("%Y%m%d%H%M%S")),
            ("X-Mailer", "sorano-workflow 2.3.1")]
    return 51, "hr-workflow-allowance", finish(body, top, hdrs), "unrelated", None, ["AWS11902366"], None, "ja"

@mail
def m052():
    d = at("2026-03-11 08:02:45")
    plain = """Qiita 今週のトレンド記事

・GitHub Actions の merge_group イベントで CI を高速化する
　https://qiita.com/sasaki_ci/items/3f1e0a7c2b9d44e1a0c2
・AWS CDK v2 で Bedrock Knowledge Base を 30 分で構築
　https://qiita.com/kaz_cdk/items/9a0c3b7e5f1d2e4c6b8a
・【初心者向け】AWS 認定試験の申し込みから合格後の手続きまで
　https://qiita.com/riko_aws/items/1c2e3a4b5d6f7e8a9b0c
・Rust で書く gRPC サーバー入門
　https://qiita.com/rust_taro/items/7d8e9f0a1b2c3d4e5f6a

配信停止: https://qiita.com/settings/notifications
Qiita 株式会社
"""
    body = alt(text(plain, cte="base64"), text("<html><body>" + plain.replace("\n", "<br>") + "</body></html>", "html", cte="base64"))
    top = gmail_top(ME_GMAIL, d, "bounce@mail.qiita.com", "54.240.%d.%d" % (RND.randint(0, 7), RND.randint(1, 250)), "a%d.smtp-out.ap-northeast-1.amazonses.com" % RND.randint(10, 99),
                    "dkim=pass header.i=@qiita.com header.s=qiita2025 header.b=ZpM4n1Qs;\n       SPF;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=qiita.com")
    hdrs = [("DKIM-Signature", dkim("qiita.com", "qiita2025")),
            ("Date", rfc(d)),
            ("From", "Qiita <noreply@qiita.com>"),
            ("To", ME_GMAIL),
            ("Subject", subj("今週のトレンド記事：GitHub Actions の merge_group イベントで CI を高速化する ほか")),
            ("Message-ID", ses_msgid(d).replace("email.amazonses.com", "ap-northeast-1.amazonses.com"))]
    return 52, "qiita-weekly", finish(body, top, hdrs), "unrelated", None, [], False, "ja"

@mail
def m053():
    d = at("2026-03-11 22:41:09")
    plain = """Hi Kenji,

You requested to merge the Credly account registered to %s into another Credly account.

Your verification code is: 583041

Enter this code on the merge screen, then select "Complete Account Merge" to finish. The code expires in 30 minutes. All badges from this account will then appear in the account you are signed in to.

If you did not request this, you can safely ignore this email and nothing will change.

The Credly Team
""" % ME_OLD
    body = text(plain)
    ip = "167.89.%d.%d" % (RND.randint(1, 120), RND.randint(1, 250))
    top = sonet_top(ME_OLD, d, "bounces+7712031-c3d0-%s@em.credly.com" % ME_OLD.replace("@", "="), ip, "o12.em.credly.com",
                    auth="spf=pass smtp.mailfrom=em.credly.com;\n\tdkim=pass header.d=credly.com header.s=s1;\n\tdmarc=pass (p=reject dis=none) header.from=credly.com")
    hdrs = [("DKIM-Signature", dkim("credly.com", "s1")),
            ("Date", rfc(d, UTC)),
            ("From", "Credly <admin@credly.com>"),
            ("To", ME_OLD),
            ("Subject", "Your Credly account merge verification code"),
            ("Message-ID", "<%s@credly.com>" % hx(32))]
    return 53, "credly-merge-code", finish(body, top, hdrs), "unrelated", None, [], True, "en"

@mail
def m054():
    d = at("2026-03-12 09:47:15")
    plain = """渡辺さん

ご対応ありがとうございます！
一覧から aws13358270 は外しておきますね。奨励金の申請も問題なく受け付けています。

佐藤

________________________________
差出人: 渡辺 健二 <k-watanabe@sorano-systems.co.jp>
送信日時: 2026年3月6日 金曜日 9:12
宛先: 佐藤 美咲 <m-sato@sorano-systems.co.jp>
件名: RE: 認定IDが2つある件（資格取得奨励金の集計）

佐藤さん

お待たせしました。AWS 側で1つにまとめてもらえました。
下が AWS サポートからの連絡です。今後は AWS11902366 だけになります。

渡辺

---- 転送メッセージ ----
From: Amazon Web Services <no-reply-aws@amazon.com>
件名: RE:[CASE %s] %s

担当チームより作業完了の報告がございましたのでお知らせいたします。AWS13358270 に登録されていた AWS Certified Developer - Associate の認定および受験履歴は、すべて AWS11902366 へ移行いたしました。
""" % (CASE2, CASE2_SUBJ)
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:游ゴシック,sans-serif;font-size:11pt\">" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in plain.split("\n\n")) + "</div></body></html>"
    body = alt(text(plain, cte="base64"), text(html, "html", cte="base64"))
    top = o365_internal_top(d, with_auth=True)
    hdrs = [("From", addr(*SATO)),
            ("To", addr(ME_NAME_JA, ME_WORK)),
            ("Subject", subj("RE: 認定IDが2つある件（資格取得奨励金の集計）")),
            ("Thread-Topic", subj("認定IDが2つある件（資格取得奨励金の集計）")),
            ("Thread-Index", "AQHcojR" + b64junk(14) + "AAMmK" + b64junk(6)),
            ("Date", rfc(d)),
            ("Message-ID", ol_msgid()),
            ("In-Reply-To", ol_msgid()),
            ("References", ol_msgid() + " " + ol_msgid()),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "ja-JP"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-AuthAs", "Internal")]
    return 54, "sato-re-two-ids-thanks", finish(body, top, hdrs), "unrelated", None, ["AWS13358270"], False, "ja"

@mail
def m055():
    d = at("2026-03-12 15:20:08")
    plain = """Daniel Okafor approved merge request !219 at Sorano Systems / infra / terraform-modules

Merge request URL: https://gitlab.com/sorano-systems/infra/terraform-modules/-/merge_requests/219
Title: Route Bedrock traffic through interface endpoint

--
You're receiving this email because of your account on gitlab.com.
"""
    body = alt(text(plain), text("<html><body>" + plain.replace("\n", "<br>") + "</body></html>", "html"))
    ip = "192.237.158.%d" % RND.randint(130, 150)
    top = o365_top(ME_WORK, d, "mg.gitlab.com", ip, "mail-158-%s.mg.gitlab.com" % ip.split(".")[-1],
                   o365_auth(ip, "mg.gitlab.com", "gitlab.com", "gitlab.com"))
    hdrs = [("DKIM-Signature", dkim("gitlab.com", "mailo")),
            ("Date", rfc(d, UTC)),
            ("From", '"Daniel Okafor (@dokafor)" <gitlab@mg.gitlab.com>'),
            ("To", ME_WORK),
            ("Message-ID", "<merge_request_391877013@gitlab.com>"),
            ("Subject", "Re: Sorano Systems / infra / terraform-modules | Route Bedrock traffic through interface endpoint (!219)"),
            ("X-GitLab-Project", "terraform-modules"),
            ("X-GitLab-MergeRequest-IID", "219"),
            ("X-GitLab-NotificationReason", "assigned"),
            ("Auto-Submitted", "auto-generated")]
    return 55, "gitlab-mr-219-approved", finish(body, top, hdrs), "unrelated", None, [], False, "en"

@mail
def m056():
    d = at("2026-03-13 04:40:55")
    plain = """Hello,

We are contacting you as we have identified that your AWS Account currently has one or more AWS Lambda functions using the Node.js 20 runtime.

We are ending support for Node.js 20 in Lambda on April 30, 2026. This follows Node.js 20 End-Of-Life (EOL) which is scheduled for April 30, 2026.

We recommend that you upgrade your existing Node.js 20 functions to Node.js 22 or Node.js 24 before April 30, 2026.

A list of your affected Lambda functions can be found in the 'Affected resources' tab of the AWS Health Dashboard.

If you have any questions or concerns, please reach out to AWS Support [1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
"""
    body = text(plain)
    top = aws_top_o365(ME_WORK, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services, Inc." <no-reply-aws@amazon.com>'),
        ("To", ME_WORK),
        ("Subject", "[Action Required] AWS Lambda end of support for Node.js 20 [AWS Account: 482177301956]"),
        ("Message-ID", ses_msgid(d))] + ses_tail(d, "us-west-2")
    return 56, "aws-health-lambda-node20", finish(body, top, hdrs), "unrelated", None, [], True, "en"

@mail
def m057():
    d = at("2026-03-13 18:02:40")
    plain = """FYI, mine went through too, three days after I confirmed. AWS07715230 is gone and the SA Pro now shows on AWS18844021. Thanks for the tip!

Daniel

________________________________
From: Amazon Web Services <%s>
Sent: Friday, March 13, 2026 4:31 PM
To: Daniel Okafor <daniel.okafor.dev@gmail.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Daniel,

We're writing to let you know that your certification accounts have now been merged. All certifications and exam history from AWS07715230 are available under AWS18844021, and AWS07715230 has been deactivated.

Please allow up to 5 business days for your Credly badges to be updated.

Best regards,
Marco T.
AWS Training and Certification Customer Service
""" % (FORM_ADDR, CASE_DANIEL)
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Aptos,Arial,sans-serif;font-size:11pt\">" + "".join("<p>%s</p>" % x.replace("\n", "<br>") for x in plain.split("\n\n")) + "</div></body></html>"
    body = alt(text(plain), text(html, "html"))
    top = o365_internal_top(d, with_auth=True)
    hdrs = [("From", addr(*DANIEL)),
            ("To", addr(ME_NAME, ME_WORK)),
            ("Subject", "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_DANIEL),
            ("Thread-Topic", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_DANIEL),
            ("Thread-Index", "AQHctB" + b64junk(15)),
            ("Date", rfc(d)),
            ("Message-ID", ol_msgid()),
            ("Accept-Language", "en-US, ja-JP"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-AuthAs", "Internal")]
    return 57, "daniel-fw-his-merge-done", finish(body, top, hdrs), "unrelated", CASE_DANIEL, ["AWS07715230", "AWS18844021"], False, "en"

@mail
def m058():
    d = at("2026-03-14 02:15:00")
    plain = """DevOps Weekly Issue #742

Hello,

This week: merge queues at scale, a look at OpenTofu 1.10 state encryption, and why your platform team needs a paved road for secrets.

-- Links --

How we cut merge-to-deploy time by 40% with a merge queue
https://engineering.example-fintech.com/merge-queue

OpenTofu 1.10: state encryption in practice
https://opentofu.org/blog/state-encryption-in-practice

Consolidating three AWS Organizations into one: lessons learned
https://blog.cloudplatform.dev/consolidating-aws-organizations

You're receiving this because you subscribed at devopsweekly.com. Unsubscribe: https://devopsweekly.com/unsubscribe
"""
    body = text(plain)
    ip = "198.2.%d.%d" % (RND.randint(128, 191), RND.randint(1, 250))
    top = gmail_top(ME_GMAIL, d, "bounce-mc.us5_1234567.4411-kenji.watanabe.dev=gmail.com@mail%d.suw12.mcsv.net" % RND.randint(10, 99), ip, "mail%s.suw12.mcsv.net" % ip.split(".")[-1],
                    "dkim=pass header.i=@mcsv.net header.s=k3 header.b=Ux8Pq2Lm;\n       SPF;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=devopsweekly.com")
    hdrs = [("DKIM-Signature", dkim("mcsv.net", "k3")),
            ("Date", rfc(d, UTC)),
            ("From", "DevOps Weekly <gareth@devopsweekly.com>"),
            ("To", ME_GMAIL),
            ("Subject", "DevOps Weekly Issue #742"),
            ("Message-ID", "<%s@mail%d.suw12.mcsv.net>" % (hx(24), RND.randint(10, 99))),
            ("List-Unsubscribe", "<https://devopsweekly.com/unsubscribe>")]
    return 58, "devops-weekly", finish(body, top, hdrs), "unrelated", None, [], False, "en"

@mail
def m059():
    d = at("2026-03-14 09:30:27")
    plain = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the listing you asked about (ASIN B0CX8Z2L1Q, "Raspberry Pi 5 aluminium case with fan, black"). The listing was suppressed because the main image did not meet our image requirements (the product must fill at least 85% of the image on a pure white background).

Once you upload a compliant main image in Manage Inventory, the listing will be reactivated automatically, usually within 15 minutes.

Was this information helpful? Please let us know by selecting one of the links below:
https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=6120457789&answer=yes
https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=6120457789&answer=no

Best regards,
Rahul
Amazon Selling Partner Support

To view your case or reply, visit Seller Central: https://sellercentral.amazon.com/cu/case-lobby?caseID=6120457789
"""
    body = text(plain)
    top = aws_top_gmail(ME_GMAIL, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", "Amazon Seller Central <seller-notification@amazon.com>"),
        ("To", ME_GMAIL),
        ("Subject", "RE:[CASE 6120457789] Listing suppressed: ASIN B0CX8Z2L1Q"),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 59, "seller-central-listing-case", finish(body, top, hdrs), "unrelated", "6120457789", [], True, "en"

@mail
def m060():
    d = at("2026-03-15 10:20:44")
    plain = """Hello Kenji,

Thank you for getting back in touch, and sorry that this is causing you trouble.

I can see the Cloud Practitioner record on AWS11902366, but you are right that the 50%% exam discount that was still open on the retired profile is not listed under Benefits. I have raised this with our benefits team so they can look at why it was not carried across and reissue it if needed.

I'll update you here as soon as I hear back, normally within 1-2 business days. There is no need to open a new case.

Kind regards,

Priya S.
AWS Training and Certification Customer Service

> On Fri, Mar 13, 2026 at 8:44 PM Kenji Watanabe <%s> wrote:
> Hi Priya,
> Sorry to reopen this. The unused 50%% voucher from AWS 04417852 doesn't
> appear on my current profile. Could you check?
> Kenji
""" % (ME_GMAIL,)
    body = text(plain.replace("%%", "%"), cte="base64")
    top = aws_top_gmail(ME_GMAIL, d)
    hdrs = aws_dkim() + [
        ("Date", rfc(d, UTC)),
        ("From", '"Amazon Web Services" <%s>' % FORM_ADDR),
        ("To", ME_GMAIL),
        ("Subject", CASE1_SUBJ),
        ("Message-ID", ses_msgid(d))] + ses_tail(d)
    return 60, "tc-case-voucher-check", finish(body, top, hdrs), "support_reply", CASE1, ["AWS11902366"], True, "en"

# ---------------------------------------------------------------- run
if __name__ == "__main__":
    import sys
    for fn in MAILS:
        r = fn()
        save(*r)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(LABELS), "mails")
