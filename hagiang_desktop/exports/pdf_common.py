"""Shared pieces of every PDF the program prints, laid out as Nghị định 30/2020/NĐ-CP asks.

Every PDF (registration forms, the list, the dashboard's call list, a bundle's cover page, the
certificate fingerprint form) is built from these pieces so that they all look like documents a
Vietnamese office issues:

* the Tinos family (metric twin of Times New Roman, full Vietnamese, shipped in
  ``resources/fonts/``), registered so that ``<b>`` and ``<i>`` work inside paragraphs;
* A4 pages (portrait or landscape) with the decree's margins and the page number centred in the
  top margin from page 2 on (:func:`build_document`);
* the two-column official header: issuing body left, national motto right, then the number line
  and the italic place-and-date line (:class:`OfficialHeader`, :func:`official_header_flowables`);
* the closing: "Nơi nhận:" left and the signature block right (:class:`Signature`,
  :func:`signature_block`);
* paragraph styles (:func:`styles`) and :func:`para`, which escapes and NFC-normalises text.

Text drawn through :func:`para` and the blocks here is NFC: reportlab draws decomposed (NFD)
tone marks detached from their letters. Callers who build their own ``Paragraph`` must pass
their text through :func:`para` or :func:`markup_text` too.

Typical use::

    header = OfficialHeader(parent_body="UBND HUYỆN ĐỒNG VĂN", body="PHÒNG NỘI VỤ",
                            number="Số: 05/DS-NV", place="Đồng Văn", day=date(2018, 4, 20))
    story = official_header_flowables(header)
    story.append(para("DANH SÁCH …", "title"))
    story.append(signature_block(Signature(("TRƯỞNG PHÒNG",), "Nguyễn Văn A"), recipients=[...]))
    build_document(Path("out.pdf"), story, title="Danh sách")
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from hagiang_desktop.core.atomic import atomic_path
from hagiang_desktop.core.letterhead import break_name, break_tiers, upper_vi
from hagiang_desktop.core.resources import resources_dir
from hagiang_desktop.core.vntext import nfc
from hagiang_desktop.exports.model import Cancelled, OfficialHeader, Signature
from hagiang_desktop.exports.signature_spots import record_spot

__all__ = [
    "FONT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_ITALIC",
    "MARGINS",
    "Margins",
    "CheckBox",
    "Cancelled",
    "OfficialHeader",
    "Signature",
    "build_document",
    "draw_official_header",
    "draw_page_number",
    "wrap_text",
    "frame_width",
    "markup_text",
    "name_lines",
    "title_lines",
    "official_header_flowables",
    "para",
    "register_fonts",
    "restart_numbering",
    "signature_block",
    "signature_flowables",
    "styles",
]

#: The regular face's name as registered with reportlab (the family name: ``<b>``/``<i>`` map
#: to the other three faces).
FONT = "Tinos"
FONT_BOLD = "Tinos-Bold"
FONT_ITALIC = "Tinos-Italic"
FONT_BOLD_ITALIC = "Tinos-BoldItalic"

_FACES = {
    FONT: "Tinos-Regular.ttf",
    FONT_BOLD: "Tinos-Bold.ttf",
    FONT_ITALIC: "Tinos-Italic.ttf",
    FONT_BOLD_ITALIC: "Tinos-BoldItalic.ttf",
}


@dataclass(frozen=True)
class Margins:
    """Page margins in points.

    Nghị định 30/2020, Phụ lục I: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.

    Attributes:
        top: top margin.
        bottom: bottom margin.
        left: left (binding) margin.
        right: right margin.
    """

    top: float = 20 * mm
    bottom: float = 20 * mm
    left: float = 30 * mm
    right: float = 15 * mm


#: The margins every document uses, portrait or landscape.
MARGINS = Margins()


@functools.cache
def register_fonts() -> str:
    """Register the four Tinos faces and their family with reportlab (once per process).

    Returns:
        The family name to use as ``fontName`` (:data:`FONT`).

    Raises:
        FileNotFoundError: If a font file is missing from ``resources/fonts/``.
    """
    folder = resources_dir() / "fonts"
    for name, filename in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    # A table cell holding a plain string (even an empty one) sets its style's font; reportlab's
    # default (Helvetica) would then be listed in the PDF, unembedded, with nothing drawn in it.
    CellStyle.fontname = FONT
    return FONT


def markup_text(text: str) -> str:
    """Return ``text`` NFC-normalised and escaped for a reportlab paragraph.

    Line breaks become ``<br/>`` so multi-line notes keep their lines.

    Args:
        text: Plain text (not markup).

    Returns:
        Paragraph markup showing exactly ``text``.
    """
    return escape(nfc(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str, style: str = "body", *, markup: bool = False) -> Paragraph:
    """Make a paragraph in one of the :func:`styles`, NFC-normalised.

    Args:
        text: The text; plain unless ``markup`` is true.
        style: A key of :func:`styles`.
        markup: True if ``text`` already holds reportlab markup (``<b>``, ``<i>``, ``<br/>``)
            whose literal parts the caller escaped with :func:`markup_text`.

    Returns:
        The paragraph.
    """
    return Paragraph(nfc(text) if markup else markup_text(text), styles()[style])


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """Return the paragraph styles shared by every document (sizes per Nghị định 30/2020).

    Keys: ``body`` (13 pt, justified, first-line indent 1 cm), ``body_left`` (13 pt, no indent),
    ``title`` (14 pt bold caps, centred), ``subtitle`` (13 pt bold, centred), ``italic_center``,
    ``header_parent`` / ``header_body`` (issuing body, 12.5 pt), ``motto`` / ``motto_sub``,
    ``number`` (13 pt, centred under the body), ``dateline`` (13 pt italic), ``sign_title``
    (bold caps), ``sign_note`` (italic), ``sign_name`` (bold), ``recipients_title`` (bold
    italic 12 pt), ``recipients`` (11 pt), ``cell`` / ``cell_bold`` / ``cell_center`` /
    ``cell_head`` (table cells, 11 pt), ``small`` (10 pt), ``tiny`` (8 pt grey), ``heading``
    (13 pt bold, a section heading), ``note`` (11 pt italic).

    Returns:
        The styles by name (shared: do not modify them, derive with ``ParagraphStyle(parent=…)``).
    """
    register_fonts()

    def style(name: str, size: float, **kwargs: Any) -> ParagraphStyle:
        kwargs.setdefault("fontName", FONT)
        kwargs.setdefault("leading", size * 1.2)
        return ParagraphStyle(name, fontSize=size, **kwargs)

    return {
        "body": style("body", 13, alignment=TA_JUSTIFY, firstLineIndent=1 * cm, spaceAfter=4),
        "body_left": style("body_left", 13, alignment=TA_LEFT, spaceAfter=2),
        "title": style("title", 14, fontName=FONT_BOLD, alignment=TA_CENTER, leading=18),
        "subtitle": style("subtitle", 13, fontName=FONT_BOLD, alignment=TA_CENTER),
        "italic_center": style("italic_center", 13, fontName=FONT_ITALIC, alignment=TA_CENTER),
        "header_parent": style("header_parent", 12.5, alignment=TA_CENTER, leading=15),
        "header_body": style("header_body", 12.5, fontName=FONT_BOLD, alignment=TA_CENTER, leading=15),
        "motto": style("motto", 12.5, fontName=FONT_BOLD, alignment=TA_CENTER, leading=15),
        "motto_sub": style("motto_sub", 13.5, fontName=FONT_BOLD, alignment=TA_CENTER, leading=16),
        "number": style("number", 13, alignment=TA_CENTER),
        "subject": style("subject", 12, alignment=TA_CENTER, leading=14.5, spaceBefore=2),
        "addressee": style("addressee", 14, alignment=TA_CENTER, leading=18),
        "dateline": style("dateline", 13, fontName=FONT_ITALIC, alignment=TA_CENTER),
        "sign_title": style("sign_title", 13, fontName=FONT_BOLD, alignment=TA_CENTER, leading=16),
        "sign_note": style("sign_note", 12, fontName=FONT_ITALIC, alignment=TA_CENTER),
        "sign_name": style("sign_name", 13, fontName=FONT_BOLD, alignment=TA_CENTER),
        "recipients_title": style("recipients_title", 12, fontName=FONT_BOLD_ITALIC, leading=14),
        "recipients": style("recipients", 11, leading=13),
        "cell": style("cell", 11, leading=13),
        "cell_bold": style("cell_bold", 11, fontName=FONT_BOLD, leading=13),
        "cell_center": style("cell_center", 11, alignment=TA_CENTER, leading=13),
        "cell_head": style("cell_head", 11, fontName=FONT_BOLD, alignment=TA_CENTER, leading=13),
        "small": style("small", 10, leading=12),
        "tiny": style("tiny", 8, leading=10, textColor=colors.grey),
        "heading": style("heading", 13, fontName=FONT_BOLD, leading=16, spaceBefore=2, spaceAfter=2),
        "note": style("note", 11, fontName=FONT_ITALIC, leading=13, spaceBefore=2),
    }


class Rule(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """A short horizontal rule centred in its cell (under the issuing body and the motto).

    Attributes:
        length: the rule's length in points.
    """

    def __init__(self, length: float, thickness: float = 0.6) -> None:
        super().__init__()
        self.length = length
        self.thickness = thickness

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Take the full width (the rule centres itself) and a few points of height."""
        self._width = available_width
        return available_width, 5

    def draw(self) -> None:
        """Draw the rule centred at the top of the flowable's box."""
        x0 = (self._width - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, 1.5, x0 + self.length, 1.5)


