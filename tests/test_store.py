"""The state store: numbered migrations, and what the service relies on."""

import sqlite3
from datetime import datetime, timezone

import pytest

from certmerge_mail.adapters.store import LATEST, MIGRATIONS, Store
from certmerge_mail.errors import StateError

T = datetime(2025, 11, 3, 9, 0, tzinfo=timezone.utc)


def test_a_new_database_gets_every_migration(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    assert store.version() == LATEST == MIGRATIONS[-1][0]
    rows = store.db.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == [m[0] for m in MIGRATIONS]
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_older_schema_upgrades_and_keeps_its_data(tmp_path):
    path = tmp_path / "state.sqlite3"
    old = Store.__new__(Store)  # a database left by version 1 of the schema
    old.path, old._depth = str(path), 0
    old.db = sqlite3.connect(path, isolation_level=None)
    old.migrate(target=1)
    old.set_folder("INBOX", 7, 42, T)
    old.ensure_case("176215680000123", T, "RE:[CASE 176215680000123]", "aws@amazon.com")
    # The event as version 1 wrote it (today's add_event writes columns of later migrations).
    old.db.execute("INSERT INTO events (case_id, kind, at, message_id, verified) VALUES (?, ?, ?, ?, 1)",
                   ("176215680000123", "case_created", T.isoformat(), "<a@b>"))
    old.db.execute("INSERT INTO events (case_id, kind, at, message_id, verified) VALUES (?, ?, ?, ?, 1)",
                   ("176215680000123", "your_reply", T.isoformat(), "<r@b>"))
    assert old.version() == 1
    old.db.close()

    store = Store(path)  # opening it upgrades it
    assert store.version() == LATEST
    assert store.folder("INBOX") == (7, 42)
    assert [(e.kind, e.certain, e.doubts) for e in store.events("176215680000123")] == [
        ("case_created", True, ()), ("your_reply", True, ())]
    # A reply recorded before replies were read has no reading: it counts as a confirmation, as it did then.
    assert [e.reading for e in store.events("176215680000123")] == ["", ""]
    store.add_warning("176215680000123", "<a@b>", "accounts_mismatch", "one", T)  # tables of later migrations work
    store.add_warning("176215680000123", "<a@b>", "accounts_mismatch", "two", T)
    assert [w.text for w in store.warnings()] == ["one", "two"]


def test_a_newer_schema_is_refused_with_a_fix(tmp_path):
    path = tmp_path / "state.sqlite3"
    Store(path).db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'x', 'now')")
    with pytest.raises(StateError) as err:
        Store(path)
    assert "999" in str(err.value) and "upgrade certmerge-mail" in str(err.value)


