#!/usr/bin/env python3
"""Generate blind set-25: format-heavy AWS Certification account-merge mail (.eml) + labels.json."""
import json
import os
import random
import sys
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailkit import (JST, UTC, R, addr, boundary, credly, ew, generic, gmail_user, html_doc,  # noqa: E402
                     ids_in, multi, split_bytes_b, o365_user, render, rfc822, ses, split_b, tpart, words, ralnum, rhex, rb64)

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []
AWS_DOMAINS = ('amazon.com', 'signin.aws', 'aws.amazon.com')
TRUSTED = AWS_DOMAINS + ('credly.com',)


def T(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(d):
    return '%d%05d' % (int(d.timestamp()), R.randint(0, 99999))


def M(slug, kind, lang, case, root, *, prov, rcpt, s, d, to, subject, new, fmt=(), **kw):
    data = render(root, prov=prov, rcpt=rcpt, s=s, d=d, to=to, subject=subject, **kw)
    res = kw.get('res') or {}
    if prov.startswith('none'):
        sv = None
    else:
        dom = s.from_domain
        trusted = any(dom == t or dom.endswith('.' + t) for t in TRUSTED)
        sv = bool(trusted and res.get('dmarc', 'pass') == 'pass'
                  and res.get('hfrom', dom) == dom)
    MAILS.append(dict(slug=slug, data=data, label=dict(
        kind=kind, case_id=case, account_ids=ids_in(*new), sender_verified=sv, language=lang), fmt=list(fmt)))
    return data


def render_inner(root, **kw):
    """Render a mail that will be forwarded as message/rfc822 (not saved on its own)."""
    return render(root, **kw)


# ================================================================ common text
FOOT_EN_LEGAL = (
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark "
    "of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry "
    "Ave. North, Seattle, WA 98109.\n\n"
    "This e-mail and any attachments may contain confidential information intended solely for the "
    "addressee. If you are not the intended recipient, please notify the sender and delete this message; "
    "any review, use or distribution by others is prohibited.")

FOOT_JA_LEGAL = (
    "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。"
    "本メッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109）が作成・配信しています。\n"
    "本メールには機密情報が含まれている場合があります。宛先以外の方が受信された場合は、お手数ですが送信者にお知らせのうえ、"
    "本メールを削除してください。")


def console_foot_en(case):
    return (
        "We value your feedback. Please share your experience by rating this and other correspondences in "
        "the AWS Support Center. You can rate a correspondence by selecting the stars in the top right "
        "corner of the correspondence.\n\n"
        "Amazon Web Services, Inc. and its affiliates. All rights reserved. This message was produced and "
        "distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.\n\n"
        "===================================================\n\n"
        "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
        "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
        "(If you are connecting by federation, log in before following the link.)\n\n"
        "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
        "To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n"
        "===================================================" % case)


def console_foot_ja(case):
    return (
        "お客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りを評価していただけます。"
        "各やり取りの右上にある星を選択して評価してください。\n\n"
        "Amazon Web Services, Inc. およびその関連会社。All rights reserved. 本メッセージは "
        "Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109）が作成・配信しています。\n\n"
        "===================================================\n\n"
        "このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。\n\n"
        "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
        "（フェデレーションを使用している場合は、ログインしてからリンクを開いてください。）\n\n"
        "※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお受けできませんので、"
        "上記のリンクからサポートセンターにてご返信ください。\n\n"
        "===================================================" % case)


def form_foot_en(case):
    return ("To add information to this request, simply reply to this e-mail and keep the subject line "
            "unchanged so that your message is attached to case %s. Please do not open a new case for the "
            "same request.\n\n%s" % (case, FOOT_EN_LEGAL))


def form_foot_ja(case):
    return ("本件について追加のご連絡がある場合は、件名を変更せずにこのメールへご返信ください（ケース %s に追加されます）。"
            "同じ内容で新しいケースを作成されますと、回答が遅れる場合がございます。\n\n%s" % (case, FOOT_JA_LEGAL))


def q(text, pfx='> '):
    return '\n'.join((pfx + l).rstrip() if l else pfx.rstrip() for l in text.split('\n'))


def p_html(text):
    """Plain paragraphs -> HTML paragraphs."""
    out = []
    for para in text.split('\n\n'):
        out.append('<p style="margin:0 0 12px 0">%s</p>' % para.replace('\n', '<br>\n'))
    return '\n'.join(out)


def table(rows, head=None, border='#d5dbdb'):
    h = ''
    if head:
        h = '<tr>%s</tr>' % ''.join('<th style="background:#f2f3f3;border:1px solid %s;padding:6px 10px;'
                                      'text-align:left">%s</th>' % (border, c) for c in head)
    body = ''.join('<tr>%s</tr>' % ''.join('<td style="border:1px solid %s;padding:6px 10px">%s</td>'
                                           % (border, c) for c in r) for r in rows)
    return ('<table cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;'
            'margin:8px 0 16px 0">%s%s</table>' % (h, body))


def aws_html_frame(inner, lang='en', oneline=False, logo=True):
    top = ('<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#232f3e;'
           'padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/'
           'poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" '
           'alt="Amazon Web Services" height="32"></td></tr><tr><td style="padding:24px">') if logo else '<div>'
    bottom = '</td></tr></table>' if logo else '</div>'
    return html_doc(top + inner + bottom, lang=lang, oneline=oneline)


# =====================================================================================
# Thread A  -- 田中 健太, Gmail, form case, Japanese
# =====================================================================================
TANAKA = ('田中 健太', 'kenta.tanaka.0712@gmail.com')
A_open = T('2025-05-27 12:14:33')
A = case15(A_open)
A_KEEP, A_OLD = 'AWS47120385', 'AWS90318826'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com'


def thread_a():
    # --- ack (case_created): base64 plain + QP html, subject with mixed-charset encoded words
    d = A_open + timedelta(seconds=41)
    s = ses('AWS トレーニングと認定', FORM_ADDR, d)
    txt = ("田中 健太 様\n\n"
           "AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n\n"
           "以下の内容でお問い合わせを受け付けました。担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。\n\n"
           "ケース ID: %s\n"
           "お問い合わせの種類: AWS Training and Certification\n"
           "詳細: Account Merge\n"
           "AWS 認定候補者 ID: %s\n"
           "件名: 認定アカウントの統合について\n"
           "内容: 前職のメールアドレスで作成した認定アカウント（%s）があり、現在のアカウントと一つにまとめたいです。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n\n--\n%s\n" % (A, A_KEEP, A_OLD, form_foot_ja(A)))
    rows = [('ケース ID', A), ('お問い合わせの種類', 'AWS Training and Certification'), ('詳細', 'Account Merge'),
            ('AWS 認定候補者 ID', A_KEEP), ('件名', '認定アカウントの統合について'),
            ('内容', '前職のメールアドレスで作成した認定アカウント（%s）があり、現在のアカウントと一つにまとめたいです。' % A_OLD)]
    h = aws_html_frame(p_html("田中 健太 様\n\nAWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n\n"
                              "以下の内容でお問い合わせを受け付けました。担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。")
                       + table(rows) + p_html("AWS トレーニングと認定 カスタマーサポート")
                       + '<hr><p style="font-size:11px;color:#687078">%s</p>' % form_foot_ja(A).replace('\n', '<br>'),
                       lang='ja')
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'base64'), tpart(h, 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('ses'))
    subj = words('[CASE %s]' % A, ('お問い合わせを受け付けました', 'UTF-8', 'B'), ('（', 'ISO-2022-JP', 'B'),
                 ('AWS トレーニングと認定）', 'utf-8', 'Q'))
    M('tanaka-a1', 'case_created', 'ja', A, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d,
      to=addr(*TANAKA), subject=subj, new=[txt, h], fmt=['b64-ja', 'qp-ja', 'split-ew-mixed', 'disclaimer'])

    # --- confirmation request: HTML-only, base64, account table, quoted form below
    d = T('2025-05-27 23:02:11')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ('<p>田中 健太 様</p><p>AWS トレーニングと認定サポートの中村でございます。お問い合わせいただき、誠にありがとうございます。</p>'
           '<p>お客様のお名前で登録されている認定アカウントを確認いたしましたところ、以下の 2 件が見つかりました。'
           'ご希望に沿って、下表のとおり統合を行う予定です。</p>'
           + table([('統合後に残るアカウント', A_KEEP, 'kenta.tanaka.0712@gmail.com'),
                    ('統合されるアカウント（統合後はご利用いただけなくなります）', 'AWS&nbsp;90318826', 'k-tanaka@old-employer.co.jp')],
                   head=('区分', 'AWS 認定アカウント ID', 'サインイン用メールアドレス'))
           + '<p><b>ご注意:</b> 統合は一度実施すると元に戻すことができません。統合されるアカウントに紐づく認定資格、'
             '試験の受験履歴、特典（50% 割引バウチャーなど）は、すべて残るアカウントへ移されます。</p>'
             '<p>上記の内容に誤りがなければ、「上記内容で統合をお願いします」とご記入のうえ、本メールにそのままご返信ください。'
             '確認が取れ次第、作業を進めます。残すアカウントを変更されたい場合も、その旨をご返信ください。</p>'
             '<p>どうぞよろしくお願いいたします。</p><p>中村<br>Amazon Web Services</p>')
    quoted = ('<div style="border-left:2px solid #ccc;padding-left:10px;color:#555">'
              '<p>---------- お問い合わせ内容 ----------<br>お名前: 田中 健太<br>メールアドレス: kenta.tanaka.0712@gmail.com<br>'
              'AWS 認定候補者 ID: %s<br>内容: 前職のメールアドレスで作成した認定アカウント（%s）があり、'
              '現在のアカウントと一つにまとめたいです。</p></div>' % (A_KEEP, A_OLD))
    h = aws_html_frame(new + '<hr>' + quoted + '<p style="font-size:11px;color:#687078">%s</p>'
                       % form_foot_ja(A).replace('\n', '<br>'), lang='ja')
    root = tpart(h, 'html', 'utf-8', 'base64')
    M('tanaka-a2', 'merge_confirmation_requested', 'ja', A, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d,
      to=addr(*TANAKA), subject='RE:[CASE %s] %s' % (A, FORM_SUBJ), new=[new],
      fmt=['html-only', 'html-table', 'b64-ja', 'entity-id', 'disclaimer'])
    a2_date = d

    # --- "thank you, we proceed": QP plain, Japanese Gmail-style quote header with nested quotes
    d = T('2025-05-28 02:40:37')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ("田中 健太 様\n\n"
           "ご返信いただきありがとうございます。内容を確認いたしました。\n"
           "これより統合の手続きを進めてまいります。作業が終わりましたら、改めてこちらのケースにてご連絡いたします。\n"
           "通常、1 から 3 営業日ほどお時間をいただいております。\n\n"
           "中村\nAmazon Web Services\n")
    old = ("田中 健太 様\n\nお客様のお名前で登録されている認定アカウントを確認いたしましたところ、以下の 2 件が見つかりました。\n\n"
           "統合後に残るアカウント: %s (kenta.tanaka.0712@gmail.com)\n統合されるアカウント: %s (k-tanaka@old-employer.co.jp)\n\n"
           "ご注意: 統合は一度実施すると元に戻すことができません。\n上記の内容に誤りがなければ、本メールにそのままご返信ください。\n\n中村\nAmazon Web Services"
           % (A_KEEP, A_OLD))
    hist = ("2025年5月28日(水) 9:15 田中 健太 <kenta.tanaka.0712@gmail.com>:\n"
            + q("The details are correct. Please proceed with the merge.\n\n田中\n\n"
                "2025年5月28日(水) 8:02 Amazon Web Services <%s>:\n" % FORM_ADDR + q(old)))
    txt = new + "\n" + hist + "\n\n--\n" + form_foot_ja(A) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable')
    M('tanaka-a3', 'support_reply', 'ja', A, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d,
      to=addr(*TANAKA), subject='RE:[CASE %s] %s' % (A, FORM_SUBJ), new=[new],
      fmt=['qp-ja', 'quote-ja-date', 'quote-nested', 'disclaimer'])

    # --- completion: multipart/alternative, plain part is a stub; confirmation request quoted under it
    d = T('2025-05-29 07:20:05')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    stub = ("このメールは HTML 形式で送信されています。内容を表示するには、HTML 表示に対応したメールソフトをご利用ください。\n\n"
            "ケース ID: %s\n" % A)
    new = ('<p>田中 健太 様</p><p>大変お待たせいたしました。ご依頼いただいた認定アカウントの統合作業が、本日すべて完了いたしました。</p>'
           + table([('残ったアカウント', A_KEEP, '有効'), ('統合されたアカウント', A_OLD, '無効化済み（サインイン不可）')],
                   head=('', 'アカウント ID', 'ステータス'))
           + '<p>%s でお持ちだった認定資格・受験履歴・特典は、%s に移行いたしました。今後は %s にサインインしてご利用ください。</p>'
             '<p>Credly のデジタルバッジは、数日以内に新しいアカウントに紐づけ直されます。1 週間を過ぎても届かない場合は、'
             'このケースにご返信ください。</p><p>中村<br>Amazon Web Services</p>' % (A_OLD, A_KEEP, A_KEEP))
    quoted = ('<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px;color:#555">'
              '<p>2025年5月28日(水) 9:15 田中 健太 &lt;kenta.tanaka.0712@gmail.com&gt;:</p>'
              '<p>The details are correct. Please proceed with the merge.</p>'
              '<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px">'
              '<p>統合後に残るアカウント: %s<br>統合されるアカウント: %s<br>ご注意: 統合は一度実施すると元に戻すことができません。'
              '上記の内容に誤りがなければ、本メールにそのままご返信ください。</p></blockquote></blockquote>' % (A_KEEP, A_OLD))
    h = aws_html_frame(new + quoted + '<p style="font-size:11px;color:#687078">%s</p>' % FOOT_JA_LEGAL, lang='ja')
    root = multi('alternative', tpart(stub, 'plain', 'utf-8', 'base64'), tpart(h, 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('ses'))
    M('tanaka-a4', 'merge_completed', 'ja', A, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d,
      to=addr(*TANAKA), subject='RE:[CASE %s] %s' % (A, FORM_SUBJ), new=[stub, new],
      fmt=['alt-stub', 'html-table', 'qp-ja', 'quoted-request-under-completion', 'disclaimer'])

    # --- survey: HTML-only, 8bit UTF-8, one very long line, subject "ケース ID ..." split over lines
    d = T('2025-05-29 07:21:40')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    inner = ('<p>田中 健太 様</p><p>ケース ID %s「%s」は、解決済みとしてクローズされました。</p>'
             '<p>サービス向上のため、今回のサポートについてお客様のご意見をお聞かせください。アンケートは 1 分ほどで完了します。</p>'
             '<p><b>問題は解決しましたか？</b></p>'
             '<table cellpadding="0" cellspacing="8"><tr><td style="background:#ec7211;padding:8px 18px">'
             '<a href="https://support.aws.amazon.com/survey?displayId=%s&amp;r=yes" style="color:#fff;text-decoration:none">はい</a></td>'
             '<td style="background:#545b64;padding:8px 18px"><a href="https://support.aws.amazon.com/survey?displayId=%s&amp;r=no" '
             'style="color:#fff;text-decoration:none">いいえ</a></td></tr></table>'
             '<p><b>担当者の対応を 5 段階で評価してください。</b></p><table cellpadding="4"><tr>%s</tr></table>'
             '<p>ご不明な点が残っている場合は、サポートセンターからケースを再開していただけます。</p>'
             '<p style="font-size:11px;color:#687078">%s</p>'
             % (A, FORM_SUBJ, A, A,
                ''.join('<td><a href="https://support.aws.amazon.com/survey?displayId=%s&amp;score=%d">%s</a></td>'
                        % (A, i, '★' * i + '☆' * (5 - i)) for i in range(1, 6)), FOOT_JA_LEGAL))
    h = aws_html_frame(inner, lang='ja', oneline=True)
    root = tpart(h, 'html', 'utf-8', '8bit')
    subj = split_b('ケース ID %s のご対応に関するアンケートのお願い' % A, 'UTF-8', n=14)
    M('tanaka-a5', 'survey', 'ja', A, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d, to=TANAKA[1],
      subject=subj, new=[inner], fmt=['html-only', 'long-line', '8bit', 'split-ew', 'subject-ja-caseid'])

    # --- Credly (ja) badge issued after the merge
    d = T('2025-05-30 01:05:12')
    s = credly('AWS Training and Certification via Credly', d, rcpt=TANAKA[1])
    badge = 'AWS Certified Solutions Architect – Associate'
    txt = ("田中 健太 さん、おめでとうございます！\n\n"
           "AWS Training and Certification から「%s」バッジが発行されました。\n\n"
           "バッジを受け取る: https://www.credly.com/earner/earned/badge/%s\n\n"
           "バッジを受け取ると、LinkedIn やメール署名などで認定を共有できるようになります。\n\n"
           "Credly チーム\n\n"
           "このメールは Credly アカウントに登録されたアドレスに送信されています。通知設定: https://www.credly.com/earner/settings/notifications\n"
           % (badge, str(__import__('uuid').UUID(int=R.getrandbits(128)))))
    h = html_doc('<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;text-align:center">'
                 '<img src="https://images.credly.com/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="">'
                 '<h1 style="font-size:22px">田中 健太 さん、おめでとうございます！</h1>'
                 '<p>AWS Training and Certification から「%s」バッジが発行されました。</p>'
                 '<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;'
                 'padding:10px 22px;text-decoration:none;border-radius:3px">バッジを受け取る</a></p>'
                 '<p style="font-size:12px;color:#777">バッジを受け取ると、LinkedIn やメール署名などで認定を共有できるようになります。</p>'
                 '</td></tr></table>' % badge, lang='ja')
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'), tpart(h, 'html', 'utf-8', 'base64'),
                 boundary=boundary('sendgrid'))
    subj = words(('AWS Training and Certification から', 'UTF-8', 'Q'), ('「%s」' % badge, 'UTF-8', 'Q'),
                 ('バッジが発行されました', 'UTF-8', 'B'))
    M('tanaka-credly', 'credly_badge_issued', 'ja', None, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d,
      to=addr('Kenta Tanaka', TANAKA[1]), subject=subj, new=[txt, h], fmt=['b64-ja', 'qp-ja', 'split-ew'])

    # --- CertMetrics survey look-alike (unrelated) with candidate id in new text
    d = T('2025-08-19 16:30:00')
    s = generic(addr('AWS Certification', 'do-not-reply@certmetrics.com'), 'certmetrics.com',
                'mail-out3.certmetrics.com', '208.87.236.42')
    inner = ('<p>田中 健太 様</p><p>最近受験された AWS 認定試験について、受験体験に関するアンケートへのご協力をお願いいたします。'
             'いただいたご意見は、今後の試験および受験環境の改善に活用させていただきます。</p>'
             + table([('候補者 ID', A_KEEP), ('試験', 'AWS Certified Solutions Architect - Associate (SAA-C03)'),
                      ('受験日', '2025年8月12日')])
             + '<p><a href="https://www.certmetrics.com/amazon/candidate/survey.aspx?t=%s">アンケートに回答する（所要時間 約 5 分）</a></p>'
               '<p>AWS Certification wants to hear from you!</p><p style="font-size:11px;color:#777">本メールは送信専用アドレスから送信されています。'
               'AWS Certification Program, c/o Alpine Testing Solutions / CertMetrics.</p>' % rhex(24))
    root = tpart(html_doc(inner, 'ja'), 'html', 'utf-8', 'quoted-printable')
    M('tanaka-certmetrics', 'unrelated', 'ja', None, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d, to=TANAKA[1],
      subject=split_b('AWS 認定: 受験体験アンケートのお願い', 'UTF-8', n=11), new=[inner],
      fmt=['html-only', 'qp-ja', 'split-ew', 'html-table'])

    # --- Pearson VUE (ja), ISO-2022-JP properly labelled
    d = T('2025-12-20 05:12:44')
    s = generic(addr('Pearson VUE', 'pearsonvue-confirmation@pearson.com'), 'pearson.com',
                'mx0b-00213901.pphosted.com', '148.163.159.41')
    txt = ("田中 健太 様\n\n"
           "ピアソン VUE をご利用いただきありがとうございます。以下の試験のご予約が確定しました。\n\n"
           "試験: AWS Certified Developer - Associate (DVA-C02) 日本語\n"
           "日時: 2026年1月24日(土) 13:30\n"
           "会場: オンライン監督付き試験（OnVUE）\n"
           "AWS 候補者 ID: %s\n"
           "登録 ID: 4%08d\n\n"
           "試験開始の 30 分前からチェックインが可能です。本人確認書類を必ずご用意ください。\n"
           "予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。\n\n"
           "ピアソン VUE\n" % (A_KEEP, R.randint(10**7, 10**8 - 1)))
    root = tpart(txt, 'plain', 'iso-2022-jp', '7bit')
    M('tanaka-pearson', 'unrelated', 'ja', None, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d, to=TANAKA[1],
      subject=ew('試験予約の確認 - AWS Certified Developer - Associate', 'ISO-2022-JP', 'B'), new=[txt],
      fmt=['iso-2022-jp'])
    return a2_date


