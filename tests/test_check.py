"""`certmerge-mail check` against the real servers."""

import json

from support import settings_text

from certmerge_mail.cli import main


def write(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text)
    path.chmod(0o600)
    return str(path)


def test_check_good_password_lists_the_folders(imap_user, tmp_path, capsys):
    path = write(tmp_path, settings_text(imap_user, tmp_path / "state.sqlite3"))
    assert main(["--config", path, "check", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["folders"] == {"inbox": "INBOX", "sent": "Sent", "drafts": "Drafts", "junk": "Junk"}


def test_check_bad_password_fails_clearly(imap_user, tmp_path, capsys):
    text = settings_text(imap_user, tmp_path / "state.sqlite3").replace(imap_user.password, "wrong-password")
    path = write(tmp_path, text)
    assert main(["--config", path, "check"]) == 3
    err = capsys.readouterr().err
    assert "refused the login" in err and "fix:" in err and "wrong-password" not in err


def test_check_unreachable_host_fails_clearly(imap_user, tmp_path, capsys):
    from servers.dovecot import free_port

    text = settings_text(imap_user, tmp_path / "state.sqlite3", port=free_port())
    assert main(["--config", write(tmp_path, text), "check"]) == 4
    assert "connection refused" in capsys.readouterr().err


import pytest


@pytest.mark.parametrize("key", ["inbox", "sent", "drafts"])
def test_check_missing_folder_fails_clearly(imap_user, tmp_path, capsys, key):
    """A wrong folder name lists the folders the server has, with their SPECIAL-USE flags."""
    text = settings_text(imap_user, tmp_path / "state.sqlite3").replace(
        'poll_interval = "1h"', f'poll_interval = "1h"\n{key} = "NoSuchFolder"')
    assert main(["check", "--config", write(tmp_path, text)]) == 2  # FolderError: a configuration error
    err = capsys.readouterr().err
    assert "the server refuses the folder 'NoSuchFolder'" in err
    assert "the folders it has: " in err
    for folder in ("INBOX", "Sent (\\Sent)", "Drafts (\\Drafts)", "Trash (\\Trash)"):
        assert folder in err


def test_check_with_smtp(imap_user, smtp_server, tmp_path, capsys):
    extra = (f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_server.port}\nsecurity = "plain"\n'
             f'username = "{smtp_server.username}"\npassword = "{smtp_server.password}"\n')
    path = write(tmp_path, settings_text(imap_user, tmp_path / "state.sqlite3", extra=extra))
    assert main(["--config", path, "check"]) == 0
    assert "logged in" in capsys.readouterr().out
