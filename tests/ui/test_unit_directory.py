"""The unit directory tab driven through its real widgets and dialogs."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from hagiang_desktop.services import units
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.ui.dialogs.office_picker import OfficePickerDialog
from hagiang_desktop.ui.dialogs.unit_dialogs import (
    CloseDialog,
    ImportPreviewDialog,
    MoveDialog,
    UnitEditDialog,
)
from hagiang_desktop.ui.main_window import MainWindow
from hagiang_desktop.ui.models.unit_tree_model import UnitTreeModel
from hagiang_desktop.ui.tabs.unit_directory import UnitDirectoryTab
from tests.ui.conftest import type_text

DONG_VAN = "026"
LUNG_CU = "00715"


def _tab(qtbot, ws) -> UnitDirectoryTab:  # type: ignore[no-untyped-def]
    tab = UnitDirectoryTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _names(model: UnitTreeModel, parent=None) -> list[str]:  # type: ignore[no-untyped-def]
    """Every loaded name, depth first."""
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.append(index.data())
        found.extend(_names(model, index))
    return found


def _answer(qtbot, kind: type[QDialog], act: Callable[[QDialog], None]) -> list[QDialog]:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog of ``kind`` as soon as it shows (a clerk at the keyboard)."""
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog not in seen:
            seen.append(dialog)
            try:
                act(dialog)
            finally:
                if dialog.isVisible():  # a failed step must not leave the test waiting on a modal
                    dialog.reject()
        elif not seen:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def _select(tab: UnitDirectoryTab, code: str) -> None:
    assert tab.select_code(code)
    assert tab.current_unit().code == code  # type: ignore[union-attr]


def test_model_passes_the_tester_in_every_mode(qtbot, qtmodeltester, demo_workspace):
    tab = UnitDirectoryTab(demo_workspace)
    qtbot.addWidget(tab)
    tab.refresh_counts()
    qtbot.waitUntil(lambda: tab._counts_loaded)  # the figures are read in a worker
    qtmodeltester.check(tab.model)
    province = tab.model.index(0, 0)
    tab.model.fetchMore(province)
    qtmodeltester.check(tab.model)
    tab.model.show_subset(
        units.with_ancestors(demo_workspace, units.list_units(demo_workspace, search="lung"))
    )
    qtmodeltester.check(tab.model)
    tab.model.show_flat(units.list_units(demo_workspace, kinds=None))
    qtmodeltester.check(tab.model)


def test_counts_beside_each_unit(qtbot, demo_workspace):
    tab = _tab(qtbot, demo_workspace)
    qtbot.waitUntil(lambda: tab._counts_loaded)
    _select(tab, DONG_VAN)
    index = tab.current_index()
    registered = index.siblingAtColumn(3).data()
    quota = index.siblingAtColumn(4).data()
    assert registered == "" or int(registered) >= 0
    assert "/10" in quota  # a district selects at least 10 models (plan)


def test_folded_search_keeps_ancestors(qtbot, workspace):
    tab = _tab(qtbot, workspace)
    type_text(tab.search_edit, "hoàng su phì")
    qtbot.waitUntil(lambda: bool(tab.count_label.text()), timeout=2000)
    names = _names(tab.model)
    assert names[0] == "Tỉnh Hà Giang"  # the path to every match stays visible
    assert "Huyện Đồng Văn" not in names
    found = _names(tab.model)
    tab.search_edit.clear()
    qtbot.waitUntil(lambda: not tab.count_label.text(), timeout=2000)
    type_text(tab.search_edit, "Hoang Su Phi")
    qtbot.waitUntil(lambda: bool(tab.count_label.text()), timeout=2000)
    assert _names(tab.model) == found
    tab.search_edit.clear()
    type_text(tab.search_edit, "HSP")
    qtbot.waitUntil(lambda: _names(tab.model) == [], timeout=2000)


