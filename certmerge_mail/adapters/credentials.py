"""Turn the password settings of [imap] / [smtp] into the password itself.

A password comes from the file (`password`), from a command
(`password_command`, e.g. "pass show mail/gmail"), from an environment
variable (`password_env`), or from the system keyring (`password_keyring`,
see keyring_store.py).  `oauth2_token_command` prints an OAuth2 access
token the same way.

Commands are split with shlex and run without a shell.  Their standard
output may hold the secret, so it never appears in an error message; the
messages name the program, the exit status and the first line of standard
error.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping

from certmerge_mail.core.settings import Credentials
from certmerge_mail.errors import CredentialError

COMMAND_TIMEOUT = 30  # seconds

_COMMAND_FIX = (
    "run the command from your configuration yourself in a terminal: it must print the secret "
    "on its first line and exit with status 0 (a password manager may need unlocking first)"
)


def resolve_secret(
    creds: Credentials,
    *,
    what: str,
    env: Mapping[str, str] | None = None,
) -> str:
    """The password, from whichever setting is used.

    `what` says which password this is, for messages ("IMAP password",
    "SMTP password").  `env` defaults to os.environ.
    """
    if creds.password is not None:
        return creds.password.value
    if creds.password_command:
        return _run_secret_command(creds.password_command, what=what, key="password_command")
    if creds.password_env:
        return _from_environment(creds.password_env, what=what, env=os.environ if env is None else env)
    if creds.keyring_entry:
        from certmerge_mail.adapters import keyring_store

        return keyring_store.get_password(creds.keyring_entry, what=what)
    raise CredentialError(
        f"no {what} is configured",
        fix="set one of password_command, password_env, password_keyring or password in the configuration file",
    )


def resolve_oauth2_token(creds: Credentials, *, what: str = "OAuth2 access token") -> str:
    """The OAuth2 access token printed by oauth2_token_command."""
    if not creds.oauth2_token_command:
        raise CredentialError(
            f"no oauth2_token_command is configured for the {what}",
            fix="set oauth2_token_command, or log in with a password instead",
        )
    return _run_secret_command(creds.oauth2_token_command, what=what, key="oauth2_token_command")


def _from_environment(name: str, *, what: str, env: Mapping[str, str]) -> str:
    value = env.get(name)
    if value is None:
        raise CredentialError(
            f"cannot get the {what}: the environment variable {name} (password_env) is not set",
            fix=f"set {name} in the environment the service runs in, or change password_env",
        )
    if not value:
        raise CredentialError(
            f"cannot get the {what}: the environment variable {name} (password_env) is empty",
            fix=f"put the password in {name}, or change password_env",
        )
    return value


def _run_secret_command(command: str, *, what: str, key: str) -> str:
    """Run the command (no shell) and return the first line of its output, stripped."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise CredentialError(
            f"cannot get the {what}: {key} cannot be split into words ({exc})",
            fix=f"check the quotes in {key}",
        ) from None
    if not argv:
        raise CredentialError(f"cannot get the {what}: {key} is empty", fix=f"write the command in {key}")
    program = argv[0]
    failed = f"cannot get the {what}: {key} program {program!r}"
    try:
        result = subprocess.run(argv, capture_output=True, timeout=COMMAND_TIMEOUT)
    except FileNotFoundError:
        raise CredentialError(
            f"{failed} was not found",
            fix=f"install {program}, or write its full path in {key}",
        ) from None
    except PermissionError:
        raise CredentialError(
            f"{failed} cannot be run (permission denied)",
            fix=f"make it executable (chmod +x), or write the right program in {key}",
        ) from None
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"{failed} did not finish within {COMMAND_TIMEOUT} seconds",
            fix=_COMMAND_FIX,
        ) from None
    except OSError as exc:
        raise CredentialError(f"{failed} could not be started ({exc.strerror})", fix=_COMMAND_FIX) from None

    output = result.stdout.decode("utf-8", errors="replace")
    if result.returncode != 0:
        stderr = _first_line(result.stderr.decode("utf-8", errors="replace"))
        stderr = _redact(stderr, output)
        detail = f": {stderr}" if stderr else " (it wrote nothing on standard error)"
        raise CredentialError(f"{failed} exited with status {result.returncode}{detail}", fix=_COMMAND_FIX)
    lines = output.splitlines()
    secret = lines[0].strip() if lines else ""
    if not secret:
        raise CredentialError(f"{failed} printed nothing on its first line", fix=_COMMAND_FIX)
    return secret


def _first_line(text: str, limit: int = 200) -> str:
    """The first non-blank line, cut short (for messages)."""
    lines = text.strip().splitlines()
    line = lines[0].strip() if lines else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _redact(message: str, stdout: str) -> str:
    """Remove anything the command printed on stdout from a stderr line
    (a command may echo its secret to both)."""
    for line in stdout.splitlines():
        line = line.strip()
        if line:
            message = message.replace(line, "***")
    return message