class CheckBox(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """A ticked or empty square (Tinos has no ☑/☐ glyphs, so the box is drawn as shapes).

    Attributes:
        checked: whether to draw the tick.
        size: the side of the square in points.
    """

    def __init__(self, checked: bool, size: float = 9) -> None:
        super().__init__()
        self.checked = checked
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the box's size."""
        return self.size, self.size

    def draw(self) -> None:
        """Draw the square and, if checked, a tick inside it."""
        s = self.size
        canv = self.canv
        canv.setLineWidth(0.7)
        canv.rect(0, 0, s, s)
        if self.checked:
            canv.setLineWidth(1.3)
            path = canv.beginPath()
            path.moveTo(0.2 * s, 0.5 * s)
            path.lineTo(0.42 * s, 0.2 * s)
            path.lineTo(0.85 * s, 0.85 * s)
            canv.drawPath(path, stroke=1, fill=0)


def frame_width(pagesize: tuple[float, float] = A4) -> float:
    """Return the width available between the margins on a page of ``pagesize``."""
    return pagesize[0] - MARGINS.left - MARGINS.right


def _text_width(text: str, font: str, size: float) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(nfc(text), font, size))


def official_header_flowables(
    header: OfficialHeader, width: float | None = None, *, subject: str = ""
) -> list[Flowable]:
    """Build the two-column header: issuing body | national motto, then number | date line.

    The body's rule is a third of its column, centred; the motto's rule is as long as
    "Độc lập - Tự do - Hạnh phúc" itself, as the decree shows.

    Args:
        header: What to print.
        width: The frame width (default: A4 portrait between the margins).
        subject: A letter's subject ("V/v …"), printed under the number, 12 pt, centred.

    Returns:
        Flowables to put at the top of the story (one table and a little space).
    """
    width = width or frame_width()
    # The decree's sample gives the body column about 40 % of the width, the motto the rest.
    left_w = width * 0.42
    right_w = width - left_w
    motto_sub = "Độc lập - Tự do - Hạnh phúc"
    left: list[Flowable] = []
    if header.parent_body:
        left.append(_name_paragraph(header.parent_body, FONT, "header_parent", left_w - NAME_GUTTER))
    left.append(_name_paragraph(header.body, FONT_BOLD, "header_body", left_w - NAME_GUTTER))
    body_lines, body_size = name_lines(header.body, FONT_BOLD, 12.5, left_w - NAME_GUTTER)
    left.append(Rule(min(left_w * 0.4, _text_width(body_lines[-1], FONT_BOLD, body_size))))
    right: list[Flowable] = [
        para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "motto"),
        para(motto_sub, "motto_sub"),
        Rule(_text_width(motto_sub, FONT_BOLD, 13.5)),
    ]
    rows: list[list[Any]] = [[left, right]]
    if header.number or header.place or header.day or subject:
        number: list[Flowable] = [para(header.number, "number")] if header.number else []
        if subject:
            number.append(para(subject, "subject"))
        rows.append(
            [
                number or "",
                para(header.date_line(), "dateline") if header.place or header.day else "",
            ]
        )
    table = Table(rows, colWidths=[left_w, right_w], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 6),
            ]
        )
    )
    return [table, _Space(12)]


