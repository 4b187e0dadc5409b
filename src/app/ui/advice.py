"""What the user can do about a workspace problem, worded by the UI.

Services say what went wrong and where, never which menu to use; the UI adds the way out,
with menu paths taken from the declared actions (:mod:`app.ui.actions`) so the words stay
true when a menu entry is renamed.
"""

from __future__ import annotations

from app.services.storage import DamagedWorkspaceError, ReadOnlyError
from app.ui.actions import ACTIONS


def menu_path(action_id: str) -> str:
    """'File > Restore from backup' for 'file.restore' (no accelerators, no ellipsis)."""
    spec = next(a for a in ACTIONS if a.id == action_id)
    words = [spec.menu, spec.text]
    return " > ".join(w.replace("&", "").rstrip("…").strip() for w in words)


def read_only_hint() -> str:
    return f"Save a copy ({menu_path('file.save_as')}) to edit."


def advice(exc: BaseException) -> str:
    """A sentence on what to do next, or '' when the message already says it."""
    if isinstance(exc, DamagedWorkspaceError):  # the message already says "open a backup"
        return f"Backups are listed under {menu_path('file.restore')}."
    if isinstance(exc, ReadOnlyError):
        return read_only_hint()
    return ""
