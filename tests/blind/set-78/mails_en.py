"""English mails for set 78. Called by make_set.py."""
import datetime as dt
import html as H

FORM_ADDR = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE_ADDR = "no-reply-aws@amazon.com"


def form_subject(cid, re="RE:"):
    return f"{re}[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance"


def console_footer(cid):
    return f"""We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center/?nc1=f_dr

To see the file or note attached to this correspondence, please sign in to the AWS Support Center. If you are not already signed in, use your email address and password to sign in.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""


def make(M):
    T, add, lab = M.T, M.add, M.lab
    aws_form = M.addr("Amazon Web Services", FORM_ADDR)
    aws_console = M.addr("Amazon Web Services", CONSOLE_ADDR)

    # ---------------------------------------------------------- personas
    P2 = dict(name="Emily Carter", mail="emily.carter@northbeam-eng.com", prov="o365",
              keep="AWS01937465", old="AWS04412098",
              cid=M.case_id("2025-09-15 20:48:09+00:00", "05312"))
    P4 = dict(name="Raj Patel", mail="raj.patel83@gmail.com", prov="gmail",
              keep="AWS07721034", old="AWS02290517",
              cid=M.case_id("2026-01-12 14:05:51+00:00", "00927"))
    P6 = dict(name="Lukas Becker", mail="lukas.becker@outlook.com", prov="outlookcom",
              keep="AWS05873321", old="AWS03019986",
              cid=M.case_id("2025-07-21 07:52:14+00:00", "01143"))
    P7 = dict(name="Daniel Okafor", mail="d.okafor@fastmail.com", prov="fastmail",
              keep="AWS03874126", old="AWS08150399",
              cid=M.case_id("2026-02-03 20:19:44+00:00", "07760"))
    P9 = dict(name="Sofia Marquez", mail="sofia.marquez@yahoo.com", prov="yahoo",
              a="AWS06645092", b="AWS00319478", c="AWS09027711",
              cid=M.case_id("2025-10-06 13:27:02+00:00", "03385"))
    P13 = dict(name="Hannah Kim", mail="hannah.kim@proton.me", prov="proton",
               keep="AWS02618840", old="AWS07055193",
               cid=M.case_id("2025-05-19 15:30:27+00:00", "06604"))
    P14 = dict(name="Tom Wright", mail="t.wright@brightwave.co.uk", prov="onprem",
               keep="AWS04751602", old1="AWS08866024", old2="AWS01290475",
               cid=M.case_id("2026-03-17 10:02:48+00:00", "02219"))

    def ses_mail(P, body, subject, date, frm=aws_form, a=None, **kw):
        o = M.ses_origin(date)
        return M.build(body, frm=frm, to=P["mail"], subject=subject, date=date, origin=o,
                       provider=P["prov"], rcpt=P["mail"], a=a if a is not None else M.auth(), **kw)

    # ================================================================ P2 Emily (form, O365)
    cid = P2["cid"]
    s1_date = T("2025-09-16 13:22:41+00:00")
    s1 = f"""Hello Emily,

Thank you for reaching out to AWS Training and Certification.

I've picked up your request about the two certification profiles you described. From a first look, they were created with different email addresses, which is the most common reason a second profile gets created.

I'm now pulling the records for both profiles together. In a separate message on this case I'll send you an overview of exactly which profiles are involved and what would happen to each, so that you can check it before anything is changed. There is nothing you need to do at this point.

Please keep all correspondence on this case rather than opening a new one, as a duplicate case can slow things down.

Kind regards,
Marisol
AWS Training and Certification
"""
    add("aws-form-reply-ec1", lab("support_reply", cid, [], True, "en"),
        ses_mail(P2, M.leaf(s1, cte="quoted-printable"), form_subject(cid), s1_date))

    c1_date = T("2025-09-17 10:05:19+00:00")
    c1 = f"""Hello Emily,

Thank you for your patience. I have reviewed both certification accounts associated with your request:

Account to be retained (primary):
- Candidate ID: {P2['keep']}
- Email: emily.carter@northbeam-eng.com

Account to be merged into the primary:
- Candidate ID: {P2['old']}
- Email: emily.r.carter@gmail.com

Once merged, all certifications, exam history and benefits from {P2['old']} will appear under {P2['keep']}, and {P2['old']} will be deactivated. Please be aware that account merges are permanent and cannot be reversed.

To proceed, please reply to this email confirming that the details above are correct and that you would like us to go ahead with the merge.

Kind regards,
Marisol
AWS Training and Certification
"""
    add("aws-form-reply-ec2", lab("merge_confirmation_requested", cid, [P2["keep"], P2["old"]], True, "en"),
        ses_mail(P2, M.leaf(c1, cte="quoted-printable"), form_subject(cid), c1_date))

    # colleague forward (unrelated: From is the colleague)
    fw_date = T("2025-09-17 14:31:07-04:00")
    fw_new = f"""Hi Emily,

This landed in the L&D shared mailbox this morning (I think the older profile, {P2['old']}, still has our team alias on it). Looks like they want a reply from you before they fold it into {P2['keep']} - forwarding so you can answer them from your own address.

Also, once it's done could you send me the updated transcript? I need it for the partner tier audit next week.

Thanks,
Priya

________________________________
{M.outlook_block(c1_date, 'Amazon Web Services <' + FORM_ADDR + '>', 'L&D Training <ld-training@northbeam-eng.com>; Emily Carter <emily.carter@northbeam-eng.com>', form_subject(cid), tz=dt.timezone(dt.timedelta(hours=-4)))}

