#!/usr/bin/env python3
"""Generate blind set 26: a month-ish of mail around AWS Certification account merges.

Writes NNN-slug.eml files and labels.json into this folder.
"""
import json
import os
import re
import sys
import datetime as dt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import *  # noqa

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []
NOAR = {'kumo', 'internal-ex', 'internal-minato'}
ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)')


def norm_ids(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


# ============================================================== senders
def ses_from(t, rcpt=None):
    return ses_mailfrom(t)


SES_EXTRA = lambda t, ip: ['Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rb64(43).replace('/', 'x'),
                           'X-SES-Outgoing: %s-%s' % (t.strftime('%Y.%m.%d'), ip)]

FORM = Sender('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
              'a8-30.smtp-out.amazonses.com', '54.240.8.30', ses_from, ['amazon.com', 'amazonses.com'],
              trusted=True, msgid=ses_msgid)
FORM2 = Sender('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
               'a8-51.smtp-out.amazonses.com', '54.240.8.51', ses_from, ['amazon.com', 'amazonses.com'],
               trusted=True, msgid=ses_msgid)
CONSOLE = Sender('Amazon Web Services', 'no-reply-aws@amazon.com',
                 'a8-88.smtp-out.amazonses.com', '54.240.8.88', ses_from, ['amazon.com', 'amazonses.com'],
                 trusted=True, msgid=ses_msgid)
CONSOLE2 = Sender('Amazon Web Services', 'no-reply-aws@amazon.com',
                  'a9-27.smtp-out.amazonses.com', '54.240.9.27', ses_from, ['amazon.com', 'amazonses.com'],
                  trusted=True, msgid=ses_msgid)


def credly_mf(t, rcpt):
    return 'bounces+2191708-%s-%s@em6188.credly.com' % (rhex(4), rcpt.replace('@', '='))


def credly_msgid(t):
    return '<%s@geopod-ismtpd-%d>' % (ralnum(22), R.randint(1, 40))


CREDLY_AWS = Sender('Amazon Web Services Training and Certification via Credly', 'admin@credly.com',
                    'o3.ptr7154.credly.com', '167.89.101.213', credly_mf, ['credly.com', 'sendgrid.info'],
                    trusted=True, msgid=credly_msgid)
CREDLY = Sender('Credly', 'admin@credly.com', 'o3.ptr7154.credly.com', '167.89.101.213', credly_mf,
                ['credly.com', 'sendgrid.info'], trusted=True, msgid=credly_msgid)


def mk(slug, kind, lang, t, sender, rcpt, rcpt_name, subject, ent, provider, case=None, new='',
       msgid=None, irt=None, refs=None, forged=None, extra=(), to_hdr=None, cc=None, from_hdr=None,
       ses=True, post=()):
    mf = sender.mailfrom(t, rcpt) if callable(sender.mailfrom) and sender.mailfrom.__code__.co_argcount == 2 \
        else sender.mf(t)
    if provider == 'gmail':
        trace = trace_gmail(rcpt, sender, t, mf)
    elif provider == 'o365':
        trace = trace_o365(rcpt, sender, t, mf)
    elif provider == 'outlook':
        trace = trace_o365(rcpt, sender, t, mf, tenant_host='PH7P221MB%d.NAMP221.PROD.OUTLOOK.COM' % R.randint(1000, 9999),
                           consumer=True)
    elif provider == 'biglobe':
        trace = trace_jp_isp(rcpt, sender, t, mf)
    elif provider == 'minato':
        trace = trace_opendmarc(rcpt, sender, t, mf)
    elif provider == 'kumo':
        trace = trace_postfix_noar(rcpt, sender, t, mf)
    elif provider == 'internal-ex':
        trace = trace_exchange_internal(t)
    elif provider == 'internal-minato':
        trace = trace_internal_postfix(t)
    else:
        raise ValueError(provider)
    if forged:
        trace = trace + forged
    dk = [dkim_sig(d, t) for d in sender.dkim_domains] if provider not in ('internal-ex', 'internal-minato') else []
    mh = ['Date: %s' % rfc(t).replace('-0000', '+0000')]
    mh.append('From: %s' % (from_hdr or addr(sender.name, sender.email, sender.name_charset, sender.name_codec)))
    mh.append('To: %s' % (to_hdr or (addr(rcpt_name, rcpt) if rcpt_name else rcpt)))
    if cc:
        mh.append('Cc: %s' % cc)
    mid = msgid or (sender.msgid(t) if sender.msgid else '<%s@%s>' % (uuid_like(), sender.from_domain))
    mh.append('Message-ID: %s' % mid)
    mh.append('Subject: %s' % subject)
    if irt:
        mh.append('In-Reply-To: %s' % irt)
    if refs:
        mh.append('References: %s' % refs)
    mh.extend(extra)
    if ses and sender.msgid is ses_msgid:
        mh.extend(SES_EXTRA(t, sender.ip))
    if provider in ('o365', 'outlook'):
        post = list(post) + o365_tail(sender)
    raw = build(trace, dk, mh, ent, post)
    verified = None if provider in NOAR else bool(sender.trusted and sender.dmarc == 'pass')
    MAILS.append(dict(slug=slug, kind=kind, lang=lang, t=t, raw=raw, case=case, ids=norm_ids(new),
                      verified=verified))
    return mid


# ============================================================== shared text
CONSOLE_FOOT_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. and its affiliates
"""


def console_links_en(case):
    return """============================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

============================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % case


def console_links_ja(case):
    return """============================

このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

（フェデレーションで接続している場合は、リンクをクリックする前にサインインしてください。）

*このメールは送信専用のアドレスから送信されています。本件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。

============================

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
""" % case


def html_page(inner, lang='en', title=''):
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
</head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f3f3">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.55;color:#16191f">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="80" alt="AWS" style="display:block;border:0"></td></tr>
<tr><td style="padding:24px">
%s
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
""" % (lang, esc(title), inner)


def credly_html(first, badge, issuer, url, lead, extra_note='', button='Accept badge'):
    return """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>%s</title></head>
<body style="margin:0;padding:0;background-color:#f6f6f6;">
<center>
<table width="100%%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#333333;">
  <tr><td style="padding:20px 30px;border-bottom:1px solid #eeeeee;"><img src="https://images.credly.com/assets/credly-logo-orange.png" alt="Credly" width="96"></td></tr>
  <tr><td style="padding:30px 30px 10px 30px;font-size:22px;font-weight:bold;">%s</td></tr>
  <tr><td style="padding:0 30px 20px 30px;font-size:15px;line-height:22px;">%s</td></tr>
  <tr><td align="center" style="padding:10px 30px;"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" height="170" alt="%s"></td></tr>
  <tr><td align="center" style="padding:4px 30px 0 30px;font-size:17px;font-weight:bold;">%s</td></tr>
  <tr><td align="center" style="padding:2px 30px 20px 30px;font-size:13px;color:#777777;">Issued by %s</td></tr>
  <tr><td align="center" style="padding:10px 30px 30px 30px;"><a href="%s" style="background:#ff6b00;color:#ffffff;text-decoration:none;padding:12px 28px;border-radius:4px;font-weight:bold;display:inline-block;">%s</a></td></tr>
  %s
  <tr><td style="padding:20px 30px;font-size:11px;color:#999999;border-top:1px solid #eeeeee;">You are receiving this email because a badge was issued to this address through Credly. <a href="https://www.credly.com/notifications/unsubscribe" style="color:#999999;">Unsubscribe</a><br>Credly, Inc. &middot; 1 Metrotech Center, Brooklyn, NY 11201</td></tr>
</table>
</center>
</body>
</html>
""" % (esc(badge), esc(first), lead, uuid_like(), esc(badge), esc(badge), esc(issuer), url, button,
       ('<tr><td style="padding:0 30px 20px 30px;font-size:13px;line-height:19px;color:#555555;">%s</td></tr>' % extra_note)
       if extra_note else '')


# ============================================================== users
KENJI = ('kenji.watanabe.dev@gmail.com', '渡辺 健二')
EMILY = ('emily.carter@northwind-analytics.com', 'Emily Carter')
MIHO = ('miho.sato@biglobe.ne.jp', '佐藤 美穂')
RAHUL = ('rahul.menon87@outlook.com', 'Rahul Menon')
TOMOKO = ('t.ishii@minato-soft.co.jp', '石井 智子')
DANIEL = ('dokafor.cloud@gmail.com', 'Daniel Okafor')
HIROSHI = ('nakamura@kumo-lab.jp', '中村 浩')

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ============================================================== A: Kenji (form desk, Japanese, Gmail)
tA = utc(2025, 5, 27, 0, 14, 22)
CA = case_id(tA, '40917')

a1 = """渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付け、ケース番号 %s を発行いたしました。
担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。

同じ内容で新しいお問い合わせを作成されますと、回答が遅れる場合がございます。
追加の情報がございましたら、件名を変更せずに本メールへそのままご返信ください。

――――――――――――――――――
お問い合わせ内容
お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
AWS 受験者 ID: AWS04417392
件名: 認定アカウントの統合
――――――――――――――――――

AWS トレーニングと認定 カスタマーサポート
""" % CA
mk('watanabe-tc-1', 'case_created', 'ja', utc(2025, 5, 27, 0, 14, 49), FORM, *KENJI,
   '[CASE %s] %s' % (CA, FORM_SUBJ), leaf(a1, cte='base64'), 'gmail', case=CA, new=a1)

a2_new = """渡辺 健二 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
お知らせいただいた情報をもとに確認いたしましたところ、お客様名義で以下 2 件の
認定アカウントが登録されていることを確認いたしました。

  (1) AWS11850263 (登録メールアドレス: k-wat****@old-corp.co.jp)
      取得済み認定: AWS Certified Cloud Practitioner
  (2) AWS04417392 (登録メールアドレス: kenji.watanabe.dev@gmail.com)
      取得済み認定: AWS Certified Solutions Architect - Associate

ご要望に基づき、(1) のアカウントを (2) のアカウントへ統合し、統合後は
AWS04417392 を引き続きご利用いただく形で手続きを進める予定でございます。

なお、恐れ入りますが、統合の処理は一度実行いたしますと元に戻すことができません。
統合後、(1) のアカウントにはログインいただけなくなりますので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールへのご返信にて「統合を進めてください」と
お知らせいただけますでしょうか。ご確認いただけ次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
a2_hist = """
--- 元のお問い合わせ ---
受験者 ID: AWS04417392
内容: 以前の会社のメールアドレスで作成したアカウント (AWS11850263) があり、
認定が 2 つのアカウントに分かれてしまっています。個人のアカウントにまとめたいです。
"""
tA2 = utc(2025, 5, 28, 7, 40, 12)
mk('watanabe-tc-2', 'merge_confirmation_requested', 'ja', tA2, FORM, *KENJI,
   'RE:[CASE %s] %s' % (CA, FORM_SUBJ), leaf(a2_new + a2_hist), 'gmail', case=CA, new=a2_new)

tA_user = utc(2025, 5, 28, 22, 55, 3)
kenji_reply_id = '<CAH%s+%s@mail.gmail.com>' % (ralnum(12), ralnum(20))
a3_new = """渡辺 様

ご返信いただき、ありがとうございます。山本でございます。

統合内容についてご確認いただきましたので、これより担当部署にて統合の手続きを
進めてまいります。通常、数営業日ほどお時間を頂戴しております。
手続きが完了いたしましたら、改めて本ケースにてご連絡いたします。

今しばらくお待ちくださいますよう、お願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート
"""
a3_user = """山本様

ご連絡ありがとうございます。内容に間違いありません。
統合を進めてください。

渡辺

%s Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
%s""" % (ja_quote_date(tA2), quote(a2_new))
a3 = a3_new + '\n%s 渡辺 健二 <kenji.watanabe.dev@gmail.com>:\n%s\n' % (ja_quote_date(tA_user), quote(a3_user))
mk('watanabe-tc-3', 'support_reply', 'ja', utc(2025, 5, 29, 0, 12, 40), FORM, *KENJI,
   'RE:[CASE %s] %s' % (CA, FORM_SUBJ), leaf(a3, cte='quoted-printable'), 'gmail', case=CA, new=a3_new,
   irt=kenji_reply_id, refs=kenji_reply_id)

a4 = """渡辺 健二 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。

大変お待たせいたしました。旧アカウント AWS11850263 に登録されていた認定資格および
受験履歴を、AWS04417392 へすべて移行いたしました。旧アカウントは本日付で無効と
なっております。

お手数ではございますが、認定アカウントにログインのうえ、以下の点をご確認ください。
 ・取得済みの認定がすべて表示されていること
 ・特典 (次回の試験 50% 割引バウチャー等) が引き継がれていること

Credly のデジタルバッジにつきましては、AWS04417392 に登録されているメールアドレス宛てに
数日以内に改めてご案内が届く見込みでございます。

本件はこれにてクローズとさせていただきます。このたびはお問い合わせいただき、
誠にありがとうございました。

山本
AWS トレーニングと認定 カスタマーサポート
"""
a4_html = html_page(t2h(a4), 'ja', 'AWS Training and Certification')
mk('watanabe-tc-4', 'merge_completed', 'ja', utc(2025, 5, 30, 5, 20, 3), FORM2, *KENJI,
   'RE:[CASE %s] %s' % (CA, FORM_SUBJ),
   alternative([leaf(a4, cte='base64'), leaf(a4_html, 'html', cte='base64')]), 'gmail', case=CA, new=a4)

a5_inner = """<p style="margin:0 0 14px 0">渡辺 健二 様</p>
<p style="margin:0 0 14px 0">お問い合わせいただいたケース (ケース ID: %s) はクローズされました。<br>
今回のサポートについて、ご意見をお聞かせいただけますでしょうか。アンケートは 1 分ほどで完了します。</p>
<p style="margin:18px 0 8px 0;font-weight:bold">問題は解決しましたか?</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:10px"><a href="https://survey.support.aws.a2z.com/r/%s?case=%s&amp;q1=yes" style="background:#ff9900;color:#16191f;padding:10px 26px;text-decoration:none;font-weight:bold;border-radius:2px">はい</a></td>
<td><a href="https://survey.support.aws.a2z.com/r/%s?case=%s&amp;q1=no" style="background:#ffffff;border:1px solid #879596;color:#16191f;padding:9px 22px;text-decoration:none;font-weight:bold;border-radius:2px">いいえ</a></td>
</tr></table>
<p style="margin:22px 0 8px 0;font-weight:bold">担当者の対応を 5 段階で評価してください</p>
<p style="margin:0 0 14px 0;font-size:22px;letter-spacing:6px"><a href="https://survey.support.aws.a2z.com/r/%s?case=%s&amp;q2=1" style="text-decoration:none;color:#ff9900">&#9733;</a><a href="https://survey.support.aws.a2z.com/r/%s?case=%s&amp;q2=2" style="text-decoration:none;color:#ff9900">&#9733;</a><a href="https://survey.support.aws.a2z.com/r/%s?case=%s&amp;q2=3" style="text-decoration:none;color:#ff9900">&#9733;</a><a href="https://survey.support.aws.a2z.com/r/%s?case=%s&amp;q2=4" style="text-decoration:none;color:#ff9900">&#9733;</a><a href="https://survey.support.aws.a2z.com/r/%s?case=%s&amp;q2=5" style="text-decoration:none;color:#ff9900">&#9733;</a></p>
<p style="margin:22px 0 0 0;font-size:12px;color:#687078">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。<br>
AWS トレーニングと認定</p>
""" % ((CA,) + tuple(x for _ in range(7) for x in (rhex(16), CA)))
mk('watanabe-tc-5', 'survey', 'ja', utc(2025, 5, 30, 5, 21, 30), FORM2, *KENJI,
   '[CASE %s] ' % CA + ew_b('アンケートご協力のお願い', chunk=8),
   leaf(html_page(a5_inner, 'ja', 'アンケート'), 'html', cte='quoted-printable'), 'gmail', case=CA, new='')

# Credly's own account merge code (not the AWS merge)
h3 = """Hi Kenji,

We received a request to merge the Credly account registered to k-watanabe@old-corp.co.jp into your Credly account (kenji.watanabe.dev@gmail.com).

Your verification code is:

    482913

Enter this code on the merge page, or select "Complete Account Merge" below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=%s

Once the merge is complete, all badges from the other account will appear on your profile and the other account will be closed.

If you did not request this, you can safely ignore this email; nothing will change.

The Credly Team
""" % ralnum(40)
h3_html = """<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333;max-width:520px">
<p>Hi Kenji,</p>
<p>We received a request to merge the Credly account registered to <b>k-watanabe@old-corp.co.jp</b> into your Credly account (kenji.watanabe.dev@gmail.com).</p>
<p>Your verification code is:</p>
<p style="font-size:30px;letter-spacing:8px;font-weight:bold;margin:10px 0 20px 0">482913</p>
<p><a href="https://www.credly.com/users/account_merges/confirm?token=%s" style="background:#ff6b00;color:#fff;padding:11px 22px;text-decoration:none;border-radius:4px">Complete Account Merge</a></p>
<p>The code expires in 30 minutes. Once the merge is complete, all badges from the other account will appear on your profile and the other account will be closed.</p>
<p style="color:#888;font-size:12px">If you did not request this, you can safely ignore this email; nothing will change.<br>The Credly Team</p>
</div>""" % ralnum(40)
mk('credly-watanabe-1', 'unrelated', 'en', utc(2025, 5, 31, 12, 2, 17), CREDLY, *KENJI,
   'Your Credly account merge verification code',
   alternative([leaf(h3, cte='7bit', label='us-ascii'), leaf(h3_html, 'html', cte='quoted-printable')]),
   'gmail', case=None, new=h3)

a6 = """Congratulations, Kenji!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Cloud Practitioner

Accept your badge to add it to your Credly profile and start sharing it:
https://www.credly.com/earner/earned/badge/%s

This badge was issued to kenji.watanabe.dev@gmail.com.

Questions about your badge? Visit https://support.credly.com

Credly, Inc., 1 Metrotech Center, Brooklyn, NY 11201
Unsubscribe: https://www.credly.com/notifications/unsubscribe
""" % uuid_like()
a6_html = credly_html('Congratulations, Kenji!', 'AWS Certified Cloud Practitioner',
                      'Amazon Web Services Training and Certification',
                      'https://www.credly.com/earner/earned/badge/%s' % uuid_like(),
                      'Amazon Web Services Training and Certification has issued you a new badge. Accept it to add it to your Credly profile and start sharing it.')
mk('credly-watanabe-2', 'credly_badge_issued', 'en', utc(2025, 6, 1, 11, 3, 51), CREDLY_AWS, *KENJI,
   'Kenji, you have a new badge from Amazon Web Services Training and Certification',
   alternative([leaf(a6, cte='7bit', label='us-ascii'), leaf(a6_html, 'html', cte='quoted-printable')]),
   'gmail', new=a6)

# A7: phishing, spoofed From amazon.com, topmost AR fails, forged AR below
PHISH_A = Sender('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
                 'mail.kdxr-host.top', '193.233.48.117', 'support@kdxr-host.top', [],
                 spf='softfail', dkim='none', dmarc='fail', policy='QUARANTINE', trusted=True)
fake_case = '174901883260117'
a7_text = """AWS 認定アカウント統合 最終確認のお願い

お客様各位

AWS トレーニングと認定 カスタマーサポートです。
お客様の認定アカウント AWS 04417392 と AWS 11850263 の統合手続きが保留中となっております。

本人確認が完了していないため、統合処理を実行できません。
48 時間以内に下記ボタンからサインインし、統合内容をご確認ください。
期限内にご確認いただけない場合、両方のアカウントの認定資格が一時停止されます。

[ 統合内容を確認する ]

ケース ID: %s
""" % fake_case
a7_html = html_page("""<p style="font-size:18px;font-weight:bold;margin:0 0 16px 0">AWS 認定アカウント統合 最終確認のお願い</p>
<p>お客様各位</p>
<p>AWS トレーニングと認定 カスタマーサポートです。<br>
お客様の認定アカウント <b>AWS 04417392</b> と <b>AWS 11850263</b> の統合手続きが保留中となっております。</p>
<p>本人確認が完了していないため、統合処理を実行できません。<br>
<span style="color:#d13212;font-weight:bold">48 時間以内</span>に下記ボタンからサインインし、統合内容をご確認ください。
期限内にご確認いただけない場合、両方のアカウントの認定資格が一時停止されます。</p>
<p style="margin:24px 0"><a href="https://aws-certification-jp.support-merge.com/confirm?cid=%s&amp;u=a2VuamkuLndhdGFuYWJl" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">統合内容を確認する</a></p>
<p style="font-size:12px;color:#687078">ケース ID: %s<br>Amazon Web Services, Inc.</p>""" % (fake_case, fake_case), 'ja')
forged = ['Authentication-Results: mx.amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com',
          'Received: from [10.12.4.88] (unknown [45.142.212.30])\n\tby mail.kdxr-host.top (Postfix) with ESMTPSA id 4E1B2A03C7\n\tfor <kenji.watanabe.dev@gmail.com>; Wed, 04 Jun 2025 07:47:02 +0900 (JST)']
mk('kdxr-host-top', 'merge_confirmation_requested', 'ja', utc(2025, 6, 3, 22, 47, 9), PHISH_A, *KENJI,
   ew_b('【重要】AWS 認定アカウント統合の最終確認', chunk=9) + ' [CASE %s]' % fake_case,
   leaf(a7_html, 'html', cte='base64'), 'gmail', case=fake_case, new=a7_text, forged=forged,
   msgid='<%s@kdxr-host.top>' % rhex(24), ses=False)

# H4: friend (Gmail) — unrelated, case number only in quote
FRIEND = Sender('佐々木 翔', 'sho.sasaki.0815@gmail.com', 'mail-sor-f41.google.com', '209.85.220.41',
                'sho.sasaki.0815@gmail.com', ['gmail.com'], policy='NONE', trusted=False,
                msgid=lambda t: '<CAJ%s=%s@mail.gmail.com>' % (ralnum(14), ralnum(22)))
tK_to_friend = utc(2025, 6, 6, 12, 14, 0)
k_mid = '<CAH%s@mail.gmail.com>' % ralnum(30)
h4_new = """健二

情報ありがとう！フォームから出せばいいのね。
俺も学生時代に作ったアカウントが別にあるから、同じ手順でやってみる。
ケース番号ってメールで届いた？ あと最初の返事まで何日くらいかかった？

翔
"""
h4_q = """翔

トレーニングと認定の問い合わせフォームから「Account Merge」で出したら、
4日くらいで統合してもらえたよ。ケースは %s だった。
途中で「本当に統合していいですか」っていう確認メールが来るから、それに返信すればOK。
Credly のバッジは少し遅れて届いた。

健二
""" % CA
h4 = h4_new + '\n%s 渡辺 健二 <kenji.watanabe.dev@gmail.com>:\n%s\n' % (ja_quote_date(tK_to_friend), quote(h4_q))
FRIEND.name_charset = 'UTF-8'
mk('sasaki-gmail', 'unrelated', 'ja', utc(2025, 6, 7, 4, 30, 12), FRIEND, *KENJI,
   'Re: ' + ew_b('AWS認定のアカウント統合', chunk=10),
   alternative([leaf(h4, cte='base64'),
                leaf('<div dir="ltr">' + h4_new.replace('\n', '<br>') + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s 渡辺 健二 &lt;<a href="mailto:kenji.watanabe.dev@gmail.com">kenji.watanabe.dev@gmail.com</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (ja_quote_date(tK_to_friend), h4_q.replace('\n', '<br>')), 'html', cte='base64')]),
   'gmail', case=None, new=h4_new, irt=k_mid, refs=k_mid, ses=False)

# H1: look-alike phishing, not about merge
PHISH_H1 = Sender('AWS トレーニングと認定', 'info@aws-training-jp.com', 'vps-3f21.hostwindsdns.com', '104.168.98.215',
                  'bounce@aws-training-jp.com', ['aws-training-jp.com'], policy='NONE', trusted=False)
h1 = """渡辺 健二 様

いつも AWS 認定をご利用いただきありがとうございます。

お客様の AWS 認定プロファイルについて、本人確認情報の更新が完了していないことが確認されました。
2025 年 6 月 11 日 23:59 までに本人確認を完了されない場合、保有されている認定資格および
デジタルバッジは無効となり、再受験が必要となります。

▼ 本人確認はこちら (所要時間 約 3 分)
https://aws-training-jp.com/certification/verify?ref=%s

※ 本メールは送信専用です。
AWS トレーニングと認定 事務局
""" % ralnum(16)
mk('aws-training-jp', 'unrelated', 'ja', utc(2025, 6, 10, 1, 15, 44), PHISH_H1, *KENJI,
   ew_b('【AWS認定】資格の本人確認のお願い（期限：明日まで）', 'ISO-2022-JP', 'iso2022_jp', chunk=10),
   leaf(h1, label='iso-2022-jp', codec='iso2022_jp', cte='7bit'), 'gmail', case=None, new=h1,
   msgid='<20250610101544.%s@aws-training-jp.com>' % rhex(10), ses=False)

# ============================================================== B: Emily (console, English, O365)
tB = utc(2025, 9, 15, 14, 37, 46)
CB = case_id(tB, '02215')
B_SUBJ = 'Merge two AWS Certification accounts (work + personal)'
b1 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I have two AWS Certification accounts. AWS 02938471 is registered with my work email and aws-07716540 with my personal Gmail. My SAA-C03 is on the work one and my Cloud Practitioner + AI Practitioner are on the personal one. Could you merge them into one? Thanks, Emily

""" % (CB, CB, B_SUBJ) + console_links_en(CB)
mk('carter-support-1', 'case_created', 'en', utc(2025, 9, 15, 14, 38, 3), CONSOLE, *EMILY,
   'Amazon Web Services: You have opened a new Support case: %s' % CB, leaf(b1, cte='quoted-printable'),
   'o365', case=CB, new=b1)

b3 = """Hi Emily,

Thanks for reaching out. I'm Marco and I'll be handling your case.

I can see both profiles:
- AWS02938471 - emily.carter@northwind-analytics.com - 1 active certification
- AWS07716540 - e.carter.runs@gmail.com - 2 active certifications

Two quick questions before I set anything up:
1. Which of the two should stay as your primary (surviving) account?
2. Do you still have access to the Gmail address? Heads-up: if you ever leave Northwind you'd lose the work mailbox, so a lot of people prefer keeping the personal one. Your call.

Reply through the Support Center link below and I'll take it from there.

Best regards,
Marco G.
Amazon Web Services

""" + CONSOLE_FOOT_EN + '\n' + console_links_en(CB)
mk('carter-support-2', 'support_reply', 'en', utc(2025, 9, 16, 9, 12, 55), CONSOLE, *EMILY,
   'RE:[CASE %s] %s' % (CB, B_SUBJ), leaf(b3, cte='7bit', label='us-ascii'), 'o365', case=CB, new=b3)

b4 = """Hi Emily,

Got it - keeping the personal one makes sense. Here's what I'm going to set up:

  Surviving account:  AWS07716540 (e.carter.runs@gmail.com)
  Merged into it:     AWS02938471 (emily.carter@northwind-analytics.com)

After the merge your SAA-C03 shows up on AWS07716540 next to the other two, and AWS02938471 goes away for good. There is no undo on our side, so please double-check before you say yes.

If that's right, just reply "confirmed" in the Support Center and I'll hand it to the team.

Best regards,
Marco G.
Amazon Web Services

""" + CONSOLE_FOOT_EN + '\n' + console_links_en(CB)
mk('carter-support-3', 'merge_confirmation_requested', 'en', utc(2025, 9, 17, 15, 30, 21), CONSOLE2, *EMILY,
   'RE:[CASE %s] %s' % (CB, B_SUBJ), leaf(b4, cte='base64'), 'o365', case=CB, new=b4)

b2 = """Dear AWS customer,

A new correspondence has been added to your support case %s.

Subject: %s

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
""" % (CB, B_SUBJ, CB)
mk('carter-support-4', 'support_reply', 'en', utc(2025, 9, 18, 8, 5, 10), CONSOLE, *EMILY,
   '[Case %s] New correspondence added' % CB, leaf(b2, cte='7bit', label='us-ascii'), 'o365', case=CB, new=b2)

b5 = """Hi Emily,

All set. The certification history from AWS02938471 has been folded into AWS07716540 - you should now see all three certifications there (the dashboard can take a couple of hours to catch up). The work profile has been deactivated.

Since there's nothing else open, I'm marking this case resolved. If anything looks off, reopen it from the link below within 14 days and it comes back to me.

Best regards,
Marco G.
Amazon Web Services

""" + CONSOLE_FOOT_EN + '\n' + console_links_en(CB)
mk('carter-support-5', 'merge_completed', 'en', utc(2025, 9, 19, 17, 44, 36), CONSOLE, *EMILY,
   'RE:[CASE %s] %s' % (CB, B_SUBJ), leaf(b5, cte='quoted-printable'), 'o365', case=CB, new=b5)

b6_plain = """Your AWS Support case %s was resolved.

We'd like to hear about your experience. The survey takes less than two minutes:
https://survey.support.aws.a2z.com/s/%s?displayId=%s

Amazon Web Services
""" % (CB, rhex(20), CB)
b6_inner = """<p style="font-size:20px;font-weight:bold;margin:0 0 16px 0">How did we do?</p>
<p>Hello,</p>
<p>Your support case <b>%s</b> (&ldquo;%s&rdquo;) was resolved on September 19, 2025.</p>
<p>Tell us about your experience &mdash; it takes less than two minutes and helps us improve AWS Support.</p>
<p style="font-weight:bold;margin-top:20px">Was your issue resolved?</p>
<p><a href="https://survey.support.aws.a2z.com/s/%s?displayId=%s&amp;r=1" style="background:#ff9900;color:#16191f;padding:9px 24px;text-decoration:none;font-weight:bold">Yes</a>&nbsp;&nbsp;
<a href="https://survey.support.aws.a2z.com/s/%s?displayId=%s&amp;r=0" style="border:1px solid #879596;color:#16191f;padding:8px 24px;text-decoration:none;font-weight:bold">No</a></p>
<p style="font-weight:bold;margin-top:20px">How likely are you to recommend AWS Support to a colleague?</p>
<p style="font-size:13px">%s</p>
<p style="font-size:12px;color:#687078;margin-top:24px">You are receiving this survey because you recently contacted AWS Support. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.</p>
""" % (CB, esc(B_SUBJ), rhex(20), CB, rhex(20), CB,
       ' '.join('<a href="https://survey.support.aws.a2z.com/s/x?displayId=%s&amp;nps=%d" style="display:inline-block;width:22px;text-align:center;border:1px solid #d5dbdb;color:#16191f;text-decoration:none">%d</a>' % (CB, i, i) for i in range(11)))
mk('carter-support-6', 'survey', 'en', utc(2025, 9, 20, 18, 1, 2), CONSOLE2, *EMILY,
   'How was your experience with AWS Support? (Case %s)' % CB,
   alternative([leaf(b6_plain, cte='7bit', label='us-ascii'),
                leaf(html_page(b6_inner, 'en', 'AWS Support survey'), 'html', cte='quoted-printable')]),
   'o365', case=CB, new=b6_plain)

# B8: GitHub merged notification
GITHUB = Sender('Raj Patel', 'notifications@github.com', 'out-21.smtp.github.com', '192.30.252.204',
                'noreply@github.com', ['github.com'], policy='REJECT', trusted=False)
b8_text = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/cert-tracker/pull/412#event-19872364510
You are receiving this because you were mentioned.
"""
b8_html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind-analytics/cert-tracker/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-analytics/cert-tracker/pull/412#event-19872364510">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/%s">unsubscribe</a>.<br />You are receiving this because you were mentioned.<img src="https://github.com/notifications/beacon/%s.gif" height="1" width="1" alt="" /></p>
""" % (ralnum(40), ralnum(40))
mk('github-cert-tracker', 'unrelated', 'en', utc(2025, 9, 22, 16, 2, 44), GITHUB, *EMILY,
   'Re: [northwind-analytics/cert-tracker] Merge duplicate candidate records before export (PR #412)',
   alternative([leaf(b8_text, cte='7bit', label='UTF-8'), leaf(b8_html, 'html', cte='7bit', label='UTF-8')]),
   'o365', case=None, new=b8_text,
   msgid='<northwind-analytics/cert-tracker/pull/412/issue_event/19872364510@github.com>',
   irt='<northwind-analytics/cert-tracker/pull/412@github.com>',
   refs='<northwind-analytics/cert-tracker/pull/412@github.com>',
   to_hdr='northwind-analytics/cert-tracker <cert-tracker@noreply.github.com>',
   cc='Emily Carter <emily.carter@northwind-analytics.com>, Mention <mention@noreply.github.com>',
   extra=['X-GitHub-Reason: mention', 'List-ID: northwind-analytics/cert-tracker <cert-tracker.northwind-analytics.github.com>',
          'X-GitHub-Sender: rpatel-nw', 'X-GitHub-Recipient: ecarter-nw'], ses=False)

# B9: colleague, internal Exchange, no Authentication-Results
RAJ = Sender('Raj Patel', 'raj.patel@northwind-analytics.com', '', '', 'raj.patel@northwind-analytics.com', [],
             trusted=False)
t_raj1 = utc(2025, 9, 15, 20, 55, 0)
t_em = utc(2025, 9, 23, 13, 12, 0)
b9_new = """Emily - nice, that was quick. Can you confirm the candidate ID you ended up keeping? I need to update the partner portal before the Q4 review. I still have AWS02938471 on the sheet, I'm guessing that's the one that's gone now?

Raj
"""
b9_hist = """
________________________________
From: Emily Carter <emily.carter@northwind-analytics.com>
Sent: %s
To: Raj Patel <raj.patel@northwind-analytics.com>
Subject: RE: cert accounts

AWS finally merged my two certification accounts. Everything is on my personal one now (AWS07716540), so please use that one for the partner tracker.

Emily

________________________________
From: Raj Patel <raj.patel@northwind-analytics.com>
Sent: %s
To: Emily Carter <emily.carter@northwind-analytics.com>
Subject: cert accounts

Hi Emily, quick one - the partner portal shows two candidate IDs for you. Which one is current?

Thanks,
Raj
""" % (outlook_sent(t_em, ET), outlook_sent(t_raj1, ET))
b9 = b9_new + b9_hist
b9_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
           '<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;">' + t2h(b9_new) + '</div>'
           '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
           '<div id="divRplyFwdMsg">' + t2h(b9_hist.replace('________________________________\n', '')) + '</div></body></html>')
mk('patel-northwind', 'unrelated', 'en', utc(2025, 9, 23, 13, 40, 5), RAJ, *EMILY,
   'RE: cert accounts', alternative([leaf(b9, label='us-ascii', cte='quoted-printable'),
                                     leaf(b9_html, 'html', label='us-ascii', cte='quoted-printable')]),
   'internal-ex', case=None, new=b9_new,
   msgid='<SJ0PR12MB6944%s@SJ0PR12MB6944.namprd12.prod.outlook.com>' % ralnum(14, string.ascii_uppercase + string.digits),
   irt='<SJ0PR12MB8123%s@SJ0PR12MB8123.namprd12.prod.outlook.com>' % ralnum(14, string.ascii_uppercase + string.digits),
   extra=['Thread-Topic: cert accounts', 'Thread-Index: %s' % rb64(40), 'Accept-Language: en-US',
          'Content-Language: en-US', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
          'X-MS-Exchange-Organization-AuthAs: Internal',
          'X-MS-Exchange-Organization-AuthMechanism: 04',
          'X-MS-Exchange-Organization-AuthSource: SJ0PR12MB6944.namprd12.prod.outlook.com'], ses=False)

# B7: EC2 quota case (other AWS case)
tB7 = utc(2025, 10, 2, 19, 20, 11)
CB7 = case_id(tB7, '00932')
b7 = """Hello,

Thank you for your patience while we processed your request.

We've approved and processed your limit increase request(s). It can sometimes take up to 30 minutes for this to propagate and become available for use. I hope this helps.

Region: US East (Northern Virginia)
Limit name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New limit value: 256

Please let us know if we can help you with anything else.

Best regards,
Sanjay K.
Amazon Web Services

""" + CONSOLE_FOOT_EN + '\n' + console_links_en(CB7)
mk('carter-support-7', 'unrelated', 'en', utc(2025, 10, 3, 2, 11, 48), CONSOLE2, *EMILY,
   'RE:[CASE %s] Limit Increase: EC2 Instances' % CB7, leaf(b7, cte='quoted-printable'), 'o365', case=CB7, new=b7)

# H-phish to Emily? (none) — Emily gets phishing via look-alike Credly? No.

# ============================================================== C: Miho (console, Japanese, biglobe)
tC = utc(2025, 11, 4, 1, 5, 12)
CC = case_id(tC, '08306')
C_SUBJ = '認定アカウントの統合依頼'
c1 = """お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重大度: 一般的なガイダンス
やり取り: AWS認定のアカウントが2つあります（aws05530918 と AWS12094476）。結婚で姓とメールアドレスが変わったときに新しいアカウントを作ってしまいました。新しい方（aws05530918）にまとめていただけますか。佐藤 美穂（旧姓 田中）

""" % (CC, CC, C_SUBJ) + console_links_ja(CC)
CONSOLE_W2 = Sender('Amazon Web Services', 'no-reply-aws@amazon.com', 'a27-31.smtp-out.us-west-2.amazonses.com',
                    '54.240.27.31', lambda t: ses_mailfrom(t, '0101', 'us-west-2.amazonses.com'),
                    ['amazon.com', 'amazonses.com'], trusted=True, msgid=lambda t: ses_msgid(t, '0101'))
mk('sato-support-1', 'case_created', 'ja', utc(2025, 11, 4, 1, 5, 31), CONSOLE_W2, *MIHO,
   'Amazon Web Services: ' + ew_b('新しいサポートケースが作成されました', chunk=9) + ': %s' % CC,
   leaf(c1, cte='base64'), 'biglobe', case=CC, new=c1, ses=False,
   extra=['Feedback-ID: ::1.us-west-2.%s=:AmazonSES' % rb64(43).replace('/', 'x'),
          'X-SES-Outgoing: 2025.11.04-54.240.27.31'])

c2 = """佐藤 美穂 様

AWS サポートの小林と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

ご依頼の件、以下の内容で統合を承ります。

■ 統合後も残るアカウント（統合先）
  AWS05530918 （ご登録メール: miho.sato@biglobe.ne.jp）

■ 統合されるアカウント（統合元）
  AWS12094476 （ご登録メール: m.tanaka・・・@docomo.ne.jp）

統合元のアカウントで取得された認定資格（AWS Certified Developer - Associate ほか）および
試験の受験履歴は、すべて統合先のアカウントへ引き継がれます。

■ ご注意
  ・統合は取り消しができません。
  ・統合元のアカウントは統合後に閉鎖され、ログインできなくなります。
  ・統合元のアカウントで予約中の試験がある場合は、事前にキャンセルしてください。

上記の内容でよろしいか、サポートセンターからご返信いただけますでしょうか。
ご確認をいただき次第、手続きに入らせていただきます。

よろしくお願いいたします。

小林
アマゾン ウェブ サービス

""" + console_links_ja(CC).replace('（フェデレーションで接続している場合は、リンクをクリックする前にサインインしてください。）\n', '')
mk('sato-support-2', 'merge_confirmation_requested', 'ja', utc(2025, 11, 5, 6, 22, 40), CONSOLE_W2, *MIHO,
   'RE:[CASE %s] ' % CC + ew_b(C_SUBJ, 'ISO-2022-JP', 'iso2022_jp', chunk=6),
   leaf(c2, label='iso-2022-jp', codec='iso2022_jp', cte='7bit'), 'biglobe', case=CC, new=c2, ses=False)

c3 = """佐藤 様

AWS サポートの小林です。
11 月 5 日にお送りした統合内容のご確認について、その後いかがでしょうか。

AWS12094476 を AWS05530918 へ統合する内容でよろしければ、サポートセンターから
「統合を進めてください」とひとことご返信ください。
別のご要望やご不明な点がございましたら、あわせてお知らせいただければと存じます。

なお、ご返信をいただけない場合、本ケースは 7 日後に自動的にクローズされます。
クローズ後も、サポートセンターからケースを再開いただくことが可能です。

小林
アマゾン ウェブ サービス

""" + console_links_ja(CC)
mk('sato-support-3', 'support_reply', 'ja', utc(2025, 11, 10, 2, 0, 15), CONSOLE_W2, *MIHO,
   'RE:[CASE %s] ' % CC + ew_b(C_SUBJ, chunk=7), leaf(c3, cte='base64'), 'biglobe', case=CC, new=c3, ses=False)

c4 = """佐藤 美穂 様

いつもお世話になっております。AWS サポートの小林です。
ご確認のご返信をいただき、ありがとうございました。

ご依頼いただいた認定アカウントの統合作業が完了し、AWS12094476 に登録されていた
認定資格・試験履歴は AWS05530918 へ移行いたしました。

お手数ですが、以下の点をご確認いただけますと幸いです。
① 認定アカウントにログインし、すべての認定資格が表示されていること
② 特典（次回試験の 50％割引バウチャーなど）が表示されていること
③ Credly のバッジ（反映まで数日～1 週間程度かかる場合があります）

何かございましたら、本ケースにてお気軽にご連絡ください。

小林
アマゾン ウェブ サービス

""" + console_links_ja(CC)
mk('sato-support-4', 'merge_completed', 'ja', utc(2025, 11, 13, 8, 15, 9), CONSOLE_W2, *MIHO,
   'RE:[CASE %s] ' % CC + ew_b(C_SUBJ, 'Shift_JIS', 'cp932', chunk=6),
   leaf(c4, label='Shift_JIS', codec='cp932', cte='base64', quote_label=False), 'biglobe', case=CC, new=c4,
   ses=False)

# H2: Credly look-alike phishing (badge ready) in Japanese
PHISH_CR = Sender('Credly', 'badges@credly-notice.com', 'mta12.credly-notice.com', '91.215.85.147',
                  'return@credly-notice.com', [], spf='pass', dkim='none', dmarc='none', policy='NONE', trusted=False)
h2 = """佐藤 美穂 様

Amazon Web Services Training and Certification から、新しいデジタルバッジが発行されました。

  AWS Certified Developer – Associate

アカウント統合に伴い、バッジが再発行されています。
72 時間以内に受け取り手続きを完了しない場合、バッジは失効し再発行できません。

▶ バッジを受け取る: https://credly-notice.com/badges/accept?id=%s

Credly サポートチーム
""" % ralnum(24)
h2_html = credly_html('佐藤 美穂 様', 'AWS Certified Developer – Associate',
                      'Amazon Web Services Training and Certification',
                      'https://credly-notice.com/badges/accept?id=%s' % ralnum(24),
                      'Amazon Web Services Training and Certification から、新しいデジタルバッジが発行されました。アカウント統合に伴い、バッジが再発行されています。',
                      extra_note='<b style="color:#c00">72 時間以内</b>に受け取り手続きを完了しない場合、バッジは失効し再発行できません。',
                      button='バッジを受け取る').replace('<html>', '<html lang="ja">')
mk('credly-notice-com', 'credly_badge_issued', 'ja', utc(2025, 11, 15, 10, 44, 2), PHISH_CR, *MIHO,
   ew_b('【Credly】新しいバッジが発行されました - 受け取り手続きのお願い', chunk=11),
   alternative([leaf(h2, cte='base64'), leaf(h2_html, 'html', cte='base64')]), 'biglobe', case=None, new=h2,
   msgid='<%s.%s@credly-notice.com>' % (rhex(12), rhex(6)), ses=False)

c5_inner = """<p style="margin:0 0 14px 0">お客様</p>
<p style="margin:0 0 14px 0">AWS サポートのケース <b>%s</b>（件名: %s）は、解決済みとしてクローズされました。</p>
<p style="margin:0 0 14px 0">今後のサポート品質向上のため、今回のご対応についての評価をお願いいたします。</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:10px 0 20px 0"><tr>
<td style="padding-right:8px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja&amp;rate=true" style="background:#ff9900;color:#16191f;padding:10px 24px;text-decoration:none;font-weight:bold">ケースを評価する</a></td>
</tr></table>
<p style="margin:0 0 14px 0">問題が解決していない場合は、サポートセンターからケースを再開してください。</p>
<p style="margin:24px 0 0 0;font-size:12px;color:#687078">このメールは送信専用アドレスから送信されています。<br>Amazon Web Services, Inc.</p>
""" % (CC, esc(C_SUBJ), CC)
mk('sato-support-5', 'survey', 'ja', utc(2025, 11, 20, 3, 0, 44), CONSOLE_W2, *MIHO,
   ew_b('AWS サポート: ケースのご評価のお願い', chunk=9) + ' (%s)' % CC,
   leaf(html_page(c5_inner, 'ja', 'AWS サポート'), 'html', cte='quoted-printable'), 'biglobe', case=CC,
   new='', ses=False)

# C6: Pearson VUE appointment (Japanese)
PEARSON = Sender('Pearson VUE', 'pearsonvueconfirmation@pearson.com',
                 'mail-eastus2azon11012045.outbound.protection.outlook.com', '52.101.57.45',
                 'pearsonvueconfirmation@pearson.com', ['pearson.com'], policy='REJECT', trusted=False,
                 msgid=lambda t: '<%s@BN8PR10MB%d.namprd10.prod.outlook.com>' % (ralnum(20), R.randint(1000, 9999)))
c6 = """佐藤 美穂 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約が確定しましたのでお知らせいたします。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
言語: 日本語
日時: 2025年12月13日(土) 10:00 (日本標準時)
会場: オンライン試験 (OnVUE)
登録 ID: 498271635
受験者 ID: AWS05530918

■ 試験当日のご案内
・試験開始 30 分前からチェックインが可能です。
・政府発行の有効な身分証明書をご用意ください。
・システムテストを事前に実施してください: https://home.pearsonvue.com/test-taker/security.aspx

予約の変更・キャンセルは、試験開始の 24 時間前までに Pearson VUE のウェブサイトから行ってください。

Pearson VUE
"""
mk('pearson-vue', 'unrelated', 'ja', utc(2025, 11, 25, 5, 10, 27), PEARSON, *MIHO,
   ew_b('Pearson VUE 試験予約の確認', chunk=9),
   alternative([leaf(c6, cte='quoted-printable'),
                leaf(html_page(t2h(c6), 'ja', 'Pearson VUE').replace('https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png', 'https://home.pearsonvue.com/images/pvue-logo.png').replace('#232f3e', '#003057'),
                     'html', cte='quoted-printable')]),
   'biglobe', case=None, new=c6, ses=False)

# C7: AWS T&C newsletter (Japanese), multipart/related
NEWS = Sender('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com', 'mail187-14.mktomail.com',
              '192.28.147.14', lambda t: '112-TZM-766.0.%d.0.0.%d.9.%d@mail187-14.mktomail.com' % (
                  R.randint(10**5, 10**6), R.randint(1000, 9999), R.randint(10**6, 10**7)),
              ['amazon.com', 'mktomail.com'], trusted=True,
              msgid=lambda t: '<%d.%d.%d@mail187-14.mktomail.com>' % (R.randint(10**8, 10**9), R.randint(10**5, 10**6), R.randint(10, 99)))
NEWS.name_charset = 'UTF-8'
c7_text = """AWS トレーニングと認定 ニュースレター 2025 年 12 月号

■ re:Invent 2025 のトレーニング関連発表まとめ
AWS Skill Builder に新しいハンズオンラボとゲーム形式の学習コンテンツが追加されました。

■ 認定試験のアップデート
AWS Certified Machine Learning Engineer - Associate の日本語版試験ガイドが更新されました。

■ よくあるご質問: 認定アカウントが複数ある場合
過去に別のメールアドレスで認定アカウントを作成された場合は、トレーニングと認定の
お問い合わせフォームからアカウントの統合をご依頼いただけます。

■ 年末年始のサポート対応について
12 月 27 日から 1 月 4 日までの期間は、お問い合わせへの回答に通常よりお時間をいただきます。

配信停止: https://pages.awscloud.com/communication-preferences.html
Amazon Web Services Japan G.K. 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
c7_html = html_page("""<img src="cid:tc-header@aws" width="552" alt="AWS トレーニングと認定" style="display:block;margin-bottom:18px">
<h1 style="font-size:20px;margin:0 0 18px 0">AWS トレーニングと認定 ニュースレター 2025 年 12 月号</h1>
<h2 style="font-size:16px;margin:18px 0 6px 0">re:Invent 2025 のトレーニング関連発表まとめ</h2>
<p>AWS Skill Builder に新しいハンズオンラボとゲーム形式の学習コンテンツが追加されました。<a href="https://skillbuilder.aws/">詳しく見る</a></p>
<h2 style="font-size:16px;margin:18px 0 6px 0">認定試験のアップデート</h2>
<p>AWS Certified Machine Learning Engineer - Associate の日本語版試験ガイドが更新されました。</p>
<h2 style="font-size:16px;margin:18px 0 6px 0">よくあるご質問: 認定アカウントが複数ある場合</h2>
<p>過去に別のメールアドレスで認定アカウントを作成された場合は、トレーニングと認定のお問い合わせフォームからアカウントの統合をご依頼いただけます。</p>
<h2 style="font-size:16px;margin:18px 0 6px 0">年末年始のサポート対応について</h2>
<p>12 月 27 日から 1 月 4 日までの期間は、お問い合わせへの回答に通常よりお時間をいただきます。</p>
<p style="font-size:11px;color:#687078;margin-top:28px"><a href="https://pages.awscloud.com/communication-preferences.html">配信停止</a> | Amazon Web Services Japan G.K. 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>""", 'ja', 'ニュースレター')
mk('aws-tc-news', 'unrelated', 'ja', utc(2025, 12, 3, 1, 0, 4), NEWS, *MIHO,
   ew_b('【AWS トレーニングと認定】ニュースレター 2025 年 12 月号', chunk=10),
   alternative([leaf(c7_text, cte='quoted-printable'),
                related(leaf(c7_html, 'html', cte='quoted-printable'), [('tc-header@aws', TINY_PNG)])]),
   'biglobe', case=None, new=c7_text, ses=False,
   extra=['List-Unsubscribe: <mailto:unsubscribe-112-TZM-766@mktomail.com>, <https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1>',
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'X-MarketoID: 112-TZM-766:1234:98765'])

# ============================================================== D: Rahul (form desk, English, Outlook.com)
tD1 = utc(2025, 7, 8, 16, 22, 9)
CD1 = case_id(tD1, '11460')
tD2 = utc(2025, 7, 15, 2, 48, 55)
CD2 = case_id(tD2, '05771')
d1 = """Hello,

Thank you for contacting AWS Training and Certification Customer Support.

We have received your inquiry and created case %s. A member of our team will review it and respond as soon as possible, typically within 24 hours.

To add information to this case, reply to this email and keep the case number in the subject line. Please do not open a new case for the same request, as this may delay our response.

Sincerely,
AWS Training and Certification Customer Support
""" % CD1
mk('menon-tc-1', 'case_created', 'en', utc(2025, 7, 8, 16, 22, 31), FORM, *RAHUL,
   '[CASE %s] %s' % (CD1, FORM_SUBJ), leaf(d1, cte='7bit', label='us-ascii'), 'outlook', case=CD1, new=d1)

d2 = """Hello Rahul,

Your request has been logged under case number %s.

Here is a copy of what you submitted:

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS 09128834
Message: I opened a case last week (%s) and never heard back. I have two certification accounts: AWS 09128834 (current) and aws-06631209 (old, university email). Please merge the old one into the current one. Thank you.

Our team will get back to you, usually within one business day. You can reply to this email if you need to add anything.

AWS Training and Certification Customer Support
""" % (CD2, CD1)
mk('menon-tc-2', 'case_created', 'en', utc(2025, 7, 15, 2, 49, 20), FORM2, *RAHUL,
   '[CASE %s] %s' % (CD2, FORM_SUBJ), leaf(d2, cte='quoted-printable'), 'outlook', case=CD2, new=d2)

d3 = """Hi Rahul,

Hope your week is off to a good start! My name is Priya and I'll be looking after your request.

First off - I'm really sorry you didn't hear back on your first case. I checked, and it looks like it was submitted without a notification address, which is why nothing ever reached you. I've closed that one (case %s) so we can keep everything in one place here.

I've found both of the candidate IDs you mentioned, AWS09128834 and AWS06631209. To make sure I'm merging the right profiles, could you help me with a couple of things?

  * The email address you use to sign in to each account (the old one looks like a university address - do you still have access to it?)
  * Your name exactly as it appears on each profile - one of them has a middle initial and the other doesn't, so I just want to be sure they're both you :)

As soon as I have that, I'll send over a summary of the merge for you to approve.

Thanks so much for your patience!

Warm regards,
Priya S.
AWS Training and Certification Customer Support
""" % CD1
tD3 = utc(2025, 7, 16, 10, 5, 33)
mk('menon-tc-3', 'support_reply', 'en', tD3, FORM, *RAHUL,
   'RE:[CASE %s] %s' % (CD2, FORM_SUBJ), leaf(d3, cte='quoted-printable'), 'outlook', case=CD2, new=d3)

tD_r1 = utc(2025, 7, 17, 3, 32, 0)
d_r1 = """Hi Priya,

Thanks! Login for AWS 09128834 is rahul.menon87@outlook.com. The old one (aws-06631209) was rmenon@students.example.edu - I don't have access to that mailbox anymore since I graduated. Name is Rahul K. Menon on the new one and Rahul Menon on the old one, both me.

Rahul
"""
d4_new = """Hi Rahul,

Thank you for getting back to me so quickly - that's everything I needed!

Here's a summary of what will happen. Please read it carefully, because once we run the merge it can't be undone:

  Account that will remain:     AWS09128834  (rahul.menon87@outlook.com)
  Account that will be merged:  AWS06631209  (rmenon@students.example.edu)

  - Your AWS Certified Cloud Practitioner (earned 2022) and your exam history from AWS06631209 will move over to AWS09128834.
  - Your AWS Certified Solutions Architect - Associate is already on AWS09128834 and stays right where it is.
  - After the merge you won't be able to sign in to AWS06631209 anymore.
  - The name on the surviving profile will be "Rahul K. Menon" - if you'd prefer it without the middle initial, just let me know now.

If all of this looks right, could you reply to this email with a quick confirmation (something like "Yes, please go ahead")? I'll pass it to our back-office team the moment I hear from you.

Have a lovely rest of your day!

Warm regards,
Priya S.
AWS Training and Certification Customer Support
"""
def ol_block(frm, t, to, subj, body, tz=ET):
    return """
________________________________
From: %s
Sent: %s
To: %s
Subject: %s

%s""" % (frm, outlook_sent(t, tz), to, subj, body)


RSUBJ = 'RE:[CASE %s] %s' % (CD2, FORM_SUBJ)
AWSF = 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>'
RAHULA = 'Rahul Menon <rahul.menon87@outlook.com>'
d4_hist = ol_block(RAHULA, tD_r1, AWSF, RSUBJ, d_r1) + ol_block(AWSF, tD3, RAHULA, RSUBJ, d3)
d4 = d4_new + d4_hist
tD4 = utc(2025, 7, 17, 14, 40, 2)
d4_html = ('<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + t2h(d4_new) + '</div>'
           '<hr><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#333">' + t2h(d4_hist.replace('________________________________\n', '')) + '</div>')
mk('menon-tc-4', 'merge_confirmation_requested', 'en', tD4, FORM2, *RAHUL, RSUBJ,
   alternative([leaf(d4, cte='quoted-printable'), leaf(d4_html, 'html', cte='quoted-printable')]),
   'outlook', case=CD2, new=d4_new)

# D8: look-alike phishing confirmation (passes DMARC for its own domain)
PHISH_D = Sender('AWS Training & Certification', 'case-update@aws-certification-merge.com',
                 'smtp.aws-certification-merge.com', '185.234.72.19', 'bounce@aws-certification-merge.com',
                 ['aws-certification-merge.com'], policy='NONE', trusted=False)
fake_case_d = '175262291804412'
d8 = """Dear Customer,

We have received a request to merge the following AWS Certification accounts:

    Primary account:    AWS09128834
    Secondary account:  AWS06631209

To protect your certifications from unauthorized changes, you must confirm this request within 24 hours by signing in with your AWS credentials:

    Confirm Merge: https://aws-certification-merge.com/confirm?case=%s

If you do not confirm, both accounts will be temporarily suspended and any scheduled exams will be cancelled.

Case ID: %s

AWS Training & Certification
""" % (fake_case_d, fake_case_d)
d8_html = html_page("""<p>Dear Customer,</p>
<p>We have received a request to merge the following AWS Certification accounts:</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;margin:8px 0 16px 0"><tr><td>Primary account</td><td><b>AWS09128834</b></td></tr><tr><td>Secondary account</td><td><b>AWS06631209</b></td></tr></table>
<p>To protect your certifications from unauthorized changes, you must confirm this request <b>within 24 hours</b> by signing in with your AWS credentials.</p>
<p style="margin:22px 0"><a href="https://aws-certification-merge.com/confirm?case=%s" style="background:#ff9900;color:#16191f;padding:12px 28px;text-decoration:none;font-weight:bold">Confirm Merge</a></p>
<p>If you do not confirm, both accounts will be temporarily suspended and any scheduled exams will be cancelled.</p>
<p style="font-size:12px;color:#687078">Case ID: %s<br>AWS Training &amp; Certification</p>""" % (fake_case_d, fake_case_d))
mk('aws-certification-merge-com', 'merge_confirmation_requested', 'en', utc(2025, 7, 19, 3, 22, 40), PHISH_D, *RAHUL,
   'RE:[CASE %s] Action Required: Confirm Account Merge' % fake_case_d,
   alternative([leaf(d8, cte='7bit', label='us-ascii'), leaf(d8_html, 'html', cte='base64')]),
   'outlook', case=fake_case_d, new=d8, msgid='<%s@aws-certification-merge.com>' % uuid_like(), ses=False)

d4b = """Hi Rahul,

Just popping back in on this one - I sent over the merge summary on Thursday but haven't seen a reply yet. No rush at all, I just don't want it to get lost!

Whenever you're ready, reply with a quick "yes" and I'll get things moving. And if something in the summary looks wrong or you've changed your mind, just tell me.

If I don't hear back within the next 5 business days the case will close automatically, but you can always reopen it by replying to this email.

Warm regards,
Priya S.
AWS Training and Certification Customer Support
"""
mk('menon-tc-5', 'support_reply', 'en', utc(2025, 7, 21, 13, 0, 27), FORM, *RAHUL, RSUBJ,
   leaf(d4b, cte='7bit', label='us-ascii'), 'outlook', case=CD2, new=d4b)

tD_r2 = utc(2025, 7, 22, 1, 47, 0)
d_r2 = """Hi Priya,

Yes, please go ahead with the merge. Sorry for the slow reply, I was travelling.

Rahul
"""
d5_new = """Hi Rahul,

Great news - it's done! 🎉

Our back-office team finished the consolidation this afternoon. Everything that lived under your old candidate ID has been carried over to AWS09128834, including your Cloud Practitioner certification and your full exam history. The old ID has been retired, so from now on AWS09128834 is the only one you'll need.

A couple of things worth checking when you have a minute:
  - Sign in at https://www.aws.training/Certification and make sure both certifications show up.
  - Your 50% exam discount benefit should be listed under Benefits.
  - Credly will send the Cloud Practitioner badge to rahul.menon87@outlook.com over the next few days - keep an eye on your inbox (and the junk folder!).

It's been a pleasure helping you with this. I'll close the case now, but if anything looks off just reply here within 14 days and it'll come straight back to me.

Warm regards,
Priya S.
AWS Training and Certification Customer Support
"""
d5_hist = (ol_block(RAHULA, tD_r2, AWSF, RSUBJ, d_r2) + ol_block(AWSF, utc(2025, 7, 21, 13, 0, 27), RAHULA, RSUBJ, d4b)
           + ol_block(AWSF, tD4, RAHULA, RSUBJ, d4_new) + ol_block(RAHULA, tD_r1, AWSF, RSUBJ, d_r1))
d5 = d5_new + d5_hist
mk('menon-tc-6', 'merge_completed', 'en', utc(2025, 7, 24, 19, 10, 48), FORM2, *RAHUL, RSUBJ,
   leaf(d5, cte='base64'), 'outlook', case=CD2, new=d5_new)

d6_inner = """<p style="font-size:20px;font-weight:bold;margin:0 0 14px 0">How did we do?</p>
<p>Hello Rahul,</p>
<p>Your case <b>%s</b> has been marked as resolved. We'd love to know how your experience with AWS Training and Certification Customer Support went.</p>
<p style="font-weight:bold;margin:20px 0 8px 0">Was your issue resolved?</p>
<p><a href="https://pulse.aws/survey/%s?case=%s&amp;resolved=YES" style="background:#037f0c;color:#fff;padding:10px 30px;text-decoration:none;font-weight:bold">YES</a>&nbsp;&nbsp;&nbsp;<a href="https://pulse.aws/survey/%s?case=%s&amp;resolved=NO" style="background:#d13212;color:#fff;padding:10px 30px;text-decoration:none;font-weight:bold">NO</a></p>
<p style="font-weight:bold;margin:20px 0 8px 0">How would you rate Priya S.?</p>
<p style="font-size:13px"><a href="https://pulse.aws/survey/%s?case=%s&amp;agent=5">Excellent</a> &middot; <a href="https://pulse.aws/survey/%s?case=%s&amp;agent=4">Good</a> &middot; <a href="https://pulse.aws/survey/%s?case=%s&amp;agent=3">Average</a> &middot; <a href="https://pulse.aws/survey/%s?case=%s&amp;agent=2">Poor</a> &middot; <a href="https://pulse.aws/survey/%s?case=%s&amp;agent=1">Very poor</a></p>
<p style="font-size:12px;color:#687078;margin-top:26px">Thank you for choosing AWS Training and Certification.<br>This is an automated message; replies to this address are not monitored.</p>
""" % ((CD2,) + tuple(x for _ in range(7) for x in (rhex(12), CD2)))
mk('menon-tc-7', 'survey', 'en', utc(2025, 7, 24, 19, 11, 30), FORM2, *RAHUL,
   'How did we do? [CASE %s]' % CD2, leaf(html_page(d6_inner, 'en', 'How did we do?'), 'html', cte='quoted-printable'),
   'outlook', case=CD2, new='')

d7 = """Hi Rahul,

Amazon Web Services Training and Certification has issued you the AWS Certified Cloud Practitioner badge.

This badge was previously issued to another email address and has been re-issued to you following an update to your certification profile.

Claim your badge: https://www.credly.com/earner/earned/badge/%s

Credly - Unsubscribe: https://www.credly.com/notifications/unsubscribe
""" % uuid_like()
d7_html = credly_html('Hi Rahul,', 'AWS Certified Cloud Practitioner', 'Amazon Web Services Training and Certification',
                      'https://www.credly.com/earner/earned/badge/%s' % uuid_like(),
                      'Amazon Web Services Training and Certification has issued you the <b>AWS Certified Cloud Practitioner</b> badge.',
                      extra_note='This badge was previously issued to another email address and has been re-issued to you following an update to your certification profile.',
                      button='Claim your badge')
mk('credly-menon', 'credly_badge_issued', 'en', utc(2025, 7, 27, 8, 30, 12), CREDLY_AWS, *RAHUL,
   'Rahul, claim your AWS Certified Cloud Practitioner badge',
   alternative([leaf(d7, cte='7bit', label='us-ascii'), leaf(d7_html, 'html', cte='quoted-printable')]),
   'outlook', new=d7)

CERTM = Sender('AWS Certification', 'do-not-reply@certmetrics.com', 'mail21.certmetrics.com', '64.78.52.21',
               'bounce@certmetrics.com', ['certmetrics.com'], policy='QUARANTINE', trusted=False)
d9 = """Hello Rahul Menon,

AWS Certification wants to hear from you!

Thank you for being an AWS Certified professional. We are continuously working to improve the AWS Certification experience and would appreciate your feedback. The survey takes about 5 minutes.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=%s

Your AWS Certification candidate ID: AWS09128834

Thank you,
AWS Training and Certification

This email was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this message.
""" % ralnum(12)
mk('certmetrics-menon', 'unrelated', 'en', utc(2025, 8, 5, 15, 0, 9), CERTM, *RAHUL,
   'AWS Certification wants to hear from you', leaf(d9, cte='7bit', label='us-ascii'), 'outlook',
   case=None, new=d9, msgid='<%s@certmetrics.com>' % uuid_like(), ses=False)

SELLER = Sender('Amazon Selling Partner Support', 'seller-notification@amazon.com', 'a48-112.smtp-out.amazonses.com',
                '54.240.48.112', ses_from, ['amazon.com', 'amazonses.com'], trusted=True, msgid=ses_msgid)
d10 = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request regarding the duplicate detail pages for your listing "Ergonomic Laptop Stand - Aluminium, Adjustable". Our catalog team has merged ASIN B0CX4L2QZP into ASIN B0CW91TRM4, and your offer now appears on the surviving detail page. It may take up to 48 hours for the change to be visible to customers in all marketplaces.

If you have further questions, please reply to this case through Seller Central.

Was this response helpful? Please let us know by clicking one of the links below:
Yes: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=7140293856&helpful=yes
No: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=7140293856&helpful=no

Thank you for selling on Amazon,
Dennis
Amazon.com
https://sellercentral.amazon.com
"""
mk('seller-central', 'unrelated', 'en', utc(2025, 8, 12, 11, 20, 33), SELLER, *RAHUL,
   'RE:[CASE 7140293856] Duplicate detail page - request to merge ASINs', leaf(d10, cte='quoted-printable'),
   'outlook', case='7140293856', new=d10)

# ============================================================== E: Tomoko (form desk, Japanese, corp Postfix+OpenDMARC)
tE = utc(2026, 1, 19, 0, 31, 40)
CE = case_id(tE, '27604')
e0 = """このメールは自動送信です。

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号: %s

内容を確認し、担当者より順次ご連絡いたします（通常 1 営業日以内）。
本件について追加のご連絡がある場合は、件名のケース番号を変更せずに本メールへご返信ください。

---
Thank you for contacting AWS Training and Certification. Your case number is %s.
""" % (CE, CE)
mk('ishii-tc-1', 'case_created', 'ja', utc(2026, 1, 19, 0, 32, 5), FORM, *TOMOKO,
   '[CASE %s] %s' % (CE, FORM_SUBJ), leaf(e0, cte='8bit'), 'minato', case=CE, new=e0)

e1_new = """石井 様

AWS トレーニングと認定サポートの高橋です。

お問い合わせの件、AWS10487725 は確認できました。
ただ、もう一方の ID「AWS0337516」は桁数が足りず、該当するアカウントが見つかりませんでした。

お手数ですが、以下をお知らせください。
・もう一方のアカウントの受験者 ID（AWS + 数字 8 桁）
・各アカウントのログイン用メールアドレス
・統合後に残したいアカウント

よろしくお願いいたします。

高橋
"""
e1_hist = """-----
お問い合わせ内容:
転職前の会社アドレスで作った認定アカウント (AWS0337516) と、今のアカウント (AWS10487725) をまとめたいです。
"""
mk('ishii-tc-2', 'support_reply', 'ja', utc(2026, 1, 20, 2, 15, 30), FORM2, *TOMOKO,
   'RE:[CASE %s] %s' % (CE, FORM_SUBJ), leaf(e1_new + e1_hist, cte='base64'), 'minato', case=CE, new=e1_new)

e2 = """石井 様

高橋です。ご返信ありがとうございます。

以下の内容で統合します。問題なければ、このメールに「了承」とご返信ください。

  残すアカウント　　: AWS10487725（t.ishii@minato-soft.co.jp）
  統合するアカウント: AWS03375160（tomoko.ishii@prev-company.example.jp）

※統合後は元に戻せません。AWS03375160 にはログインできなくなります。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
tE2 = utc(2026, 1, 21, 6, 48, 11)
# wrong charset label: UTF-8 bytes declared as iso-8859-1
mk('ishii-tc-3', 'merge_confirmation_requested', 'ja', tE2, FORM, *TOMOKO,
   'RE:[CASE %s] %s' % (CE, FORM_SUBJ), leaf(e2, label='iso-8859-1', codec='utf-8', cte='quoted-printable'),
   'minato', case=CE, new=e2)

tE_u = utc(2026, 1, 21, 9, 2, 0)
e3_new = """石井 様

統合作業が完了しました。現在のアカウントにログインして、認定がそろっているかご確認ください。

高橋
"""
e3_u = """高橋様

了承です。よろしくお願いします。

石井

%s Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
%s""" % (ja_quote_date(tE2), quote(e2))
e3 = e3_new + '\n%s 石井 智子 <t.ishii@minato-soft.co.jp>:\n%s\n' % (ja_quote_date(tE_u), quote(e3_u))
mk('ishii-tc-4', 'merge_completed', 'ja', utc(2026, 1, 23, 1, 30, 55), FORM2, *TOMOKO,
   'RE:[CASE %s] %s' % (CE, FORM_SUBJ), leaf(e3, cte='8bit'), 'minato', case=CE, new=e3_new)

e4 = """石井 智子 様

お問い合わせいただいたケース %s をクローズいたしました。
今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします（所要時間 約 1 分）。

問題は解決しましたか？
  はい　: https://pulse.aws/survey/%s?case=%s&r=1
  いいえ: https://pulse.aws/survey/%s?case=%s&r=0

担当者の対応はいかがでしたか？ 5 段階でご評価ください。
  https://pulse.aws/survey/%s?case=%s&q=csat

AWS トレーニングと認定
※本メールは送信専用アドレスからお送りしています。
""" % (CE, rhex(12), CE, rhex(12), CE, rhex(12), CE)
mk('ishii-tc-5', 'survey', 'ja', utc(2026, 1, 23, 1, 31, 40), FORM2, *TOMOKO,
   ew_b('ケース %s のクローズとアンケートのお願い' % CE, 'ISO-2022-JP', 'iso2022_jp', chunk=14),
   leaf(e4, label='iso-2022-jp', codec='iso2022_jp', cte='7bit'), 'minato', case=CE, new=e4)

KIMURA = Sender('木村 達也', 'kimura@minato-soft.co.jp', '', '', 'kimura@minato-soft.co.jp', [], trusted=False)
KIMURA.name_charset = 'ISO-2022-JP'
KIMURA.name_codec = 'iso2022_jp'
t_tomo = utc(2026, 1, 23, 2, 10, 0)
e5_new = """石井さん

お疲れさまです。木村です。
アカウントの統合、無事に終わったとのことで何よりです。

社内の資格管理表を更新したいのですが、表には AWS03375160 と AWS10487725 の
両方が載っています。今後は AWS10487725 だけを記載する形でよいでしょうか。
問題なければ古い方は削除しておきます。

よろしくお願いします。

--
木村 達也
ミナトソフト株式会社 クラウド推進部
"""
e5_q = """木村さん

お疲れさまです。石井です。
AWS 認定のアカウントが 2 つに分かれていた件、サポートに依頼して統合してもらいました。
資格管理表の更新をお願いできますでしょうか。

石井
"""
e5 = e5_new + '\n%s 石井 智子 <t.ishii@minato-soft.co.jp>:\n%s\n' % (ja_quote_date(t_tomo), quote(e5_q))
mk('kimura-minatosoft', 'unrelated', 'ja', utc(2026, 1, 26, 0, 40, 12), KIMURA, *TOMOKO,
   'Re: ' + ew_b('AWS認定の登録状況について', 'ISO-2022-JP', 'iso2022_jp', chunk=8),
   leaf(e5, label='iso-2022-jp', codec='iso2022_jp', cte='7bit', extra='format=flowed; delsp=yes'),
   'internal-minato', case=None, new=e5_new,
   msgid='<%s@minato-soft.co.jp>' % uuid_like(), irt='<%s@minato-soft.co.jp>' % uuid_like(),
   extra=['User-Agent: Mozilla Thunderbird', 'Content-Language: ja'], ses=False)

# ============================================================== F: Daniel (form desk, English, Gmail)
tF = utc(2025, 3, 10, 13, 5, 57)
CF = case_id(tF, '00318')
f1 = """Dear Daniel Okafor,

Your request has been logged with AWS Training and Certification Customer Support.

Reference number: %s
Category: Certification > Account Merge
Submitted: March 10, 2025, 13:05 UTC

What happens next
Our support team reviews requests in the order they are received. You can expect a first response within one business day. You don't need to do anything in the meantime.

Need to add something? Reply to this message and keep the reference number in the subject line.

AWS Training and Certification
""" % CF
f1_html = html_page("""<p>Dear Daniel Okafor,</p>
<p>Your request has been logged with AWS Training and Certification Customer Support.</p>
<table cellpadding="4" style="margin:6px 0 16px 0;font-size:14px">
<tr><td style="color:#687078">Reference number</td><td><b>%s</b></td></tr>
<tr><td style="color:#687078">Category</td><td>Certification &gt; Account Merge</td></tr>
<tr><td style="color:#687078">Submitted</td><td>March 10, 2025, 13:05 UTC</td></tr></table>
<p style="font-weight:bold;margin-bottom:4px">What happens next</p>
<p>Our support team reviews requests in the order they are received. You can expect a first response within one business day. You don't need to do anything in the meantime.</p>
<p>Need to add something? Reply to this message and keep the reference number in the subject line.</p>
<p>AWS Training and Certification</p>""" % CF, 'en', 'Request logged')
mk('okafor-tc-1', 'case_created', 'en', utc(2025, 3, 10, 13, 6, 20), FORM, *DANIEL,
   '[CASE %s] %s' % (CF, FORM_SUBJ),
   alternative([leaf(f1, cte='7bit', label='us-ascii'), leaf(f1_html, 'html', cte='quoted-printable')]),
   'gmail', case=CF, new=f1)

f2 = """Dear Mr. Okafor,

Thank you for contacting AWS Training and Certification Customer Support. My name is Jonathan, and I have been assigned to your case.

Please be advised that, upon review, three (3) AWS Certification accounts have been identified under your name:

  1. AWS08812045 - registered e-mail: dokafor.cloud@gmail.com
  2. AWS 01196733 - registered e-mail: daniel.okafor@lagos-fintech.example.com
  3. aws-05047718 - registered e-mail: d.okafor@hotmail.example

In accordance with your request, we intend to merge accounts 2 and 3 into account 1 (AWS08812045), which will remain as your sole active certification profile. All certifications, exam history and associated benefits will be consolidated into that account.

Kindly note the following before responding:
  a) A merge, once executed, is permanent and cannot be reversed.
  b) Accounts 2 and 3 will be deactivated and will no longer be accessible.
  c) Any scheduled exam appointments on accounts 2 or 3 must be cancelled prior to the merge.

Kindly reply to this e-mail to confirm that the above details are correct and that you authorise us to proceed.

Should you have any questions, please do not hesitate to contact us.

Yours sincerely,

Jonathan R.
AWS Training and Certification Customer Support
Amazon Web Services
"""
tF2 = utc(2025, 3, 11, 16, 22, 7)
mk('okafor-tc-2', 'merge_confirmation_requested', 'en', tF2, FORM2, *DANIEL,
   'RE:[CASE %s] %s' % (CF, FORM_SUBJ), leaf(f2, cte='quoted-printable'), 'gmail', case=CF, new=f2)

tF_u = utc(2025, 3, 12, 8, 41, 0)
d_mid = '<CAB%s@mail.gmail.com>' % ralnum(34)
f3_new = """Dear Mr. Okafor,

Thank you for confirming. We will now proceed with the merge request, which has been forwarded to the responsible team. Please allow three (3) to five (5) business days for processing.

You will receive a further notification once the request has been processed.

Yours sincerely,

Jonathan R.
AWS Training and Certification Customer Support
"""
f3_u = """Hi Jonathan,

Yes, the details are correct. Please proceed with the merge.
No exams are scheduled on the other two accounts.

Thanks,
Daniel

On %s Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

%s""" % (gmail_quote_date(tF2, WAT), quote(f2))
f3 = f3_new + '\nOn %s Daniel Okafor <dokafor.cloud@gmail.com> wrote:\n\n%s\n' % (gmail_quote_date(tF_u, WAT), quote(f3_u))
mk('okafor-tc-3', 'support_reply', 'en', utc(2025, 3, 12, 15, 10, 44), FORM, *DANIEL,
   'RE:[CASE %s] %s' % (CF, FORM_SUBJ), leaf(f3, cte='quoted-printable'), 'gmail', case=CF, new=f3_new,
   irt=d_mid, refs=d_mid)

f4 = """Hi Daniel,

Lucia here from AWS T&C Support - I'm covering this case while Jonathan is out.

Quick status update: your request is still with our back-office team. Once the merge is complete, you'll get an email from us confirming it, and Credly will re-issue your badges to dokafor.cloud@gmail.com (the address on AWS08812045). Nothing needed from you right now.

Thanks for hanging in there!

Lucia M.
AWS Training and Certification Customer Support
"""
mk('okafor-tc-4', 'support_reply', 'en', utc(2025, 3, 18, 10, 2, 19), FORM2, *DANIEL,
   'RE: [CASE %s] %s' % (CF, FORM_SUBJ), leaf(f4, cte='7bit', label='us-ascii'), 'gmail', case=CF, new=f4)

f5_new = """Dear Mr. Okafor,

We are pleased to inform you that your request has been processed. The certification records formerly held under AWS01196733 and AWS05047718 have been consolidated into AWS08812045, and the two former profiles have been retired.

Please allow up to 48 hours for your certifications and benefits to be displayed correctly in your account.

Should you require further assistance, please do not hesitate to contact us.

Yours sincerely,

Jonathan R.
AWS Training and Certification Customer Support
"""
f5_hist = """
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: %s
To: dokafor.cloud@gmail.com
Subject: RE:[CASE %s] %s

%s
""" % (outlook_sent(tF2, UTC), CF, FORM_SUBJ, quote(f2))
f5_html = ('<div style="font-family:Arial,sans-serif;font-size:14px">' + t2h(f5_new) + '</div>'
           '<div style="font-family:Arial,sans-serif;font-size:13px;color:#555">-----Original Message-----<br>From: Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br>Sent: %s<br>Subject: RE:[CASE %s] %s</div>'
           '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>') % (
    outlook_sent(tF2, UTC), CF, FORM_SUBJ, t2h(f2))
mk('okafor-tc-5', 'merge_completed', 'en', utc(2025, 3, 19, 14, 55, 0), FORM, *DANIEL,
   'RE:[CASE %s] %s' % (CF, FORM_SUBJ),
   alternative([leaf(f5_new + f5_hist, cte='quoted-printable'), leaf(f5_html, 'html', cte='base64')]),
   'gmail', case=CF, new=f5_new)

f6_plain = """Your case %s has been closed.

Tell us how we did: https://pulse.aws/survey/%s?case=%s

AWS Training and Certification
""" % (CF, rhex(12), CF)
f6_inner = """<p>Dear Daniel,</p>
<p>Your case <b>%s</b> has been closed. If you need more help with the same issue, you can reply to the last message you received from us within 14 days.</p>
<p style="font-weight:bold;margin:20px 0 8px 0">Was your issue resolved?</p>
<p><a href="https://pulse.aws/survey/%s?case=%s&amp;r=YES" style="background:#ff9900;color:#16191f;padding:10px 28px;text-decoration:none;font-weight:bold">YES</a>&nbsp;&nbsp;<a href="https://pulse.aws/survey/%s?case=%s&amp;r=NO" style="border:1px solid #879596;color:#16191f;padding:9px 28px;text-decoration:none;font-weight:bold">NO</a></p>
<p style="font-weight:bold;margin:20px 0 8px 0">Rate your experience</p>
<p style="font-size:22px;letter-spacing:5px;color:#ff9900">&#9733;&#9733;&#9733;&#9733;&#9733;</p>
<p style="font-size:12px;color:#687078;margin-top:24px">AWS Training and Certification &middot; Amazon Web Services, Inc.</p>
""" % (CF, rhex(12), CF, rhex(12), CF)
mk('okafor-tc-6', 'survey', 'en', utc(2025, 3, 19, 14, 56, 12), FORM2, *DANIEL,
   'Your case has been closed - tell us how we did [CASE %s]' % CF,
   alternative([leaf(f6_plain, cte='7bit', label='us-ascii'),
                leaf(html_page(f6_inner, 'en', 'Case closed'), 'html', cte='quoted-printable')]),
   'gmail', case=CF, new=f6_plain)

BUILDER = Sender('AWS', 'no-reply@signin.aws', 'a8-12.smtp-out.amazonses.com', '54.240.8.12',
                 ses_from, ['signin.aws', 'amazonses.com'], trusted=True, msgid=ses_msgid)
f10 = """Verify your AWS Builder ID email address

Hello,

To finish signing in to your AWS Builder ID, enter the following verification code:

Verification code: 493027

This code expires 10 minutes after it was sent.

If you did not try to sign in, you can ignore this message. Never share this code with anyone.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
mk('signin-aws', 'unrelated', 'en', utc(2025, 3, 20, 8, 0, 33), BUILDER, *DANIEL,
   'Your AWS Builder ID verification code', leaf(f10, cte='7bit', label='us-ascii'), 'gmail', case=None, new=f10)

f7 = """Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Share it on LinkedIn and show your network what you've achieved.

Credly, Inc.
""" % uuid_like()
f7_html = credly_html('Congratulations, Daniel!', 'AWS Certified Developer – Associate',
                      'Amazon Web Services Training and Certification',
                      'https://www.credly.com/earner/earned/badge/%s' % uuid_like(),
                      'Amazon Web Services Training and Certification has issued you a badge. Accept it and share it on LinkedIn to show your network what you\'ve achieved.')
f7_html = f7_html.replace('https://images.credly.com/assets/credly-logo-orange.png', 'cid:credly-logo@credly')
mk('credly-okafor-1', 'credly_badge_issued', 'en', utc(2025, 3, 21, 9, 12, 5), CREDLY_AWS, *DANIEL,
   ew_q('Daniel, you earned the AWS Certified Developer – Associate badge!'),
   alternative([leaf(f7, cte='7bit', label='us-ascii'),
                related(leaf(f7_html, 'html', cte='quoted-printable'), [('credly-logo@credly', TINY_PNG)])]),
   'gmail', new=f7)

f8_stub = """To view this email, please use an email client that supports HTML, or open it in your browser:
https://www.credly.com/emails/%s
""" % ralnum(24)
f8_html = credly_html('Your badge is waiting, Daniel', 'AWS Certified Cloud Practitioner',
                      'Amazon Web Services Training and Certification',
                      'https://www.credly.com/earner/earned/badge/%s' % uuid_like(),
                      'Amazon Web Services Training and Certification sent you the AWS Certified Cloud Practitioner badge. Accept it to add it to your profile.')
mk('credly-okafor-2', 'credly_badge_issued', 'en', utc(2025, 3, 21, 9, 13, 40), CREDLY_AWS, *DANIEL,
   'Accept your AWS Certified Cloud Practitioner badge',
   alternative([leaf(f8_stub, cte='7bit', label='us-ascii'), leaf(f8_html, 'html', cte='base64')]),
   'gmail', new=f8_html)

GITLAB = Sender('Tobi Adeyemi (@tadeyemi)', 'gitlab@mg.gitlab.com', 'm228-12.mailgun.net', '159.135.228.12',
                'bounce+a1b2c3.6f-dokafor.cloud=gmail.com@mg.gitlab.com', ['mg.gitlab.com', 'mailgun.org'],
                policy='REJECT', trusted=False)
f11 = """Tobi Adeyemi merged merge request !57 at Lagos Fintech / platform-infra

Project:Branches: tadeyemi/platform-infra:consolidate-iam-roles to lagos-fintech/platform-infra:main
Author: Tobi Adeyemi
Assignee: Daniel Okafor

Merge request !57 was merged.

--
Reply to this email directly or view it on GitLab: https://gitlab.com/lagos-fintech/platform-infra/-/merge_requests/57
You're receiving this email because of your activity on gitlab.com. If you'd like to receive fewer emails, you can unsubscribe from this thread or adjust your notification settings.
"""
mk('gitlab-platform-infra', 'unrelated', 'en', utc(2025, 4, 2, 14, 27, 51), GITLAB, *DANIEL,
   'Re: Platform Infra | Consolidate duplicate IAM roles into shared account (!57)',
   leaf(f11, cte='quoted-printable'), 'gmail', case=None, new=f11,
   msgid='<%s@gitlab.com>' % ralnum(30), irt='<merge_request_8812931@gitlab.com>',
   refs='<merge_request_8812931@gitlab.com> <note_2214479081@gitlab.com>',
   extra=['X-GitLab-Project: platform-infra', 'X-GitLab-MergeRequest-IID: 57', 'X-GitLab-NotificationReason: assigned',
          'List-Id: lagos-fintech/platform-infra <48123975.platform-infra.lagos-fintech.gitlab.com>'], ses=False)

f9 = """Hi Daniel,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, expires on March 2, 2026.

To keep your badge active, complete the recertification requirements before it expires. Learn more about recertification: https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/%s

The Credly Team
""" % uuid_like()
mk('credly-okafor-3', 'unrelated', 'en', utc(2025, 12, 2, 16, 0, 22), CREDLY, *DANIEL,
   'Your AWS Certified Cloud Practitioner badge expires in 90 days',
   alternative([leaf(f9, cte='7bit', label='us-ascii'), leaf('<div style="font-family:Helvetica,Arial,sans-serif">' + t2h(f9) + '</div>', 'html', cte='quoted-printable')]),
   'gmail', case=None, new=f9)

# ============================================================== G: Hiroshi (console, Japanese, Postfix without AR)
tG = utc(2026, 2, 16, 3, 12, 18)
CG = case_id(tG, '59013')
G_SUBJ = 'AWS認定アカウント統合のお願い'
g1 = """お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重大度: 一般的なガイダンス
やり取り: 認定アカウントが AWS 13370482 と AWS 06098251 の 2 つあります。AWS 13370482 の方へ統合をお願いします。中村

""" % (CG, CG, G_SUBJ) + console_links_ja(CG)
mk('nakamura-support-1', 'case_created', 'ja', utc(2026, 2, 16, 3, 12, 40), CONSOLE, *HIROSHI,
   'Amazon Web Services: You have opened a new Support case: %s' % CG,
   leaf(g1, label='iso-2022-jp', codec='iso2022_jp', cte='7bit'), 'kumo', case=CG, new=g1)

g2 = """中村様

ご確認ありがとうございます。現在、担当チームで統合の作業を進めています。終わりましたらこちらのケースでお知らせしますね。

森
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % CG
mk('nakamura-support-2', 'support_reply', 'ja', utc(2026, 2, 18, 5, 30, 2), CONSOLE2, *HIROSHI,
   'RE:[CASE %s] ' % CG + ew_b(G_SUBJ, chunk=8), leaf(g2, cte='8bit'), 'kumo', case=CG, new=g2)

g3_text = """中村 浩 様

お待たせしました。AWS サポートの森です。

AWS 06098251 の認定情報を AWS 13370482 へ統合する作業が、本日完了しました。
AWS 06098251 はご利用いただけなくなりましたので、今後は AWS 13370482 でサインインしてください。
Credly のバッジは、数日中に登録メールアドレス宛てに届く予定です。

ほかにご不明な点がなければ、本ケースはこれで解決済みとさせていただきます。
よろしければ、サポートセンターでこのやり取りの評価にご協力ください。

森
アマゾン ウェブ サービス
"""
g3_inner = t2h(g3_text) + """
<p style="margin:18px 0"><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja" style="background:#ff9900;color:#16191f;padding:10px 22px;text-decoration:none;font-weight:bold">サポートセンターでケースを表示</a></p>
<p style="font-size:12px;color:#687078">*このメールは送信専用のアドレスから送信されています。<br>Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>""" % CG
mk('nakamura-support-3', 'merge_completed', 'ja', utc(2026, 2, 19, 9, 5, 44), CONSOLE, *HIROSHI,
   'RE:[CASE %s] ' % CG + ew_b(G_SUBJ, chunk=8),
   leaf(html_page(g3_inner, 'ja', 'AWS Support'), 'html', cte='quoted-printable'), 'kumo', case=CG, new=g3_text)

g4 = """Hiroshi, accept your badge

Amazon Web Services Training and Certification issued you a badge:
AWS Certified Machine Learning Engineer - Associate

Accept badge: https://www.credly.com/earner/earned/badge/%s

Credly, Inc.
""" % uuid_like()
g4_html = credly_html('Hiroshi, accept your badge', 'AWS Certified Machine Learning Engineer – Associate',
                      'Amazon Web Services Training and Certification',
                      'https://www.credly.com/earner/earned/badge/%s' % uuid_like(),
                      'Amazon Web Services Training and Certification issued you a badge.')
mk('credly-nakamura', 'credly_badge_issued', 'en', utc(2026, 2, 21, 0, 20, 10), CREDLY_AWS, *HIROSHI,
   ew_q('Hiroshi, accept your AWS Certified Machine Learning Engineer – Associate badge'),
   alternative([leaf(g4, cte='7bit', label='us-ascii'), leaf(g4_html, 'html', cte='quoted-printable')]),
   'kumo', new=g4)

tG5 = utc(2026, 3, 2, 1, 40, 5)
CG5 = case_id(tG5, '30221')
g5 = """中村様

AWS サポートの村上です。請求に関するお問い合わせありがとうございます。

2 月分のご請求額が増加した件について確認いたしました。主な要因は、2 月 3 日に購入された
リザーブドインスタンス (t3.large、1 年、全額前払い) の前払い料金 1,120.00 USD です。

なお、ご質問いただいた「複数の AWS アカウントの請求を 1 つにまとめる」方法につきましては、
AWS Organizations で組織を作成し、他のアカウントを招待することで一括請求 (コンソリデーティッド
ビリング) をご利用いただけます。アカウント自体が統合されるわけではなく、請求のみがまとめられます。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

村上
アマゾン ウェブ サービス

""" + console_links_ja(CG5)
mk('nakamura-support-4', 'unrelated', 'ja', utc(2026, 3, 3, 4, 55, 31), CONSOLE2, *HIROSHI,
   'RE:[CASE %s] ' % CG5 + ew_b('2月の請求額についての問い合わせ', 'ISO-2022-JP', 'iso2022_jp', chunk=8),
   leaf(g5, label='iso-2022-jp', codec='iso2022_jp', cte='7bit'), 'kumo', case=CG5, new=g5)

CERTM_JA = Sender('AWS 認定', 'do-not-reply@certmetrics.com', 'mail21.certmetrics.com', '64.78.52.21',
                  'bounce@certmetrics.com', ['certmetrics.com'], trusted=False)
CERTM_JA.name_charset = 'UTF-8'
g6 = """中村 浩 様

AWS Certified Solutions Architect - Associate の再認定、おめでとうございます。

再認定により、認定の有効期限が 2029 年 3 月 9 日まで延長されました。
新しいデジタルバッジは Credly から別途お送りします。

AWS 認定アカウント: AWS13370482
認定番号: %s

認定アカウントでは、認定証のダウンロードや特典のご確認ができます。
https://www.aws.training/Certification

AWS トレーニングと認定
""" % ralnum(16, string.ascii_uppercase + string.digits)
mk('certmetrics-nakamura', 'unrelated', 'ja', utc(2026, 3, 10, 6, 0, 18), CERTM_JA, *HIROSHI,
   ew_b('再認定おめでとうございます - AWS Certified Solutions Architect - Associate', chunk=14),
   alternative([leaf(g6, cte='base64'), leaf(html_page(t2h(g6), 'ja', 'AWS 認定'), 'html', cte='base64')]),
   'kumo', case=None, new=g6, msgid='<%s@certmetrics.com>' % uuid_like(), ses=False)


# ============================================================== write
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    MAILS.sort(key=lambda m: m['t'])
    labels = {}
    for i, m in enumerate(MAILS, 1):
        fn = '%03d-%s.eml' % (i, m['slug'])
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(m['raw'])
        labels[fn] = {'kind': m['kind'], 'case_id': m['case'], 'account_ids': m['ids'],
                      'sender_verified': m['verified'], 'language': m['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
    print(len(labels), 'files')


if __name__ == '__main__':
    main()
