"""`certmerge-mail init`: ask a few questions, write a commented config.toml.

The questions are read one line each from standard input (or from the file
given with --answers), so the command can be scripted: an empty line takes
the default shown in [brackets].  Prompts and hints go to standard error.

The file is written with mode 0600 (it may come to hold a password), is
checked with the same code `certmerge-mail check` uses before it is written,
and an existing file is only replaced with --force.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from certmerge_mail import config
from certmerge_mail.config import EMAIL, ENV_NAME, IMAP_PORTS
from certmerge_mail.config import valid_timezone as _valid_timezone
from certmerge_mail.core.ids import normalise_candidate_id
from certmerge_mail.errors import CertmergeError, ConfigError, UsageError


def add_parser(sub) -> None:
    p = sub.add_parser(
        "init",
        help="create the configuration file by answering a few questions",
        description="Ask a few questions (your name and address, the IMAP server, how to get the "
        "password, the accounts to merge) and write a commented configuration file, readable only by "
        "you.  Answers are read one per line from standard input (an empty line takes the default), "
        "or from --answers FILE.",
    )
    p.add_argument("--force", action="store_true", help="replace an existing configuration file")
    p.add_argument("--answers", metavar="FILE", help="read the answers from FILE, one per line, instead of standard input")
    p.add_argument("--config", default=argparse.SUPPRESS, metavar="PATH",
                   help="where to write the file (default: the usual configuration path)")
    p.add_argument("--example", action="store_true",
                   help="print config.example.toml (every key, explained) and exit")
    p.add_argument("--no-connect", action="store_true",
                   help="do not log in to the IMAP server before writing the file (offline)")
    p.set_defaults(run=run)


# --------------------------------------------------------------------------
# Providers


@dataclass(frozen=True)
class Provider:
    host: str
    port: int = 993
    security: str = "tls"
    note: str = ""
    password: str = "command"  # the suggested way to get the password
    authserv_ids: tuple[str, ...] = ()
    known: bool = True  # False: only a guess from the domain (imap.<domain>), not offered as a default


_APP_PASSWORD = "an app password ({where}), not your account password"
PROVIDERS: dict[str, Provider] = {}
for _domain in ("gmail.com", "googlemail.com"):
    PROVIDERS[_domain] = Provider(
        "imap.gmail.com",
        note="Gmail: log in with " + _APP_PASSWORD.format(
            where="Google Account > Security > 2-Step Verification > App passwords")
        + ", or with OAuth2 (oauth2_token_command)",
        authserv_ids=("mx.google.com",))
for _domain in ("outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.jp", "hotmail.co.jp", "live.jp"):
    PROVIDERS[_domain] = Provider(
        "outlook.office365.com",
        note="Outlook.com / Microsoft 365: Microsoft no longer accepts passwords for IMAP; "
        "log in with OAuth2 (oauth2_token_command: a command printing an access token)",
        password="oauth2")
for _domain in ("icloud.com", "me.com", "mac.com"):
    PROVIDERS[_domain] = Provider(
        "imap.mail.me.com",
        note="iCloud: log in with an app-specific password (appleid.apple.com > Sign-In and Security "
        "> App-Specific Passwords)")
for _domain in ("fastmail.com", "fastmail.fm"):
    PROVIDERS[_domain] = Provider(
        "imap.fastmail.com",
        note="Fastmail: log in with " + _APP_PASSWORD.format(where="Settings > Privacy & Security > App passwords"))
PROVIDERS["yahoo.co.jp"] = Provider(
    "imap.mail.yahoo.co.jp",
    note="Yahoo! JAPAN: turn on IMAP access in the mail settings first")
_YAHOO = Provider(
    "imap.mail.yahoo.com",
    note="Yahoo: log in with " + _APP_PASSWORD.format(where="Account Info > Account Security > Generate app password"))


def guess_provider(address: str) -> Provider:
    """The IMAP server for an address's domain: known providers, else imap.<domain>."""
    domain = address.rpartition("@")[2].lower().strip(".")
    if domain in PROVIDERS:
        return PROVIDERS[domain]
    labels = domain.split(".")
    if "yahoo" in labels or domain in ("ymail.com", "rocketmail.com"):
        return _YAHOO
    if "office365" in domain or domain.endswith(".onmicrosoft.com"):
        return PROVIDERS["outlook.com"]
    return Provider(f"imap.{domain}", known=False)