{c1}"""
    o = M.generic_origin("NAM12-MW2-obe.outbound.protection.outlook.com", "40.107.94.112",
                         "priya.nair@northbeam-eng.com")
    body = M.alternative(M.leaf(fw_new, cte="quoted-printable"),
                         M.leaf(M.html_wrap(M.text_to_html(fw_new)), subtype="html", cte="quoted-printable"))
    add("fw-colleague-ec", lab("unrelated", cid, [P2["keep"], P2["old"]], False, "en"),
        M.build(body, frm=M.addr("Priya Nair", "priya.nair@northbeam-eng.com"), to=M.addr("Emily Carter", P2["mail"]),
                subject="FW: " + form_subject(cid), date=fw_date, origin=o, provider="o365", rcpt=P2["mail"],
                a=M.auth(dmarc="none", hfrom="northbeam-eng.com", spf="pass", dkim="none"),
                sign_dkim=False, date_tz=dt.timezone(dt.timedelta(hours=-4)),
                msgid=f"<SJ0PR12MB6831{M.rstr('0123456789ABCDEF', 12)}@SJ0PR12MB6831.namprd12.prod.outlook.com>",
                extra=[("Thread-Topic", form_subject(cid)),
                       ("Thread-Index", "AQHcJ" + M.rstr(M.B64[:62], 24) + "=="),
                       ("Content-Language", "en-US"),
                       ("X-MS-Has-Attach", ""),
                       ("X-MS-Exchange-Organization-SCL", "-1")]))

    # summary of what was agreed, wrong charset label (UTF-8 bytes labelled iso-8859-1)
    s5_date = T("2025-09-18 16:40:02+00:00")
    s5 = f"""Hello Emily,

Thanks for getting back to me so quickly \u2013 I\u2019ve noted your go\u2011ahead.

To recap what we\u2019ve agreed on this case:
 \u2022 Surviving profile: {P2['keep']} (emily.carter@northbeam-eng.com)
 \u2022 Profile being folded in: {P2['old']} \u2013 this one will be closed afterwards
 \u2022 Your 50% exam discount voucher and your Solutions Architect \u2013 Associate and Developer \u2013 Associate certifications carry over
 \u2022 Credly badges will be re-linked to the surviving profile, so you won\u2019t need to claim anything again by hand

The request is now queued with our back-office team. There is nothing further you need to send us; I\u2019ll write again on this case once the work has actually been carried out.

Kind regards,
Marisol
AWS Training and Certification
"""
    add("aws-form-reply-ec3", lab("support_reply", cid, [P2["keep"], P2["old"]], True, "en"),
        ses_mail(P2, M.leaf(s5, charset="iso-8859-1", cte="8bit", encode_as="utf-8"), form_subject(cid), s5_date))

    # completion quoting the confirmation request (Outlook blocks)
    m1_date = T("2025-09-19 21:15:44+00:00")
    em_reply = T("2025-09-17 15:20:10+00:00")
    m1 = f"""Hello Emily,

Good news: the two certification profiles on this case are now one. Everything that was on {P2['old']} \u2013 certifications, exam history and benefits \u2013 has been moved across to {P2['keep']}, and {P2['old']} has been retired. Please sign in to AWS Certification with emily.carter@northbeam-eng.com from now on.

Credly may take up to 48 hours to re-issue your badges to the surviving profile. If anything looks wrong after that, just reply to this email.

Kind regards,
Marisol
AWS Training and Certification

How did we do? Your feedback helps us improve. Please take a minute to rate your experience with this case.

{M.outlook_block(em_reply, 'Emily Carter <emily.carter@northbeam-eng.com>', 'Amazon Web Services <' + FORM_ADDR + '>', 'RE: ' + form_subject(cid), tz=dt.timezone(dt.timedelta(hours=-4)))}

Confirmed \u2013 the details are correct, please go ahead.

Emily

{M.outlook_block(c1_date, 'Amazon Web Services <' + FORM_ADDR + '>', 'Emily Carter <emily.carter@northbeam-eng.com>', form_subject(cid), tz=dt.timezone(dt.timedelta(hours=-4)))}

