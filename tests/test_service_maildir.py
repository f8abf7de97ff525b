"""The service without a server: MaildirMailbox as the mail port (issue 15).

The sample Maildir of the demo is replayed through time; the Drafter appends
to its Drafts folder exactly as it does over IMAP.  Dovecot tests stay for
the IMAP adapter and end to end.
"""

from __future__ import annotations

import inspect
import shutil
from dataclasses import replace
from datetime import datetime, timezone
from email import message_from_bytes
from email.policy import default as default_policy

import pytest

from certmerge_mail import config
from certmerge_mail.adapters.imap import ImapMailbox
from certmerge_mail.adapters.mailbox import Mailbox
from certmerge_mail.adapters.maildir import MaildirMailbox, delivered_at
from certmerge_mail.adapters.store import Store
from certmerge_mail.cli.demo import sample_dir
from certmerge_mail.core.cases import State
from certmerge_mail.service import sync
from certmerge_mail.service.wiring import build_service

PORT = [name for name, member in vars(Mailbox).items() if inspect.isfunction(member) and not name.startswith("_")]


@pytest.mark.parametrize("adapter", [ImapMailbox, MaildirMailbox])
def test_both_adapters_implement_the_whole_port(adapter):
    assert {"connect", "has_capability", "idle_wait", "search_new", "find_message_id"} <= set(PORT)
    for name in PORT:
        wanted = list(inspect.signature(getattr(Mailbox, name)).parameters)
        assert list(inspect.signature(getattr(adapter, name)).parameters) == wanted, name


@pytest.fixture
def replay(tmp_path):
    """A service on a copy of the sample Maildir, its clock at the moment it is asked for."""
    maildir = tmp_path / "Maildir"
    shutil.copytree(sample_dir() / "Maildir", maildir)
    settings = config.load(sample_dir() / "config.toml", require_imap=False)
    settings = replace(settings, state_path=str(tmp_path / "state.sqlite3"))
    clock = [datetime(2000, 1, 1, tzinfo=timezone.utc)]
    store = Store(settings.state_path)
    service = build_service(settings, store, MaildirMailbox(maildir, visible_until=lambda: clock[0]),
                            clock=lambda: clock[0], out=lambda _text: None)
    service.connect()
    arrivals = sorted({datetime.fromtimestamp(delivered_at(p), tz=timezone.utc)
                       for p in maildir.rglob("*") if p.is_file() and p.parent.name in ("cur", "new")})
    yield service, store, maildir, clock, arrivals
    store.close()


def test_a_confirmation_request_is_drafted_into_the_maildirs_drafts(replay):
    service, store, maildir, clock, arrivals = replay
    for moment in arrivals:
        clock[0] = moment
        service.cycle(moment)
        if store.drafts():
            break
    [draft] = store.drafts()
    assert (draft.purpose, draft.status) == ("confirmation", "in_drafts")
    [report] = service.case_reports(clock[0])
    assert report.status.state == State.AWAITING_YOUR_CONFIRMATION
    [path] = [p for p in (maildir / ".Drafts" / "cur").iterdir() if not p.name.startswith(".")]
    assert path.name.endswith(":2,D")
    assert message_from_bytes(path.read_bytes(), policy=default_policy)["Message-ID"] == draft.message_id
    service.cycle(clock[0])  # a second pass appends nothing again
    assert len([p for p in (maildir / ".Drafts" / "cur").iterdir() if not p.name.startswith(".")]) == 1


def test_the_steps_after_a_sync_share_one_computation_of_the_case_reports(replay, monkeypatch):
    service, _store, _maildir, clock, arrivals = replay
    clock[0] = arrivals[-1]
    service.sync_once(clock[0])
    calls = []
    computed = sync.case_reports
    monkeypatch.setattr(sync, "case_reports", lambda *a: calls.append(a) or computed(*a))
    handed = []
    service.after_sync.append(lambda now, reports, folders: handed.append((reports, folders)))
    service.run_after_sync(clock[0])
    assert len(calls) == 1
    [(reports, folders)] = handed
    assert [r.case_id for r in reports] == ["176212875405321"] and folders == service.folders


def test_one_cases_direction_is_read_from_that_case_alone(replay, monkeypatch):
    """`drafts show` prints the direction line of one case without every case's report."""
    service, store, _maildir, clock, arrivals = replay
    for moment in arrivals:
        clock[0] = moment
        service.cycle(moment)
    [report] = service.case_reports(clock[0])
    assert report.direction is not None
    monkeypatch.setattr(sync, "case_reports", None)  # not called
    read = []
    events = store.events
    monkeypatch.setattr(store, "events", lambda case_id: read.append(case_id) or events(case_id))
    assert sync.case_direction(store, service.settings, report.case_id, clock[0]) == report.direction
    assert read == [report.case_id]
    assert sync.case_direction(store, service.settings, "999999999999", clock[0]) is None
