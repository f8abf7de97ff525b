#!/usr/bin/env python3
"""Generator for blind set-28: AWS Certification account-merge mail, avoiding the obvious words."""
import random
from build28 import *

Q = []          # (slug, kwargs)
def M(slug, **kw):
    Q.append((slug, kw))

# ------------------------------------------------------------------ people
PRIYA = ("Priya Raman", "priya.raman@outlook.com")
DANIEL = ("Daniel Okafor", "daniel.okafor@northwind-analytics.com")
KENJI = ("渡辺 健二", "kenji.watanabe.dev@gmail.com")
MISAKI = ("佐藤 美咲", "misaki.sato@nifty.com")
TOMAS = ("Tomás Herrera", "tomas.herrera.m@gmail.com")
LI = ("Li Wei", "liwei@fastmail.com")
EMMA = ("Emma Schultz", "emma.schultz@brightline-consulting.de")
MARCUS = ("Marcus Bell", "marcus@bell-family.net")
TAKUYA = ("山田 拓也", "t-yamada@kaiseki-sys.co.jp")

AWS_FORM = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
AWS_CON = ("Amazon Web Services", "no-reply-aws@amazon.com")
OK_AWS = dict(hfrom="amazon.com")
OK_CREDLY = dict(hfrom="credly.com", p="NONE")

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# ------------------------------------------------------------------ case ids
P = case15("2025-03-11 09:14:22", 814)
D = case15("2025-06-02 13:05:48", 2207)
K = case15("2025-08-19 01:12:07", 371)
MI = case15("2025-10-06 23:40:15", 56)
TO = case15("2025-04-21 18:33:50", 1930)
L = case15("2025-11-17 03:20:41", 4418)
E = case15("2026-01-12 08:02:33", 712)
MB = "12093318457"
BILL = case15("2025-07-08 16:47:02", 3305)
EC2 = case15("2026-02-03 05:18:44", 98)
SELLER = "7731582046"

def console_footer(cid, lang="en"):
    return (f"\nTo see the file or image attachments and respond, please sign in to your account, and then go to the AWS Support Center using the following URL:\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")

def console_footer_ja(cid):
    return (f"\n添付ファイルや画像の表示およびご返信は、アカウントにサインインのうえ、以下の URL から AWS サポートセンターにアクセスしてください。\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n\n"
            "※このメールは送信専用アドレスから送信されています。このメールに返信いただいても対応できませんので、上記リンクからサポートセンターにてご返信ください。\n\n"
            "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。"
            "このメッセージは Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210 によって作成、配信されました。\n")

FORM_FOOTER = ("\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
               "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")

CREDLY_FOOTER = ("\n--\nQuestions about this badge? Contact Amazon Web Services Training and Certification: https://www.aws.training/support\n"
                 "You are receiving this e-mail because an organization uses Credly to recognize your achievements.\n"
                 "Manage notification settings: https://www.credly.com/earner/settings/notifications\n"
                 "Credly by Pearson | Privacy Policy https://www.credly.com/privacy | Terms https://www.credly.com/terms\n")

# =================================================================== PRIYA (outlook.com, form desk)
M("priya-form-desk-note", kind="case_created", lang="en", case_id=P, sv=True, to=PRIYA, frm=AWS_FORM,
  snd=ses(31), style="outlook", auth=OK_AWS, date="2025-03-11 09:14:29",
  subject=f"Thanks for contacting AWS Training and Certification [Ref: {P}]",
  body=f"""Hello Priya,

Thanks for getting in touch with AWS Training and Certification. This note is just to let you know that your message reached us and is now in the queue for our Certification team.

  Reference number: {P}
  Topic: Certification > Account Merge
  AWS candidate ID you gave us: AWS04418273

One of our specialists will get back to you at this address, normally within 24 hours. If you need to add anything, reply to this e-mail and keep the reference number in the subject line. Please don't fill in the form a second time for the same request, as a duplicate only slows things down.

Kind regards,
AWS Training and Certification
Amazon Web Services

This message was generated automatically.
""" + FORM_FOOTER, cte="quoted-printable")

P2_TEXT = f"""Hello Priya,

Thank you for your patience. I've looked up both profiles you mentioned, and this is what I'm planning to do:

  Profile that stays:     AWS04418273 (sign-in e-mail priya.raman@outlook.com)
  Profile that goes away: AWS09126654 (sign-in e-mail priya.r@contoso-retail.com)

All certifications, exam history and benefits held on AWS09126654 would be moved onto AWS04418273, and AWS09126654 would then be closed for good. This can't be reversed afterwards, so before I press the button: is this what you want?

If everything above looks right, simply reply to this e-mail with a short "yes, go ahead". If you would rather keep the other profile, tell me and I'll swap them around.

Best regards,
Harriet M.
AWS Training and Certification Support
Amazon Web Services
"""
M("priya-agent-harriet-1", kind="merge_confirmation_requested", lang="en", case_id=P, sv=True, to=PRIYA, frm=AWS_FORM,
  snd=ses(36), style="outlook", auth=OK_AWS, date="2025-03-12 14:40:11",
  subject=f"RE:[CASE {P}] {FORM_SUBJ}",
  body=P2_TEXT + FORM_FOOTER, cte="base64")

M("priya-agent-harriet-2", kind="merge_completed", lang="en", case_id=P, sv=True, to=PRIYA, frm=AWS_FORM,
  snd=ses(36), style="outlook", auth=OK_AWS, date="2025-03-13 07:22:40",
  subject=f"RE:[CASE {P}] {FORM_SUBJ}",
  body=f"""Hi Priya,

Thanks for the quick go-ahead. Your certification records now sit under AWS04418273, and the duplicate profile (AWS09126654) has been retired. From now on, please sign in to the Certification portal with priya.raman@outlook.com only.

It can take up to 24 hours before your transcript and the Benefits page show everything. If a certification still looks missing after that, just reply here and I'll take another look.

Best regards,
Harriet M.
AWS Training and Certification Support
Amazon Web Services
""",
  quoted=f"""
________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: Wednesday, March 12, 2025 4:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {P}] {FORM_SUBJ}

Yes, go ahead. Thanks a lot!

Priya
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 12, 2025 3:40 PM
To: Priya Raman <priya.raman@outlook.com>
Subject: RE:[CASE {P}] {FORM_SUBJ}

{P2_TEXT}""" + FORM_FOOTER, cte="quoted-printable")

M("priya-form-desk-feedback", kind="survey", lang="en", case_id=P, sv=True, to=PRIYA, frm=AWS_FORM,
  snd=ses(9), style="outlook", auth=OK_AWS, date="2025-03-13 07:23:05",
  subject=f"How did we do? Your AWS Training and Certification request {P}",
  fmt="alt",
  body=f"""Hello Priya,

We've marked your request {P} as resolved.

How did we do? Two quick questions, under a minute:

Was your issue resolved?
  YES: https://support.aws.training/feedback?ref={P}&q1=yes
  NO:  https://support.aws.training/feedback?ref={P}&q1=no

How likely are you to recommend AWS Training and Certification support to a colleague (0 = not at all, 10 = very likely)?
https://support.aws.training/feedback?ref={P}&q=nps

Your answers go straight to the team that helped you and are used to improve our service.

AWS Training and Certification
""" + FORM_FOOTER,
  html=f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Priya,</p>
<p>We've marked your request <b>{P}</b> as resolved.</p>
<p><b>How did we do?</b> Two quick questions, under a minute:</p>
<table cellpadding="8" style="border:1px solid #d5dbdb"><tr><td>Was your issue resolved?</td>
<td><a href="https://support.aws.training/feedback?ref={P}&amp;q1=yes" style="background:#ff9900;color:#fff;padding:6px 18px;text-decoration:none">YES</a></td>
<td><a href="https://support.aws.training/feedback?ref={P}&amp;q1=no" style="background:#545b64;color:#fff;padding:6px 18px;text-decoration:none">NO</a></td></tr></table>
<p>How likely are you to recommend AWS Training and Certification support to a colleague?</p>
<p>""" + " ".join(f'<a href="https://support.aws.training/feedback?ref={P}&amp;nps={i}">{i}</a>' for i in range(11)) + """</p>
<p style="color:#687078;font-size:12px">Your answers go straight to the team that helped you and are used to improve our service.</p>
<p style="color:#687078;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>""")

M("priya-credly-moved", kind="credly_badge_issued", lang="en", case_id=None, sv=True, to=PRIYA,
  frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
  snd=sendgrid("credly.com", PRIYA[1]), style="outlook", auth=OK_CREDLY, date="2025-03-14 02:51:17",
  msgid="<67d399f5a81c4_2b9c1f3e4a7d018412@credly-mailer-7f9d8c6b5-xk2pq.mail>",
  subject="Priya, your badges have moved to this account",
  fmt="alt",
  body="""Hi Priya,

Amazon Web Services Training and Certification has transferred the badges from your previous AWS Certification profile to the Credly account for priya.raman@outlook.com:

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect – Associate

They're waiting for you. Accept them to display them on your Credly profile and share them on LinkedIn.

Accept your badges: https://www.credly.com/earner/earned?utm_source=transfer_email
""" + CREDLY_FOOTER,
  html="""<html><body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/aws-logo.png" alt="AWS Training and Certification" width="120"></td></tr>
<tr><td style="padding:0 24px"><h2 style="color:#232f3e">Hi Priya, your badges have a new home</h2>
<p>Amazon Web Services Training and Certification has transferred the badges from your previous AWS Certification profile to this Credly account.</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned?utm_source=transfer_email" style="display:inline-block;background:#0c7bdc;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badges</a></p>
</td></tr><tr><td style="padding:24px;font-size:11px;color:#888">Credly by Pearson &middot; <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></td></tr></table></body></html>""",
  cte="quoted-printable")

