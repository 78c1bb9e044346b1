"""The covering letter ("công văn") that sends the office's list upward."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from hagiang_desktop.core.kinds import UnitKind
from hagiang_desktop.services.exporting.common import ExportResult
from hagiang_desktop.services.exporting.document import prepare
from hagiang_desktop.services.exporting.selection import listed_ids
from hagiang_desktop.services.scope import SECTION_KINDS, Scope, office_scope
from hagiang_desktop.services.workspace import Workspace
from hagiang_desktop.storage.models import Nomination

#: The subject line of the covering letter (issue #15 item 2).
LETTER_SUBJECT = "V/v đăng ký danh sách mô hình, gương điển hình tiên tiến giai đoạn {start} – {end}"
#: The covering letter's file name beside the list (in a bundle too).
LETTER_FILE = "cong-van.pdf"


def export_letter_pdf(ws: Workspace, out: Path, *, day: date | None = None) -> ExportResult:
    """Write the covering letter ("công văn") that sends the office's list upward.

    Numbered and signed as the office set the "letter" letterhead, addressed to the recipient
    the plan names, citing the plan, counting the models of the list it covers.

    Args:
        ws: the workspace.
        out: the PDF to write (replaced atomically).
        day: the letter's date (default :func:`default_day`).

    Returns:
        The file, the number of models listed, the pages.

    Raises:
        ExportProblem: ``empty`` (no list to send).
    """
    from hagiang_desktop.exports.pdf_letter import CoveringLetter, write_letter_pdf

    info = ws.plan.info
    subject = LETTER_SUBJECT.format(start=info.period_start, end=info.period_end)
    doc, unit_ids = prepare(ws, None, day, subject, document="letter")
    with ws.reading() as session:
        ids = listed_ids(ws, session, unit_ids)
        query = select(col(Nomination.kind), col(Nomination.is_supplement)).where(col(Nomination.id).in_(ids))
        rows = list(session.execute(query))
    kinds = Counter(str(kind) for kind, _supplement in rows)
    supplements = sum(1 for _kind, supplement in rows if supplement)
    letter = CoveringLetter(
        header=doc.header,
        subject=subject,
        addressee=info.recipient,
        paragraphs=_letter_body(ws, kinds, supplements),
        signature=doc.signature,
        recipients=doc.recipients,
    )
    pages = write_letter_pdf(out, letter)
    return ExportResult(Path(out), len(ids), pages)


def _letter_body(ws: Workspace, kinds: Counter[str], supplements: int) -> list[str]:
    info = ws.plan.info
    scope = office_scope(ws)
    who = _sender_name(scope)
    total = sum(kinds.values())
    parts = [f"{kinds[str(k.code)]} {k.label_vi.lower()}" for k in ws.plan.kinds if kinds[str(k.code)]]
    extra = f", trong đó có {supplements} mô hình đăng ký bổ sung" if supplements else ""
    return [
        f"Thực hiện {info.reference} "
        f"về {info.title[:1].lower()}{info.title[1:]}; căn cứ kết quả thực hiện các phong trào thi "
        f"đua, {who} đã chỉ đạo các cơ quan, đơn vị, địa phương trực thuộc phát hiện, lựa chọn mô "
        "hình, gương điển hình tiên tiến theo các tiêu chí của Kế hoạch.",
        f"Kết quả, {who} lựa chọn, đăng ký {total} mô hình, gương điển hình tiên tiến "
        f"({', '.join(parts)}){extra}, có danh sách và phiếu đăng ký của từng mô hình kèm theo.",
        f"{who[:1].upper()}{who[1:]} trân trọng đăng ký với {info.recipient} để tổng hợp, báo cáo "
        "Chủ tịch UBND tỉnh và Hội đồng Thi đua, khen thưởng tỉnh./.",
    ]


def _sender_name(scope: Scope) -> str:
    """The body the letter speaks for, as a sentence names it ("UBND huyện Đồng Văn")."""
    office, root = scope.office, scope.root
    if office is None:
        return "Ủy ban nhân dân tỉnh"
    body = root if office.kind in SECTION_KINDS and root is not None else office
    if body.kind in (UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE):
        return f"UBND {body.name[:1].lower()}{body.name[1:]}"
    return body.name
