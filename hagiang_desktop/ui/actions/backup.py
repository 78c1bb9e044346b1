"""File → Back up now… / Restore from a backup…: the clerk's own copies (a USB stick)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from hagiang_desktop.services import maintenance
from hagiang_desktop.services.maintenance import BackupError
from hagiang_desktop.services.nominations import NominationProblem
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.services.workspace import OFFICE_UNIT, Workspace, get_setting
from hagiang_desktop.ui import prefs
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from hagiang_desktop.ui.workers import Worker, run_with_progress

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost


def _workspace(window: ActionHost) -> Workspace:
    return window.workspace


def _refresh(window: ActionHost, ws: Workspace) -> None:
    """Show the restored data: the tree, and the scoped tabs (the office may differ)."""
    window.units_tab.refresh()
    window.set_scope(office_scope(ws))


def install(window: ActionHost) -> None:
    """Add the backup actions to the File menu, before Quit."""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)  # the stubs type QAction.menu() as a QObject
    # Qt inserts before None at the end; the stubs want an action, hence the ignores below.
    quit_action = file_menu.actions()[-1] if file_menu.actions() else None
    backup = QAction(QCoreApplication.translate("backup", "&Back up now…"), window, objectName="backupNow")
    backup.triggered.connect(lambda _checked=False: back_up_now(window))
    restore = QAction(
        QCoreApplication.translate("backup", "&Restore from a backup…"), window, objectName="restoreBackup"
    )
    restore.triggered.connect(lambda _checked=False: restore_from(window))
    restore.setEnabled(not _workspace(window).db.read_only)
    purge = QAction(
        QCoreApplication.translate("backup", "&Purge the personal data of the selected nominations…"),
        window,
        objectName="purgeNominations",
    )
    purge.triggered.connect(lambda _checked=False: purge_selected(window))
    purge.setEnabled(not _workspace(window).db.read_only)
    file_menu.insertAction(quit_action, backup)  # type: ignore[arg-type]
    file_menu.insertAction(quit_action, restore)  # type: ignore[arg-type]
    file_menu.insertSeparator(quit_action)  # type: ignore[arg-type]
    file_menu.insertAction(quit_action, purge)  # type: ignore[arg-type]
    check = QAction(
        QCoreApplication.translate("backup", "Chec&k the database…"), window, objectName="checkDatabase"
    )
    check.triggered.connect(lambda _checked=False: check_database(window))
    file_menu.insertAction(quit_action, check)  # type: ignore[arg-type]
    file_menu.insertSeparator(quit_action)  # type: ignore[arg-type]


def check_database(window: ActionHost) -> None:
    """Run the full check (integrity, foreign keys, the program's rules) in a worker; show the result."""
    ws = _workspace(window)
    worker = run_with_progress(
        window,
        QCoreApplication.translate("backup", "Check the database"),
        QCoreApplication.translate("backup", "Checking every page and record…"),
        lambda _progress: maintenance.check_database(ws.db.path),
    )
    worker.succeeded.connect(lambda report: _show_report(window, report))
    worker.failed.connect(lambda error: _backup_failed(window, error))
    window.check_worker = worker  # type: ignore[attr-defined]  # tests wait on it


def _show_report(window: ActionHost, report: maintenance.CheckReport) -> None:
    if _workspace(window).is_server:
        _show_server_report(window, report)
        return
    if report.ok:
        QMessageBox.information(
            window,
            QCoreApplication.translate("backup", "Check the database"),
            QCoreApplication.translate(
                "backup",
                "The database passed every check: file integrity, links between records, the plan's rules.",
            ),
        )
        return
    if report.checks == ("access",):  # a permission problem, not damage: never advise a restore
        QMessageBox.warning(
            window,
            QCoreApplication.translate("backup", "Check the database"),
            fill(
                QCoreApplication.translate(
                    "backup",
                    "The file cannot be read here (%1). This is a permission or read-only media problem, "
                    "not damage: do not restore a backup. Copy the file to the computer's disk, or ask the "
                    "IT staff for access.",
                ),
                report.findings[0].detail,
            ),
        )
        return
    lines = [f"{f.code}: {f.detail}" for f in report.findings[:20]]
    QMessageBox.warning(
        window,
        QCoreApplication.translate("backup", "Check the database"),
        fill(
            QCoreApplication.translate(
                "backup",
                "%1 problem(s) found. Back up the file, then restore the latest good backup "
                "or ask the IT staff:",
            ),
            len(report.findings),
        )
        + "\n\n"
        + "\n".join(lines),
    )


def _show_server_report(window: ActionHost, report: maintenance.CheckReport) -> None:
    """Say what was checked on a server: the program's rules and the search index.

    The server keeps its own pages and links sound, and IT staff keep its backups: a file's
    "file integrity" and "restore the latest good backup" do not apply.
    """
    title = QCoreApplication.translate("backup", "Check the database")
    if report.ok:
        text = QCoreApplication.translate(
            "backup",
            "The data on the server passed every check: the program's rules and the search index. "
            "The server itself keeps its pages and the links between records sound.",
        )
        QMessageBox.information(window, title, text)
        return
    text = fill(
        QCoreApplication.translate(
            "backup",
            "%1 problem(s) found in the data on the server. Tell the IT staff, who keep the server's "
            "backups:",
        ),
        len(report.findings),
    )
    lines = [f"{f.code}: {f.detail}" for f in report.findings[:20]]
    QMessageBox.warning(window, title, text + "\n\n" + "\n".join(lines))


def purge_selected(window: ActionHost, ids: list[int] | None = None) -> Worker | None:
    """Purge the nominations selected in the Nominations tab, after a clear warning, in a worker.

    A purge (Decree 13/2023) differs from Delete: no copy stays in the audit log and the data is
    overwritten in the database file and its WAL. Backups taken before keep it until rotated.
    Each purge takes seconds on a province's file (it merges the search index and checkpoints),
    so they run off the UI thread; Cancel stops after the nomination being purged.

    Args:
        window: the main window.
        ids: the nominations; the list's selection when None.

    Returns:
        The running worker (its result: how many were purged), or None when nothing was purged.
    """
    tab = window.nominations_tab
    ids = tab.selected_ids() if ids is None else ids
    if not ids:
        QMessageBox.information(
            window,
            QCoreApplication.translate("backup", "Purge personal data"),
            QCoreApplication.translate(
                "backup", "Select the nominations to purge in the Nominations tab first."
            ),
        )
        return None
    if tab.has_unsaved_changes():
        QMessageBox.warning(
            window,
            QCoreApplication.translate("backup", "Unsaved changes"),
            QCoreApplication.translate("backup", "Save or discard the nomination form before purging."),
        )
        return None
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("backup", "Purge personal data"),
        fill(
            QCoreApplication.translate(
                "backup",
                "Permanently remove %1 nomination(s) and every copy of their data in the audit log? "
                "This cannot be undone; only their record numbers stay. Backups taken before keep the "
                "data until they are rotated out.",
            ),
            len(ids),
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    ws = _workspace(window)
    chosen = list(ids)
    worker = run_with_progress(
        window,
        QCoreApplication.translate("backup", "Purge personal data"),
        QCoreApplication.translate(
            "backup", "Purging…\nCancel stops after the nomination being purged; those done stay purged."
        ),
        lambda progress: _purge(ws, chosen, progress),
    )
    worker.succeeded.connect(lambda done: _purged(window, done))
    worker.failed.connect(_raise)
    worker.done.connect(lambda: setattr(window, "purge_worker", None))
    window.purge_worker = worker  # type: ignore[attr-defined]  # None again once ended (tests wait)
    return worker


def _purge(ws: Workspace, ids: list[int], progress: Callable[[int, int], bool]) -> int:
    """Purge one nomination after the other (each its own transaction); return how many."""
    done = 0
    for index, nomination_id in enumerate(ids):
        if not progress(index, len(ids)):
            break  # Cancel: the ones purged stay purged, the rest are untouched
        try:
            maintenance.purge_nomination(ws, nomination_id)
        except NominationProblem:
            continue  # already gone (another list was stale): nothing left to purge
        done += 1
    return done


def _raise(error: BaseException) -> None:
    raise error  # a bug, not a refusal: the crash handler reports it, as before the worker


def _purged(window: ActionHost, done: int) -> None:
    tab = window.nominations_tab
    tab.model.refresh()
    tab.new_nomination()  # the form may have shown a purged nominee
    tab.saved.emit()
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("backup", "Purged the personal data of %1 nomination(s)."), done),
        10000,
    )