{c1}"""
    add("aws-form-reply-ec4", lab("merge_completed", cid, [P2["keep"], P2["old"]], True, "en"),
        ses_mail(P2, M.leaf(m1, cte="base64"), form_subject(cid), m1_date))

    # Credly, HTML only
    cr2_date = T("2025-09-21 02:11:36+00:00")
    cr2_html = M.html_wrap(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px">
<h1 style="font-size:22px">Emily, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge: <strong>AWS Certified Developer &ndash; Associate</strong>.</p>
<p>This badge was issued to your new email address after your AWS Certification accounts were combined. Accept it to share your achievement and keep your record up to date.</p>
<p style="text-align:center;margin:28px 0"><a href="https://www.credly.com/earner/earned/badge/{M.uuidish()}?utm_source=issued_badge_email" style="background:#ff6b00;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Your badge will be available for 12 months, after which it must be claimed again.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">Credly, Inc. &middot; 13 W 36th St, New York, NY 10018<br>
<a href="https://www.credly.com/notification_settings">Manage email preferences</a></td></tr></table>""", title="Credly")
    o = M.generic_origin("o3.ptr8814.credly.com", "149.72.192.17",
                         f"bounces+2219874-{M.rstr('0123456789abcdef', 4)}-emily.carter=northbeam-eng.com@em1923.credly.com",
                         dkim=[("credly.com", "s1")])
    add("credly-ec", lab("credly_badge_issued", None, [], True, "en"),
        M.build(M.leaf(cr2_html, subtype="html", cte="quoted-printable"),
                frm=M.addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
                to=P2["mail"], subject="Emily, your badge from Amazon Web Services Training and Certification is ready to accept",
                date=cr2_date, origin=o, provider="o365", rcpt=P2["mail"],
                a=M.auth(hfrom="credly.com", policy="REJECT"), msgid=f"<{M.uuidish()}@credly.com>"))

    # ================================================================ P4 Raj (console, Gmail)
    cid = P4["cid"]
    subj = f"RE:[CASE {cid}] Merge duplicate AWS Certification accounts"
    c2_date = T("2026-01-13 16:42:08+00:00")
    c2_txt = f"""Hello Raj,

I located the two certification accounts from your request:

  AWS 07721034 - raj.patel83@gmail.com (stays)
  aws-02290517 - rpatel@kestrel-analytics.io (merged in, then closed)

A merge cannot be undone. Please reply to this case in the Support Center with "I confirm" so that we can proceed.

Best regards,
Nikhil V.
Amazon Web Services

{console_footer(cid)}
"""
    c2_html = M.html_wrap(f"""<p>Hello Raj,</p>
<p>Thank you for your patience while I looked into this. I located the two certification accounts mentioned in your request:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Candidate ID</th><th>Login email</th><th>After the merge</th></tr>
<tr><td>AWS 07721034</td><td>raj.patel83@gmail.com</td><td>Remains your account</td></tr>
<tr><td>aws-02290517</td><td>rpatel@kestrel-analytics.io</td><td>Merged into AWS 07721034, then closed</td></tr>
</table>
<p>Your AWS Certified Cloud Practitioner and Solutions Architect &ndash; Associate certifications, together with any unused exam benefits, will be shown on AWS 07721034 afterwards.</p>
<p><b>Please note that a merge is permanent and cannot be undone.</b> If the table above is correct, reply to this case in the Support Center with &ldquo;I confirm&rdquo; and we will proceed.</p>
<p>Best regards,<br>Nikhil V.<br>Amazon Web Services</p>
<hr>
{M.text_to_html(console_footer(cid))}""")
    add("aws-console-reply-rp1", lab("merge_confirmation_requested", cid, [P4["keep"], P4["old"]], True, "en"),
        ses_mail(P4, M.alternative(M.leaf(c2_txt), M.leaf(c2_html, subtype="html")), subj, c2_date, frm=aws_console))

    s2_date = T("2026-01-14 09:10:55+00:00")
    s2 = f"""Hello Raj,

Thank you for confirming. We will now proceed with merging {P4['old']} into {P4['keep']}.

I have handed the request to the team that carries out account merges. This usually takes one to three business days, and I will update this case as soon as I hear back from them. You do not need to do anything in the meantime, and please avoid taking an exam on either account until you hear from us.

Best regards,
Nikhil V.
Amazon Web Services

{console_footer(cid)}
"""
    add("aws-console-reply-rp2", lab("support_reply", cid, [P4["keep"], P4["old"]], True, "en"),
        ses_mail(P4, M.leaf(s2, cte="quoted-printable"), subj, s2_date, frm=aws_console))

    s7_date = T("2026-01-15 11:02:37+00:00")
    s7 = f"""Hello Raj,

A quick update: the consolidation of your two certification profiles is in progress with our back-office team.

Once the merge is complete, your full certification history will be visible under {P4['keep']}, and Credly will re-issue your badges to the email address on that profile. We will send you a separate notification at that point. Until then you may still see both profiles when you sign in - this is expected.

Best regards,
Nikhil V.
Amazon Web Services

{console_footer(cid)}
"""
    add("aws-console-reply-rp3", lab("support_reply", cid, [P4["keep"]], True, "en"),
        ses_mail(P4, M.leaf(s7, cte="base64"), subj, s7_date, frm=aws_console))

    m2_date = T("2026-01-16 18:25:12+00:00")
    m2_txt = f"""Hello Raj,

There is an update on case {cid}.

Best regards,
Nikhil V.
Amazon Web Services

{console_footer(cid)}
"""
    m2_html = M.html_wrap(f"""<p>Hello Raj,</p>
<p>Your certification history from aws-02290517 now appears under AWS07721034, and the secondary profile has been deactivated. From now on, please sign in with raj.patel83@gmail.com only.</p>
<p>Within the next few days you should receive an email from Credly inviting you to accept your badges on the surviving profile. Your Solutions Architect &ndash; Associate 50% exam discount benefit has also been carried over.</p>
<p>If you notice anything missing, reply to this case and I will look into it.</p>
<p>Best regards,<br>Nikhil V.<br>Amazon Web Services</p>
<hr>
{M.text_to_html(console_footer(cid))}""")
    add("aws-console-reply-rp4", lab("merge_completed", cid, [P4["keep"], P4["old"]], True, "en"),
        ses_mail(P4, M.alternative(M.leaf(m2_txt, cte="7bit", charset="us-ascii"), M.leaf(m2_html, subtype="html", cte="base64")),
                 subj, m2_date, frm=aws_console))

    cr1_date = T("2026-01-17 07:48:20+00:00")
    badge_url = f"https://www.credly.com/earner/earned/badge/{M.uuidish()}"
    cr1_txt = f"""Raj, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Following the consolidation of your AWS Certification accounts, this badge has been re-issued to raj.patel83@gmail.com.

Accept your badge: {badge_url}

Once you accept, you can share it on LinkedIn, add it to your email signature, or download a certificate.

--
Credly, Inc. | 13 W 36th St, New York, NY 10018
Manage email preferences: https://www.credly.com/notification_settings
"""
    cr1_html = M.html_wrap(f"""<div style="max-width:600px;margin:auto">
<h1 style="font-size:22px">Raj, you've earned a badge!</h1>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="AWS Certified Solutions Architect - Associate"></p>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p style="color:#555">Following the consolidation of your AWS Certification accounts, this badge has been re-issued to raj.patel83@gmail.com.</p>
<p><a href="{badge_url}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; <a href="https://www.credly.com/notification_settings">Manage email preferences</a></p></div>""")
    o = M.generic_origin("o7.ptr2203.credly.com", "149.72.61.208",
                         f"bounces+2219874-{M.rstr('0123456789abcdef', 4)}-raj.patel83=gmail.com@em1923.credly.com",
                         dkim=[("credly.com", "s1"), ("sendgrid.info", "smtpapi")])
    add("credly-rp", lab("credly_badge_issued", None, [], True, "en"),
        M.build(M.alternative(M.leaf(cr1_txt), M.leaf(cr1_html, subtype="html")),
                frm=M.addr("Amazon Web Services Training and Certification via Credly", "admin@credly.com"),
                to=P4["mail"], subject="Raj, you've earned the AWS Certified Solutions Architect - Associate badge",
                date=cr1_date, origin=o, provider="gmail", rcpt=P4["mail"],
                a=M.auth(hfrom="credly.com", policy="REJECT"), msgid=f"<{M.uuidish()}@credly.com>"))

    # phishing look-alike: a confirmation request from a look-alike domain (dmarc passes for that domain)
    ph_date = T("2026-01-20 04:17:51+00:00")
    fake_cid = "176888101204473"
    ph = f"""Dear Candidate,

Your request to merge AWS Certification accounts (case {fake_cid}) is waiting for your approval.

    Primary account: AWS07721034
    Account to be merged: AWS02290517

Merging is irreversible. To approve the merge, confirm your identity and the account details within 24 hours using the secure link below. Requests that are not confirmed will be cancelled and both accounts may be temporarily suspended.

    Confirm merge: https://aws-certification-services.com/merge/confirm?ref={M.rstr('0123456789abcdef', 24)}

Thank you,
AWS Training & Certification Support Team
"""
    ph_html = M.html_wrap(f"""<div style="border-top:4px solid #ff9900;padding:20px;max-width:580px">
<p><img src="https://aws-certification-services.com/static/aws-logo.png" alt="aws" width="60"></p>
<p>Dear Candidate,</p>
<p>Your request to merge AWS Certification accounts (case {fake_cid}) is waiting for your approval.</p>
<p>Primary account: <b>AWS07721034</b><br>Account to be merged: <b>AWS02290517</b></p>
<p>Merging is irreversible. To approve the merge, confirm your identity and the account details within 24 hours using the secure link below. Requests that are not confirmed will be cancelled and both accounts may be temporarily suspended.</p>
<p><a href="https://aws-certification-services.com/merge/confirm?ref=8d0f" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm merge</a></p>
<p>Thank you,<br>AWS Training &amp; Certification Support Team</p></div>""")
    o = M.generic_origin("mail.aws-certification-services.com", "185.225.74.19",
                         "bounce@aws-certification-services.com", dkim=[("aws-certification-services.com", "default")])
    add("cert-support-notice-rp", lab("merge_confirmation_requested", fake_cid, [P4["keep"], P4["old"]], False, "en"),
        M.build(M.alternative(M.leaf(ph), M.leaf(ph_html, subtype="html")),
                frm=M.addr("AWS Training & Certification", "support@aws-certification-services.com"),
                to=P4["mail"], subject=f"Action required: approve your AWS Certification account merge [CASE {fake_cid}]",
                date=ph_date, origin=o, provider="gmail", rcpt=P4["mail"],
                a=M.auth(hfrom="aws-certification-services.com", policy="NONE"),
                msgid=f"<{M.uuidish()}@aws-certification-services.com>"))

    # Seller Central look-alike: merge of selling accounts, different product
    sc_date = T("2026-02-10 19:33:27+00:00")
    sc_cid = "7731046528"
    sc = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

