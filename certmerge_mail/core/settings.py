"""The validated configuration, as frozen dataclasses.

`certmerge_mail.config` reads the TOML file and builds these; the core and
the adapters only ever see these types.  Secrets are wrapped in `Secret` so
that no repr(), log line or error message can show them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time, timedelta


@dataclass(frozen=True, slots=True)
class Secret:
    """A password or token.  Its repr and str never show the value."""

    value: str = field(repr=False)

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class Credentials:
    """Where a password (or OAuth2 access token) comes from; exactly one is set
    for passwords, and oauth2_token_command switches the login to XOAUTH2.

    `keyring_entry` is set by `password_keyring = true`: the name the password
    is stored under in the system keyring (see `keyring_entry()`)."""

    password: Secret | None = None
    password_command: str | None = None
    password_env: str | None = None
    oauth2_token_command: str | None = None
    keyring_entry: str | None = None


KEYRING_SERVICE = "certmerge-mail"


def keyring_entry(kind: str, username: str, host: str) -> str:
    """The keyring user name a password is stored under (service
    KEYRING_SERVICE): "imap:hanako@example.jp@imap.example.jp"."""
    return f"{kind}:{username}@{host.lower()}"


@dataclass(frozen=True, slots=True)
class ImapSettings:
    host: str
    port: int
    security: str  # "tls" | "starttls" | "plain" (plain only to loopback)
    username: str
    credentials: Credentials
    inbox: str = "INBOX"
    sent: str | None = None  # None: found through SPECIAL-USE \Sent
    drafts: str | None = None  # None: found through SPECIAL-USE \Drafts
    junk: str | None = None  # None: found through SPECIAL-USE \Junk (watched read-only when there is one)
    ca_file: str | None = None
    poll_interval: timedelta = timedelta(minutes=5)
    idle_timeout: timedelta = timedelta(minutes=24)
    # The first sync of a folder looks this far back (a merge case is recent;
    # mail older than this is never read).  Later syncs read by UID.
    lookback: timedelta = timedelta(days=180)


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # "tls" | "starttls" | "plain"
    username: str | None
    credentials: Credentials
    ca_file: str | None = None


@dataclass(frozen=True, slots=True)
class You:
    name: str
    emails: tuple[str, ...]  # lower-case
    language: str = "en"  # "en" | "ja"
    timezone: str = "UTC"  # IANA name


@dataclass(frozen=True, slots=True)
class Account:
    candidate_id: str  # "AWS" + 8 digits
    role: str  # "keep" | "merge"
    login_email: str
    notification_email: str
    certifications: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reminders:
    # A submitted contact form (`request --submitted`) with no acknowledgement after this is overdue.
    acknowledgement: timedelta = timedelta(hours=1)
    support_silence: timedelta = timedelta(days=2)
    your_reply: timedelta = timedelta(hours=12)
    merge_completion: timedelta = timedelta(days=3)
    credly_badge: timedelta = timedelta(days=2)
    repeat: timedelta = timedelta(days=1)
    quiet_hours: tuple[time, time] | None = None  # (start, end) in [you] timezone


@dataclass(frozen=True, slots=True)
class DigestSettings:
    at: time = time(8, 0)
    deliver: tuple[str, ...] = ("stdout",)  # "mailbox" | "smtp" | "file" | "stdout"
    file: str | None = None


@dataclass(frozen=True, slots=True)
class Trust:
    authserv_ids: tuple[str, ...] = ()
    require_verified_sender: bool = True


@dataclass(frozen=True, slots=True)
class MergeRequest:
    """What the user tells support about the merge ([merge] section)."""

    reason: str = ""


@dataclass(frozen=True, slots=True)
class Settings:
    imap: ImapSettings | None
    you: You
    accounts: tuple[Account, ...] = ()
    smtp: SmtpSettings | None = None
    reminders: Reminders = Reminders()
    digest: DigestSettings = DigestSettings()
    trust: Trust = Trust()
    merge: MergeRequest = MergeRequest()
    state_path: str = ""
    templates_dir: str | None = None
    source_path: str = ""  # the file these settings were read from

    @property
    def keep(self) -> Account | None:
        return next((a for a in self.accounts if a.role == "keep"), None)

    @property
    def merged(self) -> tuple[Account, ...]:
        return tuple(a for a in self.accounts if a.role == "merge")
