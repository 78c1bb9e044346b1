"""The deadline dashboard tab driven like a clerk: the as-of day, filters, receipts, exports."""

from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from hagiang_desktop.core.kinds import Channel, UnitKind
from hagiang_desktop.core.timeliness import UnitFilter, UnitState
from hagiang_desktop.services import receipts
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.storage.models import UpwardEvent
from hagiang_desktop.ui.models.rows_table_model import RowsTableModel
from hagiang_desktop.ui.tabs.deadline_dashboard import DeadlineDashboardTab
from hagiang_desktop.ui.widgets.receipts_register import ReceiptDialog
from hagiang_desktop.ui.workers import wait_for_background
from tests.ui.conftest import log_receipt_on, type_text

AS_OF = date(2018, 4, 20)


@pytest.fixture(autouse=True)
def _no_job_left(qtbot):
    yield
    wait_for_background()  # no worker still reading the database after the test


def _tab(qtbot, ws, day=AS_OF):
    tab = DeadlineDashboardTab(ws, office_scope(ws), day)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.refreshed):  # the figures are computed in a worker
        tab.resize(1300, 800)
        tab.show()
    return tab


def _shown(tab):
    model = tab.unit_model
    return [model.index(r, 0).data(RowsTableModel.RowRole) for r in range(model.rowCount())]


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, demo_workspace):
    tab = _tab(qtbot, demo_workspace)
    for model in (
        tab.unit_model,
        tab.milestone_model,
        tab.stage_model,
        tab.field_model,
        tab.call_model,
        tab.receipts.model,
        tab.receipts.proxy,
    ):
        qtmodeltester.check(model)
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(str(UnitFilter.TO_CALL)))
    qtmodeltester.check(tab.unit_model)
    tab.unit_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # sorted by the model itself
    qtmodeltester.check(tab.unit_model)


def test_the_as_of_selector_recomputes_the_table(qtbot, demo_workspace):
    tab = _tab(qtbot, demo_workspace)
    rows = {r.code: r for r in tab.unit_model.rows()}
    assert rows["026"].verdict.days_left == 6  # 20/4 → last day 26/4 for the district
    assert "6" in tab.summary_label.text()
    missing = [r for r in rows.values() if r.verdict.state == UnitState.MISSING]
    assert missing
    # The communes and offices are followed up by the district ("chưa đăng ký"); IV.1's sanction
    # addresses the district and the provincial bodies only.
    assert all(r.verdict.not_registered and not r.verdict.consequence for r in missing)
    # The clerk picks 13/4 in the date box: the units' last on-time day, nobody is missing yet.
    with qtbot.waitSignal(tab.refreshed):
        tab.as_of_edit.setDate(QDate(2018, 4, 13))
    rows = {r.code: r for r in tab.unit_model.rows()}
    assert not [r for r in rows.values() if r.verdict.state == UnitState.MISSING]
    assert not any(r.verdict.consequence for r in rows.values())
    # 14/4, the deadline day itself: those who sent nothing are now missing.
    with qtbot.waitSignal(tab.refreshed):
        tab.as_of_edit.setDate(QDate(2018, 4, 14))
    rows = {r.code: r for r in tab.unit_model.rows()}
    assert {r.code for r in missing} <= {c for c, r in rows.items() if r.verdict.state == UnitState.MISSING}
    with qtbot.waitSignal(tab.refreshed):
        tab.set_as_of(date(2018, 4, 1))
    assert all(r.verdict.received == 0 for r in tab.unit_model.rows())
    # The status column says it in words as well as in colour.
    status = tab.unit_model.index(0, 2)
    assert status.data()


def test_filters_by_state_and_folded_text(qtbot, demo_workspace):
    tab = _tab(qtbot, demo_workspace)
    total = tab.unit_model.rowCount()
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(str(UnitFilter.NOT_RECEIVED)))
    shown = _shown(tab)
    assert 0 < len(shown) < total
    assert all(r.verdict.state in (UnitState.PENDING, UnitState.MISSING) for r in shown)
    assert tab.shown_label.text().startswith(str(len(shown)))
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(str(UnitFilter.ALL)))
    communes = tab.kind_combo.findData("commune")
    assert communes > 0
    tab.kind_combo.setCurrentIndex(communes)
    assert {str(r.kind) for r in _shown(tab)} == {"commune"}
    tab.kind_combo.setCurrentIndex(0)
    assert len(_shown(tab)) == total
    type_text(tab.search_edit, "lung cu")
    assert [r.name for r in _shown(tab)] == ["Xã Lũng Cú"]
    tab.search_edit.clear()
    assert len(_shown(tab)) == total