def test_kind_group_and_list_view(qtbot, workspace, example_blocs):
    from hagiang_desktop.services import group_io

    assert group_io.import_groups(workspace, example_blocs).errors == []
    tab = _tab(qtbot, workspace)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("district"))
    names = _names(tab.model)
    assert names[0] == "Tỉnh Hà Giang"
    assert sum(name.startswith(("Huyện", "Thành phố")) for name in names) == 11
    tab.view_combo.setCurrentIndex(tab.view_combo.findData("list"))
    assert len(_names(tab.model)) == 11  # flat: no ancestors
    assert not tab.tree.rootIsDecorated()
    tab.kind_combo.setCurrentIndex(0)
    tab.group_combo.setCurrentIndex(tab.group_combo.findData("VD-K-TH"))
    members = {u.name for u in units.list_units(workspace, group_code="VD-K-TH")}
    assert set(_names(tab.model)) == members
    assert "Sở Nội vụ tỉnh Hà Giang" in members


def test_move_through_the_dialog_and_cycle_refused(qtbot, workspace, no_dialogs):
    tab = _tab(qtbot, workspace)
    _select(tab, LUNG_CU)

    def move_to_meo_vac(dialog: QDialog) -> None:
        dialog.picker.set_code("027")  # type: ignore[attr-defined]
        dialog.accept()

    seen = _answer(qtbot, MoveDialog, move_to_meo_vac)
    tab.move_action.trigger()
    assert seen
    assert units.get_unit(workspace, LUNG_CU).parent_code == "027"  # type: ignore[union-attr]
    assert tab.current_unit().code == LUNG_CU  # type: ignore[union-attr]

    _select(tab, DONG_VAN)

    def under_own_commune(dialog: QDialog) -> None:
        dialog.picker.set_code("00718")  # type: ignore[attr-defined]
        dialog.accept()

    _answer(qtbot, MoveDialog, under_own_commune)
    tab.move_action.trigger()
    assert no_dialogs
    assert no_dialogs[-1][0] == "warning"
    assert "00718" in no_dialogs[-1][1]
    assert units.get_unit(workspace, DONG_VAN).parent_code == "02"  # type: ignore[union-attr]


def test_close_then_history_as_of(qtbot, workspace, no_dialogs):
    tab = _tab(qtbot, workspace)
    tab.as_of_edit.setDate(QDate(2021, 6, 1))
    _select(tab, LUNG_CU)

    def close_on(dialog: QDialog) -> None:
        dialog.date_edit.setDate(QDate(2020, 1, 31))  # type: ignore[attr-defined]
        dialog.accept()

    _answer(qtbot, CloseDialog, close_on)
    tab.close_action.trigger()
    assert units.get_unit(workspace, LUNG_CU).valid_to == date(2020, 1, 31)  # type: ignore[union-attr]
    assert not tab.select_code(LUNG_CU)  # not in the tree as of 1/6/2021
    tab.as_of_edit.setDate(QDate(2019, 6, 1))
    assert tab.select_code(LUNG_CU)  # but there as it stood in 2019
    tab.as_of_edit.setDate(QDate(2021, 6, 1))
    tab.closed_check.setChecked(True)
    assert tab.select_code(LUNG_CU)  # and among the closed ones, greyed
    index = tab.current_index()
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert tab.reopen_action.isEnabled()


def test_add_with_contacts_from_the_dialog(qtbot, workspace, no_dialogs):
    tab = _tab(qtbot, workspace)
    _select(tab, DONG_VAN)

    def fill(dialog: QDialog) -> None:
        type_text(dialog.code_edit, "026-TEST")  # type: ignore[attr-defined]
        type_text(dialog.name_edit, "Trung tâm Y tế huyện Đồng Văn")  # type: ignore[attr-defined]
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("public_unit"))  # type: ignore[attr-defined]
        type_text(dialog.person_edit, "Vàng Thị Dí")  # type: ignore[attr-defined]
        type_text(dialog.phone_edit, "0219 3856 111")  # type: ignore[attr-defined]
        dialog.accept()

    _answer(qtbot, UnitEditDialog, fill)
    tab.add_action.trigger()
    assert not no_dialogs
    added = units.get_unit(workspace, "026-TEST")
    assert added is not None
    assert added.parent_code == DONG_VAN
    assert added.contact_person == "Vàng Thị Dí"
    assert tab.current_unit().code == "026-TEST"  # type: ignore[union-attr]
    assert "Vàng Thị Dí" in tab.details.text()
    contact = units.contacts(workspace, ["026-TEST"])["026-TEST"]
    assert contact.phone == "0219 3856 111"


