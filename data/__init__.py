"""Bundled datasets and the indicator catalogue (package data, read with importlib.resources)."""
