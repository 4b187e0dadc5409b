"""Claim commands: add, edit and delete claims by hand, and remember the check option.

Each asks for what it needs (the claim dialog, a confirmation), turns the answer into one
:class:`~app.domain.edits.Edit` of the ``claims`` table and pushes it on the session's undo
stack. An implicit claim (the reported change of a figure, a negative id) is not a row of
the table: it is refused with the reason. Takes the desk context, a parent widget and the
claims panel (whose request signals it answers), never the window.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.domain.edits import DeleteRecords
from app.qt.context import DeskContext
from app.qt.i18n import translate
from app.qt.settings import CLAIMS_ALLOW_OTHER_REPORTER
from app.ui.claims_panel import ClaimsPanel

if TYPE_CHECKING:  # the dialog: imported when a claim is first added or edited
    from app.ui.claim_dialog import ClaimDialog


def implicit_reason(claim_id: int) -> str:
    return translate(
        "claim_actions",
        "The claim of figure #{obs_id} cannot be deleted: it is the reported change of "
        "figure {obs_id}; edit the figure.",
    ).format(obs_id=-claim_id)


class ClaimActions:
    def __init__(self, ctx: DeskContext, parent: QWidget, panel: ClaimsPanel) -> None:
        self.ctx = ctx
        self.parent = parent
        self.panel = panel
        panel.set_allow_other(bool(ctx.settings.get(CLAIMS_ALLOW_OTHER_REPORTER)))
        panel.add_requested.connect(self.add_claim)
        panel.edit_requested.connect(self.edit_claim)
        panel.delete_requested.connect(self.delete_claims)
        panel.allow_other_changed.connect(
            lambda on: ctx.settings.set(CLAIMS_ALLOW_OTHER_REPORTER, int(on))
        )

    def add_claim(self) -> None:
        from app.ui.claim_dialog import ClaimDialog

        self.run_dialog(ClaimDialog(self.ctx.session.store, None, self._defaults(), self.parent))

    def edit_claim(self, claim_id: int) -> None:
        if claim_id < 0:
            self.ctx.bus.info(
                translate(
                    "claim_actions",
                    "This is the reported change of figure #{obs_id}: edit the figure.",
                ).format(obs_id=-claim_id)
            )
            return
        from app.ui.claim_dialog import ClaimDialog

        self.run_dialog(ClaimDialog(self.ctx.session.store, claim_id, parent=self.parent))

    def run_dialog(self, dialog: ClaimDialog) -> None:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.edit is None:
            return
        if self.ctx.session.push(dialog.edit) and dialog.claim_id is not None:
            self.panel.select_claim(dialog.claim_id)

    def _defaults(self) -> dict[str, Any]:
        """A new claim's parties: the pair's (the most common among the stored claims)."""
        claims = self.ctx.session.store.records["claims"]
        out: dict[str, Any] = {}
        for column in ("reporter", "partner"):
            common = Counter(str(c) for c in claims[column] if c).most_common(1)
            out[column] = common[0][0] if common else ""
        return out

    def delete_claims(self, ids: list[int], confirm: bool = True) -> None:
        implicit = [i for i in ids if i < 0]
        if implicit:
            self.ctx.bus.warning(implicit_reason(implicit[0]))
        stored = [i for i in ids if i >= 0]
        if not stored:
            return
        rows = self.ctx.session.store.record_rows("claims", stored)
        if confirm:
            answer = QMessageBox.question(
                self.parent,
                translate("claim_actions", "Delete claims"),
                translate("claim_actions", "Delete {count} claim(s)? (Undo restores them.)").format(
                    count=len(rows)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctx.session.push(DeleteRecords({"claims": rows}, f"Delete {len(rows)} claim(s)"))
