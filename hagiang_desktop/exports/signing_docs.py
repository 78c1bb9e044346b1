"""The two one-page PDFs of the signing design: the fingerprint form and a bundle's cover page.

The fingerprint form is what makes a self-signed certificate trustworthy: the office prints it,
the head signs and seals it, and it travels to the province on paper with the first list. The
province compares the printed fingerprint with the one the program shows when it imports the
certificate. A bundle's cover page repeats the fingerprint so that a printed bundle says who
signed it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from hagiang_desktop.core.vntext import VN_TZ, format_date_short
from hagiang_desktop.exports.pdf_common import (
    FONT_BOLD,
    OfficialHeader,
    Signature,
    build_document,
    frame_width,
    markup_text,
    official_header_flowables,
    para,
    signature_block,
    styles,
)


@dataclass(frozen=True)
class IssuingOffice:
    """The office that issues a document, as the header names it.

    Attributes:
        parent_body: its parent body ("UBND HUYỆN ĐỒNG VĂN"), may be empty.
        body: the office ("PHÒNG NỘI VỤ").
        place: the place of the date line ("Đồng Văn").
        number: the number line ("Số:      /NV"), or "" for none.
        signer_titles: the signature block's bold lines ("TRƯỞNG PHÒNG").
        signer_name: the signer's name, or "" for the pen.
        recipients: the "Nơi nhận" lines.
        addressee: who the document is sent to ("UBND tỉnh Hà Giang (qua Ban Thi đua – Khen
            thưởng, Sở Nội vụ)").
    """

    parent_body: str
    body: str
    place: str
    number: str = ""
    signer_titles: tuple[str, ...] = ("THỦ TRƯỞNG ĐƠN VỊ",)
    signer_name: str = ""
    recipients: tuple[str, ...] = ("Như trên", "Lưu: VT")
    addressee: str = ""


@dataclass(frozen=True)
class FingerprintForm:
    """What the fingerprint form prints.

    Attributes:
        office: the issuing office.
        unit_code: the office's unit code.
        unit_name: its full name.
        subject: the certificate's subject (RFC 4514).
        fingerprint: grouped SHA-256 fingerprint.
        not_before: start of validity.
        not_after: end of validity.
        day: the form's date.
    """

    office: IssuingOffice
    unit_code: str
    unit_name: str
    subject: str
    fingerprint: str
    not_before: datetime
    not_after: datetime
    day: date


@dataclass(frozen=True)
class CoverPage:
    """What a bundle's cover page prints.

    Attributes:
        office: the issuing office.
        sender: "code – name" of the sender.
        recipient: the recipient's name.
        plan_title: the plan ("Kế hoạch số 127/KH-UBND ngày 04/4/2018 …").
        sequence: the bundle's sequence number.
        created_at: when it was made (Vietnam time).
        supplement: a supplement bundle.
        nomination_count: how many nominations it carries.
        files: (path, description) of the other members.
        fingerprint: the signer certificate's fingerprint.
    """

    office: IssuingOffice
    sender: str
    recipient: str
    plan_title: str
    sequence: int
    created_at: datetime
    supplement: bool
    nomination_count: int
    files: Sequence[tuple[str, str]]
    fingerprint: str


def _fingerprint_box(fingerprint: str) -> Table:
    """The fingerprint as a grid of four-character groups, four per line, in a box.

    The fingerprint is read digit by digit against the screen: each group sits in its own
    column so the groups line up like the form the province compares with. Tinos (embedded
    like every other font of the program) draws it; a fixed-width face is not needed.
    """
    groups = fingerprint.split()
    style = styles()["body_left"].clone("fingerprint", fontName=FONT_BOLD, fontSize=15, leading=22,
                                        alignment=TA_CENTER)  # fmt: skip
    rows = [
        [Paragraph(markup_text(g), style) for g in groups[i : i + 4]] for i in range(0, len(groups), 4)
    ] or [[""]]
    for row in rows:
        row.extend([""] * (4 - len(row)))
    box = Table(rows, colWidths=[25 * mm] * 4)
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, "black"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    box.hAlign = "CENTER"
    return box


def _facts(rows: Sequence[tuple[str, str]]) -> Table:
    width = frame_width()
    table = Table(
        [[para(label, "cell_bold"), para(value, "cell")] for label, value in rows],
        colWidths=[width * 0.32, width * 0.68],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _header(office: IssuingOffice, day: date) -> list[Flowable]:
    return official_header_flowables(
        OfficialHeader(
            parent_body=office.parent_body,
            body=office.body,
            number=office.number,
            place=office.place,
            day=day,
        )
    )


def _render(story: list[Flowable], title: str, author: str) -> bytes:
    out = io.BytesIO()
    build_document(out, story, title=title, author=author)
    return out.getvalue()


def fingerprint_form_pdf(form: FingerprintForm) -> bytes:
    """Return the one-page A4 fingerprint form for the office to sign and seal.

    Args:
        form: the certificate and the office.

    Returns:
        The PDF's bytes.
    """
    local_from = form.not_before.astimezone(VN_TZ).date()
    local_to = form.not_after.astimezone(VN_TZ).date()
    story: list[Flowable] = _header(form.office, form.day)
    story += [
        para("PHIẾU XÁC NHẬN CHỨNG THƯ KÝ SỐ CỦA ĐƠN VỊ", "title"),
        para(f"Kính gửi: {form.office.addressee}", "italic_center")
        if form.office.addressee
        else Spacer(1, 1),
        Spacer(1, 6 * mm),
        para(
            f"{form.unit_name} xác nhận chứng thư dưới đây là chứng thư ký số của đơn vị, dùng để ký "
            "các gói danh sách mô hình, gương điển hình tiên tiến gửi về tỉnh theo Kế hoạch số "
            "127/KH-UBND. Gói nào không được ký bằng đúng chứng thư có dấu vân tay này thì không "
            "phải do đơn vị gửi.",
            "body",
        ),
        Spacer(1, 3 * mm),
        _facts(
            [
                ("Đơn vị", form.unit_name),
                ("Mã đơn vị", form.unit_code),
                ("Tên trên chứng thư", form.subject),
                ("Hiệu lực", f"từ {format_date_short(local_from)} đến {format_date_short(local_to)}"),
                ("Thuật toán", "RSA 3072 bit, chữ ký CMS với SHA-256"),
            ]
        ),
        Spacer(1, 6 * mm),
        para("Dấu vân tay SHA-256 của chứng thư", "subtitle"),
        Spacer(1, 3 * mm),
        _fingerprint_box(form.fingerprint),
        Spacer(1, 5 * mm),
        para(
            "Khi nhập chứng thư vào hộp thư của tỉnh, cán bộ Ban Thi đua, khen thưởng đọc từng nhóm "
            "bốn ký tự trên màn hình và so với phiếu này; chỉ tin cậy chứng thư khi cả 16 nhóm "
            "trùng khớp.",
            "body",
        ),
        signature_block(
            Signature(form.office.signer_titles, form.office.signer_name),
            recipients=list(form.office.recipients) or None,
        ),
    ]
    return _render(story, "Phiếu xác nhận chứng thư ký số", form.unit_name)


def cover_pdf(cover: CoverPage) -> bytes:
    """Return a bundle's one-page cover: who sends what, and the signer's fingerprint.

    Args:
        cover: the bundle's facts.

    Returns:
        The PDF's bytes.
    """
    created = cover.created_at.astimezone(VN_TZ)
    title = "GÓI HỒ SƠ BỔ SUNG" if cover.supplement else "GÓI HỒ SƠ"
    story: list[Flowable] = _header(cover.office, created.date())
    story += [
        para(f"{title} ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN", "title"),
        para(cover.plan_title, "italic_center"),
        Spacer(1, 5 * mm),
        _facts(
            [
                ("Đơn vị gửi", cover.sender),
                ("Nơi nhận", cover.recipient),
                ("Số thứ tự gói", str(cover.sequence)),
                ("Loại gói", "Bổ sung (thêm vào các gói trước)" if cover.supplement else "Danh sách đầy đủ"),
                ("Thời điểm lập", f"{created:%H:%M} ngày {format_date_short(created.date())} (giờ Việt Nam)"),
                ("Số mô hình", str(cover.nomination_count)),
            ]
        ),
        Spacer(1, 4 * mm),
        para("Các tệp trong gói", "subtitle"),
        Spacer(1, 2 * mm),
        _facts([(path, description) for path, description in cover.files]),
        Spacer(1, 5 * mm),
        para("Dấu vân tay SHA-256 của chứng thư đã ký gói", "subtitle"),
        Spacer(1, 3 * mm),
        _fingerprint_box(cover.fingerprint),
        Spacer(1, 4 * mm),
        para(
            "Tệp manifest.json liệt kê kích thước và mã băm SHA-256 của từng tệp; manifest.p7s là "
            "chữ ký số CMS của đơn vị trên manifest.json. Chương trình của tỉnh kiểm tra chữ ký và "
            "từng mã băm trước khi nhập; dấu vân tay phải trùng với phiếu xác nhận đơn vị đã gửi.",
            "body",
        ),
    ]
    return _render(story, "Bìa gói hồ sơ", cover.sender)
