"""Issue 18 "Your side of the conversation", end to end against the real Dovecot.

Each test delivers mail into the test mailbox (INBOX and Sent, as a mail
client would leave it), runs the service pass by pass with a fake clock,
and reads back the case (`cases --json`), the Drafts folder and the digest.
"""

from __future__ import annotations

from datetime import timedelta

from support import CASE, FORM, SUBJECT, T0, YOU, mail, make_settings, thread
from test_drafts_e2e import case_json, cli, deliver_all, folder_messages, run_pass, stored_drafts

NOW = T0 + timedelta(hours=27)
LATER = T0 + timedelta(hours=31)


def sent(name, *, to, body, at=T0 + timedelta(hours=30), subject=SUBJECT, in_reply_to=None):
    """The user's own mail, as it lies in Sent."""
    return mail(name, at=at, subject=subject, frm=f"Hanako Yamada <{YOU}>", to=to, folder="Sent", authres=None,
                in_reply_to=in_reply_to, message_id=f"<{name}@example.jp>", body=body)


def your_events(case):
    return [e for e in case["events"] if e["kind"].startswith("your_")]


def test_a_forward_to_a_colleague_changes_nothing(imap_user, deliver, tmp_path, capsys):
    """Forwarding the request to a colleague is on the timeline; the case still waits for your confirmation."""
    t = thread()
    forward = sent("fwd", to="taro.suzuki@example.jp", subject=f"Fwd: {SUBJECT}", body="""
                   Taro, could you check which of these accounts my company voucher is on? Is this right?

                   ---------- Forwarded message ---------
                   From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
                   Please reply to confirm.
                   """)
    deliver_all(deliver, t["created"], t["confirm"], forward)
    settings = make_settings(imap_user, tmp_path)

    run_pass(settings, LATER)

    case = case_json(capsys, settings, LATER)
    assert case["state"] == "awaiting_your_confirmation"
    [event] = your_events(case)
    assert event["kind"] == "your_forward" and event["to"] == ["taro.suzuki@example.jp"]
    assert "reading" not in event
    # the confirmation is still drafted and waits in Drafts
    assert [(d.purpose, d.status) for d in stored_drafts(settings)] == [("confirmation", "in_drafts")]
    code, out, _ = cli(capsys, settings, "digest", "--now", LATER.isoformat())
    assert "You forwarded the case to taro.suzuki@example.jp (not a reply to support: nothing changed)" in out


def test_a_correcting_reply_leaves_the_case_with_support(imap_user, deliver, tmp_path, capsys):
    t = thread()
    correction = sent("correct", to=FORM, in_reply_to=t["confirm"].message_id, body=f"""
                      Hello Maria,

                      Sorry, but that is the wrong way round: AWS01234567 is the one I need to keep.

                      Best regards,
                      Hanako

                      On Tue, 4 Nov 2025 at 09:20, Amazon Web Services <{FORM}> wrote:
                      > Kindly reply to this email to confirm that you would like us to proceed.
                      """)
    deliver_all(deliver, t["created"], t["confirm"], correction)
    settings = make_settings(imap_user, tmp_path)

    run_pass(settings, LATER)

    case = case_json(capsys, settings, LATER)
    assert case["state"] == "awaiting_support"
    [event] = your_events(case)
    assert (event["kind"], event["reading"], event["certain"]) == ("your_reply", "corrected", True)
    assert event["to"] == [FORM]


def test_a_confirming_reply_moves_the_case_on(imap_user, deliver, tmp_path, capsys):
    t = thread()
    deliver_all(deliver, t["created"], t["confirm"], t["reply"])
    settings = make_settings(imap_user, tmp_path)

    run_pass(settings, LATER)

    case = case_json(capsys, settings, LATER)
    assert case["state"] == "awaiting_merge"
    [event] = your_events(case)
    assert (event["kind"], event["reading"]) == ("your_reply", "confirmed")
    assert event["reasons"]


def test_a_reply_confirming_the_reverse_is_warned(imap_user, deliver, tmp_path, capsys):
    t = thread()
    reply = sent("reverse", to=FORM, body="""
                 Yes, please go ahead: keep AWS07654321 and merge AWS01234567 into it.
                 """)
    deliver_all(deliver, t["created"], t["confirm"], reply)
    settings = make_settings(imap_user, tmp_path)

    run_pass(settings, LATER)

    case = case_json(capsys, settings, LATER)
    assert case["state"] == "awaiting_merge"  # you did confirm: support will act on it
    assert any("your configuration keeps AWS01234567" in w for w in case["warnings"])


