"""The PostgreSQL backend on a real server: conflicts between two clients, pulling what
others changed, watching for their commits, the roles the server enforces, faults
(restarts, dropped connections, timeouts, failures mid-transaction, wrong or old
databases), and copying a workspace there and back. No mocks: every test talks to the
session's server (tests/pg_server.py) over TCP.
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import psycopg
import pytest
from psycopg import errors as pg_errors

from app.domain.edits import (
    AddObservations,
    AddRecords,
    DeleteObservations,
    DeleteRecords,
    SetRecordValues,
    SetValues,
)
from app.domain.model import Observation, Source
from app.domain.periods import parse_period
from app.domain.records import normalise_records
from app.domain.remote import remote_ops
from app.domain.store import ObservationStore
from app.services import paths
from app.services.storage import (
    ConflictError,
    DuckDBStorage,
    MissingWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyError,
    Tables,
    WorkspaceError,
    open_storage,
)
from app.services.storage import schema as ws_schema
from app.services.storage.copying import copy_workspace, differences
from app.services.storage.postgres_backend import PostgresStorage

# --- a fresh copy of the tiny workspace per test, from a template database ----------------

_TEMPLATES: dict[int, str] = {}
_NUMBERS = itertools.count(1)


def superuser(server: Any, db: str = "postgres") -> psycopg.Connection[Any]:
    return psycopg.connect(server.url(db), autocommit=True)


@pytest.fixture
def db(pg_server: Any, request: pytest.FixtureRequest) -> str:
    """The name of a new database holding the tiny workspace (its 8 figures, obs_id 1..8):
    the first is copied from the DuckDB file (conftest's ``tiny_pg_url``), later ones are
    cloned from it as a template (fast)."""
    if pg_server.port not in _TEMPLATES:
        first = str(request.getfixturevalue("tiny_pg_url")).rsplit("/", 1)[1]
        template = f"pgb_template_{os.getpid()}"
        with superuser(pg_server) as con:
            con.execute(f'CREATE DATABASE "{template}" TEMPLATE "{first}"')
        _TEMPLATES[pg_server.port] = template
    name = f"pgb_{os.getpid()}_{next(_NUMBERS)}"
    with superuser(pg_server) as con:
        con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{_TEMPLATES[pg_server.port]}"')
    return name


def login_role(server: Any, name: str, group: str) -> None:
    """A login role (trust auth: no password) in one of the workspace's groups."""
    with superuser(server) as con:
        exists = con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone()
        if not exists:
            con.execute(f"CREATE ROLE {name} LOGIN")
        con.execute(f"GRANT {group} TO {name}")


@pytest.fixture
def opened(pg_server: Any, db: str) -> Iterator[Callable[..., PostgresStorage]]:
    """Opens the test's workspace as a user (the superuser by default); closes all after."""
    storages: list[PostgresStorage] = []

    def opener(user: str = "", read_only: bool = False) -> PostgresStorage:
        url = pg_server.url(db, user=user) if user else pg_server.url(db)
        storage = open_storage(url, read_only=read_only)
        assert isinstance(storage, PostgresStorage)
        storages.append(storage)
        return storage

    yield opener
    for storage in storages:
        storage.close()


@pytest.fixture
def two(pg_server: Any, opened: Callable[..., PostgresStorage]) -> tuple[Any, Any]:
    """Clients A (user anna) and B (user ben), both editors, both loaded."""
    for name in ("anna", "ben"):
        login_role(pg_server, name, "corridor_editor")
    a, b = opened("anna"), opened("ben")
    return Client(a), Client(b)


class Client:
    """A storage with its in-memory store, as a Desk holds them."""

    def __init__(self, storage: PostgresStorage) -> None:
        self.storage = storage
        self.store: ObservationStore = storage.load_store()

    def set_value(self, obs_id: int, new: float, text: str = "") -> SetValues:
        old = float(self.store.get(obs_id, "value"))
        return SetValues([obs_id], {"value": ([old], [new])}, text or f"{obs_id} -> {new}")

    def apply(self, edit: Any, forward: bool = True) -> None:
        self.storage.apply(edit, forward)
        self.store.apply(edit, forward)

    def pull(self) -> Any:
        change = self.storage.pull()
        if change is not None:
            self.store.apply_ops(remote_ops(self.store, change))
        return change


def value(storage: PostgresStorage, obs_id: int) -> float:
    """The figure's value on the server, read on a connection of its own (a ``load`` of
    the storage itself would count as its look at the data)."""
    with psycopg.connect(storage._conninfo, autocommit=True) as con:
        row = con.execute("SELECT value FROM observations WHERE obs_id = %s", [obs_id]).fetchone()
    assert row is not None
    return float(row[0])


def log_length(server: Any, db: str) -> int:
    with superuser(server, db) as con:
        row = con.execute("SELECT count(*) FROM changes").fetchone()
    return int(row[0]) if row else 0


def tables_of(store: ObservationStore) -> Tables:
    return Tables(store.observations, store.sources, store.indicators, store.records)


# --- conflicts ----------------------------------------------------------------------------


def test_an_edit_over_an_unseen_change_is_refused_naming_who_and_the_value(
    two: tuple[Client, Client],
) -> None:
    a, b = two
    a.apply(a.set_value(4, 2.5e9))
    audit = len(b.storage.audit())
    with pytest.raises(ConflictError) as caught:
        b.storage.apply(b.set_value(4, 2.6e9, "Set value to 2.6 bn"))
    message = str(caught.value)
    assert "anna" in message
    assert "2,500,000,000" in message
    assert "figure 4" in message
    assert "Set value to 2.6 bn" in message
    assert "not saved" in message
    assert (caught.value.who, caught.value.table, caught.value.key) == ("anna", "observations", 4)
    assert len(b.storage.audit()) == audit
    assert value(b.storage, 4) == 2.5e9
    # another figure is not refused
    b.apply(b.set_value(5, 2.0e9))
    # after a pull the same edit, built on the new value, goes through
    change = b.pull()
    assert change is not None
    assert change.who["anna"] == 1
    assert b.store.get(4, "value") == 2.5e9
    b.apply(b.set_value(4, 2.6e9))
    assert value(a.storage, 4) == 2.6e9
    assert b.storage.audit()["who"].tolist()[-3:] == ["anna", "ben", "ben"]


def test_undoing_an_edit_someone_has_since_overwritten_is_refused(
    two: tuple[Client, Client],
) -> None:
    a, b = two
    edit = a.set_value(4, 2.5e9)
    a.apply(edit)
    b.pull()
    b.apply(b.set_value(4, 2.6e9))
    with pytest.raises(ConflictError, match="ben") as caught:
        a.storage.apply(edit, forward=False)
    assert "2,600,000,000" in str(caught.value)
    assert value(a.storage, 4) == 2.6e9
    # once A has seen B's change, the undo is still refused: the value is not A's any more
    a.pull()
    with pytest.raises(ConflictError, match="ben"):
        a.storage.apply(edit, forward=False)
    assert value(a.storage, 4) == 2.6e9


def test_own_edits_never_conflict_with_themselves(two: tuple[Client, Client]) -> None:
    a, b = two
    first, second = a.set_value(4, 2.5e9), None
    a.apply(first)
    second = a.set_value(4, 2.6e9)
    a.apply(second)
    a.apply(second, forward=False)
    a.apply(second)
    a.apply(second, forward=False)
    a.apply(first, forward=False)
    assert value(a.storage, 4) == 2.44e9
    assert b.pull() is not None
    assert b.store.get(4, "value") == 2.44e9
    assert a.pull() is None  # its own commits are not news to it


# --- pull ---------------------------------------------------------------------------------


def _new_figures(store: ObservationStore) -> AddObservations:
    obs_id, source_id = store.next_obs_id(), store.next_source_id()
    obs = [
        Observation(
            "trade_turnover",
            parse_period(str(year)),
            1.5e9 + year,
            "USD",
            "AZE",
            "TUR",
            obs_id=obs_id + i,
            source_id=source_id,
            period_text=str(year),
        ).as_row()
        for i, year in enumerate((2021, 2022))
    ]
    src = Source(publisher="Anadolu", url="https://example.org/aa", source_id=source_id).as_row()
    return AddObservations(pd.DataFrame(obs), pd.DataFrame([src]), "Add two figures")


def _project(project_id: int) -> dict[str, pd.DataFrame]:
    frame = pd.DataFrame(
        {"project_id": [project_id], "name": ["Gobustan SPP"], "capacity": [100.0]}
    )
    return {"projects": normalise_records("projects", frame)}


def test_pull_brings_every_kind_of_change_and_only_once(two: tuple[Client, Client]) -> None:
    a, b = two
    steps: list[Callable[[], Any]] = [
        lambda: a.set_value(3, 3.9e9),
        lambda: _new_figures(a.store),
        lambda: DeleteObservations(a.store.rows([8]), "Delete figure 8"),
        lambda: AddRecords(_project(7), "Add project"),
        lambda: SetRecordValues("projects", [7], {"capacity": ([100.0], [120.0])}, "capacity"),
        lambda: DeleteRecords({"projects": a.store.record_rows("projects", [7])}, "drop"),
    ]
    for make in steps:
        step = make()
        a.apply(step)
        change = b.storage.pull()
        assert change is not None, step.text
        assert not change.empty, step.text
        assert change.who == {"anna": change.who["anna"]}
        assert change.who["anna"] >= 1
        ops = remote_ops(b.store, change)
        assert ops, step.text
        b.store.apply_ops(ops)
        assert remote_ops(b.store, change) == []  # applying it again does nothing
        assert differences(tables_of(b.store), a.storage.load()) == [], step.text
        assert b.storage.pull() is None
    assert len(b.store.observations) == 9
    assert "Anadolu" in set(b.store.sources["publisher"])


def test_saving_a_copy_does_not_count_as_having_seen_what_others_changed(
    two: tuple[Client, Client], tmp_path: Path
) -> None:
    a, b = two
    a.apply(a.set_value(4, 2.5e9))
    b.storage.save_copy(tmp_path / "copy.duckdb")
    with pytest.raises(ConflictError, match="anna"):
        b.storage.apply(b.set_value(4, 2.6e9))
    assert b.pull() is not None
    assert b.store.get(4, "value") == 2.5e9


def test_pull_skips_the_clients_own_commits(two: tuple[Client, Client]) -> None:
    a, b = two
    b.apply(b.set_value(2, 3.0e9))
    b.apply(AddRecords(_project(9), "Add project"))
    assert b.storage.pull() is None
    a.apply(a.set_value(1, 2.0e9))
    b.apply(b.set_value(2, 3.1e9))
    change = b.storage.pull()
    assert change is not None
    assert change.observations["obs_id"].tolist() == [1]
    assert dict(change.who) == {"anna": 1}


# --- watch --------------------------------------------------------------------------------


def listening() -> bool:
    return any(t.name == "corridor-listen" for t in threading.enumerate())


def test_watch_fires_on_commits_survives_a_restart_and_stops_on_close(
    pg_server: Any, two: tuple[Client, Client]
) -> None:
    a, b = two
    heard = threading.Event()
    b.storage.watch(heard.set)
    assert heard.wait(5)  # the first announcement: connected
    heard.clear()
    a.apply(a.set_value(4, 2.5e9))
    assert heard.wait(1.0)
    heard.clear()
    pg_server.restart()
    assert heard.wait(15)  # reconnected (and says so: something may have been missed)
    heard.clear()
    a.apply(a.set_value(4, 2.6e9))
    assert heard.wait(1.0)
    assert b.pull() is not None
    assert b.store.get(4, "value") == 2.6e9
    b.storage.close()
    assert not listening()


# --- roles --------------------------------------------------------------------------------


def _writes(table: str, columns: dict[str, str]) -> list[str]:
    first = next(iter(columns))
    return [
        f"INSERT INTO {table} ({first}) VALUES (DEFAULT)",
        f"UPDATE {table} SET {first} = {first}",
        f"DELETE FROM {table}",
        f"TRUNCATE {table}",
        f"ALTER TABLE {table} ADD COLUMN sneaky TEXT",
    ]


def test_a_viewer_reads_and_the_server_refuses_every_write(
    pg_server: Any, db: str, opened: Callable[..., PostgresStorage]
) -> None:
    login_role(pg_server, "vera", "corridor_viewer")
    storage = opened("vera")
    assert storage.read_only
    assert storage.role == "viewer"
    assert storage.user == "vera"
    assert "vera" in storage.read_only_message()
    assert "viewer" in storage.read_only_message()
    assert len(storage.load().observations) == 8
    with pytest.raises(ReadOnlyError, match="vera"):
        storage.apply(SetValues([4], {"value": ([2.44e9], [2.5e9])}, "try"))
    tables = {name: cols for name, (cols, _key) in ws_schema.TABLES.items()}
    tables |= {"meta": {"key": ""}, "audit": {"who": ""}, "changes": {"tbl": ""}}
    statements = [s for name, cols in tables.items() for s in _writes(name, cols)]
    statements += ["CREATE TABLE mine (x int)", "DROP TABLE observations"]
    refused = []
    with psycopg.connect(pg_server.url(db, user="vera"), autocommit=True) as con:
        for stmt in statements:
            try:
                con.execute(stmt)
            except pg_errors.InsufficientPrivilege:
                refused.append(stmt)
    assert refused == statements
    assert value(storage, 4) == 2.44e9


def test_an_editor_edits_under_its_name_but_cannot_change_the_schema(
    pg_server: Any, db: str, opened: Callable[..., PostgresStorage]
) -> None:
    login_role(pg_server, "ed", "corridor_editor")
    storage = opened("ed")
    assert not storage.read_only
    assert storage.role == "editor"
    storage.apply(SetValues([4], {"value": ([2.44e9], [2.5e9])}, "Set 2.5 bn"))
    storage.apply(AddRecords(_project(3), "Add project"))
    assert storage.audit()["who"].tolist()[-2:] == ["ed", "ed"]
    with psycopg.connect(pg_server.url(db, user="ed"), autocommit=True) as con:
        for stmt in (
            "ALTER TABLE observations ADD COLUMN sneaky TEXT",
            "UPDATE meta SET value = '1' WHERE key = 'schema_version'",
            "DELETE FROM audit",
            "DELETE FROM changes",
            "CREATE TABLE mine (x int)",
        ):
            with pytest.raises(pg_errors.InsufficientPrivilege):
                con.execute(stmt)
    assert storage.schema_version() == ws_schema.SCHEMA_VERSION


def test_the_superuser_who_made_it_is_an_admin(opened: Callable[..., PostgresStorage]) -> None:
    storage = opened()
    assert storage.role == "admin"
    assert not storage.read_only
    assert opened(read_only=True).read_only


def test_a_user_without_a_role_is_told_to_ask_an_admin(
    pg_server: Any, opened: Callable[..., PostgresStorage]
) -> None:
    with superuser(pg_server) as con:
        if not con.execute("SELECT 1 FROM pg_roles WHERE rolname = 'nemo'").fetchone():
            con.execute("CREATE ROLE nemo LOGIN")
    with pytest.raises(ReadOnlyError, match=r"nemo has no role .* workspace grant nemo viewer"):
        opened("nemo")


# --- faults -------------------------------------------------------------------------------


def test_a_restart_between_two_operations_is_survived(
    pg_server: Any, opened: Callable[..., PostgresStorage]
) -> None:
    storage = opened()
    storage.load()
    pg_server.restart()
    assert len(storage.load().observations) == 8
    pg_server.restart()
    storage.apply(SetValues([4], {"value": ([2.44e9], [2.5e9])}, "after a restart"))
    assert value(storage, 4) == 2.5e9
    assert storage.audit()["description"].tolist()[-1] == "after a restart"


def _corridor_pids(server: Any, db: str) -> list[int]:
    with superuser(server) as con:
        rows = con.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND application_name = 'Corridor'",
            [db],
        ).fetchall()
    return [int(r[0]) for r in rows]


