"""The "who to call" list written as xlsx and PDF, read back with openpyxl and pypdf."""

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from hagiang_desktop.core.timeliness import CallReason
from hagiang_desktop.exports.who_to_call import CallLine, CallSheet, reason_text, write_pdf, write_xlsx
from hagiang_desktop.services import dashboard
from hagiang_desktop.services.scope import office_scope
from hagiang_desktop.storage.models import Unit

AS_OF = date(2018, 4, 20)


@pytest.fixture
def demo_workspace(any_demo_workspace):
    """The demo office on a SQLite file and on a PostgreSQL server (#22)."""
    return any_demo_workspace


def _sheet(lines, language="vi"):
    return CallSheet(
        parent_body="UBND huyện Đồng Văn",
        body="Phòng Nội vụ",
        place="Đồng Văn",
        as_of=AS_OF,
        lines=tuple(lines),
        consequence="Không triển khai, không đăng ký: không được xét khen thưởng theo chuyên đề, hằng năm",
        language=language,
    )


def test_reason_texts():
    line = CallLine("Xã Lũng Cú", (CallReason.MISSING,), -7)
    assert reason_text(line, CallReason.MISSING) == "Chưa nộp, quá hạn 7 ngày"
    assert reason_text(CallLine("x", (), 0), CallReason.PENDING) == "Chưa nộp, hôm nay là hạn cuối"
    assert reason_text(CallLine("x", (), 3), CallReason.PENDING, "en") == "Nothing sent yet, 3 day(s) left"
    short = CallLine("Huyện Đồng Văn", (CallReason.SHORT,), 6, counted=8, quota_minimum=10)
    assert reason_text(short, CallReason.SHORT) == "Chưa đủ chỉ tiêu: 8/10 mô hình"


def test_xlsx_reads_back_and_keeps_formulas_as_text(tmp_path):
    lines = [
        CallLine(
            "Xã Lũng Cú",
            (CallReason.MISSING,),
            -7,
            contact_person="Chị Vàng Thị Mai",
            contact_phone="+84 219 3856 123",
            contact_email="lungcu@hagiang.gov.vn",
        ),
        CallLine("=Xã Sủng Là", (CallReason.LATE,), -7, last_received=date(2018, 4, 16)),
    ]
    path = tmp_path / "call.xlsx"
    write_xlsx(path, _sheet(lines))
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "DANH SÁCH ĐƠN VỊ CẦN LIÊN HỆ"
    assert sheet["A2"].value == "Tính đến ngày 20/04/2018"
    assert [c.value for c in sheet[4]][:3] == ["STT", "Đơn vị", "Lý do"]
    assert [c.value for c in sheet[5]] == [
        "1",
        "Xã Lũng Cú",
        "Chưa nộp, quá hạn 7 ngày",
        "Chị Vàng Thị Mai",
        "+84 219 3856 123",
        "lungcu@hagiang.gov.vn",
        None,
    ]
    assert sheet["B6"].value == "=Xã Sủng Là"
    assert sheet["B6"].data_type == "s"
    assert sheet["G6"].value == "16/04/2018"
    assert "IV.1" in sheet["A8"].value


def test_pdf_of_the_demo_is_one_page_with_the_header(demo_workspace, tmp_path):
    scope = office_scope(demo_workspace)
    calls = dashboard.who_to_call(dashboard.unit_table(demo_workspace, scope, AS_OF), scope)
    missing = next(r for r in calls if r.call_reasons == (CallReason.MISSING,))
    with demo_workspace.session() as s:
        s.execute(
            update(Unit)
            .where(Unit.code == missing.code)
            .values(contact_person="Chị Vàng Thị Mai", contact_phone="0219 3856 123")
        )
    path = tmp_path / "call.pdf"
    count = dashboard.export_who_to_call(demo_workspace, scope, AS_OF, path)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "UBND HUYỆN ĐỒNG VĂN" in text
    assert "PHÒNG NỘI VỤ" in text
    assert "Đồng Văn, ngày 20 tháng 4 năm 2018" in text
    assert "DANH SÁCH ĐƠN VỊ CẦN LIÊN HỆ" in text
    assert missing.name.split()[-1] in text
    assert "0219 3856 123" in text
    assert "Chưa nộp, quá hạn 7 ngày" in text
    assert "Huyện Đồng Văn\n" not in text  # the office does not call itself
    assert count == len(calls)


def test_pdf_in_english_and_empty(tmp_path):
    path = tmp_path / "empty.pdf"
    assert write_pdf(path, _sheet([], "en")) == 1
    text = PdfReader(path).pages[0].extract_text()
    assert "UNITS TO CALL" in text
    assert "No unit needs a call." in text


def test_unknown_format_is_refused(demo_workspace, tmp_path):
    import pytest

    with pytest.raises(ValueError, match=".xlsx or .pdf"):
        dashboard.export_who_to_call(demo_workspace, office_scope(demo_workspace), AS_OF, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
