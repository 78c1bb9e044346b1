"""The first-run set-up: the office, where the database lives, the signing key, demo or empty.

The wizard (``ui.dialogs.first_run``) only collects the answers; :func:`set_up` applies them in
one place so that the same steps run from the first start and from Settings → run it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hagiang_desktop.core.directory import default_directory_paths, load_directory
from hagiang_desktop.core.vntext import sort_key
from hagiang_desktop.services import keys, letterhead
from hagiang_desktop.services.demo import create_demo_database
from hagiang_desktop.services.scope import set_office
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import (
    DatabaseLocation,
    Workspace,
    open_workspace,
    same_location,
    user_data_dir,
)

#: The practice file the demo data goes into, beside (never inside) the office's own database.
DEMO_DB_NAME = "hagiang-demo.sqlite3"


def demo_db_path() -> Path:
    """Return the demo database's file in the user data folder."""
    return user_data_dir() / DEMO_DB_NAME


@dataclass(frozen=True)
class FirstRunChoice:
    """The wizard's answers.

    Attributes:
        office_code: the unit this computer works for.
        db_path: the office's database file (created when missing), or the server the window
            has open when the wizard runs again there (#22).
        passphrase: create the signing identity now with this passphrase; None for later.
        demo: open the demo data (a separate practice file) instead of the office's database.
        signer_name: who signs the list and the covering letter ("" to leave it for later).
        head_name: the office's head, who signs the key form ("" to leave it for later).
    """

    office_code: str
    db_path: DatabaseLocation
    passphrase: str | None = None
    demo: bool = False
    signer_name: str = ""
    head_name: str = ""


def directory_units(as_of: date) -> list[UnitRow]:
    """Return the bundled directory's units valid on ``as_of``, before any database exists.

    The ids are placeholders (0): the first-run office list shows names, codes and kinds only.
    """
    directory = load_directory(*default_directory_paths())
    rows = [
        UnitRow(
            id=0,
            code=u.code,
            name=u.name,
            kind=u.kind,
            parent_id=None,
            parent_code=u.parent_code,
            valid_from=u.valid_from,
            valid_to=u.valid_to,
            short_name=u.short_name,
        )
        for u in directory.units
    ]
    return sorted((r for r in rows if r.is_valid_on(as_of)), key=lambda r: sort_key(r.name))


def set_up(choice: FirstRunChoice, open_ws: Workspace | None = None) -> DatabaseLocation:
    """Apply the wizard's answers; return the database file the window should open.

    Args:
        choice: the answers.
        open_ws: the workspace the window has open, used as is when it is ``choice.db_path``
            (the wizard run again from Settings); any other file is opened and closed here.

    Returns:
        ``choice.db_path``, or the demo file when the demo was chosen.

    Raises:
        KeyError: no unit has the office's code.
        hagiang_desktop.services.keys.KeyProblem: the passphrase is too short.
        hagiang_desktop.storage.errors.DatabaseOpenError: the file cannot be opened or created.
    """
    same = open_ws is not None and same_location(open_ws.db.path, choice.db_path)
    ws = open_ws if same and open_ws is not None else open_workspace(choice.db_path)
    try:
        set_office(ws, choice.office_code)
        if choice.signer_name.strip():
            for document in ("list", "letter"):
                letterhead.set_values(ws, {"signer_name": choice.signer_name}, document)
        if choice.head_name.strip():
            letterhead.set_values(ws, {"signer_name": choice.head_name}, "key-form")
        if choice.passphrase is not None and keys.active_identity(ws) is None:
            keys.create_identity(ws, choice.passphrase)
    finally:
        if not same:
            ws.close()
    if not choice.demo:
        return choice.db_path
    demo = demo_db_path()
    if not demo.exists():
        create_demo_database(demo).close()
    return demo