def _terminate(server: Any, db: str) -> None:
    pids = _corridor_pids(server, db)
    assert pids
    with superuser(server) as con:
        for pid in pids:
            con.execute("SELECT pg_terminate_backend(%s, 5000)", [pid])


def test_a_connection_cut_while_idle_is_made_again(
    pg_server: Any, db: str, opened: Callable[..., PostgresStorage]
) -> None:
    storage = opened()
    storage.load()
    _terminate(pg_server, db)
    storage.apply(SetValues([4], {"value": ([2.44e9], [2.5e9])}, "after the cut"))
    _terminate(pg_server, db)
    assert value(storage, 4) == 2.5e9
    assert storage.audit()["description"].tolist().count("after the cut") == 1


def test_a_statement_timeout_is_reported_and_changes_nothing(
    pg_server: Any, db: str, opened: Callable[..., PostgresStorage]
) -> None:
    with superuser(pg_server) as con:
        con.execute(f"ALTER DATABASE {db} SET statement_timeout = '300ms'")
    storage = opened()
    storage.load()
    before = len(storage.audit())
    with superuser(pg_server, db) as holder:
        holder.execute("SET statement_timeout = 0")
        with holder.transaction():
            holder.execute("LOCK TABLE observations IN ACCESS EXCLUSIVE MODE")
            with pytest.raises(WorkspaceError) as caught:
                storage.apply(SetValues([4], {"value": ([2.44e9], [2.5e9])}, "too slow"))
    assert "server cancelled it" in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert not isinstance(caught.value, ConflictError)
    assert value(storage, 4) == 2.44e9
    assert len(storage.audit()) == before
    storage.apply(SetValues([4], {"value": ([2.44e9], [2.5e9])}, "in time"))
    assert value(storage, 4) == 2.5e9


