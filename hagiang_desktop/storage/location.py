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
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

#: URL schemes libpq accepts for a server.
SERVER_SCHEMES = ("postgresql://", "postgres://")
#: PostgreSQL's usual port: not worth a clerk's reading.
DEFAULT_PORT = "5432"
#: Host names that mean the clerk's own computer (a socket folder, starting with "/", does too).
_THIS_MACHINE = ("", "localhost", "127.0.0.1", "::1")


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
        """Return the URL without any password: what IT staff and a log may see."""
        parts = urlsplit(self.url)
        query = parse_qsl(parts.query, keep_blank_values=True)
        kept = [(key, value) for key, value in query if key != "password"]
        if parts.password is None and len(kept) == len(query):
            return self.url
        netloc = parts.netloc
        if parts.password is not None:
            user, _, hosts = netloc.rpartition("@")
            netloc = f"{user.partition(':')[0]}@{hosts}"
        return urlunsplit(parts._replace(netloc=netloc, query=urlencode(kept, safe="/")))

    def database_name(self) -> str:
        """Return the database's name on its server (the URL's path or ``dbname``; else the user's)."""
        parts = urlsplit(self.url)
        options = dict(parse_qsl(parts.query))
        return (
            unquote(parts.path.lstrip("/"))
            or options.get("dbname", "")
            or unquote(parts.netloc.rpartition("@")[0].partition(":")[0])
            or options.get("user", "")
        )

    def servers(self) -> list[tuple[str, str]]:
        """Return the server(s) the URL names, as (host, port): ``""`` host for this machine.

        libpq takes the host and port from the URL's address part, or from its ``host=`` and
        ``port=`` options (a host starting with "/" is a socket folder on this machine), and may
        list several servers to try in turn. A port is ``""`` when it is PostgreSQL's usual 5432.
        """
        parts = urlsplit(self.url)
        options = dict(parse_qsl(parts.query))
        address = unquote(parts.netloc.rpartition("@")[2])
        hosts = options.get("host", "").split(",") if "host" in options else _hosts(address)
        ports = options.get("port", "").split(",") if "port" in options else _ports(address)
        found: list[tuple[str, str]] = []
        for number, host in enumerate(hosts or [""]):
            port = ports[number] if number < len(ports) else (ports[-1] if len(ports) == 1 else "")
            here = host.startswith("/") or host.strip("[]") in _THIS_MACHINE
            found.append(("" if here else host, "" if port in ("", DEFAULT_PORT) else port))
        return found

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


def _hosts(address: str) -> list[str]:
    """Return the host names of a URL's address part ("h1:5433,[::1]", without the user)."""
    return [_split_port(item)[0] for item in address.split(",")] if address else []


def _ports(address: str) -> list[str]:
    """Return the ports of a URL's address part, one per host ("" where none is written)."""
    return [_split_port(item)[1] for item in address.split(",")] if address else []


def _split_port(item: str) -> tuple[str, str]:
    """Split "host:port" (an IPv6 address in brackets keeps its colons)."""
    if item.startswith("["):
        host, _, rest = item.partition("]")
        return host + "]", rest.removeprefix(":")
    host, _, port = item.partition(":")
    return host, port


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
