"""Subscription keys in the system keyring (:mod:`app.services.keychain`), never in
settings, files or logs.

Where no keyring is available (a headless server, a locked keyring) a key cannot be kept:
the caller may still use one for a single fetch (typed in the dialog, ``--key-stdin`` on
the command line), and the message says so.
"""

from __future__ import annotations

from app.services import keychain
from app.services.fetch.errors import KeyStoreUnavailable

SERVICE = keychain.SERVICE

_NO_KEYRING = (
    "this computer has no usable system keyring ({why}), so Corridor cannot keep the key; "
    "it can still be used for one fetch (typed in the Fetch dialog, or --key-stdin)"
)


def get_key(name: str) -> str:
    """The stored key called ``name`` ('' when none is stored or no keyring is usable)."""
    return keychain.get_secret(name)


def set_key(name: str, key: str) -> None:
    """Keep ``key`` under ``name`` (KeyStoreUnavailable with the reason when it cannot)."""
    try:
        keychain.set_secret(name, key.strip())
    except keychain.KeychainUnavailable as exc:
        raise KeyStoreUnavailable(_NO_KEYRING.format(why=exc.why)) from exc.__cause__


def delete_key(name: str) -> None:
    """Forget the key called ``name`` (nothing happens when none is stored)."""
    try:
        keychain.delete_secret(name)
    except keychain.KeychainUnavailable as exc:
        raise KeyStoreUnavailable(_NO_KEYRING.format(why=exc.why)) from exc.__cause__


def has_key(name: str) -> bool:
    return bool(get_key(name))


def keyring_name() -> str:
    """What the keyring is, for the dialog ("SecretService Keyring", "no keyring")."""
    return keychain.keychain_name()