# =====================================================================================
# Thread B -- Priya Raman, outlook.com consumer, console case, English
# =====================================================================================
PRIYA = ('Priya Raman', 'priya.raman@outlook.com')
B_open = T('2025-09-03 14:22:10')
B = case15(B_open)
B_KEEP, B_OLD = 'AWS31875502', 'AWS06649217'
B_SUBJ = 'Request to combine two Training & Certification profiles'
B_FIRST = ("Hi, I ended up with two certification accounts - %s (personal) and %s, which was created with my "
           "old work email when I booked an exam through my employer. Could they be combined into %s? "
           "Thanks, Priya" % (B_KEEP, B_OLD, B_KEEP))
OUT_EN = {'lang': 'en'}


def thread_b():
    # --- console case opened: plain and HTML differ (plain is short, HTML has the detail table)
    d = B_open + timedelta(seconds=6)
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    txt = ("Hello,\n\nWe have opened case %s for you. You can view and respond to it in the Support Center:\n"
           "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
           "Amazon Web Services\n" % (B, B))
    inner = (p_html("Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
                    "The details of your case are as follows:" % B)
             + table([('Case ID', B), ('Subject', B_SUBJ), ('Severity', 'General guidance'),
                      ('Correspondence', B_FIRST)])
             + p_html("We will respond as soon as possible. You can monitor and update the case in the "
                      '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">'
                      "AWS Support Center</a>.\n\nNote: This e-mail was sent from an address that cannot accept incoming "
                      "e-mails. Please use the link above if you need to contact us again about this same issue.\n\n"
                      "Amazon Web Services, Inc. and its affiliates. All rights reserved." % B))
    h = aws_html_frame(inner)
    root = multi('alternative', tpart(txt, 'plain', 'us-ascii', '7bit'), tpart(h, 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('ses'))
    M('priya-b1', 'case_created', 'en', B, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject='Amazon Web Services: You have opened a new Support case: %s' % B, new=[txt, inner],
      fmt=['alt-differs', 'html-table'], res=OUT_EN)

    # --- agent asks for information: Outlook From/Sent block with the original request
    d = T('2025-09-04 17:03:29')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    new = ("Hello Priya,\n\nThank you for reaching out to AWS Training and Certification.\n\n"
           "I'm happy to help bring your two profiles together. Before I set anything up, I need a couple of "
           "details so I can be certain both records belong to you:\n\n"
           "1. The e-mail address you use to sign in to each profile (aws06649217 appears to use a corporate "
           "domain - do you still have access to that mailbox?)\n"
           "2. Which profile you would like to keep going forward. You mentioned %s; please just confirm.\n\n"
           "Once I have this I will lay out the exact plan for your approval.\n\n"
           "Best regards,\n\nTomas V.\nAmazon Web Services\n" % B_KEEP)
    hist = ("From: Priya Raman\nSent: Wednesday, September 3, 2025 2:22 PM\nTo: AWS Support\nSubject: %s\n\n%s"
            % (B_SUBJ, B_FIRST))
    txt = new + "\n" + console_foot_en(B) + "\n\n" + hist + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable')
    M('priya-b2', 'support_reply', 'en', B, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject='RE:[CASE %s] %s' % (B, B_SUBJ), new=[new], fmt=['quote-outlook-fromsent', 'disclaimer', 'lower-id'],
      res=OUT_EN)

    # --- "New correspondence added" notice: HTML-only, base64
    d = T('2025-09-05 11:48:02')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    inner = p_html("Hello,\n\nA new correspondence has been added to your support case %s (\"%s\").\n\n"
                   "To read the correspondence and respond, sign in to the AWS Support Center."
                   % (B, B_SUBJ.replace('&', '&amp;'))) + (
        '<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en" '
        'style="background:#ec7211;color:#fff;padding:8px 16px;text-decoration:none">View case</a></p>'
        '<p style="font-size:11px;color:#687078">Please do not reply to this e-mail. This mailbox is not monitored. '
        'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109.</p>' % B)
    root = tpart(aws_html_frame(inner), 'html', 'utf-8', 'base64')
    M('priya-b3', 'support_reply', 'en', B, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject='[Case %s] New correspondence added' % B, new=[inner], fmt=['html-only', 'b64'], res=OUT_EN)

    # --- confirmation request: plain part is a different (shorter) text than the HTML; Original Message history
    d = T('2025-09-05 11:48:05')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    txt_new = ("Hello Priya,\n\nThanks for the details. I have prepared the consolidation of your two profiles as "
               "shown in the table in the HTML version of this message. Please note this is permanent. Let me know in "
               "the Support Center whether the plan is correct.\n\nTomas V.\nAmazon Web Services\n")
    user_reply = ("I sign in to the second one with p.raman@contoso-health.org and I still have access to it. "
                  "Please keep %s.\nPriya" % B_KEEP)
    hist = ("-----Original Message-----\nFrom: Priya Raman\nSent: Thursday, September 4, 2025 9:12 PM\n"
            "To: AWS Support\nSubject: RE:[CASE %s] %s\n\n%s\n" % (B, B_SUBJ, user_reply))
    txt = txt_new + "\n" + hist + "\n" + console_foot_en(B) + "\n"
    h_new = ('<p>Hello Priya,</p><p>Thank you for confirming the sign-in details. Here is what I am planning to do '
             'with your certification profiles:</p>'
             + table([('Profile that stays', B_KEEP, 'priya.raman@outlook.com'),
                      ('Profile folded into it and then closed', B_OLD, 'p.raman@contoso-health.org')],
                     head=('', 'Candidate ID', 'Sign-in e-mail'))
             + '<p>Please be aware that combining profiles is permanent - once it is done, the two cannot be split '
               'apart again. Your certifications, exam history and any unused benefits on %s would all move to %s.</p>'
               '<p>If everything above looks right, please reply in the Support Center confirming that I may go ahead, '
               'and I will get it scheduled. If you would rather keep the other profile, just say so.</p>'
               '<p>Best regards,<br>Tomas V.<br>Amazon Web Services</p>' % (B_OLD, B_KEEP))
    h = aws_html_frame(h_new + '<hr><p style="color:#555">-----Original Message-----<br>From: Priya Raman<br>'
                       'Sent: Thursday, September 4, 2025 9:12 PM<br>To: AWS Support<br>Subject: RE:[CASE %s] %s</p>'
                       '<p style="color:#555">%s</p><p style="font-size:11px">%s</p>'
                       % (B, B_SUBJ.replace('&', '&amp;'), user_reply.replace('\n', '<br>'),
                          console_foot_en(B).replace('\n', '<br>')))
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'), tpart(h, 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('ses'))
    M('priya-b4', 'merge_confirmation_requested', 'en', B, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject='RE:[CASE %s] %s' % (B, B_SUBJ), new=[txt_new, h_new],
      fmt=['alt-differs', 'html-table', 'quote-original-message'], res=OUT_EN)

    # --- completion (also closes the case): UTF-8 bytes labelled windows-1252, QP
    d = T('2025-09-08 20:45:31')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    new = ("Hi Priya,\n\nGood news \u2014 your two profiles are now one. Everything that used to sit on %s "
           "(exam history, both certifications and your 50%% exam voucher) now lives under %s, and the old "
           "profile has been retired, so it won\u2019t accept sign-ins any more.\n\n"
           "Credly badges usually follow within a few business days. If they haven\u2019t shown up on your Credly "
           "account by next week, let us know and we\u2019ll chase it.\n\n"
           "Since this wraps up your request, I\u2019m marking the case as resolved. If anything looks off, you can "
           "reopen it from the Support Center at any time.\n\n"
           "We\u2019d love to hear how we did \u2014 you can rate this correspondence with the stars in the Support Center.\n\n"
           "Best regards,\n\nTomas V.\nAmazon Web Services\n" % (B_OLD, B_KEEP))
    quoted = ("> On Sep 6, 2025, at 8:14 AM, Priya Raman <priya.raman@outlook.com> wrote:\n>\n"
              "> Yes, that plan is correct - please go ahead.\n>\n"
              ">> On Sep 5, 2025, at 12:48 PM, Amazon Web Services <no-reply-aws@amazon.com> wrote:\n>>\n"
              ">> Profile that stays: %s / Profile folded into it and then closed: %s\n"
              ">> Please be aware that combining profiles is permanent.\n" % (B_KEEP, B_OLD))
    txt = new + "\n" + quoted + "\n" + console_foot_en(B) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable', label='windows-1252')
    M('priya-b5', 'merge_completed', 'en', B, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject='RE:[CASE %s] %s' % (B, B_SUBJ), new=[new], fmt=['utf8-as-cp1252', 'closure-plus-done', 'quote-apple', 'quote-nested', 'quoted-request-under-completion'], res=OUT_EN)

    # --- survey: HTML-only with rating table
    d = T('2025-09-08 20:46:10')
    s = ses('AWS Support', 'no-reply-aws@amazon.com', d)
    inner = (p_html("Hello,\n\nYour AWS Support case %s, \"%s\", has been resolved.\n\n"
                    "How did we do? Your feedback helps us improve the support experience." % (B, B_SUBJ.replace('&', '&amp;')))
             + table([('Was your issue resolved?', '<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_8kqs?c=%s&amp;r=1">YES</a>'
                       ' &nbsp;|&nbsp; <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_8kqs?c=%s&amp;r=0">NO</a>' % (B, B)),
                      ('Rate your experience with Tomas V.', ' '.join(
                          '<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_8kqs?c=%s&amp;s=%d">%d</a>' % (B, i, i)
                          for i in range(1, 6)))])
             + '<p style="font-size:11px;color:#687078">You are receiving this survey because you recently contacted AWS '
               'Support. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. '
               '<a href="https://aws.amazon.com/privacy/">Privacy</a></p>')
    root = tpart(aws_html_frame(inner, oneline=True), 'html', 'utf-8', 'quoted-printable')
    M('priya-b6', 'survey', 'en', B, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject='How did we do? Your AWS Support case %s' % B, new=[inner], fmt=['html-only', 'html-table', 'long-line'],
      res=OUT_EN)

    # --- Credly badge (en)
    d = T('2025-09-10 15:11:52')
    s = credly('AWS Training and Certification via Credly', d, rcpt=PRIYA[1])
    badge = 'AWS Certified Developer – Associate'
    txt = ("Priya, you've earned a badge!\n\nAWS Training and Certification has issued you the %s badge.\n\n"
           "Accept your badge: https://www.credly.com/badges/%s/accept\n\n"
           "Once accepted, you can share it on LinkedIn, add it to your e-mail signature, or download a certificate.\n\n"
           "Credly, Inc. | Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications\n"
           % (badge, __import__('uuid').UUID(int=R.getrandbits(128))))
    h = html_doc('<table width="600" align="center"><tr><td style="padding:30px;text-align:center">'
                 '<h1>Priya, you&#39;ve earned a badge!</h1><p>AWS Training and Certification has issued you the '
                 '<b>%s</b> badge.</p><p><a href="https://www.credly.com/badges/accept" style="background:#ff6b00;color:#fff;'
                 'padding:10px 24px;text-decoration:none">Accept your badge</a></p></td></tr></table>' % badge)
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'), tpart(h, 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('sendgrid'))
    M('priya-credly', 'credly_badge_issued', 'en', None, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject=words(('Priya, AWS Training and Certification issued you the %s badge' % badge, 'UTF-8', 'Q')),
      new=[txt, h], res=OUT_EN)

    # --- phishing: spoofed amazon.com "merge done", topmost AR fails, forged pass header below
    d = T('2025-09-12 06:14:09')
    s = generic(addr('Amazon Web Services', 'no-reply-aws@amazon.com'), 'amazon.com',
                'vps-4471.hostsailor-net.com', '185.234.72.19', mailfrom='bounce@amazon.com', dkim=False)
    s.msgid = '<%s@amazon.com>' % rhex(20)
    fake = case15(T('2025-09-11 22:40:00'))
    inner = ('<p>Dear Customer,</p><p>Your AWS Certification accounts have been merged successfully (Case ID: %s).</p>'
             '<p>To keep access to your certifications, digital badges and exam vouchers, you must re-validate your '
             'payment profile within <b>48 hours</b>. Accounts that are not verified will be suspended.</p>'
             '<p><a href="https://aws-certification-verify.com/secure/login?id=%s" style="background:#ff9900;padding:10px 20px;'
             'color:#000">Verify now</a></p><p>Thank you,<br>AWS Training and Certification Team</p>' % (fake, rhex(12)))
    root = tpart(html_doc(inner), 'html', 'utf-8', 'base64')
    forged = ['Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@amazon.com;\r\n       spf=pass smtp.mailfrom=amazon.com;\r\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com']
    M('priya-spoof', 'merge_completed', 'en', fake, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject='Case ID: %s - Your certification accounts have been merged' % fake, new=[inner],
      res=dict(spf='fail', dkim='none', dmarc='fail', hfrom='amazon.com', scl=5, sfv='SPM', cat='SPOOF'),
      forged=forged, no_dkim=True, fmt=['html-only', 'b64', 'forged-ar', 'phish'])


# =====================================================================================
# Thread C -- Daniel Okafor, Google Workspace + Google Group list, form case, English
# =====================================================================================
DANIEL = ('Daniel Okafor', 'd.okafor@northwind-analytics.com')
GROUP = 'training-admin@northwind-analytics.com'
C_open = T('2025-06-10 15:02:44')
C = case15(C_open)
C_KEEP, C_OLD = 'AWS58301146', 'AWS72219034'
NW_DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
                 "intended recipient(s) and may contain confidential and privileged information of Northwind Analytics "
                 "LLC. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the "
                 "intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.")