def system_timezone(env=os.environ) -> str:
    """The machine's IANA time zone ($TZ, /etc/timezone, /etc/localtime), else UTC."""
    candidates = [env.get("TZ", "").lstrip(":")]
    try:
        candidates.append(Path("/etc/timezone").read_text().strip())
    except OSError:
        pass
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and _valid_timezone(name):
            return name
    return "UTC"


# --------------------------------------------------------------------------
# Asking


class Asker:
    """Reads one answer per question from `stream`; prompts on `out`."""

    def __init__(self, stream: TextIO, out: TextIO) -> None:
        self.stream = stream
        self.out = out
        self.interactive = stream.isatty() if hasattr(stream, "isatty") else False

    def say(self, text: str) -> None:
        print(text, file=self.out)

    def ask(self, question: str, default: str | None = None,
            check: Callable[[str], str | None] | None = None) -> str:
        """The answer (stripped; the default for an empty line).  `check`
        returns a problem to show, and the question is asked again."""
        shown = f" [{default}]" if default else ""
        for _ in range(20):
            print(f"{question}{shown}: ", end="", file=self.out, flush=True)
            line = self.stream.readline()
            if not line:
                print(file=self.out)
                raise UsageError(
                    f"init: the answers ended before the question {question!r}",
                    fix="answer every question, one line each (an empty line takes the default in [brackets])",
                )
            if not self.interactive:  # the answer is not echoed: a command may hold a secret
                print(file=self.out)
            answer = line.strip() or (default or "")
            problem = "an answer is needed" if not answer else (check(answer) if check else None)
            if problem is None:
                return answer
            self.say(f"  {problem}")
        raise UsageError(f"init: no acceptable answer to {question!r}", fix="see the hints above each question")

    def choose(self, question: str, choices: tuple[str, ...], default: str) -> str:
        def check(answer: str) -> str | None:
            return None if _pick(answer, choices) else f"answer one of {', '.join(choices)}"

        return _pick(self.ask(f"{question} ({'/'.join(choices)})", default, check), choices)  # type: ignore[return-value]

    def yes(self, question: str, default: bool = False) -> bool:
        answer = self.choose(question, ("yes", "no"), "yes" if default else "no")
        return answer == "yes"


def _pick(answer: str, choices: tuple[str, ...]) -> str | None:
    """The choice `answer` names: in full, by its first letters or by its number (1-based)."""
    text = answer.strip().lower()
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1]
    matches = [c for c in choices if c == text] or [c for c in choices if c.startswith(text)]
    return matches[0] if len(matches) == 1 else None


def _email(answer: str) -> str | None:
    return None if EMAIL.fullmatch(answer) else f"{answer!r} is not an e-mail address (write it like hanako@example.jp)"


def _candidate(answer: str) -> str | None:
    if normalise_candidate_id(answer) is not None:
        return None
    return ('a candidate ID is "AWS" followed by 8 digits, like AWS01234567 '
            "(it is shown in the profile of your AWS Certification account)")


def _port(answer: str) -> str | None:
    return None if answer.isdigit() and 1 <= int(answer) <= 65535 else "a port is a number from 1 to 65535"


@dataclass
class Answers:
    name: str = ""
    address: str = ""
    other_addresses: list[str] = field(default_factory=list)
    language: str = "en"
    timezone: str = "UTC"
    host: str = ""
    port: int = 993
    security: str = "tls"
    username: str = ""
    password_key: str = "password_command"  # password_command | password_keyring | password_env | oauth2_token_command
    password_value: str = ""
    authserv_ids: tuple[str, ...] = ()
    accounts: list[tuple[str, str, str]] = field(default_factory=list)  # (candidate_id, role, login_email)
    certifications: dict[str, list[str]] = field(default_factory=dict)  # candidate_id -> names
    reason: str = ""
    deliver: str = "mailbox"
    checked: str = ""  # what the connection test found ("" when not tested)


@dataclass(frozen=True)
class ServerCheck:
    """What logging in found: the folders, and the authserv-ids heading the
    topmost Authentication-Results of recent INBOX mail (most frequent first)."""

    folders: list[str]
    authserv_ids: list[tuple[str, int]]
    looked_at: int


