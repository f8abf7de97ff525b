"""The mail port: everything the service asks of a mailbox, and the types it gets back.

Two adapters implement it: ImapMailbox (adapters/imap.py, the user's server)
and MaildirMailbox (adapters/maildir.py, the demo's sample mailbox and a
fast fake for tests).  Nothing above the adapters knows which one it holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class FolderInfo:
    name: str
    uidvalidity: int
    uidnext: int
    exists: int


@dataclass(frozen=True, slots=True)
class Fetched:
    uid: int
    raw: bytes
    internal_date: datetime | None


@dataclass(frozen=True, slots=True)
class FetchedHeaders:
    uid: int
    raw: bytes  # the asked header fields, as the server sent them, ending in a blank line


@dataclass(frozen=True, slots=True)
class Folders:
    """The folders the service works with, resolved at connect time."""

    inbox: str
    sent: str
    drafts: str
    junk: str | None = None  # searched read-only like the inbox; None: the server marks no \Junk folder


class Mailbox(Protocol):
    """The one mail port."""

    # The folder open (EXAMINE) now, or None.
    selected: str | None

    def connect(self) -> None: ...
    def logout(self) -> None: ...
    def has_capability(self, name: str) -> bool: ...
    def list_folders(self) -> list[tuple[tuple[str, ...], str]]: ...
    def special_folder(self, flag: str) -> str | None: ...
    def status(self, folder: str) -> FolderInfo: ...
    def examine(self, folder: str) -> FolderInfo: ...
    def search_new(self, folder: str, after_uid: int, any_of: list[tuple[str, str]],
                   since: datetime | None = None) -> list[int]: ...
    def fetch(self, uids: list[int]) -> Iterable[Fetched]: ...
    def fetch_headers(self, uids: list[int], fields: tuple[str, ...]) -> Iterable[FetchedHeaders]: ...
    def append(self, folder: str, raw: bytes, flags: tuple[str, ...] = (),
               when: datetime | None = None) -> int | None: ...
    def find_message_id(self, folder: str, message_id: str) -> int | None: ...
    def delete_own_draft(self, folder: str, message_id: str, marker: str, raw: bytes) -> str: ...
    def watch(self, folders: tuple[str, ...]) -> None: ...
    def idle_wait(self, seconds: float, should_stop: Callable[[], bool] | None = None,
                  also: tuple[str, ...] = ()) -> bool: ...


def unedited(stored: bytes, ours: bytes) -> bool:
    """Whether a message in the mailbox is still exactly the draft we put
    there (line endings aside: servers store CRLF). Anything else, however
    small, was edited by someone and is not ours to take away."""
    def norm(raw: bytes) -> bytes:
        return raw.replace(b"\r\n", b"\n").rstrip(b"\n")
    return norm(stored) == norm(ours)
