# -*- coding: utf-8 -*-
# Content of set 27. Executed inside make_set.py (helpers in scope).

def U(dt):
    return dt.astimezone(UTC)


# =====================================================================
# T1  佐藤 健太 / Gmail / form desk / very formal keigo
# =====================================================================
SATO = ("佐藤 健太", "kenta.sato.aws@gmail.com")
t1_open = datetime(2025, 5, 27, 10, 14, 22, tzinfo=JST)
C1 = cid15(t1_open)

add("sato-gmail-a", "case_created", C1, ["AWS04718263"], True, "ja", U(t1_open + timedelta(seconds=41)), FORM, SATO,
    f"[CASE {C1}] AWS トレーニングと認定 お問い合わせ受付のお知らせ",
    text_part(f"""佐藤 健太 様

このたびは AWS トレーニングと認定 カスタマーサービスへお問い合わせいただき、誠にありがとうございます。
お客様からのお問い合わせを、下記のとおり承りましたのでお知らせいたします。

　ケース番号　　　　：{C1}
　お問い合わせ種別　：認定（Certification）／アカウントに関するお問い合わせ
　ご入力の候補者ID　：AWS04718263
　受付日時　　　　　：2025年5月27日 10:14（日本時間）

担当者が内容を確認のうえ、原則として24時間以内にご連絡申し上げます。
恐れ入りますが、同一のご依頼につきまして重ねてフォームをご送信いただきますと、
ご回答が遅れる原因となりますので、ご遠慮くださいますようお願い申し上げます。
補足事項がございます場合は、本メールにそのままご返信ください。

※本メールはお問い合わせを受け付けた時点で自動的にお送りしております。

AWS トレーニングと認定 カスタマーサービス
Amazon Web Services
""", "utf-8", "base64"), "gmail")

t1_conf_dt = datetime(2025, 5, 28, 8, 2, 11, tzinfo=JST)
T1_CONF = f"""佐藤 健太 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサービスの山口でございます。

このたびは認定アカウントの統合につきましてご依頼を賜り、ありがとうございます。
お調べいたしましたところ、佐藤様ご名義の認定アカウントが下記の2件確認されました。

｜区分　　｜候補者ID　　　｜登録メールアドレス
｜────｜───────｜──────────────
｜存続　　｜AWS04718263　｜kenta.sato.aws@gmail.com
｜統合元　｜AWS09327150　｜k.sato@hoshino-denki.co.jp

統合元アカウント（AWS09327150）に記録されております認定資格、受験履歴および特典は、
すべて存続アカウント（AWS04718263）へ移され、統合元アカウントはその後ご利用いただけなくなります。

なお、本手続きは一度実施いたしますと元に戻すことができかねます。
誠に恐縮ではございますが、上記の内容にお間違いがないかご確認のうえ、
本メールへのご返信にてご承諾の旨をお知らせくださいますようお願い申し上げます。
ご返信を拝受いたしましたのち、速やかに手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス
Amazon Web Services"""

add("sato-gmail-b", "merge_confirmation_requested", C1, ["AWS04718263", "AWS09327150"], True, "ja", U(t1_conf_dt), FORM, SATO,
    form_subj(C1), text_part(T1_CONF + "\n", "utf-8", "quoted-printable"), "gmail")

t1_done = datetime(2025, 5, 29, 16, 40, 3, tzinfo=JST)
add("sato-gmail-c", "merge_completed", C1, [], True, "ja", U(t1_done), FORM, SATO, form_subj(C1),
    text_part(f"""佐藤 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサービスの山口でございます。

ご返信を賜り、誠にありがとうございました。
ご承諾いただきました内容にて手続きを執り行い、本日、二つの認定アカウントを一つにおまとめいたしました。
これまで統合元のアカウントに記録されておりました認定資格、試験の受験履歴ならびに特典（次回受験の50%割引バウチャー等）は、
すべて存続アカウント側にてご確認いただけます。
今後は存続アカウントにてサインインくださいますようお願い申し上げます。

Credly のデジタルバッジにつきましては、反映までに数日を要する場合がございます。
一週間を経過しても表示されない場合は、お手数ながら本ケースへご返信くださいませ。

このたびはご不便をおかけいたしましたこと、重ねてお詫び申し上げます。
今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサービス


-------- お客様からのメッセージ --------
山口様

ご丁寧にありがとうございます。
内容に相違ございません。統合をお願いいたします。
The details are correct. Please proceed with the merge.

佐藤 健太

2025年5月28日(水) 8:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{q(T1_CONF)}
""", "utf-8", "base64"), "gmail")

add("sato-gmail-d", "survey", C1, [], True, "ja", U(t1_done + timedelta(minutes=1, seconds=12)), FORM, SATO,
    f"ケース {C1} のクローズとアンケートご協力のお願い",
    alt(f"""佐藤 健太 様

ケース {C1} はクローズされました。
アンケートへのご協力をお願いいたします。
https://support.aws.amazon.com/survey?displayId={C1}&lang=ja

AWS トレーニングと認定
""", f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>佐藤 健太 様</p>
<p>お問い合わせ（ケース番号 {C1}）への対応を終了させていただきました。<br>
今後のサービス向上のため、今回の対応について簡単なアンケートにご協力いただけますと幸いです。</p>
<table cellpadding="8" style="border:1px solid #d5dbdb">
<tr><td colspan="2"><b>問題は解決しましたか？</b></td></tr>
<tr><td><a href="https://support.aws.amazon.com/survey?displayId={C1}&amp;answer=yes&amp;lang=ja">はい</a></td>
<td><a href="https://support.aws.amazon.com/survey?displayId={C1}&amp;answer=no&amp;lang=ja">いいえ</a></td></tr>
</table>
<p>担当者の対応を5段階でご評価ください：
<a href="https://support.aws.amazon.com/survey?displayId={C1}&amp;r=1">1</a>
<a href="https://support.aws.amazon.com/survey?displayId={C1}&amp;r=2">2</a>
<a href="https://support.aws.amazon.com/survey?displayId={C1}&amp;r=3">3</a>
<a href="https://support.aws.amazon.com/survey?displayId={C1}&amp;r=4">4</a>
<a href="https://support.aws.amazon.com/survey?displayId={C1}&amp;r=5">5</a></p>
<p style="color:#687078;font-size:12px">このメールは送信専用アドレスからお送りしています。</p>
</body></html>
""", "utf-8", "base64"), "gmail")

add("sato-gmail-e", "credly_badge_issued", None, [], True, "ja", U(datetime(2025, 6, 1, 9, 12, 40, tzinfo=JST)), CREDLY, SATO,
    "佐藤 健太さん、Amazon Web Services Training and Certification からバッジが発行されました",
    alt(f"""Credly

佐藤 健太さん、おめでとうございます！

Amazon Web Services Training and Certification から
「AWS Certified Solutions Architect – Associate」バッジが発行されました。

バッジを受け取る: https://www.credly.com/badges/{ruuid()}/accept

バッジを受け取ると、LinkedIn などで共有できるようになります。

検証番号: {rb64(16).upper().replace('/','Q').replace('+','7')}

Credly, Inc. · 1 Pennsylvania Plaza, New York, NY
""", f"""<html><body style="background:#f5f7f8;font-family:Arial,'Hiragino Sans',sans-serif">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<img src="https://images.credly.com/images/{ruuid()}/image.png" width="120" alt="AWS Certified Solutions Architect – Associate">
<h2>佐藤 健太さん、新しいバッジが届いています</h2>
<p>Amazon Web Services Training and Certification が「AWS Certified Solutions Architect – Associate」のバッジをあなたに発行しました。</p>
<p><a href="https://www.credly.com/badges/{ruuid()}/accept" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:12px;color:#666">このメールは kenta.sato.aws@gmail.com 宛てに送信されました。</p>
</div></body></html>
""", "utf-8", "quoted-printable"), "gmail", sender="credly")


# =====================================================================
# T2  田中 美咲 / docomo / console / plain business Japanese, full-width ids
# =====================================================================
TANAKA = ("田中 美咲", "misaki-t.0821@docomo.ne.jp")
t2_open = datetime(2025, 7, 8, 13, 52, 9, tzinfo=JST)
C2 = cid15(t2_open)
C2_SUBJ = "認定アカウントの統合のお願い"
CON_LINK2 = f"https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=ja"

add("tanaka-docomo-1", "case_created", C2, [], True, "ja", U(t2_open + timedelta(seconds=14)), CONSOLE, TANAKA,
    f"Amazon Web Services: 新しいサポートケースを作成しました: {C2}",
    text_part(f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {C2} を作成しました。

ケース ID: {C2}
件名: {C2_SUBJ}
重要度: 一般的なガイダンス
ケースの作成者: misaki-t.0821@docomo.ne.jp

ケースの表示と返信は、AWS サポートセンターから行ってください:
{CON_LINK2}

このメールアドレスでは返信を受け付けていません。ケースへのご返信はサポートセンターからお願いいたします。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
""", "utf-8", "base64"), "docomo")

