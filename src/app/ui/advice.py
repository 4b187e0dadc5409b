"""What the user can do about a workspace problem, worded by the UI.

Services say what went wrong and where, never which menu to use; the UI adds the way out,
with menu paths taken from the declared actions (:mod:`app.ui.actions`) so the words stay
true when a menu entry is renamed. Services name a user's role on a shared workspace by its
code ('viewer', 'editor', 'admin'); :func:`role_name` is how the desk says it.
"""

from __future__ import annotations

import re

from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.services.storage import DamagedWorkspaceError, ReadOnlyError
from app.ui.actions import ACTIONS

#: a workspace role as the desk says it (Storage.role gives 'viewer', 'editor' or 'admin')
ROLE_WORDS = {
    "viewer": str(QT_TRANSLATE_NOOP("advice", "viewer")),
    "editor": str(QT_TRANSLATE_NOOP("advice", "editor")),
    "admin": str(QT_TRANSLATE_NOOP("advice", "admin")),
}
#: an accelerator written after the words, as Chinese menus do: "文件(&F)"
_TRAILING_ACCELERATOR = re.compile(r"\s*\(&\w\)")


def menu_path(action_id: str) -> str:
    """'File > Restore from backup' for 'file.restore' (no accelerators, no ellipsis), in
    the desk's language: the words the menus show (the action table's texts are marked in
    context "actions")."""
    spec = next(a for a in ACTIONS if a.id == action_id)
    words = [translate("actions", spec.menu), translate("actions", spec.text)]
    return " > ".join(
        _TRAILING_ACCELERATOR.sub("", w).replace("&", "").rstrip("…").strip() for w in words
    )


def role_name(role: str) -> str:
    """``role`` in the desk's language (an unknown role as the server says it)."""
    return translate("advice", ROLE_WORDS[role]) if role in ROLE_WORDS else role


def read_only_hint() -> str:
    return translate("advice", "Save a copy ({menu}) to edit.").format(
        menu=menu_path("file.save_as")
    )


def advice(exc: BaseException) -> str:
    """A sentence on what to do next, or '' when the message already says it."""
    if isinstance(exc, DamagedWorkspaceError):  # the message already says "open a backup"
        return translate("advice", "Backups are listed under {menu}.").format(
            menu=menu_path("file.restore")
        )
    if isinstance(exc, ReadOnlyError):
        return read_only_hint()
    return ""
