"""The service: wires the adapters to the core.

- sync.py: read the watched folders, process each message once;
- drafting.py: after a sync, put the replies a case needs into Drafts;
- reminders.py: nudges when a reply is overdue, the daily digest, delivery;
- sending.py: send one reviewed draft (`drafts send`);
- liveness.py: is the background service running (`status`, `run`)?
- correcting.py: `cases correct`, the user's word on what a mail is;
- wiring.py: build a ready Service from the settings, and the adapters it needs.
"""

from certmerge_mail.service.sync import (
    CaseReport,
    Folders,
    Service,
    SyncReport,
    case_reports,
    request_reports,
    resolve_folders,
    utcnow,
)
from certmerge_mail.service.wiring import open_mailbox, open_smtp

__all__ = ["CaseReport", "Folders", "Service", "SyncReport", "case_reports", "open_mailbox", "open_smtp", "request_reports",
           "resolve_folders", "utcnow"]
