"""Japanese mails for set 78. Called by make_set.py."""
import datetime as dt

FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE_ADDR = "no-reply-aws@amazon.com"
JST = dt.timezone(dt.timedelta(hours=9))


def form_subject(cid, re="RE:"):
    return f"{re}[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"


def console_footer_ja(cid):
    return f"""このケースのやり取りについて、AWS サポートセンターで評価をお寄せください。やり取りの右上にある星を選択すると評価できます。

このメールに添付されたファイルやメモを確認するには、AWS サポートセンターにサインインしてください。

このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用のアドレスから送信されています。ご返信いただいても対応いたしかねますので、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。"""


def make(M):
    T, add, lab = M.T, M.add, M.lab
    aws_form = M.addr("Amazon Web Services", FORM_ADDR)
    aws_console = M.addr("Amazon Web Services", CONSOLE_ADDR)
    form_who = f"Amazon Web Services <{FORM_ADDR}>"

    def jsubj(prefix, ja, cs="iso-2022-jp"):
        return M.enc_mixed([(prefix, "us-ascii"), (ja, cs)])

    def ses_mail(P, body, subject, date, frm=aws_form, a=None, **kw):
        o = M.ses_origin(date)
        return M.build(body, frm=frm, to=P["mail"], subject=subject, date=date, origin=o,
                       provider=P["prov"], rcpt=P["mail"], a=a if a is not None else M.auth(), **kw)

    def jis(text, cte="7bit"):
        return M.leaf(text, charset="iso-2022-jp", cte=cte)

    def sjis(text, cte="base64"):
        return M.leaf(text, charset="Shift_JIS", cte=cte, encode_as="shift_jis")

    P1 = dict(name="渡辺 健二", mail="kenji.watanabe.dev@gmail.com", prov="gmail",
              keep="AWS02847193", old="AWS05518260", cid=M.case_id("2025-06-10 21:14:37+09:00", "04417"))
    P3 = dict(name="佐藤 美咲", mail="m-sato@nifty.com", prov="nifty",
              keep="AWS03360581", old1="AWS06120744", old2="AWS00875432",
              cid=M.case_id("2025-11-04 19:32:10+09:00", "08851"))
    P5 = dict(name="山本 拓也", mail="t.yamamoto@biglobe.ne.jp", prov="biglobe",
              keep="AWS04098813", old="AWS01156742", cid=M.case_id("2025-08-02 10:11:25+09:00", "02736"))
    P8 = dict(name="中村 由紀", mail="yuki-n@ocn.ne.jp", prov="ocn",
              keep="AWS05290376", old="AWS07461158", cid=M.case_id("2025-12-08 22:03:58+09:00", "06198"))
    P10 = dict(name="小林 誠", mail="makoto.kobayashi.0412@gmail.com", prov="gmail",
               keep="AWS08312654", old="AWS02075519", cid=M.case_id("2026-03-02 09:40:00+09:00", "03327"))
    P11 = dict(name="井上 彩", mail="aya.inoue@mitsuboshi-sys.co.jp", prov="o365",
               keep="AWS01482236", old="AWS06903317", cid=M.case_id("2025-10-21 11:12:33+09:00", "09402"))
    P12 = dict(name="高橋 翔", mail="sho-takahashi@ttcn.ne.jp", prov="ttcn",
               keep="AWS09135570", old="AWS04627781", cid=M.case_id("2026-04-07 18:20:11+09:00", "05561"))

    # ================================================================ P1 渡辺 (form, Gmail)
    cid = P1["cid"]
    sj1_date = T("2025-06-11 10:25:13+09:00")
    sj1 = f"""渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の佐々木と申します。

認定アカウント AWS02847193 および AWS05518260 の統合に関するご依頼を承りました。
現在、両アカウントの登録情報と認定履歴を確認しております。確認が終わりしだい、統合の対象となるアカウントの詳細をあらためてメールでお送りいたしますので、今しばらくお待ちください。

なお、同じ内容で新しいケースを作成されますと対応が遅れる場合がございます。追加のご連絡は本メールへのご返信にてお願いいたします。

よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
    add("aws-form-kw1", lab("support_reply", cid, [P1["keep"], P1["old"]], True, "ja"),
        ses_mail(P1, jis(sj1), form_subject(cid), sj1_date))

    kw_r1_date = T("2025-06-11 12:03:51+09:00")
    kw_r1 = f"""佐々木様

ご連絡ありがとうございます。渡辺です。
補足ですが、旧アカウントは前職の会社アドレス（k.watanabe@hoshizora-soft.co.jp）で登録したもので、番号は AWS05518206 だったと思います。
現在そのアドレスは使えなくなっています。

よろしくお願いいたします。

{M.ja_gmail_attrib(sj1_date, form_who)}
{M.quote(sj1)}"""
    j4_date = T("2025-06-12 09:40:27+09:00")
    j4 = f"""渡辺 健二 様

お世話になっております。AWS トレーニングと認定の佐々木です。

