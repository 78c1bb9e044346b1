"""pdf_common: fonts, header, signature block, page numbers; read back with pypdf."""

from __future__ import annotations

import io
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from hagiang_desktop.exports.pdf_common import (
    Cancelled,
    CheckBox,
    OfficialHeader,
    Signature,
    build_document,
    official_header_flowables,
    para,
    signature_block,
)


def _text(data: bytes | Path) -> list[str]:
    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)
    return [page.extract_text() for page in reader.pages]


def _story(paragraphs: int) -> list:
    header = OfficialHeader(
        "UBND huyện Đồng Văn", "Phòng Nội vụ", "Số: 05/DS-NV", "Đồng Văn", date(2019, 1, 5)
    )
    story = official_header_flowables(header)
    story.append(para("DANH SÁCH", "title"))
    # NFD input: must come back composed (reportlab would otherwise detach the tone marks).
    story.extend(
        para(unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Hà Giang — Mèo Vạc"))
        for _ in range(paragraphs)
    )
    story.append(CheckBox(True))
    story.append(
        signature_block(
            Signature(
                ("KT. Trưởng phòng", "Phó trưởng phòng"), "Nguyễn Thị Hoà", "(Ký, ghi rõ họ tên, đóng dấu)"
            ),
            recipients=["Ban TĐKT - Sở Nội vụ", "Lưu: VT, NV"],
        )
    )
    return story


def test_header_date_line_signature_and_page_numbers(tmp_path: Path) -> None:
    out = tmp_path / "doc.pdf"
    pages = build_document(out, _story(60), title="Thử nghiệm")
    assert pages >= 2
    texts = _text(out)
    assert len(texts) == pages
    first = texts[0]
    for expected in (
        "UBND HUYỆN ĐỒNG VĂN",
        "PHÒNG NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/DS-NV",
        "Đồng Văn, ngày 05 tháng 01 năm 2019",
        "Ủy ban nhân dân tỉnh Hà Giang — Mèo Vạc",
    ):
        assert expected in first
    last = texts[-1]
    assert "Nơi nhận:" in last
    assert "- Ban TĐKT - Sở Nội vụ;" in last
    assert "- Lưu: VT, NV." in last
    assert "KT. TRƯỞNG PHÒNG" in last
    assert "Nguyễn Thị Hoà" in last
    # Page 1 carries no number; page 2 on carry theirs at the top.
    assert "2" in [line.strip() for line in texts[1].splitlines()]
    assert "1" not in [line.strip() for line in first.splitlines()]
    assert PdfReader(out).metadata.title == "Thử nghiệm"


def test_stream_target_and_fonts_embedded() -> None:
    buffer = io.BytesIO()
    build_document(buffer, _story(2), landscape_page=True)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[key]["/BaseFont"]) for key in fonts}
    assert any("Tinos" in name for name in names)
    assert any("Tinos-Bold" in name for name in names)


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "doc.pdf"
    with pytest.raises(Cancelled):
        build_document(out, _story(200), progress=lambda page: page < 2)
    assert list(tmp_path.iterdir()) == []