# phishing to Priya: spoofed amazon.com, topmost A-R dmarc=fail, a forged lower A-R says pass
M("priya-re-case-portal", kind="merge_confirmation_requested", lang="en", case_id="1741990213", sv=False, to=PRIYA, frm=AWS_FORM,
  snd=plain_sender("mail.secure-relay-77.com", "185.234.72.19", "bounce@secure-relay-77.com", [("secure-relay-77.com", "default")]),
  style="outlook", auth=dict(hfrom="amazon.com", dkim="none", spf="fail", dmarc="fail"),
  forged="mx.amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com",
  date="2025-03-20 11:02:44", msgid="<20250320110244.7731.AWS-TC@amazon.com>", dkim=False,
  subject=f"RE:[CASE 1741990213] {FORM_SUBJ}",
  body="""Dear Candidate,

We are contacting you regarding your request to merge your AWS Certification accounts.

  Primary account (kept): AWS04418273
  Secondary account (merged): AWS09126654

Please confirm the merge within 24 hours by signing in with your AWS Certification credentials at the secure portal below. Unconfirmed requests are cancelled and both accounts may be locked.

  Confirm merge: https://aws-tc-portal.support-login.net/confirm?case=1741990213

Regards,
AWS Training & Certification Team
""", cte="7bit", cs="us-ascii")

# =================================================================== DANIEL (O365 corporate, console)
M("daniel-console-opened", kind="case_created", lang="en", case_id=D, sv=True, to=DANIEL, frm=AWS_CON,
  snd=ses(124), style="outlook", auth=OK_AWS, date="2025-06-02 13:05:55",
  subject=f"Amazon Web Services: You have opened a new Support case: {D}",
  body=f"""Thank you for contacting Amazon Web Services. We have opened case {D} to address your issue.

The details of your case are as follows:

Case ID: {D}
Subject: Three AWS Certification profiles - need a single one
Severity: General guidance
Correspondence: I have three candidate profiles from different employers and would like to keep only my current one. Details in the attached notes.
""" + console_footer(D), cte="quoted-printable")

M("daniel-console-reply-which", kind="support_reply", lang="en", case_id=D, sv=True, to=DANIEL, frm=AWS_CON,
  snd=ses(124), style="outlook", auth=OK_AWS, date="2025-06-03 09:31:12",
  subject=f"RE:[CASE {D}] Three AWS Certification profiles - need a single one",
  body=f"""Hello Daniel,

Thank you for contacting AWS Training and Certification. I'm happy to help merge your certification accounts.

I was able to find three certification accounts that appear to belong to you:

  1. aws-10044512 - d.okafor.cloud@gmail.com
  2. AWS 13390075 - dokafor@lakeside-logistics.example
  3. AWS11820937 - daniel.okafor@northwind-analytics.com

Before we can merge them, please confirm which account you want to keep as your primary account. The other two will be merged into it. Please also confirm the e-mail address you want to use for notifications on the primary account.

Once we have this information, we will send you a summary of the merge for your final confirmation.

We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.

Best regards,
Sandeep K.
Amazon Web Services
""" + console_footer(D), cte="quoted-printable")

M("daniel-console-new-correspondence", kind="support_reply", lang="en", case_id=D, sv=True, to=DANIEL, frm=AWS_CON,
  snd=ses(110), style="outlook", auth=OK_AWS, date="2025-06-04 15:12:09",
  subject=f"[Case {D}] New correspondence added",
  body=f"""Hello,

A new correspondence has been added to your AWS Support case {D}.

To view and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={D}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", cte="7bit", cs="us-ascii")

M("daniel-console-reply-plan", kind="merge_confirmation_requested", lang="en", case_id=D, sv=True, to=DANIEL, frm=AWS_CON,
  snd=ses(110), style="outlook", auth=OK_AWS, date="2025-06-04 15:12:03",
  subject=f"RE:[CASE {D}] Three AWS Certification profiles - need a single one",
  body=f"""Hi Daniel,

Thanks for getting back to me so quickly. Here's the plan, based on your answer:

  * AWS11820937 (daniel.okafor@northwind-analytics.com) stays as your one and only profile.
  * AWS10044512 and AWS13390075 get folded into it: their certifications, exam history and vouchers carry over, and both are then shut down.

There is no undo once this runs, so I'd like to hear it from you before I start. Give me a thumbs up on the above (a one-line answer in the Support Center is plenty) and I'll take it from there. If anything in the list is wrong, tell me what to change.

Best regards,
Sandeep K.
Amazon Web Services
""" + console_footer(D), cte="base64")

M("daniel-console-reply-proceed", kind="support_reply", lang="en", case_id=D, sv=True, to=DANIEL, frm=AWS_CON,
  snd=ses(53), style="outlook", auth=OK_AWS, date="2025-06-05 08:47:30",
  subject=f"RE:[CASE {D}] Three AWS Certification profiles - need a single one",
  body=f"""Hello Daniel,

Thank you for confirming. We will now proceed with the merge of AWS10044512 and AWS13390075 into AWS11820937.

The merge usually takes one to three business days. Once the merge is complete, we will let you know here, and your Credly badges should follow within two business days after that. Please do not take or schedule an exam on any of the three accounts until then.

Best regards,
Sandeep K.
Amazon Web Services
""" + console_footer(D), cte="quoted-printable")

M("daniel-console-reply-final", kind="merge_completed", lang="en", case_id=D, sv=True, to=DANIEL, frm=AWS_CON,
  snd=ses(53), style="outlook", auth=OK_AWS, date="2025-06-06 17:05:51",
  subject=f"RE:[CASE {D}] Three AWS Certification profiles - need a single one",
  body=f"""Hi Daniel,

You're all set. Everything that lived on AWS10044512 and AWS13390075 (five certifications, your exam history and the unused 50% voucher) is now part of AWS11820937, and the two older profiles can no longer be used to sign in. Your transcript already shows the full list on my side.

As this resolves your request, I'll close it now. If anything looks off, just reopen it from the Support Center.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Sandeep K.
Amazon Web Services
""" + console_footer(D), cte="quoted-printable")

M("daniel-credly-three", kind="credly_badge_issued", lang="en", case_id=None, sv=True, to=DANIEL,
  frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
  snd=sendgrid("credly.com", DANIEL[1]), style="outlook", auth=OK_CREDLY, date="2025-06-09 04:12:38",
  msgid="<6846602e1d3b7_4c1e9b2a7f3d5206@credly-mailer-7f9d8c6b5-q8wzt.mail>",
  subject="Daniel, 3 badges just landed in your Credly wallet 🎉", subj_q=True,
  fmt="html", cte="quoted-printable",
  html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;padding:0;background:#eef1f4">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;color:#333">
<tr><td style="padding:28px 32px 8px"><img src="https://images.credly.com/size/110x110/images/aws-tc.png" width="64" alt="AWS"></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:22px">3 badges are ready for you, Daniel</h1>
<p>Following the consolidation of your AWS Certification profiles, Amazon Web Services Training and Certification has placed these badges in your Credly account:</p>
<table cellpadding="6"><tr><td>&#9679; AWS Certified Solutions Architect &ndash; Professional</td></tr>
<tr><td>&#9679; AWS Certified DevOps Engineer &ndash; Professional</td></tr>
<tr><td>&#9679; AWS Certified Security &ndash; Specialty</td></tr></table>
<p style="padding:16px 0"><a href="https://www.credly.com/earner/earned?utm_campaign=badge_transfer" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:24px;text-decoration:none;font-weight:bold">Accept your badges</a></p>
<p style="font-size:13px">Once accepted, you can share them on LinkedIn, add them to your e-mail signature, or download a certificate.</p></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#8a8a8a;border-top:1px solid #eee">You are receiving this e-mail because an organization uses Credly to recognize your achievements.<br>
<a href="https://www.credly.com/earner/settings/notifications">Notification settings</a> &middot; Credly by Pearson</td></tr>
</table></td></tr></table></body></html>""")

M("daniel-billing-closed", kind="unrelated", lang="en", case_id=BILL, sv=True, to=DANIEL, frm=AWS_CON,
  snd=ses(23), style="outlook", auth=OK_AWS, date="2025-07-10 19:30:02",
  subject=f"RE:[CASE {BILL}] Unexpected NAT Gateway charges on June invoice",
  body=f"""Hello Daniel,

I'm glad we could get to the bottom of the NAT Gateway charges. As discussed, the credit of USD 412.86 has been applied to account 4417-2093-8856 and will appear on your July invoice.

Since your case is now complete, I will go ahead and mark it as resolved. If you have more questions about your bill, you can reopen this case within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Maria G.
Amazon Web Services
Billing and Accounts
""" + console_footer(BILL), cte="quoted-printable")

M("daniel-github-pr-482", kind="unrelated", lang="en", case_id=None, sv=False, to=DANIEL,
  frm=("Kai Nakamura", "notifications@github.com"),
  snd=plain_sender("out-26.smtp.github.com", "192.30.252.209", "noreply@github.com", [("github.com", "pf2023")]),
  style="outlook", auth=dict(hfrom="github.com", p="REJECT"), date="2025-06-05 10:14:27",
  msgid="<northwind/cert-portal/pull/482/issue_event/17735544121@github.com>",
  irt="<northwind/cert-portal/pull/482@github.com>",
  subject="Re: [northwind/cert-portal] Complete account merge flow with confirm dialog (PR #482)",
  fmt="alt",
  body="""Merged #482 into main.

@kai-nakamura: Done. The account merge flow is now complete: users get a confirm dialog before the merge runs, and the merge-complete page links back to the profile.

—
Reply to this email directly, view it on GitHub: https://github.com/northwind/cert-portal/pull/482#event-17735544121
You are receiving this because you were mentioned.
""",
  html="""<p>Merged <a href="https://github.com/northwind/cert-portal/pull/482">#482</a> into main.</p>
<p><a href="https://github.com/kai-nakamura">@kai-nakamura</a>: Done. The account merge flow is now complete: users get a confirm dialog before the merge runs, and the merge-complete page links back to the profile.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/northwind/cert-portal/pull/482#event-17735544121">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""",
  extra=[("List-ID", "northwind/cert-portal <cert-portal.northwind.github.com>"), ("X-GitHub-Reason", "mention")],
  cte="quoted-printable", dkim=True)