#: Points kept free between the issuer's name and the motto, whose first line ("CỘNG HÒA XÃ HỘI
#: CHỦ NGHĨA VIỆT NAM", 12.5 pt bold) is a little wider than its column: a name filling its own
#: column ("CÔNG TY ĐIỆN LỰC HÀ GIANG") ran into it.
NAME_GUTTER = 14.0
#: The smallest size a body's name is set at to keep each kind of break of :func:`break_tiers`
#: (natural place, between phrases, between words that do not belong together); below it the
#: next kind is tried at full size. The decree asks 12–13 pt; 10 still reads as a heading.
_TIER_FLOORS = (10.5, 10.0, 9.0)


def name_lines(name: str, font: str, size: float, width: float) -> tuple[list[str], float]:
    """Set a body's name in capitals on at most two lines that fit ``width``.

    The break is between words at the most natural place that fits (:func:`break_tiers`): the
    type is made a little smaller to keep "… THÔNG TIN / HUYỆN ĐỒNG VĂN" rather than break
    "THÔNG / TIN"; a name too long for two lines is set smaller (down to 9 pt), never cut or
    broken inside a word.

    Returns:
        The lines and the size they fit at.
    """
    register_fonts()
    text = " ".join(upper_vi(name).split())

    def fits(line: str, at: float) -> bool:
        return float(pdfmetrics.stringWidth(line, font, at)) <= width

    if fits(text, size) or " " not in text:
        return [text], size
    tiers = break_tiers(text)
    for tier, floor in zip(tiers, (*_TIER_FLOORS, 9.0), strict=False):
        at = size
        while at >= floor:
            for first, second in tier:
                if fits(first, at) and fits(second, at):
                    return [first, second], at
            at -= 0.5
    # Too long for two lines even at 9 pt: the narrowest pair of words that belong apart.
    pool = tiers[2] or tiers[3]
    widest = functools.partial(max, key=lambda line: pdfmetrics.stringWidth(line, font, 9.0))
    first, second = min(pool, key=lambda pair: pdfmetrics.stringWidth(widest(pair), font, 9.0))
    return [first, second], 9.0


