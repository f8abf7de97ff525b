"""Running for weeks unattended: clean shutdown, `status`, systemd, credentials,
`init`, the world-readable warning and TLS -- each against the real Dovecot,
with `certmerge-mail` started as a real process where it matters."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import YOU, settings_text, thread

from certmerge_mail import config
from certmerge_mail.cli import main
from certmerge_mail.cli import init as init_cli
from certmerge_mail.cli import service_install
from certmerge_mail.errors import UsageError
from servers import free_port, imap_connect

REPO = Path(__file__).resolve().parent.parent
SECRET_MARK = "s3cret-Printed-On-Stdout"


# --------------------------------------------------------------------------
# helpers


def cli(*args: str, input: str | None = None, env: dict | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess:
    """`certmerge-mail ARGS` as a separate process (python -m certmerge_mail)."""
    return subprocess.run([sys.executable, "-m", "certmerge_mail", *args], input=input, env=env,
                          capture_output=True, text=True, timeout=timeout)


def start(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "certmerge_mail", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop(proc: subprocess.Popen, sig=signal.SIGTERM, timeout: float = 30) -> tuple[int, str, str]:
    if proc.poll() is None:
        proc.send_signal(sig)
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def write_config(tmp_path, user, *, mode=0o600, name="config.toml", **kw) -> Path:
    path = tmp_path / name
    path.write_text(settings_text(user, tmp_path / "state.sqlite3", **kw))
    path.chmod(mode)
    return path


def with_password_setting(path: Path, user, setting: str) -> None:
    """Replace the literal password of a settings_text() file by `setting`."""
    text = path.read_text()
    literal = f'password = "{user.password}"'
    assert literal in text
    path.write_text(text.replace(literal, setting))


def script(tmp_path, name: str, body: str) -> str:
    """A password/token command: a tiny Python script, as a shell-quoted command line."""
    path = tmp_path / name
    path.write_text(body)
    return shlex.join([sys.executable, str(path)])


def db_rows(path, sql: str) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def wait_for(predicate, timeout: float = 20, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def wait_until_started(state: Path, proc: subprocess.Popen) -> None:
    """Until the service has recorded its pid (its database is set up): read
    directly, since `status` on a database being created would race with it."""
    def recorded():
        if proc.poll() is not None:
            raise AssertionError(f"the service exited with {proc.returncode}: {proc.stderr.read()}")
        try:
            return db_rows(state, "SELECT value FROM status WHERE key = 'pid'") == [(str(proc.pid),)]
        except sqlite3.Error:
            return False

    wait_for(recorded, what="the service to record its pid")


def status_json(config_path, capsys, *extra) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(["--config", str(config_path), "status", "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def deliver_copies(user, copies: int) -> int:
    """`copies` copies of the whole thread, each mail with its own Message-ID,
    appended over one connection; returns how many messages."""
    mails = list(thread().values())
    count = 0
    with imap_connect(user) as client:
        for i in range(copies):
            for m in mails:
                raw = m.raw.replace(m.message_id.encode(), m.message_id.replace("@", f".copy{i}@").encode())
                client.append(m.folder, raw, msg_time=m.date)
                count += 1
        for folder in ("INBOX", "Sent"):
            client.select_folder(folder)  # claims \Recent, as deliver() does
    return count


def log_lines_have_levels(stderr: str) -> None:
    for line in stderr.splitlines():
        if line.strip():
            assert any(f" {level} " in line for level in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")) \
                or line.startswith("error: ") or line.startswith("  fix: "), line


# --------------------------------------------------------------------------
# 1. Clean shutdown


def test_sigterm_during_processing_leaves_a_consistent_database(imap_user, tmp_path):
    total = deliver_copies(imap_user, 50)  # 400 messages: 300 in the inbox, 50 + 50 in Sent
    cfg = write_config(tmp_path, imap_user)
    state = tmp_path / "state.sqlite3"

    proc = start("--config", str(cfg), "run")
    try:
        def processing():
            try:
                return db_rows(state, "SELECT COUNT(*) FROM messages")[0][0] > 0
            except sqlite3.Error:  # not created yet
                return False

        wait_for(processing, what="the service to start processing")
        proc.send_signal(signal.SIGTERM)  # twice, as an impatient user or a service manager may
    finally:
        code, out, err = stop(proc, signal.SIGTERM)

    assert code == 0, err
    assert "SIGTERM: finishing the message in hand" in err and "stopped" in err
    assert err.count("finishing the message in hand") == 1  # logged once
    assert imap_user.password not in out + err
    log_lines_have_levels(err)
    # Log lines start with an ISO 8601 time carrying [you] timezone's offset; imapclient's INFO lines are quiet.
    stamped = [line for line in err.splitlines() if " INFO " in line]
    assert stamped and all(re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00 ", line) for line in stamped), stamped[:3]
    assert not any(" imapclient" in line for line in stamped)

    first = db_rows(state, "SELECT folder, uid, message_id FROM messages")
    assert 0 < len(first) < total, "SIGTERM came too late to interrupt the processing"
    folders = dict(db_rows(state, "SELECT name, last_uid FROM folders"))
    # No half-processed message: each folder's last UID covers exactly the messages with a row.
    for folder, last_uid in folders.items():
        with imap_connect(imap_user) as client:
            client.select_folder(folder, readonly=True)
            up_to_last = set(client.search(["UID", f"1:{last_uid}"])) if last_uid else set()
        rows = {uid for f, uid, _ in first if f == folder}
        assert rows == {u for u in up_to_last if u <= last_uid}, folder
    assert all(uid <= folders.get(folder, 0) for folder, uid, _ in first)
    # ... and every event belongs to a recorded message (committed together).
    assert db_rows(state, "SELECT COUNT(*) FROM events WHERE message_id NOT IN (SELECT message_id FROM messages)") == [(0,)]
    status = dict(db_rows(state, "SELECT key, value FROM status"))
    assert json.loads(status["connection"]) == "stopped" and json.loads(status["stopped_at"])

    # Running again processes the rest, each message exactly once ...
    again = cli("--config", str(cfg), "run", "--once", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["processed"] == total - len(first)
    after = db_rows(state, "SELECT folder, uid FROM messages")
    assert len(after) == len(set(after)) == total

    # ... and ends exactly where one uninterrupted pass over the same mail ends.
    reference_cfg = tmp_path / "reference.toml"
    reference_cfg.write_text(settings_text(imap_user, tmp_path / "reference.sqlite3"))
    reference_cfg.chmod(0o600)
    assert main(["--config", str(reference_cfg), "run", "--once"]) == 0
    query_messages = "SELECT folder, uid, message_id, kind, case_id FROM messages ORDER BY folder, uid"
    query_events = "SELECT case_id, kind, at, message_id, verified FROM events ORDER BY case_id, message_id"
    assert db_rows(state, query_messages) == db_rows(tmp_path / "reference.sqlite3", query_messages)
    assert db_rows(state, query_events) == db_rows(tmp_path / "reference.sqlite3", query_events)


def test_status_reports_a_running_then_a_stopped_service(imap_user, deliver, tmp_path, capsys):
    for m in thread().values():
        deliver(m.raw, folder=m.folder, internal_date=m.date)
    cfg = write_config(tmp_path, imap_user)

    code, before = status_json(cfg, capsys)
    assert (code, before["service"], before["running"]) == (1, "never_run", False)
    assert not (tmp_path / "state.sqlite3").exists()  # status created nothing

    proc = start("--config", str(cfg), "run")
    try:
        wait_until_started(tmp_path / "state.sqlite3", proc)

        def synced():
            code, report = status_json(cfg, capsys)
            return report if report["running"] and report["last_sync"] and report["next_jobs"] else None

        report = wait_for(synced, what="status to report the running service")
        assert report["pid"] == proc.pid
        assert report["connection"] == "connected" and report["idle"] is True
        assert report["errors_since_start"] == 0 and report["last_error"] is None
        assert "digest" in [job["job"] for job in report["next_jobs"]]
        assert report["heartbeat_age_seconds"] <= 5

        capsys.readouterr()
        assert main(["--config", str(cfg), "status"]) == 0
        text = capsys.readouterr().out
        assert f"running, pid {proc.pid}" in text
        assert "connected (waiting with IDLE)" in text and "digest 20" in text and "0 since start" in text

        # A live process whose heartbeat is old is reported as hung.
        later = "2099-01-01T00:00:00+00:00"
        code, hung = status_json(cfg, capsys, "--now", later)
        assert (code, hung["service"]) == (1, "not_responding")

        # One service per state database.
        capsys.readouterr()
        assert main(["--config", str(cfg), "run"]) == 6
        assert f"another `certmerge-mail run` (pid {proc.pid})" in capsys.readouterr().err

        started = time.monotonic()
        code, out, err = stop(proc, signal.SIGINT)
        # It was waiting in IDLE, which checks for the stop every second.
        assert time.monotonic() - started < 5
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert code == 0, err
    assert "SIGINT" in err

    code, after = status_json(cfg, capsys)
    assert (code, after["service"], after["running"]) == (1, "stopped", False)
    assert after["connection"] is None and after["next_jobs"] == []
    assert after["last_sync"] >= report["last_sync"]
    capsys.readouterr()
    assert main(["--config", str(cfg), "status"]) == 1
    text = capsys.readouterr().out
    assert "service      stopped at" in text and "none (the service is not running)" in text


def test_a_killed_service_is_reported_as_ended_unexpectedly(imap_user, tmp_path, capsys):
    cfg = write_config(tmp_path, imap_user)
    proc = start("--config", str(cfg), "run")
    try:
        wait_until_started(tmp_path / "state.sqlite3", proc)
        assert status_json(cfg, capsys)[1]["running"]
    finally:
        code, _, _ = stop(proc, signal.SIGKILL)
    assert code == -signal.SIGKILL
    code, report = status_json(cfg, capsys)
    assert (code, report["service"]) == (1, "ended_unexpectedly")


def test_connection_errors_are_counted_and_the_service_still_stops_cleanly(imap_user, tmp_path, capsys):
    cfg = write_config(tmp_path, imap_user, port=1)  # nothing listens on port 1
    proc = start("--config", str(cfg), "run")
    try:
        wait_until_started(tmp_path / "state.sqlite3", proc)

        def failing():
            report = status_json(cfg, capsys)[1]
            return report if report["errors_since_start"] >= 1 else None

        report = wait_for(failing, what="a connection error in the status")
        assert report["running"] and report["connection"] == "disconnected" and report["retry_at"]
        assert "connection refused" in report["last_error"]
    finally:
        code, _, err = stop(proc)
    assert code == 0, err
    assert "WARNING" in err and "retrying in" in err


# --------------------------------------------------------------------------
# 4. Credentials: password_command, the keyring


def test_password_command_success(imap_user, tmp_path):
    cfg = write_config(tmp_path, imap_user)
    with_password_setting(cfg, imap_user, "password_command = " + json.dumps(
        script(tmp_path, "pw.py", f"print({imap_user.password!r})")))
    result = cli("-v", "--config", str(cfg), "check")
    assert result.returncode == 0, result.stderr
    assert "logged in" in result.stdout
    # Not even the debug log (imapclient's protocol trace) shows the password.
    assert "DEBUG" in result.stderr
    assert imap_user.password not in result.stdout + result.stderr


def test_password_command_failure_is_clear_and_shows_no_secret(imap_user, tmp_path):
    cfg = write_config(tmp_path, imap_user)
    command = script(tmp_path, "pw.py", "import sys\n"
                     f"print({imap_user.password!r})\n"
                     f"print('unlock failed for {imap_user.password}', file=sys.stderr)\n"
                     "sys.exit(1)\n")
    with_password_setting(cfg, imap_user, "password_command = " + json.dumps(command))
    result = cli("--config", str(cfg), "check")
    assert result.returncode == 3
    assert "cannot get the IMAP password: password_command program" in result.stderr
    assert "exited with status 1" in result.stderr and "fix:" in result.stderr
    assert imap_user.password not in result.stdout + result.stderr


def test_wrong_password_from_the_command_is_refused_without_showing_it(imap_user, tmp_path):
    cfg = write_config(tmp_path, imap_user)
    wrong = SECRET_MARK
    with_password_setting(cfg, imap_user, "password_command = " + json.dumps(
        script(tmp_path, "pw.py", f"print({wrong!r})")))
    result = cli("--config", str(cfg), "check")
    assert result.returncode == 3
    assert "the server refused the login" in result.stderr
    assert wrong not in result.stdout + result.stderr


def keyring_env(tmp_path) -> dict:
    """A real keyring backend that needs no desktop session: keyrings.alt's
    PlaintextKeyring, chosen explicitly, with its file under tmp_path."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg-config")
    return env


