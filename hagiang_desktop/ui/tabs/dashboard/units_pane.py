"""The dashboard's unit table and its filters: each unit judged as of the day, colour beside a text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hagiang_desktop.core.plan import QuotaState
from hagiang_desktop.core.timeliness import UnitFilter, UnitState
from hagiang_desktop.core.vntext import sort_key
from hagiang_desktop.services import units
from hagiang_desktop.services.dashboard import DashboardRow
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.fit import compact_combo
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import unit_kind_label
from hagiang_desktop.ui.models.dashboard_filter import unit_filter
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel
from hagiang_desktop.ui.tabs.dashboard.common import BAD, GOOD, OWN_PLAN_COLOURS, WARN, table
from hagiang_desktop.ui.tabs.dashboard.texts import DashboardTexts
from hagiang_desktop.ui.widgets.group_combo import fill_group_combo


class UnitsPane(QWidget):
    """The units a deadline binds, sortable and filterable: what to show, kind, bloc, search.

    Args:
        workspace: the open database (the plan, the blocs and clusters).
        texts: the wording shared with the other panes.
        parent: the dashboard tab.

    Signals:
        unit_requested: a unit's row was double-clicked: show its nominations (its code).
    """

    unit_requested = Signal(str)

    def __init__(self, workspace: Workspace, texts: DashboardTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._texts = texts
        self._rows: list[DashboardRow] = []
        page = self
        self.unit_model: RowsTableModel[DashboardRow] = RowsTableModel(self._unit_columns(), self)
        # The model sorts and filters its own rows: no proxy calling back into Python per comparison.
        self.unit_view = table(page, self.unit_model, "unitStatusTable", sortable=True)
        self.filter_combo = QComboBox(page, objectName="unitFilter")
        for label, value in (
            (self.tr("All units"), UnitFilter.ALL),
            (self.tr("To call (not sent, late or short)"), UnitFilter.TO_CALL),
            (self.tr("Late (supplements)"), UnitFilter.LATE),
            (self.tr("Not received yet"), UnitFilter.NOT_RECEIVED),
            (self.tr("Short of quota"), UnitFilter.SHORT),
            (self.tr("Not considered for commendation (IV.1)"), UnitFilter.CONSEQUENCE),
        ):
            self.filter_combo.addItem(label, str(value))
        compact_combo(self.filter_combo, 16)
        self.kind_combo = QComboBox(page, objectName="unitKindFilter")
        self.kind_combo.addItem(self.tr("All kinds"), "")
        compact_combo(self.kind_combo, 10)
        # Emulation blocs and clusters (IV.3: the council follows the units of each), issue #24.
        self.group_combo = QComboBox(page, objectName="unitGroupFilter")
        self.group_combo.addItem(self.tr("All blocs and clusters"), "")
        compact_combo(self.group_combo, 14)
        self._members: frozenset[str] | None = None
        self.reload_groups()
        self.search_edit = QLineEdit(page, objectName="unitSearch")
        self.search_edit.setPlaceholderText(self.tr("Search unit or contact (tone marks optional)"))
        self.search_edit.setClearButtonEnabled(True)
        self.shown_label = QLabel(page, objectName="unitShown")
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.kind_combo.currentIndexChanged.connect(self._apply_filter)
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self.search_edit.textChanged.connect(self._apply_filter)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("&Show:"), page, buddy=self.filter_combo))
        bar.addWidget(self.filter_combo)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.group_combo)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.shown_label)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.unit_view, 1)
        self.unit_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Double-click a unit: its nominations in the Nominations tab (#17).
        self.unit_view.setToolTip(self.tr("Double-click a unit to see its nominations"))
        self.unit_view.doubleClicked.connect(self._unit_double_clicked)

    def set_rows(self, rows: list[DashboardRow]) -> None:
        """Show the unit table of a day, through the filters as they stand."""
        self._rows = rows
        self.unit_model.set_rows(self._rows)
        self._fill_kinds()
        self._apply_filter()

    def _unit_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(RowsTableModel.RowRole)
        if row is not None:
            self.unit_requested.emit(row.code)

    # -- filters -------------------------------------------------------------------------------
    def _fill_kinds(self) -> None:
        """Offer the kinds of unit present on the dashboard (keeping the current choice)."""
        current = self.kind_combo.currentData()
        kinds = sorted({str(r.kind) for r in self._rows}, key=lambda k: sort_key(unit_kind_label(k)))
        if [self.kind_combo.itemData(i) for i in range(1, self.kind_combo.count())] == kinds:
            return
        self.kind_combo.blockSignals(True)  # one filter pass below, not one per item
        while self.kind_combo.count() > 1:
            self.kind_combo.removeItem(1)
        for kind in kinds:
            self.kind_combo.addItem(unit_kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)

    def reload_groups(self) -> None:
        """Read the emulation blocs and clusters again (after their import)."""
        fill_group_combo(self.group_combo, [(g.code, g.name) for g in units.list_groups(self._ws)])

    def _group_chosen(self) -> None:
        code = self.group_combo.currentData()
        self._members = (
            frozenset(u.code for u in units.list_units(self._ws, group_code=code)) if code else None
        )
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.unit_model.set_filter(
            unit_filter(
                UnitFilter(self.filter_combo.currentData()),
                self.kind_combo.currentData(),
                self.search_edit.text(),
                self._members,
            )
        )
        self.shown_label.setText(fill(self.tr("%1 of %2 shown"), self.unit_model.rowCount(), len(self._rows)))

    # -- texts ----------------------------------------------------------------------------------
    def _unit_columns(self) -> list[Column[DashboardRow]]:
        texts = self._texts
        consequence = self._ws.plan.consequence
        consequence_label = consequence.label_en if texts.language == "en" else consequence.label_vi
        consequence_tip = f"{consequence.text} ({consequence.clause})"
        own_plan_tip = self.tr(
            "IV.1: each district and provincial body sends its list and its own plan for fostering and "
            "replicating the exemplars to the province by the same deadline."
        )
        # IV.1 addresses the bodies that report to the province; a unit under them that registered
        # nothing is a follow-up for its body, not the sanction.
        follow_up = self.tr("not registered")
        follow_up_tip = self.tr(
            "Registered nothing by its deadline: to follow up. Plan IV.1 (no commendation) addresses "
            "the districts and the provincial bodies, not the units under them."
        )
        received_tip = self.tr(
            "Submissions: each receipt logged in the register is one; registrations received on a day "
            "without a receipt make one more for that day."
        )
        return [
            Column(self.tr("Unit"), lambda r: r.name, tooltip=lambda r: r.code),
            Column(self.tr("Unit kind"), lambda r: unit_kind_label(r.kind)),
            Column(self.tr("Status"), self._state_text, self._state_sort, self._state_colour),
            Column(
                self.tr("Submissions"),
                lambda r: str(r.verdict.received),
                lambda r: r.verdict.received,
                numeric=True,
                tooltip=lambda _r: received_tip,
            ),
            Column(
                self.tr("On time"),
                lambda r: str(r.verdict.on_time),
                lambda r: r.verdict.on_time,
                numeric=True,
            ),
            Column(
                self.tr("Late (supplement)"),
                lambda r: str(r.verdict.late),
                lambda r: r.verdict.late,
                lambda r: WARN if r.verdict.late else None,
                numeric=True,
            ),
            Column(
                self.tr("Models registered"), self._models_text, lambda r: r.verdict.registered, numeric=True
            ),
            Column(self.tr("Quota"), texts.quota_text, lambda r: r.counted, self._quota_colour),
            Column(
                self.tr("Own plan (IV.1)"),
                lambda r: texts.own_plan_text(r.own_plan) if r.own_plan else "",
                lambda r: str(r.own_plan.state) if r.own_plan else "",
                lambda r: OWN_PLAN_COLOURS.get(r.own_plan.state) if r.own_plan else None,
                tooltip=lambda r: own_plan_tip if r.own_plan else None,
            ),
            Column(
                self.tr("Fields"),
                lambda r: f"{r.fields_covered}/{len(self._ws.plan.fields)}",
                lambda r: r.fields_covered,
                numeric=True,
            ),
            Column(
                self.tr("Eligible / not"), lambda r: f"{r.eligible} / {r.ineligible}", lambda r: r.eligible
            ),
            Column(self.tr("Last received"), texts.last_text, lambda r: r.last_received or date.min),
            Column(self.tr("Contact"), self._contact_text, tooltip=lambda r: r.contact_email),
            Column(
                self.tr("Consequence (IV.1)"),
                lambda r: (
                    consequence_label
                    if r.verdict.consequence
                    else follow_up
                    if r.verdict.not_registered
                    else ""
                ),
                lambda r: 2 if r.verdict.consequence else 1 if r.verdict.not_registered else 0,
                lambda r: BAD if r.verdict.consequence else WARN if r.verdict.not_registered else None,
                tooltip=lambda r: (
                    consequence_tip
                    if r.verdict.consequence
                    else follow_up_tip
                    if r.verdict.not_registered
                    else None
                ),
            ),
        ]

    def _state_text(self, r: DashboardRow) -> str:
        v = r.verdict
        if v.state == UnitState.PENDING and v.days_left is not None:
            return fill(self.tr("Not yet – %1"), self._texts.days_text(v.days_left))
        if v.state == UnitState.MISSING and v.days_left is not None:
            return fill(self.tr("Missing – %1"), self._texts.days_text(v.days_left))
        return {
            UnitState.ON_TIME: self.tr("On time"),
            UnitState.LATE: self.tr("Late (supplement)"),
            UnitState.PENDING: self.tr("Not yet"),
            UnitState.MISSING: self.tr("Missing"),
            UnitState.NOT_EXPECTED: self.tr("Not expected"),
        }[v.state]

    @staticmethod
    def _state_sort(r: DashboardRow) -> int:
        order = (
            UnitState.MISSING,
            UnitState.PENDING,
            UnitState.LATE,
            UnitState.ON_TIME,
            UnitState.NOT_EXPECTED,
        )
        return order.index(r.verdict.state)

    @staticmethod
    def _state_colour(r: DashboardRow) -> str | None:
        return {
            UnitState.ON_TIME: GOOD,
            UnitState.LATE: WARN,
            UnitState.MISSING: BAD,
        }.get(r.verdict.state)

    def _models_text(self, r: DashboardRow) -> str:
        v = r.verdict
        if v.registered_late:
            return fill(self.tr("%1 (%2 supplement)"), v.registered, v.registered_late)
        return str(v.registered)

    @staticmethod
    def _quota_colour(r: DashboardRow) -> str | None:
        # Advisory quotas get no colour at all: they are never a failure.
        return {QuotaState.MET: GOOD, QuotaState.SHORT: WARN}.get(r.verdict.quota_state)

    @staticmethod
    def _contact_text(r: DashboardRow) -> str:
        return " · ".join(x for x in (r.contact_person, r.contact_phone) if x)
