"""Secrets in the system keyring (``keyring``), never in settings, files or logs.

The keyring is the platform's own store: Windows Credential Locker, the macOS Keychain,
the Secret Service (GNOME Keyring, KWallet) on Linux. Every secret of Corridor lives under
one service name, keyed by what it is for: a portal's subscription key (``comtrade``, see
:mod:`app.services.fetch.secrets`), a server's password (its address without password).
Where no keyring is usable (a headless machine, a locked keyring) nothing can be kept:
reading gives '' and keeping raises :class:`KeychainUnavailable` saying why.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail

SERVICE = "Corridor"


class KeychainUnavailable(Exception):
    """The system keyring cannot be used; ``why`` says why (none installed, locked,
    refused), and ``__cause__`` is the keyring's own error when it raised one."""

    def __init__(self, why: str) -> None:
        super().__init__(f"this computer has no usable system keyring ({why})")
        self.why = why


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeychainUnavailable("no keyring backend is installed")
    return backend


def get_secret(name: str) -> str:
    """The secret kept under ``name`` ('' when none is kept or no keyring is usable)."""
    try:
        return _backend().get_password(SERVICE, name) or ""
    except (KeychainUnavailable, keyring.errors.KeyringError):
        return ""


def set_secret(name: str, secret: str) -> None:
    """Keep ``secret`` under ``name``, as given; an empty one forgets what was kept."""
    if not secret:
        delete_secret(name)
        return
    try:
        _backend().set_password(SERVICE, name, secret)
    except keyring.errors.KeyringError as exc:
        raise KeychainUnavailable(_why(exc)) from exc


def delete_secret(name: str) -> None:
    """Forget the secret kept under ``name`` (nothing happens when none is kept)."""
    try:
        _backend().delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise KeychainUnavailable(_why(exc)) from exc


def keychain_name() -> str:
    """What the keyring is, for dialogs ("SecretService Keyring", "no system keyring")."""
    try:
        backend = _backend()
    except KeychainUnavailable:
        return "no system keyring"
    return str(getattr(backend, "name", type(backend).__name__))


def _why(exc: BaseException) -> str:
    return str(exc).strip() or type(exc).__name__