def keyring_problem() -> str | None:
    """Why the system keyring cannot be offered here (None: a usable backend is present)."""
    from certmerge_mail.adapters import keyring_store
    from certmerge_mail.errors import CredentialError

    try:
        keyring_store.backend_name()
    except CredentialError as exc:
        return str(exc).splitlines()[0]
    return None


def connect_and_look(a: "Answers") -> ServerCheck:
    """Log in with the answers so far, list the folders, read the topmost
    Authentication-Results of the last 20 INBOX mails.  Raises CertmergeError."""
    from certmerge_mail.core.sender import authserv_id
    from certmerge_mail.service import open_mailbox

    from dataclasses import replace

    # Only [imap] matters here; the accounts are asked afterwards.
    stand_in = [("AWS00000001", "keep", a.address), ("AWS00000002", "merge", "stand-in@example.invalid")]
    settings = config.parse(render(replace(a, accounts=a.accounts or stand_in)), "<init>", require_imap=True)
    mailbox = open_mailbox(settings)
    mailbox.connect()
    try:
        listing = mailbox.list_folders()
        headers = mailbox.recent_headers(settings.imap.inbox, "Authentication-Results", 20)
    finally:
        mailbox.logout()
    special = ("\\sent", "\\drafts", "\\trash", "\\junk", "\\archive")
    folders = [name + "".join(f" ({f})" for f in flags if f.lower() in special) for flags, name in listing]
    counts: dict[str, int] = {}
    for values in headers:
        if values:
            ident = authserv_id(values[0])
            if ident:
                counts[ident] = counts.get(ident, 0) + 1
    return ServerCheck(folders, sorted(counts.items(), key=lambda kv: -kv[1]), len(headers))


PASSWORD_WAYS = ("command", "keyring", "env", "oauth2")


def interview(ask: Asker, env=os.environ, *, connect: Callable[[Answers], ServerCheck] | None = None,
              keyring_check: Callable[[], str | None] = keyring_problem) -> Answers:
    a = Answers()
    ask.say("certmerge-mail init: a few questions; an empty answer takes the default in [brackets].\n")
    a.name = ask.ask("Your name (it signs the English replies drafted for you)")
    a.address = ask.ask("Your e-mail address (where the AWS Support mail arrives)", check=_email).lower()
    a.language = ask.choose("Language of digests and reminders", ("en", "ja"), "en")
    a.timezone = ask.ask("Your time zone (an IANA name like Asia/Tokyo)", system_timezone(env),
                         check=lambda t: None if _valid_timezone(t) else f"{t!r} is not an IANA time zone name")

    found = None
    for _attempt in range(5):
        _server(ask, a, keyring_check)
        if connect is None:
            break
        if a.password_key == "password_keyring":
            ask.say("  (the connection is tested by `certmerge-mail login`, which stores the password)")
            break
        ask.say(f"\nLogging in to {a.host}:{a.port} as {a.username}...")
        try:
            found = connect(a)
        except CertmergeError as exc:
            ask.say("  that did not work: " + "\n  ".join(str(exc).splitlines()))
            if ask.yes("Change the server settings and try again?", default=True):
                continue
            ask.say("  the file is written as it is; run `certmerge-mail check` once it is fixed")
            break
        a.checked = f"logged in to {a.host}; folders: {', '.join(found.folders)}"
        ask.say(f"  logged in. Folders: {', '.join(found.folders)}")
        break
    _trust(ask, a, found)
    _accounts(ask, a)
    ask.say("\nWhy you have several accounts: AWS Support asks for it, and `certmerge-mail request` puts it in\n"
            "  the text of the contact form.")
    a.reason = ask.ask("The reason for the merge", DEFAULT_REASON)
    ask.say("\nWhere the daily digest and the reminders go:\n"
            "  mailbox: into your inbox, as a mail (for the background service)\n"
            "  stdout:  printed by the process (when you run it in a terminal)")
    a.deliver = ask.choose("Deliver to", ("mailbox", "stdout"), "mailbox")
    return a


DEFAULT_REASON = "I created a second AWS Certification account with another e-mail address by mistake."


