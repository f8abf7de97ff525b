"""The shared validators of the configuration: value formats, and the
reader of one TOML table that reports each problem with its fix."""

from __future__ import annotations

import json
import ipaddress
import re
import tomllib
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from certmerge_mail.core import ids
from certmerge_mail.errors import ConfigError

DURATION_FORMS = '"90s", "45m", "36h", "2d", "1w", or a combination like "1d12h"'
# One definition of an e-mail address (core/ids.py): what the guard finds in an
# agent's text is what the configuration accepts.
EMAIL = ids.EMAIL
ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def parse_duration(text: str) -> timedelta:
    """"90s", "45m", "36h", "2d", "1w" or combinations like "1d12h" -> timedelta.

    Raises ValueError (with the accepted forms in the message) otherwise; a
    bare number is not accepted, because its unit would be a guess.
    """
    if not isinstance(text, str):
        raise ValueError(f"a duration must be a string like {DURATION_FORMS}")
    cleaned = text.strip().lower()
    if not re.fullmatch(r"(?:\d+\s*[wdhms]\s*)+", cleaned):
        raise ValueError(f"invalid duration {show(text)}: write {DURATION_FORMS}")
    units = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
    parts: dict[str, int] = {}
    for number, unit in re.findall(r"(\d+)\s*([wdhms])", cleaned):
        if units[unit] in parts:
            raise ValueError(f"invalid duration {show(text)}: the unit {unit!r} appears twice")
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
        raise ValueError(f'invalid time {show(text)}: use 24-hour HH:MM from "00:00" to "23:59", like "08:00"')
    return time(int(match.group(1)), int(match.group(2)))


def parse_quiet_hours(text: str) -> tuple[time, time]:
    cleaned = unicodedata.normalize("NFKC", text)
    parts = re.split(r"\s*[-–~]\s*", cleaned.strip())
    if len(parts) != 2:
        raise ValueError(f'invalid quiet hours {show(text)}: write "START-END" in 24-hour time, like "22:00-08:00"')
    start, end = parse_clock(parts[0]), parse_clock(parts[1])
    if start == end:
        raise ValueError(f"invalid quiet hours {show(text)}: start and end are the same time")
    return start, end


def valid_email(value: str) -> bool:
    return bool(EMAIL.fullmatch(value))


def valid_timezone(name: str) -> bool:
    """An IANA time zone name this machine knows ("Asia/Tokyo"), not a file path."""
    if name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def is_loopback(host: str) -> bool:
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Problems:
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


def syntax_error(exc: tomllib.TOMLDecodeError, source: str) -> ConfigError:
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


def show(value: str, limit: int = 60) -> str:
    """A string value for a message, double-quoted and cut short."""
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return json.dumps(value, ensure_ascii=False)


def describe(value: Any, *, secret: bool = False) -> str:
    """What a TOML value is, for 'expected X, got Y' (value hidden when secret)."""
    if isinstance(value, bool):
        kind, shown = "the boolean", "true" if value else "false"
    elif isinstance(value, str):
        kind, shown = "the string", show(value)
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


def header(where: str) -> str:
    """How a section is written in the file, for fixes."""
    match = re.fullmatch(r"accounts\[(\d+)\]", where)
    if match:
        return f"the [[accounts]] table number {match.group(1)}"
    return f"[{where}]"


class Table:
    """One TOML table with the section label used in messages ("imap",
    "accounts[2]").  Each reader checks the type and reports problems; on a
    problem it returns None (the settings are never built then)."""

    def __init__(self, problems: Problems, data: dict[str, Any], where: str) -> None:
        self.problems = problems
        self.data = data
        self.where = where
        self._start = len(problems.lines)

    @property
    def clean(self) -> bool:
        """No problem was reported since this table was opened (in it or in what it contains)."""
        return len(self.problems.lines) == self._start

    def key(self, name: str) -> str:
        return f"{self.where}.{name}"

    def has(self, name: str) -> bool:
        return name in self.data

    def report(self, name: str, problem: str, fix: str) -> None:
        self.problems.add(self.key(name), problem, fix)

    def missing(self, name: str, example: str) -> None:
        self.report(name, "missing required key", f"add {name} = {example} to {header(self.where)}")

    def wrong_type(self, name: str, expected: str, example: str, *, secret: bool = False) -> None:
        got = describe(self.data[name], secret=secret)
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
        example = show(default)
        value = self.string(name, example=example, default=default)
        if value is None:
            return None
        if value.lower() not in choices:
            allowed = ", ".join(show(c) for c in choices)
            self.report(name, f"{show(value)} is not one of {allowed}", f"write one of {allowed}, like {name} = {example}")
            return None
        return value.lower()

    def integer(self, name: str, *, example: str, default: int | None = None) -> int | None:
        if name not in self.data:
            return default
        value = self.data[name]
        if isinstance(value, str) and value.strip().isdigit():
            self.report(name, f"expected an integer, got {describe(value)}", f"remove the quotes: {name} = {value.strip()}")
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
                got = describe(item) if not isinstance(item, str) else "an empty string"
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
        example = show(format_duration(default))
        if isinstance(value, bool) or not isinstance(value, str):
            hint = " (a bare number is not accepted: add a unit)" if isinstance(value, (int, float)) else ""
            self.report(
                name,
                f"expected a duration string, got {describe(value)}{hint}",
                f"write {DURATION_FORMS}, like {name} = {example}",
            )
            return None
        try:
            result = parse_duration(value)
        except ValueError:
            self.report(name, f"{show(value)} is not a duration", f"write {DURATION_FORMS}, like {name} = {example}")
            return None
        if result <= timedelta(0):
            self.report(name, "must be longer than zero", f"write a positive duration, like {name} = {example}")
            return None
        return result

    def clock(self, name: str, *, default: time) -> time | None:
        if name not in self.data:
            return default
        value = self.data[name]
        example = show(default.strftime("%H:%M"))
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
                f"{show(value)} is not a time of day",
                f'write 24-hour HH:MM from "00:00" to "23:59", like {name} = {example}',
            )
            return None


def format_duration(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