お送りいただいた情報をもとに確認したところ、以下の2つのアカウントが見つかりました。ご連絡いただいた旧アカウントの番号に一部誤りがございましたので、正しい番号を記載しております。

  統合後に残るアカウント（統合先）: AWS02847193
    登録メールアドレス: kenji.watanabe.dev@gmail.com
  統合されるアカウント（統合元）: AWS05518260
    登録メールアドレス: k.watanabe@hoshizora-soft.co.jp

統合を行うと、AWS05518260 に記録されている認定資格および試験履歴はすべて AWS02847193 に移され、AWS05518260 はご利用いただけなくなります。一度統合を行うと、元に戻すことはできません。

上記の内容でよろしければ、本メールにご返信のうえ、統合を進めてよいかお知らせください。ご返信を確認しだい、手続きを開始いたします。

佐々木
AWS トレーニングと認定 カスタマーサポート

{M.ja_gmail_attrib(kw_r1_date, f'{P1["name"]} <{P1["mail"]}>')}
{M.quote(kw_r1)}
"""
    add("aws-form-kw2", lab("merge_confirmation_requested", cid, [P1["keep"], P1["old"]], True, "ja"),
        ses_mail(P1, M.leaf(j4, cte="base64"), form_subject(cid), j4_date))

    j10_date = T("2025-06-17 11:05:40+09:00")
    j10 = f"""渡辺 健二 様

AWS トレーニングと認定の佐々木です。
6月12日にお送りしたメールについて、まだご返信を確認できておりませんので、あらためてご連絡いたしました。

アカウント統合の手続きを進めるには、お客様からのご承諾が必要です。以下の内容に相違がないか、あらためてご確認をお願いいたします。

  残すアカウント: AWS02847193
  統合するアカウント: AWS05518260

