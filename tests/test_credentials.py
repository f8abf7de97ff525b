"""Getting passwords and tokens (certmerge_mail.adapters.credentials)."""

from __future__ import annotations

import shlex
import sys
import time
from pathlib import Path

import pytest

from certmerge_mail.adapters.credentials import resolve_oauth2_token, resolve_secret
from certmerge_mail.core.settings import Credentials, Secret
from certmerge_mail.errors import CredentialError

SECRET = "s3cret-Printed-On-Stdout"


def python_command(tmp_path, body: str) -> str:
    """A password_command running a tiny Python script."""
    script = tmp_path / "secret_tool.py"
    script.write_text(body, encoding="utf-8")
    return shlex.join([sys.executable, str(script)])


def credential_error(creds: Credentials, **kwargs) -> str:
    with pytest.raises(CredentialError) as caught:
        resolve_secret(creds, what="IMAP password", **kwargs)
    return str(caught.value)


def test_literal_password():
    assert resolve_secret(Credentials(password=Secret(SECRET)), what="IMAP password") == SECRET


def test_password_command_prints_the_password(tmp_path):
    command = python_command(tmp_path, f"print('  {SECRET}  ')\nprint('second line is ignored')\n")
    assert resolve_secret(Credentials(password_command=command), what="IMAP password") == SECRET


def test_password_command_runs_through_sh_like_mbsync_passcmd(tmp_path, monkeypatch):
    """`~`, pipes and quotes work as in a terminal; what is quoted stays as written."""
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "pw.txt").write_text(f"{SECRET}\nsecond line\n")
    command = f"cat ~/pw.txt | {shlex.quote(sys.executable)} -c 'import sys; print(sys.stdin.readline().upper())'"
    assert resolve_secret(Credentials(password_command=command), what="IMAP password") == SECRET.upper()
    marker = tmp_path / "marker"
    command = python_command(tmp_path, "import sys; print(sys.argv[1])") + f" '$(touch {marker})'"
    assert resolve_secret(Credentials(password_command=command), what="IMAP password") == f"$(touch {marker})"
    assert not marker.exists()


def test_password_command_failure_names_program_and_status_but_not_stdout(tmp_path):
    command = python_command(
        tmp_path,
        "import sys\n"
        f"print('{SECRET}')\n"
        "print('gpg: decryption failed: No secret key', file=sys.stderr)\n"
        "sys.exit(2)\n",
    )
    message = credential_error(Credentials(password_command=command))
    assert "IMAP password" in message
    assert sys.executable in message  # the program
    assert "exited with status 2" in message
    assert "gpg: decryption failed: No secret key" in message
    assert SECRET not in message
    assert "fix:" in message


def test_secret_echoed_on_stderr_is_redacted(tmp_path):
    command = python_command(
        tmp_path,
        f"import sys\nprint('{SECRET}')\nprint('bad: {SECRET}', file=sys.stderr)\nsys.exit(1)\n",
    )
    message = credential_error(Credentials(password_command=command))
    assert "exited with status 1" in message
    assert SECRET not in message


def test_a_known_secret_on_the_stderr_of_a_later_failure_is_redacted(tmp_path):
    """The command worked once; later it fails and says the password on stderr only (not on stdout,
    where the old redaction looked): the password is cut out all the same."""
    flag = tmp_path / "worked-once"
    command = python_command(
        tmp_path,
        "import os, sys\n"
        f"if not os.path.exists({str(flag)!r}):\n"
        f"    open({str(flag)!r}, 'w').close(); print('{SECRET}')\n"
        "else:\n"
        f"    print('gpg: cached passphrase {SECRET} rejected', file=sys.stderr); sys.exit(2)\n",
    )
    creds = Credentials(password_command=command)
    assert resolve_secret(creds, what="IMAP password") == SECRET
    message = credential_error(creds)
    assert "gpg: cached passphrase *** rejected" in message
    assert SECRET not in message


def test_a_hanging_command_leaves_no_process_behind(tmp_path, monkeypatch):
    """The command started a grandchild and hangs: on timeout the whole process group is killed."""
    monkeypatch.setattr("certmerge_mail.adapters.credentials.COMMAND_TIMEOUT", 0.5)
    pids = tmp_path / "pids"
    command = python_command(
        tmp_path,
        "import os, subprocess, sys, time\n"
        "child = subprocess.Popen(['sleep', '60'])\n"
        f"open({str(pids)!r}, 'w').write(f'{{os.getpid()}} {{child.pid}}')\n"
        "time.sleep(60)\n",
    ) + " | cat"
    started = time.monotonic()
    message = credential_error(Credentials(password_command=command))
    assert "did not finish within 0.5 seconds" in message
    assert time.monotonic() - started < 5
    for pid in map(int, pids.read_text().split()):
        assert wait_gone(pid), f"process {pid} was left behind"


def wait_gone(pid: int, timeout: float = 3.0) -> bool:
    """Whether `pid` has ended (a zombie waiting for init to reap it has ended)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


def test_password_command_with_empty_output(tmp_path):
    message = credential_error(Credentials(password_command=python_command(tmp_path, "print('')")))
    assert "printed nothing" in message


def test_password_command_program_missing():
    message = credential_error(Credentials(password_command="certmerge-no-such-program --show gmail"))
    assert "'certmerge-no-such-program'" in message
    assert "not found" in message
    assert "install certmerge-no-such-program" in message


def test_password_command_timeout(tmp_path, monkeypatch):
    monkeypatch.setattr("certmerge_mail.adapters.credentials.COMMAND_TIMEOUT", 0.5)
    command = python_command(tmp_path, f"import time\nprint('{SECRET}', flush=True)\ntime.sleep(10)\n")
    message = credential_error(Credentials(password_command=command))
    assert "did not finish within" in message
    assert SECRET not in message


def test_password_env(monkeypatch):
    monkeypatch.setenv("CERTMERGE_TEST_PASSWORD", SECRET)
    assert resolve_secret(Credentials(password_env="CERTMERGE_TEST_PASSWORD"), what="IMAP password") == SECRET


def test_password_env_from_an_explicit_environment():
    creds = Credentials(password_env="MAIL_PW")
    assert resolve_secret(creds, what="SMTP password", env={"MAIL_PW": SECRET}) == SECRET


def test_password_env_missing(monkeypatch):
    monkeypatch.delenv("CERTMERGE_TEST_PASSWORD", raising=False)
    message = credential_error(Credentials(password_env="CERTMERGE_TEST_PASSWORD"))
    assert "CERTMERGE_TEST_PASSWORD" in message
    assert "is not set" in message


def test_password_env_empty():
    message = credential_error(Credentials(password_env="MAIL_PW"), env={"MAIL_PW": ""})
    assert "MAIL_PW" in message and "empty" in message


def test_nothing_configured():
    assert "no IMAP password is configured" in credential_error(Credentials())


def test_oauth2_token_command(tmp_path):
    creds = Credentials(oauth2_token_command=python_command(tmp_path, "print('ya29.token')"))
    assert resolve_oauth2_token(creds) == "ya29.token"


def test_oauth2_token_command_failure(tmp_path):
    creds = Credentials(oauth2_token_command=python_command(tmp_path, f"print('{SECRET}')\nraise SystemExit(3)\n"))
    with pytest.raises(CredentialError) as caught:
        resolve_oauth2_token(creds)
    assert "oauth2_token_command" in str(caught.value)
    assert "exited with status 3" in str(caught.value)
    assert SECRET not in str(caught.value)


def test_oauth2_token_command_not_configured():
    with pytest.raises(CredentialError):
        resolve_oauth2_token(Credentials(password=Secret(SECRET)))
