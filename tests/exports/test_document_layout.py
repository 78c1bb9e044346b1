"""Layouts that never break (issue #15, item 5): any length of text gives a valid, signable PDF.

Each document is read back with pypdf and poppler (``pdftotext``, ``pdffonts``) as a clerk's
printer would see it: every page there, long cells continued on the next page under the repeated
heading rows, the table starting on page 1, the signature never alone, every font embedded.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from hagiang_desktop.exports.model import CriterionLine
from hagiang_desktop.exports.pdf_forms import write_forms_pdf
from hagiang_desktop.exports.pdf_list import write_list_pdf
from hagiang_desktop.exports.signing_docs import (
    CoverPage,
    FingerprintForm,
    IssuingOffice,
    cover_pdf,
    fingerprint_form_pdf,
)
from tests.exports.helpers_export import document, nomination

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

#: 10,000 characters of words, with an end that must come out of the printer too.
LONG = ("Vận động nhân dân hiến đất làm đường bê tông liên thôn, " * 200)[:9990] + " HẾT Ở ĐÂY."
NAME_300 = ("Hợp tác xã nông nghiệp chè Shan tuyết " * 9)[:300]


def _page_texts(pdf: Path) -> list[str]:
    count = len(PdfReader(pdf).pages)
    return [
        subprocess.run(
            ["pdftotext", "-f", str(i), "-l", str(i), "-layout", str(pdf), "-"],
            check=True, capture_output=True, text=True,
        ).stdout
        for i in range(1, count + 1)
    ]  # fmt: skip


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _fonts(pdf: Path) -> list[tuple[str, str]]:
    """(name, embedded yes/no) for every font poppler finds in the file."""
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows if row.strip()]


def _long_row(i: int = 1):
    return nomination(
        i,
        name=NAME_300,
        achievements=LONG,
        good_practice=LONG,
        note=LONG,
        position=LONG,
        work_unit=LONG,
        registering_unit=NAME_300,
    )


def test_list_with_10000_characters_in_every_cell_is_a_valid_pdf(tmp_path: Path) -> None:
    out = tmp_path / "ds.pdf"
    pages = write_list_pdf(out, document(), [nomination(1), _long_row(2), nomination(3, "2.3")], total=3)
    texts = _page_texts(out)
    assert len(texts) == pages > 10  # the long row continues over many pages, nothing cut
    # The table starts on page 1 with the long row's beginning, not with the letterhead alone.
    assert "STT" in texts[0]
    assert "Giàng Seo Pà 1" in texts[0]
    assert "Hợp tác xã" in texts[0]
    # Every later page: its number in the top margin, the repeated heading rows, then the row.
    for number, text in enumerate(texts[1:], 2):
        assert text.strip().splitlines()[0].strip() == str(number)
        assert "STT" in text and "(11)" in text or number == len(texts)
    flat = _flat(" ".join(texts))
    assert flat.count("ĐÂY.") == 5  # the end of every long text (5 of them) is printed
    assert "Giàng Seo Pà 3" in flat
    # The signature block never stands alone: the last (short) row and the totals are on its page.
    last = texts[-1]
    assert "Hoàng Thị Hoà" in last
    assert "TRƯỞNG PHÒNG" in last
    assert "Giàng Seo Pà 3" in last
    assert "Tổng cộng" in last


def test_list_of_500_models_numbers_its_pages_and_ends_with_totals_and_signature(tmp_path: Path) -> None:
    out = tmp_path / "ds.pdf"
    rows = [nomination(i, "2.1" if i <= 250 else "2.3") for i in range(1, 501)]
    pages = write_list_pdf(out, document(), rows, total=500)
    texts = _page_texts(out)
    assert len(texts) == pages
    # Each row wraps to about six lines in the narrow columns: six rows a page under the
    # heading rows, 85 pages (as many as before rows could split: nothing wasted, nothing lost).
    assert 80 <= pages <= 90
    assert all(t.strip().splitlines()[0].strip() == str(n) for n, t in enumerate(texts[1:], 2))
    assert "Giàng Seo Pà 500" in texts[-1]
    assert "Tổng cộng" in texts[-1]
    assert "Hoàng Thị Hoà" in texts[-1]


def test_forms_with_extreme_lengths_continue_rows_on_the_next_page(tmp_path: Path) -> None:
    out = tmp_path / "phieu.pdf"
    criteria = (
        CriterionLine("III.1.1", "có thành tích tiêu biểu, xuất sắc", True, LONG),
        CriterionLine("III.1.2", "là nhân tố nổi trội", False),
    )
    rows = [
        nomination(1, name=NAME_300, achievements=LONG, good_practice=LONG, replication_plan=LONG,
                   position=LONG[:3000], criteria=criteria, registering_unit=NAME_300),
        nomination(2),
    ]  # fmt: skip
    pages = write_forms_pdf(out, document(), rows, total=2)
    texts = _page_texts(out)
    assert len(texts) == pages >= 8
    flat = _flat(" ".join(texts))
    assert flat.count("HẾT Ở ĐÂY.") == 4  # the evidence, sections III, IV and V: printed to the end
    # The criterion's row went on over the page break under the repeated table head.
    assert sum("Nội dung tiêu chí" in t for t in texts) >= 3
    assert "Giàng Seo Pà 2" in texts[-1]


def test_every_font_is_embedded_and_no_unused_font_is_listed(tmp_path: Path) -> None:
    list_pdf, forms_pdf = tmp_path / "ds.pdf", tmp_path / "phieu.pdf"
    write_list_pdf(list_pdf, document(), [nomination(1)])
    write_forms_pdf(forms_pdf, document(), [nomination(1)])
    office = IssuingOffice("UBND HUYỆN ĐỒNG VĂN", "PHÒNG NỘI VỤ", "Đồng Văn")
    fingerprint = " ".join(["AB12"] * 16)
    when = datetime(2018, 4, 20, 3, tzinfo=UTC)
    key_form = tmp_path / "key.pdf"
    key_form.write_bytes(
        fingerprint_form_pdf(
            FingerprintForm(
                office,
                "026-NV",
                "Phòng Nội vụ huyện Đồng Văn",
                "CN=x",
                fingerprint,
                when,
                when,
                date(2018, 4, 20),
            )  # fmt: skip
        )
    )
    cover = tmp_path / "cover.pdf"
    cover.write_bytes(
        cover_pdf(
            CoverPage(
                office,
                "026-NV – Phòng Nội vụ",
                "UBND tỉnh Hà Giang",
                "Kế hoạch số 127/KH-UBND",
                1,
                when,
                False,
                3,
                [("danh-sach.pdf", "Danh sách")],
                fingerprint,
            )  # fmt: skip
        )
    )
    for pdf in (list_pdf, forms_pdf, key_form, cover):
        fonts = _fonts(pdf)
        assert fonts, pdf.name
        assert all(embedded == "yes" for _name, embedded in fonts), (pdf.name, fonts)
        assert all("Tinos" in name for name, _e in fonts), (pdf.name, fonts)  # no Helvetica, no Courier
    assert "AB12 AB12 AB12 AB12" in _flat(" ".join(_page_texts(key_form)))


def _words(pdf: Path) -> list[tuple[float, float, str]]:
    """Each word of page 1 with its top and bottom (points from the page's top), as poppler reads it."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', html)
    return [(float(top), float(bottom), word) for top, bottom, word in found]


def test_the_list_leaves_room_between_the_plan_line_and_the_table(tmp_path: Path) -> None:
    """The italic line citing the plan sat on the table's top border, its descenders touching it.

    A blank paragraph meant as the gap had no height at all.
    """
    out = tmp_path / "ds.pdf"
    write_list_pdf(out, document(), [nomination(1)], total=1)
    words = _words(out)
    stt_top = next(top for top, _bottom, word in words if word == "STT")
    above = max(bottom for top, bottom, _word in words if top < stt_top and bottom <= stt_top)
    assert stt_top - above >= 9  # the heading cell's padding and a gap of its own
