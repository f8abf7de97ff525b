"""The sections of config.toml: the keys each allows, and their checks."""

from __future__ import annotations

import difflib
import shlex
from datetime import time, timedelta
from typing import Any
from zoneinfo import available_timezones

from certmerge_mail.config.locations import PathResolver
from certmerge_mail.config.values import (
    ENV_NAME,
    Problems,
    Table,
    describe,
    header,
    is_loopback,
    parse_quiet_hours,
    show,
    valid_email,
    valid_timezone,
)
from certmerge_mail.core.ids import normalise_candidate_id
from certmerge_mail.core.settings import (
    Account,
    Credentials,
    DigestSettings,
    ImapSettings,
    MergeRequest,
    Reminders,
    Secret,
    SmtpSettings,
    Trust,
    You,
    keyring_entry,
)

# The keys each section allows.  Everything else is reported as unknown.
CREDENTIAL_KEYS = ("password", "password_command", "password_env", "password_keyring", "oauth2_token_command")

# The keys of which exactly one says where the password comes from.
PASSWORD_SOURCES = ("password", "password_command", "password_env", "password_keyring")
SECTION_KEYS: dict[str, tuple[str, ...]] = {
    "imap": (
        "host", "port", "security", "username", *CREDENTIAL_KEYS, "inbox", "sent", "drafts", "junk",
        "ca_file", "poll_interval", "idle_timeout", "lookback",
    ),
    "smtp": ("host", "port", "security", "username", *CREDENTIAL_KEYS, "ca_file"),
    "you": ("name", "emails", "language", "timezone"),
    "accounts": ("candidate_id", "role", "login_email", "notification_email", "certifications"),
    "reminders": (
        "acknowledgement", "support_silence", "your_reply", "merge_completion", "credly_badge", "repeat",
        "quiet_hours",
    ),
    "digest": ("at", "deliver", "file"),
    "trust": ("authserv_ids", "require_verified_sender"),
    "merge": ("reason",),
    "state": ("path",),
    "templates": ("dir",),
}

SECURITY_MODES = ("tls", "starttls", "plain")
IMAP_PORTS = {"tls": 993, "starttls": 143, "plain": 143}
SMTP_PORTS = {"tls": 465, "starttls": 587, "plain": 25}
LANGUAGES = ("en", "ja")
ROLES = ("keep", "merge")
DELIVERY_MODES = ("mailbox", "smtp", "file", "stdout")
MAX_IDLE_TIMEOUT = timedelta(minutes=29)


def section(problems: Problems, data: dict[str, Any], name: str, *, required: bool = False) -> dict[str, Any] | None:
    if name not in data:
        if required:
            needs = {"imap": "host, username and a password setting", "you": "name and emails"}[name]
            problems.add(name, f"missing required section [{name}]", f"add a [{name}] section with {needs}; see config.example.toml")
        return None
    value = data[name]
    if not isinstance(value, dict):
        problems.add(name, f"expected a [{name}] section, got {describe(value)}", f"write it as a [{name}] section with one key per line; see config.example.toml")
        return None
    _check_keys(problems, value, name, SECTION_KEYS[name])
    return value


def check_top_level(problems: Problems, data: dict[str, Any]) -> None:
    for key in data:
        if key in SECTION_KEYS:
            continue
        if isinstance(data[key], dict):
            suggestion = difflib.get_close_matches(key, SECTION_KEYS, n=1)
            fix = f"did you mean [{suggestion[0]}]? Rename it" if suggestion else "remove it"
            problems.add(key, f"unknown section [{key}]", f"{fix}; the sections are {_section_list()}")
        else:
            _report_unknown(problems, key, "", tuple(SECTION_KEYS))


def _section_list() -> str:
    return ", ".join("[[accounts]]" if name == "accounts" else f"[{name}]" for name in SECTION_KEYS)


def _check_keys(problems: Problems, table: dict[str, Any], where: str, known: tuple[str, ...]) -> None:
    for key in table:
        if key not in known:
            _report_unknown(problems, key, where, known)


