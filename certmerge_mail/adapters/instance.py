"""One certmerge-mail per state database: an OS lock on a file beside it.

`run` and `run --once` hold an exclusive `flock` on `<state file>.lock` for
their whole life.  Taking it is one atomic system call, so of two processes
started at once exactly one gets it; and the kernel drops it when its holder
ends, however it ends (kill -9 too), so there is never a stale lock to clean
up.  The file is never deleted: a process may hold the old one open.

The file also tells others who holds it and how it is doing:

    line 1   the holder's pid
    line 2   a note (JSON): the service writes here when the state database
             itself cannot be written (a full disk), so `status` can still say why

It is written once at full size (NOTE_SIZE) and afterwards only overwritten
in place, which needs no new space on a full disk.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import time
from pathlib import Path

from certmerge_mail.errors import InstanceRunning

log = logging.getLogger(__name__)

NOTE_SIZE = 4096


def lock_path(state_path: str) -> str:
    return f"{state_path}.lock"


class InstanceLock:
    """The held lock; `release()` (or the end of the process) lets it go."""

    def __init__(self, path: str, fd: int) -> None:
        self.path = path
        self.fd: int | None = fd
        self.note: dict | None = None

    @classmethod
    def acquire(cls, state_path: str) -> InstanceLock:
        """Take the lock, or raise InstanceRunning naming the pid that holds it."""
        path = lock_path(state_path)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(path)
            os.close(fd)
            who = f"pid {holder}" if holder else "its pid not written yet"
            raise InstanceRunning(
                f"another {_command_line(holder)} ({who}) is already using the state database {state_path}",
                fix="only one may run at a time, or mail would be drafted and nudged twice: wait for it to "
                "finish (`run --once` ends by itself), or stop it (systemctl --user stop certmerge-mail, or "
                f"kill {holder or 'it'}); `certmerge-mail status` shows the service",
            ) from None
        lock = cls(path, fd)
        lock.write_note(None)
        return lock

    def write_note(self, note: dict | None) -> bool:
        """Overwrite the file with this pid and `note`; False when even that failed."""
        if self.fd is None:
            return False
        self.note = note
        return self._write(os.getpid(), note)

    def _write(self, pid: int | None, note: dict | None) -> bool:
        note = dict(note, pid=os.getpid()) if note else None
        text = json.dumps(note, ensure_ascii=False) if note else ""
        content = f"{pid or ''}\n{text}\n".encode()
        if len(content) > NOTE_SIZE and note:  # a long error text is cut, never the JSON's shape
            note["last_error"] = str(note.get("last_error", ""))[:1000]
            content = f"{pid or ''}\n{json.dumps(note, ensure_ascii=False)}\n".encode()[:NOTE_SIZE]
        try:
            os.pwrite(self.fd, content.ljust(NOTE_SIZE), 0)
            return True
        except OSError as exc:
            log.warning("cannot write %s (%s)", self.path, exc.strerror)
            return False

    def release(self) -> None:
        if self.fd is None:
            return
        # No pid: whoever reads the file before the next holder writes its own
        # waits for it.  A note stays: it says why this process ended.
        self._write(None, self.note)
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def read_lock(state_path: str) -> tuple[int | None, dict | None]:
    """The pid and note last written to the lock file (without taking the lock)."""
    try:
        text = Path(lock_path(state_path)).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None, None
    first, _, rest = text.partition("\n")
    pid = int(first) if first.strip().isdigit() else None
    note_text = rest.partition("\n")[0].strip()
    try:
        note = json.loads(note_text) if note_text else None
    except ValueError:
        note = None
    return pid, note if isinstance(note, dict) else None


def _holder(path: str) -> int | None:
    """The pid in the lock file; the holder writes it just after locking, so wait a moment for it."""
    deadline = time.monotonic() + 1.0
    while True:
        pid, _note = read_lock(path[: -len(".lock")])
        if pid or time.monotonic() > deadline:
            return pid
        time.sleep(0.02)


def _command_line(pid: int | None) -> str:
    """"`certmerge-mail run --once`" for the holder's command line where /proc shows it."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0") if pid else []
    except OSError:
        argv = []
    words = [a.decode(errors="replace") for a in argv if a]
    if "run" not in words:
        return "certmerge-mail"
    return "`certmerge-mail " + " ".join(w for w in words[words.index("run"):] if w in ("run", "--once")) + "`"
