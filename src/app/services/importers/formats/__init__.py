"""The file formats Corridor reads, one module per format (``sdmx_columns`` is a helper of
``sdmx``). Each module holds an :class:`~app.services.importers.base.Importer` subclass;
:mod:`app.services.importers.registry` lists them. The shared machinery (sniffing, CSV
blocks, row checks, problems, the import plan) stays in :mod:`app.services.importers`.
"""