def _name_paragraph(name: str, font: str, style: str, width: float) -> Paragraph:
    lines, size = name_lines(name, font, styles()[style].fontSize, width)
    base = styles()[style]
    shown = base if size == base.fontSize else ParagraphStyle(
        f"{style}_{size}", parent=base, fontSize=size, leading=size * 1.2
    )  # fmt: skip
    return Paragraph("<br/>".join(markup_text(line) for line in lines), shown)


class _Space(Flowable):  # type: ignore[misc]  # reportlab ships no types
    def __init__(self, height: float, *, signature_spot: bool = False) -> None:
        super().__init__()
        self.height = height
        self.width = 0.0
        self.signature_spot = signature_spot

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        """Draw nothing: the flowable is only room (the signature's, noted for a signed PDF)."""
        if self.signature_spot:
            x, y = self.canv.absolutePosition(0, 0)
            record_spot(self.canv, x, y, self.width, self.height)


def signature_flowables(
    signature: Signature,
    *,
    recipients: Sequence[str] | None = None,
    left: Signature | None = None,
    width: float | None = None,
) -> list[Flowable]:
    """Build the closing: "Nơi nhận:" (or a second signer) left, the signature block right.

    Args:
        signature: The main signer, right.
        recipients: "Nơi nhận" lines, e.g. ["Như trên", "Lưu: VT, NV"]; each is printed as
            "- …;" and the last as "- ….". None for no recipients block.
        left: A second signer on the left instead of the recipients (e.g. the registrant on a
            registration form, the head of unit on the right).
        width: The frame width (default: A4 portrait between the margins).

    Returns:
        The closing's flowables (a little space and the two-column table), for a caller that
        keeps them together with what precedes them (:func:`signature_block` keeps them alone).
    """
    width = width or frame_width()
    half = width / 2
    cells: list[Any] = [_signature_cell(signature, half, main=True)]
    if left is not None:
        cells.insert(0, _signature_cell(left, half))
    elif recipients is not None:
        lines = [para("Nơi nhận:", "recipients_title")]
        for i, line in enumerate(recipients):
            end = "." if i == len(recipients) - 1 else ";"
            lines.append(para(f"- {nfc(line).rstrip('.;')}{end}", "recipients"))
        cells.insert(0, lines)
    else:
        cells.insert(0, "")
    table = Table([cells], colWidths=[half, half])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [_Space(8), table]


