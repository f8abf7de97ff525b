"""The state store: one SQLite file (WAL), and every SQL statement of the project.

The schema is created and upgraded by the numbered migrations in MIGRATIONS;
each applied version is recorded in `schema_migrations`.  A migration is
never edited once released: add a new one.

Crash safety: the service wraps the processing of one message (its record
and every event, warning and draft it causes) in `transaction()`, so a kill
at any point leaves either all of it or none of it.

Every sqlite3 error leaves this module as a StateError subclass that names
the cause and its fix (state_error()): a full disk, a lock held by another
process, a read-only, damaged, deleted or replaced file.  The service tells
these environment errors from a broken message by that type.

The file is created 0600 before SQLite opens it (SQLite gives its -wal and
-shm files the database's mode), since it holds mail text.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

try:
    import fcntl
except ImportError:  # not on Windows: opening there is not serialised
    fcntl = None

from certmerge_mail.core.cases import Event
from certmerge_mail.core.model import Outcome
from certmerge_mail.errors import (
    StateCorrupt,
    StateDiskFull,
    StateError,
    StateIOError,
    StateLocked,
    StateReadOnly,
    StateReplaced,
)

log = logging.getLogger(__name__)

LOCK_TIMEOUT = 30  # seconds SQLite waits for another process's write lock

# The warnings table's columns: created by migration 2, rebuilt by migration 4.
_WARNING_COLUMNS = """\
            id         INTEGER PRIMARY KEY,
            case_id    TEXT NOT NULL,
            message_id TEXT NOT NULL,
            code       TEXT NOT NULL,
            text       TEXT NOT NULL,
            at         TEXT NOT NULL,
"""
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "folders, messages, cases, events",
        """
        CREATE TABLE folders (
            name        TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid    INTEGER NOT NULL DEFAULT 0,
            synced_at   TEXT
        );
        CREATE TABLE messages (
            id              INTEGER PRIMARY KEY,
            folder          TEXT NOT NULL,
            uidvalidity     INTEGER NOT NULL,
            uid             INTEGER NOT NULL,
            message_id      TEXT NOT NULL,
            kind            TEXT NOT NULL,
            case_id         TEXT,
            sender_verified INTEGER,
            language        TEXT,
            subject         TEXT,
            from_addr       TEXT,
            from_name       TEXT,
            reply_to        TEXT,
            date            TEXT,
            processed_at    TEXT NOT NULL,
            body            TEXT,
            badge           TEXT,
            reasons         TEXT NOT NULL DEFAULT '[]',
            errors          TEXT NOT NULL DEFAULT '[]',
            UNIQUE (folder, uidvalidity, uid)
        );
        CREATE INDEX messages_message_id ON messages (message_id);
        CREATE TABLE cases (
            case_id   TEXT PRIMARY KEY,
            opened_at TEXT NOT NULL,
            subject   TEXT,
            reply_to  TEXT
        );
        CREATE TABLE events (
            id          INTEGER PRIMARY KEY,
            case_id     TEXT NOT NULL REFERENCES cases (case_id),
            kind        TEXT NOT NULL,
            at          TEXT NOT NULL,
            message_id  TEXT NOT NULL,
            verified    INTEGER NOT NULL,
            asks_user   INTEGER NOT NULL DEFAULT 0,
            badge       TEXT,
            account_ids TEXT NOT NULL DEFAULT '[]',
            UNIQUE (case_id, message_id)
        );
        """,
    ),
    (
        2,
        "warnings and drafts",
        f"""
        CREATE TABLE warnings (
{_WARNING_COLUMNS}            UNIQUE (case_id, message_id, code)
        );
        CREATE TABLE drafts (
            id          INTEGER PRIMARY KEY,
            case_id     TEXT NOT NULL,
            purpose     TEXT NOT NULL,
            trigger     TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            status      TEXT NOT NULL DEFAULT 'pending',
            message_id  TEXT NOT NULL,
            to_addr     TEXT NOT NULL,
            subject     TEXT NOT NULL,
            raw         BLOB NOT NULL,
            imap_uid    INTEGER,
            updated_at  TEXT,
            UNIQUE (case_id, purpose, trigger)
        );
        """,
    ),
    (
        3,
        "nudges, outbox, service status",
        """
        CREATE TABLE nudges (
            id      INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL,
            state   TEXT NOT NULL,
            since   TEXT NOT NULL,
            sent_at TEXT NOT NULL
        );
        CREATE INDEX nudges_case ON nudges (case_id, state, since);
        CREATE TABLE outbox (
            id         INTEGER PRIMARY KEY,
            kind       TEXT NOT NULL,
            created_at TEXT NOT NULL,
            subject    TEXT NOT NULL,
            raw        BLOB NOT NULL,
            text       TEXT NOT NULL,
            pending    TEXT NOT NULL,
            attempts   INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        );
        CREATE TABLE status (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ),
)
MIGRATIONS += (
    (
        4,
        "every warning of a message kept, not only the first of each code",
        f"""
        CREATE TABLE warnings_v4 (
{_WARNING_COLUMNS}            UNIQUE (case_id, message_id, code, text)
        );
        INSERT INTO warnings_v4 (id, case_id, message_id, code, text, at)
            SELECT id, case_id, message_id, code, text, at FROM warnings;
        DROP TABLE warnings;
        ALTER TABLE warnings_v4 RENAME TO warnings;
        """,
    ),
    (
        5,
        "outbox deliveries claimed before they are made",
        """
        ALTER TABLE outbox ADD COLUMN claimed TEXT NOT NULL DEFAULT '{}'
        """,
    ),
)
# What the user tells certmerge-mail about a case (`cases badge/close/mute`).
MARKS = ("badge", "close", "reopen", "mute", "unmute")
MIGRATIONS += (
    (
        6,
        "what you tell certmerge-mail about a case: a badge arrived, closed, muted",
        """
        CREATE TABLE case_marks (
            id      INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL,
            mark    TEXT NOT NULL,
            badge   TEXT,
            until   TEXT,
            at      TEXT NOT NULL
        );
        CREATE INDEX case_marks_case ON case_marks (case_id, id);
        """,
    ),
)
MIGRATIONS += (
    (
        7,
        "the classifier's doubts on events; the user's corrections of a mail's kind",
        """
        ALTER TABLE events ADD COLUMN certain INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE events ADD COLUMN doubts TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE events ADD COLUMN read_as TEXT;
        CREATE TABLE corrections (
            message_id   TEXT PRIMARY KEY,
            kind         TEXT NOT NULL,
            previous     TEXT NOT NULL,
            corrected_at TEXT NOT NULL
        )
        """,
    ),
    (
        8,
        "contact-form requests recorded before their case exists",
        """
        CREATE TABLE requests (
            id           INTEGER PRIMARY KEY,
            submitted_at TEXT NOT NULL,
            account_ids  TEXT NOT NULL,
            recorded_at  TEXT NOT NULL
        );
        """,
    ),
)
MIGRATIONS += (
    (
        9,
        "what your reply says; forwards; console cases",
        """
        ALTER TABLE events ADD COLUMN reading TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN detail TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN console INTEGER NOT NULL DEFAULT 0;
        """,
    ),
)
MIGRATIONS += (
    (
        10,
        "a message's outcome (processed, own, duplicate, error) apart from its kind",
        # Before, `kind` held either what the mail is (a Kind, or in Sent the event
        # it added) or what became of it; now `outcome` holds the second, and
        # `kind` is '' where the mail got no reading (the column of migration 1
        # stays NOT NULL: relaxing it would rebuild the table; readers see None).
        """
        ALTER TABLE messages ADD COLUMN outcome TEXT NOT NULL DEFAULT 'processed';
        UPDATE messages SET outcome = kind, kind = '' WHERE kind IN ('own', 'duplicate', 'seen', 'error')
        """,
    ),
)
LATEST = MIGRATIONS[-1][0]


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(timezone.utc).isoformat(timespec="seconds")


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class CaseMark:
    id: int
    case_id: str
    mark: str  # one of MARKS
    badge: str | None
    until: datetime | None
    at: datetime


