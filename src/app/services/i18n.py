"""Message catalogues (gettext) for the text Corridor writes about figures.

The English text is the message id, written in the code with ``tr.gettext("…")``,
``tr.ngettext("…", "…", n)``, ``tr.pgettext("context", "…")``, ``tr.format("…", name=…)`` or
``tr.nformat("…", "…", n, …)``, with ``{name}`` placeholders filled by :meth:`Translator.format`.
Messages defined away from their use (tables of labels, units) are marked with :func:`N_`,
:func:`NN_` (plural) or :func:`NP_` (with a context), which return them unchanged.
``scripts/update_catalogs.py`` extracts them all (those names are its keywords), writes
``resources/locale/corridor.pot`` and updates each catalogue; ``--check`` fails while any
message is untranslated. Translations live in
``resources/locale/<lang>/LC_MESSAGES/corridor.po``; a translator extends them with any
gettext tool, without touching code. ``pip install`` compiles them to ``.mo`` files at
build time (setup.py); a source checkout without compiled files reads the ``.po`` directly
through Babel, so both run the same catalogue. Plural forms come from each catalogue's
``Plural-Forms`` header, which Babel writes from CLDR's plural rules (``pybabel init``).
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from importlib import resources
from typing import Any

DOMAIN = "corridor"
#: languages with a catalogue (English is the source language: it needs none)
LANGUAGES = ("en", "ru", "az", "zh")


def N_(message: str) -> str:
    """Mark ``message`` for extraction where it is defined; translate it where it is used."""
    return message


def NN_(singular: str, plural: str) -> tuple[str, str]:
    """:func:`N_` for a plural message, translated with ``ngettext(*pair, n)``."""
    return singular, plural


def NP_(context: str, message: str) -> tuple[str, str]:
    """:func:`N_` for a message that needs a context ("Note" the template, not the column)."""
    return context, message


def language(locale: str) -> str:
    """ "ru_RU" / "zh-Hans" -> "ru" / "zh"."""
    return locale.replace("-", "_").split("_")[0].lower()


def _catalogue_bytes(lang: str) -> bytes | None:
    """The compiled catalogue of ``lang`` (.mo), compiled from the .po when none was built."""
    folder = resources.files("app.resources").joinpath("locale", lang, "LC_MESSAGES")
    mo = folder.joinpath(f"{DOMAIN}.mo")
    if mo.is_file():
        return mo.read_bytes()
    po = folder.joinpath(f"{DOMAIN}.po")
    if not po.is_file():
        return None
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        catalog = read_po(f, locale=lang)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    data = None if lang == "en" else _catalogue_bytes(lang)
    if data is None:
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(data))


class Translator:
    """The catalogue of one locale: ``gettext`` / ``ngettext`` return the translated
    template (the English one where a message has no translation yet)."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.language = language(locale)
        self._t = _translations(self.language)

    def gettext(self, message: str) -> str:
        return self._t.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._t.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._t.pgettext(context, message)

    @property
    def has_catalogue(self) -> bool:
        """True when the language has a catalogue (False for English and for languages
        nobody has translated yet: their text is the English one)."""
        return isinstance(self._t, gettext.GNUTranslations)

    def format(self, message: str, **params: Any) -> str:
        """``gettext(message)`` with its placeholders filled."""
        return self.gettext(message).format(**params)

    def nformat(self, singular: str, plural: str, count: int, **params: Any) -> str:
        """``ngettext`` chosen by ``count`` with its placeholders filled; ``{n}`` prints
        ``count`` unless the caller passes ``n`` already formatted for the locale."""
        params.setdefault("n", count)
        return self.ngettext(singular, plural, count).format(**params)


@cache
def translator(locale: str) -> Translator:
    return Translator(locale)