def back_up_now(window: ActionHost, folder: Path | None = None) -> Path | None:
    """Ask for a folder (a USB stick) and back the database up there, verified, in a worker.

    A large database takes a few seconds to copy and check: the copy runs off the UI thread
    behind a progress dialog with Cancel (``ui.workers``); the status bar says when it is done.

    Args:
        window: the main window.
        folder: the folder; asked when None.

    Returns:
        The file the backup is being written to (it appears once verified), or None if no
        folder was chosen.
    """
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            window,
            QCoreApplication.translate("backup", "Back up to which folder?"),
            str(prefs.backup_folder() or ""),  # the folder chosen in Settings, if any
        )
        if not chosen:
            return None
        folder = Path(chosen)
    ws = _workspace(window)
    target = maintenance.backup_file_name(ws, folder)
    if ws.is_server:  # the server's own tool, not a copy of a file
        doing = QCoreApplication.translate("backup", "Backing up the data on the server (pg_dump)…")
    else:
        doing = QCoreApplication.translate("backup", "Copying and checking the database…")
    worker = run_with_progress(
        window,
        QCoreApplication.translate("backup", "Back up"),
        doing,
        lambda progress: maintenance.backup_now(ws, target=target, progress=progress),
    )
    worker.succeeded.connect(lambda made: _backed_up(window, made))
    worker.failed.connect(lambda error: _backup_failed(window, error))
    window.backup_worker = worker  # type: ignore[attr-defined]  # tests wait on it
    return target


