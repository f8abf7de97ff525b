"""The IMAP port (imapclient).  Read-only towards the user's mail.

Folders are opened with EXAMINE (read-only) and messages fetched with
BODY.PEEK[], so no flag ever changes; nothing is moved, deleted or flagged.
The only write is APPEND of drafts (to Drafts, flagged \\Draft) and of the
digest (to the inbox, when the user asks for that channel).

Errors from imaplib, imapclient, ssl and socket are translated here into
certmerge_mail.errors; nothing above this module sees them.  A NO to SELECT,
EXAMINE, STATUS or APPEND means the folder is wrong (missing, an invalid
name, no permission): retrying cannot fix that, so it is a FolderError (a
configuration error) naming the folder and listing the folders the server
has -- unless its response code says the trouble is passing (UNAVAILABLE,
INUSE, SERVERBUG...), which is retried like a network error.
"""

from __future__ import annotations

import imaplib
import logging
import re
import select
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime

import imapclient
from imapclient.exceptions import IMAPClientError, LoginError

from certmerge_mail.adapters.mailbox import Fetched, FetchedHeaders, FolderInfo, unedited
from certmerge_mail.adapters.tls import ssl_context, tls_error, translate_tls_errors
from certmerge_mail.core.settings import ImapSettings
from certmerge_mail.errors import (
    CertmergeError,
    ConnectionFailed,
    CredentialError,
    FolderError,
    MailboxError,
)

log = logging.getLogger(__name__)
_PROTOCOL_LOG = logging.getLogger("imapclient.imaplib")  # where imapclient sends imaplib's trace

FETCH_BATCH = 100
HEADER_BATCH = 1000  # header fields of this many messages per FETCH (a few hundred bytes each)
SOCKET_TIMEOUT = 60.0

# Response codes (RFC 5530) of a NO that a later try may not meet again.
PASSING_CODES = frozenset({"UNAVAILABLE", "INUSE", "SERVERBUG", "LIMIT", "OVERQUOTA", "EXPUNGEISSUED",
                           "CORRUPTION", "CONTACTADMIN"})
_UID = re.compile(rb"\bUID (\d+)")
# A login refused for now, not for the password: RFC 5530's UNAVAILABLE and INUSE, and a
# server going down ("LOGIN => Shutting down", "try again later").
_LOGIN_FOR_NOW = re.compile(r"\[(?:UNAVAILABLE|INUSE)\]|shutting\s+down|try\s+again|temporar", re.IGNORECASE)
_TIMING = re.compile(r"\s*\(\d+\.\d+(?: \+ \d+\.\d+)* secs\)\.?$")  # Dovecot's "(0.001 + 0.000 secs)."


@contextmanager
def translate_errors(what: str, folder: str | None = None) -> Iterator[None]:
    """Turn library exceptions into CertmergeError subclasses naming `what`.
    With `folder`, the command works on that folder: a NO is a FolderError."""
    try:
        with translate_tls_errors(what):
            yield
    except LoginError as exc:
        if _LOGIN_FOR_NOW.search(str(exc)):
            # RFC 5530: the server's login subsystem is down for now (Dovecot while its auth
            # process starts, or "Shutting down" while it restarts): a connection trouble,
            # tried again soon, not a refused password.
            raise ConnectionFailed(f"{what}: the server cannot log in anyone now ({_clean(exc)})") from None
        error = CredentialError(f"{what}: the server refused the login ({_clean(exc)})")
        error.refused = True  # type: ignore[attr-defined]  # (not: the password could not be fetched)
        error.reason = _clean(exc)  # type: ignore[attr-defined]
        raise error from None
    except socket.gaierror:
        raise ConnectionFailed(f"{what}: host name not found") from None
    except ConnectionRefusedError:
        raise ConnectionFailed(f"{what}: connection refused") from None
    except (TimeoutError, socket.timeout):
        raise ConnectionFailed(f"{what}: no answer (timed out)") from None
    except IMAPClientError as exc:
        text = _clean(exc)
        refused = _refusal(exc, text) if folder is not None else None
        if refused is not None:
            code, reason = refused
            if code in PASSING_CODES:
                raise ConnectionFailed(f"{what}: the server cannot open it now ({reason})") from None
            raise FolderError(f"{what}: the server refuses the folder {folder!r} ({reason})") from None
        if "nonexistent" in text.lower() or "doesn't exist" in text.lower() or "not exist" in text.lower():
            raise MailboxError(f"{what}: {text}") from None
        raise ConnectionFailed(f"{what}: {text}") from None
    except (OSError, EOFError) as exc:
        raise ConnectionFailed(f"{what}: connection lost ({type(exc).__name__}: {exc})") from None