As requested, we are ready to merge your two selling accounts:

  Merchant Token A1B2K7Q9ZP4XT3 (Kestrel Home Goods, raj.patel83@gmail.com) - will remain active
  Merchant Token A3K9XXQ2PLM4ZT (RP Imports) - will be closed after the merge

Listings, inventory and account health history will not be transferred automatically. A merge of selling accounts cannot be reversed.

If you would like us to proceed, please reply "Yes, please merge" through Case Log in Seller Central. If we do not hear from you within 7 days, this case will be closed.

We hope this helps.

Best regards,
Harsha
Amazon Selling Partner Support

Was this email helpful? https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={sc_cid}
"""
    o = M.ses_origin(sc_date)
    add("seller-central-rp", lab("unrelated", sc_cid, [], True, "en"),
        M.build(M.leaf(sc, cte="quoted-printable"), frm=M.addr("Amazon Seller Central", "seller-notification@amazon.com"),
                to=P4["mail"], subject=f"RE:[CASE {sc_cid}] Merge selling accounts",
                date=sc_date, origin=o, provider="gmail", rcpt=P4["mail"], a=M.auth()))

    # GitHub merged notification
    gh_date = T("2026-01-22 10:04:51+00:00")
    gh = """Merged #57 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kestrel-analytics/cert-tracker/pull/57#event-16230914871
