"""Schema migrations (Alembic), run on start with a backup first.

A database made by a newer program (its revision unknown to us) is refused untouched, so that an
older copy of the program never damages it.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNewError(Exception):
    """The database was written by a newer version of the program."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """Return the newest schema revision this program knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """Return the revision the database is at, or None for a database without our schema."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    """Return every revision this program can migrate from."""
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    """Tell whether :func:`upgrade` would change the database.

    Raises:
        SchemaTooNewError: the database comes from a newer program.
    """
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaTooNewError(current)
    return current != head_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema in one transaction per revision.

    Raises:
        SchemaTooNewError: the database comes from a newer program; nothing is changed.
    """
    if not needs_upgrade(engine):
        return
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