def group_footer(msgid):
    return ("\n-- \nYou received this message because you are subscribed to the Google Groups \"Training Admin\" group.\n"
            "To unsubscribe from this group and stop receiving emails from it, send an email to "
            "training-admin+unsubscribe@northwind-analytics.com.\n"
            "To view this discussion visit https://groups.google.com/a/northwind-analytics.com/d/msgid/training-admin/%s.\n"
            % msgid.strip('<>').replace('@', '%40'))


def group_hdrs(s):
    return ['X-Original-Sender: %s' % FORM_ADDR,
            'X-Original-Authentication-Results: mx.google.com;       dkim=pass header.i=@amazon.com;       '
            'spf=pass smtp.mailfrom=%s;       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com' % s.mailfrom,
            'Precedence: list',
            'Mailing-list: list training-admin@northwind-analytics.com; contact training-admin+owners@northwind-analytics.com',
            'List-ID: <training-admin.northwind-analytics.com>',
            'X-Google-Group-Id: %d' % R.randint(10**11, 10**12),
            'List-Post: <https://groups.google.com/a/northwind-analytics.com/group/training-admin/post>, <mailto:training-admin@northwind-analytics.com>',
            'List-Help: <https://support.google.com/a/northwind-analytics.com/bin/topic.py?topic=25838>, <mailto:training-admin+help@northwind-analytics.com>',
            'List-Archive: <https://groups.google.com/a/northwind-analytics.com/group/training-admin/>',
            'List-Unsubscribe: <mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/northwind-analytics.com/group/training-admin/subscribe>' % R.randint(10**11, 10**12)]


def thread_c():
    # --- ack: plain QP with long legal disclaimer, ids written with a space
    d = C_open + timedelta(seconds=33)
    s = ses('AWS Training and Certification', FORM_ADDR, d)
    new = ("Hello,\n\nYour request has been logged with AWS Training and Certification Customer Support under case %s. "
           "An agent will review it and get back to you, generally within one business day.\n\n"
           "Summary of your submission:\n"
           "  Inquiry type: Certification\n  Detail: Account Merge\n  AWS candidate ID: %s\n"
           "  Description: I have a second certification account (AWS 72219034) that I created with my personal Gmail "
           "before my employer set up our training program. Please combine it with my main account.\n\n"
           "AWS Training and Certification Customer Support\n" % (C, C_KEEP))
    txt = new + "\n" + form_foot_en(C) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable')
    M('okafor-c1', 'case_created', 'en', C, root, prov='gmail', rcpt=DANIEL[1], s=s, d=d, to=DANIEL[1],
      subject='[CASE %s] %s' % (C, FORM_SUBJ), new=[new], fmt=['disclaimer', 'spaced-id'])

    # --- confirmation request delivered through the Google Group (From rewritten, list footer)
    d = T('2025-06-11 13:12:18')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new_p = ("Hello Daniel,\n\nThanks for your patience. Here is what I am about to do - please check it carefully, because "
             "a merge cannot be reversed afterwards:\n\n"
             "  Keep:   aws-58301146  (d.okafor@northwind-analytics.com)\n"
             "  Merge:  aws-72219034  (daniel.okafor.cs@gmail.com) -> its certifications move to the kept account "
             "and the profile is closed\n\n"
             "If that is right, just reply to this e-mail saying so and I will carry it out. If anything is wrong "
             "(for example you would rather keep the other one), tell me which and I will adjust.\n\n"
             "Kind regards,\nAnjali\nAWS Training and Certification\n")
    txt = new_p + "\n" + form_foot_en(C) + "\n" + group_footer(s.msgid)
    h_new = ('<p>Hello Daniel,</p><p>Thanks for your patience. Please review the accounts below. A merge cannot be '
             'reversed afterwards.</p>'
             + table([('Account that remains', C_KEEP, 'd.okafor@northwind-analytics.com'),
                      ('Account merged into it (closed)', C_OLD, 'daniel.okafor.cs@gmail.com')],
                     head=('Role', 'Candidate ID', 'Login e-mail'))
             + '<p>If that is right, just reply to this e-mail saying so and I will carry it out. If anything is wrong, '
               'tell me which account to keep instead.</p><p>Kind regards,<br>Anjali<br>AWS Training and Certification</p>')
    h = aws_html_frame(h_new + '<p style="font-size:11px;color:#687078">%s</p>' % form_foot_en(C).replace('\n', '<br>')
                       + '<br>--<br>You received this message because you are subscribed to the Google Groups '
                         '&quot;Training Admin&quot; group.<br>To unsubscribe from this group and stop receiving emails from it, '
                         'send an email to <a href="mailto:training-admin+unsubscribe@northwind-analytics.com">'
                         'training-admin+unsubscribe@northwind-analytics.com</a>.<br>')
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'), tpart(h, 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('ses'))
    gs = ses('Amazon Web Services', FORM_ADDR, d)
    gs.msgid = s.msgid
    gs.frm = "'Amazon Web Services' via Training Admin <%s>" % GROUP
    gs.from_domain = 'northwind-analytics.com'
    gs.dkims = [('northwind-analytics.com', 'google')]
    gs.host, gs.ip = 'mail-sor-f69.google.com', '209.85.220.69'
    gs.mailfrom = 'training-admin+bncBDK%s@northwind-analytics.com' % ralnum(20).upper()
    gs.extra = s.extra + group_hdrs(s)
    arc = 'arc=pass (i=1 spf=pass spfdomain=amazonses.com dkim=pass dkdomain=amazon.com dmarc=pass fromdomain=amazon.com)'
    M('okafor-c2', 'merge_confirmation_requested', 'en', C, root, prov='gmail', rcpt=DANIEL[1], s=gs, d=d, to=GROUP,
      reply_to=addr('Amazon Web Services', FORM_ADDR), subject='RE:[CASE %s] %s' % (C, FORM_SUBJ),
      new=[new_p, h_new], res=dict(arc=arc, p='NONE'), fmt=['list-footer', 'alt-differs', 'html-table', 'dash-id', 'group-rewrite'])
    c2 = gs.msgid

    # --- Daniel's own reply as it comes back through the group (unrelated: not from support)
    d = T('2025-06-12 14:41:07')
    s = gmail_user(*DANIEL)
    s.dkims = [('northwind-analytics.com', 'google')]
    new = "The details are correct. Please proceed with the merge.\n\nThanks,\nDaniel\n"
    sig = ("\nDaniel Okafor | Senior Data Engineer\nNorthwind Analytics LLC | 1200 W Fulton Market, Chicago, IL 60607\n\n"
           + NW_DISCLAIMER + "\n")
    old = new_p
    quoted = ("On Wed, Jun 11, 2025 at 8:12 AM 'Amazon Web Services' via Training Admin <%s> wrote:\n" % GROUP + q(old))
    txt = new + sig + "\n" + quoted + "\n" + group_footer(s.msgid)
    h = ('<div dir="ltr">The details are correct. Please proceed with the merge.<div><br></div><div>Thanks,</div>'
         '<div>Daniel</div><div><br></div><div style="font-size:11px;color:#888">Daniel Okafor | Senior Data Engineer<br>'
         'Northwind Analytics LLC<br><br>%s</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
         'On Wed, Jun 11, 2025 at 8:12 AM &#39;Amazon Web Services&#39; via Training Admin &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br>'
         '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         'padding-left:1ex">%s</blockquote></div>\n<p></p>\n-- <br>You received this message because you are subscribed to the '
         'Google Groups &quot;Training Admin&quot; group.<br>' % (NW_DISCLAIMER, GROUP, GROUP, old.replace('\n', '<br>')))
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'), tpart(h, 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('gmail'))
    s.extra = group_hdrs(s)[2:]
    M('okafor-c3', 'unrelated', 'en', C, root, prov='gmail', rcpt=DANIEL[1], s=s, d=d,
      to=addr('Amazon Web Services', FORM_ADDR), cc=GROUP, subject='Re: RE:[CASE %s] %s' % (C, FORM_SUBJ),
      irt=c2, refs=c2, new=[new, sig], fmt=['quote-gmail', 'list-footer', 'disclaimer', 'user-own-reply'],
      date_hdr='Thu, 12 Jun 2025 09:41:07 -0500')

    # --- "thank you for confirming, we will now proceed": QP plain, Gmail-style nested quotes
    d = T('2025-06-12 16:30:48')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ("Hi Daniel,\n\nThank you for confirming. We will now proceed with combining the two accounts; I will write "
           "again as soon as it is finished \u2013 usually within 1\u20132 business days. There is nothing more you need "
           "to do in the meantime.\n\nKind regards,\nAnjali\nAWS Training and Certification\n")
    quoted = ("On Thu, Jun 12, 2025 at 9:41 AM Daniel Okafor <%s> wrote:\n" % DANIEL[1]
              + q("The details are correct. Please proceed with the merge.\n\nThanks,\nDaniel\n\n"
                  "On Wed, Jun 11, 2025 at 8:12 AM Amazon Web Services <%s> wrote:\n" % FORM_ADDR + q(new_p)))
    txt = new + "\n" + quoted + "\n\n" + form_foot_en(C) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable')
    M('okafor-c4', 'support_reply', 'en', C, root, prov='gmail', rcpt=DANIEL[1], s=s, d=d, to=DANIEL[1],
      subject='RE:[CASE %s] %s' % (C, FORM_SUBJ), new=[new], fmt=['quote-gmail', 'quote-nested', 'disclaimer'])

    # --- completion: HTML-only, lower-case dashed id, confirmation request quoted in an Outlook From/Sent block
    d = T('2025-06-13 22:05:13')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ('<p>Hi Daniel,</p><p>The work on your request is finished: profile <b>aws-58301146</b> is now the only one on '
           'file for you, and the certifications and exam records from your former profile have been moved onto it. '
           'You can keep signing in with d.okafor@northwind-analytics.com; the other sign-in no longer exists.</p>'
           '<p>Your Credly badges will be re-issued to the e-mail address on the remaining profile over the next few days.</p>'
           '<p>Kind regards,<br>Anjali<br>AWS Training and Certification</p>')
    quoted = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p><b>From:</b> Amazon Web '
              'Services &lt;%s&gt;<br><b>Sent:</b> Wednesday, June 11, 2025 1:12 PM<br><b>To:</b> %s<br><b>Subject:</b> '
              'RE:[CASE %s] %s</p></div><p>Hello Daniel,</p><p>Thanks for your patience. Here is what I am about to do - please '
              'check it carefully, because a merge cannot be reversed afterwards:</p><p>Keep: %s (d.okafor@northwind-analytics.com)'
              '<br>Merge: %s (daniel.okafor.cs@gmail.com)</p><p>If that is right, just reply to this e-mail saying so and I '
              'will carry it out.</p>' % (FORM_ADDR, GROUP, C, FORM_SUBJ, C_KEEP, C_OLD))
    h = aws_html_frame(new + '<br>' + quoted + '<p style="font-size:11px;color:#687078">%s</p>'
                       % form_foot_en(C).replace('\n', '<br>'))
    root = tpart(h, 'html', 'utf-8', 'quoted-printable')
    M('okafor-c5', 'merge_completed', 'en', C, root, prov='gmail', rcpt=DANIEL[1], s=s, d=d, to=DANIEL[1],
      subject='RE:[CASE %s] %s' % (C, FORM_SUBJ), new=[new],
      fmt=['html-only', 'quote-outlook-fromsent', 'quoted-request-under-completion', 'dash-id'])

    # --- Credly after the merge: multipart, long lines, subject Q-encoded en dash split over lines
    d = T('2025-06-16 13:27:40')
    s = credly('AWS Training and Certification via Credly', d, rcpt=DANIEL[1])
    badge = 'AWS Certified Data Engineer – Associate'
    txt = ("Daniel, AWS Training and Certification has issued you a new badge: %s. Accept your badge to add it to your "
           "Credly profile and share it with your network - badges that are not accepted stay private. "
           "Accept your badge: https://www.credly.com/earner/earned/badge/%s Questions? Visit "
           "https://support.credly.com. You are receiving this e-mail because a badge was issued to %s.\n"
           % (badge, __import__('uuid').UUID(int=R.getrandbits(128)), DANIEL[1]))
    h = html_doc('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
                 '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:32px 40px;text-align:center">'
                 '<img src="https://images.credly.com/size/340x340/images/badge.png" width="140" alt="%s">'
                 '<h2 style="margin:20px 0 8px">Daniel, you have a new badge</h2><p>AWS Training and Certification has issued '
                 'you the <strong>%s</strong> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/accept" '
                 'style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;'
                 'text-decoration:none;font-weight:bold">Accept your badge</a></p><p style="font-size:12px;color:#6b6b6b">'
                 'Badges that are not accepted stay private. You are receiving this e-mail because a badge was issued to %s.'
                 '</p></td></tr></table></td></tr></table>' % (badge, badge, DANIEL[1]), oneline=True)
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'), tpart(h, 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('sendgrid'))
    subj = words(('Daniel, you have a new badge: AWS Certified Data', 'utf-8', 'Q'), (' Engineer – Associate', 'utf-8', 'Q'))
    M('okafor-credly', 'credly_badge_issued', 'en', None, root, prov='gmail', rcpt=DANIEL[1], s=s, d=d, to=DANIEL[1],
      subject=subj, new=[txt, h], fmt=['long-line', 'split-ew'])

    # --- colleague forwards a Pearson VUE mail as attachment (unrelated)
    d_in = T('2025-07-01 19:02:11')
    ps = generic(addr('Pearson VUE', 'pearsonvue-confirmation@pearson.com'), 'pearson.com', 'mx0a-00213901.pphosted.com',
                 '148.163.156.9')
    ptxt = ("Dear Daniel Okafor,\n\nYour appointment has been rescheduled.\n\nExam: AWS Certified Machine Learning - "
            "Specialty (MLS-C01)\nNew date: Tuesday, July 22, 2025 at 10:00 AM CDT\nLocation: Pearson Professional Centers - "
            "Chicago IL (Loop)\nRegistration ID: 4%08d\n\nPlease arrive 30 minutes early with two forms of ID.\n\nPearson VUE\n"
            % R.randint(10**7, 10**8 - 1))
    inner_bytes = render_inner(tpart(ptxt, 'plain', 'us-ascii', '7bit'), prov='gmail', rcpt=GROUP, s=ps, d=d_in, to=GROUP,
                        subject='Your AWS exam appointment has been rescheduled')
    d = T('2025-07-02 14:20:55')
    s = gmail_user('Sarah Kim', 's.kim@northwind-analytics.com')
    s.dkims = [('northwind-analytics.com', 'google')]
    note = ("Daniel -\n\nThis landed in the training-admin inbox; looks like Pearson moved your exam slot. Forwarding it as "
            "an attachment so you have the original.\n\nSarah\n\nSarah Kim | People Operations\nNorthwind Analytics LLC\n\n"
            + NW_DISCLAIMER + "\n")
    root = multi('mixed', tpart(note, 'plain', 'utf-8', 'quoted-printable'),
                 rfc822(inner_bytes, 'Your AWS exam appointment has been rescheduled.eml'), boundary=boundary('gmail'))
    M('okafor-fwd-pearson', 'unrelated', 'en', None, root, prov='gmail', rcpt=DANIEL[1], s=s, d=d, to=DANIEL[1],
      subject='Fwd: Your AWS exam appointment has been rescheduled', new=[note], fmt=['rfc822', 'disclaimer'])

    # --- GitHub "merged" notification with list footer (unrelated)
    d = T('2025-07-08 18:44:02')
    s = generic(addr('Priyanka Desai', 'notifications@github.com'), 'github.com', 'out-21.smtp.github.com',
                '192.30.252.204', selector='pf2023')
    s.msgid = '<northwind/etl-jobs/pull/482/issue_event/%d@github.com>' % R.randint(10**10, 10**11)
    txt = ("Merged #482 into main.\n\n-- \nReply to this email directly, view it on GitHub:\n"
           "https://github.com/northwind/etl-jobs/pull/482#event-%d\nYou are receiving this because you authored the thread.\n\n"
           "Message ID: <northwind/etl-jobs/pull/482/issue_event/%d@github.com>\n" % (R.randint(10**10, 10**11), R.randint(10**10, 10**11)))
    h = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind/etl-jobs/pull/482">#482</a> '
         'into main.</p>\n\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email '
         'directly, <a href="https://github.com/northwind/etl-jobs/pull/482">view it on GitHub</a>, or <a href="https://github.com/'
         'notifications/unsubscribe-auth/AB">unsubscribe</a>.<br />You are receiving this because you authored the thread.</p>\n')
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', '7bit'), tpart(h, 'html', 'utf-8', '7bit'),
                 boundary='--==_mimepart_%s_%d' % (rhex(13), R.randint(10000, 99999)))
    M('okafor-github', 'unrelated', 'en', None, root, prov='gmail', rcpt=DANIEL[1], s=s, d=d,
      to='northwind/etl-jobs <etl-jobs@noreply.github.com>', cc='Daniel Okafor <d.okafor@northwind-analytics.com>, Author <author@noreply.github.com>',
      subject='Re: [northwind/etl-jobs] Add retry with backoff to S3 loader (PR #482)', new=[txt],
      list_hdrs=['List-ID: northwind/etl-jobs <etl-jobs.northwind.github.com>',
                 'List-Archive: https://github.com/northwind/etl-jobs',
                 'List-Unsubscribe: <mailto:unsub+AB@reply.github.com>, <https://github.com/notifications/unsubscribe/AB>',
                 'X-GitHub-Sender: pdesai', 'X-GitHub-Reason: author', 'Precedence: list'],
      res=dict(p='REJECT'), fmt=['list-footer'])