def test_a_failure_mid_transaction_leaves_nothing_half_written(
    pg_server: Any, db: str, opened: Callable[..., PostgresStorage]
) -> None:
    """The figure is updated and logged, then the audit row fails: all of it is undone."""
    storage = opened()
    storage.load()
    log, audit = log_length(pg_server, db), len(storage.audit())
    with superuser(pg_server, db) as con:
        con.execute(
            "CREATE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$"
        )
        con.execute(
            "CREATE TRIGGER fail BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION fail()"
        )
    edit = SetValues([4], {"value": ([2.44e9], [2.5e9])}, "doomed")
    with pytest.raises(WorkspaceError, match=r"disk on fire.*Nothing was changed"):
        storage.apply(edit)
    assert value(storage, 4) == 2.44e9
    assert log_length(pg_server, db) == log
    assert len(storage.audit()) == audit
    with superuser(pg_server, db) as con:
        con.execute("DROP TRIGGER fail ON audit")
    storage.apply(edit)
    assert value(storage, 4) == 2.5e9
    assert log_length(pg_server, db) == log + 1


def test_a_write_cut_while_it_waits_is_rolled_back_and_made_once_on_a_new_connection(
    pg_server: Any, db: str, opened: Callable[..., PostgresStorage]
) -> None:
    storage = opened()
    storage.load()
    audit = len(storage.audit())
    done: list[Exception | None] = []
    edit = SetValues([4], {"value": ([2.44e9], [2.5e9])}, "waited")
    with superuser(pg_server, db) as holder, holder.transaction():
        holder.execute("LOCK TABLE observations IN ACCESS EXCLUSIVE MODE")

        def write() -> None:
            try:
                storage.apply(edit)
                done.append(None)
            except Exception as exc:  # noqa: BLE001 (reported to the test below)
                done.append(exc)

        thread = threading.Thread(target=write)
        thread.start()
        deadline = time.monotonic() + 10
        while not _waiting(pg_server, db) and time.monotonic() < deadline:
            time.sleep(0.02)
        _terminate(pg_server, db)
        time.sleep(0.3)  # the write tries again on a new connection, and waits again
        assert thread.is_alive()
    thread.join(10)
    assert done == [None]
    assert value(storage, 4) == 2.5e9
    assert storage.audit()["description"].tolist()[audit:] == ["waited"]


