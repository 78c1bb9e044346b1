"""Reading Word files units send: a registration form typed after the printed one, or a list table.

Issue #19. A form is read by the printed form's own wording (``core.form_labels``, shared with
the PDF writer so the two cannot drift): every "Label: value" line of section I (a label the
program does not know ends the field before it instead of being glued onto it), the criteria
table (Đạt / Mã / Nội dung tiêu chí: a row whose "Đạt" cell holds a mark is ticked), sections
III–V as free text up to the next heading or the signatures, the registering unit (by the
footer's code "Mã hồ sơ: 12 – 00715", else by its name) and the dates (receipt date, else the
form's place-and-date line). A Word file holding a table that lists several models (a header
row naming known columns) is read like any other list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hagiang_desktop.core import form_labels as form
from hagiang_desktop.core.header_match import propose_mapping
from hagiang_desktop.core.import_columns import COLUMN_BY_KEY, DOCX_LABELS, header_fold
from hagiang_desktop.core.vntext import fold, is_formula_text
from hagiang_desktop.exports.sources import (
    MAX_CELL_CHARS,
    RawCell,
    RawRow,
    RawTable,
    SourceProblem,
    check_zip,
    is_unsafe_xml,
    table_from_rows,
)

__all__ = ["read_docx"]

_LABEL = re.compile(r"^\s*(?:\d+[.)]\s*)?([^:：]{2,80})[:：]\s*(.*)$", re.DOTALL)
_DATE_LINE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_FILE_CODE = re.compile(rf"{re.escape(form.FILE_CODE)}\s*:\s*\d*\s*[–-]?\s*(\S+)\s*$")
#: What a clerk types in the "Đạt" column of a ticked criterion.
_TICKS = frozenset({"x", "v", "+", "1", "co", "dat", "✓", "✔", "☑", "☒", "■", "●"})
#: The form's labels first (they win over the header synonyms: "Địa chỉ" is the address here).
_LABELS: dict[str, str] = {**DOCX_LABELS, **{header_fold(item.text): item.key for item in form.LABELS}}
_SECTIONS = tuple((header_fold(section.text), section.key) for section in form.SECTIONS)
_FREE_TEXT = ("achievements", "good_practice", "replication_plan")
_SIGNATURES = tuple(
    header_fold(text) for text in (form.SIGN_COLLECTIVE, form.SIGN_PERSON, form.SIGN_HEAD, "Xác nhận của")
)


def read_docx(path: Path) -> RawTable:
    """Read a Word registration form, or a Word list.

    Raises:
        SourceProblem: ``unsupported``/``damaged``/``unsafe`` (not a readable .docx),
            ``huge_cell``, ``not_a_form`` (neither a form nor a list).
    """
    check_zip(path, "unsupported")
    from docx import Document  # python-docx; imported here so spreadsheet imports do not pay for it

    try:
        document = Document(str(path))
    except Exception as error:  # python-docx raises PackageNotFoundError, KeyError, XML errors…
        code = "unsafe" if is_unsafe_xml(error) else "damaged"
        raise SourceProblem(code, path, detail=type(error).__name__) from error
    blocks = list(_blocks(path, document))
    texts = [text for kind, text, _ in blocks if kind == "p"][:30]
    is_form = any(header_fold(form.FORM_TITLE) in header_fold(text) for text in texts)
    if is_form:
        table = _read_form(path, blocks)
        if table is not None:
            return table
    listed = _read_list(path, blocks)
    if listed is not None:
        return listed
    raise SourceProblem("not_a_form", path, path.name)


def _blocks(path: Path, document: Any) -> Iterator[tuple[str, Any, str]]:
    """Yield the body in order: ("p", text, ref) paragraphs and ("t", rows of texts, ref) tables."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    paragraphs = tables = 0
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraphs += 1
            text = Paragraph(child, document).text
            if len(text) > MAX_CELL_CHARS:
                raise SourceProblem("huge_cell", path, path.name, f"đoạn {paragraphs}", str(len(text)))
            if is_formula_text(text):  # Word has no formulas, but the text lands in an Excel list (#20)
                raise SourceProblem("formula", path, path.name, f"đoạn {paragraphs}")
            yield "p", text, f"đoạn {paragraphs}"
        elif child.tag == qn("w:tbl"):
            tables += 1
            rows = []
            for r, row in enumerate(Table(child, document).rows, start=1):
                seen: list[Any] = []
                cells = []
                for cell in row.cells:  # a merged cell is repeated: keep it once
                    if any(cell._tc is other for other in seen):
                        continue
                    seen.append(cell._tc)
                    if len(cell.text) > MAX_CELL_CHARS:
                        raise SourceProblem("huge_cell", path, path.name, f"bảng {tables}, dòng {r}")
                    if is_formula_text(cell.text):
                        raise SourceProblem("formula", path, path.name, f"bảng {tables}, dòng {r}")
                    cells.append(cell.text)
                rows.append(cells)
            yield "t", rows, f"bảng {tables}"


def _section(text: str) -> str | None:
    folded = header_fold(text)
    for heading, key in _SECTIONS:
        if folded.startswith(heading):
            return key
    return None


def _looks_like_label(text: str) -> bool:
    """Tell a label ("Giới tính, năm sinh") from a sentence with a colon ("Năm học 2016-2017: …")."""
    words = text.split()
    return 1 <= len(words) <= 8 and text[:1].isupper() and not any(c.isdigit() for c in text)


