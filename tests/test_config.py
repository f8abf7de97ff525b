"""Reading and checking config.toml (certmerge_mail.config)."""

from __future__ import annotations

import os
import stat
from datetime import time, timedelta
from pathlib import Path

import pytest

from certmerge_mail import config
from certmerge_mail.config import parse, parse_clock, parse_duration
from certmerge_mail.core.settings import Secret
from certmerge_mail.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent
SOURCE = "/home/hanako/.config/certmerge-mail/config.toml"
ENV = {"HOME": "/home/hanako"}

IMAP = """
[imap]
host = "imap.example.com"
username = "hanako.yamada@example.jp"
password_command = "pass show mail/imap"
"""

YOU = """
[you]
name = "Hanako Yamada"
emails = ["Hanako.Yamada@example.jp"]
"""

KEEP = """
[[accounts]]
candidate_id = "AWS01234567"
role = "keep"
login_email = "hanako.yamada@example.jp"
"""

MERGE = """
[[accounts]]
candidate_id = "AWS07654321"
role = "merge"
login_email = "h.yamada@old-employer.example.com"
"""

ACCOUNTS = KEEP + MERGE

VALID = IMAP + YOU + ACCOUNTS


def settings_of(text: str, **kwargs):
    kwargs.setdefault("env", ENV)
    return parse(text, SOURCE, **kwargs)


def error_of(text: str, **kwargs) -> str:
    kwargs.setdefault("env", ENV)
    with pytest.raises(ConfigError) as caught:
        parse(text, SOURCE, **kwargs)
    return str(caught.value)


def problem(text: str, key: str, *needles: str, **kwargs) -> str:
    """The one message line about `key`; checks it names the file, the key,
    a fix, and contains each needle."""
    message = error_of(text, **kwargs)
    lines = [line for line in message.splitlines() if f": {key}: " in line]
    assert lines, f"no problem reported for {key}:\n{message}"
    line = lines[0]
    assert line.startswith(f"{SOURCE}: {key}: "), line
    assert "; fix: " in line, line
    for needle in needles:
        assert needle in line, f"{needle!r} not in {line!r}"
    return line


# --------------------------------------------------------------------------
# The example file and the defaults


def test_example_file_loads():
    settings = config.load(REPO / "config.example.toml", env=ENV)
    assert settings.you.name == "Hanako Yamada"
    assert settings.you.emails == ("hanako.yamada@example.jp",)
    assert settings.you.language == "ja"
    assert settings.you.timezone == "Asia/Tokyo"
    assert settings.imap.host == "imap.gmail.com"
    assert settings.imap.port == 993
    assert settings.imap.security == "tls"
    assert settings.imap.credentials.password_command == "pass show mail/gmail"
    keep, merge = settings.accounts
    assert keep.candidate_id == "AWS01234567" and keep.role == "keep"
    assert keep.login_email == "hanako.yamada@example.jp"
    assert keep.certifications == (
        "AWS Certified Solutions Architect - Associate",
        "AWS Certified Developer - Associate",
    )
    assert merge.candidate_id == "AWS07654321" and merge.role == "merge"
    assert merge.login_email == merge.notification_email == "h.yamada@old-employer.example.com"
    assert settings.keep == keep and settings.merged == (merge,)
    assert settings.source_path == str(REPO / "config.example.toml")


def test_example_file_mentions_every_key():
    text = (REPO / "config.example.toml").read_text(encoding="utf-8")
    for section, keys in config.SECTION_KEYS.items():
        for key in keys:
            assert f"{key} =" in text, f"{section}.{key}"
    for header in ("[imap]", "[smtp]", "[you]", "[[accounts]]", "[reminders]", "[digest]", "[trust]", "[merge]", "[state]", "[templates]"):
        assert header in text


