"""Issue 16: one instance, one send -- with real concurrent processes.

`run` and `run --once` hold an flock on the state database's lock file; two
`drafts send` of one draft at once send one mail.  Every process here is a
real `python -m certmerge_mail`, against the test Dovecot and aiosmtpd.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

from support import settings_text, thread
from test_operation import db_rows, start, stop, wait_for, wait_until_started

from certmerge_mail.adapters.store import Store
from servers import imap_connect


def config(tmp_path, user, extra: str = ""):
    path = tmp_path / "config.toml"
    path.write_text(settings_text(user, tmp_path / "state.sqlite3", extra=extra))
    path.chmod(0o600)
    return path


def cli(*args, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "certmerge_mail", *args], capture_output=True, text=True,
                          timeout=timeout)


def deliver_thread(deliver, *names):
    t = thread()
    for name in names:
        deliver(t[name].raw, folder=t[name].folder, internal_date=t[name].date)


def drafts_folder(user) -> list:
    with imap_connect(user) as client:
        client.select_folder("Drafts", readonly=True)
        return client.search(["ALL"])


# --------------------------------------------------------------------------- one instance


def test_run_once_next_to_a_running_service_is_refused_with_its_pid(imap_user, deliver, tmp_path):
    deliver_thread(deliver, "created")
    cfg = config(tmp_path, imap_user)
    service = start("--config", str(cfg), "run")
    try:
        wait_until_started(tmp_path / "state.sqlite3", service)
        once = cli("--config", str(cfg), "run", "--once")
        assert once.returncode == 6, once.stderr
        assert f"another `certmerge-mail run` (pid {service.pid}) is already using the state database" in once.stderr
        assert "fix:" in once.stderr
        assert (tmp_path / "state.sqlite3.lock").read_text().split("\n")[0] == str(service.pid)
    finally:
        code, _out, err = stop(service)
    assert code == 0, err
    # The lock went with its holder: now `run --once` runs.
    assert cli("--config", str(cfg), "run", "--once").returncode == 0


def test_two_services_started_at_once_one_runs_and_drafts_once(imap_user, deliver, tmp_path):
    """Started in the same instant, exactly one service runs; the other names it and exits.  Before
    the lock, both ran in 2 of 6 trials and drafted the confirmation twice."""
    deliver_thread(deliver, "created", "confirm")
    cfg = config(tmp_path, imap_user)
    state = tmp_path / "state.sqlite3"
    for trial in range(2):
        a, b = (start("--config", str(cfg), "run") for _ in range(2))
        try:
            wait_for(lambda: a.poll() is not None or b.poll() is not None, what="one of the two to give way")
            loser, winner = (a, b) if a.poll() is not None else (b, a)
            _code, _out, err = stop(loser)
            assert loser.returncode == 6, err
            assert f"(pid {winner.pid}) is already using the state database" in err
            wait_until_started(state, winner)
            wait_for(lambda: db_rows(state, "SELECT status FROM drafts") == [("in_drafts",)], what="the draft")
            time.sleep(0.3)
            assert winner.poll() is None
        finally:
            for proc in (a, b):
                stop(proc)
        assert db_rows(state, "SELECT COUNT(*) FROM drafts") == [(1,)], trial
        assert len(drafts_folder(imap_user)) == 1, trial


def test_a_killed_service_leaves_no_lock_behind(imap_user, deliver, tmp_path):
    cfg = config(tmp_path, imap_user)
    service = start("--config", str(cfg), "run")
    wait_until_started(tmp_path / "state.sqlite3", service)
    stop(service, signal.SIGKILL)
    assert cli("--config", str(cfg), "run", "--once").returncode == 0


# --------------------------------------------------------------------------- one send

def smtp_extra(server) -> str:
    return (f'[smtp]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "plain"\n'
            f'username = "{server.username}"\npassword = "{server.password}"\n')


def slow_down(server, seconds: float) -> None:
    """The SMTP server takes `seconds` to accept each message, as a busy one does."""
    handler = server._controller.handler
    original = handler.handle_DATA

    async def slow_data(smtp, session, envelope):
        await asyncio.sleep(seconds)
        return await original(smtp, session, envelope)

    handler.handle_DATA = slow_data


def drafted(tmp_path, imap_user, deliver, smtp_server):
    deliver_thread(deliver, "created", "confirm")
    cfg = config(tmp_path, imap_user, smtp_extra(smtp_server))
    once = cli("--config", str(cfg), "run", "--once", "--now", "2025-11-04T10:00:00Z")
    assert once.returncode == 0, once.stderr
    [(draft_id,)] = db_rows(tmp_path / "state.sqlite3", "SELECT id FROM drafts")
    return cfg, draft_id


def test_two_sends_of_one_draft_at_once_send_one_mail(imap_user, deliver, tmp_path, smtp_server):
    cfg, draft_id = drafted(tmp_path, imap_user, deliver, smtp_server)
    slow_down(smtp_server, 1.0)
    sends = [subprocess.Popen([sys.executable, "-m", "certmerge_mail", "--config", str(cfg), "drafts", "send",
                               str(draft_id), "--yes"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [(p.wait(60), *p.communicate()) for p in sends]
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 2], results
    [(_code, _out, refused)] = [r for r in results if r[0] == 2]
    assert (f"draft {draft_id} is being sent right now by another certmerge-mail" in refused
            or f"draft {draft_id} was already sent on" in refused), refused
    time.sleep(0.5)
    assert len(smtp_server.messages) == 1
    assert db_rows(tmp_path / "state.sqlite3", "SELECT status FROM drafts") == [("sent",)]
    with imap_connect(imap_user) as client:
        client.select_folder("Sent", readonly=True)
        assert len(client.search(["ALL"])) == 1


def test_sending_a_sent_draft_says_when_it_went_even_without_smtp(imap_user, deliver, tmp_path, smtp_server):
    cfg, draft_id = drafted(tmp_path, imap_user, deliver, smtp_server)
    assert cli("--config", str(cfg), "drafts", "send", str(draft_id), "--yes").returncode == 0
    cfg.write_text(settings_text(imap_user, tmp_path / "state.sqlite3"))  # [smtp] taken out
    again = cli("--config", str(cfg), "drafts", "send", str(draft_id), "--yes")
    assert again.returncode == 2
    today = datetime.now(timezone(timedelta(hours=9))).strftime("%Y-%m-%d")
    assert f"draft {draft_id} was already sent on {today}" in again.stderr and "JST" in again.stderr
    assert "[smtp]" not in again.stderr
    assert len(smtp_server.messages) == 1


def test_a_failed_send_gives_the_draft_back(imap_user, deliver, tmp_path, smtp_server):
    cfg, draft_id = drafted(tmp_path, imap_user, deliver, smtp_server)
    good = cfg.read_text()
    cfg.write_text(good.replace(f'password = "{smtp_server.password}"', 'password = "wrong"'))
    failed = cli("--config", str(cfg), "drafts", "send", str(draft_id), "--yes")
    assert failed.returncode == 3, failed.stderr  # the SMTP login was refused
    assert db_rows(tmp_path / "state.sqlite3", "SELECT status FROM drafts") == [("in_drafts",)]
    cfg.write_text(good)
    sent = cli("--config", str(cfg), "drafts", "send", str(draft_id), "--yes")
    assert sent.returncode == 0, sent.stderr
    assert len(smtp_server.messages) == 1


def test_a_send_interrupted_midway_is_refused_until_retried_on_purpose(imap_user, deliver, tmp_path, smtp_server):
    cfg, draft_id = drafted(tmp_path, imap_user, deliver, smtp_server)
    state = tmp_path / "state.sqlite3"
    store = Store(state)
    with store.transaction():  # as a send killed between its claim and its end leaves it
        store.claim_draft(draft_id, ("in_drafts",), datetime.now(timezone.utc) - timedelta(hours=1))
    store.close()
    refused = cli("--config", str(cfg), "drafts", "send", str(draft_id), "--yes")
    assert refused.returncode == 2
    assert "never finished (it was interrupted)" in refused.stderr and "--retry-interrupted" in refused.stderr
    assert smtp_server.messages == []
    sent = cli("--config", str(cfg), "drafts", "send", str(draft_id), "--yes", "--retry-interrupted")
    assert sent.returncode == 0, sent.stderr
    assert len(smtp_server.messages) == 1
    assert json.loads(cli("--config", str(cfg), "drafts", "--json").stdout)[0]["status"] == "sent"
    msg = email.message_from_bytes(smtp_server.messages[0].data, policy=email.policy.default)
    assert msg["To"]
