"""Issue 16: a folder the server refuses was reported as "check the host and port" and
retried forever.  It is a configuration error naming the folder and listing the server's
folders, and the service stops on it (exit 2, which the systemd unit does not restart).
Against the test Dovecot."""

from __future__ import annotations

import imaplib
import subprocess
import sys

import pytest
from support import settings_text, thread

from certmerge_mail.adapters.imap import translate_errors
from certmerge_mail.errors import ConnectionFailed, CredentialError, FolderError
from test_operation import start, status_json, stop, wait_for


def config(tmp_path, user, imap_lines: str):
    text = settings_text(user, tmp_path / "state.sqlite3").replace('lookback = "3650d"',
                                                                   f'lookback = "3650d"\n{imap_lines}')
    path = tmp_path / "config.toml"
    path.write_text(text)
    path.chmod(0o600)
    return path


@pytest.mark.parametrize("name, says", [
    ("Sent Items", "Mailbox doesn't exist: Sent Items"),          # NO [NONEXISTENT]
    ("~Sent", "[CANNOT] Invalid mailbox name: Begins with '~'"),  # NO [CANNOT]
])
def test_a_folder_the_server_refuses_is_a_configuration_error_listing_its_folders(imap_user, deliver, tmp_path,
                                                                                  name, says):
    deliver(thread()["created"].raw)
    cfg = config(tmp_path, imap_user, f'sent = "{name}"')
    result = subprocess.run([sys.executable, "-m", "certmerge_mail", "--config", str(cfg), "run", "--once"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    assert f"the server refuses the folder {name!r} ({says})" in result.stderr
    assert "the folders it has: " in result.stderr
    for listed in ("INBOX", "Sent (\\Sent)", "Drafts (\\Drafts)", "Trash (\\Trash)"):
        assert listed in result.stderr
    assert f"write one of these names in [imap] in place of {name!r}" in result.stderr
    assert "host and port" not in result.stderr


def test_the_service_stops_on_a_refused_folder_instead_of_retrying(imap_user, tmp_path, capsys):
    cfg = config(tmp_path, imap_user, 'drafts = "Drafts"\nsent = "~Sent"')
    proc = start("--config", str(cfg), "run")
    try:
        proc.wait(20)
    finally:
        code, _out, err = stop(proc)
    assert code == 2, err
    assert "the server refuses the folder '~Sent'" in err and "retrying" not in err
    code, report = status_json(cfg, capsys)
    assert report["service"] == "ended_unexpectedly"
    assert "the server refuses the folder '~Sent'" in report["last_error"]


@pytest.mark.parametrize("error, expected", [
    (imaplib.IMAP4.error("select failed: [UNAVAILABLE] Try again later"), ConnectionFailed),
    (imaplib.IMAP4.error("status failed: [INUSE] Mailbox is locked"), ConnectionFailed),
    (imaplib.IMAP4.abort("socket error: EOF"), ConnectionFailed),
    (imaplib.IMAP4.error("select failed: [NOPERM] Permission denied"), FolderError),
    (imaplib.IMAP4.error("append failed: [TRYCREATE] Mailbox doesn't exist: X"), FolderError),
])
def test_only_a_lasting_refusal_is_a_configuration_error(error, expected):
    with pytest.raises(expected), translate_errors("IMAP test", folder="X"):
        raise error


@pytest.mark.parametrize("text, expected", [
    ("b'[UNAVAILABLE] Internal error occurred. Refer to server log for more information.'", ConnectionFailed),
    ("b'[AUTHENTICATIONFAILED] Authentication failed.'", CredentialError),
    # a restart: Dovecot answers the login "Shutting down" (seen in the restart test, which then waited 300 s)
    ("LOGIN => Shutting down", ConnectionFailed),
    ("b'Server shutting down, try again later.'", ConnectionFailed),
    ("b'Invalid credentials'", CredentialError),
])
def test_a_login_refused_only_for_now_is_retried_soon_not_as_a_wrong_password(text, expected):
    """Dovecot answers a login with [UNAVAILABLE] while its auth process starts
    (a restart): the service retried that after 300 s, as a refused password."""
    from imapclient.exceptions import LoginError

    with pytest.raises(expected), translate_errors("IMAP test"):
        raise LoginError(text)
