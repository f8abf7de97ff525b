"""What several commands share: loading the configuration and the state."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from certmerge_mail import config
from certmerge_mail.adapters.store import Store
from certmerge_mail.core.settings import Settings
from certmerge_mail.errors import UsageError

log = logging.getLogger("certmerge_mail")


def load_settings(args, *, require_imap: bool = True) -> Settings:
    path = args.config or config.default_config_path()
    settings = config.load(path, require_imap=require_imap)
    from certmerge_mail.cli import set_log_zone

    set_log_zone(settings.you.timezone)  # log lines on the user's clock, with the offset
    warning = config.warn_if_world_readable(path)
    if warning:
        log.warning("%s", warning)
    return settings


def local_time(moment: datetime | None, settings: Settings | None) -> str:
    """A moment as a person reads it: "2025-11-03 10:00 JST", on the [you] timezone's clock."""
    from zoneinfo import ZoneInfo

    from certmerge_mail.core.digest import local_time as on_clock

    if moment is None:
        return "-"
    try:
        tz = ZoneInfo(settings.you.timezone) if settings is not None else timezone.utc
    except Exception:  # noqa: BLE001 - a bad zone is reported by config; show UTC
        tz = timezone.utc
    return on_clock(moment, tz)


def open_store(settings: Settings) -> Store:
    return Store(settings.state_path)


def parse_now(text: str | None) -> datetime | None:
    """--now: an ISO-8601 moment; without a zone it is UTC."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--now {text!r} is not an ISO-8601 date and time",
                         fix="write it like 2025-11-05T09:00:00+09:00") from None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
