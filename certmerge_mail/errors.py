"""One exception base class; each subclass says what the user should do.

Adapters translate third-party exceptions (imaplib, ssl, sqlite3, smtplib...)
into these at their boundary, so the service and the CLI only ever handle
`CertmergeError`.  Every message names the thing at fault (file, key, message,
host) and the fix.  No message ever carries a secret.
"""

from __future__ import annotations


class CertmergeError(Exception):
    """Base of every error certmerge-mail raises on purpose.

    `fix` says what to do about it; the CLI prints both and exits with
    `exit_code`.
    """

    exit_code = 1
    fix = ""
    retryable = False  # StateError: the machine's trouble, tried again later

    def __init_subclass__(cls, *, exit_code: int | None = None, fix: str | None = None,
                          retryable: bool | None = None, **kwargs) -> None:
        """A subclass states its exit code, fix and retryability in its header."""
        super().__init_subclass__(**kwargs)
        for name, value in (("exit_code", exit_code), ("fix", fix), ("retryable", retryable)):
            if value is not None:
                setattr(cls, name, value)

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        super().__init__(message)
        if fix is not None:
            self.fix = fix

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text}\n  fix: {self.fix}" if self.fix else text


class ConfigError(CertmergeError, exit_code=2, fix="edit the configuration file (see config.example.toml), then "
                  "run `certmerge-mail check`"):
    """The configuration file is missing, unreadable or invalid."""


class CredentialError(CertmergeError, exit_code=3, fix="check [imap]/[smtp] username and password settings, then "
                      "run `certmerge-mail check`"):
    """A password or token could not be obtained, or the server refused it."""


class ConnectionFailed(CertmergeError, exit_code=4, fix="check the host and port, your network, and the server's "
                       "status; the service retries by itself"):
    """A mail server could not be reached or the connection broke."""


class CertificateError(ConnectionFailed, fix=(
        "the server's certificate is not trusted: check the host name; if the server uses a private CA, point "
        "[imap] ca_file at it (verification is never turned off silently)")):
    """TLS certificate verification failed."""


class MailboxError(CertmergeError, exit_code=5, fix="check the folder names in [imap] (run `certmerge-mail check` "
                   "to list them)"):
    """The IMAP server refused an operation on a folder (missing folder, no permission)."""


class FolderError(ConfigError, MailboxError, exit_code=2, fix="set the folder's name in [imap] to one the server "
                  "has (`certmerge-mail check` lists them)"):
    """The server refuses a configured folder: it does not exist, its name is
    invalid, or the account may not open it.  Retrying cannot help, so the
    service stops (exit status 2, which the systemd unit does not restart)."""


class StateError(CertmergeError, exit_code=6, fix="check [state] path is writable; if the file is damaged, move it "
                 "away and run again (the mailbox is re-read)"):
    """The SQLite state database is unusable.

    `retryable` errors (a full disk, a lock held elsewhere, a read-only file,
    an I/O error) come from the machine, not from a message: the service
    leaves the message unprocessed and tries again later.  The others (a
    damaged, deleted or replaced file) stop it."""


class StateDiskFull(StateError, retryable=True):
    """The file system holding the state database has no space left."""


class StateLocked(StateError, retryable=True):
    """Another process holds the state database's write lock."""


class StateReadOnly(StateError, retryable=True):
    """The state database (or its folder) cannot be written."""


class StateIOError(StateError, retryable=True):
    """The operating system reported an I/O error on the state database."""


class StateCorrupt(StateError):
    """The state file is damaged or is not an SQLite database."""


class StateReplaced(StateError):
    """The state file was deleted, moved or replaced while it was open."""


class InstanceRunning(StateError):
    """Another certmerge-mail already runs on this state database."""


class DeliveryError(CertmergeError, exit_code=7, fix="check the [smtp] or [digest] settings; undelivered items are "
                    "retried on the next run"):
    """A digest, nudge or reply could not be delivered; it is retried later."""


class UsageError(CertmergeError, exit_code=2, fix="see `certmerge-mail --help`"):
    """The command line asked for something that cannot be done."""