def signature_block(
    signature: Signature,
    *,
    recipients: Sequence[str] | None = None,
    left: Signature | None = None,
    width: float | None = None,
) -> Flowable:
    """Return :func:`signature_flowables` kept together on one page (arguments alike).

    Do not put it inside another ``KeepTogether``: reportlab then moves the whole block to a
    new page even when it fits; use :func:`signature_flowables` there.
    """
    return KeepTogether(signature_flowables(signature, recipients=recipients, left=left, width=width))


def title_lines(title: str, width: float, size: float = 13) -> list[str]:
    """Break a signature block's bold line ("TM. BAN CHỈ HUY QUÂN SỰ HUYỆN ĐỒNG VĂN") to ``width``.

    At the natural place of a body's name (:func:`break_name`), as the letterhead does, never
    where a paragraph's greedy wrap would ("… HUYỆN ĐỒNG / VĂN").
    """
    register_fonts()
    return break_name(upper_vi(title), lambda line: pdfmetrics.stringWidth(line, FONT_BOLD, size) <= width)


def _signature_cell(signature: Signature, width: float, *, main: bool = False) -> list[Flowable]:
    size = styles()["sign_title"].fontSize
    cell: list[Flowable] = [
        Paragraph(
            "<br/>".join(markup_text(line) for line in title_lines(t, width, size)), styles()["sign_title"]
        )
        for t in signature.titles
    ]
    if signature.note:
        cell.append(para(signature.note, "sign_note"))
    cell.append(_Space(signature.space, signature_spot=main))  # the main signer's: a signed PDF's
    if signature.name:
        cell.append(para(signature.name, "sign_name"))
    return cell


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Split NFC ``text`` into lines no wider than ``width`` (whole words; line breaks kept).

    For documents drawn straight on a canvas (thousands of forms), where platypus paragraphs
    would cost several times the drawing itself.

    Args:
        text: plain text.
        font: a registered font name, e.g. :data:`FONT_BOLD`.
        size: font size in points.
        width: the available width in points.

    Returns:
        The lines (at least one, possibly empty).
    """
    return list(_wrap(nfc(text), font, size, width))


@functools.lru_cache(maxsize=8192)
def _wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    # Cached: a batch of forms wraps the same criteria wording and labels again and again.
    register_fonts()
    lines: list[str] = []
    for part in text.replace("\r\n", "\n").split("\n"):
        if pdfmetrics.stringWidth(part, font, size) <= width:
            lines.append(part)
        else:
            lines.extend(simpleSplit(part, font, size, width) or [""])
    return tuple(lines) or ("",)


def draw_official_header(canvas: Canvas, header: OfficialHeader, x: float, top: float, width: float) -> float:
    """Draw the two-column official header straight on a canvas.

    The platypus twin is :func:`official_header_flowables`; both print the same lines.

    Args:
        canvas: the canvas.
        header: what to print.
        x: the left edge of the text area.
        top: the baseline area's top (the first line's top), in points from the page bottom.
        width: the text area's width.

    Returns:
        The y just under the header (under the date line when there is one), with a gap.
    """
    register_fonts()
    left_w = width * 0.42
    right_w = width - left_w
    lx, rx = x + left_w / 2, x + left_w + right_w / 2
    y_left = y_right = top - 12.5
    canvas.setLineWidth(0.6)
    if header.parent_body:
        parent_lines, size = name_lines(header.parent_body, FONT, 12.5, left_w - NAME_GUTTER)
        canvas.setFont(FONT, size)
        for line in parent_lines:
            canvas.drawCentredString(lx, y_left, line)
            y_left -= 15
    body_lines, size = name_lines(header.body, FONT_BOLD, 12.5, left_w - NAME_GUTTER)
    canvas.setFont(FONT_BOLD, size)
    for line in body_lines:
        canvas.drawCentredString(lx, y_left, line)
        y_left -= 15
    rule = min(left_w * 0.4, pdfmetrics.stringWidth(body_lines[-1], FONT_BOLD, size))
    canvas.line(lx - rule / 2, y_left + 9, lx + rule / 2, y_left + 9)  # 6 pt under the baseline
    canvas.setFont(FONT_BOLD, 12.5)
    canvas.drawCentredString(rx, y_right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    y_right -= 16
    motto = "Độc lập - Tự do - Hạnh phúc"
    canvas.setFont(FONT_BOLD, 13.5)
    canvas.drawCentredString(rx, y_right, motto)
    rule = pdfmetrics.stringWidth(motto, FONT_BOLD, 13.5)
    canvas.line(rx - rule / 2, y_right - 5, rx + rule / 2, y_right - 5)
    y_right -= 16
    y = min(y_left, y_right) - 8
    if header.number or header.place or header.day:
        if header.number:
            canvas.setFont(FONT, 13)
            canvas.drawCentredString(lx, y, nfc(header.number))
        if header.place or header.day:
            canvas.setFont(FONT_ITALIC, 13)
            canvas.drawCentredString(rx, y, header.date_line())
        y -= 16
    return y - 12


def draw_page_number(canvas: Canvas, number: int, pagesize: tuple[float, float] = A4) -> None:
    """Draw ``number`` centred in the top margin (the decree numbers pages from the second).

    Args:
        canvas: the canvas, on the page to number.
        number: the page's number within its document; 1 draws nothing.
        pagesize: the page size.
    """
    if number < 2:
        return
    canvas.saveState()
    canvas.setFont(FONT, 13)
    canvas.drawCentredString(
        MARGINS.left + (pagesize[0] - MARGINS.left - MARGINS.right) / 2,
        pagesize[1] - MARGINS.top / 2 - 4,
        str(number),
    )
    canvas.restoreState()


class _NumberingRestart(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """Marks the page it lands on as page 1 of a new document (one form among many)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        """Remember the page this form starts on; the page-end hook numbers from it."""
        self.canv._hagiang_first_page = self.canv.getPageNumber()