def _server(ask: Asker, a: Answers, keyring_check: Callable[[], str | None]) -> None:
    provider = guess_provider(a.address)
    ask.say("\nThe IMAP server of that mailbox.")
    if provider.note:
        ask.say(f"  {provider.note}")
    retry = bool(a.host)  # asked again after a failed login: the last answers are the defaults
    if not provider.known and not retry:
        ask.say(f"  certmerge-mail does not know the server of {a.address.rpartition('@')[2]}: your provider's "
                f"help pages name it (often {provider.host}); the login is tested before anything is written")
    a.host = ask.ask("IMAP server", a.host or (provider.host if provider.known else None))
    if a.host != provider.host:
        provider = Provider(a.host, security=a.security if retry else "tls")
    a.security = ask.choose("Connection security (plain: only to this machine)",
                            ("tls", "starttls", "plain"), provider.security)
    while a.security == "plain" and not config.is_loopback(a.host):
        ask.say(f"  plain would send your password unencrypted, and {a.host} is not this machine")
        a.security = ask.choose("Connection security", ("tls", "starttls", "plain"), "tls")
    a.port = int(ask.ask("IMAP port", str(provider.port if a.security == provider.security else IMAP_PORTS[a.security]),
                         check=_port))
    a.username = ask.ask("IMAP user name", a.username or a.address)
    a.authserv_ids = provider.authserv_ids

    no_keyring = keyring_check()
    ways = tuple(w for w in PASSWORD_WAYS if w != "keyring" or no_keyring is None)
    ask.say("\nHow should certmerge-mail get the IMAP password?\n"
            "  command: a command that prints it, e.g. from a password manager (recommended; run by sh -c)\n"
            + ("  keyring: the system keyring (store it there with `certmerge-mail login` afterwards)\n"
               if no_keyring is None else f"  (keyring: not offered: {no_keyring})\n")
            + "  env:     an environment variable\n"
            "  oauth2:  a command that prints an OAuth2 access token (XOAUTH2 login)")
    way = ask.choose("Password from", ways, provider.password if provider.password in ways else "command")
    if way == "command":
        a.password_key = "password_command"
        a.password_value = ask.ask("Command that prints the password",
                                   f"pass show mail/{a.address.rpartition('@')[2]}", check=_command)
    elif way == "keyring":
        a.password_key, a.password_value = "password_keyring", ""
    elif way == "env":
        a.password_key = "password_env"
        a.password_value = ask.ask("Environment variable holding the password", "CERTMERGE_IMAP_PASSWORD",
                                   check=lambda v: None if ENV_NAME.fullmatch(v) else
                                   "write only the variable's name, like CERTMERGE_IMAP_PASSWORD")
    else:
        a.password_key = "oauth2_token_command"
        a.password_value = ask.ask("Command that prints an OAuth2 access token", check=_command)



def _accounts(ask: Asker, a: Answers) -> None:
    ask.say("\nYour AWS Certification accounts: the one to keep, and the ones merged into it.\n"
            "  (The candidate ID is in the profile of each AWS Certification account.)")
    keep = normalise_candidate_id(ask.ask("Candidate ID of the account to KEEP", check=_candidate))
    a.accounts.append((keep, "keep", ask.ask("Login e-mail of that account", a.address, check=_email).lower()))
    a.certifications[keep] = _certifications(ask, "kept")
    while True:
        number = sum(1 for _, role, _ in a.accounts if role == "merge") + 1
        label = "Candidate ID of the account to MERGE into it" + (f" (number {number})" if number > 1 else "")
        used = {cid for cid, _, _ in a.accounts}

        def check(answer: str, used=used) -> str | None:
            problem = _candidate(answer)
            if problem is None and normalise_candidate_id(answer) in used:
                return f"{normalise_candidate_id(answer)} is already one of the accounts above"
            return problem

        merge = normalise_candidate_id(ask.ask(label, check=check))
        a.accounts.append((merge, "merge", ask.ask("Login e-mail of that account", check=_email).lower()))
        a.certifications[merge] = _certifications(ask, "merged")
        if not ask.yes("Another account to merge into the same one?", default=False):
            break
    others = [login for _, _, login in a.accounts if login != a.address]
    if others and ask.yes(f"Do you still receive mail at {', '.join(dict.fromkeys(others))}?", default=False):
        a.other_addresses = list(dict.fromkeys(others))


