"""What an imported list's columns mean: the template's columns, header synonyms, value parsing.

Pure data and pure functions (issue #10). The registration template (``exports.template``) writes
these columns in this order; a foreign list is mapped onto the same keys from its header texts,
compared folded ("Họ và tên" and "HO VA TEN" are the same header).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from hagiang_desktop.core.kinds import NomineeKind
from hagiang_desktop.core.plan import Plan
from hagiang_desktop.core.vntext import fold

#: Version of the template layout written into its metadata sheet.
TEMPLATE_VERSION = 1
#: Marker of our template in the metadata sheet.
TEMPLATE_FORMAT = "hagiang-desktop/registration-template"


@dataclass(frozen=True)
class ImportColumn:
    """One column the importer understands.

    Attributes:
        key: the stable key (a :class:`NominationInput` attribute, or ``row_id``/``criteria``/``date``).
        header: the template's Vietnamese header.
        required: a row without it is refused.
        width: the template column width (characters).
        synonyms: other header texts meaning the same (compared folded).
    """

    key: str
    header: str
    required: bool = False
    width: int = 18
    synonyms: tuple[str, ...] = ()


#: The template's columns, in order. ``row_id`` is pre-filled and locked: it identifies a row
#: across re-imports (source key = "<unit code>:<row id>").
COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn("row_id", "Mã dòng", width=8, synonyms=("STT", "Số TT", "Số thứ tự", "TT")),
    ImportColumn(
        "name",
        "Tên mô hình / tập thể / cá nhân",
        required=True,
        width=36,
        synonyms=(
            "Họ và tên",
            "Họ tên",
            "Tên tập thể",
            "Tên mô hình",
            "Tên tập thể, cá nhân",
            "Tên tập thể/cá nhân",
            "Tên mô hình/tập thể/cá nhân",
            "Tên đơn vị, cá nhân",
            "Tên đơn vị",
            "Tên cá nhân",
            "Tên hộ",
            "Tên hộ gia đình",
            "Tên gương điển hình",
            "Tên",
        ),
    ),
    ImportColumn(
        "kind", "Đối tượng", required=True, width=14, synonyms=("Loại", "Tập thể/cá nhân", "Loại hình")
    ),
    ImportColumn(
        "field_code",
        "Lĩnh vực",
        required=True,
        width=34,
        synonyms=("Lĩnh vực đăng ký", "Mã lĩnh vực", "Ngành", "Ngành, lĩnh vực", "Lĩnh vực hoạt động"),
    ),
    ImportColumn("position", "Chức vụ", synonyms=("Chức danh", "Chức vụ, chức danh")),
    ImportColumn(
        "work_unit",
        "Đơn vị công tác",
        width=24,
        synonyms=("Đơn vị", "Cơ quan, đơn vị", "Nơi công tác", "Đơn vị, địa chỉ", "Cơ quan công tác"),
    ),
    ImportColumn("gender", "Giới tính", width=10, synonyms=("Nam/nữ", "Giới")),
    ImportColumn("birth_year", "Năm sinh", width=10),
    ImportColumn("household_head", "Chủ hộ", width=20, synonyms=("Họ tên chủ hộ",)),
    ImportColumn(
        "village",
        "Thôn, bản",
        width=16,
        synonyms=("Thôn", "Bản", "Thôn/bản", "Tổ dân phố", "Địa chỉ", "Nơi ở"),
    ),
    ImportColumn("commune", "Xã, phường, thị trấn", width=18, synonyms=("Xã", "Xã/phường", "Phường")),
    ImportColumn(
        "achievements",
        "Thành tích nổi bật",
        width=40,
        synonyms=("Thành tích", "Tóm tắt thành tích", "Thành tích đạt được"),
    ),
    ImportColumn("good_practice", "Cách làm hay", width=30, synonyms=("Cách làm", "Cách làm hay, sáng tạo")),
    ImportColumn(
        "replication_plan", "Hướng nhân rộng", width=30, synonyms=("Kế hoạch nhân rộng", "Nhân rộng")
    ),
    ImportColumn(
        "target_honour", "Danh hiệu hướng tới", width=26, synonyms=("Danh hiệu", "Hình thức khen thưởng")
    ),
    ImportColumn(
        "criteria",
        "Mã tiêu chí đạt",
        width=30,
        synonyms=("Tiêu chí", "Tiêu chí đạt", "Các tiêu chí đạt", "Mã tiêu chí"),
    ),
    ImportColumn("date", "Ngày đăng ký", width=14, synonyms=("Ngày", "Ngày gửi")),
    ImportColumn("note", "Ghi chú", width=24),
)

COLUMN_BY_KEY = {c.key: c for c in COLUMNS}
#: Columns holding free text that may arrive in a legacy encoding.
TEXT_KEYS = frozenset(
    {
        "name",
        "position",
        "work_unit",
        "household_head",
        "village",
        "commune",
        "achievements",
        "good_practice",
        "replication_plan",
        "note",
        "kind",
        "field_code",
        "gender",
        "target_honour",
    }
)
#: The word a unit may write instead of codes to say "every criterion that applies".
ALL_CRITERIA = "tat ca"

_SYNONYMS: dict[str, str] = {}
for _column in COLUMNS:
    for _text in (_column.header, *_column.synonyms):
        _SYNONYMS.setdefault(fold(_text), _column.key)


def header_fold(text: str) -> str:
    """Fold a header, dropping punctuation, brackets and the "(*)" required marks.

    Args:
        text: a header or label as written.

    Returns:
        Its folded words, joined by single spaces ("/" kept).
    """
    text = re.sub(r"\(.*?\)", " ", text)
    return " ".join(re.sub(r"[^\w/]+", " ", fold(text)).split())


def header_key(header: str) -> str:
    """Return the folded form a header is remembered by."""
    return header_fold(header)


#: Labels of the printed registration form (Word) → keys; "sender" is the registering unit.
DOCX_LABELS: dict[str, str] = {
    **{header_fold(text): key for text, key in _SYNONYMS.items()},
    **{
        header_fold(text): key
        for text, key in (
            ("Tên mô hình/tập thể/cá nhân", "name"),
            ("Tên mô hình, tập thể, cá nhân", "name"),
            ("Tên mô hình, gương điển hình", "name"),
            ("Đơn vị đăng ký", "sender"),
            ("Đơn vị đề nghị", "sender"),
            ("Mã đơn vị", "sender"),
            ("Tóm tắt thành tích", "achievements"),
            ("Thành tích nổi bật", "achievements"),
            ("Cách làm hay, sáng tạo", "good_practice"),
            ("Khả năng nhân rộng", "replication_plan"),
            ("Các tiêu chí đã đạt", "criteria"),
        )
    },
}


class ValueProblem(ValueError):
    """A cell value that cannot be read; ``code`` names the problem."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value}")
        self.code = code
        self.value = value


