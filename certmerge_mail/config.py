"""Read config.toml and turn it into `certmerge_mail.core.settings.Settings`.

`load(path)` reads the file; `parse(text, source)` does all the checking and
does no I/O, so tests can feed it strings.  Checking happens once and collects
every problem; they are reported together in one `ConfigError`, one line per
problem, each line naming the file, the key (dotted, like `imap.port` or
`accounts[2].candidate_id` -- [[accounts]] tables are numbered from 1, in the
order they appear in the file) and the fix.

Passwords become `Secret`; no error message ever shows a password value.

`parse_duration` and `parse_clock` are public: other modules reuse them for
the same formats.
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import os
import re
import shlex
import stat
import sys
import tomllib
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from certmerge_mail.core.ids import normalise_candidate_id
from certmerge_mail.core.settings import (
    Account,
    Credentials,
    DigestSettings,
    ImapSettings,
    MergeRequest,
    Reminders,
    Secret,
    Settings,
    SmtpSettings,
    Trust,
    You,
    keyring_entry,
)
from certmerge_mail.errors import ConfigError

APP = "certmerge-mail"

# The keys each section allows.  Everything else is reported as unknown.
CREDENTIAL_KEYS = ("password", "password_command", "password_env", "password_keyring", "oauth2_token_command")
# The keys of which exactly one says where the password comes from.
PASSWORD_SOURCES = ("password", "password_command", "password_env", "password_keyring")
SECTION_KEYS: dict[str, tuple[str, ...]] = {
    "imap": (
        "host", "port", "security", "username", *CREDENTIAL_KEYS, "inbox", "sent", "drafts",
        "ca_file", "poll_interval", "idle_timeout", "lookback",
    ),
    "smtp": ("host", "port", "security", "username", *CREDENTIAL_KEYS, "ca_file"),
    "you": ("name", "emails", "language", "timezone"),
    "accounts": ("candidate_id", "role", "login_email", "notification_email", "certifications"),
    "reminders": (
        "support_silence", "your_reply", "merge_completion", "credly_badge", "repeat", "quiet_hours",
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

DURATION_FORMS = '"90s", "45m", "36h", "2d", "1w", or a combination like "1d12h"'
EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]+")
ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# --------------------------------------------------------------------------
# Default locations


def _home(env: Mapping[str, str]) -> Path:
    home = env.get("HOME") or env.get("USERPROFILE")
    return Path(home) if home else Path.home()


def _xdg_dir(env: Mapping[str, str], name: str) -> Path | None:
    """An XDG base directory variable, if set to an absolute path (the spec
    says relative values are to be ignored)."""
    value = env.get(name, "")
    return Path(value) if value and os.path.isabs(value) else None


def default_config_path(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    """Where the configuration file is, when none is given on the command line.

    `$CERTMERGE_CONFIG`; else `$XDG_CONFIG_HOME/certmerge-mail/config.toml`;
    else `~/.config/certmerge-mail/config.toml` (macOS: `~/Library/Application
    Support/certmerge-mail/config.toml`; Windows:
    `%APPDATA%\\certmerge-mail\\config.toml`).
    """
    explicit = env.get("CERTMERGE_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    xdg = _xdg_dir(env, "XDG_CONFIG_HOME")
    if xdg is not None:
        return xdg / APP / "config.toml"
    return _platform_dir(env, platform, "config") / APP / "config.toml"


def default_state_path(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    """Where the SQLite state lives unless [state] path says otherwise.

    `$XDG_STATE_HOME/certmerge-mail/state.sqlite3`; else
    `~/.local/state/certmerge-mail/state.sqlite3` (macOS: `~/Library/Application
    Support/certmerge-mail/state.sqlite3`; Windows:
    `%LOCALAPPDATA%\\certmerge-mail\\state.sqlite3`).
    """
    xdg = _xdg_dir(env, "XDG_STATE_HOME")
    if xdg is not None:
        return xdg / APP / "state.sqlite3"
    return _platform_dir(env, platform, "state") / APP / "state.sqlite3"


def _platform_dir(env: Mapping[str, str], platform: str, kind: str) -> Path:
    home = _home(env)
    if platform == "darwin":
        return home / "Library" / "Application Support"
    if platform == "win32":
        name = "APPDATA" if kind == "config" else "LOCALAPPDATA"
        fallback = home / "AppData" / ("Roaming" if kind == "config" else "Local")
        return Path(env[name]) if env.get(name) else fallback
    return home / ".config" if kind == "config" else home / ".local" / "state"


# --------------------------------------------------------------------------
# Public helpers for the value formats


def parse_duration(text: str) -> timedelta:
    """"90s", "45m", "36h", "2d", "1w" or combinations like "1d12h" -> timedelta.

    Raises ValueError (with the accepted forms in the message) otherwise; a
    bare number is not accepted, because its unit would be a guess.
    """
    if not isinstance(text, str):
        raise ValueError(f"a duration must be a string like {DURATION_FORMS}")
    cleaned = text.strip().lower()
    if not re.fullmatch(r"(?:\d+\s*[wdhms]\s*)+", cleaned):
        raise ValueError(f"invalid duration {_show(text)}: write {DURATION_FORMS}")
    units = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
    parts: dict[str, int] = {}
    for number, unit in re.findall(r"(\d+)\s*([wdhms])", cleaned):
        if units[unit] in parts:
            raise ValueError(f"invalid duration {_show(text)}: the unit {unit!r} appears twice")
        parts[units[unit]] = int(number)
    return timedelta(**parts)


def parse_clock(text: str) -> time:
    """A 24-hour "HH:MM" time of day ("08:00", "7:30", "23:59") -> time.

    Raises ValueError otherwise.
    """
    if not isinstance(text, str):
        raise ValueError('a time of day must be a string like "08:00"')
    match = re.fullmatch(r"([01]?[0-9]|2[0-3]):([0-5][0-9])", text.strip())
    if not match:
        raise ValueError(f'invalid time {_show(text)}: use 24-hour HH:MM from "00:00" to "23:59", like "08:00"')
    return time(int(match.group(1)), int(match.group(2)))


def _parse_quiet_hours(text: str) -> tuple[time, time]:
    cleaned = unicodedata.normalize("NFKC", text)
    parts = re.split(r"\s*[-–~]\s*", cleaned.strip())
    if len(parts) != 2:
        raise ValueError(f'invalid quiet hours {_show(text)}: write "START-END" in 24-hour time, like "22:00-08:00"')
    start, end = parse_clock(parts[0]), parse_clock(parts[1])
    if start == end:
        raise ValueError(f"invalid quiet hours {_show(text)}: start and end are the same time")
    return start, end


# --------------------------------------------------------------------------
# Loading


def load(
    path: str | os.PathLike[str] | None = None,
    *,
    require_imap: bool = True,
    env: Mapping[str, str] = os.environ,
) -> Settings:
    """Read and check a configuration file (default: `default_config_path()`)."""
    chosen_by_default = path is None
    file = default_config_path(env) if path is None else Path(path).expanduser()
    file = file.absolute()
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        how = (
            " (the default location; set $CERTMERGE_CONFIG or pass --config to use another file)"
            if chosen_by_default
            else ""
        )
        raise ConfigError(
            f"{file}: configuration file not found{how}",
            fix=f"run `certmerge-mail init` to create it, or copy config.example.toml to {file} and edit it",
        ) from None
    except IsADirectoryError:
        raise ConfigError(f"{file}: is a directory, not a configuration file", fix="point at the config.toml file inside it") from None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot be read ({exc.strerror})", fix=f"check the permissions of {file}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{file}: is not UTF-8 text (bad byte at offset {exc.start})",
            fix="save the file as UTF-8",
        ) from None
    return parse(text, str(file), require_imap=require_imap, env=env)


def parse(
    text: str,
    source: str = "config.toml",
    *,
    require_imap: bool = True,
    env: Mapping[str, str] = os.environ,
) -> Settings:
    """Check configuration text and build Settings, or raise one ConfigError
    listing every problem.  `source` names the file in messages, and relative
    paths are resolved against its directory."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(exc, source) from None

    problems = _Problems(source)
    base = Path(source).expanduser().absolute().parent
    paths = _PathResolver(base, env)

    _check_top_level(problems, data)
    imap = _parse_imap(problems, _section(problems, data, "imap", required=require_imap), paths)
    smtp = _parse_smtp(problems, _section(problems, data, "smtp"), paths)
    you = _parse_you(problems, _section(problems, data, "you", required=True))
    accounts = _parse_accounts(problems, data)
    reminders = _parse_reminders(problems, _section(problems, data, "reminders"))
    digest = _parse_digest(
        problems, _section(problems, data, "digest"), paths,
        have_smtp="smtp" in data, have_imap="imap" in data,
    )
    trust = _parse_trust(problems, _section(problems, data, "trust"))
    merge = _parse_merge(problems, _section(problems, data, "merge"))
    state = _Table(problems, _section(problems, data, "state") or {}, "state")
    state_path = paths.resolve(state.string("path", example='"~/.local/state/certmerge-mail/state.sqlite3"'))
    templates = _Table(problems, _section(problems, data, "templates") or {}, "templates")
    templates_dir = paths.resolve(templates.string("dir", example='"templates"'))

    problems.raise_if_any()
    return Settings(
        imap=imap,
        you=you,
        accounts=accounts,
        smtp=smtp,
        reminders=reminders,
        digest=digest,
        trust=trust,
        merge=merge,
        state_path=state_path or str(default_state_path(env)),
        templates_dir=templates_dir,
        source_path=source,
    )