add("tanaka-docomo-2", "support_reply", C2, ["AWS02291847", "AWS05560913"], True, "ja",
    U(datetime(2025, 7, 9, 10, 20, 31, tzinfo=JST)), CONSOLE, TANAKA, f"RE:[CASE {C2}] {C2_SUBJ}",
    text_part(f"""田中 美咲 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの佐々木です。

ご記載の２つのアカウント（ＡＷＳ０２２９１８４７、ＡＷＳ０５５６０９１３）を確認しました。
どちらのアカウントにも有効な認定資格が登録されています。
手続きを進めるにあたり、お手数ですが以下の３点をお知らせください。

１．今後もご利用になるアカウント（残すアカウント）はどちらか
２．それぞれのアカウントのサインインに使用しているメールアドレス
３．通知先メールアドレス（サインイン用と異なる場合のみ）

ご回答をいただき次第、具体的な手続き内容をご案内します。
なお、このメールへの直接の返信は受け付けておりませんので、サポートセンターのケース画面からご回答ください。
{CON_LINK2}

よろしくお願いいたします。

佐々木
Amazon Web Services
""", "utf-8", "quoted-printable"), "docomo")

t2_conf = datetime(2025, 7, 10, 9, 5, 44, tzinfo=JST)
add("tanaka-docomo-3", "merge_confirmation_requested", C2, ["AWS02291847", "AWS05560913"], True, "ja", U(t2_conf),
    CONSOLE, TANAKA, f"RE:[CASE {C2}] {C2_SUBJ}",
    text_part(f"""田中 美咲 様

ご回答ありがとうございます。AWS トレーニングと認定サポートの佐々木です。

いただいた情報をもとに、以下の内容で手続きを行います。

■ 残すアカウント
　ＡＷＳ０２２９１８４７（misaki-t.0821@docomo.ne.jp）

■ 統合されるアカウント
　ＡＷＳ０５５６０９１３（tanaka.misaki@st.kyoto-bunka-u.ac.jp）

統合されるアカウントの認定資格・受験履歴は残すアカウントへ移り、統合されるアカウントは閉鎖されます。
この操作は取り消すことができません。

上記の内容でよろしければ、サポートセンターから「承諾します」とご返信ください。
ご返信を確認してから作業を開始します。

佐々木
Amazon Web Services

ケースの確認・返信はこちら: {CON_LINK2}
""", "utf-8", "base64"), "docomo")

add("tanaka-docomo-4", "support_reply", C2, ["AWS02291847", "AWS05560913"], True, "ja",
    U(datetime(2025, 7, 10, 21, 30, 2, tzinfo=JST)), CONSOLE, TANAKA, f"RE:[CASE {C2}] {C2_SUBJ}",
    text_part(f"""田中 美咲 様

ご確認ありがとうございます。
いただいた内容のとおり、ＡＷＳ０５５６０９１３ の記録を ＡＷＳ０２２９１８４７ へ移す作業を担当チームに依頼しました。
作業には通常１〜３営業日ほどかかります。終わり次第、このケースでご連絡します。

それまでの間、どちらのアカウントでも試験の新規予約は控えていただくようお願いします。

佐々木
Amazon Web Services

-----元のメッセージ-----
お客様からの返信（2025/07/10 12:48）:
承諾します。
残すのは ＡＷＳ０２２９１８４７ でお願いします。
""", "utf-8", "quoted-printable"), "docomo")

add("tanaka-docomo-5", "merge_completed", C2, ["AWS02291847", "AWS05560913"], True, "ja",
    U(datetime(2025, 7, 12, 11, 15, 26, tzinfo=JST)), CONSOLE, TANAKA, f"RE:[CASE {C2}] {C2_SUBJ}",
    text_part(f"""田中 美咲 様

お待たせしました。AWS トレーニングと認定サポートの佐々木です。

アカウントの統合作業が終わりました。
ＡＷＳ０５５６０９１３ に登録されていた認定資格と受験履歴は、ＡＷＳ０２２９１８４７ でご確認いただけます。
ＡＷＳ０５５６０９１３ ではサインインできなくなっていますのでご注意ください。

ご依頼の件は以上で対応完了となりますので、本ケースはクローズいたします。
よろしければ、サポートセンターのケース画面から今回の対応の評価をお願いします。
{CON_LINK2}

ご利用ありがとうございました。

佐々木
Amazon Web Services
""", "utf-8", "base64"), "docomo")


# =====================================================================
# T3  鈴木 一郎 / Office 365 corporate / form / mixed ja-en
# =====================================================================
SUZUKI = ("鈴木 一郎", "ichiro.suzuki@kobayashi-sangyo.co.jp")
t3_open = datetime(2025, 9, 16, 9, 31, 5, tzinfo=JST)
C3 = cid15(t3_open)

add("suzuki-o365-1", "case_created", C3, [], True, "en", U(t3_open + timedelta(seconds=53)), FORM, SUZUKI,
    f"[CASE {C3}] We have received your request - AWS Training and Certification",
    text_part(f"""Hello,

Thank you for reaching out to AWS Training and Certification.

This is an automated message to let you know that your request has been logged
under case {C3}. A member of our team will review it and get back to you, in most
cases within 24 hours.

Please do not submit another form for the same request, as this may delay our
response. If you have additional information, simply reply to this email and keep
the case number in the subject line.

Regards,
AWS Training and Certification Customer Service
""", "us-ascii", "7bit"), "outlook")

t3_conf = datetime(2025, 9, 17, 15, 22, 48, tzinfo=JST)
T3_CONF_TXT = f"""鈴木様

Thank you for contacting AWS Training and Certification.
お問い合わせいただきありがとうございます。担当の Ryan と申します。
日本語と英語を併記してご案内いたします。

下記の3件のアカウントを1件にまとめます。
We will consolidate the following accounts:

  Primary（残るアカウント）      : AWS07736401 - ichiro.suzuki@kobayashi-sangyo.co.jp
  Secondary（統合されるアカウント）: AWS03389125 - i.suzuki@ks-old.co.jp
  Secondary（統合されるアカウント）: aws01150478 - ichiro.s1985@gmail.com

セカンダリアカウントの認定資格・受験履歴はすべてプライマリアカウントへ移行され、
セカンダリアカウントは無効になります。
Please note that this action cannot be reversed. 統合は取り消しができません。

内容にお間違いがなければ、本メールに「同意します」とご返信ください。
Please reply to this email to confirm that the above is correct.

Best regards,
Ryan
AWS Training and Certification"""

