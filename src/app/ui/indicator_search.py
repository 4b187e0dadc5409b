"""Search the World Bank's indicators for the Fetch form: words against the World
Development Indicators list (:func:`~app.services.fetch.worldbank.search_indicators`, in
the background with Cancel), ticked codes kept across searches, OK appends them to the
form's indicators.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.qt.i18n import translate
from app.qt.tasks import TaskRunner
from app.services.fetch.http import HttpClient
from app.services.fetch.registry import get_connector
from app.services.fetch.worldbank import IndicatorInfo, search_indicators
from app.ui.fetch_form import ClientFactory, FetchForm, split_codes
from app.ui.portal_parts import (
    SEARCH_LIMIT,
    Checklist,
    Finder,
    asking,
    column,
    label,
    line_edit,
)


class IndicatorSearch(Finder):
    """Search the World Bank's indicator list by words; the ticked codes are kept."""

    def __init__(
        self,
        runner: TaskRunner,
        base_url: str = "",
        client_factory: ClientFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("indicator_search", "Search World Bank indicators"), runner, parent
        )
        self._base = get_connector("worldbank").base_url(base_url)
        self._factory: ClientFactory = client_factory or HttpClient
        self._chosen: dict[str, None] = {}  # the ticked codes, in the order ticked
        self.words = line_edit(
            translate("indicator_search", "e.g. {examples}").format(
                examples="gdp per capita, exports, NY.GDP…"
            )
        )
        self.search_button = QPushButton(translate("indicator_search", "&Search"))
        self.search_button.setDefault(True)
        self.results = Checklist()
        self.results.search.setVisible(False)  # the words above are the search
        self.chosen_label = label()
        self.status.setText(
            translate("indicator_search", "Type words of an indicator's name or code, then Search.")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("indicator_search", "Words")))
        top.addWidget(self.words, 1)
        top.addWidget(self.search_button)
        column(top, self.results, self.chosen_label, *self._footer(), parent=self)
        self.resize(820, 540)
        self.search_button.clicked.connect(self.search)
        self.results.changed.connect(self._ticked)
        self._show_chosen()

    def search(self) -> None:
        words = self.words.text().strip()
        if not words:
            self.fail(translate("indicator_search", "Type a word to search for."))
            return
        self.load(
            translate(
                "indicator_search", "Searching the World Bank's indicator list for “{words}”…"
            ).format(words=words),
            asking(self._base, self._factory, lambda c: search_indicators(c, words, SEARCH_LIMIT)),
            lambda found: self._found(words, found),
        )

    def _found(self, words: str, found: list[IndicatorInfo]) -> None:
        tips = ((i.code, i.name, f"{i.name}\n\n{i.note}".strip()) for i in found)
        self.results.set_items(tips, self._chosen)
        n = len(found)
        if not found:
            text = translate("indicator_search", "No indicator matches “{words}”.")
        elif n == 1:
            text = translate(
                "indicator_search", "One indicator matches “{words}”: tick it to add it."
            )
        elif n >= SEARCH_LIMIT:
            text = translate(
                "indicator_search",
                "%n indicators match “{words}” (the first {limit} are shown): tick the ones "
                "to add.",
                "",
                n,
            )
        else:
            text = translate(
                "indicator_search",
                "%n indicators match “{words}”: tick the ones to add.",
                "",
                n,
            )
        self.status.setText(text.format(words=words, limit=SEARCH_LIMIT))

    def shown_codes(self) -> list[str]:
        return self.results.codes(only_ticked=False)

    def tick(self, code: str, on: bool = True) -> None:
        """Tick (or untick) a shown indicator, as a click on its box does."""
        ticked = set(self.results.selected())
        self.results.set_selected(ticked | {code} if on else ticked - {code})

    def _ticked(self) -> None:
        ticked = set(self.results.selected())
        for code in self.shown_codes():
            if code in ticked:
                self._chosen.setdefault(code)
            else:
                self._chosen.pop(code, None)
        self._show_chosen()

    def chosen(self) -> list[str]:
        """The ticked codes, in the order they were ticked (across searches)."""
        return list(self._chosen)

    def _show_chosen(self) -> None:
        n = len(self._chosen)
        self.chosen_label.setText(
            translate("indicator_search", "To add: {codes}").format(codes=", ".join(self._chosen))
            if n
            else translate("indicator_search", "Tick indicators to add their codes.")
        )
        self.ok_button.setEnabled(bool(n))
        if n == 1:
            self.ok_button.setText(translate("indicator_search", "&Add 1 code"))
        elif n:
            self.ok_button.setText(translate("indicator_search", "&Add %n codes", "", n))
        else:
            self.ok_button.setText(translate("indicator_search", "&Add"))

    def fill_form(self, form: FetchForm) -> None:
        """Append the ticked codes to the form's indicators (each once, in order)."""
        codes = dict.fromkeys([*split_codes(form.indicators.text()), *self._chosen])
        form.indicators.setText(", ".join(codes))

    def accept(self) -> None:
        if self._chosen:
            super().accept()
