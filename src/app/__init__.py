"""Corridor: a sourced desk for bilateral-relations indicators."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("corridor")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "Corridor"
ORG_NAME = "Corridor"
ORG_DOMAIN = "corridor.example.org"