def test_defaults():
    settings = settings_of(VALID)
    imap = settings.imap
    assert (imap.port, imap.security, imap.inbox, imap.sent, imap.drafts, imap.ca_file) == (993, "tls", "INBOX", None, None, None)
    assert imap.poll_interval == timedelta(minutes=5)
    assert imap.idle_timeout == timedelta(minutes=24)
    assert settings.you.emails == ("hanako.yamada@example.jp",)  # lower-cased
    assert (settings.you.language, settings.you.timezone) == ("en", "UTC")
    assert settings.accounts[0].notification_email == "hanako.yamada@example.jp"
    assert settings.accounts[0].certifications == ()
    reminders = settings.reminders
    assert reminders.support_silence == timedelta(days=2)
    assert reminders.your_reply == timedelta(hours=12)
    assert reminders.merge_completion == timedelta(days=3)
    assert reminders.credly_badge == timedelta(days=2)
    assert reminders.repeat == timedelta(days=1)
    assert reminders.quiet_hours is None
    assert settings.digest.at == time(8, 0)
    assert settings.digest.deliver == ("stdout",)
    assert settings.digest.file is None
    assert settings.trust.authserv_ids == ()
    assert settings.trust.require_verified_sender is True
    assert settings.merge.reason == ""
    assert settings.smtp is None
    assert settings.templates_dir is None
    assert settings.state_path == "/home/hanako/.local/state/certmerge-mail/state.sqlite3"


def test_all_sections_read():
    text = VALID + """
[reminders]
support_silence = "1d12h"
your_reply = "90m"
merge_completion = "1w"
credly_badge = "36h"
repeat = "45m"
quiet_hours = "22:00-08:00"

[digest]
at = "07:30"
deliver = ["file", "Stdout"]
file = "digest.txt"

[trust]
authserv_ids = ["mx.google.com"]
require_verified_sender = false

[merge]
reason = "Two accounts by mistake."
"""
    settings = settings_of(text)
    assert settings.reminders.support_silence == timedelta(days=1, hours=12)
    assert settings.reminders.your_reply == timedelta(minutes=90)
    assert settings.reminders.merge_completion == timedelta(weeks=1)
    assert settings.reminders.quiet_hours == (time(22, 0), time(8, 0))
    assert settings.digest.at == time(7, 30)
    assert settings.digest.deliver == ("file", "stdout")
    assert settings.digest.file == "/home/hanako/.config/certmerge-mail/digest.txt"
    assert settings.trust == config.Trust(authserv_ids=("mx.google.com",), require_verified_sender=False)
    assert settings.merge.reason == "Two accounts by mistake."


def test_toml_local_time_is_accepted_for_digest_at():
    assert settings_of(VALID + "[digest]\nat = 06:45:00\n").digest.at == time(6, 45)


# --------------------------------------------------------------------------
# The file itself


def test_missing_file_says_where_it_looked_and_how_to_create_it(tmp_path):
    missing = tmp_path / "nowhere" / "config.toml"
    with pytest.raises(ConfigError) as caught:
        config.load(missing)
    message = str(caught.value)
    assert str(missing) in message
    assert "certmerge-mail init" in message
    assert "config.example.toml" in message


def test_missing_default_file_explains_how_the_location_was_chosen(tmp_path):
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    with pytest.raises(ConfigError) as caught:
        config.load(env=env)
    message = str(caught.value)
    assert str(tmp_path / "xdg" / "certmerge-mail" / "config.toml") in message
    assert "$CERTMERGE_CONFIG" in message


def test_toml_syntax_error_gives_line_and_column():
    text = VALID + '\n[digest]\nat = "08:00" oops\n'
    with pytest.raises(ConfigError) as caught:
        parse(text, SOURCE)
    message = str(caught.value)
    line = len(VALID.splitlines()) + 3
    assert message.startswith(f"{SOURCE}: line {line}, column ")
    assert "TOML syntax error" in message
    assert "fix:" in message


def test_load_accepts_a_utf8_bom(tmp_path):
    file = tmp_path / "config.toml"
    file.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert config.load(file, env=ENV).you.name == "Hanako Yamada"


# --------------------------------------------------------------------------
# Unknown keys and sections


def test_unknown_key_suggests_the_right_one():
    problem(VALID.replace("username =", "usrname ="), "imap.usrname", 'unknown key "usrname"', 'did you mean "username"?', "Rename it to username")


def test_unknown_key_in_an_account():
    text = VALID + 'certificatons = ["x"]\n'
    problem(text, "accounts[2].certificatons", 'did you mean "certifications"?')


def test_unknown_section_suggests_the_right_one():
    problem(VALID + "[reminder]\nrepeat = \"1d\"\n", "reminder", "unknown section [reminder]", "did you mean [reminders]?")


