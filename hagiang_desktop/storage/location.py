"""Where the office's data lives: a SQLite file (the default) or a PostgreSQL server (issue #22).

``--db`` and every storage function take a *database location*: a :class:`~pathlib.Path` for a
file, or a :class:`ServerLocation` for a server named by a libpq URL
(``postgresql://user@host:port/dbname``, or a local socket as
``postgresql://user@/dbname?host=/run/postgresql&port=5432``). The password never comes from the
command line: libpq reads ``PGPASSFILE``/``~/.pgpass``, or the program asks for it and hands it
over here (:attr:`ServerLocation.password`, never shown or logged).

Only this package knows which engine a location means; the layers above pass it along.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

#: URL schemes libpq accepts for a server.
SERVER_SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True, repr=False)
class ServerLocation:
    """A PostgreSQL database named by a libpq URL.

    Attributes:
        url: the URL as given (any libpq URL form); a password inside it is kept out of
            :meth:`label`.
        password: a password the clerk typed at a prompt (never on the command line).
    """

    url: str
    password: str | None = field(default=None, repr=False, compare=False)

    def label(self) -> str:
        """Return the URL without any password: what a clerk and a log may see."""
        parts = urlsplit(self.url)
        if parts.password is None:
            return self.url
        host = parts.netloc.rsplit("@", 1)[1]
        user = parts.username or ""
        return urlunsplit(parts._replace(netloc=f"{user}@{host}"))

    def database_name(self) -> str:
        """Return the database's name on its server (the URL's path; libpq's default is the user's)."""
        parts = urlsplit(self.url)
        return parts.path.lstrip("/") or parts.username or ""

    def has_password_in_url(self) -> bool:
        """Tell whether the URL itself carries a password (refused on the command line)."""
        return urlsplit(self.url).password is not None

    def with_password(self, password: str) -> ServerLocation:
        """Return the same location with a password typed at a prompt."""
        return replace(self, password=password)

    def __str__(self) -> str:
        return self.label()

    def __repr__(self) -> str:  # a crash log prints reprs: never a password
        return f"ServerLocation({self.label()!r})"


#: A file path (SQLite) or a server (PostgreSQL).
DatabaseLocation = Path | ServerLocation


def is_server_url(text: str) -> bool:
    """Tell whether ``text`` names a PostgreSQL server rather than a file."""
    return text.strip().lower().startswith(SERVER_SCHEMES)


def parse_location(value: str | Path | ServerLocation) -> DatabaseLocation:
    """Turn what the clerk gave (``--db``, a setting) into a database location.

    Args:
        value: a file path, a ``postgresql://`` URL, or a location already.

    Returns:
        A :class:`~pathlib.Path` or a :class:`ServerLocation`.
    """
    if isinstance(value, (Path, ServerLocation)):
        return value
    if is_server_url(value):
        return ServerLocation(value.strip())
    return Path(value)


def is_server(location: DatabaseLocation | str) -> bool:
    """Tell whether a location is a server (the file lock, probe and file backups do not apply)."""
    return isinstance(location, ServerLocation) or (isinstance(location, str) and is_server_url(location))


def same_location(first: DatabaseLocation, second: DatabaseLocation) -> bool:
    """Tell whether two locations name the same database (a file by its resolved path).

    Args:
        first: a file path or a server.
        second: a file path or a server.
    """
    if isinstance(first, Path) and isinstance(second, Path):
        return first.resolve() == second.resolve()
    return str(first) == str(second)
