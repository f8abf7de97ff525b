"""Splitting off quoted history; identifiers; language."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from certmerge_mail.core.ids import candidate_ids, case_id, case_opened_at
from certmerge_mail.core.text import _QUOTES, detect_language, normalize, split_new_text


@pytest.mark.parametrize(
    "body",
    [
        "Done, merged.\n\n-----Original Message-----\nFrom: x\nPlease confirm AWS07654321",
        "Done, merged.\n\nOn Mon, 3 Nov 2025 at 10:00, Amazon Web Services <x@amazon.com> wrote:\n> Please confirm",
        "Done, merged.\n\nOn Mon, 3 Nov 2025 at 10:00, Amazon Web Services\n<x@amazon.com> wrote:\n> Please confirm",
        "Done, merged.\n> Please confirm AWS07654321",
        "Done, merged.\n\nFrom: Amazon Web Services <x@amazon.com>\nSent: Monday, November 3, 2025 10:00 AM\nTo: me\nSubject: RE: case\n\nPlease confirm",
        "Done, merged.\n\n差出人: Amazon Web Services <x@amazon.com>\n送信日時: 2025年11月3日 10:00\n宛先: me\n件名: RE\n\nご確認ください",
        "Done, merged.\n\n2025年11月3日(月) 10:00 Amazon Web Services <x@amazon.com>:\n> ご確認ください",
        "Done, merged.\n________________________________\nFrom: Amazon Web Services\nSent: today\nTo: me\n",
        "Done, merged.\n\n送信日時: 2025年08月05日 15:02\n差出人: Amazon Web Services\n件名: RE:[CASE 1]\n\nどちらになさいますか。",
    ],
)
def test_history_is_not_new_text(body):
    new, history = split_new_text(normalize(body))
    assert new == "Done, merged."
    assert history


def test_agent_text_with_from_to_lines_is_kept():
    body = "From account: AWS07654321\nTo account: AWS01234567\nPlease confirm."
    assert split_new_text(body)[0] == body


def test_candidate_ids_exclude_credly_and_hex():
    text = ("AWS01234567 and aws-07654321; Credly validation number AWS12345678ABCDEF; "
            "id 0f1e2d3c4b5a69788796a5b4c3d2e1f0; account 123456789012; ＡＷＳ０１１１２２２３")
    assert candidate_ids(normalize(text)) == ("AWS01112223", "AWS01234567", "AWS07654321")


@pytest.mark.parametrize(
    "subject, body, expected",
    [
        ("RE:[CASE 176234567812345] [AWS Training and Certification Form Submission]", "", "176234567812345"),
        ("Amazon Web Services: You have opened a new Support case: 177666106600814", "", "177666106600814"),
        ("[Case 177666106600814] New correspondence added", "", "177666106600814"),
        ("Your request", "Case ID: 11735180201\nSubject: merge", "11735180201"),
        ("Your request", "https://console.aws.amazon.com/support/home#/case/?displayId=1776661066008", "1776661066008"),
        ("お問い合わせ", "ケースID: 176234567812345", "176234567812345"),
        ("Amazon Web Services: 新しいサポートケースを開きました: 177666106600814", "", "177666106600814"),
        ("Hello", "no case here, call 0120-123-456", None),
    ],
)
def test_case_id(subject, body, expected):
    assert case_id(subject, body) == expected


def test_case_opened_at_from_a_15_digit_id():
    assert case_opened_at("176234567812345").year == 2025
    assert case_opened_at("11735180201") is None


def test_language():
    assert detect_language("アカウントの統合が完了いたしました。") == "ja"
    assert detect_language("Your accounts have been merged.") == "en"
    assert detect_language("Merged AWS01234567 (山田)") == "en"


def test_history_headed_by_a_bare_or_dated_previous_correspondence_line():
    for head in ("Previous correspondence\n\n-------", "======== Previous correspondence (2021-05-19) ========"):
        new, history = split_new_text(f"We have not heard from you.\n\n{head}\nPlease confirm AWS01234567.")
        assert new == "We have not heard from you." and "AWS01234567" in history
    new, _ = split_new_text("We have not received a reply to our previous correspondence.\nThanks.")
    assert new.endswith("Thanks.")  # the words in a sentence start no history


def test_an_auto_reply_quoting_your_message_keeps_it_out_of_the_new_text():
    text = ("We have received your reply and added it to your case.\n\nYour message:\n-----\n"
            "Please keep AWS01234567.\n-----\nAWS Training and Certification")
    new, history = split_new_text(text)
    assert new == "We have received your reply and added it to your case." and "AWS01234567" in history


def test_a_japanese_case_history_heading_starts_the_history():
    text = "ご確認ください。\n\n====================\nケースの履歴:\n--------------------\nAWS01234567 を統合してください。"
    new, history = split_new_text(text)
    assert new.startswith("ご確認ください。") and "AWS01234567" not in new and "AWS01234567" in history


def test_english_text_quoting_a_japanese_subject_is_english():
    text = ("New correspondence has been added to your AWS Support case.\nSubject: AWS認定アカウントの統合のお願い\n"
            "To view the correspondence and reply, sign in to the AWS Support Center. This email address cannot accept replies.")
    assert detect_language(text) == "en"
    bilingual = "認定アカウントの統合が完了いたしました。今後はこちらのアカウントをご利用ください。\nYour accounts have been merged."
    assert detect_language(bilingual) == "ja"


@pytest.mark.parametrize("body", [
    "Hello Lukas,\n\nDone, merged.\n\nBest regards,\nAnna K.\nAWS Training and Certification\n\n"
    "Hello Lukas,\n\nBefore we combine them, please confirm.\n\nBest regards,\nAnna K.",
    "Hi Olena,\nDone, merged.\nCheers,\nBen\n\nDear Olena,\nPlease confirm AWS07654321.",
    "高橋 由美 様\n\nDone, merged.\n\nよろしくお願いいたします。\n渡辺\nAmazon Web Services\n\n高橋 由美 様\n\nご確認ください。",
    # no sign-off word, only the desk's signature line; the user's one-line answer between the letters
    "Hi Mei,\n\nDone, merged. A pleasure!\n\nRaj\nAWS Training & Certification\n\n\nOk go.\nMei\n\n"
    "Hi Mei, thanks for the reply!\nPlease confirm AWS07654321.",
    "山田 様\n\nDone, merged.\n\n佐藤\nAWS トレーニングと認定 カスタマーサポート\n\n山田 様\n\nご確認ください。",
    # a greeting with no space before 様, under a rule of Japanese dashes
    "山田様\n\nDone, merged.\n\n佐藤\nAWS トレーニングと認定 カスタマーサポート\n――――――――――\n佐藤様\n\nご確認ください。",
    # the desk's longer signature line, a footer line and the user's unmarked answer between the letters
    "Hello Marco,\nDone, merged.\n\nBest regards,\n\nNadia R.\nAWS Training and Certification Customer Support\n\n"
    "To add information to this case, reply to this email and keep the case number in the subject line.\n\n\n"
    "Yes, that's all correct, please go ahead.\nMarco\n\nHello Marco,\nWe still need you to confirm the merge.",
])
def test_a_second_letter_under_the_first_ones_signature_is_history(body):
    """Quoted with no marker at all: the earlier mail greets the reader again
    under the new one's sign-off."""
    new, history = split_new_text(normalize(body))
    assert "Done, merged." in new and "confirm" not in new.lower() and "ご確認" not in new
    assert history


