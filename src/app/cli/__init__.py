"""Command-line interface: thin calls into services and domain."""