# =====================================================================================
# Thread D -- 山本 拓也, Office 365 (Japan), console case, Japanese
# =====================================================================================
YAMAMOTO = ('山本 拓也', 't-yamamoto@kaisha-example.co.jp')
D_open = T('2025-10-06 01:03:27')
D = case15(D_open)
D2_open = T('2025-10-07 00:20:41')
D2 = case15(D2_open)
D_KEEP, D_OLD = 'AWS21566390', 'AWS84407712'
D_SUBJ = '認定アカウントの統合依頼'
OUT_JA = dict(lang='ja', ctry='US')
KAISHA_DISC = ("本メールおよび添付ファイルには、機密情報が含まれている可能性があります。誤って受信された場合は、"
               "送信者にご連絡のうえ、本メールを削除してください。無断での転送・複製・開示はお断りいたします。")


def thread_d():
    # --- case opened: ISO-2022-JP body without any charset label
    d = D_open + timedelta(seconds=8)
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    txt = ("Amazon Web Services にお問い合わせいただきありがとうございます。\n"
           "お客様のお問い合わせに対応するため、ケース %s を作成しました。\n\n"
           "ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n"
           "お問い合わせ内容:\n業務用と個人用で 2 つの認定アカウントを作成してしまいました（%s と %s）。"
           "今後は 1 つにまとめて管理したいので、統合をお願いします。\n\n"
           "担当者からの回答は、サポートセンターでご確認いただけます。\n"
           "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
           "※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお受けできません。\n\n"
           "Amazon Web Services\n" % (D, D, D_SUBJ, D_KEEP, D_OLD, D))
    root = tpart(txt, 'plain', 'iso-2022-jp', '7bit', label=None)
    M('yamamoto-d1', 'case_created', 'ja', D, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=YAMAMOTO[1],
      subject=words('Amazon Web Services:', ('新しいサポートケースが作成されました:', 'ISO-2022-JP', 'B'), '%s' % D),
      new=[txt], res=OUT_JA, fmt=['iso-2022-jp-unlabelled', 'split-ew'])

    # --- duplicate case opened by the impatient user: multipart with HTML table, mixed-charset subject
    d = D2_open + timedelta(seconds=5)
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    corr = ("昨日同じ件で問い合わせたのですが、まだ回答がありません。アカウント ID %s と aws84407712 の統合をお願いします。" % D_KEEP)
    txt = ("Amazon Web Services にお問い合わせいただきありがとうございます。ケース %s を作成しました。\n\n"
           "ケース ID: %s\n件名: 認定アカウント統合の件（再送）\n重要度: 一般的なガイダンス\n\n%s\n\n"
           "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n" % (D2, D2, corr, D2))
    inner_h = (p_html("Amazon Web Services にお問い合わせいただきありがとうございます。\nお客様のお問い合わせに対応するため、ケース %s を作成しました。" % D2)
               + table([('ケース ID', D2), ('件名', '認定アカウント統合の件（再送）'), ('重要度', '一般的なガイダンス'),
                        ('お問い合わせ内容', corr)])
               + p_html('<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターでケースを表示</a>\n\n'
                        '※このメールは送信専用のアドレスから送信されています。' % D2))
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'base64'), tpart(aws_html_frame(inner_h, 'ja'), 'html', 'utf-8', 'base64'),
                 boundary=boundary('ses'))
    subj = words('Amazon Web Services:', ('新しいサポートケース', 'ISO-2022-JP', 'B'), ('が作成されました:', 'UTF-8', 'B'), '%s' % D2)
    M('yamamoto-d2', 'case_created', 'ja', D2, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=YAMAMOTO[1],
      subject=subj, new=[txt, inner_h], res=OUT_JA, fmt=['split-ew-mixed', 'b64-ja', 'html-table', 'lower-id'])

    # --- agent on the original case: "we continue here, preparing" (no marker history appended)
    d = T('2025-10-07 02:15:19')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    new = ("山本 拓也 様\n\nお世話になっております。AWS トレーニングと認定サポートの佐々木です。\n\n"
           "認定アカウントの統合の件につきまして、同じ内容のケース（%s）を新たに作成いただいたことを確認いたしました。"
           "やり取りが分散しないよう、今後のご連絡は本ケース %s にて行わせていただきます。\n\n"
           "現在、両アカウントの登録情報を確認しております。確認が取れ次第、統合内容のご確認をお願いするご連絡を差し上げますので、"
           "今しばらくお待ちください。\n\n佐々木\nAmazon Web Services\n" % (D2, D))
    hist = ("ケース ID: %s\n件名: %s\n業務用と個人用で 2 つの認定アカウントを作成してしまいました。今後は 1 つにまとめて管理したいので、"
            "統合をお願いします。\n山本" % (D, D_SUBJ))
    txt = new + "\n" + hist + "\n\n" + console_foot_ja(D) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'base64')
    subj = words(('RE:[CASE %s] ' % D, 'UTF-8', 'B'), (D_SUBJ, 'UTF-8', 'B'))
    M('yamamoto-d3', 'support_reply', 'ja', D, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=YAMAMOTO[1],
      subject=subj, new=[new], res=OUT_JA, fmt=['b64-ja', 'quote-none', 'split-ew', 'caseid-in-ew'])

    # --- agent asks which account to keep: Shift_JIS bytes labelled ISO-8859-1, QP; history with no marker
    d = T('2025-10-07 05:30:44')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    new = ("山本 拓也 様\n\nお世話になっております。AWS トレーニングと認定サポートの佐々木です。\n\n"
           "2 つの認定アカウント（AWS 21566390 / aws84407712）の登録情報を確認いたしました。"
           "統合にあたり、以下の 2 点をご教示いただけますでしょうか。\n\n"
           "1. 今後ご利用になるアカウント（統合後に残すアカウント）はどちらでしょうか。\n"
           "2. それぞれのアカウントにサインインする際のメールアドレス\n\n"
           "ご回答をいただいたのち、統合内容をまとめてご確認のご連絡を差し上げます。\n\n佐々木\nAmazon Web Services\n")
    hist = ("お問い合わせ内容\n業務用と個人用で 2 つの認定アカウントを作成してしまいました（%s と %s）。"
            "今後は 1 つにまとめて管理したいので、統合をお願いします。" % (D_KEEP, D_OLD))
    txt = new + "\n" + hist + "\n\n" + console_foot_ja(D) + "\n"
    root = tpart(txt, 'plain', 'shift_jis', 'quoted-printable', label='ISO-8859-1')
    M('yamamoto-d4', 'support_reply', 'ja', D, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=YAMAMOTO[1],
      subject='RE:[CASE %s] %s' % (D, ew(D_SUBJ, 'UTF-8', 'B')), new=[new], res=OUT_JA,
      fmt=['sjis-as-latin1', 'quote-none', 'spaced-id', 'lower-id'])

    # --- confirmation request: HTML-only, base64, whole document on one line, Outlook (Japanese) header block
    d = T('2025-10-08 02:10:03')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    new = ('<p>山本 拓也 様</p><p>ご回答いただきありがとうございます。いただいた内容をもとに、統合の内容を以下のとおりまとめました。</p>'
           + table([('残すアカウント', D_KEEP, 't-yamamoto@kaisha-example.co.jp'),
                    ('統合されるアカウント（統合後に閉鎖）', D_OLD, 'takuya.yamamoto.84@gmail.com')],
                   head=('', 'アカウント ID', 'サインイン用メールアドレス'))
           + '<p>統合後は元に戻すことができません。閉鎖されるアカウントの認定資格・受験履歴・特典は、すべて残すアカウントへ移されます。</p>'
             '<p>上記の内容で統合を実施してよろしいでしょうか。問題がなければ、サポートセンターから「承認します」とご返信ください。</p>'
             '<p>佐々木<br>Amazon Web Services</p>')
    hist = ('<div style="border-top:solid #E1E1E1 1pt;padding-top:3pt"><p><b>差出人:</b> 山本 拓也<br><b>送信日時:</b> 2025年10月7日 18:22<br>'
            '<b>宛先:</b> Amazon Web Services<br><b>件名:</b> RE: [CASE %s] %s</p></div><p>残すのは %s（会社のアドレス）です。'
            'もう一方は個人の Gmail（takuya.yamamoto.84@gmail.com）で作成しました。</p><p>山本</p>' % (D, D_SUBJ, D_KEEP))
    h = aws_html_frame(new + '<hr>' + hist + '<p style="font-size:11px;color:#687078">%s</p>'
                       % console_foot_ja(D).replace('\n', '<br>'), lang='ja', oneline=True)
    root = tpart(h, 'html', 'utf-8', 'base64')
    M('yamamoto-d5', 'merge_confirmation_requested', 'ja', D, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d,
      to=YAMAMOTO[1], subject='RE:[CASE %s] %s' % (D, ew(D_SUBJ, 'ISO-2022-JP', 'B')), new=[new], res=OUT_JA,
      fmt=['html-only', 'html-table', 'b64-ja', 'long-line', 'quote-outlook-ja'])

    # --- "thank you, proceeding": quoted text ABOVE the new text; UTF-8 bytes labelled windows-1252, 8bit
    d = T('2025-10-08 07:44:26')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    top = q("内容に相違ありません。統合を進めてください。\n山本")
    new = ("山本 様\n\nご確認いただきありがとうございます。承知いたしました。\n"
           "これより統合の作業に入ります。通常 1 から 2 営業日ほどかかりますので、作業が終わり次第あらためてご連絡いたします。\n\n"
           "佐々木\nAmazon Web Services\n")
    txt = top + "\n\n" + new + "\n" + console_foot_ja(D) + "\n"
    root = tpart(txt, 'plain', 'utf-8', '8bit', label='windows-1252')
    M('yamamoto-d6', 'support_reply', 'ja', D, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=YAMAMOTO[1],
      subject='RE:[CASE %s] %s' % (D, ew(D_SUBJ, 'UTF-8', 'Q')), new=[new], res=OUT_JA,
      fmt=['utf8-as-cp1252', 'quote-above', '8bit'])

    # --- completion: Shift_JIS labelled ISO-8859-1, base64; also closes the case
    d = T('2025-10-10 03:00:52')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    new = ("山本 拓也 様\n\nお待たせいたしました。認定アカウントの統合が完了しましたので、お知らせいたします。\n\n"
           "  統合後のアカウント: %s\n  統合済み（閉鎖）: %s\n\n"
           "%s で取得された認定資格および受験履歴は、すべて %s に移行いたしました。今後は %s にサインインしてご利用ください。"
           "Credly のバッジについては、Credly から別途メールでご案内が届きます。\n\n"
           "本件はこれにてクローズとさせていただきます。ご利用ありがとうございました。\n\n佐々木\nAmazon Web Services\n"
           % (D_KEEP, D_OLD, D_OLD, D_KEEP, D_KEEP))
    txt = new + "\n" + console_foot_ja(D) + "\n"
    root = tpart(txt, 'plain', 'shift_jis', 'base64', label='iso-8859-1', quote_label=False)
    M('yamamoto-d7', 'merge_completed', 'ja', D, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=YAMAMOTO[1],
      subject='RE:[CASE %s] %s' % (D, ew(D_SUBJ, 'ISO-2022-JP', 'B')), new=[new], res=OUT_JA,
      fmt=['sjis-as-latin1', 'closure-plus-done'])

    # --- survey: plain stub differs from HTML
    d = T('2025-10-10 03:01:30')
    s = ses('AWS Support', 'no-reply-aws@amazon.com', d)
    stub = "ケース %s はクローズされました。アンケートは HTML 版をご覧ください。\n" % D
    inner = (p_html("山本 拓也 様\n\nこの度は AWS サポートをご利用いただきありがとうございました。\n"
                    "ケース %s「%s」は解決済みとしてクローズされました。\n\n"
                    "サポート品質の向上のため、アンケートへのご協力をお願いいたします。" % (D, D_SUBJ))
             + table([('問題は解決しましたか？', '<a href="https://support.aws.amazon.com/feedback?c=%s&amp;a=1">はい</a> / '
                       '<a href="https://support.aws.amazon.com/feedback?c=%s&amp;a=0">いいえ</a>' % (D, D)),
                      ('担当者の対応はいかがでしたか？', '★★★★★ ／ ★★★★ ／ ★★★ ／ ★★ ／ ★')]))
    root = multi('alternative', tpart(stub, 'plain', 'utf-8', 'quoted-printable'),
                 tpart(aws_html_frame(inner, 'ja'), 'html', 'utf-8', 'base64'), boundary=boundary('ses'))
    M('yamamoto-d8', 'survey', 'ja', D, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=YAMAMOTO[1],
      subject='Case ID: %s - %s' % (D, ew('お客様アンケートのお願い', 'UTF-8', 'B')), new=[stub, inner], res=OUT_JA,
      fmt=['alt-stub', 'html-table', 'subject-caseid-colon'])

    # --- survey for the duplicate case (closed because handled in D): HTML-only
    d = T('2025-10-10 03:05:12')
    s = ses('AWS Support', 'no-reply-aws@amazon.com', d)
    inner = (p_html("山本 拓也 様\n\nケース %s は、同じ内容のケース %s で対応を一本化するため、クローズいたしました。\n"
                    "よろしければ、今回のやり取りについて簡単なアンケートにご協力ください。" % (D2, D))
             + table([('評価', ' '.join('<a href="https://support.aws.amazon.com/feedback?c=%s&amp;s=%d">%d</a>' % (D2, i, i)
                                        for i in range(1, 6)))], head=('質問: サポートの対応に満足しましたか？',)))
    root = tpart(aws_html_frame(inner, 'ja'), 'html', 'utf-8', 'quoted-printable')
    M('yamamoto-d9', 'survey', 'ja', D2, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=YAMAMOTO[1],
      subject=split_b('[CASE %s] ケースはクローズされました' % D2, 'UTF-8', n=18), new=[inner], res=OUT_JA,
      fmt=['html-only', 'qp-ja', 'split-ew', 'caseid-in-ew'])

    # --- Credly (ja) for 山本
    d = T('2025-10-14 00:40:18')
    s = credly('AWS Training and Certification via Credly', d, rcpt=YAMAMOTO[1])
    badge = 'AWS Certified Machine Learning Engineer – Associate'
    inner = ('<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Meiryo,sans-serif">'
             '<tr><td style="padding:28px;text-align:center"><p style="font-size:20px">山本 拓也 さん</p>'
             '<p>AWS Training and Certification から新しいバッジ「<b>%s</b>」が発行されました。</p>'
             '<p>バッジを受け取ると、プロフィールに表示され、SNS などで共有できるようになります。</p>'
             '<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:10px 26px;'
             'text-decoration:none">バッジを受け取る</a></p></td></tr></table>' % badge)
    txt = "山本 拓也 さん\n\nAWS Training and Certification から新しいバッジ「%s」が発行されました。\nバッジを受け取る: https://www.credly.com/earner/earned/badge/accept\n" % badge
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'base64'), tpart(html_doc(inner, 'ja'), 'html', 'utf-8', 'base64'),
                 boundary=boundary('sendgrid'))
    M('yamamoto-credly', 'credly_badge_issued', 'ja', None, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=YAMAMOTO[1],
      subject=split_b('新しいバッジ「%s」が発行されました' % badge, 'UTF-8', n=14), new=[txt, inner], res=OUT_JA,
      fmt=['b64-ja', 'split-ew'])

    # --- colleague (ja), quoted text ABOVE the new text, ISO-2022-JP, corporate disclaimer (unrelated)
    d = T('2025-10-09 01:12:40')
    s = o365_user('小林 真由美', 'm-kobayashi@kaisha-example.co.jp', cs='ISO-2022-JP')
    top = q("AWS に統合を依頼しました。%s を %s にまとめてもらう予定です。\n山本" % (D_OLD, D_KEEP))
    new = ("山本さん\n\nお疲れさまです。小林です。\n認定アカウントの統合、その後どうなりましたか？もう終わりました？\n"
           "うちの部署にも同じように 2 つ持っている人がいるので、落ち着いたら手順を教えてもらえると助かります。\n\n"
           "小林\n--------------------------------------------\n株式会社カイシャ 情報システム部\n小林 真由美\n"
           "--------------------------------------------\n" + KAISHA_DISC + "\n")
    txt = top + "\n\n" + new
    root = tpart(txt, 'plain', 'iso-2022-jp', '7bit')
    M('yamamoto-colleague', 'unrelated', 'ja', None, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=addr(*YAMAMOTO, cs='ISO-2022-JP'),
      subject='RE: ' + ew('認定アカウントの件', 'ISO-2022-JP', 'B'), new=[new], res=dict(OUT_JA, ctry='JP'),
      date_hdr='Thu, 9 Oct 2025 10:12:40 +0900', fmt=['iso-2022-jp', 'quote-above', 'disclaimer'])

    # --- other AWS case: EC2 vCPU quota (unrelated)
    d_open = T('2025-11-18 04:11:09')
    E2 = case15(d_open)
    d = T('2025-11-18 09:37:51')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    new = ("山本 様\n\nAWS サポートの石井です。\nお問い合わせいただいた東京リージョン（ap-northeast-1）の Running On-Demand Standard "
           "(A, C, D, H, I, M, R, T, Z) インスタンスの vCPU 上限について、ご要望どおり 256 へ引き上げました。"
           "反映まで最大 30 分ほどかかる場合があります。Service Quotas コンソールから現在の値をご確認いただけます。\n\n"
           "他にご不明な点がございましたら、お気軽にお問い合わせください。\n\n石井\nAmazon Web Services\n")
    txt = new + "\n" + console_foot_ja(E2) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable')
    M('yamamoto-ec2', 'unrelated', 'ja', E2, root, prov='o365', rcpt=YAMAMOTO[1], s=s, d=d, to=YAMAMOTO[1],
      subject='RE:[CASE %s] %s' % (E2, split_bytes_b('EC2 vCPU 上限の引き上げ申請（東京リージョン）', 'UTF-8', 20)),
      new=[new], res=OUT_JA, fmt=['qp-ja', 'split-ew', 'ew-split-mid-char'])