@pytest.mark.parametrize("body", [
    "Hello Lukas,\n\nDone, merged.\n\nHello again: one more thing, please confirm.\n\nBest regards,\nAnna",
    "Hello Lukas,\n\nThanks for waiting,\nwe merged them.\nHi to your team,\nAnna",  # no sign-off line before it
    "Best regards,\nAnna\n\nHello Lukas,\nPlease confirm.",  # no greeting before the sign-off: nothing to follow
])
def test_a_greeting_that_is_no_second_letter_stays_new_text(body):
    assert split_new_text(normalize(body)) == (body.strip(), "")


def test_a_letter_pasted_under_the_signature_and_signed_by_another_is_history():
    body = ("Hi Marcus,\n\nThanks, I've handed it on.\n\nKind regards,\nHyun-woo\nAmazon Web Services\n\n\n\n"
            "Yes, that's all correct. Please proceed with the merge of AWS01177609 into AWS05048823.\n\nMarcus")
    new, history = split_new_text(normalize(body))
    assert new.endswith("Amazon Web Services") and history.strip().endswith("Marcus")


@pytest.mark.parametrize("body", [
    # a footer under the signature ends with no name; one blank line is no gap
    "Hi Marcus,\n\nDone.\n\nKind regards,\nHyun-woo\nAmazon Web Services\n\n\nWe value your feedback. Please rate this "
    "correspondence in the Support Center.",
    "Hi Marcus,\n\nDone.\n\nKind regards,\nHyun-woo\nAmazon Web Services\n\nP.S. Reply any time.\n\nHyun-woo",
])
def test_what_stands_under_a_signature_without_a_second_signer_stays_new_text(body):
    assert split_new_text(normalize(body)) == (body.strip(), "")