def test_the_consequence_column_quotes_the_plan(qtbot, demo_workspace):
    tab = _tab(qtbot, demo_workspace)
    # A commune that registered nothing: "chưa đăng ký", a follow-up, not the sanction.
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(str(UnitFilter.NOT_RECEIVED)))
    column = tab.unit_model.columnCount() - 1
    rows = tab.unit_model.rows()
    index = next(i for i, r in enumerate(rows) if r.verdict.state == UnitState.MISSING)
    cell = tab.unit_model.index(index, column)
    assert cell.data() == tab.units_pane.tr("not registered")  # "chưa đăng ký" in Vietnamese
    assert "IV.1" in cell.data(0x03)
    # The district itself, had it sent nothing by 27/4, is what IV.1 addresses, in the plan's words.
    with qtbot.waitSignal(tab.refreshed):
        tab.as_of_edit.setDate(QDate(2018, 5, 2))
    flagged = [i for i, r in enumerate(tab.unit_model.rows()) if r.verdict.consequence]
    for i in flagged:
        cell = tab.unit_model.index(i, column)
        assert cell.data() == demo_workspace.plan.consequence.label_vi
        assert "IV.1" in cell.data(0x03)  # ToolTipRole: the plan's sentence and its clause
    assert all(r.kind == UnitKind.DISTRICT for r in tab.unit_model.rows() if r.verdict.consequence)


def test_log_a_receipt_through_the_dialog(qtbot, demo_workspace):
    tab = _tab(qtbot, demo_workspace)
    target = next(r for r in tab.unit_model.rows() if r.verdict.state == UnitState.MISSING)

    log_receipt_on(qtbot, tab, target.code)  # the register changed: the figures come again
    row = {r.code: r for r in tab.unit_model.rows()}[target.code]
    assert row.verdict.state == UnitState.ON_TIME
    assert row.last_channel == "paper"
    assert tab.receipts.model.rowCount() == 1
    assert receipts.list_receipts(demo_workspace)[0].doc_number == "15/UBND"


def test_upward_status_and_charts(qtbot, demo_workspace):
    with demo_workspace.session() as s:
        s.add(UpwardEvent(event_kind="bundle_built", at=datetime(2018, 4, 19, 2, 15, tzinfo=UTC)))
    tab = _tab(qtbot, demo_workspace)
    built = tab.upward_labels["bundle_built"].text()
    assert "19/04/2018 09:15" in built  # Vietnam time
    assert tab.upward_labels["forms_printed"].text()
    names = [s.name() for s in tab.charts.timeline_view.chart().series()]
    assert len(names) == 4  # registrations, 13/4 (both unit deadlines), 26/4, the as-of day
    bars = tab.charts.fields_view.chart().series()[0]
    assert sum(sum(b.at(i) for i in range(b.count())) for b in bars.barSets()) == 60  # all the office's


def test_export_who_to_call_from_the_tab(qtbot, demo_workspace, tmp_path):
    tab = _tab(qtbot, demo_workspace)
    path = tmp_path / "goi.xlsx"
    with qtbot.waitSignal(tab.file_written, timeout=60_000) as signal:
        worker = tab.export_who_to_call(path)
    count = worker.result
    assert str(path) in signal.args[0]
    assert signal.args[1] == path  # the window offers to open it
    assert count == tab.call_model.rowCount() > 0
    sheet = load_workbook(path).active
    assert sheet.cell(5 + count - 1, 1).value == str(count)


