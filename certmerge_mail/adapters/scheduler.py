"""The scheduler port (APScheduler 3.x).

Jobs do no work themselves: they only ask the service for it (`request`),
and the service's own thread does it, because the IMAP connection and the
SQLite connection belong to that thread.  Two kinds of job:
- the digest, daily at [digest] at in the user's time zone;
- a wake-up at the next case deadline, moved after every sync, so a nudge
  goes out when a deadline falls due rather than once a day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, tzinfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger

log = logging.getLogger(__name__)


class Scheduler:
    def __init__(self, tz: tzinfo, request: Callable[[str], None]) -> None:
        self.tz = tz
        self.request = request
        self._scheduler = BackgroundScheduler(timezone=tz, job_defaults={"coalesce": True, "misfire_grace_time": 3600})

    def start(self, digest_at: time) -> None:
        self._scheduler.add_job(self.request, CronTrigger(hour=digest_at.hour, minute=digest_at.minute, timezone=self.tz),
                                args=["digest"], id="digest", replace_existing=True)
        self._scheduler.start()
        log.info("digest scheduled daily at %s (%s)", digest_at.strftime("%H:%M"), self.tz)

    def wake_at(self, when: datetime | None) -> None:
        """Wake the service at `when` (the next deadline); None cancels."""
        if when is None:
            if self._scheduler.get_job("deadline"):
                self._scheduler.remove_job("deadline")
            return
        self._scheduler.add_job(self.request, DateTrigger(run_date=when), args=["deadline"], id="deadline",
                                replace_existing=True)

    def jobs(self) -> list[tuple[str, datetime | None]]:
        return [(job.id, job.next_run_time) for job in self._scheduler.get_jobs()]

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
