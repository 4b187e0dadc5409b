"""Subscription keys in the system keyring (app.services.fetch.secrets).

The tests install a keyring backend of their own (a dict in memory, a locked one, the
``fail`` backend of a machine without a keyring) and put the previous one back afterwards:
nothing reaches the real keyring of the machine running them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from tests.unit.services.fetch.conftest import MemoryKeyring

from app.services.fetch import secrets
from app.services.fetch.errors import KeyStoreUnavailable

KEY = "0123456789abcdef0123456789abcdef"
B = TypeVar("B", bound=KeyringBackend)


class LockedKeyring(KeyringBackend):
    """A keyring that exists but refuses every request (locked, or access denied)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the login keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the login keyring is locked")


def _install(backend: B) -> Iterator[B]:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    yield from _install(MemoryKeyring())


@pytest.fixture
def no_keyring() -> Iterator[fail.Keyring]:
    yield from _install(fail.Keyring())


@pytest.fixture
def locked() -> Iterator[LockedKeyring]:
    yield from _install(LockedKeyring())


def test_a_key_is_kept_read_and_forgotten(memory: MemoryKeyring) -> None:
    assert secrets.get_key("comtrade") == ""
    assert not secrets.has_key("comtrade")
    secrets.set_key("comtrade", f"  {KEY}\n")  # pasted with spaces and a newline
    assert memory.saved == {(secrets.SERVICE, "comtrade"): KEY}
    assert secrets.get_key("comtrade") == KEY
    assert secrets.has_key("comtrade")
    assert secrets.get_key("other") == ""
    secrets.delete_key("comtrade")
    assert memory.saved == {}
    assert secrets.get_key("comtrade") == ""
    assert not secrets.has_key("comtrade")
    secrets.delete_key("comtrade")  # forgetting a key that is not there is no error


def test_an_empty_key_forgets_the_stored_one(memory: MemoryKeyring) -> None:
    secrets.set_key("comtrade", KEY)
    secrets.set_key("comtrade", "   ")
    assert memory.saved == {}
    assert not secrets.has_key("comtrade")


def test_the_keyring_is_named_for_the_dialog(memory: MemoryKeyring) -> None:
    assert secrets.keyring_name() == str(memory.name)
    assert secrets.keyring_name() != "no system keyring"


def test_without_a_keyring_nothing_is_read_and_keeping_a_key_says_why(
    no_keyring: fail.Keyring,
) -> None:
    assert secrets.get_key("comtrade") == ""
    assert not secrets.has_key("comtrade")
    assert secrets.keyring_name() == "no system keyring"
    with pytest.raises(KeyStoreUnavailable) as info:
        secrets.set_key("comtrade", KEY)
    message = str(info.value)
    assert "no usable system keyring" in message
    assert "no keyring backend is installed" in message
    assert "can still be used for one fetch" in message
    assert KEY not in message


def test_a_locked_keyring_reads_as_no_key_and_refuses_with_its_reason(
    locked: LockedKeyring,
) -> None:
    assert secrets.get_key("comtrade") == ""
    with pytest.raises(KeyStoreUnavailable) as info:
        secrets.set_key("comtrade", KEY)
    message = str(info.value)
    assert "the login keyring is locked" in message
    assert "can still be used for one fetch" in message
    assert KEY not in message
    assert isinstance(info.value.__cause__, keyring.errors.KeyringLocked)
