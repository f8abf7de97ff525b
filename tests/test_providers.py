"""Provider habits: Gmail's folder names, servers that cut IDLE early."""

import time
from datetime import datetime, timezone

import pytest
from support import FORM, SUBJECT, YOU, mail, make_settings, thread
from test_service_resilience import RunningService, kinds_in, wait_for

from certmerge_mail.adapters.store import Store
from certmerge_mail.service import open_mailbox
from certmerge_mail.service.wiring import build_service
from servers import DovecotServer, deliver, imap_connect


@pytest.fixture(scope="module")
def gmail_like():
    """A Dovecot whose special folders are named as Gmail names them."""
    server = DovecotServer(folder_style="gmail")
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


def test_gmail_folders_are_found_through_special_use(gmail_like, tmp_path):
    user = gmail_like.add_user()
    t = thread()
    for name in ("created", "confirm"):
        deliver(user, t[name].raw)
    settings = make_settings(user, tmp_path)
    store = Store(settings.state_path)
    service = build_service(settings, store, open_mailbox(settings), out=lambda text: None)
    service.cycle()
    assert (service.folders.sent, service.folders.drafts) == ("[Gmail]/Sent Mail", "[Gmail]/Drafts")
    client = imap_connect(user)
    client.select_folder("[Gmail]/Drafts", readonly=True)
    assert len(client.search()) == 1  # the confirmation draft went to Gmail's Drafts
    now = datetime.now(timezone.utc)
    sent = mail("reply-now", subject=SUBJECT, body="The details are correct. Please proceed with the merge.", at=now,
                frm=f"Hanako Yamada <{YOU}>", to=FORM, authres=None, in_reply_to=t["confirm"].message_id)
    deliver(user, sent.raw, folder="[Gmail]/Sent Mail")  # sent from the Gmail web client, after the draft
    service.cycle()
    assert service.case_reports()[0].status.state == "awaiting_merge"
    assert [d.status for d in store.drafts()] == ["sent"]


def test_a_server_that_cuts_idle_early_loses_no_mail(imap_user, deliver, dovecot, tmp_path):
    """Some servers end IDLE after minutes (or drop the connection): the service reconnects and reads on."""
    t = thread()
    deliver(t["created"].raw)
    settings = make_settings(imap_user, tmp_path)
    with RunningService(settings):
        assert wait_for(lambda: "case_created" in kinds_in(settings.state_path))
        time.sleep(0.3)
        dovecot.kick(imap_user)  # the server drops the IDLE session
        deliver(t["confirm"].raw)
        assert wait_for(lambda: "merge_confirmation_requested" in kinds_in(settings.state_path), 15)
    assert kinds_in(settings.state_path).count("merge_confirmation_requested") == 1
