"""[reminders] acknowledgement and [imap] junk (issue 17), validated like their neighbours."""

from __future__ import annotations

from datetime import timedelta

from test_config import VALID, problem

from certmerge_mail.config import parse


def test_acknowledgement_defaults_to_an_hour_and_reads_a_duration():
    assert parse(VALID, source="c.toml").reminders.acknowledgement == timedelta(hours=1)
    settings = parse(VALID + '[reminders]\nacknowledgement = "3h"\n', source="c.toml")
    assert settings.reminders.acknowledgement == timedelta(hours=3)


def test_a_bad_acknowledgement_is_named_with_the_fix():
    problem(VALID + '[reminders]\nacknowledgement = "2x"\n', "reminders.acknowledgement",
            '"2x" is not a duration', '"1d12h"')
    problem(VALID + '[reminders]\nacknowledgement = "0s"\n', "reminders.acknowledgement", "longer than zero")


def test_junk_folder_is_optional_and_read_when_set():
    assert parse(VALID, source="c.toml").imap.junk is None
    text = VALID.replace('[you]', 'junk = "[Gmail]/Spam"\n\n[you]', 1)
    assert parse(text, source="c.toml").imap.junk == "[Gmail]/Spam"