def test_unknown_section_without_a_near_match_lists_the_sections():
    problem(VALID + "[weather]\n", "weather", "unknown section [weather]", "remove it", "[[accounts]]")


def test_unknown_top_level_key():
    problem("imap_host = 1\n" + VALID, "imap_host", "unknown key", "the top level")


def test_key_in_the_wrong_section_says_where_it_belongs():
    # A key written after [[accounts]] lands in the last account.
    problem(VALID + 'timezone = "Asia/Tokyo"\n', "accounts[2].timezone", "it belongs in [you]", "move it into [you]")


def test_templates_dir_at_top_level_points_to_the_templates_section():
    problem('templates_dir = "t"\n' + VALID, "templates_dir", "[templates]", "dir =")


# --------------------------------------------------------------------------
# Types and required things


def test_wrong_type_names_expected_and_got():
    line = problem(IMAP + 'port = "993"\n' + YOU + ACCOUNTS, "imap.port", 'expected an integer, got the string "993"', "port = 993")
    assert "remove the quotes" in line


def test_wrong_type_list():
    problem(VALID + '[trust]\nauthserv_ids = "mx.google.com"\n', "trust.authserv_ids", "expected a list of strings", 'authserv_ids = ["mx.google.com"]')


def test_wrong_type_boolean():
    problem(VALID + '[trust]\nrequire_verified_sender = "yes"\n', "trust.require_verified_sender", "expected true or false", 'got the string "yes"')


def test_section_of_the_wrong_type():
    problem('you = "Hanako"\n' + IMAP + ACCOUNTS, "you", "expected a [you] section")


def test_accounts_with_single_brackets():
    text = IMAP + YOU + '[accounts]\ncandidate_id = "AWS01234567"\n'
    problem(text, "accounts", "double brackets", "[[accounts]]")


def test_missing_required_section():
    problem(IMAP + ACCOUNTS, "you", "missing required section [you]", "add a [you] section")


def test_missing_imap_section():
    problem(YOU + ACCOUNTS, "imap", "missing required section [imap]")


def test_imap_may_be_absent_for_the_offline_demo():
    assert settings_of(YOU + ACCOUNTS, require_imap=False).imap is None


def test_missing_required_key():
    problem(VALID.replace('host = "imap.example.com"\n', ""), "imap.host", "missing required key", "add host = ", "to [imap]")


def test_missing_account_key():
    problem(VALID.replace('login_email = "hanako.yamada@example.jp"\n', ""), "accounts[1].login_email", "missing required key", "[[accounts]] table number 1")


def test_missing_accounts():
    problem(IMAP + YOU, "accounts", "missing required [[accounts]]", 'role = "keep"')


def test_all_problems_are_reported_at_once():
    text = VALID.replace('host = "imap.example.com"', 'host = 5').replace('name = "Hanako Yamada"', "") + "[digest]\nat = \"25:00\"\n"
    with pytest.raises(ConfigError) as caught:
        parse(text, SOURCE)
    lines = str(caught.value).splitlines()
    assert "3 problems" in lines[0]
    keys = [line.split(": ")[1] for line in lines[1:4]]
    assert sorted(keys) == ["digest.at", "imap.host", "you.name"]
    assert all(line.startswith(SOURCE) for line in lines[:4])
    assert len(caught.value.problems) == 3


