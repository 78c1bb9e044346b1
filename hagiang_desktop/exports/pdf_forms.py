"""Registration forms: one A4 portrait "PHIẾU ĐĂNG KÝ" per nomination, many in one PDF.

Each form carries the registering unit's letterhead and the national motto, the place-and-date
line, the title, "Kính gửi" the office, the nominee's details and field, every criterion that
applies (general, then the field's for the nominee's kind) with its clause code, the plan's
wording, a ticked or empty box and the evidence note, then the achievements, the good practice,
the replication plan, and two signature blocks: the registrant and the head of the registering
unit "(Ký, ghi rõ họ tên, đóng dấu)". Each form restarts the page numbers (no number on its first
page, as Nghị định 30/2020 asks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from hagiang_desktop.core.vntext import format_date_short
from hagiang_desktop.exports.model import Cancelled, DocumentInfo, ExportNomination, OfficialHeader, Signature
from hagiang_desktop.exports.pdf_common import (
    CheckBox,
    build_document,
    frame_width,
    markup_text,
    official_header_flowables,
    para,
    restart_numbering,
    signature_block,
)

__all__ = ["write_forms_pdf"]


def write_forms_pdf(
    target: Path | IO[bytes],
    doc: DocumentInfo,
    rows: Iterable[ExportNomination],
    *,
    total: int | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Write one registration form per nomination into one PDF.

    Args:
        target: the PDF file (written atomically) or a binary stream.
        doc: the title, the date and place (``doc.header``), the plan basis and the addressee.
        rows: the nominations, in print order; consumed once.
        total: how many to expect (for ``progress``).
        progress: ``progress(done, 2 × total)`` after each form is built and again after it is
            drawn; returning False cancels (:class:`Cancelled`, no file left).

    Returns:
        The number of pages.

    Raises:
        Cancelled: if ``progress`` returned False.
    """
    # Two halves of the work, each reported: reading and building the forms, then laying them
    # out and drawing them. ``progress`` sees 2 × total steps so the bar moves evenly.
    expected = total or 0
    steps = 2 * expected
    story: list[Flowable] = []
    count = 0
    for count, n in enumerate(rows, 1):
        if count > 1:
            story.append(PageBreak())
        story.append(restart_numbering())
        story.extend(form_flowables(doc, n))
        story.append(_FormDone(expected + count, steps, progress))
        if progress is not None and progress(count, steps) is False:
            raise Cancelled
    return build_document(target, story, title=doc.title, author=doc.header.body, subject=doc.basis)


class _FormDone(Flowable):
    """Reports one more form laid out (while pages are drawn, so Cancel stops the real work)."""

    def __init__(self, done: int, total: int, progress: Callable[[int, int], bool] | None) -> None:
        super().__init__()
        self.done, self.total, self.progress = done, total, progress

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        """Call the progress callback; raise :class:`Cancelled` if it says stop."""
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise Cancelled


