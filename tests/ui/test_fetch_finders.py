"""Finding what to fetch: the SDMX browser and the World Bank indicator search, alone and
from the Fetch dialog.

The SDMX structures are the constructed messages of tests/data/sdmx_structure/ (no
structure recording exists; each file says how it was made); the World Bank's indicator
list is the two constructed pages of the search's unit test. Both are served by the replay
server (pytest-httpserver on loopback); no test touches the network.
"""

from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog
from pytest_httpserver import HTTPServer
from tests.conftest import TEST_DATA
from tests.unit.services.fetch.conftest import XML, _no_proxy, recorded  # noqa: F401
from tests.unit.services.fetch.test_worldbank_search import serve as serve_indicators
from werkzeug import Request, Response

from app.qt.tasks import SyncTaskRunner, TaskRunner
from app.services.desk import Desk
from app.services.fetch.http import HttpClient
from app.services.fetch.registry import get_connector
from app.services.fetch.sdmx_structure import Dimension
from app.ui import fetch_dialog, sdmx_browser
from app.ui.fetch_dialog import FetchDialog
from app.ui.fetch_form import FetchForm
from app.ui.indicator_search import IndicatorSearch
from app.ui.sdmx_browser import SdmxBrowser

STRUCTURES = TEST_DATA / "sdmx_structure"
FLOWS, EXR = "/dataflow/ECB/all/latest", "/dataflow/ECB/EXR/1.0"


def constructed(name: str) -> bytes:
    return (STRUCTURES / name).read_bytes()


def fast_client() -> HttpClient:
    return HttpClient(connect_timeout=2.0, read_timeout=10.0, retries=0, sleep=lambda _s: None)


def base(server: HTTPServer) -> str:
    return server.url_for("").rstrip("/")


def serve_ecb(server: HTTPServer) -> None:
    server.expect_request(FLOWS).respond_with_data(constructed("ecb_dataflows_21.xml"), 200)
    server.expect_request(EXR).respond_with_data(constructed("ecb_exr_descendants_21.xml"))


def browser(qtbot, server: HTTPServer, name: str = "ecb", runner=None, **kw) -> SdmxBrowser:
    dialog = SdmxBrowser(name, runner or SyncTaskRunner(), base(server), fast_client, **kw)
    qtbot.addWidget(dialog)
    return dialog