# =====================================================================================
# Thread E -- Marco Rossi, Gmail, form case, English
# =====================================================================================
MARCO = ('Marco Rossi', 'marco.rossi83@gmail.com')
E_open = T('2025-12-01 09:18:05')
E = case15(E_open)
E_KEEP, E_OLD = 'AWS33091857', 'AWS60274418'


def thread_e():
    # --- ack: multipart, plain part is a "cannot display" stub, subject "Case ID: ..." split Q-words
    d = E_open + timedelta(seconds=51)
    s = ses('AWS Training and Certification', FORM_ADDR, d)
    stub = "Your e-mail client cannot display this message. Please open it in a client that supports HTML.\n"
    inner = (p_html("Hi Marco,\n\nWe've got your message. Your reference is <b>Case ID: %s</b>.\n\n"
                    "One of our specialists will review your account-assistance request and respond, normally within "
                    "24 hours. There is no need to submit the form again." % E)
             + table([('Inquiry', 'Certification / Account Merge'), ('Candidate ID provided', 'aws33091857'),
                      ('Your note', 'I seem to have two candidate accounts, one from my university days. Can you merge them?')])
             + p_html("AWS Training and Certification Customer Support\n\n<small>%s</small>" % form_foot_en(E).replace('\n', '<br>')))
    root = multi('alternative', tpart(stub, 'plain', 'us-ascii', '7bit'), tpart(aws_html_frame(inner), 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('ses'))
    subj = words(('Case ID: %s – ' % E, 'UTF-8', 'Q'), ('We received your AWS Training and ', 'UTF-8', 'Q'),
                 ('Certification request', 'UTF-8', 'Q'))
    M('rossi-e1', 'case_created', 'en', E, root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=MARCO[1], subject=subj,
      new=[stub, inner], fmt=['alt-stub', 'split-ew', 'caseid-in-ew', 'lower-id', 'disclaimer'])

    # --- asks for more information: Apple Mail style quote of the submission
    d = T('2025-12-02 11:40:22')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ("Hello Marco,\n\nThank you for contacting AWS Training and Certification. I found two certification accounts that "
           "may belong to you: %s and %s. To make sure we bring the right records together, could you reply with:\n\n"
           "- the e-mail address you sign in with on each account\n- the e-mail address where each account receives notifications\n"
           "- the account you would like to keep\n- a short note on how the second account was created\n\n"
           "As soon as I have these, I will send you the plan for your confirmation.\n\nRegards,\nKeiko\n"
           "AWS Training and Certification\n" % (E_KEEP, E_OLD))
    quoted = ("> On 1 Dec 2025, at 10:18, Marco Rossi <marco.rossi83@gmail.com> wrote:\n>\n"
              "> I seem to have two candidate accounts, one from my university days. Can you merge them?\n> Marco\n")
    txt = new + "\n" + quoted + "\n" + form_foot_en(E) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable', params='; format=flowed')
    M('rossi-e2', 'support_reply', 'en', E, root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=MARCO[1],
      subject='RE:[CASE %s] %s' % (E, FORM_SUBJ), new=[new], fmt=['quote-apple', 'disclaimer'])

    # --- follow-up: still need help? very long lines, UTF-8 labelled windows-1252 (QP), Original Message block
    d = T('2025-12-09 12:00:09')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ("Hello Marco,\n\nI\u2019m following up on my message from December 2 about your account-assistance request. We haven\u2019t "
           "received the information we need to move forward yet, so I wanted to check in: do you still need help with this? If so, "
           "simply reply to this e-mail with the details listed below and I\u2019ll pick it up right away. If we don\u2019t hear from "
           "you within 5 business days, this case will be closed automatically \u2014 but you can always reopen it by replying.\n\n"
           "Regards,\nKeiko\nAWS Training and Certification\n")
    old = ("Hello Marco,\n\nThank you for contacting AWS Training and Certification. I found two certification accounts that may "
           "belong to you: %s and %s. To make sure we bring the right records together, could you reply with: the e-mail "
           "address you sign in with on each account; the e-mail address where each account receives notifications; the "
           "account you would like to keep; a short note on how the second account was created.\n\nRegards,\nKeiko" % (E_KEEP, E_OLD))
    hist = ("-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Tuesday, December 2, 2025 11:40 AM\n"
            "To: marco.rossi83@gmail.com\nSubject: RE:[CASE %s] %s\n\n%s\n" % (FORM_ADDR, E, FORM_SUBJ, old))
    txt = new + "\n" + hist + "\n" + form_foot_en(E) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable', label='windows-1252')
    M('rossi-e3', 'support_reply', 'en', E, root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=MARCO[1],
      subject='RE:[CASE %s] %s' % (E, FORM_SUBJ), new=[new],
      fmt=['long-line', 'utf8-as-cp1252', 'quote-original-message', 'followup'])

    # --- confirmation request: subject fully inside B-encoded words (case id hidden), mixed charsets
    d = T('2025-12-11 10:25:37')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new_p = ("Hi Marco,\n\nThanks for the details. Here's the plan - please read it carefully, because this can't be undone "
             "once I run it:\n\n  Surviving account:  %s  (marco.rossi83@gmail.com)\n"
             "  Account to be absorbed and deactivated:  %s  (m.rossi@studenti.unimi-example.it)\n\n"
             "All certifications, exam history and any unused benefits on %s will be moved to %s.\n\n"
             "Please reply to this e-mail with \"I confirm\" to go ahead, or tell me what needs changing.\n\n"
             "Regards,\nKeiko\nAWS Training and Certification\n" % (E_KEEP, E_OLD, E_OLD, E_KEEP))
    h_new = ('<p>Hi Marco,</p><p>Thanks for the details. Here&#39;s the plan &ndash; please read it carefully, because this '
             'can&#39;t be undone once I run it:</p>'
             + table([('Surviving account', E_KEEP, 'marco.rossi83@gmail.com'),
                      ('Account to be absorbed and deactivated', E_OLD, 'm.rossi@studenti.unimi-example.it')])
             + '<p>Please reply to this e-mail with &quot;I confirm&quot; to go ahead, or tell me what needs changing.</p>'
               '<p>Regards,<br>Keiko<br>AWS Training and Certification</p>')
    txt = new_p + "\n" + form_foot_en(E) + "\n"
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'),
                 tpart(aws_html_frame(h_new + '<p style="font-size:11px">%s</p>' % form_foot_en(E).replace('\n', '<br>')),
                       'html', 'utf-8', 'base64'), boundary=boundary('ses'))
    subj = words(('RE:[CASE %s] [AWS Training and Certification' % E, 'utf-8', 'B'),
                 (' Form Submission] - account', 'iso-8859-1', 'Q'), ('-assistance', 'UTF-8', 'B'))
    M('rossi-e4', 'merge_confirmation_requested', 'en', E, root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=MARCO[1],
      subject=subj, new=[new_p, h_new], fmt=['split-ew-mixed', 'caseid-in-ew', 'html-table', 'b64'])

    # --- completion + closure + survey in one: base64 plain, Gmail quote below
    d = T('2025-12-12 18:02:16')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ("Hi Marco,\n\nThanks for confirming. I've now combined your records: %s is your active account and holds the "
           "certifications and exam history that used to be on %s, which has been deactivated. Your unused 50%% "
           "discount voucher came across as well.\n\n"
           "Since your request is complete, I'm closing this case. Was your issue resolved?\n"
           "YES: https://aws-tc-survey.amazon.com/s?c=%s&r=1\nNO:  https://aws-tc-survey.amazon.com/s?c=%s&r=0\n\n"
           "Regards,\nKeiko\nAWS Training and Certification\n" % (E_KEEP, E_OLD, E, E))
    quoted = ("On Thu, Dec 11, 2025 at 11:31 AM Marco Rossi <%s> wrote:\n" % MARCO[1]
              + q("I confirm.\nMarco\n\nOn Thu, Dec 11, 2025 at 11:25 AM Amazon Web Services <%s> wrote:\n" % FORM_ADDR + q(new_p)))
    txt = new + "\n" + quoted + "\n\n" + form_foot_en(E) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'base64')
    M('rossi-e5', 'merge_completed', 'en', E, root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=MARCO[1],
      subject='RE:[CASE %s] %s' % (E, FORM_SUBJ), new=[new],
      fmt=['b64', 'quote-gmail', 'quote-nested', 'quoted-request-under-completion', 'closure-plus-done'])

    # --- Credly: HTML-only table layout
    d = T('2025-12-15 08:55:03')
    s = credly('AWS Training and Certification via Credly', d, rcpt=MARCO[1])
    badge = 'AWS Certified Solutions Architect - Professional'
    inner = ('<table width="100%%" bgcolor="#f4f4f4"><tr><td align="center"><table width="560" bgcolor="#ffffff" '
             'cellpadding="0" cellspacing="0"><tr><td style="padding:26px"><h2>Congratulations, Marco!</h2><p>AWS Training and '
             'Certification issued you a badge. Claim it to show off your achievement.</p><table><tr><td><img '
             'src="https://images.credly.com/size/110x110/images/aws-sap.png" width="90"></td><td style="padding-left:14px">'
             '<b>%s</b><br>Issued by AWS Training and Certification</td></tr></table><p><a href="https://www.credly.com/earner/'
             'earned/badge/accept" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge'
             '</a></p></td></tr></table></td></tr></table>' % badge)
    root = tpart(html_doc(inner, oneline=True), 'html', 'utf-8', 'quoted-printable')
    M('rossi-credly1', 'credly_badge_issued', 'en', None, root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=MARCO[1],
      subject='Marco, AWS Training and Certification issued you a badge', new=[inner], fmt=['html-only', 'long-line'])

    # --- Credly second badge: plain part is only "view in browser"
    d = T('2025-12-15 08:55:41')
    s = credly('AWS Training and Certification via Credly', d, rcpt=MARCO[1])
    badge = 'AWS Certified Security – Specialty'
    stub = "View this email in your browser: https://www.credly.com/mail/view/%s\n" % rhex(32)
    inner = ('<div style="max-width:560px;margin:auto;padding:24px"><h2>Your %s badge is ready</h2><p>Marco, AWS Training '
             'and Certification has issued you a new badge. Accept it to add it to your profile.</p><p><a href="https://www.credly.com/'
             'earner/earned/badge/accept">Accept your badge</a></p><p style="font-size:11px;color:#888">Credly | Manage '
             'notification preferences</p></div>' % badge)
    root = multi('alternative', tpart(stub, 'plain', 'us-ascii', '7bit'), tpart(html_doc(inner), 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('sendgrid'))
    M('rossi-credly2', 'credly_badge_issued', 'en', None, root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=MARCO[1],
      subject=words(('Your %s badge is ready to accept' % badge, 'UTF-8', 'B')), new=[stub, inner], fmt=['alt-stub'])

    # --- Seller Central look-alike: "merged" detail pages (unrelated)
    d = T('2026-01-08 15:33:09')
    s = ses('Amazon Selling Partner Support', 'sellingpartnersupport@amazon.com', d)
    new = ("Hello,\n\nThank you for contacting Amazon Selling Partner Support.\n\nI have merged the duplicate detail pages you "
           "reported. ASIN B0C7XK2L9Q has been merged into B0C7XK2M4T, and your offer now appears on the surviving page. "
           "Please allow up to 24 hours for the change to show in Manage Inventory.\n\n"
           "Was this answer helpful? Let us know by clicking one of the links below.\n"
           "Yes: https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=5884881212&r=1\n"
           "No:  https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=5884881212&r=0\n\n"
           "Regards,\nDevika\nAmazon Selling Partner Support\n")
    root = tpart(new, 'plain', 'utf-8', 'quoted-printable')
    M('rossi-seller', 'unrelated', 'en', '5884881212', root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=MARCO[1],
      subject='RE:[CASE 5884881212] Request to merge duplicate ASIN detail pages', new=[new], fmt=['lookalike'])

    # --- GitLab merge request merged (unrelated), list footer
    d = T('2026-01-14 10:12:50')
    s = generic(addr('GitLab', 'gitlab@mg.gitlab.com'), 'mg.gitlab.com', 'mg-d1.gitlab.com', '192.237.158.143',
                selector='mailo')
    txt = ("Merge request !57 was merged\n\nProject: rossi-lab / cert-tracker\nBranch: feature/merge-accounts-view -> main\n"
           "Author: Marco Rossi\n\nMerge request URL: https://gitlab.com/rossi-lab/cert-tracker/-/merge_requests/57\n\n-- \n"
           "Reply to this email directly or view it on GitLab: https://gitlab.com/rossi-lab/cert-tracker/-/merge_requests/57\n"
           "You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread: "
           "https://gitlab.com/-/sent_notifications/%s/unsubscribe | Manage all notifications: "
           "https://gitlab.com/-/profile/notifications | Help: https://gitlab.com/help\n" % rhex(32))
    h = html_doc(p_html(txt.replace('-- \n', '<hr>')))
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'), tpart(h, 'html', 'utf-8', 'quoted-printable'),
                 boundary='--==_mimepart_%s_%d' % (rhex(13), R.randint(1000, 9999)))
    M('rossi-gitlab', 'unrelated', 'en', None, root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=addr(*MARCO),
      subject='Re: cert-tracker | Show merged accounts in dashboard (!57)', new=[txt],
      list_hdrs=['List-Id: rossi-lab/cert-tracker <%d.cert-tracker.rossi-lab.gitlab.com>' % R.randint(10**7, 10**8),
                 'List-Unsubscribe: <https://gitlab.com/-/sent_notifications/%s/unsubscribe>' % rhex(32),
                 'X-GitLab-NotificationReason: own_activity', 'X-GitLab-MergeRequest-IID: 57'],
      res=dict(p='REJECT'), fmt=['list-footer', 'lookalike'])