統合後の取り消しはできませんのでご注意ください。問題がなければ「上記の内容で統合をお願いします」とご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
    add("aws-form-kw3", lab("merge_confirmation_requested", cid, [P1["keep"], P1["old"]], True, "ja"),
        ses_mail(P1, M.leaf(j10, cte="quoted-printable"), form_subject(cid), j10_date))

    kw_ok_date = T("2025-06-17 20:31:09+09:00")
    kw_ok = f"""佐々木様

ご確認ありがとうございます。
内容に相違ありません。統合をお願いいたします。

渡辺"""
    sj6_date = T("2025-06-18 09:12:54+09:00")
    sj6 = f"""渡辺 健二 様

ご返信いただきありがとうございます。内容を承知いたしました。
担当部署にて、AWS05518260 から AWS02847193 への統合作業を開始しております。通常、完了までに1〜3営業日ほどかかります。

作業が完了しましたら、本ケースにてあらためてご連絡いたします。また、統合が完了した後は、Credly のデジタルバッジも統合先のアカウントに紐づけ直されますので、Credly からのメールもあわせてご確認ください。

佐々木
AWS トレーニングと認定 カスタマーサポート

--- 元のメッセージ ---
差出人: {P1['name']} <{P1['mail']}>
送信日時: 2025年6月17日 20:31
件名: Re: {form_subject(cid)}

{kw_ok}
"""
    add("aws-form-kw4", lab("support_reply", cid, [P1["keep"], P1["old"]], True, "ja"),
        ses_mail(P1, M.leaf(sj6, cte="quoted-printable"), form_subject(cid), sj6_date))

    mj1_date = T("2025-06-19 15:40:22+09:00")
    kw_ok_full = f"""{kw_ok}

{M.ja_gmail_attrib(j10_date, form_who)}
{M.quote(j10)}"""
    mj1 = f"""渡辺 健二 様

お待たせいたしました。AWS トレーニングと認定の佐々木です。

ご依頼いただいておりました認定アカウントの統合が完了しました。
AWS05518260 の認定資格および試験履歴は、AWS02847193 に移行されています。今後は AWS02847193 にサインインしてご利用ください。

念のため、以下の点をご確認いただけますと幸いです。
・認定アカウントの「認定」ページに、すべての認定資格が表示されていること
・次回試験の50%割引などの特典が引き継がれていること

Credly のバッジについては、数日以内に Credly から受け取り手続きのメールが届きます。

本件はこれで完了とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート

{M.ja_gmail_attrib(kw_ok_date, f'{P1["name"]} <{P1["mail"]}>')}
{M.quote(kw_ok_full)}
"""
    add("aws-form-kw5", lab("merge_completed", cid, [P1["keep"], P1["old"]], True, "ja"),
        ses_mail(P1, jis(mj1), form_subject(cid), mj1_date))

    cr3_date = T("2025-06-21 08:02:17+09:00")
    badge_url = f"https://www.credly.com/earner/earned/badge/{M.uuidish()}"
    cr3_txt = f"""渡辺 健二 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

  AWS Certified Solutions Architect - Associate

このバッジは、AWS 認定アカウントの統合に伴い、kenji.watanabe.dev@gmail.com 宛てに発行し直されたものです。下のリンクからバッジを受け取ってください。

バッジを受け取る: {badge_url}

受け取ったバッジは LinkedIn などで共有したり、メールの署名に追加したりできます。

Credly, Inc.
配信設定の変更: https://www.credly.com/notification_settings
"""
    cr3_html = M.html_wrap(f"""<div style="max-width:600px;margin:auto">
<h1 style="font-size:20px">渡辺 健二 さん、新しいバッジが発行されました</h1>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました: <b>AWS Certified Solutions Architect - Associate</b></p>
<p>このバッジは、AWS 認定アカウントの統合に伴い、kenji.watanabe.dev@gmail.com 宛てに発行し直されたものです。</p>
<p><a href="{badge_url}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; <a href="https://www.credly.com/notification_settings">配信設定の変更</a></p></div>""", lang="ja")
    o = M.generic_origin("o4.ptr8814.credly.com", "149.72.123.51",
                         f"bounces+2219874-{M.rstr('0123456789abcdef', 4)}-kenji.watanabe.dev=gmail.com@em1923.credly.com",
                         dkim=[("credly.com", "s1")])
    add("credly-kw", lab("credly_badge_issued", None, [], True, "ja"),
        M.build(M.alternative(M.leaf(cr3_txt, cte="base64"), M.leaf(cr3_html, subtype="html", cte="base64")),
                frm=M.addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
                to=P1["mail"], subject=M.enc_words("渡辺 健二 さん、Amazon Web Services Training and Certification からバッジが届いています", "utf-8"),
                date=cr3_date, origin=o, provider="gmail", rcpt=P1["mail"],
                a=M.auth(hfrom="credly.com", policy="REJECT"), msgid=f"<{M.uuidish()}@credly.com>"))

    pv_date = T("2025-07-08 19:26:40+09:00")
    pv = f"""渡辺 健二 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験: AWS Certified DevOps Engineer - Professional (DOP-C02)
言語: 日本語
日時: 2025年8月2日(土) 10:00
会場: オンライン監督試験 (OnVUE)
登録 ID: AWS02847193
予約番号: 582617340

試験開始の30分前からチェックインが可能です。本人確認書類（有効期限内の顔写真付き身分証明書）をご用意ください。

予約の変更・キャンセルは、試験日の24時間前までに AWS 認定アカウントから行ってください。

Pearson VUE
"""
    o = M.generic_origin("mail12.pearsonvue.com", "159.182.200.44", "bounce-jp@pearsonvue.com",
                         dkim=[("pearsonvue.com", "pvue1")])
    add("pearson-vue-kw", lab("unrelated", None, [P1["keep"]], False, "ja"),
        M.build(jis(pv), frm=M.addr("Pearson VUE", "pearsonvueconfirmation@pearsonvue.com"), to=P1["mail"],
                subject=M.enc_words("Pearson VUE 試験予約の確認 - AWS Certified DevOps Engineer - Professional", "iso-2022-jp"),
                date=pv_date, origin=o, provider="gmail", rcpt=P1["mail"],
                a=M.auth(hfrom="pearsonvue.com", policy="NONE"), date_tz=JST, msgid=f"<{M.uuidish()}@pearsonvue.com>"))

    # ================================================================ P3 佐藤 (form, nifty)
    cid = P3["cid"]
    j2_date = T("2025-11-05 14:20:33+09:00")
    j2 = f"""佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
担当の高橋でございます。

ご依頼のアカウント統合につきまして、お客様名義で以下の3つの認定アカウントを確認いたしました。

【統合後も残るアカウント】
　AWS03360581（ご登録メールアドレス: m-sato@nifty.com）

【統合により閉鎖されるアカウント】
　AWS06120744（ご登録メールアドレス: misaki.sato@kitamori-dc.co.jp）
　AWS00875432（ご登録メールアドレス: msato.study@yahoo.co.jp）

統合を実施しますと、上記2アカウントの認定資格、受験履歴および特典は AWS03360581 に集約されます。統合は取り消しのできない処理となりますので、内容を十分にご確認ください。

内容に問題がないようでしたら、本メールへご返信いただき、統合の実施についてご承諾いただけますでしょうか。ご承諾をいただいた後に作業を開始いたします。

高橋
AWS トレーニングと認定
"""
    add("aws-form-ms1", lab("merge_confirmation_requested", cid, [P3["keep"], P3["old1"], P3["old2"]], True, "ja"),
        ses_mail(P3, sjis(j2), form_subject(cid), j2_date))

    j6_date = T("2025-11-05 16:02:05+09:00")
    j6 = f"""佐藤 美咲 様

高橋です。たびたび失礼いたします。
先ほどお送りしたメールで、閉鎖されるアカウントの登録メールアドレスに誤りがございました。大変申し訳ございません。
訂正後の内容を以下に記載いたしますので、こちらをご確認ください。

　・AWS06120744（misaki.sato@kitamori-dc.co.jp）
　・AWS00875432（m.sato.study@yahoo.co.jp）

上記2つのアカウントに登録されている認定の記録を AWS03360581 に移し、移した後の2アカウントは無効となります。この処理は後から取り消すことができません。

この内容で問題がなければ、その旨を本メールへのご返信でお知らせください。

高橋
AWS トレーニングと認定
"""
    add("aws-form-ms2", lab("merge_confirmation_requested", cid, [P3["keep"], P3["old1"], P3["old2"]], True, "ja"),
        ses_mail(P3, M.leaf(j6, cte="quoted-printable"), form_subject(cid), j6_date))

    ms_ok_date = T("2025-11-06 22:15:48+09:00")
    ms_ok = f"""高橋様

ご連絡ありがとうございます。佐藤です。
訂正後の内容で問題ありません。統合を進めてください。
よろしくお願いいたします。

佐藤 美咲

2025/11/05 16:02 に Amazon Web Services さんは書きました:
{M.quote(j6)}"""
    sj2_date = T("2025-11-07 10:48:19+09:00")
    sj2 = f"""佐藤 美咲 様

ご確認いただき、ありがとうございます。
ご承諾のご連絡を受け、これより統合の手続きに入らせていただきます。
作業完了までに数営業日いただく場合がございます。完了しましたら、あらためて本ケースにてお知らせいたします。

引き続きよろしくお願いいたします。

高橋
AWS トレーニングと認定

{M.quote(ms_ok)}
"""
    add("aws-form-ms3", lab("support_reply", cid, [], True, "ja"),
        ses_mail(P3, sjis(sj2, cte="quoted-printable"), form_subject(cid), sj2_date))

    mj2_date = T("2025-11-10 17:30:06+09:00")
    mj2 = f"""佐藤 美咲 様

大変お待たせいたしました。高橋です。

AWS06120744 および AWS00875432 に登録されていた認定資格・受験履歴を、AWS03360581 へ移行いたしました。移行元の2アカウントは閉鎖済みです。
今後は AWS03360581（m-sato@nifty.com）でサインインしてください。

Credly のバッジは、数日以内に m-sato@nifty.com 宛てに受け取りのご案内が届きます。

本ケースはこれにてクローズとさせていただきます。
今回の対応について、アンケートへのご協力をお願いいたします。

　お問い合わせは解決しましたか？
　はい: https://survey.aws-training.amazon.com/s/jp?case={cid}&r=1
　いいえ: https://survey.aws-training.amazon.com/s/jp?case={cid}&r=0

高橋
AWS トレーニングと認定
"""
    add("aws-form-ms4", lab("merge_completed", cid, [P3["keep"], P3["old1"], P3["old2"]], True, "ja"),
        ses_mail(P3, sjis(mj2), form_subject(cid), mj2_date))

    fw_date = T("2025-11-11 09:05:37+09:00")
    fw = f"""森さん

お疲れさまです。佐藤です。
以前ご相談していた AWS 認定のアカウント重複の件、AWS から完了の連絡が来ましたので転送します。
会社のアドレスで作っていた AWS06120744 は閉鎖され、今後は AWS03360581 に一本化されました。
パートナー登録の認定者リストの更新をお願いできますでしょうか。

佐藤

----- 転送メッセージ -----
差出人: Amazon Web Services <{FORM_ADDR}>
宛先: {P3['mail']}
日付: 2025年11月10日 17:30
件名: {form_subject(cid)}

{mj2}"""
    o = M.generic_origin("mta-snd00011.nifty.com", "106.153.226.41", P3["mail"], dkim=[("nifty.com", "default2048")])
    add("fwd-ms", lab("unrelated", cid, [P3["keep"], P3["old1"]], False, "ja"),
        M.build(M.leaf(fw, cte="quoted-printable"), frm=M.addr(P3["name"], P3["mail"]),
                to=M.addr("森 健太", "kenta.mori@kitamori-dc.co.jp"),
                subject="Fwd: " + form_subject(cid),
                date=fw_date, origin=o, provider="gmail", rcpt="kenta.mori@kitamori-dc.co.jp",
                a=M.auth(hfrom="nifty.com", policy="NONE"), date_tz=JST,
                msgid=f"<{M.rstr('0123456789abcdef', 16)}.{M.rstr('0123456789', 8)}@nifty.com>",
                x_mailer="@nifty Webmail 2.0"))

    # ================================================================ P5 山本 (console, biglobe)
    cid = P5["cid"]
    cc3_date = T("2025-08-02 10:11:40+09:00")
    cc3 = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {cid} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {cid}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
