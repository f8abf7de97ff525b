"""core/reply.py: what the user's own reply to support says, read by composition.

Each reading is checked in several wordings, English and Japanese; none of
these sentences is a pattern of the module (they combine its parts)."""

from __future__ import annotations

import pytest

from certmerge_mail.core.reply import ANSWERED, CONFIRMED, CORRECTED, OTHER, read_reply


@pytest.mark.parametrize("text", [
    "Hi Daniel,\n\nEverything you listed is accurate, so feel free to proceed.\n\nThanks,\nKen",
    "Yes - you may merge them now.",
    "I have checked both ids and I approve the merge.",
    "You have my consent to combine the two accounts; go ahead.",
    "The summary looks right to me. I understand the merge can't be reversed.\nPlease carry on.",
    "No objections from my side, please continue with the merge.",
    "相違ございません。マージをお願いいたします。",
    "ご提示の内容で問題ございません。手続きを進めていただけますと幸いです。",
    "はい、その通りです。統合を実施してください。",
])
def test_agreement_told_without_condition_is_confirmed(text):
    r = read_reply(text)
    assert (r.kind, r.certain) == (CONFIRMED, True), r


@pytest.mark.parametrize("text", [
    "Unfortunately that is backwards: AWS01234567 is the one that should survive.",
    "The accounts are swapped in your message, the old one must be closed.",
    "This isn't accurate. My primary is AWS01234567.",
    "Please retain AWS01234567 rather than AWS07654321.",
    "No. The account to keep is AWS01234567.",
    "残すアカウントが反対になっています。",
    "AWS07654321ではなくAWS01234567を残してください。",
    "記載の内容は正しくありません。",
])
def test_saying_the_request_is_wrong_is_corrected(text):
    assert read_reply(text).kind == CORRECTED


@pytest.mark.parametrize("text", [
    "The e-mail I used for the second account was ken@old.example.com.",
    "My reason is that I changed employers and lost access to the first profile.",
    "I registered the older account with my university address, k.sato@uni.example.ac.jp.",
    "古いアカウントの通知先は k@old.example.jp です。",
    "統合の理由は、転職により旧アドレスが使えなくなったためです。",
])
def test_information_given_without_agreement_is_answered(text):
    assert read_reply(text).kind == ANSWERED


@pytest.mark.parametrize("text", [
    "Hold off for now, I want to double-check which one has my voucher.",
    "Please don't merge anything yet.",
    "Could you tell me whether my exam history will move as well?",
    "Is it possible to keep both accounts' badges?",
    "恐れ入りますが、社内で確認するまで保留にしてください。",
    "まだ進めないでください。",
    "バッジも移行されるのでしょうか。",
])
def test_a_hold_or_a_question_is_other(text):
    assert read_reply(text).kind == OTHER


@pytest.mark.parametrize("text", [
    "ありがとうございます。無事に統合されたことを確認いたしました。",
    "Thanks, everything looks good on my side now.",
    "I can see my exam history now shows under AWS01234567, that's right.",
])
def test_checking_a_merge_already_done_is_no_go_ahead(text):
    assert read_reply(text).kind != CONFIRMED


def test_agreement_on_a_condition_is_other_and_uncertain():
    r = read_reply("As long as my 50% voucher carries over, you can go ahead.")
    assert (r.kind, r.certain) == (OTHER, False)
    assert r.doubts


def test_agreement_and_a_hold_together_is_other_and_uncertain():
    r = read_reply("Looks good. But please wait until Monday before merging.")
    assert (r.kind, r.certain) == (OTHER, False)


def test_a_correction_wins_over_agreement():
    assert read_reply("Yes the ids are right, but you have the direction the wrong way around.").kind == CORRECTED


def test_agreement_with_a_side_question_is_still_confirmed():
    assert read_reply("Go ahead please. Out of curiosity, how long does it usually take?").kind == CONFIRMED


def test_a_negated_agreement_is_not_confirmed():
    assert read_reply("Please do not go ahead with this.").kind != CONFIRMED
    assert read_reply("I do not approve this merge.").kind != CONFIRMED


def test_asking_support_to_confirm_is_not_the_user_confirming():
    assert read_reply("Can you confirm that AWS01234567 will remain active?").kind == OTHER


def test_thanks_alone_is_other_and_says_it_was_not_read():
    r = read_reply("Thank you so much for the quick help!")
    assert r.kind == OTHER and not r.certain


def test_the_signature_does_not_count():
    r = read_reply("Could you wait a day?\n\nBest regards,\nKen Sato\nThe details are correct")
    assert r.kind == OTHER


def test_ids_named_are_kept():
    assert read_reply("Keep AWS01234567 please, merge AWS07654321 into it.").account_ids == ("AWS01234567", "AWS07654321")


def test_thanks_before_anything_else_is_a_greeting_not_the_signature():
    assert read_reply("Thank you.\nYou can go ahead with it.").kind == CONFIRMED


def test_a_mobile_clients_line_ends_the_new_text():
    text = "Can this wait a week?\n\nSent from my iPhone\n\nPlease reply to confirm that you would like us to proceed."
    assert read_reply(text).kind == OTHER
    assert read_reply("来週まで待ってもらえますか\n\niPhoneから送信\n\n統合を進めてよろしいでしょうか。").kind == OTHER


def test_a_negation_after_the_agreement_does_not_undo_it():
    assert read_reply("I confirm that I no longer need the old account.").kind == CONFIRMED
    assert read_reply("The details are correct and nothing else needs changing").kind == CONFIRMED


def test_a_negation_before_the_agreement_does():
    assert read_reply("I can't confirm this yet.").kind == OTHER
    assert read_reply("I'm afraid this is not right.").kind == CORRECTED


@pytest.mark.parametrize("text", [
    "Sorry for the delay in getting back to you. Please go ahead with the merge.",
    "Everything is right, please proceed. I'll wait for your e-mail once it is done.",
    "Sorry to keep you waiting - the information is accurate, go ahead.",
    "内容に相違ありません。統合をお願いいたします。完了のご連絡をお待ちしております。",
    "お待たせしました。問題ありませんので進めてください。",
])
def test_waiting_oneself_is_not_asking_support_to_hold(text):
    assert read_reply(text).kind == CONFIRMED


def test_telling_of_a_past_change_is_not_a_correction():
    assert read_reply("I switched employers, so the old address h@corp.example.com no longer works.").kind == ANSWERED