KEYRING_BASE = """
[imap]
host = "IMAP.Example.jp"
username = "hanako@example.jp"
{password}
[you]
name = "Hanako Yamada"
emails = ["hanako@example.jp"]
[[accounts]]
candidate_id = "AWS01234567"
role = "keep"
login_email = "hanako@example.jp"
[[accounts]]
candidate_id = "AWS07654321"
role = "merge"
login_email = "old@example.com"
"""


def test_password_keyring_in_the_configuration():
    creds = config.parse(KEYRING_BASE.format(password="password_keyring = true")).imap.credentials
    assert creds.keyring_entry == "imap:hanako@example.jp@imap.example.jp"
    assert creds.password is creds.password_command is creds.password_env is None
    both = KEYRING_BASE.format(password='password_keyring = true\npassword_command = "pass show x"')
    with pytest.raises(config.ConfigError, match="password_command and password_keyring are both set"):
        config.parse(both)
    with pytest.raises(config.ConfigError, match="no password setting.*password_keyring = true"):
        config.parse(KEYRING_BASE.format(password="password_keyring = false"))
    with pytest.raises(config.ConfigError, match="imap.password_keyring: expected true or false"):
        config.parse(KEYRING_BASE.format(password='password_keyring = "yes"'))


def test_login_stores_the_password_in_the_keyring_and_check_reads_it(imap_user, tmp_path):
    cfg = write_config(tmp_path, imap_user)
    with_password_setting(cfg, imap_user, "password_keyring = true")
    env = keyring_env(tmp_path)
    keyring_file = tmp_path / "data" / "python_keyring" / "keyring_pass.cfg"

    # Before `login`: a clear error naming the entry and the fix.
    missing = cli("--config", str(cfg), "check", env=env)
    assert missing.returncode == 3
    assert f"has no password for 'imap:{imap_user.username}@127.0.0.1'" in missing.stderr
    assert "certmerge-mail login" in missing.stderr

    # A wrong password is checked against the server and not stored.
    wrong = cli("--config", str(cfg), "login", "--password-stdin", input=SECRET_MARK + "\n", env=env)
    assert wrong.returncode == 3
    assert "the IMAP password was not stored" in wrong.stderr and SECRET_MARK not in wrong.stdout + wrong.stderr
    assert not keyring_file.exists()

    stored = cli("--config", str(cfg), "login", "--password-stdin", input=imap_user.password + "\n", env=env)
    assert stored.returncode == 0, stored.stderr
    assert "stored the IMAP password (checked by logging in)" in stored.stdout
    assert "PlaintextKeyring" in stored.stdout
    assert imap_user.password not in stored.stdout + stored.stderr
    assert keyring_file.exists()

    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(keyring_file)
    assert backend.get_password("certmerge-mail", f"imap:{imap_user.username}@127.0.0.1") == imap_user.password

    ok = cli("--config", str(cfg), "check", env=env)
    assert ok.returncode == 0, ok.stderr
    assert imap_user.password not in ok.stdout + ok.stderr