# =====================================================================================
# Thread F -- 佐藤 美咲, nifty (Japanese provider), 11-digit case, Japanese
# =====================================================================================
SATO = ('佐藤 美咲', 'misaki.sato@nifty.com')
F = '12894055617'
F_KEEP, F_OLD = 'AWS66120937', 'AWS30458172'


def thread_f():
    # --- ack: QP plain, subject "ケース ID ..." single B word folded
    d = T('2025-11-03 13:47:22')
    s = ses('AWS トレーニングと認定', FORM_ADDR, d)
    new = ("佐藤 美咲 様\n\nお問い合わせありがとうございます。AWS トレーニングと認定カスタマーサポートです。\n"
           "お客様のリクエストを受け付け、ケース ID %s を発行しました。担当者より、通常 1 営業日以内にご連絡いたします。\n\n"
           "【受付内容】\n・お問い合わせの種類: Certification\n・詳細: Account Merge\n・AWS 候補者 ID: aws66120937\n"
           "・内容: 大学のメールアドレスで作った古い認定アカウントがあり、今のアカウントにまとめたいです。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n" % F)
    txt = new + "\n" + form_foot_ja(F) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable')
    M('sato-f1', 'case_created', 'ja', F, root, prov='nifty', rcpt=SATO[1], s=s, d=d, to=SATO[1],
      subject=ew('ケース ID %s: お問い合わせを受け付けました' % F, 'UTF-8', 'B'), new=[new],
      fmt=['qp-ja', 'subject-ja-caseid', 'lower-id', 'disclaimer'])

    # --- asks for login e-mails etc.: ISO-2022-JP labelled, form submission appended with no marker
    d = T('2025-11-04 01:10:45')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ("佐藤 美咲 様\n\nAWS トレーニングと認定サポートの森です。お問い合わせいただきありがとうございます。\n\n"
           "統合を進めるにあたり、以下の情報をお知らせいただけますでしょうか。\n\n"
           "・古いアカウントにサインインする際のメールアドレス（大学のアドレスかどうか）\n"
           "・古いアカウントの AWS 候補者 ID（現在お使いの AWS66120937 とは別のもの。分かる場合）\n"
           "・統合後に残したいアカウント\n\n"
           "本人確認のため、お手数ですがご協力をお願いいたします。\n\n森\nAmazon Web Services\n")
    hist = ("お問い合わせの種類: Certification\n詳細: Account Merge\nAWS 候補者 ID: %s\n"
            "内容: 大学のメールアドレスで作った古い認定アカウントがあり、今のアカウントにまとめたいです。" % F_KEEP)
    txt = new + "\n" + hist + "\n\n" + form_foot_ja(F) + "\n"
    root = tpart(txt, 'plain', 'iso-2022-jp', '7bit')
    M('sato-f2', 'support_reply', 'ja', F, root, prov='nifty', rcpt=SATO[1], s=s, d=d, to=SATO[1],
      subject='RE:[CASE %s] %s' % (F, FORM_SUBJ), new=[new], fmt=['iso-2022-jp', 'quote-none', 'disclaimer'])

    # --- confirmation request: ISO-2022-JP, Japanese date quote header
    d = T('2025-11-05 00:30:19')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ("佐藤 美咲 様\n\nご回答ありがとうございます。以下の内容で統合を実施いたします。"
           "統合後は元に戻せませんので、内容をよくご確認ください。\n\n"
           "■ 残すアカウント: %s（misaki.sato@nifty.com）\n■ 統合するアカウント: %s（sato.misaki@mail.univ-example.ac.jp）\n\n"
           "統合するアカウントの認定資格・受験履歴は、残すアカウントへ移されます。\n"
           "よろしければ「同意します」とご返信ください。\n\n森\nAmazon Web Services\n" % (F_KEEP, F_OLD))
    quoted = ("2025年11月4日(火) 22:47 佐藤 美咲 <misaki.sato@nifty.com>:\n"
              + q("森様\n\nご連絡ありがとうございます。\n古いアカウントは sato.misaki@mail.univ-example.ac.jp でサインインしていました。"
                  "ID は %s だと思います。\n残したいのは今使っている %s です。\n\n佐藤" % (F_OLD, F_KEEP)))
    txt = new + "\n" + quoted + "\n\n" + form_foot_ja(F) + "\n"
    root = tpart(txt, 'plain', 'iso-2022-jp', '7bit')
    M('sato-f3', 'merge_confirmation_requested', 'ja', F, root, prov='nifty', rcpt=SATO[1], s=s, d=d, to=SATO[1],
      subject='RE:[CASE %s] %s' % (F, FORM_SUBJ), new=[new], fmt=['iso-2022-jp', 'quote-ja-date'])

    # --- completion + closure + survey; plain and HTML parts differ
    d = T('2025-11-06 05:15:08')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    plain = ("佐藤 美咲 様\n\nご依頼の件について、対応が完了しました。詳細は HTML 版をご確認ください。\n\nケース ID: %s\n" % F)
    inner = ('<p>佐藤 美咲 様</p><p>ご同意いただきありがとうございました。ご依頼のとおり、%s の認定資格・受験履歴を %s に移行し、'
             '%s は閉鎖いたしました。今後は %s でサインインしてください。</p><p>本ケースはこれでクローズとなります。'
             'よろしければ、下記のアンケートにご協力ください。</p>'
             % (F_OLD, F_KEEP, F_OLD, F_KEEP)
             + table([('今回の対応で問題は解決しましたか？', '<a href="https://aws-tc-survey.amazon.com/s?c=%s&amp;r=1">はい</a>'
                       ' | <a href="https://aws-tc-survey.amazon.com/s?c=%s&amp;r=0">いいえ</a>' % (F, F))])
             + '<p>森<br>Amazon Web Services</p>')
    root = multi('alternative', tpart(plain, 'plain', 'utf-8', 'quoted-printable'),
                 tpart(aws_html_frame(inner + '<p style="font-size:11px">%s</p>' % FOOT_JA_LEGAL, 'ja'), 'html', 'utf-8', 'base64'),
                 boundary=boundary('ses'))
    M('sato-f4', 'merge_completed', 'ja', F, root, prov='nifty', rcpt=SATO[1], s=s, d=d, to=SATO[1],
      subject='RE:[CASE %s] %s' % (F, FORM_SUBJ), new=[plain, inner],
      fmt=['alt-differs', 'b64-ja', 'html-table', 'closure-plus-done'])

    # --- separate survey mail: HTML-only QP, subject "Case ID: ..."
    d = T('2025-11-06 05:20:44')
    s = ses('AWS トレーニングと認定', 'no-reply-aws@amazon.com', d)
    inner = (p_html("佐藤 美咲 様\n\n先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。"
                    "ケース ID: %s について、サポートの品質向上のため、3 問のアンケートにご協力ください。" % F)
             + '<ol><li>担当者の説明は分かりやすかったですか？</li><li>回答までの時間は適切でしたか？</li>'
               '<li>総合的な満足度を教えてください。</li></ol><p><a href="https://aws-tc-survey.amazon.com/s?c=%s">'
               'アンケートに回答する</a></p><p style="font-size:11px">%s</p>' % (F, FOOT_JA_LEGAL))
    root = tpart(aws_html_frame(inner, 'ja'), 'html', 'utf-8', 'quoted-printable')
    M('sato-f5', 'survey', 'ja', F, root, prov='nifty', rcpt=SATO[1], s=s, d=d, to=SATO[1],
      subject='Case ID: %s - %s' % (F, ew('ご意見をお聞かせください', 'UTF-8', 'B')), new=[inner],
      fmt=['html-only', 'qp-ja', 'subject-caseid-colon'])

    # --- Credly ja
    d = T('2025-11-07 02:31:56')
    s = credly('AWS Training and Certification via Credly', d, rcpt=SATO[1])
    badge = 'AWS Certified Cloud Practitioner'
    txt = ("佐藤 美咲 さん\n\nおめでとうございます！AWS Training and Certification から「%s」のバッジが発行されました。\n"
           "下のリンクからバッジを受け取ってください。\nhttps://www.credly.com/earner/earned/badge/accept\n\n"
           "Credly\n" % badge)
    h = html_doc('<div style="max-width:600px;margin:auto;text-align:center"><h2>おめでとうございます！</h2><p>AWS Training and '
                 'Certification から「%s」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/accept">'
                 'バッジを受け取る</a></p></div>' % badge, 'ja')
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'), tpart(h, 'html', 'utf-8', 'base64'),
                 boundary=boundary('sendgrid'))
    M('sato-credly', 'credly_badge_issued', 'ja', None, root, prov='nifty', rcpt=SATO[1], s=s, d=d, to=SATO[1],
      subject=words(('おめでとうございます！', 'UTF-8', 'B'), ('%s バッジが発行されました' % badge, 'UTF-8', 'B')),
      new=[txt, h], fmt=['b64-ja', 'qp-ja', 'split-ew'])

    # --- Credly expiry reminder ja (unrelated)
    d = T('2026-02-03 00:10:04')
    s = credly('Credly', d, rcpt=SATO[1])
    inner = ('<div style="max-width:600px;margin:auto"><p>佐藤 美咲 さん</p><p>お持ちのバッジ「AWS Certified Cloud Practitioner」の'
             '有効期限が 2026年3月15日 に近づいています。有効期限が切れると、バッジは期限切れとして表示されます。</p>'
             '<p>再認定の方法については、発行元の AWS Training and Certification の案内をご確認ください。</p>'
             '<p><a href="https://www.credly.com/earner/earned">バッジを確認する</a></p></div>')
    root = tpart(html_doc(inner, 'ja'), 'html', 'utf-8', 'base64')
    M('sato-credly-expiry', 'unrelated', 'ja', None, root, prov='nifty', rcpt=SATO[1], s=s, d=d, to=SATO[1],
      subject=ew('バッジの有効期限が近づいています', 'UTF-8', 'B'), new=[inner], fmt=['html-only', 'b64-ja'])


# =====================================================================================
# Thread G -- 高橋 陽子: AWS mail arrives at the company address and is forwarded as attachment
# =====================================================================================
TAKA_W = ('高橋 陽子', 'y-takahashi@shoji-example.co.jp')
TAKA_P = 'yoko.takahashi@outlook.jp'
G_open = T('2026-01-19 01:55:12')
G = case15(G_open)
G_KEEP, G_OLD = 'AWS55012876', 'AWS19960243'
SHOJI_DISC = ("【機密保持に関するお知らせ】このメールは、宛先に記載された方のみを対象としています。"
              "内容の全部または一部を許可なく第三者に開示することを禁じます。")


def fwd_outer(note, inner_bytes, fname, d, subj):
    s = o365_user(*TAKA_W)
    root = multi('mixed', tpart(note, 'plain', 'iso-2022-jp', '7bit'), rfc822(inner_bytes, fname), boundary=boundary('outlook'))
    return s, root