@dataclass(frozen=True, slots=True)
class StoredMessage:
    message_id: str
    kind: str | None  # None when the mail got no reading (its outcome says why)
    case_id: str | None
    subject: str
    from_addr: str
    from_name: str
    reply_to: str
    date: datetime | None
    body: str
    folder: str
    outcome: str = Outcome.PROCESSED


@dataclass(frozen=True, slots=True)
class CaseRow:
    case_id: str
    opened_at: datetime
    subject: str
    reply_to: str


@dataclass(frozen=True, slots=True)
class CaseWarning:
    case_id: str
    message_id: str
    code: str
    text: str
    at: datetime


@dataclass(frozen=True, slots=True)
class DraftRow:
    id: int
    case_id: str
    purpose: str
    trigger: str
    created_at: datetime
    # pending | in_drafts | sending | sent | superseded | failed | withdrawing | withdrawn
    # (withdrawing: its trigger was corrected away, still to be taken out of Drafts)
    status: str
    message_id: str
    to_addr: str
    subject: str
    raw: bytes
    imap_uid: int | None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CorrectionRow:
    """The user's word on one mail's kind (`cases correct`): final, applied on every read."""

    message_id: str
    kind: str
    previous: str  # the kind the mail counted as before
    corrected_at: datetime


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    kind: str
    created_at: datetime
    subject: str
    raw: bytes
    text: str
    pending: tuple[str, ...]
    attempts: int
    last_error: str | None
    # Channels handed to delivery and not yet confirmed or given back: channel -> when.
    claimed: dict[str, datetime] = field(default_factory=dict)


