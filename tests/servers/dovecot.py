"""A real Dovecot IMAP server for the test suite, started on loopback.

``DovecotServer`` is a controller in the spirit of aiosmtpd's ``Controller``:
it writes its own configuration into a temporary directory (never
``/etc/dovecot``), starts ``dovecot -F`` on two free ports of 127.0.0.1 (plain
IMAP with STARTTLS, and implicit-TLS IMAPS with a self-signed certificate it
generates), and stops that process again -- by the pid in its own pid file,
waiting until the master and every child it spawned have gone.  The system's
Dovecot service is never touched.

Written for Dovecot 2.3 (the configuration syntax changed in 2.4; a 2.4
binary is refused with a clear error rather than failing obscurely).

Dovecot facts this module relies on (found by running it here):

* As root, Dovecot refuses to access mail as uid 0, so users get the uid/gid
  of ``nobody`` (65534) and the mail directory is chowned to it.  The temp
  directory is made 0755 and the passwd files 0644 so the unprivileged
  ``auth`` process (user ``dovecot``) can read them.
* As a non-root user, ``default_login_user``, ``default_internal_user`` and
  ``default_internal_group`` are set to that user and ``chroot =`` is cleared
  for the services that chroot by default (imap-login, anvil, ipc, old-stats).
* ``state_dir`` is pointed into the temp dir as well, so the master does not
  record itself in ``/var/lib/dovecot/instances``.
* ``stats_writer_socket_path =`` (empty): with the stats connection, an imap
  process of a connected client lingers ~10 s after SIGTERM.
* Stopping: SIGTERM to the master alone takes ~1 s, and imap processes of
  connected clients then linger for ~10 s; SIGTERM to the whole process group
  ends everything within milliseconds.  Signalled right after start, the
  master occasionally needs 6 s unless the signal is repeated.
* passwd-file is NOT re-read on every lookup: Dovecot stat()s it at most
  once per second (``last_sync_time == ioloop_time`` in db-passwd-file.c), so
  a user appended within the same second as the previous login is "unknown
  user" until the next second.  Hence one passwd file per user
  (``passwd.d/%u``): a file Dovecot has never looked at is read on its first
  lookup, so an added user can log in at once.  No auth cache is configured.
* After a failed login, anvil's auth penalty delays every later login from
  the same IP (all of them: 127.0.0.1) by 2-15 s.  ``login_trusted_networks``
  does not exempt anyone in 2.3 (login processes no longer send
  ``no-penalty``), so the auth process is kept from reaching anvil's
  ``anvil-auth-penalty`` socket (``mode = 0``) and runs without penalties.
  ``auth_failure_delay = 0`` cuts the answer to a bad password to ~0.5 s (the
  auth process flushes failures every 500 ms).
* Maildir keeps the INTERNALDATE as the file's mtime and the flags in the file
  name, so a message survives the loss of the index files with both intact.
"""

from __future__ import annotations

import os
import pwd
import grp
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "DovecotServer",
    "ImapUser",
    "TlsCert",
    "find_dovecot",
    "free_port",
    "make_self_signed_cert",
]

HOST = "127.0.0.1"
INSTALL_HINT = "sudo apt-get install dovecot-imapd"
READY_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0
# Unix socket paths are limited to 108 bytes; Dovecot's longest socket name
# under base_dir is about 30 characters.
_MAX_BASE_LEN = 60


# --------------------------------------------------------------------------
# helpers shared with smtp.py


def free_port(host: str = HOST) -> int:
    """Return a TCP port on ``host`` that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _free_ports(count: int, host: str = HOST) -> list[int]:
    """``count`` distinct free ports (all held open at once while choosing)."""
    socks = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind((host, 0))
            socks.append(sock)
        return [s.getsockname()[1] for s in socks]
    finally:
        for sock in socks:
            sock.close()


@dataclass(frozen=True)
class TlsCert:
    """A self-signed certificate (its own CA) and its private key."""

    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(str(self.cert_file), str(self.key_file))
        return ctx

    def client_context(self) -> ssl.SSLContext:
        """A client context that trusts only this certificate (hostname checked)."""
        return ssl.create_default_context(cafile=str(self.cert_file))


_OPENSSL_CNF = """\
[req]
distinguished_name = dn
x509_extensions = v3
prompt = no

