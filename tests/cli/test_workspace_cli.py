"""corridor workspace copy|grant|revoke|info against a real PostgreSQL server
(tests/pg_server.py): copies round-trip whole, nothing is overwritten, roles are enforced
by the server, and only admins change them."""

from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd
import psycopg
import pytest
from psycopg import errors as pg_errors

from app.cli.main import main
from app.domain.edits import SetValues
from app.domain.events import add_event
from app.services.desk import Desk
from app.services.storage import open_storage
from app.services.storage.copying import differences
from app.services.storage.postgres_roles import role_of

_NAMES = itertools.count(1)


def _user(stem: str) -> str:
    """A user name of its own (roles are the server's, shared by the whole session)."""
    return f"{stem}_{next(_NAMES)}"


def _team(url: str, role: str) -> tuple[str, str]:
    """(a new user with ``role``, a new viewer), granted by the superuser."""
    member, viewer = _user(role), _user("other")
    admin = ["--workspace", url, "workspace"]
    assert main([*admin, "grant", member, role, "--create-login"]) == 0
    assert main([*admin, "grant", viewer, "viewer", "--create-login"]) == 0
    return member, viewer


def _role(url: str, user: str) -> str:
    with psycopg.connect(url) as con:
        return role_of(con, user)


def _db(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _edited(path: Path) -> Path:
    """The tiny workspace with an edited figure and an event: values, records, audit."""
    desk = Desk.open(path)
    try:
        desk.apply(SetValues([1], {"value": ([2.15e9], [2.2e9])}, "Correct 2022"))
        desk.apply(add_event(desk.store.records, {"title": "Visit", "date_start": "2025-04"}))
    finally:
        desk.close()
    return path


def _contents(location: str | Path) -> tuple[object, pd.DataFrame]:
    with open_storage(location, read_only=True) as ws:
        return ws.load(), ws.audit()


def test_copy_round_trip_file_server_file(
    tiny_workspace_path: Path,
    pg_server,
    pg_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = _edited(tiny_workspace_path)
    url = pg_server.url(_db(pg_url), password="s3cret-word")
    back = tmp_path / "back.duckdb"

    assert main(["workspace", "copy", str(source), url]) == 0
    first = capsys.readouterr()
    assert "Verified" in first.out
    assert "Reading" in first.out
    assert "Writing" in first.out
    assert "8 observations" in first.out
    assert main(["workspace", "copy", url, str(back)]) == 0
    second = capsys.readouterr()
    assert "Verified" in second.out
    for text in (first.out, first.err, second.out, second.err):
        assert "s3cret-word" not in text

    original, original_audit = _contents(source)
    copied, copied_audit = _contents(back)
    assert differences(original, copied) == []  # type: ignore[arg-type]
    assert copied.observations.loc[0, "value"] == 2.2e9  # type: ignore[attr-defined]
    assert len(copied.records["events"]) == 1  # type: ignore[attr-defined]
    assert len(copied_audit) == len(original_audit) >= 2
    cols = ["audit_id", "who", "action", "description"]
    assert copied_audit[cols].astype(str).equals(original_audit[cols].astype(str))


def test_copy_refuses_an_existing_target(
    tiny_workspace_path: Path,
    tiny_pg_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    existing = tmp_path / "there.duckdb"
    existing.write_bytes(b"keep me")
    assert main(["workspace", "copy", str(tiny_workspace_path), str(existing)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert existing.read_bytes() == b"keep me"

    before = _contents(tiny_pg_url)[1]
    assert main(["workspace", "copy", str(tiny_workspace_path), tiny_pg_url]) == 2
    assert "already holds a Corridor workspace" in capsys.readouterr().err
    assert len(_contents(tiny_pg_url)[1]) == len(before)

    assert main(["workspace", "copy", str(tmp_path / "none.duckdb"), str(tmp_path / "x")]) == 2
    assert "there is no workspace" in capsys.readouterr().err


def test_copy_to_a_missing_database_says_create_it(
    tiny_workspace_path: Path, pg_server, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_server.url("no_such_database")
    assert main(["workspace", "copy", str(tiny_workspace_path), url]) == 2
    assert "Create an empty database first" in capsys.readouterr().err


def test_a_viewer_cannot_write(
    tiny_pg_url: str, pg_server, capsys: pytest.CaptureFixture[str]
) -> None:
    viewer = _user("viewer")
    args = ["--workspace", tiny_pg_url, "workspace", "grant", viewer, "viewer"]
    assert main(args) == 2
    assert "--create-login" in capsys.readouterr().err
    assert main([*args, "--create-login"]) == 0
    out = capsys.readouterr().out
    assert f"{viewer} is now a viewer" in out
    assert "Created the sign-in" in out

    as_viewer = pg_server.url(_db(tiny_pg_url), user=viewer)
    with open_storage(as_viewer) as ws:
        assert ws.read_only
        assert ws.role == "viewer"
        assert len(ws.load().observations) == 8
    with (
        psycopg.connect(as_viewer, autocommit=True) as con,
        pytest.raises(pg_errors.InsufficientPrivilege),
    ):
        con.execute("UPDATE observations SET value = 1 WHERE obs_id = 1")
    with open_storage(tiny_pg_url, read_only=True) as ws:
        assert ws.load().observations.loc[0, "value"] == 2.15e9


def test_grant_replaces_the_role_and_revoke_takes_it(
    tiny_pg_url: str, pg_server, capsys: pytest.CaptureFixture[str]
) -> None:
    user = _user("member")
    ws = ["--workspace", tiny_pg_url, "workspace"]
    assert main([*ws, "grant", user, "editor", "--create-login"]) == 0
    as_user = pg_server.url(_db(tiny_pg_url), user=user)
    with open_storage(as_user) as opened:
        assert opened.role == "editor"
        assert not opened.read_only
    assert main([*ws, "grant", user, "viewer"]) == 0
    assert "(was editor)" in capsys.readouterr().out
    with open_storage(as_user) as opened:
        assert opened.role == "viewer"
    assert main([*ws, "info"]) == 0
    assert f"{user} (viewer)" in capsys.readouterr().out
    assert main([*ws, "revoke", user]) == 0
    assert "no longer has a Corridor role (was viewer)" in capsys.readouterr().out
    assert _role(tiny_pg_url, user) == ""


def test_an_editor_cannot_grant(
    tiny_pg_url: str, pg_server, capsys: pytest.CaptureFixture[str]
) -> None:
    editor, other = _team(tiny_pg_url, "editor")
    capsys.readouterr()

    as_editor = pg_server.url(_db(tiny_pg_url), user=editor)
    assert main(["--workspace", as_editor, "workspace", "grant", other, "editor"]) == 2
    err = capsys.readouterr().err
    assert "only an admin" in err
    assert f"signed in as {editor}, an editor" in err
    # the server refuses the same, whatever a client does
    with (
        psycopg.connect(as_editor, autocommit=True) as con,
        pytest.raises(pg_errors.InsufficientPrivilege),
    ):
        con.execute(f"GRANT corridor_editor TO {other}")
    assert _role(tiny_pg_url, other) == "viewer"


def test_an_admin_who_is_not_a_superuser_can_grant(
    tiny_pg_url: str, pg_server, capsys: pytest.CaptureFixture[str]
) -> None:
    admin, other = _team(tiny_pg_url, "admin")
    as_admin = ["--workspace", pg_server.url(_db(tiny_pg_url), user=admin), "workspace"]
    assert main([*as_admin, "grant", other, "editor"]) == 0
    assert main([*as_admin, "revoke", admin]) == 2
    assert "does not change their own role" in capsys.readouterr().err
    assert _role(tiny_pg_url, other) == "editor"
    assert _role(tiny_pg_url, admin) == "admin"


def test_grant_needs_a_server_workspace(
    tiny_workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--workspace", str(tiny_workspace_path), "workspace", "grant", "bob", "viewer"]
    assert main(args) == 2
    assert "a workspace file has no roles" in capsys.readouterr().err


def test_info_of_a_file_and_of_a_server(
    tiny_workspace_path: Path, tiny_pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--workspace", str(tiny_workspace_path), "workspace", "info"]) == 0
    out = capsys.readouterr().out
    assert "workspace file" in out
    assert "8 observations" in out
    assert "Schema version:" in out
    assert main(["workspace", "info", "--workspace", tiny_pg_url]) == 0
    out = capsys.readouterr().out
    assert "PostgreSQL server" in out
    assert "corridor_test, admin" in out
    assert "8 observations" in out