内容: AWS 認定のアカウントが2つあります（AWS04098813、AWS01156742）。どちらも自分のものなので、1つにまとめたいです。

AWS サポートセンターでケースの確認や返信ができます:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用のアドレスから送信されています。ご返信いただいても対応いたしかねますので、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
    add("aws-console-ty1", lab("case_created", cid, [P5["keep"], P5["old"]], True, "ja"),
        ses_mail(P5, M.leaf(cc3, cte="base64"),
                 M.enc_mixed([("Amazon Web Services: ", "us-ascii"), ("新しいサポートケースを作成しました: ", "utf-8"), (cid, "us-ascii")]),
                 cc3_date, frm=aws_console))

    subj5 = jsubj(f"RE:[CASE {cid}] ", "認定アカウントの統合について", "utf-8")
    sj3_date = T("2025-08-04 14:02:11+09:00")
    sj3 = f"""山本 拓也 様

お問い合わせいただきありがとうございます。AWS サポートの田中です。

ご連絡いただいた2つの認定アカウントを確認いたしました。
  AWS04098813（登録メール: t.yamamoto@biglobe.ne.jp、認定: Solutions Architect - Associate、SysOps Administrator - Associate）
  AWS01156742（登録メール: yamamoto.t@fujimi-tech.co.jp、認定: Cloud Practitioner）

手続きに進む前に、どちらのアカウントを今後ご利用になるアカウントとして残すか、ご指定いただけますでしょうか。また、残さない側のアカウントの登録メールアドレスを現在も受信できるかどうかも、あわせてお知らせください。

サポートセンターから本ケースにご返信をお願いいたします。

田中
Amazon Web Services

{console_footer_ja(cid)}
"""
    add("aws-console-ty2", lab("support_reply", cid, [P5["keep"], P5["old"]], True, "ja"),
        ses_mail(P5, M.leaf(sj3, cte="quoted-printable"), subj5, sj3_date, frm=aws_console))

    j3_date = T("2025-08-06 09:31:02+09:00")
    j3_html = M.html_wrap(f"""<p>山本 拓也 様</p>
<p>ご返信ありがとうございます。AWS04098813 を残すとのこと、承知いたしました。<br>
以下の内容で統合を行います。実施前に内容をご確認いただき、問題がなければサポートセンターから「統合に同意します」とご返信ください。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>統合先（残るアカウント）</td><td>AWS04098813</td></tr>
<tr><td>統合元（閉鎖されるアカウント）</td><td>AWS01156742</td></tr>
</table>
<ul>
<li>AWS01156742 の AWS Certified Cloud Practitioner は AWS04098813 に移行されます</li>
<li>統合後に元に戻すことはできません</li>
<li>ご同意をいただくまで、いずれのアカウントにも変更は加えません</li>
</ul>
<p>田中<br>Amazon Web Services</p>
<hr>
{M.text_to_html(console_footer_ja(cid))}""", lang="ja")
    add("aws-console-ty3", lab("merge_confirmation_requested", cid, [P5["keep"], P5["old"]], True, "ja"),
        ses_mail(P5, M.leaf(j3_html, subtype="html", cte="base64"), subj5, j3_date, frm=aws_console))

    sj7_date = T("2025-08-06 09:31:05+09:00")
    sj7 = f"""ケース {cid} に Amazon Web Services から新しい返信が追加されました。

返信内容を確認するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用のアドレスから送信されています。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
    add("aws-console-ty4", lab("support_reply", cid, [], True, "ja"),
        ses_mail(P5, M.leaf(sj7, charset="us-ascii", cte="8bit", encode_as="utf-8"),
                 M.enc_mixed([(f"[Case {cid}] ", "us-ascii"), ("新しい返信が追加されました", "utf-8")]), sj7_date, frm=aws_console))

    mj3_date = T("2025-08-08 16:50:29+09:00")
    mj3 = f"""山本 拓也 様