def click_flow(qtbot, dialog: SdmxBrowser, ref: str) -> None:
    """Click the dataflow's row, as a user does."""
    row = next(
        i for i in range(dialog.flows.count()) if dialog.flows.item(i).text().startswith(ref)
    )
    rect = dialog.flows.visualItemRect(dialog.flows.item(row))
    qtbot.mouseClick(dialog.flows.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown(dialog: SdmxBrowser, position: int) -> list[str]:
    """The codes a dimension's list shows (its search applied)."""
    view = dialog.pickers[position - 1].view
    return [
        view.item(i).text().split()[0] for i in range(view.count()) if not view.item(i).isHidden()
    ]


# --- the SDMX browser ---------------------------------------------------------------------------


def test_dataflows_filter_dimensions_codes_and_the_key(qtbot, httpserver: HTTPServer) -> None:
    serve_ecb(httpserver)
    dialog = browser(qtbot, httpserver)
    dialog.show()
    assert dialog.visible_flows() == ["ECB:BSI(1.0)", "ECB:EXR(1.0)"]
    assert "2 dataflows" in dialog.status.text()
    assert not dialog.ok_button.isEnabled()
    assert dialog.key_label.text() == "Series key: pick a dataflow first."
    for words, refs in (
        ("exchange", ["ECB:EXR(1.0)"]),
        ("bsi", ["ECB:BSI(1.0)"]),
        ("ECB  rates", ["ECB:EXR(1.0)"]),  # words of the ID and of the name
        ("tariffs", []),
        ("", ["ECB:BSI(1.0)", "ECB:EXR(1.0)"]),
    ):
        dialog.filter.setText(words)
        assert dialog.visible_flows() == refs, words

    click_flow(qtbot, dialog, "ECB:EXR(1.0)")
    assert "Exchange Rates" in dialog.dim_title.text()
    assert [d.id for d in dialog.dims] == ["FREQ", "CURRENCY", "CURRENCY_DENOM"]
    currencies = ["AZN", "CNY", "EUR"]
    assert [shown(dialog, i) for i in (1, 2, 3)] == [["A", "M"], currencies, currencies]
    assert "3 dimensions" in dialog.status.text()
    assert dialog.ok_button.isEnabled()
    assert dialog.key() == ""
    assert "every series" in dialog.key_label.text()
    assert dialog.boxes[0].title() == "1. Frequency (FREQ): every code"

    dialog.pickers[1].set_selected(["CNY", "EUR"])
    dialog.pickers[2].set_selected(["EUR"])
    assert dialog.key() == ".CNY+EUR.EUR"  # an empty part takes every frequency
    dialog.pickers[0].set_selected(["M"])
    assert dialog.key() == "M.CNY+EUR.EUR"
    assert "M.CNY+EUR.EUR" in dialog.key_label.text()
    assert dialog.boxes[1].title() == "2. Currency (CURRENCY): CNY+EUR"
    dialog.pickers[1].search.setText("yuan")  # the search hides, it does not untick
    assert shown(dialog, 2) == ["CNY"]
    assert dialog.key() == "M.CNY+EUR.EUR"
    dialog.pickers[1].search.setText("")
    assert dialog.dataflow() == "ECB:EXR(1.0)"

    # the structure was asked once per dataflow, with its descendants
    assert [(r.path, r.query_string) for r, _ in httpserver.log] == [
        (FLOWS, b""),
        (EXR, b"references=descendants"),
    ]
    click_flow(qtbot, dialog, "ECB:EXR(1.0)")  # again: nothing new is asked
    assert len(httpserver.log) == 2

    form = FetchForm()
    form.set_source("ecb")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.fill_form(form)
    request = form.request()
    assert (request.option("dataflow"), request.option("key")) == ("ECB:EXR(1.0)", "M.CNY+EUR.EUR")
    (call,) = get_connector("ecb").calls(request, "https://example.org")
    assert call.url == "https://example.org/data/ECB,EXR,1.0/M.CNY+EUR.EUR"


def test_the_imf_browses_through_sdmx_3(qtbot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/structure/dataflow/all/*/+").respond_with_data(
        constructed("imf_dataflows_30.xml"), content_type=XML
    )
    httpserver.expect_request("/structure/dataflow/IMF.STA/IMTS/1.0.0").respond_with_data(
        constructed("imf_imts_descendants_30.xml"), content_type=XML
    )
    dialog = browser(qtbot, httpserver, "imf")
    assert dialog.visible_flows() == ["IMF.STA:IMTS(1.0.0)", "IMF.WHD:WHDREO(5.0.0)"]
    dialog.filter.setText("trade")
    dialog.pick(dialog.listed[0])
    assert all(p.search.isHidden() for p in dialog.pickers)  # short lists need no search box
    dialog.pickers[0].set_selected(["AZE"])
    dialog.pickers[1].set_selected(["XG_FOB_USD", "MG_CIF_USD"])
    dialog.pickers[3].set_selected(["A"])
    assert dialog.key() == "AZE.XG_FOB_USD+MG_CIF_USD..A"
    form = FetchForm()
    form.set_source("imf")
    dialog.fill_form(form)
    (call,) = get_connector("imf").calls(form.request(), "https://x")
    assert "/data/dataflow/IMF.STA/IMTS/1.0.0/AZE.XG_FOB_USD+MG_CIF_USD.*.A?" in call.url


def test_the_forms_dataflow_and_key_are_shown_again(qtbot, httpserver: HTTPServer) -> None:
    serve_ecb(httpserver)
    httpserver.expect_request("/dataflow/ECB/BSI/1.0").respond_with_data(
        constructed("ecb_exr_descendants_21.xml")  # any three dimensions will do
    )
    dialog = browser(qtbot, httpserver, dataflow="ECB:EXR", key="A.CNY+USD.")
    assert dialog.dataflow() == "ECB:EXR(1.0)"
    assert dialog.flows.currentItem().text().startswith("ECB:EXR(1.0)")
    assert [dialog.chosen(i) for i in (1, 2, 3)] == [["A"], ["CNY"], []]
    assert dialog.key() == "A.CNY."
    assert dialog.status.text().endswith("Not in the code lists, so left out: USD.")
    click_flow(qtbot, dialog, "ECB:BSI(1.0)")  # the user's own pick: the form's key is done
    assert len(httpserver.log) == 3
    assert dialog.key() == ""


def test_long_code_lists_are_searched_and_a_dimension_without_one_is_typed(
    qtbot, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request(FLOWS).respond_with_data(constructed("ecb_dataflows_21.xml"))
    areas = [(f"C{i:02}", f"Country {i}") for i in range(40)] + [("AZ", "Azerbaijan")]
    dims = [Dimension("REF_AREA", "Reference area", 1, areas), Dimension("SERIES", "Series", 2)]
    monkeypatch.setattr(sdmx_browser, "dimensions", lambda _name, _flow, _ctx: dims)
    dialog = browser(qtbot, httpserver)
    dialog.show()
    dialog.pick(dialog.listed[0])
    areas_picker, typed = dialog.pickers
    assert not areas_picker.search.isHidden()
    assert areas_picker.view.maximumHeight() < 20 * 41  # about eight rows; the rest scroll
    assert not typed.search.isHidden()
    assert typed.view.isHidden()
    areas_picker.search.setText("azer")
    assert shown(dialog, 1) == ["AZ"]
    areas_picker.view.item(40).setCheckState(Qt.CheckState.Checked)  # as a click on its box
    typed.search.setText("X1+ X2")
    assert dialog.key() == "AZ.X1+X2"
    assert dialog.boxes[1].title() == "2. Series (SERIES): X1+X2"


def test_a_404_is_a_sentence_in_the_browser(qtbot, httpserver: HTTPServer) -> None:
    httpserver.expect_request(FLOWS).respond_with_data("", status=404)
    dialog = browser(qtbot, httpserver)
    assert dialog.status.text() == "Nothing was loaded."
    assert not dialog.error.isHidden()
    assert "answered 404" in dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    assert dialog.flows.count() == 0
    assert not dialog.ok_button.isEnabled()
    assert not dialog.cancel_button.isEnabled()
    dialog.ok_button.click()  # disabled: nothing happens
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_an_unreadable_structure_leaves_the_list_usable(qtbot, httpserver: HTTPServer) -> None:
    httpserver.expect_request(FLOWS).respond_with_data(constructed("ecb_dataflows_21.xml"))
    httpserver.expect_request(EXR).respond_with_data(
        constructed("ecb_exr_descendants_21.xml")[:900]
    )
    httpserver.expect_request("/dataflow/ECB/BSI/1.0").respond_with_data(
        constructed("ecb_dataflows_21.xml")  # the dataflow without its DSD
    )
    dialog = browser(qtbot, httpserver)
    dialog.pick(dialog.listed[1])
    assert "ECB: the structure of ECB:EXR(1.0) could not be read" in dialog.error.text()
    assert not dialog.ok_button.isEnabled()
    assert dialog.flows.count() == 2
    dialog.pick(dialog.listed[0])  # another dataflow clears the error
    assert "came without its data structure definition" in dialog.error.text()
    dialog.pick(dialog.listed[1])  # asked again after a failure
    assert [r.path for r, _ in httpserver.log].count(EXR) == 2


def test_an_unreachable_agency_says_it_looks_offline(qtbot) -> None:
    with socket.socket() as sock:  # a loopback port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    dialog = SdmxBrowser("ecb", SyncTaskRunner(), f"http://127.0.0.1:{port}", fast_client)
    qtbot.addWidget(dialog)
    assert "could not reach 127.0.0.1" in dialog.error.text()
    assert "looks offline" in dialog.error.text()
    assert dialog.status.text() == "Nothing was loaded."


def test_cancel_while_loading(qtbot, httpserver: HTTPServer) -> None:
    asked, release = threading.Event(), threading.Event()

    def slow(_request: Request) -> Response:
        asked.set()
        release.wait(10)  # the agency answers only once the test has cancelled
        return Response(constructed("ecb_dataflows_21.xml"), content_type=XML)

    httpserver.expect_request(FLOWS).respond_with_handler(slow)
    runner = TaskRunner(QThreadPool())
    dialog = browser(qtbot, httpserver, runner=runner)
    assert asked.wait(5), "the agency was never asked"
    assert dialog.busy
    assert dialog.cancel_button.isEnabled()
    assert "Asking ECB for its dataflows" in dialog.status.text()
    dialog.cancel_button.click()
    assert dialog.status.text() == "Loading cancelled."
    assert not dialog.busy
    assert not dialog.cancel_button.isEnabled()
    release.set()
    assert runner.wait(10000)
    qtbot.wait(50)  # the worker's late end reaches the GUI thread, and is dropped
    assert dialog.flows.count() == 0
    assert dialog.status.text() == "Loading cancelled."


def test_closing_while_loading_cancels(qtbot, httpserver: HTTPServer) -> None:
    asked, release = threading.Event(), threading.Event()

    def slow(_request: Request) -> Response:
        asked.set()
        release.wait(10)
        return Response(constructed("ecb_dataflows_21.xml"), content_type=XML)

    httpserver.expect_request(FLOWS).respond_with_handler(slow)
    runner = TaskRunner(QThreadPool())
    dialog = browser(qtbot, httpserver, runner=runner)
    assert asked.wait(5)
    dialog.reject()
    assert not dialog.busy
    release.set()
    assert runner.wait(10000)
    qtbot.wait(50)
    assert dialog.flows.count() == 0


# --- the World Bank indicator search ------------------------------------------------------------


def search_dialog(qtbot, server: HTTPServer) -> IndicatorSearch:
    dialog = IndicatorSearch(SyncTaskRunner(), base(server), fast_client)
    qtbot.addWidget(dialog)
    return dialog


def test_search_ticks_across_searches_and_adds_the_codes(qtbot, httpserver: HTTPServer) -> None:
    serve_indicators(httpserver)
    dialog = search_dialog(qtbot, httpserver)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    dialog.search()  # no words: said, nothing asked
    assert "Type a word" in dialog.error.text()
    assert httpserver.log == []

    dialog.words.setText("gdp")
    dialog.search_button.click()
    assert dialog.error.isHidden()
    assert dialog.shown_codes() == ["NY.GDP.MKTP.CD", "NY.GDP.MKTP.KD.ZG", "NE.EXP.GNFS.ZS"]
    assert "3 indicators match “gdp”" in dialog.status.text()
    first = dialog.results.view.item(0)
    assert first.text() == "NY.GDP.MKTP.CD  GDP (current US$)"
    assert first.toolTip().startswith("GDP (current US$)\n\nxxx")  # the note
    dialog.tick("NY.GDP.MKTP.KD.ZG")
    assert dialog.ok_button.text() == "&Add 1 code"

    dialog.words.setText("merchandise exports")
    qtbot.keyClick(dialog.words, Qt.Key.Key_Return)  # the default button: one search
    assert [r.args["page"] for r, _ in httpserver.log] == ["1", "2", "1", "2"]
    assert dialog.shown_codes() == ["TX.VAL.MRCH.CD.WT"]
    dialog.tick("TX.VAL.MRCH.CD.WT")
    dialog.words.setText("exports")
    dialog.search()
    assert dialog.results.selected() == ["TX.VAL.MRCH.CD.WT"]  # still ticked when shown again
    dialog.tick("NE.EXP.GNFS.ZS")
    dialog.tick("TX.VAL.MRCH.CD.WT", on=False)
    assert dialog.chosen() == ["NY.GDP.MKTP.KD.ZG", "NE.EXP.GNFS.ZS"]
    assert dialog.chosen_label.text() == "To add: NY.GDP.MKTP.KD.ZG, NE.EXP.GNFS.ZS"
    assert dialog.ok_button.text() == "&Add 2 codes"
    dialog.words.setText("tariff")
    dialog.search()
    assert dialog.shown_codes() == []
    assert "No indicator matches “tariff”" in dialog.status.text()

    form = FetchForm()
    form.set_source("worldbank")
    form.indicators.setText("NE.EXP.GNFS.ZS NY.GNP.PCAP.CD")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.fill_form(form)
    assert form.indicators.text() == "NE.EXP.GNFS.ZS, NY.GNP.PCAP.CD, NY.GDP.MKTP.KD.ZG"


def test_a_failed_search_is_a_sentence(qtbot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/sources/2/indicators").respond_with_data("oops", status=500)
    dialog = search_dialog(qtbot, httpserver)
    dialog.words.setText("gdp")
    dialog.search()
    assert "answered 500" in dialog.error.text()
    assert dialog.status.text() == "Nothing was loaded."


# --- from the Fetch dialog ------------------------------------------------------------------------


def fetch_dialog_for(qtbot, desk: Desk, server: HTTPServer) -> FetchDialog:
    urls = {name: base(server) for name in ("ecb", "worldbank")}
    dialog = FetchDialog(desk.store, SyncTaskRunner(), base_urls=urls, client_factory=fast_client)
    qtbot.addWidget(dialog)
    return dialog


def test_browse_fills_the_form_and_preview_asks_for_it(
    qtbot, tiny_desk: Desk, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_ecb(httpserver)
    httpserver.expect_request("/data/ECB,EXR,1.0/M.CNY+EUR.EUR").respond_with_data(
        recorded("sdmxml_insee_bdm_series_generic.xml"),  # stands in for an ECB answer
        content_type=XML,
    )
    seen: list[tuple[str, list[str]]] = []

    class Driven(SdmxBrowser):
        def exec(self) -> int:
            seen.append(
                (self.dataflow(), [self.chosen(i) for i in (1, 2, 3)] if self.pickers else [])
            )
            if not self.pickers:  # the first time: pick as a user does
                click_flow(qtbot, self, "ECB:EXR(1.0)")
                self.pickers[0].set_selected(["M"])
                self.pickers[1].set_selected(["CNY", "EUR"])
                self.pickers[2].set_selected(["EUR"])
            self.ok_button.click()
            return self.result()

    monkeypatch.setattr(fetch_dialog, "SdmxBrowser", Driven)
    dialog = fetch_dialog_for(qtbot, tiny_desk, httpserver)
    dialog.show()
    dialog.form.set_source("worldbank")
    assert dialog.browse_button.isHidden()
    assert not dialog.search_button.isHidden()
    dialog.form.set_source("ecb")
    assert not dialog.browse_button.isHidden()
    assert dialog.search_button.isHidden()
    dialog.browse_button.click()
    assert dialog.form.option_text("dataflow") == "ECB:EXR(1.0)"
    assert dialog.form.option_text("key") == "M.CNY+EUR.EUR"
    dialog.browse_button.click()  # again: the form's choice is shown
    assert seen == [("", []), ("ECB:EXR(1.0)", [["M"], ["CNY", "EUR"], ["EUR"]])]

    dialog.preview_button.click()
    assert dialog.error.isHidden(), dialog.error.text()
    assert dialog.preview_model.rowCount() > 0
    assert "/data/ECB,EXR,1.0/M.CNY+EUR.EUR" in dialog.notes.text()


def test_search_adds_codes_to_the_form(
    qtbot, tiny_desk: Desk, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_indicators(httpserver)

    class Driven(IndicatorSearch):
        def exec(self) -> int:
            self.words.setText("gdp growth")
            self.search_button.click()
            self.tick("NY.GDP.MKTP.KD.ZG")
            self.ok_button.click()
            return self.result()

    monkeypatch.setattr(fetch_dialog, "IndicatorSearch", Driven)
    dialog = fetch_dialog_for(qtbot, tiny_desk, httpserver)
    dialog.form.set_source("worldbank")
    dialog.form.indicators.setText("NY.GNP.PCAP.CD")
    dialog.search_button.click()
    assert dialog.form.indicators.text() == "NY.GNP.PCAP.CD, NY.GDP.MKTP.KD.ZG"
    assert dialog.form.request().indicators == ("NY.GNP.PCAP.CD", "NY.GDP.MKTP.KD.ZG")
