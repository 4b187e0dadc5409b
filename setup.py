"""Package layout that pyproject.toml alone cannot express, and the catalogues' compilation.

The code lives in src/app; the shipped resources and datasets live at the top of the
repository in resources/ and data/ and are installed as the packages app.resources and
app.data, so that importlib.resources finds them after a normal (non-editable) install.

The translation catalogues (resources/locale/<lang>/LC_MESSAGES/corridor.po) are compiled to
.mo files next to them in the build output, so an installed Corridor (and the PyInstaller
bundle, which collects app.resources from the install) loads them without parsing .po files.
"""

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


setup(
    package_dir={"": "src", "app.resources": "resources", "app.data": "data"},
    packages=[*find_packages("src"), "app.resources", "app.data"],
    cmdclass={"build_py": BuildWithCatalogues},
)