You are receiving this because you authored the thread.

Message ID: <kestrel-analytics/cert-tracker/pull/57/issue_event/16230914871@github.com>
"""
    gh_html = M.html_wrap("""<p>Merged <a href="https://github.com/kestrel-analytics/cert-tracker/pull/57">#57</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kestrel-analytics/cert-tracker/pull/57#event-16230914871">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>""")
    o = M.generic_origin("out-21.smtp.github.com", "192.30.252.204",
                         "noreply@github.com", dkim=[("github.com", "pf2023")])
    add("github-notification", lab("unrelated", None, [], False, "en"),
        M.build(M.alternative(M.leaf(gh), M.leaf(gh_html, subtype="html")),
                frm=M.addr("Maria Gonzalez", "notifications@github.com"),
                to="kestrel-analytics/cert-tracker <cert-tracker@noreply.github.com>",
                cc="Raj Patel <raj.patel83@gmail.com>, Author <author@noreply.github.com>",
                subject="Re: [kestrel-analytics/cert-tracker] Merge duplicate candidate records by certification ID (PR #57)",
                date=gh_date, origin=o, provider="gmail", rcpt=P4["mail"], a=M.auth(hfrom="github.com", policy="REJECT"),
                msgid="<kestrel-analytics/cert-tracker/pull/57/issue_event/16230914871@github.com>",
                in_reply_to="<kestrel-analytics/cert-tracker/pull/57@github.com>",
                references="<kestrel-analytics/cert-tracker/pull/57@github.com>",
                extra=[("List-ID", "kestrel-analytics/cert-tracker <cert-tracker.kestrel-analytics.github.com>"),
                       ("X-GitHub-Reason", "author")]))

    # ================================================================ P6 Lukas (console, Outlook.com)
    cid = P6["cid"]
    cc2_date = T("2025-07-21 07:52:31+00:00")
    cc2 = f"""Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: Two AWS Certification accounts - please combine
Severity: General guidance
Correspondence: Hi, I seem to have two certification accounts, one from my university days (aws 03019986) and one personal (AWS05873321). Could you combine them into one? Thanks, Lukas

You can view and respond to your case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    add("aws-console-lb1", lab("case_created", cid, [P6["keep"], P6["old"]], True, "en"),
        ses_mail(P6, M.leaf(cc2, charset="us-ascii", cte="7bit"),
                 f"Amazon Web Services: You have opened a new Support case: {cid}", cc2_date, frm=aws_console))

    subj = f"RE:[CASE {cid}] Two AWS Certification accounts - please combine"
    s3_date = T("2025-07-22 12:14:09+00:00")
    s3 = f"""Hello Lukas,

Thanks for reaching out. I found both profiles you mentioned:

  - AWS05873321, registered with lukas.becker@outlook.com (AWS Certified Cloud Practitioner, 2024)
  - AWS03019986, registered with l.becker@stud.uni-mannheim.de (AWS Certified Solutions Architect - Associate, 2022)

Before we can bring these together, I need to know which one you would like to keep as your primary profile going forward. The email address on the profile you keep will be the one you use to sign in, and the one Credly sends your badges to.

Could you let me know your choice by replying to this case? If the university address is no longer active, that is worth keeping in mind.

Best regards,
Aisha K.
Amazon Web Services

{console_footer(cid)}
"""
    add("aws-console-lb2", lab("support_reply", cid, [P6["keep"], P6["old"]], True, "en"),
        ses_mail(P6, M.leaf(s3, cte="quoted-printable"), subj, s3_date, frm=aws_console))

    c3_date = T("2025-07-23 15:03:40+00:00")
    c3 = f"""Hello Lukas,

Thank you for letting me know. Based on your reply, this is what will happen:

  Primary profile (kept): aws05873321 - lukas.becker@outlook.com
  Secondary profile (merged into the primary and closed): aws03019986 - l.becker@stud.uni-mannheim.de

Both of your certifications will then be listed on aws05873321. Please note that this cannot be reversed afterwards.

Could you please confirm, by replying to this case, that you would like us to go ahead with the merge as described above? We will not make any changes until we receive your confirmation.

Best regards,
Aisha K.
Amazon Web Services

{console_footer(cid)}
"""
    add("aws-console-lb3", lab("merge_confirmation_requested", cid, [P6["keep"], P6["old"]], True, "en"),
        ses_mail(P6, M.leaf(c3, cte="quoted-printable"), subj, c3_date, frm=aws_console))

    # spoofed amazon.com sender, dmarc=fail at the provider, forged pass below
    sp_date = T("2025-07-24 06:58:13+00:00")
    sp_cid = "175330142209871"
    sp = f"""Hello Lukas,

We are ready to merge your AWS Certification accounts:

  Account kept: AWS05873321
  Account merged and removed: AWS03019986

Because a merge is final, we need you to verify the request before we continue. Please sign in through the secure Support Center link below and confirm the merge. If the merge is not confirmed within 12 hours, your certifications on both accounts may be put on hold.

