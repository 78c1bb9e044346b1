"""Schema revisions declared without Alembic agree with Alembic's own view (#11: start-up stays light)."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from hagiang_desktop.storage import migrate

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.sqlite3"


def test_head_and_known_revisions_are_alembics() -> None:
    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {script.revision for script in scripts.walk_revisions()}
    oldest_first = [script.revision for script in scripts.walk_revisions()][::-1]
    assert list(migrate.REVISIONS) == oldest_first


def test_current_revision_is_alembics(tmp_path: Path, workspace) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE, old)
    files = {"0001_baseline": old, None: tmp_path / "empty.sqlite3"}
    for expected, path in files.items():
        engine = create_engine(f"sqlite:///{path}")
        with engine.connect() as conn:
            alembics = MigrationContext.configure(conn).get_current_revision()
        assert migrate.current_revision(engine) == alembics == expected
        engine.dispose()
    assert migrate.current_revision(workspace.db.engine) == migrate.head_revision()