def test_a_rename_from_a_day_in_the_dialog_keeps_the_old_name_before_it(qtbot, workspace, no_dialogs):
    from datetime import date

    from PySide6.QtCore import QDate

    from hagiang_desktop.services import unit_history

    tab = _tab(qtbot, workspace)
    _select(tab, LUNG_CU)

    def fill(dialog: QDialog) -> None:
        dialog.name_edit.setText("Thị trấn Lũng Cú")  # type: ignore[attr-defined]
        dialog.changed_check.setChecked(True)  # type: ignore[attr-defined]
        dialog.changed_edit.setDate(QDate(2020, 1, 1))  # type: ignore[attr-defined]
        dialog.accept()

    _answer(qtbot, UnitEditDialog, fill)
    tab.edit_action.trigger()
    assert not no_dialogs
    assert [h.name for h in unit_history.history(workspace, LUNG_CU)] == ["Xã Lũng Cú", "Thị trấn Lũng Cú"]
    dong_van = units.get_unit(workspace, DONG_VAN).id
    then = {u.code: u.name for u in units.children(workspace, dong_van, as_of=date(2019, 6, 1))}
    assert then[LUNG_CU] == "Xã Lũng Cú"


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [["code", "name", "kind", "parent_code", "valid_from", "valid_to"], *rows]
        )
    return path


def _previewed(qtbot, tab: UnitDirectoryTab, path: Path) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    """Start importing ``path`` and return the preview once the worker has checked the file."""
    assert tab.import_file(path) is not None
    qtbot.waitUntil(lambda: tab.import_dialog is not None, timeout=60_000)
    assert tab.import_dialog.isVisible()  # type: ignore[union-attr]
    return tab.import_dialog  # type: ignore[return-value]


def test_import_preview_with_errors_cannot_apply(qtbot, workspace, tmp_path):
    tab = _tab(qtbot, workspace)
    path = _csv(
        tmp_path / "bad.csv", [["N1", "", "commune", DONG_VAN, "", ""], ["N2", "Xã", "commune", "zz", "", ""]]
    )
    dialog = _previewed(qtbot, tab, path)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).isEnabled()
    assert dialog.model.rowCount() == 2
    assert "2" in dialog.summary.text()
    with qtbot.waitSignal(tab.import_ended) as ended:
        dialog.reject()
    assert ended.args == [False]
    assert units.get_unit(workspace, "N2") is None


def test_import_applies_and_shows(qtbot, workspace, tmp_path):
    tab = _tab(qtbot, workspace)
    path = _csv(
        tmp_path / "good.csv",
        [["026-NEW", "Xã Sủng Trái Mới", "commune", DONG_VAN, "2018-01-01", ""]],
    )
    dialog = _previewed(qtbot, tab, path)
    with qtbot.waitSignal(tab.directory_changed), qtbot.waitSignal(tab.import_ended, timeout=60_000) as ended:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert ended.args == [True]
    assert not dialog.isVisible()
    assert tab.select_code("026-NEW")


def test_an_unreadable_directory_file_is_refused_in_plain_words(qtbot, workspace, tmp_path, no_dialogs):
    tab = _tab(qtbot, workspace)
    with qtbot.waitSignal(tab.import_ended, timeout=60_000) as ended:
        tab.import_file(_csv(tmp_path / "danh-muc.txt", []))
    assert ended.args == [False]
    assert tab.import_dialog is None
    assert no_dialogs
    assert "danh-muc.txt" in str(no_dialogs[-1])


