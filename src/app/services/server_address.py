"""Where a team workspace is: a PostgreSQL server's address as the Connect dialog edits it.

An address is host, port, database, user and SSL mode (plus any other libpq parameter a
pasted connection string carried). It never holds a password: :meth:`ServerAddress.url`
puts one in the URL handed to :func:`app.services.storage.open_storage` (in memory only),
and :attr:`ServerAddress.label`, the address without password, is what recent-server lists
remember and what a password kept in the system keyring is filed under.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from app.services.storage.errors import WorkspaceError, first_line

SSL_MODES = ("disable", "prefer", "require", "verify-full")
DEFAULT_PORT = 5432
DEFAULT_SSL = "prefer"
#: parameters an address has fields for; any other is kept as it was pasted
_FIELDS = ("host", "port", "dbname", "user", "sslmode", "password")


@dataclass(frozen=True)
class ServerAddress:
    host: str = "localhost"
    port: int = DEFAULT_PORT
    dbname: str = ""
    user: str = ""
    sslmode: str = DEFAULT_SSL
    #: other libpq parameters of a pasted connection string (never a password)
    extra: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, text: str) -> tuple[ServerAddress, str]:
        """The address in a libpq URI or ``key=value`` string, and the password it
        carried ('' when none); WorkspaceError saying what is wrong otherwise."""
        # libpq's own parser, imported when used: the window starts without libpq
        import psycopg
        from psycopg import conninfo as pg_conninfo

        try:
            parts = pg_conninfo.conninfo_to_dict(text.strip())
        except psycopg.ProgrammingError as exc:
            raise WorkspaceError(f"not a PostgreSQL connection string: {first_line(exc)}") from exc
        port = str(parts.get("port") or DEFAULT_PORT)
        if not port.isdigit():
            raise WorkspaceError(f"the port {port!r} is not a number")
        address = cls(
            host=str(parts.get("host") or ""),
            port=int(port),
            dbname=str(parts.get("dbname") or ""),
            user=str(parts.get("user") or ""),
            sslmode=str(parts.get("sslmode") or DEFAULT_SSL),
            extra=tuple((k, str(v)) for k, v in parts.items() if k not in _FIELDS),
        )
        return address, str(parts.get("password") or "")

    def problem(self) -> str:
        """What must be filled in before connecting ('' when nothing)."""
        if not self.dbname and "service" not in dict(self.extra):
            return "Enter the name of the database that holds the workspace."
        if not 0 < self.port < 65536:
            return f"The port must be between 1 and 65535, not {self.port}."
        return ""

    def url(self, password: str = "") -> str:
        """A ``postgresql://`` URL of this address, with ``password`` when one is given."""
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        query = dict(self.extra)
        host = self.host
        if host.startswith("/"):  # a Unix socket folder goes in the query
            query["host"], host = host, ""
        elif ":" in host:  # IPv6
            host = f"[{host}]"
        port = f":{self.port}" if self.port != DEFAULT_PORT else ""
        if self.sslmode != DEFAULT_SSL:
            query["sslmode"] = self.sslmode
        tail = f"?{urlencode(query)}" if query else ""
        at = f"{auth}@" if auth else ""
        return f"postgresql://{at}{host}{port}/{quote(self.dbname, safe='')}{tail}"

    @property
    def label(self) -> str:
        """The URL without password: shown, remembered, and the keyring entry's name."""
        return self.url()

    @property
    def secret_name(self) -> str:
        """The name of this address's password in the system keyring."""
        return f"PostgreSQL {self.label}"