# SQLite's result codes (https://sqlite.org/rescode.html); the primary code is the low byte.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
SQLITE_READONLY_DBMOVED = SQLITE_READONLY | (4 << 8)
_RETRIES = "certmerge-mail leaves the mail unprocessed and retries by itself (after a few seconds, then up to every 5 minutes)"


def locked_error(path: str) -> StateLocked:
    return StateLocked(
        f"the state database {path} is locked by another process (waited {LOCK_TIMEOUT} s)",
        fix="another program is writing to it: a second certmerge-mail (`certmerge-mail status`), a "
        f"backup tool or an sqlite3 shell (`fuser -v {path}` names it); close that program. {_RETRIES}",
    )


def state_error(exc: sqlite3.Error, path: str) -> StateError:
    """The StateError subclass that says what went wrong with the state file and what to do."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    text = str(exc)
    folder = os.path.dirname(os.path.abspath(path))
    if code == SQLITE_READONLY_DBMOVED:
        return deleted_error(path)
    if primary == SQLITE_FULL or (primary == SQLITE_IOERR and _free_bytes(folder) == 0):
        mount = _mount_point(folder)
        return StateDiskFull(
            f"the state database's disk is full: {path} cannot grow ({_free_text(folder)} free on {mount})",
            fix=f"free space on {mount} (`df -h {folder}` shows it); {_RETRIES}",
        )
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return locked_error(path)
    unwritable = primary == SQLITE_CANTOPEN and os.path.exists(path) and not (
        os.access(path, os.W_OK) and os.access(folder, os.W_OK))  # WAL needs to write its -shm file beside it
    if primary in (SQLITE_READONLY, SQLITE_PERM) or unwritable:
        return StateReadOnly(
            f"the state database {path} cannot be written ({text})",
            fix=f"make {path} and its folder writable by this user (`ls -ld {folder} {path}`); a file system "
            f"remounted read-only after a disk error needs the kernel log checked (dmesg). {_RETRIES}",
        )
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return StateCorrupt(
            f"the state file {path} is damaged or is not a certmerge-mail database ({text})",
            fix="stop certmerge-mail, move the file away (keep it to look at) and start again: the mailbox is "
            "read again, and drafts already in Drafts are recognised by their Message-ID",
        )
    if primary == SQLITE_IOERR:
        return StateIOError(
            f"I/O error on the state database {path} ({getattr(exc, 'sqlite_errorname', '') or text})",
            fix=f"check the disk holding {folder} and the kernel log (dmesg). {_RETRIES}",
        )
    if primary == SQLITE_CANTOPEN:
        return StateError(
            f"the state database {path} cannot be opened ({text})",
            fix=f"check [state] path: {folder} must exist and be writable by this user",
        )
    return StateError(f"state database {path}: {text}")


def deleted_error(path: str) -> StateReplaced:
    return StateReplaced(
        f"the state file {path} was deleted or moved away while certmerge-mail was using it",
        fix="certmerge-mail stopped rather than write into a file nobody can read again. If that was a "
        "mistake, put the file back (or restore it from a backup); otherwise start certmerge-mail again: "
        "it makes a new state file and reads the mailbox again",
    )


def _free_bytes(folder: str) -> int | None:
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return st.f_bavail * st.f_frsize


def _free_text(folder: str) -> str:
    free = _free_bytes(folder)
    if free is None:
        return "unknown space"
    for unit in ("bytes", "KB", "MB", "GB"):
        if free < 1024 or unit == "GB":
            return f"{free:.0f} {unit}" if unit == "bytes" else f"{free:.1f} {unit}"
        free /= 1024
    return ""


def _mount_point(folder: str) -> str:
    path = Path(folder)
    while not os.path.ismount(path) and path.parent != path:
        path = path.parent
    return str(path)


class _Db:
    """The sqlite3 connection, whose errors come out as StateError subclasses."""

    __slots__ = ("raw", "path")

    def __init__(self, raw: sqlite3.Connection, path: str) -> None:
        self.raw = raw
        self.path = path

    def execute(self, sql: str, params=()) -> "_Rows":
        try:
            return _Rows(self.raw.execute(sql, params), self.path)
        except sqlite3.Error as exc:
            raise state_error(exc, self.path) from exc

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    def close(self) -> None:
        self.raw.close()


class _Rows:
    """A cursor whose fetches translate sqlite3 errors too (rows are read lazily)."""

    __slots__ = ("cursor", "path")

    def __init__(self, cursor: sqlite3.Cursor, path: str) -> None:
        self.cursor = cursor
        self.path = path

    @property
    def rowcount(self) -> int:
        return self.cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self.cursor.lastrowid

    def fetchone(self):
        try:
            return self.cursor.fetchone()
        except sqlite3.Error as exc:
            raise state_error(exc, self.path) from exc

    def fetchall(self) -> list:
        try:
            return self.cursor.fetchall()
        except sqlite3.Error as exc:
            raise state_error(exc, self.path) from exc

    def __iter__(self):
        return iter(self.fetchall())


def _create_private(path: str) -> None:
    """Create the database file 0600 before SQLite does (it would follow the
    umask); tighten an existing one of ours that others can read."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return
    except FileExistsError:
        pass
    for name in (path, path + "-wal", path + "-shm"):
        try:
            st = os.stat(name)
            if st.st_mode & 0o077 and st.st_uid == os.getuid():
                os.chmod(name, 0o600)
                log.info("%s was readable by others: made it private (0600)", name)
        except FileNotFoundError:
            continue


