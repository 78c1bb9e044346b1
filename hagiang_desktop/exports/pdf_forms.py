"""Registration forms: one A4 portrait "PHIẾU ĐĂNG KÝ" per nomination, many in one PDF.

Each form carries the registering unit's letterhead and the national motto, the place-and-date
line, the title, "Kính gửi" the office, the nominee's details and field, every criterion that
applies (general, then the field's for the nominee's kind) with its clause code, the plan's
wording, a ticked or empty box and the evidence note, then the achievements, the good practice,
the replication plan, and two signature blocks: the registrant and the head of the registering
unit "(Ký, ghi rõ họ tên, đóng dấu)". Each form restarts the page numbers (no number on its first
page, as Nghị định 30/2020 asks).

The forms are drawn straight on a reportlab canvas with a small line layout (wrap, draw, break
pages) instead of platypus: a district prints hundreds of forms at once and issue #6 wants 1,000
forms within 1.5× of a bare canvas drawing the same text; platypus paragraphs and tables cost
about eight times that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hagiang_desktop.core import form_labels as form
from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.vntext import format_date_short, nfc
from hagiang_desktop.exports.model import (
    Cancelled,
    CriterionLine,
    DocumentInfo,
    ExportNomination,
    OfficialHeader,
)
from hagiang_desktop.exports.pdf_common import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    MARGINS,
    draw_official_header,
    draw_page_number,
    frame_width,
    register_fonts,
    title_lines,
    wrap_text,
)
from hagiang_desktop.exports.signature_spots import record_spot

__all__ = ["write_forms_pdf"]

_BODY = 13.0
_LEADING = 16.0
_CELL = 11.0
_CELL_LEADING = 13.0
_INDENT = 10 * mm
_COLS = (12 * mm, 20 * mm)  # tick box, clause code; the wording takes the rest


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
        progress: ``progress(done, total)`` after each form is drawn; returning False cancels
            (:class:`Cancelled`, no file left).

    Returns:
        The number of pages.

    Raises:
        Cancelled: if ``progress`` returned False.
    """
    register_fonts()
    expected = total or 0

    def draw(out: str | IO[bytes]) -> int:
        canvas = Canvas(out, pagesize=A4, pageCompression=1, initialFontName=FONT)
        canvas.setTitle(nfc(doc.title))
        canvas.setAuthor(nfc(doc.header.body))
        canvas.setSubject(nfc(doc.basis))
        canvas.setCreator("hagiang-desktop")
        pen = _Pen(canvas)
        for done, n in enumerate(rows, 1):
            if done > 1:
                pen.next_form()
            _draw_form(pen, doc, n)
            if progress is not None and progress(done, expected) is False:
                raise Cancelled
        pages = pen.pages
        canvas.showPage()
        canvas.save()
        return pages

    if isinstance(target, (str, Path)):
        with atomic_path(Path(target)) as tmp:
            return draw(str(tmp))
    return draw(target)