[dn]
CN = {cn}
O = certmerge-mail test suite

[v3]
basicConstraints = critical, CA:TRUE
keyUsage = critical, digitalSignature, keyEncipherment, keyCertSign
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = {san}
"""


def make_self_signed_cert(directory: Path | str, *, common_name: str = "localhost",
                          days: int = 7, san: str = "IP:127.0.0.1, DNS:localhost") -> TlsCert:
    """Generate a self-signed P-256 certificate for 127.0.0.1 / localhost.

    Uses the ``openssl`` command line tool.  The certificate is its own CA
    (``CA:TRUE``), so clients verify the server by loading ``cert_file`` as
    their CA file.
    """
    openssl = shutil.which("openssl")
    if openssl is None:
        raise RuntimeError("the `openssl` command is needed to make the test certificate "
                           "(sudo apt-get install openssl)")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    cnf = directory / "openssl.cnf"
    cert = directory / "cert.pem"
    key = directory / "key.pem"
    cnf.write_text(_OPENSSL_CNF.format(cn=common_name, san=san))
    proc = subprocess.run(
        [openssl, "req", "-x509", "-new", "-config", str(cnf),
         "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-sha256", "-days", str(days),
         "-keyout", str(key), "-out", str(cert)],
        capture_output=True, text=True, timeout=30,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"openssl failed to make a certificate:\n{proc.stderr}")
    key.chmod(0o600)
    cert.chmod(0o644)
    return TlsCert(cert_file=cert, key_file=key)


# --------------------------------------------------------------------------


def find_dovecot() -> str:
    """Path of the dovecot binary, or a RuntimeError telling how to install it."""
    path = shutil.which("dovecot")
    if path is None and os.access("/usr/sbin/dovecot", os.X_OK):
        path = "/usr/sbin/dovecot"
    if path is None:
        raise RuntimeError(
            "Dovecot is not installed, and the IMAP integration tests need a real "
            f"Dovecot server. Install it with:\n    {INSTALL_HINT}"
        )
    return path


@dataclass(frozen=True)
class ImapUser:
    """A mailbox account on a running DovecotServer."""

    host: str
    port: int          # plain IMAP (STARTTLS available)
    tls_port: int      # implicit TLS (IMAPS)
    username: str
    password: str
    ca_file: Path      # the server's self-signed certificate, to verify TLS against
    maildir_path: Path  # INBOX maildir; other folders are "<maildir>/.<name>"

    def ssl_context(self) -> ssl.SSLContext:
        """An SSL context that verifies the server against ``ca_file``."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def folder_path(self, folder: str = "INBOX") -> Path:
        """The Maildir directory of ``folder`` (Maildir++ layout)."""
        if folder.upper() == "INBOX":
            return self.maildir_path
        return self.maildir_path / ("." + folder.replace("/", "."))


# The special folders as most servers name them, or as Gmail does.
_MAILBOXES = {
    "default": {"Sent": "\\Sent", "Drafts": "\\Drafts", "Trash": "\\Trash", "Junk": "\\Junk"},
    "gmail": {"[Gmail]/Sent Mail": "\\Sent", "[Gmail]/Drafts": "\\Drafts", "[Gmail]/Trash": "\\Trash",
              "[Gmail]/Spam": "\\Junk"},
}


def _mailbox_config(style: str) -> str:
    return "\n".join(
        f'  mailbox "{name}" {{\n    special_use = {flag}\n    auto = subscribe\n  }}'
        for name, flag in _MAILBOXES[style].items()
    )