https://support-center-aws.com/case/?displayId={sp_cid}&confirm=1

Best regards,
Amazon Web Services
"""
    o = M.generic_origin("vps-4471.hostingvalley.net", "91.215.85.140", "www-data@vps-4471.hostingvalley.net")
    forged = "amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com;\n dmarc=pass header.from=amazon.com"
    add("aws-console-lb4", lab("merge_confirmation_requested", sp_cid, [P6["keep"], P6["old"]], False, "en"),
        M.build(M.leaf(sp, cte="quoted-printable"), frm=aws_console, to=P6["mail"],
                subject=f"RE:[CASE {sp_cid}] Two AWS Certification accounts - please combine",
                date=sp_date, origin=o, provider="outlookcom", rcpt=P6["mail"],
                a=M.auth(dmarc="fail", spf="fail", dkim="none"), forged_ar=forged, sign_dkim=False,
                msgid=f"<{M.rstr('0123456789abcdef', 20)}@vps-4471.hostingvalley.net>",
                x_mailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"))

    m3_date = T("2025-07-25 13:29:58+00:00")
    m3 = f"""Hello Lukas,

We're closing this case now that the consolidation you asked for has been carried out: your history from AWS03019986 is now held under AWS05873321, and AWS03019986 has been deactivated. Both certifications show on your remaining profile.

Was your issue resolved?
  Yes: https://console.aws.amazon.com/support/feedback?displayId={cid}&resolved=yes
  No:  https://console.aws.amazon.com/support/feedback?displayId={cid}&resolved=no

If you need anything else regarding this request, you can reopen the case within 14 days.

Best regards,
Aisha K.
Amazon Web Services

