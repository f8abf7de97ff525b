"""The service: wires the adapters to the core.

- sync.py: read the watched folders, process each message once;
- searching.py: the SEARCH terms, and a first search made while `run --once` imports;
- drafting.py: after a sync, put the replies a case needs into Drafts;
- reminders.py: nudges when a reply is overdue, the daily digest, delivery;
- sending.py: send one reviewed draft (`drafts send`);
- liveness.py: is the background service running (`status`, `run`)?
- correcting.py: `cases correct`, the user's word on what a mail is;
- wiring.py: build a ready Service from the settings, and the adapters it needs.

The names below are imported at their first use: `run --once` opens its
connection with wiring.open_mailbox while the classifier's modules, which
sync.py imports, are still being imported (cli/run.py).
"""

from __future__ import annotations

import importlib

_EXPORTS = {"CaseReport": "sync", "Folders": "sync", "Service": "sync", "SyncReport": "sync",
            "case_reports": "sync", "request_reports": "sync", "resolve_folders": "sync", "utcnow": "sync",
            "open_mailbox": "wiring", "open_smtp": "wiring"}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