お待たせいたしました。AWS サポートの田中です。

ご同意いただいた内容のとおり、担当チームでの作業がすべて終わりました。Cloud Practitioner を含むすべての認定は、今後はお客様が残すことを選ばれたアカウントでのみ表示されます。閉鎖されたアカウントにはサインインできなくなっておりますのでご了承ください。

Credly のバッジについても、数日以内に受け取りのご案内が届く予定です。

ほかにご不明な点がございましたら、サポートセンターから本ケースにご返信ください。

田中
Amazon Web Services

{console_footer_ja(cid)}
"""
    add("aws-console-ty5", lab("merge_completed", cid, [], True, "ja"),
        ses_mail(P5, M.leaf(mj3, cte="quoted-printable"), subj5, mj3_date, frm=aws_console))

    ph_date = T("2025-08-12 21:44:10+09:00")
    ph = f"""山本 拓也 様

いつも AWS 認定をご利用いただきありがとうございます。

お客様の認定アカウント AWS04098813 と AWS01156742 の統合手続きが保留状態になっています。
統合は取り消しができないため、お客様ご本人による内容の承認が必要です。

48時間以内に以下のリンクからサインインし、統合内容をご確認のうえ承認してください。期限内に承認されない場合、両アカウントの認定資格が一時的に無効となる可能性があります。

https://aws-nintei-jp.com/account/merge/approve?id={M.rstr('0123456789abcdef', 20)}