def test_typographic_apostrophes_and_quotes_read_as_ascii():
    assert normalize("We\u2019ve moved it \u201cas agreed\u201d.") == "We've moved it \"as agreed\"."


def test_a_quote_on_top_leaves_the_reply_under_it_as_the_new_text():
    body = ("2026年2月18日(水) 17:20 伊藤 誠 <makoto.ito@example.co.jp>:\n> 統合はいつごろ終わりますか。\n> 伊藤\n\n"
            "伊藤 様\n\n本日、統合の作業がすべて終わりました。")
    new, history = split_new_text(normalize(body))
    assert new.startswith("伊藤 様") and "すべて終わりました" in new
    assert "いつごろ" in history and "いつごろ" not in new
    assert split_new_text("> only a quote\n> here") == ("", "> only a quote\n> here")


def test_answers_under_quoted_lines_are_the_new_text_and_the_quoted_lines_history():
    # a greeting, the user's words quoted, the answer under them
    body = ("Hi Ravi,\n\n> Looks right to me, go ahead.\n> Ravi\n\n"
            "Thanks. Done: AWS11112222 now sits under AWS33334444.\n\nRegards,\nKim")
    new, history = split_new_text(normalize(body))
    assert new.startswith("Hi Ravi,") and "AWS33334444" in new and "go ahead" not in new
    assert "go ahead" in history
    # answers interleaved with the questions they answer
    body = ("佐藤 様\n\nご質問にお答えします。\n\n> 割引は残りますか?\n\n残ります(AWS33334444 に移ります)。\n\n"
            "> いつ終わりますか?\n\n2 営業日ほどです。\n\n木村")
    new, history = split_new_text(normalize(body))
    assert "AWS33334444" in new and "2 営業日" in new and "割引は残りますか" not in new
    assert "割引は残りますか" in history and "いつ終わりますか" in history
    # answers under the quoted lines of a reply header over two lines
    body = ("Hi,\nAnswers inline.\n\nOn Tue, 16 Sep 2025 05:12:40 +0000\n\"AWS\" <support@example.com> wrote:\n\n"
            "> Which address is on each account?\n\nAWS33334444: me@example.org\n\n> Anything else?\n\nNo.\n\nKen")
    new, history = split_new_text(normalize(body))
    assert "AWS33334444: me@example.org" in new and "Which address" not in new and "Which address" in history
    # a quote at the end, and a quote followed by an older letter, stay history
    assert split_new_text("Agreed.\n\n> Please confirm the merge.") == ("Agreed.", "> Please confirm the merge.")
    new, history = split_new_text("Agreed.\n\n> Please confirm.\n\n-----Original Message-----\nFrom: x\nSent: y\nTo: z\n\nold")
    assert new == "Agreed." and "old" in history


