"""The province's inbox: import a bundle after a preview, and the overview of who sent what."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.actions.bundles.common import open_path, problem_text, refuse
from hagiang_desktop.ui.actions.bundles.file_import import FileImportFlow
from hagiang_desktop.ui.dialogs.bundle_dialogs import InboxDialog
from hagiang_desktop.ui.i18n import QT_TRANSLATE_NOOP, fill
from hagiang_desktop.ui.workers import run_with_progress

if TYPE_CHECKING:
    from hagiang_desktop.services.bundles import ImportResult
    from hagiang_desktop.ui.host import ActionHost


def _imported_text(result: ImportResult) -> str:
    kind = (
        QCoreApplication.translate("bundles", "supplement bundle")
        if result.supplement
        else QCoreApplication.translate("bundles", "bundle")
    )
    text = fill(
        QCoreApplication.translate(
            "bundles",
            "Verified and imported the %1 number %2 of %3: %4 new, %5 updated, %6 withdrawn by the sender, "
            "%7 kept as the province decided.",
        ),
        kind,
        result.sequence,
        result.sender_name,
        result.added,
        result.updated,
        result.withdrawn,
        result.kept,
    )
    if result.renewed_from:
        text += "\n\n" + (
            fill(
                QCoreApplication.translate(
                    "bundles",
                    "The office signed with a renewed certificate (same subject, same authority as the one "
                    "bound to %1: %2). It was accepted for that unit and added to the trusted certificates; "
                    "new fingerprint %3.",
                ),
                result.sender_code,
                result.renewed_from,
                result.fingerprint,
            )
        )
    if result.conflicts:
        text += "\n\n" + _conflict_lines(result)
    if result.claims:
        text += "\n\n" + _claim_lines(result)
    return text


#: What the province derived otherwise than the sender's bundle said, by (services.bundles.Claim,
#: found) (#23); the window loads the services only when they are used.
_CLAIMS = {
    ("supplement", True): QT_TRANSLATE_NOOP(
        "bundles", "received after its deadline: stored as a supplement (the bundle said on time)"
    ),
    ("supplement", False): QT_TRANSLATE_NOOP(
        "bundles", "received on time: stored as on time (the bundle said a supplement)"
    ),
    ("eligible", True): QT_TRANSLATE_NOOP(
        "bundles", "meets every criterion: stored as eligible (the bundle said not eligible)"
    ),
    ("eligible", False): QT_TRANSLATE_NOOP(
        "bundles", "does not meet every criterion: stored as not eligible (the bundle said eligible)"
    ),
}


def _claim_lines(result: ImportResult) -> str:
    lines = [QCoreApplication.translate("bundles", "Computed here from the plan and the dates:")]
    for claim in result.claims[:_SHOWN_CONFLICTS]:
        what = QCoreApplication.translate("bundles", _CLAIMS[(claim.what, claim.found)])
        lines.append(f"• {claim.name}: {what}")
    more = len(result.claims) - _SHOWN_CONFLICTS
    if more > 0:
        lines.append(fill(QCoreApplication.translate("bundles", "… and %1 more"), more))
    return "\n".join(lines)


#: What happened to a nomination the province had decided on, by Conflict.what (``%1``: its status).
_CONFLICTS = {
    "unchanged": QT_TRANSLATE_NOOP("bundles", "%1 at the province, sent again unchanged"),
    "changed": QT_TRANSLATE_NOOP("bundles", "%1 at the province, sent again changed"),
    "left_out": QT_TRANSLATE_NOOP("bundles", "%1 at the province, left out of this bundle"),
}

#: Lines of conflicts listed in a message box (the rest is counted).
_SHOWN_CONFLICTS = 12


def _conflict_lines(result: ImportResult) -> str:
    from hagiang_desktop.ui.labels import status_label

    lines = []
    for conflict in result.conflicts[:_SHOWN_CONFLICTS]:
        what = QCoreApplication.translate("bundles", _CONFLICTS[conflict.what])
        taken = ""
        if conflict.taken:
            taken = " " + QCoreApplication.translate("bundles", "(the sender's version taken)")
        lines.append(f"• {conflict.name}: {fill(what, status_label(conflict.status))}{taken}")
    more = len(result.conflicts) - _SHOWN_CONFLICTS
    if more > 0:
        lines.append(fill(QCoreApplication.translate("bundles", "… and %1 more"), more))
    return "\n".join(lines)


class BundleImportFlow(QObject):
    """Import a bundle after a preview: the province decides on the nominations it already decided.

    The preview (the same merge, rolled back) runs in a worker. When the bundle sends again, with
    changes, nominations the province accepted or returned, the province is asked whether to take
    the sender's changed versions (they become "submitted" again) or keep its decisions; then the
    import runs in a worker. Same signals and attributes as :class:`FileImportFlow`.
    """

    finished = Signal(object)

    def __init__(self, window: ActionHost, title: str, source: Path) -> None:
        from hagiang_desktop.services import bundles

        super().__init__(window)
        self.window = window
        self.title = title
        self.source = source
        self.result: ImportResult | None = None
        self.error: str | None = None
        self.importing: FileImportFlow | None = None
        ws = window.workspace
        label = fill(QCoreApplication.translate("bundles", "Verifying %1…"), source.name)
        self.worker = run_with_progress(
            window, title, label, lambda progress: bundles.preview_bundle(ws, source, progress=progress)
        )
        self.worker.succeeded.connect(self._previewed)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(
            QCoreApplication.translate("bundles", "Import cancelled; nothing was written."), 10000
        )
        self.finished.emit(None)

    def _failed(self, error: BaseException) -> None:
        from hagiang_desktop.services.bundles import BundleProblem

        if not isinstance(error, BundleProblem):
            self.finished.emit(None)
            raise error  # a bug, not a refusal: the crash handler reports it (on this, the UI thread)
        self.error = problem_text(error)
        refuse(self.window, self.title, error)
        self.finished.emit(None)

    def _previewed(self, preview: ImportResult) -> None:
        from hagiang_desktop.services import bundles

        changed = [c.uid for c in preview.conflicts if c.what == "changed"]
        take: list[str] = []
        if changed:
            answer = QMessageBox.question(
                self.window,
                QCoreApplication.translate("bundles", "Nominations the province has decided on"),
                fill(
                    QCoreApplication.translate(
                        "bundles",
                        "This bundle touches nominations the province has already decided on:\n\n%1\n\n"
                        "Take the sender's changed versions (they become “submitted” again)? "
                        "No keeps the province's decisions.",
                    ),
                    _conflict_lines(preview),
                ),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                self.finished.emit(None)
                return
            if answer == QMessageBox.StandardButton.Yes:
                take = changed

        def importer(ws: Workspace, source: Path, progress: Any = None) -> ImportResult:
            return bundles.import_bundle(ws, source, progress=progress, take_changed=take)

        self.importing = FileImportFlow(self.window, self.title, self.source, importer, _imported_text)
        self.worker = self.importing.worker
        self.importing.finished.connect(self._imported)

    def _imported(self, result: ImportResult | None) -> None:
        self.result = result
        self.error = self.importing.error if self.importing is not None else None
        self.finished.emit(result)


def import_bundle(window: ActionHost, source: Path | None = None) -> BundleImportFlow | None:
    """Verify a bundle, preview it, let the province decide on conflicts, then merge it in a worker.

    Returns:
        The running import (its ``finished`` signal tells the result), or None if no file was chosen.
    """
    title = QCoreApplication.translate("bundles", "Import a bundle")
    filters = QCoreApplication.translate("bundles", "Bundle (*.zip)")
    source = source or open_path(window, title, filters)
    if source is None:
        return None
    return BundleImportFlow(window, title, source)


def inbox_overview(window: ActionHost) -> InboxDialog:
    """Show which units have sent their bundle, when, and whether on time (as of the dashboard's day)."""
    from hagiang_desktop.services import bundles

    as_of = window.dashboard_day()
    dialog = InboxDialog(bundles.province_view(window.workspace, as_of), format_date_short(as_of), window)

    def reload(result: ImportResult | None) -> None:
        if result is not None:
            dialog.model.set_rows(bundles.province_view(window.workspace, as_of))

    def imported() -> None:
        flow = import_bundle(window)
        if flow is not None:
            flow.finished.connect(reload)

    dialog.import_button.clicked.connect(imported)
    dialog.open()
    return dialog
