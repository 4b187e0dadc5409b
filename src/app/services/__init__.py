"""Services: storage, importers, exporters, extraction. No Qt."""