# --------------------------------------------------------------------------
# Durations and times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90s", timedelta(seconds=90)),
        ("45m", timedelta(minutes=45)),
        ("36h", timedelta(hours=36)),
        ("2d", timedelta(days=2)),
        ("1w", timedelta(weeks=1)),
        ("1d12h", timedelta(days=1, hours=12)),
        ("1h 30m", timedelta(hours=1, minutes=30)),
        ("2D", timedelta(days=2)),
    ],
)
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["2x", "", "90", "m", "1.5h", "1d1d", "-2d", "2 days"])
def test_parse_duration_rejects(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_bad_duration_lists_the_accepted_forms():
    problem(
        VALID + '[reminders]\nsupport_silence = "2x"\n',
        "reminders.support_silence",
        '"2x" is not a duration',
        '"90s", "45m", "36h", "2d", "1w"',
        '"1d12h"',
    )


def test_integer_duration_is_not_accepted():
    problem(IMAP + "poll_interval = 300\n" + YOU + ACCOUNTS, "imap.poll_interval", "got the integer 300", "bare number is not accepted", '"90s"')


def test_zero_duration_is_refused():
    problem(VALID + '[reminders]\nrepeat = "0s"\n', "reminders.repeat", "longer than zero")


def test_idle_timeout_must_be_under_29_minutes():
    problem(IMAP + 'idle_timeout = "29m"\n' + YOU + ACCOUNTS, "imap.idle_timeout", "shorter than 29m", '"24m"')


@pytest.mark.parametrize(("text", "expected"), [("08:00", time(8, 0)), ("7:05", time(7, 5)), ("23:59", time(23, 59)), ("00:00", time(0, 0))])
def test_parse_clock(text, expected):
    assert parse_clock(text) == expected


@pytest.mark.parametrize("text", ["25:00", "24:00", "12:60", "8", "8am", "08:00:00", ""])
def test_parse_clock_rejects(text):
    with pytest.raises(ValueError):
        parse_clock(text)


def test_bad_time():
    problem(VALID + '[digest]\nat = "25:00"\n', "digest.at", '"25:00" is not a time of day', "HH:MM", 'at = "08:00"')


@pytest.mark.parametrize("value", ["22:00", "22:00/08:00", "25:00-08:00", "22:00-22:00"])
def test_bad_quiet_hours(value):
    problem(VALID + f'[reminders]\nquiet_hours = "{value}"\n', "reminders.quiet_hours", "is not a time range", 'quiet_hours = "22:00-08:00"')


def test_quiet_hours_accepts_spaces_and_full_width_tilde():
    settings = settings_of(VALID + '[reminders]\nquiet_hours = "23:00 ～ 6:30"\n')
    assert settings.reminders.quiet_hours == (time(23, 0), time(6, 30))


# --------------------------------------------------------------------------
# Accounts


def test_bad_candidate_id():
    problem(
        VALID.replace('"AWS07654321"', '"AWS7654321"'),
        "accounts[2].candidate_id",
        '"AWS7654321" is not an AWS Certification candidate ID',
        '"AWS" followed by 8 digits',
        "AWS01234567",
    )


def test_candidate_id_case_and_full_width_are_normalised():
    text = VALID.replace('"AWS01234567"', '"ａｗｓ０１２３４５６７"').replace('"AWS07654321"', '" aws07654321 "')
    settings = settings_of(text)
    assert [account.candidate_id for account in settings.accounts] == ["AWS01234567", "AWS07654321"]


def test_no_keep_account():
    problem(VALID.replace('role = "keep"', 'role = "merge"'), "accounts", 'no account has role = "keep"', 'set role = "keep"')


def test_two_keep_accounts():
    problem(VALID.replace('role = "merge"', 'role = "keep"'), "accounts[2].role", "only one may", 'role = "merge"')


def test_no_merge_account():
    problem(IMAP + YOU + KEEP, "accounts", 'no account has role = "merge"', "add an [[accounts]] table")


def test_bad_role():
    problem(VALID.replace('role = "merge"', 'role = "old"'), "accounts[2].role", '"old" is not a role', 'role = "merge"')


def test_duplicate_candidate_ids_after_normalisation():
    problem(VALID.replace('"AWS07654321"', '"aws01234567"'), "accounts[2].candidate_id", "already used by accounts[1]", "correct or remove")


def test_bad_login_email():
    problem(VALID.replace('"h.yamada@old-employer.example.com"', '"Hanako <h.yamada@old-employer.example.com>"'), "accounts[2].login_email", "is not an e-mail address", "write only the address")


def test_notification_email_and_certifications():
    text = VALID + 'notification_email = "H.Yamada@Example.COM"\ncertifications = ["AWS Certified Cloud Practitioner"]\n'
    account = settings_of(text).accounts[1]
    assert account.notification_email == "h.yamada@example.com"
    assert account.certifications == ("AWS Certified Cloud Practitioner",)


# --------------------------------------------------------------------------
# [imap] / [smtp] servers and credentials


def test_bad_security():
    problem(IMAP + 'security = "ssl"\n' + YOU + ACCOUNTS, "imap.security", '"ssl" is not one of "tls", "starttls", "plain"')


def test_plain_refused_to_a_remote_host():
    problem(
        IMAP + 'security = "plain"\n' + YOU + ACCOUNTS,
        "imap.security",
        '"imap.example.com" is not this machine',
        'security = "tls" (port 993)',
        'security = "starttls"',
    )


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.9.8.7", "::1", "[::1]"])
def test_plain_allowed_to_loopback(host):
    text = VALID.replace('host = "imap.example.com"', f'host = "{host}"\nsecurity = "plain"')
    imap = settings_of(text).imap
    assert (imap.security, imap.port) == ("plain", 143)


def test_starttls_default_port():
    assert settings_of(IMAP + 'security = "starttls"\n' + YOU + ACCOUNTS).imap.port == 143


@pytest.mark.parametrize("port", [0, 65536, -1])
def test_port_out_of_range(port):
    problem(IMAP + f"port = {port}\n" + YOU + ACCOUNTS, "imap.port", "is not a port number", "1 to 65535")


def test_two_password_settings():
    problem(IMAP + 'password_env = "IMAP_PASSWORD"\n' + YOU + ACCOUNTS, "imap.password_command, imap.password_env", "are both set", "keep one")


def test_no_password_setting():
    problem(VALID.replace('password_command = "pass show mail/imap"\n', ""), "imap.password", "no password setting", "password_command", "password_env")


def test_oauth2_replaces_the_password():
    text = VALID.replace('password_command = "pass show mail/imap"', 'oauth2_token_command = "get-token --user hanako"')
    credentials = settings_of(text).imap.credentials
    assert credentials.oauth2_token_command == "get-token --user hanako"
    assert credentials.password is None and credentials.password_command is None


def test_oauth2_and_a_password_conflict():
    problem(IMAP + 'oauth2_token_command = "get-token"\n' + YOU + ACCOUNTS, "imap.password_command, imap.oauth2_token_command", "both set")


def test_password_command_with_unbalanced_quotes():
    problem(VALID.replace('"pass show mail/imap"', "\"pass show 'mail\""), "imap.password_command", "cannot be split", "quotes")


def test_smtp_section():
    text = VALID + """
[smtp]
host = "smtp.example.com"
security = "starttls"
username = "hanako.yamada@example.jp"
password_env = "SMTP_PASSWORD"
"""
    smtp = settings_of(text).smtp
    assert (smtp.host, smtp.port, smtp.security, smtp.username) == ("smtp.example.com", 587, "starttls", "hanako.yamada@example.jp")
    assert smtp.credentials.password_env == "SMTP_PASSWORD"


@pytest.mark.parametrize(("security", "port"), [("tls", 465), ("starttls", 587)])
def test_smtp_default_ports(security, port):
    text = VALID + f'[smtp]\nhost = "smtp.example.com"\nsecurity = "{security}"\n'
    assert settings_of(text).smtp.port == port


def test_smtp_plain_to_localhost_without_login():
    smtp = settings_of(VALID + '[smtp]\nhost = "localhost"\nsecurity = "plain"\n').smtp
    assert (smtp.port, smtp.username) == (25, None)


def test_smtp_username_needs_a_password():
    problem(VALID + '[smtp]\nhost = "smtp.example.com"\nusername = "me"\n', "smtp.password", "no password setting")


def test_smtp_password_needs_a_username():
    problem(VALID + '[smtp]\nhost = "smtp.example.com"\npassword_env = "X"\n', "smtp.username", "missing required key")


# --------------------------------------------------------------------------
# [you]


def test_bad_language():
    problem(VALID + 'language = "fr"\n', "accounts[2].language", "belongs in [you]")  # written after [[accounts]]
    problem(IMAP + YOU + 'language = "fr"\n' + ACCOUNTS, "you.language", '"fr" is not one of "en", "ja"')


def test_language_is_case_insensitive():
    assert settings_of(IMAP + YOU + 'language = "JA"\n' + ACCOUNTS).you.language == "ja"


def test_bad_timezone_suggests_a_name():
    problem(IMAP + YOU + 'timezone = "Asia/Tokio"\n' + ACCOUNTS, "you.timezone", "not an IANA time zone name", 'did you mean "Asia/Tokyo"?')


def test_timezone():
    assert settings_of(IMAP + YOU + 'timezone = "Asia/Tokyo"\n' + ACCOUNTS).you.timezone == "Asia/Tokyo"


def test_emails_must_not_be_empty():
    problem(VALID.replace('emails = ["Hanako.Yamada@example.jp"]', "emails = []"), "you.emails", "is an empty list")


def test_emails_must_be_addresses():
    problem(VALID.replace('emails = ["Hanako.Yamada@example.jp"]', 'emails = ["hanako"]'), "you.emails[1]", '"hanako" is not an e-mail address')


def test_emails_wrong_type():
    problem(VALID.replace('emails = ["Hanako.Yamada@example.jp"]', 'emails = "hanako@example.jp"'), "you.emails", "expected a list of strings")


# --------------------------------------------------------------------------
# [digest]


def test_bad_delivery_mode():
    problem(VALID + '[digest]\ndeliver = ["stdout", "fax"]\n', "digest.deliver[2]", '"fax" is not a delivery mode', '"mailbox", "smtp", "file", "stdout"')


def test_file_delivery_needs_a_file():
    problem(VALID + '[digest]\ndeliver = ["file"]\n', "digest.file", 'deliver includes "file"', "add file = ")


def test_smtp_delivery_needs_an_smtp_section():
    problem(VALID + '[digest]\ndeliver = ["smtp"]\n', "digest.deliver", "no [smtp] section", "add an [smtp] section")


def test_mailbox_delivery_needs_imap():
    problem(YOU + ACCOUNTS + '[digest]\ndeliver = ["mailbox"]\n', "digest.deliver", "no [imap] section", require_imap=False)


# --------------------------------------------------------------------------
# Secrets


SECRET = "hunter2-Sup3r-Secret"


def test_literal_password_becomes_a_secret_and_never_shows():
    text = VALID.replace('password_command = "pass show mail/imap"', f'password = "{SECRET}"')
    settings = settings_of(text)
    assert settings.imap.credentials.password == Secret(SECRET)
    assert settings.imap.credentials.password.value == SECRET
    assert SECRET not in repr(settings)
    assert SECRET not in str(settings)


def test_secret_never_in_error_messages():
    # A password next to other problems, a second password setting, and a
    # password in the wrong section: the value shows nowhere.
    text = (
        IMAP.replace('password_command = "pass show mail/imap"', f'password = "{SECRET}"\npassword_command = "x"')
        + 'port = "993"\n'
        + YOU
        + ACCOUNTS
        + f'[smtp]\nhost = "smtp.example.com"\npassword = "{SECRET}"\n'
        + f'[you2]\npassword = "{SECRET}"\n'
    )
    message = error_of(text)
    assert "imap.password" in message
    assert SECRET not in message


def test_secret_of_the_wrong_type_is_not_shown():
    message = error_of(VALID.replace('password_command = "pass show mail/imap"', "password = 987654321"))
    assert "imap.password: expected a string, got an integer" in message
    assert "987654321" not in message


def test_password_put_in_password_env_is_not_shown():
    message = error_of(VALID.replace('password_command = "pass show mail/imap"', f'password_env = "{SECRET}"'))
    assert "imap.password_env: is not an environment variable name" in message
    assert SECRET not in message


def test_toml_error_does_not_show_a_password():
    with pytest.raises(ConfigError) as caught:
        parse(f'[imap]\npassword = "{SECRET}" trailing\n', SOURCE)
    assert SECRET not in str(caught.value)


# --------------------------------------------------------------------------
# Paths


def test_default_config_path_from_certmerge_config():
    env = {"CERTMERGE_CONFIG": "/etc/certmerge.toml", "XDG_CONFIG_HOME": "/x", "HOME": "/home/h"}
    assert config.default_config_path(env) == Path("/etc/certmerge.toml")


def test_default_config_path_from_xdg_config_home():
    env = {"XDG_CONFIG_HOME": "/home/h/cfg", "HOME": "/home/h"}
    assert config.default_config_path(env, "linux") == Path("/home/h/cfg/certmerge-mail/config.toml")


def test_relative_xdg_config_home_is_ignored():
    env = {"XDG_CONFIG_HOME": "cfg", "HOME": "/home/h"}
    assert config.default_config_path(env, "linux") == Path("/home/h/.config/certmerge-mail/config.toml")


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {"HOME": "/home/h"}, Path("/home/h/.config/certmerge-mail/config.toml")),
        ("darwin", {"HOME": "/Users/h"}, Path("/Users/h/Library/Application Support/certmerge-mail/config.toml")),
        ("win32", {"HOME": "/home/h", "APPDATA": "/appdata"}, Path("/appdata/certmerge-mail/config.toml")),
    ],
)
def test_default_config_path_per_platform(platform, env, expected):
    assert config.default_config_path(env, platform) == expected


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {"HOME": "/home/h", "XDG_STATE_HOME": "/home/h/st"}, Path("/home/h/st/certmerge-mail/state.sqlite3")),
        ("linux", {"HOME": "/home/h"}, Path("/home/h/.local/state/certmerge-mail/state.sqlite3")),
        ("darwin", {"HOME": "/Users/h"}, Path("/Users/h/Library/Application Support/certmerge-mail/state.sqlite3")),
        ("win32", {"HOME": "/home/h", "LOCALAPPDATA": "/local"}, Path("/local/certmerge-mail/state.sqlite3")),
    ],
)
def test_default_state_path(platform, env, expected):
    assert config.default_state_path(env, platform) == expected


