"""A throwaway PostgreSQL cluster for the tests (issue #22): initdb + pg_ctl in a temporary folder.

The cluster listens on a Unix socket only (no TCP port to collide with), trusts local users, and
runs as an unprivileged user (PostgreSQL refuses to run as root: CI runs as root, so the cluster
runs as ``nobody`` there). Durability is off (``fsync=off``): the data is thrown away.

``HAGIANG_TEST_POSTGRESQL``: ``require`` (CI: a missing server fails the run), ``skip``, or
``auto`` (the default: the server half runs when PostgreSQL is installed, else it is skipped
with one line in the summary). ``HAGIANG_TEST_PG_BINDIR``: see :func:`find_bindir`.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

#: The PostgreSQL role the tests connect as (the cluster's superuser).
ROLE = "hagiang"
#: The database every test database is copied from (schema at head, directory seeded).
TEMPLATE = "hagiang_template"


def find_bindir() -> Path | None:
    """Return the folder holding ``initdb`` and ``pg_ctl`` (Debian's newest version first), or None.

    ``HAGIANG_TEST_PG_BINDIR`` names the folder instead (PostgreSQL built elsewhere); set empty,
    it makes the run behave as on a machine without PostgreSQL.
    """
    forced = os.environ.get("HAGIANG_TEST_PG_BINDIR")
    if forced is not None:
        folder = Path(forced)
        return folder if forced and (folder / "initdb").exists() and (folder / "pg_ctl").exists() else None
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version, reverse=True):
        if Path(candidate, "initdb").exists() and Path(candidate, "pg_ctl").exists():
            return Path(candidate)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    return None


def _version(folder: str) -> float:
    try:
        return float(Path(folder).parent.name)
    except ValueError:
        return 0.0


@dataclass
class PgCluster:
    """A running throwaway cluster.

    Attributes:
        bindir: PostgreSQL's programs.
        root: the temporary folder (data directory and socket).
        port: the port number in the socket's name.
    """

    bindir: Path
    root: Path
    port: int = 54329
    _names: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str) -> str:
        """Return the libpq URL of a database on this cluster (the local-socket form)."""
        return f"postgresql://{ROLE}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "nobody", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        """Create the cluster and start the server (about a second)."""
        for folder in (self.root, self.socket_dir):
            folder.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            for folder in (self.root, self.socket_dir):
                os.chown(folder, nobody.pw_uid, nobody.pw_gid)
        self.root.chmod(0o755)
        self._run(
            "initdb", "-D", str(self.data_dir), "-A", "trust", "-U", ROLE, "-E", "UTF8", "--locale", "C.UTF-8"
        )
        options = (
            f"-k {self.socket_dir} -p {self.port} -c listen_addresses= -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(self.data_dir), "-o", options, "-l", str(self.root / "log"), "-w", "start"
        )

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction on the ``postgres`` database."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, template: str | None = None) -> str:
        """Create an empty database (or a copy of ``template``) and return its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return self.url(name)

    def drop(self, url: str) -> None:
        """Drop a database made by :meth:`new_database` (closing any connection left open)."""
        name = url.split("/", 3)[3].split("?", 1)[0]
        with contextlib.suppress(Exception):
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


#: The file in a cluster's folder naming the test process that owns it.
OWNER = "owner.pid"


def reap_stale(bindir: Path) -> None:
    """Stop the clusters left by test runs that were killed before their teardown (a timeout, ^C).

    Only folders with an :data:`OWNER` file whose process is gone are touched: another run's
    live cluster, or one made by anything else, is left alone.
    """
    for folder in glob.glob(os.path.join(tempfile.gettempdir(), "hg-pg-*")):
        owner = Path(folder, OWNER)
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue
        if Path(f"/proc/{pid}").exists():
            continue
        PgCluster(bindir=bindir, root=Path(folder)).stop()


def start_cluster() -> PgCluster:
    """Start a cluster in a new folder under the system's temporary folder.

    The folder is short (a Unix socket's path has a limit of about 100 bytes) and readable by
    the unprivileged user the server runs as. It names this process as its owner, so that a run
    killed before its teardown has its cluster stopped by the next run (:func:`reap_stale`).
    """
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("initdb")
    reap_stale(bindir)
    root = Path(tempfile.mkdtemp(prefix="hg-pg-"))
    (root / OWNER).write_text(str(os.getpid()))
    cluster = PgCluster(bindir=bindir, root=root)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster
