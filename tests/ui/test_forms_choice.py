"""Export → Registration forms asks what to print, with counts before and after (#17)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel

from hagiang_desktop.core.kinds import NominationStatus
from hagiang_desktop.services import exporting
from hagiang_desktop.services import nominations as svc
from hagiang_desktop.services.nominations import NominationFilter
from hagiang_desktop.services.scope import office_scope


def _highlight(tab, rows) -> None:
    selection = tab.table.selectionModel()
    selection.clear()
    for row in rows:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(tab.model.index(row, 0), flags)


def _pages_named(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_forms_choice_names_each_count_and_prints_exactly_that(
    qtbot, demo_workspace, tmp_path, no_dialogs, open_window
):
    ws = demo_workspace
    window = open_window(ws)
    tab = window.nominations_tab
    ours = set(office_scope(ws).unit_ids or ())
    selected = svc.list_nominations(ws, NominationFilter(status=NominationStatus.SELECTED, unit_ids=ours))
    listed = exporting.listed_count(ws)
    assert listed == len(selected) > 2
    # A clerk highlights two rows: one of them still only registered.
    shown = [tab.model.row_at(i) for i in range(min(tab.model.rowCount(), 50))]
    first_registered = next(i for i, r in enumerate(shown) if r.status == NominationStatus.REGISTERED)
    first_selected = next(i for i, r in enumerate(shown) if r.status == NominationStatus.SELECTED)
    registered = shown[first_registered]
    _highlight(tab, [first_registered, first_selected])
    assert len(tab.selected_ids()) == 2

    dialog = window.export_actions.choose_forms(tmp_path / "dong.pdf")
    assert str(listed) in dialog.listed.text()
    assert "2" in dialog.highlighted.text()
    assert "1" in dialog.highlighted.text()  # "(1 of them not selected for the list)"
    assert dialog.source().value == "listed"
    assert str(listed) in dialog.summary.text()
    dialog.highlighted.setChecked(True)
    assert dialog.count() == 2
    assert "2" in dialog.summary.text()
    dialog.accept()
    qtbot.waitUntil(lambda: not window.export_actions.running, timeout=60_000)
    worker = window.export_actions.worker
    assert worker.error is None
    assert worker.result.count == 2
    text = _pages_named(tmp_path / "dong.pdf")
    assert registered.name.split()[-1] in text
    # The count after: in the status bar message and beside the preview's pages.
    assert "2" in window.export_actions.preview.page_count.text()

    # The office's list, by default: exactly the listed models.
    dialog = window.export_actions.choose_forms(tmp_path / "ds.pdf")
    dialog.accept()
    qtbot.waitUntil(lambda: not window.export_actions.running, timeout=60_000)
    assert window.export_actions.worker.result.count == listed

    # One unit's: its count shows before anything is printed.
    unit_code = selected[0].unit_code
    dialog = window.export_actions.choose_forms(tmp_path / "don-vi.pdf")
    dialog.unit_picker.set_code(unit_code)
    assert dialog.source().value == "unit"
    expected = exporting.listed_count(ws, unit_code)
    assert dialog.count() == expected > 0
    dialog.accept()
    qtbot.waitUntil(lambda: not window.export_actions.running, timeout=60_000)
    assert window.export_actions.worker.result.count == expected
