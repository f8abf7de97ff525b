"""The system keyring port (the `keyring` package): passwords for password_keyring = true.

Entries are stored under the service name "certmerge-mail" and a user name
like "imap:hanako@example.jp@imap.example.jp" (`core.settings.keyring_entry`),
by `certmerge-mail login`, and read at each IMAP/SMTP login.

`keyring` picks the best backend the machine has: the Secret Service (GNOME
Keyring, KeePassXC), KWallet, the macOS Keychain or the Windows Credential
Locker.  A backend that `keyring` itself does not recommend (priority below
1, such as keyrings.alt's PlaintextKeyring, which writes passwords to a
plain file) is used only when the user chose it explicitly, with the
PYTHON_KEYRING_BACKEND environment variable or keyring's keyringrc.cfg;
otherwise a password would land in a plain file without anyone deciding so.

Errors of the keyring package become CredentialError here; no message ever
holds the password.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from certmerge_mail.core.settings import KEYRING_SERVICE
from certmerge_mail.errors import CredentialError

_LOCKED_FIX = (
    "unlock the keyring (log in to your desktop session; a service started before you log in, "
    "or on a server without a desktop, cannot open it), or use password_command instead"
)


def _keyring():
    try:
        import keyring
        import keyring.errors  # noqa: F401
    except ImportError:
        raise CredentialError(
            "password_keyring = true needs the Python package `keyring`, which is not installed",
            fix="install it (pip install keyring) in the environment certmerge-mail runs in, "
            "or use password_command instead",
        ) from None
    return keyring


def backend_name() -> str:
    """The keyring backend in use, for messages ("SecretService Keyring")."""
    backend = _backend(_keyring())
    return _describe(backend)


def _describe(backend) -> str:
    name = getattr(backend, "name", "") or type(backend).__name__
    return f"{name} ({type(backend).__module__}.{type(backend).__qualname__})"


def _backend(keyring):
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration
        raise CredentialError(
            f"the system keyring cannot be opened ({type(exc).__name__}: {exc})",
            fix="check PYTHON_KEYRING_BACKEND and keyring's keyringrc.cfg, or use password_command instead",
        ) from None
    if isinstance(backend, fail.Keyring):
        raise CredentialError(
            "no system keyring is available on this machine (no Secret Service, KWallet, "
            "macOS Keychain or Windows Credential Locker was found)",
            fix="start a keyring daemon (e.g. gnome-keyring) in your session, or use "
            "password_command (e.g. \"pass show mail/imap\") instead of password_keyring",
        )
    if getattr(backend, "priority", 1) < 1 and not _chosen_explicitly():
        raise CredentialError(
            f"the only keyring available is {_describe(backend)}, which keyring does not "
            "recommend (it may keep the password in a plain file)",
            fix="use a desktop keyring or password_command instead; or, if this backend is what you "
            "want, choose it explicitly with the environment variable PYTHON_KEYRING_BACKEND",
        )
    return backend


def _chosen_explicitly() -> bool:
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    try:
        from keyring.util import platform_

        return (platform_.config_root() / "keyringrc.cfg").is_file()
    except Exception:
        return False


def get_password(entry: str, *, what: str) -> str:
    """The password stored under `entry`; CredentialError when there is none."""
    keyring = _keyring()
    backend = _backend(keyring)
    with _errors(keyring, backend, f"get the {what}", "from"):
        value = backend.get_password(KEYRING_SERVICE, entry)
    if not value:
        raise CredentialError(
            f"cannot get the {what}: the system keyring {_describe(backend)} has no password for "
            f"{entry!r} (service {KEYRING_SERVICE!r})",
            fix="run `certmerge-mail login` to store it (on the same machine and as the same user "
            "the service runs as)",
        )
    return value


def set_password(entry: str, password: str, *, what: str) -> str:
    """Store `password` under `entry`; returns the backend's description."""
    keyring = _keyring()
    backend = _backend(keyring)
    with _errors(keyring, backend, f"store the {what}", "in"):
        backend.set_password(KEYRING_SERVICE, entry, password)
    return _describe(backend)


@contextmanager
def _errors(keyring, backend, doing: str, preposition: str) -> Iterator[None]:
    """The keyring's errors as CredentialError: "cannot `doing` `preposition` the system keyring ..."."""
    try:
        yield
    except keyring.errors.KeyringLocked:
        raise CredentialError(f"cannot {doing}: the system keyring is locked", fix=_LOCKED_FIX) from None
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            f"cannot {doing} {preposition} the system keyring {_describe(backend)}: {type(exc).__name__}",
            fix=_LOCKED_FIX,
        ) from None
