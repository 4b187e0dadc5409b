"""What can go wrong with a workspace, whatever holds it (a DuckDB file, a server).

Every message says what and where; none names a menu or a button: the UI words what the
user can do about it (see :mod:`app.ui` where these are shown).
"""

from __future__ import annotations


class WorkspaceError(Exception):
    """Something is wrong with a workspace; the message says what and where."""


class NotAWorkspaceError(WorkspaceError):
    """The location holds something, but not a Corridor workspace."""


class DamagedWorkspaceError(WorkspaceError):
    """A workspace that opened but could not be read: restoring a backup may help."""


class NewerWorkspaceError(WorkspaceError):
    """Written by a newer Corridor: refused, left unchanged."""


class MissingWorkspaceError(WorkspaceError):
    """Nothing at the location."""


class ReadOnlyError(WorkspaceError):
    """A write to a workspace open read-only (held by another user, or a read-only folder)."""


def first_line(exc: BaseException) -> str:
    """The first line of an exception's text (database errors carry pages of context)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class ConflictError(WorkspaceError):
    """A write refused because someone else changed what it would change (a shared
    workspace): the message names who, what and the value now there; nothing was written."""

    def __init__(self, message: str, table: str = "", key: int = -1, who: str = "") -> None:
        super().__init__(message)
        self.table = table
        self.key = key
        self.who = who