@contextmanager
def _opening(path: str) -> Iterator[None]:
    """Let one process at a time switch the file to WAL and migrate it.

    Two processes opening a new file at once could each hold a lock the other
    needed for the switch to WAL, and both waited out the whole lock timeout
    (seen with three at once). The turn is an flock on the file's folder, held
    only while opening: never a lock on the database file itself, as closing
    any descriptor of that file drops the POSIX locks SQLite holds on it in
    this process."""
    if path == ":memory:" or fcntl is None:
        yield
        return
    fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    try:
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise locked_error(path) from None
                time.sleep(0.005)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock


class Store:
    def __init__(self, path: str | os.PathLike) -> None:
        self.path = str(path)
        self._depth = 0
        self._identity: tuple[int, int] | None = None
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                _create_private(self.path)
            raw = sqlite3.connect(self.path, isolation_level=None, timeout=LOCK_TIMEOUT)
        except sqlite3.Error as exc:
            raise state_error(exc, self.path) from None
        except OSError as exc:
            raise StateError(f"state database {self.path}: {exc.strerror}",
                             fix=f"check [state] path: {os.path.dirname(self.path) or '.'} must be a folder "
                             "this user can write to") from None
        self.db = _Db(raw, self.path)
        try:
            with _opening(self.path):
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute("PRAGMA foreign_keys=ON")
                if self.path != ":memory:":
                    st = os.stat(self.path)
                    self._identity = (st.st_dev, st.st_ino)
                self.migrate()
        except BaseException:
            raw.close()
            raise

    def close(self) -> None:
        self.db.close()

    def check_file(self) -> None:
        """Raise StateReplaced when the path no longer leads to the file this
        Store has open (deleted, moved away, or replaced by another file)."""
        if self._identity is None:
            return
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            raise deleted_error(self.path) from None
        except OSError as exc:
            raise StateIOError(f"the state database {self.path} cannot be looked at ({exc.strerror})",
                               fix=f"check the folder holding it. {_RETRIES}") from None
        if (st.st_dev, st.st_ino) != self._identity:
            raise StateReplaced(
                f"the state file {self.path} was replaced by another file while certmerge-mail was using it",
                fix="certmerge-mail stopped rather than mix the two. Start it again to use the file now at "
                "that path (or put the old one back)",
            )

    # --- migrations -------------------------------------------------------------

    def version(self) -> int:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
        )
        row = self.db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return row[0] or 0

    def migrate(self, target: int = LATEST) -> None:
        current = self.version()
        if current > LATEST:
            raise StateError(
                f"state database {self.path} has schema version {current}, newer than this "
                f"certmerge-mail knows ({LATEST})",
                fix="upgrade certmerge-mail, or point [state] path at another file",
            )
        for version, name, sql in MIGRATIONS:
            if current < version <= target:
                with self.transaction():
                    # Another process may have migrated meanwhile (two starting
                    # at once on a new file): look again under the write lock.
                    if self.version() >= version:
                        continue
                    for statement in sql.split(";"):
                        if statement.strip():
                            self.db.execute(statement)
                    self.db.execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                        (version, name, _iso(datetime.now(timezone.utc))),
                    )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        try:
            self.db.execute("COMMIT")
        except (StateError, sqlite3.Error):
            self._rollback()  # a failed COMMIT (disk full) may leave the transaction open
            raise

    def _rollback(self) -> None:
        """Roll back if a transaction is open: SQLite itself rolls back after
        some errors (SQLITE_FULL), and the error that caused it is the one to report."""
        if not self.db.in_transaction:
            return
        try:
            self.db.execute("ROLLBACK")
        except (StateError, sqlite3.Error) as exc:
            log.debug("rollback failed: %s", exc)

    # --- folders ----------------------------------------------------------------

    def folder(self, name: str) -> tuple[int, int] | None:
        row = self.db.execute("SELECT uidvalidity, last_uid FROM folders WHERE name = ?", (name,)).fetchone()
        return None if row is None else (row[0], row[1])

    def set_folder(self, name: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO folders (name, uidvalidity, last_uid, synced_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET uidvalidity = excluded.uidvalidity, "
            "last_uid = excluded.last_uid, synced_at = excluded.synced_at",
            (name, uidvalidity, last_uid, _iso(now)),
        )

    # --- messages ---------------------------------------------------------------

    def has_uid(self, folder: str, uidvalidity: int, uid: int) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM messages WHERE folder = ? AND uidvalidity = ? AND uid = ?", (folder, uidvalidity, uid)
            ).fetchone()
            is not None
        )

    def has_message_id(self, message_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM messages WHERE message_id = ?", (message_id,)).fetchone() is not None

    def record_message(
        self,
        *,
        folder: str,
        uidvalidity: int,
        uid: int,
        message_id: str,
        kind: str | None,
        case_id: str | None,
        sender_verified: bool | None,
        language: str,
        subject: str,
        from_addr: str,
        date: datetime | None,
        processed_at: datetime,
        reasons: tuple[str, ...] = (),
        errors: tuple[str, ...] = (),
        from_name: str = "",
        reply_to: str = "",
        body: str | None = None,
        badge: str | None = None,
        outcome: Outcome = Outcome.PROCESSED,
    ) -> None:
        """Record a processed message.  `kind` is what the mail is (None when
        it got no reading), `outcome` what became of it.  `body` is kept only
        for case mail (drafts quote it); other mail keeps just its headers' summary."""
        self.db.execute(
            "INSERT OR IGNORE INTO messages (folder, uidvalidity, uid, message_id, kind, outcome, case_id, "
            "sender_verified, language, subject, from_addr, from_name, reply_to, date, processed_at, body, badge, "
            "reasons, errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                folder, uidvalidity, uid, message_id, kind or "", str(outcome), case_id,
                None if sender_verified is None else int(sender_verified),
                language, subject, from_addr, from_name, reply_to, _iso(date), _iso(processed_at), body, badge,
                json.dumps(list(reasons), ensure_ascii=False), json.dumps(list(errors), ensure_ascii=False),
            ),
        )

    def message(self, message_id: str) -> StoredMessage | None:
        row = self.db.execute(
            "SELECT message_id, kind, case_id, subject, from_addr, from_name, reply_to, date, body, folder, outcome "
            "FROM messages WHERE message_id = ? ORDER BY id LIMIT 1",
            (message_id,),
        ).fetchone()
        if row is None:
            return None
        return StoredMessage(row[0], row[1] or None, row[2], row[3] or "", row[4] or "", row[5] or "", row[6] or "",
                             _dt(row[7]), row[8] or "", row[9], row[10])

    def badges(self) -> list[tuple[datetime, str, str | None, bool | None]]:
        """Every Credly badge mail seen: (date, message id, badge name, sender verified)."""
        rows = self.db.execute(
            "SELECT date, message_id, badge, sender_verified FROM messages "
            "WHERE kind = 'credly_badge_issued' AND outcome = 'processed' ORDER BY date"
        )
        return [(_dt(r[0]), r[1], r[2], None if r[3] is None else bool(r[3])) for r in rows]

    def case_of_message(self, message_id: str) -> str | None:
        row = self.db.execute(
            "SELECT case_id FROM messages WHERE message_id = ? AND case_id IS NOT NULL LIMIT 1", (message_id,)
        ).fetchone()
        return row[0] if row else None

    def case_message_ids(self) -> set[str]:
        """The Message-IDs of every message tied to a case (a reply to one is in its thread)."""
        return {r[0] for r in self.db.execute("SELECT DISTINCT message_id FROM messages WHERE case_id IS NOT NULL")}

    def messages(self, *, kind: str | None = None, outcome: str | None = None) -> list[dict]:
        """Every message recorded, in the order processed; only those of `kind` and/or `outcome` when given."""
        keys = ("folder", "uid", "message_id", "kind", "outcome", "case_id", "sender_verified", "subject",
                "from_addr", "date", "errors")
        where = [(column, value) for column, value in (("kind", kind), ("outcome", outcome)) if value]
        sql = (f"SELECT {', '.join(keys)} FROM messages"
               + "".join(f" {'AND' if i else 'WHERE'} {column} = ?" for i, (column, _) in enumerate(where))
               + " ORDER BY id")
        rows = self.db.execute(sql, tuple(str(v) for _, v in where))
        return [dict(zip(keys, row), kind=row[3] or None) for row in rows]

    # --- cases and events -------------------------------------------------------

    def ensure_case(self, case_id: str, opened_at: datetime, subject: str, reply_to: str) -> bool:
        """Create the case if new; True when it was created."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO cases (case_id, opened_at, subject, reply_to) VALUES (?, ?, ?, ?)",
            (case_id, _iso(opened_at), subject, reply_to),
        )
        if cur.rowcount == 0:
            # An earlier mail of the case (out of order) opens it.
            self.db.execute(
                "UPDATE cases SET opened_at = MIN(opened_at, ?) WHERE case_id = ?", (_iso(opened_at), case_id)
            )
        return cur.rowcount == 1

    def case_ids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT case_id FROM cases")}

    def cases(self, case_id: str | None = None) -> list[CaseRow]:
        """Every case, in the order opened; only the one of `case_id` when given."""
        where, params = (" WHERE case_id = ?", (case_id,)) if case_id is not None else ("", ())
        return [
            CaseRow(r[0], _dt(r[1]), r[2] or "", r[3] or "")
            for r in self.db.execute(
                f"SELECT case_id, opened_at, subject, reply_to FROM cases{where} ORDER BY opened_at", params)
        ]

    def add_event(self, case_id: str, event: Event) -> bool:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO events (case_id, kind, at, message_id, verified, asks_user, badge, account_ids, "
            "certain, doubts, read_as, reading, detail, console) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id, event.kind, _iso(event.at), event.message_id, int(event.verified),
                int(event.asks_user), event.badge, json.dumps(list(event.account_ids)),
                int(event.certain), json.dumps(list(event.doubts), ensure_ascii=False), event.read_as,
                event.reading, event.detail, int(event.console),
            ),
        )
        return cur.rowcount == 1

    def events(self, case_id: str) -> list[Event]:
        """The case's events as recorded when each mail was processed
        (corrections are applied by the caller: core/corrections.py)."""
        rows = self.db.execute(
            "SELECT kind, at, message_id, verified, asks_user, badge, account_ids, certain, doubts, read_as, "
            "reading, detail, console FROM events WHERE case_id = ? ORDER BY at, id",
            (case_id,),
        )
        return [
            Event(r[0], _dt(r[1]), r[2], bool(r[3]), bool(r[4]), r[5], tuple(json.loads(r[6])),
                  certain=bool(r[7]), doubts=tuple(json.loads(r[8])), read_as=r[9],
                  reading=r[10], detail=r[11], console=bool(r[12]))
            for r in rows
        ]

    # --- what you said about a case ----------------------------------------------

    def add_mark(self, case_id: str, mark: str, at: datetime, *, badge: str | None = None,
                 until: datetime | None = None) -> int:
        if mark not in MARKS:
            raise ValueError(f"unknown case mark {mark!r}")
        cur = self.db.execute("INSERT INTO case_marks (case_id, mark, badge, until, at) VALUES (?, ?, ?, ?, ?)",
                              (case_id, mark, badge, _iso(until), _iso(at)))
        return cur.lastrowid

    def marks(self, case_id: str | None = None) -> list[CaseMark]:
        sql = "SELECT id, case_id, mark, badge, until, at FROM case_marks"
        rows = self.db.execute(sql + (" WHERE case_id = ?" if case_id else "") + " ORDER BY id",
                               (case_id,) if case_id else ())
        return [CaseMark(r[0], r[1], r[2], r[3], _dt(r[4]), _dt(r[5])) for r in rows]

    def event_case(self, message_id: str) -> str | None:
        """The case on whose timeline a mail is an event (None: on none)."""
        row = self.db.execute("SELECT case_id FROM events WHERE message_id = ? ORDER BY id LIMIT 1",
                              (message_id,)).fetchone()
        return row[0] if row else None

    # --- message numbers (what `cases` shows on the timeline) --------------------

    def message_numbers(self, message_ids) -> dict[str, int]:
        """The number of each mail: the row of its first record, stable for the life of the database."""
        ids = list(dict.fromkeys(message_ids))
        found: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.db.execute(
                f"SELECT message_id, MIN(id) FROM messages WHERE message_id IN ({', '.join('?' * len(chunk))}) "
                "GROUP BY message_id", chunk)
            found.update({r[0]: r[1] for r in rows})
        return found

    def message_of_number(self, number: int) -> str | None:
        row = self.db.execute("SELECT message_id FROM messages WHERE id = ?", (number,)).fetchone()
        return row[0] if row else None

    # --- corrections (the user's word on a mail's kind) -------------------------

    def add_correction(self, message_id: str, kind: str, previous: str, now: datetime) -> None:
        """Record (or replace) the user's correction of a mail's kind.  `previous`
        stays the kind the mail had before the user's first correction."""
        self.db.execute(
            "INSERT INTO corrections (message_id, kind, previous, corrected_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (message_id) DO UPDATE SET kind = excluded.kind, corrected_at = excluded.corrected_at",
            (message_id, kind, previous, _iso(now)),
        )

    def corrections(self) -> dict[str, CorrectionRow]:
        return {r[0]: CorrectionRow(r[0], r[1], r[2], _dt(r[3])) for r in self.db.execute(
            "SELECT message_id, kind, previous, corrected_at FROM corrections ORDER BY corrected_at")}

    # --- requests (the contact form sent, before any case) -----------------------

    def add_request(self, submitted_at: datetime, account_ids: tuple[str, ...], now: datetime) -> int:
        cur = self.db.execute(
            "INSERT INTO requests (submitted_at, account_ids, recorded_at) VALUES (?, ?, ?)",
            (_iso(submitted_at), json.dumps(list(account_ids)), _iso(now)),
        )
        return cur.lastrowid

    def requests(self) -> list[tuple[int, datetime, tuple[str, ...]]]:
        """Every recorded request: (id, submitted at, candidate ids named)."""
        rows = self.db.execute("SELECT id, submitted_at, account_ids FROM requests ORDER BY submitted_at, id")
        return [(r[0], _dt(r[1]), tuple(json.loads(r[2]))) for r in rows]

    def support_addresses(self, case_id: str) -> frozenset[str]:
        """Where a reply to support on this case may go: the case's reply
        address and every address (From or Reply-To) a verified mail of any
        case came from.  The caller keeps those of AWS's own domains."""
        found = {r[0] for r in self.db.execute("SELECT reply_to FROM cases WHERE case_id = ?", (case_id,)) if r[0]}
        for frm, reply_to in self.db.execute(
                "SELECT DISTINCT from_addr, reply_to FROM messages WHERE sender_verified = 1 AND case_id IS NOT NULL"):
            found.update(a for a in (frm, reply_to) if a)
        return frozenset(a.lower() for a in found)

    # --- warnings ---------------------------------------------------------------

    def add_warning(self, case_id: str, message_id: str, code: str, text: str, at: datetime) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO warnings (case_id, message_id, code, text, at) VALUES (?, ?, ?, ?, ?)",
            (case_id, message_id, code, text, _iso(at)),
        )

    def warnings(self, case_id: str | None = None) -> list[CaseWarning]:
        sql = "SELECT case_id, message_id, code, text, at FROM warnings"
        rows = self.db.execute(sql + (" WHERE case_id = ?" if case_id else "") + " ORDER BY at, id",
                               (case_id,) if case_id else ())
        return [CaseWarning(r[0], r[1], r[2], r[3], _dt(r[4])) for r in rows]

    # --- drafts -----------------------------------------------------------------

    def add_draft(
        self, *, case_id: str, purpose: str, trigger: str, created_at: datetime,
        message_id: str, to_addr: str, subject: str, raw: bytes,
    ) -> int | None:
        """Record a draft to put in Drafts; None when this trigger already has one."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO drafts (case_id, purpose, trigger, created_at, message_id, to_addr, subject, raw) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (case_id, purpose, trigger, _iso(created_at), message_id, to_addr, subject, raw),
        )
        return cur.lastrowid if cur.rowcount == 1 else None

    def revive_draft(self, *, case_id: str, purpose: str, trigger: str, created_at: datetime, message_id: str,
                     to_addr: str, subject: str, raw: bytes) -> int | None:
        """A withdrawn draft wanted again (its trigger was corrected back): written
        anew and pending.  None when the draft is not withdrawn."""
        row = self.db.execute(
            "SELECT id FROM drafts WHERE case_id = ? AND purpose = ? AND trigger = ? AND status = 'withdrawn'",
            (case_id, purpose, trigger)).fetchone()
        if row is None:
            return None
        self.db.execute(
            "UPDATE drafts SET status = 'pending', created_at = ?, updated_at = ?, message_id = ?, to_addr = ?, "
            "subject = ?, raw = ?, imap_uid = NULL WHERE id = ?",
            (_iso(created_at), _iso(created_at), message_id, to_addr, subject, raw, row[0]))
        return row[0]

    def has_draft(self, case_id: str, purpose: str, trigger: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM drafts WHERE case_id = ? AND purpose = ? AND trigger = ? AND status != 'withdrawn'",
            (case_id, purpose, trigger),
        ).fetchone() is not None

    _DRAFT_COLS = ("id, case_id, purpose, trigger, created_at, status, message_id, to_addr, subject, raw, imap_uid, "
                   "updated_at")

    def drafts(self, status: str | None = None) -> list[DraftRow]:
        sql = f"SELECT {self._DRAFT_COLS} FROM drafts"
        rows = self.db.execute(sql + (" WHERE status = ?" if status else "") + " ORDER BY id", (status,) if status else ())
        return [self._draft(r) for r in rows]

    def draft(self, draft_id: int) -> DraftRow | None:
        row = self.db.execute(f"SELECT {self._DRAFT_COLS} FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return None if row is None else self._draft(row)

    @staticmethod
    def _draft(r) -> DraftRow:
        return DraftRow(r[0], r[1], r[2], r[3], _dt(r[4]), r[5], r[6], r[7], r[8], bytes(r[9]), r[10], _dt(r[11]))

    def set_draft_status(self, draft_id: int, status: str, now: datetime, imap_uid: int | None = None) -> None:
        self.db.execute(
            "UPDATE drafts SET status = ?, updated_at = ?, imap_uid = COALESCE(?, imap_uid) WHERE id = ?",
            (status, _iso(now), imap_uid, draft_id),
        )

    def claim_draft(self, draft_id: int, statuses: tuple[str, ...], now: datetime) -> bool:
        """Mark the draft 'sending' if its status is one of `statuses`; False
        when it is not (another process claimed, sent or superseded it)."""
        marks = ", ".join("?" * len(statuses))
        cur = self.db.execute(
            f"UPDATE drafts SET status = 'sending', updated_at = ? WHERE id = ? AND status IN ({marks})",
            (_iso(now), draft_id, *statuses),
        )
        return cur.rowcount == 1

    # --- nudges -----------------------------------------------------------------

    def last_nudge(self, case_id: str, state: str, since: datetime) -> datetime | None:
        row = self.db.execute(
            "SELECT MAX(sent_at) FROM nudges WHERE case_id = ? AND state = ? AND since = ?",
            (case_id, state, _iso(since)),
        ).fetchone()
        return _dt(row[0]) if row and row[0] else None

    def record_nudge(self, case_id: str, state: str, since: datetime, sent_at: datetime) -> None:
        self.db.execute(
            "INSERT INTO nudges (case_id, state, since, sent_at) VALUES (?, ?, ?, ?)",
            (case_id, state, _iso(since), _iso(sent_at)),
        )

    # --- outbox (digests and nudges waiting for delivery) -------------------------

    def enqueue(self, *, kind: str, created_at: datetime, subject: str, raw: bytes, text: str,
                channels: tuple[str, ...]) -> int:
        cur = self.db.execute(
            "INSERT INTO outbox (kind, created_at, subject, raw, text, pending) VALUES (?, ?, ?, ?, ?, ?)",
            (kind, _iso(created_at), subject, raw, text, json.dumps(list(channels))),
        )
        return cur.lastrowid

    def outbox(self) -> list[OutboxRow]:
        """Items with a channel still to deliver, or a delivery claimed and not yet confirmed."""
        rows = self.db.execute(
            "SELECT id, kind, created_at, subject, raw, text, pending, attempts, last_error, claimed FROM outbox "
            "WHERE pending != '[]' OR claimed != '{}' ORDER BY id"
        )
        return [OutboxRow(r[0], r[1], _dt(r[2]), r[3], bytes(r[4]), r[5], tuple(json.loads(r[6])), r[7], r[8],
                          {channel: _dt(at) for channel, at in json.loads(r[9]).items()})
                for r in rows]

    def _outbox_channels(self, item_id: int) -> tuple[list[str], dict[str, str]] | None:
        row = self.db.execute("SELECT pending, claimed FROM outbox WHERE id = ?", (item_id,)).fetchone()
        return None if row is None else (json.loads(row[0]), json.loads(row[1]))

    def _set_outbox_channels(self, item_id: int, pending: list[str], claimed: dict[str, str], *,
                             attempt: bool = False, error: str | None = None, set_error: bool = False) -> None:
        self.db.execute(
            "UPDATE outbox SET pending = ?, claimed = ?, attempts = attempts + ?, "
            "last_error = CASE WHEN ? THEN ? ELSE last_error END WHERE id = ?",
            (json.dumps(pending), json.dumps(claimed), int(attempt), int(set_error), error, item_id),
        )

    def claim_delivery(self, item_id: int, channel: str, now: datetime) -> bool:
        """Move `channel` of an outbox item from pending to claimed (call in a
        transaction: the check and the change are one).  False when it is not
        pending any more (another process claimed or delivered it)."""
        channels = self._outbox_channels(item_id)
        if channels is None or channel not in channels[0]:
            return False
        pending, claimed = channels
        pending.remove(channel)
        claimed[channel] = _iso(now)
        self._set_outbox_channels(item_id, pending, claimed)
        return True

    def finish_delivery(self, item_id: int, channel: str, *, delivered: bool, error: str | None = None) -> None:
        """The outcome of a claimed delivery: done, or given back to pending with `error`."""
        channels = self._outbox_channels(item_id)
        if channels is None:
            return
        pending, claimed = channels
        if claimed.pop(channel, None) is None:
            return
        if not delivered and channel not in pending:
            pending.append(channel)
        self._set_outbox_channels(item_id, pending, claimed, attempt=True, error=None if delivered else error,
                                  set_error=True)

    def drop_claim(self, item_id: int, channel: str, note: str) -> None:
        """Give up on a claimed delivery whose outcome is unknown: neither
        pending nor claimed any more, with `note` saying why."""
        channels = self._outbox_channels(item_id)
        if channels is None:
            return
        pending, claimed = channels
        if claimed.pop(channel, None) is not None:
            self._set_outbox_channels(item_id, pending, claimed, error=note, set_error=True)

    def set_outbox_pending(self, item_id: int, pending: tuple[str, ...], error: str | None) -> None:
        self.db.execute(
            "UPDATE outbox SET pending = ?, attempts = attempts + 1, last_error = ? WHERE id = ?",
            (json.dumps(list(pending)), error, item_id),
        )

    # --- service status (read by `status` from another process) -----------------

    def set_status(self, **values: object) -> None:
        for key, value in values.items():
            self.db.execute(
                "INSERT INTO status (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, default=str, ensure_ascii=False)),
            )

    def status(self) -> dict[str, object]:
        return {k: json.loads(v) for k, v in self.db.execute("SELECT key, value FROM status")}