AWS 認定サポートセンター
"""
    o = M.generic_origin("smtp.aws-nintei-jp.com", "45.142.212.73", "info@aws-nintei-jp.com")
    add("nintei-support-ty", lab("merge_confirmation_requested", None, [P5["keep"], P5["old"]], False, "ja"),
        M.build(M.leaf(ph, cte="base64"), frm=M.addr("AWS 認定サポート", "support@aws-nintei-jp.com"), to=P5["mail"],
                subject=M.enc_words("【重要】AWS 認定アカウント統合のご承認のお願い（期限: 48時間）", "utf-8"),
                date=ph_date, origin=o, provider="biglobe", rcpt=P5["mail"],
                a=M.auth(dmarc="none", hfrom="aws-nintei-jp.com", spf="pass", dkim="none"), sign_dkim=False,
                date_tz=JST, msgid=f"<{M.rstr('0123456789abcdef', 24)}@aws-nintei-jp.com>"))

    # AWS Organizations / consolidated billing case (different product's accounts)
    cid_b = M.case_id("2025-10-13 16:28:45+09:00", "04120")
    org_date = T("2025-10-14 11:37:02+09:00")
    org = f"""山本 拓也 様

AWS サポートの小川です。お問い合わせいただきありがとうございます。

ご依頼の件について、作業に入る前に以下の内容をご確認ください。

  ・AWS アカウント 3141-5926-5358 を、現在の組織 (o-a81kq2m7zd) から削除します
  ・その後、同アカウントを組織 o-n5x7c3p0tb（管理アカウント: 2718-2818-2845）に招待します
  ・移動後は、同アカウントの利用料金は新しい組織の一括請求 (Consolidated Billing) に含まれます
  ・現在の組織で適用されているサービスコントロールポリシー (SCP) は適用されなくなります

上記の内容で問題がなければ、サポートセンターからご返信ください。ご返信を確認したのち、手続きをご案内いたします。

小川
Amazon Web Services

{console_footer_ja(cid_b)}
"""
    add("aws-console-ty6", lab("unrelated", cid_b, [], True, "ja"),
        ses_mail(P5, M.leaf(org, cte="quoted-printable"),
                 jsubj(f"RE:[CASE {cid_b}] ", "AWS アカウントの組織間の移動について", "utf-8"), org_date, frm=aws_console))

    # ================================================================ P8 中村 (console, OCN)
    cid = P8["cid"]
    subj8 = jsubj(f"RE:[CASE {cid}] ", "AWS認定アカウントの統合依頼", "utf-8")
    sj4_date = T("2025-12-09 11:20:44+09:00")
    sj4 = f"""中村 由紀 様

AWS サポートの木村です。お問い合わせいただきありがとうございます。

ご連絡いただいた認定アカウント AWS05290376 と AWS07461158 を確認いたしましたところ、AWS07461158 は旧姓（井口 由紀 様）で登録されており、現在のアカウントとお名前が一致しておりません。

お手数ですが、ご本人確認のため、以下をサポートセンターから本ケースに添付してお送りください。
  1. 現在のお名前が確認できる公的な顔写真付き身分証明書（運転免許証、パスポート、マイナンバーカードの表面など）の画像
  2. 旧姓から現在のお名前への変更が確認できる書類（戸籍抄本、旧姓併記のある運転免許証など）

※マイナンバー（個人番号）が記載された面は送付しないでください。

書類を確認でき次第、次の手続きについてご案内いたします。

木村
Amazon Web Services

{console_footer_ja(cid)}
"""
    add("aws-console-yn1", lab("support_reply", cid, [P8["keep"], P8["old"]], True, "ja"),
        ses_mail(P8, M.leaf(sj4, cte="base64"), subj8, sj4_date, frm=aws_console))

    sj8_date = T("2025-12-10 10:05:19+09:00")
    sj8 = f"""中村 由紀 様

AWS サポートの木村です。書類のご提出ありがとうございました。現在、確認を進めております。

また、追加でご相談いただいた AWS Skill Builder のアカウント（個人サブスクリプション）の統合につきましては、認定アカウントとは別のシステムで管理されているため、本ケースでは対応いたしかねます。お手数ですが、AWS Skill Builder のヘルプページにあるお問い合わせフォームから、Skill Builder サポートへ別途ご依頼ください。

なお、認定アカウントのほうは、確認が完了しましたら統合の詳細をあらためてご案内いたします。

木村
Amazon Web Services

{console_footer_ja(cid)}
"""
    add("aws-console-yn2", lab("support_reply", cid, [], True, "ja"),
        ses_mail(P8, M.leaf(sj8, cte="quoted-printable"), subj8, sj8_date, frm=aws_console))

    j9_date = T("2025-12-12 15:45:51+09:00")
    j9 = f"""中村 由紀 様

AWS サポートの木村です。
ご提出いただいた書類により、ご本人確認が完了いたしました。ご協力ありがとうございました。

それでは、以下の内容でアカウントを統合させていただきたく存じます。

  残るアカウント: AWS 05290376（中村 由紀 / yuki-n@ocn.ne.jp）
  統合されるアカウント: aws-07461158（井口 由紀 / y.iguchi@sakuradai-u.ac.jp）