# phishing survey to Daniel (look-alike, no DMARC record)
M("daniel-feedback-reward", kind="survey", lang="en", case_id=D, sv=False, to=DANIEL,
  frm=("AWS Support Feedback", "feedback@aws-supportcenter.co"),
  snd=plain_sender("mta3.aws-supportcenter.co", "45.133.216.44", "bounce@aws-supportcenter.co", [("aws-supportcenter.co", "mail")]),
  style="outlook", auth=dict(hfrom="aws-supportcenter.co", dmarc="bestguesspass"), date="2025-06-07 06:40:18",
  msgid="<a1f3c9e2.5d7b.4e61@aws-supportcenter.co>",
  subject="🎁 How was your support experience? A $50 thank-you is waiting",
  fmt="html", cte="base64",
  html=f"""<html><body style="font-family:Arial">
<p>Dear customer,</p>
<p>Your support request <b>{D}</b> with Amazon Web Services has been closed.</p>
<p>Tell us how we did in 3 short questions and receive a <b>$50 Amazon gift card</b> as a thank-you.</p>
<p><a href="http://aws-supportcenter.co/feedback/claim?id={D}">Share your feedback &amp; claim reward</a></p>
<p>You will need to sign in with your AWS account to receive the gift card. Offer valid 24 hours.</p>
<p>Amazon Web Services Customer Experience</p></body></html>""")

# =================================================================== KENJI (gmail, Japanese console)
M("kenji-console-opened", kind="case_created", lang="ja", case_id=K, sv=True, to=KENJI, frm=AWS_CON,
  snd=ses(202), style="gmail", auth=OK_AWS, date="2025-08-19 01:12:14",
  subject=f"Amazon Web Services: 新しいサポートケースが作成されました: {K}",
  body=f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {K} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {K}
件名: 認定アカウントの統合について
重要度: 一般的なガイダンス
""" + console_footer_ja(K), cte="base64")

M("kenji-console-reply-info", kind="support_reply", lang="ja", case_id=K, sv=True, to=KENJI, frm=AWS_CON,
  snd=ses(202), style="gmail", auth=OK_AWS, date="2025-08-20 02:05:44",
  subject=f"RE:[CASE {K}] 認定アカウントの統合について",
  body=f"""渡辺 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の小林です。

お知らせいただいた 2 つのアカウント(AWS20577316 および aws27741908)について確認いたしましたが、aws27741908 には通知先メールアドレスが登録されておらず、ご本人様のアカウントであることを確認できませんでした。

お手数ですが、以下の情報をサポートセンターからお知らせください。
・aws27741908 の作成時にご利用になったメールアドレス
・最後に受験された試験名とおおよその受験日
・統合後に残したいアカウント

情報をいただき次第、次の手順をご案内いたします。

よろしくお願いいたします。
小林
Amazon Web Services
""" + console_footer_ja(K), cte="quoted-printable")

M("kenji-console-reply-plan", kind="merge_confirmation_requested", lang="ja", case_id=K, sv=True, to=KENJI, frm=AWS_CON,
  snd=ses(11), style="gmail", auth=OK_AWS, date="2025-08-21 06:33:02",
  subject=f"RE:[CASE {K}] 認定アカウントの統合について",
  body=f"""渡辺 様

情報のご提供ありがとうございました。いただいた内容をもとに、以下のとおり作業を行う予定です。

  残すアカウント: AWS20577316(kenji.watanabe.dev@gmail.com)
  取り込まれて閉鎖されるアカウント: AWS27741908(k-watanabe@old-isp.ne.jp)

AWS27741908 の認定資格、受験履歴、特典はすべて AWS20577316 に引き継がれ、AWS27741908 は利用できなくなります。この作業は後から元に戻すことができません。

上記の内容で進めてよろしいでしょうか。問題がなければ、サポートセンターから「この内容で進めてください」とご返信ください。

よろしくお願いいたします。
小林
Amazon Web Services
""" + console_footer_ja(K), cte="base64")

M("kenji-console-reply-moved", kind="merge_completed", lang="ja", case_id=K, sv=True, to=KENJI, frm=AWS_CON,
  snd=ses(11), style="gmail", auth=OK_AWS, date="2025-08-22 08:18:29",
  subject=f"RE:[CASE {K}] 認定アカウントの統合について",
  fmt="alt",
  body=f"""渡辺 様

ご返信ありがとうございました。

AWS27741908 に登録されていた認定資格、受験履歴、特典は、すべて AWS20577316 へ移行いたしました。旧アカウントは本日付けで閉鎖しておりますので、今後は kenji.watanabe.dev@gmail.com でサインインしてください。

認定資格の一覧や特典ページへの反映には最大 24 時間ほどかかる場合があります。Credly のバッジは数日以内に新しいアカウントに届く予定です。

本件はこれにてクローズさせていただきます。今回の対応について、サポートセンターの星マークから評価をお寄せいただけますと幸いです。

小林
Amazon Web Services
""" + console_footer_ja(K),
  html=f"""<html><body><div style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px">
<p>渡辺 様</p><p>ご返信ありがとうございました。</p>
<p>AWS27741908 に登録されていた認定資格、受験履歴、特典は、すべて AWS20577316 へ移行いたしました。旧アカウントは本日付けで閉鎖しておりますので、今後は kenji.watanabe.dev@gmail.com でサインインしてください。</p>
<p>認定資格の一覧や特典ページへの反映には最大 24 時間ほどかかる場合があります。Credly のバッジは数日以内に新しいアカウントに届く予定です。</p>
<p>本件はこれにてクローズさせていただきます。今回の対応について、サポートセンターの星マークから評価をお寄せいただけますと幸いです。</p>
<p>小林<br>Amazon Web Services</p>
<p style="font-size:12px;color:#666"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={K}&amp;language=ja">サポートセンターでケースを表示</a></p>
</div></body></html>""", cte="quoted-printable")

M("kenji-console-anketo", kind="survey", lang="ja", case_id=K, sv=True, to=KENJI, frm=AWS_CON,
  snd=ses(9), style="gmail", auth=OK_AWS, date="2025-08-25 00:02:51",
  subject="AWS サポートに関するアンケートのお願い",
  body=f"""Amazon Web Services をご利用いただきありがとうございます。

先日クローズされたケース {K}「認定アカウントの統合について」に関して、簡単なアンケートへのご協力をお願いいたします。所要時間は 1 分ほどです。

問題は解決しましたか?
  はい: https://aws.amazon.com/support/feedback?displayId={K}&resolved=yes&lang=ja
  いいえ: https://aws.amazon.com/support/feedback?displayId={K}&resolved=no&lang=ja

いただいたご意見は、サポート品質の向上のために活用させていただきます。

※このメールは送信専用アドレスから送信されています。
""", cte="base64")

M("kenji-acclaim-claim", kind="credly_badge_issued", lang="en", case_id=None, sv=True, to=KENJI,
  frm=("Amazon Web Services Training and Certification via Acclaim", "admin@youracclaim.com"),
  snd=sendgrid("youracclaim.com", KENJI[1]), style="gmail", auth=dict(hfrom="youracclaim.com", p="NONE"),
  date="2025-08-24 21:40:07", msgid="<68ab86c7b2f51_6e3a1d9c4b8f2093@acclaim-mailer-6c8b7d9f4-m2vrn.mail>",
  subject="Claim your AWS Certified Developer - Associate badge",
  fmt="alt",
  body="""Hello Kenji,

Amazon Web Services Training and Certification would like to recognize your achievement.

AWS Certified Developer - Associate
Earners of this certification have a comprehensive understanding of application life-cycle management...

Claim your badge: https://www.youracclaim.com/badges/5d0c7e5a-1c9f-4f2b-9a57-2f1e3b8c6d40/accept

This badge was moved to your account after your AWS Certification profiles were brought together. Badges that are not claimed remain pending.
""" + CREDLY_FOOTER,
  html="""<table width="600" style="font-family:Arial"><tr><td>
<p>Hello Kenji,</p><p>Amazon Web Services Training and Certification would like to recognize your achievement.</p>
<p><b>AWS Certified Developer - Associate</b><br>Earners of this certification have a comprehensive understanding of application life-cycle management...</p>
<p><a href="https://www.youracclaim.com/badges/5d0c7e5a-1c9f-4f2b-9a57-2f1e3b8c6d40/accept" style="background:#0b6fc1;color:#fff;padding:10px 24px;text-decoration:none">Claim your badge</a></p>
<p style="font-size:12px">This badge was moved to your account after your AWS Certification profiles were brought together. Badges that are not claimed remain pending.</p>
</td></tr></table>""", cte="quoted-printable")

# phishing Credly look-alike to Kenji
M("kenji-badge-accept-now", kind="credly_badge_issued", lang="en", case_id=None, sv=False, to=KENJI,
  frm=("Credly Badges", "badges@credly-notifications.com"),
  snd=plain_sender("srv1.credly-notifications.com", "91.215.85.147", "noreply@credly-notifications.com", [("credly-notifications.com", "k1")]),
  style="gmail", auth=dict(hfrom="credly-notifications.com", p="NONE", spf="softfail"),
  date="2025-08-26 13:55:40", msgid="<20250826135540.81C2A3F0@credly-notifications.com>",
  subject="Your new badge from Amazon Web Services is waiting",
  fmt="html", cte="base64",
  html="""<html><body style="font-family:Arial">
<p>Hi,</p>
<p>Amazon Web Services Training and Certification has a new digital badge waiting for you: <b>AWS Certified Developer &ndash; Associate</b>.</p>
<p>To accept it, sign in with your AWS Certification account (email and password) on the page below. Pending badges are removed after 72 hours.</p>
<p><a href="http://credly-notifications.com/accept?u=kenji.watanabe.dev">Accept badge</a></p>
<p>Credly Team</p></body></html>""")

# phishing support reply (spoofed amazon.com) to Kenji, English
M("kenji-re-case-identity", kind="support_reply", lang="en", case_id="1755569527", sv=False, to=KENJI, frm=AWS_FORM,
  snd=plain_sender("vps-4412.hostnode.ru", "194.58.113.20", "www-data@vps-4412.hostnode.ru", [("hostnode.ru", "x")]),
  style="gmail", auth=dict(hfrom="amazon.com", dkim="none", spf="softfail", dmarc="fail"),
  date="2025-08-20 19:44:12", msgid="<5f2b1c0e9a7d4@vps-4412.hostnode.ru>", dkim=False,
  subject=f"RE:[CASE 1755569527] {FORM_SUBJ}",
  body="""Hello,

To proceed with the account merge we must verify that you are the owner of both certification accounts.

Please reply to this e-mail with:
 - the password of your AWS Certification account
 - your date of birth
 - a photo of your ID card

Without this information the merge cannot be processed and the request will be closed.

Best regards,
AWS Certification Support
""", cte="7bit", cs="us-ascii")

M("kenji-ec2-quota-ja", kind="unrelated", lang="ja", case_id=EC2, sv=True, to=KENJI, frm=AWS_CON,
  snd=ses(133), style="gmail", auth=OK_AWS, date="2026-02-03 05:18:51",
  subject=f"Amazon Web Services: 新しいサポートケースが作成されました: {EC2}",
  body=f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {EC2} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {EC2}
件名: サービスクォータの引き上げ: EC2 オンデマンド Standard インスタンス (ap-northeast-1)
重要度: 一般的なガイダンス
内容: 新しい値 256 vCPU をリクエストします。

引き上げリクエストは受け付け済みです。承認され次第、このケースでお知らせいたします。
""" + console_footer_ja(EC2), cte="quoted-printable")