def _backed_up(window: ActionHost, target: Path) -> None:
    window.status_bar.show_saved(
        fill(QCoreApplication.translate("backup", "Backed up and verified: %1"), target), target
    )


def _backup_failed(window: ActionHost, error: BaseException) -> None:
    if isinstance(error, BackupError):
        detail = "; ".join(error.problems[:2])
    elif isinstance(error, maintenance.ServerBackupError):  # pg_dump/pg_restore missing or refused
        detail = error.detail or error.code
    else:
        detail = type(error).__name__
    QMessageBox.warning(
        window,
        QCoreApplication.translate("backup", "Backup failed"),
        fill(
            QCoreApplication.translate(
                "backup", "The backup could not be made: %1. The database was not changed."
            ),
            detail,
        ),
    )


def restore_from(window: ActionHost, backup: Path | None = None) -> bool:
    """Ask for a backup file, confirm, and restore it over the open database.

    Args:
        window: the main window.
        backup: the backup file; asked when None.

    Returns:
        Whether the database was restored.
    """
    if window.nominations_tab.has_unsaved_changes():
        QMessageBox.warning(
            window,
            QCoreApplication.translate("backup", "Unsaved changes"),
            QCoreApplication.translate(
                "backup", "Save or discard the nomination form before restoring a backup."
            ),
        )
        return False
    ws = _workspace(window)
    if ws.is_server:
        return _restore_server(window, ws, backup)
    if backup is None:
        start = maintenance.default_backup_folder(ws.db.path)
        chosen, _filter = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("backup", "Restore which backup?"),
            str(start if start.is_dir() else ws.db.path.parent),
            QCoreApplication.translate("backup", "Backups (*.sqlite3 *.db);;All files (*)"),
        )
        if not chosen:
            return False
        backup = Path(chosen)
    other_office = False
    try:
        office = get_setting(ws, OFFICE_UNIT)
        maintenance.verify_backup(backup, office=str(office) if office else None)
    except BackupError as error:
        if error.code != "other_office":
            QMessageBox.warning(
                window,
                QCoreApplication.translate("backup", "Not a usable backup"),
                _refusal_text(error, backup),
            )
            return False
        if not _confirm_other_office(window, error):
            return False
        other_office = True
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("backup", "Restore this backup?"),
        fill(
            QCoreApplication.translate(
                "backup",
                "Replace the current data by the backup %1? Changes made since that backup will be "
                "replaced; a copy of the current file is kept first.",
            ),
            backup.name,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        maintenance.restore_workspace(ws, backup, other_office=other_office)
    except BackupError as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("backup", "Restore failed"), "; ".join(error.problems[:2])
        )
        return False
    _show_restored(window, ws, backup)
    return True


