"""The SQL side of the PostgreSQL workspace: the shared schema in PostgreSQL's dialect, the
change log and its triggers, the roles and their grants, and operations of edits as
statements. :mod:`postgres_backend` holds the connections and transactions.

The change log is what makes a team workspace work:

- every statement that changes a workspace table appends (table, key, transaction, user,
  time) to ``changes`` through a statement-level trigger (set-based, with transition tables:
  a million-row import logs in one ``INSERT … SELECT``), then ``pg_notify('corridor')``;
- the trigger takes one transaction-scoped advisory lock before it numbers its rows, so
  writers commit in the order of their sequence numbers and a reader that has seen every
  change up to ``seq`` N has missed none below it;
- a figure's **row version** is the sequence number of its latest change: a client that has
  seen everything up to N refuses to overwrite a figure whose version is above N (someone
  changed it and the client has not seen it yet).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from app.domain.model import OBSERVATION_COLUMNS, dense_floats
from app.domain.records import RECORD_TABLES
from app.services.storage import schema

#: The advisory lock every writing transaction holds (one writer commits at a time).
WRITE_LOCK = 7_305_000_001
#: The channel of the notifications that announce a commit.
CHANNEL = "corridor"

ROLES = ("corridor_viewer", "corridor_editor", "corridor_admin")
ROLE_NAMES = {"viewer": ROLES[0], "editor": ROLES[1], "admin": ROLES[2]}

_PG_TYPES = {"DOUBLE": "DOUBLE PRECISION", "VARCHAR": "TEXT"}


def for_postgres(stmt: str) -> str:
    """A statement of :mod:`schema` (portable names) in PostgreSQL's: DOUBLE is DOUBLE
    PRECISION; VARCHAR stays (PostgreSQL reads it as unbounded text)."""
    return re.sub(r"\bDOUBLE\b(?! PRECISION)", "DOUBLE PRECISION", stmt)


def pg_type(sql: str) -> str:
    return _PG_TYPES.get(sql, sql)


def table_keys() -> dict[str, str]:
    """Every logged table and its key column."""
    return {name: key for name, (_cols, key) in schema.TABLES.items()}


def table_columns(table: str) -> dict[str, str]:
    return schema.TABLES[table][0]


CHANGES_DDL = [
    "CREATE TABLE IF NOT EXISTS changes (seq BIGSERIAL PRIMARY KEY, tbl TEXT NOT NULL, "
    "key TEXT NOT NULL, txid BIGINT NOT NULL DEFAULT txid_current(), "
    "who TEXT NOT NULL DEFAULT session_user, at TIMESTAMPTZ NOT NULL DEFAULT now())",
    "CREATE INDEX IF NOT EXISTS changes_row ON changes (tbl, key, seq)",
]


def trigger_ddl(table: str, key: str) -> list[str]:
    """The change-log trigger function of one table and its three statement triggers
    (PostgreSQL allows one event per trigger with transition tables)."""
    fn = f"corridor_log_{table}"
    body = (
        f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        f"  PERFORM pg_advisory_xact_lock({WRITE_LOCK});\n"
        "  IF TG_OP = 'DELETE' THEN\n"
        f"    INSERT INTO changes (tbl, key) SELECT '{table}', {key}::text FROM old_rows;\n"
        "  ELSE\n"
        f"    INSERT INTO changes (tbl, key) SELECT '{table}', {key}::text FROM new_rows;\n"
        "  END IF;\n"
        f"  PERFORM pg_notify('{CHANNEL}', '');\n"
        "  RETURN NULL;\n"
        "END $$"
    )
    out = [body]
    for event, ref in (
        ("INSERT", "NEW TABLE AS new_rows"),
        ("UPDATE", "NEW TABLE AS new_rows"),
        ("DELETE", "OLD TABLE AS old_rows"),
    ):
        name = f"{table}_log_{event.lower()}"
        out.append(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        out.append(
            f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {ref} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {fn}()"
        )
    return out


def all_trigger_ddl() -> list[str]:
    return [stmt for table, key in table_keys().items() for stmt in trigger_ddl(table, key)]


def schema_ddl() -> list[str]:
    """A new workspace's tables (the shared schema) and the change log, without triggers
    (a new workspace is filled first, then its triggers are made: the initial rows are not
    changes)."""
    return [for_postgres(s) for s in schema.schema_statements()] + CHANGES_DDL


def migration_ddl(version: int) -> list[str]:
    """The shared migrations from ``version``, then the triggers and grants of every table
    again (new tables get theirs, and the admin role as owner)."""
    steps = [for_postgres(s) for s in schema.migration_steps(version)]
    return steps + all_trigger_ddl() + grant_ddl()


def role_ddl() -> list[str]:
    """The three group roles (made once per server) and their grants on this database's
    tables: viewers read, editors write figures and records, admins own the tables (schema
    upgrades) and grant roles. The server enforces these whatever a client does."""
    viewer, editor, admin = ROLES
    return [
        *(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{r}') "
            f"THEN CREATE ROLE {r} NOLOGIN; END IF; END $$"
            for r in ROLES
        ),
        f"GRANT {admin} TO CURRENT_USER",
        f"GRANT {viewer} TO {editor}",
        f"GRANT {editor} TO {admin}",
        # before PostgreSQL 15 everybody may create tables in public; admins make the
        # tables of upgrades
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT CREATE ON SCHEMA public TO {admin}",
        *grant_ddl(),
    ]


def grant_ddl() -> list[str]:
    """The grants on every table and the admin role as their owner (again after an
    upgrade, which an admin runs: tables it makes are the admin role's like the others)."""
    viewer, editor, admin = ROLES
    data_tables = ", ".join(schema.TABLES)
    return [
        f"GRANT USAGE ON SCHEMA public TO {viewer}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {viewer}",
        f"GRANT INSERT, UPDATE, DELETE ON {data_tables} TO {editor}",
        f"GRANT INSERT ON audit, changes, history TO {editor}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {editor}",
        *(
            f"ALTER TABLE {t} OWNER TO {admin}"
            for t in (*schema.TABLES, "meta", "audit", "history")
        ),
        *(f"ALTER FUNCTION corridor_log_{t}() OWNER TO {admin}" for t in schema.TABLES),
        f"ALTER TABLE changes OWNER TO {admin}",
        f"ALTER SEQUENCE audit_seq OWNER TO {admin}",
    ]


# --- bulk writing ---------------------------------------------------------------------


def copy_csv(frame: pd.DataFrame, columns: dict[str, str]) -> bytes:
    """A frame as CSV for ``COPY … FROM STDIN (FORMAT csv)``, written by Arrow in C++ (no
    Python loop per row): text quoted (so '' stays an empty string), missing numbers as
    unquoted empty fields (NULL)."""
    arrays = {}
    for col, sql in columns.items():
        arr = _arrow_column(frame[col]) if col in frame.columns else None
        if arr is None:
            arr = pa.nulls(len(frame))
        if pa.types.is_dictionary(arr.type):
            arr = arr.cast(pa.string())
        if sql == "VARCHAR":
            arr = pc.fill_null(arr.cast(pa.string()), "")
        arrays[col] = arr
    buf = io.BytesIO()
    pacsv.write_csv(
        pa.table(arrays),
        buf,
        write_options=pacsv.WriteOptions(include_header=False, quoting_style="needed"),
    )
    return buf.getvalue()


def _arrow_column(column: pd.Series) -> pa.Array:
    """A column as Arrow (a sparse one dense first: Arrow has no pandas sparse type)."""
    if isinstance(column.dtype, pd.SparseDtype):
        return pa.array(dense_floats(column), from_pandas=True)
    return pa.array(column, from_pandas=True)


def copy_statement(table: str, columns: Sequence[str]) -> str:
    return f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT csv)"


def update_statement(table: str, key: str, column: str, sql_type: str) -> str:
    """One statement that sets ``column`` of many rows from two arrays (key, value)."""
    return (
        f"UPDATE {table} AS t SET {column} = d.v FROM unnest(%s::bigint[], "
        f"%s::{pg_type(sql_type)}[]) AS d(k, v) WHERE t.{key} = d.k"
    )


def column_type(table: str, column: str) -> str:
    if table == "observations":
        return OBSERVATION_COLUMNS[column]
    return RECORD_TABLES[table].columns[column]


def plain(v: Any) -> Any:
    """A numpy scalar as the Python value psycopg adapts; NaN as NULL."""
    v = v.item() if hasattr(v, "item") else v
    if isinstance(v, float) and v != v:
        return None
    return v
