"""Settings → Letterhead and signature…: what each document the office signs prints (issue #15).

One page per kind of document (the registration list, the covering letter, the forms' receiving
line, the key form): the superior line, the issuer, the document symbol, the authority, the
signer's title and name, the recipients ("Nơi nhận", one per line). The defaults follow
Nghị định 30/2020 by the office's kind (``services.letterhead``); a preview shows the signature
block as it will be printed. The same values as ``hagiang-desktop office set``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.letterhead import AUTHORITIES, Letterhead, signature_titles
from hagiang_desktop.services import letterhead
from hagiang_desktop.services.workspace import Workspace

_TEXT_FIELDS = ("superior", "issuer", "symbol", "signer_title", "signer_name")


class LetterheadDialog(QDialog):
    """Edit the office's letterheads; :meth:`apply` (on OK) stores what changed.

    Args:
        ws: the open workspace.
    """

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letterhead and signature"))
        self._ws = ws
        self._heads = letterhead.letterheads(ws)
        self._edits: dict[str, dict[str, Any]] = {}
        self.document = QComboBox(self, objectName="letterheadDocument")
        for code, label in (
            ("list", self.tr("Registration list")),
            ("letter", self.tr("Covering letter")),
            ("forms", self.tr("Registration forms (receiving line)")),
            ("key-form", self.tr("Key form")),
        ):
            self.document.addItem(label, code)
        self.every = QCheckBox(self.tr("Apply to every document"), self, objectName="letterheadEvery")
        self.fields: dict[str, QLineEdit] = {}
        for name in _TEXT_FIELDS:
            self.fields[name] = QLineEdit(self, objectName=f"letterhead_{name}")
        self.authority = QComboBox(self, objectName="letterheadAuthority")
        for mark in AUTHORITIES:
            self.authority.addItem(f"{mark}." if mark else self.tr("(none)"), mark)
        self.recipients = QPlainTextEdit(self, objectName="letterheadRecipients")
        self.recipients.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.preview = QLabel(self, objectName="letterheadPreview")
        form = QFormLayout()
        form.addRow(self.tr("Document:"), self.document)
        form.addRow("", self.every)
        form.addRow(self.tr("Superior body (line above):"), self.fields["superior"])
        form.addRow(self.tr("Issuing body:"), self.fields["issuer"])
        form.addRow(self.tr("Document symbol:"), self.fields["symbol"])
        form.addRow(self.tr("Authority:"), self.authority)
        form.addRow(self.tr("Signer's title:"), self.fields["signer_title"])
        form.addRow(self.tr("Signer's name:"), self.fields["signer_name"])
        form.addRow(self.tr("Recipients (one per line):"), self.recipients)
        form.addRow(self.tr("Signature as printed:"), self.preview)
        note = QLabel(
            self.tr(
                "For the forms, a recipient line replaces the “Kính gửi” worked out from each "
                "unit's place in the directory."
            ),
            self,
            wordWrap=True,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._current = str(self.document.currentData())
        self._load(self._current)
        self.document.currentIndexChanged.connect(self._switch)
        for edit in self.fields.values():
            edit.textChanged.connect(self._show_preview)
        self.authority.currentIndexChanged.connect(self._show_preview)
        self.resize(640, self.sizeHint().height())

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.fields.items()}
        values["authority"] = str(self.authority.currentData())
        values["recipients"] = letterhead.parse_recipients(self.recipients.toPlainText())
        return values

    def _shown(self, document: str) -> dict[str, Any]:
        head: Letterhead = self._heads[document]
        values: dict[str, Any] = {name: getattr(head, name) for name in _TEXT_FIELDS}
        values["authority"] = head.authority
        values["recipients"] = tuple(head.recipients)
        values.update(self._edits.get(document, {}))
        return values

    def _load(self, document: str) -> None:
        values = self._shown(document)
        for name, edit in self.fields.items():
            edit.setText(str(values[name]))
        self.authority.setCurrentIndex(max(self.authority.findData(values["authority"]), 0))
        self.recipients.setPlainText("\n".join(values["recipients"]))
        self._show_preview()

    def _keep(self) -> None:
        """Remember the edits of the document shown (stored on OK)."""
        values = self._values()
        head = self._heads[self._current]
        before = {name: getattr(head, name) for name in (*_TEXT_FIELDS, "authority")}
        before["recipients"] = tuple(head.recipients)
        changed = {k: v for k, v in values.items() if v != before[k]}
        if changed:
            self._edits[self._current] = changed
        else:
            self._edits.pop(self._current, None)

    def _switch(self, _index: int) -> None:
        self._keep()
        self._current = str(self.document.currentData())
        self._load(self._current)

    def _show_preview(self) -> None:
        values = self._values()
        lines = signature_titles(values["issuer"], values["authority"], values["signer_title"])
        self.preview.setText("\n".join([*lines, "", values["signer_name"]]).strip())

    def _accept(self) -> None:
        self.apply()
        self.accept()

    def apply(self) -> None:
        """Store the changed values: per document, or the shown document's changes for every one."""
        self._keep()
        if self.every.isChecked():
            letterhead.set_values(self._ws, self._edits.get(self._current, {}), None)
            return
        for document, values in self._edits.items():
            letterhead.set_values(self._ws, values, document)