def thread_g():
    # inner mails are received on the company's Office 365 tenant
    d = G_open + timedelta(seconds=7)
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    itxt = ("Amazon Web Services にお問い合わせいただきありがとうございます。\nお客様のお問い合わせに対応するため、ケース %s を作成しました。\n\n"
            "ケース ID: %s\n件名: 認定アカウントが 2 つあるので 1 つにしたい\n重要度: 一般的なガイダンス\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n%s\n" % (G, G, G, console_foot_ja(G)))
    ib = render_inner(tpart(itxt, 'plain', 'utf-8', 'base64'), prov='o365', rcpt=TAKA_W[1], s=s, d=d, to=TAKA_W[1],
               subject='Amazon Web Services: %s: %s' % (ew('新しいサポートケースが作成されました', 'UTF-8', 'B'), G), res=OUT_JA)
    note = ("（個人アドレスへ転送）\n会社のアドレスで問い合わせてしまったので、念のため個人のアドレスにも転送しておきます。\n\n"
            "高橋\n" + SHOJI_DISC + "\n")
    d = T('2026-01-19 02:03:40')
    s, root = fwd_outer(note, ib, 'case-%s.eml' % G, d, None)
    M('takahashi-g1-fwd', 'case_created', 'ja', G, root, prov='outlook', rcpt=TAKA_P, s=s, d=d, to=TAKA_P,
      subject='FW: Amazon Web Services: %s: %s' % (ew('新しいサポートケースが作成されました', 'ISO-2022-JP', 'B'), G),
      new=[note, itxt], res=dict(OUT_JA, ctry='JP'), date_hdr='Mon, 19 Jan 2026 11:03:40 +0900',
      fmt=['rfc822', 'iso-2022-jp', 'disclaimer'])

    # confirmation request forwarded
    d = T('2026-01-20 06:41:27')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    ih = ('<p>高橋 陽子 様</p><p>お待たせいたしました。統合の内容を以下にまとめましたので、ご確認ください。</p>'
          + table([('統合後も使用するアカウント', G_KEEP), ('統合されて閉鎖されるアカウント', G_OLD)])
          + '<p>この操作は取り消しできません。内容に問題がなければ、サポートセンターから同意の旨をご返信ください。</p>'
            '<p>小野<br>Amazon Web Services</p>')
    ib = render_inner(tpart(aws_html_frame(ih + '<p style="font-size:11px">%s</p>' % console_foot_ja(G).replace('\n', '<br>'), 'ja'),
                     'html', 'utf-8', 'base64'),
               prov='o365', rcpt=TAKA_W[1], s=s, d=d, to=TAKA_W[1],
               subject='RE:[CASE %s] %s' % (G, ew('認定アカウントが 2 つあるので 1 つにしたい', 'UTF-8', 'B')), res=OUT_JA)
    note = ("（個人アドレスへ転送）\n統合内容の確認依頼が来ました。%s を残して %s をまとめる内容です。"
            "後でサポートセンターから返信します。\n\n高橋\n%s\n" % (G_KEEP, G_OLD, SHOJI_DISC))
    d = T('2026-01-20 07:02:11')
    s, root = fwd_outer(note, ib, 'RE_CASE_%s.eml' % G, d, None)
    M('takahashi-g2-fwd', 'merge_confirmation_requested', 'ja', G, root, prov='outlook', rcpt=TAKA_P, s=s, d=d, to=TAKA_P,
      subject='FW: RE:[CASE %s] %s' % (G, ew('認定アカウントが 2 つあるので 1 つにしたい', 'ISO-2022-JP', 'B')),
      new=[note, ih], res=dict(OUT_JA, ctry='JP'), date_hdr='Tue, 20 Jan 2026 16:02:11 +0900',
      fmt=['rfc822', 'html-only-inner', 'iso-2022-jp', 'disclaimer'])

    # completion forwarded
    d = T('2026-01-22 04:18:50')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    itxt = ("高橋 陽子 様\n\n統合の作業を終えました。%s に登録されていた認定資格と受験履歴は %s へ移し、%s は閉鎖済みです。"
            "今後は %s をお使いください。\n\n小野\nAmazon Web Services\n\n%s\n" % (G_OLD, G_KEEP, G_OLD, G_KEEP, console_foot_ja(G)))
    ib = render_inner(tpart(itxt, 'plain', 'utf-8', 'quoted-printable'), prov='o365', rcpt=TAKA_W[1], s=s, d=d, to=TAKA_W[1],
               subject='RE:[CASE %s] %s' % (G, ew('認定アカウントが 2 つあるので 1 つにしたい', 'UTF-8', 'B')), res=OUT_JA)
    note = "（個人アドレスへ転送）\n統合が終わったとの連絡。%s に一本化されました（%s は閉鎖）。\n\n高橋\n%s\n" % (G_KEEP, G_OLD, SHOJI_DISC)
    d = T('2026-01-22 04:30:02')
    s, root = fwd_outer(note, ib, 'RE_CASE_%s_2.eml' % G, d, None)
    M('takahashi-g3-fwd', 'merge_completed', 'ja', G, root, prov='outlook', rcpt=TAKA_P, s=s, d=d, to=TAKA_P,
      subject='FW: RE:[CASE %s] %s' % (G, ew('認定アカウントが 2 つあるので 1 つにしたい', 'ISO-2022-JP', 'B')),
      new=[note, itxt], res=dict(OUT_JA, ctry='JP'), date_hdr='Thu, 22 Jan 2026 13:30:02 +0900',
      fmt=['rfc822', 'iso-2022-jp', 'disclaimer'])


# =====================================================================================
# Aisha Khan: old work mailbox forwards confirmation request as attachment (English)
# =====================================================================================
def thread_h():
    H_open = T('2026-02-09 18:30:40')
    H = case15(H_open)
    keep, old = 'AWS40628813', 'AWS77310594'
    d = T('2026-02-10 16:05:33')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    ih = ('<p>Hello Aisha,</p><p>Thank you for your patience. Based on what you told us, this is the consolidation we are '
          'ready to carry out:</p>'
          + table([('Primary (kept)', keep, 'aisha.k.dev@gmail.com'), ('Secondary (merged, then closed)', old,
                                                                         'aisha.khan@fabrikam-retail.com')],
                  head=('', 'AWS Certification account', 'E-mail'))
          + '<p>Please note that once accounts are merged, the change cannot be reversed. Reply to this message to confirm that '
            'the above is correct and we will proceed.</p><p>Thank you,<br>Hiro<br>AWS Training and Certification</p>')
    ib = render_inner(tpart(aws_html_frame(ih + '<p style="font-size:11px">%s</p>' % form_foot_en(H).replace('\n', '<br>')),
                     'html', 'utf-8', 'quoted-printable'),
               prov='o365', rcpt='aisha.khan@fabrikam-retail.com', s=s, d=d, to='aisha.khan@fabrikam-retail.com',
               subject='RE:[CASE %s] %s' % (H, FORM_SUBJ), res=OUT_EN)
    note = ("Forwarding to my personal address so I don't lose it when this mailbox is shut down - they want me to confirm "
            "keeping AWS40628813 and folding AWS77310594 into it. Will reply from here.\n\n"
            "Aisha Khan | Data Platform | Fabrikam Retail\n\n"
            "The information contained in this communication is confidential and may be legally privileged. It is intended "
            "solely for the use of the individual or entity to whom it is addressed. If you have received this communication "
            "in error, please notify the sender immediately and delete it. Fabrikam Retail Ltd, registered in England and "
            "Wales No. 01234567.\n")
    d = T('2026-02-10 16:20:08')
    s = o365_user('Aisha Khan', 'aisha.khan@fabrikam-retail.com', region='eurprd04')
    h_note = html_doc('<div style="font-family:Calibri,sans-serif">%s</div>' % p_html(note))
    root = multi('mixed', multi('alternative', tpart(note, 'plain', 'us-ascii', '7bit'),
                                tpart(h_note, 'html', 'us-ascii', 'quoted-printable'), boundary=boundary('outlook')),
                 rfc822(ib, 'RE_[CASE %s] account-assistance.eml' % H), boundary=boundary('outlook'))
    M('khan-z', 'merge_confirmation_requested', 'en', H, root, prov='gmail', rcpt='aisha.k.dev@gmail.com', s=s, d=d,
      to='aisha.k.dev@gmail.com', subject='FW: RE:[CASE %s] %s' % (H, FORM_SUBJ), new=[note, ih],
      date_hdr='Tue, 10 Feb 2026 16:20:08 +0000', fmt=['rfc822', 'disclaimer', 'html-table'])
    # note: "Wales No. 01234567" is a company number, not an AWS id (no AWS prefix)


# =====================================================================================
# Thread I -- Laura Chen, on-premises Postfix: no Authentication-Results at all (English)
# =====================================================================================
LAURA = ('Laura Chen', 'laura.chen@contoso-labs.com')
I_open = T('2026-03-02 16:40:00')
I = case15(I_open)
I_KEEP, I_OLD = 'AWS82047719', 'AWS14463350'


def thread_i():
    d = I_open + timedelta(seconds=29)
    s = ses('AWS Training and Certification', FORM_ADDR, d)
    new = ("Hello Laura,\n\nThis is an automated confirmation that your request has been logged with AWS Training and "
           "Certification Support.\n\n    Case ID: %s\n    Category: Certification > Account Merge\n"
           "    Candidate ID on the form: %s\n    Other account mentioned: AWS-14463350\n\n"
           "What happens next: a support specialist will review your request and reply to this address, usually within "
           "24 hours. Please do not open a second case for the same request.\n\nAWS Training and Certification Support\n" % (I, I_KEEP))
    txt = new + "\n" + FOOT_EN_LEGAL + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable')
    M('chen-i1', 'case_created', 'en', I, root, prov='none', rcpt=LAURA[1], s=s, d=d, to=LAURA[1],
      subject='Case ID: %s - Your request has been received' % I, new=[new], fmt=['no-ar', 'dash-id', 'subject-caseid-colon'])

    # conditional "once the merge is complete" with Apple Mail '>>' nesting
    d = T('2026-03-04 17:22:40')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ("Hi Laura,\n\nThanks - got your confirmation. Once the merge is complete we will send you a final note, and your "
           "Credly badges should move over within 3-5 business days after that. There's nothing else you need to do right now.\n\n"
           "Best,\nRavi\nAWS T&C Support\n")
    quoted = ("> On Mar 4, 2026, at 9:02 AM, Laura Chen <laura.chen@contoso-labs.com> wrote:\n>\n> Yes, that's correct. Go ahead.\n>\n"
              ">> On Mar 3, 2026, at 4:15 PM, Amazon Web Services <%s> wrote:\n>>\n>> Hi Laura,\n"
              ">> Before we proceed: %s will remain as your account, and %s will be merged into it and closed.\n"
              ">> This cannot be undone. Please reply to confirm.\n>>\n>> Ravi\n" % (FORM_ADDR, I_KEEP, I_OLD))
    txt = new + "\n" + quoted + "\n" + form_foot_en(I) + "\n"
    root = tpart(txt, 'plain', 'us-ascii', '7bit')
    M('chen-i2', 'support_reply', 'en', I, root, prov='none', rcpt=LAURA[1], s=s, d=d, to=LAURA[1],
      subject='RE:[CASE %s] %s' % (I, FORM_SUBJ), new=[new], fmt=['no-ar', 'quote-apple', 'quote-nested', 'conditional'])

    # completion: plain stub + HTML with quoted confirmation request (Original Message)
    d = T('2026-03-05 21:10:05')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    stub = "This message contains HTML content. Case reference: %s\n" % I
    new = ('<p>Hi Laura,</p><p>We&#39;ve finished consolidating your certification profiles. <b>%s</b> now holds all of your '
           'certifications and exam history; <b>%s</b> has been closed and can no longer be used to sign in.</p><p>Your Credly '
           'badges will be re-issued over the next few business days.</p><p>Best,<br>Ravi<br>AWS T&amp;C Support</p>' % (I_KEEP, I_OLD))
    quoted = ('<p style="color:#666">-----Original Message-----<br>From: Amazon Web Services &lt;%s&gt;<br>Sent: Tuesday, March 3, '
              '2026 4:15 PM<br>To: %s<br>Subject: RE:[CASE %s] %s</p><p style="color:#666">Hi Laura,<br>Before we proceed: %s will '
              'remain as your account, and %s will be merged into it and closed. This cannot be undone. Please reply to confirm.</p>'
              % (FORM_ADDR, LAURA[1], I, FORM_SUBJ, I_KEEP, I_OLD))
    root = multi('alternative', tpart(stub, 'plain', 'us-ascii', '7bit'),
                 tpart(aws_html_frame(new + quoted + '<p style="font-size:11px">%s</p>' % FOOT_EN_LEGAL), 'html', 'utf-8',
                       'quoted-printable'), boundary=boundary('ses'))
    M('chen-i3', 'merge_completed', 'en', I, root, prov='none', rcpt=LAURA[1], s=s, d=d, to=LAURA[1],
      subject='RE:[CASE %s] %s' % (I, FORM_SUBJ), new=[stub, new],
      fmt=['no-ar', 'alt-stub', 'quote-original-message', 'quoted-request-under-completion'])

    # survey
    d = T('2026-03-05 21:12:44')
    s = ses('AWS Support', 'no-reply-aws@amazon.com', d)
    txt = ("Hello,\n\nYour case %s has been closed.\n\nWas your issue resolved?\n  YES -> https://aws-tc-survey.amazon.com/s?c=%s&r=1\n"
           "  NO  -> https://aws-tc-survey.amazon.com/s?c=%s&r=0\n\nThank you for helping us improve.\nAWS Training and Certification\n"
           % (I, I, I))
    inner = p_html("Hello,\n\nYour case %s has been closed.\n\n<b>Was your issue resolved?</b>" % I) + table(
        [('<a href="https://aws-tc-survey.amazon.com/s?c=%s&amp;r=1">YES</a>' % I,
          '<a href="https://aws-tc-survey.amazon.com/s?c=%s&amp;r=0">NO</a>' % I)])
    root = multi('alternative', tpart(txt, 'plain', 'us-ascii', '7bit'), tpart(aws_html_frame(inner), 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('ses'))
    M('chen-i4', 'survey', 'en', I, root, prov='none', rcpt=LAURA[1], s=s, d=d, to=LAURA[1],
      subject='[Case %s] How would you rate your support experience?' % I, new=[txt, inner], fmt=['no-ar'])


# =====================================================================================
# Thread J -- 伊藤 誠, on-premises (no Authentication-Results), Japanese
# =====================================================================================
ITO = ('伊藤 誠', 'makoto.ito@seizo-example.co.jp')
J_open = T('2026-02-16 02:30:55')
J = case15(J_open)
J_KEEP, J_OLD = 'AWS73390152', 'AWS28815064'
NJ = dict(mx='mx01.seizo-example.co.jp')


def thread_j():
    d = T('2026-02-17 01:44:21')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ("伊藤 誠 様\n\nAWS トレーニングと認定サポートの山口です。お問い合わせいただいた件について、統合の内容を以下にまとめました。\n\n"
           "  ・統合後も使用するアカウント：AWS 73390152\n  ・統合により閉鎖されるアカウント：AWS 28815064\n\n"
           "統合を実施すると、元の状態に戻すことはできません。上記の内容でよろしければ、本メールへのご返信にてご承認ください。\n\n"
           "山口\nAmazon Web Services\n")
    hist = ("-----Original Message-----\nFrom: 伊藤 誠 <makoto.ito@seizo-example.co.jp>\nSent: Monday, February 16, 2026 11:30 AM\n"
            "To: AWS Training and Certification\nSubject: %s\n\n"
            "会社で受験したときに別のアカウントができてしまったようです。統合をお願いできますか。\n伊藤" % FORM_SUBJ)
    txt = new + "\n" + hist + "\n\n" + form_foot_ja(J) + "\n"
    root = tpart(txt, 'plain', 'iso-2022-jp', '7bit', label=None)
    M('ito-j1', 'merge_confirmation_requested', 'ja', J, root, prov='none-ja', rcpt=ITO[1], s=s, d=d, to=ITO[1],
      subject='RE:[CASE %s] %s' % (J, FORM_SUBJ), new=[new], res=NJ,
      fmt=['no-ar', 'iso-2022-jp-unlabelled', 'quote-original-message', 'spaced-id'])

    d = T('2026-02-17 08:30:12')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    new = ("伊藤 誠 様\n\nご承認いただきありがとうございます。これから統合の手続きに入ります。\n"
           "統合が完了しましたら、あらためてご連絡いたします。完了後、Credly のデジタルバッジも残るアカウントへ移行されます"
           "（移行には数日かかる場合があります）。\n\n山口\nAmazon Web Services\n")
    quoted = ("2026年2月17日(火) 14:05 伊藤 誠 <makoto.ito@seizo-example.co.jp>:\n"
              + q("承認します。よろしくお願いします。\n伊藤\n\n"
                  "2026年2月17日(火) 10:44 Amazon Web Services <%s>:\n" % FORM_ADDR
                  + q("統合後も使用するアカウント：%s\n統合により閉鎖されるアカウント：%s\n統合を実施すると、元の状態に戻すことはできません。"
                      % (J_KEEP, J_OLD))))
    txt = new + "\n" + quoted + "\n\n" + form_foot_ja(J) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'base64')
    M('ito-j2', 'support_reply', 'ja', J, root, prov='none-ja', rcpt=ITO[1], s=s, d=d, to=ITO[1],
      subject='RE:[CASE %s] %s' % (J, FORM_SUBJ), new=[new], res=NJ,
      fmt=['no-ar', 'b64-ja', 'quote-ja-date', 'quote-nested', 'conditional'])

    # completion with the user's question quoted ABOVE the answer, QP
    d = T('2026-02-19 06:05:40')
    s = ses('Amazon Web Services', FORM_ADDR, d)
    top = ("2026年2月18日(水) 17:20 伊藤 誠 <makoto.ito@seizo-example.co.jp>:\n"
           + q("統合はいつごろ終わる見込みでしょうか。来週、上位資格の試験を予約したいと考えています。\n伊藤"))
    new = ("伊藤 様\n\nお待たせいたしました。本日、統合の作業がすべて終わりました。\n"
           "閉鎖したアカウントの認定資格と受験履歴は AWS73390152 に移っておりますので、試験のご予約も AWS73390152 から行ってください。\n\n"
           "山口\nAmazon Web Services\n")
    txt = top + "\n\n" + new + "\n" + form_foot_ja(J) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable')
    M('ito-j3', 'merge_completed', 'ja', J, root, prov='none-ja', rcpt=ITO[1], s=s, d=d, to=ITO[1],
      subject='RE:[CASE %s] %s' % (J, FORM_SUBJ), new=[new], res=NJ, fmt=['no-ar', 'qp-ja', 'quote-above'])