def _waiting(server: Any, db: str) -> bool:
    with superuser(server) as con:
        row = con.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
            "AND application_name = 'Corridor' AND wait_event_type = 'Lock'",
            [db],
        ).fetchone()
    return bool(row and row[0])


def test_a_connection_lost_at_commit_is_not_saved_twice(
    pg_server: Any, db: str, opened: Callable[..., PostgresStorage]
) -> None:
    """The server ends the session while it commits (a deferred trigger, once): the write
    either happened or not, and is then in the workspace exactly once."""
    storage = opened()
    storage.load()
    audit = len(storage.audit())
    with superuser(pg_server, db) as con:
        con.execute("CREATE SEQUENCE cut_once")
        con.execute(
            "CREATE FUNCTION cut() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF nextval('cut_once') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); "
            "PERFORM pg_sleep(1); END IF; RETURN NULL; END $$"
        )
        con.execute(
            "CREATE CONSTRAINT TRIGGER cut AFTER INSERT ON audit DEFERRABLE INITIALLY "
            "DEFERRED FOR EACH ROW EXECUTE FUNCTION cut()"
        )
        con.execute("GRANT USAGE ON SEQUENCE cut_once TO PUBLIC")
    storage.apply(SetValues([4], {"value": ([2.44e9], [2.5e9])}, "at commit"))
    assert value(storage, 4) == 2.5e9
    assert storage.audit()["description"].tolist()[audit:] == ["at commit"]