def form_flowables(doc: DocumentInfo, n: ExportNomination) -> list[Flowable]:
    """Build the flowables of one form (without the page break).

    Args:
        doc: the document info (title, date, basis, addressee).
        n: the nomination.

    Returns:
        The form's flowables.
    """
    width = frame_width()
    header = OfficialHeader(
        parent_body=n.issuer_parent,
        body=n.issuer or n.registering_unit,
        place=doc.header.place,
        day=doc.header.day,
    )
    story: list[Flowable] = official_header_flowables(header, width)
    # "PHIẾU ĐĂNG KÝ" on a line of its own, the rest under it: two balanced lines.
    first, _, rest = doc.title.partition("PHIẾU ĐĂNG KÝ ")
    title = f"PHIẾU ĐĂNG KÝ<br/>{markup_text(rest)}" if rest and not first else markup_text(doc.title)
    story.append(para(title, "title", markup=True))
    if doc.basis:
        story.append(para(doc.basis, "italic_center"))
    if doc.addressee:
        story.append(para(f"<b>Kính gửi:</b> {markup_text(doc.addressee)}", "subtitle", markup=True))
    story.append(_gap(4))

    story.append(para("I. THÔNG TIN VỀ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH", "heading"))
    for label, value in _details(n):
        story.append(para(f"<b>{markup_text(label)}:</b> {markup_text(value)}", "body_left", markup=True))

    met = len(n.met_codes)
    story.append(_gap(4))
    story.append(
        para(
            f"II. TIÊU CHÍ (Kế hoạch, mục III): đạt {met}/{len(n.criteria)} tiêu chí",
            "heading",
        )
    )
    story.append(_criteria_table(n, width))
    if n.unmet_codes:
        story.append(para(f"Tiêu chí chưa đạt: {', '.join(n.unmet_codes)}.", "note"))

    for title, text in (
        ("III. THÀNH TÍCH NỔI BẬT", n.achievements),
        ("IV. CÁCH LÀM HAY, SÁNG TẠO", n.good_practice),
        ("V. KẾ HOẠCH XÂY DỰNG, NHÂN RỘNG MÔ HÌNH", n.replication_plan),
    ):
        story.append(_gap(4))
        story.append(para(title, "heading"))
        for line in (text or "…").splitlines() or ["…"]:
            story.append(para(line, "body"))

    registrant = "ĐẠI DIỆN TẬP THỂ" if n.kind == "collective" else "NGƯỜI ĐĂNG KÝ"
    story.append(
        signature_block(
            Signature(("THỦ TRƯỞNG ĐƠN VỊ",), "", "(Ký, ghi rõ họ tên, đóng dấu)"),
            left=Signature((registrant,), "" if n.kind == "collective" else n.name, "(Ký, ghi rõ họ tên)"),
            width=width,
        )
    )
    story.append(para(f"Mã hồ sơ: {n.id} – {n.registering_unit_code}", "tiny"))
    return story


def _details(n: ExportNomination) -> list[tuple[str, str]]:
    lines = [("Tên mô hình, tập thể, cá nhân, hộ gia đình", n.name), ("Loại", n.kind_label)]
    if n.kind == "individual":
        person = [p for p in (n.gender, f"năm sinh {n.birth_year}" if n.birth_year else "") if p]
        if person:
            lines.append(("Giới tính, năm sinh", ", ".join(person)))
    if n.kind == "household":
        if n.household_head:
            lines.append(("Chủ hộ", n.household_head))
        if n.address:
            lines.append(("Địa chỉ", n.address))
    else:
        if n.position:
            lines.append(("Chức vụ", n.position))
        if n.work_unit:
            lines.append(("Đơn vị công tác", n.work_unit))
    lines.append(("Lĩnh vực", f"{n.field_code}. {n.field_title}"))
    lines.append(("Đơn vị đăng ký", n.registering_unit))
    if n.target_honour:
        lines.append(("Hướng tới danh hiệu", n.target_honour))
    if n.received_on:
        lines.append(("Ngày nhận hồ sơ", format_date_short(n.received_on)))
    if n.is_supplement:
        lines.append(("Hình thức", "Đăng ký bổ sung (Kế hoạch, mục IV.2)"))
    return lines


def _criteria_table(n: ExportNomination, width: float) -> Table:
    rows: list[list[Any]] = [
        [para("Đạt", "cell_head"), para("Mã", "cell_head"), para("Nội dung tiêu chí", "cell_head")]
    ]
    for c in n.criteria:
        text = markup_text(c.text)
        if c.evidence:
            text += f"<br/><i>Minh chứng: {markup_text(c.evidence)}</i>"
        rows.append([CheckBox(c.met, 9), para(c.code, "cell"), para(text, "cell", markup=True)])
    table = Table(rows, colWidths=[12 * mm, 20 * mm, width - 32 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("TOPPADDING", (0, 1), (0, -1), 4),
            ]
        )
    )
    return table


def _gap(height: float) -> Flowable:
    return Spacer(1, height)