def test_charts_print_on_one_page(qtbot, demo_workspace, tmp_path):
    from pypdf import PdfReader

    tab = _tab(qtbot, demo_workspace)
    path = tmp_path / "charts.pdf"
    with qtbot.waitSignal(tab.file_written):
        tab.save_charts_pdf(path)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())  # Qt's PDF separates words by tabs
    assert "Phòng Nội vụ huyện Đồng Văn" in text
    assert "13/4" in text  # the deadline line is named in the legend
    # The on-screen chart got its own size back after printing.
    view = tab.charts.timeline_view
    assert view.chart().geometry().width() <= view.width()


def test_correct_and_delete_a_receipt(qtbot, demo_workspace, no_dialogs):
    receipts.add_receipt(
        demo_workspace, receipts.ReceiptInput("00715", date(2018, 4, 16), Channel.EMAIL, "9/UBND")
    )
    tab = _tab(qtbot, demo_workspace)
    register = tab.receipts
    assert not register.edit_button.isEnabled()
    register.view.selectRow(0)
    assert register.delete_button.isEnabled()

    def correct():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReceiptDialog)
        assert dialog.unit_picker.code() == "00715"
        dialog.date_edit.setDate(QDate(2018, 4, 13))
        dialog.accept()

    QTimer.singleShot(0, correct)
    with qtbot.waitSignal(register.changed, timeout=5000):
        register.edit_button.click()
    assert receipts.list_receipts(demo_workspace)[0].received_on == date(2018, 4, 13)
    register.view.selectRow(0)
    with qtbot.waitSignal(register.changed, timeout=5000):
        register.delete_button.click()
    assert no_dialogs[0][0] == "question"
    assert receipts.list_receipts(demo_workspace) == []
    assert register.model.rowCount() == 0


def test_coming_back_to_the_tab_recomputes(qtbot, demo_workspace):
    tab = _tab(qtbot, demo_workspace)
    before = tab.upward_labels["list_exported"].text()
    with demo_workspace.session() as s:
        s.add(UpwardEvent(event_kind="list_exported", at=datetime(2018, 4, 19, 1, 0, tzinfo=UTC)))
    tab.hide()
    with qtbot.waitSignal(tab.refreshed):
        tab.show()
    assert tab.upward_labels["list_exported"].text() != before
    assert "19/04/2018 08:00" in tab.upward_labels["list_exported"].text()


def test_the_figures_are_computed_off_the_ui_thread_and_only_the_latest_day_is_shown(qtbot, demo_workspace):
    from hagiang_desktop.services import dashboard
    from tests.ui.test_long_jobs import entered_on_ui_thread

    work = (
        dashboard.snapshot,
        dashboard.unit_table,
        dashboard.coverage,
        dashboard.timeline,
        dashboard.stages,
    )
    with entered_on_ui_thread(*work) as seen:
        tab = _tab(qtbot, demo_workspace)
        shown = []
        tab.refreshed.connect(lambda: shown.append(tab.as_of()))
        # The clerk steps through three days faster than the figures come: the first two are
        # never shown, the last one is, once.
        tab.set_as_of(date(2018, 4, 1))
        tab.set_as_of(date(2018, 4, 13))
        assert "13/04/2018" in tab.summary_label.text()  # the figures shown are not that day's yet
        with qtbot.waitSignal(tab.refreshed):
            tab.set_as_of(date(2018, 4, 14))
        qtbot.waitUntil(lambda: not tab.computing())
    assert seen == []
    assert shown == [date(2018, 4, 14)]
    rows = {r.code: r for r in tab.unit_model.rows()}
    assert rows["00715"].verdict.days_left == -1  # 14/4: one day past the communes' 13/4


def test_a_bloc_or_cluster_filters_the_units(qtbot, demo_workspace, tmp_path):
    from hagiang_desktop.services import group_io

    path = tmp_path / "cum.csv"
    path.write_text("code,name,kind,members\nC1,Cụm Lũng Cú,cluster,00715;00718\n", encoding="utf-8")
    assert group_io.import_groups(demo_workspace, path).errors == []
    tab = _tab(qtbot, demo_workspace)
    everyone = tab.unit_model.rowCount()
    tab.group_combo.setCurrentIndex(tab.group_combo.findData("C1"))
    assert {row.code for row in _shown(tab)} == {"00715", "00718"}
    tab.group_combo.setCurrentIndex(0)
    assert tab.unit_model.rowCount() == everyone