def _refusal(exc: BaseException, text: str) -> tuple[str, str] | None:
    """(response code or "", the server's words) when `exc` is a NO answer
    ("select failed: [CANNOT] ..."), None for a broken connection or a BAD."""
    if isinstance(exc, imaplib.IMAP4.abort):
        return None
    command, sep, reason = text.partition(" failed: ")
    if not sep or " " in command:
        return None
    reason = _TIMING.sub("", reason.strip())
    code = re.match(r"\[([A-Z-]+)", reason)
    return (code.group(1) if code else ""), reason


def _clean(exc: BaseException) -> str:
    text = str(exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return text


class ImapMailbox:
    """One connection to the user's IMAP server: the mail port (adapters/mailbox.py) over IMAP."""

    def __init__(
        self,
        settings: ImapSettings,
        *,
        password: Callable[[], str] | None = None,
        oauth2_token: Callable[[], str] | None = None,
    ) -> None:
        self.settings = settings
        self._password = password
        self._oauth2_token = oauth2_token
        self.client: imapclient.IMAPClient | None = None
        self.selected: str | None = None
        # Sessions that only watch another folder (IDLE on Sent), by folder.
        self._watchers: dict[str, imapclient.IMAPClient] = {}
        # The session's LIST, read once per session (the folders it had when it began).
        self._listed: tuple[imapclient.IMAPClient, list] | None = None
        self.label = f"IMAP {settings.host}:{settings.port}"

    # --- connection -------------------------------------------------------------

    def connect(self) -> None:
        """Connect and log in.  The password or OAuth2 token is fetched anew at
        every connect; an OAuth2 token the server refuses is fetched once more
        (it may have expired since the token command cached it) and tried on
        a new connection before the login counts as refused."""
        s = self.settings
        if self._oauth2_token is None:
            client = self._login(lambda c: c.login(s.username, self._password() if self._password else ""))
        else:
            try:
                client = self._login(lambda c: c.oauth2_login(s.username, self._oauth2_token()))
            except CredentialError as exc:
                if not getattr(exc, "refused", False):
                    raise
                log.warning("%s refused the OAuth2 access token for %s; fetching a fresh token and "
                            "trying once more", self.label, s.username)
                try:
                    client = self._login(lambda c: c.oauth2_login(s.username, self._oauth2_token()))
                except CredentialError as again:
                    if not getattr(again, "refused", False):
                        raise
                    raise CredentialError(
                        f"{self.label}: the server refused the OAuth2 access token for {s.username}, "
                        f"and a freshly fetched one too ({again.reason})",
                        fix="run oauth2_token_command yourself: it must print a current access token for "
                        f"{s.username} with the mail scope (for Gmail https://mail.google.com/); a revoked "
                        "or expired refresh token needs a new authorisation",
                    ) from None
        self.client = client
        self.selected = None
        log.info("connected to %s as %s", self.label, s.username)

    def _login(self, login: Callable[[imapclient.IMAPClient], object]) -> imapclient.IMAPClient:
        """A new connection, logged in by `login`; closed again when that fails."""
        s = self.settings
        client: imapclient.IMAPClient | None = None
        try:
            with translate_errors(self.label):
                # Plain text (loopback only) needs none: loading the system's CAs is 20 ms.
                context = ssl_context(s.ca_file) if s.security != "plain" else None
                try:
                    client = imapclient.IMAPClient(
                        s.host, port=s.port, ssl=s.security == "tls", ssl_context=context, timeout=SOCKET_TIMEOUT
                    )
                    if s.security == "starttls":
                        client.starttls(context)
                except ssl.SSLError as exc:
                    better = tls_error(exc, what=self.label, host=s.host, port=s.port, security=s.security,
                                       ca_file=s.ca_file)
                    if better is None:
                        raise
                    raise better from None
                _no_delay(client)
                if not _PROTOCOL_LOG.isEnabledFor(logging.DEBUG):
                    # imapclient sets imaplib's debug level to 5, so that imaplib formats
                    # a repr of every line and literal for a log nobody reads: 15-30 ms
                    # of CPU for phase one's 2,000 header fields (-v keeps the trace).
                    client._imap.debug = 0
                login(client)
        except BaseException:
            if client is not None:
                try:
                    client.shutdown()
                except Exception:  # the connection is gone anyway
                    pass
            raise
        return client

    def logout(self) -> None:
        for client in self._watchers.values():
            _close(client)
        self._watchers = {}
        if self.client is None:
            return
        _close(self.client)
        self.client = None
        self.selected = None

    def _c(self) -> imapclient.IMAPClient:
        if self.client is None:
            raise ConnectionFailed(f"{self.label}: not connected")
        return self.client

    def has_capability(self, name: str) -> bool:
        with translate_errors(self.label):
            return self._c().has_capability(name)

    # --- folders ----------------------------------------------------------------

    def list_folders(self) -> list[tuple[tuple[str, ...], str]]:
        """The server's folders with their flags, by one LIST per session: the
        sent, drafts and junk folders are looked up in the same list."""
        client = self._c()
        if self._listed is None or self._listed[0] is not client:
            with translate_errors(self.label):
                listed = [
                    (tuple(f.decode() if isinstance(f, bytes) else str(f) for f in flags), name)
                    for flags, _delim, name in client.list_folders()
                ]
            self._listed = (client, listed)
        return list(self._listed[1])

    def special_folder(self, flag: str) -> str | None:
        """The folder carrying a SPECIAL-USE flag such as \\Sent or \\Drafts."""
        for flags, name in self.list_folders():
            if flag.lower() in (f.lower() for f in flags):
                return name
        return None

    @contextmanager
    def _on_folder(self, folder: str) -> Iterator[None]:
        """translate_errors for a command on `folder`; a FolderError lists the server's folders."""
        try:
            with translate_errors(self.label, folder=folder):
                yield
        except FolderError as exc:
            raise FolderError(
                f"{exc.args[0]}; the folders it has: {self._folder_listing()}",
                fix=f"write one of these names in [imap] in place of {folder!r} (the key inbox, sent or drafts "
                "that has it; without sent or drafts, the folder the server marks \\Sent or \\Drafts is used), "
                "then run `certmerge-mail check`",
            ) from None

    def _folder_listing(self) -> str:
        """ "INBOX, Sent (\\Sent), ..." -- or why there is no list."""
        try:
            folders = self.list_folders()
        except CertmergeError:
            return "(the list could not be read)"
        special = ("\\sent", "\\drafts", "\\trash", "\\junk", "\\archive", "\\all", "\\flagged")
        return ", ".join(
            name + (f" ({' '.join(f for f in flags if f.lower() in special)})"
                    if any(f.lower() in special for f in flags) else "")
            for flags, name in folders
        )

    def status(self, folder: str) -> FolderInfo:
        """UIDVALIDITY and UIDNEXT without opening the folder (STATUS, answered
        from the server's index: far cheaper than EXAMINE on a large folder)."""
        with self._on_folder(folder):
            if folder == self.selected:
                # The open folder's STATUS reflects this session's view, which
                # only catches up with new mail on a NOOP (or IDLE).
                self._c().noop()
            info = self._c().folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"])
        return FolderInfo(folder, int(info.get(b"UIDVALIDITY", 0)), int(info.get(b"UIDNEXT", 0) or 0),
                          int(info.get(b"MESSAGES", 0) or 0))

    def examine(self, folder: str) -> FolderInfo:
        """Open `folder` read-only (EXAMINE)."""
        with self._on_folder(folder):
            info = self._c().select_folder(folder, readonly=True)
        self.selected = folder
        return FolderInfo(
            folder,
            int(info.get(b"UIDVALIDITY", 0)),
            int(info.get(b"UIDNEXT", 0) or 0),
            int(info.get(b"EXISTS", 0) or 0),
        )

    # --- reading ----------------------------------------------------------------

    def search_new(self, folder: str, after_uid: int, any_of: list[tuple[str, str]],
                   since: datetime | None = None) -> list[int]:
        """UIDs above `after_uid` in the examined `folder` matching any of the
        (key, value) criteria, e.g. [("FROM", "amazon"), ("SUBJECT", "case")];
        with `since`, only mail that arrived on or after that day.

        Servers keep arrival dates in their index or cache, so the date test
        is cheap and only the window's mail is matched against the criteria.
        Where the server has WITHIN (RFC 5032), YOUNGER says it in seconds:
        Dovecot then compares numbers where SINCE has it turn every message's
        arrival time into a calendar date, twice the time on a 100,000-message
        folder.  A day is added, as SINCE counts whole days.
        """
        criteria: list[str | date] = ["UID", f"{after_uid + 1}:*"]
        if since is not None:
            age = time.time() - since.timestamp()
            if age > 0 and self.has_capability("WITHIN"):
                criteria += ["YOUNGER", str(int(age) + 86_400)]
            else:
                criteria += ["SINCE", since.date()]
        criteria += _any_of(any_of)
        charset = "UTF-8" if any(not v.isascii() for _, v in any_of) else None
        with translate_errors(f"{self.label} folder {folder!r}"):
            uids = self._c().search(criteria, charset=charset)
        # "UID n:*" always matches the highest UID, even below n: drop it.
        return sorted(u for u in uids if u > after_uid)

    def fetch(self, uids: list[int]) -> Iterator[Fetched]:
        """Whole messages by UID, without setting \\Seen (BODY.PEEK[])."""
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            with translate_errors(f"{self.label} folder {self.selected!r}"):
                data = self._c().fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
            for uid in batch:
                item = data.get(uid)
                if item is None:  # expunged meanwhile
                    continue
                yield Fetched(uid, item.get(b"BODY[]") or b"", item.get(b"INTERNALDATE"))

    def recent_headers(self, folder: str, name: str, count: int = 20) -> list[list[str]]:
        """The values of header `name` (each message's, topmost first) of the
        last `count` messages of `folder`, read without setting \\Seen."""
        info = self.examine(folder)
        if info.exists <= 0:
            return []
        item = f"BODY.PEEK[HEADER.FIELDS ({name.upper()})]"
        with translate_errors(f"{self.label} folder {folder!r}"):
            uids = sorted(self._c().search(["ALL"]))[-count:]
            data = self._c().fetch(uids, [item]) if uids else {}
        import email
        import email.policy

        found = []
        for _seq, values in sorted(data.items()):
            raw = next((v for k, v in values.items() if k.upper().startswith(b"BODY[HEADER")), b"") or b""
            message = email.message_from_bytes(raw, policy=email.policy.compat32)
            found.append([" ".join(str(v).split()) for v in message.get_all(name, [])])
        return found

    def fetch_headers(self, uids: list[int], fields: tuple[str, ...]) -> Iterator[FetchedHeaders]:
        """Only the named header fields of messages by UID, without setting
        \\Seen (BODY.PEEK[HEADER.FIELDS (...)]): a few hundred bytes a message.

        Read with imaplib itself: imapclient's response parser reads its
        input a character at a time in Python, and this runs on every SEARCH
        hit (2,000 in a developer's 180 days: 2 s of parsing)."""
        item = f"(BODY.PEEK[HEADER.FIELDS ({' '.join(f.upper() for f in fields)})])"
        for start in range(0, len(uids), HEADER_BATCH):
            batch = uids[start : start + HEADER_BATCH]
            with translate_errors(f"{self.label} folder {self.selected!r}"):
                typ, data = self._c()._imap.uid("FETCH", ",".join(map(str, batch)), item)
            if typ != "OK":
                raise ConnectionFailed(f"{self.label}: FETCH of header fields failed ({data!r:.200})")
            wanted = set(batch)
            for n, entry in enumerate(data):
                if not isinstance(entry, tuple):
                    continue
                # b'12 (UID 34 BODY[HEADER.FIELDS (...)] {256}', literal -- UID may also follow the literal.
                found = _UID.search(entry[0])
                if found is None and n + 1 < len(data) and isinstance(data[n + 1], bytes):
                    found = _UID.search(data[n + 1])
                if found is not None and int(found.group(1)) in wanted:
                    yield FetchedHeaders(int(found.group(1)), entry[1] or b"")

    def find_message_id(self, folder: str, message_id: str) -> int | None:
        self.examine(folder)
        with translate_errors(f"{self.label} folder {folder!r}"):
            uids = self._c().search(["HEADER", "Message-ID", message_id])
        return max(uids) if uids else None

    # --- writing (drafts, the digest) ----------------------------------------------

    def delete_own_draft(self, folder: str, message_id: str, marker: str, raw: bytes) -> str:
        """Take one of certmerge-mail's own unsent drafts out of `folder`: the
        messages whose Message-ID is `message_id`, flagged \\Draft and carrying
        the `marker` header, byte for byte still the `raw` draft we appended
        (an edit saved under the same Message-ID stays).  Nothing else is touched: UID EXPUNGE removes only
        those UIDs (without UIDPLUS they are left flagged \\Deleted, never
        expunged with the folder).  Returns "deleted", "absent" (not there: the
        user sent or deleted it) or "not_ours" (found without the marker or the
        \\Draft flag: the user's own, left alone)."""
        c = self._c()
        with self._on_folder(folder):
            c.select_folder(folder)  # read-write: the one place that needs it
            self.selected = None  # not the read-only view the sync expects
            try:
                uids = c.search(["HEADER", "Message-ID", message_id])
                if not uids:
                    return "absent"
                header = f"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID {marker.upper()})]"
                data = c.fetch(uids, ["FLAGS", header, "BODY.PEEK[]"])
                ours = []
                for uid, item in data.items():
                    head = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"")
                    head = head.decode("utf-8", "replace").lower()
                    if (b"\\Draft" in item.get(b"FLAGS", ()) and f"{marker.lower()}:" in head
                            and message_id.lower() in head and unedited(item.get(b"BODY[]", b""), raw)):
                        ours.append(uid)
                if not ours:
                    return "not_ours"
                c.add_flags(ours, [imapclient.DELETED])
                if c.has_capability("UIDPLUS"):
                    c.uid_expunge(ours)
                else:
                    log.warning("%s: no UIDPLUS, so draft %s is left flagged \\Deleted in %s (an EXPUNGE would "
                                "remove the other mail flagged so too)", self.label, message_id, folder)
                return "deleted"
            finally:
                # Back to a read-only view; no CLOSE, which would expunge others' \Deleted mail.
                c.select_folder(folder, readonly=True)
                self.selected = folder

    def append(self, folder: str, raw: bytes, flags: tuple[str, ...] = (), when: datetime | None = None) -> int | None:
        with self._on_folder(folder):
            response = self._c().append(folder, raw, flags=flags, msg_time=when)
        # "[APPENDUID <uidvalidity> <uid>] ..." when the server supports UIDPLUS.
        text = response.decode(errors="replace") if isinstance(response, bytes) else str(response)
        if "APPENDUID" in text:
            try:
                return int(text.split("APPENDUID", 1)[1].split("]")[0].split()[1])
            except (IndexError, ValueError):
                return None
        return None

    # --- waiting ----------------------------------------------------------------

    def idle_wait(self, seconds: float, should_stop: Callable[[], bool] | None = None,
                  also: tuple[str, ...] = ()) -> bool:
        """IDLE on the examined folder, and on each folder of `also` over a
        connection of its own (an IMAP session watches only the folder it has
        open), for up to `seconds`; True when any of them reported new mail.
        Waits on all the sessions' sockets at once (select), so news on any
        is read the moment it comes; checks `should_stop` every second.

        A dead connection raises ConnectionFailed: a BYE from the server, or
        end-of-file (a socket readable again and again with nothing to read);
        and leaving IDLE needs the server's answer within the socket
        timeout, so a silent connection fails there."""
        deadline = time.monotonic() + seconds
        news = False
        with translate_errors(f"{self.label} IDLE"):
            sessions = [self._c()] + [self._watcher(folder) for folder in also]
            idling: list[imapclient.IMAPClient] = []
            # A socket that select() calls readable but that yields nothing has
            # reached end-of-file (imapclient's idle_check swallows EOF).
            empty = [0] * len(sessions)
            try:
                for client in sessions:
                    client.idle()
                    idling.append(client)
                sockets = [client.socket() for client in sessions]
                while not news and time.monotonic() < deadline and not (should_stop and should_stop()):
                    step = min(1.0, max(0.0, deadline - time.monotonic()))
                    ready, _, _ = select.select(sockets, [], [], step)
                    for sock in ready:
                        n = sockets.index(sock)
                        responses = sessions[n].idle_check(timeout=0)
                        if any(r and r[0] == b"BYE" for r in responses):
                            raise ConnectionFailed(f"{self.label}: the server closed the connection (BYE)")
                        empty[n] = 0 if responses else empty[n] + 1
                        if empty[n] >= 3:
                            raise ConnectionFailed(f"{self.label}: the server closed the connection")
                        if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                            news = True
            finally:
                for client in idling:
                    try:
                        client.idle_done()
                    except Exception:
                        if not news:
                            raise
        return news

    def watch(self, folders: tuple[str, ...]) -> None:
        """Open now the sessions idle_wait(also=folders) will IDLE on."""
        with translate_errors(f"{self.label} IDLE"):
            for folder in folders:
                self._watcher(folder)

    def _watcher(self, folder: str) -> imapclient.IMAPClient:
        """A second session with `folder` open (EXAMINE), kept for IDLE."""
        client = self._watchers.get(folder)
        if client is None:
            main, selected = self.client, self.selected
            try:
                self.connect()
                client = self.client
            finally:
                self.client, self.selected = main, selected
            try:
                with self._on_folder(folder):
                    client.select_folder(folder, readonly=True)
            except BaseException:
                _close(client)
                raise
            self._watchers[folder] = client
        return client

    def noop(self) -> None:
        with translate_errors(self.label):
            self._c().noop()


def _no_delay(client: imapclient.IMAPClient) -> None:
    """Send each command at once (TCP_NODELAY).  imapclient writes a command
    (SEARCH, SELECT, LIST...) and its closing CRLF in two writes; with Nagle's
    algorithm the CRLF waits until the server acknowledges the first, which a
    server delays (40 ms on Linux, up to 200 ms elsewhere).  Linux answers at
    once on loopback, but through a loopback proxy each of a first sync's
    three SEARCHes took 42 ms, and 1 ms with this; over a network it is a
    round trip or the server's delay, each command."""
    try:
        client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except (OSError, AttributeError):  # not a TCP socket: nothing to wait for
        pass


def _close(client: imapclient.IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # already gone: nothing to do
        try:
            client.shutdown()
        except Exception:
            pass


def _any_of(pairs: list[tuple[str, str]]) -> list[str]:
    """IMAP prefix notation for "any of these": OR OR a b c."""
    tokens = ["OR"] * max(0, len(pairs) - 1)
    for key, value in pairs:
        tokens += [key, value]
    return tokens
