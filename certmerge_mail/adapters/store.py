"""The state store: one SQLite file (WAL), and every SQL statement of the project.

The schema is created and upgraded by the numbered migrations in MIGRATIONS;
each applied version is recorded in `schema_migrations`.  A migration is
never edited once released: add a new one.

Crash safety: the service wraps the processing of one message (its record
and every event, warning and draft it causes) in `transaction()`, so a kill
at any point leaves either all of it or none of it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from certmerge_mail.core.cases import Event
from certmerge_mail.errors import StateError

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
        """
        CREATE TABLE warnings (
            id         INTEGER PRIMARY KEY,
            case_id    TEXT NOT NULL,
            message_id TEXT NOT NULL,
            code       TEXT NOT NULL,
            text       TEXT NOT NULL,
            at         TEXT NOT NULL,
            UNIQUE (case_id, message_id, code)
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
        """
        CREATE TABLE warnings_v4 (
            id         INTEGER PRIMARY KEY,
            case_id    TEXT NOT NULL,
            message_id TEXT NOT NULL,
            code       TEXT NOT NULL,
            text       TEXT NOT NULL,
            at         TEXT NOT NULL,
            UNIQUE (case_id, message_id, code, text)
        );
        INSERT INTO warnings_v4 (id, case_id, message_id, code, text, at)
            SELECT id, case_id, message_id, code, text, at FROM warnings;
        DROP TABLE warnings;
        ALTER TABLE warnings_v4 RENAME TO warnings;
        """,
    ),
)
LATEST = MIGRATIONS[-1][0]


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(timezone.utc).isoformat(timespec="seconds")


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


@dataclass(frozen=True, slots=True)
class StoredMessage:
    message_id: str
    kind: str
    case_id: str | None
    subject: str
    from_addr: str
    from_name: str
    reply_to: str
    date: datetime | None
    body: str
    folder: str


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
    status: str  # pending | in_drafts | sent | failed
    message_id: str
    to_addr: str
    subject: str
    raw: bytes
    imap_uid: int | None


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


