"""The learned second opinion (core/opinion.py): what it reads, when it doubts,
and that the shipped counts are those of the labelled mail."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from certmerge_mail.adapters.parsing import parse
from certmerge_mail.core import opinion, opinion_counts, tracking
from certmerge_mail.core.classify import classify
from certmerge_mail.core.corrections import uncertain
from certmerge_mail.core.model import Kind, Message

ROOT = Path(__file__).resolve().parent

AR = "mx.google.com; dkim=pass header.i=@amazon.com; spf=pass; dmarc=pass (p=QUARANTINE) header.from=amazon.com"
FORM = "aws-cs-trainingcertification-form@amazon.com"
SUBJECT = "RE:[CASE 177311893430459] [AWS Training and Certification Form Submission] - account-assistance"

# Done, in words the rules do not read as a done merge (a completion in Japanese that says
# what was moved where and that the other was closed, without 統合 or 完了).
MOVED = """中村 大輔 様

いつもお世話になっております。AWS トレーニングと認定 サポート窓口でございます。
先日ご了承いただきました件につき、作業結果をご報告いたします。

 (1)AWS 80124457(存続)
 (2)AWS 80124475

(2)に登録されておりました認定 3 件(SAA・DVA・SOA)を(1)へ移し替え、(2)は閉鎖いたしました。
認定アカウント画面への反映には最大 24 時間ほどかかる場合がございます(~明日午前中)。
50% 割引バウチャー等の特典も(1)にてご利用いただけます。

今後ともよろしくお願い申し上げます。
AWS トレーニングと認定 サポート窓口
"""

REQUEST = """Hello Hanako,

Thank you for contacting AWS Training and Certification. I found two accounts:

Account to keep: AWS01234567 (hanako.yamada@example.jp)
Account to be merged: AWS07654321 (h.yamada@old-employer.example.com)

Please note that the merge cannot be undone. Kindly reply to this e-mail to confirm
that you would like us to proceed with merging these accounts.

Best regards,
Maria
"""


def aws(body: str, subject: str = SUBJECT) -> Message:
    return Message(message_id="<m@amazon.com>", subject=subject, from_addr=FORM, from_name="AWS Training",
                   text=body, auth_results=(AR,))


def test_features_are_english_words_and_japanese_pairs():
    f = opinion.features("re: the merge", "we moved it. 移し替え")
    assert {"we", "moved", "it", "移し", "し替", "替え", "s:re", "s:the", "s:merge"} <= f
    assert "移" not in f and "a" not in f  # no single characters


def test_it_doubts_only_by_a_wide_margin_and_only_kinds_it_knows():
    subject = SUBJECT.lower()
    assert opinion.doubt(Kind.SUPPORT_REPLY, subject, MOVED.lower()) == Kind.MERGE_COMPLETED
    assert opinion.doubt(Kind.MERGE_COMPLETED, subject, MOVED.lower()) is None
    assert opinion.doubt(Kind.MERGE_CONFIRMATION_REQUESTED, subject, REQUEST.lower()) is None
    assert opinion.doubt(Kind.SUPPORT_REPLY, subject, REQUEST.lower()) == Kind.MERGE_CONFIRMATION_REQUESTED
    for kind in (Kind.CREDLY_BADGE_ISSUED, Kind.UNRELATED):
        assert opinion.doubt(kind, subject, MOVED.lower()) is None
    s = opinion.scores(subject, "")
    assert set(s) == set(opinion.KINDS)  # an empty mail gets the priors, and no error


def blind(name: str) -> Message:
    """A blind set's mail, as the service reads it."""
    return parse((ROOT / "blind" / name).read_bytes())


# Asks which account to keep (a plain reply): words close to a request's, which never
# make a request on the opinion's word alone.
WHICH = "set-87/017-tc-form-reply-sato.eml"
# A chaser on an unanswered request, the request quoted below: the rules read a request
# asked again, the opinion a plain reply.
CHASER = "set-33/025-do-you-still-need-assistance.eml"