_CONFIG_TEMPLATE = """\
# Generated by tests/servers/dovecot.py -- a private test instance.
# Nothing here refers to /etc/dovecot; everything lives under {base}.
instance_name = {instance}
base_dir = {run_dir}
state_dir = {state_dir}
protocols = imap
listen = {host}

log_path = {log_path}
info_log_path = {log_path}
debug_log_path = {log_path}
log_timestamp = "%Y-%m-%d %H:%M:%S "
auth_verbose = yes
# No stats-writer connections: with them, imap processes hang ~10 s on
# shutdown waiting for the (already stopping) stats process.
stats_writer_socket_path =

{user_settings}

ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2

disable_plaintext_auth = no
auth_mechanisms = plain login{oauth2_mechanisms}
auth_failure_delay = 0
{oauth2_passdb}
# One file per user, see the module docstring.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd_dir}/%u{password_mechanisms}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {passwd_dir}/%u
}}

first_valid_uid = 1
first_valid_gid = 1
mail_location = {mail_format}:{mail_dir}/%u
mail_fsync = never

namespace inbox {{
  inbox = yes
  separator = /
  prefix =
{mailboxes}
}}

protocol imap {{
  mail_max_userip_connections = 100
}}

service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {tls_port}
    ssl = yes
  }}
{login_chroot}}}

service imap {{
  vsz_limit = 1G
}}

# No auth penalty (see the module docstring): the auth process cannot open
# this socket, so it runs with penalties disabled.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{anvil_chroot}}}
{extra_services}"""

# Only with DovecotServer(oauth2_introspection_url=...): tokens of the XOAUTH2
# and OAUTHBEARER mechanisms are checked against that URL (servers/oauth2.py).
_OAUTH2_PASSDB = """
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {conf}
}}
"""

_OAUTH2_TEMPLATE = """\
# Generated by tests/servers/dovecot.py: OAuth2 token introspection (RFC 7662).
introspection_mode = post
introspection_url = {url}
username_attribute = username
active_attribute = active
active_value = true
"""

# Services that chroot by default and need "chroot =" when not root (imap-login
# and anvil get theirs inside the template, which configures them anyway).
_ROOTLESS_CHROOTS = ("ipc", "old-stats")