class _Form:
    """The values of one form as they are read: per key, its lines and its first place."""

    def __init__(self) -> None:
        self.values: dict[str, list[str]] = {}
        self.refs: dict[str, str] = {}
        self.current: str | None = None
        self.section = "top"  # top (before section I), details, criteria, a free-text key, end
        self.ticks: list[str] = []
        self.form_date = ""
        self.file_code = ""

    def add(self, key: str, text: str, ref: str) -> None:
        self.refs.setdefault(key, ref)
        self.values.setdefault(key, [])
        if text.strip() and text.strip() != "…":
            self.values[key].append(text.strip())

    def line(self, text: str, ref: str) -> None:
        """Read one line of text (a paragraph, or a row of a two-column table)."""
        stripped = text.strip()
        if not stripped:
            return
        if found := _FILE_CODE.search(stripped):
            self.file_code = found.group(1)
            return
        section = _section(stripped)
        if section is not None:
            self.section = section
            self.current = section if section in _FREE_TEXT else None
            return
        if self.section == "end":
            return
        if any(header_fold(stripped).startswith(sign) for sign in _SIGNATURES):
            self.section, self.current = "end", None
            return
        if self.section == "top" and not self.form_date and (date := _DATE_LINE.search(stripped)):
            self.form_date = f"{date.group(1)}/{date.group(2)}/{date.group(3)}"
        if self.section in _FREE_TEXT:
            self.add(self.section, stripped, ref)
            return
        if self.section == "criteria":
            return  # "Tiêu chí chưa đạt: …" repeats the table
        match = _LABEL.match(stripped)
        key = _LABELS.get(header_fold(match.group(1))) if match else None
        if match and key:
            self.current = key
            self.add(key, match.group(2), ref)
        elif (match and _looks_like_label(match.group(1))) or stripped.isupper():
            self.current = None  # an unknown label or a heading ends the field before it
        elif self.current:
            self.add(self.current, stripped, ref)

    def table(self, rows: list[list[str]], ref: str) -> None:
        """Read a table: the criteria table's ticks, else each row as a line."""
        header = [fold(cell).strip() for cell in rows[0]] if rows else []
        met, code = fold(form.TABLE_MET), fold(form.TABLE_CODE)
        if met in header and code in header:
            met_col, code_col = header.index(met), header.index(code)
            for r, cells in enumerate(rows[1:], start=2):
                if max(met_col, code_col) < len(cells) and fold(cells[met_col]).strip() in _TICKS:
                    self.ticks.append(cells[code_col].strip())
                    self.refs.setdefault("criteria", f"{ref}, dòng {r}")
            return
        for r, cells in enumerate(rows, start=1):
            texts = [c for c in cells if c.strip()]
            joined = ": ".join(texts) if len(texts) == 2 and ":" not in texts[0] else " ".join(texts)
            self.line(joined, f"{ref}, dòng {r}")


def _read_form(path: Path, blocks: list[tuple[str, Any, str]]) -> RawTable | None:
    state = _Form()
    for kind, content, ref in blocks:
        if kind == "p":
            state.line(content, ref)
        else:
            state.table(content, ref)
    if "name" not in state.values:
        return None
    values = {key: "\n".join(lines) for key, lines in state.values.items()}
    if state.ticks:
        values["criteria"] = "; ".join(filter(None, (values.get("criteria", ""), *state.ticks)))
        state.refs.setdefault("criteria", "bảng")
    _split_person(values)
    _split_address(values)
    if "date" not in values and state.form_date:
        values["date"] = state.form_date
        state.refs.setdefault("date", "đoạn 1")
    if state.file_code:
        values["sender"] = state.file_code  # the code beats a name that two units may share
        state.refs.setdefault("sender", "mã hồ sơ")
    keys = [k for k in values if k in COLUMN_BY_KEY or k == "sender"]
    cells = tuple(RawCell(values[k] or None, state.refs.get(k, "")) for k in keys)
    return RawTable(path=path, sheet=path.name, form="docx", headers=keys, rows=[RawRow(1, cells)])


def _split_person(values: dict[str, str]) -> None:
    """Split "Nữ, 1985" (the printed form since #15) or "Nữ, năm sinh 1985" into gender and year."""
    text = values.pop("gender_birth", "")
    if not text:
        return
    parts = re.split(rf",?\s*{re.escape(form.BIRTH_YEAR_WORD)}\s*", text, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) == 1:  # "Nữ, 1985": the label already says "năm sinh"
        parts = re.split(r",\s*(?=\d{4}\s*$)", text, maxsplit=1)
    gender = parts[0].strip(" ,")
    year = parts[1].strip() if len(parts) > 1 else ""
    if not year and re.fullmatch(r"\d{4}", gender):
        gender, year = "", gender
    if gender:
        values["gender"] = gender
    if year:
        values["birth_year"] = year


def _split_address(values: dict[str, str]) -> None:
    """Split the printed address "Thôn Lô Lô Chải, xã Lũng Cú" into the village and the commune."""
    text = values.pop("address", "")
    if not text:
        return
    village, _, commune = text.rpartition(",")
    values.setdefault("village", (village or commune).strip())
    if village and commune.strip():
        values.setdefault("commune", commune.strip())


def _read_list(path: Path, blocks: list[tuple[str, Any, str]]) -> RawTable | None:
    """Read the first table whose top rows name two known columns, like a sheet."""
    from openpyxl.utils import get_column_letter

    for kind, rows, ref in blocks:
        if kind != "t" or len(rows) < 2:
            continue
        if not any(sum(1 for k in propose_mapping(r) if k) >= 2 for r in rows[:3]):
            continue
        numbered = [
            (
                number,
                tuple(
                    RawCell(text.strip() or None, f"{get_column_letter(c)}{number}")
                    for c, text in enumerate(cells, start=1)
                ),
            )
            for number, cells in enumerate(rows, start=1)
        ]
        numbered = [(n, cells) for n, cells in numbered if any(c.value for c in cells)]
        return table_from_rows(path, f"{path.name} ({ref})", numbered, "list", 0)
    return None
