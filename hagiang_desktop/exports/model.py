"""The plain data the exporters print: no database, no Qt, no reportlab, no openpyxl.

The services build these from the database (``services.exporting``); the Excel and PDF writers
take them and nothing else, so they can be tested and benchmarked with made-up rows.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from hagiang_desktop.core.form_labels import OVERRIDE
from hagiang_desktop.core.vntext import nfc, place_date_line

__all__ = [
    "Cancelled",
    "CriterionLine",
    "DocumentInfo",
    "ExportNomination",
    "FieldInfo",
    "KindInfo",
    "OfficialHeader",
    "QuotaInfo",
    "Signature",
    "compact_codes",
]


class Cancelled(Exception):  # noqa: N818 - an outcome the user chose, not an error
    """Raised by a writer when its ``progress`` callback asked to stop; no file is left behind."""


@dataclass(frozen=True)
class OfficialHeader:
    """The top of an official document (Nghị định 30/2020, Phụ lục I).

    Attributes:
        parent_body: the issuing body's parent, e.g. "UBND HUYỆN ĐỒNG VĂN" (may be empty).
        body: the issuing body, e.g. "PHÒNG NỘI VỤ".
        number: the number line, e.g. "Số: 05/DS-NV" (:func:`core.vntext.doc_number`), or one
            left blank for the clerk's pen ("Số:       /DS-NV"); empty for none.
        place: the place of the date line, e.g. "Đồng Văn".
        day: the document's date; None prints the place alone.
    """

    parent_body: str
    body: str
    number: str = ""
    place: str = ""
    day: date | None = None

    def date_line(self) -> str:
        """Return the place-and-date line ("Đồng Văn, ngày 05 tháng 01 năm 2018")."""
        if self.day is None:
            return nfc(self.place)
        return place_date_line(self.place, self.day)


@dataclass(frozen=True)
class Signature:
    """A signature block.

    Attributes:
        titles: authority and title lines, printed bold caps, e.g. ("TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") or ("TRƯỞNG PHÒNG",).
        name: the signer's name, bold, under the blank space; empty leaves it blank.
        note: the italic hint under the titles, e.g. "(Ký, ghi rõ họ tên, đóng dấu)".
        space: the blank height for the signature and seal, in points (PDF only).
    """

    titles: Sequence[str]
    name: str = ""
    note: str = ""
    space: float = 62.0


@dataclass(frozen=True)
class CriterionLine:
    """One criterion of the plan as it applies to a nomination.

    Attributes:
        code: the plan's clause code, e.g. "III.1.2" or "2.3.b.1".
        text: the plan's exact wording.
        met: whether the registering unit ticked it.
        evidence: the evidence note given for it ("" when none).
    """

    code: str
    text: str
    met: bool
    evidence: str = ""


@dataclass(frozen=True)
class ExportNomination:
    """One nomination, flattened for printing (text already NFC).

    Attributes:
        id: the database id (printed small on forms, so a paper can be traced back).
        name: the model: collective, person or household.
        kind: "collective", "individual" or "household".
        kind_label: the kind in Vietnamese ("Cá nhân").
        field_code: the plan field ("2.3").
        field_title: its title in the plan's words.
        field_other: for a model of the plan's open field, the name of its own field ("Tư pháp").
        position: the person's position, if any.
        work_unit: the work unit (or the collective's parent), if any.
        address: village and commune for households, if any.
        registering_unit: the name of the unit that registered it.
        registering_unit_code: that unit's code.
        issuer_parent: the registering unit's parent as a letterhead names it ("UBND HUYỆN …").
        issuer: the registering unit as a letterhead names it ("UBND XÃ LŨNG CÚ").
        issuer_place: the place on the unit's own date line ("Lũng Cú", "Đồng Văn").
        achievements: the summary of achievements.
        good_practice: the good practice ("cách làm hay").
        replication_plan: how the model will be replicated.
        target_honour: the honour it is built towards, if any.
        received_on: when the registration reached the office.
        is_supplement: added after the deadline (plan IV.2).
        note: the clerk's note.
        gender: for an individual, if given.
        birth_year: for an individual, if given.
        household_head: for a household, if given.
        criteria: every criterion that applies (general then field, plan order).
        addressee: "Kính gửi" on the unit's form, by its path ("UBND huyện … (qua Phòng Nội vụ)").
        head_signature: the registering unit's head's signature lines ("TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH").
        head_seals: whether the head's signature takes the unit's seal (a village has none).
        registered_on: the day the registration was made (the form's date).
        override_reason: why it was selected though it misses criteria, if it was.
    """

    id: int
    name: str
    kind: str
    kind_label: str
    field_code: str
    field_title: str
    registering_unit: str
    registering_unit_code: str = ""
    issuer_parent: str = ""
    issuer: str = ""
    issuer_place: str = ""
    position: str = ""
    work_unit: str = ""
    address: str = ""
    achievements: str = ""
    good_practice: str = ""
    replication_plan: str = ""
    target_honour: str = ""
    received_on: date | None = None
    is_supplement: bool = False
    note: str = ""
    gender: str = ""
    birth_year: int | None = None
    household_head: str = ""
    criteria: tuple[CriterionLine, ...] = ()
    field_other: str = ""

    @property
    def field_caption(self) -> str:
        """The field as a list or form prints it: "2.3. Giáo dục – Đào tạo", "Lĩnh vực khác: Tư pháp"."""
        if self.field_other:
            return f"{self.field_title}: {self.field_other}"
        return f"{self.field_code}. {self.field_title}"

    addressee: str = ""
    head_signature: tuple[str, ...] = ()
    head_seals: bool = True
    registered_on: date | None = None
    override_reason: str = ""

    @property
    def override_line(self) -> str:
        """The override and its reason ("Được lựa chọn đặc cách: …"), or "" when none."""
        return f"{OVERRIDE}: {self.override_reason}" if self.override_reason else ""

    @property
    def list_note(self) -> str:
        """The list's note column: the clerk's note, then the override and its reason."""
        return "\n".join(p for p in (self.note, self.override_line) if p)

    @property
    def met_codes(self) -> tuple[str, ...]:
        """The clause codes of the criteria met, in plan order."""
        return tuple(c.code for c in self.criteria if c.met)

    @property
    def unmet_codes(self) -> tuple[str, ...]:
        """The clause codes of the criteria not met, in plan order."""
        return tuple(c.code for c in self.criteria if not c.met)

    @property
    def position_or_address(self) -> str:
        """Position and work unit for a person or collective, the address for a household."""
        parts = [p for p in (self.position, self.work_unit) if p]
        if self.kind == "household" or not parts:
            parts = [p for p in (self.household_head and f"Chủ hộ: {self.household_head}", self.address) if p]
        return "; ".join(parts)


@dataclass(frozen=True)
class FieldInfo:
    """A field of the plan: code and title (the list groups by it, in this order).

    ``open`` marks the plan's open field ("Lĩnh vực khác"): its heading carries no code.
    """

    code: str
    title: str
    open: bool = False

    @property
    def heading(self) -> str:
        """The group's heading in a list: "Lĩnh vực 2.3. …", or the open field's title alone."""
        return self.title if self.open else f"Lĩnh vực {self.code}. {self.title}"

    @property
    def subtotal(self) -> str:
        """The group's subtotal label: "Cộng lĩnh vực 2.3", "Cộng lĩnh vực khác"."""
        return f"Cộng {self.title[:1].lower()}{self.title[1:]}" if self.open else f"Cộng lĩnh vực {self.code}"


@dataclass(frozen=True)
class KindInfo:
    """A kind of nominee: code and Vietnamese label."""

    code: str
    label: str


@dataclass(frozen=True)
class QuotaInfo:
    """The selecting unit's quota under the plan.

    Attributes:
        minimum: how many models at least; None when the plan sets none.
        advisory: True when the plan gives no hard minimum ("phù hợp với thực tế").
        text: the plan's sentence.
        clause: where the plan says it.
    """

    minimum: int | None
    advisory: bool
    text: str
    clause: str


@dataclass(frozen=True)
class DocumentInfo:
    """Everything around the rows: who issues the document, its title, who signs it.

    Attributes:
        header: the official header.
        title: the document's title, e.g. "DANH SÁCH ĐĂNG KÝ … GIAI ĐOẠN 2018 – 2020".
        unit_line: the line under the title naming the unit ("Đơn vị: Huyện Đồng Văn").
        basis: the italic line citing the plan ("(Thực hiện Kế hoạch số 127/KH-UBND …)").
        fields: the plan's fields, in plan order.
        kinds: the kinds of nominee, in plan order.
        quota: the selecting unit's quota, if any.
        signature: the signer of the document.
        recipients: the "Nơi nhận" lines.
        addressee: "Kính gửi" on forms (the office that receives registrations).
    """

    header: OfficialHeader
    title: str
    unit_line: str = ""
    basis: str = ""
    fields: tuple[FieldInfo, ...] = ()
    kinds: tuple[KindInfo, ...] = ()
    quota: QuotaInfo | None = None
    signature: Signature = field(default_factory=lambda: Signature(("THỦ TRƯỞNG ĐƠN VỊ",)))
    recipients: tuple[str, ...] = ()
    addressee: str = ""


def compact_codes(codes: Sequence[str]) -> str:
    """Write clause codes briefly: runs of consecutive last numbers become "first–last".

    Example:
        ``("III.1.1", "III.1.2", "III.1.3", "2.3.b.1", "2.3.b.4")`` → "III.1.1–3; 2.3.b.1, 2.3.b.4".

    Args:
        codes: clause codes in plan order.

    Returns:
        The short form; the codes themselves when they do not end in a number.
    """
    return _compact_codes(tuple(codes))


@functools.lru_cache(maxsize=4096)  # a list's 10,000 rows tick a few hundred different sets
def _compact_codes(codes: tuple[str, ...]) -> str:
    groups: list[tuple[str, list[str]]] = []
    for code in codes:
        prefix, _, last = code.rpartition(".")
        if groups and groups[-1][0] == prefix:
            groups[-1][1].append(last)
        else:
            groups.append((prefix, [last]))
    parts = []
    for prefix, lasts in groups:
        runs: list[list[str]] = []
        for last in lasts:
            if runs and last.isdigit() and runs[-1][-1].isdigit() and int(last) == int(runs[-1][-1]) + 1:
                runs[-1].append(last)
            else:
                runs.append([last])
        dot = f"{prefix}." if prefix else ""
        parts.append(", ".join(f"{dot}{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(f"{dot}{x}" for x in r)
                               for r in runs))  # fmt: skip
    return "; ".join(parts)
