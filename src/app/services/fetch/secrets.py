"""Subscription keys in the system keyring (``keyring``), never in settings, files or logs.

The keyring is the platform's own store: Windows Credential Locker, the macOS Keychain,
the Secret Service (GNOME Keyring, KWallet) on Linux. Where none is available (a headless
server, a locked keyring) a key cannot be kept: the caller may still use one for a single
fetch (typed in the dialog, ``--key-stdin`` on the command line), and the message says so.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail

from app.services.fetch.errors import KeyStoreUnavailable

SERVICE = "Corridor"

_NO_KEYRING = (
    "this computer has no usable system keyring ({why}), so Corridor cannot keep the key; "
    "it can still be used for one fetch (typed in the Fetch dialog, or --key-stdin)"
)


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyStoreUnavailable(_NO_KEYRING.format(why="no keyring backend is installed"))
    return backend


def get_key(name: str) -> str:
    """The stored key called ``name`` ('' when none is stored or no keyring is usable)."""
    try:
        return _backend().get_password(SERVICE, name) or ""
    except KeyStoreUnavailable:
        return ""
    except keyring.errors.KeyringError:
        return ""


def set_key(name: str, key: str) -> None:
    """Keep ``key`` under ``name`` (KeyStoreUnavailable with the reason when it cannot)."""
    key = key.strip()
    if not key:
        delete_key(name)
        return
    try:
        _backend().set_password(SERVICE, name, key)
    except keyring.errors.KeyringError as exc:
        raise KeyStoreUnavailable(_NO_KEYRING.format(why=_why(exc))) from exc


def delete_key(name: str) -> None:
    """Forget the key called ``name`` (nothing happens when none is stored)."""
    try:
        _backend().delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise KeyStoreUnavailable(_NO_KEYRING.format(why=_why(exc))) from exc


def has_key(name: str) -> bool:
    return bool(get_key(name))


def keyring_name() -> str:
    """What the keyring is, for the dialog ("SecretService Keyring", "no keyring")."""
    try:
        backend = _backend()
    except KeyStoreUnavailable:
        return "no system keyring"
    return str(getattr(backend, "name", type(backend).__name__))


def _why(exc: BaseException) -> str:
    return str(exc).strip() or type(exc).__name__