def test_export_branch_from_the_tab(qtbot, workspace, tmp_path):
    tab = _tab(qtbot, workspace)
    _select(tab, DONG_VAN)
    out = tmp_path / "dv.csv"
    worker = tab.export_file(tab.current_unit(), out)
    qtbot.waitUntil(worker.isFinished, timeout=60_000)  # written in its worker
    assert worker.result > 1
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:2] == [DONG_VAN, "Huyện Đồng Văn"]
    assert all(r[3] for r in rows[2:])  # every other row has its parent


@pytest.fixture
def window(qtbot, workspace):  # type: ignore[no-untyped-def]
    win = MainWindow(workspace, as_of=date(2018, 4, 20))
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w.nominations_tab, "_dirty", False))
    win.show()
    return win


def test_office_picker_scopes_the_window(qtbot, window, workspace):
    assert window.scope.office is None

    def pick(dialog: QWidget) -> None:
        type_text(dialog.search, "noi vu meo vac")  # type: ignore[attr-defined]
        assert dialog.proxy.rowCount() == 1  # type: ignore[attr-defined]
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    seen = _answer(qtbot, OfficePickerDialog, pick)
    old_tab = window.nominations_tab
    window.findChild(type(window.menuBar().actions()[0]), "chooseOffice")
    action = next(
        a for m in window.menuBar().actions() for a in m.menu().actions() if a.objectName() == "chooseOffice"
    )
    action.trigger()
    assert seen
    assert window.scope.office is not None
    assert window.scope.office.name == "Phòng Nội vụ huyện Mèo Vạc"
    assert "Mèo Vạc" in window.windowTitle()
    assert "Mèo Vạc" in window.office_label.text()
    assert window.nominations_tab is not old_tab  # rebuilt on the new scope
    assert office_scope(workspace).root.code == "027"  # type: ignore[union-attr]


def test_make_this_my_office_from_the_directory(qtbot, window):
    tab = window.units_tab
    assert tab.select_code(DONG_VAN)
    tab.office_action.trigger()
    assert window.scope.office.code == DONG_VAN
    assert "Đồng Văn" in window.windowTitle()


def test_links_dialog_adds_and_removes(qtbot, workspace):
    from hagiang_desktop.core.kinds import UnitKind
    from hagiang_desktop.services import unit_edits
    from hagiang_desktop.ui.dialogs.unit_dialogs import LinksDialog

    unit_edits.add_unit(
        workspace, code="02-LC2025", name="Xã Lũng Cú (mới)", kind=UnitKind.COMMUNE, parent_code="02"
    )
    tab = _tab(qtbot, workspace)
    _select(tab, LUNG_CU)
    state = {}

    def link(dialog: QDialog) -> None:
        dialog.other.set_code("02-LC2025")  # type: ignore[attr-defined]
        dialog.kind.setCurrentIndex(dialog.kind.findData("merge"))  # type: ignore[attr-defined]
        type_text(dialog.basis, "Nghị quyết 1267/NQ-UBTVQH15")  # type: ignore[attr-defined]
        dialog.basis_date.setDate(QDate(2024, 11, 14))  # type: ignore[attr-defined]
        dialog.add_button.click()  # type: ignore[attr-defined]
        state["after_add"] = dialog.model.rowCount()  # type: ignore[attr-defined]
        state["basis"] = dialog.model.index(0, 3).data()  # type: ignore[attr-defined]
        dialog.reject()

    _answer(qtbot, LinksDialog, link)
    tab.links_action.trigger()
    assert state == {"after_add": 1, "basis": "Nghị quyết 1267/NQ-UBTVQH15"}
    [row] = units.links(workspace, LUNG_CU)
    assert (row.predecessor_code, row.successor_code, row.legal_date) == (
        LUNG_CU,
        "02-LC2025",
        date(2024, 11, 14),
    )
    assert "Xã Lũng Cú (mới)" in tab.details.text()  # shown under the tree with its legal basis

    def remove(dialog: QDialog) -> None:
        dialog.table.selectRow(0)  # type: ignore[attr-defined]
        dialog.remove_button.click()  # type: ignore[attr-defined]
        dialog.reject()

    _answer(qtbot, LinksDialog, remove)
    tab.links_action.trigger()
    assert units.links(workspace, LUNG_CU) == []


