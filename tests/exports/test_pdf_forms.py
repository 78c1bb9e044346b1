"""Registration forms and the list PDF, read back with pypdf."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from hagiang_desktop.exports.model import Cancelled
from hagiang_desktop.exports.pdf_forms import write_forms_pdf
from hagiang_desktop.exports.pdf_list import write_list_pdf
from tests.exports.helpers_export import document, nomination

FORM_TITLE = "PHIẾU ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN"


def _pages(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(path).pages]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def test_forms_text_criteria_signatures_and_numbering(tmp_path: Path) -> None:
    out = tmp_path / "phieu.pdf"
    long_text = "\n".join(["Tổ chức tham quan học tập kinh nghiệm tại các xã bạn, báo cáo điển hình."] * 25)
    rows = [
        nomination(1, name=unicodedata.normalize("NFD", "Thào Mí Sính"), replication_plan=long_text),
        nomination(2, "2.3", "collective", name="Trường Mầm non Lũng Cú"),
    ]
    pages = write_forms_pdf(out, document(title=FORM_TITLE), rows, total=2)
    texts = _pages(out)
    assert len(texts) == pages >= 3
    first = texts[0]
    assert "PHIẾU ĐĂNG KÝ" in first
    assert "XÂY DỰNG MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN" in first
    assert "UBND XÃ LŨNG CÚ" in first
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "Đồng Văn, ngày 10 tháng 4 năm 2018" in first  # the day it registered, not the printing day
    assert "Kính gửi: Phòng Nội vụ huyện Đồng Văn" in first
    assert "Thào Mí Sính" in first  # typed decomposed, comes back composed
    for code in ("III.1.1", "III.1.2", "2.1.b.1"):
        assert code in first
    assert "là nhân tố nổi trội, dẫn đầu trong các phong trào thi đua" in first
    assert "Minh chứng: Biên bản họp bình xét ngày 10/4/2018" in first
    assert "Tiêu chí chưa đạt: 2.1.b.1." in first
    assert "đạt 2/3 tiêu chí" in first
    # The first form runs over two pages: its second carries "2"; the next form starts unnumbered.
    whole = "\n".join(texts)
    assert whole.count("NGƯỜI ĐĂNG KÝ") == 1
    assert whole.count("ĐẠI DIỆN TẬP THỂ") == 1
    assert whole.count("THỦ TRƯỞNG ĐƠN VỊ") == 2
    assert whole.count("(Ký, ghi rõ họ tên, đóng dấu)") == 2
    second_form = next(i for i, t in enumerate(texts) if "Trường Mầm non Lũng Cú" in t)
    assert "2" in _lines(texts[1])
    assert second_form >= 2
    # No page number on the first page of either form (lines holding only digits).
    assert not [line for line in _lines(texts[second_form]) if line.isdigit()]
    assert not [line for line in _lines(texts[0]) if line.isdigit()]


def test_forms_cancel_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "phieu.pdf"
    with pytest.raises(Cancelled):
        write_forms_pdf(
            out, document(), [nomination(i) for i in range(5)], total=5, progress=lambda d, t: d < 2
        )
    assert list(tmp_path.iterdir()) == []


def test_list_pdf(tmp_path: Path) -> None:
    out = tmp_path / "ds.pdf"
    rows = [nomination(1), nomination(2, "2.1", "collective"), nomination(3, "2.3", is_supplement=True)]
    pages = write_list_pdf(out, document(day=date(2018, 4, 26)), rows, total=3)
    reader = PdfReader(out)
    assert len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert box.width > box.height
    text = "\n".join(_pages(out))
    assert "Đồng Văn, ngày 26 tháng 4 năm 2018" in text
    assert "DANH SÁCH ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2018 – 2020" in text
    assert "Lĩnh vực 2.1. Mô hình cơ quan, đơn vị kiểu mẫu" in text
    assert "Cộng lĩnh vực 2.3" in text
    assert "Tổng cộng" in text
    assert "III.1.1, III.1.2" in text
    assert "Giàng Seo Pà 3" in text
    assert "Bổ sung" in text
    assert "Chưa đạt" not in text
    assert "còn thiếu" not in text
    assert "Nơi nhận:" in text


def test_form_prints_the_shared_labels_and_headings(tmp_path: Path) -> None:
    """The Word reader recognises a typed form by core.form_labels: the printout must use the same texts."""
    from hagiang_desktop.core import form_labels as form

    out = tmp_path / "phieu.pdf"
    rows = [
        nomination(
            1, gender="Nữ", birth_year=1985, target_honour="Chiến sĩ thi đua toàn quốc", is_supplement=True
        ),
        nomination(
            2,
            "2.8",
            "household",
            name="Hộ ông Vàng Mí Lử",
            household_head="Vàng Mí Lử",
            address="Thôn Lũng Cú, xã Lũng Cú",
        ),
    ]
    write_forms_pdf(out, document(title=FORM_TITLE), rows, total=2)
    text = " ".join(" ".join(_pages(out)).split())
    for item in form.LABELS:
        assert f"{item.text}:" in text, item.text
    for section in form.SECTIONS:
        assert section.text in text
    for word in (form.TABLE_MET, form.TABLE_CODE, form.TABLE_TEXT, form.SUPPLEMENT_VALUE, form.SIGN_HEAD):
        assert word in text