# =====================================================================================
# Standalone: Credly / Builder ID / newsletters / mailing list / phishing
# =====================================================================================
def standalone():
    # Credly expiry reminder (en, unrelated)
    d = T('2025-11-20 14:02:33')
    s = credly('Credly', d, rcpt=PRIYA[1])
    inner = ('<div style="max-width:600px;margin:auto;padding:20px"><p>Hi Priya,</p><p>Your <b>AWS Certified Cloud Practitioner</b> '
             'badge expires in 60 days, on January 19, 2026. After it expires, it will be shown as expired on your profile.</p>'
             '<p>To keep your credential current, check the recertification options offered by AWS Training and Certification.</p>'
             '<p><a href="https://www.credly.com/earner/earned">View your badges</a></p></div>')
    root = multi('alternative', tpart(html_to_plain(inner), 'plain', 'utf-8', 'quoted-printable'),
                 tpart(html_doc(inner), 'html', 'utf-8', 'quoted-printable'), boundary=boundary('sendgrid'))
    M('priya-credly-expiry', 'unrelated', 'en', None, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject='Your AWS Certified Cloud Practitioner badge expires in 60 days', new=[inner], res=OUT_EN)

    # Credly self-service merge code (en, unrelated)
    d = T('2025-12-16 09:14:20')
    s = credly('Credly', d, rcpt=MARCO[1])
    txt = ("Hi Marco,\n\nYou asked to merge another Credly account into this one. Use this code to confirm it's you:\n\n"
           "    731904\n\nOr select Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s\n\n"
           "This code expires in 30 minutes. If you didn't request this, you can ignore this e-mail.\n\nThe Credly Team\n" % rhex(40))
    h = html_doc(p_html(txt.replace('Complete Account Merge: ', '<a href="https://www.credly.com/users/merge/confirm">Complete Account Merge</a> ')))
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'), tpart(h, 'html', 'utf-8', 'quoted-printable'),
                 boundary=boundary('sendgrid'))
    M('rossi-credly-merge-code', 'unrelated', 'en', None, root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=MARCO[1],
      subject='Confirm your Credly account merge', new=[txt], fmt=['lookalike'])

    # AWS Builder ID code (en, unrelated)
    d = T('2026-01-05 20:41:08')
    s = ses('AWS', 'no-reply@signin.aws', d)
    s.from_domain = 'signin.aws'
    s.dkims = [('signin.aws', 'x3b2ynyqzqzd6s3dvqsxmqthbdevnbh6'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')]
    txt = ("Verify your AWS Builder ID email address\n\nThanks for creating an AWS Builder ID. To finish, enter this verification "
           "code:\n\nVerification code: 482913\n\nThis code expires 30 minutes after it was sent.\n\nIf you didn't ask for this, "
           "you can ignore this message.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n")
    root = multi('alternative', tpart(txt, 'plain', 'utf-8', 'quoted-printable'),
                 tpart(aws_html_frame(p_html(txt)), 'html', 'utf-8', 'quoted-printable'), boundary=boundary('ses'))
    M('chen-z', 'unrelated', 'en', None, root, prov='gmail', rcpt='laura.chen.dev@gmail.com', s=s, d=d,
      to='laura.chen.dev@gmail.com', subject='Verify your AWS Builder ID email address', new=[txt])

    # AWS billing case mentioning consolidation (en, unrelated)
    d_open = T('2025-10-20 13:05:41')
    BL = case15(d_open)
    d = T('2025-10-21 18:30:02')
    s = ses('Amazon Web Services', 'no-reply-aws@amazon.com', d)
    new = ("Hello Priya,\n\nThanks for your patience while I looked into the charges on your October invoice.\n\n"
           "Once your account joined the organization, its usage started being consolidated onto the management account's bill; "
           "that is why the member account now shows $0.00 while the management account shows the combined total. We are not "
           "able to merge two AWS accounts into one, but consolidated billing gives you a single invoice for both.\n\n"
           "I have also applied a one-time credit of $14.20 for the duplicate support charge you mentioned.\n\n"
           "Best regards,\nJonah\nAmazon Web Services - Billing and Accounts\n")
    txt = new + "\n" + console_foot_en(BL) + "\n"
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable')
    M('priya-billing', 'unrelated', 'en', BL, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject='RE:[CASE %s] Consolidated billing after joining AWS Organization' % BL, new=[new], res=OUT_EN,
      fmt=['lookalike'])

    # JAWS-UG style mailing list post (ja): Shift_JIS bytes labelled ISO-8859-1, mailman footer (unrelated)
    d = T('2025-06-03 11:58:20')
    s = generic(addr('鈴木 大輔 via jawsug-cert', 'jawsug-cert@lists.jawsug-example.org'), 'lists.jawsug-example.org',
                'lists.jawsug-example.org', '203.0.113.45', mailfrom='jawsug-cert-bounces@lists.jawsug-example.org',
                selector='ml2024')
    body = ("鈴木です。\n\n> 認定アカウントが 2 つあるのですが、統合ってどうやって頼むんでしょうか？\n\n"
            "私のときは、トレーニングと認定のお問い合わせフォームから「Account Merge」を選んで送りました。\n"
            "翌日に「どちらのアカウントを残しますか」という確認メールが来て、英語で返信したら 2 日後に「統合が完了しました」と連絡がありました。\n"
            "Credly のバッジは移っていなかったので、同じケースに返信して別途お願いする必要がありました。\n\n"
            "ご参考まで。\n\n--\n鈴木 大輔\n"
            "_______________________________________________\njawsug-cert mailing list\njawsug-cert@lists.jawsug-example.org\n"
            "https://lists.jawsug-example.org/mailman/listinfo/jawsug-cert\n")
    root = tpart(body, 'plain', 'shift_jis', '8bit', label='iso-8859-1')
    subj = words('[jawsug-cert:01482]', ('Re: 認定アカウント', 'ISO-2022-JP', 'B'), ('の統合について', 'UTF-8', 'B'))
    M('tanaka-z', 'unrelated', 'ja', None, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d, to='jawsug-cert@lists.jawsug-example.org',
      subject=subj, new=[body], res=dict(p='NONE'),
      list_hdrs=['Sender: "jawsug-cert" <jawsug-cert-bounces@lists.jawsug-example.org>',
                 'X-BeenThere: jawsug-cert@lists.jawsug-example.org', 'X-Mailman-Version: 2.1.39', 'Precedence: list',
                 'List-Id: <jawsug-cert.lists.jawsug-example.org>',
                 'List-Unsubscribe: <https://lists.jawsug-example.org/mailman/options/jawsug-cert>,\r\n <mailto:jawsug-cert-request@lists.jawsug-example.org?subject=unsubscribe>',
                 'List-Post: <mailto:jawsug-cert@lists.jawsug-example.org>'],
      fmt=['sjis-as-latin1', '8bit', 'list-footer', 'split-ew-mixed', 'quote-above'])

    # AWS Summit newsletter (ja, unrelated): HTML-only
    d = T('2026-03-10 01:00:00')
    s = ses('アマゾン ウェブ サービス ジャパン', 'aws-apac-marketing@amazon.com', d)
    inner = ('<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">'
             '<h1 style="font-size:22px">AWS Summit Japan 2026 登録受付を開始しました</h1><p>今年も幕張メッセで開催します。'
             '200 以上のセッション、ハンズオン、認定資格をお持ちの方向けのラウンジをご用意しています。</p>'
             '<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p><p style="font-size:11px;color:#777">'
             'このメールは AWS からのお知らせの配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/'
             'communication-preferences">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 '
             '目黒セントラルスクエア</p></td></tr></table>')
    root = tpart(html_doc(inner, 'ja', oneline=True), 'html', 'utf-8', 'quoted-printable')
    M('tanaka-z', 'unrelated', 'ja', None, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d, to=TANAKA[1],
      subject=split_b('【AWS Summit Japan 2026】登録受付開始のお知らせ', 'UTF-8', n=12), new=[inner],
      list_hdrs=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences?u=%s>' % rhex(16),
                 'List-Unsubscribe-Post: List-Unsubscribe=One-Click'],
      fmt=['html-only', 'long-line', 'split-ew', 'list-footer'])

    # ---------- phishing
    # look-alike confirmation request (en), DMARC passes for the look-alike domain
    d = T('2025-10-27 07:12:44')
    s = generic(addr('AWS Training and Certification', 'support@aws-certification-services.com'),
                'aws-certification-services.com', 'mail.aws-certification-services.com', '45.89.127.16', selector='default')
    fake = case15(T('2025-10-26 21:03:00'))
    inner = ('<div style="font-family:Arial;max-width:600px"><img src="https://aws-certification-services.com/img/aws.png" height="30">'
             '<p>Hello,</p><p>We received a request to merge AWS Certification account <b>AWS49205517</b> into <b>AWS10384762</b>. '
             'To protect your certifications, this merge must be confirmed within <b>24 hours</b>, otherwise both accounts will '
             'be locked.</p>' + table([('Source account', 'AWS49205517'), ('Destination account', 'AWS10384762'),
                                       ('Case', fake)])
             + '<p><a href="https://aws-certification-services.com/confirm-merge?case=%s" style="background:#ff9900;color:#000;'
               'padding:10px 20px;text-decoration:none">Confirm merge</a></p><p>AWS Training and Certification Support</p></div>' % fake)
    root = tpart(html_doc(inner), 'html', 'utf-8', 'base64')
    M('rossi-z', 'merge_confirmation_requested', 'en', fake, root, prov='gmail', rcpt=MARCO[1], s=s, d=d,
      to=MARCO[1], subject='RE:[CASE %s] Action required: confirm your certification account merge' % fake, new=[inner],
      res=dict(p='NONE'), fmt=['html-only', 'b64', 'html-table', 'phish'])

    # look-alike confirmation request (ja), ISO-2022-JP without label, dmarc=none
    d = T('2025-11-12 03:33:09')
    s = generic(addr('AWS トレーニングと認定', 'no-reply@aws-training-jp.com', cs='ISO-2022-JP'), 'aws-training-jp.com',
                'smtp.aws-training-jp.com', '103.151.44.210', dkim=False)
    fake = case15(T('2025-11-11 18:20:00'))
    txt = ("お客様各位\n\nAWS 認定アカウントの統合申請を受け付けました（ケース ID: %s）。\n\n"
           "  統合元: AWS59034418\n  統合先: AWS10927735\n\n"
           "本人確認のため、24 時間以内に以下のページからサインインし、統合を承認してください。"
           "承認が確認できない場合、認定資格が失効する可能性があります。\n\n"
           "https://aws-training-jp.com/merge/confirm?id=%s\n\nAWS トレーニングと認定 サポートセンター\n" % (fake, rhex(10)))
    root = tpart(txt, 'plain', 'iso-2022-jp', '7bit', label=None)
    M('sato-z', 'merge_confirmation_requested', 'ja', fake, root, prov='nifty', rcpt=SATO[1], s=s, d=d,
      to=SATO[1], subject=ew('【重要】認定アカウント統合の承認をお願いします', 'ISO-2022-JP', 'B'), new=[txt],
      res=dict(dmarc='none', dkim='none', spf='pass'), no_dkim=True, fmt=['iso-2022-jp-unlabelled', 'phish'])

    # fake survey with gift card (ja): UTF-8 labelled windows-1252, QP
    d = T('2025-06-02 10:15:31')
    s = generic(addr('Amazon Web Services', 'survey@amazon-support-jp.net'), 'amazon-support-jp.net',
                'mta1.amazon-support-jp.net', '194.87.31.77', dkim=True, selector='mail')
    fake = case15(T('2025-05-30 09:00:00'))
    txt = ("お客様\n\nケース ID %s のお問い合わせは解決済みとしてクローズされました。\n"
           "今回のサポートについてのアンケート（所要時間 1 分）にご回答いただいた方全員に、Amazon ギフトカード 1,000 円分を進呈いたします。\n\n"
           "▼アンケートに回答する\nhttps://amazon-support-jp.net/survey/?cid=%s\n\n"
           "※ギフトカードの送付にはクレジットカード情報の確認が必要です。\n\nAmazon Web Services カスタマーサポート\n" % (fake, fake))
    root = tpart(txt, 'plain', 'utf-8', 'quoted-printable', label='windows-1252')
    M('tanaka-z', 'survey', 'ja', fake, root, prov='gmail', rcpt=TANAKA[1], s=s, d=d, to=TANAKA[1],
      subject=split_b('ケース ID %s アンケートご協力のお願い' % fake, 'UTF-8', n=12), new=[txt],
      res=dict(p='NONE'), fmt=['utf8-as-cp1252', 'split-ew', 'phish', 'subject-ja-caseid'])

    # fake Credly badge (en)
    d = T('2025-12-18 22:48:10')
    s = generic(addr('Credly', 'badges@credly-notifications.net'), 'credly-notifications.net', 'mail.credly-notifications.net',
                '91.215.85.33', selector='k1')
    inner = ('<div style="max-width:560px;margin:auto;text-align:center"><h2>Your badge has been issued!</h2><p>AWS Training and '
             'Certification has issued you the <b>AWS Certified AI Practitioner</b> badge following your recent account update.</p>'
             '<p><a href="https://credly-notifications.net/claim?b=%s">Claim your badge</a></p><p style="font-size:11px">'
             'Badges that are not claimed within 72 hours are revoked.</p></div>' % rhex(16))
    root = tpart(html_doc(inner), 'html', 'utf-8', 'quoted-printable')
    M('rossi-z', 'credly_badge_issued', 'en', None, root, prov='gmail', rcpt=MARCO[1], s=s, d=d, to=MARCO[1],
      subject='Marco, your AWS badge has been issued - claim it now', new=[inner], res=dict(p='NONE'),
      fmt=['html-only', 'phish'])

    # fake AWS billing suspension (en, unrelated)
    d = T('2026-02-25 05:55:55')
    s = generic(addr('AWS Billing', 'billing@aws-account-alerts.com'), 'aws-account-alerts.com', 'srv1.aws-account-alerts.com',
                '176.113.115.92', dkim=False)
    inner = ('<p>Dear AWS customer,</p><p>We were unable to process the payment for your latest invoice. Your AWS account and all '
             'associated certifications will be <b>suspended within 24 hours</b> unless you update your payment method.</p>'
             '<p><a href="https://aws-account-alerts.com/billing/update">Update payment method</a></p><p>AWS Billing Team</p>')
    root = multi('alternative', tpart(html_to_plain(inner), 'plain', 'utf-8', 'quoted-printable'),
                 tpart(html_doc(inner), 'html', 'utf-8', 'quoted-printable'), boundary=boundary('other'))
    M('priya-z', 'unrelated', 'en', None, root, prov='outlook', rcpt=PRIYA[1], s=s, d=d, to=PRIYA[1],
      subject='Action required: your AWS account will be suspended', new=[inner],
      res=dict(OUT_EN, dkim='none', dmarc='none', compauth='fail', reason='001', scl=6, sfv='SPM', cat='PHSH'),
      no_dkim=True, fmt=['phish'])


def html_to_plain(h):
    import html as _h
    import re as _re
    t = _re.sub(r'(?i)</p>|<br\s*/?>', '\n', h)
    t = _re.sub(r'<[^>]+>', '', t)
    return _h.unescape(t).strip() + '\n'


# =====================================================================================
def main():
    thread_a()
    thread_b()
    thread_c()
    thread_d()
    thread_e()
    thread_f()
    thread_g()
    thread_h()
    thread_i()
    thread_j()
    standalone()
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(25).shuffle(order)
    labels, fmts, seen = {}, {}, {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        person = m['slug'].split('-')[0]
        seen[person] = seen.get(person, 0) + 1
        name = '%03d-%s-%d.eml' % (n, person, seen[person])
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['data'])
        labels[name] = m['label']
        fmts[name] = dict(slug=m['slug'], fmt=m['fmt'])
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
    with open('/tmp/set25_formats.json', 'w') as fh:
        json.dump(fmts, fh, indent=1)
    print(len(MAILS), 'mails written')


if __name__ == '__main__':
    main()
