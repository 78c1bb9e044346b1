"""Quick measure of the exporters alone (issue #6), without the database: made-up rows.

    .venv/bin/python -m benchmarks.bench_exports [rows] [forms]

* the registration list workbook for ``rows`` nominations against openpyxl's write-only mode
  writing the same cells (read back from our file) with no styling;
* ``forms`` registration forms against a bare reportlab canvas drawing the same text (read
  back from our PDF with pypdf) in the same font;
* the peak of Python memory while writing, at two sizes, to show it stays flat.

Each side runs three times; the medians are printed. ``benchmarks/run.py`` (issue #11) measures
the whole use case, database included, on the province database.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from hagiang_desktop.core.resources import resources_dir
from hagiang_desktop.exports.excel_list import write_registration_list
from hagiang_desktop.exports.pdf_forms import write_forms_pdf
from tests.exports.helpers_export import document, nomination

_ACHIEVEMENT = (
    "Vận động 6 hộ gia đình tham gia xóa bỏ hủ tục, xây dựng nếp sống văn minh, nuôi 40 đàn ong bạc hà. "
)
_FORM_TITLE = "PHIẾU ĐĂNG KÝ XÂY DỰNG MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN"


def _rows(count: int) -> list:
    kinds = ("individual", "collective", "household")
    return [
        nomination(i, "2.1" if i < count // 2 else "2.3", kinds[i % 3], achievements=_ACHIEVEMENT * 2)
        for i in range(count)
    ]


def _median(run: Callable[[], None], times: int = 3) -> float:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _peak(run: Callable[[], None]) -> float:
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def excel(count: int, folder: Path) -> None:
    rows, doc, out = _rows(count), document(), folder / "list.xlsx"

    def program() -> None:
        write_registration_list(out, doc, iter(rows), total=count)

    program()
    book = load_workbook(out, read_only=True)
    sheets = [(s.title, [list(r) for r in s.iter_rows(values_only=True)]) for s in book.worksheets]
    book.close()

    def floor() -> None:
        wb = Workbook(write_only=True)
        for title, values in sheets:
            sheet = wb.create_sheet(title)
            for row in values:
                sheet.append(row)
        wb.save(folder / "floor.xlsx")

    p, f = _median(program), _median(floor)
    small = _rows(count // 5)
    peak_small = _peak(lambda: write_registration_list(folder / "s.xlsx", doc, iter(small)))
    peak_big = _peak(program)
    print(f"Excel list, {count:,} rows: program {p:.2f} s, floor {f:.2f} s, ratio {p / f:.2f}x; "
          f"peak Python memory while writing {peak_small:.1f} MB at {count // 5:,} rows, "
          f"{peak_big:.1f} MB at {count:,} rows")  # fmt: skip


def forms(count: int, folder: Path) -> None:
    rows, doc, out = _rows(count), document(title=_FORM_TITLE), folder / "forms.pdf"

    def program() -> None:
        write_forms_pdf(out, doc, iter(rows), total=count)

    program()
    pages = [page.extract_text().splitlines() for page in PdfReader(out).pages]
    pdfmetrics.registerFont(TTFont("FloorTinos", str(resources_dir() / "fonts" / "Tinos-Regular.ttf")))

    def floor() -> None:
        pdf = canvas.Canvas(str(folder / "floor.pdf"), pagesize=A4)
        for lines in pages:
            pdf.setFont("FloorTinos", 13)
            y = A4[1] - 70
            for line in lines:
                pdf.drawString(85, y, line)
                y -= 15
            pdf.showPage()
        pdf.save()

    p, f = _median(program), _median(floor)
    print(f"Registration forms, {count:,} forms ({len(pages):,} pages): program {p:.2f} s, floor {f:.2f} s, "
          f"ratio {p / f:.2f}x")  # fmt: skip


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000
    with tempfile.TemporaryDirectory() as folder:
        excel(rows, Path(folder))
        forms(count, Path(folder))


if __name__ == "__main__":
    main()
