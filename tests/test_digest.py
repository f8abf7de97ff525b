"""The digest and nudge mails: context, both languages, text and HTML, the
notification message, and the golden digests under tests/expected/.

Set CERTMERGE_UPDATE_GOLDEN=1 to rewrite the golden files (then read them)."""

from __future__ import annotations

import email
import email.policy
import os
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from certmerge_mail.adapters.notification import build_notification, render_digest, render_nudge
from certmerge_mail.core.corrections import Uncertain
from certmerge_mail.core.digest import build_digest, nudge_context
from certmerge_mail.core.i18n import MESSAGES, text
from certmerge_mail.core.nudges import CaseView, NudgePlan
from certmerge_mail.core.settings import Account

UTC = timezone.utc
TOKYO = ZoneInfo("Asia/Tokyo")
EXPECTED = Path(__file__).parent / "expected"
NOW = datetime(2025, 11, 10, 23, 0, tzinfo=UTC)  # 08:00 JST on the 11th

SAA = "AWS Certified Solutions Architect - Associate"
DVA = "AWS Certified Developer - Associate"
ACCOUNTS = (
    Account("AWS01234567", "keep", "taro@example.com", "taro@example.com", (SAA,)),
    Account("AWS07654321", "merge", "taro.old@example.jp", "taro.old@example.jp", (DVA,)),
)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment given on the Tokyo clock, as UTC (as the store keeps it)."""
    return datetime(2025, 11, day, hour, minute, tzinfo=TOKYO).astimezone(UTC)


DOUBTED = Uncertain(  # a confirmation request read with doubts: counted as a plain support reply
    case_id="176271840000002", message_id="<doubted@email.amazonses.com>", number=42,
    subject="RE:[CASE 176271840000002] account merge", read_as="merge_confirmation_requested",
    doubts=("it also says the merge is done",),
)
WAITING = CaseView(  # not overdue, due soonest among the rest; one mail needs your look
    case_id="176271840000002", state="awaiting_support", since=at(10, 18), deadline=at(12, 18),
    overdue=False, events=(("case_created", at(10, 18), True), ("support_reply", at(10, 19), True)),
    needs_look=(DOUBTED,),
)
LOOKALIKE = ("suspicious mail: support@aws-certification-merge.com looks like merge_confirmation_requested "
             "('Confirm <script>alert(1)</script> now') but failed sender verification; it was ignored")
CONFIRM = CaseView(  # overdue, with a draft, and a look-alike mail
    case_id="176220000000001", state="awaiting_your_confirmation", since=at(9, 10), deadline=at(9, 22),
    overdue=True,
    events=(
        ("merge_confirmation_requested", at(9, 10), True),
        ("case_created", at(8, 9, 30), True),
        ("merge_confirmation_requested", at(9, 11, 5), False),
    ),
    warnings=(LOOKALIKE,),
    drafts=(("confirmation", "in_drafts", "RE:[CASE 176220000000001] account merge"),),
)
MISMATCH = CaseView(  # not overdue; the agent named the wrong account, so nothing was drafted
    case_id="176280000000005", state="awaiting_your_confirmation", since=at(11, 7), deadline=at(11, 19),
    overdue=False,
    events=(("case_created", at(10, 21), True), ("merge_confirmation_requested", at(11, 7), True)),
    warnings=("the agent names AWS09999999, which is not one of your configured accounts",
              "the agent does not name AWS07654321 (your account to merge)"),
)
BADGES = CaseView(  # overdue for longer than CONFIRM
    case_id="176180000000003", state="awaiting_badges", since=at(7, 15), deadline=at(9, 15),
    overdue=True,
    events=(
        ("case_created", at(4, 20), True),
        ("merge_confirmation_requested", at(5, 11), True),
        ("your_reply", at(5, 21, 12), True),
        ("merge_completed", at(7, 15), True),
        ("survey", at(7, 15, 1), True),
        ("credly_badge_issued", at(7, 18), True),
    ),
    drafts=(("credly_follow_up", "in_drafts", "RE:[CASE 176180000000003] Credly badges after the merge"),),
    badges_missing=(DVA,), survey_seen=True,
)
DONE = CaseView(
    case_id="175900000000004", state="done", since=at(2, 9), deadline=None, overdue=False,
    events=(("merge_completed", at(1, 16), True), ("credly_badge_issued", at(2, 9), True)),
)
CASES = [DONE, WAITING, BADGES, MISMATCH, CONFIRM]


def digest(language: str, cases=CASES) -> dict:
    return build_digest(cases, now=NOW, language=language, tz=TOKYO, accounts=ACCOUNTS)


def test_overdue_cases_come_first_then_by_deadline():
    order = [c["case_id"] for c in digest("en")["cases"]]
    # BADGES has been overdue longest (deadline on the 9th at 15:00), CONFIRM since 22:00.
    assert order == [BADGES.case_id, CONFIRM.case_id, MISMATCH.case_id, WAITING.case_id, DONE.case_id]


def test_subject_counts_cases_and_overdue():
    assert digest("en")["subject"] == "[certmerge-mail] Daily digest: 5 cases, 2 overdue"
    assert digest("en", [WAITING])["subject"] == "[certmerge-mail] Daily digest: 1 case, none overdue"
    assert digest("en", [CONFIRM])["subject"] == "[certmerge-mail] Daily digest: 1 case, 1 overdue"
    assert digest("ja", [CONFIRM])["subject"] == "[certmerge-mail] 日次ダイジェスト: ケース 1 件（期限切れ 1 件）"


def test_english_text_digest():
    subject, body, html = render_digest(digest("en"))
    confirm = body.index("== Case 176220000000001")
    # Overdue cases first; the warning comes before what to do.
    assert body.index("== Case 176180000000003") < confirm < body.index("== Case 176271840000002")
    assert "!! OVERDUE since 2025-11-09 22:00 JST" in body
    assert confirm < body.index("!! Warning: suspicious mail: support@aws-certification-merge.com") < body.index(
        "Review the confirmation reply drafted in your Drafts folder and send it.")
    mismatch = body.index("Case 176280000000005")
    assert mismatch < body.index("!! Warning: the agent names AWS09999999") < body.index(
        "Read the warnings above before you reply to support's confirmation request: "
        "do not confirm a merge that lists the wrong accounts.")
    assert "Please reply by 2025-11-11 19:00 JST" in body
    assert "2025-11-09 11:05 JST  Support asked you to confirm the merge\n      !! SUSPICIOUS" in body
    assert "Your Credly badges have not arrived: a request to support has been drafted." in body
    assert "Nothing to do: waiting for support to reply." in body
    assert "Nothing to do: the merge is complete." in body
    assert body.index("2025-11-08 09:30 JST  Case opened") < body.index("2025-11-09 10:00 JST")


def test_checklist_only_after_the_merge():
    cases = {c["case_id"]: c for c in digest("en")["cases"]}
    for case in (WAITING, CONFIRM, MISMATCH):
        assert cases[case.case_id]["checklist"] == []
    for case_id in (BADGES.case_id, DONE.case_id):
        texts = [item["text"] for item in cases[case_id]["checklist"]]
        assert "Sign in to AWS Certification with account AWS01234567 and check that it lists:" in texts
        assert any("50% exam voucher" in t and "AWS01234567" in t for t in texts)
        assert any("Credly badges have moved" in t for t in texts)
    badges = cases[BADGES.case_id]["checklist"][2]["details"]
    assert [(b["text"], b["missing"]) for b in badges] == [
        (f"{SAA} (arrived)", False), (f"{DVA} (not arrived yet)", True)]
    _, body, _ = render_digest(digest("en"))
    assert f"      ! {DVA} (not arrived yet)" in body
    assert body.count("After the merge, please check:") == 2


def test_checklist_when_no_badge_has_arrived_and_nothing_is_configured():
    case = CaseView("176180000000003", "awaiting_badges", at(7, 15), at(9, 15), False, badges_missing=("any badge",))
    checklist = build_digest([case], now=NOW, language="en", tz=TOKYO, accounts=())["cases"][0]["checklist"]
    assert [item["text"] for item in checklist] == [
        "Sign in to AWS Certification with the account you kept and check that it lists all your certifications.",
        "Check that your benefits, such as the 50% exam voucher, have carried over to the account you kept.",
        "Check that your Credly badges have moved to your Credly account (no Credly badge e-mail has arrived yet).",
    ]


def test_japanese_text_digest():
    subject, body, _ = render_digest(digest("ja"))
    assert subject == "[certmerge-mail] 日次ダイジェスト: ケース 5 件（期限切れ 2 件）"
    for phrase in ("下書きフォルダの返信案を確認して送信してください",
                   "期限切れ（2025-11-09 22:00 JST から）",
                   "!! 警告: the agent names AWS09999999",
                   "統合するアカウントが正しくない場合は、統合を承認しないでください。",
                   "不審なメール",
                   "Credly のバッジが届いていないため、サポートへの依頼メールを下書きしました",
                   "対応は不要です。サポートからの返信をお待ちください。",
                   "統合後に次の点を確認してください",
                   "50% 割引の受験バウチャー",
                   f"{DVA}（まだ届いていません）"):
        assert phrase in body, phrase
    assert "What to do now" not in body and "Timeline" not in body


def test_unknown_language_falls_back_to_english():
    assert digest("fr")["subject"] == digest("en")["subject"]
    assert digest("fr")["language"] == "en"
    assert text("ja", "no_such_key") == "no_such_key"


def test_every_message_exists_in_both_languages():
    assert MESSAGES["en"].keys() == MESSAGES["ja"].keys()


def test_what_to_do_depends_on_the_drafts():
    def todo(case):
        return build_digest([case], now=NOW, language="en", tz=TOKYO, accounts=ACCOUNTS)["cases"][0]["todo"]

    no_draft = CaseView("1", "awaiting_your_confirmation", at(9, 10), at(9, 22), True)
    assert todo(no_draft).startswith("Reply to support's confirmation request")
    sent = CaseView("1", "awaiting_your_confirmation", at(9, 10), at(9, 22), True,
                    drafts=(("confirmation", "failed", "RE: x"),))
    assert todo(sent).startswith("Reply to support's confirmation request")
    silent = CaseView("1", "awaiting_support", at(9, 10), at(9, 22), True, drafts=(("follow_up", "pending", "x"),))
    assert todo(silent).startswith("Support has not replied: a follow-up to support has been drafted.")
    merging = CaseView("1", "awaiting_merge", at(9, 10), at(12, 10), False)
    assert todo(merging) == "Nothing to do: support is merging the accounts."
    slow = CaseView("1", "awaiting_merge", at(1, 10), at(4, 10), True, drafts=(("follow_up", "in_drafts", "x"),))
    assert "a follow-up to support has been drafted" in todo(slow)
    asked = CaseView("1", "awaiting_your_reply", at(9, 10), at(9, 22), True, drafts=(("information", "in_drafts", "x"),))
    assert "a reply has been drafted" in todo(asked)


def test_html_escapes_and_shows_warnings():
    _, _, html = render_digest(digest("en"))
    assert "<script>" not in html
    assert "&#39;Confirm &lt;script&gt;alert(1)&lt;/script&gt; now&#39;" in html
    assert html.index("&lt;script&gt;") < html.index("Review the confirmation reply drafted")
    assert '<html lang="en">' in html
    _, _, html_ja = render_digest(digest("ja"))
    assert '<html lang="ja">' in html_ja and "下書きフォルダの返信案を確認して送信してください" in html_ja


@pytest.mark.parametrize("language", ["en", "ja"])
def test_golden_digest(language):
    _, body, _ = render_digest(digest(language))
    golden = EXPECTED / f"digest.{language}.txt"
    if os.environ.get("CERTMERGE_UPDATE_GOLDEN"):
        golden.write_text(body, encoding="utf-8")
    assert body == golden.read_text(encoding="utf-8")


def test_empty_digest():
    _, body, html = render_digest(digest("en", []))
    assert "No account-merge case has been found in your mailbox yet." in body
    assert "[certmerge-mail] Daily digest: no cases" == digest("en", [])["subject"]
    assert "No account-merge case" in html


# --- nudges -------------------------------------------------------------------------------


def plan_for(case: CaseView) -> NudgePlan:
    return NudgePlan(case.case_id, case.state, case.since, case.deadline, NOW)


def test_nudge_in_english():
    context = nudge_context(plan_for(CONFIRM), CONFIRM, now=NOW, language="en", tz=TOKYO)
    subject, body, html = render_nudge(context)
    assert subject == "[certmerge-mail] Case 176220000000001: reply overdue"
    assert "OVERDUE since 2025-11-09 22:00 JST" in body
    assert "Support asked you to confirm the merge on 2025-11-09 10:00 JST." in body
    assert "Review the confirmation reply drafted in your Drafts folder and send it." in body
    assert "&lt;script&gt;" in html and "<script>" not in html


def test_nudge_in_japanese():
    context = nudge_context(plan_for(CONFIRM), CONFIRM, now=NOW, language="ja", tz=TOKYO)
    subject, body, _ = render_nudge(context)
    assert subject == "[certmerge-mail] ケース 176220000000001: 返信の期限が過ぎています"
    assert "下書きフォルダの返信案を確認して送信してください" in body
    assert "2025-11-09 10:00 JST にサポートから統合内容の確認を求められました。" in body


def test_nudge_wording_per_state():
    badges = nudge_context(plan_for(BADGES), BADGES, now=NOW, language="en", tz=TOKYO)
    assert badges["subject"] == "[certmerge-mail] Case 176180000000003: Credly badges overdue"
    assert badges["todo"].startswith("Your Credly badges have not arrived: a request to support has been drafted.")
    silent = CaseView("1", "awaiting_support", at(5, 10), at(7, 10), True, drafts=(("follow_up", "in_drafts", "x"),))
    context = nudge_context(plan_for(silent), silent, now=NOW, language="en", tz=TOKYO)
    assert context["what"] == "Support has not replied since 2025-11-05 10:00 JST."
    assert "a follow-up to support has been drafted" in context["todo"]


# --- the notification message ------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ja"])
def test_notification_parses_back_as_multipart_alternative(language):
    subject, body, html = render_digest(digest(language))
    raw = build_notification(subject=subject, text=body, html=html, from_addr="taro@example.com",
                             to_addrs=("taro@example.com",), date=NOW, kind="digest")
    assert b"\r\n" in raw and all(ord(c) < 128 for c in raw.decode("ascii"))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg.get_content_type() == "multipart/alternative"
    assert msg["X-Certmerge-Mail"] == "digest"
    assert msg["Subject"] == subject
    assert msg["From"].addresses[0].display_name == "certmerge-mail"
    assert msg["From"].addresses[0].addr_spec == "taro@example.com"
    assert msg["Message-ID"].startswith("<") and msg["Date"].datetime == NOW
    plain = msg.get_body(("plain",))
    rich = msg.get_body(("html",))
    assert plain.get_content_charset() == "utf-8" and rich.get_content_charset() == "utf-8"
    assert plain.get_content().replace("\r\n", "\n") == body
    assert "&lt;script&gt;" in rich.get_content()


def test_notification_strips_line_breaks_from_headers():
    raw = build_notification(subject="hello\r\nBcc: victim@example.net", text="t", html="<p>t</p>",
                             from_addr="me@example.com", to_addrs=["me@example.com\n"], date=NOW,
                             kind="nudge\r\nX-Evil: 1")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Bcc"] is None and msg["X-Evil"] is None
    assert msg["Subject"] == "hello Bcc: victim@example.net"
    assert msg["X-Certmerge-Mail"] == "nudge X-Evil: 1"
    assert str(msg["To"]) == "me@example.com"


# --- needs your look -------------------------------------------------------------------


@pytest.mark.parametrize("language, title, what", [
    ("en", "== Needs your look ==",
     "It may be support's request to confirm the merge, but it also says the merge is done."),
    ("ja", "== 確認が必要なメール ==",
     "サポートからのマージ確認の依頼の可能性があります。ただし、マージが完了したとも書かれています。"),
])
def test_digest_lists_each_mail_that_needs_your_look_with_the_commands(language, title, what):
    _, body, html = render_digest(digest(language))
    section = body[body.index(title):body.index("== ", body.index(title) + 3)]
    assert "RE:[CASE 176271840000002] account merge" in section and "#42" in section and what in section
    assert "certmerge-mail cases correct 42 merge_confirmation_requested" in section
    assert "certmerge-mail cases correct 42 support_reply" in section
    assert body.index(title) < body.index("== Case" if language == "en" else "== ケース")
    assert "certmerge-mail cases correct 42 merge_confirmation_requested" in html


def test_no_section_without_doubted_mail():
    _, body, _ = render_digest(digest("en", [DONE, CONFIRM]))
    assert "Needs your look" not in body and "cases correct" not in body


def test_a_completion_read_with_two_doubts():
    doubt = Uncertain("1", "<m@x>", None, "Done?", "merge_completed",
                      ("it also asks you to confirm the merge", "it also says the work is still going on"))
    look = build_digest([WAITING.__class__(**{**{f: getattr(WAITING, f) for f in WAITING.__slots__},
                                               "needs_look": (doubt,)})],
                        now=NOW, language="en", tz=TOKYO, accounts=ACCOUNTS)["look"]
    [item] = look["mails"]
    assert item["what"] == ("It may be support's word that the merge is done, but it also asks you to confirm the "
                            "merge; and it also says the work is still going on.")
    assert item["yes"] == "certmerge-mail cases correct '<m@x>' merge_completed"
    assert item["no"] == "certmerge-mail cases correct '<m@x>' support_reply"


def test_the_nudge_mentions_the_mails_that_need_your_look():
    late = CaseView(**{**{f: getattr(WAITING, f) for f in WAITING.__slots__}, "overdue": True})
    context = nudge_context(plan_for(late), late, now=NOW, language="en", tz=TOKYO)
    _, body, html = render_nudge(context)
    assert "Needs your look:" in body and "certmerge-mail cases correct 42 support_reply" in body
    assert "certmerge-mail cases correct 42 merge_confirmation_requested" in html
    context = nudge_context(plan_for(CONFIRM), CONFIRM, now=NOW, language="en", tz=TOKYO)
    assert "Needs your look" not in render_nudge(context)[1]


def test_every_doubt_the_classifier_can_give_is_said_in_both_languages():
    import re
    from pathlib import Path

    from certmerge_mail.core import digest
    source = (Path(digest.__file__).parent / "classify.py").read_text(encoding="utf-8")
    doubts = re.findall(r'doubts\.append\("([^"]+)"\)', source)
    assert len(doubts) >= 6
    for doubt in doubts:
        for language in ("en", "ja"):
            said = digest._doubt(doubt, language)
            assert said and (language == "en" or said != doubt), (doubt, language)
