"""Read config.toml and turn it into `certmerge_mail.core.settings.Settings`.

`load(path)` reads the file; `parse(text, source)` does all the checking and
does no I/O, so tests can feed it strings.  Checking happens once and collects
every problem; they are reported together in one `ConfigError`, one line per
problem, each line naming the file, the key (dotted, like `imap.port` or
`accounts[2].candidate_id` -- [[accounts]] tables are numbered from 1, in the
order they appear in the file) and the fix.

Passwords become `Secret`; no error message ever shows a password value.

- locations.py: where the configuration file and the state database are by default;
- values.py: the shared validators (durations, times of day, addresses, time
  zones) and the reader of one table that collects problems;
- sections.py: each section's keys and checks.

`parse_duration` and `parse_clock` are public: other modules reuse them for
the same formats.
"""

from __future__ import annotations

import os
import shlex
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path

from certmerge_mail.config.locations import APP, PathResolver, default_config_path, default_state_path
from certmerge_mail.config.sections import (
    IMAP_PORTS,
    SECTION_KEYS,
    SMTP_PORTS,
    check_top_level,
    parse_accounts,
    parse_digest,
    parse_imap,
    parse_merge,
    parse_reminders,
    parse_smtp,
    parse_trust,
    parse_you,
    section,
)
from certmerge_mail.config.values import (
    DURATION_FORMS,
    EMAIL,
    ENV_NAME,
    Problems,
    Table,
    is_loopback,
    parse_clock,
    parse_duration,
    syntax_error,
    valid_email,
    valid_timezone,
)
from certmerge_mail.core.ids import normalise_candidate_id
from certmerge_mail.core.settings import Settings, Trust
from certmerge_mail.errors import ConfigError

__all__ = [
    "APP", "DURATION_FORMS", "EMAIL", "ENV_NAME", "IMAP_PORTS", "SECTION_KEYS", "SMTP_PORTS", "ConfigError",
    "Trust", "default_config_path", "default_state_path", "is_loopback", "load", "normalise_candidate_id",
    "parse", "parse_clock", "parse_duration", "valid_email", "valid_timezone", "warn_if_world_readable",
]


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
        raise syntax_error(exc, source) from None

    problems = Problems(source)
    base = Path(source).expanduser().absolute().parent
    paths = PathResolver(base, env)

    check_top_level(problems, data)
    imap = parse_imap(problems, section(problems, data, "imap", required=require_imap), paths)
    smtp = parse_smtp(problems, section(problems, data, "smtp"), paths)
    you = parse_you(problems, section(problems, data, "you", required=True))
    accounts = parse_accounts(problems, data)
    reminders = parse_reminders(problems, section(problems, data, "reminders"))
    digest = parse_digest(
        problems, section(problems, data, "digest"), paths,
        have_smtp="smtp" in data, have_imap="imap" in data,
    )
    trust = parse_trust(problems, section(problems, data, "trust"))
    merge = parse_merge(problems, section(problems, data, "merge"))
    state = Table(problems, section(problems, data, "state") or {}, "state")
    state_path = paths.resolve(state.string("path", example='"~/.local/state/certmerge-mail/state.sqlite3"'))
    templates = Table(problems, section(problems, data, "templates") or {}, "templates")
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
