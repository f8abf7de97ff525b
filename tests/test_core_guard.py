"""The guard on the irreversible step: no confirmation unless the agent's
accounts are exactly the configured ones, in the configured direction."""

from certmerge_mail.core.guard import account_differences, kept_account
from certmerge_mail.core.ids import candidate_ids
from certmerge_mail.core.settings import Account

KEEP = Account("AWS01234567", "keep", "hanako.yamada@example.jp", "hanako.yamada@example.jp")
MERGE = Account("AWS07654321", "merge", "h.yamada@old-employer.example.com", "h.yamada@old-employer.example.com")
ACCOUNTS = (KEEP, MERGE)


def diff(text):
    return account_differences(text, candidate_ids(text), ACCOUNTS, ("hanako.yamada@example.jp",))


def test_exact_match_in_the_configured_direction():
    text = ("We will merge AWS07654321 (h.yamada@old-employer.example.com) into AWS01234567 "
            "(hanako.yamada@example.jp). Please confirm.")
    assert diff(text) == []


def test_table_form_with_primary_marker():
    text = "Primary account: AWS01234567\nAccount to be merged: AWS07654321\nPlease confirm."
    assert kept_account(text) == "AWS01234567"
    assert diff(text) == []


def test_reversed_direction_is_named():
    problems = diff("We will merge AWS01234567 into AWS07654321. Please confirm.")
    assert any("reversed" in p and "AWS07654321" in p for p in problems)


def test_japanese_direction():
    assert kept_account("AWS07654321 を AWS01234567 に統合いたします。") == "AWS01234567"
    assert kept_account("統合先: AWS01234567\n統合元: AWS07654321") == "AWS01234567"


def test_unknown_and_missing_ids():
    problems = diff("We will merge AWS07654321 into AWS99999999.")
    assert any("AWS99999999" in p and "not one of your" in p for p in problems)
    assert any("does not name AWS01234567" in p for p in problems)


def test_no_id_at_all_cannot_be_checked():
    assert any("names no candidate id" in p for p in diff("Please confirm the merge of your two accounts."))


def test_unknown_email_is_named_but_support_addresses_are_not():
    text = ("Merge AWS07654321 into AWS01234567 (stranger@example.org). Reply to "
            "aws-cs-trainingcertification-form@amazon.com.")
    problems = diff(text)
    assert len(problems) == 1 and "stranger@example.org" in problems[0]
