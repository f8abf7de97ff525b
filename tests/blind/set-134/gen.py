#!/usr/bin/env python3
"""Generator for blind set 134 (Japanese confirmation requests and look-alikes)."""
import base64, quopri, random, json, os, io, uuid, hashlib, textwrap
from datetime import datetime, timezone, timedelta
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP as CS_QP, BASE64 as CS_B64
from email.generator import BytesGenerator
from email.utils import format_datetime, formataddr
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(134)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
LABELS = {}
MAILS = []

CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
         'us-ascii': 'ascii', 'iso-8859-1': 'utf-8', 'windows-1252': 'utf-8'}


def D(s):
    """dedent helper: strip first newline, dedent."""
    return textwrap.dedent(s).lstrip('\n')


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'


def jst(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=JST)


def cid15(open_dt, suffix):
    return '%d%s' % (int(open_dt.timestamp()), suffix)


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ses_id(dt, region=None):
    ms = int(dt.timestamp() * 1000) - R.randint(200, 1500)
    dom = 'email.amazonses.com' if region is None else '%s.amazonses.com' % region
    return '<0100%012x-%s-000000@%s>' % (ms, str(uuid.UUID(int=R.getrandbits(128))), dom)


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, fmt_flowed=False):
    """Build a text part; `label` overrides the declared charset (wrong-label cases)."""
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
    if fmt_flowed:
        p.set_param('format', 'flowed')
    data = text.encode(CODEC[charset])
    if cte == 'base64':
        payload = base64.encodebytes(data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')).decode()
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode()
    elif cte == '7bit':
        payload = data.decode('ascii')
    else:  # 8bit
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(*parts, sub='alternative'):
    style = R.randint(0, 2)
    if style == 0:
        b = '000000000000%s' % rhex(16)
    elif style == 1:
        b = '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(100000000, 2147483647), R.randint(1735689600000, 1790000000000))
    else:
        b = '_%s_' % rhex(24).upper()
    m = MIMEMultipart(sub, boundary=b)
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m


def subj(*pieces):
    """pieces: (text, charset) or plain ascii str; returns folded encoded header."""
    h = Header(header_name='Subject')
    for pc in pieces:
        if isinstance(pc, str):
            h.append(pc, 'us-ascii')
        else:
            t, cs = pc
            if cs == 'utf-8-q':
                c = Charset('utf-8'); c.header_encoding = CS_QP
                h.append(t, c)
            else:
                h.append(t, cs)
    return h.encode(maxlinelen=76)


def addr(name, a, cs='utf-8'):
    if name is None:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


# ---------------------------------------------------------------- senders
def aws_sender(region=None):
    ip = R.choice(['54.240.8.%d' % R.randint(10, 95), '54.240.27.%d' % R.randint(10, 60),
                   '54.240.48.%d' % R.randint(90, 120), '23.251.234.%d' % R.randint(2, 60)])
    helo = 'a%s-%s.smtp-out.%samazonses.com' % (ip.split('.')[2], ip.split('.')[3], (region + '.') if region else '')
    return dict(from_domain='amazon.com', ses=True, region=region, ip=ip, helo=helo,
                dkim=[('amazon.com', 'rjt5u7ijv3yhwe4hpj2oewf7fn7gwcut'),
                      ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono' if region is None else '7v7vs6w47njt4pimodk5mmttbegzsi6n')],
                spf='pass', dkim_res='pass', dmarc='pass', policy='QUARANTINE')


def credly_sender():
    ip = '149.72.%d.%d' % (R.randint(120, 200), R.randint(2, 250))
    return dict(from_domain='credly.com', ses=False, mailfrom='bounces+%d-%s-%s@em7512.credly.com',
                ip=ip, helo='o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)),
                dkim=[('credly.com', 's1')], spf='pass', dkim_res='pass', dmarc='pass', policy='REJECT')


def generic_sender(domain, mailfrom_domain=None, ip=None, helo=None, spf='pass', dkim_res='pass',
                   dmarc='pass', policy='NONE', dkim_domain=None, selector='selector1'):
    return dict(from_domain=domain, ses=False, mailfrom_domain=mailfrom_domain or domain,
                ip=ip or '%d.%d.%d.%d' % (R.choice([40, 52, 104, 209, 185]), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                helo=helo or ('mail.' + (mailfrom_domain or domain)),
                dkim=[(dkim_domain or domain, selector)] if dkim_res != 'none' else [],
                spf=spf, dkim_res=dkim_res, dmarc=dmarc, policy=policy)


def mailfrom_of(s, dt, from_addr):
    if s.get('ses'):
        ms = int(dt.timestamp() * 1000)
        dom = 'email.amazonses.com' if not s.get('region') else '%s.amazonses.com' % s['region']
        return '0100%012x-%s-000000@%s' % (ms, str(uuid.UUID(int=R.getrandbits(128))), dom)
    if 'mailfrom' in s:
        return s['mailfrom'] % (R.randint(1000000, 9999999), rhex(8), 'x')
    local = from_addr.split('@')[0] if '@' in from_addr else 'bounce'
    return 'bounce-%s@%s' % (rhex(6), s['mailfrom_domain']) if s['mailfrom_domain'] != s['from_domain'] else '%s@%s' % (local, s['mailfrom_domain'])


def fmt_tz(dt, tz, tzname=None):
    s = format_datetime(dt.astimezone(tz))
    return s + (' (%s)' % tzname if tzname else '')


def trace(profile, to_addr, dt, s, from_addr):
    """Return (received+auth headers list, mailfrom)."""
    H = []
    if s is None:
        return H, None
    mf = mailfrom_of(s, dt, from_addr)
    mfd = mf.split('@')[1]
    t1 = dt + timedelta(seconds=R.randint(1, 4))
    dk = s['dkim']
    if profile == 'gmail':
        H.append(('Delivered-To', to_addr))
        H.append(('Received', 'by 2002:a05:6%03x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s'
                  % (R.randint(0, 4095), R.randint(4096, 65535), R.randint(256, 4095), R.randint(256, 4095), R.randint(256, 4095),
                     'x%dcsp%d%s' % (R.randint(10, 99), R.randint(100000, 9999999), R.choice(['pxb', 'wrb', 'lqb', 'rwb'])),
                     fmt_tz(t1, PDT, 'PDT'))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(48)[:86]))
        H.append(('X-Received', 'by 2002:a05:620a:%x:b0:%x:%x with SMTP id %s.%d.%d;\n        %s'
                  % (R.randint(256, 65535), R.randint(256, 4095), R.randint(256, 4095), rhex(12), R.randint(1, 9), int(t1.timestamp()) - R.randint(0, 3), fmt_tz(t1, PDT, 'PDT'))))
        H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                  % (int(t1.timestamp()), rb64(96))))
        H.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n       ' + gmail_ar_body(s, mf)))
        H.append(('Return-Path', '<%s>' % mf))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (s['helo'], s['helo'], s['ip'], rhex(22), R.randint(1, 9), t1.astimezone(PDT).year, '%02d.%02d' % (t1.astimezone(PDT).month, t1.astimezone(PDT).day), to_addr, fmt_tz(t1, PDT, 'PDT'))))
        H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                  % (s['spf'], mf, 'designates' if s['spf'] == 'pass' else 'does not designate', s['ip'], s['ip'])))
        H.append(('Authentication-Results', 'mx.google.com;\n       ' + gmail_ar_body(s, mf)))
    elif profile in ('outlook', 'o365'):
        host = 'OS%dPR01MB%d' % (R.randint(0, 9), R.randint(1000, 9999))
        H.append(('Received', 'from %s.jpnprd01.prod.outlook.com (2603:1096:%x:%x::%x) by\n %s.jpnprd01.prod.outlook.com with HTTPS; %s'
                  % (host, R.randint(256, 4095), R.randint(16, 255), R.randint(1, 255), host.replace('PR01', 'PR01'), format_datetime(t1.astimezone(UTC)))))
        H.append(('Received', 'from TY%dEPF%08X.apcprd%02d.prod.outlook.com\n (2603:1096:%x::%x) by %s.jpnprd01.prod.outlook.com\n (2603:1096:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                  % (R.randint(1, 9), R.getrandbits(32), R.randint(1, 9), R.randint(256, 4095), R.randint(1, 255), host,
                     R.randint(256, 4095), R.randint(16, 255), R.randint(1, 255), R.randint(8000, 9400), R.randint(10, 40), format_datetime(t1.astimezone(UTC)))))
        H.append(('Authentication-Results', outlook_ar_body(s, mf)))
        H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                  % ('Pass' if s['spf'] == 'pass' else 'Fail', mfd, 'designates' if s['spf'] == 'pass' else 'does not designate', s['ip'], s['ip'], s['helo'])))
        H.append(('Received', 'from %s (%s) by\n TY%dEPF%08X.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s'
                  % (s['helo'], s['ip'], R.randint(1, 9), R.getrandbits(32), R.randint(1, 250), R.randint(1, 250), R.randint(8000, 9400), R.randint(10, 40), format_datetime(t1.astimezone(UTC)))))
        H.append(('X-MS-Exchange-Organization-AuthSource', 'TY%dEPF%08X.apcprd%02d.prod.outlook.com' % (R.randint(1, 9), R.getrandbits(32), R.randint(1, 9))))
        H.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        H.append(('X-MS-Exchange-Organization-SCL', '1' if s['dmarc'] == 'pass' else '5'))
        H.append(('Return-Path', mf))
    else:  # japanese providers / fastmail
        authserv, mta = {
            'nifty': ('nifty.com', 'mta-ssp%03d.nifty.com' % R.randint(1, 40)),
            'biglobe': ('biglobe.ne.jp', 'rcv-mx%02d.biglobe.ne.jp' % R.randint(1, 20)),
            'docomo': ('mfsmax.docomo.ne.jp', 'mfsmax.docomo.ne.jp'),
            'sonet': ('mx.so-net.ne.jp', 'mx%02d.so-net.ne.jp' % R.randint(1, 20)),
            'ocn': ('ocn.ne.jp', 'mfgw%02d.ocn.ad.jp' % R.randint(1, 30)),
            'sakura': ('www%d.sakura.ne.jp' % R.randint(1000, 9999), 'www%d.sakura.ne.jp' % R.randint(1000, 9999)),
            'fastmail': ('mx%d.messagingengine.com' % R.randint(1, 8), 'mx%d.messagingengine.com' % R.randint(1, 8)),
        }[profile]
        H.append(('Return-Path', '<%s>' % mf))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                  % (s['helo'], s['helo'], s['ip'], mta, rhex(11).upper(), to_addr, format_datetime(t1.astimezone(JST)))))
        if profile == 'fastmail':
            ar = fastmail_ar_body(authserv, s, mf)
        else:
            ar = '%s; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.i=@%s;\n\tdmarc=%s header.from=%s' % (
                authserv, s['spf'], mf, s['dkim_res'], dk[0][0] if dk else 'none', s['dmarc'], s['from_domain'])
        H.append(('Authentication-Results', ar))
    return H, mf


def gmail_ar_body(s, mf):
    parts = []
    for d, sel in s['dkim']:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (s['dkim_res'], d, sel, rb64(6)[:8]))
    if not s['dkim']:
        pass
    spf_txt = ('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, s['ip'], mf)
               if s['spf'] == 'pass' else
               'spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (s['spf'], mf, s['ip'], mf))
    parts.append(spf_txt)
    disp = 'NONE' if s['dmarc'] == 'pass' else s['policy']
    parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (s['dmarc'], s['policy'], s['policy'], disp, s['from_domain']))
    return ';\n       '.join(parts)


def outlook_ar_body(s, mf):
    mfd = mf.split('@')[1]
    dk = s['dkim']
    spf = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (s['spf'], s['ip'], mfd)
    if dk:
        dkim = 'dkim=%s (%s)\n header.d=%s;' % (s['dkim_res'], 'signature was verified' if s['dkim_res'] == 'pass' else 'signature did not verify', dk[0][0])
    else:
        dkim = 'dkim=none (message not signed)\n header.d=none;'
    act = 'none' if s['dmarc'] == 'pass' else ('quarantine' if s['policy'] == 'QUARANTINE' else 'none')
    dm = 'dmarc=%s action=%s\n header.from=%s;' % (s['dmarc'], act, s['from_domain'])
    ca = {'pass': 'compauth=pass reason=100', 'none': 'compauth=softpass reason=201'}.get(s['dmarc'], 'compauth=fail reason=000')
    return spf + dkim + dm + ca


def fastmail_ar_body(authserv, s, mf):
    out = ['%s;' % authserv]
    for d, sel in s['dkim']:
        out.append('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;' % (s['dkim_res'], d, d, rb64(6)[:8], sel))
    out.append('dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;' % (s['dmarc'], s['policy'].lower(), s['policy'].lower(), s['from_domain']))
    out.append('spf=%s smtp.mailfrom=%s smtp.helo=%s' % (s['spf'], mf, s['helo']))
    return '\n    '.join(out)


def dkim_sigs(s, dt):
    out = []
    if s is None:
        return out
    for d, sel in s['dkim']:
        out.append(('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=From:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n\tbh=%s;\n\tb=%s'
                    % (sel, d, int(dt.timestamp()), rb64(32), rb64(128))))
    return out


