"""The import in the real window: file → (mapping) → preview → Apply / Cancel, with a 200-row file."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hagiang_desktop.services import imports, nominations, templates
from hagiang_desktop.services.imports import RowStatus
from hagiang_desktop.ui.actions.imports import make_templates, start_import
from hagiang_desktop.ui.models.import_preview_model import (
    COL_CONVERTED,
    COL_DETAIL,
    COL_ORIGINAL,
    COL_STATUS,
    ImportPreviewTableModel,
)
from tests.services.import_files import fill_template, many_rows, to_tcvn3, write_list

UNIT = "026-GDDT"
SHOTS = Path(os.environ.get("HAGIANG_SHOTS", "")) if os.environ.get("HAGIANG_SHOTS") else None


def _close_dialogs(flow) -> None:
    for dialog in (flow.mapping_dialog, flow.preview_dialog):
        if dialog is not None and dialog.isVisible():
            dialog.reject()


def _shot(widget, name: str) -> None:
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))


@pytest.fixture
def big_file(demo_workspace, tmp_path) -> Path:
    template = templates.make_template(demo_workspace, UNIT, tmp_path / "mau.xlsx", rows=200)
    return fill_template(template, tmp_path / "gui-200-dong.xlsx", many_rows(200))


def test_preview_model_passes_the_model_tester(qtmodeltester, demo_workspace, big_file):
    pv = imports.preview(demo_workspace, imports.read(big_file), received_on=date(2018, 4, 12))
    model = ImportPreviewTableModel()
    model.set_rows(pv.rows)
    qtmodeltester.check(model)
    errors = [r for r in range(model.rowCount()) if model.rows()[r].status == RowStatus.ERROR]
    index = model.index(errors[0], COL_DETAIL)
    assert model.data(index).startswith("Đăng ký!D")
    assert model.data(model.index(errors[0], COL_STATUS)) == "Error"  # no translator loaded here
    assert model.data(model.index(errors[0], COL_STATUS), Qt.ItemDataRole.BackgroundRole) is not None


def test_walk_through_200_rows_cancel_then_apply(
    qtbot, demo_workspace, demo_path, big_file, no_dialogs, open_window
):
    window = open_window(demo_workspace)
    before_count = nominations.count_nominations(demo_workspace)
    before_hash = hashlib.sha256(demo_path.read_bytes()).hexdigest()

    flow = start_import(window, big_file)
    qtbot.waitUntil(
        lambda: flow.preview_dialog is not None and flow.preview_dialog.isVisible(), timeout=20000
    )
    dialog = flow.preview_dialog
    assert dialog.model.rowCount() == 200
    assert dialog.proxy.sortColumn() == -1  # the file's order: no Python sort of every row at open
    assert "200" in dialog.summary_label.text()
    assert not dialog.apply_button.isEnabled()  # errors, and "skip" not ticked
    _shot(dialog, "import-preview-200.png")
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData(RowStatus.ERROR))
    assert 0 < dialog.proxy.rowCount() < 200
    _shot(dialog, "import-preview-errors.png")
    with qtbot.waitSignal(flow.finished):
        dialog.reject()
    assert nominations.count_nominations(demo_workspace) == before_count
    demo_workspace.db.engine.dispose()
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before_hash  # cancel wrote nothing

    flow = start_import(window, big_file)
    qtbot.waitUntil(
        lambda: flow.preview_dialog is not None and flow.preview_dialog.isVisible(), timeout=20000
    )
    dialog = flow.preview_dialog
    errors = dialog.preview.count(RowStatus.ERROR)
    duplicates = dialog.preview.count(RowStatus.DUPLICATE)
    dialog.skip_invalid.setChecked(True)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(flow.finished):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert nominations.count_nominations(demo_workspace) == before_count + 200 - errors - duplicates
    assert f"{200 - errors - duplicates} new" in window.statusBar().currentMessage()


def test_legacy_list_goes_through_mapping_and_shows_both_texts(
    qtbot, workspace, tmp_path, no_dialogs, open_window
):
    names = ["Trường Tiểu học Lũng Cú", "Đội văn nghệ thôn Sà Phìn"]
    path = write_list(
        tmp_path / "cu.xlsx",
        ["STT", "Tên tập thể", "Lĩnh vực", "Loại", "Cột lạ"],
        [[i + 1, to_tcvn3(n), "2.6", "Tập thể", "x"] for i, n in enumerate(names)],
        font=".VnTime",
    )
    window = open_window(workspace)
    flow = start_import(window, path)
    qtbot.waitUntil(
        lambda: flow.mapping_dialog is not None and flow.mapping_dialog.isVisible(), timeout=20000
    )
    mapping = flow.mapping_dialog
    assert mapping.keys() == ["row_id", "name", "field_code", "kind", None]
    mapping.unit_combo.setCurrentIndex(mapping.unit_combo.findData("00715"))
    _shot(mapping, "import-mapping.png")
    mapping.accept()
    qtbot.waitUntil(
        lambda: flow.preview_dialog is not None and flow.preview_dialog.isVisible(), timeout=20000
    )
    dialog = flow.preview_dialog
    model = dialog.model
    assert model.data(model.index(0, COL_ORIGINAL)) == to_tcvn3(names[0])
    assert model.data(model.index(0, COL_CONVERTED)) == names[0]
    assert dialog.encoding_box.isVisibleTo(dialog)
    _shot(dialog, "import-preview-legacy.png")
    # The clerk overrides the name column to Unicode: the text stays as it was in the file.
    combo = dialog.encoding_combos[1]
    combo.setCurrentIndex(combo.findData("unicode"))  # read again in a worker
    qtbot.waitUntil(lambda: dialog.preview.rows[0].data.name == to_tcvn3(names[0]), timeout=20000)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())  # the worker has ended
    with qtbot.waitSignal(flow.finished):
        dialog.reject()
    assert imports.propose(workspace, imports.read(path), "00715")[4] is None


def test_bad_file_is_refused_with_its_name(qtbot, workspace, tmp_path, no_dialogs, open_window):
    path = tmp_path / "doi-ten.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    window = open_window(workspace)
    flow = start_import(window, path)
    with qtbot.waitSignal(flow.finished, timeout=20000):
        pass
    assert no_dialogs
    assert no_dialogs[0][0] == "warning"
    assert "doi-ten.xlsx" in no_dialogs[0][1]


def test_templates_for_the_units_under_the_office(qtbot, demo_workspace, tmp_path, no_dialogs, open_window):
    window = open_window(demo_workspace)
    codes = [u.code for u in templates.units_for_templates(demo_workspace)[:3]]
    paths = make_templates(window, tmp_path / "mau", codes)
    assert [p.name.split(" - ")[0] for p in paths] == codes
    assert all(p.exists() for p in paths)
    assert no_dialogs[0][0] == "information"


def test_200_row_legacy_list_mapping_reasons_inferred_rows_and_fixes(
    qtbot, workspace, tmp_path, no_dialogs, open_window
):
    """Issue #19: an old 200-row list (.VnTimeH header, .VnTime cells, no kind column, sectors)."""
    from hagiang_desktop.ui.labels import nominee_kind_label
    from hagiang_desktop.ui.models.import_preview_model import COL_FIELD, COL_INFERRED, COL_KIND
    from tests.services.import_files import legacy_list

    path = legacy_list(tmp_path / "ds200.xlsx", "tcvn3", rows=200)
    window = open_window(workspace)
    flow = start_import(window, path)
    qtbot.waitUntil(
        lambda: flow.mapping_dialog is not None and flow.mapping_dialog.isVisible(), timeout=20000
    )
    mapping = flow.mapping_dialog
    assert mapping.keys() == ["row_id", "name", "position", "work_unit", "field_code", "achievements"]
    # The header converted, beside it as typed, and why each column means what it means.
    assert mapping.grid.item(1, 0).text() == "HỌ VÀ TÊN / TÊN TẬP THỂ"
    assert mapping.grid.item(1, 1).text() == to_tcvn3("họ và tên / tên tập thể")
    assert "75" in mapping.grid.item(1, 4).text()
    mapping.unit_combo.setCurrentIndex(mapping.unit_combo.findData("00715"))
    _shot(mapping, "import-mapping-legacy-200.png")
    mapping.accept()
    qtbot.waitUntil(
        lambda: flow.preview_dialog is not None and flow.preview_dialog.isVisible(), timeout=60000
    )
    dialog = flow.preview_dialog
    model = dialog.model
    assert len(dialog.preview.rows) == 200
    assert not dialog.view.isColumnHidden(COL_INFERRED)
    assert model.data(model.index(0, COL_KIND)) == nominee_kind_label("collective")
    assert model.data(model.index(0, COL_FIELD)) == "2.4 – Y tế"
    assert "Trạm" in model.data(model.index(0, COL_INFERRED)) or "trạm" in model.data(
        model.index(0, COL_INFERRED)
    )
    # The clerk selects Giàng Seo Pà's row and gives it another field: read again, the reason says so.
    row = next(i for i, r in enumerate(model.rows()) if r.data.name == "Giàng Seo Pà")
    dialog.view.selectRow(dialog.proxy.mapFromSource(model.index(row, 0)).row())
    dialog.fix_field.setCurrentIndex(dialog.fix_field.findData("2.1"))
    dialog.fix_button.click()
    qtbot.waitUntil(lambda: dialog.preview.rows[row].data.field_code == "2.1", timeout=60000)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    assert "2.1" in model.data(model.index(row, COL_INFERRED))
    _shot(dialog, "import-preview-legacy-200.png")
    with qtbot.waitSignal(flow.finished, timeout=60000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert nominations.count_nominations(workspace) == 200
