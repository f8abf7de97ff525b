"""The guard on the irreversible step: an affirming confirmation only for
the configured accounts in a direction positively read as the configured one
(or not stated at all); a correction when reversed; a clarification when
the direction cannot be read."""

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from certmerge_mail.core.direction import Status
from certmerge_mail.core.guard import Outcome, account_differences, check
from certmerge_mail.core.ids import candidate_ids

sys.path.insert(0, str(Path(__file__).parent / "direction"))
from render import ACCOUNTS, KEEP, MERGE, OWN, render, statements  # noqa: E402

K, M = KEEP.candidate_id, MERGE.candidate_id


def outcome(text):
    return check(text, ACCOUNTS, OWN).outcome


def diff(text):
    return account_differences(text, candidate_ids(text), ACCOUNTS, OWN)


# --------------------------------------------------------------------------- the accounts


def test_exact_match_in_the_configured_direction():
    text = (f"We will merge {M} (h.yamada@old-employer.example.com) into {K} "
            "(hanako.yamada@example.jp). Please confirm.")
    assert diff(text) == []
    assert check(text, ACCOUNTS, OWN).direction.status is Status.MATCHES
    assert outcome(text) is Outcome.CONFIRM


def test_unknown_and_missing_ids_refuse():
    problems = diff(f"We will merge {M} into AWS99999999.")
    assert any("AWS99999999" in p and "not one of your" in p for p in problems)
    assert any(f"does not name {K}" in p for p in problems)
    assert outcome(f"We will merge {M} into AWS99999999.") is Outcome.REFUSE


def test_no_id_at_all_cannot_be_checked():
    assert any("names no candidate id" in p for p in diff("Please confirm the merge of your two accounts."))


def test_unknown_email_is_named_but_support_addresses_are_not():
    text = (f"Merge {M} into {K} (stranger@example.org). Reply to "
            "aws-cs-trainingcertification-form@amazon.com.")
    problems = diff(text)
    assert len(problems) == 1 and "stranger@example.org" in problems[0]


def test_an_address_written_against_japanese_text_is_still_the_address():
    text = f"{M} を {K} に統合します。サインインの際はhanako.yamada@example.jp をご利用ください。"
    assert diff(text) == []


# --------------------------------------------------------------------------- the direction

SAID_BOTH_WAYS = [
    "{m} will be merged into {k}, which will remain your active account.",
    "AWS {md} will be merged into AWS {kd}, which will remain your active account.",
    "{k} will stay active and {m} will be closed.",
    "After the merge, you will sign in with {k}. The profile {m} will no longer be available.",
    "{m} の記録を {k} へ移行し、{m} は無効化されます。",
    "{m} を {k} に統合いたします。",
    "統合先: {k}\n統合元: {m}",
    "Primary account: {k}\nAccount to be merged: {m}\nPlease confirm.",
    "Account ID | Action\n{k} | Keep\n{m} | Merge and close",
    "{m} → {k}",
    "We keep {k} and close {m}.",
    "{k} will absorb {m}.",
    "From {m} to {k}: all your certifications will be moved.",
    "{k} は削除されません。{m} はご利用いただけなくなります。",
]


def _fill(template, keep, merge):
    return template.format(k=keep, m=merge, kd=keep[3:], md=merge[3:])


@pytest.mark.parametrize("template", SAID_BOTH_WAYS)
def test_direction_as_configured_is_confirmed(template):
    assert outcome(_fill(template, K, M) + " Please reply to confirm.") is Outcome.CONFIRM


@pytest.mark.parametrize("template", SAID_BOTH_WAYS)
def test_reversed_direction_is_corrected(template):
    result = check(_fill(template, M, K) + " Please reply to confirm.", ACCOUNTS, OWN)
    assert result.outcome is Outcome.CORRECT
    assert result.direction.status is Status.REVERSED and result.direction.keep == M


def test_no_role_word_at_all_is_not_stated_and_confirmed_with_the_direction_restated():
    result = check(f"We found your two accounts {K} and {M}. Please reply to confirm.", ACCOUNTS, OWN)
    assert result.direction.status is Status.NOT_STATED
    assert result.outcome is Outcome.CONFIRM


@pytest.mark.parametrize("text", [
    f"We will merge {K} and {M}. Please confirm.",  # both objects of one verb
    f"Which account do you want to keep, {K} or {M}? The other one will be merged into it.",
    f"{K} will be merged and {M} will be merged.",  # both merged, none kept
    f"{K} will remain. {K} will be closed. {M} is fine.",  # contradiction
])
def test_role_words_that_do_not_add_up_ask_for_clarification(text):
    assert outcome(text) is Outcome.CLARIFY