class DovecotServer:
    """Start, stop and restart a private Dovecot instance on 127.0.0.1.

    >>> with DovecotServer() as server:
    ...     user = server.add_user()
    """

    def __init__(self, base_dir: Path | str | None = None, *, host: str = HOST,
                 dovecot_binary: str | None = None,
                 oauth2_introspection_url: str | None = None, folder_style: str = "default",
                 mail_format: str = "maildir") -> None:
        self.binary = dovecot_binary or find_dovecot()
        # "maildir" (the tests reach into its files: see ImapUser.folder_path)
        # or "sdbox", Dovecot's own one-file-per-message format (benchmarks).
        if mail_format not in ("maildir", "sdbox"):
            raise ValueError(f"mail_format must be 'maildir' or 'sdbox', not {mail_format!r}")
        self.mail_format = mail_format
        # "gmail": the special folders are "[Gmail]/Sent Mail" and "[Gmail]/Drafts".
        self.folder_style = folder_style
        # With an introspection URL (see servers/oauth2.py), XOAUTH2 and
        # OAUTHBEARER logins are checked by Dovecot's oauth2 passdb against
        # it; passwords keep working for the other mechanisms.
        self.oauth2_introspection_url = oauth2_introspection_url
        self.version = _check_version(self.binary)
        self.host = host
        self._own_base = base_dir is None
        if base_dir is None:
            tmp = tempfile.gettempdir()
            if len(tmp) > _MAX_BASE_LEN - 20:
                tmp = "/tmp"
            base_dir = tempfile.mkdtemp(prefix="cm-dovecot-", dir=tmp)
        self.base = Path(base_dir).resolve()
        if len(str(self.base)) > _MAX_BASE_LEN:
            raise ValueError(f"base_dir {self.base} is too long for Dovecot's unix sockets")
        self.base.mkdir(parents=True, exist_ok=True)
        self.base.chmod(0o755)
        self.run_dir = self.base / "run"
        self.state_dir = self.base / "state"
        self.mail_dir = self.base / "mail"
        self.config_path = self.base / "dovecot.conf"
        self.passwd_dir = self.base / "passwd.d"
        self.log_path = self.base / "dovecot.log"
        self.stdio_path = self.base / "dovecot.stdout"
        self.pid_path = self.run_dir / "master.pid"
        self.port: int | None = None
        self.tls_port: int | None = None
        self.instance_name = f"certmerge-test-{secrets.token_hex(4)}"
        self._proc: subprocess.Popen | None = None
        self._users: dict[str, ImapUser] = {}

        self.is_root = os.geteuid() == 0
        if self.is_root:
            # Dovecot refuses uid 0 for mail access.
            self.mail_uid, self.mail_gid = _nobody_ids()
        else:
            self.mail_uid, self.mail_gid = os.geteuid(), os.getegid()

        self.tls = make_self_signed_cert(self.base / "tls")
        self.ca_file = self.tls.cert_file
        self._prepare_dirs()

    # ------------------------------------------------------------ setup

    def _prepare_dirs(self) -> None:
        for d in (self.run_dir, self.state_dir, self.mail_dir, self.passwd_dir):
            d.mkdir(exist_ok=True)
            d.chmod(0o755)
        if self.is_root:
            os.chown(self.mail_dir, self.mail_uid, self.mail_gid)

    def _write_config(self) -> None:
        if self.is_root:
            user_settings = "# running as root: Dovecot's default internal/login users"
            login_chroot = anvil_chroot = ""
            extra_services = ""
        else:
            me = pwd.getpwuid(os.geteuid()).pw_name
            group = grp.getgrgid(os.getegid()).gr_name
            user_settings = (f"default_login_user = {me}\n"
                             f"default_internal_user = {me}\n"
                             f"default_internal_group = {group}")
            login_chroot = anvil_chroot = "  chroot =\n"
            extra_services = "".join(f"\nservice {name} {{\n  chroot =\n}}\n"
                                     for name in _ROOTLESS_CHROOTS)
        oauth2_mechanisms, oauth2_passdb, password_mechanisms = "", "", ""
        if self.oauth2_introspection_url:
            oauth2_conf = self.base / "oauth2.conf.ext"
            oauth2_conf.write_text(_OAUTH2_TEMPLATE.format(url=self.oauth2_introspection_url))
            oauth2_conf.chmod(0o644)
            oauth2_mechanisms = " xoauth2 oauthbearer"
            oauth2_passdb = _OAUTH2_PASSDB.format(conf=oauth2_conf)
            # Else the passwd-file passdb would take the password as a token.
            password_mechanisms = "\n  mechanisms = plain login"
        text = _CONFIG_TEMPLATE.format(
            oauth2_mechanisms=oauth2_mechanisms, oauth2_passdb=oauth2_passdb,
            password_mechanisms=password_mechanisms,
            base=self.base, instance=self.instance_name, run_dir=self.run_dir,
            state_dir=self.state_dir, host=self.host, log_path=self.log_path,
            user_settings=user_settings, cert=self.tls.cert_file, key=self.tls.key_file,
            passwd_dir=self.passwd_dir, mail_dir=self.mail_dir, mail_format=self.mail_format, port=self.port,
            tls_port=self.tls_port, login_chroot=login_chroot, anvil_chroot=anvil_chroot,
            extra_services=extra_services, mailboxes=_mailbox_config(self.folder_style),
        )
        self.config_path.write_text(text)
        self.config_path.chmod(0o644)

    # ------------------------------------------------------------ lifecycle

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        """The master's pid, from its pid file (None when stopped)."""
        return self._read_pid() if self.running else None

    def start(self) -> "DovecotServer":
        """Start Dovecot and wait until it greets on the plain port.

        The first start picks two free ports; later starts (``restart``) reuse
        them, so clients can reconnect to the same address.
        """
        if self.running:
            raise RuntimeError("DovecotServer is already running")
        first_start = self.port is None
        attempts = 3 if first_start else 1
        for attempt in range(attempts):
            if first_start:
                self.port, self.tls_port = _free_ports(2, self.host)
            self._write_config()
            log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
            try:
                self._spawn()
                self._wait_ready()
                return self
            except RuntimeError:
                self._terminate()
                lost_race = "Address already in use" in self._log_since(log_offset)
                if not (first_start and lost_race and attempt + 1 < attempts):
                    raise
        raise AssertionError("unreachable")

    def _spawn(self) -> None:
        with open(self.stdio_path, "ab") as out:
            # -F: stay in the foreground, so this object is the master's parent
            # and can reap it.  A new session makes the master the leader of
            # its own process group, which all its children share: stop()
            # waits until that group is empty.
            self._proc = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True, cwd=self.base,
            )

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                raise RuntimeError(
                    f"dovecot exited with status {self._proc.returncode} while starting\n"
                    + self.diagnostics())
            try:
                with socket.create_connection((self.host, self.port), timeout=2) as sock:
                    greeting = sock.recv(512)
                if greeting.startswith(b"* OK"):
                    with socket.create_connection((self.host, self.tls_port), timeout=2):
                        pass
                    return
                last_error = RuntimeError(f"unexpected greeting {greeting!r}")
            except OSError as exc:
                last_error = exc
            time.sleep(0.05)
        raise RuntimeError(
            f"dovecot did not accept IMAP connections on {self.host}:{self.port} within "
            f"{READY_TIMEOUT:.0f} s (last error: {last_error})\n" + self.diagnostics())

    def stop(self) -> None:
        """Stop the master (by the pid in its own pid file) and wait for it and
        all its child processes to exit.  Mail and configuration are kept."""
        self._terminate()

    def _terminate(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        pid = self._read_pid()
        if pid != proc.pid:
            # The pid file is missing (the master died early) or names some
            # other process: only ever signal the process this object started.
            pid = proc.pid
        # start_new_session=True made the master the leader of a process
        # group that all its children (log, auth, imap-login, imap, ...)
        # share, so its pid is also the group id.  SIGTERM goes to the whole
        # group at once: signalled alone, the master exits after ~1 s but
        # leaves imap processes of connected clients running for ~10 s more.
        # Clients see "* BYE Server shutting down." as in a real restart.
        #
        # The signal is repeated while the master lives: signalled once right
        # after start, the master was seen to take 6 s to exit (presumably a
        # child forked just then missed the signal); a second one ends it.
        deadline = time.monotonic() + STOP_TIMEOUT
        while True:
            _signal_group(pid, signal.SIGTERM)
            try:
                proc.wait(timeout=0.05)
                break
            except subprocess.TimeoutExpired:
                if time.monotonic() > deadline:
                    _signal_group(pid, signal.SIGKILL)
                    proc.wait(timeout=5)
                    break
        # Wait until no (non-zombie) member of the group is left, so the
        # listening ports are free again for restart().
        deadline = time.monotonic() + STOP_TIMEOUT
        killed = False
        while _group_members(pid):
            if time.monotonic() > deadline:
                if killed:
                    raise RuntimeError(f"dovecot processes {_group_members(pid)} "
                                       "survived SIGKILL")
                _signal_group(pid, signal.SIGKILL)
                killed = True
                deadline = time.monotonic() + 5
            time.sleep(0.01)
        try:
            self.pid_path.unlink()
        except FileNotFoundError:
            pass

    def _read_pid(self) -> int | None:
        try:
            return int(self.pid_path.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None

    def restart(self) -> None:
        """Stop and start again on the same ports with the same mail storage,
        like a server restart: connected clients are disconnected."""
        self.stop()
        self.start()

    def cleanup(self) -> None:
        """Stop the server and delete its temporary directory (if it made it)."""
        self.stop()
        if self._own_base:
            shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> "DovecotServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.cleanup()

    def __del__(self) -> None:  # last resort: never leave a Dovecot behind
        try:
            if self._proc is not None:
                self._terminate()
        except Exception:
            pass

    # ------------------------------------------------------------ diagnostics

    def _log_since(self, offset: int) -> str:
        try:
            with open(self.log_path, "rb") as fh:
                fh.seek(offset)
                return fh.read().decode("utf-8", "replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of Dovecot's log file."""
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return "(no log file)"
        return "\n".join(text.splitlines()[-lines:])

    def diagnostics(self) -> str:
        try:
            stdio = self.stdio_path.read_text(errors="replace").strip()
        except FileNotFoundError:
            stdio = ""
        text = f"--- tail of {self.log_path} ---\n{self.log_tail()}"
        if stdio:
            text += f"\n--- dovecot stdout/stderr ---\n{stdio[-4000:]}"
        return text

    # ------------------------------------------------------------ users

    def add_user(self, name: str | None = None, password: str | None = None) -> ImapUser:
        """Add a mailbox account; Dovecot picks it up without a reload."""
        if self.port is None:
            raise RuntimeError("start() the server before adding users")
        name = name or f"user-{secrets.token_hex(5)}"
        password = password or secrets.token_urlsafe(12)
        if not re.fullmatch(r"[A-Za-z0-9_+=@-][A-Za-z0-9_.+=@-]*", name):
            raise ValueError(f"{name!r}: use letters, digits and _.+=@- for user names")
        if any(c in password for c in ":\n\r\0"):
            raise ValueError("a passwd-file password cannot hold ':' or line breaks")
        path = self.passwd_dir / name
        if name in self._users or path.exists():
            raise ValueError(f"user {name!r} already exists")
        line = f"{name}:{{PLAIN}}{password}:{self.mail_uid}:{self.mail_gid}::::\n"
        # Write and rename into place: the auth process never reads half a line.
        tmp = self.passwd_dir / f".{name}.tmp"
        tmp.write_text(line)
        tmp.chmod(0o644)
        os.replace(tmp, path)
        user = ImapUser(host=self.host, port=self.port, tls_port=self.tls_port,
                        username=name, password=password, ca_file=self.ca_file,
                        maildir_path=self.mail_dir / name)
        self._users[name] = user
        return user

    @property
    def users(self) -> list[ImapUser]:
        return list(self._users.values())

    # ------------------------------------------------------------ UIDVALIDITY

    def change_uidvalidity(self, user: ImapUser, folder: str = "INBOX", *,
                           first_uid: int | None = None) -> int:
        """Give ``folder`` a new UIDVALIDITY and new UIDs, keeping its messages.

        Returns the new UIDVALIDITY (always greater than the old one).

        How: this rewrites the folder's Maildir ``dovecot-uidlist`` -- the
        file where Dovecot keeps UIDVALIDITY and the UID of every message
        file -- and deletes the folder's ``dovecot.index*`` files and the
        user's ``dovecot.list.index*`` (caches Dovecot rebuilds from the
        uidlist and the directory).  The message files are not touched, so
        every message keeps its bytes (Message-ID included), its flags (kept
        in the file name) and its INTERNALDATE (the file's mtime).

        The messages are renumbered in their old order starting at
        ``first_uid``, by default the folder's old UIDNEXT: every message
        gets a UID it never had, so a client that ignores UIDVALIDITY
        finds none of its stored UIDs and sees the old mail as new.  Pass
        ``first_uid=1`` to renumber like a fresh rebuild.

        All of the user's IMAP sessions are disconnected first (``doveadm
        kick``; clients get ``* BYE``), since a live session would keep the
        old index in memory and might write it back.  Clients must log in
        again, as after a server-side migration.  Works for INBOX too, which
        IMAP cannot DELETE.
        """
        path = user.folder_path(folder)
        if not (path / "cur").is_dir():
            raise ValueError(f"{folder!r} of {user.username} has no maildir at {path}")
        # Let Dovecot bring the uidlist up to date (new/ -> cur/, UIDs for
        # every file) and tell us the current values.
        status = self._folder_status(user, folder)
        old_validity, old_uidnext = status["UIDVALIDITY"], status["UIDNEXT"]
        self.kick(user)

        uidlist = path / "dovecot-uidlist"
        guid = secrets.token_hex(16)
        old_uids: dict[str, int] = {}
        lines = uidlist.read_text().splitlines() if uidlist.exists() else []
        if lines:
            header = dict((f[0], f[1:]) for f in lines[0].split()[1:] if f)
            guid = header.get("G", guid)
            for line in lines[1:]:
                uid, _, base = line.partition(":")
                if base:
                    old_uids[base] = int(uid.split()[0])

        def base_name(filename: str) -> str:
            return filename.split(":", 1)[0]

        files = [f.name for sub in ("cur", "new") for f in (path / sub).iterdir()
                 if not f.name.startswith(".")]
        files.sort(key=lambda name: (old_uids.get(base_name(name), 1 << 32), name))

        new_validity = max(old_validity + 1, int(time.time()))
        uid = old_uidnext if first_uid is None else first_uid
        if uid < 1:
            raise ValueError("first_uid must be positive")
        body = []
        for name in files:
            body.append(f"{uid} :{base_name(name)}\n")
            uid += 1
        text = f"3 V{new_validity} N{uid} G{guid}\n" + "".join(body)

        tmp = path / "dovecot-uidlist.certmerge-tmp"
        tmp.write_text(text)
        tmp.chmod(0o600)
        if self.is_root:
            os.chown(tmp, self.mail_uid, self.mail_gid)
        for entry in path.iterdir():
            if entry.name.startswith("dovecot.index") or entry.name == "dovecot-uidlist.lock":
                entry.unlink(missing_ok=True)
        for entry in user.maildir_path.iterdir():
            if entry.name.startswith("dovecot.list.index"):
                entry.unlink(missing_ok=True)
        os.replace(tmp, uidlist)

        # A read-write SELECT, which also claims the \Recent flags the
        # rebuild gave every message (as deliver() does for new mail).
        status = self._folder_status(user, folder, readonly=False)
        if status["UIDVALIDITY"] != new_validity or status["MESSAGES"] != len(files):
            raise RuntimeError(
                f"change_uidvalidity({folder!r}): expected UIDVALIDITY {new_validity} with "
                f"{len(files)} messages, Dovecot reports {status}\n" + self.diagnostics())
        return new_validity

    def _folder_status(self, user: ImapUser, folder: str,
                       readonly: bool = True) -> dict[str, int]:
        import imapclient  # local import: this module works without it

        with imapclient.IMAPClient(user.host, port=user.port, ssl=False, timeout=10) as client:
            client.login(user.username, user.password)
            info = client.select_folder(folder, readonly=readonly)
        return {"UIDVALIDITY": int(info[b"UIDVALIDITY"]), "UIDNEXT": int(info[b"UIDNEXT"]),
                "MESSAGES": int(info[b"EXISTS"])}

    # ------------------------------------------------------------ doveadm

    def doveadm(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run ``doveadm`` against this instance (``-c`` its own config)."""
        binary = shutil.which("doveadm") or str(Path(self.binary).with_name("doveadm"))
        if not os.access(binary, os.X_OK):
            binary = "/usr/bin/doveadm"
        proc = subprocess.run([binary, "-c", str(self.config_path), *args],
                              capture_output=True, text=True, timeout=30)
        if check and proc.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)} failed ({proc.returncode}):\n"
                               f"{proc.stderr}{proc.stdout}")
        return proc

    def sessions(self, user: ImapUser) -> int:
        """How many IMAP sessions ``user`` has open (per Dovecot's anvil)."""
        out = self.doveadm("who", "-1", user.username, check=False).stdout
        return sum(1 for line in out.splitlines()[1:] if line.split()[:1] == [user.username])

    def kick(self, user: ImapUser, timeout: float = 5.0) -> None:
        """Disconnect all of ``user``'s IMAP sessions and wait until they are gone."""
        if self.sessions(user) == 0:
            return
        # 68 (EX_NOUSER, "no users kicked"): the sessions ended between the count and the kick.
        proc = self.doveadm("kick", user.username, check=False)
        if proc.returncode not in (0, 68):
            raise RuntimeError(f"doveadm kick {user.username} failed ({proc.returncode}):\n{proc.stderr}{proc.stdout}")
        deadline = time.monotonic() + timeout
        while self.sessions(user):
            if time.monotonic() > deadline:
                raise RuntimeError(f"sessions of {user.username} survived doveadm kick\n"
                                   + self.diagnostics())
            time.sleep(0.02)


def _check_version(binary: str) -> str:
    proc = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10)
    version = proc.stdout.strip()
    match = re.match(r"(\d+)\.(\d+)", version)
    if match is None or (int(match[1]), int(match[2])) != (2, 3):
        raise RuntimeError(
            f"tests/servers/dovecot.py writes a Dovecot 2.3 configuration, but {binary} "
            f"is version {version or '?'}; the tests need Dovecot 2.3 (Debian 12: "
            f"{INSTALL_HINT})")
    return version


def _nobody_ids() -> tuple[int, int]:
    try:
        entry = pwd.getpwnam("nobody")
        return entry.pw_uid, entry.pw_gid
    except KeyError:
        return 65534, 65534


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass


def _group_members(pgid: int) -> list[int]:
    """Pids of the live (not zombie) processes in process group ``pgid``."""
    if not os.path.isdir("/proc/self"):  # no procfs: zombies count as alive
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        except PermissionError:
            pass
        return [pgid]
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # "pid (comm) state ppid pgrp ..."; comm may contain spaces/parens.
        fields = stat[stat.rindex(b")") + 2:].split()
        if fields[0] not in (b"Z", b"X") and int(fields[2]) == pgid:
            members.append(int(entry))
    return members
