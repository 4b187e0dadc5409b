"""Package layout that pyproject.toml alone cannot express, and the catalogues' compilation.

The code lives in src/app; the shipped resources and datasets live at the top of the
repository in resources/ and data/ and are installed as the packages app.resources and
app.data, so that importlib.resources finds them after a normal (non-editable) install.

The translation catalogues (resources/locale/<lang>/LC_MESSAGES/corridor.po) are compiled to
.mo files next to them in the build output, so an installed Corridor (and the PyInstaller
bundle, which collects app.resources from the install) loads them without parsing .po files.
The desk's Qt catalogues (resources/translations/*.ts) are compiled to .qm the same way with
PySide6's lrelease when the build can find it (PySide6 importable, CORRIDOR_LRELEASE, or
pyside6-lrelease on PATH; packaging/build-linux.sh passes CORRIDOR_LRELEASE); otherwise the
installed desk compiles them into the user's cache folder on first use (app.qt.i18n).
"""

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildWithCatalogues(build_py):
    """build_py that also compiles every shipped .po catalogue to .mo (Babel)."""

    def run(self) -> None:
        super().run()
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in Path(self.build_lib, "app", "resources", "locale").glob("*/LC_MESSAGES/*.po"):
            with po.open("rb") as f:
                catalog = read_po(f, locale=po.parent.parent.name)
            with po.with_suffix(".mo").open("wb") as f:
                write_mo(f, catalog)
        self._compile_qt_catalogues()

    def _compile_qt_catalogues(self) -> None:
        lrelease = _lrelease()
        folder = Path(self.build_lib, "app", "resources", "translations")
        for ts in folder.glob("*.ts"):
            if lrelease is None:
                self.warn(f"no lrelease found; {ts.name} is compiled on first use")
                continue
            qm = ts.with_suffix(".qm")
            done = subprocess.run(
                [lrelease, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
            )
            if done.returncode != 0:  # the installed desk compiles it on first use instead
                self.warn(f"lrelease could not compile {ts.name}: {done.stderr.strip()}")


def _lrelease() -> str | None:
    """PySide6's lrelease: from CORRIDOR_LRELEASE, the build's PySide6, or PATH."""
    given = os.environ.get("CORRIDOR_LRELEASE")
    if given:
        return given
    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / "lrelease"
        if bundled.is_file():
            return str(bundled)
    except ImportError:
        pass
    return shutil.which("pyside6-lrelease")


setup(
    package_dir={"": "src", "app.resources": "resources", "app.data": "data"},
    packages=[*find_packages("src"), "app.resources", "app.data"],
    cmdclass={"build_py": BuildWithCatalogues},
)
