"""What can go wrong when Corridor asks a portal, each with a sentence a user can act on."""

from __future__ import annotations


class FetchError(Exception):
    """A fetch that could not be done: the message says what, where and what to try.

    An HTTP error status keeps its ``status`` and the body's text (``body``, at most 64 kB)
    for a connector that reads the portal's own error message."""

    def __init__(self, message: str, status: int = 0, body: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.body = body


class Offline(FetchError):
    """The host could not be reached at all (no network, DNS, firewall or proxy)."""


class FetchCancelled(Exception):
    """The user cancelled; nothing was stored."""


class KeyStoreUnavailable(FetchError):
    """The system keyring cannot be used (none installed, locked, or refused)."""
