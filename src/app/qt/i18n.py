"""The desk's language: Qt's translation system for every string the window shows.

Code writes the English text through :func:`translate` with an explicit context, the module's
name: ``translate("import_dialog", "Open file…")``, and plurals with ``%n``:
``translate("table_panel", "%n figures", "", n)`` — ``n`` a plain name: pyside6-lupdate
silently skips a message whose count is an expression such as ``len(rows)``, and it never
marks these messages as plurals (scripts/update_ui_translations.py does). Strings defined
away from their use (the action table, column titles) are marked with
:func:`QT_TRANSLATE_NOOP` and translated where they are shown. The context is explicit
rather than ``self.tr`` because PySide6 looks ``self.tr`` up under the *runtime* class name,
so a subclass would lose every translation.

``pyside6-lupdate`` extracts them (``scripts/update_ui_translations.py``) into
``resources/translations/corridor_<lang>.ts``, which translators edit with Qt Linguist;
``pip install`` compiles them to ``.qm`` (setup.py, PySide6's ``lrelease``). A source
checkout without compiled files compiles them into the user's cache folder on first use, so
both run the same catalogue. Qt's own strings (standard buttons, file dialogs) come from the
``qtbase_<lang>.qm`` PySide6 ships.

The language is the Preferences choice, else the system's; numbers and dates in the table
follow it (:func:`desk_locale`). The text Corridor writes about figures (briefings,
summaries) has its own gettext catalogue below the Qt layers (:mod:`app.services.i18n`).
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "desk_language",
    "desk_locale",
    "install_translators",
    "translate",
]

log = logging.getLogger("corridor")

#: the desk's languages: code -> (name in that language, Qt locale name, catalogue suffix)
LANGUAGES: dict[str, tuple[str, str, str]] = {
    "en": ("English", "en_GB", "en"),  # English's catalogue: its plurals only
    "ru": ("Русский", "ru_RU", "ru"),
    "az": ("Azərbaycan dili", "az_Latn_AZ", "az"),
    "zh": ("简体中文", "zh_CN", "zh_CN"),
}
_CURRENT = {"language": "en"}
#: the settings key of the Preferences choice (declared as UI_LANGUAGE in app.qt.settings;
#: read here before that module, whose defaults import the briefing package, is loaded)
LANGUAGE_KEY = "ui/language"


def saved_language(settings_path: str = "") -> str:
    """The Preferences choice in the settings at ``settings_path`` (an INI file; "" for the
    user's settings), "" when none was made. Cheap: called before the first window."""
    q = QSettings(settings_path, QSettings.Format.IniFormat) if settings_path else QSettings()
    value = q.value(LANGUAGE_KEY, "")
    return str(value) if value in LANGUAGES else ""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context`` where it is defined (returned as it is;
    :func:`translate` it where it is shown). Typed, unlike PySide6's own."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the desk's language (``%n`` replaced by ``n`` when given)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def desk_language(choice: str = "") -> str:
    """The language to use: ``choice`` (a key of :data:`LANGUAGES`, "" for the system's),
    else the system locale's language when the desk has it, else English."""
    if choice in LANGUAGES:
        return choice
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def current_language() -> str:
    """The language :func:`install_translators` installed last ("en" before)."""
    return _CURRENT["language"]


def desk_locale(language: str | None = None) -> QLocale:
    """The QLocale numbers and dates follow for ``language`` (default: the current one)."""
    return QLocale(LANGUAGES[language or current_language()][1])


def _translations_dir() -> Path:
    return Path(str(resources.files("app.resources").joinpath("translations")))


def lrelease_program() -> Path | None:
    """PySide6's ``lrelease`` (the wheel ships it beside the package)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` to ``qm`` with ``lrelease``; False (and a log line) when it cannot."""
    program = lrelease_program()
    if program is None:
        log.warning("No lrelease to compile %s: the desk stays in English", ts.name)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(program), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not qm.is_file():
        log.warning("lrelease could not compile %s: %s", ts.name, done.stderr.strip())
        return False
    return True


def catalogue_file(language: str) -> Path | None:
    """The compiled catalogue of ``language``: the shipped ``.qm``, else the ``.ts``
    compiled once into the cache folder (keyed by its contents)."""
    suffix = LANGUAGES[language][2]
    if not suffix:
        return None
    folder = _translations_dir()
    shipped = folder / f"corridor_{suffix}.qm"
    if shipped.is_file():
        return shipped
    ts = folder / f"corridor_{suffix}.ts"
    if not ts.is_file():
        return None
    digest = hashlib.sha1(ts.read_bytes()).hexdigest()[:12]
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    qm = (
        Path(cache or Path.home() / ".cache" / "corridor")
        / "translations"
        / f"{suffix}-{digest}.qm"
    )
    if qm.is_file() or compile_ts(ts, qm):
        return qm
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Put the desk in ``language``: Corridor's catalogue and Qt's own, and the default
    QLocale for numbers and dates. Returns the translators (kept alive by the caller and
    removed again by :func:`remove_translators`)."""
    installed: list[QTranslator] = []
    _CURRENT["language"] = language if language in LANGUAGES else "en"
    QLocale.setDefault(desk_locale())
    qm = catalogue_file(_CURRENT["language"])
    if qm is not None:
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("Could not load the catalogue %s", qm)
    suffix = LANGUAGES[_CURRENT["language"]][2]
    if suffix != "en":
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{suffix}", folder):
            app.installTranslator(qt_own)
            installed.append(qt_own)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to English (tests switch languages within one process)."""
    for t in translators:
        app.removeTranslator(t)
    _CURRENT["language"] = "en"
    QLocale.setDefault(desk_locale("en"))