def restart_numbering() -> Flowable:
    """Return a marker that restarts page numbers: put it first on a new page (after a PageBreak).

    Several forms in one PDF are each numbered as their own document: no number on a form's
    first page, "2", "3"… on its following pages.
    """
    return _NumberingRestart()


class _Document(BaseDocTemplate):  # type: ignore[misc]  # reportlab ships no types
    """A document whose pages carry the page number centred in the top margin from page 2."""

    def __init__(self, target: Any, pagesize: tuple[float, float], **kwargs: Any) -> None:
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGINS.left,
            rightMargin=MARGINS.right,
            topMargin=MARGINS.top,
            bottomMargin=MARGINS.bottom,
            # Each page's preamble names this font: reportlab's default (Helvetica) would be
            # listed in the PDF, unembedded, though no text uses it.
            initialFontName=FONT,
            **kwargs,
        )
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0,
            rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._number_page)])

    def _number_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        # Drawn at the page's end, so a restart marker on this page has been seen already.
        first = getattr(canvas, "_hagiang_first_page", 1)
        draw_page_number(canvas, canvas.getPageNumber() - first + 1, self.pagesize)


def build_document(
    target: Path | IO[bytes],
    story: list[Flowable],
    *,
    title: str = "",
    author: str = "",
    subject: str = "",
    landscape_page: bool = False,
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Lay out ``story`` on A4 pages with the decree's margins and write the PDF.

    Args:
        target: A file path (written atomically: a temporary file beside it, renamed at the
            end, removed on error or cancel) or a binary stream.
        story: The flowables, e.g. :func:`official_header_flowables` + paragraphs + tables +
            :func:`signature_block`.
        title: The PDF's title metadata (NFC).
        author: The PDF's author metadata, e.g. the issuing body.
        subject: The PDF's subject metadata.
        landscape_page: True for A4 landscape (wide tables), False for portrait.
        progress: Called with the number of pages laid out so far after each page; returning
            False cancels (raises :class:`Cancelled`, and no file is left for a path target).

    Returns:
        The number of pages written.

    Raises:
        Cancelled: If ``progress`` returned False.
    """
    register_fonts()
    pagesize = landscape(A4) if landscape_page else A4
    pages = [0]

    def run(out: Any) -> None:
        doc = _Document(
            out,
            pagesize,
            title=nfc(title),
            author=nfc(author),
            subject=nfc(subject),
            creator="hagiang-desktop",
        )

        def after_page() -> None:
            pages[0] = doc.page
            if progress is not None and progress(doc.page) is False:
                raise Cancelled

        doc.afterPage = after_page
        doc.build(story)

    if isinstance(target, (str, Path)):
        with atomic_path(Path(target)) as tmp:
            run(str(tmp))
    else:
        run(target)
    return pages[0]
