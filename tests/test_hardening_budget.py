"""Issue 16: a per-message time budget.  A mail whose classification runs over it is
recorded as an error with its reason (not silently as unrelated), its UID is passed, and
the service goes on.  Against the test Dovecot; the budget is made tiny for one mail
instead of crafting a mail that is slow on purpose."""

from __future__ import annotations

import json

from support import SUBJECT, make_settings, thread
from test_operation import status_json

from certmerge_mail.adapters.store import Store
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.sync import CLASSIFY_BUDGET_SECONDS
from certmerge_mail.service.wiring import build_service


def test_the_service_classifies_with_a_budget_of_one_second():
    assert CLASSIFY_BUDGET_SECONDS == 1.0


def test_a_mail_over_the_time_budget_is_recorded_as_an_error_and_the_service_goes_on(
        imap_user, deliver, tmp_path, capsys):
    t = thread()
    deliver(t["created"].raw, internal_date=t["created"].date)
    settings = make_settings(imap_user, tmp_path)
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings))
    assert service.classify_budget == CLASSIFY_BUDGET_SECONDS
    service.cycle(t["created"].date)

    service.classify_budget = 1e-9  # every mail is over it
    uid = deliver(t["confirm"].raw, internal_date=t["confirm"].date)
    report = service.cycle(t["confirm"].date)
    assert report.by_kind == {"error": 1}
    (error,) = store.messages(outcome="error")
    assert error["uid"] == uid and error["message_id"] == t["confirm"].message_id
    assert error["subject"] == SUBJECT
    assert "classification took too long (over 1e-09 s)" in json.loads(error["errors"]), error
    assert store.folder("INBOX")[1] == uid  # passed: never fetched again
    assert not [d for d in store.drafts() if d.purpose == "confirmation"]
    assert service.error_count == 1

    code, status = status_json(tmp_path / "config.toml", capsys)
    assert status["errors_since_start"] == 1
    assert f"message INBOX/{uid} could not be processed" in status["last_error"]
    assert "classification took too long" in status["last_error"]

    service.classify_budget = CLASSIFY_BUDGET_SECONDS  # the service goes on with the next mail
    deliver(t["completed"].raw, internal_date=t["completed"].date)
    report = service.cycle(t["completed"].date)
    assert report.by_kind == {"merge_completed": 1}, report
    service.mailbox.logout()
    # The mail over the budget has no reading (the classifier stopped midway); its outcome says why.
    assert [(m["kind"], m["outcome"]) for m in store.messages()] == [
        ("case_created", "processed"), (None, "error"), ("merge_completed", "processed")]
    store.close()