統合後、aws-07461158 に記録された認定資格・受験履歴は AWS 05290376 に引き継がれ、aws-07461158 は閉鎖されます。統合は一度実施すると元に戻せません。

この内容で統合を進めてよろしいでしょうか。よろしければ、サポートセンターから本ケースに「同意します」とご返信ください。

木村
Amazon Web Services

{console_footer_ja(cid)}
"""
    add("aws-console-yn3", lab("merge_confirmation_requested", cid, [P8["keep"], P8["old"]], True, "ja"),
        ses_mail(P8, M.leaf(j9, cte="quoted-printable"), subj8, j9_date, frm=aws_console))

    sj5_date = T("2025-12-15 10:30:08+09:00")
    sj5 = f"""中村 由紀 様

AWS サポートの木村です。ご同意のご返信ありがとうございました。

念のため、今回合意いただいた内容を以下にまとめます。
  ・残すアカウント: AWS05290376（中村 由紀）
  ・統合するアカウント: AWS07461158（旧姓: 井口 由紀）
  ・AWS07461158 の認定資格（Cloud Practitioner、Developer - Associate）と試験特典は AWS05290376 に引き継がれます
  ・Credly のバッジは、作業完了後に yuki-n@ocn.ne.jp 宛てに再発行されます

本件はすでに担当チームへ引き継いでおります。お客様に追加でご対応いただくことはございません。作業が終わりましたら、本ケースにてお知らせいたします。

木村
Amazon Web Services

{console_footer_ja(cid)}
"""
    add("aws-console-yn4", lab("support_reply", cid, [P8["keep"], P8["old"]], True, "ja"),
        ses_mail(P8, M.leaf(sj5, cte="base64"), subj8, sj5_date, frm=aws_console))

    mj4_date = T("2025-12-17 13:10:36+09:00")
    mj4 = f"""中村 由紀 様

AWS サポートの木村です。お待たせいたしました。

アカウントの統合作業が完了いたしました。
① AWS07461158 の認定資格・受験履歴は、すべて AWS05290376 に移行済みです
② 試験の50%割引特典も AWS05290376 でご利用いただけます
③ AWS07461158 は閉鎖されたため、今後はサインインできません

Credly のバッジは、1～2日以内に yuki-n@ocn.ne.jp 宛てに受け取りのご案内が届きます。

木村
Amazon Web Services

{console_footer_ja(cid)}
"""
    add("aws-console-yn5", lab("merge_completed", cid, [P8["keep"], P8["old"]], True, "ja"),
        ses_mail(P8, M.leaf(mj4, charset="Shift_JIS", cte="base64", encode_as="cp932"), subj8, mj4_date, frm=aws_console))

    sv2_date = T("2025-12-17 13:12:02+09:00")
    sv2 = f"""中村 由紀 様

AWS サポートをご利用いただきありがとうございます。

ケース {cid} は解決済みとなりました。
今後のサービス向上のため、今回のサポートについて簡単なアンケートにご協力ください（所要時間: 約1分）。

  アンケートに回答する:
  https://console.aws.amazon.com/support/feedback?displayId={cid}&language=ja

ケースを再開する必要がある場合は、14日以内にサポートセンターからご返信ください。

Amazon Web Services
"""
    add("aws-console-yn6", lab("survey", cid, [], True, "ja"),
        ses_mail(P8, M.alternative(M.leaf(sv2, cte="base64"), M.leaf(M.html_wrap(M.text_to_html(sv2), lang="ja"), subtype="html", cte="base64")),
                 M.enc_words("AWS サポート: 今回の対応についてご意見をお聞かせください", "utf-8"), sv2_date, frm=aws_console))

    # ================================================================ P10 小林 (form, Gmail)
    cid = P10["cid"]
    j1_date = T("2026-03-03 11:30:15+09:00")
    j1 = f"""小林 誠 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の山口です。

ご依頼いただいたアカウント統合について、以下の内容で手続きを行う予定です。

  残すアカウント: AWS08312654（makoto.kobayashi.0412@gmail.com）
  統合元のアカウント: AWS02075519（kobayashi.m@aozora-net.co.jp）

統合を行いますと、AWS02075519 の認定資格、試験履歴および特典はすべて AWS08312654 に移され、AWS02075519 は閉鎖されます。統合処理は元に戻すことができませんので、あらかじめご了承ください。

お手数ですが、上記の内容に誤りがないかご確認のうえ、統合を進めてよいか本メールへのご返信にてお知らせください。

山口
AWS トレーニングと認定
"""
    add("aws-form-mk", lab("merge_confirmation_requested", cid, [P10["keep"], P10["old"]], True, "ja"),
        ses_mail(P10, jis(j1), form_subject(cid, re="RE: "), j1_date))

    cm_date = T("2026-03-20 08:15:44+09:00")
    cm = f"""小林 誠 様