class Store:
    def __init__(self, path: str | os.PathLike) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._depth = 0
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StateError(f"state database {self.path}: {exc}") from None
        except OSError as exc:
            raise StateError(f"state database {self.path}: {exc.strerror}") from None

    def close(self) -> None:
        self.db.close()

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
            self.db.execute("ROLLBACK")
            raise
        self._depth = 0
        self.db.execute("COMMIT")

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
        kind: str,
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
    ) -> None:
        """Record a processed message.  `body` is kept only for case mail
        (drafts quote it); other mail keeps just its headers' summary."""
        self.db.execute(
            "INSERT OR IGNORE INTO messages (folder, uidvalidity, uid, message_id, kind, case_id, sender_verified, "
            "language, subject, from_addr, from_name, reply_to, date, processed_at, body, badge, reasons, errors) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                folder, uidvalidity, uid, message_id, kind, case_id,
                None if sender_verified is None else int(sender_verified),
                language, subject, from_addr, from_name, reply_to, _iso(date), _iso(processed_at), body, badge,
                json.dumps(list(reasons), ensure_ascii=False), json.dumps(list(errors), ensure_ascii=False),
            ),
        )

    def message(self, message_id: str) -> StoredMessage | None:
        row = self.db.execute(
            "SELECT message_id, kind, case_id, subject, from_addr, from_name, reply_to, date, body, folder "
            "FROM messages WHERE message_id = ? ORDER BY id LIMIT 1",
            (message_id,),
        ).fetchone()
        if row is None:
            return None
        return StoredMessage(row[0], row[1], row[2], row[3] or "", row[4] or "", row[5] or "", row[6] or "",
                             _dt(row[7]), row[8] or "", row[9])

    def badges(self) -> list[tuple[datetime, str, str | None, bool | None]]:
        """Every Credly badge mail seen: (date, message id, badge name, sender verified)."""
        rows = self.db.execute(
            "SELECT date, message_id, badge, sender_verified FROM messages "
            "WHERE kind = 'credly_badge_issued' ORDER BY date"
        )
        return [(_dt(r[0]), r[1], r[2], None if r[3] is None else bool(r[3])) for r in rows]

    def case_of_message(self, message_id: str) -> str | None:
        row = self.db.execute(
            "SELECT case_id FROM messages WHERE message_id = ? AND case_id IS NOT NULL LIMIT 1", (message_id,)
        ).fetchone()
        return row[0] if row else None

    def messages(self, kind: str | None = None) -> list[dict]:
        sql = "SELECT folder, uid, message_id, kind, case_id, sender_verified, subject, from_addr, date, errors FROM messages"
        rows = self.db.execute(sql + (" WHERE kind = ?" if kind else "") + " ORDER BY id", (kind,) if kind else ())
        keys = ("folder", "uid", "message_id", "kind", "case_id", "sender_verified", "subject", "from_addr", "date", "errors")
        return [dict(zip(keys, row)) for row in rows]

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

    def cases(self) -> list[CaseRow]:
        return [
            CaseRow(r[0], _dt(r[1]), r[2] or "", r[3] or "")
            for r in self.db.execute("SELECT case_id, opened_at, subject, reply_to FROM cases ORDER BY opened_at")
        ]

    def add_event(self, case_id: str, event: Event) -> bool:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO events (case_id, kind, at, message_id, verified, asks_user, badge, account_ids) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_id, event.kind, _iso(event.at), event.message_id, int(event.verified),
                int(event.asks_user), event.badge, json.dumps(list(event.account_ids)),
            ),
        )
        return cur.rowcount == 1

    def events(self, case_id: str) -> list[Event]:
        rows = self.db.execute(
            "SELECT kind, at, message_id, verified, asks_user, badge, account_ids FROM events "
            "WHERE case_id = ? ORDER BY at, id",
            (case_id,),
        )
        return [
            Event(r[0], _dt(r[1]), r[2], bool(r[3]), bool(r[4]), r[5], tuple(json.loads(r[6]))) for r in rows
        ]

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

    def has_draft(self, case_id: str, purpose: str, trigger: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM drafts WHERE case_id = ? AND purpose = ? AND trigger = ?", (case_id, purpose, trigger)
        ).fetchone() is not None

    _DRAFT_COLS = "id, case_id, purpose, trigger, created_at, status, message_id, to_addr, subject, raw, imap_uid"

    def drafts(self, status: str | None = None) -> list[DraftRow]:
        sql = f"SELECT {self._DRAFT_COLS} FROM drafts"
        rows = self.db.execute(sql + (" WHERE status = ?" if status else "") + " ORDER BY id", (status,) if status else ())
        return [self._draft(r) for r in rows]

    def draft(self, draft_id: int) -> DraftRow | None:
        row = self.db.execute(f"SELECT {self._DRAFT_COLS} FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return None if row is None else self._draft(row)

    @staticmethod
    def _draft(r) -> DraftRow:
        return DraftRow(r[0], r[1], r[2], r[3], _dt(r[4]), r[5], r[6], r[7], r[8], bytes(r[9]), r[10])

    def set_draft_status(self, draft_id: int, status: str, now: datetime, imap_uid: int | None = None) -> None:
        self.db.execute(
            "UPDATE drafts SET status = ?, updated_at = ?, imap_uid = COALESCE(?, imap_uid) WHERE id = ?",
            (status, _iso(now), imap_uid, draft_id),
        )

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
        rows = self.db.execute(
            "SELECT id, kind, created_at, subject, raw, text, pending, attempts, last_error FROM outbox "
            "WHERE pending != '[]' ORDER BY id"
        )
        return [OutboxRow(r[0], r[1], _dt(r[2]), r[3], bytes(r[4]), r[5], tuple(json.loads(r[6])), r[7], r[8])
                for r in rows]

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