def _report_unknown(problems: Problems, key: str, where: str, known: tuple[str, ...]) -> None:
    label = f"{where}.{key}" if where else key
    place = header(where) if where else "the top level"
    if key == "templates_dir":
        problems.add(label, f"unknown key {show(key)}", "write it as dir = ... in a [templates] section")
        return
    suggestion = difflib.get_close_matches(key, known, n=1)
    homes = [name for name, keys in SECTION_KEYS.items() if key in keys and name != where]
    if suggestion:
        problem = f"unknown key {show(key)} in {place}"
        fix = f"did you mean {show(suggestion[0])}? Rename it to {suggestion[0]}"
    elif homes:
        problem = f"unknown key {show(key)} in {place}; it belongs in {header(homes[0])}"
        fix = f"move it into {header(homes[0])} (keys written after a [section] header belong to that section)"
    else:
        problem = f"unknown key {show(key)} in {place}"
        allowed = ", ".join(known) if where else _section_list()
        fix = f"remove it; {place} allows {allowed}"
    problems.add(label, problem, fix)


def _parse_server(table: Table, ports: dict[str, int]) -> tuple[str | None, str | None, int | None]:
    """host, security and port, shared by [imap] and [smtp]."""
    host = table.string("host", required=True, example='"imap.example.com"')
    security = table.choice("security", SECURITY_MODES, "tls")
    port = table.integer("port", example=str(ports.get(security or "tls")))
    if port is not None and not 1 <= port <= 65535:
        table.report("port", f"{port} is not a port number", f"use a number from 1 to 65535 (usually {ports['tls']} for tls or {ports['starttls']} for starttls)")
        port = None
    elif port is None and not table.has("port") and security is not None:
        port = ports[security]
    if security == "plain" and host is not None and not is_loopback(host):
        table.report(
            "security",
            f'"plain" sends your password unencrypted, and {show(host)} is not this machine (loopback)',
            f'use security = "tls" (port {ports["tls"]}) or security = "starttls" (port {ports["starttls"]})',
        )
        security = None
    return host, security, port


def _parse_credentials(table: Table, *, needed: bool, entry: str | None = None) -> Credentials | None:
    """The password settings of [imap] or [smtp]; `needed` when a login happens;
    `entry` is the keyring entry name for password_keyring = true."""
    start = len(table.problems.lines)
    password = table.string("password", secret=True, example='"..." (better: password_command)')
    command = table.string("password_command", example='"pass show mail/imap"')
    env_name = table.string("password_env", example='"CERTMERGE_IMAP_PASSWORD"')
    use_keyring = table.boolean("password_keyring", default=False)
    oauth2 = table.string("oauth2_token_command", example='"oauth2-token --account me"')

    for name, value in (("password_command", command), ("oauth2_token_command", oauth2)):
        if value is not None:
            try:
                shlex.split(value)
            except ValueError as exc:
                table.report(name, f"cannot be split into a program and its arguments ({exc})", "check the quotes in the command")
    if env_name is not None and not ENV_NAME.fullmatch(env_name):
        # The value is not shown: people sometimes put the password itself here.
        table.report("password_env", "is not an environment variable name", 'write only the variable\'s name, like password_env = "CERTMERGE_IMAP_PASSWORD"')

    # password_keyring = false is the same as leaving it out.
    given = [name for name in PASSWORD_SOURCES
             if table.has(name) and not (name == "password_keyring" and table.data[name] is False)]
    if len(given) > 1:
        keys = ", ".join(table.key(name) for name in given)
        both = "both" if len(given) == 2 else "all"
        table.problems.add(keys, f"{' and '.join(given)} are {both} set; only one may be", f"keep one of them in {header(table.where)} and remove the others")
    elif given and table.has("oauth2_token_command"):
        table.problems.add(
            f"{table.key(given[0])}, {table.key('oauth2_token_command')}",
            f"{given[0]} and oauth2_token_command are both set; OAuth2 login uses only the token",
            f"remove {given[0]} (for OAuth2) or oauth2_token_command (for a password login)",
        )
    elif not given and not table.has("oauth2_token_command") and needed:
        table.report(
            "password",
            "no password setting",
            f'add one of password_command = "pass show mail/{table.where}" (recommended), '
            f'password_env = "CERTMERGE_{table.where.upper()}_PASSWORD", password_keyring = true '
            f'(then run `certmerge-mail login`) or password = "..." '
            f"(or oauth2_token_command for OAuth2) to {header(table.where)}",
        )
    if len(table.problems.lines) > start:
        return None
    return Credentials(
        password=Secret(password) if password is not None else None,
        password_command=command,
        password_env=env_name,
        oauth2_token_command=oauth2,
        keyring_entry=entry if use_keyring else None,
    )