AWS Certified Solutions Architect - Professional の再認定、おめでとうございます。

認定の有効期限: 2029年3月19日
受験者 ID: AWS08312654

デジタルバッジは Credly から別途お届けします。認定の詳細や特典は、AWS 認定アカウントからいつでもご確認いただけます。

今後とも AWS 認定をよろしくお願いいたします。

AWS Certification
このメールは送信専用アドレスから送信されています。
"""
    o = M.generic_origin("mail-a15.certmetrics.com", "52.6.180.93", "bounce@certmetrics.com",
                         dkim=[("certmetrics.com", "selector1")])
    add("certmetrics-mk", lab("unrelated", None, [P10["keep"]], False, "ja"),
        M.build(M.alternative(M.leaf(cm, cte="base64"), M.leaf(M.html_wrap(M.text_to_html(cm), lang="ja"), subtype="html", cte="base64")),
                frm=M.addr("AWS Certification", "do-not-reply@certmetrics.com"), to=P10["mail"],
                subject=M.enc_words("AWS 認定: 再認定おめでとうございます", "utf-8"),
                date=cm_date, origin=o, provider="gmail", rcpt=P10["mail"],
                a=M.auth(hfrom="certmetrics.com", policy="NONE"), msgid=f"<{M.uuidish()}@certmetrics.com>"))

    # ================================================================ P11 井上 (form, O365) ja/en alternative
    cid = P11["cid"]
    j7_date = T("2025-10-22 10:45:37+09:00")
    j7_txt = f"""井上 彩 様

AWS トレーニングと認定の中島です。

お問い合わせいただいた2つの認定アカウントについて、以下のとおり統合を行う準備ができました。

  統合先（今後もご利用いただくアカウント）: AWS01482236
  統合元（統合後に閉鎖されるアカウント）: AWS06903317

統合は取り消しができません。内容をご確認いただき、問題がなければ本メールに「承諾します」とご返信ください。ご返信をいただくまで、作業は行いません。

中島
AWS トレーニングと認定
"""
    j7_html = M.html_wrap(f"""<p>井上 彩 様</p>
<p>AWS トレーニングと認定の中島です。</p>
<p>お問い合わせいただいた2つの認定アカウントについて、以下のとおり統合を行う準備ができました。</p>
<p>統合先（今後もご利用いただくアカウント）: <b>AWS01482236</b><br>
統合元（統合後に閉鎖されるアカウント）: <b>AWS06903317</b></p>
<p>統合は取り消しができません。内容をご確認いただき、問題がなければ本メールに「承諾します」とご返信ください。ご返信をいただくまで、作業は行いません。</p>
<p>中島<br>AWS トレーニングと認定</p>
<hr>
<p style="color:#555">[English] Dear Aya Inoue, we are ready to merge certification account AWS06903317 into AWS01482236. A merge cannot be reversed. Please review the details and reply to this email with &ldquo;I agree&rdquo; if they are correct. We will not take any action until we receive your reply.</p>""", lang="ja")
    add("aws-form-ai", lab("merge_confirmation_requested", cid, [P11["keep"], P11["old"]], True, "ja"),
        ses_mail(P11, M.alternative(M.leaf(j7_txt, cte="base64"), M.leaf(j7_html, subtype="html", cte="quoted-printable")),
                 form_subject(cid), j7_date))

    # ================================================================ P12 高橋 (form, no Authentication-Results)
    cid = P12["cid"]
    j8_date = T("2026-04-08 14:00:21+09:00")
    j8 = f"""高橋 翔 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。担当の石井です。

ご依頼のあったアカウントの統合について、対象のアカウントを確認いたしました。

　残すアカウント　：aws09135570（sho-takahashi@ttcn.ne.jp）
　統合するアカウント：aws04627781（s.takahashi@minato-lab.jp）

統合すると aws04627781 は閉鎖され、保有されている認定資格はすべて aws09135570 に引き継がれます。統合処理は取り消しできません。

上記でよろしいか、ご確認のうえご返信いただけますでしょうか。ご返信をいただいてから統合作業を行います。

石井
AWS トレーニングと認定
"""
    add("aws-form-st1", lab("merge_confirmation_requested", cid, [P12["keep"], P12["old"]], None, "ja"),
        ses_mail(P12, sjis(j8), form_subject(cid), j8_date))

    sv3_date = T("2026-04-22 10:00:47+09:00")
    sv3 = f"""高橋 翔 様

AWS トレーニングと認定の石井です。

2026年4月8日にお送りしたメールについて、一定期間ご返信をいただけなかったため、本ケースをクローズいたしました。
引き続きご対応が必要な場合は、14日以内に本メールへご返信いただければケースを再開いたします。

今回の対応について、よろしければアンケートにご協力ください。
  https://survey.aws-training.amazon.com/s/jp?case={cid}

石井
AWS トレーニングと認定
"""
    add("aws-form-st2", lab("survey", cid, [], None, "ja"),
        ses_mail(P12, jis(sv3), form_subject(cid), sv3_date))
