"""The shipped templates, rendered with a fixed configuration, against the
golden files in tests/expected/ (read them when they change: they are what
AWS Support will read).  Regenerate with CERTMERGE_REGEN=1 after a deliberate
change to a template."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from certmerge_mail.adapters.compose import case_request_text
from certmerge_mail.adapters.render import render
from certmerge_mail.config import parse
from certmerge_mail.core.drafts import (
    TEMPLATES,
    Purpose,
    confirmation_context,
    credly_follow_up_context,
    follow_up_context,
    information_context,
)
from certmerge_mail.errors import ConfigError

EXPECTED = Path(__file__).resolve().parent / "expected"
CASE = "176215680000123"

TEXT = """
[you]
name = "Hanako Yamada"
emails = ["hanako.yamada@example.jp"]
language = "ja"
timezone = "Asia/Tokyo"

[[accounts]]
candidate_id = "AWS01234567"
role = "keep"
login_email = "hanako.yamada@example.jp"
notification_email = "hanako.notify@example.jp"
certifications = [
    "AWS Certified Solutions Architect - Associate",
    "AWS Certified Developer - Associate",
]

[[accounts]]
candidate_id = "AWS07654321"
role = "merge"
login_email = "h.yamada@old-employer.example.com"
certifications = ["AWS Certified Cloud Practitioner"]

[merge]
reason = "I created a second account with my former employer's e-mail address."
"""


def settings(text: str = TEXT):
    return parse(text, "/home/hanako/.config/certmerge-mail/test.toml", require_imap=False)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def rendered() -> dict[str, str]:
    s = settings()
    return {
        "confirmation": render(TEMPLATES[Purpose.CONFIRMATION], confirmation_context(s, CASE, "Maria")),
        "follow_up": render(
            TEMPLATES[Purpose.FOLLOW_UP],
            follow_up_context(s, CASE, utc(2025, 11, 3, 8, 0), utc(2025, 11, 4, 9, 30), utc(2025, 11, 7, 12, 0)),
        ),
        "information": render(
            TEMPLATES[Purpose.INFORMATION],
            information_context(s, CASE, "Please provide the login e-mail of each account."),
        ),
        "credly_follow_up": render(
            TEMPLATES[Purpose.CREDLY_FOLLOW_UP],
            credly_follow_up_context(s, CASE, utc(2025, 11, 10, 6, 0), ("AWS Certified Cloud Practitioner",)),
        ),
        "case_request": case_request_text(s),
    }


@pytest.mark.parametrize("name", ["confirmation", "follow_up", "information", "credly_follow_up", "case_request"])
def test_template_matches_golden_file(name: str) -> None:
    text = rendered()[name]
    golden = EXPECTED / f"{name}.txt"
    if os.environ.get("CERTMERGE_REGEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_every_purpose_has_a_shipped_template() -> None:
    assert set(TEMPLATES) == set(Purpose)
    for name in [*TEMPLATES.values(), "case_request.txt.j2"]:
        assert (Path(__file__).resolve().parent.parent / "templates" / name).is_file()


def test_rendered_drafts_carry_the_configured_ids_exactly() -> None:
    for name, text in rendered().items():
        assert "AWS01234567" in text, name
        assert "AWS07654321" in text, name
        assert "PLEASE FILL IN" not in text, name
        assert text.endswith("\n") and not text.endswith("\n\n"), name
        assert all(line == line.rstrip() for line in text.splitlines()), name


def test_unknown_variable_in_a_user_template_raises_config_error(tmp_path: Path) -> None:
    (tmp_path / "confirmation.txt.j2").write_text("Hello {{ agent_nmae }},\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="agent_nmae"):
        render("confirmation.txt.j2", confirmation_context(settings(), CASE, None), str(tmp_path))


def test_user_template_overrides_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "confirmation.txt.j2").write_text("Dear {{ agent_name }}: go ahead, {{ keep.candidate_id }}.\n")
    text = render("confirmation.txt.j2", confirmation_context(settings(), CASE, "Maria"), str(tmp_path))
    assert text == "Dear Maria: go ahead, AWS01234567.\n"
    # The other templates still come from the package.
    assert "Hanako Yamada" in render("follow_up.txt.j2", follow_up_context(
        settings(), CASE, utc(2025, 11, 3), utc(2025, 11, 3), utc(2025, 11, 5)), str(tmp_path))


def test_case_request_uses_the_configured_templates_dir(tmp_path: Path) -> None:
    (tmp_path / "case_request.txt.j2").write_text("Keep {{ keep.candidate_id }}.\n")
    s = settings(TEXT + f'\n[templates]\ndir = "{tmp_path}"\n')
    assert case_request_text(s) == "Keep AWS01234567.\n"


def test_information_marks_the_missing_reason_and_certifications() -> None:
    s = settings(TEXT.replace("reason = \"I created a second account with my former employer's e-mail address.\"", 'reason = ""')
                 .replace('certifications = ["AWS Certified Cloud Practitioner"]', ""))
    info = render("information.txt.j2", information_context(s, CASE, ""))
    assert "Reason for the merge: [PLEASE FILL IN: reason for the merge]" in info
    assert 'Certifications: [PLEASE FILL IN: certifications on this account, or "none"]' in info
    request = case_request_text(s)
    assert "[PLEASE FILL IN: reason for the merge]" in request
    assert "after replacing every [PLEASE FILL IN: ...]" in request
    assert "after replacing" not in case_request_text(settings())


def test_confirmation_greets_without_a_name_and_lists_every_merged_account() -> None:
    three = TEXT + """
[[accounts]]
candidate_id = "AWS05555555"
role = "merge"
login_email = "hanako@personal.example.org"
"""
    text = render("confirmation.txt.j2", confirmation_context(settings(three), CASE, None))
    assert text.startswith("Hello,\n")
    assert "Accounts to merge into it:\n" in text
    assert "  AWS07654321 (login e-mail: h.yamada@old-employer.example.com)\n" in text
    assert "  AWS05555555 (login e-mail: hanako@personal.example.org)\n" in text
    assert "merged accounts" in text
    follow = render("follow_up.txt.j2", follow_up_context(
        settings(three), CASE, utc(2025, 11, 3), utc(2025, 11, 3), utc(2025, 11, 5)))
    assert "accounts AWS07654321 and AWS05555555 into AWS01234567" in follow


def test_credly_follow_up_without_named_badges_lists_the_merged_certifications() -> None:
    text = render("credly_follow_up.txt.j2",
                  credly_follow_up_context(settings(), CASE, utc(2025, 11, 10), ("any badge",)))
    assert "  - AWS Certified Cloud Practitioner\n" in text
    assert "any badge" not in text