def test_state_path_default_follows_xdg_state_home():
    settings = settings_of(VALID, env={"HOME": "/home/h", "XDG_STATE_HOME": "/var/lib/h"})
    assert settings.state_path == "/var/lib/h/certmerge-mail/state.sqlite3"


def test_relative_paths_are_resolved_against_the_config_directory():
    text = VALID.replace("[you]", 'ca_file = "certs/ca.pem"\n[you]') + '[state]\npath = "state/db.sqlite3"\n[templates]\ndir = "../my-templates"\n'
    settings = settings_of(text)
    assert settings.imap.ca_file == "/home/hanako/.config/certmerge-mail/certs/ca.pem"
    assert settings.state_path == "/home/hanako/.config/certmerge-mail/state/db.sqlite3"
    assert settings.templates_dir == "/home/hanako/.config/my-templates"


def test_tilde_is_expanded():
    text = VALID + '[state]\npath = "~/certmerge/state.sqlite3"\n[templates]\ndir = "~/tpl"\n'
    settings = settings_of(text, env={"HOME": "/home/other"})
    assert settings.state_path == "/home/other/certmerge/state.sqlite3"
    assert settings.templates_dir == "/home/other/tpl"


def test_load_resolves_relative_paths_next_to_the_file(tmp_path):
    file = tmp_path / "conf" / "config.toml"
    file.parent.mkdir()
    file.write_text(VALID + '[templates]\ndir = "templates"\n', encoding="utf-8")
    settings = config.load(file, env=ENV)
    assert settings.templates_dir == str(tmp_path / "conf" / "templates")
    assert settings.source_path == str(file)