add("suzuki-o365-2", "merge_confirmation_requested", C3, ["AWS01150478", "AWS03389125", "AWS07736401"], True, "ja",
    U(t3_conf), FORM, SUZUKI, form_subj(C3),
    alt(T3_CONF_TXT + "\n", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Yu Gothic UI',Arial,sans-serif;font-size:14px">
<p>鈴木様</p>
<p>Thank you for contacting AWS Training and Certification.<br>
お問い合わせいただきありがとうございます。担当の Ryan と申します。日本語と英語を併記してご案内いたします。</p>
<p>下記のアカウントを、残るアカウント（Primary）に統合いたします。</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th>区分 / Type</th><th>候補者ID / Candidate ID</th><th>メールアドレス / Email</th></tr>
<tr><td>Primary（残る）</td><td>AWS07736401</td><td>ichiro.suzuki@kobayashi-sangyo.co.jp</td></tr>
<tr><td>Secondary（統合される）</td><td>AWS03389125</td><td>i.suzuki@ks-old.co.jp</td></tr>
<tr><td>Secondary（統合される）</td><td>AWS01150478</td><td>ichiro.s1985@gmail.com</td></tr>
</table>
<p><b>この操作は元に戻せません。This action cannot be reversed.</b></p>
<p>内容にお間違いがなければ、本メールに「同意します」とご返信ください。<br>
Please reply to this email to confirm that the details above are correct before we proceed.</p>
<p>Best regards,<br>Ryan<br>AWS Training and Certification</p>
</body></html>
""", "utf-8", "quoted-printable"), "outlook")

T3_USER = f"""Ryan 様

お世話になっております。小林産業の鈴木です。
内容確認しました。同意します。
The details are correct. Please proceed with the merge.

よろしくお願いいたします。
鈴木 一郎
"""
OUTLOOK_Q3 = f"""________________________________
差出人: 鈴木 一郎 <ichiro.suzuki@kobayashi-sangyo.co.jp>
送信日時: 2025年9月17日 17:48
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance

{T3_USER}
________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年9月17日 15:22
宛先: 鈴木 一郎 <ichiro.suzuki@kobayashi-sangyo.co.jp>
件名: RE:[CASE {C3}] [AWS Training and Certification Form Submission] - account-assistance

{T3_CONF_TXT}
"""

add("suzuki-o365-3", "support_reply", C3, [], True, "ja", U(datetime(2025, 9, 18, 10, 5, 17, tzinfo=JST)), FORM, SUZUKI,
    form_subj(C3, "RE: "),
    text_part(f"""鈴木様

ご確認いただきありがとうございます。
Thank you for your confirmation.

統合作業を担当部署へ依頼いたしました。
統合が完了しましたら、改めて本ケースにてご連絡いたします。
Once the merge is complete, we will notify you on this case.

なお、Credly のバッジにつきましては、統合完了後に移行の手続きを行います。
それまでの間、バッジの表示が一時的に変わる場合がございますが、ご了承ください。

Best regards,
Ryan
AWS Training and Certification

{OUTLOOK_Q3}""", "utf-8", "base64"), "outlook")

add("suzuki-o365-4", "merge_completed", C3, ["AWS07736401"], True, "ja", U(datetime(2025, 9, 19, 18, 10, 39, tzinfo=JST)), FORM, SUZUKI,
    form_subj(C3, "RE: "),
    text_part(f"""鈴木様

The account merge has been completed.
お待たせいたしました。アカウントの統合作業が完了いたしました。

今後は AWS07736401 でサインインしてください。
他の2件のアカウントにあった認定資格および受験履歴は、すべてこちらに反映されています。
Credly のバッジは数日以内に移行される予定です。

ご不明な点がございましたら、本メールにご返信ください。

Best regards,
Ryan
AWS Training and Certification

{OUTLOOK_Q3}""", "utf-8", "quoted-printable"), "outlook")

add("suzuki-o365-5", "survey", C3, [], True, "en", U(datetime(2025, 9, 19, 18, 12, 2, tzinfo=JST)), FORM, SUZUKI,
    f"Your case {C3} has been resolved - How did we do?",
    alt(f"""Hello,

Your case {C3} has been resolved.

How did we do? Please take a moment to tell us about your experience.

Was your issue resolved?
  YES: https://support.aws.amazon.com/feedback?displayId={C3}&resolved=yes
  NO:  https://support.aws.amazon.com/feedback?displayId={C3}&resolved=no

Thank you,
AWS Training and Certification
""", f"""<html><body style="font-family:Arial,sans-serif">
<h3>How did we do?</h3>
<p>Your case <b>{C3}</b> has been resolved. We'd love to hear about your experience with our team.</p>
<p>Was your issue resolved?
<a href="https://support.aws.amazon.com/feedback?displayId={C3}&amp;resolved=yes">YES</a> |
<a href="https://support.aws.amazon.com/feedback?displayId={C3}&amp;resolved=no">NO</a></p>
<p>Rate your agent: &#9733;&#9733;&#9733;&#9733;&#9733;</p>
<p style="font-size:11px;color:#888">This survey link expires in 14 days.</p>
</body></html>
""", "utf-8", "quoted-printable"), "outlook")

add("suzuki-o365-6", "credly_badge_issued", None, [], True, "en", U(datetime(2025, 9, 22, 7, 3, 55, tzinfo=JST)), CREDLY, SUZUKI,
    "Ichiro, your AWS badges have been transferred - accept them now",
    alt(f"""Ichiro,

Good news: Amazon Web Services Training and Certification has issued the following
badges to this email address:

 - AWS Certified Developer - Associate
 - AWS Certified SysOps Administrator - Associate

Accept your badges: https://www.credly.com/earner/earned/badge/{ruuid()}

Once accepted, you can share them on LinkedIn or add them to your email signature.

Credly, Inc.
""", f"""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="560" align="center" style="background:#fff;padding:20px"><tr><td>
<p>Ichiro,</p>
<p>Amazon Web Services Training and Certification has issued you <b>2 badges</b>.</p>
<p>AWS Certified Developer – Associate<br>AWS Certified SysOps Administrator – Associate</p>
<p><a href="https://www.credly.com/earner/earned/badge/{ruuid()}" style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Badge ID {rhex(32)}</p>
</td></tr></table></body></html>
""", "utf-8", "quoted-printable"), "outlook", sender="credly")


# =====================================================================
# T4  高橋 翔 / au / form / friendly casual agent
# =====================================================================
TAKAHASHI = ("高橋 翔", "sho.takahashi@au.com")
t4_open = datetime(2025, 10, 2, 22, 47, 30, tzinfo=JST)
C4 = cid15(t4_open)

add("takahashi-au-1", "case_created", C4, ["AWS08810357"], True, "ja", U(t4_open + timedelta(seconds=20)), FORM, TAKAHASHI,
    f"お問い合わせを受け付けました [CASE {C4}]",
    text_part(f"""高橋 翔 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース番号: {C4}
お問い合わせの種類: Certification / Account Merge
候補者ID: aws-08810357

通常24時間以内に担当者からご連絡します。
追加の情報がある場合は、このメールに返信してください（件名のケース番号は消さないでください）。

AWS トレーニングと認定 カスタマーサービス
""", "utf-8", "base64"), "au")

add("takahashi-au-2", "support_reply", C4, ["AWS08810357"], True, "ja", U(datetime(2025, 10, 4, 13, 8, 12, tzinfo=JST)), FORM, TAKAHASHI,
    form_subj(C4),
    text_part("""高橋さん

こんにちは！AWS トレーニングと認定サポートの森です。
お問い合わせありがとうございます😊 お返事が遅くなっちゃってすみません。

アカウントをひとつにしたい件、了解です！
ただ、いただいた aws-08810357 のほかに、もう片方のアカウントがこちらで見つけられなくて…。

お手数なんですが、次のどれかを教えてもらえますか？
 ・もう一つのアカウントの候補者ID（AWS から始まる番号です）
 ・そのアカウントに登録したメールアドレス
 ・そのアカウントで受けた試験の名前と、だいたいの受験日

あと、どっちのアカウントを残したいかも一緒に教えてください〜
このメールにそのまま返信してもらえればOKです！

森
AWS トレーニングと認定
""", "utf-8", "quoted-printable"), "au")

t4_conf = datetime(2025, 10, 6, 11, 30, 4, tzinfo=JST)
T4_CONF = """高橋さん

情報ありがとうございます！もう一つのアカウント、見つかりました👍
こんな感じでまとめようと思います：

　残す　　　　→ AWS06642019（sho.takahashi@au.com）
　まとめられる → aws-08810357（takahashi.sho@nishikawa-tech.jp）

まとめられる方に入ってる資格とか受験の記録は、ぜんぶ残す方に引っ越します。
で、ひとつ大事なことなんですが、一回まとめちゃうと元に戻せません🙏
なので、これでOKかどうかだけ返信で教えてください！
OKもらえたらすぐ作業に入りますね〜

森
AWS トレーニングと認定"""

add("takahashi-au-3", "merge_confirmation_requested", C4, ["AWS06642019", "AWS08810357"], True, "ja", U(t4_conf), FORM, TAKAHASHI,
    form_subj(C4), text_part(T4_CONF + "\n", "utf-8", "base64"), "au")

t4_done = datetime(2025, 10, 7, 19, 2, 50, tzinfo=JST)
add("takahashi-au-4", "merge_completed", C4, [], True, "ja", U(t4_done), FORM, TAKAHASHI, form_subj(C4),
    text_part(f"""高橋さん

お待たせしました！アカウントの件、ぜんぶ終わりました🎉
これからは残した方のアカウントでログインしてくださいね。
資格も受験の記録も、もうそっちにまとまってるはずです。

もし「あれ、資格が足りないぞ？」みたいなことがあったら、気軽にこのメールに返信してください！

森
AWS トレーニングと認定


2025/10/06 20:14 高橋 翔 wrote:
> 森さん
>
> 確認しました、OKです！お願いします。
>
> 高橋
>
> 2025/10/06 11:30 Amazon Web Services wrote:
{q(T4_CONF, "> > ")}
""", "utf-8", "base64"), "au")

add("takahashi-au-5", "survey", C4, [], True, "ja", U(t4_done + timedelta(minutes=3, seconds=9)), FORM, TAKAHASHI,
    f"[CASE {C4}] 今回のサポートはいかがでしたか？",
    text_part(f"""高橋さん

森です、今回はお問い合わせありがとうございました！
このケース（{C4}）はいったんクローズしますね。

よかったら、今回の対応がどうだったか教えてもらえると嬉しいです😊
1分くらいで終わるアンケートです↓
https://support.aws.amazon.com/feedback?displayId={C4}&lang=ja

・問題は解決しましたか？（はい／いいえ）
・担当者の対応はいかがでしたか？（★1〜★5）

またなにかあったらいつでもどうぞ！

AWS トレーニングと認定
""", "utf-8", "quoted-printable"), "au")


# =====================================================================
# T5  伊藤 由美 / softbank / console / stiff machine translation
# =====================================================================
ITO = ("伊藤 由美", "yumi_ito@i.softbank.jp")
t5_open = datetime(2025, 11, 12, 8, 5, 51, tzinfo=JST)
C5 = cid15(t5_open)
C5_SUBJ = "アカウントのマージ要求"
CON_LINK5 = f"https://console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId={C5}&language=ja"

add("ito-softbank-1", "case_created", C5, [], True, "ja", U(t5_open + timedelta(seconds=9)), CONSOLE, ITO,
    f"Amazon Web Services: あなたは新しいサポートケースを開きました: {C5}",
    text_part(f"""Amazon Web Servicesに連絡していただきありがとうございます。私たちはあなたの問題に対処するためにケース{C5}を開きました。

ケースID: {C5}
件名: {C5_SUBJ}
重大度: 一般的なガイダンス
作成者: yumi_ito@i.softbank.jp

あなたのケースを表示または更新するには、次のリンクを使用してください:
{CON_LINK5}

このEメールアドレスへの返信は監視されていません。サポートセンターを通じてあなたのケースに応答してください。
""", "utf-8", "base64"), "softbank")

T5_CONF = f"""こんにちは伊藤 由美、

AWSトレーニングと認定に連絡していただきありがとうございます。

私はあなたのアカウントのマージを確認するために書いています。以下のアカウントはマージされます：

プライマリアカウント（保持される）：AWS 05019284
セカンダリアカウント（マージされる）：AWS 02874613

セカンダリアカウントのすべての認定と試験の履歴は、プライマリアカウントに移動されます。マージした後、それは元に戻すことはできません。

詳細が正しいことを確認するために、このケースに返信してください。あなたの確認を受け取った後、私たちはマージを進めます。

よろしくお願いします、
Kevin
Amazon Web Services"""

add("ito-softbank-2", "merge_confirmation_requested", C5, ["AWS02874613", "AWS05019284"], True, "ja",
    U(datetime(2025, 11, 13, 14, 50, 7, tzinfo=JST)), CONSOLE, ITO, f"RE:[CASE {C5}] {C5_SUBJ}",
    text_part(T5_CONF + f"\n\nこのケースを表示するには: {CON_LINK5}\n\nこの通信を評価するには、サポートセンターのケースページを訪問してください。\n",
              "utf-8", "quoted-printable"), "softbank")

add("ito-softbank-3", "support_reply", C5, [], True, "ja", U(datetime(2025, 11, 15, 15, 0, 33, tzinfo=JST)), CONSOLE, ITO,
    f"RE:[CASE {C5}] {C5_SUBJ}",
    text_part(f"""こんにちは伊藤 由美、

私たちは、以前の通信に関してあなたからの返信を受け取っていません。

あなたはまだこの問題についての助けを必要としていますか？もしそうなら、サポートセンターを通じてこのケースに返信してください。私たちはあなたを助けることを喜んでいます。

私たちが7日以内にあなたから聞かない場合、このケースは自動的に解決されます。

よろしくお願いします、
Kevin
Amazon Web Services

{CON_LINK5}
""", "utf-8", "base64"), "softbank")

T5_DONE = """こんにちは伊藤 由美、

あなたの忍耐に感謝します。

あなたのアカウントのマージが正常に完了したことをお知らせします。セカンダリアカウントのすべての認定はプライマリアカウント AWS 05019284 に移動されました。セカンダリアカウントはもう使用することができません。

Credlyのバッジがあなたのプライマリアカウントに表示されない場合、このケースに返信してください。

よろしくお願いします、
Kevin
Amazon Web Services"""
t5_done = datetime(2025, 11, 18, 3, 12, 14, tzinfo=JST)
add("ito-softbank-4", "merge_completed", C5, ["AWS05019284"], True, "ja", U(t5_done), CONSOLE, ITO,
    f"RE:[CASE {C5}] {C5_SUBJ}", text_part(T5_DONE + f"\n\n{CON_LINK5}\n", "utf-8", "quoted-printable"), "softbank")

add("ito-softbank-5", "survey", C5, [], True, "ja", U(t5_done + timedelta(minutes=1, seconds=40)), CONSOLE, ITO,
    f"[Case {C5}] あなたのケースは解決されました",
    text_part(f"""こんにちは、

あなたのケース{C5}は解決済みとしてマークされました。

私たちはどのようにしましたか？あなたのフィードバックは私たちがサービスを改善するのに役立ちます。
あなたの問題は解決されましたか？ はい / いいえ
{CON_LINK5}&feedback=true

---------- 最後の通信 ----------
{T5_DONE}
""", "utf-8", "base64"), "softbank")


# =====================================================================
# T6  渡辺 大輔 / Yahoo! JAPAN / form / Becky! quoting
# =====================================================================
WATANABE = ("渡辺 大輔", "d_watanabe77@yahoo.co.jp")
t6_open = datetime(2025, 12, 3, 20, 10, 12, tzinfo=JST)
C6 = cid15(t6_open)

add("watanabe-yahoo-1", "support_reply", C6, [], True, "ja", U(datetime(2025, 12, 8, 17, 44, 9, tzinfo=JST)), FORM, WATANABE,
    form_subj(C6),
    text_part("""渡辺 大輔 様

AWS トレーニングと認定 カスタマーサービスの西村でございます。
お問い合わせへのご返信が遅くなり、大変申し訳ございません。

ご依頼いただきましたアカウントの件につきましては、現在、担当チームにて登録内容の確認を進めております。
確認が取れ次第、あらためてご連絡いたしますので、いましばらくお待ちくださいますようお願い申し上げます。

なお、同じ内容で新たにお問い合わせをいただきますと、確認にさらにお時間を要する場合がございますので、
追加のご連絡は本メールへのご返信にてお願いいたします。

西村
AWS トレーニングと認定 カスタマーサービス
""", "utf-8", "quoted-printable"), "yahoo")

add("watanabe-yahoo-2", "merge_completed", C6, ["AWS04123398", "AWS08402716"], True, "ja",
    U(datetime(2025, 12, 10, 11, 2, 37, tzinfo=JST)), FORM, WATANABE, form_subj(C6, "RE: "),
    text_part(f"""渡辺 大輔 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの西村でございます。

ご承諾いただいておりました件につき、旧アカウント AWS04123398 の受験履歴および認定資格を、
AWS08402716 へすべて移行いたしました。旧アカウントは閉鎖済みでございます。

認定資格の一覧は、AWS Certification アカウントにサインインのうえ「認定資格」のページからご確認いただけます。
お手数ですが、次回受験の割引特典が表示されているかもあわせてご確認くださいませ。

以上、よろしくお願い申し上げます。

西村
AWS トレーニングと認定 カスタマーサービス


On Tue, 09 Dec 2025 22:31:05 +0900
"渡辺 大輔" <d_watanabe77@yahoo.co.jp> wrote:

> 西村様
>
> ご連絡ありがとうございます。上記の内容で問題ありません。
> 進めていただけますようお願いします。
>
> On Tue, 09 Dec 2025 14:20:44 +0900
> "Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > 渡辺 大輔 様
> >
> > 以下のとおりアカウントを統合いたします。
> >   存続するアカウント：AWS08402716
> >   統合されるアカウント：AWS04123398
> > 統合後は元に戻すことができません。よろしければ本メールにご返信ください。
""", "utf-8", "base64"), "yahoo")

add("watanabe-yahoo-3", "credly_badge_issued", None, [], True, "ja", U(datetime(2025, 12, 12, 8, 30, 1, tzinfo=JST)), CREDLY, WATANABE,
    "渡辺 大輔 さん、AWS Certified Cloud Practitioner のバッジが移行されました",
    alt(f"""渡辺 大輔 さん

Amazon Web Services Training and Certification から、アカウント統合に伴い
以下のバッジがこのメールアドレス宛てに発行されました。

  ・AWS Certified Cloud Practitioner
  ・AWS Certified AI Practitioner

バッジを受け取るには、次のリンクからサインインしてください。
https://www.credly.com/earner/earned/share/{ruuid()}

Credly
""", f"""<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<p>渡辺 大輔 さん</p>
<p>アカウントの統合にともない、Amazon Web Services Training and Certification が次のバッジを再発行しました。</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified AI Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned/share/{ruuid()}" style="background:#ff6b00;color:#fff;padding:10px 16px;text-decoration:none">バッジを受け取る</a></p>
</body></html>
""", "utf-8", "base64"), "yahoo", sender="credly")


# =====================================================================
# T7  Emily Carter / Gmail / console / English
# =====================================================================
EMILY = ("Emily Carter", "emily.carter.dev@gmail.com")
t7_open = datetime(2025, 4, 14, 9, 20, 37, tzinfo=PDT)
C7 = cid15(t7_open)
C7_SUBJ = "Merge two AWS Certification accounts"
LINK7 = f"https://console.aws.amazon.com/support/home#/case/?displayId={C7}&language=en"

add("carter-gmail-1", "case_created", C7, [], True, "en", U(t7_open + timedelta(seconds=11)), CONSOLE, EMILY,
    f"Amazon Web Services: You have opened a new Support case: {C7}",
    text_part(f"""Thank you for contacting Amazon Web Services. We have opened case {C7} to address your issue.

Case ID: {C7}
Subject: {C7_SUBJ}
Severity: General guidance
Correspondence: I have two certification accounts and would like to merge them.

You can view and reply to this case in the Support Center:
{LINK7}

This email address cannot accept replies. Please use the Support Center to respond.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""", "utf-8", "7bit" if False else "quoted-printable"), "gmail")

T7_CONF = f"""Hello Emily,

Thank you for reaching out to AWS Training and Certification.

I have located both accounts. Before we go ahead, please review the details:

Account to keep:  AWS03948172 (emily.carter.dev@gmail.com)
Account to merge: AWS07261539 (ecarter@brightwave-labs.com)

All certifications and exam history on AWS07261539 will be moved to AWS03948172, and
AWS07261539 will be deactivated. Please be aware that a merge cannot be undone.

Kindly reply to confirm that these details are correct.

Best regards,
Daniel M.
Amazon Web Services"""

add("carter-gmail-2", "merge_confirmation_requested", C7, ["AWS03948172", "AWS07261539"], True, "en",
    U(datetime(2025, 4, 15, 8, 41, 2, tzinfo=PDT)), CONSOLE, EMILY, f"RE:[CASE {C7}] {C7_SUBJ}",
    text_part(T7_CONF + f"\n\nTo see all correspondence or reply, visit: {LINK7}\n", "utf-8", "quoted-printable"), "gmail")

add("carter-gmail-3", "support_reply", C7, [], True, "en", U(datetime(2025, 4, 15, 13, 26, 40, tzinfo=PDT)), CONSOLE, EMILY,
    f"RE:[CASE {C7}] {C7_SUBJ}",
    text_part(f"""Hello Emily,

Thank you for confirming. We will now proceed with the request and I will update
this case as soon as our team has finished. This usually takes one to three business days.

Best regards,
Daniel M.
Amazon Web Services

On Tue, Apr 15, 2025 at 10:03 AM Emily Carter <emily.carter.dev@gmail.com> wrote:
> Hi Daniel,
>
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Emily
>
> On Tue, Apr 15, 2025 at 8:41 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:
{q(T7_CONF, "> > ")}
""", "utf-8", "base64"), "gmail")

add("carter-gmail-4", "merge_completed", C7, ["AWS03948172"], True, "en", U(datetime(2025, 4, 17, 6, 55, 18, tzinfo=PDT)), CONSOLE, EMILY,
    f"RE:[CASE {C7}] {C7_SUBJ}",
    text_part(f"""Hello Emily,

Good news - your certification records are now consolidated under AWS03948172. The
second profile has been retired, so please sign in with emily.carter.dev@gmail.com from now on.
Your Credly badges should be re-issued to that address within a few days.

If you have a moment, we would appreciate it if you rated this correspondence in the
Support Center.

Best regards,
Daniel M.
Amazon Web Services

{LINK7}
""", "utf-8", "quoted-printable"), "gmail")

add("carter-gmail-5", "credly_badge_issued", None, [], True, "en", U(datetime(2025, 4, 18, 10, 2, 9, tzinfo=PDT)), CREDLY, EMILY,
    "Emily, you've earned a badge from Amazon Web Services Training and Certification",
    alt(f"""Congratulations, Emily!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Security - Specialty

Accept your badge: https://www.credly.com/badges/{ruuid()}/accept

Verify at credly.com/go/{rb64(10).replace('/','x').replace('+','y')}
""", f"""<html><body style="font-family:Arial,sans-serif">
<p style="font-size:20px">Congratulations, Emily!</p>
<p>You've earned the <b>AWS Certified Security – Specialty</b> badge from Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/badges/{ruuid()}/accept">Accept your badge</a></p>
<p>Share it with your network and let employers know what you can do.</p>
</body></html>
""", "utf-8", "base64"), "gmail", sender="credly")

add("carter-gmail-6", "survey", C7, [], True, "en", U(datetime(2025, 4, 24, 7, 0, 44, tzinfo=PDT)), CONSOLE, EMILY,
    f"[Case {C7}] Your support case has been resolved",
    text_part(f"""Hello,

We haven't heard back from you, so case {C7} has been marked as resolved.
If you still need help, you can reopen the case from the Support Center within 14 days.

How did we do? Tell us about your support experience:
{LINK7}&survey=1

Amazon Web Services
""", "utf-8", "7bit" if False else "quoted-printable"), "gmail")


# =====================================================================
# T8  山本 直樹 / nifty / 11-digit console case
# =====================================================================
YAMAMOTO = ("山本 直樹", "naoki.yamamoto@nifty.com")
C8 = "12158437296"
add("yamamoto-nifty-1", "support_reply", C8, ["AWS05512783", "AWS09981046"], True, "ja",
    U(datetime(2025, 3, 11, 9, 40, 5, tzinfo=JST)), CONSOLE, YAMAMOTO, f"RE:[CASE {C8}] 認定アカウントを一つにしたい",
    text_part(f"""山本 直樹 様

AWS トレーニングと認定サポートの小川です。

先日ご案内いたしました AWS05512783 と AWS09981046 の件につきまして、その後ご返信を確認できておりません。
引き続きサポートが必要でしたら、サポートセンターのケース画面からご返信ください。

７日間ご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。
（クローズ後でも、１４日以内であればケースを再開できます。）

小川
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId={C8}&language=ja
""", "shift_jis", "base64"), "nifty", subj_cs="shift_jis")

add("yamamoto-nifty-2", "survey", C8, [], None, "ja", U(datetime(2025, 3, 18, 9, 41, 22, tzinfo=JST)), CONSOLE, YAMAMOTO,
    f"[Case {C8}] ケースが解決済みになりました",
    text_part(f"""お客様

ケース {C8}（認定アカウントを一つにしたい）は、７日間ご返信がなかったため解決済みとしてクローズされました。

今回のサポートについてご意見をお聞かせください。
問題は解決しましたか？　はい／いいえ
https://console.aws.amazon.com/support/home#/case/?displayId={C8}&language=ja&feedback=1

Amazon Web Services
""", "utf-8", "base64"), "nifty", auth=None)


# =====================================================================
# T9  中村 彩 / biglobe / form / HTML-only, no-marker history
# =====================================================================
NAKAMURA = ("中村 彩", "aya.nakamura@biglobe.ne.jp")
t9_open = datetime(2026, 1, 13, 12, 0, 48, tzinfo=JST)
C9 = cid15(t9_open)

add("nakamura-biglobe-1", "case_created", C9, [], True, "ja", U(t9_open + timedelta(seconds=31)), FORM, NAKAMURA,
    f"[CASE {C9}] お問い合わせありがとうございます（自動返信）",
    text_part(f"""中村 彩 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
お問い合わせ内容を記録し、ケース番号 {C9} を発行しました。

担当者より、原則24時間以内にご返信します。
土日祝日をはさむ場合は、ご返信までにお時間をいただくことがあります。

このメールに返信すると、同じケースに情報を追加できます。
新しいフォームを送信する必要はありません。

-- 
AWS トレーニングと認定 カスタマーサービス
""", "utf-8", "quoted-printable"), "biglobe")

T9_CONF_TXT = """中村 彩 様

ご連絡ありがとうございます。AWS トレーニングと認定サポートの橋本です。
ご依頼のアカウントについて、以下の内容で統合を実施してよろしいでしょうか。

残すアカウント：AWS01873364
統合するアカウント：AWS06290511

統合後は元の状態に戻すことができません。
問題がなければ、このメールに「内容を確認しました」とご返信ください。"""

add("nakamura-biglobe-2", "merge_confirmation_requested", C9, ["AWS01873364", "AWS06290511"], True, "ja",
    U(datetime(2026, 1, 14, 10, 33, 20, tzinfo=JST)), FORM, NAKAMURA, form_subj(C9),
    text_part("""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>AWS</title></head>
<body style="font-family:'Noto Sans JP',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>中村 彩 様</p>
<p>ご連絡ありがとうございます。AWS トレーニングと認定サポートの橋本です。<br>
ご依頼のアカウントについて、以下の内容で統合を実施してよろしいでしょうか。</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr><th style="background:#f2f3f3">残すアカウント</th><td>AWS01873364</td><td>aya.nakamura@biglobe.ne.jp</td></tr>
<tr><th style="background:#f2f3f3">統合するアカウント</th><td>AWS06290511</td><td>a.nakamura@minato-design.jp</td></tr>
</table>
<p style="color:#d13212"><b>統合後は元の状態に戻すことができません。</b></p>
<p>問題がなければ、このメールに「内容を確認しました」とご返信ください。<br>
ご返信の確認後、作業を開始します。</p>
<p>橋本<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
""", "utf-8", "base64", "html"), "biglobe")

add("nakamura-biglobe-3", "merge_completed", C9, ["AWS01873364"], True, "ja", U(datetime(2026, 1, 16, 15, 27, 3, tzinfo=JST)), FORM, NAKAMURA,
    form_subj(C9),
    text_part(f"""中村 彩 様

橋本です。統合の件、対応が完了しました。
AWS01873364 にサインインしていただくと、これまでの認定がすべて表示されます。
もう一方のアカウントはご利用いただけなくなりました。

ご不明点があればこのメールにご返信ください。

橋本
AWS トレーニングと認定 カスタマーサービス

差出人：中村 彩
日時：2026/01/14 19:02
内容を確認しました。よろしくお願いします。

差出人：Amazon Web Services
日時：2026/01/14 10:33
{T9_CONF_TXT}
""", "utf-8", "quoted-printable"), "biglobe")


# =====================================================================
# T10  小林 誠 / so-net / form / ISO-2022-JP
# =====================================================================
KOBAYASHI = ("小林 誠", "makoto.kobayashi@so-net.ne.jp")
t10_open = datetime(2025, 8, 19, 7, 58, 0, tzinfo=JST)
C10 = cid15(t10_open)

add("kobayashi-sonet-1", "merge_confirmation_requested", C10, ["AWS03067782", "AWS09154420"], True, "ja",
    U(datetime(2025, 8, 20, 16, 4, 29, tzinfo=JST)), FORM, KOBAYASHI,
    f"RE:[CASE {C10}] 認定アカウント統合に関するご確認のお願い（ご返信をお待ちしております）",
    text_part("""小林 誠 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの藤井でございます。

先日お問い合わせいただきました件につき、下記のとおり手続きを予定しております。

　・お使いいただくアカウント　　：AWS09154420
　・お使いいただけなくなるアカウント：AWS03067782

AWS03067782 に登録されております認定資格（3件）および受験履歴は、AWS09154420 へお移しいたします。
一度お手続きいたしますと、元の状態へ戻すことはできかねますので、ご了承くださいませ。

つきましては、上記内容にてお手続きを進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。

藤井
AWS トレーニングと認定 カスタマーサービス
""", "iso-2022-jp", "7bit"), "sonet", subj_cs="iso-2022-jp")

add("kobayashi-sonet-2", "merge_completed", C10, ["AWS03067782", "AWS09154420"], True, "ja",
    U(datetime(2025, 8, 22, 13, 45, 10, tzinfo=JST)), FORM, KOBAYASHI,
    f"RE:[CASE {C10}] 認定アカウント統合に関するご確認のお願い（ご返信をお待ちしております）",
    text_part("""小林 誠 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの藤井でございます。

ご返信いただき、ありがとうございました。
AWS03067782 に登録されておりました認定資格三件を AWS09154420 へお移しし、
AWS03067782 は利用停止といたしました。作業はすべて終了しております。

今後は AWS09154420 にてサインインいただきますよう、お願い申し上げます。

藤井
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: 小林 誠 [mailto:makoto.kobayashi@so-net.ne.jp]
Sent: Thursday, August 21, 2025 8:12 AM
To: Amazon Web Services
Subject: Re: RE:[CASE] 認定アカウント統合に関するご確認のお願い

藤井様

小林です。ご案内の内容で進めてください。
よろしくお願いいたします。
""", "iso-2022-jp", "7bit"), "sonet", subj_cs="iso-2022-jp")


# =====================================================================
# T11  加藤 恵 / OCN / console / Shift_JIS
# =====================================================================
KATO = ("加藤 恵", "megumi.kato@ocn.ne.jp")
t11_open = datetime(2026, 2, 2, 20, 21, 13, tzinfo=JST)
C11 = cid15(t11_open)
C11_SUBJ = "認定アカウントが二重になっている"

add("kato-ocn-1", "support_reply", C11, ["AWS04480937", "AWS07615208"], True, "ja",
    U(datetime(2026, 2, 3, 17, 9, 55, tzinfo=JST)), CONSOLE, KATO, f"RE:[CASE {C11}] {C11_SUBJ}",
    text_part(f"""加藤 恵 様

AWS トレーニングと認定サポートの石井です。お問い合わせありがとうございます。

ご依頼の2つのアカウントを確認したところ、登録されている氏名（ローマ字表記）が異なっていました。

　AWS07615208 ： Megumi Katou
　AWS04480937 ： Megumi Kato

アカウントをひとつにまとめるためには、両方のアカウントで氏名が一致している必要があります。
お手数ですが、どちらの表記に揃えるかをお知らせいただくか、本人確認書類（パスポート等）の表記をお教えください。
いただいた情報をもとに、こちらで修正してから手続きのご案内をいたします。

石井
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId={C11}&language=ja
""", "shift_jis", "base64"), "ocn", subj_cs="shift_jis")

add("kato-ocn-2", "support_reply", C11, [], True, "ja", U(datetime(2026, 2, 5, 11, 31, 47, tzinfo=JST)), CONSOLE, KATO,
    f"[Case {C11}] 新しい返信が追加されました",
    text_part(f"""お客様

ケース {C11}「{C11_SUBJ}」に、AWS サポートから新しい返信が追加されました。

返信内容の確認とご返答は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={C11}&language=ja

このメールアドレスは送信専用です。

Amazon Web Services
""", "utf-8", "base64"), "ocn")

add("kato-ocn-3", "credly_badge_issued", None, [], None, "ja", U(datetime(2026, 2, 11, 9, 15, 22, tzinfo=JST)), CREDLY, KATO,
    "バッジを受け取ってください：AWS Certified Machine Learning Engineer – Associate",
    alt(f"""加藤 恵 さん

Amazon Web Services Training and Certification から新しいバッジが届きました。

AWS Certified Machine Learning Engineer – Associate

下のリンクからバッジを受け取り、プロフィールに追加しましょう。
https://www.credly.com/badges/{ruuid()}/accept

このメールは megumi.kato@ocn.ne.jp 宛てに送信されています。
""", f"""<html><body>
<p>加藤 恵 さん</p>
<p>Amazon Web Services Training and Certification から<strong>新しいバッジ</strong>が届きました。</p>
<p>AWS Certified Machine Learning Engineer – Associate</p>
<p><a href="https://www.credly.com/badges/{ruuid()}/accept">バッジを受け取る</a></p>
<p style="font-size:11px">Credly, Inc.</p>
</body></html>
""", "utf-8", "base64"), "ocn", sender="credly", auth=None)


# =====================================================================
# T12  吉田 拓也 / IIJ / form / no AR, wrong charset label
# =====================================================================
YOSHIDA = ("吉田 拓也", "takuya.yoshida@iij4u.or.jp")
t12_open = datetime(2025, 6, 18, 7, 45, 33, tzinfo=JST)
C12 = cid15(t12_open)

add("yoshida-iij-1", "case_created", C12, ["AWS02719846"], None, "ja", U(t12_open + timedelta(seconds=47)), FORM, YOSHIDA,
    f"[CASE {C12}] AWS Training and Certification - お問い合わせ受付",
    text_part(f"""吉田 拓也 様

お問い合わせを受け付けました。ケース番号は {C12} です。

ご入力いただいた内容:
  候補者ID: AWS 02719846
  お問い合わせ区分: アカウントの統合

担当者から24時間以内を目安にご連絡します。
同じご依頼で再度フォームを送信されると対応が遅れることがありますので、
追加情報はこのメールへの返信でお送りください。

AWS トレーニングと認定
""", "utf-8", "base64"), "iij", auth=None)

add("yoshida-iij-2", "merge_confirmation_requested", C12, ["AWS02719846", "AWS08853017"], True, "ja",
    U(datetime(2025, 6, 19, 9, 12, 6, tzinfo=JST)), FORM, YOSHIDA, form_subj(C12),
    text_part("""吉田 拓也 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの松本です。

以下の２アカウントを一本化する手続きについて、事前にご確認をお願いします。

  [1] 引き続きご利用のアカウント : AWS 02719846（takuya.yoshida@iij4u.or.jp）
  [2] 吸収されるアカウント       : AWS 08853017（t-yoshida@fukuoka-sys.co.jp）

[2] の認定資格・特典はすべて [1] に引き継がれ、[2] は削除されます。
実施後の取り消しはできませんので、内容をよくご確認ください。

この内容で問題なければ、本メールに「はい、お願いします」とご返信ください。

松本
AWS トレーニングと認定 カスタマーサービス
""", "iso-2022-jp", "base64", codec="utf-8"), "iij")


# =====================================================================
# Phishing (Japanese)
# =====================================================================
add("tanaka-docomo-6", "merge_confirmation_requested", None, ["AWS03318276"], False, "ja",
    datetime(2025, 7, 21, 6, 12, 40, tzinfo=JST), ("AWS 認定サポート", "support@aws-certification-jp.com"), TANAKA,
    "【要対応】AWS認定アカウント統合の最終確認（24時間以内）",
    text_part("""田中 美咲 様

AWS 認定サポートセンターです。
お客様の認定アカウント統合のご依頼を受け付けました。

　統合対象アカウント：AWS 03318276
　統合先アカウント　：お客様のメインアカウント

統合は一度実行すると元に戻せません。
24時間以内に下記のリンクからサインインし、統合内容をご承認ください。
ご承認いただけない場合、両アカウントの認定資格が失効いたします。

▼承認はこちら
https://aws-certification-jp.com/merge/confirm?id=7f3a9c

※本メールは送信専用です。

AWS 認定サポートセンター
""", "utf-8", "base64"), "docomo",
    sender=dict(mailfrom="bounce@aws-certification-jp.com", host="mail.aws-certification-jp.com", ip="45.138.16.77",
                dkim=[("aws-certification-jp.com", "default")]),
    auth=dict(spf="pass", dkim=[("pass", "aws-certification-jp.com")], dmarc="pass", p="none"))

add("watanabe-yahoo-4", "merge_completed", None, [], False, "ja", datetime(2025, 12, 14, 2, 51, 8, tzinfo=JST),
    ("Amazon Web Services", "no-reply-aws@amazon.com"), WATANABE,
    "アカウント統合完了のお知らせ／お支払い情報の再登録のお願い",
    text_part("""渡辺 大輔 様

いつもご利用いただきありがとうございます。
お客様の AWS 認定アカウントの統合が完了いたしました。

統合に伴い、お支払い情報の再登録が必要となっております。
72時間以内に再登録が確認できない場合、認定資格および特典が無効となります。

▼再登録はこちらから
http://aws-amazon-certify.top/login/jp/

Amazon Web Services
""", "iso-2022-jp", "7bit"), "yahoo", subj_cs="iso-2022-jp",
    sender=dict(mailfrom="info@vps-2291.hostnet-cloud.ru", host="vps-2291.hostnet-cloud.ru", ip="185.244.31.9", dkim=[]),
    auth=dict(spf="none", dkim=[], dmarc="fail", p="quarantine", mailfrom="info@vps-2291.hostnet-cloud.ru"),
    forged="mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com")

t_p3 = datetime(2026, 1, 20, 23, 5, 14, tzinfo=JST)
P3C = cid15(t_p3)
add("nakamura-biglobe-4", "case_created", P3C, [], False, "ja", t_p3, ("Amazon Web Services", "no-reply@aws-supportcenter.net"), NAKAMURA,
    f"Amazon Web Services: 新しいサポートケースが作成されました: {P3C}",
    text_part(f"""<html><body style="font-family:Meiryo,sans-serif">
<p>Amazon Web Services をご利用いただきありがとうございます。</p>
<p>お客様のアカウントから、認定アカウント統合のリクエストを受け付け、ケース <b>{P3C}</b> を作成しました。</p>
<table><tr><td>ケース ID:</td><td>{P3C}</td></tr>
<tr><td>件名:</td><td>認定アカウント統合リクエスト</td></tr>
<tr><td>重要度:</td><td>緊急</td></tr></table>
<p>このリクエストに心当たりがない場合は、ただちに以下からキャンセルしてください。</p>
<p><a href="https://aws-supportcenter.net/case/cancel?displayId={P3C}">https://console.aws.amazon.com/support/home#/case/?displayId={P3C}</a></p>
<p>Amazon Web Services</p>
</body></html>
""", "utf-8", "quoted-printable", "html"), "biglobe",
    sender=dict(mailfrom="mailer@aws-supportcenter.net", host="smtp.aws-supportcenter.net", ip="103.75.118.42", dkim=[]),
    auth=dict(spf="softfail", dkim=[], dmarc="none"))

add("takahashi-au-6", "credly_badge_issued", None, [], False, "ja", datetime(2025, 10, 15, 12, 40, 55, tzinfo=JST),
    ("Credly バッジ通知", "badges@credly-notify.com"), TAKAHASHI,
    "【Credly】統合により移行されたバッジを受け取ってください",
    text_part("""高橋 翔 様

AWS 認定アカウントの統合により、あなたのデジタルバッジが移行されました。
バッジを受け取るには、AWS アカウント（ルートユーザー）のメールアドレスとパスワードでログインしてください。

　移行されたバッジ：AWS Certified Solutions Architect – Associate

▼バッジを受け取る
https://credly-notify.com/accept?token=4b2f1e

受け取り期限：本メール受信から48時間

Credly
""", "utf-8", "base64"), "au",
    sender=dict(mailfrom="noreply@credly-notify.com", host="mta1.credly-notify.com", ip="91.215.85.20",
                dkim=[("credly-notify.com", "mail")]),
    auth=dict(spf="pass", dkim=[("pass", "credly-notify.com")], dmarc="none"))

P5C = "1758006412" + "30917"
add("yamamoto-nifty-3", "survey", P5C, [], False, "ja", datetime(2025, 9, 25, 19, 3, 27, tzinfo=JST),
    ("AWS カスタマーサポート", "survey@aws-cs-feedback.com"), YAMAMOTO,
    f"ケース {P5C} 完了アンケートのお願い（Amazonギフトカード進呈）",
    alt(f"""山本 直樹 様

先日は AWS サポートをご利用いただき、ありがとうございました。
ケース {P5C} はクローズされました。

サービス向上のため、アンケートへのご協力をお願いいたします。
ご回答いただいた方全員に、Amazon ギフトカード 3,000円分を進呈いたします。

▼アンケートに回答する
https://aws-cs-feedback.com/survey/{P5C}

回答期限：2025年9月28日
""", f"""<html><body>
<p>山本 直樹 様</p>
<p>ケース {P5C} はクローズされました。</p>
<p>アンケートにご回答いただくと、<b style="color:#c00">Amazon ギフトカード 3,000円分</b>をもれなく進呈！</p>
<p><a href="https://aws-cs-feedback.com/survey/{P5C}?gift=1">▶ 今すぐ回答して受け取る</a></p>
<p>ギフトカードの送付にはクレジットカード情報の確認が必要です。</p>
</body></html>
""", "utf-8", "base64"), "nifty",
    sender=dict(mailfrom="survey@aws-cs-feedback.com", host="out.aws-cs-feedback.com", ip="172.245.90.11", dkim=[]),
    auth=dict(spf="pass", dkim=[], dmarc="none"))

add("sato-gmail-f", "unrelated", None, [], False, "ja", datetime(2025, 8, 3, 4, 18, 2, tzinfo=JST),
    ("Amazon.co.jp", "account-update@amazon.co.jp"), SATO,
    "【重要】Amazonアカウントの一時停止について",
    text_part("""Amazon お客様

お客様のアカウントで異常なログインが検出されたため、アカウントを一時的に停止しました。
引き続きご利用いただくには、24時間以内に以下のリンクからお客様情報を更新してください。

https://amazon-co-jp.verify-info.com/ap/signin

更新が確認できない場合、アカウントは永久に停止されます。

Amazon.co.jp カスタマーサービス
""", "shift_jis", "base64"), "gmail", subj_cs="shift_jis",
    sender=dict(mailfrom="root@mail.verify-info.com", host="mail.verify-info.com", ip="194.87.31.156", dkim=[]),
    auth=dict(spf="fail", dkim=[], dmarc="fail", pol="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"))

add("kobayashi-sonet-3", "support_reply", C10, [], False, "ja", datetime(2025, 8, 21, 22, 17, 36, tzinfo=JST),
    ("AWS Training and Certification", "aws-cs-trainingcertification-form@amazon.com"), KOBAYASHI,
    f"RE:[CASE {C10}] 追加情報のご提供のお願い",
    text_part("""小林 誠 様

AWS トレーニングと認定 カスタマーサービスでございます。

アカウントの統合手続きを進めるにあたり、ご本人確認のため、以下の情報が必要となります。
お手数ですが、本メールに直接ご返信ください。

　・両アカウントのサインイン用パスワード
　・生年月日
　・ご登録のクレジットカード番号の下4桁および有効期限

ご返信がない場合、統合手続きを進めることができません。

AWS トレーニングと認定 カスタマーサービス
""", "utf-8", "base64"), "sonet",
    sender=dict(mailfrom="noreply@mx.awstc-support.info", host="mx.awstc-support.info", ip="91.92.241.17", dkim=[]),
    auth=dict(spf="fail", dkim=[], dmarc="fail", mailfrom="noreply@mx.awstc-support.info"))


# =====================================================================
# Unrelated
# =====================================================================
t_u1 = datetime(2025, 10, 27, 14, 2, 48, tzinfo=JST)
CU1 = cid15(t_u1)
add("ito-softbank-6", "unrelated", CU1, [], True, "ja", U(datetime(2025, 10, 28, 10, 10, 10, tzinfo=JST)), CONSOLE, ITO,
    f"RE:[CASE {CU1}] 10月分の請求額について",
    text_part(f"""伊藤 由美 様

Amazon Web Services 請求サポートの井上です。

お問い合わせの10月分のご請求について確認いたしました。
ご請求額の増加は、ap-northeast-1 リージョンで起動されていた NAT ゲートウェイ２台の利用料金によるものです。
不要であれば、VPC コンソールから削除していただくことで、以降の料金は発生しません。

今回に限り、該当料金の一部についてクレジットを適用することが可能です。
ご希望の場合は、このケースにご返信ください。

井上
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId={CU1}&language=ja
""", "utf-8", "quoted-printable"), "softbank")

add("yoshida-o365-1", "unrelated", "6917402385", [], True, "ja", U(datetime(2025, 6, 24, 16, 30, 0, tzinfo=JST)),
    ("Amazon Seller Central", "seller-notification@amazon.com"), ("吉田 拓也", "shop@yoshida-zakka.jp"),
    "RE:[CASE 6917402385] 出品者アカウントの統合について",
    text_part("""出品者様

Amazon 出品者サポートにお問い合わせいただきありがとうございます。

ご依頼いただいた２つの出品者アカウントの統合につきましては、
同一の法人が複数の出品者アカウントを保有する正当なビジネス上の理由がある場合を除き、
一方のアカウントを閉鎖いただく形でのご案内となります。

詳細はセラーセントラルの「ヘルプ」＞「アカウントの管理」をご確認ください。

Amazon セラーセントラル
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6917402385
""", "utf-8", "base64"), "outlook", rcpt="shop@yoshida-zakka.jp")

add("sato-gmail-g", "unrelated", None, [], False, "en", datetime(2025, 6, 10, 15, 0, 3, tzinfo=UTC),
    ("AWS Certification", "do-not-reply@certmetrics.com"), SATO, "AWS Certification wants to hear from you",
    alt("""Dear Kenta Sato,

AWS Certification wants to hear from you! Please take our short survey about your
recent certification experience. It takes less than 5 minutes.

https://www.certmetrics.com/amazon/survey/candidate

Thank you,
AWS Certification
""", """<html><body><p>Dear Kenta Sato,</p><p>AWS Certification wants to hear from you! Please take our
<a href="https://www.certmetrics.com/amazon/survey/candidate">short survey</a> about your recent certification experience.</p>
<p>Thank you,<br>AWS Certification</p></body></html>
""", "us-ascii", "7bit"), "gmail",
    sender=dict(mailfrom="bounce@certmetrics.com", host="mail1.certmetrics.com", ip="198.2.180.44",
                dkim=[("certmetrics.com", "cm1")]))

add("yoshida-iij-3", "unrelated", None, [], None, "ja", datetime(2025, 11, 4, 21, 33, 50, tzinfo=JST),
    ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), YOSHIDA,
    "Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional",
    text_part("""吉田 拓也 様

Pearson VUE の試験予約が完了しました。

試験名：AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
日時：2025年11月22日（土）13:30
会場：オンライン（OnVUE）
登録ID：352981044

試験開始30分前からチェックインが可能です。
予約の変更・キャンセルは試験開始の24時間前までに行ってください。

Pearson VUE
""", "iso-2022-jp", "7bit"), "iij", subj_cs="iso-2022-jp", auth=None,
    sender=dict(mailfrom="bounce@pearson.com", host="mx0b-00171101.pphosted.com", ip="148.163.155.66", dkim=[]))

add("carter-gmail-7", "unrelated", None, [], False, "en", datetime(2025, 9, 2, 3, 14, 15, tzinfo=UTC),
    ("Haruto Ueda", "notifications@github.com"), EMILY,
    "Re: [brightwave-labs/cert-tracker] Merge duplicate certification accounts in report (PR #412)",
    alt("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightwave-labs/cert-tracker/pull/412#event-19827364510
You are receiving this because you were mentioned.
""", """<p>Merged <a href="https://github.com/brightwave-labs/cert-tracker/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/brightwave-labs/cert-tracker/pull/412#event-19827364510">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>
""", "utf-8", "quoted-printable"), "gmail",
    sender=dict(mailfrom="noreply@github.com", host="out-21.smtp.github.com", ip="192.30.252.204",
                dkim=[("github.com", "pf2023")], mid_fmt="brightwave-labs/cert-tracker/pull/412/issue_event/19827364510@github.com"))