class _Pen:
    """Writes lines down the page, starting a new page (numbered within its form) when full."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.x = MARGINS.left
        self.width = frame_width()
        self.top = A4[1] - MARGINS.top
        self.bottom = MARGINS.bottom
        self.y = self.top
        self.pages = 1
        self.form_page = 1
        self._font: tuple[str, float] = ("", 0.0)

    def font(self, name: str, size: float) -> None:
        if self._font != (name, size):
            self.c.setFont(name, size)
            self._font = (name, size)

    def _new_page(self) -> None:
        self.c.showPage()
        self._font = ("", 0.0)  # a new page starts without a font
        self.pages += 1
        self.form_page += 1
        draw_page_number(self.c, self.form_page)
        self.y = self.top

    def next_form(self) -> None:
        """Start the next form on a fresh page, numbered from 1 again (no number on it)."""
        self.c.showPage()
        self._font = ("", 0.0)
        self.pages += 1
        self.form_page = 1
        self.y = self.top

    def room(self, height: float) -> bool:
        """Make sure ``height`` points fit; start a new page if not. Tell whether one was started."""
        if self.y - height < self.bottom:
            self._new_page()
            return True
        return False

    def gap(self, height: float) -> None:
        self.y -= height

    def centred(self, text: str, font: str, size: float, leading: float) -> None:
        """Draw wrapped text centred across the page."""
        for line in wrap_text(text, font, size, self.width):
            self.room(leading)
            self.font(font, size)
            self.y -= leading
            self.c.drawCentredString(self.x + self.width / 2, self.y + leading - size, line)

    def paragraph(self, text: str, font: str = FONT, size: float = _BODY, leading: float = _LEADING,
                  indent: float = _INDENT) -> None:  # fmt: skip
        """Draw left-aligned paragraphs (one per line of ``text``), first line indented."""
        for part in nfc(text).splitlines() or [""]:
            first = wrap_text(part, font, size, self.width - indent)[0] if indent else ""
            rest = part[len(first) :].lstrip() if indent else part
            lines = [(indent, first)] if indent else []
            if rest or not lines:
                lines += [(0.0, line) for line in wrap_text(rest, font, size, self.width)]
            for dx, line in lines:
                self.room(leading)
                self.font(font, size)
                self.y -= leading
                self.c.drawString(self.x + dx, self.y + leading - size, line)

    def labelled(self, label: str, value: str) -> None:
        """Draw "Label: value", the label bold, the value wrapping under it."""
        label = f"{nfc(label)}: "
        label_w = stringWidth(label, FONT_BOLD, _BODY)
        value = nfc(value)
        first = wrap_text(value, FONT, _BODY, self.width - label_w)[0]
        rest = value[len(first) :].lstrip()
        self.room(_LEADING)
        self.y -= _LEADING
        _runs(self, self.x, self.y + _LEADING - _BODY, label, first)
        if rest:
            self.paragraph(rest, indent=0)


def _runs(pen: _Pen, x: float, y: float, bold: str, regular: str) -> None:
    """Draw a bold run then a regular one in one text object (text extractors keep one line)."""
    text = pen.c.beginText(x, y)
    text.setFont(FONT_BOLD, _BODY)
    text.textOut(bold)
    text.setFont(FONT, _BODY)
    text.textOut(regular)
    pen.c.drawText(text)
    pen._font = ("", 0.0)  # the text object's fonts do not carry over to the canvas


def _draw_form(pen: _Pen, doc: DocumentInfo, n: ExportNomination) -> None:
    c = pen.c
    header = OfficialHeader(
        parent_body=n.issuer_parent,
        body=n.issuer or n.registering_unit,
        place=n.issuer_place or doc.header.place,
        # The day the unit registered, never the printing day: the form is the unit's paper.
        day=n.registered_on or n.received_on,
    )
    pen.y = draw_official_header(c, header, pen.x, pen.top, pen.width)
    pen._font = ("", 0.0)
    # "PHIẾU ĐĂNG KÝ" on a line of its own, the rest under it: two balanced lines.
    first, _, rest = doc.title.partition(f"{form.FORM_TITLE} ")
    for line in (form.FORM_TITLE, rest) if rest and not first else (doc.title,):
        pen.centred(line, FONT_BOLD, 14, 18)
    if doc.basis:
        pen.centred(doc.basis, FONT_ITALIC, _BODY, 15.5)
    addressee = n.addressee or doc.addressee
    if addressee:
        pen.gap(4)
        label, value = f"{form.ADDRESSEE}: ", nfc(addressee)
        lw, vw = stringWidth(label, FONT_BOLD, _BODY), stringWidth(value, FONT, _BODY)
        if lw + vw <= pen.width:
            pen.room(_LEADING)
            pen.y -= _LEADING
            _runs(pen, pen.x + (pen.width - lw - vw) / 2, pen.y + _LEADING - _BODY, label, value)
        else:  # a long name: label, then the name wrapping under it
            pen.labelled(form.ADDRESSEE, value)

    _heading(pen, form.DETAILS.text)
    for label, value in _details(n):
        pen.labelled(label, value)

    _heading(pen, f"{form.CRITERIA.text}: đạt {len(n.met_codes)}/{len(n.criteria)} tiêu chí")
    _criteria_table(pen, n)
    if n.unmet_codes:
        pen.gap(2)
        pen.paragraph(f"{form.UNMET}: {', '.join(n.unmet_codes)}.", FONT_ITALIC, _CELL, _CELL_LEADING, 0)

    for section, text in (
        (form.ACHIEVEMENTS, n.achievements),
        (form.GOOD_PRACTICE, n.good_practice),
        (form.REPLICATION, n.replication_plan),
    ):
        _heading(pen, section.text)
        pen.paragraph(text or "…")

    _signatures(pen, n)
    # The file code in the bottom margin of the form's last page: never a page of its own.
    c.saveState()
    c.setFillColor(colors.grey)
    c.setFont(FONT, 8)
    c.drawString(pen.x, pen.bottom / 2, nfc(f"{form.FILE_CODE}: {n.id} – {n.registering_unit_code}"))
    c.restoreState()
    pen._font = ("", 0.0)


def _heading(pen: _Pen, text: str) -> None:
    pen.gap(5)
    pen.room(_LEADING * 3)  # never leave a heading alone at the foot of a page
    pen.paragraph(text, FONT_BOLD, _BODY, _LEADING, 0)


def _details(n: ExportNomination) -> list[tuple[str, str]]:
    """Return the detail lines of section I, labelled from the shared form wording."""
    lines = [("name", n.name), ("kind", n.kind_label)]
    if n.kind == "individual":
        # The label says "năm sinh" already: the value is "Nữ, 1979", not "Nữ, năm sinh 1979".
        person = [p for p in (n.gender, str(n.birth_year) if n.birth_year else "") if p]
        if person:
            lines.append(("gender_birth", ", ".join(person)))
    if n.kind == "household":
        lines += [
            (key, value)
            for key, value in (("household_head", n.household_head), ("address", n.address))
            if value
        ]
    else:
        lines += [
            (key, value) for key, value in (("position", n.position), ("work_unit", n.work_unit)) if value
        ]
    lines.append(("field_code", n.field_caption))
    lines.append(("sender", n.registering_unit))
    if n.target_honour:
        lines.append(("target_honour", n.target_honour))
    if n.received_on:
        lines.append(("date", format_date_short(n.received_on)))
    if n.is_supplement:
        lines.append(("supplement", form.SUPPLEMENT_VALUE))
    labelled = [(form.label(key), value) for key, value in lines]
    if n.override_reason:
        labelled.append((form.OVERRIDE, n.override_reason))
    return labelled


def _table_head(pen: _Pen) -> None:
    height = _CELL_LEADING + 6
    c, x, w = pen.c, pen.x, pen.width
    pen.y -= height
    c.rect(x, pen.y, w, height)
    c.line(x + _COLS[0], pen.y, x + _COLS[0], pen.y + height)
    c.line(x + sum(_COLS), pen.y, x + sum(_COLS), pen.y + height)
    pen.font(FONT_BOLD, _CELL)
    base = pen.y + 5
    c.drawCentredString(x + _COLS[0] / 2, base, form.TABLE_MET)
    c.drawCentredString(x + _COLS[0] + _COLS[1] / 2, base, form.TABLE_CODE)
    c.drawCentredString(x + sum(_COLS) + (w - sum(_COLS)) / 2, base, form.TABLE_TEXT)


def _criteria_table(pen: _Pen, n: ExportNomination) -> None:
    w = pen.width
    text_w = w - sum(_COLS) - 8
    pen.room(_CELL_LEADING * 3 + 6)
    _table_head(pen)
    for criterion in n.criteria:
        lines = [(FONT, line) for line in wrap_text(criterion.text, FONT, _CELL, text_w)]
        if criterion.evidence:
            evidence = wrap_text(f"{form.EVIDENCE}: {criterion.evidence}", FONT_ITALIC, _CELL, text_w)
            lines += [(FONT_ITALIC, line) for line in evidence]
        first = True
        while lines:
            # A row taller than the rest of the page continues on the next one, under the
            # repeated table head (at least three lines per piece, or the whole short row).
            fit = int((pen.y - pen.bottom - 6) // _CELL_LEADING)
            if fit < min(len(lines), 3):
                pen.room(pen.y)  # forces a new page
                _table_head(pen)
                fit = int((pen.y - pen.bottom - 6) // _CELL_LEADING)
            piece, lines = lines[:fit], lines[fit:]
            _criterion_piece(pen, criterion, piece, first)
            first = False


def _criterion_piece(pen: _Pen, criterion: CriterionLine, lines: list[tuple[str, str]], first: bool) -> None:
    """Draw one row of the criteria table (or the part of it that fits on this page)."""
    c, x, w = pen.c, pen.x, pen.width
    height = len(lines) * _CELL_LEADING + 6
    top = pen.y
    pen.y -= height
    c.rect(x, pen.y, w, height)
    c.line(x + _COLS[0], pen.y, x + _COLS[0], top)
    c.line(x + sum(_COLS), pen.y, x + sum(_COLS), top)
    base = top - _CELL_LEADING + 1
    if first:
        _check_box(c, x + _COLS[0] / 2 - 4.5, top - 13, criterion.met)
        pen.font(FONT, _CELL)
        c.drawString(x + _COLS[0] + 4, base, criterion.code)
    for font, line in lines:
        pen.font(font, _CELL)
        c.drawString(x + sum(_COLS) + 4, base, line)
        base -= _CELL_LEADING


def _check_box(c: Canvas, x: float, y: float, checked: bool, size: float = 9) -> None:
    """Draw a square, ticked when ``checked`` (Tinos has no ☑/☐ glyphs)."""
    c.setLineWidth(0.7)
    c.rect(x, y, size, size)
    if checked:
        c.setLineWidth(1.3)
        path = c.beginPath()
        path.moveTo(x + 0.2 * size, y + 0.5 * size)
        path.lineTo(x + 0.42 * size, y + 0.2 * size)
        path.lineTo(x + 0.85 * size, y + 0.85 * size)
        c.drawPath(path, stroke=1, fill=0)
    c.setLineWidth(0.6)


def _signatures(pen: _Pen, n: ExportNomination) -> None:
    """The registrant left (a household's head signs in person), the unit's head right."""
    if n.kind == "collective":
        registrant: tuple[tuple[str, ...], str] = ((form.SIGN_COLLECTIVE,), "")
    elif n.kind == "household":
        registrant = ((form.SIGN_HOUSEHOLD,), n.household_head)
    else:
        registrant = ((form.SIGN_PERSON,), n.name)
    column = pen.width / 2 - 10
    titles = n.head_signature or (form.SIGN_HEAD,)
    head = tuple(line for title in titles for line in title_lines(title, column, _BODY))
    blocks = (
        (registrant[0], form.SIGN_NOTE, registrant[1]),
        (head, form.SIGN_HEAD_NOTE if n.head_seals else form.SIGN_NOTE, ""),  # a Trưởng thôn has no seal
    )
    most_lines = max(len(lines) for lines, _note, _name in blocks)
    height = 16 * most_lines + 15 + 62 + 16
    pen.gap(10)
    pen.room(height)
    c, top = pen.c, pen.y
    for i, (titles, note, name) in enumerate(blocks):
        cx = pen.x + pen.width * (0.25 + 0.5 * i)
        y = top - _BODY
        pen.font(FONT_BOLD, _BODY)
        for title in titles:
            c.drawCentredString(cx, y, nfc(title))
            y -= 16
        pen.font(FONT_ITALIC, 12)
        c.drawCentredString(cx, y + 1, note)
        if name:
            pen.font(FONT_BOLD, _BODY)
            for j, line in enumerate(wrap_text(name, FONT_BOLD, _BODY, column)[:3]):
                c.drawCentredString(cx, top - height + 16 - j * 15, line)
    # The head of unit's blank, where a signed PDF shows its signature (#21).
    half = pen.width / 2
    blank_top = top - _BODY - 16 * (len(blocks[1][0]) - 1) - 15
    record_spot(c, pen.x + half, blank_top - 62 + _BODY, half, 62 - _BODY - 4)
    pen.y = top - height - 6 - 15 * 2