def test_load_uses_certmerge_config(tmp_path):
    file = tmp_path / "elsewhere.toml"
    file.write_text(VALID, encoding="utf-8")
    settings = config.load(env={"HOME": str(tmp_path), "CERTMERGE_CONFIG": str(file)})
    assert settings.source_path == str(file)


# --------------------------------------------------------------------------
# File permissions


@pytest.mark.skipif(os.name == "nt", reason="file modes mean nothing on Windows")
def test_world_readable_file_with_a_password_warns(tmp_path):
    file = tmp_path / "config.toml"
    file.write_text(VALID.replace('password_command = "pass show mail/imap"', f'password = "{SECRET}"'), encoding="utf-8")
    file.chmod(0o644)
    warning = config.warn_if_world_readable(file)
    assert warning is not None
    assert str(file) in warning
    assert f"chmod 600 {file}" in warning
    assert SECRET not in warning
    file.chmod(0o600)
    assert config.warn_if_world_readable(file) is None


@pytest.mark.skipif(os.name == "nt", reason="file modes mean nothing on Windows")
def test_world_readable_file_without_a_password_is_fine(tmp_path):
    file = tmp_path / "config.toml"
    file.write_text(VALID, encoding="utf-8")
    file.chmod(0o644)
    assert file.stat().st_mode & stat.S_IROTH
    assert config.warn_if_world_readable(file) is None