def warn_if_world_readable(path: str | os.PathLike[str]) -> str | None:
    """A warning when the file holds a literal password and group or others
    may read it; None otherwise (and always on Windows, where modes mean
    nothing)."""
    file = Path(path)
    if os.name == "nt":
        return None
    try:
        mode = file.stat().st_mode
        data = tomllib.loads(file.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if not mode & (stat.S_IRGRP | stat.S_IROTH):
        return None
    sections = [name for name in ("imap", "smtp") if isinstance(data.get(name), dict) and "password" in data[name]]
    if not sections:
        return None
    where = " and ".join(f"[{name}]" for name in sections)
    return (
        f"warning: {file} holds a password ({where} password) and other users can read it "
        f"(mode {stat.filemode(mode)}); fix: chmod 600 {shlex.quote(str(file))} "
        f"(or use password_command / password_env instead of a password in the file)"
    )


# --------------------------------------------------------------------------
# Collecting problems


class _Problems:
    """Problems found so far; one line each: `file: key: problem; fix: fix`."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: list[str] = []

    def add(self, key: str, problem: str, fix: str) -> None:
        self.lines.append(f"{self.source}: {key}: {problem}; fix: {fix}")

    def raise_if_any(self) -> None:
        if not self.lines:
            return
        count = len(self.lines)
        header = f"{self.source}: the configuration has {count} problem{'s' if count > 1 else ''}:"
        error = ConfigError(
            "\n".join([header, *self.lines]),
            fix=f"correct each line above in {self.source}, then run `certmerge-mail check`",
        )
        error.problems = tuple(self.lines)  # type: ignore[attr-defined]
        raise error


def _syntax_error(exc: tomllib.TOMLDecodeError, source: str) -> ConfigError:
    message = str(exc)
    match = re.search(r"\s*\(at (line \d+, column \d+|end of document)\)$", message)
    where = match.group(1) if match else "somewhere"
    reason = message[: match.start()] if match else message
    error = ConfigError(
        f"{source}: {where}: TOML syntax error: {reason}",
        fix=(
            f"correct the TOML at {where} of {source} (strings need double quotes, sections look "
            "like [imap], each account starts with [[accounts]]); compare with config.example.toml"
        ),
    )
    return error


def _show(value: str, limit: int = 60) -> str:
    """A string value for a message, double-quoted and cut short."""
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return json.dumps(value, ensure_ascii=False)


def _describe(value: Any, *, secret: bool = False) -> str:
    """What a TOML value is, for 'expected X, got Y' (value hidden when secret)."""
    if isinstance(value, bool):
        kind, shown = "the boolean", "true" if value else "false"
    elif isinstance(value, str):
        kind, shown = "the string", _show(value)
    elif isinstance(value, int):
        kind, shown = "the integer", str(value)
    elif isinstance(value, float):
        kind, shown = "the number", repr(value)
    elif isinstance(value, list):
        return "a list"
    elif isinstance(value, dict):
        return "a table"
    elif isinstance(value, (datetime, date, time)):
        kind, shown = "the date/time", value.isoformat()
    else:  # pragma: no cover - tomllib yields nothing else
        return type(value).__name__
    if secret:
        return {"the string": "a string", "the integer": "an integer", "the boolean": "a boolean"}.get(
            kind, "a value"
        )
    return f"{kind} {shown}"


def _header(where: str) -> str:
    """How a section is written in the file, for fixes."""
    match = re.fullmatch(r"accounts\[(\d+)\]", where)
    if match:
        return f"the [[accounts]] table number {match.group(1)}"
    return f"[{where}]"


# --------------------------------------------------------------------------
# Reading values from one table


class _Table:
    """One TOML table with the section label used in messages ("imap",
    "accounts[2]").  Each reader checks the type and reports problems; on a
    problem it returns None (the settings are never built then)."""

    def __init__(self, problems: _Problems, data: dict[str, Any], where: str) -> None:
        self.problems = problems
        self.data = data
        self.where = where

    def key(self, name: str) -> str:
        return f"{self.where}.{name}"

    def has(self, name: str) -> bool:
        return name in self.data

    def report(self, name: str, problem: str, fix: str) -> None:
        self.problems.add(self.key(name), problem, fix)

    def missing(self, name: str, example: str) -> None:
        self.report(name, "missing required key", f"add {name} = {example} to {_header(self.where)}")

    def wrong_type(self, name: str, expected: str, example: str, *, secret: bool = False) -> None:
        got = _describe(self.data[name], secret=secret)
        self.report(name, f"expected {expected}, got {got}", f"write it like {name} = {example}")

    def string(
        self,
        name: str,
        *,
        example: str,
        required: bool = False,
        default: str | None = None,
        secret: bool = False,
    ) -> str | None:
        if name not in self.data:
            if required:
                self.missing(name, example)
            return default
        value = self.data[name]
        if not isinstance(value, str):
            self.wrong_type(name, "a string", example, secret=secret)
            return None
        if not value.strip():
            self.report(name, "is empty", f"write it like {name} = {example}, or remove the line")
            return None
        return value if secret else value.strip()

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str | None:
        example = _show(default)
        value = self.string(name, example=example, default=default)
        if value is None:
            return None
        if value.lower() not in choices:
            allowed = ", ".join(_show(c) for c in choices)
            self.report(name, f"{_show(value)} is not one of {allowed}", f"write one of {allowed}, like {name} = {example}")
            return None
        return value.lower()

    def integer(self, name: str, *, example: str, default: int | None = None) -> int | None:
        if name not in self.data:
            return default
        value = self.data[name]
        if isinstance(value, str) and value.strip().isdigit():
            self.report(name, f"expected an integer, got {_describe(value)}", f"remove the quotes: {name} = {value.strip()}")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.wrong_type(name, "an integer", example)
            return None
        return value

    def boolean(self, name: str, *, default: bool) -> bool | None:
        if name not in self.data:
            return default
        if not isinstance(self.data[name], bool):
            self.wrong_type(name, "true or false", "true")
            return None
        return self.data[name]

    def strings(self, name: str, *, example: str, default: tuple[str, ...] = ()) -> tuple[str, ...] | None:
        if name not in self.data:
            return default
        value = self.data[name]
        if not isinstance(value, list):
            self.wrong_type(name, "a list of strings", example)
            return None
        ok = True
        for index, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                got = _describe(item) if not isinstance(item, str) else "an empty string"
                self.problems.add(
                    f"{self.key(name)}[{index}]",
                    f"expected a non-empty string, got {got}",
                    f"write every entry in double quotes, like {name} = {example}",
                )
                ok = False
        return tuple(item.strip() for item in value) if ok else None

    def duration(self, name: str, *, default: timedelta) -> timedelta | None:
        if name not in self.data:
            return default
        value = self.data[name]
        example = _show(_format_duration(default))
        if isinstance(value, bool) or not isinstance(value, str):
            hint = " (a bare number is not accepted: add a unit)" if isinstance(value, (int, float)) else ""
            self.report(
                name,
                f"expected a duration string, got {_describe(value)}{hint}",
                f"write {DURATION_FORMS}, like {name} = {example}",
            )
            return None
        try:
            result = parse_duration(value)
        except ValueError:
            self.report(name, f"{_show(value)} is not a duration", f"write {DURATION_FORMS}, like {name} = {example}")
            return None
        if result <= timedelta(0):
            self.report(name, "must be longer than zero", f"write a positive duration, like {name} = {example}")
            return None
        return result

    def clock(self, name: str, *, default: time) -> time | None:
        if name not in self.data:
            return default
        value = self.data[name]
        example = _show(default.strftime("%H:%M"))
        if isinstance(value, time):  # TOML local time, e.g. at = 08:00:00
            return value.replace(second=0, microsecond=0)
        if not isinstance(value, str):
            self.wrong_type(name, 'a time of day like "08:00"', example)
            return None
        try:
            return parse_clock(value)
        except ValueError:
            self.report(
                name,
                f"{_show(value)} is not a time of day",
                f'write 24-hour HH:MM from "00:00" to "23:59", like {name} = {example}',
            )
            return None


def _format_duration(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


class _PathResolver:
    """Expands `~` and makes relative paths relative to the config file."""

    def __init__(self, base: Path, env: Mapping[str, str]) -> None:
        self.base = base
        self.env = env

    def resolve(self, value: str | None) -> str | None:
        if value is None:
            return None
        if value == "~" or value.startswith(("~/", "~" + os.sep)):
            path = _home(self.env) / value[2:]
        else:
            path = Path(os.path.expanduser(value))
        if not path.is_absolute():
            path = self.base / path
        return os.path.normpath(path)


# --------------------------------------------------------------------------
# Sections


def _section(problems: _Problems, data: dict[str, Any], name: str, *, required: bool = False) -> dict[str, Any] | None:
    if name not in data:
        if required:
            needs = {"imap": "host, username and a password setting", "you": "name and emails"}[name]
            problems.add(name, f"missing required section [{name}]", f"add a [{name}] section with {needs}; see config.example.toml")
        return None
    value = data[name]
    if not isinstance(value, dict):
        problems.add(name, f"expected a [{name}] section, got {_describe(value)}", f"write it as a [{name}] section with one key per line; see config.example.toml")
        return None
    _check_keys(problems, value, name, SECTION_KEYS[name])
    return value


def _check_top_level(problems: _Problems, data: dict[str, Any]) -> None:
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


def _check_keys(problems: _Problems, table: dict[str, Any], where: str, known: tuple[str, ...]) -> None:
    for key in table:
        if key not in known:
            _report_unknown(problems, key, where, known)


def _report_unknown(problems: _Problems, key: str, where: str, known: tuple[str, ...]) -> None:
    label = f"{where}.{key}" if where else key
    place = _header(where) if where else "the top level"
    if key == "templates_dir":
        problems.add(label, f"unknown key {_show(key)}", "write it as dir = ... in a [templates] section")
        return
    suggestion = difflib.get_close_matches(key, known, n=1)
    homes = [name for name, keys in SECTION_KEYS.items() if key in keys and name != where]
    if suggestion:
        problem = f"unknown key {_show(key)} in {place}"
        fix = f"did you mean {_show(suggestion[0])}? Rename it to {suggestion[0]}"
    elif homes:
        problem = f"unknown key {_show(key)} in {place}; it belongs in {_header(homes[0])}"
        fix = f"move it into {_header(homes[0])} (keys written after a [section] header belong to that section)"
    else:
        problem = f"unknown key {_show(key)} in {place}"
        allowed = ", ".join(known) if where else _section_list()
        fix = f"remove it; {place} allows {allowed}"
    problems.add(label, problem, fix)


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _parse_server(table: _Table, ports: dict[str, int]) -> tuple[str | None, str | None, int | None]:
    """host, security and port, shared by [imap] and [smtp]."""
    host = table.string("host", required=True, example='"imap.example.com"')
    security = table.choice("security", SECURITY_MODES, "tls")
    port = table.integer("port", example=str(ports.get(security or "tls")))
    if port is not None and not 1 <= port <= 65535:
        table.report("port", f"{port} is not a port number", f"use a number from 1 to 65535 (usually {ports['tls']} for tls or {ports['starttls']} for starttls)")
        port = None
    elif port is None and not table.has("port") and security is not None:
        port = ports[security]
    if security == "plain" and host is not None and not _is_loopback(host):
        table.report(
            "security",
            f'"plain" sends your password unencrypted, and {_show(host)} is not this machine (loopback)',
            f'use security = "tls" (port {ports["tls"]}) or security = "starttls" (port {ports["starttls"]})',
        )
        security = None
    return host, security, port


def _parse_credentials(table: _Table, *, needed: bool, entry: str | None = None) -> Credentials | None:
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
        table.problems.add(keys, f"{' and '.join(given)} are {both} set; only one may be", f"keep one of them in {_header(table.where)} and remove the others")
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
            f"(or oauth2_token_command for OAuth2) to {_header(table.where)}",
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


def _parse_imap(problems: _Problems, data: dict[str, Any] | None, paths: _PathResolver) -> ImapSettings | None:
    if data is None:
        return None
    start = len(problems.lines)
    table = _Table(problems, data, "imap")
    host, security, port = _parse_server(table, IMAP_PORTS)
    username = table.string("username", required=True, example='"you@example.com"')
    credentials = _parse_credentials(table, needed=True, entry=_entry("imap", username, host))
    inbox = table.string("inbox", example='"INBOX"', default="INBOX")
    sent = table.string("sent", example='"Sent"')
    drafts = table.string("drafts", example='"Drafts"')
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
    if len(problems.lines) > start:
        return None
    return ImapSettings(
        host=host, port=port, security=security, username=username, credentials=credentials,
        inbox=inbox, sent=sent, drafts=drafts, ca_file=ca_file,
        poll_interval=poll_interval, idle_timeout=idle_timeout, lookback=lookback,
    )  # type: ignore[arg-type]


def _parse_smtp(problems: _Problems, data: dict[str, Any] | None, paths: _PathResolver) -> SmtpSettings | None:
    if data is None:
        return None
    start = len(problems.lines)
    table = _Table(problems, data, "smtp")
    host, security, port = _parse_server(table, SMTP_PORTS)
    username = table.string("username", example='"you@example.com"')
    credentials = _parse_credentials(table, needed=username is not None, entry=_entry("smtp", username, host))
    if username is None and any(table.has(name) for name in CREDENTIAL_KEYS):
        table.missing("username", '"you@example.com"')
    ca_file = paths.resolve(table.string("ca_file", example='"~/certs/my-ca.pem"'))
    if len(problems.lines) > start:
        return None
    return SmtpSettings(
        host=host, port=port, security=security, username=username,
        credentials=credentials, ca_file=ca_file,
    )  # type: ignore[arg-type]


def _valid_email(value: str) -> bool:
    return bool(EMAIL.fullmatch(value))


def _email(table: _Table, name: str, *, example: str, required: bool = False) -> str | None:
    value = table.string(name, example=example, required=required)
    if value is None:
        return None
    if not _valid_email(value):
        table.report(name, f"{_show(value)} is not an e-mail address", f"write only the address, like {name} = {example}")
        return None
    return value.lower()


def _parse_you(problems: _Problems, data: dict[str, Any] | None) -> You | None:
    if data is None:
        return None
    start = len(problems.lines)
    table = _Table(problems, data, "you")
    name = table.string("name", required=True, example='"Hanako Yamada"')
    emails_example = '["hanako.yamada@example.jp"]'
    emails = table.strings("emails", example=emails_example)
    if not table.has("emails"):
        table.missing("emails", emails_example)
    elif emails is not None and not emails:
        table.report("emails", "is an empty list", f"list the addresses you receive mail at, like emails = {emails_example}")
    elif emails is not None:
        for index, address in enumerate(emails, start=1):
            if not _valid_email(address):
                problems.add(f"you.emails[{index}]", f"{_show(address)} is not an e-mail address", f"write only the address, like emails = {emails_example}")
    language = table.choice("language", LANGUAGES, "en")
    timezone = table.string("timezone", example='"Asia/Tokyo"', default="UTC")
    if timezone is not None and not valid_timezone(timezone):
        suggestion = difflib.get_close_matches(timezone, sorted(available_timezones()), n=1)
        hint = f"did you mean {_show(suggestion[0])}? Otherwise write" if suggestion else "write"
        table.report("timezone", f"{_show(timezone)} is not an IANA time zone name", f'{hint} a name like "Asia/Tokyo", "Europe/London" or "UTC"')
    if len(problems.lines) > start:
        return None
    unique = tuple(dict.fromkeys(address.lower() for address in emails))
    return You(name=name, emails=unique, language=language, timezone=timezone)  # type: ignore[arg-type]


def valid_timezone(name: str) -> bool:
    """An IANA time zone name this machine knows ("Asia/Tokyo"), not a file path."""
    if name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _parse_accounts(problems: _Problems, data: dict[str, Any]) -> tuple[Account, ...]:
    example = "see config.example.toml: one [[accounts]] table per AWS Certification account"
    if "accounts" not in data:
        problems.add("accounts", "missing required [[accounts]] tables", f"add one [[accounts]] with role = \"keep\" and one or more with role = \"merge\"; {example}")
        return ()
    value = data["accounts"]
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        got = "a single [accounts] table" if isinstance(value, dict) else _describe(value)
        problems.add("accounts", f"expected [[accounts]] tables (double brackets), got {got}", f"start each account with [[accounts]]; {example}")
        return ()
    start = len(problems.lines)
    accounts = [_parse_account(problems, item, f"accounts[{number}]") for number, item in enumerate(value, start=1)]
    _check_roles(problems, accounts)
    if len(problems.lines) > start:
        return ()
    return tuple(accounts)  # type: ignore[arg-type]


def _parse_account(problems: _Problems, data: dict[str, Any], where: str) -> Account | None:
    _check_keys(problems, data, where, SECTION_KEYS["accounts"])
    start = len(problems.lines)
    table = _Table(problems, data, where)
    candidate_id = table.string("candidate_id", required=True, example='"AWS01234567"')
    if candidate_id is not None:
        normalised = normalise_candidate_id(candidate_id)
        if normalised is not None:
            candidate_id = normalised
        else:
            table.report(
                "candidate_id",
                f"{_show(candidate_id)} is not an AWS Certification candidate ID",
                'write "AWS" followed by 8 digits, like candidate_id = "AWS01234567" '
                "(it is shown in your AWS Certification account profile)",
            )
            candidate_id = None
    role = table.string("role", required=True, example='"keep"')
    if role is not None and role.lower() not in ROLES:
        table.report("role", f"{_show(role)} is not a role", 'write role = "keep" (the account that stays) or role = "merge" (an account merged into it)')
    login = _email(table, "login_email", required=True, example='"hanako.yamada@example.jp"')
    notification = _email(table, "notification_email", example='"hanako.yamada@example.jp"')
    certifications = table.strings("certifications", example='["AWS Certified Solutions Architect - Associate"]')
    if len(problems.lines) > start:
        return None
    return Account(
        candidate_id=candidate_id,  # type: ignore[arg-type]
        role=role.lower(),  # type: ignore[union-attr]
        login_email=login,  # type: ignore[arg-type]
        notification_email=notification or login,  # type: ignore[arg-type]
        certifications=certifications,  # type: ignore[arg-type]
    )


def _check_roles(problems: _Problems, accounts: list[Account | None]) -> None:
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


def _parse_reminders(problems: _Problems, data: dict[str, Any] | None) -> Reminders | None:
    start = len(problems.lines)
    table = _Table(problems, data or {}, "reminders")
    defaults = Reminders()
    values = {
        name: table.duration(name, default=getattr(defaults, name))
        for name in ("support_silence", "your_reply", "merge_completion", "credly_badge", "repeat")
    }
    quiet = table.string("quiet_hours", example='"22:00-08:00"')
    quiet_hours = None
    if quiet is not None:
        try:
            quiet_hours = _parse_quiet_hours(quiet)
        except ValueError:
            table.report(
                "quiet_hours",
                f"{_show(quiet)} is not a time range",
                'write "START-END" in 24-hour HH:MM, like quiet_hours = "22:00-08:00" (it may cross midnight)',
            )
    if len(problems.lines) > start:
        return None
    return Reminders(quiet_hours=quiet_hours, **values)  # type: ignore[arg-type]


def _parse_digest(
    problems: _Problems,
    data: dict[str, Any] | None,
    paths: _PathResolver,
    *,
    have_smtp: bool,
    have_imap: bool,
) -> DigestSettings | None:
    start = len(problems.lines)
    table = _Table(problems, data or {}, "digest")
    at = table.clock("at", default=time(8, 0))
    example = '["stdout"]'
    deliver = table.strings("deliver", example=example, default=("stdout",))
    file = paths.resolve(table.string("file", example='"~/certmerge-digest.txt"'))
    if deliver is not None:
        allowed = ", ".join(_show(mode) for mode in DELIVERY_MODES)
        if not deliver:
            table.report("deliver", "is an empty list", f"list at least one of {allowed}, like deliver = {example}")
        for index, mode in enumerate(deliver, start=1):
            if mode.lower() not in DELIVERY_MODES:
                problems.add(f"digest.deliver[{index}]", f"{_show(mode)} is not a delivery mode", f"use {allowed}")
        deliver = tuple(dict.fromkeys(mode.lower() for mode in deliver))
        if "file" in deliver and file is None:
            table.report("file", 'deliver includes "file" but no file is given', 'add file = "~/certmerge-digest.txt" to [digest]')
        if "smtp" in deliver and not have_smtp:
            table.report("deliver", 'includes "smtp" but there is no [smtp] section', 'add an [smtp] section (host, port, security, username, password setting), or remove "smtp"')
        if "mailbox" in deliver and not have_imap:
            table.report("deliver", 'includes "mailbox" but there is no [imap] section', 'add an [imap] section, or remove "mailbox"')
    if len(problems.lines) > start:
        return None
    return DigestSettings(at=at, deliver=deliver, file=file)  # type: ignore[arg-type]


def _parse_trust(problems: _Problems, data: dict[str, Any] | None) -> Trust | None:
    table = _Table(problems, data or {}, "trust")
    ids = table.strings("authserv_ids", example='["mx.google.com"]')
    verified = table.boolean("require_verified_sender", default=True)
    if ids is None or verified is None:
        return None
    return Trust(authserv_ids=ids, require_verified_sender=verified)


def _parse_merge(problems: _Problems, data: dict[str, Any] | None) -> MergeRequest | None:
    table = _Table(problems, data or {}, "merge")
    if table.has("reason") and table.data["reason"] == "":
        return MergeRequest()
    reason = table.string("reason", example='"I changed employers and now have two accounts."', default="")
    return None if reason is None else MergeRequest(reason=reason)
