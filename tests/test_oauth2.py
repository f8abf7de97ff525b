"""XOAUTH2 login against the real Dovecot, whose oauth2 passdb checks each token
with a local introspection endpoint (servers/oauth2.py).

The token command is a real program: it prints the token(s) a test puts in
a file, one per call (the last one repeats), and counts its calls, like an
OAuth2 helper that caches an access token and refreshes it when asked again.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import settings_text

from certmerge_mail import config
from certmerge_mail.errors import CredentialError
from certmerge_mail.service import open_mailbox
from servers import DovecotServer, ImapUser
from servers.oauth2 import IntrospectionServer

pytestmark = pytest.mark.dovecot  # (needs Dovecot, through its own fixture)

TOKEN_TOOL = """\
import sys
from pathlib import Path
here = Path(sys.argv[1])
calls = here / "calls"
n = int(calls.read_text()) if calls.exists() else 0
calls.write_text(str(n + 1))
tokens = (here / "tokens").read_text().split()
print(tokens[min(n, len(tokens) - 1)])
"""


@pytest.fixture(scope="module")
def idp() -> Iterator[IntrospectionServer]:
    with IntrospectionServer() as server:
        yield server


@pytest.fixture(scope="module")
def oauth_dovecot(idp: IntrospectionServer) -> Iterator[DovecotServer]:
    """A second Dovecot whose XOAUTH2/OAUTHBEARER logins are checked by `idp`."""
    server = DovecotServer(oauth2_introspection_url=idp.url)
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def user(oauth_dovecot: DovecotServer) -> ImapUser:
    return oauth_dovecot.add_user()


class TokenTool:
    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.dir.mkdir()
        (self.dir / "tool.py").write_text(TOKEN_TOOL)
        self.command = shlex.join([sys.executable, str(self.dir / "tool.py"), str(self.dir)])

    def hand_out(self, *tokens: str) -> None:
        (self.dir / "tokens").write_text("\n".join(tokens) + "\n")
        (self.dir / "calls").unlink(missing_ok=True)

    @property
    def calls(self) -> int:
        path = self.dir / "calls"
        return int(path.read_text()) if path.exists() else 0


@pytest.fixture
def tool(tmp_path) -> TokenTool:
    return TokenTool(tmp_path / "token-tool")


def oauth_config(user: ImapUser, tmp_path: Path, tool: TokenTool) -> Path:
    path = tmp_path / "config.toml"
    text = settings_text(user, tmp_path / "state.sqlite3")
    literal = f'password = "{user.password}"'
    path.write_text(text.replace(literal, f"oauth2_token_command = {json.dumps(tool.command)}"))
    path.chmod(0o600)
    return path


def check(path: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "certmerge_mail", *extra, "--config", str(path), "check"],
                          capture_output=True, text=True, timeout=60)


def test_the_fixture_really_checks_tokens(user, idp):
    import imapclient

    token = idp.issue(user.username)
    with imapclient.IMAPClient(user.host, port=user.port, ssl=False, timeout=10) as client:
        assert b"AUTH=XOAUTH2" in client.capabilities()
        client.oauth2_login(user.username, token)
    with imapclient.IMAPClient(user.host, port=user.port, ssl=False, timeout=10) as client:
        with pytest.raises(imapclient.exceptions.LoginError):
            client.oauth2_login(user.username, user.password)  # a password is no token
    with imapclient.IMAPClient(user.host, port=user.port, ssl=False, timeout=10) as client:
        client.login(user.username, user.password)  # passwords still work for PLAIN/LOGIN


def test_a_good_token_logs_in_and_check_passes(user, idp, tool, tmp_path):
    token = idp.issue(user.username)
    tool.hand_out(token)
    asked = len(idp.requests)
    result = check(oauth_config(user, tmp_path, tool), "-v")
    assert result.returncode == 0, result.stderr
    assert "logged in" in result.stdout
    assert tool.calls == 1
    assert idp.requests[asked:] == [user.username]  # Dovecot asked the endpoint about it
    assert token not in result.stdout + result.stderr  # not even in the debug log


def test_a_revoked_token_fails_clearly_without_showing_it(user, idp, tool, tmp_path):
    token = idp.issue(user.username)
    idp.revoke(token)
    tool.hand_out(token)
    result = check(oauth_config(user, tmp_path, tool))
    assert result.returncode == CredentialError.exit_code
    assert (f"IMAP 127.0.0.1:{user.port}: the server refused the OAuth2 access token for {user.username}, "
            "and a freshly fetched one too") in result.stderr
    assert "fix: run oauth2_token_command yourself" in result.stderr
    assert "WARNING" in result.stderr and "fetching a fresh token" in result.stderr
    assert tool.calls == 2  # fetched again once after the refusal, not more
    assert token not in result.stdout + result.stderr


def test_the_token_is_fetched_again_after_a_refusal(user, idp, tool, tmp_path):
    stale = idp.issue(user.username)
    idp.revoke(stale)  # e.g. expired while the helper still had it cached
    fresh = idp.issue(user.username)
    tool.hand_out(stale, fresh)
    result = check(oauth_config(user, tmp_path, tool))
    assert result.returncode == 0, result.stderr
    assert tool.calls == 2
    assert "fetching a fresh token and trying once more" in result.stderr
    assert stale not in result.stderr and fresh not in result.stderr


def test_every_reconnect_fetches_a_token(user, idp, tool, tmp_path):
    tool.hand_out(idp.issue(user.username))
    mailbox = open_mailbox(config.load(oauth_config(user, tmp_path, tool)))
    for expected in (1, 2, 3):
        mailbox.connect()
        assert mailbox.examine("INBOX").exists == 0
        mailbox.logout()
        assert tool.calls == expected


def test_a_failing_token_command_is_not_retried_as_a_refusal(user, idp, tool, tmp_path):
    (tool.dir / "tool.py").write_text("import sys\nprint('token-in-stdout')\nsys.exit(4)\n")
    with pytest.raises(CredentialError) as caught:
        open_mailbox(config.load(oauth_config(user, tmp_path, tool))).connect()
    message = str(caught.value)
    assert "oauth2_token_command program" in message and "exited with status 4" in message
    assert "token-in-stdout" not in message
