"""Icons and styles (package data, read with importlib.resources)."""
