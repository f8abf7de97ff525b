"""The state store: numbered migrations, and what the service relies on."""

import sqlite3
from datetime import datetime, timezone

import pytest

from certmerge_mail.adapters.store import LATEST, MIGRATIONS, Store
from certmerge_mail.core.cases import Event
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
