"""A local Maildir as a mailbox: the same port as ImapMailbox.

`make demo` runs the service on the sample Maildir shipped with the project
(no server, no account).  Folders follow Dovecot's Maildir++ layout: the
inbox is the root, other folders are ".Sent", ".Drafts".  A message's UID is
its position in file-name order, which is arrival order for Maildir names
(they start with the delivery time).

`visible_until` lets the demo replay the mailbox through time: only messages
delivered up to that moment (the time at the start of the file name) exist.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

from certmerge_mail.adapters.mailbox import Fetched, FetchedHeaders, FolderInfo, unedited
from certmerge_mail.errors import MailboxError

_SPECIAL = {"\\sent": "Sent", "\\drafts": "Drafts", "\\junk": "Junk"}


class MaildirMailbox:
    """A Maildir as the mail port (adapters/mailbox.py): no IDLE, no server-side search."""

    def __init__(self, root: str | os.PathLike, *, visible_until: Callable[[], datetime] | None = None) -> None:
        self.root = Path(root)
        self.visible_until = visible_until
        self.selected: str | None = None
        self._files: list[Path] = []
        self._counter = 0

    def connect(self) -> None:
        if not (self.root / "cur").is_dir():
            raise MailboxError(f"{self.root} is not a Maildir (no cur/ folder)", fix="point at a Maildir folder")

    def logout(self) -> None:
        self.selected = None

    def has_capability(self, name: str) -> bool:
        return False  # no server: no IDLE, no WITHIN; the service polls

    def special_folder(self, flag: str) -> str | None:
        name = _SPECIAL.get(flag.lower())
        return name if name and self._dir(name).is_dir() else None

    def list_folders(self) -> list[tuple[tuple[str, ...], str]]:
        folders = [((), "INBOX")]
        for child in sorted(self.root.iterdir()):
            if child.name.startswith(".") and (child / "cur").is_dir():
                name = child.name[1:]
                flag = next((f for f, n in _SPECIAL.items() if n == name), None)
                folders.append((("\\" + name,) if flag else (), name))
        return folders

    def _dir(self, folder: str) -> Path:
        return self.root if folder.upper() == "INBOX" else self.root / f".{folder}"

    def _listing(self, folder: str) -> list[Path]:
        base = self._dir(folder)
        if not (base / "cur").is_dir():
            raise MailboxError(f"Maildir folder {folder!r} does not exist under {self.root}")
        files = [p for sub in ("cur", "new") for p in (base / sub).iterdir() if p.is_file() and not p.name.startswith(".")]
        files.sort(key=lambda p: p.name)
        if self.visible_until is not None:
            limit = self.visible_until().timestamp()
            files = [p for p in files if delivered_at(p) <= limit]
        return files

    def status(self, folder: str) -> FolderInfo:
        count = len(self._listing(folder))
        return FolderInfo(folder, 1, count + 1, count)

    def examine(self, folder: str) -> FolderInfo:
        self._files = self._listing(folder)
        self.selected = folder
        return FolderInfo(folder, 1, len(self._files) + 1, len(self._files))

    def search_new(self, folder: str, after_uid: int, any_of: list[tuple[str, str]],
                   since: datetime | None = None) -> list[int]:
        # No server to search on: every newer message is a candidate; the
        # classifier decides exactly, as it does for IMAP search hits.
        return list(range(after_uid + 1, len(self._files) + 1))

    def fetch(self, uids: list[int]) -> Iterator[Fetched]:
        for uid in uids:
            path = self._files[uid - 1]
            yield Fetched(uid, path.read_bytes(), datetime.fromtimestamp(delivered_at(path), tz=timezone.utc))

    def fetch_headers(self, uids: list[int], fields: tuple[str, ...]) -> Iterator[FetchedHeaders]:
        """The whole header block (a superset of `fields`; the reader picks what it needs)."""
        for uid in uids:
            with open(self._files[uid - 1], "rb") as f:
                head = f.read(256 * 1024)
            end = min((i for i in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if i != -1), default=len(head))
            yield FetchedHeaders(uid, head[:end] + b"\r\n\r\n")

    def append(self, folder: str, raw: bytes, flags: tuple[str, ...] = (), when: datetime | None = None) -> int:
        base = self._dir(folder)
        for sub in ("cur", "new", "tmp"):
            (base / sub).mkdir(parents=True, exist_ok=True)
        stamp = int((when or datetime.now(timezone.utc)).timestamp())
        self._counter += 1
        info = "D" if "\\Draft" in flags else ""
        name = f"{stamp}.M{self._counter}P{os.getpid()}Q{time.monotonic_ns()}.certmerge-mail:2,{info}"
        tmp = base / "tmp" / name
        tmp.write_bytes(raw)
        tmp.rename(base / "cur" / name)
        return len(self._listing(folder))

    def find_message_id(self, folder: str, message_id: str) -> int | None:
        needle = f"Message-ID: {message_id}".lower().encode()
        for uid, path in enumerate(self._listing(folder), 1):
            head = path.read_bytes().split(b"\n\n", 1)[0].replace(b"\r", b"").lower()
            if needle in head:
                return uid
        return None

    def delete_own_draft(self, folder: str, message_id: str, marker: str, raw: bytes) -> str:
        """As ImapMailbox.delete_own_draft: only a file flagged D (draft) with
        the marker header, still byte for byte our `raw` draft, goes."""
        needle = f"Message-ID: {message_id}".lower().encode()
        found = False
        for path in self._listing(folder):
            stored = path.read_bytes()
            head = stored.split(b"\n\n", 1)[0].replace(b"\r", b"").lower()
            if needle not in head:
                continue
            found = True
            if ("D" in path.name.rpartition(":2,")[2] and f"\n{marker.lower()}:".encode() in head
                    and unedited(stored, raw)):
                path.unlink()
                return "deleted"
        return "not_ours" if found else "absent"

    def watch(self, folders: tuple[str, ...]) -> None:
        pass

    def idle_wait(self, seconds: float, should_stop: Callable[[], bool] | None = None,
                  also: tuple[str, ...] = ()) -> bool:
        return False


def delivered_at(path: Path) -> float:
    head = path.name.split(".", 1)[0]
    try:
        return float(head)
    except ValueError:
        return path.stat().st_mtime
