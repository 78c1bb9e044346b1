"""The printed registration form's wording, as data shared by its writer and its reader.

The PDF form (``exports.pdf_forms``) prints these labels, section headings and table headings;
the Word reader (``exports.sources``) recognises a form a unit typed after it by the same texts
(issue #19). Both take them from here, so a label changed for the printout is read back the same
day: the two cannot drift apart. Each entry names the import key it fills (the keys of
``core.import_columns``, plus ``sender``, ``address``, ``gender_birth`` and ``supplement`` that
the reader splits or checks).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ACHIEVEMENTS",
    "ADDRESSEE",
    "BIRTH_YEAR_WORD",
    "CRITERIA",
    "DETAILS",
    "FORM_TITLE",
    "GOOD_PRACTICE",
    "LABELS",
    "REPLICATION",
    "SECTIONS",
    "SIGN_COLLECTIVE",
    "SIGN_HEAD",
    "SIGN_HEAD_NOTE",
    "SIGN_NOTE",
    "SIGN_PERSON",
    "SIGN_HOUSEHOLD",
    "OVERRIDE",
    "SUPPLEMENT_VALUE",
    "TABLE_CODE",
    "TABLE_MET",
    "TABLE_TEXT",
    "UNMET",
    "EVIDENCE",
    "FILE_CODE",
    "FormLabel",
    "label",
]


@dataclass(frozen=True)
class FormLabel:
    """One label or heading of the form and the key its value fills.

    Attributes:
        key: the import key (``name``, ``kind``, ``sender``…).
        text: the label exactly as printed, without the colon.
    """

    key: str
    text: str


#: The form's title (the reader recognises a registration form by it).
FORM_TITLE = "PHIẾU ĐĂNG KÝ"

#: The detail lines of section I, in print order ("Label: value").
LABELS: tuple[FormLabel, ...] = (
    FormLabel("name", "Tên mô hình, tập thể, cá nhân, hộ gia đình"),
    FormLabel("kind", "Loại"),
    FormLabel("gender_birth", "Giới tính, năm sinh"),
    FormLabel("household_head", "Chủ hộ"),
    FormLabel("address", "Địa chỉ"),
    FormLabel("position", "Chức vụ"),
    FormLabel("work_unit", "Đơn vị công tác"),
    FormLabel("field_code", "Lĩnh vực"),
    FormLabel("sender", "Đơn vị đăng ký"),
    FormLabel("target_honour", "Hướng tới danh hiệu"),
    FormLabel("date", "Ngày nhận hồ sơ"),
    FormLabel("supplement", "Hình thức"),
)

#: The value printed after "Hình thức" for a supplement (plan IV.2).
SUPPLEMENT_VALUE = "Đăng ký bổ sung (Kế hoạch, mục IV.2)"
#: "năm sinh" inside the "Giới tính, năm sinh" value ("Nam, năm sinh 1980").
BIRTH_YEAR_WORD = "năm sinh"

#: Section headings. The criteria heading is followed on the printout by the count met
#: ("II. TIÊU CHÍ (Kế hoạch, mục III): đạt 5/12 tiêu chí"); the reader matches its start.
DETAILS = FormLabel("details", "I. THÔNG TIN VỀ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH")
CRITERIA = FormLabel("criteria", "II. TIÊU CHÍ (Kế hoạch, mục III)")
ACHIEVEMENTS = FormLabel("achievements", "III. THÀNH TÍCH NỔI BẬT")
GOOD_PRACTICE = FormLabel("good_practice", "IV. CÁCH LÀM HAY, SÁNG TẠO")
REPLICATION = FormLabel("replication_plan", "V. KẾ HOẠCH XÂY DỰNG, NHÂN RỘNG MÔ HÌNH")
SECTIONS: tuple[FormLabel, ...] = (DETAILS, CRITERIA, ACHIEVEMENTS, GOOD_PRACTICE, REPLICATION)

#: The criteria table's column headings: tick, clause code, wording.
TABLE_MET = "Đạt"
TABLE_CODE = "Mã"
TABLE_TEXT = "Nội dung tiêu chí"
#: Lines under the table and in it.
UNMET = "Tiêu chí chưa đạt"
EVIDENCE = "Minh chứng"
#: "Kính gửi" (the addressee line under the title).
ADDRESSEE = "Kính gửi"
#: The signature blocks: the registrant (a collective's representative or the person) and the
#: head of the registering unit, each with its note.
SIGN_COLLECTIVE = "ĐẠI DIỆN TẬP THỂ"
SIGN_PERSON = "NGƯỜI ĐĂNG KÝ"
#: A household registers through its head, who signs in person.
SIGN_HOUSEHOLD = "CHỦ HỘ"
SIGN_NOTE = "(Ký, ghi rõ họ tên)"
SIGN_HEAD = "THỦ TRƯỞNG ĐƠN VỊ"
SIGN_HEAD_NOTE = "(Ký, ghi rõ họ tên, đóng dấu)"
#: A model selected though it misses criteria: printed with its reason on the form and the list.
OVERRIDE = "Được lựa chọn đặc cách"
#: The footer naming the record and the registering unit's code ("Mã hồ sơ: 12 – XA_LUNGCU").
FILE_CODE = "Mã hồ sơ"


def label(key: str) -> str:
    """Return the printed label of a detail line by its key.

    Raises:
        KeyError: no such label.
    """
    for item in LABELS:
        if item.key == key:
            return item.text
    raise KeyError(key)