add("suzuki-o365-7", "unrelated", None, ["AWS06218830"], False, "ja", datetime(2025, 9, 24, 12, 6, 41, tzinfo=JST),
    ("石田 浩二", "koji.ishida@kobayashi-sangyo.co.jp"), SUZUKI, "Re: AWS認定のアカウント統合について",
    text_part("""鈴木さん

お疲れさまです。石田です。
先日話していた AWS 認定のアカウント統合、どうやって依頼しました？
自分も AWS06218830 のほかに、前の会社のメアドで作った古いアカウントがあるみたいで…。
フォームから問い合わせればいいのか、サポートセンターからケースを切るのか教えてください。

あと、統合の確認メールって英語で来ました？

石田

-----Original Message-----
From: 鈴木 一郎
Sent: Tuesday, September 23, 2025 6:40 PM
To: 石田 浩二
Subject: RE: AWS認定のアカウント統合について

石田さん
こちらは先週終わりました。AWS からの確認メールに返信するだけでした。
""", "utf-8", "base64"), "outlook",
    sender=dict(mailfrom="koji.ishida@kobayashi-sangyo.co.jp", host="JPN01-TYC-obe.outbound.protection.outlook.com",
                ip="52.101.228.73", dkim=[("kobayashi-sangyo.co.jp", "selector1")],
                mid_fmt="TYCPR01MB{r}@TYCPR01MB8832.jpnprd01.prod.outlook.com"))