def test_login_stores_the_smtp_password_too(imap_user, smtp_server, tmp_path):
    smtp_server.auth_required = True
    extra = (f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_server.port}\nsecurity = "plain"\n'
             f'username = "{smtp_server.username}"\npassword_keyring = true\n')
    cfg = write_config(tmp_path, imap_user, extra=extra)
    with_password_setting(cfg, imap_user, "password_keyring = true")
    env = keyring_env(tmp_path)

    wrong = cli("--config", str(cfg), "login", "--password-stdin",
                input=f"{imap_user.password}\n{SECRET_MARK}\n", env=env)
    assert wrong.returncode == 3 and "the SMTP password was not stored" in wrong.stderr
    assert SECRET_MARK not in wrong.stdout + wrong.stderr

    result = cli("--config", str(cfg), "login", "--password-stdin",
                 input=f"{imap_user.password}\n{smtp_server.password}\n", env=env)
    assert result.returncode == 0, result.stderr
    assert "stored the IMAP password" in result.stdout and "stored the SMTP password" in result.stdout
    assert f"'smtp:{smtp_server.username}@127.0.0.1'" in result.stdout
    check = cli("--config", str(cfg), "check", env=env)
    assert check.returncode == 0, check.stderr
    assert f"127.0.0.1:{smtp_server.port}: logged in" in check.stdout
    for secret in (imap_user.password, smtp_server.password):
        assert secret not in result.stdout + result.stderr + check.stdout + check.stderr