def _entry(kind: str, username: str | None, host: str | None) -> str | None:
    return keyring_entry(kind, username, host) if username and host else None


def parse_imap(problems: Problems, data: dict[str, Any] | None, paths: PathResolver) -> ImapSettings | None:
    if data is None:
        return None
    table = Table(problems, data, "imap")
    host, security, port = _parse_server(table, IMAP_PORTS)
    username = table.string("username", required=True, example='"you@example.com"')
    credentials = _parse_credentials(table, needed=True, entry=_entry("imap", username, host))
    inbox = table.string("inbox", example='"INBOX"', default="INBOX")
    sent = table.string("sent", example='"Sent"')
    drafts = table.string("drafts", example='"Drafts"')
    junk = table.string("junk", example='"Junk"')
    ca_file = paths.resolve(table.string("ca_file", example='"~/certs/my-ca.pem"'))
    poll_interval = table.duration("poll_interval", default=timedelta(minutes=5))
    idle_timeout = table.duration("idle_timeout", default=timedelta(minutes=24))
    lookback = table.duration("lookback", default=timedelta(days=180))
    if idle_timeout is not None and idle_timeout >= MAX_IDLE_TIMEOUT:
        table.report(
            "idle_timeout",
            "must be shorter than 29m (servers may drop an IDLE connection after 30 minutes)",
            'use idle_timeout = "24m" (the default) or less',
        )
    if not table.clean:
        return None
    return ImapSettings(
        host=host, port=port, security=security, username=username, credentials=credentials,
        inbox=inbox, sent=sent, drafts=drafts, junk=junk, ca_file=ca_file,
        poll_interval=poll_interval, idle_timeout=idle_timeout, lookback=lookback,
    )  # type: ignore[arg-type]


def parse_smtp(problems: Problems, data: dict[str, Any] | None, paths: PathResolver) -> SmtpSettings | None:
    if data is None:
        return None
    table = Table(problems, data, "smtp")
    host, security, port = _parse_server(table, SMTP_PORTS)
    username = table.string("username", example='"you@example.com"')
    credentials = _parse_credentials(table, needed=username is not None, entry=_entry("smtp", username, host))
    if username is None and any(table.has(name) for name in CREDENTIAL_KEYS):
        table.missing("username", '"you@example.com"')
    ca_file = paths.resolve(table.string("ca_file", example='"~/certs/my-ca.pem"'))
    if not table.clean:
        return None
    return SmtpSettings(
        host=host, port=port, security=security, username=username,
        credentials=credentials, ca_file=ca_file,
    )  # type: ignore[arg-type]


def _email(table: Table, name: str, *, example: str, required: bool = False) -> str | None:
    value = table.string(name, example=example, required=required)
    if value is None:
        return None
    if not valid_email(value):
        table.report(name, f"{show(value)} is not an e-mail address", f"write only the address, like {name} = {example}")
        return None
    return value.lower()


