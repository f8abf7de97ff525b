"""Issue 16: the digest file is private (0600) however `certmerge-mail digest --deliver`
is started: a new file is created 0600 under a umask of 022, and an existing file that
others can read is made private when the digest is appended to it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from types import SimpleNamespace

from support import settings_text

USER = SimpleNamespace(port=1, username="hanako", password="not-used")  # no IMAP: the file channel only


def deliver_digest(tmp_path, digest) -> subprocess.CompletedProcess:
    cfg = tmp_path / "config.toml"
    cfg.write_text(settings_text(USER, tmp_path / "state.sqlite3",
                                 extra=f'[digest]\ndeliver = ["file"]\nfile = "{digest}"\n'))
    cfg.chmod(0o600)
    return subprocess.run([sys.executable, "-m", "certmerge_mail", "--config", str(cfg), "digest", "--deliver",
                           "--now", "2025-11-06T00:00:00Z"],
                          capture_output=True, text=True, timeout=60, preexec_fn=lambda: os.umask(0o022))


def mode(path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def test_a_new_digest_file_is_created_private_under_a_permissive_umask(tmp_path):
    digest = tmp_path / "digest.txt"
    done = deliver_digest(tmp_path, digest)
    assert done.returncode == 0, done.stderr
    assert "=====" in digest.read_text()
    assert mode(digest) == "0o600"


def test_an_existing_digest_file_readable_by_others_is_made_private(tmp_path):
    digest = tmp_path / "digest.txt"
    digest.write_text("an earlier digest\n")
    digest.chmod(0o644)
    done = deliver_digest(tmp_path, digest)
    assert done.returncode == 0, done.stderr
    text = digest.read_text()
    assert text.startswith("an earlier digest\n") and "=====" in text  # appended to, as before
    assert mode(digest) == "0o600"
