"""A shared PostgreSQL server for the province's board (issue #22): setting it up, moving a file in.

* :func:`initialise` builds the schema in the empty database the IT staff created and seeds the
  directory and the plan (``server init``);
* :func:`import_file` moves an office's SQLite database into the server (``server import-file``),
  see :mod:`hagiang_desktop.services.server_import`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from hagiang_desktop.services.workspace import open_workspace
from hagiang_desktop.storage import migrate
from hagiang_desktop.storage.location import ServerLocation
from hagiang_desktop.storage.models import Unit
from hagiang_desktop.storage.search import byte_order_problem


@dataclass(frozen=True)
class InitReport:
    """What ``server init`` found and did.

    Attributes:
        revision: the schema revision the database is at now.
        units: the units in the directory.
        created: whether the schema was built now (False: it was there already).
    """

    revision: str
    units: int
    created: bool


class ServerSetupProblem(Exception):
    """The server database is not set up as the program needs; nothing was created.

    Attributes:
        code: ``collation`` (the database does not compare text byte by byte).
        detail: what was found.
    """

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def initialise(location: ServerLocation) -> InitReport:
    """Build the schema in an empty server database and seed the directory and plan.

    Run again on a database already set up, it changes nothing (or brings an older schema to
    the newest revision) and says so.

    Args:
        location: the server database (it must exist; the IT staff create it).

    Returns:
        What was done.

    Raises:
        hagiang_desktop.storage.errors.DatabaseOpenError: the server cannot be reached, the
            database is another program's, or comes from a newer program.
        ServerSetupProblem: the database was created with a collation other than ``C.UTF-8``.
    """
    _check_collation(location)
    ws = open_workspace(location, initialise=False) if _has_schema(location) else None
    created = ws is None
    if ws is None:
        ws = open_workspace(location, initialise=True)
    try:
        with ws.reading() as session:
            units = int(session.scalar(select(func.count()).select_from(Unit)) or 0)
        return InitReport(migrate.current_revision(ws.db.engine) or "", units, created)
    finally:
        ws.close()


def _check_collation(location: ServerLocation) -> None:
    from hagiang_desktop.storage.db import make_engine

    engine = make_engine(location)
    try:
        problem = byte_order_problem(engine)
    except SQLAlchemyError:
        return  # cannot reach it: opening it next says why, in the clerk's words
    finally:
        engine.dispose()
    if problem is not None:
        raise ServerSetupProblem("collation", problem)


def _has_schema(location: ServerLocation) -> bool:
    from hagiang_desktop.storage.db import make_engine

    engine = make_engine(location)
    try:
        has_tables, _revision = migrate.server_state(engine)
    except SQLAlchemyError:  # opening again below turns it into our message
        return False
    finally:
        engine.dispose()
    return has_tables
