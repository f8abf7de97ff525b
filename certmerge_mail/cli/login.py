"""`certmerge-mail login`: store the IMAP (and SMTP) password in the system keyring.

Asks for the password without echoing it (getpass), checks it by logging in
to the server (unless --no-verify), and stores it with keyring under the
service "certmerge-mail" and the name "imap:<username>@<host>" (SMTP:
"smtp:..."), where `password_keyring = true` in [imap] / [smtp] reads it.
The password is never printed or logged.
"""

from __future__ import annotations

import getpass
import sys

from certmerge_mail.adapters import keyring_store
from certmerge_mail.cli.common import load_settings
from certmerge_mail.core.settings import keyring_entry
from certmerge_mail.errors import CredentialError, UsageError


def add_parser(sub) -> None:
    p = sub.add_parser(
        "login",
        help="store the IMAP (and SMTP) password in the system keyring",
        description="Ask for the IMAP password (and the SMTP password when [smtp] logs in), check it by "
        "logging in, and store it in the system keyring, where `password_keyring = true` reads it.",
    )
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password(s) from standard input, one line each (IMAP first), instead of asking")
    p.add_argument("--no-verify", action="store_true", help="store the password without logging in to check it")
    p.set_defaults(run=run)


def run(args) -> int:
    settings = load_settings(args)
    targets = [("imap", "IMAP", settings.imap)]
    smtp = settings.smtp
    if smtp is not None and smtp.username:
        targets.append(("smtp", "SMTP", smtp))
    if any(not server.credentials.oauth2_token_command for _, _, server in targets):
        # A keyring that cannot take the password is said before the password is asked for.
        keyring_store.backend_name()
    passwords: dict[str, str] = {}
    for kind, label, server in targets:
        entry = keyring_entry(kind, server.username, server.host)
        if server.credentials.oauth2_token_command:
            print(f"[{kind}] logs in with OAuth2 (oauth2_token_command): no password to store", file=sys.stderr)
            continue
        if server.credentials.keyring_entry is None:
            print(f"note: [{kind}] does not set password_keyring = true yet; the password stored now is "
                  f"used once it does (in place of its other password setting)", file=sys.stderr)
        same = "IMAP" if kind == "smtp" and "imap" in passwords else None
        password = _read_password(args, f"{label} password for {server.username} at {server.host}"
                                  + (" (empty: the same as the IMAP password)" if same else ""))
        if not password and same:
            password = passwords["imap"]
        if not password:
            raise UsageError(f"no {label} password was given", fix="type the password (it is not shown)")
        if not args.no_verify:
            _verify(kind, server, password)
        backend = keyring_store.set_password(entry, password, what=f"{label} password")
        passwords[kind] = password
        checked = "" if args.no_verify else " (checked by logging in)"
        print(f"stored the {label} password{checked} in the system keyring {backend} "
              f"as service 'certmerge-mail', name {entry!r}")
    return 0


def _read_password(args, prompt: str) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise UsageError("--password-stdin: standard input ended before the password",
                             fix="give one password per line (IMAP first, then SMTP)")
        return line.rstrip("\r\n")
    try:
        return getpass.getpass(prompt + ": ", stream=sys.stderr)
    except EOFError:
        raise UsageError("no password was typed", fix="run it in a terminal, or use --password-stdin") from None


def _verify(kind: str, server, password: str) -> None:
    """Log in with `password`; CredentialError (nothing stored) when the server refuses it."""
    if kind == "imap":
        from certmerge_mail.adapters.imap import ImapMailbox

        mailbox = ImapMailbox(server, password=lambda: password)
        try:
            mailbox.connect()
        except CredentialError as exc:
            raise CredentialError(f"{str(exc).splitlines()[0]}; the IMAP password was not stored",
                                  fix="run `certmerge-mail login` again with the right password "
                                  "(for Gmail, iCloud, Yahoo or Fastmail: an app password)") from None
        finally:
            mailbox.logout()
    else:
        from certmerge_mail.adapters.smtp import SmtpSender

        try:
            SmtpSender(server, password=lambda: password).check()
        except CredentialError as exc:
            raise CredentialError(f"{str(exc).splitlines()[0]}; the SMTP password was not stored",
                                  fix="run `certmerge-mail login` again with the right SMTP password") from None