def test_a_transaction_is_all_or_nothing(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.ensure_case("1", T, "s", "r")
            raise RuntimeError("crash")
    assert store.cases() == []


def test_one_draft_per_case_purpose_and_trigger(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    args = dict(case_id="1", purpose="confirmation", trigger="<m@x>", created_at=T, message_id="<d@x>",
                to_addr="a@amazon.com", subject="RE: x", raw=b"raw")
    assert store.add_draft(**args) is not None
    assert store.add_draft(**args) is None
    assert store.add_draft(**(args | {"trigger": "<n@x>"})) is not None


def test_an_unusable_path_is_a_clear_state_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StateError) as err:
        Store(tmp_path / "file" / "state.sqlite3")
    assert "state database" in str(err.value) and "fix:" in str(err.value)


def test_a_correction_is_kept_and_replaced_not_duplicated(tmp_path):
    path = tmp_path / "state.sqlite3"
    store = Store(path)
    store.add_correction("<m@x>", "support_reply", "merge_completed", T)
    store.add_correction("<m@x>", "survey", "support_reply", T)  # corrected again: the first kind stays
    store.close()
    [row] = Store(path).corrections().values()  # a restart
    assert (row.message_id, row.kind, row.previous) == ("<m@x>", "survey", "merge_completed")


def _open_and_close(path, barrier):
    barrier.wait()
    Store(path).close()


def test_processes_opening_a_new_file_at_once_do_not_wait_each_other_out(tmp_path):
    # Three processes switching a new file to WAL at once each held a lock another
    # needed, and all waited out the 30 s timeout (StateLocked). Opening is
    # serialised now; any failure here shows up as an exception from the pool.
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager, ctx.Pool(3) as pool:
        for i in range(8):
            barrier = manager.Barrier(3)
            pool.starmap(_open_and_close, [(str(tmp_path / f"{i}.db"), barrier)] * 3)
            assert Store(tmp_path / f"{i}.db").version() == LATEST


def test_migration_10_moves_outcomes_out_of_the_kind_column(tmp_path):
    """A state file of schema 9 whose messages.kind mixes kinds with outcomes: every row
    comes out with its kind (None where the mail got no reading) and its outcome."""
    path = tmp_path / "state.sqlite3"
    old = Store.__new__(Store)
    old.path, old._depth = str(path), 0
    old.db = sqlite3.connect(path, isolation_level=None)
    old.migrate(target=9)
    rows = [  # (uid, message id, kind as schema 9 wrote it, case id, body)
        (1, "<created@x>", "case_created", "176215680000123", "We have opened case 176215680000123."),
        (2, "<digest@x>", "own", None, None),
        (3, "<created@x>", "duplicate", None, None),
        (4, "<broken@x>", "error", None, None),
        (5, "<badge@x>", "credly_badge_issued", None, None),
        (6, "<news@x>", "unrelated", None, None),
        (7, "<reply@x>", "your_reply", "176215680000123", "I confirm."),
        (8, "<seen@x>", "seen", None, None),
    ]
    for uid, mid, kind, case, body in rows:
        old.db.execute(
            "INSERT INTO messages (folder, uidvalidity, uid, message_id, kind, case_id, sender_verified, subject, "
            "date, processed_at, body, badge, errors) VALUES ('INBOX', 7, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
            (uid, mid, kind, case, f"subject {uid}", T.isoformat(), T.isoformat(), body,
             "AWS Certified" if kind == "credly_badge_issued" else None,
             '["broken"]' if kind == "error" else "[]"))
    assert old.version() == 9
    old.db.close()

    store = Store(path)
    assert store.version() == LATEST >= 10
    got = [(m["uid"], m["message_id"], m["kind"], m["outcome"], m["case_id"], m["subject"], m["errors"])
           for m in store.messages()]
    assert got == [
        (1, "<created@x>", "case_created", "processed", "176215680000123", "subject 1", "[]"),
        (2, "<digest@x>", None, "own", None, "subject 2", "[]"),
        (3, "<created@x>", None, "duplicate", None, "subject 3", "[]"),
        (4, "<broken@x>", None, "error", None, "subject 4", '["broken"]'),
        (5, "<badge@x>", "credly_badge_issued", "processed", None, "subject 5", "[]"),
        (6, "<news@x>", "unrelated", "processed", None, "subject 6", "[]"),
        (7, "<reply@x>", "your_reply", "processed", "176215680000123", "subject 7", "[]"),
        (8, "<seen@x>", None, "seen", None, "subject 8", "[]"),
    ]
    # Readers see the same as before: the first record of a Message-ID, badges, the thread, numbers.
    first = store.message("<created@x>")
    assert (first.kind, first.outcome, first.body) == ("case_created", "processed", "We have opened case 176215680000123.")
    assert [(mid, name) for _at, mid, name, _v in store.badges()] == [("<badge@x>", "AWS Certified")]
    assert store.case_message_ids() == {"<created@x>", "<reply@x>"}
    assert store.message_numbers(["<created@x>", "<reply@x>"]) == {"<created@x>": 1, "<reply@x>": 7}
    assert [m["uid"] for m in store.messages(outcome="error")] == [4]
    assert [m["uid"] for m in store.messages(kind="unrelated")] == [6]
    assert store.has_uid("INBOX", 7, 8) and store.has_message_id("<digest@x>")
    # A message recorded after the migration keeps both.
    store.record_message(folder="INBOX", uidvalidity=7, uid=9, message_id="<late@x>", kind="merge_completed",
                         outcome="error", case_id=None, sender_verified=True, language="en", subject="s",
                         from_addr="a@amazon.com", date=T, processed_at=T)
    assert store.messages(outcome="error")[-1]["kind"] == "merge_completed"  # (the store keeps what it is given)
    indexes = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "messages_message_id" in indexes