def build(fn, label, *, frm, to, subject, date, body, profile='gmail', sender='aws',
          msgid=None, irt=None, refs=None, cc=None, reply_to=None, extra_top=(), extra=(), date_tz=UTC,
          lower_forged=None):
    if sender == 'aws':
        sender = aws_sender()
    elif sender == 'aws-usw2':
        sender = aws_sender('us-west-2')
    elif sender == 'credly':
        sender = credly_sender()
    from_addr = frm.split('<')[-1].rstrip('>') if '<' in frm else frm
    to_addr = to.split('<')[-1].rstrip('>') if '<' in to else to
    hdrs = []
    if profile != 'none':
        th, mf = trace(profile, to_addr, date, sender, from_addr)
        hdrs += list(extra_top)
        hdrs += th
    else:
        hdrs += list(extra_top)
    if lower_forged:
        hdrs.append(('Authentication-Results', lower_forged))
    hdrs += dkim_sigs(sender, date) if sender else []
    if msgid is None:
        msgid = ses_id(date, sender.get('region') if sender and sender.get('ses') else None) if sender and sender.get('ses') else \
            '<%s@%s>' % (rhex(24), from_addr.split('@')[1])
    hdrs += [('From', frm), ('To', to)]
    if cc:
        hdrs.append(('Cc', cc))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs += [('Subject', subject), ('Date', format_datetime(date.astimezone(date_tz))), ('Message-ID', msgid)]
    if irt:
        hdrs.append(('In-Reply-To', irt))
    if refs:
        hdrs.append(('References', refs))
    hdrs += list(extra)
    # move body's own headers (Content-Type etc.) after ours
    own = [(k, v) for k, v in body.items()]
    for k in set(k for k, _ in own):
        del body[k]
    for k, v in hdrs:
        body[k] = v
    if 'MIME-Version' not in [k for k, _ in own]:
        body['MIME-Version'] = '1.0'
    for k, v in own:
        body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=policy.compat32.clone(linesep='\r\n')).flatten(body)
    data = buf.getvalue()
    assert fn not in LABELS, fn
    kind, case_id, accts, sv, lang = label
    LABELS[fn] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(accts)),
                  'sender_verified': sv, 'language': lang}
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(data)
    return msgid


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def console_footer_ja(case_id):
    return D('''
    このやり取りについて評価をお願いします。以下のリンクから、5 段階でご評価いただけます。
    https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

    ケースの詳細の確認、および返信は、AWS サポートセンターから行ってください:
    https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

    *このメールは送信専用アドレスから送信されています。このメールに返信されても、内容を確認することはできません。*

    Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
    ''') % (case_id, case_id)


def form_footer_ja():
    return D('''
    ※ ご返信の際は、件名のケース番号を変更せずにこのメールへ直接ご返信ください。
    ※ 同じご依頼で新しいケースを作成されますと、対応が遅れる場合がございます。
    ''')


def write_labels():
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2)
    print('wrote', len(LABELS), 'mails')


