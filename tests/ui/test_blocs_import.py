"""No blocs shipped (#24): the bloc filters say so, and Import ▸ Emulation blocs and clusters loads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu

from hagiang_desktop.services import units
from hagiang_desktop.ui.actions import blocs
from hagiang_desktop.ui.main_window import MainWindow
from hagiang_desktop.ui.widgets.group_combo import HOW_TO_IMPORT


def _combos(window: MainWindow) -> list[QComboBox]:
    return [
        window.units_tab.group_combo,
        window.nominations_tab.filter_bar.group_combo,
        window.dashboard_tab.group_combo,
    ]


def test_without_blocs_the_filters_say_how_to_import_them_and_the_import_fills_them(
    qtbot, demo_workspace, example_blocs, tmp_path, no_dialogs, open_window
):
    window = open_window(demo_workspace)
    how = QCoreApplication.translate("groups", HOW_TO_IMPORT)
    for combo in _combos(window):
        assert not combo.isEnabled()
        assert combo.count() == 1
        assert combo.toolTip() == how
    menu = window.findChild(QMenu, "importMenu")
    assert window.findChild(QAction, "importBlocs") in menu.actions()

    # A file with a wrong row: refused with the row named, nothing written, filters unchanged.
    bad = tmp_path / "khoi.csv"
    bad.write_text("code,name,kind,members\nK1,Khối một,bloc,02-SNV;NOPE\n", encoding="utf-8")
    assert not blocs.import_blocs(window, bad)
    (kind, text), *_ = no_dialogs
    assert kind == "warning"
    assert "NOPE" in text
    assert units.list_groups(demo_workspace) == []
    assert not window.units_tab.group_combo.isEnabled()

    no_dialogs.clear()
    assert blocs.import_blocs(window, example_blocs)
    assert [kind for kind, _text in no_dialogs] == ["question"]
    assert "Cụm ví dụ: các huyện vùng cao phía Bắc (4)" in no_dialogs[0][1]
    for combo in _combos(window):
        assert combo.isEnabled()
        assert combo.findData("VD-C-BAC") > 0
        assert combo.toolTip() != how

    # The nominations tab filters on the cluster: the communes of its four districts and below.
    bar = window.nominations_tab.filter_bar
    bar.group_combo.setCurrentIndex(bar.group_combo.findData("VD-C-BAC"))
    assert bar.values()["group_code"] == "VD-C-BAC"