def test_opening_what_is_not_a_workspace_says_what_to_do(pg_server: Any, pg_url: str) -> None:
    with pytest.raises(NotAWorkspaceError, match="corridor workspace copy"):
        open_storage(pg_url)
    with pytest.raises(MissingWorkspaceError, match="no database"):
        open_storage(pg_server.url("no_such_database"))


def test_a_newer_workspace_is_refused_unchanged(
    pg_server: Any, db: str, opened: Callable[..., PostgresStorage]
) -> None:
    newer = str(ws_schema.SCHEMA_VERSION + 1)
    with superuser(pg_server, db) as con:
        con.execute("UPDATE meta SET value = %s WHERE key = 'schema_version'", [newer])
    with pytest.raises(NewerWorkspaceError, match="newer Corridor"):
        opened()
    with superuser(pg_server, db) as con:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert row == (newer,)


@pytest.mark.parametrize("admin", ["", "ada"], ids=["superuser", "admin-role"])
def test_an_older_workspace_is_upgraded_by_an_admin_only_after_a_backup(
    pg_server: Any, db: str, opened: Callable[..., PostgresStorage], admin: str
) -> None:
    with superuser(pg_server, db) as con:
        con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
        con.execute("DROP TABLE fetches")
    login_role(pg_server, "ed", "corridor_editor")
    login_role(pg_server, "vera", "corridor_viewer")
    with pytest.raises(ReadOnlyError, match="only an admin") as caught:
        opened("ed")
    assert "Nothing was changed" in str(caught.value)
    if admin:  # an admin who is not a superuser of the server
        login_role(pg_server, admin, "corridor_admin")
    backups = paths.data_dir() / "server-backups"
    before = set(backups.glob("*.duckdb")) if backups.exists() else set()
    storage = opened(admin)
    assert storage.role == "admin"
    assert storage.schema_version() == ws_schema.SCHEMA_VERSION
    made = set(backups.glob("*.duckdb")) - before
    assert len(made) == 1
    assert db in made.pop().name
    assert storage.audit()["action"].tolist()[-1] == "migrate"
    # the new table is the workspace's like the others: viewers read it, editors write it
    assert len(opened("vera").load().records["fetches"]) == 0
    editor = opened("ed")
    assert editor.role == "editor"
    row = normalise_records("fetches", pd.DataFrame({"fetch_id": [1]}))
    editor.apply(AddRecords({"fetches": row}, "Add a fetch"))
    assert len(storage.load().records["fetches"]) == 1


