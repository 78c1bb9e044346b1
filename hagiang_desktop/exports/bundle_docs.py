"""The documents a bundle carries: data.json, the registration list (xlsx, PDF) and the forms PDF.

``data.json`` is the machine-readable copy the province merges (schema in
``docs/bundle-format.md``). The list and forms here are plain renderings made from the same
:class:`BundleNomination` rows so that a bundle is complete on its own; the services replace
them with the official list and forms exporters' output where those are available.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from hagiang_desktop.exports.bundle import json_member
from hagiang_desktop.exports.pdf_common import build_document, frame_width, para

DATA_SCHEMA = "hagiang-bundle-data/1"


@dataclass(frozen=True)
class CriterionTick:
    """A criterion ticked for a nomination, with its evidence note."""

    code: str
    met: bool
    evidence: str | None


@dataclass(frozen=True)
class BundleNomination:
    """One nomination as a bundle carries it (every field the province needs to merge it).

    Attributes:
        uid: the nomination's stable id, kept across bundles (the merge key).
        field_code: the plan field ("2.3").
        kind: collective, individual or household.
        registering_unit_code: the unit that registered it.
        criteria: the ticked criteria with evidence.
    """

    uid: str
    year: int
    kind: str
    field_code: str
    name: str
    registering_unit_code: str
    registering_unit_name: str
    status: str
    eligible: bool
    is_supplement: bool
    position: str | None = None
    work_unit: str | None = None
    gender: str | None = None
    birth_year: int | None = None
    member_unit_code: str | None = None
    household_head: str | None = None
    village: str | None = None
    commune: str | None = None
    achievements: str = ""
    good_practice: str = ""
    replication_plan: str = ""
    target_honour: str | None = None
    received_on: str | None = None
    channel: str | None = None
    override_reason: str | None = None
    note: str | None = None
    criteria: tuple[CriterionTick, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class BundleUnit:
    """A unit named by the nominations (so that the receiver can check its directory)."""

    code: str
    name: str
    kind: str
    parent_code: str | None


def data_json(
    *,
    plan_id: str,
    sender_code: str,
    supplement: bool,
    nominations: Sequence[BundleNomination],
    units: Sequence[BundleUnit],
) -> bytes:
    """Return ``data.json``: the nominations with their criteria ticks, and the units they name."""
    document: dict[str, Any] = {
        "schema": DATA_SCHEMA,
        "plan_id": plan_id,
        "sender_code": sender_code,
        "supplement": supplement,
        "units": [asdict(u) for u in units],
        "nominations": [asdict(n) for n in nominations],
    }
    return json_member(document)


def parse_data_json(document: dict[str, Any]) -> list[BundleNomination]:
    """Turn a verified ``data.json`` back into rows.

    Raises:
        ValueError: the document does not follow the schema.
    """
    if document.get("schema") != DATA_SCHEMA:
        raise ValueError(f"schema {document.get('schema')!r}")
    rows = []
    for item in document["nominations"]:
        values = dict(item)
        values["criteria"] = tuple(CriterionTick(**c) for c in values.get("criteria", ()))
        rows.append(BundleNomination(**values))
    return rows


_LIST_HEADERS = ("STT", "Tên mô hình, tập thể, cá nhân", "Loại", "Lĩnh vực", "Đơn vị đăng ký", "Bổ sung")


def _list_rows(nominations: Sequence[BundleNomination], kind_labels: dict[str, str]) -> list[tuple[Any, ...]]:
    return [
        (
            i,
            n.name,
            kind_labels.get(n.kind, n.kind),
            n.field_code,
            n.registering_unit_name,
            "x" if n.is_supplement else "",
        )
        for i, n in enumerate(nominations, start=1)
    ]


def list_xlsx(title: str, nominations: Sequence[BundleNomination], kind_labels: dict[str, str]) -> bytes:
    """Return the registration list as an xlsx workbook (one sheet, a title row, a header row)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Danh sách"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(list(_LIST_HEADERS))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for row in _list_rows(nominations, kind_labels):
        ws.append(list(row))
    for column, width in zip("ABCDEF", (6, 45, 12, 10, 40, 9), strict=True):
        ws.column_dimensions[column].width = width
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _grid(rows: list[list[Any]], widths: Sequence[float]) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return table


def list_pdf(title: str, nominations: Sequence[BundleNomination], kind_labels: dict[str, str]) -> bytes:
    """Return the registration list as a PDF table."""
    width = frame_width()
    shares = (0.07, 0.36, 0.13, 0.1, 0.26, 0.08)
    rows: list[list[Any]] = [[para(h, "cell_head") for h in _LIST_HEADERS]]
    rows += [[para(str(v), "cell") for v in row] for row in _list_rows(nominations, kind_labels)]
    story: list[Flowable] = [para(title, "title"), Spacer(1, 10), _grid(rows, [width * s for s in shares])]
    out = io.BytesIO()
    build_document(out, story, title=title)
    return out.getvalue()


def forms_pdf(nominations: Sequence[BundleNomination], kind_labels: dict[str, str]) -> bytes:
    """Return one registration form per nomination (its facts, criteria ticks and evidence)."""
    width = frame_width()
    story: list[Flowable] = []
    for i, n in enumerate(nominations):
        if i:
            story.append(PageBreak())
        story += [
            para("PHIẾU ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN", "title"),
            Spacer(1, 8),
            para(f"Tên: {n.name}", "body_left"),
            para(f"Loại: {kind_labels.get(n.kind, n.kind)} – Lĩnh vực {n.field_code}", "body_left"),
            para(f"Đơn vị đăng ký: {n.registering_unit_name}", "body_left"),
            para(f"Thành tích: {n.achievements}", "body"),
            para(f"Cách làm hay: {n.good_practice}", "body"),
            Spacer(1, 6),
        ]
        rows: list[list[Any]] = [[para("Tiêu chí", "cell_head"), para("Minh chứng", "cell_head")]]
        rows += [[para(c.code, "cell"), para(c.evidence or "", "cell")] for c in n.criteria if c.met]
        story.append(_grid(rows, [width * 0.25, width * 0.75]))
    out = io.BytesIO()
    build_document(out, story, title="Phiếu đăng ký")
    return out.getvalue()
