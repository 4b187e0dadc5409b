"""Files Corridor recognises but cannot import, named so the user learns what they hold.

A PDF, a ZIP archive that is not a workbook, a web page saved under a data file's name or
a World Bank metadata companion would otherwise reach the generic table and fail with
"choose the value column". :func:`refuse_known_kind` says what the file is instead.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.services.importers.base import Head
from app.services.importers.problems import ImportFailed
from app.services.importers.sheets import workbook_kind
from app.services.importers.text import Input, input_name, open_binary, read_head_bytes

_WDI_COUNTRY = ["Country Code", "Region", "IncomeGroup", "SpecialNotes", "TableName"]
_WDI_INDICATOR = ["INDICATOR_CODE", "INDICATOR_NAME", "SOURCE_NOTE", "SOURCE_ORGANIZATION"]
_HTML = ("<!doctype html", "<html", "<head", "<body")


def refuse_known_kind(src: Input, head: Head | None = None) -> None:
    """Raise ImportFailed naming the kind of a file that holds no importable table."""
    message = known_kind(src, head)
    if message:
        raise ImportFailed(f"{input_name(src)} is {message}")


def known_kind(src: Input, head: Head | None = None) -> str:
    """What a file that Corridor cannot import is ('' when it may be a table)."""
    raw = read_head_bytes(src, 1024)
    if raw.startswith(b"%PDF-"):
        return "a PDF document, not a data file: download the data as CSV or XLSX instead"
    if raw.startswith(b"PK\x03\x04") and workbook_kind(src) == "zip":
        inside = _zip_members(src)
        return "a ZIP archive, not a data file: unpack it and import the file inside" + (
            f" ({', '.join(inside[:4])}{', ...' if len(inside) > 4 else ''})" if inside else ""
        )
    if head is None:
        head = Head.of(src)
    first = next((ln.strip().lower() for ln in head.lines if ln.strip()), "")
    if first.startswith(_HTML):
        return "an HTML page, not a data file (a web page saved under a data file's name?)"
    cells = [c for c in head.first_cells() if c]
    if cells == _WDI_COUNTRY:
        return _companion(src, "country", "Metadata_Country_")
    if cells == _WDI_INDICATOR:
        return _companion(src, "indicator", "Metadata_Indicator_")
    return ""


def _companion(src: Input, what: str, prefix: str) -> str:
    data = _data_file_beside(src, prefix)
    return (
        f"a World Bank {what} metadata file (companion of a WDI bulk download): it holds "
        f"no observations; import {data or 'the API_….csv'} beside it (Corridor then reads "
        "this file for names and notes)"
    )


def _data_file_beside(src: Input, prefix: str) -> str:
    """The name of the bulk CSV a Metadata_* file belongs to, when it lies beside it."""
    if isinstance(src, bytes):
        return ""
    path = Path(src)
    lower = path.name.lower()
    at = lower.find(prefix.lower())
    if at < 0:
        return ""
    rest = lower[at + len(prefix) :]
    for other in sorted(path.parent.iterdir()):
        name = other.name.lower()
        if name.endswith(rest) and "metadata_" not in name and other.is_file():
            return other.name
    return ""


def _zip_members(src: Input) -> list[str]:
    try:
        with open_binary(src) as fh, zipfile.ZipFile(fh) as z:
            return [n for n in z.namelist() if not n.endswith("/")]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return []