def parse_kind(plan: Plan, text: str) -> NomineeKind:
    """Read a kind of nominee from its Vietnamese or English label or code."""
    folded = fold(text).strip()
    for label in plan.kinds:
        if folded in (fold(label.label_vi), fold(label.label_en), str(label.code)):
            return label.code
    if folded in ("ho", "gia dinh", "ho gd"):
        return NomineeKind.HOUSEHOLD
    raise ValueProblem("bad_kind", text)


#: What the open field's dropdown entry asks the unit to replace with the name of its field.
OPEN_FIELD_HINT = "(ghi tên lĩnh vực)"


def field_choice(plan: Plan, code: str) -> str:
    """Return the dropdown text of a field ("2.3 – Giáo dục – Đào tạo").

    The open field reads "Lĩnh vực khác: (ghi tên lĩnh vực)": the unit writes its field's name there.
    """
    fld = plan.field(code)
    if fld.open:
        return f"{fld.short_vi}: {OPEN_FIELD_HINT}"
    return f"{code} – {fld.short_vi}"


def parse_field(plan: Plan, text: str) -> str:
    """Read a field code from "2.3", "2.3 – Giáo dục – Đào tạo" or the field's name."""
    return parse_field_and_title(plan, text)[0]


def parse_field_and_title(plan: Plan, text: str) -> tuple[str, str | None]:
    """Read a field, and for the open field the title written after it.

    "2.3", "2.3 – Giáo dục – Đào tạo" or a field's name give ``("2.3", None)``; "Lĩnh vực khác: Tư
    pháp" gives ``("khac", "Tư pháp")`` (III.2 names "một số lĩnh vực": any other field is welcome,
    named). The open field without a title gives ``(code, None)``: the nomination's check asks for it.
    """
    stripped = text.strip()
    match = re.match(r"^(?:II\.|III\.)?(2\.\d)\b", stripped)
    if match and any(f.code == match.group(1) for f in plan.fields):
        return match.group(1), None
    folded = header_fold(stripped)
    for fld in plan.fields:
        if folded in (header_fold(fld.short_vi), header_fold(fld.title), header_fold(fld.title_en)):
            return fld.code, None
    other = plan.open_field
    if other is not None:
        for name in (other.short_vi, other.title, other.title_en, other.code):
            head = re.match(
                r"^\s*" + r"\s+".join(map(re.escape, name.split())) + r"\s*[:–—-]\s*(.*)$", stripped, re.I
            )
            if head:
                title = " ".join(head.group(1).split())
                return other.code, (title if title and title != OPEN_FIELD_HINT else None)
    raise ValueProblem("bad_field", text)


def parse_honour(plan: Plan, text: str) -> str:
    """Return a target honour: the plan's name when written by name or code, else the text as typed.

    The plan names its honours as examples ("danh hiệu vinh dự của Nhà nước như: …, Huân chương lao
    động các hạng,..."), so any other honour is kept, never refused.
    """
    folded = fold(text).strip()
    for honour in plan.honours:
        if folded in (fold(honour.name), honour.code, fold(honour.name_en)):
            return honour.name
    return " ".join(text.split())


def parse_criteria(plan: Plan, field_code: str, kind: NomineeKind, text: str) -> list[str]:
    """Read criterion codes separated by commas, semicolons, spaces or new lines.

    "Tất cả" (all) stands for every criterion that applies to the field and kind. Unknown codes
    are returned as they are: the plan's evaluation reports them.
    """
    if fold(text).strip() == ALL_CRITERIA:
        return [c.code for c in plan.criteria_for(field_code, kind)]
    return list(
        dict.fromkeys(code.strip().rstrip(".") for code in re.split(r"[,;\s]+", text) if code.strip())
    )


def parse_date(value: object) -> date:
    """Read a date from a spreadsheet date or "dd/mm/yyyy", "dd-mm-yyyy", "yyyy-mm-dd" text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
        if match:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        return date.fromisoformat(text)
    except ValueError as error:
        raise ValueProblem("bad_date", text) from error


def parse_birth_year(value: object) -> int:
    """Read a birth year (1900–2030) from a number or text."""
    text = str(value).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not re.fullmatch(r"\d{4}", text) or not 1900 <= int(text) <= 2030:
        raise ValueProblem("bad_year", text)
    return int(text)