def test_where_it_overrules_the_verdict_names_its_kind_and_the_rules_kind_is_what_it_may_be():
    v = classify(aws(MOVED))
    assert v.kind == Kind.MERGE_COMPLETED and v.certain is False
    assert v.may_be == Kind.SUPPORT_REPLY
    assert v.doubts == ("the rules read it as a plain reply from support",)
    assert "the second opinion overrules the rules: merge_completed, not support_reply" in v.reasons
    sure = classify(aws(REQUEST))
    assert sure.kind == Kind.MERGE_CONFIRMATION_REQUESTED and sure.certain and sure.may_be is None


def test_a_request_it_doubts_becomes_a_plain_reply_with_the_rules_own_doubts():
    v = classify(blind(CHASER))
    assert v.kind == Kind.SUPPORT_REPLY and v.may_be == Kind.MERGE_CONFIRMATION_REQUESTED
    assert not v.certain and not v.asks_user
    # each doubt speaks against what it may be: a request
    assert v.doubts[0] == "its words read more like a plain reply from support"
    assert "it asks whether you still need help with the merge" in v.doubts


def test_it_never_makes_a_request_of_a_reply_it_only_doubts():
    v = classify(blind(WHICH))
    assert opinion.judge(Kind.SUPPORT_REPLY, SUBJECT.lower(), v.new_text.lower()) == (
        Kind.MERGE_CONFIRMATION_REQUESTED, False)
    assert v.kind == Kind.SUPPORT_REPLY and v.may_be == Kind.MERGE_CONFIRMATION_REQUESTED and not v.certain
    assert v.doubts == ("the rules read it as a plain reply from support",)


def test_it_overrules_only_the_kinds_and_margins_measured_to_gain():
    """A plain reply it takes for an acknowledgement (a console's "case reopened" notice),
    and any acknowledgement, completion or survey the rules read, keep the rules' kind."""
    for kind, (over, above) in opinion.OVERRULES.items():
        assert Kind.MERGE_CONFIRMATION_REQUESTED not in over and kind not in over and above >= 0
    assert set(opinion.OVERRULES) == {Kind.MERGE_CONFIRMATION_REQUESTED, Kind.SUPPORT_REPLY}
    assert Kind.CASE_CREATED not in opinion.OVERRULES[Kind.SUPPORT_REPLY][0]


def test_a_doubted_reply_needs_a_look_with_both_commands():
    v = classify(aws(MOVED))
    actions = tracking.on_inbox_message(
        v, aws(MOVED), message_id="<m@amazon.com>", at=datetime(2026, 3, 16, tzinfo=timezone.utc),
        tracked=frozenset({v.case_id}), open_cases=lambda: (), linked_case=None, accounts=(), own_emails=(),
        require_verified=True)
    [event] = [a.event for a in actions if isinstance(a, tracking.AddEvent)]
    assert event.kind == Kind.SUPPORT_REPLY and event.read_as == Kind.MERGE_COMPLETED and not event.certain
    assert not event.asks_user  # nothing is answered until it is settled
    [warn] = [a for a in actions if isinstance(a, tracking.Warn)]
    assert "certmerge-mail cases correct MESSAGE merge_completed" in warn.text
    [look] = uncertain("177311893430459", [event], {"<m@amazon.com>": 4}, {})
    assert look.commands() == ("certmerge-mail cases correct 4 merge_completed",
                               "certmerge-mail cases correct 4 support_reply")


def labelled_kinds() -> list[str]:
    kinds = list(json.loads((ROOT / "corpus" / "expected.json").read_text(encoding="utf-8")).values())
    for labels in sorted((ROOT / "blind").glob("set-*/labels.json")):
        kinds += json.loads(labels.read_text(encoding="utf-8")).values()
    return [k["kind"] for k in kinds]


def test_the_shipped_counts_are_those_of_every_labelled_mail():
    """A new labelled set means training again: python bench/train_opinion.py."""
    kinds = labelled_kinds()
    assert opinion_counts.MAILS == tuple(kinds.count(k) for k in opinion_counts.KINDS)


@pytest.mark.parametrize("line", opinion_counts.COUNTS.splitlines()[:50])
def test_each_count_line_is_a_word_and_a_count_per_kind(line):
    word, *counts = line.split(" ")
    assert word and len(counts) == len(opinion_counts.KINDS)
    assert all(0 <= int(c) <= n for c, n in zip(counts, opinion_counts.MAILS))