def test_an_answer_to_an_information_request_waits_for_support(imap_user, deliver, tmp_path, capsys):
    t = thread()
    ask = mail("ask-info", at=T0 + timedelta(hours=26), subject=SUBJECT, body="""
               Hello Hanako,

               Could you please provide the notification e-mail of each account?

               Best regards,
               Maria
               Amazon Web Services
               """)
    answer = sent("answer", to=FORM, in_reply_to=ask.message_id, body="""
                  Hello Maria,

                  The notification address of AWS07654321 is h.yamada@old-employer.example.com, and
                  the one of AWS01234567 is hanako.yamada@example.jp.

                  Regards,
                  Hanako
                  """)
    deliver_all(deliver, t["created"], ask, answer)
    settings = make_settings(imap_user, tmp_path)

    run_pass(settings, LATER)

    case = case_json(capsys, settings, LATER)
    assert case["state"] == "awaiting_support"
    [event] = your_events(case)
    assert (event["kind"], event["reading"]) == ("your_reply", "answered")


def test_a_reply_to_a_lookalike_address_is_a_loud_warning(imap_user, deliver, tmp_path, capsys):
    t = thread()
    fooled = sent("fooled", to="support@amaz0n-certification.com", body="Yes, please proceed with the merge.")
    deliver_all(deliver, t["created"], t["confirm"], t["phishing"], fooled)
    alerts = tmp_path / "alerts.txt"
    settings = make_settings(imap_user, tmp_path, extra=f'[digest]\ndeliver = ["file"]\nfile = "{alerts}"\n')

    run_pass(settings, LATER)

    # at once: not at the next digest, nor at a deadline
    said = alerts.read_text(encoding="utf-8")
    assert said.count("WARNING, please read now") == 1
    assert "you replied to support@amaz0n-certification.com, which is not AWS" in said
    run_pass(settings, LATER + timedelta(hours=1))
    assert alerts.read_text(encoding="utf-8").count("WARNING, please read now") == 1  # once

    case = case_json(capsys, settings, LATER)
    assert case["state"] == "awaiting_your_confirmation"  # support never got it
    [event] = your_events(case)
    assert event["kind"] == "your_lookalike_reply"
    assert any("you replied to support@amaz0n-certification.com, which is not AWS" in w for w in case["warnings"])
    code, out, _ = cli(capsys, settings, "digest", "--now", LATER.isoformat())
    head = out.split("== Case", 1)[0]
    assert f"!!! Case {CASE}" in head and "support@amaz0n-certification.com, which is not AWS" in head


CONSOLE = "no-reply-aws@amazon.com"
CONSOLE_SUBJECT = f"RE:[CASE {CASE}] Certification account merge"
LINK = f"https://console.aws.amazon.com/support/home#/case/?displayId={CASE}&language=en"


def _console_thread():
    frm = f'"Amazon Web Services" <{CONSOLE}>'
    opened = mail("c-opened", at=T0 + timedelta(seconds=50), frm=frm,
                  subject=f"Amazon Web Services: You have opened a new Support case: {CASE}", body=f"""
                  Thank you for contacting Amazon Web Services. We have opened case {CASE} to address your issue.

                  Case ID: {CASE}
                  Subject: Certification account merge
                  Severity: General guidance

                  This e-mail address cannot accept replies. To see your case or reply, sign in to the
                  Support Center: {LINK}
                  """)
    request = mail("c-request", at=T0 + timedelta(hours=26), frm=frm, subject=CONSOLE_SUBJECT, body=f"""
                   Hello,

                   I located the following accounts:
                   Account to keep (primary): AWS01234567 - hanako.yamada@example.jp
                   Account to be merged: AWS07654321 - h.yamada@old-employer.example.com

                   Please note that once the accounts are merged, the merge cannot be undone.
                   Please reply to confirm that you would like us to proceed.

                   Best regards,
                   Ken
                   Amazon Web Services

                   To reply to this case, please use the Support Center: {LINK}
                   This e-mail address cannot accept replies.
                   """)
    thanks = mail("c-thanks", at=T0 + timedelta(hours=33), frm=frm, subject=CONSOLE_SUBJECT, body=f"""
                  Hello,

                  Thank you for your reply. We are now working on your request and will update you soon.

                  Best regards,
                  Ken
                  Amazon Web Services

                  To reply to this case, please use the Support Center: {LINK}
                  """)
    done = mail("c-done", at=T0 + timedelta(hours=50), frm=frm, subject=CONSOLE_SUBJECT, body=f"""
                Hello,

                I have merged your accounts. All your certifications now appear under AWS01234567.

                Best regards,
                Ken
                Amazon Web Services
                """)
    return opened, request, thanks, done


