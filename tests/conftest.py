"""Shared fixtures: real Dovecot and SMTP servers on 127.0.0.1.

tests/ deliberately has no __init__.py: pytest then puts tests/ on sys.path
(rootdir-relative "prepend" import mode), so test modules import the helpers
as ``from servers import DovecotServer, deliver``.

A missing Dovecot makes the tests that need it FAIL (with the install
command in the error), never skip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest

from servers import DovecotServer, ImapUser, SmtpServer, TlsCert, deliver as _deliver
from servers import make_self_signed_cert

_DOVECOT_FIXTURES = {"dovecot", "imap_user", "deliver"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Everything that talks to Dovecot carries the `dovecot` marker, so
    # `pytest -m "not dovecot"` selects the tests that need no IMAP server.
    for item in items:
        if _DOVECOT_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.dovecot)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One Dovecot for the whole session (started once, ~0.1 s; stopped at the
    end).  Tests stay independent because each gets its own user."""
    server = DovecotServer()
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def imap_user(dovecot: DovecotServer) -> ImapUser:
    """A fresh mailbox account for this test (empty INBOX, Sent, Drafts, Trash)."""
    return dovecot.add_user()


@pytest.fixture
def deliver(imap_user: ImapUser) -> Callable[..., int]:
    """``deliver(eml, folder="INBOX", internal_date=None, flags=()) -> uid`` into
    this test's ``imap_user``."""

    def deliver_to_user(eml: bytes, folder: str = "INBOX",
                        internal_date: datetime | None = None, flags=()) -> int:
        return _deliver(imap_user, eml, folder=folder, internal_date=internal_date,
                        flags=flags)

    return deliver_to_user


@pytest.fixture(scope="session")
def tls_cert(tmp_path_factory: pytest.TempPathFactory) -> TlsCert:
    """A self-signed certificate for 127.0.0.1/localhost (for STARTTLS on SMTP)."""
    return make_self_signed_cert(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def smtp_server(tls_cert: TlsCert) -> Iterator[SmtpServer]:
    """A fresh SMTP server per test (AUTH PLAIN/LOGIN, STARTTLS offered).

    Function-scoped on purpose: starting aiosmtpd takes a few milliseconds,
    and a new server per test means a new port and new credentials, so no
    test can see another's messages or a half-closed session -- nothing to
    forget to clear().
    """
    server = SmtpServer(tls=tls_cert)
    server.start()
    try:
        yield server
    finally:
        server.stop()