add("nakamura-biglobe-6", "unrelated", None, [], True, "ja", datetime(2026, 2, 16, 1, 0, 12, tzinfo=UTC), CREDLY, NAKAMURA,
    "バッジの有効期限が近づいています：AWS Certified Cloud Practitioner",
    text_part(f"""中村 彩 さん

あなたの「AWS Certified Cloud Practitioner」バッジは 2026年3月31日 に有効期限を迎えます。

有効期限が切れると、バッジは Credly のプロフィール上で「期限切れ」と表示されます。
再認定の方法については、Amazon Web Services Training and Certification のページをご確認ください。

バッジを表示: https://www.credly.com/badges/{ruuid()}

Credly
""", "utf-8", "quoted-printable"), "biglobe", sender="credly")

add("watanabe-yahoo-5", "unrelated", None, [], True, "en", datetime(2025, 12, 5, 11, 22, 40, tzinfo=UTC),
    ("Credly", "admin@credly.com"), WATANABE, "Your Credly account merge verification code",
    text_part(f"""Hi Daisuke,

We received a request to merge another Credly account into your account.

Your verification code is: 482913

Enter this code on Credly, then click "Complete Account Merge" to finish.
If you did not request this, you can ignore this email.

The Credly Team
""", "us-ascii", "7bit"), "yahoo", sender="credly")

