"""Hostile input: random and crafted text through every parser, importer and the extractor.

Each input either works or fails with the parser's own error (a clear message), never
another exception; whatever an importer reads lands in the workspace whole or not at all.
Case counts grow in long mode (``--run-slow`` / ``CORRIDOR_LONG=1``);
``CORRIDOR_HOSTILE_REPORT=file`` appends the number of inputs tried per test (JSON lines).
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import io
import json
import math
import os
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.model import OBSERVATION_COLUMNS
from app.domain.periods import PeriodError, parse_period, period_code
from app.domain.units import UnitError, parse_number
from app.services.desk import Desk
from app.services.extraction import extract
from app.services.importers import IMPORTERS, ImportFailed, ImportResult, plan_import, read_file
from app.services.storage import DuckDBStorage, WorkspaceError

sys.path.insert(0, str(Path(__file__).parent))
import kill_worker

NUMBER_ALPHABET = "0123456789 ,.'-+−$€£kKmMbBnlionthusad\u00a0\u202f٣e"
PERIOD_ALPHABET = "0123456789-QHSM/.@ –—asof"
HEADERS = (
    "indicator",
    "reporter",
    "partner",
    "period",
    "value",
    "unit",
    "note",
    "year",
    "Country Code",
    "Country Name",
    "Indicator Code",
    "2019",
    "2024",
    "REF_AREA",
    "COUNTERPART_AREA",
    "TIME_PERIOD",
    "OBS_VALUE",
    "refYear",
    "reporterISO",
    "partnerISO",
    "primaryValue",
    "flowCode",
    "source_url",
    "qualifier",
    "status",
)
CELLS = st.one_of(
    st.sampled_from(
        (
            "",
            "AZE",
            "CHN",
            "2024",
            "2025-Q1",
            "2025-01/2025-10",
            "@2019-07",
            "2.44 bn",
            "1,570",
            "748,8",
            "-3.5",
            "1e308",
            "nan",
            "inf",
            "=1+2",
            "@SUM(A1)",
            "<script>alert(1)</script>",
            "javascript:alert(1)",
            '"',
            "trade_turnover",
            "USD",
            "persons",
            "..",
            "x" * 300,
        )
    ),
    st.text(max_size=20),
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)


def cases(long_run: bool, default: int, long: int) -> int:
    return long if long_run else default


def attempt(
    fn: Callable[..., Any],
    errors: type[BaseException] | tuple[type[BaseException], ...],
    *args: Any,
) -> tuple[Any, str | None]:
    """(result, None), or (None, the message) when ``fn`` raised one of ``errors``."""
    try:
        return fn(*args), None
    except errors as exc:
        return None, str(exc) or type(exc).__name__


def record(name: str, tried: int) -> None:
    print(f"hostile: {name}: {tried} inputs")
    target = os.environ.get("CORRIDOR_HOSTILE_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as f:
            f.write(json.dumps({"test": name, "inputs": tried}) + "\n")


def run(prop: Callable[..., None], examples: int, long_run: bool) -> None:
    """Run a hypothesis property with a case count chosen at run time: the same cases on
    every default run (CI stays deterministic), fresh random ones in long mode."""
    settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=not long_run,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )(prop)()


@st.composite
def delimited(draw: st.DrawFn) -> bytes:
    """A text table: a header of known column names, rows of awkward cells."""
    sep = draw(st.sampled_from((",", ";", "\t", "|")))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(header) + 2), max_size=12))
    lines = [sep.join(header)] + [sep.join(r) for r in rows]
    preamble = draw(st.sampled_from(("", "Data Source,World Development Indicators\n\n")))
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1251")))
    return (preamble + "\n".join(lines)).encode(encoding, "replace")


CORRIDOR_HEADER = (
    "indicator",
    "reporter",
    "partner",
    "period",
    "value",
    "unit",
    "qualifier",
    "status",
    "note",
    "source_publisher",
    "source_url",
    "source_quote",
)
TABLE_HEADER = ("indicator", "reporter", "partner", "period", "value", "unit", "note")
GOOD = {
    "indicator": st.sampled_from(("trade_turnover", "exports", "tourist_arrivals", "x y")),
    "reporter": st.sampled_from(("AZE", "CHN", "Azerbaijan", "", "ZZZ")),
    "partner": st.sampled_from(("CHN", "AZE", "", "China")),
    "period": st.sampled_from(
        ("2024", "2025-Q1", "2025-01/2025-10", "@2019-07", "2025-H1", "1900", "9999-12", "")
    ),
    "value": st.one_of(
        st.sampled_from(("2.44 bn", "1,570", "748,8", "57k", "-3.5", "1e308", "1e309", "nan", "")),
        st.floats().map(repr),
    ),
    "unit": st.sampled_from(("USD", "USD bn", "persons", "MW", "%", "", "parsecs")),
    "qualifier": st.sampled_from(("exact", "more_than", "about", "bogus", "")),
    "status": st.sampled_from(("actual", "forecast", "bogus", "")),
}


@st.composite
def tidy(draw: st.DrawFn) -> tuple[bytes, str]:
    """A well-formed table (Corridor's own format or a plain one) with hostile cells."""
    fmt = draw(st.sampled_from(("corridor", "table")))
    header = CORRIDOR_HEADER if fmt == "corridor" else TABLE_HEADER
    rows = draw(st.lists(st.tuples(*(GOOD.get(c, CELLS) for c in header)), min_size=1, max_size=20))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8", "surrogatepass"), fmt


# --- parsers ----------------------------------------------------------------------------


def test_parse_number_returns_a_finite_number_or_says_why(long_run: bool) -> None:
    tried = 0

    @given(st.one_of(st.text(), st.text(alphabet=NUMBER_ALPHABET, max_size=30)))
    def prop(text: str) -> None:
        nonlocal tried
        tried += 1
        value, error = attempt(parse_number, UnitError, text)
        assert error or math.isfinite(value)

    run(prop, cases(long_run, 1000, 30000), long_run)
    record("parse_number", tried)


def test_parse_period_returns_a_valid_period_or_says_why(long_run: bool) -> None:
    tried = 0

    @given(st.one_of(st.text(), st.text(alphabet=PERIOD_ALPHABET, max_size=25)))
    def prop(text: str) -> None:
        nonlocal tried
        tried += 1
        period, error = attempt(parse_period, PeriodError, text)
        if error:
            return
        assert period.start <= period.end
        code = period_code(period.start, period.end, period.point)
        assert parse_period(code) == period

    run(prop, cases(long_run, 1000, 30000), long_run)
    record("parse_period", tried)


# --- importers --------------------------------------------------------------------------


def check_result(result: ImportResult) -> None:
    obs = result.observations
    assert set(OBSERVATION_COLUMNS) - {"obs_id"} <= set(obs.columns)  # ids come at planning
    assert (obs["period_end"] >= obs["period_start"]).all()
    assert not obs["value"].map(lambda v: math.isinf(v)).any()


def read_or_fail(data: bytes, fmt: str) -> ImportResult | None:
    result, error = attempt(read_file, ImportFailed, data, fmt)
    if error:
        return None
    check_result(result)
    return result


#: Inputs hypothesis found that made the World Bank reader raise KeyError/ValueError
#: (fixed in importers/worldbank.py); kept as regressions.
WORLD_BANK_CASES = {
    "wdi_without_code_columns": (
        "wdi",
        b"Data Source,World Development Indicators\n\nCountry Name\n0",
    ),
    "databank_without_series_code": ("databank", b"indicator,indicator,2019\nAZE,,"),
    "databank_column_named_value": (
        "databank",
        b"value|OBS_VALUE|2024|note|2024\n1\n0||2024|14181|-59842403",
    ),
}


@pytest.mark.parametrize("case", sorted(WORLD_BANK_CASES))
def test_world_bank_regressions(case: str) -> None:
    fmt, data = WORLD_BANK_CASES[case]
    read_or_fail(data, fmt)


def test_huge_value_times_unit_scale() -> None:
    """Found by hypothesis: 1e308 'USD bn' overflowed to inf (fixed in importers/rows.py)."""
    data = b"indicator,reporter,partner,period,value,unit\ntrade_turnover,AZE,CHN,2024,1e308,USD bn"
    result = read_or_fail(data, "table")
    assert result is not None
    assert result.observations["value"].map(math.isfinite).all()


@pytest.mark.parametrize("fmt", ["auto", *IMPORTERS])
def test_every_importer_reads_or_fails_cleanly(fmt: str, long_run: bool) -> None:
    tried = 0

    @given(st.one_of(delimited(), st.binary(max_size=600)))
    def prop(data: bytes) -> None:
        nonlocal tried
        tried += 1
        read_or_fail(data, fmt)

    run(prop, cases(long_run, 60, 3000), long_run)
    record(f"importer {fmt}", tried)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "target.duckdb"
    kill_worker.seed_workspace(path, 31, rows=40).close()
    ws = DuckDBStorage.open(path)
    opened = Desk(ws, ws.load_store())
    yield opened
    opened.close()


def import_into(desk: Desk, result: ImportResult | None) -> bool:
    """Plan and apply an import; the workspace and memory must agree whatever happens.
    True if rows were added."""
    before = kill_worker.store_digest(desk.store)
    landed = False
    if result is not None and len(result.observations):
        _, error = attempt(desk.apply, WorkspaceError, plan_import(result, desk.store))
        landed = error is None
        if error:
            assert "Nothing was changed" in error
            assert kill_worker.store_digest(desk.store) == before
    assert kill_worker.workspace_digest(desk.workspace) == kill_worker.store_digest(desk.store)
    assert desk.workspace.integrity_problems() == []
    return landed


def test_imports_land_whole_or_not_at_all(desk: Desk, long_run: bool) -> None:
    tried = landed = 0

    @given(tidy())
    def prop(table: tuple[bytes, str]) -> None:
        nonlocal tried, landed
        tried += 1
        landed += import_into(desk, read_or_fail(*table))

    run(prop, cases(long_run, 20, 1000), long_run)
    record("import into a workspace", tried)
    print(f"hostile: {landed} of them added rows")


# --- the extractor ----------------------------------------------------------------------

PRESS_WORDS = (
    "trade turnover",
    "between China and Azerbaijan",
    "reached",
    "amounted to",
    "more than",
    "about",
    "nearly",
    "$2.44 billion",
    "2,44 млрд долларов",
    "57,000 tourists",
    "in January-October 2025",
    "last year",
    "up 20%",
    "по итогам 2024 года",
    "in the first half",
    "MW",
    "1 570",
    "%",
    ".",
    "\n\n",
)


def test_extract_finds_figures_or_nothing_but_never_fails(long_run: bool) -> None:
    tried = 0
    texts = st.one_of(
        st.text(max_size=400), st.lists(st.sampled_from(PRESS_WORDS), max_size=40).map(" ".join)
    )

    @given(texts, st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1))))
    def prop(text: str, published: dt.date | None) -> None:
        nonlocal tried
        tried += 1
        for c in extract(text, published, "https://example.org/a"):
            assert math.isfinite(c.value)
            assert 0 <= c.span[0] <= c.span[1] <= len(text)
            if c.period is not None:
                assert c.period.start <= c.period.end

    run(prop, cases(long_run, 300, 10000), long_run)
    record("extract", tried)