def _certifications(ask: Asker, which: str) -> list[str]:
    """The certifications on one account, comma-separated ("none": none)."""
    hint = ("the badges of these move to the kept account: the case waits for them" if which == "merged"
            else "listed in the after-merge checklist")
    answer = ask.ask(f"Certifications on that account, comma-separated ({hint}; none for none)", "none")
    if answer.strip().lower() in ("none", "-", "なし"):
        return []
    return [" ".join(c.split()) for c in answer.split(",") if c.strip()]


def _trust(ask: Asker, a: Answers, found: ServerCheck | None) -> None:
    """[trust] authserv_ids: what recent INBOX mail shows, confirmed by you."""
    ask.say("\nWhose sender checks to believe: the authserv-id your provider writes at the head of the\n"
            "  topmost Authentication-Results header (headers below it may be forged by the sender).")
    if found is not None and found.authserv_ids:
        seen = ", ".join(f"{ident} (in {n} of the last {found.looked_at} INBOX mails)"
                         for ident, n in found.authserv_ids)
        ask.say(f"  found: {seen}")
        default = found.authserv_ids[0][0]
    elif found is not None:
        ask.say(f"  no Authentication-Results header in the last {found.looked_at} INBOX mails")
        default = a.authserv_ids[0] if a.authserv_ids else "none"
    else:
        default = a.authserv_ids[0] if a.authserv_ids else "none"
    answer = ask.ask("authserv-id to trust (none: believe the topmost header)", default)
    a.authserv_ids = () if answer.lower() == "none" else tuple(x.strip() for x in answer.split(",") if x.strip())


def _command(answer: str) -> str | None:
    import shlex

    try:
        return None if shlex.split(answer) else "write the command"
    except ValueError as exc:
        return f"the command cannot be split into words ({exc}): check its quotes"


# --------------------------------------------------------------------------
# Writing


def _q(value: str) -> str:
    """A TOML basic string."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _list(values) -> str:
    return "[" + ", ".join(_q(v) for v in values) + "]"


def render(a: Answers) -> str:
    if a.password_key == "password_keyring":
        password = ("# The password is in the system keyring: store it with `certmerge-mail login`.\n"
                    "password_keyring = true")
    elif a.password_key == "password_command":
        password = ("# A command that prints the password on its first line (run by sh -c: ~ and pipes work).\n"
                    f"password_command = {_q(a.password_value)}")
    elif a.password_key == "password_env":
        password = ("# The environment variable holding the password (set it where the service runs,\n"
                    "# e.g. Environment= in the systemd unit, or `systemctl --user edit certmerge-mail`).\n"
                    f"password_env = {_q(a.password_value)}")
    else:
        password = ("# A command that prints an OAuth2 access token; the login uses XOAUTH2.\n"
                    f"oauth2_token_command = {_q(a.password_value)}")
    authserv = (f"authserv_ids = {_list(a.authserv_ids)}" if a.authserv_ids else
                '# authserv_ids = ["mx.example.com"]')
    accounts = []
    for candidate_id, role, login in a.accounts:
        accounts.append(
            "[[accounts]]\n"
            f"candidate_id = {_q(candidate_id)}\n"
            f"role = {_q(role)}\n"
            f"login_email = {_q(login)}\n"
            + (f"certifications = {_list(a.certifications[candidate_id])}\n" if a.certifications.get(candidate_id)
               else "# The certifications on this account, as on your transcript, e.g.\n"
                    '# certifications = ["AWS Certified Solutions Architect - Associate"]\n')
        )
    emails = [a.address, *a.other_addresses]
    return f"""\
# certmerge-mail configuration, written by `certmerge-mail init`.
# Every key is explained in config.example.toml (`certmerge-mail init --example` prints it).
# Check this file with `certmerge-mail check`.
# Durations are strings like "2d" or "36h"; times of day "08:00", in [you] timezone.

[imap]
host = {_q(a.host)}
port = {a.port}
# "tls", "starttls", or "plain" (only to this machine).
security = {_q(a.security)}
username = {_q(a.username)}
{password}
# Sent and Drafts are found through the server's SPECIAL-USE flags; if that
# fails, name them: sent = "Sent", drafts = "Drafts".
# A private CA for the server's certificate: ca_file = "~/certs/my-ca.pem"

