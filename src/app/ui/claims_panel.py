"""The Claims view: every claim of the pair's sources with its verdict, filtered by verdict
and type (or to the source of the figure selected in the main table), and the selected
claim's quote, full explanation, the figures it was checked against and its projects.

Selecting a claim asks for its figures to be shown (``indicator_requested`` first when the
claim is about another indicator than the chart's, then ``figures_requested``); the window
selects them in the table and rings them on the chart. Add/Edit/Delete and the option are
:class:`app.ui.claim_actions.ClaimActions`' work, reached through the request signals.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.analytics import CheckOptions
from app.domain.analytics.claim_checks import VERDICTS
from app.domain.records import ClaimType
from app.domain.store import ObservationStore
from app.qt.claim_model import COLUMNS, ClaimTableModel, type_words, verdict_mark
from app.qt.i18n import QT_TRANSLATE_NOOP, translate
from app.qt.session import DeskSession
from app.qt.tasks import TaskRunner
from app.ui.dock_panel_parts import (
    button,
    details_browser,
    figure_words,
    filter_box,
    obs_link,
    section,
    selected_rows,
    setup_record_view,
)

OTHER_SIDE_TEXT = QT_TRANSLATE_NOOP(
    "claims_panel", "Let records and streaks use the other side's figure"
)


def details_html(store: ObservationStore, claim: dict[str, Any] | None) -> str:
    """The quote, the full explanation, the figures checked against and the projects."""
    if claim is None:
        hint = translate(
            "claims_panel", "Select a claim to see its quote, the reasoning and the figures."
        )
        return f"<p><i>{hint}</i></p>"
    e = html.escape
    labels = store.source_label_by_id()
    head = translate("claims_panel", "{verdict} — {type}: {claim}").format(
        verdict=e(verdict_mark(str(claim["verdict"]))),
        type=e(type_words(str(claim["claim_type"]))),
        claim=e(str(claim["claimed"])),
    )
    quote = str(claim.get("quote", ""))
    if not quote and int(claim["claim_id"]) < 0:
        quote = _figure_quote(store, int(claim["obs_id"]))
    said = translate("claims_panel", "“{quote}” — {source}").format(
        quote=f"<i>{e(quote)}</i>", source=e(labels.get(int(claim["source_id"]), ""))
    )
    parts = [
        f"<h3>{head}</h3>",
        f"<p>{said}</p>"
        if quote
        else f"<p><i>{translate('claims_panel', 'No quote kept.')}</i></p>",
        f"<p>{e(str(claim['explanation']))}</p>",
        section(
            translate("claims_panel", "Figures checked against"),
            _figures(store, list(claim["obs_ids"]), labels),
        ),
        section(
            translate("claims_panel", "Sources"),
            [e(labels.get(int(s), str(s))) for s in claim["source_ids"]],
        ),
        section(
            translate("claims_panel", "Projects"), _projects(store, list(claim["project_ids"]))
        ),
    ]
    if int(claim["claim_id"]) < 0:
        implicit = translate(
            "claims_panel",
            "The reported change of figure #{obs_id} (no stored claim refers to it).",
        ).format(obs_id=int(claim["obs_id"]))
        parts.append(f"<p style='color:#555'>{implicit}</p>")
    return "".join(parts)


def _figure_quote(store: ObservationStore, obs_id: int) -> str:
    rows = store.rows([obs_id])
    if rows.empty:
        return ""
    source = store.source(int(rows.iloc[0]["source_id"]))
    return str(source.get("quote", ""))


def _figures(store: ObservationStore, ids: list[int], labels: dict[int, str]) -> list[str]:
    obs = store.observations
    rows = obs[obs["obs_id"].isin(ids)].set_index("obs_id")
    names = store.indicator_names()
    e = html.escape
    out = []
    gone = translate("claims_panel", "no longer in the workspace")
    for i in ids:
        if i not in rows.index:
            out.append(f"#{i} <i>{gone}</i>")
            continue
        r = rows.loc[i].to_dict()
        name, value, who = figure_words(r, names)
        out.append(
            f"{obs_link(i)} {name}: <b>{value}</b>, "
            f"{e(str(r['period_text']))} ({who}) — "
            f"<span style='color:#555'>{e(labels.get(int(r['source_id']), ''))}</span>"
        )
    return out


def _projects(store: ObservationStore, ids: list[int]) -> list[str]:
    projects = store.records["projects"]
    names = dict(zip(projects["project_id"].astype(int), projects["name"], strict=True))
    unknown = translate("claims_panel", "project {id}")
    return [html.escape(str(names.get(int(i), unknown.format(id=i)))) for i in ids]


class ClaimsPanel(QWidget):
    add_requested = Signal()
    #: claim_id
    edit_requested = Signal(int)
    #: claim ids (list[int])
    delete_requested = Signal(object)
    #: "Let records and streaks use the other side's figure" toggled
    allow_other_changed = Signal(bool)
    #: show this indicator on the chart (the claim's)
    indicator_requested = Signal(str)
    #: the figures a selected claim was checked against (list[int]); [] clears
    figures_requested = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        runner: TaskRunner,
        pair: Callable[[], tuple[str, str]],
        parent: QWidget | None = None,
        *,
        check_now: bool = True,
    ) -> None:
        """``check_now`` False: the owner starts the first check (the desk's window, after
        its first paint: the dock is hidden then)."""
        super().__init__(parent)
        self.session = session
        self.model = ClaimTableModel(session, runner, pair, self)
        self._current_obs_source: int | None = None
        self._current_id: int | None = None
        self._restoring = False
        self._build_filters()
        self._build_table()
        self.details = details_browser(lambda obs_id: self.figures_requested.emit([obs_id]))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([960, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._filters)
        layout.addWidget(split, 1)
        layout.addLayout(self._buttons)
        self.model.rows_changed.connect(self._rows_changed)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._reselect)
        self.show_details(None)
        if check_now:
            self.model.refresh()

    def sizeHint(self) -> QSize:
        return QSize(1300, 360)

    # --- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.verdict_box = filter_box(
            translate("claims_panel", "any verdict"), [(verdict_mark(v), v) for v in VERDICTS]
        )
        self.type_box = filter_box(
            translate("claims_panel", "any type"), [(type_words(str(t)), str(t)) for t in ClaimType]
        )
        self.source_only = QCheckBox(translate("claims_panel", "Selected source only"))
        self.source_only.setToolTip(
            translate(
                "claims_panel",
                "Only the claims of the source of the figure selected in the main table",
            )
        )
        self.allow_other = QCheckBox(translate("claims_panel", str(OTHER_SIDE_TEXT)))
        self.allow_other.setToolTip(
            translate(
                "claims_panel",
                "A record or streak check may fill a year missing from the claimant's series "
                "with the other side's figure for it",
            )
        )
        self.count = QLabel()
        self.verdict_box.currentIndexChanged.connect(self._filters_changed)
        self.type_box.currentIndexChanged.connect(self._filters_changed)
        self.source_only.toggled.connect(self._filters_changed)
        self.allow_other.toggled.connect(self._allow_other_toggled)
        row = QHBoxLayout()
        for label, w in (
            (translate("claims_panel", "Verdict"), self.verdict_box),
            (translate("claims_panel", "Type"), self.type_box),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addWidget(self.source_only)
        row.addStretch(1)
        row.addWidget(self.count)
        self._filters = row

    def _build_table(self) -> None:
        self.view = QTableView()
        # the last column (the source label) takes what is left
        setup_record_view(self.view, self.model, [w for _t, _c, w in COLUMNS], True)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda _i: self._edit())
        self.add_button = button(
            translate("claims_panel", "Add claim…"),
            translate("claims_panel", "Add a claim of a stored source"),
            self.add_requested.emit,
        )
        self.edit_button = button(
            translate("claims_panel", "Edit…"),
            translate("claims_panel", "Change the selected claim"),
            self._edit,
        )
        self.delete_button = button(
            translate("claims_panel", "Delete"),
            translate("claims_panel", "Delete the selected claims (undo restores them)"),
            self._delete,
        )
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.allow_other)  # an option of the checks, not a filter
        self._buttons = buttons

    # --- filters and options --------------------------------------------------------------

    def _filters_changed(self) -> None:
        self.model.update_filter(
            verdict=self.verdict_box.currentData() or "",
            claim_type=self.type_box.currentData() or "",
            source_id=self._current_obs_source if self.source_only.isChecked() else None,
        )

    def _allow_other_toggled(self, on: bool) -> None:
        self.model.set_options(CheckOptions(allow_other_reporter=on))
        self.allow_other_changed.emit(on)

    def set_allow_other(self, on: bool) -> None:
        """The remembered option, set without announcing it."""
        was = self.allow_other.blockSignals(True)
        self.allow_other.setChecked(on)
        self.allow_other.blockSignals(was)
        self.model.set_options(CheckOptions(allow_other_reporter=on))

    def set_current_obs(self, obs_id: int) -> None:
        """The figure selected in the main table (its source for "Selected source only")."""
        if self._restoring:
            return
        rows = self.session.store.rows([obs_id]) if obs_id >= 0 else None
        source = int(rows.iloc[0]["source_id"]) if rows is not None and len(rows) else None
        if source != self._current_obs_source:
            self._current_obs_source = source
            if self.source_only.isChecked():
                self._filters_changed()

    def _rows_changed(self, shown: int) -> None:
        total = len(self.model.view)
        if shown != total:
            text = translate("claims_panel", "{shown} of {total} claims")
        else:
            text = translate("claims_panel", "{total} claims")
        self.count.setText(text.format(shown=shown, total=total))

    # --- selection ------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [self.model.claim_id_at(r) for r in selected_rows(self.view)]

    def select_claim(self, claim_id: int) -> bool:
        row = self.model.row_of(claim_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _remember(self) -> None:
        self._kept = self.selected_ids()

    def _reselect(self) -> None:
        """After a refresh the same claim stays selected, without showing its figures again."""
        self._restoring = True
        try:
            for claim_id in getattr(self, "_kept", []):
                row = self.model.row_of(claim_id)
                if row >= 0:
                    self.view.selectRow(row)
                    break
            else:
                self.show_details(None)
        finally:
            self._restoring = False
        if self._current_id is not None:
            self.show_details(self.model.claim(self._current_id))

    def _current_changed(self, current: Any, _previous: Any) -> None:
        row = current.row() if current.isValid() else -1
        self._current_id = self.model.claim_id_at(row) if row >= 0 else None
        claim = self.model.claim(self._current_id) if self._current_id is not None else None
        self.show_details(claim)
        if self._restoring:
            return
        self._restoring = True  # the table's own selection must not refilter this list
        try:
            self._request_figures(claim)
        finally:
            self._restoring = False

    def _request_figures(self, claim: dict[str, Any] | None) -> None:
        if claim is None:
            self.figures_requested.emit([])
            return
        if claim["indicator"]:
            self.indicator_requested.emit(str(claim["indicator"]))
        self.figures_requested.emit(_own_first(self.session.store, claim))

    def show_details(self, claim: dict[str, Any] | None) -> None:
        self.details.setHtml(details_html(self.session.store, claim))

    def _edit(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_requested.emit(ids[0])

    def _delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)


def _own_first(store: ObservationStore, claim: dict[str, Any]) -> list[int]:
    """The claim's figures, those of its own indicator first (the one selected in the table)."""
    ids = [int(i) for i in claim["obs_ids"]]
    rows = store.observations[store.observations["obs_id"].isin(ids)]
    codes = dict(zip(rows["obs_id"].astype(int), rows["indicator"].astype(str), strict=True))
    own = [i for i in ids if codes.get(i) == claim["indicator"]]
    return own + [i for i in ids if i not in own]