# --- text at the storage boundary ---------------------------------------------------------


def test_any_note_is_stored_exactly_or_refused_whole(desk: Desk, long_run: bool) -> None:
    tried = 0
    any_text = st.text(st.characters(codec=None, categories=None), max_size=200)
    obs_id = int(desk.store.observations["obs_id"].iloc[0])

    @given(any_text)
    def prop(note: str) -> None:
        nonlocal tried
        tried += 1
        before = kill_worker.store_digest(desk.store)
        old = desk.store.get(obs_id, "note")
        edit = kill_worker.SetValues([obs_id], {"note": ([old], [note])}, "Edit note")
        _, error = attempt(desk.apply, WorkspaceError, edit)
        if error:
            assert "Nothing was changed" in error
            assert kill_worker.store_digest(desk.store) == before
        else:
            assert desk.store.get(obs_id, "note") == note
        assert kill_worker.workspace_digest(desk.workspace) == kill_worker.store_digest(desk.store)

    run(prop, cases(long_run, 40, 2000), long_run)
    record("notes through Desk.apply", tried)


# --- crafted files ------------------------------------------------------------------------

FORMULA_CSV = (
    "indicator,reporter,partner,period,value,unit,note,source_publisher,source_url\n"
    "trade_turnover,AZE,CHN,2024,2.44 bn,USD,\"=cmd|' /C calc'!A0\",=evil(),https://a.org\n"
    "trade_turnover,AZE,CHN,2023,1.5 bn,USD,@SUM(A1:A9),+1+1,https://a.org\n"
    'trade_turnover,AZE,CHN,2022,1.2 bn,USD,"+HYPERLINK(""http://x"")",Trend,\n'
    "trade_turnover,AZE,CHN,2021,=1+1,USD,-2+3,Trend,\n"
)


