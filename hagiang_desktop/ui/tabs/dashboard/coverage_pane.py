"""The dashboard's coverage page: registrations by field and kind, beside the office's own steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.services.dashboard import Coverage
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import nominee_kind_label
from hagiang_desktop.ui.models.rows_table_model import Column, RowsTableModel
from hagiang_desktop.ui.tabs.dashboard.common import WARN, table
from hagiang_desktop.ui.tabs.dashboard.texts import DashboardTexts
from hagiang_desktop.ui.tabs.dashboard.upward_box import UpwardBox


class CoveragePane(QWidget):
    """Registrations of the scope by field of the plan and kind of nominee (III.2), and our list.

    Args:
        workspace: the open database (its plan's fields).
        texts: the wording shared with the other panes.
        parent: the dashboard tab.
    """

    def __init__(self, workspace: Workspace, texts: DashboardTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._texts = texts
        page = self
        rank = {f.code: i for i, f in enumerate(self._ws.plan.fields)}
        open_codes = {f.code for f in self._ws.plan.fields if f.open}
        self.field_model: RowsTableModel[tuple[str, str, dict[str, int], int]] = RowsTableModel(
            [
                Column(  # in plan order; the open field ("Lĩnh vực khác") shows its title alone
                    self.tr("Field"),
                    lambda f: f[1] if f[0] in open_codes else f"{f[0]} {f[1]}",
                    lambda f: rank.get(f[0], len(rank)),
                ),
                Column(
                    nominee_kind_label(NomineeKind.COLLECTIVE),
                    lambda f: str(f[2].get(NomineeKind.COLLECTIVE, 0)),
                    numeric=True,
                ),
                Column(
                    nominee_kind_label(NomineeKind.INDIVIDUAL),
                    lambda f: str(f[2].get(NomineeKind.INDIVIDUAL, 0)),
                    numeric=True,
                ),
                Column(
                    nominee_kind_label(NomineeKind.HOUSEHOLD),
                    lambda f: str(f[2].get(NomineeKind.HOUSEHOLD, 0)),
                    numeric=True,
                ),
                Column(
                    self.tr("Total"),
                    lambda f: str(f[3]) if f[3] else self.tr("0 – none yet"),
                    lambda f: f[3],
                    lambda f: None if f[3] else WARN,
                    numeric=True,
                ),
            ],
            self,
        )
        self.field_view = table(page, self.field_model, "coverageTable", sortable=True)
        self.field_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.kind_label = QLabel(page, objectName="coverageByKind")
        self.kind_label.setWordWrap(True)  # on one line it widened the window past 1366 px (#17)
        self.upward_box = UpwardBox(texts, page)
        left = QVBoxLayout()
        box = QGroupBox(self.tr("Registrations by field and kind (plan III.2)"), page)
        inner = QVBoxLayout(box)
        inner.addWidget(self.field_view)
        inner.addWidget(self.kind_label)
        left.addWidget(box)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 3)
        layout.addWidget(self.upward_box, 2)

    def show_coverage(self, coverage: Coverage) -> None:
        """Show the registrations of a day by field (every field of the plan) and by kind."""
        rows = []
        for fld, count in coverage.by_field:
            per_kind = {k: n for (code, k), n in coverage.cells.items() if code == fld.code}
            rows.append(
                (fld.code, fld.short_vi if self._texts.language == "vi" else fld.title_en, per_kind, count)
            )
        self.field_model.set_rows(rows)
        covered = sum(1 for _f, n in coverage.by_field if n)
        kinds = " · ".join(
            f"{nominee_kind_label(k)}: {coverage.by_kind.get(k, 0)}" for k in (str(x) for x in NomineeKind)
        )
        self.kind_label.setText(
            fill(
                self.tr("%1 registrations; %2 of %3 fields covered. By kind: %4"),
                coverage.total,
                covered,
                len(coverage.by_field),
                kinds,
            )
        )