@pytest.mark.parametrize("text", [
    # words of fate this reader has no cue for: "not stated" must be known, not assumed
    "{A} is where everything ends up; {B} gets mothballed. Please reply to confirm.",
    "Post-merge, {B} will be put out to pasture and {A} carries on. Please confirm.",
    "{B} の情報は {A} 側でお預かりし、{B} はお蔵入りとなります。ご確認ください。",
    # a predicate of its own subject, not of the id before it
    "We found {A} and {B}; one of them will be closed after the merge. Please confirm.",
    "{A} および {B} の統合について、いずれかのアカウントは無効化されます。ご確認ください。",
])
def test_words_the_reader_cannot_place_are_never_affirmed_either_way(text):
    for a, b in ((K, M), (M, K)):
        result = check(text.format(A=a, B=b), ACCOUNTS, OWN)
        assert result.outcome is not Outcome.CONFIRM, (a, result.direction)


@pytest.mark.parametrize("text", [
    "We found your two accounts {A} and {B}. Please reply to confirm.",
    "Kindly confirm the candidate ids {A} and {B} registered with us.",
])
def test_only_neutral_words_is_not_stated(text):
    for a, b in ((K, M), (M, K)):
        assert check(text.format(A=a, B=b), ACCOUNTS, OWN).direction.status is Status.NOT_STATED


@pytest.mark.parametrize("text", [
    "Please tell us whether {A} or {B} should be the destination account.",
    "Your request to merge {A} and {B} has been received. Please confirm.",  # "merge" of both: no role, not nothing
    "{A} と {B} の統合のご依頼を承りました。",
    "アカウント {A} とアカウント {B} をマージするリクエストを受け取りました。",
    "Kindly advise which account you wish to retain: {A} or {B}.",
    "{A} と {B} のどちらを統合先とするか、お知らせください。",
])
def test_a_choice_asked_without_a_question_mark_is_no_direction(text):
    for a, b in ((K, M), (M, K)):
        assert check(text.format(A=a, B=b), ACCOUNTS, OWN).outcome is Outcome.CLARIFY


def test_accounts_named_only_by_their_login_addresses_are_named():
    text = (f"The profile registered to {KEEP.login_email} will be kept, and the one registered to "
            f"{MERGE.login_email} will be merged into it and then closed. Reply to confirm.")
    assert diff(text) == []
    assert outcome(text) is Outcome.CONFIRM
    swapped = text.replace(KEEP.login_email, "@@").replace(MERGE.login_email, KEEP.login_email).replace("@@", MERGE.login_email)
    assert outcome(swapped) is Outcome.CORRECT


def test_an_account_named_by_its_login_address_is_named():
    text = (f"We will merge {M} into the account that signs in with {KEEP.login_email}. "
            f"After that, {M} will no longer be accessible. Please confirm.")
    assert diff(text) == []
    assert outcome(text) is Outcome.CONFIRM
    assert outcome(text.replace(M, K).replace(KEEP.login_email, MERGE.login_email)) is Outcome.CORRECT


@pytest.mark.parametrize("text, kept", [
    ("Your certifications will move from {B} to {A}. From now on you will sign in with {A}.", "A"),
    ("All records will move from {B} to {A}; afterwards you can access them from {A} itself.", "A"),
    ("{B} でログインする必要はございません（ログインもできなくなります）。今後は {A} をご利用ください。", "A"),
    ("宛先アカウントは {A} であり、ソースアカウントは {B} です。", "A"),
    ("The account {A} is retaining and the account {B} will be merge into it.", "A"),
    ("{A} が削除されることはございません。無効化されるのは {B} のみでございます。", "A"),
    ("{B} will be integrated in {A}. {B} will stay inactive afterwards.", "A"),
    ("Surviving account: {A}\nAccount to be merged: {B}\nLogin e-mail after merge: hanako.yamada@example.jp", "A"),
    ("Please review the merge details below:\n\n| Account | Status after merge |\n|---|---|\n"
     "| {A} | Primary - remains active |\n| {B} | Merged into primary - closed |", "A"),
    ("{B} を {A} に統合し、統合後は {A} のみをご利用いただけます。", "A"),
    ("{B} を {A} に統合します。今後お使いいただくのは {A} で、{B} は使用できなくなります。", "A"),
    ("Your transcript, including the exams you passed under {B}, will show up under {A}; {B} will be retired.", "A"),
    ("{A} が削除されたり変更されたりすることはございません。{B} は統合後に閉鎖となります。", "A"),
    ("{B} will be merged into {A}. After the merge you will no longer be able to sign in to {B}.", "A"),
    ("Your records under {B} will be consolidated into {A}, which will remain your active account.", "A"),
    ("The account {B} will be merged into {A} and will no longer be used.", "A"),
    ("現在ご利用のアカウント（{A}）を残し、以前のアカウント（{B}）をそちらに統合いたします。", "A"),
    # a label's own grammar: the place a merge goes to or comes from, a participle of the merged one's fate
    ("Consolidate into: {A}\nConsolidate from: {B}\nReply yes to proceed.", "A"),
    ("Moving everything to: {A}\nRetired afterwards: {B}", "A"),
    ("Stays open: {A}\nAbsorbed into it and shut down: {B}", "A"),
    ("- Stays: {A}\n- Goes: {B} (its history folds into the other one)", "A"),
    # the one you keep, and the other's fate said of it after "then"
    ("{A} is the one you'll keep using. {B} would then disappear for good.", "A"),
])
def test_direction_read_by_structure(text, kept):
    configured = check(text.format(A=K, B=M), ACCOUNTS, OWN)
    swapped = check(text.format(A=M, B=K), ACCOUNTS, OWN)
    assert configured.outcome is Outcome.CONFIRM, configured.evidence
    assert swapped.outcome is Outcome.CORRECT, swapped.evidence