add("carter-gmail-8", "unrelated", None, [], True, "en", datetime(2025, 4, 14, 16, 5, 2, tzinfo=UTC),
    ("AWS", "no-reply@signin.aws"), EMILY, "Verify your AWS Builder ID email address",
    alt("""Hello,

Your verification code is: 731904

This code expires in 10 minutes. If you didn't request this, you can ignore this email.

Amazon Web Services
""", """<html><body><p>Hello,</p><p>Your verification code is:</p><p style="font-size:28px;font-weight:bold">731904</p>
<p>This code expires in 10 minutes.</p><p>Amazon Web Services</p></body></html>
""", "utf-8", "quoted-printable"), "gmail", dkim_domains=[("signin.aws", "dkim1"), ("amazonses.com", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw")])

t_u10 = datetime(2026, 1, 27, 10, 3, 0, tzinfo=JST)
CU10 = cid15(t_u10)
add("nakamura-biglobe-5", "unrelated", CU10, [], True, "ja", U(datetime(2026, 1, 27, 16, 48, 9, tzinfo=JST)), CONSOLE, NAKAMURA,
    f"RE:[CASE {CU10}] EC2 vCPU 上限緩和リクエスト（東京リージョン）",
    text_part(f"""中村 彩 様

AWS サポートの岡田です。

東京リージョン（ap-northeast-1）における Running On-Demand Standard インスタンスの vCPU 上限を、
ご希望の 64 に引き上げました。反映まで最大30分ほどかかる場合があります。

Service Quotas コンソールで現在の値をご確認いただけます。
本ケースは解決済みとさせていただきます。

岡田
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId={CU10}&language=ja
""", "utf-8", "base64"), "biglobe")

add("tanaka-docomo-7", "unrelated", None, [], True, "ja", datetime(2025, 11, 20, 1, 30, 0, tzinfo=UTC),
    ("AWS トレーニングと認定", "aws-training@amazon.com"), TANAKA,
    "【AWS トレーニングと認定】12月の新着コースと認定試験の最新情報",
    text_part("""<html><body style="font-family:Meiryo,sans-serif">
<h2>AWS トレーニングと認定 ニュースレター 2025年12月号</h2>
<ul>
<li>新しい AWS Certified Generative AI Developer – Professional 試験のベータ版を受付開始</li>
<li>AWS Skill Builder に日本語の新コース 12 本を追加</li>
<li>認定取得者向け：次回試験 50% 割引バウチャーの使い方</li>
</ul>
<p><a href="https://aws.amazon.com/jp/training/">詳しくはこちら</a></p>
<p style="font-size:11px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a></p>
</body></html>
""", "utf-8", "base64", "html"), "docomo")
