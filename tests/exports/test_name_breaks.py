"""Long body names printed as an office writes them (issue #15): read back from the PDF.

"SỞ CÔNG THƯƠNG TỈNH HÀ / GIANG" and "PHÒNG VĂN HÓA VÀ THÔNG / TIN" were printed; a name breaks
between phrases, before its place ("… / TỈNH HÀ GIANG"), never inside a term or a place. The
lines are read back with poppler (``pdftotext -bbox-layout``) by position: the issuer's column
of the letterhead, the signer's column of the signature block.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from hagiang_desktop.exports.model import OfficialHeader, Signature
from hagiang_desktop.exports.pdf_forms import write_forms_pdf
from hagiang_desktop.exports.pdf_list import write_list_pdf
from tests.exports.helpers_export import document, nomination

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

_LINE = re.compile(
    r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', re.S
)
_WORD = re.compile(r"<word[^>]*>(.*?)</word>")

#: (superior, issuer) → the issuer's lines as printed in a form's letterhead.
FORMS = {
    ("UBND TỈNH HÀ GIANG", "SỞ CÔNG THƯƠNG TỈNH HÀ GIANG"): ["SỞ CÔNG THƯƠNG", "TỈNH HÀ GIANG"],
    ("UBND HUYỆN ĐỒNG VĂN", "PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN ĐỒNG VĂN"): [
        "PHÒNG VĂN HÓA VÀ THÔNG TIN",
        "HUYỆN ĐỒNG VĂN",
    ],
    ("UBND HUYỆN ĐỒNG VĂN", "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI HUYỆN ĐỒNG VĂN"): [
        "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
        "HUYỆN ĐỒNG VĂN",
    ],
    ("", "CÔNG TY CỔ PHẦN XI MĂNG VÀ XÂY DỰNG CÔNG TRÌNH HÀ GIANG"): [
        "CÔNG TY CỔ PHẦN XI MĂNG",
        "VÀ XÂY DỰNG CÔNG TRÌNH HÀ GIANG",
    ],
    ("", "HỢP TÁC XÃ NÔNG NGHIỆP VÀ DỊCH VỤ TỔNG HỢP LŨNG CÚ"): [
        "HỢP TÁC XÃ NÔNG NGHIỆP",
        "VÀ DỊCH VỤ TỔNG HỢP LŨNG CÚ",
    ],
    ("", "CÔNG TY ĐIỆN LỰC HÀ GIANG"): ["CÔNG TY ĐIỆN LỰC", "HÀ GIANG"],
    ("UBND HUYỆN ĐỒNG VĂN", "TRUNG TÂM VĂN HÓA, THỂ THAO VÀ TRUYỀN THÔNG HUYỆN ĐỒNG VĂN"): [
        "TRUNG TÂM VĂN HÓA, THỂ THAO",
        "VÀ TRUYỀN THÔNG HUYỆN ĐỒNG VĂN",
    ],
}


def _lines(pdf: Path) -> list[list[tuple[float, float, float, str]]]:
    """Per page: (x centre, y top, width, text) of every line poppler finds."""
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        rows = []
        for x0, y0, x1, _y1, body in _LINE.findall(page):
            text = " ".join(html.unescape(w) for w in _WORD.findall(body))
            rows.append(((float(x0) + float(x1)) / 2, float(y0), float(x1) - float(x0), text))
        pages.append(sorted(rows, key=lambda r: r[1]))
    return pages


def _column(rows, left: bool, top: float, bottom: float, middle: float = 297.6) -> list[str]:
    """The lines of one column between two heights (points from the top of the page)."""
    return [text for x, y, _w, text in rows if top <= y < bottom and (x < middle) == left]


def test_forms_letterheads_break_long_names_between_phrases(tmp_path: Path) -> None:
    rows = [
        nomination(i, "2.1", "collective", issuer_parent=parent, issuer=issuer, head_signature=("GIÁM ĐỐC",))
        for i, (parent, issuer) in enumerate(FORMS, 1)
    ]
    out = tmp_path / "phieu.pdf"
    write_forms_pdf(out, document(), rows)
    pages = _lines(out)
    firsts = [rows for rows in pages if any("CỘNG HÒA XÃ HỘI" in r[3] for r in rows)]
    assert len(firsts) == len(FORMS)
    for (parent, issuer), expected, page in zip(FORMS, FORMS.values(), firsts, strict=True):
        left = _column(page, True, 0, 110)
        assert left == ([parent] if parent else []) + expected, issuer
        assert " ".join(expected) == issuer
        # The name keeps clear of the motto beside it (an enterprise's ran into "CỘNG HÒA…").
        motto = next(x - w / 2 for x, _y, w, text in page if text.startswith("CỘNG HÒA"))
        right_edge = max(x + w / 2 for x, y, w, _t in page if y < 110 and x < 297.6)
        assert right_edge < motto - 6, issuer


def test_forms_signature_breaks_a_long_title_in_its_column(tmp_path: Path) -> None:
    titles = ("TM. BAN CHỈ HUY QUÂN SỰ HUYỆN ĐỒNG VĂN", "CHỈ HUY TRƯỞNG")
    row = nomination(1, "2.1", "collective", issuer_parent="UBND HUYỆN ĐỒNG VĂN", head_signature=titles)
    out = tmp_path / "phieu.pdf"
    write_forms_pdf(out, document(), [row])
    pages = _lines(out)
    # The form fits its page: no page of its own for the file code ("Mã hồ sơ") under the block.
    assert len(pages) == 1, [[t for *_r, t in p] for p in pages[1:]]
    page = pages[0]
    note_y = next(y for x, y, _w, text in page if text.startswith("(Ký") and x > 297.6)
    right = [(t, w) for x, y, w, t in page if note_y - 60 < y < note_y and x > 297.6]
    assert [t for t, _w in right] == ["TM. BAN CHỈ HUY QUÂN SỰ", "HUYỆN ĐỒNG VĂN", "CHỈ HUY TRƯỞNG"]
    assert all(w < 297.6 - 85 for _t, w in right)  # within the signer's half of the text area


def test_list_letterhead_and_signature_break_long_names_at_the_natural_place(tmp_path: Path) -> None:
    doc = document()
    doc = doc.__class__(
        **{
            **doc.__dict__,
            "header": OfficialHeader(
                "UBND HUYỆN ĐỒNG VĂN",
                "PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN ĐỒNG VĂN",
                "Số: 05/DS-VHTT",
                "Đồng Văn",
                doc.header.day,
            ),
            "signature": Signature(
                ("TM. BAN THƯỜNG VỤ HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG", "CHỦ TỊCH"), "Lò Thị Mai"
            ),
        }
    )
    out = tmp_path / "ds.pdf"
    write_list_pdf(out, doc, [nomination(1), nomination(2)])
    pages = _lines(out)
    width = 841.9  # the list prints landscape
    head = _column(pages[0], True, 0, 110, middle=width / 2)
    assert head[:3] == ["UBND HUYỆN ĐỒNG VĂN", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "HUYỆN ĐỒNG VĂN"]
    last = pages[-1]
    name_y = next(y for _x, y, _w, text in last if text == "Lò Thị Mai")
    sign = [t for t in _column(last, False, 0, name_y, middle=width / 2) if t.isupper()]
    assert sign[-3:] == ["TM. BAN THƯỜNG VỤ HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH HÀ GIANG", "CHỦ TỊCH"]