def test_a_console_case_from_acknowledgement_to_completion(imap_user, deliver, tmp_path, capsys):
    """No e-mail is drafted to an address that takes no replies: the text to paste is kept, the
    digest says to answer in the Support Center, and support's next mail moves the case on."""
    opened, request, thanks, done = _console_thread()
    deliver_all(deliver, opened, request)
    settings = make_settings(imap_user, tmp_path)

    run_pass(settings, NOW)

    case = case_json(capsys, settings, NOW)
    assert case["state"] == "awaiting_your_confirmation"
    assert case["console"] == {"support_center": LINK}
    assert folder_messages(imap_user) == []  # nothing in Drafts
    [draft] = stored_drafts(settings)
    assert (draft.purpose, draft.status, draft.to_addr) == ("confirmation", "paste", LINK)
    code, out, _ = cli(capsys, settings, "drafts", "show", str(draft.id))
    assert code == 0
    assert "PASTE INTO THE AWS SUPPORT CENTER" in out and LINK in out
    assert "Account to keep:\n  AWS01234567" in out and "To: no-reply" not in out
    code, _, err = cli(capsys, settings, "drafts", "send", str(draft.id), "--yes")
    assert code != 0 and "Support Center" in err
    code, out, _ = cli(capsys, settings, "digest", "--now", (NOW + timedelta(hours=20)).isoformat())
    assert f"answer support's confirmation request in the AWS Support Center, {LINK}" in out
    assert f"certmerge-mail drafts show {draft.id}" in out

    deliver_all(deliver, thanks)
    run_pass(settings, T0 + timedelta(hours=34))
    case = case_json(capsys, settings, T0 + timedelta(hours=34))
    assert case["state"] == "awaiting_merge"
    assert [d.status for d in stored_drafts(settings)] == ["superseded"]  # no longer to paste

    deliver_all(deliver, done)
    run_pass(settings, T0 + timedelta(hours=51))
    assert case_json(capsys, settings, T0 + timedelta(hours=51))["state"] == "awaiting_badges"
    assert folder_messages(imap_user) == []  # still nothing drafted to no-reply-aws@amazon.com


def test_an_e_mail_reply_to_a_console_case_is_warned_and_counts_for_nothing(imap_user, deliver, tmp_path, capsys):
    opened, request, _thanks, _done = _console_thread()
    bounced = sent("to-no-reply", to=CONSOLE, subject=CONSOLE_SUBJECT, body="Yes, please proceed.")
    deliver_all(deliver, opened, request, bounced)
    settings = make_settings(imap_user, tmp_path)

    run_pass(settings, LATER)

    case = case_json(capsys, settings, LATER)
    assert case["state"] == "awaiting_your_confirmation"
    assert [e["kind"] for e in your_events(case)] == ["your_undeliverable_reply"]
    assert any(f"you replied by e-mail to {CONSOLE}, which takes no replies" in w for w in case["warnings"])


def test_cases_replied_says_you_answered_in_the_support_center(imap_user, deliver, tmp_path, capsys):
    opened, request, _thanks, _done = _console_thread()
    deliver_all(deliver, opened, request)
    settings = make_settings(imap_user, tmp_path)
    run_pass(settings, NOW)

    code, out, _ = cli(capsys, settings, "cases", "replied", CASE, "--now", (NOW + timedelta(hours=1)).isoformat())

    assert code == 0 and "awaiting_merge" in out
    case = case_json(capsys, settings, NOW + timedelta(hours=2))
    assert case["state"] == "awaiting_merge"
    [event] = your_events(case)
    assert (event["reading"], event["reasons"]) == ("confirmed", ["said with `cases replied`"])
    run_pass(settings, NOW + timedelta(hours=3))
    assert [d.status for d in stored_drafts(settings)] == ["superseded"]
    code, _, err = cli(capsys, settings, "cases", "replied", "999")
    assert code != 0 and "no case 999" in err