def parse_you(problems: Problems, data: dict[str, Any] | None) -> You | None:
    if data is None:
        return None
    table = Table(problems, data, "you")
    name = table.string("name", required=True, example='"Hanako Yamada"')
    emails_example = '["hanako.yamada@example.jp"]'
    emails = table.strings("emails", example=emails_example)
    if not table.has("emails"):
        table.missing("emails", emails_example)
    elif emails is not None and not emails:
        table.report("emails", "is an empty list", f"list the addresses you receive mail at, like emails = {emails_example}")
    elif emails is not None:
        for index, address in enumerate(emails, start=1):
            if not valid_email(address):
                problems.add(f"you.emails[{index}]", f"{show(address)} is not an e-mail address", f"write only the address, like emails = {emails_example}")
    language = table.choice("language", LANGUAGES, "en")
    timezone = table.string("timezone", example='"Asia/Tokyo"', default="UTC")
    if timezone is not None and not valid_timezone(timezone):
        suggestion = difflib.get_close_matches(timezone, sorted(available_timezones()), n=1)
        hint = f"did you mean {show(suggestion[0])}? Otherwise write" if suggestion else "write"
        table.report("timezone", f"{show(timezone)} is not an IANA time zone name", f'{hint} a name like "Asia/Tokyo", "Europe/London" or "UTC"')
    if not table.clean:
        return None
    unique = tuple(dict.fromkeys(address.lower() for address in emails))
    return You(name=name, emails=unique, language=language, timezone=timezone)  # type: ignore[arg-type]


def parse_accounts(problems: Problems, data: dict[str, Any]) -> tuple[Account, ...]:
    example = "see config.example.toml: one [[accounts]] table per AWS Certification account"
    if "accounts" not in data:
        problems.add("accounts", "missing required [[accounts]] tables", f"add one [[accounts]] with role = \"keep\" and one or more with role = \"merge\"; {example}")
        return ()
    value = data["accounts"]
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        got = "a single [accounts] table" if isinstance(value, dict) else describe(value)
        problems.add("accounts", f"expected [[accounts]] tables (double brackets), got {got}", f"start each account with [[accounts]]; {example}")
        return ()
    start = len(problems.lines)
    accounts = [_parse_account(problems, item, f"accounts[{number}]") for number, item in enumerate(value, start=1)]
    _check_roles(problems, accounts)
    if len(problems.lines) > start:
        return ()
    return tuple(accounts)  # type: ignore[arg-type]


def _parse_account(problems: Problems, data: dict[str, Any], where: str) -> Account | None:
    _check_keys(problems, data, where, SECTION_KEYS["accounts"])
    table = Table(problems, data, where)
    candidate_id = table.string("candidate_id", required=True, example='"AWS01234567"')
    if candidate_id is not None:
        normalised = normalise_candidate_id(candidate_id)
        if normalised is not None:
            candidate_id = normalised
        else:
            table.report(
                "candidate_id",
                f"{show(candidate_id)} is not an AWS Certification candidate ID",
                'write "AWS" followed by 8 digits, like candidate_id = "AWS01234567" '
                "(it is shown in your AWS Certification account profile)",
            )
            candidate_id = None
    role = table.string("role", required=True, example='"keep"')
    if role is not None and role.lower() not in ROLES:
        table.report("role", f"{show(role)} is not a role", 'write role = "keep" (the account that stays) or role = "merge" (an account merged into it)')
    login = _email(table, "login_email", required=True, example='"hanako.yamada@example.jp"')
    notification = _email(table, "notification_email", example='"hanako.yamada@example.jp"')
    certifications = table.strings("certifications", example='["AWS Certified Solutions Architect - Associate"]')
    if not table.clean:
        return None
    return Account(
        candidate_id=candidate_id,  # type: ignore[arg-type]
        role=role.lower(),  # type: ignore[union-attr]
        login_email=login,  # type: ignore[arg-type]
        notification_email=notification or login,  # type: ignore[arg-type]
        certifications=certifications,  # type: ignore[arg-type]
    )


