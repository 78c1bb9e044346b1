"""The nominations tab's status controller: one nomination's status from the form, or a selection's.

A selection from the list (up to the whole province's list) is read in a worker first when it is
longer than a page, then the clerk chooses the status and the reasons in the status dialog; the
change runs in a worker behind a progress dialog, all or none (Cancel rolls it back).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.core.workflow import TransitionProblem, TransitionRequest, status_targets
from hagiang_desktop.services import nominations as nomination_service
from hagiang_desktop.services.nominations import NominationRow
from hagiang_desktop.services.progress import Cancelled
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import status_label
from hagiang_desktop.ui.models.nomination_table_model import PAGE_SIZE, NominationTableModel
from hagiang_desktop.ui.widgets.status_dialog import StatusChangeDialog
from hagiang_desktop.ui.workers import Worker, run_with_progress

#: A long selection is read this many rows per query (in a worker), with progress between.
_READ_CHUNK = 5000


@dataclass(frozen=True)
class SelectionSummary:
    """What a bulk status change needs to know of the selected rows.

    Attributes:
        ids: the nominations, in the list's order.
        statuses: the statuses among them.
        ineligible: how many do not meet every criterion.
    """

    ids: list[int]
    statuses: set[NominationStatus]
    ineligible: int


def selection_summary(rows: Iterable[NominationRow]) -> SelectionSummary:
    """Sum up selected rows (each once: two selection ranges may share rows)."""
    ids: list[int] = []
    statuses: set[NominationStatus] = set()
    ineligible = 0
    seen: set[int] = set()
    for row in rows:
        if row.id in seen:
            continue
        seen.add(row.id)
        ids.append(row.id)
        statuses.add(row.status)
        ineligible += not row.eligible
    return SelectionSummary(ids, statuses, ineligible)


def read_selection(
    read: Callable[[int, int], Sequence[NominationRow]],
    spans: list[tuple[int, int]],
    progress: Callable[[int, int], bool],
) -> SelectionSummary:
    """Read the selected rows span by span, a few thousand at a time (runs in a worker)."""
    total = sum(bottom - top + 1 for top, bottom in spans)
    rows: list[NominationRow] = []
    for top, bottom in spans:
        for start in range(top, bottom + 1, _READ_CHUNK):
            rows.extend(read(start, min(_READ_CHUNK, bottom + 1 - start)))
            if not progress(len(rows), total):
                raise Cancelled
    return selection_summary(rows)


class StatusController(QObject):
    """Change the status of nominations, all or none, asking for the status and the reasons.

    Args:
        workspace: the open database.
        table: the list (its selection is what a bulk change moves).
        model: the list's model.
        parent: the tab (the dialogs' parent).

    Signals:
        changed: ``(ids, request)`` once a change is written.

    Attributes:
        dialog: the status dialog open now, if any (tests fill it in like a clerk would).
        worker: a selection's status change, while it runs.
    """

    changed = Signal(list, object)

    def __init__(self, workspace: Workspace, table: QTableView, model: NominationTableModel, parent: QWidget):
        super().__init__(parent)
        self._ws = workspace
        self._table = table
        self._model = model
        self._widget = parent
        self.dialog: StatusChangeDialog | None = None
        self.worker: Worker | None = None

    def bulk_change_status(self) -> Worker | None:
        """Ask for a new status (and reasons) for every nomination selected in the list.

        A selection longer than a page (up to the whole province's list) is read in a worker
        first, behind a progress dialog with Cancel; the dialog opens when it has been read.

        Returns:
            The worker reading a long selection, None otherwise.
        """
        selection = self._table.selectionModel().selection()
        spans = [(r.top(), r.bottom()) for r in selection]  # type: ignore[attr-defined]  # iterable; stubs
        count = sum(bottom - top + 1 for top, bottom in spans)
        if count <= PAGE_SIZE:  # the rows are at hand: at most a page or two to fetch
            rows = [
                r for i in self._table.selectionModel().selectedRows() if (r := self._model.row_at(i.row()))
            ]
            self._ask(selection_summary(rows))
            return None
        read = self._model.span_reader()
        worker = run_with_progress(
            self._widget,
            self.tr("Change the status"),
            self.tr("Reading the %n selected nomination(s)…", "", count),
            lambda progress: read_selection(read, spans, progress),
        )
        worker.succeeded.connect(self._ask)
        worker.failed.connect(self._failed)
        return worker

    def _ask(self, summary: SelectionSummary) -> None:
        if not summary.ids:
            return
        self.open_dialog(summary.ids, status_targets(summary.statuses), summary.ineligible, None)

    def open_dialog(
        self,
        ids: list[int],
        targets: list[NominationStatus],
        ineligible: int,
        preset: NominationStatus | None,
    ) -> None:
        """Open the status dialog for ``ids``: the statuses they may all move to, reasons asked."""
        dialog = StatusChangeDialog(targets, len(ids), ineligible, preset, self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply(ids, dialog.request()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def apply(self, ids: list[int], request: TransitionRequest) -> Worker | None:
        """Change the status of nominations, all or none.

        One nomination (the form's buttons) changes at once. A selection from the list changes
        in a worker behind a progress dialog (thousands of rows take seconds); its Cancel rolls
        the whole change back.

        Returns:
            The worker for a selection, None for one nomination.
        """
        if len(ids) == 1:
            try:
                nomination_service.change_status(self._ws, ids, request)
            except TransitionProblem as problem:
                self._refused(problem)
            else:
                self.changed.emit(ids, request)
            return None
        ws = self._ws
        worker = run_with_progress(
            self._widget,
            self.tr("Change the status"),
            self.tr(
                "Changing the status of %n nomination(s)…\nCancel stops it: then no status changes.",
                "",
                len(ids),
            ),
            lambda progress: nomination_service.change_status(ws, ids, request, progress=progress),
        )
        worker.succeeded.connect(lambda _none: self.changed.emit(ids, request))
        worker.failed.connect(self._failed)
        worker.done.connect(lambda: setattr(self, "worker", None))
        self.worker = worker
        return worker

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, TransitionProblem):
            raise error  # a bug, not a refusal: the crash handler reports it, as before the worker
        self._refused(error)

    def _refused(self, problem: TransitionProblem) -> None:
        texts = {
            "not_allowed": self.tr("This status change is not allowed from “%1”."),
            "reason_required": self.tr("A returned or changed nomination needs a reason."),
            "override_required": self.tr(
                "A nomination that does not meet every criterion can be selected only with an "
                "override reason."
            ),
        }
        text = fill(texts.get(problem.code, problem.code), status_label(problem.from_status))
        QMessageBox.warning(self._widget, self.tr("Cannot change the status"), text)
