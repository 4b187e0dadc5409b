"""Extract the desk's strings and update its Qt translation files.

    python scripts/update_ui_translations.py                  # update resources/translations/*.ts
    python scripts/update_ui_translations.py --check          # exit 1 if stale or incomplete
    python scripts/update_ui_translations.py --merge a.json   # fill translations from JSON

The strings are the English text in src/app/ui, src/app/qt and src/app/main.py passed to
``translate("context", "…")`` or marked with ``QT_TRANSLATE_NOOP`` (app.qt.i18n);
``pyside6-lupdate`` finds them and keeps each file's translations. ``--check`` fails when a
file is out of date with the code, a message is unfinished, a plural lacks a form, or a
translation's %1/%n arguments differ from the English. ``--merge`` reads
``{context: {english: {"ru": text or [plural forms], "az": …, "zh": …}}}`` files (how a batch
of translations done outside Qt Linguist comes in) and marks what it fills finished.
Translators otherwise edit the .ts files with Qt Linguist.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "src" / "app" / "ui",
    ROOT / "src" / "app" / "qt",
    ROOT / "src" / "app" / "main.py",
]
FOLDER = ROOT / "resources" / "translations"
#: catalogue suffix -> the key of a language in --merge files
LANGUAGES = {"en": "en", "ru": "ru", "az": "az", "zh_CN": "zh"}
#: plural forms per language, as lrelease counts them (Qt's numerus rules)
PLURAL_FORMS = {"en": 2, "ru": 3, "az": 2, "zh_CN": 1}
#: the source language's catalogue holds only the plurals ("1 figure", "2 figures")
PLURALS_ONLY = {"en"}
_ARG = re.compile(r"%(?:\d+|n|L\d+|Ln)|\{\w*\}")


def ts_path(suffix: str, folder: Path = FOLDER) -> Path:
    return folder / f"corridor_{suffix}.ts"


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / "lupdate")


def _python_files() -> list[str]:
    files: list[str] = []
    for src in SOURCES:
        files += [str(p) for p in sorted(src.rglob("*.py"))] if src.is_dir() else [str(src)]
    return files


def run_lupdate(folder: Path) -> None:
    """Update (or create) every catalogue in ``folder`` from the code.

    pyside6-lupdate does not see that ``translate(ctx, "%n …", "", n)`` is a plural (it
    knows only ``self.tr``'s form) and drops the forms of such messages; every message with
    %n is made a plural again afterwards, with the forms it had before the update."""
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in LANGUAGES:
        target = ts_path(suffix, folder)
        kept = _plural_forms(target) if target.is_file() else {}
        command = [_lupdate(), *_python_files(), "-no-obsolete", "-locations", "none"]
        command += ["-target-language", suffix, "-ts", str(target)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.exit(f"lupdate failed for {target.name}:\n{done.stderr}")
        _restore_plurals(target, suffix, kept)


def _plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    return {
        key: [f.text or "" for f in message.iter("numerusform")]
        for key, message in messages(path).items()
        if message.get("numerus") == "yes"
    }


def _restore_plurals(path: Path, suffix: str, kept: dict[tuple[str, str], list[str]]) -> None:
    tree = ET.parse(path)
    root = tree.getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            if suffix in PLURALS_ONLY and "%n" not in source and "%Ln" not in source:
                context.remove(message)
                continue
            if ("%n" not in source and "%Ln" not in source) or message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            forms = kept.get((name, source))
            translation.text = None
            if forms and all(forms):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
                forms = [""] * PLURAL_FORMS[suffix]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        if not context.findall("message"):
            root.remove(context)
    _write(tree, path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    with path.open("wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, English) -> the <message> element."""
    out: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def problems(path: Path, suffix: str) -> list[str]:
    """What is unfinished or inconsistent in one catalogue."""
    out: list[str] = []
    for (context, source), message in messages(path).items():
        if suffix in PLURALS_ONLY and "%n" not in source and "%Ln" not in source:
            continue
        translation = message.find("translation")
        where = f"{path.name}: [{context}] {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            out.append(f"{where}: not translated")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != PLURAL_FORMS[suffix] or not all(forms):
                out.append(f"{where}: needs {PLURAL_FORMS[suffix]} plural forms")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if sorted(set(_ARG.findall(form))) != sorted(set(_ARG.findall(source))):
                if message.get("numerus") == "yes" and "%n" in source and "%n" not in form:
                    continue  # "один" for 1 may leave the number out
                out.append(f"{where}: arguments differ in {form!r}")
    return out


def merge(path: Path, suffix: str, batches: list[dict[str, dict[str, dict[str, object]]]]) -> int:
    """Fill unfinished messages of ``path`` from ``batches``; the number filled."""
    tree = ET.parse(path)
    key = LANGUAGES[suffix]
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            given = next(
                (b[name][source][key] for b in batches if key in b.get(name, {}).get(source, {})),
                None,
            )
            if given is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes" or "%n" in source or "%Ln" in source:
                message.set("numerus", "yes")
                forms = given if isinstance(given, list) else [given]
                forms = (forms + [forms[-1]] * PLURAL_FORMS[suffix])[: PLURAL_FORMS[suffix]]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(given[0] if isinstance(given, list) else given)
            filled += 1
    _write(tree, path)
    return filled


def stale(folder: Path = FOLDER) -> list[str]:
    """Catalogues whose messages differ from the code's."""
    out: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in LANGUAGES:
            if not ts_path(suffix, folder).is_file():
                out.append(f"{ts_path(suffix, folder).name} is missing")
                continue
            shutil.copy(ts_path(suffix, folder), ts_path(suffix, Path(tmp)))
        run_lupdate(Path(tmp))
        for suffix in LANGUAGES:
            if ts_path(suffix, folder).is_file():
                ours = set(messages(ts_path(suffix, folder)))
                fresh = set(messages(ts_path(suffix, Path(tmp))))
                for context, source in sorted(fresh - ours):
                    out.append(f"{ts_path(suffix).name}: new in the code: [{context}] {source!r}")
                for context, source in sorted(ours - fresh):
                    out.append(
                        f"{ts_path(suffix).name}: gone from the code: [{context}] {source!r}"
                    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if stale or incomplete")
    parser.add_argument("--merge", nargs="*", default=[], help="JSON files of translations")
    args = parser.parse_args(argv)
    if args.check:
        found = stale()
        for suffix in LANGUAGES:
            if ts_path(suffix).is_file():
                found += problems(ts_path(suffix), suffix)
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)" if found else "UI translations complete")
        return 1 if found else 0
    run_lupdate(FOLDER)
    batches = [json.loads(Path(p).read_text(encoding="utf-8")) for p in args.merge]
    for suffix in LANGUAGES:
        if batches:
            print(f"{ts_path(suffix).name}: {merge(ts_path(suffix), suffix, batches)} filled")
        left = problems(ts_path(suffix), suffix)
        print(f"{ts_path(suffix).name}: {len(left)} unfinished or inconsistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
