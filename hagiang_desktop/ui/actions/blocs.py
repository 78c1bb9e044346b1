"""Import ▸ Emulation blocs and clusters…: load the province's decision on its blocs (issue #24).

No blocs are shipped (``resources/units/README.md``), so this is how the filters of the three
tabs and the bloc on the consolidated list get theirs. The file is checked first (a dry run: a
few hundred rows, read on the UI thread); with an error nothing is written and the rows at fault
are listed; otherwise the clerk confirms, the groups are written in one transaction, and every
tab's bloc filter is read again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from hagiang_desktop.services import group_io, units
from hagiang_desktop.ui.dialogs.units.texts import import_error_text
from hagiang_desktop.ui.i18n import fill

if TYPE_CHECKING:
    from hagiang_desktop.ui.host import ActionHost

#: List at most this many faulty rows in the refusal (the CLI's dry run lists them all).
SHOWN_ERRORS = 12


def install(window: ActionHost) -> None:
    """Add "Emulation blocs and clusters…" to the Import menu (the directory tab's menu too)."""
    action = QAction(
        QCoreApplication.translate("blocs", "Emulation &blocs and clusters…"),
        window,
        objectName="importBlocs",
    )
    action.triggered.connect(lambda _checked=False: import_blocs(window))
    menu = window.findChild(QMenu, "importMenu")
    if menu is not None:
        menu.addSeparator()
        menu.addAction(action)
    window.units_tab.add_file_action(action)


def import_blocs(window: ActionHost, path: Path | None = None) -> bool:
    """Ask for a blocs file, check it, confirm, import it and refresh the bloc filters.

    Args:
        window: the main window.
        path: the file; asked when None.

    Returns:
        True when the groups were written.
    """
    title = QCoreApplication.translate("blocs", "Import emulation blocs and clusters")
    if path is None:
        name, _filter = QFileDialog.getOpenFileName(
            window, title, "", QCoreApplication.translate("blocs", "Blocs and clusters (*.csv *.xlsx)")
        )
        if not name:
            return False
        path = Path(name)
    ws = window.workspace
    try:
        check = group_io.import_groups(ws, path, replace=True, dry_run=True)
    except (OSError, ValueError) as error:
        QMessageBox.warning(window, title, f"{path}\n{error}")
        return False
    if check.errors:
        rows = [
            fill(
                QCoreApplication.translate("blocs", "line %1, column %2: %3 (%4)"),
                issue.line or "-",
                issue.column or "-",
                import_error_text(issue.code),
                issue.value,
            )
            for issue in check.errors[:SHOWN_ERRORS]
        ]
        more = len(check.errors) - len(rows)
        if more > 0:
            rows.append(fill(QCoreApplication.translate("blocs", "… and %1 more"), more))
        QMessageBox.warning(
            window,
            title,
            fill(
                QCoreApplication.translate(
                    "blocs", "%1 was not imported; nothing changed. Correct these rows and import it again:"
                ),
                path.name,
            )
            + "\n"
            + "\n".join(rows),
        )
        return False
    if not check.groups:
        QMessageBox.warning(
            window,
            title,
            fill(QCoreApplication.translate("blocs", "%1 lists no bloc or cluster."), path.name),
        )
        return False
    text = fill(
        QCoreApplication.translate("blocs", "Import %1 blocs and clusters with %2 member units from %3?"),
        len(check.groups),
        sum(len(g[3]) for g in check.groups),
        path.name,
    )
    listed = [f"• {name} ({len(members)})" for _code, name, _kind, members in check.groups]
    if check.removed:
        # The province's decision lists all its blocs: the ones it no longer lists go.
        listed.append(
            fill(
                QCoreApplication.translate("blocs", "Removed (not in the file): %1"), ", ".join(check.removed)
            )
        )
    answer = QMessageBox.question(window, title, text + "\n\n" + "\n".join(listed))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    done = group_io.import_groups(ws, path, replace=True)
    if done.errors:  # the file changed between the check and now
        QMessageBox.warning(
            window,
            title,
            fill(QCoreApplication.translate("blocs", "%1 was not imported; nothing changed."), path.name),
        )
        return False
    window.units_tab.reload_groups()
    window.nominations_tab.reload_groups()
    window.reload_dashboard_groups()
    count = len(units.list_groups(ws))
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("blocs", "%1 blocs and clusters loaded from %2"), count, path.name),
        8000,
    )
    return True