def test_first_run_asks_for_the_office(qtbot, window):
    from hagiang_desktop.ui.actions.office import ask_on_first_run

    def pick(dialog: QWidget) -> None:
        type_text(dialog.search, "noi vu dong van")  # type: ignore[attr-defined]
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    seen = _answer(qtbot, OfficePickerDialog, pick)
    ask_on_first_run(window)
    assert seen
    assert window.scope.office.code == "026-NV"
    assert window.scope.root.code == DONG_VAN  # a district office covers its district
    ask_on_first_run(window)  # an office is chosen: no question any more
    assert len(seen) == 1


def test_shortcuts_live_on_the_tree_and_delete_in_search_stays_text(qtbot, workspace):
    from PySide6.QtGui import QKeySequence

    tab = _tab(qtbot, workspace)
    shortcuts = {a.objectName(): a.shortcut() for a in tab.tree.actions()}
    assert shortcuts["editUnit"] == QKeySequence("F2")
    assert shortcuts["addUnit"] == QKeySequence("Ins")
    assert shortcuts["moveUnit"] == QKeySequence("Ctrl+M")
    keyed = [a for a in tab.tree.actions() if not a.shortcut().isEmpty()]
    assert all(a.shortcutContext() == Qt.ShortcutContext.WidgetShortcut for a in keyed)
    _select(tab, LUNG_CU)
    tab.search_edit.setText("dong")
    tab.search_edit.setFocus()
    tab.search_edit.setCursorPosition(0)
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Delete)
    assert tab.search_edit.text() == "ong"
    assert units.get_unit(workspace, LUNG_CU) is not None


def test_a_merge_from_a_date_in_the_links_dialog_moves_the_nominations(qtbot, demo_workspace):
    from hagiang_desktop.services import nominations
    from hagiang_desktop.ui.dialogs.unit_dialogs import LinksDialog

    theirs = {n.id for n in nominations.list_nominations(demo_workspace) if n.unit_code == "00718"}
    assert theirs
    tab = _tab(qtbot, demo_workspace)
    _select(tab, "00718")  # Xã Má Lé merged into Xã Lũng Cú from 01/12/2019

    def merge(dialog: QDialog) -> None:
        dialog.other.set_code(LUNG_CU)  # type: ignore[attr-defined]
        dialog.kind.setCurrentIndex(dialog.kind.findData("merge"))  # type: ignore[attr-defined]
        dialog.basis_date.setDate(QDate(2019, 12, 1))  # type: ignore[attr-defined]
        dialog.move_check.setChecked(True)  # type: ignore[attr-defined]
        dialog.add_button.click()  # type: ignore[attr-defined]
        dialog.reject()

    _answer(qtbot, LinksDialog, merge)
    tab.links_action.trigger()
    assert units.get_unit(demo_workspace, "00718").valid_to == date(2019, 11, 30)
    assert {n.unit_code for n in nominations.list_nominations(demo_workspace) if n.id in theirs} == {LUNG_CU}


def test_a_fresh_tab_has_no_import_or_export_running(qtbot, workspace):
    """Before any import or export the tab says none is running (the file controller's state
    was left inside a property's dead code by the split and read as AttributeError)."""
    tab = _tab(qtbot, workspace)
    assert (tab.import_worker, tab.import_dialog, tab.export_worker) == (None, None, None)
