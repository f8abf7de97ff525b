"""core/ids.py: the one definition of a candidate id, a case id and an e-mail address."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from certmerge_mail.core import ids

ID = "AWS01234567"
WRITTEN = [
    "AWS01234567", "AWS 01234567", "AWS-01234567", "aws01234567", "Aws-01234567",
    "ＡＷＳ０１２３４５６７", "ＡＷＳ－０１２３４５６７", "ＡＷＳ　０１２３４５６７", "ａｗｓ０１２３４５６７",
    "AWS０１２３４５６７", "AWS－01234567", "AWS　01234567", "AWS‐01234567", "AWS–01234567",
    "AWSー01234567", "AWS\u00a001234567",
    # the digits read out in two groups of four (blind set 114: "AWS 7990 1246", "AWS 6120-4471")
    "AWS 0123 4567", "AWS 0123-4567", "AWS-0123-4567", "aws01234567",
]


@pytest.mark.parametrize("written", WRITTEN)
def test_every_form_is_found_and_normalised(written):
    text = f"お客様のアカウント {written} を統合します。"
    assert ids.candidate_ids(text) == (ID,)
    [(start, end, cid)] = ids.find_candidate_ids(text)
    assert (text[start:end], cid) == (written, ID)  # offsets into the original text
    assert ids.normalise_candidate_id(f"  {written} ") == ID


@pytest.mark.parametrize("text", [
    "AWS1234567", "AWS012345678", "XAWS01234567", "AWS01234567X", "AWS 0123  4567", "AWS 012 34567", "AWS--01234567",
    "AWS  01234567", "AWS01234567０", "ＸAWS01234567", "A W S01234567", "AWS_01234567",
    "credly 3AWS01234567B9", "AWS٠١٢٣٤٥٦٧",
])
def test_what_is_not_a_candidate_id(text):
    assert ids.candidate_ids(text) == ()
    assert ids.find_candidate_ids(text) == []
    assert ids.normalise_candidate_id(text) is None


def test_several_ids_sorted_unique_with_positions():
    text = "Merge AWS 07654321 into aws01234567; again: ＡＷＳ０７６５４３２１."
    assert ids.candidate_ids(text) == ("AWS01234567", "AWS07654321")
    found = ids.find_candidate_ids(text)
    assert [cid for _, _, cid in found] == ["AWS07654321", "AWS01234567", "AWS07654321"]
    assert [text[s:e] for s, e, _ in found] == ["AWS 07654321", "aws01234567", "ＡＷＳ０７６５４３２１"]


@pytest.mark.parametrize("typed", ["", "AWS", "01234567", "AWS01234567 AWS07654321", "AWS01234567.", "id: AWS01234567"])
def test_normalise_takes_exactly_one_id(typed):
    assert ids.normalise_candidate_id(typed) is None


@given(st.text(alphabet="AWSaws0123456789 -－　ＡＷＳ０１x.\n", max_size=40))
def test_find_and_normalise_agree(text):
    for start, end, cid in ids.find_candidate_ids(text):
        assert ids.normalise_candidate_id(text[start:end]) == cid
        assert len(cid) == 11 and cid.startswith("AWS") and cid[3:].isascii() and cid[3:].isdigit()


FULL_WIDTH_CASE = "176215680000123".translate({ord(str(d)): 0xFF10 + d for d in range(10)})


@pytest.mark.parametrize("subject, want", [
    ("RE:[CASE 176215680000123] [AWS Training and Certification Form Submission]", "176215680000123"),
    ("Your support case 17621568000: Merge", "17621568000"),
    ("Case ID: 1762156800", "1762156800"),
    ("ケース番号：" + FULL_WIDTH_CASE + " について", "176215680000123"),
    ("［ＣＡＳＥ　" + FULL_WIDTH_CASE + "］", "176215680000123"),
    ("[AWS T&C Support] Re: Account merge request (#10145873206)", "10145873206"),
    ("case 1234567", None),
    ("case 12345678901234567", None),
])
def test_case_id_in_the_subject(subject, want):
    assert ids.case_id(subject) == want


def test_case_id_from_the_body_when_the_subject_has_none():
    assert ids.case_id("Re: merge", "Regarding case 17621568000, we merged.") == "17621568000"
    assert ids.case_id("Re: merge", "nothing here", "お問い合わせ番号: 1762156800") == "1762156800"
    assert ids.case_id("Re: merge", "https://support.example/?displayId=176215680000123") == "176215680000123"
    assert ids.case_id("Re: merge", "no id", "none either") is None


def test_a_japanese_inquiry_number_in_brackets():
    assert ids.case_id("アンケート", "お問い合わせ（番号 174826096050227）への対応は終了いたしました。") == "174826096050227"


def test_a_case_id_in_brackets_after_the_word_case():
    assert ids.case_id("How did we do?", "Your recent case with AWS Training and Certification Support "
                       "(175286723675666) has been closed.") == "175286723675666"
    assert ids.case_id("Hi", "Your case about the exam (12345) was closed.") is None  # too short for a case id


def test_a_labelled_case_id_wins_over_one_in_running_text():
    """"Your reply to the resolved case 1775… opened a new case. Case ID: 1777…":
    the id on its label line is the mail's own case."""
    body = "解決済みのケース 177547871500218 にご返信をいただきました。\nケース ID: 177733140600906\n関連ケース: 177547871500218"
    assert ids.case_id("新しいケースを作成しました", body) == "177733140600906"
    body = "Your reply to closed case 17754787150 opened a new one.\nCase ID: 17773314060"
    assert ids.case_id("New case", body) == "17773314060"


def test_case_id_subject_is_read_up_to_its_bound():
    assert ids.case_id("x" * ids.MAX_SUBJECT + " case 1762156800") is None


def test_case_opened_at():
    assert ids.case_opened_at("176234567812345").year == 2025
    assert ids.case_opened_at("11735180201") is None


def test_emails_lower_cased_unique_and_sorted():
    text = "Sign in with Hanako@Example.JP or hanako@example.jp; サインインの際はtaro.y+aws@mail.example.co.jp。"
    assert ids.emails(text) == ("hanako@example.jp", "taro.y+aws@mail.example.co.jp")
    assert ids.EMAIL.search("write to support@amazon.com.").group(0) == "support@amazon.com"
    assert ids.emails("no address: a@b, @example.com, user@") == ()


def test_configuration_and_init_use_this_definition():
    from certmerge_mail import config
    from certmerge_mail.cli import init

    assert config.normalise_candidate_id is ids.normalise_candidate_id
    assert init._candidate("ＡＷＳ－０１２３４５６７") is None
    assert init._candidate("AWS 01234567") is None
    assert init._candidate("AWS1234567") is not None
    assert init._valid_timezone is config.valid_timezone  # one definition, used by both
    assert config.valid_timezone("Asia/Tokyo") and not config.valid_timezone("/etc/localtime")
    assert not config.valid_timezone("../zoneinfo/UTC") and not config.valid_timezone("Mars/Olympus")


@pytest.mark.parametrize("subject, body, expected", [
    ("Your enquiry 12630958417 with AWS Training and Certification", "", "12630958417"),
    ("Amazon Web Services: サポート窓口におつなぎしました", "ご依頼は担当チームに引き渡されました。\n\n番号 177003648300972\n", "177003648300972"),
    ("【AWS トレーニングと認定】お問い合わせを受け付けました（受付番号：176040076041075）", "", "176040076041075"),
    ("お問い合わせ", " 受付番号(ケース番号):176040076041075\n", "176040076041075"),
])
def test_a_case_id_under_other_names(subject, body, expected):
    assert ids.case_id(subject, body) == expected
