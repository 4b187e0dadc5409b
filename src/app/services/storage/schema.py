"""The workspace schema, in one place for every backend: tables, columns, version, migrations.

Column types are the portable SQL names both DuckDB and PostgreSQL accept (VARCHAR, BIGINT,
INTEGER, DOUBLE → a backend maps what it must). ``MIGRATIONS[n]`` upgrades a version-n
workspace to n+1; a backend runs them inside one transaction after writing a backup.
"""

from __future__ import annotations

from app.domain.model import INDICATOR_COLUMNS, OBSERVATION_COLUMNS, SOURCE_COLUMNS
from app.domain.records import RECORD_TABLES
from app.services.storage.errors import NewerWorkspaceError, NotAWorkspaceError

SCHEMA_VERSION = 6
MAGIC = "corridor-workspace"

#: table name -> (columns with SQL types, primary key)
TABLES: dict[str, tuple[dict[str, str], str]] = {
    "indicators": (INDICATOR_COLUMNS, "code"),
    "sources": (SOURCE_COLUMNS, "source_id"),
    "observations": (OBSERVATION_COLUMNS, "obs_id"),
    # version 2: claims, projects (companies, stages, per-field sources), events, links;
    # version 3: vintages (earlier values of re-imported figures), entities (non-ISO codes);
    # version 4: derivations (derived series with lineage), views (named saved views);
    # version 5: fetches (portal queries that Refresh runs again)
    # version 6: history (old and new values of figures; not a record table: see below)
    **{name: (t.columns, t.key) for name, t in RECORD_TABLES.items()},
}
#: The tables every version has had (a version-1 file gains the record tables on upgrade).
REQUIRED_TABLES = frozenset({"meta", "indicators", "sources", "observations"})

AUDIT_COLUMNS = ("changed_at", "who", "action", "description", "detail")

#: version 6: the history of figures, one row per figure and column an audited change
#: set (old and new value as text, the action of the part of the edit that set it, and
#: its place among the audit row's changes). Inserts are not in it: the audit row of an
#: insert names the inserted obs_ids, so a million-figure import writes no history rows.
HISTORY_COLUMNS: dict[str, str] = {
    "audit_id": "BIGINT",
    "seq": "INTEGER",
    "obs_id": "BIGINT",
    "field": "VARCHAR",  # the column set ("column" is a reserved word in SQL)
    "old": "VARCHAR",  # NULL when the edit did not know it (older edits)
    "new": "VARCHAR",
    "action": "VARCHAR",  # edit, restore, import, fetch, derive, ...; "undo …" for undo
}
HISTORY_DDL = [
    "CREATE TABLE IF NOT EXISTS history ("
    + ", ".join(f"{c} {t}" for c, t in HISTORY_COLUMNS.items())
    + ")",
    "CREATE INDEX IF NOT EXISTS history_obs ON history (obs_id)",
]

#: (SQL counting problems, what they are): portable SQL every backend runs on a reopened
#: workspace; all counts zero means sound.
INTEGRITY_CHECKS = (
    *(
        (f"SELECT count(*) - count(DISTINCT {t.key}) FROM {name}", f"duplicate {t.noun} ids")
        for name, t in RECORD_TABLES.items()
    ),
    ("SELECT count(*) - count(DISTINCT obs_id) FROM observations", "duplicate observation ids"),
    (
        "SELECT count(*) FROM observations o LEFT JOIN sources s USING (source_id) "
        "WHERE s.source_id IS NULL AND o.source_id >= 0",
        "observations whose source is missing",
    ),
    (
        "SELECT count(*) FROM observations WHERE period_end < period_start",
        "observations whose period ends before it starts",
    ),
)


def table_ddl(table: str, columns: dict[str, str], key: str | None) -> str:
    cols = ", ".join(f"{c} {t}" + (" PRIMARY KEY" if c == key else "") for c, t in columns.items())
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


#: migrations[n] upgrades a version-n workspace to n+1.
_V2_TABLES = ("claims", "projects", "project_parties", "project_stages", "project_facts")
MIGRATIONS: dict[int, list[str]] = {
    1: [
        table_ddl(name, RECORD_TABLES[name].columns, RECORD_TABLES[name].key)
        for name in (*_V2_TABLES, "events", "links")
    ],
    # a day or week for figures finer than a month; earlier values; non-ISO entities
    2: [
        "ALTER TABLE observations ADD COLUMN period_detail VARCHAR DEFAULT ''",
        *(
            table_ddl(name, RECORD_TABLES[name].columns, RECORD_TABLES[name].key)
            for name in ("vintages", "entities")
        ),
    ],
    # derived series with their lineage; named saved views
    3: [
        table_ddl(name, RECORD_TABLES[name].columns, RECORD_TABLES[name].key)
        for name in ("derivations", "views")
    ],
    # the portal queries behind fetched figures
    4: [table_ddl("fetches", RECORD_TABLES["fetches"].columns, RECORD_TABLES["fetches"].key)],
    # the history of figures (old and new values of every change)
    5: list(HISTORY_DDL),
}


def schema_statements() -> list[str]:
    """The statements that create an empty workspace (meta, catalogue, data, audit)."""
    return [
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        *(table_ddl(name, cols, key) for name, (cols, key) in TABLES.items()),
        "CREATE SEQUENCE IF NOT EXISTS audit_seq",
        "CREATE TABLE IF NOT EXISTS audit (audit_id BIGINT DEFAULT nextval('audit_seq'), "
        "changed_at TIMESTAMP, who VARCHAR, action VARCHAR, description VARCHAR, "
        "detail VARCHAR)",
        *HISTORY_DDL,
    ]


def migration_steps(version: int) -> list[str]:
    """Every statement from ``version`` up to :data:`SCHEMA_VERSION`, in order."""
    return [stmt for v in range(version, SCHEMA_VERSION) for stmt in MIGRATIONS[v]]


def initial_meta(copied: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The meta rows of a new workspace: made now by this Corridor, or, for a copy, the
    creation facts of the workspace it copies (``copied``, its meta rows)."""
    import datetime as dt

    from app import __version__

    rows = {
        "magic": MAGIC,
        "schema_version": str(SCHEMA_VERSION),
        "created": dt.datetime.now().isoformat(timespec="seconds"),
        "created_by": f"Corridor {__version__}",
    }
    rows.update({k: v for k, v in (copied or {}).items() if k in ("created", "created_by") and v})
    return list(rows.items())


def checked_version(meta: dict[str, str], where: str, unchanged: str) -> int:
    """The schema version of a workspace whose meta rows are ``meta``: NotAWorkspaceError
    when they are not a Corridor workspace's, NewerWorkspaceError (saying ``unchanged``,
    e.g. "the file was not changed") when a newer Corridor wrote it."""
    if meta.get("magic") != MAGIC:
        raise NotAWorkspaceError(f"{where} is not a Corridor workspace")
    version = int(meta.get("schema_version", "0"))
    if version > SCHEMA_VERSION:
        raise NewerWorkspaceError(
            f"{where} was written by a newer Corridor (workspace version {version}; this "
            f"Corridor reads up to {SCHEMA_VERSION}). Update Corridor to open it; {unchanged}."
        )
    return version
