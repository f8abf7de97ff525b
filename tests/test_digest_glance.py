"""Issue 13, the case at a glance: steps, badges by name, drafts by purpose, muted and closed cases,
in the text and the HTML digest (table-based, inline styles)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from certmerge_mail.adapters.notification import render_digest
from certmerge_mail.core.digest import build_digest, nudge_context, steps
from certmerge_mail.core.nudges import CaseView, EventView, NudgePlan

TOKYO = ZoneInfo("Asia/Tokyo")
T = datetime(2025, 11, 3, 0, 0, tzinfo=timezone.utc)
DVA = "AWS Certified Developer - Associate"
SOA = "AWS Certified SysOps Administrator - Associate"
MERGED = (EventView("case_created", T, True), EventView("merge_confirmation_requested", T + timedelta(days=1), True),
          EventView("your_reply", T + timedelta(days=1, hours=2), True),
          EventView("merge_completed", T + timedelta(days=2), True),
          EventView("credly_badge_issued", T + timedelta(days=3), True, DVA))
AWAITING = CaseView(case_id="176215680000123", state="awaiting_badges", since=T + timedelta(days=2),
                    deadline=T + timedelta(days=4), overdue=True, events=MERGED,
                    drafts=(("credly_follow_up", "in_drafts", "RE:[CASE 176215680000123] " + "x" * 80),),
                    badges_missing=(SOA,), badges_expected=(DVA, SOA), badges_arrived=(DVA,),
                    direction_status="matches", direction_keep="AWS01234567", direction_merge=("AWS07654321",))


def labels(case, language="en"):
    return [(s["label"], s["done"], s["current"]) for s in steps(case, language)]


def test_steps_of_a_case_waiting_for_one_of_two_badges():
    assert labels(AWAITING) == [("Opened", True, False), ("Asked to confirm", True, False),
                                ("You replied", True, False), ("Merged", True, False), ("Badges 1/2", False, True)]
    assert [s["label"] for s in steps(AWAITING, "ja")] == ["受付", "確認依頼", "返信済み", "統合完了", "バッジ 1/2"]


def test_steps_of_a_new_case_and_a_closed_one():
    new = CaseView(case_id="1", state="awaiting_support", since=T, deadline=None, overdue=False,
                   events=(EventView("case_created", T, True),), badges_expected=(DVA,))
    assert labels(new) == [("Opened", True, False), ("Asked to confirm", False, True), ("You replied", False, False),
                           ("Merged", False, False), ("Badges 0/1", False, False)]
    closed = CaseView(case_id="1", state="done", since=T, deadline=None, overdue=False, closed_by_you=True,
                      events=(EventView("case_created", T, True),), badges_expected=(DVA,))
    assert labels(closed)[-1] == ("Closed by you", True, False)
    assert not any(current for _l, _d, current in labels(closed))


def test_digest_card_names_badges_drafts_by_purpose_and_the_direction():
    context = build_digest([AWAITING], now=T + timedelta(days=5), language="en", tz=TOKYO, accounts=())
    _subject, text, html = render_digest(context)
    assert "Where it stands: Opened ✓ → Asked to confirm ✓ → You replied ✓ → Merged ✓ → [Badges 1/2]" in text
    assert f"Still missing: {SOA} (1 of 2 arrived)." in text
    assert f"Credly issued a badge: {DVA}" in text
    assert "Request to move the Credly badges (in your Drafts folder)" in text
    assert "x" * 80 not in text  # not the 95-character subject
    assert "Direction: AWS07654321 → AWS01234567 (matches your configuration)" in text
    # HTML: one table row of inline-styled cells, as Gmail and Outlook render it
    assert '<table role="presentation"' in html and "<style" not in html
    assert "&#10003; Merged</td>" in html and "Badges 1/2</td>" in html


def test_a_muted_case_says_until_when():
    muted = CaseView(case_id="1", state="awaiting_support", since=T, deadline=T + timedelta(days=2), overdue=False,
                     events=(EventView("case_created", T, True),), muted=True, muted_until=T + timedelta(days=7))
    [card] = build_digest([muted], now=T, language="en", tz=TOKYO, accounts=())["cases"]
    assert card["muted"] == "Muted until 2025-11-10 09:00 JST: no reminders or follow-ups"
    [card] = build_digest([muted], now=T, language="ja", tz=TOKYO, accounts=())["cases"]
    assert card["muted"] == "2025-11-10 09:00 JST までリマインダーとフォローアップを停止中"


def test_the_badge_nudge_names_only_the_missing_badge():
    plan = NudgePlan(AWAITING.case_id, "awaiting_badges", AWAITING.since, AWAITING.deadline, T + timedelta(days=5))
    context = nudge_context(plan, AWAITING, now=T + timedelta(days=5), language="en", tz=TOKYO)
    assert context["what"].endswith(f"Still missing: {SOA} (1 of 2 arrived).")
    assert DVA not in context["what"]
