"""Extract Corridor's messages and update the translation catalogues.

    python scripts/update_catalogs.py           # write resources/locale/corridor.pot, update .po
    python scripts/update_catalogs.py --check   # exit 1 if a catalogue is stale or incomplete

Messages are the English text in src/app passed to the Translator methods and markers of
app.services.i18n (KEYWORDS below; Babel's Python extractor matches the called name, so
``tr.gettext("…")`` and ``self.tr.format("…")`` are found like ``gettext("…")``). Each
``resources/locale/<lang>/LC_MESSAGES/corridor.po`` keeps its translations; a message
whose English changed slightly comes back marked fuzzy (with the old translation) for the
translator to review. ``--check`` fails when the template or a catalogue is out of date, a
message is untranslated or fuzzy, or a translation's {placeholders} differ from the English.
Add a language: ``pybabel init -D corridor -i resources/locale/corridor.pot -d
resources/locale -l <lang>`` (or add it to LANGUAGES in app.services.i18n and run this).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "app"
INDICATORS = ROOT / "data" / "indicators.csv"
LOCALE_DIR = ROOT / "resources" / "locale"
TEMPLATE = LOCALE_DIR / "corridor.pot"
DOMAIN = "corridor"
LANGUAGES = ("ru", "az", "zh")
#: called name -> positions of the message arguments (Babel's keyword specs)
KEYWORDS: dict[str, tuple[int | tuple[int, str], ...] | None] = {
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "format": None,  # Translator.format(message, **params)
    "nformat": (1, 2),  # Translator.nformat(singular, plural, n, **params)
    "N_": None,
    "NN_": (1, 2),
    "NP_": ((1, "c"), 2),
}
COMMENT_TAGS = ("TRANSLATORS:",)
HEADER = {
    "domain": DOMAIN,
    "project": "Corridor",
    "version": "0.x",
    "copyright_holder": "Corridor developers",
    "msgid_bugs_address": "https://github.com/corridor/corridor/issues",
    "last_translator": "Corridor developers",
    "language_team": "Corridor developers",
}
_PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def extract(source: Path = SOURCE) -> Catalog:
    """The template: every message of ``source`` with where it is used."""
    template = Catalog(fuzzy=False, **HEADER)
    found = extract_from_dir(
        str(source),
        # the desk (app.ui) speaks through Qt's catalogue (scripts/update_ui_translations.py);
        # its "….format(name=…)" calls are not gettext messages
        method_map=[("ui/**.py", "ignore"), ("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        if not _is_message(message):
            continue
        where = (f"src/app/{filename}", lineno)
        template.add(message, locations=[where], auto_comments=comments, context=context)
    # the bundled catalogue's indicator names: data, but every briefing prints them
    # (app.services.briefing.phrases.indicator_name looks them up in context "indicator")
    with INDICATORS.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            template.add(
                row["name"],
                locations=[("data/indicators.csv", 0)],
                auto_comments=[f"an indicator's name ({row['code']}): {row['description']}"],
                context="indicator",
            )
    return template


def _is_message(message: str | tuple[str, ...]) -> bool:
    """``"{}".format(x)`` and ``format(value, ".2f")`` call "format" too: a message has
    words or named placeholders, not just a format spec or positional braces."""
    first = message[0] if isinstance(message, tuple) else message
    return bool(first) and "{}" not in first and any(c.isalpha() for c in first)


def updated(lang: str, template: Catalog) -> Catalog:
    """The catalogue of ``lang`` brought up to ``template``, translations kept."""
    path = po_path(lang)
    if path.is_file():
        with path.open("rb") as f:
            catalog = read_po(f, locale=lang, domain=DOMAIN)
    else:
        catalog = Catalog(locale=lang, fuzzy=False, **HEADER)
    catalog.update(template, update_header_comment=False)
    catalog.obsolete.clear()
    return catalog


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def render(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=True, ignore_obsolete=True, include_lineno=False)
    return out.getvalue()


def _dates_removed(text: bytes) -> bytes:
    """The catalogue without its creation/revision dates (they change on every run)."""
    return re.sub(rb'"(POT-Creation-Date|PO-Revision-Date): [^"]*"\n', b"", text)


def problems(lang: str, catalog: Catalog) -> list[str]:
    """What a translator still has to do in ``catalog``."""
    out = []
    for message in _messages(catalog):
        ident = f"{lang}: {message.id!r}"
        strings = _strings(message)
        if message.pluralizable and len(strings) != catalog.num_plurals:
            out.append(f"{ident} needs {catalog.num_plurals} plural forms")
        elif not all(strings):
            out.append(f"{ident} is not translated")
        elif message.fuzzy:
            out.append(f"{ident} is fuzzy (review its translation)")
        elif any(not _same_placeholders(message, s) for s in strings):
            out.append(f"{ident} has other placeholders than the English")
    return out


def _strings(message: Message) -> tuple[str, ...]:
    string = message.string
    if isinstance(string, str):
        return (string,)
    return tuple(string or ())


def placeholders(text: str | Iterable[str]) -> set[str]:
    """Names of {placeholders}; for a plural message, those of its forms together."""
    texts = (text,) if isinstance(text, str) else tuple(text)
    return {name for t in texts for name in _PLACEHOLDER.findall(t)}


def _same_placeholders(message: Message, translation: str) -> bool:
    """The translation uses the English placeholders, or, where the translator comment
    offers more ("also {ordinal_year}"), any of the English and the offered ones."""
    english = placeholders(message.id)
    offered = placeholders(tuple(message.auto_comments))
    used = placeholders(translation)
    if offered:
        return used <= english | offered
    return used == english


def _messages(catalog: Catalog) -> Iterable[Message]:
    return (m for m in catalog if m.id)


def run(check: bool) -> int:
    template = extract()
    stale = []
    outputs = {TEMPLATE: render(template)}
    errors: list[str] = []
    for lang in LANGUAGES:
        text = render(updated(lang, template))
        outputs[po_path(lang)] = text
        errors += problems(lang, read_po(io.BytesIO(text), locale=lang, domain=DOMAIN))
    for path, text in outputs.items():
        old = path.read_bytes() if path.is_file() else b""
        if _dates_removed(old) == _dates_removed(text):
            continue
        stale.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text)
    for path in stale:
        print(f"{'out of date' if check else 'updated'}: {path.relative_to(ROOT)}")
    for error in errors:
        print(error)
    print(f"{len(template)} messages; {len(errors)} to translate or fix")
    return 1 if check and (stale or errors) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    return run(parser.parse_args(argv).check)


if __name__ == "__main__":
    sys.exit(main())
