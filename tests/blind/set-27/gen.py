#!/usr/bin/env python3
"""Generator for blind set 27 (Japanese-heavy AWS Certification account-merge mail)."""
import base64
import io
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2727)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

MAILS = []


# ---------------------------------------------------------------- helpers
def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(R.choice(a) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def cid15(dt):
    return f"{int(dt.timestamp())}{R.randint(0, 99999):05d}"


def ses_mid(dt):
    ms = int(dt.timestamp() * 1000)
    return f"<0100{ms:012x}-{ruuid()}-000000@email.amazonses.com>"


def ses_mailfrom(dt):
    ms = int(dt.timestamp() * 1000)
    return f"0100{ms:012x}-{ruuid()}-000000@amazonses.com"


SES_HOSTS = [("a8-31.smtp-out.amazonses.com", "54.240.8.31"),
             ("a48-109.smtp-out.amazonses.com", "54.240.48.109"),
             ("a11-22.smtp-out.amazonses.com", "54.240.11.22"),
             ("a9-87.smtp-out.amazonses.com", "54.240.9.87"),
             ("a27-12.smtp-out.us-west-2.amazonses.com", "54.240.27.12")]


def fold_ascii(v):
    return v


def enc_hdr(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name="Subject").encode(maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def text_part(text, charset="utf-8", cte="base64", subtype="plain", codec=None):
    codec = codec or {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp"}.get(charset.lower(), charset)
    text = text.replace("\r\n", "\n")
    if codec == "iso2022_jp":
        data = b"\n".join(l.encode("iso2022_jp") for l in text.split("\n"))
    else:
        data = text.encode(codec)
    p = Message()
    p["Content-Type"] = f'text/{subtype}; charset="{charset}"' if R.random() < .6 else f"text/{subtype}; charset={charset}"
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def alt(plain, html, charset="utf-8", cte="quoted-printable", cte_html=None):
    m = MIMEMultipart("alternative", boundary=f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}")
    m.attach(text_part(plain, charset, cte))
    m.attach(text_part(html, charset, cte_html or cte, "html"))
    return m


def dkim(domain, sel, dt, hdrs="From:To:Subject:MIME-Version:Content-Type:Date:Message-ID"):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={domain}; t={int(dt.timestamp())};\n"
            f"\th={hdrs};\n\tbh={rb64(43)}=;\n\tb={rb64(76)}\n\t{rb64(76)}\n\t{rb64(50)}=")


# provider -> authserv-id and received-by host
PROV = {
    "gmail": ("mx.google.com", "mx.google.com"),
    "outlook": (None, "OS0P286MB0123.JPNP286.PROD.OUTLOOK.COM"),
    "docomo": ("mfsmax.docomo.ne.jp", "mfsmax.docomo.ne.jp"),
    "au": ("mx-in.au.com", "lsmtp.au.com"),
    "softbank": ("mx.i.softbank.jp", "mx1.i.softbank.jp"),
    "yahoo": ("mx.mail.yahoo.co.jp", "mta520.mail.kks.yahoo.co.jp"),
    "nifty": ("mx.nifty.com", "mta-snd-e05.mail.nifty.com"),
    "biglobe": ("mx.biglobe.ne.jp", "mfilter1.biglobe.ne.jp"),
    "sonet": ("mx.so-net.ne.jp", "mx01.so-net.ne.jp"),
    "ocn": ("mf.ocn.ne.jp", "mfgw03.ocn.ad.jp"),
    "iij": ("iij4u.or.jp", "mbox.iij4u.or.jp"),
}


def ar_value(prov, a):
    """a: dict spf, mailfrom, ip, dkim (list of (res, d)), dmarc, from_dom"""
    spf, mf, ip = a["spf"], a["mailfrom"], a["ip"]
    mfdom = mf.split("@")[-1]
    if prov == "gmail":
        parts = []
        for res, d in a["dkim"]:
            parts.append(f"dkim={res} header.i=@{d} header.s={a.get('sels', {}).get(d, a.get('sel', 'k1'))} header.b={rb64(8)}")
        if spf == "pass":
            parts.append(f"spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}")
        else:
            parts.append(f"spf={spf} (google.com: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf}")
        pol = a.get("pol", "p=QUARANTINE sp=QUARANTINE dis=NONE")
        if a["dmarc"] == "fail":
            pol = a.get("pol", "p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")
        if a["dmarc"] == "none":
            parts.append(f"dmarc=none header.from={a['from_dom']}")
        else:
            parts.append(f"dmarc={a['dmarc']} ({pol}) header.from={a['from_dom']}")
        return "mx.google.com;\n       " + ";\n       ".join(parts)
    if prov == "outlook":
        spfp = f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfdom}"
        if a["dkim"]:
            res, d = a["dkim"][0]
            dk = f"dkim={res} (signature was verified)\n header.d={d}" if res == "pass" else f"dkim={res} (no signature)\n header.d=none"
        else:
            dk = "dkim=none (message not signed)\n header.d=none"
        if a["dmarc"] == "pass":
            dm = f"dmarc=pass action=none\n header.from={a['from_dom']};compauth=pass reason=100"
        elif a["dmarc"] == "fail":
            dm = f"dmarc=fail action=quarantine\n header.from={a['from_dom']};compauth=fail reason=000"
        else:
            dm = f"dmarc=none action=none\n header.from={a['from_dom']};compauth=softpass reason=201"
        return f"{spfp}; {dk};{dm}"
    sid = PROV[prov][0]
    parts = [f"spf={spf} smtp.mailfrom={mf}"]
    for res, d in a["dkim"]:
        parts.append(f"dkim={res} header.d={d}" + (f" header.s={a.get('sel','k1')}" if prov in ("docomo", "biglobe", "iij") else ""))
    if not a["dkim"]:
        parts.append("dkim=none")
    dm = f"dmarc={a['dmarc']} header.from={a['from_dom']}"
    if prov in ("docomo", "yahoo", "ocn"):
        dm = f"dmarc={a['dmarc']} (p={a.get('p','quarantine')} dis={'none' if a['dmarc']=='pass' else a.get('p','quarantine')}) header.from={a['from_dom']}"
    parts.append(dm)
    if prov in ("yahoo", "nifty", "sonet"):
        return f"{sid};\n\t" + ";\n\t".join(parts)
    return f"{sid}; " + ";\n\t".join(parts)


def trace(prov, rcpt, dt, a, src_host, src_ip, envfrom, forged=None):
    """returns header list (name, value), top first"""
    rd = dt + timedelta(seconds=R.randint(1, 9))
    H = []
    if prov == "gmail":
        rdl = rd.astimezone(PDT if 3 < rd.month < 11 else PST)
        tzn = "PDT" if rdl.utcoffset() == timedelta(hours=-7) else "PST"
        H.append(("Delivered-To", rcpt))
        H.append(("Received", f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(3)}csp{R.randint(100000,9999999)};\n        {format_datetime(rdl)} ({tzn})"))
        if a is not None and R.random() < .5:
            H.append(("ARC-Authentication-Results", "i=1; " + ar_value(prov, a)))
        H.append(("Return-Path", f"<{envfrom}>"))
        H.append(("Received", f"from {src_host} ({src_host}. [{src_ip}])\n        by mx.google.com with ESMTPS id {rhex(16)}si{R.randint(100000,9999999)}.{R.randint(10,400)}.{rd.year}.{rd.month:02d}.{rd.day:02d}.{rd.hour:02d}.{rd.minute:02d}.{rd.second:02d}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {format_datetime(rdl)} ({tzn})"))
        if a is not None:
            H.append(("Received-SPF", f"{a['spf']} (google.com: domain of {envfrom} {'designates' if a['spf']=='pass' else 'does not designate'} {src_ip} as permitted sender) client-ip={src_ip};"))
            H.append(("Authentication-Results", ar_value(prov, a)))
    elif prov == "outlook":
        ru = rd.astimezone(UTC)
        H.append(("Received", f"from TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com (2603:1096:400:{rhex(3)}::{R.randint(1,9)}) by\n OS3PR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com with HTTPS; {format_datetime(ru, usegmt=False)}"))
        H.append(("Received", f"from OS0P286CA{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:{rhex(2)}::{R.randint(1,20)}) by\n TYCPR01MB{R.randint(1000,9999)}.jpnprd01.prod.outlook.com (2603:1096:400:{rhex(3)}::{R.randint(1,9)}) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9300)}.{R.randint(10,40)}; {format_datetime(ru)}"))
        if a is not None:
            H.append(("Authentication-Results", ar_value(prov, a)))
            H.append(("Received-SPF", f"{a['spf'].capitalize()} (protection.outlook.com: domain of\n {envfrom.split('@')[-1]} {'designates' if a['spf']=='pass' else 'does not designate'} {src_ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={src_ip}; helo={src_host}; pr=C"))
        H.append(("Received", f"from {src_host} ({src_ip}) by\n OS1PEPF0000{R.randint(1000,9999)}.mail.protection.outlook.com (10.167.{R.randint(1,250)}.{R.randint(1,250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9300)}.{R.randint(10,40)} via Frontend\n Transport; {format_datetime(ru)}"))
    else:
        by = PROV[prov][1]
        rj = rd.astimezone(JST)
        H.append(("Return-Path", f"<{envfrom}>"))
        if a is not None and prov in ("docomo", "yahoo", "ocn", "iij"):
            H.append(("Authentication-Results", ar_value(prov, a)))
        H.append(("Received", f"from {src_host} ({src_host} [{src_ip}])\n\tby {by} (Postfix) with ESMTPS id 4b{rb64(10).replace('+','x').replace('/','z')}\n\tfor <{rcpt}>; {format_datetime(rj)} (JST)"))
        if a is not None and prov not in ("docomo", "yahoo", "ocn", "iij"):
            H.append(("Authentication-Results", ar_value(prov, a)))
    if forged:
        H.append(("Authentication-Results", forged))
    return H


def build(fname, meta, headers, body):
    body["MIME-Version"] = "1.0"
    # move MIME-Version first among body headers
    mv = body["MIME-Version"]
    del body["MIME-Version"]
    items = body._headers[:]
    body._headers = [("MIME-Version", mv)] + items
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    raw = buf.getvalue()
    hdr_txt = "".join(f"{n}: {v}\n" for n, v in headers)
    data = hdr_txt.encode("ascii") + raw
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)


def add(slug, kind, case_id, ids, verified, lang, dt, frm, to, subject, body,
        prov, auth="pass_amazon", subj_cs="utf-8", sender="ses", irt=None, refs=None,
        extra=None, forged=None, mid=None, rcpt=None, dkim_domains=None):
    MAILS.append(dict(slug=slug, kind=kind, case_id=case_id, ids=sorted(set(ids)), verified=verified, lang=lang,
                      dt=dt, frm=frm, to=to, subject=subject, body=body, prov=prov, auth=auth, subj_cs=subj_cs,
                      sender=sender, irt=irt, refs=refs, extra=extra or [], forged=forged, mid=mid, rcpt=rcpt,
                      dkim_domains=dkim_domains))


def auth_for(kind, dt, sender_dom="amazon.com"):
    if kind == "pass_amazon":
        mf = ses_mailfrom(dt)
        h, ip = R.choice(SES_HOSTS)
        return dict(spf="pass", mailfrom=mf, ip=ip, dkim=[("pass", sender_dom), ("pass", "amazonses.com")],
                    dmarc="pass", from_dom=sender_dom, sel="rjt5p5ywqwrfmpkf4fcicqpq5ek7ib2"), h, ip, mf
    raise ValueError


def render(m, n):
    dt = m["dt"]
    sender = m["sender"]
    frm_addr = m["frm"][1]
    frm_dom = frm_addr.split("@")[1]
    rcpt = m["rcpt"] or m["to"][1]
    auth = m["auth"]
    dkim_domains = m["dkim_domains"]
    if sender == "ses":
        mf = ses_mailfrom(dt)
        host, ip = R.choice(SES_HOSTS)
        if dkim_domains is None:
            dkim_domains = [(frm_dom, "rjt5p5ywqwrfmpkf4fcicqpq5ek7ib2" if frm_dom == "amazon.com" else "224i4yxa5dv7c2xz3womw6peuasteono"),
                            ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")]
        mid = m["mid"] or ses_mid(dt)
    elif sender == "credly":
        mf = f"bounces+{R.randint(1000000,9999999)}-{rhex(4)}-{rcpt.replace('@','=')}@em.credly.com"
        host, ip = f"o{R.randint(1,9)}.em.credly.com", f"167.89.{R.randint(1,120)}.{R.randint(2,250)}"
        if dkim_domains is None:
            dkim_domains = [("credly.com", "s1"), ("sendgrid.info", "smtpapi")]
        mid = m["mid"] or f"<{rb64(22).replace('/','_').replace('+','-')}@geopod-ismtpd-{R.randint(1,30)}>"
    else:
        # dict(mailfrom, host, ip, mid_dom)
        mf = sender["mailfrom"]
        host, ip = sender["host"], sender["ip"]
        if dkim_domains is None:
            dkim_domains = sender.get("dkim", [])
        mid = m["mid"] or f"<{sender.get('mid_fmt', '{r}@{d}').format(r=rhex(24), d=frm_dom)}>"
    if isinstance(auth, str) and auth == "pass_amazon":
        a = dict(spf="pass", mailfrom=mf, ip=ip, dkim=[("pass", d) for d, _ in dkim_domains], dmarc="pass",
                 from_dom=frm_dom, sel=dkim_domains[0][1] if dkim_domains else "k1", sels=dict(dkim_domains))
    elif auth is None:
        a = None
    else:
        a = dict(mailfrom=mf, ip=ip, from_dom=frm_dom, sel=dkim_domains[0][1] if dkim_domains else "k1")
        a.update(auth)
    H = trace(m["prov"], rcpt, dt, a, host, ip, mf, forged=m["forged"])
    for d, sel in dkim_domains:
        H.append(("DKIM-Signature", dkim(d, sel, dt)))
    cs = m["subj_cs"]
    H.append(("From", addr(m["frm"][0], frm_addr, cs if cs != "shift_jis" else "iso-2022-jp")))
    H.append(("To", addr(m["to"][0], m["to"][1], cs if cs != "shift_jis" else "iso-2022-jp")))
    H.append(("Subject", enc_hdr(m["subject"], cs if cs != "shift_jis" else "iso-2022-jp")))
    H.append(("Date", format_datetime(dt)))
    H.append(("Message-ID", mid))
    if m["irt"]:
        H.append(("In-Reply-To", m["irt"]))
    if m["refs"]:
        H.append(("References", m["refs"]))
    if sender == "ses":
        H.append(("Feedback-ID", f"::1.us-east-1.{rb64(43).replace('/','')}=:AmazonSES"))
        H.append(("X-SES-Outgoing", f"{dt.astimezone(UTC).strftime('%Y.%m.%d')}-{ip}"))
    H.extend(m["extra"])
    fname = f"{n:03d}-{m['slug']}.eml"
    build(fname, m, H, m["body"])
    return fname


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CREDLY = ("Amazon Web Services Training and Certification via Credly", "admin@credly.com")


def form_subj(cid, re="RE:"):
    return f"{re}[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"


exec(open(os.path.join(OUT, "content.py"), encoding="utf-8").read())

if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    R.shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fn = render(m, n)
        labels[fn] = {"kind": m["kind"], "case_id": m["case_id"], "account_ids": m["ids"],
                      "sender_verified": m["verified"], "language": m["lang"]}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(labels))
