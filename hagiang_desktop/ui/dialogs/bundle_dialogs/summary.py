"""What a bundle will carry, shown before the passphrase is asked (issue #17)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.ui.dialogs.bundle_dialogs.keys import PassphraseDialog
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import status_label

if TYPE_CHECKING:  # services.bundles loads the exporters: only when a bundle is made (#11)
    from hagiang_desktop.services.bundle_summary import BundleSummary


def bundle_summary_text(summary: BundleSummary, target: Path | None = None) -> str:
    """Describe what a bundle will carry, in the clerk's words (a few lines of plain text).

    Args:
        summary: what the bundle would carry.
        target: the file it will be written to, if chosen.
    """
    # Each text written out in full: lupdate only finds literal strings (#17).
    if summary.supplement:
        kind = QCoreApplication.translate("bundles", "Supplement bundle")
    else:
        kind = QCoreApplication.translate("bundles", "Bundle of the whole list")
    count = QCoreApplication.translate("bundles", "%1 models in all:")
    lines = [f"{kind}: {summary.sender} → {summary.recipient}", fill(count, summary.total)]
    parts = [
        (summary.new, QCoreApplication.translate("bundles", "%1 selected, sent for the first time")),
        (
            summary.changed,
            QCoreApplication.translate("bundles", "%1 changed since they were sent, sent again"),
        ),
        (summary.resent, QCoreApplication.translate("bundles", "%1 sent before, carried again")),
    ]
    lines += ["  • " + fill(text, n) for i, (n, text) in enumerate(parts) if n or i == 0]
    if summary.late:
        late = QCoreApplication.translate(
            "bundles", "of them %1 received after the deadline (marked “bổ sung”)"
        )
        lines.append("  • " + fill(late, summary.late))
    lines.append(fill(QCoreApplication.translate("bundles", "Files: %1"), ", ".join(summary.files)))
    if target is not None:
        lines.append(fill(QCoreApplication.translate("bundles", "Written to: %1"), target))
    after = QCoreApplication.translate(
        "bundles", "After signing, the models sent for the first time or again are marked “%1”."
    )
    lines.append(fill(after, status_label("submitted")))
    return "\n".join(lines)


class BundleSummaryDialog(PassphraseDialog):
    """Show what a bundle will carry and ask for the passphrase before anything changes (#17).

    A wrong passphrase brings the same dialog back with a note (:meth:`show_problem`), the file
    and the summary kept: the clerk types it again instead of starting over.

    Args:
        summary: what the bundle would carry now.
        target: the file it will be written to.
    """

    def __init__(
        self, summary: BundleSummary, target: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("bundles", "Build the signed bundle"),
            bundle_summary_text(summary, target),
            parent=parent,
        )
        self.setObjectName("bundleSummary")
        self.summary = summary
        self.problem = QLabel(self, objectName="bundleProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.problem.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("bundles", "&Sign and build"))
        ok.setObjectName("signAndBuild")
        if summary.total == 0:
            self.problem.setText(QCoreApplication.translate("bundles", "No nomination is selected to send."))
            self.problem.show()
            self.first.setEnabled(False)
        self._check()
        # Tall enough for every wrapped line of the summary: sized from sizeHint() alone the
        # dialog cut its first and last lines off (seen at 11 pt, #17).
        width = 640
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    def _check(self) -> None:
        super()._check()
        if getattr(self, "summary", None) is not None and self.summary.total == 0:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def show_problem(self, text: str) -> None:
        """Show why the last try failed, and let the clerk type the passphrase again."""
        self.problem.setText(text)
        self.problem.show()
        self.first.clear()
        self.first.setFocus()
