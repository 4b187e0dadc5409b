"""The workspace schema, in one place for every backend: tables, columns, version, migrations.

Column types are the portable SQL names both DuckDB and PostgreSQL accept (VARCHAR, BIGINT,
INTEGER, DOUBLE → a backend maps what it must). ``MIGRATIONS[n]`` upgrades a version-n
workspace to n+1; a backend runs them inside one transaction after writing a backup.
"""

from __future__ import annotations

from app.domain.model import INDICATOR_COLUMNS, OBSERVATION_COLUMNS, SOURCE_COLUMNS

SCHEMA_VERSION = 1
MAGIC = "corridor-workspace"

#: table name -> (columns with SQL types, primary key)
TABLES: dict[str, tuple[dict[str, str], str]] = {
    "indicators": (INDICATOR_COLUMNS, "code"),
    "sources": (SOURCE_COLUMNS, "source_id"),
    "observations": (OBSERVATION_COLUMNS, "obs_id"),
}
REQUIRED_TABLES = frozenset({"meta", *TABLES})

AUDIT_COLUMNS = ("changed_at", "who", "action", "description", "detail")

#: migrations[n] upgrades a version-n workspace to n+1.
MIGRATIONS: dict[int, list[str]] = {}


def table_ddl(table: str, columns: dict[str, str], key: str | None) -> str:
    cols = ", ".join(f"{c} {t}" + (" PRIMARY KEY" if c == key else "") for c, t in columns.items())
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


def schema_statements() -> list[str]:
    """The statements that create an empty workspace (meta, catalogue, data, audit)."""
    return [
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        *(table_ddl(name, cols, key) for name, (cols, key) in TABLES.items()),
        "CREATE SEQUENCE IF NOT EXISTS audit_seq",
        "CREATE TABLE IF NOT EXISTS audit (audit_id BIGINT DEFAULT nextval('audit_seq'), "
        "changed_at TIMESTAMP, who VARCHAR, action VARCHAR, description VARCHAR, "
        "detail VARCHAR)",
    ]


def migration_steps(version: int) -> list[str]:
    """Every statement from ``version`` up to :data:`SCHEMA_VERSION`, in order."""
    return [stmt for v in range(version, SCHEMA_VERSION) for stmt in MIGRATIONS[v]]


def initial_meta(created: str, created_by: str) -> list[tuple[str, str]]:
    return [
        ("magic", MAGIC),
        ("schema_version", str(SCHEMA_VERSION)),
        ("created", created),
        ("created_by", created_by),
    ]
