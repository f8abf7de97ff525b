"""Turn the password settings of [imap] / [smtp] into the password itself.

A password comes from the file (`password`), from a command
(`password_command`, e.g. "pass show mail/gmail"), from an environment
variable (`password_env`), or from the system keyring (`password_keyring`,
see keyring_store.py).  `oauth2_token_command` prints an OAuth2 access
token the same way.

Commands run through `sh -c`, as mbsync's PassCmd does, so `~`, pipes and
quotes work as in a terminal.  Each runs in a process group of its own, and
the whole group is killed when it does not finish in COMMAND_TIMEOUT: a
hanging command leaves no process behind, grandchildren included.

A command's output may hold the secret.  Standard output never appears in a
message; standard error does (its first line: it says what went wrong), but
only after every secret this process knows -- whatever the command printed
on standard output, and every password or token obtained so far -- is cut
out of it.  So a failing command that echoes the password reaches no error,
log, `status` or state database with it.  What a command printed on
standard output before it failed or timed out counts as a secret from then
on.  A secret never obtained and printed on standard error only cannot be
recognised: what looks like one is withheld instead (a line of one word, a
word mixing three kinds of character), see _stderr_detail.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
from collections.abc import Mapping

from certmerge_mail.core.settings import Credentials
from certmerge_mail.errors import CredentialError

COMMAND_TIMEOUT = 30  # seconds

# Every secret this process has obtained (a password_command fails later
# with the password on standard error more easily than the first time).
_known_secrets: set[str] = set()

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
        return remember(creds.password.value)
    if creds.password_command:
        return _run_secret_command(creds.password_command, what=what, key="password_command")
    if creds.password_env:
        return remember(_from_environment(creds.password_env, what=what, env=os.environ if env is None else env))
    if creds.keyring_entry:
        from certmerge_mail.adapters import keyring_store

        return remember(keyring_store.get_password(creds.keyring_entry, what=what))
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


def remember(secret: str) -> str:
    """Note a secret, so that it is cut out of any command output shown later."""
    if len(secret) >= 4:
        _known_secrets.add(secret)
    return secret


def _run_secret_command(command: str, *, what: str, key: str) -> str:
    """Run the command (sh -c, own process group) and return the first line of its output, stripped."""
    if not command.strip():
        raise CredentialError(f"cannot get the {what}: {key} is empty", fix=f"write the command in {key}")
    program = _program(command)
    failed = f"cannot get the {what}: {key} program {program!r}"
    try:
        proc = subprocess.Popen(["/bin/sh", "-c", command], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError as exc:
        raise CredentialError(f"{failed} could not be started ({exc.strerror})", fix=_COMMAND_FIX) from None
    try:
        stdout, stderr = proc.communicate(timeout=COMMAND_TIMEOUT)
    except subprocess.TimeoutExpired:
        stdout, _stderr = _kill_group(proc)  # neither is shown; what it printed may be the secret
        _remember_first_line(stdout.decode("utf-8", errors="replace"))
        raise CredentialError(
            f"{failed} did not finish within {COMMAND_TIMEOUT} seconds",
            fix=_COMMAND_FIX,
        ) from None
    except BaseException:  # Ctrl-C, SIGTERM: nothing of the command stays behind
        _kill_group(proc)
        raise

    output = stdout.decode("utf-8", errors="replace")
    if proc.returncode == 127:  # the shell's "command not found"
        raise CredentialError(f"{failed} was not found", fix=f"install {program}, or write its full path in {key}")
    if proc.returncode == 126:  # found but not executable
        raise CredentialError(
            f"{failed} cannot be run (permission denied)",
            fix=f"make it executable (chmod +x), or write the right program in {key}",
        )
    if proc.returncode != 0:
        _remember_first_line(output)  # printed, then failed: it may be the secret all the same
        detail = _stderr_detail(stderr.decode("utf-8", errors="replace"), output)
        raise CredentialError(f"{failed} exited with status {proc.returncode}{detail}", fix=_COMMAND_FIX)
    lines = output.splitlines()
    secret = lines[0].strip() if lines else ""
    if not secret:
        raise CredentialError(f"{failed} printed nothing on its first line", fix=_COMMAND_FIX)
    return remember(secret)


def _program(command: str) -> str:
    """The program a command line runs (its first word), for messages."""
    try:
        words = shlex.split(command)
    except ValueError:
        words = command.split()
    return words[0] if words else command


def _kill_group(proc: subprocess.Popen) -> tuple[bytes, bytes]:
    """Kill the command and everything it started (its process group), reap
    it, and return what it printed (stdout, stderr) before it was killed."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        stdout, stderr = proc.communicate(timeout=5)
        return stdout or b"", stderr or b""
    except subprocess.TimeoutExpired:  # a process that left the group still holds the pipes
        proc.kill()
        proc.wait()
        return b"", b""


def _remember_first_line(stdout: str) -> None:
    """What a command that did not succeed printed where the secret goes
    (its first line) is taken for a secret from then on: a later message that
    repeats it has it cut out."""
    lines = stdout.splitlines()
    if lines and lines[0].strip():
        remember(lines[0].strip())


def _stderr_detail(stderr: str, stdout: str) -> str:
    """The part of a failed command's message that quotes its standard error:
    its first line that can be shown, after every known secret is cut out
    (_redact).  A secret this process never obtained cannot be recognised, so
    what looks like one is not shown either: a line that is a single word
    (the password printed on the wrong stream), and any word of 8 or more
    characters mixing three of lower case, upper case, digits and symbols
    (a generated password, a traced `PASSWORD=...`)."""
    text = _redact(stderr, stdout)
    withheld = False
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line.split()) == 1 and line != "***":
            withheld = True
            continue
        return f": {_first_line(_SECRET_LIKE.sub(_mask, line))}"
    if withheld:
        return " (what it wrote on standard error is not shown: a single word may be the secret)"
    return " (it wrote nothing on standard error)"


_SECRET_LIKE = re.compile(r"\S{8,}")


def _mask(match: re.Match) -> str:
    word = match.group()
    classes = (any(c.islower() for c in word) + any(c.isupper() for c in word) + any(c.isdigit() for c in word)
               + any(not c.isalnum() for c in word))
    return "***" if classes >= 3 and "***" not in word else word


def _first_line(text: str, limit: int = 200) -> str:
    """The first non-blank line, cut short (for messages)."""
    lines = text.strip().splitlines()
    line = lines[0].strip() if lines else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _redact(message: str, stdout: str) -> str:
    """Cut every secret this process knows out of `message` (the command's
    standard error): what the command printed on standard output (each line,
    and each word, as a command may print more than the secret), and every
    password or token obtained before.  Longest first, so a secret that
    contains another is cut whole."""
    pieces = set(_known_secrets)
    for line in stdout.splitlines():
        pieces.add(line.strip())
        pieces.update(word for word in line.split() if len(word) >= 4)
    for piece in sorted((p for p in pieces if p), key=len, reverse=True):
        message = message.replace(piece, "***")
    return message