@pytest.fixture
def plaintext_keyring(tmp_path, monkeypatch):
    """keyrings.alt's PlaintextKeyring as this process's keyring, NOT chosen
    explicitly (no PYTHON_KEYRING_BACKEND, no keyringrc.cfg)."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_a_keyring_backend_keyring_does_not_recommend_is_used_only_when_chosen(
        imap_user, tmp_path, plaintext_keyring, capsys, monkeypatch):
    cfg = write_config(tmp_path, imap_user)
    with_password_setting(cfg, imap_user, "password_keyring = true")
    assert main(["--config", str(cfg), "check"]) == 3
    err = capsys.readouterr().err
    assert "keyring does not recommend" in err and "PYTHON_KEYRING_BACKEND" in err

    # login says so before it asks for the password (nothing read from stdin, no login made)
    stdin = __import__("io").StringIO(imap_user.password + "\n")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["--config", str(cfg), "login", "--password-stdin"]) == 3
    assert "keyring does not recommend" in capsys.readouterr().err
    assert stdin.tell() == 0

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(imap_user.password + "\n"))
    assert main(["--config", str(cfg), "login", "--password-stdin"]) == 0
    assert main(["--config", str(cfg), "check"]) == 0
    assert imap_user.password not in capsys.readouterr().out


# --------------------------------------------------------------------------
# 6. init


def init_answers(user, command: str, *, bad_first: bool = False) -> str:
    lines = [
        "Hanako Yamada",                       # name
        *(["not-an-address"] if bad_first else []),
        YOU,                                   # address (example.jp: imap.example.jp is guessed)
        "ja",                                  # language
        "Asia/Tokyo",                          # time zone
        "127.0.0.1",                           # IMAP server
        "plain",                               # security (loopback only)
        str(user.port),                        # port
        user.username,                         # user name
        "command",                             # password from
        command,                               # the command (then init logs in and lists the folders)
        "",                                    # authserv-id (default: what INBOX mail shows, else none)
        *(["AWS123"] if bad_first else []),
        "aws01234567",                         # keep: candidate ID (normalised)
        "",                                    # keep: login e-mail (default: the address)
        "AWS Certified Solutions Architect - Associate, AWS Certified Cloud Practitioner",  # keep: certifications
        "AWS07654321",                         # merge: candidate ID
        "h.yamada@old-employer.example.com",   # merge: login e-mail
        "AWS Certified Developer - Associate",  # merge: certifications
        "n",                                   # another account?
        "yes",                                 # still receive mail at the old address?
        "",                                    # the reason (default)
        "",                                    # delivery (default: mailbox)
    ]
    return "\n".join(lines) + "\n"


def test_init_writes_a_private_config_that_check_accepts(imap_user, tmp_path):
    cfg = tmp_path / "conf" / "config.toml"
    command = script(tmp_path, "pw.py", f"print({imap_user.password!r})")
    env = dict(os.environ, HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"))
    result = cli("--config", str(cfg), "init", input=init_answers(imap_user, command, bad_first=True), env=env)
    assert result.returncode == 0, result.stderr
    assert f"wrote {cfg}" in result.stdout and "check" in result.stdout
    assert "is not an e-mail address" in result.stderr  # asked again
    assert 'a candidate ID is "AWS" followed by 8 digits' in result.stderr
    assert stat.S_IMODE(cfg.stat().st_mode) == 0o600

    settings = config.load(cfg, env={"HOME": str(tmp_path)})
    assert settings.you.name == "Hanako Yamada" and settings.you.language == "ja"
    assert settings.you.emails == (YOU, "h.yamada@old-employer.example.com")
    assert (settings.imap.host, settings.imap.port, settings.imap.security) == ("127.0.0.1", imap_user.port, "plain")
    assert settings.imap.credentials.password_command == command
    assert [(a.candidate_id, a.role, a.login_email) for a in settings.accounts] == [
        ("AWS01234567", "keep", YOU), ("AWS07654321", "merge", "h.yamada@old-employer.example.com")]
    assert [a.certifications for a in settings.accounts] == [
        ("AWS Certified Solutions Architect - Associate", "AWS Certified Cloud Practitioner"),
        ("AWS Certified Developer - Associate",)]
    assert settings.merge.reason.startswith("I created a second AWS Certification account")
    assert settings.digest.deliver == ("mailbox",)
    assert settings.trust.authserv_ids == ()  # the test INBOX is empty: nothing found, none chosen
    checked = next(line for line in result.stdout.splitlines() if line.startswith("logged in to 127.0.0.1; folders: "))
    assert "INBOX" in checked and "Sent (\\Sent)" in checked  # tested before the file was written
    assert "# " in cfg.read_text()  # commented

    check = cli("--config", str(cfg), "check", env=env)
    assert check.returncode == 0, check.stderr
    assert "logged in" in check.stdout


def test_init_detects_the_authserv_id_from_inbox_mail_and_retries_a_wrong_server(imap_user, deliver, tmp_path):
    """The topmost Authentication-Results of recent INBOX mail names the provider's authserv-id; a login
    that fails is shown and the server questions asked again before anything is written."""
    from support import thread

    created = thread()["created"]
    deliver(created.raw, internal_date=created.date)
    cfg = tmp_path / "config.toml"
    command = script(tmp_path, "pw.py", f"print({imap_user.password!r})")
    lines = init_answers(imap_user, command).splitlines()
    wrong = ["127.0.0.1", "plain", str(free_port()), imap_user.username, "command", command, "yes"]
    answers = lines[:4] + wrong + lines[4:]
    result = cli("--config", str(cfg), "init", input="\n".join(answers) + "\n",
                 env=dict(os.environ, HOME=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert "that did not work" in result.stderr and "Change the server settings" in result.stderr
    assert "found: mx.google.com (in 1 of the last 1 INBOX mails)" in result.stderr
    settings = config.load(cfg, env={"HOME": str(tmp_path)})
    assert settings.trust.authserv_ids == ("mx.google.com",)
    assert settings.imap.port == imap_user.port


def test_init_offers_the_keyring_only_with_a_usable_backend():
    import io

    from certmerge_mail.cli.init import Asker, interview

    def answers(way):
        return io.StringIO("\n".join(["Hanako", YOU, "en", "UTC", "127.0.0.1", "plain", "143", "hanako", way,
                                       "", "AWS01234567", "", "", "AWS07654321", "b@example.jp", "", "n", "n",
                                       "", ""]) + "\n")

    out = io.StringIO()
    a = interview(Asker(answers("keyring"), out), keyring_check=lambda: None)
    assert a.password_key == "password_keyring"
    assert "keyring: the system keyring" in out.getvalue()
    # example.jp is no known provider: imap.example.jp is a hint, not a default taken blindly
    assert "does not know the server of example.jp" in out.getvalue()
    assert "\nIMAP server: " in out.getvalue()

    out = io.StringIO()
    first_nine = io.StringIO("".join(answers("keyring").readlines()[:9]))
    with pytest.raises(UsageError, match="the answers ended"):
        interview(Asker(first_nine, out), keyring_check=lambda: "no system keyring is available")
    assert "(keyring: not offered: no system keyring is available)" in out.getvalue()
    assert "answer one of command, env, oauth2" in out.getvalue()


def test_init_refuses_to_overwrite_without_force(imap_user, tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text("# mine\n")
    answers = tmp_path / "answers.txt"
    answers.write_text(init_answers(imap_user, "pass show mail/imap"))
    refused = cli("init", "--config", str(cfg), "--answers", str(answers), "--no-connect")
    assert refused.returncode == 2
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert cfg.read_text() == "# mine\n"

    replaced = cli("init", "--config", str(cfg), "--answers", str(answers), "--force", "--no-connect")
    assert replaced.returncode == 0, replaced.stderr
    assert config.load(cfg).imap.credentials.password_command == "pass show mail/imap"
    assert stat.S_IMODE(cfg.stat().st_mode) == 0o600


def test_init_stops_clearly_when_the_answers_run_out(tmp_path):
    result = cli("--config", str(tmp_path / "config.toml"), "init", input="Hanako Yamada\n")
    assert result.returncode == 2
    assert "the answers ended before the question" in result.stderr
    assert not (tmp_path / "config.toml").exists()


@pytest.mark.parametrize("address, host, note", [
    ("hanako@gmail.com", "imap.gmail.com", "app password"),
    ("hanako@googlemail.com", "imap.gmail.com", "app password"),
    ("hanako@outlook.com", "outlook.office365.com", "OAuth2"),
    ("hanako@hotmail.com", "outlook.office365.com", "OAuth2"),
    ("hanako@live.com", "outlook.office365.com", "OAuth2"),
    ("hanako@contoso.onmicrosoft.com", "outlook.office365.com", "OAuth2"),
    ("hanako@icloud.com", "imap.mail.me.com", "app-specific password"),
    ("hanako@me.com", "imap.mail.me.com", "app-specific password"),
    ("hanako@mac.com", "imap.mail.me.com", "app-specific password"),
    ("hanako@fastmail.com", "imap.fastmail.com", "app password"),
    ("hanako@yahoo.com", "imap.mail.yahoo.com", "app password"),
    ("hanako@yahoo.co.uk", "imap.mail.yahoo.com", "app password"),
    ("hanako@yahoo.co.jp", "imap.mail.yahoo.co.jp", "IMAP access"),
    ("hanako@Example.JP", "imap.example.jp", ""),
])
def test_init_guesses_the_imap_server(address, host, note):
    provider = init_cli.guess_provider(address)
    assert (provider.host, provider.port, provider.security) == (host, 993, "tls")
    assert note in provider.note


def test_init_default_time_zone_is_the_systems():
    assert init_cli.system_timezone({"TZ": ":Europe/London"}) == "Europe/London"
    assert init_cli._valid_timezone(init_cli.system_timezone({}))


# --------------------------------------------------------------------------
# 7. The world-readable warning


@pytest.mark.parametrize("command", [["check"], ["run", "--once"]])
def test_world_readable_config_with_a_password_warns(imap_user, tmp_path, command):
    cfg = write_config(tmp_path, imap_user, mode=0o644)
    result = cli("--config", str(cfg), *command)
    assert result.returncode == 0, result.stderr
    assert "WARNING" in result.stderr and "other users can read it" in result.stderr
    assert f"chmod 600 {cfg}" in result.stderr
    assert imap_user.password not in result.stdout + result.stderr

    cfg.chmod(0o600)
    quiet = cli("--config", str(cfg), *command)
    assert quiet.returncode == 0 and "other users can read it" not in quiet.stderr


# --------------------------------------------------------------------------
# 8. TLS: verified always.  (That security = "plain" is refused to a host that
# is not this machine is tested in test_config.py::test_plain_refused_to_a_remote_host.)


def test_tls_certificate_not_trusted_fails_with_a_clear_message(imap_user, tmp_path):
    cfg = write_config(tmp_path, imap_user, security="tls", port=imap_user.tls_port)
    result = cli("--config", str(cfg), "check")
    assert result.returncode == 4
    assert f"IMAP 127.0.0.1:{imap_user.tls_port}: certificate verification failed" in result.stderr
    assert "ca_file" in result.stderr and "fix:" in result.stderr


def test_tls_with_the_servers_ca_file_passes(imap_user, tmp_path):
    cfg = write_config(tmp_path, imap_user, security="tls", port=imap_user.tls_port,
                       extra="")
    text = cfg.read_text().replace('poll_interval = "1h"', f'poll_interval = "1h"\nca_file = "{imap_user.ca_file}"')
    cfg.write_text(text)
    result = cli("--config", str(cfg), "check")
    assert result.returncode == 0, result.stderr
    assert f"127.0.0.1:{imap_user.tls_port} (tls): logged in" in result.stdout


# --------------------------------------------------------------------------
# 3. systemd


def test_install_service_print(imap_user, tmp_path):
    cfg = write_config(tmp_path, imap_user)
    env = dict(os.environ, HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "xdg"))
    # The installed console script, as a user runs it: ExecStart names that very file.
    program = Path(sys.executable).with_name("certmerge-mail")
    assert program.exists(), "the tests run from the project's venv, with certmerge-mail installed"
    result = subprocess.run([str(program), "--config", str(cfg), "install-service", "--print"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    unit = result.stdout
    assert f"ExecStart={program} --config {cfg} run\n" in unit
    for line in ("[Unit]", "[Service]", "Restart=on-failure", "[Install]", "WantedBy=default.target",
                 "RestartPreventExitStatus=2"):
        assert line in unit.splitlines()
    assert not (tmp_path / "xdg").exists()  # --print writes nothing
    if shutil.which("systemd-analyze"):
        unit_file = tmp_path / "certmerge-mail.service"
        unit_file.write_text(unit)
        verify = subprocess.run(["systemd-analyze", "verify", str(unit_file)], capture_output=True, text=True)
        assert verify.returncode == 0, verify.stderr


def test_install_service_writes_the_unit_and_only_prints_systemctl(imap_user, tmp_path):
    cfg = write_config(tmp_path, imap_user)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    called = tmp_path / "systemctl-called"
    systemctl = bin_dir / "systemctl"  # records a call, should one happen
    systemctl.write_text(f"#!/bin/sh\necho \"$@\" >> {called}\n")
    systemctl.chmod(0o755)
    runtime = tmp_path / "runtime"  # a user session: its systemd user manager's socket
    (runtime / "systemd").mkdir(parents=True)
    (runtime / "systemd" / "private").touch()
    env = dict(os.environ, HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "xdg"),
               XDG_RUNTIME_DIR=str(runtime), PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    result = cli("--config", str(cfg), "install-service", env=env)
    assert result.returncode == 0, result.stderr
    unit_file = tmp_path / "xdg" / "systemd" / "user" / "certmerge-mail.service"
    assert f"wrote {unit_file}" in result.stdout
    assert "systemctl --user daemon-reload && systemctl --user enable --now certmerge-mail" in result.stdout
    assert f"--config {cfg} run" in unit_file.read_text()
    assert not called.exists()

    again = cli("--config", str(cfg), "install-service", env=env)
    assert again.returncode == 0 and "already installed and up to date" in again.stdout

    unit_file.write_text(unit_file.read_text() + "# my edit\n")
    refused = cli("--config", str(cfg), "install-service", env=env)
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert unit_file.read_text().endswith("# my edit\n")

    enabled = cli("--config", str(cfg), "install-service", "--force", "--enable", env=env)
    assert enabled.returncode == 0, enabled.stderr
    assert called.read_text().splitlines() == ["--user daemon-reload", "--user enable --now certmerge-mail"]


@pytest.mark.parametrize("systemd", [True, False])
def test_install_service_without_a_user_session_says_what_works(imap_user, tmp_path, monkeypatch, capsys, systemd):
    cfg = write_config(tmp_path, imap_user)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "no-runtime"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    booted = tmp_path / "run-systemd-system"
    if systemd:
        booted.mkdir()
    monkeypatch.setattr(service_install, "SYSTEMD_BOOTED", booted)
    assert main(["install-service", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "enable-linger" not in out
    assert "@reboot " in out and f"--config {cfg} run" in out
    assert ("--print-system | sudo tee /etc/systemd/system/certmerge-mail.service" in out) == systemd
    assert ("systemd is not running on this machine" in out) == (not systemd)
    assert not (tmp_path / "xdg").exists()  # no user unit written where it cannot run

    assert main(["install-service", "--enable", "--config", str(cfg)]) == 1
    assert "no systemd user session here" in capsys.readouterr().err

    assert main(["install-service", "--print-system", "--config", str(cfg)]) == 0
    unit = capsys.readouterr().out
    assert f"User={__import__('getpass').getuser()}" in unit.splitlines()
    assert "WantedBy=multi-user.target" in unit.splitlines()


def test_contrib_unit_is_the_standard_install():
    contrib = (REPO / "contrib" / "certmerge-mail.service").read_text()
    assert contrib == service_install.UNIT_TEMPLATE.format(exec_start="%h/.local/bin/certmerge-mail run")
    assert "ExecStart=%h/.local/bin/certmerge-mail run\n" in contrib


def test_exec_start_quoting():
    assert service_install.systemd_quote("/home/me/.local/bin/certmerge-mail") == "/home/me/.local/bin/certmerge-mail"
    assert service_install.systemd_quote("/home/me/My Config/100%.toml") == '"/home/me/My Config/100%%.toml"'
    assert service_install.systemd_quote("$HOME") == "$$HOME"


def test_exec_start_program(tmp_path, monkeypatch):
    script_path = tmp_path / "certmerge-mail"
    script_path.write_text("#!/bin/sh\n")
    script_path.chmod(0o755)
    # Started as a script: that script (absolute; a symlink is kept, not resolved).
    link = tmp_path / "bin" / "certmerge-mail"
    link.parent.mkdir()
    link.symlink_to(script_path)
    assert service_install.program_path(str(link), "/usr/bin/python3") == [str(link)]
    monkeypatch.chdir(tmp_path)
    assert service_install.program_path("./certmerge-mail", "/usr/bin/python3") == [str(script_path)]
    # Started as `python -m certmerge_mail`: certmerge-mail on PATH, else the module.
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert service_install.program_path("/src/certmerge_mail/__main__.py", "/v/bin/python") == [str(link)]
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert service_install.program_path("/src/certmerge_mail/__main__.py", "/v/bin/python") == [
        "/v/bin/python", "-m", "certmerge_mail"]


def test_status_of_a_service_never_started(imap_user, tmp_path, capsys):
    cfg = write_config(tmp_path, imap_user)
    assert main(["--config", str(cfg), "status"]) == 1
    out = capsys.readouterr().out
    assert "never started" in out and "last sync    never" in out