def test_formula_cells_are_imported_as_text_and_neutralised_on_export(
    desk: Desk, tmp_path: Path
) -> None:
    import openpyxl

    from app.services.briefing import export_table, table_frame

    result = read_or_fail(FORMULA_CSV.encode(), "corridor")
    assert result is not None
    assert any("=1+1" in p.message for p in result.problems)  # not a number, not evaluated
    first_new = desk.store.next_obs_id()
    assert import_into(desk, result)
    obs = desk.store.observations
    imported = obs[obs["obs_id"] >= first_new]
    assert "=cmd|' /C calc'!A0" in set(imported["note"])  # stored exactly as written
    frame = table_frame(imported, desk.store.sources, desk.store.indicator_names())
    export_table(frame, tmp_path / "t.csv")
    export_table(frame, tmp_path / "t.xlsx")
    with (tmp_path / "t.csv").open(encoding="utf-8") as f:
        cells = [c for row in csv.reader(f) for c in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert "'=evil()" in cells
    assert not [c for c in cells if c[:1] in ("=", "@") or c.startswith(("+H", "+1"))]
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet is not None
    kinds = {cell.data_type for row in sheet.iter_rows() for cell in row}
    assert "f" not in kinds


def test_xlsx_export_of_a_note_with_a_control_character(desk: Desk, tmp_path: Path) -> None:
    """A form feed from a pasted PDF once made the XLSX export raise IllegalCharacterError."""
    from app.services.briefing import export_table, table_frame

    desk.store.observations["note"] = "page one\x0cpage two"
    frame = table_frame(desk.store.observations, desk.store.sources, desk.store.indicator_names())
    export_table(frame, tmp_path / "t.xlsx")
    assert (tmp_path / "t.xlsx").stat().st_size > 0


def hostile_store(desk: Desk) -> None:
    """Give every source markup and a javascript: link, every note a script."""
    sources = desk.store.sources
    for col in ("publisher", "title", "speaker", "quote", "origin"):
        sources[col] = "<script>alert('x')</script>"
    sources["url"] = "javascript:alert(1)"
    desk.store.observations["note"] = "<img src=x onerror=alert(1)>"
    desk.store.observations["value"] = 2.44e9


def test_html_exports_escape_every_piece_of_data(desk: Desk) -> None:
    from app.services.briefing import BriefingRequest, build_briefing
    from app.services.briefing.text_formats import render_html as briefing_html
    from app.services.summary import build_summary
    from app.services.summary import render_html as summary_html

    hostile_store(desk)
    pages = [
        summary_html(build_summary(desk.store, "CHN", "AZE")),
        briefing_html(build_briefing(desk.store, BriefingRequest(charts=False))),
    ]
    for page in pages:
        assert "&lt;script&gt;" in page  # the data is there, as text
        assert "<script" not in page.lower()
        assert "<img" not in page.lower()
        assert "javascript:" not in page.lower().replace("&lt;", "")


def test_briefing_of_an_extreme_value(desk: Desk) -> None:
    """1e300 (finite, stored fine) once made number formatting raise InvalidOperation."""
    from app.services.briefing import BriefingRequest, build_briefing

    desk.store.observations["value"] = 1e300
    assert build_briefing(desk.store, BriefingRequest(charts=False)).sections


def test_markdown_summary_has_no_javascript_link(desk: Desk) -> None:
    """Markdown viewers make ``<javascript:...>`` autolinks clickable: never write one."""
    from app.services.summary import build_summary, render_markdown

    hostile_store(desk)
    text = render_markdown(build_summary(desk.store, "CHN", "AZE"))
    assert "<javascript:" not in text


def test_long_single_line_csv_fails_fast_with_a_message(tmp_path: Path, long_run: bool) -> None:
    path = tmp_path / "one_line.csv"
    size = (100 if long_run else 10) * 2**20
    with path.open("w") as f:
        f.write("value," * (size // 6))
    with pytest.raises(ImportFailed) as info:
        read_file(path)
    assert path.name in str(info.value)
    record(f"single-line csv of {size >> 20} MB", 1)


XML_ATTACKS = {
    "nested.xml": '<?xml version="1.0"?>' + "<a>" * 100_000 + "1" + "</a>" * 100_000,
    "laughs.xml": '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    + "]><GenericData><DataSet>&i;</DataSet></GenericData>",
    "xxe.xml": '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    "<message:GenericData><Obs value='&e;'/></message:GenericData>",
}


@pytest.mark.parametrize("name", sorted(XML_ATTACKS))
def test_xml_attacks_are_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(XML_ATTACKS[name])
    with pytest.raises(ImportFailed) as info:
        read_file(path)
    assert "root:" not in str(info.value)


def xlsx_with_sheet(tmp_path: Path, name: str, edit: Callable[[bytes], bytes]) -> Path:
    """An XLSX whose first sheet's XML went through ``edit`` (entities, a million rows...)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(TABLE_HEADER))
    sheet.append(["trade_turnover", "AZE", "CHN", "2024", 5, "USD", "PLACEHOLDER"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    target = tmp_path / name
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for item in zin.infolist():
            data = zin.read(item.filename)
            z.writestr(item, edit(data) if item.filename.endswith("sheet1.xml") else data)
    return target


def with_entity(data: bytes) -> bytes:
    doctype = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    return data.replace(b"<worksheet", doctype + b"<worksheet", 1).replace(b"PLACEHOLDER", b"&xxe;")


def test_xlsx_with_external_entity_never_reads_the_file(tmp_path: Path) -> None:
    path = xlsx_with_sheet(tmp_path, "xxe.xlsx", with_entity)
    result, error = attempt(read_file, ImportFailed, path)
    assert "root:" not in (error or " ".join(result.observations["note"].astype(str)))


def test_xlsx_with_external_entity_fails_with_a_message(tmp_path: Path) -> None:
    """It once raised a raw xml ParseError instead of a message."""
    path = xlsx_with_sheet(tmp_path, "xxe.xlsx", with_entity)
    with pytest.raises(ImportFailed):
        read_file(path)


def test_xlsx_zip_bomb_is_streamed_with_bounded_problems(tmp_path: Path, long_run: bool) -> None:
    from app.services.importers.problems import MAX_PROBLEMS

    rows = 400_000 if long_run else 40_000

    def bomb(data: bytes) -> bytes:
        filler = b"".join(
            b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>trade_turnover</t>'
            b'</is></c><c r="E%d"><v>1</v></c></row>' % (n, n, n)
            for n in range(3, rows + 3)
        )
        data = data.replace(b'<dimension ref="A1:G2"/>', b'<dimension ref="A1:G%d"/>' % rows)
        end = data.index(b"</sheetData>")
        return data[:end] + filler + data[end:]

    path = xlsx_with_sheet(tmp_path, "bomb.xlsx", bomb)
    assert path.stat().st_size < rows * 20  # compresses well: a bomb
    result = read_or_fail(path.read_bytes(), "auto")
    assert result is not None
    assert len(result.observations) == 1
    assert len(result.problems) <= MAX_PROBLEMS + 1
    record(f"xlsx bomb of {rows} rows", 1)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "download.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data.csv", "0" * 50_000_000)  # 50 MB of zeros, 50 KB zipped
    with pytest.raises(ImportFailed):
        read_file(path)


#: the one module that may use a network client (File > Fetch, corridor fetch/refresh)
NETWORK_MODULE = Path("services", "fetch", "http.py")
#: the modules that may start a fetch: the fetch package, its commands, the Fetch and
#: Refresh dialogs with the finders the Fetch dialog opens (dataflows, indicators)
FETCHING = (
    "services/fetch/",
    "cli/fetch.py",
    "cli/refresh.py",
    "ui/fetch_",
    "ui/refresh_",
    "ui/portal_parts.py",
    "ui/sdmx_browser.py",
    "ui/indicator_search.py",
)


def test_no_code_runs_from_data() -> None:
    """No pickle, eval, exec anywhere in the package; no network client but the fetch
    package's HTTP client."""
    banned_calls = {"eval", "exec", "compile", "__import__"}
    banned_modules = {
        "pickle",
        "marshal",
        "shelve",
        "dill",
        "urllib.request",
        "http.client",
        "requests",
        "httpx",
        "ftplib",
        "telnetlib",
        "xmlrpc.client",
    }
    found = []
    root = Path(__file__).parents[2].joinpath("src", "app")
    for path in root.rglob("*.py"):
        if path.relative_to(root) == NETWORK_MODULE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in banned_calls
            ):
                found.append(f"{path.name}:{node.lineno} {node.func.id}()")
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            found += [
                f"{path.name}:{node.lineno} import {n}"
                for n in names
                if n in banned_modules or n.split(".")[0] in {"pickle", "marshal"}
            ]
            if isinstance(node, ast.Attribute) and node.attr in ("read_pickle", "to_pickle"):
                found.append(f"{path.name}:{node.lineno} {node.attr}")
            if isinstance(node, ast.Attribute) and node.attr == "Client":
                found.append(f"{path.name}:{node.lineno} .Client (sdmx1 would fetch by itself)")
    assert found == []


def test_only_the_fetch_commands_reach_the_network() -> None:
    """Nothing else in Corridor touches the network: only the fetch package, its two
    commands and the Fetch and Refresh dialogs (with the Fetch dialog's finders) import it."""
    root = Path(__file__).parents[2].joinpath("src", "app")
    found = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(FETCHING):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            found += [
                f"{rel}:{node.lineno} {n}" for n in names if n.startswith("app.services.fetch")
            ]
    assert found == []


# --- damaged workspace files ----------------------------------------------------------------


def damaged(good: bytes, how: str) -> bytes:
    if how == "empty":
        return b""
    if how == "text":
        return b"indicator,value\ntrade_turnover,1\n" * 10
    if how == "truncated":
        return good[: len(good) // 2]
    flipped = bytearray(good)
    for i in range(64):
        flipped[(i * 7919 * 4099) % len(good)] ^= 0x5A
    return bytes(flipped)


@pytest.mark.parametrize("how", ["empty", "text", "truncated", "flipped"])
def test_damaged_workspace_is_refused_with_a_message(tmp_path: Path, how: str) -> None:
    good = tmp_path / "good.duckdb"
    kill_worker.seed_workspace(good, 41, rows=300).close()
    path = tmp_path / f"{how}.duckdb"
    content = damaged(good.read_bytes(), how)
    path.write_bytes(content)

    def open_and_read() -> int:
        with DuckDBStorage.open(path) as ws:
            ws.integrity_problems()
            return len(ws.load().observations)

    rows, error = attempt(open_and_read, WorkspaceError)
    assert error or rows == 300
    assert path.read_bytes() == content
