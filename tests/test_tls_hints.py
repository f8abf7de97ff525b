"""Issue 13: TLS errors name the likely fix, against real TLS servers on loopback.

- TLS to a port that talks plain text first (Dovecot's plain IMAP port):
  WRONG_VERSION_NUMBER -> "starttls" on that port, or port 993.
- A certificate for other names (a TLS server of our own with a certificate
  for mail.example.test): the names it holds.
"""

from __future__ import annotations

import socket
import ssl
import threading

import pytest
from support import settings_text

from certmerge_mail import config
from certmerge_mail.cli import main
from certmerge_mail.errors import CertificateError, ConnectionFailed
from certmerge_mail.service import open_mailbox
from servers.dovecot import make_self_signed_cert


def write(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text)
    path.chmod(0o600)
    return path


def test_tls_to_the_plain_port_suggests_starttls_or_993(imap_user, tmp_path, capsys):
    text = settings_text(imap_user, tmp_path / "state.sqlite3", security="tls")  # to the plain port
    text = text.replace('host = "127.0.0.1"', f'host = "127.0.0.1"\nca_file = "{imap_user.ca_file}"')
    path = write(tmp_path, text)
    assert main(["check", "--config", str(path)]) == 4
    err = capsys.readouterr().err
    assert f"port {imap_user.port} does not start with TLS" in err
    assert f'keep port {imap_user.port} with security = "starttls", or use port 993 with security = "tls"' in err


@pytest.fixture
def foreign_tls_server(tmp_path):
    """A TLS server on 127.0.0.1 whose certificate holds other names; it greets like IMAP."""
    cert = make_self_signed_cert(tmp_path / "foreign", common_name="mail.example.test",
                                 san="DNS:mail.example.test, DNS:imap.example.test")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert.cert_file), str(cert.key_file))
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, socket.timeout):
                continue
            try:
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.sendall(b"* OK [CAPABILITY IMAP4rev1] ready\r\n")
                    tls.settimeout(2)
                    tls.recv(1024)
            except (OSError, ssl.SSLError):
                pass
            finally:
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], cert
    stop.set()
    thread.join(5)
    listener.close()


def test_a_certificate_for_other_names_names_them(foreign_tls_server, tmp_path):
    port, cert = foreign_tls_server
    user = type("U", (), {"port": port, "username": "hanako", "password": "x"})()
    text = settings_text(user, tmp_path / "state.sqlite3", security="tls")
    text = text.replace('host = "127.0.0.1"', f'host = "127.0.0.1"\nca_file = "{cert.cert_file}"')
    settings = config.load(write(tmp_path, text))
    with pytest.raises(CertificateError) as info:
        open_mailbox(settings).connect()
    message = str(info.value)
    assert "the certificate is for mail.example.test, imap.example.test, not 127.0.0.1" in message
    assert 'host = "mail.example.test"' in info.value.fix


def test_an_untrusted_certificate_keeps_the_plain_message(foreign_tls_server, tmp_path):
    port, _cert = foreign_tls_server
    user = type("U", (), {"port": port, "username": "hanako", "password": "x"})()
    settings = config.load(write(tmp_path, settings_text(user, tmp_path / "state.sqlite3", security="tls")))
    with pytest.raises(ConnectionFailed) as info:
        open_mailbox(settings).connect()
    assert "certificate verification failed" in str(info.value)
    assert "mail.example.test" not in str(info.value)