def test_a_hypothetical_does_not_count():
    text = f"We will merge {M} into {K}. If you would rather keep {M} instead, please tell us."
    assert outcome(text) is Outcome.CONFIRM


def test_japanese_which_to_keep_is_not_a_direction():
    text = f"{K} と {M} の2つのアカウントが見つかりました。どちらのアカウントを残すかお知らせください。"
    assert outcome(text) is not Outcome.CORRECT
    assert outcome(text) is not Outcome.CONFIRM or check(text, ACCOUNTS, OWN).direction.status is Status.NOT_STATED


# --------------------------------------------------------------------------- properties

SEEN = [s for s in statements() if s["direction"] == "stated"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SEEN + [{"text": t.replace("{k}", "{A}").replace("{m}", "{B}").replace("{kd}", "{A}")
                               .replace("{md}", "{B}").replace("AWS {A}", "{A}").replace("AWS {B}", "{B}"),
                               "id_style": "plain", "direction": "stated"} for t in SAID_BOTH_WAYS]),
       st.sampled_from(["plain", "space", "hyphen", "lower", "fullwidth"]))
def test_swapping_the_ids_of_a_statement_read_as_matching_never_gives_an_affirming_draft(statement, style):
    statement = {**statement, "id_style": style}
    as_configured = check(render(statement, False), ACCOUNTS, OWN)
    swapped = check(render(statement, True), ACCOUNTS, OWN)
    if as_configured.direction.status is Status.MATCHES:
        assert swapped.outcome is not Outcome.CONFIRM


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("abc .,;:->|()\n") + ["keep ", "merge ", "into ", "closed ", "from ", "to ",
                                                         "primary ", "を", "に統合", "残す", "{A}", "{B}"]),
                max_size=40))
def test_random_text_never_affirms_one_way_and_its_swap(pieces):
    statement = {"text": "".join(pieces), "id_style": "plain", "direction": "stated"}
    one = check(render(statement, False), ACCOUNTS, OWN)
    other = check(render(statement, True), ACCOUNTS, OWN)
    if one.direction.status is Status.MATCHES:
        assert other.outcome is not Outcome.CONFIRM
    if other.direction.status is Status.MATCHES:
        assert one.outcome is not Outcome.CONFIRM


# --------------------------------------------------------------------------- the blind statements


def test_blind_direction_statements_no_reversed_request_is_ever_affirmed():
    for s in SEEN:
        assert check(render(s, True), ACCOUNTS, OWN).outcome is not Outcome.CONFIRM, s["id"]


def test_blind_direction_statements_at_least_90_percent_confirmed():
    confirmed = sum(check(render(s, False), ACCOUNTS, OWN).outcome is Outcome.CONFIRM for s in SEEN)
    assert confirmed >= 0.9 * len(SEEN), f"{confirmed}/{len(SEEN)}"


def test_blind_direction_statements_reversed_are_corrected_or_clarified():
    for s in SEEN:
        assert check(render(s, True), ACCOUNTS, OWN).outcome in (Outcome.CORRECT, Outcome.CLARIFY), s["id"]


@pytest.mark.parametrize("text", [
    "AWS01234567" + " " * 60_000 + "AWS07654321",
    "keep " * 12_000 + "AWS01234567 AWS07654321",
    "keep AWS01234567 will be closed " * 2_000,
    "merge AWS01234567" + " and AWS07654321" * 3_000,
    ("AWS01234567 を AWS07654321 に統合" + "\u3000" * 50) * 600,
    ("AWS01234567 | keep | " + " " * 100 + "\n") * 500,
    "x) :" + " " * 60_000 + "AWS01234567",
], ids=["spaces", "cues", "cues-and-ids", "coordination", "japanese", "table", "label"])
def test_the_guard_reads_adversarial_text_in_linear_time(text):
    """Each of these took seconds to minutes before the direction reader's
    patterns were made possessive and its cue bookkeeping bisected."""
    import time
    started = time.process_time()
    check(text, ACCOUNTS, OWN)
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize("label", ["吸収されるアカウント", "併合される側", "マージされるID"])
def test_a_japanese_label_of_the_merged_ones_fate_gives_it_the_merged_part(label):
    from certmerge_mail.core import direction
    reading = direction.read(f"残るアカウント: {K}\n{label}: {M}\n")
    assert (reading.kept, reading.merged) == ((K,), (M,)), reading.evidence
