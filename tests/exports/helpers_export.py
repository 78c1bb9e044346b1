"""Made-up export rows for the writer tests (no database needed)."""

from __future__ import annotations

from datetime import date

from hagiang_desktop.exports.model import (
    CriterionLine,
    DocumentInfo,
    ExportNomination,
    FieldInfo,
    KindInfo,
    OfficialHeader,
    QuotaInfo,
    Signature,
)

FIELDS = (
    FieldInfo("2.1", "Mô hình cơ quan, đơn vị kiểu mẫu"),
    FieldInfo("2.3", "Mô hình điển hình trong lĩnh vực Giáo dục - Đào tạo"),
)
KINDS = (
    KindInfo("collective", "Tập thể"),
    KindInfo("individual", "Cá nhân"),
    KindInfo("household", "Hộ gia đình"),
)


def document(
    day: date = date(2019, 1, 5),
    title: str = "DANH SÁCH ĐĂNG KÝ MÔ HÌNH, GƯƠNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2018 – 2020",
) -> DocumentInfo:
    return DocumentInfo(
        header=OfficialHeader("UBND HUYỆN ĐỒNG VĂN", "PHÒNG NỘI VỤ", "Số: 05/DS-NV", "Đồng Văn", day),
        title=title,
        unit_line="Đơn vị: Huyện Đồng Văn",
        basis="(Thực hiện Kế hoạch số 127/KH-UBND ngày 04/04/2018 của Ủy ban nhân dân tỉnh Hà Giang)",
        fields=FIELDS,
        kinds=KINDS,
        quota=QuotaInfo(
            10,
            False,
            "Mỗi huyện, thành phố lựa chọn 10 mô hình, gương điển hình tiêu biểu trở lên",
            "III, 1.1",
        ),
        signature=Signature(("TRƯỞNG PHÒNG",), "Hoàng Thị Hoà", "(Ký, ghi rõ họ tên, đóng dấu)"),
        recipients=("Ban Thi đua, Khen thưởng – Sở Nội vụ tỉnh Hà Giang", "Lưu: VT, NV"),
        addressee="Phòng Nội vụ huyện Đồng Văn",
    )


def nomination(
    i: int, field: str = "2.1", kind: str = "individual", name: str | None = None, **kw
) -> ExportNomination:
    criteria = (
        CriterionLine(
            "III.1.1", "có thành tích tiêu biểu, xuất sắc", True, "Biên bản họp bình xét ngày 10/4/2018"
        ),
        CriterionLine("III.1.2", "là nhân tố nổi trội, dẫn đầu trong các phong trào thi đua", True),
        CriterionLine(f"{field}.b.1", "Là nhân tố tiêu biểu, nổi trội trong cơ quan, đơn vị", False),
    )
    values = dict(
        id=i,
        name=name or f"Giàng Seo Pà {i}",
        kind=kind,
        kind_label={"individual": "Cá nhân", "collective": "Tập thể", "household": "Hộ gia đình"}[kind],
        field_code=field,
        field_title="Cơ quan, đơn vị kiểu mẫu" if field == "2.1" else "Giáo dục – Đào tạo",
        registering_unit="Xã Lũng Cú",
        registering_unit_code="00715",
        issuer_parent="UBND HUYỆN ĐỒNG VĂN",
        issuer="UBND XÃ LŨNG CÚ",
        position="Chủ tịch Hội Phụ nữ xã",
        work_unit="Xã Lũng Cú",
        achievements="Vận động 6 hộ gia đình tham gia xóa bỏ hủ tục, xây dựng nếp sống văn minh.",
        good_practice="Họp thôn hằng tháng.",
        replication_plan="Tổ chức tham quan, báo cáo kinh nghiệm.",
        received_on=date(2018, 4, 10),
        criteria=criteria,
    )
    values.update(kw)
    return ExportNomination(**values)
