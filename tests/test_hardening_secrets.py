"""Issue 16: a failing password_command's standard error carried the password into the
errors, `status --json` and the state database.  Here the service runs as a real process
against the test Dovecot, and its command fails after the first login, echoing the password."""

from __future__ import annotations

import json
import sys

import pytest
from test_operation import script, start, status_json, stop, wait_for, wait_until_started, with_password_setting, \
    write_config

from certmerge_mail.adapters.credentials import resolve_secret
from certmerge_mail.core.settings import Credentials
from certmerge_mail.errors import CredentialError


def test_a_password_echoed_by_a_failing_command_reaches_no_error_status_or_database(
        imap_user, dovecot, tmp_path, capsys):
    flag = tmp_path / "worked-once"
    script = tmp_path / "pw.py"
    script.write_text(
        "import os, sys\n"
        f"if not os.path.exists({str(flag)!r}):\n"
        f"    open({str(flag)!r}, 'w').close(); print({imap_user.password!r})\n"
        "else:\n"
        f"    print('unlock failed: the cached password {imap_user.password} was rejected', file=sys.stderr)\n"
        "    sys.exit(1)\n")
    cfg = write_config(tmp_path, imap_user)
    with_password_setting(cfg, imap_user, "password_command = " + json.dumps(f"{sys.executable} {script}"))
    state = tmp_path / "state.sqlite3"
    proc = start("--config", str(cfg), "run")
    try:
        wait_until_started(state, proc)
        wait_for(lambda: status_json(cfg, capsys)[1]["last_sync"], what="the first sync")
        dovecot.kick(imap_user)  # the service logs in again: now the command fails

        def failed():
            report = status_json(cfg, capsys)[1]
            return report if "exited with status 1" in (report["last_error"] or "") else None

        report = wait_for(failed, what="the failing command in the status")
    finally:
        code, out, err = stop(proc)
    assert code == 0, err
    assert "unlock failed: the cached password *** was rejected" in report["last_error"]
    everything = json.dumps(report) + out + err + "".join(
        path.read_bytes().decode("latin-1") for path in tmp_path.glob("state.sqlite3*"))
    assert "unlock failed" in err  # the error is logged ...
    assert imap_user.password not in everything  # ... without the password anywhere


# --------------------------------------------------------------------------- before any success
# The command has never given this process the secret, so there is nothing known to cut out:
# what it prints before failing must still not carry the secret anywhere.

UNSEEN = "Qx7vLm2Rt9Wz4Kp8"  # a secret no command of this process has printed on standard output


def command_error(tmp_path, body: str) -> str:
    """The message and fix of the CredentialError a password_command running `body` (Python) raises."""
    with pytest.raises(CredentialError) as caught:
        resolve_secret(Credentials(password_command=script(tmp_path, f"cmd{len(list(tmp_path.iterdir()))}.py", body)),
                       what="IMAP password")
    return f"{caught.value}\n{caught.value.fix}"


def test_a_secret_printed_alone_on_stderr_before_a_failure_is_not_shown(tmp_path):
    """The command prints the password on the wrong stream (standard error), then fails."""
    message = command_error(tmp_path, "import sys\n"
                                      f"print({UNSEEN!r}, file=sys.stderr)\n"
                                      "print('pass: the store is locked', file=sys.stderr)\n"
                                      "sys.exit(1)\n")
    assert UNSEEN not in message
    assert "exited with status 1: pass: the store is locked" in message  # the reason is still given


def test_a_secret_like_word_in_a_traced_command_is_not_shown(tmp_path):
    """A script run with `set -x` traces its commands, the password with them."""
    message = command_error(tmp_path, "import sys\n"
                                      f"print('+ IMAP_PASSWORD={UNSEEN}', file=sys.stderr)\n"
                                      f"print('+ login hanako {UNSEEN}', file=sys.stderr)\n"
                                      "sys.exit(3)\n")
    assert UNSEEN not in message
    assert "exited with status 3: + ***" in message


def test_a_lone_word_on_stderr_is_never_shown(tmp_path):
    message = command_error(tmp_path, "import sys\nprint('hunterhunter', file=sys.stderr)\nsys.exit(1)\n")
    assert "hunterhunter" not in message
    assert "exited with status 1" in message and "not shown" in message


def test_what_a_timed_out_command_printed_is_cut_out_of_later_errors(tmp_path, monkeypatch):
    """The command printed the password and then hung: the timeout shows none of its output, and
    the password it printed is known from then on (a later failure echoing it is redacted)."""
    monkeypatch.setattr("certmerge_mail.adapters.credentials.COMMAND_TIMEOUT", 1)
    secret = "hung-after-printing-42"
    message = command_error(tmp_path, "import sys, time\n"
                                      f"print({secret!r}, flush=True)\n"
                                      f"print('unlocking with {secret}', file=sys.stderr, flush=True)\n"
                                      "time.sleep(30)\n")
    assert "did not finish within 1 seconds" in message and secret not in message
    message = command_error(tmp_path, f"import sys\nprint('the key {secret} was rejected', file=sys.stderr)\n"
                                      "sys.exit(1)\n")
    assert "the key *** was rejected" in message


def test_a_command_failing_from_the_start_leaves_its_secret_in_no_status_or_database(
        imap_user, tmp_path, capsys):
    """A real `run` whose command never succeeds, printing the password on standard error before
    its complaint (and the password as a word in a trace line): the error is in the log and in
    `status --json`, the password in neither, nor in the state database."""
    cmd = tmp_path / "pw.py"
    cmd.write_text("import sys\n"
                   f"print({imap_user.password!r}, file=sys.stderr)\n"
                   f"print('+ PASSWORD={imap_user.password}', file=sys.stderr)\n"
                   "print('gpg: decryption failed: No secret key', file=sys.stderr)\n"
                   "sys.exit(2)\n")
    cfg = write_config(tmp_path, imap_user)
    with_password_setting(cfg, imap_user, "password_command = " + json.dumps(f"{sys.executable} {cmd}"))
    state = tmp_path / "state.sqlite3"
    proc = start("--config", str(cfg), "run")
    try:
        wait_until_started(state, proc)

        def failed():
            report = status_json(cfg, capsys)[1]
            return report if "exited with status 2" in (report["last_error"] or "") else None

        report = wait_for(failed, what="the failing command in the status")
    finally:
        code, out, err = stop(proc)
    assert code == 0, err
    everything = json.dumps(report) + out + err + "".join(
        path.read_bytes().decode("latin-1") for path in tmp_path.glob("state.sqlite3*"))
    assert "exited with status 2: + ***" in report["last_error"]
    assert "exited with status 2" in err
    assert imap_user.password not in everything
