"""Dialogs of the signing key, the bundles and the province's inbox (issue #7).

They only show and collect; every action goes through :mod:`hagiang_desktop.ui.actions.bundles`,
which calls the services.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.vntext import VN_TZ, format_date_short
from hagiang_desktop.services.keys import MIN_PASSPHRASE, IdentityRow
from hagiang_desktop.ui.fit import fit_to_screen
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import status_label
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel, RowT
from hagiang_desktop.ui.models.sort_proxy import PythonSortProxy

if TYPE_CHECKING:  # services.bundles loads the exporters: only when a bundle is made (#11)
    from hagiang_desktop.services.bundle_summary import BundleSummary
    from hagiang_desktop.services.bundles import ReturnableRow, SenderRow, TrustedRow


def fingerprint_label(fingerprint: str, parent: QWidget | None = None) -> QLabel:
    """Show a fingerprint as four lines of four groups, fixed width, selectable."""
    groups = fingerprint.split()
    label = QLabel("\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)), parent)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("fingerprint")
    return label


def _close_box(parent: QDialog, *actions: QPushButton) -> QDialogButtonBox:
    """Build a Close button box with ``actions`` beside it; Close rejects the dialog."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent)
    for button in actions:
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    box.rejected.connect(parent.reject)
    return box


class PassphraseDialog(QDialog):
    """Ask for the signing key's passphrase; a new one is typed twice and must be long enough.

    Args:
        title: the window title.
        prompt: what the passphrase is for.
        confirm: ask twice and enforce the minimum length (a new passphrase).
    """

    def __init__(
        self, title: str, prompt: str, *, confirm: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._confirm = confirm
        self.first: QLineEdit = QLineEdit(self, objectName="passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self, objectName="passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self, objectName="passphraseHint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("bundles", "Passphrase:"), self.first)
        if confirm:
            form.addRow(QCoreApplication.translate("bundles", "Type it again:"), self.second)
        else:
            self.second.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(prompt, self, objectName="passphrasePrompt")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()
        self.resize(460, self.sizeHint().height())

    def _check(self) -> None:
        text = self.first.text()
        ok = bool(text)
        hint = ""
        if self._confirm:
            # The rule stays in view while the clerk types, not only until it is met (#17).
            hint = fill(
                QCoreApplication.translate(
                    "bundles", "At least %1 characters. Write it down and keep it apart from the computer."
                ),
                MIN_PASSPHRASE,
            )
            if len(text) < MIN_PASSPHRASE:
                ok = False
            elif text != self.second.text():
                ok = False
                hint += " " + QCoreApplication.translate(
                    "bundles", "The two passphrases are not the same yet."
                )
        self.hint.setText(hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def done(self, result: int) -> None:
        """Close as a dialog; embedded in the wizard there is nothing to close (Qt override)."""
        if self.isWindow():
            super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Embedded in the wizard, Enter goes on to its Next and Esc does nothing (Qt override)."""
        if not self.isWindow() and event.key() == Qt.Key.Key_Escape:
            event.accept()  # QDialog would hide the embedded fields
            return
        if not self.isWindow() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # to the wizard, whose default button is Next
            return
        super().keyPressEvent(event)

    def passphrase(self) -> str:
        """Return the passphrase typed."""
        return self.first.text()


class FingerprintDialog(QDialog):
    """Show the office's certificate and its fingerprint, with the form and export buttons.

    Attributes:
        print_button: shows the fingerprint form in the print preview.
        form_button: saves the one-page fingerprint form (PDF).
        export_button: exports the certificate (PEM).
    """

    def __init__(self, identity: IdentityRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("bundles", "Signing certificate"))
        created = identity.created_at.astimezone(VN_TZ).date()
        info = QFormLayout()
        info.addRow(QCoreApplication.translate("bundles", "Office:"), QLabel(identity.unit_name, self))
        info.addRow(QCoreApplication.translate("bundles", "Unit code:"), QLabel(identity.unit_code, self))
        info.addRow(
            QCoreApplication.translate("bundles", "Created:"), QLabel(format_date_short(created), self)
        )
        explain = QLabel(
            QCoreApplication.translate(
                "bundles",
                "The province trusts bundles signed with this certificate only after comparing "
                "this SHA-256 fingerprint with the signed and sealed fingerprint form. Print the "
                "form, have it signed and sealed, and send it with the certificate.",
            ),
            self,
        )
        explain.setWordWrap(True)
        self.form_button = QPushButton(
            QCoreApplication.translate("bundles", "Save the fingerprint form (PDF)…"),
            self,
            objectName="saveForm",
        )
        self.export_button = QPushButton(
            QCoreApplication.translate("bundles", "Export the certificate…"), self, objectName="exportCert"
        )
        self.print_button = QPushButton(
            QCoreApplication.translate("bundles", "Print the form…"), self, objectName="printForm"
        )
        buttons = _close_box(self, self.print_button, self.form_button, self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(info)
        layout.addWidget(QLabel(QCoreApplication.translate("bundles", "SHA-256 fingerprint:"), self))
        layout.addWidget(
            fingerprint_label(identity.fingerprint, self), alignment=Qt.AlignmentFlag.AlignHCenter
        )
        layout.addWidget(explain)
        layout.addWidget(buttons)


def _table(
    model: RowsTableModel[Any], parent: QWidget, *, stretch: int = 0, sort: int | None = 0
) -> QTableView:
    """Build a read-only, sortable table; column ``stretch`` takes the spare width.

    ``sort`` is the column sorted at open; None keeps the rows' own order (a province's
    100,000 rows sorted through the proxy's Python comparisons held the window 16 s).
    """
    proxy = PythonSortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setResizeContentsPrecision(100)  # widths from the first rows, not from every row
    if sort is None:
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    if sort is not None:
        view.sortByColumn(sort, Qt.SortOrder.AscendingOrder)
    return view


def _selected_row(view: QTableView, model: RowsTableModel[RowT]) -> RowT | None:
    indexes = view.selectionModel().selectedRows()
    if not indexes:
        return None
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    return model.rows()[proxy.mapToSource(indexes[0]).row()]


def _status_text(status: str) -> str:
    return {
        "active": QCoreApplication.translate("bundles", "trusted"),
        "removed": QCoreApplication.translate("bundles", "no longer trusted"),
    }.get(status, status)


class TrustStoreDialog(QDialog):
    """The province's trust store: offices' certificates with fingerprint and unit.

    Attributes:
        model: the table's model.
        import_button: imports a certificate (.pem).
        remove_button: stops trusting the selected certificate.
    """

    def __init__(self, rows: Sequence[TrustedRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("bundles", "Trusted certificates"))
        self.model: RowsTableModel[TrustedRow] = RowsTableModel(
            [
                Column(QCoreApplication.translate("bundles", "Unit code"), lambda r: r.unit_code),
                Column(
                    QCoreApplication.translate("bundles", "Subject"),
                    lambda r: r.subject.split("CN=")[-1],
                ),
                Column(QCoreApplication.translate("bundles", "SHA-256 fingerprint"), lambda r: r.fingerprint),
                Column(QCoreApplication.translate("bundles", "Status"), lambda r: _status_text(r.status)),
                Column(
                    QCoreApplication.translate("bundles", "Added"),
                    lambda r: format_date_short(r.added_at.astimezone(VN_TZ).date()),
                    sort_value=lambda r: r.added_at,
                ),
            ],
            self,
        )
        self.model.set_rows(rows)
        self.view = _table(self.model, self, stretch=1)
        self.import_button = QPushButton(
            QCoreApplication.translate("bundles", "Import a certificate…"), self, objectName="importCert"
        )
        self.remove_button = QPushButton(
            QCoreApplication.translate("bundles", "Stop trusting"), self, objectName="removeCert"
        )
        buttons = _close_box(self, self.import_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1100, 420))

    def selected(self) -> TrustedRow | None:
        """Return the selected certificate, if any."""
        return _selected_row(self.view, self.model)


def _timeliness(row: SenderRow) -> str:
    if row.on_time is None:
        if row.days_left < 0:
            return QCoreApplication.translate("bundles", "overdue, nothing received")
        return fill(QCoreApplication.translate("bundles", "not sent yet (%1 days left)"), row.days_left)
    return (
        QCoreApplication.translate("bundles", "on time")
        if row.on_time
        else QCoreApplication.translate("bundles", "late")
    )


def _own_plan(row: SenderRow) -> str:
    if row.plan_sent is None:
        return QCoreApplication.translate("bundles", "not received")
    text = _day(row.plan_sent)
    late = QCoreApplication.translate("bundles", "late")
    return text if row.plan_on_time else f"{text} – {late}"


def _timeliness_colour(row: SenderRow) -> str | None:
    if row.on_time is None:
        return "#f6d5d5" if row.days_left < 0 else None
    return "#d8f0d8" if row.on_time else "#f6d5d5"


def _day(value: object) -> str:
    return format_date_short(value) if value else ""  # type: ignore[arg-type]


class InboxDialog(QDialog):
    """The province view: which units have sent their bundle, when, how many, on time or not.

    Attributes:
        model: the table's model.
        import_button: imports a bundle.
    """

    def __init__(self, rows: Sequence[SenderRow], as_of_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("bundles", "Province inbox"))
        self.model: RowsTableModel[SenderRow] = RowsTableModel(
            [
                Column(
                    QCoreApplication.translate("bundles", "Unit"),
                    lambda r: r.name,
                ),
                Column(QCoreApplication.translate("bundles", "Sent by"), lambda r: r.sender_code or ""),
                Column(
                    QCoreApplication.translate("bundles", "Bundles"),
                    lambda r: str(r.bundles),
                    sort_value=lambda r: r.bundles,
                    numeric=True,
                ),
                Column(
                    QCoreApplication.translate("bundles", "First received"),
                    lambda r: _day(r.first_received),
                    sort_value=lambda r: r.first_received,
                ),
                Column(
                    QCoreApplication.translate("bundles", "Last received"),
                    lambda r: _day(r.last_received),
                    sort_value=lambda r: r.last_received,
                ),
                Column(
                    QCoreApplication.translate("bundles", "Nominations"),
                    lambda r: str(r.nominations),
                    sort_value=lambda r: r.nominations,
                    numeric=True,
                ),
                Column(
                    QCoreApplication.translate("bundles", "On time"),
                    _timeliness,
                    sort_value=lambda r: -1 if r.on_time is None else int(r.on_time),
                    background=_timeliness_colour,
                ),
                Column(  # IV.1: the body's own replication plan, due with its list
                    QCoreApplication.translate("bundles", "Own plan (IV.1)"),
                    _own_plan,
                    sort_value=lambda r: r.plan_sent,
                    background=lambda r: (
                        None if r.plan_on_time is None else ("#d8f0d8" if r.plan_on_time else "#fff1c2")
                    ),
                ),
            ],
            self,
        )
        self.model.set_rows(rows)
        self.view = _table(self.model, self)
        self.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # who has sent comes first
        sent = sum(1 for r in rows if r.bundles)
        summary = QLabel(
            fill(
                QCoreApplication.translate("bundles", "%1 of %2 units have sent their bundle (as of %3)."),
                sent,
                len(rows),
                as_of_text,
            ),
            self,
            objectName="inboxSummary",
        )
        self.import_button = QPushButton(
            QCoreApplication.translate("bundles", "Import a bundle…"), self, objectName="importBundle"
        )
        buttons = _close_box(self, self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1000, 560))


class ReturnDialog(QDialog):
    """Choose a nomination that came in a bundle and say why it goes back to its sender."""

    def __init__(self, rows: Sequence[ReturnableRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("bundles", "Return a nomination"))
        self.model: RowsTableModel[ReturnableRow] = RowsTableModel(
            [
                Column(
                    QCoreApplication.translate("bundles", "Name"),
                    lambda r: r.name,
                ),
                Column(QCoreApplication.translate("bundles", "Field"), lambda r: r.field_code),
                Column(
                    QCoreApplication.translate("bundles", "Registering unit"),
                    lambda r: r.unit_name,
                ),
                Column(QCoreApplication.translate("bundles", "Sent by"), lambda r: r.sender_code),
                Column(QCoreApplication.translate("bundles", "Status"), lambda r: status_label(r.status)),
            ],
            self,
        )
        self.model.set_rows(rows)
        self.view = _table(self.model, self, sort=None)  # already by sender, then name (SQL)
        self.reason = QPlainTextEdit(self, objectName="returnReason")
        self.reason.setPlaceholderText(
            QCoreApplication.translate("bundles", "Why it goes back, and what the office should fix")
        )
        self.reason.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("bundles", "Sign and save the return file…")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(QLabel(QCoreApplication.translate("bundles", "Reason:"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self._check()
        fit_to_screen(self, QSize(900, 520))

    def _check(self) -> None:
        ok = self.selected() is not None and bool(self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def selected(self) -> ReturnableRow | None:
        """Return the chosen nomination, if any."""
        return _selected_row(self.view, self.model)


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
