"""The nominations tab's delete controller: one nomination from the form, or a selection.

It names what it is about to delete and asks; the service deletes all of them or none (another
window may have deleted one meanwhile), and the tab is told which were deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from hagiang_desktop.services import nominations as nomination_service
from hagiang_desktop.services.nominations import NominationProblem
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import status_label


class DeleteController(QObject):
    """Delete nominations after asking, all or none.

    Signals:
        deleted: the ids deleted (the tab refreshes its list and its form).
        refused: nothing was deleted because one of them was gone (the tab refreshes its list).
    """

    deleted = Signal(list)
    refused = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        """Delete in ``workspace``, asking over ``parent``."""
        super().__init__(parent)
        self._ws = workspace
        self._parent = parent

    def ask_and_delete(self, ids: list[int]) -> None:
        """Ask whether to delete ``ids`` and, if the clerk says yes, delete them all or none."""
        if ids and self._ask(ids):
            self._delete(ids)

    def _ask(self, ids: list[int]) -> bool:
        count = len(ids)
        text = self.tr("Delete %n nomination(s)? A record of each is kept in the audit log.", "", count)
        if count == 1:  # name the record, not just "1 nomination" (#17)
            detail = nomination_service.get_nomination(self._ws, ids[0])
            text = fill(
                self.tr("Delete nomination #%1 “%2” (%3)? A record of it is kept in the audit log."),
                detail.id,
                detail.data.name,
                status_label(detail.status),
            )
        answer = QMessageBox.question(
            self._parent,
            self.tr("Delete nomination"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _delete(self, ids: list[int]) -> None:
        try:
            nomination_service.delete_nominations(self._ws, ids)
        except NominationProblem as problem:
            # Another window deleted one of them meanwhile: the service deleted none.
            self.refused.emit()
            QMessageBox.warning(
                self._parent,
                self.tr("Cannot delete"),
                fill(
                    self.tr(
                        "Nomination #%1 no longer exists (it may have been deleted in another window). "
                        "Nothing was deleted; the list has been refreshed."
                    ),
                    problem.detail,
                ),
            )
            return
        self.deleted.emit(ids)
