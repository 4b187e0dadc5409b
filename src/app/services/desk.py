"""A desk: an open workspace (any :class:`~app.services.storage.Storage`) and its in-memory
tables, changed together.

Every change goes through :meth:`Desk.apply`: the workspace commits the edit in one
transaction first, and only then does memory change, so a failed write leaves both as they
were. The GUI wraps ``apply`` in undo commands; the CLI calls it directly.

An edit that changes figures a derived series reads is applied together with the
recomputation of the derived figures, as one transaction and one undo step
(:func:`app.domain.derive.lineage.refresh_edit`): memory changes first (the recomputation
reads it) and is reverted if the write fails.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.domain.derive.lineage import DerivedEdit, refresh_edit, touched_inputs
from app.domain.edits import Edit, Op, Update
from app.domain.history import SOURCED_COLUMNS, marks_from_history
from app.domain.remote import RemoteChange, remote_ops
from app.domain.store import ObservationStore
from app.services import paths
from app.services.storage import (
    MissingWorkspaceError,
    ReadOnlyError,
    Storage,
    open_storage,
    scheme_of,
)
from app.services.storage.duckdb_files import held


class Desk:
    def __init__(self, workspace: Storage, store: ObservationStore) -> None:
        """``store``: the workspace's tables in memory; the desk gives it the workspace's
        user and which figures were changed by hand (from the workspace's history)."""
        self.workspace = workspace
        self.store = store
        store.user = workspace.user
        store.set_marks(marks_from_history(workspace.manual_history()))

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        write: bool = True,
        read_only: bool = False,
    ) -> Desk:
        target = paths.default_workspace_path() if path is None else path
        with held(target) if not scheme_of(target) else contextlib.nullcontext():
            # the open check, the tables and the history from one opening of the file
            ws = open_workspace(path, write=write, read_only=read_only)
            desk = cls(ws, ws.load_store())
        if path is None and not desk.read_only:
            from app.services import bundled

            bundled.add_missing_records(desk)
        return desk

    @property
    def read_only(self) -> bool:
        return self.workspace.read_only

    def apply(self, edit: Edit, forward: bool = True) -> Edit:
        """Apply ``edit`` (or revert it) in the workspace and in memory; return the edit
        actually applied: ``edit`` itself, or, when it changed the inputs of derived series,
        a :class:`DerivedEdit` of it and the recomputation. Undo and redo replay that
        returned edit (a redo never recomputes again)."""
        if self.workspace.read_only:
            raise ReadOnlyError(self.workspace.read_only_message())
        ops = edit.forward() if forward else edit.backward()
        self.store.validate(ops)
        inputs = touched_inputs(self.store, edit, ops) if forward else set()
        if inputs:
            return self._apply_with_refresh(edit, inputs)
        self.workspace.apply(edit, forward)
        self.store.apply(edit, forward)
        return edit

    def _apply_with_refresh(self, edit: Edit, inputs: set[str]) -> Edit:
        """The edit and the recomputation of the derivations reading ``inputs``, as one
        transaction."""
        self.store.apply(edit)
        try:
            refresh = refresh_edit(self.store, inputs)
            parts = [edit] if refresh is None else [edit, refresh]
            applied = DerivedEdit(parts, edit.text, edit.action)
            if refresh is not None:
                self.store.validate(refresh.forward())
            self.workspace.apply(applied)
        except BaseException:
            self.store.apply(edit, forward=False)
            raise
        if refresh is not None:
            self.store.apply(refresh)
        return applied

    def pull(self) -> tuple[list[Op], RemoteChange | None]:
        """Bring memory up to what other users of a shared workspace committed since the
        last look: the operations applied (for models to update incrementally) and the
        change they came from (who changed how much). Nothing for a workspace file."""
        change = self.workspace.pull()
        if change is None:
            return [], None
        ops = remote_ops(self.store, change)
        if ops:
            self.store.apply_ops(ops)
            if any(isinstance(op, Update) and op.column in SOURCED_COLUMNS for op in ops):
                # others' edits by hand mark their figures too (only a change of a value,
                # qualifier or period can make or clear a mark)
                self.store.set_marks(marks_from_history(self.workspace.manual_history()))
        return ops, change

    def save_copy(self, target: str | os.PathLike[str]) -> None:
        """A complete copy of the workspace at ``target`` (WorkspaceError if it fails)."""
        self.workspace.save_copy(target)

    def close(self) -> None:
        self.workspace.close()


def open_workspace(
    path: str | os.PathLike[str] | None, *, write: bool, read_only: bool = False
) -> Storage:
    """Open a workspace, creating it where that is the expected thing to do.

    - No path: the per-user default workspace, created from the bundled dataset on first
      run (for reading commands too: that is the first run).
    - A server URL (``postgresql://…``): opened as it is, never created here.
    - A path that does not exist: commands that write get a new, empty workspace
      (catalogue only); commands that only read get MissingWorkspaceError.
    """
    if path is None:
        target = paths.default_workspace_path()
        if not target.exists():
            from app.services import bundled

            bundled.create_seeded_workspace(target).close()
    elif scheme_of(path):
        return open_storage(path, read_only=read_only or not write)
    else:
        target = Path(path)
        if not target.exists():
            if not write:
                raise MissingWorkspaceError(
                    f"there is no workspace at {target} (a command that writes, such as "
                    "'corridor import' or the desktop app, creates one)"
                )
            from app.services import bundled

            bundled.create_empty_workspace(target).close()
    return open_storage(target, read_only=read_only or not write)