#: Why a backup is refused, by BackupError code (``%1`` is the file, ``%2`` the details).
_REFUSALS = {
    "empty": QT_TRANSLATE_NOOP(
        "backup", "%1 is empty (0 bytes), probably damaged while copying. Choose another backup."
    ),
    "not_sqlite": QT_TRANSLATE_NOOP("backup", "%1 is not a backup of this program. Choose the right file."),
    "not_ours": QT_TRANSLATE_NOOP("backup", "%1 is not a backup of this program. Choose the right file."),
    "too_new": QT_TRANSLATE_NOOP(
        "backup", "%1 was made by a newer version of the program. Install the newer version first."
    ),
    "foreign_keys": QT_TRANSLATE_NOOP(
        "backup", "%1 has broken links between records (%2). Choose another backup."
    ),
    "schema": QT_TRANSLATE_NOOP(
        "backup", "%1 was altered: its structure is not this program's (%2). Choose another backup."
    ),
    "damaged": QT_TRANSLATE_NOOP("backup", "%1 is damaged (%2). Choose another backup."),
}


def _restore_server(window: ActionHost, ws: Workspace, backup: Path | None) -> bool:
    """Restore a server's dump (pg_restore) over its data, a dump of what it replaces kept first (#22).

    Returns:
        Whether the restore started (it runs in a worker; the tabs show its data when done).
    """
    if backup is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("backup", "Restore which backup?"),
            str(prefs.backup_folder() or ""),
            QCoreApplication.translate("backup", "Server backups (*.dump);;All files (*)"),
        )
        if not chosen:
            return False
        backup = Path(chosen)
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("backup", "Restore this backup?"),
        fill(
            QCoreApplication.translate(
                "backup",
                "Replace the data on the server by the backup %1? Every clerk's changes made since that "
                "backup will be replaced; a backup of the data as it is now is kept beside it first.",
            ),
            backup.name,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    chosen_backup = backup
    worker = run_with_progress(
        window,
        QCoreApplication.translate("backup", "Restore"),
        QCoreApplication.translate("backup", "Restoring the backup on the server…"),
        lambda _progress: maintenance.restore_server(ws.db.path, chosen_backup),
    )
    worker.succeeded.connect(lambda _safety: _show_restored(window, ws, chosen_backup))
    worker.failed.connect(lambda error: _server_restore_failed(window, error))
    window.restore_worker = worker  # type: ignore[attr-defined]  # tests wait on it
    return True


def _server_restore_failed(window: ActionHost, error: BaseException) -> None:
    detail = error.detail or error.code if isinstance(error, maintenance.ServerBackupError) else str(error)
    QMessageBox.warning(
        window,
        QCoreApplication.translate("backup", "Restore failed"),
        fill(
            QCoreApplication.translate(
                "backup", "The backup could not be restored: %1. The data on the server was not changed."
            ),
            detail,
        ),
    )


def _show_restored(window: ActionHost, ws: Workspace, backup: Path) -> None:
    """Show the restored data and say where it came from."""
    _refresh(window, ws)
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("backup", "Restored from %1"), backup.name), 10000
    )


def _refusal_text(error: BackupError, backup: Path) -> str:
    source = _REFUSALS.get(error.code, _REFUSALS["damaged"])
    text = QCoreApplication.translate("backup", source)
    detail = "; ".join(error.problems[:2])
    nothing = QCoreApplication.translate("backup", "Nothing was changed.")
    return fill(text, backup, detail) + " " + nothing


def _confirm_other_office(window: ActionHost, error: BackupError) -> bool:
    theirs, ours = ([*error.problems, "", ""])[:2]
    answer = QMessageBox.warning(
        window,
        QCoreApplication.translate("backup", "Another office's backup"),
        fill(
            QCoreApplication.translate(
                "backup",
                "This backup holds the data of office %1, not of this office (%2). Restoring it replaces "
                "all of this office's data by that office's. Restore it anyway?",
            ),
            theirs,
            ours,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
