"""The unit directory tab: a lazy, dated tree (or list) of units to search, edit, import and export.

What the clerk sees: a search box (folded: "hoang su phi" finds "Hoàng Su Phì"), filters by kind
and emulation group, the day the tree is shown as of, a tree/list switch, and beside each unit its
registrations, quota and on-time status. The tab shows and selects; the edits (add, edit, move,
close, delete, links, split) run in :mod:`~hagiang_desktop.ui.tabs.unit_directory_edits`, the
directory files (import, export) in :mod:`~hagiang_desktop.ui.tabs.unit_directory_files`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.core.plan import QuotaState
from hagiang_desktop.core.timeliness import UnitState
from hagiang_desktop.core.vntext import format_date_short, today_vn
from hagiang_desktop.services import units
from hagiang_desktop.services.unit_counts import UnitCounts, unit_counts
from hagiang_desktop.services.units import UnitRow
from hagiang_desktop.services.workspace import DEMO_AS_OF, Workspace, get_setting
from hagiang_desktop.ui.dialogs.unit_dialogs import (
    ImportPreviewDialog,
    link_kind_label,
)
from hagiang_desktop.ui.fit import compact_combo
from hagiang_desktop.ui.i18n import fill
from hagiang_desktop.ui.labels import unit_kind_label
from hagiang_desktop.ui.models.unit_tree_model import UnitTreeModel
from hagiang_desktop.ui.tabs.unit_directory_edits import UnitEditController
from hagiang_desktop.ui.tabs.unit_directory_files import UnitFileController
from hagiang_desktop.ui.widgets.group_combo import fill_group_combo
from hagiang_desktop.ui.workers import Worker, run_in_background

#: Wait this long after the last keystroke before searching (typing "hoang su phi" is one search).
SEARCH_DELAY_MS = 150
#: Show at most this many matches: a search for one letter matches thousands of units, and a list
#: that long helps nobody (the label says how many there are and asks for more letters).
MAX_SHOWN = 300


class UnitDirectoryTab(QWidget):
    """Browse, search, edit, import and export the unit directory.

    Args:
        workspace: the open database.

    Signals:
        directory_changed: a unit was added, edited, moved, closed, deleted or imported.
        office_requested: the clerk asked to make the selected unit the office (its code).
        import_ended: an import of a directory file ended; True when it was written.
    """

    directory_changed = Signal()
    office_requested = Signal(str)
    import_ended = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._counts: dict[int, UnitCounts] = {}
        stored = get_setting(workspace, DEMO_AS_OF)
        self._default_day = date.fromisoformat(stored) if stored else today_vn()

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search units, e.g. dong van"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setObjectName("unitSearch")
        self.kind_combo = QComboBox(self, objectName="kindFilter")
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in UnitKind:
            self.kind_combo.addItem(unit_kind_label(kind), str(kind))
        self.group_combo = QComboBox(self, objectName="groupFilter")
        self.as_of_edit = QDateEdit(self, objectName="asOf")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("dd/MM/yyyy")
        self.as_of_edit.setDate(QDate(self._default_day))
        self.closed_check = QCheckBox(self.tr("Show c&losed units"), self, objectName="showClosed")
        # A district office sees its district's units; the whole province is one tick away (#17).
        self.province_check = QCheckBox(self.tr("Whole &province"), self, objectName="wholeProvince")
        self.province_check.setVisible(False)
        self._office_root: str | None = None
        self.view_combo = QComboBox(self, objectName="viewMode")
        self.view_combo.addItem(self.tr("Tree"), "tree")
        self.view_combo.addItem(self.tr("List"), "list")
        self.count_label = QLabel(self)

        self.model = UnitTreeModel(
            fetch_children=lambda unit_id: units.children(self._ws, unit_id, as_of=self.as_of()),
            headers=[
                self.tr("Unit"),
                self.tr("Code"),
                self.tr("Unit kind"),
                self.tr("Registered"),
                self.tr("Quota"),
                self.tr("On time?"),
            ],
            kind_label=unit_kind_label,
            extra_columns=[self._registered_text, self._quota_text, self._state_text],
            parent=self,
        )
        self.model.set_day(self.as_of_edit.date().toPython())
        self.tree = QTreeView(self)
        self.tree.setObjectName("unitTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        # Codes and kinds in full at any font size: "026-LDTBXH", "Thôn, bản, tổ dân phố" were cut (#17).
        metrics = self.tree.fontMetrics()
        code_width = metrics.horizontalAdvance("026-LDTBXH") + 24
        kind_width = max(metrics.horizontalAdvance(unit_kind_label(k)) for k in UnitKind) + 24
        for column, width in (
            (1, max(90, code_width)),
            (2, max(170, kind_width)),
            (3, 90),
            (4, 150),
            (5, 150),
        ):
            self.tree.setColumnWidth(column, width)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.details = QLabel(self, objectName="unitDetails", wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._file_actions: list[QAction] = []
        #: The edits and the files, each its own controller; the tab shows and selects.
        self.edits = UnitEditController(workspace, self, self)
        self.files = UnitFileController(workspace, self)
        self.files.imported.connect(lambda: self.after_edit(recount=True))
        self.files.import_ended.connect(self.import_ended)
        self._build_actions()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("&Search:"), self, buddy=self.search_edit))
        self.search_edit.setMinimumWidth(160)
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(QLabel(self.tr("Unit &kind:"), self, buddy=self.kind_combo))
        filters.addWidget(self.kind_combo)
        filters.addWidget(QLabel(self.tr("&Group:"), self, buddy=self.group_combo))
        filters.addWidget(self.group_combo, 1)
        # Long group names would otherwise set the combo's (and so the window's) minimum width:
        # on a 1366-pixel laptop screen the window must still fit.
        compact_combo(self.group_combo, 14)
        compact_combo(self.kind_combo, 10)
        self._fill_groups()  # after compact_combo: with no group, its tooltip says how to import
        # The day, the closed units and the view on a second row, for the same reason.
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("As &of:"), self, buddy=self.as_of_edit))
        when.addWidget(self.as_of_edit)
        when.addWidget(self.closed_check)
        when.addWidget(self.province_check)
        when.addSpacing(12)
        when.addWidget(QLabel(self.tr("&View:"), self, buddy=self.view_combo))
        when.addWidget(self.view_combo)
        when.addStretch(1)
        buttons = QHBoxLayout()
        for action in self.edit_actions:
            button = QPushButton(action.text(), self)
            button.setObjectName(f"button_{action.objectName()}")
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda a=action, b=button: b.setEnabled(a.isEnabled()))
            button.setEnabled(action.isEnabled())
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(when)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        for combo in (self.kind_combo, self.group_combo, self.view_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_search())
        self.as_of_edit.dateChanged.connect(lambda _d: self.refresh())
        self.closed_check.toggled.connect(lambda _on: self.refresh())
        self.province_check.toggled.connect(lambda _on: self._apply_root())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.update_selection())
        self._counts_loaded = False
        self._counts_request = 0  # the latest figures asked for (an older answer is dropped)
        self.counts_worker: Worker | None = None
        self._expand_roots()
        self.update_selection()
        # The figures need the dashboard's rules over the whole directory: read them just after the
        # tab is shown, so that opening it never waits for them.
        QTimer.singleShot(0, self.refresh_counts)

    # -- actions --------------------------------------------------------------------------------
    def _action(
        self, text: str, name: str, slot: Callable[[], object], shortcut: QKeySequence | None = None
    ) -> QAction:
        action: QAction = QAction(text, self, objectName=name)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
            # Only while the tree has the focus: Delete or Insert typed in the search box stay text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(action)
        return action

    def _build_actions(self) -> None:
        edits, files = self.edits, self.files
        self.add_action = self._action(self.tr("&Add…"), "addUnit", edits.add_unit, QKeySequence("Ins"))
        self.edit_action = self._action(self.tr("&Edit…"), "editUnit", edits.edit_unit, QKeySequence("F2"))
        self.move_action = self._action(
            self.tr("&Move…"), "moveUnit", edits.move_unit, QKeySequence("Ctrl+M")
        )
        self.close_action = self._action(self.tr("C&lose…"), "closeUnit", edits.close_unit)
        self.reopen_action = self._action(self.tr("Re&open"), "reopenUnit", edits.reopen_unit)
        self.delete_action = self._action(
            self.tr("&Delete"),
            "deleteUnit",
            edits.delete_unit,
            QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.links_action = self._action(self.tr("&History links…"), "unitLinks", edits.edit_links)
        self.split_action = self._action(self.tr("S&plit from a date…"), "splitUnit", edits.split_unit)
        self.import_action = self._action(self.tr("&Import…"), "importUnits", files.import_file)
        self.export_action = self._action(self.tr("E&xport…"), "exportUnits", lambda: files.export_file(None))
        self.export_subtree_action = self._action(
            self.tr("Export this &branch…"),
            "exportSubtree",
            lambda: files.export_file(self.current_unit()),
        )
        self.office_action = self._action(self.tr("Make this my &office"), "makeOffice", self._request_office)
        self.edit_actions = [
            self.add_action,
            self.edit_action,
            self.move_action,
            self.close_action,
            self.delete_action,
            self.links_action,
            self.import_action,
            self.export_action,
        ]
        self._selection_actions = [
            self.edit_action,
            self.move_action,
            self.close_action,
            self.reopen_action,
            self.delete_action,
            self.links_action,
            self.split_action,
            self.export_subtree_action,
            self.office_action,
        ]

    def add_file_action(self, action: QAction) -> None:
        """Offer a window action in the tree's menu after Import (the blocs' import, issue #24)."""
        self._file_actions.append(action)

    def _context_menu(self, pos: object) -> None:
        menu = QMenu(self)
        for action in (self.add_action, self.edit_action, self.move_action):
            menu.addAction(action)
        unit = self.current_unit()
        menu.addAction(self.reopen_action if unit and unit.valid_to else self.close_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.links_action)
        menu.addAction(self.split_action)
        menu.addAction(self.office_action)
        menu.addSeparator()
        menu.addAction(self.export_subtree_action)
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)
        for action in self._file_actions:
            menu.addAction(action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # -- state ----------------------------------------------------------------------------------
    def view_day(self) -> date:
        """Return the day chosen in the view (even when closed units are shown)."""
        day: date = self.as_of_edit.date().toPython()
        return day

    def as_of(self) -> date | None:
        """Return the day the tree shows, or None when closed units are shown too."""
        if self.closed_check.isChecked():
            return None
        day: date = self.as_of_edit.date().toPython()
        return day

    def current_unit(self) -> UnitRow | None:
        """Return the selected unit, if any."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        unit: UnitRow | None = index.siblingAtColumn(0).data(UnitTreeModel.UnitRole)
        return unit

    def _fill_groups(self) -> None:
        if self.group_combo.count() == 0:
            self.group_combo.addItem(self.tr("All groups"), None)
        fill_group_combo(
            self.group_combo, [(g.code, f"{g.name} ({g.member_count})") for g in units.list_groups(self._ws)]
        )

    def reload_groups(self) -> None:
        """Read the emulation blocs and clusters again (after their import)."""
        self._fill_groups()
        if self._filtering():
            self.apply_search()

    def update_selection(self) -> None:
        """Show the selected unit's details and enable the actions that apply to it."""
        unit = self.current_unit()
        for action in self._selection_actions:
            action.setEnabled(unit is not None)
        if unit is not None:
            self.close_action.setEnabled(unit.valid_to is None)
            self.split_action.setEnabled(unit.valid_to is None)
            self.reopen_action.setEnabled(unit.valid_to is not None)
        self.details.setText(self._details_text(unit) if unit else "")

    def _details_text(self, unit: UnitRow) -> str:
        parts = [f"<b>{unit.name}</b> ({unit.code}) – {unit_kind_label(unit.kind)}"]
        if unit.valid_from or unit.valid_to:
            since = format_date_short(unit.valid_from) if unit.valid_from else "…"
            until = format_date_short(unit.valid_to) if unit.valid_to else "…"
            parts.append(fill(self.tr("exists %1 – %2"), since, until))
        contact = ", ".join(p for p in (unit.contact_person, unit.contact_phone, unit.contact_email) if p)
        parts.append(fill(self.tr("Contact: %1"), contact or self.tr("not recorded")))
        lines = [" · ".join(parts)]
        for link in units.links(self._ws, unit.code):
            other = link.successor_name if link.predecessor_code == unit.code else link.predecessor_name
            arrow = "→" if link.predecessor_code == unit.code else "←"
            basis = link.legal_basis or ""
            if link.legal_date:
                basis += f" ({format_date_short(link.legal_date)})"
            lines.append(f"{arrow} {link_kind_label(link.kind)}: {other} {basis}".strip())
        return "<br>".join(lines)

    # -- figures --------------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        """Read every unit's figures again in a worker; they fill in when ready.

        One pass over a province's directory takes more than a second: the tree stays usable
        meanwhile, showing the figures it had. When the day changes again before they arrive,
        only the latest request's figures are shown.
        """
        self._counts_request += 1
        request = self._counts_request
        day: date = self.as_of_edit.date().toPython()
        self.counts_worker = run_in_background(
            self,
            lambda: unit_counts(self._ws, day),
            lambda counts: self._counts_ready(request, counts),
            self._counts_failed,
        )

    def _counts_ready(self, request: int, counts: dict[int, UnitCounts]) -> None:
        if request != self._counts_request:
            return  # a later request is on its way: these figures are for another day
        self._counts = counts
        self._counts_loaded = True
        self.model.refresh_columns()

    def _counts_failed(self, error: BaseException) -> None:
        raise error  # as when it ran here: the crash handler reports it (tests fail on it)

    def _registered_text(self, unit: UnitRow) -> str:
        counts = self._counts.get(unit.id)
        return str(counts.registered) if counts and counts.registered else ""

    def _quota_text(self, unit: UnitRow) -> str:
        counts = self._counts.get(unit.id)
        verdict = counts.verdict if counts else None
        if verdict is None or verdict.quota is None or verdict.quota_state == QuotaState.NONE:
            return ""
        if verdict.quota_state == QuotaState.ADVISORY or verdict.quota.minimum is None:
            return fill(self.tr("%1 (advisory)"), counts.counted if counts else 0)
        text = f"{counts.counted if counts else 0}/{verdict.quota.minimum}"
        return text + (" ✓" if verdict.quota_state == QuotaState.MET else " – " + self.tr("short"))

    def _state_text(self, unit: UnitRow) -> str:
        counts = self._counts.get(unit.id)
        if counts is None or counts.verdict is None:
            return ""
        return {
            UnitState.ON_TIME: self.tr("On time"),
            UnitState.LATE: self.tr("Late"),
            UnitState.PENDING: self.tr("Not yet"),
            UnitState.MISSING: self.tr("Missing"),
            UnitState.NOT_EXPECTED: "",
        }[counts.verdict.state]

    # -- showing --------------------------------------------------------------------------------
    def set_office_root(self, code: str | None) -> None:
        """Show the office's own unit (its district) as the tree's top, unless "whole province".

        Args:
            code: the office scope's root unit; None (the province, or no office) shows all.
        """
        self._office_root = code
        self.province_check.setVisible(code is not None)
        self._apply_root()

    def _apply_root(self) -> None:
        root = QModelIndex()
        if self._office_root and not self.province_check.isChecked() and not self._filtering():
            unit = units.get_unit(self._ws, self._office_root)
            if unit is not None and self.select_code(unit.code):
                root = self.model.index_of(unit.id)
                self.tree.expand(root)
                if not self.model.rowCount(root):
                    # An office with no unit under it (a department's, before the province's
                    # inbox mode): the whole tree with the office selected, not an empty one.
                    self.tree.setRootIndex(QModelIndex())
                    self.tree.scrollTo(self.tree.currentIndex())
                    return
        self.tree.setRootIndex(root)
        if root.isValid() and self.model.rowCount(root):
            self.tree.setCurrentIndex(self.model.index(0, 0, root))

    def _expand_roots(self) -> None:
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))

    def _filtering(self) -> bool:
        return bool(
            self.search_edit.text().strip()
            or self.kind_combo.currentData()
            or self.group_combo.currentData()
            or self.view_combo.currentData() == "list"
        )

    def refresh(self, *, recount: bool = True) -> None:
        """Show the directory again as of the chosen day, keeping the search and filters.

        Args:
            recount: read the per-unit figures again too (a second on a whole province's data,
                so edits that cannot change them — a name, contacts — skip it).
        """
        day = self.as_of_edit.date().toPython()
        self.model.set_day(day)
        if recount and self._counts_loaded:
            self.refresh_counts()
        self.apply_search()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Read the figures again when the clerk comes back to the tab (nominations may have changed)."""
        super().showEvent(event)
        if self._counts_loaded:
            QTimer.singleShot(0, self.refresh_counts)

    def apply_search(self) -> None:
        """Filter the tree by the search box and the filters now (typing waits a moment)."""
        list_mode = self.view_combo.currentData() == "list"
        self.tree.setRootIsDecorated(not list_mode)
        if not self._filtering():
            self.model.reload()
            self._expand_roots()
            self._apply_root()
            self.count_label.clear()
            self.update_selection()
            return
        self.tree.setRootIndex(QModelIndex())  # a search looks through the whole directory
        kind = self.kind_combo.currentData()
        filters = {
            "search": self.search_edit.text().strip() or None,
            "kinds": {UnitKind(kind)} if kind else None,
            "as_of": self.as_of(),
            "group_code": self.group_combo.currentData(),
        }
        matches = units.list_units(self._ws, limit=MAX_SHOWN, **filters)
        if list_mode:
            self.model.show_flat(matches)
        else:
            self.model.show_subset(units.with_ancestors(self._ws, matches))
            self.tree.expandAll()
        if len(matches) < MAX_SHOWN:
            self.count_label.setText(self.tr("%n unit(s) found", "", len(matches)))
        else:
            total = units.count_units(self._ws, **filters)
            self.count_label.setText(
                fill(
                    self.tr("%1 of %2 units shown: type more to narrow the search"),
                    len(matches),
                    f"{total:,}".replace(",", "."),
                )
            )
        self.update_selection()

    def select_code(self, code: str) -> bool:
        """Select a unit in the view (search mode, or a loaded node); tell whether it was found."""
        unit = units.get_unit(self._ws, code)
        if unit is None:
            return False
        index = self.model.index_of(unit.id)
        if not index.isValid():
            # Not loaded yet in the lazy tree: load the chain of its ancestors.
            chain = units.with_ancestors(self._ws, [unit])
            for ancestor in chain[:-1]:
                parent_index = self.model.index_of(ancestor.id)
                if parent_index.isValid():
                    self.model.fetchMore(parent_index)
                    self.tree.expand(parent_index)
            index = self.model.index_of(unit.id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        return index.isValid()

    # -- edits ----------------------------------------------------------------------------------
    def after_edit(self, select: str | None = None, *, recount: bool = False) -> None:
        """Show the directory again after an edit (figures too when ``recount``), selecting ``select``."""
        self._fill_groups()
        self.refresh(recount=recount)
        if select:
            self.select_code(select)
        self.directory_changed.emit()

    def _request_office(self) -> None:
        unit = self.current_unit()
        if unit is not None:
            self.office_requested.emit(unit.code)

    # -- files --------------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> Worker | None:
        """Import a directory file (see :meth:`UnitFileController.import_file`)."""
        return self.files.import_file(path)

    def export_file(self, root: UnitRow | None, path: Path | None = None) -> Worker | None:
        """Export the directory or a branch (see :meth:`UnitFileController.export_file`)."""
        return self.files.export_file(root, path)

    @property
    def import_worker(self) -> Worker | None:
        """The worker checking or writing a directory file, once started."""
        return self.files.import_worker

    @property
    def import_dialog(self) -> ImportPreviewDialog | None:
        """The import's preview, once the file was checked."""
        return self.files.import_dialog

    @property
    def export_worker(self) -> Worker | None:
        """The worker writing a directory file, once started."""
        return self.files.export_worker

    def current_index(self) -> QModelIndex:
        """Return the view's current index (tests and the benchmark use it)."""
        return self.tree.currentIndex()