# --- copying ------------------------------------------------------------------------------


def test_a_workspace_copied_to_the_server_and_back_is_the_same(
    tiny_workspace_path: Path, pg_url: str, tmp_path: Path
) -> None:
    with DuckDBStorage.open(tiny_workspace_path) as local:
        store = local.load_store()
        for edit in (
            SetValues([4], {"value": ([2.44e9], [2.5e9])}, "Set 2.5 bn"),
            AddRecords(_project(7), "Add project"),
            SetValues([2], {"note": ([""], ["checked — ✓ “quoted”, comma"])}, "Note"),
        ):
            local.apply(edit)
            store.apply(edit)
        original, audit = local.load(), local.audit()
        report = copy_workspace(local, pg_url)
    assert report.rows["audit rows"] == 3
    back = tmp_path / "back.duckdb"
    with open_storage(pg_url) as server:
        assert differences(original, server.load()) == []
        copy_workspace(server, back)
        server_audit = server.audit()
    with DuckDBStorage.open(back, read_only=True) as copy:
        assert differences(original, copy.load()) == []
        copied = copy.audit()
    for frame in (server_audit, copied):
        assert frame["description"].tolist() == audit["description"].tolist()
        assert frame["who"].tolist() == audit["who"].tolist()
        assert frame["action"].tolist() == audit["action"].tolist()
    assert copied["changed_at"].astype(str).tolist() == audit["changed_at"].astype(str).tolist()