# ================================================================ MAILS
# ---------------------------------------------------------------- 001
_o = jst(2025, 5, 26, 22, 14, 7); C001 = cid15(_o, '00417')
build('001-form-reply-tanaka.eml',
      ('merge_confirmation_requested', C001, ['AWS04417329', 'AWS07731068'], True, 'ja'),
      frm=AWS_FORM, to='misaki.tanaka.0412@gmail.com',
      subject='RE:[CASE %s] %s' % (C001, FORM_SUBJ), date=jst(2025, 5, 27, 16, 48, 12),
      profile='gmail', sender='aws',
      body=part(D('''
      田中 美咲 様

      AWS トレーニングと認定 カスタマーサポートの中村でございます。
      このたびはお問い合わせいただき、誠にありがとうございます。

      お客様よりご連絡いただいた認定アカウントを確認いたしました。
      現在、田中様のお名前で以下の 2 つのアカウントが存在しております。

        ・AWS04417329(サインイン用メール: misaki.tanaka.0412@gmail.com)
        ・AWS07731068(サインイン用メール: m-tanaka@kaiun-logi.co.jp)

      AWS07731068 に記録されている認定資格と受験履歴をすべて AWS04417329 へ移し、
      AWS07731068 はその後ご利用いただけなくなります。
      なお、この処理は一度実施すると取り消すことができません。

      上記の内容で統合を進めてよろしいでしょうか。
      本メールにご返信いただき、ご意向を確認でき次第、手続きを開始いたします。

      ご不明な点がございましたら、お気軽にお問い合わせください。

      よろしくお願いいたします。

      Amazon Web Services
      トレーニングと認定 カスタマーサポート
      中村

      ''') + form_footer_ja() + D('''

      ---------- 元のお問い合わせ ----------
      Inquiry Type: Certification
      Inquiry Detail: Account Merge
      AWS candidate ID: AWS04417329
      Email: misaki.tanaka.0412@gmail.com
      Description: 以前の勤務先のメールアドレスで作成したアカウント(AWS07731068)があり、個人のアカウントにまとめたいです。
      '''), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 002
_o = jst(2025, 8, 4, 9, 31, 52); C002 = cid15(_o, '00982')
build('002-form-reply-sato.eml',
      ('merge_confirmation_requested', C002, ['AWS01928374', 'AWS05566120'], True, 'ja'),
      frm=AWS_FORM, to=addr('佐藤 健太', 'kenta-sato@outlook.jp', 'iso-2022-jp'),
      subject='RE:[CASE %s] %s' % (C002, FORM_SUBJ), date=jst(2025, 8, 5, 11, 20, 40),
      profile='outlook', sender='aws',
      body=part(D('''
      佐藤 健太 様

      いつもAWSトレーニングと認定をご利用いただき、ありがとうございます。
      担当の小林と申します。

      お調べしたところ、佐藤様名義で次の認定アカウントが2件登録されておりました。

        統合先(今後ご利用いただくアカウント):AWS01928374
        統合元(統合後に閉鎖されるアカウント):AWS05566120

      統合元に記録されている認定資格および受験履歴は、統合先へ引き継がれます。
      統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。

      差し支えなければ、上記の内容で相違ないか、本メールにそのままご返信ください。
      ご返信を確認でき次第、手続きに着手いたします。

      何卒よろしくお願い申し上げます。

      Amazon Web Services
      トレーニングと認定
      小林
      '''), 'plain', 'iso-2022-jp', '7bit'))

# ---------------------------------------------------------------- 003
_o = jst(2025, 9, 10, 23, 2, 41); C003 = cid15(_o, '00233')
build('003-console-reply-takahashi.eml',
      ('merge_confirmation_requested', C003, ['AWS02281906', 'AWS08810273'], True, 'ja'),
      frm=AWS_NOREPLY, to='sho_takahashi@nifty.com',
      subject=subj('RE:[CASE %s] ' % C003, ('認定アカウントの統合のお願い', 'utf-8')),
      date=jst(2025, 9, 12, 10, 5, 33), profile='nifty', sender='aws',
      body=part(D('''
      高橋様

      Amazon Web Services をご利用いただきありがとうございます。

      ご依頼いただいたアカウント統合の件につきまして、ご本人様のものと思われる認定アカウントを 2 件確認いたしました。

      AWS02281906 … 2023年に Solutions Architect - Associate を取得されたアカウント
      AWS08810273 … 2025年に Developer - Associate を受験されたアカウント

      受験履歴の多い AWS02281906 を存続アカウントとし、AWS08810273 の記録をこちらへまとめる形を想定しております。
      統合は元に戻すことができないため、実施の前にお客様のご承諾をいただく必要がございます。

      この方針にてご承諾いただけますでしょうか。サポートセンターのケース画面より、ご返信をお願いいたします。

      よろしくお願いいたします。

      吉田
      Amazon Web Services

      ''') + console_footer_ja(C003), 'plain', 'utf-8', 'base64'))

# ---------------------------------------------------------------- 004
_o = jst(2025, 10, 14, 12, 40, 3); C004 = cid15(_o, '00761')
build('004-form-reply-ito.eml',
      ('merge_confirmation_requested', C004, ['AWS03885210', 'AWS09142267'], True, 'ja'),
      frm=AWS_FORM, to=addr('伊藤 さくら', 'sakura.ito@biglobe.ne.jp', 'iso-2022-jp'),
      subject='RE:[CASE %s] %s' % (C004, FORM_SUBJ), date=jst(2025, 10, 15, 14, 22, 5),
      profile='biglobe', sender='aws',
      body=part(D('''
      伊藤 さくら 様

      お世話になっております。
      Amazon Web Services トレーニングと認定 サポート担当の加藤です。

      アカウント統合のご依頼につきまして、下記のとおり実施を予定しております。

                                    記

      1. 存続するアカウント:AWS03885210
      2. 統合されるアカウント:AWS09142267
      3. 引き継がれる情報:認定資格、受験履歴、特典(次回受験 50% 割引バウチャー等)
      4. 統合後の AWS09142267:サインイン不可

                                                                    以上

      統合の実施後は取り消しができない仕組みとなっております。
      内容をご確認のうえ、問題ない旨を本メールへのご返信にてお知らせいただけますでしょうか。

      どうぞよろしくお願いいたします。

      加藤
      Amazon Web Services
      '''), 'plain', 'shift_jis', 'base64'))

# ---------------------------------------------------------------- 005
_o = jst(2025, 11, 2, 20, 11, 30); C005 = cid15(_o, '00058')
_html005 = D('''
<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px;color:#16191f">
<p>渡辺 大輔 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。<br>サポート担当の井上でございます。</p>
<p>お申し出のアカウントについて、以下の内容で統合の準備が整いました。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>区分</th><th>AWS 認定アカウント</th><th>登録メールアドレス</th></tr>
<tr><td>統合先(残るアカウント)</td><td>AWS06350917</td><td>daisuke.wtnb@gmail.com</td></tr>
<tr><td>統合元(無効になるアカウント)</td><td>AWS01177480</td><td>watanabe.d@univ-mail.ac.jp</td></tr>
</table>
<p>統合元の認定資格・受験履歴・デジタルバッジ情報は統合先に移ります。<br>
<b>この処理は実施後に取り消すことができません。</b></p>
<p>内容をご確認いただき、問題がなければ本メールに「承認します」とご返信ください。<br>
ご返信をいただくまで、統合は行いません。</p>
<p>よろしくお願いいたします。</p>
<p>井上<br>Amazon Web Services トレーニングと認定</p>
<p style="font-size:11px;color:#687078">※ ご返信の際は件名のケース番号を変更しないでください。</p>
</body></html>
''')
build('005-form-reply-watanabe.eml',
      ('merge_confirmation_requested', C005, ['AWS01177480', 'AWS06350917'], True, 'ja'),
      frm=AWS_FORM, to=addr('渡辺 大輔', 'daisuke.wtnb@gmail.com'),
      subject='RE: [CASE %s] %s' % (C005, FORM_SUBJ), date=jst(2025, 11, 4, 9, 37, 51),
      profile='gmail', sender='aws',
      body=part(_html005, 'html', 'utf-8', 'base64'))

# ---------------------------------------------------------------- 006
_o = jst(2025, 6, 1, 8, 55, 12); C006 = cid15(_o, '01120')
_prev006 = D('''
山本 直樹 様

Amazon Web Services の松本です。お問い合わせありがとうございます。

アカウント統合について、以下の内容で実施いたします。

  残すアカウント:AWS05073318
  統合するアカウント:AWS02690045

統合を行うと元に戻すことはできません。上記でよろしければ、本メールへご返信ください。

松本
Amazon Web Services
''')
build('006-form-reply-yamamoto.eml',
      ('merge_confirmation_requested', C006, ['AWS02690045', 'AWS05073318'], True, 'ja'),
      frm=AWS_FORM, to='naoki.ymmt@gmail.com',
      subject='RE:[CASE %s] %s' % (C006, FORM_SUBJ), date=jst(2025, 6, 9, 13, 3, 20),
      profile='gmail', sender='aws',
      body=part(D('''
      山本 直樹 様

      Amazon Web Services の松本です。

      6月3日にお送りしたアカウント統合のご確認について、まだご返信をいただけていないようでしたので、改めてご連絡いたしました。

        残すアカウント:AWS05073318
        統合するアカウント:AWS02690045

      こちらの組み合わせでお間違いないでしょうか。お手数ですが、ご確認のほどお願いいたします。
      本メールへの返信で「はい」とお知らせいただくだけで構いません。
      ご返信をいただけましたら、速やかに統合作業に入ります。

      松本
      Amazon Web Services

      -------- 2025/06/03 10:15 送信メッセージ --------
      ''') + _prev006, 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 007
C007 = '12873460591'
build('007-console-reply-ogawa.eml',
      ('merge_confirmation_requested', C007, ['AWS04829133', 'AWS07712504'], True, 'ja'),
      frm=AWS_NOREPLY, to=addr('小川 玲奈', 'reina.ogawa.dev@gmail.com'),
      subject=subj('RE:[CASE %s] ' % C007, ('認定アカウントが2つある件について', 'utf-8')),
      date=jst(2025, 3, 18, 17, 41, 9), profile='gmail', sender='aws',
      body=part(D('''
      小川 玲奈 様

      お問い合わせいただきありがとうございます。Amazon Web Services の斎藤です。

      ご提示いただいた情報をもとに確認したところ、下記 2 件のアカウントはいずれも小川様ご本人のものと判断いたしました。

       - AWS 04829133(2022年作成、個人のメールアドレスで登録)
       - AWS 07712504(2024年作成、勤務先のメールアドレスで登録)

      ご希望どおり AWS 04829133 を今後ご利用いただくアカウントとし、AWS 07712504 側の認定資格(AWS Certified Cloud Practitioner、AWS Certified Solutions Architect - Associate)を移す形で進める予定です。

      統合後は AWS 07712504 へのサインインができなくなり、この操作を元に戻すこともできません。

      以上の点をご確認いただき、統合を進めてもよいか、サポートセンターからご回答ください。

      斎藤
      Amazon Web Services

      ''') + console_footer_ja(C007), 'plain', 'utf-8', '8bit'))

# ---------------------------------------------------------------- 008
_o = jst(2025, 7, 22, 17, 45, 9); C008 = cid15(_o, '00345')
_txt008 = D('''
木村 拓也 様

AWS トレーニングと認定サポートの森です。

アカウント統合の件、AWS04150276 を AWS08263391 へまとめる形で準備が整いました。
統合は元に戻せない処理となりますので、実施前にご本人様のご意思を確認させてください。
この内容で進めてよろしければ、その旨ご返信をお願いいたします。

森
Amazon Web Services
''')
_html008 = D('''
<html><body>
<div style="font-family:Meiryo,sans-serif">
<p>木村 拓也 様</p>
<p>AWS トレーニングと認定サポートの森です。お問い合わせいただきありがとうございます。</p>
<p>ご依頼のアカウント統合について、以下のとおり準備が整いました。</p>
<table style="border:1px solid #999;border-collapse:collapse">
<tr><td style="border:1px solid #999;padding:4px">残すアカウント</td><td style="border:1px solid #999;padding:4px">AWS08263391(t-kimura@fujisaki-denki.co.jp)</td></tr>
<tr><td style="border:1px solid #999;padding:4px">統合されるアカウント</td><td style="border:1px solid #999;padding:4px">AWS04150276(takuya.k.1988@yahoo.co.jp)</td></tr>
</table>
<p>統合されるアカウントに登録されている認定資格 2 件(SysOps Administrator - Associate、Security - Specialty)は、残すアカウントへ移ります。
統合後、AWS04150276 ではサインインできなくなります。また、統合の処理は元に戻すことができません。</p>
<p>上記の内容でご承認いただける場合は、本メールにご返信ください。変更をご希望の場合も、その旨をお知らせください。</p>
<p>森<br>Amazon Web Services</p>
</div>
</body></html>
''')
build('008-form-reply-kimura.eml',
      ('merge_confirmation_requested', C008, ['AWS04150276', 'AWS08263391'], True, 'ja'),
      frm=AWS_FORM, to=addr('木村 拓也', 't-kimura@fujisaki-denki.co.jp'),
      subject='RE:[CASE %s] %s' % (C008, FORM_SUBJ), date=jst(2025, 7, 23, 10, 12, 44),
      profile='o365', sender='aws',
      body=alt(part(_txt008, 'plain', 'utf-8', 'quoted-printable'), part(_html008, 'html', 'utf-8', 'base64')))

# ---------------------------------------------------------------- 009
_o = jst(2026, 1, 13, 19, 20, 44); C009 = cid15(_o, '00902')
build('009-form-reply-matsuda.eml',
      ('merge_confirmation_requested', C009, ['AWS03377162', 'AWS05519904'], True, 'ja'),
      frm=AWS_FORM, to='hikaru.matsuda@docomo.ne.jp',
      subject='RE:[CASE %s] %s' % (C009, FORM_SUBJ), date=jst(2026, 1, 15, 9, 8, 2),
      profile='docomo', sender='aws',
      body=part(D('''
      松田 光 様

      AWS トレーニングと認定へのお問い合わせ、ありがとうございます。担当の清水です。

      ご連絡いただいた2つの認定アカウントについて、登録情報を照合いたしました。

      統合先:aws-03377162
      統合元:aws-05519904

      統合元にある Cloud Practitioner の認定は統合先へ移行され、統合元のアカウントは閉鎖されます。
      閉鎖したアカウントを再度有効にすることはできません。

      ご確認のうえ、この内容で問題がなければ「同意します」とご返信ください。

      清水
      Amazon Web Services トレーニングと認定
      '''), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 010
_o = jst(2025, 7, 7, 12, 3, 55); C010 = cid15(_o, '00471')
_user010 = D('''
ご連絡ありがとうございます。
私のアカウントは以下の3つだと思います。
AWS01470052(学生時代に作成)
AWS06631984(今の会社で作成、最近受験したのはこちら)
AWS09905217(よく覚えていませんが、同じ名前で検索したら出てきました)
どれを残すのがよいか分からないので、おすすめがあれば教えてください。
山口
''')
build('010-form-reply-yamaguchi.eml',
      ('merge_confirmation_requested', C010, ['AWS01470052', 'AWS06631984'], True, 'ja'),
      frm=AWS_FORM, to=addr('山口 恵', 'megumi.yamaguchi.7@gmail.com'),
      subject='RE:[CASE %s] %s' % (C010, FORM_SUBJ), date=jst(2025, 7, 10, 15, 26, 18),
      profile='gmail', sender='aws',
      body=part(D('''
      山口 恵 様

      ご返信いただきありがとうございます。Amazon Web Services の西村です。

      ご記載いただいたアカウントを確認いたしました。3つ目のアカウントにつきましては、
      氏名は同じですが生年月日とご住所が異なる別の方のものでしたので、今回の統合の対象から外しております。

      残りの2件は山口様ご本人のものと確認できました。最近の受験履歴があり、
      現在お使いのメールアドレスが登録されている新しい方のアカウントを残すのが一般的です。

        残すアカウント:AWS06631984
        まとめるアカウント:AWS01470052(学生時代に作成されたもの)

      新しい方の AWS06631984 を残す形で進めてよろしいですか。
      統合は取り消しができませんので、ご確認のうえご返信いただけますと幸いです。

      西村
      Amazon Web Services

      2025年7月9日(水) 21:40 山口 恵 <megumi.yamaguchi.7@gmail.com>:
      ''') + q(_user010), 'plain', 'utf-8', 'quoted-printable'))


# ---------------------------------------------------------------- 011
_o = jst(2025, 12, 8, 14, 30, 26); C011 = cid15(_o, '00618')
build('011-console-reply-nakajima.eml',
      ('merge_confirmation_requested', C011, ['AWS00836149', 'AWS07258813'], True, 'ja'),
      frm=AWS_NOREPLY, to=addr('中島 亜美', 'ami.nakajima@so-net.ne.jp', 'iso-2022-jp'),
      subject=subj('RE:[CASE %s] ' % C011, ('AWS認定のアカウントが重複しているため一つにまとめたい', 'iso-2022-jp')),
      date=jst(2025, 12, 9, 18, 2, 37), profile='sonet', sender='aws',
      body=part(D('''
      中島 亜美 様

      Amazon Web Services サポートの林でございます。
      お問い合わせいただいた件について、ご案内いたします。

      お客様の認定アカウントは、次の2つが重複して作成されておりました。

        AWS07258813 (現在ご利用中のアカウント)
        AWS00836149 (2021年に作成されたアカウント)

      当方では AWS07258813 を残し、AWS00836149 の認定情報を移す手順で進める予定です。
      一度まとめたアカウントを分け直すことはできかねます。

      ご了承いただける場合は、サポートセンターのケース画面から「はい」とだけご返信ください。
      別のアカウントを残したいなどのご希望があれば、あわせてお知らせください。

      林
      Amazon Web Services

      ''') + console_footer_ja(C011).replace('*', ''), 'plain', 'iso-2022-jp', '7bit'))

# ---------------------------------------------------------------- 012  (UTF-8 bytes labelled iso-8859-1)
_o = jst(2025, 4, 21, 10, 5, 17); C012 = cid15(_o, '00039')
build('012-form-reply-ishii.eml',
      ('merge_confirmation_requested', C012, ['AWS02746690', 'AWS06184027'], True, 'ja'),
      frm=AWS_FORM, to='ken.ishii.ab@gmail.com',
      subject='RE:[CASE %s] %s' % (C012, FORM_SUBJ), date=jst(2025, 4, 22, 13, 44, 2),
      profile='gmail', sender='aws',
      body=part(D('''
      石井 健 様

      AWS トレーニングと認定 カスタマーサービスの大野です。
      アカウント統合についてのお問い合わせをいただき、ありがとうございます。

      調査の結果、以下の2つのアカウントが石井様のものであることを確認しました。

      ■ 今後お使いいただくアカウント
        AWS02746690

      ■ 統合により閉じられるアカウント
        AWS06184027

      統合によって AWS06184027 にある認定資格は AWS02746690 に表示されるようになります。
      統合処理の性質上、実施後に取り消すことはできません。

      統合の実施について、ご同意をいただけますか。
      このメールにご返信いただく形で結構です。

      大野
      Amazon Web Services
      '''), 'plain', 'utf-8', 'quoted-printable', label='iso-8859-1'))

# ---------------------------------------------------------------- 013
_o = jst(2025, 9, 29, 16, 18, 3); C013 = cid15(_o, '00502')
build('013-form-reply-maeda.eml',
      ('merge_confirmation_requested', C013, ['AWS05930412', 'AWS08417756'], True, 'ja'),
      frm=AWS_FORM, to=addr('前田 恭子', 'k-maeda@shinwa-trading.co.jp'),
      subject='RE:[CASE %s] %s' % (C013, FORM_SUBJ), date=jst(2025, 10, 1, 11, 9, 26),
      profile='o365', sender='aws',
      body=part(D('''
      前田 恭子 様

      平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
      カスタマーサポートの青木でございます。

      お寄せいただいたアカウント統合のご依頼につきまして、社内にて確認を進めてまいりました。
      その結果、下記の通り統合を実施させていただく運びとなりました。

        ・存続アカウント:AWS05930412(前田様の勤務先アドレスにて登録)
        ・統合対象アカウント:AWS08417756(前田様の個人アドレスにて登録)

      統合対象アカウントに紐づく認定資格および受験記録は、存続アカウントに引き継がれます。
      また、恐れ入りますが、統合は実行後に元へ戻すことができない処理でございます。

      つきましては、ご意向に相違ございませんでしたら、その旨ご一報くださいますようお願い申し上げます。
      ご連絡を頂戴し次第、速やかに対応いたします。

      今後とも何卒よろしくお願い申し上げます。

      青木
      Amazon Web Services トレーニングと認定

      ---------- お問い合わせ内容 ----------
      お問い合わせの種類: AWS Training and Certification
      詳細: Account Merge
      AWS 候補者 ID: AWS05930412
      内容: 個人で受験した時のアカウントを会社のアカウントに統合したいです。
      '''), 'plain', 'utf-8', 'base64'))

# ---------------------------------------------------------------- 014
_o = jst(2026, 2, 3, 9, 12, 40); C014 = cid15(_o, '00874')
build('014-form-reply-suzuki.eml',
      ('merge_confirmation_requested', C014, ['AWS00974412', 'AWS03310457', 'AWS06028841'], True, 'ja'),
      frm=AWS_FORM, to=addr('鈴木 由紀', 'y-suzuki@hokuto-systems.co.jp'),
      subject='RE:[CASE %s] %s' % (C014, FORM_SUBJ), date=jst(2026, 2, 4, 15, 30, 8),
      profile='o365', sender='aws',
      body=part(D('''
      鈴木 由紀 様

      お問い合わせありがとうございます。Amazon Web Services の福田です。

      鈴木様のお名前で登録されている認定アカウントを確認したところ、3件見つかりました。
      以下の形で1つのアカウントへまとめることを予定しております。

      +---------------+------------------------------+------------------+
      | アカウント    | 登録メールアドレス           | 統合後           |
      +---------------+------------------------------+------------------+
      | AWS03310457   | y-suzuki@hokuto-systems.co.jp | 存続             |
      | AWS06028841   | yuki.s.0925@gmail.com         | AWS03310457 へ統合 |
      | AWS00974412   | suzuki.yuki@old-isp.ne.jp     | AWS03310457 へ統合 |
      +---------------+------------------------------+------------------+

      統合されたアカウントは閉鎖となり、後から切り離すことはできません。

      以上3件の統合について、ご了解いただけますでしょうか。
      お手数ですが、本メールへの返信でお知らせください。

      福田
      Amazon Web Services
      '''), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 015
_o = jst(2025, 8, 15, 22, 47, 19); C015 = cid15(_o, '00127')
build('015-form-reply-okada.eml',
      ('merge_confirmation_requested', C015, ['AWS04093375', 'AWS07650921'], True, 'ja'),
      frm=AWS_FORM, to=addr('岡田 誠', 'makoto.okada@outlook.com'),
      subject='RE:[CASE %s] %s' % (C015, FORM_SUBJ), date=jst(2025, 8, 19, 10, 3, 51),
      profile='outlook', sender='aws',
      body=part(D('''
      岡田 誠 様

      ご返信ありがとうございます。Amazon Web Services の村上です。

      残すアカウントのご指定、承知いたしました。それでは、以下の内容で統合を行います。

        残す: AWS04093375
        まとめる: AWS07650921

      念のための確認となりますが、統合後は AWS07650921 でのサインインができなくなり、
      この操作は取り消せません。上記の内容でよろしいでしょうか。
      ご確認のご返信をいただいた時点で作業を開始いたします。

      村上
      Amazon Web Services

      差出人: 岡田 誠 <makoto.okada@outlook.com>
      送信日時: 2025年8月18日 20:12
      宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
      件名: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

      お世話になります。
      残したいのは AWS04093375 の方です(会社のメールアドレスで登録したほう)。
      もう一方の AWS07650921 は学生のときに作ったものです。
      よろしくお願いします。

      岡田
      ''') % C015, 'plain', 'utf-8', '8bit'))

# ---------------------------------------------------------------- 016
_o = jst(2025, 5, 12, 8, 20, 1); C016 = cid15(_o, '00293')
build('016-form-reply-morita.eml',
      ('merge_confirmation_requested', C016, ['AWS01365508', 'AWS09720064'], True, 'ja'),
      frm=AWS_FORM, to='haruka.morita@ocn.ne.jp',
      subject='RE:[CASE %s] %s' % (C016, FORM_SUBJ), date=jst(2025, 5, 13, 17, 55, 40),
      profile='ocn', sender='aws',
      body=part(D('''
      森田 悠 様

      このたびは AWS トレーニングと認定にご連絡いただき、ありがとうございます。
      サポート担当の川口でございます。

      ご依頼のアカウント統合について、次のとおり処理を予定しております。

        AWS09720064 → AWS01365508 へ統合
        (統合後、AWS09720064 は利用できなくなります)

      AWS09720064 で取得された AWS Certified Data Engineer - Associate は、AWS01365508 の認定一覧に表示されるようになります。
      統合は不可逆の操作であるため、ご本人様の確認をいただいてから実施いたします。

      上記の内容で統合に進んでよろしいか、ご回答をお待ちしております。
      お手数ですが、本メールへ直接ご返信ください。

      川口
      Amazon Web Services トレーニングと認定
      '''), 'plain', 'iso-2022-jp', 'base64'))

# ---------------------------------------------------------------- 017
_o = jst(2025, 11, 20, 7, 45, 55); C017 = cid15(_o, '00714')
_t017 = D('''
藤井 翼 様

Amazon Web Services トレーニングと認定の三浦です。お待たせいたしました。

アカウント統合に先立ち、統合によって何がどうなるかをご案内いたします。

【対象アカウント】
  統合先:AWS08092214
  統合元:AWS03571186

【引き継がれるもの】
  - 取得済みの認定資格と有効期限
  - 受験履歴、スコアレポート
  - 未使用の特典(50% 割引バウチャー、練習問題バウチャー)

【引き継がれないもの・ご注意】
  - 統合元でご予約中の試験がある場合は、統合前にキャンセルまたは受験を済ませてください
  - Credly のデジタルバッジは、統合後に統合先のメールアドレス宛てに改めて発行されます
  - 統合元のアカウントはサインインできなくなり、復元できません

以上をご理解いただいたうえで、統合を実施してよろしいかお知らせください。
本メールへのご返信をお待ちしております。

三浦
Amazon Web Services
''')
_h017 = '<html><body><div style="font-family:sans-serif;font-size:14px">' + \
    _t017.replace('&', '&amp;').replace('<', '&lt;').replace('\n\n', '</p><p>').replace('\n', '<br>\n') + '</div></body></html>\n'
build('017-form-reply-fujii.eml',
      ('merge_confirmation_requested', C017, ['AWS03571186', 'AWS08092214'], True, 'ja'),
      frm=AWS_FORM, to=addr('藤井 翼', 'tsubasa.fujii.cloud@gmail.com'),
      subject='RE:[CASE %s] %s' % (C017, FORM_SUBJ), date=jst(2025, 11, 21, 16, 2, 13),
      profile='gmail', sender='aws',
      body=alt(part(_t017, 'plain', 'utf-8', 'base64'), part(_h017, 'html', 'utf-8', 'quoted-printable')))

# ---------------------------------------------------------------- 018 bilingual
_o = jst(2025, 6, 23, 3, 11, 40); C018 = cid15(_o, '00856')
build('018-form-reply-harada.eml',
      ('merge_confirmation_requested', C018, ['AWS02058831', 'AWS06614470'], True, 'ja'),
      frm=AWS_FORM, to='aoi.harada@harada-lab.jp',
      subject='RE:[CASE %s] %s' % (C018, FORM_SUBJ), date=jst(2025, 6, 24, 9, 48, 30),
      profile='sakura', sender='aws',
      body=part(D('''
      原田 葵 様
      (English follows Japanese)

      AWS トレーニングと認定サポートの Lee です。

      次の2つのアカウントを統合し、AWS06614470 を残す予定です。
        - AWS06614470(残すアカウント)
        - AWS02058831(統合後に無効)
      統合後は元に戻せません。この内容で進めてよいか、本メールにご返信ください。

      ---

      Dear Aoi Harada,

      We plan to merge the following two accounts, keeping AWS06614470:
        - AWS06614470 (account to keep)
        - AWS02058831 (will be deactivated)
      The merge cannot be reversed. Please reply to this email to let us know whether we may proceed.

      Best regards,
      Lee
      Amazon Web Services Training and Certification
      '''), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 019 English
_o = datetime(2025, 9, 2, 14, 5, 11, tzinfo=UTC); C019 = cid15(_o, '00391')
build('019-form-reply-carter.eml',
      ('merge_confirmation_requested', C019, ['AWS01649973', 'AWS07083926'], True, 'en'),
      frm=AWS_FORM, to='Emily Carter <emily.carter.dev@gmail.com>',
      subject='RE:[CASE %s] %s' % (C019, FORM_SUBJ), date=datetime(2025, 9, 3, 18, 22, 47, tzinfo=UTC),
      profile='gmail', sender='aws',
      body=part(D('''
      Hello Emily,

      Thank you for contacting AWS Training and Certification. My name is Daniel and I'll be assisting you today.

      I was able to locate two certification accounts under your name:

      Primary account (to be retained): AWS07083926 - emily.carter.dev@gmail.com
      Secondary account (to be merged): AWS01649973 - ecarter@northwind-analytics.com

      After the merge, all certifications and exam history from AWS01649973 will appear on AWS07083926, and AWS01649973 will be deactivated. Please note that this action is permanent and cannot be undone.

      Before I submit the request, could you please reply to this email confirming that the above details are correct?

      Best regards,
      Daniel
      Amazon Web Services
      '''), 'plain', 'us-ascii', '7bit'))

# ---------------------------------------------------------------- 020 English, console, 10-digit case
C020 = '8524617390'
build('020-console-reply-menon.eml',
      ('merge_confirmation_requested', C020, ['AWS04472610', 'AWS09348215'], True, 'en'),
      frm=AWS_NOREPLY, to='Rahul Menon <rahul.menon@fastmail.com>',
      subject='RE:[CASE %s] Duplicate certification accounts' % C020, date=datetime(2025, 12, 15, 6, 40, 2, tzinfo=UTC),
      profile='fastmail', sender='aws',
      body=part(D('''
      Hi Rahul,

      Thanks for your patience while I looked into this.

      Our records show two profiles: aws09348215 (created 2021, used for your SAA and SAP exams) and AWS-04472610 (created last month when you registered for the Security Specialty exam).

      The usual approach is to fold the newer profile into the older one, so aws09348215 would remain and AWS-04472610 would be closed, with its exam registration moving across.

      Kindly reply "Yes, proceed" from the Support Center if this matches what you want. Once combined, the two profiles can't be separated again, so please double-check before answering.

      Best regards,
      Hannah
      Amazon Web Services

      We value your feedback. Please rate my response using the link below.
      https://console.aws.amazon.com/support/feedback?displayId=%s&language=en

      To see the case details or to reply, please use the Support Center:
      https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

      *Please note: this e-mail was sent from an address that cannot accept incoming e-mail.*
      ''') % (C020, C020), 'plain', 'us-ascii', 'quoted-printable'))


# ---------------------------------------------------------------- 021 phishing, look-alike domain (own DMARC passes)
build('021-notice-tanaka.eml',
      ('merge_confirmation_requested', '176154031200218', ['AWS05500731', 'AWS05500782'], False, 'ja'),
      frm=addr('AWS トレーニングと認定', 'support@aws-certification-merge.com'), to='misaki.tanaka.0412@gmail.com',
      subject=subj(('【重要】', 'utf-8'), 'RE:[CASE 176154031200218] ', ('アカウント統合の最終確認', 'utf-8')),
      date=jst(2025, 10, 27, 2, 14, 55), profile='gmail',
      sender=generic_sender('aws-certification-merge.com', ip='185.243.112.47', helo='mail.aws-certification-merge.com', policy='NONE', selector='default'),
      body=alt(part(D('''
      田中 美咲 様

      AWS トレーニングと認定 アカウント管理チームです。

      お客様の認定アカウント AWS05500731 と AWS05500782 の統合手続きを受け付けました。
      統合を確定するため、24時間以内に以下のページでサインインのうえ、統合内容をご承認ください。

      https://aws-certification-merge.com/ja/confirm?case=176154031200218

      期限内にご承認いただけない場合、両方のアカウントが一時停止され、認定資格が失効する可能性があります。

      AWS トレーニングと認定
      '''), 'plain', 'utf-8', 'base64'),
      part(D('''
      <html><body style="font-family:sans-serif">
      <p>田中 美咲 様</p>
      <p>AWS トレーニングと認定 アカウント管理チームです。</p>
      <p>お客様の認定アカウント <b>AWS05500731</b> と <b>AWS05500782</b> の統合手続きを受け付けました。<br>
      統合を確定するため、<span style="color:#d13212">24時間以内</span>に以下のボタンからサインインのうえ、統合内容をご承認ください。</p>
      <p><a href="https://aws-certification-merge.com/ja/confirm?case=176154031200218" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">統合を承認する</a></p>
      <p style="font-size:12px">期限内にご承認いただけない場合、両方のアカウントが一時停止され、認定資格が失効する可能性があります。</p>
      </body></html>
      '''), 'html', 'utf-8', 'base64')))

# ---------------------------------------------------------------- 022 phishing, spoofed amazon.com, dmarc=fail on top, forged pass below
build('022-form-reply-sato.eml',
      ('merge_confirmation_requested', '175667230100541', ['AWS01928374', 'AWS05566120'], False, 'ja'),
      frm=AWS_FORM, to=addr('佐藤 健太', 'kenta-sato@outlook.jp'),
      subject='RE:[CASE 175667230100541] %s' % FORM_SUBJ, date=jst(2025, 9, 1, 6, 31, 20),
      profile='outlook',
      sender=generic_sender('amazon.com', mailfrom_domain='srv-notify-jp.top', ip='45.141.87.203', helo='srv-notify-jp.top',
                            spf='pass', dkim_res='none', dmarc='fail', policy='QUARANTINE'),
      lower_forged='amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com',
      body=part(D('''
      佐藤 健太 様

      AWS トレーニングと認定 サポートです。

      先日ご依頼いただいたアカウント統合について、以下の内容で処理を予定しています。

        統合先:AWS01928374
        統合元:AWS05566120

      本人確認のため、下記フォームから AWS アカウントのサインイン情報とお支払い用カードの情報をご入力のうえ、
      統合内容にご同意いただけますでしょうか。ご同意の確認が取れない場合、統合は取り消されます。

      https://aws-trainingcert-support.com/merge/verify?id=175667230100541

      Amazon Web Services
      '''), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 023 phishing, look-alike, HTML only, dmarc none
build('023-notice-kimura.eml',
      ('merge_confirmation_requested', None, ['AWS08263391'], False, 'ja'),
      frm=addr('Amazon Web Services', 'no-reply@amaz0n-training.jp'), to=addr('木村 拓也', 't-kimura@fujisaki-denki.co.jp'),
      subject=subj(('[要対応] 認定アカウントの統合確認のお願い', 'utf-8')), date=jst(2025, 8, 2, 23, 57, 41),
      profile='o365',
      sender=generic_sender('amaz0n-training.jp', ip='103.151.76.12', helo='vps-103-151-76-12.hostcloud.example', spf='softfail',
                            dkim_res='none', dmarc='none', policy='NONE'),
      body=part(D('''
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
      <body>
      <table width="600" style="font-family:Meiryo,sans-serif;border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:12px">aws training &amp; certification</td></tr>
      <tr><td style="padding:16px">
      <p>お客様各位</p>
      <p>システム移行に伴い、重複して登録されている認定アカウントの統合を行っております。
      お客様のアカウント AWS08263391 にも統合対象のアカウントが見つかりました。</p>
      <p>統合の実施にあたり、お客様のご承認が必要です。以下のリンクから内容をご確認いただき、
      「承認する」を押してください。48時間以内にご承認がない場合、認定資格の記録が削除されることがあります。</p>
      <p><a href="http://amaz0n-training.jp/cert/merge-approve">統合内容を確認して承認する</a></p>
      <p>AWS Training and Certification</p>
      </td></tr></table>
      </body></html>
      '''), 'html', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 024 Shift_JIS 8bit, 記/以上, ご承認
_o = jst(2025, 7, 1, 21, 8, 36); C024 = cid15(_o, '00684')
build('024-form-reply-komatsu.eml',
      ('merge_confirmation_requested', C024, ['AWS04966302', 'AWS07408815'], True, 'ja'),
      frm=AWS_FORM, to=addr('小松 直人', 'naoto.komatsu@nifty.com', 'iso-2022-jp'),
      subject='RE:[CASE %s] %s' % (C024, FORM_SUBJ), date=jst(2025, 7, 3, 10, 41, 15),
      profile='nifty', sender='aws',
      body=part(D('''
      小松 直人 様

      いつもお世話になっております。
      Amazon Web Services トレーニングと認定の遠藤でございます。

      お待たせいたしました。ご依頼のアカウント統合について、実施内容が固まりましたのでご案内いたします。

      記

      ・統合先アカウント   AWS07408815
      ・統合元アカウント   AWS04966302
      ・統合元で取得済みの認定 AWS Certified Cloud Practitioner(2024年取得)
      ・統合後の統合元アカウント 閉鎖(再開不可)

      以上

      お手数ですが、上記の内容についてご承認をお願いできますでしょうか。
      ご承認の旨をご返信いただいた後に、統合作業を実施いたします。

      遠藤
      Amazon Web Services
      '''), 'plain', 'shift_jis', '8bit'))

# ---------------------------------------------------------------- 025 no Authentication-Results (corporate relay)
_o = jst(2025, 10, 20, 11, 2, 57); C025 = cid15(_o, '00130')
_d025 = jst(2025, 10, 21, 16, 37, 3)
build('025-form-reply-hasegawa.eml',
      ('merge_confirmation_requested', C025, ['AWS02504173', 'AWS08871640'], None, 'ja'),
      frm=AWS_FORM, to=addr('長谷川 理恵', 'r-hasegawa@aozora-sys.co.jp'),
      subject='RE:[CASE %s] %s' % (C025, FORM_SUBJ), date=_d025,
      profile='none', sender='aws',
      extra_top=[('Return-Path', ses_id(_d025)),
                 ('Received', 'from gw02.aozora-sys.co.jp (gw02.aozora-sys.co.jp [10.20.1.12])\n\tby mbox01.aozora-sys.co.jp (8.15.2/8.15.2) with ESMTP id 59L7b5kP012877\n\tfor <r-hasegawa@aozora-sys.co.jp>; %s' % format_datetime(_d025 + timedelta(seconds=3))),
                 ('Received', 'from a8-77.smtp-out.amazonses.com (a8-77.smtp-out.amazonses.com [54.240.8.77])\n\tby gw02.aozora-sys.co.jp (8.15.2/8.15.2) with ESMTPS id 59L7b4hA031102\n\tfor <r-hasegawa@aozora-sys.co.jp>; %s' % format_datetime(_d025 + timedelta(seconds=2))),
                 ('X-Virus-Scanned', 'clamav-milter 0.103.12 at gw02.aozora-sys.co.jp')],
      body=part(D('''
      長谷川 理恵 様

      お問い合わせいただきありがとうございます。AWS トレーニングと認定の佐々木です。

      長谷川様のアカウントとして、AWS08871640 と AWS02504173 の2件を確認しました。
      ご希望に沿って、AWS08871640 に AWS02504173 の内容を統合いたします。

      この統合は一度行うと戻すことができませんので、念のため実施前にご確認をお願いしております。
      ご確認いただき、問題がないようでしたらご返信をお願いします。

      佐々木
      Amazon Web Services
      '''), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 026 re-ask with closing warning
_o = jst(2025, 12, 1, 12, 40, 19); C026 = cid15(_o, '00957')
_prev026 = D('''
杉山 舞 様

Amazon Web Services の菅原です。

ご依頼の統合について、AWS03024471 を残し、AWS08850306 を統合する形でよろしいでしょうか。
統合は元に戻せないため、ご返信にてご確認をお願いいたします。

菅原
''')
build('026-form-reply-sugiyama.eml',
      ('merge_confirmation_requested', C026, ['AWS03024471', 'AWS08850306'], True, 'ja'),
      frm=AWS_FORM, to='mai.sugiyama.22@gmail.com',
      subject='RE:[CASE %s] %s' % (C026, FORM_SUBJ), date=jst(2025, 12, 8, 10, 15, 44),
      profile='gmail', sender='aws',
      body=part(D('''
      杉山 舞 様

      Amazon Web Services の菅原です。

      12月2日にお送りしたご案内について、その後いかがでしょうか。
      統合の内容(AWS03024471 を残し、AWS08850306 の記録をそちらへ移す)にご異存がなければ、
      本メールにその旨ご返信いただけますでしょうか。

      なお、本日から7日以内にご返信がない場合は、本ケースをいったんクローズさせていただきます。
      クローズ後でも、本メールにご返信いただければ対応を再開いたします。

      菅原
      Amazon Web Services

      ''') + q(_prev026), 'plain', 'utf-8', 'base64'))

# ---------------------------------------------------------------- 027 correction, asked again
_o = jst(2026, 3, 2, 8, 3, 10); C027 = cid15(_o, '00226')
build('027-form-reply-imai.eml',
      ('merge_confirmation_requested', C027, ['AWS01039587', 'AWS06753302'], True, 'ja'),
      frm=AWS_FORM, to=addr('今井 遼', 'ryo.imai.0808@gmail.com'),
      subject='RE:[CASE %s] %s' % (C027, FORM_SUBJ), date=jst(2026, 3, 3, 14, 58, 9),
      profile='gmail', sender='aws',
      body=part(D('''
      今井 遼 様

      Amazon Web Services の原です。たびたび失礼いたします。

      先ほどお送りしたメールで、残すアカウントと統合するアカウントを逆に記載しておりました。
      大変申し訳ございません。正しくは以下のとおりです。

        (誤)AWS01039587 を残す
        (正)AWS06753302 を残し、AWS01039587 をこちらへ統合

      先ほどのメールにすでにご返信いただいている場合でも、訂正後の内容で改めてご確認させてください。
      上記(正)の内容で統合を進めてよろしければ、本メールにご返信をお願いいたします。

      原
      Amazon Web Services
      '''), 'plain', 'utf-8', 'base64'))

# ---------------------------------------------------------------- 028 nested quotes, extra id only in history
_o = jst(2025, 10, 2, 19, 44, 5); C028 = cid15(_o, '00318')
_old028 = D('''
松井 彩 様

Amazon Web Services の大塚です。
お名前で検索したところ、AWS05218843、AWS02219960、AWS09011124 の3件が見つかりました。
いずれもご本人様のアカウントでしょうか。統合したいアカウントをお知らせください。

大塚
''')
_usr028 = D('''
ご確認ありがとうございます。
AWS09011124 は心当たりがないので、私のものではないと思います。
残りの2つを1つにまとめたいです。残すのは古い方でお願いします。

2025年10月3日(金) 17:20 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
''') + q(_old028)
build('028-form-reply-matsui.eml',
      ('merge_confirmation_requested', C028, ['AWS02219960', 'AWS05218843'], True, 'ja'),
      frm=AWS_FORM, to=addr('松井 彩', 'aya.matsui@so-net.ne.jp', 'iso-2022-jp'),
      subject='RE:[CASE %s] %s' % (C028, FORM_SUBJ), date=jst(2025, 10, 7, 11, 26, 51),
      profile='sonet', sender='aws',
      body=part(D('''
      松井 彩 様

      ご返信ありがとうございます。大塚です。

      お心当たりのないアカウントは統合の対象から外しました。
      作成日が古いのは AWS05218843 のため、次のように進めたいと考えております。

        残すアカウント:AWS05218843(2020年作成)
        統合するアカウント:AWS02219960(2024年作成)

      この組み合わせで統合を行ってよろしいでしょうか。統合後は取り消しができませんので、ご確認のうえご返信ください。

      大塚
      Amazon Web Services

      2025年10月6日(月) 9:14 松井 彩 <aya.matsui@so-net.ne.jp>:
      ''') + q(_usr028), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 029 full-width ids, ISO-2022-JP
_o = jst(2025, 4, 7, 13, 26, 48); C029 = cid15(_o, '00480')
build('029-form-reply-murata.eml',
      ('merge_confirmation_requested', C029, ['AWS06204158', 'AWS09376021'], True, 'ja'),
      frm=AWS_FORM, to=addr('村田 千尋', 'chihiro.murata@biglobe.ne.jp', 'iso-2022-jp'),
      subject='RE:[CASE %s] %s' % (C029, FORM_SUBJ), date=jst(2025, 4, 8, 18, 3, 27),
      profile='biglobe', sender='aws',
      body=part(D('''
      村田 千尋 様

      AWS トレーニングと認定をご利用いただき、ありがとうございます。
      サポート担当の桑原と申します。

      ご連絡いただいた内容をもとに、以下のとおり統合を行う予定です。

        残すアカウント    :ＡＷＳ０６２０４１５８
        統合するアカウント:ＡＷＳ０９３７６０２１

      統合後、ＡＷＳ０９３７６０２１ はご利用いただけなくなり、元に戻すこともできません。

      上記の通り統合してもよろしいでしょうか。
      ご返信にてお知らせいただけますと幸いです。

      桑原
      Amazon Web Services
      '''), 'plain', 'iso-2022-jp', '7bit'))

# ---------------------------------------------------------------- 030 HTML only, confirm + side question
_o = jst(2025, 6, 16, 10, 30, 2); C030 = cid15(_o, '00863')
build('030-form-reply-nishida.eml',
      ('merge_confirmation_requested', C030, ['AWS01882047', 'AWS05390618'], True, 'ja'),
      frm=AWS_FORM, to=addr('西田 涼子', 'ryoko.nishida@outlook.com'),
      subject='RE:[CASE %s] %s' % (C030, FORM_SUBJ), date=jst(2025, 6, 17, 13, 20, 55),
      profile='outlook', sender='aws',
      body=part(D('''
      <html><body><div dir="ltr" style="font-family:'Yu Gothic',sans-serif">
      <div>西田 涼子 様</div><div><br></div>
      <div>Amazon Web Services の安藤です。お問い合わせありがとうございます。</div><div><br></div>
      <div>西田様の認定アカウント AWS05390618 の記録を AWS01882047 にまとめ、AWS05390618 は閉鎖とする予定です。</div>
      <div>統合は実施後に取り消しができません。</div><div><br></div>
      <div>この内容で統合することにご同意いただけますか。ご同意いただける場合は、本メールにご返信ください。</div>
      <div>また、統合後のアカウントのサインイン用メールアドレスを変更されたい場合は、あわせてお知らせください。</div><div><br></div>
      <div>安藤<br>Amazon Web Services トレーニングと認定</div>
      </div></body></html>
      '''), 'html', 'utf-8', 'quoted-printable'))


# ================================================================ look-alikes: support_reply etc.
# ---------------------------------------------------------------- 031 consent received, will now proceed (request quoted under)
_req031 = D('''
田中 美咲 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。

  ・AWS04417329(サインイン用メール: misaki.tanaka.0412@gmail.com)
  ・AWS07731068(サインイン用メール: m-tanaka@kaiun-logi.co.jp)

上記の内容で統合を進めてよろしいでしょうか。
本メールにご返信いただき、ご意向を確認でき次第、手続きを開始いたします。

中村
''')
_usr031 = D('''
中村様

ご確認ありがとうございます。
内容に間違いありません。AWS04417329 を残す形で統合を進めてください。

田中

2025年5月27日(火) 16:48 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
''') + q(_req031)
build('031-form-reply-tanaka.eml',
      ('support_reply', C001, ['AWS04417329', 'AWS07731068'], True, 'ja'),
      frm=AWS_FORM, to='misaki.tanaka.0412@gmail.com',
      subject='RE:[CASE %s] %s' % (C001, FORM_SUBJ), date=jst(2025, 5, 28, 11, 6, 40),
      profile='gmail', sender='aws',
      body=part(D('''
      田中 美咲 様

      中村でございます。ご確認のご返信をいただき、ありがとうございます。

      いただいた内容にもとづき、これより AWS07731068 の記録を AWS04417329 へまとめる作業に取りかかります。
      通常、2〜3 営業日ほどお時間をいただいております。
      作業が済みましたら、あらためて本ケースにてご連絡いたします。

      それまでの間、AWS07731068 ではサインインや試験のご予約を行わないようお願いいたします。

      中村
      Amazon Web Services

      2025年5月28日(水) 8:02 田中 美咲 <misaki.tanaka.0412@gmail.com>:
      ''') + q(_usr031), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 032 consent recorded (keigo), ISO-2022-JP, Outlook quote block
build('032-form-reply-sato.eml',
      ('support_reply', C002, ['AWS01928374', 'AWS05566120'], True, 'ja'),
      frm=AWS_FORM, to=addr('佐藤 健太', 'kenta-sato@outlook.jp', 'iso-2022-jp'),
      subject='RE:[CASE %s] %s' % (C002, FORM_SUBJ), date=jst(2025, 8, 6, 9, 52, 13),
      profile='outlook', sender='aws',
      body=part(D('''
      佐藤 健太 様

      ご返信を賜り、誠にありがとうございます。小林でございます。

      AWS05566120 から AWS01928374 への統合につきまして、ご承諾いただいた旨、確かに承りました。
      ただいま担当部署へ処理を依頼いたしましたので、完了まで今しばらくお待ちくださいませ。

      処理が終わり次第、改めてご報告申し上げます。

      小林
      Amazon Web Services トレーニングと認定

      ________________________________
      From: 佐藤 健太 <kenta-sato@outlook.jp>
      Sent: Tuesday, August 5, 2025 9:03 PM
      To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
      Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

      小林様

      ご連絡ありがとうございます。記載の内容で問題ありません。
      統合をお願いいたします。

      佐藤
      ''') % C002, 'plain', 'iso-2022-jp', '7bit'))

# ---------------------------------------------------------------- 033 arranged, will report when done (console)
build('033-console-reply-takahashi.eml',
      ('support_reply', C003, ['AWS02281906', 'AWS08810273'], True, 'ja'),
      frm=AWS_NOREPLY, to='sho_takahashi@nifty.com',
      subject=subj('RE:[CASE %s] ' % C003, ('認定アカウントの統合のお願い', 'utf-8')),
      date=jst(2025, 9, 13, 9, 20, 2), profile='nifty', sender='aws',
      body=part(D('''
      高橋様

      吉田です。ご承諾のご連絡をいただき、ありがとうございました。

      ご了承いただいた内容(AWS08810273 の記録を AWS02281906 へまとめる)にて、統合の手配をいたしました。
      完了しましたら、このケースで改めてご連絡いたします。
      統合が終わるまでは、AWS02281906 でのサインインをお願いいたします。

      吉田
      Amazon Web Services

      ''') + console_footer_ja(C003), 'plain', 'utf-8', 'base64'))

# ---------------------------------------------------------------- 034 in progress, Shift_JIS label with cp932-only characters
_usr034 = D('''
加藤様
先週同意の返信をしましたが、まだ統合されていないようです。
進捗を教えていただけますか。
伊藤
''')
build('034-form-reply-ito.eml',
      ('support_reply', C004, ['AWS03885210', 'AWS09142267'], True, 'ja'),
      frm=AWS_FORM, to=addr('伊藤 さくら', 'sakura.ito@biglobe.ne.jp', 'iso-2022-jp'),
      subject='RE:[CASE %s] %s' % (C004, FORM_SUBJ), date=jst(2025, 10, 22, 16, 4, 51),
      profile='biglobe', sender='aws',
      body=part(D('''
      伊藤 さくら 様

      お世話になっております。加藤です。
      お待たせしてしまい、申し訳ございません。

      現在の状況は以下のとおりです。

        ① ご同意の確認:10月16日に完了
        ② 統合作業(AWS09142267 → AWS03885210):担当部署にて対応中
        ③ 作業完了のご連絡:作業が終わり次第、本ケースにてお送りします

      繁忙期のため通常より時間を要しておりますが、順番に処理を進めております。
      追加でご対応いただくことはございませんので、今しばらくお待ちいただけますと幸いです。

      加藤
      Amazon Web Services

      > ''') + q(_usr034).lstrip('> ').lstrip(), 'plain', 'shift_jis', 'quoted-printable'))

# ---------------------------------------------------------------- 035 question about an exam booking
build('035-form-reply-watanabe.eml',
      ('support_reply', C005, ['AWS01177480', 'AWS06350917'], True, 'ja'),
      frm=AWS_FORM, to=addr('渡辺 大輔', 'daisuke.wtnb@gmail.com'),
      subject='RE: [CASE %s] %s' % (C005, FORM_SUBJ), date=jst(2025, 11, 5, 12, 18, 7),
      profile='gmail', sender='aws',
      body=part(D('''
      渡辺 大輔 様

      井上です。ご承認のご返信、ありがとうございました。

      AWS01177480 を AWS06350917 にまとめる作業の前に、一点だけ確認させてください。
      AWS01177480 側で、11月15日(土)に AWS Certified Developer - Associate の試験予約が入っているようです。

      統合の処理中は試験の予約情報が一時的に参照できなくなるため、
      受験日より前に統合を行うか、受験後に統合を行うかをお選びいただけますでしょうか。
      (受験後に統合する場合、試験結果も AWS06350917 に引き継がれます)

      ご希望をお知らせいただければ、それに合わせて手配いたします。

      井上
      Amazon Web Services トレーニングと認定
      '''), 'plain', 'utf-8', 'base64'))

# ---------------------------------------------------------------- 036 name mismatch question
build('036-form-reply-matsuda.eml',
      ('support_reply', C009, ['AWS03377162', 'AWS05519904'], True, 'ja'),
      frm=AWS_FORM, to='hikaru.matsuda@docomo.ne.jp',
      subject='RE:[CASE %s] %s' % (C009, FORM_SUBJ), date=jst(2026, 1, 16, 10, 30, 40),
      profile='docomo', sender='aws',
      body=part(D('''
      松田 光 様

      清水です。ご同意のご返信をありがとうございます。

      作業の準備中に、2つのアカウントで氏名のローマ字表記が異なっていることに気づきました。

        AWS03377162:MATSUDA HIKARU
        AWS05519904:MATSUDA HIKARI

      統合後のアカウントには、どちらか一方の表記のみが残ります。
      試験当日にご提示いただく身分証明書と一致している必要がございますので、
      正しい表記をお知らせいただけますでしょうか。

      清水
      Amazon Web Services トレーニングと認定
      '''), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 037 address question, alternative parts
_t037 = D('''
鈴木 由紀 様

福田です。3件の統合についてご了解いただき、ありがとうございます。

統合にあたり、各アカウントに登録されているご住所がそれぞれ異なっておりました。

  AWS03310457:東京都港区(勤務先)
  AWS06028841:神奈川県横浜市
  AWS00974412:埼玉県さいたま市

統合後の AWS03310457 に登録するご住所を、郵便番号からご教示いただけますか。
(認定の記念品などの発送先として使用されます)

福田
Amazon Web Services
''')
_h037 = '<html><body><p>' + _t037.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></body></html>'
build('037-form-reply-suzuki.eml',
      ('support_reply', C014, ['AWS00974412', 'AWS03310457', 'AWS06028841'], True, 'ja'),
      frm=AWS_FORM, to=addr('鈴木 由紀', 'y-suzuki@hokuto-systems.co.jp'),
      subject='RE:[CASE %s] %s' % (C014, FORM_SUBJ), date=jst(2026, 2, 5, 14, 2, 31),
      profile='o365', sender='aws',
      body=alt(part(_t037, 'plain', 'utf-8', 'quoted-printable'), part(_h037, 'html', 'utf-8', 'base64')))

# ---------------------------------------------------------------- 038 receipt answer, nothing asked
build('038-form-reply-kimura.eml',
      ('support_reply', C008, ['AWS04150276', 'AWS08263391'], True, 'ja'),
      frm=AWS_FORM, to=addr('木村 拓也', 't-kimura@fujisaki-denki.co.jp'),
      subject='RE:[CASE %s] %s' % (C008, FORM_SUBJ), date=jst(2025, 7, 24, 9, 40, 5),
      profile='o365', sender='aws',
      body=part(D('''
      木村 拓也 様

      森です。ご質問いただいた領収書の件について回答いたします。

      AWS04150276 で受験された試験の領収書は、統合の前後にかかわらず、試験のご予約時に登録されたメールアドレス宛てに
      Pearson VUE から送付されたものが有効です。統合後に AWS08263391 から再発行をご希望の場合は、
      Pearson VUE のカスタマーサービスへお問い合わせいただく形となります。

      なお、経費精算用に宛名の変更が必要な場合も、同じく Pearson VUE にてご対応いただけます。

      統合については、ご承認いただいた内容のとおり進めております。

      森
      Amazon Web Services
      '''), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 039 identity check
_o = jst(2025, 3, 3, 20, 40, 12); C039 = cid15(_o, '00764')
build('039-form-reply-sakurai.eml',
      ('support_reply', C039, ['AWS04400918', 'AWS07162395'], True, 'ja'),
      frm=AWS_FORM, to=addr('桜井 学', 'manabu.sakurai@nifty.com', 'iso-2022-jp'),
      subject='RE:[CASE %s] %s' % (C039, FORM_SUBJ), date=jst(2025, 3, 4, 15, 11, 28),
      profile='nifty', sender='aws',
      body=part(D('''
      桜井 学 様

      AWS トレーニングと認定の吉川です。お問い合わせありがとうございます。

      ご記載の AWS04400918 と AWS07162395 の統合をご希望とのこと、承知いたしました。
      統合の内容をご案内する前に、ご本人様確認をさせていただいております。

      お手数ですが、以下の2点をお知らせください。
        ・それぞれのアカウントに登録されているメールアドレス
        ・アカウントに登録されている生年月日

      確認が取れましたら、統合の詳細をご案内いたします。

      吉川
      Amazon Web Services
      '''), 'plain', 'iso-2022-jp', '7bit'))

# ---------------------------------------------------------------- 040 hand-over summary
build('040-form-reply-okada.eml',
      ('support_reply', C015, ['AWS04093375', 'AWS07650921'], True, 'ja'),
      frm=AWS_FORM, to=addr('岡田 誠', 'makoto.okada@outlook.com'),
      subject='RE:[CASE %s] %s' % (C015, FORM_SUBJ), date=jst(2025, 8, 21, 13, 0, 44),
      profile='outlook', sender='aws',
      body=part(D('''
      岡田 誠 様

      Amazon Web Services の近藤と申します。
      前任の村上に代わり、本日より本ケースを担当させていただきます。

      これまでの経緯を以下にまとめました。

        8月15日 アカウント統合のご依頼を受付
        8月19日 統合内容(AWS07650921 を AWS04093375 にまとめる)をご案内
        8月19日 岡田様より、上記内容で進めてよい旨のご返信
        現在    担当部署での作業順番待ち

      岡田様に追加でお願いすることは現時点ではございません。
      進捗がありましたら、私からご連絡いたします。

      近藤
      Amazon Web Services
      '''), 'plain', 'utf-8', 'base64'))


# ---------------------------------------------------------------- 041 closure after no reply + rating (survey)
build('041-form-reply-sugiyama.eml',
      ('survey', C026, ['AWS03024471', 'AWS08850306'], True, 'ja'),
      frm=AWS_FORM, to='mai.sugiyama.22@gmail.com',
      subject='RE:[CASE %s] %s' % (C026, FORM_SUBJ), date=jst(2025, 12, 15, 10, 20, 3),
      profile='gmail', sender='aws',
      body=alt(part(D('''
      杉山 舞 様

      Amazon Web Services の菅原です。

      12月8日にご連絡して以降、ご返信をいただけておりませんでしたので、本ケースはクローズとさせていただきました。
      AWS03024471 と AWS08850306 はどちらも現在の状態のまま残っており、統合は行っておりません。

      統合を改めてご希望の場合は、新しいケースを作成せず、本メールにご返信ください。

      今回の対応について、アンケートへのご協力をお願いいたします。
      問題は解決しましたか? はい: https://aws.amazon.com/survey/tc?c=%s&r=yes
                            いいえ: https://aws.amazon.com/survey/tc?c=%s&r=no

      菅原
      Amazon Web Services
      ''') % (C026, C026), 'plain', 'utf-8', 'quoted-printable'),
      part(D('''
      <html><body style="font-family:sans-serif">
      <p>杉山 舞 様</p>
      <p>Amazon Web Services の菅原です。</p>
      <p>12月8日にご連絡して以降、ご返信をいただけておりませんでしたので、本ケースはクローズとさせていただきました。<br>
      AWS03024471 と AWS08850306 はどちらも現在の状態のまま残っており、統合は行っておりません。</p>
      <p>統合を改めてご希望の場合は、新しいケースを作成せず、本メールにご返信ください。</p>
      <p>今回の対応について、アンケートへのご協力をお願いいたします。<br>問題は解決しましたか?</p>
      <p><a href="https://aws.amazon.com/survey/tc?c=%s&amp;r=yes">はい</a> &nbsp; <a href="https://aws.amazon.com/survey/tc?c=%s&amp;r=no">いいえ</a></p>
      <p>菅原<br>Amazon Web Services</p>
      </body></html>
      ''') % (C026, C026), 'html', 'utf-8', 'quoted-printable')))

# ---------------------------------------------------------------- 042 FAQ on the case
build('042-form-reply-morita.eml',
      ('support_reply', C016, ['AWS01365508', 'AWS09720064'], True, 'ja'),
      frm=AWS_FORM, to='haruka.morita@ocn.ne.jp',
      subject='RE:[CASE %s] %s' % (C016, FORM_SUBJ), date=jst(2025, 5, 15, 11, 33, 9),
      profile='ocn', sender='aws',
      body=part(D('''
      森田 悠 様

      川口です。AWS09720064 と AWS01365508 の統合について、いただいたご質問を含め、よくあるご質問をまとめました。
      ご参考になれば幸いです。

      Q1. 統合の前に確認の連絡はありますか?
      A1. はい。担当者から「この内容で統合してよろしいでしょうか」という確認のメールをお送りし、
          ご返信をいただいてから実施します。森田様からは既にご承諾をいただいておりますので、追加のご対応は不要です。

      Q2. 統合を取り消すことはできますか?
      A2. できません。統合されたアカウントを再度分けることはできない仕組みです。

      Q3. デジタルバッジはどうなりますか?
      A3. 統合後、残るアカウントのメールアドレス宛てに Credly から改めて発行のお知らせが届きます。

      Q4. 50% 割引バウチャーは引き継がれますか?
      A4. 未使用のものは残るアカウントに引き継がれます。

      その他ご不明点がございましたら、本メールにご返信ください。

      川口
      Amazon Web Services トレーニングと認定
      '''), 'plain', 'iso-2022-jp', '7bit'))

# ---------------------------------------------------------------- 043 follow-up, still need help? (console, 11-digit)
C043 = '13490257716'
build('043-console-reply-ota.eml',
      ('support_reply', C043, ['AWS02391168', 'AWS08530742'], True, 'ja'),
      frm=AWS_NOREPLY, to=addr('太田 恵美', 'emi.ota.works@gmail.com'),
      subject=subj('RE:[CASE %s] ' % C043, ('認定アカウント統合の前に試験予約について', 'utf-8-q')),
      date=jst(2025, 2, 26, 17, 12, 30), profile='gmail', sender='aws-usw2',
      body=part(D('''
      太田 恵美 様

      Amazon Web Services の野口です。

      先日、AWS02391168 を AWS08530742 にまとめる前に、AWS02391168 側の試験予約をキャンセルしていただくようご案内いたしました。
      その後、キャンセルのお手続きはお済みでしょうか。

      まだサポートが必要な場合は、サポートセンターからご返信ください。
      5 日以内にご返信がない場合、本ケースは自動的に解決済みとなります。

      野口
      Amazon Web Services

      ''') + console_footer_ja(C043), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 044 asks which account to keep
_o = jst(2025, 11, 10, 23, 55, 1); C044 = cid15(_o, '00405')
build('044-form-reply-chiba.eml',
      ('support_reply', C044, ['AWS03106624', 'AWS05840037'], True, 'ja'),
      frm=AWS_FORM, to=addr('千葉 大地', 'daichi.chiba@outlook.jp'),
      subject='RE:[CASE %s] %s' % (C044, FORM_SUBJ), date=jst(2025, 11, 12, 10, 6, 17),
      profile='outlook', sender='aws',
      body=part(D('''
      千葉 大地 様

      AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の星野です。

      千葉様のお名前で、次の2つの認定アカウントを確認いたしました。

        AWS05840037  登録メール:daichi.chiba@outlook.jp  取得済み:Cloud Practitioner
        AWS03106624  登録メール:d-chiba@minato-soft.co.jp  取得済み:Solutions Architect - Associate

      統合後に残すアカウントを、どちらか一方お選びいただけますでしょうか。
      残すアカウントのメールアドレスが、今後のサインインと通知の宛先になります。

      ご指定をいただきましたら、統合の内容を改めてご案内いたします。

      星野
      Amazon Web Services
      '''), 'plain', 'utf-8', '8bit'))

# ---------------------------------------------------------------- 045 completion + survey, confirmation request quoted under
_req045 = D('''
田中 美咲 様

上記の内容で統合を進めてよろしいでしょうか。
本メールにご返信いただき、ご意向を確認でき次第、手続きを開始いたします。

  ・AWS04417329(サインイン用メール: misaki.tanaka.0412@gmail.com)
  ・AWS07731068(サインイン用メール: m-tanaka@kaiun-logi.co.jp)

中村
''')
build('045-form-reply-tanaka.eml',
      ('merge_completed', C001, ['AWS04417329', 'AWS07731068'], True, 'ja'),
      frm=AWS_FORM, to='misaki.tanaka.0412@gmail.com',
      subject='RE:[CASE %s] %s' % (C001, FORM_SUBJ), date=jst(2025, 5, 30, 15, 27, 58),
      profile='gmail', sender='aws',
      body=part(D('''
      田中 美咲 様

      中村でございます。お待たせいたしました。

      AWS07731068 と AWS04417329 の統合が完了しました。
      今後は AWS04417329 にサインインいただくと、すべての認定資格をご確認いただけます。
      Credly のバッジにつきましては、数日以内に misaki.tanaka.0412@gmail.com 宛てに届く予定です。

      本件はこれにてクローズとさせていただきます。
      よろしければ、以下のアンケートから今回の対応についてご意見をお聞かせください。
      https://aws.amazon.com/survey/tc?c=%s

      中村
      Amazon Web Services

      ----- 2025/05/27 送信済みメッセージ -----
      ''') % C001 + q(_req045, '| '), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 046 completion paraphrased, Shift_JIS base64
build('046-form-reply-ito.eml',
      ('merge_completed', C004, ['AWS03885210', 'AWS09142267'], True, 'ja'),
      frm=AWS_FORM, to=addr('伊藤 さくら', 'sakura.ito@biglobe.ne.jp', 'iso-2022-jp'),
      subject='RE:[CASE %s] %s' % (C004, FORM_SUBJ), date=jst(2025, 10, 24, 11, 8, 20),
      profile='biglobe', sender='aws',
      body=part(D('''
      伊藤 さくら 様

      加藤です。長らくお待たせいたしました。

      AWS09142267 に登録されていた認定資格と受験履歴を、AWS03885210 へ移行いたしました。
      AWS09142267 は本日付で閉鎖しておりますので、今後は AWS03885210 をご利用ください。

      次回受験の 50% 割引特典も AWS03885210 の特典ページに表示されております。

      ほかにお困りのことがございましたら、お気軽にご連絡ください。

      加藤
      Amazon Web Services
      '''), 'plain', 'shift_jis', 'base64'))

# ---------------------------------------------------------------- 047 completion, HTML only, old profile deactivated
build('047-form-reply-komatsu.eml',
      ('merge_completed', C024, ['AWS04966302', 'AWS07408815'], True, 'ja'),
      frm=AWS_FORM, to=addr('小松 直人', 'naoto.komatsu@nifty.com', 'iso-2022-jp'),
      subject='RE:[CASE %s] %s' % (C024, FORM_SUBJ), date=jst(2025, 7, 7, 9, 15, 2),
      profile='nifty', sender='aws',
      body=part(D('''
      <html><body>
      <p>小松 直人 様</p>
      <p>遠藤でございます。</p>
      <p>お手続きが済みましたのでお知らせいたします。<br>
      AWS04966302 にあった Cloud Practitioner の記録は、AWS07408815 の認定一覧でご確認いただけます。<br>
      AWS04966302 は無効化済みのため、サインインはできません。</p>
      <p>本ケースは解決済みとなります。対応の評価にご協力をお願いいたします。</p>
      <p><a href="https://aws.amazon.com/survey/tc?c=%s&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>
      <a href="https://aws.amazon.com/survey/tc?c=%s&amp;r=1">&#9733;</a></p>
      <p>遠藤<br>Amazon Web Services</p>
      </body></html>
      ''') % (C024, C024), 'html', 'utf-8', 'base64'))

# ---------------------------------------------------------------- 048 console case opened (ja)
_d048 = jst(2025, 12, 8, 14, 30, 29)
build('048-console-notice-nakajima.eml',
      ('case_created', C011, ['AWS00836149', 'AWS07258813'], True, 'ja'),
      frm=AWS_NOREPLY, to=addr('中島 亜美', 'ami.nakajima@so-net.ne.jp', 'iso-2022-jp'),
      subject=subj('Amazon Web Services: ', ('新しいサポートケースを作成しました:', 'utf-8'), ' ' + C011),
      date=_d048, profile='sonet', sender='aws',
      body=part(D('''
      Amazon Web Services にお問い合わせいただきありがとうございます。
      お客様の問題に対応するため、ケース %s を作成しました。

      ケース ID: %s
      件名: AWS認定のアカウントが重複しているため一つにまとめたい
      重要度: 一般的な質問
      お問い合わせ内容:
      AWS認定のアカウントが AWS07258813 と AWS00836149 の2つあります。
      AWS07258813 の方を使い続けたいので、もう一方をまとめてください。

      ケースの確認や返信は、AWS サポートセンターから行えます:
      https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

      *このメールは送信専用アドレスから送信されています。このメールに返信されても、内容を確認することはできません。*

      Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
      ''') % (C011, C011, C011), 'plain', 'utf-8', 'base64'))

# ---------------------------------------------------------------- 049 form desk acknowledgement (ja)
build('049-form-notice-fujii.eml',
      ('case_created', C017, ['AWS08092214'], True, 'ja'),
      frm=AWS_FORM, to='tsubasa.fujii.cloud@gmail.com',
      subject='[CASE %s] %s' % (C017, FORM_SUBJ), date=jst(2025, 11, 20, 7, 46, 3),
      profile='gmail', sender='aws',
      body=part(D('''
      お問い合わせいただきありがとうございます。

      AWS トレーニングと認定へのご依頼を受け付けました(ケース番号: %s)。
      担当者より、原則として 24 時間以内にご連絡いたします。

      同じ内容で重ねてお問い合わせいただきますと、対応に時間がかかる場合がございます。
      追加の情報がある場合は、このメールにご返信ください。

      ---- 送信内容 ----
      お問い合わせの種類: AWS Training and Certification
      詳細: Account Merge
      AWS candidate ID: AWS08092214
      お名前: 藤井 翼
      メールアドレス: tsubasa.fujii.cloud@gmail.com
      内容: 転職前に作ったアカウントがもう一つあるので、統合をお願いします。古い方の ID は覚えていません。

      Amazon Web Services
      ''') % C017, 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 050 console case opened (en)
_o = datetime(2026, 1, 20, 3, 14, 9, tzinfo=UTC); C050 = cid15(_o, '00552')
build('050-console-notice-kim.eml',
      ('case_created', C050, ['AWS03918840', 'AWS07655127'], True, 'en'),
      frm=AWS_NOREPLY, to='Sarah Kim <sarah.kim.sk@outlook.com>',
      subject='Amazon Web Services: You have opened a new Support case: %s' % C050,
      date=datetime(2026, 1, 20, 3, 14, 12, tzinfo=UTC), profile='outlook', sender='aws',
      body=alt(part(D('''
      Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

      The details of your case are as follows:

      Case ID: %s
      Subject: Two certification profiles - please combine
      Severity: General guidance
      Correspondence: Hi, I ended up with two certification profiles, AWS 03918840 and aws07655127. Could you combine them into the first one? Thanks, Sarah

      You can view and respond to your case in the Support Center:
      https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

      Best regards,
      Amazon Web Services

      *Please note: this e-mail was sent from an address that cannot accept incoming e-mail.*
      ''') % (C050, C050, C050), 'plain', 'us-ascii', '7bit'),
      part(D('''
      <html><body><p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
      <p>Case ID: %s<br>Subject: Two certification profiles - please combine<br>Severity: General guidance<br>
      Correspondence: Hi, I ended up with two certification profiles, AWS 03918840 and aws07655127. Could you combine them into the first one? Thanks, Sarah</p>
      <p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">View your case</a></p>
      <p>Best regards,<br>Amazon Web Services</p></body></html>
      ''') % (C050, C050, C050), 'html', 'us-ascii', 'quoted-printable')))


# ---------------------------------------------------------------- 051 rating request only (survey)
_t051 = D('''
西田 涼子 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース %s は解決済みとしてクローズされました。

今回のサポートはいかがでしたか。今後のサービス向上のため、1分ほどのアンケートにご協力ください。

  問題は解決しましたか?
  はい  https://aws.amazon.com/survey/tc?c=%s&a=1
  いいえ https://aws.amazon.com/survey/tc?c=%s&a=0

担当者の対応を 5 段階で評価する:
https://aws.amazon.com/survey/tc/rate?c=%s

Amazon Web Services
''') % (C030, C030, C030, C030)
_h051 = D('''
<html><body style="font-family:sans-serif;font-size:14px">
<p>西田 涼子 様</p>
<p>このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。<br>ケース %s は解決済みとしてクローズされました。</p>
<p><b>今回のサポートはいかがでしたか。</b>今後のサービス向上のため、1分ほどのアンケートにご協力ください。</p>
<p>問題は解決しましたか?&nbsp; <a href="https://aws.amazon.com/survey/tc?c=%s&amp;a=1">はい</a> | <a href="https://aws.amazon.com/survey/tc?c=%s&amp;a=0">いいえ</a></p>
<p><a href="https://aws.amazon.com/survey/tc/rate?c=%s">担当者の対応を評価する</a></p>
<p>Amazon Web Services</p>
</body></html>
''') % (C030, C030, C030, C030)
build('051-form-notice-nishida.eml',
      ('survey', C030, [], True, 'ja'),
      frm=AWS_FORM, to=addr('西田 涼子', 'ryoko.nishida@outlook.com'),
      subject=subj('RE:[CASE %s] ' % C030, ('アンケートご協力のお願い', 'utf-8')), date=jst(2025, 6, 25, 9, 0, 14),
      profile='outlook', sender='aws',
      body=alt(part(_t051, 'plain', 'utf-8', 'quoted-printable'), part(_h051, 'html', 'utf-8', 'base64')))

# ---------------------------------------------------------------- 052 Credly badge issued (ja)
_t052 = D('''
おめでとうございます、田中 美咲 さん

Amazon Web Services Training and Certification から、新しいデジタルバッジ「AWS Certified Solutions Architect – Associate」が発行されました。

バッジを受け取って、LinkedIn などで実績を共有しましょう。

バッジを受け取る:
https://www.credly.com/badges/5f3c2a91-7d0e-4b8a-9e61-2c4f8a0b7d13?source=email_badge_issued

このメールは misaki.tanaka.0412@gmail.com 宛てに送信されました。
Credly, Inc. | 3 Columbus Circle, 15th Floor, New York, NY 10019
''')
_h052 = D('''
<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="AWS Certified Solutions Architect – Associate">
<h2>おめでとうございます、田中 美咲 さん</h2>
<p>Amazon Web Services Training and Certification から、新しいデジタルバッジ「AWS Certified Solutions Architect – Associate」が発行されました。</p>
<p><a href="https://www.credly.com/badges/5f3c2a91-7d0e-4b8a-9e61-2c4f8a0b7d13?source=email_badge_issued" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p style="font-size:12px;color:#777">このメールは misaki.tanaka.0412@gmail.com 宛てに送信されました。<br>Credly, Inc. | 3 Columbus Circle, 15th Floor, New York, NY 10019</p>
</td></tr></table></body></html>
''')
build('052-credly-tanaka.eml',
      ('credly_badge_issued', None, [], True, 'ja'),
      frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
      to='misaki.tanaka.0412@gmail.com',
      subject=subj(('Amazon Web Services Training and Certification があなたにバッジを発行しました', 'utf-8')),
      date=jst(2025, 6, 2, 4, 11, 50), profile='gmail', sender='credly',
      msgid='<%s@geopod-ismtpd-%d>' % (rb64(18).replace('/', 'x').replace('+', 'y'), R.randint(1, 40)),
      body=alt(part(_t052, 'plain', 'utf-8', 'quoted-printable'), part(_h052, 'html', 'utf-8', 'quoted-printable')))

# ---------------------------------------------------------------- 053 Credly badges moved after merge (en)
_t053 = D('''
Hi Emily,

Good news: the badges from your other AWS Training and Certification profile have been moved to this Credly account.

- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate

They're ready for you to accept. Accept your badges to start sharing them.

Accept your badge: https://www.credly.com/earner/earned?source=email_badge_transferred

Questions? Visit https://support.credly.com

This message was sent to emily.carter.dev@gmail.com.
''')
build('053-credly-carter.eml',
      ('credly_badge_issued', None, [], True, 'en'),
      frm='Amazon Web Services Training and Certification via Credly <admin@credly.com>',
      to='emily.carter.dev@gmail.com',
      subject='Your AWS Training and Certification badges are ready to accept',
      date=datetime(2025, 9, 8, 20, 3, 11, tzinfo=UTC), profile='gmail', sender='credly',
      msgid='<%s@geopod-ismtpd-%d>' % (rb64(18).replace('/', 'x').replace('+', 'y'), R.randint(1, 40)),
      body=alt(part(_t053, 'plain', 'us-ascii', '7bit'),
               part('<html><body>' + _t053.replace('\n\n', '</p><p>').replace('Accept your badge: ', '<a href="https://www.credly.com/earner/earned?source=email_badge_transferred">Accept your badge</a> ') + '</body></html>', 'html', 'us-ascii', 'quoted-printable')))

# ---------------------------------------------------------------- 054 Credly's own account-merge code (en)
build('054-credly-kim.eml',
      ('unrelated', None, [], True, 'en'),
      frm='Credly <admin@credly.com>', to='sarah.kim.sk@outlook.com',
      subject='Your Credly account merge verification code',
      date=datetime(2026, 1, 28, 1, 44, 20, tzinfo=UTC), profile='outlook', sender='credly',
      msgid='<%s@geopod-ismtpd-%d>' % (rb64(18).replace('/', 'x').replace('+', 'y'), R.randint(1, 40)),
      body=alt(part(D('''
      Hi Sarah,

      You requested to merge another Credly account into this one. Enter the verification code below to continue:

          482913

      Or click Complete Account Merge: https://www.credly.com/users/merge/confirm?token=c2FyYWgua2ltLnNrQG91dGxvb2suY29t

      The code expires in 30 minutes. If you didn't request this, you can ignore this email.

      The Credly Team
      '''), 'plain', 'us-ascii', '7bit'),
      part(D('''
      <html><body><p>Hi Sarah,</p><p>You requested to merge another Credly account into this one. Enter the verification code below to continue:</p>
      <p style="font-size:24px;letter-spacing:4px"><b>482913</b></p>
      <p><a href="https://www.credly.com/users/merge/confirm?token=c2FyYWgua2ltLnNrQG91dGxvb2suY29t">Complete Account Merge</a></p>
      <p>The code expires in 30 minutes. If you didn't request this, you can ignore this email.</p><p>The Credly Team</p></body></html>
      '''), 'html', 'us-ascii', 'quoted-printable')))

# ---------------------------------------------------------------- 055 user forwards the confirmation request to a colleague
_fwd055 = D('''
---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年5月27日(火) 16:48
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: <misaki.tanaka.0412@gmail.com>


田中 美咲 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。

  ・AWS04417329(サインイン用メール: misaki.tanaka.0412@gmail.com)
  ・AWS07731068(サインイン用メール: m-tanaka@kaiun-logi.co.jp)

AWS07731068 に記録されている認定資格と受験履歴をすべて AWS04417329 へ移し、
AWS07731068 はその後ご利用いただけなくなります。

上記の内容で統合を進めてよろしいでしょうか。

中村
''') % C001
_irt055 = ses_id(jst(2025, 5, 27, 16, 48, 12))
build('055-fwd-tanaka.eml',
      ('unrelated', C001, ['AWS04417329', 'AWS07731068'], False, 'ja'),
      frm=addr('田中 美咲', 'misaki.tanaka.0412@gmail.com'), to=addr('大西 亮', 'r-onishi@kaiun-logi.co.jp'),
      subject=subj('Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C001),
      date=jst(2025, 5, 27, 19, 5, 33), profile='o365', date_tz=JST,
      sender=generic_sender('gmail.com', ip='209.85.%d.%d' % (R.randint(128, 223), R.randint(1, 250)), helo='mail-pj1-f%d.google.com' % R.randint(41, 99),
                            policy='NONE', selector='20230601'),
      msgid='<CAH%s@mail.gmail.com>' % rb64(36).replace('/', 'x').replace('+', 'y'),
      irt=_irt055, refs=_irt055,
      body=alt(part(D('''
      大西さん

      お疲れさまです。田中です。
      AWS 認定のアカウント統合の件で、AWS から下のメールが来ました。
      会社のアドレスで作った AWS07731068 がなくなって、個人の AWS04417329 に一本化されるそうです。
      会社の資格取得記録(研修管理システム)に登録している ID が変わってしまうと思うので、
      返信する前に問題ないかだけ確認させてください。

      田中

      ''') + _fwd055, 'plain', 'utf-8', 'base64'),
      part('<div dir="ltr">' + D('''
      大西さん<br><br>お疲れさまです。田中です。<br>AWS 認定のアカウント統合の件で、AWS から下のメールが来ました。<br>
      会社のアドレスで作った AWS07731068 がなくなって、個人の AWS04417329 に一本化されるそうです。<br>
      会社の資格取得記録(研修管理システム)に登録している ID が変わってしまうと思うので、<br>返信する前に問題ないかだけ確認させてください。<br><br>田中<br><br>
      ''') + '</div><div class="gmail_quote">' + _fwd055.replace('\n', '<br>\n') + '</div>', 'html', 'utf-8', 'base64')))

# ---------------------------------------------------------------- 056 Pearson VUE appointment (ja)
build('056-pearson-watanabe.eml',
      ('unrelated', None, ['AWS01177480'], False, 'ja'),
      frm=addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), to=addr('渡辺 大輔', 'daisuke.wtnb@gmail.com'),
      subject=subj(('試験予約の確認 - AWS Certified Developer - Associate', 'iso-2022-jp')),
      date=jst(2025, 10, 30, 21, 3, 45), profile='gmail',
      sender=generic_sender('pearson.com', mailfrom_domain='mail.pearsonvue.com', ip='148.105.%d.%d' % (R.randint(1, 20), R.randint(1, 250)),
                            helo='mta-148-105-8-77.mail.pearsonvue.com', policy='REJECT', selector='pvue2023'),
      body=part(D('''
      渡辺 大輔 様

      Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

      試験名:AWS Certified Developer - Associate (DVA-C02)
      受験言語:日本語
      試験日時:2025年11月15日(土) 10:00 JST
      受験方法:OnVUE(オンライン監督付き試験)
      受験者ID:AWS01177480
      登録ID:492817365

      試験開始の30分前からチェックインが可能です。ご本人確認書類(有効期限内の顔写真付き身分証明書)をご用意ください。
      予約の変更・キャンセルは、試験開始の24時間前までに AWS 認定アカウントから行ってください。

      Pearson VUE
      '''), 'plain', 'iso-2022-jp', '7bit'))

# ---------------------------------------------------------------- 057 CertMetrics survey (en)
build('057-certmetrics-carter.eml',
      ('unrelated', None, ['AWS07083926'], False, 'en'),
      frm='AWS Certification <do-not-reply@certmetrics.com>', to='emily.carter.dev@gmail.com',
      subject='AWS Certification wants to hear from you',
      date=datetime(2025, 9, 20, 15, 0, 4, tzinfo=UTC), profile='gmail',
      sender=generic_sender('certmetrics.com', mailfrom_domain='bounce.certmetrics.com', ip='167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250)),
                            helo='o1.ptr2231.certmetrics.com', policy='QUARANTINE', selector='s1'),
      body=part(D('''
      <html><body style="font-family:Arial,sans-serif">
      <p>Hello Emily,</p>
      <p>Thank you for being part of the AWS Certification community. We'd love to hear about your recent experience
      with your certification account and our candidate support.</p>
      <p>AWS Certification Account: AWS07083926</p>
      <p>The survey takes about 5 minutes. <a href="https://www.certmetrics.com/amazon/survey/?p=8812&amp;u=AWS07083926">Take the survey</a></p>
      <p>Thank you,<br>AWS Training and Certification</p>
      <p style="font-size:11px;color:#888">This is an automated message from CertMetrics on behalf of AWS Certification. Please do not reply.</p>
      </body></html>
      '''), 'html', 'us-ascii', 'quoted-printable'))

# ---------------------------------------------------------------- 058 colleague asks about it (internal O365)
_prev058 = D('''
上田さん
AWS の資格アカウントが3つあったので、統合の依頼を出しました。
返事待ちです。
鈴木
''')
build('058-colleague-suzuki.eml',
      ('unrelated', None, [], False, 'ja'),
      frm=addr('上田 翔太', 's-ueda@hokuto-systems.co.jp'), to=addr('鈴木 由紀', 'y-suzuki@hokuto-systems.co.jp'),
      subject=subj(('RE: AWS認定アカウントの件', 'utf-8')), date=jst(2026, 2, 4, 17, 48, 2), date_tz=JST,
      profile='o365',
      sender=generic_sender('hokuto-systems.co.jp', ip='2a01:111:f403:c40c::3', helo='TYVP286CU001.outbound.protection.outlook.com',
                            dkim_res='none', dmarc='none', policy='NONE'),
      msgid='<TYWPR01MB%d%s@TYWPR01MB%d.jpnprd01.prod.outlook.com>' % (R.randint(1000, 9999), rhex(12).upper(), R.randint(1000, 9999)),
      irt='<TYWPR01MB8812F3A0C1D2@TYWPR01MB8812.jpnprd01.prod.outlook.com>',
      refs='<TYWPR01MB8812F3A0C1D2@TYWPR01MB8812.jpnprd01.prod.outlook.com>',
      body=part(D('''
      鈴木さん

      お疲れさまです。上田です。
      返事来ましたか?私のときは「この内容で統合してよろしいでしょうか」というメールが来て、
      返信したら2日くらいで終わりました。残すアカウントをどっちにするか、先に決めておくと早いですよ。
      バッジは後から Credly で届きました。

      上田

      -----Original Message-----
      From: 鈴木 由紀 <y-suzuki@hokuto-systems.co.jp>
      Sent: Wednesday, February 4, 2026 9:30 AM
      To: 上田 翔太 <s-ueda@hokuto-systems.co.jp>
      Subject: AWS認定アカウントの件

      ''') + _prev058, 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 059 another AWS case (billing) asking a confirmation
_o = jst(2025, 8, 25, 14, 2, 11); C059 = cid15(_o, '00912')
build('059-console-reply-kimura.eml',
      ('unrelated', C059, [], True, 'ja'),
      frm=AWS_NOREPLY, to=addr('木村 拓也', 't-kimura@fujisaki-denki.co.jp'),
      subject=subj('RE:[CASE %s] ' % C059, ('請求書の送付先変更について', 'utf-8')),
      date=jst(2025, 8, 26, 11, 40, 36), profile='o365', sender='aws',
      body=part(D('''
      木村様

      Amazon Web Services 請求とアカウントサポートの高田です。

      AWS アカウント 4821 7730 1956 の請求書送付先について、次のとおり変更いたします。

        変更前:経理部 請求書受付 <invoice@fujisaki-denki.co.jp>
        変更後:情報システム部 <it-billing@fujisaki-denki.co.jp>

      変更は翌月の請求分から反映されます。上記の内容でよろしいでしょうか。
      サポートセンターからご返信いただければ、変更を実施いたします。

      高田
      Amazon Web Services

      ''') + console_footer_ja(C059), 'plain', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- 060 look-alike phishing, not about the merge
build('060-notice-matsuda.eml',
      ('unrelated', None, [], False, 'ja'),
      frm=addr('Amazon Web Services', 'billing@aws-billing-jp.com'), to='hikaru.matsuda@docomo.ne.jp',
      subject=subj(('【AWS】お支払い方法の確認が必要です', 'iso-2022-jp')), date=jst(2026, 1, 19, 3, 27, 15),
      profile='docomo',
      sender=generic_sender('aws-billing-jp.com', ip='91.215.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), helo='mail.aws-billing-jp.com', policy='NONE'),
      body=part(D('''
      AWS をご利用のお客様

      ご登録のクレジットカードの有効期限が切れているため、今月のご請求を処理できませんでした。
      72時間以内にお支払い方法を更新いただけない場合、アカウントが停止されます。

      お支払い方法の更新:
      http://aws-billing-jp.com/ja/account/payment-update

      Amazon Web Services
      '''), 'plain', 'iso-2022-jp', '7bit'))


### END
write_labels()