# Characters NFKC decomposes, reorders or composes, in any neighbourhood of a
# newline: combining marks, (half-width) kana and their voiced marks, Hangul
# jamo, full-width forms, ligatures, CR, typographic quotes.
_NFKC_TRICKY = ("\n\r \u0301\u0323\u0308\u0345\u0338eaAé\u1e9b\u212b\u2126ｶﾞﾟﾊ\u3099\u309aかは"
                "\u1100\u1161\u11a8\uac00ＡＢ１：（\ufb01\u00bd\u2460\u3000\u0130\u017f\u0f73\u0f71\u0f72\u2019\u201c\u2033")


def _ascii_quotes(text):
    for typographic, plain in _QUOTES:
        text = text.replace(typographic, plain)
    return text


def _nfkc(text):
    """NFKC of the whole text, with circled numbers kept as list markers ("①" is "(1)")."""
    for i in range(20):
        text = text.replace(chr(0x2460 + i), f"({i + 1})")
    return unicodedata.normalize("NFKC", text)


@given(st.text(alphabet=st.sampled_from(_NFKC_TRICKY), max_size=40) | st.text(max_size=40))
@settings(max_examples=3000, deadline=None)
def test_normalize_line_by_line_is_nfkc_of_the_whole(text):
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    assert normalize(text) == _ascii_quotes(_nfkc(unified))


def test_normalize_every_character_after_and_before_a_newline():
    for code in range(0x20, 0x30000):
        char = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        for text in (f"a{char}\n{char}\u0301", f"{char}\n\u0301{char}", f"ｶ\n{char}ﾞ"):
            assert normalize(text) == _ascii_quotes(_nfkc(text)), hex(code)


@pytest.mark.parametrize("head", [
    "---- 2026/01/05 09:12 Amazon Web Services からのメッセージ ----",
    "=== Message from Amazon Web Services, 5 Jan 2026 ===",
    "--- Your previous reply on this case (2026-01-05 09:12 UTC) ---",
    "------ Conversation history ------",
    "---------- Most recent correspondence ----------",
    "Correspondence on 2026-01-05 09:12:15 UTC (Amazon Web Services):",
    "---------- Original submission ----------",
])
def test_a_banner_naming_an_earlier_message_starts_the_history(head):
    body = f"Hello,\nThe merge is done.\n\n{head}\nPlease confirm AWS07654321 into AWS01234567.\n"
    new, history = split_new_text(normalize(body))
    assert new == "Hello,\nThe merge is done." and history.startswith(head)


def test_a_dated_head_under_a_rule_starts_the_history():
    body = "Hello,\nSubmitted to the team.\n\n------------------\nCustomer reply, 2025-09-16 15:58 UTC:\nKeep AWS01234567.\n"
    assert split_new_text(normalize(body))[0] == "Hello,\nSubmitted to the team."
    body = "Hello,\nPlan:\n------------------\nWhat happens next:\nWe merge.\n"  # no date: the mail's own
    assert split_new_text(normalize(body))[1] == ""


def test_a_from_line_right_above_its_date_starts_the_history():
    body = "Hello,\nAll done.\n\nFrom: Daniel Okafor\nDate: 2025-03-13 12:02 UTC\nPlease confirm the merge.\n"
    assert split_new_text(normalize(body)) == ("Hello,\nAll done.", "From: Daniel Okafor\nDate: 2025-03-13 12:02 UTC\n"
                                               "Please confirm the merge.\n")


def test_outlooks_block_cut_to_its_date_under_a_rule_starts_the_history():
    body = "Hi,\nStill there?\n\n______________________\nSent: Tuesday, January 13, 2026 4:02 PM\n\nPlease confirm.\n"
    assert split_new_text(normalize(body))[0] == "Hi,\nStill there?"
    # a rule line over text of the mail's own is no history
    body = "Hi,\nStill there?\n\n______________________\nSent to you by the desk.\n"
    assert split_new_text(normalize(body))[1] == ""
    # Japanese clients draw the rule with box-drawing characters
    body = "佐藤様\n承知しました。\n\n──────────────\n送信日時: 2026年1月13日 16:02\n\n統合してください。\n"
    assert split_new_text(normalize(body))[0] == "佐藤様\n承知しました。"



