"""The one option schema of importers and exporters: parsing CLI text, defaults, checks."""

from __future__ import annotations

import pytest

from app.services.importers import IMPORTERS
from app.services.options import Option, checked, defaults, with_defaults

WIDTH = Option("chart_width_cm", "Chart width (cm)", "int", 16, minimum=8, maximum=17)
QUOTES = Option("quotes", "Quotes", "bool", True)
PAGE = Option("page_size", "Page size", "choice", "A4", ("A4", "Letter"))


def test_parse_turns_command_line_text_into_values() -> None:
    assert QUOTES.parse("yes") is True
    assert QUOTES.parse("0") is False
    assert WIDTH.parse("12") == 12
    assert Option("scale", "Scale", "float", 1.0).parse("1e6") == 1e6
    assert PAGE.parse("Letter") == "Letter"
    assert Option("unit", "Unit").parse("USD mn") == "USD mn"


@pytest.mark.parametrize(("option", "text"), [(WIDTH, "wide"), (WIDTH, "30"), (PAGE, "A3")])
def test_parse_refuses_what_the_option_cannot_hold(option: Option, text: str) -> None:
    with pytest.raises(ValueError, match=option.key):
        option.parse(text)


def test_defaults_overlaid_leniently_for_importers_strictly_for_exporters() -> None:
    assert defaults((QUOTES, WIDTH)) == {"quotes": True, "chart_width_cm": 16}
    assert with_defaults((QUOTES, WIDTH), {"quotes": None, "other": 1}) == {
        "quotes": True,
        "chart_width_cm": 16,
        "other": 1,
    }
    assert checked((QUOTES, WIDTH), {"quotes": False}, "docx export") == {
        "quotes": False,
        "chart_width_cm": 16,
    }
    with pytest.raises(KeyError, match="docx export has no options"):
        checked((QUOTES,), {"colour": "red"}, "docx export")


def test_every_importer_declares_options_of_the_one_schema() -> None:
    for importer in IMPORTERS.values():
        assert type(importer).__module__.startswith("app.services.importers.formats.")
        assert all(isinstance(o, Option) for o in importer.options)
        assert importer.settings(None) == defaults(importer.options)
