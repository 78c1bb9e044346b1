"""The filter bar above the nominations list: field, kind, status, unit, eligibility, supplement, year.

Every filter is a combo box whose first entry means "any"; the bar turns its choices into the
fields of a :class:`~hagiang_desktop.services.nominations.NominationFilter` (the SQL does the work).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from hagiang_desktop.core.kinds import NominationStatus, NomineeKind
from hagiang_desktop.core.plan import Plan
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.ui.labels import nominee_kind_label, status_label
from hagiang_desktop.ui.widgets.group_combo import fill_group_combo
from hagiang_desktop.ui.widgets.unit_picker import UnitPicker, Units


class NominationFilterBar(QWidget):
    """Filters of the nominations list.

    Args:
        plan: the plan (its fields and period give the choices).
        units: the registering units of the office's scope (or a function reading them).
        shared_units: a unit picker (with an empty entry) whose list the unit filter reuses.

    Signals:
        changed: a filter changed.
    """

    changed = Signal()

    def __init__(
        self,
        plan: Plan,
        units: Units,
        parent: QWidget | None = None,
        *,
        shared_units: UnitPicker | None = None,
        groups: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        any_text = self.tr("(any)")
        self.field_combo = self._combo("filterField", any_text)
        for f in plan.fields:
            self.field_combo.addItem(f"{f.code}  {f.title}", f.code)
        self.field_combo.setMaximumWidth(260)
        self.kind_combo = self._combo("filterKind", any_text)
        for kind in NomineeKind:
            self.kind_combo.addItem(nominee_kind_label(kind), str(kind))
        self.status_combo = self._combo("filterStatus", any_text)
        for status in NominationStatus:
            self.status_combo.addItem(status_label(status), str(status))
        self.unit_picker = UnitPicker(
            units, self, objectName="filterUnit", allow_empty=True, shared=shared_units
        )
        self.unit_picker.setMaximumWidth(260)
        self.unit_picker.lineEdit().setPlaceholderText(any_text)
        self.eligible_combo = self._combo("filterEligible", any_text)
        self.eligible_combo.addItem(self.tr("Eligible"), True)
        self.eligible_combo.addItem(self.tr("Not eligible"), False)
        self.supplement_combo = self._combo("filterSupplement", any_text)
        self.supplement_combo.addItem(self.tr("Supplements only"), True)
        self.supplement_combo.addItem(self.tr("On time only"), False)
        self.year_combo = self._combo("filterYear", any_text)
        for year in range(plan.info.period_start, plan.info.period_end + 1):
            self.year_combo.addItem(str(year), year)
        # Emulation blocs and clusters: their units and everything under them (issue #24).
        self.group_combo = self._combo("filterGroup", any_text)
        fill_group_combo(self.group_combo, groups)
        self.clear_button = QPushButton(self.tr("Clear filters"), self, objectName="clearFilters")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # Two filters a row: four a row made the list's pane, and so the window, wider than a
        # 1366-pixel screen at larger font sizes (#17).
        pairs: list[tuple[str, QWidget]] = [
            (self.tr("Field:"), self.field_combo),
            (self.tr("Status:"), self.status_combo),
            (self.tr("Kind:"), self.kind_combo),
            (self.tr("Year:"), self.year_combo),
            (self.tr("Registering unit:"), self.unit_picker),
            (self.tr("Eligibility:"), self.eligible_combo),
            (self.tr("Supplement:"), self.supplement_combo),
            (self.tr("Bloc, cluster:"), self.group_combo),
        ]
        for i, (text, widget) in enumerate(pairs):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, i // 2, 2 * (i % 2))
            grid.addWidget(widget, i // 2, 2 * (i % 2) + 1)
        grid.addWidget(self.clear_button, 4, 2, 1, 2)
        for c in range(2):
            grid.setColumnStretch(2 * c + 1, 1)

        for combo in self._combos():
            combo.currentIndexChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self._quiet = False

    def set_groups(self, groups: Sequence[tuple[str, str]]) -> None:
        """Offer these emulation blocs and clusters, as (code, name) (after their import)."""
        fill_group_combo(self.group_combo, groups)

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox(self, objectName=name)
        combo.addItem(any_text, None)
        # A field's full name (the popup shows it) must not set the window's minimum width.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _combos(self) -> list[QComboBox]:
        return [
            self.field_combo,
            self.kind_combo,
            self.status_combo,
            self.year_combo,
            self.unit_picker,
            self.eligible_combo,
            self.supplement_combo,
            self.group_combo,
        ]

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()

    def clear(self) -> None:
        """Reset every filter to "any" (one refresh, not seven)."""
        self._quiet = True
        try:
            for combo in self._combos():
                combo.setCurrentIndex(0)
        finally:
            self._quiet = False
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        """Return the chosen filters as keyword arguments of ``NominationFilter``."""
        kind = self.kind_combo.currentData()
        status = self.status_combo.currentData()
        return {
            "field_code": self.field_combo.currentData(),
            "kind": NomineeKind(kind) if kind else None,
            "status": NominationStatus(status) if status else None,
            "registering_unit_code": self.unit_picker.code(),
            "eligible": self.eligible_combo.currentData(),
            "supplement": self.supplement_combo.currentData(),
            "year": self.year_combo.currentData(),
            "group_code": self.group_combo.currentData(),
        }

    def apply(self, flt: NominationFilter) -> NominationFilter:
        """Return ``flt`` with the bar's filters set."""
        for key, value in self.values().items():
            setattr(flt, key, value)
        return flt