[you]
# Signs the English replies drafted for you.
name = {_q(a.name)}
# Every address you receive mail at, so your own replies are recognised.
emails = {_list(emails)}
# Digests and reminders in "en" or "ja" (replies to AWS are always English).
language = {_q(a.language)}
timezone = {_q(a.timezone)}

# Your AWS Certification accounts: one "keep", the others "merge" into it.
{chr(10).join(accounts)}
[reminders]
# Defaults: support_silence = "2d", your_reply = "12h", merge_completion = "3d",
# credly_badge = "2d", repeat = "1d".  No reminders at night, for example:
# quiet_hours = "22:00-08:00"

[digest]
# The daily summary, at this time.  deliver: "stdout", "mailbox" (into your
# inbox; the best choice for the background service), "file", "smtp".
at = "08:00"
deliver = [{_q(a.deliver)}]

[trust]
# Only mail whose sender your provider verified (DKIM/DMARC) moves the case.
# authserv_ids: the first word of your provider's Authentication-Results
# header; unset means the topmost such header is believed.
{authserv}
require_verified_sender = true

[merge]
# Why you have several accounts, for the drafted request to AWS Support.
{f"reason = {_q(a.reason)}" if a.reason else '# reason = "I created a second account with my former employer' + "'" + 's e-mail address."'}

[state]
# Where certmerge-mail keeps what it has seen (default ~/.local/state/certmerge-mail/).
# path = "~/.local/state/certmerge-mail/state.sqlite3"
"""


def write_config(path: Path, text: str, *, force: bool) -> None:
    """Write `text` to `path` with mode 0600 (atomically: a temporary file renamed)."""
    if path.exists() and not force:
        raise UsageError(
            f"{path} already exists; init does not overwrite a configuration",
            fix="edit that file, or run `certmerge-mail init --force` to replace it, "
            "or `certmerge-mail init --config OTHER.toml` to write another one",
        )
    if path.is_dir():
        raise UsageError(f"{path} is a directory", fix="give the path of a file, like ~/.config/certmerge-mail/config.toml")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot be written ({exc.strerror})",
                         fix=f"check the permissions of {path.parent}") from None


def example_text() -> str:
    """config.example.toml, as installed with the package."""
    from importlib.resources import files

    return files("certmerge_mail").joinpath("config.example.toml").read_text(encoding="utf-8")


def run(args) -> int:
    if args.example:
        sys.stdout.write(example_text())
        return 0
    path = Path(args.config or config.default_config_path()).expanduser().absolute()
    if path.exists() and not args.force:
        write_config(path, "", force=False)  # raises the refusal before any question
    if args.answers:
        try:
            stream = open(args.answers, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"--answers {args.answers}: cannot be read ({exc.strerror})",
                             fix="give a text file with one answer per line") from None
    else:
        stream = sys.stdin
    try:
        answers = interview(Asker(stream, sys.stderr), connect=None if args.no_connect else connect_and_look)
    finally:
        if stream is not sys.stdin:
            stream.close()
    text = render(answers)
    try:
        config.parse(text, str(path))  # exactly the checks `check` makes
    except ConfigError as exc:  # pragma: no cover - the questions validate every answer
        raise ConfigError(f"init produced an invalid configuration (a bug; please report it):\n{exc}") from None
    write_config(path, text, force=args.force)
    config.load(path)

    where = "" if path == config.default_config_path().absolute() else f" --config {path}"
    print(f"wrote {path} (readable only by you)")
    if answers.checked:
        print(answers.checked)
    print("next:")
    if answers.password_key == "password_keyring":
        print(f"  certmerge-mail{where} login            store the IMAP password in the system keyring")
    elif answers.password_key == "password_env":
        print(f"  export {answers.password_value}=...        (in the environment certmerge-mail runs in)")
    print(f"  certmerge-mail{where} check            log in and find your folders")
    print(f"  certmerge-mail{where} run --once       read the mailbox once")
    print(f"  certmerge-mail{where} install-service  keep it running in the background (systemd)")
    return 0
