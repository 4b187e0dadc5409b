"""The message catalogues: complete, consistent with the code, and read the same from a
.po (source checkout) as from a compiled .mo (installed package)."""

from __future__ import annotations

import gettext
import importlib.util
import io
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from app.services.i18n import LANGUAGES, Translator, language, translator

ROOT = Path(__file__).resolve().parents[3]
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_catalogs", ROOT / "scripts" / "update_catalogs.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _script()


@pytest.fixture(scope="module")
def template(script: ModuleType) -> Catalog:
    catalog: Catalog = script.extract()
    return catalog


def _read(lang: str) -> Catalog:
    path = ROOT / "resources" / "locale" / lang / "LC_MESSAGES" / "corridor.po"
    with path.open("rb") as f:
        return read_po(f, locale=lang, domain="corridor")


def test_extraction_finds_method_calls_and_markers(template: Catalog) -> None:
    """``tr.format(…)``, ``w.tr.nformat(…)`` and the N_/NN_/NP_ markers are all extracted,
    ``"{}".format(x)`` is not."""
    assert "Key messages" in template  # N_ in a table of labels
    assert ("Note", "template") in [(m.id, m.context) for m in template]  # NP_
    assert template.get("{n} train") is not None  # NN_: a plural pair
    assert template.get("{n} train").id == ("{n} train", "{n} trains")
    assert template.get("{value}, {period}") is not None  # tr.format in phrases.py
    assert all("{}" not in str(m.id) for m in template)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogue_is_up_to_date_and_complete(
    script: ModuleType, template: Catalog, lang: str
) -> None:
    """Every message of the code is in the .po, translated, not fuzzy, with the English
    placeholders (run scripts/update_catalogs.py and translate what it lists)."""
    on_disk = _read(lang)
    assert {(m.id, m.context) for m in template if m.id} == {
        (m.id, m.context) for m in on_disk if m.id
    }, "resources/locale is stale: run scripts/update_catalogs.py"
    assert script.problems(lang, on_disk) == []


@pytest.mark.parametrize(("lang", "forms"), [("ru", 3), ("az", 2), ("zh", 1)])
def test_plural_forms_follow_cldr(lang: str, forms: int) -> None:
    catalog = _read(lang)
    assert catalog.num_plurals == forms == get_plural(lang).num_plurals
    assert catalog.plural_expr == get_plural(lang).plural_expr
    plural = [m for m in catalog if m.pluralizable]
    assert plural
    assert all(len(m.string) == forms for m in plural)


def test_placeholder_check_catches_a_renamed_placeholder(script: ModuleType) -> None:
    catalog = Catalog(locale="ru")
    catalog.add("Chart: {name}", "График: {title}")
    catalog.add("about {amount}", "около {amount}")
    assert script.problems("ru", catalog) == [
        "ru: 'Chart: {name}' has other placeholders than the English"
    ]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_po_and_compiled_mo_translate_alike(lang: str) -> None:
    """A source checkout reads the .po through Babel; an install reads the .mo that
    setup.py compiled: the same text either way."""
    catalog = _read(lang)
    out = io.BytesIO()
    write_mo(out, catalog)
    mo = gettext.GNUTranslations(io.BytesIO(out.getvalue()))
    tr = Translator(lang)
    assert tr.has_catalogue
    for m in catalog:
        if not m.id:
            continue
        if isinstance(m.id, tuple):
            for n in (1, 2, 5, 21):
                assert tr.ngettext(*m.id, n) == mo.ngettext(*m.id, n)
        elif m.context:
            assert tr.pgettext(m.context, m.id) == mo.pgettext(m.context, m.id) == m.string
        else:
            assert tr.gettext(m.id) == mo.gettext(m.id) == m.string


@pytest.mark.parametrize(
    ("locale", "counts"),
    [
        ("ru", ["1 поезд", "2 поезда", "5 поездов", "11 поездов", "21 поезд", "351 поезд"]),
        ("az", ["1 qatar", "2 qatar", "5 qatar", "11 qatar", "21 qatar", "351 qatar"]),
        ("zh", ["1列", "2列", "5列", "11列", "21列", "351列"]),
        ("en", ["1 train", "2 trains", "5 trains", "11 trains", "21 trains", "351 trains"]),
    ],
)
def test_plurals_of_trains(locale: str, counts: list[str]) -> None:
    tr = translator(locale)
    shown = [tr.nformat("{n} train", "{n} trains", n) for n in (1, 2, 5, 11, 21, 351)]
    assert shown == counts


def test_english_and_untranslated_languages_return_the_english() -> None:
    for locale in ("en", "fr", "de_DE"):
        tr = translator(locale)
        assert not tr.has_catalogue
        assert tr.format("Chart: {name}", name="x") == "Chart: x"
        assert tr.pgettext("template", "Note") == "Note"


def test_language_of_a_locale() -> None:
    assert [language(x) for x in ("ru_RU", "zh-Hans", "AZ", "en")] == ["ru", "zh", "az", "en"]
