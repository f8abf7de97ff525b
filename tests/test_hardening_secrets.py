"""Issue 16: a failing password_command's standard error carried the password into the
errors, `status --json` and the state database.  Here the service runs as a real process
against the test Dovecot, and its command fails after the first login, echoing the password."""

from __future__ import annotations

import json
import sys

from test_operation import start, status_json, stop, wait_for, wait_until_started, with_password_setting, \
    write_config


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
