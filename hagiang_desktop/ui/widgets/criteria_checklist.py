"""Criteria checkboxes built from the plan catalogue for one (field, kind).

Each criterion is one checkbox showing its clause code and the plan's exact wording, with an
optional evidence note. Nothing here is hand-placed: a new plan file gives new checkboxes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from hagiang_desktop.core.plan import Criterion
from hagiang_desktop.ui.i18n import fill


class _WordingLabel(QLabel):
    """The plan's wording of a criterion, wrapped; a click on it toggles its checkbox."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Toggle the checkbox (Qt override)."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
        super().mouseReleaseEvent(event)


class CriteriaChecklist(QWidget):
    """A grid of criteria: checkbox with code and wording, and an evidence note beside it.

    Signals:
        changed: a tick or an evidence note changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setColumnStretch(1, 3)
        self._layout.setColumnStretch(2, 2)
        self._boxes: dict[str, QCheckBox] = {}
        self._notes: dict[str, QLineEdit] = {}
        self._labels: list[QLabel] = []

    def set_criteria(
        self, groups: Sequence[tuple[str, Sequence[Criterion]]], keep: dict[str, str]
    ) -> list[str]:
        """Rebuild the checkboxes for new criteria, keeping the ticks that still apply.

        Args:
            groups: (group title, criteria) pairs in display order.
            keep: ticked code → evidence note to restore where the code still applies.

        Returns:
            The ticked codes that no longer apply (dropped), in their previous order.
        """
        for widget in [*self._boxes.values(), *self._notes.values(), *self._labels]:
            # Hide and delete in place: an orphaned widget (setParent(None)) becomes a top-level
            # window, and offscreen it was seen shown and stealing the focus from the form.
            self._layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._boxes.clear()
        self._notes.clear()
        self._labels.clear()
        row = 0
        for title, criteria in groups:
            header = QLabel(f"<b>{title}</b>", self)
            self._labels.append(header)
            self._layout.addWidget(header, row, 0, 1, 3)
            row += 1
            for criterion in criteria:
                box = QCheckBox(criterion.code, self)
                box.setObjectName(f"criterion:{criterion.code}")
                box.setToolTip(
                    fill(self.tr("Plan 127/KH-UBND, clause %1:\n%2"), criterion.code, criterion.text)
                )
                wording = _WordingLabel(criterion.text, box, self)
                wording.setToolTip(box.toolTip())
                note = QLineEdit(self)
                note.setObjectName(f"evidence:{criterion.code}")
                note.setPlaceholderText(self.tr("Evidence (optional)"))
                if criterion.code in keep:
                    box.setChecked(True)
                    note.setText(keep[criterion.code])
                    note.setCursorPosition(0)  # show the start of a long note, not its end
                box.toggled.connect(self.changed)
                note.textEdited.connect(lambda _t: self.changed.emit())
                self._layout.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
                self._layout.addWidget(wording, row, 1)
                self._layout.addWidget(note, row, 2, Qt.AlignmentFlag.AlignTop)
                self._boxes[criterion.code] = box
                self._notes[criterion.code] = note
                self._labels.append(wording)
                row += 1
        return [code for code in keep if code not in self._boxes]

    def checks(self) -> dict[str, str]:
        """Return the ticked codes with their evidence notes."""
        return {code: self._notes[code].text() for code, box in self._boxes.items() if box.isChecked()}

    def box(self, code: str) -> QCheckBox:
        """Return the checkbox of one criterion (for tests and keyboard focus)."""
        return self._boxes[code]

    def focus_chain(self) -> list[QWidget]:
        """Return the checkboxes and evidence notes in Tab order (each box, then its note)."""
        chain: list[QWidget] = []
        for code, box in self._boxes.items():
            chain += [box, self._notes[code]]
        return chain

    def codes(self) -> list[str]:
        """Return the codes shown, in display order."""
        return list(self._boxes)