@pytest.mark.parametrize("head", ["For your records, a copy of what you wrote to us:", "A copy of your submission below:",
                                  "Below is a copy of your request:"])
def test_a_copy_of_the_users_own_submission_starts_the_history(head):
    body = f"Hello,\nYour request is with us.\n\n{head}\n-----\nDescription: the merge was completed last week\n"
    assert split_new_text(normalize(body))[0] == "Hello,\nYour request is with us."


@pytest.mark.parametrize("banner", ["―――――― 以下、過去のやり取り ――――――", "━━━ 以下 これまでのやりとり ━━━",
                                    "――――― 元のメッセージ ―――――"])
def test_a_japanese_banner_between_bars_starts_the_history(banner):
    body = f"鈴木様\nアンケートにご協力ください。\n\n{banner}\n件名: RE: 統合\n\n統合が完了しました。\n"
    new, history = split_new_text(normalize(body))
    assert new == "鈴木様\nアンケートにご協力ください。" and history.startswith(banner)


def test_an_earlier_letters_head_line_under_the_signature_starts_the_history():
    body = ("Hi Olena,\nWhich id do you keep?\n\nWarm regards,\nKris\nAWS Training and Certification\n\n"
            "Case 177062126200036 | Submitted 09-Feb-2026 07:14 UTC | Olena K. | olena@example.com\n"
            "Please merge AWS10327754 and AWS06218893.\n")
    new, history = split_new_text(normalize(body))
    assert "AWS10327754" not in new and history.startswith("Case 177062126200036")
    # the same line before the letter is signed is the letter's own
    body = "Hi Olena,\nYour form of 09-Feb-2026 07:14 UTC from olena@example.com arrived.\nThanks,\nKris"
    assert split_new_text(normalize(body))[1] == ""



def test_the_consoles_correspondence_boxed_by_rules_under_a_letter_is_history():
    body = ("Hello Tomasz,\n\nI need a few details first.\n\nKatarzyna W.\nAmazon Web Services\n\n" + "=" * 44 + "\n\n"
            + "-" * 41 + "\nCustomer\nMon Feb 09 2026 10:05:41 GMT+0000\n" + "-" * 41
            + "\nI have 2 accounts, AWS31846620 and AWS45201978.")
    new, history = split_new_text(normalize(body))
    assert "AWS31846620" not in new and "AWS31846620" in history


def test_a_newsletters_boxed_title_and_date_open_its_own_text():
    body = "━" * 26 + "\n メールマガジン 第142号\n 2025年11月20日発行\n" + "━" * 26 + "\n\n松本 様\n\n統合の手順まとめ"
    assert split_new_text(normalize(body))[1] == ""


def test_answers_written_inline_into_the_quoted_mail_join_the_new_text_when_it_says_so():
    from certmerge_mail.core.text import with_inline_answers
    history = ("From: Tom\nSent: Friday\n\n2) Which ID should I book with?\n[AWS] Please keep using AWS09263301.\n"
               "3) Will badges move?\n回答: Credly に依頼します。")
    joined = with_inline_answers("Please find my answers inline below in blue.", history)
    assert "AWS09263301" in joined and "Credly に依頼" in joined and "Which ID" not in joined
    assert with_inline_answers("Thanks, we are on it.", history) == "Thanks, we are on it."


def test_an_html_quote_rendered_without_its_from_line_starts_the_history():
    body = ("Hello Priya,\n\nDo you still need help with this?\n\nChloe T.\n\n"
            "Sent: 10 February 2026 11:48 UTC\nSubject: RE:[CASE 177065314003326]\n\nPlease confirm: keep AWS05561298.")
    new, history = split_new_text(normalize(body))
    assert "AWS05561298" not in new and history.startswith("Sent:")