# =================================================================== MISAKI (nifty, Japanese form)
M("misaki-form-uketsuke", kind="case_created", lang="ja", case_id=MI, sv=True, to=MISAKI, frm=AWS_FORM,
  snd=ses(91 if False else 23), style="nifty", auth=OK_AWS, date="2025-10-06 23:40:24",
  subject=f"【AWS トレーニングと認定】お問い合わせありがとうございます(お問い合わせ番号:{MI})",
  subj_cs="iso-2022-jp",
  body=f"""佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせフォームからの送信内容をお知らせする自動配信メールです。

お問い合わせ番号: {MI}
お問い合わせの種類: 認定 > アカウントの統合
AWS 候補者 ID: AWS31190482

担当者より、通常 24 時間以内に本メールアドレス宛てにご連絡いたします。
追加の情報がございましたら、件名のお問い合わせ番号を変えずに本メールへご返信ください。
同じ内容で重複してお問い合わせいただきますと、ご回答が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定
Amazon Web Services
""", cs="iso-2022-jp", cte="7bit")

M2_TEXT = f"""佐藤 様

AWS トレーニングと認定の田中でございます。お問い合わせいただいた件につきまして、以下の内容でアカウントを統合いたします。

  統合先(残るアカウント): AWS31190482 / misaki.sato@nifty.com
  統合元(閉鎖するアカウント): AWS 35502267 / m.sato@univ-mail.example.ac.jp

統合後は、統合元アカウントの認定資格・受験履歴・特典がすべて統合先へ移ります。
統合は取り消しができませんので、内容をご確認のうえ、問題がなければ本メールへ
「上記の内容で統合をお願いします」とご返信ください。

田中
AWS トレーニングと認定 サポート
"""
M("misaki-form-tanaka-1", kind="merge_confirmation_requested", lang="ja", case_id=MI, sv=True, to=MISAKI, frm=AWS_FORM,
  snd=ses(48 if False else 36), style="nifty", auth=OK_AWS, date="2025-10-08 00:12:39",
  subject=f"RE:[CASE {MI}] {FORM_SUBJ}",
  body=M2_TEXT, cs="iso-2022-jp", cte="7bit")

M("misaki-form-tanaka-2", kind="support_reply", lang="ja", case_id=MI, sv=True, to=MISAKI, frm=AWS_FORM,
  snd=ses(36), style="nifty", auth=OK_AWS, date="2025-10-08 02:30:05",
  subject=f"RE:[CASE {MI}] {FORM_SUBJ}",
  body="""佐藤 様

ご確認いただき、ありがとうございます。
ご返信いただいた内容で、これより統合作業を進めてまいります。

通常 1~2 営業日ほどで完了いたします。完了しましたら、改めて本メールアドレス宛てにご連絡いたします。
それまでの間、どちらのアカウントでも試験の予約は行わないようお願いいたします。

田中
AWS トレーニングと認定 サポート
""",
  quoted="""
2025年10月8日(水) 9:15 佐藤 美咲 <misaki.sato@nifty.com>:
> 田中様
>
> ご連絡ありがとうございます。
> 上記の内容で統合をお願いします。
>
> 佐藤
>
> > 佐藤 様
> >
> > 統合先(残るアカウント): AWS31190482 / misaki.sato@nifty.com
> > 統合元(閉鎖するアカウント): AWS 35502267 / m.sato@univ-mail.example.ac.jp
> >
> > 統合は取り消しができませんので、内容をご確認のうえご返信ください。
""", cs="iso-2022-jp", cte="7bit")

M("misaki-form-tanaka-3", kind="merge_completed", lang="ja", case_id=MI, sv=True, to=MISAKI, frm=AWS_FORM,
  snd=ses(77 if False else 31), style="nifty", auth=OK_AWS, date="2025-10-09 05:47:18",
  subject=f"RE:[CASE {MI}] {FORM_SUBJ}",
  body="""佐藤 様

お待たせいたしました。アカウントの統合が完了しました。

  ① 認定資格(AWS Certified Solutions Architect - Associate ほか 2 件)
  ② 受験履歴
  ③ 特典(次回試験 50% 割引バウチャー)

上記はすべて AWS31190482 に統合され、旧アカウント AWS35502267 は無効となりました。
反映まで最大 24 時間～48 時間ほどかかる場合がございます。

Credly のバッジにつきましては、数日以内に Credly から別途メールが届きます。

田中
AWS トレーニングと認定 サポート
""", cs="shift_jis", codec="cp932", label="Shift_JIS", cte="8bit")

