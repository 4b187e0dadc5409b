"""Package layout that pyproject.toml alone cannot express.

The code lives in src/app; the shipped resources and datasets live at the top of the
repository in resources/ and data/ and are installed as the packages app.resources and
app.data, so that importlib.resources finds them after a normal (non-editable) install.
"""

from setuptools import find_packages, setup

setup(
    package_dir={"": "src", "app.resources": "resources", "app.data": "data"},
    packages=[*find_packages("src"), "app.resources", "app.data"],
)