{console_footer(cid)}
"""
    add("aws-console-lb5", lab("merge_completed", cid, [P6["keep"], P6["old"]], True, "en"),
        ses_mail(P6, M.leaf(m3, cte="quoted-printable"), f"[Case {cid}] Your case has been resolved", m3_date, frm=aws_console))

    # ================================================================ P7 Daniel (form, Fastmail)
    cid = P7["cid"]
    cc1_date = T("2026-02-03 20:20:02+00:00")
    cc1 = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that your request has been logged under case {cid}.

A member of our team will review your submission and get back to you, typically within 24 hours. To help us respond as quickly as possible, please do not submit another request for the same issue; simply reply to this email if you have anything to add.

Summary of your submission:
  Inquiry type: AWS Training and Certification
  Inquiry detail: Account Merge
  AWS candidate ID: {P7['keep']}
  Contact email: d.okafor@fastmail.com

Sincerely,
AWS Training and Certification
"""
    add("aws-form-do1", lab("case_created", cid, [P7["keep"]], True, "en"),
        ses_mail(P7, M.leaf(cc1, cte="quoted-printable"),
                 f"[CASE {cid}] [AWS Training and Certification Form Submission] - account-assistance", cc1_date))

    s4_date = T("2026-02-04 15:30:26+00:00")
    old_case = "10458833021"
    s4 = f"""Hello Daniel,

Thank you for your request to combine your certification profiles.

Before we can go any further we need to make sure that both profiles belong to you. The second profile you listed ({P7['old']}) is registered under a different name ("Dan Okafor-Smith") and to an email address that differs from the one on {P7['keep']}. I can also see an earlier case from 2022 ({old_case}) in which a name change was requested on that profile, but it was never completed.

Please reply to this email with:
  1. A scan or clear photo of a current government-issued photo ID (passport, driving licence or national identity card) showing your full legal name. You may cover the document number.
  2. The email address you used to register {P7['old']}, and whether you still have access to it.

Once we have verified your identity, we will send you the details of the proposed merge so you can review them.

Kind regards,
Tomasz
AWS Training and Certification
"""
    add("aws-form-do2", lab("support_reply", cid, [P7["keep"], P7["old"]], True, "en"),
        ses_mail(P7, M.leaf(s4, cte="quoted-printable"), form_subject(cid), s4_date))

    c5_date = T("2026-02-09 10:12:47+00:00")
    dan_date = T("2026-02-06 23:44:05+00:00")
    dan = f"""Hi Tomasz,

Attached is a photo of my passport. The old profile was registered with dan.okafor-smith@uni-leeds.ac.uk back when I used my double-barrelled name; I no longer have access to that mailbox.

Just to repeat: I'd like to keep AWS03874126 and have AWS08150399 folded into it.

Thanks,
Daniel

{M.en_gmail_attrib(s4_date, 'Amazon Web Services', tz=dt.timezone(dt.timedelta(hours=0)))}
{M.quote(s4)}"""
    c5 = f"""Hello Daniel,

Thank you for the document and the additional details - your identity has been verified and we have everything we need.

Here is what we are proposing:

  Candidate ID to keep: {P7['keep']} (d.okafor@fastmail.com)
  Candidate ID to merge into it: {P7['old']} (dan.okafor-smith@uni-leeds.ac.uk)

After the merge, your exam history and certifications from {P7['old']} will be shown under {P7['keep']} and {P7['old']} will no longer be accessible. This is an irreversible action.

Please reply to this email to confirm that you agree with the above and would like us to proceed.

Kind regards,
Tomasz
AWS Training and Certification

-----Original Message-----
From: Daniel Okafor <d.okafor@fastmail.com>
Sent: {M.rfc(dan_date)}
Subject: Re: {form_subject(cid)}

{M.quote(dan)}"""
    add("aws-form-do3", lab("merge_confirmation_requested", cid, [P7["keep"], P7["old"]], True, "en"),
        ses_mail(P7, M.leaf(c5, cte="quoted-printable"), form_subject(cid), c5_date))

    s6_date = T("2026-02-16 09:00:31+00:00")
    s6 = f"""Hello Daniel,

We're following up on this case because we haven't heard back from you since our last message.

Do you still need help with this request? If so, simply reply to this email and we'll pick it up from where we left off. If we don't hear from you within the next 5 business days, we'll assume the matter no longer needs our attention and close the case.

Kind regards,
Tomasz
AWS Training and Certification

---------- Previous message ----------
Date: {M.rfc(c5_date)}
Subject: {form_subject(cid)}

{c5.split('-----Original Message-----')[0].rstrip()}
"""
    add("aws-form-do4", lab("support_reply", cid, [], True, "en"),
        ses_mail(P7, M.leaf(s6, cte="base64"), form_subject(cid), s6_date))

    sv1_date = T("2026-02-24 17:45:03+00:00")
    sv1 = f"""Hello Daniel,

Your case {cid} has been closed.

We hope we were able to help. Please take a moment to tell us about your experience - the survey has three questions and takes less than a minute.

  How satisfied were you with the support you received?
  Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied
  https://survey.aws-training.amazon.com/s/{M.rstr('abcdefghijklmnopqrstuvwxyz0123456789', 12)}?case={cid}

If you need further help, reply to this email within 14 days and your case will be reopened.

Thank you,
AWS Training and Certification
"""
    sv1_html = M.html_wrap(M.text_to_html(sv1).replace("Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied",
                                                     "<b>Very satisfied</b> | Satisfied | Neutral | Dissatisfied | Very dissatisfied"))
    add("aws-form-do5", lab("survey", cid, [], True, "en"),
        ses_mail(P7, M.alternative(M.leaf(sv1), M.leaf(sv1_html, subtype="html")),
                 f"How did we do? [CASE {cid}]", sv1_date))

    # AWS Organizations case: different product's accounts
    cid3 = M.case_id("2026-03-04 08:11:20+00:00", "01958")
    org_date = T("2026-03-05 13:40:10+00:00")
    org = f"""Hello Daniel,

Thank you for your patience.

Before we make any changes, please confirm the following:

  - Member accounts 4821-7730-1196 (prod) and 9902-1184-5523 (sandbox) will be removed from organization o-7hq2m4xk1p
  - Both accounts will then be invited to join organization o-k3p9r8d2wz, whose management account is 6614-2093-8870
  - From the next billing period, charges for these accounts will appear on the consolidated bill of the new organization

Any Service Control Policies attached in the old organization will no longer apply. Please reply to this case to confirm you would like us to proceed.

Best regards,
Oluwaseun A.
Amazon Web Services

{console_footer(cid3)}
"""
    add("aws-console-do", lab("unrelated", cid3, [], True, "en"),
        ses_mail(P7, M.leaf(org, cte="quoted-printable"), f"RE:[CASE {cid3}] Move member accounts to another organization",
                 org_date, frm=aws_console))

    # ================================================================ P9 Sofia (form, Yahoo)
    cid = P9["cid"]
    c4_date = T("2025-10-07 14:10:18+00:00")
    c4_txt = f"""Hi Sofia,

Thank you for writing in. We found three certification profiles in your name and are ready to bring them together - but before we do anything we need your explicit go-ahead, because this action is permanent.

Here is the plan:
- The profile that will hold everything afterwards: {P9['a']} (sofia.marquez@yahoo.com)
- Profiles to be folded into it and then switched off: {P9['b']} (smarquez@lumenhealth.org) and {P9['c']} (sofia.m.1990@hotmail.com)

All exam results and active certifications from {P9['b']} and {P9['c']} will move to {P9['a']}.

If this is what you want, please reply with "I agree". If you would rather keep a different profile, tell us which one.

Warm regards,
Jonah
AWS Training and Certification"""
    c4_html = M.html_wrap(f"""<div>Hi Sofia,</div><div><br></div>
<div>Thank you for writing in. We found three certification profiles in your name and are ready to bring them together &ndash; but before we do anything we need your <b>explicit go-ahead</b>, because this action is permanent.</div><div><br></div>
<div>Here is the plan:</div>
<ul><li>The profile that will hold everything afterwards: <b>{P9['a']}</b> (sofia.marquez@yahoo.com)</li>
<li>Profiles to be folded into it and then switched off: <b>{P9['b']}</b> (smarquez@lumenhealth.org) and <b>{P9['c']}</b> (sofia.m.1990@hotmail.com)</li></ul>
<div>All exam results and active certifications from {P9['b']} and {P9['c']} will move to {P9['a']}.</div><div><br></div>
<div>If this is what you want, please reply with &ldquo;I agree&rdquo;. If you would rather keep a different profile, tell us which one.</div><div><br></div>
<div>Warm regards,<br>Jonah<br>AWS Training and Certification</div>""")
    add("aws-form-sm1", lab("merge_confirmation_requested", cid, [P9["a"], P9["b"], P9["c"]], True, "en"),
        ses_mail(P9, M.leaf(c4_html, subtype="html", cte="quoted-printable"), form_subject(cid), c4_date))

    c10_date = T("2025-10-08 16:22:49+00:00")
    sofia_date = T("2025-10-07 15:02:41+00:00")
    et = dt.timezone(dt.timedelta(hours=-4))
    sd = sofia_date.astimezone(et)
    c10 = f"""Hi Sofia,

Thanks for letting us know, and no problem at all. Here are the updated details:

- Profile to keep: {P9['b']} (smarquez@lumenhealth.org)
- Profiles to be merged into it and closed: {P9['a']} (sofia.marquez@yahoo.com) and {P9['c']} (sofia.m.1990@hotmail.com)

Once this is done it cannot be reversed, and you will sign in with smarquez@lumenhealth.org only. Please reply to confirm that these revised details are correct and that we may proceed.

Warm regards,
Jonah
AWS Training and Certification



On {WD(sd)}, {M.MON_EN_LONG[sd.month-1]} {sd.day}, {sd.year} at {sd.strftime('%I:%M:%S %p')} EDT, Sofia Marquez <sofia.marquez@yahoo.com> wrote:

Hi Jonah,
Actually I'd prefer to keep {P9['b']}, since that's the one tied to my current job email and my employer pays for my exams. The other two can go.
Thanks!
Sofia


On Tuesday, October 7, 2025 at 10:10:18 AM EDT, Amazon Web Services <{FORM_ADDR}> wrote:

{c4_txt}
"""
    add("aws-form-sm2", lab("merge_confirmation_requested", cid, [P9["a"], P9["b"], P9["c"]], True, "en"),
        ses_mail(P9, M.leaf(c10, cte="quoted-printable"), form_subject(cid), c10_date))

    # Credly's own account-merge code (unrelated)
    cm_date = T("2025-10-20 18:06:44+00:00")
    code = "739204"
    cm_txt = f"""Hi Sofia,

We received a request to merge the Credly account registered to sofia.m.1990@hotmail.com into your account.

Your verification code is: {code}

Enter this code on the merge page, or click the link below, to complete the account merge. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token={M.rstr('abcdefghijklmnopqrstuvwxyz0123456789', 32)}

If you did not request this, you can ignore this email; no changes will be made.

The Credly Team
"""
    o = M.generic_origin("o1.ptr5501.credly.com", "149.72.154.232",
                         f"bounces+2219874-{M.rstr('0123456789abcdef', 4)}-sofia.marquez=yahoo.com@em1923.credly.com",
                         dkim=[("credly.com", "s1")])
    add("credly-sm", lab("unrelated", None, [], True, "en"),
        M.build(M.alternative(M.leaf(cm_txt), M.leaf(M.html_wrap(M.text_to_html(cm_txt)), subtype="html")),
                frm=M.addr("Credly", "no-reply@credly.com"), to=P9["mail"],
                subject="Your Credly account merge verification code", date=cm_date, origin=o, provider="yahoo",
                rcpt=P9["mail"], a=M.auth(hfrom="credly.com", policy="REJECT"), msgid=f"<{M.uuidish()}@credly.com>"))

    # ================================================================ P13 Hannah (console, Proton)
    cid = P13["cid"]
    c9_date = T("2025-05-20 09:15:37+00:00")
    c9 = f"""Hello Hannah,

Thank you for contacting AWS Support about your two AWS Certification accounts.

I have checked both and can merge them for you as follows:

  Account that remains: AWS02618840 (hannah.kim@proton.me)
  Account that is merged into it and closed: aws07055193 (hkim@sablewave.com)

Once you confirm, we'll submit the merge to our certification team. After the merge is complete, we will let you know on this case, and your Credly badges will be re-issued to hannah.kim@proton.me.

Please keep in mind that a merge cannot be reversed. Can you confirm that you would like us to merge the accounts exactly as listed above? You can respond through the Support Center.

Best regards,
Gabriel M.
Amazon Web Services

{console_footer(cid)}
"""
    add("aws-console-hk", lab("merge_confirmation_requested", cid, [P13["keep"], P13["old"]], True, "en"),
        ses_mail(P13, M.leaf(c9, cte="quoted-printable"), f"RE:[CASE {cid}] AWS Certification - duplicate account",
                 c9_date, frm=aws_console))

    # ================================================================ P14 Tom (form, on-prem Exchange, no AR)
    cid = P14["cid"]
    c8_date = T("2026-03-18 11:40:09+00:00")
    c8 = f"""Dear Tom,

Thank you for contacting AWS Training and Certification regarding your duplicate accounts.

We have identified the following three AWS Certification accounts registered in your name:

  1. AWS04751602 - t.wright@brightwave.co.uk
  2. AWS-08866024 - tom.wright@northgate-it.co.uk
  3. AWS 01290475 - tomwright.cloud@gmail.com

Per your request, we would retain account 1 (AWS04751602) and merge accounts 2 and 3 into it. Following the merge, accounts 2 and 3 will be deactivated and all certification records, exam history and benefits will be consolidated under AWS04751602.

As this process is irreversible, we require your written confirmation before proceeding. Please reply to this email stating that you agree to the merge of the accounts listed above.

Kind regards,
Fiona
AWS Training and Certification
"""
    add("aws-form-tw", lab("merge_confirmation_requested", cid, [P14["keep"], P14["old1"], P14["old2"]], None, "en"),
        ses_mail(P14, M.leaf(c8, cte="quoted-printable"), form_subject(cid, re="RE: "), c8_date))


def WD(t):
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][t.weekday()]
