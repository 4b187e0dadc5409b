"""Who may do what in a PostgreSQL workspace: the admins' side of the three group roles
of :mod:`postgres_sql` (``corridor_viewer``, ``corridor_editor``, ``corridor_admin``).

A user holds exactly one of them: granting a role first removes the others, and an admin
gets each role with ADMIN OPTION, so that a new admin can grant roles in turn without
being a superuser. Only an admin of the workspace may change roles; the server enforces
the same (membership needs ADMIN OPTION), these checks only word the refusal first.

The roles are the server's, not one database's: the grants made when a workspace is
created give the same three roles their rights there, so a role granted here holds in
every Corridor workspace on the same server.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql as pgsql

from app.services.storage.errors import ReadOnlyError, WorkspaceError, first_line
from app.services.storage.postgres_backend import PostgresStorage
from app.services.storage.postgres_changes import CONNECT_TIMEOUT
from app.services.storage.postgres_sql import ROLE_NAMES, ROLES


@dataclass(frozen=True)
class RoleChange:
    """What a grant or revoke did."""

    user: str
    #: 'viewer', 'editor', 'admin'; '' when revoked
    role: str
    #: the role before ('' for none)
    before: str
    #: True when the sign-in was created by this change
    created: bool = False
    superuser: bool = False

    def lines(self) -> list[str]:
        out = []
        if self.created:
            out.append(
                f"Created the sign-in {self.user} (no password yet: an administrator of the "
                f"server sets one, e.g. \\password {self.user} in psql)."
            )
        was = f" (was {self.before})" if self.before else ""
        if self.role:
            out.append(f"{self.user} is now {_article(self.role)} {self.role}{was}.")
        else:
            out.append(f"{self.user} no longer has a Corridor role{was}.")
        if self.superuser:
            out.append(
                f"{self.user} is a superuser of the server: a superuser can do anything, "
                "whatever the role."
            )
        return out


def _article(role: str) -> str:
    return "an" if role[0] in "aeiou" else "a"


def grant_role(conninfo: str, user: str, role: str, create_login: bool = False) -> RoleChange:
    """Make ``user`` a viewer, editor or admin of the workspace at ``conninfo`` (and of
    every Corridor workspace on that server). Raises :class:`WorkspaceError` with the
    reason when the signed-in user is not an admin, ``user`` does not exist (and
    ``create_login`` is not set), or the server refuses."""
    if role not in ROLE_NAMES:
        raise WorkspaceError(f"{role!r} is not a role: choose viewer, editor or admin")
    with _as_admin(conninfo, f"make {user} {_article(role)} {role}") as (con, me, where):
        _not_yourself(user, me)
        refused = _refused(f"could not make {user} {_article(role)} {role} on {where}")
        with refused, con.transaction():
            found = _login(con, user)
            created = False
            if found is None:
                if not create_login:
                    raise WorkspaceError(
                        f"there is no user {user} on {where}. Check the name, or add "
                        "--create-login to create the sign-in. Nothing was changed."
                    )
                con.execute(pgsql.SQL("CREATE ROLE {} LOGIN").format(pgsql.Identifier(user)))
                created = True
                found = False
            before = role_of(con, user) if not created else ""
            _drop_memberships(con, user)
            names = (ROLE_NAMES["admin"], *ROLES[:2]) if role == "admin" else (ROLE_NAMES[role],)
            option = " WITH ADMIN OPTION" if role == "admin" else ""
            con.execute(
                pgsql.SQL("GRANT {} TO {}" + option).format(
                    pgsql.SQL(", ").join(pgsql.Identifier(n) for n in names),
                    pgsql.Identifier(user),
                )
            )
            _check_left(con, user, set(names))
        return RoleChange(user, role, before, created, bool(found))


def revoke_roles(conninfo: str, user: str) -> RoleChange:
    """Take every Corridor role from ``user`` (their sign-in stays)."""
    with _as_admin(conninfo, f"take {user}'s role away") as (con, me, where):
        _not_yourself(user, me)
        with _refused(f"could not take {user}'s role away on {where}"), con.transaction():
            found = _login(con, user)
            if found is None:
                raise WorkspaceError(f"there is no user {user} on {where}. Nothing was changed.")
            before = role_of(con, user)
            _drop_memberships(con, user)
            _check_left(con, user, set())
        return RoleChange(user, "", before, superuser=bool(found))


def team(conninfo: str) -> list[tuple[str, str]]:
    """(user, role) of every sign-in holding a Corridor role on the server, by name."""
    with _connected(conninfo) as con:
        rows = con.execute(
            "SELECT DISTINCT u.rolname FROM pg_auth_members m "
            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
            "WHERE g.rolname = ANY(%s) AND NOT (u.rolname = ANY(%s)) ORDER BY 1",
            [list(ROLES), list(ROLES)],
        ).fetchall()
        return [(str(name), role_of(con, str(name))) for (name,) in rows]


def role_of(con: psycopg.Connection[Any], user: str) -> str:
    """'admin', 'editor', 'viewer' or '' — the highest role ``user`` holds."""
    for role in ("admin", "editor", "viewer"):
        row = con.execute(
            "SELECT pg_has_role(%s, %s, 'MEMBER')", [user, ROLE_NAMES[role]]
        ).fetchone()
        if row and row[0]:
            return role
    return ""


# --- private ------------------------------------------------------------------------------


@contextlib.contextmanager
def _connected(conninfo: str) -> Iterator[psycopg.Connection[Any]]:
    try:
        con = psycopg.connect(
            conninfo,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT,
            application_name="Corridor",
        )
    except psycopg.Error as exc:
        raise WorkspaceError(f"could not connect to the server: {first_line(exc)}") from exc
    try:
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def _as_admin(conninfo: str, what: str) -> Iterator[tuple[psycopg.Connection[Any], str, str]]:
    """(connection, signed-in user, where) when the signed-in user is an admin of the
    workspace at ``conninfo``; otherwise ReadOnlyError saying who they are."""
    with PostgresStorage.open(conninfo, read_only=True) as ws:
        me, role, where = ws.user, ws.role, ws.location
    if role != "admin":
        raise ReadOnlyError(
            f"only an admin of {where} may {what}; you are signed in as {me}, "
            f"{_article(role)} {role}. Nothing was changed."
        )
    with _connected(conninfo) as con:
        yield con, me, where


@contextlib.contextmanager
def _refused(what: str) -> Iterator[None]:
    try:
        yield
    except pg_errors.InsufficientPrivilege as exc:
        raise ReadOnlyError(
            f"{what}: the server refused ({first_line(exc)}). Nothing was changed."
        ) from exc
    except psycopg.Error as exc:
        raise WorkspaceError(f"{what}: {first_line(exc)}. Nothing was changed.") from exc


def _not_yourself(user: str, me: str) -> None:
    if user == me:
        raise WorkspaceError(
            f"you are {me}: an admin does not change their own role (another admin can). "
            "Nothing was changed."
        )


def _login(con: psycopg.Connection[Any], user: str) -> bool | None:
    """None when there is no such role; else whether it is a superuser. Corridor's group
    roles are not users."""
    if user in ROLES:
        raise WorkspaceError(f"{user} is one of Corridor's group roles, not a user")
    row = con.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", [user]).fetchone()
    return None if row is None else bool(row[0])


def _memberships(con: psycopg.Connection[Any], user: str) -> set[str]:
    """The Corridor roles ``user`` was granted directly."""
    rows = con.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s AND g.rolname = ANY(%s)",
        [user, list(ROLES)],
    ).fetchall()
    return {str(r[0]) for r in rows}


def _drop_memberships(con: psycopg.Connection[Any], user: str) -> None:
    held = sorted(_memberships(con, user))
    if held:
        con.execute(
            pgsql.SQL("REVOKE {} FROM {}").format(
                pgsql.SQL(", ").join(pgsql.Identifier(n) for n in held), pgsql.Identifier(user)
            )
        )


def _check_left(con: psycopg.Connection[Any], user: str, wanted: set[str]) -> None:
    """Raise (rolling the transaction back) when a membership the server kept is not the
    one asked for: a grant made by another admin that this one may not revoke."""
    left = _memberships(con, user) - wanted
    if left:
        raise WorkspaceError(
            f"the server kept {user} in {', '.join(sorted(left))} (granted by someone else); "
            "ask that admin or a superuser of the server"
        )