def _check_roles(problems: Problems, accounts: list[Account | None]) -> None:
    """Exactly one "keep", at least one "merge", no candidate ID twice (only
    checked when every account is otherwise valid, to avoid knock-on noise)."""
    if not accounts or any(account is None for account in accounts):
        return
    valid = [account for account in accounts if account is not None]
    keeps = [number for number, account in enumerate(valid, start=1) if account.role == "keep"]
    if not keeps:
        problems.add("accounts", 'no account has role = "keep"', 'set role = "keep" on the account the others are merged into')
    elif len(keeps) > 1:
        labels = " and ".join(f"accounts[{number}]" for number in keeps)
        problems.add(f"accounts[{keeps[1]}].role", f'{labels} all have role = "keep"; only one may', 'keep one role = "keep" and set the others to role = "merge"')
    if not any(account.role == "merge" for account in valid):
        problems.add("accounts", 'no account has role = "merge"', 'add an [[accounts]] table with role = "merge" for each account to merge into the kept one')
    first_seen: dict[str, int] = {}
    for number, account in enumerate(valid, start=1):
        if account.candidate_id in first_seen:
            problems.add(
                f"accounts[{number}].candidate_id",
                f"{account.candidate_id} is already used by accounts[{first_seen[account.candidate_id]}]",
                "each [[accounts]] table describes a different account: correct or remove one of them",
            )
        else:
            first_seen[account.candidate_id] = number


def parse_reminders(problems: Problems, data: dict[str, Any] | None) -> Reminders | None:
    table = Table(problems, data or {}, "reminders")
    defaults = Reminders()
    values = {
        name: table.duration(name, default=getattr(defaults, name))
        for name in ("acknowledgement", "support_silence", "your_reply", "merge_completion", "credly_badge", "repeat")
    }
    quiet = table.string("quiet_hours", example='"22:00-08:00"')
    quiet_hours = None
    if quiet is not None:
        try:
            quiet_hours = parse_quiet_hours(quiet)
        except ValueError:
            table.report(
                "quiet_hours",
                f"{show(quiet)} is not a time range",
                'write "START-END" in 24-hour HH:MM, like quiet_hours = "22:00-08:00" (it may cross midnight)',
            )
    if not table.clean:
        return None
    return Reminders(quiet_hours=quiet_hours, **values)  # type: ignore[arg-type]


def parse_digest(
    problems: Problems,
    data: dict[str, Any] | None,
    paths: PathResolver,
    *,
    have_smtp: bool,
    have_imap: bool,
) -> DigestSettings | None:
    table = Table(problems, data or {}, "digest")
    at = table.clock("at", default=time(8, 0))
    example = '["stdout"]'
    deliver = table.strings("deliver", example=example, default=("stdout",))
    file = paths.resolve(table.string("file", example='"~/certmerge-digest.txt"'))
    if deliver is not None:
        allowed = ", ".join(show(mode) for mode in DELIVERY_MODES)
        if not deliver:
            table.report("deliver", "is an empty list", f"list at least one of {allowed}, like deliver = {example}")
        for index, mode in enumerate(deliver, start=1):
            if mode.lower() not in DELIVERY_MODES:
                problems.add(f"digest.deliver[{index}]", f"{show(mode)} is not a delivery mode", f"use {allowed}")
        deliver = tuple(dict.fromkeys(mode.lower() for mode in deliver))
        if "file" in deliver and file is None:
            table.report("file", 'deliver includes "file" but no file is given', 'add file = "~/certmerge-digest.txt" to [digest]')
        if "smtp" in deliver and not have_smtp:
            table.report("deliver", 'includes "smtp" but there is no [smtp] section', 'add an [smtp] section (host, port, security, username, password setting), or remove "smtp"')
        if "mailbox" in deliver and not have_imap:
            table.report("deliver", 'includes "mailbox" but there is no [imap] section', 'add an [imap] section, or remove "mailbox"')
    if not table.clean:
        return None
    return DigestSettings(at=at, deliver=deliver, file=file)  # type: ignore[arg-type]


def parse_trust(problems: Problems, data: dict[str, Any] | None) -> Trust | None:
    table = Table(problems, data or {}, "trust")
    ids = table.strings("authserv_ids", example='["mx.google.com"]')
    verified = table.boolean("require_verified_sender", default=True)
    if ids is None or verified is None:
        return None
    return Trust(authserv_ids=ids, require_verified_sender=verified)


def parse_merge(problems: Problems, data: dict[str, Any] | None) -> MergeRequest | None:
    table = Table(problems, data or {}, "merge")
    if table.has("reason") and table.data["reason"] == "":
        return MergeRequest()
    reason = table.string("reason", example='"I changed employers and now have two accounts."', default="")
    return None if reason is None else MergeRequest(reason=reason)
