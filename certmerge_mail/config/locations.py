"""Where the configuration file and the state database are, by default."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP = "certmerge-mail"


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


class PathResolver:
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