M("misaki-form-goiken", kind="survey", lang="ja", case_id=MI, sv=True, to=MISAKI, frm=AWS_FORM,
  snd=ses(9), style="nifty", auth=OK_AWS, date="2025-10-09 05:48:02",
  subject=f"お問い合わせ番号 {MI} についてご意見をお聞かせください",
  fmt="html", cte="base64",
  html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>佐藤 美咲 様</p>
<p>このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。<br>
お問い合わせ番号 <b>{MI}</b> は解決済みとしてクローズいたしました。</p>
<p>今回の対応はいかがでしたか? ひとことでも構いませんので、ご意見をお聞かせください。</p>
<table cellpadding="8"><tr>
<td><a href="https://support.aws.training/feedback?ref={MI}&amp;s=5&amp;lang=ja">とても満足</a></td>
<td><a href="https://support.aws.training/feedback?ref={MI}&amp;s=4&amp;lang=ja">満足</a></td>
<td><a href="https://support.aws.training/feedback?ref={MI}&amp;s=3&amp;lang=ja">普通</a></td>
<td><a href="https://support.aws.training/feedback?ref={MI}&amp;s=2&amp;lang=ja">不満</a></td>
<td><a href="https://support.aws.training/feedback?ref={MI}&amp;s=1&amp;lang=ja">とても不満</a></td></tr></table>
<p style="font-size:12px;color:#687078">本メールは送信専用です。ご返信いただいてもお答えできません。</p>
</body></html>""")

M("misaki-credly-ja", kind="credly_badge_issued", lang="ja", case_id=None, sv=True, to=MISAKI,
  frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
  snd=sendgrid("credly.com", MISAKI[1]), style="nifty", auth=OK_CREDLY, date="2025-10-11 03:09:55",
  msgid="<6709c8a3e4b2f_1f7a3c9d2e5b8844@credly-mailer-7f9d8c6b5-h7tzd.mail>",
  subject="佐藤さん、新しいバッジを受け取りましょう",
  fmt="alt",
  body="""佐藤 美咲 さん

Amazon Web Services Training and Certification から、次のバッジがあなたの Credly アカウントに届いています。

  AWS Certified Solutions Architect – Associate

バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。

バッジを受け取る: https://www.credly.com/earner/earned?locale=ja
""" + CREDLY_FOOTER,
  html="""<div style="font-family:sans-serif"><p>佐藤 美咲 さん</p>
<p>Amazon Web Services Training and Certification から、次のバッジがあなたの Credly アカウントに届いています。</p>
<p><b>AWS Certified Solutions Architect – Associate</b></p>
<p><a href="https://www.credly.com/earner/earned?locale=ja" style="background:#ff6b00;color:#fff;padding:10px 26px;text-decoration:none">バッジを受け取る</a></p></div>""",
  cte="base64")

M("misaki-amazon-kakunin", kind="unrelated", lang="ja", case_id=None, sv=False, to=MISAKI,
  frm=("Amazon.co.jp", "account-update@amazon.co.jp"),
  snd=plain_sender("mail.kxy-shop.top", "103.151.44.81", "info@kxy-shop.top", [("kxy-shop.top", "default")]),
  style="nifty", auth=dict(hfrom="amazon.co.jp", dkim="none", spf="fail", dmarc="fail"),
  date="2025-10-12 10:21:33", msgid="<20251012192133.6A1B2C@kxy-shop.top>", dkim=False,
  subject="【重要】Amazonアカウントの支払い情報を更新してください",
  body="""Amazon お客様

お客様のアカウントに登録されているお支払い方法の有効期限が切れているため、アカウントを一時的に停止いたしました。
24 時間以内に以下のリンクからお支払い情報を更新してください。更新が確認できない場合、アカウントは完全に停止されます。

https://amazon-co-jp.account-verify.kxy-shop.top/signin

Amazon.co.jp カスタマーサービス
""", cs="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp")

# =================================================================== TOMAS (gmail, form; second request)
M("tomas-form-logged", kind="case_created", lang="en", case_id=TO, sv=True, to=TOMAS, frm=AWS_FORM,
  snd=ses(53), style="gmail", auth=OK_AWS, date="2025-04-21 18:33:58",
  subject=f"We've logged your request – AWS Training and Certification (ticket {TO})",
  body=f"""Hi Tomás,

We've logged your request with the AWS Training and Certification team.

Ticket number: {TO}
Request type: Certification – Account Merge
Candidate ID: AWS42218805

Expect a reply from a member of the team within one business day. If you wrote to us earlier about the same thing and didn't hear back, there's no need to do anything else: mention the earlier date in a reply to this message and we'll link the two.

Thanks,
AWS Training and Certification
""" + FORM_FOOTER, cte="quoted-printable")

T3_NEW = f"""Hi Tomás,

Thanks for the details. Just so nothing goes wrong, here's what we'd do:

  Keep:      AWS42218805 (tomas.herrera.m@gmail.com)
  Fold in:   AWS46603391 (t.herrera@unisur.edu.example), which will then be shut down

Everything on AWS46603391 (certifications, exam history, benefits) moves to AWS42218805. This can't be rolled back later.

Are you happy for us to go ahead on that basis? A simple reply to this e-mail is enough.

Kind regards,
Joana P.
AWS Training and Certification
"""
M("tomas-agent-joana-1", kind="merge_confirmation_requested", lang="en", case_id=TO, sv=True, to=TOMAS, frm=AWS_FORM,
  snd=ses(53), style="gmail", auth=OK_AWS, date="2025-04-22 16:05:37",
  subject=f"RE:[CASE {TO}] {FORM_SUBJ}",
  body=T3_NEW,
  quoted=f"""
-----Original Message-----
From: Tomás Herrera <tomas.herrera.m@gmail.com>
Sent: Monday, April 21, 2025 8:33 PM
Subject: {FORM_SUBJ}

> Inquiry type: AWS Training and Certification
> Detail: Account Merge
> AWS candidate ID: AWS46603391
> Notification e-mail: tomas.herrera.m@gmail.com
>
> Hello, I wrote on 9 April about this but never heard back (I think I left the
> notification address empty). I have two certification profiles: AWS46603391 from
> university and AWS42218805 with my personal address. I might also have an old
> one, AWS40017752, but I can't sign in to it. Please merge everything into
> AWS42218805. Thanks!
""" + FORM_FOOTER, cte="quoted-printable")

M("tomas-agent-joana-2", kind="support_reply", lang="en", case_id=TO, sv=True, to=TOMAS, frm=AWS_FORM,
  snd=ses(110), style="gmail", auth=OK_AWS, date="2025-04-23 13:48:20",
  subject=f"RE:[CASE {TO}] {FORM_SUBJ}",
  body=f"""Hello Tomás,

Thanks for confirming. We started on the request, but we could not complete the merge because AWS46603391 still has an exam appointment booked with Pearson VUE on 30 April 2025 (AWS Certified Developer – Associate). Accounts with an upcoming appointment can’t be combined.

You have two options:
  1. Take the exam as planned, and we’ll complete the merge afterwards, or
  2. Cancel or reschedule the appointment at least 24 hours in advance and let us know.

Once that’s sorted, reply to this e-mail and we’ll complete the merge right away. Your earlier confirmation stays valid.

Kind regards,
Joana P.
AWS Training and Certification
""", cs="utf-8", label="iso-8859-1", cte="8bit")

M("tomas-agent-joana-3", kind="support_reply", lang="en", case_id=TO, sv=True, to=TOMAS, frm=AWS_FORM,
  snd=ses(12 if False else 9), style="gmail", auth=OK_AWS, date="2025-05-06 09:10:44",
  subject=f"RE:[CASE {TO}] {FORM_SUBJ}",
  body=f"""Hi Tomás,

Just checking in. We haven't heard from you since our note about the exam appointment on AWS46603391. Do you still need a hand with this?

If we don't hear back within five days, we'll assume everything is fine and mark the request as resolved. You can always reopen it by replying to this e-mail.

Kind regards,
Joana P.
AWS Training and Certification
""", cte="base64")

M("tomas-agent-joana-4", kind="merge_completed", lang="en", case_id=TO, sv=True, to=TOMAS, frm=AWS_FORM,
  snd=ses(9), style="gmail", auth=OK_AWS, date="2025-05-08 15:27:03",
  subject=f"RE:[CASE {TO}] {FORM_SUBJ}",
  body=f"""Hi Tomás,

Congratulations on passing the Developer – Associate exam!

Now that the appointment is behind you, everything that was on your university profile, including the new certification, has been moved over to AWS42218805. The university profile has been switched off and can no longer be used to sign in, so please use tomas.herrera.m@gmail.com from now on.

Your new badge and the two older ones will show up in Credly for the same address within a few days.

Kind regards,
Joana P.
AWS Training and Certification
""",
  quoted=f"""
On Thu, May 8, 2025 at 9:02 AM Tomás Herrera <tomas.herrera.m@gmail.com> wrote:
> Hi Joana, I passed the exam on 30 April, so nothing is scheduled any more.
> Please go ahead with the merge.
>
> On Tue, Apr 22, 2025 at 6:05 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Tomás,
> >
> > Thanks for the details. Just so nothing goes wrong, here's what we'd do:
> >
> >   Keep:      AWS42218805 (tomas.herrera.m@gmail.com)
> >   Fold in:   AWS46603391 (t.herrera@unisur.edu.example), which will then be shut down
> >
> > Everything on AWS46603391 (certifications, exam history, benefits) moves to
> > AWS42218805. This can't be rolled back later.
> >
> > Are you happy for us to go ahead on that basis? A simple reply to this e-mail is enough.
""", cte="base64")

M("tomas-form-resolved", kind="survey", lang="en", case_id=TO, sv=True, to=TOMAS, frm=AWS_FORM,
  snd=ses(31), style="gmail", auth=OK_AWS, date="2025-05-08 15:28:10",
  subject=f"Request {TO} resolved: tell us how it went",
  body=f"""Hello Tomás,

We've marked request {TO} as resolved. If something is still off, just reply to this message and it will reopen automatically.

Did we solve your problem?
  Yes, all good:  https://support.aws.training/feedback?ref={TO}&answer=yes
  No, not really: https://support.aws.training/feedback?ref={TO}&answer=no

How easy was it to get help today? Pick a number from 1 (very hard) to 5 (very easy):
  https://support.aws.training/feedback?ref={TO}&ces=1 ... &ces=5

Thanks for helping us improve,
AWS Training and Certification
""" + FORM_FOOTER, cte="quoted-printable")

# phishing: look-alike, approve consolidation
M("tomas-approve-profiles", kind="merge_confirmation_requested", lang="en", case_id="1745520880", sv=False, to=TOMAS,
  frm=("AWS Certification Support", "support@aws-certification-help.com"),
  snd=plain_sender("mail.aws-certification-help.com", "23.94.187.12", "bounce@aws-certification-help.com", [("aws-certification-help.com", "s2025")]),
  style="gmail", auth=dict(hfrom="aws-certification-help.com", p="NONE"),
  date="2025-04-24 18:54:40", msgid="<f8e2a91c44b3@aws-certification-help.com>",
  subject="Action needed: approve the consolidation of your certification profiles",
  fmt="alt",
  body="""Dear AWS Certified professional,

Our records show two certification profiles registered in your name:

  AWS81234470 (primary - will be kept)
  AWS86601295 (secondary - will be absorbed and deleted)

Reference: 1745520880

Please approve this consolidation within 48 hours. Profiles left unapproved will be suspended together with all certifications attached to them.

Approve now: http://aws-certification-help.com/approve?ref=1745520880

AWS Certification Support
""",
  html="""<p>Dear AWS Certified professional,</p><p>Our records show two certification profiles registered in your name:</p>
<ul><li><b>AWS81234470</b> (primary - will be kept)</li><li><b>AWS86601295</b> (secondary - will be absorbed and deleted)</li></ul>
<p>Reference: 1745520880</p>
<p>Please approve this consolidation within <b>48 hours</b>. Profiles left unapproved will be suspended together with all certifications attached to them.</p>
<p><a href="http://aws-certification-help.com/approve?ref=1745520880" style="background:#ff9900;color:#000;padding:10px 20px">Approve now</a></p><p>AWS Certification Support</p>""",
  cte="quoted-printable")

M("tomas-aws-suspended", kind="unrelated", lang="en", case_id=None, sv=False, to=TOMAS,
  frm=("AWS Billing", "billing@aws-billing-center.com"),
  snd=plain_sender("smtp.aws-billing-center.com", "141.98.10.63", "billing@aws-billing-center.com", [("aws-billing-center.com", "mx")]),
  style="gmail", auth=dict(hfrom="aws-billing-center.com", p="NONE"),
  date="2025-05-14 03:17:29", msgid="<1a2b3c4d5e6f@aws-billing-center.com>",
  subject="Your AWS account has been suspended - update your payment method",
  body="""Dear AWS customer,

We were unable to charge your payment method for your latest invoice. As a result, your AWS account and all running resources have been suspended.

To restore access, please update your billing information within 24 hours:
https://aws-billing-center.com/restore-account

If no action is taken, your data will be permanently deleted.

Amazon Web Services Billing
""", cte="7bit", cs="us-ascii")

M("tomas-pearson-appointment", kind="unrelated", lang="en", case_id=None, sv=False, to=TOMAS,
  frm=("Pearson VUE", "PearsonVUEConfirmation@pearson.com"),
  snd=plain_sender("mta-152.pearsonvue.com", "159.182.1.152", "PearsonVUEConfirmation@pearson.com", [("pearson.com", "pvue2")]),
  style="gmail", auth=dict(hfrom="pearson.com", p="REJECT"),
  date="2025-04-18 20:02:15", msgid="<1745006535.4471.PVUE@pearson.com>",
  subject="Please confirm your exam appointment: AWS Certified Developer - Associate",
  body="""Dear Tomás Herrera,

Thank you for scheduling your exam with Pearson VUE. Please confirm the details below are correct.

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Wednesday, April 30, 2025
Time: 10:00 AM CEST
Delivery: OnVUE online proctored
Registration ID: 482217709

To confirm, reschedule or cancel this appointment, sign in to your AWS Training and Certification account and go to the Pearson VUE dashboard. Changes must be made at least 24 hours before the appointment.

Sincerely,
Pearson VUE
""", cte="quoted-printable")

# =================================================================== LI (fastmail, form)
L1_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Li,</p>
<p>Thanks for writing in. I've looked at the two certification profiles you listed and prepared the following. Nothing has been changed yet.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>Role</th><th>Candidate ID</th><th>Sign-in e-mail</th><th>Certifications</th></tr>
<tr><td>Surviving profile</td><td>AWS50931147</td><td>liwei@fastmail.com</td><td>Cloud Practitioner</td></tr>
<tr><td>Profile to be absorbed and closed</td><td>AWS58812036</td><td>wei.li@hexacore.example</td><td>SysOps Administrator &ndash; Associate, Data Engineer &ndash; Associate</td></tr>
</table>
<p>After this, AWS58812036 will no longer exist and it cannot be brought back.</p>
<p>If the table is right, reply to this e-mail with the word <b>APPROVE</b>. If you'd like the other profile to survive instead, just say so.</p>
<p>Best regards,<br>Wen Z.<br>AWS Training and Certification Support<br>Amazon Web Services</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>"""
M("li-agent-wen-1", kind="merge_confirmation_requested", lang="en", case_id=L, sv=True, to=LI, frm=AWS_FORM,
  snd=ses(23), style="fastmail", auth=OK_AWS, date="2025-11-18 10:41:26",
  subject=f"RE: [CASE {L}] {FORM_SUBJ}",
  fmt="html", html=L1_HTML, cte="quoted-printable")

M("li-agent-wen-2", kind="merge_completed", lang="en", case_id=L, sv=True, to=LI, frm=AWS_FORM,
  snd=ses(23), style="fastmail", auth=OK_AWS, date="2025-11-19 04:02:57",
  subject=f"RE: [CASE {L}] {FORM_SUBJ}",
  fmt="alt",
  alt_text=f"This message contains formatted content. Please view it in an HTML-capable e-mail client.\n\nReference: {L}\n",
  html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Li,</p>
<p>Thank you for the APPROVE. Your two AWS Certification profiles have been brought together: <b>AWS50931147</b> is now the only profile, and it holds all three certifications (Cloud Practitioner, SysOps Administrator &ndash; Associate, Data Engineer &ndash; Associate). AWS58812036 has been closed.</p>
<p>Please give the Certification portal up to a day to catch up. Credly will follow separately.</p>
<p>Best regards,<br>Wen Z.<br>AWS Training and Certification Support</p>
</body></html>""",
  html_quoted="<hr><p><b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> 18 November 2025 10:41</p><blockquote>" + L1_HTML.replace("<html>", "").replace("</html>", "").replace('<body style="font-family:Arial,sans-serif;font-size:14px">', "").replace("</body>", "") + "</blockquote>",
  cte="base64")

M("li-credly-ready", kind="credly_badge_issued", lang="en", case_id=None, sv=True, to=LI,
  frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
  snd=sendgrid("credly.com", LI[1]), style="fastmail", auth=OK_CREDLY, date="2025-11-21 16:30:12",
  msgid="<691f93b4c2d8e_3b7f2a1c9e4d6721@credly-mailer-7f9d8c6b5-v4kx9.mail>",
  subject="Li, your AWS Certified Data Engineer – Associate badge is ready to accept",
  fmt="alt",
  body="""Hi Li,

Your AWS Certified Data Engineer – Associate badge from Amazon Web Services Training and Certification is ready for you to accept.

Accept badge: https://www.credly.com/badges/0f6c1d2e-8a94-4b37-b1c5-7e2d9a0f3b61/accept

After you accept it, the badge appears on your public Credly profile and you can share it wherever you like.
""" + CREDLY_FOOTER,
  html="""<table width="600" style="font-family:Helvetica,Arial"><tr><td>
<h2>Hi Li, your badge is ready to accept</h2>
<p><img src="https://images.credly.com/size/340x340/images/data-engineer-associate.png" width="120" alt=""></p>
<p><b>AWS Certified Data Engineer &ndash; Associate</b><br>Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/0f6c1d2e-8a94-4b37-b1c5-7e2d9a0f3b61/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept badge</a></p>
</td></tr></table>""", cte="quoted-printable")

M("li-form-stars", kind="survey", lang="en", case_id=L, sv=True, to=LI, frm=AWS_FORM,
  snd=ses(12 if False else 11), style="fastmail", auth=OK_AWS, date="2025-11-19 04:03:30",
  subject=f"Quick question about request {L} ⭐",
  fmt="alt",
  body=f"""Hello Li,

Request {L} has been closed.

One click, that's all: how did Wen do?

  ★☆☆☆☆ https://support.aws.training/f/{L}/1
  ★★☆☆☆ https://support.aws.training/f/{L}/2
  ★★★☆☆ https://support.aws.training/f/{L}/3
  ★★★★☆ https://support.aws.training/f/{L}/4
  ★★★★★ https://support.aws.training/f/{L}/5

Anything else you want us to know? There's a comment box on the next page.

AWS Training and Certification
""",
  html=f"""<html><body style="font-family:Arial"><p>Hello Li,</p><p>Request <b>{L}</b> has been closed.</p>
<p>One click, that's all: <b>how did Wen do?</b></p>
<p style="font-size:28px">""" + "".join(f'<a href="https://support.aws.training/f/{L}/{i}" style="text-decoration:none;color:#ff9900">&#9733;</a>' for i in range(1, 6)) + """</p>
<p style="font-size:12px;color:#777">Anything else you want us to know? There's a comment box on the next page.</p></body></html>""",
  cte="quoted-printable")

# phishing completion to Li, look-alike domain with its own passing DMARC
M("li-profiles-unified", kind="merge_completed", lang="en", case_id="1763349041", sv=False, to=LI,
  frm=("AWS Training & Certification", "no-reply@awstraining-certification.net"),
  snd=plain_sender("out2.awstraining-certification.net", "5.188.206.71", "no-reply@awstraining-certification.net", [("awstraining-certification.net", "s1")]),
  style="fastmail", auth=dict(hfrom="awstraining-certification.net", p="NONE"),
  date="2025-11-20 08:12:40", msgid="<20251120081240.3f9c@awstraining-certification.net>",
  subject="Your certification profiles are now unified",
  fmt="html", cte="base64",
  html="""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Good news! Your certification profiles AWS50931147 and AWS58812036 are now unified under AWS50931147 (reference 1763349041).</p>
<p>To keep your certifications active on the new profile, a one-time transfer fee of <b>USD 15.00</b> is required. Please enter your card details within 3 days:</p>
<p><a href="https://awstraining-certification.net/fee/1763349041">Pay transfer fee</a></p>
<p>AWS Training &amp; Certification</p></body></html>""")

# =================================================================== EMMA (O365 .de, form)
O365_DE = dict(_tenant="eurprd07")
M("emma-form-queue", kind="case_created", lang="en", case_id=E, sv=True, to=EMMA, frm=AWS_FORM,
  snd=dict(ses(63 if False else 202), **O365_DE), style="outlook", auth=OK_AWS, date="2026-01-12 08:02:41",
  subject=f"AWS Training and Certification: ticket {E} is in the queue",
  fmt="html", cte="quoted-printable",
  html=f"""<!DOCTYPE html><html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<div style="max-width:600px;margin:auto">
<div style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="90" alt="AWS"></div>
<p>Hello Emma,</p>
<p>Your ticket is in the queue. Someone from our Certification team will pick it up shortly, usually within one business day.</p>
<table cellpadding="4"><tr><td><b>Ticket</b></td><td>{E}</td></tr>
<tr><td><b>Topic</b></td><td>Certification &ndash; Account Merge</td></tr>
<tr><td><b>Candidate ID</b></td><td>AWS70215583</td></tr></table>
<p>You can add details at any time by replying to this e-mail. Please keep the ticket number in the subject.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div></body></html>""")

M("emma-agent-ruth-1", kind="merge_confirmation_requested", lang="en", case_id=E, sv=True, to=EMMA, frm=AWS_FORM,
  snd=dict(ses(202), **O365_DE), style="outlook", auth=OK_AWS, date="2026-01-13 12:26:09",
  subject=f"RE:[CASE {E}] {FORM_SUBJ}",
  body=f"""Dear Emma,

Thank you for reaching out. Could you verify that the details below are right before we go any further?

  - aws-70215583 (emma.schultz@brightline-consulting.de) - this one stays
  - aws74460019 (emma.schultz@posteo.example) - its certifications and voucher move to aws-70215583, after which it is closed

Please keep in mind that this step is final: a closed profile cannot be restored.

When you're satisfied, answer this e-mail with "yes, proceed" and we will take care of the rest.

Kind regards,
Ruth B.
AWS Training and Certification Support
""" + FORM_FOOTER, cte="quoted-printable")

M("emma-agent-ruth-2", kind="merge_completed", lang="en", case_id=E, sv=True, to=EMMA, frm=AWS_FORM,
  snd=dict(ses(202), **O365_DE), style="outlook", auth=OK_AWS, date="2026-01-14 09:55:48",
  subject=f"RE:[CASE {E}] {FORM_SUBJ}",
  fmt="alt",
  body=f"""Dear Emma,

Thanks for your reply. Your certifications, exam history and the 50% voucher from aws74460019 were carried over to aws-70215583 this morning, and aws74460019 has been closed. There is nothing further you need to do.

As your request is resolved, we will now close this ticket. Please take a minute to rate your experience in our short survey:
https://support.aws.training/survey?ref={E}

Kind regards,
Ruth B.
AWS Training and Certification Support
""" + FORM_FOOTER,
  html=f"""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Emma,</p>
<p>Thanks for your reply. Your certifications, exam history and the 50% voucher from <b>aws74460019</b> were carried over to <b>aws-70215583</b> this morning, and aws74460019 has been closed. There is nothing further you need to do.</p>
<p>As your request is resolved, we will now close this ticket. Please take a minute to rate your experience in our short survey: <a href="https://support.aws.training/survey?ref={E}">Take the survey</a></p>
<p>Kind regards,<br>Ruth B.<br>AWS Training and Certification Support</p></body></html>""",
  cte="quoted-printable")

M("emma-agent-ruth-3", kind="survey", lang="en", case_id=E, sv=True, to=EMMA, frm=AWS_FORM,
  snd=dict(ses(23), **O365_DE), style="outlook", auth=OK_AWS, date="2026-01-20 14:03:17",
  subject=f"RE:[CASE {E}] {FORM_SUBJ}",
  body=f"""Dear Emma,

Your case about the exam voucher is complete: the voucher appears under Benefits on your profile again, as you noticed yourself this morning.

Since there is nothing left open, this case has now been closed.

How did we do? We would really appreciate it if you could complete our short survey and rate your experience with AWS Training and Certification Support:
https://support.aws.training/survey?ref={E}

Kind regards,
Ruth B.
AWS Training and Certification Support
""",
  quoted="""
From: Emma Schultz <emma.schultz@brightline-consulting.de>
Sent: Tuesday, 20 January 2026 09:41
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: AW: RE:[CASE """ + E + f"""] {FORM_SUBJ}

Hi Ruth, never mind my question from Friday about the 50% voucher, it showed up in the Benefits tab today. All good!

Emma
""", cte="base64")

M("emma-credly-earned", kind="credly_badge_issued", lang="en", case_id=None, sv=True, to=EMMA,
  frm=("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
  snd=dict(sendgrid("credly.com", EMMA[1]), **O365_DE), style="outlook", auth=OK_CREDLY, date="2026-01-16 07:44:21",
  msgid="<6969ed45a7c3b_5d2e8f1b3a9c4470@credly-mailer-7f9d8c6b5-p3nwc.mail>",
  subject="Congratulations, Emma! You've earned a badge from Amazon Web Services Training and Certification",
  fmt="alt",
  body="""Congratulations, Emma!

You've earned the AWS Certified Security – Specialty badge from Amazon Web Services Training and Certification.

Accept your badge to add it to your Credly profile:
https://www.credly.com/badges/9b3d27e1-45c0-4d1e-8f6a-c3e0b7a2d518/accept
""" + CREDLY_FOOTER,
  html="""<table width="600" style="font-family:Helvetica,Arial;text-align:center"><tr><td>
<h1 style="font-size:24px">Congratulations, Emma!</h1>
<p>You've earned the <b>AWS Certified Security &ndash; Specialty</b> badge from Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/badges/9b3d27e1-45c0-4d1e-8f6a-c3e0b7a2d518/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none">Accept your badge</a></p>
</td></tr></table>""", cte="base64")

# phishing: spoofed amazon.com acknowledgement to Emma
M("emma-request-logged", kind="case_created", lang="en", case_id="1768294011", sv=False, to=EMMA, frm=AWS_FORM,
  snd=dict(plain_sender("smtp7.mailrelay-eu.biz", "80.94.95.203", "noreply@mailrelay-eu.biz", [("mailrelay-eu.biz", "default")]), **O365_DE),
  style="outlook", auth=dict(hfrom="amazon.com", dkim="none", spf="fail", dmarc="fail"),
  date="2026-01-13 07:40:11", msgid="<20260113074011.55AB@mailrelay-eu.biz>", dkim=False,
  subject="Your request has been logged - reference 1768294011",
  body="""Hello,

Thank you for contacting AWS Training and Certification. Your request has been logged under reference 1768294011.

To make sure our specialists can reach you, please verify your AWS candidate ID and sign-in details within 12 hours:
https://aws-training-verify.mailrelay-eu.biz/id?ref=1768294011

Requests that are not verified will be discarded.

AWS Training and Certification
""", cte="quoted-printable")

# =================================================================== MARCUS (self-hosted postfix, no Authentication-Results)
M("marcus-console-opened", kind="case_created", lang="en", case_id=MB, sv=None, to=MARCUS, frm=AWS_CON,
  snd=ses(124), style="postfix", auth=None, date="2025-09-02 21:14:05",
  subject=f"Amazon Web Services: You have opened a new Support case: {MB}",
  body=f"""Thank you for contacting Amazon Web Services. We have received your request and opened case {MB} to address your issue.

The details of your case are as follows:

Case ID: {MB}
Subject: Certification account consolidation
Severity: General guidance
Correspondence: Two candidate profiles, AWS12006634 (old job) and AWS19270415 (current). Please keep AWS19270415.
""" + console_footer(MB), cte="quoted-printable")

M("marcus-console-update", kind="support_reply", lang="en", case_id=MB, sv=None, to=MARCUS, frm=AWS_CON,
  snd=ses(124), style="postfix", auth=None, date="2025-09-05 16:20:33",
  subject=f"RE:[CASE {MB}] Certification account consolidation",
  body=f"""Hello Marcus,

We received your case update with the notification e-mail for AWS12006634, thank you. Your case has been received by our Certification team and is currently being reviewed.

There is nothing you need to do right now. We will reply on this case as soon as the review of both accounts is finished, normally within two business days. Please do not open a new case for the same request, as this can delay the review.

Best regards,
Anh T.
Amazon Web Services
""" + console_footer(MB), cte="7bit", cs="us-ascii")

M("marcus-console-transcripts", kind="merge_completed", lang="en", case_id=MB, sv=None, to=MARCUS, frm=AWS_CON,
  snd=ses(53), style="postfix", auth=None, date="2025-09-09 11:08:14",
  subject=f"RE:[CASE {MB}] Certification account consolidation",
  body=f"""Hello Marcus,

Good news: your transcripts are now unified under AWS 19270415. The certifications from your old-job profile (AWS Certified SysOps Administrator – Associate and AWS Certified Advanced Networking – Specialty) appear there, together with your exam history. The old profile is deactivated and can't be signed into anymore.

Your Credly badges will be re-homed to the address on AWS 19270415 within a few business days. If they haven't shown up by next week, let us know on this case.

Best regards,
Anh T.
Amazon Web Services
""" + console_footer(MB), cte="quoted-printable")

M("marcus-gitlab-mr", kind="unrelated", lang="en", case_id=None, sv=None, to=MARCUS,
  frm=("GitLab", "gitlab@mg.gitlab.com"),
  snd=plain_sender("mg-c4.gitlab.com", "192.237.158.42", "bounce+7a3f21.9c4e@mg.gitlab.com", [("gitlab.com", "mg"), ("mailgun.org", "mga")]),
  style="postfix", auth=None, date="2025-09-10 08:33:51",
  msgid="<merge_request_88241093@gitlab.com>", irt="<merge_request_88241093@gitlab.com>",
  subject="Re: homelab / infra | Merge cert-sync into main (!57)",
  body="""Merge request !57 was merged

Merge request URL: https://gitlab.com/mbell/infra/-/merge_requests/57
Project:Branches: mbell/infra:cert-sync to mbell/infra:main
Author: Marcus Bell

The merge is complete. The pipeline for the merged result passed.

--
Reply to this email directly or view it on GitLab.
You're receiving this email because of your activity on gitlab.com.
""", cte="7bit", cs="us-ascii",
  extra=[("X-GitLab-Project", "infra"), ("X-GitLab-MergeRequest-IID", "57"), ("X-GitLab-NotificationReason", "")])

# =================================================================== misc unrelated / Credly non-badge
M("priya-credly-expiry", kind="unrelated", lang="en", case_id=None, sv=True, to=PRIYA,
  frm=("Credly", "admin@credly.com"),
  snd=sendgrid("credly.com", PRIYA[1]), style="outlook", auth=OK_CREDLY, date="2026-02-13 15:00:09",
  msgid="<698f3a79e2c1d_7a4b1e9f3c2d5508@credly-mailer-7f9d8c6b5-t9jrf.mail>",
  subject="Your AWS Certified Cloud Practitioner badge expires in 30 days",
  body="""Hi Priya,

Your AWS Certified Cloud Practitioner badge, issued on March 15, 2023 by Amazon Web Services Training and Certification, expires on March 15, 2026.

To keep it, recertify before it expires. Once the issuer records your recertification, an updated badge will be issued to you automatically.

Learn how to recertify: https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/2c71b0d4-8e3f-4a92-bb61-0d5e9f2a7c33
""" + CREDLY_FOOTER, cte="quoted-printable")

M("li-credly-own-merge", kind="unrelated", lang="en", case_id=None, sv=True, to=LI,
  frm=("Credly", "no-reply@credly.com"),
  snd=sendgrid("credly.com", LI[1]), style="fastmail", auth=OK_CREDLY, date="2025-11-24 09:12:44",
  msgid="<6924216cb3f2a_2e9d4c7a1b8f3319@credly-mailer-7f9d8c6b5-w6mzs.mail>",
  subject="Complete Account Merge",
  fmt="alt",
  body="""Hi Li,

We received a request to merge the Credly account for wei.li@hexacore.example into your account liwei@fastmail.com.

Your verification code is: 604 218

Enter this code on the merge page, or use the button below to complete the merge. Once the merge is complete, badges from both accounts will appear in one place. Please confirm only if you made this request. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/account/merge/confirm?token=8f1c2e9a7b4d

If you didn't request this, you can ignore this e-mail.

Credly
""",
  html="""<div style="font-family:Helvetica,Arial;max-width:560px"><p>Hi Li,</p>
<p>We received a request to merge the Credly account for <b>wei.li@hexacore.example</b> into your account <b>liwei@fastmail.com</b>.</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px"><b>604 218</b></p>
<p>Enter this code on the merge page, or use the button below to complete the merge. Once the merge is complete, badges from both accounts will appear in one place. Please confirm only if you made this request. The code expires in 30 minutes.</p>
<p><a href="https://www.credly.com/account/merge/confirm?token=8f1c2e9a7b4d" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a></p>
<p style="font-size:12px;color:#888">If you didn't request this, you can ignore this e-mail.</p></div>""",
  cte="quoted-printable")

M("emma-credly-verify-email", kind="unrelated", lang="en", case_id=None, sv=True, to=EMMA,
  frm=("Credly", "no-reply@credly.com"),
  snd=dict(sendgrid("credly.com", EMMA[1]), **O365_DE), style="outlook", auth=OK_CREDLY, date="2026-01-15 18:21:30",
  msgid="<69693112d4a8f_6c3e2b9a1f7d4482@credly-mailer-7f9d8c6b5-n5gqh.mail>",
  subject="Please confirm your email address for your Credly account",
  body="""Hi Emma,

Please confirm your email address for your Credly account. After your AWS Certification accounts were merged, emma.schultz@brightline-consulting.de was added to your Credly profile, and we need to verify it before badges sent to it can be accepted.

Confirm email address: https://www.credly.com/users/confirmation?confirmation_token=Zx7qP2mKd9
This link is valid for 72 hours.

If you did not add this address, please ignore this message.

Credly
""", cte="quoted-printable")

M("kenji-certmetrics-hear", kind="unrelated", lang="en", case_id=None, sv=False, to=KENJI,
  frm=("AWS Certification", "do-not-reply@certmetrics.com"),
  snd=plain_sender("smtp2.certmetrics.com", "52.2.155.83", "bounces@certmetrics.com", [("certmetrics.com", "cm1")]),
  style="gmail", auth=dict(hfrom="certmetrics.com", p="NONE"), date="2025-09-01 14:30:00",
  msgid="<CM.20250901143000.99120438@certmetrics.com>",
  subject="AWS Certification wants to hear from you",
  body="""Dear Kenji Watanabe,

AWS Certification wants to hear from you! Please take a few minutes to tell us about your recent exam experience and how you prepare for AWS Certification exams.

Your responses are anonymous and help us improve the AWS Certification program.

Start: https://www.certmetrics.com/amazon/candidate/feedback.aspx?id=99120438

Thank you,
AWS Certification
Please do not reply to this e-mail.
""", cte="7bit", cs="us-ascii")

M("daniel-builder-id-code", kind="unrelated", lang="en", case_id=None, sv=True, to=DANIEL,
  frm=("AWS", "no-reply@signin.aws"),
  snd=ses_domain("signin.aws", "4qz3spzw7fhuhsdqk3bqdhyiyqtoxpjn"), style="outlook", auth=dict(hfrom="signin.aws"),
  date="2025-06-06 18:02:37",
  subject="Verify your AWS Builder ID email address",
  fmt="alt",
  body="""Hello,

To finish signing in to your AWS Builder ID, enter the following verification code:

  482 913

This code expires 10 minutes after it was sent. If you didn't try to sign in, you can ignore this message.

Amazon Web Services
""",
  html="""<div style="font-family:Arial"><p>Hello,</p><p>To finish signing in to your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:32px;font-weight:bold">482 913</p><p>This code expires 10 minutes after it was sent. If you didn't try to sign in, you can ignore this message.</p><p>Amazon Web Services</p></div>""",
  cte="quoted-printable")

M("priya-aws-newsletter", kind="unrelated", lang="en", case_id=None, sv=True, to=PRIYA,
  frm=("AWS Training and Certification", "aws-training-certification@amazon.com"),
  snd=ses(133), style="outlook", auth=OK_AWS, date="2025-04-02 16:00:00",
  subject="Your April training digest: new exam guides, merged learning plans and more",
  fmt="html", cte="quoted-printable",
  html="""<html><body style="font-family:Arial;font-size:14px;max-width:640px">
<h2>What's new in AWS Training and Certification</h2>
<p><b>Learning plans, merged.</b> We've merged our Solutions Architect learning plans into a single path, so it's easier to complete the courses you need before your exam.</p>
<p><b>Confirm your exam readiness.</b> Take the free official practice question set on AWS Skill Builder.</p>
<p><b>Done with an Associate?</b> Use your 50% discount voucher from the Benefits page on your next exam.</p>
<p><a href="https://aws.amazon.com/training/">Explore AWS Training</a></p>
<p style="font-size:11px;color:#777">You received this e-mail because you subscribed to AWS Training and Certification news. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>""")

M("seller-central-asin-case", kind="unrelated", lang="en", case_id=SELLER, sv=True, to=("Tomás Herrera", "tomas.herrera.m@gmail.com"),
  frm=("Amazon Seller Central", "seller-notification@amazon.com"),
  snd=ses(91 if False else 110), style="gmail", auth=OK_AWS, date="2025-07-22 12:44:19",
  subject=f"RE:[CASE {SELLER}] Merge duplicate ASIN detail pages",
  body=f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have completed the merge of the duplicate detail pages you reported. ASIN B0CX7Q2LMN has been merged into B0CX7Q1KPD, and your offer now appears on the surviving page. Your case is now complete.

Please confirm that the listing looks correct on your end. If you notice any issue, reply to this case within 7 days.

Were you satisfied with the support you received? Please rate this response in Seller Central.

Thank you for selling on Amazon,
Ravi
Amazon Selling Partner Support
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SELLER}
""", cte="quoted-printable")

M("takuya-colleague-ja", kind="unrelated", lang="ja", case_id=None, sv=None,
  to=TAKUYA, frm=("鈴木 亜美", "a-suzuki@kaiseki-sys.co.jp"),
  snd=plain_sender("mail02.kaiseki-sys.co.jp", "10.20.1.12", "a-suzuki@kaiseki-sys.co.jp", []),
  style="internal", auth=None, dkim=False, date="2025-12-04 02:15:40",
  msgid="<7e1f3a2b-9c84-4d2e-b51a-0c2d7e9f1a36@kaiseki-sys.co.jp>",
  irt="<TYCPR01MB8841A3F2B1C9D4E5F6A7B8C9D0E1F@TYCPR01MB8841.jpnprd01.prod.outlook.com>",
  xmailer="Microsoft Outlook 16.0",
  subject="Re: AWS認定アカウントの統合について",
  body="""山田さん

お疲れさまです。鈴木です。

私も先月 AWS に統合をお願いしましたが、フォームから送って 2 日くらいで完了の連絡が来ました。
確認のメールに「進めてください」と返信したら、翌日にはもう統合済みになっていました。
Credly のバッジは別途メールが来るので、それも忘れずに受け取ってくださいね。

よろしくお願いします。
鈴木
""",
  quoted="""
-----Original Message-----
From: 山田 拓也 <t-yamada@kaiseki-sys.co.jp>
Sent: Wednesday, December 3, 2025 6:02 PM
To: 鈴木 亜美 <a-suzuki@kaiseki-sys.co.jp>
Subject: AWS認定アカウントの統合について

鈴木さん

前の会社で取った認定のアカウント (AWS63358810) と今のアカウント (AWS61047729) を
一つにしたいのですが、どのくらい時間がかかりましたか?

山田
""", cs="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp")

M("tomas-friend-thread", kind="unrelated", lang="en", case_id=None, sv=False, to=TOMAS,
  frm=("Lucía Ferrer", "lucia.ferrer.dev@gmail.com"),
  snd=plain_sender("mail-sor-f41.google.com", "209.85.220.41", "lucia.ferrer.dev@gmail.com", [("gmail.com", "20230601")]),
  style="gmail", auth=dict(hfrom="gmail.com", p="NONE"), date="2025-04-25 19:22:08",
  msgid="<CAF3k9xQ2p7rTz1Lm8Wv0bYc4Hd6eNj5sUa9oK2iGt7hRw3XyPq@mail.gmail.com>",
  irt="<CAH8mP4vX1t6Qa0Zr5Ks9dJw2Lb7eYn3gUc8fV1hBo6iTm4RxNs@mail.gmail.com>",
  subject="Re: did AWS ever confirm your merge?",
  body="""Ha, yes! They asked me to confirm which account to keep, I confirmed, and the merge was done two days later. Complete with the badges moving over to Credly, although those took another week.

If they told you the merge can't be completed because of a booked exam, that happened to a friend too: they just waited until after the exam.

Good luck on the 30th!
Lucía
""",
  quoted="""
On Fri, Apr 25, 2025 at 8:47 PM Tomás Herrera <tomas.herrera.m@gmail.com> wrote:
> Hey Lucía, quick one: when you merged your AWS cert accounts last year, did
> they ask you to confirm before they did it? Mine is stuck because of my exam
> on AWS46603391.
""", cte="quoted-printable")

# =================================================================== write
if __name__ == "__main__":
    rnd = random.Random(28)
    order = list(range(len(Q)))
    rnd.shuffle(order)
    for n, i in enumerate(order, 1):
        slug, kw = Q[i]
        # neutral file slug: who it is for + the sending domain's main label
        dom = kw["frm"][1].split("@")[1].lower()
        parts = dom.split(".")
        lab = parts[-2] if parts[-1] not in ("jp", "uk") else parts[-3]
        if dom == "signin.aws":
            lab = "signin-aws"
        mail(n, f"{slug.split('-')[0]}-{lab}", **kw)
    save_labels()
    print(len(Q), "mails written")
